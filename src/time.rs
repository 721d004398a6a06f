//! Dates in text: month and weekday names, absolute dates ("Jan 16, 2024",
//! "16 January 2024", "2024-01-16") and relative expressions ("on Tuesday",
//! "last December", "last year", "yesterday") resolved against a
//! publication date.
//!
//! Takes text and an anchor [`Date`]; gives [`Date`]s, their
//! [`DatePrecision`] and the byte span of the expression that stated them.
//! Calendar arithmetic is our own (days since 1970-01-01, proleptic
//! Gregorian), so nothing here allocates beyond a token buffer.
//!
//! Invariants: resolution never looks at the wall clock; the same text and
//! anchor always give the same date; no input makes these functions panic
//! (impossible dates such as "Feb 30" are simply not dates).
//!
//! How [`event_date`] reads a sentence (the rules, in one place):
//! - It returns the **first** date expression of the sentence that is not
//!   governed by a preposition that makes it a boundary rather than the
//!   event's date (`since`, `until`, `till`, `through`, `before`, `after`,
//!   `by`, `from`, `to`). Picking the expression attached to the main verb
//!   would need a parse; the first one is right in the common wire pattern
//!   "X did Y on Tuesday".
//! - Month and weekday names must be capitalised (so the modal "may" and
//!   the noun "march" are not dates). A month name alone needs a cue: a year
//!   after it, or `in`/`during`/`last`/`next`/`this`/`early`/`late`/`mid-`
//!   before it.
//! - Past is the default reading. A **future cue** in the expression's
//!   clause (`will`, `shall`, `would`, `won't`, `'ll`, `due`, `scheduled`,
//!   `upcoming`, `planned`, `plans`, `expected`, `set to`) flips bare
//!   weekdays, bare month names and yearless month-days to the future. The
//!   clause is the stretch between commas, semicolons, colons, dashes or
//!   brackets; an expression that opens the sentence ("On Friday, X will
//!   …") borrows the clause that follows it.
//! - Weekdays: "Tuesday"/"on Tuesday" is the most recent Tuesday on or
//!   before the anchor (the same day when the anchor is a Tuesday, as wire
//!   copy uses it), or the first on or after it in the future reading;
//!   "last Tuesday" is strictly before, "next Tuesday" strictly after,
//!   "this Tuesday" on or after.
//! - "today", "tonight", "this morning" → the anchor; "yesterday", "last
//!   night" → the day before; "tomorrow" → the day after.
//! - Weeks have no precision of their own: "last week" is the anchor minus
//!   seven days ("a week ago"), "next week" plus seven, "this week" the
//!   anchor, all with day precision. "N days/weeks ago" likewise.
//! - Months: "last December" is December of the anchor's year when December
//!   is before the anchor's month, else of the year before; "in March" is
//!   the most recent March on or before the anchor's month (the next one on
//!   or after it in the future reading); "next March" is strictly after.
//!   "last/this/next month", "N months ago" are month-precise. A month has
//!   its first day as its date.
//! - Years: "last year", "a year ago", "this year", "next year", "in 2019"
//!   are year-precise with January 1 as the date.
//! - A month-day without year ("on January 5", "Jan. 5", "5 January") is in
//!   the anchor's year, or the year before when that would put it more than
//!   31 days after the anchor (the year after when it would be more than 31
//!   days before the anchor and the clause has a future cue).

use crate::model::{Date, DatePrecision, Span, days_in_month};

/// A date expression found in a text and what it resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    pub precision: DatePrecision,
    /// Byte span of the expression within the searched text.
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Calendar arithmetic

/// Days since 1970-01-01 (negative before it).
pub fn to_days(d: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let m = i64::from(d.month);
    let y = i64::from(d.year) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01; `None` outside the years `Date` holds.
pub fn from_days(days: i64) -> Option<Date> {
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some(Date::new(i16::try_from(year).ok()?, month as u8, day as u8))
}

/// `d` plus `n` days.
pub fn add_days(d: Date, n: i64) -> Option<Date> {
    from_days(to_days(d).checked_add(n)?)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday.
    (to_days(d) + 3).rem_euclid(7) as u8
}

/// A checked date: `None` unless the day exists in that month and year.
pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(Date::new(year, month, day))
}

/// The first day of the month `delta` months from `d`'s month.
fn month_start(d: Date, delta: i32) -> Option<Date> {
    let index = i32::from(d.year) * 12 + i32::from(d.month) - 1 + delta;
    ymd(index.div_euclid(12), (index.rem_euclid(12) + 1) as u32, 1)
}

fn year_start(year: i32) -> Option<Date> {
    ymd(year, 1, 1)
}

// ---------------------------------------------------------------------------
// Names

fn lower_ascii<const N: usize>(word: &str) -> Option<([u8; N], usize)> {
    let b = word.as_bytes();
    if b.len() > N || !word.is_ascii() {
        return None;
    }
    let mut buf = [0u8; N];
    for (o, c) in buf.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    Some((buf, b.len()))
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a name or abbreviation stands for, any case, with or without
/// a final dot: `Jan`, `Jan.`, `January`, `Sept`, `SEPT.`.
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let (buf, n) = lower_ascii::<9>(w)?;
    let m = match &buf[..n] {
        b"jan" | b"january" => 1,
        b"feb" | b"february" => 2,
        b"mar" | b"march" => 3,
        b"apr" | b"april" => 4,
        b"may" => 5,
        b"jun" | b"june" => 6,
        b"jul" | b"july" => 7,
        b"aug" | b"august" => 8,
        b"sep" | b"sept" | b"september" => 9,
        b"oct" | b"october" => 10,
        b"nov" | b"november" => 11,
        b"dec" | b"december" => 12,
        _ => return None,
    };
    Some(m)
}

