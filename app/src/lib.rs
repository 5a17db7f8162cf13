//! Hulpwijzer's user interface: the page shell, the routes and the pages, rendered on the
//! server. The browser hydrates only the live pages (`LivePage`: the questionnaire and the
//! overview), each on its own, without the router; every other page needs no WebAssembly.

// The server and the browser must render the same HTML, so both are built with Leptos's
// erased components (.cargo/config.toml). A build that lost the flag, for example to a
// RUSTFLAGS of its own, stops here instead of hydrating wrongly.
#[cfg(not(erase_components))]
compile_error!(
    "build with `--cfg erase_components`: keep .cargo/config.toml's rustflags, or add the flag to RUSTFLAGS"
);

pub mod browser;
pub mod components;
pub mod page_data;
pub mod pages;
pub mod site;

#[cfg(feature = "ssr")]
mod shell;
#[cfg(feature = "ssr")]
pub use shell::shell;

use components::layout::Layout;
use components::layout::document_title;
use hulpwijzer_core::i18n::{Lang, t};
use hulpwijzer_core::page_data::PageError;
use hulpwijzer_core::route::{LivePage, PageId};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};
use pages::{
    about::About, directory::DirectoryPage, error::ErrorPage, home::Home, not_found::NotFound,
    organisation::OrganisationPage, overview::OverviewPage, report::ReportPage, safety::Safety,
    triage::TriagePage,
};

/// What every render does first, on the server and in the browser alike: the values the
/// server sends along are read back in the order they were made, so both start the same
/// way. The error the server answers with instead of a page, if any.
fn start() -> Option<PageError> {
    provide_meta_context();
    site::provide_exit_target();
    page_data::use_page_error()
}

/// The whole application as the server renders it: every route of the site inside the
/// page shell's `<body>`, or the error page when the server answers a request with one.
#[component]
pub fn App() -> impl IntoView {
    if let Some(error) = start() {
        return view! { <ErrorPage error /> }.into_any();
    }

    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route
                    path=path!("/")
                    view=|| view! { <SitePage id=PageId::Home lang=Lang::Nl /> }
                />
                <Route
                    path=path!("/veilig-gebruiken")
                    view=|| view! { <SitePage id=PageId::Safety lang=Lang::Nl /> }
                />
                <Route
                    path=path!("/over")
                    view=|| view! { <SitePage id=PageId::About lang=Lang::Nl /> }
                />
                <Route path=path!("/hulp") view=|| live(LivePage::Triage, Lang::Nl) />
                <Route path=path!("/hulp/overzicht") view=|| live(LivePage::Overview, Lang::Nl) />
                <Route path=path!("/wegwijzer") view=|| view! { <DirectoryPage lang=Lang::Nl /> } />
                <Route
                    path=path!("/organisaties/:id")
                    view=|| view! { <OrganisationPage lang=Lang::Nl /> }
                />
                <Route path=path!("/en/help") view=|| live(LivePage::Triage, Lang::En) />
                <Route path=path!("/en/help/overview") view=|| live(LivePage::Overview, Lang::En) />
                <Route
                    path=path!("/en/directory")
                    view=|| view! { <DirectoryPage lang=Lang::En /> }
                />
                <Route path=path!("/melding") view=|| view! { <ReportPage lang=Lang::Nl /> } />
                <Route path=path!("/en/report") view=|| view! { <ReportPage lang=Lang::En /> } />
                <Route
                    path=path!("/en/organisations/:id")
                    view=|| view! { <OrganisationPage lang=Lang::En /> }
                />
                <Route
                    path=path!("/en")
                    view=|| view! { <SitePage id=PageId::Home lang=Lang::En /> }
                />
                <Route
                    path=path!("/en/safe-use")
                    view=|| view! { <SitePage id=PageId::Safety lang=Lang::En /> }
                />
                <Route
                    path=path!("/en/about")
                    view=|| view! { <SitePage id=PageId::About lang=Lang::En /> }
                />
            </Routes>
        </Router>
    }
    .into_any()
}

/// A live page as the browser hydrates it: the same start as [`App`], then the page alone.
/// The server renders it inside the router, which adds nothing to the HTML around it. The
/// shell sends no hydration script with an error page, so there is no error here.
#[component]
pub fn LiveApp(page: LivePage, lang: Lang) -> impl IntoView {
    let _ = start();
    live(page, lang)
}

/// A live page's view, for the router on the server and for [`LiveApp`] in the browser.
fn live(page: LivePage, lang: Lang) -> AnyView {
    match page {
        LivePage::Triage => view! { <TriagePage lang /> }.into_any(),
        LivePage::Overview => view! { <OverviewPage lang /> }.into_any(),
    }
}

/// One page of the site, in its language, inside the common layout (the questionnaire and
/// the directory bring their own, as they change with what is sent).
#[component]
fn SitePage(id: PageId, lang: Lang) -> impl IntoView {
    let body = match id {
        PageId::Directory => return view! { <DirectoryPage lang /> }.into_any(),
        PageId::Triage => return live(LivePage::Triage, lang),
        PageId::Home => view! { <Home lang /> }.into_any(),
        PageId::Safety => view! { <Safety lang /> }.into_any(),
        PageId::About => view! { <About lang /> }.into_any(),
    };
    let title = document_title(lang, id.title().map(|text| t(text, lang)));
    view! {
        <Layout lang title switch_to=id.path(lang.other()).to_owned()>
            {body}
        </Layout>
    }
    .into_any()
}
