//! What the open-data API lists, as places in the directory: for each service,
//! organisation and `service_at_location` in the directory's order, its UUID and where it
//! is. The records are made when they are asked for, a page at a time, from the shared
//! directory: the server keeps no second copy of the directory as HSDS records, and a page
//! costs the same whatever the size of the directory (with 100,000 services the copy was
//! about 200 MB, and every list request copied it whole again).

use super::{HsdsOrganization, HsdsService, HsdsServiceAtLocation, at_location, organization};
use crate::{directory::Directory, regions::Regions};
use serde::Serialize;
use std::{collections::HashMap, sync::Arc};
use uuid::Uuid;

/// A service in brief, inside a `service_at_location`: which service is offered there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsServiceBrief {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub status: &'static str,
}

/// A `service_at_location` with its service in brief, as the API lists them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsServiceAtLocationEntry {
    #[serde(flatten)]
    pub at: HsdsServiceAtLocation,
    pub service: HsdsServiceBrief,
}

/// Where a service is: its organisation's and its own position in the directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ServiceAt {
    org: usize,
    service: usize,
}

/// Where a place of a service is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PlaceAt {
    at: ServiceAt,
    location: usize,
}

/// Every record the open-data API serves, found by position or UUID. Made once at
/// start-up: the data does not change while the server runs.
pub struct Catalogue {
    directory: Arc<Directory>,
    regions: Arc<Regions>,
    /// In the directory's order, so one organisation's services are next to each other.
    services: Vec<ServiceAt>,
    places: Vec<PlaceAt>,
    service_ids: HashMap<Uuid, ServiceAt>,
    organization_ids: HashMap<Uuid, usize>,
    place_ids: HashMap<Uuid, PlaceAt>,
}

impl Catalogue {
    /// The catalogue of a directory; `regions` names the service areas.
    pub fn new(directory: Arc<Directory>, regions: Arc<Regions>) -> Catalogue {
        let mut services = Vec::new();
        let mut places = Vec::new();
        let mut service_ids = HashMap::new();
        let mut organization_ids = HashMap::new();
        let mut place_ids = HashMap::new();
        for (o, org) in directory.organisations.iter().enumerate() {
            organization_ids.insert(super::uuid("organization", &org.id), o);
            for (s, service) in org.services.iter().enumerate() {
                let here = ServiceAt { org: o, service: s };
                services.push(here);
                service_ids.insert(super::uuid("service", &service.id), here);
                for l in 0..service.locations.len() {
                    let place = PlaceAt {
                        at: here,
                        location: l,
                    };
                    places.push(place);
                    let key = format!("{}:{l}", service.id);
                    place_ids.insert(super::uuid("service_at_location", &key), place);
                }
            }
        }
        Catalogue {
            directory,
            regions,
            services,
            places,
            service_ids,
            organization_ids,
            place_ids,
        }
    }

    /// Page `number` of the services, of one organisation when `organization` is given (an
    /// unknown one has none).
    pub fn services(
        &self,
        organization: Option<Uuid>,
        number: usize,
        per_page: usize,
    ) -> Page<HsdsService> {
        let chosen = self.of(&self.services, organization, |s| s.org);
        page(chosen, number, per_page).map(|s| self.service_record(*s))
    }

    /// One service, whole.
    pub fn service(&self, id: Uuid) -> Option<HsdsService> {
        self.service_ids.get(&id).map(|s| self.service_record(*s))
    }

    /// Page `number` of the organisations.
    pub fn organizations(&self, number: usize, per_page: usize) -> Page<HsdsOrganization> {
        page(&self.directory.organisations, number, per_page).map(organization)
    }

    /// One organisation.
    pub fn organization(&self, id: Uuid) -> Option<HsdsOrganization> {
        let o = *self.organization_ids.get(&id)?;
        self.directory.organisations.get(o).map(organization)
    }

