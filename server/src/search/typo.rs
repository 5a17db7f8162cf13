//! Typo-tolerant terms with one automaton each per query. A word the index does not hold
//! is looked for with typos in six fields (name, text and description, in Dutch and
//! English); tantivy's `FuzzyTermQuery` builds its Levenshtein automaton for each field
//! again, and building it is as costly as walking a field's terms with it. `Typos` builds
//! the automaton once per term and distance and shares it between the fields; what is
//! found and how it scores are `FuzzyTermQuery`'s (a test holds them equal).

use std::{collections::HashMap, fmt, sync::Arc};
use tantivy::{
    Term,
    query::{AutomatonWeight, DfaWrapper, EnableScoring, FuzzyTermQuery, Query, Weight},
    schema::Field,
};

/// The automata made so far for one query, by term text and distance.
#[derive(Default)]
pub struct Typos {
    automata: HashMap<(String, u8), Arc<DfaWrapper>>,
}

impl Typos {
    /// The terms of `term`'s field at most `distance` edits from it (a swap of two letters
    /// counts as one).
    pub fn query(&mut self, term: Term, distance: u8) -> Box<dyn Query> {
        let Some(text) = term.value().as_str().map(str::to_owned) else {
            return Box::new(FuzzyTermQuery::new(term, distance, true));
        };
        let field = term.field();
        let automaton = match self.automata.get(&(text.clone(), distance)) {
            Some(automaton) => Arc::clone(automaton),
            None => match FuzzyTermQuery::new(term.clone(), distance, true).automaton() {
                Ok(automaton) => {
                    let automaton = Arc::new(automaton);
                    self.automata
                        .insert((text, distance), Arc::clone(&automaton));
                    automaton
                }
                Err(_) => return Box::new(FuzzyTermQuery::new(term, distance, true)),
            },
        };
        Box::new(Shared { field, automaton })
    }
}

/// A typo-tolerant term in one field, its automaton shared with the other fields.
#[derive(Clone)]
struct Shared {
    field: Field,
    automaton: Arc<DfaWrapper>,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Typos({:?})", self.field)
    }
}

impl Query for Shared {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<DfaWrapper>::new(
            self.field,
            Arc::clone(&self.automaton),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::any::tests::{index, run};

    #[test]
    fn a_shared_automaton_finds_and_scores_what_a_fuzzy_term_query_finds() {
        let (index, tag, text) = index();
        let mut typos = Typos::default();
        for (field, word, distance) in [
            (text, "zeldzam", 1),
            (text, "zledzaam", 1),
            (text, "gewn", 2),
            (text, "woord", 1),
            (tag, "drei", 1),
            (tag, "vijf", 2),
            (text, "niets", 1),
        ] {
            let term = Term::from_field_text(field, word);
            let fuzzy = FuzzyTermQuery::new(term.clone(), distance, true);
            let shared = typos.query(term, distance);
            assert_eq!(run(&index, shared.as_ref()), run(&index, &fuzzy), "{word}");
        }
        let found = run(
            &index,
            typos
                .query(Term::from_field_text(text, "zeldzam"), 1)
                .as_ref(),
        );
        assert_eq!(found.len(), 4, "one edit from zeldzaam");
        assert_eq!(
            typos.automata.len(),
            7,
            "the same word and distance is built once"
        );
    }
}
