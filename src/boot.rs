//! The app's contract with boot.js and the service worker, typed: what boot.js puts on
//! `window` (`passageOffline`, `passageUpdateReady`, `passageApplyUpdate`), the worker the
//! app writes to, and the cache it reads. Each is absent where the browser lacks it (no
//! service worker on a page served over plain HTTP): getters give `None`, calls an `Err`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `window`, as boot.js extends it.
    #[wasm_bindgen(extends = web_sys::Window)]
    type BootWindow;

    /// Whether the service worker found the server unreachable (unset until it says).
    #[wasm_bindgen(method, getter, js_name = passageOffline)]
    fn passage_offline(this: &BootWindow) -> Option<bool>;

    /// Whether a new version waits for the person's click.
    #[wasm_bindgen(method, getter, js_name = passageUpdateReady)]
    fn passage_update_ready(this: &BootWindow) -> Option<bool>;

    /// Applies the waiting version and reloads.
    #[wasm_bindgen(method, catch, js_name = passageApplyUpdate)]
    fn passage_apply_update(this: &BootWindow) -> Result<(), JsValue>;

    #[wasm_bindgen(extends = web_sys::Navigator)]
    type WorkerNavigator;

    #[wasm_bindgen(method, getter, js_name = serviceWorker)]
    fn service_worker(this: &WorkerNavigator) -> Option<ServiceWorkers>;

    type ServiceWorkers;

    /// The service worker that controls the page, if one does.
    #[wasm_bindgen(method, getter)]
    fn controller(this: &ServiceWorkers) -> Option<Worker>;

    type Worker;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &Worker, message: &JsValue) -> Result<(), JsValue>;

    /// `caches.match(url)`: the response the service worker keeps for `url`, if any.
    #[wasm_bindgen(catch, js_namespace = caches, js_name = match)]
    fn cache_match(url: &str) -> Result<js_sys::Promise, JsValue>;
}

fn window() -> BootWindow {
    leptos::prelude::window().unchecked_into()
}

/// Whether the service worker said the server did not answer.
pub fn reported_offline() -> bool {
    window().passage_offline().unwrap_or(false)
}

/// Whether a new version is ready to be applied.
pub fn update_ready() -> bool {
    window().passage_update_ready().unwrap_or(false)
}

/// Applies the new version (the page reloads).
pub fn apply_update() {
    let _ = window().passage_apply_update();
}

/// Tells the service worker that controls the page, if one does, to keep `language`'s pages
/// and messages and to open addresses without a language in it (`save-language`).
pub fn save_language(language: &str) {
    let navigator: WorkerNavigator = window().navigator().unchecked_into();
    let Some(worker) = navigator.service_worker().and_then(|s| s.controller()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"save-language".into());
    let _ = js_sys::Reflect::set(&message, &"lang".into(), &language.into());
    let _ = worker.post_message(&message);
}

/// Whether the service worker keeps `url`.
pub async fn kept(url: &str) -> bool {
    let Ok(lookup) = cache_match(url) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(lookup)
        .await
        .is_ok_and(|found| found.is_object())
}
