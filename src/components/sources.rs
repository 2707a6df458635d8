//! Where a page's figures come from: each source's title (a link when it has an address) and
//! whether a person compared the figure with it, and when.

use leptos::prelude::*;
use passage_core::wire::Source;

use crate::format;
use crate::i18n::{move_tr, tr, use_i18n};

/// Whether, and when, a person compared a figure with its source.
pub fn checked_text(checked: Option<chrono::NaiveDate>, lang: &str) -> String {
    match checked {
        Some(date) => tr!("sources-checked", { "date" => format::date(date, lang) }),
        None => tr!("sources-unchecked"),
    }
}

/// The sources, once each (several figures often share one), in the order given. When the
/// figures of one source were not all compared with it, it says the least: the earliest
/// comparison, or none.
#[component]
pub fn Sources(#[prop(into)] sources: Signal<Vec<Source>>) -> impl IntoView {
    let i18n = use_i18n();
    let unique = move || {
        let mut seen: Vec<Source> = Vec::new();
        for source in sources.get() {
            match seen
                .iter_mut()
                .find(|s| s.title == source.title && s.url == source.url)
            {
                Some(known) => {
                    known.checked = match (known.checked, source.checked) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        _ => None,
                    };
                }
                None => seen.push(source),
            }
        }
        seen
    };
    view! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{move_tr!("sources-heading")}</h2>
            <ul class="sources__list">
                {move || unique().into_iter().map(|source| {
                    let checked = source.checked;
                    view! {
                        <li>
                            {match source.url {
                                Some(url) => view! { <a href=url>{source.title}</a> }.into_any(),
                                None => view! { <span>{source.title}</span> }.into_any(),
                            }}
                            " "
                            <span class="field__hint">{move || checked_text(checked, i18n.lang())}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
