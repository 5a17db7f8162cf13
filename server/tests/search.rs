//! The search on the real directory and region tables: the right help point first for
//! plain words and a place, synonyms, typos, filters, reasons and highlights.
#![expect(
    clippy::unwrap_used,
    reason = "a test should stop loudly at the first surprise"
)]

use server::{
    directory::{
        self,
        model::{Channel, Need, Role},
        reach::Reach,
    },
    regions::{Regions, data},
    search::{Hit, Lang, Reason, SearchIndex, SearchQuery, words::Words},
};
use std::{path::PathBuf, sync::OnceLock};

mod common;

struct World {
    regions: Regions,
    index: SearchIndex,
    directory: std::sync::Arc<directory::Directory>,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let data_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
        let region_data = data::import(&common::geo_dir()).unwrap();
        let dir = std::sync::Arc::new(
            directory::load(
                &data_dir,
                &region_data,
                server::clock::Clock::System.today(),
            )
            .unwrap(),
        );
        let index = SearchIndex::build(&dir, Words::load(&data_dir).unwrap(), None).unwrap();
        World {
            regions: Regions::new(region_data),
            index,
            directory: dir,
        }
    })
}

fn search(query: SearchQuery) -> Vec<Hit> {
    world()
        .index
        .search(&SearchQuery { limit: 20, ..query })
        .unwrap()
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.service_id.as_str()).collect()
}

#[test]
fn verkrachting_near_3511_puts_the_utrecht_sexual_assault_centre_first() {
    let place = world().regions.by_postcode("3511").unwrap();
    let hits = search(SearchQuery {
        text: "verkrachting".into(),
        place: Some(place),
        ..SearchQuery::default()
    });
    assert_eq!(hits[0].service_id, "csg-utrecht", "{:?}", ids(&hits));
    assert!(
        hits[0].reasons.contains(&Reason::Region {
            name: "Utrecht".into()
        }),
        "{:?}",
        hits[0].reasons
    );
    assert!(
        hits[0]
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::Words { .. })),
        "{:?}",
        hits[0].reasons
    );
    assert!(
        ids(&hits).contains(&"csg-hulp"),
        "the national CSG service qualifies too"
    );
    for hit in &hits {
        assert!(
            !hit.service_id.starts_with("csg-")
                || ["csg-utrecht", "csg-hulp"].contains(&hit.service_id.as_str()),
            "{} serves elsewhere",
            hit.service_id
        );
    }
}

#[test]
fn naaktfoto_anywhere_finds_helpwanted_first() {
    let hits = search(SearchQuery {
        text: "naaktfoto".into(),
        ..SearchQuery::default()
    });
    assert_eq!(hits[0].service_id, "helpwanted-advies", "{:?}", ids(&hits));
    let hits = search(SearchQuery {
        text: "sextortion".into(),
        ..SearchQuery::default()
    });
    assert_eq!(
        hits[0].service_id,
        "helpwanted-advies",
        "a synonym finds it too: {:?}",
        ids(&hits)
    );
}

#[test]
fn bonaire_puts_island_services_first_and_never_regional_ones_from_elsewhere() {
    let place = world().regions.by_island("bonaire").unwrap();
    let hits = search(SearchQuery {
        place: Some(place.clone()),
        ..SearchQuery::default()
    });
    // Every service only for the island comes before national ones: six on Bonaire.
    let first: Vec<&str> = ids(&hits).into_iter().take(6).collect();
    for id in [
        "bes-911",
        "kpcn-melden",
        "kpcn-victim-support-bonaire",
        "guiami",
        "guana-chat",
        "jeugdzorg-cn-bonaire",
    ] {
        assert!(first.contains(&id), "{id} not among the first: {first:?}");
    }
    for id in ids(&hits) {
        assert!(
            !id.starts_with("sense-gg") && !id.starts_with("csg-") || id == "csg-hulp",
            "{id} is regional elsewhere"
        );
        assert!(
            !id.ends_with("-saba") && !id.ends_with("-sint-eustatius"),
            "{id} is on another island"
        );
    }
    // 112 is the number of the European Netherlands (alarm-112.coverage); on the islands
    // it is 911, whose dispatch centre also answers 112.
    let hits = search(SearchQuery {
        text: "112 direct gevaar".into(),
        place: Some(place),
        ..SearchQuery::default()
    });
    assert_eq!(ids(&hits).first(), Some(&"bes-911"), "{:?}", ids(&hits));
    assert!(!ids(&hits).contains(&"alarm-112"), "{:?}", ids(&hits));
}

