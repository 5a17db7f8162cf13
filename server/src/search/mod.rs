//! The directory search: a tantivy index of every service, built at start-up, queried with
//! plain words (Dutch and English analysis, synonyms, typos forgiven in longer words) and
//! filters (need, audience, age, channel, open day and night, anonymous, region). Every
//! hit says why it matched and which words to highlight.
//!
//! A query looks for each of its words once and for at most `MAX_QUERY_TERMS` distinct
//! terms; only the person's own longer terms may have typos, not the words synonyms add,
//! and only when the index does not hold the word as typed in either language: a word
//! spelled right costs no typo search (that search is most of a query's time,
//! docs/performance.md).
//! A search is CPU work of a millisecond to tens of milliseconds: the server runs it with
//! `search_async`, on tokio's blocking threads and at most `search_slots` at a time, so
//! that expensive searches wait for each other and never hold up the async runtime.

pub mod analysis;
mod any;
mod document;
mod held;
pub mod kept;
mod typo;
pub mod words;

use crate::{
    directory::{
        Directory,
        model::{Channel, Need, Organisation, Role, Service, Setting},
    },
    regions::{Resolution, names::fold},
};
use analysis::{Analysed, DUTCH, ENGLISH, MAX_QUERY_TERMS, query_words, terms};
use any::AnyOf;
use held::Held;
use kept::Kept;
use serde::Serialize;
use std::{
    borrow::Cow, collections::HashSet, num::NonZeroUsize, ops::Range, path::Path, sync::Arc,
};
use tantivy::{
    Index, IndexReader, Searcher, TantivyDocument, Term,
    collector::TopDocs,
    merge_policy::NoMergePolicy,
    query::{
        BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query,
        RangeQuery, TermQuery,
    },
    schema::{
        FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
        TextOptions, Value,
    },
};
use tokio::sync::Semaphore;
use typo::Typos;
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
    #[error(
        "cannot read the running program, which the key of a kept search index starts \
         with: {0}; leave HULPWIJZER_INDEX_DIR unset to keep the index in memory"
    )]
    Program(std::io::Error),
    #[error("search task: {0}")]
    Task(#[from] tokio::task::JoinError),
    #[error("search queue: {0}")]
    Queue(#[from] tokio::sync::AcquireError),
}

struct Fields {
    service_id: Field,
    name_nl: Field,
    name_en: Field,
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
    /// The synonyms and keywords of `words`, analysed.
    analysed: Analysed,
    /// The directory, and where each service is in it.
    directory: Arc<Directory>,
    services: Positions,
    /// Which services hold the terms most of them hold, for the ordering rules.
    held: Option<Held>,
    /// One permit per search that may run at the same time (`search_slots`).
    slots: Arc<Semaphore>,
    /// For an index kept in a folder: whether it was opened or built at this start.
    kept: Option<Kept>,
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
        name_nl: b.add_text_field("name_nl", text_options(DUTCH)),
        name_en: b.add_text_field("name_en", text_options(ENGLISH)),
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
/// `always`, `anonymous`, and `setting:church` for each setting it is only for, or
/// `general` when it is for any.
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
    if always_open(service) {
        out.push("always".into());
    }
    if service.anonymity() == Some(true) {
        out.push("anonymous".into());
    }
    if service.settings.is_empty() {
        out.push(GENERAL.into());
    }
    out.extend(
        service
            .settings
            .iter()
            .map(|s| format!("setting:{}", s.id())),
    );
    out
}

/// Whether one of a service's ways of contact is open day and night, every day.
fn always_open(service: &Service) -> bool {
    service
        .contacts
        .iter()
        .any(|c| c.hours.as_ref().is_some_and(|h| h.always))
}

/// The filter term of a service for any setting (one without `settings`).
const GENERAL: &str = "general";

/// The filter term of a service one reaches directly: a national one, or one of an
/// organisation without a national service. A regional unit of an organisation with a
/// national number (a Centrum Seksueel Geweld, a Veilig Thuis) is reached through it.
const DIRECT: &str = "direct";

/// Whether a service of this organisation is reached directly (`DIRECT`).
fn direct(org: &Organisation, service: &Service) -> bool {
    service.coverage.national || !org.services.iter().any(|s| s.coverage.national)
}

/// The coverage term of a service for the whole country.
const NATIONAL: &str = "national";

/// The coverage term of a national service that may also help from Bonaire, Sint
/// Eustatius and Saba (`Reach::NationalFromAfar`): every national one but those only for
/// the European Netherlands (`european_only`).
const FROM_AFAR: &str = "national_from_afar";

/// The coverage terms of a service: `national` (with `national_from_afar` unless it is
/// for the European Netherlands only), `gm:GM0344`, `vr:VR09`, `ggd:GG2514`,
/// `island:saba`. A query for a place asks for its own terms or, for a place in the
/// European Netherlands, `national`, for an island `national_from_afar`: the index's form
/// of [`crate::directory::reach::Reach::serves`], which a test holds it to.
pub fn coverage_terms(service: &Service) -> Vec<String> {
    let c = &service.coverage;
    let mut out: Vec<String> = Vec::new();
    if c.national {
        out.push(NATIONAL.into());
        if !c.european_only {
            out.push(FROM_AFAR.into());
        }
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
    vocabulary_ids(service)
        .flat_map(|id| words.keywords_for(id).iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The vocabulary ids of a service's kinds of violence, settings and needs.
fn vocabulary_ids(service: &Service) -> impl Iterator<Item = &'static str> {
    let what = service.what.iter().map(|w| w.id());
    let settings = service.settings.iter().map(|s| s.id());
    what.chain(settings)
        .chain(service.needs.iter().map(|n| n.id()))
}

/// The services holding any of the terms `values` in `field` (`AnyOf`: these terms are
/// filters and rules that hold for much of the directory).
fn any_of(field: Field, values: impl IntoIterator<Item = String>) -> Box<dyn Query> {
    let clauses = values
        .into_iter()
        .map(|v| {
            Box::new(TermQuery::new(
                Term::from_field_text(field, &v),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>
        })
        .collect();
    Box::new(AnyOf::new(clauses))
}

/// Writes every service of `directory` into the empty `index`, merged into one segment:
/// a query then looks each term up once, not once per segment.
fn fill(
    index: &Index,
    directory: &Directory,
    words: &Words,
    fields: &Fields,
) -> Result<(), SearchError> {
    analysis::register(index);
    let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, 15_000_000)?;
    // No merges of tantivy's own while writing: everything is merged once, below.
    writer.set_merge_policy(Box::new(NoMergePolicy));
    for org in &directory.organisations {
        for service in &org.services {
            writer.add_document(document::document(fields, words, org, service))?;
        }
    }
    writer.commit()?;
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(())
}

/// Where each service is in the directory (its organisation's and its own position),
/// ordered by the service's id and found by halving: 8 bytes a service, where a map from
/// the ids took 7 MB with 100,000 services (docs/performance.md).
struct Positions(Box<[(u32, u32)]>);

impl Positions {
    fn new(directory: &Directory) -> Positions {
        let mut all: Vec<(u32, u32)> = directory
            .organisations
            .iter()
            .enumerate()
            .flat_map(|(o, org)| (0..org.services.len()).map(move |s| (o, s)))
            .filter_map(|(o, s)| Some((u32::try_from(o).ok()?, u32::try_from(s).ok()?)))
            .collect();
        let id = |&(o, s): &(u32, u32)| Self::at(directory, o, s).map(|(_, service)| &service.id);
        all.sort_unstable_by(|a, b| id(a).cmp(&id(b)));
        Positions(all.into_boxed_slice())
    }

    fn at(directory: &Directory, o: u32, s: u32) -> Option<(&Organisation, &Service)> {
        let org = directory.organisations.get(o as usize)?;
        Some((org, org.services.get(s as usize)?))
    }

    /// The service with `id` in `directory`, the one these positions were made for.
    fn find<'d>(
        &self,
        directory: &'d Directory,
        id: &str,
    ) -> Option<(&'d Organisation, &'d Service)> {
        let found = self.0.binary_search_by(|&(o, s)| {
            let at = Self::at(directory, o, s).map(|(_, service)| service.id.as_str());
            at.cmp(&Some(id))
        });
        let &(o, s) = self.0.get(found.ok()?)?;
        Self::at(directory, o, s)
    }
}

impl SearchIndex {
    /// Indexes every service of the directory, in memory (rebuilt at every start), or kept
    /// in `folder` between starts (`kept.rs`: opened again while the program and the data
    /// are the same).
    pub fn build(
        directory: &Arc<Directory>,
        words: Words,
        folder: Option<&Path>,
    ) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        let services = Positions::new(directory);
        let fill = |index: &Index| fill(index, directory, &words, &fields);
        let (index, kept) = match folder {
            None => {
                let index = Index::create_in_ram(schema);
                fill(&index)?;
                (index, None)
            }
            Some(folder) => {
                let key = kept::key(directory.read_from, words.fingerprint())
                    .map_err(SearchError::Program)?;
                let docs = u64::try_from(services.0.len()).unwrap_or(u64::MAX);
                let (index, kept) = kept::open_or_build(folder, &key, schema, docs, fill)?;
                (index, Some(kept))
            }
        };
        analysis::register(&index);
        let reader = index.reader()?;
        let held = Held::build(
            &reader.searcher(),
            &[fields.filter],
            &[Term::from_field_text(fields.coverage, NATIONAL)],
        )?;
        Ok(SearchIndex {
            index,
            reader,
            held,
            fields,
            analysed: Analysed::new(words.texts()),
            words,
            directory: Arc::clone(directory),
            services,
            slots: Arc::new(Semaphore::new(search_slots(
                std::thread::available_parallelism().ok(),
            ))),
            kept,
        })
    }

    /// For an index kept in a folder: whether this start opened it or built it.
    pub fn kept(&self) -> Option<Kept> {
        self.kept
    }

    /// How many services are indexed.
    pub fn len(&self) -> usize {
        self.services.0.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.services.0.is_empty()
    }

    /// The words query, scored by BM25: every term of the person's own words, exact or
    /// with typos, in Dutch and English; and for every synonym group the words touch, the
    /// best match of any of its terms (a term of several words as a phrase), so that a
    /// text holding many words of one group counts once, not once per word.
    /// `None` for a query without words.
    fn words_query(&self, searcher: &Searcher, words: &[&str]) -> Option<Box<dyn Query>> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let unknown: Vec<&str> = words
            .iter()
            .copied()
            .filter(|word| !self.holds(searcher, word))
            .collect();
        let mut typo_queries = Typos::default();
        for (analyzer, fields) in self.languages() {
            let may_have_typos = terms(analyzer, &unknown.join(" "));
            for (term, typos) in query_terms(analyzer, words) {
                let typos = typos.filter(|_| may_have_typos.contains(&term));
                for (field, weight) in fields {
                    let exact = Term::from_field_text(field, &term);
                    let query = TermQuery::new(exact.clone(), IndexRecordOption::WithFreqs);
                    clauses.push((Occur::Should, weighed(Box::new(query), weight)));
                    if let Some(distance) = typos {
                        let fuzzy = typo_queries.query(exact, distance);
                        clauses.push((Occur::Should, weighed(fuzzy, weight * TYPO_WEIGHT)));
                    }
                }
            }
        }
        for group in self.words.groups(&words.join(" ")) {
            let mut best: Vec<Box<dyn Query>> = Vec::new();
            for (analyzer, fields) in self.languages() {
                for synonym in group {
                    let tokens = self.analysed.tokens(analyzer, synonym);
                    best.extend(
                        fields
                            .iter()
                            .filter_map(|&(field, _)| phrase(field, &tokens)),
                    );
                }
            }
            let best = Box::new(DisjunctionMaxQuery::with_tie_breaker(best, SYNONYM_TIE));
            clauses.push((Occur::Should, weighed(best, SYNONYM_WEIGHT)));
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Whether the index holds a word as typed: every term it becomes in one of the
    /// languages is in one of that language's fields. Such a word gets no typo search,
    /// in either language.
    fn holds(&self, searcher: &Searcher, word: &str) -> bool {
        self.languages().iter().any(|(analyzer, fields)| {
            let terms = terms(analyzer, word);
            !terms.is_empty()
                && terms.iter().all(|term| {
                    fields.iter().any(|&(field, _)| {
                        searcher
                            .doc_freq(&Term::from_field_text(field, term))
                            .is_ok_and(|count| count > 0)
                    })
                })
        })
    }

    /// Each language's analyzer with the text fields it analyses and their weights: a
    /// word in a name says most about what a service is.
    fn languages(&self) -> [(&'static str, [(Field, f32); 3]); 2] {
        let f = &self.fields;
        [
            (
                DUTCH,
                [
                    (f.name_nl, NAME_WEIGHT),
                    (f.text_nl, 1.0),
                    (f.description_nl, 1.0),
                ],
            ),
            (
                ENGLISH,
                [
                    (f.name_en, NAME_WEIGHT),
                    (f.text_en, 1.0),
                    (f.description_en, 1.0),
                ],
            ),
        ]
    }

    /// What puts the services that fit the person before the others that match the words,
    /// each worth `FITS`. A service fits when the words name one of its needs ("opvang",
    /// "pedofiel"), and otherwise:
    /// - a service only for some settings (a church, a school, care) comes after those for
    ///   any setting, unless the words name its setting;
    /// - unless the query asks for other people, a service not for victims (for people
    ///   worried about their own behaviour, for professionals) comes after those for
    ///   victims.
    fn fitting(&self, query: &SearchQuery) -> Vec<Box<dyn Query>> {
        let named = |ids: Vec<&str>, kind: &str| -> Vec<String> {
            self.words
                .named(&query.text, ids)
                .into_iter()
                .map(|id| format!("{kind}:{id}"))
                .collect()
        };
        let needs = named(Need::ALL.iter().map(|n| n.id()).collect(), "need");
        let mut settings = named(Setting::ALL.iter().map(|s| s.id()).collect(), "setting");
        settings.extend(needs.iter().cloned().chain([GENERAL.to_owned()]));
        let mut out = vec![settings];
        if query.audiences.is_empty() {
            out.push(
                needs
                    .into_iter()
                    .chain([format!("audience:{}", Role::Victim.id())])
                    .collect(),
            );
        }
        out.into_iter()
            .map(|terms| self.rule(self.fields.filter, terms, FITS))
            .collect()
    }

    /// An ordering rule: the services holding any of `values` in `field`, each given
    /// `score` points; from the kept bits where it can (`Held`), else from the postings.
    fn rule(&self, field: Field, values: Vec<String>, score: f32) -> Box<dyn Query> {
        let terms: Vec<Term> = values
            .iter()
            .map(|value| Term::from_field_text(field, value))
            .collect();
        self.held
            .as_ref()
            .and_then(|held| held.any(&terms, score))
            .unwrap_or_else(|| points(any_of(field, values), score))
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
        // The ordering rules, one clause (`AnyOf`) so that each is looked up only for the
        // services the words and filters let through.
        let mut rules: Vec<Box<dyn Query>> = Vec::new();
        if let Some(words) = &words {
            clauses.push((Occur::Must, words.box_clone()));
            rules.extend(self.fitting(query));
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
            let national = if place.island.is_some() {
                FROM_AFAR
            } else {
                NATIONAL
            };
            let qualifying = local.iter().cloned().chain([national.to_owned()]);
            clauses.push((Occur::Must, any_of(f.coverage, qualifying)));
            if !local.is_empty() {
                rules.push(self.rule(f.coverage, local, LOCAL_FIRST));
            }
        }
        if query.place.is_none() {
            // A national number routes to its organisation's regional units itself: without
            // a place, those units come after every service one reaches directly.
            rules.push(self.rule(f.filter, vec![DIRECT.to_owned()], DIRECT_FIRST));
        }
        if !rules.is_empty() {
            clauses.push((Occur::Should, Box::new(AnyOf::new(rules))));
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
        // The terms of the words in the description's field, to mark them there.
        let mut marked: HashSet<String> = HashSet::new();
        if let Some(words) = &words {
            words.query_terms(&mut |term, _| {
                if term.field() == description_field
                    && let Some(text) = term.value().as_str()
                {
                    marked.insert(text.to_owned());
                }
            });
        }
        let analyzer = if query.lang == Lang::En {
            ENGLISH
        } else {
            DUTCH
        };
        let word_phrases = self.word_phrases(analyzer, &query_words);
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
                service.description.en()
            } else {
                service.description.nl()
            };
            let described = analysis::tokens_at(analyzer, description);
            let highlight = Highlight {
                text: description.to_owned(),
                ranges: described
                    .iter()
                    .filter(|(token, _)| marked.contains(token))
                    .map(|(_, at)| at.clone())
                    .collect(),
            };
            hits.push(Hit {
                service_id: service.id.clone(),
                organisation_id: org.id.clone(),
                score,
                reasons: self.reasons(query, &word_phrases, org, service, &described),
                highlight,
            });
        }
        Ok(hits)
    }

    /// What each word of the query matches in a language, as phrases of terms: the word
    /// itself and the synonyms of its groups. A group only several words together touch
    /// ("seksueel geweld") comes last, named by those words.
    fn word_phrases(
        &self,
        analyzer: &str,
        query_words: &[&str],
    ) -> Vec<(String, Vec<Vec<String>>)> {
        let phrases = |texts: Vec<String>| -> Vec<Vec<String>> {
            texts
                .iter()
                .map(|text| self.analysed.tokens(analyzer, text).into_owned())
                .filter(|tokens| !tokens.is_empty())
                .collect()
        };
        let mut out: Vec<(String, Vec<Vec<String>>)> = Vec::new();
        let mut single = Vec::new();
        for &word in query_words {
            let groups = self.words.groups(word);
            let texts = std::iter::once(fold(word))
                .chain(groups.iter().flat_map(|group| group.iter()).cloned())
                .collect();
            out.push((word.to_owned(), phrases(texts)));
            single.extend(groups);
        }
        let text = fold(&query_words.join(" "));
        for group in self.words.groups(&text) {
            let typed = group
                .iter()
                .find(|term| format!(" {text} ").contains(&format!(" {term} ")));
            if let (false, Some(typed)) = (single.contains(&group), typed) {
                out.push((typed.clone(), phrases(group.to_vec())));
            }
        }
        out
    }

    /// Why a service is in the results; `word_phrases` are the query's words with what they
    /// match (`SearchIndex::word_phrases`), `described` the tokens of its description in the
    /// query's language.
    fn reasons(
        &self,
        query: &SearchQuery,
        word_phrases: &[(String, Vec<Vec<String>>)],
        org: &Organisation,
        service: &Service,
        described: &[(String, Range<usize>)],
    ) -> Vec<Reason> {
        let mut reasons = Vec::new();
        let analyzer = if query.lang == Lang::En {
            ENGLISH
        } else {
            DUTCH
        };
        let name = if query.lang == Lang::En {
            service.name.en()
        } else {
            service.name.nl()
        };
        let mut own = analysis::tokens(analyzer, &format!("{} {name}", org.name));
        own.extend(described.iter().map(|(token, _)| token.clone()));
        let mut texts = vec![Cow::Owned(own)];
        texts.extend(
            vocabulary_ids(service)
                .flat_map(|id| self.words.keywords_for(id))
                .map(|keyword| self.analysed.tokens(analyzer, keyword)),
        );
        let matched: Vec<String> = word_phrases
            .iter()
            .filter(|(_, phrases)| {
                phrases.iter().any(|phrase| {
                    texts
                        .iter()
                        .any(|have| have.windows(phrase.len()).any(|w| w == phrase.as_slice()))
                })
            })
            .map(|(word, _)| word.clone())
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
        if always_open(service) {
            reasons.push(Reason::AlwaysOpen);
        }
        if service.anonymity() == Some(true) {
            reasons.push(Reason::Anonymous);
        }
        reasons
    }

    /// The directory entry of a service.
    pub fn service(&self, id: &str) -> Option<(&Organisation, &Service)> {
        self.services.find(&self.directory, id)
    }

    /// The tantivy index, for inspection in tests and benchmarks.
    pub fn index(&self) -> &Index {
        &self.index
    }
}

/// The terms of the person's own words in one analyzer's language, each once and at most
/// `MAX_QUERY_TERMS`, with the typos each may have. (The words synonyms add are looked
/// for exactly, as phrases: `SearchIndex::words_query`.)
fn query_terms(analyzer: &str, query_words: &[&str]) -> Vec<(String, Option<u8>)> {
    terms(analyzer, &query_words.join(" "))
        .into_iter()
        .take(MAX_QUERY_TERMS)
        .map(|term| {
            let typos = typo_distance(&term);
            (term, typos)
        })
        .collect()
}

/// A query for the tokens in this order in one field: a term query for one token, a
/// phrase query for more, `None` for none.
fn phrase(field: Field, tokens: &[String]) -> Option<Box<dyn Query>> {
    let terms: Vec<Term> = tokens
        .iter()
        .map(|token| Term::from_field_text(field, token))
        .collect();
    match terms.as_slice() {
        [] => None,
        [one] => Some(Box::new(TermQuery::new(
            one.clone(),
            IndexRecordOption::WithFreqs,
        ))),
        _ => Some(Box::new(PhraseQuery::new(terms))),
    }
}

/// How much more a word counts in a service's or organisation's name than elsewhere.
const NAME_WEIGHT: f32 = 3.0;

/// How much a match with typos counts against an exact one.
const TYPO_WEIGHT: f32 = 0.5;

/// The services `query` matches, each given `score` points.
fn points(query: Box<dyn Query>, score: f32) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, score))
}

