//! The article-body extraction metric of the scrapinghub article-extraction
//! benchmark (`evaluate.py`), ported from the extraction lab.
//!
//! Takes pairs (ground-truth text, predicted text); gives per-page normalised
//! (tp, fp, fn) over multisets of 4-token shingles and the corpus precision,
//! recall and F1.
//!
//! Invariants, chosen to reproduce the benchmark's published numbers:
//! - a token is a maximal run of characters that Python's `re` calls `\w` on
//!   `str` patterns: general category L* (Lu, Ll, Lt, Lm, Lo), N* (Nd, Nl, No)
//!   or `_`. Combining marks are *not* word characters there, unlike Rust's
//!   `char::is_alphanumeric`, so the general category is looked up directly.
//! - shingles are the consecutive n-grams of tokens; a text with fewer than n
//!   tokens (but at least one) yields one shorter shingle of all its tokens; a
//!   text with no token yields none.
//! - per page, tp/fp/fn are divided by their sum so that long pages do not
//!   weigh more; all-zero stays all-zero.
//! - precision is averaged over pages whose prediction has shingles (an empty
//!   prediction costs recall, not precision); recall over pages whose truth
//!   has shingles. F1 is the harmonic mean of the two averages.

use std::collections::HashMap;
use unicode_general_category::{GeneralCategory as G, get_general_category};

/// Shingle length used by the benchmark.
pub const NGRAM: usize = 4;

fn is_word_char(c: char) -> bool {
    if c == '_' || c.is_ascii_alphanumeric() {
        return true;
    }
    if c.is_ascii() {
        return false;
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
    )
}

/// Splits `text` into `\w+` runs, as `re.findall(r"\w+", text)` does.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Multiset of shingles; a shingle is its tokens joined by a space, which is
/// unambiguous because tokens never contain spaces.
pub fn shingles(text: &str, n: usize) -> HashMap<String, u32> {
    let toks = tokenize(text);
    let mut m = HashMap::new();
    if toks.is_empty() {
        return m;
    }
    let count = if toks.len() >= n {
        toks.len() - n + 1
    } else {
        1
    };
    for i in 0..count {
        let end = (i + n).min(toks.len());
        *m.entry(toks[i..end].join(" ")).or_insert(0) += 1;
    }
    m
}

/// Normalised (tp, fp, fn) of one page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageCounts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl PageCounts {
    /// Page precision as the benchmark defines it (1.0 for a perfect match).
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }
    /// Page recall as the benchmark defines it.
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }
    /// Page F1 (for ranking pages only; the corpus F1 is not a mean of these).
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Compares one predicted text with its ground truth.
pub fn page_counts(truth: &str, pred: &str) -> PageCounts {
    let t = shingles(truth, NGRAM);
    let p = shingles(pred, NGRAM);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += f64::from(tc.min(pc));
        fn_ += f64::from(tc.saturating_sub(pc));
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += f64::from(pc.saturating_sub(tc));
    }
    let s = tp + fp + fn_;
    if s > 0.0 {
        PageCounts {
            tp: tp / s,
            fp: fp / s,
            fn_: fn_ / s,
        }
    } else {
        PageCounts { tp, fp, fn_ }
    }
}

/// Corpus scores.
#[derive(Debug, Clone, Copy)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Averages page precision/recall as the benchmark does; None if no page
/// qualifies for either average.
pub fn corpus_scores(pages: &[PageCounts]) -> Option<Scores> {
    let ps: Vec<f64> = pages
        .iter()
        .filter(|c| c.tp + c.fp > 0.0)
        .map(PageCounts::precision)
        .collect();
    let rs: Vec<f64> = pages
        .iter()
        .filter(|c| c.tp + c.fn_ > 0.0)
        .map(PageCounts::recall)
        .collect();
    if ps.is_empty() || rs.is_empty() {
        return None;
    }
    let precision = ps.iter().sum::<f64>() / ps.len() as f64;
    let recall = rs.iter().sum::<f64>() / rs.len() as f64;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Some(Scores {
        precision,
        recall,
        f1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_python_word_class() {
        assert_eq!(
            tokenize("Hello, wor_ld! 42x"),
            vec!["Hello", "wor_ld", "42x"]
        );
        // U+0301 combining acute is Mn: not \w in Python, so it splits.
        assert_eq!(tokenize("cafe\u{301} bar"), vec!["cafe", "bar"]);
        assert_eq!(tokenize("²½ Ⅻ"), vec!["²½", "Ⅻ"]);
    }

    #[test]
    fn short_text_is_one_shingle() {
        let s = shingles("a b", 4);
        assert_eq!(s.len(), 1);
        assert_eq!(s.get("a b"), Some(&1));
        assert!(shingles("...", 4).is_empty());
        assert_eq!(shingles("a b c d e", 4).len(), 2);
    }

    #[test]
    fn identity_and_empty() {
        let c = page_counts("one two three four five", "one two three four five");
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
        let e = page_counts("one two three four five", "");
        assert_eq!((e.tp, e.fp), (0.0, 0.0));
        assert_eq!(e.recall(), 0.0);
        let s = corpus_scores(&[c, e]).unwrap();
        // the empty prediction is left out of the precision average only
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }

    #[test]
    fn multiset_counts() {
        // truth has the shingle twice, prediction once: tp 1, fn 1
        let c = page_counts("a b c d a b c d", "a b c d");
        assert!(c.precision() == 1.0 && c.recall() < 1.0);
    }
}
