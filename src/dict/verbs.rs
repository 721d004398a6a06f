//! Verb dictionaries: verb blocks with their forms and patterns, word sets,
//! parsed from Dateline's format (see `docs/dictionaries.md`) and compiled
//! for matching.
//!
//! Takes dictionary text; gives [`VerbDict`]: a phrase trie from verb forms
//! to blocks, and per block its patterns ordered most specific first.
//!
//! Invariants: every pattern has exactly one verb position; every code it
//! carries is in the CAMEO code table (checked by the caller through
//! `known_code`); sets are defined before they are compiled into patterns
//! (all files are read before any pattern is compiled).

use rustc_hash::FxHashMap;

use super::lexed::Lexed;
use super::lexicon::{Lexicon, WordId, WordMask, normalize, strip_comment};
use super::trie::PhraseTrie;

/// The grammatical form a verb token has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Base,
    /// Third person singular: "agrees".
    S,
    /// Past or past participle: "agreed", "met".
    Ed,
    /// Gerund or present participle: "agreeing".
    Ing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbForm {
    pub block: u32,
    pub form: Form,
}

/// What a pattern codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeSpec {
    /// Source→target gets `code`; with `reverse`, target→source gets it too.
    /// With `also`, every event the pattern codes is coded a second time
    /// with that code: "signed a ceasefire agreement" is an agreement signed
    /// (057) and a truce (0871).
    Code {
        code: Box<str>,
        reverse: Option<Box<str>>,
        also: Option<Box<str>>,
    },
    /// Matches and codes nothing: a blocked reading.
    Null,
}

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elem {
    /// Adjacent words (ids may be stems).
    Words(Vec<WordId>),
    /// One of several phrases.
    Choice(Vec<Vec<WordId>>),
    /// A member of the word set with this index.
    Set(u32),
    /// The source actor.
    Source,
    /// The target actor.
    Target,
    /// A number of at least this much ("1,200", or "hundreds" for 200 and
    /// "thousands" for 2,000): `>=100` in a pattern.
    AtLeast(u64),
}

/// A pattern element and whether it must touch its neighbour toward the
/// verb (`_`) or may have words between (whitespace).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub elem: Elem,
    pub adjacent: bool,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub code: CodeSpec,
    /// Steps before the verb, nearest first.
    pub before: Vec<Step>,
    /// Steps after the verb, in order.
    pub after: Vec<Step>,
    /// Specificity: two per word the pattern requires, one per actor slot.
    pub weight: u16,
    /// The words the pattern requires (its plain word steps), to pass over
    /// it at once in a sentence that lacks one.
    pub needs: WordMask,
    /// For each choice step, the first words of its alternatives: one of
    /// them must be in the sentence.
    pub needs_one_of: Vec<WordMask>,
    /// `file:line`.
    pub id: Box<str>,
    /// The pattern as written.
    pub text: Box<str>,
}

#[derive(Clone, Debug, Default)]
pub struct VerbBlock {
    pub lemmas: Vec<Box<str>>,
    /// Most specific first; ties in file order.
    pub patterns: Vec<Pattern>,
    /// `verb` lines (`file:line`) that a blank line parts from the block's
    /// first one: a block dropped in above another's patterns joins that
    /// block silently, and this is how `dict check` finds it.
    pub parted: Vec<Box<str>>,
}

/// The compiled verb dictionaries.
#[derive(Default)]
pub struct VerbDict {
    pub forms: PhraseTrie<VerbForm>,
    pub blocks: Vec<VerbBlock>,
    pub sets: Vec<PhraseTrie<()>>,
    pub set_names: Vec<Box<str>>,
}

/// A parsed but not yet compiled verb file: sets must all be known before
/// patterns compile, and sets are global across files.
#[derive(Default)]
pub struct VerbSource {
    sets: Vec<(String, Vec<String>, String)>,
    blocks: Vec<RawBlock>,
}

