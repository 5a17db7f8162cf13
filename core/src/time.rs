//! A time of day on a 24-hour clock, as opening hours are written (`09:00`, and `24:00` as
//! the end of a day, which no clock type has). The directory parses it once when it is
//! loaded; the pages show it as written.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A time of day on a 24-hour clock, `00:00` to `24:00`, as minutes since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `HH:MM` on a 24-hour clock, `24:00` allowed as the end of a day.
    ///
    /// ```
    /// use hulpwijzer_core::time::TimeOfDay;
    /// assert_eq!(TimeOfDay::parse("21:30").map(TimeOfDay::minutes), Some(21 * 60 + 30));
    /// assert_eq!(TimeOfDay::parse("24:00").map(TimeOfDay::minutes), Some(1440));
    /// assert_eq!(TimeOfDay::parse("9:00"), None);
    /// ```
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
        match (h, m) {
            (24, 0) => Some(TimeOfDay(24 * 60)),
            (0..=23, 0..=59) => Some(TimeOfDay(h * 60 + m)),
            _ => None,
        }
    }

    /// Minutes since midnight.
    pub const fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl TryFrom<String> for TimeOfDay {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        TimeOfDay::parse(&text).ok_or_else(|| format!("{text:?} is not a time written HH:MM"))
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_24_hour_and_written_back_as_read() {
        assert_eq!(TimeOfDay::parse("00:00"), Some(TimeOfDay(0)));
        for text in ["00:00", "09:05", "21:30", "24:00"] {
            assert_eq!(TimeOfDay::parse(text).unwrap().to_string(), text);
        }
        for bad in ["24:01", "9:00", "12:60", "noon", "12.00", "", "-1:00"] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }
}
