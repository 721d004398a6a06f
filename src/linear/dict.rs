//! The compiled model of a linear-convention dictionary set (TABARI's and
//! PETRARCH-1's): literals, roots, actor codes with their date blocks,
//! agents, verbs with their forms and sorted patterns, synsets, time
//! phrases and the event codes they carry.
//!
//! Takes phrases and codes from a reader ([`super::tabari`],
//! [`super::petrarch`]); gives [`LinearDict`], immutable after loading and
//! shared by reference. Both readers share literals, codes, roots (actor,
//! agent and verb phrases), actor code blocks, agents and verb entries;
//! what only PETRARCH has (its patterns, synsets of phrases, discards,
//! verb-form kinds) lives in [`LinearDict::petrarch`], whose presence
//! selects PETRARCH's conventions.
//!
//! Invariants: every dictionary word is interned once as a literal
//! ([`LitId`]), every code string once as a [`CodeId`] (the special codes
//! `---`, `+++`, `###`, `***` have the fixed ids [`NULL`], [`COMPLEX`],
//! [`DISCARD`], [`BLANK`]); roots are kept in load order (the built-in
//! function words first) because ties in longest-match go to the root
//! loaded first; a verb's patterns are kept in TABARI's evaluation order.

use rustc_hash::FxHashMap;

use super::options::Options;
use crate::model::Date;

/// An interned dictionary word.
pub type LitId = u32;
/// An index into [`LinearDict::roots`].
pub type RootId = u32;
/// An interned code string.
pub type CodeId = u32;
/// An index into [`LinearDict::patterns`].
pub type PatternId = u32;

/// The empty code ("no actor", "no agent").
pub const NONE: CodeId = 0;
/// `---`: recognised but coded as nothing.
pub const NULL: CodeId = 1;
/// `+++`: the record is too complex.
pub const COMPLEX: CodeId = 2;
/// `###`: the record is discarded.
pub const DISCARD: CodeId = 3;
/// `***`: a placeholder; never an actor.
pub const BLANK: CodeId = 4;

/// What follows a word in a phrase: it decides whether the word matches by
/// prefix and whether other words may stand before the next element. The
/// same connector means different things in roots and in patterns (TABARI
/// tests different bits in the two matchers); the methods say which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conn {
    /// A blank, or the end of the phrase.
    PartSkip,
    /// `_` glued to the next word, or a final `_`.
    FullNext,
    /// `_` followed by a blank.
    FullSkip,
    /// `~_`.
    PartNext,
    /// `=`: exact, no regular endings.
    Equal,
}

impl Conn {
    /// In a root: a longer text word is accepted without an ending check.
    pub fn root_prefix(self) -> bool {
        matches!(self, Conn::PartSkip | Conn::FullSkip)
    }

    /// In a root: words may stand between this word and the next one.
    pub fn root_gap(self) -> bool {
        matches!(self, Conn::PartSkip | Conn::PartNext)
    }

    /// In a pattern: words may stand between this element and the next.
    pub fn pat_gap(self) -> bool {
        matches!(self, Conn::PartSkip | Conn::FullSkip)
    }

    /// In a pattern: this element matches a text word it is a prefix of.
    pub fn pat_prefix(self) -> bool {
        matches!(self, Conn::PartSkip | Conn::PartNext)
    }

    /// The connector as written after a word.
    pub fn written(self) -> &'static str {
        match self {
            Conn::PartSkip => " ",
            Conn::FullNext => "_",
            Conn::FullSkip => "_ ",
            Conn::PartNext => "~_",
            Conn::Equal => "=",
        }
    }
}

/// What a root is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RootKind {
    /// An index into [`LinearDict::actors`].
    Actor(u32),
    /// An index into [`LinearDict::agents`].
    Agent(u32),
    /// An index into [`LinearDict::verbs`].
    Verb(u32),
    /// An index into [`LinearDict::times`].
    Time(u32),
    Noun,
    Adjective,
    /// `A`, `AN`, `THE`.
    Determ,
    /// `AND`, `NOR`, `BUT`, `OR`.
    Conj,
    /// `IN`, `OF`.
    Prep,
    Pronoun,
    /// `WAS`, `WERE`, `BEEN`.
    Auxil,
    /// `BY`.
    By,
    /// `FORMER`: an adjective that turns an agent into `~ELI`.
    Former,
}

