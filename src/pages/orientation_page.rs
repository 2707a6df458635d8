//! `/orientation`: the topics of Canadian Orientation Abroad, each with a one-line summary and
//! a mark on those already read; a search that forgives typos and missing diacritics (its
//! index, every topic's text, is downloaded only when the search is first used); keeping all
//! topics for offline reading (saying first how much it downloads); and the low-data setting.

use std::collections::BTreeSet;

use leptos::prelude::*;
use passage_core::search::{Hit, Index};
use passage_core::wire::{ModuleSummary, OrientationAll};

use crate::api::{self, ApiError};
use crate::components::load_failed::LoadFailed;
use crate::components::remove_data::RemoveData;
use crate::format;
use crate::i18n::{move_tr, set_document_title, text, tr, use_i18n};
use crate::orientation;

/// A search index of one language's topics, with their titles.
#[derive(Clone)]
struct Searchable {
    index: Index,
    titles: Vec<(String, String)>,
}

impl Searchable {
    fn new(all: &OrientationAll) -> Searchable {
        let docs: Vec<_> = all.modules.iter().map(orientation::doc).collect();
        Searchable {
            index: Index::new(&docs),
            titles: all
                .modules
                .iter()
                .map(|m| (m.slug.clone(), m.title.clone()))
                .collect(),
        }
    }

    fn title(&self, slug: &str) -> String {
        self.titles
            .iter()
            .find(|(s, _)| s == slug)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }
}

/// The search's state.
#[derive(Clone, Default)]
enum Loaded {
    #[default]
    NotYet,
    Loading,
    Ready(Searchable),
    Failed,
}

