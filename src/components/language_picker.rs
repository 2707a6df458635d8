//! The language list in the header: each language in its own name and script.

use leptos::prelude::*;
use leptos_fluent::{move_tr, I18n};

use crate::i18n::choose_language;

/// A labelled `<select>`; changing it switches the whole page at once and remembers the choice.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = expect_context::<I18n>();
    let on_change = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        if let Some(language) = i18n.languages.iter().copied().find(|l| l.id == id) {
            choose_language(i18n, language);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language-picker">
                <span class="language-picker__icon" aria-hidden="true">"🌐"</span>
                {move_tr!("shell-language-label")}
            </label>
            <select id="language-picker" on:change=on_change>
                {i18n
                    .languages
                    .iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.id
                                lang=language.id
                                dir=language.dir.as_str()
                                selected=move || i18n.language.get().id == language.id
                            >
                                {language.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
