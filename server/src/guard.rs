//! Requests refused before any handler sees them:
//! - a request whose target is not a path (`CONNECT host:port`, `OPTIONS *`): no page has
//!   such an address, so it gets a plain 400;
//! - a form sent to one of our pages from another website: a 403, which the error-page
//!   layer turns into a page. Otherwise any site could make a visitor's browser post
//!   words of its choosing to us and show them on the real Hulpwijzer.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// Whether the request target is a path, as every address of this site is.
pub fn targets_a_path(method: &Method, path: &str) -> bool {
    *method != Method::CONNECT && path.starts_with('/')
}

/// Middleware: a 400 for a request whose target is not a path.
pub async fn path_targets_only(req: Request, next: Next) -> Response {
    if targets_a_path(req.method(), req.uri().path()) {
        next.run(req).await
    } else {
        (StatusCode::BAD_REQUEST, "Bad request\n").into_response()
    }
}

/// The host name in an `Origin` or `Host` value, without scheme, port or trailing dot.
fn host_name(value: &str) -> String {
    let rest = value.split_once("://").map_or(value, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or_default();
    let host = if authority.starts_with('[') {
        authority.split_inclusive(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    host.trim_end_matches('.').to_ascii_lowercase()
}

/// Whether a request was sent from another website, as far as the browser tells:
/// `Sec-Fetch-Site: cross-site`, or, from a browser that does not send that header, an
/// `Origin` whose host is not the one asked for (`host`). `Origin: null` (our own pages
/// send it, as their referrer policy is `no-referrer`) and requests with neither header
/// (older browsers, other programs) pass.
pub fn is_cross_site(headers: &HeaderMap, host: Option<&str>) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return site.as_bytes().eq_ignore_ascii_case(b"cross-site");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    if origin.trim() == "null" {
        return false;
    }
    host.is_none_or(|host| host_name(origin) != host_name(host))
}

/// Whether a request changes or sends something (anything but GET, HEAD and OPTIONS).
fn sends(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Middleware: a 403 for a form sent to a page from another website. The JSON API under
/// `/api/` stays open to other sites' programs; a browser on another site cannot read its
/// answers, and no page shows them.
pub async fn same_site_forms_only(req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    let refuse = sends(req.method())
        && !req.uri().path().starts_with("/api/")
        && is_cross_site(req.headers(), host);
    if refuse {
        StatusCode::FORBIDDEN.into_response()
    } else {
        next.run(req).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn the_browser_s_word_decides_first() {
        let host = Some("hulpwijzer.nl");
        for (pairs, cross) in [
            (&[("sec-fetch-site", "cross-site")][..], true),
            (&[("sec-fetch-site", "Cross-Site")][..], true),
            (&[("sec-fetch-site", "same-origin")][..], false),
            (
                &[
                    ("sec-fetch-site", "same-site"),
                    ("origin", "https://www.hulpwijzer.nl"),
                ][..],
                false,
            ),
            (&[("sec-fetch-site", "none")][..], false),
            (&[("origin", "https://evil.example")][..], true),
            (&[("origin", "https://hulpwijzer.nl")][..], false),
            (&[("origin", "https://HULPWIJZER.nl:443")][..], false),
            (
                &[("origin", "https://hulpwijzer.nl.evil.example")][..],
                true,
            ),
            (&[("origin", "null")][..], false),
            (&[][..], false),
        ] {
            assert_eq!(is_cross_site(&headers(pairs), host), cross, "{pairs:?}");
        }
        assert!(is_cross_site(
            &headers(&[("origin", "https://a.example")]),
            None
        ));
    }

    #[test]
    fn host_names_lose_scheme_port_and_case() {
        assert_eq!(host_name("https://Hulpwijzer.NL:8443"), "hulpwijzer.nl");
        assert_eq!(host_name("127.0.0.1:3000"), "127.0.0.1");
        assert_eq!(host_name("http://[::1]:3000"), "[::1]");
        assert_eq!(host_name("hulpwijzer.nl."), "hulpwijzer.nl");
    }

    #[test]
    fn only_paths_are_targets() {
        assert!(targets_a_path(&Method::GET, "/hulp"));
        assert!(!targets_a_path(&Method::GET, ""));
        assert!(!targets_a_path(&Method::OPTIONS, "*"));
        assert!(!targets_a_path(&Method::CONNECT, "/"));
    }
}
