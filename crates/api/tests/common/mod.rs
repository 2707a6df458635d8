//! What the black-box tests share: a real server on a random loopback port, with the real
//! database imported from `data/` into a fresh temporary directory.

#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use passage_api::rate_limit::Limit;

/// A running server and its temporary directory, removed when dropped.
pub struct TestServer {
    /// `http://127.0.0.1:<port>`
    pub origin: String,
    pub dir: PathBuf,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A fresh, empty temporary directory.
pub fn temp_dir() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "passage-api-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The project's source data.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// The data's "checked" dates are compared with this day.
pub fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// Starts a server in `dir`, serving the app in `dir/dist` (if the test put one there).
pub async fn start(dir: PathBuf, me_limit: Limit) -> TestServer {
    start_with(dir, "127.0.0.1:0", |config| config.me_limit = me_limit).await
}

/// Starts a server in `dir` listening on `bind`, with the default configuration as `edit`
/// changes it.
pub async fn start_with(
    dir: PathBuf,
    bind: &str,
    edit: impl FnOnce(&mut passage_api::Config),
) -> TestServer {
    start_as_of(dir, bind, edit, today()).await
}

/// `start_with`, serving as of `day` (as `PASSAGE_TODAY` does).
pub async fn start_as_of(
    dir: PathBuf,
    bind: &str,
    edit: impl FnOnce(&mut passage_api::Config),
    day: chrono::NaiveDate,
) -> TestServer {
    let mut config = passage_api::Config {
        dist: dir.join("dist"),
        db: dir.join("passage.db"),
        data: data_dir(),
        compressed: None,
        me_limit: Limit::default(),
        trusted_proxies: Vec::new(),
    };
    edit(&mut config);
    let app = passage_api::app(&config, day).unwrap();
    let listener = tokio::net::TcpListener::bind(bind).await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(passage_api::serve(listener, app, std::future::pending()));
    TestServer {
        origin: format!("http://127.0.0.1:{}", addr.port()),
        dir,
    }
}
