//! The offer to reload when a new version of Passage is ready (never applied unasked: the
//! person may be typing).

use leptos::prelude::*;

use crate::i18n::move_tr;

/// Shown once boot.js reports that a new service worker waits; its button applies it and
/// reloads the page.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(crate::boot::update_ready());
    let listener = window_event_listener_untyped("passage-update", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| crate::boot::apply_update();
    move || {
        ready.get().then(|| {
            view! {
                <div class="update-banner" role="status">
                    <p class="update-banner__text">{move_tr!("shell-update-ready")}</p>
                    <button class="button button--secondary" type="button" on:click=apply>
                        {move_tr!("shell-update-reload")}
                    </button>
                </div>
            }
        })
    }
}
