//! Ingest: formats, directory walking, stdin sniffing, every kind of bad
//! input, and laziness.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use dateline::ingest::{self, IngestOptions, Item};
use dateline::model::{InputFormat, RawDocument, Rejection};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ingest")
        .join(name)
}

fn read_all(paths: &[PathBuf]) -> Vec<Item> {
    ingest::read(paths, &IngestOptions::default()).collect()
}

fn split(items: Vec<Item>) -> (Vec<RawDocument>, Vec<Rejection>) {
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for item in items {
        match item {
            Item::Document(d) => docs.push(d),
            Item::Rejected(r) => rejected.push(r),
        }
    }
    (docs, rejected)
}

fn only_rejection(paths: &[PathBuf]) -> Rejection {
    let (docs, rejected) = split(read_all(paths));
    assert!(docs.is_empty(), "unexpected documents: {docs:?}");
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    rejected.into_iter().next().unwrap()
}

#[test]
fn text_file_is_one_document_with_its_path_as_id() {
    let path = fixture("corpus/b.txt");
    let (docs, rejected) = split(read_all(std::slice::from_ref(&path)));
    assert!(rejected.is_empty());
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d.id, path.display().to_string());
    assert_eq!(d.origin.path, d.id);
    assert_eq!(d.origin.line, None);
    assert_eq!(d.format, InputFormat::Text);
    assert!(d.text.starts_with("Moscow, Jan 16 (AFP)"));
}

#[test]
fn directory_walk_is_sorted_recursive_and_skips_hidden_and_unknown() {
    let root = fixture("corpus");
    let (docs, rejected) = split(read_all(std::slice::from_ref(&root)));
    assert!(rejected.is_empty(), "{rejected:?}");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let p = |s: &str| root.join(s).display().to_string();
    assert_eq!(
        ids,
        vec![
            p("a.txt").as_str(),
            p("a_dir/inner.txt").as_str(),
            p("b.txt").as_str(),
            "sub-1",
            "2",
            "reuters-1",
            "reuters-3",
        ]
    );
    // The JSON Lines documents know their file and line.
    assert_eq!(docs[3].origin.path, p("sub/d.jsonl"));
    assert_eq!(docs[4].origin.line, Some(2));
}

#[test]
fn paths_are_processed_in_the_order_given() {
    let (docs, _) = split(read_all(&[
        fixture("corpus/b.txt"),
        fixture("corpus/a.txt"),
    ]));
    assert!(docs[0].id.ends_with("b.txt"));
    assert!(docs[1].id.ends_with("a.txt"));
}

#[test]
fn explicit_unknown_extension_is_read_as_text() {
    let (docs, rejected) = split(read_all(&[fixture("notes.log")]));
    assert!(rejected.is_empty());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].text, "Plain text under an unknown extension.\n");
}

#[test]
fn json_lines_dateline_is_kept_apart_and_checked() {
    let path = fixture("datelines.jsonl");
    let name = path.display().to_string();
    let (docs, rejected) = split(read_all(std::slice::from_ref(&path)));
    let got: Vec<(&str, Option<&str>)> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.dateline.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![("wire-1", Some("CARACAS, March 11")), ("wire-3", None)]
    );
    // (The text stays as given: the dateline is metadata beside it.)
    assert!(docs[0].text.starts_with("Ecuador's minister"));
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{name}:2"));
    assert_eq!(
        rejected[0].reason,
        "\"dateline\" must be a string, found a number"
    );
}

