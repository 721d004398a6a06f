//! Store: schema creation and versioning, idempotent writes, transactional
//! batches, queries, rejections, and a throughput print.

use std::path::Path;

use dateline::model::{
    Analysis, Article, Date, DatePrecision, Dateline, Event, EventActor, Rejection, Sentence, Span,
};
use dateline::store::{EventQuery, Store, StoreError, WriteStats};

/// Two sentences; spans are found by searching the text so they are right
/// by construction.
const TEXT: &str = "Russia and Niger agreed on Tuesday to strengthen military cooperation. \
                    The Kremlin later criticised the United Nations.";

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).expect(needle);
    Span::new(start, start + needle.len())
}

fn sentences(text: &str) -> Vec<Sentence> {
    let first_end = text.find(". ").map_or(text.len(), |i| i + 1);
    let mut v = vec![Sentence {
        index: 0,
        span: Span::new(0, first_end),
    }];
    if first_end < text.len() {
        v.push(Sentence {
            index: 1,
            span: Span::new(first_end + 1, text.len()),
        });
    }
    v
}

#[allow(clippy::too_many_arguments)]
fn event(
    doc: &str,
    text: &str,
    sentence: u32,
    date: Option<Date>,
    (src, src_text): (&str, &str),
    (tgt, tgt_text): (&str, &str),
    code: &str,
    verb: &str,
) -> Event {
    let sents = sentences(text);
    let s = sents[sentence as usize].span;
    Event {
        doc: doc.to_string(),
        sentence,
        date,
        date_precision: DatePrecision::Day,
        source: EventActor {
            code: src.to_string(),
            text: src_text.to_string(),
            span: span_of(text, src_text),
        },
        target: EventActor {
            code: tgt.to_string(),
            text: tgt_text.to_string(),
            span: span_of(text, tgt_text),
        },
        code: code.to_string(),
        root: code[..2].to_string(),
        base: code[..3.min(code.len())].to_string(),
        quad_class: Some(1),
        goldstein: Some(5.2),
        plover: Some("AGREE".to_string()),
        verb_text: verb.to_string(),
        verb_span: span_of(text, verb),
        rule: "verbs.txt:12".to_string(),
        pattern: "agree to strengthen + cooperation".to_string(),
        sentence_text: text[s.range()].to_string(),
        date_scope: Vec::new(),
    }
}

fn article(id: &str, text: &str, date: Option<Date>) -> Article {
    Article {
        id: id.to_string(),
        title: Some(format!("Title of {id}")),
        dateline: Some(Dateline {
            place: "Moscow".to_string(),
            date,
            agency: Some("AFP".to_string()),
            raw_span: None,
        }),
        date,
        url: Some(format!("https://example.org/{id}")),
        source: Some("AFP".to_string()),
        text: text.to_string(),
        content_hash: blake3::hash(text.as_bytes()).to_hex().to_string(),
        ..Article::default()
    }
}

fn analysis_a() -> Analysis {
    let d = Some(Date::new(2024, 1, 16));
    Analysis {
        article: article("afp-1", TEXT, d),
        sentences: sentences(TEXT),
        events: vec![
            event(
                "afp-1",
                TEXT,
                0,
                d,
                ("RUS", "Russia"),
                ("NER", "Niger"),
                "0312",
                "agreed",
            ),
            event(
                "afp-1",
                TEXT,
                0,
                d,
                ("NER", "Niger"),
                ("RUS", "Russia"),
                "0312",
                "agreed",
            ),
            event(
                "afp-1",
                TEXT,
                1,
                Some(Date::new(2024, 1, 17)),
                ("RUSGOV", "The Kremlin"),
                ("IGOUNO", "the United Nations"),
                "111",
                "criticised",
            ),
        ],
    }
}

fn analysis_b() -> Analysis {
    let text = "Chad accused Sudan of backing rebels.";
    let d = Some(Date::new(2023, 12, 30));
    Analysis {
        article: article("afp-2", text, d),
        sentences: sentences(text),
        events: vec![event(
            "afp-2",
            text,
            0,
            d,
            ("TCD", "Chad"),
            ("SDN", "Sudan"),
            "112",
            "accused",
        )],
    }
}

fn open(dir: &Path) -> Store {
    Store::open(&dir.join("dateline.db")).expect("open")
}

fn all(store: &Store) -> Vec<dateline::model::StoredEvent> {
    store.events(&EventQuery::default()).unwrap()
}

