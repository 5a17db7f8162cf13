//! The `hulpwijzer` binary: reads the configuration, finds the built assets and serves the
//! site until it is stopped.

use anyhow::Context as _;
use app::site::SiteConfig;
use leptos::config::LeptosOptions;
use server::{
    assets::{self, OUTPUT_NAME, PKG_DIR},
    config::Config,
    regions::{Regions, data},
    routes::{AppState, router},
};
use std::io::{IsTerminal as _, Write as _};
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

const USAGE: &str = "Usage: hulpwijzer [serve | import-regions | help]

  serve            start the web server (the default)
  import-regions   derive the region tables from the CBS / PDOK geo files

Configuration, from the environment:
  HULPWIJZER_ADDR          where to listen             (default 127.0.0.1:3000)
  HULPWIJZER_SITE_ROOT     the built site              (default target/site)
  HULPWIJZER_EXIT_URL      where the quick exit leads  (default a weather site)
  HULPWIJZER_GEO_DIR       the CBS / PDOK geo files    (default ../shared/geo)
  HULPWIJZER_REGIONS_FILE  the derived region tables   (default target/regions.json)
  RUST_LOG                 log level                   (default info; logs go to stderr)
";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let command = std::env::args().nth(1);
    match command.as_deref() {
        None | Some("serve") => serve().await,
        Some("import-regions") => import_regions(),
        Some("help" | "--help" | "-h") => Ok(writeln!(std::io::stdout(), "{USAGE}")?),
        Some(other) => anyhow::bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}

async fn serve() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let assets = assets::find(&config.site_root)?;
    let regions = Arc::new(Regions::new(data::read(&config.regions_file)?));
    let leptos = LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(config.site_root.to_string_lossy().into_owned())
        .site_pkg_dir(PKG_DIR)
        .site_addr(config.addr)
        .build();
    let site = SiteConfig {
        exit_url: config.exit_url.clone(),
        assets,
    };
    let state = AppState {
        leptos,
        site,
        regions,
    };
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    tracing::info!(addr = %config.addr, "Hulpwijzer is listening");
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
    Ok(())
}

/// Reads the shared geo files, checks them and writes the derived region tables.
fn import_regions() -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let data = data::import(&config.geo_dir)?;
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
