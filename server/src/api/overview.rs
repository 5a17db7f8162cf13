//! `POST /api/v1/overview`: a professional's answers (as for the plan) to the desk
//! overview of every help point that serves their place, so the page with JavaScript can
//! draw it in place of the plan. The client's own words are not read into it.

use super::{ApiError, body::Fields, plan};
use crate::body::BodyBytes;
use crate::state::AppState;
use axum::{Json, extract::State};
use hulpwijzer_core::{page_data::OverviewView, triage::Answers};

/// The handler.
pub async fn overview(
    State(state): State<AppState>,
    BodyBytes(body): BodyBytes,
) -> Result<Json<OverviewView>, ApiError> {
    let fields = Fields::parse(&body, &plan::allowed_fields())?;
    let lang = fields.lang()?;
    let answers = Answers {
        own_words: None,
        ..plan::answers(&fields)?
    };
    Ok(Json(crate::overview::overview(
        &state.directory,
        &state.regions,
        &answers,
        lang,
        state.at(),
    )))
}
