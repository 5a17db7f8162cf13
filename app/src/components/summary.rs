//! "Mijn situatie in het kort" under the plan: the summary in a read-only text box that
//! can always be selected, a choice of the help point it names, a form to add a few
//! sentences in the person's own words, a form that returns the summary as a file, and,
//! once the wasm runs, buttons to copy, print, share (where the browser can) and show it
//! full-screen to hand the phone across. Nothing of it is stored or put in an address.

use crate::{
    browser,
    components::{carried::hidden_fields, text_box::textarea_html},
};
use hulpwijzer_core::{
    i18n::{Lang, Text, Voice, t},
    route::{PageId, summary_file_path},
    triage::{Answers, MAX_OWN_WORDS_CHARS, plan::Plan, summary},
    vocab::Role,
};
use leptos::prelude::*;
use web_sys::SubmitEvent;

/// The help point the summary names, to choose from the plan's options.
/// The questionnaire's address with the summary as its fragment: without JavaScript, the
/// page that comes back opens at the summary the person just changed, not at the top.
fn at_the_summary(lang: Lang) -> String {
    format!("{}#summary-heading", PageId::Triage.path(lang))
}

#[component]
fn ChooseHelp(
    lang: Lang,
    plan: Plan,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + 'static,
) -> impl IntoView {
    let options = plan
        .steps
        .iter()
        .map(|step| {
            let id = format!("chosen-{}", step.unit_id);
            let checked = plan.summary.chosen.as_deref() == Some(step.unit_id.as_str());
            view! {
                <li>
                    <input
                        type="radio"
                        id=id.clone()
                        name="chosen"
                        value=step.unit_id.clone()
                        checked=checked
                    />
                    <label for=id>
                        {format!("{}. {} ({})", step.rank, step.name, step.organisation)}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <form class="choose-help" method="post" action=at_the_summary(lang) on:submit=on_submit>
            {hidden_fields(
                &Answers {
                    chosen: None,
                    ..answers.clone()
                },
                &[],
            )}
            <fieldset>
                <legend>{t(Text::ChooseHelpLegend, lang)}</legend>
                <ul class="options">{options}</ul>
            </fieldset>
            <button type="submit" name="go" value="plan" class="secondary">
                {t(Text::ChooseHelpButton, lang)}
            </button>
        </form>
    }
}

/// The summary block for `answers` and their `plan`.
#[component]
pub fn SummaryBlock(
    lang: Lang,
    plan: Plan,
    answers: Answers,
    on_submit: impl FnMut(SubmitEvent) + Copy + 'static,
) -> impl IntoView {
    let text = plan.summary.text.clone();
    let title = t(summary::title(&answers), lang);
    let professional = answers.role == Some(Role::Professional);
    let [intro, own_label, own_hint, own_add] = if professional {
        [
            Text::ReferralSummaryIntro,
            Text::OwnWordsLabelClient,
            Text::OwnWordsHintClient,
            Text::OwnWordsAddClient,
        ]
    } else {
        [
            Text::SummaryIntro,
            Text::OwnWordsLabel,
            Text::OwnWordsHint,
            Text::OwnWordsAdd,
        ]
    };
    let choose = (plan.steps.len() > 1)
        .then(|| view! { <ChooseHelp lang plan answers=answers.clone() on_submit /> });
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let full_screen = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let own = answers.own_words.clone().unwrap_or_default();
    let copy_text = text.clone();
    let share_text = text.clone();
    let big_text = text.clone();
    let buttons = move || {
        let copy_text = copy_text.clone();
        let share_text = share_text.clone();
        hydrated.get().then(|| {
            let can_share = browser::can_share();
            view! {
                <div class="summary-actions">
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            let text = copy_text.clone();
                            leptos::task::spawn_local(async move {
                                copied.set(Some(browser::copy(&text).await.is_ok()));
                            });
                        }
                    >
                        {t(Text::SummaryCopy, lang)}
                    </button>
                    <button type="button" class="secondary" on:click=|_| browser::print()>
                        {t(Text::SummaryPrint, lang)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        on:click=move |_| {
                            full_screen.set(true);
                            browser::focus("summary-full-close");
                        }
                    >
                        {t(Text::SummaryFullScreen, lang)}
                    </button>
                    {can_share
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| browser::share(&share_text)
                                >
                                    {t(Text::SummaryShare, lang)}
                                </button>
                            }
                        })}
                </div>
            }
        })
    };
    view! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" tabindex="-1">
                {title}
            </h2>
            <p>{t(intro, lang)}</p>
            <label for="summary-text">
                {t(Voice::of(professional).say(Text::SummaryTextLabel), lang)}
            </label>
            <textarea
                id="summary-text"
                class="summary-text"
                readonly
                rows="14"
                dir="auto"
                inner_html=textarea_html(&text)
            ></textarea>
            <pre class="summary-print" dir="auto">
                {text}
            </pre>
            {buttons}
            <p role="status" class="summary-status">
                {move || {
                    copied
                        .get()
                        .map(|ok| t(
                            if ok { Text::SummaryCopied } else { Text::SummaryCopyFailed },
                            lang,
                        ))
                }}
            </p>
            <form class="summary-save" method="post" action=summary_file_path(lang)>
                {hidden_fields(&answers, &[])}
                <button type="submit" class="secondary">
                    {t(Text::SummarySave, lang)}
                </button>
            </form>
            <p class="summary-warning">{t(Text::SummaryWarning, lang)}</p>
            {choose}
            <form class="own-words" method="post" action=at_the_summary(lang) on:submit=on_submit>
                {hidden_fields(
                    &Answers {
                        own_words: None,
                        ..answers.clone()
                    },
                    &[],
                )}
                <label for="own_words">{t(own_label, lang)}</label>
                <p class="hint" id="own-words-hint">
                    {t(own_hint, lang)}
                </p>
                <textarea
                    id="own_words"
                    name="own_words"
                    rows="5"
                    dir="auto"
                    maxlength=MAX_OWN_WORDS_CHARS
                    aria-describedby="own-words-hint"
                    inner_html=textarea_html(&own)
                ></textarea>
                <button type="submit" name="go" value="plan" class="secondary">
                    {t(own_add, lang)}
                </button>
            </form>
        </section>
        {move || {
            full_screen
                .get()
                .then(|| {
                    let text = big_text.clone();
                    view! {
                        <div
                            class="summary-full"
                            role="dialog"
                            aria-modal="true"
                            aria-labelledby="summary-full-heading"
                            on:keydown=move |event| {
                                if event.key() == "Escape" {
                                    full_screen.set(false);
                                }
                            }
                        >
                            <button
                                type="button"
                                id="summary-full-close"
                                class="primary"
                                on:click=move |_| full_screen.set(false)
                            >
                                {t(Text::SummaryClose, lang)}
                            </button>
                            <h2 id="summary-full-heading">{title}</h2>
                            <p class="summary-full-text" dir="auto">
                                {text}
                            </p>
                        </div>
                    }
                })
        }}
    }
}
