//! WARC input: a `.warc` or `.warc.gz` file (or a stream) in, the HTML
//! pages of its `response` records out, as [`RawDocument`]s of format
//! [`InputFormat::Html`] (or [`Rejection`]s), one record at a time.
//!
//! What is taken: `response` records whose HTTP status is 200 (or 203) and
//! whose payload is HTML — the HTTP `Content-Type` is `text/html` or
//! `application/xhtml+xml`, or, when it is missing or says nothing useful
//! (`application/octet-stream`), the record's `WARC-Identified-Payload-Type`
//! or the payload itself (`<!doctype html`, `<html`) says so. The HTTP
//! headers are parsed, a `Transfer-Encoding: chunked` body is de-chunked
//! and a `Content-Encoding` of `gzip`, `deflate` or `br` is decoded (other
//! encodings are rejected with the reason). A document's id is
//! `FILE#<WARC-Record-ID>` (the `<urn:…>` without its brackets; `FILE@OFFSET`
//! when the record has none), its URL the `WARC-Target-URI`, and the
//! `WARC-Date` becomes its fallback date: the date the page was fetched,
//! which extraction uses only when the page states no publication date of
//! its own. The HTTP `Content-Type` is given to charset decoding.
//!
//! What is skipped, silently but counted ([`WarcCounts`]): `warcinfo`,
//! `request`, `metadata`, `revisit`, `resource` and other record types;
//! responses that are not HTTP (`text/dns`); redirects (3xx: the target is
//! another record, if it was crawled); other statuses (404, 500, 206
//! partial content, …); payloads that are not HTML (images, PDF, JSON…).
//!
//! Offsets name records in rejections: `FILE@N` is the byte offset of the
//! record in a plain WARC, or of its gzip member in a gzipped one (the
//! offset Common Crawl's indexes give); `FILE@M+N` is a record N bytes into
//! the uncompressed data of the member at M (a whole file gzipped as one
//! member).
//!
//! Why a reader of our own rather than the `warc` crate (0.4): that crate
//! reads header blocks with an unbounded `read_until(b'\n')` (a corrupt
//! file without newlines would be read whole into memory), buffers each
//! body whole in `iter_records`, and has no way back after an error: the
//! stream position is lost, and behind a `MultiGzDecoder` one bad gzip
//! member ends the whole file. WARC framing is simple (version line,
//! headers, `Content-Length` bytes, a blank line), so this module reads it
//! directly: gzip members are decoded one at a time with
//! `flate2::bufread::GzDecoder`, which stops exactly at a member's end, so
//! the compressed offset of every record is known and a bad member can be
//! skipped by scanning for the next gzip header.
//!
//! Invariants:
//! - streaming: one record is held at a time, and only the HTML payload of
//!   a record being taken, at most [`super::IngestOptions::max_doc_bytes`]
//!   (decoded size too); everything else (other records, non-HTML bodies,
//!   oversized payloads, which are rejected with their size) is read
//!   through a fixed buffer and dropped; a header line over 64 KiB or a
//!   header block over 256 KiB is an error, not an allocation;
//! - a corrupt or truncated record (a bad header, a `Content-Length` that
//!   does not match, a body cut short, a gzip member that does not
//!   decompress) becomes one [`Rejection`] (stage `ingest`, input
//!   `FILE@OFFSET`, the reason in words) and reading resumes: at the next
//!   gzip member of a gzipped file, at the next `WARC/1.` of an
//!   uncompressed one or of a member holding several records (going back
//!   to just after the bad record's start in a file, by seeking or by
//!   decoding the member again, so a wrong `Content-Length` loses no record
//!   after it; a stream cannot go back and resumes where it is); the garbage
//!   between the error and the next good record gives no further
//!   rejections;
//! - never panics, never stops the batch; an I/O error on the file itself
//!   ends that file with a rejection.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, Read, Seek, SeekFrom};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use memchr::memmem;

use super::{Item, io_reason, looks_like_html, reject};
use crate::model::RawDocument;

/// Read buffer (compressed and uncompressed layers each have one).
const BUF_BYTES: usize = 64 * 1024;

/// Longest header line accepted (WARC or HTTP).
const MAX_LINE: usize = 64 * 1024;

/// Largest WARC header block accepted.
const MAX_HEADER_BLOCK: usize = 256 * 1024;

/// Largest HTTP header block read from a response record.
const MAX_HTTP_HEAD: usize = 64 * 1024;

const GZIP_MAGIC: &[u8] = b"\x1f\x8b\x08";

/// What the WARC readers have seen, shared by every reader that one
/// [`super::IngestOptions`] (or its clones) opened: counts of records by
/// what became of them, and bytes read.
#[derive(Debug, Default)]
pub struct WarcCounters {
    files: AtomicU64,
    records: AtomicU64,
    html: AtomicU64,
    not_html: AtomicU64,
    redirects: AtomicU64,
    other_status: AtomicU64,
    other_types: AtomicU64,
    rejected: AtomicU64,
    file_bytes: AtomicU64,
    record_bytes: AtomicU64,
}

