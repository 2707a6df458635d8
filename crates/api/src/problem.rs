//! The API's one error type, answered as RFC 9457 `application/problem+json`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use passage_core::wire::Problem;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// Every way a request can fail. Details never echo secrets, and echo the client's words only
/// where they are a short plain name (an unknown parameter, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No route, file or item at this address.
    NotFound(&'static str),
    /// The request is malformed: what is wrong, in a sentence.
    BadRequest(String),
    /// No valid access code. The same answer for missing, malformed, unknown and revoked codes.
    Unauthorized,
    /// Too many failed attempts; try again after this many seconds.
    TooManyRequests { retry_after: u64 },
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::NotFound(detail) => problem_response(StatusCode::NOT_FOUND, Some(detail)),
            ApiError::BadRequest(detail) => {
                problem_response(StatusCode::BAD_REQUEST, Some(&detail))
            }
            ApiError::Unauthorized => {
                let mut response = problem_response(
                    StatusCode::UNAUTHORIZED,
                    Some("Send a valid access code as: Authorization: Bearer <code>."),
                );
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
                response
            }
            ApiError::TooManyRequests { retry_after } => {
                let mut response = problem_response(
                    StatusCode::TOO_MANY_REQUESTS,
                    Some("Too many wrong access codes. Wait, then try again."),
                );
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
                response
            }
        }
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
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
