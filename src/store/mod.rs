//! Store: [`Analysis`] batches and [`Rejection`]s in, an embedded SQLite
//! database out; events back out by query.
//!
//! The schema is in `schema.sql` beside this file (tables `documents`,
//! `sentences`, `events`, `rejections`, with the indexes the queries
//! below use). A Dateline database is marked by `PRAGMA application_id`
//! (`DTLN`) and versioned by `PRAGMA user_version`; [`Store::open`] creates
//! the schema in an empty file, upgrades a database of an older schema in
//! place (version 1 → 2 adds `documents.language`), refuses a SQLite file
//! that is not a Dateline database or was written by a newer schema, and
//! names the path in every error.
//!
//! Invariants:
//! - documents are keyed by content hash, so storing the same article twice
//!   adds nothing: no second document, no duplicate events;
//! - each [`Store::write`] is one transaction: it lands whole or not at all,
//!   so an interrupted or failed run leaves the database consistent;
//! - rejections are de-duplicated on (input, stage, reason): a repeat bumps
//!   its count and time instead of adding a row;
//! - the connection runs in WAL mode with foreign keys enforced.
//!
//! An event's `sentence_text` is not stored twice: it is cut from the
//! document's stored text by the stored sentence span when events are read.

use std::path::Path;

use rusqlite::{OptionalExtension, params};

use crate::model::{
    Analysis, Date, DatePrecision, Event, EventActor, Rejection, Span, StoredEvent,
};

/// The schema this build writes and reads.
pub const SCHEMA_VERSION: i64 = 2;

/// Upgrades from each older version to the next, in order: `MIGRATIONS[0]`
/// takes version 1 to 2. Each runs in one transaction with the version bump.
const MIGRATIONS: &[&str] = &["ALTER TABLE documents ADD COLUMN language TEXT;"];

/// `PRAGMA application_id` of a Dateline database: "DTLN" in ASCII.
pub const APPLICATION_ID: i64 = 0x4454_4c4e;

const SCHEMA: &str = include_str!("schema.sql");

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    /// The path exists but cannot hold a Dateline database.
    #[error("database {path}: {reason}")]
    NotDateline { path: String, reason: String },
    #[error(
        "database {path}: written by a newer Dateline (schema version {found}, this build \
         reads up to {supported}); use a newer Dateline or another database file"
    )]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("database {path}: does not exist")]
    Missing { path: String },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// What one write added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub documents_added: usize,
    /// Documents whose content hash was already stored (their events were
    /// not written again).
    pub documents_existing: usize,
    pub events_added: usize,
    /// Rejections not seen before (a repeat only bumps its count).
    pub rejections_added: usize,
}

/// Totals, for a summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    /// Distinct rejections.
    pub rejections: u64,
}

/// A stored rejection.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct StoredRejection {
    pub input: String,
    pub stage: String,
    pub reason: String,
    /// Latest time it was seen, UTC `YYYYMMDDHHMMSS`.
    pub time: u64,
    /// How many times it was written.
    pub seen: u64,
}

/// A query over stored events.
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// Matches source or target codes starting with this (e.g. `RUS`).
    pub actor: Option<String>,
    /// CAMEO code prefix (`03`, `0312`).
    pub code: Option<String>,
    /// Inclusive bounds on the event date; undated events never match a
    /// bounded query.
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub limit: Option<usize>,
}

pub struct Store {
    conn: rusqlite::Connection,
}