/// A dictionary phrase with what it stands for.
#[derive(Clone, Debug)]
pub struct Root {
    pub phrase: Vec<(LitId, Conn)>,
    pub kind: RootKind,
    /// Where it was defined: an index into [`LinearDict::origins`].
    pub origin: u32,
}

/// When an actor code block applies, against the record's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    Before(Date),
    After(Date),
    /// Both bounds included.
    Between(Date, Date),
    /// PETRARCH's `<DATE`: on or before the date.
    UpTo(Date),
    /// PETRARCH's `>DATE`: on or after the date.
    From(Date),
}

impl When {
    /// Whether the block applies on `date`; with no date only an undated
    /// block applies.
    pub fn holds(self, date: Option<Date>) -> bool {
        match (self, date) {
            (When::Always, _) => true,
            (_, None) => false,
            (When::Before(d), Some(x)) => x < d,
            (When::After(d), Some(x)) => x > d,
            (When::Between(a, b), Some(x)) => a <= x && x <= b,
            (When::UpTo(d), Some(x)) => x <= d,
            (When::From(d), Some(x)) => x >= d,
        }
    }
}

/// One actor code, optionally paired with an agent code (`ACT:AGT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorCode {
    pub actor: CodeId,
    pub agent: CodeId,
}

/// One `[ … ]` block of an actor: its codes (several for a coded compound
/// `A/B`) and when it applies.
#[derive(Clone, Debug)]
pub struct CodeBlock {
    pub when: When,
    pub codes: Vec<ActorCode>,
}

/// An actor: its code blocks, shared by its `+` synonyms.
#[derive(Clone, Debug)]
pub struct ActorEntry {
    pub blocks: Vec<CodeBlock>,
    /// The root written first (synonyms point to it), for the trace.
    pub main: RootId,
}

impl ActorEntry {
    /// The codes valid on `date`: the first block that applies.
    pub fn codes_on(&self, date: Option<Date>) -> &[ActorCode] {
        self.blocks
            .iter()
            .find(|b| b.when.holds(date))
            .map_or(&[][..], |b| &b.codes[..])
    }
}

/// Precedence of an event code: `?` subordinate, `!` dominant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rank {
    Plain,
    Sub,
    Dom,
}

/// An event code: `064`, `023?`, `031!`, or a pair `032:033` (the second
/// half codes the reverse event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventCode {
    pub first: (CodeId, Rank),
    pub pair: Option<(CodeId, Rank)>,
}

impl EventCode {
    /// `[---]`.
    pub fn null() -> EventCode {
        EventCode {
            first: (NULL, Rank::Plain),
            pair: None,
        }
    }

    /// `[---]` as written: the pattern or verb codes nothing.
    pub fn is_null(&self) -> bool {
        self.first == (NULL, Rank::Plain) && self.pair.is_none()
    }
}

/// A time-shift code: a number of days, or one of the special codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeCode {
    Days(i32),
    Null,
    Discard,
    Complex,
}

/// What a pattern codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatCode {
    Event(EventCode),
    Time(TimeCode),
    /// Synset members code nothing.
    None,
}

/// An element of a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PTok {
    Lit(LitId),
    /// `*`: the verb (or time phrase) itself.
    Verb,
    /// `$`
    Source,
    /// `+`
    Target,
    /// `@`
    Attrib,
    /// `%`
    Compound,
    /// `^`
    Skip,
    /// `{`
    Open,
    /// `|`
    Or,
    /// `}`
    Close,
    /// `&NAME`: an index into [`LinearDict::synsets`].
    Synset(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PElem {
    pub tok: PTok,
    pub conn: Conn,
}

/// A verb pattern, a time-phrase pattern or a synset member.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub elems: Vec<PElem>,
    pub code: PatCode,
    /// TABARI's length: letters, digits, `_` and `'` outside braces plus,
    /// per `{…}`, its longest option.
    pub length: u32,
    /// The alternatives' share of `length`.
    pub maxalt: u32,
    /// As written, for the trace.
    pub text: Box<str>,
    pub origin: u32,
    /// The literals outside braces, sorted: each must match some word of a
    /// record for the pattern to match there (a cheap test before the
    /// matcher runs).
    pub required: Box<[LitId]>,
}

