//! The request log: method, route pattern, status and duration of every request, through
//! `tracing`. Never the path as typed, the query string, headers or the body: those can
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
    tracing::info!(
        method = %method,
        route = route.as_deref().unwrap_or(UNROUTED),
        status = res.status().as_u16(),
        duration_us = u64::try_from(start.elapsed().as_micros()).unwrap_or(u64::MAX),
        "request"
    );
    res
}
