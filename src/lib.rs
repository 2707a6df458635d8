//! Passage's browser app. It runs in the browser (wasm32) and builds natively too, so that
//! the pure modules' tests (`route`, `loan_form`) run with `cargo test`.
//!
//! The app comes in parts (`route::Bundle`), one binary each (`src/main.rs` and `src/bin/`),
//! so that a visit downloads only the part its page needs; boot.js loads the right one.
//!
//! Every page arrives as static HTML that reads without JavaScript (see `tools/prerender.js`).
//! The app starts by downloading its language's messages, then draws the same page over it in
//! one step, so nothing moves; boot.js carries over what the person already did on the static
//! page (typed text, ticked boxes, chosen options, the focus, a form sent).
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub mod api;
pub mod app;
pub mod boot;
pub mod calendar;
pub mod case;
pub mod clock;
pub mod components;
pub mod date_form;
pub mod format;
pub mod i18n;
pub mod loaded;
pub mod loan_form;
pub mod loan_rules;
pub mod orientation;
pub mod pages;
pub mod route;
pub mod router;
pub mod takeover;

/// Starts a part of the app: `contexts` provides what its pages share, `render` draws the
/// pages of `bundle`.
#[cfg(target_arch = "wasm32")]
pub fn run(bundle: route::Bundle, contexts: fn(), render: app::Render) {
    route::set_running(bundle);
    // Leptos starts its executor when the app is mounted, after the messages are here.
    wasm_bindgen_futures::spawn_local(start(bundle, contexts, render));
}

thread_local! {
    /// Whether the app has taken over the page: it does so once.
    #[cfg(target_arch = "wasm32")]
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The listener that tries again once the device is back online, while one is needed.
    #[cfg(target_arch = "wasm32")]
    static RETRY: std::cell::RefCell<Option<leptos::leptos_dom::helpers::WindowListenerHandle>> =
        const { std::cell::RefCell::new(None) };
}

/// Loads the messages, then takes over the page, once. The language is the one
/// `i18n::initial_language` picks; when its messages cannot be had (a language kept on this
/// phone whose messages were never saved, offline), the page's own language, then English.
/// Without any (offline on a page whose messages were never saved), the static page stays,
/// says that it needs the internet once where it has something to do, and the app tries again
/// when the device is back online.
#[cfg(target_arch = "wasm32")]
async fn start(bundle: route::Bundle, contexts: fn(), render: app::Render) {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    if STARTED.with(std::cell::Cell::get) {
        return;
    }
    for language in i18n::start_languages() {
        let Ok(catalog) = i18n::load(language).await else {
            continue;
        };
        // (Another start, begun by an `online` event meanwhile, may have won.)
        if STARTED.with(|started| started.replace(true)) {
            return;
        }
        if let Some(retry) = RETRY.with(|retry| retry.borrow_mut().take()) {
            retry.remove();
        }
        // Drawn away from the screen, then put in the first view's place in one step once it
        // shows the same (`takeover`): nothing moves.
        let stage = document()
            .create_element("div")
            .expect("a document makes elements")
            .unchecked_into::<web_sys::HtmlElement>();
        leptos::mount::mount_to(stage.clone(), move || {
            view! { <app::App language=language catalog=catalog bundle=bundle contexts=contexts render=render /> }
        })
        .forget();
        takeover::ready().await;
        let body = document().body().expect("a page has a body");
        body.set_inner_html("");
        while let Some(child) = stage.first_child() {
            let _ = body.append_child(&child);
        }
        return;
    }
    let has_work = document()
        .query_selector("main form, main button")
        .ok()
        .flatten()
        .is_some();
    if has_work {
        if let Some(notice) = document().get_element_by_id("app-missing") {
            let _ = notice.remove_attribute("hidden");
        }
    }
    RETRY.with(|retry| {
        retry.borrow_mut().get_or_insert_with(|| {
            window_event_listener(leptos::ev::online, move |_| {
                wasm_bindgen_futures::spawn_local(start(bundle, contexts, render));
            })
        });
    });
}