#[test]
fn json_lines_good_lines_survive_bad_ones() {
    let path = fixture("mixed.jsonl");
    let name = path.display().to_string();
    let (docs, rejected) = split(read_all(std::slice::from_ref(&path)));

    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["good-1", "7", "good-last"]);
    let first = &docs[0];
    assert_eq!(first.origin.line, Some(1));
    assert_eq!(first.format, InputFormat::JsonLines);
    assert_eq!(first.title.as_deref(), Some("Accord"));
    assert_eq!(first.date.as_deref(), Some("2024-01-16"));
    assert_eq!(first.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(first.source.as_deref(), Some("AFP"));
    // (The dash that closes a wire dateline is not the dateline's.)
    assert_eq!(first.dateline.as_deref(), Some("MOSCOW, Jan 16 (AFP)"));
    assert_eq!(docs[1].origin.line, Some(7));
    assert_eq!(docs[1].dateline, None);
    assert_eq!(docs[1].title, None);
    assert_eq!(docs[2].origin.line, Some(12));
    assert_eq!(
        docs[2].text,
        "The last good line.\nWith an escaped newline."
    );

    let got: Vec<(String, &str)> = rejected
        .iter()
        .map(|r| (r.input.clone(), r.reason.as_str()))
        .collect();
    let at = |line: u32| format!("{name}:{line}");
    assert_eq!(got.len(), 7, "{got:?}");
    assert_eq!(got[0].0, at(3));
    assert!(got[0].1.starts_with("invalid JSON: "), "{}", got[0].1);
    assert_eq!(got[1], (at(4), "missing \"id\" field (a string or number)"));
    assert_eq!(got[2], (at(5), "missing \"text\" field (a string)"));
    assert_eq!(got[3], (at(6), "\"text\" must be a string, found a number"));
    assert_eq!(
        got[4],
        (
            at(8),
            "expected a JSON object with \"id\" and \"text\", found an array"
        )
    );
    assert_eq!(
        got[5],
        (at(9), "\"id\" must be a string or number, found an object")
    );
    assert_eq!(
        got[6],
        (at(10), "\"title\" must be a string, found a number")
    );
    assert!(rejected.iter().all(|r| r.stage == "ingest"));
}

#[test]
fn reuters_sgml_elements_become_documents() {
    let (docs, rejected) = split(read_all(&[fixture("reuters.sgm")]));
    assert!(rejected.is_empty(), "{rejected:?}");
    // NEWID 2 is a brief without a body: skipped silently.
    assert_eq!(docs.len(), 2);
    let d = &docs[0];
    assert_eq!(d.id, "reuters-1");
    assert_eq!(d.format, InputFormat::ReutersSgml);
    assert_eq!(d.origin.line, Some(2));
    assert_eq!(d.title.as_deref(), Some("BAHIA COCOA <REVIEW>"));
    assert_eq!(d.date.as_deref(), Some("1987-02-26"));
    assert_eq!(d.dateline.as_deref(), Some("SALVADOR, Feb 26"));
    assert_eq!(d.source.as_deref(), Some("Reuters"));
    assert_eq!(
        d.text,
        "Showers continued throughout the week in\n\
         the Bahia cocoa zone, said <Comissaria Smith> & partners.\n    \
         The dry period means the temporao will be late this year."
    );
    let d = &docs[1];
    assert_eq!(d.id, "reuters-3");
    assert_eq!(d.date.as_deref(), Some("1987-03-31"));
    assert_eq!(d.dateline.as_deref(), Some("WASHINGTON, March 31"));
    assert_eq!(d.text, "The United States said it would meet Japan.");
}

#[test]
fn sgml_bad_elements_are_rejected_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.sgm");
    let good = |id: u32| {
        format!(
            "<REUTERS NEWID=\"{id}\">\n<DATE>1-APR-1987 10:00:00.00</DATE>\n<TEXT>\
             <TITLE>T{id}</TITLE><BODY>Body {id}.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
        )
    };
    let mut bytes = Vec::new();
    bytes.extend_from_slice(good(1).as_bytes());
    // Invalid UTF-8 inside element 2.
    bytes.extend_from_slice(
        b"<REUTERS NEWID=\"2\">\n<TEXT><BODY>Caf\xe9</BODY></TEXT>\n</REUTERS>\n",
    );
    bytes.extend_from_slice(good(3).as_bytes());
    // No NEWID.
    bytes.extend_from_slice(b"<REUTERS OLDID=\"9\">\n<TEXT><BODY>x</BODY></TEXT>\n</REUTERS>\n");
    bytes.extend_from_slice(good(5).as_bytes());
    // Cut off.
    bytes.extend_from_slice(b"<REUTERS NEWID=\"6\">\n<TEXT><BODY>never ends\n");
    std::fs::write(&path, &bytes).unwrap();

    let (docs, rejected) = split(read_all(std::slice::from_ref(&path)));
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["reuters-1", "reuters-3", "reuters-5"]);
    assert_eq!(docs[1].text, "Body 3.");
    let name = path.display().to_string();
    let bad_offset = bytes.iter().position(|&b| b == 0xe9).unwrap();
    let got: Vec<(String, String)> = rejected.into_iter().map(|r| (r.input, r.reason)).collect();
    assert_eq!(
        got,
        vec![
            (
                format!("{name}:7"),
                format!("invalid UTF-8 at byte {bad_offset}")
            ),
            (
                format!("{name}:16"),
                "<REUTERS> element without a NEWID attribute".to_string()
            ),
            (
                format!("{name}:25"),
                "unterminated <REUTERS> element: the file ends before </REUTERS>".to_string()
            ),
        ]
    );
}

