//! `AnyOf`: the documents any of several queries match, scored by the sum of the scores of
//! those that match, like a `BooleanQuery` of `Should` clauses. The difference is how it is
//! walked beside a query that matches few documents. tantivy's union reads its clauses
//! ahead in windows of 4,096 documents; asked for one document far ahead, it fills a new
//! window from every clause. A filter or an ordering rule ("for victims", "serves the
//! whole country") matches most of the directory, so with 100,000 services each of the few
//! services a narrow query finds cost a window of every rule. `AnyOf` moves each clause
//! straight to the document asked for instead, through the postings' skip lists.

use std::fmt;
use tantivy::{
    DocId, DocSet, Score, SegmentReader, TERMINATED, TantivyError, Term,
    query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight},
};

/// The documents any of `clauses` match, each scored by the sum of the matching clauses'
/// scores. Meant for clauses that match many documents, used beside a clause that matches
/// few; to walk all matches of many clauses, tantivy's `BooleanQuery` is faster.
pub struct AnyOf {
    clauses: Vec<Box<dyn Query>>,
}

impl AnyOf {
    pub fn new(clauses: Vec<Box<dyn Query>>) -> AnyOf {
        AnyOf { clauses }
    }
}

impl Clone for AnyOf {
    fn clone(&self) -> AnyOf {
        AnyOf::new(
            self.clauses
                .iter()
                .map(|clause| clause.box_clone())
                .collect(),
        )
    }
}

impl fmt::Debug for AnyOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.clauses).finish()
    }
}

impl Query for AnyOf {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|clause| clause.weight(enable_scoring))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(AnyWeight { weights }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

struct AnyWeight {
    weights: Vec<Box<dyn Weight>>,
}

impl Weight for AnyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut clauses = Vec::with_capacity(self.weights.len());
        for weight in &self.weights {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                clauses.push(scorer);
            }
        }
        if clauses.is_empty() {
            return Ok(Box::new(EmptyScorer));
        }
        let doc = first(&clauses);
        Ok(Box::new(AnyScorer { clauses, doc }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        explain("any of", self.scorer(reader, 1.0)?, doc)
    }
}

/// A query's score for `doc` as one figure, named `what`, found by moving its scorer
/// there; an error when the query does not match `doc`.
pub(super) fn explain(
    what: &'static str,
    mut scorer: Box<dyn Scorer>,
    doc: DocId,
) -> tantivy::Result<Explanation> {
    if scorer.seek(doc) != doc {
        return Err(TantivyError::InvalidArgument(format!(
            "document {doc} does not match"
        )));
    }
    Ok(Explanation::new(what, scorer.score()))
}

/// The clauses' scorers, each on its own next document; `doc` is the lowest of those.
struct AnyScorer {
    clauses: Vec<Box<dyn Scorer>>,
    doc: DocId,
}

fn first(clauses: &[Box<dyn Scorer>]) -> DocId {
    clauses
        .iter()
        .map(|clause| clause.doc())
        .min()
        .unwrap_or(TERMINATED)
}

impl DocSet for AnyScorer {
    fn advance(&mut self) -> DocId {
        let doc = self.doc;
        for clause in &mut self.clauses {
            if clause.doc() == doc {
                clause.advance();
            }
        }
        self.doc = first(&self.clauses);
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for clause in &mut self.clauses {
            if clause.doc() < target {
                clause.seek(target);
            }
        }
        self.doc = first(&self.clauses);
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.clauses
            .iter()
            .map(|clause| clause.size_hint())
            .fold(0, u32::saturating_add)
    }
}

