//! `passage-api`: Passage's read-only HTTP API, which also serves the built browser app.
//!
//! Data flows one way: `data/` (human-edited) → `import` (validated) → SQLite → `serve`, which
//! reads the database once, read-only, and answers from memory. Nothing a request does changes
//! any data.

mod assets;
pub mod data;
pub mod db;
mod headers;
mod prepared;
mod problem;
pub mod rate_limit;
mod routes;
mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use chrono::NaiveDate;
use tokio::net::TcpListener;

pub use assets::Assets;
pub use problem::ApiError;
pub use routes::api_paths;

/// What the server needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// The app built by Trunk (`dist/`). Without it the API still runs; app paths answer 404.
    pub dist: PathBuf,
    /// The SQLite database to serve.
    pub db: PathBuf,
    /// The source data, imported into `db` when `db` does not exist yet.
    pub data: PathBuf,
    /// Access-code attempts allowed per client.
    pub me_limit: rate_limit::Limit,
    /// Where the app's files are kept compressed between starts (`PASSAGE_COMPRESSED`); none:
    /// compressed at every start.
    pub compressed: Option<PathBuf>,
    /// Proxies whose `Forwarded` / `X-Forwarded-For` names the client (`PASSAGE_TRUSTED_PROXIES`).
    /// Empty: every peer is a client, and forwarding headers are ignored.
    pub trusted_proxies: Vec<rate_limit::Cidr>,
}

/// Shared, read-only state of a running server (the rate limiter aside).
#[derive(Debug)]
pub struct AppState {
    assets: Assets,
    store: store::Store,
    openapi: prepared::Prepared,
    limiter: rate_limit::AttemptLimiter,
    trusted_proxies: Vec<rate_limit::Cidr>,
}

/// Why the server cannot start.
#[derive(Debug)]
pub enum StartError {
    Dist(std::io::Error),
    Data(data::DataError),
    Db(db::DbError),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Dist(err) => write!(f, "cannot read the built app: {err}"),
            StartError::Data(err) => write!(f, "invalid data: {err}"),
            StartError::Db(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for StartError {}

/// Validates the data in `config.data` and writes it to `config.db` (whole, or not at all).
pub fn import(
    data_dir: &std::path::Path,
    db_path: &std::path::Path,
    today: NaiveDate,
) -> Result<usize, StartError> {
    let dataset = data::load(data_dir, today).map_err(StartError::Data)?;
    let modules = dataset.modules.len();
    db::write(&dataset, db_path).map_err(StartError::Db)?;
    Ok(modules)
}

/// Builds the whole HTTP service: API routes, the app's files, and the layers every response
/// goes through (security headers, problem+json errors, limits, timeouts, logs). Bodies are
/// compressed once, when prepared.
/// Imports the data first when the database does not exist yet.
pub fn app(config: &Config, today: NaiveDate) -> Result<Router, StartError> {
    if !config.db.exists() {
        tracing::info!(
            "no database at {}: importing {}",
            config.db.display(),
            config.data.display()
        );
        import(&config.data, &config.db, today)?;
    }
    let dataset = db::read(&config.db).map_err(StartError::Db)?;
    let state = Arc::new(AppState {
        assets: Assets::load(&config.dist, config.compressed.as_deref())
            .map_err(StartError::Dist)?,
        store: store::Store::new(dataset),
        openapi: routes::openapi_document(),
        limiter: rate_limit::AttemptLimiter::new(config.me_limit),
        trusted_proxies: config.trusted_proxies.clone(),
    });
    forget_idle_clients(&state, config.me_limit.window);
    let router = routes::router(state, Duration::from_secs(10));
    // Serving as of another day (PASSAGE_TODAY, for tests and demonstrations), the server's
    // clock says that day too (the app compares its phone's clock with the `Date` header): its
    // last second, always, so a page whose clock is pinned to any time of that day takes every
    // answer as fresh, and the day's answers are the same whenever they are asked for.
    if today == chrono::Utc::now().date_naive() {
        return Ok(router);
    }
    let date = today.and_hms_opt(23, 59, 59).map(|time| {
        time.and_utc()
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string()
    });
    Ok(router.layer(axum::middleware::from_fn(
        move |request: axum::extract::Request, next: axum::middleware::Next| {
            let date = date.clone();
            async move {
                let mut response = next.run(request).await;
                if let Some(value) =
                    date.and_then(|date| axum::http::HeaderValue::from_str(&date).ok())
                {
                    response
                        .headers_mut()
                        .insert(axum::http::header::DATE, value);
                }
                response
            }
        },
    )))
}

/// Drops idle clients from the rate limiter once a window, off the request path, for as long as
/// the server runs (when there is a runtime to run it on).
fn forget_idle_clients(state: &Arc<AppState>, window: Duration) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let state = Arc::downgrade(state);
    runtime.spawn(async move {
        let mut ticks = tokio::time::interval(window.max(Duration::from_secs(1)));
        ticks.tick().await;
        loop {
            ticks.tick().await;
            let Some(state) = state.upgrade() else { return };
            state.limiter.forget_idle();
        }
    });
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing open requests");
}
