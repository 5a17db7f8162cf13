//! A real `hulpwijzer serve` process on a loopback socket, for the tests that need the
//! whole program: connections, signals, a database shared by two servers.

use std::{
    io::{BufRead as _, BufReader, Read as _, Write as _},
    net::{SocketAddr, TcpStream},
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// A running `hulpwijzer serve` over a stand-in site, stopped when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
}

impl Server {
    /// Starts the server with the given extra environment and waits until it listens.
    pub fn start(env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let regions = super::stand_in_site(dir.path());
        let database = format!("sqlite:{}", dir.path().join("reports.db").display());
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let mut child = Command::new(env!("CARGO_BIN_EXE_hulpwijzer"))
            .arg("serve")
            .env("HULPWIJZER_ADDR", "127.0.0.1:0")
            .env("HULPWIJZER_SITE_ROOT", dir.path())
            .env("HULPWIJZER_REGIONS_FILE", &regions)
            .env("HULPWIJZER_DATA_DIR", &data)
            .env("HULPWIJZER_DATABASE_URL", &database)
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let addr = loop {
            let line = lines.next().unwrap().unwrap();
            if let Some(rest) = line
                .split("addr=")
                .nth(1)
                .filter(|_| line.contains("listening"))
            {
                break rest.split_whitespace().next().unwrap().parse().unwrap();
            }
        };
        // Keep reading the log, so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Server { child, addr, dir }
    }

    pub fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(self.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream
    }

    /// Opens `count` connections that each send `start` of a request and no more, and
    /// gives the server a moment to take them.
    pub fn hold(&self, count: usize, start: &[u8]) -> Vec<TcpStream> {
        let held = (0..count)
            .map(|_| {
                let mut stream = self.connect();
                stream.write_all(start).unwrap();
                stream
            })
            .collect();
        std::thread::sleep(Duration::from_millis(300));
        held
    }

    /// Sends a whole request and returns the status line, or `None` if the connection closed.
    pub fn request(&self, raw: &str) -> Option<String> {
        let mut stream = self.connect();
        stream.write_all(raw.as_bytes()).ok()?;
        first_line(&mut stream)
    }

    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits up to `limit` for the process to end; whether it did.
    pub fn ended_within(&mut self, limit: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.child.try_wait().unwrap().is_some() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The first line the server sends, or `None` when it closes without a word.
pub fn first_line(stream: &mut TcpStream) -> Option<String> {
    let mut got = Vec::new();
    let mut byte = [0u8; 1];
    while !got.ends_with(b"\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => got.push(byte[0]),
            _ => return None,
        }
    }
    Some(String::from_utf8_lossy(&got).trim_end().to_owned())
}
