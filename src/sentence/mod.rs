//! Sentences and tokens: an article's clean text in, [`Sentence`] spans and
//! [`Token`](crate::model::Token)s out.
//!
//! The splitter takes clean text as `extract` gives it (paragraphs separated
//! by newlines) and makes one pass over its bytes, stopping only at `.`,
//! `?`, `!`, `…` and newlines. At a stop it looks a few bytes back (the word
//! before the dot) and a few bytes ahead (the next word), never further, so
//! the cost is linear in the text.
//!
//! Where it splits:
//! - after `.`, `?`, `!` or an ellipsis followed by whitespace, taking any
//!   closing quotes and brackets right after the mark into the sentence
//!   (`… forces."`), unless the next word starts in lower case (`"Why?" he
//!   asked`);
//! - not after a title or other prefix abbreviation (`Gen.`, `Dr.`, `St.`,
//!   `No. 5`, `vs.`, `e.g.`), nor after a month abbreviation before a number
//!   (`Jan. 16`), nor inside numbers (`3.5`);
//! - after an acronym (`U.S.`), a lower-case abbreviation (`a.m.`), an
//!   initial (`W.`) or a suffix abbreviation (`Inc.`, `Ltd.`, `Jr.`,
//!   `Calif.`) only when the next word is a capitalised common sentence
//!   starter (`The`, `He`, `But`, …) or an opening quote: "sanctions on the
//!   U.S. The ministry said" splits, "the U.S. Army" and "George W. Bush" do
//!   not, nor does "the U.S. And Japan" (wire copy capitalises the word
//!   after an acronym; "And" and "Or" seldom open a sentence);
//! - at every paragraph break. A blank line always breaks; a single newline
//!   breaks too, except where it plainly wraps a line (the line ends in a
//!   letter, digit, comma or hyphen and the next starts in lower case). So
//!   a headline line without final punctuation is its own sentence.
//!
//! Invariants: sentences are in order, do not overlap, are trimmed of
//! surrounding whitespace, are never empty, and are numbered 0..n.

mod tokenize;

pub use tokenize::{tokenize, tokenize_into};

use rustc_hash::FxHashSet;

use crate::model::{Sentence, Span};

/// Abbreviations that precede a name or number and never end a sentence.
const PREFIXES: &[&str] = &[
    "mr", "mrs", "ms", "mmes", "messrs", "mme", "mlle", "dr", "drs", "prof", "gen", "gens", "lt",
    "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "brig", "lieut", "sen",
    "sens", "rep", "reps", "gov", "govs", "pres", "rev", "hon", "amb", "atty", "supt", "insp",
    "det", "fr", "sr", "st", "ste", "mt", "ft", "vs", "v", "cf", "approx", "vol", "art", "fig",
    "sec", "dept", "nr", "pp", "esp", "gov't",
];

/// Abbreviations that often end a sentence: split after them only before a
/// common sentence starter.
const SUFFIXES: &[&str] = &[
    "inc", "corp", "ltd", "co", "jr", "bros", "plc", "llc", "etc", "al", "ave", "blvd", "rd",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// Abbreviations that only precede a number (`No. 5`); elsewhere they are
/// words ("he said no.").
const NUMBER_PREFIXES: &[&str] = &["no", "nos", "art", "para", "ch", "p"];

/// Capitalised words that begin sentences far more often than they follow
/// an abbreviation inside one. Lower case here.
const STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "in",
    "on",
    "at",
    "as",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "although",
    "though",
    "however",
    "meanwhile",
    "also",
    "then",
    "now",
    "later",
    "earlier",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "one",
    "two",
    "three",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "according",
    "under",
    "despite",
    "during",
    "with",
    "without",
    "from",
    "for",
    "last",
    "next",
    "another",
    "such",
    "other",
    "no",
    "not",
    "still",
    "even",
    "instead",
    "indeed",
    "thus",
    "yesterday",
    "today",
    "separately",
    "further",
    "moreover",
    "nevertheless",
    "nonetheless",
    "because",
    "until",
    "once",
    "among",
    "about",
    "over",
];

/// A sentence splitter, built once.
pub struct Splitter {
    prefixes: FxHashSet<&'static str>,
    suffixes: FxHashSet<&'static str>,
    number_prefixes: FxHashSet<&'static str>,
    starters: FxHashSet<&'static str>,
}

impl Default for Splitter {
    fn default() -> Self {
        Self::new()
    }
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{bb}' | '\u{203a}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}' | '\u{2039}'
    )
}

fn is_space_not_newline(c: char) -> bool {
    c.is_whitespace() && c != '\n'
}

