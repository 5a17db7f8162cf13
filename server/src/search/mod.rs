//! The directory search: a tantivy index of every service, built at start-up, queried with
//! plain words (Dutch and English analysis, synonyms, typos forgiven in longer words) and
//! filters (need, audience, age, channel, open day and night, anonymous, region). Every
//! hit says why it matched and which words to highlight.
//!
//! A query looks for each of its words once and for at most `MAX_QUERY_TERMS` distinct
//! terms; only the person's own longer terms may have typos, not the words synonyms add,
//! and only when the index does not hold the term as typed: a word spelled right costs no
//! typo search (that search is most of a query's time, docs/performance.md).
//! A search is CPU work of a millisecond to tens of milliseconds: the server runs it with
//! `search_async`, on tokio's blocking threads and at most `search_slots` at a time, so
//! that expensive searches wait for each other and never hold up the async runtime.

pub mod analysis;
pub mod words;

use crate::{
    directory::{
        Directory,
        model::{Channel, Need, Organisation, Role, Service},
    },
    regions::Resolution,
};
use analysis::{DUTCH, ENGLISH, MAX_QUERY_TERMS, query_words, terms};
use serde::Serialize;
use std::{collections::HashMap, num::NonZeroUsize, ops::Range, path::Path, sync::Arc};
use tantivy::{
    Index, IndexReader, Searcher, TantivyDocument, Term,
    collector::TopDocs,
    query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery},
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions, Value,
    },
    snippet::SnippetGenerator,
};
use tokio::sync::Semaphore;
use words::Words;

/// The language of a search's texts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// What a person searches for. Every filter is optional.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchQuery {
    /// Plain words, e.g. "verkrachting".
    pub text: String,
    pub lang: Lang,
    /// Where the person is; services there and national services qualify.
    pub place: Option<Resolution>,
    /// Services must offer at least one of these.
    pub needs: Vec<Need>,
    /// Services must be for at least one of these.
    pub audiences: Vec<Role>,
    /// The age of the person it is about, as an inclusive range of years (an age band of
    /// the triage contract, or one age twice); services whose ages overlap it qualify.
    pub age: Option<(u8, u8)>,
    /// Services must be reachable through at least one of these.
    pub channels: Vec<Channel>,
    /// Only services reachable day and night.
    pub always_open: bool,
    /// Only services that can be used anonymously.
    pub anonymous: bool,
    /// How many hits at most.
    pub limit: usize,
}

/// Why a service is in the results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// Its texts contain these words of the query.
    Words { words: Vec<String> },
    /// It serves the person's region, named here.
    Region { name: String },
    /// It serves the whole country.
    National,
    /// It offers a need the person asked for.
    Need { need: Need },
    /// It is meant for the person's age.
    Age,
    /// It can be reached day and night.
    AlwaysOpen,
    /// It can be used without giving a name.
    Anonymous,
}

/// A piece of text with the byte ranges to mark; render the ranges as `<mark>` around
/// escaped text, never as HTML.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub text: String,
    pub ranges: Vec<Range<usize>>,
}

/// One service found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    pub service_id: String,
    pub organisation_id: String,
    pub score: f32,
    pub reasons: Vec<Reason>,
    /// The service's description in the query's language, with the query's words marked.
    pub highlight: Highlight,
}

/// Building or querying the index failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error(
        "cannot make the search index in {folder}: {1}; set HULPWIJZER_INDEX_DIR to a \
         folder the server may write, or leave it unset to keep the index in memory",
        folder = .0.display()
    )]
    Folder(std::path::PathBuf, std::io::Error),
    #[error("search task: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("search queue: {0}")]
    Queue(#[from] tokio::sync::AcquireError),
}

struct Fields {
    service_id: Field,
    text_nl: Field,
    text_en: Field,
    description_nl: Field,
    description_en: Field,
    filter: Field,
    coverage: Field,
    age_min: Field,
    age_max: Field,
}

/// The index with what it was built from.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    words: Words,
    /// The directory, and where each service is in it (organisation, service).
    directory: Arc<Directory>,
    services: HashMap<String, (usize, usize)>,
    /// One permit per search that may run at the same time (`search_slots`).
    slots: Arc<Semaphore>,
}

/// How many searches may run at the same time: one per CPU, at least one. `available` is
/// what `std::thread::available_parallelism` says, if it knows.
fn search_slots(available: Option<NonZeroUsize>) -> usize {
    available.map_or(1, NonZeroUsize::get)
}

