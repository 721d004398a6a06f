//! PETRARCH-1's coding of one record on the shallow parse of
//! [`super::chunk`] (`docs/peers/petrarch.md` §2): discards, comma-clause
//! deletion, noun-phrase codes (first actor, agents composed with the
//! multiple-of-3 rule, compounds and distribution, possessive owners),
//! verbs left to right with the consumption rule, upper and lower spans,
//! pattern matching with `$ + ^ %` bound to noun phrases, source and
//! target rules, paired codes, passive voice with "by", `require_dyad` and
//! `new_actor_length`.
//!
//! Takes the dictionary (with its [`PetrData`]), one record and the
//! options in force; gives a [`Record`] like the TABARI path's.
//!
//! Where PETRARCH differs from TABARI (and this is the reason for a front
//! end of its own rather than a TABARI option): words match whole (no
//! stems), a verb's span before it runs back to the nearest clause comma
//! and after it over its whole verb phrase, pattern slots bind noun
//! phrases rather than actor words, a noun phrase codes as the first
//! actor anywhere in it, a coded verb silences the verbs inside its
//! phrase, and a null code (`---`) is a real code the options may keep.
//!
//! Invariants: nothing depends on a suite or a dictionary; a phrase's
//! codes are computed once per record; events are deduplicated and never
//! pair a code with itself.

use rustc_hash::FxHashSet;
use smallvec::SmallVec;

use super::chunk::{Analysis, Cand, Class, NONE, RawTok, Tok, TokKind, classify, tokenize};
use super::coder::{FoundActor, LinearEvent, Outcome};
use super::dict::{EventCode, LinearDict, LitId, NULL, RootId, RootKind};
use super::options::Options;
use super::petrarch::{FormKind, PetrData, PetrElem, PetrTok, code_text};
use super::words::{Cap, Word, WordKind};
use super::{Input, Record, State};
use crate::model::Date;

/// Adds a line to the trace, formatting it only when tracing.
macro_rules! note {
    ($run:expr, $($arg:tt)*) => {
        if $run.tracing {
            $run.trace.push(format!($($arg)*));
        }
    };
}

/// The codes of a noun phrase.
#[derive(Clone, Debug, Default)]
struct NeCode {
    /// Member codes (compounds and slash codes expanded); empty when the
    /// phrase is null.
    codes: Vec<String>,
    /// How many members coded (two or more: a compound).
    members: usize,
    /// The phrase's text in quotes, when it is null and short enough to be
    /// a new actor.
    new_actor: Option<String>,
    /// The actor entry found first, for `explain`.
    how: Option<RootId>,
}

impl NeCode {
    fn coded(&self) -> bool {
        !self.codes.is_empty()
    }

    fn compound(&self) -> bool {
        self.members >= 2
    }

    /// The codes an event uses: the members, or the new-actor text, or
    /// the null code.
    fn side(&self) -> Vec<String> {
        if self.coded() {
            self.codes.clone()
        } else if let Some(t) = &self.new_actor {
            vec![t.clone()]
        } else {
            vec!["---".to_string()]
        }
    }
}

/// What a pattern bound.
#[derive(Clone, Copy, Debug, Default)]
struct Bind {
    source: Option<usize>,
    target: Option<usize>,
    /// `%`, and whether it stood before the verb.
    compound: Option<(usize, bool)>,
}

struct Run<'a> {
    d: &'a LinearDict,
    p: &'a PetrData,
    a: &'a Analysis<'a>,
    opts: &'a Options,
    date: Option<Date>,
    codes: Vec<Option<NeCode>>,
    /// Per synset: 0 not yet known, 1 a member may be in the record, 2 none
    /// can be.
    synsets: Vec<u8>,
    /// The record's literals, sorted (patterns need theirs present).
    lits: Vec<LitId>,
    events: Vec<(String, String, String, Ev)>,
    tracing: bool,
    trace: Vec<String>,
}

/// Where an event's evidence stands.
#[derive(Clone, Debug)]
struct Ev {
    src: Option<usize>,
    tgt: Option<usize>,
    verb: (usize, usize),
    pattern: String,
    rule: String,
}

