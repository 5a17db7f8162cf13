//! What an attacker sends, answered without a socket (docs/reliability.md lists each case):
//! own words that try to close a text box, forms from another site, requests whose target
//! is not a path, errors that must keep their reader's form (JSON on the API, a page in the
//! person's language elsewhere), the body size our own forms can reach, a body that never
//! comes, and HSTS behind HTTPS.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use std::time::Duration;

mod common;
mod support;
use support::{send, site, site_with};

const FORM: &str = "application/x-www-form-urlencoded";

/// The answers of a victim of a recent assault, ready for the plan.
const ANSWERS: &str = "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&go=plan";

fn form_post(uri: &str) -> axum::http::request::Builder {
    Request::post(uri).header(header::CONTENT_TYPE, FORM)
}

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

async fn post(
    app: &axum::Router,
    uri: &str,
    body: String,
    headers: &[(&str, &str)],
) -> (StatusCode, header::HeaderMap, String) {
    let mut req = form_post(uri);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    send(app, req.body(Body::from(body)).unwrap()).await
}

/// A page that is ours: the layout with the quick exit and the emergency number.
fn assert_our_page(body: &str, lang: &str) {
    assert!(body.contains(&format!(r#"<html lang="{lang}""#)), "{body}");
    assert!(body.contains("data-quick-exit"), "no quick exit: {body}");
    assert!(body.contains(r#"href="tel:112""#), "no 112: {body}");
}

const PAYLOADS: [&str; 3] = [
    "</textarea><h2>Bel niet 112: bel 0900-NEP</h2>",
    r#"</textarea><meta http-equiv="refresh" content="1;url=https://evil.example/">"#,
    r#""><h2>Bel niet 112: bel 0900-NEP</h2><input value=""#,
];

/// No payload's markup reached the page as markup.
fn assert_inert(body: &str) {
    assert!(!body.contains("<h2>Bel niet 112"), "{body}");
    assert!(!body.contains("<meta http-equiv"), "{body}");
    assert!(!body.contains("evil.example/\">"), "{body}");
}

#[tokio::test]
async fn own_words_and_typed_places_stay_text_on_every_page_that_shows_them() {
    let (_dir, app) = site();
    for payload in PAYLOADS {
        let words = encode(payload);
        for uri in ["/hulp", "/en/help"] {
            // The plan page: the summary box and the own-words box both hold the words.
            let (status, _, body) =
                post(&app, uri, format!("{ANSWERS}&own_words={words}"), &[]).await;
            assert_eq!(status, StatusCode::OK);
            assert_inert(&body);
            let escaped = html_escape::encode_text(payload).into_owned();
            assert!(
                body.matches(escaped.as_str()).count() >= 2,
                "both text boxes show the words as text: {body}"
            );
            // The place question and the plan with a typed place that is the payload.
            let (_, _, body) =
                post(&app, uri, format!("step=place&place={words}&go=back"), &[]).await;
            assert_inert(&body);
            let (_, _, body) =
                post(&app, uri, format!("role=victim&place={words}&go=plan"), &[]).await;
            assert_inert(&body);
        }
        for uri in ["/wegwijzer", "/en/directory"] {
            let (status, _, body) = post(&app, uri, format!("q={words}&plaats={words}"), &[]).await;
            assert_eq!(status, StatusCode::OK);
            assert_inert(&body);
        }
        let (_, _, body) = post(
            &app,
            "/hulp/overzicht",
            format!("role=professional&place={words}&own_words={words}"),
            &[],
        )
        .await;
        assert_inert(&body);
    }
}

#[tokio::test]
async fn forms_from_other_sites_get_a_403_page_and_our_own_pass() {
    let (_dir, app) = site();
    for (uri, lang) in [
        ("/hulp", "nl"),
        ("/en/help", "en"),
        ("/wegwijzer", "nl"),
        ("/hulp/samenvatting", "nl"),
        ("/en/help/overview", "en"),
    ] {
        for headers in [
            &[("sec-fetch-site", "cross-site")][..],
            &[
                ("origin", "https://evil.example"),
                ("host", "hulpwijzer.nl"),
            ][..],
            &[("sec-fetch-site", "cross-site"), ("origin", "null")][..],
        ] {
            let (status, res_headers, body) =
                post(&app, uri, format!("{ANSWERS}&own_words=x"), headers).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{uri} {headers:?}");
            assert!(
                res_headers[header::CONTENT_TYPE]
                    .to_str()
                    .unwrap()
                    .starts_with("text/html")
            );
            assert_our_page(&body, lang);
            assert!(
                body.contains("Dit formulier kwam niet van Hulpwijzer")
                    || body.contains("This form did not come from Hulpwijzer"),
                "{body}"
            );
        }
        for headers in [
            &[("sec-fetch-site", "same-origin"), ("origin", "null")][..],
            &[
                ("sec-fetch-site", "same-site"),
                ("origin", "https://www.hulpwijzer.nl"),
                ("host", "hulpwijzer.nl"),
            ][..],
            &[
                ("origin", "https://hulpwijzer.nl"),
                ("host", "hulpwijzer.nl"),
            ][..],
            &[("origin", "null")][..],
            &[][..],
        ] {
            let (status, _, _) = post(&app, uri, ANSWERS.to_owned(), headers).await;
            assert_eq!(status, StatusCode::OK, "{uri} {headers:?}");
        }
    }
    // The API is for programs, not a page: other sites may call it.
    let req = Request::post("/api/v1/plan")
        .header(header::CONTENT_TYPE, "application/json")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(send(&app, req).await.0, StatusCode::OK);
}

#[tokio::test]
async fn targets_that_are_not_paths_get_a_400_not_a_panic() {
    let (_dir, app) = site();
    for (method, target) in [
        ("CONNECT", "example.com:443"),
        ("GET", "example.com:80"),
        ("OPTIONS", "*"),
    ] {
        let req = Request::builder()
            .method(method)
            .uri(target)
            .body(Body::empty())
            .unwrap();
        let (status, _, _) = send(&app, req).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{method} {target}");
    }
}

#[tokio::test]
async fn api_errors_are_always_the_documented_json() {
    let (_dir, app) = site();
    let json = |body: &str| serde_json::from_str::<serde_json::Value>(body).unwrap();
    let big = format!(r#"{{"own_words": "{}"}}"#, "a".repeat(17 * 1024));
    let cases = [
        (
            Request::post("/api/v1/plan").body(Body::from(big)).unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
        ),
        (
            Request::get("/api/v1/plan").body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
        ),
        (
            Request::delete("/api/v1/organisations")
                .body(Body::empty())
                .unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
        ),
        (
            Request::get("/api/v1/nothing-here")
                .body(Body::empty())
                .unwrap(),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    for (req, status, code) in cases {
        let what = format!("{} {}", req.method(), req.uri());
        let (got, headers, body) = send(&app, req).await;
        assert_eq!(got, status, "{what}");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{what}");
        assert_eq!(json(&body)["error"]["code"], code, "{what}: {body}");
    }
}

#[tokio::test]
async fn page_errors_are_pages_in_the_person_s_language() {
    let (_dir, app) = site();
    let too_big = format!("place={}", "a".repeat(support_limit() + 1));
    let cases: Vec<(Request<Body>, StatusCode, &str, &str)> = vec![
        (
            form_post("/hulp")
                .body(Body::from(too_big.clone()))
                .unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "nl",
            "Dit is te veel tekst",
        ),
        (
            form_post("/en/help").body(Body::from(too_big)).unwrap(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "en",
            "This is too much text",
        ),
        (
            Request::post("/hulp")
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("role=victim"))
                .unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "nl",
            "Dit konden we niet lezen",
        ),
        (
            Request::put("/en/help").body(Body::empty()).unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "en",
            "We could not read this",
        ),
        (
            Request::get("/hulp/samenvatting")
                .body(Body::empty())
                .unwrap(),
            StatusCode::METHOD_NOT_ALLOWED,
            "nl",
            "Dit konden we niet lezen",
        ),
    ];
    for (req, status, lang, title) in cases {
        let what = format!("{} {}", req.method(), req.uri());
        let (got, headers, body) = send(&app, req).await;
        assert_eq!(got, status, "{what}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html"),
            "{what}"
        );
        assert_our_page(&body, lang);
        assert!(body.contains(title), "{what}: {body}");
        // An error page at a live page's address is not hydrated as that page.
        assert!(!body.contains("module_or_path"), "{what}: {body}");
    }
    // Media types are case-insensitive, and a field sent twice is read, not refused.
    let req = Request::post("/hulp")
        .header(
            header::CONTENT_TYPE,
            "Application/X-WWW-Form-URLEncoded; Charset=UTF-8",
        )
        .body(Body::from(ANSWERS))
        .unwrap();
    assert_eq!(send(&app, req).await.0, StatusCode::OK);
    let (status, _, body) = post(
        &app,
        "/wegwijzer",
        "q=a&q=b&plaats=Utrecht&plaats=x".into(),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"value="Utrecht""#), "{body}");
}

fn support_limit() -> usize {
    hulpwijzer_core::triage::form::MAX_BODY_BYTES
}

#[tokio::test]
async fn the_longest_own_words_in_the_widest_characters_are_kept() {
    let (_dir, app) = site();
    let words: String = "\u{1F600}".repeat(hulpwijzer_core::triage::MAX_OWN_WORDS_CHARS);
    let body = format!("{ANSWERS}&own_words={}", encode(&words));
    assert!(
        body.len() > 16 * 1024,
        "the old limit would refuse it: {}",
        body.len()
    );
    let (status, _, page) = post(&app, "/hulp", body, &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&words), "the words are on the page");
    // With CR LF line breaks, as browsers send a text box, too.
    let lines = "\r\n".repeat(hulpwijzer_core::triage::MAX_OWN_WORDS_CHARS / 2);
    let (status, _, _) = post(
        &app,
        "/hulp",
        format!(
            "{ANSWERS}&own_words={}&place={}",
            encode(&lines),
            encode(&"\u{1F600}".repeat(200))
        ),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_body_that_never_comes_ends_in_a_408_in_time() {
    let (_dir, app) = site_with(|config| config.limits.body_timeout = Duration::from_secs(1));
    let never = || Body::new(Never);
    let started = std::time::Instant::now();
    let req = form_post("/en/help").body(never()).unwrap();
    let (status, _, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
    assert_our_page(&body, "en");
    assert!(body.contains("This took too long"), "{body}");
    let req = Request::post("/api/v1/plan").body(never()).unwrap();
    let (status, _, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
    assert!(body.contains(r#""code":"timeout""#), "{body}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// A request body that never sends a byte.
struct Never;

impl http_body::Body for Never {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::task::Poll::Pending
    }
}

#[tokio::test]
async fn hsts_only_when_served_over_https() {
    let (_dir, app) = site();
    let (_, headers, _) = support::get(&app, "/", None).await;
    assert!(headers.get(header::STRICT_TRANSPORT_SECURITY).is_none());
    let (_dir, app) = site_with(|config| config.https = true);
    for uri in ["/", "/healthz", "/api/v1/organisations"] {
        let (_, headers, _) = support::get(&app, uri, None).await;
        assert_eq!(
            headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=63072000",
            "{uri}"
        );
    }
}
