//! How fresh the directory is: every fact checked longer ago than a threshold, every fact
//! whose source is older than a threshold, and every fact that is shown although its
//! sources do not confirm it, per organisation. `hulpwijzer report-staleness` writes it
//! as Markdown for the people who keep the data and as JSON for machines; CI prints the
//! summary. A report, not a check: old facts may still be true, and nothing fails on it.

use super::{
    Directory,
    dates::SourceDate,
    model::{Contact, Organisation, Service},
};
use crate::markdown::cell;
use jiff::{Span, civil::Date};
use serde::Serialize;
use std::fmt::Write as _;

/// When a fact counts as stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Thresholds {
    /// A fact checked more than this many months ago is due for a new check.
    pub verified_months: i32,
    /// A source more than this many years old may no longer say what holds today.
    pub source_years: i16,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            verified_months: 12,
            source_years: 2,
        }
    }
}

/// Why a fact is in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Last checked before the threshold.
    VerifiedLongAgo,
    /// Its source is older than the threshold.
    OldSource,
    /// Shown to people although the sources do not confirm it.
    Unconfirmed,
}

impl Reason {
    const ALL: [Reason; 3] = [
        Reason::VerifiedLongAgo,
        Reason::OldSource,
        Reason::Unconfirmed,
    ];

    fn heading(self) -> &'static str {
        match self {
            Reason::VerifiedLongAgo => "checked long ago",
            Reason::OldSource => "old source",
            Reason::Unconfirmed => "not confirmed",
        }
    }
}

/// One fact and why it is reported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub reason: Reason,
    /// The field in the organisation's file, as `check-data` names it:
    /// `service[0].contact[1].hours`.
    pub field: String,
    /// What the fact is, in a few words: `phone 0800-0188 (csg-hulp)`.
    pub fact: String,
    /// The date that makes it stale: when it was checked, or its source's date.
    pub date: Option<String>,
    /// Where it comes from.
    pub source: Option<String>,
}

/// The findings of one organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OrganisationReport {
    pub id: String,
    pub name: String,
    pub findings: Vec<Finding>,
}

/// How many facts were looked at, and how many are reported for each reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub facts: usize,
    pub verified_long_ago: usize,
    pub old_source: usize,
    pub unconfirmed: usize,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub today: String,
    pub thresholds: Thresholds,
    pub totals: Totals,
    /// Only the organisations with findings, in the directory's order.
    pub organisations: Vec<OrganisationReport>,
}

/// What is stale in `directory` on `today`.
pub fn report(directory: &Directory, today: Date, thresholds: Thresholds) -> Report {
    let checked_before = today
        .checked_sub(Span::new().months(thresholds.verified_months))
        .unwrap_or(today);
    let source_before = today
        .checked_sub(Span::new().years(thresholds.source_years))
        .unwrap_or(today);
    let mut walker = Walker {
        checked_before,
        source_before,
        facts: 0,
        findings: Vec::new(),
    };
    let organisations: Vec<OrganisationReport> = directory
        .organisations
        .iter()
        .map(|org| walker.organisation(org))
        .filter(|o| !o.findings.is_empty())
        .collect();
    let count = |reason| {
        organisations
            .iter()
            .flat_map(|o| &o.findings)
            .filter(|f| f.reason == reason)
            .count()
    };
    Report {
        today: today.to_string(),
        thresholds,
        totals: Totals {
            facts: walker.facts,
            verified_long_ago: count(Reason::VerifiedLongAgo),
            old_source: count(Reason::OldSource),
            unconfirmed: count(Reason::Unconfirmed),
        },
        organisations,
    }
}

struct Walker {
    checked_before: Date,
    source_before: Date,
    facts: usize,
    findings: Vec<Finding>,
}

impl Walker {
    fn organisation(&mut self, org: &Organisation) -> OrganisationReport {
        if let Some(referral) = &org.referral {
            let source = referral.sources.first().cloned();
            self.fact(
                "referral",
                "referral route",
                referral.verified,
                None,
                referral.confirmed,
                source,
            );
        }
        for (i, service) in org.services.iter().enumerate() {
            self.service(&format!("service[{i}]"), service);
        }
        OrganisationReport {
            id: org.id.clone(),
            name: org.name.clone(),
            findings: std::mem::take(&mut self.findings),
        }
    }