#[test]
fn every_service_is_found_by_its_id_and_no_other_id_is() {
    let index = &world().index;
    let mut count = 0;
    for org in &world().directory.organisations {
        for service in &org.services {
            let (found_org, found) = index.service(&service.id).unwrap();
            assert_eq!((found_org.id.as_str(), found), (org.id.as_str(), service));
            count += 1;
        }
    }
    assert_eq!(count, index.len());
    for id in ["", "csg", "csg-hulp-", "zzz", "\u{10ffff}"] {
        assert!(index.service(id).is_none(), "{id:?}");
    }
}

#[test]
fn a_typo_and_english_still_find_help() {
    let hits = search(SearchQuery {
        text: "verkrachtng".into(),
        ..SearchQuery::default()
    });
    assert!(
        ids(&hits).iter().take(3).any(|id| id.starts_with("csg")),
        "{:?}",
        ids(&hits)
    );
    let hits = search(SearchQuery {
        text: "rape".into(),
        lang: Lang::En,
        ..SearchQuery::default()
    });
    assert!(
        ids(&hits).iter().take(3).any(|id| id.starts_with("csg")),
        "{:?}",
        ids(&hits)
    );
    let hits = search(SearchQuery {
        text: "loverboy".into(),
        ..SearchQuery::default()
    });
    // CoMensha (the national centre against human trafficking) and its reporting point for
    // minors come first now; Veilig Thuis, national or a regional unit, still follows.
    assert!(
        ids(&hits).iter().take(3).any(|id| *id == "chat-met-fier")
            && ids(&hits).iter().take(3).any(|id| *id == "comensha")
            && ids(&hits)
                .iter()
                .take(8)
                .any(|id| id.starts_with("veilig-thuis")),
        "{:?}",
        ids(&hits)
    );
}

#[test]
fn filters_narrow_the_results() {
    let talk = |q: SearchQuery| {
        ids(&search(SearchQuery {
            needs: vec![Need::Talk],
            limit: 200,
            ..q
        }))
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>()
    };
    assert!(
        talk(SearchQuery {
            age: Some((10, 10)),
            ..SearchQuery::default()
        })
        .contains(&"kindertelefoon".to_owned())
    );
    assert!(
        !talk(SearchQuery {
            age: Some((25, 120)),
            ..SearchQuery::default()
        })
        .contains(&"kindertelefoon".to_owned())
    );
    let always = talk(SearchQuery {
        always_open: true,
        ..SearchQuery::default()
    });
    assert!(
        always.contains(&"113-hulplijn".to_owned())
            && !always.contains(&"kindertelefoon".to_owned()),
        "{always:?}"
    );
    let own = ids(&search(SearchQuery {
        audiences: vec![Role::OwnBehaviour],
        anonymous: true,
        ..SearchQuery::default()
    }))
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    assert!(
        own.contains(&"stop-it-now".to_owned()) && !own.contains(&"politie-zeden".to_owned()),
        "{own:?}"
    );
    let chat = ids(&search(SearchQuery {
        channels: vec![Channel::Chat],
        text: "geweld".into(),
        ..SearchQuery::default()
    }))
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    assert!(
        !chat.is_empty() && !chat.contains(&"politie-zeden".to_owned()),
        "{chat:?}"
    );
}

