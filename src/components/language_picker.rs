//! The language list in the header: each language in its own name and script.

use leptos::prelude::*;

use crate::i18n::{choose_language, move_tr, use_i18n, LANGUAGES};

/// A labelled `<select>`; changing it switches the whole page (once the language's messages
/// are here) and remembers the choice. It is a form, so that on a page read without
/// JavaScript its button asks the server for the page in the chosen language (`?lang=`).
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(language) = LANGUAGES.iter().find(|l| l.id == id) {
            leptos::task::spawn_local(async move {
                // Offline, a language never downloaded cannot be shown: the list goes back.
                if choose_language(i18n, language).await.is_err() {
                    let current = untrack(move || i18n.lang());
                    if let Some(select) = document().get_element_by_id("language-picker") {
                        let _ = js_sys::Reflect::set(&select, &"value".into(), &current.into());
                    }
                }
            });
        }
    };
    view! {
        <form class="language-picker" method="get" on:submit=|ev| ev.prevent_default()>
            <label for="language-picker">
                // A drawn globe, not an emoji: phones without an emoji font show emoji as boxes.
                <svg class="language-picker__icon" aria-hidden="true" focusable="false"
                    viewBox="0 0 24 24" width="20" height="20">
                    <g fill="none" stroke="currentColor" stroke-width="1.8">
                        <circle cx="12" cy="12" r="9.5"/>
                        <ellipse cx="12" cy="12" rx="4" ry="9.5"/>
                        <path d="M2.5 12h19M4 7h16M4 17h16"/>
                    </g>
                </svg>
                {move_tr!("shell-language-label")}
            </label>
            <select id="language-picker" name="lang" on:change=on_change>
                {LANGUAGES
                    .iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.id
                                lang=language.id
                                dir=language.dir.as_str()
                                selected=move || i18n.lang() == language.id
                            >
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <noscript>
                <button class="button button--on-brand" type="submit">{move_tr!("shell-language-apply")}</button>
            </noscript>
        </form>
    }
}
