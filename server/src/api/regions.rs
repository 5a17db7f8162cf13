//! `POST /api/v1/regions/resolve`: a place (postcode, municipality, point or island, as in
//! the triage contract's `location`) to its municipality, regions and emergency number.

use super::{ApiError, body::Fields};
use crate::body::BodyBytes;
use crate::{
    regions::{Regions, Resolution, ResolveError},
    state::AppState,
};
use axum::{Json, extract::State, http::StatusCode};
use hulpwijzer_core::triage::Place;

/// The fields of a place.
pub const PLACE_FIELDS: &[&str] = &["postcode", "municipality", "lat", "lon", "island"];
/// Longer text is not a place name; refusing it early keeps lookups cheap.
const MAX_TEXT: usize = 200;

/// The handler: checks the body, resolves the place, answers the regions or an error.
pub async fn resolve(
    State(state): State<AppState>,
    BodyBytes(body): BodyBytes,
) -> Result<Json<Resolution>, ApiError> {
    let fields = Fields::parse(&body, PLACE_FIELDS)?;
    place(&fields, &state.regions).map(Json)
}

/// Resolves the place described by `fields` (already checked against [`PLACE_FIELDS`]).
pub fn place(fields: &Fields, regions: &Regions) -> Result<Resolution, ApiError> {
    let present = fields.present();
    let (field, result) = match present.as_slice() {
        ["postcode"] => {
            let postcode = fields.text("postcode", MAX_TEXT)?.unwrap_or_default();
            ("postcode", regions.resolve(&Place::Postcode { postcode }))
        }
        ["municipality"] => {
            let municipality = fields.text("municipality", MAX_TEXT)?.unwrap_or_default();
            (
                "municipality",
                regions.resolve(&Place::Municipality { municipality }),
            )
        }
        ["island"] => (
            "island",
            regions.by_island(&fields.text("island", MAX_TEXT)?.unwrap_or_default()),
        ),
        ["lat", "lon"] | ["lon", "lat"] => {
            let lat: f64 = fields.get("lat", "a number")?.unwrap_or(f64::NAN);
            let lon: f64 = fields.get("lon", "a number")?.unwrap_or(f64::NAN);
            ("lat", regions.resolve(&Place::Point { lat, lon }))
        }
        _ => {
            return Err(ApiError::invalid(
                &fields.name(present.first().copied().unwrap_or("postcode")),
                "one_place",
                "send exactly one of: postcode, municipality, island, or lat with lon",
            ));
        }
    };
    result.map_err(|err| not_resolved(&fields.name(field), err))
}

fn not_resolved(field: &str, err: ResolveError) -> ApiError {
    let message = err.to_string();
    match err {
        ResolveError::NotAPostcode | ResolveError::InvalidCoordinates => {
            ApiError::invalid(field, "invalid_value", message)
        }
        ResolveError::AmbiguousMunicipality(options) => ApiError {
            options,
            ..ApiError::invalid(field, "ambiguous", message).with_status(StatusCode::CONFLICT)
        },
        ResolveError::UnknownMunicipality(near) => ApiError {
            options: near,
            ..ApiError::invalid(field, "not_found", message).with_status(StatusCode::NOT_FOUND)
        },
        ResolveError::UnknownPostcode
        | ResolveError::OutsideTheNetherlands
        | ResolveError::UnknownIsland => {
            ApiError::invalid(field, "not_found", message).with_status(StatusCode::NOT_FOUND)
        }
    }
}
