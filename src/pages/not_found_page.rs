//! Any path the app does not know: a localized "page not found" with a way home.

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

use crate::i18n::set_document_title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_document_title(|| tr!("notfound-title"));
    view! {
        <h1>{move_tr!("notfound-title")}</h1>
        <p>{move_tr!("notfound-body")}</p>
        <p>
            <a href="/" class="button">{move_tr!("notfound-home-link")}</a>
        </p>
    }
}
