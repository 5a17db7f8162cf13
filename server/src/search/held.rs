//! `Held`: for the terms most of the directory holds (the filter field's needs, settings,
//! "for victims", "reached directly", and the coverage term `national`), which services
//! hold each, one bit per service, made once when the index is built. The ordering rules
//! ask this of every service a query's words let through; asked of the postings, each
//! such service cost a walk through the skip lists of every rule's terms (tantivy reads
//! a posting list's skip entries one by one, and these lists are as long as the
//! directory). With 100,000 services that walk was most of a narrow query.
//!
//! Bits are kept for one segment: the index is merged into one when it is built, and never
//! written again. A query asks `Held::any`, which answers `None` for a term it does not
//! know; the caller then asks the postings.

use std::{collections::HashMap, fmt, sync::Arc};
use tantivy::{
    DocId, DocSet, Score, Searcher, SegmentReader, TERMINATED, TantivyError, Term,
    index::SegmentId,
    query::{EnableScoring, Explanation, Query, Scorer, Weight},
    schema::{Field, IndexRecordOption},
};

/// Which services hold each kept term, for the one segment of the index.
pub struct Held {
    segment: SegmentId,
    max_doc: DocId,
    /// Fields whose every term is kept: a term of theirs not in `sets` is held by none.
    whole: Vec<Field>,
    sets: HashMap<Term, Bits>,
}

/// One bit per document, 64 to a word.
type Bits = Arc<[u64]>;

impl Held {
    /// Keeps every term of `whole` and the `terms` named, reading their postings once.
    /// `None` when the index is not one segment.
    pub fn build(
        searcher: &Searcher,
        whole: &[Field],
        terms: &[Term],
    ) -> tantivy::Result<Option<Held>> {
        let [reader] = searcher.segment_readers() else {
            return Ok(None);
        };
        let max_doc = reader.max_doc();
        let words = usize::try_from(max_doc.div_ceil(64)).unwrap_or(0);
        let mut sets = HashMap::new();
        let mut keep = |term: Term, info: &tantivy::postings::TermInfo| -> tantivy::Result<()> {
            let index = reader.inverted_index(term.field())?;
            let mut postings = index.read_postings_from_terminfo(info, IndexRecordOption::Basic)?;
            let mut bits = vec![0u64; words];
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let at = usize::try_from(doc / 64).unwrap_or(usize::MAX);
                if let Some(word) = bits.get_mut(at) {
                    *word |= 1 << (doc % 64);
                }
                doc = postings.advance();
            }
            sets.insert(term, Bits::from(bits));
            Ok(())
        };
        for &field in whole {
            let index = reader.inverted_index(field)?;
            let mut stream = index.terms().stream()?;
            while let Some((bytes, info)) = stream.next() {
                if let Ok(text) = std::str::from_utf8(bytes) {
                    keep(Term::from_field_text(field, text), info)?;
                }
            }
        }
        for term in terms {
            let index = reader.inverted_index(term.field())?;
            if let Some(info) = index.get_term_info(term)? {
                keep(term.clone(), &info)?;
            }
        }
        Ok(Some(Held {
            segment: reader.segment_id(),
            max_doc,
            whole: whole.to_vec(),
            sets,
        }))
    }

    /// The services holding any of `terms`, each scored `score`; `None` when one of the
    /// terms is not kept.
    pub fn any(&self, terms: &[Term], score: Score) -> Option<Box<dyn Query>> {
        let mut sets = Vec::new();
        for term in terms {
            match self.sets.get(term) {
                Some(bits) => sets.push(Arc::clone(bits)),
                None if self.whole.contains(&term.field()) => {}
                None => return None,
            }
        }
        Some(Box::new(HeldQuery {
            sets,
            segment: self.segment,
            max_doc: self.max_doc,
            score,
        }))
    }
}

#[derive(Clone)]
struct HeldQuery {
    sets: Vec<Bits>,
    segment: SegmentId,
    max_doc: DocId,
    score: Score,
}

impl fmt::Debug for HeldQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Held({} sets, score {})", self.sets.len(), self.score)
    }
}

