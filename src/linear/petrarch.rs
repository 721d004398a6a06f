//! Readers for PETRARCH's dictionary files (`docs/peers/petrarch.md` §1):
//! verbs in both dialects (PETRARCH-1's `PETR.Validate.verbs.txt` and
//! PETRARCH2/Phoenix's `CAMEO.2.0.txt`), actors (`+` synonyms, dated code
//! lines), agents (`!MACRO!` substitution, `{plurals}`), discards and
//! `PETR_config.ini` options; and [`PetrData`], the tables only PETRARCH's
//! conventions use.
//!
//! Takes a file's text and name; adds its entries to a [`LinearDict`] and
//! appends a warning `file:line: problem` for every line it cannot use —
//! loading always goes on.
//!
//! Reading follows PETRARCH-1: `#` starts a comment at the start of a line
//! or after a blank (not inside `[…]`), `<!-- … -->` comments may span
//! lines, a line starting with `<!` is a comment, `;` ends a line,
//! `---STOP---` ends a file. Phrases are tokenized as text is
//! ([`super::chunk::phrase_words`]): `_` joins adjacent words, a blank lets
//! other words of the same noun phrase intervene. Deliberate differences
//! from PETRARCH-1, each to code news text better: regular verb forms make
//! `-ies`/`-ied` after a consonant and `y`, `-es` after `ch`/`sh`, and keep
//! the `e` of `-ee`/`-ye`/`-oe` before `-ing`; a pattern coded `+++` or
//! `###` (TABARI's markers) is not loaded; a synset member that names a
//! synset is dead text, as in PETRARCH. PETRARCH2's `{…}` (a noun phrase
//! ending in its head) and `(P …)` (a prepositional phrase) are read as
//! word sequences with the constraints [`PetrElem::head`] and
//! [`PetrElem::within`]; its transformations are not read.
//!
//! Invariants: every word is interned once in the dictionary; a phrase
//! already defined keeps its first definition (a verb defined again pools
//! the new block's patterns under the first entry, as PETRARCH does);
//! every verb's patterns are sorted by precedence — more elements first,
//! then file order.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::chunk::{form_kind, phrase_words};
use super::dict::{
    ActorCode, ActorEntry, CodeBlock, Conn, EventCode, LinearDict, LitId, NULL, Rank, RootId,
    RootKind, VerbEntry, When, parse_compact_date,
};

/// Which PETRARCH file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PetrKind {
    Verbs,
    Actors,
    Agents,
    Discards,
    /// `PETR_config.ini`: options (and the dictionaries it names).
    Config,
    /// Files PETRARCH's coder does not read (issues, prepositions).
    Unused,
}

impl PetrKind {
    /// From a file name: `*.actors.txt`, `*.agents.txt`, `*.discards.txt`,
    /// `CAMEO*.txt` or `*verbs*.txt`, `*.ini`; `*Issue*.txt` and
    /// `*prepositions*.txt` are known but unused.
    pub fn from_name(name: &str) -> Option<PetrKind> {
        let lower = name.to_ascii_lowercase();
        let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
        if base.ends_with(".ini") {
            return Some(PetrKind::Config);
        }
        if !base.ends_with(".txt") {
            return None;
        }
        Some(if base.ends_with(".actors.txt") {
            PetrKind::Actors
        } else if base.ends_with(".agents.txt") {
            PetrKind::Agents
        } else if base.ends_with(".discards.txt") {
            PetrKind::Discards
        } else if base.starts_with("cameo") || base.contains("verbpatterns") {
            PetrKind::Verbs
        } else if base.contains("issuecoding") || base.contains("prepositions") {
            PetrKind::Unused
        } else if base.contains("verbs") {
            PetrKind::Verbs
        } else {
            return None;
        })
    }

    /// From the text, for a file named without a telling name
    /// (`petrarch:PATH`): verb blocks, `!MACRO!` lines or `~` codes,
    /// `[Options]`, code brackets, else a discard list.
    pub fn sniff(text: &str) -> PetrKind {
        if looks_like_verbs(text) {
            return PetrKind::Verbs;
        }
        let mut codes = 0;
        let mut agents = 0;
        for line in text.lines().take(500) {
            let l = line.trim();
            if l.starts_with("[Options]") || l.starts_with("[Dictionaries]") {
                return PetrKind::Config;
            }
            if l.starts_with('!') && l.contains('=') {
                return PetrKind::Agents;
            }
            if let Some(b) = l.find('[') {
                codes += 1;
                if l[b..].contains('~') {
                    agents += 1;
                }
            }
        }
        if codes == 0 {
            PetrKind::Discards
        } else if agents * 2 > codes {
            PetrKind::Agents
        } else {
            PetrKind::Actors
        }
    }
}

/// Whether a text is a PETRARCH verbs file: `--- NAME [CODE] ---` block
/// headers (Dateline's own verb files have `verb …` lines instead).
pub fn looks_like_verbs(text: &str) -> bool {
    text.lines().take(3000).any(|l| {
        let l = l.trim();
        l.starts_with("---") && l[3..].trim_end().ends_with("---") && l.len() > 6
    })
}

/// How a verb form reads: it decides whether the word after a noun or a
/// determiner is a verb.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FormKind {
    #[default]
    Base,
    S,
    /// `-ed`, `-en` or an irregular past.
    Ed,
    Ing,
}

/// A verb form root: which of its words is the verb, and how it reads.
#[derive(Clone, Copy, Debug, Default)]
pub struct VerbForm {
    pub head: u8,
    pub kind: FormKind,
}

/// What a pattern element matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PetrTok {
    Word(LitId),
    /// An index into [`PetrData::synsets`].
    Synset(u32),
    /// `$`: the source phrase.
    Source,
    /// `+`: the target phrase.
    Target,
    /// `^`: a phrase skipped.
    Skip,
    /// `%`: a compound phrase (source and target before the verb, target
    /// after it).
    Compound,
}

/// One element of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PetrElem {
    pub tok: PetrTok,
    /// Must stand right next to the element matched before it (the verb,
    /// for the elements written next to `*`).
    pub glued: bool,
    /// PETRARCH2: must end a noun chunk (a phrase's head noun).
    pub head: bool,
    /// PETRARCH2: must lie in the phrase of the element before it, or in
    /// the phrase right after it (inside `{…}` and `(P …)`).
    pub within: bool,
}