/// A query with its score multiplied by `weight` (left alone at 1).
fn weighed(query: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    if weight == 1.0 {
        query
    } else {
        Box::new(BoostQuery::new(query, weight))
    }
}

/// What each way of fitting the person adds to a service's score (`SearchIndex::fitting`):
/// more than any words and serving the whole country together can score.
const FITS: f32 = 20_000.0;

/// What serving the person's place itself adds to a service's score: more than fitting
/// the person in every way and any words together, so the services there come first.
const LOCAL_FIRST: f32 = 100_000.0;

/// What being reached directly (`DIRECT`) adds to a service's score when the person gave
/// no place: as much as fitting the person (`FITS`).
const DIRECT_FIRST: f32 = FITS;

/// How much the best match of a synonym group counts against the person's own words,
/// which are counted on their own as well.
const SYNONYM_WEIGHT: f32 = 0.5;

/// How much the other matching terms of a synonym group add to the best one's score: a
/// little, so that of two texts with the same best match the one with more of the group
/// comes first.
const SYNONYM_TIE: f32 = 0.1;

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

    /// Holds "seksueel" and "geweld", but not as the phrase "seksueel geweld".
    const OTHER: &str = r#"
id = "other"
name = "Anderhulp"
website = "https://example.org"
description.nl = "Geweld in huis? Of vragen over seksueel gedrag?"
description.en = "Violence at home? Or questions about sexual behaviour?"

