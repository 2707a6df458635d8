//! Languages: which one to show, its messages, switching, and `<html lang dir>`.
//!
//! Order of choice: a `?lang=` link (an explicit choice, kept), then the choice kept on this
//! device, then the language the address leads with (`/ar/loan`, which the server chose from
//! the browser's languages when the address had none), then the browser's languages (through
//! `passage_core::lang`, so `fa-AF` reads Dari), then English.
//!
//! Messages come from `locales/` compiled into one catalog per language (see
//! `passage_core::messages`); the app downloads only the catalog of the language shown, and
//! another one when the person switches. The page's `<meta name="passage-messages">` names each
//! catalog's file.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use passage_core::messages::{plural_locale, Arg, Catalog, PLURAL_CATEGORIES};

use crate::api::{self, ApiError};
use crate::route;

/// Text direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// A language the app speaks.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub id: &'static str,
    /// Its name in itself ("العربية").
    pub name: &'static str,
    pub dir: Dir,
}

/// From `locales/languages.json`, in the order the language list shows them.
pub static LANGUAGES: &[Language] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// Where the person's explicit choice is kept on the device.
const STORAGE_KEY: &str = "passage-lang";
/// The address parameter that picks a language (`/?lang=ti`).
const URL_PARAM: &str = "lang";

fn ids() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.id).collect()
}

fn find(id: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.id == id)
}

fn english() -> &'static Language {
    find("en").expect("English is a language of the app")
}

/// The language shown and its messages, changed together.
#[derive(Debug, Clone)]
struct Current {
    language: &'static Language,
    catalog: Arc<Catalog>,
}

/// The app's language context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    current: RwSignal<Current>,
}

impl I18n {
    /// The language shown (tracked).
    pub fn language(self) -> &'static Language {
        self.current.with(|c| c.language)
    }

    /// The id of the language shown (tracked).
    pub fn lang(self) -> &'static str {
        self.language().id
    }

    /// The address of a page in the language shown (tracked): `/loan` is `/ar/loan`.
    pub fn href(self, path: &str) -> String {
        route::localized(self.lang(), path)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

thread_local! {
    static PLURALS: RefCell<HashMap<String, js_sys::Intl::PluralRules>> = RefCell::new(HashMap::new());
}

/// The plural category of `n` in `lang`, from the browser's `Intl.PluralRules`.
fn plural(lang: &str, n: i64) -> &'static str {
    let category = PLURALS.with(|rules| {
        rules
            .borrow_mut()
            .entry(lang.to_owned())
            .or_insert_with(|| {
                let locales =
                    js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(plural_locale(lang)));
                js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
            })
            .select(n as f64)
            .as_string()
            .unwrap_or_default()
    });
    PLURAL_CATEGORIES
        .iter()
        .find(|c| **c == category)
        .copied()
        .unwrap_or("other")
}

/// The message `id` in the language shown (tracked), with `args`.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    use_i18n().current.with(|current| {
        let lang = current.language.id;
        current
            .catalog
            .format(id, args, &|n| plural(lang, n))
            .unwrap_or_else(|| id.to_owned())
    })
}

/// `tr!("id")` or `tr!("id", { "name" => value, … })`: a message, now. Values are text
/// already formatted for the reader, or numbers for plurals.
/// A country's name in the reader's language, from its ISO code (`country-ke` in
/// countries.ftl; every country in the data has one, tests/locales.rs checks).
/// A country the app has no name for yet shows its code.
pub fn country_name(code: &str) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    let name = message(&id, &[]);
    if name == id {
        code.to_owned()
    } else {
        name
    }
}

/// Text that follows the language (and whatever else it reads), as a signal. Every such text
/// in a view shares one rendering path in the wasm, where each `move ||` closure written
/// in a view brings its own copy of it.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// A message's text without the bidi isolation marks around its placeables: for text that
/// leaves the page (a calendar file), where other programs may show the marks as boxes.
pub fn unisolated(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, { $($name:literal => $value:expr),* $(,)? }) => {
        $crate::i18n::message(
            $id,
            &[$(($name, passage_core::messages::Arg::from($value))),*],
        )
    };
}
pub(crate) use tr;

