//! The quick exit: a button at the top of every page and a skip link as the first thing a
//! keyboard reaches. Both are plain links to the neutral site, so they work without
//! JavaScript; `quick_exit.js` adds blanking, Shift × 3 and the Back guard.

use crate::site::ExitTarget;
use hulpwijzer_core::i18n::{Lang, Text, t};
use leptos::prelude::*;

fn exit_url() -> String {
    use_context::<ExitTarget>()
        .map(|target| target.0)
        .unwrap_or_default()
}

/// The visible quick-exit button, carrying the texts the script announces.
#[component]
pub fn QuickExit(lang: Lang) -> impl IntoView {
    view! {
        <a
            class="quick-exit"
            href=exit_url()
            rel="noreferrer"
            data-quick-exit=""
            data-msg-2=t(Text::QuickExitPresses2, lang)
            data-msg-1=t(Text::QuickExitPresses1, lang)
            data-msg-leaving=t(Text::QuickExitLeaving, lang)
            data-msg-cancelled=t(Text::QuickExitCancelled, lang)
        >
            {t(Text::QuickExit, lang)}
        </a>
    }
}

/// A visually hidden link, the first focusable element, that leaves at once.
#[component]
pub fn QuickExitSkipLink(lang: Lang) -> impl IntoView {
    view! {
        <a class="skip-link" href=exit_url() rel="noreferrer" data-quick-exit="">
            {t(Text::QuickExitSkip, lang)}
        </a>
    }
}

/// The live region where the script announces each Shift press.
#[component]
pub fn QuickExitStatus() -> impl IntoView {
    view! { <div class="visually-hidden" role="status" data-quick-exit-status=""></div> }
}
