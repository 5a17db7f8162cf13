//! The random part of the generator: an organisation of one to four services, each
//! with needs, audiences, kinds of events, settings, an age range, municipalities, cost,
//! anonymity, languages and one to three contacts with hours, and Dutch and English names
//! and descriptions put together from [`super::vocab`].

use super::{
    Municipality,
    spec::{Both, ContactSpec, HoursSpec, OrgSpec, ServiceSpec},
    vocab::{self, AREA_CODES, EXTRAS, HELP, Help, KINDS, TOPICS, audience},
};
use crate::rng::Rng;
use hulpwijzer_core::vocab::{Channel, Cost, Day, Need, Role, Setting};

/// The web site of a generated organisation.
pub fn site(id: &str) -> String {
    format!("https://{id}.voorbeeld.nl")
}

/// A contact's value: a free 0800 number for free help, else a local one; a mobile
/// number for WhatsApp; an address on the organisation's site otherwise.
pub fn contact_value(channel: Channel, org: &str, cost: Cost, n: u64) -> String {
    let digits = |count: usize| -> String {
        let mut x = n.wrapping_mul(2_654_435_761).wrapping_add(12_345);
        (0..count)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                char::from(b'0' + ((x >> 33) % 10) as u8)
            })
            .collect()
    };
    match channel {
        Channel::Phone if cost == Cost::Free => format!("0800-{}", digits(4)),
        Channel::Phone => {
            let area = AREA_CODES[(n % AREA_CODES.len() as u64) as usize];
            let d = digits(7);
            format!("{area}-{} {} {}", &d[..3], &d[3..5], &d[5..])
        }
        Channel::Whatsapp => format!("06-{}", digits(8)),
        Channel::Email => format!("info@{org}.voorbeeld.nl"),
        Channel::Chat => format!("{}/chat", site(org)),
        Channel::OnlineForm => format!("{}/melden", site(org)),
        Channel::WalkIn => format!("{}/adres", site(org)),
        Channel::Website => site(org),
    }
}

const ROLES: &[Role] = &[
    Role::Victim,
    Role::Relative,
    Role::Bystander,
    Role::Professional,
    Role::OwnBehaviour,
];

const CHANNELS: &[Channel] = &[
    Channel::Phone,
    Channel::Chat,
    Channel::Email,
    Channel::Website,
    Channel::WalkIn,
    Channel::OnlineForm,
    Channel::Whatsapp,
];

const AGES: &[(Option<u8>, Option<u8>)] = &[
    (None, Some(17)),
    (Some(12), Some(23)),
    (Some(18), None),
    (Some(0), Some(11)),
    (Some(16), Some(27)),
    (Some(55), None),
];

const LANGUAGES: &[&[&str]] = &[&[], &["nl"], &["nl", "en"], &["nl", "en", "ar", "tr"]];

pub fn random_org(rng: &mut Rng, index: usize, count: usize, places: &[&Municipality]) -> OrgSpec {
    let id = format!("gen-{index:06}");
    let kind = rng.pick(KINDS);
    let topic = rng.pick(TOPICS);
    let home = *rng.pick(places);
    let words = rng.some(topic.nl, 2);
    let words_en = rng.some(topic.en, 2);
    let description = Both {
        nl: format!(
            "{} voor {} in {} en omgeving.",
            kind.nl,
            words.join(" en "),
            home.name
        ),
        en: format!(
            "{} for {} in {} and the surrounding area.",
            kind.en,
            words_en.join(" and "),
            home.name
        ),
    };
    let services = (1..=count)
        .map(|n| random_service(rng, &id, n, topic, home, places))
        .collect();
    OrgSpec {
        website: site(&id),
        name: format!("{} {} {}", kind.nl, topic.title, home.name),
        id,
        description,
        services,
    }
}

