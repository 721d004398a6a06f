//! Extraction: a [`RawDocument`] in, an [`Article`] out.
//!
//! Strips scrape residue (markdown image/link remnants, table pipes, HTML
//! tags and entities, share/navigation crumbs, captions, copyright footers,
//! wire credits and sign-offs), finds the dateline (place, date, agency)
//! and the headline that may run into it on the same line, the publication
//! date and the clean body.
//!
//! The steps, in order:
//! 1. every raw line is cleaned into cells (see `clean.rs`); residue-only lines
//!    and crumbs become paragraph gaps;
//! 2. the dateline is looked for in the first header lines (before any line
//!    that reads as body prose); a metadata dateline (Reuters SGML) is
//!    parsed on its own and wins over the text's;
//! 3. the headline is the metadata title, else the text before the dateline
//!    on its line, else a headline-like line above it, else (no dateline) a
//!    short first line without final punctuation followed by a gap or a
//!    longer line;
//! 4. the publication date is the metadata date, else a date stamp right
//!    after the dateline or on a date-only header line, else the dateline's
//!    month-day in a year found in the text (a full date in the same month,
//!    else the year the text names most often, the later on a tie), else
//!    the document's fallback date (the fetch date of a WARC record or a
//!    feed item's date, which also gives a dateline's month-day its year
//!    when the document has no date of its own); for an HTML page, the
//!    page's own date (JSON-LD, `<meta>`, `<time>`, URL) is the metadata
//!    date, so it wins over the fetch date;
//! 5. the body runs from after the dateline (and its date stamp) to the
//!    first footer; trailing sign-offs go; lines are re-joined into
//!    paragraphs, one per line of output (hard-wrapped text such as Reuters
//!    1987 copy is unwrapped, its indented lines starting paragraphs).
//!
//! When the dispatch has no source in its metadata, the dateline's agency
//! is used as the source.
//!
//! An HTML page ([`InputFormat::Html`]) first goes through
//! [`crate::html`]: its main text, title, date, author, site name and
//! canonical URL become a plain dispatch with metadata, and the steps
//! above run on that, so a wire story's dateline ("MOSCOW (Reuters) -") is
//! found and stripped from a web page as from a text file. Metadata given
//! with the input (JSON Lines fields) wins over the page's own.
//!
//! Every article's language is identified ([`crate::html::lang`]) from its
//! body, weighed against what an HTML page declares.
//!
//! Invariants: the article's `text` contains no residue and no footer, has
//! single spaces inside paragraphs and single newlines between them, and is
//! never empty; `content_hash` is the hex BLAKE3 of the title (empty when
//! none), a newline, and the text. The extractor is built once, is `Sync`,
//! and never panics on any input.

mod clean;
pub mod dateline;

pub use dateline::{DatelineParser, FoundDateline, agency_name};

use regex::Regex;

use crate::html::{HtmlError, HtmlExtractor, lang};
use crate::model::{Article, Date, Dateline, InputFormat, RawDocument, Span};
use crate::time;
use clean::Cleaner;

/// Why a document yielded no article.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("no article text after removing scrape residue")]
    Empty,
    #[error("not prose: only {letters_percent}% of the visible characters are letters")]
    NotProse { letters_percent: u8 },
    #[error(transparent)]
    Html(#[from] HtmlError),
}

/// How many content lines may stand before the dateline (headline, byline,
/// date line, a kicker).
const HEAD_LINES: usize = 6;

/// A header line longer than this is body prose: no dateline after it.
const MAX_HEADER_LINE: usize = 300;

/// A headline is at most this long.
const MAX_HEADLINE: usize = 250;

/// The largest byte index `<= at` that is a char boundary of `s`.
pub(crate) fn floor_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    let mut i = at;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Compiled extraction rules.
pub struct Extractor {
    html: HtmlExtractor,
    cleaner: Cleaner,
    datelines: DatelineParser,
    /// A time of day after a date stamp: `10:30 GMT`, `at 9.15 a.m.`.
    time_of_day: Regex,
    /// A label before a date line: `Published:`, `Updated on`.
    date_label: Regex,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// One clean line (a cell of a raw line).
#[derive(Debug)]
struct Line {
    text: String,
    /// The raw line it came from.
    raw_start: usize,
    raw_end: usize,
    /// A blank, residue or crumb line (or a table cell edge) precedes it.
    gap_before: bool,
    /// The raw line was indented (Reuters marks paragraphs so).
    indent: bool,
}

/// A body line as assembled: text borrowed from a [`Line`] or the rest of
/// the dateline's line.
struct BodyLine<'a> {
    text: &'a str,
    gap_before: bool,
    indent: bool,
}

