//! "Klopt er iets niet?" for real: the store on a SQLite file and on a PostgreSQL server
//! (the same checks on both), and the form through the router: thanks only once the note
//! is kept, mistakes and hostile text sent back escaped and filled in, the limits (size,
//! an unknown subject, another site, too many from one client), and a plan's answers that
//! ride along but are not kept.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use axum::http::{Request, StatusCode, header};
use hulpwijzer_core::{
    report::{About, NewReport, field},
    vocab::Problem,
};
use server::reports::{Reports, Which};

mod common;
mod support;
use support::{db, form_body, get, post_form, send, site_with};

fn note(about: &str, text: &str, email: Option<&str>) -> NewReport {
    NewReport {
        about: About::parse(about).unwrap(),
        problem: Problem::Hours,
        text: text.to_owned(),
        email: email.map(str::to_owned),
    }
}

/// What every database must do: keep, list (open or all, oldest first), show and close.
async fn keeps_lists_shows_and_closes(url: &str) {
    let store = Reports::connect(url).unwrap();
    store.ready().await.unwrap();
    let first = store
        .add(
            &note("organisation:csg", "Dicht op zondag", None),
            1_796_245_500,
        )
        .await
        .unwrap();
    let second = store
        .add(
            &note(
                "service:slachtofferhulp",
                "Ander nummer\n'; DROP TABLE reports; --",
                Some("a@b.nl"),
            ),
            1_796_245_560,
        )
        .await
        .unwrap();
    assert!(second > first);
    let open = store.list(Which::Open).await.unwrap();
    assert_eq!(
        open.iter().map(|r| r.id).collect::<Vec<_>>(),
        [first, second]
    );
    let shown = store.get(second).await.unwrap().unwrap();
    assert_eq!(shown.about, "service:slachtofferhulp");
    assert_eq!(shown.problem, "hours");
    assert_eq!(shown.text, "Ander nummer\n'; DROP TABLE reports; --");
    assert_eq!(shown.email.as_deref(), Some("a@b.nl"));
    assert_eq!(shown.received_at, 1_796_245_560);
    assert_eq!(shown.closed_at, None);

    assert!(store.close(first, 1_796_300_000).await.unwrap());
    assert!(
        !store.close(first, 1_796_300_001).await.unwrap(),
        "already closed"
    );
    assert!(
        !store.close(999_999, 1_796_300_001).await.unwrap(),
        "no such note"
    );
    let open = store.list(Which::Open).await.unwrap();
    assert_eq!(open.iter().map(|r| r.id).collect::<Vec<_>>(), [second]);
    let all = store.list(Which::All).await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].closed_at, Some(1_796_300_000));
    assert_eq!(store.get(999_999).await.unwrap(), None);

    // Opening it again (a restart, or a second server) migrates nothing twice.
    let again = Reports::connect(url).unwrap();
    assert_eq!(again.list(Which::All).await.unwrap(), all);
}

/// Many notes at once each get their own number.
async fn takes_many_at_once(url: &str) {
    let store = Reports::connect(url).unwrap();
    let adds = (0..40).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .add(
                    &note("organisation:csg", &format!("note {i}"), None),
                    1_796_245_500,
                )
                .await
                .unwrap()
        })
    });
    let mut ids = Vec::new();
    for add in adds {
        ids.push(add.await.unwrap());
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    assert_eq!(store.list(Which::Open).await.unwrap().len(), 40);
}

#[tokio::test]
async fn a_sqlite_file_keeps_notes_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let url = db::sqlite_in(&dir.path().join("nested"));
    keeps_lists_shows_and_closes(&url).await;
    let store = Reports::connect(&url).unwrap();
    assert_eq!(
        store.sqlite_journal_mode().await.unwrap().as_deref(),
        Some("wal")
    );
    assert!(dir.path().join("nested/reports.db").is_file());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_file_takes_many_notes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    takes_many_at_once(&db::sqlite_in(dir.path())).await;
}

