//! Open data: the directory as Open Referral HSDS 3.1 records (Human Services Data
//! Specification), so others need not rebuild it. One service record holds its
//! organisation, phones, opening hours (iCalendar fields), service areas, languages, cost
//! options and places. Every id is a UUID derived from our own id (UUID v5 in a fixed
//! namespace), so a service keeps its UUID across exports. `assured_date` is the oldest
//! check date among the service's facts: the day by which all of them were checked. A
//! confidential place is exported without an address or position. Texts are Dutch, with
//! the English name as `alternate_name`.

use crate::directory::{
    Directory,
    model::{Channel, Contact, Cost, Coverage, Hours, Location, Organisation, Service},
};
use crate::regions::data::RegionData;
use hulpwijzer_core::vocab::Day;
use serde::Serialize;
use uuid::Uuid;

mod catalogue;
pub use catalogue::{Catalogue, HsdsServiceAtLocationEntry, HsdsServiceBrief, Page, page};

/// The `status` of every service: the directory lists only services that run.
const STATUS: &str = "active";

/// The namespace of every Hulpwijzer UUID. Never change it: the UUIDs follow from it.
const NAMESPACE: Uuid = uuid::uuid!("e3628fa6-630b-42af-9c50-49199917bae9");

/// The UUID of one of our records: `kind` (`service`, `phone`, …) and our own key.
pub fn uuid(kind: &str, key: &str) -> Uuid {
    Uuid::new_v5(&NAMESPACE, format!("hulpwijzer:{kind}:{key}").as_bytes())
}

