//! The `hulpwijzer` binary's commands, run for real: `import-regions` writes the tables,
//! `check-data` accepts the real data, and both `check-data` and `serve` refuse broken data
//! with the same message naming file and line.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{path::Path, process::Command};

mod common;

fn hulpwijzer(args: &[&str], data: &Path, regions: &Path) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
        .args(args)
        .env("HULPWIJZER_GEO_DIR", common::geo_dir())
        .env("HULPWIJZER_REGIONS_FILE", regions)
        .env("HULPWIJZER_DATA_DIR", data)
        .env("HULPWIJZER_SITE_ROOT", data.join("no-site"))
        .env("HULPWIJZER_ADDR", "127.0.0.1:0")
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (out.status.success(), text(out.stdout), text(out.stderr))
}

#[test]
fn commands_check_and_refuse_the_data() {
    let work = tempfile::tempdir().unwrap();
    let regions = work.path().join("regions.json");
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");

    let (ok, _, err) = hulpwijzer(&["import-regions"], &real, &regions);
    assert!(ok && regions.exists(), "{err}");

    let (ok, out, err) = hulpwijzer(&["check-data"], &real, &regions);
    assert!(ok, "{err}");
    assert!(out.contains("The directory data is valid"), "{out}");

    let broken = work.path().join("broken");
    std::fs::create_dir_all(broken.join("organisations")).unwrap();
    std::fs::write(
        broken.join("organisations/csg.toml"),
        std::fs::read_to_string(real.join("organisations/csg.toml"))
            .unwrap()
            .replacen("value = \"0800-0188\"", "value = \"0800-01\"", 1),
    )
    .unwrap();
    let (ok, _, check) = hulpwijzer(&["check-data"], &broken, &regions);
    assert!(!ok);
    assert!(
        check.contains("csg.toml:32: service[0].contact[0].value"),
        "{check}"
    );

    let (ok, _, serve) = hulpwijzer(&["serve"], &broken, &regions);
    assert!(!ok, "the server must not start on broken data");
    assert!(
        serve.contains("csg.toml:32: service[0].contact[0].value"),
        "{serve}"
    );
}
