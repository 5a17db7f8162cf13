//! The questionnaire, one question per screen, and the plan at the end. Each screen is a
//! form POSTed to the same address, earlier answers in hidden fields, so it works without
//! JavaScript; once the WebAssembly has loaded, the same forms are read in the browser and
//! only the plan is fetched, without reloading the page.

use crate::{
    browser,
    components::{
        layout::{Layout, document_title},
        plan::PlanView,
        summary::SummaryBlock,
    },
    i18n::{Lang, Text, t},
    page_data::{PageData, TriageView, use_page_data},
    route::{PageId, organisation_path, overview_path},
    triage::{
        Answers, Place, form,
        questions::{self, Go, Screen, Step},
    },
    vocab::{Island, Role},
};
use leptos::{prelude::*, task::spawn_local};
use web_sys::SubmitEvent;

/// The id of the heading that gets focus when a new question appears.
const QUESTION_ID: &str = "question";

/// The state of the plan being fetched in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    Idle,
    Waiting,
    Failed,
}

/// The questionnaire page.
#[component]
pub fn TriagePage(lang: Lang) -> impl IntoView {
    let initial = match use_page_data() {
        PageData::Triage(view) => *view,
        _ => TriageView::default(),
    };
    let answers = RwSignal::new(initial.answers);
    let screen = RwSignal::new(initial.screen);
    let plan = RwSignal::new(initial.plan);
    let fetch = RwSignal::new(Fetch::Idle);
    // Each submitted screen is drawn afresh, so no input keeps what was ticked before.
    let round = RwSignal::new(0_u32);
    let on_submit = move |event: SubmitEvent| {
        let Ok(fields) = browser::submitted_fields(&event) else {
            return;
        };
        event.prevent_default();
        let submitted = form::read(fields);
        // Own words and a chosen help point are sent from the summary: it gets focus.
        let focus_to = if submitted.go == Some(Go::Plan) {
            "summary-heading"
        } else {
            "plan-heading"
        };
        let mut next_answers = submitted.answers;
        let next = questions::respond(&mut next_answers, submitted.step, submitted.go);
        round.update(|r| *r += 1);
        answers.set(next_answers.clone());
        screen.set(next);
        if next != Screen::Plan {
            browser::focus(QUESTION_ID);
            return;
        }
        plan.set(None);
        fetch.set(Fetch::Waiting);
        spawn_local(async move {
            match browser::fetch_plan(&next_answers, lang).await {
                Ok(made) => {
                    plan.set(Some(made));
                    fetch.set(Fetch::Idle);
                }
                Err(_) => fetch.set(Fetch::Failed),
            }
            browser::focus(focus_to);
        });
    };
    let body = move || {
        match screen.get() {
        Screen::Question(step) => view! {
            {answers.with(Answers::urgent).then(|| view! { <DangerNow lang answers=answers.get() /> })}
            <QuestionForm lang step answers on_submit />
        }
        .into_any(),
        Screen::NoConsent => view! { <NoConsent lang answers=answers.get() on_submit /> }.into_any(),
        Screen::Plan => {
            let shown = match (plan.get(), fetch.get()) {
                (Some(made), _) => {
                    let desk = answers.with(|a| a.role == Some(Role::Professional)) && made.region.is_some();
                    view! {
                        <PlanView lang plan=made.clone() answers=answers.get() />
                        {desk.then(|| view! { <OverviewForm lang answers=answers.get() /> })}
                        <SummaryBlock lang plan=made answers=answers.get() on_submit />
                    }
                    .into_any()
                }
                (None, Fetch::Failed) => view! { <p class="note" role="alert">{t(Text::TriagePlanFailed, lang)}</p> }.into_any(),
                (None, _) => view! { <p class="plan-waiting" role="status">{t(Text::TriageWorking, lang)}</p> }.into_any(),
            };
            view! {
                {shown}
                <ChangeAnswers lang answers=answers.get() on_submit />
            }
            .into_any()
        }
    }
    };
    view! {
        <Layout
            lang
            emergency=Signal::derive(move || answers.with(Answers::emergency_number))
            carry=Signal::derive(move || answers.with(|a| form::same_screen(a, screen.get())))
            title=document_title(lang, Some(t(Text::TriageTitle, lang)))
            switch_to=PageId::Triage.path(lang.other()).to_owned()
        >
            <For each=move || [round.get()] key=|r| *r children=move |_| body />
        </Layout>
    }
}