fn random_service(
    rng: &mut Rng,
    org: &str,
    n: usize,
    topic: &vocab::Topic,
    home: &Municipality,
    places: &[&Municipality],
) -> ServiceSpec {
    let helps: Vec<&Help> = {
        let picked = rng.several(&(0..HELP.len()).collect::<Vec<_>>(), 1, 3);
        picked.into_iter().map(|i| &HELP[i]).collect()
    };
    let needs: Vec<Need> = helps.iter().map(|h| h.need).collect();
    let mut audiences = vec![Role::Victim];
    audiences.extend(rng.several(&ROLES[1..], 0, 2));
    if needs.contains(&Need::StopBehaviour) {
        audiences = vec![Role::OwnBehaviour];
    }
    let mut what: Vec<_> = topic.what.into_iter().collect();
    if rng.chance(20)
        && let Some(other) = rng.pick(TOPICS).what
        && !what.contains(&other)
    {
        what.push(other);
    }
    let settings: Vec<Setting> = if rng.chance(30) {
        rng.several(Setting::ALL, 1, 2)
    } else {
        Vec::new()
    };
    let mut municipalities = vec![home.code.clone()];
    for _ in 0..rng.below(3) {
        let other = rng.pick(places);
        if !municipalities.contains(&other.code) {
            municipalities.push(other.code.clone());
        }
    }
    let cost = *rng.pick(&[
        Cost::Free,
        Cost::Free,
        Cost::LocalRate,
        Cost::Unknown,
        Cost::Paid,
    ]);
    let anonymous = match rng.below(10) {
        0..=2 => Some(true),
        3..=4 => Some(false),
        _ => None,
    };
    let id = format!("{org}-{n}");
    let seq = rng.next_u64();
    let contacts: Vec<ContactSpec> = rng
        .several(CHANNELS, 1, 3)
        .into_iter()
        .enumerate()
        .map(|(i, channel)| ContactSpec {
            channel,
            value: contact_value(channel, org, cost, seq.wrapping_add(i as u64)),
            cost: None,
            hours: random_hours(rng, channel),
            confirmed: rng.chance(80),
            source: format!("{}/contact", site(org)),
        })
        .collect();
    let word = rng.pick(topic.nl);
    let word_en = rng.pick(topic.en);
    let roles: Vec<(&str, &str)> = audiences.iter().map(|&r| audience(r)).collect();
    let hours = if contacts.iter().any(|c| c.hours == HoursSpec::Always) {
        ("Dag en nacht bereikbaar. ", "Available day and night. ")
    } else if contacts
        .iter()
        .any(|c| matches!(c.hours, HoursSpec::Weekly { .. }))
    {
        (
            "Bereikbaar op werkdagen overdag. ",
            "Available on weekdays during the day. ",
        )
    } else {
        ("", "")
    };
    let extra = rng.pick(EXTRAS);
    let description = Both {
        nl: format!(
            "{} bij {word}, voor {}. {}{}",
            capitalised(&join(helps.iter().map(|h| h.nl), " en ")),
            join(roles.iter().map(|r| r.0), " en "),
            hours.0,
            extra.0
        ),
        en: format!(
            "{} for {word_en}, for {}. {}{}",
            capitalised(&join(helps.iter().map(|h| h.en), " and ")),
            join(roles.iter().map(|r| r.1), " and "),
            hours.1,
            extra.1
        ),
    };
    ServiceSpec {
        id,
        name: Both {
            nl: format!("{} bij {word}", helps[0].name_nl),
            en: format!("{} for {word_en}", helps[0].name_en),
        },
        description,
        audiences,
        needs,
        what,
        settings,
        age: if rng.chance(25) {
            Some(*rng.pick(AGES))
        } else {
            None
        },
        municipalities,
        cost,
        anonymous,
        languages: rng.pick(LANGUAGES).to_vec(),
        contacts,
    }
}

fn random_hours(rng: &mut Rng, channel: Channel) -> HoursSpec {
    if !matches!(
        channel,
        Channel::Phone | Channel::Chat | Channel::Whatsapp | Channel::WalkIn
    ) {
        return HoursSpec::Unknown;
    }
    match rng.below(20) {
        0..=2 => HoursSpec::Always,
        3..=14 => {
            let (days, open, close) = *rng.pick(&[
                (
                    &[Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri][..],
                    "09:00",
                    "17:00",
                ),
                (&[Day::Mon, Day::Wed, Day::Fri][..], "10:00", "16:00"),
                (&[Day::Tue, Day::Thu][..], "13:00", "21:00"),
                (
                    &[
                        Day::Mon,
                        Day::Tue,
                        Day::Wed,
                        Day::Thu,
                        Day::Fri,
                        Day::Sat,
                        Day::Sun,
                    ][..],
                    "08:00",
                    "22:00",
                ),
            ]);
            HoursSpec::Weekly {
                days: days.to_vec(),
                open,
                close,
            }
        }
        _ => HoursSpec::Unknown,
    }
}

fn join<'a>(parts: impl Iterator<Item = &'a str>, last: &str) -> String {
    let parts: Vec<&str> = parts.collect();
    match parts.split_last() {
        None => String::new(),
        Some((only, [])) => (*only).to_owned(),
        Some((end, rest)) => format!("{}{last}{end}", rest.join(", ")),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn lists_are_joined_as_in_a_sentence() {
        assert_eq!(join(["a"].into_iter(), " en "), "a");
        assert_eq!(join(["a", "b", "c"].into_iter(), " en "), "a, b en c");
    }
}