/// Codes one record with PETRARCH's conventions.
pub fn code(d: &LinearDict, p: &PetrData, input: &Input, state: &mut State) -> Record {
    let raw = tokenize(input.text);
    let toks = classify(d, p, &raw);
    let mut trace = Vec::new();
    let mut discard_story = false;
    let mut events = Vec::new();
    let mut actors = Vec::new();
    let outcome = match discard(p, &toks) {
        Some((k, story)) => {
            if input.trace {
                trace.push(format!(
                    "{} discard: {} ({})",
                    if story { "story" } else { "sentence" },
                    p.discards[k].text,
                    d.origins[p.discards[k].origin as usize]
                ));
            }
            discard_story = story;
            Outcome::Discarded
        }
        None => {
            let (ev, act) = code_tokens(d, p, input, &state.options, &raw, toks, &mut trace);
            events = ev;
            actors = act;
            if events.is_empty() {
                Outcome::NoEvents
            } else {
                Outcome::Coded
            }
        }
    };
    if input.trace {
        trace.push(format!("outcome: {}", outcome.label()));
    }
    let words = raw
        .into_iter()
        .map(|t| Word {
            kind: if t.kind == TokKind::Comma {
                WordKind::Comma
            } else {
                WordKind::Word
            },
            cap: if t.upper_first { Cap::Mid } else { Cap::None },
            text: t.text,
            span: t.span,
        })
        .collect();
    Record {
        outcome,
        events,
        words,
        date: input.date,
        actors,
        trace,
        discard_story,
    }
}

/// The events of a record that no discard stopped, and (when tracing) its
/// coded phrases.
fn code_tokens(
    d: &LinearDict,
    p: &PetrData,
    input: &Input,
    opts: &Options,
    raw: &[RawTok],
    toks: Vec<Tok>,
    trace: &mut Vec<String>,
) -> (Vec<LinearEvent>, Vec<FoundActor>) {
    let first = Analysis::new(d, p, raw, toks);
    let a = match first.survivors(&opts.petr_comma) {
        Some(keep) => {
            if input.trace {
                let kept: FxHashSet<usize> = keep.iter().map(|t| t.raw).collect();
                let gone: Vec<&str> = (0..raw.len())
                    .filter(|i| !kept.contains(i))
                    .map(|i| raw[i].text.as_str())
                    .collect();
                trace.push(format!("comma clauses deleted: {}", gone.join(" ")));
            }
            Analysis::new(d, p, raw, keep)
        }
        None => first,
    };
    let mut lits: Vec<LitId> = a.toks.iter().map(|t| t.lit).filter(|&l| l != 0).collect();
    lits.sort_unstable();
    lits.dedup();
    let mut run = Run {
        d,
        p,
        a: &a,
        opts,
        date: input.date,
        codes: vec![None; a.nes.len()],
        synsets: vec![0; p.synsets.len()],
        lits,
        events: Vec::new(),
        tracing: input.trace,
        trace: std::mem::take(trace),
    };
    if run.tracing {
        let parsed = a.describe();
        run.trace.push(format!("parse: {parsed}"));
    }
    run.verbs();
    let mut actors = Vec::new();
    if run.tracing {
        for k in 0..a.nes.len() {
            let c = run.ne(k).clone();
            let ne = &a.nes[k];
            if !c.coded() {
                continue;
            }
            let how = c.how.map_or(String::new(), |r| {
                format!(
                    "{} ({})",
                    d.root_text(r),
                    d.origins[d.root(r).origin as usize]
                )
            });
            actors.push(FoundActor {
                words: (a.toks[ne.start].raw, a.toks[ne.end].raw),
                codes: c.codes.clone(),
                how,
            });
        }
    }
    let events = run
        .events
        .iter()
        .map(|(s, t, c, ev)| {
            let range = |ne: Option<usize>| {
                ne.map(|k| (a.toks[a.nes[k].start].raw, a.toks[a.nes[k].end].raw))
            };
            LinearEvent {
                source: s.clone(),
                target: t.clone(),
                code: c.clone(),
                source_words: range(ev.src),
                target_words: range(ev.tgt),
                verb_words: (a.toks[ev.verb.0].raw, a.toks[ev.verb.1].raw),
                pattern: ev.pattern.clone(),
                rule: ev.rule.clone(),
            }
        })
        .collect();
    *trace = run.trace;
    (events, actors)
}

/// The first discard phrase in the record (story discards first), and
/// whether it discards the story.
fn discard(p: &PetrData, toks: &[Tok]) -> Option<(usize, bool)> {
    if p.discards.is_empty() {
        return None;
    }
    let mut found: Option<(usize, bool)> = None;
    for i in 0..toks.len() {
        if toks[i].lit == 0 {
            continue;
        }
        for &k in p.discard_starts(toks[i].lit) {
            let dis = &p.discards[k as usize];
            let n = dis.words.len();
            if i + n <= toks.len() && (0..n).all(|x| toks[i + x].lit == dis.words[x]) {
                if dis.story {
                    return Some((k as usize, true));
                }
                found.get_or_insert((k as usize, false));
            }
        }
    }
    found
}

