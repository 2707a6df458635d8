//! `/orientation/<topic>`: one orientation topic as plain blocks (headings, short paragraphs,
//! lists, callouts, things to tick, pictures), its loan figures filled in from the loan rules,
//! its sources and the day they were checked; read aloud, mark as read, previous and next.
//! A topic not yet in the reader's language comes in English and says so; one whose
//! translation no person checked says that, in one quiet line. Offline, a topic comes from the
//! answer "keep all topics" saved.

use leptos::prelude::*;
use passage_core::wire::{Block, LoanPolicy, Module, OrientationList, Periods};

use crate::api::{self, ApiError};
use crate::components::listen::Listen;
use crate::components::sources::Sources;
use crate::format;
use crate::i18n::{move_tr, set_document_title, text, tr, use_i18n};
use crate::orientation::{self, fill};
use crate::router::use_location;

/// Every text of a topic in reading order, for reading aloud.
fn spoken(module: &Module, policy: &LoanPolicy, lang: &str) -> Vec<String> {
    let mut parts = vec![module.title.clone()];
    for block in &module.blocks {
        if let Block::Image { alt, .. } = block {
            parts.push(alt.clone());
        }
        parts.extend(
            block
                .texts()
                .iter()
                .map(|text| fill(text, policy, module.periods, lang)),
        );
    }
    parts
}

