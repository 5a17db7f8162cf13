//! Text analysis for the index and the queries: words split on anything that is not a
//! letter or digit, lowercased, accents folded, and stemmed for Dutch or English.

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

/// The terms a text becomes in a language's analyzer, each once, in order.
///
/// ```
/// use server::search::analysis::{DUTCH, terms};
/// assert_eq!(terms(DUTCH, "Verkrachting, verkrachtingen!"), ["verkracht"]);
/// assert_eq!(terms(DUTCH, "naaktfoto's"), ["naaktfoto", "s"]);
/// ```
pub fn terms(name: &str, text: &str) -> Vec<String> {
    let mut analyzer = if name == ENGLISH {
        analyzer(Language::English)
    } else {
        analyzer(Language::Dutch)
    };
    let mut stream = analyzer.token_stream(text);
    let mut out: Vec<String> = Vec::new();
    while stream.advance() {
        let term = &stream.token().text;
        if !out.contains(term) {
            out.push(term.clone());
        }
    }
    out
}
