//! The questionnaire's form fields: answers travel from screen to screen in the body of a
//! POST (hidden fields for earlier answers), never in the address. The same reading is
//! used by the server for a posted form and by the browser for a submitted one.

use super::answer_fields;
use super::{
    Answers, MAX_ID_CHARS, MAX_OWN_WORDS_CHARS, MAX_PLACE_CHARS, Place, help_point_id,
    questions::{Go, Screen, Step},
};
use crate::vocab::Island;

/// Most fields a form may carry; the rest is ignored.
const MAX_FIELDS: usize = 64;

/// The most bytes one typed character can take in a form body: four UTF-8 bytes, each
/// percent-encoded as three (a line break, sent as CR LF, takes six).
pub const MAX_BYTES_PER_CHAR: usize = 4 * 3;

/// The most bytes a field other than the typed ones takes: its name, `=`, `&` and an id.
const MAX_BYTES_PER_FIELD: usize = 32 + MAX_ID_CHARS * 3;

/// The largest body one of our forms can make: the own words and the place at their
/// longest in the widest characters, and every other field at its longest. Anything larger
/// does not come from our pages, so the server refuses it (413) without reading further.
pub const MAX_BODY_BYTES: usize =
    (MAX_OWN_WORDS_CHARS + MAX_PLACE_CHARS) * MAX_BYTES_PER_CHAR + MAX_FIELDS * MAX_BYTES_PER_FIELD;

/// A submitted questionnaire screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Submission {
    pub answers: Answers,
    /// The question that was on the screen; `None` for a fresh start.
    pub step: Option<Step>,
    pub go: Option<Go>,
}

fn coordinate(text: &str, limit: f64) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= limit)
}

/// Reads a submitted form. Unknown names and values are ignored (they do not come from our
/// pages); at most [`MAX_FIELDS`] fields are read. For the place, an island wins over
/// typed text, and typed text over a position from "use my location".
pub fn read<I, K, V>(pairs: I) -> Submission
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = Submission::default();
    let (mut place, mut island, mut lat, mut lon) = (None, None, None, None);
    for (name, value) in pairs.into_iter().take(MAX_FIELDS) {
        let value = value.as_ref();
        let a = &mut out.answers;
        match name.as_ref() {
            "step" => out.step = Step::from_id(value),
            "go" => {
                out.go = match value {
                    "next" => Some(Go::Next),
                    "back" => Some(Go::Back),
                    "skip" => Some(Go::Skip),
                    "danger" => Some(Go::Danger),
                    "plan" => Some(Go::Plan),
                    "first" => Some(Go::First),
                    "on" => Some(Go::On),
                    "edit" => Some(Go::Edit),
                    _ => None,
                }
            }
            "danger_now" => a.danger_now = Some(value == "true"),
            "place" => place = Place::from_text(value),
            "island" => island = Island::from_id(value),
            "lat" => lat = coordinate(value, 90.0),
            "lon" => lon = coordinate(value, 180.0),
            "chosen" => a.chosen = help_point_id(value),
            "own_words" => {
                let words: String = value.chars().take(MAX_OWN_WORDS_CHARS).collect();
                a.own_words = Some(words).filter(|w| !w.trim().is_empty());
            }
            name => {
                if let Some(field) = answer_fields::of_name(name) {
                    (field.set)(a, value);
                }
            }
        }
    }
    out.answers.location = match (island, place, lat.zip(lon)) {
        (Some(island), _, _) => Some(Place::Island { island }),
        (None, Some(place), _) => Some(place),
        (None, None, point) => point.map(|(lat, lon)| Place::Point { lat, lon }),
    };
    out
}

/// The fields that carry `answers`, as (name, value), leaving out the answers to `except`
/// (the questions on screen, whose own inputs carry them).
pub fn fields(answers: &Answers, except: &[Step]) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    if let Some(danger) = answers.danger_now {
        out.push(("danger_now", danger.to_string()));
    }
    for step in Step::ALL.into_iter().filter(|step| !except.contains(step)) {
        match answer_fields::of_step(step) {
            Some(field) => out.extend(
                (field.chosen)(answers)
                    .into_iter()
                    .map(|id| (field.name, id.to_owned())),
            ),
            None => out.extend(place_fields(answers.location.as_ref())),
        }
    }
    if let Some(chosen) = &answers.chosen {
        out.push(("chosen", chosen.clone()));
    }
    if let Some(words) = &answers.own_words {
        out.push(("own_words", words.clone()));
    }
    out
}

