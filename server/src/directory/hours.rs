//! Whether a contact is open at a given moment, in its own time zone: Europe/Amsterdam
//! (UTC+1, and UTC+2 from the last Sunday of March to the last Sunday of October, switching
//! at 01:00 UTC as the EU rules say) or America/Kralendijk (UTC−4 all year, no summer time).

use super::model::{Day, Hours, TimeZone};
use super::validate::minutes;

/// A moment on a local clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub weekday: Day,
    /// Minutes since local midnight.
    pub minutes: u16,
}

const DAY_SECONDS: i64 = 86_400;
const WEEK: [Day; 7] = [
    Day::Thu,
    Day::Fri,
    Day::Sat,
    Day::Sun,
    Day::Mon,
    Day::Tue,
    Day::Wed,
];

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn month_lengths(year: i64) -> [i64; 12] {
    [
        31,
        if is_leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ]
}

/// Days since 1970-01-01 of a calendar date (from 1970 on).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let years: i64 = (1970..year)
        .map(|y| if is_leap(y) { 366 } else { 365 })
        .sum();
    let months: i64 = month_lengths(year)
        .iter()
        .take(month.saturating_sub(1) as usize)
        .sum();
    years + months + i64::from(day) - 1
}

/// The calendar date of a day count since 1970-01-01 (from 1970 on).
pub fn civil_from_days(mut days: i64) -> (i64, u32, u32) {
    let mut year = 1970;
    loop {
        let length = if is_leap(year) { 366 } else { 365 };
        if days < length {
            break;
        }
        days -= length;
        year += 1;
    }
    let mut month = 1;
    for length in month_lengths(year) {
        if days < length {
            break;
        }
        days -= length;
        month += 1;
    }
    (year, month, u32::try_from(days + 1).unwrap_or(1))
}

/// The UTC second at which summer time starts or ends in the EU: 01:00 UTC on the last
/// Sunday of `month`.
fn last_sunday_one_utc(year: i64, month: u32) -> i64 {
    let last_day = days_from_civil(year, month + 1, 1) - 1;
    let weekday = last_day.rem_euclid(7) as usize;
    let back = (7 + weekday - 3) % 7;
    (last_day - back as i64) * DAY_SECONDS + 3_600
}

/// The offset from UTC, in seconds, of a time zone at a UTC moment.
pub fn offset(zone: TimeZone, utc: i64) -> i64 {
    match zone {
        TimeZone::Kralendijk => -4 * 3_600,
        TimeZone::Amsterdam => {
            let (year, _, _) = civil_from_days(utc.div_euclid(DAY_SECONDS));
            let summer = last_sunday_one_utc(year, 3) <= utc && utc < last_sunday_one_utc(year, 10);
            if summer { 2 * 3_600 } else { 3_600 }
        }
    }
}

/// The local clock in a time zone at a UTC moment (seconds since 1970).
pub fn local(zone: TimeZone, utc: i64) -> LocalTime {
    let at = utc + offset(zone, utc);
    let days = at.div_euclid(DAY_SECONDS);
    let (year, month, day) = civil_from_days(days);
    LocalTime {
        year,
        month,
        day,
        weekday: WEEK[days.rem_euclid(7) as usize],
        minutes: u16::try_from(at.rem_euclid(DAY_SECONDS) / 60).unwrap_or(0),
    }
}

/// Whether `hours` are open at the UTC moment `utc`: exceptions for the local date first,
/// then the weekly schedule.
pub fn is_open(hours: &Hours, utc: i64) -> bool {
    if hours.always {
        return true;
    }
    let now = local(hours.timezone, utc);
    let date = format!("{:04}-{:02}-{:02}", now.year, now.month, now.day);
    let within = |open: &str, close: &str| match (minutes(open), minutes(close)) {
        (Some(open), Some(close)) => open <= now.minutes && now.minutes < close,
        _ => false,
    };
    if let Some(exception) = hours.exceptions.iter().find(|e| e.date == date) {
        return match (&exception.open, &exception.close) {
            (Some(open), Some(close)) if !exception.closed => within(open, close),
            _ => false,
        };
    }
    hours
        .weekly
        .iter()
        .any(|slot| slot.days.contains(&now.weekday) && within(&slot.open, &slot.close))
}

/// How old the source of opening hours may be before the hours stop counting.
pub const HOURS_STALE_AFTER_YEARS: i16 = 2;

