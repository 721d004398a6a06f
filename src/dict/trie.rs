//! A phrase trie over word ids: dictionary phrases (actor names, verb forms,
//! set members) compiled once, matched at any token of a sentence.
//!
//! Matching walks token by token, so phrase boundaries are token boundaries
//! by construction ("Niger" never matches inside "Nigerien"). A token may
//! carry several ids (its word and the stems it begins with); the walk
//! follows each.
//!
//! Invariants: node 0 is the root; every phrase inserted is non-empty; the
//! bitsets `first` and `single` hold exactly the first words of the phrases
//! inserted and the words inserted as phrases alone.

use rustc_hash::FxHashMap;

use super::lexed::Lexed;
use super::lexicon::WordId;

pub struct PhraseTrie<T> {
    edges: FxHashMap<(u32, WordId), u32>,
    values: Vec<Vec<T>>,
    /// The words that begin a phrase, as a bitset over word ids: most
    /// tokens begin none, and a bit test turns them away before any hash
    /// probe (this walk runs at every token for every trie).
    first: Vec<u64>,
    /// The words that are a whole phrase alone, as a bitset over word ids:
    /// "is this token a verb form" is asked of most tokens, and a bit test
    /// answers it without a walk.
    single: Vec<u64>,
}

impl<T> Default for PhraseTrie<T> {
    fn default() -> Self {
        PhraseTrie {
            edges: FxHashMap::default(),
            values: vec![Vec::new()],
            first: Vec::new(),
            single: Vec::new(),
        }
    }
}

impl<T> PhraseTrie<T> {
    /// Adds `value` for the phrase `words`.
    pub fn insert(&mut self, words: &[WordId], value: T) {
        debug_assert!(!words.is_empty());
        let w0 = words[0] as usize;
        if self.first.len() <= w0 / 64 {
            self.first.resize(w0 / 64 + 1, 0);
        }
        self.first[w0 / 64] |= 1 << (w0 % 64);
        if words.len() == 1 {
            if self.single.len() <= w0 / 64 {
                self.single.resize(w0 / 64 + 1, 0);
            }
            self.single[w0 / 64] |= 1 << (w0 % 64);
        }
        let mut node = 0u32;
        for &w in words {
            let next = self.values.len() as u32;
            node = *self.edges.entry((node, w)).or_insert(next);
            if node == next {
                self.values.push(Vec::new());
            }
        }
        self.values[node as usize].push(value);
    }

    /// The values stored for exactly this phrase.
    pub fn get(&self, words: &[WordId]) -> &[T] {
        let mut node = 0u32;
        for &w in words {
            match self.edges.get(&(node, w)) {
                Some(&n) => node = n,
                None => return &[],
            }
        }
        &self.values[node as usize]
    }

    /// Calls `f(end, values)` for every phrase that matches the tokens
    /// `start..end` of `lexed`, with `end <= limit`. Shorter matches come
    /// first along each path. A quotation mark inside a phrase is skipped.
    pub fn for_each_match<'s>(
        &'s self,
        lexed: &Lexed,
        start: usize,
        limit: usize,
        mut f: impl FnMut(usize, &'s [T]),
    ) {
        // Depth-first over (node, next token); the stack stays tiny because
        // a token rarely has more than one id.
        let mut stack: smallvec::SmallVec<[(u32, usize); 8]> = smallvec::SmallVec::new();
        stack.push((0, start));
        while let Some((node, pos)) = stack.pop() {
            if pos >= limit {
                continue;
            }
            // Quotation marks inside a phrase are the writer's, not the
            // phrase's: "called it a 'reward for terrorism'" (issue 4).
            if node != 0 && lexed.is_quote(pos) {
                stack.push((node, pos + 1));
                continue;
            }
            for id in lexed.ids_of(pos) {
                if node == 0 && !self.may_begin(id) {
                    continue;
                }
                if let Some(&child) = self.edges.get(&(node, id)) {
                    let vals = &self.values[child as usize];
                    if !vals.is_empty() {
                        f(pos + 1, vals);
                    }
                    stack.push((child, pos + 1));
                }
            }
        }
    }

    /// Whether token `pos` of `lexed` is a whole phrase alone (the same as
    /// `longest_at(lexed, pos, pos + 1).is_some()`, by a bit test).
    #[inline]
    pub fn is_single(&self, lexed: &Lexed, pos: usize) -> bool {
        lexed.ids_of(pos).any(|id| {
            let i = id as usize;
            self.single
                .get(i / 64)
                .is_some_and(|b| b & (1 << (i % 64)) != 0)
        })
    }

    /// Whether some phrase begins with word `id`.
    #[inline]
    fn may_begin(&self, id: WordId) -> bool {
        let i = id as usize;
        self.first
            .get(i / 64)
            .is_some_and(|b| b & (1 << (i % 64)) != 0)
    }

    /// The longest phrase matching at `start` (ending at or before `limit`):
    /// its end and values.
    pub fn longest_at<'s>(
        &'s self,
        lexed: &Lexed,
        start: usize,
        limit: usize,
    ) -> Option<(usize, &'s [T])> {
        let mut best: Option<(usize, &'s [T])> = None;
        self.for_each_match(lexed, start, limit, |end, vals| {
            if best.is_none_or(|(b, _)| end > b) {
                best = Some((end, vals));
            }
        });
        best
    }

    /// Every stored phrase with its values, in no particular order (for
    /// dictionary checks; not for the hot path).
    pub fn entries(&self) -> Vec<(Vec<WordId>, &[T])> {
        let mut children: rustc_hash::FxHashMap<u32, Vec<(WordId, u32)>> =
            rustc_hash::FxHashMap::default();
        for (&(node, w), &child) in &self.edges {
            children.entry(node).or_default().push((w, child));
        }
        let mut out = Vec::new();
        let mut stack = vec![(0u32, Vec::new())];
        while let Some((node, path)) = stack.pop() {
            if !self.values[node as usize].is_empty() {
                out.push((path.clone(), self.values[node as usize].as_slice()));
            }
            for &(w, child) in children.get(&node).map_or(&[][..], |v| v.as_slice()) {
                let mut p = path.clone();
                p.push(w);
                stack.push((child, p));
            }
        }
        out
    }

    /// Number of trie nodes (for statistics).
    pub fn nodes(&self) -> usize {
        self.values.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::lexicon::Lexicon;

    #[test]
    fn a_single_word_phrase_is_told_by_a_bit_as_by_a_walk() {
        let mut lex = Lexicon::default();
        let (met, talks, held) = (lex.intern("met"), lex.intern("talks"), lex.intern("held"));
        let mut trie: PhraseTrie<u32> = PhraseTrie::default();
        trie.insert(&[met], 1);
        trie.insert(&[held, talks], 2);
        let lx = Lexed::of(&lex, "They met and held talks");
        for pos in 0..lx.len() {
            assert_eq!(
                trie.is_single(&lx, pos),
                trie.longest_at(&lx, pos, pos + 1).is_some(),
                "token {pos}"
            );
        }
        // "met" alone is a phrase; "held" only begins one.
        assert!(trie.is_single(&lx, 1));
        assert!(!trie.is_single(&lx, 3));
    }
}
