//! Content codings (brotli, gzip): which one a request takes, compressing bytes at a
//! strength, and the layer that compresses the answers made per request.
//!
//! Files and pages that are the same for everyone are compressed once, at the strongest
//! settings (`static_files`, `page_cache`). An answer made for one request (a plan page,
//! JSON) is compressed by [`compress_answers`] as one piece, after it is whole: brotli's
//! fastest qualities work on the blocks they are handed, and the same 35 KB plan page fed
//! in 4 KB pieces came out 70 % larger and took twice as long (docs/performance.md).

use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::Response,
};
use futures_util::StreamExt as _;
use std::io::Write as _;

/// A content coding of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

/// How hard to compress: once for a copy that is kept, or quickly for one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// The strongest settings (brotli 11, gzip 9), for copies made once.
    Best,
    /// Chosen by measurement for answers made per request (docs/performance.md).
    Fast,
}

impl Coding {
    /// The codings a copy may be kept in, best first, with the suffix of their files.
    pub const COMPRESSED: [(Coding, &'static str); 2] =
        [(Coding::Brotli, "br"), (Coding::Gzip, "gz")];

    /// The `Content-Encoding` name.
    pub fn name(self) -> &'static str {
        match self {
            Coding::Brotli => "br",
            Coding::Gzip => "gzip",
            Coding::Identity => "identity",
        }
    }

    /// The best coding `accept` (an `Accept-Encoding` value) takes.
    pub fn preferred(accept: Option<&str>) -> Coding {
        let accept = accept.unwrap_or_default();
        Coding::COMPRESSED
            .into_iter()
            .map(|(coding, _)| coding)
            .find(|coding| accepts(accept, *coding))
            .unwrap_or(Coding::Identity)
    }

    /// `data` in this coding.
    pub fn compress(self, data: &[u8], strength: Strength) -> Vec<u8> {
        match self {
            Coding::Brotli => brotli(data, strength),
            Coding::Gzip => gzip(data, strength),
            Coding::Identity => data.to_vec(),
        }
    }
}

/// Whether `accept` (an `Accept-Encoding` value) takes `coding`: named, or by `*`, with a
/// weight above zero.
pub fn accepts(accept: &str, coding: Coding) -> bool {
    let mut star = false;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let weighted_zero = parts.any(|param| {
            param
                .trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        if name.eq_ignore_ascii_case(coding.name())
            || (coding == Coding::Gzip && name.eq_ignore_ascii_case("x-gzip"))
        {
            return !weighted_zero;
        }
        star |= name == "*" && !weighted_zero;
    }
    star
}

/// The brotli quality for answers made per request. Measured on the 35 KB plan page
/// (docs/performance.md): quality 0 sends 8.7 KB, quality 1 sends 8.3 KB and takes a
/// quarter longer, quality 2 sends 8.0 KB and takes half as long again.
const FAST_BROTLI_QUALITY: i32 = 0;

/// The gzip level for answers made per request: level 1 sends 10.3 KB of the plan page
/// in a quarter of level 6's time.
const FAST_GZIP_LEVEL: u32 = 1;

/// `data` compressed with brotli, in one piece, with a window no larger than `data`.
fn brotli(data: &[u8], strength: Strength) -> Vec<u8> {
    let quality = match strength {
        Strength::Best => 11,
        Strength::Fast => FAST_BROTLI_QUALITY,
    };
    // The window: 2^lgwin bytes, from 2^16 up to brotli's 2^24, just over `data`.
    let lgwin = (usize::BITS - data.len().leading_zeros()).clamp(16, 24);
    let params = brotli::enc::BrotliEncoderParams {
        quality,
        lgwin: i32::try_from(lgwin).unwrap_or(22),
        size_hint: data.len(),
        ..Default::default()
    };
    let mut writer = brotli::CompressorWriter::with_params(
        Vec::with_capacity(data.len() / 3),
        data.len().max(1),
        &params,
    );
    // Writing into a Vec cannot fail.
    let _ = writer.write_all(data);
    writer.into_inner()
}

/// `data` compressed with gzip.
fn gzip(data: &[u8], strength: Strength) -> Vec<u8> {
    let level = match strength {
        Strength::Best => flate2::Compression::best(),
        Strength::Fast => flate2::Compression::new(FAST_GZIP_LEVEL),
    };
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 3), level);
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// Answers smaller than this go as they are: they fit in one packet either way.
const MIN_BYTES: usize = 256;

/// Answers larger than this go as they are, streamed: the site makes none (a plan page
/// is about 35 KB), so this only bounds the memory one answer can take.
const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Whether an answer with these headers is text worth compressing and not compressed yet.
fn compressible(headers: &HeaderMap) -> bool {
    if headers.contains_key(header::CONTENT_ENCODING) {
        return false;
    }
    let Some(media) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let media = media.split(';').next().unwrap_or_default().trim();
    (media.starts_with("text/") && media != "text/event-stream")
        || media.ends_with("json")
        || media.ends_with("+xml")
        || media == "application/javascript"
}

/// Middleware: an answer made for this request, if it is text, is compressed in the best
/// coding the request takes, in one piece once it is whole (see the module's paragraph).
/// Answers already in a coding (files, kept pages) pass as they are.
pub async fn compress_answers(req: Request, next: Next) -> Response {
    let coding = Coding::preferred(
        req.headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|value| value.to_str().ok()),
    );
    let head = req.method() == Method::HEAD;
    let res = next.run(req).await;
    if !compressible(res.headers()) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let varies = parts.headers.get_all(header::VARY).iter().any(|value| {
        value
            .to_str()
            .is_ok_and(|names| names.to_ascii_lowercase().contains("accept-encoding"))
    });
    if !varies {
        parts
            .headers
            .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    let no_body =
        head || parts.status == StatusCode::NO_CONTENT || parts.status == StatusCode::NOT_MODIFIED;
    if coding == Coding::Identity || no_body {
        return Response::from_parts(parts, body);
    }
    let mut stream = body.into_data_stream();
    let mut whole = Vec::new();
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) if whole.len() + bytes.len() <= MAX_BYTES => whole.extend_from_slice(&bytes),
            Ok(bytes) => {
                let before = futures_util::stream::iter([Ok(Bytes::from(whole)), Ok(bytes)]);
                return Response::from_parts(parts, Body::from_stream(before.chain(stream)));
            }
            Err(error) => {
                tracing::warn!(%error, "an answer broke off while it was being compressed");
                parts.headers.remove(header::CONTENT_LENGTH);
                return Response::from_parts(parts, Body::from(whole));
            }
        }
    }
    if whole.len() < MIN_BYTES {
        return Response::from_parts(parts, Body::from(whole));
    }
    let compressed = coding.compress(&whole, Strength::Fast);
    parts.headers.insert(
        header::CONTENT_ENCODING,
        HeaderValue::from_static(coding.name()),
    );
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(compressed.len()));
    Response::from_parts(parts, Body::from(compressed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{Router, routing::get};
    use std::io::Read as _;
    use tower::ServiceExt as _;

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts("gzip, deflate, br, zstd", Coding::Brotli));
        assert!(accepts("gzip, deflate, br, zstd", Coding::Gzip));
        assert!(!accepts("gzip", Coding::Brotli));
        assert!(!accepts("br;q=0, gzip", Coding::Brotli));
        assert!(accepts("br;q=0.5", Coding::Brotli));
        assert!(accepts("*", Coding::Brotli));
        assert!(!accepts("*, br;q=0", Coding::Brotli));
        assert!(!accepts("*;q=0", Coding::Gzip));
        assert!(accepts("X-GZIP", Coding::Gzip));
        assert!(!accepts("", Coding::Gzip));
    }

    #[test]
    fn the_best_coding_taken_is_preferred() {
        assert_eq!(Coding::preferred(Some("gzip, deflate, br")), Coding::Brotli);
        assert_eq!(Coding::preferred(Some("gzip, br;q=0")), Coding::Gzip);
        assert_eq!(Coding::preferred(Some("deflate")), Coding::Identity);
        assert_eq!(Coding::preferred(None), Coding::Identity);
    }

    fn unbrotli(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(data, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn ungzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    /// A page-like text of about `n` bytes, with the repetition real HTML has.
    fn page(n: usize) -> String {
        (0..)
            .map(|i| format!("<li class=\"step\"><a href=\"/organisatie/{i}\">Hulp {i}</a></li>\n"))
            .scan(0, |len, item| {
                *len += item.len();
                (*len <= n).then_some(item)
            })
            .collect()
    }

    #[test]
    fn every_coding_and_strength_gives_the_bytes_back() {
        for n in [0, 1, 300, 40_000, 300_000] {
            let data = page(n).into_bytes();
            for strength in [Strength::Best, Strength::Fast] {
                assert_eq!(unbrotli(&Coding::Brotli.compress(&data, strength)), data);
                assert_eq!(ungzip(&Coding::Gzip.compress(&data, strength)), data);
            }
            assert_eq!(Coding::Identity.compress(&data, Strength::Fast), data);
        }
    }

    /// About 35 KB of the directory's own files: text as varied as a plan page's.
    fn directory_text() -> Vec<u8> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/organisations");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut text: Vec<u8> = files
            .iter()
            .flat_map(|f| std::fs::read(f).unwrap())
            .collect();
        text.truncate(35_000);
        text
    }

    #[test]
    fn one_piece_compresses_better_than_the_same_bytes_in_small_pieces() {
        let data = directory_text();
        assert_eq!(data.len(), 35_000);
        let whole = Coding::Brotli.compress(&data, Strength::Fast).len();
        let params = brotli::enc::BrotliEncoderParams {
            quality: FAST_BROTLI_QUALITY,
            ..Default::default()
        };
        let mut pieces = brotli::CompressorWriter::with_params(Vec::new(), 4096, &params);
        for piece in data.chunks(4096) {
            pieces.write_all(piece).unwrap();
        }
        let pieces = pieces.into_inner().len();
        assert!(whole < pieces, "whole {whole} B, in pieces {pieces} B");
    }

    async fn answer(route: Router, method: Method, accept: &str) -> Response {
        let req = Request::builder()
            .method(method)
            .uri("/")
            .header(header::ACCEPT_ENCODING, accept)
            .body(Body::empty())
            .unwrap();
        route
            .layer(axum::middleware::from_fn(compress_answers))
            .oneshot(req)
            .await
            .unwrap()
    }

    async fn body(res: Response) -> Vec<u8> {
        axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    fn html(text: String) -> Router {
        let head = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
        Router::new().route("/", get(move || async move { (head, text) }))
    }

    #[tokio::test]
    async fn a_page_is_sent_in_the_coding_taken_whole_and_with_its_length() {
        let text = page(35_000);
        let res = answer(html(text.clone()), Method::GET, "gzip, br").await;
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(res.headers()[header::VARY], "accept-encoding");
        let length: usize = res.headers()[header::CONTENT_LENGTH]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        let sent = body(res).await;
        assert_eq!(sent.len(), length);
        assert!(sent.len() < text.len() / 3);
        assert_eq!(unbrotli(&sent), text.as_bytes());

        let res = answer(html(text.clone()), Method::GET, "gzip").await;
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(ungzip(&body(res).await), text.as_bytes());
    }

    #[tokio::test]
    async fn small_plain_and_unasked_answers_go_as_they_are() {
        let res = answer(html("<p>kort</p>".into()), Method::GET, "br").await;
        assert!(!res.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(body(res).await, b"<p>kort</p>");

        let text = page(5_000);
        let res = answer(html(text.clone()), Method::GET, "identity").await;
        assert!(!res.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(res.headers()[header::VARY], "accept-encoding");
        assert_eq!(body(res).await, text.as_bytes());

        let png = Router::new().route(
            "/",
            get(|| async { ([(header::CONTENT_TYPE, "image/png")], vec![7_u8; 5_000]) }),
        );
        let res = answer(png, Method::GET, "br").await;
        assert!(!res.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(body(res).await.len(), 5_000);

        let res = answer(html(text), Method::HEAD, "br").await;
        assert!(!res.headers().contains_key(header::CONTENT_ENCODING));

        let kept = Router::new().route(
            "/",
            get(|| async {
                let head = [
                    (header::CONTENT_TYPE, "text/html"),
                    (header::VARY, "Accept-Encoding"),
                ];
                (head, "<p>al bewaard</p>")
            }),
        );
        let res = answer(kept, Method::GET, "identity").await;
        assert_eq!(
            res.headers().get_all(header::VARY).iter().count(),
            1,
            "named once"
        );
    }

    #[tokio::test]
    async fn an_answer_already_in_a_coding_is_not_compressed_again() {
        let route = Router::new().route(
            "/",
            get(|| async {
                let head = [
                    (header::CONTENT_TYPE, "text/css"),
                    (header::CONTENT_ENCODING, "br"),
                ];
                (head, vec![b'x'; 5_000])
            }),
        );
        let res = answer(route, Method::GET, "br").await;
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(body(res).await, vec![b'x'; 5_000]);
    }

    #[tokio::test]
    async fn an_answer_over_the_bound_is_streamed_as_it_is() {
        let text = page(MAX_BYTES + 100_000);
        let res = answer(html(text.clone()), Method::GET, "br").await;
        assert!(!res.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(body(res).await, text.as_bytes());
    }
}