#[test]
fn sgml_oversized_element_is_rejected_and_the_next_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.sgm");
    let mut s = String::from("<REUTERS NEWID=\"1\">\n<TEXT><BODY>");
    for _ in 0..100 {
        s.push_str("a line of filler text that makes the element large\n");
    }
    s.push_str("</BODY></TEXT>\n</REUTERS>\n");
    s.push_str("<REUTERS NEWID=\"2\">\n<TEXT><BODY>Small.</BODY></TEXT>\n</REUTERS>\n");
    std::fs::write(&path, &s).unwrap();
    let opts = IngestOptions::with_max_doc_bytes(1000);
    let (docs, rejected) = split(ingest::read(std::slice::from_ref(&path), &opts).collect());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, "reuters-2");
    assert_eq!(rejected.len(), 1);
    assert!(
        rejected[0]
            .reason
            .ends_with("bytes, over the 1000-byte limit"),
        "{}",
        rejected[0].reason
    );
    assert!(rejected[0].input.ends_with("big.sgm:1"));
}

#[test]
fn sgml_without_elements_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.sgm");
    std::fs::write(&path, "just some text\n").unwrap();
    let r = only_rejection(&[path]);
    assert_eq!(r.reason, "no <REUTERS> elements: not Reuters-21578 SGML");
}

#[test]
fn missing_path_is_rejected_and_the_rest_still_read() {
    let missing = fixture("no/such/file.txt");
    let (docs, rejected) = split(read_all(&[missing.clone(), fixture("corpus/a.txt")]));
    assert_eq!(docs.len(), 1);
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].input, missing.display().to_string());
    assert_eq!(rejected[0].reason, "no such file or directory");
    assert_eq!(rejected[0].stage, "ingest");
}

#[test]
fn empty_and_blank_files_are_rejected() {
    assert_eq!(only_rejection(&[fixture("empty.txt")]).reason, "empty file");
    assert_eq!(only_rejection(&[fixture("blank.txt")]).reason, "empty file");
    let dir = tempfile::tempdir().unwrap();
    for name in ["e.jsonl", "e.sgm"] {
        let p = dir.path().join(name);
        std::fs::write(&p, "").unwrap();
        assert_eq!(
            only_rejection(std::slice::from_ref(&p)).reason,
            "empty file",
            "{name}"
        );
        std::fs::write(&p, "\n\n  \n").unwrap();
        assert_eq!(only_rejection(&[p]).reason, "empty file", "{name}");
    }
}

#[test]
fn invalid_utf8_names_the_byte() {
    let r = only_rejection(&[fixture("latin1.txt")]);
    assert_eq!(r.reason, "invalid UTF-8 at byte 3");
}

#[test]
fn binary_files_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    // NUL bytes, in each format.
    for name in ["pic.txt", "pic.jsonl", "pic.sgm", "pic.bin"] {
        let p = dir.path().join(name);
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        bytes.extend((0..4000u32).map(|i| (i * 7 % 251) as u8));
        std::fs::write(&p, &bytes).unwrap();
        let r = only_rejection(&[p]);
        assert_eq!(r.reason, "binary file, not text", "{name}");
    }
    // No NUL, but mostly control characters.
    let p = dir.path().join("ctl.txt");
    let bytes: Vec<u8> = (0..2000u32)
        .map(|i| [1u8, 2, 3, b'a'][i as usize % 4])
        .collect();
    std::fs::write(&p, bytes).unwrap();
    assert_eq!(only_rejection(&[p]).reason, "binary file, not text");
}

