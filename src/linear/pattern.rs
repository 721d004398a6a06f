//! The pattern matcher of the linear conventions (`docs/peers/tabari.md`
//! §2.15): a verb pattern's upper phrase is matched forward from the verb's
//! last word to the end of its clause, its lower phrase backward from the
//! verb's first word to the start of the record; alternatives `{ a | b }`
//! and synsets `&NAME` are tried in place.
//!
//! Takes a [`Parse`], a [`Pattern`] and the verb's position; gives whether
//! it matched, the slots `$ + %` bound and how many characters the
//! alternatives matched (the pattern's "effective length").
//!
//! Invariants: no backtracking — once an element matched, a later failure
//! fails the pattern (or, inside braces, the current option); the connector
//! of an element decides the link to the next one (gap or adjacent) and its
//! own match mode (prefix or exact) as TABARI's `nextCheck`/`stateCheck`
//! state machine does. TABARI's quirks are kept on purpose, because the
//! validation suite encodes them: the first word of a group's first option
//! inherits the group's prefix mode; a synset member before the verb is
//! recognised by its first word only and is searched to the start of the
//! record; the match modes a failed synset member leaves behind are seen
//! by the next member; a synset searched before the verb counts the
//! literals matched after it as "alternatives".

use super::dict::{LinearDict, PElem, PTok, Pattern};
use super::roots::{Parse, TagKind, WType};

/// What a matching pattern bound.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Matched {
    /// `$`: the head of the source actor (a pronoun is followed).
    pub source: Option<usize>,
    /// `+`
    pub target: Option<usize>,
    /// `%`: the first word of the compound.
    pub compound: Option<usize>,
    /// Characters of literals matched inside alternatives.
    pub lenalt: u32,
}

const FAIL: u8 = 0;
const DONE: u8 = 1;
const GO: u8 = 2;

struct M<'a> {
    p: &'a Parse<'a>,
    d: &'a LinearDict,
    /// Last word of the verb's clause: the upper phrase stops there.
    iend: isize,
    elems: &'a [PElem],
    k: isize,
    loc: isize,
    high: bool,
    skip: bool,
    full: bool,
    cond: bool,
    saved: (isize, u32, bool),
    out: Matched,
}

/// Matches `pat` around the root of type `wtype` whose first word is
/// `verb`; `iend` is the last word of its clause.
pub fn check(
    p: &Parse,
    d: &LinearDict,
    pat: &Pattern,
    verb: usize,
    wtype: WType,
    iend: usize,
) -> Option<Matched> {
    let v = pat.elems.iter().position(|e| e.tok == PTok::Verb)?;
    let mut loc = verb;
    while p.wt(loc) != WType::Halt && !p.has_tail(loc, TagKind::Root(wtype)) {
        loc += 1;
    }
    let mut m = M {
        p,
        d,
        iend: iend as isize,
        elems: &pat.elems,
        k: v as isize,
        loc: loc as isize,
        high: true,
        skip: false,
        full: true,
        cond: false,
        saved: (0, 0, false),
        out: Matched::default(),
    };
    let mut state = m.next();
    while state == GO {
        let e = m.elem();
        let result = match e.tok {
            PTok::Synset(s) => m.synset(s),
            PTok::Open => {
                m.init_cond();
                m.target()
            }
            _ => m.target(),
        };
        state = m.state(result);
        if state == FAIL && m.cond {
            m.cond_check(&mut state);
        }
    }
    if state == FAIL {
        return None;
    }
    if v == 0 {
        return Some(m.out);
    }
    m.high = false;
    m.k = v as isize;
    m.loc = verb as isize;
    let mut state = m.next();
    while state == GO {
        let e = m.elem();
        let result = match e.tok {
            PTok::Synset(s) => m.synset_backward(s),
            PTok::Close => {
                m.init_cond();
                m.target()
            }
            _ => m.target(),
        };
        state = m.state(result);
        if state == FAIL && m.cond {
            m.cond_check(&mut state);
        }
    }
    (state != FAIL).then_some(m.out)
}

