//! Black-box HTTP tests: a real server on a random loopback port, a real HTTP client.

mod common;

use reqwest::{header, Client, Method, StatusCode};

const WASM: &str = "passage-0123456789abcdef_bg.wasm";
const CSS: &str = "main-fedcba9876543210.css";
/// The style sheet and boot script a built page holds inline (tools/prerender.js).
const APP_CSS: &str = "app-0123456789abcdef.css";
const APP_CSS_TEXT: &str = ":root{--colour-text:#1b1b1b}body{margin:0}";
const BOOT: &str = "boot-0123456789abcdef.js";
const BOOT_TEXT: &str = "await import('/passage-0123456789abcdef.js');";

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
    std::fs::write(dist.join(APP_CSS), APP_CSS_TEXT).unwrap();
    std::fs::write(dist.join(BOOT), BOOT_TEXT).unwrap();
    std::fs::create_dir_all(dist.join("en/loan")).unwrap();
    std::fs::write(
        dist.join("en/loan/index.html"),
        format!(
            "<!doctype html><html lang=en><head><style data-file=\"/{APP_CSS}\">{APP_CSS_TEXT}</style>\
             <script type=\"module\" data-file=\"/{BOOT}\">{BOOT_TEXT}</script></head><body>{}</body></html>",
            "Your travel loan ".repeat(50)
        ),
    )
    .unwrap();
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

/// The policy's source for one inline text: its SHA-256, in base64.
fn csp_hash(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[tokio::test]
async fn a_first_visit_gets_the_page_with_its_style_and_script_inline_a_later_one_links_them() {
    let server = start().await;
    let url = format!("{}/en/loan", server.base);
    let first = Client::new().get(&url).send().await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    assert_security_headers(&first);
    // Exactly these two texts may run and style the page: no 'unsafe-inline'.
    let csp = first.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains(&format!("style-src 'self' {};", csp_hash(APP_CSS_TEXT))),
        "{csp}"
    );
    assert!(
        csp.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' {};",
            csp_hash(BOOT_TEXT)
        )),
        "{csp}"
    );
    assert_eq!(
        first.headers()[header::VARY],
        "accept-encoding, passage-shell"
    );
    let inline = first.text().await.unwrap();
    assert!(inline.contains(&format!("{APP_CSS_TEXT}</style>")));

    // The service worker says the browser holds the files: the page links them instead.
    let later = Client::new()
        .get(&url)
        .header("passage-shell", "saved")
        .send()
        .await
        .unwrap();
    assert_eq!(later.status(), StatusCode::OK);
    assert_eq!(
        later.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap(),
        csp
    );
    let linked = later.text().await.unwrap();
    assert!(
        linked.contains(&format!("<link rel=\"stylesheet\" href=\"/{APP_CSS}\">")),
        "{linked}"
    );
    assert!(
        linked.contains(&format!(
            "<script type=\"module\" src=\"/{BOOT}\"></script>"
        )),
        "{linked}"
    );
    assert!(!linked.contains(APP_CSS_TEXT) && !linked.contains(BOOT_TEXT));
    // The rest of the page is the same.
    assert_eq!(
        linked
            .replace(
                &format!("<link rel=\"stylesheet\" href=\"/{APP_CSS}\">"),
                &format!("<style data-file=\"/{APP_CSS}\">{APP_CSS_TEXT}</style>")
            )
            .replace(
                &format!("<script type=\"module\" src=\"/{BOOT}\"></script>"),
                &format!("<script type=\"module\" data-file=\"/{BOOT}\">{BOOT_TEXT}</script>")
            ),
        inline
    );

    // Files and pages without inline text keep the one policy of the whole site.
    let css = Client::new()
        .get(format!("{}/{APP_CSS}", server.base))
        .send()
        .await
        .unwrap();
    assert!(!css.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("sha256-"));
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

/// Sends `request` as raw bytes over TCP (so no client tidies the path first) and returns the
/// status code and the whole response.
fn raw_request(origin: &str, request: &[u8]) -> (u16, String) {
    use std::io::{Read, Write};
    let addr = origin.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    (status, text)
}

