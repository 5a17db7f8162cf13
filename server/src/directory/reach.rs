//! THE rule for "this service serves this place", used by the plan, the desk overview and
//! the regional units: how a service's coverage reaches a place.

use super::model::{MunicipalityCode, Service};
use crate::regions::{Resolution, data::Named};

/// How a service reaches a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// It names the place: its municipality, veiligheidsregio, GGD region or island.
    Here,
    /// A national service, and the place is in the European Netherlands or not known.
    National,
    /// A national service seen from Bonaire, Sint Eustatius or Saba: it may help, but its
    /// numbers may not work there, so it counts after the island's own help (the plan) or
    /// not at all (the desk overview of an island).
    NationalFromAfar,
    /// Neither: regional help elsewhere, or a national service only for the European
    /// Netherlands (`Coverage::european_only`) seen from the islands.
    Elsewhere,
}

impl Reach {
    /// How `service` reaches `place` (`None`: the place is not known).
    pub fn of(service: &Service, place: Option<&Resolution>) -> Reach {
        let national = service.coverage.national;
        match place {
            Some(place) if names(service, place) => Reach::Here,
            Some(place) if national && place.island.is_some() => {
                if service.coverage.european_only {
                    Reach::Elsewhere
                } else {
                    Reach::NationalFromAfar
                }
            }
            _ if national => Reach::National,
            _ => Reach::Elsewhere,
        }
    }

    /// Whether the service can help someone there at all.
    pub fn serves(self) -> bool {
        self != Reach::Elsewhere
    }
}

/// Whether the service's coverage names the place's municipality, veiligheidsregio, GGD
/// region or island.
fn names(service: &Service, place: &Resolution) -> bool {
    let c = &service.coverage;
    let has = |named: &Option<Named>, codes: &[String]| {
        named.as_ref().is_some_and(|n| codes.contains(&n.code))
    };
    let municipality = place.municipality.as_ref();
    municipality
        .and_then(|n| MunicipalityCode::parse(&n.code))
        .is_some_and(|code| c.municipalities.contains(&code))
        || has(&place.veiligheidsregio, &c.veiligheidsregios)
        || has(&place.ggd, &c.ggd)
        || place
            .island
            .as_ref()
            .is_some_and(|i| c.islands.contains(&i.island))
}