/// Like [`month_number`], and also any prefix of three letters or more of a
/// month's full name (`Marc`, `Apri`, `Febr`): typewritten datelines have
/// such truncations.
pub fn month_number_lenient(word: &str) -> Option<u8> {
    if let Some(m) = month_number(word) {
        return Some(m);
    }
    let w = word.strip_suffix('.').unwrap_or(word);
    let (buf, n) = lower_ascii::<9>(w)?;
    if n < 3 {
        return None;
    }
    let w = &buf[..n];
    if let Some(i) = MONTH_NAMES
        .iter()
        .position(|full| full.as_bytes().starts_with(w))
    {
        return Some(i as u8 + 1);
    }
    // One typing slip in a name of four letters or more ("Narch", "Mach",
    // "Macrh", "Marchg"), when it points at a single month.
    if n < 4 {
        return None;
    }
    let mut hits = MONTH_NAMES
        .iter()
        .enumerate()
        .filter(|(_, full)| full.len() >= 4 && one_slip(w, full.as_bytes()));
    match (hits.next(), hits.next()) {
        (Some((i, _)), None) => Some(i as u8 + 1),
        _ => None,
    }
}

/// Whether `a` becomes `b` by at most one substitution, insertion,
/// deletion or swap of neighbours.
fn one_slip(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            a[p + 1..] == b[p + 1..]
                || (p + 1 < la && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..])
        }
        std::cmp::Ordering::Less => a[p..] == b[p + 1..],
        std::cmp::Ordering::Greater => a[p + 1..] == b[p..],
    }
}

/// True when `word` is a month's full name (or `Sept`), any case: the forms
/// that may stand alone in prose ("in March") without a day number.
fn is_full_month_name(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    MONTH_NAMES.iter().any(|m| m.eq_ignore_ascii_case(w)) || w.eq_ignore_ascii_case("sept")
}

/// The weekday (0 = Monday) a name or abbreviation stands for, any case:
/// `Tuesday`, `Tue`, `Tues.`, `Thurs`.
pub fn weekday_number(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let (buf, n) = lower_ascii::<9>(w)?;
    let d = match &buf[..n] {
        b"mon" | b"monday" => 0,
        b"tue" | b"tues" | b"tuesday" => 1,
        b"wed" | b"weds" | b"wednesday" => 2,
        b"thu" | b"thur" | b"thurs" | b"thursday" => 3,
        b"fri" | b"friday" => 4,
        b"sat" | b"saturday" => 5,
        b"sun" | b"sunday" => 6,
        _ => return None,
    };
    Some(d)
}

/// A weekday's full name only (prose does not abbreviate them, and `Sun`,
/// `Sat`, `Wed` are also other words).
fn full_weekday(word: &str) -> Option<u8> {
    let d = weekday_number(word)?;
    let full = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    full[d as usize].eq_ignore_ascii_case(word).then_some(d)
}

// ---------------------------------------------------------------------------
// Absolute dates

/// A date as written, before any year is supplied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    pub year: Option<i16>,
    pub month: u8,
    pub day: u8,
    /// Bytes consumed from the start of the parsed text.
    pub len: usize,
}

impl DateParts {
    /// The full date, with `year` when the text gave none.
    pub fn with_year(self, year: i16) -> Option<Date> {
        ymd(
            i32::from(self.year.unwrap_or(year)),
            u32::from(self.month),
            u32::from(self.day),
        )
    }
}

/// How strictly [`parse_date_parts`] reads month names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthNames {
    /// Names and standard abbreviations, any case (datelines, stamps).
    AnyCase,
    /// Names and abbreviations starting with a capital (running prose).
    Capitalised,
    /// Also truncations and typos' prefixes (`Marc`, `Apri`), any case.
    Lenient,
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn spaces(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
        self.i - start
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// An ASCII letter run.
    fn word(&mut self) -> Option<&'a str> {
        let b = self.s.as_bytes();
        let start = self.i;
        while self.i < b.len() && b[self.i].is_ascii_alphabetic() {
            self.i += 1;
        }
        (self.i > start).then(|| &self.s[start..self.i])
    }

    /// A run of 1..=`max` ASCII digits not followed by another digit.
    fn digits(&mut self, max: usize) -> Option<(u32, usize)> {
        let b = self.s.as_bytes();
        let start = self.i;
        let mut v: u32 = 0;
        while self.i < b.len() && b[self.i].is_ascii_digit() {
            if self.i - start == max {
                self.i = start;
                return None;
            }
            v = v * 10 + u32::from(b[self.i] - b'0');
            self.i += 1;
        }
        (self.i > start).then_some((v, self.i - start))
    }

    /// True at the end of a word: end of text or a non-alphanumeric byte.
    fn at_boundary(&self) -> bool {
        self.peek().is_none_or(|c| !c.is_ascii_alphanumeric())
    }
}

fn read_month(c: &mut Cursor<'_>, names: MonthNames) -> Option<u8> {
    let save = c.i;
    let Some(w) = c.word() else {
        c.i = save;
        return None;
    };
    let m = match names {
        MonthNames::AnyCase => month_number(w),
        MonthNames::Capitalised => {
            if w.as_bytes()[0].is_ascii_uppercase() {
                month_number(w)
            } else {
                None
            }
        }
        MonthNames::Lenient => month_number_lenient(w),
    };
    match m {
        Some(m) => {
            // "Jan." keeps its dot; "December." ends a sentence.
            if !MONTH_NAMES.iter().any(|f| f.eq_ignore_ascii_case(w)) {
                c.eat(b'.');
            }
            Some(m)
        }
        None => {
            c.i = save;
            None
        }
    }
}

