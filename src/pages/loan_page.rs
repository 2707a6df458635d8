//! `/loan`: what a family's travel loan will cost each month, from when to when.
//!
//! The sums are `passage_core::loan`'s; this page reads the inputs in the person's own digits,
//! shows errors GOV.UK-style (summary at the top, message by the field) and words the answer.

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr, I18n};
use passage_core::loan::{self, LoanError, LoanRules, NumberStyle, Repayment, YearMonth};
use passage_core::money::Cents;

use crate::format;
use crate::i18n::set_document_title;
use crate::loan_rules::{self, CurrentRules, Provenance};
use crate::router::use_location;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Known,
    Estimate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Amount,
    Travellers,
    Fare,
    Month,
    Year,
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Amount => "loan-amount",
            Field::Travellers => "loan-travellers",
            Field::Fare => "loan-fare",
            Field::Month => "loan-month",
            Field::Year => "loan-year",
        }
    }
}

/// A computed answer: the repayment, and for estimates from fares the travel cost and what IOM
/// pays above the cap.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Answer {
    repayment: Repayment,
    fares: Option<(Cents, Cents)>,
}

/// The inputs as typed (kept as typed, so nothing is lost on an error).
#[derive(Clone, Copy)]
struct Inputs {
    mode: RwSignal<Mode>,
    amount: RwSignal<String>,
    travellers: RwSignal<String>,
    fare: RwSignal<String>,
    month: RwSignal<String>,
    year: RwSignal<String>,
}

fn evaluate(
    inputs: Inputs,
    style: NumberStyle,
    rules: &LoanRules,
) -> Result<Answer, Vec<(Field, LoanError)>> {
    let mut errors = Vec::new();
    let month = inputs
        .month
        .with(|m| loan::parse_whole(m, style))
        .ok()
        .filter(|m| (1..=12).contains(m));
    if month.is_none() {
        errors.push((Field::Month, LoanError::DateOutOfRange));
    }
    let year = inputs
        .year
        .with(|y| loan::parse_whole(y, style))
        .ok()
        .and_then(|y| i32::try_from(y).ok());
    let year = year.filter(|y| loan::YEARS.contains(y));
    if year.is_none() {
        errors.push((Field::Year, LoanError::DateOutOfRange));
    }
    let arrival = month.zip(year).and_then(|(m, y)| YearMonth::new(y, m).ok());

    match inputs.mode.get() {
        Mode::Known => {
            let amount = inputs.amount.with(|a| loan::parse_amount(a, style));
            match (amount, arrival) {
                (Ok(amount), Some(arrival)) if errors.is_empty() => {
                    return loan::repayment(amount, arrival, rules)
                        .map(|repayment| Answer {
                            repayment,
                            fares: None,
                        })
                        .map_err(|err| vec![(Field::Amount, err)]);
                }
                (Err(err), _) => errors.insert(0, (Field::Amount, err)),
                _ => {}
            }
        }
        Mode::Estimate => {
            let travellers = inputs.travellers.with(|t| loan::parse_travellers(t, style));
            let fare = inputs.fare.with(|f| loan::parse_amount(f, style));
            if let Err(err) = fare {
                errors.insert(0, (Field::Fare, err));
            }
            if let Err(err) = travellers {
                errors.insert(0, (Field::Travellers, err));
            }
            if let (Ok(travellers), Ok(fare), Some(arrival)) = (travellers, fare, arrival) {
                if errors.is_empty() {
                    return loan::estimate_from_fares(travellers, fare, arrival, rules)
                        .map(|e| Answer {
                            repayment: e.repayment,
                            fares: Some((e.travel_cost, e.paid_by_iom)),
                        })
                        .map_err(|err| vec![(Field::Fare, err)]);
                }
            }
        }
    }
    Err(errors)
}

fn error_text(field: Field, error: LoanError, lang: &'static str, rules: &LoanRules) -> String {
    let example = format::amount(Cents::units(4_800), lang);
    match (field, error) {
        (Field::Month, _) => tr!("loan-error-month"),
        (Field::Year, _) => tr!("loan-error-year", {
            "from" => format::plain_number(i64::from(*loan::YEARS.start()), lang),
            "to" => format::plain_number(i64::from(*loan::YEARS.end()), lang),
        }),
        (Field::Travellers, _) => {
            tr!("loan-error-travellers", { "max" => format::number(i64::from(loan::MAX_TRAVELLERS), lang) })
        }
        (_, LoanError::Empty) => tr!("loan-error-empty"),
        (_, LoanError::NotANumber) => tr!("loan-error-not-a-number", { "example" => example }),
        (_, LoanError::Zero) => tr!("loan-error-zero"),
        (_, LoanError::Negative) => tr!("loan-error-negative"),
        (_, LoanError::TooLarge) => {
            tr!("loan-error-too-large", { "max" => format::money(loan::MAX_AMOUNT, lang) })
        }
        (_, LoanError::TooManyDecimals) => tr!("loan-error-too-many-decimals"),
        (_, LoanError::AboveFamilyCap) => {
            tr!("loan-error-above-cap", { "cap" => format::money(rules.family_cap, lang) })
        }
        (_, LoanError::DateOutOfRange | LoanError::TravellersOutOfRange | LoanError::BadPolicy) => {
            tr!("loan-error-policy")
        }
    }
}

