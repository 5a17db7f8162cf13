//! Missing help is noticed: on a copy of the real data without one organisation file that
//! holds an id the code or the rules name, without any organisation file, or without one
//! advice block, the data check that `check-data` and the server run fails and names the
//! missing id and what names it. Which files matter is computed from the check's own list
//! of named ids.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use server::{
    config::Config,
    directory::model::Organisation,
    regions::data,
    startup::{self, StartupError},
    triage::ids::{By, Kind, Name, named},
};
use std::path::{Path, PathBuf};

mod common;

fn real() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// The real region tables, written into `dir`.
fn regions(dir: &Path) -> PathBuf {
    let file = dir.join("regions.json");
    data::write(&data::import(&common::geo_dir()).unwrap(), &file).unwrap();
    file
}

/// The real organisation files, sorted.
fn organisation_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(real().join("organisations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

/// A copy of the real data in `dir`, without the organisation files `leave_out` says.
fn copy_data(dir: &Path, leave_out: impl Fn(&Path) -> bool) -> PathBuf {
    let copy = dir.join("data");
    if copy.exists() {
        std::fs::remove_dir_all(&copy).unwrap();
    }
    std::fs::create_dir_all(copy.join("organisations")).unwrap();
    for name in ["guidance.toml", "search.toml", "holidays.toml"] {
        std::fs::copy(real().join(name), copy.join(name)).unwrap();
    }
    for file in organisation_files().iter().filter(|f| !leave_out(f)) {
        std::fs::copy(
            file,
            copy.join("organisations").join(file.file_name().unwrap()),
        )
        .unwrap();
    }
    copy
}

/// The data check over `data_dir`, as `check-data` and the server run it.
fn check(data_dir: PathBuf, regions_file: &Path) -> Result<startup::Data, StartupError> {
    let config = Config {
        data_dir,
        regions_file: regions_file.to_path_buf(),
        ..Config::from_lookup(|_| None).unwrap()
    };
    startup::check_data(&config)
}

/// The named ids an organisation file holds: its own id and its services' ids.
fn held_by(file: &Path) -> Vec<Name> {
    let org: Organisation = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    named()
        .into_iter()
        .filter(|n| match n.kind {
            Kind::Organisation => n.id == org.id,
            Kind::Service => org.services.iter().any(|s| s.id == n.id),
            Kind::Guidance => false,
        })
        .collect()
}

/// Asserts that `message` names the id of `name` and what names it there.
fn assert_names(message: &str, name: &Name) {
    assert!(
        message.contains(&format!("{} `{}`", name.kind, name.id)),
        "{message}"
    );
    let by = match name.by {
        By::Rule(rule) => format!("`{rule}`"),
        By::Code(place) => place.to_owned(),
    };
    assert!(message.contains(&by), "{by} in {message}");
}

#[test]
fn every_file_with_a_named_id_is_needed() {
    let work = tempfile::tempdir().unwrap();
    let regions_file = regions(work.path());
    assert!(check(real(), &regions_file).is_ok());
    let mut needed = Vec::new();
    for file in organisation_files() {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let copy = copy_data(work.path(), |f| f == file);
        let held = held_by(&file);
        let result = check(copy, &regions_file);
        if held.is_empty() {
            assert!(result.is_ok(), "{name} holds no named id and may go");
            continue;
        }
        let Err(err @ StartupError::MissingIds(_)) = result else {
            panic!("the data without {name} must be refused");
        };
        let message = err.to_string();
        for n in &held {
            assert_names(&message, n);
        }
        needed.push(name);
    }
    for name in ["alarm-112.toml", "bes-911.toml", "csg.toml"] {
        assert!(needed.iter().any(|n| n == name), "{name} in {needed:?}");
    }
}

#[test]
fn no_organisation_files_are_refused() {
    let work = tempfile::tempdir().unwrap();
    let regions_file = regions(work.path());
    let copy = copy_data(work.path(), |_| true);
    let err = check(copy.clone(), &regions_file).err().unwrap();
    assert!(matches!(err, StartupError::NoOrganisations(_)), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "{} holds no organisation files (*.toml): without them there is no help to show",
            copy.join("organisations").display()
        )
    );
}

#[test]
fn every_named_advice_block_is_needed() {
    let work = tempfile::tempdir().unwrap();
    let regions_file = regions(work.path());
    let text = std::fs::read_to_string(real().join("guidance.toml")).unwrap();
    let blocks: Vec<&str> = text.split("[[guidance]]").collect();
    let guidance: Vec<Name> = named()
        .into_iter()
        .filter(|n| n.kind == Kind::Guidance)
        .collect();
    let mut ids: Vec<&str> = guidance.iter().map(|n| n.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert!(ids.contains(&"bystander_5d"), "{ids:?}");
    for id in ids {
        let kept: Vec<&str> = blocks
            .iter()
            .copied()
            .filter(|b| !b.contains(&format!("id = \"{id}\"")))
            .collect();
        assert_eq!(kept.len() + 1, blocks.len(), "one block is {id}");
        let copy = copy_data(work.path(), |_| false);
        std::fs::write(copy.join("guidance.toml"), kept.join("[[guidance]]")).unwrap();
        let err = check(copy, &regions_file).err().unwrap();
        assert!(matches!(err, StartupError::MissingIds(_)), "{err}");
        for name in guidance.iter().filter(|n| n.id == id) {
            assert_names(&err.to_string(), name);
        }
    }
}
