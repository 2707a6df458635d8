//! The app draws its page away from the screen and takes the static first view's place only
//! once it shows the same thing: a page whose first view holds an answer from the API says what
//! it waits for (`until`), and the app's page is shown when that is there, or after
//! `PATIENCE_MS` (the first view reads meanwhile). Drawn at once, the app showed "Loading…"
//! where the first view had the answer, then the answer, and the page jumped twice.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

/// The longest the app's page waits for its answers before it is shown all the same: as long
/// as the service worker waits for a network that is up but not moving.
const PATIENCE_MS: f64 = 3000.0;
/// How often the wait looks again.
const LOOK_EVERY_MS: i32 = 16;

thread_local! {
    static WAITING: RefCell<Vec<Signal<bool>>> = const { RefCell::new(Vec::new()) };
    static SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Holds the app's first page back from the screen until `ready` is true (at most
/// `PATIENCE_MS`). Once the app is on the screen, this does nothing.
pub fn until(ready: impl Fn() -> bool + Send + Sync + 'static) {
    if !shown() {
        WAITING.with(|waiting| waiting.borrow_mut().push(Signal::derive(ready)));
    }
}

/// Whether the app's page is on the screen (until then, the static first view is).
pub fn shown() -> bool {
    SHOWN.with(Cell::get)
}

/// Waits until every page drawn is ready (or `PATIENCE_MS` has passed); from then on the app
/// is taken to be on the screen.
pub async fn ready() {
    let start = js_sys::Date::now();
    loop {
        let all = WAITING.with(|waiting| {
            waiting
                .borrow()
                .iter()
                .all(|ready| ready.try_get_untracked().unwrap_or(true))
        });
        if all || js_sys::Date::now() - start > PATIENCE_MS {
            break;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, LOOK_EVERY_MS);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    }
    WAITING.with(|waiting| waiting.borrow_mut().clear());
    SHOWN.with(|shown| shown.set(true));
}
