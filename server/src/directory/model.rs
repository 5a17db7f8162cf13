//! The directory as typed records, in the shape of the data files (see data/README.md for
//! the mapping to Open Referral HSDS 3.1). Ids of the triage vocabulary are those of
//! shared/design/triage-contract.md.

use super::dates::{SourceDate, TimeOfDay};
use hulpwijzer_core::i18n::Lang;
pub use hulpwijzer_core::vocab::{Channel, Cost, Day, Island, Need, Role, Setting, What};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A text in both languages of the site, written `{ nl = "…", en = "…" }`. Both are kept
/// in one piece, the Dutch first: one allocation and 24 bytes instead of two and 48, for
/// the hundreds of thousands of texts of a large directory; or, for the directory's long
/// texts when the search index is kept in a folder, in a file mapped into memory
/// ([`super::texts`]). docs/performance.md has the figures.
#[derive(Clone, Deserialize)]
#[serde(try_from = "TextFields<String>")]
pub struct Text(Kept);

#[derive(Clone)]
enum Kept {
    /// On the heap: the Dutch, then the English from `split`.
    Held { both: Box<str>, split: u32 },
    /// In the texts file: `len` bytes from `at`, the English from `at + split`.
    Filed {
        store: Arc<super::texts::Store>,
        at: u32,
        split: u32,
        len: u32,
    },
}

/// A [`Text`] as the files and the JSON write it.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TextFields<T> {
    nl: T,
    en: T,
}

impl Text {
    /// The text `nl` in Dutch and `en` in English; `None` when the Dutch is 4 GB or more.
    pub fn new(nl: &str, en: &str) -> Option<Text> {
        let split = u32::try_from(nl.len()).ok()?;
        let both = [nl, en].concat().into_boxed_str();
        Some(Text(Kept::Held { both, split }))
    }

    /// A text filed in `store` ([`super::texts::Filing`]).
    pub(super) fn filed(store: Arc<super::texts::Store>, at: u32, split: u32, len: u32) -> Text {
        Text(Kept::Filed {
            store,
            at,
            split,
            len,
        })
    }

    pub fn nl(&self) -> &str {
        match &self.0 {
            Kept::Held { both, split } => both.get(..*split as usize).unwrap_or_default(),
            Kept::Filed {
                store, at, split, ..
            } => store.get(*at, *split),
        }
    }

    pub fn en(&self) -> &str {
        match &self.0 {
            Kept::Held { both, split } => both.get(*split as usize..).unwrap_or_default(),
            Kept::Filed {
                store,
                at,
                split,
                len,
            } => store.get(at.saturating_add(*split), len.saturating_sub(*split)),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => self.nl(),
            Lang::En => self.en(),
        }
    }

    /// Whether it is kept in the texts file rather than on the heap.
    pub fn is_filed(&self) -> bool {
        matches!(self.0, Kept::Filed { .. })
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.nl() == other.nl() && self.en() == other.en()
    }
}

impl Eq for Text {}

impl TryFrom<TextFields<String>> for Text {
    type Error = &'static str;

    fn try_from(fields: TextFields<String>) -> Result<Text, &'static str> {
        Text::new(&fields.nl, &fields.en).ok_or("a text of 4 GB or more")
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = TextFields {
            nl: self.nl(),
            en: self.en(),
        };
        fields.serialize(serializer)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text")
            .field("nl", &self.nl())
            .field("en", &self.en())
            .finish()
    }
}

/// An organisation (HSDS `organization`), one file in data/organisations/.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The stable id; the file is named after it.
    pub id: String,
    pub name: String,
    pub website: Option<String>,
    pub description: Text,
    /// How a professional refers a client to it, when the sources say (HSDS
    /// `service.application_process`, for each of its services).
    #[serde(default)]
    pub referral: Option<Box<Referral>>,
    #[serde(rename(deserialize = "service"))]
    pub services: Vec<Service>,
}

