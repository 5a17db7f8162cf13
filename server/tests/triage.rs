//! The triage scenario table (triage_scenarios.toml) run against the real directory,
//! guidance and region tables, in Dutch and in English; and snapshots of the summary.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use hulpwijzer_core::{
    i18n::Lang,
    triage::{Answers, plan::Plan},
};
use serde::Deserialize;
use server::{
    directory,
    regions::{Regions, data},
    triage::{Triage, guidance},
};
use std::{
    path::PathBuf,
    sync::{Arc, OnceLock},
};

mod common;

/// The real directory, guidance and regions, loaded once for all tests.
struct World {
    directory: Arc<directory::Directory>,
    triage: Triage,
    regions: Regions,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let data_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        let region_data = data::import(&common::geo_dir()).unwrap();
        let directory = Arc::new(
            directory::load(
                &data_dir,
                &region_data,
                server::clock::Clock::System.today(),
            )
            .unwrap(),
        );
        World {
            triage: Triage::new(directory.clone(), guidance::load(&data_dir).unwrap()).unwrap(),
            directory,
            regions: Regions::new(region_data),
        }
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    #[serde(default)]
    at: Option<String>,
    answers: Answers,
    first: String,
    #[serde(default)]
    first_why: Vec<String>,
    #[serde(default)]
    first_why_not: Vec<String>,
    #[serde(default)]
    first_contact: Option<String>,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    closed: Vec<String>,
    /// Steps with a contact that says "possibly closed today (public holiday)".
    #[serde(default)]
    holiday: Vec<String>,
    /// Steps none of whose contacts may say so.
    #[serde(default)]
    holiday_not: Vec<String>,
    #[serde(default)]
    urgent: Vec<String>,
    #[serde(default)]
    guidance: Vec<String>,
    #[serde(default)]
    guidance_not: Vec<String>,
    #[serde(default)]
    units: Vec<String>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    emergency_number: Option<String>,
    /// Whether the plan asks in one line if someone is in danger now (`when = ongoing`).
    #[serde(default)]
    danger_check: Option<bool>,
}

#[derive(Deserialize)]
struct Table {
    scenario: Vec<Scenario>,
}

/// A Wednesday, 14:00 in Amsterdam (13:00 UTC), 03:00 the same night, or any moment in
/// RFC 3339 (`2026-12-25T10:00:00+01:00`).
fn moment(at: Option<&str>) -> i64 {
    let second = |t: &str| t.parse::<jiff::Timestamp>().unwrap().as_second();
    match at {
        None | Some("day") => second("2026-11-25T13:00:00Z"),
        Some("night") => second("2026-11-25T02:00:00Z"),
        Some(other) => second(other),
    }
}

/// Whether `text` contains one of the `|`-separated alternatives.
fn mentions(text: &str, alternatives: &str) -> bool {
    let text = text.to_lowercase();
    alternatives
        .split('|')
        .any(|a| text.contains(&a.to_lowercase()))
}

