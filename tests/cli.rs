//! The command line as users and later checks call it: `run`, `extract`,
//! `code`, `events`, `export`, `explain`, exit codes, bad input.

use std::path::Path;
use std::process::{Command, Output};

fn dateline(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("dateline runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const DISPATCH: &str = "![]() |\n![]() |\nRussia and Niger pledge closer defence ties Moscow, Mar 5 (AFP) Mar 5, 2024 \
Russia and Niger agreed to strengthen military cooperation on Tuesday, as the African country moves closer to Moscow. \
Nigerien Prime Minister Ali Lamine Zeine led a delegation to the Russian capital on Tuesday for talks. \
Prime Minister Zeine also discussed trade relations with Russian officials.\n|\n|\n\
All rights reserved. Copyright Agence France-Presse. You may not copy this content.\n";

fn corpus(dir: &Path) {
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/dispatch.txt"), DISPATCH).unwrap();
    std::fs::write(
        dir.join("in/more.jsonl"),
        concat!(
            r#"{"id": "a1", "date": "2024-02-10", "title": "Talks", "text": "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Friday."}"#,
            "\n",
            "{this is not json}\n",
            r#"{"id": "a2", "text": "Ukraine accused Russia of shelling civilian areas in Kharkiv.", "date": "2024-02-11"}"#,
            "\n"
        ),
    )
    .unwrap();
    std::fs::write(dir.join("in/empty.txt"), "").unwrap();
    std::fs::write(dir.join("in/binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
}

#[test]
fn run_stores_once_records_rejections_and_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let o = dateline(&["run", "in", "--db", "t.db", "--quiet"], dir.path());
    assert_eq!(o.status.code(), Some(3), "stderr: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("in/empty.txt: empty file"), "{err}");
    assert!(err.contains("in/binary.txt: binary file"), "{err}");
    assert!(err.contains("in/more.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("Read 3 documents"), "{err}");

    let events = dateline(
        &["events", "--db", "t.db", "--json", "--limit", "1000"],
        dir.path(),
    );
    assert_eq!(events.status.code(), Some(0));
    let first = stdout(&events);
    assert!(first.contains("\"code\":\"0312\""), "{first}");
    let n = first.lines().count();
    assert!(n >= 4, "{first}");

    let rej = dateline(&["rejections", "--db", "t.db"], dir.path());
    let listed = stdout(&rej);
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(
        listed.contains("in/binary.txt") && listed.contains("binary file"),
        "{listed}"
    );

    // A second run over the same input adds nothing.
    let o = dateline(&["run", "in", "--db", "t.db", "--quiet"], dir.path());
    assert_eq!(o.status.code(), Some(3));
    assert!(
        stderr(&o).contains("0 new, 3 already stored"),
        "{}",
        stderr(&o)
    );
    let again = dateline(
        &["events", "--db", "t.db", "--json", "--limit", "1000"],
        dir.path(),
    );
    assert_eq!(stdout(&again).lines().count(), n);
}

#[test]
fn events_query_and_gdelt_export() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    dateline(&["run", "in", "--db", "t.db", "--quiet"], dir.path());
    let o = dateline(
        &[
            "events", "--db", "t.db", "--actor", "NER", "--code", "03", "--json",
        ],
        dir.path(),
    );
    let out = stdout(&o);
    assert!(!out.is_empty());
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["code"].as_str().unwrap().starts_with("03"));
        let s = v["source"]["code"].as_str().unwrap();
        let t = v["target"]["code"].as_str().unwrap();
        assert!(s.starts_with("NER") || t.starts_with("NER"), "{line}");
        assert_eq!(v["date"], "2024-03-05", "{line}");
    }
    let o = dateline(&["export", "--db", "t.db", "--format", "gdelt"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    let rows = stdout(&o);
    assert!(rows.lines().count() >= 4);
    for row in rows.lines() {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), 61, "{row}");
    }
    let o = dateline(&["events", "--db", "missing.db"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("missing.db"), "{}", stderr(&o));
}

#[test]
fn extract_prints_articles() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let o = dateline(&["extract", "in/dispatch.txt"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["title"], "Russia and Niger pledge closer defence ties");
    assert_eq!(v["dateline"]["place"], "Moscow");
    assert_eq!(v["dateline"]["agency"], "AFP");
    assert_eq!(v["date"], "2024-03-05");
    let text = v["text"].as_str().unwrap();
    assert!(text.starts_with("Russia and Niger agreed"), "{text}");
    assert!(!text.contains("![]()") && !text.contains("Copyright") && !text.contains('|'));
    assert_eq!(v["sentences"].as_array().unwrap().len(), 3);
}

#[test]
fn code_jsonl_and_tsv() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let o = dateline(&["code", "in/dispatch.txt"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut codes = Vec::new();
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in [
            "doc",
            "sentence",
            "date",
            "source",
            "target",
            "code",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "verb_text",
            "verb_span",
            "rule",
        ] {
            assert!(!v[key].is_null(), "{key} missing in {line}");
        }
        let span = &v["source"]["span"];
        assert!(span["start"].as_u64().unwrap() < span["end"].as_u64().unwrap());
        codes.push(format!(
            "{} {} {}",
            v["source"]["code"].as_str().unwrap(),
            v["code"].as_str().unwrap(),
            v["target"]["code"].as_str().unwrap()
        ));
    }
    for want in [
        "RUS 0312 NER",
        "NER 0312 RUS",
        "NERGOV 042 RUS",
        "RUS 043 NERGOV",
    ] {
        assert!(codes.iter().any(|c| c == want), "{want} not in {codes:?}");
    }
    assert!(
        codes
            .iter()
            .any(|c| c.starts_with("NERGOV 04") && c.ends_with("RUSGOV")),
        "Zeine's talks with Russian officials: {codes:?}"
    );
    let o = dateline(&["code", "--format", "tsv", "in/dispatch.txt"], dir.path());
    let out = stdout(&o);
    let mut lines = out.lines();
    assert!(lines.next().unwrap().starts_with("doc\tsentence\tdate"));
    assert!(lines.all(|l| l.split('\t').count() == 14));
}

#[test]
fn stdin_and_missing_paths() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["code", "-", "no/such/file.txt"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Russia and Niger agreed to strengthen military cooperation.")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(stdout(&o).contains("\"0312\""), "{}", stdout(&o));
    assert!(stderr(&o).contains("no/such/file.txt"), "{}", stderr(&o));
}

#[test]
fn explain_shows_the_decisions() {
    let dir = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "explain",
            "Niger's new regime has denounced military cooperation with France.",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("NERGOV"), "{out}");
    assert!(out.contains("pattern"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("NERGOV 1") && l.contains(" FRA ")),
        "{out}"
    );
}

/// An event found and then withheld is told with its reason, never
/// dropped in silence (issue 4, session of 2026-12-07).
#[test]
fn explain_tells_why_an_event_found_is_not_coded() {
    let dir = tempfile::tempdir().unwrap();
    let o = dateline(
        &[
            "explain",
            "--date",
            "2025-06-20",
            "European foreign ministers met Iran's Araqchi.",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.lines().any(|l| l.contains("EURGOV 040 IRNGOV")
            && l.contains("a region or bloc as the doer, not coded")),
        "{out}"
    );
    // And one the coder declines to emit at all.
    let o = dateline(&["explain", "Rwanda denied lobbying Kigali."], dir.path());
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.contains("RWA 016 RWA") && l.contains("acting on itself, not coded")),
        "{out}"
    );
}

