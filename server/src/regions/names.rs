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