fn check(s: &Scenario, plan: &Plan, lang: Lang) -> Vec<String> {
    let mut problems = Vec::new();
    let mut fail = |what: String| problems.push(format!("{} [{lang:?}]: {what}", s.name));
    let ids: Vec<&str> = plan.steps.iter().map(|st| st.unit_id.as_str()).collect();
    if ids.first() != Some(&s.first.as_str()) {
        fail(format!("first step should be {}, plan is {ids:?}", s.first));
    }
    for id in &s.include {
        if !ids.contains(&id.as_str()) {
            fail(format!("should include {id}, plan is {ids:?}"));
        }
    }
    let urgent: Vec<&str> = plan.urgent.iter().map(|u| u.service_id.as_str()).collect();
    for id in &s.exclude {
        if ids.contains(&id.as_str()) || urgent.contains(&id.as_str()) {
            fail(format!(
                "should not include {id}, plan is {ids:?}, urgent {urgent:?}"
            ));
        }
    }
    if urgent != s.urgent.iter().map(String::as_str).collect::<Vec<_>>() {
        fail(format!("urgent should be {:?}, is {urgent:?}", s.urgent));
    }
    let guidance: Vec<&str> = plan.guidance.iter().map(|g| g.id.as_str()).collect();
    for id in &s.guidance {
        if !guidance.contains(&id.as_str()) {
            fail(format!("should give guidance {id}, gives {guidance:?}"));
        }
    }
    for id in &s.guidance_not {
        if guidance.contains(&id.as_str()) {
            fail(format!("should not give guidance {id}"));
        }
    }
    if let Some(first) = plan.steps.first() {
        let why = first.why.join(" ");
        for word in &s.first_why {
            if !mentions(&why, word) {
                fail(format!("first step's reasons should mention {word}: {why}"));
            }
        }
        for word in &s.first_why_not {
            if mentions(&why, word) {
                fail(format!(
                    "first step's reasons should not mention {word}: {why}"
                ));
            }
        }
        if let Some(channel) = &s.first_contact {
            let got = first.contacts.first().map(|c| c.view.channel.id());
            if got != Some(channel.as_str()) {
                fail(format!("first contact should be {channel}, is {got:?}"));
            }
        }
    }
    for id in &s.closed {
        let step = plan.steps.iter().find(|st| st.unit_id == *id);
        if step.and_then(|st| st.open_now()) != Some(false) {
            fail(format!("{id} should show as closed now"));
        }
    }
    let on_holiday = |id: &str| {
        let step = plan.steps.iter().find(|st| st.unit_id == id);
        step.is_some_and(|st| {
            st.contacts
                .iter()
                .any(|c| c.view.holiday && c.view.open_now == Some(false))
        })
    };
    for id in &s.holiday {
        if !on_holiday(id) {
            fail(format!(
                "{id} should say it may be closed for a public holiday"
            ));
        }
    }
    for id in &s.holiday_not {
        if on_holiday(id) {
            fail(format!(
                "{id} should not say it may be closed for a public holiday"
            ));
        }
    }
    let units: Vec<&str> = plan
        .region
        .iter()
        .flat_map(|r| r.units.iter().map(|u| u.unit_id.as_str()))
        .collect();
    for id in &s.units {
        if !units.contains(&id.as_str()) {
            fail(format!(
                "regional picture should show {id}, shows {units:?}"
            ));
        }
    }
    let notes = plan.notes.join(" ");
    for word in &s.notes {
        if !mentions(&notes, word) {
            fail(format!("notes should mention {word}: {notes}"));
        }
    }
    if let Some(number) = &s.emergency_number {
        let got = plan.region.as_ref().map(|r| r.emergency_number.as_str());
        if got != Some(number.as_str()) {
            fail(format!("emergency number should be {number}, is {got:?}"));
        }
    }
    if let Some(expected) = s.danger_check
        && plan.danger_check != expected
    {
        fail(format!("danger_check should be {expected}"));
    }
    for step in &plan.steps {
        if step.why.is_empty() {
            fail(format!("{} has no reason", step.unit_id));
        }
    }
    problems
}