struct RawBlock {
    verbs: Vec<(String, Vec<String>, String)>,
    patterns: Vec<(String, String, String)>,
    parted: Vec<String>,
}

impl VerbSource {
    /// Parses one verb file; malformed lines become warnings.
    pub fn parse(&mut self, text: &str, file: &str, warnings: &mut Vec<String>) {
        let mut current: Option<RawBlock> = None;
        let mut in_patterns = false;
        // A blank line (not a comment) since the last `verb` line.
        let mut blank = false;
        for (n, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                blank |= raw.trim().is_empty();
                continue;
            }
            let origin = format!("{file}:{}", n + 1);
            if let Some(rest) = line.strip_prefix("set ") {
                let Some((name, members)) = rest.split_once('=') else {
                    warnings.push(format!("{origin}: expected `set NAME = a; b; c`"));
                    continue;
                };
                let name = name.trim().trim_start_matches('&');
                if name.is_empty() || name.contains(char::is_whitespace) {
                    warnings.push(format!("{origin}: bad set name {name:?}"));
                    continue;
                }
                let members: Vec<String> = members
                    .split(';')
                    .map(|m| m.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .collect();
                self.sets.push((name.to_string(), members, origin));
                continue;
            }
            if let Some(rest) = line.strip_prefix("verb ") {
                let (lemma, forms) = match rest.split_once('|') {
                    Some((l, f)) => (l.trim(), f.trim()),
                    None => (rest.trim(), ""),
                };
                if lemma.is_empty() {
                    warnings.push(format!("{origin}: `verb` needs a lemma"));
                    continue;
                }
                let forms: Vec<String> = if forms.contains(';') {
                    forms.split(';').map(|s| s.trim().to_string()).collect()
                } else {
                    forms.split_whitespace().map(str::to_string).collect()
                };
                if in_patterns || current.is_none() {
                    if let Some(b) = current.take() {
                        self.blocks.push(b);
                    }
                    current = Some(RawBlock {
                        verbs: Vec::new(),
                        patterns: Vec::new(),
                        parted: Vec::new(),
                    });
                    in_patterns = false;
                } else if blank && let Some(b) = current.as_mut() {
                    b.parted.push(origin.clone());
                }
                if let Some(b) = current.as_mut() {
                    b.verbs.push((lemma.to_string(), forms, origin));
                }
                blank = false;
                continue;
            }
            // A pattern line: CODE PATTERN.
            let Some(b) = current.as_mut() else {
                warnings.push(format!("{origin}: pattern before any `verb` line"));
                continue;
            };
            let (code, pattern) = match line.split_once(char::is_whitespace) {
                Some((c, p)) => (c.trim(), p.trim()),
                None => (line, ""),
            };
            b.patterns
                .push((code.to_string(), pattern.to_string(), origin));
            in_patterns = true;
        }
        if let Some(b) = current.take() {
            self.blocks.push(b);
        }
    }

