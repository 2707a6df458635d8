//! What every request and response passes through, in one layer: request size limits, the
//! rewriting of bare error responses (from the framework or a timeout) into problem+json,
//! security headers, and one log line.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::problem::{problem_response, PROBLEM_JSON};

/// The Content-Security-Policy: only our own origin, no inline script or style, wasm allowed;
/// fonts also from `data:` (the style sheet holds a small one). A page with inline style and
/// script allows exactly those texts by their hashes (`Assets::page`).
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; font-src 'self' data:; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "strict-transport-security",
        "max-age=63072000; includeSubDomains",
    ),
    ("x-frame-options", "DENY"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

/// Longest request target accepted (path and query), in bytes.
pub const MAX_URI_BYTES: usize = 2048;
/// Most bytes of request headers accepted, names and values together.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;

/// The one outer layer, in this order: refuse oversized requests, run the request, give bare
/// errors a problem body, add the security headers, log.
pub async fn edge(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let mut response = match limits(&request) {
        Some(refusal) => refusal,
        None => problem_errors(next.run(request).await),
    };
    let headers = response.headers_mut();
    // (A page with inline style and script brings its own, stricter by its hashes.)
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    for (name, value) in SECURITY_HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    log(&method, &response, started);
    response
}

/// Refuses over-long targets (414) and over-large header sets (431) before any routing.
fn limits(request: &Request) -> Option<Response> {
    let uri_len = request
        .uri()
        .path_and_query()
        .map_or(0, |pq| pq.as_str().len());
    if uri_len > MAX_URI_BYTES {
        return Some(problem_response(
            StatusCode::URI_TOO_LONG,
            Some("The address is too long."),
        ));
    }
    let header_bytes: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if header_bytes > MAX_HEADER_BYTES {
        return Some(problem_response(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Some("The request headers are too large."),
        ));
    }
    None
}

/// Gives error responses that carry no problem body (the router's 405, a timeout's 503, an
/// extractor's plain-text rejection) the problem+json shape, keeping their headers (`Allow`).
fn problem_errors(response: Response) -> Response {
    let status = response.status();
    // A problem already, or the app's own "page not found" page: keep the body.
    let has_body = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| {
            value.as_bytes() == PROBLEM_JSON.as_bytes()
                || value.as_bytes().starts_with(b"text/html")
        });
    if !(status.is_client_error() || status.is_server_error()) || has_body {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    let detail = match status {
        StatusCode::METHOD_NOT_ALLOWED => Some("This address only answers GET and HEAD."),
        StatusCode::SERVICE_UNAVAILABLE => {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            Some("The server took too long to answer. Try again in a moment.")
        }
        _ => None,
    };
    let problem = problem_response(status, detail);
    let (problem_parts, body) = problem.into_parts();
    for (name, value) in &problem_parts.headers {
        parts.headers.insert(name, value.clone());
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::new(body))
}

/// One log line per request: method, route template (never the path or query, which could
/// carry personal data), status and latency. No client addresses, no headers.
fn log(method: &Method, response: &Response, started: Instant) {
    let route = response
        .extensions()
        .get::<MatchedPath>()
        .map_or("fallback", MatchedPath::as_str);
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        latency_us = started.elapsed().as_micros() as u64,
        "request"
    );
}
