//! The emergency line on every page: "In direct danger? Call 112", as a tap-to-call link;
//! 911 once the person has said they are on Bonaire, Sint Eustatius or Saba.

use hulpwijzer_core::i18n::{Lang, Text, t};
use leptos::prelude::*;

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
