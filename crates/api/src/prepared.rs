//! Response bodies prepared once: compressed at the highest levels, with strong ETags, and
//! answered from memory (including `304 Not Modified`).

use std::io::{self, Read, Write};
use std::path::Path;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// How long clients and caches may keep a prepared body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CachePolicy {
    /// Named by its content hash: never changes.
    Immutable,
    /// May change at any deploy: always revalidate (cheap, thanks to the ETag).
    Revalidate,
    /// Public API data: fresh for a few minutes, then served stale while revalidating.
    PublicData,
}

impl CachePolicy {
    fn header(self) -> &'static str {
        match self {
            CachePolicy::Immutable => "public, max-age=31536000, immutable",
            CachePolicy::Revalidate => "no-cache",
            CachePolicy::PublicData => "public, max-age=300, stale-while-revalidate=86400",
        }
    }
}

/// How hard to compress a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Already compressed (images, fonts): keep as is.
    None,
    /// Prepared once, served many times: the smallest output.
    Best,
    /// Made for one request: fast.
    Fast,
}

/// One body, with its compressed forms where they are smaller.
#[derive(Debug)]
pub struct Prepared {
    identity: Variant,
    brotli: Option<Variant>,
    gzip: Option<Variant>,
    content_type: HeaderValue,
    cache: HeaderValue,
}

/// One encoding of a body, with its strong ETag (which differs between encodings).
#[derive(Debug)]
struct Variant {
    body: Bytes,
    encoding: Option<HeaderValue>,
    etag_text: String,
    etag: HeaderValue,
}

impl Variant {
    fn new(body: Bytes, encoding: Option<&'static str>, hash: &str) -> Variant {
        let etag_text = match encoding {
            Some("br") => format!("\"{hash}-br\""),
            Some(_) => format!("\"{hash}-gz\""),
            None => format!("\"{hash}\""),
        };
        let etag = HeaderValue::from_str(&etag_text).unwrap_or(HeaderValue::from_static("\"\""));
        Variant {
            body,
            encoding: encoding.map(HeaderValue::from_static),
            etag_text,
            etag,
        }
    }
}

impl Prepared {
    /// Prepares `bytes`, keeping compressed forms that are smaller.
    pub fn new(
        bytes: Vec<u8>,
        content_type: &'static str,
        cache: CachePolicy,
        compression: Compression,
    ) -> Self {
        Prepared::kept(bytes, content_type, cache, compression, None)
    }

    /// As `new`; with `kept`, the compressed forms of `Compression::Best` are kept in that
    /// directory between starts, by the SHA-256 of what they compress, and read back instead of
    /// compressing again (the highest levels take seconds for the app's files).
    pub fn kept(
        bytes: Vec<u8>,
        content_type: &'static str,
        cache: CachePolicy,
        compression: Compression,
        kept: Option<&Path>,
    ) -> Self {
        let digest = Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let (levels, kept) = match compression {
            Compression::None => (None, None),
            Compression::Best => (Some((11, 9)), kept),
            Compression::Fast => (Some((4, 5)), None),
        };
        let (brotli, gzip) = match levels {
            Some((brotli_quality, gzip_level)) if bytes.len() > 256 => (
                smaller(
                    &bytes,
                    keep(
                        kept,
                        &format!("{hex}.br{brotli_quality}"),
                        &bytes,
                        unbrotli,
                        || brotli_bytes(&bytes, brotli_quality),
                    ),
                ),
                smaller(
                    &bytes,
                    keep(
                        kept,
                        &format!("{hex}.gz{gzip_level}"),
                        &bytes,
                        ungzip,
                        || gzip_bytes(&bytes, gzip_level),
                    ),
                ),
            ),
            _ => (None, None),
        };
        let hash = &hex[..24];
        Prepared {
            identity: Variant::new(Bytes::from(bytes), None, hash),
            brotli: brotli.map(|body| Variant::new(body, Some("br"), hash)),
            gzip: gzip.map(|body| Variant::new(body, Some("gzip"), hash)),
            content_type: HeaderValue::from_static(content_type),
            cache: HeaderValue::from_static(cache.header()),
        }
    }

    /// Bytes over the wire for a client that accepts brotli.
    pub fn transfer_size(&self) -> usize {
        self.brotli.as_ref().unwrap_or(&self.identity).body.len()
    }

    /// A JSON body for public API data, prepared once.
    pub fn json<T: serde::Serialize>(value: &T) -> Self {
        let bytes = serde_json::to_vec(value).unwrap_or_default();
        Prepared::new(
            bytes,
            "application/json",
            CachePolicy::PublicData,
            Compression::Best,
        )
    }

    /// A JSON body for public API data made for one request (filtered lists).
    pub fn dynamic_json<T: serde::Serialize>(value: &T) -> Self {
        let bytes = serde_json::to_vec(value).unwrap_or_default();
        Prepared::new(
            bytes,
            "application/json",
            CachePolicy::PublicData,
            Compression::Fast,
        )
    }

