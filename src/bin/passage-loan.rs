//! The loan estimate's part of the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{loan_page::LoanPage, not_found_page::NotFoundPage};
    use passage::route::{Bundle, Page};

    passage::run(
        Bundle::Loan,
        || {},
        |page| match page {
            Page::Loan => view! { <LoanPage /> }.into_any(),
            _ => view! { <NotFoundPage /> }.into_any(),
        },
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