impl Run<'_> {
    // ---- phrases -----------------------------------------------------------

    /// The codes of phrase `k` (computed once).
    fn ne(&mut self, k: usize) -> &NeCode {
        if self.codes[k].is_none() {
            let c = self.code_ne(k);
            self.codes[k] = Some(c);
        }
        self.codes[k].as_ref().expect("just set")
    }

    fn code_ne(&self, k: usize) -> NeCode {
        let a = self.a;
        let ne = &a.nes[k];
        let mut out = NeCode::default();
        if ne.pronoun {
            return out;
        }
        let in_group = |i: usize| {
            ne.groups.iter().any(|g| {
                let (s, e) = g.span();
                s <= i && i <= e
            })
        };
        let outside: Vec<usize> = (ne.start..=ne.end)
            .filter(|&i| !in_group(i) && !matches!(a.toks[i].class, Class::Comma | Class::Conj))
            .collect();
        // Each group's conjuncts, with a first conjunct's leading
        // modifiers copied into later ones that have no actor ("Danish
        // media and government"), unless a determiner opens it.
        let mut groups: Vec<Vec<Vec<usize>>> = Vec::new();
        for g in &ne.groups {
            let mut conj: Vec<Vec<usize>> = g
                .conjuncts
                .iter()
                .map(|&(s, e)| (s..=e).collect())
                .collect();
            if let Some(first) = conj.first().cloned()
                && first.len() >= 2
                && !matches!(
                    a.toks[first[0]].class,
                    Class::Det | Class::Poss | Class::Neither
                )
                && !first.iter().any(|&i| a.toks[i].class == Class::PossS)
            {
                let lead = &first[..first.len() - 1];
                for c in conj.iter_mut().skip(1) {
                    let mut alone = c.clone();
                    alone.extend_from_slice(&outside);
                    alone.sort_unstable();
                    if self.actor(&alone).is_none() {
                        let mut v = lead.to_vec();
                        v.extend_from_slice(c);
                        *c = v;
                    }
                }
            }
            groups.push(conj);
        }
        let mut choice = vec![0usize; groups.len()];
        let mut combos = 0;
        loop {
            let mut list = outside.clone();
            for (g, &c) in groups.iter().zip(&choice) {
                list.extend_from_slice(&g[c]);
            }
            list.sort_unstable();
            list.dedup();
            combos += 1;
            match self.code_tokens(&list) {
                Some((codes, how)) => {
                    out.members += 1;
                    if out.how.is_none() {
                        out.how = how;
                    }
                    for c in codes {
                        if !out.codes.contains(&c) {
                            out.codes.push(c);
                        }
                    }
                }
                None => {
                    // A null member of a compound is dropped; a null phrase
                    // (or member) may be a new actor.
                    if let Some(t) = self.new_actor(&list)
                        && (groups.is_empty() || self.opts.new_actor_length > 0)
                    {
                        if groups.is_empty() {
                            out.new_actor = Some(t);
                        } else {
                            out.members += 1;
                            if !out.codes.contains(&t) {
                                out.codes.push(t);
                            }
                        }
                    }
                }
            }
            // The next combination of conjuncts.
            let mut g = 0;
            loop {
                if g == groups.len() {
                    break;
                }
                choice[g] += 1;
                if choice[g] < groups[g].len() {
                    break;
                }
                choice[g] = 0;
                g += 1;
            }
            if g == groups.len() || combos >= 64 {
                break;
            }
        }
        if !groups.is_empty() && out.members == 1 && out.codes.iter().all(|c| c.starts_with('"')) {
            // A single new-actor member is the phrase's text, not a member.
            out.new_actor = out.codes.pop();
            out.members = 0;
        }
        out
    }

    /// The quoted text of a null phrase, when new actors are on and it is
    /// short enough.
    fn new_actor(&self, list: &[usize]) -> Option<String> {
        let n = self.opts.new_actor_length;
        if n == 0 {
            return None;
        }
        let words: Vec<&str> = list
            .iter()
            .filter(|&&i| self.a.toks[i].class != Class::PossS)
            .map(|&i| self.a.text(i))
            .collect();
        (!words.is_empty() && words.len() <= n).then(|| format!("\"{}\"", words.join(" ")))
    }

    /// Matches root `r` from position `pos` of `list`: `_` needs the next
    /// token, a blank lets others intervene. The positions matched.
    fn match_root(&self, r: RootId, list: &[usize], pos: usize) -> Option<SmallVec<[usize; 4]>> {
        let phrase = &self.d.root(r).phrase;
        let mut at = SmallVec::new();
        at.push(pos);
        let mut q = pos;
        for w in phrase.windows(2) {
            let (_, conn) = w[0];
            let (lit, _) = w[1];
            let next = if conn == super::dict::Conn::FullNext {
                (q + 1 < list.len() && self.a.toks[list[q + 1]].lit == lit).then_some(q + 1)
            } else {
                (q + 1..list.len()).find(|&x| self.a.toks[list[x]].lit == lit)
            };
            q = next?;
            at.push(q);
        }
        Some(at)
    }

    /// The first actor of a token list: the longest entry at the first
    /// position where one matches.
    fn actor(&self, list: &[usize]) -> Option<(RootId, SmallVec<[usize; 4]>)> {
        for pos in 0..list.len() {
            let lit = self.a.toks[list[pos]].lit;
            if lit == 0 {
                continue;
            }
            let mut best: Option<(RootId, SmallVec<[usize; 4]>)> = None;
            for &r in self.p.actor_starts(lit) {
                if let Some(at) = self.match_root(r, list, pos)
                    && best.as_ref().is_none_or(|b| at.len() > b.1.len())
                {
                    best = Some((r, at));
                }
            }
            if best.is_some() {
                return best;
            }
        }
        None
    }

    /// The codes of a token list (one phrase, or one member of a
    /// compound): its first actor on the record's date with its agents;
    /// `None` when it has neither.
    fn code_tokens(&self, list: &[usize]) -> Option<(Vec<String>, Option<RootId>)> {
        let d = self.d;
        let actor = self.actor(list);
        let mut used: SmallVec<[usize; 8]> = actor
            .as_ref()
            .map_or(SmallVec::new(), |(_, at)| at.iter().copied().collect());
        let mut agents: SmallVec<[&str; 4]> = SmallVec::new();
        for pos in 0..list.len() {
            if used.contains(&pos) {
                continue;
            }
            let lit = self.a.toks[list[pos]].lit;
            if lit == 0 {
                continue;
            }
            let mut best: Option<(RootId, SmallVec<[usize; 4]>)> = None;
            for &r in self.p.agent_starts(lit) {
                if let Some(at) = self.match_root(r, list, pos)
                    && !at.iter().any(|x| used.contains(x))
                    && best.as_ref().is_none_or(|b| at.len() > b.1.len())
                {
                    best = Some((r, at));
                }
            }
            if let Some((r, at)) = best {
                if let RootKind::Agent(g) = d.root(r).kind {
                    agents.push(d.code_text(d.agents[g as usize]));
                }
                used.extend(at);
            }
        }
        if actor.is_none() && agents.is_empty() {
            return None;
        }
        // TABARI's FORMER: the agent part becomes the elite.
        let former = list.iter().any(|&i| self.a.text(i) == "FORMER");
        if former {
            for g in agents.iter_mut() {
                *g = "~ELI";
            }
        }
        let mut bases: SmallVec<[&str; 2]> = SmallVec::new();
        let mut how = None;
        if let Some((r, _)) = &actor
            && let RootKind::Actor(e) = d.root(*r).kind
        {
            how = Some(*r);
            for c in d.actors[e as usize].codes_on(self.date) {
                bases.push(d.code_text(c.actor));
            }
        }
        if bases.is_empty() {
            bases.push("---");
        }
        if agents.is_empty() && bases.iter().all(|b| *b == "---") {
            return None;
        }
        let codes = bases.iter().map(|b| compose(b, &agents)).collect();
        Some((codes, how))
    }

    // ---- verbs -------------------------------------------------------------

    fn verbs(&mut self) {
        let a = self.a;
        let mut consumed = 0usize;
        let mut owner = String::new();
        for ci in 0..a.cands.len() {
            let c = a.cands[ci];
            if !c.verbal {
                note!(self, "{}: not a verb here", self.cand_text(&c));
                continue;
            }
            if c.start < consumed {
                note!(self, "{}: inside the phrase of {owner}", self.cand_text(&c));
                continue;
            }
            let (d, p) = (self.d, self.p);
            let entry = &d.verbs[c.verb as usize];
            let ustart = self.upper_start(c.start);
            let vend = self.vp_end(&c);
            let mut chosen = None;
            for &pid in &entry.patterns {
                let pat = &p.patterns[pid as usize];
                if !pat
                    .required
                    .iter()
                    .all(|l| self.lits.binary_search(l).is_ok())
                    || !pat.synsets.iter().all(|&s| self.synset_possible(s))
                {
                    continue;
                }
                if let Some(b) = self.match_pattern(&pat.upper, &pat.lower, &c, ustart, vend) {
                    chosen = Some((pid, b));
                    break;
                }
            }
            let code = chosen.map_or(entry.code, |(pid, _)| self.p.patterns[pid as usize].code);
            let what = match chosen {
                Some((pid, _)) => {
                    let pat = &self.p.patterns[pid as usize];
                    format!(
                        "pattern `{}` ({})",
                        pat.text, self.d.origins[pat.origin as usize]
                    )
                }
                None => format!(
                    "no pattern; the verb's code [{}]",
                    code_text(self.d, &entry.code)
                ),
            };
            if code.is_null() {
                note!(self, "{}: {what}: null code, not coded", self.cand_text(&c));
                continue;
            }
            note!(self, "{}: {what}", self.cand_text(&c));
            consumed = vend + 1;
            owner = self.cand_text(&c);
            self.make_events(&c, code, chosen, ustart, vend);
        }
    }

    /// Whether some member of synset `s` starts with a word of the record.
    fn synset_possible(&mut self, s: u32) -> bool {
        let k = s as usize;
        if self.synsets[k] == 0 {
            let p = self.p;
            let any = self
                .lits
                .iter()
                .any(|&l| !p.members_starting(s, l).is_empty());
            self.synsets[k] = if any { 1 } else { 2 };
        }
        self.synsets[k] == 1
    }

    fn cand_text(&self, c: &Cand) -> String {
        (c.start..=c.end)
            .map(|i| self.a.text(i))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where the span before a verb starts: after the nearest clause comma.
    fn upper_start(&self, vstart: usize) -> usize {
        (0..vstart)
            .rev()
            .find(|&j| self.a.clause[j])
            .map_or(0, |j| j + 1)
    }

    /// The last token of a verb's phrase (its span after the verb). It
    /// runs to the end of the sentence but stops before a clause comma
    /// that opens a clause with its own subject and verb, before a
    /// coordinated verb phrase, and before a finite verb whose subject
    /// would be the object of a preposition (the main verb after a
    /// participle phrase inside the subject).
    fn vp_end(&self, c: &Cand) -> usize {
        let a = self.a;
        let n = a.toks.len();
        let last = if n > 0 && a.toks[n - 1].class == Class::End {
            n - 1
        } else {
            n
        };
        let mut k = c.end + 1;
        while k < last {
            let t = &a.toks[k];
            if a.clause[k] && self.new_clause_after(k) {
                break;
            }
            if t.class == Class::Conj && a.ne_of[k] == NONE && self.coordinated_vp(k) {
                break;
            }
            if finite(t, a.text(k)) && self.subject_is_object(k) {
                break;
            }
            k += 1;
        }
        k.saturating_sub(1).max(c.end)
    }

    fn new_clause_after(&self, k: usize) -> bool {
        let a = self.a;
        let mut j = k + 1;
        if a.toks.get(j).is_some_and(|t| t.class == Class::Conj) {
            j += 1;
        }
        match a.ne_of.get(j) {
            Some(&ne) if ne != NONE => j = a.nes[ne as usize].end + 1,
            _ => return false,
        }
        while a
            .toks
            .get(j)
            .is_some_and(|t| matches!(t.class, Class::Adv | Class::Neg))
        {
            j += 1;
        }
        a.toks.get(j).is_some_and(|t| t.uverb || t.class.aux()) || a.verbal_at(j)
    }

    fn coordinated_vp(&self, k: usize) -> bool {
        let a = self.a;
        let mut j = k + 1;
        while a.toks.get(j).is_some_and(|t| t.class == Class::Adv) {
            j += 1;
        }
        if a.toks.get(j).is_some_and(|t| finite(t, a.text(j))) {
            return true;
        }
        a.verbal_at(j)
            && a.cands
                .get(a.verb_of[j] as usize)
                .is_some_and(|c| matches!(c.kind, FormKind::Ed | FormKind::S))
    }

    fn subject_is_object(&self, k: usize) -> bool {
        let a = self.a;
        let mut j = k;
        while j > 0 && matches!(a.toks[j - 1].class, Class::Adv | Class::Neg) {
            j -= 1;
        }
        let Some(prev) = j.checked_sub(1) else {
            return false;
        };
        let ne = a.ne_of[prev];
        if ne == NONE {
            return false;
        }
        let start = a.nes[ne as usize].start;
        start > 0 && a.toks[start - 1].class == Class::Prep
    }

    // ---- patterns ----------------------------------------------------------

    fn match_pattern(
        &mut self,
        upper: &[PetrElem],
        lower: &[PetrElem],
        c: &Cand,
        ustart: usize,
        vend: usize,
    ) -> Option<Bind> {
        let mut b = Bind::default();
        if !self.lower(lower, 0, c.end + 1, vend + 1, c.end, &mut b) {
            return None;
        }
        if !self.upper(upper, 0, c.start, ustart, c.start, &mut b) {
            return None;
        }
        Some(b)
    }

    /// Whether token `j` meets an element's PETRARCH2 constraints, the
    /// previous match being at `last`.
    fn fits(&self, e: &PetrElem, j: usize, last: usize) -> bool {
        let a = self.a;
        if e.head && !a.head[j] {
            return false;
        }
        if e.within {
            let here = a.ne_of[j];
            if here == NONE {
                return false;
            }
            let prev = a.ne_of.get(last).copied().unwrap_or(NONE);
            if prev != NONE && prev == here {
                return true;
            }
            // Or the phrase right after the previous match.
            let next = (last + 1..a.toks.len())
                .map(|x| a.ne_of[x])
                .find(|&x| x != NONE);
            return next == Some(here);
        }
        true
    }

    /// The phrase a slot takes after position `last` (lower part): the
    /// rest of the phrase `last` lies in, else the next phrase.
    fn slot_after(&self, last: usize, pos: usize, lim: usize, glued: bool) -> Option<usize> {
        let a = self.a;
        if last < pos && last < a.toks.len() {
            let ne = a.ne_of[last];
            if ne != NONE && a.nes[ne as usize].end >= pos && last >= a.nes[ne as usize].start {
                return Some(ne as usize);
            }
        }
        let j = (pos..lim).find(|&x| a.ne_of[x] != NONE)?;
        if glued && j != pos {
            return None;
        }
        let ne = a.ne_of[j] as usize;
        (a.nes[ne].start >= pos).then_some(ne)
    }

    /// The phrase a slot takes before position `pos` (upper part): the
    /// rest of the phrase the previous match lies in, else the nearest
    /// phrase before.
    fn slot_before(&self, last: usize, pos: usize, lim: usize, glued: bool) -> Option<usize> {
        let a = self.a;
        if last == pos && last < a.toks.len() {
            let ne = a.ne_of[last];
            if ne != NONE && a.nes[ne as usize].start < pos {
                return Some(ne as usize);
            }
        }
        let j = (lim..pos).rev().find(|&x| a.ne_of[x] != NONE)?;
        if glued && j + 1 != pos {
            return None;
        }
        let ne = a.ne_of[j] as usize;
        (a.nes[ne].start >= lim).then_some(ne)
    }

    fn bind(&mut self, e: &PetrElem, ne: usize, before: bool, b: &mut Bind) -> bool {
        match e.tok {
            PetrTok::Source => b.source = Some(ne),
            PetrTok::Target => b.target = Some(ne),
            PetrTok::Compound => {
                if !self.ne(ne).compound() {
                    return false;
                }
                b.compound = Some((ne, before));
            }
            _ => {}
        }
        true
    }

    /// Matches the elements after the verb from `pos` (before `lim`); the
    /// previous match ended at `last`.
    fn lower(
        &mut self,
        els: &[PetrElem],
        k: usize,
        pos: usize,
        lim: usize,
        last: usize,
        b: &mut Bind,
    ) -> bool {
        let Some(e) = els.get(k) else {
            return true;
        };
        let a = self.a;
        let top = if e.glued { (pos + 1).min(lim) } else { lim };
        match e.tok {
            PetrTok::Word(l) => {
                for j in pos..top {
                    if a.toks[j].lit == l
                        && self.fits(e, j, last)
                        && self.lower(els, k + 1, j + 1, lim, j, b)
                    {
                        return true;
                    }
                }
                false
            }
            PetrTok::Synset(s) => {
                let p = self.p;
                for j in pos..top {
                    for &mi in p.members_starting(s, a.toks[j].lit) {
                        let m = &p.synsets[s as usize].members[mi as usize];
                        let n = m.len();
                        if j + n <= lim
                            && (0..n).all(|x| a.toks[j + x].lit == m[x])
                            && self.fits(e, j + n - 1, last)
                            && self.lower(els, k + 1, j + n, lim, j + n - 1, b)
                        {
                            return true;
                        }
                    }
                }
                false
            }
            _ => {
                let Some(ne) = self.slot_after(last, pos, lim, e.glued) else {
                    return false;
                };
                let saved = *b;
                if !self.bind(e, ne, false, b) {
                    return false;
                }
                let end = self.a.nes[ne].end;
                if self.lower(els, k + 1, end + 1, lim, end, b) {
                    return true;
                }
                *b = saved;
                false
            }
        }
    }

    /// Matches the elements before the verb (nearest first) backward from
    /// `pos` (exclusive) down to `lim`; the previous match began at `last`.
    fn upper(
        &mut self,
        els: &[PetrElem],
        k: usize,
        pos: usize,
        lim: usize,
        last: usize,
        b: &mut Bind,
    ) -> bool {
        let Some(e) = els.get(k) else {
            return true;
        };
        let a = self.a;
        if pos <= lim {
            return false;
        }
        let bottom = if e.glued { pos - 1 } else { lim };
        match e.tok {
            PetrTok::Word(l) => {
                for j in (bottom..pos).rev() {
                    if a.toks[j].lit == l
                        && self.fits(e, j, last)
                        && self.upper(els, k + 1, j, lim, j, b)
                    {
                        return true;
                    }
                }
                false
            }
            PetrTok::Synset(s) => {
                let p = self.p;
                for end in (bottom..pos).rev() {
                    for &mi in p.members_ending(s, a.toks[end].lit) {
                        let m = &p.synsets[s as usize].members[mi as usize];
                        let n = m.len();
                        if end + 1 < n + lim {
                            continue;
                        }
                        let j = end + 1 - n;
                        if (0..n).all(|x| a.toks[j + x].lit == m[x])
                            && self.fits(e, end, last)
                            && self.upper(els, k + 1, j, lim, j, b)
                        {
                            return true;
                        }
                    }
                }
                false
            }
            _ => {
                let Some(ne) = self.slot_before(last, pos, lim, e.glued) else {
                    return false;
                };
                let saved = *b;
                if !self.bind(e, ne, true, b) {
                    return false;
                }
                let start = self.a.nes[ne].start;
                if self.upper(els, k + 1, start, lim, start, b) {
                    return true;
                }
                *b = saved;
                false
            }
        }
    }

    // ---- events ------------------------------------------------------------

    fn nes_in(&self, from: usize, to: usize) -> Vec<usize> {
        let a = self.a;
        let mut out = Vec::new();
        let mut last = NONE;
        for j in from..to.min(a.toks.len()) {
            let ne = a.ne_of[j];
            if ne != NONE
                && ne != last
                && a.nes[ne as usize].start >= from
                && a.nes[ne as usize].end < to
            {
                out.push(ne as usize);
            }
            last = ne;
        }
        out
    }

    fn make_events(
        &mut self,
        c: &Cand,
        code: EventCode,
        chosen: Option<(u32, Bind)>,
        ustart: usize,
        vend: usize,
    ) {
        let b = chosen.map(|(_, b)| b).unwrap_or_default();
        let upper = self.nes_in(ustart, c.start);
        let lower = self.nes_in(c.end + 1, vend + 1);
        let mut src_bound = true;
        let source = match (b.source, b.compound) {
            (Some(s), _) => Some(s),
            (None, Some((x, true))) => Some(x),
            _ => {
                src_bound = false;
                let coded = upper.iter().copied().find(|&k| self.ne(k).coded());
                coded.or_else(|| upper.first().copied())
            }
        };
        let Some(source) = source else {
            note!(self, "  no source before the verb: no event");
            return;
        };
        let mut tgt_bound = true;
        let target = match (b.target, b.compound) {
            (Some(t), _) => Some(t),
            (None, Some((x, _))) => Some(x),
            _ => {
                tgt_bound = false;
                self.find_target(source, &upper, &lower)
            }
        };
        let Some(target) = target else {
            note!(self, "  no target: no event");
            return;
        };
        let (mut source, mut target) = (source, target);
        if !src_bound && !tgt_bound && self.passive(c, vend) {
            std::mem::swap(&mut source, &mut target);
            note!(self, "  passive with \"by\": source and target swapped");
        }
        let mut src = self.ne(source).side();
        let mut tgt = self.ne(target).side();
        let null = |v: &Vec<String>| v.len() == 1 && v[0] == "---";
        if code.pair.is_some() {
            if null(&tgt) {
                tgt = src.clone();
            } else if null(&src) {
                src = tgt.clone();
            }
        }
        note!(
            self,
            "  source {} ({}), target {} ({})",
            src.join("+"),
            self.ne_text(source),
            tgt.join("+"),
            self.ne_text(target)
        );
        let (pattern, rule) = match chosen {
            Some((pid, _)) => {
                let pat = &self.p.patterns[pid as usize];
                (
                    pat.text.to_string(),
                    self.d.origins[pat.origin as usize].to_string(),
                )
            }
            None => {
                let root = self.d.root(c.root);
                (
                    format!(
                        "{} [{}]",
                        self.d.root_text(c.root),
                        code_text(self.d, &code)
                    ),
                    self.d.origins[root.origin as usize].to_string(),
                )
            }
        };
        let ev = Ev {
            src: Some(source),
            tgt: Some(target),
            verb: (c.start, c.end),
            pattern,
            rule,
        };
        let first = self.d.code_text(code.first.0).to_string();
        let second = code.pair.map(|p| self.d.code_text(p.0).to_string());
        let mut seen: FxHashSet<(String, String, String)> = self
            .events
            .iter()
            .map(|(s, t, c, _)| (s.clone(), t.clone(), c.clone()))
            .collect();
        for s in &src {
            for t in &tgt {
                if s == t {
                    continue;
                }
                let mut push = |s: &str, t: &str, c: &str, ev: &Ev, run: &mut Self| {
                    if run.opts.require_dyad && (s == "---" || t == "---") {
                        return;
                    }
                    let key = (s.to_string(), t.to_string(), c.to_string());
                    if seen.insert(key) {
                        run.events
                            .push((s.to_string(), t.to_string(), c.to_string(), ev.clone()));
                    }
                };
                if code.first.0 != NULL {
                    push(s, t, &first, &ev, self);
                }
                if let Some(sc) = &second {
                    let back = Ev {
                        src: ev.tgt,
                        tgt: ev.src,
                        ..ev.clone()
                    };
                    push(t, s, sc, &back, self);
                }
            }
        }
    }

    /// §2.6: the first coded phrase after the verb whose code differs from
    /// the source's, else the first null one after it, else the nearest
    /// coded (then null) one before it.
    fn find_target(&mut self, source: usize, upper: &[usize], lower: &[usize]) -> Option<usize> {
        let src = self.ne(source).clone();
        let differs = |run: &mut Self, k: usize| {
            let c = run.ne(k);
            src.compound() || c.compound() || c.codes != src.codes
        };
        for &k in lower {
            if self.ne(k).coded() && differs(self, k) {
                return Some(k);
            }
        }
        if let Some(&k) = lower.iter().find(|&&k| !self.ne(k).coded()) {
            return Some(k);
        }
        for &k in upper.iter().rev() {
            if k != source && self.ne(k).coded() && differs(self, k) {
                return Some(k);
            }
        }
        upper
            .iter()
            .rev()
            .copied()
            .find(|&k| k != source && !self.ne(k).coded())
    }

    /// Passive voice: an `-ed` verb after a form of *be* (adverbs may
    /// intervene) with "by" later in its phrase.
    fn passive(&self, c: &Cand, vend: usize) -> bool {
        let a = self.a;
        if c.kind != FormKind::Ed {
            return false;
        }
        let mut j = c.start;
        while j > 0 && matches!(a.toks[j - 1].class, Class::Adv | Class::Neg | Class::Conj) {
            j -= 1;
        }
        if j == 0 || a.toks[j - 1].class != Class::Be {
            return false;
        }
        (c.end + 1..=vend).any(|k| a.text(k) == "BY")
    }

    fn ne_text(&self, k: usize) -> String {
        let ne = &self.a.nes[k];
        (ne.start..=ne.end)
            .map(|i| self.a.text(i))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A finite verb group's first word: a modal or a finite form of *be*,
/// *have*, *do*.
fn finite(t: &Tok, text: &str) -> bool {
    matches!(t.class, Class::Modal)
        || (matches!(t.class, Class::Be | Class::Have | Class::Do)
            && !matches!(text, "BE" | "BEEN" | "BEING" | "HAVING"))
}

/// An actor code with its agents, in textual order: `~X` appends, `X~`
/// prepends, and an agent whose code the result already holds at a
/// multiple of three stops the composition (PETRARCH's redundancy rule).
pub fn compose(actor: &str, agents: &[&str]) -> String {
    let mut code = actor.to_string();
    for g in agents {
        let (bare, suffix) = match g.strip_prefix('~') {
            Some(s) => (s, true),
            None => (g.trim_end_matches('~'), false),
        };
        if bare.is_empty() {
            continue;
        }
        if code.find(bare).is_some_and(|i| i % 3 == 0) {
            break;
        }
        if suffix {
            code.push_str(bare);
        } else {
            code = format!("{bare}{code}");
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::compose;

    #[test]
    fn agent_composition_and_redundancy() {
        assert_eq!(compose("ARN", &["~GOV"]), "ARNGOV");
        assert_eq!(compose("ARN", &["NGO~", "~GOV"]), "NGOARNGOV");
        assert_eq!(compose("USAGOV", &["~GOV"]), "USAGOV");
        assert_eq!(compose("HGWGOVMED", &["~GOVMED"]), "HGWGOVMED");
        assert_eq!(compose("GMWGOV", &["~WGO"]), "GMWGOVWGO");
        assert_eq!(compose("---", &["~EDU"]), "---EDU");
        assert_eq!(
            compose("USAGOV", &["~GOV", "~MIL"]),
            "USAGOV",
            "stops at the first redundant agent"
        );
    }
}
