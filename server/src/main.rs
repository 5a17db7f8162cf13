//! The `hulpwijzer` binary: reads the configuration, finds the built assets and serves the
//! site until it is stopped.

use anyhow::Context as _;
use server::{
    config::Config,
    directory::{
        self,
        staleness::{self, Thresholds},
    },
    hsds, links,
    regions::data,
    reports::Which,
    routes::router,
    startup,
};
use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

/// jemalloc instead of the C library's malloc: rendering a page allocates many small
/// strings, and glibc's malloc and free took a quarter of a plan page's time. Measured
/// side by side (docs/performance.md): jemalloc serves about 1.5 times the plan pages and
/// 1.2 times the plans of glibc; mimalloc served as many pages, but made the start-up
/// with 100,000 services take 13 s instead of 9 (the kernel clearing fresh pages).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

const USAGE: &str = "Usage: hulpwijzer [serve | check-data | check-links | report-staleness | export-hsds | import-regions | help]

  serve            start the web server (the default)
  check-data       check the directory data and say what is wrong, with file and line
  check-links [DIR] ask for every website, chat and form address in the directory (HEAD,
                   else GET; redirects followed; 15 s each; 2 at once per host) and
                   write the broken, redirected and slow ones, per organisation, to
                   DIR/links.md and DIR/links.json (default DIR target/reports)
  report-staleness [DIR] [--months N]
                   list the facts checked more than N months ago (default 12), with a
                   source older than two years, or shown but not confirmed, per
                   organisation, in DIR/staleness.md and DIR/staleness.json
                   (default DIR target/reports); prints the counts
  export-hsds DIR  write the directory as Open Referral HSDS 3.1 records:
                   DIR/services.json and DIR/organizations.json
  reports list [--all] | show ID | close ID
                   the 'Klopt er iets niet?' notes in HULPWIJZER_DATABASE_URL: list
                   the open ones (--all: closed ones too), show one whole, or mark one
                   as dealt with
  import-regions [--from PATH|URL]
                   derive the region tables from the CBS / PDOK geo files in PATH
                   (default HULPWIJZER_GEO_DIR), or fetched from the folder address URL,
                   into HULPWIJZER_REGIONS_FILE

Configuration, from the environment:
  HULPWIJZER_ADDR          where to listen             (default 127.0.0.1:3000)
  HULPWIJZER_SITE_ROOT     the built site              (default target/site)
  HULPWIJZER_EXIT_URL      where the quick exit leads  (default a weather site)
  HULPWIJZER_GEO_DIR       the CBS / PDOK geo files    (default ../shared/geo)
  HULPWIJZER_REGIONS_FILE  the derived region tables   (default data/regions.json)
  HULPWIJZER_DATA_DIR      the directory data          (default data)
  HULPWIJZER_INDEX_DIR     where to keep the search index between starts (default in memory, built at every start)
  HULPWIJZER_HTTPS         true when a TLS proxy serves the site over HTTPS (default false)
  HULPWIJZER_HEADER_TIMEOUT_SECS  wait for a request's header  (default 10)
  HULPWIJZER_BODY_TIMEOUT_SECS    wait for a request's body    (default 30)
  HULPWIJZER_IDLE_TIMEOUT_SECS    close a connection where nothing moves (default 60)
  HULPWIJZER_MAX_CONNECTIONS      connections served at once   (default 512)
  HULPWIJZER_SHUTDOWN_SECS        let requests finish after SIGTERM (default 10)
  HULPWIJZER_DATABASE_URL  where notes are kept: sqlite:FILE or postgres://user:pw@host/db
                           (default sqlite:var/reports.db)
  HULPWIJZER_REPORTS_PER_HOUR  notes one client may send in an hour (default 10)
  HULPWIJZER_BEHIND_PROXY  true when a proxy in front adds the client's address last in
                           X-Forwarded-For; notes are then counted per that address
                           (default false)
  HULPWIJZER_FIXED_TIME    tests and demonstrations: the clock stands still at this
                           moment, e.g. 2026-12-25T23:30:00+01:00 (default the system clock)
  RUST_LOG                 log level                   (default info; logs go to stderr)
