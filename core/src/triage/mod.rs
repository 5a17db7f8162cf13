//! Triage as the browser and the server share it: a person's answers, the questionnaire
//! that collects them, the form fields that carry them, and the plan that comes back.
//! The rules that turn answers into a plan live on the server (`server::triage`).

pub mod answer_fields;
pub mod form;
pub mod plan;
pub mod questions;
pub mod summary;

use crate::vocab::{AgeBand, ContactWay, Island, Need, Role, Setting, What, When};
use serde::{Deserialize, Serialize};

/// The emergency number in the European Netherlands.
pub const EMERGENCY_NL: &str = "112";

/// The emergency number on Bonaire, Sint Eustatius and Saba (its dispatch centre also
/// answers 112).
pub const EMERGENCY_ISLANDS: &str = "911";

/// Longest place name or postcode a person can type.
pub const MAX_PLACE_CHARS: usize = 200;
/// Longest text in a person's own words.
pub const MAX_OWN_WORDS_CHARS: usize = 2000;
/// Longest id of a help point.
pub const MAX_ID_CHARS: usize = 80;

/// A help point's id as sent back by a form or the API: lowercase letters, digits and
/// single hyphens, at most [`MAX_ID_CHARS`]; `None` for anything else.
///
/// ```
/// use hulpwijzer_core::triage::help_point_id;
/// assert_eq!(help_point_id("csg-utrecht"), Some("csg-utrecht".into()));
/// assert_eq!(help_point_id("<b>"), None);
/// assert_eq!(help_point_id("a--b"), None);
/// ```
pub fn help_point_id(text: &str) -> Option<String> {
    let ok = text.len() <= MAX_ID_CHARS
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    ok.then(|| text.to_owned())
}

/// Where a person is, as they told it (the contract's `location`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Place {
    Postcode { postcode: String },
    Municipality { municipality: String },
    Point { lat: f64, lon: f64 },
    Island { island: Island },
}

impl Place {
    /// What a person typed in the place field: a postcode when it looks like one (four
    /// digits, optionally two letters), otherwise a municipality; `None` when empty.
    ///
    /// ```
    /// use hulpwijzer_core::triage::Place;
    /// assert_eq!(Place::from_text(" 3511ab "), Some(Place::Postcode { postcode: "3511ab".into() }));
    /// assert_eq!(Place::from_text("Den Haag"), Some(Place::Municipality { municipality: "Den Haag".into() }));
    /// assert_eq!(Place::from_text("  "), None);
    /// ```
    pub fn from_text(text: &str) -> Option<Place> {
        let text: String = text.trim().chars().take(MAX_PLACE_CHARS).collect();
        if text.is_empty() {
            return None;
        }
        let compact: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        let looks_like_postcode = (compact.len() == 4 || compact.len() == 6)
            && compact.iter().take(4).all(char::is_ascii_digit)
            && compact.iter().skip(4).all(char::is_ascii_alphabetic);
        Some(if looks_like_postcode {
            Place::Postcode { postcode: text }
        } else {
            Place::Municipality { municipality: text }
        })
    }

    /// The text to put back in the place field, for a postcode or a municipality.
    pub fn text(&self) -> Option<&str> {
        match self {
            Place::Postcode { postcode } => Some(postcode),
            Place::Municipality { municipality } => Some(municipality),
            Place::Point { .. } | Place::Island { .. } => None,
        }
    }
}

/// A typed place that is not known, or that more than one municipality has: the place
/// question comes again with names to choose from, never a guess. Only "Zeg ik liever
/// niet" goes on without a place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceCheck {
    /// More than one municipality has this name; otherwise it is not known.
    pub ambiguous: bool,
    /// Municipality names to choose from: the candidates, or names close to what was
    /// typed ("Utrecht" for "Utrect"); may be empty.
    pub options: Vec<String>,
}

/// A person's answers; every one may be left out ("I'd rather not say").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub danger_now: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub what: Vec<What>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub setting: Vec<Setting>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeBand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Place>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub needs: Vec<Need>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contact: Vec<ContactWay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_words: Option<String>,
    /// For a professional: whether the client consented to looking for help and sharing
    /// details (an extension of the contract; absent when not asked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    /// The help point the person chose for the summary: a step's `unit_id` (an extension
    /// of the contract; absent means the first step).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen: Option<String>,
}

impl Answers {
    /// Whether the person says someone is in danger now or it is happening now: the
    /// emergency number comes before anything else.
    pub fn urgent(&self) -> bool {
        self.danger_now == Some(true) || self.when == Some(When::Now)
    }

    /// Who the texts speak to: a professional reads "u" and "uw cliënt".
    pub fn voice(&self) -> crate::i18n::Voice {
        crate::i18n::Voice::of(self.role == Some(Role::Professional))
    }

    /// A typed place found to be `island` (its name typed, "Bonaire") becomes that island,
    /// as if chosen: every screen after it then names the island's emergency number, as
    /// the plan does. `island` is what the place look-up found (`None`: not an island).
    ///
    /// ```
    /// use hulpwijzer_core::{triage::{Answers, Place}, vocab::Island};
    /// let mut answers = Answers { location: Place::from_text("Bonaire"), ..Answers::default() };
    /// assert_eq!(answers.emergency_here(), Some("112"));
    /// answers.place_found(Some(Island::Bonaire));
    /// assert_eq!(answers.location, Some(Place::Island { island: Island::Bonaire }));
    /// assert_eq!(answers.emergency_here(), Some("911"));
    /// ```
    pub fn place_found(&mut self, island: Option<Island>) {
        let typed = matches!(
            self.location,
            Some(Place::Postcode { .. } | Place::Municipality { .. })
        );
        if let (true, Some(island)) = (typed, island) {
            self.location = Some(Place::Island { island });
        }
    }

    /// Whether the person said they are on Bonaire, Sint Eustatius or Saba.
    pub fn on_an_island(&self) -> bool {
        matches!(self.location, Some(Place::Island { .. }))
    }

    /// The emergency number where the person said they are: 911 on the islands, 112
    /// elsewhere, none when they have not said where (then both apply).
    pub fn emergency_here(&self) -> Option<&'static str> {
        self.location.as_ref().map(|_| self.emergency_number())
    }

    /// The emergency number where the person is: 911 on the islands, else 112.
    pub fn emergency_number(&self) -> &'static str {
        if self.on_an_island() {
            EMERGENCY_ISLANDS
        } else {
            EMERGENCY_NL
        }
    }
}
