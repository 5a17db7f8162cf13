//! The building blocks of every page: layout, quick exit, emergency line, language switch,
//! footer, answers carried in hidden fields, contact lists, referral routes, the help plan
//! and its summary, "Klopt er iets niet?",
//! and the one way text goes into a `<textarea>`.

pub mod carried;
pub mod contacts;
pub mod emergency;
pub mod footer;
pub mod language_switch;
pub mod layout;
pub mod plan;
pub mod quick_exit;
pub mod referral;
pub mod report;
pub mod summary;
pub mod text_box;