#[test]
fn new_database_has_schema_version_and_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dateline.db");
    let store = Store::open(&path).unwrap();
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events, c.rejections), (0, 0, 0));
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, dateline::store::SCHEMA_VERSION);
    assert_eq!(mode, "wal");
    drop(conn);
    // Reopening an existing database works and keeps it.
    Store::open(&path).unwrap();
    Store::open_existing(&path).unwrap();
}

#[test]
fn events_round_trip_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let a = analysis_a();
    let b = analysis_b();
    let stats = store.write(&[a.clone(), b.clone()], &[]).unwrap();
    assert_eq!(
        stats,
        WriteStats {
            documents_added: 2,
            documents_existing: 0,
            events_added: 4,
            rejections_added: 0,
        }
    );
    let got = all(&store);
    // Ordered by date, then id: b's event (2023-12-30) first.
    let events: Vec<&Event> = got.iter().map(|s| &s.event).collect();
    assert_eq!(
        events,
        vec![&b.events[0], &a.events[0], &a.events[1], &a.events[2]]
    );
    assert_eq!(
        got[3].event.sentence_text,
        "The Kremlin later criticised the United Nations."
    );
    assert_eq!(got[1].url.as_deref(), Some("https://example.org/afp-1"));
    let ids: Vec<i64> = got.iter().map(|s| s.id).collect();
    assert!(ids.windows(2).all(|w| w[0] != w[1]));
    assert!(got.iter().all(|s| s.added >= 20_000_101_000_000));
}

#[test]
fn writing_the_same_article_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.write(&[analysis_a()], &[]).unwrap();
    // Same content under another id, in a later batch and within one batch.
    let mut again = analysis_a();
    again.article.id = "copy-of-afp-1".to_string();
    let stats = store
        .write(&[again.clone(), analysis_b(), analysis_b()], &[])
        .unwrap();
    assert_eq!(stats.documents_added, 1);
    assert_eq!(stats.documents_existing, 2);
    assert_eq!(stats.events_added, 1);
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events), (2, 4));
    assert!(all(&store).iter().all(|e| e.event.doc != "copy-of-afp-1"));
    assert!(
        store
            .contains_document(&analysis_a().article.content_hash)
            .unwrap()
    );
    assert!(!store.contains_document("no-such-hash").unwrap());
}

#[test]
fn a_failed_write_rolls_back_completely() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let mut bad = analysis_b();
    // Out of CAMEO's range: the CHECK constraint fails on the last insert.
    bad.events[0].quad_class = Some(9);
    let rejection = Rejection {
        input: "x.txt".to_string(),
        stage: "ingest",
        reason: "empty file".to_string(),
    };
    let err = store.write(&[analysis_a(), bad], std::slice::from_ref(&rejection));
    assert!(matches!(err, Err(StoreError::Sql(_))), "{err:?}");
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events, c.rejections), (0, 0, 0));
    // The store is still usable, and the good article can be written.
    let stats = store.write(&[analysis_a()], &[rejection]).unwrap();
    assert_eq!((stats.documents_added, stats.events_added), (1, 3));
    let c = store.counts().unwrap();
    assert_eq!((c.documents, c.events, c.rejections), (1, 3, 1));
}

