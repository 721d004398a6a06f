//! Wire datelines: a line of clean text (or a metadata dateline field) in,
//! the dateline's place, month-day, year and agency out, with where it
//! stood.
//!
//! Forms read (any of `-`, `–`, `—`, `―`, `--`, `:` as the dash):
//! - dated: `Moscow, Jan 16 (AFP)`, `PARIS, March 3 (AP) —`,
//!   `LONDON, Feb 26 -`, `AMSTERDAM, 2 March -`, `BEIJING, Jan. 16
//!   (Xinhua) --`, `PORTLAND, Ore., Feb 26 -`, `New Delhi [India], Jan 16
//!   (ANI):`;
//! - agency only: `WASHINGTON (Reuters) -`, `NAIROBI, Kenya (AP) —`,
//!   `BEIRUT/CAIRO (Reuters) -`, `UNITED NATIONS (AFP) -`;
//! - dash only, place in capitals: `KABUL, Afghanistan —`.
//!
//! The place is read backwards from the comma, bracket or dash: the run of
//! capitalised words before it, plus up to two `, Region` parts. When a
//! headline runs into the dateline on the same line, the place is the
//! shortest plausible end of that run ("… military ties Moscow" → `Moscow`;
//! "… Talks New York" → `New York`, because `New` begins place names).
//!
//! Guards against false datelines: an agency-only or dash-only form needs a
//! dash after it or must open its line; a place right after a lower-case
//! preposition or article ("talks in Moscow (AFP) said") is prose; all-caps
//! labels and organisations (`URGENT`, `NATO`) are not places; an agency in
//! brackets must be a known one unless a month-day precedes it.

use regex::Regex;

use crate::time::{self, MonthNames};

/// A dateline found in a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDateline {
    /// Byte offset in the searched line where the place begins.
    pub start: usize,
    /// Byte offset just after the dateline (agency, dash included).
    pub end: usize,
    /// The place, capitals normalised: `Kabul, Afghanistan`.
    pub place: String,
    /// Month and day when the dateline gives them.
    pub month_day: Option<(u8, u8)>,
    /// A year written in the dateline itself (`Jan 16, 2024 (AFP)`).
    pub year: Option<i16>,
    /// The agency, normalised: `AFP`, `Reuters`, `AP`, `Xinhua`.
    pub agency: Option<String>,
}

/// Compiled dateline patterns.
pub struct DatelineParser {
    dated: Regex,
    agency: Regex,
    dash: Regex,
}

impl Default for DatelineParser {
    fn default() -> Self {
        Self::new()
    }
}

/// How much of a line may precede a dateline: a headline, never a body.
const SEARCH_WINDOW: usize = 400;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Running text: the place may follow a headline.
    Text,
    /// A metadata field: the place is everything before the tail.
    Field,
}

impl DatelineParser {
    pub fn new() -> DatelineParser {
        let re = |p: &str| Regex::new(p).expect("built-in pattern compiles");
        DatelineParser {
            dated: re(concat!(
                r"(?P<sep>,\s*|\s+)(?:-\s*)?",
                r"(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b",
                r"|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Za-z]{3,9})\b\.?)",
                r"(?:\s*,?\s*(?P<year>(?:1[89]|2[01])\d{2})\b)?\s*,?",
                r"(?:\s*[(\[](?P<agency>[^()\[\]\n]{1,40})[)\]])?",
                r"(?:\s*(?P<dash>--|[-–—―:]))?",
            )),
            agency: re(r"\s*\((?P<agency>[^()\n]{1,40})\)(?:\s*(?P<dash>--|[-–—―:]))?"),
            dash: re(r"\s+(?P<dash>--|[-–—―])(?:\s|$)"),
        }
    }

    /// The dateline in `line`, if one starts within its first few hundred
    /// bytes (after a headline at most).
    pub fn find_in_line(&self, line: &str) -> Option<FoundDateline> {
        let window = &line[..super::floor_boundary(line, SEARCH_WINDOW)];
        self.find(line, window, Mode::Text)
    }

