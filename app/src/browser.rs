//! What only happens in the browser once the WebAssembly has loaded: reading a submitted
//! form, asking the server for a plan or to look up a typed place (POST, answers in the
//! body), asking for the location after a tap, and moving focus. On the server these are never called.

use hulpwijzer_core::{
    i18n::Lang,
    page_data::OverviewView,
    triage::{Answers, Place, PlaceCheck, plan::Plan},
    vocab::Island,
};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    FormData, Headers, HtmlElement, HtmlFormElement, RequestInit, Response, SubmitEvent,
};

/// Why something in the browser did not work.
#[derive(Debug, thiserror::Error)]
pub enum BrowserError {
    #[error("the browser refused: {0}")]
    Js(String),
    #[error("the server answered {0}")]
    Status(u16),
    #[error("the answer could not be read: {0}")]
    Json(#[from] serde_json::Error),
}

impl From<JsValue> for BrowserError {
    fn from(value: JsValue) -> BrowserError {
        BrowserError::Js(value.as_string().unwrap_or_else(|| format!("{value:?}")))
    }
}

/// The fields of a submitted form as (name, value), with the pressed button's own.
pub fn submitted_fields(event: &SubmitEvent) -> Result<Vec<(String, String)>, BrowserError> {
    let form: HtmlFormElement = event
        .target()
        .and_then(|t| t.dyn_into().ok())
        .ok_or_else(|| BrowserError::Js("no form".into()))?;
    let data = FormData::new_with_form(&form)?;
    let mut out = Vec::new();
    if let Some(entries) = js_sys::try_iter(&data)? {
        for entry in entries {
            let pair: js_sys::Array = entry?.dyn_into()?;
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                out.push((name, value));
            }
        }
    }
    if let Some(button) = event.submitter()
        && let (Some(name), Some(value)) =
            (button.get_attribute("name"), button.get_attribute("value"))
    {
        out.push((name, value));
    }
    Ok(out)
}

