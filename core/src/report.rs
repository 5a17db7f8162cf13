//! "Klopt er iets niet?": a visitor's note that a fact about a help point is wrong. The
//! form's fields, their limits and their checks, one definition for the page and the
//! server. A note holds what it is about (an organisation or one of its services), the
//! kind of problem, an optional explanation and an optional e-mail address for a reply;
//! the server adds the time. Nothing about the visitor.

use crate::triage::form::{self, MAX_BYTES_PER_CHAR};
use crate::vocab::Problem;
use serde::{Deserialize, Serialize};

/// The longest explanation, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The longest e-mail address (RFC 5321's limit for a path).
pub const MAX_EMAIL_CHARS: usize = 254;
/// The longest `about` value: a kind, a colon and an id.
const MAX_ABOUT_CHARS: usize = 100;

/// The largest body the form can make: the answers carried along from a plan (at their
/// largest), the explanation and the e-mail address in the widest characters, and the
/// other fields. The server refuses anything larger (413) without reading further.
pub const MAX_BODY_BYTES: usize = form::MAX_BODY_BYTES
    + (MAX_TEXT_CHARS + MAX_EMAIL_CHARS + MAX_ABOUT_CHARS) * MAX_BYTES_PER_CHAR
    + 256;

/// The form's field names.
pub mod field {
    pub const ABOUT: &str = "report_about";
    pub const KIND: &str = "report_kind";
    pub const TEXT: &str = "report_text";
    pub const EMAIL: &str = "report_email";
    /// Set when the form was sent from a plan, whose answers ride along so that "Terug
    /// naar je plan" can show it again.
    pub const FROM_PLAN: &str = "report_from_plan";
}

/// What a note is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum About {
    Organisation(String),
    Service(String),
}

impl About {
    /// The form's (and the database's) value: `organisation:csg`, `service:csg-amsterdam`.
    pub fn key(&self) -> String {
        match self {
            About::Organisation(id) => format!("organisation:{id}"),
            About::Service(id) => format!("service:{id}"),
        }
    }

    /// The value back from [`About::key`]; `None` for anything else. The id is only
    /// checked for its form here: the server checks that the directory has it.
    pub fn parse(key: &str) -> Option<About> {
        let (kind, id) = key.split_once(':')?;
        let id_ok = !id.is_empty()
            && key.len() <= MAX_ABOUT_CHARS
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        match kind {
            "organisation" if id_ok => Some(About::Organisation(id.to_owned())),
            "service" if id_ok => Some(About::Service(id.to_owned())),
            _ => None,
        }
    }
}

/// The form as it was sent, kept whole so that a form with a mistake comes back filled in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: String,
    pub text: String,
    pub email: String,
}

/// A checked note, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReport {
    pub about: About,
    pub problem: Problem,
    pub text: String,
    pub email: Option<String>,
}

/// What is wrong with a sent form, each said to the visitor next to its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftError {
    /// No kind of problem was chosen.
    NoKind,
    /// The explanation is longer than [`MAX_TEXT_CHARS`].
    TextTooLong,
    /// The e-mail address is not one.
    EmailInvalid,
}

/// The explanation as it will be kept: line ends made `\n`, control characters other
/// than line ends and tabs left out, spaces around it trimmed.
pub fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Whether `email` looks like an address a reply can go to: one `@`, something before
/// it, a domain with a dot after it, no spaces or control characters, and not too long.
pub fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.chars().count() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','))
}

/// Checks a sent form about `about`: the note to store, or every mistake in it.
pub fn check(about: About, draft: &Draft) -> Result<NewReport, Vec<DraftError>> {
    let mut errors = Vec::new();
    let problem = Problem::from_id(draft.kind.trim());
    if problem.is_none() {
        errors.push(DraftError::NoKind);
    }
    let text = clean_text(&draft.text);
    if text.chars().count() > MAX_TEXT_CHARS {
        errors.push(DraftError::TextTooLong);
    }
    let email = draft.email.trim();
    if !email.is_empty() && !is_email(email) {
        errors.push(DraftError::EmailInvalid);
    }
    match problem {
        Some(problem) if errors.is_empty() => Ok(NewReport {
            about,
            problem,
            text,
            email: (!email.is_empty()).then(|| email.to_owned()),
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(kind: &str, text: &str, email: &str) -> Draft {
        Draft {
            kind: kind.to_owned(),
            text: text.to_owned(),
            email: email.to_owned(),
        }
    }

    fn csg() -> About {
        About::Organisation("csg".to_owned())
    }

    #[test]
    fn about_goes_to_its_key_and_back_and_nothing_else_parses() {
        for about in [csg(), About::Service("csg-amsterdam_1".to_owned())] {
            assert_eq!(About::parse(&about.key()), Some(about));
        }
        for bad in [
            "",
            "csg",
            "organisation:",
            "place:csg",
            "organisation:CSG",
            "service:a b",
            "service:<script>",
            &format!("service:{}", "a".repeat(100)),
        ] {
            assert_eq!(About::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_kind_alone_is_a_note() {
        let report = check(csg(), &draft("phone", "", "")).expect("valid");
        assert_eq!(report.problem, Problem::Phone);
        assert_eq!(report.text, "");
        assert_eq!(report.email, None);
    }

    #[test]
    fn every_mistake_is_named_and_nothing_is_stored() {
        let long = "é".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            check(csg(), &draft("", &long, "not-an-address")),
            Err(vec![
                DraftError::NoKind,
                DraftError::TextTooLong,
                DraftError::EmailInvalid
            ])
        );
        assert_eq!(
            check(csg(), &draft("price", "", "")),
            Err(vec![DraftError::NoKind])
        );
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let text = "é".repeat(MAX_TEXT_CHARS);
        let report = check(csg(), &draft("other", &text, "")).expect("at the limit");
        assert_eq!(report.text.chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn text_is_cleaned_and_an_address_trimmed() {
        let report = check(
            csg(),
            &draft("hours", "  Dicht op zondag\r\nnu\u{0}  ", " a@b.nl "),
        )
        .expect("valid");
        assert_eq!(report.text, "Dicht op zondag\nnu");
        assert_eq!(report.email.as_deref(), Some("a@b.nl"));
    }

    #[test]
    fn addresses() {
        for good in ["a@b.nl", "jan.de.vries+wegwijzer@ggd.example.org"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "a", "@b.nl", "a@", "a@b", "a@.nl", "a@b.", "a b@c.nl", "a@b@c.nl", "<a@b.nl>",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(!is_email(&format!("{}@b.nl", "a".repeat(MAX_EMAIL_CHARS))));
    }
}
