//! A contact's facts in words, shared by the pages and the plan the server writes: its
//! opening hours ("ma, di 09:00–17:00"), their age when the source is old, what it costs,
//! and the channel's name. Plain functions, no components.

use super::{Lang, Text, t};
use crate::{
    page_data::{ContactView, SlotView},
    vocab::{Channel, Cost, Day},
};

const fn day_label(day: Day) -> Text {
    match day {
        Day::Mon => Text::DayMon,
        Day::Tue => Text::DayTue,
        Day::Wed => Text::DayWed,
        Day::Thu => Text::DayThu,
        Day::Fri => Text::DayFri,
        Day::Sat => Text::DaySat,
        Day::Sun => Text::DaySun,
    }
}

/// The words for a contact's cost: "Gratis" only for `Free`, which the server sets only
/// for a contact that is free to reach.
pub const fn cost_label(cost: Cost) -> Text {
    match cost {
        Cost::Free => Text::CostFree,
        Cost::LocalRate => Text::CostLocalRate,
        Cost::Paid => Text::CostPaid,
        Cost::Unknown => Text::CostUnknown,
    }
}

/// The label of a contact channel.
pub const fn channel_label(channel: Channel) -> Text {
    match channel {
        Channel::Phone => Text::ChannelPhone,
        Channel::Chat => Text::ChannelChat,
        Channel::Whatsapp => Text::ChannelWhatsapp,
        Channel::Email => Text::ChannelEmail,
        Channel::WalkIn => Text::ChannelWalkIn,
        Channel::OnlineForm => Text::ChannelOnlineForm,
        Channel::Website => Text::ChannelWebsite,
    }
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
            let days: Vec<&str> = slot.days.iter().map(|d| t(day_label(*d), lang)).collect();
            format!("{} {}–{}", days.join(", "), slot.open, slot.close)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A contact's hours in words ("Dag en nacht, elke dag", "ma, di 09:00–17:00"); `None`
/// when they are not known.
pub fn hours_words(lang: Lang, contact: &ContactView) -> Option<String> {
    (contact.always_open || !contact.weekly.is_empty())
        .then(|| hours_text(lang, contact.always_open, &contact.weekly))
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
