//! The answers to the questions with options, as one table: for each question, the field
//! that carries its answer (the same name in a form and in the plan API), whether it holds
//! one id or a list, the ids it takes, and how an answer is read, listed and cleared. The
//! form codec, the questionnaire and the API all go through this table, so a new question
//! with options is one row here plus its texts. The place, the own words, "danger now" and
//! the chosen help point are not options and are read where they are used.

use super::{Answers, questions::Step};
use crate::vocab::{AgeBand, ContactWay, Need, Role, Setting, What, When};

/// How the answer to one question with options is carried.
pub struct AnswerField {
    pub step: Step,
    /// The field's name in a form and in the plan API (the triage contract's name).
    pub name: &'static str,
    /// More than one option may be chosen.
    pub many: bool,
    /// The ids a person can send.
    pub ids: fn() -> Vec<&'static str>,
    /// The ids chosen in `answers`.
    pub chosen: fn(&Answers) -> Vec<&'static str>,
    /// Adds (a list) or sets (one id) the option with this id; `false` when no option has
    /// it, and then nothing changes.
    pub set: fn(&mut Answers, &str) -> bool,
    /// Clears the answer.
    pub clear: fn(&mut Answers),
}

/// A question whose answer is one value of a vocabulary.
macro_rules! one {
    ($step:ident, $field:ident, $ty:ident) => {
        AnswerField {
            step: Step::$step,
            name: stringify!($field),
            many: false,
            ids: || $ty::ALL.iter().map(|v| v.id()).collect(),
            chosen: |a| a.$field.map($ty::id).into_iter().collect(),
            set: |a, id| {
                let value = $ty::from_id(id);
                if value.is_some() {
                    a.$field = value;
                }
                value.is_some()
            },
            clear: |a| a.$field = None,
        }
    };
}

/// A question whose answer is a list of values of a vocabulary, each once; `$allowed`
/// leaves out values that are not an answer.
macro_rules! many {
    ($step:ident, $field:ident, $ty:ident, $allowed:expr) => {
        AnswerField {
            step: Step::$step,
            name: stringify!($field),
            many: true,
            ids: || {
                $ty::ALL
                    .iter()
                    .filter(|v| $allowed(**v))
                    .map(|v| v.id())
                    .collect()
            },
            chosen: |a| a.$field.iter().map(|v| v.id()).collect(),
            set: |a, id| match $ty::from_id(id).filter(|v| $allowed(*v)) {
                Some(value) => {
                    if !a.$field.contains(&value) {
                        a.$field.push(value);
                    }
                    true
                }
                None => false,
            },
            clear: |a| a.$field.clear(),
        }
    };
}

/// Every value of the vocabulary is an answer.
fn any<T>(_: T) -> bool {
    true
}

/// The questions with options, in the order they are asked.
pub const ANSWER_FIELDS: [AnswerField; 8] = [
    one!(Role, role, Role),
    AnswerField {
        step: Step::Consent,
        name: "consent",
        many: false,
        ids: || vec!["yes", "no"],
        chosen: |a| {
            a.consent
                .map(|yes| if yes { "yes" } else { "no" })
                .into_iter()
                .collect()
        },
        set: |a, id| {
            let value = match id {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            };
            if value.is_some() {
                a.consent = value;
            }
            value.is_some()
        },
        clear: |a| a.consent = None,
    },
    many!(What, what, What, any),
    many!(Setting, setting, Setting, any),
    one!(When, when, When),
    one!(Age, age, AgeBand),
    // "emergency" is the directory's own need, never an answer: danger comes first anyway.
    many!(Needs, needs, Need, |n| n != Need::Emergency),
    many!(Contact, contact, ContactWay, any),
];

/// The row of a question, `None` for the place.
pub fn of_step(step: Step) -> Option<&'static AnswerField> {
    ANSWER_FIELDS.iter().find(|f| f.step == step)
}

/// The row of a field name, `None` for a field that is not an answer with options.
pub fn of_name(name: &str) -> Option<&'static AnswerField> {
    ANSWER_FIELDS.iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_but_the_place_has_one_row_named_as_its_step() {
        for step in Step::ALL {
            match of_step(step) {
                Some(field) => {
                    assert_eq!(field.name, step.id());
                    assert_eq!(field.many, step.multiple(), "{step:?}");
                }
                None => assert_eq!(step, Step::Place),
            }
        }
        assert_eq!(ANSWER_FIELDS.len(), Step::ALL.len() - 1);
    }

    #[test]
    fn every_id_sets_lists_and_clears_its_answer() {
        for field in &ANSWER_FIELDS {
            let ids = (field.ids)();
            assert!(!ids.is_empty(), "{}", field.name);
            let mut answers = Answers::default();
            for id in &ids {
                assert!((field.set)(&mut answers, id), "{} {id}", field.name);
                assert!((field.chosen)(&answers).contains(id), "{} {id}", field.name);
            }
            let chosen = (field.chosen)(&answers);
            assert_eq!(chosen.len(), if field.many { ids.len() } else { 1 });
            assert!(!(field.set)(&mut answers, "nonsense"));
            assert_eq!((field.chosen)(&answers), chosen, "a bad id changes nothing");
            (field.clear)(&mut answers);
            assert_eq!(answers, Answers::default(), "{}", field.name);
        }
    }

    #[test]
    fn emergency_is_not_an_answer() {
        let needs = of_name("needs").unwrap();
        assert!(!(needs.ids)().contains(&"emergency"));
        let mut answers = Answers::default();
        assert!(!(needs.set)(&mut answers, "emergency"));
        assert!(answers.needs.is_empty());
    }
}
