//! The questionnaire, one question per screen, and the plan at the end. Each screen is a
//! form POSTed to the same address, earlier answers in hidden fields, so it works without
//! JavaScript; once the WebAssembly has loaded, the same forms are read in the browser and
//! only the plan is fetched, without reloading the page.

use crate::{
    browser,
    components::{
        carried::hidden_fields,
        layout::{Layout, document_title},
        plan::{PlanView, StepBlock},
        summary::SummaryBlock,
    },
    page_data::use_live_data,
    pages::overview::OverviewBody,
};
use hulpwijzer_core::{
    i18n::{Lang, Text, Voice, t},
    page_data::{OverviewView, PageData},
    route::{PageId, organisation_path, overview_path},
    triage::{
        Answers, Place, PlaceCheck, form,
        plan::Plan,
        questions::{self, Go, Screen, Step},
    },
    vocab::{Island, Role},
};
use leptos::{prelude::*, task::spawn_local};
use web_sys::SubmitEvent;

/// The id of the heading that gets focus when a new question appears.
const QUESTION_ID: &str = "question";
/// The id of the form that the names offered for a place not found submit.
const PLACE_CHOICE: &str = "place-choice";

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
    let initial = use_live_data(|data| match data {
        PageData::Triage(view) => Some(*view),
        _ => None,
    });
    let answers = RwSignal::new(initial.answers);
    let screen = RwSignal::new(initial.screen);
    let plan = RwSignal::new(initial.plan);
    let place_check = RwSignal::new(initial.place_check);
    let overview = RwSignal::new(None::<OverviewView>);
    let fetch = RwSignal::new(Fetch::Idle);
    // Each submitted screen is drawn afresh, so no input keeps what was ticked before.
    let round = RwSignal::new(0_u32);
    // The plan (or the first step) for `for_answers`, from the server; then `focus_to`.
    let load_plan = move |for_answers: Answers, focus_to: &'static str| {
        plan.set(None);
        fetch.set(Fetch::Waiting);
        spawn_local(async move {
            match browser::fetch_plan(&for_answers, lang).await {
                Ok(made) => {
                    plan.set(Some(made));
                    fetch.set(Fetch::Idle);
                }
                Err(_) => fetch.set(Fetch::Failed),
            }
            browser::focus(focus_to);
        });
    };
    // Draws `next` afresh; a new screen is a new history entry.
    let draw = move |next: Screen, check: Option<PlaceCheck>| {
        round.update(|r| *r += 1);
        place_check.set(check);
        screen.set(next);
    };
    // A typed place that is not found: the place question again, with names to choose.
    let ask_again = move |typed: Answers, check: PlaceCheck| {
        answers.set(typed);
        draw(Screen::Question(Step::Place), Some(check));
        browser::history_push(&Screen::Question(Step::Place).key());
        browser::focus(QUESTION_ID);
    };
    let show = move |submitted: form::Submission| {
        let mut next_answers = submitted.answers;
        let next = questions::respond(&mut next_answers, submitted.step, submitted.go);
        // Own words and a chosen help point are sent from the summary: it gets focus.
        let focus_to = match (next, submitted.go) {
            (Screen::FirstStep(_), _) => QUESTION_ID,
            (_, Some(Go::Plan)) => "summary-heading",
            _ => "plan-heading",
        };
        answers.set(next_answers.clone());
        if next != screen.get_untracked() {
            browser::history_push(&next.key());
        }
        draw(next, None);
        if next.needs_plan() {
            load_plan(next_answers, focus_to);
        } else {
            browser::focus(QUESTION_ID);
        }
    };
    // With JavaScript each screen is a history entry whose state is only the screen's key
    // (the address stays): the phone's Back goes one screen back, the answers kept in
    // memory, never in the address or the history.
    let moved = move |key: Option<String>| {
        let to = match key
            .as_deref()
            .and_then(Screen::from_key)
            .unwrap_or_default()
        {
            // Forward to an overview no longer in memory: the plan.
            Screen::Overview if overview.with_untracked(Option::is_none) => Screen::Plan,
            other => other,
        };
        draw(to, None);
        if to.needs_plan() {
            let heading = if to == Screen::Plan {
                "plan-heading"
            } else {
                QUESTION_ID
            };
            load_plan(answers.get_untracked(), heading);
        } else {
            browser::focus(QUESTION_ID);
        }
    };
    Effect::new(move |_| {
        browser::history_replace(&screen.get_untracked().key());
        browser::on_history_move(Some(Box::new(moved)));
        on_cleanup(|| browser::on_history_move(None));
    });
    let on_submit = move |event: SubmitEvent| {
        let Ok(fields) = browser::submitted_fields(&event) else {
            return;
        };
        event.prevent_default();
        let submitted = form::read(fields);
        let Some(place) =
            questions::place_to_check(&submitted.answers, submitted.step, submitted.go).cloned()
        else {
            show(submitted);
            return;
        };
        spawn_local(async move {
            match browser::check_place(&place).await {
                Ok(Err(check)) => ask_again(submitted.answers, check),
                Ok(Ok(island)) => {
                    let mut submitted = submitted;
                    submitted.answers.place_found(island);
                    show(submitted);
                }
                // The look-up failed: on, and the plan says what it found.
                Err(_) => show(submitted),
            }
        });
    };
    // A professional's desk overview, drawn in place of the plan so Back returns to it;
    // if it cannot be fetched, the form goes to the server as without JavaScript.
    let on_overview = move |event: SubmitEvent| {
        event.prevent_default();
        spawn_local(async move {
            match browser::fetch_overview(&answers.get_untracked(), lang).await {
                Ok(made) => {
                    overview.set(Some(made));
                    browser::history_push(&Screen::Overview.key());
                    draw(Screen::Overview, None);
                    browser::focus("overview-heading");
                }
                Err(_) => browser::submit_natively(&event),
            }
        });
    };
    let body = move || match screen.get() {
        Screen::Question(step) => view! {
            {answers
                .with(Answers::urgent)
                .then(|| view! { <DangerNow lang answers=answers.get() /> })}
            <QuestionForm lang step answers check=place_check.get() on_submit />
        }
        .into_any(),
        Screen::NoConsent => {
            view! { <NoConsent lang answers=answers.get() on_submit /> }.into_any()
        }
        Screen::FirstStep(at) => match (plan.get(), fetch.get()) {
            (Some(made), _) => view! {
                {answers
                    .with(Answers::urgent)
                    .then(|| view! { <DangerNow lang answers=answers.get() /> })}
                <FirstStepScreen lang at plan=made answers=answers.get() on_submit />
            }
            .into_any(),
            (None, fetched) => waiting(lang, fetched).into_any(),
        },
        Screen::Overview => match overview.get() {
            Some(view) => view! { <OverviewBody lang view on_submit /> }.into_any(),
            None => waiting(lang, fetch.get()).into_any(),
        },
        Screen::Plan => {
            let shown = match (plan.get(), fetch.get()) {
                (Some(made), _) => {
                    let desk = answers.with(|a| a.role == Some(Role::Professional))
                        && made.region.is_some();
                    view! {
                        <PlanView lang plan=made.clone() answers=answers.get() />
                        {desk
                            .then(|| {
                                view! {
                                    <OverviewForm
                                        lang
                                        answers=answers.get()
                                        on_submit=on_overview
                                    />
                                }
                            })}
                        <SummaryBlock lang plan=made answers=answers.get() on_submit />
                    }
                    .into_any()
                }
                (None, fetched) => waiting(lang, fetched).into_any(),
            };
            view! {
                {shown}
                <ChangeAnswers lang answers=answers.get() on_submit />
            }
            .into_any()
        }
    };
    view! {
        <Layout
            lang
            emergency=Signal::derive(move || answers.with(Answers::emergency_here))
            carry=Signal::derive(move || answers.with(|a| form::same_screen(a, screen.get())))
            title=document_title(lang, Some(t(Text::TriageTitle, lang)))
            switch_to=PageId::Triage.path(lang.other()).to_owned()
        >
            <For each=move || [round.get()] key=|r| *r children=move |_| body />
        </Layout>
    }
}

