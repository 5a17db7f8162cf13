//! `POST /melding` and `POST /en/report`: a "Klopt er iets niet?" form. The note is
//! checked (the core's rules), counted against the sender's limit (in memory only), kept,
//! and only once the database has it does the visitor see "Dank je". A form with
//! mistakes, past the limit (429 with `Retry-After`) or when the database is down (503)
//! comes back filled in as sent. Nothing about the sender is kept or logged: the network
//! address only counts towards the limit, and a plan's answers that ride along are only
//! written back into the page.

use crate::{
    body::FormFields, headers::CspNonce, pages::render, reports::ClientKey, state::AppState,
};
use axum::{
    Extension,
    extract::{ConnectInfo, State},
    http::{HeaderMap, HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{PageData, ReportOutcome, ReportView},
    report::{self, About, Draft, field},
    triage::form,
};
use std::{
    net::{IpAddr, SocketAddr},
    time::Instant,
};

/// The help point a note is about, by name, with the organisation whose page leads back;
/// `None` when the directory has no such organisation or service.
fn subject(state: &AppState, about: &About, lang: Lang) -> Option<(String, String)> {
    let orgs = &state.directory.organisations;
    match about {
        About::Organisation(id) => orgs
            .iter()
            .find(|o| &o.id == id)
            .map(|o| (o.name.clone(), o.id.clone())),
        About::Service(id) => orgs.iter().find_map(|o| {
            o.services
                .iter()
                .find(|s| &s.id == id)
                .map(|s| (format!("{} – {}", s.name.get(lang), o.name), o.id.clone()))
        }),
    }
}

/// The address notes are counted by: the connection's peer, or behind a proxy the last
/// address in `X-Forwarded-For` (the one the proxy added; those before it the client
/// could have written itself).
pub fn client_address(
    peer: Option<IpAddr>,
    headers: &HeaderMap,
    behind_proxy: bool,
) -> Option<IpAddr> {
    if !behind_proxy {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .last()
        .and_then(|last| last.trim().parse::<IpAddr>().ok());
    forwarded.or(peer)
}

/// The handler.
pub async fn submit(
    State(state): State<AppState>,
    Extension(nonce): Extension<CspNonce>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    uri: Uri,
    headers: HeaderMap,
    fields: FormFields,
) -> Response {
    let lang = Lang::from_path(uri.path());
    let Some(about) = About::parse(fields.first(field::ABOUT)) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let Some((name, organisation_id)) = subject(&state, &about, lang) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let draft = Draft {
        kind: fields.first(field::KIND).to_owned(),
        text: fields.first(field::TEXT).to_owned(),
        email: fields.first(field::EMAIL).to_owned(),
    };
    let from_plan = fields.first(field::FROM_PLAN) == "1";
    let answers = from_plan.then(|| form::read(fields.0).answers);
    let peer = peer.map(|Extension(ConnectInfo(addr))| addr.ip());
    let client = ClientKey::of(client_address(peer, &headers, state.behind_proxy));
    let (outcome, status, wait) = match report::check(about.clone(), &draft) {
        Err(errors) => (
            ReportOutcome::Mistakes(errors),
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
        ),
        Ok(note) => match state.report_limit.admit(client, Instant::now()) {
            Err(wait) => (
                ReportOutcome::TooMany,
                StatusCode::TOO_MANY_REQUESTS,
                Some(wait),
            ),
            Ok(()) => match state.reports.add(&note, state.clock.now()).await {
                Ok(_) => (ReportOutcome::Sent, StatusCode::OK, None),
                Err(err) => {
                    // The error names the database's trouble, never the note.
                    tracing::error!(error = %err, "a note could not be kept");
                    (
                        ReportOutcome::NotSaved,
                        StatusCode::SERVICE_UNAVAILABLE,
                        None,
                    )
                }
            },
        },
    };
    let draft = match outcome {
        ReportOutcome::Sent => Draft::default(),
        _ => draft,
    };
    let view = ReportView {
        about,
        name,
        organisation_id,
        draft,
        outcome,
        answers,
    };
    let mut res = render(&state, nonce, uri, PageData::Report(Box::new(view))).await;
    *res.status_mut() = status;
    if let Some(wait) = wait {
        let secs = wait.as_secs().max(1).to_string();
        if let Ok(value) = HeaderValue::from_str(&secs) {
            res.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behind_a_proxy_the_last_forwarded_address_counts_and_otherwise_the_peer() {
        let peer: Option<IpAddr> = "10.0.0.5".parse().ok();
        let mut headers = HeaderMap::new();
        headers.append(
            "x-forwarded-for",
            HeaderValue::from_static("1.2.3.4, 198.51.100.7"),
        );
        assert_eq!(client_address(peer, &headers, false), peer);
        assert_eq!(
            client_address(peer, &headers, true),
            "198.51.100.7".parse().ok()
        );
        headers.append("x-forwarded-for", HeaderValue::from_static("2001:db8::1"));
        assert_eq!(
            client_address(peer, &headers, true),
            "2001:db8::1".parse().ok()
        );
        assert_eq!(client_address(peer, &HeaderMap::new(), true), peer);
        let mut junk = HeaderMap::new();
        junk.insert(
            "x-forwarded-for",
            HeaderValue::from_static("1.2.3.4, nonsense"),
        );
        assert_eq!(
            client_address(peer, &junk, true),
            peer,
            "never an earlier one"
        );
    }
}
