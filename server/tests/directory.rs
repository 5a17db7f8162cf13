//! The directory data in data/ loads and passes every check, and deliberately broken copies
//! of its files are refused with the right file, line and field.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use server::{
    directory::{self, DataProblem},
    regions::data::{self, RegionData},
};
use std::sync::OnceLock;

mod common;

fn regions() -> &'static RegionData {
    static REGIONS: OnceLock<RegionData> = OnceLock::new();
    REGIONS.get_or_init(|| data::import(&common::geo_dir()).unwrap())
}

use common::data_dir;

#[test]
fn the_real_data_is_valid_and_has_the_emergency_numbers() {
    let dir =
        directory::load(&data_dir(), regions(), server::clock::Clock::System.today()).unwrap();
    let ids: Vec<&str> = dir.organisations.iter().map(|o| o.id.as_str()).collect();
    for id in ["alarm-112", "bes-911", "csg"] {
        assert!(ids.contains(&id), "{id} is missing");
    }
    let dial: Vec<String> = dir
        .organisations
        .iter()
        .flat_map(|o| &o.services)
        .flat_map(|s| &s.contacts)
        .filter(|c| c.channel == directory::model::Channel::Phone)
        .map(|c| c.phone().unwrap().dial)
        .collect();
    for number in ["112", "911", "+318000188"] {
        assert!(dial.iter().any(|d| d == number), "{number} is missing");
    }
}

#[test]
fn contacts_with_the_same_hours_or_source_share_one_copy() {
    use std::sync::Arc;
    let dir =
        directory::load(&data_dir(), regions(), server::clock::Clock::System.today()).unwrap();
    let contacts: Vec<&directory::model::Contact> = dir
        .organisations
        .iter()
        .flat_map(|o| &o.services)
        .flat_map(|s| &s.contacts)
        .collect();
    let (mut schedules, mut sources) = (0, 0);
    for (i, a) in contacts.iter().enumerate() {
        for b in &contacts[i + 1..] {
            if let (Some(x), Some(y)) = (&a.hours, &b.hours)
                && x == y
            {
                assert!(Arc::ptr_eq(x, y), "{} and {}: two copies", a.value, b.value);
                schedules += 1;
            }
            if a.source == b.source {
                assert!(
                    Arc::ptr_eq(&a.source, &b.source),
                    "{}: two copies",
                    a.source
                );
                sources += 1;
            }
        }
    }
    // The real directory has both: "always" on many lines, one page for several contacts.
    assert!(schedules > 10 && sources > 10, "{schedules} {sources}");
}

