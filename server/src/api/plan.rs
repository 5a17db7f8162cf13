//! `POST /api/v1/plan`: a person's answers (shared/design/triage-contract.md) to a ranked
//! plan. Every field is checked by name; a place that cannot be found is not an error but
//! a note, with national help as the fallback. `own_words` (checked for length) goes into
//! the summary text that comes back, and nowhere else: it is never logged or stored.

use super::{ApiError, body::Fields, regions::PLACE_FIELDS};
use crate::body::BodyBytes;
use crate::state::AppState;
use axum::{Json, extract::State};
use hulpwijzer_core::{
    triage::{
        Answers, MAX_ID_CHARS, MAX_OWN_WORDS_CHARS, MAX_PLACE_CHARS, Place,
        answer_fields::{ANSWER_FIELDS, AnswerField},
        help_point_id,
        plan::Plan,
        questions::Step,
    },
    vocab::{Island, Need},
};

/// The fields of a request with answers: the answers to the questions with options, and
/// the rest by name.
pub fn allowed_fields() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = ANSWER_FIELDS.iter().map(|f| f.name).collect();
    out.extend(["danger_now", "location", "own_words", "chosen", "lang"]);
    out
}

/// The answer to one question with options: an id, or a list of ids, each once. Consent
/// is the contract's `true` or `false`.
fn options(fields: &Fields, field: &AnswerField, answers: &mut Answers) -> Result<(), ApiError> {
    let ids = (field.ids)().join(", ");
    let sent: Vec<String> = match (field.step, field.many) {
        (Step::Consent, _) => fields
            .get::<bool>(field.name, "true or false")?
            .map(|yes| vec![if yes { "yes" } else { "no" }.to_owned()])
            .unwrap_or_default(),
        (_, true) => fields
            .get(field.name, &format!("a list of: {ids}"))?
            .unwrap_or_default(),
        (_, false) => fields
            .get::<String>(field.name, &format!("one of: {ids}"))?
            .into_iter()
            .collect(),
    };
    for id in sent {
        if !(field.set)(answers, &id) {
            let expected = if field.many { "a list of" } else { "one of" };
            return Err(ApiError::invalid(
                &fields.name(field.name),
                "invalid_value",
                format!("expected {expected}: {ids}"),
            ));
        }
    }
    Ok(())
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
            island: location
                .get::<String>("island", "an island")?
                .and_then(|id| Island::from_id(&id))
                .ok_or_else(|| {
                    ApiError::invalid(
                        &location.name("island"),
                        "invalid_value",
                        format!(
                            "expected one of: {}",
                            Island::ALL
                                .iter()
                                .map(|i| i.id())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
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
    // "emergency" is the directory's own need, not an answer: say what to send instead. A
    // `needs` that is not a list of texts is reported with the other answers below.
    let needs: Vec<String> = fields.get("needs", "").ok().flatten().unwrap_or_default();
    if needs.iter().any(|n| n == Need::Emergency.id()) {
        return Err(ApiError::invalid(
            "needs",
            "invalid_value",
            "emergency is not an answer; send danger_now: true",
        ));
    }
    let mut answers = Answers {
        danger_now: fields.get("danger_now", "true or false")?,
        location: location(fields)?,
        own_words: fields.text("own_words", MAX_OWN_WORDS_CHARS)?,
        chosen: chosen(fields)?,
        ..Answers::default()
    };
    for field in &ANSWER_FIELDS {
        options(fields, field, &mut answers)?;
    }
    Ok(answers)
}

/// The handler.
pub async fn plan(
    State(state): State<AppState>,
    BodyBytes(body): BodyBytes,
) -> Result<Json<Plan>, ApiError> {
    let fields = Fields::parse(&body, &allowed_fields())?;
    let lang = fields.lang()?;
    let answers = answers(&fields)?;
    Ok(Json(state.triage.plan(
        &state.regions,
        &answers,
        lang,
        state.clock.now(),
    )))
}
