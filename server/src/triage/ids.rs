//! The ids the triage engine names, and the check that the data has every one of them.
//! The code names the services to call in danger (112 and 911), the organisations whose
//! regional units a plan shows, and the advice block a plan keeps without consent; the
//! triage contract names its advice blocks; the rules name the services they suggest and
//! the advice blocks they add. A plan that looks one of them up and does not find it
//! silently leaves it out, so the engine is only built when all of them are there; if
//! some are not, the error lists each missing id with everything that names it.

use super::{
    CALL_112, CALL_911, NO_CONSENT_GUIDANCE, REGIONAL,
    guidance::{Block, CONTRACT_IDS},
    rules::RULES,
};
use crate::directory::Directory;
use std::{collections::HashSet, fmt};

/// What kind of thing an id names, and so where it has to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A service id in data/organisations.
    Service,
    /// An organisation id (a file) in data/organisations.
    Organisation,
    /// An advice block in data/guidance.toml.
    Guidance,
}

impl Kind {
    /// Where the data has to hold an id of this kind.
    fn home(self) -> &'static str {
        match self {
            Kind::Service | Kind::Organisation => "the directory data (organisations/*.toml)",
            Kind::Guidance => "guidance.toml",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Service => "service",
            Kind::Organisation => "organisation",
            Kind::Guidance => "guidance block",
        })
    }
}

/// What names an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// The rule of server/src/triage/rules.rs with this name.
    Rule(&'static str),
    /// A place in the code, described with its file.
    Code(&'static str),
}

const BY_URGENT: By =
    By::Code("`Triage::urgent` (the numbers to call now) in server/src/triage/mod.rs");
const BY_REGIONAL: By =
    By::Code("`REGIONAL` (a plan's regional units) in server/src/triage/mod.rs");
const BY_CONTRACT: By =
    By::Code("`CONTRACT_IDS` (the triage contract) in server/src/triage/guidance.rs");
const BY_NO_CONSENT: By =
    By::Code("`NO_CONSENT_GUIDANCE` (a plan without consent) in server/src/triage/mod.rs");

/// One id as it is named in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    pub kind: Kind,
    pub id: &'static str,
    pub by: By,
}

/// An id the data lacks, with everything that names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub kind: Kind,
    pub id: &'static str,
    pub by: Vec<By>,
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rules: Vec<String> = self
            .by
            .iter()
            .filter_map(|b| match b {
                By::Rule(name) => Some(format!("`{name}`")),
                By::Code(_) => None,
            })
            .collect();
        let mut places: Vec<String> = Vec::new();
        if !rules.is_empty() {
            let word = if rules.len() == 1 { "rule" } else { "rules" };
            places.push(format!(
                "{word} {} in server/src/triage/rules.rs",
                rules.join(", ")
            ));
        }
        places.extend(self.by.iter().filter_map(|b| match b {
            By::Code(place) => Some((*place).to_owned()),
            By::Rule(_) => None,
        }));
        write!(
            f,
            "{} `{}`, named by {}, is not in {}",
            self.kind,
            self.id,
            places.join(" and "),
            self.kind.home()
        )
    }
}

/// Every id the data lacks, all at once, so it can be fixed in one go.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct MissingIds(pub Vec<Missing>);

impl fmt::Display for MissingIds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the data lacks {} id(s) that the code names:",
            self.0.len()
        )?;
        for missing in &self.0 {
            writeln!(f, "  {missing}")?;
        }
        Ok(())
    }
}

/// Every id the engine names, each time it is named: the emergency services, the regional
/// organisations, the services and advice blocks of each rule, the contract's blocks and
/// the block kept without consent.
pub fn named() -> Vec<Name> {
    let name = |kind, id, by| Name { kind, id, by };
    let urgent = [CALL_112, CALL_911].map(|id| name(Kind::Service, id, BY_URGENT));
    let regional = REGIONAL.map(|id| name(Kind::Organisation, id, BY_REGIONAL));
    let suggested = RULES.iter().flat_map(|rule| {
        let by = By::Rule(rule.name);
        rule.suggest
            .iter()
            .map(move |(id, _)| name(Kind::Service, id, by))
    });
    let advised = RULES.iter().flat_map(|rule| {
        let by = By::Rule(rule.name);
        rule.guidance
            .iter()
            .map(move |id| name(Kind::Guidance, id, by))
    });
    let contract = CONTRACT_IDS.map(|id| name(Kind::Guidance, id, BY_CONTRACT));
    let no_consent = name(Kind::Guidance, NO_CONSENT_GUIDANCE, BY_NO_CONSENT);
    urgent
        .into_iter()
        .chain(regional)
        .chain(suggested)
        .chain(advised)
        .chain(contract)
        .chain([no_consent])
        .collect()
}

/// Whether the directory or the guidance holds a named id.
/// The ids `directory` and `guidance` hold, each kind apart.
struct Held<'a> {
    services: HashSet<&'a str>,
    organisations: HashSet<&'a str>,
    guidance: HashSet<&'a str>,
}

