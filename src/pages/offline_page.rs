//! `/offline`: what the service worker shows, offline, for an address it never saved.

use leptos::prelude::*;

use crate::i18n::set_document_title;
use crate::i18n::{move_tr, tr, use_i18n};

#[component]
pub fn OfflinePage() -> impl IntoView {
    let i18n = use_i18n();
    set_document_title(|| tr!("offline-title"));
    view! {
        <h1>{move_tr!("offline-title")}</h1>
        <p>{move_tr!("offline-body")}</p>
        <p>
            <a href=move || i18n.href("/") class="button">{move_tr!("offline-home-link")}</a>
        </p>
    }
}
