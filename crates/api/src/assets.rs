//! The built app's files, read once at start-up, compressed at the highest levels, and served
//! from memory with strong ETags.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::Path;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Files larger than this are not served (Trunk's output is far smaller).
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Cache-Control for files whose name carries a content hash.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Cache-Control for everything else: always revalidate (cheap, thanks to the ETag).
const REVALIDATE: &str = "no-cache";

/// One file, with its compressed forms where they are smaller.
#[derive(Debug)]
pub struct Asset {
    identity: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
    content_type: &'static str,
    etag: String,
    immutable: bool,
}

/// All files of the built app, keyed by their path below `dist/` (`passage-…_bg.wasm`).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

impl Assets {
    /// Reads every file below `dir`. A missing `dir` gives an empty set (the API still runs).
    pub fn load(dir: &Path) -> io::Result<Self> {
        let mut assets = Assets::default();
        if !dir.exists() {
            tracing::warn!("no built app at {}: only the API is served", dir.display());
            return Ok(assets);
        }
        assets.load_dir(dir, "")?;
        Ok(assets)
    }

    fn load_dir(&mut self, dir: &Path, prefix: &str) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = format!("{prefix}{name}");
            let kind = entry.file_type()?;
            if kind.is_dir() {
                self.load_dir(&entry.path(), &format!("{key}/"))?;
            } else if kind.is_file() && entry.metadata()?.len() <= MAX_FILE_BYTES {
                let bytes = std::fs::read(entry.path())?;
                self.files.insert(key, Asset::new(&name, bytes));
            }
        }
        Ok(())
    }

    /// The file at `path` (without the leading `/`), if the app has one.
    pub fn get(&self, path: &str) -> Option<&Asset> {
        self.files.get(path)
    }

    /// The app's `index.html`, answered for every client-side route.
    pub fn index(&self) -> Option<&Asset> {
        self.files.get("index.html")
    }

    /// How many files were loaded.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no app was found.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl Asset {
    fn new(name: &str, bytes: Vec<u8>) -> Self {
        let content_type = content_type(name);
        let compressible = !matches!(
            content_type,
            "image/png" | "image/jpeg" | "image/webp" | "font/woff2" | "image/x-icon"
        );
        let (brotli, gzip) = if compressible && bytes.len() > 256 {
            (smaller(&bytes, brotli_bytes(&bytes)), smaller(&bytes, gzip_bytes(&bytes)))
        } else {
            (None, None)
        };
        let digest = Sha256::digest(&bytes);
        let etag = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        Asset {
            identity: Bytes::from(bytes),
            brotli,
            gzip,
            content_type,
            etag,
            immutable: has_content_hash(name),
        }
    }

    /// The response for a GET or HEAD with these request headers: the best encoding the client
    /// accepts, or 304 when its cached copy is current.
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let accepted = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        let (body, encoding) = match (&self.brotli, &self.gzip) {
            (Some(br), _) if accepts(accepted, "br") => (br.clone(), Some("br")),
            (_, Some(gz)) if accepts(accepted, "gzip") => (gz.clone(), Some("gzip")),
            _ => (self.identity.clone(), None),
        };
        let etag = match encoding {
            Some("br") => format!("\"{}-br\"", self.etag),
            Some(_) => format!("\"{}-gz\"", self.etag),
            None => format!("\"{}\"", self.etag),
        };
        let fresh = request
            .get(header::IF_NONE_MATCH)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|tags| etag_matches(tags, &etag));

        let mut response = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut response = body.into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
            if let Some(encoding) = encoding {
                response
                    .headers_mut()
                    .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
            }
            response
        };
        let headers = response.headers_mut();
        let cache = if self.immutable { IMMUTABLE } else { REVALIDATE };
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, value);
        }
        response
    }
}

fn smaller(original: &[u8], compressed: io::Result<Vec<u8>>) -> Option<Bytes> {
    compressed.ok().filter(|c| c.len() < original.len()).map(Bytes::from)
}

fn brotli_bytes(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut writer = brotli::CompressorWriter::new(Vec::new(), 64 * 1024, 11, 22);
    writer.write_all(bytes)?;
    writer.flush()?;
    Ok(writer.into_inner())
}

fn gzip_bytes(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

/// Whether an `Accept-Encoding` value accepts `coding` (present, and not with `q=0`).
fn accepts(accept_encoding: &str, coding: &str) -> bool {
    accept_encoding.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let name = parts.next().unwrap_or("");
        let refused = parts.any(|param| {
            param
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        name.eq_ignore_ascii_case(coding) && !refused
    })
}

/// Weak comparison of an `If-None-Match` list against our strong tag.
fn etag_matches(if_none_match: &str, etag: &str) -> bool {
    if_none_match
        .split(',')
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == "*" || tag == etag)
}

/// Trunk names hashed outputs `name-<hash>.ext`, the hash a 64-bit number in hex without
/// leading zeros (the wasm adds `_bg`).
fn has_content_hash(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).as_deref() {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashed_names_are_immutable() {
        assert!(has_content_hash("passage-3f1c2a9b8d7e6f50_bg.wasm"));
        assert!(has_content_hash("passage-3f1c2a9b8d7e6f50.js"));
        assert!(has_content_hash("main-0123456789abcdef.css"));
        assert!(has_content_hash("passage-641c294f06bb75e_bg.wasm"));
        assert!(!has_content_hash("index.html"));
        assert!(!has_content_hash("favicon.svg"));
        assert!(!has_content_hash("service-worker.js"));
        assert!(!has_content_hash("x-0123456789abcdeg.css"));
    }

    #[test]
    fn accept_encoding_honours_q_zero() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("BR;q=0.5", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(!accepts("gzip", "br"));
        assert!(!accepts("", "gzip"));
    }

    #[test]
    fn if_none_match_lists_and_weak_tags_match() {
        assert!(etag_matches("\"a\", \"b-br\"", "\"b-br\""));
        assert!(etag_matches("W/\"b\"", "\"b\""));
        assert!(etag_matches("*", "\"b\""));
        assert!(!etag_matches("\"b\"", "\"b-br\""));
    }
}