fn text_options(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        service_id: b.add_text_field("service_id", STRING | STORED),
        text_nl: b.add_text_field("text_nl", text_options(DUTCH)),
        text_en: b.add_text_field("text_en", text_options(ENGLISH)),
        description_nl: b.add_text_field("description_nl", text_options(DUTCH)),
        description_en: b.add_text_field("description_en", text_options(ENGLISH)),
        filter: b.add_text_field("filter", STRING),
        coverage: b.add_text_field("coverage", STRING),
        age_min: b.add_u64_field("age_min", INDEXED | FAST),
        age_max: b.add_u64_field("age_max", INDEXED | FAST),
    };
    (b.build(), fields)
}

/// The filter terms of a service: `need:medical`, `audience:victim`, `channel:chat`,
/// `always`, `anonymous`.
pub fn filter_terms(service: &Service) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(service.needs.iter().map(|n| format!("need:{}", n.id())));
    out.extend(
        service
            .audiences
            .iter()
            .map(|r| format!("audience:{}", r.id())),
    );
    out.extend(
        service
            .contacts
            .iter()
            .map(|c| format!("channel:{}", c.channel.id())),
    );
    if service
        .contacts
        .iter()
        .any(|c| c.hours.as_ref().is_some_and(|h| h.always))
    {
        out.push("always".into());
    }
    if service.anonymity() == Some(true) {
        out.push("anonymous".into());
    }
    out
}

/// The coverage terms of a service: `national`, `gm:GM0344`, `vr:VR09`, `ggd:GG2514`,
/// `island:saba`. A query for a place asks for its own terms or `national`: the index's
/// form of [`crate::directory::reach::Reach::serves`], which a test holds it to.
pub fn coverage_terms(service: &Service) -> Vec<String> {
    let c = &service.coverage;
    let mut out: Vec<String> = Vec::new();
    if c.national {
        out.push("national".into());
    }
    out.extend(c.municipalities.iter().map(|code| format!("gm:{code}")));
    out.extend(c.veiligheidsregios.iter().map(|code| format!("vr:{code}")));
    out.extend(c.ggd.iter().map(|code| format!("ggd:{code}")));
    out.extend(
        c.islands
            .iter()
            .map(|island| format!("island:{}", island.id())),
    );
    out
}

/// The coverage terms that mean "serves this place specifically".
pub fn place_terms(place: &Resolution) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = &place.municipality {
        out.push(format!("gm:{}", m.code));
    }
    if let Some(vr) = &place.veiligheidsregio {
        out.push(format!("vr:{}", vr.code));
    }
    if let Some(ggd) = &place.ggd {
        out.push(format!("ggd:{}", ggd.code));
    }
    if let Some(island) = &place.island {
        out.push(format!("island:{}", island.island.id()));
    }
    out
}

/// The search words `data/search.toml` gives a service's kinds of violence, settings and
/// needs, as one text.
pub fn keywords(words: &Words, service: &Service) -> String {
    let ids = service
        .what
        .iter()
        .map(|w| w.id())
        .chain(service.settings.iter().map(|s| s.id()))
        .chain(service.needs.iter().map(|n| n.id()));
    ids.flat_map(|id| words.keywords_for(id).to_vec())
        .collect::<Vec<_>>()
        .join(" ")
}