impl Organisation {
    /// Its long texts, which a large directory keeps in a file ([`super::texts`]): its
    /// description, and its services' names, descriptions and what is not confirmed.
    pub fn long_texts(&mut self) -> impl Iterator<Item = &mut Text> {
        let services = self.services.iter_mut().flat_map(|service| {
            let Service {
                name,
                description,
                unconfirmed,
                ..
            } = service;
            [name, description]
                .into_iter()
                .chain(unconfirmed.as_deref_mut())
        });
        std::iter::once(&mut self.description).chain(services)
    }
}

/// How a professional refers a client, with its source, as every fact has.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    pub text: Text,
    /// Stated by the organisation or an official source (see shared/directory-facts).
    pub confirmed: bool,
    /// Where the facts come from, at least one.
    pub sources: Vec<String>,
    /// When it was last checked (`YYYY-MM-DD`).
    #[serde(deserialize_with = "super::dates::day")]
    pub verified: Date,
    pub verified_against: VerifiedAgainst,
}

/// What an organisation offers to whom, where and how to reach it (HSDS `service`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: Text,
    /// What it is and how to reach it, as a person reads it: never what is not confirmed.
    pub description: Text,
    /// What the sources do not confirm about it ("Welk gebied dit centrum bedient, is niet
    /// bevestigd"): shown with its sources ("Bron en controle"), not in the main text.
    #[serde(default)]
    pub unconfirmed: Option<Box<Text>>,
    /// Who it is for (HSDS `eligibility`).
    pub audiences: Box<[Role]>,
    /// What it helps with.
    pub needs: Box<[Need]>,
    /// Which kinds of events it is meant for; empty means all.
    #[serde(default)]
    pub what: Box<[What]>,
    /// Where the events happened that it is meant for; empty means anywhere.
    #[serde(default)]
    pub settings: Box<[Setting]>,
    /// The ages it serves, in years, both ends included (HSDS `eligibility`).
    #[serde(default)]
    pub age: Option<AgeRange>,
    /// Where people can use it (HSDS `service_area`).
    pub coverage: Coverage,
    /// What using it costs: the default for its contacts, which may say otherwise.
    pub cost: Cost,
    /// Whether people can get help without giving their name; absent when not known. The
    /// default for its contacts, which may say otherwise.
    pub anonymous: Option<bool>,
    /// Languages it can be used in (HSDS `language`).
    #[serde(default)]
    pub languages: Box<[Language]>,
    /// How to reach it (HSDS `phone` and `contact`, with `schedule`); empty when no
    /// contact is known, which the description then says.
    #[serde(default, rename(deserialize = "contact"))]
    pub contacts: Box<[Contact]>,
    /// Places to go (HSDS `location` via `service_at_location`).
    #[serde(default, rename(deserialize = "location"))]
    pub locations: Box<[Location]>,
}

/// A language a service can be used in, as its ISO 639-1 code: two lowercase letters
/// (`nl`). Kept as its two bytes, not as a string of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Language([u8; 2]);

impl Language {
    /// The code, e.g. `nl`.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl TryFrom<String> for Language {
    type Error = &'static str;

    fn try_from(code: String) -> Result<Language, &'static str> {
        match code.as_bytes() {
            &[a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Ok(Language([a, b])),
            _ => Err("use a two-letter ISO 639-1 code such as nl"),
        }
    }
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A CBS municipality code, `GM` and four digits (`GM0344`), kept as its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "String")]
pub struct MunicipalityCode(u16);

impl MunicipalityCode {
    /// The code written `GM` and four digits, if `code` is one.
    pub fn parse(code: &str) -> Option<MunicipalityCode> {
        let digits = code.strip_prefix("GM")?;
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok().map(MunicipalityCode)
    }
}

impl TryFrom<String> for MunicipalityCode {
    type Error = &'static str;

    fn try_from(code: String) -> Result<MunicipalityCode, &'static str> {
        MunicipalityCode::parse(&code)
            .ok_or("a municipality is its CBS code: GM and four digits, such as GM0344")
    }
}

impl Serialize for MunicipalityCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl std::fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GM{:04}", self.0)
    }
}

/// An age range in years; either end may be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
}