fn read_day(c: &mut Cursor<'_>) -> Option<u8> {
    let save = c.i;
    let (d, _) = c.digits(2)?;
    // "16th", "1st": the suffix belongs to the day.
    let after_num = c.i;
    if let Some(w) = c.word() {
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| o.eq_ignore_ascii_case(w));
        if !ordinal {
            c.i = save;
            return None;
        }
    } else {
        c.i = after_num;
    }
    if !(1..=31).contains(&d) || !c.at_boundary() {
        c.i = save;
        return None;
    }
    Some(d as u8)
}

fn read_year(c: &mut Cursor<'_>) -> Option<i16> {
    let save = c.i;
    match c.digits(4) {
        Some((y, 4)) if (1000..=2999).contains(&y) && c.at_boundary() => {
            // "2,000" is a number, not a year.
            if c.peek() == Some(b',')
                && c.s
                    .as_bytes()
                    .get(c.i + 1)
                    .is_some_and(|b| b.is_ascii_digit())
            {
                c.i = save;
                return None;
            }
            Some(y as i16)
        }
        _ => {
            c.i = save;
            None
        }
    }
}

/// An optional `, 2024` / ` 2024` after a month-day.
fn read_opt_year(c: &mut Cursor<'_>) -> Option<i16> {
    let save = c.i;
    c.spaces();
    c.eat(b',');
    c.spaces();
    match read_year(c) {
        Some(y) => Some(y),
        None => {
            c.i = save;
            None
        }
    }
}

/// Parses a date at the very start of `s`: `2024-01-16`, `Jan 16, 2024`,
/// `January 16 2024`, `Jan. 16`, `16 January 2024`, `16th of January`,
/// `26-FEB-1987`, each optionally led by a weekday (`Tuesday, Jan 16`).
/// The year may be missing; the day is checked against the month (against
/// a leap year when the year is missing).
pub fn parse_date_parts(s: &str, names: MonthNames) -> Option<DateParts> {
    let mut c = Cursor { s, i: 0 };
    if let Some(p) = iso_date(&mut c) {
        return Some(p);
    }
    c.i = 0;
    // Optional weekday: "Tuesday, Jan 16", "Tue 16 Jan".
    if let Some(w) = c.word() {
        let cap_ok = names != MonthNames::Capitalised || w.as_bytes()[0].is_ascii_uppercase();
        if cap_ok && weekday_number(w).is_some() {
            c.eat(b'.');
            c.eat(b',');
            if c.spaces() == 0 {
                return None;
            }
        } else {
            c.i = 0;
        }
    }
    let start = c.i;
    let parts = month_first(&mut c, names).or_else(|| {
        c.i = start;
        day_first(&mut c, names)
    })?;
    let check_year = parts.year.unwrap_or(2000);
    if parts.day > days_in_month(check_year, parts.month) {
        return None;
    }
    Some(parts)
}

fn iso_date(c: &mut Cursor<'_>) -> Option<DateParts> {
    let y = read_year(c)?;
    if !c.eat(b'-') {
        return None;
    }
    let (m, 2) = c.digits(2)? else { return None };
    if !c.eat(b'-') {
        return None;
    }
    let (d, 2) = c.digits(2)? else { return None };
    if c.peek()
        .is_some_and(|b| b.is_ascii_alphabetic() && b != b'T')
    {
        return None;
    }
    let date = ymd(i32::from(y), m, d)?;
    Some(DateParts {
        year: Some(y),
        month: date.month,
        day: date.day,
        len: c.i,
    })
}

fn month_first(c: &mut Cursor<'_>, names: MonthNames) -> Option<DateParts> {
    let month = read_month(c, names)?;
    if c.spaces() == 0 {
        // "Jan16" is not a date.
        return None;
    }
    let day = read_day(c)?;
    let year = read_opt_year(c);
    Some(DateParts {
        year,
        month,
        day,
        len: c.i,
    })
}

fn day_first(c: &mut Cursor<'_>, names: MonthNames) -> Option<DateParts> {
    let day = read_day(c)?;
    // Reuters' own stamp: 26-FEB-1987.
    if c.eat(b'-') {
        let month = read_month(c, MonthNames::AnyCase)?;
        if !c.eat(b'-') {
            return None;
        }
        let year = read_year(c)?;
        return Some(DateParts {
            year: Some(year),
            month,
            day,
            len: c.i,
        });
    }
    if c.spaces() == 0 {
        return None;
    }
    let save = c.i;
    if let Some(w) = c.word() {
        if w.eq_ignore_ascii_case("of") && c.spaces() > 0 {
        } else {
            c.i = save;
        }
    }
    let month = read_month(c, names)?;
    let save = c.i;
    let year = if c.spaces() > 0 || c.peek() == Some(b',') {
        read_opt_year(c)
    } else {
        None
    };
    if year.is_none() {
        c.i = save;
    }
    Some(DateParts {
        year,
        month,
        day,
        len: c.i,
    })
}

/// A full date (with year) at the start of `s`, and the bytes it took.
pub fn parse_date_prefix(s: &str) -> Option<(Date, usize)> {
    let p = parse_date_parts(s, MonthNames::AnyCase)?;
    let year = p.year?;
    Some((p.with_year(year)?, p.len))
}

