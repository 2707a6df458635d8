//! The providers and the page for the current address.

use std::sync::Arc;

use leptos::prelude::*;
use passage_core::messages::Catalog;

use crate::components::shell::Shell;
use crate::i18n::{I18nProvider, Language};
use crate::route::{Bundle, Page};
use crate::router::provide_location;

/// Draws a page of this part of the app.
pub type Render = fn(Page) -> AnyView;

#[component]
pub fn App(
    language: &'static Language,
    catalog: Arc<Catalog>,
    bundle: Bundle,
    contexts: fn(),
    render: Render,
) -> impl IntoView {
    view! {
        <I18nProvider language=language catalog=catalog>
            <Pages bundle=bundle contexts=contexts render=render />
        </I18nProvider>
    }
}

/// Follows the address. Each visit makes its page anew, so Back and Forward show each
/// address's own inputs. A link to a page of another part of the app is a page load.
#[component]
fn Pages(bundle: Bundle, contexts: fn(), render: Render) -> impl IntoView {
    let location = provide_location(bundle);
    contexts();
    view! {
        <Shell>
            {move || {
                location.visit.track();
                render(Page::from_path(&location.path.get_untracked()))
            }}
        </Shell>
    }
}