impl<'a> M<'a> {
    fn elem(&self) -> PElem {
        self.elems[self.k as usize]
    }

    fn tok_at(&self, k: isize) -> Option<PTok> {
        (k >= 0).then(|| self.elems.get(k as usize).map(|e| e.tok))?
    }

    /// TABARI's `nextCheck`: move to the next element and the next word.
    fn next(&mut self) -> u8 {
        let len = self.elems.len() as isize;
        if self.high {
            if self.cond && matches!(self.tok_at(self.k + 1), Some(PTok::Or | PTok::Close)) {
                // An option matched: leave the group.
                self.cond = false;
                while self.k < len && self.tok_at(self.k) != Some(PTok::Close) {
                    self.k += 1;
                }
                if self.k >= len {
                    return DONE;
                }
            }
            self.skip = self.elem().conn.pat_gap();
            self.k += 1;
            if self.k >= len {
                return DONE;
            }
            self.loc += 1;
            if self.loc > self.iend {
                return FAIL;
            }
        } else {
            self.k -= 1;
            if self.k < 0 {
                return DONE;
            }
            if self.cond && matches!(self.tok_at(self.k), Some(PTok::Or | PTok::Open)) {
                self.cond = false;
                while self.k >= 0 && self.tok_at(self.k) != Some(PTok::Open) {
                    self.k -= 1;
                }
                self.k -= 1;
                if self.k < 0 {
                    return DONE;
                }
            }
            self.skip = self.elem().conn.pat_gap();
            self.loc -= 1;
            if self.loc < 0 {
                return FAIL;
            }
        }
        self.full = !self.elem().conn.pat_prefix();
        GO
    }

    /// TABARI's `continueCheck`: the next word, same element.
    fn cont(&mut self) -> u8 {
        if self.high {
            self.loc += 1;
            if self.loc > self.iend {
                return FAIL;
            }
        } else {
            self.loc -= 1;
            if self.loc < 0 {
                return FAIL;
            }
        }
        GO
    }

    /// TABARI's `stateCheck`.
    fn state(&mut self, result: u8) -> u8 {
        let matched = if self.full { result == 2 } else { result > 0 };
        match (self.skip, matched) {
            (_, true) => self.next(),
            (true, false) => self.cont(),
            (false, false) => FAIL,
        }
    }

    fn save(&mut self) {
        self.cond = true;
        self.saved = (self.loc, self.out.lenalt, self.skip);
    }

    fn restore(&mut self) {
        (self.loc, self.out.lenalt, self.skip) = self.saved;
    }

    /// Entering a group of alternatives (from either side).
    fn init_cond(&mut self) {
        self.save();
        self.k += if self.high { 1 } else { -1 };
    }

    /// An option failed: try the next one from where the group started.
    fn cond_check(&mut self, state: &mut u8) {
        let len = self.elems.len() as isize;
        if self.high {
            while self.k < len && !matches!(self.tok_at(self.k), Some(PTok::Or | PTok::Close)) {
                self.k += 1;
            }
            if self.k >= len || self.tok_at(self.k) == Some(PTok::Close) {
                return;
            }
        } else {
            while self.k >= 0 && !matches!(self.tok_at(self.k), Some(PTok::Or | PTok::Open)) {
                self.k -= 1;
            }
            if self.k < 0 || self.tok_at(self.k) == Some(PTok::Open) {
                return;
            }
        }
        self.restore();
        self.k += if self.high { 1 } else { -1 };
        if let Some(e) = (self.k >= 0)
            .then(|| self.elems.get(self.k as usize))
            .flatten()
        {
            self.full = !e.conn.pat_prefix();
            *state = GO;
        }
    }