fn any_of(field: Field, values: impl IntoIterator<Item = String>) -> Box<dyn Query> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = values
        .into_iter()
        .map(|v| {
            let query: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(field, &v),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, query)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

impl SearchIndex {
    /// Indexes every service of the directory, in memory (a few hundred kilobytes, rebuilt
    /// at every start), or in `folder` to look at it with other tools.
    pub fn build(
        directory: &Arc<Directory>,
        words: Words,
        folder: Option<&Path>,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        let index = match folder {
            Some(path) => {
                let folder_error = |err| SearchError::Folder(path.to_path_buf(), err);
                if path.exists() {
                    std::fs::remove_dir_all(path).map_err(folder_error)?;
                }
                std::fs::create_dir_all(path).map_err(folder_error)?;
                Index::create_in_dir(path, schema)?
            }
            None => Index::create_in_ram(schema),
        };
        analysis::register(&index);
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
        let mut services = HashMap::new();
        for (org_at, org) in directory.organisations.iter().enumerate() {
            for (service_at, service) in org.services.iter().enumerate() {
                let mut doc = TantivyDocument::default();
                doc.add_text(fields.service_id, &service.id);
                let extra = keywords(&words, service);
                let notes = |nl: bool| {
                    service
                        .contacts
                        .iter()
                        .filter_map(|c| {
                            c.note
                                .as_ref()
                                .map(|n| if nl { n.nl.clone() } else { n.en.clone() })
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                doc.add_text(
                    fields.text_nl,
                    format!(
                        "{} {} {} {} {extra}",
                        org.name,
                        service.name.nl,
                        org.description.nl,
                        notes(true)
                    ),
                );
                doc.add_text(
                    fields.text_en,
                    format!(
                        "{} {} {} {} {extra}",
                        org.name,
                        service.name.en,
                        org.description.en,
                        notes(false)
                    ),
                );
                doc.add_text(fields.description_nl, &service.description.nl);
                doc.add_text(fields.description_en, &service.description.en);
                for term in filter_terms(service) {
                    doc.add_text(fields.filter, term);
                }
                for term in coverage_terms(service) {
                    doc.add_text(fields.coverage, term);
                }
                let age = service.age.unwrap_or(crate::directory::model::AgeRange {
                    min: None,
                    max: None,
                });
                doc.add_u64(fields.age_min, u64::from(age.min.unwrap_or(0)));
                doc.add_u64(fields.age_max, u64::from(age.max.unwrap_or(u8::MAX)));
                writer.add_document(doc)?;
                services.insert(service.id.clone(), (org_at, service_at));
            }
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            words,
            directory: Arc::clone(directory),
            services,
            slots: Arc::new(Semaphore::new(search_slots(
                std::thread::available_parallelism().ok(),
            ))),
        })
    }

    /// How many services are indexed.
    pub fn len(&self) -> usize {
        self.services.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// The words query: every term of the query's words and of the synonyms they bring,
    /// in Dutch and English, exact or (the person's own terms) with typos, scored by BM25.
    /// `None` for a query without words.
    fn words_query(&self, searcher: &Searcher, words: &[&str]) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (analyzer, fields) in [
            (DUTCH, [self.fields.text_nl, self.fields.description_nl]),
            (ENGLISH, [self.fields.text_en, self.fields.description_en]),
        ] {
            for (term, typos) in query_terms(&self.words, analyzer, words) {
                let known = fields.iter().any(|&field| {
                    searcher
                        .doc_freq(&Term::from_field_text(field, &term))
                        .is_ok_and(|count| count > 0)
                });
                let typos = typos.filter(|_| !known);
                for field in fields {
                    let exact = Term::from_field_text(field, &term);
                    clauses.push((
                        Occur::Should,
                        Box::new(TermQuery::new(exact.clone(), IndexRecordOption::WithFreqs)),
                    ));
                    if let Some(distance) = typos {
                        let fuzzy: Box<dyn Query> =
                            Box::new(FuzzyTermQuery::new(exact, distance, true));
                        clauses.push((Occur::Should, Box::new(BoostQuery::new(fuzzy, 0.5))));
                    }
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Runs a search on a thread of tokio's blocking pool, once one of the `search_slots`
    /// is free; call this from async code rather than `search`. The slot stays taken
    /// until the search ends, even when the caller stops waiting for it.
    pub async fn search_async(
        self: &Arc<Self>,
        query: &SearchQuery,
    ) -> Result<Vec<Hit>, SearchError> {
        let slot = Arc::clone(&self.slots).acquire_owned().await?;
        let index = Arc::clone(self);
        let query = query.clone();
        tokio::task::spawn_blocking(move || {
            let hits = index.search(&query);
            drop(slot);
            hits
        })
        .await?
    }

    /// Runs a search on the calling thread (CPU work; from async code use `search_async`).
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let query_words = query_words(&query.text);
        let searcher = self.reader.searcher();
        let words = self.words_query(&searcher, &query_words);
        if let Some(words) = &words {
            clauses.push((Occur::Must, words.box_clone()));
        }
        let filters: [(&str, Vec<&str>); 3] = [
            ("need", query.needs.iter().map(|n| n.id()).collect()),
            ("audience", query.audiences.iter().map(|r| r.id()).collect()),
            ("channel", query.channels.iter().map(|c| c.id()).collect()),
        ];
        for (kind, ids) in filters.iter().filter(|(_, ids)| !ids.is_empty()) {
            let terms = ids.iter().map(|id| format!("{kind}:{id}"));
            clauses.push((Occur::Must, any_of(f.filter, terms)));
        }
        if query.always_open {
            clauses.push((Occur::Must, any_of(f.filter, ["always".to_owned()])));
        }
        if query.anonymous {
            clauses.push((Occur::Must, any_of(f.filter, ["anonymous".to_owned()])));
        }
        if let Some((youngest, oldest)) = query.age {
            let (youngest, oldest) = (u64::from(youngest), u64::from(oldest.max(youngest)));
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    std::ops::Bound::Unbounded,
                    std::ops::Bound::Included(Term::from_field_u64(f.age_min, oldest)),
                )),
            ));
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    std::ops::Bound::Included(Term::from_field_u64(f.age_max, youngest)),
                    std::ops::Bound::Unbounded,
                )),
            ));
        }
        if let Some(place) = &query.place {
            let local = place_terms(place);
            let qualifying = local.iter().cloned().chain(["national".to_owned()]);
            clauses.push((Occur::Must, any_of(f.coverage, qualifying)));
            if !local.is_empty() {
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(any_of(f.coverage, local), 3.0)),
                ));
            }
        }
        if query.place.is_none() {
            // National numbers route to the region themselves: they come before regional units.
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    any_of(f.coverage, ["national".to_owned()]),
                    1.5,
                )),
            ));
        }
        if words.is_none() {
            clauses.push((Occur::Should, Box::new(tantivy::query::AllQuery)));
        }
        let combined = BooleanQuery::new(clauses);
        let limit = query.limit.clamp(1, 200);
        let top = searcher.search(&combined, &TopDocs::with_limit(limit).order_by_score())?;
        let description_field = if query.lang == Lang::En {
            f.description_en
        } else {
            f.description_nl
        };
        let snippets = match &words {
            Some(words) => {
                let mut generator =
                    SnippetGenerator::create(&searcher, words.as_ref(), description_field)?;
                generator.set_max_num_chars(MAX_DESCRIPTION);
                Some(generator)
            }
            None => None,
        };
        let analyzer = if query.lang == Lang::En {
            ENGLISH
        } else {
            DUTCH
        };
        let word_terms: Vec<(&str, Vec<String>)> = query_words
            .iter()
            .map(|&word| (word, terms(analyzer, &self.words.expand(word))))
            .collect();
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let Some(id) = doc.get_first(f.service_id).and_then(|v| v.as_str()) else {
                continue;
            };
            let Some((org, service)) = self.service(id) else {
                continue;
            };
            let description = if query.lang == Lang::En {
                &service.description.en
            } else {
                &service.description.nl
            };
            let highlight = match &snippets {
                Some(generator) => {
                    let snippet = generator.snippet(description);
                    Highlight {
                        text: description.clone(),
                        ranges: snippet
                            .highlighted()
                            .iter()
                            .map(|r| shift(r, snippet.fragment_range().start))
                            .collect(),
                    }
                }
                None => Highlight {
                    text: description.clone(),
                    ranges: Vec::new(),
                },
            };
            hits.push(Hit {
                service_id: service.id.clone(),
                organisation_id: org.id.clone(),
                score,
                reasons: self.reasons(query, &word_terms, org, service),
                highlight,
            });
        }
        Ok(hits)
    }

    /// Why a service is in the results; `word_terms` are the query's words, each with the
    /// terms it and its synonyms become in the query's language.
    fn reasons(
        &self,
        query: &SearchQuery,
        word_terms: &[(&str, Vec<String>)],
        org: &Organisation,
        service: &Service,
    ) -> Vec<Reason> {
        let mut reasons = Vec::new();
        let analyzer = if query.lang == Lang::En {
            ENGLISH
        } else {
            DUTCH
        };
        let (name, description) = if query.lang == Lang::En {
            (&service.name.en, &service.description.en)
        } else {
            (&service.name.nl, &service.description.nl)
        };
        let texts = format!(
            "{} {name} {description} {}",
            org.name,
            keywords(&self.words, service)
        );
        let have = terms(analyzer, &texts);
        let matched: Vec<String> = word_terms
            .iter()
            .filter(|(_, terms)| terms.iter().any(|t| have.contains(t)))
            .map(|(word, _)| (*word).to_owned())
            .collect();
        if !matched.is_empty() {
            reasons.push(Reason::Words { words: matched });
        }
        if let Some(place) = &query.place {
            let cov = coverage_terms(service);
            let local = place_terms(place);
            if local.iter().any(|t| cov.contains(t)) {
                let name = place.place_name().unwrap_or_default();
                reasons.push(Reason::Region { name });
            } else if service.coverage.national {
                reasons.push(Reason::National);
            }
        }
        reasons.extend(
            query
                .needs
                .iter()
                .filter(|n| service.needs.contains(n))
                .map(|&need| Reason::Need { need }),
        );
        if query.age.is_some() && service.age.is_some() {
            reasons.push(Reason::Age);
        }
        let filters = filter_terms(service);
        if filters.iter().any(|t| t == "always") {
            reasons.push(Reason::AlwaysOpen);
        }
        if filters.iter().any(|t| t == "anonymous") {
            reasons.push(Reason::Anonymous);
        }
        reasons
    }

    /// The directory entry of a service.
    pub fn service(&self, id: &str) -> Option<(&Organisation, &Service)> {
        let &(org_at, service_at) = self.services.get(id)?;
        let org = self.directory.organisations.get(org_at)?;
        Some((org, org.services.get(service_at)?))
    }

    /// The tantivy index, for inspection in tests and benchmarks.
    pub fn index(&self) -> &Index {
        &self.index
    }
}

