//! Export: GDELT 2.0 rows (61 columns, values at their codebook
//! positions, escaping, empty columns), JSON Lines and the human TSV.

use dateline::export::{self, GDELT_COLUMNS, TSV_HEADER};
use dateline::model::{Date, DatePrecision, Event, EventActor, Span, StoredEvent};

fn event(sentence: u32, date: Option<Date>) -> Event {
    Event {
        doc: "afp-2024-01-16".to_string(),
        sentence,
        date,
        date_precision: DatePrecision::Day,
        source: EventActor {
            code: "RUSGOV".to_string(),
            text: "the Kremlin".to_string(),
            span: Span::new(0, 11),
        },
        target: EventActor {
            code: "IGOUNO".to_string(),
            text: "the United\tNations\nSecurity Council".to_string(),
            span: Span::new(30, 65),
        },
        code: "111".to_string(),
        root: "11".to_string(),
        base: "111".to_string(),
        quad_class: Some(3),
        goldstein: Some(-2.0),
        plover: Some("ACCUSE".to_string()),
        verb_text: "criticised".to_string(),
        verb_span: Span::new(18, 28),
        rule: "verbs.txt:40".to_string(),
        pattern: "criticise +".to_string(),
        sentence_text: "The Kremlin criticised the United Nations.".to_string(),
        date_scope: Vec::new(),
    }
}

fn stored(id: i64, url: Option<&str>, event: Event) -> StoredEvent {
    StoredEvent {
        id,
        added: 20_240_116_093_000,
        url: url.map(String::from),
        event,
    }
}

fn gdelt(events: &[StoredEvent]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    export::write_gdelt(&mut out, events).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.ends_with('\n'));
    text.lines()
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

/// The value under a GDELT column name.
fn col<'a>(row: &'a [String], name: &str) -> &'a str {
    let i = GDELT_COLUMNS
        .iter()
        .position(|c| *c == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    &row[i]
}

#[test]
fn column_names_are_in_gdelt_2_order() {
    assert_eq!(GDELT_COLUMNS.len(), 61);
    let at = |i: usize| GDELT_COLUMNS[i];
    assert_eq!(
        (at(0), at(1), at(4), at(5), at(14), at(15), at(24)),
        (
            "GLOBALEVENTID",
            "SQLDATE",
            "FractionDate",
            "Actor1Code",
            "Actor1Type3Code",
            "Actor2Code",
            "Actor2Type3Code"
        )
    );
    assert_eq!(
        (at(25), at(26), at(29), at(30), at(34)),
        (
            "IsRootEvent",
            "EventCode",
            "QuadClass",
            "GoldsteinScale",
            "AvgTone"
        )
    );
    assert_eq!(
        (
            at(35),
            at(39),
            at(42),
            at(43),
            at(51),
            at(58),
            at(59),
            at(60)
        ),
        (
            "Actor1Geo_Type",
            "Actor1Geo_ADM2Code",
            "Actor1Geo_FeatureID",
            "Actor2Geo_Type",
            "ActionGeo_Type",
            "ActionGeo_FeatureID",
            "DATEADDED",
            "SOURCEURL"
        )
    );
}

#[test]
fn gdelt_row_has_known_values_at_their_positions() {
    let rows = gdelt(&[stored(
        42,
        Some("https://example.org/story"),
        event(1, Some(Date::new(2024, 1, 16))),
    )]);
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.len(), 61);
    let expect = [
        (0, "42"),
        (1, "20240116"),
        (2, "202401"),
        (3, "2024"),
        (4, "2024.0438"),
        (5, "RUSGOV"),
        (6, "THE KREMLIN"),
        (7, "RUS"),
        (8, ""),
        (9, ""),
        (10, ""),
        (11, ""),
        (12, "GOV"),
        (13, ""),
        (14, ""),
        (15, "IGOUNO"),
        (16, "THE UNITED NATIONS SECURITY COUNCIL"),
        (17, ""),
        (18, "UNO"),
        (22, "IGO"),
        (25, "1"),
        (26, "111"),
        (27, "111"),
        (28, "11"),
        (29, "3"),
        (30, "-2.0"),
        (31, "1"),
        (32, "1"),
        (33, "1"),
        (34, ""),
        (59, "20240116093000"),
        (60, "https://example.org/story"),
    ];
    for (i, v) in expect {
        assert_eq!(r[i], v, "column {i} {}", GDELT_COLUMNS[i]);
    }
    // Geography is left for a later stage: all 24 columns empty.
    assert!(r[35..59].iter().all(String::is_empty));
    assert_eq!(col(r, "Actor2KnownGroupCode"), "UNO");
}

