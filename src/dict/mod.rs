//! Dictionaries: the built-in data under `data/` (embedded in the binary) and
//! any the user adds with `--dict`, parsed and compiled once into the
//! structures the actor and event stages run on.
//!
//! Takes dictionary files; gives [`Dictionaries`]: the lexicon, the actor
//! dictionary, the verb dictionary and the CAMEO code table, plus the
//! warnings for lines that could not be read. Peer dictionaries compile
//! into [`Dictionaries::linear`], which codes with the linear conventions
//! of [`crate::linear`]: TABARI's (`.actors`, `.agents`, `.verbs`,
//! `.options`, or a `.project` naming them; any file as `tabari:PATH`) and
//! PETRARCH's (`*.actors.txt`, `*.agents.txt`, `*.discards.txt`,
//! `CAMEO*.txt` or a `*verbs*.txt` with `--- NAME [CODE] ---` blocks, a
//! `PETR_config.ini`, which also names dictionaries; any file as
//! `petrarch:PATH`). One run codes with one convention set: the dialect of
//! the first verbs file read (else of the first peer file); verb files of
//! the other dialect are skipped with a warning.
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
use crate::linear::{LinearDict, PetrKind, TabariKind};

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
        "dictionary {path}: cannot tell its format from its name (expected lexicon*.txt, countries*.txt, regions*.txt, organizations*.txt, agents*.txt, people*.txt, places*.txt, a .txt under verbs/, *.verbs.txt, a TABARI .actors/.agents/.verbs/.options/.project file, a PETRARCH *.actors.txt/*.agents.txt/*.discards.txt/CAMEO*.txt/*verbs*.txt/.ini file, tabari:PATH or petrarch:PATH)"
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
    /// A peer program's dictionary: coded with the linear conventions.
    Peer(PeerFormat),
}

/// The peer dialects whose dictionaries compile into a [`LinearDict`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeerFormat {
    /// A TABARI file; its kind told by the text when the name does not.
    Tabari(Option<TabariKind>),
    /// A PETRARCH (or Phoenix) file; its kind told by the text when the
    /// name does not.
    Petrarch(Option<PetrKind>),
}

impl PeerFormat {
    fn is_petrarch(self) -> bool {
        matches!(self, PeerFormat::Petrarch(_))
    }
}

/// Which coding conventions the loaded dictionaries call for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conventions {
    /// Dateline's own (`crate::code`).
    Dateline,
    /// TABARI's and PETRARCH-1's (`crate::linear`): peer dictionaries with
    /// verbs are loaded.
    Linear,
}

/// A peer format asked for with a prefix: `tabari:PATH`, `petrarch:PATH`.
fn explicit_peer(path: &str) -> Option<(PeerFormat, &str)> {
    if let Some(rest) = path.strip_prefix("petrarch:") {
        let p = rest.replace('\\', "/");
        let name = p.rsplit('/').next().unwrap_or(&p);
        return Some((PeerFormat::Petrarch(PetrKind::from_name(name)), rest));
    }
    let rest = path.strip_prefix("tabari:")?;
    let p = rest.replace('\\', "/");
    let name = p.rsplit('/').next().unwrap_or(&p);
    Some((PeerFormat::Tabari(TabariKind::from_name(name)), rest))
}

/// The format of a file whose text is at hand: as [`detect_format`], but a
/// `*.verbs.txt` with PETRARCH's `--- NAME [CODE] ---` blocks is
/// PETRARCH's, not Dateline's.
pub fn detect_format_of(path: &str, text: &str) -> Option<DictFormat> {
    match detect_format(path) {
        Some(DictFormat::Verbs) if crate::linear::petrarch::looks_like_verbs(text) => Some(
            DictFormat::Peer(PeerFormat::Petrarch(Some(PetrKind::Verbs))),
        ),
        Some(DictFormat::Peer(PeerFormat::Petrarch(Some(PetrKind::Verbs))))
            if text.lines().any(|l| l.trim_start().starts_with("verb "))
                && !crate::linear::petrarch::looks_like_verbs(text) =>
        {
            Some(DictFormat::Verbs)
        }
        f => f,
    }
}

