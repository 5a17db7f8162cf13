//! What the integration tests share: where the real CBS / PDOK geo files are, and copies
//! of the real data with a change.

use std::path::{Path, PathBuf};

/// The shared geo folder: `HULPWIJZER_GEO_DIR`, or `../shared/geo` beside the repository.
pub fn geo_dir() -> PathBuf {
    std::env::var_os("HULPWIJZER_GEO_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/geo"))
}

/// The real data folder.
#[allow(dead_code, reason = "not every test file reads the data")]
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data")
}

/// A copy of the real data's organisation files and holidays in a temporary folder, with
/// `from` replaced by `to` once in `file`.
#[allow(dead_code, reason = "not every test file changes data")]
#[allow(
    clippy::expect_used,
    reason = "a test should stop loudly at the first surprise"
)]
pub fn data_copy(file: &str, from: &str, to: &str) -> tempfile::TempDir {
    let copy = tempfile::tempdir().expect("a temporary folder");
    let organisations = copy.path().join("organisations");
    let copied = std::fs::create_dir(&organisations).and_then(|()| {
        std::fs::copy(
            data_dir().join("holidays.toml"),
            copy.path().join("holidays.toml"),
        )
    });
    copied.expect("data copied");
    let real = std::fs::read_dir(data_dir().join("organisations")).expect("the data folder");
    for path in real.map(|entry| entry.expect("a data file").path()) {
        let name = path.file_name().expect("a file name");
        let mut text = std::fs::read_to_string(&path).expect("a data file");
        if Path::new(name) == Path::new(file) {
            assert!(text.contains(from), "{file} has no {from:?}");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(organisations.join(name), text).expect("data copied");
    }
    copy
}