/// Moves keyboard focus to the element with `id` (links in the error summary).
fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
}

#[component]
pub fn LoanPage() -> impl IntoView {
    set_document_title(|| tr!("loan-title"));
    let i18n = expect_context::<I18n>();
    let lang = move || i18n.language.get().id;

    // A share link fills the form: /loan?mode=estimate&people=4&fare=1200&month=3&year=2027
    let location = use_location();
    let param = |key: &str| location.param(key).unwrap_or_default();
    let inputs = Inputs {
        mode: RwSignal::new(if param("mode") == "estimate" {
            Mode::Estimate
        } else {
            Mode::Known
        }),
        amount: RwSignal::new(param("amount")),
        travellers: RwSignal::new(param("people")),
        fare: RwSignal::new(param("fare")),
        month: RwSignal::new(param("month")),
        year: RwSignal::new(param("year")),
    };
    let touched = RwSignal::new(Vec::<Field>::new());
    let submitted = RwSignal::new(false);
    let touch = move |field: Field| {
        touched.update(|t| {
            if !t.contains(&field) {
                t.push(field)
            }
        })
    };

    // Rules: start with the saved (or built-in) copy, then ask the API for the latest.
    let current = RwSignal::new(loan_rules::initial());
    let offline = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        match crate::api::loan_policy().await {
            Ok((policy, json)) => {
                let now = js_sys::Date::new_0();
                let today = chrono::NaiveDate::from_ymd_opt(
                    now.get_utc_full_year() as i32,
                    now.get_utc_month() + 1,
                    now.get_utc_date(),
                );
                if let Some(today) = today {
                    loan_rules::save(&json, today);
                }
                current.set(CurrentRules {
                    policy,
                    provenance: Provenance::Live,
                });
            }
            Err(_) => offline.set(true),
        }
    });
    let rules = move || current.with(|c| LoanRules::try_from(&c.policy));

    let style = move || format::number_style(lang());
    let evaluation = Memo::new(move |_| match rules() {
        Ok(rules) => evaluate(inputs, style(), &rules),
        Err(err) => Err(vec![(Field::Amount, err)]),
    });
    let errors = move || evaluation.with(|e| e.as_ref().err().cloned().unwrap_or_default());
    let shown_error = move |field: Field| {
        let visible = submitted.get() || touched.with(|t| t.contains(&field));
        if !visible {
            return None;
        }
        let error = errors().into_iter().find(|(f, _)| *f == field)?;
        let rules = rules().ok()?;
        Some(error_text(field, error.1, lang(), &rules))
    };

    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        if evaluation.with(|e| e.is_err()) {
            request_animation_frame(move || {
                if let Some(summary) = summary_ref.get() {
                    let _ = summary.focus();
                }
            });
        } else {
            request_animation_frame(|| focus("loan-result-heading"));
        }
    };

    let schedule_open = RwSignal::new(false);
    let number_header = move_tr!("loan-schedule-number");
    let month_header = move_tr!("loan-schedule-month");
    let amount_header = move_tr!("loan-schedule-amount");
    let before_print =
        window_event_listener(leptos::ev::beforeprint, move |_| schedule_open.set(true));
    on_cleanup(move || before_print.remove());

    let field_view = move |field: Field,
                           label: Signal<String>,
                           hint: Option<Signal<String>>,
                           value: RwSignal<String>,
                           inputmode: &'static str| {
        let id = field.id();
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let described = {
            let hint_id = hint_id.clone();
            let error_id = error_id.clone();
            let has_hint = hint.is_some();
            move || {
                let mut ids = Vec::new();
                if has_hint {
                    ids.push(hint_id.clone());
                }
                if shown_error(field).is_some() {
                    ids.push(error_id.clone());
                }
                ids.join(" ")
            }
        };
        view! {
            <div class="field" class:field--error=move || shown_error(field).is_some()>
                <label class="field__label" for=id>{label}</label>
                {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
                {move || shown_error(field).map(|message| view! {
                    <p class="field__error" id=error_id.clone()>{message}</p>
                })}
                <input
                    class="field__input"
                    class:field__input--short=matches!(field, Field::Month | Field::Year | Field::Travellers)
                    id=id
                    name=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=described
                    aria-invalid=move || if shown_error(field).is_some() { "true" } else { "false" }
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:change=move |_| touch(field)
                />
            </div>
        }
    };

    let answer = move || evaluation.get().ok();
    let share = move || {
        let month = inputs.month.get();
        let year = inputs.year.get();
        let style = style();
        let as_param = |text: &str| {
            loan::parse_amount(text, style)
                .ok()
                .map(|c| format!("{}.{:02}", c.0 / 100, c.0 % 100))
        };
        let whole = |text: &str| loan::parse_whole(text, style).ok().map(|n| n.to_string());
        let when = format!(
            "month={}&year={}",
            whole(&month).unwrap_or_default(),
            whole(&year).unwrap_or_default()
        );
        match inputs.mode.get() {
            Mode::Known => format!(
                "/loan?mode=known&amount={}&{when}",
                inputs.amount.with(|a| as_param(a)).unwrap_or_default()
            ),
            Mode::Estimate => format!(
                "/loan?mode=estimate&people={}&fare={}&{when}",
                inputs.travellers.with(|t| whole(t)).unwrap_or_default(),
                inputs.fare.with(|f| as_param(f)).unwrap_or_default()
            ),
        }
    };

    let mode_radio =
        move |mode: Mode, id: &'static str, label: Signal<String>, hint: Signal<String>| {
            view! {
                <div class="radio">
                    <input
                        class="radio__input"
                        type="radio"
                        name="loan-mode"
                        id=id
                        aria-describedby=format!("{id}-hint")
                        prop:checked=move || inputs.mode.get() == mode
                        on:change=move |_| inputs.mode.set(mode)
                    />
                    <label class="radio__label" for=id>{label}</label>
                    <p class="radio__hint" id=format!("{id}-hint")>{hint}</p>
                </div>
            }
        };

    view! {
        <h1>{move_tr!("loan-title")}</h1>
        <p class="lead">{move_tr!("loan-lead")}</p>

        {move || {
            let list = errors();
            (submitted.get() && !list.is_empty()).then(|| {
                let rules = rules().ok();
                view! {
                    <div class="error-summary" tabindex="-1" node_ref=summary_ref aria-labelledby="loan-error-summary-title">
                        <h2 id="loan-error-summary-title">{move_tr!("loan-error-summary-title")}</h2>
                        <ul>
                            {list.into_iter().filter_map(|(field, error)| {
                                let text = error_text(field, error, lang(), rules.as_ref()?);
                                Some(view! {
                                    <li>
                                        <a href=format!("#{}", field.id()) on:click=move |ev| {
                                            ev.prevent_default();
                                            focus(field.id());
                                        }>{text}</a>
                                    </li>
                                })
                            }).collect_view()}
                        </ul>
                    </div>
                }
            })
        }}

        <form class="loan-form" novalidate on:submit=on_submit>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{move_tr!("loan-mode-legend")}</legend>
                {mode_radio(Mode::Known, "loan-mode-known", move_tr!("loan-mode-known"), move_tr!("loan-mode-known-hint"))}
                {mode_radio(Mode::Estimate, "loan-mode-estimate", move_tr!("loan-mode-estimate"), move_tr!("loan-mode-estimate-hint"))}
            </fieldset>

            {move || match inputs.mode.get() {
                Mode::Known => field_view(
                    Field::Amount,
                    move_tr!("loan-amount-label"),
                    Some(Signal::derive(move || tr!("loan-amount-hint", { "example" => format::amount(Cents::units(4_800), lang()) }))),
                    inputs.amount,
                    "decimal",
                ).into_any(),
                Mode::Estimate => view! {
                    {field_view(Field::Travellers, move_tr!("loan-travellers-label"), None, inputs.travellers, "numeric")}
                    {field_view(
                        Field::Fare,
                        move_tr!("loan-fare-label"),
                        Some(Signal::derive(move || {
                            let fee = rules().map(|r| r.iom_fee_per_person).unwrap_or_default();
                            tr!("loan-fare-hint", { "fee" => format::money(fee, lang()) })
                        })),
                        inputs.fare,
                        "decimal",
                    )}
                }.into_any(),
            }}

            <fieldset class="fieldset" aria-describedby="loan-arrival-hint">
                <legend class="fieldset__legend">{move_tr!("loan-arrival-legend")}</legend>
                <p class="field__hint" id="loan-arrival-hint">
                    {move || tr!("loan-arrival-hint", { "year" => format::plain_number(2027, lang()) })}
                </p>
                <div class="date-input">
                    {field_view(Field::Month, move_tr!("loan-arrival-month"), None, inputs.month, "numeric")}
                    {field_view(Field::Year, move_tr!("loan-arrival-year"), None, inputs.year, "numeric")}
                </div>
            </fieldset>

            <button class="button" type="submit">{move_tr!("loan-submit")}</button>
        </form>

        {move || answer().map(|answer| {
            let plan = answer.repayment.clone();
            let lang = lang();
            let rules = rules().ok();
            view! {
                <section class="result" aria-labelledby="loan-result-heading">
                    <h2 id="loan-result-heading" tabindex="-1">{move_tr!("loan-result-heading")}</h2>
                    <p class="result__summary" aria-live="polite">
                        {tr!("loan-result-summary", {
                            "amount" => format::money(plan.monthly, lang),
                            "months" => plan.months,
                            "months-text" => format::number(i64::from(plan.months), lang),
                            "first" => format::month_year(plan.first_month, lang),
                            "last" => format::month_year(plan.last_month, lang),
                        })}
                    </p>
                    <p>{tr!("loan-result-total", { "total" => format::money(plan.total(), lang) })}</p>
                    {answer.fares.map(|(cost, paid_by_iom)| {
                        let fee = rules.as_ref().map(|r| r.iom_fee_per_person).unwrap_or_default();
                        let cap = rules.as_ref().map(|r| r.family_cap).unwrap_or_default();
                        view! {
                            <p>{tr!("loan-result-from-fares", {
                                "loan" => format::money(plan.loan, lang),
                                "fee" => format::money(fee, lang),
                            })}</p>
                            {(paid_by_iom.0 > 0).then(|| view! {
                                <p class="callout">{tr!("loan-result-iom-pays", {
                                    "cost" => format::money(cost, lang),
                                    "cap" => format::money(cap, lang),
                                    "excess" => format::money(paid_by_iom, lang),
                                })}</p>
                            })}
                        }
                    })}
                    <p class="callout">{move_tr!("loan-estimate-note")}</p>
                    <details class="schedule" prop:open=move || schedule_open.get()
                        on:toggle=move |ev| {
                            let open = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(event_target::<web_sys::Element>(&ev)).map(|d| d.open()).unwrap_or(false);
                            schedule_open.set(open);
                        }>
                        <summary>{move_tr!("loan-schedule-summary")}</summary>
                        {move || schedule_open.get().then(|| {
                            let rows = plan.schedule.clone();
                            view! {
                                <table class="schedule__table">
                                    <thead>
                                        <tr>
                                            <th scope="col">{number_header}</th>
                                            <th scope="col">{month_header}</th>
                                            <th scope="col" class="numeric">{amount_header}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows.into_iter().map(|row| view! {
                                            <tr>
                                                <td>{format::number(i64::from(row.number), lang)}</td>
                                                <td>{format::month_year(row.month, lang)}</td>
                                                <td class="numeric">{format::money(row.amount, lang)}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }
                        })}
                    </details>
                    <p class="share">
                        <a href=share>{move_tr!("loan-share-label")}</a>
                        <span class="field__hint">" "{move_tr!("loan-share-hint")}</span>
                    </p>
                    <p class="no-print">
                        <button class="button button--secondary" type="button" on:click=move |_| {
                            schedule_open.set(true);
                            request_animation_frame(|| { let _ = window().print(); });
                        }>{move_tr!("loan-print")}</button>
                    </p>
                </section>
            }
        })}

        <section class="hardship" aria-labelledby="loan-hardship-heading">
            <h2 id="loan-hardship-heading">{move_tr!("loan-hardship-heading")}</h2>
            <p>{move_tr!("loan-hardship-ask")}</p>
            <p>{move_tr!("loan-hardship-deport")}</p>
            <p>{move_tr!("loan-hardship-sponsor")}</p>
        </section>

        <p class="rules-note">
            {move || {
                let (checked, saved) = current.with(|c| (
                    loan_rules::checked(&c.policy),
                    match c.provenance { Provenance::Saved(date) => Some(date), _ => None },
                ));
                let lang = lang();
                match saved.filter(|_| offline.get()) {
                    Some(date) => tr!("loan-rules-saved", { "date" => format::date(date, lang) }),
                    None => tr!("loan-rules-checked", { "date" => format::date(checked, lang) }),
                }
            }}
        </p>
    }
}
