//! The server's configuration: typed, with defaults, read from environment variables and
//! checked before the server starts.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

/// How long the server waits for a client, and how many it serves at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// From the start of waiting for a request to its last header byte; an idle keep-alive
    /// connection is closed when no next request has come in this time
    /// (`HULPWIJZER_HEADER_TIMEOUT_SECS`, default 10).
    pub header_timeout: Duration,
    /// For a whole request body, once a handler starts reading it
    /// (`HULPWIJZER_BODY_TIMEOUT_SECS`, default 30).
    pub body_timeout: Duration,
    /// A connection on which no byte moves either way for this long is closed
    /// (`HULPWIJZER_IDLE_TIMEOUT_SECS`, default 60).
    pub idle_timeout: Duration,
    /// Connections served at once; more wait until one closes
    /// (`HULPWIJZER_MAX_CONNECTIONS`, default 512).
    pub max_connections: usize,
    /// After SIGTERM or Ctrl-C: how long requests in flight may take to finish before the
    /// server stops anyway (`HULPWIJZER_SHUTDOWN_SECS`, default 10).
    pub shutdown_deadline: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 512,
            shutdown_deadline: Duration::from_secs(10),
        }
    }
}

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
    /// (`HULPWIJZER_REGIONS_FILE`, default `data/regions.json`, committed).
    pub regions_file: PathBuf,
    /// The directory data, with `organisations/` (`HULPWIJZER_DATA_DIR`, default `data`).
    pub data_dir: PathBuf,
    /// Where to keep the search index between starts (`HULPWIJZER_INDEX_DIR`): a start
    /// with the same program and data opens it instead of building it; without it, the
    /// index is built in memory at every start.
    pub index_dir: Option<PathBuf>,
    /// The site is reached over HTTPS, through a TLS proxy in front of this server
    /// (`HULPWIJZER_HTTPS=true`; default `false`, for plain loopback): every answer then
    /// carries `Strict-Transport-Security`.
    pub https: bool,
    /// Timeouts and the connection cap.
    pub limits: Limits,
    /// The clock: the system's, or fixed at a moment for tests and demonstrations
    /// (`HULPWIJZER_FIXED_TIME`, an RFC 3339 moment such as `2026-12-25T23:30:00+01:00`).
    pub clock: crate::clock::Clock,
    /// Where "Klopt er iets niet?" notes are kept (`HULPWIJZER_DATABASE_URL`): a SQLite
    /// file (default `sqlite:var/reports.db`, created when missing) or
    /// `postgres://user:password@host/database` when more than one server runs.
    pub database_url: String,
    /// Notes one client may send in an hour (`HULPWIJZER_REPORTS_PER_HOUR`, default 10).
    pub reports_per_hour: usize,
    /// A proxy in front of the server (a Kubernetes ingress, a load balancer) adds the
    /// client's address as the last one in `X-Forwarded-For`; count notes per that address
    /// rather than per the proxy's (`HULPWIJZER_BEHIND_PROXY=true`; default `false`). Set
    /// it only behind such a proxy: otherwise a client could name any address.
    pub behind_proxy: bool,
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
    #[error("{0} must be a whole number from 1 to {1}; got {2:?}")]
    Number(&'static str, u64, String),
    #[error("{0} must be true or false; got {1:?}")]
    Flag(&'static str, String),
    #[error("HULPWIJZER_DATABASE_URL must start with sqlite: or postgres:// (or postgresql://)")]
    DatabaseUrl,
    #[error("HULPWIJZER_FIXED_TIME must be a moment such as 2026-12-25T23:30:00+01:00; got {0:?}")]
    FixedTime(String),
}

/// A whole number from 1 to `max` in variable `name`, or `default` when it is not set.
fn number(
    lookup: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    max: u64,
    default: u64,
) -> Result<u64, ConfigError> {
    match lookup(name) {
        None => Ok(default),
        Some(text) => text
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or(ConfigError::Number(name, max, text)),
    }
}

/// `true` or `false` in variable `name`; `false` when it is not set.
fn flag(lookup: &impl Fn(&str) -> Option<String>, name: &'static str) -> Result<bool, ConfigError> {
    match lookup(name).as_deref().map(str::trim) {
        None | Some("false") => Ok(false),
        Some("true") => Ok(true),
        Some(other) => Err(ConfigError::Flag(name, other.to_owned())),
    }
}

impl Limits {
    /// The limits set in the environment, each checked, the rest at their defaults.
    fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Limits, ConfigError> {
        let default = Limits::default();
        let secs = |name, default: Duration| {
            number(lookup, name, 3600, default.as_secs()).map(Duration::from_secs)
        };
        let max_connections = number(
            lookup,
            "HULPWIJZER_MAX_CONNECTIONS",
            1_000_000,
            default.max_connections as u64,
        )?;
        Ok(Limits {
            header_timeout: secs("HULPWIJZER_HEADER_TIMEOUT_SECS", default.header_timeout)?,
            body_timeout: secs("HULPWIJZER_BODY_TIMEOUT_SECS", default.body_timeout)?,
            idle_timeout: secs("HULPWIJZER_IDLE_TIMEOUT_SECS", default.idle_timeout)?,
            max_connections: usize::try_from(max_connections).unwrap_or(usize::MAX),
            shutdown_deadline: secs("HULPWIJZER_SHUTDOWN_SECS", default.shutdown_deadline)?,
        })
    }
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
        let regions_file = path("HULPWIJZER_REGIONS_FILE", "data/regions.json");
        let data_dir = path("HULPWIJZER_DATA_DIR", "data");
        let index_dir = lookup("HULPWIJZER_INDEX_DIR").map(PathBuf::from);
        let exit_url =
            lookup("HULPWIJZER_EXIT_URL").unwrap_or_else(|| app::site::DEFAULT_EXIT_URL.to_owned());
        if !is_plain_web_address(&exit_url) {
            return Err(ConfigError::ExitUrl(exit_url));
        }
        let https = flag(&lookup, "HULPWIJZER_HTTPS")?;
        let behind_proxy = flag(&lookup, "HULPWIJZER_BEHIND_PROXY")?;
        let limits = Limits::from_lookup(&lookup)?;
        let clock = match lookup("HULPWIJZER_FIXED_TIME") {
            None => crate::clock::Clock::System,
            Some(text) => crate::clock::Clock::fixed(&text).ok_or(ConfigError::FixedTime(text))?,
        };
        let database_url =
            lookup("HULPWIJZER_DATABASE_URL").unwrap_or_else(|| "sqlite:var/reports.db".to_owned());
        if crate::reports::store::Backend::of(&database_url).is_none() {
            return Err(ConfigError::DatabaseUrl);
        }
        let reports_per_hour = number(&lookup, "HULPWIJZER_REPORTS_PER_HOUR", 1_000_000, 10)?;
        Ok(Config {
            addr,
            site_root,
            exit_url,
            geo_dir,
            regions_file,
            data_dir,
            index_dir,
            https,
            limits,
            clock,
            database_url,
            reports_per_hour: usize::try_from(reports_per_hour).unwrap_or(usize::MAX),
            behind_proxy,
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
        assert_eq!(config.regions_file, PathBuf::from("data/regions.json"));
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert!(!config.https);
        assert_eq!(config.limits, Limits::default());
        assert_eq!(config.limits.header_timeout, Duration::from_secs(10));
    }

    #[test]
    fn limits_and_https_are_read_and_checked() {
        let config = config(&[
            ("HULPWIJZER_HEADER_TIMEOUT_SECS", "2"),
            ("HULPWIJZER_BODY_TIMEOUT_SECS", "3"),
            ("HULPWIJZER_IDLE_TIMEOUT_SECS", "4"),
            ("HULPWIJZER_MAX_CONNECTIONS", "50"),
            ("HULPWIJZER_SHUTDOWN_SECS", "5"),
            ("HULPWIJZER_HTTPS", "true"),
        ])
        .unwrap();
        assert!(config.https);
        assert_eq!(
            config.limits,
            Limits {
                header_timeout: Duration::from_secs(2),
                body_timeout: Duration::from_secs(3),
                idle_timeout: Duration::from_secs(4),
                max_connections: 50,
                shutdown_deadline: Duration::from_secs(5),
            }
        );
        for (name, bad) in [
            ("HULPWIJZER_HEADER_TIMEOUT_SECS", "0"),
            ("HULPWIJZER_BODY_TIMEOUT_SECS", "ten"),
            ("HULPWIJZER_MAX_CONNECTIONS", "-1"),
            ("HULPWIJZER_SHUTDOWN_SECS", "99999"),
        ] {
            let err = self::config(&[(name, bad)]).unwrap_err();
            assert!(err.to_string().contains(name), "{err}");
        }
        let err = self::config(&[("HULPWIJZER_FIXED_TIME", "kerstavond")]).unwrap_err();
        assert_eq!(err, ConfigError::FixedTime("kerstavond".into()));
        let fixed = self::config(&[("HULPWIJZER_FIXED_TIME", "2026-12-25T23:30:00+01:00")]);
        assert_eq!(fixed.unwrap().clock.now(), 1_798_237_800);
        let err = self::config(&[("HULPWIJZER_HTTPS", "yes")]).unwrap_err();
        assert_eq!(err, ConfigError::Flag("HULPWIJZER_HTTPS", "yes".into()));
        let err = self::config(&[("HULPWIJZER_BEHIND_PROXY", "1")]).unwrap_err();
        assert_eq!(
            err,
            ConfigError::Flag("HULPWIJZER_BEHIND_PROXY", "1".into())
        );
        let err = self::config(&[("HULPWIJZER_DATABASE_URL", "mysql://db/x")]).unwrap_err();
        assert_eq!(err, ConfigError::DatabaseUrl);
        let err = self::config(&[("HULPWIJZER_REPORTS_PER_HOUR", "0")]).unwrap_err();
        assert!(
            err.to_string().contains("HULPWIJZER_REPORTS_PER_HOUR"),
            "{err}"
        );
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