/// The loan's repayment periods, from the loan rules.
fn brackets(policy: &LoanPolicy, lang: &str) -> impl IntoView {
    let mut previous = None;
    let rows: Vec<(String, String)> = policy
        .brackets
        .value
        .iter()
        .map(|bracket| {
            let amount = match (bracket.up_to, previous) {
                (Some(up_to), _) => {
                    tr!("orientation-loan-up-to", { "amount" => format::money(up_to, lang) })
                }
                (None, Some(last)) => {
                    tr!("orientation-loan-above", { "amount" => format::money(last, lang) })
                }
                (None, None) => String::new(),
            };
            previous = bracket.up_to;
            (amount, orientation::months(bracket.months, lang))
        })
        .collect();
    view! {
        <table class="brackets">
            <thead><tr>
                <th scope="col">{move_tr!("orientation-loan-amount-header")}</th>
                <th scope="col">{move_tr!("orientation-loan-months-header")}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|(amount, months)| view! { <tr><td>{amount}</td><td>{months}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

fn block_view(
    block: Block,
    index: usize,
    policy: &LoanPolicy,
    periods: Option<Periods>,
    lang: &str,
    low_data: bool,
) -> AnyView {
    match block {
        Block::Heading { text } => view! { <h2>{fill(&text, policy, periods, lang)}</h2> }.into_any(),
        Block::Paragraph { text } => view! { <p>{fill(&text, policy, periods, lang)}</p> }.into_any(),
        Block::List { items } => view! {
            <ul>{items.iter().map(|item| view! { <li>{fill(item, policy, periods, lang)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Callout { text } => view! { <p class="callout">{fill(&text, policy, periods, lang)}</p> }.into_any(),
        Block::ChecklistItem { text } => {
            let id = format!("check-{index}");
            view! {
                <div class="checkbox">
                    <input class="checkbox__input" type="checkbox" id=id.clone() />
                    <label class="checkbox__label" for=id>{fill(&text, policy, periods, lang)}</label>
                </div>
            }
            .into_any()
        }
        Block::Image { src, alt } if low_data => {
            let _ = src;
            view! { <p class="figure-alt">{text(move || tr!("orientation-picture", { "alt" => alt.clone() }))}</p> }.into_any()
        }
        Block::Image { src, alt } => view! {
            <figure class="figure"><img src=src alt=alt width="120" height="160" /></figure>
        }
        .into_any(),
        Block::LoanBrackets => brackets(policy, lang).into_any(),
        Block::Unknown => ().into_any(),
    }
}

#[component]
fn Topic(module: Module, list: Option<OrientationList>, policy: LoanPolicy) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let read = RwSignal::new(orientation::read_topics().contains(&module.slug));
    let low_data = orientation::low_data();
    let in_english = module.lang != lang;
    let unreviewed = !in_english && lang != "en" && !module.reviewed;
    // Previous and next, in the topics' order.
    let (previous, next) = list
        .as_ref()
        .and_then(|list| {
            let at = list.modules.iter().position(|m| m.slug == module.slug)?;
            let link = |m: Option<&passage_core::wire::ModuleSummary>| {
                m.map(|m| {
                    (
                        i18n.href(&format!("/orientation/{}", m.slug)),
                        m.title.clone(),
                    )
                })
            };
            Some((
                link(at.checked_sub(1).and_then(|i| list.modules.get(i))),
                link(list.modules.get(at + 1)),
            ))
        })
        .unwrap_or((None, None));
    let parts = spoken(&module, &policy, lang);
    let slug = module.slug.clone();
    let updated = module.updated;
    let periods = module.periods;
    let sources = module.sources.clone();
    let (text_lang, text_dir) = if in_english {
        (Some("en"), Some("ltr"))
    } else {
        (None, None)
    };
    view! {
        <article class="topic-page" lang=text_lang dir=text_dir>
            <h1>{module.title.clone()}</h1>
            {in_english.then(|| view! { <p class="callout" lang=lang dir=i18n.language().dir.as_str()>{move_tr!("orientation-fallback")}</p> })}
            {unreviewed.then(|| view! { <p class="field__hint">{move_tr!("orientation-unreviewed")}</p> })}
            <Listen parts=parts lang=if in_english { "en" } else { lang } />
            {module.blocks.into_iter().enumerate().map(|(i, block)| block_view(block, i, &policy, periods, lang, low_data)).collect_view()}
        </article>
        <p class="field__hint">{text(move || tr!("orientation-updated", { "date" => format::date(updated, i18n.lang()) }))}</p>
        <p class="no-print">
            <button class="button button--secondary" type="button" aria-pressed=move || read.get().to_string()
                on:click=move |_| {
                    let now = !read.get_untracked();
                    orientation::set_read(&slug, now);
                    read.set(now);
                }>
                {move || if read.get() { move_tr!("orientation-mark-unread") } else { move_tr!("orientation-mark-read") }}
            </button>
        </p>
        <p role="status" class="field__hint">{move || read.get().then(|| tr!("orientation-marked-read"))}</p>
        <Sources sources=Signal::derive(move || sources.clone()) />
        <nav class="topic-nav no-print" aria-label=move_tr!("orientation-back")>
            <ul>
                {previous.map(|(href, title)| view! {
                    <li><a href=href rel="prev">{move_tr!("orientation-previous")}": "{title}</a></li>
                })}
                {next.map(|(href, title)| view! {
                    <li><a href=href rel="next">{move_tr!("orientation-next")}": "{title}</a></li>
                })}
                <li><a href=i18n.href("/orientation")>{move_tr!("orientation-back")}</a></li>
            </ul>
        </nav>
        <p class="no-print">
            <button class="button button--secondary" type="button" on:click=|_| { let _ = window().print(); }>
                {move_tr!("orientation-print")}
            </button>
        </p>
    }
}

#[component]
pub fn TopicPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let slug = crate::route::topic_slug(&location.path.get_untracked())
        .unwrap_or_default()
        .to_owned();
    let module = RwSignal::new(None::<Module>);
    let list = RwSignal::new(None::<OrientationList>);
    let failed = RwSignal::new(None::<ApiError>);
    // Whether the list of topics (the links to the next and previous ones) was asked for.
    let listed = RwSignal::new(false);
    let policy = RwSignal::new(crate::loan_rules::initial().policy);
    set_document_title(move || {
        module
            .with(|m| m.as_ref().map(|m| m.title.clone()))
            .unwrap_or_else(|| tr!("orientation-title"))
    });
    let ask = move || {
        let lang = i18n.lang();
        failed.set(None);
        let one = api::module(&slug, lang);
        let all = api::orientation_all(lang);
        let topics = api::orientation_list(lang);
        let rules = api::loan_policy();
        let slug = slug.clone();
        leptos::task::spawn_local(async move {
            match one.await {
                Ok(answer) => module.set(Some(answer.value)),
                Err(ApiError::Cancelled) => return,
                // Offline: the topic may be in the answer "keep all topics" saved.
                Err(error) => match all.await {
                    Ok(answer) => match answer.value.modules.into_iter().find(|m| m.slug == slug) {
                        Some(found) => module.set(Some(found)),
                        None => failed.set(Some(ApiError::Status(404))),
                    },
                    Err(_) => failed.set(Some(error)),
                },
            }
            if let Ok(answer) = topics.await {
                list.set(Some(answer.value));
            }
            listed.set(true);
            // The latest loan rules, only for a topic that shows loan figures (and still shown:
            // the page may have been left meanwhile).
            let needs_rules = module.try_with_untracked(|m| {
                m.as_ref().is_some_and(|m| {
                    m.blocks.iter().any(|b| {
                        *b == Block::LoanBrackets || b.texts().iter().any(|t| t.contains('{'))
                    })
                })
            });
            if needs_rules == Some(true) {
                if let Ok(answer) = rules.await {
                    if let Some(live) =
                        crate::loan_rules::take_live(answer.value, &answer.text, answer.saved_on)
                    {
                        policy.set(live.policy);
                    }
                }
            }
        });
    };
    Effect::new(move |_| {
        i18n.lang();
        ask.clone()();
    });
    crate::takeover::until(move || listed.get() || failed.with(Option::is_some));
    view! {
        {move || match (module.get(), failed.get()) {
            (Some(module), _) => view! { <Topic module=module list=list.get() policy=policy.get() /> }.into_any(),
            (None, Some(error)) => view! {
                <h1>{move_tr!("orientation-title")}</h1>
                <p class="callout">{match error {
                    ApiError::Offline => tr!("orientation-offline"),
                    ApiError::Status(404) => tr!("notfound-body"),
                    _ => tr!("orientation-server-error"),
                }}</p>
                <p><a href=i18n.href("/orientation")>{move_tr!("orientation-back")}</a></p>
            }.into_any(),
            (None, None) => view! {
                <h1>{move_tr!("orientation-title")}</h1>
                <p>{move_tr!("orientation-loading")}</p>
            }.into_any(),
        }}
    }
}
