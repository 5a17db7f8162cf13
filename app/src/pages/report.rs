//! The page a "Klopt er iets niet?" form leads to: the thanks with the way back (to the
//! plan, its answers posted again, or to the organisation's page), or the form again,
//! filled in as sent, with what needs another look. Reached by a POSTed form; asked for
//! directly, it says where the form is.

use crate::{
    components::{
        carried::hidden_fields,
        layout::{Layout, document_title},
        report::{ReportForm, error_text, voice_of},
    },
    page_data::use_page_data,
};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    page_data::{PageData, ReportOutcome, ReportView},
    route::{PageId, organisation_path, report_path},
};
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage(lang: Lang) -> impl IntoView {
    let switch_to = report_path(lang.other()).to_owned();
    match use_page_data() {
        PageData::Report(view) => {
            let voice = voice_of(view.answers.as_ref());
            let title = match view.outcome {
                ReportOutcome::Sent => t(voice.say(Text::ReportThanksTitle), lang),
                _ => t(Text::ReportSummary, lang),
            };
            view! {
                <Layout lang title=document_title(lang, Some(title)) switch_to>
                    <ReportBody lang view=*view />
                </Layout>
            }
            .into_any()
        }
        _ => view! {
            <Layout lang title=document_title(lang, Some(t(Text::ReportSummary, lang))) switch_to>
                <h1>{t(Text::ReportSummary, lang)}</h1>
                <p>{t(Text::ReportNoSubject, lang)}</p>
                <p>
                    <a href=PageId::Directory.path(lang)>{t(Text::DirectoryTitle, lang)}</a>
                </p>
            </Layout>
        }
        .into_any(),
    }
}

/// The way back: a button that posts the plan's answers again, or a link to the
/// organisation's page.
fn way_back(lang: Lang, view: &ReportView) -> impl IntoView + use<> {
    let voice = voice_of(view.answers.as_ref());
    match &view.answers {
        Some(answers) => view! {
            <form class="report-back" method="post" action=PageId::Triage.path(lang)>
                {hidden_fields(answers, &[])}
                <button type="submit" name="go" value="plan" class="primary">
                    {t(voice.say(Text::ReportBackToPlan), lang)}
                </button>
            </form>
        }
        .into_any(),
        None => view! {
            <p>
                <a href=organisation_path(
                    &view.organisation_id,
                    lang,
                )>{format!("{} {}", t(Text::ReportBackTo, lang), view.name)}</a>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn ReportBody(lang: Lang, view: ReportView) -> impl IntoView {
    let back = way_back(lang, &view);
    let voice = voice_of(view.answers.as_ref());
    let say = move |text: Text| t(voice.say(text), lang);
    let about = format!("{}: {}", t(Text::ReportAbout, lang), view.name);
    match view.outcome {
        ReportOutcome::Sent => view! {
            <h1 id="report-heading" tabindex="-1">
                {say(Text::ReportThanksTitle)}
            </h1>
            <p class="lead" role="status">
                {say(Text::ReportThanks)}
            </p>
            {back}
        }
        .into_any(),
        outcome => {
            let (message, errors) = match outcome {
                ReportOutcome::Mistakes(errors) => (Text::ReportMistakes, errors),
                ReportOutcome::TooMany => (Text::ReportTooMany, Vec::new()),
                _ => (Text::ReportNotSaved, Vec::new()),
            };
            let list = errors
                .iter()
                .map(|&e| view! { <li>{t(error_text(e), lang)}</li> })
                .collect_view();
            view! {
                <h1 id="report-heading" tabindex="-1">
                    {t(Text::ReportSummary, lang)}
                </h1>
                <p class="lead">{about}</p>
                <div class="note" role="alert">
                    <p>{say(message)}</p>
                    {(!errors.is_empty()).then(|| view! { <ul>{list}</ul> })}
                </div>
                <ReportForm
                    lang
                    about=view.about
                    answers=view.answers.clone()
                    draft=view.draft
                    errors
                />
                {back}
            }
            .into_any()
        }
    }
}