/// Where a service can be used: the whole country, or some regions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Coverage {
    /// The whole European Netherlands. Such a service may also help people on Bonaire,
    /// Sint Eustatius and Saba from afar (`Reach::NationalFromAfar`), unless
    /// `european_only`.
    #[serde(default)]
    pub national: bool,
    /// With `national`: the European Netherlands only. The facts give its reach as the
    /// European Netherlands with the Caribbean Netherlands "not checked" or "not stated",
    /// or define it by regional organisations that are all there (Veilig Thuis, the GGDs
    /// of Sense), or name other help on the islands for what it does (the KPCN for the
    /// police), so it does not serve the islands, not even from afar. Said in the data
    /// file's comment with the fact it rests on.
    #[serde(default)]
    pub european_only: bool,
    /// CBS municipality codes, e.g. `GM0344`.
    #[serde(default)]
    pub municipalities: Box<[MunicipalityCode]>,
    /// Veiligheidsregio codes, e.g. `VR09`.
    #[serde(default)]
    pub veiligheidsregios: Box<[String]>,
    /// GGD region codes, e.g. `GG2514`.
    #[serde(default)]
    pub ggd: Box<[String]>,
    /// Islands of the Caribbean Netherlands: `bonaire`, `sint_eustatius`, `saba`.
    #[serde(default)]
    pub islands: Box<[Island]>,
}

/// One way to get in touch. Written as JSON with its link ([`Contact::href`]).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub channel: Channel,
    /// A phone number as people write it, a web address or an e-mail address.
    pub value: String,
    /// For a local number of one island (Bonaire's `0802-0802`): the island it can only be
    /// dialled on. Such a number is dialled as written and says so next to it.
    #[serde(default)]
    pub local_on: Option<super::holidays::Place>,
    /// When it can be reached; absent when not known. One copy of each schedule is shared
    /// by every contact with the same hours ([`super::share`]).
    pub hours: Option<Arc<Hours>>,
    /// What using this contact costs. Written in the file only where it differs from the
    /// service's `cost`; once the data is loaded it is always set (see [`Contact::inherit`]).
    #[serde(default)]
    pub cost: Option<Cost>,
    /// Whether this contact can be used without giving a name, as a source says. Written
    /// in the file only where it differs from the service's `anonymous`; once the data is
    /// loaded it is the contact's own value or the service's (absent: not known).
    #[serde(default)]
    pub anonymous: Option<bool>,
    /// Stated by the organisation or an official source (see shared/directory-facts).
    pub confirmed: bool,
    /// Where the fact comes from; one copy of each address is shared ([`super::share`]).
    pub source: Arc<str>,
    /// The date of that source, when known (`YYYY-MM` or `YYYY-MM-DD`).
    pub source_date: Option<SourceDate>,
    /// When it was last checked (`YYYY-MM-DD`).
    #[serde(deserialize_with = "super::dates::day")]
    pub verified: Date,
    /// What it was checked against.
    pub verified_against: VerifiedAgainst,
    /// Boxed: most contacts have none, and there are many contacts.
    pub note: Option<Box<Text>>,
}

/// A contact as JSON (`/api/v1/organisations`): its fields in the order of the file, with
/// the link that opens it after its value.
#[derive(Serialize)]
struct ContactJson<'a> {
    channel: Channel,
    value: &'a str,
    href: String,
    local_on: Option<super::holidays::Place>,
    hours: Option<&'a Hours>,
    cost: Option<Cost>,
    anonymous: Option<bool>,
    confirmed: bool,
    source: &'a str,
    source_date: Option<SourceDate>,
    verified: Date,
    verified_against: VerifiedAgainst,
    note: Option<&'a Text>,
}

impl Serialize for Contact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ContactJson {
            channel: self.channel,
            value: &self.value,
            href: self.href(),
            local_on: self.local_on,
            hours: self.hours.as_deref(),
            cost: self.cost,
            anonymous: self.anonymous,
            confirmed: self.confirmed,
            source: &self.source,
            source_date: self.source_date,
            verified: self.verified,
            verified_against: self.verified_against,
            note: self.note.as_deref(),
        }
        .serialize(serializer)
    }
}