/// An HSDS `organization`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsOrganization {
    pub id: Uuid,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// An HSDS `service`, with what belongs to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsService {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub alternate_name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    pub status: &'static str,
    /// How a professional refers a client, when the sources say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_process: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<u8>,
    /// `YYYY-MM-DD`.
    pub assured_date: String,
    pub phones: Vec<HsdsPhone>,
    pub schedules: Vec<HsdsSchedule>,
    pub service_areas: Vec<HsdsServiceArea>,
    pub languages: Vec<HsdsLanguage>,
    pub cost_options: Vec<HsdsCostOption>,
    pub service_at_locations: Vec<HsdsServiceAtLocation>,
    pub organization: HsdsOrganization,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsPhone {
    pub id: Uuid,
    pub service_id: Uuid,
    pub number: String,
    /// RFC 6350: `voice`, or `text` for WhatsApp.
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Opening hours of one phone line, as an iCalendar weekly rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsSchedule {
    pub id: Uuid,
    pub service_id: Uuid,
    pub freq: &'static str,
    /// `MO,TU,WE`.
    pub byday: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsServiceArea {
    pub id: Uuid,
    pub service_id: Uuid,
    pub name: String,
    /// The CBS or ISO code (`GM0344`, `VR09`, `GG2514`, `BQ-SA`), or `NL` for the
    /// European Netherlands.
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsLanguage {
    pub id: Uuid,
    pub service_id: Uuid,
    /// ISO 639-1.
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsCostOption {
    pub id: Uuid,
    pub service_id: Uuid,
    pub option: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsServiceAtLocation {
    pub id: Uuid,
    pub service_id: Uuid,
    pub location_id: Uuid,
    pub location: HsdsLocation,
}

/// A place; a confidential one has neither address nor position, only how to get in
/// touch instead.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsLocation {
    pub id: Uuid,
    pub location_type: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latitude: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub longitude: Option<f64>,
    pub addresses: Vec<HsdsAddress>,
}

/// An address as the data writes it (`Straat 1, 1234 AB Plaats`), in HSDS's parts as far
/// as they can be told apart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HsdsAddress {
    pub id: Uuid,
    pub address_1: String,
    pub city: String,
    pub state_province: String,
    pub postal_code: String,
    pub country: &'static str,
    pub address_type: &'static str,
}

/// Every service of the directory as an HSDS record, in the directory's order.
pub fn services(directory: &Directory, regions: &RegionData) -> Vec<HsdsService> {
    directory
        .organisations
        .iter()
        .flat_map(|org| org.services.iter().map(move |s| service(org, s, regions)))
        .collect()
}

/// Every organisation as an HSDS record.
pub fn organizations(directory: &Directory) -> Vec<HsdsOrganization> {
    directory.organisations.iter().map(organization).collect()
}

pub(crate) fn organization(org: &Organisation) -> HsdsOrganization {
    HsdsOrganization {
        id: uuid("organization", &org.id),
        name: org.name.clone(),
        description: org.description.nl().to_owned(),
        website: org.website.clone(),
    }
}

pub(crate) fn service(org: &Organisation, s: &Service, regions: &RegionData) -> HsdsService {
    let id = uuid("service", &s.id);
    let first = |channels: &[Channel]| {
        s.contacts
            .iter()
            .find(|c| channels.contains(&c.channel))
            .map(|c| c.value.clone())
    };
    let checked = s
        .contacts
        .iter()
        .map(|c| c.verified)
        .chain(s.locations.iter().map(|l| l.verified))
        .chain(org.referral.iter().map(|r| r.verified))
        .min();
    HsdsService {
        id,
        organization_id: uuid("organization", &org.id),
        name: s.name.nl().to_owned(),
        alternate_name: s.name.en().to_owned(),
        description: s.description.nl().to_owned(),
        url: first(&[Channel::Website])
            .or_else(|| org.website.clone())
            .or_else(|| first(&[Channel::Chat, Channel::OnlineForm])),
        email: first(&[Channel::Email]),
        status: STATUS,
        application_process: org.referral.as_ref().map(|r| r.text.nl().to_owned()),
        minimum_age: s.age.and_then(|a| a.min),
        maximum_age: s.age.and_then(|a| a.max),
        assured_date: checked.map(|d| d.to_string()).unwrap_or_default(),
        phones: s
            .contacts
            .iter()
            .filter_map(|c| phone(id, &s.id, c))
            .collect(),
        schedules: s
            .contacts
            .iter()
            .enumerate()
            .flat_map(|(i, c)| schedules(id, &format!("{}:{i}", s.id), c))
            .collect(),
        service_areas: areas(id, &s.id, &s.coverage, regions),
        languages: s
            .languages
            .iter()
            .map(|code| HsdsLanguage {
                id: uuid("language", &format!("{}:{code}", s.id)),
                service_id: id,
                code: code.to_string(),
            })
            .collect(),
        cost_options: cost(id, &s.id, s.cost).into_iter().collect(),
        service_at_locations: s
            .locations
            .iter()
            .enumerate()
            .map(|(i, l)| at_location(id, &format!("{}:{i}", s.id), l))
            .collect(),
        organization: organization(org),
    }
}

fn phone(service_id: Uuid, service: &str, c: &Contact) -> Option<HsdsPhone> {
    let kind = match c.channel {
        Channel::Phone => "voice",
        Channel::Whatsapp => "text",
        _ => return None,
    };
    Some(HsdsPhone {
        id: uuid("phone", &format!("{service}:{}", c.value)),
        service_id,
        number: c.value.clone(),
        kind,
        description: c.note.as_ref().map(|n| n.nl().to_owned()),
    })
}

/// The weekly rules of a contact's hours: one per slot, or one for day and night.
fn schedules(service_id: Uuid, key: &str, c: &Contact) -> Vec<HsdsSchedule> {
    let Some(hours) = &c.hours else {
        return Vec::new();
    };
    let what = format!("{} {}", c.channel.id(), c.value);
    if hours.always {
        return vec![HsdsSchedule {
            id: uuid("schedule", &format!("{key}:always")),
            service_id,
            freq: "WEEKLY",
            byday: "MO,TU,WE,TH,FR,SA,SU".to_owned(),
            opens_at: None,
            closes_at: None,
            description: format!("{what}: dag en nacht, elke dag"),
        }];
    }
    slots(hours)
        .enumerate()
        .map(|(i, (days, open, close))| HsdsSchedule {
            id: uuid("schedule", &format!("{key}:{i}")),
            service_id,
            freq: "WEEKLY",
            byday: days,
            opens_at: Some(open),
            closes_at: Some(close),
            description: format!("{what} ({})", zone(hours)),
        })
        .collect()
}

fn slots(hours: &Hours) -> impl Iterator<Item = (String, String, String)> + '_ {
    hours.weekly.iter().map(|slot| {
        let days: Vec<&str> = slot.days.iter().map(|d| ical_day(*d)).collect();
        (
            days.join(","),
            slot.open.to_string(),
            slot.close.to_string(),
        )
    })
}

fn zone(hours: &Hours) -> &'static str {
    match hours.timezone {
        crate::directory::model::TimeZone::Amsterdam => "Europe/Amsterdam",
        crate::directory::model::TimeZone::Kralendijk => "America/Kralendijk",
    }
}

const fn ical_day(day: Day) -> &'static str {
    match day {
        Day::Mon => "MO",
        Day::Tue => "TU",
        Day::Wed => "WE",
        Day::Thu => "TH",
        Day::Fri => "FR",
        Day::Sat => "SA",
        Day::Sun => "SU",
    }
}

