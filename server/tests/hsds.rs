//! The HSDS 3.1 records of the real directory, each validated against the Open Referral
//! JSON Schemas in ../shared/hsds (read from there, never copied); stable UUIDs checked
//! against an independent UUID v5 implementation; and a confidential place exported
//! without its address.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use server::{
    clock::Clock,
    directory::{self, Directory, model::Organisation},
    hsds,
    regions::data::{self, RegionData},
};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn real() -> (Directory, RegionData) {
    let regions = data::read(&root().join("data/regions.json")).unwrap();
    let directory = directory::load(&root().join("data"), &regions, Clock::System.today()).unwrap();
    (directory, regions)
}

/// The compiled schema `name` from ../shared/hsds.
fn schema(name: &str) -> jsonschema::Validator {
    let path = std::env::var_os("HULPWIJZER_HSDS_DIR")
        .map_or_else(|| root().join("../shared/hsds"), PathBuf::from)
        .join("schema/compiled")
        .join(name);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(Path::new(&path)).unwrap()).unwrap();
    // Formats (uuid, uri, date) are checked too, not only the shapes.
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn errors(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_service_and_organisation_is_valid_hsds() {
    let (directory, regions) = real();
    let services = hsds::services(&directory, &regions);
    assert_eq!(services.len(), directory.counts().0);
    let validator = schema("service.json");
    for service in &services {
        let value = serde_json::to_value(service).unwrap();
        let problems = errors(&validator, &value);
        assert!(problems.is_empty(), "{}: {problems:#?}", service.name);
    }
    let validator = schema("organization.json");
    for org in hsds::organizations(&directory) {
        let value = serde_json::to_value(&org).unwrap();
        let problems = errors(&validator, &value);
        assert!(problems.is_empty(), "{}: {problems:#?}", org.name);
    }
    // The check can fail: a service without its required name is refused, and so is an
    // id that is not a UUID.
    let validator = schema("service.json");
    let mut broken = serde_json::to_value(&services[0]).unwrap();
    broken.as_object_mut().unwrap().remove("name");
    assert!(!errors(&validator, &broken).is_empty());
    let mut broken = serde_json::to_value(&services[0]).unwrap();
    broken["id"] = serde_json::json!("csg-hulp");
    assert!(!errors(&validator, &broken).is_empty());
}

#[test]
fn the_records_carry_the_facts() {
    let (directory, regions) = real();
    let services = hsds::services(&directory, &regions);
    let csg = services
        .iter()
        .find(|s| s.alternate_name == "Help after sexual violence")
        .unwrap();
    // UUID v5 of "hulpwijzer:service:csg-hulp" in the project's namespace, worked out
    // with Python's uuid.uuid5.
    assert_eq!(csg.id.to_string(), "f81b1d92-4d2b-584b-b9d0-cac5f3eb7098");
    assert_eq!(
        csg.organization_id.to_string(),
        "5f20bd3b-af61-580a-b9c1-d250234b13e6"
    );
    assert!(
        csg.phones
            .iter()
            .any(|p| p.number == "0800-0188" && p.kind == "voice")
    );
    assert!(
        csg.schedules
            .iter()
            .any(|s| s.byday == "MO,TU,WE,TH,FR,SA,SU" && s.opens_at.is_none())
    );
    assert_eq!(csg.service_areas[0].description, "NL");
    assert_eq!(csg.cost_options[0].amount, Some(0.0));
    assert!(!csg.assured_date.is_empty());
    // A regional unit names its region; an island service its island.
    let regional = services
        .iter()
        .find(|s| {
            s.service_areas
                .iter()
                .any(|a| a.description.starts_with("VR"))
        })
        .unwrap();
    assert!(
        regional
            .service_areas
            .iter()
            .all(|a| a.name != a.description)
    );
    assert!(services.iter().any(|s| {
        s.service_areas
            .iter()
            .any(|a| a.name == "Bonaire" && a.description == "BQ-BO")
    }));
    // The same export twice gives the same UUIDs.
    assert_eq!(services, hsds::services(&directory, &regions));
}

#[test]
fn a_confidential_place_is_exported_without_its_address() {
    let (_, regions) = real();
    let org: Organisation = toml::from_str(
        r#"
id = "opvang"
name = "Opvang"
description = { nl = "Opvang.", en = "Shelter." }

[[service]]
id = "opvang-bed"
name = { nl = "Een veilige plek", en = "A safe place" }
description = { nl = "Een veilige plek.", en = "A safe place." }
audiences = ["victim"]
needs = ["safe_place"]
coverage = { national = true }
cost = "free"

[[service.location]]
name = "Opvanghuis"
confidential = true
front_gate = "Bel 0800-2000"
confirmed = true
source = "https://example.org/opvang"
verified = "2026-11-01"
verified_against = "dossier"

[[service.location]]
name = "Inloop"
address = "Oudegracht 1, 3511 AB Utrecht"
lat = 52.09
lon = 5.12
confirmed = true
source = "https://example.org/inloop"
verified = "2026-11-01"
verified_against = "dossier"
"#,
    )
    .unwrap();
    let directory = Directory {
        organisations: vec![org],
        holidays: Default::default(),
    };
    let service = &hsds::services(&directory, &regions)[0];
    let value = serde_json::to_value(service).unwrap();
    let problems = errors(&schema("service.json"), &value);
    assert!(problems.is_empty(), "{problems:#?}");
    let hidden = &service.service_at_locations[0].location;
    assert!(hidden.addresses.is_empty() && hidden.latitude.is_none());
    assert_eq!(hidden.description.as_deref(), Some("Bel 0800-2000"));
    let text = value.to_string();
    assert!(!text.contains("Oudegracht 1, 3511") && text.contains("Oudegracht 1"));
    let open = &service.service_at_locations[1].location.addresses[0];
    assert_eq!(
        (
            open.address_1.as_str(),
            open.postal_code.as_str(),
            open.city.as_str()
        ),
        ("Oudegracht 1", "3511 AB", "Utrecht")
    );
    assert_eq!(service.assured_date, "2026-11-01");
}
