//! The directory search: a form (words and a place) sent by POST, so nothing typed ends up
//! in the address bar or the history, and the results with their reasons, highlighted
//! words, contacts and a link to each organisation's page.

use crate::{
    components::{
        contacts::ContactList,
        layout::{Layout, document_title},
    },
    page_data::use_page_data,
};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    page_data::{HitView, PageData, ReasonView, SearchView},
    route::{PageId, organisation_path},
    triage::questions::Step,
    vocab::{Need, Role},
};
use leptos::prelude::*;

/// A `<select>` with "any" first and the given options, `chosen` selected.
#[component]
fn Choice(
    lang: Lang,
    name: &'static str,
    label: Text,
    options: Vec<(&'static str, Text)>,
    chosen: Option<&'static str>,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|(id, text)| {
            view! {
                <option value=id selected=chosen == Some(id)>
                    {t(text, lang)}
                </option>
            }
        })
        .collect_view();
    view! {
        <label for=name>{t(label, lang)}</label>
        <select id=name name=name>
            <option value="">{t(Text::AnyOption, lang)}</option>
            {items}
        </select>
    }
}

/// The directory page: the form, and the results after a search.
#[component]
pub fn DirectoryPage(lang: Lang) -> impl IntoView {
    let search = match use_page_data() {
        PageData::Search(search) => Some(search),
        _ => None,
    };
    let (query, place, need, audience) = search
        .as_ref()
        .map(|s| {
            (
                s.query.clone(),
                s.place.clone(),
                s.need.map(Need::id),
                s.audience.map(Role::id),
            )
        })
        .unwrap_or_default();
    // Without JavaScript the page with the results opens at the results, not at the top.
    let action = format!("{}#results-heading", PageId::Directory.path(lang));
    view! {
        <Layout
            lang
            title=document_title(lang, Some(t(Text::DirectoryTitle, lang)))
            switch_to=PageId::Directory.path(lang.other()).to_owned()
        >
            <h1>{t(Text::DirectoryTitle, lang)}</h1>
            <p class="lead">{t(Text::DirectoryIntro, lang)}</p>
            <form class="search-form" method="post" action=action>
                <label for="q">{t(Text::SearchWordsLabel, lang)}</label>
                <p class="hint" id="q-hint">
                    {t(Text::SearchWordsHint, lang)}
                </p>
                <input
                    id="q"
                    name="q"
                    type="search"
                    maxlength="200"
                    value=query
                    aria-describedby="q-hint"
                    autocomplete="off"
                />
                <label for="plaats">{t(Text::SearchPlaceLabel, lang)}</label>
                <p class="hint" id="plaats-hint">
                    {t(Text::SearchPlaceHint, lang)}
                </p>
                <input
                    id="plaats"
                    name="plaats"
                    type="text"
                    maxlength="200"
                    value=place
                    aria-describedby="plaats-hint"
                    autocomplete="off"
                />
                <Choice
                    lang
                    name="behoefte"
                    label=Text::SearchNeedLabel
                    options=Step::Needs.options(None)
                    chosen=need
                />
                <Choice
                    lang
                    name="voor"
                    label=Text::SearchAudienceLabel
                    options=Step::Role.options(None)
                    chosen=audience
                />
                <button type="submit">{t(Text::SearchButton, lang)}</button>
            </form>
            {search.map(|s| view! { <Results lang search=s /> })}
        </Layout>
    }
}

#[component]
fn Results(lang: Lang, search: SearchView) -> impl IntoView {
    let nothing = search.hits.is_empty();
    let hits = search
        .hits
        .into_iter()
        .map(|hit| view! { <Hit lang hit /> })
        .collect_view();
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{t(Text::ResultsHeading, lang)}</h2>
            {search
                .place_not_found
                .then(|| {
                    view! {
                        <p class="note" role="status">
                            {t(Text::PlaceNotFound, lang)}
                        </p>
                    }
                })}
            {search.region.map(|r| view! { <p>{t(Text::SearchedNear, lang)} ": " {r}</p> })}
            {nothing.then(|| view! { <p>{t(Text::ResultsNone, lang)}</p> })}
            <ol class="hits">{hits}</ol>
        </section>
    }
}

/// A reason, in words.
pub fn reason_text(lang: Lang, reason: &ReasonView) -> String {
    match reason {
        ReasonView::Words(words) => format!("{}: {}", t(Text::ReasonWords, lang), words.join(", ")),
        ReasonView::Region(name) => format!("{} {name}", t(Text::ReasonRegion, lang)),
        ReasonView::National => t(Text::ReasonNational, lang).to_owned(),
        ReasonView::AlwaysOpen => t(Text::ReasonAlwaysOpen, lang).to_owned(),
        ReasonView::Anonymous => t(Text::ReasonAnonymous, lang).to_owned(),
        ReasonView::Age => t(Text::ReasonAge, lang).to_owned(),
    }
}

#[component]
fn Hit(lang: Lang, hit: HitView) -> impl IntoView {
    let description = hit
        .description
        .into_iter()
        .map(|(text, marked)| {
            if marked {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view();
    let reasons = hit
        .reasons
        .iter()
        .map(|r| view! { <li>{reason_text(lang, r)}</li> })
        .collect_view();
    let more = format!("{} {}", t(Text::MoreAbout, lang), hit.organisation_name);
    view! {
        <li class="hit">
            <h3>{hit.name}</h3>
            <p class="hit-org">{hit.organisation_name.clone()}</p>
            <p>{description}</p>
            <p class="reasons-label">{t(Text::ReasonsLabel, lang)}</p>
            <ul class="reasons">{reasons}</ul>
            <ContactList lang contacts=hit.contacts />
            <p>
                <a href=organisation_path(&hit.organisation_id, lang) rel="external">
                    {more}
                </a>
            </p>
        </li>
    }
}
