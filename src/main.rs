//! The main part of the app: home, the offline and not-found pages.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{
        home_page::HomePage, not_found_page::NotFoundPage, offline_page::OfflinePage,
    };
    use passage::route::{Bundle, Page};

    passage::run(
        Bundle::Main,
        || {},
        |page| match page {
            Page::Home => view! { <HomePage /> }.into_any(),
            Page::Offline => view! { <OfflinePage /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
