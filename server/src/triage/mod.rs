//! Answers → a ranked plan with reasons. The place is resolved, the rules of [`rules`]
//! suggest services with weights and reasons, services that do not serve this person (role,
//! age, place) are dropped, contact wishes and "open now" settle the order, and regional
//! units stand in for national services where the place is known. Pure: the moment is
//! passed in, nothing is stored. The engine is only built over data that has every id the
//! code and the rules name ([`ids`]).

pub mod guidance;
pub mod ids;
pub mod rules;
pub mod steps;

use crate::{
    directory::{
        Directory, holidays,
        hours::{self, At},
        model::{Organisation, Service, TimeZone},
        reach::Reach,
    },
    regions::{NamedIsland, Regions, Resolution, ResolveError},
};
use hulpwijzer_core::{
    i18n::Lang,
    triage::{
        Answers, Place,
        plan::{Guidance, Plan, PlanRegion, RegionalUnit, Summary, Urgent},
        summary,
    },
    vocab::{Role, When},
};
use rules::{Facts, RULES, Why};
use std::sync::Arc;

/// How many options a plan lists at most.
const MAX_STEPS: usize = 8;
/// Organisations with regional units, for the regional picture.
const REGIONAL: [&str; 3] = ["csg", "veilig-thuis", "sense"];
/// The service to call in danger in the European Netherlands.
const CALL_112: &str = "alarm-112";
/// The service to call in danger on Bonaire, Sint Eustatius and Saba.
const CALL_911: &str = "bes-911";
/// The advice block a plan keeps when a professional's client did not consent.
const NO_CONSENT_GUIDANCE: &str = "professional_referral_consent";

/// The triage engine: the directory and the advice blocks.
pub struct Triage {
    directory: Arc<Directory>,
    guidance: Vec<guidance::Block>,
}

/// A text in the plan's language.
fn say(lang: Lang, why: Why) -> String {
    match lang {
        Lang::Nl => why.nl.to_owned(),
        Lang::En => why.en.to_owned(),
    }
}

/// Where the person is, or the note that says why we do not know.
pub fn resolve(
    regions: &Regions,
    place: Option<&Place>,
    lang: Lang,
) -> (Option<Resolution>, Option<String>) {
    let Some(place) = place else {
        return (None, None);
    };
    match regions.resolve(place) {
        Ok(place) => (Some(place), None),
        Err(ResolveError::AmbiguousMunicipality(options)) => {
            let names: Vec<String> = options.into_iter().map(|n| n.name).collect();
            let note = match lang {
                Lang::Nl => format!(
                    "Meer gemeenten hebben deze naam ({}). Hier staat landelijke hulp; met een postcode komt de hulp in de regio erbij.",
                    names.join(", ")
                ),
                Lang::En => format!(
                    "More than one municipality has this name ({}). This is national help; with a postcode the help in the region is added.",
                    names.join(", ")
                ),
            };
            (None, Some(note))
        }
        Err(_) => (
            None,
            Some(say(
                lang,
                Why {
                    nl: "De plaats is niet gevonden. Hier staat landelijke hulp.",
                    en: "We could not find the place, so this is national help.",
                },
            )),
        ),
    }
}

impl Triage {
    /// The engine over a loaded directory and checked guidance, if they hold every id the
    /// code and the rules name.
    pub fn new(
        directory: Arc<Directory>,
        guidance: Vec<guidance::Block>,
    ) -> Result<Triage, ids::MissingIds> {
        ids::check(&directory, &guidance)?;
        Ok(Triage {
            directory,
            guidance,
        })
    }

    /// The organisation and service with a service id.
    fn service(&self, id: &str) -> Option<(&Organisation, &Service)> {
        self.directory
            .organisations
            .iter()
            .flat_map(|o| o.services.iter().map(move |s| (o, s)))
            .find(|(_, s)| s.id == id)
    }

