//! Answers carried from page to page in a form's hidden fields (a POST body), never in the
//! address.

use hulpwijzer_core::triage::{Answers, form, questions::Step};
use leptos::prelude::*;

/// The hidden fields that carry the answers to every question but those in `except` (the
/// questions on screen, whose own inputs carry them).
pub fn hidden_fields(answers: &Answers, except: &[Step]) -> impl IntoView + use<> {
    form::fields(answers, except)
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view()
}
