//! The linear coding of one parsed record (`docs/peers/tabari.md`
//! §2.13–2.18): time shift, the verb loop with CODE BY, pattern choice,
//! source and target rules (persistence, passive voice, defaults), event
//! building over compounds and agents, and the evaluation of null,
//! discard, complex, subordinate and dominant codes.
//!
//! Takes a [`Parse`], the dictionary, the options and the record's date;
//! gives the record's [`Outcome`] and its events with their evidence.
//!
//! Invariants: the source found for one verb stays for the next verbs and
//! clauses (unless a pattern slot set it, or a passive swap used it); the
//! target is found afresh for every verb; actor codes are resolved against
//! the (possibly time-shifted) record date; events are kept in TABARI's
//! order and compared by their codes (an agent is identified by the
//! dictionary entry it came from, as TABARI compares them).

use super::dict::{
    ActorCode, BLANK, COMPLEX, CodeId, DISCARD, EventCode, LinearDict, NONE, PatCode, PatternId,
    Rank, RootKind, TimeCode, shift_date,
};
use super::options::{CodeBy, Options};
use super::pattern::{self, actor_head, actor_tail, compound_closed};
use super::roots::{Parse, TagKind, WType};
use crate::model::Date;

/// Adds a line to the trace, formatting it only when tracing.
macro_rules! note {
    ($run:expr, $($arg:tt)*) => {
        if $run.tracing {
            $run.trace.push(format!($($arg)*));
        }
    };
}

/// What became of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Coded,
    NoEvents,
    Discarded,
    Complex,
    /// Fewer words than the minimum: not coded.
    TooShort,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Coded => "coded",
            Outcome::NoEvents => "no events",
            Outcome::Discarded => "discarded",
            Outcome::Complex => "complex",
            Outcome::TooShort => "too few words",
        }
    }
}

/// Which dictionary entry an agent code came from: TABARI tells agents
/// apart by entry, not by code string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Agent {
    #[default]
    None,
    Entry(u32),
    /// `FORMER` made it `~ELI`.
    Elite,
    /// From an `ACT:AGT` actor code.
    Code(CodeId),
}

/// Where a default actor stands: no word.
const DEFAULT_SLOT: usize = usize::MAX;

/// An actor as the coder holds it (TABARI's `actorStruct`).
#[derive(Clone, Copy, Debug, Default)]
struct Act {
    code: CodeId,
    agent: Agent,
    /// A coded compound (`[A/B]`): the actor entry to expand.
    compound: Option<u32>,
    /// The word it was found at (after following a pronoun).
    at: usize,
    /// The word the search found (a pronoun stays itself), for evidence.
    seen: usize,
}

impl Act {
    fn empty(&self) -> bool {
        self.code == NONE && self.agent == Agent::None && self.compound.is_none()
    }

    fn same(&self, o: &Act) -> bool {
        self.code == o.code && self.agent == o.agent && self.compound == o.compound
    }
}

/// One event during coding.
#[derive(Clone, Debug)]
struct Ev {
    src: Act,
    tgt: Act,
    code: CodeId,
    rank: Rank,
    verb: usize,
    pattern: Option<PatternId>,
    live: bool,
}

/// An event as the linear coder outputs it.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearEvent {
    pub source: String,
    pub target: String,
    pub code: String,
    /// Word ranges (first, last) of the source, target and verb, when they
    /// stand in the record.
    pub source_words: Option<(usize, usize)>,
    pub target_words: Option<(usize, usize)>,
    pub verb_words: (usize, usize),
    /// The pattern as written (or the verb's own phrase).
    pub pattern: String,
    /// Where the pattern or verb is defined (`file:line`).
    pub rule: String,
}

/// An actor phrase of the record with its codes, for `explain`.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundActor {
    /// First and last word.
    pub words: (usize, usize),
    /// Its codes with the adjacent agent (several for a coded compound).
    pub codes: Vec<String>,
    /// The dictionary entry.
    pub how: String,
}

