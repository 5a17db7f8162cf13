//! The generator: `n` synthetic services in the format of `data/organisations/*.toml`, the
//! same for the same seed, that the real directory loader accepts. First the services that
//! the query set plants (`bench/queries.toml`), each an organisation of its own; then
//! random organisations of one to four services each, every one in one to three
//! municipalities (never one a plant covers), with names, descriptions, needs, audiences,
//! ages, channels and hours drawn from [`vocab`].
//!
//! [`write_data_dir`] writes them beside a copy of the real data folder, so that
//! `hulpwijzer serve` or `check-data` can run on it with `HULPWIJZER_DATA_DIR`.

mod random;
pub mod spec;
pub mod vocab;

use crate::{
    queries::{Plant, QuerySet},
    rng::Rng,
};
use anyhow::{Context, bail};
use hulpwijzer_core::vocab::{Cost, Day};
use random::{contact_value, random_org, site};
use spec::{Both, ContactSpec, HoursSpec, OrgSpec, ServiceSpec};
use std::path::Path;

/// A municipality a generated service may cover: CBS code and name.
#[derive(Clone, Debug, PartialEq)]
pub struct Municipality {
    pub code: String,
    pub name: String,
}

impl Municipality {
    /// Every municipality of the region tables.
    pub fn all(regions: &server::regions::data::RegionData) -> Vec<Municipality> {
        regions
            .municipalities
            .iter()
            .map(|m| Municipality {
                code: m.code.clone(),
                name: m.name.clone(),
            })
            .collect()
    }
}

/// The seed when none is given.
pub const DEFAULT_SEED: u64 = 2026;

/// `services` services in all: the plants of `set` first, then random ones over
/// `municipalities` (less those a plant covers). Fails when there are fewer services than
/// plants, or no municipality is left.
pub fn generate(
    services: usize,
    seed: u64,
    set: &QuerySet,
    municipalities: &[Municipality],
) -> anyhow::Result<Vec<OrgSpec>> {
    if services < set.plants.len() {
        bail!(
            "{services} services is fewer than the {} the query set plants",
            set.plants.len()
        );
    }
    let reserved = set.reserved_municipalities();
    let free: Vec<&Municipality> = municipalities
        .iter()
        .filter(|m| !reserved.contains(&m.code))
        .collect();
    if free.is_empty() {
        bail!("no municipality is left for the generated services");
    }
    let mut rng = Rng::new(seed);
    let mut orgs: Vec<OrgSpec> = set.plants.iter().map(planted).collect();
    let mut left = services - set.plants.len();
    let mut index = 0;
    while left > 0 {
        index += 1;
        let count = (1 + rng.below(4)).min(left);
        orgs.push(random_org(&mut rng, index, count, &free));
        left -= count;
    }
    Ok(orgs)
}

