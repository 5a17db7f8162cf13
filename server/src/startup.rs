//! Everything the server loads before it answers: region tables, directory data, search
//! words and index, built assets; each checked, with a clear error if something is wrong.

use crate::{
    assets::{self, AssetsError, OUTPUT_NAME, PKG_DIR},
    config::Config,
    directory::{self, DataProblems},
    regions::{
        Regions,
        data::{self, DataError},
    },
    routes::AppState,
    search::{
        SearchError, SearchIndex,
        words::{Words, WordsError},
    },
    triage::{
        Triage,
        guidance::{self, GuidanceError},
    },
};
use app::site::SiteConfig;
use leptos::config::LeptosOptions;
use std::sync::Arc;

/// Why the server cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Regions(#[from] DataError),
    #[error(transparent)]
    Directory(#[from] DataProblems),
    #[error(transparent)]
    Words(#[from] WordsError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Assets(#[from] AssetsError),
    #[error(transparent)]
    Guidance(#[from] GuidanceError),
}

/// Loads and checks everything in `config`, data first, and builds the search index.
pub fn load(config: &Config) -> Result<AppState, StartupError> {
    let region_data = data::read(&config.regions_file)?;
    let directory = directory::load(&config.data_dir, &region_data, &directory::today())?;
    let words = Words::load(&config.data_dir)?;
    let guidance = guidance::load(&config.data_dir)?;
    let search = SearchIndex::build(&directory, words, config.index_dir.as_deref())?;
    let directory = Arc::new(directory);
    let (services, contacts) = directory.counts();
    tracing::info!(
        organisations = directory.organisations.len(),
        services,
        contacts,
        "directory loaded and indexed"
    );
    let assets = assets::find(&config.site_root)?;
    let leptos = LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir(PKG_DIR)
        .site_addr(config.addr)
        .build();
    Ok(AppState {
        leptos,
        site: SiteConfig {
            exit_url: config.exit_url.clone(),
            assets,
        },
        regions: Arc::new(Regions::new(region_data)),
        search: Arc::new(search),
        triage: Arc::new(Triage::new(directory.clone(), guidance)),
        directory,
    })
}
