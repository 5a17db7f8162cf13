//! "Klopt er iets niet?": the short form under every plan option (inside its "more"
//! disclosure) and on every organisation page. It is a plain form (it works without
//! JavaScript): the kind of problem, then, in a box before the text box, the warning not
//! to write about oneself, an optional explanation and an optional e-mail address. Sent
//! from a plan, it carries the plan's answers in hidden fields, so the thanks can lead
//! back to the same plan; to a professional it says "u".

use crate::components::{carried::hidden_fields, text_box::textarea_html};
use hulpwijzer_core::{
    i18n::{Lang, Text, Voice, t},
    report::{About, Draft, DraftError, MAX_EMAIL_CHARS, MAX_TEXT_CHARS, field},
    route::report_path,
    triage::Answers,
    vocab::{Problem, Role},
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

/// The voice for the answers a form carries: "u" for a professional.
pub fn voice_of(answers: Option<&Answers>) -> Voice {
    Voice::of(answers.is_some_and(|a| a.role == Some(Role::Professional)))
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
    let voice = voice_of(answers.as_ref());
    let say = move |text: Text| t(voice.say(text), lang);
    let prefix = format!("report-{}", about.key().replace(':', "-"));
    let id = move |part: &str| format!("{prefix}-{part}");
    let error = |which: DraftError| errors.contains(&which).then(|| t(error_text(which), lang));
    let kind_error = error(DraftError::NoKind);
    let text_error = error(DraftError::TextTooLong);
    let email_error = error(DraftError::EmailInvalid);
    let options = Problem::ALL
        .iter()
        .map(|&problem| {
            let option_id = id(problem.id());
            view! {
                <li>
                    <input
                        type="radio"
                        id=option_id.clone()
                        name=field::KIND
                        value=problem.id()
                        checked=draft.kind == problem.id()
                    />
                    <label for=option_id>{t(problem_label(problem), lang)}</label>
                </li>
            }
        })
        .collect_view();
    let carried = answers.map(|answers| {
        view! {
            <input type="hidden" name=field::FROM_PLAN value="1" />
            {hidden_fields(&answers, &[])}
        }
    });
    let described = |first: String, error: Option<&str>, error_id: String| match error {
        Some(_) => format!("{first} {error_id}"),
        None => first,
    };
    view! {
        <form class="report-form" method="post" action=report_path(lang)>
            <input type="hidden" name=field::ABOUT value=about.key() />
            {carried}
            <p>{say(Text::ReportIntro)}</p>
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
                <ul class="options">{options}</ul>
            </fieldset>
            <div class="note report-warning" id=id("warning")>
                <p>
                    <strong>{say(Text::ReportWarning)}</strong>
                </p>
                <p>{say(Text::ReportWarningMore)}</p>
            </div>
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
                rows="4"
                dir="auto"
                maxlength=MAX_TEXT_CHARS
                aria-describedby=described(id("warning"), text_error, id("text-error"))
                aria-invalid=text_error.map(|_| "true")
                inner_html=textarea_html(&draft.text)
            ></textarea>
            <label for=id("email")>{say(Text::ReportEmailLabel)}</label>
            <p class="hint" id=id("email-hint")>
                {say(Text::ReportEmailHint)}
            </p>
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
                aria-describedby=described(id("email-hint"), email_error, id("email-error"))
                aria-invalid=email_error.map(|_| "true")
            />
            <button type="submit" class="primary">
                {t(Text::ReportSend, lang)}
            </button>
        </form>
    }
}
