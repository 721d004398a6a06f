//! HTML pages as input: the seed-like dispatch as a web page gives the same
//! article and events as its text form; the held-out news pages
//! (tests/fixtures/html/news-*) are extracted as their expected bodies;
//! metadata, charsets, language, ingest of `.html`/`.html.gz`/JSON Lines
//! `html`, and pages that are malformed, enormous, nested without end or
//! not articles at all.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod common;

use common::event_keys;
use dateline::dict::Dictionaries;
use dateline::eval;
use dateline::html::{HtmlError, HtmlExtractor, HtmlOptions};
use dateline::ingest::{self, IngestOptions, Item};
use dateline::model::{Analysis, Date, InputFormat, RawDocument};
use dateline::pipeline::Pipeline;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn pipeline() -> Pipeline {
    Pipeline::new(Arc::new(Dictionaries::builtin()))
}

fn html_doc(path: &Path) -> RawDocument {
    let bytes = eval::read_page(path).expect("fixture readable");
    dateline::html::document(&path.display().to_string(), &bytes, None, None)
}

fn page(set: &str, id: &str) -> PathBuf {
    let dir = fixtures().join("html").join(set).join("html");
    let plain = dir.join(format!("{id}.html"));
    if plain.exists() {
        plain
    } else {
        dir.join(format!("{id}.html.gz"))
    }
}

#[test]
fn seedlike_page_gives_the_article_and_events_of_its_text_form() {
    let p = pipeline();
    let text = std::fs::read_to_string(fixtures().join("seedlike.txt")).unwrap();
    let from_text = p
        .analyze(&RawDocument::text("seedlike.txt", text))
        .expect("text form is an article");
    let raw = html_doc(&fixtures().join("html/seedlike.html"));
    assert_eq!(raw.format, InputFormat::Html);
    let from_html = p.analyze(&raw).expect("page is an article");

    let (t, h) = (&from_text.article, &from_html.article);
    assert_eq!(
        h.title.as_deref(),
        Some("Burkina Faso and Turkey agree to expand defence ties")
    );
    assert_eq!(h.title, t.title);
    // (The raw spans differ: they index each input's own text.)
    let dl = h.dateline.as_ref().expect("dateline found in the page");
    let tdl = t.dateline.as_ref().expect("dateline found in the text");
    assert_eq!(
        (&dl.place, &dl.agency, dl.date),
        (&tdl.place, &tdl.agency, tdl.date)
    );
    assert_eq!(
        (dl.place.as_str(), dl.agency.as_deref(), dl.date),
        ("Ankara", Some("AFP"), Some(Date::new(2024, 11, 19)))
    );
    assert_eq!(h.date, Some(Date::new(2024, 11, 19)));
    assert_eq!(h.date, t.date);
    assert_eq!(h.language.as_deref(), Some("en"));
    assert_eq!(
        h.canonical_url.as_deref(),
        Some(
            "https://www.sahelwire.example/africa/burkina-faso-and-turkey-agree-to-expand-defence-ties-20241119"
        )
    );

    let sentences = |a: &Analysis| -> Vec<String> {
        a.sentences
            .iter()
            .map(|s| a.article.text[s.span.range()].to_string())
            .collect()
    };
    assert_eq!(sentences(&from_html), sentences(&from_text));
    assert_eq!(from_html.sentences.len(), 9);
    // No page furniture reached the body.
    for junk in [
        "Advertisement",
        "Read also",
        "Most read",
        "Copyright",
        "Photo:",
        "Sign up",
    ] {
        assert!(!h.text.contains(junk), "{junk:?} in the body");
    }

    assert!(!from_text.events.is_empty());
    assert_eq!(event_keys(&from_html), event_keys(&from_text));
}

#[test]
fn held_out_news_pages_are_extracted_as_expected() {
    let html = HtmlExtractor::new();
    for set in ["news-a", "news-b"] {
        let pages = eval::load(&fixtures().join("html").join(set)).expect("benchmark loads");
        let report = eval::score(&pages, |p| {
            html.extract_bytes(&p.bytes, p.url.as_deref(), None)
                .map(|a| a.text)
                .map_err(|e| e.to_string())
        });
        let worst: Vec<String> = report
            .results
            .iter()
            .filter(|r| r.f1 < 0.9)
            .map(|r| {
                format!(
                    "{} P {:.3} R {:.3} {:?}",
                    r.id, r.precision, r.recall, r.error
                )
            })
            .collect();
        assert!(
            report.f1.value >= 0.97,
            "{set}: F1 {:.4}; pages below 0.9: {worst:?}",
            report.f1.value
        );
        // The pages without an article are refused, and only those.
        for r in &report.results {
            let expected_rejection = r.truth_tokens == 0;
            assert_eq!(
                r.error.is_some(),
                expected_rejection,
                "{set}/{}: {:?}",
                r.id,
                r.error
            );
        }
    }
}

