//! TABARI's text filter and words: a record's text becomes a list of
//! upper-cased words, each with its byte span in the original text, so that
//! events can still point at their evidence.
//!
//! Takes the text of one record (one "sentence" for the linear coder);
//! gives [`Word`]s. The filter: `/* … */` is removed; `;` `:` `(` `)`
//! become commas; a comma between two digits disappears (`50,000`), any
//! other comma is a word of its own; `.` stays between digits and after a
//! capital (`11.8`, `U.S.`); `'` and `$` stay inside words; `"` is a word
//! of its own; every other ASCII punctuation mark (hyphens, underscores,
//! `&`, `?`, brackets) is a blank. A word of 64 characters or more is cut
//! as TABARI cuts it.
//!
//! Invariants: spans are on character boundaries of the input; at most
//! [`MAX_WORDS`] words are kept; capitalisation flags are only set when the
//! record has a lower-case letter (an all-capitals record ignores them).

use crate::dict::normalize;
use crate::model::Span;

/// TABARI keeps at most this many words of a record.
pub const MAX_WORDS: usize = 126;
/// TABARI's literal buffer: a word reaching this many characters is cut.
const LIT_SIZE: usize = 64;

/// What kind of word the filter produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Word,
    Comma,
    /// `"` (a word of its own, which breaks adjacency).
    Quote,
}

/// How a word was capitalised in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    None,
    /// The first capitalised word of the record.
    Initial,
    /// A later capitalised word.
    Mid,
}

/// A filtered word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Upper-cased (and, for non-ASCII text, normalised) word.
    pub text: String,
    pub span: Span,
    pub kind: WordKind,
    pub cap: Cap,
}

/// The filter's output for one record.
#[derive(Clone, Debug, Default)]
pub struct Filtered {
    pub words: Vec<Word>,
    /// No lower-case letter outside comments.
    pub all_caps: bool,
}

/// One character of the filtered stream: a word character with where it
/// came from, or a word break.
enum Out {
    Ch(char, usize, usize),
    Break,
    Comma(usize, usize),
    Quote(usize, usize),
}

/// Filters `text` into words.
pub fn filter(text: &str) -> Filtered {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let end_of = |i: usize| chars.get(i + 1).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::with_capacity(chars.len() + 8);
    let mut all_caps = true;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_lowercase() {
            all_caps = false;
        }
        if c == '/' && at(i + 1) == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i].1 == '*' && at(i + 1) == Some('/')) {
                i += 1;
            }
            i += 2;
            continue;
        }
        let e = end_of(i);
        let prev = if i > 0 { at(i - 1) } else { None };
        let next = at(i + 1);
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        if c.is_ascii_punctuation() {
            match c {
                ';' | ':' | '(' | ')' => out.push(Out::Comma(b, e)),
                ',' if digit(prev) && digit(next) => {}
                ',' => out.push(Out::Comma(b, e)),
                '.' if digit(prev) && digit(next) => out.push(Out::Ch('.', b, e)),
                '.' if prev.is_some_and(|p| p.is_ascii_uppercase()) => out.push(Out::Ch('.', b, e)),
                '\'' | '$' => out.push(Out::Ch(c, b, e)),
                '"' => out.push(Out::Quote(b, e)),
                _ => out.push(Out::Break),
            }
        } else if c.is_whitespace() {
            out.push(Out::Break);
        } else if matches!(c, '\u{2018}' | '\u{2019}' | '\u{02bc}') {
            out.push(Out::Ch(c, b, e));
        } else if matches!(
            c,
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
        ) {
            out.push(Out::Quote(b, e));
        } else if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2026}' | '\u{2022}') {
            // Typographic dashes and ellipses are blanks, as their ASCII
            // counterparts are.
            out.push(Out::Break);
        } else {
            out.push(Out::Ch(c, b, e));
        }
        i += 1;
    }

    let mut words = Vec::new();
    let mut cur = String::new();
    let mut span: Option<(usize, usize)> = None;
    let mut count = 0;
    let flush = |cur: &mut String, span: &mut Option<(usize, usize)>, words: &mut Vec<Word>| {
        if let Some((s, e)) = span.take() {
            let first_upper = text[s..e].chars().next().is_some_and(char::is_uppercase);
            let raw = std::mem::take(cur);
            words.push(Word {
                // ASCII letters were upper-cased on the way in.
                text: if raw.is_ascii() { raw } else { fold(&raw) },
                span: Span::new(s, e),
                kind: WordKind::Word,
                cap: if first_upper { Cap::Mid } else { Cap::None },
            });
        }
        cur.clear();
    };
    for o in out {
        match o {
            Out::Ch(c, s, e) => {
                count += 1;
                if count >= LIT_SIZE {
                    // TABARI blanks the 63rd character and starts a new word.
                    let last = cur.pop();
                    if let (Some(l), Some((s0, e0))) = (last, span) {
                        let cut = e0 - l.len_utf8();
                        span = Some((s0, cut));
                    }
                    flush(&mut cur, &mut span, &mut words);
                    count = 1;
                }
                cur.push(c.to_ascii_uppercase());
                span = Some(span.map_or((s, e), |(s0, _)| (s0, e)));
            }
            Out::Break => {
                flush(&mut cur, &mut span, &mut words);
                count = 0;
            }
            Out::Comma(s, e) | Out::Quote(s, e) => {
                flush(&mut cur, &mut span, &mut words);
                count = 0;
                let comma = matches!(o, Out::Comma(..));
                words.push(Word {
                    text: if comma { ",".into() } else { "\"".into() },
                    span: Span::new(s, e),
                    kind: if comma {
                        WordKind::Comma
                    } else {
                        WordKind::Quote
                    },
                    cap: Cap::None,
                });
            }
        }
    }
    flush(&mut cur, &mut span, &mut words);
    words.retain(|w| !w.text.is_empty());
    words.truncate(MAX_WORDS);
    let mut first = true;
    for w in &mut words {
        if all_caps {
            w.cap = Cap::None;
        } else if w.cap == Cap::Mid && first {
            w.cap = Cap::Initial;
            first = false;
        }
    }
    Filtered { words, all_caps }
}

