//! Ingest: paths (files, directories recursively) or standard input in, a
//! lazy stream of [`RawDocument`]s or [`Rejection`]s out.
//!
//! Formats, chosen by extension:
//! - `.txt`, `.text`: one document per file; its id is the path as given
//!   or walked. (A walked directory's `README.md` and other files are not
//!   articles and are skipped; any file named explicitly is read as text.)
//! - `.jsonl`, `.ndjson`: one document per line: `id` (string or number) and
//!   `text` (string) are required, or `html` (string: a whole web page,
//!   extracted like an `.html` file) in place of `text` (with both, `text`
//!   is used); `title`, `date`, `url`, `source` (strings or null) are
//!   optional and win over what a page says of itself; other fields are
//!   ignored; blank lines are skipped.
//! - `.html`, `.htm`, `.xhtml`: one HTML page per file (format
//!   [`InputFormat::Html`]), read as bytes and decoded by its charset
//!   (byte-order mark, `<meta charset>`, else sniffed: see
//!   [`crate::html::charset`]); extraction finds the article in it;
//! - any of these gzipped (`.html.gz`, `.jsonl.gz`, …): decompressed as
//!   read; the size limit applies to the decompressed document;
//! - `.warc`, `.warc.gz` (format [`InputFormat::Warc`]): a web archive,
//!   plain, gzipped per record (as Common Crawl writes them) or gzipped
//!   whole; its `response` records with HTML payloads become HTML
//!   documents (id `FILE#<record id>`, URL the target URI, the fetch date
//!   as a fallback date), everything else is skipped and counted in
//!   [`IngestOptions::warc`]; see [`WarcCounts`] and the `warc` module;
//! - `.sgm`, `.sgml`: Reuters-21578 SGML, one document per `<REUTERS>`
//!   element with a `<BODY>` (id `reuters-<NEWID>`, `source` "Reuters");
//!   elements without a body (briefs, unprocessed items) are not articles and
//!   are skipped silently. The `<DATELINE>` is given trimmed of spaces and of
//!   its trailing ` -` separator (`SALVADOR, Feb 26`).
//!
//! A directory is walked recursively in sorted order; hidden entries are
//! skipped, files with other extensions are skipped, symbolic links are
//! followed except those leading back into a directory being walked (so a
//! link loop cannot recurse). A file named explicitly with an unknown
//! extension is read as text. `-` is standard input, sniffed: JSON Lines if
//! its first non-blank byte is `{`, an HTML page if it opens with
//! `<!doctype html` or `<html` (after any comments), a WARC if it opens
//! with `WARC/` or is gzipped, else one text document with id `-`.
//!
//! Invariants:
//! - input is streamed: one file is open at a time and read one line (JSON
//!   Lines, SGML) or one document (text) at a time, so memory does not grow
//!   with the number of documents; no line or document larger than
//!   [`IngestOptions::max_doc_bytes`] is ever held in memory (an oversized
//!   line is read in buffer-sized chunks and discarded up to its newline);
//!   a WARC is read one record at a time, its bodies streamed;
//! - a bad input becomes a [`Rejection`] with stage `ingest`, naming the
//!   input (`path`, or `path:line` for a line or an SGML element) and saying
//!   in words what is wrong; it never stops the stream, and the good
//!   documents beside it are still produced;
//! - order is deterministic: paths as given, directory entries sorted by
//!   name.

mod warc;

use std::collections::VecDeque;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use memchr::memmem;

use crate::html::entities::decode_entities;
use crate::model::{InputFormat, Origin, RawDocument, Rejection};

pub use warc::{WarcCounters, WarcCounts};

/// How much of an input is examined to tell text from binary.
const SNIFF_BYTES: usize = 8 * 1024;

/// Read buffer for line-oriented formats.
const BUF_BYTES: usize = 64 * 1024;

const STAGE: &str = "ingest";

/// Limits and choices for reading input.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Documents (files or lines, a WARC record's HTML payload) larger
    /// than this are rejected.
    pub max_doc_bytes: usize,
    /// What the WARC readers saw: records by kind, bytes. Shared by the
    /// clones of these options, so a caller can read it after (or while)
    /// the stream is consumed.
    pub warc: Arc<WarcCounters>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            max_doc_bytes: 8 << 20,
            warc: Arc::default(),
        }
    }
}