fn extract_page(set: &str, id: &str) -> dateline::html::HtmlArticle {
    let bytes = eval::read_page(&page(set, id)).unwrap();
    HtmlExtractor::new()
        .extract_bytes(&bytes, None, None)
        .unwrap_or_else(|e| panic!("{set}/{id}: {e}"))
}

#[test]
fn metadata_comes_from_json_ld_meta_tags_and_markup() {
    let a = extract_page("news-a", "classic-newspaper");
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry terminal to close after damning survey")
    );
    assert_eq!(a.date, Some(Date::new(2025, 2, 13)));
    assert_eq!(a.author.as_deref(), Some("Joanna Pryce"));
    assert_eq!(a.declared_language.as_deref(), Some("en"));
    assert_eq!(a.site_name.as_deref(), Some("Kessington Gazette"));
    assert_eq!(
        a.canonical_url.as_deref(),
        Some(
            "https://www.kessingtongazette.example/news/ferry-terminal-to-close-after-damning-survey-4418"
        )
    );
    // Subheads stay, the standfirst, byline, caption, share bar, tags,
    // comments and "Read more" promo go.
    assert!(a.text.contains("\n\nWhy the pier failed\n\n"));
    for junk in [
        "Harbour board says",
        "Local Affairs Reporter",
        "Photograph",
        "WhatsApp",
        "Topics",
        "harbourwatcher",
        "Storm damage bill",
    ] {
        assert!(!a.text.contains(junk), "{junk:?} in {:?}", a.text);
    }

    let w = extract_page("news-a", "wire-service");
    assert_eq!(w.author.as_deref(), Some("Lena Fischer"));
    assert_eq!(w.date, Some(Date::new(2025, 3, 4)));
    assert!(w.text.starts_with("GENEVA (Meridian) - Negotiators"));
    assert!(!w.text.contains("Scroll to continue"));

    let spa = extract_page("news-a", "jsonld-spa");
    assert_eq!(spa.method, "json-ld");
    assert_eq!(
        spa.title.as_deref(),
        Some("Indonesia to ban bauxite exports from June")
    );
    assert_eq!(spa.date, Some(Date::new(2025, 1, 22)));
}

#[test]
fn charsets_are_decoded_from_declarations_and_bytes() {
    let sj = extract_page("news-a", "shift-jis");
    assert!(sj.text.contains("路線バス"), "{}", sj.text);
    assert_eq!(sj.declared_language.as_deref(), Some("ja"));
    let cp = extract_page("news-a", "windows-1252");
    assert!(cp.text.contains("€1.2 billion"));
    assert!(cp.text.contains("“before the summer”"));
    assert!(cp.text.contains("Peña"));
}

#[test]
fn embedded_posts_tables_and_quotes_are_content() {
    let a = extract_page("news-a", "table-tweet-hashed");
    for kept in [
        "Coastal Alliance 44 +6",
        "Voters have asked us to lead",
        "Our door is open",
        "The Greens' co-leader replied",
    ] {
        assert!(a.text.contains(kept), "{kept:?} missing from {:?}", a.text);
    }
    assert!(!a.text.contains("More on the election"));
}

#[test]
fn non_english_pages_are_stored_but_not_coded() {
    let p = pipeline();
    let fr = p
        .analyze(&html_doc(&page("news-a", "french")))
        .expect("an article");
    assert_eq!(fr.article.language.as_deref(), Some("fr"));
    assert!(fr.events.is_empty());
    assert!(!fr.sentences.is_empty());
    let en = p
        .analyze(&html_doc(&fixtures().join("html/seedlike.html")))
        .unwrap();
    assert_eq!(en.article.language.as_deref(), Some("en"));
    assert!(!en.events.is_empty());
}

#[test]
fn pages_without_an_article_are_refused_with_a_reason() {
    let html = HtmlExtractor::new();
    let err = html
        .extract_bytes(
            &eval::read_page(&page("news-a", "no-article")).unwrap(),
            None,
            None,
        )
        .unwrap_err();
    assert!(matches!(err, HtmlError::NoArticle(_)), "{err}");
    for junk in [
        "",
        "<html></html>",
        "<<<<>>>>",
        "\u{0}\u{1}binary\u{ff}",
        "<script>var a = 1;</script>",
        "<p>Too short.</p>",
    ] {
        let r = html.extract(junk, None);
        assert!(matches!(r, Err(HtmlError::NoArticle(_))), "{junk:?}: {r:?}");
    }
    // Through the pipeline the refusal is a rejection naming the page.
    let rej = pipeline()
        .analyze(&html_doc(&page("news-a", "no-article")))
        .unwrap_err();
    assert_eq!(rej.stage, "extract");
    assert!(rej.reason.contains("no article"), "{}", rej.reason);
}

