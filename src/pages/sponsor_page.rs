//! `/sponsor`: what happens around a sponsored person's arrival, and when.
//!
//! Without a code, a planner: an arrival date (typed, or from a shared link that holds only
//! the date and the language) gives the usual timeline, computed on the phone by
//! `passage_core::timeline` from `/api/v1/sponsorship`'s figures. With a sponsor's access code,
//! the case's own milestones, expected arrival and whether the arrival notice was sent.

use leptos::prelude::*;
use passage_core::timeline::{self, SponsorStep, Stage};
use passage_core::wire::{CaseView, Milestone, SponsorCase, Sponsorship};

use crate::api;
use crate::case::use_case;
use crate::clock::today;
use crate::components::code_form::{CodeForm, KeepCase};
use crate::components::error_summary::ErrorSummary;
use crate::components::field::TextField;
use crate::components::load_failed::LoadFailed;
use crate::components::remove_data::RemoveData;
use crate::components::sources::Sources;
use crate::components::timeline::step;
use crate::date_form::{self, DateError, DateField};
use crate::format;
use crate::i18n::{move_tr, set_document_title, text, tr, use_i18n};
use crate::loaded::Loaded;
use crate::route::query_param;

fn field_id(field: DateField) -> &'static str {
    match field {
        DateField::Day => "arrival-day",
        DateField::Month => "arrival-month",
        DateField::Year => "arrival-year",
    }
}

fn error_text(field: DateField, error: DateError) -> String {
    match (field, error) {
        (DateField::Day, DateError::Empty) => tr!("sponsor-error-day-empty"),
        (DateField::Month, DateError::Empty) => tr!("sponsor-error-month-empty"),
        (DateField::Year, DateError::Empty) => tr!("sponsor-error-year-empty"),
        (_, DateError::NotANumber) => tr!("sponsor-error-not-number"),
        (DateField::Day, DateError::OutOfRange) => tr!("sponsor-error-day-range"),
        (DateField::Month, DateError::OutOfRange) => tr!("sponsor-error-month-range"),
        (DateField::Year, DateError::OutOfRange) => tr!("sponsor-error-year-range"),
        (_, DateError::NoSuchDay) => tr!("sponsor-error-no-such-day"),
    }
}

fn milestone_name(key: &str) -> String {
    match key {
        "case-approved" => tr!("sponsor-milestone-case-approved"),
        "arrival-notice" => tr!("sponsor-milestone-arrival-notice"),
        "arrival" => tr!("sponsor-milestone-arrival"),
        "income-support-ends" => tr!("sponsor-milestone-income-support-ends"),
        _ => tr!("sponsor-milestone-other"),
    }
}

/// The usual timeline around `arrival`.
#[component]
fn Timeline(arrival: chrono::NaiveDate, rules: Sponsorship) -> impl IntoView {
    let i18n = use_i18n();
    let steps = timeline::sponsor_timeline(arrival, &rules, today());
    let months = |n: u32| {
        (i64::from(n), move || {
            format::number(i64::from(n), i18n.lang())
        })
    };
    let notice_days = rules.arrival_notice_working_days.value;
    let support = rules.support_months.value;
    let joint = rules.joint_assistance_support_months.value;
    let loan = rules.first_loan_payment_months.value;
    view! {
        <h2 id="timeline-heading" tabindex="-1">{move_tr!("sponsor-timeline-heading")}</h2>
        <ol class="timeline" aria-labelledby="timeline-heading">
            {steps.into_iter().map(|s| {
                let date = s.date;
                let when = move || format::date(date, i18n.lang());
                match s.step {
                    SponsorStep::ArrivalNotice => step(s.stage, text(|| tr!("sponsor-step-notice-title")), text(when), view! {
                        <p>{text(move || tr!("sponsor-step-notice-body", {
                            "days" => i64::from(notice_days),
                            "days-text" => format::number(i64::from(notice_days), i18n.lang()),
                            "date" => format::date(date, i18n.lang()),
                        }))}</p>
                        <p class="field__hint">{move_tr!("sponsor-step-notice-holidays")}</p>
                    }.into_any()).into_any(),
                    SponsorStep::Arrival => step(s.stage, text(|| tr!("sponsor-step-arrival-title")), text(when), view! {
                        <p>{move_tr!("sponsor-step-arrival-body")}</p>
                    }.into_any()).into_any(),
                    SponsorStep::SupportEnds => {
                        let (n, digits) = months(support);
                        step(s.stage, text(|| tr!("sponsor-step-support-title")), text(when), view! {
                            <p>{text(move || tr!("sponsor-step-support-body", { "months" => n, "months-text" => digits() }))}</p>
                        }.into_any()).into_any()
                    }
                    SponsorStep::JointSupportEnds => {
                        let (n, digits) = months(joint);
                        step(s.stage, text(|| tr!("sponsor-step-joint-title")), text(when), view! {
                            <p>{text(move || tr!("sponsor-step-joint-body", { "months" => n, "months-text" => digits() }))}</p>
                        }.into_any()).into_any()
                    }
                    SponsorStep::FirstLoanPayment => {
                        let (n, digits) = months(loan);
                        step(s.stage, text(|| tr!("sponsor-step-loan-title")), text(when), view! {
                            <p>{text(move || tr!("sponsor-step-loan-body", { "months" => n, "months-text" => digits() }))}</p>
                            <p><strong>{move_tr!("sponsor-step-loan-not-yours")}</strong></p>
                        }.into_any()).into_any()
                    }
                }
            }).collect_view()}
        </ol>
    }
}

