//! "Veilig gebruiken": what the quick exit does and does not erase, private browsing, a
//! shared phone, a saved or printed summary, and what the site keeps.

use hulpwijzer_core::i18n::{Lang, Text, t};
use leptos::prelude::*;

/// The safety page.
#[component]
pub fn Safety(lang: Lang) -> impl IntoView {
    view! {
        <h1>{t(Text::SafetyTitle, lang)}</h1>
        <p class="lead">{t(Text::SafetyIntro, lang)}</p>
        <h2>{t(Text::SafetyExitHeading, lang)}</h2>
        <p>{t(Text::SafetyExitText, lang)}</p>
        <p>{t(Text::SafetyExitDoes, lang)}</p>
        <h2>{t(Text::SafetyExitNotHeading, lang)}</h2>
        <ul>
            <li>{t(Text::SafetyExitNotHistory, lang)}</li>
            <li>{t(Text::SafetyExitNotScript, lang)}</li>
        </ul>
        <h2>{t(Text::SafetyPrivateHeading, lang)}</h2>
        <p>{t(Text::SafetyPrivateText, lang)}</p>
        <h2>{t(Text::SafetySharedHeading, lang)}</h2>
        <p>{t(Text::SafetySharedText, lang)}</p>
        <h2>{t(Text::SafetySummaryHeading, lang)}</h2>
        <p>{t(Text::SafetySummaryText, lang)}</p>
        <h2>{t(Text::SafetyDataHeading, lang)}</h2>
        <p>{t(Text::SafetyDataText, lang)}</p>
    }
}
