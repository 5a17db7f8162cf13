//! The triage engine on a small world made here: two made-up municipalities with one
//! postcode each, the three islands, one public holiday, and a directory with one small
//! service for every id the engine names plus a regional unit of the sexual violence
//! centre in each municipality. It needs neither ../shared/geo nor the wall clock: every
//! plan is made at a moment written in the test. The real data has its own scenario table
//! (tests/triage.rs).
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use hulpwijzer_core::{
    i18n::Lang,
    triage::{
        Answers, Place,
        plan::{Plan, PlanStep},
    },
    vocab::{Island, Role, Setting, What, When},
};
use server::{
    directory::{self, Directory},
    regions::{
        Regions, ResolveError,
        data::{IslandRow, MunicipalityRow, Named, PostcodeRow, RegionData},
    },
    triage::{
        Triage, guidance,
        ids::{self, Kind},
    },
};
use std::{collections::BTreeMap, fmt::Write as _, path::PathBuf, sync::Arc};

/// A municipality that is a square of 0.1° with its south-west corner at (`lat`, `lon`),
/// in its own veiligheidsregio and GGD region, with one postcode area.
fn municipality(n: u16, name: &str, lat: f64, lon: f64) -> (MunicipalityRow, PostcodeRow) {
    let ring = vec![
        (lon, lat),
        (lon + 0.1, lat),
        (lon + 0.1, lat + 0.1),
        (lon, lat + 0.1),
        (lon, lat),
    ];
    let middle = (lat + 0.05, lon + 0.05);
    (
        MunicipalityRow {
            code: format!("GM{n:04}"),
            name: name.to_owned(),
            name_plain: name.to_lowercase(),
            vr_code: format!("VR{n:02}"),
            ggd_code: format!("GG{n:04}"),
            vt_region_inferred: name.to_owned(),
            label: middle,
            polygons: vec![vec![ring]],
        },
        PostcodeRow {
            pc4: n * 1000,
            gm_code: format!("GM{n:04}"),
            other_gm_codes: Vec::new(),
            label: middle,
        },
    )
}

fn region_table() -> RegionData {
    let (zuid, pc_zuid) = municipality(1, "Zuidstad", 52.0, 5.0);
    let (noord, pc_noord) = municipality(2, "Noordstad", 53.0, 5.0);
    let named = |code: &str, name: &str| Named {
        code: code.to_owned(),
        name: name.to_owned(),
    };
    let island = |id, code: &str, name: &str, approx| IslandRow {
        id,
        code: code.to_owned(),
        name: name.to_owned(),
        emergency_number: "911".to_owned(),
        approx,
    };
    RegionData {
        attribution: "made up for the test".to_owned(),
        municipalities: vec![zuid, noord],
        veiligheidsregios: vec![named("VR01", "Zuid"), named("VR02", "Noord")],
        ggd_regions: vec![named("GG0001", "GGD Zuid"), named("GG0002", "GGD Noord")],
        postcodes: vec![pc_zuid, pc_noord],
        islands: vec![
            island(Island::Bonaire, "BQ-BO", "Bonaire", (12.2, -68.26)),
            island(
                Island::SintEustatius,
                "BQ-SE",
                "Sint Eustatius",
                (17.49, -62.98),
            ),
            island(Island::Saba, "BQ-SA", "Saba", (17.63, -63.24)),
        ],
    }
}

/// Office hours, Monday to Friday 09:00–17:00, from a recent source.
const OFFICE: &str = "hours = { weekly = [{ days = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"], open = \"09:00\", close = \"17:00\" }], source_date = \"2026\" }";
const ALWAYS: &str = "hours = { always = true }";

/// One service in the data files' form, with one phone contact.
fn service(id: &str, coverage: &str, phone: &str, hours: &str) -> String {
    format!(
        r#"
[[service]]
id = "{id}"
name.nl = "Dienst {id}"
name.en = "Service {id}"
description.nl = "Een dienst om te testen."
description.en = "A service for testing."
audiences = ["victim", "relative", "bystander", "professional", "own_behaviour"]
needs = ["talk"]
coverage = {coverage}
cost = "free"

[[service.contact]]
channel = "phone"
value = "{phone}"
{hours}
confirmed = true
source = "https://example.org/{id}"
verified = "2026-11-01"
verified_against = "dossier"
"#
    )
}

