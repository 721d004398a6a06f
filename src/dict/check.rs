//! Dictionary checks behind `dateline dict check`: compiled [`Dictionaries`]
//! in, a list of [`Finding`]s out, each naming the entry (`file:line`) and
//! the problem, so that contributors can extend the dictionaries safely.
//!
//! What is checked: lines that did not load (unknown codes, malformed
//! entries: the loader's warnings); actor phrases that mean two things;
//! people whose terms overlap with different codes; country groups that no
//! region defines; verb forms claimed by two blocks; `verb` lines a blank
//! line parts from the block they join; duplicate and shadowed patterns.
//! Invariants: checking never changes the dictionaries; findings
//! are sorted by place, errors before warnings at the same place.

use rustc_hash::FxHashMap;

use super::actors::{ActorEntry, ActorKind};
use super::verbs::{CodeSpec, Pattern};
use super::{Dictionaries, WordId};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The entry does not work as written.
    Error,
    /// The entry works but probably not as intended.
    Warning,
}

/// One problem found in the dictionaries.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// `file:line` of the entry (or the file alone).
    pub at: String,
    pub severity: Severity,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {s}: {}", self.at, self.message)
    }
}

fn phrase(d: &Dictionaries, words: &[WordId]) -> String {
    words
        .iter()
        .map(|&w| d.lexicon.word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn finding(at: &str, severity: Severity, message: String) -> Finding {
    Finding {
        at: at.to_string(),
        severity,
        message,
    }
}

/// Runs every check.
pub fn check(d: &Dictionaries) -> Vec<Finding> {
    let mut out = Vec::new();
    for w in &d.warnings {
        let (at, msg) = w.split_once(": ").unwrap_or(("", w));
        out.push(finding(at, Severity::Error, format!("not loaded: {msg}")));
    }
    check_actors(d, &mut out);
    check_verbs(d, &mut out);
    out.sort_by(|a, b| (&a.at, a.severity).cmp(&(&b.at, b.severity)));
    out.dedup();
    out
}

fn is_proper(k: ActorKind) -> bool {
    !matches!(k, ActorKind::Agent | ActorKind::Place)
}

fn check_actors(d: &Dictionaries, out: &mut Vec<Finding>) {
    let a = &d.actors;
    for (words, ids) in a.trie.entries() {
        let entries: Vec<&ActorEntry> = ids.iter().map(|&i| &a.entries[i as usize]).collect();
        let p = phrase(d, &words);
        // Two undated entries for one phrase: the second never codes.
        for (i, x) in entries.iter().enumerate() {
            for y in &entries[..i] {
                let both_undated =
                    x.from.is_none() && x.to.is_none() && y.from.is_none() && y.to.is_none();
                let same = x.kind == y.kind && x.code == y.code && x.roles == y.roles;
                if same && both_undated {
                    out.push(finding(
                        &x.origin,
                        Severity::Warning,
                        format!("{p:?} is listed twice (also at {})", y.origin),
                    ));
                } else if both_undated && is_proper(x.kind) == is_proper(y.kind) && !same {
                    out.push(finding(
                        &x.origin,
                        Severity::Warning,
                        format!(
                            "{p:?} means {} here and {} at {}: the longest, highest-priority entry wins",
                            describe(x),
                            describe(y),
                            y.origin
                        ),
                    ));
                }
                // A person's terms must not overlap under different codes.
                let dated = x.kind == ActorKind::Person && y.kind == ActorKind::Person;
                if dated && x.code != y.code && overlap(x, y) {
                    out.push(finding(
                        &x.origin,
                        Severity::Error,
                        format!(
                            "{p:?} holds {} and {} over the same dates (see {})",
                            x.code, y.code, y.origin
                        ),
                    ));
                }
            }
        }
        // An agent noun that is also a name: "union" the agent vs "Union" a
        // country name would each capture the other's text.
        let agent = entries.iter().find(|e| e.kind == ActorKind::Agent);
        let name = entries.iter().find(|e| is_proper(e.kind));
        if let (Some(ag), Some(nm)) = (agent, name) {
            out.push(finding(
                &ag.origin,
                Severity::Warning,
                format!(
                    "agent noun {p:?} is also {} ({}): lower case reads the agent, capitals the name",
                    describe(nm),
                    nm.origin
                ),
            ));
        }
    }
    for (code, info) in &a.countries {
        for g in &info.groups {
            if !a.regions.contains_key(g) {
                out.push(finding(
                    "data/actors/countries.txt",
                    Severity::Error,
                    format!("country {code} is in group {g}, which regions.txt does not define"),
                ));
            }
        }
    }
}

fn overlap(x: &ActorEntry, y: &ActorEntry) -> bool {
    let lo = x.from.max(y.from);
    let hi = match (x.to, y.to) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    match (lo, hi) {
        (Some(l), Some(h)) => l <= h,
        _ => true,
    }
}

fn describe(e: &ActorEntry) -> String {
    match e.kind {
        ActorKind::Agent if e.roles.is_empty() => "an agent noun standing for its country".into(),
        ActorKind::Agent => format!("the agent {}", e.roles),
        ActorKind::Place => "a place".into(),
        k => {
            format!("{k:?} {}", e.code)
                .to_lowercase()
                .replacen(&e.code.to_lowercase(), &e.code, 1)
        }
    }
}

fn check_verbs(d: &Dictionaries, out: &mut Vec<Finding>) {
    let v = &d.verbs;
    // A form in two blocks: both blocks' patterns compete for it. Reported
    // once per set of blocks, with the forms they share.
    let mut shared: FxHashMap<Vec<u32>, Vec<String>> = FxHashMap::default();
    for (words, forms) in v.forms.entries() {
        let mut blocks: Vec<u32> = forms.iter().map(|f| f.block).collect();
        blocks.sort_unstable();
        blocks.dedup();
        if blocks.len() > 1 {
            shared.entry(blocks).or_default().push(phrase(d, &words));
        }
    }
    for (blocks, mut forms) in shared {
        forms.sort();
        let names: Vec<String> = blocks
            .iter()
            .map(|&b| {
                let blk = &v.blocks[b as usize];
                let at = blk.patterns.first().map_or("", |p| &*p.id);
                format!("{} ({at})", blk.lemmas.first().map_or("?", |l| l))
            })
            .collect();
        out.push(finding(
            "data/verbs",
            Severity::Warning,
            format!(
                "verb blocks {} share the forms {}",
                names.join(", "),
                forms.join(", ")
            ),
        ));
    }
    for blk in &v.blocks {
        for at in &blk.parted {
            out.push(finding(
                at,
                Severity::Warning,
                format!(
                    "this `verb` line, after a blank line, joins the block of `verb {}` \
                     and shares its patterns; put a block's `verb` lines together, \
                     or give the block above its patterns first",
                    blk.lemmas.first().map_or("?", |l| l)
                ),
            ));
        }
        let mut seen: FxHashMap<String, &Pattern> = FxHashMap::default();
        for p in &blk.patterns {
            let shape = format!("{:?}|{:?}", p.before, p.after);
            if let Some(first) = seen.get(&shape) {
                let sev = if code_of(first) == code_of(p) {
                    Severity::Warning
                } else {
                    Severity::Error
                };
                out.push(finding(
                    &p.id,
                    sev,
                    format!(
                        "`{}` never fires: `{}` ({}) matches exactly the same words first",
                        p.text, first.text, first.id
                    ),
                ));
            } else {
                seen.insert(shape, p);
            }
        }
    }
}

fn code_of(p: &Pattern) -> String {
    match &p.code {
        CodeSpec::Null => "---".into(),
        CodeSpec::Code {
            code,
            reverse,
            also,
        } => match (reverse, also) {
            (Some(r), _) => format!("{code}:{r}"),
            (None, Some(a)) => format!("{code}+{a}"),
            (None, None) => code.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::test_dictionaries;

    #[test]
    fn finds_conflicts_duplicates_and_shadowed_patterns() {
        let d = test_dictionaries(&[
            (
                "countries.txt",
                "NER | NE | NG | Niger | Nigerien | Niamey | | AFR XYZ\nNGA | NG | NI | Nigeria | Nigerian | Abuja | | AFR\n",
            ),
            ("regions.txt", "AFR | Africa | African\n"),
            ("organizations.txt", "IGOXXX | Niger | \n"),
            (
                "people.txt",
                "Ann Smith | NERGOV | 2020-01-01 | 2022-01-01\nAnn Smith | NGAGOV | 2021-06-01 |\n",
            ),
            (
                "verbs/a.txt",
                "verb meet\n  040 * with\n  046 * with\n  040 *\nverb see | saw\n  010 *\n",
            ),
            ("verbs/b.txt", "verb meet\n  040 *\n"),
        ]);
        let f = check(&d);
        let text: Vec<String> = f.iter().map(|x| x.to_string()).collect();
        let has = |s: &str| text.iter().any(|t| t.contains(s));
        assert!(has("group XYZ"), "{text:#?}");
        assert!(has("\"niger\" means"), "{text:#?}");
        assert!(has("holds NGAGOV and NERGOV"), "{text:#?}");
        assert!(has("never fires"), "{text:#?}");
        assert!(
            has("share the forms meet, meeted, meeting, meets"),
            "{text:#?}"
        );
        assert!(
            f.iter()
                .any(|x| x.severity == Severity::Error && x.message.contains("never fires")),
            "different codes for the same words is an error"
        );
    }

    #[test]
    fn a_verb_line_parted_by_a_blank_line_is_reported() {
        let d = test_dictionaries(&[(
            "verbs/c.txt",
            "verb complain\nverb lodge\n\n# envoys summoned\nverb call in\n  114 *\n  111 *\n\n\
             verb destroy\n# with a comment between, on purpose\nverb blow up\n  1712 *\n",
        )]);
        let parted: Vec<String> = check(&d)
            .iter()
            .filter(|f| f.message.contains("after a blank line"))
            .map(|f| f.to_string())
            .collect();
        assert_eq!(parted.len(), 1, "{parted:#?}");
        assert!(parted[0].contains("c:5"), "{parted:#?}");
        assert!(parted[0].contains("`verb complain`"), "{parted:#?}");
    }

    #[test]
    fn shipped_dictionaries_have_no_errors_or_parted_blocks() {
        let d = Dictionaries::builtin();
        let errors: Vec<String> = check(&d)
            .into_iter()
            .filter(|f| f.severity == Severity::Error || f.message.contains("after a blank line"))
            .map(|f| f.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}
