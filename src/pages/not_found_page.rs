//! Any path the app does not know: a localized "page not found" with a way home.

use crate::i18n::{move_tr, tr, use_i18n};
use leptos::prelude::*;

use crate::i18n::set_document_title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    set_document_title(|| tr!("notfound-title"));
    view! {
        <h1>{move_tr!("notfound-title")}</h1>
        <p>{move_tr!("notfound-body")}</p>
        <p>
            <a href=move || i18n.href("/") class="button">{move_tr!("notfound-home-link")}</a>
        </p>
    }
}
