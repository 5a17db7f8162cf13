//! The plan's options: the services the rules suggested, kept only when they serve this
//! person, weighed, ordered (contact wishes, then "open now"), and written out with their
//! reasons and contacts, a regional unit standing in for its national service.

use super::{
    MAX_STEPS, Triage,
    rules::{Facts, RULES, Why},
    say,
};
use crate::{
    directory::{
        hours::At,
        model::{Channel, Organisation, Service},
        present::{contact_view, referral_view},
        reach::Reach,
    },
    regions::Resolution,
};
use hulpwijzer_core::{
    i18n::{Lang, facts::hours_text},
    triage::plan::{PlanContact, PlanStep},
    vocab::{ContactWay, Role},
};

/// A reason about the person's own contact wishes: said to them, or to a professional
/// about their client.
struct Wish {
    you: Why,
    client: Why,
}

impl Wish {
    /// The words for this person.
    fn to(&self, facts: &Facts) -> Why {
        if facts.answers.role == Some(Role::Professional) {
            self.client
        } else {
            self.you
        }
    }
}

const CHAT: Wish = Wish {
    you: Why {
        nl: "Je kunt hier chatten, zoals je wilde.",
        en: "You can chat here, as you wanted.",
    },
    client: Why {
        nl: "Uw cliënt kan hier chatten, zoals gewenst.",
        en: "Your client can chat here, as they wished.",
    },
};
const ANONYMOUS: Wish = Wish {
    you: Why {
        nl: "Je kunt hier anoniem blijven, zoals je wilde.",
        en: "You can stay anonymous here, as you wanted.",
    },
    client: Why {
        nl: "Uw cliënt kan hier anoniem blijven, zoals gewenst.",
        en: "Your client can stay anonymous here, as they wished.",
    },
};
const YOUR_REGION: Wish = Wish {
    you: Why {
        nl: "Voor jouw regio:",
        en: "For your region:",
    },
    client: Why {
        nl: "Voor de regio van uw cliënt:",
        en: "For your client's region:",
    },
};
const OPEN_INSTEAD: Why = Why {
    nl: "Nu open, terwijl een andere goede optie nu gesloten is.",
    en: "Open now. Another good option is closed at the moment.",
};
const OPEN_NOT_STALE: Why = Why {
    nl: "Nu open. Van een andere goede optie zijn de openingstijden oud, dus we weten niet of die nu open is.",
    en: "Open now. Another good option has old opening hours, so we do not know whether it is open now.",
};
const OPEN_NOT_UNKNOWN: Why = Why {
    nl: "Nu open. Van een andere goede optie weten we niet wanneer die open is.",
    en: "Open now. For another good option we do not know when it is open.",
};
const CHAT_OPEN: Why = Why {
    nl: "De chat is nu open.",
    en: "The chat is open now.",
};
const NO_CHAT_OPEN: Wish = Wish {
    you: Why {
        nl: "Je wilde chatten, maar we weten van geen chat die nu open is. Deze hulp is nu wel open.",
        en: "You wanted to chat, but we know of no chat that is open now. This help is open now.",
    },
    client: Why {
        nl: "Uw cliënt wilde chatten, maar we weten van geen chat die nu open is. Deze hulp is nu wel open.",
        en: "Your client wanted to chat, but we know of no chat that is open now. This help is open now.",
    },
};

/// A suggested service with its weight and the rules that suggested it.
struct Candidate<'a> {
    org: &'a Organisation,
    service: &'a Service,
    score: i32,
    rules: Vec<usize>,
    why: Vec<(u16, Why)>,
}

/// Whether a service serves this person: their role, their age band and their place
/// (national help when no place is known).
fn serves(service: &Service, facts: &Facts, place: Option<&Resolution>) -> bool {
    let answers = facts.answers;
    if answers
        .role
        .is_some_and(|r| !service.audiences.contains(&r))
        && !for_the_client(service, facts, place)
    {
        return false;
    }
    if let (Some(band), Some(range)) = (answers.age, service.age) {
        let (young, old) = band.years();
        if range.min.is_some_and(|min| old < min) || range.max.is_some_and(|max| young > max) {
            return false;
        }
    }
    Reach::of(service, place).serves()
}

