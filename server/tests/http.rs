//! The router answered without a socket: pages, status codes, security and cache headers,
//! compression, and the JSON API (the plan included: the contract's shape, errors that
//! name the field, the size limit, places that cannot be found).
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use axum::http::{StatusCode, header};
use hulpwijzer_core::{
    i18n::Lang,
    route::{LivePage, PageId},
};

mod common;
mod support;
use support::post_form;
use support::{EXIT, RESOLVE, get, post_json, site, site_with};

fn nonce_of(csp: &str) -> &str {
    let start = csp.find("'nonce-").unwrap() + "'nonce-".len();
    let end = start + csp[start..].find('\'').unwrap();
    &csp[start..end]
}

#[tokio::test]
async fn health_check_answers() {
    let (_dir, app) = site();
    let (status, _, body) = get(&app, "/healthz", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok");
}

/// The `'sha256-…'` sources that allow exactly the inline scripts of `html`.
fn hashes_of_inline_scripts(html: &str) -> Vec<String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    html.split("<script")
        .skip(1)
        .map(|rest| {
            let body = &rest[rest.find('>').unwrap() + 1..];
            let script = &body[..body.find("</script>").unwrap()];
            let digest = sha2::Sha256::digest(script.as_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            format!("'sha256-{hash}'")
        })
        .collect()
}

#[tokio::test]
async fn every_page_renders_in_its_language_with_its_own_scripts_only() {
    let (_dir, app) = site();
    let pages = PageId::ALL
        .iter()
        .flat_map(|page| Lang::ALL.iter().map(|lang| (page.path(*lang), *lang)));
    for (path, lang) in pages {
        let lang = lang.tag();
        // The first answer renders the page and keeps it; the second comes from memory.
        for round in ["rendered", "kept"] {
            let (status, headers, html) = get(&app, path, None).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{path} is not in {lang}"
            );
            assert!(
                html.contains("href=\"/pkg/hulpwijzer.abc123.css\""),
                "{path} links the stylesheet"
            );
            assert!(
                html.contains(&format!("href=\"{EXIT}\"")),
                "{path} has the quick exit"
            );
            // The place is not known on these pages: 112, and 911 for the islands.
            for number in ["112", "911"] {
                assert!(
                    html.contains(&format!("href=\"tel:{number}\"")),
                    "{path} has the emergency number {number}"
                );
            }

            // The page is the same for everyone: its scripts are allowed by their hashes,
            // each one, and nothing else inline.
            let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            assert!(!csp.contains("unsafe-inline"));
            assert!(!csp.contains("'nonce-"), "{path} ({round}): {csp}");
            assert!(!html.contains("nonce="), "{path} ({round})");
            // The quick exit's script on every page; the hydration script on a live page
            // only, so no other page loads the WebAssembly.
            let hashes = hashes_of_inline_scripts(&html);
            let live = LivePage::at(path).is_some();
            assert!(
                html.contains("<script data-exit-url="),
                "{path}: the quick exit"
            );
            assert_eq!(
                html.matches("<script type=\"module\"").count(),
                usize::from(live),
                "{path}: the hydration script, on a live page only"
            );
            assert_eq!(html.contains("module_or_path"), live, "{path}");
            for hash in &hashes {
                assert!(
                    csp.contains(hash.as_str()),
                    "{path} ({round}): {hash} not in {csp}"
                );
            }
            assert_eq!(
                csp.matches("'sha256-").count(),
                hashes
                    .iter()
                    .collect::<std::collections::BTreeSet<_>>()
                    .len(),
                "{path}: no other script is allowed"
            );

            assert_eq!(headers[header::CACHE_CONTROL], "no-store");
            assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
            assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
            assert_eq!(
                headers["permissions-policy"],
                server::headers::PERMISSIONS_POLICY
            );
            assert_eq!(headers["cross-origin-opener-policy"], "same-origin");
            assert!(headers.get(header::SET_COOKIE).is_none());
        }
    }
}

#[tokio::test]
async fn kept_pages_are_the_same_at_any_hour_and_a_query_renders_anew() {
    use server::clock::Clock;
    let at = |moment: &str| {
        let clock = Clock::fixed(moment).unwrap();
        site_with(move |config| config.clock = clock)
    };
    let (_a, weekday_noon) = at("2026-12-02T12:00:00+01:00");
    let (_b, christmas_night) = at("2026-12-25T23:30:00+01:00");
    for path in PageId::ALL
        .iter()
        .flat_map(|page| Lang::ALL.map(|lang| page.path(lang)))
    {
        let (_, _, noon) = get(&weekday_noon, path, None).await;
        let (_, _, night) = get(&christmas_night, path, None).await;
        assert_eq!(
            noon, night,
            "{path} depends on the hour: it must not be kept"
        );
    }
    let (status, headers, html) = get(&weekday_noon, "/?x=1", None).await;
    assert_eq!(status, StatusCode::OK);
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(html.contains(&format!("nonce=\"{}\"", nonce_of(csp))));
}

#[tokio::test]
async fn a_kept_page_comes_compressed_and_head_gives_its_length() {
    use http_body_util::BodyExt as _;
    use tower::ServiceExt as _;
    let (_dir, app) = site();
    let (_, _, plain) = get(&app, "/en", None).await;
    let res = app
        .clone()
        .oneshot(
            axum::http::Request::get("/en")
                .header(header::ACCEPT_ENCODING, "gzip, br")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(res.headers()[header::VARY], "accept-encoding");
    let compressed = res.into_body().collect().await.unwrap().to_bytes();
    assert!(compressed.len() * 2 < plain.len());
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut compressed.as_ref(), &mut unpacked).unwrap();
    assert_eq!(String::from_utf8(unpacked).unwrap(), plain);

    let res = app
        .clone()
        .oneshot(
            axum::http::Request::head("/en")
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CONTENT_LENGTH],
        plain.len().to_string()
    );
    assert!(
        res.into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .is_empty()
    );
}

