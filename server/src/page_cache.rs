//! The pages that are the same for everyone who asks for them in one language (the start
//! page, the first question, the directory's empty search, "Veilig gebruiken", "Over"),
//! rendered once, at their first GET, and then answered from memory with brotli and gzip
//! copies made at the strongest settings.
//!
//! A page's inline scripts normally carry the response's nonce. A kept page cannot: the
//! nonce is taken out, and its Content-Security-Policy allows exactly its own inline
//! scripts by their SHA-256 hashes instead (still no `'unsafe-inline'`). A page whose
//! render is not a plain 200, or that names the nonce anywhere but in a script's
//! `nonce` attribute, is not kept. A GET with a query is rendered as always.

use crate::{
    coding::{Coding, Strength},
    headers::{CspNonce, ScriptHashes},
    static_files::Kept,
};
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::Engine as _;
use hulpwijzer_core::{i18n::Lang, route::PageId};
use sha2::{Digest, Sha256};
use std::{collections::HashMap, sync::Arc, sync::OnceLock};

/// The most a kept page may weigh; a larger render is sent but not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

/// A page kept in memory, with the script sources its policy allows.
#[derive(Debug)]
pub struct KeptPage {
    pub kept: Kept,
    pub scripts: ScriptHashes,
}

/// The kept pages, one slot per address, filled at the first GET.
#[derive(Debug)]
pub struct PageCache {
    slots: HashMap<&'static str, OnceLock<KeptPage>>,
}

impl Default for PageCache {
    fn default() -> Self {
        let slots = PageId::ALL
            .iter()
            .flat_map(|page| Lang::ALL.map(|lang| page.path(lang)))
            .map(|path| (path, OnceLock::new()))
            .collect();
        PageCache { slots }
    }
}

impl PageCache {
    /// The slot for `path`, if that page is one that is kept.
    fn slot(&self, path: &str) -> Option<&OnceLock<KeptPage>> {
        self.slots.get(path)
    }
}

/// The contents of every inline `<script>` in `html`, in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !after[..open_end].contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// The CSP sources that allow exactly these scripts: `'sha256-…'` each, once.
pub fn script_hashes(scripts: &[&str]) -> String {
    let mut sources: Vec<String> = scripts
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            format!("'sha256-{hash}'")
        })
        .collect();
    sources.sort();
    sources.dedup();
    sources.join(" ")
}

/// A rendered page, with `nonce` taken out, made ready to keep; `None` if the nonce is
/// used anywhere else.
pub fn keep(html: &str, nonce: &str, content_type: HeaderValue) -> Option<KeptPage> {
    let html = html.replace(&format!(" nonce=\"{nonce}\""), "");
    if html.contains(nonce) {
        return None;
    }
    let scripts = ScriptHashes(script_hashes(&inline_scripts(&html)).into());
    let copies = vec![
        (
            Coding::Brotli,
            Bytes::from(Coding::Brotli.compress(html.as_bytes(), Strength::Best)),
        ),
        (
            Coding::Gzip,
            Bytes::from(Coding::Gzip.compress(html.as_bytes(), Strength::Best)),
        ),
    ];
    Some(KeptPage {
        kept: Kept {
            content_type,
            identity: Bytes::from(html),
            copies,
        },
        scripts,
    })
}

/// The answer from a kept page, with its script hashes for the policy.
fn answer(page: &KeptPage, method: &Method, accept: Option<&str>) -> Response {
    let mut res = page.kept.answer(method, accept);
    res.extensions_mut().insert(page.scripts.clone());
    res
}

/// Middleware: a GET or HEAD without a query for a kept page is answered from memory; the
/// first GET renders it through the rest of the router and keeps it.
pub async fn serve_pages(
    State(cache): State<Arc<PageCache>>,
    req: Request,
    next: Next,
) -> Response {
    let method = req.method().clone();
    let kept_here =
        (method == Method::GET || method == Method::HEAD) && req.uri().query().is_none();
    let Some(slot) = cache.slot(req.uri().path()).filter(|_| kept_here) else {
        return next.run(req).await;
    };
    let accept = req
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    if let Some(page) = slot.get() {
        return answer(page, &method, accept.as_deref());
    }
    let nonce = req.extensions().get::<CspNonce>().cloned();
    let res = next.run(req).await;
    let Some(nonce) = nonce.filter(|_| method == Method::GET && res.status() == StatusCode::OK)
    else {
        return res;
    };
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let content_type = parts.headers.get(header::CONTENT_TYPE).cloned();
    let made = std::str::from_utf8(&bytes)
        .ok()
        .zip(content_type)
        .and_then(|(html, content_type)| keep(html, &nonce.0, content_type));
    match made {
        Some(page) => answer(slot.get_or_init(|| page), &method, accept.as_deref()),
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = concat!(
        "<html><head><script nonce=\"N1\" data-x=\"y\">let a = 1 < 2;</script>",
        "<script type=\"module\" nonce=\"N1\">import x from \"/pkg/a.js\";</script>",
        "<script src=\"/pkg/b.js\"></script></head>",
        "<body><p>Hallo</p><script nonce=\"N1\">let a = 1 < 2;</script></body></html>"
    );

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        assert_eq!(
            inline_scripts(PAGE),
            vec![
                "let a = 1 < 2;",
                "import x from \"/pkg/a.js\";",
                "let a = 1 < 2;"
            ]
        );
        assert!(inline_scripts("<p>no scripts</p><script>unclosed").is_empty());
    }

    #[test]
    fn hashes_are_the_base64_sha256_of_each_script_once() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hashes(&["alert(1)", "alert(1)"]),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn a_kept_page_has_no_nonce_and_allows_its_scripts_only() {
        let page = keep(PAGE, "N1", HeaderValue::from_static("text/html")).unwrap();
        let html = std::str::from_utf8(&page.kept.identity).unwrap();
        assert!(!html.contains("nonce"), "{html}");
        assert_eq!(page.scripts.0.matches("'sha256-").count(), 2);
        assert_eq!(page.kept.copies.len(), 2);
        assert!(page.kept.copies.iter().all(|(_, c)| c.len() < 1000));
    }

    #[test]
    fn a_page_that_names_its_nonce_elsewhere_is_not_kept() {
        let leaky = format!("{PAGE}<p>N1</p>");
        assert!(keep(&leaky, "N1", HeaderValue::from_static("text/html")).is_none());
    }

    #[test]
    fn every_page_of_the_site_in_every_language_has_a_slot() {
        let cache = PageCache::default();
        assert_eq!(cache.slots.len(), PageId::ALL.len() * Lang::ALL.len());
        assert!(cache.slot("/").is_some());
        assert!(cache.slot("/en/about").is_some());
        assert!(cache.slot("/organisaties/csg").is_none());
    }
}