impl IngestOptions {
    /// The default options with another size limit.
    pub fn with_max_doc_bytes(max_doc_bytes: usize) -> IngestOptions {
        IngestOptions {
            max_doc_bytes,
            ..IngestOptions::default()
        }
    }
}

/// One item of the input stream.
#[derive(Debug)]
pub enum Item {
    Document(RawDocument),
    Rejected(Rejection),
}

/// The documents under `paths` (`-` is standard input), in a deterministic
/// order: paths as given, directories walked in sorted order. Lazy: nothing
/// is opened until the iterator is advanced.
pub fn read(paths: &[PathBuf], opts: &IngestOptions) -> impl Iterator<Item = Item> + Send + use<> {
    Items {
        paths: Vec::from(paths).into_iter(),
        opts: opts.clone(),
        walker: None,
        current: None,
    }
}

/// The documents in one stream, sniffed as standard input is: JSON Lines if
/// the first non-blank byte is `{`, else a single text document whose id is
/// `name`. `read` uses this for `-`; it is public so that any reader (a
/// pipe, a decompressor, a test double) can be ingested the same way.
pub fn read_stream<R: Read + Send + 'static>(
    name: &str,
    reader: R,
    opts: &IngestOptions,
) -> impl Iterator<Item = Item> + Send + use<R> {
    from_reader(name.to_string(), Box::new(reader), None, None, opts)
}

/// The format a file's extension names, if any (for `x.html.gz`, the
/// extension before `.gz`).
pub fn format_for(path: &Path) -> Option<InputFormat> {
    let mut ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if ext == "gz" {
        ext = Path::new(path.file_stem()?)
            .extension()?
            .to_str()?
            .to_ascii_lowercase();
    }
    match ext.as_str() {
        "txt" | "text" => Some(InputFormat::Text),
        "jsonl" | "ndjson" => Some(InputFormat::JsonLines),
        "sgm" | "sgml" => Some(InputFormat::ReutersSgml),
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "warc" => Some(InputFormat::Warc),
        _ => None,
    }
}

/// Whether a file is gzipped, by its name.
fn is_gzip(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

type ItemIter = Box<dyn Iterator<Item = Item> + Send>;

struct Items {
    paths: std::vec::IntoIter<PathBuf>,
    opts: IngestOptions,
    walker: Option<Walker>,
    current: Option<ItemIter>,
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            if let Some(walker) = &mut self.walker {
                match walker.next() {
                    Some(Ok((path, format))) => {
                        self.current = Some(open_file(&path, Some(format), &self.opts));
                    }
                    Some(Err(rejection)) => return Some(Item::Rejected(rejection)),
                    None => self.walker = None,
                }
                continue;
            }
            let path = self.paths.next()?;
            if path.as_os_str() == "-" {
                self.current = Some(from_reader(
                    "-".to_string(),
                    Box::new(io::stdin()),
                    None,
                    None,
                    &self.opts,
                ));
                continue;
            }
            let name = path.display().to_string();
            match fs::metadata(&path) {
                Err(e) => return Some(reject(name, io_reason(&e))),
                Ok(meta) if meta.is_dir() => match Walker::new(&path) {
                    Ok(walker) => self.walker = Some(walker),
                    Err(rejection) => return Some(Item::Rejected(rejection)),
                },
                // Named explicitly: an unknown extension is still text.
                Ok(meta) if meta.is_file() => {
                    let format = format_for(&path).unwrap_or(InputFormat::Text);
                    self.current = Some(open_file(&path, Some(format), &self.opts));
                }
                // A pipe or device (`<(zcat x.gz)`): read it as a stream,
                // sniffing the format when the name does not give it.
                Ok(_) => self.current = Some(open_file(&path, format_for(&path), &self.opts)),
            }
        }
    }
}

fn reject(input: String, reason: impl Into<String>) -> Item {
    Item::Rejected(Rejection {
        input,
        stage: STAGE,
        reason: reason.into(),
    })
}

fn one(item: Item) -> ItemIter {
    Box::new(std::iter::once(item))
}

/// A sentence for an I/O error, without the OS error number.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied: cannot read it".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => format!("read error: {}", &s[..i]),
                None => format!("read error: {s}"),
            }
        }
    }
}

