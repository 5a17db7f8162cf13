//! The `hulpwijzer` binary's commands, run for real: `import-regions` writes the tables,
//! `import-regions --from URL` fetches the geo files from a server on loopback,
//! `check-data` accepts the real data, `report-staleness` reports on it at a given date,
//! `export-hsds` writes it as HSDS records with stable ids, and both `check-data` and `serve` refuse broken data
//! with the same message naming file and line, or data without the help the code names.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{path::Path, process::Command};

mod common;

fn hulpwijzer(args: &[&str], data: &Path, regions: &Path) -> (bool, String, String) {
    hulpwijzer_with(args, data, regions, &[])
}

fn hulpwijzer_with(
    args: &[&str],
    data: &Path,
    regions: &Path,
    env: &[(&str, &str)],
) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
        .args(args)
        .envs(env.iter().copied())
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
        check.contains("csg.toml:36: service[0].contact[0].value"),
        "{check}"
    );

    let (ok, _, serve) = hulpwijzer(&["serve"], &broken, &regions);
    assert!(!ok, "the server must not start on broken data");
    assert!(
        serve.contains("csg.toml:36: service[0].contact[0].value"),
        "{serve}"
    );
}

/// A copy of the real data in `to`, without the organisation files `leave_out` names.
fn copy_data(real: &Path, to: &Path, leave_out: &[&str]) {
    std::fs::create_dir_all(to.join("organisations")).unwrap();
    for name in ["guidance.toml", "search.toml", "holidays.toml"] {
        std::fs::copy(real.join(name), to.join(name)).unwrap();
    }
    for entry in std::fs::read_dir(real.join("organisations")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !leave_out.contains(&name.as_str()) {
            std::fs::copy(&path, to.join("organisations").join(name)).unwrap();
        }
    }
}

#[test]
fn commands_refuse_data_without_the_help_the_code_names() {
    let work = tempfile::tempdir().unwrap();
    let regions = work.path().join("regions.json");
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let (ok, _, err) = hulpwijzer(&["import-regions"], &real, &regions);
    assert!(ok, "{err}");

    let no_csg = work.path().join("no-csg");
    copy_data(&real, &no_csg, &["csg.toml"]);
    let (ok, _, check) = hulpwijzer(&["check-data"], &no_csg, &regions);
    assert!(!ok, "check-data must refuse data without csg.toml");
    let named = "service `csg-hulp`, named by rules `assault_within_7_days`, ";
    for expected in [
        named,
        "in server/src/triage/rules.rs, is not in the directory data",
        "organisation `csg`, named by `REGIONAL`",
    ] {
        assert!(check.contains(expected), "{expected} in {check}");
    }
    let (ok, _, serve) = hulpwijzer(&["serve"], &no_csg, &regions);
    assert!(!ok, "the server must not start without csg.toml");
    assert!(serve.contains(named), "{serve}");

    let no_112 = work.path().join("no-112");
    copy_data(&real, &no_112, &["alarm-112.toml"]);
    let (ok, _, check) = hulpwijzer(&["check-data"], &no_112, &regions);
    assert!(!ok);
    assert!(
        check.contains("service `alarm-112`, named by `Triage::urgent`"),
        "{check}"
    );

    let empty = work.path().join("empty");
    copy_data(&real, &empty, &[]);
    for entry in std::fs::read_dir(empty.join("organisations")).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let (ok, _, check) = hulpwijzer(&["check-data"], &empty, &regions);
    assert!(
        !ok,
        "check-data must refuse a directory without organisations"
    );
    assert!(check.contains("holds no organisation files"), "{check}");
    let (ok, _, serve) = hulpwijzer(&["serve"], &empty, &regions);
    assert!(!ok, "the server must not start without organisations");
    assert!(serve.contains("holds no organisation files"), "{serve}");

    let no_block = work.path().join("no-block");
    copy_data(&real, &no_block, &[]);
    let guidance = std::fs::read_to_string(real.join("guidance.toml")).unwrap();
    let kept: Vec<&str> = guidance
        .split("[[guidance]]")
        .filter(|b| !b.contains("id = \"bystander_5d\""))
        .collect();
    std::fs::write(no_block.join("guidance.toml"), kept.join("[[guidance]]")).unwrap();
    let (ok, _, check) = hulpwijzer(&["check-data"], &no_block, &regions);
    assert!(!ok, "check-data must refuse guidance without bystander_5d");
    assert!(
        check.contains("guidance block `bystander_5d`, named by rule `bystander`"),
        "{check}"
    );

    // Public holidays are data too: a holiday without an https source, or with a date that
    // is not in every year, is refused with its line.
    let bad_holidays = work.path().join("bad-holidays");
    copy_data(&real, &bad_holidays, &[]);
    let holidays = std::fs::read_to_string(real.join("holidays.toml")).unwrap();
    let broken = holidays.replacen(
        "https://wetten.overheid.nl/",
        "http://wetten.overheid.nl/",
        1,
    );
    std::fs::write(bad_holidays.join("holidays.toml"), broken).unwrap();
    let (ok, _, check) = hulpwijzer(&["check-data"], &bad_holidays, &regions);
    assert!(
        !ok,
        "check-data must refuse a holiday without an https source"
    );
    assert!(check.contains("holidays.toml:"), "{check}");
    assert!(
        check.contains("holiday[0].sources: needs one or more https:// addresses"),
        "{check}"
    );
    let leap = holidays.replacen(
        r#"rule = { date = "01-01" }"#,
        r#"rule = { date = "02-29" }"#,
        1,
    );
    std::fs::write(bad_holidays.join("holidays.toml"), leap).unwrap();
    let (ok, _, check) = hulpwijzer(&["check-data"], &bad_holidays, &regions);
    assert!(!ok, "check-data must refuse 29 February as a yearly date");
    assert!(check.contains("holidays.toml:22:"), "{check}");
}