#[test]
fn bad_dictionary_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = dateline(
        &["explain", "x", "--dict", "nope/countries.txt"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("dictionary nope/countries.txt"),
        "{}",
        stderr(&o)
    );
    // The cause is told once, not once by the error and again by its
    // source.
    assert_eq!(
        stderr(&o).matches("(os error 2)").count(),
        1,
        "{}",
        stderr(&o)
    );
    std::fs::write(dir.path().join("countries.txt"), "ZZZ | bad line\n").unwrap();
    let o = dateline(&["explain", "x", "--dict", "countries.txt"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("countries.txt:1: expected 8 fields"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn dict_check_reports_problems_with_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("mine/verbs")).unwrap();
    std::fs::write(
        d.join("mine/verbs/extra.txt"),
        "verb meet\n  040 * with\n  046 * with\n  999 * nonsense\n",
    )
    .unwrap();
    let o = dateline(&["dict", "check", "--dict", "mine"], d);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("extra.txt:4: error: not loaded: unknown CAMEO code \"999\""),
        "{out}"
    );
    assert!(out.contains("never fires"), "{out}");
    let o = dateline(&["dict", "check"], d);
    assert_eq!(
        o.status.code(),
        Some(0),
        "the shipped dictionaries have no errors: {}",
        stdout(&o)
    );
}

/// The README's first command runs on the bundled corpus: it must exist in
/// the repository and yield events (a commit once deleted it and only the
/// CI benchmark noticed).
#[test]
fn readme_example_corpus_is_bundled_and_codes() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = repo.join("examples/corpus");
    let files = std::fs::read_dir(&corpus)
        .expect("examples/corpus is bundled")
        .count();
    assert!(files >= 10, "examples/corpus has only {files} entries");
    let dir = tempfile::tempdir().unwrap();
    let o = dateline(
        &["run", corpus.to_str().unwrap(), "--db", "t.db", "--quiet"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let events = dateline(
        &["events", "--db", "t.db", "--json", "--limit", "10000"],
        dir.path(),
    );
    let n = stdout(&events).lines().count();
    assert!(n >= 100, "only {n} events from the example corpus");
}

/// `bench` times extraction and coding apart: its stages' times fit in the
/// whole, its counts are those `code` gives for the same corpus, and the
/// sentences it codes are those of the articles in English.
#[test]
fn bench_splits_extraction_from_coding_and_counts_what_code_gives() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    std::fs::write(
        dir.path().join("in/french.jsonl"),
        concat!(
            r#"{"id": "f1", "date": "2024-02-12", "text": "Le président français a rencontré le chancelier allemand à Berlin vendredi. Les deux dirigeants ont discuté de la guerre en Ukraine et de la défense européenne."}"#,
            "\n"
        ),
    )
    .unwrap();
    let o = dateline(&["bench", "--repeat", "1", "--json", "in"], dir.path());
    assert!(o.status.success(), "stderr: {}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let r = &v["corpora"][0];
    let num = |k: &str| r[k].as_f64().unwrap_or_else(|| panic!("{k} in {r}"));
    assert!(
        num("extract_seconds") > 0.0 && num("code_seconds") > 0.0,
        "{r}"
    );
    assert!(
        num("extract_seconds") + num("code_seconds") <= num("seconds") * 1.000_001,
        "the stages fit in the whole: {r}"
    );
    assert!(num("coded_sentences") > 0.0, "{r}");
    assert!(
        num("coded_sentences") < num("sentences"),
        "the French article is split but not coded: {r}"
    );
    let coded = dateline(&["code", "--format", "jsonl", "in"], dir.path());
    let events = stdout(&coded).lines().filter(|l| !l.is_empty()).count();
    assert!(events > 0);
    assert_eq!(num("events") as usize, events, "{r}");
}
