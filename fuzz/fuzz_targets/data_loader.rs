//! The data loader on arbitrary TOML: the text of one file in `data/organisations/`, read
//! and checked as `directory::load` reads each file (types, then every check with its
//! line and field), and each contact's phone number read as the loader does for its link.
//! The same text also goes to the other data files' readers: the public holidays and the
//! guidance. A file that is not UTF-8 cannot be read at all, so only text is tried.

#![no_main]

use hulpwijzer_fuzz::{today, world};
use libfuzzer_sys::fuzz_target;
use server::{
    directory::{holidays::Holidays, locate, read_organisation},
    triage::guidance,
};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = Path::new("data/organisations/fuzz.toml");
    let (org, problems) = read_organisation(file, text, &world().known, today());
    for problem in &problems {
        let _ = problem.to_string();
    }
    if let Some(mut org) = org {
        for service in &mut org.services {
            let (cost, anonymous) = (service.cost, service.anonymous);
            for contact in &mut service.contacts {
                let _ = contact.phone().map(|phone| phone.href());
                contact.inherit(cost, anonymous);
                let _ = (contact.free_to_reach(), contact.shown_cost());
            }
            let _ = service.anonymity();
        }
    }

    if let Ok(holidays) = toml::from_str::<Holidays>(text) {
        for (i, field, _) in holidays.problems() {
            let path = locate::FieldPath::default()
                .key("holiday")
                .index(i)
                .key(field);
            let _ = locate::line_of(text, &path);
        }
    }
    let _ = guidance::parse(text);
});