impl Extractor {
    pub fn new() -> Extractor {
        let re = |p: &str| Regex::new(p).expect("built-in pattern compiles");
        Extractor {
            html: HtmlExtractor::new(),
            cleaner: Cleaner::new(),
            datelines: DatelineParser::new(),
            time_of_day: re(concat!(
                r"^\s*,?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?",
                r"(?:\s*\(?(?:GMT|UTC|[ECMP][SD]T|CET|CEST|BST|EAT|WAT|CAT|IST|JST|AEDT|AEST|MSK)\)?",
                r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
            )),
            date_label: re(
                r"^(?i:(?:last\s+)?(?:published|updated|posted|modified|date|created)(?:\s+on)?\s*:?\s*)",
            ),
        }
    }

    /// The place of a dateline that opens `text` ("CARACAS, March 11 -
    /// …" → "CARACAS"), as extraction would find it; for coding one
    /// sentence as it would be coded in its dispatch.
    pub fn opening_dateline_place(&self, text: &str) -> Option<String> {
        let line = text.lines().next()?;
        self.datelines
            .find_in_line(line)
            .filter(|f| f.start == 0)
            .map(|f| f.place)
    }

    pub fn extract(&self, raw: &RawDocument) -> Result<Article, ExtractError> {
        if raw.format == InputFormat::Html {
            return self.extract_html(raw);
        }
        let mut article = self.extract_text(raw)?;
        article.language = lang::identify(&article.text, None);
        Ok(article)
    }

    /// An HTML page: its main text and metadata through [`HtmlExtractor`],
    /// then the text steps on the result.
    fn extract_html(&self, raw: &RawDocument) -> Result<Article, ExtractError> {
        let page = self.html.extract(&raw.text, raw.url.as_deref())?;
        let dispatch = RawDocument {
            id: raw.id.clone(),
            origin: raw.origin.clone(),
            format: InputFormat::Text,
            text: page.text,
            title: raw.title.clone().or(page.title),
            date: raw
                .date
                .clone()
                .or_else(|| page.date.map(|d| d.to_string())),
            url: raw.url.clone().or_else(|| page.canonical_url.clone()),
            source: raw.source.clone().or(page.site_name),
            dateline: raw.dateline.clone(),
            fallback_date: raw.fallback_date.clone(),
        };
        let mut article = self.extract_text(&dispatch)?;
        article.author = page.author;
        article.canonical_url = page.canonical_url;
        article.language = lang::identify(&article.text, page.declared_language.as_deref());
        Ok(article)
    }

