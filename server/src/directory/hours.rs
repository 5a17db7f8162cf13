//! Whether a contact is open at a given moment, on the clock of its own time zone
//! (Europe/Amsterdam or America/Kralendijk, from jiff's bundled time-zone database), and
//! whether a public holiday there may close a line that only has weekday hours.

use super::dates::{SourceDate, TimeOfDay};
use super::holidays::{Holiday, Holidays, Place};
use super::model::{Day, Hours, TimeZone};
use jiff::{Timestamp, civil::DateTime, civil::Weekday, tz};
use std::sync::LazyLock;

/// The time zone's rules from the bundled database. Both names are in every release of
/// the database (a unit test checks), so the UTC fallback is never used.
fn rules(zone: TimeZone) -> &'static tz::TimeZone {
    static AMSTERDAM: LazyLock<tz::TimeZone> =
        LazyLock::new(|| tz::TimeZone::get("Europe/Amsterdam").unwrap_or(tz::TimeZone::UTC));
    static KRALENDIJK: LazyLock<tz::TimeZone> =
        LazyLock::new(|| tz::TimeZone::get("America/Kralendijk").unwrap_or(tz::TimeZone::UTC));
    match zone {
        TimeZone::Amsterdam => &AMSTERDAM,
        TimeZone::Kralendijk => &KRALENDIJK,
    }
}

/// The local date and time in a time zone at a UTC moment (seconds since 1970).
pub fn local(zone: TimeZone, utc: i64) -> DateTime {
    let moment = Timestamp::from_second(utc).unwrap_or(Timestamp::UNIX_EPOCH);
    rules(zone).to_datetime(moment)
}

/// The directory's day of the week for jiff's.
fn day(weekday: Weekday) -> Day {
    match weekday {
        Weekday::Monday => Day::Mon,
        Weekday::Tuesday => Day::Tue,
        Weekday::Wednesday => Day::Wed,
        Weekday::Thursday => Day::Thu,
        Weekday::Friday => Day::Fri,
        Weekday::Saturday => Day::Sat,
        Weekday::Sunday => Day::Sun,
    }
}

/// A moment and the holidays to read it against: what "open now" needs.
#[derive(Clone, Copy, Debug)]
pub struct At<'a> {
    /// Seconds since 1970 (UTC).
    pub utc: i64,
    pub holidays: &'a Holidays,
}

/// Office hours, as a plan reads them for a line whose source says only "during office
/// hours": Monday to Friday from 09:00 to 17:00 on the clock of `zone`, not on a public
/// holiday of `place`. Outside them such a line is not the first step when a 24/7 one fits.
pub fn office_hours(at: At<'_>, zone: TimeZone, place: Place) -> bool {
    let now = local(zone, at.utc);
    let weekday = !matches!(now.weekday(), Weekday::Saturday | Weekday::Sunday);
    weekday && (9..17).contains(&now.hour()) && at.holidays.on(now.date(), &[place]).is_none()
}

/// What opening hours say about a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status<'a> {
    Open,
    Closed,
    /// A public holiday where the line is, and it only has weekday hours: it may well be
    /// closed, so it counts as closed.
    Holiday(&'a Holiday),
}

impl Status<'_> {
    pub fn is_open(self) -> bool {
        self == Status::Open
    }
}

/// Whether `hours` are open at the moment `at`: an exception for the local date first, then
/// a public holiday (for weekday hours), then the weekly schedule.
pub fn status<'a>(hours: &Hours, at: At<'a>) -> Status<'a> {
    if hours.always {
        return Status::Open;
    }
    let now = local(hours.timezone, at.utc);
    let date = now.date();
    let minute = u16::try_from(i32::from(now.hour()) * 60 + i32::from(now.minute())).unwrap_or(0);
    let within =
        |open: TimeOfDay, close: TimeOfDay| open.minutes() <= minute && minute < close.minutes();
    let open_or_closed = |open: bool| if open { Status::Open } else { Status::Closed };
    if let Some(exception) = hours.exceptions.iter().find(|e| e.date == date) {
        return open_or_closed(match (exception.open, exception.close) {
            (Some(open), Some(close)) if !exception.closed => within(open, close),
            _ => false,
        });
    }
    if weekdays_only(hours)
        && let Some(holiday) = at.holidays.on(now.date(), &hours.places)
    {
        return Status::Holiday(holiday);
    }
    let today = day(now.weekday());
    open_or_closed(
        hours
            .weekly
            .iter()
            .any(|slot| slot.days.contains(&today) && within(slot.open, slot.close)),
    )
}