#[test]
fn gdelt_rows_without_date_or_url_and_outside_the_lead() {
    let mut e = event(7, None);
    e.source.code = "NERGOVMIL".to_string();
    e.goldstein = Some(3.4);
    let rows = gdelt(&[stored(1, None, e), stored(2, None, event(0, None))]);
    assert_eq!(rows.len(), 2);
    for r in &rows {
        assert_eq!(r.len(), 61);
        assert!(r[1..5].iter().all(String::is_empty));
        assert_eq!(col(r, "SOURCEURL"), "afp-2024-01-16");
    }
    let r = &rows[0];
    assert_eq!(col(r, "IsRootEvent"), "0");
    assert_eq!(col(r, "Actor1CountryCode"), "NER");
    assert_eq!(col(r, "Actor1Type1Code"), "GOV");
    assert_eq!(col(r, "Actor1Type2Code"), "MIL");
    assert_eq!(col(r, "GoldsteinScale"), "3.4");
    assert_eq!(col(&rows[1], "IsRootEvent"), "1");
}

#[test]
fn tabs_and_newlines_never_break_a_row() {
    let mut e = event(0, Some(Date::new(2024, 1, 16)));
    e.source.text = "tab\there\r\nand there".to_string();
    let mut out = Vec::new();
    export::write_gdelt(&mut out, &[stored(9, Some("http://x/\ty"), e)]).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(text.matches('\n').count(), 1);
    let row: Vec<&str> = text.trim_end_matches('\n').split('\t').collect();
    assert_eq!(row.len(), 61);
    assert_eq!(row[6], "TAB HERE  AND THERE");
    assert_eq!(row[60], "http://x/ y");
}

#[test]
fn jsonl_is_one_object_per_event() {
    let events = [
        stored(1, None, event(0, Some(Date::new(2024, 1, 16)))),
        stored(2, Some("u"), event(1, None)),
    ];
    let mut out = Vec::new();
    export::write_jsonl(&mut out, &events).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["date"], "2024-01-16");
    assert_eq!(lines[0]["code"], "111");
    assert_eq!(lines[0]["source"]["code"], "RUSGOV");
    assert_eq!(lines[1]["url"], "u");
    assert!(lines[1]["date"].is_null());
}

#[test]
fn tsv_has_a_header_and_one_row_per_event() {
    let events = [event(0, Some(Date::new(2024, 1, 16))), event(3, None)];
    let mut out = Vec::new();
    export::write_tsv(&mut out, &events).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        "doc\tsentence\tdate\tsource\ttarget\tcode\troot\tquad_class\tgoldstein\tplover\t\
         source_text\tverb_text\ttarget_text\trule"
    );
    assert_eq!(TSV_HEADER.join("\t"), lines[0]);
    let row: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(
        row,
        [
            "afp-2024-01-16",
            "0",
            "2024-01-16",
            "RUSGOV",
            "IGOUNO",
            "111",
            "11",
            "3",
            "-2.0",
            "ACCUSE",
            "the Kremlin",
            "criticised",
            "the United Nations Security Council",
            "verbs.txt:40",
        ]
    );
    let row: Vec<&str> = lines[2].split('\t').collect();
    assert_eq!(row.len(), 14);
    assert_eq!((row[1], row[2]), ("3", ""));
}
