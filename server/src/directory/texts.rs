//! The directory's long texts kept in a file instead of on the heap.
//!
//! With 100,000 services the names and descriptions are most of the directory's memory
//! (docs/performance.md). When the search index is kept in a folder
//! (`HULPWIJZER_INDEX_DIR`), the loader writes each organisation's description and its
//! services' names and descriptions to a file there while it reads them ([`Filing`]),
//! and the texts point into the file. Once every file is read, the file is mapped into
//! memory read-only ([`Filing::seal`], through tantivy's mmap directory: the project
//! writes no `unsafe`) and its name removed, so nothing is left behind; the kernel keeps
//! in memory only the pages that pages and plans show, and can drop them again. The
//! texts of one start are never read by another.

use super::model::Text;
use std::{
    fs::File,
    io::{self, BufWriter, Write},
    path::{Path, PathBuf},
    sync::{Arc, Mutex, OnceLock},
    time::{Duration, SystemTime},
};
use tantivy::directory::{Directory as _, MmapDirectory, OwnedBytes};

/// How old a texts file of another start must be before it is removed: one that is
/// still being written (a start beside this one) is left alone. A sealed file has no name.
const STALE: Duration = Duration::from_secs(3600);

/// The bytes filed texts are read from, once the file is sealed.
#[derive(Default)]
pub struct Store {
    bytes: OnceLock<OwnedBytes>,
}

