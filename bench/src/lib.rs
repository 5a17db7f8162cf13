//! Benchmarks of the directory search. `generate` writes a directory of synthetic services
//! that the real loader accepts (for the search benchmark, and to measure the server's
//! start-up with 100,000 services); `run` times the server's tantivy search against SQLite
//! FTS5 (`fts`) on the same services and the query set of `bench/queries.toml`
//! (`queries`), and `report` writes what it found as Markdown.

pub mod bare;
pub mod fts;
pub mod generate;
pub mod memory;
pub mod queries;
pub mod report;
pub mod rng;
pub mod run;
pub mod stats;
