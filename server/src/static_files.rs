//! The built site's files (`pkg/` and the public files), read into memory once at start-up
//! with the brotli and gzip copies the build made, and answered from there: the hashed
//! files never change while the server runs, and together they are about 2 MB. A request
//! gets the smallest copy its `Accept-Encoding` takes.

use crate::coding::{Coding, accepts};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Arc,
};

/// One answer kept in memory: the plain bytes and the compressed copies.
#[derive(Clone, Debug)]
pub struct Kept {
    pub content_type: HeaderValue,
    pub identity: Bytes,
    /// Compressed copies, best first; each is used only when it is smaller.
    pub copies: Vec<(Coding, Bytes)>,
}

impl Kept {
    /// The copy to send for `accept`: the first compressed one it takes, else the plain.
    pub fn pick(&self, accept: Option<&str>) -> (Coding, &Bytes) {
        let accept = accept.unwrap_or_default();
        self.copies
            .iter()
            .find(|(coding, bytes)| bytes.len() < self.identity.len() && accepts(accept, *coding))
            .map_or((Coding::Identity, &self.identity), |(coding, bytes)| {
                (*coding, bytes)
            })
    }

    /// The answer to a GET (or, without the body, a HEAD) with these request headers.
    pub fn answer(&self, method: &Method, accept: Option<&str>) -> Response {
        let (coding, bytes) = self.pick(accept);
        let body = if method == Method::HEAD {
            Body::empty()
        } else {
            Body::from(bytes.clone())
        };
        let mut res = (StatusCode::OK, body).into_response();
        let headers = res.headers_mut();
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(bytes.len()));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if coding != Coding::Identity {
            headers.insert(
                header::CONTENT_ENCODING,
                HeaderValue::from_static(coding.name()),
            );
        }
        res
    }
}

/// The media type of a file, by its extension; the site has only these kinds.
pub fn content_type(path: &Path) -> HeaderValue {
    let ext = path.extension().and_then(|ext| ext.to_str()).unwrap_or("");
    HeaderValue::from_static(match ext {
        "css" => "text/css",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "html" => "text/html; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    })
}

/// A site file could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read {0}: {1}")]
pub struct ReadError(PathBuf, std::io::Error);

/// The site's files by their address (`/pkg/hulpwijzer.<hash>.css`, `/favicon.svg`).
#[derive(Debug, Default)]
pub struct StaticFiles {
    files: HashMap<String, Kept>,
}

impl StaticFiles {
    /// Reads every file under `site_root` with its `.br` and `.gz` copies.
    pub fn load(site_root: &Path) -> Result<StaticFiles, ReadError> {
        let mut files = HashMap::new();
        let mut folders = vec![site_root.to_path_buf()];
        while let Some(folder) = folders.pop() {
            let read = |path: &Path| std::fs::read(path).map_err(|e| ReadError(path.into(), e));
            let entries =
                std::fs::read_dir(&folder).map_err(|err| ReadError(folder.clone(), err))?;
            for entry in entries {
                let path = entry.map_err(|err| ReadError(folder.clone(), err))?.path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let is_copy = Coding::COMPRESSED
                    .iter()
                    .any(|(_, suffix)| path.extension().is_some_and(|ext| ext == *suffix));
                let Some(address) = address_of(site_root, &path).filter(|_| !is_copy) else {
                    continue;
                };
                let mut copies = Vec::new();
                for (coding, suffix) in Coding::COMPRESSED {
                    let mut name = path.clone().into_os_string();
                    name.push(format!(".{suffix}"));
                    let copy = PathBuf::from(name);
                    if copy.is_file() {
                        copies.push((coding, Bytes::from(read(&copy)?)));
                    }
                }
                let kept = Kept {
                    content_type: content_type(&path),
                    identity: Bytes::from(read(&path)?),
                    copies,
                };
                files.insert(address, kept);
            }
        }
        Ok(StaticFiles { files })
    }

    /// The file at `path`, if the site has one there.
    pub fn get(&self, path: &str) -> Option<&Kept> {
        self.files.get(path)
    }

    /// How many files, and their plain bytes together.
    pub fn size(&self) -> (usize, usize) {
        let bytes = self.files.values().map(|kept| kept.identity.len()).sum();
        (self.files.len(), bytes)
    }
}

/// The address of `path` under `root`: `/` and the parts joined by `/`; `None` for a
/// name that is not UTF-8.
fn address_of(root: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root).ok()?;
    let mut address = String::new();
    for part in relative.components() {
        address.push('/');
        address.push_str(part.as_os_str().to_str()?);
    }
    Some(address)
}

/// Middleware: a GET or HEAD for one of the site's files is answered from memory; every
/// other request goes on.
pub async fn serve_files(
    State(files): State<Arc<StaticFiles>>,
    req: Request,
    next: Next,
) -> Response {
    let method = req.method();
    let kept = (method == Method::GET || method == Method::HEAD)
        .then(|| files.get(req.uri().path()))
        .flatten();
    match kept {
        Some(kept) => {
            let accept = req
                .headers()
                .get(header::ACCEPT_ENCODING)
                .and_then(|value| value.to_str().ok());
            kept.answer(method, accept)
        }
        None => next.run(req).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept() -> Kept {
        Kept {
            content_type: HeaderValue::from_static("text/css"),
            identity: Bytes::from_static(b"body { color: black }"),
            copies: vec![
                (Coding::Brotli, Bytes::from_static(b"brotli")),
                (Coding::Gzip, Bytes::from_static(b"gzip copy")),
            ],
        }
    }

    #[test]
    fn the_best_copy_taken_is_sent() {
        let kept = kept();
        assert_eq!(kept.pick(Some("gzip, br")).0, Coding::Brotli);
        assert_eq!(kept.pick(Some("gzip")).0, Coding::Gzip);
        assert_eq!(kept.pick(Some("deflate")).0, Coding::Identity);
        assert_eq!(kept.pick(None).0, Coding::Identity);
        let bigger = Kept {
            identity: Bytes::from_static(b"x"),
            ..kept
        };
        assert_eq!(bigger.pick(Some("br")).0, Coding::Identity, "never larger");
    }

    #[test]
    fn head_has_the_length_but_no_body() {
        let res = kept().answer(&Method::HEAD, Some("br"));
        assert_eq!(res.headers()[header::CONTENT_LENGTH], "6");
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(res.headers()[header::VARY], "accept-encoding");
    }

    #[test]
    fn files_are_read_with_their_copies_and_by_address() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pkg/snippets")).unwrap();
        std::fs::write(dir.path().join("pkg/a.1.css"), "css").unwrap();
        std::fs::write(dir.path().join("pkg/a.1.css.br"), "b").unwrap();
        std::fs::write(dir.path().join("pkg/snippets/x.js"), "js").unwrap();
        std::fs::write(dir.path().join("favicon.svg"), "<svg/>").unwrap();
        let files = StaticFiles::load(dir.path()).unwrap();
        assert_eq!(files.size(), (3, 11));
        let css = files.get("/pkg/a.1.css").unwrap();
        assert_eq!(css.copies.len(), 1);
        assert_eq!(css.content_type, "text/css");
        assert!(files.get("/pkg/a.1.css.br").is_none());
        assert_eq!(
            files.get("/pkg/snippets/x.js").unwrap().content_type,
            "text/javascript"
        );
        assert!(files.get("/favicon.svg").is_some());
    }
}