impl Contact {
    /// Fills in what the contact does not say itself from its service: the cost, and
    /// whether it can be used anonymously. Done once, when the data is loaded.
    pub fn inherit(&mut self, cost: Cost, anonymous: Option<bool>) {
        self.cost = Some(self.cost.unwrap_or(cost));
        self.anonymous = self.anonymous.or(anonymous);
    }

    /// The phone number of a phone or WhatsApp contact, checked: an island's local number
    /// when the contact says `local_on`, else a Dutch, Caribbean or short number.
    pub fn phone(&self) -> Result<super::phone::Phone, super::phone::PhoneError> {
        match self.local_on {
            Some(_) => super::phone::parse_local(&self.value),
            None => super::phone::parse(&self.value),
        }
    }

    /// The link that opens it: `tel:+318000188`, `https://wa.me/...`, `mailto:...` or the
    /// web address itself; empty for a phone number that does not parse (the checks refuse
    /// those when the data is loaded).
    pub fn href(&self) -> String {
        match self.channel {
            Channel::Phone => self.phone().map(|p| p.href()).unwrap_or_default(),
            Channel::Whatsapp => self
                .phone()
                .map(|p| format!("https://wa.me/{}", p.dial.trim_start_matches('+')))
                .unwrap_or_default(),
            Channel::Email => format!("mailto:{}", self.value),
            Channel::Chat | Channel::OnlineForm | Channel::WalkIn | Channel::Website => {
                self.value.clone()
            }
        }
    }

    /// THE rule for "free to reach": reaching this contact costs nothing by itself. True
    /// for chat, e-mail, an online form, a website and a place to walk in; for a phone
    /// number only when calling it is free ([`super::phone::Phone::free_to_call`]: 0800
    /// numbers and the free short numbers 112, 113 and 911). Never for WhatsApp, which uses
    /// the person's own data or phone plan, nor for a number that does not parse.
    pub fn free_to_reach(&self) -> bool {
        match self.channel {
            Channel::Phone => self.phone().is_ok_and(|p| p.free_to_call()),
            Channel::Whatsapp => false,
            Channel::Chat
            | Channel::Email
            | Channel::OnlineForm
            | Channel::Website
            | Channel::WalkIn => true,
        }
    }

    /// The "Gratis" badge: the help is free (`free`, or `local_rate`: free help behind a
    /// call) and reaching this contact costs nothing.
    pub fn free(&self) -> bool {
        matches!(self.cost, Some(Cost::Free | Cost::LocalRate)) && self.free_to_reach()
    }

    /// What using this contact costs once loaded; `unknown` if it was never inherited.
    pub fn cost(&self) -> Cost {
        self.cost.unwrap_or(Cost::Unknown)
    }

    /// The cost to show next to the contact: `free` exactly when [`Contact::free`] holds
    /// (so free help, `local_rate`, reached by chat or e-mail is `free`); free help behind
    /// a channel that is not free to reach (WhatsApp) is `unknown`.
    pub fn shown_cost(&self) -> Cost {
        match self.cost() {
            _ if self.free() => Cost::Free,
            Cost::Free => Cost::Unknown,
            cost => cost,
        }
    }
}

impl Service {
    /// Whether the service can be used without a name, over its (loaded) contacts: yes when
    /// one contact can, no when every contact cannot (or, without contacts, when the
    /// service says no), else not known.
    pub fn anonymity(&self) -> Option<bool> {
        if self.contacts.is_empty() {
            return self.anonymous;
        }
        if self.contacts.iter().any(|c| c.anonymous == Some(true)) {
            Some(true)
        } else if self.contacts.iter().all(|c| c.anonymous == Some(false)) {
            Some(false)
        } else {
            None
        }
    }
}

/// What a fact was last checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifiedAgainst {
    /// The organisation's own page or the official source, live.
    Source,
    /// The project's research dossier (shared/directory-facts), made from stored copies of
    /// the sources, not checked live.
    Dossier,
}

