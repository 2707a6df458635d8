//! The API's one error type, answered as RFC 9457 `application/problem+json`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use passage_core::wire::Problem;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// Every way a request can fail. The `detail` texts are safe to show: they never echo what
/// the client sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No route or file at this path.
    NotFound(&'static str),
    /// Anything else that is the client's doing, with the status that names it.
    Client(StatusCode, &'static str),
}

impl ApiError {
    fn status(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Client(status, _) => *status,
        }
    }

    fn detail(&self) -> &'static str {
        match self {
            ApiError::NotFound(detail) | ApiError::Client(_, detail) => detail,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        problem_response(self.status(), Some(self.detail()))
    }
}

/// A problem+json response for `status`.
pub fn problem_response(status: StatusCode, detail: Option<&str>) -> Response {
    let problem = Problem {
        kind: "about:blank".to_owned(),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail: detail.map(str::to_owned),
    };
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
