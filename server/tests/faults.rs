//! `hulpwijzer serve` refuses to start when what it needs is missing or broken, each time
//! with a message that names the file, folder or port, and a non-zero exit: a missing or
//! corrupt data file, missing or corrupt region tables, a search index folder it cannot
//! make, no built site, a port already in use. (Slow clients, the connection cap and
//! SIGTERM are in `connections.rs`; bodies over the limit in `http.rs`; bursts of notes in
//! `reports.rs`.)
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

mod common;
mod support;

/// A good set-up in a temporary folder: a stand-in built site, the region tables and a
/// copy of the real data, each of which a test may break.
struct Setup {
    dir: tempfile::TempDir,
    regions: PathBuf,
    data: PathBuf,
}

impl Setup {
    fn new() -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let regions = support::stand_in_site(dir.path());
        let data = dir.path().join("data");
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        std::fs::create_dir_all(data.join("organisations")).unwrap();
        for name in ["guidance.toml", "search.toml", "holidays.toml"] {
            std::fs::copy(real.join(name), data.join(name)).unwrap();
        }
        for entry in std::fs::read_dir(real.join("organisations")).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                data.join("organisations").join(path.file_name().unwrap()),
            )
            .unwrap();
        }
        Setup { dir, regions, data }
    }

    /// Runs `hulpwijzer serve` with `env` on top of the set-up and waits up to 30 s for it
    /// to stop; returns whether it exited with success, and what it wrote to stderr.
    fn serve(&self, env: &[(&str, &str)]) -> (bool, String) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
            .arg("serve")
            .env("HULPWIJZER_SITE_ROOT", self.dir.path())
            .env("HULPWIJZER_REGIONS_FILE", &self.regions)
            .env("HULPWIJZER_DATA_DIR", &self.data)
            .env(
                "HULPWIJZER_DATABASE_URL",
                support::db::sqlite_in(self.dir.path()),
            )
            .env("HULPWIJZER_ADDR", "127.0.0.1:0")
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(30) {
                child.kill().unwrap();
                panic!("the server started, or hung, where it had to stop");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        (out.status.success(), String::from_utf8(out.stderr).unwrap())
    }
}

/// Asserts that the server stopped with an error that says all of `words`.
fn refused(result: (bool, String), words: &[&str]) {
    let (ok, err) = result;
    assert!(!ok, "the server must not start: {err}");
    for word in words {
        assert!(err.contains(word), "the message lacks {word:?}: {err}");
    }
}

#[test]
fn a_missing_data_file_is_named() {
    let setup = Setup::new();
    std::fs::remove_file(setup.data.join("guidance.toml")).unwrap();
    refused(setup.serve(&[]), &["guidance.toml"]);
}

#[test]
fn a_corrupt_organisation_file_is_named_with_the_line() {
    let setup = Setup::new();
    let file = setup.data.join("organisations/sense.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{text}\n[[service\nname = 3\n")).unwrap();
    let broken_line = text.lines().count() + 2;
    refused(setup.serve(&[]), &[&format!("sense.toml:{broken_line}:")]);
    // Bytes that are not text at all.
    std::fs::write(&file, [0xff, 0xfe, 0x00, 0x9f]).unwrap();
    refused(setup.serve(&[]), &["sense.toml"]);
}

#[test]
fn missing_or_corrupt_region_tables_are_named() {
    let setup = Setup::new();
    let missing = setup.dir.path().join("nowhere/regions.json");
    refused(
        setup.serve(&[("HULPWIJZER_REGIONS_FILE", missing.to_str().unwrap())]),
        &["nowhere/regions.json", "import-regions"],
    );
    std::fs::write(&setup.regions, "{\"municipalities\": [").unwrap();
    refused(setup.serve(&[]), &["regions.json"]);
}

#[test]
fn an_index_folder_that_cannot_be_made_is_named() {
    let setup = Setup::new();
    // A folder inside a plain file cannot be made, not even by root.
    let file = setup.dir.path().join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let folder = file.join("index");
    refused(
        setup.serve(&[("HULPWIJZER_INDEX_DIR", folder.to_str().unwrap())]),
        &["a-file/index", "HULPWIJZER_INDEX_DIR"],
    );
}

#[test]
fn a_site_that_was_not_built_is_named() {
    let setup = Setup::new();
    let nowhere = setup.dir.path().join("no-site");
    refused(
        setup.serve(&[("HULPWIJZER_SITE_ROOT", nowhere.to_str().unwrap())]),
        &["no-site", "build the site first"],
    );
}

#[test]
fn a_port_in_use_is_named() {
    let setup = Setup::new();
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let port = taken.local_addr().unwrap().port().to_string();
    refused(
        setup.serve(&[("HULPWIJZER_ADDR", &addr)]),
        &[&addr, &format!("port {port}"), "HULPWIJZER_ADDR"],
    );
}
