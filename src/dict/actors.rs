//! Actor dictionaries: countries, regions, organisations, agent nouns and
//! people, parsed from Dateline's formats (see `docs/dictionaries.md`) and
//! compiled into one phrase trie.
//!
//! Takes dictionary text; gives [`ActorDict`], which the `actor` stage
//! matches sentences against.
//!
//! Invariants: every entry in the trie has a non-empty phrase; an agent
//! entry's roles are whole three-letter codes; a dated entry applies only
//! inside its dates.

use rustc_hash::FxHashMap;

use crate::model::{Date, Span};
use crate::sentence::tokenize_into;

use super::lexed::Lexed;
use super::lexicon::{Lexicon, WordId, normalize, strip_comment};
use super::trie::PhraseTrie;

/// What an actor phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorKind {
    /// A country's name: "Niger".
    Country,
    /// A country's adjective or demonym: "Nigerien".
    Adjective,
    /// A capital used for its country: "Moscow"; so is a city or province
    /// of `cities.txt` ("Kharkiv", "Darfur") or of `gazetteer.txt`
    /// ("Almaty", "Manchester").
    Capital,
    /// A seat of government used for the government: "the Kremlin".
    Seat,
    /// A region or bloc: "Africa", "the West".
    Region,
    /// A region's adjective: "African", "Western".
    RegionAdjective,
    /// An organisation or armed group: "United Nations".
    Organization,
    /// An agent noun: "government", "defence minister".
    Agent,
    /// A named person: "Vladimir Putin".
    Person,
    /// A place whose name contains an actor's name but is no actor ("the
    /// South China Sea", "the Sea of Japan"): matched so that its words
    /// are not read as the actor.
    Place,
}

/// One dictionary entry.
#[derive(Clone, Debug)]
pub struct ActorEntry {
    pub kind: ActorKind,
    /// The actor code (country, region, organisation, person); empty for
    /// agents.
    pub code: Box<str>,
    /// Role codes an agent noun adds ("GOVMIL"); empty for a noun that
    /// stands for the country itself ("capital").
    pub roles: Box<str>,
    /// Inclusive date bounds, when the code is time-limited.
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Where the entry was defined (`file:line`), for explanations.
    pub origin: Box<str>,
    /// Written as a capitalised acronym ("UN", "AU", "US"): matches text
    /// in capitals only, not the word it spells ("Kim Jong Un", "Us").
    pub acronym: bool,
    /// Written in lower case ("contras"): a name that wire copy spells as
    /// a common noun, matched whatever its case.
    pub lower: bool,
    /// Added for a name after its last term ([`ActorDict::add_former_people`]):
    /// a text without a date never matches it.
    pub after_term: bool,
    /// A city of the generated gazetteer (`gazetteer.txt`), not chosen by
    /// hand: the actor stage reads it only as a name standing on its own.
    pub gazetteer: bool,
}

impl ActorEntry {
    pub fn valid_on(&self, date: Option<Date>) -> bool {
        match date {
            None => !self.after_term,
            Some(d) => self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t),
        }
    }
}

/// Country facts beyond names.
#[derive(Clone, Debug, Default)]
pub struct CountryInfo {
    pub iso2: Box<str>,
    pub fips: Box<str>,
    pub name: Box<str>,
    pub groups: Vec<Box<str>>,
}

/// The compiled actor dictionaries.
#[derive(Default)]
pub struct ActorDict {
    pub trie: PhraseTrie<u32>,
    pub entries: Vec<ActorEntry>,
    pub countries: FxHashMap<Box<str>, CountryInfo>,
    /// Region codes that are defined (for group resolution).
    pub regions: FxHashMap<Box<str>, Box<str>>,
    /// The first and last word of each person's name, to the entries whose
    /// name begins or ends with it: "Mr Moon" (Moon Jae-in), "Mr Johnson"
    /// (Boris Johnson). The actor stage uses it only after an honorific or
    /// a title, and only when the word names one code on the date.
    pub surnames: FxHashMap<WordId, Vec<u32>>,
    /// Each full name of people.txt (two words or more) with its entries,
    /// for [`ActorDict::add_former_people`].
    person_names: FxHashMap<Vec<WordId>, (String, Vec<u32>)>,
}