/// The organisation a named service belongs to here: the regional organisations hold
/// theirs (`csg-hulp` in `csg`, `sense` in `sense`), every other service is an organisation of its own, with the same id (as `alarm-112`
/// is in the real data).
fn organisation_of(service_id: &str, regional: &[&str]) -> String {
    regional
        .iter()
        .find(|org| service_id == **org || service_id.starts_with(&format!("{org}-")))
        .map_or(service_id, |org| *org)
        .to_owned()
}

/// The directory files: every id the engine names, Slachtofferhulp with office hours
/// (`office`), and a CSG unit for each municipality.
fn write_directory(dir: &std::path::Path, slachtofferhulp_hours: &str) {
    let named = ids::named();
    let regional: Vec<&str> = named
        .iter()
        .filter(|n| n.kind == Kind::Organisation)
        .map(|n| n.id)
        .collect();
    let mut files: BTreeMap<String, String> = regional
        .iter()
        .map(|org| ((*org).to_owned(), String::new()))
        .collect();
    let mut services: Vec<&str> = named
        .iter()
        .filter(|n| n.kind == Kind::Service)
        .map(|n| n.id)
        .collect();
    services.sort_unstable();
    services.dedup();
    for (i, id) in services.iter().enumerate() {
        let (phone, hours) = match *id {
            "alarm-112" => ("112".to_owned(), ALWAYS),
            "bes-911" => ("911".to_owned(), ALWAYS),
            "slachtofferhulp" => ("0800-0001".to_owned(), slachtofferhulp_hours),
            _ => (format!("0800-{:04}", 1000 + i), ALWAYS),
        };
        let coverage = match *id {
            "bes-911" => "{ islands = [\"bonaire\", \"sint_eustatius\", \"saba\"] }",
            // As in the real data: the facts give its reach as the European Netherlands.
            "arbeidsinspectie" => "{ national = true, european_only = true }",
            _ => "{ national = true }",
        };
        files
            .entry(organisation_of(id, &regional))
            .or_default()
            .push_str(&service(id, coverage, &phone, hours));
    }
    for (n, vr) in [(1, "VR01"), (2, "VR02")] {
        let unit = service(
            &format!("csg-unit-{n}"),
            &format!("{{ veiligheidsregios = [\"{vr}\"] }}"),
            &format!("0800-010{n}"),
            ALWAYS,
        );
        files.entry("csg".to_owned()).or_default().push_str(&unit);
    }
    let organisations = dir.join("organisations");
    std::fs::create_dir_all(&organisations).unwrap();
    for (org, services) in files {
        let mut text = String::new();
        writeln!(text, "id = \"{org}\"\nname = \"Organisatie {org}\"").unwrap();
        writeln!(
            text,
            "description.nl = \"Een organisatie om te testen.\"\ndescription.en = \"An organisation for testing.\""
        )
        .unwrap();
        text.push_str(&services);
        std::fs::write(organisations.join(format!("{org}.toml")), text).unwrap();
    }
    std::fs::write(
        dir.join("holidays.toml"),
        "[[holiday]]\nid = \"kerst\"\nname = { nl = \"Eerste Kerstdag\", en = \"Christmas Day\" }\nrule = { date = \"12-25\" }\nplaces = [\"europe\"]\nsources = [\"https://example.org/kerst\"]\nconfirmed = true\n",
    )
    .unwrap();
}

/// The engine over the small world; Slachtofferhulp answers in `slachtofferhulp_hours`.
struct World {
    triage: Triage,
    regions: Regions,
}

fn world(slachtofferhulp_hours: &str) -> World {
    let dir = tempfile::tempdir().unwrap();
    write_directory(dir.path(), slachtofferhulp_hours);
    let regions = region_table();
    let today = jiff::civil::date(2026, 12, 2);
    let directory: Directory = directory::load(dir.path(), &regions, today).unwrap();
    let real_data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let guidance = guidance::load(&real_data).unwrap();
    World {
        triage: Triage::new(Arc::new(directory), guidance).unwrap(),
        regions: Regions::new(regions),
    }
}

