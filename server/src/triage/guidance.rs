//! The advice blocks of data/guidance.toml, checked at startup: every block has an id of
//! the triage contract, once, with a title and a text in both languages, and names the
//! number to call in danger only as `{emergency}`, which a plan fills in for the place
//! (112, or 911 on the islands). A block that names a number that may not work from the
//! islands (0800, 0900) has its own wording for the islands. A block may be worded for
//! each reader ([`Reader`]): the person it happened to, someone asking for another person,
//! and a professional about a client. That every id the contract and the rules name is
//! there is checked with the engine's other ids ([`super::ids`]), which says what names a
//! missing block.

use crate::directory::model::Text;
use hulpwijzer_core::i18n::{Lang, Text as Words, Voice, t};
use hulpwijzer_core::{triage::Answers, vocab::Role};
use serde::Deserialize;
use std::path::Path;

/// The guidance ids of shared/design/triage-contract.md, in the order a plan shows them;
/// `vertrouwenspersoon` is the one the contract lists as guidance among its organisation ids.
pub const CONTRACT_IDS: [&str; 9] = [
    "forensic_preserve_evidence",
    "report_or_not",
    "online_images",
    "vertrouwenspersoon",
    "bystander_5d",
    "when_someone_confides",
    "own_behaviour_first_steps",
    "professional_referral_consent",
    "safety_quick_exit",
];

/// Where a text names the number to call in direct danger; see [`fill`].
pub const EMERGENCY: &str = "{emergency}";

/// A guidance text with `{emergency}` replaced by the number to call in danger where the
/// person is (`number`: 112 or 911), or, where that is not known, 112 with 911 for the
/// islands beside it.
pub fn fill(text: &str, number: Option<&str>, lang: Lang) -> String {
    text.replace(
        EMERGENCY,
        number.unwrap_or(t(Words::EmergencyNumberAnywhere, lang)),
    )
}

/// Why a text cannot be shown as it is: it names 112 or 911 itself (true on the mainland,
/// false on the islands, or the other way round), or has a `{…}` other than `{emergency}`.
fn misnamed_number(text: &str) -> Option<&'static str> {
    let bare = text.replace(EMERGENCY, "");
    let digits: Vec<&str> = bare
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty())
        .collect();
    if digits.iter().any(|d| matches!(*d, "112" | "911")) {
        Some("names 112 or 911 itself: write {emergency}, which a plan fills in for the place")
    } else if bare.contains(['{', '}']) {
        Some("has a `{…}` other than {emergency}")
    } else {
        None
    }
}

/// Who reads an advice block: the person it is about ("je"), someone asking for another
/// person, a relative or a bystander ("je", about "wie dit overkwam"), or a professional
/// about a client ("uw cliënt").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Themselves,
    ForOthers,
    Professional,
}

impl Reader {
    pub const ALL: [Reader; 3] = [Reader::Themselves, Reader::ForOthers, Reader::Professional];

    /// Who reads the plan for `answers`: a professional as the answers' voice says, a
    /// relative or a bystander, else the person themselves (also when no role is said).
    pub fn of(answers: &Answers) -> Reader {
        match (answers.voice(), answers.role) {
            (Voice::Professional, _) => Reader::Professional,
            (_, Some(Role::Relative | Role::Bystander)) => Reader::ForOthers,
            _ => Reader::Themselves,
        }
    }
}

/// One advice block.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub id: String,
    pub title: Text,
    pub text: Text,
    /// Short steps to do now, in order, where the advice is something to do at once (the
    /// bystander's 5 D's): shown as a numbered list before the plan's options.
    #[serde(default)]
    pub steps: Option<Steps>,
    /// The same advice said to a professional about their client ("uw cliënt"), for every
    /// block a professional's plan can hold; a test walks the professional's answers.
    #[serde(default)]
    pub for_client: Option<Worded>,
    /// The same advice said to a relative or a bystander, about the person it happened to,
    /// for a block whose text speaks to the reader as if it happened to them; a test
    /// (tests/engine.rs) names the blocks a relative's or bystander's plan holds.
    #[serde(default)]
    pub for_others: Option<Worded>,
    /// The text as said on Bonaire, Sint Eustatius and Saba, where help named in `text`
    /// is not there or its number may not work.
    #[serde(default)]
    pub islands: Option<OnTheIslands>,
}

