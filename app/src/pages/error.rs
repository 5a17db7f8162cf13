//! The page the server sends instead of the one asked for when a request cannot be
//! answered: a form from another website, too much text, a form we cannot read, a timeout,
//! a fault of ours. It has the common layout, so the quick exit and the emergency number
//! are there as on every page, and it says kindly what happened and where to go on.

use crate::components::layout::{Layout, document_title};
use hulpwijzer_core::{
    i18n::{Text, t},
    page_data::{ErrorKind, PageError},
    route::PageId,
};
use leptos::prelude::*;

/// The title and the explanation for each kind of error.
const fn texts(kind: ErrorKind) -> (Text, Text) {
    match kind {
        ErrorKind::CrossSite => (Text::ErrorCrossSiteTitle, Text::ErrorCrossSiteText),
        ErrorKind::NotFound => (Text::NotFoundTitle, Text::NotFoundText),
        ErrorKind::TooLarge => (Text::ErrorTooLargeTitle, Text::ErrorTooLargeText),
        ErrorKind::Timeout => (Text::ErrorTimeoutTitle, Text::ErrorTimeoutText),
        ErrorKind::BadRequest => (Text::ErrorBadRequestTitle, Text::ErrorBadRequestText),
        ErrorKind::Server => (Text::ErrorServerTitle, Text::ErrorServerText),
    }
}

/// The error page for `error`.
#[component]
pub fn ErrorPage(error: PageError) -> impl IntoView {
    let lang = error.lang;
    let (title, text) = texts(error.kind);
    view! {
        <Layout
            lang
            title=document_title(lang, Some(t(title, lang)))
            switch_to=PageId::Home.path(lang.other()).to_owned()
        >
            <h1>{t(title, lang)}</h1>
            <p>{t(text, lang)}</p>
            <ul class="error-next">
                <li>
                    <a href=PageId::Triage.path(lang)>{t(Text::ErrorStartAgain, lang)}</a>
                </li>
                <li>
                    <a href=PageId::Home.path(lang)>{t(Text::NotFoundHome, lang)}</a>
                </li>
            </ul>
        </Layout>
    }
}
