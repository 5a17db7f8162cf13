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

#[derive(Serialize)]
pub struct List {
    organisations: Vec<Organisation>,
}

/// Every organisation, ordered by id.
pub async fn list(State(state): State<AppState>) -> Json<List> {
    Json(List {
        organisations: state.directory.organisations.clone(),
    })
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
