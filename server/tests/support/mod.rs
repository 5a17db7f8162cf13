//! A router over a stand-in built site and the real region tables, and helpers to send
//! it requests without a socket.
#![allow(
    dead_code,
    reason = "each test crate that includes this module uses a part of it"
)]

use app::site::Assets;
use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt as _;
use server::{config::Config, regions::data, routes::router, startup};
use std::path::PathBuf;
use tower::ServiceExt as _;

pub mod db;
pub mod process;

/// The region resolver's address.
pub const RESOLVE: &str = "/api/v1/regions/resolve";

pub const EXIT: &str = "https://weer.example/";

/// A built site in a temporary folder, with a stand-in for each hashed asset, the real
/// directory data and region tables, and the router over them.
pub fn site() -> (tempfile::TempDir, Router) {
    site_with(|_| {})
}

/// The same, with the configuration changed by `change` first.
pub fn site_with(change: impl FnOnce(&mut Config)) -> (tempfile::TempDir, Router) {
    let dir = tempfile::tempdir().unwrap();
    let regions_file = stand_in_site(dir.path());
    let mut config = Config {
        site_root: dir.path().to_path_buf(),
        exit_url: EXIT.into(),
        regions_file,
        data_dir: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data"),
        database_url: db::sqlite_in(dir.path()),
        ..Config::from_lookup(|_| None).unwrap()
    };
    change(&mut config);
    let state = startup::load(&config).unwrap();
    assert_eq!(
        state.site.assets,
        Assets {
            css: "/pkg/hulpwijzer.abc123.css".into(),
            js: "/pkg/hulpwijzer.abc123.js".into(),
            wasm: "/pkg/hulpwijzer.abc123.wasm".into(),
        }
    );
    (dir, router(state))
}

/// Writes a stand-in built site (`pkg/` with a stand-in for each hashed asset) and the
/// region tables into `dir`; returns the region tables' path.
pub fn stand_in_site(dir: &std::path::Path) -> PathBuf {
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("hulpwijzer.abc123.css"),
        "body { color: black; }\n".repeat(50),
    )
    .unwrap();
    std::fs::write(pkg.join("hulpwijzer.abc123.css.br"), b"pretend brotli").unwrap();
    std::fs::write(
        pkg.join("hulpwijzer.abc123.js"),
        "export default function init() {}\n".repeat(20),
    )
    .unwrap();
    std::fs::write(pkg.join("hulpwijzer.abc123.wasm"), b"\0asm").unwrap();
    let regions_file = dir.join("regions.json");
    data::write(
        &data::import(&crate::common::geo_dir()).unwrap(),
        &regions_file,
    )
    .unwrap();
    regions_file
}

/// Sends `req` and returns status, headers and body.
pub async fn send(app: &Router, req: Request<Body>) -> (StatusCode, header::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        parts.status,
        parts.headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Sends a GET and returns status, headers and body.
pub async fn get(
    app: &Router,
    uri: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, header::HeaderMap, String) {
    let mut req = Request::get(uri);
    if let Some(encoding) = accept_encoding {
        req = req.header(header::ACCEPT_ENCODING, encoding);
    }
    let res = app
        .clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = res.into_parts();
    let bytes = body.collect().await.unwrap().to_bytes();
    (
        parts.status,
        parts.headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

/// Sends a form POST and returns status, headers and body.
pub async fn post_form(
    app: &Router,
    uri: &str,
    form: String,
) -> (StatusCode, header::HeaderMap, String) {
    let req = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(form))
        .unwrap();
    send(app, req).await
}

/// A form body from names and values.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

/// Sends a JSON POST and returns status and the JSON answer (`null` if it is not JSON).
pub async fn post_json(
    app: &Router,
    uri: &str,
    body: impl Into<Body>,
) -> (StatusCode, serde_json::Value) {
    let req = Request::post(uri)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.into())
        .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}