/// A snapshot of [`WarcCounters`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct WarcCounts {
    /// WARC files (or streams) opened.
    pub files: u64,
    /// Records whose headers were read (good or not).
    pub records: u64,
    /// HTML pages given as documents.
    pub html: u64,
    /// Responses with status 200 whose payload is not HTML.
    pub not_html: u64,
    /// Responses with a 3xx status.
    pub redirects: u64,
    /// Responses with any other status, and responses that are not HTTP.
    pub other_status: u64,
    /// Records other than responses (warcinfo, request, metadata, revisit…).
    pub other_types: u64,
    /// Records (or stretches of a file) rejected.
    pub rejected: u64,
    /// Bytes of the files as stored (compressed, for `.warc.gz`).
    pub file_bytes: u64,
    /// Bytes of WARC records (uncompressed: headers and bodies).
    pub record_bytes: u64,
}

impl WarcCounters {
    pub fn snapshot(&self) -> WarcCounts {
        let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
        WarcCounts {
            files: g(&self.files),
            records: g(&self.records),
            html: g(&self.html),
            not_html: g(&self.not_html),
            redirects: g(&self.redirects),
            other_status: g(&self.other_status),
            other_types: g(&self.other_types),
            rejected: g(&self.rejected),
            file_bytes: g(&self.file_bytes),
            record_bytes: g(&self.record_bytes),
        }
    }

    fn add(a: &AtomicU64, n: u64) {
        a.fetch_add(n, Ordering::Relaxed);
    }
}

impl WarcCounts {
    /// Records skipped without a rejection.
    pub fn skipped(&self) -> u64 {
        self.not_html + self.redirects + self.other_status + self.other_types
    }
}

/// The bytes under the reader: a file (which can seek back) or a stream.
enum Raw {
    File(File),
    Stream(Box<dyn Read + Send>),
}

impl Read for Raw {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Raw::File(f) => f.read(buf),
            Raw::Stream(s) => s.read(buf),
        }
    }
}

/// A buffered reader that knows its offset, can look ahead a few bytes
/// across refills, and (over a file) seek back.
struct Buf<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    /// Offset of `buf[start]` in the underlying stream.
    pos: u64,
    eof: bool,
}

impl<R: Read> Buf<R> {
    fn new(inner: R) -> Buf<R> {
        Buf {
            inner,
            buf: vec![0; BUF_BYTES],
            start: 0,
            end: 0,
            pos: 0,
            eof: false,
        }
    }

    fn available(&self) -> &[u8] {
        &self.buf[self.start..self.end]
    }