/// The coding of one record.
pub struct Run<'a> {
    d: &'a LinearDict,
    p: &'a Parse<'a>,
    opts: &'a Options,
    /// The record date, shifted by a time phrase.
    pub date: Option<Date>,
    extra: Vec<String>,
    source: Act,
    target: Act,
    reg_source: bool,
    reg_target: bool,
    passive: bool,
    istart: usize,
    iend: usize,
    events: Vec<Ev>,
    default_src: CodeId,
    default_tgt: CodeId,
    discard: bool,
    complex: bool,
    /// Whether to explain the decisions in `trace`.
    pub tracing: bool,
    pub trace: Vec<String>,
}

impl<'a> Run<'a> {
    pub fn new(
        d: &'a LinearDict,
        p: &'a Parse<'a>,
        opts: &'a Options,
        date: Option<Date>,
    ) -> Run<'a> {
        let mut r = Run {
            d,
            p,
            opts,
            date,
            extra: Vec::new(),
            source: Act::default(),
            target: Act::default(),
            reg_source: false,
            reg_target: false,
            passive: false,
            istart: 0,
            iend: p.n.saturating_sub(1),
            events: Vec::new(),
            default_src: NONE,
            default_tgt: NONE,
            discard: false,
            complex: false,
            tracing: true,
            trace: Vec::new(),
        };
        if let Some(s) = &opts.default_source {
            r.default_src = r.runtime_code(s);
        }
        if let Some(t) = &opts.default_target {
            r.default_tgt = r.runtime_code(t);
        }
        r
    }

    /// Codes the record (after the parse's own discard and complexity
    /// checks, which the caller reads first).
    pub fn code(&mut self) -> (Outcome, Vec<LinearEvent>) {
        if self.opts.time_shift {
            self.check_time();
        }
        if self.p.discard || self.discard {
            return (Outcome::Discarded, Vec::new());
        }
        if self.p.complex.is_some() || self.complex {
            return (Outcome::Complex, Vec::new());
        }
        self.check_verbs();
        if self.events.is_empty() {
            return (Outcome::NoEvents, Vec::new());
        }
        self.evaluate();
        if self.discard {
            note!(self, "discard code in an event");
            return (Outcome::Discarded, Vec::new());
        }
        if self.complex {
            note!(self, "complex code in an event");
            return (Outcome::Complex, Vec::new());
        }
        if self.events.is_empty() {
            return (Outcome::NoEvents, Vec::new());
        }
        self.expand_compounds();
        let out = self.finish();
        if out.is_empty() {
            (Outcome::NoEvents, out)
        } else {
            (Outcome::Coded, out)
        }
    }

    /// Every actor phrase of the record (pronouns with their antecedent's
    /// codes), with its codes as they stand at this point of the run.
    pub fn actors(&self) -> Vec<FoundActor> {
        let p = self.p;
        let mut out = Vec::new();
        for i in 0..p.n {
            if p.wt(i) != WType::Actor || !p.has_head(i, TagKind::Root(WType::Actor)) {
                continue;
            }
            let mut a = self.codes_at(i);
            a.agent = self.agent_near(i);
            let codes = match a.compound {
                Some(e) => self.d.actors[e as usize]
                    .codes_on(self.date)
                    .iter()
                    .map(|c| self.code_text(c.actor).to_string())
                    .collect(),
                None => vec![self.composite(&a)],
            };
            let how = match p.root_at(a.at) {
                Some(r) => format!(
                    "{} ({})",
                    self.d.root_text(r),
                    self.d.origins[self.d.root(r).origin as usize]
                ),
                None => String::new(),
            };
            let words = self.words_of(&a).unwrap_or((i, i));
            out.push(FoundActor { words, codes, how });
        }
        out
    }

    fn runtime_code(&mut self, s: &str) -> CodeId {
        if let Some(id) = self.d.code_id(s) {
            return id;
        }
        if let Some(i) = self.extra.iter().position(|x| x == s) {
            return self.runtime_base() + i as CodeId;
        }
        self.extra.push(s.to_string());
        self.runtime_base() + (self.extra.len() - 1) as CodeId
    }

    /// Runtime codes (the defaults) get ids above the dictionary's.
    fn runtime_base(&self) -> CodeId {
        1 << 30
    }

    fn code_text(&self, id: CodeId) -> &str {
        if id >= self.runtime_base() {
            self.extra
                .get((id - self.runtime_base()) as usize)
                .map_or("", |s| s)
        } else {
            self.d.code_text(id)
        }
    }

    fn agent_text(&self, a: Agent) -> &str {
        match a {
            Agent::None => "",
            Agent::Entry(e) => self.d.code_text(self.d.agents[e as usize]),
            Agent::Elite => self.d.code_text(self.d.elite),
            Agent::Code(c) => self.d.code_text(c),
        }
    }

    // ---- §2.13 time shift ------------------------------------------------

    fn check_time(&mut self) {
        let p = self.p;
        let time = TagKind::Root(WType::Time);
        let mut i = 0;
        while i < p.n {
            if p.has_head(i, time)
                && let Some(RootKind::Time(t)) = p.root_at(i).map(|r| self.d.root(r).kind)
            {
                let entry = &self.d.times[t as usize];
                for &pid in &entry.patterns {
                    let pat = self.d.pattern(pid);
                    if p.has_all(&pat.required)
                        && pattern::check(p, self.d, pat, i, WType::Time, p.n - 1).is_some()
                        && let PatCode::Time(c) = pat.code
                        && self.shift(c, &pat.text)
                    {
                        return;
                    }
                }
                if self.shift(entry.code, &self.d.root_text(p.root_at(i).unwrap_or(0))) {
                    return;
                }
                while i < p.n && !p.has_tail(i, time) {
                    i += 1;
                }
            }
            i += 1;
        }
    }

    fn shift(&mut self, c: TimeCode, what: &str) -> bool {
        match c {
            TimeCode::Null => false,
            TimeCode::Discard => {
                self.discard = true;
                note!(self, "time phrase {what}: discard");
                true
            }
            TimeCode::Complex => {
                self.complex = true;
                note!(self, "time phrase {what}: complex");
                true
            }
            TimeCode::Days(n) => {
                if let Some(d) = self.date {
                    self.date = Some(shift_date(d, n));
                }
                note!(self, "time phrase {what}: date shifted by {n} days");
                true
            }
        }
    }

    // ---- §2.14 the verb loop ----------------------------------------------

    fn check_verbs(&mut self) {
        let p = self.p;
        let verb = TagKind::Root(WType::Verb);
        let mut from_event = 0;
        for (ci, (start, end)) in p.clauses().into_iter().enumerate() {
            self.istart = start;
            self.iend = end;
            if end - start < 2 {
                note!(self, "clause {} too short to code", ci + 1);
                continue;
            }
            if start > 0 && p.has_head(start, TagKind::Root(WType::Actor)) {
                self.source = self.codes_at(start);
                note!(
                    self,
                    "clause {} starts with an actor: source {}",
                    ci + 1,
                    self.show(&self.source)
                );
            }
            self.target = Act::default();
            if self.opts.code_by == CodeBy::Clause {
                from_event = self.events.len();
            }
            let mut i = start;
            while i <= end {
                if let Some(next) = p.skip_segment(i, TagKind::Subord) {
                    i = next;
                    continue;
                }
                if p.has_head(i, verb) {
                    self.do_verb(i);
                    if self.opts.code_by != CodeBy::All
                        && self.events[from_event..]
                            .iter()
                            .any(|e| e.live && e.rank != Rank::Sub)
                    {
                        if self.opts.code_by == CodeBy::Sentence {
                            return;
                        }
                        break;
                    }
                }
                i += 1;
            }
        }
    }

    // ---- §2.15 pattern choice -------------------------------------------------

    fn do_verb(&mut self, index: usize) {
        let p = self.p;
        let d = self.d;
        self.target = Act::default();
        if self.passive {
            self.source = Act::default();
            self.passive = false;
        }
        let Some(root) = p.root_at(index) else { return };
        let RootKind::Verb(v) = d.root(root).kind else {
            return;
        };
        let entry = &d.verbs[v as usize];
        note!(
            self,
            "verb {} ({})",
            p.words[index].text,
            d.root_text(entry.main)
        );
        let mut got_pat = false;
        let mut got_alt = false;
        let mut maxlen = 0;
        let first_event = self.events.len();
        for &pid in &entry.patterns {
            let pat = d.pattern(pid);
            if got_alt && pat.length <= maxlen {
                got_pat = true;
                break;
            }
            if !p.has_all(&pat.required) {
                continue;
            }
            let Some(m) = pattern::check(p, d, pat, index, WType::Verb, self.iend) else {
                continue;
            };
            let mut make = false;
            if m.lenalt > 0 {
                got_alt = true;
                if pat.length + m.lenalt > maxlen {
                    make = true;
                    maxlen = pat.length - pat.maxalt + m.lenalt;
                }
            } else {
                got_alt = false;
                got_pat = true;
                make = true;
            }
            if make {
                note!(
                    self,
                    "  pattern `{}` matches ({})",
                    pat.text,
                    d.origins[pat.origin as usize]
                );
                if let Some(s) = m.source {
                    self.source = self.codes_at(s);
                    self.source.agent = self.agent_near(s);
                    note!(self, "  source {} from $", self.show(&self.source));
                }
                if let Some(t) = m.target {
                    self.target = self.codes_at(t);
                    self.target.agent = self.agent_near(t);
                    note!(self, "  target {} from +", self.show(&self.target));
                }
                if let Some(c) = m.compound {
                    self.source = self.codes_at(c);
                    self.target = self.codes_at(c);
                    note!(self, "  source and target: the compound (%)");
                }
                self.events.truncate(first_event);
                if let PatCode::Event(code) = pat.code {
                    self.make_event(code, index, Some(pid));
                }
            }
            if got_pat {
                break;
            }
        }
        if !got_pat {
            if first_event == self.events.len() {
                note!(self, "  no pattern matches: the verb's own code");
            }
            self.make_event(entry.code, index, None);
        }
    }

    // ---- §2.16 source and target ------------------------------------------------

    /// TABARI's `getActorStructCodes`: the codes of the actor at `loc`.
    fn codes_at(&self, loc: usize) -> Act {
        let p = self.p;
        let mut at = loc;
        let mut guard = 0;
        while p.has_head(at, TagKind::Root(WType::Pronoun)) && guard < 8 {
            match p.reference(at) {
                Some(r) => at = r,
                None => break,
            }
            guard += 1;
        }
        let Some(root) = p.root_at(at) else {
            return Act::default();
        };
        let mut a = Act {
            at,
            seen: loc,
            ..Act::default()
        };
        match self.d.root(root).kind {
            RootKind::Actor(e) => {
                let codes: &[ActorCode] = self.d.actors[e as usize].codes_on(self.date);
                if let Some(first) = codes.first() {
                    a.code = first.actor;
                    if first.agent != NONE {
                        a.agent = Agent::Code(first.agent);
                    }
                    if codes.len() > 1 {
                        a.compound = Some(e);
                    }
                }
            }
            RootKind::Agent(e) => a.code = self.d.agents[e as usize],
            _ => {}
        }
        a
    }

    /// TABARI's `findAgent`: the agent right after the actor, else right
    /// before it (across one `IN`/`OF`); `FORMER` makes it `~ELI`. No
    /// adjacent agent clears the agent.
    fn agent_near(&self, loc: usize) -> Agent {
        let p = self.p;
        let agent = TagKind::Root(WType::Agent);
        let is_former = |i: usize| {
            p.wt(i) == WType::Adjctv
                && p.root_at(i)
                    .is_some_and(|r| self.d.root(r).kind == RootKind::Former)
        };
        let mut tloc = actor_tail(p, loc, self.iend as isize);
        let mut former = false;
        if is_former(tloc + 1) {
            former = true;
            tloc += 1;
        }
        if loc > 0 && !former && is_former(loc - 1) {
            former = true;
        }
        if p.wt(tloc + 1) == WType::Agent && p.has_head(tloc + 1, agent) {
            return self.agent_of(tloc + 1, former);
        }
        if loc == 0 {
            return Agent::None;
        }
        let mut l = loc;
        if p.wt(l - 1) == WType::Prep {
            l -= 1;
        }
        if l > 0 && p.wt(l - 1) == WType::Agent && p.has_tail(l - 1, agent) {
            let mut s = l as isize - 1;
            while s >= 0 && !p.has_head(s as usize, agent) {
                s -= 1;
            }
            if s >= 0 {
                let s = s as usize;
                if s > 0 && !former && is_former(s - 1) {
                    former = true;
                }
                return self.agent_of(s, former);
            }
        }
        Agent::None
    }

    fn agent_of(&self, i: usize, former: bool) -> Agent {
        if former {
            return Agent::Elite;
        }
        match self.p.root_at(i).map(|r| self.d.root(r).kind) {
            Some(RootKind::Agent(e)) => Agent::Entry(e),
            _ => Agent::None,
        }
    }

    /// TABARI's `findActor`: the first actor starting at or after `loc` in
    /// the clause.
    fn find_actor(&mut self, mut loc: usize) -> Option<(usize, Act)> {
        let p = self.p;
        while loc <= self.iend {
            if p.wt(loc) == WType::Actor && p.has_head(loc, TagKind::Root(WType::Actor)) {
                let mut a = self.codes_at(loc);
                a.agent = self.agent_near(loc);
                return Some((loc, a));
            }
            loc += 1;
        }
        None
    }

    /// TABARI's `backActor`: the nearest actor before `loc` in the clause.
    fn back_actor(&mut self, loc: isize) -> Option<(usize, Act)> {
        let p = self.p;
        let mut loc = loc;
        while loc >= self.istart as isize {
            if p.wt(loc as usize) == WType::Actor {
                let h = actor_head(p, loc as usize)?;
                let mut a = self.codes_at(h);
                a.seen = loc as usize;
                a.agent = self.agent_near(h);
                return Some((h, a));
            }
            loc -= 1;
        }
        None
    }

    fn default_source(&mut self) {
        self.source = Act {
            code: self.default_src,
            at: DEFAULT_SLOT,
            seen: DEFAULT_SLOT,
            ..Act::default()
        };
        self.reg_source = true;
    }

    fn default_target(&mut self) {
        self.target = Act {
            code: self.default_tgt,
            at: DEFAULT_SLOT,
            seen: DEFAULT_SLOT,
            ..Act::default()
        };
        self.reg_target = true;
    }

    fn regular_source(&mut self, index: usize) {
        let mut loc = self.istart;
        while let Some((at, a)) = self.find_actor(loc) {
            if self.opts.default_prior && at > index && self.opts.default_source.is_some() {
                self.default_source();
                note!(
                    self,
                    "  source: the default (first actor is after the verb)"
                );
                return;
            }
            if !a.same(&self.target) {
                self.source = a;
                self.reg_source = true;
                note!(
                    self,
                    "  source {}: first actor of the clause",
                    self.show(&a)
                );
                return;
            }
            loc = at + 1;
        }
        if self.opts.default_source.is_some() {
            self.default_source();
            note!(self, "  source: the default");
        }
    }

    fn regular_target(&mut self, index: usize) {
        let mut loc = index + 1;
        while let Some((at, a)) = self.find_actor(loc) {
            if !a.same(&self.source) {
                self.target = a;
                self.reg_target = true;
                note!(
                    self,
                    "  target {}: first actor after the verb",
                    self.show(&a)
                );
                return;
            }
            loc = at + 1;
        }
        if self.opts.default_after && self.opts.default_target.is_some() {
            self.default_target();
            note!(self, "  target: the default (no actor after the verb)");
            return;
        }
        let mut loc = index as isize - 1;
        while let Some((at, a)) = self.back_actor(loc) {
            if !a.same(&self.source) {
                self.target = a;
                note!(
                    self,
                    "  target {}: nearest actor before the verb",
                    self.show(&a)
                );
                return;
            }
            // Go on before the antecedent (TABARI's `locfound - 1`), or before
            // the pronoun when its antecedent was forwarded: a search that
            // moved forward would never end.
            loc = at.min(a.seen) as isize - 1;
        }
        if self.source.compound.is_some() || self.compd(self.source.at) {
            self.target = self.source;
            note!(self, "  target: the source compound itself");
        } else if self.opts.default_source.is_some() {
            self.default_target();
            note!(self, "  target: the default");
        }
    }

    fn compd(&self, at: usize) -> bool {
        at != DEFAULT_SLOT && self.p.slots.get(at).is_some_and(|s| s.compd)
    }

    /// TABARI's passive test: `BY` one to three words after the verb and
    /// `WAS`/`WERE`/`BEEN` one or two words before it.
    fn check_passive(&mut self, index: usize) -> bool {
        let p = self.p;
        let by = (1..=3).any(|k| index + k < p.n && p.wt(index + k) == WType::Byword);
        if !by {
            return false;
        }
        let aux = (1..=2).any(|k| index >= k && p.wt(index - k) == WType::Auxil);
        if aux {
            self.passive = true;
        }
        aux
    }

    // ---- §2.17 building events ---------------------------------------------------

    fn make_event(&mut self, code: EventCode, index: usize, pattern: Option<PatternId>) {
        if code.is_null() {
            note!(self, "  null code: no event");
            return;
        }
        if self.source.empty() {
            self.regular_source(index);
        } else {
            note!(self, "  source {} (kept)", self.show(&self.source));
        }
        if self.target.empty() {
            self.regular_target(index);
        }
        if self.source.empty() || self.target.empty() {
            note!(
                self,
                "  no {}: no event",
                if self.source.empty() {
                    "source"
                } else {
                    "target"
                }
            );
            return;
        }
        if self.reg_source && self.reg_target && self.check_passive(index) {
            std::mem::swap(&mut self.source, &mut self.target);
            note!(self, "  passive voice: source and target swapped");
        }
        let (src, tgt) = (self.source, self.target);
        if !self.compd(src.at) && !self.compd(tgt.at) {
            self.put_event(code, index, pattern, src, tgt);
        } else if !self.expand_syntactic(code, index, pattern, src, tgt) {
            // TABARI leaves the verb here, keeping the slots as they are.
            return;
        }
        if !self.reg_source {
            self.source = Act::default();
        }
        if !self.reg_target {
            self.target = Act::default();
        }
    }

    /// Members of a syntactic compound used as source or target: every
    /// actor phrase of the compound, each with its own agent. False when a
    /// deleted clause cut the compound (the events so far are kept).
    fn expand_syntactic(
        &mut self,
        code: EventCode,
        index: usize,
        pattern: Option<PatternId>,
        src: Act,
        tgt: Act,
    ) -> bool {
        let p = self.p;
        let is_cmp = |at: usize| {
            at != DEFAULT_SLOT && p.slots.get(at).is_some_and(|s| s.compd) && compound_closed(p, at)
        };
        let mut src_cmp = is_cmp(src.at);
        let mut i_src = src.at;
        loop {
            let s = if i_src == DEFAULT_SLOT {
                src
            } else {
                let mut a = self.codes_at(i_src);
                a.agent = self.agent_near(i_src);
                a
            };
            let mut tgt_cmp = is_cmp(tgt.at);
            let mut i_tgt = tgt.at;
            loop {
                let t = if i_tgt == DEFAULT_SLOT {
                    tgt
                } else {
                    let mut a = self.codes_at(i_tgt);
                    a.agent = self.agent_near(i_tgt);
                    a
                };
                self.put_event(code, index, pattern, s, t);
                if !tgt_cmp {
                    break;
                }
                match next_member(p, i_tgt) {
                    Some((next, last)) => {
                        i_tgt = next;
                        tgt_cmp = !last;
                    }
                    None => {
                        note!(self, "  compound cut by a deleted clause: expansion stops");
                        return false;
                    }
                }
            }
            if !src_cmp {
                break;
            }
            match next_member(p, i_src) {
                Some((next, last)) => {
                    i_src = next;
                    src_cmp = !last;
                }
                None => {
                    note!(self, "  compound cut by a deleted clause: expansion stops");
                    return false;
                }
            }
        }
        true
    }

    /// TABARI's `putEvent`: the event, and its reverse for a paired code.
    fn put_event(
        &mut self,
        code: EventCode,
        verb: usize,
        pattern: Option<PatternId>,
        s: Act,
        t: Act,
    ) {
        self.events.push(Ev {
            src: s,
            tgt: t,
            code: code.first.0,
            rank: code.first.1,
            verb,
            pattern,
            live: true,
        });
        if let Some((c, r)) = code.pair {
            self.events.push(Ev {
                src: t,
                tgt: s,
                code: c,
                rank: r,
                verb,
                pattern,
                live: true,
            });
        }
    }

    // ---- §2.18 evaluation -------------------------------------------------------

    fn evaluate(&mut self) {
        let mut non_sub = false;
        let mut dom = false;
        for e in &mut self.events {
            if e.code == super::dict::NULL {
                e.live = false;
                e.rank = Rank::Sub;
            }
            if e.code == DISCARD {
                self.discard = true;
                break;
            }
            if e.code == COMPLEX || e.src.code == COMPLEX || e.tgt.code == COMPLEX {
                self.complex = true;
                break;
            }
            if e.rank == Rank::Dom {
                dom = true;
                non_sub = true;
                break;
            }
            if e.rank != Rank::Sub {
                non_sub = true;
            }
        }
        if dom {
            note!(self, "dominant event: the others are dropped");
            for e in &mut self.events {
                if e.rank != Rank::Dom {
                    e.live = false;
                }
            }
        } else if non_sub {
            if self.events.iter().any(|e| e.rank == Rank::Sub && e.live) {
                note!(self, "subordinate events dropped");
            }
            for e in &mut self.events {
                if e.rank == Rank::Sub {
                    e.live = false;
                }
            }
        }
        self.events.retain(|e| e.live);
    }

    /// Coded compounds (`[A/B]`): sources first, then targets; copies that
    /// repeat an event or code an actor toward itself are dropped.
    fn expand_compounds(&mut self) {
        let date = self.date;
        let mut out: Vec<Ev> = Vec::with_capacity(self.events.len());
        for e in std::mem::take(&mut self.events) {
            match e.src.compound {
                Some(c) => {
                    for code in self.d.actors[c as usize].codes_on(date) {
                        let mut x = e.clone();
                        x.src.code = code.actor;
                        x.src.agent = if code.agent != NONE {
                            Agent::Code(code.agent)
                        } else {
                            Agent::None
                        };
                        x.src.compound = None;
                        out.push(x);
                    }
                }
                None => out.push(e),
            }
        }
        let mut done: Vec<Ev> = Vec::with_capacity(out.len());
        for e in out {
            match e.tgt.compound {
                Some(c) => {
                    for (k, code) in self.d.actors[c as usize].codes_on(date).iter().enumerate() {
                        let mut x = e.clone();
                        x.tgt.code = code.actor;
                        x.tgt.agent = if code.agent != NONE {
                            Agent::Code(code.agent)
                        } else {
                            Agent::None
                        };
                        x.tgt.compound = None;
                        if k > 0 && (same_actors(&x) || done.iter().any(|y| dup(y, &x))) {
                            continue;
                        }
                        done.push(x);
                    }
                }
                None => done.push(e),
            }
        }
        self.events = done;
    }

    /// TABARI's `makeEventStrings`: drops events without a real actor on
    /// either side, self-directed events and duplicates, and renders codes.
    fn finish(&mut self) -> Vec<LinearEvent> {
        let mut kept: Vec<&Ev> = Vec::new();
        for e in &self.events {
            if same_actors(e) || kept.iter().any(|y| dup(y, e)) {
                continue;
            }
            kept.push(e);
        }
        kept.iter()
            .map(|e| LinearEvent {
                source: self.composite(&e.src),
                target: self.composite(&e.tgt),
                code: self.code_text(e.code).to_string(),
                source_words: self.words_of(&e.src),
                target_words: self.words_of(&e.tgt),
                verb_words: self.verb_words(e.verb),
                pattern: match e.pattern {
                    Some(pid) => self.d.pattern(pid).text.to_string(),
                    None => self.verb_phrase(e.verb),
                },
                rule: match e.pattern {
                    Some(pid) => self.d.origins[self.d.pattern(pid).origin as usize].to_string(),
                    None => self.verb_origin(e.verb),
                },
            })
            .collect()
    }

    /// TABARI's `addCompositeCode`: `~X` is written after the actor code,
    /// `X~` before it, unless the actor code already holds X at a multiple
    /// of three.
    fn composite(&self, a: &Act) -> String {
        let actor = self.code_text(a.code);
        let agent = self.agent_text(a.agent);
        if agent.is_empty() {
            return actor.to_string();
        }
        let aligned = |x: &str| actor.find(x).is_some_and(|at| at % 3 == 0) && !x.is_empty();
        if let Some(suffix) = agent.strip_prefix('~') {
            if aligned(suffix) {
                actor.to_string()
            } else {
                format!("{actor}{suffix}")
            }
        } else {
            let prefix = agent.strip_suffix('~').unwrap_or(agent);
            if aligned(prefix) {
                actor.to_string()
            } else {
                format!("{prefix}{actor}")
            }
        }
    }

    /// The words an actor covers in the record (a pronoun: itself).
    fn words_of(&self, a: &Act) -> Option<(usize, usize)> {
        let p = self.p;
        let at = if a.seen < p.n { a.seen } else { a.at };
        if at >= p.n {
            return None;
        }
        if p.has_head(at, TagKind::Root(WType::Pronoun)) || p.reference(at).is_some() {
            return Some((at, at));
        }
        let mut end = at;
        while end + 1 < p.n && !p.has_tail(end, TagKind::Root(WType::Actor)) {
            end += 1;
        }
        Some((at, end))
    }

    fn verb_words(&self, v: usize) -> (usize, usize) {
        let p = self.p;
        let mut end = v;
        while end + 1 < p.n && !p.has_tail(end, TagKind::Root(WType::Verb)) {
            end += 1;
        }
        (v, end)
    }

    fn verb_phrase(&self, v: usize) -> String {
        self.p
            .root_at(v)
            .map(|r| {
                let code = match self.d.root(r).kind {
                    RootKind::Verb(e) => render_code(self.d, &self.d.verbs[e as usize].code),
                    _ => String::new(),
                };
                format!("{} [{code}]", self.d.root_text(r))
            })
            .unwrap_or_default()
    }

    fn verb_origin(&self, v: usize) -> String {
        self.p
            .root_at(v)
            .map(|r| self.d.origins[self.d.root(r).origin as usize].to_string())
            .unwrap_or_default()
    }

    fn show(&self, a: &Act) -> String {
        let code = self.composite(a);
        match self.words_of(a) {
            Some((s, e)) => {
                let words: Vec<&str> = self.p.words[s..=e]
                    .iter()
                    .map(|w| w.text.as_str())
                    .collect();
                format!("{code} ({})", words.join(" "))
            }
            None => code,
        }
    }
}

