//! Public holidays as data (`data/holidays.toml`): each day with the places where it is a
//! holiday, the rule that gives its date in a year (a fixed date, moved when it falls on a
//! Sunday, or a number of days from Easter Sunday), and its source. The dates come from
//! jiff's civil calendar, the one calendar of the program.

use super::model::Text;
use hulpwijzer_core::vocab::Island;
use jiff::{
    ToSpan,
    civil::{Date, Weekday},
};
use serde::{Deserialize, Serialize};

/// Where a public holiday holds: the European Netherlands or one of the islands of the
/// Caribbean Netherlands (the island ids of the region tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Europe,
    Bonaire,
    SintEustatius,
    Saba,
}

impl Place {
    /// The island of the triage vocabulary.
    pub const fn of_island(island: Island) -> Place {
        match island {
            Island::Bonaire => Place::Bonaire,
            Island::SintEustatius => Place::SintEustatius,
            Island::Saba => Place::Saba,
        }
    }

    /// The three islands of the Caribbean Netherlands.
    pub const ISLANDS: [Place; 3] = [Place::Bonaire, Place::SintEustatius, Place::Saba];
}

/// A month and a day (`MM-DD`) that exist in every year (so not 29 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(try_from = "String", into = "String")]
pub struct MonthDay {
    pub month: i8,
    pub day: i8,
}

impl TryFrom<String> for MonthDay {
    type Error = String;

    fn try_from(text: String) -> Result<MonthDay, String> {
        let bad = || format!("{text:?} is not a day of every year written MM-DD, such as 12-25");
        let (m, d) = text.split_once('-').ok_or_else(bad)?;
        if m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (month, day) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
        // 2026 has no 29 February, so a day that exists in it exists in every year.
        Date::new(2026, month, day).map_err(|_| bad())?;
        Ok(MonthDay { month, day })
    }
}

impl From<MonthDay> for String {
    fn from(md: MonthDay) -> String {
        format!("{:02}-{:02}", md.month, md.day)
    }
}

/// Where a fixed-date holiday moves when it falls on a Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IfSunday {
    /// To the Saturday before (Koningsdag: 26 April when 27 April is a Sunday).
    DayBefore,
    /// To the Monday after (Labour Day on the islands).
    DayAfter,
}

/// How to find a holiday's date in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Rule {
    /// The same date every year, perhaps moved off a Sunday.
    Fixed {
        date: MonthDay,
        if_sunday: Option<IfSunday>,
    },
    /// This many days after Easter Sunday (Good Friday is −2, Ascension Day 39).
    Easter { easter: i16 },
}

/// One public holiday.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub id: String,
    pub name: Text,
    pub rule: Rule,
    /// Where it is a public holiday; at least one place.
    pub places: Vec<Place>,
    /// Where the facts come from, at least one.
    pub sources: Vec<String>,
    /// Stated by an official source (a law, a government body) for every place listed.
    pub confirmed: bool,
}

impl Holiday {
    /// Its date in `year`.
    pub fn date_in(&self, year: i16) -> Option<Date> {
        match self.rule {
            Rule::Fixed { date, if_sunday } => {
                let day = Date::new(year, date.month, date.day).ok()?;
                match (day.weekday(), if_sunday) {
                    (Weekday::Sunday, Some(IfSunday::DayBefore)) => day.checked_sub(1.day()).ok(),
                    (Weekday::Sunday, Some(IfSunday::DayAfter)) => day.checked_add(1.day()).ok(),
                    _ => Some(day),
                }
            }
            Rule::Easter { easter } => easter_sunday(year)?
                .checked_add(i64::from(easter).days())
                .ok(),
        }
    }
}

/// Every public holiday the directory knows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Holidays {
    #[serde(default, rename = "holiday")]
    pub days: Vec<Holiday>,
}

impl Holidays {
    /// The holiday on `date` in one of `places`, if there is one.
    pub fn on(&self, date: Date, places: &[Place]) -> Option<&Holiday> {
        self.days.iter().find(|h| {
            h.places.iter().any(|p| places.contains(p)) && h.date_in(date.year()) == Some(date)
        })
    }