/// The last day a source date can mean: `2019` is 2019-12-31, `2019-05` is 2019-05-31,
/// `2019-05-14` is that day; `None` when the text is none of these.
///
/// ```
/// use server::directory::hours::latest_day;
/// assert_eq!(latest_day("2019").unwrap().to_string(), "2019-12-31");
/// assert_eq!(latest_day("2024-02").unwrap().to_string(), "2024-02-29");
/// assert_eq!(latest_day("2023-02-28").unwrap().to_string(), "2023-02-28");
/// assert!(latest_day("2023-02-29").is_none());
/// assert!(latest_day("2019-5").is_none());
/// ```
pub fn latest_day(text: &str) -> Option<jiff::civil::Date> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y] => jiff::civil::Date::new(number(y, 4)?, 12, 31).ok(),
        [y, m] => {
            let month = i8::try_from(number(m, 2)?).ok()?;
            Some(
                jiff::civil::Date::new(number(y, 4)?, month, 1)
                    .ok()?
                    .last_of_month(),
            )
        }
        [y, m, d] => jiff::civil::Date::new(
            number(y, 4)?,
            i8::try_from(number(m, 2)?).ok()?,
            i8::try_from(number(d, 2)?).ok()?,
        )
        .ok(),
        _ => None,
    }
}

/// The year of the hours' source, when that source is more than
/// [`HOURS_STALE_AFTER_YEARS`] years old at the UTC second `now`; `None` when the hours are
/// recent enough or their source has no date.
///
/// ```
/// use server::directory::hours::stale_year;
/// let december_2026 = 1_796_083_200; // 2026-12-01 00:00 UTC
/// assert_eq!(stale_year("2019", december_2026), Some(2019));
/// assert_eq!(stale_year("2024-11-30", december_2026), Some(2024));
/// assert_eq!(stale_year("2024-12-01", december_2026), None);
/// assert_eq!(stale_year("2025", december_2026), None);
/// ```
pub fn stale_year(source_date: &str, now: i64) -> Option<i16> {
    let day = latest_day(source_date)?;
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
    use crate::directory::model::{Exception, Slot};

    fn utc(year: i64, month: u32, day: u32, hour: i64, minute: i64) -> i64 {
        days_from_civil(year, month, day) * DAY_SECONDS + hour * 3_600 + minute * 60
    }

    #[test]
    fn dates_round_trip() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2024, 2, 29),
            (2026, 11, 28),
            (2026, 12, 31),
            (2100, 3, 1),
        ] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(2026, 11, 28), 20_785);
    }

    #[test]
    fn amsterdam_switches_to_summer_time_on_the_last_sunday_of_march() {
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        assert_eq!(offset(TimeZone::Amsterdam, utc(2026, 3, 29, 0, 59)), 3_600);
        assert_eq!(offset(TimeZone::Amsterdam, utc(2026, 3, 29, 1, 0)), 7_200);
        assert_eq!(offset(TimeZone::Amsterdam, utc(2026, 10, 25, 0, 59)), 7_200);
        assert_eq!(offset(TimeZone::Amsterdam, utc(2026, 10, 25, 1, 0)), 3_600);
        let summer = local(TimeZone::Amsterdam, utc(2026, 7, 1, 9, 30));
        assert_eq!((summer.weekday, summer.minutes), (Day::Wed, 11 * 60 + 30));
        let kralendijk = local(TimeZone::Kralendijk, utc(2026, 11, 28, 2, 0));
        assert_eq!(
            (kralendijk.day, kralendijk.weekday, kralendijk.minutes),
            (27, Day::Fri, 22 * 60)
        );
    }

    #[test]
    fn opening_hours_follow_the_local_clock_and_exceptions() {
        let hours = Hours {
            always: false,
            weekly: vec![Slot {
                days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
                open: "09:00".into(),
                close: "17:00".into(),
            }],
            exceptions: vec![Exception {
                date: "2026-12-25".into(),
                closed: true,
                open: None,
                close: None,
            }],
            timezone: TimeZone::Amsterdam,
            source_date: None,
        };
        // Friday 27 November 2026, 08:30 UTC is 09:30 in Amsterdam (winter time).
        assert!(is_open(&hours, utc(2026, 11, 27, 8, 30)));
        assert!(
            !is_open(&hours, utc(2026, 11, 27, 7, 59)),
            "08:59 local is before opening"
        );
        assert!(
            !is_open(&hours, utc(2026, 11, 27, 16, 0)),
            "17:00 local is closed"
        );
        assert!(!is_open(&hours, utc(2026, 11, 28, 10, 0)), "Saturday");
        assert!(
            !is_open(&hours, utc(2026, 12, 25, 10, 0)),
            "Christmas exception"
        );
        let on_bonaire = Hours {
            timezone: TimeZone::Kralendijk,
            ..hours
        };
        assert!(
            is_open(&on_bonaire, utc(2026, 11, 27, 13, 30)),
            "09:30 in Kralendijk"
        );
        assert!(
            !is_open(&on_bonaire, utc(2026, 11, 27, 8, 30)),
            "04:30 in Kralendijk"
        );
    }
}
