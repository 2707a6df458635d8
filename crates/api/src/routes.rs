//! The one route table, and the order of the layers around it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use passage_core::wire::Health;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

use crate::headers;
use crate::problem::ApiError;
use crate::AppState;

/// Builds the router: `/api/v1/*`, the app's files, and every layer.
pub fn router(state: Arc<AppState>, timeout: Duration) -> Router {
    let api = Router::new()
        .route("/health", get(health))
        .route_layer(middleware::from_fn(tag_route));
    Router::new()
        .nest("/api/v1", api)
        .fallback(app_files)
        .with_state(state)
        // Inner to outer: the last layer added sees the request first.
        .layer(middleware::from_fn(headers::problem_errors))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, timeout))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(headers::limits))
        .layer(middleware::from_fn(log_request))
        .layer(middleware::from_fn(headers::security_headers))
}

async fn health() -> Response {
    let mut response = Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
    .into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Everything that is not an API route: the app's files, and `index.html` for the app's own
/// routes (the app shows its localized "page not found" for paths it does not know).
async fn app_files(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    request_headers: HeaderMap,
) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        return ApiError::NotFound("There is no API route at this address.").into_response();
    }
    if method != Method::GET && method != Method::HEAD {
        let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET,HEAD"));
        return response;
    }
    let relative = path.trim_start_matches('/');
    if let Some(asset) = state.assets.get(relative).filter(|_| !relative.is_empty()) {
        return asset.respond(&request_headers);
    }
    let last_segment = relative.rsplit('/').next().unwrap_or("");
    if last_segment.contains('.') {
        return ApiError::NotFound("There is no file at this address.").into_response();
    }
    match state.assets.index() {
        Some(index) => index.respond(&request_headers),
        None => ApiError::NotFound("The app is not built; `./run serve` builds it.").into_response(),
    }
}

/// Hands the matched route template to the log line (routing happens inside the log layer).
async fn tag_route(matched: MatchedPath, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.extensions_mut().insert(matched);
    response
}

/// One log line per request: method, route template (never the path or query, which could
/// carry personal data), status and latency. No client addresses, no headers.
async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let response = next.run(request).await;
    let route = response.extensions().get::<MatchedPath>().map_or("fallback", MatchedPath::as_str);
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        latency_us = started.elapsed().as_micros() as u64,
        "request"
    );
    response
}
