//! The providers and the page for the current address.

use leptos::prelude::*;

use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::pages::{home_page::HomePage, loan_page::LoanPage, not_found_page::NotFoundPage};
use crate::router::{provide_location, Page};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Pages />
        </I18nProvider>
    }
}

/// Follows the address (after the language was chosen, which may tidy the address).
#[component]
fn Pages() -> impl IntoView {
    let location = provide_location();
    let page = Memo::new(move |_| Page::from_path(&location.path.get()));
    view! {
        <Shell>
            {move || match page.get() {
                Page::Home => view! { <HomePage /> }.into_any(),
                Page::Loan => view! { <LoanPage /> }.into_any(),
                Page::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}
        </Shell>
    }
}
