//! The dates and times the directory holds, parsed once when the data is loaded: a day
//! (`2026-11-28`, a jiff civil date), a time on a 24-hour clock (`09:00`, the core's
//! [`TimeOfDay`], shared with the pages) and a source's date, which may be only a
//! year or a month (`2019`, `2024-02`). A value that does not parse stops the load with
//! the file, line and field, so nothing after the load re-reads a date or a time.

pub use hulpwijzer_core::time::TimeOfDay;
use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Reads a day written `YYYY-MM-DD`, a day that exists (no 30 February).
pub fn day<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_day(&text).ok_or_else(|| {
        serde::de::Error::custom(format!("{text:?} must be a date written YYYY-MM-DD"))
    })
}

/// A day written `YYYY-MM-DD` that exists; `None` for anything else.
pub fn parse_day(text: &str) -> Option<Date> {
    (text.len() == 10).then(|| text.parse().ok()).flatten()
}

/// The date of a source as precisely as it is known: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SourceDate {
    /// The last day the date can mean: `2019` is 2019-12-31, `2019-05` is 2019-05-31.
    latest: Date,
    precision: Precision,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Precision {
    Year,
    Month,
    Day,
}

impl SourceDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else or a day that does not
    /// exist.
    ///
    /// ```
    /// use server::directory::dates::SourceDate;
    /// let day = |text| SourceDate::parse(text).map(|d| d.latest_day().to_string());
    /// assert_eq!(day("2019").as_deref(), Some("2019-12-31"));
    /// assert_eq!(day("2024-02").as_deref(), Some("2024-02-29"));
    /// assert_eq!(day("2023-02-28").as_deref(), Some("2023-02-28"));
    /// assert_eq!(day("2023-02-29"), None);
    /// assert_eq!(day("2019-5"), None);
    /// ```
    pub fn parse(text: &str) -> Option<SourceDate> {
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i16>().ok())
                .flatten()
        };
        let small = |s: &str| number(s, 2).and_then(|n| i8::try_from(n).ok());
        let parts: Vec<&str> = text.split('-').collect();
        let (latest, precision) = match parts.as_slice() {
            [y] => (Date::new(number(y, 4)?, 12, 31).ok()?, Precision::Year),
            [y, m] => (
                Date::new(number(y, 4)?, small(m)?, 1).ok()?.last_of_month(),
                Precision::Month,
            ),
            [y, m, d] => (
                Date::new(number(y, 4)?, small(m)?, small(d)?).ok()?,
                Precision::Day,
            ),
            _ => return None,
        };
        Some(SourceDate { latest, precision })
    }

    /// The last day the date can mean.
    pub const fn latest_day(self) -> Date {
        self.latest
    }

    pub fn year(self) -> i16 {
        self.latest.year()
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.latest;
        match self.precision {
            Precision::Year => write!(f, "{:04}", d.year()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Day => write!(f, "{d}"),
        }
    }
}

impl TryFrom<String> for SourceDate {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        SourceDate::parse(&text)
            .ok_or_else(|| format!("{text:?} must be YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

impl From<SourceDate> for String {
    fn from(date: SourceDate) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_must_exist_and_be_written_in_full() {
        assert!(parse_day("2026-11-28").is_some());
        assert!(parse_day("2024-02-29").is_some());
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-5",
            "28-11-2026",
            "",
            "2026-11-31",
            "2026-11-28T10:00",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn source_dates_keep_their_precision() {
        for text in ["2019", "2024-02", "2023-02-28"] {
            assert_eq!(SourceDate::parse(text).unwrap().to_string(), text);
        }
        for bad in [
            "19",
            "2019-5",
            "2019-13",
            "2019-02-30",
            "2019-02-03-04",
            "abcd",
        ] {
            assert_eq!(SourceDate::parse(bad), None, "{bad}");
        }
        assert_eq!(SourceDate::parse("2024-02").unwrap().year(), 2024);
    }
}