/// "Share this timeline": the page's own address, which holds only the date and the language.
#[component]
fn Share(arrival: chrono::NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let link = move || {
        let origin = window().location().origin().unwrap_or_default();
        let path = i18n.href(&format!(
            "/sponsor?arrival={}",
            date_form::to_query(arrival)
        ));
        format!("{origin}{path}")
    };
    let clipboard = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let copied = RwSignal::new(false);
    view! {
        <section class="share-timeline" aria-labelledby="share-heading">
            <h2 id="share-heading">{move_tr!("sponsor-share-heading")}</h2>
            <p>{move_tr!("sponsor-share-body")}</p>
            <p><a href=link class="share__link" aria-describedby="share-heading">{link}</a></p>
            <p class="no-print share__actions">
                {clipboard.map(|clipboard| {
                    let clipboard = send_wrapper::SendWrapper::new(clipboard);
                    view! {
                        <button class="button button--secondary" type="button" on:click=move |_| {
                            let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
                                .ok()
                                .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
                            if let Some(write) = write {
                                if write.call1(&clipboard, &link().into()).is_ok() {
                                    copied.set(true);
                                }
                            }
                        }>{move_tr!("sponsor-share-copy")}</button>
                    }
                })}
                <button class="button button--secondary" type="button" on:click=|_| { let _ = window().print(); }>
                    {move_tr!("sponsor-print")}
                </button>
            </p>
            <p role="status" class="field__hint">{move || copied.get().then(|| tr!("sponsor-share-copied"))}</p>
        </section>
    }
}

/// The case opened with a sponsor's code.
#[component]
fn Case(case: SponsorCase, #[prop(into)] rules: Signal<Option<Sponsorship>>) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_case();
    let window_dates = (case.arrival.earliest, case.arrival.latest);
    let stages = timeline::milestone_stages(&case.milestones);
    let milestones: Vec<(Milestone, Stage)> = case.milestones.into_iter().zip(stages).collect();
    let notice_sent = case.arrival_notice_sent;
    let city = case.destination_city;
    view! {
        <section class="case" aria-labelledby="case-heading">
            <h2 id="case-heading">{move_tr!("sponsor-case-heading")}</h2>
            {case.demo.then(|| view! { <p class="callout">{move_tr!("sponsor-case-demo")}</p> })}
            {move || store.kept.get().then(|| store.updated.get()).flatten().map(|day| view! {
                <p class="field__hint">{tr!("sponsor-case-updated", { "date" => format::date(day, i18n.lang()) })}</p>
            })}
            <p class="result__summary">{text(move || {
                let lang = i18n.lang();
                let (from, to) = window_dates;
                if from == to {
                    tr!("sponsor-case-day", { "date" => format::date(from, lang) })
                } else {
                    tr!("sponsor-case-window", {
                        "from" => format::date(from, lang),
                        "to" => format::date(to, lang),
                    })
                }
            })}</p>
            <p>{text(move || tr!("sponsor-case-destination", { "city" => city.clone() }))}</p>
            {move || {
                let notice = if notice_sent {
                    Some(tr!("sponsor-case-notice-sent"))
                } else {
                    // Worded once the figures are here: the notice's lead time is theirs.
                    rules.with(|r| r.as_ref().map(|r| r.arrival_notice_working_days.value)).map(|days| {
                        tr!("sponsor-case-notice-not-sent", {
                            "days" => i64::from(days),
                            "days-text" => format::number(i64::from(days), i18n.lang()),
                            "date" => format::date(timeline::working_days_before(window_dates.0, days), i18n.lang()),
                        })
                    })
                };
                notice.map(|notice| view! { <p class="callout">{notice}</p> })
            }}
            <ol class="timeline">
                {milestones.into_iter().map(|(milestone, stage)| {
                    let date = milestone.date;
                    let key = milestone.key;
                    step(stage, text(move || milestone_name(&key)), text(move || format::date(date, i18n.lang())), ())
                }).collect_view()}
            </ol>
            <KeepCase keep_label=move_tr!("sponsor-keep") refresh_label=move_tr!("sponsor-case-refresh") />
        </section>
    }
}

