//! `hulpwijzer check-links`: is every web address in the directory still there? Each
//! organisation's website and every website, chat and form contact is asked for with
//! HEAD (GET when HEAD fails or is refused), redirects followed, within a time limit, at
//! most a few requests to one host at once. The outcome is a report for the people who
//! keep the data (Markdown) and for machines (JSON): broken, redirected and slow links,
//! per organisation. Nothing a person told us is involved: only the directory's own data.

use crate::directory::{Directory, model::Channel};
use crate::markdown::cell;
use serde::Serialize;
use std::{
    collections::{HashMap, HashSet},
    fmt::Write as _,
    sync::Arc,
    time::{Duration, Instant},
};
use tokio::{sync::Semaphore, task::JoinSet};

/// What kind of address a link is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Website,
    Chat,
    Form,
}

/// One web address in the directory, and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Link {
    pub organisation: String,
    /// The field in the organisation's file: `website`, `service[0].contact[1]`.
    pub field: String,
    pub kind: Kind,
    pub url: String,
}

/// Every website, chat and form address in `directory`, in its order.
pub fn links(directory: &Directory) -> Vec<Link> {
    let mut out = Vec::new();
    for org in &directory.organisations {
        let link = |field: String, kind, url: &str| Link {
            organisation: org.id.clone(),
            field,
            kind,
            url: url.to_owned(),
        };
        if let Some(website) = &org.website {
            out.push(link("website".to_owned(), Kind::Website, website));
        }
        for (s, service) in org.services.iter().enumerate() {
            for (c, contact) in service.contacts.iter().enumerate() {
                let kind = match contact.channel {
                    Channel::Website | Channel::WalkIn => Kind::Website,
                    Channel::Chat => Kind::Chat,
                    Channel::OnlineForm => Kind::Form,
                    Channel::Phone | Channel::Whatsapp | Channel::Email => continue,
                };
                out.push(link(
                    format!("service[{s}].contact[{c}]"),
                    kind,
                    &contact.value,
                ));
            }
        }
    }
    out
}

/// How the links are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// How long one request may take, connecting included.
    pub timeout: Duration,
    /// An answer that takes longer than this is reported as slow.
    pub slow: Duration,
    /// Requests to one host at once.
    pub per_host: usize,
    /// Requests at once in all.
    pub total: usize,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            timeout: Duration::from_secs(15),
            slow: Duration::from_secs(5),
            per_host: 2,
            total: 8,
            max_redirects: 10,
        }
    }
}

/// What became of a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Answered 2xx at the address itself.
    Ok,
    /// Answered 2xx after one or more redirects: the data should have the new address.
    Redirected,
    /// Answered 4xx or 5xx, or not at all (a timeout, a reset, no such host).
    Broken,
}

/// A checked link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Checked {
    #[serde(flatten)]
    pub link: Link,
    #[serde(flatten)]
    pub answer: Answer,
}

/// How an address answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub verdict: Verdict,
    /// The status of the last answer, when there was one.
    pub status: Option<u16>,
    /// Where the redirects led, when they did.
    pub redirected_to: Option<String>,
    /// Why there was no answer.
    pub error: Option<String>,
    /// `HEAD`, or `GET` when HEAD failed or was refused.
    pub method: &'static str,
    pub millis: u64,
    /// It took longer than [`Settings::slow`].
    pub slow: bool,
}

/// An HTTP client for checking links: no cookies, the given redirects, the platform's
/// certificates for HTTPS.
pub fn client(settings: &Settings) -> Result<reqwest::Client, reqwest::Error> {
    crate::fetch::client_builder()
        .redirect(reqwest::redirect::Policy::limited(settings.max_redirects))
        .connect_timeout(settings.timeout)
        .user_agent("Hulpwijzer link check (the directory's own addresses)")
        .build()
}

