//! The questionnaire in one place: its questions and options, which questions a person is
//! asked (they follow the answers), which share a screen, and how Next, Back, Skip and
//! "danger now" move through them. At most seven questions on six screens are asked on
//! any path; a professional first passes the consent step, a gate rather than a question
//! about the situation. As soon as the answers make the first step certain (sexual
//! violence less than 7 days ago, images of a minor), that step comes first, on its own
//! screen, with the choice to go on.

use super::{Answers, Place, answer_fields};
use crate::i18n::Text;
use crate::vocab::{AgeBand, ContactWay, Need, Role, Setting, What, When};
use serde::{Deserialize, Serialize};

/// One question of the questionnaire, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    Role,
    /// For a professional: has the client consented? A gate, not counted as a question.
    Consent,
    What,
    Setting,
    When,
    Age,
    Place,
    Needs,
    Contact,
}

/// What a person pressed on a question's screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Go {
    Next,
    Back,
    /// "Zeg ik liever niet": the question's answer is cleared.
    Skip,
    /// Someone is in danger now: the emergency number is shown at once.
    Danger,
    /// Straight to the plan (after adding own words to the summary).
    Plan,
    /// The first step's screen for the question on screen, again (after choosing an
    /// island there, or switching language).
    First,
    /// On from the first step's screen to the next question.
    On,
    /// The question on screen, again (Back from the first step's screen).
    Edit,
}

/// What to show after a press.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    Question(Step),
    /// The answers up to this question make the first step certain: that step at once
    /// ("Dit is nu het belangrijkste"), with the choice to go on.
    FirstStep(Step),
    Plan,
    /// For a professional, with JavaScript: the desk overview drawn in place of the plan,
    /// so the phone's Back returns to the plan.
    Overview,
    /// A professional's client has not consented: what to do instead, and nothing more.
    NoConsent,
}

impl Default for Screen {
    fn default() -> Screen {
        Screen::Question(Step::Role)
    }
}

impl Screen {
    /// Whether the screen shows (part of) a plan, made by the server.
    pub const fn needs_plan(self) -> bool {
        matches!(self, Screen::Plan | Screen::FirstStep(_))
    }

    /// The screen's key in the browser's history: a question's id (`first-` before it for
    /// the first step's screen), `plan` or `no-consent`. Nothing of the answers.
    pub fn key(self) -> String {
        match self {
            Screen::Question(step) => step.id().to_owned(),
            Screen::FirstStep(step) => format!("first-{}", step.id()),
            Screen::Plan => "plan".to_owned(),
            Screen::Overview => "overview".to_owned(),
            Screen::NoConsent => "no-consent".to_owned(),
        }
    }

    /// The screen with this history key.
    pub fn from_key(key: &str) -> Option<Screen> {
        match key {
            "plan" => Some(Screen::Plan),
            "overview" => Some(Screen::Overview),
            "no-consent" => Some(Screen::NoConsent),
            _ => match key.strip_prefix("first-") {
                Some(step) => Step::from_id(step).map(Screen::FirstStep),
                None => Step::from_id(key).map(Screen::Question),
            },
        }
    }
}

impl Step {
    /// Every question, in order.
    pub const ALL: [Step; 9] = [
        Step::Role,
        Step::Consent,
        Step::What,
        Step::Setting,
        Step::When,
        Step::Age,
        Step::Place,
        Step::Needs,
        Step::Contact,
    ];

