//! Reading a JSON object body field by field, so that every error names its field (with
//! its path, e.g. `location.postcode`) and unknown fields are refused.

use super::ApiError;
use axum::{body::Bytes, http::StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A JSON object whose fields have all been checked against a list.
pub struct Fields {
    map: Map<String, Value>,
    /// The path of this object in the body, with a trailing dot (`location.`), or empty.
    prefix: String,
}

fn checked(map: Map<String, Value>, prefix: String, allowed: &[&str]) -> Result<Fields, ApiError> {
    if let Some(unknown) = map.keys().find(|key| !allowed.contains(&key.as_str())) {
        return Err(ApiError::invalid(
            &format!("{prefix}{unknown}"),
            "unknown_field",
            format!("unknown field; expected one of: {}", allowed.join(", ")),
        ));
    }
    Ok(Fields { map, prefix })
}

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
        checked(map, String::new(), allowed)
    }

    /// The object in field `name`, if present, checked against `allowed`.
    pub fn nested(&self, name: &str, allowed: &[&str]) -> Result<Option<Fields>, ApiError> {
        match self.map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Object(map)) => {
                checked(map.clone(), format!("{}{name}.", self.prefix), allowed).map(Some)
            }
            Some(_) => Err(ApiError::invalid(
                &self.name(name),
                "invalid_value",
                "expected an object",
            )),
        }
    }

    /// The full name of a field, for error messages.
    pub fn name(&self, field: &str) -> String {
        format!("{}{field}", self.prefix)
    }

    /// The value of `name`, if present and not null, as a `T`.
    pub fn get<T: DeserializeOwned>(
        &self,
        name: &str,
        expected: &str,
    ) -> Result<Option<T>, ApiError> {
        match self.map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => T::deserialize(value).map(Some).map_err(|_| {
                ApiError::invalid(
                    &self.name(name),
                    "invalid_value",
                    format!("expected {expected}"),
                )
            }),
        }
    }

    /// A text field of at most `max` characters.
    pub fn text(&self, name: &str, max: usize) -> Result<Option<String>, ApiError> {
        let value: Option<String> = self.get(name, "a string")?;
        match value {
            Some(v) if v.chars().count() > max => Err(ApiError::invalid(
                &self.name(name),
                "too_long",
                format!("at most {max} characters"),
            )),
            other => Ok(other),
        }
    }

    /// The `lang` field: `nl` (also when absent) or `en`.
    pub fn lang(&self) -> Result<hulpwijzer_core::i18n::Lang, ApiError> {
        match self.text("lang", 2)?.as_deref() {
            None | Some("nl") => Ok(hulpwijzer_core::i18n::Lang::Nl),
            Some("en") => Ok(hulpwijzer_core::i18n::Lang::En),
            Some(_) => Err(ApiError::invalid(
                &self.name("lang"),
                "invalid_value",
                "expected nl or en",
            )),
        }
    }

    /// The names of the fields that are present and not null.
    pub fn present(&self) -> Vec<&str> {
        self.map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, _)| k.as_str())
            .collect()
    }
}