fn open_file(path: &Path, format: Option<InputFormat>, opts: &IngestOptions) -> ItemIter {
    let name = path.display().to_string();
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return one(reject(name, io_reason(&e))),
    };
    if format == Some(InputFormat::Warc) {
        // Its own reader: gzip members one by one, by magic, not by name.
        return Box::new(warc::WarcReader::from_file(
            name,
            file,
            opts.max_doc_bytes,
            opts.warc.clone(),
        ));
    }
    if is_gzip(path) {
        // The compressed length says nothing of the document's size.
        let reader = flate2::read::MultiGzDecoder::new(BufReader::with_capacity(BUF_BYTES, file));
        return from_reader(name, Box::new(reader), format, None, opts);
    }
    let known_len = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    from_reader(name, Box::new(file), format, known_len, opts)
}

/// Reads up to `limit` bytes into `buf`, stopping early only at end of
/// input. Returns whether end of input was reached.
fn fill(reader: &mut dyn Read, buf: &mut Vec<u8>, limit: usize) -> io::Result<bool> {
    while buf.len() < limit {
        let want = (limit - buf.len()) as u64;
        match (&mut *reader).take(want).read_to_end(buf) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

fn is_blank(b: &[u8]) -> bool {
    b.iter().all(u8::is_ascii_whitespace)
}

/// Binary: a NUL byte, or more than one byte in ten a control character
/// other than the usual whitespace (and ESC, which some terminals' text
/// carries). Text in a legacy 8-bit encoding is not binary; it fails the
/// UTF-8 check instead, with a more useful message.
fn looks_binary(head: &[u8]) -> bool {
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1b)) || b == 0x7f
        })
        .count();
    controls * 10 > head.len()
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)
}

/// The common path for every input: size check, head, empty and binary
/// checks, format sniffing, then the format's own reader.
fn from_reader(
    name: String,
    mut reader: Box<dyn Read + Send>,
    format: Option<InputFormat>,
    known_len: Option<u64>,
    opts: &IngestOptions,
) -> ItemIter {
    let max = opts.max_doc_bytes;
    if matches!(format, Some(InputFormat::Text | InputFormat::Html))
        && let Some(len) = known_len
        && len > max as u64
    {
        return one(reject(name, over_limit("file", len, max)));
    }
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    let mut eof = match fill(&mut reader, &mut head, SNIFF_BYTES) {
        Ok(eof) => eof,
        Err(e) => return one(reject(name, io_reason(&e))),
    };
    if eof && is_blank(&head) {
        return one(reject(name, "empty file"));
    }
    // A WARC on a stream: `WARC/` plain, or gzipped (the only gzipped
    // stream read; the WARC reader says when it is not a WARC).
    if format.is_none_or(|f| f == InputFormat::Warc)
        && (head.starts_with(b"WARC/") || head.starts_with(b"\x1f\x8b"))
    {
        let rest = Box::new(Cursor::new(head).chain(reader));
        return Box::new(warc::WarcReader::from_stream(
            name,
            rest,
            max,
            opts.warc.clone(),
        ));
    }
    // UTF-16 pages hold NUL bytes; their byte-order mark says what they are.
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    if !(utf16 && matches!(format, Some(InputFormat::Html) | None)) && looks_binary(&head) {
        return one(reject(name, "binary file, not text"));
    }
    let format = match format {
        Some(f) => f,
        None => {
            // Leading blank space can outlast the head; read on (bounded)
            // until the first real byte decides.
            while !eof && is_blank(&head) && head.len() <= max {
                let limit = head.len() + SNIFF_BYTES;
                eof = match fill(&mut reader, &mut head, limit) {
                    Ok(eof) => eof,
                    Err(e) => return one(reject(name, io_reason(&e))),
                };
            }
            if eof && is_blank(&head) {
                return one(reject(name, "empty file"));
            }
            match strip_bom(&head).iter().find(|b| !b.is_ascii_whitespace()) {
                Some(b'{') => InputFormat::JsonLines,
                _ if utf16 || looks_like_html(&head) => InputFormat::Html,
                _ => InputFormat::Text,
            }
        }
    };
    let rest = Cursor::new(head).chain(reader);
    match format {
        InputFormat::Text => one(text_document(name, rest, known_len, max)),
        InputFormat::JsonLines => Box::new(JsonLines::new(name, rest, max)),
        InputFormat::ReutersSgml => Box::new(Sgml::new(name, rest, max)),
        InputFormat::Html => one(html_document(name, rest, known_len, max)),
        // Not WARC after all (a pipe named `.warc` holding something else).
        InputFormat::Warc => Box::new(warc::WarcReader::from_stream(
            name,
            Box::new(rest),
            max,
            opts.warc.clone(),
        )),
    }
}