impl Scorer for AnyScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        self.clauses
            .iter_mut()
            .filter(|clause| clause.doc() == doc)
            .map(|clause| clause.score())
            .sum()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use tantivy::{
        Index, IndexWriter, TantivyDocument,
        collector::TopDocs,
        query::{BooleanQuery, ConstScoreQuery, Occur, TermQuery},
        schema::{IndexRecordOption, STRING, Schema, TEXT},
    };

    /// 3,000 documents: every third holds "drie", every fifth "vijf", every document
    /// "alle", and a few "zeldzaam" in their text.
    pub(crate) fn index() -> (Index, tantivy::schema::Field, tantivy::schema::Field) {
        let mut schema = Schema::builder();
        let tag = schema.add_text_field("tag", STRING);
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 20_000_000).unwrap();
        for n in 0..3_000u32 {
            let mut doc = TantivyDocument::default();
            doc.add_text(tag, "alle");
            if n % 3 == 0 {
                doc.add_text(tag, "drie");
            }
            if n % 5 == 0 {
                doc.add_text(tag, "vijf");
            }
            let words = if n % 997 == 0 {
                "zeldzaam woord"
            } else {
                "gewoon woord"
            };
            doc.add_text(text, words);
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        (index, tag, text)
    }

    pub(crate) fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::Basic,
        ))
    }

    pub(crate) fn points(
        field: tantivy::schema::Field,
        text: &str,
        score: Score,
    ) -> Box<dyn Query> {
        Box::new(ConstScoreQuery::new(term(field, text), score))
    }

    /// Scores and documents, best first.
    pub(crate) fn run(index: &Index, query: &dyn Query) -> Vec<(Score, u32)> {
        let searcher = index.reader().unwrap().searcher();
        searcher
            .search(query, &TopDocs::with_limit(5_000).order_by_score())
            .unwrap()
            .into_iter()
            .map(|(score, address)| (score, address.doc_id))
            .collect()
    }

    #[test]
    fn it_finds_and_scores_what_a_union_of_should_clauses_finds() {
        let (index, tag, _) = index();
        let clauses = || vec![points(tag, "drie", 2.0), points(tag, "vijf", 5.0)];
        let union = BooleanQuery::new(clauses().into_iter().map(|c| (Occur::Should, c)).collect());
        let any = AnyOf::new(clauses());
        let expected = run(&index, &union);
        assert_eq!(expected.len(), 1_000 + 600 - 200);
        assert_eq!(run(&index, &any), expected);
        assert_eq!(
            expected[0].0, 7.0,
            "a document holding both gets both scores"
        );
    }

    #[test]
    fn beside_a_narrow_clause_it_adds_the_scores_of_the_clauses_that_match() {
        let (index, tag, text) = index();
        let rules = || {
            vec![
                points(tag, "drie", 2.0),
                points(tag, "vijf", 5.0),
                points(tag, "geen", 9.0),
            ]
        };
        let narrow = || {
            Box::new(TermQuery::new(
                Term::from_field_text(text, "zeldzaam"),
                IndexRecordOption::WithFreqs,
            )) as Box<dyn Query>
        };
        let mut with_union = vec![(Occur::Must, narrow())];
        with_union.extend(rules().into_iter().map(|c| (Occur::Should, c)));
        let with_any = BooleanQuery::new(vec![
            (Occur::Must, narrow()),
            (Occur::Should, Box::new(AnyOf::new(rules()))),
        ]);
        let expected = run(&index, &BooleanQuery::new(with_union));
        let docs: Vec<u32> = expected.iter().map(|&(_, doc)| doc).collect();
        assert_eq!(docs.len(), 4, "{docs:?}");
        assert_eq!(docs[..2], [0, 2991], "0 holds drie and vijf, 2991 drie");
        assert_eq!(run(&index, &with_any), expected);
    }

    #[test]
    fn as_a_filter_it_keeps_only_documents_one_clause_matches() {
        let (index, tag, text) = index();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term(text, "zeldzaam")),
            (
                Occur::Must,
                Box::new(AnyOf::new(vec![term(tag, "vijf"), term(tag, "geen")])),
            ),
        ]);
        let docs: Vec<u32> = run(&index, &query)
            .into_iter()
            .map(|(_, doc)| doc)
            .collect();
        assert_eq!(docs, [0]);
        let none = AnyOf::new(vec![term(tag, "geen")]);
        assert!(run(&index, &none).is_empty());
    }

    #[test]
    fn it_explains_a_matching_document_and_refuses_another() {
        let (index, tag, _) = index();
        let searcher = index.reader().unwrap().searcher();
        let any = AnyOf::new(vec![points(tag, "drie", 2.0), points(tag, "vijf", 5.0)]);
        let address = tantivy::DocAddress::new(0, 15);
        assert_eq!(any.explain(&searcher, address).unwrap().value(), 7.0);
        assert!(
            any.explain(&searcher, tantivy::DocAddress::new(0, 1))
                .is_err()
        );
    }
}
