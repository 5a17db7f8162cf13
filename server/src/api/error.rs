//! The API's one error type, answered as JSON: `{"error": {"code", "field", "message"}}`,
//! with options where the client must choose.

use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;

/// Something the client sent that the API cannot answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApiError {
    /// The HTTP status.
    #[serde(skip)]
    pub status: StatusCode,
    /// A stable, machine-readable code, e.g. `unknown_field`.
    pub code: &'static str,
    /// The request field at fault, if one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What is wrong, in plain English.
    pub message: String,
    /// Choices the client can send instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<crate::regions::data::Named>,
}

impl ApiError {
    /// A 422 for a field whose value cannot be used.
    pub fn invalid(field: &str, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code,
            field: Some(field.to_owned()),
            message: message.into(),
            options: Vec::new(),
        }
    }

    /// The same error with another status.
    pub fn with_status(self, status: StatusCode) -> ApiError {
        ApiError { status, ..self }
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    error: &'a ApiError,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(Envelope { error: &self })).into_response()
    }
}
