//! The page data of this render: what the server prepared for the page (a directory
//! entry, search results, the questionnaire's state) or the error it shows instead. The
//! server puts it in the render's context; the browser reads what the server sent along,
//! so both render the same page. The types are the core's (`hulpwijzer_core::page_data`).

use hulpwijzer_core::page_data::{PageData, PageError};
use leptos::prelude::*;

/// The error this render shows instead of a page, if any: from the server's context while
/// rendering there, from what the server sent along while hydrating, so both draw the same
/// error page.
pub fn use_page_error() -> Option<PageError> {
    SharedValue::new(use_context::<PageError>).into_inner()
}

/// The page data for this render: from the server's context while rendering there, from
/// what the server sent along while hydrating in the browser.
pub fn use_page_data() -> PageData {
    SharedValue::new(|| use_context::<PageData>().unwrap_or_default()).into_inner()
}
