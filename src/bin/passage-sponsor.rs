//! The sponsor's part of the app: the arrival timeline, and a case opened with a sponsor's code.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::case::{decode_for, CaseStore};
    use passage::pages::{not_found_page::NotFoundPage, sponsor_page::SponsorPage};
    use passage::route::{Bundle, Page};
    use passage_core::wire::SponsorCase;

    let contexts = || provide_context(CaseStore::load(decode_for::<SponsorCase>));
    passage::run(Bundle::Sponsor, contexts, |page| match page {
        Page::Sponsor => view! { <SponsorPage /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