    /// Reads more bytes after those available (moving them to the front
    /// first when needed). Returns how many were added; 0 at end of input.
    fn fill_more(&mut self) -> io::Result<usize> {
        if self.eof {
            return Ok(0);
        }
        if self.end == self.buf.len() {
            if self.start == 0 {
                // Callers never look ahead more than the buffer holds.
                return Ok(0);
            }
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        loop {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(0);
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Makes at least `n` bytes available unless the input ends first;
    /// returns how many are.
    fn ensure(&mut self, n: usize) -> io::Result<usize> {
        let n = n.min(self.buf.len());
        while self.end - self.start < n {
            if self.fill_more()? == 0 {
                break;
            }
        }
        Ok(self.end - self.start)
    }

    fn consume_n(&mut self, n: usize) {
        let n = n.min(self.end - self.start);
        self.start += n;
        self.pos += n as u64;
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        }
    }

    /// Whether the input is exhausted.
    #[cfg(test)]
    fn at_eof(&mut self) -> io::Result<bool> {
        Ok(self.ensure(1)? == 0)
    }

    /// Reads one line (up to and including `\n`, or to end of input) into
    /// `out`, at most `max` bytes. `Ok(false)` at end of input.
    fn read_line(&mut self, out: &mut Vec<u8>, max: usize) -> Result<bool, Fault> {
        out.clear();
        loop {
            if self.start == self.end && self.fill_more().map_err(Fault::Io)? == 0 {
                return Ok(!out.is_empty());
            }
            let avail = self.available();
            let (take, done) = match memchr::memchr(b'\n', avail) {
                Some(i) => (i + 1, true),
                None => (avail.len(), false),
            };
            if out.len() + take > max {
                return Err(Fault::Format(format!(
                    "a header line longer than {} KiB: not WARC headers",
                    max / 1024
                )));
            }
            out.extend_from_slice(&avail[..take]);
            self.consume_n(take);
            if done {
                return Ok(true);
            }
        }
    }

    /// Reads exactly `n` bytes onto `out` (or fewer at end of input);
    /// returns how many were read.
    fn read_into(&mut self, out: &mut Vec<u8>, n: u64) -> io::Result<u64> {
        let mut left = n;
        while left > 0 {
            if self.start == self.end && self.fill_more()? == 0 {
                break;
            }
            let avail = self.available();
            let k = avail.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            out.extend_from_slice(&avail[..k]);
            self.consume_n(k);
            left -= k as u64;
        }
        Ok(n - left)
    }

    /// Skips `n` bytes (or to end of input); returns how many were skipped.
    fn skip(&mut self, n: u64) -> io::Result<u64> {
        let mut left = n;
        while left > 0 {
            if self.start == self.end && self.fill_more()? == 0 {
                break;
            }
            let k = (self.end - self.start).min(usize::try_from(left).unwrap_or(usize::MAX));
            self.consume_n(k);
            left -= k as u64;
        }
        Ok(n - left)
    }

    /// Moves to the next occurrence of `needle` (leaving it unread), or to
    /// end of input. Returns whether it was found.
    fn scan_to(&mut self, needle: &[u8]) -> io::Result<bool> {
        loop {
            if self.ensure(needle.len())? < needle.len() {
                let n = self.end - self.start;
                self.consume_n(n);
                return Ok(false);
            }
            let avail = self.available();
            if let Some(i) = memmem::find(avail, needle) {
                self.consume_n(i);
                return Ok(true);
            }
            // Keep a tail that may hold the needle's start.
            let keep = needle.len() - 1;
            let n = avail.len() - keep;
            self.consume_n(n);
            if self.fill_more()? == 0 && self.end - self.start < needle.len() {
                let n = self.end - self.start;
                self.consume_n(n);
                return Ok(false);
            }
        }
    }
}

impl Buf<Raw> {
    /// Moves to offset `to`: within the buffer, by seeking a file, or (a
    /// stream, forward only) by skipping. Returns whether it got there.
    fn seek_to(&mut self, to: u64) -> io::Result<bool> {
        let buf_end = self.pos + (self.end - self.start) as u64;
        let buf_start = self.pos - self.start as u64;
        if to >= buf_start && to <= buf_end {
            let idx = usize::try_from(to - buf_start).unwrap_or(0);
            self.pos = to;
            self.start = idx;
            if self.start == self.end {
                self.start = 0;
                self.end = 0;
            }
            return Ok(true);
        }
        match &mut self.inner {
            Raw::File(f) => {
                f.seek(SeekFrom::Start(to))?;
                self.pos = to;
                self.start = 0;
                self.end = 0;
                self.eof = false;
                Ok(true)
            }
            Raw::Stream(_) if to > self.pos => {
                let want = to - self.pos;
                Ok(self.skip(want)? == want)
            }
            Raw::Stream(_) => Ok(false),
        }
    }
}

impl<R: Read> Read for Buf<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.start == self.end && self.fill_more()? == 0 {
            return Ok(0);
        }
        let avail = self.available();
        let n = avail.len().min(out.len());
        out[..n].copy_from_slice(&avail[..n]);
        self.consume_n(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Buf<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start == self.end {
            self.fill_more()?;
        }
        Ok(self.available())
    }

    fn consume(&mut self, amt: usize) {
        self.consume_n(amt);
    }
}

type Member = Buf<flate2::bufread::GzDecoder<Buf<Raw>>>;

enum Mode {
    Plain(Buf<Raw>),
    Gzip {
        /// The compressed input, between members.
        raw: Option<Buf<Raw>>,
        /// The member being read, and its compressed offset.
        member: Option<(Box<Member>, u64)>,
    },
}

/// Why reading stopped inside a record.
#[derive(Debug)]
enum Fault {
    /// The underlying read failed (for a gzip member: it does not
    /// decompress).
    Io(io::Error),
    /// The bytes are not a well-formed record.
    Format(String),
}

impl From<io::Error> for Fault {
    fn from(e: io::Error) -> Fault {
        Fault::Io(e)
    }
}

/// What one record gave.
enum Took {
    Document(Box<RawDocument>),
    Rejected(String),
    Skipped,
}

/// The headers of one WARC record that matter here.
#[derive(Default)]
struct WarcHead {
    kind: String,
    length: u64,
    uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    content_type: Option<String>,
    identified_type: Option<String>,
}

/// Reads the HTML pages of one WARC file or stream.
pub(super) struct WarcReader {
    name: String,
    mode: Mode,
    max: usize,
    counters: Arc<WarcCounters>,
    pending: VecDeque<Item>,
    /// After a rejection: further faults are the same damage, not reported
    /// until a record reads well again.
    resyncing: bool,
    seen_record: bool,
    done: bool,
    line: Vec<u8>,
}

impl WarcReader {
    /// A reader over an open file (which lets it seek back after a bad
    /// record). Gzip is recognised by its magic bytes, not the name.
    pub(super) fn from_file(
        name: String,
        file: File,
        max: usize,
        counters: Arc<WarcCounters>,
    ) -> WarcReader {
        WarcReader::new(name, Raw::File(file), max, counters)
    }

    /// A reader over a stream (standard input).
    pub(super) fn from_stream(
        name: String,
        reader: Box<dyn Read + Send>,
        max: usize,
        counters: Arc<WarcCounters>,
    ) -> WarcReader {
        WarcReader::new(name, Raw::Stream(reader), max, counters)
    }