impl Pattern {
    /// The literals every match needs (outside `{…}`), sorted.
    pub fn required_literals(elems: &[PElem]) -> Box<[LitId]> {
        let mut depth = 0u32;
        let mut out = Vec::new();
        for e in elems {
            match e.tok {
                PTok::Open => depth += 1,
                PTok::Close => depth = depth.saturating_sub(1),
                PTok::Lit(l) if depth == 0 => out.push(l),
                _ => {}
            }
        }
        out.sort_unstable();
        out.dedup();
        out.into_boxed_slice()
    }
}

/// A verb: its own code and its patterns in evaluation order. Irregular
/// forms are further roots pointing to the same entry. In a PETRARCH
/// dictionary the pattern ids index [`super::petrarch::PetrData::patterns`].
#[derive(Clone, Debug)]
pub struct VerbEntry {
    pub code: EventCode,
    pub patterns: Vec<PatternId>,
    pub main: RootId,
}

/// A time phrase: its own code and its patterns.
#[derive(Clone, Debug)]
pub struct TimeEntry {
    pub code: TimeCode,
    pub patterns: Vec<PatternId>,
}

/// `&NAME` with its members, longest first.
#[derive(Clone, Debug)]
pub struct Synset {
    pub name: Box<str>,
    pub members: Vec<PatternId>,
}

/// The compiled dictionaries.
#[derive(Clone, Debug)]
pub struct LinearDict {
    lits: Vec<Box<str>>,
    lit_ids: FxHashMap<Box<str>, LitId>,
    /// The literals as a byte trie: edge `(node << 8) | byte` → child.
    trie: FxHashMap<u64, u32>,
    /// Per trie node, the literal ending there (0 = none).
    trie_lit: Vec<LitId>,
    /// Per literal, the roots whose first word it is, in load order.
    starts: Vec<Vec<RootId>>,
    pub roots: Vec<Root>,
    pub actors: Vec<ActorEntry>,
    /// Agent codes, `~` included.
    pub agents: Vec<CodeId>,
    pub verbs: Vec<VerbEntry>,
    pub times: Vec<TimeEntry>,
    pub patterns: Vec<Pattern>,
    pub synsets: Vec<Synset>,
    synset_ids: FxHashMap<Box<str>, u32>,
    codes: Vec<Box<str>>,
    code_ids: FxHashMap<Box<str>, CodeId>,
    /// `file:line` of every definition.
    pub origins: Vec<Box<str>>,
    dup: FxHashMap<Vec<(LitId, Conn)>, RootId>,
    /// The options the files set (`.options` commands).
    pub options: Options,
    /// A verbs file had a `<TIME>` section: time shifting starts on.
    pub has_time: bool,
    /// The agent code `FORMER` turns agents into.
    pub elite: CodeId,
    /// The files read, in order.
    pub files: Vec<String>,
    builtin_roots: usize,
    /// PETRARCH's own tables; `Some` when PETRARCH's conventions code.
    pub petrarch: Option<Box<super::petrarch::PetrData>>,
}

impl Default for LinearDict {
    fn default() -> Self {
        LinearDict::new()
    }
}

/// The function words TABARI types itself, in its order.
const BUILTIN: &[(&str, RootKind)] = &[
    ("A", RootKind::Determ),
    ("AN", RootKind::Determ),
    ("THE", RootKind::Determ),
    ("AND", RootKind::Conj),
    ("NOR", RootKind::Conj),
    ("BUT", RootKind::Conj),
    ("OR", RootKind::Conj),
    ("IN", RootKind::Prep),
    ("OF", RootKind::Prep),
    ("HE", RootKind::Pronoun),
    ("HIM", RootKind::Pronoun),
    ("SHE", RootKind::Pronoun),
    ("HER", RootKind::Pronoun),
    ("IT", RootKind::Pronoun),
    ("THEM", RootKind::Pronoun),
    ("THEIR", RootKind::Pronoun),
    ("THEY", RootKind::Pronoun),
    ("WERE", RootKind::Auxil),
    ("WAS", RootKind::Auxil),
    ("BEEN", RootKind::Auxil),
    ("BY", RootKind::By),
    ("FORMER", RootKind::Former),
];