/// Parses a whole string as a date: ISO first, then the written forms,
/// ignoring a trailing time (`26-FEB-1987 15:01:01.79`,
/// `2024-01-16T10:00:00Z`, `Jan 16, 2024 10:30 GMT`).
pub fn parse_date_str(s: &str) -> Option<Date> {
    let s = s.trim();
    Date::parse_iso(s).or_else(|| parse_date_prefix(s).map(|(d, _)| d))
}

/// The first full date (with a year) written anywhere in `s`.
pub fn find_full_date(s: &str) -> Option<(Date, Span)> {
    let b = s.as_bytes();
    let mut prev_alnum = false;
    for (i, &c) in b.iter().enumerate() {
        let alnum = c.is_ascii_alphanumeric();
        if alnum
            && !prev_alnum
            && (c.is_ascii_digit() || c.is_ascii_uppercase())
            && let Some((d, len)) = s.get(i..).and_then(parse_date_prefix)
        {
            return Some((d, Span::new(i, i + len)));
        }
        prev_alnum = alnum || c >= 0x80;
    }
    None
}

/// Resolves a month-day without a year against `anchor`: the anchor's year,
/// unless that puts it more than 31 days after the anchor (then the year
/// before) or, when `future`, more than 31 days before it (then the year
/// after; a future date may lie up to eleven months ahead).
pub fn resolve_month_day(month: u8, day: u8, anchor: Date, future: bool) -> Option<Date> {
    let y = i32::from(anchor.year);
    let a = to_days(anchor);
    let this = ymd(y, u32::from(month), u32::from(day));
    if let Some(d) = this {
        let diff = to_days(d) - a;
        if future && diff < -31 {
            return ymd(y + 1, u32::from(month), u32::from(day));
        }
        if !future && diff > 31 {
            return ymd(y - 1, u32::from(month), u32::from(day));
        }
        return Some(d);
    }
    // Feb 29 outside a leap year: the nearest leap year in the right direction.
    if future {
        (1..=8).find_map(|k| ymd(y + k, u32::from(month), u32::from(day)))
    } else {
        (1..=8).find_map(|k| ymd(y - k, u32::from(month), u32::from(day)))
    }
}

// ---------------------------------------------------------------------------
// Event dates

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Words (letters with inner apostrophes: `won't`, `Tuesday's`), digit
/// runs, and single punctuation characters.
fn lex(s: &str, out: &mut Vec<Tok>) {
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphabetic() {
                    end = j + d.len_utf8();
                    it.next();
                } else if is_apostrophe(d) {
                    let k = j + d.len_utf8();
                    if s[k..].chars().next().is_some_and(char::is_alphabetic) {
                        end = k;
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: i,
                end,
                kind: Kind::Word,
            });
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = it.peek() {
                if d.is_ascii_digit() {
                    end = j + 1;
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: i,
                end,
                kind: Kind::Num,
            });
        } else {
            out.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                kind: Kind::Punct,
            });
        }
    }
}

/// Words before an expression that make it a boundary of something else
/// ("since Tuesday", "until March") rather than the event's own date.
const GUARDS: &[&str] = &[
    "since", "until", "till", "through", "before", "after", "by", "from", "to",
];

const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "would",
    "won't",
    "won’t",
    "due",
    "scheduled",
    "upcoming",
    "planned",
    "plans",
    "expected",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rel {
    None,
    Last,
    Next,
    This,
}

struct Ctx<'a> {
    s: &'a str,
    toks: &'a [Tok],
    anchor: Date,
}

impl<'a> Ctx<'a> {
    fn text(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.s[t.start..t.end]
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.kind == Kind::Word).then(|| &self.s[t.start..t.end])
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn is_word_in(&self, i: usize, list: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|x| list.iter().any(|w| x.eq_ignore_ascii_case(w)))
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.s[t.start..t.end].starts_with(c))
    }

    fn is_boundary(&self, i: usize) -> bool {
        let t = self.toks[i];
        t.kind == Kind::Punct
            && matches!(
                &self.s[t.start..t.end],
                "," | ";" | ":" | "(" | ")" | "[" | "]" | "—" | "–" | "\"" | "“" | "”"
            )
    }

    /// The token index whose start is at byte `pos` or later.
    fn tok_at_or_after(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    fn is_future_cue(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if FUTURE_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            return true;
        }
        let lower_ends = |suf: &str| {
            w.len() > suf.len()
                && w.is_char_boundary(w.len() - suf.len())
                && w[w.len() - suf.len()..].eq_ignore_ascii_case(suf)
        };
        if lower_ends("'ll") || lower_ends("’ll") {
            return true;
        }
        w.eq_ignore_ascii_case("set") && self.is_word(i + 1, "to")
    }

    /// Whether the clause holding tokens `first..end` speaks of the future.
    fn future(&self, first: usize, end: usize) -> bool {
        let mut i = first;
        let mut empty_before = true;
        while i > 0 {
            i -= 1;
            if self.is_boundary(i) {
                break;
            }
            empty_before = false;
            if self.is_future_cue(i) {
                return true;
            }
        }
        let mut j = end;
        // "… on Friday will …": the cue may follow in the same clause.
        // An opening expression ("On Friday, X will …") borrows the next
        // clause.
        let mut crossed = false;
        while j < self.toks.len() {
            if self.is_boundary(j) {
                if crossed || !empty_before {
                    break;
                }
                crossed = true;
                j += 1;
                continue;
            }
            if self.is_future_cue(j) {
                return true;
            }
            j += 1;
        }
        false
    }
}