/// Shown at once when someone is in danger: the emergency number, before anything else.
#[component]
fn DangerNow(lang: Lang, answers: Answers) -> impl IntoView {
    let island = answers.on_an_island();
    view! {
        <section class="danger-now" aria-labelledby="danger-heading" role="alert">
            <h2 id="danger-heading">{t(Text::PlanUrgentHeading, lang)}</h2>
            {(!island).then(|| view! { <a class="action action-big action-urgent" href="tel:112">{t(Text::EmergencyCall, lang)} " 112"</a> })}
            <a class="action action-big action-urgent" href="tel:911">{t(Text::EmergencyCallIslands, lang)}</a>
        </section>
    }
}

/// The hidden fields that carry the answers to every question but `except`.
fn hidden_fields(answers: &Answers, except: Option<Step>) -> impl IntoView + use<> {
    form::fields(answers, except)
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view()
}

/// One question's screen.
#[component]
fn QuestionForm(
    lang: Lang,
    step: Step,
    answers: RwSignal<Answers>,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    let current = answers.get_untracked();
    let (at, of) = questions::progress(step, &current);
    let last = questions::path(&current).last() == Some(&step);
    let progress = t(Text::TriageProgress, lang)
        .replace("{at}", &at.to_string())
        .replace("{of}", &of.to_string());
    let fields = match step {
        Step::Place => view! { <PlaceFields lang answers /> }.into_any(),
        _ => view! { <Choices lang step answers=current.clone() /> }.into_any(),
    };
    view! {
        <form class="question-form" method="post" action=PageId::Triage.path(lang) on:submit=on_submit>
            <input type="hidden" name="step" value=step.id() />
            {hidden_fields(&current, Some(step))}
            <p class="progress">
                <span>{progress}</span>
                <progress max=of value=at aria-hidden="true"></progress>
            </p>
            {fields}
            <div class="question-actions">
                <button type="submit" name="go" value="next" class="primary">
                    {t(if last { Text::TriageShowPlan } else { Text::TriageNext }, lang)}
                </button>
                <button type="submit" name="go" value="skip" class="secondary">{t(Text::TriageSkip, lang)}</button>
                {if at > 1 {
                    view! { <button type="submit" name="go" value="back" class="secondary">{t(Text::TriageBack, lang)}</button> }.into_any()
                } else {
                    view! { <a class="back-link" href=PageId::Home.path(lang)>{t(Text::TriageBack, lang)}</a> }.into_any()
                }}
            </div>
            <button type="submit" name="go" value="danger" class="danger-button">{t(Text::TriageDangerButton, lang)}</button>
        </form>
    }
}

