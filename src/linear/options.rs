//! Coding options of the linear conventions: TABARI's `.options` commands
//! (`COMPLEX:`, `SET:`, `DEFAULT:`, `FORWARD:`, `COMMA:`, …), which a
//! `.options` file sets at load time and a validation record's
//! `{ OPTION: … }` changes from that record on.
//!
//! Takes one command line; gives the changed [`Options`]. Commands are read
//! the way TABARI reads them: the command by its first letter(s), the
//! arguments by substring, so word order and spacing do not matter.
//!
//! PETRARCH's settings (`require_dyad`, `new_actor_length`, `comma_*`)
//! are `name = value` lines, as `PETR_config.ini` and the unit-test
//! records' `<Config>` elements write them; [`Options::apply`] tells the
//! two syntaxes apart by the colon TABARI commands always have. PETRARCH
//! keeps its own comma limits ([`Options::petr_comma`]) because its
//! defaults differ from TABARI's.
//!
//! Invariants: an unknown or malformed command changes nothing and is
//! reported as an error string; output-only commands (`OUTPUT:`, `LABEL:`,
//! `NONEVENTS:`, `SET: LABEL`…, PETRARCH's `write_*`, `code_by_sentence`…)
//! are accepted and ignored.

/// How many verbs code (TABARI's `SET: CODE BY …`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeBy {
    /// A clause stops at its first non-subordinate event.
    #[default]
    Clause,
    /// The record stops at its first non-subordinate event.
    Sentence,
    /// Every verb codes.
    All,
}

/// The complexity filter: a numeric limit marks the record complex when the
/// count reaches it (0 = off).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Complexity {
    pub verbs: u32,
    pub actors: u32,
    pub pronouns: u32,
    pub conj: u32,
    pub commas: u32,
    pub late_verb: u32,
    /// `NOACTPRIOR`: no actor before the first coded verb.
    pub no_actor_prior: bool,
    /// `ACTAFTER`: no actor after the first coded verb.
    pub no_actor_after: bool,
    pub no_source: bool,
    pub no_verb: bool,
    pub no_target: bool,
    pub no_event: bool,
}

/// Word-count limits of the comma-delimited clauses that are deleted:
/// internal (`min..=max`), terminal (`emin..=emax`), initial
/// (`bmin..=bmax`). An empty range switches that kind off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommaLimits {
    pub min: usize,
    pub max: usize,
    pub emin: usize,
    pub emax: usize,
    pub bmin: usize,
    pub bmax: usize,
}

impl Default for CommaLimits {
    fn default() -> Self {
        CommaLimits {
            min: 2,
            max: 10,
            emin: 2,
            emax: 10,
            bmin: 255,
            bmax: 0,
        }
    }
}

impl CommaLimits {
    /// PETRARCH's defaults: internal and terminal clauses of 2 to 8 words
    /// are deleted, initial ones are kept.
    pub fn petrarch() -> CommaLimits {
        CommaLimits {
            min: 2,
            max: 8,
            emin: 2,
            emax: 8,
            bmin: 0,
            bmax: 0,
        }
    }
}

/// Where story and sentence numbers stand in a record's ID line
/// (`FORWARD: ^^*****NNN*SSS`), as byte ranges of the line after its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForwardMask {
    pub story: Option<(usize, usize)>,
    pub sentence: Option<(usize, usize)>,
}

/// All settings that change how a record is coded.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub complex: Complexity,
    pub code_by: CodeBy,
    pub time_shift: bool,
    pub convert_agents: bool,
    /// Records with fewer words are not coded.
    pub min_words: usize,
    /// Record dates have four-digit years (read by the record reader).
    pub yyyy: bool,
    pub default_source: Option<String>,
    pub default_target: Option<String>,
    /// `DEFAULT: … PRIOR`: a source after the verb gives way to the default.
    pub default_prior: bool,
    /// `DEFAULT: … AFTER`: no target after the verb gives the default.
    pub default_after: bool,
    /// Pronoun forwarding between consecutive sentences of a story.
    pub forward: Option<ForwardMask>,
    pub comma: CommaLimits,
    /// PETRARCH: drop events whose source or target is the null code.
    pub require_dyad: bool,
    /// PETRARCH: a null noun phrase of at most this many words codes as
    /// its own text in quotes (0 = off).
    pub new_actor_length: usize,
    /// PETRARCH's comma-clause limits (`comma_min` … `comma_emax`).
    pub petr_comma: CommaLimits,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            complex: Complexity::default(),
            code_by: CodeBy::Clause,
            time_shift: false,
            convert_agents: false,
            min_words: 8,
            yyyy: false,
            default_source: None,
            default_target: None,
            default_prior: false,
            default_after: false,
            forward: None,
            comma: CommaLimits::default(),
            require_dyad: true,
            new_actor_length: 0,
            petr_comma: CommaLimits::petrarch(),
        }
    }
}