/// While the plan is being fetched, or when that failed.
fn waiting(lang: Lang, fetch: Fetch) -> impl IntoView {
    match fetch {
        Fetch::Failed => view! {
            <p class="note" role="alert">
                {t(Text::TriagePlanFailed, lang)}
            </p>
        }
        .into_any(),
        Fetch::Idle | Fetch::Waiting => view! {
            <p class="plan-waiting" role="status">
                {t(Text::TriageWorking, lang)}
            </p>
        }
        .into_any(),
    }
}

/// Shown at once when someone is in danger: the emergency number, before anything else.
#[component]
fn DangerNow(lang: Lang, answers: Answers) -> impl IntoView {
    let island = answers.on_an_island();
    view! {
        <section class="danger-now" aria-labelledby="danger-heading" role="alert">
            <h2 id="danger-heading">{t(Text::PlanUrgentHeading, lang)}</h2>
            {(!island)
                .then(|| {
                    view! {
                        <a class="action action-big action-urgent" href="tel:112">
                            {t(Text::EmergencyCall, lang)}
                            " 112"
                        </a>
                    }
                })}
            <a class="action action-big action-urgent" href="tel:911">
                {t(Text::EmergencyCallIslands, lang)}
            </a>
        </section>
    }
}

/// One question's screen.
#[component]
fn QuestionForm(
    lang: Lang,
    step: Step,
    answers: RwSignal<Answers>,
    check: Option<PlaceCheck>,
    on_submit: impl FnMut(SubmitEvent) + Copy + 'static,
) -> impl IntoView {
    let current = answers.get_untracked();
    let (at, of) = questions::progress(step, &current);
    let last = questions::screens(&current).last() == Some(&step);
    let voice = current.voice();
    let progress = t(Text::TriageProgress, lang)
        .replace("{at}", &at.to_string())
        .replace("{of}", &of.to_string());
    let shown = questions::on_screen(step, &current);
    // The names offered for a place not found submit this form, with every other answer.
    let choice = check.as_ref().filter(|c| !c.options.is_empty()).map(|_| {
        let others = Answers {
            location: None,
            ..current.clone()
        };
        view! {
            <form
                id=PLACE_CHOICE
                method="post"
                action=PageId::Triage.path(lang)
                on:submit=on_submit
            >
                {hidden_fields(&others, &[])}
                <input type="hidden" name="step" value=Step::Place.id() />
                <input type="hidden" name="go" value="next" />
            </form>
        }
    });
    let fields = shown
        .iter()
        .enumerate()
        .map(|(i, shown)| match shown {
            Step::Place => view! { <PlaceFields lang answers check=check.clone() /> }.into_any(),
            _ => view! { <Choices lang step=*shown answers=current.clone() lead=i == 0 /> }
                .into_any(),
        })
        .collect_view();
    view! {
        <form
            class="question-form"
            method="post"
            action=PageId::Triage.path(lang)
            on:submit=on_submit
        >
            <input type="hidden" name="step" value=step.id() />
            {hidden_fields(&current, &shown)}
            <p class="progress">
                <span>{progress}</span>
                <progress max=of value=at aria-hidden="true"></progress>
            </p>
            {fields}
            <div class="question-actions">
                <button type="submit" name="go" value="next" class="primary">
                    {t(if last { voice.say(Text::TriageShowPlan) } else { Text::TriageNext }, lang)}
                </button>
                <button type="submit" name="go" value="skip" class="secondary">
                    {t(Text::TriageSkip, lang)}
                </button>
                {if at > 1 {
                    view! {
                        <button type="submit" name="go" value="back" class="secondary">
                            {t(Text::TriageBack, lang)}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <a class="back-link" href=PageId::Home.path(lang)>
                            {t(Text::TriageBack, lang)}
                        </a>
                    }
                        .into_any()
                }}
            </div>
            <button type="submit" name="go" value="danger" class="danger-button">
                {t(Text::TriageDangerButton, lang)}
            </button>
        </form>
        {choice}
    }
}

