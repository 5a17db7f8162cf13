//! The checks an organisation must pass beyond its types: ids, texts, addresses, phone
//! numbers, dates, ages, opening hours, region codes and places. Every problem names the
//! field it is about.

use super::dates::TimeOfDay;
use super::{
    locate::FieldPath,
    model::{
        Channel, Contact, Cost, Coverage, Hours, Location, MunicipalityCode, Organisation, Service,
        Text,
    },
};
use crate::regions::data::RegionData;
use jiff::civil::Date;
use std::collections::HashSet;

/// The region codes the data may use.
pub struct Known {
    municipalities: HashSet<MunicipalityCode>,
    veiligheidsregios: HashSet<String>,
    ggd: HashSet<String>,
}

impl Known {
    /// The codes in the region tables.
    pub fn from_regions(regions: &RegionData) -> Known {
        Known {
            municipalities: regions
                .municipalities
                .iter()
                .filter_map(|m| MunicipalityCode::parse(&m.code))
                .collect(),
            veiligheidsregios: regions
                .veiligheidsregios
                .iter()
                .map(|r| r.code.clone())
                .collect(),
            ggd: regions.ggd_regions.iter().map(|r| r.code.clone()).collect(),
        }
    }
}

/// A field that fails a check, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: FieldPath,
    pub message: String,
}

struct Checker<'a> {
    known: &'a Known,
    today: Date,
    problems: Vec<Problem>,
}

/// Checks one organisation read from `<file_stem>.toml`; no fact can have been checked
/// after `today`.
pub fn organisation(
    org: &Organisation,
    file_stem: &str,
    known: &Known,
    today: Date,
) -> Vec<Problem> {
    let mut c = Checker {
        known,
        today,
        problems: Vec::new(),
    };
    let root = FieldPath::default();
    c.slug(&root.key("id"), &org.id);
    if org.id != file_stem {
        c.fail(
            &root.key("id"),
            format!("the id must equal the file name ({file_stem})"),
        );
    }
    c.not_empty(&root.key("name"), &org.name);
    if let Some(website) = &org.website {
        c.web_address(&root.key("website"), website);
    }
    c.text(&root.key("description"), &org.description);
    c.says_what_it_does(&root.key("description"), &org.description);
    if let Some(referral) = &org.referral {
        let path = root.key("referral");
        c.text(&path.key("text"), &referral.text);
        if referral.sources.is_empty() {
            c.fail(&path.key("sources"), "give at least one source".into());
        }
        for (i, source) in referral.sources.iter().enumerate() {
            c.web_address(&path.key("sources").index(i), source);
        }
        c.date(&path.key("verified"), referral.verified);
    }
    if org.services.is_empty() {
        c.fail(
            &root,
            "an organisation needs at least one [[service]]".into(),
        );
    }
    for (i, service) in org.services.iter().enumerate() {
        c.service(&root.key("service").index(i), service);
    }
    c.problems
}

/// The Dutch words that speak to the reader. No letter outside ASCII lowercases to one of
/// theirs, so comparing without regard to ASCII case finds them in any case.
const PERSONAL: [&str; 4] = ["je", "jij", "jou", "jouw"];