    /// The response for a GET or HEAD with these request headers: the best encoding the client
    /// accepts, or 304 when its cached copy is current.
    pub fn respond(&self, request: &HeaderMap) -> Response {
        let accepted = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("");
        let variant = match (&self.brotli, &self.gzip) {
            (Some(br), _) if accepts(accepted, "br") => br,
            (_, Some(gz)) if accepts(accepted, "gzip") => gz,
            _ => &self.identity,
        };
        let fresh = request
            .get(header::IF_NONE_MATCH)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|tags| etag_matches(tags, &variant.etag_text));

        let mut response = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut response = variant.body.clone().into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, self.content_type.clone());
            if let Some(encoding) = &variant.encoding {
                headers.insert(header::CONTENT_ENCODING, encoding.clone());
            }
            response
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, self.cache.clone());
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        headers.insert(header::ETAG, variant.etag.clone());
        response
    }
}

fn smaller(original: &[u8], compressed: io::Result<Vec<u8>>) -> Option<Bytes> {
    compressed
        .ok()
        .filter(|c| c.len() < original.len())
        .map(Bytes::from)
}

/// A compressed form of `bytes`: the file `name` in `dir` when it decompresses to exactly
/// `bytes` (a damaged or outdated one is made again), else made and written there for the next
/// start. Without `dir`, made.
fn keep(
    dir: Option<&Path>,
    name: &str,
    bytes: &[u8],
    decompress: fn(&[u8], u64) -> io::Result<Vec<u8>>,
    compress: impl FnOnce() -> io::Result<Vec<u8>>,
) -> io::Result<Vec<u8>> {
    static WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let Some(dir) = dir else {
        return compress();
    };
    let path = dir.join(name);
    if let Ok(found) = std::fs::read(&path) {
        if decompress(&found, bytes.len() as u64 + 1).is_ok_and(|plain| plain == bytes) {
            return Ok(found);
        }
    }
    let made = compress()?;
    // Written whole under a name of its own, then renamed: a start cut short, or two servers
    // starting at once, never leave half a file under the real name.
    let write = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let partial = dir.join(format!("{name}.{}-{write}.partial", std::process::id()));
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&partial, &made))
        .and_then(|()| std::fs::rename(&partial, &path));
    if let Err(err) = written {
        let _ = std::fs::remove_file(&partial);
        tracing::warn!("cannot keep {} compressed: {err}", path.display());
    }
    Ok(made)
}

/// Decompresses a kept file, reading at most `limit` bytes (one more than the body it should
/// hold: a file that says more is not it).
fn unbrotli(compressed: &[u8], limit: u64) -> io::Result<Vec<u8>> {
    let mut plain = Vec::new();
    brotli::Decompressor::new(compressed, 4096)
        .take(limit)
        .read_to_end(&mut plain)?;
    Ok(plain)
}

fn ungzip(compressed: &[u8], limit: u64) -> io::Result<Vec<u8>> {
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(compressed)
        .take(limit)
        .read_to_end(&mut plain)?;
    Ok(plain)
}

fn brotli_bytes(bytes: &[u8], quality: u32) -> io::Result<Vec<u8>> {
    let mut writer = brotli::CompressorWriter::new(Vec::new(), 64 * 1024, quality, 22);
    writer.write_all(bytes)?;
    writer.flush()?;
    Ok(writer.into_inner())
}

fn gzip_bytes(bytes: &[u8], level: u32) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
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

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn kept_compressed_forms_are_read_back_only_when_they_hold_the_same_bytes() {
        let dir = std::env::temp_dir().join(format!("passage-kept-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let bytes = "Passage, the same text again and again. "
            .repeat(40)
            .into_bytes();
        let prepare = || {
            Prepared::kept(
                bytes.clone(),
                "text/plain",
                CachePolicy::Revalidate,
                Compression::Best,
                Some(&dir),
            )
        };
        let brotli_of = |p: &Prepared| p.brotli.as_ref().unwrap().body.to_vec();
        let kept = |extension: &str| {
            let found: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == extension))
                .collect();
            assert_eq!(found.len(), 1, "{found:?}");
            found[0].clone()
        };

        // The first start compresses and keeps both forms, as served.
        let first = prepare();
        let br = kept("br11");
        assert_eq!(std::fs::read(&br).unwrap(), brotli_of(&first));
        assert_eq!(
            std::fs::read(kept("gz9")).unwrap(),
            first.gzip.as_ref().unwrap().body.to_vec()
        );

        // A later start reads the kept form: a valid one made otherwise is served as it is.
        let other = brotli_bytes(&bytes, 1).unwrap();
        assert_ne!(other, brotli_of(&first));
        std::fs::write(&br, &other).unwrap();
        assert_eq!(brotli_of(&prepare()), other);

        // A damaged file, or one of other bytes, is made again and replaced.
        for wrong in [
            b"not brotli".to_vec(),
            brotli_bytes(b"other bytes", 11).unwrap(),
        ] {
            std::fs::write(&br, &wrong).unwrap();
            let again = prepare();
            assert_eq!(unbrotli(&brotli_of(&again), u64::MAX).unwrap(), bytes);
            assert_eq!(std::fs::read(&br).unwrap(), brotli_of(&again));
        }
        let partial = std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .to_string_lossy()
                    .ends_with(".partial")
            })
            .count();
        assert_eq!(partial, 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