/// Whether the head of a stream opens an HTML page: `<!doctype html` or
/// `<html`, after white space and comments.
fn looks_like_html(head: &[u8]) -> bool {
    let mut rest = strip_bom(head);
    loop {
        let start = rest
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(rest.len());
        rest = &rest[start..];
        if rest.starts_with(b"<!--") {
            match memmem::find(rest, b"-->") {
                Some(end) => rest = &rest[end + 3..],
                None => return false,
            }
            continue;
        }
        let n = rest.len().min(14);
        let lower = rest[..n].to_ascii_lowercase();
        return lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html");
    }
}

/// One HTML page: read whole (bounded), decoded by its charset.
fn html_document(name: String, mut reader: impl Read, known_len: Option<u64>, max: usize) -> Item {
    let mut buf = Vec::new();
    let eof = match fill(&mut reader, &mut buf, max.saturating_add(1)) {
        Ok(eof) => eof,
        Err(e) => return reject(name, io_reason(&e)),
    };
    if !eof && buf.len() > max {
        let len = match known_len {
            Some(len) => len,
            None => buf.len() as u64 + io::copy(&mut reader, &mut io::sink()).unwrap_or(0),
        };
        return reject(name, over_limit("file", len, max));
    }
    let decoded = crate::html::decode(&buf, None);
    if decoded.html.trim().is_empty() {
        return reject(name, "empty file");
    }
    Item::Document(RawDocument {
        id: name.clone(),
        origin: Origin {
            path: name,
            line: None,
        },
        format: InputFormat::Html,
        text: decoded.html,
        title: None,
        date: None,
        url: None,
        source: None,
        dateline: None,
        fallback_date: None,
    })
}

fn over_limit(what: &str, len: u64, max: usize) -> String {
    format!("{what} is {len} bytes, over the {max}-byte limit")
}

fn text_document(name: String, mut reader: impl Read, known_len: Option<u64>, max: usize) -> Item {
    let mut buf = Vec::new();
    let eof = match fill(&mut reader, &mut buf, max.saturating_add(1)) {
        Ok(eof) => eof,
        Err(e) => return reject(name, io_reason(&e)),
    };
    if !eof && buf.len() > max {
        // Count the rest without keeping it, to say how large it was.
        let len = match known_len {
            Some(len) => len,
            None => buf.len() as u64 + io::copy(&mut reader, &mut io::sink()).unwrap_or(0),
        };
        return reject(name, over_limit("file", len, max));
    }
    let body = strip_bom(&buf);
    let offset = buf.len() - body.len();
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => {
            return reject(
                name,
                format!("invalid UTF-8 at byte {}", offset + e.valid_up_to()),
            );
        }
    };
    if text.trim().is_empty() {
        return reject(name, "empty file");
    }
    let mut doc = RawDocument::text(name, text);
    doc.format = InputFormat::Text;
    Item::Document(doc)
}

/// The outcome of reading one line with a size bound.
enum Line {
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Read,
    /// The line was this many bytes (without its `\n`) and was discarded.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first, `\n` removed, `\r` kept),
/// holding at most `max` bytes: a longer line is consumed chunk by chunk
/// up to its newline and reported by length only.
fn read_line_bounded(r: &mut dyn BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut any = false;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, used, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], i + 1, true),
            None => (avail, avail.len(), false),
        };
        total += chunk.len() as u64;
        if !over {
            if buf.len() + chunk.len() > max {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(used);
        if done {
            break;
        }
    }
    Ok(match (any, over) {
        (false, _) => Line::Eof,
        (true, false) => Line::Read,
        (true, true) => Line::TooLong(total),
    })
}

/// JSON Lines: one document per line.
struct JsonLines {
    name: String,
    reader: Box<dyn BufRead + Send>,
    buf: Vec<u8>,
    line: u64,
    max: usize,
    seen_content: bool,
    done: bool,
}

impl JsonLines {
    fn new(name: String, reader: impl Read + Send + 'static, max: usize) -> JsonLines {
        JsonLines {
            name,
            reader: Box::new(BufReader::with_capacity(BUF_BYTES, reader)),
            buf: Vec::new(),
            line: 0,
            max,
            seen_content: false,
            done: false,
        }
    }