impl Store {
    /// Opens the database at `path`, creating it (and its schema) if the
    /// file does not exist or is empty.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let name = path.display().to_string();
        if path.is_dir() {
            return Err(StoreError::NotDateline {
                path: name,
                reason: "is a directory, not a database file".to_string(),
            });
        }
        let open_err = |source| StoreError::Open {
            path: name.clone(),
            source,
        };
        let mut conn = rusqlite::Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(open_err)?;
        // The first read of the header is where a non-SQLite file shows.
        let (app_id, version, objects) = header(&conn).map_err(|e| {
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
                StoreError::NotDateline {
                    path: name.clone(),
                    reason: "not a SQLite database file".to_string(),
                }
            } else {
                open_err(e)
            }
        })?;
        let mut upgrade_from = None;
        match (app_id, version) {
            (APPLICATION_ID, v) if v == SCHEMA_VERSION => {}
            (APPLICATION_ID, v) if (1..SCHEMA_VERSION).contains(&v) && objects > 0 => {
                upgrade_from = Some(v);
            }
            (APPLICATION_ID, v) if v > SCHEMA_VERSION => {
                return Err(StoreError::TooNew {
                    path: name,
                    found: v,
                    supported: SCHEMA_VERSION,
                });
            }
            (APPLICATION_ID, v) => {
                return Err(StoreError::NotDateline {
                    path: name,
                    reason: format!("a Dateline database with unknown schema version {v}"),
                });
            }
            (0, 0) if objects == 0 => {}
            _ => {
                return Err(StoreError::NotDateline {
                    path: name,
                    reason: "a SQLite database, but not a Dateline one".to_string(),
                });
            }
        }
        // WAL: readers do not block the writer; NORMAL sync is safe in WAL
        // (a crash may lose the last commit, never consistency).
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(open_err)?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            .map_err(open_err)?;
        if let Some(from) = upgrade_from {
            for (i, step) in MIGRATIONS.iter().enumerate().skip(from as usize - 1) {
                let tx = conn.transaction().map_err(open_err)?;
                tx.execute_batch(step).map_err(open_err)?;
                tx.execute_batch(&format!("PRAGMA user_version = {};", i + 2))
                    .map_err(open_err)?;
                tx.commit().map_err(open_err)?;
            }
        }
        if objects == 0 {
            let tx = conn.transaction().map_err(open_err)?;
            tx.execute_batch(SCHEMA).map_err(open_err)?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
            ))
            .map_err(open_err)?;
            tx.commit().map_err(open_err)?;
        }
        Ok(Store { conn })
    }

    /// Opens an existing database; an absent path is an error rather than
    /// a new empty database (for commands that only read).
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        Store::open(path)
    }

    /// Writes a batch of analyses and rejections in one transaction.
    /// Documents already stored (same content hash) are counted and their
    /// events skipped. On error nothing of the batch is written.
    pub fn write(
        &mut self,
        batch: &[Analysis],
        rejected: &[Rejection],
    ) -> Result<WriteStats, StoreError> {
        let now = utc_stamp();
        let mut stats = WriteStats::default();
        let tx = self.conn.transaction()?;
        {
            let mut insert_doc = tx.prepare_cached(
                "INSERT INTO documents (content_hash, doc_id, source, title, url, pub_date, \
                 dateline_place, dateline_date, dateline_agency, text, sentence_count, first_seen, \
                 language) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) \
                 ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            )?;
            let mut insert_sentence = tx.prepare_cached(
                "INSERT INTO sentences (doc, idx, span_start, span_end) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut insert_event = tx.prepare_cached(
                "INSERT INTO events (doc, sentence, date, date_precision, \
                 source_code, source_text, source_start, source_end, \
                 target_code, target_text, target_start, target_end, \
                 code, root, base, quad_class, goldstein, plover, \
                 verb_text, verb_start, verb_end, rule, pattern, added) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
                 ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)",
            )?;
            for analysis in batch {
                let a = &analysis.article;
                let hash = if a.content_hash.is_empty() {
                    fallback_hash(a.title.as_deref(), &a.text)
                } else {
                    a.content_hash.clone()
                };
                let dateline = a.dateline.as_ref();
                let doc: Option<i64> = insert_doc
                    .query_row(
                        params![
                            hash,
                            a.id,
                            a.source,
                            a.title,
                            a.url,
                            a.date.map(Date::yyyymmdd),
                            dateline.map(|d| d.place.as_str()),
                            dateline.and_then(|d| d.date).map(Date::yyyymmdd),
                            dateline.and_then(|d| d.agency.as_deref()),
                            a.text,
                            analysis.sentences.len() as i64,
                            now,
                            a.language,
                        ],
                        |r| r.get(0),
                    )
                    .optional()?;
                let Some(doc) = doc else {
                    stats.documents_existing += 1;
                    continue;
                };
                stats.documents_added += 1;
                for s in &analysis.sentences {
                    insert_sentence.execute(params![doc, s.index, s.span.start, s.span.end])?;
                }
                for e in &analysis.events {
                    insert_event.execute(params![
                        doc,
                        e.sentence,
                        e.date.map(Date::yyyymmdd),
                        precision_name(e.date_precision),
                        e.source.code,
                        e.source.text,
                        e.source.span.start,
                        e.source.span.end,
                        e.target.code,
                        e.target.text,
                        e.target.span.start,
                        e.target.span.end,
                        e.code,
                        e.root,
                        e.base,
                        e.quad_class,
                        e.goldstein.map(f64::from),
                        e.plover,
                        e.verb_text,
                        e.verb_span.start,
                        e.verb_span.end,
                        e.rule,
                        e.pattern,
                        now,
                    ])?;
                    stats.events_added += 1;
                }
            }
            let mut insert_rejection = tx.prepare_cached(
                "INSERT INTO rejections (input, stage, reason, time) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (input, stage, reason) \
                 DO UPDATE SET time = excluded.time, seen = seen + 1 \
                 RETURNING seen",
            )?;
            for r in rejected {
                let seen: i64 = insert_rejection
                    .query_row(params![r.input, r.stage, r.reason, now], |row| row.get(0))?;
                if seen == 1 {
                    stats.rejections_added += 1;
                }
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// Whether a document with this content hash is stored (so a caller
    /// may skip analysing it again).
    pub fn contains_document(&self, content_hash: &str) -> Result<bool, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")?;
        Ok(stmt.exists([content_hash])?)
    }

    /// Events matching the query, ordered by event date then id, undated
    /// events last.
    pub fn events(&self, query: &EventQuery) -> Result<Vec<StoredEvent>, StoreError> {
        // The filter, order and limit run on `events` alone (through its
        // indexes); only the rows kept are joined to their documents and
        // cut into evidence.
        let mut filter = String::from("SELECT id, date FROM events WHERE 1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let mut arg = |v: rusqlite::types::Value| {
            args.push(v);
            format!("?{}", args.len())
        };
        if let Some(actor) = query.actor.as_deref().filter(|a| !a.is_empty()) {
            // GLOB is case-sensitive (codes are upper case) and, unlike
            // LIKE, lets the code indexes serve a prefix match.
            let p = arg(glob_prefix(actor).into());
            filter.push_str(&format!(
                " AND (source_code GLOB {p} OR target_code GLOB {p})"
            ));
        }
        if let Some(code) = query.code.as_deref().filter(|c| !c.is_empty()) {
            let p = arg(glob_prefix(code).into());
            filter.push_str(&format!(" AND code GLOB {p}"));
        }
        if let Some(from) = query.from {
            let p = arg(i64::from(from.yyyymmdd()).into());
            filter.push_str(&format!(" AND date >= {p}"));
        }
        if let Some(to) = query.to {
            let p = arg(i64::from(to.yyyymmdd()).into());
            filter.push_str(&format!(" AND date <= {p}"));
        }
        filter.push_str(" ORDER BY date NULLS LAST, id");
        if let Some(limit) = query.limit {
            let p = arg(i64::try_from(limit).unwrap_or(i64::MAX).into());
            filter.push_str(&format!(" LIMIT {p}"));
        }
        let sql = format!(
            "SELECT e.id, e.added, d.url, d.doc_id, e.sentence, e.date, e.date_precision, \
             e.source_code, e.source_text, e.source_start, e.source_end, \
             e.target_code, e.target_text, e.target_start, e.target_end, \
             e.code, e.root, e.base, e.quad_class, e.goldstein, e.plover, \
             e.verb_text, e.verb_start, e.verb_end, e.rule, e.pattern, \
             substr(CAST(d.text AS BLOB), s.span_start + 1, s.span_end - s.span_start) \
             FROM ({filter}) AS k JOIN events e ON e.id = k.id \
             JOIN documents d ON d.id = e.doc \
             LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence \
             ORDER BY k.date NULLS LAST, k.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), stored_event)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Totals of documents, events and distinct rejections.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(Counts {
            documents: count("documents")?,
            events: count("events")?,
            rejections: count("rejections")?,
        })
    }

    /// The most recently seen rejections, newest first.
    pub fn rejections(&self, limit: usize) -> Result<Vec<StoredRejection>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT input, stage, reason, time, seen FROM rejections \
             ORDER BY time DESC, id DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
            Ok(StoredRejection {
                input: r.get(0)?,
                stage: r.get(1)?,
                reason: r.get(2)?,
                time: r.get::<_, i64>(3)? as u64,
                seen: r.get::<_, i64>(4)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }
}

/// Application id, schema version, and how many schema objects exist.
fn header(conn: &rusqlite::Connection) -> rusqlite::Result<(i64, i64, i64)> {
    let app_id = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let objects = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    Ok((app_id, version, objects))
}

fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

fn precision_from(s: &str) -> DatePrecision {
    match s {
        "month" => DatePrecision::Month,
        "year" => DatePrecision::Year,
        _ => DatePrecision::Day,
    }
}

fn date_from(n: Option<i64>) -> Option<Date> {
    let n = n?;
    let year = i16::try_from(n / 10_000).ok()?;
    let month = ((n / 100) % 100) as u8;
    let day = (n % 100) as u8;
    Some(Date::new(year, month, day))
}

fn span(start: i64, end: i64) -> Span {
    Span {
        start: start as u32,
        end: end as u32,
    }
}

/// A GLOB pattern matching strings that start with `prefix` literally.
fn glob_prefix(prefix: &str) -> String {
    let mut p = String::with_capacity(prefix.len() + 1);
    for c in prefix.chars() {
        match c {
            '*' | '?' | '[' => {
                p.push('[');
                p.push(c);
                p.push(']');
            }
            _ => p.push(c),
        }
    }
    p.push('*');
    p
}

fn stored_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    let sentence_text: Option<Vec<u8>> = r.get(26)?;
    let event = Event {
        doc: r.get(3)?,
        sentence: r.get::<_, i64>(4)? as u32,
        date: date_from(r.get(5)?),
        date_precision: precision_from(&r.get::<_, String>(6)?),
        source: EventActor {
            code: r.get(7)?,
            text: r.get(8)?,
            span: span(r.get(9)?, r.get(10)?),
        },
        target: EventActor {
            code: r.get(11)?,
            text: r.get(12)?,
            span: span(r.get(13)?, r.get(14)?),
        },
        code: r.get(15)?,
        root: r.get(16)?,
        base: r.get(17)?,
        quad_class: r.get::<_, Option<i64>>(18)?.map(|q| q as u8),
        goldstein: r.get::<_, Option<f64>>(19)?.map(|g| g as f32),
        plover: r.get(20)?,
        verb_text: r.get(21)?,
        verb_span: span(r.get(22)?, r.get(23)?),
        rule: r.get(24)?,
        pattern: r.get(25)?,
        sentence_text: sentence_text
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default(),
        date_scope: Vec::new(),
    };
    Ok(StoredEvent {
        id: r.get(0)?,
        added: r.get::<_, i64>(1)? as u64,
        url: r.get(2)?,
        event,
    })
}

