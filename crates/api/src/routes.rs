//! The one route table, its handlers, and the order of the layers around it.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, MatchedPath, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, MethodRouter};
use axum::{Json, Router};
use passage_core::access_code::AccessCode;
use passage_core::lang::{
    accept_language, is_language_tag, match_tag, negotiate, LAUNCH_LANGUAGES,
};
use passage_core::wire::{Audience, Health, SessionFormat};
use tower_http::timeout::TimeoutLayer;

use crate::headers;
use crate::prepared::{CachePolicy, Compression, Prepared};
use crate::problem::ApiError;
use crate::rate_limit;
use crate::store::SessionFilter;
use crate::AppState;

type Shared = Arc<AppState>;

/// The API's routes below `/api/v1`, each with its handler. The OpenAPI description must name
/// exactly these (a test checks both ways).
fn api_routes() -> Vec<(&'static str, MethodRouter<Shared>)> {
    vec![
        ("/health", get(health)),
        ("/openapi.json", document(|state| &state.openapi)),
        ("/orientation", get(orientation_list)),
        ("/orientation/{slug}", get(orientation_module)),
        ("/orientation-all", get(orientation_all)),
        ("/sessions", get(sessions)),
        ("/offices", document(|state| &state.store.offices)),
        ("/loan-policy", document(|state| &state.store.loan_policy)),
        (
            "/reintegration",
            document(|state| &state.store.reintegration),
        ),
        ("/sponsorship", document(|state| &state.store.sponsorship)),
        ("/me", get(me)),
    ]
}

/// The paths of [`api_routes`], for the OpenAPI check.
pub fn api_paths() -> Vec<&'static str> {
    api_routes().into_iter().map(|(path, _)| path).collect()
}

/// Builds the router: `/api/v1/*`, the app's files, and every layer.
pub fn router(state: Shared, timeout: Duration) -> Router {
    let mut api = Router::new();
    for (path, route) in api_routes() {
        api = api.route(path, route);
    }
    let api = api.route_layer(middleware::from_fn(tag_route));
    with_edge(
        Router::new()
            .nest("/api/v1", api)
            .fallback(app_files)
            .with_state(state),
        timeout,
    )
}

/// The layers around every route: a time limit, then the edge (limits, problem+json errors,
/// security headers, the log line).
fn with_edge(router: Router, timeout: Duration) -> Router {
    router
        // A slow answer is the server's fault, not the client's: 503, not 408.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(middleware::from_fn(headers::edge))
}

// ---------------------------------------------------------------------------------------------
// Query strings: every endpoint names the parameters it takes; anything else is a 400.

