//! The body of `POST /api/v1/plan` (and of `POST /api/v1/overview`, which reads the same
//! answers): the handlers' own steps, field by field, on the real directory, guidance and
//! region tables. A refused body becomes the error the client gets; an accepted one the
//! plan, serialised as the answer is.

#![no_main]

use axum::response::IntoResponse as _;
use hulpwijzer_core::triage::Answers;
use hulpwijzer_fuzz::{body, moment, world};
use libfuzzer_sys::fuzz_target;
use server::{
    api::{ApiError, body::Fields, plan},
    directory::hours::At,
    overview::overview,
};

fuzz_target!(|data: &[u8]| {
    let w = world();
    let now = moment(data);
    let read = || -> Result<_, ApiError> {
        let fields = Fields::parse(&body(data), &plan::allowed_fields())?;
        Ok((fields.lang()?, plan::answers(&fields)?))
    };
    match read() {
        Ok((lang, answers)) => {
            let made = w.triage.plan(&w.regions, &answers, lang, now);
            let _ = serde_json::to_vec(&made);
            let answers = Answers {
                own_words: None,
                ..answers
            };
            let at = At {
                utc: now,
                holidays: &w.directory.holidays,
            };
            let desk = overview(&w.directory, &w.regions, &answers, lang, at);
            let _ = serde_json::to_vec(&desk);
        }
        Err(err) => {
            let _ = err.into_response();
        }
    }
});
