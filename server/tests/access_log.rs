//! The request log has method, route pattern, status and duration, and never what was
//! typed: not the path, not the query string, not the body. In a test binary of its own,
//! so that its log subscriber is the only one.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{
    io::Write,
    sync::{Arc, Mutex},
};

mod common;
mod support;
use hulpwijzer_core::report::field;
use support::{RESOLVE, form_body, get, post_form, post_json, site};

/// A log sink the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_log_has_method_route_status_and_duration_but_never_what_was_typed() {
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || sink.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (_dir, app) = site();
    get(&app, "/over?naam=GEHEIMMARKER", None).await;
    get(&app, "/en/GEHEIMMARKER", None).await;
    get(&app, "/healthz?GEHEIMMARKER", None).await;
    post_json(&app, RESOLVE, r#"{"municipality": "GEHEIMMARKER"}"#).await;
    let note = form_body(&[
        (field::ABOUT, "organisation:csg"),
        (field::KIND, "other"),
        (field::TEXT, "GEHEIMMARKER"),
        (field::EMAIL, "GEHEIMMARKER@example.org"),
        (field::FROM_PLAN, "1"),
        ("own_words", "GEHEIMMARKER"),
    ]);
    let (status, _, _) = post_form(&app, "/melding", note).await;
    assert_eq!(status, axum::http::StatusCode::OK);

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("request"))
        .collect();
    assert_eq!(lines.len(), 5, "{log}");
    assert!(
        lines[4].contains("route=\"/melding\"") && lines[4].contains("status=200"),
        "{log}"
    );
    assert!(
        lines[3].contains("route=\"/api/v1/regions/resolve\"") && lines[3].contains("status=404"),
        "{log}"
    );
    assert!(
        lines[0].contains("method=GET")
            && lines[0].contains("route=\"/over\"")
            && lines[0].contains("status=200"),
        "{log}"
    );
    assert!(
        lines[1].contains(server::access_log::UNROUTED) && lines[1].contains("status=404"),
        "{log}"
    );
    assert!(
        lines[2].contains("route=\"/healthz\"") && lines[2].contains("duration_us="),
        "{log}"
    );
    assert!(!log.contains("GEHEIMMARKER"), "{log}");
}
