//! A service's contacts: a tap-to-call or open link for each, its opening hours, what it
//! costs and whether it can be used anonymously, and where the fact comes from and when it was last checked, with a visible note when it is not
//! confirmed.

use crate::{
    i18n::{Lang, Text, channel_label, t},
    page_data::{ContactView, SlotView},
};
use leptos::prelude::*;

fn day_label(day: &str) -> Text {
    match day {
        "mon" => Text::DayMon,
        "tue" => Text::DayTue,
        "wed" => Text::DayWed,
        "thu" => Text::DayThu,
        "fri" => Text::DayFri,
        "sat" => Text::DaySat,
        _ => Text::DaySun,
    }
}

/// The words for a contact's cost (`free`, `local_rate`, `paid`, `unknown`): "Gratis" only
/// for `free`, which the server sets only for a contact that is free to reach.
pub fn cost_label(cost: &str) -> Text {
    match cost {
        "free" => Text::CostFree,
        "local_rate" => Text::CostLocalRate,
        "paid" => Text::CostPaid,
        _ => Text::CostUnknown,
    }
}

/// Whether someone answers this way only at certain hours (a phone, chat, WhatsApp or a
/// door): an e-mail address, a form or a web page takes a message at any time, so it gets
/// no line about opening hours.
pub fn has_hours(channel: &str) -> bool {
    matches!(channel, "phone" | "chat" | "whatsapp" | "walk_in")
}

/// "ma, di, wo 09:00–17:00" for each slot, or "day and night" / "not known".
pub fn hours_text(lang: Lang, always: bool, weekly: &[SlotView]) -> String {
    if always {
        return t(Text::HoursAlways, lang).to_owned();
    }
    if weekly.is_empty() {
        return t(Text::HoursUnknown, lang).to_owned();
    }
    weekly
        .iter()
        .map(|slot| {
            let days: Vec<&str> = slot.days.iter().map(|d| t(day_label(d), lang)).collect();
            format!("{} {}–{}", days.join(", "), slot.open, slot.close)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

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

/// The hours in words, followed, when their source is old (`stale_year`), by "Opening
/// hours from 2019, may have changed."
pub fn hours_with_age(lang: Lang, hours: String, stale_year: Option<i16>) -> String {
    match stale_year {
        Some(year) => format!(
            "{hours}. {} {year}, {}.",
            t(Text::HoursFrom, lang),
            t(Text::HoursMayHaveChanged, lang)
        ),
        None => hours,
    }
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
            view! { {(i > 0).then_some(", ")} <a href=href rel="noreferrer">{source}</a> }
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
                t(if a { Text::AnonymousPossible } else { Text::NotAnonymous }, lang)
            });
            let facts = std::iter::once(t(cost_label(&c.cost), lang))
                .chain(anonymous)
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <li class="contact">
                    <a class="contact-action" href=c.href rel="noreferrer">
                        <span class="contact-channel">{t(channel_label(&c.channel), lang)}</span>
                        " "
                        <span class="contact-value">{c.display}</span>
                    </a>
                    {has_hours(&c.channel).then(|| view! {
                        <p class="contact-hours">
                            {open_badge(lang, c.open_now, c.holiday).map(|badge| view! { {badge} " " })}
                            {hours_with_age(lang, hours, c.stale_hours_year)}
                        </p>
                    })}
                    <p class="contact-facts">{facts}</p>
                    {c.note.map(|note| view! { <p class="contact-note">{note}</p> })}
                    {(!c.confirmed).then(|| view! { <p class="unconfirmed">{t(Text::Unconfirmed, lang)}</p> })}
                    <Provenance lang verified=c.verified verified_live=c.verified_live sources=vec![c.source] source_year=c.source_year />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="contacts">{items}</ul> }.into_any()
}
