//! The page data of this render: what the server prepared for the page (a directory
//! entry, search results, the questionnaire's state) or the error it shows instead. The
//! server puts it in the render's context. A live page (`LivePage`) is hydrated, so the
//! server sends its own part along and the browser reads it back, and both render the same
//! page; every other page only ever renders on the server, so nothing is sent along. The
//! types are the core's (`hulpwijzer_core::page_data`).

use hulpwijzer_core::page_data::{PageData, PageError};
use leptos::prelude::*;
use serde::{Serialize, de::DeserializeOwned};

/// The error this render shows instead of a page, if any: from the server's context while
/// rendering there, from what the server sent along while hydrating. (A live page is never
/// an error page, but the browser reads this value too, to read the rest in order.)
pub fn use_page_error() -> Option<PageError> {
    SharedValue::new(use_context::<PageError>).into_inner()
}

/// The page data of a page that is not hydrated, as the server prepared it.
pub fn use_page_data() -> PageData {
    use_context::<PageData>().unwrap_or_default()
}

/// A live page's own data, `pick`ed out of the page data (its default when the page data
/// is another page's): from the server's context while rendering there, from what the
/// server sent along (this part alone) while hydrating in the browser.
pub fn use_live_data<T>(pick: fn(PageData) -> Option<T>) -> T
where
    T: Default + Serialize + DeserializeOwned,
{
    SharedValue::new(|| use_context::<PageData>().and_then(pick).unwrap_or_default()).into_inner()
}
