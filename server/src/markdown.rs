//! The little Markdown the command-line reports write.

/// A text safe in a Markdown table cell: a `|` would end the cell, a line break the row.
///
/// ```
/// assert_eq!(server::markdown::cell("a | b\nc"), "a \\| b c");
/// ```
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
