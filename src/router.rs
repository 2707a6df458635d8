//! Client-side routing in a few lines: the address is a signal; clicks on the app's own links
//! and the back and forward buttons update it. (A routing library cost ~36 KB of brotli'd wasm
//! for three routes: more than a phone user should pay for.) The route table is `route.rs`.
//!
//! As a screen-reader user expects of a page change: the title changes (each page sets it) and
//! focus moves to the new page's heading. A link to `#somewhere` on the same page scrolls there
//! and moves focus there, without a history entry.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current address.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    /// The path without the language that leads it (`/loan` for `/ar/loan`).
    pub path: RwSignal<String>,
    /// The query string, with its `?` (empty when none).
    pub search: RwSignal<String>,
    /// Changes at every move to another address (a link, Back or Forward): pages are made anew,
    /// so each address shows its own inputs.
    pub visit: RwSignal<u64>,
    /// The part of the app running.
    bundle: crate::route::Bundle,
}

impl Location {
    /// Reads the address; a new path or query counts as a new visit.
    fn read(self) -> bool {
        let location = window().location();
        let full = location.pathname().unwrap_or_default();
        let languages: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|l| l.id).collect();
        let path = crate::route::split_language(&full, &languages).1.to_owned();
        let search = location.search().unwrap_or_default();
        let moved = path != self.path.get_untracked() || search != self.search.get_untracked();
        if moved {
            self.path.set(path);
            self.search.set(search);
            self.visit.update(|n| *n += 1);
        }
        moved
    }
}

impl Location {
    /// Goes to another of the app's addresses (of this part of the app, or by a page load).
    pub fn navigate(self, href: &str) {
        let languages: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|l| l.id).collect();
        let rest = crate::route::split_language(href, &languages).1;
        if crate::route::Page::from_path(rest).bundle() != self.bundle {
            let _ = window().location().assign(href);
            return;
        }
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        if self.read() {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            focus_heading();
        }
    }
}

/// Starts following the address; call once, above everything that reads it. Links to pages
/// that `bundle` does not draw are left to the browser (a page load).
pub fn provide_location(bundle: crate::route::Bundle) -> Location {
    let location = Location {
        path: RwSignal::new(String::new()),
        search: RwSignal::new(String::new()),
        visit: RwSignal::new(0),
        bundle,
    };
    location.read();
    provide_context(location);

    let popstate = window_event_listener(ev::popstate, move |_| {
        if location.read() {
            focus_heading();
        }
    });
    let click = window_event_listener(ev::click, move |event: ev::MouseEvent| {
        follow_link(event, location, bundle)
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

/// Moves focus to the new page's main heading once it is drawn, so a screen reader reads where
/// the person now is.
fn focus_heading() {
    request_animation_frame(|| {
        if let Some(heading) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
        }
    });
}

/// Brings the element with `id` into view and gives it focus (a `#fragment` link).
pub fn go_to_fragment(id: &str) {
    let Some(target) = document()
        .get_element_by_id(id)
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    target.scroll_into_view();
    if target.tab_index() < 0 && !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    let _ = target.focus();
}

/// Handles a click on one of the app's own links without reloading the page. Anything else
/// (modified clicks, other origins, downloads, new windows, links already handled) is left to
/// the browser.
fn follow_link(event: ev::MouseEvent, location: Location, bundle: crate::route::Bundle) {
    // (While the app's page is not on the screen yet, a link of the first view is the
    // browser's to follow.)
    if !crate::takeover::shown()
        || event.default_prevented()
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
    let languages: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|l| l.id).collect();
    let target = url.pathname();
    let rest = crate::route::split_language(&target, &languages).1;
    if crate::route::Page::from_path(rest).bundle() != bundle {
        return;
    }
    event.prevent_default();
    let same_page = Ok(url.pathname()) == page.pathname() && Ok(url.search()) == page.search();
    if same_page && !url.hash().is_empty() {
        go_to_fragment(url.hash().trim_start_matches('#'));
        return;
    }
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
    location.read();
    window().scroll_to_with_x_and_y(0.0, 0.0);
    focus_heading();
}
