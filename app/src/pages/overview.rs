//! The desk overview for professionals: every help point that serves one municipality,
//! national and regional, with how to refer, contacts and hours, made to print on its
//! own. It is reached by a POSTed form, so the place stays out of the address.

use crate::{
    components::{
        carried::hidden_fields,
        layout::{Layout, document_title},
        referral::ReferralFacts,
    },
    i18n::{Lang, Text, t},
    page_data::{OverviewView, PageData, use_page_data},
    pages::organisation::Service,
    route::{PageId, overview_path},
};
use leptos::prelude::*;

/// The overview page.
#[component]
pub fn OverviewPage(lang: Lang) -> impl IntoView {
    let view = match use_page_data() {
        PageData::Overview(view) => view,
        _ => OverviewView::default(),
    };
    // Back to the plan, with the answers the overview was made for.
    let back = view.place.is_some().then(|| {
        view! {
            <form class="change-answers" method="post" action=PageId::Triage.path(lang)>
                {hidden_fields(&view.answers, &[])}
                <button type="submit" name="go" value="plan" class="secondary">{t(Text::OverviewBackToPlan, lang)}</button>
            </form>
        }
    });
    let heading = view.place.as_ref().map_or_else(
        || t(Text::OverviewHeading, lang).to_owned(),
        |place| format!("{} {place}", t(Text::OverviewTitle, lang)),
    );
    let organisations = view
        .organisations
        .into_iter()
        .map(|org| {
            let services = org
                .services
                .into_iter()
                .map(|service| view! { <Service lang service /> })
                .collect_view();
            view! {
                <section class="overview-org" aria-labelledby=format!("org-{}", org.id)>
                    <h2 id=format!("org-{}", org.id)>{org.name}</h2>
                    {org.referral.map(|referral| view! {
                        <div class="referral">
                            <h3>{t(Text::ReferralHeading, lang)}</h3>
                            <ReferralFacts lang referral />
                        </div>
                    })}
                    {services}
                </section>
            }
        })
        .collect_view();
    view! {
        <Layout lang title=document_title(lang, Some(&heading)) switch_to=overview_path(lang.other()).to_owned()>
            {back}
            <h1>{heading.clone()}</h1>
            {match view.place {
                Some(_) => view! { <p class="lead">{t(Text::OverviewIntro, lang)}</p> }.into_any(),
                None => view! {
                    <p class="lead">{t(Text::OverviewNoPlace, lang)}</p>
                    <p><a href=PageId::Triage.path(lang)>{t(Text::TriageStart, lang)}</a></p>
                }
                .into_any(),
            }}
            {organisations}
        </Layout>
    }
}
