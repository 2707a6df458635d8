//! `/loan`: what a family's travel loan will cost each month, from when to when.
//!
//! The sums are `passage_core::loan`'s and the form's logic is `loan_form`'s; this page reads the
//! inputs in the person's own digits, shows errors GOV.UK-style (validated on submit: a summary
//! at the top, a message by each field) and words the answer, which updates as they type.

use crate::i18n::{move_tr, tr, use_i18n};
use leptos::prelude::*;
use passage_core::loan::{self, LoanError, LoanRules, Repayment};
use passage_core::money::Cents;

use crate::api::ApiError;
use crate::components::error_summary::ErrorSummary;
use crate::components::field::TextField;
use crate::format;
use crate::i18n::set_document_title;
use crate::loan_form::{self, Answer, Field, Inputs, Mode};
use crate::loan_rules::{self, CurrentRules, Provenance};
use crate::router::use_location;

/// The message for a field's error, in the person's language.
fn error_text(field: Field, error: LoanError, mode: Mode, lang: &str) -> String {
    let example = format::amount(Cents::units(4_800), lang);
    match (field, error) {
        (_, LoanError::BeforeRules(from)) => tr!("loan-error-before-rules", {
            "month" => format::month_year(from, lang),
        }),
        (Field::Month, _) => tr!("loan-error-month"),
        (Field::Year, _) => tr!("loan-error-year", {
            "from" => format::plain_number(i64::from(*loan::YEARS.start()), lang),
            "to" => format::plain_number(i64::from(*loan::YEARS.end()), lang),
        }),
        (Field::Travellers, _) => {
            tr!("loan-error-travellers", { "max" => format::number(i64::from(loan::MAX_TRAVELLERS), lang) })
        }
        (_, LoanError::Empty) => match mode {
            Mode::Known => tr!("loan-error-empty"),
            Mode::Estimate => tr!("loan-error-fare-empty"),
        },
        (
            _,
            LoanError::NotANumber | LoanError::DateOutOfRange | LoanError::TravellersOutOfRange,
        ) => {
            tr!("loan-error-not-a-number", { "example" => example })
        }
        (_, LoanError::BadMarks) => tr!("loan-error-bad-marks", { "example" => example }),
        (_, LoanError::Zero) => tr!("loan-error-zero"),
        (_, LoanError::Negative) => tr!("loan-error-negative"),
        (_, LoanError::TooLarge) => {
            tr!("loan-error-too-large", { "max" => format::money(loan::MAX_AMOUNT, lang) })
        }
        (_, LoanError::TooManyDecimals) => tr!("loan-error-too-many-decimals"),
    }
}

/// The answer in one sentence (shown, and announced by the live region).
fn summary_text(answer: &Answer, lang: &str) -> String {
    let plan = &answer.repayment;
    tr!("loan-result-summary", {
        "amount" => format::money(plan.monthly, lang),
        "months" => plan.months,
        "months-text" => format::number(i64::from(plan.months), lang),
        "first" => format::month_year(plan.first_month, lang),
        "last" => format::month_year(plan.last_month, lang),
    })
}

/// Where the rules came from, and whether the API could be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fetch {
    Waiting,
    Done,
    Offline,
    /// The server answered with an error, or with rules the estimate cannot use.
    Failed,
}

/// What the form's fields hold, as typed (in the person's own digits and marks).
#[derive(Debug, Clone, Copy)]
struct Typed {
    mode: RwSignal<Mode>,
    amount: RwSignal<String>,
    travellers: RwSignal<String>,
    fare: RwSignal<String>,
    month: RwSignal<String>,
    year: RwSignal<String>,
}

impl Typed {
    /// The inputs as they stand (tracked).
    fn inputs(self) -> Inputs {
        Inputs {
            mode: self.mode.get(),
            amount: self.amount.get(),
            travellers: self.travellers.get(),
            fare: self.fare.get(),
            month: self.month.get(),
            year: self.year.get(),
        }
    }
}

