//! The only place that does HTTP (through gloo-net): one typed function per endpoint, each
//! with a timeout, each cancelled when the page that asked is left.

use std::future::Future;

use leptos::prelude::on_cleanup;
use passage_core::access_code::AccessCode;
use passage_core::messages::Catalog;
use passage_core::wire::{
    LoanPolicy, Module, OrientationAll, OrientationList, Reintegration, SessionList, Sponsorship,
};
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use wasm_bindgen::{closure::Closure, JsCast};

/// How long a request may take before it is abandoned (slow networks are common).
const TIMEOUT_MS: i32 = 15_000;

/// Why an API answer could not be had. Pages word each one in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiError {
    /// No network, or no answer before the timeout.
    Offline,
    /// The server answered with an error status (5xx: its problem; 4xx: the request's).
    Status(u16),
    /// Too many attempts: try again after this many seconds (`429` with `Retry-After`).
    TooManyAttempts(u32),
    /// An answer came, but not one the app can read (a broken body, or a Wi-Fi login page).
    BadAnswer,
    /// The page that asked was left: nobody is waiting for the answer.
    Cancelled,
}

/// An answer, with its body as received (for keeping on the device) and, when it is an answer
/// saved earlier (the service worker keeps public answers), the day it was made.
pub struct Answer<T> {
    pub value: T,
    pub text: String,
    pub saved_on: Option<chrono::NaiveDate>,
}

/// An answer older than this is shown as saved, with its date.
const FRESH_MS: f64 = 60.0 * 60.0 * 1000.0;

/// `GET /api/v1/loan-policy`.
pub fn loan_policy() -> impl Future<Output = Result<Answer<LoanPolicy>, ApiError>> {
    get_json("/api/v1/loan-policy".to_owned(), None, decode)
}

/// `GET /api/v1/sessions`: every session. The page leaves out those already begun, so the
/// answer's address is the same every day, and the one saved for use offline is found on any
/// later day.
pub fn sessions() -> impl Future<Output = Result<Answer<SessionList>, ApiError>> {
    get_json("/api/v1/sessions".to_owned(), None, decode)
}

/// `GET /api/v1/me` for an access code, sent in the Authorization header only: never in an
/// address, a history entry or a log. The service worker never keeps the answer. The answer
/// comes as text: the case store reads it for its part (`case::decode_for`).
pub fn me(code: AccessCode) -> impl Future<Output = Result<Answer<()>, ApiError>> {
    get_json(
        "/api/v1/me".to_owned(),
        Some(format!("Bearer {}", code.canonical())),
        |_| Ok(()),
    )
}

/// `GET /api/v1/orientation?lang=`: the topics' list.
pub fn orientation_list(
    lang: &str,
) -> impl Future<Output = Result<Answer<OrientationList>, ApiError>> {
    get_json(format!("/api/v1/orientation?lang={lang}"), None, decode)
}

/// `GET /api/v1/orientation/{slug}?lang=`: one topic.
pub fn module(slug: &str, lang: &str) -> impl Future<Output = Result<Answer<Module>, ApiError>> {
    get_json(
        format!("/api/v1/orientation/{slug}?lang={lang}"),
        None,
        decode,
    )
}

/// `GET /api/v1/orientation-all?lang=`: every topic in full (to search, or to keep offline).
pub fn orientation_all(
    lang: &str,
) -> impl Future<Output = Result<Answer<OrientationAll>, ApiError>> {
    get_json(format!("/api/v1/orientation-all?lang={lang}"), None, decode)
}

/// `GET /api/v1/sponsorship`.
pub fn sponsorship() -> impl Future<Output = Result<Answer<Sponsorship>, ApiError>> {
    get_json("/api/v1/sponsorship".to_owned(), None, decode)
}

/// `GET /api/v1/reintegration`.
pub fn reintegration() -> impl Future<Output = Result<Answer<Reintegration>, ApiError>> {
    get_json("/api/v1/reintegration".to_owned(), None, decode)
}

/// Downloads a file of the app for the service worker to keep (the answer itself is not
/// needed here).
pub async fn prefetch(url: &str) -> Result<(), ApiError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| ApiError::Offline)?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    response.binary().await.map_err(|_| ApiError::BadAnswer)?;
    Ok(())
}

/// One language's messages (`/l10n/ar-<hash>.json`, named by the page).
pub async fn messages(url: &str) -> Result<Catalog, ApiError> {
    get_json(url.to_owned(), None, decode)
        .await
        .map(|answer| answer.value)
}

/// The day an answer was made, from its `Date` header, when that is over an hour ago.
fn saved_on(date: &str) -> Option<chrono::NaiveDate> {
    let made = js_sys::Date::new(&date.into());
    let age = crate::clock::now().timestamp_millis() as f64 - made.get_time();
    if age.is_nan() || age <= FRESH_MS {
        return None;
    }
    chrono::NaiveDate::from_ymd_opt(
        made.get_utc_full_year() as i32,
        made.get_utc_month() + 1,
        made.get_utc_date(),
    )
}

/// Decodes JSON text into a wire type (the browser parses, serde maps).
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    let value = js_sys::JSON::parse(text).map_err(|_| ApiError::BadAnswer)?;
    serde_wasm_bindgen::from_value(value).map_err(|_| ApiError::BadAnswer)
}

/// Starts a GET now, tied to the current page: leaving the page aborts it.
fn get_json<T>(
    path: String,
    authorization: Option<String>,
    decode: fn(&str) -> Result<T, ApiError>,
) -> impl Future<Output = Result<Answer<T>, ApiError>> {
    let controller = web_sys::AbortController::new().ok();
    if let Some(controller) = controller.clone() {
        let controller = SendWrapper::new(controller);
        on_cleanup(move || controller.abort());
    }
    async move {
        let controller = controller.ok_or(ApiError::Offline)?;
        let window = web_sys::window().ok_or(ApiError::Offline)?;
        let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
        let abort = {
            let controller = controller.clone();
            let timed_out = timed_out.clone();
            Closure::once(move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let timer = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.as_ref().unchecked_ref(),
                TIMEOUT_MS,
            )
            .ok();
        let result = async {
            let mut request =
                gloo_net::http::Request::get(&path).abort_signal(Some(&controller.signal()));
            if let Some(authorization) = &authorization {
                request = request.header("Authorization", authorization);
            }
            let response = request.send().await.map_err(|_| ApiError::Offline)?;
            if response.status() == 429 {
                let wait = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(60);
                return Err(ApiError::TooManyAttempts(wait));
            }
            if !response.ok() {
                return Err(ApiError::Status(response.status()));
            }
            let date = response.headers().get("date");
            // (A personal answer is never saved: its date is the server's clock now.)
            if let Some(date) = &date {
                crate::clock::compare_with_server(date, authorization.is_some());
            }
            let saved_on = date.and_then(|date| saved_on(&date));
            let text = response.text().await.map_err(|_| ApiError::BadAnswer)?;
            Ok(Answer {
                value: decode(&text)?,
                saved_on,
                text,
            })
        }
        .await;
        if let Some(timer) = timer {
            window.clear_timeout_with_handle(timer);
        }
        drop(abort);
        match result {
            Err(_) if controller.signal().aborted() && !timed_out.get() => Err(ApiError::Cancelled),
            other => other,
        }
    }
}
