//! `/return`: going home with IOM's help (assisted voluntary return and reintegration).
//!
//! Without a code: the kinds of reintegration help in plain words, and the usual steps with
//! the only figures there are, from `/api/v1/reintegration`, always worded as those of the
//! 2012-2015 Canadian programme with their source, never as today's rules. With a returnee's
//! access code: their return date, their IOM office (tap to call or write), and their plan,
//! each item with its deadline as their office set it ("3 days left", "due today", "passed").

use leptos::prelude::*;
use passage_core::timeline::{self, Due};
use passage_core::wire::{
    CaseView, Deadline, Office, PlanItem, PlanStatus, Reintegration, ReturneeCase, TimeUnit,
};

use crate::api;
use crate::case::use_case;
use crate::clock::today;
use crate::components::code_form::{CodeForm, KeepCase};
use crate::components::load_failed::LoadFailed;
use crate::components::remove_data::RemoveData;
use crate::components::sources::{checked_text, Sources};
use crate::format;
use crate::i18n::{country_name, move_tr, set_document_title, tr, use_i18n};
use crate::loaded::Loaded;

fn category_name(key: &str) -> String {
    match key {
        "additional-luggage" => tr!("return-category-additional-luggage"),
        "onward-transportation" => tr!("return-category-onward-transportation"),
        "job-search" => tr!("return-category-job-search"),
        "legal" => tr!("return-category-legal"),
        "material" => tr!("return-category-material"),
        "medical" => tr!("return-category-medical"),
        "small-business" => tr!("return-category-small-business"),
        "temporary-accommodation-and-housing" => {
            tr!("return-category-temporary-accommodation-and-housing")
        }
        "training-and-schooling" => tr!("return-category-training-and-schooling"),
        _ => tr!("return-category-other"),
    }
}

fn category_body(key: &str) -> String {
    match key {
        "additional-luggage" => tr!("return-category-additional-luggage-body"),
        "onward-transportation" => tr!("return-category-onward-transportation-body"),
        "job-search" => tr!("return-category-job-search-body"),
        "legal" => tr!("return-category-legal-body"),
        "material" => tr!("return-category-material-body"),
        "medical" => tr!("return-category-medical-body"),
        "small-business" => tr!("return-category-small-business-body"),
        "temporary-accommodation-and-housing" => {
            tr!("return-category-temporary-accommodation-and-housing-body")
        }
        "training-and-schooling" => tr!("return-category-training-and-schooling-body"),
        _ => tr!("return-category-other-body"),
    }
}

/// "24 hours", "30 days", "6 months", in the reader's words and digits.
fn time_text(amount: u32, unit: TimeUnit, lang: &str) -> String {
    let n = i64::from(amount);
    let text = format::number(n, lang);
    match unit {
        TimeUnit::Hours => tr!("return-time-hours", { "n" => n, "n-text" => text }),
        TimeUnit::Days => tr!("return-time-days", { "n" => n, "n-text" => text }),
        TimeUnit::Months | TimeUnit::Unknown => {
            tr!("return-time-months", { "n" => n, "n-text" => text })
        }
    }
}

fn deadline_text(deadline: &Deadline, lang: &str) -> String {
    let time = time_text(deadline.amount, deadline.unit, lang);
    match deadline.key.as_str() {
        "contact-iom-after-referral" => {
            tr!("return-deadline-contact-iom-after-referral", { "time" => time })
        }
        "start-plan-after-arrival" => {
            tr!("return-deadline-start-plan-after-arrival", { "time" => time })
        }
        "in-kind-assistance-within" => {
            tr!("return-deadline-in-kind-assistance-within", { "time" => time })
        }
        "monitoring-after" => tr!("return-deadline-monitoring-after", { "time" => time }),
        _ => tr!("return-deadline-other"),
    }
}

fn status_name(status: PlanStatus) -> String {
    match status {
        PlanStatus::NotStarted => tr!("return-status-not-started"),
        PlanStatus::InProgress => tr!("return-status-in-progress"),
        PlanStatus::Done => tr!("return-status-done"),
        PlanStatus::Unknown => tr!("return-status-other"),
    }
}

