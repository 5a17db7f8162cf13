//! The questionnaire in one place: its questions and options, which questions a person is
//! asked (they follow the answers), and how Next, Back, Skip and "danger now" move
//! through them. At most seven questions are asked on any path; a professional first
//! passes the consent step, a gate rather than a question about the situation.

use super::Answers;
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
}

/// What to show after a press.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Screen {
    Question(Step),
    Plan,
    /// A professional's client has not consented: what to do instead, and nothing more.
    NoConsent,
}

impl Default for Screen {
    fn default() -> Screen {
        Screen::Question(Step::Role)
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

    /// Whether more than one option may be chosen.
    pub const fn multiple(self) -> bool {
        matches!(
            self,
            Step::What | Step::Setting | Step::Needs | Step::Contact
        )
    }

    /// The question, worded for who is asking.
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
            Step::Needs if role == Some(Role::Professional) => Text::QNeedsClient,
            Step::Needs => Text::QNeeds,
            Step::Contact if role == Some(Role::Professional) => Text::QContactClient,
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
    /// feelings"; everyone else gets the events as they happen to people.
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
                .map(|n| (n.id(), need_label(n)))
                .collect(),
            Step::Contact => ContactWay::ALL
                .iter()
                .map(|c| (c.id(), contact_label(*c)))
                .collect(),
        }
    }
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

/// The questions about the situation on this person's path (the consent gate left out).
fn questions(answers: &Answers) -> Vec<Step> {
    path(answers)
        .into_iter()
        .filter(|s| *s != Step::Consent)
        .collect()
}

/// Where `step` is among the person's questions, 1-based, and how many there are.
pub fn progress(step: Step, answers: &Answers) -> (usize, usize) {
    let path = questions(answers);
    let at = path.iter().filter(|s| **s <= step).count().max(1);
    (at, path.len())
}

/// The ids chosen for a question with options.
pub fn chosen(answers: &Answers, step: Step) -> Vec<&'static str> {
    match step {
        Step::Role => answers.role.map(Role::id).into_iter().collect(),
        Step::Consent => answers
            .consent
            .map(|c| if c { "yes" } else { "no" })
            .into_iter()
            .collect(),
        Step::What => answers.what.iter().map(|w| w.id()).collect(),
        Step::Setting => answers.setting.iter().map(|s| s.id()).collect(),
        Step::When => answers.when.map(When::id).into_iter().collect(),
        Step::Age => answers.age.map(AgeBand::id).into_iter().collect(),
        Step::Place => Vec::new(),
        Step::Needs => answers.needs.iter().map(|n| n.id()).collect(),
        Step::Contact => answers.contact.iter().map(|c| c.id()).collect(),
    }
}

/// Clears the answer to one question.
pub fn clear(answers: &mut Answers, step: Step) {
    match step {
        Step::Role => answers.role = None,
        Step::Consent => answers.consent = None,
        Step::What => answers.what.clear(),
        Step::Setting => answers.setting.clear(),
        Step::When => answers.when = None,
        Step::Age => answers.age = None,
        Step::Place => answers.location = None,
        Step::Needs => answers.needs.clear(),
        Step::Contact => answers.contact.clear(),
    }
}

/// Moves on from `at` after a press; the answers already hold what was chosen on `at`.
pub fn advance(answers: &mut Answers, at: Step, go: Go) -> Screen {
    match go {
        Go::Danger => {
            answers.danger_now = Some(true);
            return Screen::Question(at);
        }
        Go::Skip => clear(answers, at),
        Go::Back => {
            let earlier = path(answers).into_iter().rev().find(|s| *s < at);
            return Screen::Question(earlier.unwrap_or(Step::Role));
        }
        Go::Plan => return Screen::Plan,
        Go::Next if at == Step::Consent && answers.consent == Some(false) => {
            return Screen::NoConsent;
        }
        Go::Next => {}
    }
    for step in Step::ALL {
        if step > at && !applies(step, answers) {
            clear(answers, step);
        }
    }
    path(answers)
        .into_iter()
        .find(|s| *s > at)
        .map_or(Screen::Plan, Screen::Question)
}

/// The screen after a submitted form: the question that was on screen and the button
/// pressed, or none of these for a fresh start; Back and "danger now" also work from the
/// plan (no question on screen).
pub fn respond(answers: &mut Answers, step: Option<Step>, go: Option<Go>) -> Screen {
    match (step, go) {
        (Some(step), Some(go)) => advance(answers, step, go),
        (Some(step), None) => Screen::Question(step),
        (None, Some(Go::Back)) => {
            Screen::Question(path(answers).last().copied().unwrap_or(Step::Role))
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
    fn no_path_has_more_than_seven_questions() {
        let whats: Vec<Vec<What>> = std::iter::once(Vec::new())
            .chain(What::ALL.iter().map(|w| vec![*w]))
            .chain([vec![What::Harassment, What::RapeOrAssault]])
            .collect();
        for role in std::iter::once(None).chain(Role::ALL.iter().copied().map(Some)) {
            for what in &whats {
                let path = questions(&answers(role, what));
                assert!(path.len() <= 7, "{role:?} {what:?}: {path:?}");
                assert_eq!(path.first(), Some(&Step::Role));
            }
        }
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
        assert_eq!(advance(&mut a, Step::Contact, Go::Next), Screen::Plan);
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
            Screen::Question(Step::What)
        );
        assert_eq!(
            progress(Step::What, &a),
            (2, 7),
            "the gate is not a question"
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
        assert_eq!(progress(Step::Role, &a), (1, 6));
        assert_eq!(progress(Step::Age, &a), (3, 6));
    }
}