    /// Compiles everything parsed so far into `dict`.
    pub fn compile(
        self,
        lex: &mut Lexicon,
        dict: &mut VerbDict,
        known_code: &dyn Fn(&str) -> bool,
        warnings: &mut Vec<String>,
    ) {
        let mut set_index: FxHashMap<String, u32> = dict
            .set_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), i as u32))
            .collect();
        for (name, members, origin) in self.sets {
            if set_index.contains_key(&name) {
                warnings.push(format!("{origin}: set &{name} is already defined"));
                continue;
            }
            let mut trie = PhraseTrie::default();
            for m in &members {
                match compile_phrase(lex, m) {
                    Some(words) => trie.insert(&words, ()),
                    None => warnings.push(format!("{origin}: empty member in set &{name}")),
                }
            }
            set_index.insert(name.clone(), dict.sets.len() as u32);
            dict.sets.push(trie);
            dict.set_names.push(name.into());
        }
        for raw in self.blocks {
            let block_id = dict.blocks.len() as u32;
            let mut block = VerbBlock {
                parted: raw.parted.iter().map(|o| short_origin(o).into()).collect(),
                ..VerbBlock::default()
            };
            for (lemma, irregular, origin) in &raw.verbs {
                block.lemmas.push(lemma.as_str().into());
                for (form, kind) in inflect(lemma, irregular) {
                    let words = Lexed::intern_phrase_cased(lex, &form);
                    if words.is_empty() {
                        warnings.push(format!("{origin}: verb form {form:?} has no words"));
                        continue;
                    }
                    // A form listed twice in one block (regular and
                    // irregular) is stored once.
                    let dup = dict
                        .forms
                        .get(&words)
                        .iter()
                        .any(|f| f.block == block_id && f.form == kind);
                    if !dup {
                        dict.forms.insert(
                            &words,
                            VerbForm {
                                block: block_id,
                                form: kind,
                            },
                        );
                    }
                }
            }
            for (code, text, origin) in &raw.patterns {
                match compile_pattern(lex, code, text, &set_index, known_code) {
                    Ok(mut p) => {
                        p.id = short_origin(origin).into();
                        p.text = format!("{code} {text}").into();
                        block.patterns.push(p);
                    }
                    Err(msg) => warnings.push(format!("{origin}: {msg}")),
                }
            }
            // Stable sort keeps file order among equals.
            block.patterns.sort_by_key(|p| std::cmp::Reverse(p.weight));
            dict.blocks.push(block);
        }
    }
}

/// `data/verbs/04-consult.txt:57` → `04-consult:57`.
fn short_origin(origin: &str) -> String {
    let (path, line) = origin.rsplit_once(':').unwrap_or((origin, ""));
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file
        .strip_suffix(".txt")
        .or_else(|| file.strip_suffix(".verbs"))
        .unwrap_or(file);
    format!("{stem}:{line}")
}

/// Interns a phrase whose words may be stems (`cooperat~`) and may be
/// joined by `_`.
fn compile_phrase(lex: &mut Lexicon, phrase: &str) -> Option<Vec<WordId>> {
    let mut out = Vec::new();
    for part in phrase.split(['_', ' ']).filter(|p| !p.is_empty()) {
        if let Some(stem) = part.strip_suffix('~') {
            out.push(lex.intern_stem(&normalize(stem)));
        } else {
            out.extend(Lexed::intern_phrase_cased(lex, part));
        }
    }
    (!out.is_empty()).then_some(out)
}

fn parse_code(code: &str, known: &dyn Fn(&str) -> bool) -> Result<CodeSpec, String> {
    if code == "---" {
        return Ok(CodeSpec::Null);
    }
    let (code, also) = match code.split_once('+') {
        Some((a, b)) => (a, Some(b)),
        None => (code, None),
    };
    let (a, b) = match code.split_once(':') {
        Some((a, b)) => (a, Some(b)),
        None => (code, None),
    };
    if also.is_some() && b.is_some() {
        return Err(format!("a paired code takes no second code: {code:?}"));
    }
    for c in std::iter::once(a).chain(b).chain(also) {
        if !known(c) {
            return Err(format!("unknown CAMEO code {c:?}"));
        }
    }
    Ok(CodeSpec::Code {
        code: a.into(),
        reverse: b.map(Into::into),
        also: also.map(Into::into),
    })
}

/// Splits a pattern into atoms, each with whether `_` joins it to the
/// atom before it (adjacency) rather than whitespace (a gap).
fn lex_pattern(text: &str) -> Result<Vec<(&str, bool)>, String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    let mut joined = false;
    while i < b.len() {
        match b[i] {
            c if c.is_ascii_whitespace() => {
                joined = false;
                i += 1;
            }
            b'_' => {
                joined = true;
                i += 1;
            }
            b'{' => {
                let end = text[i..]
                    .find('}')
                    .map(|e| i + e)
                    .ok_or_else(|| format!("unclosed `{{` in {text:?}"))?;
                out.push((&text[i..=end], joined));
                joined = false;
                i = end + 1;
            }
            b'*' | b'$' | b'+' => {
                out.push((&text[i..i + 1], joined));
                joined = false;
                i += 1;
            }
            _ => {
                let start = i;
                i += 1;
                while i < b.len()
                    && !b[i].is_ascii_whitespace()
                    && !matches!(b[i], b'_' | b'{' | b'*' | b'$' | b'+')
                {
                    i += 1;
                }
                out.push((&text[start..i], joined));
                joined = false;
            }
        }
    }
    Ok(out)
}