/// Checks every link, each address once however often the directory names it, at most
/// `settings.per_host` at once per host and `settings.total` in all, and returns them in
/// the order given.
pub async fn check(client: &reqwest::Client, links: Vec<Link>, settings: Settings) -> Vec<Checked> {
    let total = Arc::new(Semaphore::new(settings.total.max(1)));
    let mut hosts: HashMap<String, Arc<Semaphore>> = HashMap::new();
    let mut asked: HashSet<String> = HashSet::new();
    let mut tasks = JoinSet::new();
    for link in &links {
        if !asked.insert(link.url.clone()) {
            continue;
        }
        let host = reqwest::Url::parse(&link.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_default();
        let per_host = hosts
            .entry(host)
            .or_insert_with(|| Arc::new(Semaphore::new(settings.per_host.max(1))))
            .clone();
        let (total, client, url) = (total.clone(), client.clone(), link.url.clone());
        tasks.spawn(async move {
            let _all = total.acquire_owned().await;
            let _host = per_host.acquire_owned().await;
            let answer = ask(&client, &url, settings).await;
            (url, answer)
        });
    }
    let answers: HashMap<String, Answer> = tasks.join_all().await.into_iter().collect();
    links
        .into_iter()
        .filter_map(|link| {
            let answer = answers.get(&link.url)?.clone();
            Some(Checked { link, answer })
        })
        .collect()
}

/// One link: HEAD, then GET when HEAD got no answer or an error status (some servers
/// refuse HEAD or answer it wrongly).
async fn ask(client: &reqwest::Client, url: &str, settings: Settings) -> Answer {
    let started = Instant::now();
    let head = client.head(url).timeout(settings.timeout).send().await;
    let (method, answer) = match head {
        Ok(response) if response.status().as_u16() < 400 => ("HEAD", Ok(response)),
        _ => (
            "GET",
            client.get(url).timeout(settings.timeout).send().await,
        ),
    };
    let elapsed = started.elapsed();
    let millis = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
    let slow = elapsed > settings.slow;
    match answer {
        Ok(response) => {
            let status = response.status().as_u16();
            let landed = response.url().as_str().to_owned();
            // "https://example.org" comes back as "https://example.org/": not a move.
            let moved = landed.trim_end_matches('/') != url.trim_end_matches('/');
            let verdict = match status {
                200..=299 if moved => Verdict::Redirected,
                200..=299 => Verdict::Ok,
                _ => Verdict::Broken,
            };
            Answer {
                verdict,
                status: Some(status),
                redirected_to: moved.then_some(landed),
                error: None,
                method,
                millis,
                slow,
            }
        }
        Err(err) => Answer {
            verdict: Verdict::Broken,
            status: None,
            redirected_to: None,
            error: Some(describe(&err)),
            method,
            millis,
            slow,
        },
    }
}

/// Why a request got no answer, in a few words.
fn describe(err: &reqwest::Error) -> String {
    if err.is_timeout() {
        "no answer in time".to_owned()
    } else if err.is_connect() {
        "could not connect".to_owned()
    } else if err.is_redirect() {
        "too many redirects".to_owned()
    } else {
        "the connection broke off".to_owned()
    }
}

/// The outcome of a check, for people and machines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    pub checked: usize,
    pub ok: usize,
    pub redirected: usize,
    pub broken: usize,
    pub slow: usize,
    pub links: Vec<Checked>,
}

impl Report {
    pub fn new(links: Vec<Checked>) -> Report {
        let count = |verdict| links.iter().filter(|c| c.answer.verdict == verdict).count();
        Report {
            checked: links.len(),
            ok: count(Verdict::Ok),
            redirected: count(Verdict::Redirected),
            broken: count(Verdict::Broken),
            slow: links.iter().filter(|c| c.answer.slow).count(),
            links,
        }
    }

    /// The counts in one line each.
    pub fn summary(&self) -> String {
        format!(
            "Links checked: {}\n  ok: {}\n  redirected: {}\n  broken: {}\n  slow: {}\n",
            self.checked, self.ok, self.redirected, self.broken, self.slow
        )
    }

    /// The counts, then per organisation every link that is not simply OK.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "# Link check\n\n{} links: {} ok, {} redirected, {} broken, {} slow.\n",
            self.checked, self.ok, self.redirected, self.broken, self.slow
        );
        let mut organisations: Vec<&str> = Vec::new();
        for c in &self.links {
            if !organisations.contains(&c.link.organisation.as_str()) {
                organisations.push(&c.link.organisation);
            }
        }
        for org in organisations {
            let notable: Vec<&Checked> = self
                .links
                .iter()
                .filter(|c| {
                    c.link.organisation == org && (c.answer.verdict != Verdict::Ok || c.answer.slow)
                })
                .collect();
            if notable.is_empty() {
                continue;
            }
            let _ = write!(
                out,
                "\n## `{org}`\n\n| Link | Field | Outcome | Time |\n| --- | --- | --- | --- |\n"
            );
            for c in notable {
                let a = &c.answer;
                let outcome = match (a.verdict, a.status, &a.redirected_to, &a.error) {
                    (Verdict::Redirected, _, Some(to), _) => format!("redirected to {}", cell(to)),
                    (_, Some(status), _, _) => format!("{status}"),
                    (_, None, _, Some(error)) => error.clone(),
                    _ => "–".to_owned(),
                };
                let slow = if a.slow { " (slow)" } else { "" };
                let _ = writeln!(
                    out,
                    "| {} | `{}` | {outcome} | {} ms{slow} |",
                    cell(&c.link.url),
                    c.link.field,
                    a.millis
                );
            }
        }
        out
    }
}