    fn new(name: String, raw: Raw, max: usize, counters: Arc<WarcCounters>) -> WarcReader {
        WarcCounters::add(&counters.files, 1);
        let mut buf = Buf::new(raw);
        let mut pending = VecDeque::new();
        let mut done = false;
        let gzip = match buf.ensure(GZIP_MAGIC.len()) {
            Ok(0) => {
                pending.push_back(reject(name.clone(), "empty file"));
                done = true;
                false
            }
            Ok(_) => buf.available().starts_with(&GZIP_MAGIC[..2]),
            Err(e) => {
                pending.push_back(reject(name.clone(), io_reason(&e)));
                done = true;
                false
            }
        };
        let mode = if gzip {
            Mode::Gzip {
                raw: Some(buf),
                member: None,
            }
        } else {
            Mode::Plain(buf)
        };
        WarcReader {
            name,
            mode,
            max,
            counters,
            pending,
            resyncing: false,
            seen_record: false,
            done,
            line: Vec::with_capacity(256),
        }
    }

    fn fault(&mut self, at: String, reason: String) {
        if !self.resyncing {
            WarcCounters::add(&self.counters.rejected, 1);
            self.pending.push_back(reject(at, reason));
        }
        self.resyncing = true;
    }

    fn took(&mut self, at: String, took: Took) {
        self.resyncing = false;
        self.seen_record = true;
        match took {
            Took::Document(d) => {
                WarcCounters::add(&self.counters.html, 1);
                self.pending.push_back(Item::Document(*d));
            }
            Took::Rejected(reason) => {
                WarcCounters::add(&self.counters.rejected, 1);
                self.pending.push_back(reject(at, reason));
            }
            Took::Skipped => {}
        }
    }

    /// Reads the next record (or a fault) into `pending`.
    fn step(&mut self) {
        let name = self.name.clone();
        let max = self.max;
        match &mut self.mode {
            Mode::Plain(buf) => {
                let at = buf.pos;
                let label = format!("{name}@{at}");
                let mut cx = Cx {
                    name: &name,
                    label: &label,
                    max,
                    counters: &self.counters,
                    line: &mut self.line,
                };
                match read_record(buf, &mut cx) {
                    Ok(None) => {
                        WarcCounters::add(&self.counters.file_bytes, buf.pos);
                        self.done = true;
                    }
                    Ok(Some(took)) => self.took(label, took),
                    Err(Fault::Io(e)) => {
                        let pos = buf.pos;
                        self.fault(label, io_reason(&e));
                        WarcCounters::add(&self.counters.file_bytes, pos);
                        self.done = true;
                    }
                    Err(Fault::Format(reason)) => {
                        let reason = self.first_words(reason);
                        self.fault(label, reason);
                        // Back to just after the bad record's start (a
                        // wrong Content-Length may have swallowed the
                        // records after it; a stream cannot go back and
                        // goes on from where it is), then on to the next
                        // `WARC/1.` line.
                        let Mode::Plain(buf) = &mut self.mode else {
                            return;
                        };
                        let _ = buf.seek_to(at + 1);
                        // Not `\nWARC/1.`: a record cut short is followed
                        // directly by the next one, mid-line.
                        match buf.scan_to(b"WARC/1.") {
                            Ok(_) => {}
                            Err(e) => {
                                let pos = buf.pos;
                                self.fault(format!("{name}@{pos}"), io_reason(&e));
                                self.done = true;
                            }
                        }
                    }
                }
            }
            Mode::Gzip { raw, member } => {
                if member.is_none() {
                    let Some(mut r) = raw.take() else {
                        self.done = true;
                        return;
                    };
                    match r.ensure(GZIP_MAGIC.len()) {
                        Ok(0) => {
                            WarcCounters::add(&self.counters.file_bytes, r.pos);
                            self.done = true;
                            return;
                        }
                        Ok(_) if r.available().starts_with(GZIP_MAGIC) => {
                            let start = r.pos;
                            *member = Some((
                                Box::new(Buf::new(flate2::bufread::GzDecoder::new(r))),
                                start,
                            ));
                            return;
                        }
                        Ok(_) => {
                            let at = r.pos;
                            // Bytes between members: find the next one.
                            let found = r.scan_to(GZIP_MAGIC);
                            *raw = Some(r);
                            let reason = if self.seen_record || at > 0 {
                                "bytes that are not a gzip member; skipped to the next member"
                            } else {
                                "not a gzip file"
                            };
                            self.fault(format!("{name}@{at}"), reason.to_string());
                            if let Err(e) = found {
                                self.fault(format!("{name}@{at}"), io_reason(&e));
                                self.done = true;
                            }
                            return;
                        }
                        Err(e) => {
                            self.fault(format!("{name}@{}", r.pos), io_reason(&e));
                            self.done = true;
                            return;
                        }
                    }
                }
                let Some((m, start)) = member.as_mut() else {
                    return;
                };
                let start = *start;
                let rec_at = m.pos;
                let label = if m.pos == 0 {
                    format!("{name}@{start}")
                } else {
                    format!("{name}@{start}+{}", m.pos)
                };
                let mut cx = Cx {
                    name: &name,
                    label: &label,
                    max,
                    counters: &self.counters,
                    line: &mut self.line,
                };
                let outcome = read_record(m, &mut cx);
                match outcome {
                    Ok(Some(took)) => self.took(label, took),
                    Ok(None) => self.next_member(false),
                    Err(Fault::Format(reason)) => {
                        let reason = self.first_words(reason);
                        self.fault(label.clone(), reason);
                        // The rest of this member may hold more records
                        // (a whole file gzipped as one member).
                        if let Err(e) = self.rewind_member(rec_at + 1) {
                            self.fault(label, gzip_reason(&e));
                            self.next_member(true);
                            return;
                        }
                        let Mode::Gzip {
                            member: Some((m, _)),
                            ..
                        } = &mut self.mode
                        else {
                            return;
                        };
                        match m.scan_to(b"WARC/1.") {
                            Ok(true) => {}
                            Ok(false) => self.next_member(false),
                            Err(e) => {
                                self.fault(label, gzip_reason(&e));
                                self.next_member(true);
                            }
                        }
                    }
                    Err(Fault::Io(e)) => {
                        self.fault(label, gzip_reason(&e));
                        self.next_member(true);
                    }
                }
            }
        }
    }

