//! "Mijn situatie in het kort" / "My situation in brief": the answers as short labelled
//! lines in plain words, the person's own words if they gave them, and the help point they
//! chose with its contact details. For a professional it is a referral summary: the
//! client's consent, their contact wishes and the help point's referral route. Only what
//! the person chose to tell; the place is a municipality or island, never a postcode or a
//! position. The format is described in docs/summary.md.

use super::{
    Answers,
    plan::PlanStep,
    questions::{
        age_label, contact_label, need_label, role_label, setting_label, what_label, when_label,
    },
};
use crate::{
    i18n::{
        Lang, Text,
        facts::{channel_label, hours_words},
        t,
    },
    vocab::Role,
};

/// The summary's title: a referral summary for a professional.
pub fn title(answers: &Answers) -> Text {
    if answers.role == Some(Role::Professional) {
        Text::ReferralSummaryTitle
    } else {
        Text::SummaryTitle
    }
}

fn line(out: &mut Vec<String>, label: Text, lang: Lang, values: &[&str]) {
    if !values.is_empty() {
        out.push(format!("{}: {}", t(label, lang), values.join(", ")));
    }
}

/// The help point's lines: its name, then one line per way to reach it.
fn help_point(out: &mut Vec<String>, step: &PlanStep, lang: Lang) {
    out.push(format!("{}: {}", t(Text::SumHelpPoint, lang), step.name));
    if step.organisation != step.name {
        out.push(format!("  {}", step.organisation));
    }
    for contact in &step.contacts {
        let hours = hours_words(lang, &contact.view)
            .map(|h| format!(" ({h})"))
            .unwrap_or_default();
        out.push(format!(
            "  {} {}{hours}",
            t(channel_label(contact.view.channel), lang),
            contact.view.value
        ));
    }
    if let Some(referral) = &step.referral {
        out.push(format!(
            "  {}: {}",
            t(Text::SumReferral, lang),
            referral.text
        ));
    }
}

/// The summary: a title, one line per answer given, the own words, the chosen help point.
/// `place` is the municipality or island the place resolved to.
///
/// ```
/// use hulpwijzer_core::{i18n::Lang, triage::{Answers, summary::text}, vocab::Role};
/// let answers = Answers { role: Some(Role::Victim), ..Answers::default() };
/// assert_eq!(
///     text(&answers, Some("Utrecht"), None, Lang::En),
///     "My situation in brief\n\nWho it is about: It happened to me\nPlace: Utrecht",
/// );
/// ```
pub fn text(
    answers: &Answers,
    place: Option<&str>,
    chosen: Option<&PlanStep>,
    lang: Lang,
) -> String {
    let label = |text: Text| t(text, lang);
    let professional = answers.role == Some(Role::Professional);
    let mut out = vec![label(title(answers)).to_owned(), String::new()];
    if answers.danger_now == Some(true) {
        out.push(label(Text::SumDanger).to_owned());
    }
    if professional && answers.consent == Some(true) {
        out.push(label(Text::SumConsent).to_owned());
    }
    let role: Vec<&str> = answers
        .role
        .map(|r| label(role_label(r)))
        .into_iter()
        .collect();
    line(&mut out, Text::SumWho, lang, &role);
    let what: Vec<&str> = answers.what.iter().map(|w| label(what_label(*w))).collect();
    line(&mut out, Text::SumWhat, lang, &what);
    let own = answers
        .own_words
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty());
    if let Some(own) = own {
        let own_label = if professional {
            Text::SumNotes
        } else {
            Text::SumOwnWords
        };
        out.push(format!("{}:", label(own_label)));
        out.extend(own.lines().map(|l| format!("  {l}")));
    }
    let setting: Vec<&str> = answers
        .setting
        .iter()
        .map(|s| label(setting_label(*s)))
        .collect();
    line(&mut out, Text::SumWhere, lang, &setting);
    let when: Vec<&str> = answers
        .when
        .map(|w| label(when_label(w)))
        .into_iter()
        .collect();
    line(&mut out, Text::SumWhen, lang, &when);
    let age: Vec<&str> = answers
        .age
        .map(|a| label(age_label(a)))
        .into_iter()
        .collect();
    line(&mut out, Text::SumAge, lang, &age);
    line(
        &mut out,
        Text::SumPlace,
        lang,
        &place.into_iter().collect::<Vec<_>>(),
    );
    let needs: Vec<&str> = answers
        .needs
        .iter()
        .map(|n| label(need_label(*n)))
        .collect();
    line(&mut out, Text::SumNeeds, lang, &needs);
    let contact: Vec<&str> = answers
        .contact
        .iter()
        .map(|c| label(contact_label(*c)))
        .collect();
    let contact_label = if professional {
        Text::SumContactClient
    } else {
        Text::SumContact
    };
    line(&mut out, contact_label, lang, &contact);
    if let Some(step) = chosen {
        if out.len() > 2 {
            out.push(String::new());
        }
        help_point(&mut out, step, lang);
    }
    out.join("\n")
}
