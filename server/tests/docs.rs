//! The documents stay true to the program: every `HULPWIJZER_…` setting the README, the
//! deployment guide, the container file and the Kubernetes manifest name is one the
//! server reads, and every setting it reads is in the README's table and in `hulpwijzer
//! help`.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use std::{collections::BTreeSet, path::PathBuf};

fn read(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(path)).unwrap()
}

/// Every `HULPWIJZER_…` name in `text`.
fn settings(text: &str) -> BTreeSet<String> {
    text.match_indices("HULPWIJZER_")
        .map(|(at, _)| {
            text[at..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect::<String>()
        })
        .collect()
}

/// Names the tests and the browser harness read, not the server.
const FOR_TESTS: [&str; 3] = [
    "HULPWIJZER_TEST_POSTGRES_URL",
    "HULPWIJZER_BIN",
    "HULPWIJZER_HSDS_DIR",
];

#[test]
fn every_setting_the_documents_name_is_read_and_every_one_read_is_documented() {
    let read_by_server = settings(&read("server/src/config.rs"));
    assert!(read_by_server.len() >= 15, "{read_by_server:?}");
    for doc in [
        "README.md",
        "docs/deploy.md",
        "deploy/Containerfile",
        "deploy/kubernetes.yaml",
    ] {
        for name in settings(&read(doc)) {
            if FOR_TESTS.contains(&name.as_str()) {
                continue;
            }
            assert!(
                read_by_server.contains(&name),
                "{doc} names {name}, which nothing reads"
            );
        }
    }
    let readme = read("README.md");
    let help = read("server/src/main.rs");
    for name in &read_by_server {
        assert!(
            readme.contains(&format!("| `{name}` |")),
            "the README's table lacks {name}"
        );
        assert!(help.contains(name.as_str()), "hulpwijzer help lacks {name}");
    }
}

#[test]
fn the_kubernetes_manifest_runs_two_replicas_on_one_postgresql() {
    let manifest = read("deploy/kubernetes.yaml");
    assert!(manifest.contains("kind: Deployment") && manifest.contains("replicas: 2"));
    assert!(
        manifest.contains("kind: StatefulSet")
            && manifest.contains("image: docker.io/library/postgres:")
    );
    assert!(manifest.contains("HULPWIJZER_DATABASE_URL: postgres://"));
    assert!(manifest.contains("path: /healthz"));
}