/// What the word before a dot looks like.
enum Before {
    /// Nothing usable (a number, punctuation, a long or non-ASCII word).
    Other,
    /// `U.S`, `a.m`, `J.R.R`: single letters between dots; `eg` for the
    /// Latin `e.g`/`i.e`, which always continue the sentence.
    Dotted { eg: bool },
    /// One capital letter: an initial.
    Initial,
    /// A short ASCII word, lower-cased into `buf[..len]`.
    Word { buf: [u8; 12], len: usize },
}

impl Splitter {
    pub fn new() -> Splitter {
        Splitter {
            prefixes: PREFIXES.iter().copied().collect(),
            suffixes: SUFFIXES.iter().copied().collect(),
            number_prefixes: NUMBER_PREFIXES.iter().copied().collect(),
            starters: STARTERS.iter().copied().collect(),
        }
    }

    /// The sentences of `text`, as spans into it.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::with_capacity(text.len() / 100 + 1);
        let b = text.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => {
                    if newline_breaks(text, i) {
                        push_trimmed(text, start, i, &mut out);
                        start = i + 1;
                    }
                    i += 1;
                }
                b'.' | b'?' | b'!' | 0xE2 => {
                    // A run of terminal marks: "?!", "...", "…".
                    let mut j = i;
                    let mut dots = 0;
                    let mut qe = false;
                    loop {
                        match b.get(j) {
                            Some(b'.') => {
                                dots += 1;
                                j += 1;
                            }
                            Some(b'?' | b'!') => {
                                qe = true;
                                j += 1;
                            }
                            Some(0xE2) if text[j..].starts_with('\u{2026}') => {
                                dots += 3;
                                j += 3;
                            }
                            _ => break,
                        }
                    }
                    if j == i {
                        // A non-ellipsis multibyte character.
                        i += 1;
                        continue;
                    }
                    let mut end = j;
                    while let Some(c) = text[end..].chars().next().filter(|&c| is_closer(c)) {
                        end += c.len_utf8();
                    }
                    let mark = if qe {
                        Mark::QuestionOrBang
                    } else if dots > 1 {
                        Mark::Ellipsis
                    } else {
                        Mark::Dot
                    };
                    if self.is_boundary(text, start, i, end, mark) {
                        push_trimmed(text, start, end, &mut out);
                        start = end;
                        i = end;
                    } else {
                        i = j;
                    }
                }
                _ => i += 1,
            }
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }

    /// Whether the marks at `mark_start..` (closers through `end`) end the
    /// sentence that began at `start`.
    fn is_boundary(
        &self,
        text: &str,
        start: usize,
        mark_start: usize,
        end: usize,
        mark: Mark,
    ) -> bool {
        let rest = &text[end..];
        let Some(first) = rest.chars().next() else {
            return true;
        };
        if !first.is_whitespace() {
            // "3.5", "U.S.-led", "example.com", "Yahoo!'s".
            return false;
        }
        let after = rest.trim_start_matches(is_space_not_newline);
        let Some(next) = after.chars().next() else {
            return true;
        };
        if next == '\n' {
            return true;
        }
        let opens_quote = is_opener(next);
        let word = next_word(after);
        let word_cap = word.chars().next().is_some_and(char::is_uppercase);
        let starts_lower = word.chars().next().is_some_and(char::is_lowercase) && !opens_quote;
        let starter = word_cap && self.is_starter(word);
        match mark {
            Mark::QuestionOrBang => !starts_lower,
            Mark::Ellipsis => word_cap || opens_quote,
            Mark::Dot => {
                let next_digit = next.is_ascii_digit();
                match word_before(text, start, mark_start) {
                    Before::Other => !starts_lower,
                    Before::Dotted { eg: true } => false,
                    // Wire copy capitalises the word after "U.S." ("the
                    // U.S. And Japan"); a sentence seldom opens on "and"
                    // or "or", so those continue it.
                    Before::Dotted { eg: false } => {
                        (starter && !is_coordinator(word)) || opens_quote
                    }
                    Before::Initial => starter || opens_quote,
                    Before::Word { buf, len } => {
                        let lw = std::str::from_utf8(&buf[..len]).unwrap_or("");
                        if self.prefixes.contains(lw) {
                            return false;
                        }
                        if self.number_prefixes.contains(lw) && next_digit {
                            return false;
                        }
                        if next_digit && is_month_abbreviation(lw) {
                            return false;
                        }
                        if self.suffixes.contains(lw) {
                            return starter || opens_quote;
                        }
                        !starts_lower
                    }
                }
            }
        }
    }

    fn is_starter(&self, word: &str) -> bool {
        let mut buf = [0u8; 16];
        let b = word.as_bytes();
        if b.len() > buf.len() || !word.is_ascii() {
            return false;
        }
        for (o, c) in buf.iter_mut().zip(b) {
            *o = c.to_ascii_lowercase();
        }
        std::str::from_utf8(&buf[..b.len()]).is_ok_and(|w| self.starters.contains(w))
    }
}