    /// The text steps (see the module docs) on a plain dispatch.
    fn extract_text(&self, raw: &RawDocument) -> Result<Article, ExtractError> {
        let lines = self.lines(&raw.text);

        let meta_title = raw
            .title
            .as_deref()
            .map(|t| self.clean_inline(t))
            .filter(|t| !t.is_empty());
        let meta_date = raw.date.as_deref().and_then(time::parse_date_str);
        let fallback_date = raw.fallback_date.as_deref().and_then(time::parse_date_str);
        let meta_dateline = raw
            .dateline
            .as_deref()
            .and_then(|d| self.datelines.parse_field(d));

        let mut text_title: Option<String> = None;
        let mut stamp: Option<Date> = None;
        let mut body: Vec<BodyLine<'_>> = Vec::with_capacity(lines.len() + 1);
        let mut text_dateline: Option<(FoundDateline, Span)> = None;

        match self.find_dateline(&lines) {
            Some((li, found)) => {
                let line = &lines[li];
                let prefix = trim_separators(&line.text[..found.start]);
                if let Some(d) = self.date_line(prefix) {
                    stamp = Some(d);
                } else if !prefix.is_empty() && prefix.len() <= MAX_HEADLINE {
                    text_title = Some(prefix.to_string());
                }
                for l in &lines[..li] {
                    if let Some(d) = self.date_line(&l.text) {
                        stamp.get_or_insert(d);
                    } else if text_title.is_none() && !is_byline(&l.text) && is_headline(&l.text) {
                        text_title = Some(l.text.clone());
                    }
                }
                let mut rest = &line.text[found.end..];
                if let Some((d, n)) = self.stamp_after(rest) {
                    stamp = Some(d);
                    rest = &rest[n..];
                }
                let rest = trim_separators(rest);
                if !rest.is_empty() {
                    body.push(BodyLine {
                        text: rest,
                        gap_before: false,
                        indent: false,
                    });
                }
                body.extend(lines[li + 1..].iter().map(BodyLine::from));
                let raw_line = &raw.text[line.raw_start..line.raw_end];
                let written = &line.text[found.start..found.end];
                let raw_span = match raw_line.find(written) {
                    Some(k) => Span::new(line.raw_start + k, line.raw_start + k + written.len()),
                    None => Span::new(line.raw_start, line.raw_end),
                };
                text_dateline = Some((found, raw_span));
            }
            None => {
                let mut i = 0;
                i += self.skip_header_meta(&lines[i..], &mut stamp);
                // With a metadata title the text's own headline is only
                // dropped when it repeats it (below).
                if meta_title.is_none()
                    && let Some(l) = lines.get(i)
                    && let Some(next) = lines.get(i + 1)
                    && is_headline(&l.text)
                    && !is_byline(&l.text)
                    && (next.gap_before || next.text.len() > l.text.len())
                    && !next.text.starts_with(char::is_lowercase)
                {
                    text_title = Some(l.text.clone());
                    i += 1;
                    i += self.skip_header_meta(&lines[i..], &mut stamp);
                }
                body.extend(lines[i..].iter().map(BodyLine::from));
            }
        }

        // A headline repeated as the first body line.
        if let (Some(t), Some(first)) = (meta_title.as_deref(), body.first())
            && same_text(t, first.text)
        {
            body.remove(0);
        }

        let text = self.assemble_body(&body);
        check_prose(&text)?;

        let title = meta_title.or(text_title);
        let pub_date = meta_date.or(stamp);
        // What a dateline's month-day is resolved against: the document's
        // own date, else the outside hint (the fetch date).
        let anchor = pub_date.or(fallback_date);

        let dateline = match (meta_dateline, text_dateline) {
            (Some(mut m), text) => {
                let span = text.as_ref().map(|(_, span)| *span);
                if m.agency.is_none() {
                    m.agency = text.and_then(|(t, _)| t.agency);
                }
                Some((m, span))
            }
            (None, Some((t, span))) => Some((t, Some(span))),
            (None, None) => None,
        };
        let dateline = dateline.map(|(f, raw_span)| {
            let date = f.month_day.and_then(|(m, d)| match (f.year, anchor) {
                (Some(y), _) => time::ymd(i32::from(y), u32::from(m), u32::from(d)),
                (None, Some(anchor)) => closest_year(m, d, anchor),
                (None, None) => year_nearby(&lines, &text, m)
                    .and_then(|y| time::ymd(i32::from(y), u32::from(m), u32::from(d))),
            });
            Dateline {
                place: f.place,
                date,
                agency: f.agency,
                raw_span,
            }
        });
        let date = pub_date
            .or_else(|| dateline.as_ref().and_then(|d| d.date))
            .or(fallback_date);
        let source = raw
            .source
            .clone()
            .or_else(|| dateline.as_ref().and_then(|d| d.agency.clone()));

        let content_hash = content_hash(title.as_deref(), &text);
        Ok(Article {
            id: raw.id.clone(),
            title,
            dateline,
            date,
            url: raw.url.clone(),
            source,
            text,
            content_hash,
            ..Article::default()
        })
    }

