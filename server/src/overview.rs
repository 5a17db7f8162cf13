//! The desk overview: every help point in the directory that serves the municipality (or
//! island) in a professional's answers, national and regional, as organisation views.

use crate::{
    directory::Directory,
    directory::hours::At,
    pages::organisation_view,
    regions::{Regions, Resolution},
    triage::{resolve, steps::covers_specifically},
};
use app::{i18n::Lang, page_data::OverviewView, triage::Answers};

/// Whether a service serves people in `place`.
fn serves(service: &crate::directory::model::Service, place: &Resolution) -> bool {
    (service.coverage.national && place.island.is_none()) || covers_specifically(service, place)
}

/// The overview for the place in `answers`, as at the moment `at`; empty when there is
/// no place or it cannot be found.
pub fn overview(
    directory: &Directory,
    regions: &Regions,
    answers: &Answers,
    lang: Lang,
    at: At<'_>,
) -> OverviewView {
    let Some(place) = resolve(regions, answers.location.as_ref(), lang).0 else {
        return OverviewView::default();
    };
    let organisations = directory
        .organisations
        .iter()
        .filter_map(|org| {
            let mut serving = org.clone();
            serving.services.retain(|s| serves(s, &place));
            (!serving.services.is_empty()).then(|| organisation_view(&serving, lang, at))
        })
        .collect();
    OverviewView {
        place: place.place_name(),
        organisations,
        answers: Answers {
            own_words: None,
            ..answers.clone()
        },
    }
}