/// A block's text on the islands, as said to a professional there (required when the
/// block has `for_client`) and to a relative or bystander there (required when the block
/// has `for_others`).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnTheIslands {
    pub text: Text,
    #[serde(default)]
    pub for_client: Option<Text>,
    #[serde(default)]
    pub for_others: Option<Text>,
}

/// A title and a text, in both languages.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Worded {
    pub title: Text,
    pub text: Text,
}

impl Block {
    /// The title and text as said to `reader`, on an island or not: the block's wording
    /// for that reader where it has one, else the personal one.
    pub fn worded(&self, reader: Reader, on_an_island: bool) -> (&Text, &Text) {
        let island = self.islands.as_ref().filter(|_| on_an_island);
        match (reader, &self.for_client, &self.for_others) {
            (Reader::Professional, Some(client), _) => (
                &client.title,
                island
                    .and_then(|i| i.for_client.as_ref())
                    .unwrap_or(&client.text),
            ),
            (Reader::ForOthers, _, Some(others)) => (
                &others.title,
                island
                    .and_then(|i| i.for_others.as_ref())
                    .unwrap_or(&others.text),
            ),
            _ => (&self.title, island.map_or(&self.text, |i| &i.text)),
        }
    }

    /// Every text this block can show on the islands, in both languages and to every
    /// reader.
    fn said_on_the_islands(&self) -> Vec<&str> {
        Reader::ALL
            .into_iter()
            .flat_map(|reader| {
                let (title, text) = self.worded(reader, true);
                [title.nl(), title.en(), text.nl(), text.en()]
            })
            .chain(
                self.steps
                    .iter()
                    .flat_map(|s| s.nl.iter().chain(&s.en))
                    .map(String::as_str),
            )
            .collect()
    }
}

/// Whether a text names a phone number that may not work from the islands (0800, 0900).
fn names_a_mainland_number(text: &str) -> bool {
    text.split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_ascii_digit()))
        .filter(|word| word.chars().filter(char::is_ascii_digit).count() >= 7)
        .any(|word| {
            crate::directory::phone::parse(word)
                .is_ok_and(|phone| phone.may_fail_from_the_islands())
        })
}

/// The same steps in both languages.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Steps {
    pub nl: Vec<String>,
    pub en: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    guidance: Vec<Block>,
}

/// Why the guidance cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum GuidanceError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

/// Reads and checks `guidance.toml` in the data folder.
pub fn load(data_dir: &Path) -> Result<Vec<Block>, GuidanceError> {
    let path = data_dir.join("guidance.toml");
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(&path).map_err(|source| GuidanceError::Read {
        path: shown.clone(),
        source,
    })?;
    parse(&text).map_err(|message| GuidanceError::Invalid {
        path: shown,
        message,
    })
}