    /// Parses a dateline given as metadata (Reuters `<DATELINE>`:
    /// `    SALVADOR, Feb 26 - `). The place is everything before the date,
    /// agency or dash; truncated month names (`Marc 3`) are read.
    pub fn parse_field(&self, field: &str) -> Option<FoundDateline> {
        let lead = field.len()
            - field
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '"' | '#'))
                .len();
        let s = &field[lead..];
        let window = &s[..super::floor_boundary(s, SEARCH_WINDOW)];
        let mut found = self.find(s, window, Mode::Field).or_else(|| {
            // A bare place: "WOODBRIDGE, N.J."
            let t = s.trim_end();
            let place = place_before(t, Mode::Field)?;
            if place.start != 0 {
                return None;
            }
            Some(FoundDateline {
                start: 0,
                end: t.len(),
                place: place.text,
                month_day: None,
                year: None,
                agency: None,
            })
        })?;
        found.start += lead;
        found.end += lead;
        Some(found)
    }

    fn find(&self, line: &str, window: &str, mode: Mode) -> Option<FoundDateline> {
        fn consider(best: &mut Option<FoundDateline>, f: FoundDateline) {
            if best.as_ref().is_none_or(|b| f.start < b.start) {
                *best = Some(f);
            }
        }
        let mut best: Option<FoundDateline> = None;
        // Each form needs its own punctuation; a place at offset 0 cannot
        // be beaten, so later forms are not tried then.
        let b = window.as_bytes();
        if (mode == Mode::Field || memchr::memchr(b',', b).is_some())
            && let Some(f) = self.find_dated(line, window, mode)
        {
            consider(&mut best, f);
        }
        let at_start = |best: &Option<FoundDateline>| best.as_ref().is_some_and(|b| b.start == 0);
        if !at_start(&best)
            && memchr::memchr(b'(', b).is_some()
            && let Some(f) = self.find_agency(window, mode)
        {
            consider(&mut best, f);
        }
        // '-' or the lead byte of the long dashes (E2).
        if !at_start(&best)
            && memchr::memchr2(b'-', 0xE2, b).is_some()
            && let Some(f) = self.find_dash(window, mode)
        {
            consider(&mut best, f);
        }
        best
    }

    fn find_dated(&self, line: &str, window: &str, mode: Mode) -> Option<FoundDateline> {
        let names = match mode {
            Mode::Text => MonthNames::AnyCase,
            Mode::Field => MonthNames::Lenient,
        };
        for c in self.dated.captures_iter(window) {
            let whole = c.get(0)?;
            if mode == Mode::Text && !c["sep"].starts_with(',') {
                continue;
            }
            let (mon, day) = match (c.name("mon"), c.name("day"), c.name("mon2"), c.name("day2")) {
                (Some(m), Some(d), _, _) | (_, _, Some(m), Some(d)) => (m.as_str(), d.as_str()),
                _ => continue,
            };
            let Some(month) = month_of(mon, names) else {
                continue;
            };
            let Ok(day) = day.parse::<u8>() else { continue };
            if day == 0 || day > crate::model::days_in_month(2000, month) {
                continue;
            }
            let agency = match c.name("agency") {
                Some(a) => match agency_name(a.as_str(), true) {
                    Some(a) => Some(a),
                    None => continue,
                },
                None => None,
            };
            let dash = c.name("dash").is_some();
            let rest = line.get(whole.end()..).unwrap_or("").trim_start();
            let closes = agency.is_some()
                || dash
                || rest.is_empty()
                || mode == Mode::Field
                || time::parse_date_prefix(rest).is_some();
            if !closes {
                continue;
            }
            let Some(place) = place_before(&window[..whole.start()], mode) else {
                continue;
            };
            let year = c.name("year").and_then(|y| y.as_str().parse::<i16>().ok());
            return Some(FoundDateline {
                start: place.start,
                end: whole.end(),
                place: place.text,
                month_day: Some((month, day)),
                year,
                agency,
            });
        }
        None
    }

    fn find_agency(&self, window: &str, mode: Mode) -> Option<FoundDateline> {
        for c in self.agency.captures_iter(window) {
            let whole = c.get(0)?;
            let Some(agency) = agency_name(&c["agency"], false) else {
                continue;
            };
            let Some(place) = place_before(&window[..whole.start()], mode) else {
                continue;
            };
            if c.name("dash").is_none() && place.start != 0 {
                continue;
            }
            if mode == Mode::Text && place.after_function_word {
                continue;
            }
            return Some(FoundDateline {
                start: place.start,
                end: whole.end(),
                place: place.text,
                month_day: None,
                year: None,
                agency: Some(agency),
            });
        }
        None
    }

    fn find_dash(&self, window: &str, mode: Mode) -> Option<FoundDateline> {
        for c in self.dash.captures_iter(window) {
            let whole = c.get(0)?;
            let Some(place) = place_before(&window[..whole.start()], mode) else {
                continue;
            };
            if mode == Mode::Text && (!place.caps || place.after_function_word) {
                continue;
            }
            // The match took one whitespace after the dash; leave it.
            let end = c.name("dash").map_or(whole.end(), |d| d.end());
            return Some(FoundDateline {
                start: place.start,
                end,
                place: place.text,
                month_day: None,
                year: None,
                agency: None,
            });
        }
        None
    }
}

