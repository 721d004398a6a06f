//! Validation suites: TABARI's `Validate.text` (named by a `.project`
//! file) and PETRARCH's unit-test records (XML) in, a scored [`Report`]
//! out.
//!
//! This module reads the suites and scores codings; it does not code. The
//! caller hands [`score`] a function that codes one [`Record`] (with the
//! suite's dictionaries loaded into the one engine Dateline has), so the
//! validator and `dateline code` are the same engine.
//!
//! Invariants: a record is scored on the set of (source, target, code)
//! triples it yields, compared exactly as strings; records marked "do not
//! check" are read but not scored; reading a suite never panics on a
//! malformed record (it is reported and skipped).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::html::entities::decode_entities;
use crate::model::Date;

/// One expected or coded event: (source, target, code).
pub type Triple = (String, String, String);

/// What a record expects of the coder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Exactly these events.
    Events(BTreeSet<Triple>),
    /// No event at all.
    NoEvent,
    /// The sentence is discarded (a discard phrase matched).
    Discard,
    /// The sentence is too complex to code and is flagged as such.
    Complex,
    /// The record expects the coder to report an error (PETRARCH `ERROR`).
    Error,
    /// Not checked ("do not check" records, option settings, markers).
    Skip,
}

impl Expect {
    pub fn label(&self) -> &'static str {
        match self {
            Expect::Events(_) => "events",
            Expect::NoEvent => "none",
            Expect::Discard => "discard",
            Expect::Complex => "complex",
            Expect::Error => "error",
            Expect::Skip => "skip",
        }
    }
}

/// One validation record.
#[derive(Clone, Debug)]
pub struct Record {
    pub id: String,
    pub category: String,
    pub date: Option<Date>,
    pub text: String,
    pub expect: Expect,
    /// In-file option settings that apply after this record, from the next
    /// one on (TABARI `{ OPTION: … }`), as written.
    pub options: Vec<String>,
    /// Settings that apply from this record on, before it is coded
    /// (PETRARCH's `<Config option="…" value="…">` elements that precede
    /// it), as `name = value`.
    pub config: Vec<String>,
    /// Where the record starts (`file:line`).
    pub origin: String,
    /// TABARI: the ID line after its date, as written (story and sentence
    /// numbers are read from it for pronoun forwarding).
    pub header: String,
}

/// A loaded suite: its records and the dictionary files it names.
#[derive(Clone, Debug, Default)]
pub struct Suite {
    pub name: String,
    pub records: Vec<Record>,
    /// Dictionary files named by the suite (actors, verbs, agents, …).
    pub dictionaries: Vec<PathBuf>,
    /// An options file named by the suite (TABARI `.options`).
    pub options: Option<PathBuf>,
    /// Records that could not be read, as `file:line: problem`.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ValidateError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {msg}")]
    Format { path: String, msg: String },
}

fn read(path: &Path) -> Result<String, ValidateError> {
    let bytes = std::fs::read(path).map_err(|source| ValidateError::Read {
        path: path.display().to_string(),
        source,
    })?;
    // TABARI-era files are Latin-1 or Windows-1252; decode bytewise.
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

/// `yymmdd` (TABARI) or `yyyymmdd` (PETRARCH) to a date; two-digit years
/// below 30 are 20xx.
fn compact_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i16 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    Date::parse_iso(&format!("{y:04}-{}-{}", &rest[..2], &rest[2..4]))
}

/// Loads TABARI's suite from its `.project` file: the dictionaries and
/// options file it names (in its order, which decides ties between equally
/// long phrases) and the records of its text file.
pub fn load_tabari(project: &Path) -> Result<Suite, ValidateError> {
    let text = read(project)?;
    let dir = project.parent().unwrap_or(Path::new("."));
    let textfile = text
        .lines()
        .find_map(|l| {
            let rest = l.trim().strip_prefix('<')?;
            let close = rest.find('>')?;
            rest[..close]
                .to_ascii_lowercase()
                .starts_with('t')
                .then(|| rest[close + 1..].split_whitespace().next())
                .flatten()
        })
        .map(|f| dir.join(f))
        .ok_or_else(|| ValidateError::Format {
            path: project.display().to_string(),
            msg: "no <textfile> in the project file".into(),
        })?;
    let mut suite = Suite {
        name: "tabari".into(),
        ..Suite::default()
    };
    for (file, kind) in crate::linear::tabari::project_files(&text, dir) {
        if kind == crate::linear::TabariKind::Options {
            suite.options = Some(file);
        } else {
            suite.dictionaries.push(file);
        }
    }
    let body = read(&textfile)?;
    parse_tabari_text(&body, &textfile.display().to_string(), &mut suite);
    Ok(suite)
}

