//! The emergency line on every page: "In direct danger? Call 112", as a tap-to-call link;
//! 911 once the person has said they are on Bonaire, Sint Eustatius or Saba.

use crate::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The emergency number in the European Netherlands; 911 on Bonaire, Sint Eustatius and
/// Saba is passed in once a page knows the person is there.
pub const EMERGENCY_NL: &str = "112";

/// The emergency number on Bonaire, Sint Eustatius and Saba (its dispatch centre also
/// answers 112).
pub const EMERGENCY_ISLANDS: &str = "911";

/// "In direct gevaar? Bel 112", with the number as a `tel:` link; it follows `number`.
#[component]
pub fn EmergencyLine(lang: Lang, number: Signal<&'static str>) -> impl IntoView {
    view! {
        <aside class="emergency" aria-label=t(Text::EmergencyLabel, lang)>
            <p>
                <span>{t(Text::EmergencyQuestion, lang)}</span>
                " "
                <a class="emergency-call" href=move || format!("tel:{}", number.get())>
                    {t(Text::EmergencyCall, lang)}
                    " "
                    <strong>{move || number.get()}</strong>
                </a>
            </p>
        </aside>
    }
}
