//! The triage vocabulary of shared/design/triage-contract.md: who is asking, what happened,
//! where, when, age, needs and ways of contact, with their stable ids. The directory, the
//! questionnaire, the rules and the JSON API all speak it.

use serde::{Deserialize, Serialize};

/// Declares a vocabulary: an enum whose serde names are the contract's ids, with every
/// value in `ALL` and `id`/`from_id` to go between value and id.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)*
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The contract's id.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                }
            }

            /// The value with this id, if there is one.
            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

vocabulary! {
    /// Who is asking.
    Role {
        Victim = "victim",
        Relative = "relative",
        Bystander = "bystander",
        OwnBehaviour = "own_behaviour",
        Professional = "professional",
    }
}

vocabulary! {
    /// What happened.
    What {
        RapeOrAssault = "rape_or_assault",
        Harassment = "harassment",
        Online = "online",
        ChildAbuse = "child_abuse",
        Domestic = "domestic",
        Exploitation = "exploitation",
        ForcedMarriage = "forced_marriage",
        /// For someone worried about their own behaviour: only thoughts or feelings,
        /// nothing has happened.
        ThoughtsOnly = "thoughts_only",
        Unsure = "unsure",
    }
}

vocabulary! {
    /// Where it happened.
    Setting {
        Home = "home",
        Relationship = "relationship",
        Work = "work",
        School = "school",
        StudentLife = "student_life",
        Sport = "sport",
        Church = "church",
        Care = "care",
        Online = "online",
        PublicSpace = "public_space",
        Nightlife = "nightlife",
    }
}

vocabulary! {
    /// When it happened. `Now` is happening at this moment (urgent); `Ongoing` has happened
    /// and keeps happening (abuse at home, images still being spread), not urgent by itself.
    When {
        Now = "now",
        Ongoing = "ongoing",
        Within72h = "within_72h",
        Within7d = "within_7d",
        LongerAgo = "longer_ago",
        Unsure = "unsure",
    }
}

vocabulary! {
    /// The age of the person it happened to (of the person asking, for own behaviour).
    AgeBand {
        Under12 = "under_12",
        From12To17 = "12_to_17",
        From18To24 = "18_to_24",
        From25 = "25_plus",
    }
}

vocabulary! {
    /// What a person needs most.
    Need {
        Medical = "medical",
        Talk = "talk",
        Advice = "advice",
        ReportPolice = "report_police",
        ReportOther = "report_other",
        Legal = "legal",
        LongTermCare = "long_term_care",
        StopBehaviour = "stop_behaviour",
        RemoveImages = "remove_images",
        SafePlace = "safe_place",
        SuicidalThoughts = "suicidal_thoughts",
        /// Not a person's answer but the directory's: direct danger, call now.
        Emergency = "emergency",
    }
}

vocabulary! {
    /// How a person would like to get in touch.
    ContactWay {
        Phone = "phone",
        Chat = "chat",
        InPerson = "in_person",
        Email = "email",
        Anonymous = "anonymous",
    }
}

vocabulary! {
    /// The islands of the Caribbean Netherlands.
    Island {
        Bonaire = "bonaire",
        SintEustatius = "sint_eustatius",
        Saba = "saba",
    }
}

impl AgeBand {
    /// The youngest and oldest age in the band, in years.
    pub const fn years(self) -> (u8, u8) {
        match self {
            AgeBand::Under12 => (0, 11),
            AgeBand::From12To17 => (12, 17),
            AgeBand::From18To24 => (18, 24),
            AgeBand::From25 => (25, 120),
        }
    }
}

impl Need {
    /// The needs a person can choose (all but the directory's own `emergency`).
    pub fn answerable() -> impl Iterator<Item = Need> {
        Need::ALL.iter().copied().filter(|n| *n != Need::Emergency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for role in Role::ALL {
            assert_eq!(Role::from_id(role.id()), Some(*role));
            assert_eq!(
                serde_json::to_string(role).unwrap(),
                format!("\"{}\"", role.id())
            );
        }
        for need in Need::ALL {
            assert_eq!(Need::from_id(need.id()), Some(*need));
        }
        assert_eq!(AgeBand::from_id("12_to_17"), Some(AgeBand::From12To17));
        assert_eq!(When::from_id("later"), None);
        assert_eq!(Need::answerable().count(), 11);
    }
}

vocabulary! {
    /// A way to get in touch with a service.
    Channel {
        Phone = "phone",
        Chat = "chat",
        Whatsapp = "whatsapp",
        Email = "email",
        WalkIn = "walk_in",
        OnlineForm = "online_form",
        /// A web page with information.
        Website = "website",
    }
}

impl Channel {
    /// Whether someone answers this way only at certain hours (a phone, chat, WhatsApp or
    /// a door): an e-mail address, a form or a web page takes a message at any time, so it
    /// gets no line about opening hours.
    pub const fn has_hours(self) -> bool {
        matches!(
            self,
            Channel::Phone | Channel::Chat | Channel::Whatsapp | Channel::WalkIn
        )
    }
}

vocabulary! {
    /// What using a service or one of its contacts costs.
    Cost {
        Free = "free",
        /// Free help, but the call costs what a normal call costs.
        LocalRate = "local_rate",
        Paid = "paid",
        Unknown = "unknown",
    }
}

vocabulary! {
    /// A day of the week, in opening hours.
    Day {
        Mon = "mon",
        Tue = "tue",
        Wed = "wed",
        Thu = "thu",
        Fri = "fri",
        Sat = "sat",
        Sun = "sun",
    }
}

vocabulary! {
    /// What a visitor says is wrong about a help point ("Klopt er iets niet?").
    Problem {
        Phone = "phone",
        Hours = "hours",
        Website = "website",
        Address = "address",
        Other = "other",
    }
}
