//! The types that flow between the pipeline's stages.
//!
//! `ingest` yields [`RawDocument`]s (or [`Rejection`]s), `extract` turns one
//! into an [`Article`], `sentence` splits its clean text into [`Sentence`]s and
//! [`Token`]s, `actor` finds [`ActorMention`]s, `code` produces [`Event`]s, and
//! `store`/`export` persist and print them.
//!
//! Invariants:
//! - every [`Span`] is a byte range into the owning [`Article::text`] (the
//!   clean body), always on UTF-8 character boundaries;
//! - CAMEO event codes are strings because leading zeros matter (`"042"`);
//! - this module imports nothing from the rest of the crate, so any stage can
//!   use it without depending on another stage.

use std::fmt;

/// A half-open byte range `start..end` into an article's clean text.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A calendar date (proleptic Gregorian). Arithmetic lives in the stages
/// that need it; this is only the value that travels between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: i16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: i16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD` (a longer ISO 8601 timestamp is accepted and its
    /// time part ignored). Validity of the day within its month is checked.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        let year: i16 = s.get(0..4)?.parse().ok()?;
        let month: u8 = s.get(5..7)?.parse().ok()?;
        let day: u8 = s.get(8..10)?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// `YYYYMMDD` as GDELT writes it.
    pub fn yyyymmdd(self) -> u32 {
        self.year as u32 * 10_000 + self.month as u32 * 100 + self.day as u32
    }
}

/// Days in a month of the Gregorian calendar.
pub fn days_in_month(year: i16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO date: {s:?}")))
    }
}

/// How much of a resolved [`Date`] the text actually gave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    #[default]
    Day,
    Month,
    Year,
}

/// Where a document came from, for error messages and provenance.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Origin {
    /// The file path, or `-` for standard input.
    pub path: String,
    /// 1-based line number for documents read from JSON Lines.
    pub line: Option<u64>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.path, line),
            None => f.write_str(&self.path),
        }
    }
}

/// The input formats ingest understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain (scraped) text, one document per file.
    Text,
    /// JSON Lines, one document per line.
    JsonLines,
    /// Reuters-21578 SGML, one document per `<REUTERS>` element.
    ReutersSgml,
    /// An HTML page: `text` holds the decoded page (markup and all), which
    /// extraction turns into an article. From `.html`/`.htm` files (also
    /// gzipped) and from JSON Lines records that carry `html`.
    Html,
}

/// One document as ingest read it, before any cleaning.
#[derive(Clone, Debug)]
pub struct RawDocument {
    /// JSON Lines `id`, or the file path (plus `#n` inside multi-document files).
    pub id: String,
    pub origin: Origin,
    pub format: InputFormat,
    pub text: String,
    /// Metadata given alongside the text (JSON Lines fields, SGML tags).
    pub title: Option<String>,
    /// Publication date or timestamp as given (ISO 8601 expected).
    pub date: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// A dateline given as metadata (Reuters SGML `<DATELINE>`).
    pub dateline: Option<String>,
}

impl RawDocument {
    /// A plain-text document with no metadata.
    pub fn text(id: impl Into<String>, text: impl Into<String>) -> RawDocument {
        let id = id.into();
        RawDocument {
            origin: Origin {
                path: id.clone(),
                line: None,
            },
            id,
            format: InputFormat::Text,
            text: text.into(),
            title: None,
            date: None,
            url: None,
            source: None,
            dateline: None,
        }
    }
}

/// An input that could not become a document, with the reason in words a
/// user can act on. Rejections are reported and stored; they never stop a
/// batch.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    /// What was rejected: a path, `path:line`, or a document id.
    pub input: String,
    /// Which stage rejected it (`ingest`, `extract`, ...).
    pub stage: &'static str,
    pub reason: String,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

/// The wire-service dateline: `Moscow, Jan 16 (AFP)`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Dateline {
    /// The place as written, e.g. `Moscow`, `KABUL, Afghanistan` → `Kabul, Afghanistan`.
    pub place: String,
    /// The date the dateline gives, resolved to a full date when possible.
    pub date: Option<Date>,
    /// The agency, e.g. `AFP`, `Reuters`, `AP`.
    pub agency: Option<String>,
    /// Where the dateline stood in the raw input text (not the clean text).
    #[serde(skip)]
    pub raw_span: Option<Span>,
}

