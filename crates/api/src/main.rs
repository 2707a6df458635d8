//! `passage-api serve`: starts the API and serves the built app.
//!
//! Environment: `HOST` (default 127.0.0.1, loopback only), `PORT` (default 8080),
//! `PASSAGE_DIST` (default `dist`), `RUST_LOG` (default `info`).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: passage-api [serve]\n\
  serve   serve /api/v1 and the built app (default)\n\
environment: HOST (127.0.0.1), PORT (8080), PASSAGE_DIST (dist), RUST_LOG (info)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] | ["serve"] => serve(),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn serve() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_target(false)
        .init();

    let host: IpAddr = match std::env::var("HOST") {
        Ok(text) => match text.parse() {
            Ok(ip) => ip,
            Err(_) => return fail(&format!("HOST is not an IP address: {text:?}")),
        },
        Err(_) => IpAddr::V4(Ipv4Addr::LOCALHOST),
    };
    let port: u16 = match std::env::var("PORT") {
        Ok(text) => match text.parse() {
            Ok(port) => port,
            Err(_) => return fail(&format!("PORT is not a port number: {text:?}")),
        },
        Err(_) => 8080,
    };
    let config = passage_api::Config {
        dist: std::env::var_os("PASSAGE_DIST").map_or_else(|| PathBuf::from("dist"), PathBuf::from),
    };

    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => return fail(&format!("cannot start the runtime: {err}")),
    };
    runtime.block_on(async {
        let app = match passage_api::app(&config) {
            Ok(app) => app,
            Err(err) => return fail(&format!("cannot read {}: {err}", config.dist.display())),
        };
        let addr = SocketAddr::new(host, port);
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(err) => return fail(&format!("cannot listen on {addr}: {err}")),
        };
        let local = listener.local_addr().unwrap_or(addr);
        tracing::info!("Passage is at http://{local}/ (API under /api/v1)");
        match passage_api::serve(listener, app, passage_api::shutdown_signal()).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => fail(&format!("server error: {err}")),
        }
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("passage-api: {message}");
    ExitCode::FAILURE
}
