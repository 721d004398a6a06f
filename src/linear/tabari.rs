//! Readers for TABARI's dictionary files: `.actors` (with `<NOUN>` and
//! `<ADJECTIVE>` sections, `+` synonyms and dated code blocks), `.agents`,
//! `.verbs` (with `{forms}`, patterns, `<SYNSETS>` and `<TIME>`),
//! `.options`, and `.project` files that name them
//! (`docs/peers/tabari.md` §1).
//!
//! Takes a file's text and name; adds its entries to a [`LinearDict`] and
//! appends a warning `file:line: problem` for every line it cannot use —
//! loading always goes on.
//!
//! Invariants: lines are read as TABARI reads them (`;` starts a comment,
//! `#` and `/` lines are skipped, `~` ends the file, a phrase is
//! upper-cased with inner hyphens turned into `_` and blanks put around
//! `{ | }`); a phrase already defined keeps its first definition; a pattern
//! always belongs to the last verb (or time phrase, or synset) read.

use std::path::{Path, PathBuf};

use super::dict::{
    ActorCode, ActorEntry, CodeBlock, Conn, EventCode, LinearDict, LitId, NULL, PElem, PTok,
    PatCode, Pattern, Rank, RootKind, TimeCode, TimeEntry, VerbEntry, When, parse_compact_date,
};
use super::words::fold;

/// Which TABARI file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabariKind {
    Actors,
    Agents,
    Verbs,
    Options,
    Project,
}

impl TabariKind {
    /// From a file name's extension (`.actors`, `.agents`, `.verbs`,
    /// `.options`, `.project`).
    pub fn from_name(name: &str) -> Option<TabariKind> {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit('.').next()?;
        Some(match ext {
            "actors" => TabariKind::Actors,
            "agents" => TabariKind::Agents,
            "verbs" => TabariKind::Verbs,
            "options" => TabariKind::Options,
            "project" => TabariKind::Project,
            _ => return None,
        })
    }

    /// From the text when the name does not tell (`tabari:PATH`): verbs
    /// have patterns, agents `~` codes, anything else is an actors file.
    pub fn sniff(text: &str) -> TabariKind {
        let mut patterns = 0;
        let mut agents = 0;
        let mut entries = 0;
        for line in text.lines().take(400) {
            let l = line.trim();
            if l.starts_with("- ") || l.starts_with("-\t") {
                patterns += 1;
            }
            if let Some(b) = l.find('[') {
                entries += 1;
                if l[b..].contains('~') {
                    agents += 1;
                }
            }
            if l.starts_with("COMPLEX:") || l.starts_with("SET:") {
                return TabariKind::Options;
            }
        }
        if patterns > 0 {
            TabariKind::Verbs
        } else if entries > 0 && agents * 2 > entries {
            TabariKind::Agents
        } else {
            TabariKind::Actors
        }
    }
}

/// Reads one TABARI file into `d`.
pub fn read(
    d: &mut LinearDict,
    kind: TabariKind,
    text: &str,
    file: &str,
    warnings: &mut Vec<String>,
) {
    d.files.push(file.to_string());
    let mut r = Reader { d, file, warnings };
    match kind {
        TabariKind::Actors => r.actors(text),
        TabariKind::Agents => r.agents(text),
        TabariKind::Verbs => r.verbs(text),
        TabariKind::Options => r.options(text),
        TabariKind::Project => r.warn(0, "a project file names dictionaries; load it by its path"),
    }
}

/// The dictionary and options files a `.project` names, in its order,
/// relative to the project's directory, with their kinds.
pub fn project_files(text: &str, dir: &Path) -> Vec<(PathBuf, TabariKind)> {
    let mut out = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        let Some(rest) = l.strip_prefix('<') else {
            continue;
        };
        let Some(close) = rest.find('>') else {
            continue;
        };
        let tag = rest[..close].to_ascii_lowercase();
        let value = rest[close + 1..].split('<').next().unwrap_or("").trim();
        if value.is_empty() || tag.starts_with("se") {
            continue;
        }
        let kind = match tag.as_bytes() {
            [b'a', b'c', ..] => TabariKind::Actors,
            [b'a', ..] => TabariKind::Agents,
            [b'v', ..] => TabariKind::Verbs,
            [b'o', b'p', ..] => TabariKind::Options,
            _ => continue,
        };
        out.push((dir.join(value), kind));
    }
    out
}