[[service]]
id = "other-hulp"
name.nl = "Anderhulp"
name.en = "Other help"
description.nl = "Praat met ons over geweld of over seksueel gedrag."
description.en = "Talk with us about violence or about sexual behaviour."
audiences = ["victim"]
needs = ["talk"]
coverage = { national = true }
cost = "free"
"#;

    fn words() -> Words {
        Words::new(
            vec![vec![
                "verkrachting".into(),
                "aanranding".into(),
                "seksueel geweld".into(),
                "rape".into(),
                "sexual violence".into(),
            ]],
            Default::default(),
        )
    }

    fn index() -> &'static Arc<SearchIndex> {
        static INDEX: OnceLock<Arc<SearchIndex>> = OnceLock::new();
        INDEX.get_or_init(|| {
            let organisations = [ORGANISATION, OTHER]
                .iter()
                .map(|text| toml::from_str::<Organisation>(text).unwrap())
                .collect();
            let directory = Arc::new(Directory {
                organisations,
                holidays: Default::default(),
                read_from: 0,
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
        let terms = query_terms(DUTCH, &query_words(&"a ".repeat(100)));
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
            let terms = query_terms(analyzer, &query_words(&letters.join(" ")));
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
        let terms = query_terms(DUTCH, &["a", "b", "hulp", "verkrachting"]);
        assert_eq!(
            terms,
            [
                ("a".to_owned(), None),
                ("b".to_owned(), None),
                ("hulp".to_owned(), None),
                ("verkracht".to_owned(), Some(2)),
            ]
        );
        assert!(search("hul").is_empty(), "no typo in short words");
        assert!(search("hlup").is_empty(), "no typo in short words");
        assert_eq!(search("verkrachtng").len(), 1, "a typo in a long word");
    }

    #[test]
    fn a_synonym_of_several_words_is_looked_for_as_a_phrase() {
        let hits = search("verkrachting");
        assert_eq!(hits.len(), 1, "seksueel and geweld apart are no match");
        assert_eq!(hits[0].service_id, "test-hulp");
        let hits = search("seksueel geweld");
        let test = hits.iter().find(|h| h.service_id == "test-hulp").unwrap();
        assert_eq!(
            matched_words(test),
            ["seksueel geweld"],
            "through its synonyms"
        );
        let other = hits.iter().find(|h| h.service_id == "other-hulp").unwrap();
        assert_eq!(
            matched_words(other),
            ["seksueel", "geweld"],
            "the person's own words match one by one"
        );
    }

    #[test]
    fn a_service_is_said_to_match_a_word_only_when_its_texts_hold_it_or_a_synonym() {
        let hits = search("rape");
        assert_eq!(matched_words(&hits[0]), ["rape"]);
        let hits = search("geweld");
        let other = hits.iter().find(|h| h.service_id == "other-hulp").unwrap();
        assert_eq!(matched_words(other), ["geweld"]);
        let test = hits.iter().find(|h| h.service_id == "test-hulp");
        assert!(test.is_none(), "{hits:?}");
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
