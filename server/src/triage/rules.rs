//! The triage rules in one readable table: each rule says when it applies (in terms of the
//! answers), which services it suggests with what weight, why (in both languages), and
//! which advice blocks it adds. The plan adds up the weights; `server/tests/triage.rs`
//! holds the scenario table that pins the outcome down.
//!
//! Whether a suggested service serves the person's place is decided once, by its coverage
//! (`crate::directory::reach`), not by the rules: a service that does not serve the place
//! is left out of the plan there, with the rule's reason. So one rule may suggest the
//! police of the European Netherlands and the KPCN side by side, and the place picks one.
//! A reason that says more than the facts hold on Bonaire, Sint Eustatius and Saba has a
//! wording for the islands (`Rule::on_the_islands`).

use hulpwijzer_core::triage::Answers;
use hulpwijzer_core::vocab::{AgeBand, ContactWay, Island, Need, Role, Setting, What, When};

/// A reason in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Why {
    pub nl: &'static str,
    pub en: &'static str,
}

/// The answers, with the island the place resolved to and whether it is office hours
/// there now (Monday to Friday 09:00–17:00, not a public holiday).
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub island: Option<Island>,
    pub office_hours: bool,
}

impl Facts<'_> {
    /// A rule's reason as said to this person: on an island the rule's `on_the_islands`
    /// wording, to someone asking for another person (a relative or a bystander) its
    /// `for_others` wording, to a professional its `for_client` wording, where it has one.
    pub fn reason(&self, rule: &Rule) -> Why {
        match (rule.on_the_islands, rule.for_others, rule.for_client) {
            (Some(islands), _, _) if self.island.is_some() => islands,
            (_, Some(others), _) if self.role(&[Role::Relative, Role::Bystander]) => others,
            (_, _, Some(client)) if self.role(&[Role::Professional]) => client,
            _ => rule.why,
        }
    }
    fn what(&self, what: What) -> bool {
        self.answers.what.contains(&what)
    }
    fn setting(&self, settings: &[Setting]) -> bool {
        self.answers.setting.iter().any(|s| settings.contains(s))
    }
    fn need(&self, need: Need) -> bool {
        self.answers.needs.contains(&need)
    }
    fn role(&self, roles: &[Role]) -> bool {
        self.answers.role.is_some_and(|r| roles.contains(&r))
    }
    /// Now, or less than 7 days ago.
    fn recent(&self) -> bool {
        matches!(
            self.answers.when,
            Some(When::Now | When::Within72h | When::Within7d)
        )
    }
    /// Not said, or not sure: it may be recent.
    fn maybe_recent(&self) -> bool {
        matches!(self.answers.when, None | Some(When::Unsure))
    }
    /// It has happened and keeps happening: the last time may be recent.
    fn ongoing(&self) -> bool {
        self.answers.when == Some(When::Ongoing)
    }
    fn minor(&self) -> bool {
        matches!(
            self.answers.age,
            Some(AgeBand::Under12 | AgeBand::From12To17)
        )
    }
    fn adult(&self) -> bool {
        matches!(
            self.answers.age,
            Some(AgeBand::From18To24 | AgeBand::From25)
        )
    }
    fn young(&self) -> bool {
        self.answers.age.is_some_and(|a| a != AgeBand::From25)
    }
    /// Only thoughts or feelings, nothing happened (and nothing else said that did).
    fn only_thoughts(&self) -> bool {
        self.what(What::ThoughtsOnly) && self.answers.what.len() == 1
    }
    fn online(&self) -> bool {
        self.what(What::Online) || self.setting(&[Setting::Online])
    }
    fn nothing_specific(&self) -> bool {
        self.answers.what.iter().all(|w| *w == What::Unsure)
    }
    /// Legal questions after a violent crime: the Schadefonds may pay compensation.
    fn compensation(&self) -> bool {
        self.need(Need::Legal)
            && (self.what(What::RapeOrAssault)
                || self.what(What::ChildAbuse)
                || self.what(What::Domestic)
                || self.what(What::Exploitation))
    }
    /// Whether the person wants to stay anonymous.
    pub fn anonymous(&self) -> bool {
        self.answers.contact.contains(&ContactWay::Anonymous)
    }
}

/// One rule of the table.
pub struct Rule {
    /// A short name, for tests and notes.
    pub name: &'static str,
    pub applies: fn(&Facts) -> bool,
    /// Directory service ids with their weight; a service that does not serve this person
    /// (role, age, place) is dropped later.
    pub suggest: &'static [(&'static str, u16)],
    pub why: Why,
    /// The reason as said to someone who asks for another person (a relative or a
    /// bystander), where `why` would speak to them as if it happened to them.
    pub for_others: Option<Why>,
    /// The reason as said to a professional, about their client and in "u", where `why`
    /// speaks to the person themselves ("je").
    pub for_client: Option<Why>,
    /// The reason as said on Bonaire, Sint Eustatius and Saba, to every reader there (so
    /// in words that speak to no one in particular), where the other wordings say what the
    /// facts hold only for the European Netherlands.
    pub on_the_islands: Option<Why>,
    /// Guidance ids of the triage contract.
    pub guidance: &'static [&'static str],
}

const CHURCH: &[(&str, u16)] = &[("kerk-smpr", 108), ("kerk-smrk", 106), ("kerk-smkr", 104)];
/// Victim support on each island. National services come after the island's own help
/// there in any case (`steps::ranked`), even the Centrum Seksueel Geweld within 72 hours:
/// it has no location on the islands.
const ISLAND_SUPPORT: &[(&str, u16)] = &[
    ("kpcn-victim-support-bonaire", 110),
    ("kpcn-victim-support-sint-eustatius", 110),
    ("kpcn-victim-support-saba", 110),
];