/// Pronouns resolved like *he* (the others like *they*).
pub const SINGULAR_PRONOUNS: &[&str] = &["HE", "HIM", "SHE", "HER", "IT"];

impl LinearDict {
    /// An empty dictionary holding only the built-in function words.
    pub fn new() -> LinearDict {
        let mut d = LinearDict {
            lits: vec!["".into()],
            lit_ids: FxHashMap::default(),
            trie: FxHashMap::default(),
            trie_lit: vec![0],
            starts: vec![Vec::new()],
            roots: Vec::new(),
            actors: Vec::new(),
            agents: Vec::new(),
            verbs: Vec::new(),
            times: Vec::new(),
            patterns: Vec::new(),
            synsets: Vec::new(),
            synset_ids: FxHashMap::default(),
            codes: vec!["".into()],
            code_ids: FxHashMap::default(),
            origins: vec!["built-in".into()],
            dup: FxHashMap::default(),
            options: Options::default(),
            has_time: false,
            elite: NONE,
            files: Vec::new(),
            builtin_roots: 0,
            petrarch: None,
        };
        for special in ["---", "+++", "###", "***"] {
            d.code(special);
        }
        d.elite = d.code("~ELI");
        for &(word, kind) in BUILTIN {
            let lit = d.lit(word);
            d.push_root(vec![(lit, Conn::FullNext)], kind, 0);
        }
        d.builtin_roots = d.roots.len();
        d
    }

    /// Interns a word.
    pub fn lit(&mut self, word: &str) -> LitId {
        if let Some(&id) = self.lit_ids.get(word) {
            return id;
        }
        let id = self.lits.len() as LitId;
        self.lits.push(word.into());
        self.lit_ids.insert(word.into(), id);
        self.starts.push(Vec::new());
        if !is_symbol(word) {
            let mut node = 0u32;
            for &b in word.as_bytes() {
                let key = (u64::from(node) << 8) | u64::from(b);
                node = match self.trie.get(&key) {
                    Some(&c) => c,
                    None => {
                        let c = self.trie_lit.len() as u32;
                        self.trie_lit.push(0);
                        self.trie.insert(key, c);
                        c
                    }
                };
            }
            self.trie_lit[node as usize] = id;
        }
        id
    }

    /// How many literals there are (ids are below this).
    pub fn lit_count(&self) -> usize {
        self.lits.len()
    }

    /// The text of a literal.
    pub fn lit_text(&self, id: LitId) -> &str {
        self.lits.get(id as usize).map_or("", |s| s)
    }

    /// The literal for `word`, if a dictionary uses it.
    pub fn lit_id(&self, word: &str) -> Option<LitId> {
        self.lit_ids.get(word).copied()
    }

    /// Interns a code string.
    pub fn code(&mut self, code: &str) -> CodeId {
        if let Some(&id) = self.code_ids.get(code) {
            return id;
        }
        let id = self.codes.len() as CodeId;
        self.codes.push(code.into());
        self.code_ids.insert(code.into(), id);
        id
    }

    /// The id of a code string, if a dictionary uses it.
    pub fn code_id(&self, code: &str) -> Option<CodeId> {
        self.code_ids.get(code).copied()
    }

    /// The text of a code (empty for [`NONE`]).
    pub fn code_text(&self, id: CodeId) -> &str {
        self.codes.get(id as usize).map_or("", |s| s)
    }

    /// Records where a definition comes from.
    pub fn origin(&mut self, at: String) -> u32 {
        self.origins.push(at.into_boxed_str());
        (self.origins.len() - 1) as u32
    }

    /// The root already defined with this phrase, if any (TABARI keeps the
    /// first and skips the later one).
    pub fn duplicate(&self, phrase: &[(LitId, Conn)]) -> Option<RootId> {
        self.dup.get(phrase).copied()
    }

