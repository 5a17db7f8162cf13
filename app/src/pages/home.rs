//! The start page: what Hulpwijzer is and its two doors, find help and search the
//! directory. Both doors are still being built and say so.

use crate::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The start page.
#[component]
pub fn Home(lang: Lang) -> impl IntoView {
    view! {
        <h1>{t(Text::HomeHeading, lang)}</h1>
        <p class="lead">{t(Text::HomeIntro, lang)}</p>
        <section class="doors" aria-labelledby="doors-heading">
            <h2 id="doors-heading">{t(Text::DoorsHeading, lang)}</h2>
            <Door lang title=Text::DoorFindTitle text=Text::DoorFindText />
            <Door lang title=Text::DoorSearchTitle text=Text::DoorSearchText />
        </section>
        <p>{t(Text::HomePrivacy, lang)}</p>
    }
}

/// One of the two ways in; a placeholder until its issue is built.
#[component]
fn Door(lang: Lang, title: Text, text: Text) -> impl IntoView {
    view! {
        <article class="door">
            <h3>{t(title, lang)}</h3>
            <p>{t(text, lang)}</p>
            <p class="door-status">{t(Text::DoorComingSoon, lang)}</p>
        </article>
    }
}
