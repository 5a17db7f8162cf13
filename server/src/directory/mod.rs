//! The directory of help points: the data files in data/organisations/ loaded into typed
//! records and checked, every problem reported with its file, line and field.

pub mod dates;
pub mod holidays;
pub mod hours;
pub mod locate;
pub mod model;
pub mod phone;
pub mod present;
pub mod reach;
pub mod staleness;
pub mod texts;
pub mod validate;

use crate::regions::data::RegionData;
use holidays::{Holidays, Place};
use locate::{line_of, line_of_offset, path_at};
use model::{Organisation, TimeZone};
use std::{
    collections::{HashMap, HashSet},
    fmt,
    path::{Path, PathBuf},
    sync::Arc,
};
use validate::Known;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// Every organisation, ordered by id, and the public holidays that may close them.
#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
    pub holidays: Holidays,
    /// A fingerprint of the organisation files it was read from: XXH3-128 over each
    /// file's bytes, in the order of the organisations. Everything the search indexes
    /// follows from those bytes, so the key of a kept index is made from it (`kept.rs`)
    /// without reading every text again. 0 for a directory made in a test.
    pub read_from: u128,
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

/// Reads and checks every `*.toml` in `dir/organisations`. `today` is the latest date a
/// fact can have been verified.
pub fn load(
    dir: &Path,
    regions: &RegionData,
    today: jiff::civil::Date,
) -> Result<Directory, DataProblems> {
    load_filing(dir, regions, today, None)
}

/// As [`load`], with the long texts moved to `filing`'s file as they are read, and the
/// file sealed at the end ([`texts`]); a file that cannot be written is a problem that
/// names it.
pub fn load_filing(
    dir: &Path,
    regions: &RegionData,
    today: jiff::civil::Date,
    filing: Option<texts::Filing>,
) -> Result<Directory, DataProblems> {
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
    // One folder: ordering by name is ordering by path, without comparing the folder.
    files.sort_unstable_by(|a, b| a.file_name().cmp(&b.file_name()));
    let mut organisations = Vec::with_capacity(files.len());
    let mut read_from = Vec::with_capacity(files.len());
    let mut fingerprint = Xxh3::new();
    for (file, read) in files
        .iter()
        .zip(read_all(&files, &known, today, filing.as_ref()))
    {
        match read {
            Ok((org, found, bytes)) => {
                problems.extend(found);
                fingerprint.update(&bytes.to_le_bytes());
                if let Some(org) = org {
                    organisations.push(org);
                    read_from.push(file);
                }
            }
            Err(err) => problems.push(problem(file, 0, "(file)", format!("cannot be read: {err}"))),
        }
    }
    problems.extend(duplicate_services(&organisations, &read_from));
    organisations.shrink_to_fit();
    share(&mut organisations);
    if let Some(filing) = filing {
        let file = filing.path();
        if let Err(err) = filing.seal() {
            problems.push(problem(
                &file,
                0,
                "(file)",
                format!("cannot be written: {err}"),
            ));
        }
    }
    let holidays = load_holidays(&dir.join("holidays.toml"), &mut problems);
    if problems.is_empty() {
        Ok(Directory {
            organisations,
            holidays,
            read_from: fingerprint.digest128(),
        })
    } else {
        Err(DataProblems(problems))
    }
}

/// A problem for each service whose id an earlier file already used.
fn duplicate_services(organisations: &[Organisation], files: &[&PathBuf]) -> Vec<DataProblem> {
    let mut first_in: HashMap<&str, &PathBuf> = HashMap::new();
    let mut problems = Vec::new();
    for (org, file) in organisations.iter().zip(files) {
        for (i, service) in org.services.iter().enumerate() {
            let Some(first) = first_in.insert(&service.id, file) else {
                continue;
            };
            let path = locate::FieldPath::default()
                .key("service")
                .index(i)
                .key("id");
            let message = format!(
                "service id {:?} is already used in {}",
                service.id,
                first.display()
            );
            // Read again for the line: a duplicate is rare, and the texts of thousands of
            // files are not kept for it.
            let line = std::fs::read_to_string(file).map_or(0, |text| line_of(&text, &path));
            problems.push(problem(file, line, &path.to_string(), message));
        }
    }
    problems
}

/// One organisation file read and checked: [`read_organisation`]'s answer with the
/// XXH3-128 of the file's bytes, or why the file could not be read.
type Read = std::io::Result<(Option<Organisation>, Vec<DataProblem>, u128)>;

