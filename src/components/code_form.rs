//! The access code form, shared by the traveller's, the sponsor's and the returnee's pages.

use leptos::prelude::*;
use passage_core::access_code::{AccessCode, CodeError};

use crate::api::{self, ApiError};
use crate::case::use_case;
use crate::components::error_summary::ErrorSummary;
use crate::components::field::TextField;
use crate::format;
use crate::i18n::{move_tr, tr, use_i18n};

/// Why a code did not open a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Code(CodeError),
    Api(ApiError),
}

fn message(problem: Problem, lang: &str) -> String {
    match problem {
        Problem::Code(CodeError::Empty) => tr!("code-error-empty"),
        Problem::Code(CodeError::WrongLength { found }) => tr!("code-error-length", {
            "found" => found as i64,
            "found-text" => format::number(found as i64, lang),
            "wanted" => format::number(passage_core::access_code::CODE_CHARS as i64, lang),
        }),
        Problem::Code(CodeError::InvalidCharacter) => tr!("code-error-character"),
        Problem::Code(CodeError::CheckFailed) => tr!("code-error-typo"),
        Problem::Api(ApiError::Status(401)) => tr!("code-error-unknown"),
        Problem::Api(ApiError::TooManyAttempts(seconds)) => {
            let minutes = i64::from(seconds.div_ceil(60));
            tr!("code-error-too-many", {
                "minutes" => minutes,
                "minutes-text" => format::number(minutes, lang),
            })
        }
        Problem::Api(ApiError::Offline) => tr!("code-error-offline"),
        Problem::Api(ApiError::Status(_) | ApiError::BadAnswer | ApiError::Cancelled) => {
            tr!("code-error-server")
        }
    }
}

/// The code printed on the IOM letter, checked on the device first: its check character
/// catches a mistyped character or two swapped ones before anything is sent. A good code goes
/// to the API in the Authorization header only; the case it opens goes to its own page (a
/// sponsor's code typed on the appointments page opens the sponsor's page). What was typed
/// stays on every error. `keep_label` words the choice to keep the case on this phone.
#[component]
pub fn CodeForm(
    #[prop(into)] keep_label: Signal<String>,
    /// Leave out the "keep on this phone" choice (when the page already shows it).
    #[prop(optional)]
    without_keep: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_case();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let attempts = RwSignal::new(0u32);
    let busy = RwSignal::new(false);
    let location = crate::router::use_location();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let code = match AccessCode::parse(&typed.get_untracked()) {
            Ok(code) => code,
            Err(error) => {
                problem.set(Some(Problem::Code(error)));
                attempts.update(|n| *n += 1);
                return;
            }
        };
        busy.set(true);
        let request = api::me(code);
        leptos::task::spawn_local(async move {
            let answer = request.await;
            busy.set(false);
            match answer {
                Ok(answer) => match store.open(answer.text, crate::clock::today()) {
                    Ok(elsewhere) => {
                        problem.set(None);
                        // Another role's code: its own page (a page load) shows the case.
                        if let Some(role) = elsewhere {
                            location.navigate(&i18n.href(role.page()));
                        }
                    }
                    Err(error) => {
                        problem.set(Some(Problem::Api(error)));
                        attempts.update(|n| *n += 1);
                    }
                },
                Err(ApiError::Cancelled) => {}
                Err(error) => {
                    problem.set(Some(Problem::Api(error)));
                    attempts.update(|n| *n += 1);
                }
            }
        });
    };
    let error = Signal::derive(move || problem.get().map(|p| message(p, i18n.lang())));
    let errors = Signal::derive(move || {
        error
            .get()
            .map(|text| vec![("access-code", text)])
            .unwrap_or_default()
    });
    view! {
        <ErrorSummary title=move_tr!("code-error-summary-title") errors=errors attempts=attempts id="code-error-summary" />
        <form class="code-form" novalidate on:submit=on_submit>
            <TextField
                id="access-code"
                label=move_tr!("code-label")
                hint=Signal::derive(move || tr!("code-hint", { "example" => "7K3M9Q-T2XV8R-4WH6PD" }))
                error=error
                value=typed
                inputmode="text"
                autocomplete="off"
                autocapitalize="characters"
            />
            {(!without_keep).then(|| view! { <KeepChoice label=keep_label /> })}
            <button class="button" type="submit" prop:disabled=move || busy.get()>
                {move_tr!("code-submit")}
            </button>
        </form>
    }
}

/// Under an opened case: the choice to keep it on this phone, and a way to open it again with
/// the code (to refresh it). Left out of a printout unless `printed`.
#[component]
pub fn KeepCase(
    #[prop(into)] keep_label: Signal<String>,
    #[prop(into)] refresh_label: Signal<String>,
    #[prop(optional)] printed: bool,
) -> impl IntoView {
    let screen = if printed { "" } else { " no-print" };
    view! {
        <KeepChoice label=keep_label screen=screen />
        <details class=format!("refresh{screen}")>
            <summary>{refresh_label}</summary>
            <CodeForm keep_label=keep_label without_keep=true />
        </details>
    }
}

/// The choice to keep the case on this phone, with its hint; `screen` is added to their classes
/// (" no-print" leaves them out of a printout).
#[component]
fn KeepChoice(
    #[prop(into)] label: Signal<String>,
    #[prop(optional)] screen: &'static str,
) -> impl IntoView {
    let store = use_case();
    view! {
        <div class=format!("checkbox{screen}")>
            <input class="checkbox__input" type="checkbox" id="keep-case"
                aria-describedby="keep-case-hint"
                prop:checked=move || store.kept.get()
                on:change=move |ev| store.keep(event_target_checked(&ev)) />
            <label class="checkbox__label" for="keep-case">{label}</label>
        </div>
        <p class=format!("field__hint{screen}") id="keep-case-hint">{move_tr!("code-keep-hint")}</p>
    }
}