/// `move_tr!(…)`: a message that follows the language (a signal), as `tr!` takes.
macro_rules! move_tr {
    ($($args:tt)*) => {
        leptos::prelude::Signal::derive(move || $crate::i18n::tr!($($args)*))
    };
}
pub(crate) use move_tr;

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The language to start in, and whether it was chosen explicitly by a `?lang=` link.
pub fn initial_language() -> &'static Language {
    let served = ids();
    let location = window().location();
    let search = location.search().unwrap_or_default();
    if let Some(language) = route::query_param(&search, URL_PARAM)
        .and_then(|tag| passage_core::lang::match_tag(&tag, &served))
        .and_then(find)
    {
        remember(language);
        return language;
    }
    let stored = local_storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|tag| passage_core::lang::match_tag(&tag, &served));
    let path = location.pathname().unwrap_or_default();
    let in_address = route::split_language(&path, &served).0;
    let from_browser = || {
        let tags: Vec<String> = window()
            .navigator()
            .languages()
            .iter()
            .filter_map(|tag| tag.as_string())
            .collect();
        passage_core::lang::negotiate(tags.iter().map(String::as_str), &served)
    };
    stored
        .or(in_address)
        .or_else(from_browser)
        .and_then(find)
        .unwrap_or_else(english)
}

/// The languages to start in, in order: the one `initial_language` picks, then the page's own
/// (`<html lang>`, the language its first view is in), then English; each once.
pub fn start_languages() -> Vec<&'static Language> {
    let page = document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|lang| find(&lang));
    let mut languages = vec![initial_language()];
    for language in page.into_iter().chain([english()]) {
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    languages
}

fn remember(language: &Language) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, language.id);
    }
}

/// The file of a language's catalog for the running part of the app, as the page names it
/// (`main/ar=/l10n/main-ar-….json`).
fn catalog_url(lang: &str) -> Option<String> {
    let meta = document()
        .query_selector("meta[name=passage-messages]")
        .ok()
        .flatten()?;
    let content = meta.get_attribute("content")?;
    let wanted = format!("{}/{lang}", route::running().name());
    content.split_whitespace().find_map(|pair| {
        let (id, url) = pair.split_once('=')?;
        (id == wanted).then(|| url.to_owned())
    })
}

/// Downloads a language's messages (the browser or the service worker may have them).
pub async fn load(language: &Language) -> Result<Arc<Catalog>, ApiError> {
    let url = catalog_url(language.id).ok_or(ApiError::BadAnswer)?;
    api::messages(&url).await.map(Arc::new)
}

/// Switches to `language` and remembers it as the person's choice on this device, once its
/// messages are here. The address follows (`/ar/loan` becomes `/ti/loan`), without a `?lang=`.
pub async fn choose_language(i18n: I18n, language: &'static Language) -> Result<(), ApiError> {
    let catalog = load(language).await?;
    remember(language);
    i18n.current.set(Current { language, catalog });
    crate::boot::save_language(language.id);
    Ok(())
}

/// Keeps the address in the language shown: `/loan?lang=ar` or `/en/loan` shown in Arabic is
/// `/ar/loan`, without a history entry.
fn sync_address(language: &Language) {
    let Ok(href) = window().location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    let path = url.pathname();
    let (_, rest) = route::split_language(&path, &ids());
    url.set_pathname(&route::localized(language.id, rest));
    url.search_params().delete(URL_PARAM);
    if url.href() != href {
        if let Ok(history) = window().history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
        }
    }
}

/// Provides the language context, starting with `language` and its `catalog`, and keeps
/// `<html lang dir>` and the address in the language shown.
#[component]
pub fn I18nProvider(
    language: &'static Language,
    catalog: Arc<Catalog>,
    children: Children,
) -> impl IntoView {
    let i18n = I18n {
        current: RwSignal::new(Current { language, catalog }),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let language = i18n.language();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", language.id);
            let _ = html.set_attribute("dir", language.dir.as_str());
        }
        sync_address(language);
    });
    children()
}

/// Keeps the browser tab's title as "<page> – Passage" in the current language.
pub fn set_document_title(page: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let page = page();
        document().set_title(&tr!("shell-document-title", { "page" => page }));
    });
}