#[component]
pub fn SponsorPage() -> impl IntoView {
    set_document_title(|| tr!("sponsor-title"));
    let i18n = use_i18n();
    let store = use_case();
    let location = crate::router::use_location();

    let (
        Loaded {
            value: rules,
            failed,
            ..
        },
        ask,
    ) = crate::loaded::load(api::sponsorship);
    ask();

    // A shared link fills the date, in the reader's own digits.
    let shared = query_param(&location.search.get_untracked(), "arrival")
        .and_then(|value| date_form::from_query(&value));
    let first_lang = untrack(move || i18n.lang());
    let part = |n: Option<u32>| {
        n.map(|n| format::plain_number(i64::from(n), first_lang))
            .unwrap_or_default()
    };
    use chrono::Datelike;
    let day = RwSignal::new(part(shared.map(|d| d.day())));
    let month = RwSignal::new(part(shared.map(|d| d.month())));
    let year = RwSignal::new(part(shared.map(|d| d.year() as u32)));
    let arrival = RwSignal::new(shared);
    let errors = RwSignal::new(Vec::<(DateField, DateError)>::new());
    let attempts = RwSignal::new(0u32);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let style = format::number_style(i18n.lang());
        match date_form::read(
            &day.get_untracked(),
            &month.get_untracked(),
            &year.get_untracked(),
            style,
        ) {
            Ok(date) => {
                errors.set(Vec::new());
                arrival.set(Some(date));
                // The address becomes the share link: the date and the language, nothing else.
                let href = i18n.href(&format!("/sponsor?arrival={}", date_form::to_query(date)));
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&href),
                    );
                }
                request_animation_frame(|| crate::router::go_to_fragment("timeline-heading"));
            }
            Err(found) => {
                errors.set(found);
                attempts.update(|n| *n += 1);
            }
        }
    };
    let error_for = move |field: DateField| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|(f, _)| *f == field)
                    .map(|(f, e)| error_text(*f, *e))
            })
        })
    };
    let summary_errors = Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .map(|(f, e)| (field_id(*f), error_text(*f, *e)))
                .collect::<Vec<_>>()
        })
    });
    let sources = Signal::derive(move || {
        rules.with(|r| {
            r.as_ref()
                .map(|r| {
                    vec![
                        r.arrival_notice_working_days.source.clone(),
                        r.support_months.source.clone(),
                        r.joint_assistance_support_months.source.clone(),
                        r.first_loan_payment_months.source.clone(),
                        r.loan_is_the_newcomers.clone(),
                    ]
                })
                .unwrap_or_default()
        })
    });
    let own_case = move || match store.view() {
        Some(CaseView::Sponsor(case)) => Some(case),
        _ => None,
    };

    view! {
        <h1>{move_tr!("sponsor-title")}</h1>
        <crate::components::clock_notice::ClockNotice />
        <p class="lead">{move_tr!("sponsor-lead")}</p>
        {move || own_case().map(|case| view! { <Case case=case rules=rules /> })}

        <section class="planner" aria-labelledby="planner-heading">
            <h2 id="planner-heading" class="no-print">{move_tr!("sponsor-planner-heading")}</h2>
            <ErrorSummary title=move_tr!("sponsor-error-summary-title") errors=summary_errors attempts=attempts id="date-error-summary" />
            <noscript><p class="callout">{move_tr!("sponsor-noscript")}</p></noscript>
            <form class="no-print" novalidate on:submit=on_submit>
                <fieldset class="fieldset fieldset--group" aria-describedby="arrival-hint">
                    <legend class="fieldset__legend">{move_tr!("sponsor-date-legend")}</legend>
                    <p class="field__hint" id="arrival-hint">{text(move || tr!("sponsor-date-hint", {
                        "day" => format::plain_number(17, i18n.lang()),
                        "month" => format::plain_number(2, i18n.lang()),
                        "year" => format::plain_number(2027, i18n.lang()),
                    }))}</p>
                    <div class="date-input">
                        <TextField id=field_id(DateField::Day) label=move_tr!("sponsor-date-day")
                            error=error_for(DateField::Day) value=day inputmode="numeric" short=true />
                        <TextField id=field_id(DateField::Month) label=move_tr!("sponsor-date-month")
                            error=error_for(DateField::Month) value=month inputmode="numeric" short=true />
                        <TextField id=field_id(DateField::Year) label=move_tr!("sponsor-date-year")
                            error=error_for(DateField::Year) value=year inputmode="numeric" short=true />
                    </div>
                </fieldset>
                <button class="button" type="submit">{move_tr!("sponsor-date-submit")}</button>
            </form>
            {move || match (arrival.get(), rules.get(), failed.get()) {
                (Some(date), Some(rules), _) => view! {
                    <Timeline arrival=date rules=rules />
                    <Share arrival=date />
                }.into_any(),
                (_, None, Some(error)) => view! {
                    <LoadFailed error=error offline=move_tr!("sponsor-offline") server_error=move_tr!("sponsor-server-error") retry=move |()| ask() />
                }.into_any(),
                (Some(_), None, _) => view! { <p>{move_tr!("sponsor-loading")}</p> }.into_any(),
                (None, _, _) => ().into_any(),
            }}
        </section>
        {move || (!sources.with(Vec::is_empty)).then(|| view! { <Sources sources=sources /> })}

        {move || own_case().is_none().then(|| view! {
            <section class="no-print" aria-labelledby="code-heading">
                <h2 id="code-heading">{move_tr!("sponsor-code-heading")}</h2>
                <p>{move_tr!("sponsor-code-lead")}</p>
                <CodeForm keep_label=move_tr!("sponsor-keep") />
            </section>
        })}
        <RemoveData />
    }
}