/// A verb pattern: the elements before the verb (nearest first) and after
/// it (nearest first), and its code.
#[derive(Clone, Debug)]
pub struct PetrPattern {
    pub upper: Vec<PetrElem>,
    pub lower: Vec<PetrElem>,
    pub code: EventCode,
    /// As written, for the trace.
    pub text: Box<str>,
    pub origin: u32,
    /// The literals every match needs, sorted.
    pub required: Box<[LitId]>,
    /// The synsets every match needs.
    pub synsets: Box<[u32]>,
    /// Elements, for precedence.
    pub weight: u32,
}

/// `&NAME` and its member phrases (consecutive words).
#[derive(Clone, Debug)]
pub struct PetrSynset {
    pub name: Box<str>,
    pub members: Vec<Box<[LitId]>>,
}

/// A discard phrase.
#[derive(Clone, Debug)]
pub struct Discard {
    pub words: Box<[LitId]>,
    /// `+`: the whole story is discarded, not only the sentence.
    pub story: bool,
    pub text: Box<str>,
    pub origin: u32,
}

/// What starts with a word: verb forms, actors, agents and discards whose
/// first word it is, in load order.
#[derive(Clone, Debug, Default)]
pub struct Starts {
    pub verbs: Vec<RootId>,
    pub actors: Vec<RootId>,
    pub agents: Vec<RootId>,
    pub discards: Vec<u32>,
}

/// PETRARCH's own tables, beside the shared ones of [`LinearDict`].
#[derive(Clone, Debug, Default)]
pub struct PetrData {
    pub patterns: Vec<PetrPattern>,
    pub synsets: Vec<PetrSynset>,
    synset_ids: FxHashMap<Box<str>, u32>,
    /// Synset members by (synset, first word) and by (synset, last word).
    synset_first: FxHashMap<(u32, LitId), SmallVec<[u32; 2]>>,
    synset_last: FxHashMap<(u32, LitId), SmallVec<[u32; 2]>>,
    /// Per verb-form root: its verb word and how it reads.
    pub forms: FxHashMap<RootId, VerbForm>,
    /// Per literal, an index into `starts` (`u32::MAX`: nothing).
    starts_of: Vec<u32>,
    starts: Vec<Starts>,
    pub discards: Vec<Discard>,
}

impl PetrData {
    /// What starts with the word `lit`.
    pub fn starts(&self, lit: LitId) -> Option<&Starts> {
        let k = *self.starts_of.get(lit as usize)?;
        self.starts.get(k as usize)
    }

    fn starts_mut(&mut self, lit: LitId) -> &mut Starts {
        let i = lit as usize;
        if self.starts_of.len() <= i {
            self.starts_of.resize(i + 1, u32::MAX);
        }
        if self.starts_of[i] == u32::MAX {
            self.starts_of[i] = self.starts.len() as u32;
            self.starts.push(Starts::default());
        }
        let k = self.starts_of[i] as usize;
        &mut self.starts[k]
    }

    /// Actor roots whose first word is `lit`, in load order.
    pub fn actor_starts(&self, lit: LitId) -> &[RootId] {
        self.starts(lit).map_or(&[][..], |s| &s.actors[..])
    }

    /// Agent roots whose first word is `lit`, in load order.
    pub fn agent_starts(&self, lit: LitId) -> &[RootId] {
        self.starts(lit).map_or(&[][..], |s| &s.agents[..])
    }

    /// Discards whose first word is `lit`.
    pub fn discard_starts(&self, lit: LitId) -> &[u32] {
        self.starts(lit).map_or(&[][..], |s| &s.discards[..])
    }

    pub fn synset_id(&self, name: &str) -> Option<u32> {
        self.synset_ids.get(name).copied()
    }

    /// Members of synset `s` whose first word is `lit`.
    pub fn members_starting(&self, s: u32, lit: LitId) -> &[u32] {
        self.synset_first.get(&(s, lit)).map_or(&[][..], |v| &v[..])
    }

    /// Members of synset `s` whose last word is `lit`.
    pub fn members_ending(&self, s: u32, lit: LitId) -> &[u32] {
        self.synset_last.get(&(s, lit)).map_or(&[][..], |v| &v[..])
    }

    fn index_root(&mut self, lit: LitId, kind: RootKind, r: RootId) {
        let s = self.starts_mut(lit);
        match kind {
            RootKind::Verb(_) => s.verbs.push(r),
            RootKind::Actor(_) => s.actors.push(r),
            RootKind::Agent(_) => s.agents.push(r),
            _ => {}
        }
    }

    /// Indexes every synset member by its first and last word.
    fn index_synsets(&mut self) {
        self.synset_first.clear();
        self.synset_last.clear();
        for (s, syn) in self.synsets.iter().enumerate() {
            for (m, member) in syn.members.iter().enumerate() {
                if let (Some(&f), Some(&l)) = (member.first(), member.last()) {
                    self.synset_first
                        .entry((s as u32, f))
                        .or_default()
                        .push(m as u32);
                    self.synset_last
                        .entry((s as u32, l))
                        .or_default()
                        .push(m as u32);
                }
            }
        }
    }
}

/// Reads one PETRARCH file into `d`.
pub fn read(
    d: &mut LinearDict,
    kind: PetrKind,
    text: &str,
    file: &str,
    warnings: &mut Vec<String>,
) {
    d.files.push(file.to_string());
    let had = d.petrarch.is_some();
    let mut p = d.petrarch.take().unwrap_or_default();
    {
        let mut r = Reader {
            d,
            p: &mut p,
            file,
            warnings,
            dups: Vec::new(),
        };
        match kind {
            PetrKind::Verbs => r.verbs(text),
            PetrKind::Actors => r.actors(text),
            PetrKind::Agents => r.agents(text),
            PetrKind::Discards => r.discards(text),
            PetrKind::Config => r.config(text),
            PetrKind::Unused => r.warn(
                0,
                "not read: PETRARCH's issue and preposition lists do not change events",
            ),
        }
        if !r.dups.is_empty() {
            // Duplicates are common in large dictionaries: one line says
            // where, rather than one warning each.
            let shown: Vec<String> = r.dups.iter().take(12).map(|n| n.to_string()).collect();
            let more = if r.dups.len() > 12 { ", …" } else { "" };
            let msg = if r.dups.len() == 1 {
                "a phrase defined earlier was skipped (the first definition is kept)".to_string()
            } else {
                format!(
                    "{} phrases defined earlier were skipped (the first definition is kept): lines {}{more}",
                    r.dups.len(),
                    shown.join(", ")
                )
            };
            r.warn(r.dups[0], &msg);
        }
    }
    if had {
        d.petrarch = Some(p);
    }
}

