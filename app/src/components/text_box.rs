//! What goes inside a `<textarea>`. The renderer writes a textarea's children as they are
//! (to it, the content is raw text), so words a person typed could close the box and add
//! markup of their own to the real page: a heading with a false number, a redirect. Every
//! textarea therefore gets its content through [`textarea_html`], set as inner HTML: the
//! text escaped once, which the browser reads back as exactly the same text, both in the
//! page the server sends and when the wasm draws the box in place.

/// The text as the inner HTML of a `<textarea>`: `&`, `<` and `>` escaped.
///
/// ```
/// use app::components::text_box::textarea_html;
/// assert_eq!(
///     textarea_html("</textarea><h2>Bel 0900</h2> & meer"),
///     "&lt;/textarea&gt;&lt;h2&gt;Bel 0900&lt;/h2&gt; &amp; meer"
/// );
/// ```
pub fn textarea_html(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::textarea_html;

    #[test]
    fn nothing_that_could_close_the_box_or_start_a_tag_survives() {
        for text in [
            "</textarea><meta http-equiv=\"refresh\" content=\"1;url=https://x.example/\">",
            "</TEXTAREA ><script>alert(1)</script>",
            "<!-- </textarea> -->",
            "&lt;/textarea&gt;",
        ] {
            let html = textarea_html(text);
            assert!(!html.contains('<'), "{html}");
            assert!(!html.contains('>'), "{html}");
            assert_eq!(html_escape::decode_html_entities(&html), text);
        }
    }

    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }

    #[test]
    fn every_textarea_in_the_ui_gets_its_content_through_the_helper() {
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut boxes = 0;
        for (path, text) in files
            .into_iter()
            .filter(|(p, _)| !p.ends_with("text_box.rs"))
        {
            let opened = text
                .match_indices("<textarea")
                .filter(|(at, tag)| text[at + tag.len()..].starts_with(char::is_whitespace));
            for (at, _) in opened {
                let tag = &text[at..];
                let end = tag.find("</textarea>").unwrap();
                let element = &tag[..end];
                boxes += 1;
                assert!(
                    element.contains("inner_html=textarea_html(") && element.ends_with('>'),
                    "{}: a <textarea> must get its content from textarea_html and have no children: {element}",
                    path.display()
                );
            }
        }
        assert!(boxes >= 2, "the summary and the own-words box");
    }

    #[test]
    fn plain_words_stay_as_they_are() {
        assert_eq!(
            textarea_html("Ik wil praten.\nMet iemand."),
            "Ik wil praten.\nMet iemand."
        );
    }
}
