//! Languages: the Fluent provider, the initial choice, and the person's stored choice.
//!
//! Order of choice: `?lang=` in the address, then the choice stored on this device, then the
//! browser's languages (negotiated by `passage_core::lang`, so `fa-AF` reads Dari), then English.
//! `<html lang dir>` follows the language shown; directions come from `locales/languages.json`.

use leptos::prelude::*;
use leptos_fluent::{leptos_fluent, I18n, Language};

/// Where the person's explicit choice is kept on the device.
const STORAGE_KEY: &str = "passage-lang";
/// The address parameter that picks a language (`/?lang=ti`).
const URL_PARAM: &str = "lang";

#[component]
pub fn I18nProvider(children: Children) -> impl IntoView {
    leptos_fluent! {
        children: {
            apply_initial_language();
            children()
        },
        locales: "./locales",
        languages: "./locales/languages.json",
        default_language: "en",
        check_translations: "./src/**/*.rs",
        sync_html_tag_lang: true,
        sync_html_tag_dir: true,
    }
}

/// Switches to `language` and remembers it as the person's choice on this device. A `?lang=`
/// left in the address would override the choice on reload, so it is removed.
pub fn choose_language(i18n: I18n, language: &'static Language) {
    i18n.language.set(language);
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, language.id);
    }
    remove_url_param();
}

fn apply_initial_language() {
    let i18n = expect_context::<I18n>();
    let served: Vec<&'static str> = i18n.languages.iter().map(|l| l.id).collect();
    let find = |id: &str| i18n.languages.iter().copied().find(|l| l.id == id);

    if let Some(language) = url_param().and_then(|tag| passage_core::lang::match_tag(&tag, &served))
    {
        // A link that names a language is an explicit choice: keep it.
        if let Some(language) = find(language) {
            choose_language(i18n, language);
        }
        return;
    }
    let stored = local_storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|tag| passage_core::lang::match_tag(&tag, &served));
    let from_browser = || {
        let tags: Vec<String> = window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .collect();
        passage_core::lang::negotiate(tags.iter().map(String::as_str), &served)
    };
    if let Some(language) = stored.or_else(from_browser).and_then(find) {
        i18n.language.set(language);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn url_param() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(URL_PARAM)
}

fn remove_url_param() {
    let Ok(href) = window().location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    if url.search_params().get(URL_PARAM).is_none() {
        return;
    }
    url.search_params().delete(URL_PARAM);
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}

/// Keeps the browser tab's title as "<page> – Passage" in the current language.
pub fn set_document_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let page = page();
        let title = leptos_fluent::tr!("shell-document-title", { "page" => page });
        document().set_title(&title);
    });
}