    fn here(&self) -> String {
        format!("{}:{}", self.name, self.line)
    }

    /// Turns one non-blank line into a document, or says what is wrong.
    fn parse(&self, bytes: &[u8]) -> Result<RawDocument, String> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
        let serde_json::Value::Object(mut obj) = value else {
            return Err(format!(
                "expected a JSON object with \"id\" and \"text\", found {}",
                json_kind(&value)
            ));
        };
        let id = match obj.get("id") {
            None | Some(serde_json::Value::Null) => {
                return Err("missing \"id\" field (a string or number)".to_string());
            }
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
                return Err("\"id\" is empty".to_string());
            }
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(other) => {
                return Err(format!(
                    "\"id\" must be a string or number, found {}",
                    json_kind(other)
                ));
            }
        };
        // `text`, else `html` (a whole page, extracted later).
        let (key, format) = match obj.get("text") {
            None | Some(serde_json::Value::Null) if obj.contains_key("html") => {
                ("html", InputFormat::Html)
            }
            _ => ("text", InputFormat::JsonLines),
        };
        let text = match obj.remove(key) {
            None | Some(serde_json::Value::Null) => {
                return Err("missing \"text\" field (a string)".to_string());
            }
            Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
                return Err(format!("\"{key}\" is empty"));
            }
            Some(serde_json::Value::String(s)) => s,
            Some(other) => {
                return Err(format!(
                    "\"{key}\" must be a string, found {}",
                    json_kind(&other)
                ));
            }
        };
        let mut optional = |key: &str| -> Result<Option<String>, String> {
            match obj.remove(key) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s)),
                Some(other) => Err(format!(
                    "\"{key}\" must be a string, found {}",
                    json_kind(&other)
                )),
            }
        };
        let title = optional("title")?;
        let date = optional("date")?;
        let url = optional("url")?;
        let source = optional("source")?;
        // ("CARACAS, March 11 -", as Reuters-21578 keeps it apart from the
        // body: its place tells where "here" is.)
        let dateline = optional("dateline")?.map(|d| bare_dateline(&d));
        Ok(RawDocument {
            id,
            origin: Origin {
                path: self.name.clone(),
                line: Some(self.line),
            },
            format,
            text,
            title,
            date,
            url,
            source,
            dateline,
            fallback_date: None,
        })
    }
}

/// A wire dateline without the dash that ends it ("CARACAS, March 11 -").
fn bare_dateline(d: &str) -> String {
    let d = d.trim();
    d.strip_suffix('-').unwrap_or(d).trim_end().to_string()
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

impl Iterator for JsonLines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_bounded(&mut *self.reader, &mut buf, self.max);
            self.line += 1;
            let item = match read {
                Err(e) => {
                    self.done = true;
                    Some(reject(self.here(), io_reason(&e)))
                }
                Ok(Line::Eof) => {
                    self.done = true;
                    (!self.seen_content).then(|| reject(self.name.clone(), "empty file"))
                }
                Ok(Line::TooLong(len)) => {
                    self.seen_content = true;
                    Some(reject(self.here(), over_limit("line", len, self.max)))
                }
                Ok(Line::Read) => {
                    let mut bytes = buf.strip_suffix(b"\r").unwrap_or(&buf);
                    if self.line == 1 {
                        bytes = strip_bom(bytes);
                    }
                    if is_blank(bytes) {
                        None
                    } else {
                        self.seen_content = true;
                        Some(match self.parse(bytes) {
                            Ok(doc) => Item::Document(doc),
                            Err(reason) => reject(self.here(), reason),
                        })
                    }
                }
            };
            self.buf = buf;
            if item.is_some() {
                return item;
            }
        }
        None
    }
}

const OPEN_TAG: &[u8] = b"<REUTERS";
const CLOSE_TAG: &[u8] = b"</REUTERS>";

/// Reuters-21578 SGML: one document per `<REUTERS>` element, read line by
/// line; an element is held only up to the size limit.
struct Sgml {
    name: String,
    reader: Box<dyn BufRead + Send>,
    line_buf: Vec<u8>,
    max: usize,
    /// Lines read so far.
    line: u64,
    /// Bytes of the file before the current line.
    offset: u64,
    /// The element being gathered: its bytes, first line, file offset.
    element: Option<Element>,
    pending: VecDeque<Item>,
    elements_seen: u64,
    seen_content: bool,
    done: bool,
}

