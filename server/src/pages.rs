//! The data behind the directory pages: an organisation's page (by its address) and the
//! directory search (a POSTed form, so nothing typed goes into a URL), turned into the
//! `app` crate's page data and rendered with the shell.

use crate::{
    body::FormFields,
    directory::{
        hours::At,
        model::{Need, Role},
        present::{contact_view, organisation_view},
    },
    headers::CspNonce,
    regions::{Regions, Resolution, ResolveError},
    search::{Hit, Lang as SearchLang, Reason, SearchQuery},
    state::AppState,
};
use app::shell;
use axum::{
    Extension,
    body::Body,
    extract::State,
    http::{Request, StatusCode, Uri},
    response::{IntoResponse, Response},
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{HitView, PageData, PageError, ReasonView, SearchView},
    triage::Place,
};
use leptos::prelude::*;

/// Longest text a form field may hold.
const MAX_FIELD: usize = 200;

/// The organisation id in an organisation page's address, with the page's language.
///
/// ```
/// use hulpwijzer_core::i18n::Lang;
/// use server::pages::organisation_in_path;
/// assert_eq!(organisation_in_path("/organisaties/csg"), Some(("csg", Lang::Nl)));
/// assert_eq!(organisation_in_path("/en/organisations/113"), Some(("113", Lang::En)));
/// assert_eq!(organisation_in_path("/over"), None);
/// ```
pub fn organisation_in_path(path: &str) -> Option<(&str, Lang)> {
    let (id, lang) = match path.strip_prefix("/organisaties/") {
        Some(id) => (id, Lang::Nl),
        None => (path.strip_prefix("/en/organisations/")?, Lang::En),
    };
    (!id.is_empty() && !id.contains('/')).then_some((id, lang))
}

/// In the page renderer's context: the page data for an organisation page, or a 404 for an
/// unknown organisation. Other pages need none.
pub fn provide_page_data(state: &AppState) {
    let Some(parts) = use_context::<http::request::Parts>() else {
        return;
    };
    let Some((id, lang)) = organisation_in_path(parts.uri.path()) else {
        return;
    };
    match state.directory.organisations.iter().find(|o| o.id == id) {
        Some(org) => provide_context(PageData::Organisation(organisation_view(
            org,
            lang,
            state.at(),
        ))),
        None => {
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(StatusCode::NOT_FOUND);
            }
        }
    }
}

/// The directory search form. A field sent twice counts once, with its first value.
#[derive(Debug, Default)]
pub struct SearchForm {
    q: String,
    plaats: String,
    behoefte: String,
    voor: String,
}

impl SearchForm {
    fn read(fields: &FormFields) -> SearchForm {
        let text = |name| fields.first(name).chars().take(MAX_FIELD).collect();
        SearchForm {
            q: text("q"),
            plaats: text("plaats"),
            behoefte: text("behoefte"),
            voor: text("voor"),
        }
    }
}

/// A vocabulary value from a form field; empty or unknown ids choose nothing.
/// A place as people type it: a postcode, an island or a municipality; `None` when nothing
/// was typed, an error when what was typed is none of these.
pub fn place_from_text(regions: &Regions, text: &str) -> Result<Option<Resolution>, ResolveError> {
    Place::from_text(text)
        .map(|place| regions.resolve(&place))
        .transpose()
}

/// A highlight as pieces of text, the marked ones `true`.
fn pieces(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for range in ranges {
        let (Some(before), Some(marked)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            continue;
        };
        if !before.is_empty() {
            out.push((before.to_owned(), false));
        }
        out.push((marked.to_owned(), true));
        at = range.end;
    }
    if let Some(rest) = text.get(at..).filter(|rest| !rest.is_empty()) {
        out.push((rest.to_owned(), false));
    }
    out
}