/// The fields that carry a place: an island's id, a position, or the typed text.
fn place_fields(place: Option<&Place>) -> Vec<(&'static str, String)> {
    match place {
        Some(Place::Island { island }) => vec![("island", island.id().to_owned())],
        Some(Place::Point { lat, lon }) => vec![("lat", lat.to_string()), ("lon", lon.to_string())],
        Some(place) => vec![("place", place.text().unwrap_or_default().to_owned())],
        None => Vec::new(),
    }
}

/// The fields that bring a person back to the same screen with the same answers, in the
/// other language: every answer, and the question on screen (or the plan). The language
/// switch of the questionnaire posts them.
pub fn same_screen(answers: &Answers, screen: Screen) -> Vec<(&'static str, String)> {
    let mut out = fields(answers, &[]);
    match screen {
        Screen::Question(step) => out.push(("step", step.id().to_owned())),
        Screen::FirstStep(step) => {
            out.push(("step", step.id().to_owned()));
            out.push(("go", "first".to_owned()));
        }
        Screen::NoConsent => out.push(("step", Step::Consent.id().to_owned())),
        Screen::Plan | Screen::Overview => out.push(("go", "plan".to_owned())),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::{AgeBand, ContactWay, Need, Role, Setting, What, When};

    fn full() -> Answers {
        Answers {
            role: Some(Role::Relative),
            danger_now: Some(false),
            what: vec![What::Online, What::Harassment],
            setting: vec![Setting::School],
            when: Some(When::Within7d),
            age: Some(AgeBand::From12To17),
            location: Some(Place::Postcode {
                postcode: "3511 AB".into(),
            }),
            needs: vec![Need::RemoveImages, Need::Talk],
            contact: vec![ContactWay::Chat, ContactWay::Anonymous],
            own_words: Some("Het was op het schoolfeest.\nIk weet niet wie.".into()),
            consent: Some(true),
            chosen: Some("csg-utrecht".into()),
        }
    }

    #[test]
    fn the_same_screen_comes_back_with_the_same_answers() {
        use crate::triage::questions::respond;
        for screen in [
            Screen::Question(Step::When),
            Screen::Question(Step::Role),
            Screen::Plan,
        ] {
            let submitted = read(same_screen(&full(), screen));
            let mut answers = submitted.answers;
            assert_eq!(respond(&mut answers, submitted.step, submitted.go), screen);
            assert_eq!(answers, full());
        }
    }

    #[test]
    fn fields_read_back_as_the_same_answers() {
        for answers in [
            full(),
            Answers::default(),
            Answers {
                location: Some(Place::Island {
                    island: Island::Saba,
                }),
                ..full()
            },
            Answers {
                location: Some(Place::Point {
                    lat: 52.09,
                    lon: 5.12,
                }),
                ..full()
            },
        ] {
            assert_eq!(read(fields(&answers, &[])).answers, answers);
        }
    }

    #[test]
    fn the_question_on_screen_is_left_to_its_inputs() {
        let names: Vec<_> = fields(&full(), &[Step::What])
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert!(!names.contains(&"what"));
        assert!(names.contains(&"setting"));
    }

    #[test]
    fn unknown_and_hostile_values_are_ignored() {
        let got = read([
            ("role", "admin"),
            ("needs", "emergency"),
            ("needs", "talk"),
            ("needs", "talk"),
            ("lat", "NaN"),
            ("lon", "5"),
            ("place", "<script>"),
            ("chosen", "<script>"),
            ("go", "next"),
            ("step", "age"),
            ("evil", "x"),
        ]);
        assert_eq!(got.answers.role, None);
        assert_eq!(got.answers.chosen, None);
        assert_eq!(got.answers.needs, vec![Need::Talk]);
        assert_eq!(
            got.answers.location,
            Some(Place::Municipality {
                municipality: "<script>".into()
            })
        );
        assert_eq!((got.step, got.go), (Some(Step::Age), Some(Go::Next)));
    }
}
