//! What every request handler can reach: the loaded data, the engines over it, the
//! deployment's settings and the one clock. Built once at start-up; the web layer reads
//! it, the engines below never see it.

use crate::{
    clock::Clock,
    directory::{Directory, hours::At},
    hsds::Catalogue,
    page_cache::PageCache,
    regions::Regions,
    reports::{RateLimit, Reports},
    search::SearchIndex,
    static_files::StaticFiles,
    triage::Triage,
};
use app::site::SiteConfig;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// What every request handler can reach: one shared [`State`]. Every layer and extractor
/// of a request takes its own copy of the state, so a copy is one reference count.
#[derive(Clone)]
pub struct AppState(Arc<State>);

impl AppState {
    /// Shares `state` with every request.
    pub fn new(state: State) -> AppState {
        AppState(Arc::new(state))
    }
}

impl std::ops::Deref for AppState {
    type Target = State;

    fn deref(&self) -> &State {
        &self.0
    }
}

/// The server's state: settings, data, index, engine and stores.
pub struct State {
    /// Leptos's own settings (site root, package folder, address).
    pub leptos: LeptosOptions,
    /// What the pages need to know about this deployment.
    pub site: SiteConfig,
    /// Municipalities, regions and islands, for resolving places.
    pub regions: Arc<Regions>,
    /// The checked directory data.
    pub directory: Arc<Directory>,
    /// The search index over the directory.
    pub search: Arc<SearchIndex>,
    /// Where each record of the HSDS open data is in the directory.
    pub hsds: Arc<Catalogue>,
    /// The triage engine: answers to a plan.
    pub triage: Arc<Triage>,
    /// The site is reached over HTTPS: answers carry `Strict-Transport-Security`.
    pub https: bool,
    /// How long a handler waits for a whole request body.
    pub body_timeout: std::time::Duration,
    /// The one clock every handler asks for the current moment.
    pub clock: Clock,
    /// Where "Klopt er iets niet?" notes are kept.
    pub reports: Reports,
    /// How many notes one client may send, counted in memory only.
    pub report_limit: Arc<RateLimit>,
    /// The client's address is the last in `X-Forwarded-For`, added by a proxy in front.
    pub behind_proxy: bool,
    /// The built site's files, in memory.
    pub files: Arc<StaticFiles>,
    /// The pages that are the same for everyone, kept once rendered.
    pub pages: Arc<PageCache>,
}

impl State {
    /// The current moment on the one clock, with the directory's public holidays.
    pub fn at(&self) -> At<'_> {
        At {
            utc: self.clock.now(),
            holidays: &self.directory.holidays,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos.clone()
    }
}