/// A professional on Bonaire, Sint Eustatius or Saba (with the client's consent) is also
/// shown the island's own help for victims, as the place the client can go themselves:
/// the facts name professionals as the audience of no service there, and without this a
/// professional on an island got only help from afar. It claims no referral route: the
/// reasons speak of what the client can do (`for_client`).
fn for_the_client(service: &Service, facts: &Facts, place: Option<&Resolution>) -> bool {
    facts.answers.role == Some(Role::Professional)
        && facts.answers.consent != Some(false)
        && facts.island.is_some()
        && service.audiences.contains(&Role::Victim)
        && Reach::of(service, place) == Reach::Here
}

fn has_channel(service: &Service, channel: Channel) -> bool {
    service.contacts.iter().any(|c| c.channel == channel)
}

/// Contact wishes and missing contacts move a service up or down.
fn adjust(c: &mut Candidate, facts: &Facts) {
    let wants = |way| facts.answers.contact.contains(&way);
    if wants(ContactWay::Chat) && has_channel(c.service, Channel::Chat) {
        c.score += 12;
        c.why.push((0, CHAT.to(facts)));
    }
    if facts.anonymous() {
        match c.service.anonymity() {
            Some(true) => {
                c.score += 25;
                c.why.push((0, ANONYMOUS.to(facts)));
            }
            Some(false) => c.score -= 25,
            None => {}
        }
    }
    let channels = [
        (ContactWay::Phone, Channel::Phone),
        (ContactWay::Email, Channel::Email),
        (ContactWay::InPerson, Channel::WalkIn),
    ];
    if channels
        .iter()
        .any(|(way, channel)| wants(*way) && has_channel(c.service, *channel))
    {
        c.score += 5;
    }
    if c.service.contacts.is_empty() {
        c.score -= 30;
    }
}

/// The contacts of a service for the plan: confirmed ones first, chat first when chat was
/// chosen.
pub fn contacts(
    service: &Service,
    wanted: &[ContactWay],
    lang: Lang,
    at: At<'_>,
) -> Vec<PlanContact> {
    let chat_first = wanted.contains(&ContactWay::Chat);
    let mut list: Vec<_> = service.contacts.iter().collect();
    list.sort_by_key(|c| (!c.confirmed, !(chat_first && c.channel == Channel::Chat)));
    list.into_iter()
        .map(|c| {
            let view = contact_view(c, lang, at);
            let known = view.always_open || !view.weekly.is_empty();
            PlanContact {
                hours: known.then(|| {
                    if view.always_open {
                        "24/7".to_owned()
                    } else {
                        hours_text(lang, false, &view.weekly)
                    }
                }),
                free: c.free(),
                view,
            }
        })
        .collect()
}

/// A regional unit's contacts, then those of its national service that it does not have
/// itself (the national chat, say).
fn unit_contacts(
    unit: &Service,
    national: &Service,
    wanted: &[ContactWay],
    lang: Lang,
    at: At<'_>,
) -> Vec<PlanContact> {
    let mut list = contacts(unit, wanted, lang, at);
    if unit.id != national.id {
        for contact in contacts(national, wanted, lang, at) {
            if !list.iter().any(|c| c.view.value == contact.view.value) {
                list.push(contact);
            }
        }
    }
    let chat_first = wanted.contains(&ContactWay::Chat);
    list.sort_by_key(|c| {
        let c = &c.view;
        (!c.confirmed, !(chat_first && c.channel == Channel::Chat))
    });
    list
}

