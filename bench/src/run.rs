//! The search benchmark: generate (or read) a directory, load it with the real loader,
//! build the server's tantivy index and two FTS5 indexes of it, and run the query set on
//! all three in the same process and thread, the engines taking turns at going first.

use crate::{
    bare::Bare,
    fts::{Fts5, Variant},
    generate::{self, Municipality},
    memory::{self, Cost},
    queries::{QueryCase, QuerySet},
};
use anyhow::Context;
use server::{
    clock::Clock,
    directory::{self, Directory},
    regions::{Regions, data},
    search::{SearchIndex, SearchQuery, words::Words},
};
use std::{
    hint::black_box,
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// Services to generate (plants included).
    pub services: usize,
    pub seed: u64,
    /// Timed rounds over the whole query set, after `warmup` untimed ones.
    pub rounds: usize,
    pub warmup: usize,
    /// The real data folder, copied beside the generated organisations.
    pub source: PathBuf,
    /// A data folder made by `generate` before, used as it is instead of generating.
    pub data_dir: Option<PathBuf>,
}

impl Options {
    /// The repository's data folder.
    pub fn default_source() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data")
    }
}

/// The loaded directory and what it took.
pub struct Setup {
    pub directory: Arc<Directory>,
    pub words: Words,
    pub regions: Regions,
    /// Generating and writing the files; `None` for a folder given.
    pub generate_time: Option<Duration>,
    /// `directory::load`: reading and checking every file.
    pub load: Cost,
    /// Kept so the generated folder lives as long as the setup.
    _folder: Option<tempfile::TempDir>,
}

/// Generates the directory into a temporary folder (or takes `data_dir`) and loads it.
pub fn setup(options: &Options, set: &QuerySet) -> anyhow::Result<Setup> {
    let region_data = data::read(&options.source.join("regions.json"))?;
    let (folder, dir, generate_time) = match &options.data_dir {
        Some(dir) => (None, dir.clone(), None),
        None => {
            let temp = tempfile::tempdir()?;
            let dir = temp.path().join("data");
            let start = Instant::now();
            let places = Municipality::all(&region_data);
            let orgs = generate::generate(options.services, options.seed, set, &places)?;
            generate::write_data_dir(&options.source, &dir, &orgs)?;
            (Some(temp), dir, Some(start.elapsed()))
        }
    };
    let (directory, load) = memory::measure(|| {
        directory::load(&dir, &region_data, Clock::System.today())
            .map_err(|problems| anyhow::anyhow!("{problems}"))
    })?;
    let words = Words::load(&dir)?;
    Ok(Setup {
        directory: Arc::new(directory),
        words,
        regions: Regions::new(region_data),
        generate_time,
        load,
        _folder: folder,
    })
}

/// One of the indexes under test.
pub enum Engine {
    Tantivy(Box<SearchIndex>),
    /// The server's index without typos, snippets and reasons (see [`crate::bare`]).
    Bare(Bare),
    Fts5(Fts5),
}

impl Engine {
    pub fn name(&self) -> &'static str {
        match self {
            Engine::Tantivy(_) => "tantivy (server)",
            Engine::Bare(_) => "tantivy exact terms only",
            Engine::Fts5(fts) => fts.variant().name(),
        }
    }

    /// The ids of the services found, best first.
    pub fn search(&self, query: &SearchQuery) -> anyhow::Result<Vec<String>> {
        Ok(match self {
            Engine::Tantivy(index) => black_box(index.search(query)?)
                .into_iter()
                .map(|hit| hit.service_id)
                .collect(),
            Engine::Bare(bare) => black_box(bare.search(query)?),
            Engine::Fts5(fts) => black_box(fts.search(query)?)
                .into_iter()
                .map(|hit| hit.service_id)
                .collect(),
        })
    }
}

/// An engine with what building it cost.
pub struct Built {
    pub engine: Engine,
    pub cost: Cost,
    /// The index itself, in bytes.
    pub size_bytes: u64,
    /// More about the size, in words.
    pub detail: String,
}