    /// The id used in forms (the contract's field name).
    pub const fn id(self) -> &'static str {
        match self {
            Step::Role => "role",
            Step::Consent => "consent",
            Step::What => "what",
            Step::Setting => "setting",
            Step::When => "when",
            Step::Age => "age",
            Step::Place => "place",
            Step::Needs => "needs",
            Step::Contact => "contact",
        }
    }

    /// The question with this id.
    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The question before it whose screen this one shares, when both are asked: the
    /// contact wish goes with the needs, and what happened with a professional's consent
    /// gate.
    pub const fn joins(self) -> Option<Step> {
        match self {
            Step::Contact => Some(Step::Needs),
            Step::What => Some(Step::Consent),
            _ => None,
        }
    }

    /// Whether more than one option may be chosen.
    pub const fn multiple(self) -> bool {
        matches!(
            self,
            Step::What | Step::Setting | Step::Needs | Step::Contact
        )
    }

    /// The question, worded for who it is about (a professional's wording comes from
    /// `Voice`).
    pub fn question(self, role: Option<Role>) -> Text {
        let about_someone = matches!(
            role,
            Some(Role::Relative | Role::Bystander | Role::Professional)
        );
        match self {
            Step::Role => Text::QRole,
            Step::Consent => Text::QConsent,
            Step::What if role == Some(Role::OwnBehaviour) => Text::QWhatOwn,
            Step::What => Text::QWhat,
            Step::Setting => Text::QSetting,
            Step::When => Text::QWhen,
            Step::Age if about_someone => Text::QAgeOther,
            Step::Age => Text::QAge,
            Step::Place => Text::QPlace,
            Step::Needs => Text::QNeeds,
            Step::Contact => Text::QContact,
        }
    }

    /// A hint under the question.
    pub const fn hint(self) -> Text {
        match self {
            Step::Role => Text::HintRole,
            Step::Consent => Text::HintConsent,
            Step::What | Step::Setting | Step::Needs | Step::Contact => Text::HintMany,
            Step::When => Text::HintWhen,
            Step::Age => Text::HintAge,
            Step::Place => Text::HintPlace,
        }
    }

    /// The options for who is asking, as (id, label); the place question has a field
    /// instead. Someone worried about their own behaviour gets their own words for what
    /// happened, worded so that they accuse no one, starting with "only thoughts or
    /// feelings"; everyone else gets the events as they happen to people. "Stopping my own
    /// behaviour" is offered only to them, and to someone who did not say who they are.
    pub fn options(self, role: Option<Role>) -> Vec<(&'static str, Text)> {
        match self {
            Step::Role => Role::ALL.iter().map(|r| (r.id(), role_label(*r))).collect(),
            Step::Consent => vec![("yes", Text::ConsentYes), ("no", Text::ConsentNo)],
            Step::What if role == Some(Role::OwnBehaviour) => OWN_BEHAVIOUR
                .iter()
                .map(|(w, label)| (w.id(), *label))
                .collect(),
            Step::What => What::ALL
                .iter()
                .filter(|w| **w != What::ThoughtsOnly)
                .map(|w| (w.id(), what_label(*w)))
                .collect(),
            Step::Setting => Setting::ALL
                .iter()
                .map(|s| (s.id(), setting_label(*s)))
                .collect(),
            Step::When => When::ALL.iter().map(|w| (w.id(), when_label(*w))).collect(),
            Step::Age => AgeBand::ALL
                .iter()
                .map(|a| (a.id(), age_label(*a)))
                .collect(),
            Step::Place => Vec::new(),
            Step::Needs => Need::answerable()
                .filter(|n| offered(*n, role))
                .map(|n| (n.id(), need_label(n)))
                .collect(),
            Step::Contact => ContactWay::ALL
                .iter()
                .map(|c| (c.id(), contact_label(*c)))
                .collect(),
        }
    }
}

/// Whether the need `need` is offered to whoever `role` says is asking: "stopping my own
/// behaviour" only to someone worried about their own behaviour, or who did not say.
fn offered(need: Need, role: Option<Role>) -> bool {
    need != Need::StopBehaviour || matches!(role, None | Some(Role::OwnBehaviour))
}

/// Whether a question is asked, given the answers so far. "When" is not asked of someone
/// worried about their own behaviour, nor when only harassment was chosen; "where did it
/// happen" is asked about harassment when "when" is not, so no path is longer than seven.
pub fn applies(step: Step, answers: &Answers) -> bool {
    let only_harassment =
        !answers.what.is_empty() && answers.what.iter().all(|w| *w == What::Harassment);
    let asks_when = answers.role != Some(Role::OwnBehaviour) && !only_harassment;
    match step {
        Step::Consent => answers.role == Some(Role::Professional),
        Step::When => asks_when,
        Step::Setting => answers.what.contains(&What::Harassment) && !asks_when,
        _ => true,
    }
}