/// The form: a known amount or an estimate from fares, and the arrival month. Sent, it shows
/// the errors of the inputs as they stand (GOV.UK: validate on submit), or moves to the answer.
#[component]
fn LoanForm(
    typed: Typed,
    evaluation: Memo<Result<Answer, Vec<(Field, LoanError)>>>,
    shown_errors: RwSignal<Vec<(Field, LoanError)>>,
    /// How many times the form was sent with errors (the summary takes focus each time).
    attempts: RwSignal<u32>,
    /// The IOM fee per person, for the fare's hint.
    fee: Signal<Cents>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let Typed {
        mode,
        amount,
        travellers,
        fare,
        month,
        year,
    } = typed;
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match evaluation.get_untracked() {
            Ok(_) => {
                shown_errors.set(Vec::new());
                request_animation_frame(|| crate::router::go_to_fragment("loan-result-heading"));
            }
            Err(errors) => {
                shown_errors.set(errors);
                attempts.update(|n| *n += 1);
            }
        }
    };
    let error_for = move |field: Field| {
        Signal::derive(move || {
            let (_, error) = shown_errors.with(|e| e.iter().find(|(f, _)| *f == field).copied())?;
            Some(error_text(field, error, mode.get(), lang()))
        })
    };
    let mode_radio =
        move |value: Mode, id: &'static str, label: Signal<String>, hint: Signal<String>| {
            view! {
                <div class="radio">
                    <input
                        class="radio__input"
                        type="radio"
                        name="loan-mode"
                        id=id
                        aria-describedby=format!("{id}-hint")
                        prop:checked=move || mode.get() == value
                        on:change=move |_| mode.set(value)
                    />
                    <label class="radio__label" for=id>{label}</label>
                    <p class="radio__hint" id=format!("{id}-hint")>{hint}</p>
                </div>
            }
        };

    view! {
        <form class="loan-form" novalidate on:submit=on_submit>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">{move_tr!("loan-mode-legend")}</legend>
                {mode_radio(Mode::Known, "loan-mode-known", move_tr!("loan-mode-known"), move_tr!("loan-mode-known-hint"))}
                {mode_radio(Mode::Estimate, "loan-mode-estimate", move_tr!("loan-mode-estimate"), move_tr!("loan-mode-estimate-hint"))}
            </fieldset>

            {move || match mode.get() {
                Mode::Known => view! {
                    <TextField
                        id=Field::Amount.id()
                        label=move_tr!("loan-amount-label")
                        hint=Signal::derive(move || tr!("loan-amount-hint", { "example" => format::amount(Cents::units(4_800), lang()) }))
                        error=error_for(Field::Amount)
                        value=amount
                        inputmode="decimal"
                    />
                }.into_any(),
                Mode::Estimate => view! {
                    <TextField
                        id=Field::Travellers.id()
                        label=move_tr!("loan-travellers-label")
                        error=error_for(Field::Travellers)
                        value=travellers
                        inputmode="numeric"
                        short=true
                    />
                    <TextField
                        id=Field::Fare.id()
                        label=move_tr!("loan-fare-label")
                        hint=Signal::derive(move || tr!("loan-fare-hint", { "fee" => format::money(fee.get(), lang()) }))
                        error=error_for(Field::Fare)
                        value=fare
                        inputmode="decimal"
                    />
                }.into_any(),
            }}

            <fieldset class="fieldset fieldset--group" aria-describedby="loan-arrival-hint">
                <legend class="fieldset__legend">{move_tr!("loan-arrival-legend")}</legend>
                <p class="field__hint" id="loan-arrival-hint">
                    {move || tr!("loan-arrival-hint", {
                        "month" => format::plain_number(3, lang()),
                        "year" => format::plain_number(2027, lang()),
                    })}
                </p>
                <div class="date-input">
                    <TextField id=Field::Month.id() label=move_tr!("loan-arrival-month")
                        error=error_for(Field::Month) value=month inputmode="numeric" short=true />
                    <TextField id=Field::Year.id() label=move_tr!("loan-arrival-year")
                        error=error_for(Field::Year) value=year inputmode="numeric" short=true />
                </div>
            </fieldset>

            <button class="button" type="submit">{move_tr!("loan-submit")}</button>
        </form>

    }
}

