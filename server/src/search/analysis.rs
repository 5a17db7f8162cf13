//! Text analysis for the index and the queries: words split on anything that is not a
//! letter or digit, lowercased, accents folded, and stemmed for Dutch or English.
//!
//! A query is first cut down to the words worth looking for (`query_words`): each word
//! once, and no more than `MAX_QUERY_TERMS` distinct terms, so that a long query of
//! repeated or one-letter words costs about as much as a normal one.

use crate::regions::names::fold;
use std::{borrow::Cow, cell::RefCell, collections::HashMap, ops::Range};
use tantivy::{
    Index,
    tokenizer::{
        AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
        TextAnalyzer,
    },
};

/// The analyzer name for Dutch text.
pub const DUTCH: &str = "hulpwijzer_nl";
/// The analyzer name for English text.
pub const ENGLISH: &str = "hulpwijzer_en";

/// How many distinct terms of a person's query are looked for at most; later words are
/// left out. A person looking for help types a few words; every further term adds an
/// exact and a typo-tolerant clause per field, and a 200-character query of one-letter
/// words cost some 50 normal searches before this limit.
pub const MAX_QUERY_TERMS: usize = 12;

fn analyzer(language: Language) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(language))
        .build()
}

/// Registers both analyzers with an index.
pub fn register(index: &Index) {
    index
        .tokenizers()
        .register(DUTCH, analyzer(Language::Dutch));
    index
        .tokenizers()
        .register(ENGLISH, analyzer(Language::English));
}

/// The terms a text becomes in a language's analyzer, in order, repeats kept: a phrase.
///
/// ```
/// use server::search::analysis::{DUTCH, tokens};
/// assert_eq!(tokens(DUTCH, "Blijf van mijn lijf, blijf!"), ["blijf", "van", "mijn", "lijf", "blijf"]);
/// ```
pub fn tokens(name: &str, text: &str) -> Vec<String> {
    tokens_at(name, text)
        .into_iter()
        .map(|(token, _)| token)
        .collect()
}

/// `tokens`, each with the bytes of the text it was made from.
///
/// ```
/// use server::search::analysis::{DUTCH, tokens_at};
/// assert_eq!(tokens_at(DUTCH, "Hulp na verkrachting"), [
///     ("hulp".to_owned(), 0..4),
///     ("na".to_owned(), 5..7),
///     ("verkracht".to_owned(), 8..20),
/// ]);
/// ```
pub fn tokens_at(name: &str, text: &str) -> Vec<(String, Range<usize>)> {
    let language = usize::from(name == ENGLISH);
    ANALYZERS.with_borrow_mut(|analyzers| {
        let mut stream = analyzers[language].token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let token = stream.token();
            out.push((token.text.clone(), token.offset_from..token.offset_to));
        }
        out
    })
}

thread_local! {
    /// The Dutch and the English analyzer, made once per thread (a token stream needs
    /// its analyzer to itself).
    static ANALYZERS: RefCell<[TextAnalyzer; 2]> =
        RefCell::new([analyzer(Language::Dutch), analyzer(Language::English)]);
}

/// The terms a text becomes in a language's analyzer, each once, in order.
///
/// ```
/// use server::search::analysis::{DUTCH, terms};
/// assert_eq!(terms(DUTCH, "Verkrachting, verkrachtingen!"), ["verkracht"]);
/// assert_eq!(terms(DUTCH, "naaktfoto's"), ["naaktfoto", "s"]);
/// ```
pub fn terms(name: &str, text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for term in tokens(name, text) {
        if !out.contains(&term) {
            out.push(term);
        }
    }
    out
}

/// Texts analysed once in both languages: the search's own words (synonyms and keywords),
/// which every query would otherwise analyse again.
#[derive(Debug, Default)]
pub struct Analysed {
    /// Text to its tokens in Dutch and in English.
    texts: HashMap<String, [Vec<String>; 2]>,
}

