//! What the server tells the pages about this deployment: where the built assets are and
//! where the quick exit leads.

use leptos::prelude::*;

/// Where the quick exit goes when nothing else is configured: a neutral weather site.
pub const DEFAULT_EXIT_URL: &str = "https://www.buienradar.nl/";

/// The addresses of the built, content-hashed assets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    /// The stylesheet, e.g. `/pkg/hulpwijzer.1a2b3c.css`.
    pub css: String,
    /// The JavaScript glue that loads the WebAssembly.
    pub js: String,
    /// The WebAssembly module.
    pub wasm: String,
}

/// The deployment's settings that the pages need, provided as context by the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// The neutral site the quick exit leaves to.
    pub exit_url: String,
    /// The built assets.
    pub assets: Assets,
}

/// The address the quick exit leaves to, available to every component as context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExitTarget(pub String);

/// Makes the quick-exit address known to the components, on the server from the
/// [`SiteConfig`] and in the browser from the value the server sent along with the page,
/// so that both render the same link.
pub fn provide_exit_target() {
    let url = SharedValue::new(|| {
        use_context::<SiteConfig>()
            .map(|site| site.exit_url)
            .unwrap_or_else(|| DEFAULT_EXIT_URL.to_owned())
    });
    provide_context(ExitTarget(url.into_inner()));
}