/// Copies the data folder `source` (regions, search words, guidance, holidays and the real
/// organisations) to `out`, which must not exist or be empty, and adds `orgs` to its
/// `organisations/`.
pub fn write_data_dir(source: &Path, out: &Path, orgs: &[OrgSpec]) -> anyhow::Result<()> {
    if out.exists()
        && std::fs::read_dir(out)
            .with_context(|| format!("cannot read {}", out.display()))?
            .next()
            .is_some()
    {
        bail!("{} is not empty: give a new folder", out.display());
    }
    copy_dir(source, out)?;
    let folder = out.join("organisations");
    std::fs::create_dir_all(&folder)
        .with_context(|| format!("cannot create {}", folder.display()))?;
    for org in orgs {
        let path = folder.join(format!("{}.toml", org.id));
        if path.exists() {
            bail!("{} exists in the data already", path.display());
        }
        std::fs::write(&path, org.to_toml())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in
        std::fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))?
    {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("cannot copy {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// A plant as an organisation with one service of the same id.
fn planted(plant: &Plant) -> OrgSpec {
    let contacts = plant
        .channels
        .iter()
        .enumerate()
        .map(|(i, &channel)| ContactSpec {
            channel,
            value: contact_value(channel, &plant.id, Cost::Free, i as u64),
            cost: None,
            hours: if plant.always {
                HoursSpec::Always
            } else {
                HoursSpec::Weekly {
                    days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
                    open: "09:00",
                    close: "17:00",
                }
            },
            confirmed: true,
            source: format!("{}/contact", site(&plant.id)),
        })
        .collect();
    OrgSpec {
        id: plant.id.clone(),
        name: plant.org.clone(),
        website: site(&plant.id),
        description: Both {
            nl: plant.description_nl.clone(),
            en: plant.description_en.clone(),
        },
        services: vec![ServiceSpec {
            id: plant.id.clone(),
            name: Both {
                nl: plant.name_nl.clone(),
                en: plant.name_en.clone(),
            },
            description: Both {
                nl: plant.description_nl.clone(),
                en: plant.description_en.clone(),
            },
            audiences: plant.audiences.clone(),
            needs: plant.needs.clone(),
            what: plant.what.clone(),
            settings: plant.settings.clone(),
            age: plant.age.map(|(min, max)| (Some(min), Some(max))),
            municipalities: plant.municipalities.clone(),
            cost: Cost::Free,
            anonymous: plant.anonymous,
            languages: vec!["nl", "en"],
            contacts,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::{DEFAULT_SEED, Municipality, generate, write_data_dir};
    use crate::queries::QuerySet;
    use server::{clock::Clock, directory, regions::data};
    use std::path::PathBuf;

    fn data_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data")
    }

    fn municipalities(regions: &data::RegionData) -> Vec<Municipality> {
        regions
            .municipalities
            .iter()
            .map(|m| Municipality {
                code: m.code.clone(),
                name: m.name.clone(),
            })
            .collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_directory() {
        let set = QuerySet::load(None).unwrap();
        let places = [
            Municipality {
                code: "GM0344".into(),
                name: "Utrecht".into(),
            },
            Municipality {
                code: "GM0363".into(),
                name: "Amsterdam".into(),
            },
        ];
        let a = generate(100, 1, &set, &places).unwrap();
        assert_eq!(a, generate(100, 1, &set, &places).unwrap());
        assert_ne!(a, generate(100, 2, &set, &places).unwrap());
        assert_eq!(a.iter().map(|o| o.services.len()).sum::<usize>(), 100);
        assert!(
            generate(3, 1, &set, &places).is_err(),
            "fewer than the plants"
        );
    }

    #[test]
    fn a_generated_directory_loads_through_the_real_loader() {
        let set = QuerySet::load(None).unwrap();
        let regions = data::read(&data_dir().join("regions.json")).unwrap();
        let orgs = generate(200, DEFAULT_SEED, &set, &municipalities(&regions)).unwrap();
        let out = tempfile::tempdir().unwrap();
        let folder = out.path().join("data");
        write_data_dir(&data_dir(), &folder, &orgs).unwrap();
        let loaded = directory::load(&folder, &regions, Clock::System.today())
            .unwrap_or_else(|problems| panic!("{problems}"));
        let real = directory::load(&data_dir(), &regions, Clock::System.today()).unwrap();
        assert_eq!(loaded.counts().0, real.counts().0 + 200);
        let reserved = set.reserved_municipalities();
        for service in loaded
            .organisations
            .iter()
            .filter(|o| o.id.starts_with("gen-"))
            .flat_map(|o| &o.services)
        {
            assert!(
                service
                    .coverage
                    .municipalities
                    .iter()
                    .all(|m| !reserved.contains(&m.to_string())),
                "{} covers a planted municipality",
                service.id
            );
        }
        assert!(
            write_data_dir(&data_dir(), &folder, &orgs).is_err(),
            "not empty"
        );
    }
}
