//! A sentence as the lexicon sees it: tokens with their normalised text,
//! word ids, stems and closed-class flags.
//!
//! Takes an article's clean text and a sentence span; gives what the actor
//! and event stages read. Built once per sentence into reusable buffers.
//!
//! Invariants: every per-token vector has one entry per token; `norm(i)` is
//! [`normalize`] of token `i`'s text; the memo ([`Lexed::memo`]) holds only
//! answers computed on this fill, for one key.

use std::cell::Cell;

use crate::model::{Span, Token, TokenKind};
use crate::sentence::tokenize_into;

use super::lexicon::{Lexicon, UNKNOWN, WordId, WordMask, normalize};

/// The lexical view of one sentence. Reuse one value across sentences
/// ([`Lexed::fill`] clears it) to avoid allocating per sentence.
#[derive(Default)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    norm: String,
    norm_ends: Vec<u32>,
    ids: Vec<WordId>,
    stem_ranges: Vec<(u32, u32)>,
    stems: Vec<WordId>,
    flags: Vec<u32>,
    caps: Vec<bool>,
    /// Every word id and stem id of the sentence.
    mask: WordMask,
    /// The sentence's span in the article text.
    pub span: Span,
    /// One answer per token for a lookup its reader repeats (the actor
    /// stage asks for the dictionary entry at a token three or four
    /// times per sentence); [`MEMO_EMPTY`] where not yet asked.
    memo: Vec<Cell<u64>>,
    /// What the memo's answers depend on besides the sentence (a date).
    memo_key: Cell<u64>,
}

/// A memo slot not yet filled.
pub const MEMO_EMPTY: u64 = u64::MAX;

impl Lexed {
    /// Tokenizes `text[span]` and looks every token up in `lex`.
    pub fn fill(&mut self, lex: &Lexicon, text: &str, span: Span) {
        self.tokens.clear();
        self.norm.clear();
        self.norm_ends.clear();
        self.ids.clear();
        self.stem_ranges.clear();
        self.stems.clear();
        self.flags.clear();
        self.caps.clear();
        self.memo.clear();
        self.memo_key.set(MEMO_EMPTY);
        self.mask = WordMask::default();
        self.span = span;
        tokenize_into(text, span, &mut self.tokens);
        for t in &self.tokens {
            let raw = &text[t.span.range()];
            self.caps
                .push(!raw.chars().any(char::is_lowercase) && raw.chars().any(char::is_uppercase));
            let n = normalize(raw);
            self.norm.push_str(&n);
            self.norm_ends.push(self.norm.len() as u32);
            let id = lex.get(&n);
            self.ids.push(id);
            if id != UNKNOWN {
                self.mask.insert(id);
            }
            // The clitic 's is "is" only after a pronoun ("it's"); after a
            // noun it is the possessive and has no grammatical role here.
            let after_pronoun = self
                .flags
                .last()
                .is_some_and(|f| f & super::lexicon::cat::PRON_SUBJECT != 0);
            let flags = if t.kind == TokenKind::Possessive && !after_pronoun {
                0
            } else {
                lex.flags(id)
            };
            self.flags.push(flags);
            let s0 = self.stems.len() as u32;
            if t.kind == TokenKind::Word {
                lex.stems_of(&n, &mut self.stems);
            }
            for &st in &self.stems[s0 as usize..] {
                self.mask.insert(st);
            }
            self.stem_ranges.push((s0, self.stems.len() as u32));
        }
        self.memo.resize(self.tokens.len(), Cell::new(MEMO_EMPTY));
    }

    /// The memoised answer at token `i` for `key`, computing it with `f`
    /// on first asking. `f` must depend only on this sentence, `i` and
    /// `key`, and never answer [`MEMO_EMPTY`]; a new key forgets every
    /// answer.
    #[inline]
    pub fn memo(&self, i: usize, key: u64, f: impl FnOnce() -> u64) -> u64 {
        if self.memo_key.get() != key {
            for c in &self.memo {
                c.set(MEMO_EMPTY);
            }
            self.memo_key.set(key);
        }
        // Past the last token there is nothing to keep.
        let Some(slot) = self.memo.get(i) else {
            return f();
        };
        let v = slot.get();
        if v != MEMO_EMPTY {
            return v;
        }
        let v = f();
        debug_assert_ne!(v, MEMO_EMPTY);
        slot.set(v);
        v
    }

    /// The signature of every word and stem in the sentence.
    #[inline]
    pub fn mask(&self) -> &WordMask {
        &self.mask
    }

    /// Builds the view of a standalone phrase (dictionary entries, tests).
    pub fn of(lex: &Lexicon, text: &str) -> Lexed {
        let mut l = Lexed::default();
        l.fill(lex, text, Span::new(0, text.len()));
        l
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The normalised text of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.norm_ends[i - 1] };
        &self.norm[start as usize..self.norm_ends[i] as usize]
    }

    #[inline]
    pub fn id(&self, i: usize) -> WordId {
        self.ids[i]
    }

    #[inline]
    pub fn flags(&self, i: usize) -> u32 {
        self.flags[i]
    }

    #[inline]
    pub fn is(&self, i: usize, flags: u32) -> bool {
        self.flags[i] & flags != 0
    }

    /// Every id token `i` matches: its word (if known) and its stems.
    #[inline]
    pub fn ids_of(&self, i: usize) -> impl Iterator<Item = WordId> + '_ {
        let (a, b) = self.stem_ranges[i];
        let w = self.ids[i];
        (w != UNKNOWN)
            .then_some(w)
            .into_iter()
            .chain(self.stems[a as usize..b as usize].iter().copied())
    }

    /// Whether token `i` matches `id` (as a word or a stem).
    #[inline]
    pub fn matches(&self, i: usize, id: WordId) -> bool {
        if self.ids[i] == id {
            return true;
        }
        let (a, b) = self.stem_ranges[i];
        self.stems[a as usize..b as usize].contains(&id)
    }

    /// Token `i`'s word id and its stems' ids: what [`Lexed::matches`]
    /// reads, for a caller testing one token against many ids.
    #[inline]
    pub fn word_and_stems(&self, i: usize) -> (WordId, &[WordId]) {
        let (a, b) = self.stem_ranges[i];
        (self.ids[i], &self.stems[a as usize..b as usize])
    }

    /// Whether token `i` and the next are written with nothing between
    /// them ("state" and "-" in "state-backed").
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].span.end == self.tokens[i + 1].span.start
    }

    #[inline]
    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens[i].kind == TokenKind::Punct && self.norm(i) == c
    }

    /// A quotation mark, straight or curly.
    #[inline]
    pub fn is_quote(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Punct
            && matches!(
                self.norm(i),
                "\"" | "\u{201c}" | "\u{201d}" | "'" | "\u{2018}" | "\u{2019}"
            )
    }

    #[inline]
    pub fn capitalized(&self, i: usize) -> bool {
        self.tokens[i].capitalized
    }

    /// Whether token `i` is written in capitals throughout ("UN", not "Un").
    #[inline]
    pub fn all_caps(&self, i: usize) -> bool {
        self.caps[i]
    }

    /// The ids of a phrase, for dictionary compilation: every token interned.
    pub fn intern_phrase(lex: &mut Lexicon, phrase: &str) -> Vec<WordId> {
        let mut toks = Vec::new();
        tokenize_into(phrase, Span::new(0, phrase.len()), &mut toks);
        toks.iter()
            .map(|t| lex.intern(&normalize(&phrase[t.span.range()])))
            .collect()
    }
}