fn areas(
    service_id: Uuid,
    service: &str,
    c: &Coverage,
    regions: &RegionData,
) -> Vec<HsdsServiceArea> {
    let area = |code: &str, name: String| HsdsServiceArea {
        id: uuid("service_area", &format!("{service}:{code}")),
        service_id,
        name,
        description: code.to_owned(),
    };
    let named = |code: &String, list: &[crate::regions::data::Named]| {
        let name = list
            .iter()
            .find(|n| n.code == *code)
            .map_or_else(|| code.clone(), |n| n.name.clone());
        area(code, name)
    };
    let mut out = Vec::new();
    if c.national {
        out.push(area("NL", "Nederland (Europees deel)".to_owned()));
    }
    for code in &c.municipalities {
        let code = code.to_string();
        let name = regions
            .municipalities
            .iter()
            .find(|m| m.code == code)
            .map_or_else(|| code.clone(), |m| m.name.clone());
        out.push(area(&code, name));
    }
    out.extend(
        c.veiligheidsregios
            .iter()
            .map(|code| named(code, &regions.veiligheidsregios)),
    );
    out.extend(c.ggd.iter().map(|code| named(code, &regions.ggd_regions)));
    for island in &c.islands {
        if let Some(row) = regions.islands.iter().find(|row| row.id == *island) {
            out.push(area(&row.code, row.name.clone()));
        }
    }
    out
}

fn cost(service_id: Uuid, service: &str, cost: Cost) -> Option<HsdsCostOption> {
    let (option, amount) = match cost {
        Cost::Free => ("Gratis", Some(0.0)),
        Cost::LocalRate => ("Gratis hulp; bellen kost het gewone tarief", None),
        Cost::Paid => ("Betaald", None),
        Cost::Unknown => return None,
    };
    Some(HsdsCostOption {
        id: uuid("cost_option", service),
        service_id,
        option,
        amount,
        currency: amount.map(|_| "EUR"),
    })
}

pub(crate) fn at_location(service_id: Uuid, key: &str, l: &Location) -> HsdsServiceAtLocation {
    let location_id = uuid("location", key);
    let (description, latitude, longitude, addresses) = if l.confidential {
        (l.front_gate.clone(), None, None, Vec::new())
    } else {
        let addresses = l
            .address
            .iter()
            .map(|a| address(uuid("address", key), a))
            .collect();
        (None, l.lat, l.lon, addresses)
    };
    HsdsServiceAtLocation {
        id: uuid("service_at_location", key),
        service_id,
        location_id,
        location: HsdsLocation {
            id: location_id,
            location_type: "physical",
            name: l.name.clone(),
            description,
            latitude,
            longitude,
            addresses,
        },
    }
}

/// `Straat 1, 1234 AB Plaats`: the street before the last comma, then the postcode (four
/// digits, two letters) and the place; what does not fit stays in `address_1`.
fn address(id: Uuid, text: &str) -> HsdsAddress {
    let (street, rest) = text.rsplit_once(',').unwrap_or((text, ""));
    let rest = rest.trim();
    let postcode_len = rest.char_indices().nth(7).map_or(rest.len(), |(i, _)| i);
    let (postcode, city) = rest.split_at(postcode_len);
    let is_postcode = {
        let p: Vec<char> = postcode.chars().filter(|c| !c.is_whitespace()).collect();
        p.len() == 6
            && p[..4].iter().all(char::is_ascii_digit)
            && p[4..].iter().all(char::is_ascii_alphabetic)
    };
    let (street, postal_code, city) = if is_postcode {
        (street.trim(), postcode.trim(), city.trim())
    } else {
        (text.trim(), "", "")
    };
    HsdsAddress {
        id,
        address_1: street.to_owned(),
        city: city.to_owned(),
        state_province: String::new(),
        postal_code: postal_code.to_owned(),
        country: "NL",
        address_type: "physical",
    }
}
