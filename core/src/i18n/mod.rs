//! The i18n layer: every text a person sees, in Dutch and English.
//!
//! Texts are declared once in [`texts`] with the `texts!` macro, which demands both a
//! Dutch and an English version of every entry: a missing translation does not compile.

/// Declares the [`Text`] keys with their Dutch and English versions. Every entry must have
/// both, or the build fails:
///
/// ```compile_fail
/// hulpwijzer_core::texts! {
///     Greeting { nl: "Hallo" }
/// }
/// ```
///
/// ```
/// hulpwijzer_core::texts! {
///     Greeting { nl: "Hallo", en: "Hello" }
/// }
/// assert_eq!(Text::Greeting.get(hulpwijzer_core::i18n::Lang::En), "Hello");
/// ```
#[doc(hidden)]
#[macro_export]
macro_rules! texts {
    ($($key:ident { nl: $nl:literal, en: $en:literal $(,)? })*) => {
        /// A key of a user-facing text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Text {
            $($key,)*
        }

        impl Text {
            /// Every key, for checks over the whole table.
            pub const ALL: &'static [Text] = &[$(Text::$key,)*];

            /// The text in the given language.
            pub const fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Text::$key, $crate::i18n::Lang::Nl) => $nl,
                        (Text::$key, $crate::i18n::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

pub mod facts;
mod texts;

pub use texts::Text;

/// A language the site speaks. Dutch is the default; English lives under `/en`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    /// Every language, default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and `hreflang`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The other language, for the language switch.
    pub const fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }

    /// The language a URL path is in: English under `/en`, Dutch everywhere else.
    ///
    /// ```
    /// use hulpwijzer_core::i18n::Lang;
    /// assert_eq!(Lang::from_path("/en/about"), Lang::En);
    /// assert_eq!(Lang::from_path("/en"), Lang::En);
    /// assert_eq!(Lang::from_path("/english"), Lang::Nl);
    /// assert_eq!(Lang::from_path("/over"), Lang::Nl);
    /// ```
    pub fn from_path(path: &str) -> Lang {
        match path.strip_prefix("/en") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => Lang::En,
            _ => Lang::Nl,
        }
    }
}

/// Looks up a text in a language.
pub const fn t(text: Text, lang: Lang) -> &'static str {
    text.get(lang)
}

/// Who a text speaks to: the person themselves ("je"), or a professional about their
/// client ("u", "uw cliënt").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    Personal,
    Professional,
}

impl Voice {
    /// The voice for a professional, or the personal one.
    pub const fn of(professional: bool) -> Voice {
        if professional {
            Voice::Professional
        } else {
            Voice::Personal
        }
    }

    /// `text` in this voice: the one table of texts a professional reads in other words.
    pub const fn say(self, text: Text) -> Text {
        if matches!(self, Voice::Personal) {
            return text;
        }
        match text {
            Text::ReasonsLabel => Text::ReasonsLabelFormal,
            Text::QNeeds => Text::QNeedsClient,
            Text::QContact => Text::QContactClient,
            Text::PlanTitle => Text::PlanTitleClient,
            Text::QPlace => Text::QPlaceClient,
            Text::HintMany => Text::HintManyFormal,
            Text::HintPlace => Text::HintPlaceClient,
            Text::TriageShowPlan => Text::TriageShowPlanClient,
            Text::PlanRegionHeading => Text::PlanRegionHeadingClient,
            Text::PlanRegionPlace => Text::PlanRegionPlaceClient,
            Text::FirstStepIntro => Text::FirstStepIntroClient,
            Text::FirstStepIslands => Text::FirstStepIslandsClient,
            Text::SummaryTextLabel => Text::SummaryTextLabelFormal,
            Text::ReportIntro => Text::ReportIntroFormal,
            Text::ReportWarning => Text::ReportWarningClient,
            Text::ReportWarningMore => Text::ReportWarningMoreFormal,
            Text::ReportEmailLabel => Text::ReportEmailLabelFormal,
            Text::ReportEmailHint => Text::ReportEmailHintFormal,
            Text::ReportThanksTitle => Text::ReportThanksTitleFormal,
            Text::ReportThanks => Text::ReportThanksFormal,
            Text::ReportBackToPlan => Text::ReportBackToPlanFormal,
            Text::ReportMistakes => Text::ReportMistakesFormal,
            Text::ReportTooMany => Text::ReportTooManyFormal,
            Text::ReportNotSaved => Text::ReportNotSavedFormal,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_professional_reads_u_where_a_person_reads_je() {
        for text in Text::ALL {
            let formal = Voice::Professional.say(*text);
            let words = t(formal, Lang::Nl).split(|c: char| !c.is_alphabetic());
            let personal = words
                .map(str::to_lowercase)
                .any(|w| matches!(w.as_str(), "je" | "jij" | "jouw" | "mijn"));
            if *text != formal {
                assert!(!personal, "{formal:?} still says je");
            }
            assert_eq!(Voice::Personal.say(*text), *text);
        }
    }

    #[test]
    fn every_text_is_present_and_trimmed_in_every_language() {
        for text in Text::ALL {
            for lang in Lang::ALL {
                let s = t(*text, lang);
                assert!(!s.is_empty(), "{text:?} is empty in {lang:?}");
                assert_eq!(s, s.trim(), "{text:?} has stray white space in {lang:?}");
            }
        }
    }

    #[test]
    fn other_language_round_trips() {
        for lang in Lang::ALL {
            assert_ne!(lang.other(), lang);
            assert_eq!(lang.other().other(), lang);
        }
    }
}
