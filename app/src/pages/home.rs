//! The start page: what Hulpwijzer is, a big button to find help (the questionnaire) above
//! the fold, and its two doors, find help and search the directory.

use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    route::PageId,
};
use leptos::prelude::*;

/// The start page.
#[component]
pub fn Home(lang: Lang) -> impl IntoView {
    view! {
        <h1>{t(Text::HomeHeading, lang)}</h1>
        <p class="lead">{t(Text::HomeIntro, lang)}</p>
        // The main action, big and above the fold on a phone.
        <p class="start-help">
            <a class="action action-big" href=PageId::Triage.path(lang)>
                {t(Text::DoorFindTitle, lang)}
            </a>
        </p>
        <section class="doors" aria-labelledby="doors-heading">
            <h2 id="doors-heading">{t(Text::DoorsHeading, lang)}</h2>
            <article class="door">
                <h3>{t(Text::DoorFindTitle, lang)}</h3>
                <p>{t(Text::DoorFindText, lang)}</p>
                <p>
                    <a class="door-link" href=PageId::Triage.path(lang)>
                        {t(Text::TriageStart, lang)}
                    </a>
                </p>
            </article>
            <article class="door">
                <h3>{t(Text::DoorSearchTitle, lang)}</h3>
                <p>{t(Text::DoorSearchText, lang)}</p>
                <p>
                    <a class="door-link" href=PageId::Directory.path(lang)>
                        {t(Text::DoorSearchLink, lang)}
                    </a>
                </p>
            </article>
        </section>
        <p>{t(Text::HomePrivacy, lang)}</p>
    }
}