/// The UTC second of a moment written in RFC 3339 with its offset.
fn at(moment: &str) -> i64 {
    moment.parse::<jiff::Timestamp>().unwrap().as_second()
}

const WEDNESDAY_AFTERNOON: &str = "2026-12-02T14:00:00+01:00";
const WEDNESDAY_NIGHT: &str = "2026-12-02T23:35:00+01:00";
const CHRISTMAS_AFTERNOON: &str = "2026-12-25T14:00:00+01:00";

impl World {
    fn plan(&self, answers: &Answers, moment: &str) -> Plan {
        self.triage
            .plan(&self.regions, answers, Lang::Nl, at(moment))
    }
}

fn step<'a>(plan: &'a Plan, unit: &str) -> &'a PlanStep {
    plan.steps
        .iter()
        .find(|s| s.unit_id == unit)
        .unwrap_or_else(|| panic!("no step {unit} in {:?}", ids_of(plan)))
}

fn ids_of(plan: &Plan) -> Vec<&str> {
    plan.steps.iter().map(|s| s.unit_id.as_str()).collect()
}

fn postcode(code: &str) -> Option<Place> {
    Some(Place::Postcode {
        postcode: code.to_owned(),
    })
}

#[test]
fn a_place_is_resolved_in_the_small_table_and_gets_its_own_regional_unit() {
    let world = world(OFFICE);
    for (code, name, unit, other) in [
        ("1000", "Zuidstad", "csg-unit-1", "csg-unit-2"),
        ("2000", "Noordstad", "csg-unit-2", "csg-unit-1"),
    ] {
        let answers = Answers {
            role: Some(Role::Victim),
            what: vec![What::RapeOrAssault],
            when: Some(When::Within72h),
            location: postcode(code),
            ..Answers::default()
        };
        let plan = world.plan(&answers, WEDNESDAY_AFTERNOON);
        let region = plan.region.as_ref().unwrap();
        assert_eq!(region.municipality.as_ref().unwrap().name, name);
        let units: Vec<&str> = region.units.iter().map(|u| u.unit_id.as_str()).collect();
        assert!(units.contains(&unit), "{units:?}");
        assert!(!units.contains(&other), "{units:?}");
        // The acute first step is the centre for this place, not the other one.
        assert_eq!(plan.steps[0].unit_id, unit, "{:?}", ids_of(&plan));
    }
}

#[test]
fn an_unknown_name_gets_near_names_and_a_national_plan_that_says_so() {
    let world = world(OFFICE);
    let typo = Place::Municipality {
        municipality: "Zuidstadt".to_owned(),
    };
    match world.regions.resolve(&typo) {
        Err(ResolveError::UnknownMunicipality(near)) => {
            assert_eq!(near.first().map(|n| n.name.as_str()), Some("Zuidstad"));
        }
        other => panic!("{other:?}"),
    }
    let answers = Answers {
        role: Some(Role::Victim),
        location: Some(typo),
        ..Answers::default()
    };
    let plan = world.plan(&answers, WEDNESDAY_AFTERNOON);
    assert!(plan.region.is_none());
    assert!(
        plan.notes.iter().any(|n| n.contains("niet gevonden")),
        "{:?}",
        plan.notes
    );
}

#[test]
fn danger_calls_911_on_an_island_and_112_elsewhere() {
    let world = world(OFFICE);
    let danger = |location| Answers {
        danger_now: Some(true),
        location,
        ..Answers::default()
    };
    let urgent =
        |plan: &Plan| -> Vec<String> { plan.urgent.iter().map(|u| u.service_id.clone()).collect() };
    let saba = world.plan(
        &danger(Some(Place::Island {
            island: Island::Saba,
        })),
        WEDNESDAY_NIGHT,
    );
    assert_eq!(urgent(&saba), ["bes-911"]);
    assert_eq!(saba.region.as_ref().unwrap().emergency_number, "911");
    let zuidstad = world.plan(&danger(postcode("1000")), WEDNESDAY_NIGHT);
    assert_eq!(urgent(&zuidstad), ["alarm-112"]);
    assert_eq!(zuidstad.region.as_ref().unwrap().emergency_number, "112");
}