#[test]
fn report_staleness_writes_markdown_and_json_as_of_the_clock() {
    let work = tempfile::tempdir().unwrap();
    let regions = work.path().join("regions.json");
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let (ok, _, err) = hulpwijzer(&["import-regions"], &real, &regions);
    assert!(ok, "{err}");
    let report = |moment: &str, args: &[&str]| {
        let out = work.path().join(moment.replace(':', "-"));
        let mut all = vec!["report-staleness", out.to_str().unwrap()];
        all.extend(args);
        let (ok, stdout, err) =
            hulpwijzer_with(&all, &real, &regions, &[("HULPWIJZER_FIXED_TIME", moment)]);
        assert!(ok, "{err}");
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("staleness.json")).unwrap())
                .unwrap();
        let markdown = std::fs::read_to_string(out.join("staleness.md")).unwrap();
        (stdout, json, markdown)
    };
    let (stdout, now, markdown) = report("2026-12-02T12:00:00Z", &[]);
    assert!(
        stdout.contains("Directory freshness on 2026-12-02"),
        "{stdout}"
    );
    let facts = now["totals"]["facts"].as_u64().unwrap();
    assert!(facts > 100, "{now}");
    // The data was checked in the last weeks: nothing is due yet, but some sources are old
    // and some facts are not confirmed.
    assert_eq!(now["totals"]["verified_long_ago"], 0);
    assert!(now["totals"]["old_source"].as_u64().unwrap() > 0);
    assert!(now["totals"]["unconfirmed"].as_u64().unwrap() > 0);
    assert!(markdown.starts_with("# Directory freshness"), "{markdown}");
    assert!(markdown.contains("| not confirmed |"), "{markdown}");
    // Two years on, every fact is due for a new check; with --months 36 none is.
    let (_, later, _) = report("2028-12-02T12:00:00Z", &[]);
    assert_eq!(later["totals"]["verified_long_ago"].as_u64(), Some(facts));
    let (_, patient, _) = report("2028-12-03T12:00:00Z", &["--months", "36"]);
    assert_eq!(patient["totals"]["verified_long_ago"], 0);
    assert_eq!(patient["thresholds"]["verified_months"], 36);
}

/// A server on loopback that serves the files in `dir`; returns its address.
async fn file_server(dir: std::path::PathBuf) -> std::net::SocketAddr {
    let app = axum::Router::new().fallback_service(tower_http::services::ServeDir::new(dir));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn import_regions_fetches_the_geo_files_from_an_address() {
    let work = tempfile::tempdir().unwrap();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let site = file_server(common::geo_dir()).await;
    let fetched = work.path().join("fetched.json");
    let from = format!("http://{site}/");
    let run = |args: Vec<String>, out: std::path::PathBuf| {
        let real = real.clone();
        tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            hulpwijzer(&args, &real, &out)
        })
    };
    let (ok, _, err) = run(
        vec!["import-regions".into(), "--from".into(), from],
        fetched.clone(),
    )
    .await
    .unwrap();
    assert!(ok, "{err}");
    let fetched = server::regions::data::read(&fetched).unwrap();
    assert_eq!(
        fetched,
        server::regions::data::import(&common::geo_dir()).unwrap()
    );

    // A folder without the postcode file: the import stops and names what is missing.
    let partial = work.path().join("partial");
    std::fs::create_dir_all(&partial).unwrap();
    for name in server::regions::data::GEO_FILES {
        if name != "pc4.csv" {
            std::fs::copy(common::geo_dir().join(name), partial.join(name)).unwrap();
        }
    }
    let site = file_server(partial).await;
    let (ok, _, err) = run(
        vec![
            "import-regions".into(),
            "--from".into(),
            format!("http://{site}"),
        ],
        work.path().join("never.json"),
    )
    .await
    .unwrap();
    assert!(!ok);
    assert!(err.contains("pc4.csv: the server answered 404"), "{err}");
    assert!(!work.path().join("never.json").exists());
}

#[test]
fn export_hsds_writes_every_service_with_the_same_ids_each_time() {
    let work = tempfile::tempdir().unwrap();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let regions = real.join("regions.json");
    let export = |name: &str| {
        let out = work.path().join(name);
        let (ok, stdout, err) =
            hulpwijzer(&["export-hsds", out.to_str().unwrap()], &real, &regions);
        assert!(ok, "{err}");
        assert!(stdout.contains("(HSDS 3.1)"), "{stdout}");
        let read = |file: &str| -> serde_json::Value {
            serde_json::from_str(&std::fs::read_to_string(out.join(file)).unwrap()).unwrap()
        };
        (read("services.json"), read("organizations.json"))
    };
    let (services, organizations) = export("first");
    let ids: std::collections::HashSet<&str> = services
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() > 100, "{}", ids.len());
    assert_eq!(
        ids.len(),
        services.as_array().unwrap().len(),
        "ids are unique"
    );
    assert!(organizations.as_array().unwrap().len() > 30);
    assert_eq!(export("second"), (services, organizations));
    let (ok, _, err) = hulpwijzer(&["export-hsds"], &real, &regions);
    assert!(!ok && err.contains("needs a folder"), "{err}");
}