fn month_of(word: &str, names: MonthNames) -> Option<u8> {
    match names {
        MonthNames::Lenient => time::month_number_lenient(word),
        _ => time::month_number(word),
    }
}

/// The canonical name of a news agency written in brackets. Unknown names
/// pass (as written) only when `lenient` and they look like a name.
pub fn agency_name(written: &str, lenient: bool) -> Option<String> {
    let t = written.trim();
    let known: &[(&[&str], &str)] = &[
        (
            &[
                "afp",
                "agence france-presse",
                "agence france presse",
                "afp news",
            ],
            "AFP",
        ),
        (&["reuters", "reuter", "thomson reuters"], "Reuters"),
        (
            &["ap", "the associated press", "associated press", "ap news"],
            "AP",
        ),
        (&["xinhua", "xinhuanet", "xinhua news agency"], "Xinhua"),
        (&["ani"], "ANI"),
        (&["dpa", "dpa-afx"], "dpa"),
        (&["upi"], "UPI"),
        (&["ians"], "IANS"),
        (&["pti"], "PTI"),
        (&["tass", "itar-tass"], "TASS"),
        (&["ria novosti", "ria"], "RIA Novosti"),
        (&["interfax"], "Interfax"),
        (&["anadolu", "anadolu agency", "aa"], "Anadolu"),
        (&["efe"], "EFE"),
        (&["ansa"], "ANSA"),
        (&["kyodo", "kyodo news"], "Kyodo"),
        (&["yonhap"], "Yonhap"),
        (&["bernama"], "Bernama"),
        (&["irna"], "IRNA"),
        (&["aap"], "AAP"),
        (&["cp", "the canadian press", "canadian press"], "CP"),
        (&["bloomberg"], "Bloomberg"),
        (&["sputnik"], "Sputnik"),
        (&["wam"], "WAM"),
        (&["spa"], "SPA"),
        (&["kuna"], "KUNA"),
        (&["mena"], "MENA"),
        (&["apa"], "APA"),
        (&["qna"], "QNA"),
        (&["sana"], "SANA"),
        (&["kcna"], "KCNA"),
        (&["ukrinform"], "Ukrinform"),
        (&["unian"], "UNIAN"),
        (&["belta"], "BelTA"),
        (&["antara"], "Antara"),
        (&["pna"], "PNA"),
        (&["cna"], "CNA"),
        (&["ips"], "IPS"),
        (&["nna"], "NNA"),
        (&["mna"], "MNA"),
        (&["petra"], "Petra"),
        (&["bna"], "BNA"),
        (&["xinhua/afp", "afp/reuters", "reuters/afp"], ""),
    ];
    let lower = t.to_lowercase();
    for (names, canon) in known {
        if names.contains(&lower.as_str()) {
            return Some(if canon.is_empty() {
                t.to_string()
            } else {
                canon.to_string()
            });
        }
    }
    if !lenient {
        return None;
    }
    let words = t.split_whitespace().count();
    let looks = (1..=4).contains(&words)
        && t.len() <= 30
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '&' | '/'));
    looks.then(|| t.to_string())
}