    /// Over a file, goes back to uncompressed offset `to` of the current
    /// member by decoding it again from its start: a wrong `Content-Length`
    /// may have swallowed the records after it. (Costly only for a whole
    /// file gzipped as one member, and only once per bad record.) A stream
    /// cannot go back and goes on from where it is.
    fn rewind_member(&mut self, to: u64) -> io::Result<()> {
        let Mode::Gzip { member, .. } = &mut self.mode else {
            return Ok(());
        };
        let Some((m, start)) = member.take() else {
            return Ok(());
        };
        if m.pos <= to || !matches!(m.inner.get_ref().inner, Raw::File(_)) {
            *member = Some((m, start));
            return Ok(());
        }
        let mut r = m.inner.into_inner();
        let back = r.seek_to(start);
        let mut fresh = Box::new(Buf::new(flate2::bufread::GzDecoder::new(r)));
        let result = match back {
            Ok(true) => fresh.skip(to).map(|_| ()),
            Ok(false) => Err(io::Error::other("cannot seek back")),
            Err(e) => Err(e),
        };
        *member = Some((fresh, start));
        result
    }

    /// Ends the current gzip member; after a decompression error, skips to
    /// the next gzip header.
    fn next_member(&mut self, broken: bool) {
        let Mode::Gzip { raw, member } = &mut self.mode else {
            return;
        };
        let Some((m, start)) = member.take() else {
            return;
        };
        let mut r = m.inner.into_inner();
        if broken {
            // From just after this member's start (a file seeks back: the
            // decoder may have run on into the next member), so that the
            // scan cannot find the same member again.
            let _ = r.seek_to(start + 1);
            if let Err(e) = r.scan_to(GZIP_MAGIC) {
                let at = r.pos;
                self.fault(format!("{}@{at}", self.name), io_reason(&e));
                self.done = true;
                return;
            }
        }
        *raw = Some(r);
    }

    /// A format fault before any record was read: say it is not a WARC.
    fn first_words(&self, reason: String) -> String {
        if self.seen_record || self.resyncing {
            reason
        } else if reason.starts_with("expected a WARC version line") {
            format!("not a WARC file: {reason}")
        } else {
            reason
        }
    }
}

impl Iterator for WarcReader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.step();
        }
    }
}

fn gzip_reason(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        "truncated gzip member: the file ends inside it".to_string()
    } else {
        format!("corrupt gzip member: {e}; skipped to the next member")
    }
}

/// What reading a record needs besides the input.
struct Cx<'a> {
    name: &'a str,
    label: &'a str,
    max: usize,
    counters: &'a WarcCounters,
    line: &'a mut Vec<u8>,
}

/// Reads one record. `Ok(None)` at the end of input (only blank lines
/// left).
fn read_record<R: Read>(src: &mut Buf<R>, cx: &mut Cx<'_>) -> Result<Option<Took>, Fault> {
    // Blank lines between records are tolerated.
    loop {
        if src.ensure(1)? == 0 {
            return Ok(None);
        }
        let b = src.available()[0];
        if b == b'\r' || b == b'\n' {
            src.consume_n(1);
        } else {
            break;
        }
    }
    let record_start = src.pos;
    let head = read_head(src, cx)?;
    WarcCounters::add(&cx.counters.records, 1);
    let took = read_body(src, cx, &head)?;
    let end = src.pos;
    check_end(src, &head)?;
    WarcCounters::add(&cx.counters.record_bytes, end - record_start);
    Ok(Some(took))
}