#[tokio::test]
async fn dot_dot_paths_sent_raw_are_refused_not_resolved() {
    let server = start().await;
    let origin = server.base.clone();
    let secret = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let first_line = secret.lines().next().unwrap_or("root:").to_owned();
    for path in [
        "/../../etc/passwd",
        "/../../../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/..\\..\\etc\\passwd",
        "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
        "/api/v1/../../etc/passwd",
        "/loan/../../etc/passwd",
    ] {
        let origin = origin.clone();
        let request = format!("GET {path} HTTP/1.1\r\nHost: passage\r\nConnection: close\r\n\r\n");
        let (status, response) =
            tokio::task::spawn_blocking(move || raw_request(&origin, request.as_bytes()))
                .await
                .unwrap();
        assert!(
            status == 400 || status == 404,
            "{path}: status {status}\n{response}"
        );
        assert!(!response.contains(&first_line), "{path}: leaked a file");
        assert!(
            !response.contains("<!doctype html>"),
            "{path}: answered with the app"
        );
    }
}

#[test]
fn sigterm_lets_an_open_request_finish_and_the_server_exit_cleanly() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::{Command, Stdio};

    // A large file that is not compressed, so its response is still being written when the
    // signal comes.
    let dir = common::temp_dir();
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let size: usize = 24 * 1024 * 1024;
    let body: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
    std::fs::write(dist.join("large.png"), &body).unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_passage-api"))
        .arg("serve")
        .env("PORT", "0")
        .env("PASSAGE_DIST", &dist)
        .env("PASSAGE_DB", dir.join("passage.db"))
        .env("PASSAGE_DATA", common::data_dir())
        .env("RUST_LOG", "info")
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| {
            let rest = line.split("Passage is at http://").nth(1)?;
            Some(rest.split('/').next()?.to_owned())
        })
        .expect("the server says where it listens");

    let mut stream = std::net::TcpStream::connect(&addr).unwrap();
    stream
        .write_all(b"GET /large.png HTTP/1.1\r\nHost: passage\r\n\r\n")
        .unwrap();
    let mut first = vec![0u8; 64 * 1024];
    stream.read_exact(&mut first).unwrap();

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let stopping = lines
        .by_ref()
        .map_while(Result::ok)
        .any(|line| line.contains("shutting down"));
    assert!(stopping, "the server said it is finishing open requests");

    // The rest of the answer still arrives, whole.
    let mut rest = Vec::new();
    stream.read_to_end(&mut rest).unwrap();
    let mut response = first;
    response.extend_from_slice(&rest);
    let split = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("headers")
        + 4;
    let head = String::from_utf8_lossy(&response[..split]).to_lowercase();
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains(&format!("content-length: {size}")), "{head}");
    assert_eq!(response.len() - split, size, "the whole body arrived");
    assert!(response[split..] == body[..], "the body is intact");

    assert!(
        child.wait().unwrap().success(),
        "exit status 0 after SIGTERM"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Served as of another day (`PASSAGE_TODAY`), the server's `Date` header says that day (its
/// last second): the app compares the phone's clock with it. As of today, it is the real time.
#[tokio::test]
async fn the_date_header_is_the_day_the_server_serves_as() {
    for days in [0, 100] {
        let day = common::today() + chrono::Duration::days(days);
        let server = common::start_as_of(common::temp_dir(), "127.0.0.1:0", |_| {}, day).await;
        let response = raw_client()
            .get(format!("{}/api/v1/health", server.origin))
            .send()
            .await
            .unwrap();
        let date = response.headers()[header::DATE]
            .to_str()
            .unwrap()
            .to_owned();
        let said = chrono::DateTime::parse_from_rfc2822(&date).unwrap();
        let expected = match days {
            0 => chrono::Utc::now(),
            _ => day.and_hms_opt(23, 59, 59).unwrap().and_utc(),
        };
        let off = (said.with_timezone(&chrono::Utc) - expected)
            .num_seconds()
            .abs();
        assert!(off < 60, "{days} days: Date {date}");
    }
}