struct Place {
    /// Byte offset of the place in the text it was read from.
    start: usize,
    text: String,
    /// The main part is written in capitals (`KABUL`).
    caps: bool,
    /// A lower-case preposition or article stands right before it.
    after_function_word: bool,
}

/// Lower-case words that may sit inside a place name.
const PARTICLES: &[&str] = &[
    "de", "del", "da", "das", "do", "dos", "du", "des", "di", "el", "al", "es", "au", "aux", "la",
    "le", "les", "y", "of", "the", "on", "upon", "sur", "am", "bin", "ibn", "van", "von", "der",
    "den",
];

/// Words that begin multi-word place names ("New York", "San Salvador").
const PLACE_PREFIXES: &[&str] = &[
    "new",
    "san",
    "santa",
    "santo",
    "sao",
    "são",
    "los",
    "las",
    "la",
    "le",
    "el",
    "al",
    "st",
    "st.",
    "saint",
    "ste",
    "ste.",
    "sankt",
    "port",
    "puerto",
    "porto",
    "fort",
    "ft.",
    "mount",
    "mt.",
    "abu",
    "addis",
    "buenos",
    "rio",
    "kuala",
    "phnom",
    "hong",
    "tel",
    "dar",
    "ho",
    "chi",
    "cape",
    "sri",
    "bandar",
    "seri",
    "kota",
    "ulan",
    "nay",
    "pyi",
    "baton",
    "des",
    "salt",
    "lake",
    "palm",
    "beit",
    "khan",
    "deir",
    "sharm",
    "umm",
    "ras",
    "bir",
    "ain",
    "wadi",
    "kafr",
    "the",
    "east",
    "west",
    "north",
    "south",
    "upper",
    "lower",
    "greater",
    "united",
    "long",
    "costa",
    "gaza",
    "mexico",
    "kuwait",
    "panama",
    "guatemala",
    "vatican",
    "quebec",
    "da",
    "de",
    "do",
    "den",
    "grand",
    "little",
    "johor",
    "corpus",
    "ann",
    "santiago",
    "sierra",
    "tierra",
    "mar",
];

/// Words that end a place name but cannot stand alone ("Mexico City").
const PLACE_SUFFIXES: &[&str] = &[
    "city", "town", "beach", "springs", "spring", "falls", "heights", "hills", "island", "islands",
    "bay", "nations",
];

/// All-caps words that label stories or name organisations, never places.
const NOT_PLACES: &[&str] = &[
    "URGENT",
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "FLASH",
    "ANALYSIS",
    "FACTBOX",
    "INTERVIEW",
    "CORRECTED",
    "CORRECTION",
    "REFILE",
    "WRAPUP",
    "FEATURE",
    "EDITORIAL",
    "OPINION",
    "VIDEO",
    "PHOTOS",
    "PHOTO",
    "LIVE",
    "WATCH",
    "NEWS",
    "ADVISORY",
    "BULLETIN",
    "NATO",
    "UN",
    "EU",
    "US",
    "USA",
    "UK",
    "IMF",
    "AU",
    "ECOWAS",
    "OPEC",
    "ASEAN",
    "WHO",
    "UNICEF",
    "IAEA",
    "BRICS",
    "G7",
    "G20",
    "AFP",
    "AP",
    "REUTERS",
    "BY",
    "AND",
    "THE",
    "TOP",
    "MORE",
    "NEW",
];

/// Lower-case words after which a capitalised word is prose, not a place.
const FUNCTION_WORDS: &[&str] = &[
    "in", "at", "to", "from", "of", "for", "with", "by", "on", "the", "a", "an", "and", "or",
    "near", "into", "toward", "towards", "told", "said", "says",
];

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

fn is_caps_word(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2 || (letters == 1 && w.contains('.'))
}

/// A word that may be part of a place: starts with a capital and holds
/// only letters and `.`, `-`, `/`, `'`, `’`; or a particle joined by a
/// hyphen to such a word (`el-Sheikh`, `al-Balah`).
fn is_place_word(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else { return false };
    if first.is_lowercase() {
        return w
            .split_once('-')
            .is_some_and(|(p, rest)| is_particle(p) && is_place_word(rest));
    }
    first.is_uppercase()
        && cs.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '/' | '\'' | '’'))
}