    /// TABARI's `compTarget`: the current element against the current word.
    fn target(&mut self) -> u8 {
        if self.loc < 0 {
            return 0;
        }
        let loc = self.loc as usize;
        let p = self.p;
        let actor = p.wt(loc) == WType::Actor;
        let Some(e) = (self.k >= 0)
            .then(|| self.elems.get(self.k as usize))
            .flatten()
        else {
            return 0;
        };
        match e.tok {
            PTok::Lit(l) => {
                let m = p.lit_match(loc, l);
                if m > 0 && self.cond {
                    self.out.lenalt += self.d.lit_text(l).len() as u32;
                }
                m
            }
            PTok::Source if actor => match actor_head(p, loc) {
                Some(h) => {
                    self.out.source = Some(h);
                    2
                }
                None => 0,
            },
            PTok::Target if actor => match actor_head(p, loc) {
                Some(h) => {
                    self.out.target = Some(h);
                    2
                }
                None => 0,
            },
            PTok::Attrib if actor => u8::from(actor_head(p, loc).is_some()) * 2,
            PTok::Skip if actor => {
                let Some(h) = actor_head(p, loc) else {
                    return 0;
                };
                if self.high {
                    self.loc = actor_tail(p, loc, self.iend) as isize;
                } else {
                    self.loc = h as isize;
                }
                2
            }
            PTok::Compound if p.has_head(loc, TagKind::Compound) && compound_closed(p, loc) => {
                self.out.compound = Some(loc);
                2
            }
            _ => 0,
        }
    }

    /// TABARI's `compSynset`: any member matching here.
    fn synset(&mut self, s: u32) -> u8 {
        let d = self.d;
        for &m in &d.synsets[s as usize].members {
            if self.member(&d.pattern(m).elems) {
                return 2;
            }
        }
        0
    }

    /// A synset before the verb: searched backward to the record's start.
    fn synset_backward(&mut self, s: u32) -> u8 {
        self.save();
        let mut result = self.synset(s);
        while result == 0 {
            if self.cont() == FAIL {
                break;
            }
            result = self.synset(s);
        }
        if result == 0 {
            self.cond = false;
            self.restore();
        }
        result
    }

    /// TABARI's `checksubPattern`: a member from the current word, with
    /// the current match modes. The position is restored afterwards (a
    /// multi-word member does not advance it); the modes are not.
    fn member(&mut self, elems: &'a [PElem]) -> bool {
        let saved = (self.elems, self.k, self.loc);
        self.elems = elems;
        self.k = 0;
        let mut state = GO;
        while state == GO && (self.k as usize) < self.elems.len() {
            let result = match self.elem().tok {
                PTok::Synset(s) if self.high => self.synset(s),
                PTok::Synset(s) => self.synset_backward(s),
                _ => self.target(),
            };
            state = self.state(result);
        }
        (self.elems, self.k, self.loc) = saved;
        state != FAIL
    }
}

/// TABARI's `getActorHead`: the head of the actor a word belongs to (a
/// resolved pronoun is followed to its antecedent first); the nearest head
/// tag at or before it.
pub fn actor_head(p: &Parse, loc: usize) -> Option<usize> {
    let mut loc = loc;
    if p.has_head(loc, TagKind::Root(WType::Pronoun))
        && let Some(r) = p.reference(loc)
    {
        loc = r;
    }
    let mut i = loc as isize;
    while i >= 0 && !p.has_head(i as usize, TagKind::Root(WType::Actor)) {
        i -= 1;
    }
    (i >= 0).then_some(i as usize)
}

/// TABARI's `getActorTail`: the nearest actor tail tag at or after `loc`,
/// not beyond the clause end.
pub fn actor_tail(p: &Parse, loc: usize, iend: isize) -> usize {
    if p.has_head(loc, TagKind::Root(WType::Pronoun)) {
        return loc;
    }
    let mut i = loc;
    while (i as isize) < iend && !p.has_tail(i, TagKind::Root(WType::Actor)) {
        i += 1;
    }
    i
}

/// TABARI's `checkTailTag`: the compound starting at `loc` still has its
/// end (a deleted clause may have cancelled it) within the record.
pub fn compound_closed(p: &Parse, loc: usize) -> bool {
    let Some(id) = p.head_id(loc, TagKind::Compound) else {
        return false;
    };
    let mut i = loc + 1;
    while i <= p.n && !p.has_tail_id(i, TagKind::Compound, id) {
        i += 1;
    }
    i <= p.n
}