/// Which of Dateline's actor formats a file is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorFormat {
    Countries,
    Regions,
    Organizations,
    Agents,
    People,
    Places,
    Cities,
    /// `gazetteer.txt`: cities as `cities.txt` has them, generated from
    /// GeoNames by `scripts/build_cities.py`.
    Gazetteer,
}

impl ActorDict {
    fn add(&mut self, lex: &mut Lexicon, phrase: &str, entry: ActorEntry) {
        // (The gazetteer's towns named like common words, "Split" or
        // "Mobile", would capitalise those words in one-case sentences.)
        let words: Vec<WordId> = if entry.gazetteer {
            Lexed::intern_phrase(lex, phrase)
        } else {
            Lexed::intern_phrase_cased(lex, phrase)
        };
        if words.is_empty() {
            return;
        }
        let id = self.entries.len() as u32;
        let acronym = words.len() == 1
            && phrase.chars().count() >= 2
            && phrase.chars().all(|c| c.is_ascii_uppercase());
        let lower = phrase
            .strip_prefix("the ")
            .unwrap_or(phrase)
            .starts_with(|c: char| c.is_lowercase());
        self.entries.push(ActorEntry {
            acronym,
            lower,
            ..entry
        });
        self.trie.insert(&words, id);
    }

    /// Parses one file in `format`; malformed lines become warnings.
    pub fn load(
        &mut self,
        lex: &mut Lexicon,
        format: ActorFormat,
        text: &str,
        file: &str,
        warnings: &mut Vec<String>,
    ) {
        for (n, raw) in text.lines().enumerate() {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let origin: Box<str> = format!("{file}:{}", n + 1).into();
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let result = match format {
                ActorFormat::Countries => self.load_country(lex, &fields, &origin),
                ActorFormat::Regions => self.load_region(lex, &fields, &origin),
                ActorFormat::Organizations => self.load_org(lex, &fields, &origin),
                ActorFormat::Agents => self.load_agent(lex, &fields, &origin),
                ActorFormat::People => self.load_person(lex, &fields, &origin),
                ActorFormat::Cities => self.load_city(lex, &fields, &origin, false),
                ActorFormat::Gazetteer => self.load_city(lex, &fields, &origin, true),
                ActorFormat::Places => {
                    for name in list(fields[0]) {
                        self.add(lex, name, Self::entry(ActorKind::Place, "", "", &origin));
                    }
                    Ok(())
                }
            };
            if let Err(msg) = result {
                warnings.push(format!("{origin}: {msg}"));
            }
        }
    }

    fn entry(kind: ActorKind, code: &str, roles: &str, origin: &str) -> ActorEntry {
        ActorEntry {
            kind,
            code: code.into(),
            roles: roles.into(),
            from: None,
            to: None,
            origin: origin.into(),
            acronym: false,
            lower: false,
            after_term: false,
            gazetteer: false,
        }
    }

    /// Adds one list item, with the dates it may carry ("Moscow
    /// [..1991-12-25]"), as an entry of `kind` for `code`.
    fn add_dated(
        &mut self,
        lex: &mut Lexicon,
        item: &str,
        kind: ActorKind,
        code: &str,
        roles: &str,
        origin: &str,
    ) -> Result<(), String> {
        self.add_dated_entry(lex, item, Self::entry(kind, code, roles, origin))
    }

    /// Adds one list item as `entry`, with the dates the item may carry.
    fn add_dated_entry(
        &mut self,
        lex: &mut Lexicon,
        item: &str,
        mut entry: ActorEntry,
    ) -> Result<(), String> {
        let (phrase, from, to) = dated_item(item)?;
        entry.from = from;
        entry.to = to;
        self.add(lex, phrase, entry);
        Ok(())
    }