";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let command = std::env::args().nth(1);
    let result = match command.as_deref() {
        None | Some("serve") => serve().await,
        Some("import-regions") => import_regions(std::env::args().skip(2).collect()).await,
        Some("check-data") => check_data(),
        Some("check-links") => check_links(std::env::args().nth(2)).await,
        Some("export-hsds") => export_hsds(std::env::args().nth(2)),
        Some("report-staleness") => report_staleness(std::env::args().skip(2).collect()),
        Some("reports") => reports(std::env::args().skip(2).collect()).await,
        Some("help" | "--help" | "-h") => {
            writeln!(std::io::stdout(), "{USAGE}").map_err(Into::into)
        }
        Some(other) => Err(anyhow::anyhow!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The message is for the person running the command; it holds no user data.
            let _ignored = writeln!(std::io::stderr(), "hulpwijzer: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `hulpwijzer reports …`: the notes for the people who keep the data.
async fn reports(args: Vec<String>) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let store = server::reports::Reports::connect(&config.database_url)?;
    let id = |text: &str| {
        text.trim_start_matches('#')
            .parse::<i64>()
            .with_context(|| format!("{text:?} is not a note's number"))
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let text = match args.as_slice() {
        ["list"] => server::reports::cli::list(&store.list(Which::Open).await?),
        ["list", "--all"] => server::reports::cli::list(&store.list(Which::All).await?),
        ["show", number] => {
            let id = id(number)?;
            let report = store.get(id).await?;
            let report = report.with_context(|| format!("there is no note #{id}"))?;
            server::reports::cli::show(&report)
        }
        ["close", number] => {
            let id = id(number)?;
            if !store.close(id, config.clock.now()).await? {
                anyhow::bail!("there is no open note #{id}");
            }
            format!("note #{id} closed\n")
        }
        _ => anyhow::bail!("reports takes list [--all], show ID or close ID\n\n{USAGE}"),
    };
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(())
}

async fn serve() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let state = startup::load(&config)?;
    state
        .reports
        .ready()
        .await
        .context("cannot open the database for notes (HULPWIJZER_DATABASE_URL)")?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|err| {
            anyhow::anyhow!(
                "cannot listen on {}: {err}; is another server using port {}? Set \
                 HULPWIJZER_ADDR to a free address and port",
                config.addr,
                config.addr.port()
            )
        })?;
    let addr = listener.local_addr().unwrap_or(config.addr);
    tracing::info!(%addr, "Hulpwijzer is listening");
    server::serve::serve(listener, router(state), config.limits, shutdown_signal()).await;
    tracing::info!("stopped");
    Ok(())
}

/// Reads the geo files (from the shared folder, another folder, or a web address), checks
/// them and writes the derived region tables.
async fn import_regions(args: Vec<String>) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let from = match args.as_slice() {
        [] => None,
        [flag, from] if flag == "--from" => Some(from.clone()),
        _ => anyhow::bail!("import-regions takes --from PATH or --from URL\n\n{USAGE}"),
    };
    let data = match from {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            let folder =
                std::env::temp_dir().join(format!("hulpwijzer-geo-{}", std::process::id()));
            let fetched = server::fetch::geo_files(&url, &folder).await;
            let imported = fetched
                .map_err(anyhow::Error::from)
                .and_then(|()| Ok(data::import(&folder)?));
            let _ignored = std::fs::remove_dir_all(&folder);
            imported?
        }
        Some(path) => data::import(Path::new(&path))?,
        None => data::import(&config.geo_dir)?,
    };
    data::write(&data, &config.regions_file)?;
    tracing::info!(
        municipalities = data.municipalities.len(),
        postcodes = data.postcodes.len(),
        islands = data.islands.len(),
        file = %config.regions_file.display(),
        "region tables written"
    );
    Ok(())
}

/// Loads and checks the directory data; every problem is reported, with file and line.
fn check_data() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let checked = startup::check_data(&config)?;
    let directory: &directory::Directory = &checked.directory;
    let (services, contacts) = directory.counts();
    writeln!(
        std::io::stdout(),
        "The directory data is valid: {} organisations, {services} services, {contacts} contacts.",
        directory.organisations.len()
    )?;
    Ok(())
}

/// Checks every web address in the directory data, writes the outcome as Markdown and
/// JSON, and prints the counts.
async fn check_links(dir: Option<String>) -> anyhow::Result<()> {
    let dir = PathBuf::from(dir.unwrap_or_else(|| "target/reports".to_owned()));
    let config = Config::from_env()?;
    let checked = startup::check_data(&config)?;
    let settings = links::Settings::default();
    let client = links::client(&settings)?;
    let found = links::links(&checked.directory);
    let report = links::Report::new(links::check(&client, found, settings).await);
    write!(std::io::stdout(), "{}", report.summary())?;
    write_report(
        &dir,
        "links",
        &report.markdown(),
        &serde_json::to_string_pretty(&report)?,
    )
}

/// Writes a report as `DIR/NAME.md` and `DIR/NAME.json` and says where.
fn write_report(dir: &Path, name: &str, markdown: &str, json: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (extension, text) in [("md", markdown), ("json", json)] {
        let path = dir.join(format!("{name}.{extension}"));
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    writeln!(
        std::io::stdout(),
        "Written to {}/{name}.md and {name}.json.",
        dir.display()
    )?;
    Ok(())
}

/// Writes the directory as HSDS 3.1 services and organizations.
fn export_hsds(dir: Option<String>) -> anyhow::Result<()> {
    let dir = PathBuf::from(dir.context("export-hsds needs a folder to write to")?);
    let config = Config::from_env()?;
    let checked = startup::check_data(&config)?;
    let services = hsds::services(&checked.directory, &checked.region_data);
    let organizations = hsds::organizations(&checked.directory);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, json) in [
        ("services.json", serde_json::to_string_pretty(&services)?),
        (
            "organizations.json",
            serde_json::to_string_pretty(&organizations)?,
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, json).with_context(|| format!("cannot write {}", path.display()))?;
    }
    writeln!(
        std::io::stdout(),
        "{} services and {} organizations written to {} (HSDS 3.1).",
        services.len(),
        organizations.len(),
        dir.display()
    )?;
    Ok(())
}

/// Writes what is stale in the directory data as Markdown and JSON, and prints the counts.
fn report_staleness(args: Vec<String>) -> anyhow::Result<()> {
    let mut dir = PathBuf::from("target/reports");
    let mut thresholds = Thresholds::default();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--months" {
            thresholds.verified_months = args
                .next()
                .and_then(|n| n.parse().ok())
                .filter(|n| (1..=120).contains(n))
                .context("--months takes a number of months from 1 to 120")?;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let config = Config::from_env()?;
    let checked = startup::check_data(&config)?;
    let report = staleness::report(&checked.directory, config.clock.today(), thresholds);
    write!(std::io::stdout(), "{}", report.summary())?;
    write_report(
        &dir,
        "staleness",
        &report.markdown(),
        &serde_json::to_string_pretty(&report)?,
    )
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