/// Opening hours: always open, or a weekly schedule with exceptions (HSDS `schedule`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Open day and night, every day.
    #[serde(default)]
    pub always: bool,
    #[serde(default)]
    pub weekly: Vec<Slot>,
    #[serde(default)]
    pub exceptions: Vec<Exception>,
    #[serde(default)]
    pub timezone: TimeZone,
    /// The date of the source the hours come from (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    /// Hours from a source more than two years old are shown with their year and drive
    /// neither "open now" nor the order of a plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_date: Option<SourceDate>,
    /// Where the line is, for its public holidays: never written in the files, but worked
    /// out when the data is loaded from the time zone and the service's islands.
    #[serde(skip)]
    pub places: Vec<super::holidays::Place>,
}

/// Open from `open` to `close` (`HH:MM`, local time) on the given days.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub days: Vec<Day>,
    pub open: TimeOfDay,
    pub close: TimeOfDay,
}

/// A date (`YYYY-MM-DD`) with other hours: closed, or open from `open` to `close`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    #[serde(deserialize_with = "super::dates::day")]
    pub date: Date,
    #[serde(default)]
    pub closed: bool,
    pub open: Option<TimeOfDay>,
    pub close: Option<TimeOfDay>,
}

/// The time zone opening hours are in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum TimeZone {
    #[default]
    #[serde(rename = "Europe/Amsterdam")]
    Amsterdam,
    /// Bonaire, Sint Eustatius and Saba.
    #[serde(rename = "America/Kralendijk")]
    Kralendijk,
}

