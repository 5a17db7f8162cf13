//! `POST /hulp` and `POST /en/help`: one questionnaire screen sent as a form (earlier
//! answers in hidden fields, never in the address). The next question, or the plan, is
//! rendered on the server, so the questionnaire works without JavaScript. And the summary
//! sent back as a text file, made on the spot and kept nowhere, and the desk overview of
//! every help point for the chosen place.

use crate::{
    body::FormFields,
    headers::CspNonce,
    pages::render,
    regions::{Regions, ResolveError},
    state::AppState,
};
use axum::{
    Extension,
    extract::State,
    http::{Uri, header},
    response::{IntoResponse, Response},
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{PageData, TriageView},
    triage::{
        Place, PlaceCheck, form,
        questions::{self, Screen, Step},
    },
    vocab::Island,
};

/// The handler: reads the screen, moves on, renders the next screen or the plan. A typed
/// place that is not found is asked again, with names to choose from.
pub async fn submit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CspNonce>,
    uri: Uri,
    FormFields(fields): FormFields,
) -> Response {
    let lang = Lang::from_path(uri.path());
    let submitted = form::read(fields);
    let mut answers = submitted.answers;
    let checked = questions::place_to_check(&answers, submitted.step, submitted.go)
        .map(|place| check_place(&state.regions, place));
    let place_check = match checked {
        Some(Err(check)) => Some(check),
        Some(Ok(island)) => {
            answers.place_found(island);
            None
        }
        None => None,
    };
    let screen = match place_check {
        Some(_) => Screen::Question(Step::Place),
        None => questions::respond(&mut answers, submitted.step, submitted.go),
    };
    let plan = screen.needs_plan().then(|| {
        state
            .triage
            .plan(&state.regions, &answers, lang, state.clock.now())
    });
    let view = TriageView {
        answers,
        screen,
        plan,
        place_check,
    };
    render(&state, nonce, uri, PageData::Triage(Box::new(view))).await
}

/// A typed place looked up: found, with the island it is on (`Answers::place_found`), or
/// in need of another look: not found (with near names) or the name of more than one
/// municipality (with the candidates).
pub fn check_place(regions: &Regions, place: &Place) -> Result<Option<Island>, PlaceCheck> {
    if matches!(place, Place::Point { .. } | Place::Island { .. }) {
        return Ok(None);
    }
    let names = |list: Vec<crate::regions::data::Named>| list.into_iter().map(|n| n.name).collect();
    match regions.resolve(place) {
        Ok(found) => Ok(found.island.map(|named| named.island)),
        Err(ResolveError::AmbiguousMunicipality(options)) => Err(PlaceCheck {
            ambiguous: true,
            options: names(options),
        }),
        Err(ResolveError::UnknownMunicipality(near)) => Err(PlaceCheck {
            ambiguous: false,
            options: names(near),
        }),
        Err(_) => Err(PlaceCheck::default()),
    }
}

/// `POST /hulp/samenvatting` and `POST /en/help/summary`: the summary of the posted answers
/// as a text file to save.
pub async fn summary_file(
    State(state): State<AppState>,
    uri: Uri,
    FormFields(fields): FormFields,
) -> Response {
    let lang = Lang::from_path(uri.path());
    let answers = form::read(fields).answers;
    let plan = state
        .triage
        .plan(&state.regions, &answers, lang, state.clock.now());
    let name = match lang {
        Lang::Nl => "mijn-situatie.txt",
        Lang::En => "my-situation.txt",
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        plan.summary.text + "\n",
    )
        .into_response()
}

/// `POST /hulp/overzicht` and `POST /en/help/overview`: every help point for the place in
/// the posted answers, to print for the desk.
pub async fn overview(
    State(state): State<AppState>,
    Extension(nonce): Extension<CspNonce>,
    uri: Uri,
    FormFields(fields): FormFields,
) -> Response {
    let lang = Lang::from_path(uri.path());
    let answers = form::read(fields).answers;
    let view =
        crate::overview::overview(&state.directory, &state.regions, &answers, lang, state.at());
    render(&state, nonce, uri, PageData::Overview(view)).await
}
