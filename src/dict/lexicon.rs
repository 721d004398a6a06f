//! The lexicon: word normalisation, the interner that gives every dictionary
//! word a [`WordId`], stems, and the closed-class categories of
//! `data/lexicon.txt`.
//!
//! Takes dictionary words while dictionaries compile; gives, per sentence,
//! each token's normalised text, its word id, the stems it begins with, and
//! its closed-class categories.
//!
//! Invariants: text and dictionary entries go through the same
//! [`normalize`], so a match never depends on case, apostrophe style or
//! accents; [`WordId`]s are dense from 0 and [`UNKNOWN`] is never interned.

use std::borrow::Cow;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;

/// A dense id for an interned word or stem.
pub type WordId = u32;

/// The id of any word no dictionary mentions.
pub const UNKNOWN: WordId = u32::MAX;

/// A 256-bit signature of a set of word ids: a token's words are hashed to
/// one bit each, so a pattern whose words are not all among a sentence's
/// is ruled out by two instructions, with no false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordMask([u64; 4]);

impl WordMask {
    #[inline]
    pub fn insert(&mut self, id: WordId) {
        // Fibonacci hashing: neighbouring ids (interned together) spread.
        let bit = (id.wrapping_mul(0x9E37_79B1) >> 24) as usize;
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether some id of `other` may be in `self`.
    #[inline]
    pub fn meets(&self, other: &WordMask) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }

    /// Whether every id in `needs` may be in `self`.
    #[inline]
    pub fn covers(&self, needs: &WordMask) -> bool {
        self.0
            .iter()
            .zip(&needs.0)
            .all(|(have, need)| need & !have == 0)
    }
}

/// Lower-cases, folds curly apostrophes to `'` and strips accents, so that
/// `Côte d’Ivoire` and `cote d'ivoire` normalise alike.
pub fn normalize(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Cow::Borrowed(word);
    }
    if word.is_ascii() {
        return Cow::Owned(word.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' => out.push('\''),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

/// A dictionary writes the word in lower case ("army").
pub const CASE_LOWER: u8 = 1;
/// A dictionary writes the word with a capital ("Iran").
pub const CASE_TITLE: u8 = 2;
/// A dictionary writes the word all in capitals ("NATO", "U.S.").
pub const CASE_UPPER: u8 = 4;
/// Some dictionary entry is this word alone ("Iran"; not "Park" of "Park
/// Geun-hye").
pub const CASE_ALONE: u8 = 8;

/// How the dictionaries write a word they only ever write with a capital.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProperCase {
    /// All in capitals ("NATO"), never only with an initial one.
    pub acronym: bool,
    /// Some entry is the word alone ("Iran"), not only a longer name's
    /// part ("Park", "Middle").
    pub alone: bool,
}

/// Closed-class categories, as bit flags.
pub mod cat {
    pub const DET: u32 = 1 << 0;
    pub const PREP: u32 = 1 << 1;
    pub const CONJ: u32 = 1 << 2;
    pub const REL: u32 = 1 << 3;
    pub const SUB: u32 = 1 << 4;
    pub const BE: u32 = 1 << 5;
    pub const HAVE: u32 = 1 << 6;
    pub const DO: u32 = 1 << 7;
    pub const MODAL_INTENT: u32 = 1 << 8;
    pub const MODAL_HEDGE: u32 = 1 << 9;
    pub const NEG: u32 = 1 << 10;
    pub const PRON_SUBJECT: u32 = 1 << 11;
    pub const PRON_POSSESSIVE: u32 = 1 << 12;
    pub const REPORT: u32 = 1 << 13;
    pub const INTENT: u32 = 1 << 14;
    pub const HEAD: u32 = 1 << 15;
    pub const PAIR: u32 = 1 << 16;
    pub const FORMER: u32 = 1 << 17;
    pub const ASSET: u32 = 1 << 18;
    pub const TIME: u32 = 1 << 19;
    pub const ADJUNCT: u32 = 1 << 20;
    pub const HEDGE: u32 = 1 << 21;
    pub const PARTICLE: u32 = 1 << 22;
    pub const TOPIC: u32 = 1 << 23;
    pub const GATHERING: u32 = 1 << 24;
    pub const THAT_CLAUSE: u32 = 1 << 25;
    pub const GROUP_ADJ: u32 = 1 << 26;
    pub const PAST_SIMPLE: u32 = 1 << 27;