/// The usual steps, with the 2012-2015 programme's figures, and the kinds of help.
#[component]
fn Guide(info: Reintegration) -> impl IntoView {
    let i18n = use_i18n();
    let programme = info.deadlines.iter().find_map(|d| d.programme.clone());
    let deadlines = info.deadlines.clone();
    let categories = info.categories.clone();
    view! {
        <section aria-labelledby="steps-heading">
            <h2 id="steps-heading">{move_tr!("return-steps-heading")}</h2>
            <p>{move_tr!("return-steps-lead")}</p>
            <ul class="steps">
                {deadlines.into_iter().map(|deadline| {
                    let checked = deadline.source.checked;
                    view! {
                        <li>
                            {move || deadline_text(&deadline, i18n.lang())}
                            <span class="field__hint steps__checked">{move || checked_text(checked, i18n.lang())}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {programme.map(|programme| {
                use chrono::Datelike;
                let (from, until) = (programme.from.year(), programme.until.map(|u| u.year()));
                view! {
                    <p class="callout">{move || tr!("return-programme", {
                        "from" => format::plain_number(i64::from(from), i18n.lang()),
                        "until" => until.map(|u| format::plain_number(i64::from(u), i18n.lang())).unwrap_or_default(),
                    })}</p>
                }
            })}
        </section>
        <section aria-labelledby="categories-heading">
            <h2 id="categories-heading">{move_tr!("return-categories-heading")}</h2>
            <p>{move_tr!("return-categories-lead")}</p>
            <ul class="categories">
                {categories.into_iter().map(|key| {
                    let body_key = key.clone();
                    view! {
                        <li>
                            <strong>{move || category_name(&key)}</strong>
                            ": "
                            {move || category_body(&body_key)}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The returnee's IOM office: where, how to reach it (tap to call, tap to write), when open.
#[component]
fn OfficeCard(office: Office, demo: bool) -> impl IntoView {
    let i18n = use_i18n();
    let tel = format!(
        "tel:{}",
        office
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect::<String>()
    );
    let mail = format!("mailto:{}", office.email);
    let (city, country) = (office.city.clone(), office.country.clone());
    let hours = office.hours.clone();
    view! {
        <section class="office" aria-labelledby="office-heading">
            <h3 id="office-heading">{move_tr!("return-office-heading")}</h3>
            <p>{move || tr!("return-office-place", { "city" => city.clone(), "country" => country_name(&country) })}</p>
            <p class="office__contact">
                <a class="button button--secondary" href=tel>
                    {move_tr!("return-office-call")}" "<span dir="ltr">{office.phone.clone()}</span>
                </a>
            </p>
            <p class="office__contact">
                <a class="button button--secondary" href=mail>
                    {move_tr!("return-office-write")}" "<span dir="ltr">{office.email.clone()}</span>
                </a>
            </p>
            <ul class="office__hours">
                {hours.into_iter().map(|hours| view! {
                    <li>{move || {
                        let lang = i18n.lang();
                        let days: Vec<String> = hours.days.iter().map(|d| format::weekday(*d, lang)).collect();
                        tr!("return-office-hours", {
                            "days" => days.join(&tr!("shell-list-separator")),
                            "opens" => format::clock(&hours.opens, lang),
                            "closes" => format::clock(&hours.closes, lang),
                        })
                    }}</li>
                }).collect_view()}
            </ul>
            <p class="field__hint">{move_tr!("return-office-hours-note")}</p>
            {demo.then(|| view! { <p class="field__hint">{move_tr!("return-office-demo")}</p> })}
        </section>
    }
}

fn plan_item(item: PlanItem) -> impl IntoView {
    let i18n = use_i18n();
    let category = item.category.clone();
    let deadline = item.deadline;
    let done = item.status == PlanStatus::Done;
    let due = timeline::due(deadline, today());
    let due_class = match (done, due) {
        (false, Due::Soon { .. } | Due::Today) => "plan__due plan__due--soon",
        (false, Due::Passed { .. }) => "plan__due plan__due--passed",
        _ => "plan__due",
    };
    view! {
        <li class="plan__item">
            <h3 class="plan__title">{move || category_name(&category)}</h3>
            <p><strong>{move || status_name(item.status)}</strong></p>
            <p>{move || tr!("return-due-by", { "date" => format::date(deadline, i18n.lang()) })}</p>
            {(!done).then(|| view! {
                <p class=due_class>{move || match due {
                    Due::Upcoming { days_left } | Due::Soon { days_left } => tr!("return-due-left", {
                        "days" => i64::from(days_left),
                        "days-text" => format::number(i64::from(days_left), i18n.lang()),
                    }),
                    Due::Today => tr!("return-due-today"),
                    Due::Passed { .. } => tr!("return-due-passed"),
                }}</p>
                <p>{move || match item.status {
                    PlanStatus::InProgress => tr!("return-todo-in-progress"),
                    _ => tr!("return-todo-not-started"),
                }}</p>
            })}
        </li>
    }
}

/// The case opened with a returnee's code.
#[component]
fn Plan(case: ReturneeCase) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_case();
    let returned = case.return_date;
    let mut plan = case.plan;
    // Open items first, soonest deadline first; done ones after.
    plan.sort_by_key(|item| (item.status == PlanStatus::Done, item.deadline));
    view! {
        <section class="case" aria-labelledby="case-heading">
            <h2 id="case-heading">{move_tr!("return-case-heading")}</h2>
            {case.demo.then(|| view! { <p class="callout">{move_tr!("return-case-demo")}</p> })}
            {move || store.kept.get().then(|| store.updated.get()).flatten().map(|day| view! {
                <p class="field__hint">{tr!("return-case-updated", { "date" => format::date(day, i18n.lang()) })}</p>
            })}
            <p class="result__summary">{move || {
                let date = format::date(returned, i18n.lang());
                if returned <= today() {
                    tr!("return-case-returned", { "date" => date })
                } else {
                    tr!("return-case-returning", { "date" => date })
                }
            }}</p>
            <ol class="plan">
                {plan.into_iter().map(plan_item).collect_view()}
            </ol>
            <OfficeCard office=case.office demo=case.demo />
            <KeepCase keep_label=move_tr!("return-keep") refresh_label=move_tr!("return-case-refresh") />
        </section>
    }
}

#[component]
pub fn ReturnPage() -> impl IntoView {
    set_document_title(|| tr!("return-title"));
    let store = use_case();
    let (
        Loaded {
            value: info,
            failed,
            ..
        },
        ask,
    ) = crate::loaded::load(api::reintegration);
    ask();
    let own_case = move || match store.view() {
        Some(CaseView::Returnee(case)) => Some(case),
        _ => None,
    };
    let sources = Signal::derive(move || {
        info.with(|i| {
            i.as_ref()
                .map(|i| {
                    let mut all = vec![i.source.clone()];
                    all.extend(i.deadlines.iter().map(|d| d.source.clone()));
                    all
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h1>{move_tr!("return-title")}</h1>
        <crate::components::clock_notice::ClockNotice />
        <p class="lead">{move_tr!("return-lead")}</p>
        {move || own_case().map(|case| view! { <Plan case=case /> })}
        {move || own_case().is_none().then(|| view! {
            <section aria-labelledby="next-heading">
                <h2 id="next-heading">{move_tr!("return-next-heading")}</h2>
                <p>{move_tr!("return-next-body")}</p>
            </section>
        })}
        {move || match (info.get(), failed.get()) {
            (Some(info), _) => view! { <Guide info=info /> }.into_any(),
            (None, Some(error)) => view! {
                <LoadFailed error=error offline=move_tr!("return-offline") server_error=move_tr!("return-server-error") retry=move |()| ask() />
            }.into_any(),
            (None, None) => view! { <p>{move_tr!("return-loading")}</p> }.into_any(),
        }}
        {move || (!sources.with(Vec::is_empty)).then(|| view! { <Sources sources=sources /> })}
        {move || own_case().is_none().then(|| view! {
            <section class="no-print" aria-labelledby="code-heading">
                <h2 id="code-heading">{move_tr!("return-code-heading")}</h2>
                <p>{move_tr!("return-code-lead")}</p>
                <CodeForm keep_label=move_tr!("return-keep") />
            </section>
        })}
        <RemoveData />
    }
}