    /// Page `number` of the services' places, of one organisation when asked.
    pub fn service_at_locations(
        &self,
        organization: Option<Uuid>,
        number: usize,
        per_page: usize,
    ) -> Page<HsdsServiceAtLocationEntry> {
        let chosen = self.of(&self.places, organization, |p| p.at.org);
        page(chosen, number, per_page).map(|p| self.place_record(*p))
    }

    /// One service at a place.
    pub fn service_at_location(&self, id: Uuid) -> Option<HsdsServiceAtLocationEntry> {
        self.place_ids.get(&id).map(|p| self.place_record(*p))
    }

    /// The part of `all` (in the directory's order) that belongs to `organization`, or all.
    fn of<'a, T>(
        &self,
        all: &'a [T],
        organization: Option<Uuid>,
        org_of: impl Fn(&T) -> usize,
    ) -> &'a [T] {
        let Some(id) = organization else {
            return all;
        };
        let Some(&o) = self.organization_ids.get(&id) else {
            return &[];
        };
        let start = all.partition_point(|item| org_of(item) < o);
        let end = all.partition_point(|item| org_of(item) <= o);
        &all[start..end]
    }

    fn service_record(&self, s: ServiceAt) -> HsdsService {
        let org = &self.directory.organisations[s.org];
        super::service(org, &org.services[s.service], self.regions.data())
    }

    fn place_record(&self, p: PlaceAt) -> HsdsServiceAtLocationEntry {
        let org = &self.directory.organisations[p.at.org];
        let service = &org.services[p.at.service];
        let id = super::uuid("service", &service.id);
        let key = format!("{}:{}", service.id, p.location);
        HsdsServiceAtLocationEntry {
            at: at_location(id, &key, &service.locations[p.location]),
            service: HsdsServiceBrief {
                id,
                organization_id: super::uuid("organization", &org.id),
                name: service.name.nl().to_owned(),
                status: super::STATUS,
            },
        }
    }
}

/// One page of a list, as the HSDS reference API pages them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<'a, T> Page<&'a T> {
    /// The same page with each item made into its record.
    fn map<U>(self, record: impl Fn(&'a T) -> U) -> Page<U> {
        Page {
            total_items: self.total_items,
            total_pages: self.total_pages,
            page_number: self.page_number,
            size: self.size,
            first_page: self.first_page,
            last_page: self.last_page,
            empty: self.empty,
            contents: self.contents.into_iter().map(record).collect(),
        }
    }
}

/// Page `number` (from 1) of `items`, `per_page` (at least 1) to a page. A page past the
/// last is empty, with the totals.
pub fn page<T>(items: &[T], number: usize, per_page: usize) -> Page<&T> {
    let per_page = per_page.max(1);
    let number = number.max(1);
    let total_pages = items.len().div_ceil(per_page);
    let start = (number - 1).saturating_mul(per_page).min(items.len());
    let end = start.saturating_add(per_page).min(items.len());
    let contents: Vec<&T> = items[start..end].iter().collect();
    Page {
        total_items: items.len(),
        total_pages,
        page_number: number,
        size: contents.len(),
        first_page: number == 1,
        last_page: number >= total_pages,
        empty: contents.is_empty(),
        contents,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_split_a_list_and_a_page_past_the_end_is_empty() {
        let items: Vec<u32> = (1..=7).collect();
        let first = page(&items, 1, 3);
        assert_eq!(first.contents, [&1, &2, &3]);
        assert_eq!((first.total_items, first.total_pages), (7, 3));
        assert!(first.first_page && !first.last_page && !first.empty);
        let last = page(&items, 3, 3);
        assert_eq!(last.contents, [&7]);
        assert_eq!(last.size, 1);
        assert!(!last.first_page && last.last_page);
        let past = page(&items, 9, 3);
        assert!(past.empty && past.last_page && past.contents.is_empty());
        let huge = page(&items, usize::MAX, usize::MAX);
        assert!(huge.empty);
        let none = page::<u32>(&[], 1, 10);
        assert_eq!((none.total_pages, none.size), (0, 0));
        assert!(none.first_page && none.last_page && none.empty);
    }
}
