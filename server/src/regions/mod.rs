//! Where a person is, in the terms help is organised by: a postcode, a municipality name or
//! code, a point or an island resolves to a municipality, its veiligheidsregio, GGD region
//! and Veilig Thuis region, and the emergency number that works there (112, or 911 on
//! Bonaire, Sint Eustatius and Saba).

pub mod data;
pub mod names;
pub mod postcode;

use data::{MunicipalityRow, Named, PostcodeRow, RegionData};
use geo::{
    BoundingRect as _, Contains as _, Coord, Distance as _, Haversine, LineString, MultiPolygon,
    Point, Polygon, Rect,
};
use hulpwijzer_core::{triage::Place, vocab::Island};
use serde::Serialize;
use std::collections::HashMap;

/// How far from an island's approximate centre a point still counts as on that island. The
/// islands are at most about 20 km from their centre point and far enough from each other
/// (and from Curaçao) for 25 km to tell them apart.
const ISLAND_RADIUS_KM: f64 = 25.0;

/// A position on earth in WGS84 degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl From<(f64, f64)> for LatLon {
    fn from((lat, lon): (f64, f64)) -> LatLon {
        LatLon { lat, lon }
    }
}

/// What a place resolved to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resolution {
    /// The municipality; `None` on the islands, which have no CBS municipality.
    pub municipality: Option<Named>,
    pub veiligheidsregio: Option<Named>,
    pub ggd: Option<Named>,
    /// The Veilig Thuis region, inferred from the veiligheidsregio (see shared/geo).
    pub veilig_thuis_region: Option<String>,
    /// Bonaire, Sint Eustatius or Saba.
    pub island: Option<NamedIsland>,
    /// The number to call in direct danger: 112, or 911 on the islands.
    pub emergency_number: String,
    /// A point in the place, for distances.
    pub point: Option<LatLon>,
    /// Other municipalities a postcode area reaches into that lie in another
    /// veiligheidsregio or GGD region, so the person can be asked which one they mean.
    pub also_possible: Vec<Named>,
}

/// An island a place resolved to, with its name; written like the other regions, with the
/// contract's id as its code (`{"code": "saba", "name": "Saba"}`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NamedIsland {
    #[serde(rename = "code")]
    pub island: Island,
    pub name: String,
}

impl NamedIsland {
    /// As a region in a plan.
    pub fn named(&self) -> Named {
        Named {
            code: self.island.id().to_owned(),
            name: self.name.clone(),
        }
    }
}

impl Resolution {
    /// The name people know the place by: its municipality or island.
    pub fn place_name(&self) -> Option<String> {
        self.municipality
            .as_ref()
            .map(|m| m.name.clone())
            .or_else(|| self.island.as_ref().map(|i| i.name.clone()))
    }
}

/// The most near matches offered for a municipality name that is not known.
pub const MAX_NEAR: usize = 3;

/// A place that could not be resolved, said plainly.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ResolveError {
    #[error("this is not a Dutch postcode (four digits, optionally two letters)")]
    NotAPostcode,
    #[error("this postcode is not known")]
    UnknownPostcode,
    /// With the municipalities whose names are close to what was typed ("Utrecht" for
    /// "Utrect"), best first; none when nothing is close.
    #[error("no municipality has this name or code")]
    UnknownMunicipality(Vec<Named>),
    #[error("more than one municipality has this name")]
    AmbiguousMunicipality(Vec<Named>),
    #[error("these coordinates are not a position on earth")]
    InvalidCoordinates,
    #[error("this point is not in the Netherlands")]
    OutsideTheNetherlands,
    #[error("this is not Bonaire, Sint Eustatius or Saba")]
    UnknownIsland,
}

/// A municipality's outline, with its bounding box for a quick first test.
struct Outline {
    bounds: Option<Rect>,
    shape: MultiPolygon,
}

/// The region tables with their indexes, built once at start-up.
pub struct Regions {
    data: RegionData,
    by_code: HashMap<String, usize>,
    by_name: HashMap<String, Vec<usize>>,
    postcodes: HashMap<u16, PostcodeRow>,
    outlines: Vec<Outline>,
    vr_names: HashMap<String, String>,
    ggd_names: HashMap<String, String>,
}

fn outline(row: &MunicipalityRow) -> Outline {
    let polygons = row.polygons.iter().filter_map(|rings| {
        let mut rings = rings.iter().map(|ring| {
            LineString::from(
                ring.iter()
                    .map(|&(x, y)| Coord { x, y })
                    .collect::<Vec<_>>(),
            )
        });
        let exterior = rings.next()?;
        Some(Polygon::new(exterior, rings.collect()))
    });
    let shape = MultiPolygon::new(polygons.collect());
    Outline {
        bounds: shape.bounding_rect(),
        shape,
    }
}

