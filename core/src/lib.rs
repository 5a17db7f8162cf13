//! Hulpwijzer's core: what the site is about, with no web framework, server or search
//! engine in it, so the browser's WebAssembly and the server share one definition of each.
//!
//! - [`vocab`]: the triage contract's vocabulary (roles, needs, settings, channels, …);
//! - [`i18n`]: every text a person reads, in Dutch and English, and facts in words;
//! - [`triage`]: a person's answers, the questionnaire, the form codec, the plan and the
//!   summary;
//! - [`report`]: "Klopt er iets niet?", a visitor's note that a fact is wrong;
//! - [`route`]: the site's pages and their addresses in both languages;
//! - [`time`]: a time of day as opening hours are written;
//! - [`page_data`]: what the server prepares for a page and the browser hydrates.
//!
//! The user interface (`app`) and the server's engine both depend on this crate; it
//! depends on neither.

pub mod i18n;
pub mod page_data;
pub mod report;
pub mod route;
pub mod time;
pub mod triage;
pub mod vocab;
