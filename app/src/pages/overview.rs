//! The desk overview for professionals: every help point that serves one municipality,
//! national and regional, grouped by what each mainly offers with the help for the region
//! first, each with its contacts, hours and how to refer, made to print on a few pages.
//! It is reached by a POSTed form, so the place stays out of the address.

use crate::{
    browser,
    components::{
        carried::hidden_fields,
        contacts::open_badge,
        layout::{Layout, document_title},
    },
    page_data::use_live_data,
    pages::organisation::age_text,
};
use hulpwijzer_core::{
    i18n::{
        Lang, Text,
        facts::{channel_label, hours_text, hours_with_age},
        t,
    },
    page_data::{OverviewEntry, OverviewGroup, OverviewView, PageData},
    route::{PageId, organisation_path, overview_path},
    triage::questions::need_label,
};
use leptos::prelude::*;
use web_sys::SubmitEvent;

/// The overview page, reached by a form POST (without JavaScript).
#[component]
pub fn OverviewPage(lang: Lang) -> impl IntoView {
    let view = use_live_data(|data| match data {
        PageData::Overview(view) => Some(view),
        _ => None,
    });
    let heading = heading(lang, &view);
    let emergency = Signal::stored(view.answers.emergency_here());
    view! {
        <Layout
            lang
            emergency
            title=document_title(lang, Some(&heading))
            switch_to=overview_path(lang.other()).to_owned()
        >
            <OverviewBody lang view on_submit=|_| {} />
        </Layout>
    }
}

/// "Alle hulp voor Utrecht", or the general heading without a place.
fn heading(lang: Lang, view: &OverviewView) -> String {
    view.place.as_ref().map_or_else(
        || t(Text::OverviewHeading, lang).to_owned(),
        |place| format!("{} {place}", t(Text::OverviewTitle, lang)),
    )
}

/// The overview: back to the plan (a form `on_submit` may catch), the heading, the print
/// button once the page runs, and the groups. With JavaScript the questionnaire draws it
/// in place of the plan.
#[component]
pub fn OverviewBody(
    lang: Lang,
    view: OverviewView,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    let heading = heading(lang, &view);
    // Back to the plan, with the answers the overview was made for.
    let back = view.place.is_some().then(|| {
        view! {
            <form
                class="change-answers"
                method="post"
                action=PageId::Triage.path(lang)
                on:submit=on_submit
            >
                {hidden_fields(&view.answers, &[])}
                <button type="submit" name="go" value="plan" class="secondary">
                    {t(Text::OverviewBackToPlan, lang)}
                </button>
            </form>
        }
    });
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let groups = view
        .groups
        .into_iter()
        .map(|group| view! { <Group lang group /> })
        .collect_view();
    view! {
        {back}
        <h1 id="overview-heading" tabindex="-1">
            {heading}
        </h1>
        {match view.place {
            Some(_) => {
                view! {
                    <p class="lead">{t(Text::OverviewIntro, lang)}</p>
                    {move || {
                        hydrated
                            .get()
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="secondary print-button"
                                        on:click=|_| browser::print()
                                    >
                                        {t(Text::OverviewPrint, lang)}
                                    </button>
                                }
                            })
                    }}
                }
                    .into_any()
            }
            None => {
                view! {
                    <p class="lead">{t(Text::OverviewNoPlace, lang)}</p>
                    <p>
                        <a href=PageId::Triage.path(lang)>{t(Text::TriageStart, lang)}</a>
                    </p>
                }
                    .into_any()
            }
        }}
        {groups}
    }
}

/// The help points whose main offer is one need.
#[component]
fn Group(lang: Lang, group: OverviewGroup) -> impl IntoView {
    let title = group.need.map_or(Text::OverviewOther, need_label);
    let id = format!("group-{}", group.need.map_or("other", |n| n.id()));
    let labelled_by = id.clone();
    let entries = group
        .entries
        .into_iter()
        .map(|entry| view! { <Entry lang entry /> })
        .collect_view();
    view! {
        <section class="overview-group" aria-labelledby=labelled_by>
            <h2 id=id>{t(title, lang)}</h2>
            <ul class="overview-entries">{entries}</ul>
        </section>
    }
}

/// One help point: name, organisation (and "In deze regio"), ages, each contact with its
/// hours on one line, and how to refer.
#[component]
fn Entry(lang: Lang, entry: OverviewEntry) -> impl IntoView {
    let service = entry.service;
    let age = age_text(lang, service.age_min, service.age_max)
        .map(|a| format!(" · {}: {a}", t(Text::AgeLabel, lang)));
    let contacts = service
        .contacts
        .into_iter()
        .map(|c| {
            let timed = c.channel.has_hours().then(|| {
                let hours = hours_with_age(
                    lang,
                    hours_text(lang, c.always_open, &c.weekly),
                    c.stale_hours_year,
                );
                let open = open_badge(lang, c.open_now, c.holiday).map(|badge| {
                    view! {
                        {badge}
                        " "
                    }
                });
                view! {
                    " · "
                    {open}
                    {hours}
                }
            });
            let unconfirmed = (!c.confirmed).then(|| {
                view! {
                    " · "
                    <span class="unconfirmed-label">{t(Text::UnconfirmedContact, lang)}</span>
                }
            });
            view! {
                <li>
                    <a href=c.href rel="noreferrer">
                        {t(channel_label(c.channel), lang)}
                        " "
                        {c.value}
                    </a>
                    {timed}
                    {unconfirmed}
                    {c.note.map(|note| view! { <span class="entry-note">" · " {note}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="overview-entry">
            <h3>{service.name}</h3>
            <p class="entry-org">
                {entry.organisation}
                {entry
                    .regional
                    .then(|| {
                        view! {
                            " · "
                            <strong>{t(Text::OverviewRegional, lang)}</strong>
                        }
                    })} {age}
            </p>
            <ul class="entry-contacts">{contacts}</ul>
            {entry
                .referral
                .map(|referral| {
                    view! {
                        <p class="entry-referral">
                            <strong>{t(Text::ReferralHeading, lang)} ": "</strong>
                            {referral.text}
                        </p>
                    }
                })}
            <p class="entry-more">
                <a href=organisation_path(
                    &entry.organisation_id,
                    lang,
                )>{t(Text::OverviewSources, lang)}</a>
            </p>
        </li>
    }
}