/// Which format a file is in, from its path.
pub fn detect_format(path: &str) -> Option<DictFormat> {
    if let Some((f, _)) = explicit_peer(path) {
        return Some(DictFormat::Peer(f));
    }
    let p = path.replace('\\', "/");
    let name = p.rsplit('/').next().unwrap_or(&p).to_ascii_lowercase();
    if let Some(k) = TabariKind::from_name(&name) {
        return Some(DictFormat::Peer(PeerFormat::Tabari(Some(k))));
    }
    // The file's own folder, not any folder above it: `/tmp/verbs/x/data/
    // actors/agents.txt` holds actors.
    let in_verbs = p.rsplit('/').nth(1) == Some("verbs");
    // PETRARCH's names end `.actors.txt`, `.agents.txt`…; a `.verbs.txt`
    // is Dateline's unless its text says otherwise (`detect_format_of`).
    if let Some(k) = PetrKind::from_name(&name)
        && !(k == PetrKind::Verbs && (name.ends_with(".verbs.txt") || in_verbs))
    {
        return Some(DictFormat::Peer(PeerFormat::Petrarch(Some(k))));
    }
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
    } else if starts("cities") {
        DictFormat::Actors(ActorFormat::Cities)
    } else if starts("gazetteer") {
        DictFormat::Actors(ActorFormat::Gazetteer)
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
    /// Peer (TABARI) dictionaries, compiled for the linear coder.
    pub linear: Option<LinearDict>,
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
        let mut linear: Option<LinearDict> = None;
        let codes = CodeTable::builtin();
        let formats: Vec<Option<DictFormat>> = files
            .iter()
            .map(|(path, text)| detect_format_of(path, text))
            .collect();
        // One convention set per run: the dialect of the first verbs file,
        // else of the first peer file.
        let peer = |f: &Option<DictFormat>| match f {
            Some(DictFormat::Peer(p)) => Some(*p),
            _ => None,
        };
        let is_verbs = |p: PeerFormat, text: &str| match p {
            PeerFormat::Petrarch(k) => {
                k.unwrap_or_else(|| PetrKind::sniff(text)) == PetrKind::Verbs
            }
            PeerFormat::Tabari(k) => {
                k.unwrap_or_else(|| TabariKind::sniff(text)) == TabariKind::Verbs
            }
        };
        let peers: Vec<(PeerFormat, &str)> = formats
            .iter()
            .zip(files)
            .filter_map(|(f, (_, t))| peer(f).map(|p| (p, t.as_str())))
            .collect();
        let petrarch = peers
            .iter()
            .find(|(p, t)| is_verbs(*p, t))
            .or(peers.first())
            .is_some_and(|(p, _)| p.is_petrarch());
        if peers.iter().any(|(p, _)| p.is_petrarch() != petrarch) {
            warnings.push(format!(
                "both TABARI and PETRARCH dictionaries are given: coding follows {}'s conventions, and the other dialect's verb files are not read",
                if petrarch { "PETRARCH" } else { "TABARI" }
            ));
        }
        for ((path, text), format) in files.iter().zip(&formats) {
            match *format {
                Some(DictFormat::Peer(PeerFormat::Tabari(kind))) => {
                    let name = explicit_peer(path).map_or(path.as_str(), |(_, p)| p);
                    let kind = kind.unwrap_or_else(|| TabariKind::sniff(text));
                    if petrarch && kind == TabariKind::Verbs {
                        warnings.push(format!(
                            "{name}: a TABARI verbs file in a PETRARCH run; not read"
                        ));
                        continue;
                    }
                    let d = linear.get_or_insert_with(|| new_linear(petrarch));
                    crate::linear::tabari::read(d, kind, text, name, &mut warnings);
                }
                Some(DictFormat::Peer(PeerFormat::Petrarch(kind))) => {
                    let name = explicit_peer(path).map_or(path.as_str(), |(_, p)| p);
                    let kind = kind.unwrap_or_else(|| PetrKind::sniff(text));
                    if !petrarch && kind == PetrKind::Verbs {
                        warnings.push(format!(
                            "{name}: a PETRARCH verbs file in a TABARI run; not read"
                        ));
                        continue;
                    }
                    let d = linear.get_or_insert_with(|| new_linear(petrarch));
                    crate::linear::petrarch::read(d, kind, text, name, &mut warnings);
                }
                Some(DictFormat::Lexicon) => lexicon.load_categories(text, path, &mut warnings),
                Some(DictFormat::Actors(f)) => {
                    actors.load(&mut lexicon, f, text, path, &mut warnings)
                }
                Some(DictFormat::Verbs) => verb_src.parse(text, path, &mut warnings),
                Some(DictFormat::CodeTable) => {}
                None => warnings.push(format!("{path}: unrecognised dictionary file, skipped")),
            }
        }
        actors.add_former_people(&mut lexicon);
        verb_src.compile(
            &mut lexicon,
            &mut verbs,
            &|c| codes.contains(c),
            &mut warnings,
        );
        lexicon.finish();
        let own = !actors.entries.is_empty() || !verbs.blocks.is_empty();
        if own && linear.as_ref().is_some_and(|l| !l.verbs.is_empty()) {
            warnings.push(
                "peer (TABARI or PETRARCH) dictionaries are loaded: coding follows their linear conventions with the peer dictionaries only, and Dateline's own dictionaries are not used for coding (--no-builtin-dicts leaves them out)"
                    .into(),
            );
        }
        Dictionaries {
            lexicon,
            actors,
            verbs,
            codes,
            warnings,
            files: files.iter().map(|(p, _)| p.clone()).collect(),
            linear,
        }
    }

    /// The coding conventions these dictionaries call for: the linear ones
    /// as soon as peer dictionaries with verbs are loaded (whether or not
    /// Dateline's own are loaded too; see the warning `from_files` gives).
    pub fn conventions(&self) -> Conventions {
        if self.linear.as_ref().is_some_and(|l| !l.verbs.is_empty()) {
            Conventions::Linear
        } else {
            Conventions::Dateline
        }
    }

    /// Counts for `--verbose` and the benchmark.
    pub fn stats(&self) -> DictStats {
        let (peer_roots, peer_verbs, peer_patterns) =
            self.linear.as_ref().map_or((0, 0, 0), LinearDict::stats);
        DictStats {
            files: self.files.len(),
            words: self.lexicon.len(),
            actor_phrases: self.actors.entries.len(),
            verb_blocks: self.verbs.blocks.len() + peer_verbs,
            patterns: self
                .verbs
                .blocks
                .iter()
                .map(|b| b.patterns.len())
                .sum::<usize>()
                + peer_patterns,
            peer_roots,
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
    /// Phrases of peer dictionaries (actors, agents, verbs, nouns, …).
    pub peer_roots: usize,
    pub warnings: usize,
}

/// A linear dictionary for the chosen conventions.
fn new_linear(petrarch: bool) -> LinearDict {
    if petrarch {
        LinearDict::new_petrarch()
    } else {
        LinearDict::new()
    }
}

fn collect(path: &Path, out: &mut Vec<(String, String)>) -> Result<(), DictError> {
    let name = path.display().to_string();
    if let Some((peer, rest)) = explicit_peer(&name) {
        let text = read_latin1(Path::new(rest), &name)?;
        if peer == PeerFormat::Tabari(Some(TabariKind::Project)) {
            return collect_project(Path::new(rest), &text, out);
        }
        if peer == PeerFormat::Petrarch(Some(PetrKind::Config)) {
            let rest = PathBuf::from(rest);
            return collect_config(&rest, name, text, out);
        }
        out.push((name, text));
        return Ok(());
    }
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
    match detect_format(&name) {
        None => return Err(DictError::UnknownFormat { path: name }),
        Some(DictFormat::Peer(PeerFormat::Tabari(Some(TabariKind::Project)))) => {
            let text = read_latin1(path, &name)?;
            return collect_project(path, &text, out);
        }
        Some(DictFormat::Peer(PeerFormat::Petrarch(Some(PetrKind::Config)))) => {
            let text = read_latin1(path, &name)?;
            return collect_config(path, name, text, out);
        }
        Some(DictFormat::Peer(_)) => {
            let text = read_latin1(path, &name)?;
            out.push((name, text));
            return Ok(());
        }
        Some(_) => {}
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

/// Reads a peer dictionary: TABARI-era files are Latin-1 when they are not
/// UTF-8, so bytes are kept as characters rather than replaced.
fn read_latin1(path: &Path, name: &str) -> Result<String, DictError> {
    let bytes = std::fs::read(path).map_err(|source| DictError::Read {
        path: name.to_string(),
        source,
    })?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

/// The files a TABARI `.project` names, in its order (the order decides
/// ties between phrases matching equally long).
fn collect_project(
    path: &Path,
    text: &str,
    out: &mut Vec<(String, String)>,
) -> Result<(), DictError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    for (file, kind) in crate::linear::tabari::project_files(text, dir) {
        let name = file.display().to_string();
        let text = read_latin1(&file, &name)?;
        // The project's tag tells the kind, whatever the file's name.
        let name = if TabariKind::from_name(&name) == Some(kind) {
            name
        } else {
            format!("tabari:{name}")
        };
        out.push((name, text));
    }
    Ok(())
}

/// A `PETR_config.ini`: the dictionaries its `[Dictionaries]` section
/// names (relative to it), then the file itself for its `[Options]`.
fn collect_config(
    path: &Path,
    name: String,
    text: String,
    out: &mut Vec<(String, String)>,
) -> Result<(), DictError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    for (file, kind) in crate::linear::petrarch::config_files(&text, dir) {
        let fname = file.display().to_string();
        let ftext = read_latin1(&file, &fname)?;
        // The config's key tells the kind, whatever the file's name.
        let fname = if PetrKind::from_name(&fname) == Some(kind)
            && detect_format_of(&fname, &ftext)
                .is_some_and(|f| matches!(f, DictFormat::Peer(p) if p.is_petrarch()))
        {
            fname
        } else {
            format!("petrarch:{fname}")
        };
        out.push((fname, ftext));
    }
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
        assert_eq!(
            detect_format("verbs/04-consult.txt"),
            Some(DictFormat::Verbs)
        );
        assert_eq!(detect_format("mine.verbs.txt"), Some(DictFormat::Verbs));
        // Only the file's own folder counts: a folder named `verbs` higher
        // up once made every actor file below it a verb file.
        assert_eq!(
            detect_format("/tmp/verbs/copy/data/actors/agents.txt"),
            Some(DictFormat::Actors(ActorFormat::Agents))
        );
        assert_eq!(
            detect_format("data/actors/gazetteer.txt"),
            Some(DictFormat::Actors(ActorFormat::Gazetteer))
        );
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