/// Whether a weekly schedule only has hours from Monday to Friday (an office line).
pub fn weekdays_only(hours: &Hours) -> bool {
    !hours.always
        && !hours.weekly.is_empty()
        && hours
            .weekly
            .iter()
            .flat_map(|slot| &slot.days)
            .all(|d| !matches!(d, Day::Sat | Day::Sun))
}

/// How old the source of opening hours may be before the hours stop counting.
pub const HOURS_STALE_AFTER_YEARS: i16 = 2;

/// The year of the hours' source, when that source is more than
/// [`HOURS_STALE_AFTER_YEARS`] years old at the UTC second `now`; `None` when the hours are
/// recent enough or their source has no date.
///
/// ```
/// use server::directory::{dates::SourceDate, hours::stale_year};
/// let december_2026 = 1_796_083_200; // 2026-12-01 00:00 UTC
/// let stale = |text| stale_year(SourceDate::parse(text).unwrap(), december_2026);
/// assert_eq!(stale("2019"), Some(2019));
/// assert_eq!(stale("2024-11-30"), Some(2024));
/// assert_eq!(stale("2024-12-01"), None);
/// assert_eq!(stale("2025"), None);
/// ```
pub fn stale_year(source_date: SourceDate, now: i64) -> Option<i16> {
    let day = source_date.latest_day();
    let today = jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::from_second(now).ok()?)
        .date();
    let limit = today
        .checked_sub(jiff::Span::new().years(HOURS_STALE_AFTER_YEARS))
        .ok()?;
    (day < limit).then_some(day.year())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::holidays::Place;
    use crate::directory::model::{Exception, Slot};

    /// The UTC second of a moment written in RFC 3339.
    fn utc(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_second()
    }

    fn holidays() -> Holidays {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/holidays.toml");
        toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn office(zone: TimeZone, places: Vec<Place>) -> Hours {
        Hours {
            always: false,
            weekly: vec![Slot {
                days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
                open: TimeOfDay::parse("09:00").unwrap(),
                close: TimeOfDay::parse("17:00").unwrap(),
            }],
            exceptions: vec![Exception {
                date: jiff::civil::date(2026, 12, 24),
                closed: false,
                open: TimeOfDay::parse("09:00"),
                close: TimeOfDay::parse("12:00"),
            }],
            timezone: zone,
            source_date: None,
            places,
        }
    }

    #[test]
    fn office_hours_are_weekdays_nine_to_five_on_the_local_clock_but_not_on_a_holiday() {
        let holidays = holidays();
        let office = |moment: &str, zone, place| {
            let at = At {
                utc: utc(moment),
                holidays: &holidays,
            };
            office_hours(at, zone, place)
        };
        let (nl, europe) = (TimeZone::Amsterdam, Place::Europe);
        assert!(
            office("2026-12-02T14:00:00+01:00", nl, europe),
            "a Wednesday afternoon"
        );
        assert!(office("2026-12-02T09:00:00+01:00", nl, europe));
        assert!(
            !office("2026-12-02T17:00:00+01:00", nl, europe),
            "five o'clock"
        );
        assert!(!office("2026-12-02T23:35:00+01:00", nl, europe), "at night");
        assert!(
            !office("2026-12-05T11:00:00+01:00", nl, europe),
            "a Saturday"
        );
        assert!(
            !office("2026-12-25T11:00:00+01:00", nl, europe),
            "Christmas Day"
        );
        // 14:00 in Amsterdam is 09:00 on Bonaire: office hours there too; 08:00 is not.
        let (bq, bonaire) = (TimeZone::Kralendijk, Place::Bonaire);
        assert!(office("2026-12-02T14:00:00+01:00", bq, bonaire));
        assert!(!office("2026-12-02T13:00:00+01:00", bq, bonaire));
    }

    #[test]
    fn both_time_zones_are_in_the_bundled_database() {
        assert!(tz::TimeZone::get("Europe/Amsterdam").is_ok());
        assert!(tz::TimeZone::get("America/Kralendijk").is_ok());
    }

    #[test]
    fn amsterdam_switches_to_summer_time_on_the_last_sunday_of_march() {
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        let hour = |t: &str| local(TimeZone::Amsterdam, utc(t)).hour();
        assert_eq!(hour("2026-03-29T00:59:00Z"), 1);
        assert_eq!(hour("2026-03-29T01:00:00Z"), 3);
        assert_eq!(hour("2026-10-25T00:59:00Z"), 2);
        assert_eq!(hour("2026-10-25T01:00:00Z"), 2);
        let summer = local(TimeZone::Amsterdam, utc("2026-07-01T09:30:00Z"));
        assert_eq!((day(summer.weekday()), summer.hour()), (Day::Wed, 11));
        let kralendijk = local(TimeZone::Kralendijk, utc("2026-11-28T02:00:00Z"));
        assert_eq!(
            (
                kralendijk.day(),
                day(kralendijk.weekday()),
                kralendijk.hour()
            ),
            (27, Day::Fri, 22)
        );
    }

    #[test]
    fn opening_hours_follow_the_local_clock_exceptions_and_holidays() {
        let holidays = holidays();
        let hours = office(TimeZone::Amsterdam, vec![Place::Europe]);
        let at = |t: &str| {
            status(
                &hours,
                At {
                    utc: utc(t),
                    holidays: &holidays,
                },
            )
        };
        // Friday 27 November 2026, 08:30 UTC is 09:30 in Amsterdam (winter time).
        assert_eq!(at("2026-11-27T08:30:00Z"), Status::Open);
        assert_eq!(at("2026-11-27T07:59:00Z"), Status::Closed, "08:59 local");
        assert_eq!(at("2026-11-27T16:00:00Z"), Status::Closed, "17:00 local");
        assert_eq!(at("2026-11-28T10:00:00Z"), Status::Closed, "Saturday");
        assert_eq!(at("2026-12-24T10:00:00Z"), Status::Open, "exception: 09–12");
        assert_eq!(
            at("2026-12-24T12:00:00Z"),
            Status::Closed,
            "exception: 13:00"
        );
        assert!(
            matches!(at("2026-12-25T10:00:00Z"), Status::Holiday(h) if h.id == "eerste-kerstdag")
        );
        assert!(
            matches!(at("2026-05-14T10:00:00Z"), Status::Holiday(h) if h.id == "hemelvaartsdag")
        );
        assert_eq!(
            at("2026-05-01T10:00:00Z"),
            Status::Open,
            "Labour Day is not a holiday here"
        );

        let on_bonaire = office(TimeZone::Kralendijk, vec![Place::Bonaire]);
        let at = |t: &str| {
            status(
                &on_bonaire,
                At {
                    utc: utc(t),
                    holidays: &holidays,
                },
            )
        };
        assert_eq!(
            at("2026-11-27T13:30:00Z"),
            Status::Open,
            "09:30 in Kralendijk"
        );
        assert_eq!(
            at("2026-11-27T08:30:00Z"),
            Status::Closed,
            "04:30 in Kralendijk"
        );
        assert!(
            matches!(at("2026-09-07T13:30:00Z"), Status::Open),
            "Monday after Bonaire Day"
        );
        assert!(
            matches!(at("2026-05-01T13:30:00Z"), Status::Holiday(h) if h.id == "dag-van-de-arbeid")
        );
        // Christmas Day on Bonaire begins four hours after it does in Amsterdam.
        assert_eq!(
            at("2026-12-25T03:00:00Z"),
            Status::Closed,
            "23:00 on the 24th"
        );
        assert!(matches!(at("2026-12-25T13:00:00Z"), Status::Holiday(_)));
    }

    #[test]
    fn only_weekday_hours_give_way_to_a_holiday() {
        let holidays = holidays();
        let mut every_day = office(TimeZone::Amsterdam, vec![Place::Europe]);
        every_day.weekly[0].days.extend([Day::Sat, Day::Sun]);
        let christmas = At {
            utc: utc("2026-12-25T10:00:00Z"),
            holidays: &holidays,
        };
        assert_eq!(status(&every_day, christmas), Status::Open);
        let always = Hours {
            always: true,
            weekly: vec![],
            ..every_day
        };
        assert!(!weekdays_only(&always));
        assert_eq!(status(&always, christmas), Status::Open);
    }
}