impl Analysed {
    /// Analyses every text in both languages.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Analysed {
        let texts = texts
            .into_iter()
            .map(|text| {
                let both = [tokens(DUTCH, text), tokens(ENGLISH, text)];
                (text.to_owned(), both)
            })
            .collect();
        Analysed { texts }
    }

    /// The tokens of a text in a language's analyzer: kept ones, or analysed now.
    ///
    /// ```
    /// use server::search::analysis::{Analysed, DUTCH, ENGLISH, tokens};
    /// let kept = Analysed::new(["blijf van mijn lijf"]);
    /// assert_eq!(kept.tokens(DUTCH, "blijf van mijn lijf").as_ref(), ["blijf", "van", "mijn", "lijf"]);
    /// assert_eq!(kept.tokens(ENGLISH, "sexual violence").as_ref(), tokens(ENGLISH, "sexual violence"));
    /// ```
    pub fn tokens(&self, analyzer: &str, text: &str) -> Cow<'_, [String]> {
        let language = usize::from(analyzer == ENGLISH);
        match self.texts.get(text) {
            Some(both) => Cow::Borrowed(both[language].as_slice()),
            None => Cow::Owned(tokens(analyzer, text)),
        }
    }
}

/// The words of a query worth looking for, as typed and in order, split on white space.
/// A word is left out when it adds no term not seen before (terms split like the
/// analyzers split, on anything that is not a letter or digit, and compared without case
/// and accents), or when its new terms would bring the total over `MAX_QUERY_TERMS`.
///
/// ```
/// use server::search::analysis::query_words;
/// assert_eq!(query_words("Hulp hulp HÚLP, na verkrachting!"), ["Hulp", "na", "verkrachting!"]);
/// assert_eq!(query_words(&"a ".repeat(100)), ["a"]);
/// ```
pub fn query_words(text: &str) -> Vec<&str> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut new: Vec<String> = Vec::new();
        for part in word.split(|c: char| !c.is_alphanumeric()) {
            let part = fold(part);
            if !part.is_empty() && !seen.contains(&part) && !new.contains(&part) {
                new.push(part);
            }
        }
        if new.is_empty() || seen.len() + new.len() > MAX_QUERY_TERMS {
            continue;
        }
        seen.extend(new);
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{DUTCH, ENGLISH, MAX_QUERY_TERMS, query_words, terms};

    #[test]
    fn repeated_words_are_looked_for_once() {
        let text = vec!["a"; 100].join(" ");
        assert_eq!(query_words(&text), ["a"]);
        assert_eq!(
            query_words("Verkrachting verkrachting VERKRACHTING! verkráchting"),
            ["Verkrachting"]
        );
        assert_eq!(
            query_words("naaktfoto naaktfoto's"),
            ["naaktfoto", "naaktfoto's"]
        );
        assert_eq!(query_words("hulp %%% hulp"), ["hulp"]);
    }

    #[test]
    fn a_query_has_at_most_the_maximum_of_distinct_terms() {
        let letters: Vec<String> = ('a'..='z').cycle().take(100).map(String::from).collect();
        let text = letters.join(" ");
        let words = query_words(&text);
        assert_eq!(words.len(), MAX_QUERY_TERMS);
        assert_eq!(words.first(), Some(&"a"));
        assert_eq!(words.last(), Some(&"l"));
        for analyzer in [DUTCH, ENGLISH] {
            assert!(terms(analyzer, &words.join(" ")).len() <= MAX_QUERY_TERMS);
        }
    }

    #[test]
    fn terms_hidden_in_one_word_count_too() {
        let glued: String = ('a'..='z').map(|c| format!("{c},")).collect();
        assert!(
            query_words(&glued).is_empty(),
            "one word of 26 terms is left out"
        );
        let decomposed: String = ('a'..='z').map(|c| format!("{c}\u{301}")).collect();
        assert!(query_words(&decomposed).is_empty());
        let words = query_words("hulp bij verkrachting a,b,c,d,e,f,g,h,i,j verkracht");
        assert_eq!(words, ["hulp", "bij", "verkrachting", "verkracht"]);
    }

    #[test]
    fn a_normal_query_is_kept_whole() {
        let text = "hulp na verkrachting in Utrecht voor mijn dochter van 15";
        assert_eq!(
            query_words(text),
            text.split_whitespace().collect::<Vec<_>>()
        );
    }
}