#[test]
fn queries_filter_by_actor_code_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    store.write(&[analysis_a(), analysis_b()], &[]).unwrap();
    let codes = |q: EventQuery| -> Vec<String> {
        store
            .events(&q)
            .unwrap()
            .into_iter()
            .map(|e| {
                format!(
                    "{}>{}:{}",
                    e.event.source.code, e.event.target.code, e.event.code
                )
            })
            .collect()
    };
    // Prefix of either side: RUS matches RUSGOV.
    assert_eq!(
        codes(EventQuery {
            actor: Some("RUS".into()),
            ..Default::default()
        }),
        ["RUS>NER:0312", "NER>RUS:0312", "RUSGOV>IGOUNO:111"]
    );
    assert_eq!(
        codes(EventQuery {
            actor: Some("IGO".into()),
            ..Default::default()
        }),
        ["RUSGOV>IGOUNO:111"]
    );
    assert_eq!(
        codes(EventQuery {
            code: Some("11".into()),
            ..Default::default()
        }),
        ["TCD>SDN:112", "RUSGOV>IGOUNO:111"]
    );
    assert_eq!(
        codes(EventQuery {
            code: Some("0312".into()),
            actor: Some("NER".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    // Date bounds are inclusive.
    assert_eq!(
        codes(EventQuery {
            from: Some(Date::new(2024, 1, 16)),
            to: Some(Date::new(2024, 1, 16)),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        codes(EventQuery {
            to: Some(Date::new(2023, 12, 31)),
            ..Default::default()
        }),
        ["TCD>SDN:112"]
    );
    assert_eq!(
        codes(EventQuery {
            limit: Some(2),
            ..Default::default()
        }),
        ["TCD>SDN:112", "RUS>NER:0312"]
    );
    // Pattern characters are literal.
    assert!(
        codes(EventQuery {
            actor: Some("*".into()),
            ..Default::default()
        })
        .is_empty()
    );
    assert!(
        codes(EventQuery {
            actor: Some("rus".into()),
            ..Default::default()
        })
        .is_empty()
    );
}

#[test]
fn undated_events_sort_last_and_never_match_date_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let mut undated = analysis_b();
    undated.article.date = None;
    undated.events[0].date = None;
    undated.events[0].date_precision = DatePrecision::Year;
    store.write(&[analysis_a(), undated], &[]).unwrap();
    let got = all(&store);
    assert_eq!(got.len(), 4);
    assert_eq!(got[3].event.date, None);
    assert_eq!(got[3].event.date_precision, DatePrecision::Year);
    assert!(got[..3].iter().all(|e| e.event.date.is_some()));
    let bounded = store
        .events(&EventQuery {
            from: Some(Date::new(1900, 1, 1)),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(bounded.len(), 3);
}

#[test]
fn rejections_are_deduplicated_and_listed_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let r = |input: &str, reason: &str| Rejection {
        input: input.to_string(),
        stage: "ingest",
        reason: reason.to_string(),
    };
    let stats = store
        .write(
            &[],
            &[r("a.txt", "empty file"), r("b.jsonl:3", "invalid JSON: x")],
        )
        .unwrap();
    assert_eq!(stats.rejections_added, 2);
    let stats = store
        .write(
            &[],
            &[
                r("a.txt", "empty file"),
                r("c.bin", "binary file, not text"),
            ],
        )
        .unwrap();
    assert_eq!(stats.rejections_added, 1);
    assert_eq!(store.counts().unwrap().rejections, 3);
    let listed = store.rejections(10).unwrap();
    assert_eq!(listed.len(), 3);
    let a = listed.iter().find(|x| x.input == "a.txt").unwrap();
    assert_eq!(
        (a.seen, a.stage.as_str(), a.reason.as_str()),
        (2, "ingest", "empty file")
    );
    // Newest first: c.bin was written last (ties on time break by row id).
    assert_eq!(listed[0].input, "c.bin");
    assert_eq!(store.rejections(1).unwrap().len(), 1);
}

#[test]
fn opening_something_else_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();

    let err = Store::open(dir.path()).err().unwrap().to_string();
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert!(err.contains("is a directory"), "{err}");

    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "This is plainly not a database, but it is long enough to have a header. ".repeat(10),
    )
    .unwrap();
    let err = Store::open(&text).err().unwrap().to_string();
    assert!(err.contains("notes.txt"), "{err}");
    assert!(err.contains("not a SQLite database file"), "{err}");

    let other = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE t (x)").unwrap();
    drop(conn);
    let err = Store::open(&other).err().unwrap().to_string();
    assert!(err.contains("not a Dateline one"), "{err}");

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    let conn = rusqlite::Connection::open(&newer).unwrap();
    conn.execute_batch("PRAGMA user_version = 99").unwrap();
    drop(conn);
    let err = Store::open(&newer).err().unwrap();
    assert!(
        matches!(err, StoreError::TooNew { found: 99, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer Dateline"), "{err}");

    let err = Store::open_existing(&dir.path().join("absent.db"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("absent.db") && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn write_throughput() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    let docs: Vec<Analysis> = (0..2000)
        .map(|i| {
            let text = format!("{TEXT} Item {i}.");
            let mut a = analysis_a();
            a.article = article(&format!("doc-{i}"), &text, Some(Date::new(2024, 1, 16)));
            a.sentences = sentences(&text);
            for e in &mut a.events {
                e.doc = a.article.id.clone();
            }
            let extra = a.events.clone();
            a.events.extend(extra);
            a
        })
        .collect();
    let events: usize = docs.iter().map(|a| a.events.len()).sum();
    let start = std::time::Instant::now();
    for chunk in docs.chunks(250) {
        store.write(chunk, &[]).unwrap();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "store: wrote {} documents, {events} events in {secs:.3}s: {:.0} events/s, {:.0} documents/s ({} build)",
        docs.len(),
        events as f64 / secs,
        docs.len() as f64 / secs,
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        }
    );
    assert_eq!(store.counts().unwrap().events, events as u64);
}
