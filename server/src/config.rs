//! The server's configuration: typed, with defaults, read from environment variables and
//! checked before the server starts.

use std::{net::SocketAddr, path::PathBuf};

/// Everything the server needs to know at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Where to listen (`HULPWIJZER_ADDR`, default `127.0.0.1:3000`).
    pub addr: SocketAddr,
    /// The built site: `pkg/` with the hashed assets, and the public files
    /// (`HULPWIJZER_SITE_ROOT`, default `target/site`).
    pub site_root: PathBuf,
    /// The neutral site the quick exit leaves to (`HULPWIJZER_EXIT_URL`, default
    /// [`app::site::DEFAULT_EXIT_URL`]).
    pub exit_url: String,
    /// The shared CBS / PDOK geo files that `import-regions` reads (`HULPWIJZER_GEO_DIR`,
    /// default `../shared/geo`).
    pub geo_dir: PathBuf,
    /// The region tables `import-regions` derives and the server loads
    /// (`HULPWIJZER_REGIONS_FILE`, default `target/regions.json`).
    pub regions_file: PathBuf,
    /// The directory data, with `organisations/` (`HULPWIJZER_DATA_DIR`, default `data`).
    pub data_dir: PathBuf,
    /// Where to build the search index (`HULPWIJZER_INDEX_DIR`; emptied at start-up);
    /// without it, a temporary folder.
    pub index_dir: Option<PathBuf>,
}

/// A configuration value that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("HULPWIJZER_ADDR must be an address with a port, such as 127.0.0.1:3000; got {0:?}")]
    Addr(String),
    #[error(
        "HULPWIJZER_EXIT_URL must be an http:// or https:// address without spaces or quotes; got {0:?}"
    )]
    ExitUrl(String),
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `lookup`, which returns a variable's value if set.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let addr = lookup("HULPWIJZER_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_owned());
        let addr = addr.parse().map_err(|_| ConfigError::Addr(addr))?;
        let path =
            |name, default| lookup(name).map_or_else(|| PathBuf::from(default), PathBuf::from);
        let site_root = path("HULPWIJZER_SITE_ROOT", "target/site");
        let geo_dir = path("HULPWIJZER_GEO_DIR", "../shared/geo");
        let regions_file = path("HULPWIJZER_REGIONS_FILE", "target/regions.json");
        let data_dir = path("HULPWIJZER_DATA_DIR", "data");
        let index_dir = lookup("HULPWIJZER_INDEX_DIR").map(PathBuf::from);
        let exit_url =
            lookup("HULPWIJZER_EXIT_URL").unwrap_or_else(|| app::site::DEFAULT_EXIT_URL.to_owned());
        if !is_plain_web_address(&exit_url) {
            return Err(ConfigError::ExitUrl(exit_url));
        }
        Ok(Config {
            addr,
            site_root,
            exit_url,
            geo_dir,
            regions_file,
            data_dir,
            index_dir,
        })
    }
}

/// An absolute http(s) address that is safe to put in an attribute and a `Location`.
fn is_plain_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && url
                .chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_serve_locally_with_a_weather_site_as_exit() {
        let config = config(&[]).unwrap();
        assert_eq!(config.addr, "127.0.0.1:3000".parse().unwrap());
        assert_eq!(config.site_root, PathBuf::from("target/site"));
        assert_eq!(config.exit_url, app::site::DEFAULT_EXIT_URL);
        assert_eq!(config.geo_dir, PathBuf::from("../shared/geo"));
        assert_eq!(config.regions_file, PathBuf::from("target/regions.json"));
        assert_eq!(config.data_dir, PathBuf::from("data"));
    }

    #[test]
    fn environment_overrides_defaults() {
        let config = config(&[
            ("HULPWIJZER_ADDR", "0.0.0.0:8080"),
            ("HULPWIJZER_SITE_ROOT", "/srv/site"),
            ("HULPWIJZER_EXIT_URL", "https://www.knmi.nl/"),
            ("HULPWIJZER_GEO_DIR", "/srv/geo"),
            ("HULPWIJZER_REGIONS_FILE", "/srv/regions.json"),
        ])
        .unwrap();
        assert_eq!(config.geo_dir, PathBuf::from("/srv/geo"));
        assert_eq!(config.regions_file, PathBuf::from("/srv/regions.json"));
        assert_eq!(config.addr, "0.0.0.0:8080".parse().unwrap());
        assert_eq!(config.site_root, PathBuf::from("/srv/site"));
        assert_eq!(config.exit_url, "https://www.knmi.nl/");
    }

    #[test]
    fn bad_values_are_refused_with_their_variable_named() {
        let err = config(&[("HULPWIJZER_ADDR", "localhost")]).unwrap_err();
        assert!(err.to_string().contains("HULPWIJZER_ADDR"));
        for bad in [
            "javascript:alert(1)",
            "/relative",
            "https://",
            "https://a b",
            "https://x\"><script>",
            "ftp://x",
        ] {
            let err = config(&[("HULPWIJZER_EXIT_URL", bad)]).unwrap_err();
            assert_eq!(err, ConfigError::ExitUrl(bad.to_owned()));
        }
    }
}
