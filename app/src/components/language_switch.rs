//! The language switch: a plain link to the same page in the other language, so it works
//! without JavaScript and without cookies.

use crate::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// A link to `href`, the current page in the other language, labelled in that language.
#[component]
pub fn LanguageSwitch(lang: Lang, href: String) -> impl IntoView {
    let other = lang.other();
    view! {
        <nav class="language-switch" aria-label=t(Text::LanguageNav, lang)>
            <a
                href=href
                hreflang=other.tag()
                lang=other.tag()
                title=t(Text::LanguageSwitchHint, other)
            >
                {t(Text::LanguageName, other)}
            </a>
        </nav>
    }
}
