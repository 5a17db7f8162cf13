//! The directory search: a tantivy index of every service, built at start-up, queried with
//! plain words (Dutch and English analysis, synonyms, one typo forgiven) and filters (need,
//! audience, age, channel, open day and night, anonymous, region). Every hit says why it
//! matched and which words to highlight.

pub mod analysis;
pub mod words;

use crate::{
    directory::{
        Directory,
        model::{Channel, Need, Organisation, Role, Service, vocabulary_id},
    },
    regions::Resolution,
};
use analysis::{DUTCH, ENGLISH, terms};
use serde::Serialize;
use std::{collections::HashMap, ops::Range, path::Path};
use tantivy::{
    Index, IndexReader, TantivyDocument, Term,
    collector::TopDocs,
    query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery},
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions, Value,
    },
    snippet::SnippetGenerator,
};
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
    #[error("search index folder: {0}")]
    Folder(#[from] std::io::Error),
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
    services: HashMap<String, (Organisation, Service)>,
    _folder: Option<tempfile::TempDir>,
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
fn filter_terms(service: &Service) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(
        service
            .needs
            .iter()
            .map(|n| format!("need:{}", vocabulary_id(n))),
    );
    out.extend(
        service
            .audiences
            .iter()
            .map(|r| format!("audience:{}", vocabulary_id(r))),
    );
    out.extend(
        service
            .contacts
            .iter()
            .map(|c| format!("channel:{}", vocabulary_id(&c.channel))),
    );
    if service
        .contacts
        .iter()
        .any(|c| c.hours.as_ref().is_some_and(|h| h.always))
    {
        out.push("always".into());
    }
    if service.anonymous == Some(true) {
        out.push("anonymous".into());
    }
    out
}

/// The coverage terms of a service: `national`, `gm:GM0344`, `vr:VR09`, `ggd:GG2514`,
/// `island:saba`.
fn coverage_terms(service: &Service) -> Vec<String> {
    let c = &service.coverage;
    let mut out: Vec<String> = Vec::new();
    if c.national {
        out.push("national".into());
    }
    out.extend(c.municipalities.iter().map(|code| format!("gm:{code}")));
    out.extend(c.veiligheidsregios.iter().map(|code| format!("vr:{code}")));
    out.extend(c.ggd.iter().map(|code| format!("ggd:{code}")));
    out.extend(c.islands.iter().map(|id| format!("island:{id}")));
    out
}

/// The coverage terms that mean "serves this place specifically".
fn place_terms(place: &Resolution) -> Vec<String> {
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
        out.push(format!("island:{}", island.code));
    }
    out
}

fn keywords(words: &Words, service: &Service) -> String {
    let ids = service
        .what
        .iter()
        .map(vocabulary_id)
        .chain(service.settings.iter().map(vocabulary_id))
        .chain(service.needs.iter().map(vocabulary_id));
    ids.flat_map(|id| words.keywords_for(&id).to_vec())
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
    /// Indexes every service of the directory, in `folder` or in a temporary folder.
    pub fn build(
        directory: &Directory,
        words: Words,
        folder: Option<&Path>,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        let (index, temp) = match folder {
            Some(path) => {
                if path.exists() {
                    std::fs::remove_dir_all(path)?;
                }
                std::fs::create_dir_all(path)?;
                (Index::create_in_dir(path, schema)?, None)
            }
            None => {
                let temp = tempfile::tempdir()?;
                (Index::create_in_dir(temp.path(), schema)?, Some(temp))
            }
        };
        analysis::register(&index);
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
        let mut services = HashMap::new();
        for org in &directory.organisations {
            for service in &org.services {
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
                services.insert(service.id.clone(), (org.clone(), service.clone()));
            }
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            words,
            services,
            _folder: temp,
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

    /// The words query: every term of the (synonym-widened) text, in Dutch and English,
    /// exact or with one typo, scored by BM25. `None` for a query without words.
    fn words_query(&self, text: &str) -> Option<Box<dyn Query>> {
        let expanded = self.words.expand(text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (analyzer, fields) in [
            (DUTCH, [self.fields.text_nl, self.fields.description_nl]),
            (ENGLISH, [self.fields.text_en, self.fields.description_en]),
        ] {
            for term in terms(analyzer, &expanded) {
                for field in fields {
                    let exact = Term::from_field_text(field, &term);
                    clauses.push((
                        Occur::Should,
                        Box::new(TermQuery::new(exact.clone(), IndexRecordOption::WithFreqs)),
                    ));
                    if let Some(distance) = typo_distance(&term) {
                        let fuzzy: Box<dyn Query> =
                            Box::new(FuzzyTermQuery::new(exact, distance, true));
                        clauses.push((Occur::Should, Box::new(BoostQuery::new(fuzzy, 0.5))));
                    }
                }
            }
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Runs a search.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let words = self.words_query(&query.text);
        if let Some(words) = &words {
            clauses.push((Occur::Must, words.box_clone()));
        }
        if !query.needs.is_empty() {
            clauses.push((
                Occur::Must,
                any_of(
                    f.filter,
                    query
                        .needs
                        .iter()
                        .map(|n| format!("need:{}", vocabulary_id(n))),
                ),
            ));
        }
        if !query.audiences.is_empty() {
            clauses.push((
                Occur::Must,
                any_of(
                    f.filter,
                    query
                        .audiences
                        .iter()
                        .map(|r| format!("audience:{}", vocabulary_id(r))),
                ),
            ));
        }
        if !query.channels.is_empty() {
            clauses.push((
                Occur::Must,
                any_of(
                    f.filter,
                    query
                        .channels
                        .iter()
                        .map(|c| format!("channel:{}", vocabulary_id(c))),
                ),
            ));
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
        let searcher = self.reader.searcher();
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
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let Some(id) = doc.get_first(f.service_id).and_then(|v| v.as_str()) else {
                continue;
            };
            let Some((org, service)) = self.services.get(id) else {
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
                reasons: self.reasons(query, org, service),
                highlight,
            });
        }
        Ok(hits)
    }

    fn reasons(&self, query: &SearchQuery, org: &Organisation, service: &Service) -> Vec<Reason> {
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
        let matched: Vec<String> = query
            .text
            .split_whitespace()
            .filter(|word| {
                let widened = self.words.expand(word);
                terms(analyzer, &widened).iter().any(|t| have.contains(t))
            })
            .map(str::to_owned)
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
        self.services.get(id).map(|(o, s)| (o, s))
    }

    /// The tantivy index, for inspection in tests and benchmarks.
    pub fn index(&self) -> &Index {
        &self.index
    }
}

/// How many typos a term may have: none in short words (too many false matches), one from
/// five letters, two from eight.
fn typo_distance(term: &str) -> Option<u8> {
    match term.chars().count() {
        0..=4 => None,
        5..=7 => Some(1),
        _ => Some(2),
    }
}

/// Longer than any description, so a snippet is always the whole description.
const MAX_DESCRIPTION: usize = 10_000;

fn shift(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}