fn query(uri: &Uri, allowed: &[&'static str]) -> Result<HashMap<&'static str, String>, ApiError> {
    let mut found = HashMap::new();
    for (name, value) in form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()) {
        let Some(known) = allowed.iter().copied().find(|a| *a == name) else {
            let shown = if name.len() <= 32
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            {
                format!("Unknown query parameter {name:?}.")
            } else {
                "Unknown query parameter.".to_owned()
            };
            let takes = if allowed.is_empty() {
                " This address takes none.".to_owned()
            } else {
                format!(" This address takes: {}.", allowed.join(", "))
            };
            return Err(ApiError::BadRequest(shown + &takes));
        };
        if found.insert(known, value.into_owned()).is_some() {
            return Err(ApiError::BadRequest(format!(
                "{known} is given more than once."
            )));
        }
    }
    Ok(found)
}

// ---------------------------------------------------------------------------------------------

/// A public document prepared at start-up, which takes no query parameters.
fn document(pick: fn(&AppState) -> &Prepared) -> MethodRouter<Shared> {
    get(
        move |State(state): State<Shared>, uri: Uri, headers: HeaderMap| async move {
            query(&uri, &[])?;
            Ok::<_, ApiError>(pick(&state).respond(&headers))
        },
    )
}

async fn health(uri: Uri) -> Result<Response, ApiError> {
    query(&uri, &[])?;
    let mut response = Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
    .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The prepared language for an orientation request, which takes only `lang`.
fn orientation_language(state: &AppState, uri: &Uri) -> Result<&'static str, ApiError> {
    let params = query(uri, &["lang"])?;
    state.store.language(params.get("lang").map(String::as_str))
}

async fn orientation_list(
    State(state): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let lang = orientation_language(&state, &uri)?;
    let list = state
        .store
        .orientation_list(lang)
        .ok_or(ApiError::NotFound("No such language."))?;
    Ok(list.respond(&headers))
}

async fn orientation_all(
    State(state): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let lang = orientation_language(&state, &uri)?;
    let all = state
        .store
        .orientation_all(lang)
        .ok_or(ApiError::NotFound("No such language."))?;
    Ok(all.respond(&headers))
}

async fn orientation_module(
    State(state): State<Shared>,
    Path(slug): Path<String>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let lang = orientation_language(&state, &uri)?;
    let module = state.store.module(&slug, lang).ok_or(ApiError::NotFound(
        "There is no orientation module with this name.",
    ))?;
    Ok(module.respond(&headers))
}

async fn sessions(
    State(state): State<Shared>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let params = query(&uri, &["country", "format", "audience", "lang", "from"])?;
    let bad = |message: &str| ApiError::BadRequest(message.to_owned());
    let mut filter = SessionFilter::default();
    if let Some(country) = params.get("country") {
        if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(bad("country must be a two-letter country code such as KE."));
        }
        filter.country = Some(country.to_ascii_uppercase());
    }
    if let Some(format) = params.get("format") {
        filter.format = Some(match format.as_str() {
            "in-person" => SessionFormat::InPerson,
            "video" => SessionFormat::Video,
            "phone" => SessionFormat::Phone,
            _ => return Err(bad("format must be in-person, video or phone.")),
        });
    }
    if let Some(audience) = params.get("audience") {
        filter.audience = Some(match audience.as_str() {
            "adult" => Audience::Adult,
            "youth" => Audience::Youth,
            _ => return Err(bad("audience must be adult or youth.")),
        });
    }
    if let Some(lang) = params.get("lang") {
        if !is_language_tag(lang) {
            return Err(bad("lang must be a language tag such as en, ar or fa-AF."));
        }
        filter.lang = Some(lang.clone());
    }
    if let Some(from) = params.get("from") {
        let date = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d")
            .ok()
            .filter(|_| from.len() == 10)
            .ok_or_else(|| bad("from must be a date written YYYY-MM-DD."))?;
        filter.from = Some(date);
    }
    let list = state.store.sessions(&filter);
    Ok(Prepared::dynamic_json(&list).respond(&headers))
}

/// The case view for the access code in `Authorization: Bearer <code>`. Failures of any kind
/// look the same. A code whose check character is wrong (a typo) is refused at once; every
/// well-formed code spends one attempt of the client's budget before it is looked up.
async fn me(
    State(state): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    query(&uri, &[])?;
    let code = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .and_then(|(_, code)| AccessCode::parse(code).ok())
        .ok_or(ApiError::Unauthorized)?;
    let client = rate_limit::client_address(peer.ip(), &headers, &state.trusted_proxies);
    state
        .limiter
        .attempt(rate_limit::budget_key(client))
        .map_err(|retry_after| ApiError::TooManyRequests { retry_after })?;
    let body = state
        .store
        .case(&code.canonical())
        .ok_or(ApiError::Unauthorized)?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::VARY, HeaderValue::from_static("authorization"));
    Ok(response)
}

// ---------------------------------------------------------------------------------------------

