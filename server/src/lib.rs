//! The Hulpwijzer web server: configuration, the HTTP router with its security headers,
//! compression and request log, and the pages rendered by the `app` crate.

pub mod access_log;
pub mod api;
pub mod assets;
pub mod body;
pub mod clock;
pub mod coding;
pub mod config;
pub mod cores;
pub mod directory;
pub mod errors;
pub mod fetch;
pub mod guard;
pub mod headers;
pub mod hsds;
pub mod links;
pub mod markdown;
pub mod overview;
pub mod page_cache;
pub mod pages;
pub mod questionnaire;
pub mod regions;
pub mod report_form;
pub mod reports;
pub mod routes;
pub mod search;
pub mod serve;
pub mod startup;
pub mod state;
pub mod static_files;
pub mod triage;
