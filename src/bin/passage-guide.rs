//! The orientation sessions' part of the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{not_found_page::NotFoundPage, sessions_page::SessionsPage};
    use passage::route::{Bundle, Page};

    passage::run(
        Bundle::Guide,
        || {},
        |page| match page {
            Page::Sessions => view! { <SessionsPage /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
