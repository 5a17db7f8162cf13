//! The footer on every page: links to the safety and about pages, and the data attribution.

use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    route::PageId,
};
use leptos::prelude::*;

/// The site footer.
#[component]
pub fn Footer(lang: Lang) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <nav aria-label=t(Text::FooterNav, lang)>
                <ul>
                    <li>
                        <a href=PageId::Safety.path(lang)>{t(Text::SafetyLink, lang)}</a>
                    </li>
                    <li>
                        <a href=PageId::About.path(lang)>{t(Text::AboutLink, lang)}</a>
                    </li>
                </ul>
            </nav>
            <p class="attribution">{t(Text::GeoAttribution, lang)}</p>
        </footer>
    }
}
