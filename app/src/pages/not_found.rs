//! The page for an address that does not exist, in the language of that address. The
//! server sends it with status 404.

use crate::components::layout::{Layout, document_title};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    route::PageId,
};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The "not found" page.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = Lang::from_path(&use_location().pathname.get_untracked());
    view! {
        <Layout
            lang
            title=document_title(lang, Some(t(Text::NotFoundTitle, lang)))
            switch_to=PageId::Home.path(lang.other()).to_owned()
        >
            <h1>{t(Text::NotFoundTitle, lang)}</h1>
            <p>{t(Text::NotFoundText, lang)}</p>
            <p>
                <a href=PageId::Home.path(lang)>{t(Text::NotFoundHome, lang)}</a>
            </p>
        </Layout>
    }
}