    fn load_country(&mut self, lex: &mut Lexicon, f: &[&str], origin: &str) -> Result<(), String> {
        if f.len() != 8 {
            return Err(format!(
                "expected 8 fields (CODE | ISO2 | FIPS | names | adjectives | capitals | seats | groups), found {}",
                f.len()
            ));
        }
        let code = f[0];
        check_code(code)?;
        let names = list(f[3]);
        if names.is_empty() {
            return Err(format!("country {code} has no name"));
        }
        // Any item may carry the dates it names this country between:
        // "Moscow [..1991-12-25]" under the Soviet Union, "Moscow
        // [1991-12-26..]" under Russia.
        let mut add = |item: &str, kind: ActorKind, roles: &str| {
            self.add_dated(lex, item, kind, code, roles, origin)
        };
        for name in &names {
            add(name, ActorKind::Country, "")?;
        }
        for adj in list(f[4]) {
            add(adj, ActorKind::Adjective, "")?;
        }
        for cap in list(f[5]) {
            add(cap, ActorKind::Capital, "")?;
        }
        for seat in list(f[6]) {
            add(seat, ActorKind::Seat, "GOV")?;
        }
        let name = dated_item(names[0])?.0;
        self.countries.insert(
            code.into(),
            CountryInfo {
                iso2: f[1].into(),
                fips: f[2].into(),
                name: name.into(),
                groups: f[7].split_whitespace().map(Into::into).collect(),
            },
        );
        Ok(())
    }

    /// `CODE | names`: places of a state that stand for it, as its capital.
    fn load_city(
        &mut self,
        lex: &mut Lexicon,
        f: &[&str],
        origin: &str,
        gazetteer: bool,
    ) -> Result<(), String> {
        if f.len() != 2 {
            return Err(format!(
                "expected 2 fields (CODE | names), found {}",
                f.len()
            ));
        }
        let code = f[0];
        check_code(code)?;
        if code.len() != 3 {
            return Err(format!("{code} is no country code"));
        }
        for item in list(f[1]) {
            let entry = ActorEntry {
                gazetteer,
                ..Self::entry(ActorKind::Capital, code, "", origin)
            };
            self.add_dated_entry(lex, item, entry)?;
        }
        Ok(())
    }

    fn load_region(&mut self, lex: &mut Lexicon, f: &[&str], origin: &str) -> Result<(), String> {
        if f.len() != 3 {
            return Err(format!(
                "expected 3 fields (CODE | names | adjectives), found {}",
                f.len()
            ));
        }
        let code = f[0];
        check_code(code)?;
        let names = list(f[1]);
        for name in &names {
            self.add(lex, name, Self::entry(ActorKind::Region, code, "", origin));
        }
        for adj in list(f[2]) {
            self.add(
                lex,
                adj,
                Self::entry(ActorKind::RegionAdjective, code, "", origin),
            );
        }
        self.regions
            .insert(code.into(), names.first().copied().unwrap_or(code).into());
        Ok(())
    }

    fn load_org(&mut self, lex: &mut Lexicon, f: &[&str], origin: &str) -> Result<(), String> {
        if f.len() != 3 && f.len() != 2 {
            return Err(format!(
                "expected 3 fields (CODE | names | adjectives), found {}",
                f.len()
            ));
        }
        let code = f[0];
        check_code(code)?;
        // Names may carry dates, as in countries.txt: "Taliban
        // [2021-08-15..]" is a government, before that an armed movement.
        let mut add =
            |item: &str| self.add_dated(lex, item, ActorKind::Organization, code, "", origin);
        let names = list(f[1]);
        for name in &names {
            add(name)?;
        }
        if let Some(adjs) = f.get(2) {
            // An abbreviation often serves as both name and adjective ("the
            // EU", "EU ministers"): store it once.
            for adj in list(adjs).into_iter().filter(|a| !names.contains(a)) {
                add(adj)?;
            }
        }
        Ok(())
    }