    fn service(&mut self, path: &str, service: &Service) {
        if service.unconfirmed.is_some() {
            self.findings.push(Finding {
                reason: Reason::Unconfirmed,
                field: format!("{path}.unconfirmed"),
                fact: format!("what the sources leave open about {}", service.id),
                date: None,
                source: None,
            });
        }
        for (i, contact) in service.contacts.iter().enumerate() {
            self.contact(&format!("{path}.contact[{i}]"), contact, &service.id);
        }
        for (i, location) in service.locations.iter().enumerate() {
            let what = format!("place {} ({})", location.name, service.id);
            self.fact(
                &format!("{path}.location[{i}]"),
                &what,
                location.verified,
                None,
                location.confirmed,
                Some(location.source.clone()),
            );
        }
    }

    fn contact(&mut self, path: &str, contact: &Contact, service: &str) {
        let what = format!("{} {} ({service})", contact.channel.id(), contact.value);
        self.fact(
            path,
            &what,
            contact.verified,
            contact.source_date,
            contact.confirmed,
            Some(contact.source.to_string()),
        );
        if let Some(date) = contact.hours.as_ref().and_then(|h| h.source_date) {
            self.old_source(
                &format!("{path}.hours"),
                &format!("opening hours of {what}"),
                date,
                Some(contact.source.to_string()),
            );
        }
    }

    /// One fact with its check date, its source's date if known, and whether the sources
    /// confirm it.
    fn fact(
        &mut self,
        path: &str,
        what: &str,
        verified: Date,
        source_date: Option<SourceDate>,
        confirmed: bool,
        source: Option<String>,
    ) {
        self.facts += 1;
        if verified < self.checked_before {
            self.findings.push(Finding {
                reason: Reason::VerifiedLongAgo,
                field: path.to_owned(),
                fact: what.to_owned(),
                date: Some(verified.to_string()),
                source: source.clone(),
            });
        }
        if let Some(date) = source_date {
            self.old_source(path, what, date, source.clone());
        }
        if !confirmed {
            self.findings.push(Finding {
                reason: Reason::Unconfirmed,
                field: path.to_owned(),
                fact: what.to_owned(),
                date: None,
                source,
            });
        }
    }

    fn old_source(&mut self, path: &str, what: &str, date: SourceDate, source: Option<String>) {
        if date.latest_day() < self.source_before {
            self.findings.push(Finding {
                reason: Reason::OldSource,
                field: path.to_owned(),
                fact: what.to_owned(),
                date: Some(date.to_string()),
                source,
            });
        }
    }
}

impl Report {
    /// The counts, each with what it counts.
    fn counts(&self) -> [(String, usize); 3] {
        let (t, limits) = (&self.totals, &self.thresholds);
        [
            (
                format!("checked more than {} months ago", limits.verified_months),
                t.verified_long_ago,
            ),
            (
                format!("source older than {} years", limits.source_years),
                t.old_source,
            ),
            ("shown but not confirmed".to_owned(), t.unconfirmed),
        ]
    }