#[test]
fn every_scenario_gives_the_expected_plan_in_both_languages() {
    let World {
        triage, regions, ..
    } = world();
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/triage_scenarios.toml"),
    )
    .unwrap();
    let table: Table = toml::from_str(&text).unwrap();
    assert!(
        table.scenario.len() >= 40,
        "the table needs at least 40 scenarios"
    );
    let mut problems = Vec::new();
    for s in &table.scenario {
        let now = moment(s.at.as_deref());
        let nl = triage.plan(regions, &s.answers, Lang::Nl, now);
        let en = triage.plan(regions, &s.answers, Lang::En, now);
        problems.extend(check(s, &nl, Lang::Nl));
        problems.extend(check(s, &en, Lang::En));
        let order = |p: &Plan| {
            p.steps
                .iter()
                .map(|st| st.unit_id.clone())
                .collect::<Vec<_>>()
        };
        if order(&nl) != order(&en) {
            problems.push(format!("{}: the languages rank differently", s.name));
        }
        if let (Some(a), Some(b)) = (nl.steps.first(), en.steps.first())
            && a.why == b.why
        {
            problems.push(format!("{}: the reasons are not translated", s.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_service_a_rule_suggests_is_in_the_directory() {
    let dir = &world().directory;
    let known: Vec<&str> = dir
        .organisations
        .iter()
        .flat_map(|o| o.services.iter().map(|s| s.id.as_str()))
        .collect();
    for rule in server::triage::rules::RULES {
        for (id, _) in rule.suggest {
            assert!(
                known.contains(id),
                "rule {} suggests unknown service {id}",
                rule.name
            );
        }
    }
}

#[test]
fn a_rule_that_names_an_organisation_suggests_only_that_organisation() {
    let dir = &world().directory;
    let org_of = |service: &str| {
        dir.organisations
            .iter()
            .find(|o| o.services.iter().any(|s| s.id == service))
            .map(|o| o.name.clone())
            .unwrap()
    };
    let mut orgs: Vec<_> = dir.organisations.iter().collect();
    orgs.sort_by_key(|o| std::cmp::Reverse(o.name.len()));
    let wordings = |rule: &server::triage::rules::Rule| {
        [
            Some(rule.why),
            rule.for_others,
            rule.for_client,
            rule.on_the_islands,
        ]
        .into_iter()
        .flatten()
        .map(|why| why.nl)
        .collect::<Vec<_>>()
    };
    for (rule, wording) in server::triage::rules::RULES
        .iter()
        .flat_map(|r| wordings(r).into_iter().map(move |w| (r, w)))
    {
        let mut text = wording.to_owned();
        for org in &orgs {
            if !text.contains(&org.name) {
                continue;
            }
            text = text.replace(&org.name, "");
            for (id, _) in rule.suggest {
                assert_eq!(
                    org_of(id),
                    org.name,
                    "rule {} names {} but also suggests {id}",
                    rule.name,
                    org.name
                );
            }
        }
    }
}

/// The summary for `answers` in `lang`, as at a Wednesday afternoon.
fn summary(answers: &str, lang: Lang) -> String {
    let answers: Answers = serde_json::from_str(answers).unwrap();
    let World {
        triage, regions, ..
    } = world();
    triage
        .plan(regions, &answers, lang, moment(None))
        .summary
        .text
}

#[test]
fn summaries_in_both_languages() {
    let full = r#"{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h",
        "age": "18_to_24", "location": {"postcode": "3511 AB"}, "needs": ["medical", "talk"],
        "contact": ["chat", "anonymous"],
        "own_words": "Het was na een feest.\n<script>alert('x')</script> & <b>vet</b>"}"#;
    insta::assert_snapshot!("full_nl", summary(full, Lang::Nl));
    insta::assert_snapshot!("full_en", summary(full, Lang::En));
    let professional = r#"{"role": "professional", "consent": true, "what": ["child_abuse"],
        "age": "under_12", "location": {"island": "saba"}, "needs": ["advice"],
        "contact": ["phone", "anonymous"]}"#;
    insta::assert_snapshot!("professional_saba_nl", summary(professional, Lang::Nl));
    insta::assert_snapshot!("professional_saba_en", summary(professional, Lang::En));
    insta::assert_snapshot!("nothing_said_nl", summary("{}", Lang::Nl));
}

/// A professional's referral summary names the help point they chose, with its referral
/// route, and the client's contact wishes.
#[test]
fn a_referral_summary_names_the_chosen_help_point_and_its_route() {
    let World {
        triage, regions, ..
    } = world();
    let answers = r#"{"role": "professional", "consent": true, "what": ["rape_or_assault"],
        "when": "within_7d", "location": {"municipality": "Utrecht"}, "needs": ["medical", "legal"],
        "contact": ["phone"], "chosen": "slachtofferhulp"}"#;
    for (lang, name) in [
        (Lang::Nl, "referral_chosen_nl"),
        (Lang::En, "referral_chosen_en"),
    ] {
        let parsed: Answers = serde_json::from_str(answers).unwrap();
        let plan = triage.plan(regions, &parsed, lang, moment(None));
        assert_ne!(
            plan.steps.first().map(|s| s.unit_id.as_str()),
            Some("slachtofferhulp"),
            "the test needs a chosen step that is not the first"
        );
        assert_eq!(plan.summary.chosen.as_deref(), Some("slachtofferhulp"));
        assert_eq!(
            plan.chosen_step().map(|s| s.unit_id.as_str()),
            Some("slachtofferhulp")
        );
        assert!(
            plan.notes
                .iter()
                .all(|n| !n.contains("gekozen hulp") && !n.contains("chosen help"))
        );
        insta::assert_snapshot!(name, plan.summary.text);
    }
}

#[test]
fn a_chosen_help_point_that_is_not_in_the_plan_gives_way_to_the_first_step_with_a_note() {
    let World {
        triage, regions, ..
    } = world();
    let answers: Answers =
        serde_json::from_str(r#"{"role": "victim", "chosen": "stop-it-now"}"#).unwrap();
    let plan = triage.plan(regions, &answers, Lang::En, moment(None));
    let first = plan.steps.first().map(|s| s.unit_id.clone());
    assert!(first.is_some());
    assert_eq!(plan.summary.chosen, first);
    assert!(
        plan.notes
            .iter()
            .any(|n| n.contains("The chosen help is no longer in this plan")),
        "{:?}",
        plan.notes
    );
}

/// Professionals see how to refer to an option, only where the data gives a route, each
/// with its sources; nobody else gets referral routes.
#[test]
fn referral_routes_are_for_professionals_and_come_from_the_data() {
    let World {
        triage,
        regions,
        directory,
        ..
    } = world();
    let body = |role: &str| {
        format!(
            r#"{{"role": "{role}", "what": ["rape_or_assault"], "when": "within_7d",
            "location": {{"postcode": "3511"}}, "needs": ["legal", "report_police", "advice"]}}"#
        )
    };
    for lang in [Lang::Nl, Lang::En] {
        let answers: Answers = serde_json::from_str(&body("professional")).unwrap();
        let plan = triage.plan(regions, &answers, lang, moment(None));
        let route = |id: &str| {
            plan.steps
                .iter()
                .find(|s| s.service_id == id)
                .and_then(|s| s.referral.clone())
        };
        let slachtofferhulp = route("slachtofferhulp").expect("Slachtofferhulp is in the plan");
        assert!(
            slachtofferhulp.text.contains("0900-0101") && slachtofferhulp.text.contains('3'),
            "{}",
            slachtofferhulp.text
        );
        assert!(slachtofferhulp.confirmed);
        assert!(!slachtofferhulp.sources.is_empty());
        for step in &plan.steps {
            let org = directory
                .organisations
                .iter()
                .find(|o| o.id == step.service_id)
                .unwrap();
            assert_eq!(
                step.referral.is_some(),
                org.referral.is_some(),
                "{}",
                step.service_id
            );
        }
        let victim: Answers = serde_json::from_str(&body("victim")).unwrap();
        let plan = triage.plan(regions, &victim, lang, moment(None));
        assert!(plan.steps.iter().all(|s| s.referral.is_none()));
    }
}

