//! The built app's files, read once at start-up and served from memory.

use std::collections::HashMap;
use std::io;
use std::path::Path;

use crate::prepared::{CachePolicy, Compression, Prepared};

/// Files larger than this are not served (Trunk's output is far smaller).
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// All files of the built app, keyed by their path below `dist/` (`passage-…_bg.wasm`).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Prepared>,
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
                self.files.insert(key, prepare_file(&name, bytes));
            }
        }
        Ok(())
    }

    /// The file at `path` (without the leading `/`), if the app has one.
    pub fn get(&self, path: &str) -> Option<&Prepared> {
        self.files.get(path)
    }

    /// The app's `index.html`, answered for every client-side route.
    pub fn index(&self) -> Option<&Prepared> {
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

fn prepare_file(name: &str, bytes: Vec<u8>) -> Prepared {
    let content_type = content_type(name);
    let compression = match content_type {
        "image/png" | "image/jpeg" | "image/webp" | "font/woff2" | "image/x-icon" => {
            Compression::None
        }
        _ => Compression::Best,
    };
    let cache = if has_content_hash(name) {
        CachePolicy::Immutable
    } else {
        CachePolicy::Revalidate
    };
    Prepared::new(bytes, content_type, cache, compression)
}

/// Trunk names hashed outputs `name-<hash>.ext`, the hash a 64-bit number in hex without
/// leading zeros (the wasm adds `_bg`).
fn has_content_hash(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

fn content_type(name: &str) -> &'static str {
    match name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .as_deref()
    {
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
}