fn compile_pattern(
    lex: &mut Lexicon,
    code: &str,
    text: &str,
    sets: &FxHashMap<String, u32>,
    known: &dyn Fn(&str) -> bool,
) -> Result<Pattern, String> {
    let code = parse_code(code, known)?;
    let atoms = lex_pattern(text)?;
    let verb_at = {
        let mut stars = atoms.iter().enumerate().filter(|(_, (a, _))| *a == "*");
        let first = stars
            .next()
            .map(|(i, _)| i)
            .ok_or_else(|| format!("no `*` (verb position) in {text:?}"))?;
        if stars.next().is_some() {
            return Err(format!("more than one `*` in {text:?}"));
        }
        first
    };
    let mut weight = 0u16;
    let mut elems = Vec::with_capacity(atoms.len());
    for &(tok, _) in &atoms {
        let elem = match tok {
            "*" => None,
            // A slot makes a pattern more specific than the same words
            // without it, but less than one more word.
            "$" => {
                weight += 1;
                Some(Elem::Source)
            }
            "+" => {
                weight += 1;
                Some(Elem::Target)
            }
            t if t.starts_with(">=") => {
                let n = t[2..]
                    .parse::<u64>()
                    .map_err(|_| format!("{t:?}: `>=` takes a whole number (`>=100`)"))?;
                weight += 2;
                Some(Elem::AtLeast(n))
            }
            t if t.starts_with('&') => {
                let name = &t[1..];
                let id = sets
                    .get(name)
                    .ok_or_else(|| format!("set &{name} is not defined"))?;
                weight += 2;
                Some(Elem::Set(*id))
            }
            t if t.starts_with('{') => {
                let inner = &t[1..t.len() - 1];
                let mut alts = Vec::new();
                for alt in inner.split('|') {
                    let words =
                        compile_phrase(lex, alt).ok_or_else(|| format!("empty choice in {t:?}"))?;
                    alts.push(words);
                }
                weight += 2 * alts.iter().map(Vec::len).min().unwrap_or(0) as u16;
                Some(Elem::Choice(alts))
            }
            t => {
                let words = compile_phrase(lex, t).ok_or_else(|| format!("bad token {t:?}"))?;
                weight += 2 * words.len() as u16;
                Some(Elem::Words(words))
            }
        };
        elems.push(elem);
    }
    // After the verb: each step is adjacent to the one before it when `_`
    // joined them. Before the verb (stored nearest first): a step is
    // adjacent to the one after it in the text.
    let after = (verb_at + 1..atoms.len())
        .map(|k| Step {
            elem: elems[k].clone().expect("only `*` has no element"),
            adjacent: atoms[k].1,
        })
        .collect();
    let before = (0..verb_at)
        .rev()
        .map(|k| Step {
            elem: elems[k].clone().expect("only `*` has no element"),
            adjacent: atoms[k + 1].1,
        })
        .collect();
    let mut needs = WordMask::default();
    let mut needs_one_of = Vec::new();
    for e in elems.iter().flatten() {
        match e {
            Elem::Words(ws) => ws.iter().for_each(|&w| needs.insert(w)),
            Elem::Choice(alts) => {
                let mut any = WordMask::default();
                alts.iter().for_each(|a| any.insert(a[0]));
                needs_one_of.push(any);
            }
            _ => {}
        }
    }
    Ok(Pattern {
        code,
        before,
        after,
        weight,
        needs,
        needs_one_of,
        id: Box::from(""),
        text: Box::from(""),
    })
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn syllables(w: &[u8]) -> usize {
    let mut n = 0;
    let mut prev = false;
    for &c in w {
        let v = is_vowel(c) || c == b'y';
        if v && !prev {
            n += 1;
        }
        prev = v;
    }
    n
}

/// Ends consonant-vowel-consonant (not w, x, y): a candidate for doubling.
fn cvc(w: &[u8]) -> bool {
    let n = w.len();
    n >= 3
        && !is_vowel(w[n - 1])
        && !matches!(w[n - 1], b'w' | b'x' | b'y')
        && is_vowel(w[n - 2])
        && !is_vowel(w[n - 3])
}

/// The forms of a verb: regular inflections of its first word plus the
/// irregular forms given. A multi-word verb keeps its other words.
pub fn inflect(lemma: &str, irregular: &[String]) -> Vec<(String, Form)> {
    let lemma = lemma.trim();
    let (first, rest) = match lemma.find(' ') {
        Some(i) => (&lemma[..i], &lemma[i..]),
        None => (lemma, ""),
    };
    let w = first.to_ascii_lowercase();
    let b = w.as_bytes();
    let mut out = vec![(lemma.to_string(), Form::Base)];
    let mut push = |f: String, k: Form| out.push((format!("{f}{rest}"), k));
    if w.is_empty() || !w.is_ascii() {
        return out;
    }
    // Third person singular.
    let s = if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
        || w.ends_with('o')
    {
        format!("{w}es")
    } else if w.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]) {
        format!("{}ies", &w[..w.len() - 1])
    } else {
        format!("{w}s")
    };
    push(s, Form::S);
    // Past and -ing, with consonant doubling: always for one syllable,
    // both spellings for longer words (commit/committed, visit/visited).
    let stem_y = w.ends_with('y') && b.len() > 1 && !is_vowel(b[b.len() - 2]);
    if w.ends_with('e') {
        push(format!("{w}d"), Form::Ed);
    } else if stem_y {
        push(format!("{}ied", &w[..w.len() - 1]), Form::Ed);
    } else {
        let dbl = cvc(b);
        let one = syllables(b) == 1;
        if dbl {
            let last = w.as_bytes()[w.len() - 1] as char;
            push(format!("{w}{last}ed"), Form::Ed);
            if !one {
                push(format!("{w}ed"), Form::Ed);
            }
        } else {
            push(format!("{w}ed"), Form::Ed);
        }
    }
    if w.ends_with("ie") {
        push(format!("{}ying", &w[..w.len() - 2]), Form::Ing);
    } else if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") {
        push(format!("{}ing", &w[..w.len() - 1]), Form::Ing);
    } else if cvc(b) {
        let last = w.as_bytes()[w.len() - 1] as char;
        push(format!("{w}{last}ing"), Form::Ing);
        if syllables(b) > 1 {
            push(format!("{w}ing"), Form::Ing);
        }
    } else {
        push(format!("{w}ing"), Form::Ing);
    }
    for f in irregular {
        let f = f.trim();
        if f.is_empty() {
            continue;
        }
        let head = f.split(' ').next().unwrap_or(f).to_ascii_lowercase();
        let kind = if head.ends_with("ing") {
            Form::Ing
        } else if head.ends_with('s')
            && head.len() > w.len()
            && head.starts_with(&w[..w.len().min(3)])
        {
            Form::S
        } else {
            Form::Ed
        };
        // Irregular forms are given whole (with their particles).
        out.push((f.to_string(), kind));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(l: &str) -> Vec<String> {
        inflect(l, &[]).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn regular_inflection() {
        assert_eq!(forms("agree"), ["agree", "agrees", "agreed", "agreeing"]);
        assert_eq!(
            forms("visit"),
            [
                "visit",
                "visits",
                "visitted",
                "visited",
                "visitting",
                "visiting"
            ]
        );
        assert_eq!(forms("ban"), ["ban", "bans", "banned", "banning"]);
        assert_eq!(forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(forms("stay"), ["stay", "stays", "stayed", "staying"]);
        assert_eq!(forms("push"), ["push", "pushes", "pushed", "pushing"]);
        assert_eq!(
            forms("call for"),
            ["call for", "calls for", "called for", "calling for"]
        );
        assert_eq!(forms("tie"), ["tie", "ties", "tied", "tying"]);
        assert_eq!(forms("commit")[2], "committed");
    }

    #[test]
    fn adjacency_joins() {
        assert_eq!(
            lex_pattern("&det_* to_+ {a b|c}_x").unwrap(),
            vec![
                ("&det", false),
                ("*", true),
                ("to", false),
                ("+", true),
                ("{a b|c}", false),
                ("x", true)
            ]
        );
        let mut lex = Lexicon::default();
        let sets: FxHashMap<String, u32> = [("det".to_string(), 0)].into_iter().collect();
        let p = compile_pattern(&mut lex, "---", "&det_* to + _x", &sets, &|_| true).unwrap();
        assert!(p.before[0].adjacent);
        assert!(!p.after[0].adjacent && !p.after[1].adjacent && p.after[2].adjacent);
        assert_eq!(p.weight, 7);
    }

    #[test]
    fn a_pattern_is_passed_over_where_its_words_are_missing() {
        let mut lex = Lexicon::default();
        let sets = FxHashMap::default();
        let p = compile_pattern(
            &mut lex,
            "---",
            "* talks {with|alongside} +",
            &sets,
            &|_| true,
        )
        .unwrap();
        lex.finish();
        let has = |s: &str| {
            let l = Lexed::of(&lex, s);
            l.mask().covers(&p.needs) && p.needs_one_of.iter().all(|m| l.mask().meets(m))
        };
        assert!(has("they held talks with Iran"));
        assert!(has("talks went on alongside"));
        assert!(!has("they held talks in Geneva"));
        assert!(!has("they met with Iran"));
    }

    #[test]
    fn parse_and_compile() {
        let mut lex = Lexicon::default();
        let mut w = Vec::new();
        let mut src = VerbSource::default();
        src.parse(
            "set coop = cooperation; ties\nverb meet | meets met meeting\n  040 *\n  046 * for {talks|negotiations}\n  0312 * &coop military\n  999 * x\n  040 no verb\nverb hold | held\n  046 * talks with +\n",
            "data/verbs/04-consult.txt",
            &mut w,
        );
        let mut dict = VerbDict::default();
        src.compile(&mut lex, &mut dict, &|c| c != "999", &mut w);
        lex.finish();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("unknown CAMEO code \"999\""));
        assert!(w[1].contains("no `*`"));
        assert_eq!(dict.blocks.len(), 2);
        let pats = &dict.blocks[0].patterns;
        assert_eq!(pats[0].id.as_ref(), "04-consult:4");
        assert_eq!(pats.last().unwrap().text.as_ref(), "040 *");
        let l = Lexed::of(&lex, "met");
        let (_, f) = dict.forms.longest_at(&l, 0, 1).unwrap();
        assert_eq!(
            f[0],
            VerbForm {
                block: 0,
                form: Form::Ed
            }
        );
        assert_eq!(
            dict.blocks[1].patterns[0].after.last().map(|s| &s.elem),
            Some(&Elem::Target)
        );
    }

    #[test]
    fn second_and_paired_codes() {
        let known = |c: &str| c != "999";
        assert_eq!(
            parse_code("057+0871", &known),
            Ok(CodeSpec::Code {
                code: "057".into(),
                reverse: None,
                also: Some("0871".into()),
            })
        );
        assert_eq!(
            parse_code("042:043", &known),
            Ok(CodeSpec::Code {
                code: "042".into(),
                reverse: Some("043".into()),
                also: None,
            })
        );
        assert!(
            parse_code("057+999", &known)
                .unwrap_err()
                .contains("\"999\"")
        );
        assert!(parse_code("042:043+057", &known).is_err());
    }
}
