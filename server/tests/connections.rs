//! The real server on a loopback socket, against clients that try to hold it: headers sent
//! a byte at a time, hundreds of such sockets at once, a body that never comes, slow
//! bodies, SIGTERM while sockets are open and with requests waiting in the listen queue
//! (docs/reliability.md lists each case).
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{
    io::{Read as _, Write as _},
    net::TcpStream,
    time::{Duration, Instant},
};

mod common;
mod support;
use support::process::{Server, first_line};

/// Seconds until the server closes `stream` (reads return 0 or fail), at most 20.
fn closed_after(stream: &mut TcpStream) -> Duration {
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while let Ok(n) = stream.read(&mut buf) {
        if n == 0 {
            break;
        }
    }
    start.elapsed()
}

const HEALTH: &str = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

#[test]
fn a_header_sent_a_byte_at_a_time_is_cut_off_at_the_header_timeout() {
    let server = Server::start(&[("HULPWIJZER_HEADER_TIMEOUT_SECS", "2")]);
    let mut slow = server.connect();
    let start = Instant::now();
    let mut closed = false;
    for byte in b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaa" {
        if slow.write_all(&[*byte]).is_err() {
            closed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let elapsed = if closed {
        start.elapsed()
    } else {
        start.elapsed() + closed_after(&mut slow)
    };
    assert!(elapsed < Duration::from_secs(4), "closed after {elapsed:?}");
    assert!(
        elapsed >= Duration::from_millis(1800),
        "closed too early: {elapsed:?}"
    );
}

#[test]
fn with_200_slow_clients_open_a_normal_request_is_answered_within_a_second() {
    let server = Server::start(&[]);
    let slow = server.hold(200, b"GET / HTTP/1.1\r\nHost: loc");
    let start = Instant::now();
    let status = server.request(HEALTH);
    assert_eq!(status.as_deref(), Some("HTTP/1.1 200 OK"));
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    drop(slow);
}

#[test]
fn past_the_connection_cap_clients_wait_and_are_served_when_a_place_frees() {
    let server = Server::start(&[
        ("HULPWIJZER_MAX_CONNECTIONS", "20"),
        ("HULPWIJZER_HEADER_TIMEOUT_SECS", "2"),
    ]);
    let held = server.hold(20, b"GET / HTTP/1.1\r\n");
    let start = Instant::now();
    let status = server.request(HEALTH);
    assert_eq!(status.as_deref(), Some("HTTP/1.1 200 OK"));
    let waited = start.elapsed();
    assert!(
        waited > Duration::from_millis(1000) && waited < Duration::from_secs(4),
        "the 21st waited {waited:?}: the 20 held places free at the header timeout"
    );
    drop(held);
}

#[test]
fn a_body_that_never_comes_is_dropped_at_the_idle_timeout_and_a_slow_one_gets_408() {
    let server = Server::start(&[
        ("HULPWIJZER_IDLE_TIMEOUT_SECS", "2"),
        ("HULPWIJZER_BODY_TIMEOUT_SECS", "2"),
        ("HULPWIJZER_HEADER_TIMEOUT_SECS", "30"),
    ]);
    // The health check does not read bodies: it answers, then nothing moves.
    let mut stream = server.connect();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n")
        .unwrap();
    assert_eq!(first_line(&mut stream).as_deref(), Some("HTTP/1.1 200 OK"));
    let after = closed_after(&mut stream);
    assert!(after < Duration::from_secs(4), "closed after {after:?}");

    // The plan reads its body: one byte every half second is too slow.
    let mut stream = server.connect();
    stream
        .write_all(b"POST /api/v1/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        .unwrap();
    let start = Instant::now();
    let mut clone = stream.try_clone().unwrap();
    let drip = std::thread::spawn(move || {
        for _ in 0..12 {
            std::thread::sleep(Duration::from_millis(500));
            if clone.write_all(b" ").is_err() {
                break;
            }
        }
    });
    assert_eq!(
        first_line(&mut stream).as_deref(),
        Some("HTTP/1.1 408 Request Timeout")
    );
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
    drip.join().unwrap();
}

#[test]
fn sigterm_lets_requests_in_flight_finish_and_exits_within_the_deadline() {
    let mut server = Server::start(&[
        ("HULPWIJZER_SHUTDOWN_SECS", "3"),
        ("HULPWIJZER_HEADER_TIMEOUT_SECS", "60"),
        ("HULPWIJZER_IDLE_TIMEOUT_SECS", "60"),
    ]);
    // One socket that holds a half-sent header, one idle, one request whose body is on its way.
    let mut holding = server.connect();
    holding.write_all(b"GET / HTTP/1.1\r\n").unwrap();
    let _idle = server.connect();
    let body = r#"{"danger_now": true}"#;
    let mut in_flight = server.connect();
    write!(
        in_flight,
        "POST /api/v1/plan HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
        body.len(),
        &body[..5]
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    server.terminate();
    std::thread::sleep(Duration::from_millis(300));
    in_flight.write_all(&body.as_bytes()[5..]).unwrap();
    assert_eq!(
        first_line(&mut in_flight).as_deref(),
        Some("HTTP/1.1 200 OK")
    );
    assert!(
        server.ended_within(Duration::from_secs(5)),
        "still running after SIGTERM"
    );
    let took = start.elapsed();
    assert!(took < Duration::from_millis(4500), "took {took:?}");
    assert!(
        TcpStream::connect_timeout(&server.addr, Duration::from_millis(500)).is_err(),
        "no longer listening"
    );
}

#[test]
fn sigterm_answers_the_requests_still_waiting_in_the_listen_queue() {
    let mut server = Server::start(&[
        ("HULPWIJZER_MAX_CONNECTIONS", "2"),
        ("HULPWIJZER_SHUTDOWN_SECS", "3"),
        ("HULPWIJZER_HEADER_TIMEOUT_SECS", "60"),
    ]);
    // Two places taken: the next connections wait in the kernel's listen queue, their
    // requests sent, not yet taken by the server.
    let held = server.hold(2, b"GET / HTTP/1.1\r\n");
    let mut waiting: Vec<TcpStream> = (0..5).map(|_| server.connect()).collect();
    for stream in &mut waiting {
        stream.write_all(HEALTH.as_bytes()).unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    server.terminate();
    for stream in &mut waiting {
        assert_eq!(first_line(stream).as_deref(), Some("HTTP/1.1 200 OK"));
    }
    assert!(
        server.ended_within(Duration::from_secs(5)),
        "still running after SIGTERM"
    );
    drop(held);
}

#[test]
fn a_connect_request_gets_a_400_and_the_server_goes_on() {
    let server = Server::start(&[]);
    for raw in [
        "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
        "GET example.com:80 HTTP/1.1\r\nHost: example.com\r\n\r\n",
        "OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    ] {
        let status = server.request(raw);
        assert_eq!(status.as_deref(), Some("HTTP/1.1 400 Bad Request"), "{raw}");
    }
    assert_eq!(server.request(HEALTH).as_deref(), Some("HTTP/1.1 200 OK"));
}
