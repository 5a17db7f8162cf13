//! "Klopt er iets niet?": the short form under every plan option and on every
//! organisation page. It is a plain form (it works without JavaScript): the kind of
//! problem, an optional explanation with, before it, the warning not to write about
//! oneself, and an optional e-mail address. Sent from a plan, it carries the plan's
//! answers in hidden fields, so the thanks can lead back to the same plan.

use crate::components::{carried::hidden_fields, text_box::textarea_html};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    report::{About, Draft, DraftError, MAX_EMAIL_CHARS, MAX_TEXT_CHARS, field},
    route::report_path,
    triage::Answers,
    vocab::Problem,
};
use leptos::prelude::*;

/// The label of a kind of problem.
pub const fn problem_label(problem: Problem) -> Text {
    match problem {
        Problem::Phone => Text::ProblemPhone,
        Problem::Hours => Text::ProblemHours,
        Problem::Website => Text::ProblemWebsite,
        Problem::Address => Text::ProblemAddress,
        Problem::Other => Text::ProblemOther,
    }
}

/// What to say about a mistake in the form.
pub const fn error_text(error: DraftError) -> Text {
    match error {
        DraftError::NoKind => Text::ReportErrNoKind,
        DraftError::TextTooLong => Text::ReportErrTooLong,
        DraftError::EmailInvalid => Text::ReportErrEmail,
    }
}

/// The form, closed behind "Klopt er iets niet?".
#[component]
pub fn ReportDetails(
    lang: Lang,
    about: About,
    #[prop(optional)] answers: Option<Answers>,
) -> impl IntoView {
    view! {
        <details class="report">
            <summary>{t(Text::ReportSummary, lang)}</summary>
            <ReportForm lang about answers draft=Draft::default() errors=Vec::new() />
        </details>
    }
}

/// The form itself, filled with `draft` and with `errors` next to their fields.
#[component]
pub fn ReportForm(
    lang: Lang,
    about: About,
    answers: Option<Answers>,
    draft: Draft,
    errors: Vec<DraftError>,
) -> impl IntoView {
    let prefix = format!("report-{}", about.key().replace(':', "-"));
    let id = move |part: &str| format!("{prefix}-{part}");
    let error = |which: DraftError| errors.contains(&which).then(|| t(error_text(which), lang));
    let kind_error = error(DraftError::NoKind);
    let text_error = error(DraftError::TextTooLong);
    let email_error = error(DraftError::EmailInvalid);
    let options = Problem::ALL
        .iter()
        .map(|&problem| {
            let checked = draft.kind == problem.id();
            view! {
                <label class="choice">
                    <input type="radio" name=field::KIND value=problem.id() checked=checked />
                    {t(problem_label(problem), lang)}
                </label>
            }
        })
        .collect_view();
    let carried = answers.map(|answers| {
        view! {
            <input type="hidden" name=field::FROM_PLAN value="1" />
            {hidden_fields(&answers, &[])}
        }
    });
    let described = |hint: String, error: Option<&str>, error_id: String| match error {
        Some(_) => format!("{hint} {error_id}"),
        None => hint,
    };
    view! {
        <form class="report-form" method="post" action=report_path(lang)>
            <input type="hidden" name=field::ABOUT value=about.key() />
            {carried}
            <p>{t(Text::ReportIntro, lang)}</p>
            <fieldset aria-describedby=kind_error.map(|_| id("kind-error"))>
                <legend>{t(Text::ReportKindLegend, lang)}</legend>
                {kind_error
                    .map(|e| {
                        view! {
                            <p class="field-error" id=id("kind-error")>
                                {e}
                            </p>
                        }
                    })}
                {options}
            </fieldset>
            <p class="report-warning" id=id("warning")>
                <strong>{t(Text::ReportWarning, lang)}</strong>
            </p>
            <label for=id("text")>{t(Text::ReportTextLabel, lang)}</label>
            {text_error
                .map(|e| {
                    view! {
                        <p class="field-error" id=id("text-error")>
                            {e}
                        </p>
                    }
                })}
            <textarea
                id=id("text")
                name=field::TEXT
                rows="3"
                dir="auto"
                maxlength=MAX_TEXT_CHARS
                aria-describedby=described(id("warning"), text_error, id("text-error"))
                aria-invalid=text_error.map(|_| "true")
                inner_html=textarea_html(&draft.text)
            ></textarea>
            <label for=id("email")>{t(Text::ReportEmailLabel, lang)}</label>
            {email_error
                .map(|e| {
                    view! {
                        <p class="field-error" id=id("email-error")>
                            {e}
                        </p>
                    }
                })}
            <input
                type="email"
                id=id("email")
                name=field::EMAIL
                autocomplete="email"
                maxlength=MAX_EMAIL_CHARS
                value=draft.email.clone()
                aria-describedby=email_error.map(|_| id("email-error"))
                aria-invalid=email_error.map(|_| "true")
            />
            <button type="submit" class="secondary">
                {t(Text::ReportSend, lang)}
            </button>
        </form>
    }
}
