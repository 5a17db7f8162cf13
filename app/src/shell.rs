//! The HTML document around the app, rendered on the server only: head, stylesheet, the
//! quick-exit script and, on a live page, the hydration script, each script with the
//! response's CSP nonce.

use crate::{App, site::SiteConfig};
use hulpwijzer_core::{page_data::PageError, route::LivePage};
use leptos::{nonce::use_nonce, prelude::*};
use leptos_meta::MetaTags;
use leptos_router::location::RequestUrl;

/// The quick exit's script, inlined so it works before (and without) the WebAssembly:
/// - a click on any `[data-quick-exit]` link (the button, the skip link) leaves at once;
/// - Shift pressed three times within 5 seconds leaves too; any other key resets the count,
///   and each press is announced in the `[data-quick-exit-status]` live region;
/// - leaving blanks the page, remembers in `sessionStorage` for this tab that the person
///   left, and replaces the current history entry with the neutral site;
/// - coming Back to a page of this site after leaving (from the back-forward cache or
///   loaded again) leaves again before anything is shown; arriving any other way forgets.
const QUICK_EXIT_JS: &str = include_str!("quick_exit.js");

/// Renders the document for one request; `site` comes from the server's configuration.
pub fn shell(site: SiteConfig) -> impl IntoView {
    let nonce = use_nonce();
    let assets = site.assets.clone();
    // Only a live page loads the WebAssembly; no preload hints for it, as browsers fetch
    // those even with JavaScript off.
    let hydrate = is_live().then(|| {
        view! {
            <script
                type="module"
                nonce=nonce.clone()
                inner_html=hydration_script(&assets.js, &assets.wasm)
            ></script>
        }
    });
    let exit_url = site.exit_url.clone();
    provide_context(site);

    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" href=assets.css />
                <script
                    nonce=nonce.clone()
                    data-exit-url=exit_url
                    inner_html=QUICK_EXIT_JS
                ></script>
                {hydrate}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Whether this render is a live page (the browser hydrates it): a live page's address,
/// read as the router reads it, and no error page in its place.
fn is_live() -> bool {
    let path = use_context::<RequestUrl>().and_then(|url| url.parse().ok());
    use_context::<PageError>().is_none()
        && path.is_some_and(|url| LivePage::at(url.path()).is_some())
}

/// The module script that loads the WebAssembly and hydrates the page.
fn hydration_script(js: &str, wasm: &str) -> String {
    format!(
        "import init, {{ hydrate }} from {js:?};\ninit({{ module_or_path: {wasm:?} }}).then(hydrate);"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hydration_script_quotes_the_asset_paths() {
        let script = hydration_script("/pkg/a.1.js", "/pkg/a.1.wasm");
        assert!(script.contains("from \"/pkg/a.1.js\""));
        assert!(script.contains("module_or_path: \"/pkg/a.1.wasm\""));
    }
}