/// The terms to look for in one analyzer's language, each once, with the typos it may
/// have: first the terms of the person's own words (at most `MAX_QUERY_TERMS`), then,
/// exact only because they are spelled right, the terms their synonyms add.
fn query_terms(words: &Words, analyzer: &str, query_words: &[&str]) -> Vec<(String, Option<u8>)> {
    let text = query_words.join(" ");
    let own = terms(analyzer, &text);
    let mut out: Vec<(String, Option<u8>)> = own
        .iter()
        .take(MAX_QUERY_TERMS)
        .map(|term| (term.clone(), typo_distance(term)))
        .collect();
    out.extend(
        terms(analyzer, &words.expand(&text))
            .into_iter()
            .filter(|term| !own.contains(term))
            .map(|term| (term, None)),
    );
    out
}

/// Terms shorter than this are looked for exactly: one typo away from "hulp" or "a" lie
/// too many other words, and every typo-tolerant term costs a walk through the terms.
const MIN_TYPO_LETTERS: usize = 5;

/// Terms this long may have two typos ("verkrachtng" still finds "verkracht").
const MIN_TWO_TYPOS_LETTERS: usize = 8;

/// How many typos a term may have: none below `MIN_TYPO_LETTERS`, one from there, two
/// from `MIN_TWO_TYPOS_LETTERS`.
fn typo_distance(term: &str) -> Option<u8> {
    match term.chars().count() {
        n if n < MIN_TYPO_LETTERS => None,
        n if n < MIN_TWO_TYPOS_LETTERS => Some(1),
        _ => Some(2),
    }
}