/// The first integer after `key` in `s`, if `key` occurs and a digit follows.
fn int_after(s: &str, key: &str) -> Option<usize> {
    let at = s.find(key)? + key.len();
    let rest = &s[at..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    let digits: String = rest[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// TABARI's boolean: the first `T` or `F` after `=`; true without either.
fn boolean(s: &str) -> Result<bool, String> {
    let Some(eq) = s.find('=') else {
        return Err("missing '=' in the command".into());
    };
    for c in s[eq..].chars() {
        match c {
            'T' => return Ok(true),
            'F' => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// The code in the first `[...]` after `key`.
fn bracket_after(s: &str, key: &str) -> Result<Option<String>, String> {
    let Some(at) = s.find(key) else {
        return Ok(None);
    };
    let rest = &s[at..];
    let open = rest
        .find('[')
        .ok_or_else(|| format!("{key}: missing '['"))?;
    let close = rest[open..]
        .find(']')
        .ok_or_else(|| format!("{key}: missing ']'"))?;
    let code = rest[open + 1..open + close].trim();
    if code.is_empty() {
        return Err(format!("{key}: no code between [...]"));
    }
    Ok(Some(code.to_string()))
}

impl Options {
    /// Applies one command: TABARI's (`COMPLEX: VERBS[5] …`, `SET: CODE
    /// ALL`, …) or PETRARCH's `name = value`.
    pub fn apply(&mut self, line: &str) -> Result<(), String> {
        let line = line.trim();
        let Some(colon) = line.find(':') else {
            return match line.split_once('=') {
                Some((name, value)) => self.apply_petrarch(name, value),
                None => Err("no ':' in the command".into()),
            };
        };
        let command = line[..colon].to_ascii_uppercase();
        let args = line[colon + 1..].trim().to_ascii_uppercase();
        let c = command.as_bytes();
        match c.first() {
            Some(b'C') if c.get(3) == Some(&b'M') => self.comma_cmd(&args),
            Some(b'C') if c.get(3) == Some(&b'P') => {
                self.complex_cmd(&args);
                Ok(())
            }
            Some(b'D') => self.default_cmd(&args),
            Some(b'F') => {
                self.forward_cmd(&args);
                Ok(())
            }
            Some(b'S') => self.set_cmd(&args),
            Some(b'L' | b'N' | b'O') => Ok(()),
            _ => Err(format!("unrecognised command {:?}", &line[..colon])),
        }
    }

    /// Applies one PETRARCH setting (`require_dyad`, `new_actor_length`,
    /// `comma_min` … `comma_emax`; names are case-insensitive, booleans
    /// `true`/`false` in any case). Settings that only shape PETRARCH's
    /// output or input are accepted and ignored.
    pub fn apply_petrarch(&mut self, name: &str, value: &str) -> Result<(), String> {
        let name = name.trim().to_ascii_lowercase();
        let value = value.trim();
        let number = || -> Result<usize, String> {
            value
                .parse::<usize>()
                .map_err(|_| format!("{name}: {value:?} is not a whole number"))
        };
        let c = &mut self.petr_comma;
        match name.as_str() {
            "require_dyad" => {
                self.require_dyad = match value.to_ascii_lowercase().as_str() {
                    "true" | "t" | "1" | "yes" => true,
                    "false" | "f" | "0" | "no" => false,
                    _ => return Err(format!("require_dyad: {value:?} is not true or false")),
                }
            }
            "new_actor_length" => self.new_actor_length = number()?,
            "comma_min" => c.min = number()?,
            "comma_max" => c.max = number()?,
            "comma_bmin" => c.bmin = number()?,
            "comma_bmax" => c.bmax = number()?,
            "comma_emin" => c.emin = number()?,
            "comma_emax" => c.emax = number()?,
            "code_by_sentence" | "write_actor_root" | "write_actor_text" | "write_event_text"
            | "null_verbs" | "null_actors" | "stop_on_error" | "textfile_list"
            | "eventfile_name" | "pause_by_sentence" | "pause_by_story" => {}
            _ => return Err(format!("unrecognised PETRARCH option {name:?}")),
        }
        Ok(())
    }

    fn complex_cmd(&mut self, args: &str) {
        // A leading VERBS must not be found inside NOVERBS or LATEVERBS,
        // hence TABARI's search for " VERBS" or an initial one.
        let verbs = if let Some(rest) = args.strip_prefix('V') {
            int_after(&format!("X{rest}"), "XERBS")
        } else {
            int_after(args, " VERBS")
        };
        let n = |k: &str| int_after(args, k).unwrap_or(0) as u32;
        self.complex = Complexity {
            verbs: verbs.unwrap_or(0) as u32,
            actors: n("ACTORS"),
            pronouns: n("PRONOUNS"),
            conj: n("CONJ"),
            commas: n("COMMA"),
            late_verb: n("LATEVERB"),
            no_actor_prior: args.contains("ACTPRIOR"),
            no_actor_after: args.contains("ACTAFTER"),
            no_source: args.contains("NOSOURCE"),
            no_verb: args.contains("NOVERB"),
            no_target: args.contains("NOTARGET"),
            no_event: args.contains("NOEVENT"),
        };
    }

    fn default_cmd(&mut self, args: &str) -> Result<(), String> {
        if args.contains("OFF") {
            self.default_source = None;
            self.default_target = None;
            self.default_prior = false;
            self.default_after = false;
        }
        if let Some(code) = bracket_after(args, "SOURCE")? {
            self.default_source = Some(code);
            if args.contains("PRIOR") {
                self.default_prior = true;
            }
        }
        if let Some(code) = bracket_after(args, "TARGET")? {
            self.default_target = Some(code);
            if args.contains("AFTER") {
                self.default_after = true;
            }
        }
        Ok(())
    }

    fn forward_cmd(&mut self, args: &str) {
        if !args.contains('S') || args.contains("OFF") {
            self.forward = None;
            return;
        }
        let mask = args.split_whitespace().next().unwrap_or("");
        let run = |c: char| {
            let start = mask.find(c)?;
            let len = mask[start..].chars().take_while(|&x| x == c).count();
            Some((start, start + len))
        };
        self.forward = Some(ForwardMask {
            story: run('N'),
            sentence: run('S'),
        });
    }

    fn comma_cmd(&mut self, args: &str) -> Result<(), String> {
        if args.contains("OFF") {
            self.comma = CommaLimits {
                min: usize::MAX,
                max: 0,
                emin: usize::MAX,
                emax: 0,
                bmin: usize::MAX,
                bmax: 0,
            };
            return Ok(());
        }
        // `MIN` must not be read inside `EMIN`/`BMIN`, hence the blank;
        // the arguments start right after the colon, so add one.
        let padded = format!(" {args}");
        let c = &mut self.comma;
        let set = |v: &mut usize, key: &str| {
            if let Some(n) = int_after(&padded, key) {
                *v = n;
            }
        };
        set(&mut c.min, " MIN");
        set(&mut c.max, " MAX");
        set(&mut c.bmin, "BMIN");
        set(&mut c.bmax, "BMAX");
        set(&mut c.emin, "EMIN");
        set(&mut c.emax, "EMAX");
        Ok(())
    }

    fn set_cmd(&mut self, args: &str) -> Result<(), String> {
        if args.contains("CODE") {
            self.code_by = if args.contains("SEN") {
                CodeBy::Sentence
            } else if args.contains("ALL") {
                CodeBy::All
            } else {
                CodeBy::Clause
            };
        } else if args.contains("HAIKU") {
        } else if args.contains("YYYY") {
            self.yyyy = boolean(args)?;
        } else if args.contains("TIME") {
            self.time_shift = boolean(args)?;
        } else if args.contains("LABEL")
            || args.contains("MATCH")
            || args.contains("FBIS")
            || args.contains("DUP ")
            || args.contains("SKIP ")
            || args.contains("USAGE")
        {
            // Output, interface and input-mode switches: no effect on events.
        } else if args.contains("CONV") {
            self.convert_agents = boolean(args)?;
        } else if args.contains("MINIM") {
            self.min_words = int_after(args, "MINIM").ok_or("MINIMUM WORDS: no number")?;
        } else {
            return Err(format!("unrecognised SET: command {args:?}"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_replaces_all_limits() {
        let mut o = Options::default();
        o.apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN")
            .unwrap();
        assert_eq!((o.complex.verbs, o.complex.conj), (5, 4));
        assert!(o.complex.no_actor_prior && !o.complex.no_verb);
        o.apply("complex: CONJ[3]  VERBS[6]").unwrap();
        assert_eq!((o.complex.verbs, o.complex.conj), (6, 3));
        assert!(!o.complex.no_actor_prior);
    }

    #[test]
    fn set_commands() {
        let mut o = Options::default();
        o.apply("SET: CODE BY SENTENCE").unwrap();
        assert_eq!(o.code_by, CodeBy::Sentence);
        o.apply("SET: CODE ALL").unwrap();
        assert_eq!(o.code_by, CodeBy::All);
        o.apply("SET: CODE BY CLAUSE").unwrap();
        assert_eq!(o.code_by, CodeBy::Clause);
        o.apply("SET: TIME SHIFT = TRUE").unwrap();
        assert!(o.time_shift);
        o.apply("SET: CONVERT AGENT = FALSE").unwrap();
        assert!(!o.convert_agents);
        o.apply("SET: MINIMUM WORDS = 4  ").unwrap();
        assert_eq!(o.min_words, 4);
        o.apply("SET: LABEL = TRUE").unwrap();
        assert!(o.apply("SET: WHATEVER = T").is_err());
        assert!(o.apply("no colon").is_err());
    }

    #[test]
    fn defaults_only_set_until_off() {
        let mut o = Options::default();
        o.apply("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER")
            .unwrap();
        assert_eq!(o.default_source.as_deref(), Some("DEFSRC"));
        assert!(o.default_prior && o.default_after);
        o.apply("DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]").unwrap();
        assert!(o.default_prior, "a command only sets flags");
        o.apply("DEFAULT: OFF").unwrap();
        assert!(o.default_source.is_none() && !o.default_prior);
        assert!(o.apply("DEFAULT: SOURCE [ ]").is_err());
    }

    #[test]
    fn forward_and_comma() {
        let mut o = Options::default();
        o.apply("FORWARD: ^^*****NNN*SSS").unwrap();
        let f = o.forward.clone().unwrap();
        assert_eq!((f.story, f.sentence), (Some((7, 10)), Some((11, 14))));
        o.apply("FORWARD: ^^*****NNN*SSS OFF").unwrap();
        assert!(o.forward.is_none());
        o.apply("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8")
            .unwrap();
        assert_eq!(
            o.comma,
            CommaLimits {
                min: 4,
                max: 6,
                emin: 3,
                emax: 6,
                bmin: 3,
                bmax: 8
            }
        );
        o.apply("COMMA: EMAX = 7").unwrap();
        assert_eq!((o.comma.min, o.comma.emax), (4, 7));
        o.apply("COMMA: OFF").unwrap();
        assert_eq!(o.comma.max, 0);
    }

    #[test]
    fn petrarch_settings() {
        let mut o = Options::default();
        assert!(o.require_dyad);
        assert_eq!(o.petr_comma, CommaLimits::petrarch());
        o.apply("require_dyad = FALSE").unwrap();
        assert!(!o.require_dyad);
        o.apply(" Require_Dyad=True ").unwrap();
        assert!(o.require_dyad);
        o.apply("new_actor_length = 4").unwrap();
        assert_eq!(o.new_actor_length, 4);
        o.apply("comma_bmax = 6").unwrap();
        o.apply("comma_emin = 3").unwrap();
        assert_eq!((o.petr_comma.bmax, o.petr_comma.emin), (6, 3));
        assert_eq!(o.comma, CommaLimits::default(), "TABARI's limits stay");
        o.apply("write_event_text = True").unwrap();
        assert!(o.apply("require_dyad = perhaps").is_err());
        assert!(o.apply("comma_max = many").is_err());
        assert!(o.apply("frobnicate = 1").is_err());
    }
}