    /// The counts in one line each, for a terminal or a CI log.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "Directory freshness on {}: {} facts looked at.\n",
            self.today, self.totals.facts
        );
        for (what, n) in self.counts() {
            let _ = writeln!(out, "  {what}: {n}");
        }
        out
    }

    /// The report for people: the counts, then a table per organisation.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# Directory freshness\n\nOn {}, {} facts looked at:\n\n",
            self.today, self.totals.facts
        );
        for (what, n) in self.counts() {
            let _ = writeln!(out, "- {what}: {n}");
        }
        for org in &self.organisations {
            let _ = write!(out, "\n## {} (`{}`)\n\n", cell(&org.name), org.id);
            out.push_str(
                "| Why | Fact | Field | Date | Source |\n| --- | --- | --- | --- | --- |\n",
            );
            for reason in Reason::ALL {
                for f in org.findings.iter().filter(|f| f.reason == reason) {
                    let _ = writeln!(
                        out,
                        "| {} | {} | `{}` | {} | {} |",
                        reason.heading(),
                        cell(&f.fact),
                        f.field,
                        f.date.as_deref().unwrap_or("–"),
                        f.source.as_deref().map_or_else(|| "–".to_owned(), cell)
                    );
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{holidays::Holidays, model::Organisation};

    const ORG: &str = r#"
id = "voorbeeld"
name = "Voorbeeld | test"
description = { nl = "Een organisatie.", en = "An organisation." }

[referral]
text = { nl = "Bel.", en = "Call." }
confirmed = false
sources = ["https://example.org/route"]
verified = "2026-11-01"
verified_against = "dossier"

[[service]]
id = "voorbeeld-hulp"
name = { nl = "Hulp", en = "Help" }
description = { nl = "Hulp.", en = "Help." }
unconfirmed = { nl = "Het gebied is niet bevestigd.", en = "The area is not confirmed." }
audiences = ["victim"]
needs = ["talk"]
coverage = { national = true }
cost = "free"

[[service.contact]]
channel = "phone"
value = "0800-0188"
hours = { always = true, source_date = "2019" }
confirmed = true
source = "https://example.org/phone"
source_date = "2024-12-02"
verified = "2025-12-01"
verified_against = "dossier"

[[service.contact]]
channel = "chat"
value = "https://example.org/chat"
confirmed = true
source = "https://example.org/chat-source"
source_date = "2024-12-03"
verified = "2025-12-02"
verified_against = "source"
"#;

    fn directory() -> Directory {
        Directory {
            organisations: vec![toml::from_str::<Organisation>(ORG).unwrap()],
            holidays: Holidays::default(),
            read_from: 0,
        }
    }

    fn reasons(report: &Report) -> Vec<(Reason, &str)> {
        report.organisations[0]
            .findings
            .iter()
            .map(|f| (f.reason, f.field.as_str()))
            .collect()
    }

    #[test]
    fn each_fact_is_reported_for_each_reason_at_the_day_it_becomes_due() {
        let today = jiff::civil::date(2026, 12, 2);
        let report = report(&directory(), today, Thresholds::default());
        assert_eq!(
            reasons(&report),
            [
                (Reason::Unconfirmed, "referral"),
                (Reason::Unconfirmed, "service[0].unconfirmed"),
                // Checked 2025-12-01: a year and a day ago. Its source (2024-12-02) is
                // exactly two years old, not older.
                (Reason::VerifiedLongAgo, "service[0].contact[0]"),
                (Reason::OldSource, "service[0].contact[0].hours"),
            ]
        );
        assert_eq!(
            report.totals,
            Totals {
                facts: 3,
                verified_long_ago: 1,
                old_source: 1,
                unconfirmed: 2,
            }
        );
        // A day later the chat is due too, and the phone's source is old.
        let later = report_at(jiff::civil::date(2026, 12, 3));
        assert_eq!(later.totals.verified_long_ago, 2);
        assert_eq!(later.totals.old_source, 2);
    }

    fn report_at(today: Date) -> Report {
        report(&directory(), today, Thresholds::default())
    }

    #[test]
    fn fresh_data_has_no_organisation_in_the_report() {
        let mut fresh = directory();
        let org = &mut fresh.organisations[0];
        org.referral = None;
        org.services[0].unconfirmed = None;
        for contact in &mut org.services[0].contacts {
            contact.source_date = None;
            contact.hours = None;
        }
        let report = report(&fresh, jiff::civil::date(2026, 1, 1), Thresholds::default());
        assert!(report.organisations.is_empty());
        assert_eq!(report.totals.facts, 2);
    }

    #[test]
    fn the_markdown_has_a_row_per_finding_and_keeps_tables_whole() {
        let text = report_at(jiff::civil::date(2026, 12, 2)).markdown();
        assert!(
            text.contains("## Voorbeeld \\| test (`voorbeeld`)"),
            "{text}"
        );
        assert_eq!(text.matches("\n| checked long ago |").count(), 1, "{text}");
        assert_eq!(text.matches("\n| not confirmed |").count(), 2, "{text}");
        assert!(text.contains("| old source | opening hours of phone 0800-0188 (voorbeeld-hulp) | `service[0].contact[0].hours` | 2019 |"), "{text}");
        let json = serde_json::to_value(report_at(jiff::civil::date(2026, 12, 2))).unwrap();
        assert_eq!(json["totals"]["unconfirmed"], 2);
        assert_eq!(
            json["organisations"][0]["findings"][0]["reason"],
            "unconfirmed"
        );
    }
}
