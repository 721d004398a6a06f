//! Charset decoding: the bytes of an HTML page (and, when known, its HTTP
//! `Content-Type` header) in, the page as a `String` and the encoding used
//! out.
//!
//! The order of evidence follows what browsers do (WHATWG "determining the
//! character encoding"), with one deliberate departure:
//! 1. a byte-order mark (UTF-8, UTF-16LE/BE) wins;
//! 2. the `charset` parameter of the HTTP `Content-Type` header;
//! 3. a `<meta charset>` or `<meta http-equiv="Content-Type">` (or an XML
//!    declaration) in the first [`PRESCAN_BYTES`] bytes;
//! 4. no declaration: UTF-8 if the bytes are valid UTF-8, else the guess
//!    of `chardetng` (the detector Firefox uses).
//!
//! The departure: a page *declared* in a single-byte legacy encoding
//! (Latin-1, Windows-1252, …) whose bytes are valid UTF-8 and hold
//! multi-byte sequences is read as UTF-8. Servers and templates mislabel
//! UTF-8 this way often, and legacy text is practically never valid UTF-8
//! by accident; browsers keep the label and show mojibake, an extractor
//! should not.
//!
//! Invariants: never fails and never panics; undecodable bytes become
//! U+FFFD; a declared UTF-16 in a `<meta>` (which cannot be, since the
//! prescan read it as ASCII) means UTF-8, as the standard says.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How far into the page a `<meta>` charset declaration is looked for.
/// Browsers stop at 1024 bytes; real pages put long `<script>`/`<style>`
/// blocks before their `<meta>`, and reading further costs nothing.
pub const PRESCAN_BYTES: usize = 16 * 1024;

/// Where the encoding came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CharsetSource {
    Bom,
    HttpHeader,
    Meta,
    /// Declared as a legacy encoding, but the bytes are UTF-8.
    Utf8OverDeclared,
    /// Undeclared and valid UTF-8.
    Utf8,
    /// Undeclared, guessed from the bytes.
    Sniffed,
}

/// A decoded page.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub html: String,
    /// The WHATWG name of the encoding used (`UTF-8`, `Shift_JIS`, …).
    pub encoding: &'static str,
    pub source: CharsetSource,
    /// Some bytes could not be decoded and were replaced.
    pub had_errors: bool,
}

/// Decodes an HTML page. `content_type` is the HTTP header's value
/// (`text/html; charset=…`), when the page came over HTTP.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(enc, &bytes[bom_len..], CharsetSource::Bom);
    }
    let declared = content_type
        .and_then(charset_param)
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .map(|e| (e, CharsetSource::HttpHeader))
        .or_else(|| prescan(bytes).map(|e| (e, CharsetSource::Meta)));
    match declared {
        // UTF-16 without a BOM cannot be told apart reliably; a header
        // saying so is believed.
        Some((enc, src)) if enc == UTF_16LE || enc == UTF_16BE => finish(enc, bytes, src),
        Some((enc, src)) => {
            let enc = enc.output_encoding();
            if enc != UTF_8 && is_single_byte(enc) && is_utf8_with_multibyte(bytes) {
                finish(UTF_8, bytes, CharsetSource::Utf8OverDeclared)
            } else {
                finish(enc, bytes, src)
            }
        }
        None if std::str::from_utf8(bytes).is_ok() => finish(UTF_8, bytes, CharsetSource::Utf8),
        None => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Allow);
            finish(enc, bytes, CharsetSource::Sniffed)
        }
    }
}

fn finish(enc: &'static Encoding, bytes: &[u8], source: CharsetSource) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded {
        html: text.into_owned(),
        encoding: enc.name(),
        source,
        had_errors,
    }
}

/// Single-byte encodings, where valid UTF-8 multi-byte runs are a
/// mislabel rather than text.
fn is_single_byte(enc: &'static Encoding) -> bool {
    enc.is_single_byte()
}

