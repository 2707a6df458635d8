//! The built app's files, read once at start-up and served from memory.

use std::collections::HashMap;
use std::io;
use std::path::Path;

use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::prepared::{CachePolicy, Compression, Prepared};

/// Files larger than this are not served (Trunk's output is far smaller).
const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The request header by which the service worker says the browser holds the app's style sheet
/// and boot script already.
pub const SHELL_HEADER: &str = "passage-shell";

/// All files of the built app, keyed by their path below `dist/` (`passage-…_bg.wasm`).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Prepared>,
    /// For each page written with its style sheet and boot script inline (tools/prerender.js).
    pages: HashMap<String, Page>,
}

/// A page with inline style and script: the policy that allows exactly those texts, and the same
/// page linking the files that hold them.
#[derive(Debug)]
struct Page {
    csp: HeaderValue,
    linked: Option<Prepared>,
}

/// What a prepared body is: a file of the app, or the linking form of a page.
#[derive(Debug, Clone, Copy)]
enum Kind {
    File,
    Linked,
}

impl Assets {
    /// Reads every file below `dir`. A missing `dir` gives an empty set (the API still runs).
    /// Compressing at the highest levels takes seconds (the wasm parts above all), so it is
    /// spread over the machine's cores, and with `kept` (a directory) done once per file content
    /// (`Prepared::kept`).
    pub fn load(dir: &Path, kept: Option<&Path>) -> io::Result<Self> {
        if !dir.exists() {
            tracing::warn!("no built app at {}: only the API is served", dir.display());
            return Ok(Assets::default());
        }
        let mut found = Vec::new();
        find_files(dir, "", &mut found)?;
        // Pages with inline style and script: their policies now; the pages linking those files
        // are compressed with everything else.
        let mut policies = HashMap::new();
        let mut work = Vec::new();
        {
            let raw: HashMap<&str, &[u8]> = found
                .iter()
                .map(|(key, bytes)| (key.as_str(), bytes.as_slice()))
                .collect();
            for (key, bytes) in found.iter().filter(|(key, _)| key.ends_with(".html")) {
                if let Some((csp, linked)) = inline_page(bytes, &raw) {
                    policies.insert(key.clone(), csp);
                    if let Some(linked) = linked {
                        work.push((Kind::Linked, key.clone(), linked));
                    }
                }
            }
        }
        work.extend(
            found
                .into_iter()
                .map(|(key, bytes)| (Kind::File, key, bytes)),
        );
        // Largest first, so no core is left with a big file at the end.
        work.sort_by_key(|(_, _, bytes)| std::cmp::Reverse(bytes.len()));
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let queue = std::sync::Mutex::new(work.into_iter());
        let prepared = std::sync::Mutex::new((HashMap::new(), HashMap::new()));
        std::thread::scope(|scope| {
            for _ in 0..cores {
                scope.spawn(|| loop {
                    let next = queue.lock().map(|mut q| q.next()).unwrap_or(None);
                    let Some((kind, key, bytes)) = next else {
                        break;
                    };
                    let name = key.rsplit('/').next().unwrap_or(&key).to_owned();
                    let file = prepare_file(&name, bytes, kept);
                    if let Ok(mut prepared) = prepared.lock() {
                        match kind {
                            Kind::File => prepared.0.insert(key, file),
                            Kind::Linked => prepared.1.insert(key, file),
                        };
                    }
                });
            }
        });
        let (files, mut linked) = prepared.into_inner().unwrap_or_default();
        let pages = policies
            .into_iter()
            .map(|(key, csp)| {
                let linked = linked.remove(&key);
                (key, Page { csp, linked })
            })
            .collect();
        Ok(Assets { files, pages })
    }

    /// The page at `key` (`ar/loan/index.html`): as built, with its style sheet and boot script
    /// inline and its own Content-Security-Policy; or, when the request says the browser holds
    /// those files already, the page linking them, a few KB smaller.
    pub fn page(&self, key: &str, request: &HeaderMap) -> Option<Response> {
        let file = self.files.get(key)?;
        let Some(page) = self.pages.get(key) else {
            return Some(file.respond(request));
        };
        let saved = request
            .get(SHELL_HEADER)
            .is_some_and(|value| value.as_bytes() == b"saved");
        let mut response = match &page.linked {
            Some(linked) if saved => linked.respond(request),
            _ => file.respond(request),
        };
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
        headers.insert(
            header::VARY,
            HeaderValue::from_static("accept-encoding, passage-shell"),
        );
        Some(response)
    }

    /// The file at `path` (without the leading `/`), if the app has one.
    pub fn get(&self, path: &str) -> Option<&Prepared> {
        self.files.get(path)
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

/// Every file below `dir` (recursively), keyed by its path below it.
fn find_files(dir: &Path, prefix: &str, found: &mut Vec<(String, Vec<u8>)>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let key = format!("{prefix}{}", entry.file_name().to_string_lossy());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            find_files(&entry.path(), &format!("{key}/"), found)?;
        } else if kind.is_file() && entry.metadata()?.len() <= MAX_FILE_BYTES {
            found.push((key, std::fs::read(entry.path())?));
        }
    }
    Ok(())
}

