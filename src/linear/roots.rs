//! TABARI's shallow parse of one record: dictionary roots by longest match,
//! nouns, agent conversion, syntactic compounds, comma-delimited clauses,
//! conjunction clauses, pronouns, the discard check and the complexity
//! filter — in TABARI's order (`docs/peers/tabari.md` §2.4–2.12).
//!
//! Takes the filtered [`Word`]s, the dictionary, the options and the
//! record's date; gives a [`Parse`]: one [`Slot`] per word (its word type
//! and, on the first word of a root, the root) plus head and tail tags that
//! delimit multi-word structures (roots, compounds, clauses, deleted
//! clauses, pronoun references).
//!
//! Invariants: `slots[n]` is the end marker ([`WType::Halt`]); slots after
//! it hold actors forwarded from the previous record; a head tag and its
//! tail share an id; a deleted (comma) clause keeps its words' literals but
//! its roots and structures are cancelled. The functions mirror TABARI's
//! scans literally (including how they find a root's head or tail by
//! scanning for the nearest tag), because the validation suite depends on
//! those details.

use smallvec::SmallVec;

/// Adds a line to the parse notes, formatting it only when tracing.
macro_rules! note {
    ($p:expr, $($arg:tt)*) => {
        if $p.tracing {
            $p.notes.push(format!($($arg)*));
        }
    };
}

use super::dict::{LinearDict, LitId, NULL, RootId, RootKind, SINGULAR_PRONOUNS};
use super::options::Options;
use super::words::{Cap, Filtered, Word, WordKind};
use crate::model::Date;

/// The syntactic type of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WType {
    Null,
    Actor,
    Agent,
    Verb,
    Noun,
    Adjctv,
    Determ,
    Conj,
    Prep,
    Pronoun,
    Auxil,
    Byword,
    Time,
    Comma,
    Number,
    /// A root or structure cancelled by a deleted clause.
    Cancelled,
    /// The end of the record.
    Halt,
}

impl WType {
    pub fn of(kind: RootKind) -> WType {
        match kind {
            RootKind::Actor(_) => WType::Actor,
            RootKind::Agent(_) => WType::Agent,
            RootKind::Verb(_) => WType::Verb,
            RootKind::Time(_) => WType::Time,
            RootKind::Noun => WType::Noun,
            RootKind::Adjective | RootKind::Former => WType::Adjctv,
            RootKind::Determ => WType::Determ,
            RootKind::Conj => WType::Conj,
            RootKind::Prep => WType::Prep,
            RootKind::Pronoun => WType::Pronoun,
            RootKind::Auxil => WType::Auxil,
            RootKind::By => WType::Byword,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            WType::Null => "-",
            WType::Actor => "actor",
            WType::Agent => "agent",
            WType::Verb => "verb",
            WType::Noun => "noun",
            WType::Adjctv => "adj",
            WType::Determ => "det",
            WType::Conj => "conj",
            WType::Prep => "prep",
            WType::Pronoun => "pron",
            WType::Auxil => "aux",
            WType::Byword => "by",
            WType::Time => "time",
            WType::Comma => "comma",
            WType::Number => "num",
            WType::Cancelled => "deleted",
            WType::Halt => "end",
        }
    }
}

/// What a tag delimits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagKind {
    /// A root of this type.
    Root(WType),
    Compound,
    Clause,
    /// A deleted comma clause.
    Subord,
    /// A cancelled tag.
    Cancelled,
    /// A resolved pronoun: the slot of its antecedent.
    Ref(u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tag {
    kind: TagKind,
    id: u32,
}

/// One word of the record (or a forwarded actor) and its markup.
#[derive(Clone, Debug)]
pub struct Slot {
    pub wtype: WType,
    /// The root that starts here.
    pub root: Option<RootId>,
    heads: SmallVec<[Tag; 2]>,
    tails: SmallVec<[Tag; 2]>,
    /// Inside a syntactic compound (set when the compound is marked; stays
    /// when a larger compound replaces it).
    pub compd: bool,
}

impl Slot {
    fn new(wtype: WType) -> Slot {
        Slot {
            wtype,
            root: None,
            heads: SmallVec::new(),
            tails: SmallVec::new(),
            compd: false,
        }
    }
}

/// An actor or compound kept from a record for the next one's pronouns.
#[derive(Clone, Debug, Default)]
pub struct Forwarded {
    pub actor: Option<FwdSlot>,
    pub compound: Vec<FwdSlot>,
}

/// A forwarded word: only its root and type survive.
#[derive(Clone, Copy, Debug)]
pub struct FwdSlot {
    pub wtype: WType,
    pub root: Option<RootId>,
    pub actor_head: bool,
    pub actor_tail: bool,
}

/// The record after TABARI's parse.
pub struct Parse<'a> {
    pub words: &'a [Word],
    pub slots: Vec<Slot>,
    /// Words in the record; `slots[n]` is the end marker.
    pub n: usize,
    lits: Vec<SmallVec<[(LitId, bool); 4]>>,
    next_id: u32,
    pub has_clauses: bool,
    /// Slots holding the forwarded actor and compound, if any.
    pub fwd_actor: Option<usize>,
    pub fwd_compound: Option<usize>,
    /// A word's root carries the discard code.
    pub discard: bool,
    /// Why the record is complex, if it is.
    pub complex: Option<String>,
    /// What the parse decided, for `explain` (only when tracing).
    pub notes: Vec<String>,
    tracing: bool,
    /// Every literal some word of the record matches, as a bit set.
    present: Vec<u64>,
}

