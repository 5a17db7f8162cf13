//! The JSON API under `/api/v1` (documented in docs/api.md): small handlers over the
//! domain modules, bodies limited in size, errors as JSON naming the field.

mod body;
mod error;
mod organisations;
mod overview;
mod plan;
mod regions;
mod search;

use crate::state::AppState;
use axum::{
    Router,
    extract::DefaultBodyLimit,
    routing::{get, post},
};

pub use error::ApiError;

/// The largest request body the API reads.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The API's routes, to be nested under `/api/v1`.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/regions/resolve", post(regions::resolve))
        .route("/search", post(search::search))
        .route("/plan", post(plan::plan))
        .route("/overview", post(overview::overview))
        .route("/organisations", get(organisations::list))
        .route("/organisations/{id}", get(organisations::one))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}
