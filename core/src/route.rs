//! The site's pages and their addresses in each language: the one table that links use.

use crate::i18n::{Lang, Text};

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageId {
    Home,
    Triage,
    Directory,
    Safety,
    About,
}

impl PageId {
    /// Every page.
    pub const ALL: [PageId; 5] = [
        PageId::Home,
        PageId::Triage,
        PageId::Directory,
        PageId::Safety,
        PageId::About,
    ];

    /// The address of this page in a language. The router in `lib.rs` declares the same
    /// paths; the server's `tests/http.rs` checks that each one answers in its language.
    pub const fn path(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PageId::Home, Lang::Nl) => "/",
            (PageId::Triage, Lang::Nl) => "/hulp",
            (PageId::Triage, Lang::En) => "/en/help",
            (PageId::Directory, Lang::Nl) => "/wegwijzer",
            (PageId::Directory, Lang::En) => "/en/directory",
            (PageId::Safety, Lang::Nl) => "/veilig-gebruiken",
            (PageId::About, Lang::Nl) => "/over",
            (PageId::Home, Lang::En) => "/en",
            (PageId::Safety, Lang::En) => "/en/safe-use",
            (PageId::About, Lang::En) => "/en/about",
        }
    }

    /// The page's own title; the home page has none besides the site name.
    pub const fn title(self) -> Option<Text> {
        match self {
            PageId::Home => None,
            PageId::Triage => Some(Text::TriageTitle),
            PageId::Directory => Some(Text::DirectoryTitle),
            PageId::Safety => Some(Text::SafetyTitle),
            PageId::About => Some(Text::AboutTitle),
        }
    }
}

/// Where the summary is sent to come back as a file, in a language.
pub const fn summary_file_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "/hulp/samenvatting",
        Lang::En => "/en/help/summary",
    }
}

/// The desk overview of every help point for a municipality, in a language.
pub const fn overview_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "/hulp/overzicht",
        Lang::En => "/en/help/overview",
    }
}

/// A page that does something with JavaScript. Only these load the WebAssembly and are
/// hydrated; every other page is whole as the server sends it, so a phone fetches no
/// WebAssembly for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LivePage {
    /// The questionnaire: its screens and the plan are drawn in the browser.
    Triage,
    /// The desk overview: its print button.
    Overview,
}

impl LivePage {
    /// Every live page.
    pub const ALL: [LivePage; 2] = [LivePage::Triage, LivePage::Overview];

    /// The address of this page in a language.
    pub const fn path(self, lang: Lang) -> &'static str {
        match self {
            LivePage::Triage => PageId::Triage.path(lang),
            LivePage::Overview => overview_path(lang),
        }
    }

    /// The live page at an address (a query or fragment after it is ignored), in its
    /// language; `None` for every other page. The server asks this to decide whether a
    /// page loads the WebAssembly, and the browser to know which page to hydrate.
    ///
    /// ```
    /// use hulpwijzer_core::{i18n::Lang, route::LivePage};
    /// assert_eq!(LivePage::at("/en/help"), Some((LivePage::Triage, Lang::En)));
    /// assert_eq!(LivePage::at("/hulp/overzicht?x=1"), Some((LivePage::Overview, Lang::Nl)));
    /// assert_eq!(LivePage::at("/wegwijzer"), None);
    /// assert_eq!(LivePage::at("/hulp/"), None);
    /// ```
    pub fn at(address: &str) -> Option<(LivePage, Lang)> {
        let path = address.split(['?', '#']).next().unwrap_or_default();
        LivePage::ALL.into_iter().find_map(|page| {
            Lang::ALL
                .into_iter()
                .find(|&lang| page.path(lang) == path)
                .map(|lang| (page, lang))
        })
    }
}

/// Where "Klopt er iets niet?" notes are sent, in a language.
pub const fn report_path(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "/melding",
        Lang::En => "/en/report",
    }
}

/// The address of an organisation's page in a language.
///
/// ```
/// use hulpwijzer_core::{i18n::Lang, route::organisation_path};
/// assert_eq!(organisation_path("csg", Lang::Nl), "/organisaties/csg");
/// assert_eq!(organisation_path("csg", Lang::En), "/en/organisations/csg");
/// ```
pub fn organisation_path(id: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("/organisaties/{id}"),
        Lang::En => format!("/en/organisations/{id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_unique_and_in_their_language() {
        let mut seen = Vec::new();
        for page in PageId::ALL {
            for lang in Lang::ALL {
                let path = page.path(lang);
                assert!(!seen.contains(&path), "{path} is used twice");
                assert_eq!(Lang::from_path(path), lang, "{path} is not in {lang:?}");
                seen.push(path);
            }
        }
    }
}