/// The questions this person is asked, in order.
pub fn path(answers: &Answers) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| applies(*s, answers))
        .collect()
}

/// The screens this person sees, each named by its first question: the path without the
/// questions that share the screen before them.
pub fn screens(answers: &Answers) -> Vec<Step> {
    let path = path(answers);
    path.iter()
        .copied()
        .filter(|s| !s.joins().is_some_and(|leader| path.contains(&leader)))
        .collect()
}

/// The questions on the screen named `step`.
pub fn on_screen(step: Step, answers: &Answers) -> Vec<Step> {
    let mut out = vec![step];
    out.extend(
        path(answers)
            .into_iter()
            .filter(|s| s.joins() == Some(step)),
    );
    out
}

/// Where the screen `step` is among the person's screens, 1-based, and how many there are.
pub fn progress(step: Step, answers: &Answers) -> (usize, usize) {
    let screens = screens(answers);
    let at = screens.iter().filter(|s| **s <= step).count().max(1);
    (at, screens.len())
}

/// Whether the answers so far make the plan's first step certain, whatever else would be
/// asked: sexual violence now, less than 7 days ago or at a time the person is not sure
/// of (it may be within the 72 hours that count for medicine against HIV and pregnancy:
/// the plan says "call anyway"), or images of a minor. Not for someone worried about
/// their own behaviour, nor for a professional without consent.
pub fn first_step_certain(answers: &Answers) -> bool {
    let acute = answers.what.contains(&What::RapeOrAssault)
        && matches!(
            answers.when,
            Some(When::Now | When::Within72h | When::Within7d | When::Unsure)
        );
    let images_of_a_minor = answers.what.contains(&What::Online)
        && matches!(answers.age, Some(AgeBand::Under12 | AgeBand::From12To17));
    answers.role != Some(Role::OwnBehaviour)
        && answers.consent != Some(false)
        && (acute || images_of_a_minor)
}

/// Whether the answers on the screen `at` made the first step certain (it was not before).
fn became_certain(answers: &Answers, at: Step) -> bool {
    let mut before = answers.clone();
    for step in on_screen(at, answers) {
        clear(&mut before, step);
    }
    first_step_certain(answers) && !first_step_certain(&before)
}

/// The ids chosen for a question with options (none for the place).
pub fn chosen(answers: &Answers, step: Step) -> Vec<&'static str> {
    answer_fields::of_step(step).map_or_else(Vec::new, |field| (field.chosen)(answers))
}

/// Clears the answer to one question.
pub fn clear(answers: &mut Answers, step: Step) {
    match answer_fields::of_step(step) {
        Some(field) => (field.clear)(answers),
        None => answers.location = None,
    }
}

/// Moves on from the screen `at` after a press; the answers already hold what was chosen
/// there.
pub fn advance(answers: &mut Answers, at: Step, go: Go) -> Screen {
    match go {
        Go::Danger => {
            answers.danger_now = Some(true);
            return Screen::Question(at);
        }
        Go::Skip => {
            for step in on_screen(at, answers) {
                clear(answers, step);
            }
        }
        Go::Back => {
            let earlier = screens(answers).into_iter().rev().find(|s| *s < at);
            return Screen::Question(earlier.unwrap_or(Step::Role));
        }
        Go::Edit => return Screen::Question(at),
        Go::First if first_step_certain(answers) => return Screen::FirstStep(at),
        Go::First => return Screen::Question(at),
        Go::Plan => return Screen::Plan,
        Go::Next
            if answers.consent == Some(false)
                && on_screen(at, answers).contains(&Step::Consent) =>
        {
            return Screen::NoConsent;
        }
        Go::Next if became_certain(answers, at) => return Screen::FirstStep(at),
        Go::Next | Go::On => {}
    }
    for step in Step::ALL {
        if step > at && !applies(step, answers) {
            clear(answers, step);
        }
    }
    let role = answers.role;
    answers.needs.retain(|n| offered(*n, role));
    screens(answers)
        .into_iter()
        .find(|s| *s > at)
        .map_or(Screen::Plan, Screen::Question)
}

