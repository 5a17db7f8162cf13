//! Place parsing: the text a person types as a place (a postcode, a municipality's name or
//! code, an island), and a position as "lat,lon", through every way it reaches the one
//! resolver: the place field of the questionnaire and the search page, the form's hidden
//! `lat`/`lon` fields, and `POST /api/v1/regions/resolve`. The input is the text (invalid
//! UTF-8 replaced, as the form reader does).

#![no_main]

use hulpwijzer_core::triage::form;
use hulpwijzer_fuzz::{body, world};
use libfuzzer_sys::fuzz_target;
use server::{
    api::{
        body::Fields,
        regions::{PLACE_FIELDS, place},
    },
    pages::place_from_text,
    regions::{names, postcode},
};

/// Resolves a JSON body as `POST /api/v1/regions/resolve` does.
fn resolve_json(json: &str) {
    if let Ok(fields) = Fields::parse(&body(json.as_bytes()), PLACE_FIELDS) {
        let _ = place(&fields, &world().regions);
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let regions = &world().regions;

    let _ = postcode::pc4(&text);
    let _ = names::typos_allowed(&names::fold(&text));

    // The place field of the questionnaire and the search page.
    let _ = place_from_text(regions, &text);

    // "lat,lon" as the form's hidden fields carry a position.
    let (lat, lon) = text.split_once(',').unwrap_or((&text, ""));
    if let Some(point) = form::read([("lat", lat), ("lon", lon)]).answers.location {
        let _ = regions.resolve(&point);
    }
    if let (Ok(lat), Ok(lon)) = (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) {
        let _ = regions.by_point(lat, lon);
    }

    // The JSON API: the text as a postcode and an island (as a municipality it meets the
    // same resolver call as the place field above), and the two numbers as written.
    for field in ["postcode", "island"] {
        resolve_json(&serde_json::json!({ field: text }).to_string());
    }
    resolve_json(&format!(r#"{{"lat": {lat}, "lon": {lon}}}"#));
});