/// POSTs `body` as JSON to `path` on this site and returns the status and the text.
async fn post_json(path: &str, body: &serde_json::Value) -> Result<(u16, String), BrowserError> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&body.to_string()));
    let headers = Headers::new()?;
    headers.set("content-type", "application/json")?;
    init.set_headers(&headers);
    let window = web_sys::window().ok_or_else(|| BrowserError::Js("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(response.text()?).await?;
    Ok((response.status(), text.as_string().unwrap_or_default()))
}

/// POSTs `answers` in `lang` to the API at `path` and reads what comes back.
async fn post_answers<T: serde::de::DeserializeOwned>(
    path: &str,
    answers: &Answers,
    lang: Lang,
) -> Result<T, BrowserError> {
    let mut body = serde_json::to_value(answers)?;
    if let Some(object) = body.as_object_mut() {
        object.insert("lang".into(), lang.tag().into());
    }
    match post_json(path, &body).await? {
        (200, text) => Ok(serde_json::from_str(&text)?),
        (status, _) => Err(BrowserError::Status(status)),
    }
}

/// Asks the server for the plan for `answers`, through `POST /api/v1/plan`.
pub async fn fetch_plan(answers: &Answers, lang: Lang) -> Result<Plan, BrowserError> {
    post_answers("/api/v1/plan", answers, lang).await
}

/// Asks the server for a professional's desk overview, through `POST /api/v1/overview`
/// (never with the client's own words).
pub async fn fetch_overview(answers: &Answers, lang: Lang) -> Result<OverviewView, BrowserError> {
    let answers = Answers {
        own_words: None,
        ..answers.clone()
    };
    post_answers("/api/v1/overview", &answers, lang).await
}

/// Sends the form of `event` the way the browser would without JavaScript.
pub fn submit_natively(event: &SubmitEvent) {
    if let Some(form) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
    {
        let _ = form.submit();
    }
}

/// An error answer of the API: its code and the names it offers to choose from.
#[derive(serde::Deserialize)]
struct ApiError {
    error: ApiErrorBody,
}

#[derive(serde::Deserialize)]
struct ApiErrorBody {
    code: String,
    #[serde(default)]
    options: Vec<ApiOption>,
}

#[derive(serde::Deserialize)]
struct ApiOption {
    name: String,
}

/// The part of a found place the questionnaire keeps: the island it is on, if any.
#[derive(serde::Deserialize)]
struct Found {
    island: Option<FoundIsland>,
}

#[derive(serde::Deserialize)]
struct FoundIsland {
    code: Island,
}

/// Looks up a typed place through `POST /api/v1/regions/resolve`: found, with the island
/// it is on (`Answers::place_found`), else what to ask again (not found, with near names;
/// or more than one municipality).
pub async fn check_place(
    place: &Place,
) -> Result<Result<Option<Island>, PlaceCheck>, BrowserError> {
    let body = serde_json::to_value(place)?;
    match post_json("/api/v1/regions/resolve", &body).await? {
        (200, text) => {
            let found: Found = serde_json::from_str(&text)?;
            Ok(Ok(found.island.map(|i| i.code)))
        }
        (404 | 409, text) => {
            let answer: ApiError = serde_json::from_str(&text)?;
            Ok(Err(PlaceCheck {
                ambiguous: answer.error.code == "ambiguous",
                options: answer.error.options.into_iter().map(|o| o.name).collect(),
            }))
        }
        (status, _) => Err(BrowserError::Status(status)),
    }
}

/// Asks for the device's position (the browser asks the person first) and calls `done`
/// with (latitude, longitude), or `None` when it is refused or unknown.
pub fn locate(done: impl FnOnce(Option<(f64, f64)>) + Clone + 'static) {
    let failed = done.clone();
    let on_position = Closure::once_into_js(move |position: JsValue| {
        let coordinate = |name: &str| {
            js_sys::Reflect::get(&position, &"coords".into())
                .and_then(|coords| js_sys::Reflect::get(&coords, &name.into()))
                .ok()
                .and_then(|v| v.as_f64())
        };
        done(coordinate("latitude").zip(coordinate("longitude")));
    });
    let on_error = Closure::once_into_js(move |_: JsValue| failed(None));
    let started = web_sys::window()
        .and_then(|w| w.navigator().geolocation().ok())
        .map(|geo| {
            geo.get_current_position_with_error_callback(
                on_position.unchecked_ref(),
                Some(on_error.unchecked_ref()),
            )
        });
    if !matches!(started, Some(Ok(())))
        && let Ok(callback) = on_error.dyn_into::<js_sys::Function>()
    {
        let _ = callback.call1(&JsValue::NULL, &JsValue::NULL);
    }
}

/// Adds a history entry for a new screen of the questionnaire: the address stays as it is,
/// the entry's state is only the screen's `key`.
pub fn history_push(key: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state(&JsValue::from_str(key), "");
    }
}

/// Marks the current history entry as the screen with `key`.
pub fn history_replace(key: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state(&JsValue::from_str(key), "");
    }
}

/// Calls `moved` with the screen key of the entry the person went Back (or Forward) to;
/// `None` stops listening. One listener at a time: a new one replaces the old.
pub fn on_history_move(moved: Option<Box<dyn Fn(Option<String>)>>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    match moved {
        Some(moved) => {
            let listener = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
                let state = js_sys::Reflect::get(&event, &"state".into()).ok();
                moved(state.and_then(|s| s.as_string()));
            });
            window.set_onpopstate(Some(listener.as_ref().unchecked_ref()));
            listener.forget();
        }
        None => window.set_onpopstate(None),
    }
}

/// Moves keyboard and screen-reader focus to the element with `id`, after the next render.
pub fn focus(id: &'static str) {
    let on_frame = Closure::once_into_js(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(on_frame.unchecked_ref());
    }
}

/// The browser's `navigator`, as a plain JavaScript value.
fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

/// Whether the browser can share text (the Web Share API).
pub fn can_share() -> bool {
    navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"share".into()).ok())
        .is_some_and(|share| share.is_function())
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), BrowserError> {
    let clipboard =
        js_sys::Reflect::get(&navigator().unwrap_or(JsValue::NULL), &"clipboard".into())?;
    let write: js_sys::Function =
        js_sys::Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
    let promise: js_sys::Promise = write.call1(&clipboard, &text.into())?.dyn_into()?;
    JsFuture::from(promise).await?;
    Ok(())
}

/// Opens the share sheet with `text`; nothing happens when it is cancelled.
pub fn share(text: &str) {
    let Some(navigator) = navigator() else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    if let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = share.call1(&navigator, &data);
    }
}

/// Opens the print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
