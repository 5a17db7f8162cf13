//! For the report's "why": the server's own tantivy index (the same segments, analysis
//! and synonyms) queried without what the server's search adds to a plain engine: no typo
//! tolerance (no Levenshtein automata), no snippets, no reasons, no ordering rules (the
//! tiers for place, setting and victims), synonyms as plain terms rather than phrases;
//! only the ids of the best hits, with the same filters and simple regional boosts. It
//! shows what tantivy costs as an engine, so that the server's figures can be split into
//! engine and features. Also counts how many services a query's words match, before any
//! filter.

use anyhow::Context;
use server::search::place_terms;
use server::search::{
    SearchQuery,
    analysis::{DUTCH, ENGLISH, query_words, terms},
    words::Words,
};
use std::ops::Bound;
use tantivy::{
    Index, IndexReader, TantivyDocument, Term,
    collector::{Count, TopDocs},
    query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, RangeQuery, TermQuery},
    schema::{Field, IndexRecordOption, Value},
};

/// The server's index, read directly.
pub struct Bare {
    reader: IndexReader,
    words: Words,
    service_id: Field,
    text: [(&'static str, [Field; 3]); 2],
    filter: Field,
    coverage: Field,
    age_min: Field,
    age_max: Field,
}

fn any_of(field: Field, values: &[String], boost: Option<f32>) -> Box<dyn Query> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = values
        .iter()
        .map(|value| {
            let term = TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            );
            (Occur::Should, Box::new(term) as Box<dyn Query>)
        })
        .collect();
    let query = Box::new(BooleanQuery::new(clauses));
    match boost {
        Some(by) => Box::new(BoostQuery::new(query, by)),
        None => query,
    }
}

impl Bare {
    /// Opens the index the server built; `words` are the same search words.
    pub fn new(index: &Index, words: Words) -> anyhow::Result<Bare> {
        let schema = index.schema();
        let field = |name: &str| {
            schema
                .get_field(name)
                .with_context(|| format!("the server's index has no field {name}"))
        };
        Ok(Bare {
            reader: index.reader()?,
            words,
            service_id: field("service_id")?,
            text: [
                (
                    DUTCH,
                    [
                        field("name_nl")?,
                        field("text_nl")?,
                        field("description_nl")?,
                    ],
                ),
                (
                    ENGLISH,
                    [
                        field("name_en")?,
                        field("text_en")?,
                        field("description_en")?,
                    ],
                ),
            ],
            filter: field("filter")?,
            coverage: field("coverage")?,
            age_min: field("age_min")?,
            age_max: field("age_max")?,
        })
    }

    /// Every term of the words and their synonyms, in both languages and both text
    /// fields, exactly; `None` without words.
    fn words_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let kept = query_words(text).join(" ");
        let expanded = self.words.expand(&kept);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (analyzer, fields) in self.text {
            for term in terms(analyzer, &expanded) {
                for field in fields {
                    let query = TermQuery::new(
                        Term::from_field_text(field, &term),
                        IndexRecordOption::WithFreqs,
                    );
                    clauses.push((Occur::Should, Box::new(query)));
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// How many services the words match, before any filter.
    pub fn count(&self, text: &str) -> anyhow::Result<usize> {
        match self.words_query(text) {
            Some(query) => Ok(self.reader.searcher().search(&query, &Count)?),
            None => Ok(0),
        }
    }

    /// The ids of the best `query.limit` services.
    pub fn search(&self, query: &SearchQuery) -> anyhow::Result<Vec<String>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        match self.words_query(&query.text) {
            Some(words) => clauses.push((Occur::Must, words)),
            None => clauses.push((Occur::Should, Box::new(AllQuery))),
        }
        let lists = [
            query
                .needs
                .iter()
                .map(|n| format!("need:{}", n.id()))
                .collect::<Vec<_>>(),
            query
                .audiences
                .iter()
                .map(|r| format!("audience:{}", r.id()))
                .collect(),
            query
                .channels
                .iter()
                .map(|c| format!("channel:{}", c.id()))
                .collect(),
        ];
        for list in lists.iter().filter(|l| !l.is_empty()) {
            clauses.push((Occur::Must, any_of(self.filter, list, None)));
        }
        for (on, term) in [
            (query.always_open, "always"),
            (query.anonymous, "anonymous"),
        ] {
            if on {
                clauses.push((Occur::Must, any_of(self.filter, &[term.to_owned()], None)));
            }
        }
        if let Some((youngest, oldest)) = query.age {
            let (youngest, oldest) = (u64::from(youngest), u64::from(oldest.max(youngest)));
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Unbounded,
                    Bound::Included(Term::from_field_u64(self.age_min, oldest)),
                )),
            ));
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_u64(self.age_max, youngest)),
                    Bound::Unbounded,
                )),
            ));
        }
        let national = vec!["national".to_owned()];
        match &query.place {
            Some(place) => {
                let local = place_terms(place);
                let mut qualifying = local.clone();
                qualifying.push("national".to_owned());
                clauses.push((Occur::Must, any_of(self.coverage, &qualifying, None)));
                if !local.is_empty() {
                    clauses.push((Occur::Should, any_of(self.coverage, &local, Some(3.0))));
                }
            }
            None => clauses.push((Occur::Should, any_of(self.coverage, &national, Some(1.5)))),
        }
        let searcher = self.reader.searcher();
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(query.limit.clamp(1, 200)).order_by_score(),
        )?;
        let mut ids = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.service_id).and_then(|v| v.as_str()) {
                ids.push(id.to_owned());
            }
        }
        Ok(ids)
    }
}
