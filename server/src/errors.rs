//! Every error in the form its reader expects. Under `/api/` an error is the documented
//! JSON (`{"error": {"code", "message"}}`), also when it comes from the router or an
//! extractor (405, 413, 415, a path that does not exist). Everywhere else it is a page in
//! the language of the address, with the quick exit and the emergency number, never a
//! line of English plain text.

use crate::{api::ApiError, headers::CspNonce, pages, state::AppState};
use axum::{
    extract::{Request, State},
    http::{HeaderMap, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{ErrorKind, PageError},
};

/// The kind of error page for a status.
pub fn kind(status: StatusCode) -> ErrorKind {
    match status {
        StatusCode::FORBIDDEN => ErrorKind::CrossSite,
        StatusCode::NOT_FOUND => ErrorKind::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::TooLarge,
        StatusCode::REQUEST_TIMEOUT => ErrorKind::Timeout,
        s if s.is_server_error() => ErrorKind::Server,
        _ => ErrorKind::BadRequest,
    }
}

/// The API's error for a status that no handler explained.
pub fn api_error(status: StatusCode) -> ApiError {
    let (code, message) = match status {
        StatusCode::NOT_FOUND => ("not_found", "no such address in the API"),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "this address does not take this method",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => ("body_too_large", "the body is over 16 KiB"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported_media_type", "the body must be JSON"),
        StatusCode::REQUEST_TIMEOUT => ("timeout", "the body did not arrive in time"),
        StatusCode::TOO_MANY_REQUESTS => {
            ("too_many_requests", "too many requests; try again later")
        }
        s if s.is_server_error() => ("internal", "something went wrong on our side"),
        _ => ("bad_request", "the request could not be read"),
    };
    ApiError {
        status,
        code,
        field: None,
        message: message.to_owned(),
        options: Vec::new(),
    }
}

fn content_type_starts(headers: &HeaderMap, prefix: &str) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.to_ascii_lowercase().starts_with(prefix))
}

/// Headers of the original error worth keeping: what methods the address takes, when to
/// try again.
fn keep_headers(from: &HeaderMap, to: &mut Response) {
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = from.get(&name) {
            to.headers_mut().insert(name, value.clone());
        }
    }
}

/// Middleware: turns an error that is not yet in its reader's form into JSON (API) or a
/// page (everything else). Successful answers pass untouched.
pub async fn uniform_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let uri = req.uri().clone();
    let nonce = req.extensions().get::<CspNonce>().cloned();
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let mut out = if uri.path().starts_with("/api/") {
        if content_type_starts(res.headers(), "application/json") {
            return res;
        }
        api_error(status).into_response()
    } else {
        if content_type_starts(res.headers(), "text/html") {
            return res;
        }
        let Some(nonce) = nonce else {
            return res;
        };
        let error = PageError {
            kind: kind(status),
            lang: Lang::from_path(uri.path()),
        };
        pages::render_error(&state, nonce, uri, error, status).await
    };
    keep_headers(res.headers(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_kinds_and_codes() {
        assert_eq!(kind(StatusCode::FORBIDDEN), ErrorKind::CrossSite);
        assert_eq!(kind(StatusCode::PAYLOAD_TOO_LARGE), ErrorKind::TooLarge);
        assert_eq!(
            kind(StatusCode::UNSUPPORTED_MEDIA_TYPE),
            ErrorKind::BadRequest
        );
        assert_eq!(kind(StatusCode::BAD_GATEWAY), ErrorKind::Server);
        assert_eq!(
            api_error(StatusCode::METHOD_NOT_ALLOWED).code,
            "method_not_allowed"
        );
        assert_eq!(api_error(StatusCode::IM_A_TEAPOT).code, "bad_request");
        assert_eq!(
            api_error(StatusCode::IM_A_TEAPOT).status,
            StatusCode::IM_A_TEAPOT
        );
    }
}
