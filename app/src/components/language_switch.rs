//! The language switch: a plain link to the same page in the other language, so it works
//! without JavaScript and without cookies. In the questionnaire it is a form that posts
//! the answers to the other language's address, so nothing is lost and nothing goes into
//! the address.

use hulpwijzer_core::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The fields a language switch carries to the other language (see
/// [`hulpwijzer_core::triage::form::same_screen`]).
pub type Carried = Signal<Vec<(&'static str, String)>>;

/// A link to `href`, the current page in the other language, labelled in that language; a
/// button posting `carry` to `href` when the page has answers to keep.
#[component]
pub fn LanguageSwitch(lang: Lang, href: String, carry: Option<Carried>) -> impl IntoView {
    let other = lang.other();
    let label = t(Text::LanguageName, other);
    let hint = t(Text::LanguageSwitchHint, other);
    let control = match carry {
        None => view! {
            <a href=href hreflang=other.tag() lang=other.tag() title=hint>
                {label}
            </a>
        }
        .into_any(),
        Some(carry) => view! {
            <form method="post" action=href>
                {move || {
                    carry
                        .get()
                        .into_iter()
                        .map(|(name, value)| {
                            view! { <input type="hidden" name=name value=value /> }
                        })
                        .collect_view()
                }}
                <button type="submit" class="language-link" lang=other.tag() title=hint>
                    {label}
                </button>
            </form>
        }
        .into_any(),
    };
    view! {
        <nav class="language-switch" aria-label=t(Text::LanguageNav, lang)>
            {control}
        </nav>
    }
}