impl Checker<'_> {
    fn fail(&mut self, path: &FieldPath, message: String) {
        self.problems.push(Problem {
            path: path.clone(),
            message,
        });
    }

    fn not_empty(&mut self, path: &FieldPath, text: &str) {
        if text.trim().is_empty() {
            self.fail(path, "must not be empty".into());
        }
    }

    /// A text in both languages. The Dutch speaks about the help, never to the reader as
    /// "je": a victim, a relative, a bystander and a professional (who reads "u") all read
    /// the same directory.
    fn text(&mut self, path: &FieldPath, text: &Text) {
        self.not_empty(&path.key("nl"), text.nl());
        self.not_empty(&path.key("en"), text.en());
        let personal = text
            .nl()
            .split(|c: char| !c.is_alphabetic())
            .find(|w| PERSONAL.iter().any(|p| w.eq_ignore_ascii_case(p)));
        if let Some(word) = personal {
            self.fail(
                &path.key("nl"),
                format!("says \"{word}\": write it without speaking to the reader (\"Bellen kan dag en nacht\")"),
            );
        }
    }

    fn slug(&mut self, path: &FieldPath, id: &str) {
        if hulpwijzer_core::triage::help_point_id(id).is_none() {
            self.fail(
                path,
                "an id is lowercase letters and digits, in parts joined by single hyphens".into(),
            );
        }
    }

    fn web_address(&mut self, path: &FieldPath, url: &str) {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        let ok = rest.is_some_and(|r| r.contains('.') && !r.starts_with('/'))
            && !url
                .chars()
                .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>'));
        if !ok {
            self.fail(
                path,
                "must be a web address starting with https:// or http://".into(),
            );
        }
    }

    /// A day a fact was checked: not after today (its form is checked when it is read).
    fn date(&mut self, path: &FieldPath, date: Date) {
        if date > self.today {
            self.fail(
                path,
                format!("lies in the future (today is {})", self.today),
            );
        }
    }

    /// A description says what the help does; what the sources leave open goes in a
    /// service's `unconfirmed` (shown under "Bron en controle"), not in the main text.
    fn says_what_it_does(&mut self, path: &FieldPath, description: &Text) {
        if description.nl().contains("bevestigd") || description.en().contains("confirmed") {
            self.fail(
                path,
                "what is not confirmed goes in a service's `unconfirmed`, not in a description"
                    .into(),
            );
        }
    }

    fn no_duplicates<T: PartialEq + std::fmt::Debug>(&mut self, path: &FieldPath, items: &[T]) {
        for (i, item) in items.iter().enumerate() {
            if items[..i].contains(item) {
                self.fail(&path.index(i), format!("{item:?} is listed twice"));
            }
        }
    }

    fn service(&mut self, path: &FieldPath, s: &Service) {
        self.slug(&path.key("id"), &s.id);
        self.text(&path.key("name"), &s.name);
        self.text(&path.key("description"), &s.description);
        self.says_what_it_does(&path.key("description"), &s.description);
        if let Some(unconfirmed) = &s.unconfirmed {
            self.text(&path.key("unconfirmed"), unconfirmed);
        }
        if s.audiences.is_empty() {
            self.fail(&path.key("audiences"), "name at least one audience".into());
        }
        if s.needs.is_empty() {
            self.fail(&path.key("needs"), "name at least one need".into());
        }
        self.no_duplicates(&path.key("audiences"), &s.audiences);
        self.no_duplicates(&path.key("needs"), &s.needs);
        self.no_duplicates(&path.key("what"), &s.what);
        self.no_duplicates(&path.key("settings"), &s.settings);
        if let Some(age) = s.age {
            match (age.min, age.max) {
                (None, None) => self.fail(
                    &path.key("age"),
                    "give min, max or both, or leave age out".into(),
                ),
                (Some(min), Some(max)) if min > max => {
                    self.fail(
                        &path.key("age"),
                        format!("min ({min}) is above max ({max})"),
                    );
                }
                (_, Some(max)) if max > 120 => {
                    self.fail(&path.key("age").key("max"), "is not a human age".into())
                }
                _ => {}
            }
        }
        self.coverage(&path.key("coverage"), &s.coverage);
        for (i, contact) in s.contacts.iter().enumerate() {
            self.contact(&path.key("contact").index(i), contact);
            self.free_number(path, i, s, contact);
        }
        for (i, location) in s.locations.iter().enumerate() {
            self.location(&path.key("location").index(i), location);
        }
    }

    /// `cost = "free"`, the contact's own or its service's, only on a contact that is free
    /// to reach: never on a number that costs a call (see `Contact::free_to_reach`).
    fn free_number(&mut self, service: &FieldPath, i: usize, s: &Service, c: &Contact) {
        // A number that does not parse is reported as such, once.
        if c.channel != Channel::Phone || c.free_to_reach() || c.phone().is_err() {
            return;
        }
        let here = service.key("contact").index(i);
        match c.cost {
            Some(Cost::Free) => self.fail(
                &here.key("cost"),
                format!(
                    "{:?} is not free to call (only 0800 numbers, 112, 113 and 911 are): \
                     use local_rate, paid or unknown",
                    c.value
                ),
            ),
            None if s.cost == Cost::Free => self.fail(
                &here.key("value"),
                format!(
                    "{:?} is not free to call (only 0800 numbers, 112, 113 and 911 are), but \
                     inherits cost = \"free\" from the service: give this contact its own \
                     cost (local_rate, paid or unknown)",
                    c.value
                ),
            ),
            _ => {}
        }
    }

    fn coverage(&mut self, path: &FieldPath, c: &Coverage) {
        let regional = !(c.municipalities.is_empty()
            && c.veiligheidsregios.is_empty()
            && c.ggd.is_empty()
            && c.islands.is_empty());
        if c.national == regional {
            self.fail(
                path,
                "set either national = true or some regions, not both or neither".into(),
            );
        }
        if c.european_only && !c.national {
            self.fail(
                &path.key("european_only"),
                "european_only is for a national service (national = true)".into(),
            );
        }
        let known = self.known;
        self.known_codes(
            &path.key("municipalities"),
            &c.municipalities,
            &known.municipalities,
        );
        self.known_codes(
            &path.key("veiligheidsregios"),
            &c.veiligheidsregios,
            &known.veiligheidsregios,
        );
        self.known_codes(&path.key("ggd"), &c.ggd, &known.ggd);
    }

    /// Every code of `codes` is one of `valid`.
    fn known_codes<T>(&mut self, path: &FieldPath, codes: &[T], valid: &HashSet<T>)
    where
        T: Eq + std::hash::Hash + std::fmt::Display,
    {
        for (i, code) in codes.iter().enumerate() {
            if !valid.contains(code) {
                self.fail(&path.index(i), format!("unknown code \"{code}\""));
            }
        }
    }

    fn contact(&mut self, path: &FieldPath, c: &Contact) {
        let value = path.key("value");
        match c.channel {
            Channel::Phone | Channel::Whatsapp => {
                if let Err(err) = c.phone() {
                    self.fail(
                        &value,
                        format!("{:?} is not a phone number: {err}", c.value),
                    );
                }
                if c.local_on == Some(super::holidays::Place::Europe) {
                    self.fail(
                        &path.key("local_on"),
                        "a local number belongs to an island: bonaire, sint_eustatius or saba"
                            .to_owned(),
                    );
                }
            }
            Channel::Email => {
                let ok = c
                    .value
                    .split_once('@')
                    .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
                    && !c.value.contains(char::is_whitespace);
                if !ok {
                    self.fail(&value, format!("{:?} is not an e-mail address", c.value));
                }
            }
            Channel::Chat | Channel::OnlineForm | Channel::WalkIn | Channel::Website => {
                self.web_address(&value, &c.value)
            }
        }
        if let Some(hours) = &c.hours {
            self.hours(&path.key("hours"), hours);
        }
        self.web_address(&path.key("source"), &c.source);
        self.date(&path.key("verified"), c.verified);
        if let Some(note) = &c.note {
            self.text(&path.key("note"), note);
        }
    }

    fn hours(&mut self, path: &FieldPath, h: &Hours) {
        if h.always != h.weekly.is_empty() {
            self.fail(
                path,
                "set either always = true or a weekly schedule, not both or neither".into(),
            );
        }
        let mut taken: Vec<(super::model::Day, TimeOfDay, TimeOfDay)> = Vec::new();
        for (i, slot) in h.weekly.iter().enumerate() {
            let here = path.key("weekly").index(i);
            if slot.days.is_empty() {
                self.fail(&here.key("days"), "name at least one day".into());
            }
            self.no_duplicates(&here.key("days"), &slot.days);
            let (open, close) = (slot.open, slot.close);
            if open >= close {
                self.fail(
                    &here,
                    format!("opens at {} but closes at {}", slot.open, slot.close),
                );
                continue;
            }
            for &day in &slot.days {
                if taken
                    .iter()
                    .any(|&(d, o, c)| d == day && open < c && o < close)
                {
                    self.fail(&here, format!("overlaps another slot on {day:?}"));
                }
                taken.push((day, open, close));
            }
        }
        for (i, e) in h.exceptions.iter().enumerate() {
            let here = path.key("exceptions").index(i);
            match (e.closed, e.open, e.close) {
                (true, None, None) => {}
                (false, Some(open), Some(close)) => {
                    if open >= close {
                        self.fail(&here, format!("opens at {open} but closes at {close}"));
                    }
                }
                _ => self.fail(&here, "set closed = true, or open and close".into()),
            }
        }
    }

    fn location(&mut self, path: &FieldPath, l: &Location) {
        self.not_empty(&path.key("name"), &l.name);
        if l.confidential {
            if l.address.is_some() || l.lat.is_some() || l.lon.is_some() {
                self.fail(
                    path,
                    "a confidential place must not have an address or coordinates".into(),
                );
            }
            if l.front_gate
                .as_deref()
                .is_none_or(|gate| gate.trim().is_empty())
            {
                self.fail(
                    &path.key("front_gate"),
                    "a confidential place needs a front gate to contact".into(),
                );
            }
        } else if l
            .address
            .as_deref()
            .is_none_or(|address| address.trim().is_empty())
        {
            self.fail(
                &path.key("address"),
                "a place people can go to needs an address".into(),
            );
        }
        match (l.lat, l.lon) {
            (None, None) => {}
            (Some(lat), Some(lon))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {}
            _ => self.fail(path, "give lat and lon together, in degrees".into()),
        }
        self.web_address(&path.key("source"), &l.source);
        self.date(&path.key("verified"), l.verified);
    }
}
