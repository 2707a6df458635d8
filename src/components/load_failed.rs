//! What a page shows in place of data it could not fetch: why, in the person's words, and a
//! button to try again (left out of a printout).

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::move_tr;

/// `offline` when the phone has no connection, else `server_error`; the button runs `retry`.
#[component]
pub fn LoadFailed(
    error: ApiError,
    #[prop(into)] offline: Signal<String>,
    #[prop(into)] server_error: Signal<String>,
    #[prop(into)] retry: Callback<()>,
) -> impl IntoView {
    let why = match error {
        ApiError::Offline => offline,
        _ => server_error,
    };
    view! {
        <p class="callout">{why}</p>
        <p class="no-print"><button class="button button--secondary" type="button" on:click=move |_| retry.run(())>
            {move_tr!("shell-retry")}
        </button></p>
    }
}
