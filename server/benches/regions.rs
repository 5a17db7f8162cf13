//! Region resolution on the real CBS / PDOK tables: `cargo bench -p server --bench regions`.
//! Reads ../shared/geo, or HULPWIJZER_GEO_DIR.
#![expect(
    clippy::unwrap_used,
    reason = "a benchmark should stop loudly on bad set-up"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use server::regions::{Regions, data};
use std::hint::black_box;

#[path = "../tests/common/mod.rs"]
mod common;
use common::geo_dir;

fn resolve(c: &mut Criterion) {
    let data = data::import(&geo_dir()).unwrap();
    let derived = tempfile::tempdir().unwrap();
    let file = derived.path().join("regions.json");
    data::write(&data, &file).unwrap();

    c.bench_function("load derived file and index", |b| {
        b.iter(|| Regions::new(data::read(black_box(&file)).unwrap()))
    });
    let regions = Regions::new(data);
    c.bench_function("postcode 3511 AB", |b| {
        b.iter(|| regions.by_postcode(black_box("3511 AB")))
    });
    c.bench_function("municipality Den Haag", |b| {
        b.iter(|| regions.by_municipality(black_box("Den Haag")))
    });
    c.bench_function("point in Utrecht", |b| {
        b.iter(|| regions.by_point(black_box(52.0908), black_box(5.1217)))
    });
    c.bench_function("point in the North Sea (every box tested)", |b| {
        b.iter(|| regions.by_point(black_box(52.5), black_box(3.5)))
    });
    c.bench_function("point on Saba", |b| {
        b.iter(|| regions.by_point(black_box(17.623), black_box(-63.233)))
    });
}

criterion_group!(benches, resolve);
criterion_main!(benches);
