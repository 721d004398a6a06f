//! Dictionaries: the built-in data under `data/` (embedded in the binary) and
//! any the user adds with `--dict`, parsed and compiled once into the
//! structures the actor and event stages run on.
//!
//! Takes dictionary files; gives [`Dictionaries`]: the lexicon, the actor
//! dictionary, the verb dictionary and the CAMEO code table, plus the
//! warnings for lines that could not be read.
//!
//! Invariants: after [`Dictionaries::load`] everything is immutable and
//! shared by reference across threads; a malformed line is a warning naming
//! its file and line, never a failure; an unreadable or unrecognised file is
//! an error naming the file.

pub mod actors;
pub mod check;
pub mod lexed;
pub mod lexicon;
pub mod trie;
pub mod verbs;

use std::path::{Path, PathBuf};

use crate::cameo::CodeTable;

pub use actors::{ActorDict, ActorEntry, ActorFormat, ActorKind};
pub use lexed::Lexed;
pub use lexicon::{Lexicon, UNKNOWN, WordId, cat, normalize};
pub use verbs::{CodeSpec, Elem, Form, Pattern, Step, VerbDict, VerbForm};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_data.rs"));
}

/// Why dictionaries could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    #[error("dictionary {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "dictionary {path}: cannot tell its format from its name (expected lexicon*.txt, countries*.txt, regions*.txt, organizations*.txt, agents*.txt, people*.txt, places*.txt, a .txt under verbs/, or *.verbs.txt)"
    )]
    UnknownFormat { path: String },
}

/// What a dictionary file contains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictFormat {
    Lexicon,
    Actors(ActorFormat),
    Verbs,
    /// The CAMEO code table (built in; a user file of this kind is ignored).
    CodeTable,
}

/// Which format a file is in, from its path.
pub fn detect_format(path: &str) -> Option<DictFormat> {
    let p = path.replace('\\', "/");
    let name = p.rsplit('/').next().unwrap_or(&p).to_ascii_lowercase();
    let in_verbs = p.contains("/verbs/") || p.starts_with("verbs/");
    if name.ends_with(".tsv") {
        return (name.starts_with("codes")).then_some(DictFormat::CodeTable);
    }
    if !name.ends_with(".txt") {
        return None;
    }
    if name.ends_with(".verbs.txt") || in_verbs {
        return Some(DictFormat::Verbs);
    }
    let starts = |s: &str| name.starts_with(s);
    Some(if starts("lexicon") {
        DictFormat::Lexicon
    } else if starts("countries") {
        DictFormat::Actors(ActorFormat::Countries)
    } else if starts("regions") {
        DictFormat::Actors(ActorFormat::Regions)
    } else if starts("organizations") || starts("organisations") {
        DictFormat::Actors(ActorFormat::Organizations)
    } else if starts("agents") {
        DictFormat::Actors(ActorFormat::Agents)
    } else if starts("people") {
        DictFormat::Actors(ActorFormat::People)
    } else if starts("places") {
        DictFormat::Actors(ActorFormat::Places)
    } else {
        return None;
    })
}

/// The compiled dictionaries.
pub struct Dictionaries {
    pub lexicon: Lexicon,
    pub actors: ActorDict,
    pub verbs: VerbDict,
    pub codes: CodeTable,
    /// Malformed lines, as `file:line: problem`.
    pub warnings: Vec<String>,
    /// The files loaded, in order.
    pub files: Vec<String>,
}

/// Which dictionaries to load.
#[derive(Clone, Debug, Default)]
pub struct DictOptions {
    /// Leave out the built-in dictionaries (the lexicon is always loaded:
    /// it is English, not a dictionary of the world).
    pub no_builtin: bool,
    /// Files or directories to add.
    pub paths: Vec<PathBuf>,
}

impl Dictionaries {
    /// The built-in dictionaries only.
    pub fn builtin() -> Dictionaries {
        Self::load(&DictOptions::default()).expect("built-in dictionaries load")
    }

    /// The built-in dictionaries (unless `no_builtin`) plus the given paths.
    pub fn load(opts: &DictOptions) -> Result<Dictionaries, DictError> {
        let mut files: Vec<(String, String)> = builtin::FILES
            .iter()
            .filter(|(name, _)| {
                !opts.no_builtin || detect_format(name) == Some(DictFormat::Lexicon)
            })
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        for p in &opts.paths {
            collect(p, &mut files)?;
        }
        Ok(Self::from_files(&files))
    }

