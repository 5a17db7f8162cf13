//! The WebAssembly entry point: hydrates the live page the server sent (the questionnaire
//! or the overview). The crate is empty unless built for the browser with the `hydrate`
//! feature.
#![cfg(feature = "hydrate")]

use hulpwijzer_core::route::LivePage;
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;

/// Called by a live page's module script once the WebAssembly has loaded. When done, it
/// marks `<html data-hydrated="true">`, which the browser tests wait for. Other pages do
/// not load the WebAssembly; should one do so anyway, it is left as it is.
#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let address = window().location().pathname().unwrap_or_default();
    let Some((page, lang)) = LivePage::at(&address) else {
        leptos::logging::warn!("not a live page: nothing to hydrate");
        return;
    };
    leptos::mount::hydrate_body(move || view! { <app::LiveApp page lang /> });
    if let Some(root) = document().document_element()
        && root.set_attribute("data-hydrated", "true").is_err()
    {
        leptos::logging::warn!("could not mark the page as hydrated");
    }
}
