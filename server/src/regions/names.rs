//! Municipality names as people type them: case, accents, apostrophes and hyphens do not
//! matter, and common alternative names are known.

use unicode_normalization::UnicodeNormalization as _;

/// Other names people use, each with the CBS name it stands for.
pub const ALIASES: &[(&str, &str)] = &[
    ("Den Haag", "'s-Gravenhage"),
    ("The Hague", "'s-Gravenhage"),
    ("Den Bosch", "'s-Hertogenbosch"),
    ("Nuenen", "Nuenen, Gerwen en Nederwetten"),
    ("Sudwest Friesland", "Súdwest-Fryslân"),
    ("Noordoost Friesland", "Noardeast-Fryslân"),
];

/// A name folded for comparison: lowercase, accents dropped, and every run of characters
/// that is not a letter or digit turned into one space.
///
/// ```
/// use server::regions::names::fold;
/// assert_eq!(fold("'s-Gravenhage"), "s gravenhage");
/// assert_eq!(fold("Súdwest-Fryslân"), "sudwest fryslan");
/// assert_eq!(fold("  Laren (NH.) "), "laren nh");
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// The most characters in a folded municipality name ("nuenen gerwen en nederwetten"
/// has 28); the data check holds every name to it.
pub const LONGEST_NAME: usize = 40;

/// How many typing errors (a letter missing, extra, wrong or two swapped) a folded name
/// may have and still be offered as "Bedoel je …?": none for names of up to three
/// characters, one up to six, two from seven.
///
/// ```
/// use server::regions::names::typos_allowed;
/// assert_eq!(typos_allowed("ede"), 0);
/// assert_eq!(typos_allowed("utrect"), 1);
/// assert_eq!(typos_allowed("amsterdm"), 2);
/// ```
pub fn typos_allowed(folded: &str) -> usize {
    match folded.chars().count() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folding_ignores_case_accents_and_punctuation() {
        assert_eq!(fold("Súdwest-Fryslân"), fold("sudwest fryslan"));
        assert_eq!(fold("'s-Hertogenbosch"), fold("s hertogenbosch"));
        assert_eq!(
            fold("Nuenen, Gerwen en Nederwetten"),
            "nuenen gerwen en nederwetten"
        );
        assert_eq!(fold("---"), "");
    }
}
