//! Dutch postcodes as people type them: "3511", "3511AB", "3511 ab".

/// The four-digit area (PC4) of a postcode, or `None` if the text is not a Dutch postcode.
///
/// ```
/// use server::regions::postcode::pc4;
/// assert_eq!(pc4("3511"), Some(3511));
/// assert_eq!(pc4(" 3511 ab "), Some(3511));
/// assert_eq!(pc4("3511AB"), Some(3511));
/// assert_eq!(pc4("0123"), None);
/// assert_eq!(pc4("3511 A"), None);
/// assert_eq!(pc4("35111"), None);
/// ```
pub fn pc4(text: &str) -> Option<u16> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() != 4 && compact.len() != 6 {
        return None;
    }
    // "€€" is six bytes too: never split inside a character.
    let (digits, letters) = compact.split_at_checked(4)?;
    let valid_digits = digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
    let valid_letters = letters.bytes().all(|b| b.is_ascii_alphabetic());
    if valid_digits && valid_letters {
        digits.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::pc4;

    #[test]
    fn accepts_the_ways_people_write_postcodes() {
        for (text, want) in [
            ("3511", Some(3511)),
            ("3511AB", Some(3511)),
            ("3511ab", Some(3511)),
            ("3511 AB", Some(3511)),
            ("  1011\t", Some(1011)),
            ("9999 ZZ", Some(9999)),
        ] {
            assert_eq!(pc4(text), want, "{text:?}");
        }
    }

    /// Found by the `place` fuzz target: six bytes whose fourth is inside a character
    /// made `pc4` (and so `POST /api/v1/regions/resolve` with this postcode) panic.
    #[test]
    fn refuses_a_character_across_the_fourth_byte() {
        for text in ["35\u{11}\u{FFFD}", "€€", "123€", "1\u{E9}\u{E9}1"] {
            assert_eq!(pc4(text), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_garbage() {
        for text in [
            "",
            " ",
            "0999",
            "351",
            "35112",
            "3511A",
            "3511ABC",
            "AB3511",
            "35-11",
            "३५११",
            "3511 1B",
            "ⅮⅮⅮⅮ",
        ] {
            assert_eq!(pc4(text), None, "{text:?}");
        }
    }
}