/// A dictionary line after TABARI's `parseLine`.
struct Line {
    /// Upper-cased phrase with `-`→`_` and blanks around `{ | }`.
    phrase: String,
    /// Everything from the first `[`.
    code: Option<String>,
    /// A `<TAG>` or `&SYNSET` line.
    tag: bool,
}

/// The lines TABARI reads: blank lines and `#`/`/` lines skipped, `~`
/// ends the file.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, l)| !l.starts_with('~'))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#') && !l.starts_with('/'))
        .map(|(i, l)| (i + 1, l.trim()))
}

fn parse_line(raw: &str) -> Result<Option<Line>, String> {
    let sa = raw.split(';').next().unwrap_or("").trim();
    if sa.is_empty() {
        return Ok(None);
    }
    if sa.starts_with('<') || sa.starts_with('&') {
        return Ok(Some(Line {
            phrase: if sa.starts_with('&') {
                fold(sa)
            } else {
                sa.to_string()
            },
            code: None,
            tag: true,
        }));
    }
    let mut sa = sa.to_string();
    if sa.starts_with('+') || sa.starts_with('{') {
        sa.push_str(" [---]");
    }
    let (phrase, code) = match sa.find('[') {
        Some(b) => {
            let inner = sa[b + 1..].split(']').next().unwrap_or("");
            if inner.trim().is_empty() {
                return Err("no code between [...]".into());
            }
            (sa[..b].to_string(), Some(sa[b..].to_string()))
        }
        None => (sa.clone(), None),
    };
    Ok(Some(Line {
        phrase: normalize_phrase(&phrase),
        code,
        tag: false,
    }))
}

/// TABARI's phrase normalisation: upper case, inner `-` → `_`, blanks
/// around `{`, `|`, `}` (keeping `_{` and `}_` glued), end blanks trimmed.
pub fn normalize_phrase(s: &str) -> String {
    let up = fold(s);
    let mut chars: String = up
        .char_indices()
        .map(|(i, c)| if i > 0 && c == '-' { '_' } else { c })
        .collect();
    for c in ['{', '|', '}'] {
        chars = pad(&chars, c);
    }
    chars.trim_end().to_string()
}

fn pad(s: &str, c: char) -> String {
    let v: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &x) in v.iter().enumerate() {
        if x != c {
            out.push(x);
            continue;
        }
        let prev = if i > 0 { v[i - 1] } else { '\0' };
        let next = v.get(i + 1).copied().unwrap_or('\0');
        if prev == ' ' && next == ' ' {
            out.push(x);
        } else if c == '{' && prev == '_' {
            out.push_str("{ ");
        } else if c == '}' && next == '_' {
            out.push_str(" }");
        } else {
            out.push(' ');
            out.push(x);
            out.push(' ');
        }
    }
    out
}

/// A phrase split into words and connectors (TABARI's `Phrases.store`).
fn split_phrase(s: &str) -> Vec<(String, Conn, bool)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let stop = s[i..].find([' ', '_', '~', '=']).map(|k| i + k);
        match stop {
            None => {
                out.push((s[i..].to_string(), Conn::PartSkip, true));
                break;
            }
            Some(p) => {
                let word = s[i..p].to_string();
                let next_blank = b.get(p + 1) == Some(&b' ');
                let (conn, step) = match b[p] {
                    b' ' => (Conn::PartSkip, 1),
                    b'=' => (Conn::Equal, 1),
                    b'~' => (Conn::PartNext, 2),
                    _ if next_blank => (Conn::FullSkip, 2),
                    _ => (Conn::FullNext, 1),
                };
                // A synset name keeps a blank or glues to what follows.
                let synset_open = b[p] == b' ';
                if !word.is_empty() {
                    out.push((word, conn, synset_open));
                }
                i = p + step;
            }
        }
    }
    out
}

/// TABARI's pattern length: letters, digits, `_` and `'` outside braces;
/// plus, per group, its longest option.
fn pattern_length(s: &str) -> (u32, u32) {
    let count = |c: char| -> u32 {
        let mut n = u32::from(c == '_' || c == '\'');
        if !c.is_whitespace() && !c.is_ascii_punctuation() {
            n += 1;
        }
        n
    };
    let v: Vec<char> = s.chars().collect();
    let (mut len, mut alt) = (0, 0);
    let mut i = 0;
    while i < v.len() {
        let c = v[i];
        if c == '{' {
            let mut best = 0;
            let mut cur = 0;
            i += 1;
            while i < v.len() && v[i] != '}' {
                if v[i] == '|' {
                    best = best.max(cur);
                    cur = 0;
                } else {
                    cur += count(v[i]);
                }
                i += 1;
            }
            alt += best.max(cur);
        } else {
            len += count(c);
        }
        i += 1;
    }
    (len + alt, alt)
}