/// `Ore.`, `N.J.`, `Afghanistan`, `West Germany`, `British Columbia`, `UK`.
fn is_secondary(seg: &str) -> bool {
    if seg.is_empty() || seg.len() > 30 {
        return false;
    }
    let words: Vec<&str> = seg.split(' ').collect();
    if words.len() > 3 {
        return false;
    }
    words
        .iter()
        .enumerate()
        .all(|(i, w)| is_place_word(w) || (i > 0 && is_particle(w)))
}

/// Reads the place that ends `before` (see the module docs).
fn place_before(before: &str, mode: Mode) -> Option<Place> {
    let mut rest = before.trim_end();
    // Regions after the main place, outermost last: ", Ore.", " [India]".
    let mut regions: Vec<String> = Vec::new();
    if rest.ends_with(']')
        && let Some(open) = rest.rfind('[')
    {
        let inner = rest[open + 1..rest.len() - 1].trim();
        if is_secondary(inner) {
            regions.push(format!("[{}]", normalise_words(inner, false)));
            rest = rest[..open].trim_end();
        }
    }
    for _ in 0..2 {
        let Some(comma) = rest.rfind(',') else { break };
        let seg = rest[comma + 1..].trim();
        let head = rest[..comma].trim_end();
        let head_ok = head.rsplit(' ').next().is_some_and(is_place_word);
        if !(is_secondary(seg) && head_ok) {
            break;
        }
        // With a headline before it, a multi-word region is more likely
        // headline than region; a single word (a country, a state) is fine.
        let head_run_at_start = head.split(' ').all(|w| is_place_word(w) || is_particle(w));
        let single = !seg.contains(' ') || seg.contains('.');
        if !(mode == Mode::Field || head_run_at_start || single || seg.split(' ').all(is_caps_word))
        {
            break;
        }
        regions.push(normalise_words(seg, true));
        rest = head;
    }
    regions.reverse();

    // The run of place words that ends `rest`, read backwards.
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut end = rest.len();
    while run.len() < 6 {
        let seg = &rest[..end];
        let start = seg.rfind(' ').map_or(0, |i| i + 1);
        let w = &seg[start..];
        if w.is_empty() {
            break;
        }
        let particle = is_particle(w) && !run.is_empty();
        // A metadata field holds nothing but the place, so case typos
        // ("New york", "La paz") are still the place.
        let any_case = mode == Mode::Field
            && w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        if !(is_place_word(w) || particle || any_case) {
            break;
        }
        run.push((start, w));
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    // A place does not begin with a lower-case particle.
    while run.last().is_some_and(|(_, w)| is_particle(w)) {
        run.pop();
    }
    if run.is_empty() {
        return None;
    }
    run.reverse();
    let run_start = run[0].0;
    let prefix = rest[..run_start].trim_end();
    let n = run.len();
    let last_caps = is_caps_word(run[n - 1].1);

    let take = if mode == Mode::Field {
        n
    } else if last_caps {
        let caps_run = run
            .iter()
            .rev()
            .take_while(|(_, w)| is_caps_word(w) || is_particle(&w.to_lowercase()))
            .count();
        if caps_run <= 4 && (caps_run < n || prefix.is_empty() || !prefix_is_caps(prefix)) {
            caps_run
        } else {
            shortest_place(&run)
        }
    } else {
        // Title case: a headline may precede the place even at the start of
        // the line, so take the shortest plausible place.
        shortest_place(&run)
    };
    let words = &run[n - take..];
    let start = words[0].0;
    let caps = words
        .iter()
        .all(|(_, w)| is_caps_word(w) || is_particle(&w.to_lowercase()));
    if words
        .iter()
        .any(|(_, w)| NOT_PLACES.contains(&w.trim_end_matches('.')))
        && take == 1
    {
        return None;
    }
    if words
        .iter()
        .any(|(_, w)| matches!(*w, "URGENT" | "BREAKING" | "UPDATE" | "EXCLUSIVE"))
    {
        return None;
    }
    let main = &rest[start..];
    if main.len() > 60 || !main.chars().any(char::is_alphabetic) {
        return None;
    }
    let before_word = rest[..start].trim_end().rsplit(' ').next().unwrap_or("");
    let after_function_word = FUNCTION_WORDS.contains(&before_word);
    let mut text = normalise_words(main, false);
    for r in &regions {
        if r.starts_with('[') {
            text.push(' ');
        } else {
            text.push_str(", ");
        }
        text.push_str(r);
    }
    Some(Place {
        start,
        text,
        caps,
        after_function_word,
    })
}

fn prefix_is_caps(prefix: &str) -> bool {
    !prefix.chars().any(char::is_lowercase)
}

/// How many words at the end of `run` make the shortest plausible place:
/// the last word, extended leftwards through words that begin place names
/// (`New`, `San`, `Abu`), over lower-case particles (`Rio de Janeiro`) and
/// before a word that cannot stand alone (`Mexico City`).
fn shortest_place(run: &[(usize, &str)]) -> usize {
    let n = run.len();
    let mut k = 1;
    while k < n {
        let first = run[n - k].1.to_lowercase();
        let left_written = run[n - k - 1].1;
        let left = left_written.to_lowercase();
        if is_particle(left_written) && k + 1 < n {
            // "Dar es Salaam", "Santiago de Compostela": through the particle.
            k += 2;
        } else if (k == 1 && PLACE_SUFFIXES.contains(&first.as_str()))
            || PLACE_PREFIXES.contains(&left.as_str())
        {
            k += 1;
        } else {
            break;
        }
    }
    k.min(n)
}

/// Title-cases words written in capitals; keeps mixed-case words, dotted
/// abbreviations (`N.J.`) and, in regions, short acronyms (`UK`, `UAE`).
/// Particles inside a place go lower case (`Rio de Janeiro`,
/// `Port-au-Prince`, `Dar es Salaam`).
fn normalise_words(s: &str, region: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut first_piece = true;
    for (wi, word) in s.split(' ').enumerate() {
        if wi > 0 {
            out.push(' ');
        }
        let dotted = word.len() >= 2
            && word
                .split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1);
        let short_acronym = region && word.len() <= 3 && !word.contains('.');
        if !is_caps_word(word) || dotted || short_acronym {
            out.push_str(word);
            first_piece = false;
            continue;
        }
        let mut piece = String::new();
        for c in word.chars() {
            if matches!(c, '-' | '/') {
                push_piece(&mut out, &piece, first_piece);
                first_piece = false;
                piece.clear();
                out.push(c);
            } else {
                piece.push(c);
            }
        }
        push_piece(&mut out, &piece, first_piece);
        first_piece = false;
    }
    out
}