impl<'a> Parse<'a> {
    /// Parses a record. `forward` is the previous record's actor and
    /// compound when pronouns may be forwarded.
    pub fn new(
        dict: &LinearDict,
        filtered: &'a Filtered,
        opts: &Options,
        date: Option<Date>,
        forward: Option<&Forwarded>,
        tracing: bool,
    ) -> Parse<'a> {
        let words = &filtered.words[..];
        let n = words.len();
        let mut lits = Vec::with_capacity(n);
        let mut slots = Vec::with_capacity(n + 8);
        let mut buf = Vec::new();
        for w in words {
            let mut wt = WType::Null;
            let mut l: SmallVec<[(LitId, bool); 4]> = SmallVec::new();
            match w.kind {
                WordKind::Comma => wt = WType::Comma,
                WordKind::Quote => {}
                WordKind::Word => {
                    dict.prefix_lits(&w.text, &mut buf);
                    // A number is a word starting with a digit that is no
                    // dictionary word (`77` in GROUP OF 77 is one).
                    if buf.is_empty() && w.text.starts_with(|c: char| c.is_ascii_digit()) {
                        wt = WType::Number;
                    }
                    l.extend(buf.iter().copied());
                }
            }
            lits.push(l);
            slots.push(Slot::new(wt));
        }
        slots.push(Slot::new(WType::Halt));
        let mut present = vec![0u64; dict.lit_count().div_ceil(64)];
        for &(l, _) in lits.iter().flatten() {
            present[l as usize / 64] |= 1 << (l % 64);
        }
        let mut p = Parse {
            words,
            slots,
            n,
            lits,
            next_id: 1,
            has_clauses: false,
            fwd_actor: None,
            fwd_compound: None,
            discard: false,
            complex: None,
            notes: Vec::new(),
            tracing,
            present,
        };
        if let Some(f) = forward {
            p.add_forwarded(f);
        }
        p.assign_roots(dict);
        p.mark_nouns(dict, date);
        if opts.convert_agents {
            p.convert_agents(dict);
        }
        p.mark_compounds(dict);
        p.mark_subordinate(opts);
        p.null_subordinate();
        p.mark_clauses();
        p.dereference(dict);
        p.check_discards(dict, date);
        if !p.discard {
            p.complexity(dict, opts);
        }
        p
    }

    // ---- tags -----------------------------------------------------------

    pub fn wt(&self, i: usize) -> WType {
        self.slots.get(i).map_or(WType::Halt, |s| s.wtype)
    }

    pub fn root_at(&self, i: usize) -> Option<RootId> {
        self.slots.get(i).and_then(|s| s.root)
    }

    fn new_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn add_head(&mut self, i: usize, kind: TagKind, id: u32) {
        if let Some(s) = self.slots.get_mut(i) {
            s.heads.push(Tag { kind, id });
        }
    }

    fn add_tail(&mut self, i: usize, kind: TagKind, id: u32) {
        if let Some(s) = self.slots.get_mut(i) {
            s.tails.push(Tag { kind, id });
        }
    }

    pub fn has_head(&self, i: usize, kind: TagKind) -> bool {
        self.head_id(i, kind).is_some()
    }

    /// The id of the first head tag of `kind` at `i`.
    pub fn head_id(&self, i: usize, kind: TagKind) -> Option<u32> {
        self.slots
            .get(i)?
            .heads
            .iter()
            .find(|t| t.kind == kind)
            .map(|t| t.id)
    }

    pub fn has_tail(&self, i: usize, kind: TagKind) -> bool {
        self.slots
            .get(i)
            .is_some_and(|s| s.tails.iter().any(|t| t.kind == kind))
    }

    pub fn has_tail_id(&self, i: usize, kind: TagKind, id: u32) -> bool {
        self.slots
            .get(i)
            .is_some_and(|s| s.tails.iter().any(|t| t.kind == kind && t.id == id))
    }

    fn change_head(&mut self, i: usize, from: TagKind, to: TagKind) {
        if let Some(t) = self
            .slots
            .get_mut(i)
            .and_then(|s| s.heads.iter_mut().find(|t| t.kind == from))
        {
            t.kind = to;
        }
    }

    fn change_tail(&mut self, i: usize, from: TagKind, to: TagKind) {
        if let Some(t) = self
            .slots
            .get_mut(i)
            .and_then(|s| s.tails.iter_mut().find(|t| t.kind == from))
        {
            t.kind = to;
        }
    }

    /// The antecedent slot of a resolved pronoun at `i`.
    pub fn reference(&self, i: usize) -> Option<usize> {
        self.slots.get(i)?.heads.iter().find_map(|t| match t.kind {
            TagKind::Ref(r) => Some(r as usize),
            _ => None,
        })
    }

    /// If `i` starts a structure of `kind`, the index after its end.
    pub fn skip_segment(&self, i: usize, kind: TagKind) -> Option<usize> {
        let id = self.head_id(i, kind)?;
        let mut j = i;
        while j < self.n && !self.has_tail_id(j, kind, id) {
            j += 1;
        }
        Some(j + 1)
    }

    /// How `lit` matches word `i`: 2 the whole word, 1 a prefix, 0 not.
    pub fn lit_match(&self, i: usize, lit: LitId) -> u8 {
        match self.lits.get(i).and_then(|l| l.iter().find(|x| x.0 == lit)) {
            Some(&(_, true)) => 2,
            Some(_) => 1,
            None => 0,
        }
    }

    /// Whether every literal of `lits` matches some word of the record.
    pub fn has_all(&self, lits: &[LitId]) -> bool {
        lits.iter().all(|&l| {
            self.present
                .get(l as usize / 64)
                .is_some_and(|w| w & (1 << (l % 64)) != 0)
        })
    }

    fn first_lit(&self, i: usize) -> Option<LitId> {
        self.lits.get(i).and_then(|l| l.first()).map(|x| x.0)
    }

    fn is_root(&self, i: usize, kind: RootKind, dict: &LinearDict) -> bool {
        self.root_at(i).is_some_and(|r| dict.root(r).kind == kind)
    }

    // ---- §2.4 roots ----------------------------------------------------

    fn assign_roots(&mut self, dict: &LinearDict) {
        for i in 0..self.n {
            if self.slots[i].wtype != WType::Null || self.lits[i].is_empty() {
                continue;
            }
            let mut best: Option<(usize, RootId, SmallVec<[usize; 4]>)> = None;
            for k in 0..self.lits[i].len() {
                let lit = self.lits[i][k].0;
                for &r in dict.roots_starting(lit) {
                    let rest = &dict.root(r).phrase[1..];
                    if !rest.iter().all(|&(l, _)| self.has_all(&[l])) {
                        continue;
                    }
                    if let Some((chars, at)) = self.match_root(dict, r, i)
                        && best.as_ref().is_none_or(|b| chars > b.0)
                    {
                        best = Some((chars, r, at));
                    }
                }
            }
            let Some((_, r, at)) = best else { continue };
            let wt = WType::of(dict.root(r).kind);
            let id = self.new_id();
            self.slots[i].root = Some(r);
            self.add_head(i, TagKind::Root(wt), id);
            for &j in &at {
                self.slots[j].wtype = wt;
            }
            if let Some(&last) = at.last() {
                self.add_tail(last, TagKind::Root(wt), id);
            }
        }
    }

    /// Matches root `r` from word `begin`: the characters matched (with a
    /// regular ending) and the words it covers.
    fn match_root(
        &self,
        dict: &LinearDict,
        r: RootId,
        begin: usize,
    ) -> Option<(usize, SmallVec<[usize; 4]>)> {
        let root = dict.root(r);
        let wt = WType::of(root.kind);
        let mut at = SmallVec::new();
        let mut pos = begin;
        let mut gap = false;
        let mut chars = 0;
        for (k, &(lit, conn)) in root.phrase.iter().enumerate() {
            loop {
                if pos >= self.n || self.words[pos].kind == WordKind::Comma {
                    return None;
                }
                if self.lit_match(pos, lit) > 0 {
                    break;
                }
                if !gap {
                    return None;
                }
                pos += 1;
            }
            let lit_text = dict.lit_text(lit);
            at.push(pos);
            chars += lit_text.len();
            let word = &self.words[pos].text;
            if word.len() > lit_text.len() && !conn.root_prefix() {
                if conn == super::dict::Conn::Equal || k + 1 < root.phrase.len() {
                    return None;
                }
                let rest = &word[lit_text.len()..];
                let extra = match wt {
                    WType::Actor | WType::Agent | WType::Noun => match rest {
                        "S" => 1,
                        "'S" | "ES" => 2,
                        _ => return None,
                    },
                    WType::Verb => match rest {
                        "S" => 1,
                        "ED" | "ES" | "EN" => 2,
                        "ING" => 3,
                        "D" if lit_text.ends_with('E') => 1,
                        _ => return None,
                    },
                    _ => return None,
                };
                return Some((chars + extra, at));
            }
            gap = conn.root_gap();
            pos += 1;
        }
        Some((chars, at))
    }

    // ---- §2.5 nouns ----------------------------------------------------

    fn mark_nouns(&mut self, dict: &LinearDict, date: Option<Date>) {
        let verb = TagKind::Root(WType::Verb);
        let actor = TagKind::Root(WType::Actor);
        let noun = TagKind::Root(WType::Noun);
        let mut i = 0;
        while i < self.n {
            if self.slots[i].wtype == WType::Verb && i > 0 {
                let det = self.slots[i - 1].wtype == WType::Determ;
                if det || self.words[i].cap == Cap::Mid {
                    self.slots[i].wtype = WType::Noun;
                    if let Some(id) = self.head_id(i, verb) {
                        self.change_head(i, verb, noun);
                        let mut j = i;
                        while !self.has_tail_id(j, verb, id) {
                            j += 1;
                            if j >= self.n {
                                j = self.n - 1;
                                break;
                            }
                            if self.slots[j].wtype == WType::Verb && !self.has_head(j, verb) {
                                self.slots[j].wtype = WType::Noun;
                            }
                        }
                        self.change_tail(j, verb, noun);
                        note!(
                            self,
                            "{} is a noun ({})",
                            self.words[i].text,
                            if det {
                                "after a determiner"
                            } else {
                                "capitalised"
                            }
                        );
                    }
                }
            } else if let Some(id) = self.head_id(i, actor)
                && self.null_actor(dict, i, date)
            {
                self.change_head(i, actor, noun);
                self.slots[i].wtype = WType::Noun;
                note!(self, "{} is a noun (null-coded actor)", self.words[i].text);
                while !self.has_tail_id(i, actor, id) {
                    i += 1;
                    if i >= self.n {
                        i = self.n - 1;
                        break;
                    }
                    if self.slots[i].wtype == WType::Actor && !self.has_head(i, actor) {
                        self.slots[i].wtype = WType::Noun;
                    }
                }
                self.change_tail(i, actor, noun);
            }
            i += 1;
        }
    }

    fn null_actor(&self, dict: &LinearDict, i: usize, date: Option<Date>) -> bool {
        match self.root_at(i).map(|r| dict.root(r).kind) {
            Some(RootKind::Actor(a)) => {
                let codes = dict.actors[a as usize].codes_on(date);
                codes.len() == 1 && codes[0].actor == NULL
            }
            _ => false,
        }
    }

    // ---- §2.6 agents that stand alone ------------------------------------

    fn convert_agents(&mut self, dict: &LinearDict) {
        let agent = TagKind::Root(WType::Agent);
        let actor = TagKind::Root(WType::Actor);
        let mut a = 0;
        while a < self.n {
            if self.slots[a].wtype == WType::Agent {
                let id = self.head_id(a, agent);
                let tail = |p: &Parse, mut j: usize| -> usize {
                    if let Some(id) = id {
                        while j < p.n && !p.has_tail_id(j, agent, id) {
                            j += 1;
                        }
                    }
                    j.min(p.n - 1)
                };
                let owned = a > 0
                    && (self.slots[a - 1].wtype == WType::Actor
                        || self.has_tail(a - 1, actor)
                        || self.is_root(a - 1, RootKind::Former, dict));
                if owned {
                    a = tail(self, a);
                } else {
                    let h = a;
                    a = tail(self, a);
                    let mut convert = !(a + 1 < self.n && self.has_head(a + 1, actor));
                    if convert
                        && a + 2 < self.n
                        && self.slots[a + 1].wtype == WType::Prep
                        && self.slots[a + 2].wtype == WType::Actor
                    {
                        convert = false;
                    }
                    if convert {
                        self.slots[h].wtype = WType::Actor;
                        self.change_head(h, agent, actor);
                        self.change_tail(a, agent, actor);
                        note!(self, "{} is an actor (lone agent)", self.words[h].text);
                    }
                }
            }
            a += 1;
        }
    }

    // ---- §2.7 compounds --------------------------------------------------

    fn mark_compounds(&mut self, dict: &LinearDict) {
        let actor = TagKind::Root(WType::Actor);
        for c in 0..self.n {
            if self.slots[c].wtype != WType::Conj
                || !self.lits[c].iter().any(|&(l, _)| dict.is_and_nor(l))
            {
                continue;
            }
            let mut end = None;
            let mut j = c + 1;
            while matches!(self.wt(j), WType::Actor | WType::Determ | WType::Adjctv) {
                if self.slots[j].wtype == WType::Actor && self.has_head(j, actor) {
                    while j < self.n && !self.has_tail(j, actor) {
                        j += 1;
                    }
                    end = Some(j);
                }
                j += 1;
            }
            let Some(end) = end else { continue };
            let mut start = None;
            let mut need_connector = false;
            let mut k = c as isize;
            while k >= 0
                && matches!(
                    self.wt(k as usize),
                    WType::Actor | WType::Conj | WType::Comma | WType::Determ | WType::Adjctv
                )
            {
                let w = self.wt(k as usize);
                if matches!(w, WType::Conj | WType::Comma) {
                    need_connector = false;
                }
                if w == WType::Actor {
                    if need_connector {
                        break;
                    }
                    while k > 0 && !self.has_head(k as usize, actor) {
                        k -= 1;
                    }
                    start = Some(k as usize);
                    need_connector = true;
                }
                k -= 1;
            }
            let Some(start) = start else { continue };
            // A compound that encloses earlier ones replaces them.
            for j in start..=end {
                let ids: SmallVec<[u32; 2]> = self.slots[j]
                    .heads
                    .iter()
                    .filter(|t| t.kind == TagKind::Compound)
                    .map(|t| t.id)
                    .collect();
                for old in ids {
                    let mut t = j;
                    while t < self.n && !self.has_tail_id(t, TagKind::Compound, old) {
                        t += 1;
                    }
                    if t < self.n {
                        self.cancel_head(j, TagKind::Compound, old);
                        self.cancel_tail(t, TagKind::Compound, old);
                    }
                }
            }
            let id = self.new_id();
            self.add_head(start, TagKind::Compound, id);
            self.add_tail(end, TagKind::Compound, id);
            for s in &mut self.slots[start..=end] {
                s.compd = true;
            }
        }
    }

    fn cancel_head(&mut self, i: usize, kind: TagKind, id: u32) {
        if let Some(t) = self.slots[i]
            .heads
            .iter_mut()
            .find(|t| t.kind == kind && t.id == id)
        {
            t.kind = TagKind::Cancelled;
        }
    }

    fn cancel_tail(&mut self, i: usize, kind: TagKind, id: u32) {
        if let Some(t) = self.slots[i]
            .tails
            .iter_mut()
            .find(|t| t.kind == kind && t.id == id)
        {
            t.kind = TagKind::Cancelled;
        }
    }

    /// The compounds, as (first, last) word.
    pub fn compounds(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..self.n {
            for t in &self.slots[i].heads {
                if t.kind == TagKind::Compound {
                    let mut j = i;
                    while j < self.n && !self.has_tail_id(j, TagKind::Compound, t.id) {
                        j += 1;
                    }
                    out.push((i, j.min(self.n - 1)));
                }
            }
        }
        out
    }

    // ---- §2.8 comma clauses ----------------------------------------------

    fn mark_subordinate(&mut self, opts: &Options) {
        let lim = opts.comma;
        let mut p = 0;
        while p < self.n {
            if let Some(next) = self.skip_segment(p, TagKind::Compound) {
                p = next;
                continue;
            }
            if self.slots[p].wtype == WType::Comma {
                let start = p;
                if lim.bmin <= p && p <= lim.bmax {
                    let id = self.new_id();
                    self.add_head(0, TagKind::Subord, id);
                    self.add_tail(p.saturating_sub(1), TagKind::Subord, id);
                    note!(self, "initial clause of {p} words deleted");
                }
                p += 1;
                while p < self.n && self.slots[p].wtype != WType::Comma {
                    match self.skip_segment(p, TagKind::Compound) {
                        Some(next) => p = next.min(self.n),
                        None => p += 1,
                    }
                }
                let inside = p - start - 1;
                if p >= self.n && lim.emin <= inside && inside <= lim.emax {
                    let id = self.new_id();
                    self.add_head(start, TagKind::Subord, id);
                    self.add_tail(self.n - 1, TagKind::Subord, id);
                    note!(self, "terminal clause of {inside} words deleted");
                    return;
                }
                if p < self.n && lim.min <= inside && inside <= lim.max {
                    let id = self.new_id();
                    self.add_head(start, TagKind::Subord, id);
                    self.add_tail(p, TagKind::Subord, id);
                    note!(self, "clause of {inside} words between commas deleted");
                }
            }
            if p < self.n {
                p += 1;
            }
        }
    }

    fn null_subordinate(&mut self) {
        if self.has_head(0, TagKind::Subord) && self.n > 0 {
            self.slots[0].wtype = WType::Null;
        }
        let mut p = 0;
        while p < self.n {
            if self.has_head(p, TagKind::Subord) {
                loop {
                    p += 1;
                    if p >= self.n {
                        return;
                    }
                    self.slots[p].wtype = WType::Null;
                    let heads: SmallVec<[Tag; 2]> = self.slots[p].heads.clone();
                    for t in heads {
                        if t.kind == TagKind::Cancelled {
                            continue;
                        }
                        let mut q = p;
                        while q < self.n && !self.has_tail(q, t.kind) {
                            q += 1;
                        }
                        if q >= self.n {
                            continue;
                        }
                        self.slots[p].wtype = WType::Cancelled;
                        self.change_head(p, t.kind, TagKind::Cancelled);
                        self.change_tail(q, t.kind, TagKind::Cancelled);
                    }
                    let tails: SmallVec<[Tag; 2]> = self.slots[p].tails.clone();
                    for t in tails {
                        if matches!(t.kind, TagKind::Cancelled | TagKind::Subord) {
                            continue;
                        }
                        let mut q = p;
                        while q > 0 && !self.has_head(q, t.kind) {
                            q -= 1;
                        }
                        if !self.has_head(q, t.kind) {
                            continue;
                        }
                        self.change_tail(p, t.kind, TagKind::Cancelled);
                        self.change_head(q, t.kind, TagKind::Cancelled);
                        self.slots[q].wtype = WType::Cancelled;
                    }
                    if self.has_tail(p, TagKind::Subord) {
                        break;
                    }
                }
            }
            p += 1;
        }
    }

    /// The deleted comma clauses, as (first, last) word.
    pub fn deleted(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut p = 0;
        while p < self.n {
            if let Some(next) = self.skip_segment(p, TagKind::Subord) {
                out.push((p, next.saturating_sub(1).min(self.n - 1)));
                p = next;
            } else {
                p += 1;
            }
        }
        out
    }

    // ---- §2.9 conjunction clauses ------------------------------------------

    fn mark_clauses(&mut self) {
        let id0 = self.new_id();
        let mut id = id0;
        self.add_head(0, TagKind::Clause, id);
        let mut p = 0;
        while p < self.n {
            if let Some(next) = self.skip_segment(p, TagKind::Compound) {
                p = next;
                continue;
            }
            if let Some(next) = self.skip_segment(p, TagKind::Subord) {
                p = next;
                continue;
            }
            if self.slots[p].wtype == WType::Conj && p > 0 && p + 1 < self.n {
                let mut split = true;
                if self.slots[p - 1].wtype == WType::Noun {
                    let mut q = p + 1;
                    while self.wt(q) == WType::Adjctv {
                        q += 1;
                    }
                    if self.wt(q) == WType::Noun {
                        split = false;
                        p = q;
                    }
                }
                if self.wt(p - 1) == WType::Adjctv && self.wt(p + 1) == WType::Adjctv {
                    split = false;
                    p += 1;
                }
                if split {
                    self.has_clauses = true;
                    self.add_tail(p - 1, TagKind::Clause, id);
                    id = self.new_id();
                    self.add_head(p + 1, TagKind::Clause, id);
                    p += 1;
                }
            }
            p += 1;
        }
        let last = p.min(self.n).saturating_sub(1);
        self.add_tail(last, TagKind::Clause, id);
    }

    /// The conjunction clauses, as (first, last) word: TABARI's
    /// `setClauseBounds` sequence.
    pub fn clauses(&self) -> Vec<(usize, usize)> {
        if self.n == 0 {
            return Vec::new();
        }
        if !self.has_clauses {
            return vec![(0, self.n - 1)];
        }
        let mut out = Vec::new();
        let mut start = 0;
        loop {
            let mut end = start;
            while end < self.n && !self.has_tail(end, TagKind::Clause) {
                end += 1;
            }
            let end = end.min(self.n - 1);
            out.push((start, end));
            let mut s = end + 1;
            while s < self.n && !self.has_head(s, TagKind::Clause) {
                s += 1;
            }
            if s >= self.n {
                break;
            }
            start = s;
        }
        out
    }

    // ---- §2.10 pronouns ---------------------------------------------------

    fn add_forwarded(&mut self, f: &Forwarded) {
        let actor = TagKind::Root(WType::Actor);
        if !f.compound.is_empty() {
            let start = self.slots.len();
            let id = self.new_id();
            for (k, fs) in f.compound.iter().enumerate() {
                let mut s = Slot::new(fs.wtype);
                s.root = fs.root;
                s.compd = true;
                self.slots.push(s);
                let i = self.slots.len() - 1;
                let aid = self.new_id();
                if fs.actor_head {
                    self.add_head(i, actor, aid);
                }
                if fs.actor_tail {
                    self.add_tail(i, actor, aid);
                }
                if k == 0 {
                    self.add_head(i, TagKind::Compound, id);
                }
            }
            let last = self.slots.len() - 1;
            self.add_tail(last, TagKind::Compound, id);
            self.fwd_compound = Some(start);
        }
        if let Some(fs) = f.actor {
            let mut s = Slot::new(fs.wtype);
            s.root = fs.root;
            self.slots.push(s);
            let i = self.slots.len() - 1;
            let id = self.new_id();
            self.add_head(i, actor, id);
            self.add_tail(i, actor, id);
            self.fwd_actor = Some(i);
        }
        if self.fwd_compound.is_none() {
            self.fwd_compound = self.fwd_actor;
        }
    }

    /// What the next record may forward from this one: its first compound
    /// or first actor, whichever comes first (TABARI's `setForward`).
    pub fn forward_candidates(&self) -> Forwarded {
        let actor = TagKind::Root(WType::Actor);
        let mut out = Forwarded::default();
        let mut p = 0;
        let copy = |p: &Parse, i: usize| FwdSlot {
            wtype: p.slots[i].wtype,
            root: p.slots[i].root,
            actor_head: p.has_head(i, actor),
            actor_tail: p.has_tail(i, actor),
        };
        while out.actor.is_none() && out.compound.is_empty() && p < self.n {
            if self.has_head(p, TagKind::Compound) {
                while p < self.n {
                    out.compound.push(copy(self, p));
                    if self.has_tail(p, TagKind::Compound) {
                        break;
                    }
                    p += 1;
                }
                p = p.min(self.n - 1);
            }
            if out.actor.is_none()
                && self.has_head(p, actor)
                && !self.has_head(p, TagKind::Root(WType::Pronoun))
            {
                out.actor = Some(copy(self, p));
            }
            p += 1;
        }
        out
    }

    fn dereference(&mut self, dict: &LinearDict) {
        let actor = TagKind::Root(WType::Actor);
        for p in 0..self.n {
            if self.slots[p].wtype != WType::Pronoun {
                continue;
            }
            let first = self.first_lit(p).map(|l| dict.lit_text(l)).unwrap_or("");
            let mut found: Option<usize> = None;
            if SINGULAR_PRONOUNS.contains(&first) {
                let mut a = 0;
                while a < p {
                    while a < p && self.slots[a].wtype != WType::Actor {
                        a += 1;
                    }
                    if a >= p {
                        break;
                    }
                    if let Some(next) = self.skip_segment(a, TagKind::Compound) {
                        a = next;
                    } else if !self.has_head(a, actor) {
                        a += 1;
                    } else {
                        found = Some(a);
                        break;
                    }
                }
                if found.is_none() {
                    found = self.fwd_actor;
                }
            } else if first == "THE" {
                for a in 0..p {
                    if self.slots[a].wtype != WType::Actor {
                        continue;
                    }
                    if self.has_head(a, TagKind::Compound) {
                        found = Some(a);
                        break;
                    }
                    if found.is_none() {
                        found = Some(a);
                    }
                }
                if found.is_none() {
                    found = self.fwd_compound;
                }
            }
            if let Some(r) = found {
                self.slots[p].wtype = WType::Actor;
                let id = self.new_id();
                self.add_head(p, actor, id);
                self.add_tail(p, actor, id);
                let rid = self.new_id();
                self.add_head(p, TagKind::Ref(r as u16), rid);
                self.add_tail(p, TagKind::Ref(r as u16), rid);
                let what = if r >= self.n {
                    "the previous record".to_string()
                } else {
                    self.words[r].text.clone()
                };
                note!(self, "{} refers to {what}", self.words[p].text);
            }
        }
    }

    // ---- §2.11–2.12 discard and complexity -----------------------------------

    fn check_discards(&mut self, dict: &LinearDict, date: Option<Date>) {
        for i in 0..self.n {
            let Some(r) = self.slots[i].root else {
                continue;
            };
            if root_discards(dict, r, date) {
                self.discard = true;
                note!(
                    self,
                    "discard: {} ({})",
                    self.words[i].text,
                    dict.root_text(r)
                );
                return;
            }
        }
    }

    fn count_heads(&self, kind: TagKind) -> u32 {
        let mut n = 0;
        let mut p = 0;
        while p < self.n {
            if let Some(next) = self.skip_segment(p, TagKind::Subord) {
                p = next;
                continue;
            }
            if self.has_head(p, kind) {
                n += 1;
            }
            p += 1;
        }
        n
    }

    fn complexity(&mut self, dict: &LinearDict, opts: &Options) {
        let c = opts.complex;
        let verb = TagKind::Root(WType::Verb);
        let verbs = self.count_heads(verb);
        let actors = self.count_heads(TagKind::Root(WType::Actor));
        let mut pronouns = 0;
        let mut conj = 0;
        let mut p = 0;
        while p < self.n {
            if let Some(next) = self.skip_segment(p, TagKind::Subord) {
                p = next;
                continue;
            }
            if self.slots[p].wtype == WType::Pronoun {
                pronouns += 1;
            }
            p += 1;
        }
        let mut k = 0;
        while k < self.n {
            if self.has_head(k, TagKind::Compound) {
                while k < self.n && !self.has_tail(k, TagKind::Compound) {
                    k += 1;
                }
                k += 1;
            }
            if self.wt(k) == WType::Conj {
                conj += 1;
            }
            k += 1;
        }
        // The first verb that is not null-coded.
        let mut first = 0;
        while first < self.n {
            if let Some(next) = self.skip_segment(first, TagKind::Subord) {
                first = next;
                continue;
            }
            if self.slots[first].wtype == WType::Verb
                && self.has_head(first, verb)
                && !self.null_verb(dict, first)
            {
                break;
            }
            first += 1;
        }
        let actor_in = |p: &Parse, from: usize, to: usize| {
            let mut k = from;
            while k < to {
                if let Some(next) = p.skip_segment(k, TagKind::Subord) {
                    k = next;
                    continue;
                }
                if p.wt(k) == WType::Actor {
                    return true;
                }
                k += 1;
            }
            false
        };
        let mut why = Vec::new();
        let mut limit = |lim: u32, v: u32, what: &str| {
            if lim > 0 && v >= lim {
                why.push(format!("{v} {what} (limit {lim})"));
            }
        };
        limit(c.verbs, verbs, "verbs");
        limit(c.actors, actors, "actors");
        limit(c.pronouns, pronouns, "pronouns");
        limit(c.conj, conj, "conjunctions");
        limit(c.late_verb, first as u32, "words before the first verb");
        if c.no_actor_prior && !actor_in(self, 0, first) {
            why.push("no actor before the first verb".into());
        }
        if c.no_actor_after && !actor_in(self, first + 1, self.n) {
            why.push("no actor after the first verb".into());
        }
        if c.no_verb && verbs == 0 {
            why.push("no verb".into());
        }
        if !why.is_empty() {
            self.complex = Some(why.join(", "));
        }
    }

    fn null_verb(&self, dict: &LinearDict, i: usize) -> bool {
        match self.root_at(i).map(|r| dict.root(r).kind) {
            Some(RootKind::Verb(v)) => dict.verbs[v as usize].code.is_null(),
            _ => false,
        }
    }

    /// Word `i` as `explain` shows it: the word and its type.
    pub fn describe(&self, dict: &LinearDict, i: usize) -> String {
        let w = &self.words[i].text;
        let s = &self.slots[i];
        match (s.wtype, s.root) {
            (WType::Null, None) => w.clone(),
            (t, Some(r)) => format!("{w}<{} {}>", t.name(), dict.root_text(r)),
            (t, None) => format!("{w}<{}>", t.name()),
        }
    }
}

/// Whether a root's own code is the discard code on `date`.
pub fn root_discards(dict: &LinearDict, r: RootId, date: Option<Date>) -> bool {
    use super::dict::{DISCARD, TimeCode};
    match dict.root(r).kind {
        RootKind::Actor(a) => {
            let codes = dict.actors[a as usize].codes_on(date);
            codes.len() == 1 && codes[0].actor == DISCARD
        }
        RootKind::Agent(a) => dict.agents[a as usize] == DISCARD,
        RootKind::Verb(v) => {
            let c = dict.verbs[v as usize].code;
            c.first.0 == DISCARD && c.pair.is_none()
        }
        RootKind::Time(t) => dict.times[t as usize].code == TimeCode::Discard,
        _ => false,
    }
}