#[test]
fn own_words_keep_emoji_right_to_left_script_and_full_length() {
    let world_scripts =
        r#"{"role": "relative", "own_words": "Ze is bang 😢🙏\nلا أعرف ماذا أفعل\nאני לא יודעת"}"#;
    insta::assert_snapshot!("scripts_nl", summary(world_scripts, Lang::Nl));
    let long = "ab cd ".repeat(333) + "ef";
    assert_eq!(long.chars().count(), 2000);
    let body = serde_json::json!({"role": "victim", "own_words": long}).to_string();
    let text = summary(&body, Lang::En);
    assert!(
        text.contains(long.trim_end()),
        "all 2,000 characters are kept"
    );
    insta::assert_snapshot!("long_en", text);
}

#[test]
fn without_the_client_s_consent_a_professional_gets_what_to_do_instead_and_nothing_more() {
    let World {
        triage, regions, ..
    } = world();
    for lang in [Lang::Nl, Lang::En] {
        let answers: Answers = serde_json::from_str(
            r#"{"role": "professional", "consent": false, "what": ["rape_or_assault"], "when": "within_72h"}"#,
        )
        .unwrap();
        let plan = triage.plan(regions, &answers, lang, moment(None));
        assert!(plan.steps.is_empty(), "{:?}", plan.steps);
        let ids: Vec<&str> = plan.guidance.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(ids, ["professional_referral_consent"]);
        assert!(!plan.notes.is_empty());
        let consented = Answers {
            consent: Some(true),
            ..answers
        };
        let plan = triage.plan(regions, &consented, lang, moment(None));
        assert_eq!(
            plan.steps.first().map(|s| s.unit_id.as_str()),
            Some("csg-hulp")
        );
    }
}