#[tokio::test]
async fn postgresql_keeps_notes() {
    let url = db::fresh_postgres().await;
    keeps_lists_shows_and_closes(&url).await;
    let store = Reports::connect(&url).unwrap();
    assert_eq!(store.sqlite_journal_mode().await.unwrap(), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgresql_takes_many_notes_at_once() {
    takes_many_at_once(&db::fresh_postgres().await).await;
}

#[tokio::test]
async fn an_address_of_another_database_is_refused() {
    assert!(Reports::connect("mysql://u@h/db").is_err());
    let refused = Reports::connect("postgres://postgres@127.0.0.1:9/none").unwrap();
    assert!(refused.ready().await.is_err(), "nothing listens on port 9");
}

/// The stored notes of the site in `dir`.
async fn stored(dir: &tempfile::TempDir) -> Vec<server::reports::StoredReport> {
    let store = Reports::connect(&db::sqlite_in(dir.path())).unwrap();
    store.list(Which::All).await.unwrap()
}

#[tokio::test]
async fn a_note_is_kept_before_the_thanks() {
    let (dir, app) = site_with(|_| {});
    let form = form_body(&[
        (field::ABOUT, "organisation:csg"),
        (field::KIND, "phone"),
        (field::TEXT, "Het nummer is veranderd."),
        (field::EMAIL, " beheer@example.org "),
    ]);
    let (status, headers, body) = post_form(&app, "/melding", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let body = body.replace("<!>", "");
    assert!(
        body.contains(r#"<h1 id="report-heading" tabindex="-1">Dank je</h1>"#),
        "{body}"
    );
    assert!(
        body.contains(r#"href="/organisaties/csg""#),
        "the way back: {body}"
    );
    let notes = stored(&dir).await;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].about, "organisation:csg");
    assert_eq!(notes[0].problem, "phone");
    assert_eq!(notes[0].text, "Het nummer is veranderd.");
    assert_eq!(notes[0].email.as_deref(), Some("beheer@example.org"));
}

#[tokio::test]
async fn a_form_with_mistakes_comes_back_filled_in_and_escaped_and_nothing_is_kept() {
    let (dir, app) = site_with(|_| {});
    let hostile = "</textarea><h2>Bel 0900-1234</h2><script>alert(1)</script>";
    let form = form_body(&[
        (field::ABOUT, "service:slachtofferhulp"),
        (field::TEXT, hostile),
        (field::EMAIL, "\"><img src=x onerror=alert(1)>"),
    ]);
    let (status, _, body) = post_form(&app, "/en/report", form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("Your note has not been sent yet"), "{body}");
    assert!(body.contains("Choose what is wrong."), "{body}");
    assert!(
        body.contains("This does not look like an email address"),
        "{body}"
    );
    assert!(
        body.contains("&lt;/textarea&gt;&lt;h2&gt;Bel 0900-1234&lt;/h2&gt;"),
        "the text is back, escaped: {body}"
    );
    assert!(!body.contains("<h2>Bel 0900"), "{body}");
    assert!(!body.contains("<img src=x"), "{body}");
    assert!(body.contains(r#"aria-invalid="true""#), "{body}");
    assert!(stored(&dir).await.is_empty());
}

#[tokio::test]
async fn a_note_about_nothing_we_know_is_a_bad_request() {
    let (dir, app) = site_with(|_| {});
    for about in [
        "organisation:bestaat-niet",
        "service:bestaat-niet",
        "<script>",
        "",
    ] {
        let form = form_body(&[(field::ABOUT, about), (field::KIND, "phone")]);
        let (status, headers, body) = post_form(&app, "/melding", form).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{about}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(!body.contains("<script>"), "{body}");
    }
    assert!(stored(&dir).await.is_empty());
}

#[tokio::test]
async fn too_many_notes_from_one_client_wait_with_their_text_kept() {
    let (dir, app) = site_with(|config| config.reports_per_hour = 2);
    let form = |text: &str| {
        form_body(&[
            (field::ABOUT, "organisation:csg"),
            (field::KIND, "other"),
            (field::TEXT, text),
        ])
    };
    for text in ["een", "twee"] {
        assert_eq!(
            post_form(&app, "/melding", form(text)).await.0,
            StatusCode::OK
        );
    }
    let (status, headers, body) = post_form(&app, "/melding", form("drie")).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = headers[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((3500..=3600).contains(&wait), "{wait}");
    assert!(body.contains("Probeer het later opnieuw"), "{body}");
    assert!(body.contains(">drie</textarea>"), "{body}");
    assert_eq!(stored(&dir).await.len(), 2);
}

#[tokio::test]
async fn a_body_past_the_limit_and_a_form_from_another_site_are_refused() {
    let (dir, app) = site_with(|_| {});
    let huge = "x".repeat(hulpwijzer_core::report::MAX_BODY_BYTES + 1);
    let form = form_body(&[
        (field::ABOUT, "organisation:csg"),
        (field::KIND, "other"),
        (field::TEXT, &huge),
    ]);
    let (status, _, _) = post_form(&app, "/melding", form).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);

    let req = Request::post("/melding")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(axum::body::Body::from(form_body(&[
            (field::ABOUT, "organisation:csg"),
            (field::KIND, "phone"),
        ])))
        .unwrap();
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(stored(&dir).await.is_empty());
}

#[tokio::test]
async fn from_a_plan_the_answers_lead_back_and_are_not_kept() {
    let (dir, app) = site_with(|_| {});
    let req = Request::post("/melding")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::USER_AGENT, "AGENTMARKER")
        .header(header::COOKIE, "id=COOKIEMARKER")
        .header("x-forwarded-for", "203.0.113.7")
        .body(axum::body::Body::from(form_body(&[
            (field::ABOUT, "service:slachtofferhulp"),
            (field::FROM_PLAN, "1"),
            ("role", "victim"),
            ("what", "rape_or_assault"),
            ("place", "PLACEMARKER"),
            ("own_words", "OWNWORDSMARKER"),
            (field::KIND, "hours"),
        ])))
        .unwrap();
    let (status, _, body) = send(&app, req).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains(r#"<form method="post" action="/hulp" class="report-back">"#),
        "{body}"
    );
    assert!(body.contains(r#"name="role" value="victim""#), "{body}");
    assert!(body.contains("Terug naar je plan"), "{body}");
    let notes = stored(&dir).await;
    assert_eq!(notes.len(), 1);
    let row = format!("{:?}", notes[0]);
    for marker in [
        "victim",
        "rape",
        "PLACEMARKER",
        "OWNWORDSMARKER",
        "AGENTMARKER",
        "COOKIEMARKER",
        "203.0.113.7",
    ] {
        assert!(!row.contains(marker), "{marker} kept: {row}");
    }
}

#[tokio::test]
async fn the_form_is_on_every_organisation_page_and_the_report_page_without_a_subject_says_where() {
    let (_dir, app) = site_with(|_| {});
    let (status, _, body) = get(&app, "/organisaties/csg", None).await;
    assert_eq!(status, StatusCode::OK);
    let body = body.replace("<!>", "");
    assert!(
        body.contains("<summary>Klopt er iets niet?</summary>"),
        "{body}"
    );
    assert!(body.contains(r#"<form method="post" action="/melding" class="report-form">"#));
    assert!(body.contains(r#"name="report_about" value="organisation:csg""#));
    let warning = body.find("Schrijf hier niets over jezelf").unwrap();
    let text_box = body.find(r#"name="report_text""#).unwrap();
    assert!(warning < text_box, "the warning comes before the text box");
    let hint = body
        .find("Kies geen adres dat iemand anders kan lezen")
        .unwrap();
    assert!(text_box < hint && hint < body.find(r#"name="report_email""#).unwrap());
    let (status, _, body) = get(&app, "/en/report", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("A note is always about a help point"),
        "{body}"
    );
}

#[tokio::test]
async fn a_site_on_postgresql_keeps_its_notes_there() {
    let url = db::fresh_postgres().await;
    let database = url.clone();
    let (_dir, app) = site_with(move |config| config.database_url = database);
    let form = form_body(&[(field::ABOUT, "organisation:csg"), (field::KIND, "website")]);
    let (status, _, body) = post_form(&app, "/melding", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let notes = Reports::connect(&url)
        .unwrap()
        .list(Which::Open)
        .await
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].problem, "website");
}

#[tokio::test]
async fn when_the_database_is_down_the_visitor_is_told_and_the_text_is_kept() {
    let (_dir, app) = site_with(|config| {
        config.database_url = "postgres://postgres@127.0.0.1:9/none".to_owned();
    });
    let form = form_body(&[
        (field::ABOUT, "organisation:csg"),
        (field::KIND, "phone"),
        (field::TEXT, "nog hier"),
    ]);
    let (status, _, body) = post_form(&app, "/melding", form).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        body.contains("Je melding kon nu niet worden bewaard"),
        "{body}"
    );
    assert!(body.contains(">nog hier</textarea>"), "{body}");
    assert!(!body.contains("Dank je"), "{body}");
}

/// Runs `hulpwijzer reports …` on the database at `url`: whether it succeeded, and what it
/// printed (standard output, or the error).
fn reports_command(url: &str, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
        .arg("reports")
        .args(args)
        .env("HULPWIJZER_DATABASE_URL", url)
        .output()
        .unwrap();
    let text = if out.status.success() {
        out.stdout
    } else {
        out.stderr
    };
    (out.status.success(), String::from_utf8(text).unwrap())
}

#[tokio::test]
async fn the_keepers_list_show_and_close_notes_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = db::sqlite_in(dir.path());
    let store = Reports::connect(&url).unwrap();
    let id = store
        .add(
            &note(
                "service:slachtofferhulp",
                "Nieuw nummer\n\u{1b}[2J",
                Some("a@b.nl"),
            ),
            1_796_245_500,
        )
        .await
        .unwrap();
    let (ok, list) = reports_command(&url, &["list"]);
    assert!(ok, "{list}");
    assert!(list.starts_with(&format!("#{id} ")), "{list}");
    assert!(
        list.contains("service:slachtofferhulp  hours  Nieuw nummer ⏎ \\u{1b}[2J"),
        "{list}"
    );
    let (ok, shown) = reports_command(&url, &["show", &id.to_string()]);
    assert!(
        ok && shown.contains("reply to: a@b.nl") && !shown.contains('\u{1b}'),
        "{shown}"
    );
    let (ok, closed) = reports_command(&url, &["close", &format!("#{id}")]);
    assert!(ok, "{closed}");
    assert_eq!(
        reports_command(&url, &["list"]),
        (true, "no notes\n".to_owned())
    );
    let (_, all) = reports_command(&url, &["list", "--all"]);
    assert!(all.contains(" closed "), "{all}");
    let (ok, err) = reports_command(&url, &["close", &id.to_string()]);
    assert!(
        !ok && err.contains(&format!("there is no open note #{id}")),
        "{err}"
    );
    let (ok, err) = reports_command(&url, &["show", "twaalf"]);
    assert!(
        !ok && err.contains("\"twaalf\" is not a note's number"),
        "{err}"
    );
    let (ok, err) = reports_command(&url, &["purge"]);
    assert!(!ok && err.contains("reports takes list"), "{err}");
}

#[tokio::test]
async fn every_option_of_a_plan_takes_a_note() {
    let (dir, app) = site_with(|config| config.reports_per_hour = 1000);
    let mut sent = 0;
    for answers in [
        "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&go=plan",
        "role=relative&what=child_abuse&when=ongoing&place=Bonaire&go=plan",
        "role=bystander&what=harassment&when=now&go=plan",
        "role=professional&consent=yes&what=exploitation&place=Zwolle&go=plan",
    ] {
        let (status, _, plan) = post_form(&app, "/hulp", answers.to_owned()).await;
        assert_eq!(status, StatusCode::OK, "{answers}");
        let abouts: Vec<&str> = plan
            .split(r#"name="report_about" value=""#)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(!abouts.is_empty(), "{answers}: no form in {plan}");
        for about in abouts {
            let form = form_body(&[(field::ABOUT, about), (field::KIND, "other")]);
            let (status, _, body) = post_form(&app, "/melding", form).await;
            assert_eq!(status, StatusCode::OK, "{answers}: {about}: {body}");
            sent += 1;
        }
    }
    assert_eq!(stored(&dir).await.len(), sent);
}

#[tokio::test]
async fn a_professional_is_spoken_to_as_u_in_the_form_and_after_it() {
    let (_dir, app) = site_with(|_| {});
    let answers =
        "role=professional&consent=yes&what=rape_or_assault&when=within_72h&place=3511+AB&go=plan";
    let (_, _, plan) = post_form(&app, "/hulp", answers.to_owned()).await;
    let plan = plan.replace("<!>", "");
    assert!(plan.contains("Ziet u een fout in deze gegevens?"), "{plan}");
    assert!(plan.contains("Schrijf hier niets over uw cliënt"), "{plan}");
    assert!(!plan.contains("Zie je een fout"), "{plan}");
    let about = plan
        .split(r#"name="report_about" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap();
    let form = form_body(&[
        (field::ABOUT, about),
        (field::KIND, "phone"),
        (field::FROM_PLAN, "1"),
        ("role", "professional"),
        ("consent", "yes"),
        ("what", "rape_or_assault"),
    ]);
    let (status, _, body) = post_form(&app, "/melding", form).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let body = body.replace("<!>", "");
    assert!(body.contains(">Dank u</h1>"), "{body}");
    assert!(body.contains("Terug naar het plan"), "{body}");
    assert!(!body.contains("Dank je"), "{body}");
}
