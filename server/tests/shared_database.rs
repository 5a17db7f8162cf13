//! The whole program with its database: a server killed with SIGKILL in the middle of a
//! burst of notes has kept every note it said "Dank je" for (SQLite), and two servers on
//! one PostgreSQL database share their notes, which `hulpwijzer reports` lists, and answer
//! the same plan.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use hulpwijzer_core::report::field;
use server::reports::{Reports, Which};
use std::{
    io::{Read as _, Write as _},
    net::SocketAddr,
    process::Command,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

mod common;
mod support;
use support::{db, form_body, process::Server};

/// Sends one whole HTTP/1.1 request and reads the answer to its end: status code and body.
fn exchange(
    addr: SocketAddr,
    method: &str,
    path: &str,
    kind: &str,
    body: &str,
) -> Option<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: AGENTMARKER\r\n\
         Content-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer.split(' ').nth(1)?.parse().ok()?;
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned())?;
    Some((status, body))
}

const FORM: &str = "application/x-www-form-urlencoded";

fn note(text: &str) -> String {
    form_body(&[
        (field::ABOUT, "organisation:csg"),
        (field::KIND, "phone"),
        (field::TEXT, text),
    ])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_burst_has_kept_every_note_it_thanked_for() {
    let mut server = Server::start(&[("HULPWIJZER_REPORTS_PER_HOUR", "1000000")]);
    let addr = server.addr;
    let thanked = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let senders: Vec<_> = (0..8)
        .map(|sender| {
            let thanked = thanked.clone();
            let stop = stop.clone();
            std::thread::spawn(move || {
                for i in 0.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let text = format!("burst-{sender}-{i}");
                    match exchange(addr, "POST", "/melding", FORM, &note(&text)) {
                        Some((200, body)) if body.contains("Dank je") => {
                            thanked.lock().unwrap().push(text);
                        }
                        Some((status, _)) => assert!(status < 500 || status == 503, "{status}"),
                        None => break,
                    }
                }
            })
        })
        .collect();
    // Kill it while notes are coming in: after the first 30 thanks.
    while thanked.lock().unwrap().len() < 30 {
        std::thread::sleep(Duration::from_millis(5));
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for sender in senders {
        sender.join().unwrap();
    }
    let thanked = thanked.lock().unwrap().clone();

    let url = db::sqlite_in(server.dir.path());
    let kept: Vec<String> = Reports::connect(&url)
        .unwrap()
        .list(Which::All)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.text)
        .collect();
    let lost: Vec<&String> = thanked.iter().filter(|t| !kept.contains(t)).collect();
    assert!(lost.is_empty(), "thanked but lost: {lost:?}");
    assert!(kept.len() >= thanked.len());
    eprintln!("{} thanked, {} kept, 0 lost", thanked.len(), kept.len());

    // Nothing about the senders is in the database's files.
    for file in ["reports.db", "reports.db-wal"] {
        let bytes = std::fs::read(server.dir.path().join(file)).unwrap_or_default();
        let text = String::from_utf8_lossy(&bytes);
        for marker in ["127.0.0.1", "AGENTMARKER"] {
            assert!(!text.contains(marker), "{marker} in {file}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgresql_share_notes_and_answer_the_same_plan() {
    let url = db::fresh_postgres().await;
    let env = [
        ("HULPWIJZER_DATABASE_URL", url.as_str()),
        ("HULPWIJZER_FIXED_TIME", "2026-12-02T23:30:00+01:00"),
    ];
    // Both start at once, so both try to make the tables: the migrations' lock lets one.
    let (one, two) = std::thread::scope(|scope| {
        let one = scope.spawn(|| Server::start(&env));
        let two = scope.spawn(|| Server::start(&env));
        (one.join().unwrap(), two.join().unwrap())
    });

    let (status, body) =
        exchange(one.addr, "POST", "/melding", FORM, &note("via de eerste")).unwrap();
    assert_eq!(status, 200, "{body}");
    let (status, body) =
        exchange(two.addr, "POST", "/en/report", FORM, &note("via de tweede")).unwrap();
    assert_eq!(status, 200, "{body}");

    let listed = Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
        .args(["reports", "list"])
        .env("HULPWIJZER_DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.contains("organisation:csg  phone  via de eerste"),
        "{listed}"
    );
    assert!(listed.contains("via de tweede"), "{listed}");

    let plan = r#"{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h", "location": {"postcode": "3511 AB"}, "lang": "nl"}"#;
    let (status, from_one) =
        exchange(one.addr, "POST", "/api/v1/plan", "application/json", plan).unwrap();
    assert_eq!(status, 200, "{from_one}");
    let (_, from_two) =
        exchange(two.addr, "POST", "/api/v1/plan", "application/json", plan).unwrap();
    assert!(from_one.contains("\"steps\""), "{from_one}");
    assert_eq!(from_one, from_two);
}
