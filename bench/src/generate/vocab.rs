//! The words generated services are made of: kinds of organisations, topics (with the
//! words of `data/search.toml`'s synonym groups), help per need, audiences, sentences.
//! Every Dutch text speaks about the help, never to the reader ("je"), as the data check
//! asks; none uses a word of a planted service (`bench/queries.toml`).

use hulpwijzer_core::vocab::{Need, Role, What};

/// A kind of organisation: its word in the name, Dutch and English.
pub struct OrgKind {
    pub nl: &'static str,
    pub en: &'static str,
}

pub const KINDS: &[OrgKind] = &[
    OrgKind {
        nl: "Steunpunt",
        en: "Support point",
    },
    OrgKind {
        nl: "Meldpunt",
        en: "Reporting point",
    },
    OrgKind {
        nl: "Hulplijn",
        en: "Help line",
    },
    OrgKind {
        nl: "Adviespunt",
        en: "Advice point",
    },
    OrgKind {
        nl: "Stichting",
        en: "Foundation",
    },
    OrgKind {
        nl: "Inloophuis",
        en: "Drop-in house",
    },
    OrgKind {
        nl: "Vertrouwenspunt",
        en: "Confidential point",
    },
    OrgKind {
        nl: "Wijkteam",
        en: "Neighbourhood team",
    },
    OrgKind {
        nl: "Expertiseteam",
        en: "Expert team",
    },
    OrgKind {
        nl: "Praatpunt",
        en: "Talk point",
    },
    OrgKind {
        nl: "Buurtteam",
        en: "Community team",
    },
    OrgKind {
        nl: "Jongerenloket",
        en: "Youth desk",
    },
    OrgKind {
        nl: "Zorgloket",
        en: "Care desk",
    },
];

/// What a service is about, with the words people search for it by.
pub struct Topic {
    pub what: Option<What>,
    /// In an organisation's name.
    pub title: &'static str,
    pub nl: &'static [&'static str],
    pub en: &'static [&'static str],
}

pub const TOPICS: &[Topic] = &[
    Topic {
        what: Some(What::RapeOrAssault),
        title: "Seksueel Geweld",
        nl: &[
            "verkrachting",
            "aanranding",
            "seksueel geweld",
            "seksueel misbruik",
        ],
        en: &["rape", "sexual assault", "sexual violence"],
    },
    Topic {
        what: Some(What::Harassment),
        title: "Intimidatie",
        nl: &[
            "intimidatie",
            "lastigvallen",
            "ongewenst gedrag",
            "grensoverschrijdend gedrag",
        ],
        en: &["harassment", "unwanted behaviour", "intimidation"],
    },
    Topic {
        what: Some(What::Online),
        title: "Online Veilig",
        nl: &[
            "sexting",
            "sextortion",
            "naaktfoto's die rondgaan",
            "afpersing met beelden",
            "chantage",
        ],
        en: &[
            "sexting",
            "sextortion",
            "nude images being shared",
            "blackmail with images",
        ],
    },
    Topic {
        what: Some(What::ChildAbuse),
        title: "Kindermishandeling",
        nl: &[
            "kindermisbruik",
            "misbruik in het gezin",
            "incest",
            "kindermishandeling",
        ],
        en: &["child abuse", "incest", "abuse in the family"],
    },
    Topic {
        what: Some(What::Domestic),
        title: "Huiselijk Geweld",
        nl: &[
            "huiselijk geweld",
            "partnergeweld",
            "mishandeling",
            "geweld in de relatie",
        ],
        en: &[
            "domestic violence",
            "partner violence",
            "abuse in a relationship",
        ],
    },
    Topic {
        what: Some(What::Exploitation),
        title: "Mensenhandel",
        nl: &[
            "mensenhandel",
            "uitbuiting",
            "loverboys",
            "arbeidsuitbuiting",
        ],
        en: &[
            "human trafficking",
            "exploitation",
            "loverboys",
            "labour exploitation",
        ],
    },
    Topic {
        what: Some(What::ForcedMarriage),
        title: "Huwelijksdwang",
        nl: &[
            "gedwongen huwelijk",
            "huwelijksdwang",
            "achterlating in het buitenland",
        ],
        en: &["forced marriage", "being left behind abroad"],
    },
    Topic {
        what: None,
        title: "Slachtofferzorg",
        nl: &["een misdrijf", "geweld", "een ingrijpende gebeurtenis"],
        en: &["a crime", "violence", "a shocking event"],
    },
];

/// The help a need stands for: a phrase and a short name, Dutch and English.
pub struct Help {
    pub need: Need,
    pub nl: &'static str,
    pub en: &'static str,
    pub name_nl: &'static str,
    pub name_en: &'static str,
}

