//! The pages' content, one component per page; the layout around them is in `components`.

pub mod about;
pub mod directory;
pub mod error;
pub mod home;
pub mod not_found;
pub mod organisation;
pub mod overview;
pub mod report;
pub mod safety;
pub mod triage;
