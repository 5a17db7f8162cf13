//! The WebAssembly entry point: hydrates the server-rendered page with the app. The crate is
//! empty unless built for the browser with the `hydrate` feature.
#![cfg(feature = "hydrate")]

use wasm_bindgen::prelude::wasm_bindgen;

/// Called by the page's module script once the WebAssembly has loaded. When done, it marks
/// `<html data-hydrated="true">`, which the browser tests wait for.
#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    if let Some(root) = leptos::prelude::document().document_element()
        && root.set_attribute("data-hydrated", "true").is_err()
    {
        leptos::logging::warn!("could not mark the page as hydrated");
    }
}
