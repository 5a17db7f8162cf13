//! Phone numbers as written in the data ("0800-0188", "020-261 52 75", "+599 717 6181",
//! "112") checked and turned into the form a `tel:` link needs.

/// A phone number: the form people read, and the one a `tel:` link dials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As written in the data, e.g. `0800-0188`.
    pub display: String,
    /// E.164 (`+318000188`), or the short number itself (`112`) for short numbers.
    pub dial: String,
}

impl Phone {
    /// The `tel:` address.
    pub fn href(&self) -> String {
        format!("tel:{}", self.dial)
    }

    /// Whether calling this number is free: a Dutch 0800 number (`+31800...`) or one of the
    /// free short numbers [`FREE_SHORT_NUMBERS`]. Every other number (020, 030, 06, 070,
    /// 088, 0900, 0802, +599, other short numbers) costs at least a normal call. This is the
    /// one rule behind the "Gratis" badge on a phone contact ([`super::model::Contact::free_to_reach`])
    /// and behind the check that refuses `cost = "free"` on a number that is not free.
    pub fn free_to_call(&self) -> bool {
        self.dial.starts_with("+31800") || FREE_SHORT_NUMBERS.contains(&self.dial.as_str())
    }

    /// Whether this number may not work from Bonaire, Sint Eustatius and Saba: a European
    /// 0800 or 0900 number, or 113. Whether those can be dialled from the islands' +599
    /// networks is not known (the dossier's known gaps, 2026-12-01), so a plan there never
    /// starts with one and says so next to every one it shows. This is the one rule for it.
    pub fn may_fail_from_the_islands(&self) -> bool {
        self.dial.starts_with("+31800") || self.dial.starts_with("+31900") || self.dial == "113"
    }
}

/// Short numbers that cost nothing to call: 112 (emergency), 113 (suicide prevention, free
/// since October 2025 per the dossier) and 911 (emergency on Bonaire, Sint Eustatius and
/// Saba).
pub const FREE_SHORT_NUMBERS: [&str; 3] = ["112", "113", "911"];

/// Why a phone number is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("only digits, spaces, hyphens and a leading + are allowed")]
    Characters,
    #[error("a Dutch number has 10 digits (0800 and 0900 numbers 8 to 11)")]
    DutchLength,
    #[error("a Caribbean Netherlands number is +599 and 7 digits")]
    CaribbeanLength,
    #[error("only Dutch (0..., +31) and Caribbean Netherlands (+599) numbers are expected")]
    Country,
    #[error("a short number is 3 or 4 digits and does not start with 0")]
    Short,
    #[error("an island's local number is 7 or 8 digits, without a country code")]
    LocalLength,
}

