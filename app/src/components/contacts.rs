//! A service's contacts: a tap-to-call or open link for each, its opening hours, what it
//! costs and whether it can be used anonymously, and where the fact comes from and when it was last checked, with a visible note when it is not
//! confirmed.

use hulpwijzer_core::{
    i18n::{
        Lang, Text,
        facts::{channel_label, cost_label, hours_text, hours_with_age},
        t,
    },
    page_data::ContactView,
};
use leptos::prelude::*;

/// "Nu open", "Nu gesloten" or, on a public holiday for a line with weekday hours only,
/// "Vandaag mogelijk gesloten (feestdag)"; nothing when the hours are not known.
pub fn open_badge(lang: Lang, open_now: Option<bool>, holiday: bool) -> Option<impl IntoView> {
    let (class, text) = match open_now? {
        true => ("open-now", Text::OpenNow),
        false if holiday => ("closed-now", Text::HolidayMaybeClosed),
        false => ("closed-now", Text::ClosedNow),
    };
    Some(view! { <strong class=class>{t(text, lang)}</strong> })
}

/// Where a fact comes from and when it was last checked, with the source's year where it
/// is known ("bron uit 2019"), so an old fact does not look fresh.
#[component]
pub fn Provenance(
    lang: Lang,
    verified: String,
    verified_live: bool,
    sources: Vec<String>,
    #[prop(default = None)] source_year: Option<i16>,
) -> impl IntoView {
    let verified = match source_year {
        Some(year) => format!("{verified} ({} {year})", t(Text::SourceFrom, lang)),
        None => verified,
    };
    let checked = if verified_live {
        format!("{}: {verified}", t(Text::LastChecked, lang))
    } else {
        format!(
            "{}: {verified}, {}",
            t(Text::LastChecked, lang),
            t(Text::CheckedInDossier, lang)
        )
    };
    let label = t(
        if sources.len() > 1 {
            Text::Sources
        } else {
            Text::Source
        },
        lang,
    );
    let links = sources
        .into_iter()
        .enumerate()
        .map(|(i, source)| {
            let href = source.clone();
            view! {
                {(i > 0).then_some(", ")}
                <a href=href rel="noreferrer">
                    {source}
                </a>
            }
        })
        .collect_view();
    view! { <p class="provenance">{checked} ". " {label} ": " {links}</p> }
}

/// The contacts of one service.
#[component]
pub fn ContactList(lang: Lang, contacts: Vec<ContactView>) -> impl IntoView {
    if contacts.is_empty() {
        return view! { <p class="no-contacts">{t(Text::NoContacts, lang)}</p> }.into_any();
    }
    let items = contacts
        .into_iter()
        .map(|c| {
            let hours = hours_text(lang, c.always_open, &c.weekly);
            let anonymous = c.anonymous.map(|a| {
                t(
                    if a {
                        Text::AnonymousPossible
                    } else {
                        Text::NotAnonymous
                    },
                    lang,
                )
            });
            let facts = std::iter::once(t(cost_label(c.cost), lang))
                .chain(anonymous)
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <li class="contact">
                    <a class="contact-action" href=c.href rel="noreferrer">
                        <span class="contact-channel">{t(channel_label(c.channel), lang)}</span>
                        " "
                        <span class="contact-value">{c.value}</span>
                    </a>
                    {c
                        .channel
                        .has_hours()
                        .then(|| {
                            view! {
                                <p class="contact-hours">
                                    {open_badge(lang, c.open_now, c.holiday)
                                        .map(|badge| {
                                            view! {
                                                {badge}
                                                " "
                                            }
                                        })} {hours_with_age(lang, hours, c.stale_hours_year)}
                                </p>
                            }
                        })}
                    <p class="contact-facts">{facts}</p>
                    {c.note.map(|note| view! { <p class="contact-note">{note}</p> })}
                    {(!c.confirmed)
                        .then(|| view! { <p class="unconfirmed">{t(Text::Unconfirmed, lang)}</p> })}
                    <Provenance
                        lang
                        verified=c.verified
                        verified_live=c.verified_live
                        sources=vec![c.source]
                        source_year=c.source_year
                    />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="contacts">{items}</ul> }.into_any()
}
