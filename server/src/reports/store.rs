//! Where notes are kept: an embedded SQLite file by default (WAL; a note is on disk before
//! the visitor is thanked), or PostgreSQL when more than one server runs. One set of
//! queries serves both, through sqlx's `Any` driver; the migrations, one folder per
//! database, are compiled into the program and run at start-up (under a lock, so two
//! servers starting at once do not both migrate).

use hulpwijzer_core::report::NewReport;
use sqlx::{
    AnyPool, Row as _, SqlSafeStr as _,
    any::AnyPoolOptions,
    migrate::{Migration, MigrationType, Migrator},
};
use std::{borrow::Cow, sync::Arc, time::Duration};
use tokio::sync::OnceCell;

/// The database behind an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The database an address names: `sqlite:…` or `postgres://…` (`postgresql://…`).
    pub fn of(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }

    fn migrations(self) -> Migrator {
        let (sql, description) = match self {
            Backend::Sqlite => (
                include_str!("../../migrations/sqlite/0001_reports.sql"),
                "reports",
            ),
            Backend::Postgres => (
                include_str!("../../migrations/postgres/0001_reports.sql"),
                "reports",
            ),
        };
        Migrator::with_migrations(vec![Migration::new(
            1,
            Cow::Borrowed(description),
            MigrationType::Simple,
            sql.into_sql_str(),
            false,
        )])
    }
}

/// A note as it is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredReport {
    pub id: i64,
    /// `organisation:<id>` or `service:<id>`.
    pub about: String,
    /// The kind of problem's id (`phone`, `hours`, …).
    pub problem: String,
    pub text: String,
    pub email: Option<String>,
    /// Seconds since 1970 (UTC).
    pub received_at: i64,
    pub closed_at: Option<i64>,
}

/// Which notes to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Open,
    All,
}

/// Something the database could not do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "HULPWIJZER_DATABASE_URL must start with sqlite: or postgres://; got another kind of address"
    )]
    Address,
    #[error("could not create the folder for the database {0}: {1}")]
    Folder(String, std::io::Error),
    #[error("the database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the database's migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The notes.
#[derive(Clone, Debug)]
pub struct Reports {
    pool: AnyPool,
    backend: Backend,
    ready: Arc<OnceCell<()>>,
}

/// A SQLite address with `mode=rwc` (create the file if it is missing) unless it sets a
/// mode, and the file's folder.
fn sqlite_address(url: &str) -> (String, Option<&str>) {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = rest.split('?').next().unwrap_or_default();
    let folder = std::path::Path::new(path)
        .parent()
        .and_then(|p| p.to_str())
        .filter(|p| !p.is_empty() && !path.starts_with(':'));
    let url = if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    (url, folder)
}

/// A query for whole notes: the columns [`stored`] reads, then `$tail`.
macro_rules! select {
    ($tail:literal) => {
        concat!(
            "SELECT id, about, problem, text, email, received_at, closed_at FROM reports ",
            $tail
        )
    };
}

fn stored(row: &sqlx::any::AnyRow) -> Result<StoredReport, sqlx::Error> {
    Ok(StoredReport {
        id: row.try_get("id")?,
        about: row.try_get("about")?,
        problem: row.try_get("problem")?,
        text: row.try_get("text")?,
        email: row.try_get("email")?,
        received_at: row.try_get("received_at")?,
        closed_at: row.try_get("closed_at")?,
    })
}

impl Reports {
    /// The database at `url`, not yet opened: it is opened (for SQLite created) and its
    /// tables brought up to date by [`Reports::ready`], which every use calls first.
    pub fn connect(url: &str) -> Result<Reports, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of(url).ok_or(StoreError::Address)?;
        let options = AnyPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10));
        let pool = match backend {
            Backend::Sqlite => {
                let (url, folder) = sqlite_address(url);
                if let Some(folder) = folder {
                    std::fs::create_dir_all(folder)
                        .map_err(|e| StoreError::Folder(folder.to_owned(), e))?;
                }
                options.connect_lazy(&url)?
            }
            Backend::Postgres => options.connect_lazy(url)?,
        };
        Ok(Reports {
            pool,
            backend,
            ready: Arc::new(OnceCell::new()),
        })
    }

    /// Opens the database and runs the migrations, once; the server calls it at start-up
    /// so that a database it cannot use stops it there.
    pub async fn ready(&self) -> Result<(), StoreError> {
        self.ready
            .get_or_try_init(|| async {
                if self.backend == Backend::Sqlite {
                    // WAL is kept in the file. Every commit is synced before it returns
                    // (SQLite's default `synchronous = FULL`, which sqlx leaves alone).
                    sqlx::query("PRAGMA journal_mode = WAL")
                        .execute(&self.pool)
                        .await?;
                }
                self.backend.migrations().run(&self.pool).await?;
                Ok::<(), StoreError>(())
            })
            .await
            .copied()
    }

    /// Keeps a note received at `at` (seconds since 1970) and returns its number. When it
    /// returns, the note is committed.
    pub async fn add(&self, report: &NewReport, at: i64) -> Result<i64, StoreError> {
        self.ready().await?;
        let row = sqlx::query(
            "INSERT INTO reports (about, problem, text, email, received_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(report.about.key())
        .bind(report.problem.id())
        .bind(report.text.clone())
        .bind(report.email.clone())
        .bind(at)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("id")?)
    }

    /// The notes, oldest first.
    pub async fn list(&self, which: Which) -> Result<Vec<StoredReport>, StoreError> {
        self.ready().await?;
        let sql = match which {
            Which::Open => select!("WHERE closed_at IS NULL ORDER BY id"),
            Which::All => select!("ORDER BY id"),
        };
        let rows = sqlx::query(sql).fetch_all(&self.pool).await?;
        Ok(rows.iter().map(stored).collect::<Result<_, _>>()?)
    }

    /// One note.
    pub async fn get(&self, id: i64) -> Result<Option<StoredReport>, StoreError> {
        self.ready().await?;
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(stored).transpose()?)
    }

    /// Marks a note as dealt with at `at`; `false` when there is no open note `id`.
    pub async fn close(&self, id: i64, at: i64) -> Result<bool, StoreError> {
        self.ready().await?;
        let done =
            sqlx::query("UPDATE reports SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL")
                .bind(at)
                .bind(id)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The journal mode SQLite reports (`wal`); `None` for PostgreSQL.
    pub async fn sqlite_journal_mode(&self) -> Result<Option<String>, StoreError> {
        self.ready().await?;
        if self.backend != Backend::Sqlite {
            return Ok(None);
        }
        let row = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&self.pool)
            .await?;
        Ok(Some(row.try_get(0)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_name_their_database() {
        assert_eq!(Backend::of("sqlite:reports.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of("postgresql://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of("mysql://u@h/db"), None);
        assert_eq!(Backend::of("reports.db"), None);
    }

    #[test]
    fn a_sqlite_file_is_created_unless_a_mode_is_set() {
        assert_eq!(
            sqlite_address("sqlite:var/reports.db"),
            ("sqlite:var/reports.db?mode=rwc".to_owned(), Some("var"))
        );
        assert_eq!(
            sqlite_address("sqlite://reports.db?cache=private"),
            (
                "sqlite://reports.db?cache=private&mode=rwc".to_owned(),
                None
            )
        );
        assert_eq!(
            sqlite_address("sqlite:r.db?mode=ro"),
            ("sqlite:r.db?mode=ro".to_owned(), None)
        );
    }
}