/// One option, with a regional unit standing in for a national service where there is one.
fn step(
    c: &Candidate,
    facts: &Facts,
    place: Option<&Resolution>,
    lang: Lang,
    at: At<'_>,
) -> PlanStep {
    let unit = place
        .and_then(|p| {
            c.org.services.iter().find(|s| {
                !s.coverage.national
                    && Reach::of(s, Some(p)) == Reach::Here
                    && s.needs == c.service.needs
            })
        })
        .filter(|_| c.service.coverage.national)
        .unwrap_or(c.service);
    let mut reasons = c.why.clone();
    reasons.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    let mut why: Vec<String> = Vec::new();
    for (_, reason) in reasons {
        let text = say(lang, reason);
        if !why.contains(&text) {
            why.push(text);
        }
    }
    if let Some(place) = place.filter(|p| Reach::of(unit, Some(p)) == Reach::Here) {
        let name = place.place_name().unwrap_or_default();
        why.push(format!("{} {name}.", say(lang, YOUR_REGION.to(facts))));
    }
    PlanStep {
        rank: 0,
        service_id: c.org.id.clone(),
        unit_id: unit.id.clone(),
        name: unit.name.get(lang).to_owned(),
        organisation: c.org.name.clone(),
        description: unit.description.get(lang).to_owned(),
        unconfirmed: unit.unconfirmed.as_ref().map(|u| u.get(lang).to_owned()),
        why,
        contacts: unit_contacts(unit, c.service, &facts.answers.contact, lang, at),
        distance_km: None,
        referral: c
            .org
            .referral
            .as_ref()
            .filter(|_| facts.answers.role == Some(Role::Professional))
            .map(|r| referral_view(r, lang)),
    }
}

/// The ranked options for the rules that applied.
pub(super) fn ranked(
    triage: &Triage,
    facts: &Facts,
    place: Option<&Resolution>,
    applied: &[usize],
    lang: Lang,
    at: At<'_>,
) -> Vec<PlanStep> {
    let mut candidates: Vec<Candidate> = Vec::new();
    for &index in applied {
        let Some(rule) = RULES.get(index) else {
            continue;
        };
        for (id, weight) in rule.suggest {
            let Some((org, service)) = triage.service(id) else {
                continue;
            };
            if !serves(service, facts, place) {
                continue;
            }
            let at = match candidates.iter().position(|c| c.service.id == service.id) {
                Some(at) => at,
                None => {
                    candidates.push(Candidate {
                        org,
                        service,
                        score: 0,
                        rules: Vec::new(),
                        why: Vec::new(),
                    });
                    candidates.len() - 1
                }
            };
            if let Some(c) = candidates.get_mut(at) {
                c.score += i32::from(*weight);
                c.rules.push(index);
                c.why.push((*weight, facts.reason(rule)));
            }
        }
    }
    for c in &mut candidates {
        adjust(c, facts);
    }
    // On the islands national help comes after the island's own, whatever its score
    // (`Reach::NationalFromAfar`; there is no Centrum Seksueel Geweld there, for one).
    let from_afar = |c: &Candidate| Reach::of(c.service, place) == Reach::NationalFromAfar;
    candidates.sort_by(|a, b| {
        from_afar(a)
            .cmp(&from_afar(b))
            .then_with(|| b.score.cmp(&a.score))
            .then_with(|| a.service.id.cmp(&b.service.id))
    });
    candidates.truncate(MAX_STEPS);
    let mut options: Vec<Ranked> = candidates
        .iter()
        .map(|c| (step(c, facts, place, lang, at), c.rules.as_slice()))
        .collect();
    open_first(&mut options, lang);
    if facts.answers.contact.contains(&ContactWay::Chat) {
        chat_that_is_open(&mut options, facts, lang);
    }
    let mut steps: Vec<PlanStep> = options.into_iter().map(|(step, _)| step).collect();
    if place.is_some_and(|p| p.island.is_some()) {
        for_the_islands(&mut steps, lang);
    }
    for (rank, step) in steps.iter_mut().enumerate() {
        step.rank = u8::try_from(rank + 1).unwrap_or(u8::MAX);
    }
    steps
}

/// Said next to a number that may not work from the islands.
const MAY_FAIL_ON_THE_ISLANDS: Why = Why {
    nl: "Dit nummer werkt misschien niet vanaf Bonaire, Sint Eustatius en Saba.",
    en: "This number may not work from Bonaire, Sint Eustatius and Saba.",
};

/// Whether a plan contact is a phone number that may not work from the islands.
pub fn may_fail_from_the_islands(contact: &PlanContact) -> bool {
    contact.view.channel == Channel::Phone
        && crate::directory::phone::parse(&contact.view.value)
            .is_ok_and(|phone| phone.may_fail_from_the_islands())
}

