//! The help plan: the numbers to call now, the first step big with its button, whether it
//! is open, free and anonymous and why it is shown, then the other options, the advice
//! blocks, the regional picture and the notes. For a professional also the client's
//! contact wishes and, with every option, how to refer a client there.

use crate::components::{
    contacts::{Provenance, open_badge},
    referral::ReferralFacts,
    report::ReportDetails,
};
use hulpwijzer_core::{
    i18n::{
        Lang, Text, Voice,
        facts::{channel_label, hours_with_age, hours_words},
        t,
    },
    page_data::ContactView,
    report::About,
    route::{PageId, organisation_path},
    triage::{
        Answers,
        plan::{Guidance, Plan, PlanContact, PlanReferral, PlanRegion, PlanStep, Urgent},
        questions::contact_label,
    },
    vocab::{Channel, ContactWay, Cost, Role},
};
use leptos::prelude::*;

fn action_label(contact: &ContactView, lang: Lang) -> String {
    let verb = match contact.channel {
        Channel::Phone => Text::ActionCall,
        Channel::Chat => Text::ActionChat,
        other => channel_label(other),
    };
    if matches!(contact.channel, Channel::Phone | Channel::Whatsapp) {
        format!("{} {}", t(verb, lang), contact.value)
    } else {
        t(verb, lang).to_owned()
    }
}

/// One way to get in touch: the button, then open now and the hours, and its note (where
/// the number works) unless `without_note`. Unless `brief`, also what it costs, whether it can be used
/// anonymously and a label when a source does not confirm it. Where the facts come from is
/// under the help point's "Bron en controle".
#[component]
fn ContactAction(
    lang: Lang,
    contact: PlanContact,
    #[prop(optional)] big: bool,
    #[prop(optional)] brief: bool,
    #[prop(optional)] without_note: bool,
) -> impl IntoView {
    let label = action_label(&contact.view, lang);
    let open = open_badge(lang, contact.view.open_now, contact.view.holiday);
    let hours =
        hours_words(lang, &contact.view).unwrap_or_else(|| t(Text::OpenUnknown, lang).to_owned());
    let hours = hours_with_age(lang, hours, contact.view.stale_hours_year);
    let timed = contact.view.channel.has_hours();
    let href = contact.view.href.clone();
    let note = contact.view.note.clone().filter(|_| !without_note);
    view! {
        <li class="plan-contact">
            <a class=if big { "action action-big" } else { "action" } href=href rel="noreferrer">
                {label}
            </a>
            {timed.then(|| view! { <p class="contact-hours">{open} " " {hours}</p> })}
            {(!brief).then(|| view! { <ContactFacts lang contact /> })}
            {note.map(|note| view! { <p class="contact-note">{note}</p> })}
        </li>
    }
}

