//! How a professional refers a client to an organisation: the route in plain words, a
//! visible note when it is not confirmed, and its sources with the last-checked date.

use crate::components::contacts::Provenance;
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    triage::plan::PlanReferral,
};
use leptos::prelude::*;

/// The route with where it comes from; the heading is the caller's.
#[component]
pub fn ReferralFacts(lang: Lang, referral: PlanReferral) -> impl IntoView {
    view! {
        <p>{referral.text}</p>
        {(!referral.confirmed)
            .then(|| view! { <p class="unconfirmed">{t(Text::Unconfirmed, lang)}</p> })}
        <Provenance
            lang
            verified=referral.verified
            verified_live=referral.verified_live
            sources=referral.sources
        />
    }
}