    /// Cleans every raw line into [`Line`]s, dropping residue and crumbs.
    fn lines(&self, text: &str) -> Vec<Line> {
        let mut out = Vec::with_capacity(text.len() / 200 + 4);
        let mut cells = Vec::new();
        let mut gap = false;
        let b = text.as_bytes();
        let mut s = 0;
        while s <= b.len() {
            let e = memchr::memchr2(b'\n', b'\r', &b[s..]).map_or(b.len(), |k| s + k);
            let raw_line = &text[s..e];
            let indent = raw_line.starts_with("  ") || raw_line.starts_with('\t');
            cells.clear();
            self.cleaner.clean_line(raw_line, &mut cells);
            let mut kept = 0;
            for cell in cells.drain(..) {
                if !cell.chars().any(char::is_alphanumeric) || self.cleaner.is_crumb(&cell) {
                    gap = true;
                    continue;
                }
                out.push(Line {
                    text: cell,
                    raw_start: s,
                    raw_end: e,
                    gap_before: gap,
                    indent,
                });
                kept += 1;
                // Table cells of one row are paragraphs of their own.
                gap = true;
            }
            // A blank or residue-only line separates paragraphs.
            gap = kept == 0;
            if e >= b.len() {
                break;
            }
            s = if b[e] == b'\r' && b.get(e + 1) == Some(&b'\n') {
                e + 2
            } else {
                e + 1
            };
        }
        out
    }

    /// A metadata string cleaned like a text line, its cells (if a pipe
    /// split it) joined by " | ".
    fn clean_inline(&self, s: &str) -> String {
        let mut cells = Vec::new();
        for line in s.lines() {
            self.cleaner.clean_line(line, &mut cells);
        }
        cells.join(" | ")
    }

    /// The first header line holding a dateline, and the dateline.
    fn find_dateline(&self, lines: &[Line]) -> Option<(usize, FoundDateline)> {
        for (i, l) in lines.iter().enumerate().take(HEAD_LINES) {
            if let Some(f) = self.datelines.find_in_line(&l.text) {
                return Some((i, f));
            }
            // Body prose before any dateline: there is none.
            if l.text.len() > MAX_HEADER_LINE {
                return None;
            }
        }
        None
    }

    /// Skips date-only and byline lines at the start of `lines`, noting the
    /// first date; returns how many it skipped.
    fn skip_header_meta(&self, lines: &[Line], stamp: &mut Option<Date>) -> usize {
        let mut n = 0;
        for l in lines {
            if let Some(d) = self.date_line(&l.text) {
                stamp.get_or_insert(d);
            } else if !is_byline(&l.text) {
                break;
            }
            n += 1;
        }
        n
    }

    /// A line that is only a date (with an optional label and time).
    fn date_line(&self, line: &str) -> Option<Date> {
        let label = self.date_label.find(line).map_or(0, |m| m.end());
        let t = &line[label..];
        let (d, n) = time::parse_date_prefix(t)?;
        let mut rest = &t[n..];
        if let Some(m) = self.time_of_day.find(rest) {
            rest = &rest[m.end()..];
        }
        (trim_separators(rest).len() <= 30).then_some(d)
    }

    /// A date stamp at the start of `rest` (what follows a dateline), with
    /// its time of day and separators; returns the date and the bytes used.
    fn stamp_after(&self, rest: &str) -> Option<(Date, usize)> {
        let t = rest.trim_start_matches(is_separator);
        let lead = rest.len() - t.len();
        let label = self.date_label.find(t).map_or(0, |m| m.end());
        let (d, n) = time::parse_date_prefix(&t[label..])?;
        let mut k = label + n;
        if let Some(m) = self.time_of_day.find(&t[k..]) {
            k += m.end();
        }
        Some((d, lead + k))
    }