/// The typed place to look up before moving on: a postcode or municipality, when Next is
/// pressed on the place question. A place not found is asked again (see `PlaceCheck`).
pub fn place_to_check(answers: &Answers, step: Option<Step>, go: Option<Go>) -> Option<&Place> {
    let typed = answers.location.as_ref().filter(|p| p.text().is_some());
    (step == Some(Step::Place) && go == Some(Go::Next))
        .then_some(typed)
        .flatten()
}

/// The screen after a submitted form: the question that was on screen and the button
/// pressed, or none of these for a fresh start; Back and "danger now" also work from the
/// plan (no question on screen).
pub fn respond(answers: &mut Answers, step: Option<Step>, go: Option<Go>) -> Screen {
    match (step, go) {
        (Some(step), Some(go)) => advance(answers, step, go),
        (Some(step), None) => Screen::Question(step),
        (None, Some(Go::Back)) => {
            Screen::Question(screens(answers).last().copied().unwrap_or(Step::Role))
        }
        (None, Some(Go::Danger)) => {
            answers.danger_now = Some(true);
            Screen::Plan
        }
        (None, Some(Go::Plan)) => Screen::Plan,
        (None, _) => Screen::Question(Step::Role),
    }
}

/// The label of a role.
pub const fn role_label(role: Role) -> Text {
    match role {
        Role::Victim => Text::RoleVictim,
        Role::Relative => Text::RoleRelative,
        Role::Bystander => Text::RoleBystander,
        Role::OwnBehaviour => Text::RoleOwnBehaviour,
        Role::Professional => Text::RoleProfessional,
    }
}

/// What someone worried about their own behaviour can say, in words that accuse no one.
const OWN_BEHAVIOUR: [(What, Text); 6] = [
    (What::ThoughtsOnly, Text::OwnThoughtsOnly),
    (What::ChildAbuse, Text::OwnChildren),
    (What::Online, Text::OwnOnline),
    (What::RapeOrAssault, Text::OwnBoundaries),
    (What::Domestic, Text::OwnDomestic),
    (What::Unsure, Text::WhatUnsure),
];

/// The label of a kind of event.
pub const fn what_label(what: What) -> Text {
    match what {
        What::RapeOrAssault => Text::WhatRape,
        What::Harassment => Text::WhatHarassment,
        What::Online => Text::WhatOnline,
        What::ChildAbuse => Text::WhatChildAbuse,
        What::Domestic => Text::WhatDomestic,
        What::Exploitation => Text::WhatExploitation,
        What::ForcedMarriage => Text::WhatForcedMarriage,
        What::ThoughtsOnly => Text::OwnThoughtsOnly,
        What::Unsure => Text::WhatUnsure,
    }
}

/// The label of a setting.
pub const fn setting_label(setting: Setting) -> Text {
    match setting {
        Setting::Home => Text::SettingHome,
        Setting::Relationship => Text::SettingRelationship,
        Setting::Work => Text::SettingWork,
        Setting::School => Text::SettingSchool,
        Setting::StudentLife => Text::SettingStudentLife,
        Setting::Sport => Text::SettingSport,
        Setting::Church => Text::SettingChurch,
        Setting::Care => Text::SettingCare,
        Setting::Online => Text::SettingOnline,
        Setting::PublicSpace => Text::SettingPublicSpace,
        Setting::Nightlife => Text::SettingNightlife,
    }
}

/// The label of a moment.
pub const fn when_label(when: When) -> Text {
    match when {
        When::Now => Text::WhenNow,
        When::Ongoing => Text::WhenOngoing,
        When::Within72h => Text::When72h,
        When::Within7d => Text::When7d,
        When::LongerAgo => Text::WhenLonger,
        When::Unsure => Text::WhenUnsure,
    }
}

