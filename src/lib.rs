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
pub mod calendar;
pub mod case;
pub mod clock;
pub mod components;
pub mod date_form;
pub mod format;
pub mod i18n;
pub mod loan_form;
pub mod loan_rules;
pub mod orientation;
pub mod pages;
pub mod route;
pub mod router;

/// Starts a part of the app: `contexts` provides what its pages share, `render` draws the
/// pages of `bundle`.
#[cfg(target_arch = "wasm32")]
pub fn run(bundle: route::Bundle, contexts: fn(), render: app::Render) {
    route::set_running(bundle);
    // Leptos starts its executor when the app is mounted, after the messages are here.
    wasm_bindgen_futures::spawn_local(start(bundle, contexts, render));
}

/// Loads the messages, then takes over the page. Without them (offline on a page whose
/// language was never downloaded) the static page stays, and the app tries again once the
/// device is back online.
#[cfg(target_arch = "wasm32")]
async fn start(bundle: route::Bundle, contexts: fn(), render: app::Render) {
    use leptos::prelude::*;

    let language = i18n::initial_language();
    match i18n::load(language).await {
        Ok(catalog) => {
            let body = document().body().expect("a page has a body");
            body.set_inner_html("");
            leptos::mount::mount_to(body, move || {
                view! { <app::App language=language catalog=catalog bundle=bundle contexts=contexts render=render /> }
            })
            .forget();
        }
        Err(_) => {
            let retry = window_event_listener(leptos::ev::online, move |_| {
                wasm_bindgen_futures::spawn_local(start(bundle, contexts, render));
            });
            // Once is enough: a new start() listens again if it fails again.
            std::mem::forget(retry);
        }
    }
}
