//! The search's own words, kept as data in data/search.toml: synonym groups that widen a
//! query, and keywords that each vocabulary id adds to the services that have it.

use crate::regions::names::fold;
use serde::Deserialize;
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

/// The words of data/search.toml, folded once (lowercase, no accents or punctuation) for
/// matching a query against them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// Groups of folded terms that mean the same to a person searching.
    synonyms: Vec<Vec<String>>,
    /// The same terms, each as its words.
    synonym_words: Vec<Vec<Vec<String>>>,
    /// Vocabulary id (`rape_or_assault`, `medical`, ...) to the words it adds, as written.
    keywords: HashMap<String, Vec<String>>,
    /// The same, folded, each as its words.
    keyword_words: HashMap<String, Vec<Vec<String>>>,
}

/// data/search.toml as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    synonyms: Vec<Vec<String>>,
    keywords: HashMap<String, Vec<String>>,
}

/// data/search.toml could not be used.
#[derive(Debug, thiserror::Error)]
pub enum WordsError {
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("{0}: {1}")]
    Parse(PathBuf, toml::de::Error),
    #[error("{0}: keywords.{1} is not an id of the triage vocabulary")]
    UnknownId(PathBuf, String),
}

/// The ids the `[keywords]` table may use: the `what`, `setting` and `needs` vocabulary.
pub const VOCABULARY: &[&str] = &[
    "rape_or_assault",
    "harassment",
    "online",
    "child_abuse",
    "domestic",
    "exploitation",
    "forced_marriage",
    "unsure",
    "home",
    "relationship",
    "work",
    "school",
    "student_life",
    "sport",
    "church",
    "care",
    "public_space",
    "nightlife",
    "medical",
    "talk",
    "advice",
    "report_police",
    "report_other",
    "legal",
    "long_term_care",
    "stop_behaviour",
    "remove_images",
    "safe_place",
    "suicidal_thoughts",
    "emergency",
];

impl Words {
    /// The words from synonym groups and keywords per vocabulary id, as written.
    pub fn new(synonyms: Vec<Vec<String>>, keywords: HashMap<String, Vec<String>>) -> Words {
        let fold_all = |terms: &[String]| -> Vec<String> {
            terms
                .iter()
                .map(|term| fold(term))
                .filter(|term| !term.is_empty())
                .collect()
        };
        let split_all = |terms: Vec<String>| -> Vec<Vec<String>> {
            terms
                .iter()
                .map(|term| term.split(' ').map(str::to_owned).collect())
                .collect()
        };
        let synonyms: Vec<Vec<String>> = synonyms.iter().map(|group| fold_all(group)).collect();
        Words {
            synonym_words: synonyms.iter().cloned().map(split_all).collect(),
            synonyms,
            keyword_words: keywords
                .iter()
                .map(|(id, words)| (id.clone(), split_all(fold_all(words))))
                .collect(),
            keywords,
        }
    }

    /// A fingerprint of the words as written (XXH3-128, the keywords in the order of their
    /// ids): part of the key of a kept index (`kept.rs`).
    pub fn fingerprint(&self) -> u128 {
        let mut hash = xxhash_rust::xxh3::Xxh3::new();
        // Each list and text with its length first, so no two lists give the same bytes.
        let mut add = |texts: &[&str]| {
            hash.update(&texts.len().to_le_bytes());
            for text in texts {
                hash.update(&text.len().to_le_bytes());
                hash.update(text.as_bytes());
            }
        };
        for group in &self.synonyms {
            add(&group.iter().map(String::as_str).collect::<Vec<_>>());
        }
        let mut keywords: Vec<_> = self.keywords.iter().collect();
        keywords.sort_unstable();
        for (id, words) in keywords {
            add(&[id]);
            add(&words.iter().map(String::as_str).collect::<Vec<_>>());
        }
        hash.digest128()
    }

    /// Reads and checks `search.toml` in the data folder.
    pub fn load(data_dir: &Path) -> Result<Words, WordsError> {
        let path = data_dir.join("search.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|err| WordsError::Read(path.clone(), err))?;
        let file: File =
            toml::from_str(&text).map_err(|err| WordsError::Parse(path.clone(), err))?;
        if let Some(id) = file
            .keywords
            .keys()
            .find(|id| !VOCABULARY.contains(&id.as_str()))
        {
            return Err(WordsError::UnknownId(path, id.clone()));
        }
        Ok(Words::new(file.synonyms, file.keywords))
    }

    /// The synonym groups a query touches, each folded (lowercase, no accents or
    /// punctuation): a group is touched when the query holds one of its terms as whole
    /// words.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words::new(vec![vec!["Verkrachting".into(), "seksueel geweld".into()]], Default::default());
    /// assert_eq!(words.groups("Seksueel geweld!"), [["verkrachting", "seksueel geweld"]]);
    /// assert!(words.groups("geweld").is_empty());
    /// ```
    pub fn groups(&self, query: &str) -> Vec<&[String]> {
        let folded = fold(query);
        let query: Vec<&str> = folded.split(' ').collect();
        self.synonyms
            .iter()
            .zip(&self.synonym_words)
            .filter(|(_, terms)| terms.iter().any(|term| holds(&query, term)))
            .map(|(group, _)| group.as_slice())
            .collect()
    }

    /// The vocabulary ids among `ids` whose keywords the query or its synonyms hold as
    /// whole words: the settings a query names, for example.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words::new(
    ///     vec![vec!["dokter".into(), "zorgverlener".into()]],
    ///     [("care".to_owned(), vec!["Zorgverlener".to_owned()])].into(),
    /// );
    /// assert_eq!(words.named("mijn Dokter", ["care", "work"]), ["care"]);
    /// assert!(words.named("mijn dokters", ["care"]).is_empty());
    /// ```
    pub fn named<'a>(&self, query: &str, ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        let expanded = self.expand(query);
        let query: Vec<&str> = expanded.split(' ').collect();
        ids.into_iter()
            .filter(|id| {
                self.keyword_words
                    .get(*id)
                    .is_some_and(|keywords| keywords.iter().any(|k| holds(&query, k)))
            })
            .collect()
    }

    /// The query with the other terms of every synonym group it touches added, folded.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words::new(vec![vec!["verkrachting".into(), "seksueel geweld".into()]], Default::default());
    /// assert_eq!(words.expand("Verkrachting!"), "verkrachting seksueel geweld");
    /// assert_eq!(words.expand("hulp"), "hulp");
    /// ```
    pub fn expand(&self, query: &str) -> String {
        let folded = fold(query);
        let padded = format!(" {folded} ");
        let mut out = folded.clone();
        for term in self.groups(query).into_iter().flatten() {
            if !padded.contains(&format!(" {term} ")) {
                out.push(' ');
                out.push_str(term);
            }
        }
        out
    }

    /// Every text of the words a query or a service may be matched with: the folded
    /// synonyms and the keywords as written.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let synonyms = self.synonyms.iter().flatten();
        synonyms
            .chain(self.keywords.values().flatten())
            .map(String::as_str)
    }

    /// The keywords for a vocabulary id, if any.
    pub fn keywords_for(&self, id: &str) -> &[String] {
        self.keywords.get(id).map_or(&[], Vec::as_slice)
    }
}

/// Whether the words of a folded text hold a term's words, in a row.
fn holds(text: &[&str], term: &[String]) -> bool {
    !term.is_empty() && text.windows(term.len()).any(|words| words == term)
}