/// The dictionary files a `PETR_config.ini` names in its
/// `[Dictionaries]` section, relative to its directory, with their kinds.
pub fn config_files(text: &str, dir: &Path) -> Vec<(PathBuf, PetrKind)> {
    let mut out = Vec::new();
    let mut section = String::new();
    for line in text.lines() {
        let l = line.split(['#', ';']).next().unwrap_or("").trim();
        if let Some(s) = l.strip_prefix('[') {
            section = s.trim_end_matches(']').trim().to_ascii_lowercase();
            continue;
        }
        if section != "dictionaries" {
            continue;
        }
        let Some((key, value)) = l.split_once('=') else {
            continue;
        };
        let kind = match key.trim().to_ascii_lowercase().as_str() {
            "verbfile_name" => PetrKind::Verbs,
            "actorfile_list" => PetrKind::Actors,
            "agentfile_name" => PetrKind::Agents,
            "discardfile_name" => PetrKind::Discards,
            _ => continue,
        };
        for f in value.split(',') {
            let f = f.trim();
            if !f.is_empty() {
                out.push((dir.join(f), kind));
            }
        }
    }
    out
}

/// The lines PETRARCH-1 reads, numbered from 1, comments removed.
fn clean_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for (no, raw) in text.lines().enumerate() {
        let raw = raw.trim_start_matches('\u{feff}');
        if in_comment {
            if raw.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        let t = raw.trim_start();
        if t.starts_with("<!") {
            if t.starts_with("<!--") && !t.contains("-->") {
                in_comment = true;
            }
            continue;
        }
        let mut l = raw.to_string();
        while let Some(a) = l.find("<!--") {
            match l[a..].find("-->") {
                Some(b) => l.replace_range(a..a + b + 3, " "),
                None => {
                    l.truncate(a);
                    in_comment = true;
                    break;
                }
            }
        }
        let l = cut_comment(&l);
        if l.trim().is_empty() {
            continue;
        }
        if l.contains("---STOP---") {
            break;
        }
        out.push((no + 1, l));
    }
    out
}

/// A line without its comment: `#` at the start or after a blank, outside
/// `[…]`; `;` anywhere.
fn cut_comment(l: &str) -> String {
    let mut depth = 0u32;
    let mut prev_blank = true;
    for (i, c) in l.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 && prev_blank => return l[..i].to_string(),
            ';' => return l[..i].to_string(),
            _ => {}
        }
        prev_blank = c.is_whitespace();
    }
    l.to_string()
}

/// The content of every `[…]` in `s`.
fn brackets(s: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find(']').ok_or("missing ']'")?;
        out.push(after[..close].trim());
        rest = &after[close + 1..];
    }
    Ok(out)
}

/// The plural of a phrase (its last word): `-ies` for a final `y` after a
/// consonant, `-es` after `s`, else `-s`.
fn plural(phrase: &str) -> String {
    if consonant_y(phrase) {
        format!("{}IES", &phrase[..phrase.len() - 1])
    } else if phrase.ends_with('S') {
        format!("{phrase}ES")
    } else {
        format!("{phrase}S")
    }
}

fn consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b[b.len() - 1] == b'Y'
        && !matches!(b[b.len() - 2], b'A' | b'E' | b'I' | b'O' | b'U')
}

/// The regular `-s`, `-ed` and `-ing` forms of a verb.
fn regular_forms(w: &str) -> [String; 3] {
    let s = if ["S", "X", "Z", "CH", "SH"].iter().any(|e| w.ends_with(e)) {
        format!("{w}ES")
    } else if consonant_y(w) {
        format!("{}IES", &w[..w.len() - 1])
    } else {
        format!("{w}S")
    };
    let ed = if w.ends_with('E') {
        format!("{w}D")
    } else if consonant_y(w) {
        format!("{}IED", &w[..w.len() - 1])
    } else {
        format!("{w}ED")
    };
    let ing = if w.ends_with('E') && !["EE", "YE", "OE"].iter().any(|e| w.ends_with(e)) {
        format!("{}ING", &w[..w.len() - 1])
    } else {
        format!("{w}ING")
    };
    [s, ed, ing]
}

/// `[064]`, `[032:033]`, `[:033]` (no forward event), `[---]`:
/// PETRARCH's codes are opaque strings.
fn event_code(d: &mut LinearDict, inner: &str) -> Result<EventCode, String> {
    let inner = inner.trim();
    if inner.is_empty() {
        return Err("no code between [...]".into());
    }
    let one = |d: &mut LinearDict, s: &str| -> Result<(u32, Rank), String> {
        let s = s.trim();
        if s.is_empty() {
            return Err(format!("empty code in [{inner}]"));
        }
        Ok((d.code(s), Rank::Plain))
    };
    match inner.split_once(':') {
        // `[:173]`: only the reverse event codes.
        Some((a, b)) if a.trim().is_empty() => Ok(EventCode {
            first: (NULL, Rank::Plain),
            pair: Some(one(d, b)?),
        }),
        Some((a, b)) => Ok(EventCode {
            first: one(d, a)?,
            pair: Some(one(d, b)?),
        }),
        None => Ok(EventCode {
            first: one(d, inner)?,
            pair: None,
        }),
    }
}

/// A verb block while its file is read.
struct Block {
    default: EventCode,
    verbs: Vec<u32>,
    patterns: Vec<u32>,
}

/// An item of a pattern as written.
#[derive(Clone, Debug, PartialEq)]
enum Item {
    Verb,
    Word(String),
    Synset(String),
    Source,
    Target,
    Skip,
    Compound,
    NpOpen,
    NpClose,
    PpOpen,
    PpClose,
}

struct Reader<'a> {
    d: &'a mut LinearDict,
    p: &'a mut PetrData,
    file: &'a str,
    warnings: &'a mut Vec<String>,
    /// Lines whose phrase was defined before.
    dups: Vec<usize>,
}