    /// The plan for `answers`, in `lang`, as at the UTC second `now`.
    pub fn plan(&self, regions: &Regions, answers: &Answers, lang: Lang, now: i64) -> Plan {
        let at = At {
            utc: now,
            holidays: &self.directory.holidays,
        };
        let (place, place_note) = resolve(regions, answers.location.as_ref(), lang);
        let island = place
            .as_ref()
            .and_then(|p| p.island.as_ref())
            .map(|i| i.island);
        let (zone, holidays_of) = match island {
            Some(island) => (TimeZone::Kralendijk, holidays::Place::of_island(island)),
            None => (TimeZone::Amsterdam, holidays::Place::Europe),
        };
        let facts = Facts {
            answers,
            island,
            office_hours: hours::office_hours(at, zone, holidays_of),
        };
        let applied: Vec<usize> = (0..RULES.len())
            .filter(|i| RULES.get(*i).is_some_and(|r| (r.applies)(&facts)))
            .collect();
        let without_consent =
            answers.role == Some(Role::Professional) && answers.consent == Some(false);
        let steps = if without_consent {
            Vec::new()
        } else {
            steps::ranked(self, &facts, place.as_ref(), &applied, lang, at)
        };
        let mut notes: Vec<String> = place_note.into_iter().collect();
        if without_consent {
            notes.push(say(lang, Why {
                nl: "Uw cliënt gaf geen toestemming. Daarom staan hier geen verwijzingen, alleen wat u wel kunt doen.",
                en: "Your client did not consent. So there are no referrals here, only what you can do.",
            }));
        }
        if island.is_some() {
            notes.push(say(lang, Why {
                nl: "Landelijke nummers, zoals 0800-nummers, zijn er voor Europees Nederland. Vanaf de eilanden werken ze misschien niet; chat en websites werken overal.",
                en: "National numbers, such as 0800 numbers, are for the European Netherlands. They may not work from the islands; chat and websites work everywhere.",
            }));
        } else if place.is_none() {
            notes.push(say(lang, Why {
                nl: "Hier staat landelijke hulp, omdat de plaats niet bekend is. De landelijke nummers van het Centrum Seksueel Geweld en Veilig Thuis verbinden door met de regio.",
                en: "This is national help, because the place is not known. The national numbers of the Centrum Seksueel Geweld and Veilig Thuis put callers through to the region.",
            }));
        }
        let chosen = match answers.chosen.as_deref() {
            None => steps.first(),
            Some(id) => {
                let found = steps.iter().find(|s| s.unit_id == id);
                if found.is_none() && !steps.is_empty() {
                    notes.push(say(lang, Why {
                        nl: "De gekozen hulp staat niet meer in dit plan. De samenvatting noemt nu de beste eerste stap.",
                        en: "The chosen help is no longer in this plan. The summary now names the best first step.",
                    }));
                }
                found.or(steps.first())
            }
        };
        let region_name = place.as_ref().and_then(Resolution::place_name);
        let summary = Summary {
            text: summary::text(answers, region_name.as_deref(), chosen, lang),
            chosen: chosen.map(|s| s.unit_id.clone()),
        };
        Plan {
            urgent: self.urgent(answers, place.as_ref(), lang, at),
            danger_check: answers.when == Some(When::Ongoing) && !answers.urgent(),
            steps,
            guidance: self
                .guidance(
                    &applied,
                    guidance::Reader::of(answers),
                    lang,
                    place.as_ref(),
                )
                .into_iter()
                .filter(|g| !without_consent || g.id == NO_CONSENT_GUIDANCE)
                .collect(),
            region: place.as_ref().map(|p| self.region(p, lang)),
            summary,
            notes,
        }
    }