/// A page's inline `<style>` and `<script type="module">` texts: their hashes for the page's
/// policy, and, where each names the app's file holding that very text (`data-file`, written by
/// tools/prerender.js), the page linking those files instead. `None` for a page with neither.
/// `files`: every file of the app, by its path below `dist/`.
fn inline_page(
    html: &[u8],
    files: &HashMap<&str, &[u8]>,
) -> Option<(HeaderValue, Option<Vec<u8>>)> {
    let html = std::str::from_utf8(html).ok()?;
    let blocks = inline_blocks(html);
    if blocks.is_empty() {
        return None;
    }
    let hash = |text: &str| {
        let digest = Sha256::digest(text.as_bytes());
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    };
    let mut scripts = Vec::new();
    let mut styles = Vec::new();
    let mut linked = Some(html.to_owned());
    for block in &blocks {
        match block.kind {
            Inline::Style => styles.push(hash(block.text)),
            Inline::Script => scripts.push(hash(block.text)),
        }
        let same = block.file.filter(|file| {
            files
                .get(file.trim_start_matches('/'))
                .is_some_and(|found| *found == block.text.as_bytes())
        });
        linked = match (linked, same) {
            (Some(page), Some(file)) => {
                let reference = match block.kind {
                    Inline::Style => format!("<link rel=\"stylesheet\" href=\"{file}\">"),
                    Inline::Script => format!("<script type=\"module\" src=\"{file}\"></script>"),
                };
                Some(page.replacen(block.whole, &reference, 1))
            }
            _ => None,
        };
    }
    let sources = |hashes: &[String]| hashes.iter().map(|h| format!(" {h}")).collect::<String>();
    let csp = crate::headers::CSP
        .replacen(
            "script-src 'self' 'wasm-unsafe-eval'",
            &format!("script-src 'self' 'wasm-unsafe-eval'{}", sources(&scripts)),
            1,
        )
        .replacen(
            "style-src 'self'",
            &format!("style-src 'self'{}", sources(&styles)),
            1,
        );
    Some((
        HeaderValue::from_str(&csp).ok()?,
        linked.map(String::into_bytes),
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inline {
    Style,
    Script,
}

/// One inline element: all of it, the text between its tags, and the file it names.
struct Block<'a> {
    kind: Inline,
    whole: &'a str,
    text: &'a str,
    file: Option<&'a str>,
}

/// The page's `<style>` and `<script type="module">` elements that hold their text inline
/// (not those with a `src`).
fn inline_blocks(html: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    for (kind, open, close) in [
        (Inline::Style, "<style", "</style>"),
        (Inline::Script, "<script type=\"module\"", "</script>"),
    ] {
        let mut from = 0;
        while let Some(start) = html[from..].find(open).map(|i| from + i) {
            let Some(tag_end) = html[start..].find('>').map(|i| start + i) else {
                break;
            };
            let Some(end) = html[tag_end..].find(close).map(|i| tag_end + i) else {
                break;
            };
            let tag = &html[start..tag_end];
            if !tag.contains(" src=") {
                blocks.push(Block {
                    kind,
                    whole: &html[start..end + close.len()],
                    text: &html[tag_end + 1..end],
                    file: tag
                        .split_once(" data-file=\"")
                        .and_then(|(_, rest)| rest.split_once('"'))
                        .map(|(file, _)| file),
                });
            }
            from = end + close.len();
        }
    }
    blocks
}

fn prepare_file(name: &str, bytes: Vec<u8>, kept: Option<&Path>) -> Prepared {
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
    Prepared::kept(bytes, content_type, cache, compression, kept)
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
    fn a_page_links_its_style_sheet_only_when_the_named_file_holds_the_same_text() {
        let page = "<head><style data-file=\"/app-0123456789abcdef.css\">b{}</style>\
                    <script type=\"module\" src=\"/boot-0123456789abcdef.js\"></script></head>";
        let files =
            |css: &'static str| HashMap::from([("app-0123456789abcdef.css", css.as_bytes())]);
        let (csp, linked) = inline_page(page.as_bytes(), &files("b{}")).unwrap();
        assert_eq!(
            String::from_utf8(linked.unwrap()).unwrap(),
            "<head><link rel=\"stylesheet\" href=\"/app-0123456789abcdef.css\">\
             <script type=\"module\" src=\"/boot-0123456789abcdef.js\"></script></head>"
        );
        // (The script with a src is a file already: no hash for it.)
        let policy = csp.to_str().unwrap();
        assert!(
            policy.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{policy}"
        );
        assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");

        // Another build's file: the page is only ever served whole.
        let (other_csp, other_linked) = inline_page(page.as_bytes(), &files("i{}")).unwrap();
        assert!(other_linked.is_none());
        assert_eq!(other_csp, csp);
        assert!(inline_page(b"<head></head>", &files("b{}")).is_none());
    }

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