fn push_piece(out: &mut String, piece: &str, first: bool) {
    let lower = piece.to_lowercase();
    if !first && is_particle(&lower) {
        out.push_str(&lower);
        return;
    }
    let mut cap_next = true;
    let mut letters_since_apostrophe = 0;
    for c in piece.chars() {
        if cap_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            cap_next = false;
            letters_since_apostrophe += 1;
        } else if c == '\'' || c == '’' {
            out.push(c);
            // N'Djamena, O'Hare: a one-letter prefix keeps the next capital.
            cap_next = letters_since_apostrophe == 1;
            letters_since_apostrophe = 0;
        } else {
            out.extend(c.to_lowercase());
            if c.is_alphabetic() {
                letters_since_apostrophe += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Place, month-day, agency, the text before and the text after.
    type Seen<'a> = (String, Option<(u8, u8)>, Option<String>, &'a str, &'a str);

    /// A line, the place, month-day and agency expected in it.
    type Case<'a> = (&'a str, &'a str, Option<(u8, u8)>, Option<&'a str>);

    fn find(line: &str) -> Option<Seen<'_>> {
        let p = DatelineParser::new();
        p.find_in_line(line).map(|f| {
            (
                f.place,
                f.month_day,
                f.agency,
                &line[..f.start],
                &line[f.end..],
            )
        })
    }

    #[test]
    fn afp_run_together() {
        let (place, md, agency, head, rest) =
            find("Russia and Niger pledge to strengthen military ties Moscow, Jan 16 (AFP) Jan 16, 2024 Russia and")
                .unwrap();
        assert_eq!(place, "Moscow");
        assert_eq!(md, Some((1, 16)));
        assert_eq!(agency.as_deref(), Some("AFP"));
        assert_eq!(
            head.trim(),
            "Russia and Niger pledge to strengthen military ties"
        );
        assert_eq!(rest, " Jan 16, 2024 Russia and");
    }

    #[test]
    fn wire_forms() {
        let cases: &[Case<'_>] = &[
            (
                "WASHINGTON (Reuters) - The U.S. said",
                "Washington",
                None,
                Some("Reuters"),
            ),
            (
                "PARIS, March 3 (AP) — France said",
                "Paris",
                Some((3, 3)),
                Some("AP"),
            ),
            (
                "KABUL, Afghanistan — The Taliban said",
                "Kabul, Afghanistan",
                None,
                None,
            ),
            (
                "LONDON, Feb 26 - Britain said",
                "London",
                Some((2, 26)),
                None,
            ),
            (
                "NAIROBI, Kenya (AP) — Kenya said",
                "Nairobi, Kenya",
                None,
                Some("AP"),
            ),
            (
                "BEIRUT/CAIRO (Reuters) - Talks",
                "Beirut/Cairo",
                None,
                Some("Reuters"),
            ),
            (
                "UNITED NATIONS (AFP) - The council",
                "United Nations",
                None,
                Some("AFP"),
            ),
            (
                "BEIJING, Jan. 16 (Xinhua) -- China said",
                "Beijing",
                Some((1, 16)),
                Some("Xinhua"),
            ),
            (
                "New Delhi [India], Jan 16 (ANI): India said",
                "New Delhi [India]",
                Some((1, 16)),
                Some("ANI"),
            ),
            (
                "PORTLAND, Ore., Feb 26 - A firm said",
                "Portland, Ore.",
                Some((2, 26)),
                None,
            ),
            (
                "RIO DE JANEIRO, March 5 -- Brazil said",
                "Rio de Janeiro",
                Some((3, 5)),
                None,
            ),
            (
                "DAR ES SALAAM, Tanzania (AP) — Officials",
                "Dar es Salaam, Tanzania",
                None,
                Some("AP"),
            ),
            (
                "PORT-AU-PRINCE, Haiti — Gangs",
                "Port-au-Prince, Haiti",
                None,
                None,
            ),
            (
                "N'DJAMENA, Jan 16 (AFP) - Chad",
                "N'Djamena",
                Some((1, 16)),
                Some("AFP"),
            ),
            (
                "AMSTERDAM, 2 March - Dutch",
                "Amsterdam",
                Some((3, 2)),
                None,
            ),
            (
                "MOSCOW, Jan 16, 2024 (AFP) - Russia",
                "Moscow",
                Some((1, 16)),
                Some("AFP"),
            ),
            (
                "ST. LOUIS, Mo., March 2 - A firm",
                "St. Louis, Mo.",
                Some((3, 2)),
                None,
            ),
            (
                "Islamabad, Jan 16 (dpa) - Pakistan",
                "Islamabad",
                Some((1, 16)),
                Some("dpa"),
            ),
        ];
        for (line, place, md, agency) in cases {
            let f = find(line).unwrap_or_else(|| panic!("no dateline in {line:?}"));
            assert_eq!(&f.0, place, "{line}");
            assert_eq!(f.1, *md, "{line}");
            assert_eq!(f.2.as_deref(), *agency, "{line}");
            assert_eq!(f.3, "", "{line}");
        }
    }

    #[test]
    fn headline_runs_into_place() {
        let f = find("Talks resume in Gulf New York, Jan 16 (AFP) Talks").unwrap();
        assert_eq!(
            (f.0.as_str(), f.3.trim()),
            ("New York", "Talks resume in Gulf")
        );
        let f = find("Putin Meets Zeine Moscow, Jan 16 (AFP) Talks").unwrap();
        assert_eq!((f.0.as_str(), f.3.trim()), ("Moscow", "Putin Meets Zeine"));
        let f = find("Quake hits city Mexico City, Jan 16 (AFP) A quake").unwrap();
        assert_eq!(f.0, "Mexico City");
        let f = find("Niger junta expels envoy NIAMEY, Jan 16 (AFP) - The junta").unwrap();
        assert_eq!(
            (f.0.as_str(), f.3.trim()),
            ("Niamey", "Niger junta expels envoy")
        );
        let f = find("Envoy heads to Tanzania Dar es Salaam, Jan 16 (AFP) Talks").unwrap();
        assert_eq!(f.0, "Dar es Salaam");
    }

    #[test]
    fn false_datelines() {
        // "(AFP)" inside a sentence.
        assert!(find("Russia's defence ministry told AFP (AFP) it agreed.").is_none());
        assert!(find("Officials in Moscow (AFP) said talks went well.").is_none());
        assert!(find("Talks in Moscow (AFP) - a summary").is_none());
        // A caps label, an organisation.
        assert!(find("URGENT - Russia and Niger agree").is_none());
        assert!(find("NATO - Russia tensions rise").is_none());
        // A month-day that is not a dateline.
        assert!(find("He said that in Moscow, Jan 16 was cold and wet").is_none());
        // A caps word in a title-case headline with a dash.
        assert!(find("Russia Slams THE West - officials").is_none());
    }

    #[test]
    fn metadata_fields() {
        let p = DatelineParser::new();
        let f = |s: &str| p.parse_field(s).map(|d| (d.place, d.month_day));
        assert_eq!(
            f("    SALVADOR, Feb 26 - "),
            Some(("Salvador".into(), Some((2, 26))))
        );
        assert_eq!(
            f("    RIO DE JANEIRO, Feb 26 - Brazil's anti- "),
            Some(("Rio de Janeiro".into(), Some((2, 26))))
        );
        assert_eq!(
            f("    ALBANY, N.Y., Marc 3 - "),
            Some(("Albany, N.Y.".into(), Some((3, 3))))
        );
        assert_eq!(
            f("    LAKE SUCCESS, N.Y. March 3 - "),
            Some(("Lake Success, N.Y.".into(), Some((3, 3))))
        );
        assert_eq!(
            f("    CHEVY CHASE, Md., - March 4 - "),
            Some(("Chevy Chase, Md.".into(), Some((3, 4))))
        );
        assert_eq!(
            f("****SANTO DOMINGO, March 4 - "),
            Some(("Santo Domingo".into(), Some((3, 4))))
        );
        assert_eq!(
            f("    WOODBRIDGE, N.J. - "),
            Some(("Woodbridge, N.J.".into(), None))
        );
        assert_eq!(
            f("    Caracas, feb 26 - "),
            Some(("Caracas".into(), Some((2, 26))))
        );
        assert_eq!(
            f("    OAK BROOK, ILL., Mar 2 - "),
            Some(("Oak Brook, Ill.".into(), Some((3, 2))))
        );
        assert_eq!(
            f("    New york, March 2 - "),
            Some(("New york".into(), Some((3, 2))))
        );
        assert_eq!(
            f("    RENO, Nev., Mach 4 - "),
            Some(("Reno, Nev.".into(), Some((3, 4))))
        );
        assert_eq!(
            f("    ROSEMONT, Ill., Macrh 31 - "),
            Some(("Rosemont, Ill.".into(), Some((3, 31))))
        );
        assert_eq!(f(""), None);
        assert_eq!(f(" - "), None);
    }

    #[test]
    fn agencies() {
        assert_eq!(
            agency_name("Agence France-Presse", false).as_deref(),
            Some("AFP")
        );
        assert_eq!(
            agency_name("The Associated Press", false).as_deref(),
            Some("AP")
        );
        assert_eq!(agency_name("REUTERS", false).as_deref(), Some("Reuters"));
        assert_eq!(agency_name("Nigerien Press", false), None);
        assert_eq!(
            agency_name("Nigerien Press", true).as_deref(),
            Some("Nigerien Press")
        );
        assert_eq!(agency_name("local time", true), None);
    }
}