/// The question as a group of options: radio buttons, or checkboxes where more than one
/// may be chosen. The `lead` question of a screen is its heading (and gets focus); a
/// question that shares the screen is a subheading.
#[component]
fn Choices(lang: Lang, step: Step, answers: Answers, lead: bool) -> impl IntoView {
    let chosen = questions::chosen(&answers, step);
    let kind = if step.multiple() { "checkbox" } else { "radio" };
    let options = step
        .options(answers.role)
        .into_iter()
        .map(|(id, label)| {
            let input_id = format!("{}-{id}", step.id());
            view! {
                <li>
                    <input
                        type=kind
                        id=input_id.clone()
                        name=step.id()
                        value=id
                        checked=chosen.contains(&id)
                    />
                    <label for=input_id>{t(label, lang)}</label>
                </li>
            }
        })
        .collect_view();
    let question = t(answers.voice().say(step.question(answers.role)), lang);
    let heading = if lead {
        view! {
            <h1 id=QUESTION_ID tabindex="-1">
                {question}
            </h1>
        }
        .into_any()
    } else {
        view! { <h2>{question}</h2> }.into_any()
    };
    let hint_id = format!("{}-hint", step.id());
    let described_by = hint_id.clone();
    view! {
        <fieldset class="question" aria-describedby=described_by>
            <legend>{heading}</legend>
            <p class="hint" id=hint_id>
                {t(answers.voice().say(step.hint()), lang)}
            </p>
            <ul class="options">{options}</ul>
        </fieldset>
    }
}

