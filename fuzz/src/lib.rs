//! What the fuzz targets share: the repository's real data (the committed region tables,
//! the directory, the guidance and the search words under `data/`), loaded once per
//! fuzzing process through the server's own start-up check, and the engines over it, so
//! that every input meets the code paths a request meets. The clock is fixed: a crash
//! found today is reproduced tomorrow.

use axum::body::Bytes;
use server::{
    clock::Clock,
    config::Config,
    directory::{Directory, validate::Known},
    regions::Regions,
    search::{SearchIndex, words::Words},
    startup::{self, Data},
    triage::Triage,
};
use std::{
    path::PathBuf,
    sync::{Arc, LazyLock},
};

/// The engines over the real data.
pub struct World {
    pub regions: Regions,
    pub directory: Arc<Directory>,
    pub triage: Triage,
    /// The region codes the directory may name, for checking an organisation file.
    pub known: Known,
}

/// The repository's `data/` folder.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// The configuration the server would read with only the data folders set.
fn config() -> Config {
    let data = data_dir();
    let regions = data.join("regions.json");
    Config::from_lookup(|name| match name {
        "HULPWIJZER_DATA_DIR" => Some(data.display().to_string()),
        "HULPWIJZER_REGIONS_FILE" => Some(regions.display().to_string()),
        _ => None,
    })
    .unwrap_or_else(|err| panic!("the fuzz configuration is refused: {err}"))
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    let Data {
        region_data,
        directory,
        triage,
    } = startup::check_data(&config())
        .unwrap_or_else(|err| panic!("the repository's data does not load: {err}"));
    World {
        known: Known::from_regions(&region_data),
        regions: Regions::new(region_data),
        directory,
        triage,
    }
});

static SEARCH: LazyLock<SearchIndex> = LazyLock::new(|| {
    let words = Words::load(&data_dir())
        .unwrap_or_else(|err| panic!("the search words do not load: {err}"));
    SearchIndex::build(&world().directory, words, None)
        .unwrap_or_else(|err| panic!("the search index is not built: {err}"))
});

/// The engines over the real data, loaded at the first call.
pub fn world() -> &'static World {
    &WORLD
}

/// The search index over the real directory, built at the first call.
pub fn search() -> &'static SearchIndex {
    &SEARCH
}

/// Moments the plans are made at: a weekday afternoon, a weekday night, Christmas night,
/// and King's Day morning on the islands, so that "open now", night ordering and public
/// holidays are all met.
pub const MOMENTS: [&str; 4] = [
    "2026-12-03T14:00:00+01:00",
    "2026-12-03T00:30:00+01:00",
    "2026-12-25T23:30:00+01:00",
    "2027-04-27T09:00:00-04:00",
];

static SECONDS: LazyLock<Vec<i64>> = LazyLock::new(|| {
    MOMENTS
        .iter()
        .map(|text| {
            Clock::fixed(text)
                .unwrap_or_else(|| panic!("{text} is not a moment"))
                .now()
        })
        .collect()
});

/// One of [`MOMENTS`] in UTC seconds, chosen by the input, so that the same input always
/// meets the same moment.
pub fn moment(input: &[u8]) -> i64 {
    SECONDS[input.len() % SECONDS.len()]
}

/// The fixed date an organisation file is checked against: no fact was verified later.
pub fn today() -> jiff::civil::Date {
    Clock::fixed("2026-12-03T12:00:00+01:00")
        .unwrap_or_else(|| panic!("the fuzz date is not a moment"))
        .today()
}

/// A request body as the handlers receive it.
pub fn body(data: &[u8]) -> Bytes {
    Bytes::copy_from_slice(data)
}
