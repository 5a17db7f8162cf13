//! The building blocks of every page: layout, quick exit, emergency line, language switch,
//! footer, contact lists, the help plan and its summary.

pub mod contacts;
pub mod emergency;
pub mod footer;
pub mod language_switch;
pub mod layout;
pub mod plan;
pub mod quick_exit;
pub mod summary;