/// A place to go (HSDS `location`). A confidential place shows only its front gate.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub name: String,
    /// Street address; never set for a confidential place.
    pub address: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The address must never be published (e.g. a shelter).
    #[serde(default)]
    pub confidential: bool,
    /// For a confidential place: how to get in touch instead of going there.
    pub front_gate: Option<String>,
    pub confirmed: bool,
    pub source: String,
    #[serde(deserialize_with = "super::dates::day")]
    pub verified: Date,
    pub verified_against: VerifiedAgainst,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(channel: Channel, value: &str) -> Contact {
        Contact {
            local_on: None,
            channel,
            value: value.to_owned(),
            hours: None,
            cost: None,
            anonymous: None,
            confirmed: true,
            source: "https://example.org".into(),
            source_date: None,
            verified: jiff::civil::date(2026, 12, 1),
            verified_against: VerifiedAgainst::Dossier,
            note: None,
        }
    }

    #[test]
    fn a_text_keeps_both_languages_in_one_piece_and_reads_and_writes_them_apart() {
        let text: Text = toml::from_str("nl = \"Bel één keer\"\nen = \"Call once\"").unwrap();
        assert_eq!((text.nl(), text.en()), ("Bel één keer", "Call once"));
        assert_eq!(text.get(Lang::En), "Call once");
        assert_eq!(size_of::<Text>(), 24);
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"nl":"Bel één keer","en":"Call once"}"#
        );
        let empty = Text::new("", "").unwrap();
        assert_eq!((empty.nl(), empty.en()), ("", ""));
        assert_ne!(Text::new("ab", "c"), Text::new("a", "bc"));
        let err = toml::from_str::<Text>("nl = \"a\"\nen = \"b\"\nde = \"c\"").unwrap_err();
        assert!(err.message().contains("unknown field `de`"), "{err}");
        assert!(toml::from_str::<Text>("nl = \"a\"").is_err());
    }

    #[test]
    fn a_language_is_two_lowercase_letters() {
        let read = |code: &str| Language::try_from(code.to_owned()).map(|l| l.to_string());
        assert_eq!(read("nl"), Ok("nl".to_owned()));
        for wrong in ["NL", "nld", "n", "", "é", "n1", "<s"] {
            assert!(read(wrong).is_err(), "{wrong:?}");
        }
        let service: Vec<Language> = serde_json::from_str(r#"["pap", "en"]"#).unwrap_or_default();
        assert!(service.is_empty(), "a three-letter code is refused");
        assert_eq!(
            serde_json::to_string(&Language([b'e', b'n'])).unwrap(),
            r#""en""#
        );
    }

    #[test]
    fn a_municipality_code_is_gm_and_four_digits() {
        let code = MunicipalityCode::parse("GM0344").unwrap();
        assert_eq!(code.to_string(), "GM0344");
        assert_eq!(serde_json::to_string(&code).unwrap(), r#""GM0344""#);
        assert_eq!(
            MunicipalityCode::parse("GM0003").unwrap().to_string(),
            "GM0003"
        );
        for wrong in [
            "gm0344",
            "GM344",
            "GM03444",
            "GM+344",
            "VR09",
            "GM",
            "GM-344",
            "GM０３４４",
        ] {
            assert_eq!(MunicipalityCode::parse(wrong), None, "{wrong:?}");
        }
    }

    #[test]
    fn only_free_numbers_and_channels_without_a_call_are_free_to_reach() {
        for (channel, value) in [
            (Channel::Phone, "0800-0188"),
            (Channel::Phone, "0800-2000"),
            (Channel::Phone, "+31 800 0188"),
            (Channel::Phone, "112"),
            (Channel::Phone, "113"),
            (Channel::Phone, "911"),
            (Channel::Chat, "https://www.113.nl"),
            (Channel::Email, "info@example.org"),
            (Channel::OnlineForm, "https://www.example.org/form"),
            (Channel::Website, "https://www.sense.info"),
        ] {
            assert!(contact(channel, value).free_to_reach(), "{value}");
        }
        for (channel, value) in [
            (Channel::Phone, "020-261 52 75"),
            (Channel::Phone, "030 888 38 88"),
            (Channel::Phone, "06-12345678"),
            (Channel::Phone, "070 414 20 00"),
            (Channel::Phone, "088 - 1205020"),
            (Channel::Phone, "0900-0101"),
            (Channel::Phone, "0900-8844"),
            (Channel::Phone, "+599 717 6181"),
            (Channel::Phone, "+31 20 261 5275"),
            (Channel::Phone, "144"),
            (Channel::Phone, "not a number"),
            (Channel::Whatsapp, "06-12345678"),
        ] {
            assert!(!contact(channel, value).free_to_reach(), "{value}");
        }
    }

    #[test]
    fn a_contact_inherits_what_it_does_not_say_itself() {
        let mut own = contact(Channel::Phone, "020-261 52 75");
        own.cost = Some(Cost::LocalRate);
        own.anonymous = Some(false);
        own.inherit(Cost::Free, Some(true));
        assert_eq!(own.cost, Some(Cost::LocalRate));
        assert_eq!(own.anonymous, Some(false));
        assert!(!own.free());

        let mut inherited = contact(Channel::Chat, "https://www.helpwanted.nl");
        inherited.inherit(Cost::Free, Some(true));
        assert_eq!(inherited.cost, Some(Cost::Free));
        assert_eq!(inherited.anonymous, Some(true));
        assert!(inherited.free());

        let mut unknown = contact(Channel::Website, "https://www.sense.info");
        unknown.inherit(Cost::Unknown, None);
        assert_eq!(unknown.cost(), Cost::Unknown);
        assert_eq!(unknown.anonymous, None);
        assert!(!unknown.free());
    }

    #[test]
    fn free_help_behind_a_call_is_free_only_where_no_call_is_needed() {
        let mut phone = contact(Channel::Phone, "0900-0101");
        phone.inherit(Cost::LocalRate, None);
        assert!(!phone.free());
        assert_eq!(phone.shown_cost(), Cost::LocalRate);
        let mut mail = contact(Channel::Email, "info@example.org");
        mail.inherit(Cost::LocalRate, None);
        assert!(mail.free());
        assert_eq!(mail.shown_cost(), Cost::Free);
        let mut app = contact(Channel::Whatsapp, "06-12345678");
        app.inherit(Cost::Free, None);
        assert!(!app.free());
        assert_eq!(app.shown_cost(), Cost::Unknown);
    }

    #[test]
    fn free_help_on_a_paid_number_is_never_free() {
        // Even if the data said free, a number that costs a call never gets "Gratis".
        let mut paid = contact(Channel::Phone, "+599 717 6181");
        paid.inherit(Cost::Free, None);
        assert_eq!(paid.cost, Some(Cost::Free));
        assert!(!paid.free());
    }
}