impl Store {
    /// The `len` bytes at `at`; empty before the file is sealed (only while loading).
    pub fn get(&self, at: u32, len: u32) -> &str {
        let (at, len) = (at as usize, len as usize);
        self.bytes
            .get()
            .and_then(|bytes| bytes.as_slice().get(at..at + len))
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

/// A texts file being written while the directory is read, from every reading core.
pub struct Filing {
    store: Arc<Store>,
    folder: PathBuf,
    name: String,
    out: Mutex<Out>,
}

struct Out {
    writer: BufWriter<File>,
    /// How many bytes are written.
    len: u64,
    /// The first write that failed: the texts after it stay in memory, and sealing fails.
    failed: Option<io::Error>,
}

impl Filing {
    /// Starts a texts file in `folder`, made if missing; removes files older starts left.
    pub fn create(folder: &Path) -> io::Result<Filing> {
        std::fs::create_dir_all(folder)?;
        remove_stale(folder);
        let (name, file) = new_file(folder)?;
        Ok(Filing {
            store: Arc::default(),
            folder: folder.to_path_buf(),
            name,
            out: Mutex::new(Out {
                writer: BufWriter::with_capacity(1 << 16, file),
                len: 0,
                failed: None,
            }),
        })
    }

    /// The file being written.
    pub fn path(&self) -> PathBuf {
        self.folder.join(&self.name)
    }

    /// Moves `texts` to the file, one after the other. A text that would end past 4 GB,
    /// or any after a failed write, stays in memory.
    pub fn file<'a>(&self, texts: impl IntoIterator<Item = &'a mut Text>) {
        let Ok(mut out) = self.out.lock() else {
            return;
        };
        for text in texts {
            if out.failed.is_some() {
                return;
            }
            let (nl, en) = (text.nl(), text.en());
            let end = out.len + (nl.len() + en.len()) as u64;
            let (Ok(at), Ok(split), Ok(_)) = (
                u32::try_from(out.len),
                u32::try_from(nl.len()),
                u32::try_from(end),
            ) else {
                return;
            };
            let written = out
                .writer
                .write_all(nl.as_bytes())
                .and_then(|()| out.writer.write_all(en.as_bytes()));
            match written {
                Ok(()) => {
                    let len = (end - out.len) as u32;
                    out.len = end;
                    *text = Text::filed(Arc::clone(&self.store), at, split, len);
                }
                Err(err) => out.failed = Some(err),
            }
        }
    }

    /// Writes what is left, maps the file and removes its name. Fails when a write failed:
    /// the texts filed before it cannot be read.
    pub fn seal(self) -> io::Result<()> {
        let path = self.path();
        let sealed = self.map();
        // The mapping keeps the file's bytes; its name is of no use to anyone.
        let removed = std::fs::remove_file(&path);
        sealed?;
        removed
    }

    fn map(&self) -> io::Result<()> {
        let mut out = self
            .out
            .lock()
            .map_err(|_| io::Error::other("a reader panicked"))?;
        if let Some(err) = out.failed.take() {
            return Err(err);
        }
        out.writer.flush()?;
        let directory = MmapDirectory::open(&self.folder).map_err(io::Error::other)?;
        let bytes = directory
            .open_read(Path::new(&self.name))
            .map_err(io::Error::other)?
            .read_bytes()?;
        if bytes.len() as u64 != out.len {
            return Err(io::Error::other(
                "the texts file changed while it was written",
            ));
        }
        self.store
            .bytes
            .set(bytes)
            .map_err(|_| io::Error::other("sealed twice"))
    }
}

/// A texts file of this start's own in `folder`: made only if no file has its name, so two
/// starts sharing the folder (two containers, each its process 1) never write one file.
fn new_file(folder: &Path) -> io::Result<(String, File)> {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    let mut tries = 0;
    loop {
        let name = format!(
            "texts-{}-{}-{tries}.part",
            std::process::id(),
            now.as_nanos()
        );
        match File::options()
            .write(true)
            .create_new(true)
            .open(folder.join(&name))
        {
            Ok(file) => return Ok((name, file)),
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
            Err(err) => return Err(err),
        }
    }
}

/// Removes the texts files of starts that stopped before sealing them.
fn remove_stale(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = name
            .to_str()
            .is_some_and(|n| n.starts_with("texts-") && n.ends_with(".part"));
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|at| SystemTime::now().duration_since(at).ok())
            .is_some_and(|age| age > STALE);
        if ours
            && old
            && let Err(err) = std::fs::remove_file(entry.path())
        {
            tracing::warn!(file = %entry.path().display(), %err, "old texts file left in place");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(nl: &str, en: &str) -> Text {
        Text::new(nl, en).unwrap()
    }

    #[test]
    fn filed_texts_read_back_once_sealed_and_the_file_is_gone() {
        let folder = tempfile::tempdir().unwrap();
        let filing = Filing::create(folder.path()).unwrap();
        let mut texts = [text("één", "one"), text("", ""), text("twee", "")];
        filing.file(&mut texts);
        assert!(texts.iter().all(Text::is_filed));
        assert_eq!(
            texts[0].nl(),
            "",
            "nothing is read before the file is sealed"
        );
        let path = filing.path();
        assert!(path.exists());
        filing.seal().unwrap();
        assert!(!path.exists());
        let read: Vec<_> = texts.iter().map(|t| (t.nl(), t.en())).collect();
        assert_eq!(read, [("één", "one"), ("", ""), ("twee", "")]);
        assert_eq!(texts[0], text("één", "one"));
    }

    #[test]
    fn a_start_sweeps_texts_files_left_long_ago_and_nothing_else() {
        let folder = tempfile::tempdir().unwrap();
        let write = |name: &str, age: u64| {
            let file = File::create(folder.path().join(name)).unwrap();
            let at = SystemTime::now() - Duration::from_secs(age);
            file.set_modified(at).unwrap();
        };
        write("texts-1.part", 7200);
        write("texts-2.part", 60);
        write("notes.part", 7200);
        let filing = Filing::create(folder.path()).unwrap();
        let names: std::collections::BTreeSet<_> = std::fs::read_dir(folder.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        let own = filing
            .path()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let expected = ["notes.part", "texts-2.part", own.as_str()];
        assert_eq!(names, expected.into_iter().map(String::from).collect());
        let other = Filing::create(folder.path()).unwrap();
        assert_ne!(
            other.path(),
            filing.path(),
            "two filings never share a file"
        );
        other.seal().unwrap();
        filing.seal().unwrap();
    }
}