/// Builds the tantivy index through the server's own code, then the FTS5 ones.
pub fn build_all(setup: &Setup) -> anyhow::Result<Vec<Built>> {
    let mut out = Vec::new();
    let (index, cost) =
        memory::measure(|| SearchIndex::build(&setup.directory, setup.words.clone(), None))?;
    let searcher = index.index().reader()?.searcher();
    let size = searcher.space_usage()?.total().get_bytes();
    let segments = searcher.segment_readers().len();
    drop(searcher);
    let bare = Bare::new(index.index(), setup.words.clone())?;
    out.push(Built {
        engine: Engine::Tantivy(Box::new(index)),
        cost,
        size_bytes: size,
        detail: format!(
            "{segments} segments in a RAM directory; hits point into the loaded directory"
        ),
    });
    out.push(Built {
        engine: Engine::Bare(bare),
        cost: Cost::default(),
        size_bytes: 0,
        detail: "the server's index above, queried directly (diagnostic)".to_owned(),
    });
    for variant in [Variant::Prefix, Variant::Porter] {
        let (fts, cost) = memory::measure(|| Fts5::build(&setup.directory, &setup.words, variant))?;
        let size = fts.size()?;
        out.push(Built {
            engine: Engine::Fts5(fts),
            cost,
            size_bytes: size.index_bytes,
            detail: format!(
                "+ {:.1} MiB FTS5's copy of the texts; whole database {:.1} MiB",
                size.content_bytes as f64 / (1 << 20) as f64,
                size.total_bytes as f64 / (1 << 20) as f64
            ),
        });
    }
    Ok(out)
}

/// One query's results: per engine, the ids of the first round and every timed search.
pub struct CaseResult {
    pub case: QueryCase,
    /// Services the query's words (and synonyms) match exactly, before any filter.
    pub matches: usize,
    pub hits: Vec<Vec<String>>,
    pub times: Vec<Vec<Duration>>,
}

/// Runs every query `warmup + rounds` times on every engine; in each round and query the
/// engines take turns at going first.
pub fn time_queries(
    engines: &[Built],
    cases: &[QueryCase],
    regions: &Regions,
    rounds: usize,
    warmup: usize,
) -> anyhow::Result<Vec<CaseResult>> {
    let queries: Vec<SearchQuery> = cases
        .iter()
        .map(|case| case.to_search(regions))
        .collect::<anyhow::Result<_>>()?;
    let counter = engines.iter().find_map(|b| match &b.engine {
        Engine::Bare(bare) => Some(bare),
        _ => None,
    });
    let mut results: Vec<CaseResult> = cases
        .iter()
        .map(|case| CaseResult {
            matches: counter.map_or(0, |c| c.count(&case.text).unwrap_or(0)),
            case: case.clone(),
            hits: vec![Vec::new(); engines.len()],
            times: vec![Vec::with_capacity(rounds); engines.len()],
        })
        .collect();
    for round in 0..warmup + rounds {
        for (i, query) in queries.iter().enumerate() {
            for turn in 0..engines.len() {
                let e = (round + i + turn) % engines.len();
                let start = Instant::now();
                let hits = engines[e]
                    .engine
                    .search(query)
                    .with_context(|| format!("{} on {:?}", engines[e].engine.name(), query.text))?;
                let time = start.elapsed();
                if round == 0 {
                    results[i].hits[e] = hits;
                }
                if round >= warmup {
                    results[i].times[e].push(time);
                }
            }
        }
    }
    Ok(results)
}

/// Everything the report shows.
pub struct Outcome {
    pub options: Options,
    pub services: usize,
    /// Of which generated (planted ones included).
    pub generated: usize,
    pub organisations: usize,
    pub setup_generate: Option<Duration>,
    pub setup_load: Cost,
    pub engines: Vec<(String, Cost, u64, String)>,
    pub results: Vec<CaseResult>,
}

/// The whole benchmark.
pub fn run(options: &Options, set: &QuerySet) -> anyhow::Result<Outcome> {
    let setup = setup(options, set)?;
    let built = build_all(&setup)?;
    let results = time_queries(
        &built,
        &set.queries,
        &setup.regions,
        options.rounds,
        options.warmup,
    )?;
    Ok(Outcome {
        options: options.clone(),
        services: setup.directory.counts().0,
        generated: setup
            .directory
            .organisations
            .iter()
            .filter(|o| o.id.starts_with("gen-") || o.id.starts_with("plant-"))
            .map(|o| o.services.len())
            .sum(),
        organisations: setup.directory.organisations.len(),
        setup_generate: setup.generate_time,
        setup_load: setup.load,
        engines: built
            .iter()
            .map(|b| {
                (
                    b.engine.name().to_owned(),
                    b.cost,
                    b.size_bytes,
                    b.detail.clone(),
                )
            })
            .collect(),
        results,
    })
}