#[tokio::test]
async fn each_rendered_response_gets_its_own_nonce_on_every_script() {
    let (_dir, app) = site();
    let (_, first, html) = get(&app, "/organisaties/csg", None).await;
    let (_, second, _) = get(&app, "/organisaties/csg", None).await;
    let first = first[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    let second = second[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert_ne!(nonce_of(&first), nonce_of(&second));
    assert_eq!(
        html.matches(&format!("nonce=\"{}\"", nonce_of(&first)))
            .count(),
        html.matches("<script").count(),
        "every script carries the nonce"
    );
}

#[tokio::test]
async fn unknown_addresses_are_404_pages_in_their_language() {
    let (_dir, app) = site();
    let (status, headers, html) = get(&app, "/bestaat-niet", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("<html lang=\"nl\""));
    assert!(html.contains("Deze pagina bestaat niet"));
    assert!(headers.get(header::CONTENT_SECURITY_POLICY).is_some());
    let (status, _, html) = get(&app, "/en/nope", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("This page does not exist"));
}

#[tokio::test]
async fn hashed_assets_are_cached_long_and_sent_compressed() {
    let (_dir, app) = site();
    let (status, headers, body) = get(&app, "/pkg/hulpwijzer.abc123.css", Some("br")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    assert_eq!(body, "pretend brotli");

    let (_, headers, _) = get(&app, "/pkg/hulpwijzer.abc123.js", Some("gzip")).await;
    assert_eq!(
        headers[header::CONTENT_ENCODING],
        "gzip",
        "compressed on the fly without a precompressed copy"
    );
}

#[tokio::test]
async fn html_is_compressed() {
    let (_dir, app) = site();
    let (_, headers, _) = get(&app, "/", Some("br, gzip")).await;
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    let (_, headers, _) = get(&app, "/en", Some("gzip")).await;
    assert_eq!(headers[header::CONTENT_ENCODING], "gzip");
}

#[tokio::test]
async fn places_resolve_through_the_api() {
    let (_dir, app) = site();
    let (status, json) = post_json(&app, RESOLVE, r#"{"postcode": "3511 AB"}"#).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["municipality"]["code"], "GM0344");
    assert_eq!(json["veiligheidsregio"]["code"], "VR09");
    assert_eq!(json["emergency_number"], "112");

    let (_, json) = post_json(&app, RESOLVE, r#"{"municipality": "Den Haag"}"#).await;
    assert_eq!(json["municipality"]["name"], "'s-Gravenhage");

    let (_, json) = post_json(&app, RESOLVE, r#"{"lat": 52.0908, "lon": 5.1217}"#).await;
    assert_eq!(json["municipality"]["code"], "GM0344");
    assert_eq!(json["point"]["lat"], 52.0908);

    let (_, json) = post_json(&app, RESOLVE, r#"{"island": "saba"}"#).await;
    assert_eq!(json["island"]["code"], "saba");
    assert_eq!(json["emergency_number"], "911");
    assert!(json["municipality"].is_null());
    // An island's name typed as a place is the island, as in the plan and the no-JS check.
    let (status, json) = post_json(&app, RESOLVE, r#"{"municipality": "Sint Eustatius"}"#).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["island"]["code"], "sint_eustatius");

    let (status, json) = post_json(&app, RESOLVE, r#"{"municipality": "Utrect"}"#).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(json["error"]["code"], "not_found");
    assert_eq!(json["error"]["options"][0]["name"], "Utrecht");
}

#[tokio::test]
async fn api_errors_are_json_and_name_the_field() {
    let (_dir, app) = site();
    let cases: [(&str, StatusCode, &str, Option<&str>); 9] = [
        (
            r#"{"postcode": "3511", "naam": "x"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_field",
            Some("naam"),
        ),
        (
            r#"{"postcode": 3511}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("postcode"),
        ),
        (
            r#"{"postcode": "0000"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_value",
            Some("postcode"),
        ),
        (
            r#"{"postcode": "1000"}"#,
            StatusCode::NOT_FOUND,
            "not_found",
            Some("postcode"),
        ),
        (
            r#"{"municipality": "Bergen"}"#,
            StatusCode::CONFLICT,
            "ambiguous",
            Some("municipality"),
        ),
        (
            r#"{"lat": 52.5, "lon": 3.5}"#,
            StatusCode::NOT_FOUND,
            "not_found",
            Some("lat"),
        ),
        (
            r#"{"postcode": "3511", "island": "saba"}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "one_place",
            Some("island"),
        ),
        (
            r#"{}"#,
            StatusCode::UNPROCESSABLE_ENTITY,
            "one_place",
            Some("postcode"),
        ),
        (r#"not json"#, StatusCode::BAD_REQUEST, "invalid_json", None),
    ];
    for (body, status, code, field) in cases {
        let (got, json) = post_json(&app, RESOLVE, body).await;
        assert_eq!(got, status, "{body}");
        assert_eq!(json["error"]["code"], code, "{body}");
        assert_eq!(json["error"]["field"].as_str(), field, "{body}");
        assert!(
            json["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{body}"
        );
    }
    let (_, json) = post_json(&app, RESOLVE, r#"{"municipality": "Bergen"}"#).await;
    assert_eq!(json["error"]["options"].as_array().map(Vec::len), Some(2));
}

#[tokio::test]
async fn api_bodies_over_16_kib_are_refused() {
    let (_dir, app) = site();
    let big = format!(r#"{{"postcode": "{}"}}"#, "1".repeat(16 * 1024));
    let (status, _) = post_json(&app, RESOLVE, big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn organisations_are_listed_with_their_contact_links() {
    let (_dir, app) = site();
    let (status, _, body) = get(&app, "/api/v1/organisations", None).await;
    assert_eq!(status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    let orgs = json["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 40);
    let (status, _, body) = get(&app, "/api/v1/organisations/csg", None).await;
    assert_eq!(status, StatusCode::OK);
    let csg: serde_json::Value = serde_json::from_str(&body).unwrap();
    let contact = &csg["services"][0]["contacts"][0];
    assert_eq!(contact["value"], "0800-0188");
    assert_eq!(contact["href"], "tel:+318000188");
    assert_eq!(contact["verified"], "2026-11-28");
    assert_eq!(contact["confirmed"], true);
    assert!(
        csg["referral"]["text"]["nl"]
            .as_str()
            .unwrap()
            .contains("casemanager")
    );
    assert!(!csg["referral"]["sources"].as_array().unwrap().is_empty());
    let (_, _, body) = get(&app, "/api/v1/organisations/helpwanted", None).await;
    let helpwanted: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(helpwanted["referral"], serde_json::Value::Null);
    let (_, _, page) = get(&app, "/organisaties/slachtofferhulp", None).await;
    assert!(page.contains("Voor professionals: zo verwijst u"), "{page}");
    assert!(page.contains("kies in het keuzemenu optie 3"));
    let (_, _, page) = get(&app, "/en/organisations/helpwanted", None).await;
    assert!(!page.contains("For professionals: how to refer"));
    let (_, _, page) = get(&app, "/organisaties/comensha", None).await;
    let item = |value: &str| {
        let at = page.find(value).unwrap();
        let end = at + page[at..].find("</li>").unwrap();
        page[at..end].to_owned()
    };
    assert!(
        item("033 448 11 86").contains("contact-hours"),
        "a phone has hours"
    );
    let mail = item("info@comensha.nl");
    assert!(
        !mail.contains("contact-hours"),
        "an e-mail address has none: {mail}"
    );
    let (status, _, body) = get(&app, "/api/v1/organisations/bestaat-niet", None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("\"not_found\""));
}

#[tokio::test]
async fn search_through_the_api() {
    let (_dir, app) = site();
    let (status, json) = post_json(
        &app,
        "/api/v1/search",
        r#"{"query": "verkrachting", "location": {"postcode": "3511"}}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["hits"][0]["service_id"], "csg-utrecht");
    assert_eq!(json["hits"][0]["contacts"][0]["href"], "tel:+318000188");
    assert_eq!(json["region"]["municipality"]["code"], "GM0344");
    let kinds: Vec<&str> = json["hits"][0]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"region") && kinds.contains(&"words"),
        "{kinds:?}"
    );

    let (_, json) = post_json(
        &app,
        "/api/v1/search",
        r#"{"query": "naaktfoto", "lang": "en"}"#,
    )
    .await;
    assert_eq!(json["hits"][0]["service_id"], "helpwanted-advies");
    assert_eq!(json["hits"][0]["name"], "Advice on online sexual abuse");

    let (_, json) = post_json(
        &app,
        "/api/v1/search",
        r#"{"location": {"island": "bonaire"}, "limit": 3}"#,
    )
    .await;
    assert_eq!(json["hits"].as_array().unwrap().len(), 3);
    assert_eq!(json["region"]["emergency_number"], "911");

    let (status, json) = post_json(
        &app,
        "/api/v1/search",
        r#"{"query": "hulp", "location": {"postcode": "1000"}}"#,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "an unknown place is a note, not an error"
    );
    assert!(json["region"].is_null());
    assert!(
        json["notes"][0]
            .as_str()
            .unwrap()
            .contains("location.postcode"),
        "{json}"
    );
}

#[tokio::test]
async fn search_errors_name_the_field() {
    let (_dir, app) = site();
    for (body, field) in [
        (r#"{"needs": ["nonsense"]}"#, "needs"),
        (
            r#"{"location": {"postcode": "3511", "street": "x"}}"#,
            "location.street",
        ),
        (r#"{"location": {"postcode": "12"}}"#, "location.postcode"),
        (r#"{"age": "30"}"#, "age"),
        (r#"{"limit": 0}"#, "limit"),
        (r#"{"lang": "de"}"#, "lang"),
        (r#"{"query": 5}"#, "query"),
        (r#"{"wat": "x"}"#, "wat"),
    ] {
        let (status, json) = post_json(&app, "/api/v1/search", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(json["error"]["field"], field, "{body}");
    }
}

const PLAN: &str = "/api/v1/plan";

#[tokio::test]
async fn a_plan_has_the_contract_s_shape() {
    let (_dir, app) = site();
    let body = r#"{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h",
        "location": {"postcode": "3511 AB"}, "contact": ["chat"], "lang": "en"}"#;
    let (status, json) = post_json(&app, PLAN, body).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let first = &json["steps"][0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["service_id"], "csg");
    assert_eq!(first["unit_id"], "csg-utrecht");
    assert!(
        first["why"][0].as_str().unwrap().starts_with("Because"),
        "{first}"
    );
    let contact = &first["contacts"][0];
    for field in [
        "channel",
        "value",
        "href",
        "hours",
        "open_now",
        "free",
        "anonymous",
    ] {
        assert!(
            contact.get(field).is_some(),
            "contact lacks {field}: {contact}"
        );
    }
    assert!(first.get("distance_km").is_some());
    assert_eq!(json["region"]["municipality"]["code"], "GM0344");
    assert_eq!(json["region"]["veiligheidsregio"]["code"], "VR09");
    assert!(json["region"]["ggd"]["code"].is_string());
    assert_eq!(json["region"]["emergency_number"], "112");
    assert_eq!(json["guidance"][0]["id"], "forensic_preserve_evidence");
    assert!(
        json["summary"]["text"]
            .as_str()
            .unwrap()
            .contains("Utrecht")
    );
    assert_eq!(json["urgent"], serde_json::json!([]));
}

#[tokio::test]
async fn danger_now_puts_the_emergency_number_first() {
    let (_dir, app) = site();
    let (_, json) = post_json(
        &app,
        PLAN,
        r#"{"danger_now": true, "location": {"island": "saba"}}"#,
    )
    .await;
    assert_eq!(json["urgent"][0]["service_id"], "bes-911");
    assert_eq!(json["urgent"][0]["contacts"][0]["value"], "911");
    assert_eq!(
        json["urgent"].as_array().map(Vec::len),
        Some(1),
        "never 112 on Saba"
    );
    let (_, json) = post_json(&app, PLAN, r#"{"when": "now"}"#).await;
    assert_eq!(json["urgent"][0]["contacts"][0]["value"], "112");
}

#[tokio::test]
async fn unknown_fields_and_values_are_422_naming_the_field() {
    let (_dir, app) = site();
    for (body, field) in [
        (r#"{"rol": "victim"}"#, "rol"),
        (r#"{"role": "admin"}"#, "role"),
        (r#"{"what": ["rape"]}"#, "what"),
        (r#"{"what": "online"}"#, "what"),
        (r#"{"setting": ["moon"]}"#, "setting"),
        (r#"{"when": "yesterday"}"#, "when"),
        (r#"{"age": "30"}"#, "age"),
        (r#"{"needs": ["emergency"]}"#, "needs"),
        (r#"{"contact": ["pigeon"]}"#, "contact"),
        (r#"{"danger_now": "yes"}"#, "danger_now"),
        (r#"{"lang": "de"}"#, "lang"),
        (r#"{"location": {"zip": "3511"}}"#, "location.zip"),
        (
            r#"{"location": {"postcode": "3511", "island": "saba"}}"#,
            "location.island",
        ),
        (r#"{"location": {"island": "aruba"}}"#, "location.island"),
        (r#"{"location": {"lat": 91, "lon": 5}}"#, "location.lat"),
        (r#"{"location": "Utrecht"}"#, "location"),
        (r#"{"chosen": "<b>csg</b>"}"#, "chosen"),
        (r#"{"chosen": 3}"#, "chosen"),
        (r#"{"consent": "yes"}"#, "consent"),
    ] {
        let (status, json) = post_json(&app, PLAN, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}: {json}");
        assert_eq!(json["error"]["field"], field, "{body}: {json}");
    }
    let long = format!(r#"{{"own_words": "{}"}}"#, "a".repeat(2001));
    let (status, json) = post_json(&app, PLAN, long).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("own_words"))
    );
}

#[tokio::test]
async fn bodies_over_16_kib_are_413() {
    let (_dir, app) = site();
    let big = format!(r#"{{"own_words": "{}"}}"#, "a".repeat(16 * 1024));
    let (status, _) = post_json(&app, PLAN, big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_place_that_cannot_be_found_is_a_note_with_national_help() {
    let (_dir, app) = site();
    for location in [
        r#"{"postcode": "0000"}"#,
        r#"{"municipality": "Atlantis"}"#,
        r#"{"lat": 48.85, "lon": 2.35}"#,
        r#"{"postcode": "abc"}"#,
    ] {
        let body = format!(r#"{{"location": {location}, "lang": "nl"}}"#);
        let (status, json) = post_json(&app, PLAN, body).await;
        assert_eq!(status, StatusCode::OK, "{location}: {json}");
        assert!(
            json["notes"][0].as_str().unwrap().contains("plaats"),
            "{location}: {json}"
        );
        assert_eq!(json["steps"][0]["unit_id"], "csg-hulp", "{location}");
        assert_eq!(json["region"], serde_json::Value::Null);
    }
}

#[tokio::test]
async fn the_questionnaire_moves_on_by_form_posts_and_ends_in_a_plan() {
    let (_dir, app) = site();
    let (status, headers, body) =
        post_form(&app, "/hulp", "step=role&role=victim&go=next".into()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains(r#"name="step" value="what""#), "{body}");
    assert!(body.contains(r#"type="hidden" name="role" value="victim""#));
    let (_, headers, body) = post_form(
        &app,
        "/en/help",
        "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next".into(),
    )
    .await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains("Your help plan"), "{body}");
    assert!(body.contains("Centrum Seksueel Geweld Utrecht"));
    assert!(body.contains(r#"href="tel:+318000188""#));
    let too_big = "a".repeat(hulpwijzer_core::triage::form::MAX_BODY_BYTES);
    let (status, _, _) = post_form(&app, "/hulp", format!("place={too_big}")).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_rape_this_week_shows_the_first_step_at_once_and_on_an_island_the_island_s_own() {
    let (_dir, app) = site();
    let answered = "role=victim&what=rape_or_assault&when=within_72h&step=when";
    let (_, _, body) = post_form(&app, "/hulp", format!("{answered}&go=next")).await;
    assert!(body.contains("Dit is nu het belangrijkste"), "{body}");
    let first = body
        .split("plan-step first-step")
        .nth(1)
        .unwrap_or_default();
    assert!(first.contains(r#"href="tel:+318000188""#), "{first}");
    assert!(body.contains(r#"name="go" value="on""#));
    assert!(body.contains(r#"name="island" value="bonaire""#));
    // Going on asks the next question, and the first step does not come back.
    let (_, _, body) = post_form(&app, "/hulp", format!("{answered}&go=on")).await;
    assert!(body.contains(r#"name="step" value="age""#), "{body}");
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        "role=victim&what=rape_or_assault&when=within_72h&age=18_to_24&step=age&go=next".into(),
    )
    .await;
    assert!(!body.contains("Dit is nu het belangrijkste"));
    // Choosing Bonaire there: the island's own support first, no European 0800 number.
    let (_, _, body) = post_form(
        &app,
        "/en/help",
        format!("{answered}&go=first&island=bonaire"),
    )
    .await;
    assert!(body.contains("This matters most now"), "{body}");
    let first = body
        .split("plan-step first-step")
        .nth(1)
        .unwrap_or_default();
    let first = first.split("first-step-actions").next().unwrap_or_default();
    assert!(first.contains("Bonaire"), "{first}");
    assert!(!first.contains("tel:+31800"), "{first}");
    assert!(
        !body.contains(r#"name="island" value="saba""#),
        "the island is known now"
    );
    // Longer ago: no first step screen, the next question.
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        "role=victim&what=rape_or_assault&when=longer_ago&step=when&go=next".into(),
    )
    .await;
    assert!(!body.contains("Dit is nu het belangrijkste"));
    assert!(body.contains(r#"name="step" value="age""#));
}

/// An island's name typed as the place is the island from then on: the banner of the
/// next screens and of the plan names 911, as the plan does, never 112 alone.
#[tokio::test]
async fn an_island_typed_as_the_place_is_the_island_on_every_screen_after_it() {
    let (_dir, app) = site();
    let earlier = "role=bystander&what=rape_or_assault&when=within_72h";
    let banner = |body: &str| {
        let banner = body
            .split(r#"class="emergency""#)
            .nth(1)
            .unwrap_or_default();
        banner
            .split("</aside>")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let only_911 = |body: &str| {
        let banner = banner(body);
        assert!(banner.contains(r#"href="tel:911""#), "{banner}");
        assert!(!banner.contains("tel:112"), "{banner}");
    };
    for (path, typed) in [("/hulp", "Bonaire"), ("/en/help", "saba")] {
        let (_, _, body) = post_form(
            &app,
            path,
            format!("{earlier}&step=place&place={typed}&go=next"),
        )
        .await;
        assert!(body.contains(r#"name="step" value="needs""#), "{body}");
        let island = typed.to_lowercase();
        assert!(
            body.contains(&format!(r#"name="island" value="{island}""#)),
            "the island rides along as chosen: {body}"
        );
        only_911(&body);
        let (_, _, plan) = post_form(
            &app,
            path,
            format!("{earlier}&island={island}&step=needs&go=next"),
        )
        .await;
        only_911(&plan);
    }
    // A municipality stays as typed, with 112.
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        format!("{earlier}&step=place&place=Utrecht&go=next"),
    )
    .await;
    assert!(body.contains(r#"name="place" value="Utrecht""#), "{body}");
    assert!(
        banner(&body).contains(r#"href="tel:112""#),
        "{}",
        banner(&body)
    );
}

#[tokio::test]
async fn a_place_with_a_typo_or_two_municipalities_is_asked_again_with_names_to_choose() {
    let (_dir, app) = site();
    let earlier = "role=victim&what=harassment&setting=work";
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        format!("{earlier}&step=place&place=Utrect&go=next"),
    )
    .await;
    assert!(body.contains("Bedoel je Utrecht?"), "{body}");
    assert!(
        body.contains(r#"name="step" value="place""#),
        "the place question again"
    );
    assert!(
        body.contains(r#"form="place-choice" name="place" value="Utrecht""#),
        "{body}"
    );
    let choice = body
        .split(r#"id="place-choice""#)
        .nth(1)
        .unwrap_or_default();
    let choice = choice.split("</form>").next().unwrap_or_default();
    assert!(
        choice.contains(r#"name="setting" value="work""#),
        "the other answers ride along"
    );
    assert!(!choice.contains("Utrect"), "not the typo");
    let (_, _, body) = post_form(
        &app,
        "/en/help",
        format!("{earlier}&step=place&place=Bergen&go=next"),
    )
    .await;
    assert!(
        body.contains("More than one municipality has this name"),
        "{body}"
    );
    assert!(body.contains(r#"value="Bergen (NH.)""#) && body.contains(r#"value="Bergen (L.)""#));
    // A chosen name goes on; so does skipping; an escaped payload never runs.
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        format!("{earlier}&step=place&place=Bergen+(NH.)&go=next"),
    )
    .await;
    assert!(body.contains(r#"name="step" value="needs""#), "{body}");
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        format!("{earlier}&step=place&place=Utrect&go=skip"),
    )
    .await;
    assert!(body.contains(r#"name="step" value="needs""#));
    let (_, _, body) = post_form(
        &app,
        "/hulp",
        format!("{earlier}&step=place&place=%3Cscript%3Ealert(1)%3C%2Fscript%3E&go=next"),
    )
    .await;
    assert!(body.contains("Deze plaats kennen we niet"));
    assert!(!body.contains("<script>alert(1)"));
}

#[tokio::test]
async fn what_is_not_confirmed_is_said_with_the_sources_not_in_the_description() {
    let (_dir, app) = site();
    let (status, json) = post_json(
        &app,
        PLAN,
        r#"{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h", "location": {"postcode": "3511 AB"}, "lang": "nl"}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let first = &json["steps"][0];
    assert_eq!(first["unit_id"], "csg-utrecht");
    assert!(
        !first["description"]
            .as_str()
            .unwrap_or_default()
            .contains("bevestigd")
    );
    assert_eq!(
        first["unconfirmed"],
        "Welk gebied dit centrum bedient, is niet bevestigd."
    );
    let (_, _, page) = get(&app, "/organisaties/csg", None).await;
    assert!(page.contains(r#"<p class="unconfirmed">Welk gebied dit centrum bedient"#));
}

#[tokio::test]
async fn the_person_chooses_the_help_point_the_summary_names() {
    let (_dir, app) = site();
    let answers = r#""role": "victim", "what": ["rape_or_assault"], "when": "within_7d", "needs": ["medical", "legal"]"#;
    let (_, json) = post_json(&app, PLAN, format!("{{{answers}}}")).await;
    assert_eq!(json["summary"]["chosen"], json["steps"][0]["unit_id"]);
    let other = json["steps"][1]["unit_id"].as_str().unwrap().to_owned();
    let other_name = json["steps"][1]["name"].as_str().unwrap().to_owned();
    let (_, json) = post_json(&app, PLAN, format!(r#"{{{answers}, "chosen": "{other}"}}"#)).await;
    assert_eq!(json["summary"]["chosen"], other.as_str());
    let text = json["summary"]["text"].as_str().unwrap();
    assert!(
        text.contains(&format!("Gekozen hulp: {other_name}")),
        "{text}"
    );

    // The same without JavaScript: the plan page marks the choice and the summary names it.
    let form = format!(
        "role=victim&what=rape_or_assault&when=within_7d&needs=medical&needs=legal&chosen={other}&go=plan"
    );
    let (status, headers, body) = post_form(&app, "/hulp", form.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert_eq!(body.matches("chosen-step").count(), 1, "one step is marked");
    assert!(
        body.contains(&format!(r#"value="{other}" checked"#)),
        "{body}"
    );
    assert!(body.contains(&format!("Gekozen hulp: {other_name}")));
    let (_, _, file) = post_form(&app, "/hulp/samenvatting", form).await;
    assert!(
        file.contains(&format!("Gekozen hulp: {other_name}")),
        "{file}"
    );
}

#[tokio::test]
async fn a_professional_gets_referral_routes_and_the_client_s_contact_wishes() {
    let (_dir, app) = site();
    let form = "role=professional&consent=yes&what=rape_or_assault&when=longer_ago&place=Utrecht&needs=legal&contact=phone&own_words=Cli%C3%ABnt+belt+liever+%27s+avonds&go=plan";
    let (_, _, body) = post_form(&app, "/hulp", form.into()).await;
    assert!(
        body.contains("Toelichting:\n  Cliënt belt liever"),
        "{body}"
    );
    assert!(body.contains("Contactwensen van uw cliënt"), "{body}");
    assert!(body.contains("kies in het keuzemenu optie 3"), "{body}");
    assert!(body.contains("Verwijzing: de situatie van mijn cliënt in het kort"));
    assert!(body.contains("Contactwensen van mijn cliënt: Bellen"));
    let (_, _, body) = post_form(&app, "/hulp", form.replace("professional", "victim")).await;
    assert!(
        !body.contains("optie 3:"),
        "only professionals see referral routes"
    );
    assert!(!body.contains("Contactwensen van uw cliënt"));
}

#[tokio::test]
async fn the_summary_comes_back_as_a_file_made_on_the_spot() {
    let (_dir, app) = site();
    let form = "role=victim&what=online&own_words=Zij+zei+%3Cb%3Estop%3C%2Fb%3E+%F0%9F%98%A2";
    let (status, headers, body) = post_form(&app, "/hulp/samenvatting", form.into()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"mijn-situatie.txt\""
    );
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.starts_with("Mijn situatie in het kort\n"), "{body}");
    assert!(body.contains("  Zij zei <b>stop</b> 😢\n"), "{body}");
    assert!(body.contains("Gekozen hulp: "), "{body}");
    let (_, headers, body) = post_form(&app, "/en/help/summary", "role=bystander".into()).await;
    assert_eq!(
        headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"my-situation.txt\""
    );
    assert!(body.starts_with("My situation in brief\n"));
    let (status, _, _) = post_form(
        &app,
        "/hulp/samenvatting",
        format!(
            "own_words={}",
            "a".repeat(hulpwijzer_core::triage::form::MAX_BODY_BYTES)
        ),
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_desk_overview_form_carries_the_place_but_never_the_client_s_own_words() {
    let (_dir, app) = site();
    let (_, _, page) = post_form(
        &app,
        "/hulp",
        "role=professional&consent=yes&place=Utrecht&own_words=MARKERWORDS&step=needs&go=next"
            .into(),
    )
    .await;
    let class = page
        .find("class=\"overview-form\"")
        .unwrap_or_else(|| panic!("{page}"));
    let start = page[..class].rfind("<form").unwrap();
    let form = &page[start..start + page[start..].find("</form>").unwrap()];
    assert!(form.contains("Utrecht"), "{form}");
    assert!(!form.contains("MARKERWORDS"), "{form}");
    assert!(
        page.contains("MARKERWORDS"),
        "the own words stay on the plan page itself"
    );
}

#[tokio::test]
async fn the_desk_overview_comes_through_the_api_without_the_own_words() {
    let (_dir, app) = site();
    let (status, json) = post_json(
        &app,
        "/api/v1/overview",
        r#"{"role": "professional", "consent": true, "location": {"municipality": "Utrecht"}, "own_words": "MARKERWORDS", "lang": "nl"}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json["place"], "Utrecht");
    assert!(
        json["groups"].as_array().is_some_and(|g| g.len() >= 3),
        "{json}"
    );
    assert!(!json.to_string().contains("MARKERWORDS"));
    let (status, json) = post_json(&app, "/api/v1/overview", r#"{"role": "boss"}"#).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json["error"]["field"], "role");
}

#[tokio::test]
async fn the_desk_overview_lists_every_help_point_for_the_place() {
    let (_dir, app) = site();
    let (status, headers, body) = post_form(
        &app,
        "/hulp/overzicht",
        "role=professional&place=Utrecht".into(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    assert!(body.contains("Alle hulp voor Utrecht"), "{body}");
    for here in [
        "Centrum Seksueel Geweld Utrecht",
        "Veilig Thuis Utrecht",
        "Sense bij GGD Regio Utrecht",
        "0800-0188",
        "Slachtofferhulp Nederland",
    ] {
        assert!(body.contains(here), "{here} is missing");
    }
    assert!(
        body.contains("Zo verwijst u") && body.contains("kies in het keuzemenu optie 3"),
        "the desk overview says how to refer"
    );
    for elsewhere in ["Centrum Seksueel Geweld Twente", "Bonaire", "911"] {
        assert!(
            !body.contains(elsewhere),
            "{elsewhere} does not serve Utrecht"
        );
    }
    // Grouped by what each mainly offers, the region's own help first in its group.
    let medical = body
        .split(r#"id="group-medical""#)
        .nth(1)
        .unwrap_or_default();
    let medical = medical.split("</section>").next().unwrap_or_default();
    let regional = medical.find("Centrum Seksueel Geweld Utrecht");
    let national = medical.find("Hulp na seksueel geweld");
    assert!(regional.is_some() && national.is_some(), "{medical}");
    assert!(
        regional < national,
        "the regional centre before the national line"
    );
    assert!(medical.contains("in deze regio"));
    let (_, _, body) = post_form(&app, "/en/help/overview", "island=saba".into()).await;
    assert!(body.contains("All help for Saba"), "{body}");
    assert!(
        body.contains("911") && !body.contains("0800-0188"),
        "island help only"
    );
    let (_, _, body) = post_form(&app, "/hulp/overzicht", "role=professional".into()).await;
    assert!(body.contains("Kies eerst een gemeente"), "{body}");
}

#[tokio::test]
async fn on_christmas_day_a_weekday_line_says_it_may_be_closed_and_the_plan_and_page_agree() {
    let (_dir, app) = support::site_with(|config| {
        config.clock = server::clock::Clock::fixed("2026-12-25T10:00:00+01:00").unwrap()
    });
    let answers =
        r#"{"role": "relative", "what": ["child_abuse"], "age": "under_12", "contact": ["chat"]}"#;
    let (status, json) = post_json(&app, PLAN, answers).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let first = &json["steps"][0];
    assert_eq!(first["service_id"], "veilig-thuis", "{json}");
    let chat = first["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["channel"] == "chat")
        .unwrap();
    assert_eq!(
        (chat["holiday"].as_bool(), chat["open_now"].as_bool()),
        (Some(true), Some(false)),
        "{chat}"
    );
    assert_eq!(
        first["contacts"][0]["channel"], "phone",
        "the open 24/7 line first: {first}"
    );
    let (_, _, page) = get(&app, "/organisaties/veilig-thuis", None).await;
    assert!(
        page.contains("Vandaag mogelijk gesloten (feestdag)"),
        "{page}"
    );
    let (_, _, page) = get(&app, "/en/organisations/veilig-thuis", None).await;
    assert!(
        page.contains("Possibly closed today (public holiday)"),
        "{page}"
    );
    assert!(
        !page.contains(">Open now<!></strong> <!>Mon"),
        "no weekday line is open today"
    );
}

#[tokio::test]
async fn the_one_clock_decides_what_is_open_now() {
    let answers = r#"{"role": "relative", "what": ["domestic"], "contact": ["chat"]}"#;
    let mut seen = Vec::new();
    for moment in ["2026-12-02T12:00:00+01:00", "2026-12-02T03:00:00+01:00"] {
        let (_dir, app) = support::site_with(|config| {
            config.clock = server::clock::Clock::fixed(moment).unwrap()
        });
        let (status, json) = post_json(&app, PLAN, answers).await;
        assert_eq!(status, StatusCode::OK, "{json}");
        let open: Vec<(String, bool)> = json["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|step| step["contacts"].as_array().unwrap().iter())
            .filter(|c| c["hours"] != "24/7" && c["open_now"].is_boolean())
            .map(|c| (c["value"].to_string(), c["open_now"].as_bool().unwrap()))
            .collect();
        assert!(!open.is_empty(), "a contact with opening hours: {json}");
        seen.push(open);
    }
    assert_ne!(seen[0], seen[1], "noon and 03:00 differ: {seen:?}");
}

/// The `<li class="{class}">` items of a page that contain `value`, each up to its `</li>`.
fn items_with<'a>(page: &'a str, class: &str, value: &str) -> Vec<&'a str> {
    page.split(&format!("<li class=\"{class}\""))
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap_or_default())
        .filter(|item| item.contains(value))
        .collect()
}

/// The facts line of a contact item: cost and anonymity, split at " · ".
fn facts(item: &str) -> Vec<String> {
    let Some((_, rest)) = item.split_once("<p class=\"contact-facts\">") else {
        return Vec::new();
    };
    let line = rest.split("</p>").next().unwrap_or_default();
    line.replace("<!>", "")
        .split(" · ")
        .map(|f| f.trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect()
}

#[tokio::test]
async fn a_paid_number_under_free_help_never_says_free() {
    let (_dir, app) = site();
    let cases = [
        (
            "/organisaties/helpwanted",
            "020-261 52 75",
            "Gratis",
            "De hulp is gratis; bellen kost het gewone tarief.",
        ),
        (
            "/en/organisations/helpwanted",
            "020-261 52 75",
            "Free",
            "The help is free; the call costs the normal rate.",
        ),
        (
            "/organisaties/kpcn-victim-support",
            "+599 717 6181",
            "Gratis",
            "De hulp is gratis; bellen kost het gewone tarief.",
        ),
        (
            "/organisaties/kpcn-victim-support",
            "+599 790 0426",
            "Gratis",
            "De hulp is gratis; bellen kost het gewone tarief.",
        ),
        (
            "/en/organisations/kpcn-victim-support",
            "+599 790 0019",
            "Free",
            "The help is free; the call costs the normal rate.",
        ),
    ];
    for (address, number, free, plain) in cases {
        let (status, _, page) = get(&app, address, None).await;
        assert_eq!(status, StatusCode::OK, "{address}");
        let items = items_with(&page, "contact", number);
        assert_eq!(items.len(), 1, "{address} {number}: {page}");
        let said = facts(items[0]);
        assert!(
            !said.iter().any(|f| f == free),
            "{address} {number}: {said:?}"
        );
        assert!(
            said.iter().any(|f| f == plain),
            "{address} {number}: {said:?}"
        );
    }
    // The chat next to it is free to use and says so.
    let (_, _, page) = get(&app, "/organisaties/helpwanted", None).await;
    let chat = items_with(&page, "contact", "https://www.helpwanted.nl");
    assert!(
        chat.iter().any(|i| facts(i).contains(&"Gratis".to_owned())),
        "{chat:?}"
    );

    // In the plan, by API and on the page.
    let (_, json) = post_json(
        &app,
        PLAN,
        r#"{"role": "victim", "what": ["online"], "lang": "nl"}"#,
    )
    .await;
    let helpwanted = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_id"] == "helpwanted")
        .unwrap_or_else(|| panic!("no Helpwanted: {json}"));
    let phone = helpwanted["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == "020-261 52 75")
        .unwrap();
    assert_eq!(phone["free"], false, "{phone}");
    assert_eq!(phone["cost"], "local_rate", "{phone}");
    let (_, _, page) = post_form(
        &app,
        "/hulp",
        "role=victim&what=online&step=needs&go=next".into(),
    )
    .await;
    let items = items_with(&page, "plan-contact", "020-261 52 75");
    assert!(!items.is_empty(), "{page}");
    for item in items {
        let said = facts(item);
        assert!(!said.iter().any(|f| f == "Gratis"), "{said:?}");
        assert!(
            said.iter()
                .any(|f| f == "De hulp is gratis; bellen kost het gewone tarief."),
            "{said:?}"
        );
    }
    let (_, json) = post_json(
        &app,
        PLAN,
        r#"{"role": "victim", "what": ["rape_or_assault"], "location": {"island": "bonaire"}, "lang": "en"}"#,
    )
    .await;
    let island_numbers: Vec<&serde_json::Value> = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["contacts"].as_array().unwrap())
        .filter(|c| c["value"].as_str().is_some_and(|v| v.starts_with("+599")))
        .collect();
    assert!(!island_numbers.is_empty(), "{json}");
    for contact in island_numbers {
        assert_eq!(contact["free"], false, "{contact}");
    }
}

#[tokio::test]
async fn the_csg_phone_line_is_never_called_anonymous_but_its_chat_is() {
    let (_dir, app) = site();
    let (_, _, page) = get(&app, "/organisaties/csg", None).await;
    let phones = items_with(&page, "contact", "0800-0188");
    assert!(!phones.is_empty());
    for item in phones {
        let said = facts(item);
        assert!(!said.iter().any(|f| f == "Anoniem mogelijk"), "{said:?}");
        assert!(said.iter().any(|f| f == "Gratis"), "{said:?}");
    }
    let chat = items_with(&page, "contact", "https://www.centrumseksueelgeweld.nl");
    assert!(facts(chat[0]).contains(&"Anoniem mogelijk".to_owned()));

    let (_, json) = post_json(
        &app,
        PLAN,
        r#"{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h",
            "location": {"postcode": "3511 AB"}, "contact": ["anonymous"], "lang": "nl"}"#,
    )
    .await;
    let csg = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_id"] == "csg")
        .unwrap_or_else(|| panic!("no CSG: {json}"));
    for contact in csg["contacts"].as_array().unwrap() {
        let anonymous = contact["value"] != "0800-0188";
        assert_eq!(contact["anonymous"], anonymous, "{contact}");
    }
    let (_, _, page) = post_form(
        &app,
        "/en/help",
        "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&contact=anonymous&step=needs&go=next"
            .into(),
    )
    .await;
    let items = items_with(&page, "plan-contact", "0800-0188");
    assert!(!items.is_empty(), "{page}");
    for item in items {
        let said = facts(item);
        assert!(
            !said.iter().any(|f| f == "You can stay anonymous"),
            "{said:?}"
        );
        assert!(said.iter().any(|f| f == "Free"), "{said:?}");
    }
    // Veilig Thuis: the phone says advice can be anonymous and a report takes a name.
    let (_, _, page) = get(&app, "/organisaties/veilig-thuis", None).await;
    let phone = items_with(&page, "contact", "0800-2000");
    assert!(
        phone[0].contains("Advies vragen kan anoniem; voor een melding is een naam nodig."),
        "{}",
        phone[0]
    );
    assert!(!page.contains("Anoniem bellen kan"));
}

#[tokio::test]
async fn sense_at_the_ggd_makes_no_promise_of_free_or_anonymous() {
    let (_dir, app) = site();
    let (_, json) = post_json(
        &app,
        PLAN,
        r#"{"role": "victim", "what": ["rape_or_assault"], "when": "longer_ago",
            "age": "12_to_17", "location": {"postcode": "3511 AB"}, "lang": "en"}"#,
    )
    .await;
    if let Some(sense) = json["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service_id"] == "sense")
    {
        assert!(
            sense["unconfirmed"]
                .as_str()
                .unwrap()
                .contains("ask your GGD what is possible"),
            "{sense}"
        );
        for contact in sense["contacts"].as_array().unwrap() {
            assert_ne!(contact["anonymous"], true, "{contact}");
        }
    }
    let (_, _, page) = get(&app, "/en/organisations/sense", None).await;
    let unit = page
        .split("id=\"service-sense-gg")
        .nth(1)
        .unwrap()
        .split("</article>")
        .next()
        .unwrap();
    assert!(unit.contains("ask your GGD what is possible"), "{unit}");
    assert!(
        !unit.contains(">Free<") && !unit.contains("You can stay anonymous"),
        "{unit}"
    );
}

#[tokio::test]
async fn hours_from_an_old_source_look_old_and_do_not_say_open_or_closed() {
    for moment in ["2026-12-02T12:00:00+01:00", "2026-12-02T03:00:00+01:00"] {
        let (_dir, app) = support::site_with(|config| {
            config.clock = server::clock::Clock::fixed(moment).unwrap()
        });
        let (_, _, page) = get(&app, "/organisaties/kindertelefoon", None).await;
        assert!(
            page.contains("Openingstijden uit 2019, mogelijk veranderd."),
            "{page}"
        );
        assert!(
            !page.contains("Nu open") && !page.contains("Nu gesloten"),
            "{moment}: {page}"
        );
        let (_, _, page) = get(&app, "/en/organisations/csg", None).await;
        assert!(
            page.contains("(source from 2022)"),
            "the source's year by the date checked"
        );
        let answers = r#"{"role": "victim", "what": ["online"], "age": "12_to_17"}"#;
        let (_, json) = post_json(&app, PLAN, answers).await;
        let phone = json["steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|step| step["contacts"].as_array().unwrap().iter())
            .find(|c| c["value"] == "0800-0432")
            .unwrap_or_else(|| panic!("De Kindertelefoon in the plan: {json}"));
        assert_eq!(phone["open_now"], serde_json::Value::Null, "{moment}");
        assert_eq!(phone["stale_hours_year"], 2019);
    }
}
