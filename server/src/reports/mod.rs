//! "Klopt er iets niet?": the notes visitors send about wrong facts. [`store`] keeps them
//! (SQLite or PostgreSQL), [`limit`] caps how many one client sends. The form and its
//! checks are the core's (`hulpwijzer_core::report`); the page is `report_form`.

pub mod cli;
pub mod limit;
pub mod store;

pub use limit::{ClientKey, RateLimit};
pub use store::{Reports, StoreError, StoredReport, Which};
