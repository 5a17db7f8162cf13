//! Everything the server loads before it answers: region tables, directory data, search
//! words and index, built assets; each checked, with a clear error if something is wrong.
//! The data check ([`check_data`]) is the one `hulpwijzer check-data` runs: the directory
//! must have organisations, and the directory and guidance every id the triage engine
//! names.

use crate::{
    assets::{self, AssetsError, OUTPUT_NAME, PKG_DIR},
    clock::Clock,
    config::Config,
    directory::{self, DataProblems, Directory, texts::Filing},
    hsds::Catalogue,
    regions::{
        Regions,
        data::{self, DataError, RegionData},
    },
    reports::{RateLimit, Reports, StoreError},
    search::{
        SearchError, SearchIndex,
        words::{Words, WordsError},
    },
    state::{AppState, State},
    static_files::{ReadError, StaticFiles},
    triage::{
        Triage,
        guidance::{self, GuidanceError},
        ids::MissingIds,
    },
};
use app::site::SiteConfig;
use leptos::config::LeptosOptions;
use std::{path::PathBuf, sync::Arc};

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
    #[error(
        "{} holds no organisation files (*.toml): without them there is no help to show",
        .0.display()
    )]
    NoOrganisations(PathBuf),
    #[error(
        "cannot keep the directory's texts in {folder}: {1}; set HULPWIJZER_INDEX_DIR to a \
         folder the server may write, or leave it unset to keep everything in memory",
        folder = .0.display()
    )]
    Texts(PathBuf, std::io::Error),
    #[error(transparent)]
    MissingIds(#[from] MissingIds),
    #[error(transparent)]
    Reports(#[from] StoreError),
    #[error("{0}; build the site first (see README.md)")]
    Files(#[from] ReadError),
}

/// The checked data: region tables, directory and the triage engine over them.
pub struct Data {
    pub region_data: RegionData,
    pub directory: Arc<Directory>,
    pub triage: Triage,
}

/// Loads and checks the region tables, the directory and the guidance: the directory has
/// organisations, and with the guidance every id the triage engine names.
pub fn check_data(config: &Config) -> Result<Data, StartupError> {
    read_data(config, None)
}

/// [`check_data`], with the directory's long texts kept in `filing`'s file.
fn read_data(config: &Config, filing: Option<Filing>) -> Result<Data, StartupError> {
    let started = std::time::Instant::now();
    let region_data = data::read(&config.regions_file)?;
    // The facts are checked against the real date, also when the clock is fixed for a demo.
    let today = Clock::System.today();
    let directory = directory::load_filing(&config.data_dir, &region_data, today, filing)?;
    if directory.organisations.is_empty() {
        return Err(StartupError::NoOrganisations(
            config.data_dir.join("organisations"),
        ));
    }
    let guidance = guidance::load(&config.data_dir)?;
    let directory = Arc::new(directory);
    let triage = Triage::new(directory.clone(), guidance)?;
    tracing::info!(
        ms = started.elapsed().as_millis(),
        "directory read and checked"
    );
    Ok(Data {
        region_data,
        directory,
        triage,
    })
}

/// Loads and checks everything in `config`, data first, and builds the search index.
/// With the index kept in a folder, the directory's long texts are kept in a file there.
pub fn load(config: &Config) -> Result<AppState, StartupError> {
    let filing = match &config.index_dir {
        Some(folder) => {
            Some(Filing::create(folder).map_err(|err| StartupError::Texts(folder.clone(), err))?)
        }
        None => None,
    };
    let Data {
        region_data,
        directory,
        triage,
    } = read_data(config, filing)?;
    let started = std::time::Instant::now();
    let words = Words::load(&config.data_dir)?;
    let search = SearchIndex::build(&directory, words, config.index_dir.as_deref())?;
    let (services, contacts) = directory.counts();
    tracing::info!(
        organisations = directory.organisations.len(),
        services,
        contacts,
        kept = ?search.kept(),
        ms = started.elapsed().as_millis(),
        "directory indexed"
    );
    let assets = assets::find(&config.site_root)?;
    let files = StaticFiles::load(&config.site_root)?;
    let leptos = LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir(PKG_DIR)
        .site_addr(config.addr)
        .build();
    let started = std::time::Instant::now();
    let regions = Arc::new(Regions::new(region_data));
    let hsds = Arc::new(Catalogue::new(directory.clone(), regions.clone()));
    tracing::info!(
        ms = started.elapsed().as_millis(),
        "open-data catalogue made"
    );
    Ok(AppState::new(State {
        leptos,
        hsds,
        site: SiteConfig {
            exit_url: config.exit_url.clone(),
            assets,
        },
        regions,
        search: Arc::new(search),
        triage: Arc::new(triage),
        directory,
        https: config.https,
        body_timeout: config.limits.body_timeout,
        clock: config.clock,
        reports: Reports::connect(&config.database_url)?,
        report_limit: Arc::new(RateLimit::new(
            config.reports_per_hour,
            std::time::Duration::from_secs(3600),
        )),
        behind_proxy: config.behind_proxy,
        files: Arc::new(files),
        pages: Arc::default(),
    }))
}