fn hit_view(state: &AppState, hit: Hit, lang: Lang, at: At<'_>) -> Option<HitView> {
    let (org, service) = state.search.service(&hit.service_id)?;
    let reasons = hit
        .reasons
        .into_iter()
        .filter_map(|r| match r {
            Reason::Words { words } => Some(ReasonView::Words(words)),
            Reason::Region { name } => Some(ReasonView::Region(name)),
            Reason::National => Some(ReasonView::National),
            Reason::AlwaysOpen => Some(ReasonView::AlwaysOpen),
            Reason::Anonymous => Some(ReasonView::Anonymous),
            Reason::Age => Some(ReasonView::Age),
            Reason::Need { .. } => None,
        })
        .collect();
    Some(HitView {
        organisation_id: org.id.clone(),
        organisation_name: org.name.clone(),
        name: service.name.get(lang).to_owned(),
        description: pieces(&hit.highlight.text, &hit.highlight.ranges),
        reasons,
        contacts: service
            .contacts
            .iter()
            .map(|c| contact_view(c, lang, at))
            .collect(),
    })
}

/// `POST /wegwijzer` and `POST /en/directory`: runs the search and renders the page with
/// the results.
pub async fn directory_search(
    State(state): State<AppState>,
    Extension(nonce): Extension<CspNonce>,
    uri: Uri,
    fields: FormFields,
) -> Response {
    let lang = hulpwijzer_core::i18n::Lang::from_path(uri.path());
    let form = SearchForm::read(&fields);
    let query = form.q.clone();
    let place_text = form.plaats.clone();
    let (place, place_not_found) = match place_from_text(&state.regions, &place_text) {
        Ok(place) => (place, false),
        Err(_) => (None, true),
    };
    let region = place.as_ref().and_then(Resolution::place_name);
    let (need, audience) = (Need::from_id(&form.behoefte), Role::from_id(&form.voor));
    let search = SearchQuery {
        text: query.clone(),
        lang: if lang == Lang::En {
            SearchLang::En
        } else {
            SearchLang::Nl
        },
        place,
        needs: need.into_iter().collect(),
        audiences: audience.into_iter().collect(),
        limit: 20,
        ..SearchQuery::default()
    };
    let hits = match state.search.search_async(&search).await {
        Ok(hits) => hits,
        Err(err) => {
            tracing::error!(error = %err, "search failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let at = state.at();
    let view = SearchView {
        query,
        place: place_text,
        need,
        audience,
        region,
        place_not_found,
        hits: hits
            .into_iter()
            .filter_map(|hit| hit_view(&state, hit, lang, at))
            .collect(),
    };
    render(&state, nonce, uri, PageData::Search(view)).await
}

/// Renders the page at `uri` with `data`, for a POSTed form.
pub async fn render(state: &AppState, nonce: CspNonce, uri: Uri, data: PageData) -> Response {
    render_with(state, nonce, uri, data).await
}

/// Renders the error page for `error` with `status`, at the address that was asked for.
pub async fn render_error(
    state: &AppState,
    nonce: CspNonce,
    uri: Uri,
    error: PageError,
    status: StatusCode,
) -> Response {
    let mut res = render_with(state, nonce, uri, error).await;
    *res.status_mut() = status;
    res
}

/// Renders the app at `uri` with `context` (page data or an error) provided.
async fn render_with<C: Clone + Send + Sync + 'static>(
    state: &AppState,
    nonce: CspNonce,
    uri: Uri,
    context: C,
) -> Response {
    let site = state.site.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
            provide_context(context.clone());
        },
        move || shell(site.clone()),
    );
    let mut req = Request::new(Body::empty());
    *req.uri_mut() = uri;
    render(req).await.into_response()
}

#[cfg(test)]
mod tests {
    use super::pieces;

    #[test]
    fn highlights_become_marked_pieces() {
        let text = "Bel anoniem en gratis, ook anoniem chatten.";
        let got = pieces(text, &[4..11, 27..34]);
        assert_eq!(
            got,
            vec![
                ("Bel ".to_owned(), false),
                ("anoniem".to_owned(), true),
                (" en gratis, ook ".to_owned(), false),
                ("anoniem".to_owned(), true),
                (" chatten.".to_owned(), false),
            ]
        );
        assert_eq!(
            pieces("abc", std::slice::from_ref(&(1..9))),
            vec![("abc".to_owned(), false)],
            "a range past the end is ignored"
        );
    }
}