/// The label of an age band.
pub const fn age_label(age: AgeBand) -> Text {
    match age {
        AgeBand::Under12 => Text::AgeUnder12,
        AgeBand::From12To17 => Text::Age12To17,
        AgeBand::From18To24 => Text::Age18To24,
        AgeBand::From25 => Text::Age25Plus,
    }
}

/// The label of a need.
pub const fn need_label(need: Need) -> Text {
    match need {
        Need::Medical => Text::NeedMedical,
        Need::Talk => Text::NeedTalk,
        Need::Advice => Text::NeedAdvice,
        Need::ReportPolice => Text::NeedReportPolice,
        Need::ReportOther => Text::NeedReportOther,
        Need::Legal => Text::NeedLegal,
        Need::LongTermCare => Text::NeedLongTermCare,
        Need::StopBehaviour => Text::NeedStopBehaviour,
        Need::RemoveImages => Text::NeedRemoveImages,
        Need::SafePlace => Text::NeedSafePlace,
        Need::SuicidalThoughts => Text::NeedSuicidalThoughts,
        Need::Emergency => Text::NeedEmergency,
    }
}

/// The label of a way of contact.
pub const fn contact_label(way: ContactWay) -> Text {
    match way {
        ContactWay::Phone => Text::ContactPhone,
        ContactWay::Chat => Text::ContactChat,
        ContactWay::InPerson => Text::ContactInPerson,
        ContactWay::Email => Text::ContactEmail,
        ContactWay::Anonymous => Text::ContactAnonymous,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(role: Option<Role>, what: &[What]) -> Answers {
        Answers {
            role,
            what: what.to_vec(),
            ..Answers::default()
        }
    }

    #[test]
    fn only_someone_worried_about_their_own_behaviour_is_offered_to_stop_it() {
        let offered = |role| {
            Step::Needs
                .options(role)
                .iter()
                .any(|(id, _)| *id == "stop_behaviour")
        };
        assert!(offered(Some(Role::OwnBehaviour)));
        let mut changed = answers(Some(Role::OwnBehaviour), &[What::ThoughtsOnly]);
        changed.needs = vec![Need::StopBehaviour, Need::Talk];
        changed.role = Some(Role::Relative);
        advance(&mut changed, Step::Role, Go::Next);
        assert_eq!(
            changed.needs,
            [Need::Talk],
            "not kept once the role changed"
        );
        assert!(offered(None), "who is asking was not said");
        for role in [
            Role::Victim,
            Role::Relative,
            Role::Bystander,
            Role::Professional,
        ] {
            assert!(!offered(Some(role)), "{role:?}");
            assert!(Step::Needs.options(Some(role)).len() > 8, "{role:?}");
        }
    }

    #[test]
    fn someone_worried_about_their_own_behaviour_gets_words_that_accuse_no_one() {
        let own = Step::What.options(Some(Role::OwnBehaviour));
        assert_eq!(own.first(), Some(&("thoughts_only", Text::OwnThoughtsOnly)));
        assert!(!own.iter().any(|(_, label)| *label == Text::WhatRape));
        for role in [None, Some(Role::Victim), Some(Role::Bystander)] {
            let options = Step::What.options(role);
            assert!(
                !options.iter().any(|(id, _)| *id == "thoughts_only"),
                "{role:?}"
            );
            assert!(options.iter().any(|(_, label)| *label == Text::WhatRape));
        }
    }

    #[test]
    fn no_path_has_more_than_seven_questions_on_six_screens() {
        let whats: Vec<Vec<What>> = std::iter::once(Vec::new())
            .chain(What::ALL.iter().map(|w| vec![*w]))
            .chain([vec![What::Harassment, What::RapeOrAssault]])
            .collect();
        for role in std::iter::once(None).chain(Role::ALL.iter().copied().map(Some)) {
            for what in &whats {
                let a = answers(role, what);
                let questions: Vec<Step> = path(&a)
                    .into_iter()
                    .filter(|s| *s != Step::Consent)
                    .collect();
                assert!(questions.len() <= 7, "{role:?} {what:?}: {questions:?}");
                let screens = screens(&a);
                assert!(screens.len() <= 6, "{role:?} {what:?}: {screens:?}");
                assert_eq!(screens.first(), Some(&Step::Role));
            }
        }
    }

    #[test]
    fn the_contact_wish_shares_the_needs_screen_and_what_the_consent_gate() {
        let victim = answers(Some(Role::Victim), &[]);
        assert_eq!(
            on_screen(Step::Needs, &victim),
            [Step::Needs, Step::Contact]
        );
        assert_eq!(on_screen(Step::What, &victim), [Step::What]);
        assert!(!screens(&victim).contains(&Step::Contact));
        let professional = answers(Some(Role::Professional), &[]);
        assert_eq!(
            on_screen(Step::Consent, &professional),
            [Step::Consent, Step::What]
        );
        assert!(!screens(&professional).contains(&Step::What));
        let mut skipped = Answers {
            needs: vec![Need::Talk],
            contact: vec![ContactWay::Chat],
            ..victim
        };
        assert_eq!(advance(&mut skipped, Step::Needs, Go::Skip), Screen::Plan);
        assert!(skipped.needs.is_empty() && skipped.contact.is_empty());
    }

    #[test]
    fn the_first_step_comes_as_soon_as_it_is_certain_and_only_once() {
        let mut a = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        a.when = Some(When::Within72h);
        assert_eq!(
            advance(&mut a, Step::When, Go::Next),
            Screen::FirstStep(Step::When)
        );
        assert_eq!(
            advance(&mut a, Step::When, Go::On),
            Screen::Question(Step::Age)
        );
        assert_eq!(
            advance(&mut a, Step::Age, Go::Next),
            Screen::Question(Step::Place),
            "already certain before the age: not again"
        );
        assert_eq!(
            advance(&mut a, Step::When, Go::Edit),
            Screen::Question(Step::When)
        );
        assert_eq!(
            advance(&mut a, Step::When, Go::First),
            Screen::FirstStep(Step::When)
        );
        let mut images = answers(Some(Role::Relative), &[What::Online]);
        assert_eq!(
            advance(&mut images, Step::When, Go::Next),
            Screen::Question(Step::Age)
        );
        images.age = Some(AgeBand::From12To17);
        assert_eq!(
            advance(&mut images, Step::Age, Go::Next),
            Screen::FirstStep(Step::Age)
        );
        let mut longer_ago = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        longer_ago.when = Some(When::LongerAgo);
        assert_eq!(
            advance(&mut longer_ago, Step::When, Go::Next),
            Screen::Question(Step::Age)
        );
        let mut own = answers(Some(Role::OwnBehaviour), &[What::Online]);
        own.age = Some(AgeBand::From12To17);
        assert_eq!(
            advance(&mut own, Step::Age, Go::Next),
            Screen::Question(Step::Place)
        );
        let mut unanswered = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        assert_eq!(
            advance(&mut unanswered, Step::When, Go::First),
            Screen::Question(Step::When),
            "not certain: the question again"
        );
        let mut unsure = answers(Some(Role::Relative), &[What::RapeOrAssault]);
        unsure.when = Some(When::Unsure);
        assert_eq!(
            advance(&mut unsure, Step::When, Go::Next),
            Screen::FirstStep(Step::When),
            "not sure when: it may be within 72 hours"
        );
        let mut ongoing = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        ongoing.when = Some(When::Ongoing);
        assert_eq!(
            advance(&mut ongoing, Step::When, Go::Next),
            Screen::Question(Step::Age)
        );
    }

    #[test]
    fn questions_follow_the_role_and_the_answers() {
        let own = answers(Some(Role::OwnBehaviour), &[What::Online]);
        assert!(
            !path(&own).contains(&Step::When),
            "no 'when' for own behaviour"
        );
        let harassed = answers(Some(Role::Victim), &[What::Harassment]);
        assert!(path(&harassed).contains(&Step::Setting));
        assert!(!path(&harassed).contains(&Step::When));
        let raped = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        assert!(path(&raped).contains(&Step::When));
        assert!(!path(&raped).contains(&Step::Setting));
    }

    #[test]
    fn next_back_skip_and_danger() {
        let mut a = answers(Some(Role::Victim), &[What::Harassment]);
        assert_eq!(
            advance(&mut a, Step::What, Go::Next),
            Screen::Question(Step::Setting)
        );
        assert_eq!(
            advance(&mut a, Step::Setting, Go::Back),
            Screen::Question(Step::What)
        );
        assert_eq!(
            advance(&mut a, Step::Role, Go::Back),
            Screen::Question(Step::Role)
        );
        a.age = Some(AgeBand::From18To24);
        assert_eq!(
            advance(&mut a, Step::Age, Go::Skip),
            Screen::Question(Step::Place)
        );
        assert_eq!(a.age, None, "skipping clears the answer");
        assert_eq!(
            advance(&mut a, Step::Place, Go::Danger),
            Screen::Question(Step::Place)
        );
        assert_eq!(a.danger_now, Some(true));
        assert_eq!(advance(&mut a, Step::Needs, Go::Next), Screen::Plan);
    }

    #[test]
    fn a_typed_place_is_looked_up_only_when_going_on_from_the_place_question() {
        let typed = Answers {
            location: Place::from_text("Utrect"),
            ..Answers::default()
        };
        let next = (Some(Step::Place), Some(Go::Next));
        assert_eq!(
            place_to_check(&typed, next.0, next.1),
            typed.location.as_ref()
        );
        assert_eq!(
            place_to_check(&typed, Some(Step::Place), Some(Go::Skip)),
            None
        );
        assert_eq!(
            place_to_check(&typed, Some(Step::Needs), Some(Go::Next)),
            None
        );
        let island = Answers {
            location: Some(Place::Island {
                island: crate::vocab::Island::Saba,
            }),
            ..Answers::default()
        };
        assert_eq!(place_to_check(&island, next.0, next.1), None);
    }

    #[test]
    fn a_screen_s_history_key_names_only_the_screen() {
        let screens = Step::ALL
            .into_iter()
            .flat_map(|s| [Screen::Question(s), Screen::FirstStep(s)])
            .chain([Screen::Plan, Screen::Overview, Screen::NoConsent]);
        for screen in screens {
            assert_eq!(Screen::from_key(&screen.key()), Some(screen));
        }
        assert_eq!(Screen::Question(Step::Place).key(), "place");
        assert_eq!(Screen::from_key("<script>"), None);
    }

    #[test]
    fn answers_to_questions_no_longer_asked_are_dropped() {
        let mut a = answers(Some(Role::Victim), &[What::RapeOrAssault]);
        a.setting = vec![Setting::Sport];
        advance(&mut a, Step::What, Go::Next);
        assert!(a.setting.is_empty());
    }

    #[test]
    fn a_professional_without_consent_gets_no_plan() {
        let mut a = answers(Some(Role::Professional), &[]);
        assert_eq!(
            advance(&mut a, Step::Role, Go::Next),
            Screen::Question(Step::Consent)
        );
        a.consent = Some(false);
        assert_eq!(advance(&mut a, Step::Consent, Go::Next), Screen::NoConsent);
        a.consent = Some(true);
        assert_eq!(
            advance(&mut a, Step::Consent, Go::Next),
            Screen::Question(Step::When)
        );
        assert_eq!(
            progress(Step::When, &a),
            (3, 6),
            "consent and what share a screen"
        );
        let mut victim = answers(Some(Role::Victim), &[]);
        assert_eq!(
            advance(&mut victim, Step::Role, Go::Next),
            Screen::Question(Step::What)
        );
    }

    #[test]
    fn progress_counts_the_person_s_own_path() {
        let a = answers(Some(Role::OwnBehaviour), &[What::Online]);
        assert_eq!(progress(Step::Role, &a), (1, 5));
        assert_eq!(progress(Step::Age, &a), (3, 5));
    }
}
