//! The emergency line on every page: "In direct danger? Call 112", as a tap-to-call link.

use crate::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The emergency number in the European Netherlands; 911 on Bonaire, Sint Eustatius and
/// Saba is passed in once a page knows the person is there.
pub const EMERGENCY_NL: &str = "112";

/// "In direct gevaar? Bel 112", with the number as a `tel:` link.
#[component]
pub fn EmergencyLine(
    lang: Lang,
    #[prop(default = EMERGENCY_NL)] number: &'static str,
) -> impl IntoView {
    view! {
        <aside class="emergency" aria-label=t(Text::EmergencyLabel, lang)>
            <p>
                <span>{t(Text::EmergencyQuestion, lang)}</span>
                " "
                <a class="emergency-call" href=format!("tel:{number}")>
                    {t(Text::EmergencyCall, lang)}
                    " "
                    <strong>{number}</strong>
                </a>
            </p>
        </aside>
    }
}