/// Copies data/ to a temporary folder with `from` replaced by `to` in `file`, loads it and
/// returns the one problem found.
fn break_copy(file: &str, from: &str, to: &str) -> DataProblem {
    let copy = common::data_copy(file, from, to);
    let problems = directory::load(copy.path(), regions(), server::clock::Clock::System.today())
        .unwrap_err()
        .0;
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

/// Breaks a copy of `file` (`from` → `to`) and checks the one problem: its file, line,
/// field and words.
fn refused_at(file: &str, from: &str, to: &str, line: usize, field: &str, words: &str) {
    let problem = break_copy(file, from, to);
    assert!(problem.file.ends_with(file), "{problem}");
    assert_eq!(
        (problem.line, problem.field.as_str()),
        (line, field),
        "{problem}"
    );
    assert!(problem.message.contains(words), "{problem}");
}

#[test]
fn broken_files_are_refused_with_file_line_and_field() {
    // (file, text to replace, replacement, line, field, words in the message)
    let cases = [
        (
            "csg.toml",
            "anonymous = true",
            "anonymous = true\nfax = \"x\"",
            33,
            "service[0].fax",
            "unknown field",
        ),
        (
            "csg.toml",
            "cost = \"free\"",
            "cost = \"gratis\"",
            31,
            "service[0].cost",
            "unknown variant",
        ),
        (
            "csg.toml",
            "source = \"https://www.ggdfryslan.nl/over-ggd/nieuws/centrum-seksueel-geweld-start-landelijke-campagne/\"\n",
            "",
            34,
            "service[0].contact[0]",
            "missing field `source`",
        ),
        (
            "csg.toml",
            "value = \"0800-0188\"",
            "value = \"0800-01\"",
            36,
            "service[0].contact[0].value",
            "not a phone number",
        ),
        (
            "csg.toml",
            "value = \"0800-0188\"",
            "value = \"bel 0800-0188\"",
            36,
            "service[0].contact[0].value",
            "not a phone number",
        ),
        (
            "csg.toml",
            "verified = \"2026-11-28\"",
            "verified = \"2026-02-30\"",
            42,
            "service[0].contact[0].verified",
            "YYYY-MM-DD",
        ),
        (
            "csg.toml",
            "verified = \"2026-11-28\"",
            "verified = \"2999-01-01\"",
            42,
            "service[0].contact[0].verified",
            "future",
        ),
        (
            "helpwanted.toml",
            "languages = [\"nl\", \"en\"]",
            "languages = [\"nl\", \"eng\"]",
            22,
            "service[0].languages",
            "two-letter ISO 639-1 code",
        ),
        (
            "csg.toml",
            "source = \"https://www.ggdfryslan.nl",
            "source = \"www.ggdfryslan.nl",
            40,
            "service[0].contact[0].source",
            "web address",
        ),
        (
            "csg.toml",
            "id = \"csg-hulp\"",
            "id = \"113-hulplijn\"",
            18,
            "service[0].id",
            "already used",
        ),
        (
            "csg.toml",
            "id = \"csg\"",
            "id = \"centrum\"",
            2,
            "id",
            "file name",
        ),
        (
            "csg.toml",
            "coverage = { national = true, european_only = true }",
            "coverage = { ggd = [\"GG9999\"] }",
            30,
            "service[0].coverage.ggd[0]",
            "unknown code",
        ),
        (
            "csg.toml",
            "coverage = { national = true, european_only = true }",
            "coverage = { municipalities = [\"GM0344\", \"GM9999\"] }",
            30,
            "service[0].coverage.municipalities[1]",
            "unknown code \"GM9999\"",
        ),
        (
            "csg.toml",
            "coverage = { national = true, european_only = true }",
            "coverage = { municipalities = [\"gm0344\"] }",
            30,
            "service[0].coverage.municipalities",
            "GM and four digits",
        ),
        (
            "csg.toml",
            "coverage = { national = true, european_only = true }",
            "coverage = { national = true, islands = [\"saba\"] }",
            30,
            "service[0].coverage",
            "either national",
        ),
        (
            "csg.toml",
            "coverage = { national = true, european_only = true }",
            "coverage = { veiligheidsregios = [\"VR09\"], european_only = true }",
            30,
            "service[0].coverage.european_only",
            "for a national service",
        ),
        (
            "kindertelefoon.toml",
            "age = { min = 8, max = 18 }",
            "age = { min = 18, max = 8 }",
            18,
            "service[0].age",
            "above max",
        ),
        (
            "kindertelefoon.toml",
            "hours.source_date = \"2019\"",
            "hours.source_date = \"19\"",
            32,
            "service[0].contact[0].hours.source_date",
            "YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        (
            "kindertelefoon.toml",
            "open = \"11:00\"",
            "open = \"11:75\"",
            36,
            "service[0].contact[0].hours.weekly[0].open",
            "HH:MM",
        ),
        (
            "kindertelefoon.toml",
            "close = \"21:00\"",
            "close = \"09:00\"",
            34,
            "service[0].contact[0].hours.weekly[0]",
            "closes at 09:00",
        ),
        (
            "113.toml",
            "hours = { always = true }",
            "hours = { always = false }",
            23,
            "service[0].contact[0].hours",
            "either always",
        ),
        (
            "bes-911.toml",
            "audiences = [\"victim\", \"relative\", \"bystander\"]",
            "audiences = []",
            15,
            "service[0].audiences",
            "at least one",
        ),
        (
            "slachtofferhulp.toml",
            "sources = [\"https://www.politie.nl",
            "sources = [\"www.politie.nl",
            13,
            "referral.sources[0]",
            "web address",
        ),
        (
            "slachtofferhulp.toml",
            "sources = [\"https://www.politie.nl/themas/slachtofferhulp.html\", \"https://www.slachtofferhulp.nl/professionals/een-slachtoffer-doorverwijzen/doorverwijzen-naar-slachtofferhulp/\"]",
            "sources = []",
            13,
            "referral.sources",
            "at least one source",
        ),
        (
            "slachtofferhulp.toml",
            "text.en = \"Call 0900-0101 and choose option 3 in the phone menu: it is for professionals who refer a victim.\"",
            "text.en = \" \"",
            11,
            "referral.text.en",
            "must not be empty",
        ),
        (
            "slachtofferhulp.toml",
            "verified = \"2026-12-01\"",
            "verified = \"2999-12-01\"",
            14,
            "referral.verified",
            "future",
        ),
        (
            "csg.toml",
            "dat verbindt door met het centrum in de regio.\"\ndescription.en = \"The sexual assault centre for the Groningen",
            "dat verbindt door met het centrum in de regio. Dit is niet bevestigd.\"\ndescription.en = \"The sexual assault centre for the Groningen",
            63,
            "service[1].description",
            "`unconfirmed`, not in a description",
        ),
        (
            "movisie.toml",
            "Movisie is geen hulplijn.\"",
            "Movisie is geen hulplijn. Wat het biedt, is niet bevestigd.\"",
            5,
            "description",
            "`unconfirmed`, not in a description",
        ),
        (
            "movisie.toml",
            "Movisie is geen hulplijn.\"",
            "Movisie is geen hulplijn voor jou.\"",
            5,
            "description.nl",
            "says \"jou\"",
        ),
    ];
    for (file, from, to, line, field, words) in cases {
        refused_at(file, from, to, line, field, words);
    }
}

#[test]
fn free_is_refused_on_a_number_that_costs_a_call() {
    // (file, text to replace, replacement, line, field): the contact's own cost, or the
    // service's that a contact inherits.
    let cases = [
        (
            "helpwanted.toml",
            "cost = \"local_rate\"",
            "cost = \"free\"",
            27,
            "service[0].contact[0].cost",
        ),
        (
            "slachtofferhulp.toml",
            "cost = \"local_rate\"",
            "cost = \"free\"",
            31,
            "service[0].contact[0].value",
        ),
        (
            "kpcn-victim-support.toml",
            "cost = \"local_rate\"\n",
            "",
            24,
            "service[0].contact[0].value",
        ),
        (
            "kpcn-victim-support.toml",
            "cost = \"local_rate\"",
            "cost = \"free\"",
            25,
            "service[0].contact[0].cost",
        ),
    ];
    for (file, from, to, line, field) in cases {
        refused_at(file, from, to, line, field, "not free to call");
    }
}

#[test]
fn every_badge_in_the_data_is_true() {
    use directory::model::{Channel, Cost};
    let dir =
        directory::load(&data_dir(), regions(), server::clock::Clock::System.today()).unwrap();
    let contacts = || {
        dir.organisations
            .iter()
            .flat_map(|o| o.services.iter().map(move |s| (o, s)))
            .flat_map(|(o, s)| s.contacts.iter().map(move |c| (o, s, c)))
    };
    for (org, service, contact) in contacts() {
        assert!(
            contact.cost.is_some(),
            "{} has no cost after loading",
            service.id
        );
        if contact.free() {
            assert!(contact.free_to_reach(), "{}: {}", service.id, contact.value);
        }
        if contact.channel == Channel::Phone && !contact.free_to_reach() {
            assert_ne!(
                contact.cost,
                Some(Cost::Free),
                "{}: {}",
                service.id,
                contact.value
            );
        }
        if org.id == "csg" && contact.channel == Channel::Phone {
            assert_eq!(contact.anonymous, Some(false), "{}", service.id);
        }
        if org.id == "sense" && !service.coverage.national {
            assert_eq!(
                (contact.cost, contact.anonymous),
                (Some(Cost::Unknown), None)
            );
        }
    }
    for (value, cost) in [
        ("020-261 52 75", Cost::LocalRate),
        ("+599 717 6181", Cost::LocalRate),
        ("+599 790 0426", Cost::LocalRate),
        ("+599 790 0019", Cost::LocalRate),
        ("030-3038590", Cost::LocalRate),
        ("06-10815664", Cost::LocalRate),
        ("0900-0101", Cost::LocalRate),
        ("0800-0188", Cost::Free),
    ] {
        let found: Vec<_> = contacts().filter(|(_, _, c)| c.value == value).collect();
        assert!(!found.is_empty(), "{value} is missing");
        for (_, service, contact) in found {
            assert_eq!(contact.cost, Some(cost), "{}: {value}", service.id);
        }
    }
    for service in dir.organisations.iter().flat_map(|o| &o.services) {
        if service.id.starts_with("sense-") {
            assert_eq!(
                (service.cost, service.anonymous),
                (Cost::Unknown, None),
                "{}",
                service.id
            );
        }
    }
}

/// With the search index kept in a folder, the long texts are kept in a file there: the
/// directory reads back the same as one held in memory, and the file leaves no name.
#[test]
fn texts_kept_in_a_file_read_back_the_same_and_leave_nothing_behind() {
    let today = server::clock::Clock::System.today();
    let held = directory::load(&data_dir(), regions(), today).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let filing = directory::texts::Filing::create(folder.path()).unwrap();
    let filed = directory::load_filing(&data_dir(), regions(), today, Some(filing)).unwrap();
    assert_eq!(filed, held);
    let mut texts = 0;
    for org in &filed.organisations {
        let services = org.services.iter();
        for text in services
            .flat_map(|s| [&s.name, &s.description])
            .chain([&org.description])
        {
            assert!(text.is_filed() && !text.nl().is_empty() && !text.en().is_empty());
            texts += 1;
        }
    }
    assert!(texts > 200, "{texts}");
    assert!(!held.organisations[0].description.is_filed());
    let left: Vec<_> = std::fs::read_dir(folder.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_missing_folder_is_one_clear_problem() {
    let empty = tempfile::tempdir().unwrap();
    let problems =
        directory::load(empty.path(), regions(), jiff::civil::date(2026, 11, 28)).unwrap_err();
    assert!(problems.to_string().contains("organisations"), "{problems}");
}

#[test]
fn every_organisation_of_the_triage_contract_is_there() {
    let dir =
        directory::load(&data_dir(), regions(), server::clock::Clock::System.today()).unwrap();
    let ids: Vec<&str> = dir.organisations.iter().map(|o| o.id.as_str()).collect();
    let contract = [
        "alarm-112",
        "bes-911",
        "csg",
        "veilig-thuis",
        "slachtofferhulp",
        "politie",
        "meld-misdaad-anoniem",
        "fier",
        "helpwanted",
        "meldpunt-kinderporno",
        "stop-it-now",
        "kindertelefoon",
        "113",
        "mind-korrelatie",
        "luisterlijn",
        "perspectief-herstelbemiddeling",
        "schadefonds",
        "juridisch-loket",
        "cvsn",
        "vertrouwensinspecteurs",
        "kerk-meldpunten",
        "sense",
        "kpcn",
        "kpcn-victim-support",
        "guiami",
        "jeugdzorg-cn",
        "mores",
        "college-rechten-mens",
        "arbeidsinspectie",
        "comensha",
        "igj-landelijk-meldpunt-zorg",
        "lkha",
        "vrouwenopvang",
        "amhk-sint-eustatius",
        "amhk-saba",
        "guana-chat",
    ];
    for id in contract {
        assert!(ids.contains(&id), "{id} is missing");
    }
}

#[test]
fn regional_units_cover_every_municipality_and_ggd_once() {
    let dir =
        directory::load(&data_dir(), regions(), server::clock::Clock::System.today()).unwrap();
    let units = |org: &str| {
        dir.organisations
            .iter()
            .find(|o| o.id == org)
            .unwrap()
            .services
            .iter()
            .filter(|s| !s.coverage.national)
            .cloned()
            .collect::<Vec<_>>()
    };
    let veilig_thuis = units("veilig-thuis");
    for m in &regions().municipalities {
        let covering = veilig_thuis
            .iter()
            .filter(|s| {
                s.coverage
                    .municipalities
                    .iter()
                    .any(|c| c.to_string() == m.code)
                    || s.coverage.veiligheidsregios.contains(&m.vr_code)
            })
            .count();
        assert_eq!(
            covering, 1,
            "{} ({}) is covered by {covering} Veilig Thuis units",
            m.name, m.code
        );
    }
    let sense = units("sense");
    for ggd in &regions().ggd_regions {
        let covering = sense
            .iter()
            .filter(|s| s.coverage.ggd.contains(&ggd.code))
            .count();
        assert_eq!(covering, 1, "{} has {covering} Sense units", ggd.name);
    }
}
