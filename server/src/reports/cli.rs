//! The notes as text for `hulpwijzer reports`: one line each in a list, or one whole.
//! What a visitor wrote is shown as written but with control characters made visible, so
//! a note cannot move the cursor or colour the terminal of whoever reads it.

use super::StoredReport;
use std::fmt::Write as _;

/// A moment as `2026-12-02 21:05 UTC`.
fn moment(seconds: i64) -> String {
    jiff::Timestamp::from_second(seconds).map_or_else(
        |_| seconds.to_string(),
        |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string(),
    )
}

/// Text a visitor wrote, safe for a terminal: escape sequences and other control
/// characters as `\u{1b}`; line ends kept when `lines`, else as `⏎`.
fn visible(text: &str, lines: bool) -> String {
    text.chars()
        .map(|c| match c {
            '\n' if lines => "\n".to_owned(),
            '\n' => " ⏎ ".to_owned(),
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// One line per note: number, when, state, about what, the kind, and the explanation's
/// start.
pub fn list(reports: &[StoredReport]) -> String {
    if reports.is_empty() {
        return "no notes\n".to_owned();
    }
    let mut out = String::new();
    for r in reports {
        let state = if r.closed_at.is_some() {
            "closed"
        } else {
            "open"
        };
        let start: String = visible(&r.text, false).chars().take(60).collect();
        let _ = writeln!(
            out,
            "#{:<5} {}  {:<6}  {}  {}  {}",
            r.id,
            moment(r.received_at),
            state,
            visible(&r.about, false),
            visible(&r.problem, false),
            start
        );
    }
    out
}

/// One note, whole.
pub fn show(r: &StoredReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "note #{}", r.id);
    let _ = writeln!(out, "received: {}", moment(r.received_at));
    let _ = writeln!(
        out,
        "state:    {}",
        r.closed_at
            .map_or_else(|| "open".to_owned(), |at| format!("closed {}", moment(at)))
    );
    let _ = writeln!(out, "about:    {}", visible(&r.about, false));
    let _ = writeln!(out, "problem:  {}", visible(&r.problem, false));
    let _ = writeln!(
        out,
        "reply to: {}",
        r.email
            .as_deref()
            .map_or_else(|| "(no address)".to_owned(), |e| visible(e, false))
    );
    let _ = writeln!(out, "\n{}", visible(&r.text, true));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> StoredReport {
        StoredReport {
            id: 7,
            about: "service:csg-amsterdam".to_owned(),
            problem: "phone".to_owned(),
            text: text.to_owned(),
            email: None,
            received_at: 1_796_245_500,
            closed_at: None,
        }
    }

    #[test]
    fn a_list_line_says_what_and_when_and_hides_terminal_codes() {
        let out = list(&[note("Het nummer \u{1b}[31mklopt\nniet")]);
        assert_eq!(
            out,
            "#7     2026-12-02 21:05 UTC  open    service:csg-amsterdam  phone  \
             Het nummer \\u{1b}[31mklopt ⏎ niet\n"
        );
        assert_eq!(list(&[]), "no notes\n");
    }

    #[test]
    fn a_whole_note_keeps_its_lines() {
        let mut closed = note("een\ntwee");
        closed.closed_at = Some(1_796_245_560);
        closed.email = Some("a@b.nl".to_owned());
        let out = show(&closed);
        assert!(
            out.contains("state:    closed 2026-12-02 21:06 UTC\n"),
            "{out}"
        );
        assert!(out.contains("reply to: a@b.nl\n"), "{out}");
        assert!(out.ends_with("\neen\ntwee\n"), "{out}");
    }
}
