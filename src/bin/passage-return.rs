//! The returnee's part of the app: the kinds of help, and a plan opened with a returnee's code.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::case::{decode_for, CaseStore};
    use passage::pages::{not_found_page::NotFoundPage, return_page::ReturnPage};
    use passage::route::{Bundle, Page};
    use passage_core::wire::ReturneeCase;

    let contexts = || provide_context(CaseStore::load(decode_for::<ReturneeCase>));
    passage::run(Bundle::Return, contexts, |page| match page {
        Page::Return => view! { <ReturnPage /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