    fn load_agent(&mut self, lex: &mut Lexicon, f: &[&str], origin: &str) -> Result<(), String> {
        if f.len() != 3 && f.len() != 2 {
            return Err(format!(
                "expected 3 fields (noun | ROLES | plurals), found {}",
                f.len()
            ));
        }
        let noun = f[0];
        if noun.is_empty() {
            return Err("empty agent noun".into());
        }
        let mut roles = String::new();
        for r in f[1].split_whitespace() {
            if r.len() != 3 || !r.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!("role {r:?} is not a three-letter code"));
            }
            roles.push_str(r);
        }
        self.add(lex, noun, Self::entry(ActorKind::Agent, "", &roles, origin));
        let plurals = f.get(2).copied().unwrap_or("");
        if plurals == "-" {
            return Ok(());
        }
        let given = list(plurals);
        if given.is_empty() {
            let p = plural(noun);
            self.add(lex, &p, Self::entry(ActorKind::Agent, "", &roles, origin));
        } else {
            for p in given {
                self.add(lex, p, Self::entry(ActorKind::Agent, "", &roles, origin));
            }
        }
        Ok(())
    }

    fn load_person(&mut self, lex: &mut Lexicon, f: &[&str], origin: &str) -> Result<(), String> {
        if f.len() < 2 || f.len() > 4 {
            return Err(format!(
                "expected 4 fields (name | CODE | from | to), found {}",
                f.len()
            ));
        }
        let code = f[1];
        check_code(code)?;
        let date = |s: Option<&&str>| -> Result<Option<Date>, String> {
            match s.map(|s| s.trim()).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => Date::parse_iso(s)
                    .map(Some)
                    .ok_or_else(|| format!("{s:?} is not an ISO date")),
            }
        };
        let from = date(f.get(2))?;
        let to = date(f.get(3))?;
        if let (Some(a), Some(b)) = (from, to)
            && a > b
        {
            return Err(format!("term ends ({b}) before it starts ({a})"));
        }
        let mut e = Self::entry(ActorKind::Person, code, "", origin);
        e.from = from;
        e.to = to;
        let id = self.entries.len() as u32;
        self.add(lex, f[0], e);
        if self.entries.len() as u32 > id {
            // Keyed by the words as matched: "Thaçi" and "Thaci" are one name.
            let key = Lexed::intern_phrase(lex, f[0]);
            self.person_names
                .entry(key)
                .or_insert_with(|| (f[0].to_string(), Vec::new()))
                .1
                .push(id);
        }
        // Family names come first in "Moon Jae-in" and "Xi Jinping" and
        // last in "Boris Johnson"; a piece after a hyphen ("Jae-in") or a
        // particle ("al") is no family name.
        let mut toks = Vec::new();
        tokenize_into(f[0], Span::new(0, f[0].len()), &mut toks);
        let words: Vec<&str> = toks.iter().map(|t| &f[0][t.span.range()]).collect();
        if words.len() >= 2 && self.entries.len() as u32 > id {
            let last = words.len() - 1;
            for k in [0, last] {
                let w = words[k];
                let after_hyphen = k > 0 && words[k - 1] == "-";
                if w.chars().count() >= 2
                    && w.chars().all(char::is_alphabetic)
                    && w.starts_with(char::is_uppercase)
                    && !after_hyphen
                {
                    let wid = lex.intern(&normalize(w));
                    let ids = self.surnames.entry(wid).or_default();
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        Ok(())
    }

    /// After a state's office-holder leaves office for good, the full name
    /// still names someone of that state: "Mexico granted asylum to Evo
    /// Morales" the day after his resignation is MEX → BOLELI. For each
    /// full name whose terms have all ended, this adds an open entry of
    /// the state's elite (`ELI`) from the day after the last term. Names
    /// of one word (surnames alone) are left out: another bearer may come.
    /// Between two terms every name of the person, a surname too, is the
    /// state's elite ("Trump" in 2023).
    /// Entries are appended after every dictionary entry, so an undated
    /// text still matches a name's own terms first.
    pub fn add_former_people(&mut self, lex: &mut Lexicon) {
        // In file order, so that the entries added are the same each run.
        let mut names: Vec<(String, Vec<u32>)> = std::mem::take(&mut self.person_names)
            .into_values()
            .collect();
        names.sort_unstable_by_key(|(_, ids)| ids[0]);
        for (name, ids) in &names {
            // "Donald Trump" in 2023, "Lula" in 2015: between two terms the
            // full name is a former office-holder of the state too (issue
            // 4, grids a and ac).
            let mut dated: Vec<&ActorEntry> = ids
                .iter()
                .map(|&i| &self.entries[i as usize])
                .filter(|e| e.from.is_some())
                .collect();
            dated.sort_unstable_by_key(|e| e.from);
            let mut gaps = Vec::new();
            let mut covered: Option<(Date, &ActorEntry)> = None;
            for e in &dated {
                if let Some((end, prev)) = covered
                    && let (Some(first), Some(last)) = (
                        crate::time::add_days(end, 1),
                        e.from.and_then(|f| crate::time::add_days(f, -1)),
                    )
                    && first <= last
                    // (One state's terms on both sides: a surname two
                    // people of two states share bridges nothing.)
                    && prev.code.get(..3) == e.code.get(..3)
                {
                    gaps.push((first, last, prev.code.to_string(), prev.origin.to_string()));
                }
                match e.to {
                    None => break,
                    Some(t) if covered.is_none_or(|(end, _)| t > end) => covered = Some((t, e)),
                    Some(_) => {}
                }
            }
            for (first, last, code, origin) in gaps {
                let state = code.get(..3).unwrap_or("");
                if code.ends_with("ELI") || !self.is_country(state) {
                    continue;
                }
                let mut e = Self::entry(
                    ActorKind::Person,
                    &format!("{state}ELI"),
                    "",
                    &format!("{origin} (between terms)"),
                );
                e.from = Some(first);
                e.to = Some(last);
                e.after_term = true;
                self.add(lex, name, e);
            }
            // (A surname alone names nobody after the last term: another
            // bearer may come. Between two terms it is still the one.)
            if name.split_whitespace().count() < 2 {
                continue;
            }
            let terms: Vec<&ActorEntry> = ids.iter().map(|&i| &self.entries[i as usize]).collect();
            if terms.iter().any(|e| e.to.is_none()) {
                continue;
            }
            let Some(last) = terms.iter().filter(|e| e.to.is_some()).max_by_key(|e| e.to) else {
                continue;
            };
            let state = last.code.get(..3).unwrap_or("");
            if last.code.ends_with("ELI") || !self.is_country(state) {
                continue;
            }
            let Some(from) = last.to.and_then(|t| crate::time::add_days(t, 1)) else {
                continue;
            };
            let mut e = Self::entry(
                ActorKind::Person,
                &format!("{state}ELI"),
                "",
                &format!("{} (after the last term)", last.origin),
            );
            e.from = Some(from);
            e.after_term = true;
            self.add(lex, name, e);
        }
    }

    /// Whether `code` is a country with `group` among its groups.
    pub fn in_group(&self, code: &str, group: &str) -> bool {
        self.countries
            .get(code)
            .is_some_and(|c| c.groups.iter().any(|g| &**g == group))
    }

    pub fn is_country(&self, code: &str) -> bool {
        self.countries.contains_key(code)
    }
}

fn list(field: &str) -> Vec<&str> {
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// An item of a country's lists with its optional dates: `Moscow
/// [..1991-12-25]` → ("Moscow", None, 1991-12-25).
fn dated_item(item: &str) -> Result<(&str, Option<Date>, Option<Date>), String> {
    let Some(open) = item.find('[') else {
        return Ok((item, None, None));
    };
    let inner = item[open + 1..]
        .strip_suffix(']')
        .ok_or_else(|| format!("{item:?}: a date range is written [FROM..TO]"))?;
    let (a, b) = inner
        .split_once("..")
        .ok_or_else(|| format!("{item:?}: a date range is written [FROM..TO]"))?;
    let date = |s: &str| -> Result<Option<Date>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        Date::parse_iso(s)
            .map(Some)
            .ok_or_else(|| format!("{item:?}: {s:?} is not an ISO date"))
    };
    let (from, to) = (date(a)?, date(b)?);
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("{item:?}: the range ends before it starts"));
    }
    Ok((item[..open].trim(), from, to))
}

