//! The tokenizer: a span of clean text in, [`Token`]s with byte offsets out.
//!
//! The same function tokenizes dictionary entries and article text, so that
//! an entry such as `al-Shabaab` or `Côte d'Ivoire` splits exactly as it will
//! in a sentence. Rules:
//! - a word is a run of letters and digits, with inner apostrophes kept
//!   (`d'Ivoire`); hyphens, slashes and other punctuation are tokens of
//!   their own, so `pro-Russian` is `pro` `-` `Russian`;
//! - a run of single letters each followed by a dot is one word (`U.S.`,
//!   `U.N.`), dots included; so is such a run of capitals whose last dot
//!   the copy dropped (`U.S` in "the U.S said", 52 times in Reuters-21578);
//! - the possessive `'s` / `’s` and a bare trailing `'` after `s` are split
//!   off as [`TokenKind::Possessive`]; `n't` is split off as a word;
//! - digits with inner `,` or `.` between digits are one number (`1,200`).
//!
//! Invariants: tokens are in order, do not overlap, never include
//! whitespace, and their spans are absolute offsets into the text passed in.

use crate::model::{Span, Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Appends the tokens of `text[span]` to `out`. Spans are offsets into `text`.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let base = span.start as usize;
    let s = &text[span.range()];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = next_char(s, i);
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        if let Some(end) = acronym_end(s, i) {
            push(out, base, i, end, TokenKind::Word, true);
            i = end;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < s.len() {
                let b = bytes[j];
                if b.is_ascii_digit() {
                    j += 1;
                } else if (b == b',' || b == b'.')
                    && j + 1 < s.len()
                    && bytes[j + 1].is_ascii_digit()
                    && bytes[j - 1].is_ascii_digit()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // "1990s", "3rd", "10km": letters glued to digits stay one token.
            while j < s.len() {
                let d = next_char(s, j);
                if d.is_alphabetic() {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            push(out, base, i, j, TokenKind::Number, false);
            i = j;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + clen;
            loop {
                if j >= s.len() {
                    break;
                }
                let d = next_char(s, j);
                if is_word_char(d) {
                    j += d.len_utf8();
                    continue;
                }
                // An inner apostrophe followed by a letter keeps the word
                // going (d'Ivoire, O'Brien) unless it is the clitic 's.
                if is_apostrophe(d) {
                    let k = j + d.len_utf8();
                    if k < s.len() {
                        let e = next_char(s, k);
                        let after = k + e.len_utf8();
                        let clitic_s = (e == 's' || e == 'S')
                            && (after >= s.len() || !is_word_char(next_char(s, after)));
                        if is_word_char(e) && !clitic_s {
                            j = k;
                            continue;
                        }
                    }
                }
                break;
            }
            // Split n't: "didn't" -> "did" "n't".
            let wb = &bytes[i..j];
            let tail = if wb.len() > 3 && wb[wb.len() - 3..].eq_ignore_ascii_case(b"n't") {
                3
            } else if wb.len() > 5 && wb.ends_with("n\u{2019}t".as_bytes()) {
                5
            } else {
                0
            };
            if tail > 0 {
                push(out, base, i, j - tail, TokenKind::Word, c.is_uppercase());
                push(out, base, j - tail, j, TokenKind::Word, false);
                i = j;
                continue;
            }
            push(out, base, i, j, TokenKind::Word, c.is_uppercase());
            i = j;
            continue;
        }
        if is_apostrophe(c) {
            // Possessive after a word: 's, or a bare ' after a plural in s.
            let prev_word = out.last().is_some_and(|t: &Token| {
                t.span.end as usize == base + i && t.kind == TokenKind::Word
            });
            if prev_word {
                let k = i + clen;
                if k < s.len() && matches!(bytes[k], b's' | b'S') {
                    let after = k + 1;
                    if after >= s.len() || !is_word_char(next_char(s, after)) {
                        push(out, base, i, after, TokenKind::Possessive, false);
                        i = after;
                        continue;
                    }
                }
                let prev = out.last().expect("checked above");
                let prev_text = &text[prev.span.range()];
                let next_is_word = k < s.len() && is_word_char(next_char(s, k));
                if (prev_text.ends_with('s') || prev_text.ends_with('S')) && !next_is_word {
                    push(out, base, i, k, TokenKind::Possessive, false);
                    i = k;
                    continue;
                }
            }
        }
        push(out, base, i, i + clen, TokenKind::Punct, false);
        i += clen;
    }
}

/// Tokens of `text[span]`, spans absolute into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

#[inline]
fn next_char(s: &str, i: usize) -> char {
    // Callers only pass char boundaries.
    s[i..].chars().next().unwrap_or('\0')
}

#[inline]
fn push(out: &mut Vec<Token>, base: usize, start: usize, end: usize, kind: TokenKind, cap: bool) {
    out.push(Token {
        span: Span::new(base + start, base + end),
        kind,
        capitalized: cap,
    });
}

/// `U.S.`, `U.N.`, `E.U.`: two or more single letters each followed by a dot,
/// or capitals of which only the last has lost its dot (`U.S`). Returns the
/// end (after the last dot, or the last letter).
fn acronym_end(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut j = i;
    let mut letters = 0;
    while j + 1 < b.len() && b[j].is_ascii_alphabetic() && b[j + 1] == b'.' {
        letters += 1;
        j += 2;
    }
    if letters >= 2 && (j >= b.len() || !b[j].is_ascii_alphanumeric()) {
        return Some(j);
    }
    // Capitals only: "the U.S said"; a lower-case run ("e.g") is left alone.
    let capitals = (i..j).step_by(2).all(|k| b[k].is_ascii_uppercase());
    if letters >= 1
        && capitals
        && j < b.len()
        && b[j].is_ascii_uppercase()
        && (j + 1 >= b.len() || !b[j + 1].is_ascii_alphanumeric())
    {
        Some(j + 1)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| (&s[t.span.range()], t.kind))
            .collect()
    }

    fn words(s: &str) -> Vec<&str> {
        toks(s).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn possessives_and_clitics() {
        assert_eq!(
            words("Russia's defence ministry didn't say"),
            ["Russia", "'s", "defence", "ministry", "did", "n't", "say"]
        );
        assert_eq!(
            words("the two sides' militaries"),
            ["the", "two", "sides", "'", "militaries"]
        );
        assert_eq!(toks("Niger’s army")[1], ("’s", TokenKind::Possessive));
    }

    #[test]
    fn inner_apostrophes_and_hyphens() {
        assert_eq!(
            words("Côte d'Ivoire and al-Shabaab, pro-Russian"),
            [
                "Côte", "d'Ivoire", "and", "al", "-", "Shabaab", ",", "pro", "-", "Russian"
            ]
        );
    }

    #[test]
    fn acronyms_and_numbers() {
        assert_eq!(
            words("The U.S. sent 1,200 troops in the 1990s."),
            [
                "The", "U.S.", "sent", "1,200", "troops", "in", "the", "1990s", "."
            ]
        );
        assert_eq!(words("U.N.-backed"), ["U.N.", "-", "backed"]);
        assert_eq!(words("the U.S said"), ["the", "U.S", "said"]);
        assert_eq!(words("U.S's allies"), ["U.S", "'s", "allies"]);
        assert_eq!(words("e.g no"), ["e", ".", "g", "no"]);
        assert_eq!(words("A.Bc"), ["A", ".", "Bc"]);
        assert_eq!(toks("3.5 percent")[0], ("3.5", TokenKind::Number));
    }

    #[test]
    fn quotes_are_punctuation() {
        assert_eq!(
            words("said: \u{201c}We agree.\u{201d}"),
            ["said", ":", "\u{201c}", "We", "agree", ".", "\u{201d}"]
        );
        assert_eq!(words("'coup belt'"), ["'", "coup", "belt", "'"]);
    }

    #[test]
    fn spans_are_absolute() {
        let text = "xx Niger's army";
        let t = tokenize(text, Span::new(3, text.len()));
        assert_eq!(&text[t[0].span.range()], "Niger");
        assert!(t[0].capitalized);
        assert_eq!(t.len(), 3);
    }
}