impl Reader<'_> {
    fn warn(&mut self, line: usize, msg: &str) {
        self.warnings.push(format!("{}:{line}: {msg}", self.file));
    }

    fn origin(&mut self, line: usize) -> u32 {
        let at = format!("{}:{line}", self.file);
        self.d.origin(at)
    }

    /// A phrase as literals: `_` (or a split word) adjacent, blank a gap.
    fn phrase(&mut self, phrase: &str) -> Vec<(LitId, Conn)> {
        phrase_words(phrase)
            .into_iter()
            .map(|(w, glued)| {
                let conn = if glued {
                    Conn::FullNext
                } else {
                    Conn::PartSkip
                };
                (self.d.lit(&w), conn)
            })
            .collect()
    }

    /// Adds a root unless its phrase exists (then returns the existing
    /// root as `Err`).
    fn add_root(
        &mut self,
        no: usize,
        ph: Vec<(LitId, Conn)>,
        kind: RootKind,
    ) -> Result<RootId, Option<RootId>> {
        if ph.is_empty() {
            return Err(None);
        }
        if let Some(first) = self.d.duplicate(&ph) {
            return Err(Some(first));
        }
        let origin = self.origin(no);
        let first = ph[0].0;
        let r = self.d.push_root(ph, kind, origin);
        self.p.index_root(first, kind, r);
        Ok(r)
    }

    // ---- actors ----------------------------------------------------------

    fn actors(&mut self, text: &str) {
        // The entry being read: its actor, where it started, its code text.
        let mut cur: Option<(u32, usize)> = None;
        let mut codes: Vec<(usize, String)> = Vec::new();
        // After a duplicate entry: its synonyms join the first definition,
        // its codes are not read.
        let mut dup_of: Option<u32> = None;
        for (no, line) in clean_lines(text) {
            let t = line.trim();
            if t.starts_with('[') {
                match cur {
                    Some(_) => codes.push((no, t.to_string())),
                    None if dup_of.is_some() => {}
                    None => self.warn(no, "codes without an actor before them"),
                }
                continue;
            }
            if let Some(syn) = t.strip_prefix('+') {
                let Some(e) = cur.map(|c| c.0).or(dup_of) else {
                    self.warn(no, "a synonym (+) needs an actor before it");
                    continue;
                };
                let (phrase, rest) = match syn.find('[') {
                    Some(b) => (&syn[..b], &syn[b..]),
                    None => (syn, ""),
                };
                if !rest.is_empty() && cur.is_some() {
                    codes.push((no, rest.to_string()));
                }
                let ph = self.phrase(phrase);
                match self.add_root(no, ph, RootKind::Actor(e)) {
                    Ok(_) => {}
                    Err(Some(_)) => self.dups.push(no),
                    Err(None) => self.warn(no, "a synonym without words"),
                }
                continue;
            }
            if let Some((e, at)) = cur.take() {
                self.finish_actor(e, at, &codes);
                codes.clear();
            }
            let (phrase, rest) = match t.find('[') {
                Some(b) => (&t[..b], &t[b..]),
                None => (t, ""),
            };
            let e = self.d.actors.len() as u32;
            let ph = self.phrase(phrase);
            dup_of = None;
            match self.add_root(no, ph, RootKind::Actor(e)) {
                Ok(root) => {
                    self.d.actors.push(ActorEntry {
                        blocks: Vec::new(),
                        main: root,
                    });
                    if !rest.is_empty() {
                        codes.push((no, rest.to_string()));
                    }
                    cur = Some((e, no));
                }
                Err(Some(first)) => {
                    // Defined before: PETRARCH keeps the first definition;
                    // synonyms that follow join it, codes are not read.
                    self.dups.push(no);
                    if let RootKind::Actor(x) = self.d.root(first).kind {
                        dup_of = Some(x);
                    }
                }
                Err(None) => self.warn(no, "an actor line without words"),
            }
        }
        if let Some((e, at)) = cur {
            self.finish_actor(e, at, &codes);
        }
    }

    /// Sets an actor's code blocks in PETRARCH's order of resolution: the
    /// dated codes in file order, then the last undated code (or `---`).
    fn finish_actor(&mut self, e: u32, at: usize, codes: &[(usize, String)]) {
        let mut dated = Vec::new();
        let mut plain: Option<CodeBlock> = None;
        for (no, text) in codes {
            let inners = match brackets(text) {
                Ok(v) => v,
                Err(msg) => {
                    self.warn(*no, &msg);
                    continue;
                }
            };
            for inner in inners {
                match self.actor_block(inner) {
                    Ok(b) if b.when == When::Always => plain = Some(b),
                    Ok(b) => dated.push(b),
                    Err(msg) => self.warn(*no, &msg),
                }
            }
        }
        let _ = at;
        dated.push(plain.unwrap_or(CodeBlock {
            when: When::Always,
            codes: vec![ActorCode {
                actor: NULL,
                agent: 0,
            }],
        }));
        self.d.actors[e as usize].blocks = dated;
    }

    /// `CODE`, `CODE <DATE`, `CODE >DATE`, `CODE D1-D2` (blanks allowed;
    /// bounds inclusive), `A/B` for several actors.
    fn actor_block(&mut self, inner: &str) -> Result<CodeBlock, String> {
        let date = |s: &str| -> Result<crate::model::Date, String> {
            let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
            parse_compact_date(&digits)
                .ok_or_else(|| format!("bad date {:?} in [{inner}]", s.trim()))
        };
        let (codes, when) = if let Some(at) = inner.find(['<', '>']) {
            let d = date(&inner[at + 1..])?;
            let when = if inner.as_bytes()[at] == b'<' {
                When::UpTo(d)
            } else {
                When::From(d)
            };
            (inner[..at].trim(), when)
        } else {
            let mut words = inner.split_whitespace();
            let code = words.next().unwrap_or("");
            let rest: String = words.collect::<Vec<_>>().join("");
            if rest.is_empty() {
                (code, When::Always)
            } else {
                let (a, b) = rest
                    .split_once('-')
                    .ok_or_else(|| format!("bad date range in [{inner}]"))?;
                (code, When::Between(date(a)?, date(b)?))
            }
        };
        if codes.is_empty() {
            return Err(format!("date without a code in [{inner}]"));
        }
        let mut out = Vec::new();
        for member in codes.split('/') {
            let member = member.trim();
            if member.is_empty() {
                return Err(format!("empty code in [{inner}]"));
            }
            out.push(ActorCode {
                actor: self.d.code(member),
                agent: 0,
            });
        }
        Ok(CodeBlock { when, codes: out })
    }

    // ---- agents ----------------------------------------------------------

    fn agents(&mut self, text: &str) {
        let mut macros: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (no, line) in clean_lines(text) {
            let t = line.trim();
            if t.starts_with('!')
                && let Some((name, items)) = t.split_once('=')
                && !name.contains('[')
            {
                let name = name.trim().to_ascii_uppercase();
                if !(name.len() > 2 && name.ends_with('!')) {
                    self.warn(no, "a substitution line needs the form !NAME! = A, B");
                    continue;
                }
                let items: Vec<String> = items
                    .split(',')
                    .map(|s| s.trim().to_ascii_uppercase())
                    .filter(|s| !s.is_empty())
                    .collect();
                macros.insert(name, items);
                continue;
            }
            let Some(b) = t.find('[') else {
                self.warn(no, "an agent needs a code such as [~GOV]");
                continue;
            };
            let inner = match brackets(&t[b..]) {
                Ok(v) if !v.is_empty() => v[0],
                Ok(_) => "",
                Err(msg) => {
                    self.warn(no, &msg);
                    continue;
                }
            };
            let code: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
            if !code.contains('~') || code.len() < 2 {
                self.warn(no, &format!("agent code [{inner}] needs a '~' and a code"));
                continue;
            }
            let head = &t[..b];
            let (phrase, plurals) = match head.find('{') {
                Some(o) => {
                    let close = head[o..].find('}').map_or(head.len(), |c| o + c);
                    let inside = head[o + 1..close].trim();
                    let forms: Vec<String> =
                        inside.split_whitespace().map(str::to_string).collect();
                    (head[..o].trim(), Some(forms))
                }
                None => (head.trim(), None),
            };
            if phrase.is_empty() {
                self.warn(no, "an agent line without words");
                continue;
            }
            let upper = phrase.to_ascii_uppercase();
            let mut variants: Vec<String> = Vec::new();
            if let Some(a) = upper.find('!') {
                let Some(len) = upper[a + 1..].find('!') else {
                    self.warn(no, "an unclosed !MACRO! marker");
                    continue;
                };
                let name = &upper[a..a + len + 2];
                let Some(items) = macros.get(name) else {
                    self.warn(
                        no,
                        &format!("undefined substitution marker {name}; skipped"),
                    );
                    continue;
                };
                for item in items {
                    variants.push(upper.replacen(name, item, 1));
                }
            } else {
                variants.push(upper.clone());
                match plurals {
                    None => variants.push(plural(upper.trim_end_matches('_'))),
                    Some(forms) => {
                        variants.extend(forms.into_iter().map(|f| f.to_ascii_uppercase()))
                    }
                }
            }
            let id = self.d.code(&code);
            let idx = self.d.agents.len() as u32;
            let mut any = false;
            for (k, v) in variants.iter().enumerate() {
                let ph = self.phrase(v);
                match self.add_root(no, ph, RootKind::Agent(idx)) {
                    Ok(_) => any = true,
                    // A generated plural may equal another entry: no matter.
                    Err(Some(_)) if k == 0 => self.dups.push(no),
                    Err(_) => {}
                }
            }
            if any {
                self.d.agents.push(id);
            }
        }
    }

    // ---- discards ----------------------------------------------------------

    fn discards(&mut self, text: &str) {
        for (no, line) in clean_lines(text) {
            let t = line.trim();
            let (story, phrase) = match t.strip_prefix('+') {
                Some(p) => (true, p.trim()),
                None => (false, t),
            };
            let words: Vec<LitId> = phrase_words(phrase)
                .into_iter()
                .map(|(w, _)| self.d.lit(&w))
                .collect();
            if words.is_empty() {
                self.warn(no, "a discard line without words");
                continue;
            }
            let idx = self.p.discards.len() as u32;
            let origin = self.origin(no);
            self.p.starts_mut(words[0]).discards.push(idx);
            self.p.discards.push(Discard {
                words: words.into_boxed_slice(),
                story,
                text: phrase.into(),
                origin,
            });
        }
    }

    // ---- config --------------------------------------------------------------

    fn config(&mut self, text: &str) {
        let mut section = String::new();
        for (no, raw) in text.lines().enumerate() {
            let l = raw.split(['#', ';']).next().unwrap_or("").trim();
            if l.is_empty() {
                continue;
            }
            if let Some(s) = l.strip_prefix('[') {
                section = s.trim_end_matches(']').trim().to_ascii_lowercase();
                continue;
            }
            if section != "options" {
                continue;
            }
            let Some((key, value)) = l.split_once('=') else {
                self.warn(no + 1, "expected name = value");
                continue;
            };
            if let Err(e) = self.d.options.apply_petrarch(key, value) {
                self.warn(no + 1, &e);
            }
        }
    }

    // ---- verbs ---------------------------------------------------------------

    fn verbs(&mut self, text: &str) {
        enum State {
            Top,
            Synset(u32, bool),
            Block,
        }
        // PETRARCH2's dialect: its section headers, or patterns with
        // prepositional phrases.
        let dialect2 = text.contains("VERB PATTERNS")
            || text.lines().any(|l| {
                let t = l.trim_start();
                t.starts_with("- ") && t.split('#').next().unwrap_or("").contains('(')
            });
        let mut state = State::Top;
        let mut blocks: Vec<Block> = Vec::new();
        let mut transformations = 0usize;
        let mut first_transformation = 0usize;
        for (no, line) in clean_lines(text) {
            let t = line.trim();
            if let Some(label) = t.strip_prefix('&') {
                let name = label.split_whitespace().next().unwrap_or("");
                let plurals = !name.ends_with('_');
                let name = format!("&{}", name.trim_end_matches('_').to_ascii_uppercase());
                if self.p.synset_ids.contains_key(name.as_str()) {
                    self.warn(no, &format!("synset {name} is already defined; skipped"));
                    state = State::Top;
                    continue;
                }
                let id = self.p.synsets.len() as u32;
                self.p.synsets.push(PetrSynset {
                    name: name.clone().into(),
                    members: Vec::new(),
                });
                self.p.synset_ids.insert(name.into(), id);
                state = State::Synset(id, plurals);
                continue;
            }
            if t.starts_with('+')
                && let State::Synset(id, plurals) = state
            {
                self.member(no, id, plurals, &t[1..]);
                continue;
            }
            if t.starts_with("---") {
                let default = match brackets(t) {
                    Ok(v) if !v.is_empty() => match event_code(self.d, v[0]) {
                        Ok(c) => c,
                        Err(e) => {
                            self.warn(no, &e);
                            EventCode::null()
                        }
                    },
                    Ok(_) => EventCode::null(),
                    Err(e) => {
                        self.warn(no, &e);
                        EventCode::null()
                    }
                };
                blocks.push(Block {
                    default,
                    verbs: Vec::new(),
                    patterns: Vec::new(),
                });
                state = State::Block;
                continue;
            }
            if t.starts_with('~') {
                if transformations == 0 {
                    first_transformation = no;
                }
                transformations += 1;
                continue;
            }
            if matches!(state, State::Synset(..)) {
                state = State::Top;
            }
            let Some(block) = blocks.last_mut() else {
                self.warn(
                    no,
                    "a verb or pattern needs a --- NAME [CODE] --- header before it",
                );
                continue;
            };
            if t.starts_with('-') {
                if let Some(pid) = self.pattern(no, t, dialect2) {
                    // `blocks` is not borrowed by `pattern`; take it again.
                    if let Some(b) = blocks.last_mut() {
                        b.patterns.push(pid);
                    }
                }
                continue;
            }
            let default = block.default;
            if let Some(v) = self.verb_line(no, t, default)
                && let Some(b) = blocks.last_mut()
            {
                b.verbs.push(v);
            }
        }
        if transformations > 0 {
            self.warn(
                first_transformation,
                &format!("{transformations} PETRARCH2 transformation lines (~) are not read"),
            );
        }
        // Every verb gets its blocks' patterns, in precedence order.
        let mut per_verb: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for b in &blocks {
            for &v in &b.verbs {
                per_verb
                    .entry(v)
                    .or_default()
                    .extend(b.patterns.iter().copied());
            }
        }
        self.p.index_synsets();
        for (v, mut list) in per_verb {
            list.extend(self.d.verbs[v as usize].patterns.iter().copied());
            list.sort_unstable_by_key(|&pid| {
                (std::cmp::Reverse(self.p.patterns[pid as usize].weight), pid)
            });
            list.dedup();
            self.d.verbs[v as usize].patterns = list;
        }
    }

    fn member(&mut self, no: usize, id: u32, plurals: bool, text: &str) {
        let text = text.trim();
        if text.starts_with('&') {
            // PETRARCH does not expand synsets inside synsets.
            return;
        }
        let words: Vec<String> = phrase_words(text).into_iter().map(|(w, _)| w).collect();
        if words.is_empty() {
            self.warn(no, "a synset member without words");
            return;
        }
        let mut forms = vec![words.clone()];
        if plurals && !text.ends_with('_') {
            let mut pl = words.clone();
            if let Some(last) = pl.last_mut() {
                *last = plural(last);
            }
            forms.push(pl);
        }
        for f in forms {
            let lits: Vec<LitId> = f.iter().map(|w| self.d.lit(w)).collect();
            let members = &mut self.p.synsets[id as usize].members;
            if !members.iter().any(|m| m[..] == lits[..]) {
                members.push(lits.into_boxed_slice());
            }
        }
    }

    /// A verb line: `VERB`, `VERB {FORMS}`, `VERB [CODE]`, `+VERB_PART`,
    /// `WORD_+VERB`. Returns the verb entry (an existing one when the verb
    /// was defined before: its patterns are pooled).
    fn verb_line(&mut self, no: usize, t: &str, default: EventCode) -> Option<u32> {
        let cut = t.find(['{', '[']).unwrap_or(t.len());
        let mut word = t[..cut].trim();
        if word.contains(char::is_whitespace) && !word.contains(['_', '+']) {
            // `LASH OUT`: PETRARCH-1 reads the first word.
            word = word.split_whitespace().next().unwrap_or("");
        }
        let word = word.split_whitespace().collect::<Vec<_>>().join("_");
        if word.is_empty() {
            self.warn(no, "a verb line without a verb");
            return None;
        }
        let listed: Option<Vec<String>> = t[cut..].starts_with('{').then(|| {
            let close = t[cut..].find('}').map_or(t.len(), |c| cut + c);
            t[cut + 1..close]
                .split([' ', '\t', ','])
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect()
        });
        let own = match t.find('[') {
            Some(b) => match brackets(&t[b..]) {
                Ok(v) if !v.is_empty() => match event_code(self.d, v[0]) {
                    Ok(c) => Some(c),
                    Err(e) => {
                        self.warn(no, &e);
                        None
                    }
                },
                Ok(_) => None,
                Err(e) => {
                    self.warn(no, &e);
                    None
                }
            },
            None => None,
        };
        let Some((base, head)) = self.verb_words(&word) else {
            self.warn(no, &format!("no verb in {word:?}"));
            return None;
        };
        let mut forms: Vec<(Vec<String>, usize, bool)> = vec![(base.clone(), head, false)];
        match &listed {
            Some(list) => {
                for f in list {
                    match self.verb_words(f) {
                        Some((w, h)) => forms.push((w, h, true)),
                        None => self.warn(no, &format!("no verb in the form {f:?}")),
                    }
                }
            }
            None => {
                for f in regular_forms(&base[head]) {
                    let mut w = base.clone();
                    w[head] = f;
                    forms.push((w, head, false));
                }
            }
        }
        let code = own.unwrap_or(default);
        let v = self.d.verbs.len() as u32;
        let mut entry: Option<u32> = None;
        for (k, (words, head, is_listed)) in forms.into_iter().enumerate() {
            let ph: Vec<(LitId, Conn)> = words
                .iter()
                .map(|w| (self.d.lit(w), Conn::FullNext))
                .collect();
            let kind = form_kind(&words[head], is_listed);
            match self.add_root(no, ph, RootKind::Verb(v)) {
                Ok(r) => {
                    self.p.forms.insert(
                        r,
                        VerbForm {
                            head: head.min(255) as u8,
                            kind: if k == 0 {
                                form_kind(&words[head], false)
                            } else {
                                kind
                            },
                        },
                    );
                    if entry.is_none() {
                        self.d.verbs.push(VerbEntry {
                            code,
                            patterns: Vec::new(),
                            main: r,
                        });
                        entry = Some(v);
                    }
                }
                Err(Some(existing)) if k == 0 => {
                    // The verb heads a second block: PETRARCH keeps the
                    // first entry and pools the patterns.
                    if let RootKind::Verb(e) = self.d.root(existing).kind {
                        return Some(e);
                    }
                    self.warn(
                        no,
                        &format!("{word} is already defined as another kind of phrase"),
                    );
                    return None;
                }
                Err(_) => {}
            }
        }
        entry
    }

    /// The words of a verb (`+CORDON_OFF`, `WIRE_+TAP`) and which one is
    /// the verb.
    fn verb_words(&self, spec: &str) -> Option<(Vec<String>, usize)> {
        let mut words = Vec::new();
        let mut head = 0;
        for part in spec.split('_').filter(|p| !p.is_empty()) {
            let (marked, part) = match part.strip_prefix('+') {
                Some(p) => (true, p),
                None => (false, part),
            };
            if marked {
                head = words.len();
            }
            for (w, _) in phrase_words(part) {
                words.push(w);
            }
        }
        let head = head.min(words.len().saturating_sub(1));
        (!words.is_empty()).then_some((words, head))
    }

    /// A pattern line; its index in [`PetrData::patterns`].
    fn pattern(&mut self, no: usize, t: &str, dialect2: bool) -> Option<u32> {
        let body_end = t.find('[').unwrap_or(t.len());
        let code = match brackets(&t[body_end..]) {
            Ok(v) if !v.is_empty() => v[0],
            _ => {
                self.warn(no, "missing [code]");
                return None;
            }
        };
        if matches!(code.trim(), "+++" | "###") {
            return None;
        }
        let body = t[1..body_end].trim();
        if !dialect2 && body.contains(['{', '|']) {
            self.warn(
                no,
                "TABARI alternatives {…|…} are not PETRARCH patterns; skipped",
            );
            return None;
        }
        let items = match pattern_items(body, dialect2) {
            Ok(v) => v,
            Err(e) => {
                self.warn(no, &e);
                return None;
            }
        };
        let Some(v) = items.iter().position(|(i, _)| *i == Item::Verb) else {
            self.warn(no, "no '*' (the verb) in the pattern");
            return None;
        };
        let code = match event_code(self.d, code) {
            Ok(c) => c,
            Err(e) => {
                self.warn(no, &e);
                return None;
            }
        };
        let upper = match self.elements(&items[..v], dialect2, true) {
            Ok(e) => e,
            Err(e) => {
                self.warn(no, &e);
                return None;
            }
        };
        let lower = match self.elements(&items[v + 1..], dialect2, false) {
            Ok(e) => e,
            Err(e) => {
                self.warn(no, &e);
                return None;
            }
        };
        // Glue to the verb: `RECENTLY_*` and `*_ON`.
        let mut upper = upper;
        let mut lower = lower;
        if let Some(first) = upper.first_mut() {
            first.glued = v > 0 && items[v - 1].1;
        }
        if let Some(first) = lower.first_mut() {
            first.glued = items[v].1;
        }
        let mut required: Vec<LitId> = upper
            .iter()
            .chain(&lower)
            .filter_map(|e| match e.tok {
                PetrTok::Word(l) => Some(l),
                _ => None,
            })
            .collect();
        required.sort_unstable();
        required.dedup();
        let mut synsets: Vec<u32> = upper
            .iter()
            .chain(&lower)
            .filter_map(|e| match e.tok {
                PetrTok::Synset(s) => Some(s),
                _ => None,
            })
            .collect();
        synsets.sort_unstable();
        synsets.dedup();
        let origin = self.origin(no);
        let weight = (upper.len() + lower.len()) as u32;
        let text = format!("- {body} [{}]", code_text(self.d, &code));
        self.p.patterns.push(PetrPattern {
            upper,
            lower,
            code,
            text: text.into(),
            origin,
            required: required.into_boxed_slice(),
            synsets: synsets.into_boxed_slice(),
            weight,
        });
        Some((self.p.patterns.len() - 1) as u32)
    }

    /// Elements from items (upper ones are returned nearest the verb
    /// first). Each element's `glued` says whether it must touch its
    /// neighbour on the verb's side.
    fn elements(
        &mut self,
        items: &[(Item, bool)],
        dialect2: bool,
        upper: bool,
    ) -> Result<Vec<PetrElem>, String> {
        let mut out: Vec<PetrElem> = Vec::new();
        // Inside `{…}` or `(…)`: the group kind and how many words seen.
        let mut group: Option<(bool, usize)> = None;
        let mut pending_glue = false;
        let mut last_np_word: Option<usize> = None;
        for (k, (item, glued_next)) in items.iter().enumerate() {
            let tok = match item {
                Item::NpOpen | Item::PpOpen => {
                    group = Some((*item == Item::PpOpen, 0));
                    continue;
                }
                Item::NpClose | Item::PpClose => {
                    if let (Some((false, _)), Some(w)) = (group, last_np_word) {
                        out[w].head = true;
                    }
                    group = None;
                    last_np_word = None;
                    continue;
                }
                Item::Verb => return Err("more than one '*' in the pattern".into()),
                Item::Word(w) => PetrTok::Word(self.d.lit(w)),
                Item::Synset(name) => match self.p.synset_id(name) {
                    Some(s) => PetrTok::Synset(s),
                    None => return Err(format!("undefined synset {name}; pattern skipped")),
                },
                Item::Source => PetrTok::Source,
                Item::Target => PetrTok::Target,
                Item::Skip => PetrTok::Skip,
                Item::Compound => PetrTok::Compound,
            };
            let is_word = matches!(tok, PetrTok::Word(_) | PetrTok::Synset(_));
            let (head, within) = match (&mut group, dialect2) {
                (_, false) => (false, false),
                (None, true) => (is_word, false),
                (Some((_, seen)), true) => {
                    let within = *seen > 0;
                    *seen += 1;
                    (false, within)
                }
            };
            if matches!(group, Some((false, _))) && is_word {
                last_np_word = Some(out.len());
            }
            // In the lower part an element's glue is to the element before
            // it; the upper part's is fixed when reversed below.
            let glued = if upper {
                *glued_next && k + 1 < items.len()
            } else {
                pending_glue
            };
            pending_glue = *glued_next;
            out.push(PetrElem {
                tok,
                glued,
                head,
                within,
            });
        }
        if upper {
            out.reverse();
            // `within` ties an element to the one matched before it, which
            // for the upper part is the one after it in the text.
            let n = out.len();
            let withins: Vec<bool> = out.iter().map(|e| e.within).collect();
            for i in 0..n {
                out[i].within = i > 0 && withins[i - 1];
            }
        }
        Ok(out)
    }
}

