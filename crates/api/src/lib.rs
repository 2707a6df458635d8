//! `passage-api`: Passage's read-only HTTP API, which also serves the built browser app.
//!
//! Everything a request can reach is in memory after start-up: the app's files (pre-compressed)
//! and the API's answers. Nothing a request does changes any data.

mod assets;
mod headers;
mod problem;
mod routes;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use tokio::net::TcpListener;

pub use assets::Assets;
pub use problem::ApiError;

/// What the server needs to start.
#[derive(Debug, Clone)]
pub struct Config {
    /// The directory holding the app built by Trunk (`dist/`). A missing directory still
    /// starts the API; every app path then answers 404 with a hint.
    pub dist: PathBuf,
}

/// Shared, read-only state of a running server.
#[derive(Debug)]
pub struct AppState {
    pub assets: Assets,
}

/// Builds the whole HTTP service: API routes, the app's files, and the layers every response
/// goes through (security headers, problem+json errors, compression, limits, timeouts, logs).
pub fn app(config: &Config) -> std::io::Result<Router> {
    let assets = Assets::load(&config.dist)?;
    let state = Arc::new(AppState { assets });
    Ok(routes::router(state, Duration::from_secs(10)))
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open requests finish.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
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