    /// Categories of open-class words (time nouns, hedging adjectives and
    /// adverbs, particles): a word carrying only these is still a content
    /// word for the chunker.
    pub const OPEN: u32 =
        TIME | HEDGE | PARTICLE | TOPIC | GATHERING | THAT_CLAUSE | GROUP_ADJ | PAST_SIMPLE;

    /// Any auxiliary: the words that may stand between a subject and its verb.
    pub const AUX: u32 = BE | HAVE | DO | MODAL_INTENT | MODAL_HEDGE;

    pub const NAMES: &[(&str, u32)] = &[
        ("det", DET),
        ("prep", PREP),
        ("conj", CONJ),
        ("rel", REL),
        ("sub", SUB),
        ("be", BE),
        ("have", HAVE),
        ("do", DO),
        ("modal_intent", MODAL_INTENT),
        ("modal_hedge", MODAL_HEDGE),
        ("neg", NEG),
        ("pron_subject", PRON_SUBJECT),
        ("pron_possessive", PRON_POSSESSIVE),
        ("report", REPORT),
        ("intent", INTENT),
        ("head", HEAD),
        ("pair", PAIR),
        ("former", FORMER),
        ("asset", ASSET),
        ("time", TIME),
        ("adjunct", ADJUNCT),
        ("hedge", HEDGE),
        ("particle", PARTICLE),
        ("topic", TOPIC),
        ("gathering", GATHERING),
        ("that_clause", THAT_CLAUSE),
        ("group_adj", GROUP_ADJ),
        ("past_simple", PAST_SIMPLE),
    ];

    pub fn by_name(name: &str) -> Option<u32> {
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
    }
}

/// Interned words and stems with their categories.
#[derive(Default)]
pub struct Lexicon {
    ids: FxHashMap<Box<str>, WordId>,
    words: Vec<Box<str>>,
    flags: Vec<u32>,
    /// How the dictionaries write each word: [`CASE_LOWER`],
    /// [`CASE_TITLE`], [`CASE_UPPER`] and [`CASE_ALONE`] or'd together, for
    /// truecasing sentences written in one case.
    cases: Vec<u8>,
    /// Stems (`cooperat~`) get ids of their own, looked up by prefix.
    stem_ids: Vec<WordId>,
    stem_texts: Vec<Box<str>>,
    stems: Option<DFA>,
}

impl Lexicon {
    /// The id of a normalised word, interning it if new.
    pub fn intern(&mut self, norm: &str) -> WordId {
        if let Some(&id) = self.ids.get(norm) {
            return id;
        }
        let id = self.words.len() as WordId;
        self.ids.insert(norm.into(), id);
        self.words.push(norm.into());
        self.flags.push(0);
        self.cases.push(0);
        id
    }

    /// Notes how a dictionary writes the word `raw` (whose id is `id`):
    /// "army", "Iran" or "NATO"; `alone` when it is the whole entry.
    pub fn note_case(&mut self, id: WordId, raw: &str, alone: bool) {
        let Some(c) = self.cases.get_mut(id as usize) else {
            return;
        };
        if !raw.chars().any(char::is_alphabetic) {
            return;
        }
        if alone {
            *c |= CASE_ALONE;
        }
        *c |= if raw.chars().any(char::is_lowercase) {
            if raw.starts_with(char::is_uppercase) {
                CASE_TITLE
            } else {
                CASE_LOWER
            }
        } else {
            CASE_UPPER
        };
    }

    /// For a word the dictionaries only ever write with a capital: how
    /// ([`ProperCase`]). `None` for any word they write in lower case too,
    /// or not at all.
    #[inline]
    pub fn proper_case(&self, id: WordId) -> Option<ProperCase> {
        let c = *self.cases.get(id as usize)?;
        (c & (CASE_TITLE | CASE_UPPER) != 0 && c & CASE_LOWER == 0).then_some(ProperCase {
            acronym: c & CASE_TITLE == 0,
            alone: c & CASE_ALONE != 0,
        })
    }

