//! An organisation's page: what it does, for whom, how professionals refer to it, every
//! service with its ages and its contacts (hours, cost and anonymity of each contact, and
//! the source and last-checked date of every contact).

use crate::{
    components::{
        contacts::ContactList,
        layout::{Layout, document_title},
        referral::ReferralFacts,
        report::ReportDetails,
    },
    page_data::use_page_data,
};
use hulpwijzer_core::{
    i18n::{Lang, Text, t},
    page_data::{PageData, ServiceView},
    report::About,
    route::organisation_path,
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// "8–18 jaar", "tot en met 24 jaar", "vanaf 18 jaar", or nothing.
pub fn age_text(lang: Lang, min: Option<u8>, max: Option<u8>) -> Option<String> {
    let years = t(Text::AgeYears, lang);
    match (min, max) {
        (Some(min), Some(max)) => Some(format!("{min}–{max} {years}")),
        (None, Some(max)) => Some(format!("{} {max} {years}", t(Text::AgeUpTo, lang))),
        (Some(min), None) => Some(format!("{} {min} {years}", t(Text::AgeFrom, lang))),
        (None, None) => None,
    }
}

/// The page of one organisation.
#[component]
pub fn OrganisationPage(lang: Lang) -> impl IntoView {
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let switch_to = organisation_path(&id, lang.other());
    match use_page_data() {
        PageData::Organisation(org) => {
            let services = org
                .services
                .into_iter()
                .map(|s| view! { <Service lang service=s /> })
                .collect_view();
            view! {
                <Layout lang title=document_title(lang, Some(&org.name)) switch_to>
                    <h1>{org.name.clone()}</h1>
                    <p class="lead">{org.description}</p>
                    {org
                        .website
                        .map(|site| {
                            view! {
                                <p>
                                    {t(Text::Website, lang)} ": "
                                    <a href=site.clone() rel="noreferrer">
                                        {site.clone()}
                                    </a>
                                </p>
                            }
                        })}
                    {org
                        .referral
                        .map(|referral| {
                            view! {
                                <section class="referral" aria-labelledby="referral-heading">
                                    <h2 id="referral-heading">
                                        {t(Text::OrgReferralHeading, lang)}
                                    </h2>
                                    <ReferralFacts lang referral />
                                </section>
                            }
                        })}
                    <h2>{t(Text::OrgServices, lang)}</h2>
                    {services}
                    <ReportDetails lang about=About::Organisation(org.id.clone()) />
                </Layout>
            }
            .into_any()
        }
        _ => view! {
            <Layout lang title=document_title(lang, Some(t(Text::OrgNotFound, lang))) switch_to>
                <h1>{t(Text::OrgNotFound, lang)}</h1>
            </Layout>
        }
        .into_any(),
    }
}

/// One service of an organisation.
#[component]
pub fn Service(lang: Lang, service: ServiceView) -> impl IntoView {
    let age = age_text(lang, service.age_min, service.age_max)
        .map(|a| format!("{}: {a}", t(Text::AgeLabel, lang)));
    view! {
        <article class="service" aria-labelledby=format!("service-{}", service.id)>
            <h3 id=format!("service-{}", service.id)>{service.name}</h3>
            <p>{service.description}</p>
            {service.unconfirmed.map(|u| view! { <p class="unconfirmed">{u}</p> })}
            {age
                .map(|a| {
                    view! {
                        <ul class="facts">
                            <li>{a}</li>
                        </ul>
                    }
                })}
            <ContactList lang contacts=service.contacts />
        </article>
    }
}