    /// Cuts the footer, drops sign-offs, re-joins lines into paragraphs.
    fn assemble_body(&self, lines: &[BodyLine<'_>]) -> String {
        let mut kept: Vec<BodyLine<'_>> = Vec::with_capacity(lines.len());
        for l in lines {
            match self.cleaner.footer_start(l.text) {
                // A notice above any text is page furniture, not the end.
                Some(0) if kept.is_empty() => continue,
                Some(at) => {
                    let head = l.text[..at].trim_end();
                    if head.chars().any(char::is_alphanumeric) {
                        kept.push(BodyLine { text: head, ..*l });
                    }
                    break;
                }
                None => kept.push(BodyLine { ..*l }),
            }
        }
        while kept.last().is_some_and(|l| clean::is_signoff(l.text)) {
            kept.pop();
        }

        // Hard-wrapped text: most lines that run on into a next line end
        // without terminal punctuation.
        let mut runs_on = 0;
        let mut open = 0;
        for w in kept.windows(2) {
            if !w[1].gap_before && !w[1].indent {
                runs_on += 1;
                if !ends_sentence(w[0].text) {
                    open += 1;
                }
            }
        }
        let wrapped = open >= 2 && open * 2 >= runs_on;

        let mut out = String::with_capacity(kept.iter().map(|l| l.text.len() + 1).sum());
        for (i, l) in kept.iter().enumerate() {
            if i > 0 {
                let prev = kept[i - 1].text;
                let join = !l.gap_before
                    && !l.indent
                    && (wrapped
                        || (!ends_sentence(prev)
                            && (l.text.starts_with(char::is_lowercase) || mid_sentence(prev))));
                if !join {
                    out.push('\n');
                } else if !(prev.ends_with('-')
                    && prev[..prev.len() - 1].ends_with(char::is_alphabetic)
                    && l.text.starts_with(char::is_alphabetic))
                {
                    out.push(' ');
                }
            }
            out.push_str(l.text);
        }
        out
    }
}

impl<'a> From<&'a Line> for BodyLine<'a> {
    fn from(l: &'a Line) -> BodyLine<'a> {
        BodyLine {
            text: &l.text,
            gap_before: l.gap_before,
            indent: l.indent,
        }
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '―' | ':' | '|' | ',')
}

fn trim_separators(s: &str) -> &str {
    s.trim_matches(is_separator)
}

/// Case- and punctuation-insensitive equality of two short texts.
fn same_text(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    a.len().abs_diff(b.len()) < 20 && norm(a) == norm(b)
}

/// Ends with `.`, `!`, `?` (possibly inside closing quotes) or a colon.
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', ':', '…'])
}

/// A line that stops mid-sentence: five words or more ending in a
/// lower-case word or a comma ("The New York Stock Exchange said"). A
/// subheading is shorter or ends otherwise.
fn mid_sentence(s: &str) -> bool {
    s.ends_with(|c: char| c.is_lowercase() || c == ',' || c == ';')
        && s.rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
        && s.split(' ').count() >= 5
}

/// `By Jane Roe`, `BY JANE ROE, Associated Press`, or an agency's name
/// standing alone.
fn is_byline(s: &str) -> bool {
    if matches!(
        s,
        "AFP"
            | "Reuters"
            | "AP"
            | "Agence France-Presse"
            | "Associated Press"
            | "The Associated Press"
    ) {
        return true;
    }
    let rest = s
        .strip_prefix("By ")
        .or_else(|| s.strip_prefix("BY "))
        .or_else(|| s.strip_prefix("by "));
    rest.is_some_and(|r| {
        r.starts_with(char::is_uppercase) && s.len() <= 100 && r.split_whitespace().count() <= 10
    })
}

/// A headline: a few words, short, no final punctuation.
fn is_headline(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (2..=30).contains(&words)
        && s.len() <= MAX_HEADLINE
        && !s
            .trim_end_matches(['"', '\'', '”', '’'])
            .ends_with(['.', ',', ';', ':', '!', '?'])
}

/// Rejects text that is empty or mostly not letters.
fn check_prose(text: &str) -> Result<(), ExtractError> {
    let mut visible = 0usize;
    let mut letters = 0usize;
    for c in text.chars() {
        if !c.is_whitespace() {
            visible += 1;
            if c.is_alphabetic() {
                letters += 1;
            }
        }
    }
    if visible == 0 {
        return Err(ExtractError::Empty);
    }
    if letters * 2 < visible {
        let pct = (letters * 100 / visible).min(100) as u8;
        return Err(ExtractError::NotProse {
            letters_percent: pct,
        });
    }
    Ok(())
}

/// The year that puts month-day `m`/`d` nearest to `anchor`.
fn closest_year(m: u8, d: u8, anchor: Date) -> Option<Date> {
    let a = time::to_days(anchor);
    [-1, 0, 1]
        .iter()
        .filter_map(|k| time::ymd(i32::from(anchor.year) + k, u32::from(m), u32::from(d)))
        .min_by_key(|c| (time::to_days(*c) - a).abs())
}