/// The content of the first `[ … ]`.
fn first_block(code: &str) -> &str {
    let inner = code.strip_prefix('[').unwrap_or(code);
    inner.split(']').next().unwrap_or("").trim()
}

struct Reader<'a> {
    d: &'a mut LinearDict,
    file: &'a str,
    warnings: &'a mut Vec<String>,
}

impl Reader<'_> {
    fn warn(&mut self, line: usize, msg: &str) {
        self.warnings.push(format!("{}:{line}: {msg}", self.file));
    }

    fn origin(&mut self, line: usize) -> u32 {
        let at = format!("{}:{line}", self.file);
        self.d.origin(at)
    }

    /// A root phrase as literals.
    fn root_phrase(&mut self, phrase: &str) -> Vec<(LitId, Conn)> {
        split_phrase(phrase)
            .into_iter()
            .map(|(w, c, _)| (self.d.lit(&w), c))
            .collect()
    }

    /// Adds a root unless its phrase exists; warns about duplicates.
    fn add_root(&mut self, no: usize, phrase: &str, kind: RootKind) -> Option<u32> {
        let ph = self.root_phrase(phrase);
        if ph.is_empty() {
            self.warn(no, "no phrase");
            return None;
        }
        if let Some(first) = self.d.duplicate(&ph) {
            let at = self.d.origins[self.d.root(first).origin as usize].to_string();
            self.warn(no, &format!("{phrase} is already defined ({at}); skipped"));
            return None;
        }
        let origin = self.origin(no);
        Some(self.d.push_root(ph, kind, origin))
    }

    /// A pattern phrase as elements; synsets must be declared and braces
    /// balanced (one level, `|` only inside).
    fn pattern_elems(&mut self, phrase: &str) -> Result<Vec<PElem>, String> {
        let out = self.pattern_tokens(phrase)?;
        let mut open = false;
        for e in &out {
            match e.tok {
                PTok::Open if open => return Err("nested '{' in a pattern".into()),
                PTok::Open => open = true,
                PTok::Close if !open => return Err("'}' without '{' in a pattern".into()),
                PTok::Close => open = false,
                PTok::Or if !open => return Err("'|' outside '{...}' in a pattern".into()),
                _ => {}
            }
        }
        if open {
            return Err("'{' without '}' in a pattern".into());
        }
        Ok(out)
    }

    fn pattern_tokens(&mut self, phrase: &str) -> Result<Vec<PElem>, String> {
        let mut out = Vec::new();
        for (w, conn, open) in split_phrase(phrase) {
            let tok = match w.as_str() {
                "*" => PTok::Verb,
                "$" => PTok::Source,
                "+" => PTok::Target,
                "@" => PTok::Attrib,
                "%" => PTok::Compound,
                "^" => PTok::Skip,
                "{" => PTok::Open,
                "|" => PTok::Or,
                "}" => PTok::Close,
                _ if w.starts_with('&') => {
                    let s = self
                        .d
                        .synset_id(&w)
                        .ok_or_else(|| format!("undeclared synset {w}"))?;
                    // `&NAME ` matches exactly with a gap after it,
                    // `&NAME_` by prefix and adjacent.
                    let conn = if open || conn == Conn::PartSkip {
                        Conn::FullSkip
                    } else {
                        Conn::PartNext
                    };
                    out.push(PElem {
                        tok: PTok::Synset(s),
                        conn,
                    });
                    continue;
                }
                _ => PTok::Lit(self.d.lit(&w)),
            };
            out.push(PElem { tok, conn });
        }
        Ok(out)
    }

    fn make_pattern(&mut self, no: usize, line: &Line, code: PatCode) -> Result<Pattern, String> {
        // The leading `-` (or `+` of a synset member) is not part of it.
        let body = &line.phrase[line.phrase.chars().next().map_or(0, char::len_utf8)..];
        let elems = self.pattern_elems(body)?;
        let (length, maxalt) = pattern_length(body);
        let origin = self.origin(no);
        let text = match line.code.as_deref() {
            Some(c) => format!("{} {}", body.trim(), first_block_raw(c)),
            None => body.trim().to_string(),
        };
        Ok(Pattern {
            required: Pattern::required_literals(&elems),
            elems,
            code,
            length,
            maxalt,
            text: text.into(),
            origin,
        })
    }

    // ---- .options -------------------------------------------------------

    fn options(&mut self, text: &str) {
        for (no, raw) in lines(text) {
            if raw.is_empty() {
                continue;
            }
            if let Err(e) = self.d.options.apply(raw) {
                self.warn(no, &e);
            }
        }
    }

    // ---- .agents ----------------------------------------------------------

    fn agents(&mut self, text: &str) {
        for (no, raw) in lines(text) {
            let line = match parse_line(raw) {
                Ok(Some(l)) => l,
                Ok(None) => continue,
                Err(e) => {
                    self.warn(no, &e);
                    continue;
                }
            };
            if line.tag {
                self.warn(no, &format!("unexpected {} in an agents file", line.phrase));
                continue;
            }
            let Some(code) = line.code.as_deref() else {
                self.warn(no, "an agent needs a code such as [~GOV]");
                continue;
            };
            let code = first_block(code);
            if !code.contains('~') {
                self.warn(no, &format!("agent code [{code}] has no '~'; skipped"));
                continue;
            }
            let id = self.d.code(code);
            let idx = self.d.agents.len() as u32;
            if self
                .add_root(no, &line.phrase, RootKind::Agent(idx))
                .is_some()
            {
                self.d.agents.push(id);
            }
        }
    }

    // ---- .actors ----------------------------------------------------------

    fn actors(&mut self, text: &str) {
        #[derive(PartialEq)]
        enum Section {
            Main,
            Noun,
            Adjective,
        }
        let mut section = Section::Main;
        // The actor whose codes are still to come, the lines they came on.
        let mut pending: Option<(usize, u32)> = None;
        let mut blocks = String::new();
        let mut current: Option<u32> = None;
        let mut skipping = false;
        for (no, raw) in lines(text) {
            let line = match parse_line(raw) {
                Ok(Some(l)) => l,
                Ok(None) => continue,
                Err(e) => {
                    self.warn(no, &e);
                    continue;
                }
            };
            match section {
                Section::Noun | Section::Adjective => {
                    let end = if section == Section::Noun {
                        "</NOUN>"
                    } else {
                        "</ADJ"
                    };
                    if line.phrase.to_ascii_uppercase().contains(end) {
                        section = Section::Main;
                        continue;
                    }
                    let kind = if section == Section::Noun {
                        RootKind::Noun
                    } else {
                        RootKind::Adjective
                    };
                    self.add_root(no, &line.phrase, kind);
                    continue;
                }
                Section::Main => {}
            }
            let upper = line.phrase.to_ascii_uppercase();
            if line.tag && upper.contains("<NOUN") {
                section = Section::Noun;
                continue;
            }
            if line.tag && upper.contains("<ADJ") {
                section = Section::Adjective;
                continue;
            }
            if line.tag {
                self.warn(no, &format!("unexpected {} in an actors file", line.phrase));
                continue;
            }
            if let Some(syn) = line.phrase.strip_prefix('+') {
                match current {
                    Some(e) => {
                        let syn = syn.trim().to_string();
                        self.add_root(no, &syn, RootKind::Actor(e));
                    }
                    None => self.warn(no, "a synonym (+) needs an actor before it"),
                }
                continue;
            }
            if line.phrase.trim().is_empty() {
                match (pending, line.code) {
                    (Some(_), Some(c)) => {
                        blocks.push_str(&c);
                        blocks.push(' ');
                    }
                    // The codes of a skipped duplicate: already reported.
                    _ if skipping => {}
                    _ => self.warn(no, "codes without an actor before them"),
                }
                continue;
            }
            if let Some((at, e)) = pending.take() {
                self.set_codes(at, e, &blocks);
                blocks.clear();
            }
            skipping = false;
            let e = self.d.actors.len() as u32;
            let Some(root) = self.add_root(no, &line.phrase, RootKind::Actor(e)) else {
                // A duplicate: its synonyms join the actor defined first.
                current = self.existing_actor(&line.phrase);
                skipping = true;
                continue;
            };
            self.d.actors.push(ActorEntry {
                blocks: Vec::new(),
                main: root,
            });
            current = Some(e);
            match line.code {
                Some(c) => self.set_codes(no, e, &c),
                None => pending = Some((no, e)),
            }
        }
        if let Some((at, e)) = pending {
            self.set_codes(at, e, &blocks);
        }
    }

    /// The actor entry of an already defined phrase.
    fn existing_actor(&mut self, phrase: &str) -> Option<u32> {
        let ph = self.root_phrase(phrase);
        match self.d.duplicate(&ph).map(|r| self.d.root(r).kind) {
            Some(RootKind::Actor(e)) => Some(e),
            _ => None,
        }
    }

    fn set_codes(&mut self, no: usize, e: u32, text: &str) {
        match self.actor_blocks(text) {
            Ok(b) if !b.is_empty() => self.d.actors[e as usize].blocks = b,
            Ok(_) => {
                self.warn(no, "actor without a code; coded as [---]");
                self.d.actors[e as usize].blocks = vec![CodeBlock {
                    when: When::Always,
                    codes: vec![ActorCode {
                        actor: NULL,
                        agent: 0,
                    }],
                }];
            }
            Err(msg) => {
                self.warn(no, &format!("{msg}; coded as [---]"));
                self.d.actors[e as usize].blocks = vec![CodeBlock {
                    when: When::Always,
                    codes: vec![ActorCode {
                        actor: NULL,
                        agent: 0,
                    }],
                }];
            }
        }
    }

    /// `[A] [B <991226] [C/D 950601 - 990815]` as code blocks; a single
    /// dated block gets a `[---]` default.
    fn actor_blocks(&mut self, text: &str) -> Result<Vec<CodeBlock>, String> {
        let mut blocks = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            let close = after.find(']').ok_or_else(|| "missing ']'".to_string())?;
            let inner = after[..close].trim();
            if inner.is_empty() {
                return Err("no code between [...]".into());
            }
            blocks.push(self.block(inner)?);
            rest = &after[close + 1..];
        }
        if blocks.len() == 1 && blocks[0].when != When::Always {
            blocks.push(CodeBlock {
                when: When::Always,
                codes: vec![ActorCode {
                    actor: NULL,
                    agent: 0,
                }],
            });
        }
        Ok(blocks)
    }

    fn block(&mut self, inner: &str) -> Result<CodeBlock, String> {
        let date = |s: &str| -> Result<crate::model::Date, String> {
            let digits: String = s.trim().chars().take_while(char::is_ascii_digit).collect();
            parse_compact_date(&digits).ok_or_else(|| format!("bad date {:?}", s.trim()))
        };
        let (codes, when) = if let Some(at) = inner.find(['<', '>']) {
            let d = date(&inner[at + 1..])?;
            let when = if inner.as_bytes()[at] == b'<' {
                When::Before(d)
            } else {
                When::After(d)
            };
            (inner[..at].trim(), when)
        } else if let Some((code, a, b)) = split_range(inner) {
            (code, When::Between(date(a)?, date(b)?))
        } else {
            (inner, When::Always)
        };
        if codes.is_empty() {
            return Err(format!("date without a code in [{inner}]"));
        }
        let mut out = Vec::new();
        for member in codes.split('/') {
            let member = member.trim();
            let (actor, agent) = match member.split_once(':') {
                Some((a, g)) => (a.trim(), self.d.code(g.trim())),
                None => (member, 0),
            };
            if actor.is_empty() {
                return Err(format!("empty code in [{inner}]"));
            }
            let actor = self.d.code(actor);
            out.push(ActorCode { actor, agent });
        }
        Ok(CodeBlock { when, codes: out })
    }

    // ---- .verbs ------------------------------------------------------------

    fn verbs(&mut self, text: &str) {
        #[derive(PartialEq)]
        enum Section {
            Main,
            Synsets,
            Time,
            Attrib,
        }
        let mut section = Section::Main;
        let mut verb: Option<u32> = None;
        let mut skip = false;
        let mut time: Option<u32> = None;
        let mut synset: Option<(u32, String)> = None;
        let mut synset_skip = false;
        for (no, raw) in lines(text) {
            let line = match parse_line(raw) {
                Ok(Some(l)) => l,
                Ok(None) => continue,
                Err(e) => {
                    self.warn(no, &e);
                    continue;
                }
            };
            let upper = line.phrase.to_ascii_uppercase();
            match section {
                Section::Attrib => {
                    if upper.contains("</ATTRIB") {
                        section = Section::Main;
                    }
                    continue;
                }
                Section::Synsets => {
                    if upper.contains("</SYN") {
                        section = Section::Main;
                    } else if line.phrase.starts_with('&') {
                        let name = line
                            .phrase
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_string();
                        match self.d.add_synset(&name) {
                            Some(id) => {
                                synset = Some((id, name));
                                synset_skip = false;
                            }
                            None => {
                                self.warn(
                                    no,
                                    &format!("synset {name} is already defined; skipped"),
                                );
                                synset_skip = true;
                            }
                        }
                    } else if line.phrase.starts_with('+') {
                        match &synset {
                            _ if synset_skip => {}
                            None => self.warn(no, "a synset member needs a &NAME line before it"),
                            Some((id, name)) => {
                                let (id, name) = (*id, name.clone());
                                // TABARI tests by substring, and so do we.
                                if line.phrase.contains(name.as_str()) {
                                    self.warn(
                                        no,
                                        &format!("{name} is used in one of its own members"),
                                    );
                                    continue;
                                }
                                match self.make_pattern(no, &line, PatCode::None) {
                                    Ok(p) => {
                                        let mut members = std::mem::take(
                                            &mut self.d.synsets[id as usize].members,
                                        );
                                        self.d.insert_pattern(&mut members, p);
                                        self.d.synsets[id as usize].members = members;
                                    }
                                    Err(e) => self.warn(no, &e),
                                }
                            }
                        }
                    } else {
                        self.warn(no, "expected &NAME or +member in <SYNSETS>");
                    }
                    continue;
                }
                Section::Time => {
                    if upper.contains("</TIME>") {
                        section = Section::Main;
                        continue;
                    }
                    let Some(code) = line.code.as_deref() else {
                        self.warn(no, "a time phrase needs a code such as [-1]");
                        continue;
                    };
                    let code = time_code(code);
                    if line.phrase.starts_with('-') {
                        let Some(t) = time else {
                            self.warn(no, "a time pattern needs a time phrase before it");
                            continue;
                        };
                        if !line.phrase.contains('*') {
                            self.warn(no, "no '*' in the pattern");
                            continue;
                        }
                        match self.make_pattern(no, &line, PatCode::Time(code)) {
                            Ok(p) => {
                                let mut list =
                                    std::mem::take(&mut self.d.times[t as usize].patterns);
                                self.d.insert_pattern(&mut list, p);
                                self.d.times[t as usize].patterns = list;
                            }
                            Err(e) => self.warn(no, &e),
                        }
                    } else {
                        let idx = self.d.times.len() as u32;
                        time = None;
                        if self
                            .add_root(no, &line.phrase, RootKind::Time(idx))
                            .is_some()
                        {
                            self.d.times.push(TimeEntry {
                                code,
                                patterns: Vec::new(),
                            });
                            time = Some(idx);
                        }
                    }
                    continue;
                }
                Section::Main => {}
            }
            if line.tag {
                if upper.contains("<TIME>") {
                    section = Section::Time;
                    self.d.has_time = true;
                } else if upper.contains("<ATTRIB") {
                    self.warn(
                        no,
                        "attribution phrases are not supported; <ATTRIB> section skipped",
                    );
                    section = Section::Attrib;
                } else if upper.contains("<SYN") {
                    section = Section::Synsets;
                } else {
                    self.warn(no, &format!("unexpected {} in a verbs file", line.phrase));
                }
                continue;
            }
            if line.phrase.starts_with('-') {
                if !line.phrase.contains('*') {
                    self.warn(no, "no '*' (the verb) in the pattern");
                    continue;
                }
                let Some(v) = verb else {
                    self.warn(no, "a pattern needs a verb before it");
                    continue;
                };
                if skip {
                    continue;
                }
                let code = match line.code.as_deref().map(event_code) {
                    Some(Ok(c)) => c,
                    Some(Err(e)) => {
                        self.warn(no, &e);
                        continue;
                    }
                    None => {
                        self.warn(no, "missing [code]");
                        continue;
                    }
                };
                let code = self.intern_event(code);
                match self.make_pattern(no, &line, PatCode::Event(code)) {
                    Ok(p) => {
                        let mut list = std::mem::take(&mut self.d.verbs[v as usize].patterns);
                        self.d.insert_pattern(&mut list, p);
                        self.d.verbs[v as usize].patterns = list;
                    }
                    Err(e) => self.warn(no, &e),
                }
                continue;
            }
            if line.phrase.trim_start().starts_with('{') {
                let Some(v) = verb else {
                    self.warn(no, "verb forms need a verb before them");
                    continue;
                };
                if skip {
                    continue;
                }
                let forms: Vec<String> = line
                    .phrase
                    .split([' ', '{', '}'])
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect();
                if forms.is_empty() {
                    self.warn(no, "no verb forms inside {...}");
                }
                for f in forms {
                    self.add_root(no, &f, RootKind::Verb(v));
                }
                continue;
            }
            let code = match line.code.as_deref().map(event_code) {
                Some(Ok(c)) => c,
                Some(Err(e)) => {
                    self.warn(no, &e);
                    skip = true;
                    continue;
                }
                None => {
                    self.warn(no, "missing [code]");
                    skip = true;
                    continue;
                }
            };
            let code = self.intern_event(code);
            let idx = self.d.verbs.len() as u32;
            match self.add_root(no, &line.phrase, RootKind::Verb(idx)) {
                Some(root) => {
                    self.d.verbs.push(VerbEntry {
                        code,
                        patterns: Vec::new(),
                        main: root,
                    });
                    verb = Some(idx);
                    skip = false;
                }
                None => skip = true,
            }
        }
        if section != Section::Main {
            self.warn(0, "a section (<SYNSETS>, <TIME>, <ATTRIB>) is not closed");
        }
    }

    fn intern_event(&mut self, c: RawEvent) -> EventCode {
        let first = (self.d.code(&c.first.0), c.first.1);
        let pair = c.pair.map(|(s, r)| (self.d.code(&s), r));
        EventCode { first, pair }
    }
}