/// Upper-cases a word (and folds curly apostrophes and accents first, so
/// that dictionary entries and text compare alike).
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_uppercase()
    } else {
        normalize(word).to_uppercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        filter(s).words.into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn punctuation_rules() {
        assert_eq!(
            texts("Gondor's 50,000 men (at U.S. rates), 11.8 \"The Hawk\" Al-Gore."),
            [
                "GONDOR'S", "50000", "MEN", ",", "AT", "U.S.", "RATES", ",", ",", "11.8", "\"",
                "THE", "HAWK", "\"", "AL", "GORE"
            ]
        );
        assert_eq!(
            texts("anti- Arnor Dol_Amroth &X? a;b"),
            ["ANTI", "ARNOR", "DOL", "AMROTH", "X", "A", ",", "B"]
        );
    }

    #[test]
    fn comments_are_removed_and_text_after_them_stays() {
        assert_eq!(
            texts("Arnor left /* { ARN / GON / 032 } */ Gondor"),
            ["ARNOR", "LEFT", "GONDOR"]
        );
        assert_eq!(texts("Arnor /* open to the end"), ["ARNOR"]);
    }

    #[test]
    fn spans_point_into_the_original() {
        let t = "Arnor's army, in 1,200 tanks.";
        let f = filter(t);
        let w: Vec<&str> = f.words.iter().map(|w| &t[w.span.range()]).collect();
        assert_eq!(w, ["Arnor's", "army", ",", "in", "1,200", "tanks"]);
    }

    #[test]
    fn capitals_and_all_caps() {
        let f = filter("Resumption of To Restore by Arnor");
        let caps: Vec<Cap> = f.words.iter().map(|w| w.cap).collect();
        assert_eq!(
            caps,
            [
                Cap::Initial,
                Cap::None,
                Cap::Mid,
                Cap::Mid,
                Cap::None,
                Cap::Mid
            ]
        );
        let f = filter("ARNOR IS ABOUT TO RESTORE /* lower case here */ TIES");
        assert!(f.all_caps);
        assert!(f.words.iter().all(|w| w.cap == Cap::None));
    }

    #[test]
    fn long_words_are_cut() {
        let long = "A".repeat(70);
        let w = texts(&long);
        assert_eq!(w.len(), 2);
        assert_eq!(w[0].len(), 62);
        assert_eq!(w[1].len(), 7);
        let many = "word ".repeat(200);
        assert_eq!(texts(&many).len(), MAX_WORDS);
    }
}
