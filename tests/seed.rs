//! The canonical dispatch, end to end: the seed-like fixture of our own
//! (always), and the real AFP seed in ../shared (ignored by default, run by
//! `.ci/run` with `--ignored` when ../shared is present).
//!
//! Snapshots live in tests/snapshots/. Set `DATELINE_UPDATE_SNAPSHOTS=1` to
//! rewrite them after an intended change, and review the diff.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use dateline::dict::Dictionaries;
use dateline::model::{Analysis, Date, RawDocument};
use dateline::pipeline::Pipeline;

fn pipeline() -> Pipeline {
    Pipeline::new(Arc::new(Dictionaries::builtin()))
}

fn analyze(path: &Path) -> Analysis {
    let text = std::fs::read_to_string(path).expect("fixture readable");
    pipeline()
        .analyze(&RawDocument::text(path.display().to_string(), text))
        .expect("the dispatch is an article")
}

fn triples(a: &Analysis) -> BTreeSet<(String, String, String)> {
    a.events
        .iter()
        .map(|e| (e.source.code.clone(), e.code.clone(), e.target.code.clone()))
        .collect()
}

/// One line per event, everything but the copied texts: codes, spans,
/// rule, date. Spans pin the texts without storing them.
fn snapshot_lines(a: &Analysis, with_text: bool) -> String {
    let mut out = String::new();
    for e in &a.events {
        let mut v = serde_json::json!({
            "sentence": e.sentence,
            "date": e.date,
            "source": [e.source.code, e.source.span.start, e.source.span.end],
            "target": [e.target.code, e.target.span.start, e.target.span.end],
            "code": e.code,
            "goldstein": e.goldstein.map(|g| format!("{g:.1}")),
            "quad_class": e.quad_class,
            "plover": e.plover,
            "verb": [e.verb_span.start, e.verb_span.end],
            "rule": e.rule,
        });
        if with_text {
            v["texts"] = serde_json::json!([e.source.text, e.verb_text, e.target.text]);
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

fn check_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("DATELINE_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run with DATELINE_UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert_eq!(
        expected, actual,
        "snapshot {name} differs (DATELINE_UPDATE_SNAPSHOTS=1 rewrites it)"
    );
}

#[derive(serde::Deserialize)]
struct Expected {
    headline: String,
    publication_date: String,
    first_sentence: String,
    last_sentence: String,
    sentences: usize,
    events: Vec<Triple>,
    dateline: ExpectedDateline,
}

#[derive(serde::Deserialize)]
struct ExpectedDateline {
    place: String,
    agency: String,
    date: String,
}

#[derive(serde::Deserialize)]
struct Triple {
    source: String,
    target: String,
    code: String,
}

#[test]
fn seedlike_dispatch() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let want: Expected =
        toml::from_str(&std::fs::read_to_string(dir.join("seedlike.expected.toml")).unwrap())
            .unwrap();
    let a = analyze(&dir.join("seedlike.txt"));
    let art = &a.article;
    assert_eq!(art.title.as_deref(), Some(want.headline.as_str()));
    let dl = art.dateline.as_ref().expect("a dateline");
    assert_eq!(dl.place, want.dateline.place);
    assert_eq!(dl.agency.as_deref(), Some(want.dateline.agency.as_str()));
    assert_eq!(dl.date, Date::parse_iso(&want.dateline.date));
    assert_eq!(art.date, Date::parse_iso(&want.publication_date));
    let sents: Vec<&str> = a
        .sentences
        .iter()
        .map(|s| &art.text[s.span.range()])
        .collect();
    assert_eq!(sents.len(), want.sentences, "{sents:#?}");
    assert_eq!(sents[0], want.first_sentence);
    assert_eq!(*sents.last().unwrap(), want.last_sentence);
    assert!(
        !art.text.contains('|') && !art.text.contains("![]") && !art.text.contains("Copyright")
    );
    let expected: BTreeSet<(String, String, String)> = want
        .events
        .iter()
        .map(|t| (t.source.clone(), t.code.clone(), t.target.clone()))
        .collect();
    assert_eq!(triples(&a), expected);
    for e in &a.events {
        let info = dateline::cameo::CodeTable::builtin();
        let c = info.get(&e.code).unwrap();
        assert_eq!(
            (e.goldstein, e.quad_class),
            (Some(c.goldstein), Some(c.quad))
        );
    }
    check_snapshot("seedlike.jsonl", &snapshot_lines(&a, true));
}

/// The real AFP seed (not redistributed with Dateline): what the core issue
/// asks of it, then the full snapshot of its events.
#[test]
#[ignore = "needs ../shared/seed (run by .ci/run)"]
fn afp_seed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed/afp-russia-niger-2024-01-16.txt");
    let a = analyze(&path);
    let art = &a.article;
    assert_eq!(
        art.title.as_deref(),
        Some("Russia and Niger pledge to strengthen military ties")
    );
    let dl = art.dateline.as_ref().expect("a dateline");
    assert_eq!(dl.place, "Moscow");
    assert_eq!(dl.agency.as_deref(), Some("AFP"));
    assert_eq!(art.date, Some(Date::new(2024, 1, 16)));
    assert!(
        art.text
            .starts_with("Russia and Niger agreed to strengthen military cooperation")
    );
    for residue in [
        "![]()",
        "|",
        "All rights reserved",
        "Copyright",
        "Agence France-Presse",
    ] {
        assert!(!art.text.contains(residue), "body contains {residue:?}");
    }
    let t = triples(&a);
    let has = |s: &str, c: &str, g: &str| {
        t.iter()
            .any(|(a, b, x)| a.starts_with(s) && b.starts_with(c) && x.starts_with(g))
    };
    assert!(
        has("RUS", "0312", "NER") && has("NER", "0312", "RUS"),
        "{t:?}"
    );
    assert!(
        has("NERGOV", "042", "RUS") && has("RUS", "043", "NERGOV"),
        "{t:?}"
    );
    assert!(has("RUS", "0332", "NER"), "{t:?}");
    assert!(
        t.iter().any(|(s, c, g)| s.starts_with("NER")
            && (c.starts_with("11") || c.starts_with("16"))
            && (g == "WST" || g.starts_with("FRA") || g == "IGOEUREEC")),
        "{t:?}"
    );
    let footer = art.text.len();
    for e in &a.events {
        assert!((e.verb_span.end as usize) <= footer);
        let c = dateline::cameo::CodeTable::builtin();
        let info = c.get(&e.code).unwrap();
        assert_eq!(
            (e.goldstein, e.quad_class),
            (Some(info.goldstein), Some(info.quad))
        );
    }
    assert_eq!(art.content_hash.len(), 64);
    let mut snap = format!("{{\"content_hash\":\"{}\"}}\n", art.content_hash);
    snap.push_str(&snapshot_lines(&a, false));
    check_snapshot("afp-seed.jsonl", &snap);
}