/// The answer: the monthly amount and its span, the total, what the figure holds and leaves
/// out, the schedule of payments, a link to share it, and printing.
#[component]
fn LoanAnswer(
    answer: Answer,
    rules: Memo<LoanRules>,
    /// The address that reproduces the estimate.
    share: Signal<String>,
    /// Whether the schedule is open (printing opens it).
    schedule_open: RwSignal<bool>,
    /// The language it is written in (drawn again when it changes).
    lang: &'static str,
) -> impl IntoView {
    let plan = answer.repayment.clone();
    let (fee, cap) = rules.with(|r| (r.iom_fee_per_person, r.family_cap));
    view! {
        <section class="result" aria-labelledby="loan-result-heading">
            <h2 id="loan-result-heading" tabindex="-1">{move_tr!("loan-result-heading")}</h2>
            <p class="result__summary">{summary_text(&answer, lang)}</p>
            <p>{tr!("loan-result-total", { "total" => format::money(plan.total(), lang) })}</p>
            {answer.above_cap.then(|| view! {
                <p class="callout">{tr!("loan-result-above-cap-known", {
                    "loan" => format::money(plan.loan, lang),
                    "cap" => format::money(cap, lang),
                })}</p>
            })}
            {answer.fares.map(|fares| view! {
                <p>{tr!("loan-result-from-fares", {
                    "loan" => format::money(plan.loan, lang),
                    "fee" => format::money(fee, lang),
                })}</p>
                <p class="callout">{tr!("loan-result-lower-bound")}</p>
                {(fares.above_cap.0 > 0).then(|| view! {
                    <p class="callout">{tr!("loan-result-above-cap", {
                        "cost" => format::money(fares.travel_cost, lang),
                        "cap" => format::money(cap, lang),
                    })}</p>
                })}
            })}
            <p class="callout">{move_tr!("loan-estimate-note")}</p>
            <Schedule plan=plan open=schedule_open lang=lang />
            <p class="share">
                <a href=share aria-describedby="loan-share-hint">{move_tr!("loan-share-label")}</a>
                <span class="field__hint" id="loan-share-hint">" "{move_tr!("loan-share-hint")}</span>
            </p>
            <p class="no-print">
                <button class="button button--secondary" type="button" on:click=move |_| {
                    schedule_open.set(true);
                    request_animation_frame(|| { let _ = window().print(); });
                }>{move_tr!("loan-print")}</button>
            </p>
        </section>
    }
}

