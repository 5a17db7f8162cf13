//! The desk overview: every help point in the directory that serves the municipality (or
//! island) in a professional's answers, national and regional, grouped by what each mainly
//! offers (the first need it lists), the help for the region first in each group.

use crate::{
    directory::Directory, directory::hours::At, directory::present::organisation_view,
    directory::reach::Reach, regions::Regions, triage::resolve,
};
use hulpwijzer_core::{
    i18n::Lang,
    page_data::{OverviewEntry, OverviewGroup, OverviewView},
    triage::Answers,
    vocab::Need,
};

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
    let mut entries: Vec<(Option<Need>, OverviewEntry)> = Vec::new();
    for org in &directory.organisations {
        let view = organisation_view(org, lang, at);
        for (service, shown) in org.services.iter().zip(view.services) {
            let reach = Reach::of(service, Some(&place));
            if !matches!(reach, Reach::Here | Reach::National) {
                continue;
            }
            entries.push((
                service.needs.first().copied(),
                OverviewEntry {
                    organisation_id: org.id.clone(),
                    organisation: org.name.clone(),
                    regional: reach == Reach::Here,
                    service: shown,
                    referral: view.referral.clone(),
                },
            ));
        }
    }
    let groups = Need::answerable()
        .map(Some)
        .chain([None])
        .filter_map(|need| {
            let mut group: Vec<OverviewEntry> = entries
                .iter()
                .filter(|(main, _)| *main == need)
                .map(|(_, entry)| entry.clone())
                .collect();
            group.sort_by_key(|entry| !entry.regional);
            (!group.is_empty()).then_some(OverviewGroup {
                need,
                entries: group,
            })
        })
        .collect();
    OverviewView {
        place: place.place_name(),
        groups,
        answers: Answers {
            own_words: None,
            ..answers.clone()
        },
    }
}