/// Parses and checks the text of a guidance file.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    for block in &file.guidance {
        if !CONTRACT_IDS.contains(&block.id.as_str()) {
            return Err(format!(
                "guidance `{}` is not an id of the triage contract",
                block.id
            ));
        }
        let client = block.for_client.as_ref();
        let others = block.for_others.as_ref();
        let islands = block.islands.as_ref();
        for (name, worded, on_islands) in [
            (
                "for_client",
                client,
                islands.map(|i| i.for_client.is_some()),
            ),
            (
                "for_others",
                others,
                islands.map(|i| i.for_others.is_some()),
            ),
        ] {
            match (worded.is_some(), on_islands) {
                (true, Some(false)) => {
                    return Err(format!(
                        "guidance `{}` has `{name}`, so its `islands` needs `{name}` too",
                        block.id
                    ));
                }
                (false, Some(true)) => {
                    return Err(format!(
                        "guidance `{}` has `islands.{name}` but no `{name}`",
                        block.id
                    ));
                }
                _ => {}
            }
        }
        let texts = [Some(&block.title), Some(&block.text)]
            .into_iter()
            .chain([client.map(|c| &c.title), client.map(|c| &c.text)])
            .chain([others.map(|o| &o.title), others.map(|o| &o.text)])
            .chain([
                islands.map(|i| &i.text),
                islands.and_then(|i| i.for_client.as_ref()),
                islands.and_then(|i| i.for_others.as_ref()),
            ])
            .flatten()
            .flat_map(|t| [t.nl(), t.en()]);
        let texts: Vec<&str> = texts.collect();
        if texts.iter().any(|t| t.trim().is_empty()) {
            return Err(format!(
                "guidance `{}` has an empty title or text",
                block.id
            ));
        }
        let steps = block
            .steps
            .iter()
            .flat_map(|s| s.nl.iter().chain(&s.en))
            .map(String::as_str);
        if let Some(why) = texts
            .into_iter()
            .chain(steps)
            .find_map(|t| misnamed_number(t))
        {
            return Err(format!("guidance `{}` {why}", block.id));
        }
        if block
            .said_on_the_islands()
            .into_iter()
            .any(names_a_mainland_number)
        {
            return Err(format!(
                "guidance `{}` names a number that may not work from the islands: give it an \
                 `islands` wording without it",
                block.id
            ));
        }
        if let Some(steps) = &block.steps {
            let empty = steps
                .nl
                .iter()
                .chain(&steps.en)
                .any(|s| s.trim().is_empty());
            if steps.nl.len() != steps.en.len() || steps.nl.is_empty() || empty {
                return Err(format!(
                    "guidance `{}` needs the same non-empty steps in Dutch and English",
                    block.id
                ));
            }
        }
    }
    for id in CONTRACT_IDS {
        if file.guidance.iter().filter(|b| b.id == id).count() > 1 {
            return Err(format!("guidance `{id}` is there more than once"));
        }
    }
    Ok(file.guidance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_s_guidance_is_complete() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        assert_eq!(load(&dir).unwrap().len(), CONTRACT_IDS.len());
    }

    #[test]
    fn a_repeated_or_unknown_block_is_refused() {
        let one = r#"[[guidance]]
id = "bystander_5d"
title = { nl = "a", en = "b" }
text = { nl = "c", en = "d" }
"#;
        assert_eq!(parse(one).unwrap().len(), 1);
        assert!(
            parse(&one.repeat(2))
                .unwrap_err()
                .contains("bystander_5d` is there more than once")
        );
        let unknown = one.replace("bystander_5d", "be_careful");
        assert!(parse(&unknown).unwrap_err().contains("be_careful"));
    }

    /// A guidance file of one block, `id`, whose Dutch text is `text`.
    fn one_block(id: &str, text: &str) -> String {
        format!(
            "[[guidance]]\nid = \"{id}\"\ntitle = {{ nl = \"a\", en = \"b\" }}\ntext = {{ nl = \"{text}\", en = \"d\" }}\n"
        )
    }

    #[test]
    fn the_emergency_number_is_named_only_as_a_placeholder() {
        let block = |text: &str| one_block("bystander_5d", text);
        assert!(parse(&block("In gevaar? Bel {emergency}.")).is_ok());
        assert!(parse(&block("Bel +599 717 1120 of 020-1121112.")).is_ok());
        for wrong in ["In gevaar? Bel 112.", "Bel 911", "Bel {nood}."] {
            let err = parse(&block(wrong)).unwrap_err();
            assert!(err.contains("bystander_5d"), "{wrong}: {err}");
        }
        let steps = block("c").replace(
            "text =",
            "steps = { nl = [\"Bel 112.\"], en = [\"Call {emergency}.\"] }\ntext =",
        );
        assert!(parse(&steps).unwrap_err().contains("112 or 911"));
    }

    #[test]
    fn a_number_that_may_not_work_on_the_islands_needs_an_islands_wording() {
        let block = one_block("vertrouwenspersoon", "Bel 0800-0188.");
        let err = parse(&block).unwrap_err();
        assert!(err.contains("may not work from the islands"), "{err}");
        let islands =
            format!("{block}islands.text = {{ nl = \"Bel +599 717 6181.\", en = \"d\" }}\n");
        let blocks = parse(&islands).unwrap();
        let (_, on_island) = blocks[0].worded(Reader::Themselves, true);
        let (_, elsewhere) = blocks[0].worded(Reader::Themselves, false);
        assert_eq!(
            (on_island.nl(), elsewhere.nl()),
            ("Bel +599 717 6181.", "Bel 0800-0188.")
        );
        assert!(!names_a_mainland_number("Dat kan tot 7 dagen na 2025."));
        assert!(names_a_mainland_number("(0900-0101)"));
    }

    #[test]
    fn a_professional_on_an_island_reads_the_islands_words_for_a_client() {
        let toml = r#"[[guidance]]
id = "vertrouwenspersoon"
title = { nl = "t", en = "t" }
text = { nl = "je", en = "you" }
for_client = { title = { nl = "c", en = "c" }, text = { nl = "uw cliënt", en = "your client" } }
islands.text = { nl = "je, eiland", en = "you, island" }
"#;
        assert!(
            parse(toml)
                .unwrap_err()
                .contains("`islands` needs `for_client`")
        );
        let full =
            format!("{toml}islands.for_client = {{ nl = \"uw cliënt, eiland\", en = \"x\" }}\n");
        let block = &parse(&full).unwrap()[0];
        let said = |reader, island| block.worded(reader, island).1.nl();
        assert_eq!(said(Reader::Professional, true), "uw cliënt, eiland");
        assert_eq!(said(Reader::Professional, false), "uw cliënt");
        assert_eq!(said(Reader::Themselves, true), "je, eiland");
        assert_eq!(said(Reader::Themselves, false), "je");
        // A relative or bystander reads the personal words where there are no others.
        assert_eq!(said(Reader::ForOthers, true), "je, eiland");
    }

    #[test]
    fn a_relative_or_bystander_reads_the_words_for_others_here_and_on_an_island() {
        let toml = r#"[[guidance]]
id = "forensic_preserve_evidence"
title = { nl = "t", en = "t" }
text = { nl = "je", en = "you" }
for_others = { title = { nl = "o", en = "o" }, text = { nl = "wie dit overkwam", en = "they" } }
islands.text = { nl = "je, eiland", en = "you, island" }
"#;
        assert!(
            parse(toml)
                .unwrap_err()
                .contains("`islands` needs `for_others`")
        );
        let full = format!(
            "{toml}islands.for_others = {{ nl = \"wie dit overkwam, eiland\", en = \"x\" }}\n"
        );
        let block = &parse(&full).unwrap()[0];
        let said = |reader, island| block.worded(reader, island).1.nl();
        assert_eq!(said(Reader::ForOthers, true), "wie dit overkwam, eiland");
        assert_eq!(said(Reader::ForOthers, false), "wie dit overkwam");
        assert_eq!(said(Reader::Themselves, true), "je, eiland");
        assert_eq!(block.worded(Reader::ForOthers, false).0.nl(), "o");
        // A professional reads the personal words where there are none for a client.
        assert_eq!(said(Reader::Professional, false), "je");
        // The words for others are checked like every other text.
        let mainland_number = full.replace("wie dit overkwam, eiland", "Bel 0800-0188.");
        assert!(
            parse(&mainland_number)
                .unwrap_err()
                .contains("may not work from the islands")
        );
        let bare = full.replace("wie dit overkwam\"", "Bel 112.\"");
        assert!(parse(&bare).unwrap_err().contains("112 or 911"));
        let stray = toml.replace(
            "islands.text",
            "islands.for_others = { nl = \"a\", en = \"b\" }\nislands.text",
        );
        let stray = stray.replace("for_others = { title", "# for_others = { title");
        assert!(
            parse(&stray)
                .unwrap_err()
                .contains("has `islands.for_others` but no `for_others`")
        );
    }

    #[test]
    fn the_project_s_words_for_others_speak_about_the_person_it_happened_to() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let blocks = load(&dir).unwrap();
        let worded: Vec<&Block> = blocks.iter().filter(|b| b.for_others.is_some()).collect();
        let ids: Vec<&str> = worded.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "forensic_preserve_evidence",
                "report_or_not",
                "vertrouwenspersoon",
                "online_images"
            ]
        );
        for block in worded {
            for island in [false, true] {
                let (_, text) = block.worded(Reader::ForOthers, island);
                let (_, own) = block.worded(Reader::Themselves, island);
                assert_ne!(text, own, "{}", block.id);
                assert!(
                    text.nl().to_lowercase().contains("wie dit overkwam"),
                    "{}: {}",
                    block.id,
                    text.nl()
                );
                assert!(
                    text.en()
                        .to_lowercase()
                        .contains("the person it happened to"),
                    "{}: {}",
                    block.id,
                    text.en()
                );
            }
        }
    }

    #[test]
    fn the_plan_fills_in_the_number_where_the_person_is() {
        let text = "In danger? Call {emergency}.";
        assert_eq!(fill(text, Some("911"), Lang::En), "In danger? Call 911.");
        assert_eq!(fill(text, Some("112"), Lang::En), "In danger? Call 112.");
        assert_eq!(
            fill(text, None, Lang::En),
            "In danger? Call 112 (on Bonaire, Sint Eustatius and Saba: 911)."
        );
        assert_eq!(
            fill("Bel {emergency}.", None, Lang::Nl),
            "Bel 112 (op Bonaire, Sint Eustatius en Saba: 911)."
        );
    }
}
