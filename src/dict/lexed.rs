//! A sentence as the lexicon sees it: tokens with their normalised text,
//! word ids, stems and closed-class flags.
//!
//! Takes an article's clean text and a sentence span; gives what the actor
//! and event stages read. Built once per sentence into reusable buffers.
//!
//! A sentence written all in capitals ("IRAN ACCUSED IRAQ …") or all in
//! lower case ("… informed cuban officials on monday") is truecased: its
//! words take the case the dictionaries write them in, so that names are
//! capitalised and nothing else is, as in ordinary copy.
//!
//! Invariants: every per-token vector has one entry per token; `norm(i)` is
//! [`normalize`] of token `i`'s text (with the last dot restored to a
//! dotted acronym that lost it: `U.S` reads as `u.s.`); the memo
//! ([`Lexed::memo`]) holds only answers computed on this fill, for one
//! key; truecasing changes only `capitalized` and `all_caps`, never a
//! token's text or ids.

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
            let mut n = normalize(raw);
            // The tokenizer keeps "U.S" whole only as a dotted acronym
            // missing its last dot; it reads as the dictionaries write it.
            if t.kind == TokenKind::Word
                && raw.len() > 2
                && raw.as_bytes()[1] == b'.'
                && !raw.ends_with('.')
            {
                n.to_mut().push('.');
            }
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
        if self.caseless(text) {
            self.truecase(lex);
        }
    }

    /// Whether the sentence is written in one case, so that its capitals
    /// say nothing: four words or more, and either no lower-case letter
    /// at all, or no capital after its first word.
    fn caseless(&self, text: &str) -> bool {
        let mut words = 0;
        let mut lower = false;
        let mut capital_inside = false;
        for t in &self.tokens {
            if t.kind != TokenKind::Word {
                continue;
            }
            let raw = &text[t.span.range()];
            if !raw.chars().any(char::is_alphabetic) {
                continue;
            }
            words += 1;
            lower |= raw.chars().any(char::is_lowercase);
            capital_inside |= words > 1 && raw.chars().any(char::is_uppercase);
            if lower && capital_inside {
                return false;
            }
        }
        words >= 4 && (!lower || !capital_inside)
    }

    /// Gives every word the case the dictionaries write it in: a capital
    /// for the words they write only with one ("Iran", "NATO"), none for
    /// the rest but the sentence's first word. A word they capitalise only
    /// inside longer names ("Park" of "Park Geun-hye", "Middle") keeps its
    /// capital only beside another such word: "will win the vote" is no
    /// name.
    fn truecase(&mut self, lex: &Lexicon) {
        let n = self.tokens.len();
        let proper: Vec<_> = (0..n)
            .map(|i| {
                (self.tokens[i].kind == TokenKind::Word)
                    .then(|| lex.proper_case(self.ids[i]))
                    .flatten()
            })
            .collect();
        let hyphen: Vec<bool> = (0..n).map(|k| self.is_punct(k, "-")).collect();
        // The proper word next to `i` across a hyphen ("Geun - hye").
        let beside = |i: usize| {
            let prev = (0..i).rev().find(|&k| !hyphen[k]);
            let next = (i + 1..n).find(|&k| !hyphen[k]);
            prev.is_some_and(|k| proper[k].is_some()) || next.is_some_and(|k| proper[k].is_some())
        };
        let mut first = true;
        for (i, p) in proper.iter().enumerate() {
            if self.tokens[i].kind != TokenKind::Word {
                continue;
            }
            let named = p.filter(|p| p.alone || beside(i));
            self.tokens[i].capitalized = first || named.is_some();
            self.caps[i] = named.is_some_and(|p| p.acronym);
            first = false;
        }
    }

    /// [`Lexed::intern_phrase`], noting in `lex` how the dictionary writes
    /// each word, for truecasing.
    pub fn intern_phrase_cased(lex: &mut Lexicon, phrase: &str) -> Vec<WordId> {
        let mut toks = Vec::new();
        tokenize_into(phrase, Span::new(0, phrase.len()), &mut toks);
        let alone = toks.len() == 1;
        toks.iter()
            .map(|t| {
                let raw = &phrase[t.span.range()];
                let id = lex.intern(&normalize(raw));
                lex.note_case(id, raw, alone);
                id
            })
            .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A lexicon whose dictionaries write "Iran", "Iraq", "NATO", "Park
    /// Geun-hye" and "army".
    fn lexicon() -> Lexicon {
        let mut lex = Lexicon::default();
        for phrase in ["Iran", "Iraq", "NATO", "Park Geun-hye", "army", "accused"] {
            Lexed::intern_phrase_cased(&mut lex, phrase);
        }
        lex
    }

    fn caps(l: &Lexed) -> Vec<(bool, bool)> {
        (0..l.len())
            .filter(|&i| l.tokens[i].kind == TokenKind::Word)
            .map(|i| (l.capitalized(i), l.all_caps(i)))
            .collect()
    }

    #[test]
    fn one_case_sentences_take_the_dictionaries_case() {
        let lex = lexicon();
        let upper = Lexed::of(&lex, "IRAN ACCUSED NATO AND THE ARMY");
        let lower = Lexed::of(&lex, "iran accused nato and the army");
        let want = vec![
            (true, false),  // first word, and a name
            (false, false), // "accused"
            (true, true),   // an acronym
            (false, false),
            (false, false),
            (false, false), // "army" is written in lower case
        ];
        assert_eq!(caps(&upper), want);
        assert_eq!(caps(&lower), want);
    }

    #[test]
    fn a_name_part_is_capitalised_only_beside_another() {
        let lex = lexicon();
        let l = Lexed::of(&lex, "the army will park near iraq and park geun-hye left");
        let c = caps(&l);
        assert!(!c[3].0, "a lone 'park' is no name: {c:?}");
        assert!(c[5].0, "iraq");
        assert!(c[7].0 && c[8].0, "park geun-hye: {c:?}");
    }

    #[test]
    fn mixed_case_sentences_keep_their_capitals() {
        let lex = lexicon();
        let l = Lexed::of(&lex, "The Army of iran met NATO in Brussels");
        assert_eq!(
            caps(&l),
            vec![
                (true, false),
                (true, false),
                (false, false),
                (false, false),
                (false, false),
                (true, true),
                (false, false),
                (true, false),
            ]
        );
        // Too short to tell.
        let l = Lexed::of(&lex, "IRAN ACCUSED IRAQ");
        assert_eq!(caps(&l), vec![(true, true), (true, true), (true, true)]);
    }
}