/// An event code before interning.
struct RawEvent {
    first: (String, Rank),
    pair: Option<(String, Rank)>,
}

/// `[064]`, `[023?]`, `[031!]`, `[032:033]`; issue and actor extensions
/// after `/`, `$(`, `+(`, `@(` are ignored.
fn event_code(code: &str) -> Result<RawEvent, String> {
    let inner = first_block(code);
    let inner = inner.split(['/', '@', '$']).next().unwrap_or("");
    let inner = match inner.find("+(") {
        Some(k) => &inner[..k],
        None => inner,
    };
    let inner = inner.split_whitespace().next().unwrap_or("");
    if inner.is_empty() {
        return Err("no code between [...]".into());
    }
    let one = |s: &str| -> Result<(String, Rank), String> {
        let s = s.trim();
        let (c, r) = if let Some(c) = s.strip_suffix('?') {
            (c, Rank::Sub)
        } else if let Some(c) = s.strip_suffix('!') {
            (c, Rank::Dom)
        } else {
            (s, Rank::Plain)
        };
        if c.is_empty() {
            return Err(format!("empty code in [{inner}]"));
        }
        Ok((c.to_string(), r))
    };
    // `+++` and `---` contain no colon; a pair has exactly one.
    match inner.split_once(':') {
        Some((a, b)) => Ok(RawEvent {
            first: one(a)?,
            pair: Some(one(b)?),
        }),
        None => Ok(RawEvent {
            first: one(inner)?,
            pair: None,
        }),
    }
}

