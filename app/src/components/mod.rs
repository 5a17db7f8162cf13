//! The building blocks of every page: layout, quick exit, emergency line, language switch,
//! footer, contact lists.

pub mod contacts;
pub mod emergency;
pub mod footer;
pub mod language_switch;
pub mod layout;
pub mod quick_exit;