impl Regions {
    /// The tables the regions were made from.
    pub fn data(&self) -> &RegionData {
        &self.data
    }

    /// Indexes checked region data.
    pub fn new(data: RegionData) -> Regions {
        let by_code = data
            .municipalities
            .iter()
            .enumerate()
            .map(|(i, m)| (m.code.clone(), i))
            .collect();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in data.municipalities.iter().enumerate() {
            for name in [&m.name, &m.name_plain] {
                let entry = by_name.entry(names::fold(name)).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
        for (alias, official) in names::ALIASES {
            let targets: Vec<usize> = by_name
                .get(&names::fold(official))
                .cloned()
                .unwrap_or_default();
            by_name.entry(names::fold(alias)).or_insert(targets);
        }
        let postcodes = data.postcodes.iter().map(|p| (p.pc4, p.clone())).collect();
        let outlines = data.municipalities.iter().map(outline).collect();
        let names = |list: &[Named]| {
            list.iter()
                .map(|n| (n.code.clone(), n.name.clone()))
                .collect()
        };
        let vr_names = names(&data.veiligheidsregios);
        let ggd_names = names(&data.ggd_regions);
        Regions {
            data,
            by_code,
            by_name,
            postcodes,
            outlines,
            vr_names,
            ggd_names,
        }
    }

    /// Every municipality, in CBS order.
    pub fn municipalities(&self) -> &[MunicipalityRow] {
        &self.data.municipalities
    }

    /// A postcode: "3511", "3511AB" or "3511 ab".
    pub fn by_postcode(&self, text: &str) -> Result<Resolution, ResolveError> {
        let pc4 = postcode::pc4(text).ok_or(ResolveError::NotAPostcode)?;
        let row = self
            .postcodes
            .get(&pc4)
            .ok_or(ResolveError::UnknownPostcode)?;
        let main = self
            .by_code
            .get(&row.gm_code)
            .ok_or(ResolveError::UnknownPostcode)?;
        let mut resolution = self.for_municipality(*main, Some(row.label.into()));
        let primary = &self.data.municipalities[*main];
        resolution.also_possible = row
            .other_gm_codes
            .iter()
            .filter_map(|code| {
                self.by_code
                    .get(code)
                    .map(|&i| &self.data.municipalities[i])
            })
            .filter(|other| other.vr_code != primary.vr_code || other.ggd_code != primary.ggd_code)
            .map(|other| Named {
                code: other.code.clone(),
                name: other.name.clone(),
            })
            .collect();
        Ok(resolution)
    }

    /// A municipality by CBS code ("GM0344") or by name, in any case, with or without
    /// accents, or by a common alternative name ("Den Haag").
    pub fn by_municipality(&self, text: &str) -> Result<Resolution, ResolveError> {
        let code = text.trim().to_ascii_uppercase();
        if let Some(&i) = self.by_code.get(&code) {
            return Ok(self.for_municipality(i, None));
        }
        let folded = names::fold(text);
        match self.by_name.get(&folded).map(Vec::as_slice) {
            Some([i]) => Ok(self.for_municipality(*i, None)),
            Some(many) if !many.is_empty() => Err(ResolveError::AmbiguousMunicipality(
                many.iter().map(|&i| self.named(i)).collect(),
            )),
            _ => Err(ResolveError::UnknownMunicipality(self.near(&folded))),
        }
    }

    fn named(&self, i: usize) -> Named {
        let m = &self.data.municipalities[i];
        Named {
            code: m.code.clone(),
            name: m.name.clone(),
        }
    }

    /// The municipalities (at most [`MAX_NEAR`]) whose folded name or alias is a few typing
    /// errors from `folded` ([`names::typos_allowed`]), or starts with it when at least
    /// four characters were typed; closest first, then by name.
    fn near(&self, folded: &str) -> Vec<Named> {
        // No municipality's name is this long: nothing is near, and nothing is computed.
        if folded.chars().count() > 2 * names::LONGEST_NAME {
            return Vec::new();
        }
        let allowed = names::typos_allowed(folded);
        let mut close: Vec<(usize, usize)> = Vec::new();
        for (name, found) in &self.by_name {
            let distance = strsim::damerau_levenshtein(folded, name);
            let starts = folded.chars().count() >= 4 && name.starts_with(folded);
            if distance <= allowed || starts {
                let distance = if starts {
                    distance.min(allowed)
                } else {
                    distance
                };
                close.extend(found.iter().map(|&i| (distance, i)));
            }
        }
        let names = &self.data.municipalities;
        close.sort_by(|a, b| (a.0, &names[a.1].name).cmp(&(b.0, &names[b.1].name)));
        let mut out: Vec<Named> = Vec::new();
        for (_, i) in close {
            let named = self.named(i);
            if !out.contains(&named) {
                out.push(named);
            }
            if out.len() == MAX_NEAR {
                break;
            }
        }
        out
    }

    /// A point: the municipality whose outline holds it, or the island it is on.
    pub fn by_point(&self, lat: f64, lon: f64) -> Result<Resolution, ResolveError> {
        if !(lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon))
        {
            return Err(ResolveError::InvalidCoordinates);
        }
        let point = Point::new(lon, lat);
        let found = self.outlines.iter().position(|outline| {
            outline.bounds.is_some_and(|b| b.contains(&point)) && outline.shape.contains(&point)
        });
        if let Some(i) = found {
            return Ok(self.for_municipality(i, Some(LatLon { lat, lon })));
        }
        let island = self
            .data
            .islands
            .iter()
            .find(|island| {
                distance_km(LatLon { lat, lon }, island.approx.into()) <= ISLAND_RADIUS_KM
            })
            .ok_or(ResolveError::OutsideTheNetherlands)?;
        let mut resolution = self.island(island.id)?;
        resolution.point = Some(LatLon { lat, lon });
        Ok(resolution)
    }

    /// THE place resolver: a place as the person gave it, in the terms help is organised by.
    /// A postcode, a point or an island is looked up as it is; a name is a municipality, or
    /// else an island's name ("Saba" typed in the place field).
    pub fn resolve(&self, place: &Place) -> Result<Resolution, ResolveError> {
        match place {
            Place::Postcode { postcode } => self.by_postcode(postcode),
            Place::Municipality { municipality } => self
                .by_municipality(municipality)
                .or_else(|e| self.by_island(municipality).map_err(|_| e)),
            Place::Point { lat, lon } => self.by_point(*lat, *lon),
            Place::Island { island } => self.island(*island),
        }
    }

    /// An island by the contract's id (`bonaire`, `sint_eustatius`, `saba`) or its name.
    pub fn by_island(&self, text: &str) -> Result<Resolution, ResolveError> {
        let wanted = names::fold(text).replace(' ', "_");
        let island = self
            .data
            .islands
            .iter()
            .find(|island| {
                island.id.id() == wanted || names::fold(&island.name).replace(' ', "_") == wanted
            })
            .ok_or(ResolveError::UnknownIsland)?;
        self.island(island.id)
    }

    /// An island of the region tables.
    pub fn island(&self, id: Island) -> Result<Resolution, ResolveError> {
        let island = self
            .data
            .islands
            .iter()
            .find(|island| island.id == id)
            .ok_or(ResolveError::UnknownIsland)?;
        Ok(Resolution {
            municipality: None,
            veiligheidsregio: None,
            ggd: None,
            veilig_thuis_region: None,
            island: Some(NamedIsland {
                island: island.id,
                name: island.name.clone(),
            }),
            emergency_number: island.emergency_number.clone(),
            point: None,
            also_possible: Vec::new(),
        })
    }

    fn for_municipality(&self, i: usize, point: Option<LatLon>) -> Resolution {
        let m = &self.data.municipalities[i];
        let named = |code: &str, names: &HashMap<String, String>| {
            names.get(code).map(|name| Named {
                code: code.to_owned(),
                name: name.clone(),
            })
        };
        Resolution {
            municipality: Some(Named {
                code: m.code.clone(),
                name: m.name.clone(),
            }),
            veiligheidsregio: named(&m.vr_code, &self.vr_names),
            ggd: named(&m.ggd_code, &self.ggd_names),
            veilig_thuis_region: Some(m.vt_region_inferred.clone()),
            island: None,
            emergency_number: hulpwijzer_core::triage::EMERGENCY_NL.to_owned(),
            point: point.or(Some(m.label.into())),
            also_possible: Vec::new(),
        }
    }
}

/// The great-circle distance in kilometres between two points.
///
/// ```
/// use server::regions::{LatLon, distance_km};
/// let utrecht = LatLon { lat: 52.0907, lon: 5.1214 };
/// let amsterdam = LatLon { lat: 52.3676, lon: 4.9041 };
/// assert!((distance_km(utrecht, amsterdam) - 34.0).abs() < 1.0);
/// ```
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat)) / 1000.0
}
