//! What the index holds of one service, field by field, in one function: `values` hands
//! every value of a service's document to tantivy (`document`).

use super::{DIRECT, Fields, coverage_terms, direct, filter_terms, keywords, words::Words};
use crate::directory::model::{AgeRange, Organisation, Service};
use std::borrow::Cow;
use tantivy::{TantivyDocument, schema::Field};

/// One value of a field.
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Number(u64),
}

/// Hands every value of `service`'s document to `put`, always in the same order.
pub fn values<'a>(
    fields: &Fields,
    words: &Words,
    org: &'a Organisation,
    service: &'a Service,
    mut put: impl FnMut(Field, Value<'a>),
) {
    let text = |s: &'a str| Value::Text(Cow::Borrowed(s));
    let made = |s: String| Value::Text(Cow::Owned(s));
    let extra = keywords(words, service);
    let notes = |pick: fn(&crate::directory::model::Text) -> &str| {
        service
            .contacts
            .iter()
            .filter_map(|c| c.note.as_deref().map(pick))
            .collect::<Vec<_>>()
            .join(" ")
    };
    put(fields.service_id, text(&service.id));
    put(
        fields.name_nl,
        made(format!("{} {}", org.name, service.name.nl())),
    );
    put(
        fields.name_en,
        made(format!("{} {}", org.name, service.name.en())),
    );
    put(
        fields.text_nl,
        made(format!(
            "{} {} {extra}",
            org.description.nl(),
            notes(|n| n.nl())
        )),
    );
    put(
        fields.text_en,
        made(format!(
            "{} {} {extra}",
            org.description.en(),
            notes(|n| n.en())
        )),
    );
    put(fields.description_nl, text(service.description.nl()));
    put(fields.description_en, text(service.description.en()));
    for term in filter_terms(service) {
        put(fields.filter, made(term));
    }
    if direct(org, service) {
        put(fields.filter, text(DIRECT));
    }
    for term in coverage_terms(service) {
        put(fields.coverage, made(term));
    }
    let age = service.age.unwrap_or(AgeRange {
        min: None,
        max: None,
    });
    put(
        fields.age_min,
        Value::Number(u64::from(age.min.unwrap_or(0))),
    );
    put(
        fields.age_max,
        Value::Number(u64::from(age.max.unwrap_or(u8::MAX))),
    );
}

/// The tantivy document of `service`.
pub fn document(
    fields: &Fields,
    words: &Words,
    org: &Organisation,
    service: &Service,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    values(fields, words, org, service, |field, value| match value {
        Value::Text(text) => doc.add_text(field, text),
        Value::Number(n) => doc.add_u64(field, n),
    });
    doc
}
