//! Passage's browser app. It runs in the browser (wasm32) and builds natively too, so that
//! the pure modules' tests (`route`, `loan_form`) run with `cargo test`.
//!
//! The app comes in parts (`route::Bundle`), one binary each (`src/main.rs` and `src/bin/`),
//! so that a visit downloads only the part its page needs; boot.js loads the right one.
//!
//! Every page arrives as static HTML that reads without JavaScript (see `tools/prerender.js`).
//! The app starts by downloading its language's messages, then draws the same page over it in
//! one step, keeping what the person already typed and where the focus was, so nothing moves.
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
            let typed = take_over::typed();
            let body = document().body().expect("a page has a body");
            body.set_inner_html("");
            leptos::mount::mount_to(body, move || {
                view! { <app::App language=language catalog=catalog bundle=bundle contexts=contexts render=render /> }
            })
            .forget();
            take_over::restore(typed);
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

/// Carrying what the person did on the static page over to the app's page.
#[cfg(target_arch = "wasm32")]
mod take_over {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// Text typed into the static page's fields (by id), and the focused element's id.
    pub struct Typed {
        values: Vec<(String, String)>,
        focused: Option<String>,
    }

    pub fn typed() -> Typed {
        let mut values = Vec::new();
        if let Ok(inputs) = document().query_selector_all("input[id]") {
            for i in 0..inputs.length() {
                let Some(input) = inputs
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                else {
                    continue;
                };
                // Only what the person changed: the page's own values come back with the app.
                let kind = input.type_();
                if kind == "text" && input.value() != input.default_value() {
                    values.push((input.id(), input.value()));
                } else if kind == "radio" && input.checked() && !input.default_checked() {
                    values.push((input.id(), String::new()));
                }
            }
        }
        let focused = document()
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        Typed { values, focused }
    }

    /// Tells the app a field changed (events bubble to the listeners Leptos keeps at the root).
    fn notify(input: &web_sys::HtmlInputElement, kind: &str) {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
            let _ = input.dispatch_event(&event);
        }
    }

    pub fn restore(typed: Typed) {
        for (id, value) in typed.values {
            let Some(input) = document()
                .get_element_by_id(&id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                continue;
            };
            if input.type_() == "radio" {
                input.set_checked(true);
                notify(&input, "change");
            } else {
                input.set_value(&value);
                notify(&input, "input");
            }
        }
        if let Some(element) = typed
            .focused
            .and_then(|id| document().get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    }
}
