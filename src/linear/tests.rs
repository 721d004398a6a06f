//! End-to-end tests of the linear coder on a small invented world: each
//! test states the TABARI rule it exercises (`docs/peers/tabari.md`).

use super::roots::{Parse, WType};
use super::tabari::{TabariKind, read};
use super::*;

const ACTORS: &str = "\
<NOUN>
CARAVANS
TALKS_
</NOUN>
<ADJECTIVE>
GRIM
BOLD
</ADJECTIVE>
VELMORA  [VEL]
ESKARA_  [ESK] ; exact, with noun endings
DURNIA  [DUR]
PELLAR  [PEL]
QUORIN  [QUO]
TORVAL=  [TOR]
RED  [RDD]
RED_HARBOR  [RHB]
IRON COAST  [ICO]
SILVER_LEAGUE  [SLV/LEA]
OLD_KING  [--- <900101] [OKG]
ROGUE_STATE  [###]
STORMFRONT  [+++]
TWIN_A  [TWA]
TWIN A  [TWB]
CROWN_COUNCIL_  [VELGOV]
MARENTH
+MARENTHI_CITY
\t[MRN <950101]
\t[MRNGOV 950101-991231]
\t[MRNNEW]
";

const AGENTS: &str = "\
ENVOY_  [~GOV]
MARINES_  [~MIL]
AID_WORKERS_  [NGO~]
GOVERNMENT_  [~GOV]
";

const VERBS: &str = "\
<SYNSETS>
&GOODS
+GRAIN
+SALT_FISH
&REFUSAL
+WON'T
+DID_NOT
</SYNSETS>
<TIME>
LAST_NIGHT  [-1]
SOME_DAY  [+++]
CURSED_DAY  [###]
</TIME>
PRAIS  [041]
- * BOLDLY  [042]
- NEVER_*  [043]
- &REFUSAL *  [044]
SHIP_  [070]
{ SHIPPED_ SHIPPING_ }
- * &GOODS  [071]
- * { SPICES | SILK_ROBES } TO +  [072]
- + * FROM $  [073]
RAID=  [190]
WARN  [160]
- * AT ^ +  [161]
HOST  [---]
- % * TALKS  [030:030]
ARRIVE  [032:033]
COMPLAIN  [111?]
SUMMIT  [031!]
BLOCKADE  [+++]
WORLD_GAMES  [###]
";

fn dict() -> LinearDict {
    let mut d = LinearDict::new();
    let mut w = Vec::new();
    read(&mut d, TabariKind::Actors, ACTORS, "w.actors", &mut w);
    read(&mut d, TabariKind::Agents, AGENTS, "w.agents", &mut w);
    read(&mut d, TabariKind::Verbs, VERBS, "w.verbs", &mut w);
    assert!(w.is_empty(), "{w:#?}");
    d
}

/// A state that codes records of any length (the default minimum is 8).
fn state(d: &LinearDict) -> State {
    let mut s = State::new(d);
    s.options.min_words = 1;
    s.options.time_shift = false;
    s
}

pub(super) fn run(d: &LinearDict, s: &mut State, text: &str, date: &str) -> Record {
    let input = Input {
        text,
        date: Date::parse_iso(date),
        sequence: Sequence::Continues(false),
        trace: true,
    };
    d.code_record(&input, s)
}

/// The events as sorted `SRC>TGT CODE` strings.
pub(super) fn events(rec: &Record) -> Vec<String> {
    let mut v: Vec<String> = rec
        .events
        .iter()
        .map(|e| format!("{}>{} {}", e.source, e.target, e.code))
        .collect();
    v.sort();
    v
}

fn code(d: &LinearDict, text: &str) -> Vec<String> {
    events(&run(d, &mut state(d), text, "1996-01-01"))
}

fn code_with(d: &LinearDict, opts: &[&str], text: &str) -> Vec<String> {
    let mut s = state(d);
    for o in opts {
        s.apply_option(o).unwrap();
    }
    events(&run(d, &mut s, text, "1996-01-01"))
}

fn types(d: &LinearDict, text: &str) -> Vec<WType> {
    let f = words::filter(text);
    let opts = Options::default();
    let p = Parse::new(d, &f, &opts, Date::parse_iso("1996-01-01"), None, false);
    (0..p.n).map(|i| p.wt(i)).collect()
}

#[test]
fn stems_exact_words_endings_and_equal_sign() {
    let d = dict();
    // A stem matches longer words; a `_` word takes the noun endings only.
    assert_eq!(
        code(&d, "Velmoran envoys praised Pellar"),
        ["VELGOV>PEL 041"]
    );
    assert_eq!(
        code(&d, "Eskara's envoy praised Pellar boldly"),
        ["ESKGOV>PEL 042"]
    );
    assert!(code(&d, "Eskaran envoys praised Pellar").is_empty());
    // `=` allows no ending at all.
    assert_eq!(code(&d, "Torval praised Pellar"), ["TOR>PEL 041"]);
    assert!(code(&d, "Torvals praised Pellar").is_empty());
    // Verb endings on `_` verbs; `=` verbs take none; forms share patterns.
    assert_eq!(code(&d, "Velmora ships grain to Pellar"), ["VEL>PEL 071"]);
    assert_eq!(
        code(&d, "Velmora shipping salt fish to Pellar"),
        ["VEL>PEL 071"]
    );
    assert!(code(&d, "Velmora shipment grain to Pellar").is_empty());
    assert_eq!(code(&d, "Velmora raid Pellar"), ["VEL>PEL 190"]);
    assert!(code(&d, "Velmora raids Pellar").is_empty());
    // -D after a final E.
    assert_eq!(
        code(&d, "Velmora arrived in Pellar"),
        ["PEL>VEL 033", "VEL>PEL 032"]
    );
}

#[test]
fn gaps_and_longest_match() {
    let d = dict();
    // A blank between phrase words allows a gap, but not across a comma.
    assert_eq!(
        code(&d, "Iron mining Coast praised Pellar"),
        ["ICO>PEL 041"]
    );
    assert!(code(&d, "Iron, Coast praised Pellar").is_empty());
    // The root matching the most characters wins; ties go to the first.
    assert_eq!(code(&d, "Red Harbor praised Pellar"), ["RHB>PEL 041"]);
    assert_eq!(code(&d, "Red praised Pellar"), ["RDD>PEL 041"]);
    assert_eq!(code(&d, "Twin A praised Pellar"), ["TWA>PEL 041"]);
}

#[test]
fn nouns_by_determiner_capital_and_null_code() {
    let d = dict();
    let t = types(&d, "Velmora praised a raid on Pellar");
    assert_eq!(t[1], WType::Verb);
    assert_eq!(t[3], WType::Noun);
    let t = types(&d, "Velmora saw Raid groups near Pellar");
    assert_eq!(t[2], WType::Noun, "a capital mid-sentence");
    let t = types(&d, "Raid Pellar now");
    assert_eq!(t[0], WType::Verb, "the first capital is no noun");
    // A null-coded actor is a noun: Old King before 1990.
    let mut s = state(&d);
    assert!(events(&run(&d, &mut s, "Old King praised Pellar", "1989-01-01")).is_empty());
    assert_eq!(
        events(&run(&d, &mut s, "Old King praised Pellar", "1995-01-01")),
        ["OKG>PEL 041"]
    );
}

#[test]
fn compounds() {
    let d = dict();
    assert_eq!(
        code(&d, "Velmora and Durnia praised Pellar"),
        ["DUR>PEL 041", "VEL>PEL 041"]
    );
    assert_eq!(
        code(&d, "Pellar praised Velmora, Durnia and Quorin"),
        ["PEL>DUR 041", "PEL>QUO 041", "PEL>VEL 041"]
    );
    // Adjectives of the <ADJECTIVE> list do not break a compound.
    assert_eq!(
        code(&d, "Grim Velmora and bold Durnia praised Pellar"),
        ["DUR>PEL 041", "VEL>PEL 041"]
    );
    // A coded compound [SLV/LEA] expands.
    assert_eq!(
        code(&d, "Silver League praised Pellar"),
        ["LEA>PEL 041", "SLV>PEL 041"]
    );
}

#[test]
fn comma_clauses() {
    let d = dict();
    // The clause between the commas (3 words) is deleted with its verb.
    assert!(code(&d, "Pellar, which Velmora praised, rests quietly").is_empty());
    assert_eq!(
        code_with(
            &d,
            &["COMMA: OFF"],
            "Pellar, which Velmora praised, rests quietly"
        ),
        ["PEL>VEL 041"]
    );
    // A terminal clause is deleted too.
    assert_eq!(
        code(&d, "Velmora praised Pellar, Quorin said today"),
        ["VEL>PEL 041"]
    );
}

#[test]
fn conjunction_clauses_and_source_carry_over() {
    let d = dict();
    assert_eq!(
        code(&d, "Velmora praised Pellar but Durnia raid Quorin"),
        ["DUR>QUO 190", "VEL>PEL 041"]
    );
    assert_eq!(
        code(&d, "Velmora praised Pellar but then raid Quorin"),
        ["VEL>PEL 041", "VEL>QUO 190"]
    );
}

#[test]
fn pronouns() {
    let d = dict();
    assert_eq!(
        code(&d, "Velmora praised Pellar but it raid Quorin"),
        ["VEL>PEL 041", "VEL>QUO 190"]
    );
    assert_eq!(
        code(&d, "Velmora and Durnia praised Pellar but they raid Quorin"),
        ["DUR>PEL 041", "DUR>QUO 190", "VEL>PEL 041", "VEL>QUO 190"]
    );
}

#[test]
fn pattern_slots_alternatives_synsets_and_adjacency() {
    let d = dict();
    // `+ * FROM $`: roles from the pattern, no passive swap.
    assert_eq!(
        code(&d, "Pellar was shipped spices from Velmora"),
        ["VEL>PEL 073"]
    );
    // `{ SPICES | SILK_ROBES } TO +`: the second option, the target from +.
    assert_eq!(
        code(&d, "Velmora shipped silk robes to Pellar"),
        ["VEL>PEL 072"]
    );
    // `%`: the compound is source and target; a pair codes both ways.
    assert_eq!(
        code(&d, "Velmora and Durnia host talks in Quorin"),
        ["DUR>VEL 030", "VEL>DUR 030"]
    );
    // `^` passes over an actor.
    assert_eq!(
        code(&d, "Velmora warned at Durnia about Pellar"),
        ["VEL>PEL 161"]
    );
    assert_eq!(
        code(&d, "Velmora warned Durnia about Pellar"),
        ["VEL>DUR 160"]
    );
    // `NEVER_*` needs NEVER right before the verb.
    assert_eq!(code(&d, "Velmora never praised Pellar"), ["VEL>PEL 043"]);
    assert_eq!(
        code(&d, "Velmora never really praised Pellar"),
        ["VEL>PEL 041"]
    );
    // A synset before the verb is recognised by a member's first word.
    assert_eq!(code(&d, "Velmora won't praise Pellar"), ["VEL>PEL 044"]);
    assert_eq!(code(&d, "Velmora did not praise Pellar"), ["VEL>PEL 044"]);
}

#[test]
fn special_codes_and_precedence() {
    let d = dict();
    let mut s = state(&d);
    // `---`: the verb codes nothing.
    assert!(code(&d, "Velmora hosted Pellar").is_empty());
    // `###` on an actor or a verb phrase discards the record.
    let r = run(&d, &mut s, "Rogue State praised Pellar", "1996-01-01");
    assert_eq!(r.outcome, Outcome::Discarded);
    let r = run(
        &d,
        &mut s,
        "Velmora praised Pellar at the World Games",
        "1996-01-01",
    );
    assert_eq!(r.outcome, Outcome::Discarded);
    // `+++` on an actor or an event code makes it complex.
    let r = run(&d, &mut s, "Stormfront praised Pellar", "1996-01-01");
    assert_eq!(r.outcome, Outcome::Complex);
    let r = run(&d, &mut s, "Velmora blockade Pellar", "1996-01-01");
    assert_eq!(r.outcome, Outcome::Complex);
    // `?` is kept only when nothing else codes.
    assert_eq!(code(&d, "Velmora complained about Pellar"), ["VEL>PEL 111"]);
    assert_eq!(
        code(
            &d,
            "Velmora complained about Pellar but later praised Quorin"
        ),
        ["VEL>QUO 041"]
    );
    // `!` drops everything else.
    assert_eq!(
        code(&d, "Velmora praised Pellar but Durnia summit Quorin"),
        ["DUR>QUO 031"]
    );
}

#[test]
fn passive_voice() {
    let d = dict();
    assert_eq!(code(&d, "Pellar was shipped by Velmora"), ["VEL>PEL 070"]);
    assert_eq!(code(&d, "Pellar shipped by Velmora"), ["PEL>VEL 070"]);
}

#[test]
fn defaults() {
    let d = dict();
    let opts = ["DEFAULT: SOURCE [DFS] PRIOR TARGET [DFT] AFTER"];
    assert_eq!(
        code_with(&d, &opts, "praised Pellar warmly"),
        ["DFS>PEL 041"]
    );
    assert_eq!(
        code_with(&d, &opts, "Velmora praised warmly yesterday morning"),
        ["VEL>DFT 041"]
    );
}

#[test]
fn code_by_clause_sentence_all() {
    let d = dict();
    let text = "Velmora praised Pellar and arrived in Quorin";
    assert_eq!(
        code(&d, text),
        ["QUO>VEL 033", "VEL>PEL 041", "VEL>QUO 032"]
    );
    assert_eq!(
        code_with(&d, &["SET: CODE BY SENTENCE"], text),
        ["VEL>PEL 041"]
    );
    let one = "Velmora praised Pellar to raid Quorin";
    assert_eq!(code(&d, one), ["VEL>PEL 041"]);
    assert_eq!(
        code_with(&d, &["SET: CODE ALL"], one),
        ["VEL>PEL 041", "VEL>QUO 190"]
    );
}

#[test]
fn dated_codes_synonyms_and_time_shift() {
    let d = dict();
    let mut s = state(&d);
    let at = |s: &mut State, date: &str| events(&run(&d, s, "Marenthi City praised Pellar", date));
    assert_eq!(at(&mut s, "1994-06-01"), ["MRN>PEL 041"]);
    assert_eq!(at(&mut s, "1996-06-01"), ["MRNGOV>PEL 041"]);
    assert_eq!(at(&mut s, "2001-01-01"), ["MRNNEW>PEL 041"]);
    s.options.time_shift = true;
    let r = run(
        &d,
        &mut s,
        "Last night Velmora praised Pellar",
        "1996-03-01",
    );
    assert_eq!(r.date, Date::parse_iso("1996-02-29"));
    let r = run(
        &d,
        &mut s,
        "Some day Velmora will praise Pellar",
        "1996-03-01",
    );
    assert_eq!(r.outcome, Outcome::Complex);
    // A discard time phrase discards whether time shifting is on or not.
    s.options.time_shift = false;
    let r = run(
        &d,
        &mut s,
        "On the cursed day Velmora praised Pellar",
        "1996-03-01",
    );
    assert_eq!(r.outcome, Outcome::Discarded);
}

#[test]
fn agents_before_and_after_former_and_redundancy() {
    let d = dict();
    assert_eq!(
        code(&d, "Aid workers in Velmora praised Pellar"),
        ["NGOVEL>PEL 041"]
    );
    assert_eq!(
        code(&d, "Former envoys of Velmora praised Pellar"),
        ["VELELI>PEL 041"]
    );
    assert_eq!(
        code(&d, "Crown Council government praised Pellar"),
        ["VELGOV>PEL 041"]
    );
    // A lone agent is no actor unless CONVERT AGENT is set.
    assert!(code(&d, "Marines praised the caravans warmly").is_empty());
    assert_eq!(
        code_with(&d, &["SET: CONVERT AGENT = TRUE"], "Marines praised Pellar"),
        ["~MIL>PEL 041"]
    );
}

#[test]
fn minimum_words_and_complexity() {
    let d = dict();
    let mut s = State::new(&d);
    let r = run(&d, &mut s, "Velmora praised Pellar", "1996-01-01");
    assert_eq!(r.outcome, Outcome::TooShort);
    s.apply_option("COMPLEX: NOACTPRIOR").unwrap();
    let r = run(
        &d,
        &mut s,
        "Praised by all the caravans in the hall, Pellar smiled today",
        "1996-01-01",
    );
    assert_eq!(r.outcome, Outcome::Complex);
    s.apply_option("COMPLEX: VERBS[2]").unwrap();
    let r = run(
        &d,
        &mut s,
        "Velmora praised Pellar and arrived in Quorin on a fine day",
        "1996-01-01",
    );
    assert_eq!(r.outcome, Outcome::Complex);
}

#[test]
fn forwarding_between_sentences_of_a_story() {
    let d = dict();
    let mut s = state(&d);
    s.apply_option("FORWARD: ^^*****NNN*SSS").unwrap();
    let rec = |s: &mut State, id: &str, text: &str| {
        let input = Input {
            text,
            date: Date::parse_iso("1996-01-01"),
            sequence: Sequence::IdLine(id),
            trace: false,
        };
        events(&d.code_record(&input, s))
    };
    rec(&mut s, "  NEWS-001-001", "Velmora praised Pellar warmly");
    assert_eq!(
        rec(&mut s, "  NEWS-001-002", "It praised Quorin warmly"),
        ["VEL>QUO 041"]
    );
    // Another story, or a gap in the numbering, forwards nothing.
    rec(&mut s, "  NEWS-002-001", "Velmora praised Pellar warmly");
    assert!(rec(&mut s, "  NEWS-002-003", "It praised Quorin warmly").is_empty());
}

#[test]
fn explain_trace_and_evidence() {
    let d = dict();
    let mut s = state(&d);
    let text = "Velmoran envoys, it seems, praised Pellar";
    let r = run(&d, &mut s, text, "1996-01-01");
    assert!(
        r.trace
            .iter()
            .any(|t| t.starts_with("words: VELMORAN<actor VELMORA>"))
    );
    assert!(r.trace.iter().any(|t| t == "deleted: , IT SEEMS ,"));
    assert!(r.trace.iter().any(|t| t.contains("source VELGOV")));
    assert_eq!(r.actors.len(), 2);
    let ev = to_events(&r, &crate::cameo::CodeTable::builtin(), "d", 0, text, 0);
    assert_eq!(ev[0].source.text, "Velmoran");
    assert_eq!(ev[0].target.text, "Pellar");
    assert_eq!(ev[0].verb_text, "praised");
    assert_eq!(ev[0].quad_class, Some(1));
    assert!(ev[0].goldstein.is_some());
    assert!(ev[0].rule.starts_with("w.verbs:"));
}

#[test]
fn malformed_lines_warn_with_file_and_line() {
    let mut d = LinearDict::new();
    let mut w = Vec::new();
    read(
        &mut d,
        TabariKind::Verbs,
        "GOOD [010]\n- GOOD WORDS [011]\nBAD [ ]\n- NO VERB HERE [012]\n- * &NOSUCH [013]\nGOOD [020]\n",
        "x.verbs",
        &mut w,
    );
    assert_eq!(w.len(), 5, "{w:#?}");
    assert!(w[0].starts_with("x.verbs:2: no '*'"));
    assert!(w[1].starts_with("x.verbs:3: no code"));
    assert!(w[3].starts_with("x.verbs:5: undeclared synset &NOSUCH"));
    assert!(w[4].starts_with("x.verbs:6: GOOD is already defined (x.verbs:1)"));
    assert_eq!(d.verbs.len(), 1);
    read(
        &mut d,
        TabariKind::Actors,
        "OK [OKK]\nDATED [991201-010114]\nHELPER [~X]\n",
        "y.actors",
        &mut w,
    );
    assert!(
        w.iter()
            .any(|x| x.starts_with("y.actors:2: date without a code"))
    );
    read(
        &mut d,
        TabariKind::Agents,
        "HELPER [GOV]\n",
        "z.agents",
        &mut w,
    );
    assert!(
        w.iter()
            .any(|x| x.starts_with("z.agents:1: agent code [GOV] has no '~'"))
    );
    read(
        &mut d,
        TabariKind::Options,
        "SET: NONSENSE = T\n",
        "o.options",
        &mut w,
    );
    assert!(
        w.last()
            .unwrap()
            .starts_with("o.options:1: unrecognised SET")
    );
}

#[test]
fn peer_files_route_to_the_linear_coder() {
    use crate::dict::{Conventions, DictFormat, Dictionaries, PeerFormat, detect_format};
    assert_eq!(
        detect_format("dicts/World.actors"),
        Some(DictFormat::Peer(PeerFormat::Tabari(Some(
            TabariKind::Actors
        ))))
    );
    assert_eq!(
        detect_format("tabari:dicts/world-words.txt"),
        Some(DictFormat::Peer(PeerFormat::Tabari(None)))
    );
    let files = [
        ("w.actors".to_string(), ACTORS.to_string()),
        ("w.agents".to_string(), AGENTS.to_string()),
        ("tabari:w-verbs.txt".to_string(), VERBS.to_string()),
        (
            "w.options".to_string(),
            "SET: MINIMUM WORDS = 3\n".to_string(),
        ),
    ];
    let dicts = Dictionaries::from_files(&files);
    assert!(dicts.warnings.is_empty(), "{:#?}", dicts.warnings);
    assert_eq!(dicts.conventions(), Conventions::Linear);
    let p = crate::pipeline::Pipeline::new(std::sync::Arc::new(dicts));
    // A document: every sentence is a record of its own.
    let ev = p.code_text(
        "Velmora praised Pellar warmly. Durnia raid Quorin at dawn.",
        Date::parse_iso("1996-01-01"),
    );
    let got: Vec<(String, String, String, u32)> = ev
        .iter()
        .map(|e| {
            (
                e.source.code.clone(),
                e.target.code.clone(),
                e.code.clone(),
                e.sentence,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("VEL".into(), "PEL".into(), "041".into(), 0),
            ("DUR".into(), "QUO".into(), "190".into(), 1)
        ]
    );
    let x = p.explain("Velmora praised Pellar warmly", None);
    assert_eq!(x.events.len(), 1);
    assert!(x.steps.iter().any(|s| s.starts_with("verb PRAISED")));
}

#[test]
fn a_validation_suite_runs_with_its_options_timeline() {
    use crate::dict::{DictOptions, Dictionaries};
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    put("w.actors", ACTORS);
    put("w.agents", AGENTS);
    put("w.verbs", VERBS);
    put("w.options", "COMPLEX: VERBS[5]\n");
    put(
        "w.project",
        "A test project\n<actorsfile> w.actors\n<verbsfile> w.verbs\n<optionsfile> w.options\n<agentsfile> w.agents\n<textfile> w.text\n",
    );
    put(
        "w.text",
        "\
960101  T-01
Velmora praised Pellar but then raid Quorin at dawn today.
/* { VEL / PEL / 041 } { VEL / QUO / 190 } */

960101  T-OPT
Setting an option for the next records of this little suite.
/* { OPTION: SET: CODE BY SENTENCE } */

960101  T-02
Velmora praised Pellar but then raid Quorin at dawn today.
/* { VEL / PEL / 041 } */

960101  T-03
Velmora praised Pellar warmly in the hall at dawn.
/* {---} */
",
    );
    let suite = crate::validate::load_tabari(&dir.path().join("w.project")).unwrap();
    assert_eq!(suite.records.len(), 4);
    let mut paths = suite.dictionaries.clone();
    paths.extend(suite.options.clone());
    let dicts = Dictionaries::load(&DictOptions {
        no_builtin: true,
        paths,
    })
    .unwrap();
    assert!(dicts.warnings.is_empty(), "{:#?}", dicts.warnings);
    let p = crate::pipeline::Pipeline::new(std::sync::Arc::new(dicts));
    let mut st = p.record_state();
    let report = crate::validate::score(&suite, |r| p.code_record(r, &mut st));
    assert_eq!(report.total.records, 3);
    assert_eq!(report.total.exact, 2, "{:#?}", report.mismatches);
    assert_eq!(report.mismatches[0].id, "T-03");
    // `--dict w.project` loads the files the project names.
    let by_project = Dictionaries::load(&DictOptions {
        no_builtin: true,
        paths: vec![dir.path().join("w.project")],
    })
    .unwrap();
    assert_eq!(
        by_project.files.len(),
        5,
        "the English lexicon and the four files"
    );
    assert_eq!(
        by_project.stats().peer_roots,
        p.dictionaries().stats().peer_roots
    );
}

#[test]
fn odd_input_never_panics() {
    let d = dict();
    let mut s = state(&d);
    s.options.min_words = 0;
    for o in [
        "SET: CODE ALL",
        "SET: CONVERT AGENT = TRUE",
        "SET: TIME SHIFT = TRUE",
        "FORWARD: ^^*****NNN*SSS",
    ] {
        s.apply_option(o).unwrap();
    }
    for text in [
        "",
        ",,,",
        "\"",
        "and",
        "it",
        "Velmora",
        "Praised",
        "/* only a comment */",
    ] {
        run(&d, &mut s, text, "1996-01-01");
    }
    // Pseudo-random sentences over the fixture's words and punctuation.
    let vocab = [
        "Velmora",
        "and",
        "Durnia",
        ",",
        "praised",
        "the",
        "raid",
        "it",
        "they",
        "was",
        "by",
        "Pellar",
        "Silver",
        "League",
        "host",
        "talks",
        "but",
        "former",
        "envoys",
        "of",
        "warned",
        "at",
        "won't",
        "{",
        "}",
        "|",
        "Iron",
        "Coast",
        "grain",
        "from",
        "shipped",
        "spices",
        "silk",
        "robes",
        "to",
        "Old",
        "King",
        "last",
        "night",
        "Marines",
        "in",
        "Quorin",
        "summit",
        "complained",
        "never",
        "(",
        ")",
        "\"",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for k in 0..3000 {
        let len = 1 + (k % 23);
        let mut words = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            words.push(vocab[(x % vocab.len() as u64) as usize]);
        }
        let text = words.join(" ");
        let id = format!("  NEWS-{:03}-{:03}", k / 5, k % 5 + 1);
        let input = Input {
            text: &text,
            date: Date::parse_iso("1996-01-01"),
            sequence: Sequence::IdLine(&id),
            trace: k % 2 == 0,
        };
        let r = d.code_record(&input, &mut s);
        for e in &r.events {
            assert!(
                !e.source.is_empty() && !e.target.is_empty(),
                "{text}: {e:?}"
            );
        }
    }
}

#[test]
fn malformed_patterns_are_refused() {
    let mut d = LinearDict::new();
    let mut w = Vec::new();
    read(
        &mut d,
        TabariKind::Verbs,
        "GO [010]\n- * { A | B  [011]\n- } * A [012]\n- * A | B [013]\n- * { A { B } } [014]\n- * { A | B } [015]\n",
        "p.verbs",
        &mut w,
    );
    assert_eq!(w.len(), 4, "{w:#?}");
    assert_eq!(d.verbs[0].patterns.len(), 1);
}
