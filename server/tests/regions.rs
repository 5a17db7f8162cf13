//! Region resolution on the real CBS / PDOK tables from ../shared/geo: postcodes (border
//! cases too), municipality names and codes, points, every island of the Caribbean
//! Netherlands, and garbage.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use server::regions::{
    LatLon, NamedIsland, Regions, ResolveError,
    data::{self, Named},
};
use std::{path::PathBuf, sync::OnceLock};

mod common;
use common::geo_dir;

fn regions() -> &'static Regions {
    static REGIONS: OnceLock<Regions> = OnceLock::new();
    REGIONS.get_or_init(|| Regions::new(data::import(&geo_dir()).unwrap()))
}

fn code(named: &Option<Named>) -> &str {
    named.as_ref().map_or("-", |n| n.code.as_str())
}

fn island(named: &Option<NamedIsland>) -> &'static str {
    named.as_ref().map_or("-", |n| n.island.id())
}

#[test]
fn the_committed_tables_are_what_the_import_derives_from_shared_geo() {
    let committed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/regions.json");
    let committed = data::read(&committed).unwrap();
    let derived = data::import(&geo_dir()).unwrap();
    assert!(
        committed == derived,
        "data/regions.json is out of date: run `hulpwijzer import-regions` and commit it"
    );
    assert!(committed.attribution.contains("CC-BY 4.0"));
}

#[test]
fn the_import_has_every_municipality_region_and_island() {
    let data = data::import(&geo_dir()).unwrap();
    assert_eq!(data.municipalities.len(), 342);
    assert_eq!(data.veiligheidsregios.len(), 25);
    assert_eq!(data.ggd_regions.len(), 25);
    assert_eq!(data.postcodes.len(), 4067);
    let islands: Vec<&str> = data.islands.iter().map(|i| i.id.id()).collect();
    assert_eq!(islands, ["bonaire", "sint_eustatius", "saba"]);
}

#[test]
fn the_derived_file_round_trips() {
    let data = data::import(&geo_dir()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/regions.json");
    data::write(&data, &path).unwrap();
    assert_eq!(data::read(&path).unwrap(), data);
    let missing = data::read(&dir.path().join("nope.json")).unwrap_err();
    assert!(missing.to_string().contains("import-regions"), "{missing}");
}

#[test]
fn inconsistent_geo_files_are_refused_with_the_file_named() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(geo_dir()).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
    }
    let pc4 = std::fs::read_to_string(dir.path().join("pc4.csv")).unwrap();
    std::fs::write(
        dir.path().join("pc4.csv"),
        pc4.replacen("3511,GM0344", "3511,GM9999", 1),
    )
    .unwrap();
    let err = data::import(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("pc4.csv") && err.contains("3511") && err.contains("GM9999"),
        "{err}"
    );
}

#[test]
fn postcodes_resolve_to_municipality_and_regions() {
    // (postcode as typed, municipality, veiligheidsregio, GGD region)
    let table = [
        ("3511", "GM0344", "VR09", "GG2514"),
        ("3511AB", "GM0344", "VR09", "GG2514"),
        ("3511 ab", "GM0344", "VR09", "GG2514"),
        ("1011", "GM0363", "VR13", "GG3406"),
        ("9999 XA", "GM1966", "VR01", "GG0111"),
        ("5671", "GM0820", "VR22", "GG5608"),
    ];
    for (postcode, gm, vr, ggd) in table {
        let r = regions().by_postcode(postcode).unwrap();
        assert_eq!(
            (
                code(&r.municipality),
                code(&r.veiligheidsregio),
                code(&r.ggd)
            ),
            (gm, vr, ggd),
            "{postcode}"
        );
        assert_eq!(r.emergency_number, "112");
        assert!(r.point.is_some());
    }
}

#[test]
fn border_postcodes_name_the_other_region_so_the_person_can_choose() {
    // (postcode, main municipality, other municipalities in another region)
    let table: [(&str, &str, &[&str]); 5] = [
        ("1252", "GM0417", &["GM0317"]),
        ("1393", "GM1904", &["GM1696", "GM0363"]),
        ("1426", "GM0736", &["GM0569"]),
        ("1115", "GM0437", &[]),
        ("3511", "GM0344", &[]),
    ];
    for (postcode, gm, others) in table {
        let r = regions().by_postcode(postcode).unwrap();
        assert_eq!(code(&r.municipality), gm, "{postcode}");
        let got: Vec<&str> = r.also_possible.iter().map(|n| n.code.as_str()).collect();
        assert_eq!(got, others, "{postcode}");
    }
}

#[test]
fn municipalities_by_code_name_and_alternative_name() {
    let table = [
        ("GM0344", "GM0344"),
        ("gm0344", "GM0344"),
        ("Utrecht", "GM0344"),
        ("  UTRECHT ", "GM0344"),
        ("Den Haag", "GM0518"),
        ("'s-Gravenhage", "GM0518"),
        ("s gravenhage", "GM0518"),
        ("Den Bosch", "GM0796"),
        ("Súdwest-Fryslân", "GM1900"),
        ("sudwest fryslan", "GM1900"),
        ("Laren", "GM0417"),
        ("Nuenen, Gerwen en Nederwetten", "GM0820"),
    ];
    for (text, gm) in table {
        let r = regions()
            .by_municipality(text)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(code(&r.municipality), gm, "{text:?}");
        assert_eq!(r.emergency_number, "112");
    }
}

#[test]
fn a_name_two_municipalities_share_asks_which_one() {
    let Err(ResolveError::AmbiguousMunicipality(options)) = regions().by_municipality("Bergen")
    else {
        panic!("Bergen should be ambiguous");
    };
    let codes: Vec<&str> = options.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(codes, ["GM0373", "GM0893"]);
}