#[test]
fn oversized_text_file_is_rejected_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    std::fs::write(&p, "x".repeat(5000)).unwrap();
    let opts = IngestOptions::with_max_doc_bytes(4096);
    let items: Vec<Item> = ingest::read(&[p], &opts).collect();
    let (_, rejected) = split(items);
    assert_eq!(
        rejected[0].reason,
        "file is 5000 bytes, over the 4096-byte limit"
    );
}

#[test]
fn oversized_json_line_is_rejected_and_the_next_line_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.jsonl");
    let mut f = std::fs::File::create(&p).unwrap();
    writeln!(f, r#"{{"id": "a", "text": "before"}}"#).unwrap();
    let big = format!(r#"{{"id": "big", "text": "{}"}}"#, "y".repeat(20_000));
    writeln!(f, "{big}").unwrap();
    writeln!(f, r#"{{"id": "b", "text": "after"}}"#).unwrap();
    drop(f);
    let opts = IngestOptions::with_max_doc_bytes(1024);
    let (docs, rejected) = split(ingest::read(std::slice::from_ref(&p), &opts).collect());
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].input, format!("{}:2", p.display()));
    assert_eq!(
        rejected[0].reason,
        format!("line is {} bytes, over the 1024-byte limit", big.len())
    );
}

/// A reader producing one endless-looking line in small pieces, so a test
/// can pass a line far larger than memory would like without a file.
struct HugeLine {
    remaining: usize,
    tail: &'static [u8],
}

impl Read for HugeLine {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining > 0 {
            let n = buf.len().min(self.remaining);
            buf[..n].fill(b'z');
            if self.remaining == 50 << 20 {
                buf[0] = b'{';
            }
            self.remaining -= n;
            return Ok(n);
        }
        let n = buf.len().min(self.tail.len());
        buf[..n].copy_from_slice(&self.tail[..n]);
        self.tail = &self.tail[n..];
        Ok(n)
    }
}

#[test]
fn a_50_mib_line_is_skipped_in_bounded_chunks() {
    let reader = HugeLine {
        remaining: 50 << 20,
        tail: b"\n{\"id\": \"after\", \"text\": \"still read\"}\n",
    };
    let items: Vec<Item> = ingest::read_stream("pipe", reader, &IngestOptions::default()).collect();
    let (docs, rejected) = split(items);
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].input, "pipe:1");
    assert_eq!(
        rejected[0].reason,
        "line is 52428800 bytes, over the 8388608-byte limit"
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, "after");
    assert_eq!(docs[0].origin.line, Some(2));
}

#[test]
fn stdin_sniffing() {
    let opts = IngestOptions::default();
    let jsonl =
        "\n  {\"id\": \"s1\", \"text\": \"From a pipe.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n";
    let (docs, rejected) = split(ingest::read_stream("-", io::Cursor::new(jsonl), &opts).collect());
    assert!(rejected.is_empty());
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["s1", "s2"]
    );
    assert_eq!(docs[0].format, InputFormat::JsonLines);
    assert_eq!(docs[0].origin.path, "-");
    assert_eq!(docs[0].origin.line, Some(2));

    let text = "Moscow, Jan 16 (AFP) - {braces} later do not matter.";
    let (docs, _) = split(ingest::read_stream("-", io::Cursor::new(text), &opts).collect());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, "-");
    assert_eq!(docs[0].format, InputFormat::Text);
    assert_eq!(docs[0].text, text);

    let (_, rejected) = split(ingest::read_stream("-", io::Cursor::new(" \n\n"), &opts).collect());
    assert_eq!(rejected[0].reason, "empty file");

    let (_, rejected) =
        split(ingest::read_stream("-", io::Cursor::new(vec![0u8, 1, 2, 3]), &opts).collect());
    assert_eq!(rejected[0].reason, "binary file, not text");

    let small = IngestOptions::with_max_doc_bytes(10);
    let (_, rejected) =
        split(ingest::read_stream("-", io::Cursor::new("x".repeat(25)), &small).collect());
    assert_eq!(
        rejected[0].reason,
        "file is 25 bytes, over the 10-byte limit"
    );
}