fn check_code(code: &str) -> Result<(), String> {
    if code.len() < 3
        || !code.len().is_multiple_of(3)
        || !code.bytes().all(|b| b.is_ascii_uppercase())
    {
        return Err(format!(
            "code {code:?} is not a CAMEO actor code (upper-case letters in groups of three)"
        ));
    }
    Ok(())
}

/// The regular English plural of a noun phrase (its last word inflects).
pub fn plural(noun: &str) -> String {
    let (head, last) = match noun.rfind(' ') {
        Some(i) => (&noun[..=i], &noun[i + 1..]),
        None => ("", noun),
    };
    let l = normalize(last);
    let p = if l.ends_with("man") && !l.ends_with("human") {
        format!("{}men", &last[..last.len() - 3])
    } else if l.ends_with('s')
        || l.ends_with('x')
        || l.ends_with('z')
        || l.ends_with("ch")
        || l.ends_with("sh")
    {
        format!("{last}es")
    } else if l.ends_with('y') && !l.ends_with("ay") && !l.ends_with("ey") && !l.ends_with("oy") {
        format!("{}ies", &last[..last.len() - 1])
    } else {
        format!("{last}s")
    };
    format!("{head}{p}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural("minister"), "ministers");
        assert_eq!(plural("army"), "armies");
        assert_eq!(plural("policeman"), "policemen");
        assert_eq!(plural("prime minister"), "prime ministers");
        assert_eq!(plural("attorney"), "attorneys");
        assert_eq!(plural("coalition force"), "coalition forces");
        assert_eq!(plural("church"), "churches");
    }

    #[test]
    fn dated_items() {
        let d = |s: &str| Date::parse_iso(s).unwrap();
        assert_eq!(dated_item("Moscow").unwrap(), ("Moscow", None, None));
        assert_eq!(
            dated_item("Moscow [..1991-12-25]").unwrap(),
            ("Moscow", None, Some(d("1991-12-25")))
        );
        assert_eq!(
            dated_item("the Kremlin [1991-12-26..]").unwrap(),
            ("the Kremlin", Some(d("1991-12-26")), None)
        );
        assert!(dated_item("Moscow [1991]").is_err());
        assert!(dated_item("Moscow [1992-01-01..1991-01-01]").is_err());
        assert!(dated_item("Moscow [..1991-13-40]").is_err());
    }

    #[test]
    fn loads_and_reports_bad_lines() {
        let mut lex = Lexicon::default();
        let mut d = ActorDict::default();
        let mut w = Vec::new();
        d.load(
            &mut lex,
            ActorFormat::Countries,
            "NER | NE | NG | Niger | Nigerien; Nigeriens | Niamey | | AFR WAF\nXX | bad\n",
            "countries.txt",
            &mut w,
        );
        d.load(
            &mut lex,
            ActorFormat::People,
            "A B | NERGOV | 2024-01-01 | 2023-01-01\n",
            "people.txt",
            &mut w,
        );
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].starts_with("countries.txt:2: expected 8 fields"));
        assert!(w[1].contains("ends"));
        assert!(d.in_group("NER", "WAF"));
        let l = Lexed::of(&lex, "Nigeriens");
        let (end, ids) = d.trie.longest_at(&l, 0, l.len()).unwrap();
        assert_eq!(end, 1);
        assert_eq!(d.entries[ids[0] as usize].kind, ActorKind::Adjective);
    }
}