/// Checks a number and works out how to dial it.
///
/// ```
/// use server::directory::phone::parse;
/// assert_eq!(parse("0800-0188").unwrap().dial, "+318000188");
/// assert_eq!(parse("020-261 52 75").unwrap().dial, "+31202615275");
/// assert_eq!(parse("+599 717 6181").unwrap().dial, "+5997176181");
/// assert_eq!(parse("112").unwrap().href(), "tel:112");
/// assert!(parse("0800-01888888888").is_err());
/// ```
pub fn parse(written: &str) -> Result<Phone, PhoneError> {
    let written = written.trim();
    let plus = written.starts_with('+');
    let body = if plus { &written[1..] } else { written };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
    {
        return Err(PhoneError::Characters);
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let dial = if plus {
        international(&digits)?
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("+31{}", dutch(national)?)
    } else if (3..=4).contains(&digits.len()) {
        digits
    } else {
        return Err(PhoneError::Short);
    };
    Ok(Phone {
        display: written.to_owned(),
        dial,
    })
}

/// Checks a local service number of one island, such as Bonaire's `0802-0802`: seven or
/// eight digits, dialled exactly as written and only from a phone on that island (from
/// elsewhere it would be read as a Dutch or foreign number). Free to call is not assumed.
///
/// ```
/// use server::directory::phone::parse_local;
/// assert_eq!(parse_local("0802-0802").unwrap().href(), "tel:08020802");
/// assert!(parse_local("+599 717 6181").is_err());
/// assert!(parse_local("0802").is_err());
/// ```
pub fn parse_local(written: &str) -> Result<Phone, PhoneError> {
    let written = written.trim();
    if !written
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
    {
        return Err(PhoneError::Characters);
    }
    let dial: String = written.chars().filter(char::is_ascii_digit).collect();
    if !(7..=8).contains(&dial.len()) {
        return Err(PhoneError::LocalLength);
    }
    Ok(Phone {
        display: written.to_owned(),
        dial,
    })
}

/// A Dutch number without its leading 0: nine digits, or a service number (800, 900,
/// 906, 909) with four to seven more.
fn dutch(national: &str) -> Result<&str, PhoneError> {
    let service = ["800", "900", "906", "909"]
        .iter()
        .any(|p| national.starts_with(p));
    let ok = if service {
        (7..=10).contains(&national.len())
    } else {
        national.len() == 9
    };
    if ok {
        Ok(national)
    } else {
        Err(PhoneError::DutchLength)
    }
}

fn international(digits: &str) -> Result<String, PhoneError> {
    if let Some(national) = digits.strip_prefix("31") {
        Ok(format!("+31{}", dutch(national)?))
    } else if let Some(local) = digits.strip_prefix("599") {
        if local.len() == 7 {
            Ok(format!("+599{local}"))
        } else {
            Err(PhoneError::CaribbeanLength)
        }
    } else {
        Err(PhoneError::Country)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_from_the_directory_dial_correctly() {
        for (written, dial) in [
            ("112", "112"),
            ("113", "113"),
            ("911", "911"),
            ("0800-0188", "+318000188"),
            ("0800-2000", "+318002000"),
            ("0800-0113", "+318000113"),
            ("0900-0101", "+319000101"),
            ("0800-0432", "+318000432"),
            ("020-261 52 75", "+31202615275"),
            ("088 - 1234567", "+31881234567"),
            ("+31 20 261 5275", "+31202615275"),
            ("+599 717 6181", "+5997176181"),
            ("+599 790 0426", "+5997900426"),
        ] {
            let phone = parse(written).unwrap();
            assert_eq!(phone.dial, dial, "{written}");
            assert_eq!(phone.display, written);
        }
    }

    #[test]
    fn european_free_and_premium_numbers_and_113_may_fail_from_the_islands() {
        for number in ["0800-0188", "0900-0101", "113", "0800-0113"] {
            assert!(
                parse(number).unwrap().may_fail_from_the_islands(),
                "{number}"
            );
        }
        for number in ["911", "112", "+599 717 6181", "020-261 52 75"] {
            assert!(
                !parse(number).unwrap().may_fail_from_the_islands(),
                "{number}"
            );
        }
    }

    #[test]
    fn only_0800_and_free_short_numbers_are_free_to_call() {
        for free in [
            "0800-0188",
            "0800-2000",
            "0800-7000",
            "+31 800 0113",
            "112",
            "113",
            "911",
        ] {
            assert!(parse(free).unwrap().free_to_call(), "{free}");
        }
        for costs in [
            "020-261 52 75",
            "030 888 38 88",
            "06-12345678",
            "070 414 20 00",
            "088 - 1205020",
            "0900-0101",
            "0900-8844",
            "+31 20 261 5275",
            "+599 717 6181",
            "+599 715 8000",
            "144",
            "1414",
        ] {
            assert!(!parse(costs).unwrap().free_to_call(), "{costs}");
        }
    }

    #[test]
    fn malformed_numbers_are_refused_with_a_reason() {
        for (written, err) in [
            ("", PhoneError::Characters),
            ("call 112", PhoneError::Characters),
            ("0800-0188 (gratis)", PhoneError::Characters),
            ("++31 20 1234567", PhoneError::Characters),
            ("020-261 52 7", PhoneError::DutchLength),
            ("0800-01", PhoneError::DutchLength),
            ("+31 800 01234567890", PhoneError::DutchLength),
            ("+599 717 618", PhoneError::CaribbeanLength),
            ("+44 20 7946 0000", PhoneError::Country),
            ("12", PhoneError::Short),
            ("12345", PhoneError::Short),
        ] {
            assert_eq!(parse(written), Err(err), "{written:?}");
        }
    }
}
