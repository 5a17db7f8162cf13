//! "Over Hulpwijzer": what the site is for, how far it is, and where its data come from.

use hulpwijzer_core::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The about page.
#[component]
pub fn About(lang: Lang) -> impl IntoView {
    view! {
        <h1>{t(Text::AboutTitle, lang)}</h1>
        <p class="lead">{t(Text::AboutIntro, lang)}</p>
        <p>{t(Text::AboutStatus, lang)}</p>
        <h2>{t(Text::AboutSourcesHeading, lang)}</h2>
        <p>{t(Text::AboutSourcesData, lang)}</p>
        <p>{t(Text::AboutSourcesGeo, lang)}</p>
        <p>{t(Text::GeoAttribution, lang)}</p>
    }
}