    /// Adds a root; the caller has checked [`LinearDict::duplicate`].
    pub fn push_root(&mut self, phrase: Vec<(LitId, Conn)>, kind: RootKind, origin: u32) -> RootId {
        let id = self.roots.len() as RootId;
        if let Some(&(first, _)) = phrase.first() {
            self.starts[first as usize].push(id);
        }
        self.dup.entry(phrase.clone()).or_insert(id);
        self.roots.push(Root {
            phrase,
            kind,
            origin,
        });
        id
    }

    /// Roots whose first word is `lit`, in load order.
    pub fn roots_starting(&self, lit: LitId) -> &[RootId] {
        self.starts.get(lit as usize).map_or(&[][..], |v| &v[..])
    }

    pub fn root(&self, id: RootId) -> &Root {
        &self.roots[id as usize]
    }

    /// The phrase of a root as written (`AL_GORE`, `BURN DOWN`).
    pub fn root_text(&self, id: RootId) -> String {
        phrase_text(self, &self.roots[id as usize].phrase)
    }

    /// Adds a synset and returns its index; `None` when the name exists.
    pub fn add_synset(&mut self, name: &str) -> Option<u32> {
        if self.synset_ids.contains_key(name) {
            return None;
        }
        let id = self.synsets.len() as u32;
        self.synsets.push(Synset {
            name: name.into(),
            members: Vec::new(),
        });
        self.synset_ids.insert(name.into(), id);
        Some(id)
    }

    pub fn synset_id(&self, name: &str) -> Option<u32> {
        self.synset_ids.get(name).copied()
    }

    /// Adds a pattern and inserts it into `list` in TABARI's order: after
    /// every pattern whose length is at least the new one's fixed length
    /// (alternatives excluded), so ties keep file order.
    pub fn insert_pattern(&mut self, list: &mut Vec<PatternId>, p: Pattern) -> PatternId {
        let fixed = p.length - p.maxalt;
        let id = self.patterns.len() as PatternId;
        let at = list
            .iter()
            .position(|&q| self.patterns[q as usize].length < fixed)
            .unwrap_or(list.len());
        self.patterns.push(p);
        list.insert(at, id);
        id
    }

    pub fn pattern(&self, id: PatternId) -> &Pattern {
        &self.patterns[id as usize]
    }

    /// The word `AND`'s and `NOR`'s literals.
    pub fn is_and_nor(&self, lit: LitId) -> bool {
        matches!(self.lit_text(lit), "AND" | "NOR")
    }

    /// An empty dictionary for PETRARCH's conventions.
    pub fn new_petrarch() -> LinearDict {
        let mut d = LinearDict::new();
        d.petrarch = Some(Box::default());
        d
    }

    /// Counts for `--verbose` and the report.
    pub fn stats(&self) -> (usize, usize, usize) {
        let petr = self.petrarch.as_ref().map_or(0, |p| p.patterns.len());
        (
            self.roots.len() - self.builtin_roots,
            self.verbs.len(),
            self.patterns.len() + petr,
        )
    }

    /// The literals (dictionary words) that `word` begins with, shortest
    /// first, each with whether it is the whole word. A one-character
    /// dictionary word only matches itself: TABARI files words under their
    /// first two characters.
    pub fn prefix_lits(&self, word: &str, out: &mut Vec<(LitId, bool)>) {
        out.clear();
        let bytes = word.as_bytes();
        let first_char = word.chars().next().map_or(0, char::len_utf8);
        let mut node = 0u32;
        for (i, &b) in bytes.iter().enumerate() {
            let key = (u64::from(node) << 8) | u64::from(b);
            let Some(&c) = self.trie.get(&key) else {
                break;
            };
            node = c;
            let end = i + 1;
            let lit = self.trie_lit[node as usize];
            if lit != 0 && !(end == first_char && end < bytes.len()) {
                out.push((lit, end == bytes.len()));
            }
        }
    }
}

/// The pattern symbols; never a text word's literal.
fn is_symbol(s: &str) -> bool {
    matches!(s, "*" | "$" | "+" | "@" | "%" | "^" | "{" | "|" | "}" | ",")
}

