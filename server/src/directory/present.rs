//! The directory's facts as the pages, the desk overview and the plan show them: one
//! organisation, service, contact or referral route in one language, with "open now" as at
//! a given moment. The one place that turns the model into views; it knows nothing of
//! pages, routes or the triage engine.

use super::{
    dates::SourceDate,
    holidays::Place,
    hours::{self, At, Status},
    model::{Contact, Organisation, Referral, Service, VerifiedAgainst},
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{ContactView, OrgView, ServiceView, SlotView},
    triage::plan::PlanReferral,
};

/// A contact in a language, with "open now" as at the moment `at`.
pub fn contact_view(c: &Contact, lang: Lang, at: At<'_>) -> ContactView {
    let hours = c.hours.as_ref();
    let stale_hours_year = hours
        .and_then(|h| h.source_date)
        .and_then(|date| hours::stale_year(date, at.utc));
    let status = hours
        .filter(|_| stale_hours_year.is_none())
        .map(|h| hours::status(h, at));
    ContactView {
        channel: c.channel,
        value: c.value.clone(),
        href: c.href(),
        always_open: hours.is_some_and(|h| h.always),
        weekly: hours
            .map(|h| {
                h.weekly
                    .iter()
                    .map(|s| SlotView {
                        days: s.days.clone(),
                        open: s.open,
                        close: s.close,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        open_now: status.map(Status::is_open),
        holiday: matches!(status, Some(Status::Holiday(_))),
        stale_hours_year,
        source_year: c.source_date.map(SourceDate::year),
        confirmed: c.confirmed,
        source: c.source.to_string(),
        verified: c.verified.to_string(),
        verified_live: c.verified_against == VerifiedAgainst::Source,
        note: local_note(c, lang),
        cost: c.shown_cost(),
        anonymous: c.anonymous,
    }
}

/// The contact's note, after "This number only works when you call from Bonaire." for an
/// island's local number.
fn local_note(c: &Contact, lang: Lang) -> Option<String> {
    let own = c.note.as_ref().map(|n| n.get(lang).to_owned());
    let island = match c.local_on {
        Some(Place::Bonaire) => "Bonaire",
        Some(Place::SintEustatius) => "Sint Eustatius",
        Some(Place::Saba) => "Saba",
        Some(Place::Europe) | None => return own,
    };
    let local = match lang {
        Lang::Nl => format!("Dit nummer werkt alleen vanaf {island}."),
        Lang::En => format!("This number only works when you call from {island}."),
    };
    Some(match own {
        Some(own) => format!("{local} {own}"),
        None => local,
    })
}

fn service_view(s: &Service, lang: Lang, at: At<'_>) -> ServiceView {
    ServiceView {
        id: s.id.clone(),
        name: s.name.get(lang).to_owned(),
        description: s.description.get(lang).to_owned(),
        unconfirmed: s.unconfirmed.as_ref().map(|u| u.get(lang).to_owned()),
        age_min: s.age.and_then(|a| a.min),
        age_max: s.age.and_then(|a| a.max),
        contacts: s
            .contacts
            .iter()
            .map(|c| contact_view(c, lang, at))
            .collect(),
    }
}

/// An organisation in a language, with "open now" as at the moment `at`.
pub fn organisation_view(org: &Organisation, lang: Lang, at: At<'_>) -> OrgView {
    OrgView {
        id: org.id.clone(),
        name: org.name.clone(),
        website: org.website.clone(),
        description: org.description.get(lang).to_owned(),
        referral: org.referral.as_ref().map(|r| referral_view(r, lang)),
        services: org
            .services
            .iter()
            .map(|s| service_view(s, lang, at))
            .collect(),
    }
}

/// How a professional refers a client, in `lang`.
pub fn referral_view(referral: &Referral, lang: Lang) -> PlanReferral {
    PlanReferral {
        text: referral.text.get(lang).to_owned(),
        confirmed: referral.confirmed,
        sources: referral.sources.clone(),
        verified: referral.verified.to_string(),
        verified_live: referral.verified_against == VerifiedAgainst::Source,
    }
}