/// Longer than any description, so a snippet is always the whole description.
const MAX_DESCRIPTION: usize = 10_000;

fn shift(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

#[cfg(test)]
mod tests {
    use super::{
        DUTCH, ENGLISH, Hit, MAX_QUERY_TERMS, Reason, SearchIndex, SearchQuery, query_terms,
        search_slots, typo_distance,
    };
    use crate::{
        directory::{Directory, model::Organisation},
        search::{analysis::query_words, words::Words},
    };
    use std::{
        num::NonZeroUsize,
        sync::{Arc, OnceLock},
    };

    const ORGANISATION: &str = r#"
id = "test"
name = "Testhulp"
website = "https://example.org"
description.nl = "Hulp na verkrachting of aanranding."
description.en = "Help after rape or sexual assault."

[[service]]
id = "test-hulp"
name.nl = "Hulp na verkrachting"
name.en = "Help after rape"
description.nl = "Bel ons na een verkrachting, dag en nacht."
description.en = "Call us after a rape, day and night."
audiences = ["victim"]
needs = ["medical"]
coverage = { national = true }
cost = "free"
"#;

    fn words() -> Words {
        Words {
            synonyms: vec![vec![
                "verkrachting".into(),
                "aanranding".into(),
                "rape".into(),
            ]],
            ..Words::default()
        }
    }

    fn index() -> &'static Arc<SearchIndex> {
        static INDEX: OnceLock<Arc<SearchIndex>> = OnceLock::new();
        INDEX.get_or_init(|| {
            let org: Organisation = toml::from_str(ORGANISATION).unwrap();
            let directory = Arc::new(Directory {
                organisations: vec![org],
                holidays: Default::default(),
            });
            Arc::new(SearchIndex::build(&directory, words(), None).unwrap())
        })
    }

    fn search(text: &str) -> Vec<Hit> {
        index()
            .search(&SearchQuery {
                text: text.to_owned(),
                limit: 10,
                ..SearchQuery::default()
            })
            .unwrap()
    }

    fn matched_words(hit: &Hit) -> Vec<String> {
        hit.reasons
            .iter()
            .find_map(|r| match r {
                Reason::Words { words } => Some(words.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_repeated_word_is_looked_for_and_named_once() {
        let hits = search("verkrachting Verkrachting verkrachting! VERKRACHTING");
        assert_eq!(hits.len(), 1);
        assert_eq!(matched_words(&hits[0]), ["verkrachting"]);
        let terms = query_terms(&Words::default(), DUTCH, &query_words(&"a ".repeat(100)));
        assert_eq!(terms, [("a".to_owned(), None)]);
    }

    #[test]
    fn words_after_the_maximum_of_terms_are_not_looked_for() {
        let filler: Vec<String> = (0..MAX_QUERY_TERMS).map(|i| format!("zq{i}")).collect();
        let filler = filler.join(" ");
        assert!(search(&format!("{filler} verkrachting")).is_empty());
        assert_eq!(search(&format!("verkrachting {filler}")).len(), 1);
        let letters: Vec<String> = ('a'..='z').cycle().take(100).map(String::from).collect();
        for analyzer in [DUTCH, ENGLISH] {
            let terms = query_terms(&words(), analyzer, &query_words(&letters.join(" ")));
            assert_eq!(terms.len(), MAX_QUERY_TERMS, "{terms:?}");
        }
    }

    #[test]
    fn short_terms_and_synonyms_are_looked_for_exactly() {
        for term in ["", "a", "ab", "abc", "hulp", "café"] {
            assert_eq!(typo_distance(term), None, "{term}");
        }
        assert_eq!(typo_distance("hulpe"), Some(1));
        assert_eq!(typo_distance("verkracht"), Some(2));
        let terms = query_terms(&words(), DUTCH, &["a", "b", "hulp", "verkrachting"]);
        assert_eq!(
            terms,
            [
                ("a".to_owned(), None),
                ("b".to_owned(), None),
                ("hulp".to_owned(), None),
                ("verkracht".to_owned(), Some(2)),
                ("aanrand".to_owned(), None),
                ("rape".to_owned(), None),
            ]
        );
        assert!(search("hul").is_empty(), "no typo in short words");
        assert!(search("hlup").is_empty(), "no typo in short words");
        assert_eq!(search("verkrachtng").len(), 1, "a typo in a long word");
    }

    #[test]
    fn searches_may_run_once_per_cpu_and_at_least_one_at_a_time() {
        assert_eq!(search_slots(None), 1);
        assert_eq!(search_slots(NonZeroUsize::new(1)), 1);
        assert_eq!(search_slots(NonZeroUsize::new(8)), 8);
        assert!(index().slots.available_permits() >= 1);
    }

    #[tokio::test]
    async fn the_async_search_finds_what_the_search_finds() {
        let query = SearchQuery {
            text: "verkrachting".into(),
            limit: 10,
            ..SearchQuery::default()
        };
        let queued = index().search_async(&query).await.unwrap();
        assert_eq!(queued, index().search(&query).unwrap());
        assert_eq!(queued.len(), 1);
        let all = many_at_once(index(), &query).await;
        assert!(all.iter().all(|hits| *hits == queued));
        assert_eq!(
            index().slots.available_permits(),
            search_slots(std::thread::available_parallelism().ok()),
            "every slot is free again"
        );
    }

    /// Sixteen searches at once, more than there are slots.
    async fn many_at_once(index: &Arc<SearchIndex>, query: &SearchQuery) -> Vec<Vec<Hit>> {
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let index = Arc::clone(index);
                let query = query.clone();
                tokio::spawn(async move { index.search_async(&query).await.unwrap() })
            })
            .collect();
        let mut out = Vec::new();
        for task in tasks {
            out.push(task.await.unwrap());
        }
        out
    }
}