/// The place question: a postcode or municipality, an island, or (with JavaScript, after a
/// tap) the device's location. A typed place that was not found comes back with what is
/// wrong and the names to choose from, each one tap.
#[component]
fn PlaceFields(lang: Lang, answers: RwSignal<Answers>, check: Option<PlaceCheck>) -> impl IntoView {
    let current = answers.get_untracked();
    let voice = current.voice();
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
                <input
                    type="radio"
                    id=format!("island-{id}")
                    name="island"
                    value=value.map_or("", Island::id)
                    checked=island == value
                />
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
    let described_by = if check.is_some() {
        "place-check place-hint"
    } else {
        "place-hint"
    };
    let check = check.map(|check| view! { <PlaceProblem lang check /> });
    view! {
        <fieldset class="question" aria-describedby="question-hint">
            <legend>
                <h1 id=QUESTION_ID tabindex="-1">
                    {t(voice.say(Text::QPlace), lang)}
                </h1>
            </legend>
            <p class="hint" id="question-hint">
                {t(voice.say(Text::HintPlace), lang)}
            </p>
            {check}
            <label for="place">{t(Text::PlaceTextLabel, lang)}</label>
            <p class="hint" id="place-hint">
                {t(Text::PlaceTextHint, lang)}
            </p>
            <input
                id="place"
                name="place"
                type="text"
                maxlength="200"
                value=text
                aria-describedby=described_by
                autocomplete="off"
            />
            <fieldset class="islands">
                <legend>{t(Text::PlaceIslandLegend, lang)}</legend>
                <ul class="options">{islands}</ul>
            </fieldset>
            {point
                .map(|(lat, lon)| {
                    view! {
                        <input type="hidden" name="lat" value=lat.to_string() />
                        <input type="hidden" name="lon" value=lon.to_string() />
                    }
                })}
            {move || {
                hydrated
                    .get()
                    .then(|| {
                        view! {
                            <button type="button" class="secondary" on:click=locate>
                                {t(Text::PlaceUseLocation, lang)}
                            </button>
                        }
                    })
            }}
            <p role="status" class="location-status">
                {move || {
                    located
                        .get()
                        .map(|found| t(
                            if found {
                                Text::PlaceLocationFound
                            } else {
                                Text::PlaceLocationFailed
                            },
                            lang,
                        ))
                }}
            </p>
        </fieldset>
    }
}

