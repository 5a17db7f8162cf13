//! Search on the real directory and on a generated one of 100,000 services:
//! `cargo bench -p server --bench search`. Reads ../shared/geo (or HULPWIJZER_GEO_DIR).
#![expect(
    clippy::unwrap_used,
    reason = "a benchmark should stop loudly on bad set-up"
)]
#![expect(
    clippy::print_stdout,
    reason = "the index build time is reported beside criterion's figures"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use server::{
    directory::{self, Directory},
    regions::{Regions, data},
    search::{SearchIndex, SearchQuery, words::Words},
};
use std::{hint::black_box, path::PathBuf, time::Instant};

#[path = "../tests/common/mod.rs"]
mod common;

/// `n` services made from the real ones, each regional unit moved to a municipality in
/// turn, so the index has the real texts in the proportions of a large directory.
fn generated(real: &Directory, regions: &data::RegionData, n: usize) -> Directory {
    let templates: Vec<_> = real
        .organisations
        .iter()
        .flat_map(|o| o.services.iter().map(move |s| (o, s)))
        .collect();
    let mut organisations = Vec::new();
    for i in 0..n {
        let (org, service) = templates[i % templates.len()];
        let mut org = org.clone();
        let mut service = service.clone();
        org.id = format!("{}-{i}", org.id);
        service.id = format!("{}-{i}", service.id);
        if !service.coverage.national {
            let m = &regions.municipalities[i % regions.municipalities.len()];
            service.coverage = directory::model::Coverage {
                municipalities: directory::model::MunicipalityCode::parse(&m.code)
                    .into_iter()
                    .collect(),
                ..Default::default()
            };
        }
        org.services = vec![service];
        organisations.push(org);
    }
    Directory {
        organisations,
        holidays: Default::default(),
        read_from: 0,
    }
}

/// The API's longest query (200 characters) as one word a hundred times: "a a a ...".
fn worst_repeated() -> String {
    vec!["a"; 100].join(" ")
}

/// The API's longest query as one-letter words, the alphabet over and over: "a b c ...".
fn worst_letters() -> String {
    ('a'..='z')
        .cycle()
        .take(100)
        .map(String::from)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The API's longest query as distinct five-letter words, each long enough for typos.
fn worst_long_words() -> String {
    let letters: Vec<char> = ('a'..='z').collect();
    (0..33)
        .map(|i| {
            (0..5)
                .map(|j| letters[(i * 7 + j * (3 + i / 26)) % 26])
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The API's longest query as twelve distinct fifteen-letter words, each allowed two typos.
fn worst_typo_words() -> String {
    let letters: Vec<char> = ('a'..='z').collect();
    (0..12)
        .map(|i| {
            (0..15)
                .map(|j| letters[(i * 5 + j * 7) % 26])
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn search(c: &mut Criterion) {
    let data_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let region_data = data::import(&common::geo_dir()).unwrap();
    let real = directory::load(
        &data_dir,
        &region_data,
        server::clock::Clock::System.today(),
    )
    .unwrap();
    let regions = Regions::new(region_data.clone());
    let utrecht = regions.by_postcode("3511").unwrap();
    let queries = [
        (
            "verkrachting near 3511",
            SearchQuery {
                text: "verkrachting".into(),
                place: Some(utrecht.clone()),
                limit: 20,
                ..SearchQuery::default()
            },
        ),
        (
            "naaktfoto anywhere",
            SearchQuery {
                text: "naaktfoto".into(),
                limit: 20,
                ..SearchQuery::default()
            },
        ),
        (
            "typo verkrachtng",
            SearchQuery {
                text: "verkrachtng".into(),
                limit: 20,
                ..SearchQuery::default()
            },
        ),
        (
            "filters only, Utrecht",
            SearchQuery {
                place: Some(utrecht),
                age: Some((12, 17)),
                limit: 20,
                ..SearchQuery::default()
            },
        ),
        (
            "worst: 100 times a",
            SearchQuery {
                text: worst_repeated(),
                limit: 50,
                ..SearchQuery::default()
            },
        ),
        (
            "worst: 100 one-letter words a to z",
            SearchQuery {
                text: worst_letters(),
                limit: 50,
                ..SearchQuery::default()
            },
        ),
        (
            "worst: 200 chars of distinct long words",
            SearchQuery {
                text: worst_long_words(),
                limit: 50,
                ..SearchQuery::default()
            },
        ),
        (
            "worst: 12 distinct long words",
            SearchQuery {
                text: worst_typo_words(),
                limit: 50,
                ..SearchQuery::default()
            },
        ),
        (
            "worst: every synonym group",
            SearchQuery {
                text: "verkrachting sexting loverboy misbruik mishandeling intimidatie \
                       zelfmoord aangifte"
                    .into(),
                limit: 50,
                ..SearchQuery::default()
            },
        ),
    ];
    for (label, directory) in [
        ("real", real.clone()),
        ("100k", generated(&real, &region_data, 100_000)),
    ] {
        let start = Instant::now();
        let directory = std::sync::Arc::new(directory);
        let index = SearchIndex::build(&directory, Words::load(&data_dir).unwrap(), None).unwrap();
        let built = start.elapsed();
        println!("{label}: indexed {} services in {built:.2?}", index.len());
        for (name, query) in &queries {
            c.bench_function(&format!("{label}: {name}"), |b| {
                b.iter(|| index.search(black_box(query)).unwrap())
            });
        }
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