struct Element {
    bytes: Vec<u8>,
    line: u64,
    offset: u64,
    /// Total size; above the limit `bytes` stops growing.
    len: u64,
    new_id: Option<String>,
}

impl Sgml {
    fn new(name: String, reader: impl Read + Send + 'static, max: usize) -> Sgml {
        Sgml {
            name,
            reader: Box::new(BufReader::with_capacity(BUF_BYTES, reader)),
            line_buf: Vec::new(),
            max,
            line: 0,
            offset: 0,
            element: None,
            pending: VecDeque::new(),
            elements_seen: 0,
            seen_content: false,
            done: false,
        }
    }

    fn append(&self, el: &mut Element, bytes: &[u8]) {
        el.len += bytes.len() as u64;
        if el.len > self.max as u64 {
            el.bytes = Vec::new();
        } else {
            el.bytes.extend_from_slice(bytes);
        }
    }

    /// Splits one line into element starts, bodies and ends.
    fn take_line(&mut self, line: &[u8], had_newline: bool) {
        let mut rest = line;
        let mut pos = 0usize;
        loop {
            let mut el = match self.element.take() {
                Some(el) => el,
                None => match memmem::find(rest, OPEN_TAG) {
                    Some(p) => {
                        rest = &rest[p..];
                        pos += p;
                        self.elements_seen += 1;
                        Element {
                            bytes: Vec::new(),
                            line: self.line,
                            offset: self.offset + pos as u64,
                            len: 0,
                            new_id: attribute(rest, b"NEWID"),
                        }
                    }
                    None => return,
                },
            };
            match memmem::find(rest, CLOSE_TAG) {
                Some(p) => {
                    let end = p + CLOSE_TAG.len();
                    self.append(&mut el, &rest[..end]);
                    rest = &rest[end..];
                    pos += end;
                    if let Some(item) = self.finish(el) {
                        self.pending.push_back(item);
                    }
                }
                None => {
                    self.append(&mut el, rest);
                    if had_newline {
                        self.append(&mut el, b"\n");
                    }
                    self.element = Some(el);
                    return;
                }
            }
        }
    }

    fn element_name(&self, el: &Element) -> String {
        format!("{}:{}", self.name, el.line)
    }

    fn finish(&self, el: Element) -> Option<Item> {
        if el.len > self.max as u64 {
            return Some(reject(
                self.element_name(&el),
                over_limit("<REUTERS> element", el.len, self.max),
            ));
        }
        let text = match std::str::from_utf8(&el.bytes) {
            Ok(t) => t,
            Err(e) => {
                return Some(reject(
                    self.element_name(&el),
                    format!(
                        "invalid UTF-8 at byte {}",
                        el.offset + e.valid_up_to() as u64
                    ),
                ));
            }
        };
        let Some(new_id) = el.new_id.as_deref() else {
            return Some(reject(
                self.element_name(&el),
                "<REUTERS> element without a NEWID attribute",
            ));
        };
        // No body: a brief or an unprocessed item, not an article.
        let body = clean_body(&decode_entities(tag_content(text, "BODY")?));
        if body.trim().is_empty() {
            return None;
        }
        let title = tag_content(text, "TITLE")
            .map(|t| decode_entities(t).trim().to_string())
            .filter(|t| !t.is_empty());
        let dateline = tag_content(text, "DATELINE")
            .map(|d| bare_dateline(&decode_entities(d)))
            .filter(|d| !d.is_empty());
        let date = tag_content(text, "DATE").and_then(reuters_date);
        Some(Item::Document(RawDocument {
            id: format!("reuters-{new_id}"),
            origin: Origin {
                path: self.name.clone(),
                line: Some(el.line),
            },
            format: InputFormat::ReutersSgml,
            text: body,
            title,
            date,
            url: None,
            source: Some("Reuters".to_string()),
            dateline,
            fallback_date: None,
        }))
    }
}