/// Every rule. Order does not matter for the outcome; it is kept by theme for reading.
pub const RULES: &[Rule] = &[
    Rule {
        name: "suicidal_thoughts",
        applies: |f| f.need(Need::SuicidalThoughts),
        suggest: &[("113-hulplijn", 150)],
        why: Why {
            nl: "Omdat er gedachten aan zelfdoding zijn. Bij 113 kun je daar dag en nacht over praten, ook anoniem.",
            en: "Because there are thoughts of suicide. At 113 you can talk about them day and night, anonymously if you want.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat er gedachten aan zelfdoding zijn. Bij 113 kan uw cliënt daar dag en nacht over praten, ook anoniem.",
            en: "Because there are thoughts of suicide. At 113 your client can talk about them day and night, anonymously if they want.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "assault_within_7_days",
        applies: |f| f.what(What::RapeOrAssault) && f.recent(),
        suggest: &[("csg-hulp", 130)],
        why: Why {
            nl: "Omdat het minder dan 7 dagen geleden is. Het Centrum Seksueel Geweld geeft dag en nacht medische zorg en sporenonderzoek.",
            en: "Because it was less than 7 days ago. The Centrum Seksueel Geweld gives medical care and forensic examination, day and night.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["forensic_preserve_evidence", "report_or_not"],
    },
    Rule {
        name: "assault_within_72_hours",
        applies: |f| {
            f.what(What::RapeOrAssault)
                && matches!(f.answers.when, Some(When::Now | When::Within72h))
        },
        suggest: &[("csg-hulp", 10)],
        why: Why {
            nl: "Omdat het minder dan 72 uur geleden is: medicijnen tegen hiv en zwangerschap werken het best als je er zo snel mogelijk mee begint.",
            en: "Because it was less than 72 hours ago: medicine to prevent HIV and pregnancy works best if you start it as soon as possible.",
        },
        for_others: Some(Why {
            nl: "Omdat het minder dan 72 uur geleden is: medicijnen tegen hiv en zwangerschap werken het best als wie dit overkwam er zo snel mogelijk mee begint.",
            en: "Because it was less than 72 hours ago: medicine to prevent HIV and pregnancy works best if the person it happened to starts it as soon as possible.",
        }),
        for_client: Some(Why {
            nl: "Omdat het minder dan 72 uur geleden is: medicijnen tegen hiv en zwangerschap werken het best als uw cliënt er zo snel mogelijk mee begint.",
            en: "Because it was less than 72 hours ago: medicine to prevent HIV and pregnancy works best if your client starts it as soon as possible.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "assault_ongoing",
        applies: |f| f.what(What::RapeOrAssault) && f.ongoing(),
        suggest: &[("csg-hulp", 120)],
        why: Why {
            nl: "Omdat het blijft gebeuren. Was de laatste keer minder dan 7 dagen geleden? Dan telt elke dag voor medische zorg en sporenonderzoek.",
            en: "Because it keeps happening. Was the last time less than 7 days ago? Then every day counts for medical care and forensic examination.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["forensic_preserve_evidence", "report_or_not"],
    },
    Rule {
        name: "assault_maybe_recent",
        applies: |f| f.what(What::RapeOrAssault) && f.maybe_recent(),
        suggest: &[("csg-hulp", 120)],
        why: Why {
            nl: "Weet je niet precies wanneer het was? Bel toch: is het minder dan 7 dagen geleden, dan telt elke dag voor medische zorg en sporenonderzoek.",
            en: "Not sure when it was? Call anyway: if it was less than 7 days ago, every day counts for medical care and forensic examination.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Weet uw cliënt niet precies wanneer het was? Bel toch: is het minder dan 7 dagen geleden, dan telt elke dag voor medische zorg en sporenonderzoek.",
            en: "Is your client not sure when it was? Call anyway: if it was less than 7 days ago, every day counts for medical care and forensic examination.",
        }),
        on_the_islands: None,
        guidance: &["forensic_preserve_evidence", "report_or_not"],
    },
    Rule {
        name: "assault_support",
        applies: |f| f.what(What::RapeOrAssault) && (f.recent() || f.maybe_recent() || f.ongoing()),
        suggest: &[("slachtofferhulp", 40)],
        why: Why {
            nl: "Slachtofferhulp Nederland steunt je gratis, ook als je geen aangifte doet.",
            en: "Slachtofferhulp Nederland supports you for free, even if you do not report it to the police.",
        },
        for_others: Some(Why {
            nl: "Slachtofferhulp Nederland steunt wie dit overkwam gratis, ook zonder aangifte. Die persoon kan zelf bellen; jij mag ook bellen voor advies.",
            en: "Slachtofferhulp Nederland supports the person it happened to for free, even without a police report. They can call themselves; you may call for advice too.",
        }),
        for_client: Some(Why {
            nl: "Slachtofferhulp Nederland steunt uw cliënt gratis, ook zonder aangifte.",
            en: "Slachtofferhulp Nederland supports your client for free, even without a police report.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "assault_police_option",
        applies: |f| {
            f.what(What::RapeOrAssault)
                && (f.recent() || f.maybe_recent() || f.ongoing())
                && f.island.is_none()
        },
        suggest: &[("politie-zeden", 30)],
        why: Why {
            nl: "Wil je misschien aangifte doen? Bij de politie kun je eerst een informatief gesprek hebben. Jij beslist.",
            en: "Are you thinking of reporting it to the police? You can first have an information meeting with them. You decide.",
        },
        for_others: Some(Why {
            nl: "Wil wie dit overkwam misschien aangifte doen? Bij de politie kan die persoon eerst een informatief gesprek hebben. Die persoon beslist zelf.",
            en: "Is the person it happened to thinking of reporting it to the police? They can first have an information meeting with the police. It is their decision.",
        }),
        for_client: Some(Why {
            nl: "Wil uw cliënt misschien aangifte doen? Bij de politie kan uw cliënt eerst een informatief gesprek hebben. Uw cliënt beslist.",
            en: "Is your client thinking of reporting it to the police? Your client can first have an information meeting with the police. Your client decides.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "assault_police_option_on_the_islands",
        applies: |f| {
            f.what(What::RapeOrAssault)
                && (f.recent() || f.maybe_recent() || f.ongoing())
                && f.island.is_some()
        },
        suggest: &[("kpcn-melden", 30)],
        why: Why {
            nl: "Wil je misschien aangifte doen? Op de eilanden kan dat bij de KPCN, het politiekorps van Caribisch Nederland. Jij beslist.",
            en: "Are you thinking of reporting it to the police? On the islands you can do that at the KPCN, the police force of the Caribbean Netherlands. You decide.",
        },
        for_others: Some(Why {
            nl: "Wil wie dit overkwam misschien aangifte doen? Op de eilanden kan dat bij de KPCN, het politiekorps van Caribisch Nederland. Die persoon beslist zelf.",
            en: "Is the person it happened to thinking of reporting it to the police? On the islands they can do that at the KPCN, the police force of the Caribbean Netherlands. It is their decision.",
        }),
        for_client: Some(Why {
            nl: "Wil uw cliënt misschien aangifte doen? Op de eilanden kan dat bij de KPCN, het politiekorps van Caribisch Nederland. Uw cliënt beslist.",
            en: "Is your client thinking of reporting it to the police? On the islands your client can do that at the KPCN, the police force of the Caribbean Netherlands. Your client decides.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "assault_longer_ago",
        applies: |f| f.what(What::RapeOrAssault) && f.answers.when == Some(When::LongerAgo),
        suggest: &[
            ("csg-hulp", 60),
            ("slachtofferhulp", 55),
            ("chat-met-fier", 45),
        ],
        why: Why {
            nl: "Omdat het langer geleden is: ook dan kun je steun en advies krijgen.",
            en: "It was some time ago, but you can still get support and advice.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het langer geleden is: ook dan kan uw cliënt steun en advies krijgen.",
            en: "It was some time ago, but your client can still get support and advice.",
        }),
        on_the_islands: None,
        guidance: &["report_or_not"],
    },
    Rule {
        name: "online_images",
        applies: |f| f.online(),
        suggest: &[("helpwanted-advies", 110)],
        why: Why {
            nl: "Omdat het om beelden of berichten online gaat. Helpwanted helpt, ook bij het offline halen van beelden.",
            en: "Because it is about images or messages online. Helpwanted can help, including with getting images taken offline.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["online_images"],
    },
    Rule {
        name: "online_minor_report_images",
        applies: |f| f.online() && (f.minor() || f.what(What::ChildAbuse)),
        suggest: &[("meldpunt-kinderporno", 50)],
        why: Why {
            nl: "Omdat het gaat om iemand onder de 18: seksuele beelden van minderjarigen kun je hier melden, zodat ze worden verwijderd.",
            en: "Because it is about someone under 18: you can report sexual images of minors here, so that they are removed.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het gaat om iemand onder de 18: seksuele beelden van minderjarigen kunt u hier melden, zodat ze worden verwijderd.",
            en: "Because it is about someone under 18: you can report sexual images of minors here, so that they are removed.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "minor_talk",
        applies: |f| f.minor() && f.role(&[Role::Victim]),
        suggest: &[("kindertelefoon", 80)],
        why: Why {
            nl: "Omdat je jonger bent dan 18: bij De Kindertelefoon kun je anoniem en gratis praten.",
            en: "Because you are under 18: at De Kindertelefoon you can talk anonymously and for free.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt jonger is dan 18: bij De Kindertelefoon kan uw cliënt anoniem en gratis praten.",
            en: "Because your client is under 18: at De Kindertelefoon your client can talk anonymously and for free.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "child_abuse_child_asking",
        applies: |f| f.what(What::ChildAbuse) && f.role(&[Role::Victim]) && !f.adult(),
        suggest: &[("kindertelefoon", 25), ("veilig-thuis", 100)],
        why: Why {
            nl: "Omdat het om misbruik van een kind gaat. Je hoeft het niet alleen op te lossen: hier kun je praten en advies krijgen.",
            en: "Because it is about abuse of a child. You do not have to solve it alone: here you can talk and get advice.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het om misbruik van een kind gaat. Hier kunnen u en uw cliënt praten en advies krijgen.",
            en: "Because it is about abuse of a child. Here you and your client can talk and get advice.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "child_abuse_worried_about_a_child",
        applies: |f| {
            f.what(What::ChildAbuse)
                && f.role(&[Role::Relative, Role::Bystander, Role::Professional])
        },
        suggest: &[("veilig-thuis", 115)],
        why: Why {
            nl: "Omdat je je zorgen maakt over een kind. Veilig Thuis geeft dag en nacht advies, ook anoniem.",
            en: "Because you are worried about a child. Veilig Thuis gives advice day and night, and you can stay anonymous.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat u zich zorgen maakt over een kind. Veilig Thuis geeft dag en nacht advies, ook zonder namen.",
            en: "Because you are worried about a child. Veilig Thuis gives advice day and night, even without names.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "child_abuse_long_ago",
        applies: |f| f.what(What::ChildAbuse) && f.role(&[Role::Victim]) && f.adult(),
        suggest: &[
            ("chat-met-fier", 70),
            ("slachtofferhulp", 65),
            ("csg-hulp", 60),
            ("herstelbemiddeling", 20),
        ],
        why: Why {
            nl: "Omdat het misbruik in je jeugd was: ook lang daarna kun je steun krijgen.",
            en: "Because the abuse was in your childhood: you can get support even long afterwards.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het misbruik in de jeugd van uw cliënt was: ook lang daarna is er steun.",
            en: "Because the abuse was in your client's childhood: there is support even long afterwards.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "domestic_or_relationship",
        applies: |f| f.what(What::Domestic) || f.setting(&[Setting::Home, Setting::Relationship]),
        suggest: &[("veilig-thuis", 112)],
        why: Why {
            nl: "Omdat het om geweld in het gezin of in een relatie gaat. Veilig Thuis helpt dag en nacht, gratis.",
            en: "Because it is about violence in the family or in a relationship. Veilig Thuis helps day and night, for free.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["safety_quick_exit"],
    },
    Rule {
        name: "dependence",
        applies: |f| f.what(What::Domestic) || f.setting(&[Setting::Relationship]),
        suggest: &[("chat-met-fier", 40)],
        why: Why {
            nl: "Fier helpt bij geweld in relaties waarin iemand afhankelijk is, ook via een anonieme chat.",
            en: "Fier helps with violence in relationships where one person depends on the other. It also has an anonymous chat.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "exploitation",
        applies: |f| f.what(What::Exploitation),
        suggest: &[("chat-met-fier", 112)],
        why: Why {
            nl: "Omdat het om uitbuiting gaat. Fier helpt bij loverboys en mensenhandel.",
            en: "Because it is about exploitation. Fier helps with exploitation by loverboys and with human trafficking.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "exploitation_advice",
        applies: |f| f.what(What::Exploitation),
        suggest: &[("veilig-thuis", 70)],
        why: Why {
            nl: "Veilig Thuis helpt ook bij uitbuiting en mensenhandel, dag en nacht.",
            en: "Veilig Thuis also helps with exploitation and human trafficking, day and night.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "forced_marriage",
        applies: |f| f.what(What::ForcedMarriage),
        suggest: &[("veilig-thuis", 115)],
        why: Why {
            nl: "Bij een gedwongen huwelijk helpt Veilig Thuis, dag en nacht. Een gedwongen huwelijk is strafbaar.",
            en: "Veilig Thuis helps with forced marriage, day and night. Forced marriage is a crime.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "forced_marriage_expertise",
        applies: |f| f.what(What::ForcedMarriage),
        suggest: &[("lkha", 70), ("lkha-buitenland", 50)],
        why: Why {
            nl: "Het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) weet alles van gedwongen huwelijken en van achterlating in het buitenland, en helpt om veilig terug te komen.",
            en: "The Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) knows all about forced marriage and being left behind abroad, and helps people come back safely.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "exploitation_report_anonymously",
        applies: |f| f.what(What::Exploitation),
        suggest: &[("meld-misdaad-anoniem", 45)],
        why: Why {
            nl: "Je kunt uitbuiting anoniem melden, zonder je naam.",
            en: "You can report exploitation anonymously, without your name.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Uitbuiting kunt u anoniem melden, zonder naam.",
            en: "You can report exploitation anonymously, without a name.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "exploitation_comensha",
        applies: |f| f.what(What::Exploitation),
        suggest: &[("comensha", 90)],
        why: Why {
            nl: "CoMensha is het landelijke centrum tegen mensenhandel: het geeft advies, ook over aangifte en verblijf, en zoekt opvang voor slachtoffers.",
            en: "CoMensha is the national centre against human trafficking: it gives advice, including on reporting to the police and on residence permits, and finds shelter for victims.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "exploitation_of_a_minor",
        applies: |f| f.what(What::Exploitation) && f.minor(),
        suggest: &[("comensha-uitbuiting-minderjarigen", 60)],
        why: Why {
            nl: "Omdat het om iemand onder de 18 gaat: uitbuiting van een minderjarige kun je melden bij het Meldpunt Uitbuiting Minderjarigen.",
            en: "Because it is about someone under 18: you can report the exploitation to a special reporting point for minors.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het om iemand onder de 18 gaat: uitbuiting van een minderjarige kunt u melden bij het Meldpunt Uitbuiting Minderjarigen.",
            en: "Because it is about someone under 18: you can report the exploitation to a special reporting point for minors.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "labour_exploitation",
        applies: |f| f.what(What::Exploitation) && f.setting(&[Setting::Work]),
        suggest: &[("arbeidsinspectie", 40)],
        why: Why {
            nl: "Omdat het om uitbuiting op het werk gaat: die kun je gratis melden bij de Arbeidsinspectie.",
            en: "Because it is about exploitation at work: you can report it to the Labour Authority for free.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het om uitbuiting op het werk gaat: die kan gratis gemeld worden bij de Arbeidsinspectie.",
            en: "Because it is about exploitation at work: it can be reported to the Labour Authority for free.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "in_sport",
        applies: |f| f.setting(&[Setting::Sport]),
        suggest: &[("cvsn", 108)],
        why: Why {
            nl: "Omdat het bij sport gebeurde. Het Centrum Veilige Sport Nederland helpt vertrouwelijk.",
            en: "Because it happened in sport. Centrum Veilige Sport Nederland helps in confidence.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["vertrouwenspersoon"],
    },
    Rule {
        name: "in_education",
        applies: |f| f.setting(&[Setting::School, Setting::StudentLife]),
        suggest: &[("vertrouwensinspecteurs", 108)],
        why: Why {
            nl: "Omdat het op school of in het onderwijs gebeurde. De vertrouwensinspecteurs van de Inspectie van het Onderwijs geven advies.",
            en: "Because it happened at school or in education. The confidential inspectors of the Education Inspectorate give advice.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["vertrouwenspersoon"],
    },
    Rule {
        name: "in_church",
        applies: |f| f.setting(&[Setting::Church]),
        suggest: CHURCH,
        why: Why {
            nl: "Omdat het in een kerk of geloofsgemeenschap gebeurde. Kerken hebben eigen meldpunten.",
            en: "Because it happened in a church or faith community. Churches have their own reporting points.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "harassment_support",
        applies: |f| {
            f.what(What::Harassment)
                && !f.setting(&[
                    Setting::Sport,
                    Setting::School,
                    Setting::StudentLife,
                    Setting::Church,
                ])
        },
        suggest: &[("slachtofferhulp", 90)],
        why: Why {
            nl: "Omdat het om seksuele intimidatie gaat. Slachtofferhulp Nederland steunt je gratis, ook als je geen aangifte doet.",
            en: "Because it is about sexual harassment. Slachtofferhulp Nederland supports you for free, even if you do not report it to the police.",
        },
        for_others: Some(Why {
            nl: "Omdat het om seksuele intimidatie gaat. Slachtofferhulp Nederland steunt wie dit overkwam gratis, ook zonder aangifte. Die persoon kan zelf bellen; jij mag ook bellen voor advies.",
            en: "Because it is about sexual harassment. Slachtofferhulp Nederland supports the person it happened to for free, even without a police report. They can call themselves; you may call for advice too.",
        }),
        for_client: Some(Why {
            nl: "Omdat het om seksuele intimidatie gaat. Slachtofferhulp Nederland steunt uw cliënt gratis, ook zonder aangifte.",
            en: "Because it is about sexual harassment. Slachtofferhulp Nederland supports your client for free, even without a police report.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        // Slachtofferhulp answers in office hours. Outside them, after touching or
        // harassment that was recent (or may have been) in the street, when going out or
        // where no setting was said, the 24/7 centre for sexual violence comes first.
        name: "harassment_recent",
        applies: |f| {
            f.what(What::Harassment)
                && (f.recent() || f.maybe_recent())
                && !f.office_hours
                && !f.role(&[Role::OwnBehaviour])
                && (f.answers.setting.is_empty()
                    || f.setting(&[
                        Setting::PublicSpace,
                        Setting::Nightlife,
                        Setting::StudentLife,
                    ]))
        },
        suggest: &[("csg-hulp", 95)],
        why: Why {
            nl: "Het is nu buiten kantoortijd. Bij het Centrum Seksueel Geweld kun je dag en nacht bellen of chatten over seksueel geweld, ook over ongewenst aanraken.",
            en: "It is outside office hours now. At the Centrum Seksueel Geweld you can call or chat about sexual violence day and night, including unwanted touching.",
        },
        for_others: Some(Why {
            nl: "Het is nu buiten kantoortijd. Bij het Centrum Seksueel Geweld kan wie dit overkwam dag en nacht bellen of chatten, ook over ongewenst aanraken. Jij mag ook bellen voor advies.",
            en: "It is outside office hours now. The person it happened to can call or chat with the Centrum Seksueel Geweld day and night, including about unwanted touching. You may call for advice too.",
        }),
        for_client: Some(Why {
            nl: "Het is nu buiten kantoortijd. Bij het Centrum Seksueel Geweld kan uw cliënt dag en nacht bellen of chatten over seksueel geweld, ook over ongewenst aanraken.",
            en: "It is outside office hours now. Your client can call or chat with the Centrum Seksueel Geweld about sexual violence day and night, including unwanted touching.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "at_work_or_in_care",
        applies: |f| f.setting(&[Setting::Work, Setting::Care]),
        suggest: &[("juridisch-loket", 40)],
        why: Why {
            nl: "Omdat het op het werk of in de zorg gebeurde: vraag ook of er daar een vertrouwenspersoon is. Het Juridisch Loket geeft juridisch advies.",
            en: "Because it happened at work or in health or social care: also ask whether there is a confidential adviser there. The Juridisch Loket gives legal advice.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "at_work_rights",
        applies: |f| f.setting(&[Setting::Work]) && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("college-rechten-mens", 50)],
        why: Why {
            nl: "Omdat het op het werk gebeurde: seksuele intimidatie telt in de wet als discriminatie. Het College voor de Rechten van de Mens oordeelt gratis of een werkgever de wet overtrad.",
            en: "Because it happened at work: in law, sexual harassment counts as discrimination. The College voor de Rechten van de Mens judges for free whether an employer broke the law.",
        },
        for_others: None,
        for_client: None,
        // That sexual harassment counts as discrimination is in the facts for the law of
        // the European Netherlands (college-rechten-mens.notes: "Dutch equal-treatment
        // law"); for the islands they say only that the College takes complaints from
        // 1 January 2026, under the "Wet bescherming tegen discriminatie op Bonaire, Sint
        // Eustatius en Saba" (college-rechten-mens.coverage, notes), not what that law
        // counts as discrimination.
        on_the_islands: Some(Why {
            nl: "Omdat het op het werk gebeurde. Sinds 1 januari 2026 kunnen ook mensen op Bonaire, Sint Eustatius en Saba een klacht over discriminatie indienen bij het College voor de Rechten van de Mens. Het College zegt of het de klacht kan behandelen.",
            en: "Because it happened at work. Since 1 January 2026 people on Bonaire, Sint Eustatius and Saba can also complain about discrimination to the College voor de Rechten van de Mens. The College says whether it can deal with the complaint.",
        }),
        guidance: &["vertrouwenspersoon"],
    },
    Rule {
        name: "at_work_employer_must_act",
        applies: |f| f.setting(&[Setting::Work]) && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("arbeidsinspectie", 35)],
        why: Why {
            nl: "Je werkgever moet je beschermen tegen seksuele intimidatie. Doet je werkgever dat niet, dan kan de Arbeidsinspectie ervoor zorgen dat de werkgever iets doet.",
            en: "Your employer must protect you against sexual harassment. If your employer does not, the Labour Authority can make them take action.",
        },
        for_others: Some(Why {
            nl: "Een werkgever moet werknemers beschermen tegen seksuele intimidatie. Doet de werkgever dat niet, dan kan de Arbeidsinspectie ervoor zorgen dat de werkgever iets doet.",
            en: "An employer must protect employees against sexual harassment. If the employer does not, the Labour Authority can make them take action.",
        }),
        for_client: Some(Why {
            nl: "De werkgever moet uw cliënt beschermen tegen seksuele intimidatie. Doet de werkgever dat niet, dan kan de Arbeidsinspectie ervoor zorgen dat de werkgever iets doet.",
            en: "The employer must protect your client against sexual harassment. If the employer does not, the Labour Authority can make them take action.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "at_work_culture_and_media",
        applies: |f| f.setting(&[Setting::Work]) && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("mores", 30)],
        why: Why {
            nl: "Werk je in cultuur, de creatieve sector of de media? Dan kun je ook met een vertrouwenspersoon van Mores praten.",
            en: "Do you work in culture, the creative sector or the media? Then you can also talk to a Mores confidential adviser.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Werkt uw cliënt in cultuur, de creatieve sector of de media? Dan kan uw cliënt ook met een vertrouwenspersoon van Mores praten.",
            en: "Does your client work in culture, the creative sector or the media? Then your client can also talk to a Mores confidential adviser.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "in_care_by_a_care_provider",
        applies: |f| f.setting(&[Setting::Care]) && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("igj-landelijk-meldpunt-zorg", 60)],
        why: Why {
            nl: "Omdat het in de zorg gebeurde: wat een zorgverlener doet, kun je melden bij het Landelijk Meldpunt Zorg. Daar hoor je ook waar je kunt klagen.",
            en: "Because it happened in health or social care: you can report what a care provider did to the Landelijk Meldpunt Zorg. They can also tell you where to make a complaint.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het in de zorg gebeurde: wat een zorgverlener doet, kan gemeld worden bij het Landelijk Meldpunt Zorg. Daar hoort u ook waar een klacht kan.",
            en: "Because it happened in health or social care: your client can report what a care provider did to the Landelijk Meldpunt Zorg. They can also tell you where to make a complaint.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "in_public_or_nightlife",
        applies: |f| f.setting(&[Setting::PublicSpace, Setting::Nightlife]),
        // The police where the person is: the KPCN on the islands, where the European
        // police does not serve (its coverage).
        suggest: &[("politie-zeden", 40), ("kpcn-melden", 40)],
        why: Why {
            nl: "Omdat het op straat of bij het uitgaan gebeurde: je kunt bij de politie melden wat er gebeurde.",
            en: "Because it happened in the street or on a night out: you can tell the police what happened.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het op straat of bij het uitgaan gebeurde: uw cliënt kan bij de politie melden wat er gebeurde.",
            en: "Because it happened in the street or on a night out: your client can tell the police what happened.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "own_behaviour_towards_children",
        applies: |f| {
            f.role(&[Role::OwnBehaviour])
                && (f.what(What::ChildAbuse)
                    || f.what(What::ThoughtsOnly)
                    || f.online()
                    || f.nothing_specific())
        },
        suggest: &[("stop-it-now", 120)],
        why: Why {
            nl: "Omdat je je zorgen maakt over je eigen gevoelens of gedrag. Stop it Now helpt anoniem en zonder oordeel.",
            en: "Because you are worried about your own feelings or behaviour. Stop it Now helps anonymously and without judgement.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["own_behaviour_first_steps"],
    },
    Rule {
        name: "own_behaviour_treatment",
        applies: |f| f.role(&[Role::OwnBehaviour]) && !f.only_thoughts(),
        suggest: &[("de-waag-behandeling", 50)],
        why: Why {
            nl: "Omdat je wilt stoppen met grensoverschrijdend gedrag: De Waag behandelt dat.",
            en: "Because you want to stop harmful sexual behaviour: De Waag offers treatment for this.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["own_behaviour_first_steps"],
    },
    Rule {
        name: "own_behaviour_thoughts",
        applies: |f| f.role(&[Role::OwnBehaviour]) && f.only_thoughts(),
        suggest: &[("de-waag-behandeling", 50)],
        why: Why {
            nl: "Er is niets gebeurd, en je wilt dat zo houden. Ook dan kun je bij De Waag terecht.",
            en: "Nothing has happened, and you want to keep it that way. De Waag can help then too.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["own_behaviour_first_steps"],
    },
    Rule {
        name: "bystander",
        applies: |f| f.role(&[Role::Bystander]),
        suggest: &[("veilig-thuis", 50), ("csg-hulp", 45)],
        why: Why {
            nl: "Omdat je iets zag of hoorde: hier krijg je ook als omstander advies over wat je kunt doen.",
            en: "Because you saw or heard something: here you get advice as a bystander on what you can do.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["bystander_5d"],
    },
    Rule {
        name: "relative",
        applies: |f| f.role(&[Role::Relative]),
        suggest: &[("slachtofferhulp", 40), ("mind-korrelatie", 25)],
        why: Why {
            nl: "Omdat het iemand in je omgeving overkwam: ook naasten kunnen hier steun en advies krijgen.",
            en: "Because it happened to someone close to you: people close to a victim can also get support and advice here.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["when_someone_confides"],
    },
    Rule {
        name: "professional_referral",
        applies: |f| f.role(&[Role::Professional]),
        suggest: &[("slachtofferhulp", 45)],
        why: Why {
            nl: "Professionals verwijzen een cliënt door via het gewone nummer, optie 3 in het keuzemenu, met toestemming van de cliënt.",
            en: "Professionals can refer a client, with the client's consent: call the main number and choose option 3 in the phone menu.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["professional_referral_consent"],
    },
    Rule {
        name: "professional_advice",
        applies: |f| f.role(&[Role::Professional]),
        suggest: &[
            ("veilig-thuis", 45),
            ("csg-hulp", 40),
            ("movisie-kennis", 5),
            ("rutgers-kennis", 5),
        ],
        why: Why {
            nl: "Omdat u een cliënt verwijst: hier krijgen professionals advies.",
            en: "Because you are referring a client: professionals get advice here.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["professional_referral_consent"],
    },
    Rule {
        name: "need_medical",
        applies: |f| f.need(Need::Medical) && !(f.what(What::RapeOrAssault) && f.recent()),
        suggest: &[("csg-hulp", 50)],
        why: Why {
            nl: "Omdat je medische zorg nodig hebt: het Centrum Seksueel Geweld helpt of verwijst door.",
            en: "Because you need medical care: the Centrum Seksueel Geweld helps or refers you on.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt medische zorg nodig heeft: het Centrum Seksueel Geweld helpt of verwijst door.",
            en: "Because your client needs medical care: the Centrum Seksueel Geweld helps your client or refers them on.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "young_sexual_health",
        applies: |f| f.young() && f.role(&[Role::Victim, Role::Bystander]),
        suggest: &[("sense", 30)],
        why: Why {
            nl: "Omdat je jonger bent dan 25: Sense geeft informatie over seks en grenzen, en er is een spreekuur bij de GGD. Vraag bij je GGD wat er kan.",
            en: "Because you are under 25: Sense gives information about sex and boundaries, and there are consultations at the GGD. Ask your GGD what is possible.",
        },
        for_others: Some(Why {
            nl: "Omdat wie dit overkwam jonger is dan 25: Sense geeft informatie over seks en grenzen, en de GGD heeft een spreekuur. Die persoon kan bij de GGD vragen wat er kan.",
            en: "Because the person it happened to is under 25: Sense gives information about sex and boundaries, and the GGD has consultations. They can ask their GGD what is possible.",
        }),
        for_client: Some(Why {
            nl: "Omdat uw cliënt jonger is dan 25: Sense geeft informatie over seks en grenzen, en er is een spreekuur bij de GGD. Vraag bij de GGD wat er kan.",
            en: "Because your client is under 25: Sense gives information about sex and boundaries, and there are consultations at the GGD. Ask the GGD what is possible.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_talk",
        applies: |f| f.need(Need::Talk),
        suggest: &[
            ("luisterlijn", 35),
            ("slachtofferhulp", 30),
            ("mind-korrelatie", 25),
        ],
        why: Why {
            nl: "Omdat je met iemand wilt praten.",
            en: "Because you want to talk to someone.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt met iemand wil praten.",
            en: "Because your client wants to talk to someone.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_advice",
        applies: |f| f.need(Need::Advice),
        suggest: &[("slachtofferhulp", 25), ("csg-hulp", 25)],
        why: Why {
            nl: "Omdat je advies wilt.",
            en: "Because you want advice.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt advies wil.",
            en: "Because your client wants advice.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_report_police",
        applies: |f| f.need(Need::ReportPolice),
        suggest: &[("politie-zeden", 85), ("kpcn-melden", 110)],
        why: Why {
            nl: "Omdat je wilt melden of aangifte doen.",
            en: "Because you want to report it to the police.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt wil melden of aangifte doen.",
            en: "Because your client wants to report it to the police.",
        }),
        on_the_islands: None,
        guidance: &["report_or_not"],
    },
    Rule {
        name: "need_report_elsewhere",
        applies: |f| f.need(Need::ReportOther),
        suggest: &[("meld-misdaad-anoniem", 50)],
        why: Why {
            nl: "Omdat je wilt melden: bij Meld Misdaad Anoniem kan dat zonder je naam.",
            en: "Because you want to report it: at Meld Misdaad Anoniem you can do that without your name.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt wil melden: bij Meld Misdaad Anoniem kan dat zonder naam.",
            en: "Because your client wants to report it: at Meld Misdaad Anoniem that can be done without a name.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_legal",
        applies: |f| f.need(Need::Legal),
        suggest: &[("juridisch-loket", 70), ("slachtofferhulp", 40)],
        why: Why {
            nl: "Omdat je juridische vragen hebt.",
            en: "Because you have legal questions.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt juridische vragen heeft.",
            en: "Because your client has legal questions.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_compensation",
        applies: |f| f.compensation(),
        suggest: &[("schadefonds", 45)],
        why: Why {
            nl: "Het Schadefonds Geweldsmisdrijven kan slachtoffers van een geweldsmisdrijf een vergoeding geven.",
            en: "The Schadefonds Geweldsmisdrijven can pay compensation to victims of a violent crime.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        // On the islands the Schadefonds is reached through Victim Support there (the
        // facts: schadefonds.coverage, kpcn-victim-support.needs); the Schadefonds itself
        // is not shown there (european_only).
        name: "need_compensation_on_the_islands",
        applies: |f| f.compensation() && f.island.is_some(),
        suggest: &[
            ("kpcn-victim-support-bonaire", 45),
            ("kpcn-victim-support-sint-eustatius", 45),
            ("kpcn-victim-support-saba", 45),
        ],
        why: Why {
            nl: "Slachtofferhulp op het eiland geeft informatie over een vergoeding van het Schadefonds voor Bonaire, Sint Eustatius en Saba.",
            en: "Victim support on the island gives information about compensation from the Schadefonds for Bonaire, Sint Eustatius and Saba.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_longer_treatment",
        applies: |f| f.need(Need::LongTermCare) && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("csg-hulp", 35)],
        why: Why {
            nl: "Omdat je langere hulp zoekt: het Centrum Seksueel Geweld geeft advies en verwijst door.",
            en: "Because you are looking for longer-term help: the Centrum Seksueel Geweld gives advice and refers you on.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt langere hulp zoekt: het Centrum Seksueel Geweld geeft advies en verwijst door.",
            en: "Because your client is looking for longer-term help: the Centrum Seksueel Geweld gives advice and refers your client on.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_stop_behaviour",
        applies: |f| {
            f.need(Need::StopBehaviour)
                || (f.need(Need::LongTermCare) && f.role(&[Role::OwnBehaviour]))
        },
        suggest: &[("stop-it-now", 90), ("de-waag-behandeling", 60)],
        why: Why {
            nl: "Omdat je wilt stoppen met je gedrag.",
            en: "Because you want to stop your behaviour.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt wil stoppen met het eigen gedrag.",
            en: "Because your client wants to stop their own behaviour.",
        }),
        on_the_islands: None,
        guidance: &["own_behaviour_first_steps"],
    },
    Rule {
        name: "need_remove_images",
        applies: |f| f.need(Need::RemoveImages),
        suggest: &[("helpwanted-advies", 90)],
        why: Why {
            nl: "Omdat je beelden offline wilt laten halen.",
            en: "Because you want images taken offline.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt beelden offline wil laten halen.",
            en: "Because your client wants images taken offline.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_remove_images_of_minor",
        applies: |f| f.need(Need::RemoveImages) && (f.minor() || f.what(What::ChildAbuse)),
        suggest: &[("meldpunt-kinderporno", 70)],
        why: Why {
            nl: "Omdat het om beelden van iemand onder de 18 gaat: die kun je hier laten verwijderen.",
            en: "Because these are images of someone under 18: you can have them removed here.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat het om beelden van iemand onder de 18 gaat: die kunnen hier verwijderd worden.",
            en: "Because these are images of someone under 18: they can be removed here.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "need_safe_place",
        applies: |f| f.need(Need::SafePlace),
        suggest: &[("veilig-thuis", 85), ("chat-met-fier", 60)],
        why: Why {
            nl: "Omdat je een veilige plek nodig hebt.",
            en: "Because you need a safe place.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt een veilige plek nodig heeft.",
            en: "Because your client needs a safe place.",
        }),
        on_the_islands: None,
        guidance: &["safety_quick_exit"],
    },
    Rule {
        name: "safe_place_shelter",
        applies: |f| f.need(Need::SafePlace),
        suggest: &[("vrouwenopvang", 75)],
        why: Why {
            nl: "Is het thuis niet veilig? Er is opvang: een veilige plek om te wonen. De weg daarheen loopt via het landelijke nummer 0800-2000, dag en nacht.",
            en: "Is home not safe? There are shelters: a safe place to stay. To find a place, call the national number 0800-2000, day and night.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &["safety_quick_exit"],
    },
    Rule {
        name: "island_victim_support",
        applies: |f| f.island.is_some() && !f.role(&[Role::OwnBehaviour]),
        suggest: ISLAND_SUPPORT,
        why: Why {
            nl: "Omdat je op een van de eilanden bent: daar helpt Slachtofferhulp Caribisch Nederland.",
            en: "Because you are on one of the islands: Victim Support Caribbean Netherlands helps there.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt op een van de eilanden is: daar helpt Slachtofferhulp Caribisch Nederland.",
            en: "Because your client is on one of the islands: Victim Support Caribbean Netherlands helps there.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "bonaire_family",
        applies: |f| {
            f.island == Some(Island::Bonaire)
                && (f.what(What::Domestic)
                    || f.what(What::ChildAbuse)
                    || f.minor()
                    || f.setting(&[Setting::Home, Setting::Relationship]))
        },
        suggest: &[("guiami", 90)],
        why: Why {
            nl: "Omdat het op Bonaire om geweld in het gezin of om een kind gaat.",
            en: "Because it is about violence in the family or about a child, on Bonaire.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "statia_saba_children",
        applies: |f| {
            matches!(f.island, Some(Island::SintEustatius | Island::Saba))
                && (f.what(What::ChildAbuse) || f.minor())
        },
        suggest: &[
            ("jeugdzorg-cn-sint-eustatius", 90),
            ("jeugdzorg-cn-saba", 90),
        ],
        why: Why {
            nl: "Omdat het om een kind gaat: op Sint Eustatius en Saba helpt de jeugdzorg van Caribisch Nederland.",
            en: "Because it is about a child: on Sint Eustatius and Saba Jeugdzorg Caribisch Nederland (youth care) helps.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "statia_saba_advice_point",
        applies: |f| {
            matches!(f.island, Some(Island::SintEustatius | Island::Saba))
                && (f.what(What::Domestic)
                    || f.what(What::ChildAbuse)
                    || f.minor()
                    || f.setting(&[Setting::Home, Setting::Relationship]))
        },
        suggest: &[("amhk-sint-eustatius", 60), ("amhk-saba", 60)],
        why: Why {
            nl: "Omdat het om geweld in het gezin of om een kind gaat: elk eiland heeft een eigen advies- en meldpunt.",
            en: "Because it is about violence in the family or about a child: each island has its own advice and reporting point.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "island_young_people",
        applies: |f| f.island.is_some() && f.minor() && f.role(&[Role::Victim]),
        suggest: &[("guana-chat", 85)],
        why: Why {
            nl: "Omdat je jonger bent dan 18: op de eilanden is er Guana Chat, een hulplijn voor kinderen en jongeren.",
            en: "Because you are under 18: on the islands there is Guana Chat, a helpline for children and young people.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Omdat uw cliënt jonger is dan 18: op de eilanden is er Guana Chat, een hulplijn voor kinderen en jongeren.",
            en: "Because your client is under 18: on the islands there is Guana Chat, a helpline for children and young people.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "nothing_specific",
        applies: |f| f.nothing_specific() && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("csg-hulp", 70)],
        why: Why {
            nl: "Het Centrum Seksueel Geweld helpt na seksueel geweld, dag en nacht en gratis. Aan de telefoon noem je je naam; chatten kan anoniem. Je kunt er ook terecht als je twijfelt.",
            en: "The Centrum Seksueel Geweld helps after sexual violence, day and night and for free. On the phone you give your name; the chat can be anonymous. You can also contact them if you are not sure.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Het Centrum Seksueel Geweld helpt na seksueel geweld, dag en nacht en gratis. Aan de telefoon noemt de beller een naam; chatten kan anoniem. Ook bij twijfel kunt u er terecht.",
            en: "The Centrum Seksueel Geweld helps after sexual violence, day and night and for free. On the phone the caller gives a name; the chat can be anonymous. You can also contact them if you are not sure.",
        }),
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "nothing_specific_support",
        applies: |f| f.nothing_specific() && !f.role(&[Role::OwnBehaviour]),
        suggest: &[("slachtofferhulp", 35)],
        why: Why {
            nl: "Slachtofferhulp Nederland steunt slachtoffers en hun naasten, gratis.",
            en: "Slachtofferhulp Nederland supports victims and the people close to them, for free.",
        },
        for_others: None,
        for_client: None,
        on_the_islands: None,
        guidance: &[],
    },
    Rule {
        name: "victim_safety",
        applies: |f| f.role(&[Role::Victim]),
        suggest: &[],
        why: Why {
            nl: "Voor je veiligheid.",
            en: "For your safety.",
        },
        for_others: None,
        for_client: Some(Why {
            nl: "Voor de veiligheid van uw cliënt.",
            en: "For your client's safety.",
        }),
        on_the_islands: None,
        guidance: &["safety_quick_exit"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_name_and_both_languages() {
        let mut names = std::collections::HashSet::new();
        for rule in RULES {
            assert!(names.insert(rule.name), "{} twice", rule.name);
            assert!(!rule.why.nl.is_empty() && !rule.why.en.is_empty());
            assert_ne!(rule.why.nl, rule.why.en, "{} is not translated", rule.name);
            for other in [rule.for_others, rule.for_client, rule.on_the_islands]
                .into_iter()
                .flatten()
            {
                assert_ne!(other.nl, other.en, "{} is not translated", rule.name);
                assert_ne!(other, rule.why, "{}: the same words twice", rule.name);
            }
        }
    }

    #[test]
    fn a_reason_for_the_islands_speaks_to_every_reader_there() {
        let worded: Vec<(&str, Why)> = RULES
            .iter()
            .filter_map(|r| r.on_the_islands.map(|w| (r.name, w)))
            .collect();
        assert!(!worded.is_empty());
        for (name, islands) in worded {
            assert!(!says_je(islands.nl), "{name}: {}", islands.nl);
            assert!(!islands.nl.contains("uw cliënt"), "{name}: {}", islands.nl);
            assert!(
                !islands.en.contains("your client"),
                "{name}: {}",
                islands.en
            );
        }
    }

    /// Whether a Dutch sentence speaks to the reader as "je" or "jij".
    fn says_je(text: &str) -> bool {
        text.split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w.to_lowercase().as_str(), "je" | "jij" | "jou" | "jouw"))
    }

    #[test]
    fn a_professional_is_spoken_to_as_u_in_every_reason_they_can_get() {
        let mut answers = Vec::new();
        for what in What::ALL {
            for when in When::ALL.iter().copied().map(Some).chain([None]) {
                for age in AgeBand::ALL.iter().copied().map(Some).chain([None]) {
                    answers.push(Answers {
                        role: Some(Role::Professional),
                        consent: Some(true),
                        what: vec![*what],
                        when,
                        age,
                        needs: Need::answerable().collect(),
                        setting: Setting::ALL.to_vec(),
                        ..Answers::default()
                    });
                }
            }
        }
        let mut reached = 0;
        for a in &answers {
            for island in [None, Some(Island::Bonaire)] {
                let facts = Facts {
                    answers: a,
                    island,
                    office_hours: false,
                };
                for rule in RULES.iter().filter(|r| (r.applies)(&facts)) {
                    reached += 1;
                    let said = facts.reason(rule).nl;
                    assert!(!says_je(said), "{}: {said}", rule.name);
                }
            }
        }
        assert!(reached > 1000, "the answers reach the rules ({reached})");
        assert!(says_je("Wil je advies?") && !says_je("Wil uw cliënt advies?"));
    }
}