/// On Bonaire, Sint Eustatius and Saba: numbers that may not work there come after the
/// contacts that do and carry a note, and the first option is one whose first contact
/// works there (when the plan has one).
pub(super) fn for_the_islands(steps: &mut [PlanStep], lang: Lang) {
    for step in steps.iter_mut() {
        step.contacts.sort_by_key(may_fail_from_the_islands);
        for contact in step
            .contacts
            .iter_mut()
            .filter(|c| may_fail_from_the_islands(c))
        {
            let note = say(lang, MAY_FAIL_ON_THE_ISLANDS);
            contact.view.note = Some(match contact.view.note.take() {
                Some(other) => format!("{note} {other}"),
                None => note,
            });
        }
    }
    let works = |step: &PlanStep| {
        step.contacts
            .first()
            .is_some_and(|c| !may_fail_from_the_islands(c))
    };
    if let Some(at) = steps.iter().position(works) {
        steps[..=at].rotate_right(1);
    }
}

/// An option and the rules that suggested it.
type Ranked<'a> = (PlanStep, &'a [usize]);

/// A first option that is closed now, or whose hours are not known or too old to tell,
/// gives way to the best open option that a same rule suggested (an equivalent).
fn open_first(options: &mut Vec<Ranked>, lang: Lang) {
    let Some((first, _)) = options.first() else {
        return;
    };
    let stale = first
        .contacts
        .iter()
        .any(|c| c.view.stale_hours_year.is_some());
    let reason = match first.open_now() {
        Some(false) => OPEN_INSTEAD,
        None if stale => OPEN_NOT_STALE,
        None => OPEN_NOT_UNKNOWN,
        Some(true) => return,
    };
    if let Some(at) = equivalent(options, |s| s.open_now() == Some(true)) {
        move_first(options, at, say(lang, reason));
    }
}

/// The position of the best later option that a same rule as the first suggested and that
/// passes `test`.
fn equivalent(options: &[Ranked], test: impl Fn(&PlanStep) -> bool) -> Option<usize> {
    let (_, first_rules) = options.first()?;
    let mut later = options.iter().skip(1);
    later
        .position(|(s, rules)| test(s) && rules.iter().any(|r| first_rules.contains(r)))
        .map(|i| i + 1)
}

/// Moves the option at `at` to the front, with `why` as its first reason.
fn move_first(options: &mut Vec<Ranked>, at: usize, why: String) {
    let mut option = options.remove(at);
    option.0.why.insert(0, why);
    options.insert(0, option);
}

fn open_chat(contact: &PlanContact) -> bool {
    contact.view.channel == Channel::Chat && contact.view.open_now == Some(true)
}

/// For a person who asked for chat: the first option should start with a chat that is open
/// now. Otherwise an equivalent option whose chat is open comes first; failing that, the
/// first option starts with a contact that is open now instead of a closed chat, and when
/// no option in the plan has a chat that is open now, the plan says so in one line.
fn chat_that_is_open(options: &mut Vec<Ranked>, facts: &Facts, lang: Lang) {
    let Some((first, _)) = options.first() else {
        return;
    };
    if first.contacts.first().is_some_and(open_chat) {
        return;
    }
    if !first.contacts.iter().any(open_chat)
        && let Some(at) = equivalent(options, |s| s.contacts.iter().any(open_chat))
    {
        move_first(options, at, say(lang, CHAT_OPEN));
    }
    let no_chat_open = !options
        .iter()
        .any(|(s, _)| s.contacts.iter().any(open_chat));
    let Some((first, _)) = options.first_mut() else {
        return;
    };
    // Open chats, then other open contacts, then the rest, each in their earlier order.
    first
        .contacts
        .sort_by_key(|c| (!open_chat(c), c.view.open_now != Some(true)));
    if no_chat_open
        && first
            .contacts
            .first()
            .is_some_and(|c| c.view.open_now == Some(true))
    {
        let can_chat = say(lang, CHAT.to(facts));
        first.why.retain(|why| *why != can_chat);
        first.why.insert(0, say(lang, NO_CHAT_OPEN.to(facts)));
    }
}