impl Iterator for Sgml {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            let mut buf = std::mem::take(&mut self.line_buf);
            let read = read_line_bounded(&mut *self.reader, &mut buf, self.max);
            self.line += 1;
            match read {
                Err(e) => {
                    self.done = true;
                    self.pending.push_back(reject(
                        format!("{}:{}", self.name, self.line),
                        io_reason(&e),
                    ));
                }
                Ok(Line::Eof) => {
                    self.done = true;
                    if let Some(el) = self.element.take() {
                        self.pending.push_back(reject(
                            self.element_name(&el),
                            "unterminated <REUTERS> element: the file ends before </REUTERS>",
                        ));
                    } else if !self.seen_content {
                        self.pending
                            .push_back(reject(self.name.clone(), "empty file"));
                    } else if self.elements_seen == 0 {
                        self.pending.push_back(reject(
                            self.name.clone(),
                            "no <REUTERS> elements: not Reuters-21578 SGML",
                        ));
                    }
                }
                Ok(Line::TooLong(len)) => {
                    self.seen_content = true;
                    // Whatever the line held is lost; inside an element,
                    // that makes the element too large.
                    match self.element.as_mut() {
                        Some(el) => {
                            el.len += len + 1;
                            el.bytes = Vec::new();
                        }
                        None => self.pending.push_back(reject(
                            format!("{}:{}", self.name, self.line),
                            over_limit("line", len, self.max),
                        )),
                    }
                    self.offset += len + 1;
                }
                Ok(Line::Read) => {
                    if !is_blank(&buf) {
                        self.seen_content = true;
                    }
                    // `read_line_bounded` does not say whether a newline
                    // ended the line; only the file's last line lacks one,
                    // and an element is complete before it anyway.
                    self.take_line(&buf, true);
                    self.offset += buf.len() as u64 + 1;
                }
            }
            self.line_buf = buf;
        }
    }
}

/// The value of `NAME="..."` in the element's opening tag.
fn attribute(element_start: &[u8], name: &[u8]) -> Option<String> {
    let tag_end = memchr::memchr(b'>', element_start).unwrap_or(element_start.len());
    let tag = &element_start[..tag_end];
    let mut needle = Vec::with_capacity(name.len() + 2);
    needle.extend_from_slice(b" ");
    needle.extend_from_slice(name);
    needle.extend_from_slice(b"=\"");
    let start = memmem::find(tag, &needle)? + needle.len();
    let len = memchr::memchr(b'"', &tag[start..])?;
    let value = std::str::from_utf8(&tag[start..start + len]).ok()?.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The raw content of the first `<TAG>…</TAG>` (or `<TAG attrs>…`).
fn tag_content<'a>(text: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}");
    let mut from = 0;
    let start = loop {
        let i = from + text[from..].find(&open)?;
        let after = &text[i + open.len()..];
        // `<DATE` must not match `<DATELINE`.
        match after.as_bytes().first() {
            Some(b'>') => break i + open.len() + 1,
            Some(b' ') => break i + open.len() + after.find('>')? + 1,
            _ => from = i + open.len(),
        }
    };
    let close = format!("</{tag}>");
    let end = text[start..].find(&close).map_or(text.len(), |e| start + e);
    Some(&text[start..end])
}

/// Drops the wire's control characters (`&#3;` end of text and the like)
/// and the trailing "Reuter" sign-off line.
fn clean_body(s: &str) -> String {
    let mut body: String = s
        .chars()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect();
    let trimmed = body.trim_end().len();
    body.truncate(trimmed);
    let last_start = body.rfind('\n').map_or(0, |i| i + 1);
    if body[last_start..].trim().eq_ignore_ascii_case("reuter") {
        body.truncate(last_start);
        let trimmed = body.trim_end().len();
        body.truncate(trimmed);
    }
    body
}

/// `26-FEB-1987 15:01:01.79` → `1987-02-26`.
fn reuters_date(s: &str) -> Option<String> {
    let s = s.trim();
    let mut parts = s.splitn(3, '-');
    let day: u8 = parts.next()?.trim().parse().ok()?;
    let month = match parts.next()?.to_ascii_uppercase().as_str() {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        "DEC" => 12,
        _ => return None,
    };
    let year: i16 = parts.next()?.get(..4)?.parse().ok()?;
    let iso = format!("{year:04}-{month:02}-{day:02}");
    crate::model::Date::parse_iso(&iso).map(|_| iso)
}

/// A lazy recursive walk of one directory: files with a known extension,
/// in sorted order, hidden entries skipped.
struct Walker {
    stack: Vec<Frame>,
}

struct Frame {
    entries: std::vec::IntoIter<PathBuf>,
    /// The directory's canonical path, to refuse links back into it.
    canonical: PathBuf,
}

impl Walker {
    fn new(root: &Path) -> Result<Walker, Rejection> {
        let mut walker = Walker { stack: Vec::new() };
        walker.push(root)?;
        Ok(walker)
    }

