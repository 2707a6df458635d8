//! The only place that does HTTP: one typed function per endpoint, each with a timeout.

use passage_core::wire::LoanPolicy;
use serde::de::DeserializeOwned;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

/// How long a request may take before it is abandoned (slow networks are common).
const TIMEOUT_MS: i32 = 15_000;

/// Why an API answer could not be had. Pages word each one in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiError {
    /// No network, or the request was abandoned after the timeout.
    Offline,
    /// The server answered with an error status.
    Status(u16),
    /// The answer was not what the app expects.
    BadAnswer,
}

/// `GET /api/v1/loan-policy`, with the body as received (for keeping on the device).
pub async fn loan_policy() -> Result<(LoanPolicy, String), ApiError> {
    get_json("/api/v1/loan-policy").await
}

/// Decodes JSON text into a wire type (the browser parses, serde maps).
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    let value = js_sys::JSON::parse(text).map_err(|_| ApiError::BadAnswer)?;
    serde_wasm_bindgen::from_value(value).map_err(|_| ApiError::BadAnswer)
}

async fn get_json<T: DeserializeOwned>(path: &str) -> Result<(T, String), ApiError> {
    let window = web_sys::window().ok_or(ApiError::Offline)?;
    let controller = web_sys::AbortController::new().map_err(|_| ApiError::Offline)?;
    let abort = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            TIMEOUT_MS,
        )
        .ok();
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let result = async {
        let response = JsFuture::from(window.fetch_with_str_and_init(path, &init))
            .await
            .map_err(|_| ApiError::Offline)?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| ApiError::BadAnswer)?;
        if !response.ok() {
            return Err(ApiError::Status(response.status()));
        }
        let text = JsFuture::from(response.text().map_err(|_| ApiError::BadAnswer)?)
            .await
            .map_err(|_| ApiError::Offline)?;
        let text = text.as_string().ok_or(ApiError::BadAnswer)?;
        Ok((decode(&text)?, text))
    }
    .await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    drop(abort);
    result
}
