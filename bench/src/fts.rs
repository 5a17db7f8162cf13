//! The obvious alternative to the tantivy index: SQLite FTS5, in memory, over the same
//! text fields the server indexes (organisation and service name, descriptions, contact
//! notes and the keywords of `data/search.toml`, in Dutch and English), with ordinary
//! tables for the filters and coverage, ranked by FTS5's `bm25()` plus the same regional
//! and national boosts as the server.
//!
//! FTS5 has no Dutch stemmer and no typo tolerance. Two variants are built: `unicode61`
//! (case and accents folded) with every query term of four letters or more as a prefix
//! query (`"rouwverwerk"*`), the nearest FTS5 comes to Dutch stemming; and `porter`,
//! FTS5's one stemmer, which is English only (on Dutch it only cuts English endings such
//! as -ing and -s). Query words are cut and widened with synonyms exactly as the server
//! does ([`query_words`], [`Words::expand`]).

use anyhow::Context;
use rusqlite::{Connection, params};
use server::search::{coverage_terms, filter_terms, place_terms};
use server::{
    directory::{
        Directory,
        model::{AgeRange, Organisation, Service},
    },
    regions::names::fold,
    search::{Lang, SearchQuery, analysis::query_words, words::Words},
};
use std::collections::HashMap;

/// Which FTS5 tokenizer and query style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// `unicode61 remove_diacritics 2`, query terms as prefixes.
    Prefix,
    /// `porter unicode61 remove_diacritics 2`, query terms exact (stemmed by porter).
    Porter,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::Prefix => "fts5 unicode61+prefix",
            Variant::Porter => "fts5 porter",
        }
    }

    fn tokenizer(self) -> &'static str {
        match self {
            Variant::Prefix => "unicode61 remove_diacritics 2",
            Variant::Porter => "porter unicode61 remove_diacritics 2",
        }
    }
}

/// Query terms shorter than this are looked for exactly, also in the prefix variant: a
/// prefix query for "na" or "bij" would match most of the index.
const MIN_PREFIX_LETTERS: usize = 4;

/// The server's boosts: a service in the person's own region, and (without a place) a
/// national one, each times the inverse document frequency of its coverage term, as the
/// tantivy query's boosted term clauses score.
const LOCAL_BOOST: f64 = 3.0;
const NATIONAL_BOOST: f64 = 1.5;

const SCHEMA: &str = "
CREATE TABLE services(
    doc INTEGER PRIMARY KEY,
    service_id TEXT NOT NULL,
    national INTEGER NOT NULL,
    always INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    age_min INTEGER NOT NULL,
    age_max INTEGER NOT NULL
);
CREATE TABLE filters(term TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (term, doc)) WITHOUT ROWID;
CREATE TABLE coverage(term TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (term, doc)) WITHOUT ROWID;
CREATE TABLE coverage_weight(term TEXT PRIMARY KEY, idf REAL NOT NULL) WITHOUT ROWID;
";

/// The search statement. ?1 match, ?2 needs, ?3 audiences, ?4 channels (JSON arrays of
/// filter terms), ?5 always, ?6 anonymous, ?7 youngest, ?8 oldest, ?9 the place's terms
/// (JSON), ?10 the national boost, ?11 limit, ?12 the local boost. The full-text match
/// drives, the filters are checked per row through the primary keys of the filter and
/// coverage tables. (Driving from the coverage table instead, `fts.rowid IN (…)` for the
/// place's services, was tried: FTS5 then runs the whole match again for every rowid,
/// which made a query with a place 5 to 25 times slower.)
fn search_sql() -> String {
    let list = |n: u8| {
        format!(
            "(?{n} = '[]' OR EXISTS (SELECT 1 FROM filters f WHERE f.doc = s.doc \
             AND f.term IN (SELECT value FROM json_each(?{n}))))"
        )
    };
    format!(
        "SELECT s.doc, s.service_id, -bm25(fts) + CASE WHEN ?9 = '[]' THEN ?10 * s.national \
         ELSE ?12 * (SELECT total(w.idf) FROM coverage c JOIN coverage_weight w \
         ON w.term = c.term WHERE c.doc = s.doc \
         AND c.term IN (SELECT value FROM json_each(?9))) END AS score \
         FROM fts JOIN services s ON s.doc = fts.rowid \
         WHERE fts MATCH ?1 AND {} AND {} AND {} \
         AND (?5 = 0 OR s.always = 1) AND (?6 = 0 OR s.anonymous = 1) \
         AND s.age_min <= ?8 AND s.age_max >= ?7 \
         AND (?9 = '[]' OR s.national = 1 OR EXISTS (SELECT 1 FROM coverage c \
         WHERE c.doc = s.doc AND c.term IN (SELECT value FROM json_each(?9)))) \
         ORDER BY score DESC LIMIT ?11",
        list(2),
        list(3),
        list(4)
    )
}

/// The description of one hit with the query's words marked, as the server returns it.
const HIGHLIGHT: &str =
    "SELECT highlight(fts, ?3, char(2), char(3)) FROM fts WHERE fts MATCH ?1 AND rowid = ?2";