#[test]
fn the_bystander_s_advice_names_the_emergency_number_of_the_place() {
    let world = world(OFFICE);
    let bystander = |location| Answers {
        role: Some(Role::Bystander),
        what: vec![What::Harassment],
        location,
        ..Answers::default()
    };
    let bonaire = Some(Place::Island {
        island: Island::Bonaire,
    });
    for (location, number, other) in [(bonaire, "911", "112"), (postcode("1000"), "112", "911")] {
        let plan = world.plan(&bystander(location), WEDNESDAY_NIGHT);
        let advice = plan
            .guidance
            .iter()
            .find(|g| g.id == "bystander_5d")
            .unwrap();
        let said = [advice.text.as_str()]
            .into_iter()
            .chain(advice.steps.iter().map(String::as_str));
        let said: Vec<&str> = said.collect();
        assert!(
            said.iter().any(|s| s.contains(&format!("Bel {number}."))),
            "{said:?}"
        );
        assert!(
            said.iter().all(|s| !s.contains(other) && !s.contains('{')),
            "{said:?}"
        );
    }
    // Without a place: both, 911 named for the islands.
    let plan = world.plan(&bystander(None), WEDNESDAY_NIGHT);
    let steps = &plan
        .guidance
        .iter()
        .find(|g| g.id == "bystander_5d")
        .unwrap()
        .steps;
    assert_eq!(
        steps[0],
        "Is iemand in direct gevaar? Bel 112 (op Bonaire, Sint Eustatius en Saba: 911)."
    );
}

#[test]
fn advice_on_an_island_names_no_help_that_is_not_there() {
    let world = world(OFFICE);
    let at_work = |location| Answers {
        role: Some(Role::Victim),
        what: vec![What::RapeOrAssault],
        when: Some(When::Within72h),
        setting: vec![Setting::Work],
        location,
        ..Answers::default()
    };
    let text_of = |plan: &Plan, id: &str| {
        plan.guidance
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.text.clone())
            .unwrap_or_else(|| panic!("no {id} in {:?}", plan.guidance))
    };
    let saba = Some(Place::Island {
        island: Island::Saba,
    });
    let on_saba = world.plan(&at_work(saba), WEDNESDAY_AFTERNOON);
    let in_zuidstad = world.plan(&at_work(postcode("1000")), WEDNESDAY_AFTERNOON);
    for id in ["vertrouwenspersoon", "forensic_preserve_evidence"] {
        let (island, mainland) = (text_of(&on_saba, id), text_of(&in_zuidstad, id));
        assert!(
            island.contains("Slachtofferhulp Caribisch Nederland"),
            "{id}: {island}"
        );
        assert!(
            !island.contains("0800") && !island.contains("Centrum Seksueel Geweld"),
            "{id}: {island}"
        );
        assert_ne!(island, mainland, "{id}");
    }
    assert!(text_of(&in_zuidstad, "vertrouwenspersoon").contains("0800-0188"));
}

/// Someone who answered as `role`, about an assault at work in the last days with images
/// online, in `location`: a plan that holds every advice block that speaks about the person
/// it happened to.
fn assault_at_work_with_images(role: Role, location: Option<Place>) -> Answers {
    Answers {
        role: Some(role),
        what: vec![What::RapeOrAssault, What::Online],
        when: Some(When::Within72h),
        setting: vec![Setting::Work],
        consent: Some(true),
        location,
        ..Answers::default()
    }
}

/// The titles and texts of a plan's advice, by block id.
fn advice(plan: &Plan) -> BTreeMap<&str, String> {
    plan.guidance
        .iter()
        .map(|g| (g.id.as_str(), format!("{} {}", g.title, g.text)))
        .collect()
}