/// A phrase as written.
pub fn phrase_text(d: &LinearDict, phrase: &[(LitId, Conn)]) -> String {
    let mut s = String::new();
    for (i, &(lit, conn)) in phrase.iter().enumerate() {
        s.push_str(d.lit_text(lit));
        if i + 1 < phrase.len() || conn != Conn::PartSkip {
            s.push_str(conn.written());
        }
    }
    s.trim_end().to_string()
}

/// Days since 1 March of year 0 (proleptic Gregorian), for time shifts.
fn days_from_civil(d: Date) -> i64 {
    let (y, m) = if d.month <= 2 {
        (d.year as i64 - 1, d.month as i64 + 9)
    } else {
        (d.year as i64, d.month as i64 - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

fn civil_from_days(z: i64) -> Date {
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(year as i16, month, day)
}

/// `date` shifted by `days`.
pub fn shift_date(date: Date, days: i32) -> Date {
    civil_from_days(days_from_civil(date) + days as i64)
}

/// A TABARI date: `YYMMDD` (years 00–29 are 2000–2029) or `YYYYMMDD`.
pub fn parse_compact_date(s: &str) -> Option<Date> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: i16 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let month: u8 = rest[..2].parse().ok()?;
    let day: u8 = rest[2..4].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Date::new(y, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connectors_mean_different_things_in_roots_and_patterns() {
        assert!(Conn::FullSkip.root_prefix() && !Conn::FullSkip.root_gap());
        assert!(!Conn::FullSkip.pat_prefix() && Conn::FullSkip.pat_gap());
        assert!(!Conn::PartNext.root_prefix() && Conn::PartNext.root_gap());
        assert!(Conn::PartNext.pat_prefix() && !Conn::PartNext.pat_gap());
        assert!(!Conn::Equal.root_prefix() && !Conn::Equal.pat_gap());
    }

    #[test]
    fn prefix_literals_shortest_first() {
        let mut d = LinearDict::new();
        d.lit("GOND");
        d.lit("GONDOR");
        d.lit("G");
        let mut out = Vec::new();
        d.prefix_lits("GONDORIAN", &mut out);
        let words: Vec<&str> = out.iter().map(|&(l, _)| d.lit_text(l)).collect();
        assert_eq!(words, ["GOND", "GONDOR"]);
        d.prefix_lits("G", &mut out);
        assert_eq!(out.len(), 1);
        assert!(out[0].1);
        d.prefix_lits("THE", &mut out);
        assert_eq!(out.len(), 1, "the built-in THE");
    }

    #[test]
    fn dates_shift_and_parse() {
        let d = parse_compact_date("950101").unwrap();
        assert_eq!(d, Date::new(1995, 1, 1));
        assert_eq!(shift_date(d, -1), Date::new(1994, 12, 31));
        assert_eq!(shift_date(d, -30), Date::new(1994, 12, 2));
        assert_eq!(parse_compact_date("010101"), Some(Date::new(2001, 1, 1)));
        assert_eq!(parse_compact_date("19140724"), Some(Date::new(1914, 7, 24)));
        assert_eq!(parse_compact_date("951301"), None);
        assert!(When::Before(d).holds(Some(Date::new(1994, 6, 1))));
        assert!(!When::Before(d).holds(None));
        assert!(When::Between(d, d).holds(Some(d)));
    }

    #[test]
    fn patterns_sort_by_fixed_length_against_full_length() {
        let mut d = LinearDict::new();
        let mut list = Vec::new();
        let mk = |len, alt| Pattern {
            elems: Vec::new(),
            code: PatCode::None,
            length: len,
            maxalt: alt,
            text: "".into(),
            origin: 0,
            required: Box::new([]),
        };
        d.insert_pattern(&mut list, mk(5, 0));
        d.insert_pattern(&mut list, mk(9, 0));
        // fixed part 4, alternatives 10: sorted as 4 but stored as 14
        d.insert_pattern(&mut list, mk(14, 10));
        d.insert_pattern(&mut list, mk(5, 0));
        let lens: Vec<u32> = list.iter().map(|&p| d.pattern(p).length).collect();
        assert_eq!(lens, [9, 5, 14, 5]);
    }
}
