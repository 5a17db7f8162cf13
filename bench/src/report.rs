//! The benchmark's outcome as a Markdown report: set-up, build time, size and memory per
//! engine, query times (median and p99 over every timed search, and the ratio to
//! tantivy), how often each engine put the expected service first, and every query.

use crate::{
    memory::Cost,
    queries::Kind,
    run::{CaseResult, Outcome},
    stats::{mean, median, percentile, speedups},
};
use std::{fmt::Write as _, time::Duration};

/// A query whose words match at least this many services is broad.
pub const BROAD: usize = 1000;

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.3} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn mib(kib: Option<i64>) -> String {
    kib.map_or("–".to_owned(), |k| {
        format!("{:.0} MiB", k as f64 / 1024.0)
    })
}

fn bytes(b: u64) -> String {
    format!("{:.1} MiB", b as f64 / (1 << 20) as f64)
}

fn ratio(a: Duration, b: Duration) -> String {
    if b.is_zero() {
        "–".to_owned()
    } else {
        format!("{:.2}×", a.as_secs_f64() / b.as_secs_f64())
    }
}

/// Where the expected service came in an engine's hits: `✓`, `✗ 3rd`, `✗ not in top k`,
/// `✗ nothing` or `–` without an expectation.
fn verdict(case: &CaseResult, engine: usize) -> String {
    let hits = &case.hits[engine];
    let Some(expect) = &case.case.expect else {
        return match hits.first() {
            Some(first) => format!("– ({first})"),
            None => "– (nothing)".to_owned(),
        };
    };
    match hits.iter().position(|id| id == expect) {
        Some(0) => "✓".to_owned(),
        Some(i) => format!("✗ #{} ({})", i + 1, hits[0]),
        None if hits.is_empty() => "✗ nothing".to_owned(),
        None => format!("✗ not in top {} ({})", hits.len(), hits[0]),
    }
}

/// Whether the engine put the expected service first.
pub fn first_hit_ok(case: &CaseResult, engine: usize) -> Option<bool> {
    let expect = case.case.expect.as_ref()?;
    Some(case.hits[engine].first() == Some(expect))
}

fn all_times(results: &[CaseResult], engine: usize) -> Vec<Duration> {
    results
        .iter()
        .flat_map(|r| r.times[engine].iter().copied())
        .collect()
}