/// What the facts (shared/directory-facts) do not place on the islands: the Centrum
/// Seksueel Geweld and its forensic examination (not_found), the zedenrechercheur's
/// information meeting (politie, not kpcn), the GP, union and Dutch sector bodies as the
/// way on without a vertrouwenspersoon, and how common one is (vertrouwenspersoon: European
/// Netherlands), Veilig Thuis and its meldcode (veilig_thuis_regions: European
/// Netherlands), and an anonymous phone line for one's own behaviour (Stop it Now!'s is an
/// 0800 number).
const NOT_ON_THE_ISLANDS: [&str; 25] = [
    "Veilig Thuis",
    "meldcode",
    "reporting code",
    "anoniem bellen",
    "call or chat",
    "Centrum Seksueel Geweld",
    "sporenonderzoek",
    "forensic examination",
    "zedenrechercheur",
    "sexual offences detective",
    "informatief gesprek",
    "information meeting",
    "huisarts",
    " GP",
    "vakbond",
    "trade union",
    "Arbeidsinspectie",
    "Mores",
    "Centrum Veilige Sport",
    "vertrouwensinspecteur",
    "confidential inspector",
    "veel werkplekken",
    "Many workplaces",
    "0800",
    "0900",
];

#[test]
fn advice_on_an_island_says_only_what_the_facts_say_there() {
    let world = world(OFFICE);
    let saba = || {
        Some(Place::Island {
            island: Island::Saba,
        })
    };
    let mut read = 0;
    let own_thoughts = Answers {
        role: Some(Role::OwnBehaviour),
        what: vec![What::ThoughtsOnly],
        location: saba(),
        ..Answers::default()
    };
    let assault = |role| assault_at_work_with_images(role, saba());
    let after_an_assault = [
        "forensic_preserve_evidence",
        "report_or_not",
        "vertrouwenspersoon",
        "online_images",
    ];
    let told: [(Answers, &[&str], &str); 5] = [
        (
            assault(Role::Victim),
            &after_an_assault,
            "safety_quick_exit",
        ),
        (
            assault(Role::Relative),
            &after_an_assault,
            "when_someone_confides",
        ),
        (assault(Role::Bystander), &after_an_assault, "bystander_5d"),
        (
            assault(Role::Professional),
            &after_an_assault,
            "professional_referral_consent",
        ),
        (own_thoughts, &[], "own_behaviour_first_steps"),
    ];
    for (answers, blocks, own_block) in &told {
        let role = answers.role;
        for lang in [Lang::Nl, Lang::En] {
            let plan = world
                .triage
                .plan(&world.regions, answers, lang, at(WEDNESDAY_AFTERNOON));
            let advice = advice(&plan);
            for id in blocks.iter().chain([own_block]) {
                assert!(advice.contains_key(id), "{role:?}: no {id} in {advice:?}");
            }
            for (id, said) in &advice {
                read += 1;
                for missing in NOT_ON_THE_ISLANDS {
                    assert!(!said.contains(missing), "{role:?} {id}: {missing}: {said}");
                }
                // The facts say the KPCN takes reports (kpcn: "report / aangifte on BES
                // islands"), not that it advises on evidence or anything else.
                let reports = match lang {
                    Lang::Nl => "aangifte",
                    Lang::En => "report",
                };
                for sentence in said.split(['.', '?']).filter(|s| s.contains("KPCN")) {
                    let sentence = sentence.to_lowercase();
                    assert!(sentence.contains(reports), "{role:?} {id}: {sentence}");
                }
            }
        }
    }
    assert!(read >= 30, "the plans hold the advice ({read})");
}

#[test]
fn a_relative_or_bystander_reads_advice_about_the_person_it_happened_to() {
    let world = world(OFFICE);
    let victim_voiced = [
        "forensic_preserve_evidence",
        "report_or_not",
        "vertrouwenspersoon",
        "online_images",
    ];
    let places = || {
        [
            postcode("1000"),
            Some(Place::Island {
                island: Island::Saba,
            }),
        ]
    };
    for (lang, about) in [
        (Lang::Nl, "wie dit overkwam"),
        (Lang::En, "the person it happened to"),
    ] {
        for location in places() {
            let plan_for = |role| {
                let answers = assault_at_work_with_images(role, location.clone());
                world
                    .triage
                    .plan(&world.regions, &answers, lang, at(WEDNESDAY_AFTERNOON))
            };
            let victim = plan_for(Role::Victim);
            let own = advice(&victim);
            for role in [Role::Relative, Role::Bystander] {
                let plan = plan_for(role);
                let others = advice(&plan);
                for id in victim_voiced {
                    let said = others
                        .get(id)
                        .unwrap_or_else(|| panic!("{role:?}: no {id} in {others:?}"));
                    assert!(
                        said.to_lowercase().contains(about),
                        "{role:?} {id} {location:?}: {said}"
                    );
                    assert_ne!(Some(said), own.get(id), "{role:?} {id} {location:?}");
                }
            }
        }
    }
}