/// Generates JSON Lines on demand, counting what was read and refusing to
/// go past a point.
struct CountingLines {
    next_line: usize,
    lines: usize,
    pending: Vec<u8>,
    served: Arc<AtomicUsize>,
    panic_after: usize,
}

impl Read for CountingLines {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pending.is_empty() {
            if self.next_line == self.lines {
                return Ok(0);
            }
            self.pending = format!(
                "{{\"id\": \"doc-{n}\", \"text\": \"Line {n} of a long feed.\"}}\n",
                n = self.next_line
            )
            .into_bytes();
            self.next_line += 1;
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        let total = self.served.fetch_add(n, Ordering::SeqCst) + n;
        assert!(
            total <= self.panic_after,
            "ingest read {total} bytes: not lazy"
        );
        Ok(n)
    }
}

#[test]
fn json_lines_are_read_lazily() {
    let served = Arc::new(AtomicUsize::new(0));
    let reader = CountingLines {
        next_line: 0,
        lines: 200_000,
        pending: Vec::new(),
        served: served.clone(),
        // 200k lines are ~10 MB; the first three need one buffer's worth.
        panic_after: 256 * 1024,
    };
    let first: Vec<Item> = ingest::read_stream("feed", reader, &IngestOptions::default())
        .take(3)
        .collect();
    let (docs, rejected) = split(first);
    assert!(rejected.is_empty());
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["doc-0", "doc-1", "doc-2"]
    );
    let read = served.load(Ordering::SeqCst);
    assert!(read < 256 * 1024, "read {read} bytes for 3 documents");
}

#[test]
fn a_generated_200k_line_file_streams() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("feed.jsonl");
    let mut f = io::BufWriter::new(std::fs::File::create(&p).unwrap());
    for n in 0..200_000 {
        writeln!(f, r#"{{"id": {n}, "text": "Item {n}."}}"#).unwrap();
    }
    drop(f);
    let mut it = ingest::read(std::slice::from_ref(&p), &IngestOptions::default());
    let first: Vec<String> = it
        .by_ref()
        .take(3)
        .map(|i| match i {
            Item::Document(d) => d.id,
            Item::Rejected(r) => panic!("{r}"),
        })
        .collect();
    assert_eq!(first, ["0", "1", "2"]);
    // The rest is still there, in order, one at a time.
    assert_eq!(it.count(), 199_997);
}

#[test]
fn nothing_is_opened_before_the_first_next() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("late.txt");
    let mut it = ingest::read(std::slice::from_ref(&p), &IngestOptions::default());
    // Created after the iterator: found, because reading starts on next().
    std::fs::write(&p, "Written after the reader was made.").unwrap();
    assert!(matches!(it.next(), Some(Item::Document(_))));
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_recurse() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    std::fs::create_dir_all(root.join("inner")).unwrap();
    std::fs::write(root.join("inner/doc.txt"), "A document.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("inner/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("inner/doc.txt"), root.join("link.txt")).unwrap();
    let (docs, rejected) = split(read_all(std::slice::from_ref(&root)));
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    assert_eq!(
        ids,
        [
            root.join("inner/doc.txt").display().to_string(),
            root.join("link.txt").display().to_string()
        ]
    );
    assert_eq!(rejected.len(), 1);
    assert!(rejected[0].reason.starts_with("symbolic link loops back"));
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_rejected() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("secret.txt");
    std::fs::write(&p, "top secret").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&p).is_ok() {
        // Running as root: permissions do not apply, nothing to test.
        return;
    }
    let r = only_rejection(&[p]);
    assert_eq!(r.reason, "permission denied: cannot read it");
}

#[test]
fn byte_order_mark_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("bom.txt");
    std::fs::write(&t, "\u{feff}Text after a BOM.").unwrap();
    let j = dir.path().join("bom.jsonl");
    std::fs::write(
        &j,
        "\u{feff}{\"id\": \"x\", \"text\": \"JSON after a BOM.\"}\r\n",
    )
    .unwrap();
    let (docs, rejected) = split(read_all(&[t, j]));
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(docs[0].text, "Text after a BOM.");
    assert_eq!(docs[1].text, "JSON after a BOM.");
}
