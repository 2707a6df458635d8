//! One orientation topic's part of the app: reading it, hearing it.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{not_found_page::NotFoundPage, topic_page::TopicPage};
    use passage::route::{Bundle, Page};

    passage::run(
        Bundle::Topic,
        || {},
        |page| match page {
            Page::Topic => view! { <TopicPage /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