/// "And", "Or": coordinators that join what comes before rather than
/// open a sentence.
fn is_coordinator(word: &str) -> bool {
    word.eq_ignore_ascii_case("and") || word.eq_ignore_ascii_case("or")
}

#[derive(Clone, Copy)]
enum Mark {
    Dot,
    Ellipsis,
    QuestionOrBang,
}

/// `jan`, `feb`, …, `sept`: abbreviations only, not full names such as
/// `may`, `june` (a full name before a number is still a date, but it
/// carries no dot of its own).
fn is_month_abbreviation(lw: &str) -> bool {
    matches!(
        lw,
        "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// The letters of the word that starts `s` (after opening quotes).
fn next_word(s: &str) -> &str {
    let s = s.trim_start_matches(is_opener);
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The word ending at `dot` (exclusive), classified. Looks back at most 24
/// bytes and never before `start`.
fn word_before(text: &str, start: usize, dot: usize) -> Before {
    let b = text.as_bytes();
    let lo = start.max(dot.saturating_sub(24));
    let mut k = dot;
    while k > lo {
        let c = b[k - 1];
        if c.is_ascii_whitespace() || matches!(c, b'(' | b'[' | b'"' | b'\'' | b'/') {
            break;
        }
        k -= 1;
    }
    if k == lo && lo > start && !b[k - 1].is_ascii_whitespace() {
        return Before::Other;
    }
    // A curly opening quote ("“Dr") is multibyte: the byte scan keeps it.
    let w = text.get(k..dot).unwrap_or("").trim_start_matches(is_opener);
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return Before::Initial;
    }
    if w.is_empty() || !w.is_ascii() {
        return Before::Other;
    }
    let wb = w.as_bytes();
    if wb.len() == 1 && wb[0].is_ascii_uppercase() {
        return Before::Initial;
    }
    let dotted = wb.len() >= 3
        && wb.iter().enumerate().all(|(n, &c)| {
            if n % 2 == 0 {
                c.is_ascii_alphabetic()
            } else {
                c == b'.'
            }
        });
    if dotted {
        let eg = w.eq_ignore_ascii_case("e.g") || w.eq_ignore_ascii_case("i.e");
        return Before::Dotted { eg };
    }
    if wb.len() > 12 || !wb.iter().all(|c| c.is_ascii_alphabetic() || *c == b'\'') {
        return Before::Other;
    }
    let mut buf = [0u8; 12];
    for (o, c) in buf.iter_mut().zip(wb) {
        *o = c.to_ascii_lowercase();
    }
    Before::Word { buf, len: wb.len() }
}

/// Whether the newline at `nl` ends a sentence (see the module docs).
fn newline_breaks(text: &str, nl: usize) -> bool {
    let before = text[..nl].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let after = text[nl + 1..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    if before.ends_with('\n') || before.is_empty() || after.starts_with('\n') || after.is_empty() {
        return true;
    }
    let last = before.chars().next_back();
    let first = after.chars().next();
    let wraps = last.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-')
        && first.is_some_and(char::is_lowercase);
    !wraps
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            index: out.len() as u32,
            span: Span::new(start + lead, end - trail),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let s = Splitter::new().split(text);
        for (n, x) in s.iter().enumerate() {
            assert_eq!(x.index as usize, n);
        }
        s.iter().map(|x| &text[x.span.range()]).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Russia agreed. Niger agreed too."),
            ["Russia agreed.", "Niger agreed too."]
        );
    }

    #[test]
    fn question_and_exclamation() {
        assert_eq!(
            split("Will they agree? Nobody knows! Talks go on."),
            ["Will they agree?", "Nobody knows!", "Talks go on."]
        );
    }

    #[test]
    fn month_abbreviations_before_numbers() {
        assert_eq!(
            split("On Jan. 16 the talks began. Feb. 3 is next."),
            ["On Jan. 16 the talks began.", "Feb. 3 is next."]
        );
        assert_eq!(
            split("It ended in Sept. 2023 after a year."),
            ["It ended in Sept. 2023 after a year."]
        );
    }

    #[test]
    fn titles() {
        assert_eq!(
            split("Gen. Abdourahamane Tiani met Lt. Col. Ibro Amadou. Dr. Sani spoke."),
            [
                "Gen. Abdourahamane Tiani met Lt. Col. Ibro Amadou.",
                "Dr. Sani spoke."
            ]
        );
        assert_eq!(
            split("Mr. and Mrs. Smith met Ms. Jones and Prof. Lee."),
            ["Mr. and Mrs. Smith met Ms. Jones and Prof. Lee."]
        );
        assert_eq!(
            split("Sen. Warren and Rep. Omar wrote to Gov. Newsom."),
            ["Sen. Warren and Rep. Omar wrote to Gov. Newsom."]
        );
    }

    #[test]
    fn places_with_abbreviations() {
        assert_eq!(
            split("They met in St. Petersburg near Mt. Elbrus."),
            ["They met in St. Petersburg near Mt. Elbrus."]
        );
    }

    #[test]
    fn company_suffixes() {
        assert_eq!(
            split("Acme Inc. said profits rose."),
            ["Acme Inc. said profits rose."]
        );
        assert_eq!(
            split("It sold shares to Acme Corp. The deal closed."),
            ["It sold shares to Acme Corp.", "The deal closed."]
        );
        assert_eq!(
            split("Shares of Orano Ltd. rose, as did Areva Co. Niger said no."),
            ["Shares of Orano Ltd. rose, as did Areva Co. Niger said no."]
        );
    }

    #[test]
    fn numbers_and_vs() {
        assert_eq!(
            split("He lives at No. 10 and won 3.5 percent vs. 2.1 percent."),
            ["He lives at No. 10 and won 3.5 percent vs. 2.1 percent."]
        );
        assert_eq!(
            split("Asked if he agreed, he said no. The talks ended."),
            ["Asked if he agreed, he said no.", "The talks ended."]
        );
    }

    #[test]
    fn latin_abbreviations() {
        assert_eq!(
            split("Some states, e.g. Mali, left. Others, i.e. Chad, stayed."),
            [
                "Some states, e.g. Mali, left.",
                "Others, i.e. Chad, stayed."
            ]
        );
        assert_eq!(
            split("Guns, tanks, etc. were sent. Troops followed."),
            ["Guns, tanks, etc. were sent.", "Troops followed."]
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            split("The blast came at 10 a.m. Tuesday in the capital."),
            ["The blast came at 10 a.m. Tuesday in the capital."]
        );
        assert_eq!(
            split("The blast came at 10 a.m. The police arrived later."),
            ["The blast came at 10 a.m.", "The police arrived later."]
        );
        assert_eq!(
            split("Curfew starts at 9 p.m. and ends at dawn."),
            ["Curfew starts at 9 p.m. and ends at dawn."]
        );
    }

    #[test]
    fn acronyms_inside_sentences() {
        assert_eq!(
            split("The U.S. Army and the U.N. Security Council met."),
            ["The U.S. Army and the U.N. Security Council met."]
        );
        assert_eq!(
            split("The U.K. and E.U. officials met."),
            ["The U.K. and E.U. officials met."]
        );
        assert_eq!(split("U.S.-led forces left."), ["U.S.-led forces left."]);
        // Wire copy capitalises the word after an acronym.
        assert_eq!(
            split("Japan, the U.S. And Canada agreed. The U.K. Or France may."),
            [
                "Japan, the U.S. And Canada agreed.",
                "The U.K. Or France may."
            ]
        );
    }

    #[test]
    fn acronyms_ending_sentences() {
        assert_eq!(
            split("Niger imposed sanctions on the U.S. The ministry said so."),
            [
                "Niger imposed sanctions on the U.S.",
                "The ministry said so."
            ]
        );
        assert_eq!(
            split("Troops came from the U.K. But they left."),
            ["Troops came from the U.K.", "But they left."]
        );
        assert_eq!(
            split("He flew to the U.S. \"We agreed,\" he said."),
            ["He flew to the U.S.", "\"We agreed,\" he said."]
        );
    }

    #[test]
    fn initials() {
        assert_eq!(
            split("George W. Bush met J. R. R. Tolkien's heirs."),
            ["George W. Bush met J. R. R. Tolkien's heirs."]
        );
        assert_eq!(
            split("Speaker John A. Smith said he would go."),
            ["Speaker John A. Smith said he would go."]
        );
        assert_eq!(
            split("Talks moved to Plan B. The vote failed."),
            ["Talks moved to Plan B.", "The vote failed."]
        );
    }

    #[test]
    fn quotations_ending_sentences() {
        assert_eq!(
            split(
                "Moscow will help \"increase the readiness of Niger's armed forces.\" In a separate meeting, they talked."
            ),
            [
                "Moscow will help \"increase the readiness of Niger's armed forces.\"",
                "In a separate meeting, they talked."
            ]
        );
        assert_eq!(
            split("He said: \u{201c}We agree.\u{201d} Then he left."),
            ["He said: \u{201c}We agree.\u{201d}", "Then he left."]
        );
    }

    #[test]
    fn quotations_inside_sentences() {
        assert_eq!(
            split("\"We agree,\" he said. \"Why?\" she asked."),
            ["\"We agree,\" he said.", "\"Why?\" she asked."]
        );
        assert_eq!(
            split("'It is over!' the minister said."),
            ["'It is over!' the minister said."]
        );
    }

    #[test]
    fn opening_quote_after_period() {
        assert_eq!(
            split("He spoke. \"We will fight,\" he said."),
            ["He spoke.", "\"We will fight,\" he said."]
        );
    }

    #[test]
    fn parentheses() {
        assert_eq!(
            split("The deal was signed (after long talks.) It holds."),
            ["The deal was signed (after long talks.)", "It holds."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("We waited... and waited. Then it came."),
            ["We waited... and waited.", "Then it came."]
        );
        assert_eq!(
            split("We waited\u{2026} Then it came."),
            ["We waited\u{2026}", "Then it came."]
        );
        assert_eq!(split("It ended... The end."), ["It ended...", "The end."]);
    }

    #[test]
    fn headline_line_is_its_own_sentence() {
        assert_eq!(
            split(
                "Russia and Niger pledge to strengthen military ties\nRussia and Niger agreed on Tuesday."
            ),
            [
                "Russia and Niger pledge to strengthen military ties",
                "Russia and Niger agreed on Tuesday."
            ]
        );
    }

    #[test]
    fn paragraph_breaks_always_end() {
        assert_eq!(
            split("First paragraph without stop\n\nsecond starts lower."),
            ["First paragraph without stop", "second starts lower."]
        );
        assert_eq!(split("One.\nTwo.\n\n\nThree."), ["One.", "Two.", "Three."]);
    }

    #[test]
    fn wrapped_lines_join() {
        assert_eq!(
            split("The minister said the talks\nwould resume, officials said."),
            ["The minister said the talks\nwould resume, officials said."]
        );
    }

    #[test]
    fn no_final_punctuation() {
        assert_eq!(split("  Talks went on  "), ["Talks went on"]);
    }

    #[test]
    fn empty_and_blank() {
        assert!(split("").is_empty());
        assert!(split("   \n\n  \t ").is_empty());
        assert_eq!(split("..."), ["..."]);
    }

    #[test]
    fn urls_and_decimals_do_not_split() {
        assert_eq!(
            split("See afp.com for 2.5 million details. Done."),
            ["See afp.com for 2.5 million details.", "Done."]
        );
    }

    #[test]
    fn sentences_starting_with_numbers() {
        assert_eq!(
            split("Troops left in 2023. 2024 began calmly."),
            ["Troops left in 2023.", "2024 began calmly."]
        );
    }

    #[test]
    fn unicode_text() {
        assert_eq!(
            split("Côte d'Ivoire a signé. Le Niger aussi — à Niamey."),
            ["Côte d'Ivoire a signé.", "Le Niger aussi — à Niamey."]
        );
        assert_eq!(split("É. Macron spoke."), ["É. Macron spoke."]);
    }

    #[test]
    fn state_abbreviations() {
        assert_eq!(
            split("He was born in Portland, Ore. The city grew."),
            ["He was born in Portland, Ore.", "The city grew."]
        );
        assert_eq!(
            split("A plant in Calif. Gov. Smith visited it."),
            ["A plant in Calif. Gov. Smith visited it."]
        );
    }

    #[test]
    fn spans_are_trimmed_in_order_and_disjoint() {
        let text = "  A one. \n B two?  C three!\n\n";
        let s = Splitter::new().split(text);
        assert_eq!(s.len(), 3);
        for w in s.windows(2) {
            assert!(w[0].span.end <= w[1].span.start);
        }
        for x in &s {
            let t = &text[x.span.range()];
            assert_eq!(t, t.trim());
            assert!(!t.is_empty());
        }
    }

    #[test]
    fn odd_inputs() {
        let sp = Splitter::new();
        for t in [
            "\u{2026}",
            ".\n.",
            "!!!",
            "\"",
            "a.b.c.",
            "U.S.",
            "Mr.",
            "\n\n\n",
            "\u{e2}x",
            "e\u{301}. A",
            "\u{1F600}. Ok.",
        ] {
            let s = sp.split(t);
            for x in &s {
                assert!(!t[x.span.range()].trim().is_empty());
            }
        }
    }
}
