//! The emergency line on every page: "In direct danger? Call 112", as a tap-to-call link;
//! 911 once the person has said they are on Bonaire, Sint Eustatius or Saba, and both
//! while no place is known (the start page, the directory, the first questions), so that
//! nobody on the islands is told only to call 112.

use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    triage::{EMERGENCY_ISLANDS, EMERGENCY_NL},
};
use leptos::prelude::*;

/// "In direct gevaar? Bel 112", with the number as a `tel:` link; it follows `number`, the
/// number where the person is, or both numbers while that is not known (`None`).
#[component]
pub fn EmergencyLine(lang: Lang, number: Signal<Option<&'static str>>) -> impl IntoView {
    let call = move |n: &'static str| {
        view! {
            <a class="emergency-call" href=format!("tel:{n}")>
                {t(Text::EmergencyCall, lang)}
                " "
                <strong>{n}</strong>
            </a>
        }
    };
    view! {
        <aside class="emergency" aria-label=t(Text::EmergencyLabel, lang)>
            <p>
                <span>{t(Text::EmergencyQuestion, lang)}</span>
                " "
                {move || call(number.get().unwrap_or(EMERGENCY_NL))}
                {move || {
                    number
                        .get()
                        .is_none()
                        .then(|| {
                            view! {
                                " "
                                <a
                                    class="emergency-islands"
                                    href=format!("tel:{EMERGENCY_ISLANDS}")
                                >
                                    <strong>{EMERGENCY_ISLANDS}</strong>
                                    " "
                                    {t(Text::OnTheIslands, lang)}
                                </a>
                            }
                        })
                }}
            </p>
        </aside>
    }
}
