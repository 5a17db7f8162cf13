//! Reading a JSON object body field by field, so that every error names its field and
//! unknown fields are refused.

use super::ApiError;
use axum::{body::Bytes, http::StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A request body as a JSON object whose fields have all been checked against a list.
pub struct Fields(Map<String, Value>);

impl Fields {
    /// Parses `body` as a JSON object that has no fields but `allowed`.
    pub fn parse(body: &Bytes, allowed: &[&str]) -> Result<Fields, ApiError> {
        let value: Value = serde_json::from_slice(body).map_err(|_| ApiError {
            status: StatusCode::BAD_REQUEST,
            code: "invalid_json",
            field: None,
            message: "the body must be a JSON object".into(),
            options: Vec::new(),
        })?;
        let Value::Object(map) = value else {
            return Err(ApiError {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "not_an_object",
                field: None,
                message: "the body must be a JSON object".into(),
                options: Vec::new(),
            });
        };
        if let Some(unknown) = map.keys().find(|key| !allowed.contains(&key.as_str())) {
            return Err(ApiError::invalid(
                unknown,
                "unknown_field",
                format!("unknown field; expected one of: {}", allowed.join(", ")),
            ));
        }
        Ok(Fields(map))
    }

    /// The value of `name`, if present and not null, as a `T`.
    pub fn get<T: DeserializeOwned>(
        &self,
        name: &str,
        expected: &str,
    ) -> Result<Option<T>, ApiError> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => T::deserialize(value).map(Some).map_err(|_| {
                ApiError::invalid(name, "invalid_value", format!("expected {expected}"))
            }),
        }
    }

    /// The names of the fields that are present and not null.
    pub fn present(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, _)| k.as_str())
            .collect()
    }
}