/// The version line and headers.
fn read_head<R: Read>(src: &mut Buf<R>, cx: &mut Cx<'_>) -> Result<WarcHead, Fault> {
    let line = &mut *cx.line;
    src.read_line(line, 512).map_err(|f| match f {
        Fault::Format(_) => Fault::Format(
            "expected a WARC version line (\"WARC/1.1\"), found a long line of other bytes"
                .to_string(),
        ),
        other => other,
    })?;
    if !line.starts_with(b"WARC/") {
        return Err(Fault::Format(format!(
            "expected a WARC version line (\"WARC/1.1\"), found {}",
            quote(line)
        )));
    }
    let mut head = WarcHead::default();
    let mut length: Option<&str> = None;
    let mut length_buf = String::new();
    let mut total = line.len();
    let mut last: Option<String> = None;
    loop {
        if !src.read_line(line, MAX_LINE)? {
            return Err(Fault::Format(
                "truncated record: the input ends inside its headers".to_string(),
            ));
        }
        total += line.len();
        if total > MAX_HEADER_BLOCK {
            return Err(Fault::Format(format!(
                "WARC header block over {} KiB: not a record",
                MAX_HEADER_BLOCK / 1024
            )));
        }
        let l = trim_eol(line);
        if l.is_empty() {
            break;
        }
        let text = String::from_utf8_lossy(l);
        if text.starts_with([' ', '\t']) {
            // A folded continuation of the previous header.
            if let Some(name) = &last {
                let v = text.trim();
                append_header(&mut head, name, v, &mut length_buf);
            }
            continue;
        }
        let Some((name, value)) = text.split_once(':') else {
            return Err(Fault::Format(format!(
                "malformed WARC header line {}",
                quote(l)
            )));
        };
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        set_header(&mut head, &name, value, &mut length_buf);
        last = Some(name);
    }
    if !length_buf.is_empty() {
        length = Some(length_buf.as_str());
    }
    head.length = match length.map(str::trim) {
        None => {
            return Err(Fault::Format(
                "WARC record without a Content-Length header".to_string(),
            ));
        }
        Some(v) => v.parse().map_err(|_| {
            Fault::Format(format!(
                "WARC record with an invalid Content-Length {}",
                quote(v.as_bytes())
            ))
        })?,
    };
    if head.kind.is_empty() {
        return Err(Fault::Format(
            "WARC record without a WARC-Type header".to_string(),
        ));
    }
    Ok(head)
}

fn set_header(head: &mut WarcHead, name: &str, value: &str, length: &mut String) {
    let v = value.to_string();
    match name {
        "warc-type" => head.kind = value.to_ascii_lowercase(),
        "content-length" => *length = v,
        "warc-target-uri" => head.uri = Some(v.trim_matches(['<', '>']).to_string()),
        "warc-date" => head.date = Some(v),
        "warc-record-id" => head.record_id = Some(v.trim_matches(['<', '>']).to_string()),
        "content-type" => head.content_type = Some(v),
        "warc-identified-payload-type" => head.identified_type = Some(v),
        _ => {}
    }
}

fn append_header(head: &mut WarcHead, name: &str, value: &str, length: &mut String) {
    let slot = match name {
        "content-type" => &mut head.content_type,
        "warc-target-uri" => &mut head.uri,
        _ => {
            if name == "content-length" {
                length.push_str(value);
            }
            return;
        }
    };
    if let Some(s) = slot {
        s.push(' ');
        s.push_str(value);
    }
}

fn trim_eol(l: &[u8]) -> &[u8] {
    let l = l.strip_suffix(b"\n").unwrap_or(l);
    l.strip_suffix(b"\r").unwrap_or(l)
}

/// A short, printable rendering of some bytes for a message.
fn quote(b: &[u8]) -> String {
    let b = trim_eol(b);
    let s: String = String::from_utf8_lossy(&b[..b.len().min(40)])
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if b.len() > 40 {
        format!("{s:?}…")
    } else {
        format!("{s:?}")
    }
}

/// After the body: a blank line (CRLF CRLF), then the next record or the
/// end. Lenient about the exact line ends; strict about what follows, so
/// that a `Content-Length` too short is caught here.
fn check_end<R: Read>(src: &mut Buf<R>, head: &WarcHead) -> Result<(), Fault> {
    let n = src.ensure(4 + 5)?;
    let avail = src.available();
    let blank = avail[..n.min(4)]
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    let rest = &avail[blank..n];
    if rest.is_empty() || rest.starts_with(b"WARC/") {
        src.consume_n(blank);
        return Ok(());
    }
    Err(Fault::Format(format!(
        "the record's {} bytes are not followed by a blank line and the next record: \
         its Content-Length may be wrong",
        head.length
    )))
}

