//! The orientation topics' part of the app: the list, with its search.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{not_found_page::NotFoundPage, orientation_page::OrientationPage};
    use passage::route::{Bundle, Page};

    passage::run(
        Bundle::Topics,
        || {},
        |page| match page {
            Page::Orientation => view! { <OrientationPage /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
