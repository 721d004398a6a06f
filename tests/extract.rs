//! Extraction on whole dispatches: the fixtures under
//! `tests/fixtures/extract/` (our own invented text, in the layouts wire
//! copy arrives in) go through [`Extractor`], and the clean body through the
//! sentence splitter and the event-date reader.
//!
//! Two `#[ignore]` tests read reference material outside the repository
//! when it is present (`/work/shared`, or the paths in `DATELINE_SEED` and
//! `DATELINE_REUTERS`) and print what they found; they pass when it is
//! absent.

use std::path::{Path, PathBuf};

use dateline::extract::{DatelineParser, ExtractError, Extractor};
use dateline::model::{Article, Date, DatePrecision, RawDocument};
use dateline::sentence::Splitter;
use dateline::time;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/extract")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn extract(name: &str) -> Article {
    Extractor::new()
        .extract(&RawDocument::text(name, fixture(name)))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// No scrape residue or footer text survives in a body.
fn assert_clean(name: &str, a: &Article) {
    for bad in [
        "|",
        "![",
        "](",
        "&amp;",
        "&lt;",
        "All rights reserved",
        "Copyright",
        "©",
        "Reporting by",
        "Editing by",
        "Our Standards",
        "Advertisement",
        "Facebook",
        "Read more",
        "newsletter",
        "\r",
        "  ",
        "\n\n",
    ] {
        assert!(
            !a.text.contains(bad),
            "{name}: body contains {bad:?}:\n{}",
            a.text
        );
    }
    assert_eq!(a.text, a.text.trim(), "{name}: body not trimmed");
    assert_eq!(a.content_hash.len(), 64);
}

fn place(a: &Article) -> Option<&str> {
    a.dateline.as_ref().map(|d| d.place.as_str())
}

fn agency(a: &Article) -> Option<&str> {
    a.dateline.as_ref().and_then(|d| d.agency.as_deref())
}