    /// The emergency numbers to call now, when someone is in danger or it happens now.
    fn urgent(
        &self,
        answers: &Answers,
        place: Option<&Resolution>,
        lang: Lang,
        at: At<'_>,
    ) -> Vec<Urgent> {
        if !answers.urgent() {
            return Vec::new();
        }
        let why = if answers.danger_now == Some(true) {
            Why {
                nl: "Omdat iemand nu in gevaar is.",
                en: "Because someone is in danger now.",
            }
        } else {
            Why {
                nl: "Omdat het nu gebeurt.",
                en: "Because it is happening now.",
            }
        };
        let on_island = place.is_some_and(|p| p.island.is_some());
        let numbers: &[(&str, Why)] = match (place, on_island) {
            (Some(_), true) => &[(
                CALL_911,
                Why {
                    nl: "Bel 911",
                    en: "Call 911",
                },
            )],
            (Some(_), false) => &[(
                CALL_112,
                Why {
                    nl: "Bel 112",
                    en: "Call 112",
                },
            )],
            (None, _) => &[
                (
                    CALL_112,
                    Why {
                        nl: "Bel 112",
                        en: "Call 112",
                    },
                ),
                (
                    CALL_911,
                    Why {
                        nl: "Op Bonaire, Sint Eustatius of Saba: bel 911",
                        en: "On Bonaire, Sint Eustatius or Saba: call 911",
                    },
                ),
            ],
        };
        numbers
            .iter()
            .filter_map(|(id, label)| {
                let (org, service) = self.service(id)?;
                Some(Urgent {
                    service_id: org.id.clone(),
                    label: say(lang, *label),
                    contacts: steps::contacts(service, &[], lang, at),
                    why: vec![say(lang, why)],
                })
            })
            .collect()
    }

    /// The advice blocks the applied rules ask for, in the contract's order, worded for
    /// `reader` and each naming the emergency number of the `place` (both numbers when it
    /// is not known).
    fn guidance(
        &self,
        applied: &[usize],
        reader: guidance::Reader,
        lang: Lang,
        place: Option<&Resolution>,
    ) -> Vec<Guidance> {
        let number = place.map(|p| p.emergency_number.as_str());
        let on_an_island = place.is_some_and(|p| p.island.is_some());
        let fill = |text: &str| guidance::fill(text, number, lang);
        let wanted: Vec<&str> = applied
            .iter()
            .filter_map(|i| RULES.get(*i))
            .flat_map(|r| r.guidance.iter().copied())
            .collect();
        guidance::CONTRACT_IDS
            .iter()
            .filter(|id| wanted.contains(id))
            .filter_map(|id| self.guidance.iter().find(|b| b.id == *id))
            .map(|b| {
                let (title, text) = b.worded(reader, on_an_island);
                Guidance {
                    id: b.id.clone(),
                    title: fill(title.get(lang)),
                    text: fill(text.get(lang)),
                    steps: b
                        .steps
                        .as_ref()
                        .map(|s| if lang == Lang::En { &s.en } else { &s.nl })
                        .map(|steps| steps.iter().map(|s| fill(s)).collect())
                        .unwrap_or_default(),
                }
            })
            .collect()
    }

    /// The place with its regions and the regional units that serve it.
    fn region(&self, place: &Resolution, lang: Lang) -> PlanRegion {
        let units = REGIONAL
            .iter()
            .filter_map(|org_id| {
                let org = self
                    .directory
                    .organisations
                    .iter()
                    .find(|o| o.id == *org_id)?;
                let unit = org
                    .services
                    .iter()
                    .find(|s| Reach::of(s, Some(place)) == Reach::Here)?;
                Some(RegionalUnit {
                    service_id: org.id.clone(),
                    unit_id: unit.id.clone(),
                    name: unit.name.get(lang).to_owned(),
                })
            })
            .collect();
        PlanRegion {
            municipality: place.municipality.clone(),
            veiligheidsregio: place.veiligheidsregio.clone(),
            ggd: place.ggd.clone(),
            island: place.island.as_ref().map(NamedIsland::named),
            emergency_number: place.emergency_number.clone(),
            units,
        }
    }
}