    /// Compiles dictionaries from `(path, text)` pairs; the format of each is
    /// told by its path. Unrecognised paths become warnings.
    pub fn from_files(files: &[(String, String)]) -> Dictionaries {
        let mut lexicon = Lexicon::default();
        let mut actors = ActorDict::default();
        let mut verbs = VerbDict::default();
        let mut warnings = Vec::new();
        let mut verb_src = verbs::VerbSource::default();
        let codes = CodeTable::builtin();
        for (path, text) in files {
            match detect_format(path) {
                Some(DictFormat::Lexicon) => lexicon.load_categories(text, path, &mut warnings),
                Some(DictFormat::Actors(f)) => {
                    actors.load(&mut lexicon, f, text, path, &mut warnings)
                }
                Some(DictFormat::Verbs) => verb_src.parse(text, path, &mut warnings),
                Some(DictFormat::CodeTable) => {}
                None => warnings.push(format!("{path}: unrecognised dictionary file, skipped")),
            }
        }
        verb_src.compile(
            &mut lexicon,
            &mut verbs,
            &|c| codes.contains(c),
            &mut warnings,
        );
        lexicon.finish();
        Dictionaries {
            lexicon,
            actors,
            verbs,
            codes,
            warnings,
            files: files.iter().map(|(p, _)| p.clone()).collect(),
        }
    }

    /// Counts for `--verbose` and the benchmark.
    pub fn stats(&self) -> DictStats {
        DictStats {
            files: self.files.len(),
            words: self.lexicon.len(),
            actor_phrases: self.actors.entries.len(),
            verb_blocks: self.verbs.blocks.len(),
            patterns: self.verbs.blocks.iter().map(|b| b.patterns.len()).sum(),
            warnings: self.warnings.len(),
        }
    }
}

#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct DictStats {
    pub files: usize,
    pub words: usize,
    pub actor_phrases: usize,
    pub verb_blocks: usize,
    pub patterns: usize,
    pub warnings: usize,
}

fn collect(path: &Path, out: &mut Vec<(String, String)>) -> Result<(), DictError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| DictError::Read {
        path: name.clone(),
        source,
    })?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|source| DictError::Read {
                path: name.clone(),
                source,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            let file_name = e.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if file_name.starts_with('.') {
                continue;
            }
            if e.is_dir() || detect_format(&e.display().to_string()).is_some() {
                collect(&e, out)?;
            }
        }
        return Ok(());
    }
    if detect_format(&name).is_none() {
        return Err(DictError::UnknownFormat { path: name });
    }
    let bytes = std::fs::read(path).map_err(|source| DictError::Read {
        path: name.clone(),
        source,
    })?;
    // Old dictionaries are often Latin-1: keep going with replacement
    // characters rather than refusing the file.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    out.push((name, text));
    Ok(())
}

/// Dictionaries for unit tests: the shipped English lexicon plus the given
/// `(path, text)` files, nothing else.
#[cfg(test)]
pub(crate) fn test_dictionaries(files: &[(&str, &str)]) -> Dictionaries {
    let mut all = vec![(
        "data/lexicon.txt".to_string(),
        include_str!("../../data/lexicon.txt").to_string(),
    )];
    all.extend(files.iter().map(|(p, t)| (p.to_string(), t.to_string())));
    let d = Dictionaries::from_files(&all);
    assert!(d.warnings.is_empty(), "{:#?}", d.warnings);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names() {
        assert_eq!(detect_format("data/lexicon.txt"), Some(DictFormat::Lexicon));
        assert_eq!(
            detect_format("data/actors/countries.txt"),
            Some(DictFormat::Actors(ActorFormat::Countries))
        );
        assert_eq!(
            detect_format("x/verbs/04-consult.txt"),
            Some(DictFormat::Verbs)
        );
        assert_eq!(detect_format("mine.verbs.txt"), Some(DictFormat::Verbs));
        assert_eq!(detect_format("notes.txt"), None);
        assert_eq!(
            detect_format("data/cameo/codes.tsv"),
            Some(DictFormat::CodeTable)
        );
    }

    #[test]
    fn builtin_loads_without_warnings() {
        let d = Dictionaries::builtin();
        assert!(d.warnings.is_empty(), "{:#?}", d.warnings);
        assert!(d.lexicon.is(d.lexicon.get("the"), cat::DET));
    }

    #[test]
    fn missing_and_unknown_files_are_errors() {
        let opts = DictOptions {
            no_builtin: true,
            paths: vec!["/no/such/countries.txt".into()],
        };
        let e = Dictionaries::load(&opts).err().expect("error");
        assert!(
            e.to_string()
                .starts_with("dictionary /no/such/countries.txt:")
        );
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("stuff.txt");
        std::fs::write(&p, "x").unwrap();
        let opts = DictOptions {
            no_builtin: true,
            paths: vec![p],
        };
        let e = Dictionaries::load(&opts).err().expect("error");
        assert!(e.to_string().contains("cannot tell its format"));
    }
}
