//! The search's own words, kept as data in data/search.toml: synonym groups that widen a
//! query, and keywords that each vocabulary id adds to the services that have it.

use crate::regions::names::fold;
use serde::Deserialize;
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

/// The parsed data/search.toml.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Groups of terms that mean the same to a person searching.
    pub synonyms: Vec<Vec<String>>,
    /// Vocabulary id (`rape_or_assault`, `medical`, ...) to the words it adds.
    pub keywords: HashMap<String, Vec<String>>,
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
    /// Reads and checks `search.toml` in the data folder.
    pub fn load(data_dir: &Path) -> Result<Words, WordsError> {
        let path = data_dir.join("search.toml");
        let text =
            std::fs::read_to_string(&path).map_err(|err| WordsError::Read(path.clone(), err))?;
        let words: Words =
            toml::from_str(&text).map_err(|err| WordsError::Parse(path.clone(), err))?;
        if let Some(id) = words
            .keywords
            .keys()
            .find(|id| !VOCABULARY.contains(&id.as_str()))
        {
            return Err(WordsError::UnknownId(path, id.clone()));
        }
        Ok(words)
    }

    /// The synonym groups a query touches, each folded (lowercase, no accents or
    /// punctuation): a group is touched when the query holds one of its terms as whole
    /// words.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words { synonyms: vec![vec!["verkrachting".into(), "seksueel geweld".into()]], ..Words::default() };
    /// assert_eq!(words.groups("Seksueel geweld!"), [["verkrachting", "seksueel geweld"]]);
    /// assert!(words.groups("geweld").is_empty());
    /// ```
    pub fn groups(&self, query: &str) -> Vec<Vec<String>> {
        let padded = format!(" {} ", fold(query));
        self.synonyms
            .iter()
            .map(|group| group.iter().map(|term| fold(term)).collect::<Vec<_>>())
            .filter(|terms| {
                terms
                    .iter()
                    .any(|term| !term.is_empty() && padded.contains(&format!(" {term} ")))
            })
            .collect()
    }

    /// The vocabulary ids among `ids` whose keywords the query or its synonyms hold as
    /// whole words: the settings a query names, for example.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words {
    ///     synonyms: vec![vec!["dokter".into(), "zorgverlener".into()]],
    ///     keywords: [("care".to_owned(), vec!["zorgverlener".to_owned()])].into(),
    /// };
    /// assert_eq!(words.named("mijn Dokter", ["care", "work"]), ["care"]);
    /// assert!(words.named("mijn dokters", ["care"]).is_empty());
    /// ```
    pub fn named<'a>(&self, query: &str, ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
        let padded = format!(" {} ", self.expand(query));
        ids.into_iter()
            .filter(|id| {
                self.keywords_for(id).iter().any(|keyword| {
                    let keyword = fold(keyword);
                    !keyword.is_empty() && padded.contains(&format!(" {keyword} "))
                })
            })
            .collect()
    }

    /// The query with the other terms of every synonym group it touches added, folded.
    ///
    /// ```
    /// use server::search::words::Words;
    /// let words = Words { synonyms: vec![vec!["verkrachting".into(), "seksueel geweld".into()]], ..Words::default() };
    /// assert_eq!(words.expand("Verkrachting!"), "verkrachting seksueel geweld");
    /// assert_eq!(words.expand("hulp"), "hulp");
    /// ```
    pub fn expand(&self, query: &str) -> String {
        let folded = fold(query);
        let padded = format!(" {folded} ");
        let mut out = folded.clone();
        for term in self.groups(query).iter().flatten() {
            if !padded.contains(&format!(" {term} ")) {
                out.push(' ');
                out.push_str(term);
            }
        }
        out
    }

    /// The keywords for a vocabulary id, if any.
    pub fn keywords_for(&self, id: &str) -> &[String] {
        self.keywords.get(id).map_or(&[], Vec::as_slice)
    }
}