#[test]
fn afp_run_together_line() {
    let a = extract("afp_run_together.txt");
    assert_clean("afp", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Mali and Algeria agree to reopen border crossing")
    );
    assert_eq!(place(&a), Some("Algiers"));
    assert_eq!(agency(&a), Some("AFP"));
    assert_eq!(
        a.dateline.as_ref().unwrap().date,
        Some(Date::new(2023, 3, 7))
    );
    assert_eq!(a.date, Some(Date::new(2023, 3, 7)));
    assert!(
        a.text
            .starts_with("Mali and Algeria agreed on Tuesday to reopen"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("according to U.N. figures."), "{}", a.text);
    assert!(!a.text.contains("Mar 7"));
    assert_eq!(a.text.lines().count(), 1);
}

#[test]
fn afp_body_splits_and_dates() {
    let a = extract("afp_run_together.txt");
    let s = Splitter::new().split(&a.text);
    let sents: Vec<&str> = s.iter().map(|x| &a.text[x.span.range()]).collect();
    assert_eq!(sents.len(), 5, "{sents:#?}");
    assert!(sents[1].ends_with("\"to keep the trade routes open.\""));
    assert!(sents[3].starts_with("Both delegations met Gen. Ousmane Traore"));
    let anchor = a.date.unwrap();
    let d0 = time::event_date(sents[0], anchor).unwrap();
    assert_eq!(
        (d0.date, d0.precision),
        (Date::new(2023, 3, 7), DatePrecision::Day)
    );
    assert_eq!(&sents[0][d0.span.range()], "on Tuesday");
    let d3 = time::event_date(sents[3], anchor).unwrap();
    assert_eq!(d3.date, Date::new(2023, 3, 6));
    assert_eq!(time::event_date(sents[2], anchor), None);
}

#[test]
fn reuters_credit_line() {
    let a = extract("reuters_credit.txt");
    assert_clean("reuters", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("U.S. imposes new sanctions on Sahel gold traders")
    );
    assert_eq!(place(&a), Some("Washington"));
    assert_eq!(agency(&a), Some("Reuters"));
    assert_eq!(a.date, None);
    assert!(
        a.text
            .starts_with("The United States on Tuesday imposed sanctions")
    );
    // "Share prices" is prose, not a share button.
    assert!(
        a.text
            .ends_with("Share prices of two listed refiners fell after the announcement.")
    );
    assert_eq!(a.text.lines().count(), 3);
    assert!(!a.text.contains("Jane Roe"));
}

#[test]
fn ap_paris() {
    let a = extract("ap_paris.txt");
    assert_clean("ap", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("France and Chad agree to revive military cooperation")
    );
    assert_eq!(place(&a), Some("Paris"));
    assert_eq!(agency(&a), Some("AP"));
    assert!(a.text.starts_with("France and Chad agreed on Friday"));
    assert!(a.text.ends_with("is expected in Paris next week."));
    assert!(!a.text.contains("This material"));
    let s = Splitter::new().split(&a.text);
    assert_eq!(s.len(), 4);
}

#[test]
fn kabul_with_date_line() {
    let a = extract("kabul.txt");
    assert_clean("kabul", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Taliban release two aid workers after mediation")
    );
    assert_eq!(place(&a), Some("Kabul, Afghanistan"));
    assert_eq!(agency(&a), None);
    assert_eq!(a.date, Some(Date::new(2024, 1, 20)));
    assert!(
        a.text
            .starts_with("The Taliban released two foreign aid workers")
    );
    assert!(a.text.ends_with("\"a gesture of good will.\""));
    let s = Splitter::new().split(&a.text);
    let second = &a.text[s[1].span.range()];
    let d = time::event_date(second, a.date.unwrap()).unwrap();
    assert_eq!(
        (d.date, d.precision),
        (Date::new(2023, 12, 1), DatePrecision::Month)
    );
}

#[test]
fn markdown_links_and_crumbs() {
    let a = extract("markdown_links.txt");
    assert_clean("markdown", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Kenya and Somalia sign border security pact")
    );
    assert_eq!(place(&a), Some("Nairobi, Kenya"));
    assert_eq!(agency(&a), Some("AP"));
    assert_eq!(
        a.text,
        "Kenya and Somalia signed a border security pact on Tuesday, the African Union said in a statement & officials confirmed.\n\
         The two countries will share intelligence on militant movements, Kenya's interior minister said. A copyright dispute over the pact's maps was settled earlier.\n\
         The pact replaces an accord that lapsed in 2019."
    );
}

#[test]
fn no_dateline_headline_by_layout() {
    let a = extract("no_dateline.txt");
    assert_clean("no dateline", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Ghana and Togo pledge joint patrols on lake")
    );
    assert!(a.dateline.is_none());
    assert_eq!(a.date, None);
    assert!(a.text.starts_with("Ghana and Togo pledged on Wednesday"));
    assert_eq!(a.text.lines().count(), 2);
}

#[test]
fn residue_only_is_an_error() {
    let e = Extractor::new()
        .extract(&RawDocument::text("r", fixture("residue_only.txt")))
        .unwrap_err();
    assert!(matches!(e, ExtractError::Empty), "{e}");
}

#[test]
fn reuters_1987_wrapped() {
    let a = extract("reuters_1987.txt");
    assert_clean("reuters 1987", &a);
    assert_eq!(a.title, None);
    assert_eq!(place(&a), Some("London"));
    assert_eq!(agency(&a), None);
    // No year given: the year the text names.
    assert_eq!(a.date, Some(Date::new(1987, 2, 26)));
    assert_eq!(
        a.text,
        "Britain's trade deficit narrowed in January as exports of oil and machinery rose, official figures showed, and <Acme Holdings Plc> said its sales grew.\n\
         The Department of Trade said the 1987 figures were in line with forecasts. Analysts said the pound would hold its recent anti-inflation gains."
    );
}

#[test]
fn beirut_cairo() {
    let a = extract("beirut_cairo.txt");
    assert_clean("beirut", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Lebanon and Egypt discuss gas supplies")
    );
    assert_eq!(place(&a), Some("Beirut/Cairo"));
    assert_eq!(agency(&a), Some("Reuters"));
    assert!(a.text.ends_with("talks would continue next month."));
    assert_eq!(a.text.lines().count(), 2);
}

#[test]
fn united_nations_with_signoff() {
    let a = extract("un_afp.txt");
    assert_clean("un", &a);
    assert_eq!(a.title, None);
    assert_eq!(place(&a), Some("United Nations"));
    assert_eq!(agency(&a), Some("AFP"));
    assert!(a.text.ends_with("two abstentions."), "{}", a.text);
}

#[test]
fn false_dateline_is_not_read() {
    let a = extract("false_dateline.txt");
    assert_clean("false", &a);
    assert!(a.dateline.is_none(), "{:?}", a.dateline);
    assert_eq!(
        a.title.as_deref(),
        Some("EXCLUSIVE: Niger weighs new uranium deal")
    );
    assert!(
        a.text
            .starts_with("Niger's mining minister told reporters in Niamey (AFP) that")
    );
}

#[test]
fn unicode_and_crlf() {
    let a = extract("unicode_crlf.txt");
    assert_clean("unicode", &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Côte d'Ivoire and Ghana hold cocoa talks")
    );
    assert_eq!(place(&a), Some("Abidjan"));
    assert_eq!(agency(&a), Some("AFP"));
    assert!(
        a.text
            .starts_with("Côte d'Ivoire and Ghana held talks on Tuesday")
    );
    assert!(a.text.contains("60 percent of the world’s cocoa"));
    assert_eq!(a.text.lines().count(), 2);
}

#[test]
fn xinhua() {
    let a = extract("xinhua.txt");
    assert_clean("xinhua", &a);
    assert_eq!(a.title.as_deref(), Some("China, Kazakhstan sign rail deal"));
    assert_eq!(place(&a), Some("Beijing"));
    assert_eq!(agency(&a), Some("Xinhua"));
    assert!(a.text.ends_with("the ministry said."), "{}", a.text);
}

#[test]
fn same_article_same_hash() {
    let x = Extractor::new();
    let text = fixture("afp_run_together.txt");
    let a = x.extract(&RawDocument::text("a", text.clone())).unwrap();
    // Different residue around the same article.
    let b = x
        .extract(&RawDocument::text(
            "b",
            format!("![]() |\n\n{}\n| |\n", text),
        ))
        .unwrap();
    assert_eq!(a.content_hash, b.content_hash);
}

#[test]
fn extractor_is_shared_across_threads() {
    let x = Extractor::new();
    let names = [
        "afp_run_together.txt",
        "ap_paris.txt",
        "kabul.txt",
        "un_afp.txt",
    ];
    std::thread::scope(|s| {
        for n in names {
            let x = &x;
            s.spawn(move || {
                let a = x.extract(&RawDocument::text(n, fixture(n))).unwrap();
                assert!(!a.text.is_empty());
            });
        }
    });
}

fn shared(env: &str, default: &str) -> Option<PathBuf> {
    let p = std::env::var_os(env).map_or_else(|| PathBuf::from(default), PathBuf::from);
    p.exists().then_some(p)
}

/// The canonical seed dispatch, when it is on this machine.
#[test]
#[ignore = "reads /work/shared; run with --ignored --nocapture"]
fn seed_report() {
    let Some(path) = shared(
        "DATELINE_SEED",
        "/work/shared/seed/afp-russia-niger-2024-01-16.txt",
    ) else {
        eprintln!("seed not found; skipped");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable seed");
    let a = Extractor::new()
        .extract(&RawDocument::text("seed", text))
        .expect("seed extracts");
    let first: String = a.text.chars().take(80).collect();
    let n = a.text.chars().count();
    let last: String = a.text.chars().skip(n.saturating_sub(80)).collect();
    println!("title:    {:?}", a.title);
    println!("dateline: {:?}", a.dateline);
    println!("date:     {:?}", a.date);
    println!("first 80: {first:?}");
    println!("last 80:  {last:?}");
    let sents = Splitter::new().split(&a.text);
    println!("sentences: {}", sents.len());
    for s in &sents {
        let t = &a.text[s.span.range()];
        let d = a.date.and_then(|anchor| time::event_date(t, anchor));
        println!(
            "  [{}] {:?} {}",
            s.index,
            d.map(|d| (
                d.date.to_string(),
                d.precision,
                t[d.span.range()].to_string()
            )),
            t
        );
    }
    assert!(
        a.text
            .starts_with("Russia and Niger agreed to strengthen military cooperation on Tuesday,")
    );
    assert!(!a.text.contains('|') && !a.text.contains("Copyright"));
}

/// Every `<DATELINE>` of Reuters-21578, when the corpus is on this machine:
/// the share read with a place, with a month-day, and with a full date once
/// the `<DATE>` year is known.
#[test]
#[ignore = "reads /work/shared; run with --ignored --nocapture"]
fn reuters_datelines() {
    let Some(dir) = shared("DATELINE_REUTERS", "/work/shared/corpus/reuters21578") else {
        eprintln!("Reuters-21578 not found; skipped");
        return;
    };
    let parser = DatelineParser::new();
    let extractor = Extractor::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("readable corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sgm"))
        .collect();
    files.sort();
    let (mut total, mut with_place, mut with_md, mut with_date, mut docs, mut extracted) =
        (0, 0, 0, 0, 0, 0);
    let mut misses: Vec<String> = Vec::new();
    let mut text_misses: Vec<String> = Vec::new();
    let mut in_text = 0;
    for f in files {
        let bytes = std::fs::read(&f).expect("readable file");
        let text = String::from_utf8_lossy(&bytes);
        for doc in text.split("</REUTERS>") {
            let field = |tag: &str| {
                let open = format!("<{tag}>");
                let close = format!("</{tag}>");
                let s = doc.find(&open)? + open.len();
                let e = s + doc[s..].find(&close)?;
                Some(doc[s..e].to_string())
            };
            let Some(dl) = field("DATELINE") else {
                continue;
            };
            total += 1;
            let date = field("DATE").and_then(|d| time::parse_date_str(&d));
            match parser.parse_field(&dl) {
                Some(found) => {
                    with_place += usize::from(!found.place.is_empty());
                    if let Some((m, d)) = found.month_day {
                        with_md += 1;
                        let full = date.and_then(|anchor| {
                            [-1, 0, 1]
                                .iter()
                                .filter_map(|k| {
                                    time::ymd(
                                        i32::from(anchor.year) + k,
                                        u32::from(m),
                                        u32::from(d),
                                    )
                                })
                                .min_by_key(|c| (time::to_days(*c) - time::to_days(anchor)).abs())
                        });
                        with_date += usize::from(full.is_some());
                    } else if misses.len() < 40 {
                        misses.push(format!("no date: {dl:?} -> {:?}", found.place));
                    }
                }
                None => {
                    if misses.len() < 40 {
                        misses.push(format!("no parse: {dl:?}"));
                    }
                }
            }
            // The same dateline as running text, with the body after it.
            let body_head: String = field("BODY")
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect();
            let line = format!("{} {}", dl.trim(), body_head.replace('\n', " "));
            if let Some(f) = parser.find_in_line(&line)
                && f.start == 0
                && f.month_day.is_some()
            {
                in_text += 1;
            } else if text_misses.len() < 15 {
                text_misses.push(format!("text: {:?}", &line[..line.len().min(60)]));
            }
            if let Some(body) = field("BODY") {
                docs += 1;
                let mut raw = RawDocument::text("reuters", body);
                raw.dateline = Some(dl.clone());
                raw.date = field("DATE");
                raw.title = field("TITLE");
                if extractor.extract(&raw).is_ok() {
                    extracted += 1;
                }
            }
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    println!("datelines: {total}");
    println!("with place: {with_place} ({:.2}%)", pct(with_place));
    println!("with month-day: {with_md} ({:.2}%)", pct(with_md));
    println!(
        "with place and full date: {with_date} ({:.2}%)",
        pct(with_date)
    );
    println!(
        "read as running text with place and month-day: {in_text} ({:.2}%)",
        pct(in_text)
    );
    println!("bodies extracted: {extracted} of {docs}");
    for m in misses.iter().chain(&text_misses) {
        println!("  {m}");
    }
    assert!(total > 0);
}

/// Deterministic random documents built from the pieces that make parsing
/// hard (pipes, brackets, dashes, quotes, months, agencies, multibyte
/// characters): nothing panics, and every output keeps its invariants.
#[test]
fn random_documents_keep_invariants() {
    const PIECES: &[&str] = &[
        "|",
        "![",
        "](",
        ")",
        "[",
        "]",
        "(AFP)",
        "(Reuters)",
        " - ",
        " — ",
        "--",
        ", Jan 16",
        " Jan. 16, 2024",
        "MOSCOW",
        "Moscow",
        "Kabul, Afghanistan",
        "U.S.",
        "Mr.",
        "Gen.",
        "3.5",
        "...",
        "…",
        "?",
        "!",
        ".",
        "\"",
        "“",
        "”",
        "’s",
        "é",
        "日本",
        "\u{200b}",
        "\u{a0}",
        "&amp;",
        "&#3;",
        "&#xD800;",
        "<p>",
        "</p>",
        "©",
        "All rights reserved",
        "Copyright",
        "(Reporting by",
        "Share",
        "Read more",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "on Tuesday",
        "last December",
        "in March",
        "yesterday",
        "2 days ago",
        "May",
        "the",
        "talks",
        "Niger",
        "said",
        "agreed",
        ",",
        "0",
        "1987",
        "By Jane Roe",
        "**",
        "#",
        "> ",
    ];
    let extractor = Extractor::new();
    let splitter = Splitter::new();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..3000 {
        let n = (next() % 60) as usize;
        let mut doc = String::new();
        for _ in 0..n {
            doc.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let Ok(a) = extractor.extract(&RawDocument::text("fuzz", doc.clone())) else {
            continue;
        };
        assert!(!a.text.trim().is_empty(), "{doc:?}");
        assert!(!a.text.contains('|'), "{doc:?} -> {:?}", a.text);
        assert!(!a.text.contains("\n\n"), "{doc:?} -> {:?}", a.text);
        if let Some(span) = a.dateline.as_ref().and_then(|d| d.raw_span) {
            assert!(doc.get(span.range()).is_some(), "{doc:?}");
        }
        let anchor = a.date.unwrap_or(Date::new(2024, 1, 16));
        let mut last_end = 0;
        for s in splitter.split(&a.text) {
            let t = a
                .text
                .get(s.span.range())
                .expect("sentence on char boundaries");
            assert!(!t.is_empty() && t == t.trim(), "{t:?}");
            assert!(s.span.start as usize >= last_end);
            last_end = s.span.end as usize;
            if let Some(d) = time::event_date(t, anchor) {
                assert!(t.get(d.span.range()).is_some(), "{t:?}");
            }
        }
    }
}