#[test]
fn on_the_islands_no_plan_starts_with_a_number_that_may_not_work_there() {
    let w = world();
    let roles = ["victim", "relative", "bystander", "professional"];
    let whats: Vec<&str> = hulpwijzer_core::vocab::What::ALL
        .iter()
        .map(|w| w.id())
        .collect();
    let mut checked = 0;
    for island in ["bonaire", "sint_eustatius", "saba"] {
        for role in roles {
            for what in &whats {
                for age in ["12_to_17", "25_plus"] {
                    let answers: Answers = serde_json::from_value(serde_json::json!({
                        "role": role, "what": [what], "age": age, "consent": true,
                        "location": {"island": island},
                    }))
                    .unwrap();
                    for lang in [Lang::Nl, Lang::En] {
                        let plan = w
                            .triage
                            .plan(&w.regions, &answers, lang, moment(Some("night")));
                        let label = format!("{island} {role} {what} {age} {lang:?}");
                        if let Some(first) = plan.steps.first().and_then(|s| s.contacts.first()) {
                            assert!(
                                !server::triage::steps::may_fail_from_the_islands(first),
                                "{label}: first {}",
                                first.view.value
                            );
                        }
                        for contact in plan.steps.iter().flat_map(|s| &s.contacts) {
                            if server::triage::steps::may_fail_from_the_islands(contact) {
                                let note = contact.view.note.as_deref().unwrap_or_default();
                                assert!(
                                    note.contains("Bonaire, Sint Eustatius"),
                                    "{label}: {} has no note: {note}",
                                    contact.view.value
                                );
                            }
                        }
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3 * 4 * whats.len() * 2 * 2);
}

#[test]
fn on_the_islands_the_island_s_own_help_comes_before_national_help() {
    let w = world();
    let national = |unit: &str| {
        w.directory
            .organisations
            .iter()
            .flat_map(|o| &o.services)
            .find(|s| s.id == unit)
            .is_some_and(|s| s.coverage.national)
    };
    let whats: Vec<&str> = hulpwijzer_core::vocab::What::ALL
        .iter()
        .map(|w| w.id())
        .collect();
    let (mut checked, mut mixed) = (0, 0);
    for island in ["bonaire", "sint_eustatius", "saba"] {
        for role in ["victim", "relative", "bystander", "professional"] {
            for what in &whats {
                for when in ["within_72h", "unsure"] {
                    let answers: Answers = serde_json::from_value(serde_json::json!({
                        "role": role, "what": [what], "when": when, "consent": true,
                        "location": {"island": island},
                    }))
                    .unwrap();
                    let plan = w
                        .triage
                        .plan(&w.regions, &answers, Lang::En, moment(Some("night")));
                    // Help without any contact we know of (the advice point on Saba) cannot
                    // be the first door, wherever it is.
                    let order: Vec<bool> = plan
                        .steps
                        .iter()
                        .filter(|s| !s.contacts.is_empty())
                        .map(|s| national(&s.unit_id))
                        .collect();
                    let label = format!(
                        "{island} {role} {what} {when}: {:?}",
                        plan.steps
                            .iter()
                            .map(|s| (&s.unit_id, &s.why))
                            .collect::<Vec<_>>()
                    );
                    // One exception: national help that is open now may come first when
                    // the island's help is closed (or its hours are unknown), and says so.
                    let moved = plan.steps.first().and_then(|s| s.why.first());
                    let rest = if moved.is_some_and(|why| why.starts_with("Open now.")) {
                        &order[1..]
                    } else {
                        &order[..]
                    };
                    assert!(rest.windows(2).all(|pair| pair[0] <= pair[1]), "{label}");
                    mixed += usize::from(order.contains(&true) && order.contains(&false));
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 3 * 4 * whats.len() * 2);
    assert!(
        mixed > checked / 2,
        "most plans hold both ({mixed} of {checked})"
    );
}

#[test]
fn guiami_s_local_number_is_dialled_as_written_and_says_it_only_works_on_bonaire() {
    let w = world();
    let answers: Answers = serde_json::from_value(serde_json::json!({
        "role": "victim", "what": ["domestic"], "location": {"island": "bonaire"},
    }))
    .unwrap();
    for (lang, words) in [
        (Lang::Nl, "werkt alleen vanaf Bonaire"),
        (Lang::En, "only works when you call from Bonaire"),
    ] {
        let plan = w.triage.plan(&w.regions, &answers, lang, moment(None));
        let guiami = plan.steps.iter().find(|s| s.unit_id == "guiami").unwrap();
        let phone = guiami
            .contacts
            .iter()
            .find(|c| c.view.channel == hulpwijzer_core::vocab::Channel::Phone)
            .unwrap();
        assert_eq!(
            (phone.view.value.as_str(), phone.view.href.as_str()),
            ("0802-0802", "tel:08020802")
        );
        assert!(
            phone.view.note.as_deref().unwrap().contains(words),
            "{:?}",
            phone.view.note
        );
        assert!(!phone.free, "free to call is not known");
        assert_eq!(
            phone.view.anonymous,
            Some(true),
            "advice without a name (RCN, 2025)"
        );
        assert!(!server::triage::steps::may_fail_from_the_islands(phone));
    }
}

/// Whether a Dutch text speaks to its reader as "je".
fn says_je(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w.to_lowercase().as_str(), "je" | "jij" | "jou" | "jouw"))
}

#[test]
fn a_professional_s_plan_says_u_in_its_reasons_advice_and_notes() {
    let w = world();
    let whats: Vec<&str> = hulpwijzer_core::vocab::What::ALL
        .iter()
        .map(|w| w.id())
        .collect();
    let needs: Vec<&str> = hulpwijzer_core::vocab::Need::answerable()
        .map(|n| n.id())
        .collect();
    let settings: Vec<&str> = hulpwijzer_core::vocab::Setting::ALL
        .iter()
        .map(|s| s.id())
        .collect();
    let mut read = 0;
    for place in [
        serde_json::json!({"municipality": "0344"}),
        serde_json::json!({"island": "bonaire"}),
        serde_json::Value::Null,
    ] {
        for what in &whats {
            for when in ["now", "within_72h", "ongoing", "longer_ago"] {
                for age in ["under_12", "12_to_17", "25_plus"] {
                    let mut answers = serde_json::json!({
                        "role": "professional", "consent": true, "what": [what],
                        "when": when, "age": age,
                        "needs": needs, "setting": settings,
                    });
                    if !place.is_null() {
                        answers["location"] = place.clone();
                    }
                    let answers: Answers = serde_json::from_value(answers).unwrap();
                    let plan = w.triage.plan(&w.regions, &answers, Lang::Nl, moment(None));
                    let said = plan
                        .steps
                        .iter()
                        .flat_map(|s| &s.why)
                        .chain(plan.guidance.iter().flat_map(|g| [&g.title, &g.text]))
                        .chain(&plan.notes)
                        .chain(
                            plan.urgent
                                .iter()
                                .flat_map(|u| u.why.iter().chain([&u.label])),
                        );
                    for text in said {
                        assert!(!says_je(text), "{what} {when} {age} {place}: {text}");
                        read += 1;
                    }
                }
            }
        }
    }
    assert!(read > 1000, "the plans hold reasons and advice ({read})");
    assert!(says_je("Wil je advies?") && !says_je("Wil uw cliënt advies?"));
}

/// The help the facts (shared/directory-facts) place in the European Netherlands only, by
/// organisation (a step's `service_id`): coverage "European Netherlands (Caribbean
/// Netherlands not checked)" (arbeidsinspectie), "...; Caribbean Netherlands not stated"
/// (mores), "national (European Netherlands; Caribbean Netherlands not checked)" (comensha,
/// igj-landelijk-meldpunt-zorg), "...; Caribbean Netherlands has separate island shelters"
/// (vrouwenopvang); Veilig Thuis, whose regions are all in the European Netherlands
/// (veilig_thuis_regions), where each island has its own advice point (amhk-*, guiami);
/// Sense, which is "all 25 GGD's" (sense.coverage); the police, which on the islands is
/// the KPCN (kpcn); and the Centrum Seksueel Geweld ("no CSG location on BES found; use
/// KPCN Victim Support + 911", not_found).
const ONLY_IN_THE_EUROPEAN_NETHERLANDS: [&str; 9] = [
    "arbeidsinspectie",
    "mores",
    "comensha",
    "igj-landelijk-meldpunt-zorg",
    "vrouwenopvang",
    "veilig-thuis",
    "sense",
    "politie",
    "csg",
];

/// Answers for every role, kind of event and time, in settings and with needs that call on
/// the help above, at `location`; `then` gets each with a label.
fn across_roles_kinds_and_times(
    location: &serde_json::Value,
    mut then: impl FnMut(&Answers, String),
) {
    let whats = hulpwijzer_core::vocab::What::ALL.iter().map(|w| w.id());
    let whens = hulpwijzer_core::vocab::When::ALL
        .iter()
        .map(|w| Some(w.id()))
        .chain([None]);
    let whens: Vec<Option<&str>> = whens.collect();
    let situations: [(&[&str], &[&str]); 6] = [
        (&[], &[]),
        (&["work"], &[]),
        (&["care"], &["talk"]),
        (&["home"], &["safe_place"]),
        (&["public_space"], &["report_police"]),
        (&["work", "online"], &["legal", "report_other"]),
    ];
    for what in whats {
        for role in hulpwijzer_core::vocab::Role::ALL.iter().map(|r| r.id()) {
            for when in &whens {
                for (setting, needs) in situations {
                    for age in ["12_to_17", "25_plus"] {
                        let mut answers = serde_json::json!({
                            "role": role, "what": [what], "consent": true, "age": age,
                            "setting": setting, "needs": needs, "location": location,
                        });
                        if let Some(when) = when {
                            answers["when"] = serde_json::json!(when);
                        }
                        let label = format!("{role} {what} {when:?} {setting:?} {needs:?} {age}");
                        then(&serde_json::from_value(answers).unwrap(), label);
                    }
                }
            }
        }
    }
}

#[test]
fn on_the_islands_no_plan_suggests_help_only_for_the_european_netherlands() {
    let w = world();
    let mut checked = 0;
    for island in ["bonaire", "sint_eustatius", "saba"] {
        let location = serde_json::json!({"island": island});
        across_roles_kinds_and_times(&location, |answers, label| {
            for lang in [Lang::Nl, Lang::En] {
                let plan = w.triage.plan(&w.regions, answers, lang, moment(None));
                for step in &plan.steps {
                    assert!(
                        !ONLY_IN_THE_EUROPEAN_NETHERLANDS.contains(&step.service_id.as_str()),
                        "{island} {label} {lang:?}: {} ({:?})",
                        step.unit_id,
                        step.why
                    );
                }
                checked += 1;
            }
        });
    }
    assert!(checked > 10_000, "{checked} plans");
    // The same answers in Utrecht hold each of them, so the test can fail.
    let mut in_utrecht: std::collections::BTreeSet<String> = Default::default();
    let utrecht = serde_json::json!({"municipality": "Utrecht"});
    across_roles_kinds_and_times(&utrecht, |answers, _| {
        let plan = w.triage.plan(&w.regions, answers, Lang::Nl, moment(None));
        in_utrecht.extend(plan.steps.iter().map(|s| s.service_id.clone()));
    });
    for org in ONLY_IN_THE_EUROPEAN_NETHERLANDS {
        assert!(in_utrecht.contains(org), "{org} is in no plan in Utrecht");
    }
}

/// That sexual harassment counts in law as discrimination, which the facts say for the law
/// of the European Netherlands (college-rechten-mens.notes: "Dutch equal-treatment law");
/// for the islands they say only that the College takes complaints from 1 January 2026
/// under the islands' own law (college-rechten-mens.coverage).
const WHAT_THE_EUROPEAN_LAW_COUNTS: [&str; 2] = [
    "telt in de wet als discriminatie",
    "in law, sexual harassment counts as discrimination",
];

#[test]
fn on_the_islands_no_plan_says_harassment_counts_in_law_as_discrimination() {
    let w = world();
    let said_in = |plan: &Plan| -> Vec<String> {
        plan.steps
            .iter()
            .flat_map(|s| s.why.iter().chain([&s.description]))
            .chain(plan.guidance.iter().flat_map(|g| [&g.title, &g.text]))
            .chain(&plan.notes)
            .cloned()
            .collect()
    };
    let (mut college_there, mut said_in_utrecht) = (0, 0);
    for island in ["bonaire", "sint_eustatius", "saba"] {
        let location = serde_json::json!({"island": island});
        across_roles_kinds_and_times(&location, |answers, label| {
            for (lang, since) in [(Lang::Nl, "1 januari 2026"), (Lang::En, "1 January 2026")] {
                let plan = w.triage.plan(&w.regions, answers, lang, moment(None));
                for text in said_in(&plan) {
                    for claim in WHAT_THE_EUROPEAN_LAW_COUNTS {
                        assert!(!text.contains(claim), "{island} {label} {lang:?}: {text}");
                    }
                }
                let college = plan
                    .steps
                    .iter()
                    .find(|s| s.service_id == "college-rechten-mens");
                if let Some(college) = college {
                    assert!(
                        college.why.iter().any(|why| why.contains(since)),
                        "{island} {label} {lang:?}: {:?}",
                        college.why
                    );
                    college_there += 1;
                }
            }
        });
    }
    assert!(
        college_there > 100,
        "the College is in island plans ({college_there})"
    );
    // In Utrecht the plans say it, so the test can fail.
    let utrecht = serde_json::json!({"municipality": "Utrecht"});
    across_roles_kinds_and_times(&utrecht, |answers, _| {
        for lang in [Lang::Nl, Lang::En] {
            let plan = w.triage.plan(&w.regions, answers, lang, moment(None));
            let texts = said_in(&plan);
            if texts
                .iter()
                .any(|t| WHAT_THE_EUROPEAN_LAW_COUNTS.iter().any(|c| t.contains(c)))
            {
                said_in_utrecht += 1;
            }
        }
    });
    assert!(said_in_utrecht > 100, "said in Utrecht ({said_in_utrecht})");
}

/// What a reason says only to the person it happened to: their own employer must protect
/// them.
const TO_THE_EMPLOYEE: [&str; 2] = ["Je werkgever moet je", "Your employer must protect you"];

#[test]
fn a_relative_or_bystander_is_not_told_their_own_employer_must_protect_them() {
    let w = world();
    let location = serde_json::json!({"municipality": "Utrecht"});
    let (mut to_others, mut to_the_victim) = (0, 0);
    across_roles_kinds_and_times(&location, |answers, label| {
        for lang in [Lang::Nl, Lang::En] {
            let plan = w.triage.plan(&w.regions, answers, lang, moment(None));
            let said = plan
                .steps
                .iter()
                .flat_map(|s| &s.why)
                .any(|why| TO_THE_EMPLOYEE.iter().any(|words| why.contains(words)));
            match answers.role {
                Some(
                    hulpwijzer_core::vocab::Role::Relative
                    | hulpwijzer_core::vocab::Role::Bystander,
                ) => {
                    assert!(!said, "{label} {lang:?}");
                    to_others += 1;
                }
                Some(hulpwijzer_core::vocab::Role::Victim) => to_the_victim += usize::from(said),
                _ => {}
            }
        }
    });
    assert!(
        to_others > 100,
        "relatives' and bystanders' plans ({to_others})"
    );
    // The victim is still told so: the words above are the rule's own.
    assert!(to_the_victim > 0, "no victim's plan says it");
}