fn is_utf8_with_multibyte(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

/// The `charset` parameter of a `Content-Type` value.
pub fn charset_param(content_type: &str) -> Option<String> {
    let lower = content_type.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    let label = &rest[..end];
    (!label.is_empty()).then(|| label.to_string())
}

/// The encoding a `<meta>` tag or XML declaration in the head of the page
/// declares.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    // The head is read as ASCII: every charset label and the markup around
    // it are ASCII in every encoding a page can declare this way.
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    if let Some(rest) = text.strip_prefix("<?xml")
        && let Some(end) = rest.find("?>")
        && let Some(label) = attr_value(&rest[..end], "encoding")
        && let Some(enc) = Encoding::for_label(label.as_bytes())
    {
        return Some(utf16_means_utf8(enc));
    }
    let mut from = 0;
    while let Some(k) = text[from..].find("<meta") {
        let start = from + k + "<meta".len();
        let end = text[start..].find('>').map_or(text.len(), |e| start + e);
        let tag = &text[start..end];
        from = end;
        if let Some(label) = attr_value(tag, "charset")
            && let Some(enc) = Encoding::for_label(label.trim().as_bytes())
        {
            return Some(utf16_means_utf8(enc));
        }
        if attr_value(tag, "http-equiv").is_some_and(|v| v.trim() == "content-type")
            && let Some(content) = attr_value(tag, "content")
            && let Some(label) = charset_param(&content)
            && let Some(enc) = Encoding::for_label(label.as_bytes())
        {
            return Some(utf16_means_utf8(enc));
        }
    }
    None
}

fn utf16_means_utf8(enc: &'static Encoding) -> &'static Encoding {
    if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc.name() == "x-user-defined" {
        WINDOWS_1252
    } else {
        enc
    }
}

/// The value of attribute `name` in the (lower-cased) inside of a tag:
/// `name=value`, `name="value"` or `name='value'`, the name standing alone
/// (not the tail of another attribute's name).
fn attr_value(tag: &str, name: &str) -> Option<String> {
    let b = tag.as_bytes();
    let mut from = 0;
    while let Some(k) = tag[from..].find(name) {
        let at = from + k;
        from = at + name.len();
        let before_ok = at == 0
            || matches!(
                b[at - 1],
                b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'"' | b'\''
            );
        if !before_ok {
            continue;
        }
        let rest = tag[at + name.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.as_bytes().first() {
            Some(&q @ (b'"' | b'\'')) => {
                let inner = &rest[1..];
                let end = inner.find(q as char).unwrap_or(inner.len());
                &inner[..end]
            }
            _ => {
                let end = rest
                    .find(|c: char| c.is_whitespace() || c == '/' || c == ';')
                    .unwrap_or(rest.len());
                // `content=text/html;charset=x` without quotes: keep the
                // whole value up to white space.
                if name == "content" {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    &rest[..end]
                } else {
                    &rest[..end]
                }
            }
        };
        return Some(value.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_param() {
        assert_eq!(
            charset_param("text/html; charset=\"Shift_JIS\"").as_deref(),
            Some("shift_jis")
        );
        assert_eq!(charset_param("text/html").as_deref(), None);
        assert_eq!(
            charset_param("text/html;charset=utf-8;q=1").as_deref(),
            Some("utf-8")
        );
    }

    #[test]
    fn meta_declarations() {
        let d = decode(b"<meta charset=\"windows-1252\"><p>caf\xe9</p>", None);
        assert_eq!(
            (d.encoding, d.source),
            ("windows-1252", CharsetSource::Meta)
        );
        assert!(d.html.contains("café"));
        let d = decode(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\xe9</p>",
            None,
        );
        assert!(d.html.contains('é'));
        let d = decode(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>\xe9</p>",
            None,
        );
        assert!(d.html.contains('é'));
    }

    #[test]
    fn header_beats_meta_and_bom_beats_header() {
        let page = b"<meta charset=utf-8><p>\x82\xa0</p>";
        let d = decode(page, Some("text/html; charset=Shift_JIS"));
        assert_eq!(d.source, CharsetSource::HttpHeader);
        assert!(d.html.contains('あ'));
        let d = decode(
            b"\xef\xbb\xbf<p>\xc3\xa9</p>",
            Some("text/html; charset=shift_jis"),
        );
        assert_eq!((d.encoding, d.source), ("UTF-8", CharsetSource::Bom));
        assert!(d.html.contains('é'));
    }

    #[test]
    fn mislabelled_utf8() {
        let d = decode("<meta charset=iso-8859-1><p>café</p>".as_bytes(), None);
        assert_eq!(d.source, CharsetSource::Utf8OverDeclared);
        assert!(d.html.contains("café"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "<p>héllo</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&bytes, None);
        assert_eq!(d.html, "<p>héllo</p>");
    }

    #[test]
    fn sniffed_legacy() {
        // Undeclared Windows-1252 prose.
        let d = decode(b"<p>The caf\xe9 served cr\xe8me br\xfbl\xe9e.</p>", None);
        assert_eq!(d.source, CharsetSource::Sniffed);
        assert!(d.html.contains("café"), "{}", d.html);
    }
}