#[test]
fn enormous_and_pathological_pages_do_not_break_extraction() {
    // An article inside a 5 MB page of archive links.
    let a = extract_page("news-a", "huge-page");
    assert!(a.text.starts_with("The national statistics office said"));
    assert!(!a.text.contains("Archive item"));

    // Unbounded nesting is refused before parsing.
    let deep = format!(
        "<html><body>{}<p>text</p></body></html>",
        "<div>".repeat(100_000)
    );
    assert!(matches!(
        HtmlExtractor::new().extract(&deep, None),
        Err(HtmlError::TooDeep(_))
    ));
    // Element limits are options.
    let small = HtmlExtractor::with_options(HtmlOptions {
        max_elements: 50,
        ..HtmlOptions::default()
    });
    let many = format!(
        "<html><body>{}</body></html>",
        "<p>One more line of text here.</p>".repeat(200)
    );
    assert!(matches!(
        small.extract(&many, None),
        Err(HtmlError::TooLarge { .. })
    ));
    // Malformed markup yields its text.
    let m = extract_page("news-a", "malformed");
    assert!(
        m.text
            .contains("Smoke could be seen from more than 20 kilometres away.")
    );
}

fn read_all(paths: &[PathBuf]) -> Vec<Item> {
    ingest::read(paths, &IngestOptions::default()).collect()
}

#[test]
fn ingest_reads_html_files_gzipped_pages_and_json_lines_html() {
    let dir = tempfile::tempdir().unwrap();
    let page_bytes = std::fs::read(fixtures().join("html/seedlike.html")).unwrap();
    std::fs::write(dir.path().join("a.html"), &page_bytes).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&page_bytes).unwrap();
    std::fs::write(dir.path().join("b.htm.gz"), gz.finish().unwrap()).unwrap();
    let record = serde_json::json!({
        "id": "page-1",
        "html": String::from_utf8(page_bytes.clone()).unwrap(),
        "url": "https://example.org/story",
        "date": "2024-11-20",
    });
    std::fs::write(dir.path().join("c.jsonl"), format!("{record}\n")).unwrap();
    std::fs::write(dir.path().join("notes.md"), "not an input").unwrap();

    let items = read_all(&[dir.path().to_path_buf()]);
    let docs: Vec<&RawDocument> = items
        .iter()
        .map(|i| match i {
            Item::Document(d) => d,
            Item::Rejected(r) => panic!("rejected {r}"),
        })
        .collect();
    assert_eq!(docs.len(), 3);
    assert!(docs.iter().all(|d| d.format == InputFormat::Html));
    assert_eq!(docs[2].id, "page-1");

    let p = pipeline();
    let arts: Vec<_> = docs.iter().map(|d| p.extract(d).unwrap().0).collect();
    assert_eq!(arts[0].text, arts[1].text);
    assert_eq!(arts[0].text, arts[2].text);
    // JSON Lines metadata wins over the page's own.
    assert_eq!(arts[2].date, Some(Date::new(2024, 11, 20)));
    assert_eq!(arts[2].url.as_deref(), Some("https://example.org/story"));
    assert_eq!(arts[0].date, Some(Date::new(2024, 11, 19)));
}

#[test]
fn ingest_sniffs_html_on_a_stream_and_decodes_utf16() {
    let page = "<!-- saved page -->\n<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>";
    let items: Vec<Item> = ingest::read_stream(
        "-",
        std::io::Cursor::new(page.as_bytes().to_vec()),
        &IngestOptions::default(),
    )
    .collect();
    match &items[..] {
        [Item::Document(d)] => assert_eq!(d.format, InputFormat::Html),
        other => panic!("{other:?}"),
    }
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "<html><body><p>Grüße aus Köln</p></body></html>".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u16.html");
    std::fs::write(&path, &utf16).unwrap();
    match &read_all(&[path])[..] {
        [Item::Document(d)] => assert!(d.text.contains("Grüße aus Köln")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn wire_datelines_in_pages_are_found_and_stripped() {
    let a = pipeline()
        .extract(&html_doc(&page("news-b", "ap-style-wire")))
        .unwrap()
        .0;
    let dl = a
        .dateline
        .unwrap_or_else(|| panic!("no dateline in {:?}", a.text));
    assert_eq!(
        (dl.place.as_str(), dl.agency.as_deref()),
        ("Nairobi, Kenya", Some("AP"))
    );
    assert_eq!(a.date, Some(Date::new(2025, 6, 12)));
    assert!(
        a.text.starts_with("Kenya and Tanzania agreed Thursday"),
        "{}",
        a.text
    );
    assert_eq!(a.author.as_deref(), Some("TOM MWANGI"));
    assert!(!a.text.contains("Most read"));
}
