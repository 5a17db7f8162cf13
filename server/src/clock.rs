//! The server's one clock. Everything that depends on the moment (open now, the plan's
//! order at night, the summary's date) asks [`Clock::now`], never the system directly, so
//! a test or a demonstration can fix the moment (`HULPWIJZER_FIXED_TIME`) and see exactly
//! what a person would see at 23:30 or on Christmas Day.

use jiff::Timestamp;

/// Where the current moment comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// Always this moment.
    Fixed(Timestamp),
}

impl Clock {
    /// A clock fixed at an RFC 3339 moment such as `2026-12-25T23:30:00+01:00`; `None` if
    /// the text is not one.
    ///
    /// ```
    /// use server::clock::Clock;
    /// let clock = Clock::fixed("2026-12-25T23:30:00+01:00").unwrap();
    /// assert_eq!(clock.now(), 1_798_237_800);
    /// assert!(Clock::fixed("25 december").is_none());
    /// ```
    pub fn fixed(text: &str) -> Option<Clock> {
        text.trim().parse::<Timestamp>().ok().map(Clock::Fixed)
    }

    /// The current moment, in seconds since 1970 (UTC).
    pub fn now(self) -> i64 {
        match self {
            Clock::System => Timestamp::now().as_second(),
            Clock::Fixed(moment) => moment.as_second(),
        }
    }

    /// Today's date in UTC.
    pub fn today(self) -> jiff::civil::Date {
        let now = match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(moment) => moment,
        };
        jiff::tz::Offset::UTC.to_datetime(now).date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_moves_and_a_fixed_one_does_not() {
        let fixed = Clock::fixed("2026-12-02T23:00:00Z").unwrap();
        assert_eq!(fixed.now(), fixed.now());
        assert_eq!(fixed.now() % 86_400, 23 * 3600);
        assert!(Clock::System.now() > 1_767_225_600, "after 2026-01-01");
        assert_eq!(fixed.today(), jiff::civil::date(2026, 12, 2));
    }
}
