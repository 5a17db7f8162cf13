//! The layout around every page: document language and title, skip links, the header with
//! the quick exit and the emergency line, the main content and the footer.

use crate::components::{
    emergency::EmergencyLine,
    footer::Footer,
    language_switch::{Carried, LanguageSwitch},
    quick_exit::{QuickExit, QuickExitSkipLink, QuickExitStatus},
};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    route::PageId,
};
use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title};

/// The id of `<main>`, the target of the "skip to content" link.
const MAIN_ID: &str = "inhoud";

/// The document title for a page title: "Title – Hulpwijzer", or the site name alone.
pub fn document_title(lang: Lang, title: Option<&str>) -> String {
    match title {
        Some(title) => format!("{title} – {}", t(Text::SiteName, lang)),
        None => t(Text::SiteName, lang).to_owned(),
    }
}

/// Wraps a page's content in the common layout: `title` is the whole document title,
/// `switch_to` the same page in the other language, `emergency` the emergency number
/// where the person is (not known unless a page knows better: then both numbers are
/// shown), `carry` what the language switch posts to keep the answers.
#[component]
pub fn Layout(
    lang: Lang,
    title: String,
    switch_to: String,
    #[prop(into, default = Signal::stored(None))] emergency: Signal<Option<&'static str>>,
    /// Answers the language switch keeps (the questionnaire); none elsewhere.
    #[prop(optional)]
    carry: Option<Carried>,
    children: Children,
) -> impl IntoView {
    let home = PageId::Home.path(lang);

    view! {
        <Html attr:lang=lang.tag() />
        <Title text=title />
        <Meta name="description" content=t(Text::SiteDescription, lang) />
        <header class="site-header">
            <QuickExitSkipLink lang />
            <a class="skip-link" href=format!("#{MAIN_ID}")>
                {t(Text::SkipToContent, lang)}
            </a>
            <div class="top-bar">
                <a class="site-name" href=home aria-label=t(Text::HomeLinkLabel, lang)>
                    {t(Text::SiteName, lang)}
                </a>
                <QuickExit lang />
            </div>
        </header>
        <EmergencyLine lang number=emergency />
        <LanguageSwitch lang href=switch_to carry />
        <main id=MAIN_ID tabindex="-1">
            {children()}
        </main>
        <Footer lang />
        <QuickExitStatus />
    }
}