impl Query for HeldQuery {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for HeldQuery {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        if reader.segment_id() != self.segment || reader.max_doc() != self.max_doc {
            return Err(TantivyError::InternalError(
                "the kept terms are of another segment".to_owned(),
            ));
        }
        let mut scorer = HeldScorer {
            sets: self.sets.clone(),
            max_doc: self.max_doc,
            doc: 0,
            score: self.score * boost,
        };
        scorer.doc = scorer.next_from(0);
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        super::any::explain("held", self.scorer(reader, 1.0)?, doc)
    }
}

struct HeldScorer {
    sets: Vec<Bits>,
    max_doc: DocId,
    doc: DocId,
    score: Score,
}

impl HeldScorer {
    /// The first document from `from` on that a set holds, or `TERMINATED`.
    fn next_from(&self, from: DocId) -> DocId {
        if from >= self.max_doc {
            return TERMINATED;
        }
        let Ok(mut at) = usize::try_from(from / 64) else {
            return TERMINATED;
        };
        let mut mask = u64::MAX << (from % 64);
        let words = self.sets.first().map_or(0, |bits| bits.len());
        while at < words {
            let word = self
                .sets
                .iter()
                .fold(0, |any, bits| any | bits.get(at).copied().unwrap_or(0))
                & mask;
            if word != 0 {
                let doc = u32::try_from(at * 64).unwrap_or(TERMINATED) + word.trailing_zeros();
                return if doc < self.max_doc { doc } else { TERMINATED };
            }
            at += 1;
            mask = u64::MAX;
        }
        TERMINATED
    }
}

impl DocSet for HeldScorer {
    fn advance(&mut self) -> DocId {
        self.doc = self.next_from(self.doc.saturating_add(1));
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target {
            self.doc = self.next_from(target);
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.max_doc
    }
}

impl Scorer for HeldScorer {
    fn score(&mut self) -> Score {
        self.score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::any::tests::{index, points, run, term};
    use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, TermQuery};

    fn held(index: &tantivy::Index, tag: Field) -> Held {
        let searcher = index.reader().unwrap().searcher();
        Held::build(&searcher, &[tag], &[]).unwrap().unwrap()
    }

    #[test]
    fn it_finds_and_scores_what_the_postings_find() {
        let (index, tag, text) = index();
        let held = held(&index, tag);
        let terms = |names: &[&str]| -> Vec<Term> {
            names
                .iter()
                .map(|n| Term::from_field_text(tag, n))
                .collect()
        };
        for names in [
            &["drie"][..],
            &["drie", "vijf"],
            &["vijf", "geen"],
            &["geen"],
        ] {
            let from_bits = held.any(&terms(names), 4.0).unwrap();
            let any = names
                .iter()
                .map(|n| (Occur::Should, term(tag, n)))
                .collect();
            let from_postings = ConstScoreQuery::new(Box::new(BooleanQuery::new(any)), 4.0);
            assert_eq!(
                run(&index, from_bits.as_ref()),
                run(&index, &from_postings),
                "{names:?}"
            );
        }
        let narrow = || {
            Box::new(TermQuery::new(
                Term::from_field_text(text, "zeldzaam"),
                IndexRecordOption::WithFreqs,
            )) as Box<dyn Query>
        };
        let beside = BooleanQuery::new(vec![
            (Occur::Must, narrow()),
            (Occur::Should, held.any(&terms(&["drie"]), 2.0).unwrap()),
        ]);
        let before = BooleanQuery::new(vec![
            (Occur::Must, narrow()),
            (Occur::Should, points(tag, "drie", 2.0)),
        ]);
        assert_eq!(run(&index, &beside), run(&index, &before));
    }

    #[test]
    fn a_term_of_a_field_not_kept_whole_is_left_to_the_postings() {
        let (index, tag, text) = index();
        let searcher = index.reader().unwrap().searcher();
        let kept = Term::from_field_text(text, "zeldzaam");
        let held = Held::build(&searcher, &[], std::slice::from_ref(&kept))
            .unwrap()
            .unwrap();
        assert!(held.any(std::slice::from_ref(&kept), 1.0).is_some());
        assert!(
            held.any(&[Term::from_field_text(text, "gewoon")], 1.0)
                .is_none()
        );
        assert!(
            held.any(&[Term::from_field_text(tag, "drie")], 1.0)
                .is_none()
        );
        let found: Vec<u32> = run(&index, held.any(&[kept], 1.0).unwrap().as_ref())
            .into_iter()
            .map(|(_, doc)| doc)
            .collect();
        assert_eq!(found, [0, 997, 1994, 2991]);
    }
}