impl Held<'_> {
    fn holds(&self, name: &Name) -> bool {
        let ids = match name.kind {
            Kind::Service => &self.services,
            Kind::Organisation => &self.organisations,
            Kind::Guidance => &self.guidance,
        };
        ids.contains(name.id)
    }
}

/// Checks that `directory` and `guidance` hold every id of [`named`].
pub fn check(directory: &Directory, guidance: &[Block]) -> Result<(), MissingIds> {
    let organisations = &directory.organisations;
    let held = Held {
        services: organisations
            .iter()
            .flat_map(|o| &o.services)
            .map(|s| s.id.as_str())
            .collect(),
        organisations: organisations.iter().map(|o| o.id.as_str()).collect(),
        guidance: guidance.iter().map(|b| b.id.as_str()).collect(),
    };
    let mut missing: Vec<Missing> = Vec::new();
    for name in named().into_iter().filter(|n| !held.holds(n)) {
        match missing
            .iter_mut()
            .find(|m| m.kind == name.kind && m.id == name.id)
        {
            Some(m) if m.by.contains(&name.by) => {}
            Some(m) => m.by.push(name.by),
            None => missing.push(Missing {
                kind: name.kind,
                id: name.id,
                by: vec![name.by],
            }),
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(MissingIds(missing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{directory::model::Organisation, triage::guidance};
    use std::path::{Path, PathBuf};

    fn data_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
    }

    /// The project's organisations, read as they are (the directory checks are not this
    /// module's business).
    fn organisations() -> Vec<Organisation> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir().join("organisations"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
            .collect()
    }

    fn without(org_id: &str) -> Directory {
        Directory {
            organisations: organisations()
                .into_iter()
                .filter(|o| o.id != org_id)
                .collect(),
            holidays: Default::default(),
            read_from: 0,
        }
    }

    #[test]
    fn the_project_s_data_has_every_named_id() {
        let guidance = guidance::load(&data_dir()).unwrap();
        let all = Directory {
            organisations: organisations(),
            holidays: Default::default(),
            read_from: 0,
        };
        assert_eq!(check(&all, &guidance), Ok(()));
    }

    #[test]
    fn every_rule_s_services_and_blocks_are_named() {
        let names = named();
        for rule in RULES {
            for (id, _) in rule.suggest {
                assert!(names.contains(&Name {
                    kind: Kind::Service,
                    id,
                    by: By::Rule(rule.name)
                }));
            }
            for id in rule.guidance {
                assert!(names.contains(&Name {
                    kind: Kind::Guidance,
                    id,
                    by: By::Rule(rule.name)
                }));
            }
        }
    }

    #[test]
    fn a_missing_emergency_service_is_named_with_its_place() {
        let guidance = guidance::load(&data_dir()).unwrap();
        let err = check(&without("bes-911"), &guidance).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the data lacks 1 id(s) that the code names:\n  service `bes-911`, named by \
             `Triage::urgent` (the numbers to call now) in server/src/triage/mod.rs, is not \
             in the directory data (organisations/*.toml)\n"
        );
    }

    #[test]
    fn every_missing_id_is_listed_with_all_that_name_it() {
        let guidance: Vec<Block> = guidance::load(&data_dir())
            .unwrap()
            .into_iter()
            .filter(|b| b.id != "bystander_5d")
            .collect();
        let err = check(&without("csg"), &guidance).unwrap_err();
        let ids: Vec<(Kind, &str)> = err.0.iter().map(|m| (m.kind, m.id)).collect();
        assert_eq!(
            ids,
            [
                (Kind::Organisation, "csg"),
                (Kind::Service, "csg-hulp"),
                (Kind::Guidance, "bystander_5d"),
            ]
        );
        let text = err.to_string();
        assert!(
            text.contains(
                "organisation `csg`, named by `REGIONAL` (a plan's regional units) in \
                 server/src/triage/mod.rs, is not in the directory data"
            ),
            "{text}"
        );
        assert!(
            text.contains("service `csg-hulp`, named by rules `assault_within_7_days`, "),
            "{text}"
        );
        assert!(
            text.contains(
                "guidance block `bystander_5d`, named by rule `bystander` in \
                 server/src/triage/rules.rs and `CONTRACT_IDS` (the triage contract) in \
                 server/src/triage/guidance.rs, is not in guidance.toml"
            ),
            "{text}"
        );
    }

    #[test]
    fn an_empty_directory_lacks_every_named_service() {
        let err = check(
            &Directory {
                organisations: Vec::new(),
                holidays: Default::default(),
                read_from: 0,
            },
            &[],
        )
        .unwrap_err();
        assert!(err.0.iter().any(|m| m.id == CALL_112));
        assert!(err.0.iter().any(|m| m.id == CALL_911));
    }
}