/// An FTS5 index of a directory.
pub struct Fts5 {
    conn: Connection,
    /// The search statement.
    sql: String,
    words: Words,
    variant: Variant,
    national_idf: f64,
}

/// How big the database is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// Every page of the database: full-text index, filter tables and their indexes.
    pub total_bytes: u64,
    /// The FTS5 index proper: its b-tree of terms and doclists (`fts_data`, `fts_idx`).
    pub index_bytes: u64,
    /// FTS5's own copy of the texts (`fts_content`, needed for `highlight()`) and
    /// per-document sizes (`fts_docsize`).
    pub content_bytes: u64,
}

/// One hit: the service id, and the marked description.
#[derive(Clone, Debug, PartialEq)]
pub struct FtsHit {
    pub service_id: String,
    pub score: f64,
    pub highlight: String,
}

fn inverse_frequency(total: usize, with: usize) -> f64 {
    let (n, df) = (total as f64, with as f64);
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

impl Fts5 {
    /// Indexes every service of `directory`, in one transaction, and merges the index
    /// into one b-tree (`optimize`), as a read-only index would be.
    pub fn build(directory: &Directory, words: &Words, variant: Variant) -> anyhow::Result<Fts5> {
        let mut conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(&format!(
            "CREATE VIRTUAL TABLE fts USING fts5(text_nl, text_en, description_nl, \
             description_en, tokenize = '{}');",
            variant.tokenizer()
        ))?;
        let mut coverage_count: HashMap<String, usize> = HashMap::new();
        let mut total = 0usize;
        let tx = conn.transaction()?;
        {
            let mut service_row = tx.prepare(
                "INSERT INTO services(doc, service_id, national, always, anonymous, age_min, \
                 age_max) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut filter_row =
                tx.prepare("INSERT OR IGNORE INTO filters(term, doc) VALUES (?1, ?2)")?;
            let mut coverage_row =
                tx.prepare("INSERT OR IGNORE INTO coverage(term, doc) VALUES (?1, ?2)")?;
            let mut text_row = tx.prepare(
                "INSERT INTO fts(rowid, text_nl, text_en, description_nl, description_en) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for org in &directory.organisations {
                for service in &org.services {
                    total += 1;
                    let doc = total as i64;
                    let filters = filter_terms(service);
                    let age = service.age.unwrap_or(AgeRange {
                        min: None,
                        max: None,
                    });
                    service_row.execute(params![
                        doc,
                        service.id,
                        service.coverage.national,
                        filters.iter().any(|t| t == "always"),
                        filters.iter().any(|t| t == "anonymous"),
                        age.min.unwrap_or(0),
                        age.max.unwrap_or(u8::MAX),
                    ])?;
                    for term in &filters {
                        filter_row.execute(params![term, doc])?;
                    }
                    for term in coverage_terms(service) {
                        coverage_row.execute(params![term, doc])?;
                        *coverage_count.entry(term).or_default() += 1;
                    }
                    let (nl, en) = texts(words, org, service);
                    text_row.execute(params![
                        doc,
                        nl,
                        en,
                        service.description.nl(),
                        service.description.en()
                    ])?;
                }
            }
            let mut weight_row =
                tx.prepare("INSERT INTO coverage_weight(term, idf) VALUES (?1, ?2)")?;
            for (term, count) in &coverage_count {
                weight_row.execute(params![term, inverse_frequency(total, *count)])?;
            }
        }
        tx.commit()?;
        conn.execute("INSERT INTO fts(fts) VALUES ('optimize')", [])?;
        let national = coverage_count.get("national").copied().unwrap_or(0);
        Ok(Fts5 {
            conn,
            sql: search_sql(),
            words: words.clone(),
            variant,
            national_idf: inverse_frequency(total, national),
        })
    }

    /// The variant this index was built as.
    pub fn variant(&self) -> Variant {
        self.variant
    }

    /// The database's size in bytes.
    pub fn size(&self) -> anyhow::Result<Size> {
        let total: i64 = self.conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |row| row.get(0),
        )?;
        let pages = |names: &str| -> anyhow::Result<u64> {
            let bytes: f64 = self.conn.query_row(
                &format!("SELECT total(pgsize) FROM dbstat WHERE name IN ({names})"),
                [],
                |row| row.get(0),
            )?;
            Ok(bytes as u64)
        };
        Ok(Size {
            total_bytes: u64::try_from(total).unwrap_or(0),
            index_bytes: pages("'fts_data', 'fts_idx'")?,
            content_bytes: pages("'fts_content', 'fts_docsize'")?,
        })
    }

    /// The best `query.limit` services, best first, with the description marked; the same
    /// filters as the server's search. A query without words finds nothing here.
    pub fn search(&self, query: &SearchQuery) -> anyhow::Result<Vec<FtsHit>> {
        let Some(expression) = match_expression(&self.words, &query.text, self.variant) else {
            return Ok(Vec::new());
        };
        let json = |kind: &str, ids: Vec<&str>| -> anyhow::Result<String> {
            let terms: Vec<String> = ids.iter().map(|id| format!("{kind}:{id}")).collect();
            Ok(serde_json::to_string(&terms)?)
        };
        let needs = json("need", query.needs.iter().map(|n| n.id()).collect())?;
        let audiences = json("audience", query.audiences.iter().map(|r| r.id()).collect())?;
        let channels = json("channel", query.channels.iter().map(|c| c.id()).collect())?;
        let (youngest, oldest) = query
            .age
            .map_or((0, u8::MAX), |(young, old)| (young, old.max(young)));
        let places =
            serde_json::to_string(&query.place.as_ref().map(place_terms).unwrap_or_default())?;
        let limit = i64::try_from(query.limit.clamp(1, 200))?;
        let mut statement = self.conn.prepare_cached(&self.sql)?;
        let rows = statement.query_map(
            params![
                expression,
                needs,
                audiences,
                channels,
                query.always_open,
                query.anonymous,
                youngest,
                oldest,
                places,
                NATIONAL_BOOST * self.national_idf,
                limit,
                LOCAL_BOOST
            ],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, f64>(2)?,
                ))
            },
        )?;
        let top: Vec<(i64, String, f64)> = rows.collect::<Result<_, _>>()?;
        let column = if query.lang == Lang::En { 3 } else { 2 };
        let mut marked = self.conn.prepare_cached(HIGHLIGHT)?;
        let mut hits = Vec::with_capacity(top.len());
        for (doc, service_id, score) in top {
            let highlight: String = marked
                .query_row(params![expression, doc, column], |row| row.get(0))
                .context("highlight")?;
            hits.push(FtsHit {
                service_id,
                score,
                highlight,
            });
        }
        Ok(hits)
    }
}

