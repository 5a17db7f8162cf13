//! `hulpwijzer import-regions --from URL`: fetches the region source files from an address
//! that serves them (a copy of shared/geo, or CBS / PDOK data prepared the same way) into
//! a folder, so that the import reads them as it reads shared/geo. Each file must come back
//! whole with a 2xx answer; anything else stops the import with the address and the reason.

use crate::regions::data::GEO_FILES;
use std::{path::Path, path::PathBuf, time::Duration};

/// Why the files could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{0} is not a web address")]
    Address(String),
    #[error("cannot fetch {0}: {1}")]
    Request(String, reqwest::Error),
    #[error("cannot fetch {0}: the server answered {1}")]
    Status(String, u16),
    #[error("cannot write {0}: {1}")]
    Write(PathBuf, std::io::Error),
}

/// The one way this program makes an HTTP client (for `check-links` and for this fetch):
/// reqwest leaves the choice of crypto for HTTPS to the program, and ring is the one built
/// here. A second install (a second client) is refused and harmless.
pub fn client_builder() -> reqwest::ClientBuilder {
    let _ignored = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// Fetches every file the import reads from `base` (a folder address; a missing final `/`
/// is added) into `into`.
pub async fn geo_files(base: &str, into: &Path) -> Result<(), FetchError> {
    let folder = if base.ends_with('/') {
        base.to_owned()
    } else {
        format!("{base}/")
    };
    let base = reqwest::Url::parse(&folder).map_err(|_| FetchError::Address(folder.clone()))?;
    let client = client_builder()
        .timeout(Duration::from_secs(120))
        .build()
        .map_err(|err| FetchError::Request(folder.clone(), err))?;
    std::fs::create_dir_all(into).map_err(|err| FetchError::Write(into.to_path_buf(), err))?;
    for name in GEO_FILES {
        let url = base
            .join(name)
            .map_err(|_| FetchError::Address(format!("{folder}{name}")))?;
        let response = client
            .get(url.clone())
            .send()
            .await
            .map_err(|err| FetchError::Request(url.to_string(), err))?;
        let status = response.status();
        if !status.is_success() {
            return Err(FetchError::Status(url.to_string(), status.as_u16()));
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|err| FetchError::Request(url.to_string(), err))?;
        let path = into.join(name);
        std::fs::write(&path, &bytes).map_err(|err| FetchError::Write(path, err))?;
    }
    Ok(())
}
