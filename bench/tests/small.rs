//! The benchmark's machinery end to end on a small directory: 300 generated services
//! loaded by the real loader, every engine built, three queries with a planted first hit.

use hulpwijzer_bench::{
    queries::QuerySet,
    report,
    run::{self, Options},
};

#[test]
fn every_engine_puts_the_planted_service_first_on_a_small_directory() {
    let mut set = QuerySet::load(None).unwrap();
    set.queries
        .retain(|q| ["rouwverwerking", "zwemclub", "muziekschool"].contains(&q.text.as_str()));
    assert_eq!(set.queries.len(), 3);
    let options = Options {
        services: 300,
        seed: 7,
        rounds: 2,
        warmup: 1,
        source: Options::default_source(),
        data_dir: None,
    };
    let outcome = run::run(&options, &set).unwrap();
    assert_eq!(outcome.generated, 300);
    assert_eq!(outcome.engines.len(), 4);
    for result in &outcome.results {
        let expect = result.case.expect.clone().unwrap();
        for (e, (name, ..)) in outcome.engines.iter().enumerate() {
            assert_eq!(
                result.hits[e].first(),
                Some(&expect),
                "{name} on {:?}: {:?}",
                result.case.text,
                result.hits[e]
            );
            assert_eq!(result.times[e].len(), 2);
        }
    }
    let text = report::markdown(&outcome);
    assert!(text.contains("| tantivy (server) |"), "{text}");
    assert!(text.contains("3 of 3"), "{text}");
}