/// The FTS5 query for a person's words: each distinct term of the words the server keeps,
/// then the terms their synonyms add, joined with OR; `None` without terms.
pub fn match_expression(words: &Words, text: &str, variant: Variant) -> Option<String> {
    let kept = query_words(text).join(" ");
    let mut terms: Vec<String> = Vec::new();
    for term in fold(&kept)
        .split(' ')
        .chain(words.expand(&kept).split(' ').map(|t| t.trim()))
    {
        if !term.is_empty() && !terms.iter().any(|t| t == term) {
            terms.push(term.to_owned());
        }
    }
    let quoted: Vec<String> = terms
        .iter()
        .map(|term| {
            let prefix = variant == Variant::Prefix && term.chars().count() >= MIN_PREFIX_LETTERS;
            format!(
                "\"{}\"{}",
                term.replace('"', "\"\""),
                if prefix { "*" } else { "" }
            )
        })
        .collect();
    (!quoted.is_empty()).then(|| quoted.join(" OR "))
}

/// The texts the server indexes besides the service's description: names, the
/// organisation's description, contact notes and keywords.
fn texts(words: &Words, org: &Organisation, service: &Service) -> (String, String) {
    let keywords = server::search::keywords(words, service);
    let notes = |nl: bool| {
        let notes: Vec<&str> = service
            .contacts
            .iter()
            .filter_map(|c| c.note.as_ref().map(|n| if nl { n.nl() } else { n.en() }))
            .collect();
        notes.join(" ")
    };
    (
        format!(
            "{} {} {} {} {keywords}",
            org.name,
            service.name.nl(),
            org.description.nl(),
            notes(true)
        ),
        format!(
            "{} {} {} {} {keywords}",
            org.name,
            service.name.en(),
            org.description.en(),
            notes(false)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::{Variant, match_expression};
    use rusqlite::Connection;
    use server::search::words::Words;

    #[test]
    fn the_bundled_sqlite_has_fts5_with_bm25_and_porter() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
             INSERT INTO t(body) VALUES ('Hulp na een verkrachting'), ('Shelters for women');",
        )
        .unwrap();
        let found: String = conn
            .query_row(
                "SELECT body FROM t WHERE t MATCH 'shelter' ORDER BY bm25(t)",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(found, "Shelters for women");
        let accents: i64 = conn
            .query_row(
                "SELECT count(*) FROM t WHERE t MATCH 'VERKRÄCHTING'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(accents, 1);
        let json: i64 = conn
            .query_row("SELECT count(*) FROM json_each('[1,2,3]')", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(json, 3);
    }

    #[test]
    fn a_query_becomes_its_terms_and_their_synonyms_joined_with_or() {
        let words = Words::new(
            vec![vec!["verkrachting".into(), "seksueel geweld".into()]],
            Default::default(),
        );
        assert_eq!(
            match_expression(&words, "Hulp na verkrachting hulp", Variant::Prefix).unwrap(),
            r#""hulp"* OR "na" OR "verkrachting"* OR "seksueel"* OR "geweld"*"#
        );
        assert_eq!(
            match_expression(&words, "naaktfoto's", Variant::Porter).unwrap(),
            r#""naaktfoto" OR "s""#
        );
        assert_eq!(match_expression(&words, " %% ", Variant::Porter), None);
    }
}
