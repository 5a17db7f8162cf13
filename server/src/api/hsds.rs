//! `GET /api/v1/hsds/…`: the directory as Open Referral HSDS 3.1 open data, as the
//! specification's reference API serves it: the root with the version, then services,
//! organizations and service_at_locations, as pages (`page`, `per_page`) or one by UUID.
//! Any site may read it and caches may keep it (headers.rs). Filters the specification
//! offers but this API does not (full-text search, taxonomies) are refused by name
//! rather than ignored, so that a client never takes all records for a filtered answer.

use super::ApiError;
use crate::{hsds::Page, state::AppState};
use axum::{
    Json,
    extract::{Path, RawQuery, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::Serialize;
use uuid::Uuid;

/// The HSDS version served.
pub const VERSION: &str = "3.1";
/// The most records on one page, and the default.
pub const MAX_PER_PAGE: usize = 100;
const DEFAULT_PER_PAGE: usize = 50;

#[derive(Serialize)]
pub struct Root {
    version: &'static str,
    profile: &'static str,
    openapi_url: &'static str,
}

/// `GET /api/v1/hsds/`: what this API is.
pub async fn root() -> Json<Root> {
    Json(Root {
        version: VERSION,
        profile: "https://docs.openreferral.org/en/latest/hsds/",
        openapi_url: "https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json",
    })
}

/// The paging asked for, and the one filter this API has.
#[derive(Debug, PartialEq, Eq)]
pub struct Query {
    pub page: usize,
    pub per_page: usize,
    pub organization_id: Option<Uuid>,
}

/// Reads a list's query: `page` and `per_page` (whole numbers from 1; `per_page` at most
/// [`MAX_PER_PAGE`]), `organization_id` where `filters` allows it, `format=json`; any
/// other parameter is an error naming it.
pub fn read_query(query: Option<&str>, filters: bool) -> Result<Query, ApiError> {
    let mut out = Query {
        page: 1,
        per_page: DEFAULT_PER_PAGE,
        organization_id: None,
    };
    let number = |name: &str, value: &str, max: usize| {
        value
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(|| {
                ApiError::invalid(
                    name,
                    "invalid_number",
                    format!("{name} must be a whole number from 1 to {max}"),
                )
                .with_status(StatusCode::BAD_REQUEST)
            })
    };
    for (name, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match &*name {
            "page" => out.page = number("page", &value, 1_000_000)?,
            "per_page" => out.per_page = number("per_page", &value, MAX_PER_PAGE)?,
            "format" if value == "json" => {}
            "organization_id" if filters => {
                let id = Uuid::parse_str(&value).map_err(|_| {
                    ApiError::invalid(
                        name.as_ref(),
                        "invalid_uuid",
                        "organization_id must be a UUID",
                    )
                    .with_status(StatusCode::BAD_REQUEST)
                })?;
                out.organization_id = Some(id);
            }
            other => {
                return Err(ApiError::invalid(
                    other,
                    "unsupported_parameter",
                    "this API serves page, per_page, format=json and, for services and \
                     service_at_locations, organization_id",
                )
                .with_status(StatusCode::BAD_REQUEST));
            }
        }
    }
    Ok(out)
}

fn not_found(kind: &str) -> ApiError {
    ApiError::invalid("id", "not_found", format!("no {kind} has this id"))
        .with_status(StatusCode::NOT_FOUND)
}

/// One record by its UUID, as `find` finds it, or 404 naming the `kind`.
fn one<T: Serialize>(id: &str, kind: &str, find: impl FnOnce(Uuid) -> Option<T>) -> Response {
    match Uuid::parse_str(id).ok().and_then(find) {
        Some(record) => Json(record).into_response(),
        None => not_found(kind).into_response(),
    }
}

/// A list's page, or the error in its query.
fn list<T: Serialize>(
    query: Option<&str>,
    filters: bool,
    page: impl FnOnce(Query) -> Page<T>,
) -> Response {
    match read_query(query, filters) {
        Ok(query) => Json(page(query)).into_response(),
        Err(err) => err.into_response(),
    }
}

/// `GET /api/v1/hsds/services`.
pub async fn services(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    list(query.as_deref(), true, |q| {
        state.hsds.services(q.organization_id, q.page, q.per_page)
    })
}

/// `GET /api/v1/hsds/services/{id}`: one service, whole.
pub async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    one(&id, "service", |id| state.hsds.service(id))
}

/// `GET /api/v1/hsds/organizations`.
pub async fn organizations(State(state): State<AppState>, RawQuery(query): RawQuery) -> Response {
    list(query.as_deref(), false, |q| {
        state.hsds.organizations(q.page, q.per_page)
    })
}

/// `GET /api/v1/hsds/organizations/{id}`.
pub async fn organization(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    one(&id, "organization", |id| state.hsds.organization(id))
}

/// `GET /api/v1/hsds/service_at_locations`.
pub async fn service_at_locations(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Response {
    list(query.as_deref(), true, |q| {
        state
            .hsds
            .service_at_locations(q.organization_id, q.page, q.per_page)
    })
}

/// `GET /api/v1/hsds/service_at_locations/{id}`.
pub async fn service_at_location(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Response {
    one(&id, "service_at_location", |id| {
        state.hsds.service_at_location(id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_reads_paging_and_the_filter_and_names_what_it_refuses() {
        assert_eq!(
            read_query(None, true).map(|q| (q.page, q.per_page)),
            Ok((1, DEFAULT_PER_PAGE))
        );
        let org = "e3628fa6-630b-42af-9c50-49199917bae9";
        let query = read_query(
            Some(&format!(
                "page=2&per_page=10&format=json&organization_id={org}"
            )),
            true,
        );
        assert_eq!(
            query,
            Ok(Query {
                page: 2,
                per_page: 10,
                organization_id: Some(Uuid::parse_str(org).unwrap_or_default()),
            })
        );
        for (bad, field) in [
            ("page=0", "page"),
            ("per_page=101", "per_page"),
            ("per_page=-1", "per_page"),
            ("search=csg", "search"),
            ("format=ndjson", "format"),
            ("organization_id=csg", "organization_id"),
        ] {
            let err = read_query(Some(bad), true).err();
            assert_eq!(err.and_then(|e| e.field), Some(field.to_owned()), "{bad}");
        }
        assert_eq!(
            read_query(Some(&format!("organization_id={org}")), false)
                .err()
                .map(|e| e.code),
            Some("unsupported_parameter")
        );
    }
}
