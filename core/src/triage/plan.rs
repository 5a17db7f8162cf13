//! The plan as `POST /api/v1/plan` answers it (shared/design/triage-contract.md) and as
//! the plan page shows it: urgent numbers, ranked steps with their reasons, guidance, the
//! regional picture, a short summary and notes. Texts are in the requested language.

use crate::page_data::ContactView;
use serde::{Deserialize, Serialize};

/// A plan for one person's answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Call now: non-empty whenever someone is in danger or it is happening now.
    pub urgent: Vec<Urgent>,
    /// It keeps happening (`when = ongoing`) and nobody said there is danger now: instead of
    /// the urgent numbers, one line asks whether someone is in danger now, with 112 (911 on
    /// the islands). Additive.
    #[serde(default)]
    pub danger_check: bool,
    /// First step first.
    pub steps: Vec<PlanStep>,
    pub guidance: Vec<Guidance>,
    /// Where the person is, when a place was given and found.
    pub region: Option<PlanRegion>,
    pub summary: Summary,
    pub notes: Vec<String>,
}

/// An emergency number to call now.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Urgent {
    pub service_id: String,
    pub label: String,
    pub contacts: Vec<PlanContact>,
    pub why: Vec<String>,
}

/// One option in the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanStep {
    pub rank: u8,
    /// The organisation's id.
    pub service_id: String,
    /// The service or regional unit within the organisation.
    pub unit_id: String,
    pub name: String,
    /// The organisation's name, when it differs from the service's.
    pub organisation: String,
    pub description: String,
    /// What the sources do not confirm about it, shown with the sources. Additive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unconfirmed: Option<String>,
    pub why: Vec<String>,
    pub contacts: Vec<PlanContact>,
    /// Kilometres to the nearest location, when both positions are known.
    pub distance_km: Option<f64>,
    /// For a professional: how to refer a client here, when the sources say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referral: Option<PlanReferral>,
}

/// How a professional refers a client to an option, and where that comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanReferral {
    pub text: String,
    pub confirmed: bool,
    pub sources: Vec<String>,
    /// `YYYY-MM-DD`.
    pub verified: String,
    pub verified_live: bool,
}

/// A way to reach an option: the contact as the pages show it (its fields, flattened:
/// `channel`, `value`, `href`, `open_now`, `cost`, `anonymous`, `confirmed`, the source,
/// and, additive, `always_open` and `weekly`), with the contract's `hours` in words and
/// `free`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanContact {
    #[serde(flatten)]
    pub view: ContactView,
    /// The hours in words, `24/7` when always open; `None` when not known.
    pub hours: Option<String>,
    /// The help is free and reaching this contact costs nothing (an 0800 number, 112, 113,
    /// 911, a chat, a form, e-mail, a website); `false` for free help on a number that
    /// costs a call (see `cost`).
    pub free: bool,
}

/// A block of practical advice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guidance {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Short steps to do now, in order (the bystander's 5 D's); empty for most advice.
    /// Additive.
    #[serde(default)]
    pub steps: Vec<String>,
}

/// A code with its name, e.g. `VR09` "Utrecht": a municipality, a region or an island,
/// in the region tables and in a plan alike.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub code: String,
    pub name: String,
}

/// Where the person is, and the regional units that serve them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRegion {
    pub municipality: Option<Named>,
    pub veiligheidsregio: Option<Named>,
    pub ggd: Option<Named>,
    pub island: Option<Named>,
    pub emergency_number: String,
    /// The regional units: the Centrum Seksueel Geweld, Veilig Thuis, Sense at the GGD.
    pub units: Vec<RegionalUnit>,
}

/// A regional unit in the regional picture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionalUnit {
    pub service_id: String,
    pub unit_id: String,
    pub name: String,
}

/// The answers in a few plain sentences, and the help point they name.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub text: String,
    /// The `unit_id` of the step the summary names: the one the person chose, or the
    /// first step; `None` when the plan has no steps.
    #[serde(default)]
    pub chosen: Option<String>,
}

impl Plan {
    /// The step the summary names.
    pub fn chosen_step(&self) -> Option<&PlanStep> {
        let id = self.summary.chosen.as_deref()?;
        self.steps.iter().find(|s| s.unit_id == id)
    }
}

impl PlanStep {
    /// Open now: `Some(true)` when a contact is open, `Some(false)` when every contact's
    /// hours are known and all are closed, `None` otherwise.
    pub fn open_now(&self) -> Option<bool> {
        if self.contacts.iter().any(|c| c.view.open_now == Some(true)) {
            Some(true)
        } else if !self.contacts.is_empty()
            && self.contacts.iter().all(|c| c.view.open_now.is_some())
        {
            Some(false)
        } else {
            None
        }
    }
}