/// Reads (or skips) a record's body.
fn read_body<R: Read>(src: &mut Buf<R>, cx: &mut Cx<'_>, head: &WarcHead) -> Result<Took, Fault> {
    let c = cx.counters;
    let skip_rest = |src: &mut Buf<R>, left: u64| -> Result<(), Fault> {
        let got = src.skip(left)?;
        if got < left {
            return Err(truncated(head.length - (left - got), head.length));
        }
        Ok(())
    };
    if head.kind != "response" {
        WarcCounters::add(&c.other_types, 1);
        skip_rest(src, head.length)?;
        return Ok(Took::Skipped);
    }
    let http = head
        .content_type
        .as_deref()
        .is_none_or(|t| media_type(t).starts_with("application/http"));
    if !http {
        WarcCounters::add(&c.other_status, 1);
        skip_rest(src, head.length)?;
        return Ok(Took::Skipped);
    }
    // The HTTP status line and headers.
    let mut http_head: Vec<u8> = Vec::new();
    let mut left = head.length;
    let line = &mut *cx.line;
    loop {
        if left == 0 {
            break;
        }
        let got = src.read_line(line, MAX_LINE).map_err(|f| match f {
            Fault::Format(_) => Fault::Format("an HTTP header line over 64 KiB".to_string()),
            other => other,
        })?;
        if !got {
            return Err(truncated(head.length - left, head.length));
        }
        if line.len() as u64 > left {
            return Err(Fault::Format(
                "the HTTP headers run past the end of the record".to_string(),
            ));
        }
        left -= line.len() as u64;
        http_head.extend_from_slice(line);
        if http_head.len() > MAX_HTTP_HEAD {
            WarcCounters::add(&c.other_status, 1);
            skip_rest(src, left)?;
            return Ok(Took::Rejected(format!(
                "HTTP headers over {} KiB",
                MAX_HTTP_HEAD / 1024
            )));
        }
        if trim_eol(line).is_empty() {
            break;
        }
    }
    let Some(resp) = parse_http_head(&http_head) else {
        WarcCounters::add(&c.other_status, 1);
        skip_rest(src, left)?;
        return Ok(Took::Rejected(
            "response record without a valid HTTP status line".to_string(),
        ));
    };
    match resp.status {
        200 | 203 => {}
        300..=399 => {
            WarcCounters::add(&c.redirects, 1);
            skip_rest(src, left)?;
            return Ok(Took::Skipped);
        }
        _ => {
            WarcCounters::add(&c.other_status, 1);
            skip_rest(src, left)?;
            return Ok(Took::Skipped);
        }
    }
    let declared = resp
        .content_type
        .as_deref()
        .map(media_type)
        .filter(|t| !t.is_empty() && t != "application/octet-stream")
        .or_else(|| head.identified_type.as_deref().map(media_type));
    let sniff = match declared.as_deref() {
        Some("text/html" | "application/xhtml+xml") => false,
        None => true,
        Some(_) => {
            WarcCounters::add(&c.not_html, 1);
            skip_rest(src, left)?;
            return Ok(Took::Skipped);
        }
    };
    if left > cx.max as u64 {
        WarcCounters::add(&c.not_html, u64::from(sniff));
        skip_rest(src, left)?;
        if sniff {
            // Not known to be HTML: nothing was lost.
            return Ok(Took::Skipped);
        }
        return Ok(Took::Rejected(format!(
            "HTML response of {left} bytes, over the {}-byte limit",
            cx.max
        )));
    }
    let mut payload = Vec::with_capacity(usize::try_from(left).unwrap_or(0));
    let got = src.read_into(&mut payload, left)?;
    if got < left {
        return Err(truncated(head.length - (left - got), head.length));
    }
    if resp.chunked {
        payload = dechunk(&payload);
    }
    let payload = match decode_content(payload, resp.encoding.as_deref(), cx.max) {
        Ok(p) => p,
        Err(reason) => return Ok(Took::Rejected(reason)),
    };
    if sniff && !looks_like_html(&payload[..payload.len().min(1024)]) {
        WarcCounters::add(&c.not_html, 1);
        return Ok(Took::Skipped);
    }
    let id = match &head.record_id {
        Some(rid) if !rid.is_empty() => format!("{}#{rid}", cx.name),
        _ => cx.label.to_string(),
    };
    let mut doc = crate::html::document(
        &id,
        &payload,
        head.uri.as_deref(),
        resp.content_type.as_deref(),
    );
    doc.origin.path = cx.label.to_string();
    doc.fallback_date = head.date.clone();
    Ok(Took::Document(Box::new(doc)))
}

fn truncated(got: u64, of: u64) -> Fault {
    Fault::Format(format!(
        "truncated record: the input ends after {got} of its {of} bytes"
    ))
}

