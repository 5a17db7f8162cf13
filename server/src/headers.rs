//! Security and caching headers on every response, and the per-response nonce that lets
//! the page's own inline scripts run under a Content-Security-Policy without
//! `'unsafe-inline'` (a page kept in memory names its scripts by their hashes instead).

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::Engine as _;

/// The nonce of one response, put in the request's extensions for the page renderer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CspNonce(pub String);

/// The inline scripts a kept page may run, as CSP sources (`'sha256-…'`), set on its
/// answer by [`crate::page_cache`] and used instead of the nonce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptHashes(pub std::sync::Arc<str>);

/// The policy for a response whose inline scripts are allowed by `scripts`: the response's
/// nonce (`'nonce-…'`) or the scripts' hashes.
pub fn content_security_policy(scripts: &str) -> String {
    format!(
        "default-src 'none'; script-src 'self' {scripts} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; \
         form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
}

/// The features a page may use: geolocation from this site only, nothing else that reaches
/// into the device.
pub const PERMISSIONS_POLICY: &str =
    "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()";

/// Hashed build output under `/pkg/` never changes: cache it for a year.
const CACHE_IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Open data (HSDS, under [`OPEN_DATA`]) is the same for everyone: caches may keep an
/// answer for an hour.
const CACHE_PUBLIC: &str = "public, max-age=3600";
/// Everything else, HTML above all, is never stored.
const CACHE_NEVER: &str = "no-store";

/// Where the open data is: any site may read it (`Access-Control-Allow-Origin: *`, no
/// key, no cookie), and its successful answers may be cached.
pub const OPEN_DATA: &str = "/api/v1/hsds";

/// How long an answer may be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Caching {
    Immutable,
    Public,
    Never,
}

/// Whether `path` is open data.
fn is_open_data(path: &str) -> bool {
    path.strip_prefix(OPEN_DATA)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Browsers keep to HTTPS for this site for two years once they have seen it over HTTPS.
/// Subdomains are left out: this server cannot know what else runs under its domain.
const HSTS: &str = "max-age=63072000";

/// Middleware: makes a nonce for the response and sets the security and cache headers,
/// with `Strict-Transport-Security` when `https` (the site is served over HTTPS). It also
/// drops any `Set-Cookie`: this site never sets a cookie.
pub async fn security_headers(State(https): State<bool>, mut req: Request, next: Next) -> Response {
    let Some(nonce) = new_nonce() else {
        tracing::error!("the system's random source failed; refusing to answer without a nonce");
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let immutable = req.uri().path().starts_with("/pkg/");
    let open_data = is_open_data(req.uri().path());
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut res = next.run(req).await;
    let scripts = match res.extensions().get::<ScriptHashes>() {
        Some(hashes) => hashes.0.to_string(),
        None => format!("'nonce-{nonce}'"),
    };
    let caching = if immutable {
        Caching::Immutable
    } else if open_data && res.status().is_success() {
        Caching::Public
    } else {
        Caching::Never
    };
    set_headers(res.headers_mut(), &scripts, caching);
    if open_data {
        let headers = res.headers_mut();
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
        headers.insert(
            HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("cross-origin"),
        );
    }
    if https {
        res.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS),
        );
    }
    res
}

fn set_headers(headers: &mut HeaderMap, scripts: &str, caching: Caching) {
    let mut set = |name: HeaderName, value: &str| {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    };
    set(
        header::CONTENT_SECURITY_POLICY,
        &content_security_policy(scripts),
    );
    set(header::REFERRER_POLICY, "no-referrer");
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        header::CACHE_CONTROL,
        match caching {
            Caching::Immutable => CACHE_IMMUTABLE,
            Caching::Public => CACHE_PUBLIC,
            Caching::Never => CACHE_NEVER,
        },
    );
    headers.remove(header::SET_COOKIE);
}

/// 128 random bits, base64-encoded; `None` if the system has no randomness to give.
fn new_nonce() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_differ_and_are_long_enough() {
        let a = new_nonce().unwrap();
        let b = new_nonce().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 24);
    }

    #[test]
    fn policy_allows_nonced_scripts_but_no_inline_ones() {
        let csp = content_security_policy("'nonce-abc'");
        let script_src = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        assert!(script_src.contains("'nonce-abc'"));
        assert!(!csp.contains("unsafe-inline"));
        assert!(!csp.contains("'unsafe-eval'"));
    }

    #[test]
    fn cookies_are_dropped_and_caching_follows_the_path() {
        let mut headers = HeaderMap::new();
        headers.insert(header::SET_COOKIE, HeaderValue::from_static("a=b"));
        set_headers(&mut headers, "n", Caching::Immutable);
        assert!(headers.get(header::SET_COOKIE).is_none());
        assert_eq!(headers[header::CACHE_CONTROL], CACHE_IMMUTABLE);
        set_headers(&mut headers, "n", Caching::Never);
        assert_eq!(headers[header::CACHE_CONTROL], CACHE_NEVER);
        set_headers(&mut headers, "n", Caching::Public);
        assert_eq!(headers[header::CACHE_CONTROL], CACHE_PUBLIC);
    }

    #[test]
    fn open_data_is_the_hsds_api_and_nothing_beside_it() {
        assert!(is_open_data("/api/v1/hsds"));
        assert!(is_open_data("/api/v1/hsds/services"));
        assert!(!is_open_data("/api/v1/hsdsx"));
        assert!(!is_open_data("/api/v1/plan"));
    }
}