pub const HELP: &[Help] = &[
    Help {
        need: Need::Medical,
        nl: "medische zorg en sporenonderzoek",
        en: "medical care and forensic examination",
        name_nl: "Medische hulp",
        name_en: "Medical help",
    },
    Help {
        need: Need::Talk,
        nl: "gesprekken met een vaste hulpverlener",
        en: "talks with a regular counsellor",
        name_nl: "Gesprekken",
        name_en: "Talks",
    },
    Help {
        need: Need::Advice,
        nl: "advies en informatie",
        en: "advice and information",
        name_nl: "Advies",
        name_en: "Advice",
    },
    Help {
        need: Need::ReportPolice,
        nl: "hulp bij het doen van aangifte",
        en: "help with reporting to the police",
        name_nl: "Hulp bij aangifte",
        name_en: "Help with a police report",
    },
    Help {
        need: Need::ReportOther,
        nl: "een melding doen, ook anoniem",
        en: "making a report, also anonymously",
        name_nl: "Melden",
        name_en: "Reporting",
    },
    Help {
        need: Need::Legal,
        nl: "juridisch advies en hulp bij een schadevergoeding",
        en: "legal advice and help with compensation",
        name_nl: "Juridische hulp",
        name_en: "Legal help",
    },
    Help {
        need: Need::LongTermCare,
        nl: "langdurige zorg en traumatherapie",
        en: "long-term care and trauma therapy",
        name_nl: "Therapie",
        name_en: "Therapy",
    },
    Help {
        need: Need::StopBehaviour,
        nl: "hulp om het eigen gedrag te veranderen",
        en: "help to change one's own behaviour",
        name_nl: "Hulp bij eigen gedrag",
        name_en: "Help with own behaviour",
    },
    Help {
        need: Need::RemoveImages,
        nl: "beelden laten verwijderen van internet",
        en: "getting images removed from the internet",
        name_nl: "Beelden verwijderen",
        name_en: "Removing images",
    },
    Help {
        need: Need::SafePlace,
        nl: "een veilige plek om te verblijven",
        en: "a safe place to stay",
        name_nl: "Opvang",
        name_en: "Shelter",
    },
    Help {
        need: Need::SuicidalThoughts,
        nl: "praten over gedachten aan zelfdoding",
        en: "talking about thoughts of suicide",
        name_nl: "Praten over zelfdoding",
        name_en: "Talking about suicide",
    },
];

/// Who a service is for, in a description.
pub fn audience(role: Role) -> (&'static str, &'static str) {
    match role {
        Role::Victim => ("slachtoffers", "victims"),
        Role::Relative => ("naasten en ouders", "relatives and parents"),
        Role::Bystander => ("omstanders", "bystanders"),
        Role::OwnBehaviour => (
            "mensen die hun eigen gedrag willen veranderen",
            "people who want to change their own behaviour",
        ),
        Role::Professional => (
            "professionals zoals leraren en huisartsen",
            "professionals such as teachers and family doctors",
        ),
    }
}

/// A closing sentence, Dutch and English.
pub const EXTRAS: &[(&str, &str)] = &[
    (
        "De hulp is gratis en vertrouwelijk.",
        "The help is free and confidential.",
    ),
    (
        "Een afspraak maken kan telefonisch of via de website.",
        "Appointments can be made by phone or through the website.",
    ),
    (
        "Ook scholen, sportclubs en werkgevers kunnen hier terecht met vragen.",
        "Schools, sports clubs and employers can also come here with questions.",
    ),
    (
        "Er kan een wachttijd van enkele weken zijn.",
        "There may be a waiting time of a few weeks.",
    ),
    (
        "Gesprekken kunnen ook in het Engels, Arabisch, Turks of Pools.",
        "Talks are also possible in English, Arabic, Turkish or Polish.",
    ),
    (
        "Vrijwilligers en beroepskrachten werken hier samen.",
        "Volunteers and professionals work together here.",
    ),
    (
        "Wie twijfelt, kan eerst anoniem een vraag stellen.",
        "Anyone in doubt can first ask a question anonymously.",
    ),
    (
        "Bij direct gevaar altijd 112 bellen.",
        "In immediate danger, always call 112.",
    ),
    (
        "De medewerkers hebben een beroepsgeheim.",
        "The staff are bound by professional secrecy.",
    ),
    (
        "Ook na lange tijd is hulp nog mogelijk.",
        "Help is still possible after a long time.",
    ),
];

/// Area codes of Dutch fixed lines, for local-rate numbers.
pub const AREA_CODES: &[&str] = &[
    "010", "020", "030", "033", "035", "040", "043", "045", "050", "053", "058", "070", "071",
    "073", "076", "077", "078", "079",
];

#[cfg(test)]
mod tests {
    use super::{EXTRAS, HELP, KINDS, TOPICS, audience};
    use hulpwijzer_core::vocab::Role;

    /// The words the data check refuses in a Dutch text, and the planted services' words.
    const NEVER: &[&str] = &[
        "je",
        "jij",
        "jou",
        "jouw",
        "bevestigd",
        "confirmed",
        "begeleid",
        "rouw",
        "weerbaar",
        "herstel",
        "vlucht",
        "dakloos",
        "daklozen",
        "huisbezoek",
        "eenzaam",
        "pest",
        "zwemclub",
        "dansschool",
        "muziekschool",
        "toneel",
        "studentenhuis",
        "kantine",
        "kinderdagverblijf",
        "schaakclub",
        "centre",
        "refugee",
        "homeless",
        "bull",
        "bereave",
        "resilien",
        "visit",
        "kindertelefoon",
        "luisterlijn",
        "helpwanted",
        "slachtofferhulp",
        "fier",
        "schadefonds",
    ];

    #[test]
    fn no_text_speaks_to_the_reader_or_uses_a_planted_word() {
        let mut texts: Vec<&str> = Vec::new();
        texts.extend(KINDS.iter().flat_map(|k| [k.nl, k.en]));
        texts.extend(TOPICS.iter().flat_map(|t| t.nl.iter().chain(t.en).copied()));
        texts.extend(TOPICS.iter().map(|t| t.title));
        texts.extend(HELP.iter().flat_map(|h| [h.nl, h.en, h.name_nl, h.name_en]));
        texts.extend(EXTRAS.iter().flat_map(|(nl, en)| [*nl, *en]));
        texts.extend(Role::ALL.iter().flat_map(|&r| {
            let (nl, en) = audience(r);
            [nl, en]
        }));
        for text in texts {
            for word in text.split(|c: char| !c.is_alphanumeric()) {
                let word = word.to_lowercase();
                for never in NEVER {
                    let hit = if never.len() <= 4 {
                        word == *never
                    } else {
                        word.contains(never)
                    };
                    assert!(!hit, "{text:?} has {never:?}");
                }
            }
        }
    }
}
