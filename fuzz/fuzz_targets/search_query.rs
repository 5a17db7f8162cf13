//! The search: query text with every filter, on the index built once from the real
//! directory. The input's first bytes choose the filters (language, day and night,
//! anonymous, needs, audiences, channels, age, limit, a place among every municipality
//! and island); the rest is the text, cut to the 200 characters the API and the search
//! page take. After a line break comes a place as typed in the search page's place field.
//! Every hit must name an indexed service and mark only whole characters of its text.

#![no_main]

use arbitrary::Arbitrary;
use hulpwijzer_fuzz::{search, world};
use libfuzzer_sys::fuzz_target;
use server::{
    directory::model::{Channel, Need, Role},
    pages::place_from_text,
    regions::{Resolution, distance_km},
    search::{Lang, SearchQuery},
};
use std::sync::LazyLock;

/// The longest query text and place the API and the search page pass on.
const MAX_TEXT: usize = 200;

#[derive(Arbitrary, Debug)]
struct Input {
    /// Bit 0: English; 1: day and night; 2: anonymous; 3: an age.
    flags: u8,
    needs_low: u8,
    needs_high: u8,
    audiences: u8,
    channels: u8,
    youngest: u8,
    oldest: u8,
    limit: u8,
    /// With `place_high`: 0 for no place, else one of `PLACES`.
    place_low: u8,
    place_high: u8,
    text: String,
}

/// Every municipality and island, resolved.
static PLACES: LazyLock<Vec<Resolution>> = LazyLock::new(|| {
    let regions = &world().regions;
    let municipalities = regions
        .municipalities()
        .iter()
        .filter_map(|m| regions.by_municipality(&m.code).ok());
    let islands = hulpwijzer_core::vocab::Island::ALL
        .iter()
        .filter_map(|&island| regions.island(island).ok());
    municipalities.chain(islands).collect()
});

/// The values of `all` whose bit is set in `mask`.
fn chosen<T: Copy>(all: &[T], mask: u16) -> Vec<T> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| *i < 16 && mask & (1 << i) != 0)
        .map(|(_, &value)| value)
        .collect()
}

fuzz_target!(|input: Input| {
    let (text, typed_place) = input
        .text
        .split_once('\n')
        .unwrap_or((input.text.as_str(), ""));
    let place = match typed_place.trim() {
        "" => match usize::from(input.place_low) | usize::from(input.place_high) << 8 {
            0 => None,
            i => PLACES.get((i - 1) % PLACES.len()).cloned(),
        },
        typed => {
            let typed: String = typed.chars().take(MAX_TEXT).collect();
            place_from_text(&world().regions, &typed).ok().flatten()
        }
    };
    let query = SearchQuery {
        text: text.chars().take(MAX_TEXT).collect(),
        lang: if input.flags & 1 != 0 {
            Lang::En
        } else {
            Lang::Nl
        },
        place,
        needs: chosen(
            Need::ALL,
            u16::from(input.needs_low) | u16::from(input.needs_high) << 8,
        ),
        audiences: chosen(Role::ALL, input.audiences.into()),
        age: (input.flags & 8 != 0).then_some((input.youngest, input.oldest)),
        channels: chosen(Channel::ALL, input.channels.into()),
        always_open: input.flags & 2 != 0,
        anonymous: input.flags & 4 != 0,
        limit: usize::from(input.limit),
    };
    let index = search();
    let hits = index
        .search(&query)
        .unwrap_or_else(|err| panic!("the search failed: {err}"));
    assert!(hits.len() <= query.limit.max(1), "more hits than asked for");
    let here = query.place.as_ref().and_then(|p| p.point);
    for hit in &hits {
        let Some((_, service)) = index.service(&hit.service_id) else {
            panic!(
                "a hit names a service that is not indexed: {}",
                hit.service_id
            );
        };
        for range in &hit.highlight.ranges {
            assert!(
                hit.highlight.text.get(range.clone()).is_some(),
                "highlight {range:?} is not a piece of {:?}",
                hit.highlight.text
            );
        }
        if let Some(here) = here {
            for location in &service.locations {
                if let (Some(lat), Some(lon)) = (location.lat, location.lon) {
                    let _ = distance_km(here, server::regions::LatLon { lat, lon });
                }
            }
        }
    }
    let _ = serde_json::to_vec(&hits);
});
