//! Black-box HTTP tests: a real server on a random loopback port, a real HTTP client.

mod common;

use reqwest::{header, Client, Method, StatusCode};

const WASM: &str = "passage-0123456789abcdef_bg.wasm";
const CSS: &str = "main-fedcba9876543210.css";

/// A server with a small built app of its own: an index, a hashed wasm and a hashed stylesheet.
struct Server {
    base: String,
    _server: common::TestServer,
}

async fn start() -> Server {
    let dir = common::temp_dir();
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        format!("<!doctype html><html><head><link rel=stylesheet href=/{CSS}></head><body>{}</body></html>", "app ".repeat(200)),
    )
    .unwrap();
    std::fs::write(dist.join(WASM), b"\0asm".repeat(4096)).unwrap();
    std::fs::write(dist.join(CSS), "body { margin: 0 }\n".repeat(100)).unwrap();
    let server = common::start(dir, passage_api::rate_limit::Limit::default()).await;
    Server {
        base: server.origin.clone(),
        _server: server,
    }
}

/// A client that shows the bytes as sent (no automatic decompression).
fn raw_client() -> Client {
    Client::builder().no_brotli().no_gzip().build().unwrap()
}

fn assert_security_headers(response: &reqwest::Response) {
    let headers = response.headers();
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
        "{csp}"
    );
    assert!(csp.contains("object-src 'none'"), "{csp}");
    assert!(csp.contains("base-uri 'none'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(
        !csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"),
        "{csp}"
    );
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
    assert_eq!(headers["cross-origin-opener-policy"], "same-origin");
    assert!(headers[header::STRICT_TRANSPORT_SECURITY]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
}

async fn assert_problem(response: reqwest::Response, status: StatusCode) -> serde_json::Value {
    assert_eq!(response.status(), status);
    assert_security_headers(&response);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], status.as_u16());
    assert!(body["title"].is_string());
    body
}

#[tokio::test]
async fn health_reports_ok_and_the_version() {
    let server = start().await;
    let response = raw_client()
        .get(format!("{}/api/v1/health", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_security_headers(&response);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
    let health: passage_core::wire::Health = response.json().await.unwrap();
    assert_eq!(health.status, "ok");
    assert_eq!(health.version, env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn hashed_assets_are_immutable_and_compressed() {
    let server = start().await;
    let url = format!("{}/{WASM}", server.base);
    let response = raw_client()
        .get(&url)
        .header(header::ACCEPT_ENCODING, "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_security_headers(&response);
    let headers = response.headers().clone();
    assert_eq!(
        headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(headers[header::CONTENT_TYPE], "application/wasm");
    assert_eq!(headers[header::CONTENT_ENCODING], "br");
    let compressed = response.bytes().await.unwrap();
    assert!(
        compressed.len() < 4 * 4096 / 10,
        "brotli body is {} bytes",
        compressed.len()
    );

    let gzip = raw_client()
        .get(&url)
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
    let plain = raw_client().get(&url).send().await.unwrap();
    assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
    assert_eq!(plain.bytes().await.unwrap().len(), 4 * 4096);
}

#[tokio::test]
async fn index_html_is_revalidated_and_serves_client_routes() {
    let server = start().await;
    for path in ["/", "/index.html", "/loan", "/no/such/page"] {
        let response = raw_client()
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_security_headers(&response);
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            "no-cache",
            "{path}"
        );
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        assert!(response
            .text()
            .await
            .unwrap()
            .starts_with("<!doctype html>"));
    }
}

#[tokio::test]
async fn a_matching_etag_gets_304() {
    let server = start().await;
    let url = format!("{}/{CSS}", server.base);
    let first = raw_client()
        .get(&url)
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    let etag = first.headers()[header::ETAG].clone();
    let again = raw_client()
        .get(&url)
        .header(header::ACCEPT_ENCODING, "br")
        .header(header::IF_NONE_MATCH, etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(again.headers()[header::ETAG], etag);
    assert_security_headers(&again);
    let other = raw_client()
        .get(&url)
        .header(header::IF_NONE_MATCH, "\"something-else\"")
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::OK);
}

#[tokio::test]
async fn unknown_api_paths_are_problem_json_404s() {
    let server = start().await;
    for path in [
        "/api",
        "/api/",
        "/api/v1",
        "/api/v1/nope",
        "/api/v2/health",
        "/api/v1/health/x",
    ] {
        let response = raw_client()
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert_problem(response, StatusCode::NOT_FOUND).await;
    }
}

#[tokio::test]
async fn missing_files_are_404_not_the_app() {
    let server = start().await;
    let response = raw_client()
        .get(format!("{}/passage-missing.js", server.base))
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::NOT_FOUND).await;
}

#[tokio::test]
async fn other_methods_get_405_with_allow() {
    let server = start().await;
    for (method, path) in [
        (Method::POST, "/api/v1/health"),
        (Method::DELETE, "/api/v1/health"),
        (Method::PUT, "/"),
        (Method::POST, "/loan"),
        (Method::PATCH, "/index.html"),
    ] {
        let response = raw_client()
            .request(method.clone(), format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        let allow = response.headers()[header::ALLOW]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            allow.contains("GET") && allow.contains("HEAD"),
            "{method} {path}: {allow}"
        );
        assert_problem(response, StatusCode::METHOD_NOT_ALLOWED).await;
    }
}

#[tokio::test]
async fn head_answers_without_a_body() {
    let server = start().await;
    for path in ["/api/v1/health", "/", &format!("/{CSS}")] {
        let response = raw_client()
            .head(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_security_headers(&response);
        assert!(response.bytes().await.unwrap().is_empty(), "{path}");
    }
}

#[tokio::test]
async fn oversized_requests_get_clear_4xx() {
    let server = start().await;
    let long = format!("{}/{}", server.base, "a".repeat(3000));
    let response = raw_client().get(long).send().await.unwrap();
    assert_problem(response, StatusCode::URI_TOO_LONG).await;

    let response = raw_client()
        .get(format!("{}/api/v1/health", server.base))
        .header("x-filler", "b".repeat(9000))
        .send()
        .await
        .unwrap();
    assert_problem(response, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE).await;
}

#[tokio::test]
async fn odd_paths_never_get_5xx() {
    let server = start().await;
    let paths = [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/api/v1/%00",
        "/api/v1/health%20",
        "/%F0%9F%92%A9",
        "/api/v1/'%20OR%201=1--",
        "/\u{202e}evil",
        "//double//slash",
        "/index.html?lang=ar&x=%ZZ",
    ];
    for path in paths {
        let response = raw_client()
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success() || response.status().is_client_error(),
            "{path}: {}",
            response.status()
        );
        assert_security_headers(&response);
    }
}

#[test]
fn sigterm_lets_the_server_finish_and_exit_cleanly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let dir = common::temp_dir();
    let mut child = Command::new(env!("CARGO_BIN_EXE_passage-api"))
        .arg("serve")
        .env("PORT", "0")
        .env("PASSAGE_DIST", dir.join("dist"))
        .env("PASSAGE_DB", dir.join("passage.db"))
        .env("PASSAGE_DATA", common::data_dir())
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let listening = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.contains("Passage is at"));
    assert!(listening, "the server started");
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let stopping = lines
        .map_while(Result::ok)
        .any(|line| line.contains("shutting down"));
    assert!(stopping, "the server said it is finishing open requests");
    assert!(
        child.wait().unwrap().success(),
        "exit status 0 after SIGTERM"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