/// Every monthly payment, folded away until opened (its rows are drawn only then).
#[component]
fn Schedule(plan: Repayment, open: RwSignal<bool>, lang: &'static str) -> impl IntoView {
    view! {
        <details class="schedule" prop:open=move || open.get()
            on:toggle=move |ev| {
                let details = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDetailsElement>(event_target::<web_sys::Element>(&ev));
                open.set(details.map(|d| d.open()).unwrap_or(false));
            }>
            <summary>{move_tr!("loan-schedule-summary")}</summary>
            {move || open.get().then(|| {
                let rows = plan.schedule.clone();
                view! {
                    <table class="schedule__table">
                        <thead>
                            <tr>
                                <th scope="col">{move_tr!("loan-schedule-number")}</th>
                                <th scope="col">{move_tr!("loan-schedule-month")}</th>
                                <th scope="col" class="numeric">{move_tr!("loan-schedule-amount")}</th>
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
    }
}

/// Where the rules in use come from and when they were compared with their sources, with a
/// retry when the server could not give the latest.
#[component]
fn RulesNote(
    current: RwSignal<CurrentRules>,
    fetch: RwSignal<Fetch>,
    retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="rules-note">
            {move || {
                let lang = i18n.lang();
                let (checked, provenance) =
                    current.with(|c| (c.policy.checked(), c.provenance.clone()));
                let origin = match (fetch.get(), provenance) {
                    (Fetch::Offline, Provenance::Saved(date)) => {
                        Some(tr!("loan-rules-offline-saved", { "date" => format::date(date, lang) }))
                    }
                    (_, Provenance::Saved(date)) => {
                        Some(tr!("loan-rules-saved", { "date" => format::date(date, lang) }))
                    }
                    (Fetch::Offline, _) => Some(tr!("loan-rules-offline-built-in")),
                    (Fetch::Failed, _) => Some(tr!("loan-rules-server-error")),
                    _ => None,
                };
                let checked = match checked {
                    Some(date) => tr!("loan-rules-checked", { "date" => format::date(date, lang) }),
                    None => tr!("loan-rules-unchecked"),
                };
                match origin {
                    Some(origin) => format!("{origin} {checked}"),
                    None => checked,
                }
            }}
        </p>
        {move || matches!(fetch.get(), Fetch::Offline | Fetch::Failed).then(|| view! {
            <p class="no-print">
                <button class="button button--secondary" type="button" on:click=move |_| retry.run(())>
                    {move_tr!("loan-rules-retry")}
                </button>
            </p>
        })}
    }
}

#[component]
pub fn LoanPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let style = move || format::number_style(lang());

    // A share link fills the form, in the reader's own digits and marks.
    let location = use_location();
    let shared = loan_form::from_query(&location.search.get_untracked());
    let first_lang = untrack(move || i18n.lang());
    let money_text =
        |c: Option<Cents>| c.map(|c| format::amount(c, first_lang)).unwrap_or_default();
    let whole_text = |n: Option<u32>| {
        n.map(|n| format::plain_number(i64::from(n), first_lang))
            .unwrap_or_default()
    };
    let typed = Typed {
        mode: RwSignal::new(shared.mode),
        amount: RwSignal::new(money_text(shared.amount)),
        travellers: RwSignal::new(whole_text(shared.travellers)),
        fare: RwSignal::new(money_text(shared.fare)),
        month: RwSignal::new(whole_text(shared.month)),
        year: RwSignal::new(whole_text(shared.year)),
    };
    let mode = typed.mode;
    let inputs = move || typed.inputs();

    // Rules: start with the saved or built-in copy (the more recently checked), then ask the
    // API for the latest. Rules the estimate cannot use are never taken over.
    let current = RwSignal::new(loan_rules::initial());
    let fetch = RwSignal::new(Fetch::Waiting);
    let ask = move || {
        fetch.set(Fetch::Waiting);
        let request = crate::api::loan_policy();
        leptos::task::spawn_local(async move {
            let state = match request.await {
                Ok(answer) => {
                    match loan_rules::take_live(answer.value, &answer.text, answer.saved_on) {
                        Some(live) => {
                            current.set(live);
                            Fetch::Done
                        }
                        // Unusable rules from the server: keep the copy in use, and say so.
                        None => Fetch::Failed,
                    }
                }
                Err(ApiError::Status(_) | ApiError::TooManyAttempts(_) | ApiError::BadAnswer) => {
                    Fetch::Failed
                }
                Err(ApiError::Offline) => Fetch::Offline,
                Err(ApiError::Cancelled) => return,
            };
            fetch.set(state);
        });
    };
    ask();
    // `current` only ever holds a policy that passed validation (see loan_rules).
    let rules = Memo::new(move |_| {
        current.with(|c| LoanRules::try_from(&c.policy).expect("validated when taken"))
    });

    let evaluation =
        Memo::new(move |_| rules.with(|rules| loan_form::evaluate(&inputs(), style(), rules)));
    let answer = move || evaluation.get().ok();

    // Errors are shown as they were at the last submit (GOV.UK: validate on submit), and go
    // once the form reads.
    let shown_errors = RwSignal::new(Vec::<(Field, LoanError)>::new());
    let attempts = RwSignal::new(0u32);
    Effect::new(move |_| {
        if evaluation.with(Result::is_ok) {
            shown_errors.set(Vec::new());
        }
    });
    let fee = Signal::derive(move || rules.with(|r| r.iom_fee_per_person));
    let summary_errors = Signal::derive(move || {
        shown_errors
            .get()
            .into_iter()
            .map(|(field, error)| (field.id(), error_text(field, error, mode.get(), lang())))
            .collect::<Vec<_>>()
    });
    set_document_title(move || {
        let title = tr!("loan-title");
        if shown_errors.with(Vec::is_empty) {
            title
        } else {
            tr!("shell-error-title", { "page" => title })
        }
    });

    // One live region, always in the page, whose text changes a moment after typing stops:
    // screen readers announce the new answer once, not at every keystroke.
    let live = RwSignal::new(String::new());
    let live_timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let text = answer()
            .map(|a| summary_text(&a, lang()))
            .unwrap_or_default();
        if let Some(handle) = live_timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || live.set(text),
            std::time::Duration::from_millis(800),
        )
        .ok();
        live_timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(handle) = live_timer.get_value() {
            handle.clear();
        }
    });

    let schedule_open = RwSignal::new(false);
    let before_print =
        window_event_listener(leptos::ev::beforeprint, move |_| schedule_open.set(true));
    on_cleanup(move || before_print.remove());

    let share = move || i18n.href(&loan_form::share_path(&inputs(), style()));

    view! {
        <h1>{move_tr!("loan-title")}</h1>
        <p class="lead">{move_tr!("loan-lead")}</p>

        <ErrorSummary title=move_tr!("loan-error-summary-title") errors=summary_errors attempts=attempts />
        <noscript>
            <p class="callout">{move_tr!("loan-noscript")}</p>
        </noscript>

        <LoanForm typed=typed evaluation=evaluation shown_errors=shown_errors attempts=attempts fee=fee />

        <p class="visually-hidden" aria-live="polite" aria-atomic="true" id="loan-live">
            {move || live.get()}
        </p>

        {move || answer().map(|answer| view! {
            <LoanAnswer answer=answer rules=rules share=Signal::derive(share) schedule_open=schedule_open lang=lang() />
        })}

        <section class="hardship" aria-labelledby="loan-hardship-heading">
            <h2 id="loan-hardship-heading">{move_tr!("loan-hardship-heading")}</h2>
            <p>{move_tr!("loan-hardship-ask")}</p>
            <p>{move_tr!("loan-hardship-deport")}</p>
            <p>{move_tr!("loan-hardship-sponsor")}</p>
        </section>

        <RulesNote current=current fetch=fetch retry=Callback::new(move |()| ask()) />
    }
}