/// `[+1]`, `[-30]`, `[---]`, `[###]`, `[+++]`: TABARI reads the number
/// after `[` as `atoi` does (so `[- - -]` is a shift of 0).
fn time_code(code: &str) -> TimeCode {
    if code.contains("---") {
        return TimeCode::Null;
    }
    if code.contains("###") {
        return TimeCode::Discard;
    }
    if code.contains("+++") {
        return TimeCode::Complex;
    }
    let s = code.strip_prefix('[').unwrap_or(code).trim_start();
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let n: i32 = digits.parse().unwrap_or(0);
    TimeCode::Days(if neg { -n } else { n })
}

/// `CODE 950601 - 990815`: the code and the two dates.
fn split_range(inner: &str) -> Option<(&str, &str, &str)> {
    let t = inner.trim_end();
    let b = t.as_bytes();
    let mut i = b.len();
    while i > 0 && b[i - 1].is_ascii_digit() {
        i -= 1;
    }
    let d2 = &t[i..];
    if d2.len() < 6 {
        return None;
    }
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    if j == 0 || b[j - 1] != b'-' {
        return None;
    }
    j -= 1;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    let mut k = j;
    while k > 0 && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    let d1 = &t[k..j];
    if d1.len() < 6 {
        return None;
    }
    Some((t[..k].trim(), d1, d2))
}

