//! `check-links` against a real HTTP server on loopback that answers 200, a 301 to another
//! path, 404, 500, HEAD refused, a hang and a reset; never against the internet. Also: at
//! most the allowed number of requests reach one host at once, each address is asked for
//! once, and the directory's links
//! are the websites, chats and forms.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use axum::{
    Router,
    http::{Method, StatusCode, header},
    response::IntoResponse,
    routing::any,
};
use server::links::{self, Checked, Kind, Link, Report, Settings, Verdict};
use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};
use tokio::net::TcpListener;

/// Requests in flight at the slow path now, and the most there ever were.
#[derive(Default)]
struct Load {
    now: AtomicUsize,
    most: AtomicUsize,
    requests: AtomicUsize,
}

/// The test site: each path answers one way.
async fn site(load: Arc<Load>) -> SocketAddr {
    let app = Router::new()
        .route("/ok", any(|| async { "ok" }))
        .route(
            "/moved",
            any(|| async { (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, "/ok")]) }),
        )
        .route("/gone", any(|| async { StatusCode::NOT_FOUND }))
        .route(
            "/error",
            any(|| async { StatusCode::INTERNAL_SERVER_ERROR }),
        )
        .route(
            "/no-head",
            any(|method: Method| async move {
                if method == Method::HEAD {
                    StatusCode::METHOD_NOT_ALLOWED.into_response()
                } else {
                    "ok".into_response()
                }
            }),
        )
        .route(
            "/slow",
            any(move || {
                let load = load.clone();
                async move {
                    load.requests.fetch_add(1, Ordering::SeqCst);
                    let now = load.now.fetch_add(1, Ordering::SeqCst) + 1;
                    load.most.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(Duration::from_millis(150)).await;
                    load.now.fetch_sub(1, Ordering::SeqCst);
                    "ok"
                }
            }),
        );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    addr
}

/// A server that accepts and then never answers.
async fn hang() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    addr
}

/// A server that accepts and resets the connection at once.
async fn reset() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let _ = socket.set_zero_linger();
            drop(socket);
        }
    });
    addr
}

fn link(url: String) -> Link {
    Link {
        organisation: "test".to_owned(),
        field: "website".to_owned(),
        kind: Kind::Website,
        url,
    }
}

fn settings() -> Settings {
    Settings {
        timeout: Duration::from_millis(700),
        slow: Duration::from_millis(100),
        ..Settings::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_answer_gets_its_verdict() {
    let site = site(Arc::default()).await;
    let (hang, reset) = (hang().await, reset().await);
    let urls = [
        format!("http://{site}/ok"),
        format!("http://{site}/moved"),
        format!("http://{site}/gone"),
        format!("http://{site}/error"),
        format!("http://{site}/no-head"),
        format!("http://{hang}/"),
        format!("http://{reset}/"),
        format!("http://{site}/slow"),
    ];
    let client = links::client(&settings()).unwrap();
    let checked = links::check(
        &client,
        urls.iter().cloned().map(link).collect(),
        settings(),
    )
    .await;
    let outcome = |c: &Checked| (c.answer.verdict, c.answer.status, c.answer.method);
    let got: Vec<_> = checked.iter().map(outcome).collect();
    assert_eq!(
        got,
        [
            (Verdict::Ok, Some(200), "HEAD"),
            (Verdict::Redirected, Some(200), "HEAD"),
            (Verdict::Broken, Some(404), "GET"),
            (Verdict::Broken, Some(500), "GET"),
            (Verdict::Ok, Some(200), "GET"),
            (Verdict::Broken, None, "GET"),
            (Verdict::Broken, None, "GET"),
            (Verdict::Ok, Some(200), "HEAD"),
        ]
    );
    assert_eq!(
        checked[1].answer.redirected_to,
        Some(format!("http://{site}/ok"))
    );
    assert_eq!(
        checked[5].answer.error.as_deref(),
        Some("no answer in time")
    );
    assert!(checked[6].answer.error.is_some());
    assert!(checked[7].answer.slow && !checked[0].answer.slow);
    // The order is the order given, whatever finished first.
    let order: Vec<&str> = checked.iter().map(|c| c.link.url.as_str()).collect();
    assert_eq!(order, urls.iter().map(String::as_str).collect::<Vec<_>>());

    let report = Report::new(checked);
    assert_eq!(
        (
            report.checked,
            report.ok,
            report.redirected,
            report.broken,
            report.slow
        ),
        (8, 3, 1, 4, 2),
        "{}",
        report.summary()
    );
    let markdown = report.markdown();
    assert!(markdown.contains("redirected to http://"), "{markdown}");
    assert!(markdown.contains("| 404 |"), "{markdown}");
    assert!(markdown.contains("no answer in time"), "{markdown}");
    assert!(
        !markdown.contains(&format!("| http://{site}/ok |")),
        "{markdown}"
    );
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["links"][2]["verdict"], "broken");
    assert_eq!(json["links"][2]["status"], 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_host_gets_at_most_the_allowed_requests_at_once_and_each_address_once() {
    let load = Arc::new(Load::default());
    let site = site(load.clone()).await;
    let mut many: Vec<Link> = (0..8)
        .map(|i| link(format!("http://{site}/slow?{i}")))
        .collect();
    // The same address named twice (a website and a contact) is asked for once.
    many.push(link(format!("http://{site}/slow?0")));
    let client = links::client(&settings()).unwrap();
    let checked = links::check(&client, many, settings()).await;
    assert_eq!(checked.len(), 9);
    assert!(checked.iter().all(|c| c.answer.verdict == Verdict::Ok));
    assert_eq!(load.most.load(Ordering::SeqCst), 2, "per_host is 2");
    assert_eq!(load.requests.load(Ordering::SeqCst), 8);
}

#[test]
fn the_directory_s_links_are_its_websites_chats_and_forms() {
    let data = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let mut all = Vec::new();
    for entry in std::fs::read_dir(data.join("organisations")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        all.push(toml::from_str(&text).unwrap());
    }
    let directory = server::directory::Directory {
        organisations: all,
        holidays: Default::default(),
        read_from: 0,
    };
    let found = links::links(&directory);
    assert!(found.iter().any(|l| l.kind == Kind::Chat));
    assert!(
        found
            .iter()
            .any(|l| l.kind == Kind::Website && l.field == "website")
    );
    assert!(
        found
            .iter()
            .all(|l| l.url.starts_with("https://") || l.url.starts_with("http://")),
        "no phone numbers or e-mail addresses"
    );
    let websites = directory
        .organisations
        .iter()
        .filter(|o| o.website.is_some())
        .count();
    assert_eq!(
        found.iter().filter(|l| l.field == "website").count(),
        websites
    );
}
