//! The benchmark's query set, `bench/queries.toml`: the services the generator plants and
//! the queries, each with the service that should come first. A query becomes the server's
//! own [`SearchQuery`], its municipality resolved by the server's own resolver.

use anyhow::{Context, bail};
use hulpwijzer_core::vocab::{Channel, Need, Role, Setting, What};
use serde::Deserialize;
use server::{
    regions::Regions,
    search::{Lang, SearchQuery},
};
use std::path::Path;

/// The committed query set, built into the binary.
pub const BUILT_IN: &str = include_str!("../queries.toml");

/// How many hits both engines return.
pub const TOP_K: usize = 10;

/// The parsed query file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuerySet {
    #[serde(default, rename = "plant")]
    pub plants: Vec<Plant>,
    #[serde(default, rename = "query")]
    pub queries: Vec<QueryCase>,
}

/// A service the generator always writes, as an organisation of its own.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plant {
    /// The service id, also the organisation's id and file name.
    pub id: String,
    /// The organisation's name.
    pub org: String,
    pub name_nl: String,
    pub name_en: String,
    pub description_nl: String,
    pub description_en: String,
    pub needs: Vec<Need>,
    pub audiences: Vec<Role>,
    #[serde(default)]
    pub what: Vec<What>,
    #[serde(default)]
    pub settings: Vec<Setting>,
    /// CBS codes; empty means national.
    #[serde(default)]
    pub municipalities: Vec<String>,
    pub channels: Vec<Channel>,
    /// Reachable day and night.
    #[serde(default)]
    pub always: bool,
    #[serde(default)]
    pub anonymous: Option<bool>,
    /// Youngest and oldest age served.
    #[serde(default)]
    pub age: Option<(u8, u8)>,
}

/// What a query tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Plain,
    Stem,
    Typo,
    English,
    Filter,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Plain => "plain",
            Kind::Stem => "stem",
            Kind::Typo => "typo",
            Kind::English => "english",
            Kind::Filter => "filter",
        }
    }
}

/// The language a query is asked in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QueryLang {
    #[default]
    Nl,
    En,
}

/// One query with its filters and expected first hit.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryCase {
    pub kind: Kind,
    pub text: String,
    #[serde(default)]
    pub lang: QueryLang,
    /// The service id that should come first; `None`: timed only.
    #[serde(default)]
    pub expect: Option<String>,
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default)]
    pub audiences: Vec<Role>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// A municipality name or CBS code.
    #[serde(default)]
    pub municipality: Option<String>,
    #[serde(default)]
    pub age: Option<(u8, u8)>,
    #[serde(default)]
    pub always_open: bool,
    #[serde(default)]
    pub anonymous: bool,
}

impl QuerySet {
    /// Reads a query file, or the built-in one without a path.
    pub fn load(path: Option<&Path>) -> anyhow::Result<QuerySet> {
        let text = match path {
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?,
            None => BUILT_IN.to_owned(),
        };
        let set: QuerySet = toml::from_str(&text).context("the query file")?;
        set.check()?;
        Ok(set)
    }

    /// Every expected id that is a plant's is planted once; plant ids are slugs.
    fn check(&self) -> anyhow::Result<()> {
        for (i, plant) in self.plants.iter().enumerate() {
            if hulpwijzer_core::triage::help_point_id(&plant.id).is_none() {
                bail!(
                    "plant {:?}: an id is lowercase letters, digits and hyphens",
                    plant.id
                );
            }
            if self.plants[..i].iter().any(|p| p.id == plant.id) {
                bail!("plant {:?} is listed twice", plant.id);
            }
        }
        for query in &self.queries {
            if let Some(id) = &query.expect
                && id.starts_with("plant-")
                && !self.plants.iter().any(|p| &p.id == id)
            {
                bail!(
                    "query {:?} expects {id:?}, which is not planted",
                    query.text
                );
            }
        }
        Ok(())
    }

    /// The CBS codes the plants cover: the generator leaves them to the plants.
    pub fn reserved_municipalities(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for code in self.plants.iter().flat_map(|p| &p.municipalities) {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
        out
    }
}

impl QueryCase {
    /// The server's query for this case, `TOP_K` hits.
    pub fn to_search(&self, regions: &Regions) -> anyhow::Result<SearchQuery> {
        let place = match &self.municipality {
            Some(name) => Some(
                regions
                    .by_municipality(name)
                    .map_err(|err| anyhow::anyhow!("municipality {name:?}: {err}"))?,
            ),
            None => None,
        };
        Ok(SearchQuery {
            text: self.text.clone(),
            lang: match self.lang {
                QueryLang::Nl => Lang::Nl,
                QueryLang::En => Lang::En,
            },
            place,
            needs: self.needs.clone(),
            audiences: self.audiences.clone(),
            age: self.age,
            channels: self.channels.clone(),
            always_open: self.always_open,
            anonymous: self.anonymous,
            limit: TOP_K,
        })
    }

    /// The filters in a few words, for the report.
    pub fn filters(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(m) = &self.municipality {
            parts.push(format!("in {m}"));
        }
        let ids = |ids: Vec<&str>| ids.join("/");
        if !self.needs.is_empty() {
            parts.push(format!(
                "need {}",
                ids(self.needs.iter().map(|n| n.id()).collect())
            ));
        }
        if !self.audiences.is_empty() {
            parts.push(format!(
                "for {}",
                ids(self.audiences.iter().map(|r| r.id()).collect())
            ));
        }
        if !self.channels.is_empty() {
            parts.push(format!(
                "by {}",
                ids(self.channels.iter().map(|c| c.id()).collect())
            ));
        }
        if let Some((young, old)) = self.age {
            parts.push(format!("age {young}-{old}"));
        }
        if self.always_open {
            parts.push("24/7".into());
        }
        if self.anonymous {
            parts.push("anonymous".into());
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, QuerySet};

    #[test]
    fn the_built_in_set_reads_and_has_every_kind_of_query() {
        let set = QuerySet::load(None).unwrap();
        assert!(set.queries.len() >= 30, "{}", set.queries.len());
        for kind in [
            Kind::Plain,
            Kind::Stem,
            Kind::Typo,
            Kind::English,
            Kind::Filter,
        ] {
            assert!(set.queries.iter().any(|q| q.kind == kind), "{kind:?}");
        }
        assert!(set.reserved_municipalities().contains(&"GM0096".to_owned()));
    }

    #[test]
    fn an_expected_plant_must_be_planted() {
        let text = "[[query]]\nkind = \"plain\"\ntext = \"x\"\nexpect = \"plant-none\"\n";
        let set: QuerySet = toml::from_str(text).unwrap();
        assert!(set.check().is_err());
    }
}
