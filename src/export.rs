//! Export: events out in GDELT 2.0's event format (61 tab-separated
//! columns, in GDELT's order), as JSON Lines, or as a compact TSV for
//! people.
//!
//! Column order follows the GDELT 2.0 event codebook (The GDELT Project,
//! "GDELT 2.0 Event Database Data Format Codebook V2.0",
//! http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf),
//! cross-checked against a published 0-60 column listing of the 2.0 event
//! files: the event id and four date forms, ten fields for each actor, the
//! event action attributes, eight geography fields for each actor and for
//! the action (2.0 added `ADM2Code` to 1.0's seven), then `DATEADDED`
//! (`YYYYMMDDHHMMSS` in 2.0) and `SOURCEURL`.
//!
//! What Dateline fills, and how:
//! - `FractionDate` is year + day-of-year / 365 to four decimals (1 January
//!   2024 → `2024.0027`): the codebook describes it as the share of the
//!   year completed by that day, in `YYYY.FFFF` form;
//! - an actor code is read in three-letter chunks: a first chunk that is
//!   not a role, organisation-type or religion code is the country (or
//!   region) code; role chunks fill Type1..3; religion chunks fill
//!   Religion1..2; any other chunk after the first is the known group (the
//!   last one wins, so `IGOEUREEC` → `EEC`, `IGOUNO` → `UNO`);
//! - `Actor*Name` is the actor's text upper-cased, as GDELT writes names;
//! - `IsRootEvent` is 1 when the event's sentence is among the article's
//!   first three (GDELT: "the lead paragraph"), else 0;
//! - `NumMentions`, `NumSources`, `NumArticles` are 1 (one sentence of one
//!   article); `SOURCEURL` is the URL, else the document id.
//!
//! Invariants: one line per event; exactly 61 columns; columns Dateline
//! cannot fill yet (ethnic codes, tone, all geography) are empty, never
//! invented; tabs and line breaks inside text become spaces.

use std::io::{self, Write};

use crate::model::{Date, Event, StoredEvent};

/// GDELT 2.0 event table column names, in file order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Sentences counted as the lead for `IsRootEvent`.
const LEAD_SENTENCES: u32 = 3;

/// CAMEO role and organisation-type codes: never a country.
const TYPE_CODES: &[&str] = &[
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO",
    "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PTY",
    "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS",
];

/// CAMEO religion codes.
const RELIGION_CODES: &[&str] = &[
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD",
    "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "ORT", "PAG", "PRO", "SFI", "SHI",
    "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO",
];

/// An actor code split into GDELT's attribute columns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorParts<'a> {
    pub country: &'a str,
    pub known_group: &'a str,
    pub religion: [&'a str; 2],
    pub types: [&'a str; 3],
}

/// Splits a CAMEO actor code (`NERGOVMIL`, `IGOUNO`) into GDELT's columns.
/// A code that is not whole three-letter chunks yields only what its
/// first chunk says.
pub fn actor_parts(code: &str) -> ActorParts<'_> {
    let mut parts = ActorParts::default();
    if !code.is_ascii() {
        return parts;
    }
    let chunks: Vec<&str> = (0..code.len() / 3)
        .map(|i| &code[i * 3..i * 3 + 3])
        .collect();
    let (mut types, mut religions) = (0, 0);
    for (i, &chunk) in chunks.iter().enumerate() {
        if TYPE_CODES.contains(&chunk) {
            if types < 3 {
                parts.types[types] = chunk;
                types += 1;
            }
        } else if RELIGION_CODES.contains(&chunk) {
            if religions < 2 {
                parts.religion[religions] = chunk;
                religions += 1;
            }
        } else if i == 0 {
            parts.country = chunk;
        } else {
            parts.known_group = chunk;
        }
    }
    parts
}

/// `FractionDate`: year + day-of-year / 365 (1 January is day 1).
pub fn fraction_date(d: Date) -> String {
    let day_of_year: u32 = (1..d.month)
        .map(|m| u32::from(crate::model::days_in_month(d.year, m)))
        .sum::<u32>()
        + u32::from(d.day);
    format!("{:.4}", f64::from(d.year) + f64::from(day_of_year) / 365.0)
}

/// Text made safe for one TSV field: tabs and line breaks become spaces.
fn field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ").into()
    } else {
        s.into()
    }
}