/// Parses TABARI validation records as TABARI's reader does: a record
/// starts at a line beginning with a digit (the date, six digits or eight
/// under `SET: YYYY`, then the ID) and runs to the next empty line; the
/// `/* … */` comment holds the expectations, `{ SRC / TGT / CODE }` per
/// event, `{---}` `{###}` `{+++}` for no event, discard and complex, `-{`
/// for "do not check", `{ OPTION: … }` for option commands. Reading stops
/// after the record that ends the standard suite.
pub fn parse_tabari_text(body: &str, file: &str, suite: &mut Suite) {
    let lines: Vec<&str> = body.lines().collect();
    let mut yyyy = false;
    let mut i = 0;
    while i < lines.len() {
        let header = lines[i];
        if !header.starts_with(|c: char| c.is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut raw = String::new();
        while i < lines.len() && !lines[i].is_empty() {
            raw.push_str(lines[i]);
            if !lines[i].ends_with(' ') {
                raw.push(' ');
            }
            i += 1;
        }
        let origin = format!("{file}:{}", start + 1);
        let width = if yyyy { 8 } else { 6 };
        let date_text: String = header.chars().take(width).collect();
        let Some(date) = crate::linear::dict::parse_compact_date(&date_text) else {
            suite
                .warnings
                .push(format!("{origin}: bad date {date_text:?}; record skipped"));
            continue;
        };
        let rest = header.get(date_text.len()..).unwrap_or("");
        let raw_id = rest.trim();
        // The ID is the line after the date; records whose ID line holds
        // more (a second date, a document number) are named by their first
        // word with a letter in it.
        let id = raw_id
            .split_whitespace()
            .find(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .unwrap_or(raw_id)
            .to_string();
        let category = id.split('-').next().unwrap_or(&id).to_string();
        let (expect, options) = tabari_expectations(&raw);
        for o in &options {
            if o.to_ascii_uppercase().contains("YYYY") {
                yyyy = o
                    .split('=')
                    .nth(1)
                    .is_some_and(|v| v.trim_start().starts_with(['T', 't']));
            }
        }
        let end = raw.starts_with("This is the end of the standard validation records");
        suite.records.push(Record {
            id,
            category,
            date: Some(date),
            text: strip_comments(&raw).trim().to_string(),
            expect,
            options,
            config: Vec::new(),
            origin,
            header: rest.to_string(),
        });
        if end {
            break;
        }
    }
}

/// The text without its `/* … */` comments (an unclosed one runs to the
/// end), as TABARI's filter removes them.
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find("/*") {
        out.push_str(&rest[..open]);
        match rest[open + 2..].find("*/") {
            Some(close) => rest = &rest[open + 2 + close + 2..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The expectations of a TABARI record, read as TABARI's validator reads
/// them: the blocks from the first `{` after `/*` on, across comment ends.
fn tabari_expectations(raw: &str) -> (Expect, Vec<String>) {
    let mut options = Vec::new();
    let Some(comment) = raw.find("/*") else {
        return (Expect::Skip, options);
    };
    let Some(first) = raw[comment + 2..].find('{').map(|k| comment + 2 + k) else {
        return (Expect::Skip, options);
    };
    let blocks = &raw[first..];
    if blocks.contains("OPTION:") {
        // Each command runs to the next `}` (or the end of the record).
        let mut rest = blocks;
        while let Some(at) = rest.find("OPTION:") {
            let after = &rest[at + "OPTION:".len()..];
            let end = after.find('}').unwrap_or(after.len());
            let cmd = after[..end].split("*/").next().unwrap_or("").trim();
            if !cmd.is_empty() {
                options.push(cmd.to_string());
            }
            rest = &after[end..];
        }
        return (Expect::Skip, options);
    }
    let mut events = BTreeSet::new();
    let mut marker = None;
    let mut rest = blocks;
    let mut pos = first;
    let mut k = 0;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inner = rest[open + 1..open + close].trim();
        // `-{` means "do not check this or any later block": the blocks
        // before it are only the first events TABARI codes, not all of
        // them, which a set comparison cannot check.
        let dont_check = pos + open > 0 && raw.as_bytes()[pos + open - 1] == b'-';
        if dont_check {
            return (Expect::Skip, options);
        }
        match inner {
            "---" | "###" | "+++" if k == 0 => {
                marker = Some(match inner {
                    "---" => Expect::NoEvent,
                    "###" => Expect::Discard,
                    _ => Expect::Complex,
                });
            }
            "---" | "###" | "+++" => {}
            _ => {
                let f: Vec<&str> = inner.split('/').map(str::trim).collect();
                if f.len() == 3 {
                    events.insert((f[0].to_string(), f[1].to_string(), f[2].to_string()));
                }
            }
        }
        k += 1;
        pos += open + close + 1;
        rest = &rest[open + close + 1..];
    }
    // A record whose first block is a marker passes only with that
    // outcome: TABARI compares coded events against the blocks in order.
    let expect = match marker {
        Some(m) => m,
        None if !events.is_empty() => Expect::Events(events),
        None => Expect::Skip,
    };
    (expect, options)
}

/// Loads PETRARCH's unit-test records (XML): the dictionaries of its
/// `<Environment>`, and every `<Sentence>` in order with the `<Config>`
/// settings that precede it (they hold until changed: the harness replays
/// them), its date, its text (entities decoded) and its expectations. A
/// record without any `<EventCoding>` expects no events, as PETRARCH's
/// own validator reads it; an `error="…"` coding expects none either.
pub fn load_petrarch(xml: &Path) -> Result<Suite, ValidateError> {
    let text = read(xml)?;
    let dir = xml.parent().unwrap_or(Path::new("."));
    let mut suite = Suite {
        name: "petrarch".into(),
        ..Suite::default()
    };
    let body = strip_xml_comments(&text);
    for tag in ["Verbfile", "Actorfile", "Agentfile", "Discardfile"] {
        if let Some(v) = element(&body, tag) {
            let v = v.trim();
            if !v.is_empty() {
                suite.dictionaries.push(dir.join(v));
            }
        }
    }
    let file = xml.display().to_string();
    let sentences = body.find("<Sentences>").unwrap_or(0);
    let mut pending: Vec<String> = Vec::new();
    let mut pos = sentences;
    loop {
        let next_sentence = body[pos..].find("<Sentence ").map(|o| pos + o);
        let next_config = body[pos..].find("<Config").map(|o| pos + o);
        if let Some(c) = next_config
            && next_sentence.is_none_or(|s| c < s)
        {
            let end = body[c..].find('>').map_or(body.len(), |e| c + e);
            let tag = &body[c..end];
            match (attr(tag, "option"), attr(tag, "value")) {
                (Some(o), Some(v)) => pending.push(format!("{o} = {v}")),
                _ => suite.warnings.push(format!(
                    "{file}:{}: <Config> without option and value",
                    text_line(&body, c)
                )),
            }
            pos = end;
            continue;
        }
        let Some(start) = next_sentence else {
            break;
        };
        let Some(end_rel) = body[start..].find("</Sentence>") else {
            suite
                .warnings
                .push(format!("{file}: unterminated <Sentence> at byte {start}"));
            break;
        };
        let block = &body[start..start + end_rel];
        pos = start + end_rel + "</Sentence>".len();
        let head_end = block.find('>').unwrap_or(block.len());
        let head = &block[..head_end];
        let id = attr(head, "id").unwrap_or_default();
        let category = attr(head, "category").unwrap_or_default();
        let date = attr(head, "date").and_then(|d| compact_date(&d));
        let text = element(block, "Text")
            .map(|t| decode_entities(&t.split_whitespace().collect::<Vec<_>>().join(" ")))
            .unwrap_or_default();
        let mut events = BTreeSet::new();
        let mut none = false;
        let mut error = false;
        let mut c = 0;
        while let Some(o) = block[c..].find("<EventCoding") {
            let s = c + o;
            let e = block[s..].find('>').map_or(block.len(), |e| s + e);
            let tag = &block[s..e];
            if attr(tag, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                none = true;
            } else if attr(tag, "error").is_some() {
                error = true;
            } else if let (Some(src), Some(tgt), Some(code)) = (
                attr(tag, "sourcecode"),
                attr(tag, "targetcode"),
                attr(tag, "eventcode"),
            ) {
                events.insert((decode_entities(&src), decode_entities(&tgt), code));
            }
            c = e;
        }
        let expect = if !events.is_empty() {
            Expect::Events(events)
        } else if error || category == "ERROR" {
            Expect::Error
        } else {
            let _ = none;
            Expect::NoEvent
        };
        let line = text_line(&body, start);
        suite.records.push(Record {
            id,
            category,
            date,
            text,
            expect,
            options: Vec::new(),
            config: std::mem::take(&mut pending),
            origin: format!("{file}:{line}"),
            header: String::new(),
        });
    }
    Ok(suite)
}

/// Comments replaced by spaces of the same length (byte offsets and line
/// numbers are kept).
fn strip_xml_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(o) = rest.find("<!--") {
        out.push_str(&rest[..o]);
        let after = &rest[o..];
        let end = after.find("-->").map_or(after.len(), |e| e + 3);
        out.extend(
            after[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn text_line(s: &str, byte: usize) -> usize {
    s[..byte.min(s.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

fn element<'a>(s: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let a = s.find(&open)? + open.len();
    let b = s[a..].find(&close)? + a;
    Some(&s[a..b])
}

/// An attribute value, tolerating spaces around `=`.
fn attr(tag: &str, name: &str) -> Option<String> {
    let mut search = 0;
    while let Some(o) = tag[search..].find(name) {
        let at = search + o;
        search = at + name.len();
        let before_ok = at == 0 || !tag.as_bytes()[at - 1].is_ascii_alphanumeric();
        let rest = tag[search..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let q = rest.chars().next()?;
        if q != '"' && q != '\'' {
            continue;
        }
        let end = rest[1..].find(q)?;
        return Some(rest[1..1 + end].to_string());
    }
    None
}

/// What the engine did with one record.
#[derive(Clone, Debug, Default)]
pub struct Coded {
    pub events: BTreeSet<Triple>,
    pub discarded: bool,
    pub complex: bool,
    /// The coder's explanation, shown for mismatches.
    pub trace: Vec<String>,
}

/// Counts for one category (or the whole suite).
#[derive(Clone, Copy, Debug, Default, serde::Serialize)]
pub struct Counts {
    pub records: usize,
    pub exact: usize,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.records += o.records;
        self.exact += o.exact;
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }

    pub fn share(&self) -> f64 {
        if self.records == 0 {
            0.0
        } else {
            self.exact as f64 / self.records as f64
        }
    }
}

/// A record the engine got wrong.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Mismatch {
    pub id: String,
    pub category: String,
    pub text: String,
    pub expected: String,
    pub coded: String,
    pub trace: Vec<String>,
}

/// A scored suite.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Report {
    pub suite: String,
    #[serde(flatten)]
    pub total: Counts,
    pub skipped: usize,
    pub categories: BTreeMap<String, Counts>,
    pub mismatches: Vec<Mismatch>,
}

fn show(events: &BTreeSet<Triple>) -> String {
    if events.is_empty() {
        return "(none)".into();
    }
    events
        .iter()
        .map(|(s, t, c)| format!("{s} {t} {c}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Scores every record with `code`. Records expecting `Skip` are coded
/// (their options may matter to the coder) but not scored.
pub fn score(suite: &Suite, mut code: impl FnMut(&Record) -> Coded) -> Report {
    let mut report = Report {
        suite: suite.name.clone(),
        ..Report::default()
    };
    for r in &suite.records {
        let got = code(r);
        let mut c = Counts {
            records: 1,
            ..Counts::default()
        };
        let (exact, expected) = match &r.expect {
            Expect::Skip => {
                report.skipped += 1;
                continue;
            }
            Expect::Events(want) => {
                c.tp = want.intersection(&got.events).count();
                c.fp = got.events.difference(want).count();
                c.fn_ = want.difference(&got.events).count();
                (&got.events == want, show(want))
            }
            Expect::NoEvent => {
                c.fp = got.events.len();
                (got.events.is_empty(), "(no event)".to_string())
            }
            // A discarded or complex record yields no events; the flags are
            // shown for diagnosis but not required, as the peers' normalized
            // expectations do not tell the three "no event" outcomes apart
            // reliably (docs/peers/tabari.md §3.2).
            Expect::Discard => {
                c.fp = got.events.len();
                (got.events.is_empty(), "(discard: no event)".to_string())
            }
            Expect::Complex => {
                c.fp = got.events.len();
                (got.events.is_empty(), "(complex: no event)".to_string())
            }
            Expect::Error => {
                c.fp = got.events.len();
                (got.events.is_empty(), "(error: no event)".to_string())
            }
        };
        c.exact = usize::from(exact);
        report.total.add(&c);
        report
            .categories
            .entry(r.category.clone())
            .or_default()
            .add(&c);
        if !exact {
            let mut coded = show(&got.events);
            if got.discarded {
                coded.push_str(" (discarded)");
            }
            if got.complex {
                coded.push_str(" (complex)");
            }
            report.mismatches.push(Mismatch {
                id: r.id.clone(),
                category: r.category.clone(),
                text: r.text.clone(),
                expected,
                coded,
                trace: got.trace,
            });
        }
    }
    report
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} suite", self.suite)?;
        writeln!(
            f,
            "{:<12} {:>7} {:>7} {:>7} {:>5} {:>5} {:>5}",
            "category", "records", "exact", "share", "tp", "fp", "fn"
        )?;
        for (cat, c) in &self.categories {
            writeln!(
                f,
                "{:<12} {:>7} {:>7} {:>6.1}% {:>5} {:>5} {:>5}",
                cat,
                c.records,
                c.exact,
                100.0 * c.share(),
                c.tp,
                c.fp,
                c.fn_
            )?;
        }
        let t = &self.total;
        writeln!(
            f,
            "{:<12} {:>7} {:>7} {:>6.1}% {:>5} {:>5} {:>5}   ({} not scored)",
            "all",
            t.records,
            t.exact,
            100.0 * t.share(),
            t.tp,
            t.fp,
            t.fn_,
            self.skipped
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabari_records_and_expectations() {
        let text = "\
####
950101  DEMO-01
Arnor is about to restore full diplomatic ties
with Gondor.
/*\\n---------
\\n[Simple coding]
\\n{ ARN / GON / 064 } */

950103  DEMO-04
Text two.
/*\\n[Paired]
\\n{ DAG / GON / 032 } 950103
\\n{ GON / DAG / 033 } 950103   */

950101  SKIP-01
Not checked.
/* -{ARN / GON / 064 } */

950101  DISC-01
Discarded.
/* {###} */

950101  TIME-Modify
Option.
/* { OPTION: SET: TIME SHIFT = FALSE } */
";
        let mut s = Suite::default();
        parse_tabari_text(text, "v.text", &mut s);
        assert_eq!(s.records.len(), 5);
        let r = &s.records[0];
        assert_eq!(r.id, "DEMO-01");
        assert_eq!(r.category, "DEMO");
        assert_eq!(r.date, Some(Date::new(1995, 1, 1)));
        assert_eq!(
            r.text,
            "Arnor is about to restore full diplomatic ties with Gondor."
        );
        assert_eq!(
            r.expect,
            Expect::Events([("ARN".into(), "GON".into(), "064".into())].into())
        );
        match &s.records[1].expect {
            Expect::Events(e) => assert_eq!(e.len(), 2),
            e => panic!("{e:?}"),
        }
        assert_eq!(s.records[2].expect, Expect::Skip);
        assert_eq!(s.records[3].expect, Expect::Discard);
        assert_eq!(s.records[4].expect, Expect::Skip);
        assert_eq!(s.records[4].options, vec!["SET: TIME SHIFT = FALSE"]);
    }

    #[test]
    fn tabari_records_as_tabari_reads_them() {
        let text = "\
950104  FBIS-001-001  CEP2002a
Arnor and Gondor met.
/* { ARN / GON / 031 } */

9501201  SYN-01
Text.
/* { A / B / 1 } */  
   { C / D / 2 } */

950101  950101  AG-11
Open comment /* { X / Y / 3 }
{ Z / Y / 3 } /*

950101 OPT-1
Text /* { OPTION: SET: YYYY = TRUE } */

19950101 Y-01
Four-digit years now.
/* {+++} { ERI / OSG / 223 } */

19950101 OPT-2
Text /* { OPTION: SET: MINIMUM WORDS = 4  */

19950101 OPT-3
Text /* { OPTION: SET: YYYY = FALSE } { OPTION: COMMA: OFF} */

950101 END-01
This is the end of the standard validation records.

950101 AFTER-01
Not read. /* { A / B / 1 } */
";
        let mut s = Suite::default();
        parse_tabari_text(text, "v.text", &mut s);
        let ids: Vec<&str> = s.records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "FBIS-001-001",
                "SYN-01",
                "AG-11",
                "OPT-1",
                "Y-01",
                "OPT-2",
                "OPT-3",
                "END-01"
            ]
        );
        assert_eq!(s.records[0].category, "FBIS");
        assert_eq!(s.records[0].header, "  FBIS-001-001  CEP2002a");
        assert_eq!(s.records[1].date, Some(Date::new(1995, 1, 20)));
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        assert_eq!(
            s.records[1].expect,
            Expect::Events([t("A", "B", "1"), t("C", "D", "2")].into())
        );
        assert_eq!(s.records[2].text, "Open comment");
        assert_eq!(
            s.records[2].expect,
            Expect::Events([t("X", "Y", "3"), t("Z", "Y", "3")].into())
        );
        assert_eq!(s.records[4].date, Some(Date::new(1995, 1, 1)));
        assert_eq!(s.records[4].expect, Expect::Complex);
        assert_eq!(s.records[5].options, vec!["SET: MINIMUM WORDS = 4"]);
        assert_eq!(
            s.records[6].options,
            vec!["SET: YYYY = FALSE", "COMMA: OFF"]
        );
        assert_eq!(s.records[7].expect, Expect::Skip);
    }

    #[test]
    fn petrarch_records() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t.xml");
        std::fs::write(
            &p,
            r#"<Validation><Environment><Verbfile>v.txt</Verbfile></Environment>
<Sentences>
<!-- <Sentence date="19950101" id="X-00" category="X"></Sentence> -->
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore
ties with Gondor.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Config option="new_actor_length" value="4">
<Config option="comma_emax" value="0"></Config>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>Bad &amp; worse.</Text>
</Sentence>
<Sentence date="19950101" id="P-06" category="PATTERN" sentence="true">
<Text>No coding here.</Text>
</Sentence>
<Sentence date="19950101" id="A-01" category="ACTOR" sentence="true">
<EventCoding sourcecode='"THE MINISTRY"' targetcode="GON" eventcode="032"></EventCoding>
<Text>New.</Text>
</Sentence>
</Sentences></Validation>"#,
        )
        .unwrap();
        let s = load_petrarch(&p).unwrap();
        assert_eq!(s.records.len(), 4);
        assert_eq!(s.dictionaries, vec![dir.path().join("v.txt")]);
        assert_eq!(
            s.records[0].text,
            "Arnor is about to restore ties with Gondor."
        );
        assert_eq!(s.records[0].config, vec!["require_dyad = false"]);
        assert_eq!(s.records[1].date, Some(Date::new(2008, 8, 1)));
        assert_eq!(s.records[1].expect, Expect::Error);
        assert_eq!(s.records[1].text, "Bad & worse.");
        assert_eq!(
            s.records[1].config,
            vec!["new_actor_length = 4", "comma_emax = 0"]
        );
        assert_eq!(s.records[2].expect, Expect::NoEvent);
        assert!(
            s.records[2].config.is_empty(),
            "settings hold until changed"
        );
        assert_eq!(
            s.records[3].expect,
            Expect::Events(
                [(
                    "\"THE MINISTRY\"".to_string(),
                    "GON".to_string(),
                    "032".to_string()
                )]
                .into()
            )
        );
    }

    #[test]
    fn scoring_counts() {
        let mut s = Suite::default();
        let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
        let rec = |id: &str, expect| Record {
            id: id.into(),
            category: "C".into(),
            date: None,
            text: String::new(),
            expect,
            options: vec![],
            config: vec![],
            origin: String::new(),
            header: String::new(),
        };
        s.records.push(rec(
            "a",
            Expect::Events([t("A", "B", "1"), t("B", "A", "2")].into()),
        ));
        s.records.push(rec("b", Expect::NoEvent));
        s.records.push(rec("c", Expect::Skip));
        let r = score(&s, |r| Coded {
            events: if r.id == "a" {
                [t("A", "B", "1"), t("A", "C", "3")].into()
            } else {
                BTreeSet::new()
            },
            ..Coded::default()
        });
        assert_eq!(r.total.records, 2);
        assert_eq!(r.total.exact, 1);
        assert_eq!((r.total.tp, r.total.fp, r.total.fn_), (1, 1, 1));
        assert_eq!(r.skipped, 1);
        assert_eq!(r.mismatches.len(), 1);
        assert_eq!(r.mismatches[0].id, "a");
    }
}