#[test]
fn highlights_mark_the_query_words_inside_the_description() {
    let hits = search(SearchQuery {
        text: "anoniem".into(),
        ..SearchQuery::default()
    });
    let marked: Vec<&Hit> = hits
        .iter()
        .filter(|h| !h.highlight.ranges.is_empty())
        .collect();
    assert!(!marked.is_empty());
    for hit in marked {
        for range in &hit.highlight.ranges {
            let word = hit.highlight.text.get(range.clone()).unwrap();
            assert!(
                word.to_lowercase().starts_with("anoniem"),
                "{word:?} in {}",
                hit.service_id
            );
        }
    }
}

#[test]
fn odd_queries_are_plain_text_and_never_break() {
    let found = |text: &str| {
        let hits = search(SearchQuery {
            text: text.to_owned(),
            ..SearchQuery::default()
        });
        ids(&hits)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    // Without a word to look for, every query lists the directory, as the empty one does.
    let listing = found("");
    assert_eq!(listing.len(), 20, "the empty query lists a page of help");
    for text in ["   ", "%%%", "\"", "🙂", &"x".repeat(5_000)] {
        assert_eq!(found(text), listing, "{:?}", text.get(..10));
    }
    // Markup is words like any other, and these are in no description.
    assert_eq!(found("<script>alert(1)</script>"), Vec::<String>::new());
    // Query syntax is not obeyed: a field name is just a word.
    assert_eq!(found("service_id:csg"), found("service_id csg"));
    assert!(!found("service_id:csg").contains(&"csg-hulp".to_owned()));
}

#[test]
fn the_organisations_added_on_2026_12_01_are_found_by_plain_words() {
    let found = |text: &str, place: Option<&str>, id: &str| {
        let place = place.map(|island| world().regions.by_island(island).unwrap());
        let hits = search(SearchQuery {
            text: text.into(),
            place,
            ..SearchQuery::default()
        });
        assert!(
            ids(&hits).iter().take(5).any(|hit| *hit == id),
            "{text:?} does not find {id} among the first five: {:?}",
            ids(&hits)
        );
    };
    for (text, id) in [
        ("mensenhandel", "comensha"),
        ("loverboy", "comensha"),
        ("uitbuiting", "comensha"),
        (
            "seksuele intimidatie door mijn baas",
            "college-rechten-mens",
        ),
        ("collega", "college-rechten-mens"),
        ("discriminatie", "college-rechten-mens"),
        ("werkgever", "arbeidsinspectie"),
        ("intimidatie op het werk", "arbeidsinspectie"),
        ("theater", "mores"),
        ("grensoverschrijdend gedrag film", "mores"),
        ("dokter", "igj-landelijk-meldpunt-zorg"),
        ("zorgverlener", "igj-landelijk-meldpunt-zorg"),
        ("therapeut", "igj-landelijk-meldpunt-zorg"),
        ("gedwongen huwelijk", "lkha"),
        ("huwelijksdwang", "lkha"),
        ("forced marriage", "lkha"),
        ("opvang", "vrouwenopvang"),
        ("blijf-van-mijn-lijfhuis", "vrouwenopvang"),
        ("Statia", "amhk-sint-eustatius"),
        ("huiselijk geweld Saba", "amhk-saba"),
        ("Bonaire huiselijk geweld", "guiami"),
        ("jongeren Bonaire", "guana-chat"),
    ] {
        found(text, None, id);
    }
    found("hulplijn jongeren", Some("saba"), "guana-chat");
    found(
        "huiselijk geweld",
        Some("sint_eustatius"),
        "amhk-sint-eustatius",
    );
}

#[test]
fn a_place_filters_by_the_one_rule_for_serving_a_place() {
    let w = world();
    for place in ["Utrecht", "Amsterdam", "Maastricht", "bonaire", "saba"] {
        let resolved = w
            .regions
            .by_municipality(place)
            .or_else(|_| w.regions.by_island(place))
            .unwrap();
        let hits = w
            .index
            .search(&SearchQuery {
                place: Some(resolved.clone()),
                limit: 200,
                ..SearchQuery::default()
            })
            .unwrap();
        let mut found: Vec<&str> = ids(&hits);
        found.sort_unstable();
        let mut serving: Vec<&str> = w
            .directory
            .organisations
            .iter()
            .flat_map(|o| &o.services)
            .filter(|s| Reach::of(s, Some(&resolved)).serves())
            .map(|s| s.id.as_str())
            .collect();
        serving.sort_unstable();
        assert!(serving.len() > 10, "{place}: {serving:?}");
        assert_eq!(found, serving, "{place}");
    }
}

/// The first hit for plain words without a place, in Dutch and English: the service a
/// person typing them needs first, not the one whose texts repeat the words most.
#[test]
fn plain_words_without_a_place_put_the_right_first_door_first() {
    for (text, lang, first) in [
        ("verkrachting", Lang::Nl, "csg-hulp"),
        ("seksueel geweld", Lang::Nl, "csg-hulp"),
        ("aanranding", Lang::Nl, "csg-hulp"),
        ("rape", Lang::En, "csg-hulp"),
        ("aangifte", Lang::Nl, "politie-zeden"),
        ("zelfmoord", Lang::Nl, "113-hulplijn"),
        ("loverboy", Lang::Nl, "comensha"),
        ("dokter", Lang::Nl, "igj-landelijk-meldpunt-zorg"),
        ("school", Lang::Nl, "vertrouwensinspecteurs"),
    ] {
        let hits = search(SearchQuery {
            text: text.into(),
            lang,
            ..SearchQuery::default()
        });
        assert_eq!(
            hits.first().map(|h| h.service_id.as_str()),
            Some(first),
            "{text}: {:?}",
            ids(&hits)
        );
    }
}

#[test]
fn words_for_ones_own_behaviour_find_the_services_for_it_first() {
    let hits = search(SearchQuery {
        text: "pedofiel".into(),
        ..SearchQuery::default()
    });
    let mut first: Vec<&str> = ids(&hits).into_iter().take(2).collect();
    first.sort_unstable();
    assert_eq!(
        first,
        ["de-waag-behandeling", "stop-it-now"],
        "{:?}",
        ids(&hits)
    );
}

/// A service only for one setting, or not for victims, comes after those for anyone when
/// the words do not name its setting or need; when they do, it comes first.
#[test]
fn services_for_one_setting_or_not_for_victims_wait_until_the_words_name_them() {
    let narrow = [
        "igj-landelijk-meldpunt-zorg",
        "vertrouwensinspecteurs",
        "kerk-smrk",
        "kerk-smpr",
        "kerk-smkr",
        "cvsn",
        "stop-it-now",
        "de-waag-behandeling",
    ];
    for text in ["verkrachting", "misbruik", "incest", "seksueel geweld"] {
        let hits = search(SearchQuery {
            text: text.into(),
            ..SearchQuery::default()
        });
        let first: Vec<&str> = ids(&hits).into_iter().take(5).collect();
        assert!(
            first.iter().all(|id| !narrow.contains(id)),
            "{text}: {first:?}"
        );
    }
    let hits = search(SearchQuery {
        text: "misbruik in de kerk".into(),
        ..SearchQuery::default()
    });
    let mut first: Vec<&str> = ids(&hits).into_iter().take(3).collect();
    first.sort_unstable();
    assert_eq!(
        first,
        ["kerk-smkr", "kerk-smpr", "kerk-smrk"],
        "{:?}",
        ids(&hits)
    );
}

/// A directory big enough for several segments while indexing (100 copies of the real
/// one) ends up in one segment, and is searched like the real one.
#[test]
fn a_large_directory_is_indexed_into_one_segment() {
    let real = &world().directory;
    let mut organisations = Vec::new();
    for copy in 0..100 {
        for org in &real.organisations {
            let mut org = org.clone();
            org.id = format!("{}-{copy}", org.id);
            for service in &mut org.services {
                service.id = format!("{}-{copy}", service.id);
            }
            organisations.push(org);
        }
    }
    let large = std::sync::Arc::new(directory::Directory {
        organisations,
        holidays: real.holidays.clone(),
        read_from: 0,
    });
    let data_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let index = SearchIndex::build(&large, Words::load(&data_dir).unwrap(), None).unwrap();
    assert_eq!(index.len(), 100 * world().index.len());
    assert_eq!(index.index().searchable_segment_ids().unwrap().len(), 1);
    let hits = index
        .search(&SearchQuery {
            text: "zelfmoord".into(),
            limit: 200,
            ..SearchQuery::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 100, "every copy of 113 Zelfmoordpreventie");
}

/// The service ids of a search for `text` in `index`.
fn found(index: &SearchIndex, text: &str) -> Vec<String> {
    index
        .search(&SearchQuery {
            text: text.into(),
            limit: 20,
            ..SearchQuery::default()
        })
        .unwrap()
        .into_iter()
        .map(|h| h.service_id)
        .collect()
}

/// The folders in `folder`, by name.
fn folders(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

/// An index kept in a folder is opened again while the data is the same, answers as a new
/// one would, is built again when the data changes (the old one removed) and when the kept
/// one is damaged; a half-built one of a start long gone is cleared away.
#[test]
fn a_kept_index_is_opened_for_the_same_data_and_built_again_for_other_data() {
    use server::search::kept::Kept;
    let data_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data");
    let words = || Words::load(&data_dir).unwrap();
    let real = std::sync::Arc::clone(&world().directory);
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("index");

    let first = SearchIndex::build(&real, words(), Some(&folder)).unwrap();
    assert_eq!(first.kept(), Some(Kept::Built));
    let kept = folders(&folder);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let meta = folder.join(&kept[0]).join("meta.json");
    let written = std::fs::metadata(&meta).unwrap().modified().unwrap();
    drop(first);

    let again = SearchIndex::build(&real, words(), Some(&folder)).unwrap();
    assert_eq!(again.kept(), Some(Kept::Opened));
    assert_eq!(folders(&folder), kept);
    assert_eq!(
        std::fs::metadata(&meta).unwrap().modified().unwrap(),
        written
    );
    for text in [
        "verkrachting",
        "naaktfoto",
        "zelfmoord",
        "verkrachitng",
        "rape",
    ] {
        assert_eq!(found(&again, text), found(&world().index, text), "{text}");
    }
    drop(again);

    // Other data: one description in a file says something new. A stale half-built index
    // lies beside it; a folder that is not an index is left alone.
    let stale = folder.join(format!("{}.building-1", "0".repeat(32)));
    std::fs::create_dir(&stale).unwrap();
    std::fs::File::open(&stale)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(7200))
        .unwrap();
    std::fs::create_dir(folder.join("notes")).unwrap();
    let said = "description.nl = \"Bel 113 of 0800-0113, of chat via 113.nl.";
    let copy = common::data_copy("113.toml", said, &format!("{said} Zonnebloemveld."));
    let regions = data::read(&data_dir.join("regions.json")).unwrap();
    let today = server::clock::Clock::System.today();
    let changed = std::sync::Arc::new(directory::load(copy.path(), &regions, today).unwrap());
    assert_ne!(changed.read_from, real.read_from);
    let other = SearchIndex::build(&changed, words(), Some(&folder)).unwrap();
    assert_eq!(other.kept(), Some(Kept::Built));
    let now = folders(&folder);
    assert_eq!(now.len(), 2, "the new index and the notes: {now:?}");
    assert!(now.contains(&"notes".to_owned()) && !now.contains(&kept[0]));
    assert_eq!(
        found(&other, "zonnebloemveld"),
        [changed.organisations[0].services[0].id.clone()]
    );
    drop(other);

    // A damaged kept index is built again, not an error.
    let place = now.iter().find(|n| *n != "notes").unwrap();
    std::fs::write(folder.join(place).join("meta.json"), "{").unwrap();
    let mended = SearchIndex::build(&changed, words(), Some(&folder)).unwrap();
    assert_eq!(mended.kept(), Some(Kept::Built));
    assert_eq!(found(&mended, "zonnebloemveld").len(), 1);
}