fn found(ctx: &Ctx<'_>, first: usize, end: usize, date: Date, p: DatePrecision) -> FoundDate {
    let span = Span::new(ctx.toks[first].start, ctx.toks[end - 1].end);
    FoundDate {
        date,
        precision: p,
        span,
    }
}

/// Most recent weekday `wd` on or before `a` (`strict`: before).
fn weekday_back(a: Date, wd: u8, strict: bool) -> Option<Date> {
    let mut back = (i64::from(weekday(a)) - i64::from(wd)).rem_euclid(7);
    if strict && back == 0 {
        back = 7;
    }
    add_days(a, -back)
}

/// First weekday `wd` on or after `a` (`strict`: after).
fn weekday_forward(a: Date, wd: u8, strict: bool) -> Option<Date> {
    let mut fwd = (i64::from(wd) - i64::from(weekday(a))).rem_euclid(7);
    if strict && fwd == 0 {
        fwd = 7;
    }
    add_days(a, fwd)
}

/// A small count written out or in digits: "a", "one" … "twelve", "3".
pub(crate) fn small_number(w: &str) -> Option<i64> {
    const WORDS: [&str; 13] = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if w.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    WORDS
        .iter()
        .position(|x| x.eq_ignore_ascii_case(w))
        .map(|i| i.max(1) as i64)
        .or_else(|| w.parse::<i64>().ok().filter(|n| (1..=1000).contains(n)))
}

/// Tries the core of a date expression at token `j`. `first` is where the
/// expression (with its modifiers) began, `rel` the last/next/this read.
fn core_at(ctx: &Ctx<'_>, first: usize, j: usize, rel: Rel, cued: bool) -> Option<FoundDate> {
    use DatePrecision::{Day, Month, Year};
    let a = ctx.anchor;
    let tok = *ctx.toks.get(j)?;

    // Written dates: "January 5", "Jan. 5, 2024", "5 January", "2024-01-16",
    // "Tuesday, Jan. 16".
    if rel == Rel::None
        && let Some(p) = parse_date_parts(&ctx.s[tok.start..], MonthNames::Capitalised)
    {
        let end_byte = tok.start + p.len;
        let end = ctx.tok_at_or_after(end_byte).max(j + 1);
        let date = match p.year {
            Some(_) => p.with_year(a.year)?,
            None => resolve_month_day(p.month, p.day, a, ctx.future(first, end))?,
        };
        return Some(found(ctx, first, end, date, Day));
    }

    let word = ctx.word(j);
    if let Some(w) = word {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let bare = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);

        if capital && let Some(wd) = full_weekday(bare) {
            let date = match rel {
                Rel::Last => weekday_back(a, wd, true)?,
                Rel::Next => weekday_forward(a, wd, true)?,
                Rel::This => weekday_forward(a, wd, false)?,
                Rel::None if ctx.future(first, j + 1) => weekday_forward(a, wd, false)?,
                Rel::None => weekday_back(a, wd, false)?,
            };
            return Some(found(ctx, first, j + 1, date, Day));
        }

        if capital && is_full_month_name(w) && !(bare != w && w.starts_with("May")) {
            let m = month_number(w)?;
            // "March 2023": the year makes it a date on its own.
            let mut k = j + 1;
            if ctx.is_punct(k, '.') {
                k += 1;
            }
            if ctx.toks.get(k).is_some_and(|t| t.kind == Kind::Num)
                && let Ok(y) = ctx.text(k).parse::<i32>()
                && ctx.text(k).len() == 4
                && (1000..=2999).contains(&y)
            {
                return Some(found(ctx, first, k + 1, ymd(y, u32::from(m), 1)?, Month));
            }
            if !(cued || rel != Rel::None) {
                return None;
            }
            let y = i32::from(a.year);
            let year = match rel {
                Rel::Last if m < a.month => y,
                Rel::Last => y - 1,
                Rel::Next if m > a.month => y,
                Rel::Next => y + 1,
                Rel::This => y,
                Rel::None if ctx.future(first, j + 1) => {
                    if m >= a.month {
                        y
                    } else {
                        y + 1
                    }
                }
                Rel::None if m <= a.month => y,
                Rel::None => y - 1,
            };
            return Some(found(ctx, first, j + 1, ymd(year, u32::from(m), 1)?, Month));
        }

        let lw = |x: &str| w.eq_ignore_ascii_case(x);
        if rel == Rel::None {
            let off = if lw("yesterday") {
                Some(-1)
            } else if lw("today") || lw("tonight") || lw("today's") || lw("tonight's") {
                Some(0)
            } else if lw("tomorrow") || lw("tomorrow's") {
                Some(1)
            } else {
                None
            };
            if let Some(off) = off {
                return Some(found(ctx, first, j + 1, add_days(a, off)?, Day));
            }
        }
        if rel != Rel::None {
            let sign = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            if lw("night") && rel != Rel::Next {
                return Some(found(ctx, first, j + 1, add_days(a, sign.min(0))?, Day));
            }
            if (lw("morning") || lw("afternoon") || lw("evening")) && rel == Rel::This {
                return Some(found(ctx, first, j + 1, a, Day));
            }
            if lw("week") {
                return Some(found(ctx, first, j + 1, add_days(a, 7 * sign)?, Day));
            }
            if lw("month") {
                return Some(found(
                    ctx,
                    first,
                    j + 1,
                    month_start(a, sign as i32)?,
                    Month,
                ));
            }
            if lw("year") {
                let y = year_start(i32::from(a.year) + sign as i32)?;
                return Some(found(ctx, first, j + 1, y, Year));
            }
        }
        if lw("weekend") && (rel != Rel::None || ctx.is_word(j.wrapping_sub(1), "the")) {
            let date = match rel {
                Rel::Last => weekday_back(a, 5, true)?,
                Rel::Next => weekday_forward(a, 5, true)?,
                Rel::This if weekday(a) >= 5 => weekday_back(a, 5, false)?,
                Rel::This => weekday_forward(a, 5, false)?,
                Rel::None if ctx.future(first, j + 1) => weekday_forward(a, 5, false)?,
                Rel::None => weekday_back(a, 5, false)?,
            };
            return Some(found(ctx, first, j + 1, date, Day));
        }
    }

    // "two days ago", "a year ago", "3 weeks ago".
    if rel == Rel::None
        && let Some(n) = small_number(ctx.text(j))
        && let Some(unit) = ctx.word(j + 1)
        && ctx.is_word(j + 2, "ago")
    {
        let u = unit.to_ascii_lowercase();
        let u = u.strip_suffix('s').unwrap_or(&u);
        let (date, p) = match u {
            "day" => (add_days(a, -n)?, Day),
            "week" => (add_days(a, -7 * n)?, Day),
            "month" => (month_start(a, -i32::try_from(n).ok()?)?, Month),
            "year" => (
                year_start(i32::from(a.year) - i32::try_from(n).ok()?)?,
                Year,
            ),
            _ => return None,
        };
        return Some(found(ctx, first, j + 3, date, p));
    }

    // "in 2019".
    if cued
        && rel == Rel::None
        && tok.kind == Kind::Num
        && tok.end - tok.start == 4
        && let Ok(y) = ctx.text(j).parse::<i32>()
        && (1000..=2999).contains(&y)
        && !ctx.is_punct(j + 1, ',')
    {
        return Some(found(ctx, first, j + 1, year_start(y)?, Year));
    }
    None
}