/// A pattern's items as written, each with whether `_` glues it to the
/// next. PETRARCH-1 reads `X_ ` as `X ` and drops a final `_`.
fn pattern_items(body: &str, dialect2: bool) -> Result<Vec<(Item, bool)>, String> {
    let mut s = body.replace("_ ", " ").replace("_\t", " ");
    while s.ends_with('_') {
        s.pop();
    }
    if dialect2 {
        for c in ['(', ')', '{', '}'] {
            s = s.replace(c, &format!(" {c} "));
        }
    }
    let mut out: Vec<(Item, bool)> = Vec::new();
    for chunk in s.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').filter(|p| !p.is_empty()).collect();
        for (k, part) in parts.iter().enumerate() {
            let glue = k + 1 < parts.len();
            let item = match *part {
                "*" => Some(Item::Verb),
                "$" => Some(Item::Source),
                "+" => Some(Item::Target),
                "^" => Some(Item::Skip),
                "%" => Some(Item::Compound),
                "(" => Some(Item::PpOpen),
                ")" => Some(Item::PpClose),
                "{" => Some(Item::NpOpen),
                "}" => Some(Item::NpClose),
                p if p.starts_with('&') => Some(Item::Synset(p.to_ascii_uppercase())),
                _ => None,
            };
            match item {
                Some(i) => out.push((i, glue)),
                None => {
                    let words = phrase_words(part);
                    if words.is_empty() {
                        continue;
                    }
                    let n = words.len();
                    for (m, (w, _)) in words.into_iter().enumerate() {
                        out.push((Item::Word(w), m + 1 < n || glue));
                    }
                }
            }
        }
    }
    let verbs = out.iter().filter(|(i, _)| *i == Item::Verb).count();
    if verbs > 1 {
        return Err("more than one '*' in the pattern".into());
    }
    Ok(out)
}

