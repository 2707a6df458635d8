//! The one way a page asks for an answer it shows: `load` gives the answer's signals and the
//! `ask` that fetches it (at once, on a retry, on a language switch); the app's page waits for
//! the answer, or its failure, before it takes the first view's place (`takeover`).

use std::future::Future;

use leptos::prelude::*;

use crate::api::{Answer, ApiError};

/// An answer a page shows, as it stands.
#[derive(Debug)]
pub struct Loaded<T: Send + Sync + 'static> {
    /// The answer, once here (the last one, while a new one is asked for).
    pub value: RwSignal<Option<T>>,
    /// The day it was saved on, when it comes from the phone's store and is not fresh.
    pub saved_on: RwSignal<Option<chrono::NaiveDate>>,
    /// Why the last request failed (cleared when asked again).
    pub failed: RwSignal<Option<ApiError>>,
}

impl<T: Send + Sync + 'static> Clone for Loaded<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Loaded<T> {}

/// The signals of an answer, and the `ask` that fetches it with `request` (aborted when the
/// page is left). The page calls `ask` itself: at once, or from an effect that follows the
/// language.
pub fn load<T, F, Fut>(request: F) -> (Loaded<T>, impl Fn() + Copy + 'static)
where
    T: Send + Sync + 'static,
    F: Fn() -> Fut + Copy + 'static,
    Fut: Future<Output = Result<Answer<T>, ApiError>> + 'static,
{
    let loaded = Loaded {
        value: RwSignal::new(None),
        saved_on: RwSignal::new(None),
        failed: RwSignal::new(None),
    };
    let ask = move || {
        loaded.failed.set(None);
        let answer = request();
        leptos::task::spawn_local(async move {
            match answer.await {
                Ok(answer) => {
                    loaded.saved_on.set(answer.saved_on);
                    loaded.value.set(Some(answer.value));
                }
                Err(ApiError::Cancelled) => {}
                Err(error) => loaded.failed.set(Some(error)),
            }
        });
    };
    crate::takeover::until(move || {
        loaded.value.with(Option::is_some) || loaded.failed.with(Option::is_some)
    });
    (loaded, ask)
}