/// An article: extraction's output, the unit every later stage works on.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    pub dateline: Option<Dateline>,
    /// Publication date: from metadata, else the dateline, else the text.
    pub date: Option<Date>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// The clean body. All spans downstream index into this.
    pub text: String,
    /// The author(s) as the page names them (HTML metadata or byline).
    pub author: Option<String>,
    /// The body's language as an ISO 639-1 code (`en`, `fr`), when it could
    /// be told; only documents in English (or of unknown language) are
    /// coded.
    pub language: Option<String>,
    /// The canonical URL an HTML page states (`<link rel="canonical">`,
    /// `og:url`); `url` falls back to it when the input gave none.
    pub canonical_url: Option<String>,
    /// Hex digest of the clean title and body: the document's identity in
    /// the store, so that the same article ingested twice is stored once.
    pub content_hash: String,
}

/// A sentence of an article: its index and its span in the clean text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    pub index: u32,
    pub span: Span,
}

/// What kind of token the tokenizer saw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or dots (`U.S.`).
    Word,
    /// Digits, possibly with separators (`1,200`, `3.5`).
    Number,
    /// The possessive clitic split off a word: `'s` or a bare `'`.
    Possessive,
    /// A single punctuation character.
    Punct,
}

/// A token: a byte span into the clean text and its kind. The coder
/// normalises token text itself; tokens carry no copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// The first character is upper case.
    pub capitalized: bool,
}

/// An actor code such as `RUS`, `NERGOV`, `IGOUNO`.
pub type ActorCode = String;

/// An actor found in a sentence: a noun phrase with its code(s). A compound
/// phrase ("Russia and Niger") carries one code per member.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ActorMention {
    pub codes: Vec<ActorCode>,
    /// Covers the whole phrase, including titles and names.
    pub span: Span,
    /// Token range `[first, last)` within the sentence.
    #[serde(skip)]
    pub tokens: (u16, u16),
    /// Why this code: the dictionary entries and rules that composed it.
    pub how: String,
}

/// One side of an event: the code and the evidence for it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EventActor {
    pub code: ActorCode,
    pub text: String,
    pub span: Span,
}

/// A coded event with its evidence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Event {
    /// Document id.
    pub doc: String,
    /// Index of the sentence within the article.
    pub sentence: u32,
    /// When the event happened: the sentence's own date expression resolved
    /// against the publication date, else the publication date.
    pub date: Option<Date>,
    pub date_precision: DatePrecision,
    pub source: EventActor,
    pub target: EventActor,
    /// CAMEO code, e.g. `"0312"`.
    pub code: String,
    /// The two-digit root, e.g. `"03"`.
    pub root: String,
    /// The three-digit base code, e.g. `"031"`.
    pub base: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict. `None` (as Goldstein and PLOVER) when the code
    /// is not a CAMEO code: peer dictionaries may code with their own.
    pub quad_class: Option<u8>,
    pub goldstein: Option<f32>,
    pub plover: Option<String>,
    /// The verb phrase (from the verb through the last word the pattern
    /// matched).
    pub verb_text: String,
    pub verb_span: Span,
    /// The id of the dictionary pattern that fired (`file:line`).
    pub rule: String,
    /// The pattern as written in the dictionary.
    pub pattern: String,
    /// The sentence's text, so the event carries its evidence.
    pub sentence_text: String,
    /// Where the event's own date expression may stand: the byte ranges of
    /// its clause without the clauses nested in it ("after X did Y last
    /// year" does not date the main verb).
    #[serde(skip)]
    pub date_scope: Vec<Span>,
}

/// Everything the pipeline learned from one document: what `store` writes.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Analysis {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub events: Vec<Event>,
}

/// An event as the store holds it: with its row id and when it was added.
#[derive(Clone, Debug, serde::Serialize)]
pub struct StoredEvent {
    /// Stable row id (GDELT's GLOBALEVENTID on export).
    pub id: i64,
    /// When the event was written, UTC, `YYYYMMDDHHMMSS` (GDELT's DATEADDED).
    pub added: u64,
    /// The article's URL, if known (GDELT's SOURCEURL); else its id.
    pub url: Option<String>,
    #[serde(flatten)]
    pub event: Event,
}
