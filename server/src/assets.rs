//! Finds the built, content-hashed assets (`<name>.<hash>.css|js|wasm`) in the site's
//! `pkg/` folder at start-up, so the pages can link them.

use app::site::Assets;
use std::path::{Path, PathBuf};

/// The file name stem the build gives the assets.
pub const OUTPUT_NAME: &str = "hulpwijzer";
/// The folder under the site root that holds them, served as `/pkg/`.
pub const PKG_DIR: &str = "pkg";

/// The assets could not be found: the site has not been built, or was built twice into
/// the same folder.
#[derive(Debug, thiserror::Error)]
pub enum AssetsError {
    #[error("cannot read {0}: {1}; build the site first (see README.md)")]
    Read(PathBuf, std::io::Error),
    #[error("no {OUTPUT_NAME}.<hash>.{1} in {0}; build the site first (see README.md)")]
    Missing(PathBuf, &'static str),
    #[error("more than one {OUTPUT_NAME}.<hash>.{1} in {0}; remove the folder and build again")]
    Ambiguous(PathBuf, &'static str),
}

/// Looks up the hashed asset files under `site_root/pkg`.
pub fn find(site_root: &Path) -> Result<Assets, AssetsError> {
    let dir = site_root.join(PKG_DIR);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|err| AssetsError::Read(dir.clone(), err))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    let pick = |ext: &'static str| -> Result<String, AssetsError> {
        let mut found = names.iter().filter(|name| is_hashed_asset(name, ext));
        match (found.next(), found.next()) {
            (Some(name), None) => Ok(format!("/{PKG_DIR}/{name}")),
            (None, _) => Err(AssetsError::Missing(dir.clone(), ext)),
            (Some(_), Some(_)) => Err(AssetsError::Ambiguous(dir.clone(), ext)),
        }
    };
    Ok(Assets {
        css: pick("css")?,
        js: pick("js")?,
        wasm: pick("wasm")?,
    })
}

/// `hulpwijzer.<hex hash>.<ext>`, and nothing else (not the `.br` or `.gz` copies).
fn is_hashed_asset(name: &str, ext: &str) -> bool {
    name.strip_prefix(OUTPUT_NAME)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.strip_suffix(ext))
        .and_then(|rest| rest.strip_suffix('.'))
        .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site_with(files: &[&str]) -> tempfile::TempDir {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join(PKG_DIR)).unwrap();
        for file in files {
            std::fs::write(site.path().join(PKG_DIR).join(file), b"x").unwrap();
        }
        site
    }

    #[test]
    fn finds_one_hashed_file_of_each_kind_and_ignores_compressed_copies() {
        let site = site_with(&[
            "hulpwijzer.0a1b.css",
            "hulpwijzer.0a1b.css.br",
            "hulpwijzer.2c3d.js",
            "hulpwijzer.2c3d.js.gz",
            "hulpwijzer.4e5f.wasm",
            "other.9999.js",
        ]);
        let assets = find(site.path()).unwrap();
        assert_eq!(assets.css, "/pkg/hulpwijzer.0a1b.css");
        assert_eq!(assets.js, "/pkg/hulpwijzer.2c3d.js");
        assert_eq!(assets.wasm, "/pkg/hulpwijzer.4e5f.wasm");
    }

    #[test]
    fn a_missing_or_doubled_asset_is_an_error_naming_the_kind() {
        let site = site_with(&["hulpwijzer.0a1b.css", "hulpwijzer.2c3d.js"]);
        assert!(matches!(
            find(site.path()),
            Err(AssetsError::Missing(_, "wasm"))
        ));
        let site = site_with(&[
            "hulpwijzer.01.css",
            "hulpwijzer.02.css",
            "hulpwijzer.03.js",
            "hulpwijzer.04.wasm",
        ]);
        assert!(matches!(
            find(site.path()),
            Err(AssetsError::Ambiguous(_, "css"))
        ));
        let nowhere = tempfile::tempdir().unwrap();
        assert!(matches!(find(nowhere.path()), Err(AssetsError::Read(..))));
    }

    #[test]
    fn only_hex_hashes_count() {
        assert!(is_hashed_asset("hulpwijzer.abc123.js", "js"));
        assert!(!is_hashed_asset("hulpwijzer.js", "js"));
        assert!(!is_hashed_asset("hulpwijzer.xyz.js", "js"));
        assert!(!is_hashed_asset("hulpwijzer.abc.js.br", "js"));
    }
}