/// Reads an expression starting at token `i`: optional `on`/`in`/`during`,
/// optional `early`/`late`/`mid-`/`earlier`/`later`, optional
/// `last`/`next`/`this`, then the core.
fn expression_at(ctx: &Ctx<'_>, i: usize) -> Option<FoundDate> {
    let mut j = i;
    let mut cued = false;
    if ctx.is_word_in(j, &["on", "in", "during", "at", "over"]) {
        cued = !ctx.is_word(j, "on") && !ctx.is_word(j, "at") && !ctx.is_word(j, "over");
        j += 1;
        // "at the weekend", "over the weekend".
        if ctx.is_word(j, "the") && ctx.is_word(j + 1, "weekend") {
            j += 1;
        }
    }
    if ctx.is_word_in(j, &["early", "late", "earlier", "later"]) {
        cued = true;
        j += 1;
    } else if ctx.is_word(j, "mid") {
        cued = true;
        j += 1;
        if ctx.is_punct(j, '-') {
            j += 1;
        }
    }
    let rel = if ctx.is_word(j, "last") || ctx.is_word(j, "past") {
        Rel::Last
    } else if ctx.is_word(j, "next") || ctx.is_word(j, "coming") {
        Rel::Next
    } else if ctx.is_word(j, "this") {
        Rel::This
    } else {
        Rel::None
    };
    if rel != Rel::None {
        j += 1;
    }
    if j == i {
        return core_at(ctx, i, i, Rel::None, false);
    }
    // The modifiers only count when a core follows; else try the bare word.
    core_at(ctx, i, j, rel, cued)
}