#[component]
fn Search() -> impl IntoView {
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let own = RwSignal::new(Loaded::NotYet);
    let english = RwSignal::new(Loaded::NotYet);
    let fetch = move |lang: &'static str, into: RwSignal<Loaded>| {
        if !matches!(into.get_untracked(), Loaded::NotYet | Loaded::Failed) {
            return;
        }
        into.set(Loaded::Loading);
        let request = api::orientation_all(lang);
        leptos::task::spawn_local(async move {
            match request.await {
                Ok(answer) => into.set(Loaded::Ready(Searchable::new(&answer.value))),
                Err(ApiError::Cancelled) => {}
                Err(_) => into.set(Loaded::Failed),
            }
        });
    };
    // The index comes when the search is first used, never with the page.
    let start = move || fetch(i18n.lang(), own);
    let hits = move |loaded: &Loaded| -> Option<(Vec<Hit>, Searchable)> {
        match loaded {
            Loaded::Ready(searchable) => {
                Some((searchable.index.search(&query.get()), searchable.clone()))
            }
            _ => None,
        }
    };
    let results = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let (found, searchable) = own.with(hits)?;
        if !found.is_empty() || i18n.lang() == "en" {
            return Some((found, searchable, false));
        }
        // Nothing in the reader's language: English, which every topic is written in first.
        fetch("en", english);
        let (found, searchable) = english.with(hits)?;
        Some((found, searchable, true))
    };
    view! {
        <section class="search no-print" role="search" aria-labelledby="search-label">
            <div class="field">
                <label class="field__label" id="search-label" for="topic-search">{move_tr!("orientation-search-label")}</label>
                <p class="field__hint" id="topic-search-hint">{move_tr!("orientation-search-hint")}</p>
                <input class="field__input" id="topic-search" type="search" autocomplete="off" spellcheck="false"
                    aria-describedby="topic-search-hint"
                    prop:value=move || query.get()
                    on:focus=move |_| start()
                    on:input=move |ev| { start(); query.set(event_target_value(&ev)); } />
            </div>
            <div aria-live="polite" aria-atomic="true" class="search__status">
                {move || match (query.with(|q| q.trim().is_empty()), own.get()) {
                    (false, Loaded::Loading) => Some(tr!("orientation-search-loading")),
                    (false, Loaded::Failed) => Some(tr!("orientation-offline")),
                    _ => results().map(|(found, _, in_english)| {
                        let count = found.len() as i64;
                        let said = tr!("orientation-search-count", {
                            "count" => count,
                            "count-text" => format::number(count, i18n.lang()),
                            "query" => query.get(),
                        });
                        if in_english && count > 0 { format!("{said} {}", tr!("orientation-search-english")) } else { said }
                    }),
                }}
            </div>
            {move || results().map(|(found, searchable, in_english)| {
                if found.is_empty() {
                    return view! { <p>{move_tr!("orientation-search-none")}</p> }.into_any();
                }
                view! {
                    <ul class="search__results" lang=in_english.then_some("en") dir=in_english.then_some("ltr")>
                        {found.into_iter().map(|hit| {
                            let href = i18n.href(&format!("/orientation/{}", hit.slug));
                            let words = hit.words.join(&tr!("shell-list-separator"));
                            view! {
                                <li>
                                    <a href=href>{searchable.title(&hit.slug)}</a>
                                    <p class="field__hint">{text(move || tr!("orientation-search-words", { "words" => words.clone() }))}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// "Keep all topics on this phone", with how much it downloads.
#[component]
fn KeepAll(bytes: u64) -> impl IntoView {
    let i18n = use_i18n();
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Idle,
        Busy,
        Done,
        Failed,
    }
    let state = RwSignal::new(State::Idle);
    // The topics, and the part of the app that shows them (its size, in the page's head from
    // the build) unless this phone already keeps it.
    let files = topic_files(i18n.lang());
    let part = RwSignal::new(meta("passage-topic-bytes").parse::<u64>().ok());
    if let Some(wasm) = files.get(1).cloned() {
        leptos::task::spawn_local(async move {
            if crate::boot::kept(&wasm).await {
                part.set(Some(0));
            }
        });
    }
    let size = move || {
        let bytes = bytes + part.get()?;
        let kb = i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX);
        Some(tr!("orientation-size-kb", { "kb" => format::number(kb, i18n.lang()) }))
    };
    view! {
        <section class="keep-all no-print" aria-labelledby="keep-all-heading">
            <h2 id="keep-all-heading">{move_tr!("orientation-keep-heading")}</h2>
            <p>{text(move || match size() {
                Some(size) => tr!("orientation-keep-body", { "size" => size }),
                None => tr!("orientation-keep-body-unknown"),
            })}</p>
            <p>
                <button class="button button--secondary" type="button" prop:disabled=move || state.get() == State::Busy
                    on:click=move |_| {
                        state.set(State::Busy);
                        // The service worker keeps the answer, and the part of the app that
                        // shows a topic with its messages: then every topic opens offline.
                        let lang = i18n.lang();
                        let request = api::orientation_all(lang);
                        let files = topic_files(lang);
                        leptos::task::spawn_local(async move {
                            let mut result = request.await.map(|_| ());
                            for file in files {
                                if result.is_ok() {
                                    result = api::prefetch(&file).await;
                                }
                            }
                            state.set(match result {
                                Ok(()) => State::Done,
                                Err(ApiError::Cancelled) => State::Idle,
                                Err(_) => State::Failed,
                            });
                        });
                    }>{move_tr!("orientation-keep-button")}</button>
            </p>
            <p role="status">{move || match state.get() {
                State::Done => Some(tr!("orientation-keep-done")),
                State::Failed => Some(tr!("orientation-keep-failed")),
                _ => None,
            }}</p>
        </section>
    }
}

/// The content of the page's `<meta name=…>`.
fn meta(name: &str) -> String {
    document()
        .query_selector(&format!("meta[name={name}]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

/// The files of the part of the app that shows one topic, and its messages in `lang`, as the
/// page names them (`<meta name="passage-bundles">`, `<meta name="passage-messages">`).
fn topic_files(lang: &str) -> Vec<String> {
    let part = crate::route::Bundle::Topic.name();
    let mut files: Vec<String> = meta("passage-bundles")
        .split(';')
        .find_map(|entry| {
            let mut words = entry.split_whitespace();
            (words.next() == Some(part)).then(|| words.take(2).map(str::to_owned).collect())
        })
        .unwrap_or_default();
    let messages = format!("{part}/{lang}=");
    files.extend(
        meta("passage-messages")
            .split_whitespace()
            .filter_map(|pair| pair.strip_prefix(&messages))
            .map(str::to_owned),
    );
    files
}

fn topic_item(
    module: ModuleSummary,
    read: RwSignal<BTreeSet<String>>,
    lang: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = i18n.href(&format!("/orientation/{}", module.slug));
    let slug = module.slug.clone();
    let in_english = module.lang != lang;
    view! {
        <li class="topic">
            <h2 class="topic__title" lang=in_english.then_some("en") dir=in_english.then_some("ltr")>
                <a href=href>{module.title}</a>
            </h2>
            <p lang=in_english.then_some("en") dir=in_english.then_some("ltr")>{module.summary}</p>
            <p class="topic__marks">
                {move || read.with(|r| r.contains(&slug)).then(|| view! {
                    <span class="topic__read">
                        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
                            <path d="M4 12l5 5L20 6" fill="none" stroke="currentColor" stroke-width="3"/>
                        </svg>
                        {move_tr!("orientation-read-mark")}
                    </span>
                })}
                {in_english.then(|| view! { <span class="topic__english">{move_tr!("orientation-in-english")}</span> })}
            </p>
        </li>
    }
}

#[component]
pub fn OrientationPage() -> impl IntoView {
    set_document_title(|| tr!("orientation-title"));
    let i18n = use_i18n();
    let (
        crate::loaded::Loaded {
            value: list,
            failed,
            ..
        },
        ask,
    ) = crate::loaded::load(move || api::orientation_list(i18n.lang()));
    let read = RwSignal::new(orientation::read_topics());
    let low_data = RwSignal::new(orientation::low_data());
    Effect::new(move |_| {
        i18n.lang();
        ask();
    });
    view! {
        <h1>{move_tr!("orientation-title")}</h1>
        <p class="lead">{move_tr!("orientation-lead")}</p>
        <Search />
        {move || match (list.get(), failed.get()) {
            (Some(list), _) => {
                let lang = i18n.lang();
                let bytes = list.all_bytes;
                view! {
                    <ol class="topics">
                        {list.modules.into_iter().map(|m| topic_item(m, read, lang)).collect_view()}
                    </ol>
                    <KeepAll bytes=bytes />
                }.into_any()
            }
            (None, Some(error)) => view! {
                <LoadFailed error=error offline=move_tr!("orientation-offline") server_error=move_tr!("orientation-server-error") retry=move |()| ask() />
            }.into_any(),
            (None, None) => view! { <p>{move_tr!("orientation-loading")}</p> }.into_any(),
        }}
        <div class="checkbox no-print">
            <input class="checkbox__input" type="checkbox" id="low-data" aria-describedby="low-data-hint"
                prop:checked=move || low_data.get()
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    orientation::set_low_data(on);
                    low_data.set(on);
                } />
            <label class="checkbox__label" for="low-data">{move_tr!("orientation-low-data")}</label>
        </div>
        <p class="field__hint no-print" id="low-data-hint">{move_tr!("orientation-low-data-hint")}</p>
        <RemoveData then=Callback::new(move |_| read.set(BTreeSet::new())) />
    }
}
