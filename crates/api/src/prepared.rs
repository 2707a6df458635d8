//! Response bodies prepared once: compressed at the highest levels, with strong ETags, and
//! answered from memory (including `304 Not Modified`).

use std::io::{self, Write};

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
        let levels = match compression {
            Compression::None => None,
            Compression::Best => Some((11, 9)),
            Compression::Fast => Some((4, 5)),
        };
        let (brotli, gzip) = match levels {
            Some((brotli_quality, gzip_level)) if bytes.len() > 256 => (
                smaller(&bytes, brotli_bytes(&bytes, brotli_quality)),
                smaller(&bytes, gzip_bytes(&bytes, gzip_level)),
            ),
            _ => (None, None),
        };
        let digest = Sha256::digest(&bytes);
        let hash: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
        Prepared {
            identity: Variant::new(Bytes::from(bytes), None, &hash),
            brotli: brotli.map(|body| Variant::new(body, Some("br"), &hash)),
            gzip: gzip.map(|body| Variant::new(body, Some("gzip"), &hash)),
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
}
