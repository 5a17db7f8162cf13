//! `POST /api/v1/plan`: a person's answers (shared/design/triage-contract.md) to a ranked
//! plan. Every field is checked by name; a place that cannot be found is not an error but
//! a note, with national help as the fallback. `own_words` (checked for length) goes into
//! the summary text that comes back, and nowhere else: it is never logged or stored.

use super::{ApiError, body::Fields, regions::PLACE_FIELDS};
use crate::body::BodyBytes;
use crate::state::AppState;
use app::{
    triage::{
        Answers, MAX_ID_CHARS, MAX_OWN_WORDS_CHARS, MAX_PLACE_CHARS, Place, help_point_id,
        plan::Plan,
    },
    vocab::{AgeBand, ContactWay, Island, Need, Role, Setting, What, When},
};
use axum::{Json, extract::State};
use serde::de::DeserializeOwned;

/// The fields of a request with answers.
pub const FIELDS: &[&str] = &[
    "role",
    "danger_now",
    "what",
    "setting",
    "when",
    "age",
    "location",
    "needs",
    "contact",
    "own_words",
    "consent",
    "chosen",
    "lang",
];

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> String {
    all.iter().map(|v| id(*v)).collect::<Vec<_>>().join(", ")
}

/// One vocabulary value.
fn one<T: DeserializeOwned + Copy>(
    fields: &Fields,
    name: &str,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Result<Option<T>, ApiError> {
    fields.get(name, &format!("one of: {}", ids(all, id)))
}

/// A list of vocabulary values, each once.
fn list<T: DeserializeOwned + Copy + PartialEq>(
    fields: &Fields,
    name: &str,
    all: &[T],
    id: fn(T) -> &'static str,
) -> Result<Vec<T>, ApiError> {
    let values: Vec<T> = fields
        .get(name, &format!("a list of: {}", ids(all, id)))?
        .unwrap_or_default();
    let mut out = Vec::with_capacity(values.len());
    for value in values {
        if !out.contains(&value) {
            out.push(value);
        }
    }
    Ok(out)
}

fn coordinate(fields: &Fields, name: &str, limit: f64) -> Result<f64, ApiError> {
    let expected = format!("a number from -{limit} to {limit}");
    fields
        .get::<f64>(name, &expected)?
        .filter(|v| v.is_finite() && v.abs() <= limit)
        .ok_or_else(|| ApiError::invalid(&fields.name(name), "invalid_value", expected))
}

/// The `location` object: exactly one kind of place.
fn location(fields: &Fields) -> Result<Option<Place>, ApiError> {
    let Some(location) = fields.nested("location", PLACE_FIELDS)? else {
        return Ok(None);
    };
    let text = |name: &str| -> Result<String, ApiError> {
        Ok(location.text(name, MAX_PLACE_CHARS)?.unwrap_or_default())
    };
    let present = location.present();
    let place = match present.as_slice() {
        ["postcode"] => Place::Postcode {
            postcode: text("postcode")?,
        },
        ["municipality"] => Place::Municipality {
            municipality: text("municipality")?,
        },
        ["island"] => Place::Island {
            island: one(&location, "island", Island::ALL, Island::id)?.ok_or_else(|| {
                ApiError::invalid(
                    &location.name("island"),
                    "invalid_value",
                    "expected an island",
                )
            })?,
        },
        ["lat", "lon"] | ["lon", "lat"] => Place::Point {
            lat: coordinate(&location, "lat", 90.0)?,
            lon: coordinate(&location, "lon", 180.0)?,
        },
        _ => {
            return Err(ApiError::invalid(
                &location.name(present.first().copied().unwrap_or("postcode")),
                "one_place",
                "send exactly one of: postcode, municipality, island, or lat with lon",
            ));
        }
    };
    Ok(Some(place))
}

/// The help point chosen for the summary: a step's `unit_id`.
fn chosen(fields: &Fields) -> Result<Option<String>, ApiError> {
    let Some(text) = fields.text("chosen", MAX_ID_CHARS)? else {
        return Ok(None);
    };
    help_point_id(&text).map(Some).ok_or_else(|| {
        ApiError::invalid(
            &fields.name("chosen"),
            "invalid_value",
            "expected a step's unit_id: lowercase letters, digits and hyphens",
        )
    })
}

/// Reads and checks the answers in a request body.
pub fn answers(fields: &Fields) -> Result<Answers, ApiError> {
    let needs = list(fields, "needs", Need::ALL, Need::id)?;
    if needs.contains(&Need::Emergency) {
        return Err(ApiError::invalid(
            "needs",
            "invalid_value",
            "emergency is not an answer; send danger_now: true",
        ));
    }
    Ok(Answers {
        role: one(fields, "role", Role::ALL, Role::id)?,
        danger_now: fields.get("danger_now", "true or false")?,
        what: list(fields, "what", What::ALL, What::id)?,
        setting: list(fields, "setting", Setting::ALL, Setting::id)?,
        when: one(fields, "when", When::ALL, When::id)?,
        age: one(fields, "age", AgeBand::ALL, AgeBand::id)?,
        location: location(fields)?,
        needs,
        contact: list(fields, "contact", ContactWay::ALL, ContactWay::id)?,
        own_words: fields.text("own_words", MAX_OWN_WORDS_CHARS)?,
        consent: fields.get("consent", "true or false")?,
        chosen: chosen(fields)?,
    })
}

/// The handler.
pub async fn plan(
    State(state): State<AppState>,
    BodyBytes(body): BodyBytes,
) -> Result<Json<Plan>, ApiError> {
    let fields = Fields::parse(&body, FIELDS)?;
    let lang = fields.lang()?;
    let answers = answers(&fields)?;
    Ok(Json(state.triage.plan(
        &state.regions,
        &answers,
        lang,
        state.clock.now(),
    )))
}
