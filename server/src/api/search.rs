//! `POST /api/v1/search`: plain words, a place and filters to ranked services, each with
//! its reasons, highlight ranges, contacts and distance.

use super::{ApiError, body::Fields, regions};
use crate::body::BodyBytes;
use crate::{
    directory::model::{Channel, Contact, Need, Role},
    regions::{LatLon, Resolution, distance_km},
    search::{Highlight, Lang, Reason, SearchQuery},
    state::AppState,
};
use axum::{Json, extract::State, http::StatusCode};
use hulpwijzer_core::vocab::AgeBand;
use serde::Serialize;

const FIELDS: &[&str] = &[
    "query",
    "lang",
    "location",
    "needs",
    "audiences",
    "age",
    "channels",
    "always_open",
    "anonymous",
    "limit",
];
const MAX_QUERY: usize = 200;
const MAX_LIMIT: usize = 50;

/// One service found, ready to show.
#[derive(Serialize)]
pub struct HitOut {
    service_id: String,
    organisation_id: String,
    organisation_name: String,
    name: String,
    reasons: Vec<Reason>,
    highlight: Highlight,
    contacts: Vec<Contact>,
    /// Kilometres to the nearest place of the service, when both are known.
    distance_km: Option<f64>,
}

/// The answer: hits, the resolved region (if a location was given) and notes.
#[derive(Serialize)]
pub struct Answer {
    hits: Vec<HitOut>,
    region: Option<Resolution>,
    notes: Vec<String>,
}

/// The handler.
pub async fn search(
    State(state): State<AppState>,
    BodyBytes(body): BodyBytes,
) -> Result<Json<Answer>, ApiError> {
    let fields = Fields::parse(&body, FIELDS)?;
    let lang = match fields.lang()? {
        hulpwijzer_core::i18n::Lang::Nl => Lang::Nl,
        hulpwijzer_core::i18n::Lang::En => Lang::En,
    };
    let age = fields
        .get::<AgeBand>("age", "one of: under_12, 12_to_17, 18_to_24, 25_plus")?
        .map(AgeBand::years);
    let limit: usize = fields
        .get("limit", "a whole number from 1 to 50")?
        .unwrap_or(20);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::invalid(
            "limit",
            "invalid_value",
            "expected a whole number from 1 to 50",
        ));
    }
    let mut notes = Vec::new();
    let place = match fields.nested("location", regions::PLACE_FIELDS)? {
        None => None,
        Some(location) => match regions::place(&location, &state.regions) {
            Ok(resolution) => Some(resolution),
            Err(err)
                if err.status == StatusCode::NOT_FOUND || err.status == StatusCode::CONFLICT =>
            {
                notes.push(format!(
                    "{}: {}; showing national help",
                    err.field.unwrap_or_default(),
                    err.message
                ));
                None
            }
            Err(err) => return Err(err),
        },
    };
    let query = SearchQuery {
        text: fields.text("query", MAX_QUERY)?.unwrap_or_default(),
        lang,
        place: place.clone(),
        needs: fields
            .get::<Vec<Need>>("needs", "a list of need ids")?
            .unwrap_or_default(),
        audiences: fields
            .get::<Vec<Role>>("audiences", "a list of role ids")?
            .unwrap_or_default(),
        age,
        channels: fields
            .get::<Vec<Channel>>("channels", "a list of channel ids")?
            .unwrap_or_default(),
        always_open: fields.get("always_open", "true or false")?.unwrap_or(false),
        anonymous: fields.get("anonymous", "true or false")?.unwrap_or(false),
        limit,
    };
    let hits = state.search.search_async(&query).await.map_err(|err| {
        tracing::error!(error = %err, "search failed");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "search_failed",
            field: None,
            message: "the search failed; please try again".into(),
            options: Vec::new(),
        }
    })?;
    let here = place.as_ref().and_then(|p| p.point);
    let hits = hits
        .into_iter()
        .filter_map(|hit| {
            let (org, service) = state.search.service(&hit.service_id)?;
            let name = if lang == Lang::En {
                service.name.en()
            } else {
                service.name.nl()
            };
            let distance_km = here.and_then(|here| {
                service
                    .locations
                    .iter()
                    .filter_map(|l| {
                        Some(distance_km(
                            here,
                            LatLon {
                                lat: l.lat?,
                                lon: l.lon?,
                            },
                        ))
                    })
                    .reduce(f64::min)
            });
            Some(HitOut {
                service_id: hit.service_id,
                organisation_id: hit.organisation_id,
                organisation_name: org.name.clone(),
                name: name.to_owned(),
                reasons: hit.reasons,
                highlight: hit.highlight,
                contacts: service.contacts.to_vec(),
                distance_km,
            })
        })
        .collect();
    Ok(Json(Answer {
        hits,
        region: place,
        notes,
    }))
}
