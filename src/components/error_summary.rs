//! GOV.UK's error summary: a box above the form listing every problem as a link to its field.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Shown while `errors` (field id, message) is not empty. It is an alert, and takes focus
/// each time `attempts` changes (each submit that found errors), so the person hears what is
/// wrong. Each link moves focus to its field and brings the field's label into view.
#[component]
pub fn ErrorSummary(
    /// The box's heading, e.g. "There is a problem".
    #[prop(into)]
    title: Signal<String>,
    #[prop(into)] errors: Signal<Vec<(&'static str, String)>>,
    #[prop(into)] attempts: Signal<u32>,
    /// Its id (the title's is `<id>-title`), for a page with two forms.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let id = id.unwrap_or("error-summary");
    let title_id = format!("{id}-title");
    let node = NodeRef::<html::Div>::new();
    // At each failed submit, once drawn. (The page may be gone by the next frame, after a quick
    // Back: then its summary is too, and there is nothing to focus.)
    Effect::new(move |_| {
        if attempts.get() == 0 {
            return;
        }
        request_animation_frame(move || {
            if let Some(summary) = node.try_get_untracked().flatten() {
                let _ = summary.focus();
            }
        });
    });
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1" node_ref=node id=id
                    aria-labelledby=title_id.clone()>
                    <h2 class="error-summary__title" id=title_id.clone()>{title}</h2>
                    <ul class="error-summary__list">
                        {errors
                            .into_iter()
                            .map(|(id, message)| view! {
                                <li>
                                    <a href=format!("#{id}") on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_field(id);
                                    }>{message}</a>
                                </li>
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// Focuses the input `id` and scrolls so that what names it is visible: the legend of its
/// group (a date's month and year), else its own label.
pub fn focus_field(id: &str) {
    let Some(input) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let naming = input
        .closest("fieldset.fieldset--group")
        .ok()
        .flatten()
        .and_then(|group| group.query_selector("legend").ok().flatten())
        .or_else(|| {
            document()
                .query_selector(&format!("label[for=\"{id}\"]"))
                .ok()
                .flatten()
        });
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = input.focus_with_options(&options);
    match naming {
        Some(label) => label.scroll_into_view(),
        None => input.scroll_into_view(),
    }
}