/// The document identity when the article came without one (the pipeline
/// should always set it): a BLAKE3 digest of title and body, so that
/// hash-less articles still de-duplicate among themselves.
fn fallback_hash(title: Option<&str>, text: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(title.unwrap_or("").as_bytes());
    h.update(b"\0");
    h.update(text.as_bytes());
    h.finalize().to_hex().to_string()
}

/// Now, UTC, as `YYYYMMDDHHMMSS`.
fn utc_stamp() -> i64 {
    let t = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC);
    i64::from(t.year()) * 10_000_000_000
        + i64::from(t.month()) * 100_000_000
        + i64::from(t.day()) * 1_000_000
        + i64::from(t.hour()) * 10_000
        + i64::from(t.minute()) * 100
        + i64::from(t.second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_escapes() {
        assert_eq!(glob_prefix("RUS"), "RUS*");
        assert_eq!(glob_prefix("A*?["), "A[*][?][[]*");
    }

    #[test]
    fn stamp_shape() {
        let s = utc_stamp();
        assert!((19_700_101_000_000..=99_991_231_235_959).contains(&s));
    }

    #[test]
    fn version_1_databases_are_upgraded_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            let v1: String = SCHEMA
                .lines()
                .filter(|l| !l.trim_start().starts_with("language "))
                .collect::<Vec<_>>()
                .join("\n");
            conn.execute_batch(&v1).unwrap();
            conn.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1; \
                 INSERT INTO documents (content_hash, doc_id, text, sentence_count, first_seen) \
                 VALUES ('h', 'old', 'Old text.', 1, 20240101000000);"
            ))
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        let (version, lang): (i64, Option<String>) = store
            .conn
            .query_row(
                "SELECT (SELECT user_version FROM pragma_user_version), language FROM documents",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((version, lang), (SCHEMA_VERSION, None));
        drop(store);
        // Opening again is a no-op.
        assert!(Store::open(&path).is_ok());
    }

    #[test]
    fn dates_round_trip() {
        let d = Date::new(2024, 1, 16);
        assert_eq!(date_from(Some(i64::from(d.yyyymmdd()))), Some(d));
        assert_eq!(date_from(None), None);
    }
}
