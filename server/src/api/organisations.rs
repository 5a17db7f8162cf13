//! `GET /api/v1/organisations` and `GET /api/v1/organisations/{id}`: the directory as
//! JSON, every contact with its source, verified date and confirmed flag.

use super::ApiError;
use crate::{directory::model::Organisation, state::AppState};
use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
};
use serde::Serialize;

/// Every organisation, written from the shared directory as the answer is sent (a copy of
/// it per request would be the whole directory: about 200 MB at 100,000 services).
pub struct List(AppState);

impl Serialize for List {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Json<'a> {
            organisations: &'a [Organisation],
        }
        Json {
            organisations: &self.0.directory.organisations,
        }
        .serialize(serializer)
    }
}

/// Every organisation, ordered by id.
pub async fn list(State(state): State<AppState>) -> Json<List> {
    Json(List(state))
}

/// One organisation by id.
pub async fn one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Organisation>, ApiError> {
    state
        .directory
        .organisations
        .iter()
        .find(|org| org.id == id)
        .cloned()
        .map(Json)
        .ok_or_else(|| {
            ApiError::invalid("id", "not_found", "no organisation has this id")
                .with_status(StatusCode::NOT_FOUND)
        })
}
