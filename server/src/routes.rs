//! The HTTP router: the health check, the pages, the static files, and the layers that
//! every response passes through (request log, compression, security headers).

use crate::{
    access_log, api, coding, errors, guard, headers, page_cache, pages, questionnaire, report_form,
    state::AppState, static_files,
};
use app::{App, shell};
use axum::{
    Router,
    extract::DefaultBodyLimit,
    middleware,
    routing::{get, post},
};
use hulpwijzer_core::{report, triage::form};
use leptos::{nonce::Nonce, prelude::*};
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};

/// The whole site as one router, ready to serve. Layers, from the outside in: the request
/// log, compression, security headers, the site's files and the pages that are the same
/// for everyone (from memory), a 400 for targets that are not paths, errors in their
/// reader's form (JSON or a page), a 403 for forms from other sites.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let page_site = state.site.clone();
    let fallback_site = state.site.clone();
    let page_state = state.clone();
    let page_context = move || {
        use_request_nonce();
        pages::provide_page_data(&page_state);
    };
    let form_limit = DefaultBodyLimit::max(form::MAX_BODY_BYTES);
    let directory_search = post(pages::directory_search).layer(form_limit);
    let questionnaire = post(questionnaire::submit).layer(form_limit);
    let summary_file = post(questionnaire::summary_file).layer(form_limit);
    let overview = post(questionnaire::overview).layer(form_limit);
    let report = post(report_form::submit).layer(DefaultBodyLimit::max(report::MAX_BODY_BYTES));
    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api/v1", api::router())
        .route("/wegwijzer", directory_search.clone())
        .route("/en/directory", directory_search)
        .route("/hulp", questionnaire.clone())
        .route("/en/help", questionnaire)
        .route("/hulp/samenvatting", summary_file.clone())
        .route("/en/help/summary", summary_file)
        .route("/hulp/overzicht", overview.clone())
        .route("/en/help/overview", overview)
        .route("/melding", report.clone())
        .route("/en/report", report)
        .leptos_routes_with_context(&state, routes, page_context, move || {
            shell(page_site.clone())
        })
        .fallback(file_and_error_handler_with_context::<AppState, _>(
            use_request_nonce,
            move |_| shell(fallback_site.clone()),
        ))
        .layer(middleware::from_fn(guard::same_site_forms_only))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            errors::uniform_errors,
        ))
        .layer(middleware::from_fn(guard::path_targets_only))
        .with_state(state.clone())
        .layer(middleware::from_fn_with_state(
            state.pages.clone(),
            page_cache::serve_pages,
        ))
        .layer(middleware::from_fn_with_state(
            state.files.clone(),
            static_files::serve_files,
        ))
        .layer(middleware::from_fn_with_state(
            state.https,
            headers::security_headers,
        ))
        .layer(middleware::from_fn(coding::compress_answers))
        .layer(middleware::from_fn(access_log::log_request))
}

/// `GET /healthz`: the server is up.
async fn healthz() -> &'static str {
    "ok"
}

/// Gives the page renderer the nonce that [`headers::security_headers`] put in the
/// response's Content-Security-Policy.
fn use_request_nonce() {
    let nonce = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<headers::CspNonce>().cloned());
    if let Some(nonce) = nonce {
        provide_context(Nonce::from_value(nonce.0));
    }
}