/// The first `[...]` as written, for the trace.
fn first_block_raw(code: &str) -> &str {
    match code.find(']') {
        Some(e) => &code[..=e],
        None => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_normalised_like_tabari() {
        assert_eq!(normalize_phrase("Barad-dur"), "BARAD_DUR");
        assert_eq!(normalize_phrase("- anti- + *"), "- ANTI_ + *");
        assert_eq!(
            normalize_phrase("- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS"),
            "- SUGGESTED_+ * DEMAND_{  GENEVA_ | INTERNATIONAL  }_CONVENTIONS"
        );
        assert_eq!(normalize_phrase("- * FOR {A|B}"), "- * FOR  { A | B }");
    }

    #[test]
    fn connectors_are_split_out() {
        let s = split_phrase("AL_GORE THE_BROWN_ IN_ $ REAL~_PLEASANT MOUSE=");
        let got: Vec<(&str, Conn)> = s.iter().map(|(w, c, _)| (w.as_str(), *c)).collect();
        assert_eq!(
            got,
            [
                ("AL", Conn::FullNext),
                ("GORE", Conn::PartSkip),
                ("THE", Conn::FullNext),
                ("BROWN", Conn::FullSkip),
                ("IN", Conn::FullSkip),
                ("$", Conn::PartSkip),
                ("REAL", Conn::PartNext),
                ("PLEASANT", Conn::PartSkip),
                ("MOUSE", Conn::Equal),
            ]
        );
        let s = split_phrase("ESTONIA_");
        assert_eq!(s[0].1, Conn::FullNext);
    }

    #[test]
    fn pattern_lengths() {
        assert_eq!(pattern_length(" * &TIETYPES TIES"), (12, 0));
        assert_eq!(
            pattern_length(" * RESIST  { TO THE END | TO THE DEATH }"),
            (6 + 10, 10)
        );
        assert_eq!(pattern_length(" ANTI_ + *"), (5, 0));
        assert_eq!(pattern_length(" SHOW_NO_*"), (8, 0));
    }

    #[test]
    fn codes() {
        let e = event_code("[032:033] ;x").unwrap();
        assert_eq!(
            (e.first.0.as_str(), e.pair.unwrap().0.as_str()),
            ("032", "033")
        );
        let e = event_code("[ 023? ]").unwrap();
        assert_eq!(e.first, ("023".to_string(), Rank::Sub));
        let e = event_code("[031!]").unwrap();
        assert_eq!(e.first.1, Rank::Dom);
        let e = event_code("[---]").unwrap();
        assert_eq!(e.first.0, "---");
        assert!(event_code("[ ]").is_err());
        assert_eq!(time_code("[-1]"), TimeCode::Days(-1));
        assert_eq!(time_code("[+30]"), TimeCode::Days(30));
        assert_eq!(time_code("[- - -]"), TimeCode::Days(0));
        assert_eq!(time_code("[###]"), TimeCode::Discard);
        assert_eq!(
            split_range("HOBGOV 950601 - 990815"),
            Some(("HOBGOV", "950601", "990815"))
        );
        assert_eq!(
            split_range("USAGOV 991201-010114"),
            Some(("USAGOV", "991201", "010114"))
        );
        assert_eq!(split_range("---"), None);
    }

    #[test]
    fn project_lists_dictionaries_in_order() {
        let p = "Title\n<actorsfile> \tA.actors\n<verbsfile> V.verbs\n<optionsfile> O.options\n<agentsfile> G.agents\n<textfile> T.text\n<session 1> <coder x>\n";
        let f = project_files(p, Path::new("/d"));
        let kinds: Vec<TabariKind> = f.iter().map(|x| x.1).collect();
        assert_eq!(
            kinds,
            [
                TabariKind::Actors,
                TabariKind::Verbs,
                TabariKind::Options,
                TabariKind::Agents
            ]
        );
        assert_eq!(f[0].0, Path::new("/d/A.actors"));
    }

    #[test]
    fn kinds_from_names_and_text() {
        assert_eq!(
            TabariKind::from_name("x/Demo.Actors"),
            Some(TabariKind::Actors)
        );
        assert_eq!(TabariKind::from_name("v.verbs"), Some(TabariKind::Verbs));
        assert_eq!(TabariKind::from_name("v.txt"), None);
        assert_eq!(
            TabariKind::sniff("RUN [010]\n- * AWAY [011]\n"),
            TabariKind::Verbs
        );
        assert_eq!(
            TabariKind::sniff("CHIEF_ [~GOV]\nPOLICE_ [~COP]\n"),
            TabariKind::Agents
        );
        assert_eq!(TabariKind::sniff("ARNOR [ARN]\n"), TabariKind::Actors);
    }
}
