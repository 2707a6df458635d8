//! A labelled text input with its hint and error, as the GOV.UK Design System lays it out.

use crate::i18n::move_tr;
use leptos::prelude::*;

/// One text input. The error (when there is one) sits between the hint and the input, starts
/// with a visually hidden "Error:" for screen readers, and is tied to the input with
/// `aria-describedby`, as is the hint. What is typed stays as typed.
#[component]
pub fn TextField(
    /// The input's `id` and `name`; the label, hint and error ids derive from it.
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    /// The message to show, already in the person's language; `None` when the value is fine.
    #[prop(into)]
    error: Signal<Option<String>>,
    value: RwSignal<String>,
    /// `numeric` or `decimal`: which keyboard a phone shows.
    inputmode: &'static str,
    /// A narrow input, for a month, a year or a count.
    #[prop(optional)]
    short: bool,
    /// `autocomplete` (off unless said).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// `autocapitalize` (e.g. `characters` for a code typed on a phone).
    #[prop(optional)]
    autocapitalize: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label class="field__label" for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            {move || error.get().map(|message| view! {
                <p class="field__error" id=error_id.clone()>
                    <span class="visually-hidden">{move_tr!("shell-error-prefix")}" "</span>
                    {message}
                </p>
            })}
            <input
                class="field__input"
                class:field__input--short=short
                id=id
                type="text"
                inputmode=inputmode
                autocomplete=autocomplete.unwrap_or("off")
                autocapitalize=autocapitalize
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
