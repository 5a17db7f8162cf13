//! The questionnaire's form body (`POST /hulp`, `/hulp/samenvatting`, `/hulp/overzicht`):
//! urlencoded as a browser sends it, read with the core's form codec (`form::read`), the
//! typed place checked, moved on with `questions::respond`/`advance`, and the plan made as
//! the handler does. The answers must also survive their trip through the hidden fields of
//! the next screen (`form::fields`, encoded and read again): that is how they travel.

#![no_main]

use hulpwijzer_core::{
    i18n::Lang,
    triage::{
        form,
        questions::{self, Screen, Step},
    },
};
use hulpwijzer_fuzz::{moment, world};
use libfuzzer_sys::fuzz_target;
use server::{directory::hours::At, overview::overview, questionnaire::check_place};

/// Most fields the form reader reads (`form::MAX_FIELDS`); past it the trip may drop some.
const MAX_FIELDS: usize = 64;

fuzz_target!(|data: &[u8]| {
    let w = world();
    let now = moment(data);
    let lang = if data.len() % 2 == 0 {
        Lang::Nl
    } else {
        Lang::En
    };
    let fields: Vec<(String, String)> = form_urlencoded::parse(data).into_owned().collect();

    // POST /hulp: as `questionnaire::submit`.
    let submitted = form::read(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut answers = submitted.answers.clone();
    let place_check = questions::place_to_check(&answers, submitted.step, submitted.go)
        .and_then(|place| check_place(&w.regions, place));
    let screen = match place_check {
        Some(_) => Screen::Question(Step::Place),
        None => questions::respond(&mut answers, submitted.step, submitted.go),
    };
    if screen.needs_plan() {
        let _ = w.triage.plan(&w.regions, &answers, lang, now);
    }
    if let Screen::Question(step) | Screen::FirstStep(step) = screen {
        let _ = questions::progress(step, &answers);
        let _ = step.options(answers.role);
        let _ = questions::on_screen(step, &answers);
    }
    let _ = Screen::from_key(&screen.key());

    // The answers as the next screen's hidden fields, sent and read again.
    let hidden = form::fields(&answers, &[]);
    if hidden.len() <= MAX_FIELDS {
        let mut encoded = form_urlencoded::Serializer::new(String::new());
        for (name, value) in &hidden {
            encoded.append_pair(name, value);
        }
        let sent = encoded.finish();
        let again = form::read(form_urlencoded::parse(sent.as_bytes()).into_owned());
        assert_eq!(
            again.answers, answers,
            "the answers changed on their way through the hidden fields {hidden:?}"
        );
    }

    // POST /hulp/samenvatting and /hulp/overzicht read the same body.
    let summary = w.triage.plan(&w.regions, &submitted.answers, lang, now);
    let _ = summary.summary.text.len();
    let at = At {
        utc: now,
        holidays: &w.directory.holidays,
    };
    let _ = overview(&w.directory, &w.regions, &submitted.answers, lang, at);
});
