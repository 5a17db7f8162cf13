//! The search index kept in a folder between starts (`HULPWIJZER_INDEX_DIR`).
//!
//! Each kept index lives in a folder named after its key: a 128-bit XXH3 hash over the
//! running program, the fingerprint of the organisation files the directory was read
//! from (`Directory::read_from`) and that of the search's own words (`Words::fingerprint`).
//! Every document the index holds follows from those three, so a start with the same
//! program and the same files finds that folder and opens it instead of building the
//! index again, and a new program or a changed file gives another key: a kept index never
//! answers for other data. The key reads no text of the directory again (with 100,000
//! services that was a few hundred megabytes, and the long texts may be in a file:
//! `directory/texts.rs`). An index is built in a folder of its own beside its place and
//! moved there whole, so a start cut off halfway leaves nothing under a key. Other keys'
//! folders are removed once the new one is in place.

use super::SearchError;
use std::{
    io::Read as _,
    path::Path,
    time::{Duration, SystemTime},
};
use tantivy::{Index, schema::Schema};
use xxhash_rust::xxh3::Xxh3;

/// How old a half-built index of another start must be before it is removed: a start
/// building beside this one is left alone.
const STALE: Duration = Duration::from_secs(3600);

/// The key of the index of a directory read from files with fingerprint `read_from`,
/// searched with words of fingerprint `words`, in hexadecimal.
pub fn key(read_from: u128, words: u128) -> std::io::Result<String> {
    let mut whole = Xxh3::new();
    program(&mut whole)?;
    whole.update(&read_from.to_le_bytes());
    whole.update(&words.to_le_bytes());
    Ok(hex(&whole.digest128().to_le_bytes()))
}

/// Adds the running program's bytes, read a piece at a time (the program is tens of
/// megabytes, which need not be in memory at once).
fn program(hash: &mut Xxh3) -> std::io::Result<()> {
    let mut file = std::fs::File::open(std::env::current_exe()?)?;
    let mut piece = vec![0; 1 << 16];
    loop {
        match file.read(&mut piece)? {
            0 => return Ok(()),
            n => hash.update(&piece[..n]),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The length of a key in hexadecimal.
const KEY_LEN: usize = 32;

/// Whether a folder name is a key.
fn is_key(name: &str) -> bool {
    name.len() == KEY_LEN && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Opens the index kept under `key` in `folder` when it holds `docs` documents; else
/// builds it with `fill` beside its place, moves it there and opens it. Folders of other
/// keys, and half-built ones older than an hour, are removed after.
pub fn open_or_build(
    folder: &Path,
    key: &str,
    schema: Schema,
    docs: u64,
    fill: impl FnOnce(&Index) -> Result<(), SearchError>,
) -> Result<(Index, Kept), SearchError> {
    let folder_error = |err| SearchError::Folder(folder.to_path_buf(), err);
    std::fs::create_dir_all(folder).map_err(folder_error)?;
    let place = folder.join(key);
    if place.is_dir() {
        match open(&place, docs) {
            Ok(index) => return Ok((index, Kept::Opened)),
            Err(err) => {
                tracing::warn!(folder = %place.display(), %err, "kept search index unusable; building it again");
                std::fs::remove_dir_all(&place).map_err(folder_error)?;
            }
        }
    }
    let building = folder.join(format!("{key}.building-{}", std::process::id()));
    if building.exists() {
        std::fs::remove_dir_all(&building).map_err(folder_error)?;
    }
    std::fs::create_dir(&building).map_err(folder_error)?;
    let built = Index::create_in_dir(&building, schema).map_err(SearchError::from);
    if let Err(err) = built.and_then(|index| fill(&index)) {
        // What was written is of no use to any start; the error says why.
        let _ = std::fs::remove_dir_all(&building);
        return Err(err);
    }
    if let Err(err) = std::fs::rename(&building, &place) {
        // Another start with the same key may have moved its index there first.
        std::fs::remove_dir_all(&building).map_err(folder_error)?;
        if !place.is_dir() {
            return Err(folder_error(err));
        }
    }
    remove_others(folder, key);
    Ok((open(&place, docs)?, Kept::Built))
}

/// Whether the index was found kept or built now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    Opened,
    Built,
}

fn open(place: &Path, docs: u64) -> Result<Index, SearchError> {
    let index = Index::open_in_dir(place)?;
    let held = index.reader()?.searcher().num_docs();
    if held != docs {
        return Err(SearchError::Index(tantivy::TantivyError::InternalError(
            format!("holds {held} services, the directory {docs}"),
        )));
    }
    Ok(index)
}

/// Removes the folders of other keys, and half-built ones older than [`STALE`]; what
/// cannot be removed is logged and left.
fn remove_others(folder: &Path, key: &str) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let old = match name.split_once(".building-") {
            Some((of, _)) => is_key(of) && stale(&entry.path()),
            None => is_key(name) && name != key,
        };
        if old && let Err(err) = std::fs::remove_dir_all(entry.path()) {
            tracing::warn!(folder = %entry.path().display(), %err, "old search index left in place");
        }
    }
}

fn stale(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|at| SystemTime::now().duration_since(at).ok())
        .is_some_and(|age| age > STALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_follows_the_files_and_the_words() {
        let of = |read_from, words| key(read_from, words).unwrap();
        assert_eq!(of(1, 2), of(1, 2));
        assert_ne!(of(1, 2), of(3, 2));
        assert_ne!(of(1, 2), of(1, 3));
        assert!(is_key(&of(1, 2)));
        assert!(!is_key("index"));
    }
}
