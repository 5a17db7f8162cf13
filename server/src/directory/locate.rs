//! Finding things in a TOML file by position: the line of a field given its path
//! (`service[0].contact[1].value`), and the path of the field at a byte offset. Used to
//! point every data error at its file, line and field.

use std::fmt;
use toml::de::{DeTable, DeValue};

/// One step of a path: a key in a table or an index in an array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Where a field is, from the top of the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldPath(pub Vec<Step>);

impl FieldPath {
    /// This path with a key added.
    pub fn key(&self, key: &str) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key.to_owned()));
        FieldPath(steps)
    }

    /// This path with an index added.
    pub fn index(&self, index: usize) -> FieldPath {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        FieldPath(steps)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(file)");
        }
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// The 1-based line of a byte offset.
pub fn line_of_offset(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// The line where the field at `path` is written, or the nearest enclosing one that is.
pub fn line_of(text: &str, path: &FieldPath) -> usize {
    let Ok(root) = DeTable::parse(text) else {
        return 1;
    };
    let mut offset = 0;
    let mut table = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for step in &path.0 {
        let next = match (step, table, value) {
            (Step::Key(key), Some(t), _) => t
                .iter()
                .find(|(k, _)| k.get_ref().as_ref() == key)
                .map(|(k, v)| {
                    offset = k.span().start;
                    v
                }),
            (Step::Index(i), _, Some(DeValue::Array(items))) => items.get(*i).inspect(|item| {
                offset = item.span().start;
            }),
            _ => None,
        };
        let Some(next) = next else { break };
        value = Some(next.get_ref());
        table = match next.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    line_of_offset(text, offset)
}

/// The path of the field written last before byte `offset`: for an error about a key or a
/// value, the field it is about.
pub fn path_at(text: &str, offset: usize) -> FieldPath {
    let Ok(root) = DeTable::parse(text) else {
        return FieldPath::default();
    };
    let mut best = (0, FieldPath::default());
    visit_table(
        root.get_ref(),
        &FieldPath::default(),
        &mut |path, key_start| {
            if key_start <= offset && key_start >= best.0 {
                best = (key_start, path.clone());
            }
        },
    );
    best.1
}

fn visit_table(table: &DeTable<'_>, path: &FieldPath, seen: &mut impl FnMut(&FieldPath, usize)) {
    for (key, value) in table.iter() {
        let here = path.key(key.get_ref().as_ref());
        seen(&here, key.span().start);
        visit_value(value.get_ref(), &here, seen);
    }
}

fn visit_value(value: &DeValue<'_>, path: &FieldPath, seen: &mut impl FnMut(&FieldPath, usize)) {
    match value {
        DeValue::Table(table) => visit_table(table, path, seen),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let here = path.index(i);
                seen(&here, item.span().start);
                visit_value(item.get_ref(), &here, seen);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "id = \"x\"\n\n[[service]]\nid = \"a\"\n\n[[service]]\nid = \"b\"\n\n[[service.contact]]\nvalue = \"112\"\n";

    #[test]
    fn paths_point_at_their_lines() {
        let root = FieldPath::default();
        assert_eq!(line_of(TEXT, &root.key("id")), 1);
        assert_eq!(line_of(TEXT, &root.key("service").index(1).key("id")), 7);
        assert_eq!(
            line_of(
                TEXT,
                &root
                    .key("service")
                    .index(1)
                    .key("contact")
                    .index(0)
                    .key("value")
            ),
            10
        );
        assert_eq!(
            line_of(TEXT, &root.key("service").index(1).key("missing")),
            6,
            "falls back to the table's header"
        );
    }

    #[test]
    fn offsets_give_back_their_paths() {
        let offset = TEXT.find("112").unwrap();
        assert_eq!(
            path_at(TEXT, offset).to_string(),
            "service[1].contact[0].value"
        );
        assert_eq!(path_at(TEXT, 0).to_string(), "id");
    }
}
