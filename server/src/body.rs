//! Reading request bodies: whole, up to the route's size limit (413 past it) and within
//! the body deadline (408 when it runs out), so a client that sends slowly cannot hold a
//! handler. [`BodyBytes`] is the API's raw body; [`FormFields`] a posted HTML form, whose
//! media type is compared without regard to case (as media types are) and whose names
//! and values are kept as sent (invalid UTF-8 replaced), repeated names too: the handlers
//! decide what a field means. A failure is only a status; the error layer turns it into
//! the documented JSON or a page in the person's language.

use crate::state::AppState;
use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::{HeaderMap, StatusCode, header},
};

/// A whole request body.
#[derive(Debug, Default)]
pub struct BodyBytes(pub Bytes);

impl FromRequest<AppState> for BodyBytes {
    type Rejection = StatusCode;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let read = Bytes::from_request(req, state);
        match tokio::time::timeout(state.body_timeout, read).await {
            Ok(Ok(bytes)) => Ok(BodyBytes(bytes)),
            Ok(Err(rejection)) => Err(rejection.status()),
            Err(_) => Err(StatusCode::REQUEST_TIMEOUT),
        }
    }
}

/// The fields of a posted form, in the order sent.
#[derive(Debug, Default)]
pub struct FormFields(pub Vec<(String, String)>);

impl FormFields {
    /// The first value of `name`, or an empty text.
    pub fn first(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map_or("", |(_, value)| value.as_str())
    }
}

/// Whether the body is `application/x-www-form-urlencoded`, in any case, with or without
/// parameters such as a charset.
///
/// ```
/// use axum::http::{HeaderMap, HeaderValue, header};
/// let mut headers = HeaderMap::new();
/// headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("Application/X-WWW-Form-URLEncoded; charset=UTF-8"));
/// assert!(server::body::is_form(&headers));
/// headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
/// assert!(!server::body::is_form(&headers));
/// ```
pub fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| {
            essence
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

impl FromRequest<AppState> for FormFields {
    type Rejection = StatusCode;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !is_form(req.headers()) {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
        }
        let BodyBytes(body) = BodyBytes::from_request(req, state).await?;
        Ok(FormFields(
            form_urlencoded::parse(&body).into_owned().collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_names_keep_every_value_and_first_takes_the_first() {
        let fields = FormFields(
            form_urlencoded::parse(b"q=a&q=b&plaats=%F0%9F%98%80&x=%FF")
                .into_owned()
                .collect(),
        );
        assert_eq!(fields.0.len(), 4);
        assert_eq!(fields.first("q"), "a");
        assert_eq!(fields.first("plaats"), "\u{1F600}");
        assert_eq!(fields.first("x"), "\u{FFFD}");
        assert_eq!(fields.first("missing"), "");
    }
}
