//! Data a page needs from the server (a directory entry, search results), made on the
//! server for each request and sent along with the page, so the browser hydrates exactly
//! what the server rendered. Every text in here is data (names, descriptions as written in
//! the directory); labels come from the i18n layer.

use crate::report::{About, Draft, DraftError};
use crate::time::TimeOfDay;
use crate::triage::{
    Answers, PlaceCheck,
    plan::{Plan, PlanReferral},
    questions::Screen,
};
use crate::vocab::{Channel, Cost, Day, Need, Role};
use serde::{Deserialize, Serialize};

/// What the server prepared for the page being rendered.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum PageData {
    #[default]
    Nothing,
    Organisation(OrgView),
    Search(SearchView),
    Triage(Box<TriageView>),
    Overview(OverviewView),
    Report(Box<ReportView>),
}

/// The "Klopt er iets niet?" page: the form sent back with what was wrong, or the thanks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    /// What the note is about.
    pub about: About,
    /// The help point's name, for the heading and the way back.
    pub name: String,
    /// The organisation whose page leads back.
    pub organisation_id: String,
    /// The form as sent, to show again.
    pub draft: Draft,
    pub outcome: ReportOutcome,
    /// The answers of the plan the form was sent from, for "Terug naar je plan"; `None`
    /// when it came from an organisation page.
    pub answers: Option<Answers>,
}

/// What became of a sent note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReportOutcome {
    /// Kept: the thanks.
    Sent,
    /// Not kept: these fields need another look.
    Mistakes(Vec<DraftError>),
    /// Not kept: too many notes from this client just now (429).
    TooMany,
    /// Not kept: the database could not take it (503).
    NotSaved,
}

/// Every help point that serves one municipality, for a professional's desk: grouped by
/// what each mainly offers, the help for this region first in each group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OverviewView {
    /// The municipality; `None` when no place was given or it was not found.
    pub place: Option<String>,
    /// The groups, in the order of the needs; help without a listed need last.
    pub groups: Vec<OverviewGroup>,
    /// The answers it was made for, never the own words: "Terug naar het hulpplan" posts
    /// them back.
    #[serde(default)]
    pub answers: Answers,
}

/// The help points whose main offer (the first need they list) is `need`; `None` for help
/// that lists no need.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OverviewGroup {
    pub need: Option<Need>,
    pub entries: Vec<OverviewEntry>,
}

/// One help point on the desk overview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OverviewEntry {
    pub organisation_id: String,
    pub organisation: String,
    /// It serves this municipality's region or island in particular, not only the country.
    pub regional: bool,
    pub service: ServiceView,
    /// How a professional refers a client, when the sources say.
    pub referral: Option<PlanReferral>,
}

/// The questionnaire as the server left it after a form POST: the answers so far, the
/// screen to show, the plan once it is made, and a typed place that was not found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TriageView {
    pub answers: Answers,
    pub screen: Screen,
    pub plan: Option<Plan>,
    #[serde(default)]
    pub place_check: Option<PlaceCheck>,
}

/// An organisation with its services, in the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgView {
    pub id: String,
    pub name: String,
    pub website: Option<String>,
    pub description: String,
    /// How a professional refers a client, when the sources say.
    pub referral: Option<PlanReferral>,
    pub services: Vec<ServiceView>,
}

/// A service, in the page's language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceView {
    pub id: String,
    pub name: String,
    pub description: String,
    /// What the sources do not confirm about it.
    pub unconfirmed: Option<String>,
    pub age_min: Option<u8>,
    pub age_max: Option<u8>,
    pub contacts: Vec<ContactView>,
}

/// A way to get in touch, with where the fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactView {
    pub channel: Channel,
    /// As people write it: `0800-0188`, a web address.
    pub value: String,
    /// The link: `tel:+318000188`, `https://...`.
    pub href: String,
    pub always_open: bool,
    pub weekly: Vec<SlotView>,
    /// Open at the moment the page was made, in the contact's own time zone; `None` when
    /// the hours are not known.
    pub open_now: Option<bool>,
    /// Today is a public holiday where the contact is and it only has weekday hours: it
    /// may be closed, and `open_now` is `Some(false)`.
    pub holiday: bool,
    /// The year of the hours' source when it is more than two years old: the hours are
    /// shown with it and drive neither `open_now` nor the order.
    pub stale_hours_year: Option<i16>,
    /// The year of the contact's source, where known.
    pub source_year: Option<i16>,
    pub confirmed: bool,
    pub source: String,
    /// `YYYY-MM-DD`.
    pub verified: String,
    /// Checked live on the source (`true`) or against the research dossier (`false`).
    pub verified_live: bool,
    pub note: Option<String>,
    /// What using this contact costs: `Free` (the help and reaching it cost nothing),
    /// `LocalRate` (free help, the call costs the normal rate), `Paid` or `Unknown`.
    pub cost: Cost,
    /// Whether this contact can be used without giving a name; `None` when not known.
    pub anonymous: Option<bool>,
}

/// Open from `open` to `close` on `days`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotView {
    pub days: Vec<Day>,
    pub open: TimeOfDay,
    pub close: TimeOfDay,
}

/// A directory search and what it found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchView {
    pub query: String,
    pub place: String,
    /// The need chosen, if any.
    pub need: Option<Need>,
    /// Who the help is for, if chosen.
    pub audience: Option<Role>,
    /// The municipality or island the place resolved to.
    pub region: Option<String>,
    /// The place was given but not found: the results are national help.
    pub place_not_found: bool,
    pub hits: Vec<HitView>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HitView {
    pub organisation_id: String,
    pub organisation_name: String,
    pub name: String,
    /// The description in pieces; `true` pieces match the search words.
    pub description: Vec<(String, bool)>,
    pub reasons: Vec<ReasonView>,
    pub contacts: Vec<ContactView>,
}

/// Why a result is shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ReasonView {
    Words(Vec<String>),
    Region(String),
    National,
    AlwaysOpen,
    Anonymous,
    Age,
}

/// Why the server answers with an error page instead of the page asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ErrorKind {
    /// A form sent from another website (403).
    CrossSite,
    /// No such page (404).
    NotFound,
    /// A body larger than any of our forms can make (413).
    TooLarge,
    /// The request did not arrive in time (408).
    Timeout,
    /// Anything else the request got wrong: a form we cannot read, a method the page does
    /// not take (400, 405, 415, 422).
    BadRequest,
    /// Our fault (5xx).
    Server,
}

/// An error page: what went wrong, in the language of the address asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageError {
    pub kind: ErrorKind,
    pub lang: crate::i18n::Lang,
}
