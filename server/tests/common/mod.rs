//! What the integration tests share: where the real CBS / PDOK geo files are.

use std::path::PathBuf;

/// The shared geo folder: `HULPWIJZER_GEO_DIR`, or `../shared/geo` beside the repository.
pub fn geo_dir() -> PathBuf {
    std::env::var_os("HULPWIJZER_GEO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/geo"))
}