/// `text/html; charset=utf-8` → `text/html`.
fn media_type(t: &str) -> String {
    t.split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// What matters of an HTTP response head.
struct HttpHead {
    status: u16,
    content_type: Option<String>,
    chunked: bool,
    encoding: Option<String>,
}

fn parse_http_head(b: &[u8]) -> Option<HttpHead> {
    let text = String::from_utf8_lossy(b);
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let status_line = lines.next()?;
    let mut parts = status_line.split_whitespace();
    if !parts.next()?.starts_with("HTTP/") {
        return None;
    }
    let status: u16 = parts.next()?.parse().ok()?;
    let mut head = HttpHead {
        status,
        content_type: None,
        chunked: false,
        encoding: None,
    };
    for l in lines {
        if l.is_empty() {
            break;
        }
        let Some((name, value)) = l.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" if head.content_type.is_none() => {
                head.content_type = Some(value.to_string());
            }
            "transfer-encoding" => {
                head.chunked = value.to_ascii_lowercase().contains("chunked");
            }
            "content-encoding" => head.encoding = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    Some(head)
}

/// Decodes a chunked body as far as it is well formed. A body whose first
/// line is not a chunk size was stored de-chunked already (crawlers often
/// keep the header) and is returned as it is.
fn dechunk(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    let mut first = true;
    while let Some(nl) = memchr::memchr(b'\n', rest) {
        let size_line = String::from_utf8_lossy(trim_eol(&rest[..=nl]));
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else {
            if first {
                return body.to_vec();
            }
            break;
        };
        first = false;
        rest = &rest[nl + 1..];
        if size == 0 {
            break;
        }
        let take = size.min(rest.len());
        out.extend_from_slice(&rest[..take]);
        if take < size {
            break;
        }
        rest = &rest[take..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or(rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
    if first {
        // Not one size line: not chunked.
        return body.to_vec();
    }
    out
}

/// Undoes a `Content-Encoding` (several apply last to first), keeping at
/// most `max` bytes. A body that does not decode at all but already reads
/// as HTML was stored decoded (the header kept) and is returned as it is;
/// a body cut short (a truncated crawl) keeps what decoded.
fn decode_content(body: Vec<u8>, encoding: Option<&str>, max: usize) -> Result<Vec<u8>, String> {
    let Some(enc) = encoding else {
        return Ok(body);
    };
    let mut data = body;
    for e in enc.rsplit(',').map(str::trim) {
        let reader: Box<dyn Read + '_> = match e {
            "" | "identity" | "none" => continue,
            "gzip" | "x-gzip" => {
                if !data.starts_with(&GZIP_MAGIC[..2]) {
                    continue;
                }
                Box::new(flate2::read::MultiGzDecoder::new(&data[..]))
            }
            "deflate" => {
                // Properly zlib-wrapped (RFC 9110), but raw deflate is common.
                let zlib = data.len() >= 2
                    && data[0] & 0x0f == 8
                    && ((u16::from(data[0]) << 8) | u16::from(data[1])) % 31 == 0;
                if zlib {
                    Box::new(flate2::read::ZlibDecoder::new(&data[..]))
                } else {
                    Box::new(flate2::read::DeflateDecoder::new(&data[..]))
                }
            }
            "br" => Box::new(brotli_decompressor::Decompressor::new(&data[..], 4096)),
            other => {
                return Err(format!(
                    "HTML response with Content-Encoding {other:?}, which Dateline does not decode"
                ));
            }
        };
        let mut out = Vec::new();
        let res = reader.take(max as u64 + 1).read_to_end(&mut out);
        if out.len() > max {
            return Err(format!(
                "HTML response decompresses ({e}) to over the {max}-byte limit"
            ));
        }
        match res {
            Ok(_) => {}
            Err(_) if !out.is_empty() => {}
            Err(err) => {
                if looks_like_html(&data[..data.len().min(1024)]) {
                    continue;
                }
                return Err(format!(
                    "HTML response body does not decode as Content-Encoding {e}: {err}"
                ));
            }
        }
        data = out;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n"),
            b"hello world"
        );
        // Not chunked after all.
        assert_eq!(dechunk(b"<html>x</html>"), b"<html>x</html>");
        // Cut short: what arrived.
        assert_eq!(dechunk(b"5\r\nhello\r\n10\r\nwor"), b"hellowor");
    }

    #[test]
    fn http_heads() {
        let h = parse_http_head(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\
              Transfer-Encoding: chunked\r\nContent-Encoding: GZIP\r\n\r\n",
        )
        .unwrap();
        assert_eq!(h.status, 200);
        assert_eq!(
            h.content_type.as_deref(),
            Some("text/html; charset=iso-8859-1")
        );
        assert!(h.chunked);
        assert_eq!(h.encoding.as_deref(), Some("gzip"));
        assert!(parse_http_head(b"GET / HTTP/1.1\r\n\r\n").is_none());
    }

    #[test]
    fn encodings() {
        use std::io::Write;
        let html = b"<html><body><p>Hello</p></body></html>".to_vec();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&html).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(
            decode_content(gz.clone(), Some("gzip"), 1000).unwrap(),
            html
        );
        assert!(
            decode_content(gz, Some("gzip"), 10)
                .unwrap_err()
                .contains("limit")
        );
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&html).unwrap();
        assert_eq!(
            decode_content(z.finish().unwrap(), Some("deflate"), 1000).unwrap(),
            html
        );
        let mut d = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        d.write_all(&html).unwrap();
        assert_eq!(
            decode_content(d.finish().unwrap(), Some("deflate"), 1000).unwrap(),
            html
        );
        // Declared but stored decoded.
        assert_eq!(
            decode_content(html.clone(), Some("gzip"), 1000).unwrap(),
            html
        );
        assert_eq!(
            decode_content(html.clone(), Some("br"), 1000).unwrap(),
            html
        );
        assert!(
            decode_content(b"\x00\x01garbage".to_vec(), Some("zstd"), 1000)
                .unwrap_err()
                .contains("zstd")
        );
    }

    #[test]
    fn scanning_across_refills() {
        let mut data = vec![b'x'; BUF_BYTES - 3];
        data.extend_from_slice(b"\nWARC/1.1\r\n");
        let mut b = Buf::new(&data[..]);
        assert!(b.scan_to(b"\nWARC/1.").unwrap());
        assert_eq!(b.pos, (BUF_BYTES - 3) as u64);
        let mut b = Buf::new(&b"no record here"[..]);
        assert!(!b.scan_to(b"\nWARC/1.").unwrap());
        assert!(b.at_eof().unwrap());
    }
}