/// The question as a group of options: radio buttons, or checkboxes where more than one
/// may be chosen.
#[component]
fn Choices(lang: Lang, step: Step, answers: Answers) -> impl IntoView {
    let chosen = questions::chosen(&answers, step);
    let kind = if step.multiple() { "checkbox" } else { "radio" };
    let options = step
        .options(answers.role)
        .into_iter()
        .map(|(id, label)| {
            let input_id = format!("{}-{id}", step.id());
            view! {
                <li>
                    <input type=kind id=input_id.clone() name=step.id() value=id checked=chosen.contains(&id) />
                    <label for=input_id>{t(label, lang)}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question" aria-describedby="question-hint">
            <legend><h1 id=QUESTION_ID tabindex="-1">{t(step.question(answers.role), lang)}</h1></legend>
            <p class="hint" id="question-hint">{t(step.hint(), lang)}</p>
            <ul class="options">{options}</ul>
        </fieldset>
    }
}

/// The place question: a postcode or municipality, an island, or (with JavaScript, after a
/// tap) the device's location.
#[component]
fn PlaceFields(lang: Lang, answers: RwSignal<Answers>) -> impl IntoView {
    let current = answers.get_untracked();
    let text = current
        .location
        .as_ref()
        .and_then(Place::text)
        .unwrap_or_default()
        .to_owned();
    let island = match current.location {
        Some(Place::Island { island }) => Some(island),
        _ => None,
    };
    let point = match current.location {
        Some(Place::Point { lat, lon }) => Some((lat, lon)),
        _ => None,
    };
    let islands = [
        (None, Text::PlaceNoIsland),
        (Some(Island::Bonaire), Text::BonaireName),
        (Some(Island::SintEustatius), Text::SintEustatiusName),
        (Some(Island::Saba), Text::SabaName),
    ]
    .into_iter()
    .map(|(value, label)| {
        let id = value.map_or("none", Island::id);
        view! {
            <li>
                <input type="radio" id=format!("island-{id}") name="island" value=value.map_or("", Island::id) checked=island == value />
                <label for=format!("island-{id}")>{t(label, lang)}</label>
            </li>
        }
    })
    .collect_view();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let located = RwSignal::new(point.map(|_| true));
    let locate = move |_| {
        browser::locate(move |position| match position {
            Some((lat, lon)) => {
                answers.update(|a| a.location = Some(Place::Point { lat, lon }));
                located.set(Some(true));
            }
            None => located.set(Some(false)),
        });
    };
    view! {
        <fieldset class="question" aria-describedby="question-hint">
            <legend><h1 id=QUESTION_ID tabindex="-1">{t(Text::QPlace, lang)}</h1></legend>
            <p class="hint" id="question-hint">{t(Text::HintPlace, lang)}</p>
            <label for="place">{t(Text::PlaceTextLabel, lang)}</label>
            <p class="hint" id="place-hint">{t(Text::PlaceTextHint, lang)}</p>
            <input id="place" name="place" type="text" maxlength="200" value=text aria-describedby="place-hint" autocomplete="off" />
            <fieldset class="islands">
                <legend>{t(Text::PlaceIslandLegend, lang)}</legend>
                <ul class="options">{islands}</ul>
            </fieldset>
            {point.map(|(lat, lon)| view! {
                <input type="hidden" name="lat" value=lat.to_string() />
                <input type="hidden" name="lon" value=lon.to_string() />
            })}
            {move || hydrated.get().then(|| view! {
                <button type="button" class="secondary" on:click=locate>{t(Text::PlaceUseLocation, lang)}</button>
            })}
            <p role="status" class="location-status">
                {move || located.get().map(|found| t(if found { Text::PlaceLocationFound } else { Text::PlaceLocationFailed }, lang))}
            </p>
        </fieldset>
    }
}

/// A professional's client has not consented: what to do instead, and nothing more; Back
/// returns to the consent question.
#[component]
fn NoConsent(
    lang: Lang,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    view! {
        <h1 id=QUESTION_ID tabindex="-1">{t(Text::NoConsentTitle, lang)}</h1>
        <p>{t(Text::NoConsentText, lang)}</p>
        <p><a href=organisation_path("veilig-thuis", lang) rel="external">{t(Text::NoConsentAdvice, lang)}</a></p>
        <form class="change-answers" method="post" action=PageId::Triage.path(lang) on:submit=on_submit>
            {hidden_fields(&answers, None)}
            <input type="hidden" name="step" value=Step::What.id() />
            <button type="submit" name="go" value="back" class="secondary">{t(Text::TriageBack, lang)}</button>
        </form>
    }
}

/// For a professional with a place: the printable overview of all help there.
#[component]
fn OverviewForm(lang: Lang, answers: Answers) -> impl IntoView {
    // The overview needs the place, never the client's own words.
    let answers = Answers {
        own_words: None,
        ..answers
    };
    view! {
        <form class="overview-form" method="post" action=overview_path(lang)>
            {hidden_fields(&answers, None)}
            <button type="submit" class="secondary">{t(Text::OverviewButton, lang)}</button>
        </form>
    }
}

/// Under the plan: back to the questions with the answers kept, or start again.
#[component]
fn ChangeAnswers(
    lang: Lang,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    view! {
        <form class="change-answers" method="post" action=PageId::Triage.path(lang) on:submit=on_submit>
            {hidden_fields(&answers, None)}
            <button type="submit" name="go" value="back" class="secondary">{t(Text::PlanChangeAnswers, lang)}</button>
            <a href=PageId::Triage.path(lang) rel="external">{t(Text::TriageRestart, lang)}</a>
        </form>
    }
}
