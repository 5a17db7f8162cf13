//! Databases for the tests: a SQLite file in a temporary folder, and a new, empty
//! database on the test PostgreSQL server that `.ci/test` starts (`.ci/postgres start`)
//! and names in `HULPWIJZER_TEST_POSTGRES_URL`.

use sqlx::{AssertSqlSafe, Connection as _};
use std::sync::atomic::{AtomicUsize, Ordering};

static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// The test server's address; the tests cannot run without one.
pub fn postgres_server() -> String {
    std::env::var("HULPWIJZER_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!(
            "HULPWIJZER_TEST_POSTGRES_URL must name a PostgreSQL server: \
             run `bash .ci/postgres start` and export the address it prints (.ci/test does)"
        )
    })
}

/// A new, empty database on the test server; its address.
pub async fn fresh_postgres() -> String {
    let server = postgres_server();
    sqlx::any::install_default_drivers();
    let name = format!(
        "hulpwijzer_test_{}_{}",
        std::process::id(),
        DATABASES.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = sqlx::AnyConnection::connect(&server).await.unwrap();
    sqlx::query(AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap();
    let base = server
        .rsplit_once('/')
        .map_or(server.as_str(), |(base, _)| base);
    format!("{base}/{name}")
}

/// An address for a SQLite file in `dir`.
pub fn sqlite_in(dir: &std::path::Path) -> String {
    format!("sqlite:{}", dir.join("reports.db").display())
}