    /// The id of a stem (a prefix), interning it if new.
    pub fn intern_stem(&mut self, prefix: &str) -> WordId {
        let key = format!("{prefix}~");
        if let Some(&id) = self.ids.get(key.as_str()) {
            return id;
        }
        let id = self.intern(&key);
        self.stem_ids.push(id);
        self.stem_texts.push(prefix.into());
        self.stems = None;
        id
    }

    /// Builds the stem automaton; call once after all stems are interned.
    pub fn finish(&mut self) {
        if self.stem_texts.is_empty() {
            self.stems = None;
            return;
        }
        // Stems are prefixes: an anchored automaton reads a token only as
        // far as some stem still fits, and reports no match inside it.
        let ac = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Anchored)
            .build(self.stem_texts.iter().map(|s| s.as_bytes()))
            .expect("stem automaton is small");
        self.stems = Some(ac);
    }

    pub fn get(&self, norm: &str) -> WordId {
        self.ids.get(norm).copied().unwrap_or(UNKNOWN)
    }

    pub fn word(&self, id: WordId) -> &str {
        self.words.get(id as usize).map_or("?", |w| w)
    }

    pub fn add_flags(&mut self, id: WordId, flags: u32) {
        self.flags[id as usize] |= flags;
    }

    #[inline]
    pub fn flags(&self, id: WordId) -> u32 {
        if id == UNKNOWN {
            0
        } else {
            self.flags[id as usize]
        }
    }

    #[inline]
    pub fn is(&self, id: WordId, flags: u32) -> bool {
        self.flags(id) & flags != 0
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Appends the ids of every stem `norm` begins with.
    pub fn stems_of(&self, norm: &str, out: &mut Vec<WordId>) {
        let Some(ac) = &self.stems else { return };
        // The crate has no anchored overlapping search, so walk the
        // automaton byte by byte: every match state on the way is a stem
        // the token begins with (its length says it starts at the token's
        // first byte, whatever matches the automaton merges into a state).
        let Ok(mut sid) = ac.start_state(Anchored::Yes) else {
            return;
        };
        for (at, &b) in norm.as_bytes().iter().enumerate() {
            sid = ac.next_state(Anchored::Yes, sid, b);
            if ac.is_dead(sid) {
                return;
            }
            if ac.is_match(sid) {
                for k in 0..ac.match_len(sid) {
                    let p = ac.match_pattern(sid, k);
                    if ac.pattern_len(p) == at + 1 {
                        out.push(self.stem_ids[p.as_usize()]);
                    }
                }
            }
        }
    }

    /// Parses `data/lexicon.txt`-style text: `category = word; word`.
    pub fn load_categories(&mut self, text: &str, file: &str, warnings: &mut Vec<String>) {
        for (n, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let Some((name, words)) = line.split_once('=') else {
                warnings.push(format!("{file}:{}: expected `category = words`", n + 1));
                continue;
            };
            let Some(flag) = cat::by_name(name.trim()) else {
                warnings.push(format!(
                    "{file}:{}: unknown category {:?}",
                    n + 1,
                    name.trim()
                ));
                continue;
            };
            for w in words.split(';').map(str::trim).filter(|w| !w.is_empty()) {
                let id = self.intern(&normalize(w));
                self.add_flags(id, flag);
                self.note_case(id, w, true);
            }
        }
    }
}

/// The part of a dictionary line before its `#` comment.
pub fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_folds_case_quotes_accents() {
        assert_eq!(normalize("Côte"), "cote");
        assert_eq!(normalize("d\u{2019}Ivoire"), "d'ivoire");
        assert_eq!(normalize("U.S."), "u.s.");
        assert!(matches!(normalize("niger"), Cow::Borrowed(_)));
        assert_eq!(normalize("Türkiye"), "turkiye");
    }

    #[test]
    fn categories_and_stems() {
        let mut lex = Lexicon::default();
        let mut w = Vec::new();
        lex.load_categories("det = the; a # articles\nbogus = x\nnoequals", "t", &mut w);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].starts_with("t:2:"));
        assert!(lex.is(lex.get("the"), cat::DET));
        assert!(!lex.is(lex.get("the"), cat::PREP));
        let s = lex.intern_stem("cooperat");
        lex.finish();
        let mut out = Vec::new();
        lex.stems_of("cooperation", &mut out);
        assert_eq!(out, vec![s]);
        out.clear();
        lex.stems_of("cooper", &mut out);
        assert!(out.is_empty());
    }
}