/// Reads and checks `files`, in their order, on every core the machine has (with
/// 100,000 services, 40,000 files, reading was most of the start-up: docs/performance.md),
/// and files each organisation's long texts with `filing`.
fn read_all(
    files: &[PathBuf],
    known: &Known,
    today: jiff::civil::Date,
    filing: Option<&texts::Filing>,
) -> Vec<Read> {
    let read = |file: &PathBuf| -> Read {
        let text = std::fs::read_to_string(file)?;
        let (mut org, problems) = read_organisation(file, &text, known, today);
        if let (Some(org), Some(filing)) = (&mut org, filing) {
            filing.file(org.long_texts());
        }
        Ok((org, problems, xxh3_128(text.as_bytes())))
    };
    crate::cores::map(files, read)
}

/// Reads and checks the text of one organisation file, `file` (its stem must be the
/// organisation's id): the organisation when the text is one, settled ([`settle`]), and
/// every problem in it.
pub fn read_organisation(
    file: &Path,
    text: &str,
    known: &Known,
    today: jiff::civil::Date,
) -> (Option<Organisation>, Vec<DataProblem>) {
    let org: Organisation = match toml::from_str(text) {
        Ok(org) => org,
        Err(err) => return (None, vec![toml_problem(file, text, &err)]),
    };
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let problems = validate::organisation(&org, stem, known, today)
        .into_iter()
        .map(|p| problem(file, line_of(text, &p.path), &p.path.to_string(), p.message))
        .collect();
    (Some(settle(org)), problems)
}

/// Fills in what a checked organisation's file does not write itself: each contact's
/// link, its cost and anonymity from its service, and the places whose public holidays
/// close its line.
fn settle(mut org: Organisation) -> Organisation {
    for service in &mut org.services {
        let (cost, anonymous) = (service.cost, service.anonymous);
        let islands: Vec<Place> = service
            .coverage
            .islands
            .iter()
            .map(|&island| Place::of_island(island))
            .collect();
        for contact in &mut service.contacts {
            contact.inherit(cost, anonymous);
            if let Some(hours) = &mut contact.hours {
                Arc::make_mut(hours).places = match hours.timezone {
                    TimeZone::Amsterdam => vec![Place::Europe],
                    TimeZone::Kralendijk if islands.is_empty() => Place::ISLANDS.to_vec(),
                    TimeZone::Kralendijk => islands.clone(),
                };
            }
        }
    }
    org
}

/// Makes the contacts share one copy of each opening-hours schedule and of each source
/// address: with 100,000 services, 200,000 contacts had 5 schedules and 40,000 addresses
/// between them, each kept once per contact (docs/performance.md, start-up and memory).
fn share(organisations: &mut [Organisation]) {
    let mut schedules = Copies::default();
    let mut sources = Copies::default();
    let contacts = organisations
        .iter_mut()
        .flat_map(|o| &mut o.services)
        .flat_map(|s| &mut s.contacts);
    for contact in contacts {
        if let Some(hours) = &mut contact.hours {
            *hours = shared(&mut schedules, hours);
        }
        contact.source = shared(&mut sources, &contact.source);
    }
}

/// One copy of each value (xxh3: the data is checked, not hostile input).
type Copies<T> = HashSet<Arc<T>, xxhash_rust::xxh3::Xxh3DefaultBuilder>;

/// The copy of `value` in `copies`, which keeps it when it has none yet.
fn shared<T: Eq + std::hash::Hash + ?Sized>(copies: &mut Copies<T>, value: &Arc<T>) -> Arc<T> {
    match copies.get(value) {
        Some(copy) => Arc::clone(copy),
        None => {
            copies.insert(Arc::clone(value));
            Arc::clone(value)
        }
    }
}

/// Reads and checks the public holidays; a problem is added to `problems`.
fn load_holidays(file: &Path, problems: &mut Vec<DataProblem>) -> Holidays {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => {
            problems.push(problem(file, 0, "(file)", format!("cannot be read: {err}")));
            return Holidays::default();
        }
    };
    match toml::from_str::<Holidays>(&text) {
        Ok(holidays) => {
            for (i, field, message) in holidays.problems() {
                let path = locate::FieldPath::default()
                    .key("holiday")
                    .index(i)
                    .key(field);
                problems.push(problem(
                    file,
                    line_of(&text, &path),
                    &path.to_string(),
                    message,
                ));
            }
            holidays
        }
        Err(err) => {
            problems.push(toml_problem(file, &text, &err));
            Holidays::default()
        }
    }
}

/// A file that is not the TOML its type expects, at the line and field where it breaks.
fn toml_problem(file: &Path, text: &str, err: &toml::de::Error) -> DataProblem {
    let offset = err.span().map_or(0, |span| span.start);
    let field = path_at(text, offset).to_string();
    problem(
        file,
        line_of_offset(text, offset),
        &field,
        err.message().to_owned(),
    )
}

fn problem(file: &Path, line: usize, field: &str, message: String) -> DataProblem {
    DataProblem {
        file: file.to_path_buf(),
        line,
        field: field.to_owned(),
        message,
    }
}
