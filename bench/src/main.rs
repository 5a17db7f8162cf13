//! `hulpwijzer-bench`: `generate` writes a data folder with N synthetic services beside a
//! copy of the real data; `search` times the server's tantivy search against SQLite FTS5
//! on such a directory and prints a Markdown report (and writes it with `--out`).

use anyhow::{Context, bail};
use hulpwijzer_bench::{
    generate::{self, DEFAULT_SEED, Municipality},
    queries::QuerySet,
    report,
    run::{self, Options},
};
use server::regions::data;
use std::{io::Write as _, path::PathBuf, time::Instant};

const USAGE: &str = "usage:
  hulpwijzer-bench generate --services N --out DIR [--seed S] [--data SRC] [--queries FILE]
  hulpwijzer-bench search [--services N] [--rounds R] [--warmup W] [--seed S] [--data SRC]
                          [--data-dir DIR] [--queries FILE] [--out FILE]

generate: DIR gets a copy of SRC (default: the repository's data/) with N generated services
          added to organisations/ (the query set's planted ones among them); serve it with
          HULPWIJZER_DATA_DIR=DIR.
search:   generates N services (default 100000) in a temporary folder, or reads DIR made by
          generate, and times tantivy against SQLite FTS5 (default 30 rounds after 3 warm-up).";

/// The command line, read by hand: a subcommand and `--name value` pairs.
struct Args {
    command: String,
    pairs: Vec<(String, String)>,
}

impl Args {
    fn parse(mut args: impl Iterator<Item = String>) -> anyhow::Result<Args> {
        let command = args.next().unwrap_or_default();
        let mut pairs = Vec::new();
        while let Some(name) = args.next() {
            let Some(key) = name.strip_prefix("--") else {
                bail!("unexpected {name:?}\n{USAGE}");
            };
            let Some(value) = args.next() else {
                bail!("--{key} needs a value\n{USAGE}");
            };
            pairs.push((key.to_owned(), value));
        }
        Ok(Args { command, pairs })
    }

    fn take(&mut self, key: &str) -> Option<String> {
        let i = self.pairs.iter().position(|(k, _)| k == key)?;
        Some(self.pairs.remove(i).1)
    }

    fn number(&mut self, key: &str, default: u64) -> anyhow::Result<u64> {
        match self.take(key) {
            Some(text) => text
                .replace('_', "")
                .parse()
                .with_context(|| format!("--{key} must be a whole number, got {text:?}")),
            None => Ok(default),
        }
    }

    fn done(&self) -> anyhow::Result<()> {
        match self.pairs.first() {
            Some((key, _)) => bail!("unknown option --{key}\n{USAGE}"),
            None => Ok(()),
        }
    }
}

fn main() -> anyhow::Result<()> {
    let mut args = Args::parse(std::env::args().skip(1))?;
    match args.command.as_str() {
        "generate" => generate_command(&mut args),
        "search" => search_command(&mut args),
        _ => bail!("{USAGE}"),
    }
}

fn generate_command(args: &mut Args) -> anyhow::Result<()> {
    let services = usize::try_from(args.number("services", 100_000)?)?;
    let seed = args.number("seed", DEFAULT_SEED)?;
    let out = PathBuf::from(args.take("out").context("--out DIR is needed")?);
    let source = args
        .take("data")
        .map_or_else(Options::default_source, PathBuf::from);
    let set = QuerySet::load(args.take("queries").map(PathBuf::from).as_deref())?;
    args.done()?;
    let start = Instant::now();
    let regions = data::read(&source.join("regions.json"))?;
    let places = Municipality::all(&regions);
    let orgs = generate::generate(services, seed, &set, &places)?;
    generate::write_data_dir(&source, &out, &orgs)?;
    writeln!(
        std::io::stdout(),
        "wrote {services} services in {} organisation files to {} in {:.1} s; \
         serve with HULPWIJZER_DATA_DIR={}",
        orgs.len(),
        out.join("organisations").display(),
        start.elapsed().as_secs_f64(),
        out.display()
    )?;
    Ok(())
}

fn search_command(args: &mut Args) -> anyhow::Result<()> {
    let options = Options {
        services: usize::try_from(args.number("services", 100_000)?)?,
        seed: args.number("seed", DEFAULT_SEED)?,
        rounds: usize::try_from(args.number("rounds", 30)?)?,
        warmup: usize::try_from(args.number("warmup", 3)?)?,
        source: args
            .take("data")
            .map_or_else(Options::default_source, PathBuf::from),
        data_dir: args.take("data-dir").map(PathBuf::from),
    };
    let set = QuerySet::load(args.take("queries").map(PathBuf::from).as_deref())?;
    let out = args.take("out").map(PathBuf::from);
    args.done()?;
    if options.rounds == 0 {
        bail!("--rounds must be at least 1");
    }
    let outcome = run::run(&options, &set)?;
    let text = report::markdown(&outcome);
    std::io::stdout().write_all(text.as_bytes())?;
    if let Some(path) = out {
        std::fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