    fn push(&mut self, dir: &Path) -> Result<(), Rejection> {
        let rejection = |e: &io::Error| Rejection {
            input: dir.display().to_string(),
            stage: STAGE,
            reason: io_reason(e),
        };
        let canonical = fs::canonicalize(dir).map_err(|e| rejection(&e))?;
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(|e| rejection(&e))? {
            entries.push(entry.map_err(|e| rejection(&e))?.path());
        }
        entries.sort();
        self.stack.push(Frame {
            entries: entries.into_iter(),
            canonical,
        });
        Ok(())
    }
}

impl Iterator for Walker {
    type Item = Result<(PathBuf, InputFormat), Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let frame = self.stack.last_mut()?;
            let Some(path) = frame.entries.next() else {
                self.stack.pop();
                continue;
            };
            let hidden = path
                .file_name()
                .is_some_and(|n| n.as_encoded_bytes().starts_with(b"."));
            if hidden {
                continue;
            }
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    return Some(Err(Rejection {
                        input: path.display().to_string(),
                        stage: STAGE,
                        reason: io_reason(&e),
                    }));
                }
            };
            if meta.is_dir() {
                let Ok(canonical) = fs::canonicalize(&path) else {
                    continue;
                };
                if self.stack.iter().any(|f| f.canonical == canonical) {
                    return Some(Err(Rejection {
                        input: path.display().to_string(),
                        stage: STAGE,
                        reason: "symbolic link loops back to a directory being read; skipped"
                            .to_string(),
                    }));
                }
                if let Err(rejection) = self.push(&path) {
                    return Some(Err(rejection));
                }
                continue;
            }
            if let Some(format) = format_for(&path) {
                return Some(Ok((path, format)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_sign_off_dropped() {
        let raw = "Line one.\n    Line two.\n Reuter\n\u{3}";
        assert_eq!(clean_body(raw), "Line one.\n    Line two.");
        assert_eq!(clean_body("Said Reuter.\n"), "Said Reuter.");
    }

    #[test]
    fn dates() {
        assert_eq!(
            reuters_date("26-FEB-1987 15:01:01.79").as_deref(),
            Some("1987-02-26")
        );
        assert_eq!(
            reuters_date(" 5-MAR-1987 09:11:05.23").as_deref(),
            Some("1987-03-05")
        );
        assert_eq!(reuters_date("31-FEB-1987 00:00:00.00"), None);
        assert_eq!(reuters_date("garbage"), None);
    }

    #[test]
    fn tags() {
        let t = "<DATE>x</DATE><DATELINE> P, Feb 1 - </DATELINE><TEXT TYPE=\"NORM\">y</TEXT>";
        assert_eq!(tag_content(t, "DATE"), Some("x"));
        assert_eq!(tag_content(t, "DATELINE"), Some(" P, Feb 1 - "));
        assert_eq!(tag_content(t, "TEXT"), Some("y"));
        assert_eq!(tag_content(t, "BODY"), None);
        assert_eq!(
            attribute(
                b"<REUTERS TOPICS=\"NO\" OLDID=\"1\" NEWID=\"42\">",
                b"NEWID"
            )
            .as_deref(),
            Some("42")
        );
    }

    #[test]
    fn bounded_lines() {
        let mut r = Cursor::new(b"short\nxxxxxxxxxxxxxxxxxxxx\nend".to_vec());
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::Read
        ));
        assert_eq!(buf, b"short");
        assert!(matches!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::TooLong(20)
        ));
        assert!(buf.is_empty());
        assert!(matches!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::Read
        ));
        assert_eq!(buf, b"end");
        assert!(matches!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::Eof
        ));
    }

    #[test]
    fn io_errors_read_as_sentences() {
        let e = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(io_reason(&e), "permission denied: cannot read it");
        let e = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_reason(&e), "no such file or directory");
        let e = io::Error::from_raw_os_error(5);
        assert!(!io_reason(&e).contains("os error"), "{}", io_reason(&e));
    }

    #[test]
    fn binary_heuristic() {
        assert!(looks_binary(b"abc\0def"));
        assert!(looks_binary(&[1, 2, 3, 4, b'a', b'b']));
        assert!(!looks_binary("Caf\u{e9} na\u{ef}ve\n\ttab".as_bytes()));
        assert!(!looks_binary(b"Caf\xe9 latin-1 is not binary"));
    }
}
