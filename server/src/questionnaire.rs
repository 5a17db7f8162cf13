//! `POST /hulp` and `POST /en/help`: one questionnaire screen sent as a form (earlier
//! answers in hidden fields, never in the address). The next question, or the plan, is
//! rendered on the server, so the questionnaire works without JavaScript.

use crate::{
    headers::CspNonce,
    pages::{now_utc, render},
    routes::AppState,
};
use app::{
    i18n::Lang,
    page_data::{PageData, TriageView},
    triage::{form, questions},
};
use axum::{Extension, Form, extract::State, http::Uri, response::Response};

/// The handler: reads the screen, moves on, renders the next screen or the plan.
pub async fn submit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CspNonce>,
    uri: Uri,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = Lang::from_path(uri.path());
    let submitted = form::read(fields);
    let mut answers = submitted.answers;
    let screen = questions::respond(&mut answers, submitted.step, submitted.go);
    let plan = (screen == questions::Screen::Plan)
        .then(|| state.triage.plan(&state.regions, &answers, lang, now_utc()));
    let view = TriageView {
        answers,
        screen,
        plan,
    };
    render(&state, nonce, uri, PageData::Triage(Box::new(view))).await
}