/// A year for a dateline's month `m` from the text: the year of a full date
/// in month `m` (header lines first, then the body), else the year the text
/// names most often (the later on a tie).
fn year_nearby(lines: &[Line], body: &str, m: u8) -> Option<i16> {
    let head: Vec<&str> = lines
        .iter()
        .take(HEAD_LINES)
        .map(|l| l.text.as_str())
        .collect();
    let body = &body[..floor_boundary(body, 4000)];
    for t in head.iter().copied().chain(std::iter::once(body)) {
        let mut from = 0;
        while let Some((d, span)) = time::find_full_date(&t[from..]) {
            if d.month == m {
                return Some(d.year);
            }
            from += span.end as usize;
        }
    }
    let mut counts: Vec<(i16, u32)> = Vec::new();
    for t in head.iter().copied().chain(std::iter::once(body)) {
        let b = t.as_bytes();
        let mut i = 0;
        while i + 4 <= b.len() {
            let standalone = (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + 4).is_none_or(|c| !c.is_ascii_alphanumeric())
                && b[i..i + 4].iter().all(u8::is_ascii_digit)
                && (b[i..i + 2] == *b"19" || b[i..i + 2] == *b"20");
            if standalone {
                let y = (b[i] - b'0') as i16 * 1000
                    + (b[i + 1] - b'0') as i16 * 100
                    + (b[i + 2] - b'0') as i16 * 10
                    + (b[i + 3] - b'0') as i16;
                match counts.iter_mut().find(|(cy, _)| *cy == y) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((y, 1)),
                }
                i += 4;
            } else {
                i += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}

/// Hex BLAKE3 of the title (empty when none), a newline, and the body.
pub fn content_hash(title: Option<&str>, body: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(title.unwrap_or("").as_bytes());
    h.update(b"\n");
    h.update(body.as_bytes());
    h.finalize().to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str) -> Result<Article, ExtractError> {
        Extractor::new().extract(&RawDocument::text("t", text))
    }

    #[test]
    fn afp_layout() {
        let a = ex(concat!(
            "![]() |\n![]() |\n",
            "Niger and Mali sign water pact Niamey, Mar 4 (AFP) Mar 4, 2023 Niger and Mali signed ",
            "a water-sharing pact on Saturday, officials said. The deal covers the river.\n",
            "|\n|\nAll rights reserved. Copyright Agence France-Presse. Sections may not be copied.\n|\n"
        ))
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Niger and Mali sign water pact"));
        let d = a.dateline.unwrap();
        assert_eq!(d.place, "Niamey");
        assert_eq!(d.agency.as_deref(), Some("AFP"));
        assert_eq!(d.date, Some(Date::new(2023, 3, 4)));
        assert_eq!(a.date, Some(Date::new(2023, 3, 4)));
        assert_eq!(
            a.text,
            "Niger and Mali signed a water-sharing pact on Saturday, officials said. The deal covers the river."
        );
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.content_hash, content_hash(a.title.as_deref(), &a.text));
        assert_eq!(a.content_hash.len(), 64);
    }

    #[test]
    fn metadata_wins() {
        let mut raw = RawDocument::text(
            "m",
            "Old headline\n\nPARIS, March 3 (AP) — France and Chad agreed on Friday to talk.",
        );
        raw.title = Some("  Given   title ".into());
        raw.date = Some("2022-03-04T08:00:00Z".into());
        raw.source = Some("example.org".into());
        let a = Extractor::new().extract(&raw).unwrap();
        assert_eq!(a.title.as_deref(), Some("Given title"));
        assert_eq!(a.date, Some(Date::new(2022, 3, 4)));
        assert_eq!(
            a.dateline.as_ref().unwrap().date,
            Some(Date::new(2022, 3, 3))
        );
        assert_eq!(a.source.as_deref(), Some("example.org"));
        assert_eq!(a.text, "France and Chad agreed on Friday to talk.");
    }

    #[test]
    fn metadata_dateline() {
        let mut raw = RawDocument::text(
            "r",
            "Brazil said it would suspend\ninterest payments on its debt.\n    The move surprised\nbankers.\n Reuter\n\u{3}",
        );
        raw.dateline = Some("    RIO DE JANEIRO, Feb 26 - ".into());
        raw.date = Some("26-FEB-1987 15:01:01.79".into());
        let a = Extractor::new().extract(&raw).unwrap();
        let d = a.dateline.unwrap();
        assert_eq!(d.place, "Rio de Janeiro");
        assert_eq!(d.date, Some(Date::new(1987, 2, 26)));
        assert_eq!(d.raw_span, None);
        assert_eq!(
            a.text,
            "Brazil said it would suspend interest payments on its debt.\nThe move surprised bankers."
        );
    }

    #[test]
    fn metadata_title_is_cleaned_and_not_repeated() {
        let mut raw = RawDocument::text(
            "t",
            "ACME &lt;ACM> SETS DIVIDEND\nThe New York Stock Exchange said\nAcme Corp will pay a dividend.",
        );
        raw.title = Some("ACME &lt;ACM> SETS  DIVIDEND".into());
        let a = Extractor::new().extract(&raw).unwrap();
        assert_eq!(a.title.as_deref(), Some("ACME <ACM> SETS DIVIDEND"));
        // A line stopping mid-sentence runs on into the next.
        assert_eq!(
            a.text,
            "The New York Stock Exchange said Acme Corp will pay a dividend."
        );
    }

    #[test]
    fn subheadings_stay_paragraphs() {
        let a = ex("Ghana and Togo agree\n\nThe two states agreed on patrols.\nNew patrols\nThey start in May.")
            .unwrap();
        assert_eq!(a.title.as_deref(), Some("Ghana and Togo agree"));
        assert_eq!(
            a.text,
            "The two states agreed on patrols.\nNew patrols\nThey start in May."
        );
    }

    #[test]
    fn dateline_year_from_text() {
        let a = ex(
            "DAKAR, Dec 30 (AFP) - Senegal said on Dec 29, 2023 that its 2024 vote would go ahead.",
        )
        .unwrap();
        assert_eq!(a.dateline.unwrap().date, Some(Date::new(2023, 12, 30)));
        assert_eq!(a.date, Some(Date::new(2023, 12, 30)));
        let a = ex("DAKAR, Jan 5 (AFP) - Senegal set its 2024 vote; the 2019 vote and 2024 plans.")
            .unwrap();
        assert_eq!(a.date, Some(Date::new(2024, 1, 5)));
        let a = ex("DAKAR, Jan 5 (AFP) - Senegal said the vote would go ahead.").unwrap();
        assert_eq!(a.date, None);
        assert_eq!(a.dateline.unwrap().date, None);
    }

    #[test]
    fn raw_span_points_into_the_input() {
        let text = "![]() |\nHeadline here Moscow, Jan 16 (AFP) Jan 16, 2024 Body text goes on.";
        let a = ex(text).unwrap();
        let span = a.dateline.unwrap().raw_span.unwrap();
        assert_eq!(&text[span.range()], "Moscow, Jan 16 (AFP)");
    }

    #[test]
    fn errors() {
        assert!(matches!(ex(""), Err(ExtractError::Empty)));
        assert!(matches!(ex("| | |\n![]() |\n|"), Err(ExtractError::Empty)));
        assert!(matches!(
            ex("Share\nFacebook Twitter Email\nAdvertisement"),
            Err(ExtractError::Empty)
        ));
        assert!(matches!(
            ex("MOSCOW, Jan 16 (AFP) -"),
            Err(ExtractError::Empty)
        ));
        assert!(matches!(
            ex("12345 67890 %%%% 3.14159 ++++ a"),
            Err(ExtractError::NotProse { .. })
        ));
        let e = ex("0101 0101 0101 1101 0110").unwrap_err();
        assert!(e.to_string().contains("not prose"), "{e}");
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let x = Extractor::new();
        let big = "word ".repeat(200_000);
        let inputs = [
            "\u{0}\u{1}\u{2}",
            "\r\r\n\r",
            "é",
            "(AFP)",
            "Moscow, (AFP) -",
            ", Jan 16 (AFP)",
            "[",
            "![",
            "![](",
            "&#99999999;",
            "&#xD800; text here",
            "— — —",
            "Ж Moscow, Jan 32 (AFP) Text",
            "日本語のテキスト。東京, Jan 16 (AFP) 本文。",
            big.as_str(),
        ];
        for t in inputs {
            let _ = x.extract(&RawDocument::text("odd", t));
        }
        let a = x.extract(&RawDocument::text("big", big.as_str())).unwrap();
        assert_eq!(a.text.len(), big.trim_end().len());
    }
}
