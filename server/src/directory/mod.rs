//! The directory of help points: the data files in data/organisations/ loaded into typed
//! records and checked, every problem reported with its file, line and field.

pub mod hours;
pub mod locate;
pub mod model;
pub mod phone;
pub mod validate;

use crate::regions::data::RegionData;
use locate::{line_of, line_of_offset, path_at};
use model::Organisation;
use std::{
    collections::HashMap,
    fmt,
    path::{Path, PathBuf},
};
use validate::Known;

/// Every organisation, ordered by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
}

impl Directory {
    /// How many services and contacts there are in all.
    pub fn counts(&self) -> (usize, usize) {
        let services = self.organisations.iter().flat_map(|o| &o.services);
        services.fold((0, 0), |(s, c), service| {
            (s + 1, c + service.contacts.len())
        })
    }
}

/// One problem in one data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataProblem {
    pub file: PathBuf,
    pub line: usize,
    /// Where in the file, e.g. `service[0].contact[1].value`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file.display(),
            self.line,
            self.field,
            self.message
        )
    }
}

/// Everything wrong with the data, all at once, so it can be fixed in one go.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DataProblems(pub Vec<DataProblem>);

impl fmt::Display for DataProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the directory data has {} problem(s):", self.0.len())?;
        for problem in &self.0 {
            writeln!(f, "  {problem}")?;
        }
        Ok(())
    }
}

/// Reads and checks every `*.toml` in `dir/organisations`. `today` (`YYYY-MM-DD`) is the
/// latest date a fact can have been verified.
pub fn load(dir: &Path, regions: &RegionData, today: &str) -> Result<Directory, DataProblems> {
    let known = Known::from_regions(regions);
    let folder = dir.join("organisations");
    let mut problems = Vec::new();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .collect(),
        Err(err) => {
            return Err(DataProblems(vec![problem(
                &folder,
                0,
                "(folder)",
                format!("cannot be read: {err}"),
            )]));
        }
    };
    files.sort();
    let mut organisations = Vec::new();
    let mut service_ids: HashMap<String, PathBuf> = HashMap::new();
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(problem(file, 0, "(file)", format!("cannot be read: {err}")));
                continue;
            }
        };
        let org: Organisation = match toml::from_str(&text) {
            Ok(org) => org,
            Err(err) => {
                let offset = err.span().map_or(0, |span| span.start);
                let field = path_at(&text, offset).to_string();
                problems.push(problem(
                    file,
                    line_of_offset(&text, offset),
                    &field,
                    err.message().to_owned(),
                ));
                continue;
            }
        };
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        for p in validate::organisation(&org, stem, &known, today) {
            problems.push(problem(
                file,
                line_of(&text, &p.path),
                &p.path.to_string(),
                p.message,
            ));
        }
        let root = locate::FieldPath::default();
        for (i, service) in org.services.iter().enumerate() {
            if let Some(first) = service_ids.insert(service.id.clone(), file.clone()) {
                let path = root.key("service").index(i).key("id");
                let message = format!(
                    "service id {:?} is already used in {}",
                    service.id,
                    first.display()
                );
                problems.push(problem(
                    file,
                    line_of(&text, &path),
                    &path.to_string(),
                    message,
                ));
            }
        }
        organisations.push(org);
    }
    for service in organisations.iter_mut().flat_map(|o| &mut o.services) {
        let (cost, anonymous) = (service.cost, service.anonymous);
        for contact in &mut service.contacts {
            contact.href = href(contact);
            contact.inherit(cost, anonymous);
        }
    }
    if problems.is_empty() {
        Ok(Directory { organisations })
    } else {
        Err(DataProblems(problems))
    }
}

/// The link that opens a (checked) contact.
fn href(contact: &model::Contact) -> String {
    use model::Channel;
    match contact.channel {
        Channel::Phone => phone::parse(&contact.value)
            .map(|p| p.href())
            .unwrap_or_default(),
        Channel::Whatsapp => phone::parse(&contact.value)
            .map(|p| format!("https://wa.me/{}", p.dial.trim_start_matches('+')))
            .unwrap_or_default(),
        Channel::Email => format!("mailto:{}", contact.value),
        Channel::Chat | Channel::OnlineForm | Channel::WalkIn | Channel::Website => {
            contact.value.clone()
        }
    }
}

fn problem(file: &Path, line: usize, field: &str, message: String) -> DataProblem {
    DataProblem {
        file: file.to_path_buf(),
        line,
        field: field.to_owned(),
        message,
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    civil_date(days)
}

/// The calendar date `days` days after 1970-01-01, as `YYYY-MM-DD`.
///
/// ```
/// use server::directory::civil_date;
/// assert_eq!(civil_date(0), "1970-01-01");
/// assert_eq!(civil_date(20_785), "2026-11-28");
/// assert_eq!(civil_date(19_782), "2024-02-29");
/// ```
pub fn civil_date(days: u64) -> String {
    let (year, month, day) = hours::civil_from_days(i64::try_from(days).unwrap_or(i64::MAX));
    format!("{year:04}-{month:02}-{day:02}")
}
