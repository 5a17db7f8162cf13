//! The HSDS 3.1 records of the real directory, each validated against the Open Referral
//! JSON Schemas in ../shared/hsds (read from there, never copied); stable UUIDs checked
//! against an independent UUID v5 implementation; a confidential place exported without
//! its address; and the open-data API under `/api/v1/hsds/`, every page and every record
//! it serves validated the same way, its pages against the reference API's `Page`.
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

mod common;
mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn real() -> (Directory, RegionData) {
    let regions = data::read(&root().join("data/regions.json")).unwrap();
    let directory = directory::load(&root().join("data"), &regions, Clock::System.today()).unwrap();
    (directory, regions)
}

/// A file of ../shared/hsds/schema as JSON.
fn schema_file(name: &str) -> serde_json::Value {
    let path = std::env::var_os("HULPWIJZER_HSDS_DIR")
        .map_or_else(|| root().join("../shared/hsds"), PathBuf::from)
        .join("schema")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(Path::new(&path)).unwrap()).unwrap()
}

fn validator(schema: &serde_json::Value) -> jsonschema::Validator {
    // Formats (uuid, uri, date) are checked too, not only the shapes.
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .unwrap()
}

/// The compiled schema `name` from ../shared/hsds.
fn schema(name: &str) -> jsonschema::Validator {
    validator(&schema_file(&format!("compiled/{name}")))
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

/// An organisation with a confidential place and an open one.
const WITH_PLACES: &str = r#"
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
"#;

#[test]
fn a_confidential_place_is_exported_without_its_address() {
    let (_, regions) = real();
    let org: Organisation = toml::from_str(WITH_PLACES).unwrap();
    let directory = Directory {
        organisations: vec![org],
        holidays: Default::default(),
        read_from: 0,
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

/// Copies the folder `from` into `to`, sub-folders too.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The reference API's `Page` (openapi.json), with every one of its fields required.
fn page_schema() -> jsonschema::Validator {
    let openapi = schema_file("openapi.json");
    let mut page = openapi["components"]["schemas"]["Page"].clone();
    let fields: Vec<serde_json::Value> = page["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| serde_json::json!(k))
        .collect();
    assert!(fields.len() >= 7, "{page}");
    page["required"] = serde_json::Value::Array(fields);
    validator(&page)
}

async fn api(
    app: &axum::Router,
    path: &str,
) -> (
    axum::http::StatusCode,
    axum::http::HeaderMap,
    serde_json::Value,
) {
    let (status, headers, body) = support::get(app, path, None).await;
    let json = serde_json::from_str(&body).unwrap_or(serde_json::Value::Null);
    (status, headers, json)
}

/// Every record of a paginated list, walking its pages `per_page` at a time; each page
/// checked against `Page` and each record against the list schema `item`.
async fn walk(
    app: &axum::Router,
    list: &str,
    per_page: usize,
    item: &str,
) -> Vec<serde_json::Value> {
    let page_check = page_schema();
    let item_check = schema(item);
    let mut all = Vec::new();
    for number in 1.. {
        let (status, headers, page) =
            api(app, &format!("{list}?page={number}&per_page={per_page}")).await;
        assert_eq!(status, axum::http::StatusCode::OK, "{page}");
        assert_eq!(headers["access-control-allow-origin"], "*");
        assert_eq!(headers["cache-control"], "public, max-age=3600");
        let problems = errors(&page_check, &page);
        assert!(problems.is_empty(), "{list} page {number}: {problems:#?}");
        assert_eq!(page["page_number"], number);
        assert_eq!(page["first_page"], number == 1);
        let contents = page["contents"].as_array().unwrap().clone();
        assert_eq!(page["size"], contents.len());
        for record in &contents {
            let problems = errors(&item_check, record);
            assert!(problems.is_empty(), "{list}: {problems:#?}");
        }
        all.extend(contents);
        if page["last_page"] == true {
            assert_eq!(page["total_pages"], if all.is_empty() { 0 } else { number });
            assert_eq!(page["total_items"], all.len());
            break;
        }
    }
    all
}

#[tokio::test]
async fn the_open_data_api_serves_every_record_valid_and_paged() {
    // The real directory has no places yet: one organisation with two is added.
    let data = tempfile::tempdir().unwrap();
    copy_dir(&root().join("data"), data.path());
    std::fs::write(data.path().join("organisations/opvang.toml"), WITH_PLACES).unwrap();
    let folder = data.path().to_path_buf();
    let (_dir, app) = support::site_with(move |config| config.data_dir = folder);
    let regions = data::read(&root().join("data/regions.json")).unwrap();
    let directory = directory::load(data.path(), &regions, Clock::System.today()).unwrap();

    let (status, headers, root) = api(&app, "/api/v1/hsds/").await;
    assert_eq!(status, axum::http::StatusCode::OK);
    assert_eq!(root["version"], "3.1");
    assert!(
        root["openapi_url"]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    assert_eq!(headers["access-control-allow-origin"], "*");

    let services = walk(&app, "/api/v1/hsds/services", 7, "service_list.json").await;
    let exported = hsds::services(&directory, &regions);
    let ids = |list: &[serde_json::Value]| -> Vec<String> {
        list.iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(&services),
        exported
            .iter()
            .map(|s| s.id.to_string())
            .collect::<Vec<_>>()
    );
    let whole = schema("service.json");
    for id in ids(&services) {
        let (status, _, record) = api(&app, &format!("/api/v1/hsds/services/{id}")).await;
        assert_eq!(status, axum::http::StatusCode::OK);
        let problems = errors(&whole, &record);
        assert!(problems.is_empty(), "{id}: {problems:#?}");
    }

    let organizations = walk(
        &app,
        "/api/v1/hsds/organizations",
        10,
        "organization_list.json",
    )
    .await;
    assert_eq!(organizations.len(), directory.organisations.len());
    let whole = schema("organization.json");
    for id in ids(&organizations) {
        let (status, _, record) = api(&app, &format!("/api/v1/hsds/organizations/{id}")).await;
        assert_eq!(status, axum::http::StatusCode::OK);
        assert!(errors(&whole, &record).is_empty(), "{id}");
    }

    let places = walk(
        &app,
        "/api/v1/hsds/service_at_locations",
        5,
        "service_at_location_list.json",
    )
    .await;
    let expected: usize = exported.iter().map(|s| s.service_at_locations.len()).sum();
    assert_eq!(expected, 2);
    assert_eq!(places.len(), expected);
    let whole = schema("service_at_location.json");
    for id in ids(&places) {
        let (status, _, record) =
            api(&app, &format!("/api/v1/hsds/service_at_locations/{id}")).await;
        assert_eq!(status, axum::http::StatusCode::OK);
        assert!(errors(&whole, &record).is_empty(), "{id}");
        assert!(record["service"]["name"].is_string(), "{record}");
    }
}

#[tokio::test]
async fn the_open_data_api_filters_by_organisation_and_refuses_what_it_does_not_do() {
    let (_dir, app) = support::site();
    let csg = hsds::uuid("organization", "csg");
    let (_, _, page) = api(
        &app,
        &format!("/api/v1/hsds/services?organization_id={csg}&per_page=100"),
    )
    .await;
    let contents = page["contents"].as_array().unwrap();
    assert!(!contents.is_empty());
    assert!(
        contents
            .iter()
            .all(|s| s["organization_id"] == csg.to_string()),
        "{page}"
    );

    for (query, field) in [
        ("search=verkrachting", "search"),
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("page=x", "page"),
        ("organization_id=csg", "organization_id"),
    ] {
        let (status, headers, body) = api(&app, &format!("/api/v1/hsds/services?{query}")).await;
        assert_eq!(status, axum::http::StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"]["field"], field, "{query}: {body}");
        assert_eq!(
            headers["cache-control"], "no-store",
            "errors are not cached"
        );
        assert_eq!(headers["access-control-allow-origin"], "*");
    }
    let (_, _, past) = api(&app, "/api/v1/hsds/organizations?page=999").await;
    assert_eq!(past["empty"], true);
    for missing in [
        "/api/v1/hsds/services/not-a-uuid",
        "/api/v1/hsds/organizations/e3628fa6-630b-42af-9c50-49199917bae9",
    ] {
        let (status, _, body) = api(&app, missing).await;
        assert_eq!(status, axum::http::StatusCode::NOT_FOUND, "{missing}");
        assert_eq!(body["error"]["code"], "not_found");
    }
    // The rest of the API stays same-site and unstored.
    let (_, headers, _) = api(&app, "/api/v1/organisations").await;
    assert!(headers.get("access-control-allow-origin").is_none());
    assert_eq!(headers["cache-control"], "no-store");
}

#[test]
fn the_catalogue_makes_the_same_records_as_the_export_by_page_id_and_organisation() {
    let data = tempfile::tempdir().unwrap();
    copy_dir(&root().join("data"), data.path());
    std::fs::write(data.path().join("organisations/opvang.toml"), WITH_PLACES).unwrap();
    let regions = data::read(&root().join("data/regions.json")).unwrap();
    let directory = directory::load(data.path(), &regions, Clock::System.today()).unwrap();
    let exported = hsds::services(&directory, &regions);
    let organizations = hsds::organizations(&directory);
    let catalogue = hsds::Catalogue::new(
        std::sync::Arc::new(directory),
        std::sync::Arc::new(server::regions::Regions::new(regions)),
    );

    // Page by page, in the export's order, the records are the export's records.
    let mut paged = Vec::new();
    for number in 1..=exported.len().div_ceil(7) {
        let page = catalogue.services(None, number, 7);
        assert_eq!(page.total_items, exported.len());
        paged.extend(page.contents);
    }
    assert_eq!(paged, exported);
    for service in &exported {
        assert_eq!(catalogue.service(service.id).as_ref(), Some(service));
    }
    assert_eq!(
        catalogue.service(hsds::uuid("service", "no-such-service")),
        None
    );

    // One organisation's services are exactly those the export gives it.
    for org in &organizations {
        let own: Vec<_> = exported
            .iter()
            .filter(|s| s.organization_id == org.id)
            .cloned()
            .collect();
        let page = catalogue.services(Some(org.id), 1, 100);
        assert_eq!(page.contents, own, "{}", org.name);
        assert_eq!(page.total_items, own.len());
        assert_eq!(catalogue.organization(org.id).as_ref(), Some(org));
    }
    let unknown = hsds::uuid("organization", "no-such-organisation");
    assert!(catalogue.services(Some(unknown), 1, 100).empty);
    assert!(catalogue.service_at_locations(Some(unknown), 1, 100).empty);
    assert_eq!(catalogue.organization(unknown), None);
    assert_eq!(
        catalogue.organizations(1, 100).total_items,
        organizations.len()
    );

    // Each place is listed with its service in brief, and found by its own id.
    let places: Vec<_> = exported
        .iter()
        .flat_map(|s| s.service_at_locations.iter().map(move |at| (s, at)))
        .collect();
    assert_eq!(places.len(), 2);
    let listed = catalogue.service_at_locations(None, 1, 100).contents;
    assert_eq!(listed.len(), places.len());
    for ((service, at), entry) in places.iter().zip(&listed) {
        assert_eq!(&entry.at, *at);
        assert_eq!(entry.service.id, service.id);
        assert_eq!(entry.service.organization_id, service.organization_id);
        assert_eq!(entry.service.name, service.name);
        assert_eq!(catalogue.service_at_location(at.id).as_ref(), Some(entry));
    }
    let opvang = hsds::uuid("organization", "opvang");
    assert_eq!(
        catalogue
            .service_at_locations(Some(opvang), 1, 100)
            .contents,
        listed
    );
}