/// The 61 GDELT columns of one event.
pub fn gdelt_row(e: &StoredEvent) -> Vec<String> {
    let ev = &e.event;
    let mut row: Vec<String> = Vec::with_capacity(61);
    row.push(e.id.to_string());
    match ev.date {
        Some(d) => {
            row.push(d.yyyymmdd().to_string());
            row.push(format!("{:04}{:02}", d.year, d.month));
            row.push(format!("{:04}", d.year));
            row.push(fraction_date(d));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    for actor in [&ev.source, &ev.target] {
        let p = actor_parts(&actor.code);
        row.push(field(&actor.code).into_owned());
        row.push(field(&actor.text.to_uppercase()).into_owned());
        row.push(p.country.to_string());
        row.push(p.known_group.to_string());
        row.push(String::new()); // ethnic code: not coded
        row.extend(p.religion.iter().map(|s| s.to_string()));
        row.extend(p.types.iter().map(|s| s.to_string()));
    }
    row.push(
        if ev.sentence < LEAD_SENTENCES {
            "1"
        } else {
            "0"
        }
        .to_string(),
    );
    row.push(field(&ev.code).into_owned());
    row.push(field(&ev.base).into_owned());
    row.push(field(&ev.root).into_owned());
    row.push(ev.quad_class.map(|q| q.to_string()).unwrap_or_default());
    row.push(ev.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default());
    row.extend(["1", "1", "1"].map(String::from)); // mentions, sources, articles
    row.push(String::new()); // AvgTone
    row.extend(std::iter::repeat_n(String::new(), 3 * 8)); // geography
    row.push(e.added.to_string());
    row.push(field(e.url.as_deref().unwrap_or(&ev.doc)).into_owned());
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row
}

/// Writes one event as a GDELT 2.0 event row.
pub fn write_gdelt_row<W: Write>(w: &mut W, e: &StoredEvent) -> io::Result<()> {
    let row = gdelt_row(e);
    w.write_all(row.join("\t").as_bytes())?;
    w.write_all(b"\n")
}

/// Writes events as GDELT 2.0 event rows (no header, as GDELT's files).
pub fn write_gdelt<W: Write>(w: &mut W, events: &[StoredEvent]) -> io::Result<()> {
    for e in events {
        write_gdelt_row(w, e)?;
    }
    Ok(())
}

/// Writes events as JSON Lines.
pub fn write_jsonl<W: Write>(w: &mut W, events: &[StoredEvent]) -> io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *w, e)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// The header of [`write_tsv`].
pub const TSV_HEADER: [&str; 14] = [
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
    "source_text",
    "verb_text",
    "target_text",
    "rule",
];

/// Writes events as a compact TSV for reading, with a header line. An
/// undated event has an empty date.
pub fn write_tsv<W: Write>(w: &mut W, events: &[Event]) -> io::Result<()> {
    write_tsv_header(w)?;
    write_tsv_rows(w, events)
}

/// The TSV header line alone, for output written in several batches.
pub fn write_tsv_header<W: Write>(w: &mut W) -> io::Result<()> {
    writeln!(w, "{}", TSV_HEADER.join("\t"))
}

/// TSV rows without the header.
pub fn write_tsv_rows<W: Write>(w: &mut W, events: &[Event]) -> io::Result<()> {
    for e in events {
        let date = e.date.map(|d| d.to_string()).unwrap_or_default();
        writeln!(
            w,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            field(&e.doc),
            e.sentence,
            date,
            field(&e.source.code),
            field(&e.target.code),
            field(&e.code),
            field(&e.root),
            e.quad_class.map(|q| q.to_string()).unwrap_or_default(),
            e.goldstein.map(|g| format!("{g:.1}")).unwrap_or_default(),
            field(e.plover.as_deref().unwrap_or("")),
            field(&e.source.text),
            field(&e.verb_text),
            field(&e.target.text),
            field(&e.rule),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fraction_dates() {
        assert_eq!(fraction_date(Date::new(2024, 1, 1)), "2024.0027");
        assert_eq!(fraction_date(Date::new(2013, 4, 1)), "2013.2493");
        assert_eq!(fraction_date(Date::new(2024, 1, 16)), "2024.0438");
    }

    #[test]
    fn actor_split() {
        let p = actor_parts("NERGOVMIL");
        assert_eq!((p.country, p.types), ("NER", ["GOV", "MIL", ""]));
        let p = actor_parts("IGOUNO");
        assert_eq!((p.country, p.known_group, p.types[0]), ("", "UNO", "IGO"));
        let p = actor_parts("IGOEUREEC");
        assert_eq!((p.country, p.known_group), ("", "EEC"));
        let p = actor_parts("MIL");
        assert_eq!((p.country, p.types[0]), ("", "MIL"));
        let p = actor_parts("IRQMOSSHI");
        assert_eq!((p.country, p.religion), ("IRQ", ["MOS", "SHI"]));
        assert_eq!(actor_parts(""), ActorParts::default());
    }
}