/// The next member of a compound after the one at `at`: its first word
/// and whether it is the last; `None` when the compound was cut.
fn next_member(p: &Parse, at: usize) -> Option<(usize, bool)> {
    let actor = TagKind::Root(WType::Actor);
    let mut i = at + 1;
    while p
        .slots
        .get(i)
        .is_some_and(|s| s.root.is_none() || s.wtype != WType::Actor)
    {
        i += 1;
        if i >= p.n {
            return None;
        }
    }
    if i >= p.n {
        return None;
    }
    let mut k = i;
    while !p.has_tail(k, actor) {
        k += 1;
        if k >= p.n {
            return None;
        }
    }
    Some((i, p.has_tail(k, TagKind::Compound)))
}

fn same_actors(e: &Ev) -> bool {
    e.src.code <= BLANK
        || e.tgt.code <= BLANK
        || (e.src.code == e.tgt.code && e.src.agent == e.tgt.agent)
}

fn dup(a: &Ev, b: &Ev) -> bool {
    a.src.code == b.src.code
        && a.src.agent == b.src.agent
        && a.tgt.code == b.tgt.code
        && a.tgt.agent == b.tgt.agent
        && a.code == b.code
}

/// An event code as written (`064`, `032:033`, `023?`).
pub fn render_code(d: &LinearDict, c: &EventCode) -> String {
    let one = |(id, r): (CodeId, Rank)| {
        let mark = match r {
            Rank::Plain => "",
            Rank::Sub => "?",
            Rank::Dom => "!",
        };
        format!("{}{mark}", d.code_text(id))
    };
    match c.pair {
        Some(p) => format!("{}:{}", one(c.first), one(p)),
        None => one(c.first),
    }
}
