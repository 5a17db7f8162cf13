//! The request log: method, route pattern, status and duration of every request, through
//! `tracing`, at warning level for server errors (5xx). Never the path as typed, the query string, headers or the body: those can
//! hold what a person told us.

use axum::{
    extract::{MatchedPath, Request},
    middleware::Next,
    response::Response,
};
use std::time::Instant;

/// What the log says for requests that matched no route (static files, "not found").
pub const UNROUTED: &str = "(static or not found)";

/// Middleware: logs one line per request once the response headers are ready.
pub async fn log_request(req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|path| path.as_str().to_owned());
    let res = next.run(req).await;
    let route = route.as_deref().unwrap_or(UNROUTED);
    let status = res.status().as_u16();
    let duration_us = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX);
    if res.status().is_server_error() {
        // Also in a log kept at warnings only: a server error is ours to look at.
        tracing::warn!(%method, route, status, duration_us, "request");
    } else {
        tracing::info!(%method, route, status, duration_us, "request");
    }
    res
}