/// The report.
pub fn markdown(outcome: &Outcome) -> String {
    let mut out = String::new();
    let o = &outcome.options;
    let results = &outcome.results;
    let names: Vec<&str> = outcome.engines.iter().map(|e| e.0.as_str()).collect();
    let expected = results.iter().filter(|r| r.case.expect.is_some()).count();
    let _ = writeln!(
        out,
        "# Search benchmark: the server's tantivy index against SQLite FTS5\n"
    );
    let _ = writeln!(
        out,
        "- Directory: {} services in {} organisations ({} generated with seed {}, the rest the real data), loaded and checked by `directory::load` in {}{}.",
        outcome.services,
        outcome.organisations,
        outcome.generated,
        o.seed,
        secs(outcome.setup_load.time),
        outcome.setup_generate.map_or(String::new(), |g| format!(
            " (generating and writing the files: {})",
            secs(g)
        )),
    );
    let _ = writeln!(
        out,
        "- Queries: {} ({} with an expected first hit), top {} hits; {} timed rounds after {} warm-up round(s), {} timed searches per engine; one thread, the engines taking turns at going first.",
        results.len(),
        expected,
        crate::queries::TOP_K,
        o.rounds,
        o.warmup,
        results.len() * o.rounds,
    );
    let _ = writeln!(
        out,
        "- tantivy: `SearchIndex::build` and `SearchIndex::search`, the server's own code (hits with reasons and marked descriptions). FTS5: bundled SQLite {}, in memory, prepared statements reused, `bm25()` plus the server's regional and national boosts, descriptions marked with `highlight()` for the hits.\n",
        rusqlite::version()
    );

    let _ = writeln!(out, "## Build, size and memory\n");
    let _ = writeln!(
        out,
        "| engine | build | index size | RSS growth kept | RSS peak growth | note |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | --- |");
    for (name, cost, size, detail) in &outcome.engines {
        if *size == 0 {
            let _ = writeln!(out, "| {name} | – | – | – | – | {detail} |");
            continue;
        }
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {detail} |",
            secs(cost.time),
            bytes(*size),
            mib(cost.retained_kib()),
            mib(cost.peak_growth_kib()),
        );
    }
    let load: &Cost = &outcome.setup_load;
    let _ = writeln!(
        out,
        "\nResident memory (RSS) is read from /proc/self/status around each step, in this order in one process; memory freed by an earlier step can be reused by a later one, so the growth of later steps may read low (run on a folder made by `generate` for the cleanest figures). Loading the directory grew RSS by {} in {}.\n",
        mib(load.retained_kib()),
        secs(load.time),
    );

    let _ = writeln!(out, "## Query time, every query and round\n");
    let _ = writeln!(
        out,
        "| engine | median | p99 | mean | max | median ÷ tantivy | p99 ÷ tantivy | expected first hit |"
    );
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    let base = all_times(results, 0);
    for (e, name) in names.iter().enumerate() {
        let times = all_times(results, e);
        let ok = results
            .iter()
            .filter(|r| first_hit_ok(r, e) == Some(true))
            .count();
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {ok} of {expected} |",
            ms(median(&times)),
            ms(percentile(&times, 99.0)),
            ms(mean(&times)),
            ms(percentile(&times, 100.0)),
            ratio(median(&times), median(&base)),
            ratio(percentile(&times, 99.0), percentile(&base, 99.0)),
        );
    }

    let _ = writeln!(
        out,
        "\n## Query by query\n\nFor each query, the engine's median time over tantivy's: how many times faster tantivy answered that query. The pooled medians above weigh the kinds of query by how many of each the set holds; here each query counts once.\n"
    );
    let _ = writeln!(
        out,
        "| engine | median of the ratios | lowest | highest | queries tantivy answered at least 2× faster |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: |");
    let per_query =
        |e: usize| -> Vec<Vec<Duration>> { results.iter().map(|r| r.times[e].clone()).collect() };
    for (e, name) in names.iter().enumerate().skip(1) {
        let mut ratios: Vec<f64> = speedups(&per_query(0), &per_query(e))
            .into_iter()
            .flatten()
            .collect();
        ratios.sort_by(f64::total_cmp);
        let Some((&lowest, &highest)) = ratios.first().zip(ratios.last()) else {
            continue;
        };
        let middle = ratios[(ratios.len() - 1) / 2];
        let faster = ratios.iter().filter(|&&r| r >= 2.0).count();
        let _ = writeln!(
            out,
            "| {name} | {middle:.2}× | {lowest:.2}× | {highest:.2}× | {faster} of {} |",
            ratios.len()
        );
    }

    let _ = writeln!(
        out,
        "\n## Narrow and broad queries\n\nBroad: the words and their synonyms match at least {BROAD} services before filters (common words such as \"verkrachting\" or \"huiselijk geweld\"); narrow: fewer (names, rare words, typos).\n"
    );
    let (broad, narrow): (Vec<&CaseResult>, Vec<&CaseResult>) =
        results.iter().partition(|r| r.matches >= BROAD);
    let _ = writeln!(
        out,
        "| engine | narrow ({}) median | narrow p99 | broad ({}) median | broad p99 | broad median ÷ tantivy |",
        narrow.len(),
        broad.len()
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: |");
    let pooled = |group: &[&CaseResult], e: usize| -> Vec<Duration> {
        group
            .iter()
            .flat_map(|r| r.times[e].iter().copied())
            .collect()
    };
    let broad_base = median(&pooled(&broad, 0));
    for (e, name) in names.iter().enumerate() {
        let (n, b) = (pooled(&narrow, e), pooled(&broad, e));
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} |",
            ms(median(&n)),
            ms(percentile(&n, 99.0)),
            ms(median(&b)),
            ms(percentile(&b, 99.0)),
            ratio(median(&b), broad_base),
        );
    }

    let _ = writeln!(out, "\n## Expected first hit by kind of query\n");
    let _ = writeln!(
        out,
        "| kind | with an expectation | {} |",
        names.join(" | ")
    );
    let _ = writeln!(out, "| --- | ---: |{}", " ---: |".repeat(names.len()));
    for kind in [
        Kind::Plain,
        Kind::Stem,
        Kind::Typo,
        Kind::English,
        Kind::Filter,
    ] {
        let of_kind: Vec<&CaseResult> = results
            .iter()
            .filter(|r| r.case.kind == kind && r.case.expect.is_some())
            .collect();
        let counts: Vec<String> = (0..names.len())
            .map(|e| {
                let ok = of_kind
                    .iter()
                    .filter(|r| first_hit_ok(r, e) == Some(true))
                    .count();
                ok.to_string()
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            kind.id(),
            of_kind.len(),
            counts.join(" | ")
        );
    }

    let _ = writeln!(out, "\n## Every query (first hit; median time)\n");
    let _ = writeln!(
        out,
        "| kind | query | filters | matches | expected | {} |",
        names.join(" | ")
    );
    let _ = writeln!(
        out,
        "| --- | --- | --- | ---: | --- |{}",
        " --- |".repeat(names.len())
    );
    for r in results {
        let cells: Vec<String> = (0..names.len())
            .map(|e| format!("{} {}", verdict(r, e), ms(median(&r.times[e]))))
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r.case.kind.id(),
            r.case.text,
            r.case.filters(),
            r.matches,
            r.case.expect.as_deref().unwrap_or("–"),
            cells.join(" | ")
        );
    }
    out
}