/// A code as written (`064`, `032:033`).
pub fn code_text(d: &LinearDict, c: &EventCode) -> String {
    match c.pair {
        Some(p) => format!("{}:{}", d.code_text(c.first.0), d.code_text(p.0)),
        None => d.code_text(c.first.0).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_names_and_text() {
        assert_eq!(
            PetrKind::from_name("x/Phoenix.Countries.actors.txt"),
            Some(PetrKind::Actors)
        );
        assert_eq!(
            PetrKind::from_name("Phoenix.agents.txt"),
            Some(PetrKind::Agents)
        );
        assert_eq!(
            PetrKind::from_name("PETR.Validate.discards.txt"),
            Some(PetrKind::Discards)
        );
        assert_eq!(PetrKind::from_name("CAMEO.2.0.txt"), Some(PetrKind::Verbs));
        assert_eq!(
            PetrKind::from_name("PETR.Validate.verbs.txt"),
            Some(PetrKind::Verbs)
        );
        assert_eq!(
            PetrKind::from_name("PETR_config.ini"),
            Some(PetrKind::Config)
        );
        assert_eq!(
            PetrKind::from_name("Phoenix.IssueCoding.txt"),
            Some(PetrKind::Unused)
        );
        assert_eq!(PetrKind::from_name("countries.txt"), None);
        assert!(looks_like_verbs("--- GO [010] ---\nGO\n- * HOME [011]\n"));
        assert!(!looks_like_verbs("verb say | said\n"));
        assert_eq!(PetrKind::sniff("!P! = A, B\nX [~GOV]\n"), PetrKind::Agents);
        assert_eq!(PetrKind::sniff("ARNOR [ARN]\n"), PetrKind::Actors);
        assert_eq!(PetrKind::sniff("+TYPHOON\nBASEBALL\n"), PetrKind::Discards);
        assert_eq!(
            PetrKind::sniff("[Options]\nrequire_dyad = true\n"),
            PetrKind::Config
        );
    }

    #[test]
    fn comments_and_lines() {
        let text = "<!-- a\nmulti-line\ncomment -->\nA # note\n<! -- odd -->\nB [X] # c\n  [Y]#z\nC ;legacy\nD<!-- in -->E\n---STOP---\nF\n";
        let lines: Vec<String> = clean_lines(text)
            .into_iter()
            .map(|(_, l)| l.trim().to_string())
            .collect();
        assert_eq!(lines, ["A", "B [X]", "[Y]#z", "C", "D E"]);
        assert_eq!(
            cut_comment("- * DIPLXMATIC  [###]  # -PAS"),
            "- * DIPLXMATIC  [###]  "
        );
    }

    #[test]
    fn verb_forms() {
        assert_eq!(
            regular_forms("DEPART"),
            ["DEPARTS", "DEPARTED", "DEPARTING"]
        );
        assert_eq!(
            regular_forms("DEPLORE"),
            ["DEPLORES", "DEPLORED", "DEPLORING"]
        );
        assert_eq!(regular_forms("DENY"), ["DENIES", "DENIED", "DENYING"]);
        assert_eq!(
            regular_forms("PUNISH"),
            ["PUNISHES", "PUNISHED", "PUNISHING"]
        );
        assert_eq!(regular_forms("AGREE"), ["AGREES", "AGREED", "AGREEING"]);
        assert_eq!(regular_forms("STAY"), ["STAYS", "STAYED", "STAYING"]);
        assert_eq!(plural("CONGRESS"), "CONGRESSES");
        assert_eq!(plural("AUTHORITY"), "AUTHORITIES");
        assert_eq!(plural("MAIN_OPPOSITION_GROUP"), "MAIN_OPPOSITION_GROUPS");
    }

    #[test]
    fn pattern_items_as_written() {
        let items = pattern_items("MOST_CERTAINLY_&NEG_EVER * OVER EFFORTS", false).unwrap();
        let glue: Vec<bool> = items.iter().map(|x| x.1).collect();
        assert_eq!(glue, [true, true, true, false, false, false, false]);
        let items = pattern_items("+ KNOWN_ * IN_ $", false).unwrap();
        assert!(items.iter().all(|x| !x.1), "`X_ ` is open");
        let items = pattern_items("RECENTLY_*", false).unwrap();
        assert_eq!(
            items,
            [(Item::Word("RECENTLY".into()), true), (Item::Verb, false)]
        );
        let items = pattern_items("* (TO {BANNED PARTIES}) $", true).unwrap();
        assert_eq!(items.len(), 9);
        assert_eq!(items[1].0, Item::PpOpen);
        assert_eq!(items[3].0, Item::NpOpen);
        assert!(pattern_items("* * X", false).is_err());
    }
}
