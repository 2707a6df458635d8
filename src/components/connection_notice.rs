//! "You are offline": shown while the device has no network, or the service worker found the
//! server unreachable, so that saved pages and answers are not taken for fresh ones.

use leptos::prelude::*;

use crate::i18n::move_tr;

fn offline_now() -> bool {
    crate::boot::reported_offline() || !window().navigator().on_line()
}

#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let offline = RwSignal::new(offline_now());
    let update = move |_| offline.set(offline_now());
    let listeners = [
        window_event_listener_untyped("online", update),
        window_event_listener_untyped("offline", update),
        window_event_listener_untyped("passage-connection", update),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    move || {
        offline.get().then(|| {
            view! {
                <p class="connection-notice" role="status">{move_tr!("shell-offline-notice")}</p>
            }
        })
    }
}
