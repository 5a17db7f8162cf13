//! The JSON API under `/api/v1` (documented in docs/api.md): small handlers over the
//! domain modules, bodies limited in size, errors as JSON naming the field.

pub mod body;
mod error;
pub mod hsds;
mod organisations;
mod overview;
pub mod plan;
pub mod regions;
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
        .route("/hsds", get(hsds::root))
        .route("/hsds/", get(hsds::root))
        .route("/hsds/services", get(hsds::services))
        .route("/hsds/services/{id}", get(hsds::service))
        .route("/hsds/organizations", get(hsds::organizations))
        .route("/hsds/organizations/{id}", get(hsds::organization))
        .route(
            "/hsds/service_at_locations",
            get(hsds::service_at_locations),
        )
        .route(
            "/hsds/service_at_locations/{id}",
            get(hsds::service_at_location),
        )
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
}
