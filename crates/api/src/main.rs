//! `passage-api`: serve the API and the app, import the data, or make a new access code.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use passage_core::access_code::AccessCode;
use sha2::{Digest, Sha256};

const USAGE: &str = "usage:
  passage-api [serve]              serve /api/v1 and the built app
  passage-api import <data> <db>   validate <data> and write the SQLite database <db>
  passage-api new-code             print a new access code and the hash to store for it
environment for serve: HOST (127.0.0.1), PORT (8080), PASSAGE_DIST (dist),
  PASSAGE_DB (passage.db; imported from PASSAGE_DATA, default data, when missing),
  PASSAGE_TRUSTED_PROXIES (none: comma-separated addresses or blocks of proxies whose
  Forwarded or X-Forwarded-For header names the client), PASSAGE_COMPRESSED (none: a directory
  where the app's files are kept compressed between starts), RUST_LOG (info)
environment for serve and import: PASSAGE_TODAY (today, in UTC: the day to import as; the
  demonstration data's dates move by whole weeks to it)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["serve"] => serve(),
        ["import", data, db] => import(Path::new(data), Path::new(db)),
        ["new-code"] => new_code(),
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

/// The day to import and serve as: `PASSAGE_TODAY` (`2026-12-02`) when set, as tests and
/// demonstrations set it, else today's date in UTC.
fn today() -> Result<chrono::NaiveDate, String> {
    match std::env::var("PASSAGE_TODAY") {
        Ok(text) => text
            .parse()
            .map_err(|_| format!("PASSAGE_TODAY is not a date such as 2026-12-02: {text:?}")),
        Err(_) => Ok(chrono::Utc::now().date_naive()),
    }
}

fn import(data: &Path, db: &Path) -> ExitCode {
    let today = match today() {
        Ok(today) => today,
        Err(err) => return fail(&err),
    };
    match passage_api::import(data, db, today) {
        Ok(modules) => {
            println!(
                "imported {} ({modules} orientation pages) into {}",
                data.display(),
                db.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => fail(&err.to_string()),
    }
}

fn new_code() -> ExitCode {
    loop {
        let mut bytes = [0u8; 16];
        if let Err(err) = getrandom::fill(&mut bytes) {
            return fail(&format!("no randomness: {err}"));
        }
        if let Some(code) = AccessCode::from_bits(u128::from_le_bytes(bytes)) {
            let hash = Sha256::digest(code.canonical().as_bytes());
            let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
            println!("code:        {code}\ncode_sha256: {hex}");
            return ExitCode::SUCCESS;
        }
    }
}

fn env_path(name: &str, default: &str) -> PathBuf {
    std::env::var_os(name).map_or_else(|| PathBuf::from(default), PathBuf::from)
}

fn serve() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
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
    let trusted_proxies = match passage_api::rate_limit::parse_trusted(
        &std::env::var("PASSAGE_TRUSTED_PROXIES").unwrap_or_default(),
    ) {
        Ok(list) => list,
        Err(err) => return fail(&format!("PASSAGE_TRUSTED_PROXIES: {err}")),
    };
    let today = match today() {
        Ok(today) => today,
        Err(err) => return fail(&err),
    };
    let config = passage_api::Config {
        dist: env_path("PASSAGE_DIST", "dist"),
        db: env_path("PASSAGE_DB", "passage.db"),
        data: env_path("PASSAGE_DATA", "data"),
        compressed: std::env::var_os("PASSAGE_COMPRESSED").map(PathBuf::from),
        me_limit: passage_api::rate_limit::Limit::default(),
        trusted_proxies,
    };

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => return fail(&format!("cannot start the runtime: {err}")),
    };
    runtime.block_on(async {
        let app = match passage_api::app(&config, today) {
            Ok(app) => app,
            Err(err) => return fail(&err.to_string()),
        };
        let addr = SocketAddr::new(host, port);
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(err) => return fail(&format!("cannot listen on {addr}: {err}")),
        };
        let local = listener.local_addr().unwrap_or(addr);
        tracing::info!("Passage is at http://{local}/ (API under /api/v1)");
        // Spawned, so the accept loop runs on the runtime's workers like the connections.
        let server = tokio::spawn(passage_api::serve(
            listener,
            app,
            passage_api::shutdown_signal(),
        ));
        match server.await {
            Ok(Ok(())) => ExitCode::SUCCESS,
            Ok(Err(err)) => fail(&format!("server error: {err}")),
            Err(err) => fail(&format!("server task failed: {err}")),
        }
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("passage-api: {message}");
    ExitCode::FAILURE
}
