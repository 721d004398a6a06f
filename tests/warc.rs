//! WARC input: files the tests build themselves (plain, gzipped per record
//! as Common Crawl writes them, gzipped whole, and on standard input), with
//! the records a crawl holds besides pages (warcinfo, requests, metadata,
//! redirects, 404s, images, DNS), chunked and compressed HTTP bodies, and
//! damage in the middle of a file: a truncated record, a corrupt or cut
//! gzip member, an oversized page. Each bad record is one rejection and the
//! records after it are still read. The seed-like page wrapped in a WARC
//! response gives the same article and events as the page itself; `extract`,
//! `run` and `bench --warc` read WARC files from the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod common;

use common::event_keys;
use dateline::dict::Dictionaries;
use dateline::ingest::{self, IngestOptions, Item, WarcCounts};
use dateline::model::{Date, InputFormat, RawDocument, Rejection};
use dateline::pipeline::Pipeline;
use flate2::Compression;
use flate2::write::GzEncoder;

// ---- building WARC files -------------------------------------------------

/// One WARC record: version line, headers, block, blank line.
fn record(kind: &str, headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut r = format!("WARC/1.1\r\nWARC-Type: {kind}\r\n");
    for (k, v) in headers {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    r.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut r = r.into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn warcinfo() -> Vec<u8> {
    record(
        "warcinfo",
        &[
            ("WARC-Date", "2025-03-05T10:00:00Z"),
            ("WARC-Record-ID", "<urn:uuid:info>"),
            ("Content-Type", "application/warc-fields"),
        ],
        b"software: dateline-tests\r\nformat: WARC File Format 1.1\r\n",
    )
}

fn request(uri: &str) -> Vec<u8> {
    record(
        "request",
        &[
            ("WARC-Target-URI", uri),
            ("WARC-Date", "2025-03-05T10:00:01Z"),
            ("WARC-Record-ID", "<urn:uuid:req>"),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        format!("GET {uri} HTTP/1.1\r\nHost: example\r\nUser-Agent: test\r\n\r\n").as_bytes(),
    )
}

/// A `response` record: an HTTP head (status line and header lines, no
/// blank line) and a body as it went over the wire.
fn response(id: &str, uri: &str, date: &str, http_head: &str, body: &[u8]) -> Vec<u8> {
    let mut block = http_head.replace('\n', "\r\n").into_bytes();
    block.extend_from_slice(b"\r\n\r\n");
    block.extend_from_slice(body);
    record(
        "response",
        &[
            ("WARC-Target-URI", uri),
            ("WARC-Date", date),
            ("WARC-Record-ID", &format!("<urn:uuid:{id}>")),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &block,
    )
}

fn html_response(id: &str, uri: &str, body: &str) -> Vec<u8> {
    response(
        id,
        uri,
        "2025-03-05T10:00:02Z",
        &format!(
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Length: {}",
            body.len()
        ),
        body.as_bytes(),
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn chunked(body: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for c in body.chunks(chunk) {
        out.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
        out.extend_from_slice(c);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// Records gzipped one member each, as Common Crawl writes them.
fn per_record_gzip(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

/// A news page with an article of `n` paragraphs (no date of its own).
fn page(title: &str, lead: &str) -> String {
    let mut s = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><article><h1>{title}</h1>"
    );
    s.push_str(&format!("<p>{lead}</p>"));
    for i in 0..5 {
        s.push_str(&format!(
            "<p>Officials from both governments met again on day {i} of the talks and said the \
             negotiations on trade, border crossings and water rights had made steady progress, \
             though several questions were left for the ministers to settle later.</p>"
        ));
    }
    s.push_str("</article></main><footer>Copyright Example News</footer></body></html>");
    s
}

// ---- reading them ----------------------------------------------------------

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn read(path: &Path, opts: &IngestOptions) -> (Vec<RawDocument>, Vec<Rejection>) {
    split(ingest::read(&[path.to_path_buf()], opts).collect())
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

fn urls(docs: &[RawDocument]) -> Vec<&str> {
    docs.iter()
        .map(|d| d.url.as_deref().unwrap_or("-"))
        .collect()
}

/// A crawl's worth of records: two pages among everything else.
fn crawl() -> Vec<Vec<u8>> {
    let a = page(
        "Ministers meet in Kampala",
        "KAMPALA, March 3 (Reuters) - Ugandan and Kenyan ministers met on Monday.",
    );
    let b = page(
        "Talks resume in Nairobi",
        "Talks between the two sides resumed in Nairobi on Tuesday.",
    );
    let b_encoded = chunked(&gzip(b.as_bytes()), 700);
    vec![
        warcinfo(),
        request("https://news.example/a"),
        html_response("a", "https://news.example/a", &a),
        record(
            "metadata",
            &[
                ("WARC-Target-URI", "https://news.example/a"),
                ("Content-Type", "application/warc-fields"),
            ],
            b"fetchTimeMs: 120\r\n",
        ),
        response(
            "moved",
            "https://news.example/old",
            "2025-03-05T10:00:03Z",
            "HTTP/1.1 301 Moved Permanently\nLocation: https://news.example/a\nContent-Type: text/html",
            b"<html><body>Moved</body></html>",
        ),
        response(
            "missing",
            "https://news.example/gone",
            "2025-03-05T10:00:04Z",
            "HTTP/1.1 404 Not Found\nContent-Type: text/html",
            page("Not found", "This page does not exist.").as_bytes(),
        ),
        response(
            "image",
            "https://news.example/logo.png",
            "2025-03-05T10:00:05Z",
            "HTTP/1.1 200 OK\nContent-Type: image/png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        ),
        record(
            "response",
            &[
                ("WARC-Target-URI", "dns:news.example"),
                ("Content-Type", "text/dns"),
            ],
            b"20250305100000\nnews.example. 300 IN A 192.0.2.1\n",
        ),
        response(
            "b",
            "https://news.example/b",
            "2025-03-06T08:30:00Z",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            &b_encoded,
        ),
    ]
}

fn expected_counts(files: u64) -> (u64, u64, u64, u64, u64) {
    // html, redirects, other statuses (404 + DNS), not html, other types
    (2 * files, files, 2 * files, files, 3 * files)
}

fn summary(c: &WarcCounts) -> (u64, u64, u64, u64, u64) {
    (
        c.html,
        c.redirects,
        c.other_status,
        c.not_html,
        c.other_types,
    )
}

#[test]
fn plain_per_record_gzip_and_whole_gzip_give_the_same_pages() {
    let dir = tempfile::tempdir().unwrap();
    let records = crawl();
    let plain: Vec<u8> = records.concat();
    let files = [
        write(dir.path(), "crawl.warc", &plain),
        write(dir.path(), "members.warc.gz", &per_record_gzip(&records)),
        write(dir.path(), "whole.warc.gz", &gzip(&plain)),
    ];
    let pipeline = Pipeline::new(Arc::new(Dictionaries::builtin()));
    for f in &files {
        let opts = IngestOptions::default();
        let (docs, rejected) = read(f, &opts);
        assert!(rejected.is_empty(), "{}: {rejected:?}", f.display());
        assert_eq!(
            urls(&docs),
            ["https://news.example/a", "https://news.example/b"],
            "{}",
            f.display()
        );
        let name = f.display().to_string();
        assert_eq!(docs[0].id, format!("{name}#urn:uuid:a"));
        assert_eq!(docs[1].id, format!("{name}#urn:uuid:b"));
        for d in &docs {
            assert_eq!(d.format, InputFormat::Html);
        }
        assert_eq!(
            docs[0].fallback_date.as_deref(),
            Some("2025-03-05T10:00:02Z")
        );
        assert_eq!(
            docs[1].fallback_date.as_deref(),
            Some("2025-03-06T08:30:00Z")
        );
        let counts = opts.warc.snapshot();
        assert_eq!(summary(&counts), expected_counts(1), "{counts:?}");
        assert_eq!(counts.records, 9);
        assert_eq!(counts.rejected, 0);

        // The chunked, gzipped page decoded; the dateline's month-day
        // took its year from the fetch date, and the page with no date
        // at all has the fetch date.
        let a = pipeline.analyze(&docs[0]).expect("page a is an article");
        assert_eq!(
            a.article.title.as_deref(),
            Some("Ministers meet in Kampala")
        );
        let dl = a.article.dateline.as_ref().expect("dateline");
        assert_eq!(dl.place, "Kampala");
        assert_eq!(dl.date, Some(Date::new(2025, 3, 3)));
        assert_eq!(a.article.date, Some(Date::new(2025, 3, 3)));
        let b = pipeline.analyze(&docs[1]).expect("page b is an article");
        assert_eq!(b.article.title.as_deref(), Some("Talks resume in Nairobi"));
        assert!(b.article.text.contains("resumed in Nairobi on Tuesday"));
        assert!(!b.article.text.contains("Copyright"));
        assert_eq!(b.article.date, Some(Date::new(2025, 3, 6)));
    }

    // One options value counts across files.
    let opts = IngestOptions::default();
    let items: Vec<Item> = ingest::read(&files, &opts).collect();
    assert_eq!(items.len(), 6);
    let counts = opts.warc.snapshot();
    assert_eq!(counts.files, 3);
    assert_eq!(summary(&counts), expected_counts(3));
    assert_eq!(
        counts.file_bytes,
        files
            .iter()
            .map(|f| f.metadata().unwrap().len())
            .sum::<u64>()
    );
}

#[test]
fn a_warc_on_standard_input_is_recognised_plain_or_gzipped() {
    let records = crawl();
    for bytes in [records.concat(), per_record_gzip(&records)] {
        let opts = IngestOptions::default();
        let (docs, rejected) =
            split(ingest::read_stream("-", std::io::Cursor::new(bytes), &opts).collect());
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(
            urls(&docs),
            ["https://news.example/a", "https://news.example/b"]
        );
        assert_eq!(docs[0].id, "-#urn:uuid:a");
    }
}

fn damaged(records: &[Vec<u8>], bad: usize) -> (Vec<u8>, u64) {
    // (bytes, offset of the bad record)
    let offset: usize = records[..bad].iter().map(Vec::len).sum();
    (records.concat(), offset as u64)
}

fn three_pages() -> Vec<Vec<u8>> {
    (1..=3)
        .map(|i| {
            html_response(
                &format!("p{i}"),
                &format!("https://news.example/{i}"),
                &page(&format!("Page {i}"), "A lead paragraph."),
            )
        })
        .collect()
}

#[test]
fn a_truncated_record_in_a_plain_warc_is_one_rejection_and_the_next_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = three_pages();
    // The middle record says it is longer than it is (a crawler died
    // while writing it, and the next file was appended).
    let cut = records[1].len() / 2;
    records[1].truncate(cut);
    let (bytes, at) = damaged(&records, 1);
    let f = write(dir.path(), "cut.warc", &bytes);
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(
        urls(&docs),
        ["https://news.example/1", "https://news.example/3"]
    );
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@{at}", f.display()));
    assert_eq!(rejected[0].stage, "ingest");
    assert!(
        rejected[0].reason.contains("Content-Length") || rejected[0].reason.contains("truncated"),
        "{}",
        rejected[0].reason
    );

    // Cut at the very end of the file.
    let mut records = three_pages();
    let cut = records[2].len() - 200;
    records[2].truncate(cut);
    let (bytes, at) = damaged(&records, 2);
    let f = write(dir.path(), "end.warc", &bytes);
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(
        urls(&docs),
        ["https://news.example/1", "https://news.example/2"]
    );
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@{at}", f.display()));
    assert!(
        rejected[0].reason.starts_with("truncated record"),
        "{}",
        rejected[0].reason
    );
}

#[test]
fn a_corrupt_gzip_member_is_one_rejection_and_the_next_member_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut members: Vec<Vec<u8>> = three_pages().iter().map(|r| gzip(r)).collect();
    // Garble the middle of the second member's deflate stream.
    let m = &mut members[1];
    let mid = m.len() / 2;
    for b in &mut m[mid..mid + 16] {
        *b ^= 0xA5;
    }
    let (bytes, at) = damaged(&members, 1);
    let f = write(dir.path(), "corrupt.warc.gz", &bytes);
    let opts = IngestOptions::default();
    let (docs, rejected) = read(&f, &opts);
    assert_eq!(
        urls(&docs),
        ["https://news.example/1", "https://news.example/3"]
    );
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@{at}", f.display()));
    assert!(
        rejected[0].reason.contains("gzip"),
        "{}",
        rejected[0].reason
    );
    assert_eq!(opts.warc.snapshot().rejected, 1);

    // A member cut in half, the next member right after it.
    let mut members: Vec<Vec<u8>> = three_pages().iter().map(|r| gzip(r)).collect();
    let half = members[1].len() / 2;
    members[1].truncate(half);
    let (bytes, at) = damaged(&members, 1);
    let f = write(dir.path(), "cut.warc.gz", &bytes);
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(
        urls(&docs),
        ["https://news.example/1", "https://news.example/3"]
    );
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@{at}", f.display()));

    // Garbage between members.
    let mut members: Vec<Vec<u8>> = three_pages().iter().map(|r| gzip(r)).collect();
    members.insert(1, b"not a gzip member at all".to_vec());
    let (bytes, at) = damaged(&members, 1);
    let f = write(dir.path(), "junk.warc.gz", &bytes);
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(docs.len(), 3);
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@{at}", f.display()));
}

#[test]
fn a_damaged_record_inside_a_whole_gzip_is_one_rejection() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = three_pages();
    let cut = records[1].len() / 2;
    records[1].truncate(cut);
    let f = write(dir.path(), "whole.warc.gz", &gzip(&records.concat()));
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(
        urls(&docs),
        ["https://news.example/1", "https://news.example/3"]
    );
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    // Offset into the uncompressed data of the member at 0.
    let at = records[0].len();
    assert_eq!(rejected[0].input, format!("{}@0+{at}", f.display()));
}

#[test]
fn an_oversized_page_is_rejected_with_its_size_and_the_next_read() {
    let dir = tempfile::tempdir().unwrap();
    let big = page("Big", &"word ".repeat(2000));
    let small = page("Small", "Short.");
    let bomb = gzip(page("Bomb", &"zzzz ".repeat(4000)).as_bytes());
    let records = vec![
        html_response("big", "https://news.example/big", &big),
        html_response("small", "https://news.example/small", &small),
        response(
            "bomb",
            "https://news.example/bomb",
            "2025-03-05T10:00:00Z",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip",
            &bomb,
        ),
        html_response("last", "https://news.example/last", &small),
    ];
    // The bomb is small on the wire and big decoded.
    assert!(big.len() > 4000 && bomb.len() < 4000 && small.len() < 4000);
    let f = write(dir.path(), "big.warc.gz", &per_record_gzip(&records));
    let opts = IngestOptions::with_max_doc_bytes(4000);
    let (docs, rejected) = read(&f, &opts);
    assert_eq!(
        urls(&docs),
        ["https://news.example/small", "https://news.example/last"]
    );
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert_eq!(rejected[0].input, format!("{}@0", f.display()));
    assert!(
        rejected[0].reason.contains("over the 4000-byte limit"),
        "{}",
        rejected[0].reason
    );
    assert!(
        rejected[1].reason.contains("decompresses"),
        "{}",
        rejected[1].reason
    );
}

#[test]
fn a_file_that_is_not_a_warc_is_rejected_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "notes.warc",
        b"these are my notes\nnot a web archive\n",
    );
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert!(docs.is_empty());
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert!(
        rejected[0].reason.starts_with("not a WARC file"),
        "{}",
        rejected[0].reason
    );
    let f = write(dir.path(), "notes.warc.gz", &gzip(b"these are my notes\n"));
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert!(docs.is_empty());
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    let f = write(dir.path(), "empty.warc", b"");
    let (_, rejected) = read(&f, &IngestOptions::default());
    assert_eq!(rejected[0].reason, "empty file");
}

// ---- the seed-like page in a WARC ---------------------------------------------

#[test]
fn seedlike_page_in_a_warc_gives_the_article_and_events_of_the_page() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/seedlike.html");
    let html = std::fs::read(&path).unwrap();
    let uri = "https://www.sahelwire.example/africa/burkina-faso-and-turkey-agree-to-expand-defence-ties-20241119";
    let records = vec![
        warcinfo(),
        request(uri),
        // Fetched weeks after publication: the page's own date must win.
        response(
            "seed",
            uri,
            "2024-12-20T06:00:00Z",
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            &chunked(&gzip(&html), 4096),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "seed.warc.gz", &per_record_gzip(&records));
    let (docs, rejected) = read(&f, &IngestOptions::default());
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(docs.len(), 1);

    let p = Pipeline::new(Arc::new(Dictionaries::builtin()));
    let from_page = p
        .analyze(&dateline::html::document(
            "seedlike.html",
            &html,
            None,
            None,
        ))
        .expect("page is an article");
    let from_warc = p.analyze(&docs[0]).expect("record is an article");
    let (w, h) = (&from_warc.article, &from_page.article);
    assert_eq!(w.title, h.title);
    assert_eq!(w.text, h.text);
    assert_eq!(w.date, Some(Date::new(2024, 11, 19)));
    assert_eq!(w.date, h.date);
    assert_eq!(
        w.dateline.as_ref().map(|d| (&d.place, d.date)),
        h.dateline.as_ref().map(|d| (&d.place, d.date))
    );
    assert_eq!(w.language, h.language);
    assert_eq!(w.canonical_url, h.canonical_url);
    assert_eq!(docs[0].url.as_deref(), Some(uri));
    assert!(!from_warc.events.is_empty());
    assert_eq!(event_keys(&from_warc), event_keys(&from_page));
}

#[test]
fn bench_warc_reports_what_it_read() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "crawl.warc.gz", &per_record_gzip(&crawl()));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["bench", "--warc", "--json"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"], 2);
    assert_eq!(v["rejected"], 0);
    assert_eq!(v["counts"]["records"], 9);
    assert_eq!(v["counts"]["file_bytes"], f.metadata().unwrap().len());
    assert!(v["record_megabytes_per_second"].as_f64().unwrap() > 0.0);
}

#[test]
fn extract_and_run_read_warc_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut records = crawl();
    // A damaged record among them.
    let mut cut = three_pages().remove(1);
    cut.truncate(cut.len() / 2);
    records.insert(3, cut);
    let f = write(dir.path(), "crawl.warc.gz", &per_record_gzip(&records));
    let bin = env!("CARGO_BIN_EXE_dateline");

    let out = std::process::Command::new(bin)
        .arg("extract")
        .arg(&f)
        .output()
        .unwrap();
    // Exit code 3: something was rejected.
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("truncated record"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let urls: Vec<&str> = lines.iter().map(|v| v["url"].as_str().unwrap()).collect();
    assert_eq!(urls, ["https://news.example/a", "https://news.example/b"]);
    assert_eq!(lines[0]["title"], "Ministers meet in Kampala");
    assert_eq!(lines[1]["date"], "2025-03-06");

    let db = dir.path().join("w.db");
    let out = std::process::Command::new(bin)
        .args(["run", "-q", "--db"])
        .arg(&db)
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("WARC: 10 records in 1 file(s): 2 HTML pages, 7 skipped"),
        "{stderr}"
    );
    let store = dateline::store::Store::open_existing(&db).unwrap();
    assert_eq!(store.counts().unwrap().documents, 2);
    let rejections = store.rejections(10).unwrap();
    assert_eq!(rejections.len(), 1);
    assert!(
        rejections[0]
            .input
            .starts_with(&format!("{}@", f.display()))
    );
}