/// What is wrong with a typed place, and the names to choose from ("Bedoel je Utrecht?"),
/// each a button of the place-choice form.
#[component]
fn PlaceProblem(lang: Lang, check: PlaceCheck) -> impl IntoView {
    let message = match (check.ambiguous, check.options.as_slice()) {
        (true, _) => t(Text::PlaceAmbiguous, lang).to_owned(),
        (false, []) => t(Text::PlaceUnknown, lang).to_owned(),
        (false, [one]) => t(Text::PlaceDidYouMeanOne, lang).replace("{name}", one),
        (false, _) => t(Text::PlaceDidYouMean, lang).to_owned(),
    };
    let buttons = check
        .options
        .into_iter()
        .map(|name| {
            let value = name.clone();
            view! {
                <button type="submit" form=PLACE_CHOICE name="place" value=value class="secondary">
                    {name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="place-check">
            <p class="note" id="place-check" role="alert">
                {message}
            </p>
            <div class="place-options">{buttons}</div>
        </div>
    }
}

/// The first step on its own, as soon as the answers make it certain: its buttons, open
/// now and why; then on to the whole plan, or back to the question. Before a place is
/// given, an island can be chosen: there the first step is the island's own service.
#[component]
fn FirstStepScreen(
    lang: Lang,
    at: Step,
    plan: Plan,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + Copy + 'static,
) -> impl IntoView {
    let professional = answers.role == Some(Role::Professional);
    let voice = Voice::of(professional);
    let first = plan.steps.into_iter().next();
    let islands = answers.location.is_none().then(|| {
        let buttons = [
            (Island::Bonaire, Text::BonaireName),
            (Island::SintEustatius, Text::SintEustatiusName),
            (Island::Saba, Text::SabaName),
        ]
        .into_iter()
        .map(|(island, name)| {
            view! {
                <button type="submit" name="island" value=island.id() class="secondary">
                    {t(name, lang)}
                </button>
            }
        })
        .collect_view();
        view! {
            <form
                class="island-choice"
                method="post"
                action=PageId::Triage.path(lang)
                on:submit=on_submit
            >
                {hidden_fields(&answers, &[])}
                <input type="hidden" name="step" value=at.id() />
                <input type="hidden" name="go" value="first" />
                <p>{t(voice.say(Text::FirstStepIslands), lang)}</p>
                <div class="island-buttons">{buttons}</div>
            </form>
        }
    });
    view! {
        <h1 id=QUESTION_ID tabindex="-1">
            {t(Text::FirstStepTitle, lang)}
        </h1>
        <p class="first-step-intro">{t(voice.say(Text::FirstStepIntro), lang)}</p>
        {first
            .map(|step| {
                view! {
                    <section class="plan-first" aria-labelledby="first-heading">
                        <h2 id="first-heading">{t(Text::PlanFirstStep, lang)}</h2>
                        <StepBlock
                            lang
                            chosen=false
                            step
                            first=true
                            professional
                            answers=answers.clone()
                        />
                    </section>
                }
            })}
        <form
            class="question-actions first-step-actions"
            method="post"
            action=PageId::Triage.path(lang)
            on:submit=on_submit
        >
            {hidden_fields(&answers, &[])}
            <input type="hidden" name="step" value=at.id() />
            <button type="submit" name="go" value="on" class="primary">
                {t(Text::FirstStepOn, lang)}
            </button>
            <button type="submit" name="go" value="edit" class="secondary">
                {t(Text::TriageBack, lang)}
            </button>
        </form>
        {islands}
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
        <h1 id=QUESTION_ID tabindex="-1">
            {t(Text::NoConsentTitle, lang)}
        </h1>
        <p>{t(Text::NoConsentText, lang)}</p>
        <p>
            <a href=organisation_path("veilig-thuis", lang) rel="external">
                {t(Text::NoConsentAdvice, lang)}
            </a>
        </p>
        <form
            class="change-answers"
            method="post"
            action=PageId::Triage.path(lang)
            on:submit=on_submit
        >
            {hidden_fields(&answers, &[])}
            <input type="hidden" name="step" value=Step::What.id() />
            <button type="submit" name="go" value="back" class="secondary">
                {t(Text::TriageBack, lang)}
            </button>
        </form>
    }
}

/// For a professional with a place: the printable overview of all help there.
#[component]
fn OverviewForm(
    lang: Lang,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    // The overview needs the place, never the client's own words.
    let answers = Answers {
        own_words: None,
        ..answers
    };
    view! {
        <form class="overview-form" method="post" action=overview_path(lang) on:submit=on_submit>
            {hidden_fields(&answers, &[])}
            <button type="submit" class="secondary">
                {t(Text::OverviewButton, lang)}
            </button>
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
        <form
            class="change-answers"
            method="post"
            action=PageId::Triage.path(lang)
            on:submit=on_submit
        >
            {hidden_fields(&answers, &[])}
            <button type="submit" name="go" value="back" class="secondary">
                {t(Text::PlanChangeAnswers, lang)}
            </button>
            <a href=PageId::Triage.path(lang) rel="external">
                {t(Text::TriageRestart, lang)}
            </a>
        </form>
    }
}