/// A bystander whose friend was groped in a club in Zuidstad, in the last days.
fn groped_in_a_club_in_zuidstad() -> Answers {
    Answers {
        role: Some(Role::Bystander),
        what: vec![What::Harassment],
        setting: vec![Setting::Nightlife],
        when: Some(When::Within72h),
        location: postcode("1000"),
        ..Answers::default()
    }
}

#[test]
fn the_moment_decides_what_comes_first_for_a_bystander_and_what_is_open() {
    let world = world(OFFICE);
    let answers = groped_in_a_club_in_zuidstad();
    let day = world.plan(&answers, WEDNESDAY_AFTERNOON);
    let night = world.plan(&answers, WEDNESDAY_NIGHT);
    let christmas = world.plan(&answers, CHRISTMAS_AFTERNOON);
    // At night, outside office hours, the 24/7 centre comes first; by day it does not.
    assert_eq!(night.steps[0].unit_id, "csg-unit-1", "{:?}", ids_of(&night));
    assert_ne!(day.steps[0].unit_id, "csg-unit-1", "{:?}", ids_of(&day));
    let open = |plan: &Plan| step(plan, "slachtofferhulp").contacts[0].view.open_now;
    assert_eq!(open(&day), Some(true));
    assert_eq!(open(&night), Some(false));
    // Christmas Day is a Friday in 2026: office hours, but a public holiday.
    let holiday = &step(&christmas, "slachtofferhulp").contacts[0].view;
    assert_eq!((holiday.open_now, holiday.holiday), (Some(false), true));
    assert_eq!(christmas.steps[0].unit_id, "csg-unit-1");
}

#[test]
fn hours_from_an_old_source_say_nothing_about_now() {
    let world = world(&OFFICE.replace("source_date = \"2026\"", "source_date = \"2019\""));
    let answers = groped_in_a_club_in_zuidstad();
    let day = world.plan(&answers, WEDNESDAY_AFTERNOON);
    let contact = &step(&day, "slachtofferhulp").contacts[0].view;
    assert_eq!(
        (contact.open_now, contact.stale_hours_year),
        (None, Some(2019))
    );
}

#[test]
fn help_only_for_the_european_netherlands_is_left_out_on_an_island_with_its_reason() {
    let world = world(OFFICE);
    let harassed_at_work = |location| Answers {
        role: Some(Role::Victim),
        what: vec![What::Harassment],
        setting: vec![Setting::Work],
        location,
        ..Answers::default()
    };
    let in_zuidstad = world.plan(&harassed_at_work(postcode("1000")), WEDNESDAY_AFTERNOON);
    assert!(step(&in_zuidstad, "arbeidsinspectie").why[0].contains("Arbeidsinspectie"));
    let college = |plan: &Plan| step(plan, "college-rechten-mens").why.join(" ");
    assert!(college(&in_zuidstad).contains("telt in de wet als discriminatie"));
    for island in [Island::Bonaire, Island::SintEustatius, Island::Saba] {
        let plan = world.plan(
            &harassed_at_work(Some(Place::Island { island })),
            WEDNESDAY_AFTERNOON,
        );
        let ids = ids_of(&plan);
        assert!(!ids.contains(&"arbeidsinspectie"), "{island:?}: {ids:?}");
        assert!(
            plan.steps
                .iter()
                .flat_map(|s| &s.why)
                .all(|why| !why.contains("Arbeidsinspectie")),
            "{island:?}"
        );
        // National help that may help from afar stays, in the words for the islands.
        let said = college(&plan);
        assert!(said.contains("Sinds 1 januari 2026"), "{island:?}: {said}");
        assert!(!said.contains("in de wet"), "{island:?}: {said}");
    }
}
