//! "My situation in brief": the answers as a few plain lines, in the plan's language, with
//! only what the person chose to tell.

use super::{
    Answers,
    questions::{
        age_label, contact_label, need_label, role_label, setting_label, what_label, when_label,
    },
};
use crate::i18n::{Lang, Text, t};

fn line(out: &mut Vec<String>, label: Text, lang: Lang, values: Vec<&str>) {
    if !values.is_empty() {
        out.push(format!("{}: {}", t(label, lang), values.join(", ")));
    }
}

/// The summary text; `place` is the municipality or island the place resolved to.
///
/// ```
/// use app::{i18n::Lang, triage::{Answers, summary::text}, vocab::Role};
/// let answers = Answers { role: Some(Role::Victim), ..Answers::default() };
/// assert_eq!(text(&answers, Some("Utrecht"), Lang::En), "Who: It happened to me\nPlace: Utrecht");
/// ```
pub fn text(answers: &Answers, place: Option<&str>, lang: Lang) -> String {
    let mut out = Vec::new();
    if answers.danger_now == Some(true) {
        out.push(t(Text::SumDanger, lang).to_owned());
    }
    let label = |text: Text| t(text, lang);
    line(
        &mut out,
        Text::SumWho,
        lang,
        answers
            .role
            .map(|r| label(role_label(r)))
            .into_iter()
            .collect(),
    );
    line(
        &mut out,
        Text::SumWhat,
        lang,
        answers.what.iter().map(|w| label(what_label(*w))).collect(),
    );
    line(
        &mut out,
        Text::SumWhere,
        lang,
        answers
            .setting
            .iter()
            .map(|s| label(setting_label(*s)))
            .collect(),
    );
    line(
        &mut out,
        Text::SumWhen,
        lang,
        answers
            .when
            .map(|w| label(when_label(w)))
            .into_iter()
            .collect(),
    );
    line(
        &mut out,
        Text::SumAge,
        lang,
        answers
            .age
            .map(|a| label(age_label(a)))
            .into_iter()
            .collect(),
    );
    line(&mut out, Text::SumPlace, lang, place.into_iter().collect());
    line(
        &mut out,
        Text::SumNeeds,
        lang,
        answers
            .needs
            .iter()
            .map(|n| label(need_label(*n)))
            .collect(),
    );
    line(
        &mut out,
        Text::SumContact,
        lang,
        answers
            .contact
            .iter()
            .map(|c| label(contact_label(*c)))
            .collect(),
    );
    out.join("\n")
}
