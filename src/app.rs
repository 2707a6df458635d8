//! The providers and the one route table.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::shell::Shell;
use crate::i18n::I18nProvider;
use crate::pages::{home_page::HomePage, not_found_page::NotFoundPage};

#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nProvider>
            <Router>
                <Shell>
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=HomePage />
                    </Routes>
                </Shell>
            </Router>
        </I18nProvider>
    }
}