#[test]
fn a_name_with_a_typo_offers_the_near_names_and_nonsense_offers_none() {
    let near = |text: &str| match regions().by_municipality(text) {
        Err(ResolveError::UnknownMunicipality(near)) => {
            near.into_iter().map(|n| n.name).collect::<Vec<_>>()
        }
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(near("Utrect").first().map(String::as_str), Some("Utrecht"));
    assert_eq!(
        near("Amsterdm").first().map(String::as_str),
        Some("Amsterdam")
    );
    assert_eq!(
        near("Rotterdma").first().map(String::as_str),
        Some("Rotterdam")
    );
    assert!(near("Groning").contains(&"Groningen".to_owned()));
    assert!(near("Atlantis").is_empty());
    assert!(near("Xyz").is_empty(), "short names need an exact match");
    assert!(near(&"a".repeat(10_000)).is_empty());
    for text in ["Utrect", "Amsterdm", "Bergn"] {
        assert!(near(text).len() <= server::regions::MAX_NEAR);
    }
}

#[test]
fn points_resolve_by_outline() {
    // (latitude, longitude, municipality): the Dom tower, Dam square, Vaals, Schiermonnikoog.
    let table = [
        (52.0908, 5.1217, "GM0344"),
        (52.3731, 4.8926, "GM0363"),
        (50.7720, 6.0180, "GM0981"),
        (53.4800, 6.1600, "GM0088"),
    ];
    for (lat, lon, gm) in table {
        let r = regions().by_point(lat, lon).unwrap();
        assert_eq!(code(&r.municipality), gm, "({lat}, {lon})");
        assert_eq!(r.point, Some(LatLon { lat, lon }));
    }
}

#[test]
fn every_island_has_911() {
    for (text, id) in [
        ("bonaire", "bonaire"),
        ("Bonaire", "bonaire"),
        ("sint_eustatius", "sint_eustatius"),
        ("Sint Eustatius", "sint_eustatius"),
        ("saba", "saba"),
        ("SABA", "saba"),
    ] {
        let r = regions().by_island(text).unwrap();
        assert_eq!(island(&r.island), id, "{text}");
        assert_eq!(r.emergency_number, "911", "{text}");
        assert!(r.municipality.is_none());
    }
    // Kralendijk, Oranjestad (Sint Eustatius), Windwardside (Saba).
    for (lat, lon, id) in [
        (12.1443, -68.2655, "bonaire"),
        (17.4817, -62.9833, "sint_eustatius"),
        (17.6230, -63.2330, "saba"),
    ] {
        let r = regions().by_point(lat, lon).unwrap();
        assert_eq!(
            (island(&r.island), r.emergency_number.as_str()),
            (id, "911"),
            "({lat}, {lon})"
        );
    }
}

#[test]
fn garbage_and_far_away_places_are_not_found_without_panicking() {
    let r = regions();
    for text in [
        "",
        "   ",
        "0000",
        "12345",
        "ABCD",
        "3511 ABC",
        "<script>",
        "💥💥💥💥",
        &"9".repeat(10_000),
    ] {
        assert!(r.by_postcode(text).is_err(), "{text:?}");
    }
    assert_eq!(r.by_postcode("1000"), Err(ResolveError::UnknownPostcode));
    for text in [
        "",
        "Atlantis",
        "GM9999",
        "<b>Utrecht</b>x",
        "'; DROP TABLE",
        &"a".repeat(10_000),
    ] {
        assert!(r.by_municipality(text).is_err(), "{text:?}");
    }
    for text in ["", "curacao", "aruba", "sint maarten"] {
        assert_eq!(
            r.by_island(text),
            Err(ResolveError::UnknownIsland),
            "{text:?}"
        );
    }
    // North Sea, Brussels, Curaçao, nowhere.
    for (lat, lon) in [
        (52.5, 3.5),
        (50.8503, 4.3517),
        (12.1696, -68.99),
        (0.0, 0.0),
    ] {
        assert_eq!(
            r.by_point(lat, lon),
            Err(ResolveError::OutsideTheNetherlands),
            "({lat}, {lon})"
        );
    }
    for (lat, lon) in [
        (f64::NAN, 5.0),
        (52.0, f64::INFINITY),
        (91.0, 5.0),
        (52.0, -181.0),
    ] {
        assert_eq!(
            r.by_point(lat, lon),
            Err(ResolveError::InvalidCoordinates),
            "({lat}, {lon})"
        );
    }
}

#[test]
fn one_resolver_takes_every_kind_of_place() {
    let place = |json: serde_json::Value| -> hulpwijzer_core::triage::Place {
        serde_json::from_value(json).unwrap()
    };
    let r = regions();
    let utrecht = r
        .resolve(&place(serde_json::json!({"municipality": "Utrecht"})))
        .unwrap();
    assert_eq!(code(&utrecht.municipality), "GM0344");
    let by_postcode = r
        .resolve(&place(serde_json::json!({"postcode": "3511 AB"})))
        .unwrap();
    assert_eq!(code(&by_postcode.municipality), "GM0344");
    // An island's name typed where a municipality goes is the island.
    let saba = r
        .resolve(&place(serde_json::json!({"municipality": "Saba"})))
        .unwrap();
    assert_eq!(
        (island(&saba.island), saba.emergency_number.as_str()),
        ("saba", "911")
    );
    let bonaire = r
        .resolve(&place(serde_json::json!({"island": "bonaire"})))
        .unwrap();
    assert_eq!(island(&bonaire.island), "bonaire");
    assert!(matches!(
        r.resolve(&place(serde_json::json!({"municipality": "Utrect"}))),
        Err(ResolveError::UnknownMunicipality(near)) if near.iter().any(|n| n.name == "Utrecht")
    ));
}