/// The event date a sentence states, resolved against `anchor` (the
/// publication date). `None` when the sentence names no date. See the
/// module documentation for the rules.
pub fn event_date(sentence: &str, anchor: Date) -> Option<FoundDate> {
    let mut toks = Vec::with_capacity(sentence.len() / 4 + 1);
    lex(sentence, &mut toks);
    let ctx = Ctx {
        s: sentence,
        toks: &toks,
        anchor,
    };
    let mut i = 0;
    while i < toks.len() {
        if ctx.is_word_in(i, GUARDS) {
            // Skip the guarded expression whole, so that "since last year"
            // does not yield "last year".
            if let Some(f) = expression_at(&ctx, i + 1) {
                i = ctx.tok_at_or_after(f.span.end as usize);
                continue;
            }
            i += 1;
            continue;
        }
        if let Some(f) = expression_at(&ctx, i) {
            return Some(f);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TUE: Date = Date::new(2024, 1, 16);

    fn ev(s: &str, anchor: Date) -> Option<(String, DatePrecision, &str)> {
        event_date(s, anchor).map(|f| (f.date.to_string(), f.precision, &s[f.span.range()]))
    }

    fn day(s: &str) -> Option<String> {
        ev(s, TUE).map(|(d, _, _)| d)
    }

    #[test]
    fn arithmetic_round_trips() {
        for d in [
            Date::new(1970, 1, 1),
            Date::new(2000, 2, 29),
            Date::new(1987, 2, 26),
            Date::new(2024, 12, 31),
            Date::new(1600, 3, 1),
        ] {
            assert_eq!(from_days(to_days(d)), Some(d));
        }
        assert_eq!(to_days(Date::new(1970, 1, 1)), 0);
        assert_eq!(
            add_days(Date::new(2024, 2, 28), 1),
            Some(Date::new(2024, 2, 29))
        );
        assert_eq!(
            add_days(Date::new(2024, 1, 1), -1),
            Some(Date::new(2023, 12, 31))
        );
        assert_eq!(weekday(TUE), 1);
        assert_eq!(weekday(Date::new(1987, 2, 26)), 3);
        assert_eq!(add_days(Date::new(32767, 12, 31), 1), None);
    }

    #[test]
    fn names() {
        assert_eq!(month_number("Jan"), Some(1));
        assert_eq!(month_number("Jan."), Some(1));
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("september"), Some(9));
        assert_eq!(month_number("Janu"), None);
        assert_eq!(month_number_lenient("Marc"), Some(3));
        assert_eq!(month_number_lenient("APri"), Some(4));
        assert_eq!(month_number_lenient("Ma"), None);
        assert_eq!(month_number_lenient("Narch"), Some(3));
        assert_eq!(month_number_lenient("Mach"), Some(3));
        assert_eq!(month_number_lenient("Macrh"), Some(3));
        assert_eq!(month_number_lenient("Marchg"), Some(3));
        assert_eq!(month_number_lenient("Jne"), None);
        assert_eq!(month_number_lenient("Juny"), None);
        assert_eq!(month_number_lenient("Xyzzy"), None);
        assert_eq!(month_number("Mär"), None);
        assert_eq!(weekday_number("Tues."), Some(1));
        assert_eq!(weekday_number("thursday"), Some(3));
        assert_eq!(weekday_number("Sunny"), None);
    }

    #[test]
    fn absolute_forms() {
        let d = |s: &str| parse_date_prefix(s).map(|(d, n)| (d.to_string(), n));
        assert_eq!(d("Jan 16, 2024 Russia"), Some(("2024-01-16".into(), 12)));
        assert_eq!(d("January 16, 2024"), Some(("2024-01-16".into(), 16)));
        assert_eq!(d("Jan. 16 2024"), Some(("2024-01-16".into(), 12)));
        assert_eq!(d("16 January 2024"), Some(("2024-01-16".into(), 15)));
        assert_eq!(d("16th of January, 2024"), Some(("2024-01-16".into(), 21)));
        assert_eq!(d("2024-01-16T09:00Z"), Some(("2024-01-16".into(), 10)));
        assert_eq!(
            d("Tuesday, January 16, 2024"),
            Some(("2024-01-16".into(), 25))
        );
        assert_eq!(
            d("26-FEB-1987 15:01:01.79"),
            Some(("1987-02-26".into(), 11))
        );
        assert_eq!(d("Feb 30, 2024"), None);
        assert_eq!(d("Jan 16 2,000 troops"), None);
        assert_eq!(d("Jan16, 2024"), None);
        assert_eq!(d("16 Januaryx 2024"), None);
        let p = parse_date_parts("Jan. 5 (AFP)", MonthNames::AnyCase).unwrap();
        assert_eq!((p.year, p.month, p.day, p.len), (None, 1, 5, 6));
        assert!(parse_date_parts("jan 5", MonthNames::Capitalised).is_none());
        assert_eq!(
            parse_date_str("26-FEB-1987 15:01:01.79"),
            Some(Date::new(1987, 2, 26))
        );
        assert_eq!(
            find_full_date("Updated on 16 January 2024 at noon").map(|(d, s)| (d, s.start)),
            Some((TUE, 11))
        );
    }

    #[test]
    fn weekdays_resolve_to_the_past() {
        assert_eq!(
            day("Russia and Niger agreed on Tuesday to cooperate."),
            Some("2024-01-16".into())
        );
        assert_eq!(
            day("The ministry said Monday it had agreed."),
            Some("2024-01-15".into())
        );
        assert_eq!(
            day("Talks were held on Wednesday."),
            Some("2024-01-10".into())
        );
        assert_eq!(
            day("Rebels attacked the town last Tuesday."),
            Some("2024-01-09".into())
        );
        assert_eq!(
            day("Officials met late Sunday night."),
            Some("2024-01-14".into())
        );
        assert_eq!(
            day("Sunday's vote was peaceful."),
            Some("2024-01-14".into())
        );
    }

    #[test]
    fn future_cues_turn_weekdays_forward() {
        assert_eq!(
            day("Putin will meet Zeine on Friday."),
            Some("2024-01-19".into())
        );
        assert_eq!(
            day("On Friday, Putin will meet Zeine."),
            Some("2024-01-19".into())
        );
        assert_eq!(
            day("The talks, which are due on Thursday, matter."),
            Some("2024-01-18".into())
        );
        assert_eq!(
            day("Zeine, who arrived Monday, will meet Putin."),
            Some("2024-01-15".into())
        );
        assert_eq!(
            day("Ministers will meet next Tuesday."),
            Some("2024-01-23".into())
        );
        assert_eq!(
            day("The summit will open on Tuesday."),
            Some("2024-01-16".into())
        );
    }

    #[test]
    fn relative_words() {
        let e = |s| ev(s, TUE);
        assert_eq!(
            e("Troops withdrew yesterday."),
            Some(("2024-01-15".into(), DatePrecision::Day, "yesterday"))
        );
        assert_eq!(
            e("Today, Niger said"),
            Some(("2024-01-16".into(), DatePrecision::Day, "Today"))
        );
        assert_eq!(
            e("They will vote tomorrow."),
            Some(("2024-01-17".into(), DatePrecision::Day, "tomorrow"))
        );
        assert_eq!(
            e("Shots were fired last night."),
            Some(("2024-01-15".into(), DatePrecision::Day, "last night"))
        );
        assert_eq!(
            e("He visited Paris last week."),
            Some(("2024-01-09".into(), DatePrecision::Day, "last week"))
        );
        assert_eq!(
            e("They met next week."),
            Some(("2024-01-23".into(), DatePrecision::Day, "next week"))
        );
        assert_eq!(
            e("Prices rose last month."),
            Some(("2023-12-01".into(), DatePrecision::Month, "last month"))
        );
        assert_eq!(
            e("The coup happened last year."),
            Some(("2023-01-01".into(), DatePrecision::Year, "last year"))
        );
        assert_eq!(
            e("The coup happened a year ago."),
            Some(("2023-01-01".into(), DatePrecision::Year, "a year ago"))
        );
        assert_eq!(
            e("They clashed two days ago."),
            Some(("2024-01-14".into(), DatePrecision::Day, "two days ago"))
        );
        assert_eq!(
            e("They clashed 3 weeks ago."),
            Some(("2023-12-26".into(), DatePrecision::Day, "3 weeks ago"))
        );
        assert_eq!(
            e("Earlier this year, talks failed."),
            Some((
                "2024-01-01".into(),
                DatePrecision::Year,
                "Earlier this year"
            ))
        );
        assert_eq!(
            e("Protests erupted over the weekend."),
            Some(("2024-01-13".into(), DatePrecision::Day, "over the weekend"))
        );
    }

    #[test]
    fn months() {
        let e = |s| ev(s, TUE);
        assert_eq!(
            e("A delegation went to Niger last December."),
            Some(("2023-12-01".into(), DatePrecision::Month, "last December"))
        );
        assert_eq!(
            e("It happened last January."),
            Some(("2023-01-01".into(), DatePrecision::Month, "last January"))
        );
        assert_eq!(
            ev("It happened last March.", Date::new(2024, 6, 2)).map(|x| x.0),
            Some("2024-03-01".into())
        );
        assert_eq!(
            e("The talks began in March."),
            Some(("2023-03-01".into(), DatePrecision::Month, "in March"))
        );
        assert_eq!(
            e("Elections will be held in March."),
            Some(("2024-03-01".into(), DatePrecision::Month, "in March"))
        );
        assert_eq!(
            e("The vote was held in early March 2022."),
            Some((
                "2022-03-01".into(),
                DatePrecision::Month,
                "in early March 2022"
            ))
        );
        assert_eq!(
            e("Troops left in mid-January."),
            Some(("2024-01-01".into(), DatePrecision::Month, "in mid-January"))
        );
        assert_eq!(
            e("Troops left in 2019."),
            Some(("2019-01-01".into(), DatePrecision::Year, "in 2019"))
        );
        // The modal and the noun are not months; nor is a surname.
        assert_eq!(e("Niger may march on the capital."), None);
        assert_eq!(e("Prime Minister May said the talks failed."), None);
        assert_eq!(e("The March on Rome is remembered."), None);
    }

    #[test]
    fn month_days() {
        let e = |s| ev(s, TUE);
        assert_eq!(
            e("The accord was signed on January 5."),
            Some(("2024-01-05".into(), DatePrecision::Day, "on January 5"))
        );
        assert_eq!(
            e("It was signed Jan. 5 in Niamey."),
            Some(("2024-01-05".into(), DatePrecision::Day, "Jan. 5"))
        );
        assert_eq!(
            e("It was signed on 28 December."),
            Some(("2023-12-28".into(), DatePrecision::Day, "on 28 December"))
        );
        assert_eq!(
            e("It was signed on Dec. 28, 2022."),
            Some(("2022-12-28".into(), DatePrecision::Day, "on Dec. 28, 2022"))
        );
        assert_eq!(
            e("Polls open on March 10."),
            Some(("2023-03-10".into(), DatePrecision::Day, "on March 10"))
        );
        assert_eq!(
            e("Polls will open on March 10."),
            Some(("2024-03-10".into(), DatePrecision::Day, "on March 10"))
        );
        assert_eq!(
            ev("It was signed on Jan. 3.", Date::new(2023, 12, 20)).map(|x| x.0),
            Some("2023-01-03".into())
        );
        assert_eq!(
            ev("It will be signed on Jan. 3.", Date::new(2023, 12, 20)).map(|x| x.0),
            Some("2024-01-03".into())
        );
        assert_eq!(
            e("On Tuesday, Jan. 9, troops left."),
            Some((
                "2024-01-09".into(),
                DatePrecision::Day,
                "On Tuesday, Jan. 9"
            ))
        );
    }

    #[test]
    fn first_expression_wins_and_guards_skip() {
        let e = |s| ev(s, TUE);
        assert_eq!(
            e("Zeine, installed after the coup last year, arrived on Tuesday.").map(|x| x.2),
            Some("last year")
        );
        assert_eq!(
            e("Niger has courted Moscow since last year and signed a deal on Monday.").map(|x| x.2),
            Some("on Monday")
        );
        assert_eq!(e("The curfew lasts until Friday."), None);
        assert_eq!(
            e("Niger ended security agreements with the European Union."),
            None
        );
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for s in [
            "",
            " ",
            "’",
            "on",
            "last",
            "in 99999",
            "Jan. 99",
            "5 ago",
            "mid-",
            "Tuesday’s",
            "2024-13-45",
            "Feb 29",
            "à Tuesday é",
            "\u{0}",
        ] {
            let _ = event_date(s, TUE);
            let _ = find_full_date(s);
            let _ = event_date(s, Date::new(32767, 12, 31));
            let _ = event_date(s, Date::new(-32768, 1, 1));
        }
        assert_eq!(
            ev("On Feb 29 they met.", Date::new(2023, 3, 5)).map(|x| x.0),
            Some("2020-02-29".into())
        );
    }
}