/// Everything that is not an API route: the app's files, and its pages. The page's language
/// is the one `?lang=` asks for, else the one leading the address (`/ar/loan`), else the
/// browser's (`Accept-Language`, and the answer then varies by it). The page is the static first view
/// built for that language and path (`ar/loan/index.html`), or the language's not-found page
/// with a 404; without built pages (a development build), the app's `index.html`.
async fn app_files(
    State(state): State<Shared>,
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
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET,HEAD"));
        return response;
    }
    if is_traversal(path) {
        return ApiError::BadRequest("This address is not valid.".to_owned()).into_response();
    }
    let relative = path.trim_start_matches('/');
    if relative.ends_with(".html") {
        if let Some(page) = state.assets.page(relative, &request_headers) {
            return page;
        }
    } else if let Some(asset) = state.assets.get(relative).filter(|_| !relative.is_empty()) {
        return asset.respond(&request_headers);
    }
    let last_segment = relative.rsplit('/').next().unwrap_or("");
    if last_segment.contains('.') {
        return ApiError::NotFound("There is no file at this address.").into_response();
    }
    // A `?lang=` choice (a link, or the language form of a page read without JavaScript),
    // then the language leading the address, then the browser's languages.
    let (in_address, rest) = split_language(path);
    let asked = form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| match_tag(&value, LAUNCH_LANGUAGES));
    let negotiated = asked.is_none() && in_address.is_none();
    let lang = asked
        .or(in_address)
        .or_else(|| {
            let header = request_headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())?;
            negotiate(accept_language(header), LAUNCH_LANGUAGES)
        })
        .unwrap_or("en");
    let page = rest.trim_matches('/');
    let built = if page.is_empty() {
        format!("{lang}/index.html")
    } else {
        format!("{lang}/{page}/index.html")
    };
    let not_found = format!("{lang}/404.html");
    let (status, answer) = match state.assets.page(&built, &request_headers) {
        Some(found) => (StatusCode::OK, Some(found)),
        None => match state.assets.page(&not_found, &request_headers) {
            Some(not_found) => (StatusCode::NOT_FOUND, Some(not_found)),
            None => (
                StatusCode::OK,
                state.assets.page("index.html", &request_headers),
            ),
        },
    };
    let Some(mut response) = answer else {
        return ApiError::NotFound("The app is not built; `./run serve` builds it.")
            .into_response();
    };
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(lang) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    if negotiated {
        let vary = headers
            .get(header::VARY)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("accept-encoding");
        if let Ok(value) = HeaderValue::from_str(&format!("{vary}, accept-language")) {
            headers.insert(header::VARY, value);
        }
    }
    response
}

/// The language that leads a path (`/ar/loan`), if it is one the app speaks, and the rest.
fn split_language(path: &str) -> (Option<&'static str>, &str) {
    let trimmed = path.trim_start_matches('/');
    let (first, rest) = match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, "/"),
    };
    match LAUNCH_LANGUAGES.iter().find(|l| **l == first) {
        Some(lang) => (Some(lang), rest),
        None => (None, path),
    }
}

/// Whether a path tries to climb out of its folder, written plainly or encoded: `..`, an
/// encoded dot, slash or backslash, or a backslash. The app's own addresses never hold these.
fn is_traversal(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.split('/').any(|segment| segment == "..")
        || ["%2e", "%2f", "%5c", "\\"]
            .iter()
            .any(|needle| lower.contains(needle))
}

/// Hands the matched route template to the log line (routing happens inside the edge layer).
async fn tag_route(matched: MatchedPath, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    response.extensions_mut().insert(matched);
    response
}

/// The OpenAPI description, prepared like any public document.
pub fn openapi_document() -> Prepared {
    Prepared::new(
        include_bytes!("../openapi.json").to_vec(),
        "application/json",
        CachePolicy::PublicData,
        Compression::Best,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_slow_handler_answers_503_with_a_problem_and_retry_after() {
        let slow = Router::new().route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "late"
            }),
        );
        let app = with_edge(slow, Duration::from_millis(50));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let response = reqwest::get(format!("http://{addr}/slow")).await.unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::SERVICE_UNAVAILABLE);
        assert!(response.headers().contains_key("retry-after"));
        assert_eq!(
            response.headers()["content-type"],
            crate::problem::PROBLEM_JSON
        );
    }
}