    /// What is wrong with the table, each with the index of the holiday it is about.
    pub fn problems(&self) -> Vec<(usize, &'static str, String)> {
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, h) in self.days.iter().enumerate() {
            if hulpwijzer_core::triage::help_point_id(&h.id).is_none() {
                problems.push((i, "id", format!("{:?} is not an id (a-z, 0-9, -)", h.id)));
            }
            if !seen.insert(h.id.as_str()) {
                problems.push((i, "id", format!("{:?} is used twice", h.id)));
            }
            if h.name.nl().trim().is_empty() || h.name.en().trim().is_empty() {
                problems.push((i, "name", "needs a name in Dutch and English".to_owned()));
            }
            if h.places.is_empty() {
                problems.push((i, "places", "needs at least one place".to_owned()));
            }
            if h.sources.is_empty() || h.sources.iter().any(|s| !s.starts_with("https://")) {
                problems.push((
                    i,
                    "sources",
                    "needs one or more https:// addresses".to_owned(),
                ));
            }
            if let Rule::Easter { easter } = h.rule
                && !(-60..=60).contains(&easter)
            {
                problems.push((
                    i,
                    "rule",
                    format!("{easter} days from Easter is not a feast of the Easter cycle"),
                ));
            }
        }
        problems
    }
}

/// Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus).
///
/// ```
/// use server::directory::holidays::easter_sunday;
/// assert_eq!(easter_sunday(2026).unwrap().to_string(), "2026-04-05");
/// assert_eq!(easter_sunday(2027).unwrap().to_string(), "2027-03-28");
/// ```
pub fn easter_sunday(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load() -> Holidays {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/holidays.toml");
        toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn easter_matches_published_dates() {
        // Easter Sundays as the Dutch calendars print them.
        for (year, sunday) in [
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year), Some(date(sunday)), "{year}");
        }
    }

    #[test]
    fn the_data_gives_the_dutch_holidays_of_2026_and_2027() {
        let holidays = load();
        assert!(holidays.problems().is_empty(), "{:?}", holidays.problems());
        let europe = |d: &str| {
            holidays
                .on(date(d), &[Place::Europe])
                .map(|h| h.id.as_str())
        };
        for (day, id) in [
            ("2026-01-01", "nieuwjaarsdag"),
            ("2026-04-06", "tweede-paasdag"),
            ("2026-04-27", "koningsdag"),
            ("2026-05-05", "bevrijdingsdag"),
            ("2026-05-14", "hemelvaartsdag"),
            ("2026-05-25", "tweede-pinksterdag"),
            ("2026-12-25", "eerste-kerstdag"),
            ("2026-12-26", "tweede-kerstdag"),
            ("2027-03-29", "tweede-paasdag"),
            ("2027-05-06", "hemelvaartsdag"),
        ] {
            assert_eq!(europe(day), Some(id), "{day}");
        }
        // Koningsdag moves to Saturday 26 April when 27 April is a Sunday (2025).
        assert_eq!(europe("2025-04-26"), Some("koningsdag"));
        assert_eq!(europe("2025-04-27"), None);
        for ordinary in ["2026-12-02", "2026-04-03", "2026-12-24", "2026-07-01"] {
            assert_eq!(europe(ordinary), None, "{ordinary}");
        }
    }

    #[test]
    fn the_islands_have_their_own_days() {
        let holidays = load();
        let on = |d: &str, p: Place| holidays.on(date(d), &[p]).map(|h| h.id.as_str());
        // Labour Day is a holiday on the islands, moved to Monday when 1 May is a Sunday
        // (2022: Monday 2 May), and not in the European Netherlands.
        assert_eq!(on("2026-05-01", Place::Saba), Some("dag-van-de-arbeid"));
        assert_eq!(on("2022-05-02", Place::Bonaire), Some("dag-van-de-arbeid"));
        assert_eq!(on("2026-05-01", Place::Europe), None);
        assert_eq!(
            on("2026-12-25", Place::Bonaire),
            Some("eerste-kerstdag-eilanden")
        );
        assert_eq!(on("2026-11-16", Place::SintEustatius), Some("statia-day"));
        assert_eq!(on("2026-11-16", Place::Saba), None);
        assert_eq!(on("2026-09-06", Place::Bonaire), Some("dia-di-boneiru"));
        // Bevrijdingsdag is a holiday of the European Netherlands only.
        assert_eq!(on("2026-05-05", Place::Bonaire), None);
    }

    #[test]
    fn a_month_day_must_exist_every_year() {
        assert!(MonthDay::try_from("12-25".to_owned()).is_ok());
        for bad in ["02-29", "13-01", "1-1", "12/25", "04-31"] {
            assert!(MonthDay::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn problems_name_the_field() {
        let mut holidays = load();
        holidays.days[0].sources = vec!["http://example.org".into()];
        holidays.days[1].id = holidays.days[0].id.clone();
        holidays.days[2].places.clear();
        let fields: Vec<&str> = holidays.problems().iter().map(|p| p.1).collect();
        assert_eq!(fields, ["sources", "id", "places"]);
    }
}