/// What a contact costs, whether it can be used anonymously, and "nummer niet bevestigd"
/// when a source does not confirm it.
#[component]
fn ContactFacts(lang: Lang, contact: PlanContact) -> impl IntoView {
    let cost = if contact.free {
        Some(Text::CostFree)
    } else {
        match contact.view.cost {
            Cost::LocalRate => Some(Text::CostLocalRate),
            Cost::Paid => Some(Text::CostPaid),
            Cost::Free | Cost::Unknown => None,
        }
    };
    let facts: Vec<&str> = [
        cost.map(|c| t(c, lang)),
        (contact.view.anonymous == Some(true)).then(|| t(Text::AnonymousPossible, lang)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let unconfirmed = (!contact.view.confirmed).then(|| {
        let label = if contact.view.channel == Channel::Phone {
            Text::UnconfirmedNumber
        } else {
            Text::UnconfirmedContact
        };
        let separator = if facts.is_empty() { "" } else { " · " };
        view! {
            {separator}
            <span class="unconfirmed-label">{t(label, lang)}</span>
        }
    });
    view! { <p class="contact-facts">{facts.join(" · ")} {unconfirmed}</p> }
}

/// "Bron en controle" of a help point, closed: what the sources do not confirm, then for
/// each contact where it comes from and when it was last checked.
#[component]
fn StepSources(
    lang: Lang,
    contacts: Vec<PlanContact>,
    unconfirmed: Option<String>,
) -> impl IntoView {
    let items = contacts
        .into_iter()
        .map(|c| {
            let c = c.view;
            let label = action_label(&c, lang);
            view! {
                <li>
                    {label}
                    <Provenance
                        lang
                        verified=c.verified
                        verified_live=c.verified_live
                        sources=vec![c.source]
                        source_year=c.source_year
                    />
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="step-sources">
            <summary>{t(Text::SourceAndCheck, lang)}</summary>
            {unconfirmed.map(|u| view! { <p class="step-unconfirmed">{u}</p> })}
            <ul>{items}</ul>
        </details>
    }
}

/// The numbers to call now.
#[component]
fn UrgentBlock(lang: Lang, urgent: Vec<Urgent>) -> impl IntoView {
    let items = urgent
        .into_iter()
        .map(|u| {
            let contacts = u
                .contacts
                .into_iter()
                .map(|c| {
                    view! {
                        <a class="action action-big action-urgent" href=c.view.href>
                            {u.label.clone()}
                        </a>
                    }
                })
                .collect_view();
            view! { <li>{contacts} <p>{u.why.join(" ")}</p></li> }
        })
        .collect_view();
    view! {
        <section class="plan-urgent" aria-labelledby="urgent-heading">
            <h2 id="urgent-heading">{t(Text::PlanUrgentHeading, lang)}</h2>
            <ul class="urgent-list">{items}</ul>
        </section>
    }
}

/// One line instead of the urgent numbers when it keeps happening: "Is iemand nu in gevaar?
/// Bel 112", with 911 on the islands and both when the place is not known.
#[component]
fn DangerCheck(lang: Lang, emergency: Option<String>) -> impl IntoView {
    let numbers = match emergency.as_deref() {
        Some("911") => view! { <a href="tel:911">"911"</a> }.into_any(),
        Some(_) => view! { <a href="tel:112">"112"</a> }.into_any(),
        None => view! {
            <a href="tel:112">"112"</a>
            " ("
            <a href="tel:911">"911"</a>
            " "
            {t(Text::OnTheIslands, lang)}
            ")"
        }
        .into_any(),
    };
    view! {
        <p class="plan-danger-check">
            <strong>{t(Text::DangerCheck, lang)}</strong>
            " "
            {t(Text::DangerCheckCall, lang)}
            " "
            {numbers}
            "."
        </p>
    }
}

/// For a professional: how to refer a client to an option, or that the sources name no
/// separate route.
#[component]
fn ReferralBlock(lang: Lang, referral: Option<PlanReferral>) -> impl IntoView {
    view! {
        <div class="referral">
            <h4>{t(Text::ReferralHeading, lang)}</h4>
            {match referral {
                Some(referral) => view! { <ReferralFacts lang referral /> }.into_any(),
                None => view! { <p>{t(Text::ReferralUnknown, lang)}</p> }.into_any(),
            }}
        </div>
    }
}

/// For a professional: how the client would like to be contacted.
#[component]
fn ClientContact(lang: Lang, ways: Vec<ContactWay>) -> impl IntoView {
    let wishes = if ways.is_empty() {
        t(Text::ClientContactNone, lang).to_owned()
    } else {
        ways.iter()
            .map(|w| t(contact_label(*w), lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <section class="client-contact" aria-labelledby="client-contact-heading">
            <h2 id="client-contact-heading">{t(Text::ClientContactHeading, lang)}</h2>
            <p>{wishes}</p>
            <p>{t(Text::ReferralConsentReminder, lang)}</p>
        </section>
    }
}

/// An option. The first step shows every contact (the first one big) and why; what it is,
/// how to refer (for a professional), its sources and "Klopt er iets niet?" sit behind
/// "Meer over deze hulp".
/// Every other option is its name and main button (with its note on the islands), the
/// rest behind "Waarom, en andere manieren". `chosen` marks the one the summary names; it says so in words once the
/// person has chosen one (`say_chosen`).
#[component]
pub fn StepBlock(
    lang: Lang,
    step: PlanStep,
    first: bool,
    chosen: bool,
    professional: bool,
    /// The answers the plan is for: "Klopt er iets niet?" carries them back to it.
    answers: Answers,
    #[prop(optional)] say_chosen: bool,
    #[prop(optional)] on_an_island: bool,
) -> impl IntoView {
    let report = About::Service(step.unit_id.clone());
    let reasons = step
        .why
        .iter()
        .map(|w| view! { <li>{w.clone()}</li> })
        .collect_view();
    let reasons = view! {
        <p class="reasons-label">{t(Voice::of(professional).say(Text::ReasonsLabel), lang)}</p>
        <ul class="reasons">{reasons}</ul>
    };
    let more = format!("{} {}", t(Text::MoreAbout, lang), step.organisation);
    let about = view! {
        <p class="step-description">{step.description.clone()}</p>
        <p>
            <a href=organisation_path(&step.service_id, lang) rel="external">
                {more}
            </a>
        </p>
        <StepSources lang contacts=step.contacts.clone() unconfirmed=step.unconfirmed.clone() />
        <ReportDetails lang about=report answers=answers />
    };
    let referral =
        professional.then(|| view! { <ReferralBlock lang referral=step.referral.clone() /> });
    let class = match (first, chosen) {
        (true, true) => "plan-step first-step chosen-step",
        (true, false) => "plan-step first-step",
        (false, true) => "plan-step chosen-step",
        (false, false) => "plan-step",
    };
    let heading = if first {
        step.name.clone()
    } else {
        format!("{}. {}", step.rank, step.name)
    };
    let mut contacts = step.contacts.into_iter();
    let body = if first {
        let contacts = contacts
            .enumerate()
            .map(|(i, contact)| view! { <ContactAction lang contact big=i == 0 /> })
            .collect_view();
        view! {
            <ul class="plan-contacts">{contacts}</ul>
            {referral}
            {reasons}
            <details class="step-more">
                <summary>{t(Text::StepMore, lang)}</summary>
                {about}
            </details>
        }
        .into_any()
    } else {
        // On the islands the note next to the button says whether the number works there.
        let main = contacts.next();
        let main_facts = main.clone().map(|contact| {
            let note = contact.view.note.clone().filter(|_| !on_an_island);
            view! {
                <ContactFacts lang contact />
                {note.map(|note| view! { <p class="contact-note">{note}</p> })}
            }
        });
        let main = main.map(|contact| {
            view! {
                <ul class="plan-contacts">
                    <ContactAction lang contact brief=true without_note=!on_an_island />
                </ul>
            }
        });
        let rest = contacts
            .map(|contact| view! { <ContactAction lang contact /> })
            .collect_view();
        view! {
            {main}
            <details class="step-more">
                <summary>{t(Text::StepWhyAndMore, lang)}</summary>
                {main_facts}
                <ul class="plan-contacts">{rest}</ul>
                {referral}
                {reasons}
                {about}
            </details>
        }
        .into_any()
    };
    view! {
        <article class=class>
            <h3 class="step-name">{heading}</h3>
            <p class="step-org">{step.organisation.clone()}</p>
            {(chosen && say_chosen)
                .then(|| view! { <p class="chosen-note">{t(Text::ChosenHelpPoint, lang)}</p> })}
            {body}
        </article>
    }
}

/// Where the person is and the regional units that serve them.
#[component]
fn RegionBlock(lang: Lang, region: PlanRegion, voice: Voice) -> impl IntoView {
    let place = region
        .municipality
        .as_ref()
        .or(region.island.as_ref())
        .map(|n| n.name.clone())
        .unwrap_or_default();
    let units = region
        .units
        .into_iter()
        .map(|u| {
            view! {
                <li>
                    <a href=organisation_path(&u.service_id, lang) rel="external">
                        {u.name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="plan-region" aria-labelledby="region-heading">
            <h2 id="region-heading">{t(voice.say(Text::PlanRegionHeading), lang)}</h2>
            <p>
                {t(voice.say(Text::PlanRegionPlace), lang)} ": " {place} ". "
                {t(Text::EmergencyLabel, lang)} ": "
                <a href=format!(
                    "tel:{}",
                    region.emergency_number,
                )>{region.emergency_number.clone()}</a>
            </p>
            <ul>{units}</ul>
        </section>
    }
}

/// The whole plan for `answers`.
#[component]
pub fn PlanView(lang: Lang, plan: Plan, answers: Answers) -> impl IntoView {
    let professional = answers.role == Some(Role::Professional);
    let chosen = plan.summary.chosen.clone();
    let is_chosen = move |step: &PlanStep| chosen.as_deref() == Some(step.unit_id.as_str());
    let say_chosen = answers.chosen.is_some();
    let on_an_island = plan.region.as_ref().is_some_and(|r| r.island.is_some());
    let mut steps = plan.steps.into_iter();
    let first = steps.next();
    let others: Vec<PlanStep> = steps.collect();
    // Advice with steps to do at once (a bystander's 5 D's) comes before the options.
    let (now, later): (Vec<Guidance>, Vec<Guidance>) =
        plan.guidance.into_iter().partition(|g| !g.steps.is_empty());
    let has_guidance = !later.is_empty();
    let has_notes = !plan.notes.is_empty();
    let guidance = later
        .into_iter()
        .map(|g| {
            view! {
                <details class="guidance">
                    <summary>{g.title}</summary>
                    <p>{g.text}</p>
                </details>
            }
        })
        .collect_view();
    let do_now = now
        .into_iter()
        .map(|g| {
            let steps = g
                .steps
                .into_iter()
                .map(|s| view! { <li>{s}</li> })
                .collect_view();
            view! {
                <section class="plan-now" aria-labelledby=format!("now-{}", g.id)>
                    <h2 id=format!("now-{}", g.id)>{t(Text::PlanDoNow, lang)}</h2>
                    <ol class="now-steps">{steps}</ol>
                </section>
            }
        })
        .collect_view();
    let notes = plan
        .notes
        .into_iter()
        .map(|n| view! { <li>{n}</li> })
        .collect_view();
    view! {
        <h1 id="plan-heading" tabindex="-1">
            {t(Voice::of(professional).say(Text::PlanTitle), lang)}
        </h1>
        {(!plan.urgent.is_empty()).then(|| view! { <UrgentBlock lang urgent=plan.urgent /> })}
        {plan
            .danger_check
            .then(|| {
                view! {
                    <DangerCheck
                        lang
                        emergency=plan.region.as_ref().map(|r| r.emergency_number.clone())
                    />
                }
            })}
        {professional.then(|| view! { <ClientContact lang ways=answers.contact.clone() /> })}
        {do_now}
        <section class="plan-first" aria-labelledby="first-heading">
            <h2 id="first-heading">{t(Text::PlanFirstStep, lang)}</h2>
            {match first {
                Some(step) => {
                    view! {
                        <StepBlock
                            lang
                            chosen=is_chosen(&step)
                            step
                            first=true
                            professional
                            answers=answers.clone()
                            say_chosen
                        />
                    }
                        .into_any()
                }
                None => view! { <p>{t(Text::PlanNoSteps, lang)}</p> }.into_any(),
            }}
        </section>
        {has_notes
            .then(|| {
                view! {
                    <section class="plan-notes" aria-labelledby="notes-heading">
                        <h2 id="notes-heading">{t(Text::PlanNotesHeading, lang)}</h2>
                        <ul>{notes}</ul>
                    </section>
                }
            })}
        {(!others.is_empty())
            .then(|| {
                let items = others
                    .into_iter()
                    .map(|step| {
                        view! {
                            <li>
                                <StepBlock
                                    lang
                                    chosen=is_chosen(&step)
                                    step
                                    first=false
                                    professional
                                    answers=answers.clone()
                                    say_chosen
                                    on_an_island
                                />
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="plan-others" aria-labelledby="others-heading">
                        <h2 id="others-heading">{t(Text::PlanOtherOptions, lang)}</h2>
                        <ol class="plan-steps">{items}</ol>
                    </section>
                }
            })}
        {has_guidance
            .then(|| {
                view! {
                    <section class="plan-guidance" aria-labelledby="guidance-heading">
                        <h2 id="guidance-heading">{t(Text::PlanGuidanceHeading, lang)}</h2>
                        {guidance}
                    </section>
                }
            })}
        {plan
            .region
            .map(|region| view! { <RegionBlock lang region voice=Voice::of(professional) /> })}
        <p>
            <a href=PageId::Directory.path(lang)>{t(Text::PlanWholeDirectory, lang)}</a>
        </p>
    }
}
