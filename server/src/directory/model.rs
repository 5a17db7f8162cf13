//! The directory as typed records, in the shape of the data files (see data/README.md for
//! the mapping to Open Referral HSDS 3.1). Ids of the triage vocabulary are those of
//! shared/design/triage-contract.md.

pub use app::vocab::{Need, Role, Setting, What};
use serde::{Deserialize, Serialize};

/// A text in both languages of the site.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: String,
    pub en: String,
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
    pub referral: Option<Referral>,
    #[serde(rename(deserialize = "service"))]
    pub services: Vec<Service>,
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
    pub verified: String,
    pub verified_against: VerifiedAgainst,
}

/// What an organisation offers to whom, where and how to reach it (HSDS `service`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: String,
    pub name: Text,
    pub description: Text,
    /// Who it is for (HSDS `eligibility`).
    pub audiences: Vec<Role>,
    /// What it helps with.
    pub needs: Vec<Need>,
    /// Which kinds of events it is meant for; empty means all.
    #[serde(default)]
    pub what: Vec<What>,
    /// Where the events happened that it is meant for; empty means anywhere.
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// The ages it serves, in years, both ends included (HSDS `eligibility`).
    #[serde(default)]
    pub age: Option<AgeRange>,
    /// Where people can use it (HSDS `service_area`).
    pub coverage: Coverage,
    pub cost: Cost,
    /// Whether people can get help without giving their name; absent when not known.
    pub anonymous: Option<bool>,
    /// Languages it can be used in, as ISO 639-1 codes (HSDS `language`).
    #[serde(default)]
    pub languages: Vec<String>,
    /// How to reach it (HSDS `phone` and `contact`, with `schedule`); empty when no
    /// contact is known, which the description then says.
    #[serde(default, rename(deserialize = "contact"))]
    pub contacts: Vec<Contact>,
    /// Places to go (HSDS `location` via `service_at_location`).
    #[serde(default, rename(deserialize = "location"))]
    pub locations: Vec<Location>,
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
    /// The whole European Netherlands.
    #[serde(default)]
    pub national: bool,
    /// CBS municipality codes, e.g. `GM0344`.
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// Veiligheidsregio codes, e.g. `VR09`.
    #[serde(default)]
    pub veiligheidsregios: Vec<String>,
    /// GGD region codes, e.g. `GG2514`.
    #[serde(default)]
    pub ggd: Vec<String>,
    /// Islands of the Caribbean Netherlands: `bonaire`, `sint_eustatius`, `saba`.
    #[serde(default)]
    pub islands: Vec<String>,
}

/// What using a service costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cost {
    Free,
    /// Free help, but the call costs what a normal call costs.
    LocalRate,
    Paid,
    Unknown,
}

/// One way to get in touch.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub channel: Channel,
    /// A phone number as people write it, a web address or an e-mail address.
    pub value: String,
    /// The link that opens it (`tel:+318000188`, `mailto:...`, `https://...`); worked out
    /// when the data is loaded, never written in the files.
    #[serde(skip_deserializing, default)]
    pub href: String,
    /// When it can be reached; absent when not known.
    pub hours: Option<Hours>,
    /// Stated by the organisation or an official source (see shared/directory-facts).
    pub confirmed: bool,
    /// Where the fact comes from.
    pub source: String,
    /// The date of that source, when known (`YYYY-MM` or `YYYY-MM-DD`).
    pub source_date: Option<String>,
    /// When it was last checked (`YYYY-MM-DD`).
    pub verified: String,
    /// What it was checked against.
    pub verified_against: VerifiedAgainst,
    pub note: Option<Text>,
}

/// A way to get in touch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Phone,
    Chat,
    Whatsapp,
    Email,
    WalkIn,
    OnlineForm,
    /// A web page with information.
    Website,
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
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
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
}

/// Open from `open` to `close` (`HH:MM`, local time) on the given days.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Slot {
    pub days: Vec<Day>,
    pub open: String,
    pub close: String,
}

/// A date (`YYYY-MM-DD`) with other hours: closed, or open from `open` to `close`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    pub date: String,
    #[serde(default)]
    pub closed: bool,
    pub open: Option<String>,
    pub close: Option<String>,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// The time zone opening hours are in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
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
    pub verified: String,
    pub verified_against: VerifiedAgainst,
}

/// The id a vocabulary value has in the data and the triage contract, e.g. `rape_or_assault`.
pub fn vocabulary_id<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        _ => String::new(),
    }
}
