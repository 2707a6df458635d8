//! Client-side routing in a few lines: the address is a signal; clicks on the app's own links
//! and the back and forward buttons update it. (A routing library cost ~40 KB of brotli'd wasm
//! for three routes: more than a phone user should pay for.)

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The app's pages, by path. The one route table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Loan,
    NotFound,
}

impl Page {
    pub fn from_path(path: &str) -> Page {
        match path.trim_end_matches('/') {
            "" | "/index.html" => Page::Home,
            "/loan" => Page::Loan,
            _ => Page::NotFound,
        }
    }
}

/// The current address.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
    /// The query string, with its `?` (empty when none).
    pub search: RwSignal<String>,
}

impl Location {
    fn read(self) {
        let location = window().location();
        self.path.set(location.pathname().unwrap_or_default());
        self.search.set(location.search().unwrap_or_default());
    }

    /// One query parameter's value, read once (not tracked).
    pub fn param(self, name: &str) -> Option<String> {
        let search = self.search.get_untracked();
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get(name)
    }
}

/// Starts following the address; call once, above everything that reads it.
pub fn provide_location() -> Location {
    let location = Location {
        path: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
    };
    location.read();
    provide_context(location);

    let popstate = window_event_listener(ev::popstate, move |_| location.read());
    let click = window_event_listener(ev::click, move |event: ev::MouseEvent| {
        follow_link(event, location)
    });
    on_cleanup(move || {
        popstate.remove();
        click.remove();
    });
    location
}

pub fn use_location() -> Location {
    expect_context::<Location>()
}

/// Handles a click on one of the app's own links without reloading the page. Anything else
/// (modified clicks, other origins, downloads, new windows, links already handled) is left to
/// the browser.
fn follow_link(event: ev::MouseEvent, location: Location) {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return;
    }
    let Some(anchor) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest("a[href]").ok().flatten())
    else {
        return;
    };
    if anchor.has_attribute("download")
        || anchor
            .get_attribute("target")
            .is_some_and(|t| !t.is_empty())
    {
        return;
    }
    let page = window().location();
    let (Some(href), Ok(base)) = (anchor.get_attribute("href"), page.href()) else {
        return;
    };
    let Ok(url) = web_sys::Url::new_with_base(&href, &base) else {
        return;
    };
    if Ok(url.origin()) != page.origin() || url.pathname().starts_with("/api/") {
        return;
    }
    event.prevent_default();
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
    location.read();
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
