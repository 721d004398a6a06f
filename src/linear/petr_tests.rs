//! End-to-end tests of the PETRARCH front end on a small invented world:
//! the readers (both verb dialects, dated actors, agent macros and
//! plurals, discards, config, malformed lines) and the conventions of
//! `docs/peers/petrarch.md` §2 (noun phrases, compounds, agents, spans,
//! consumption, slots, passive, comma clauses, `require_dyad`, new
//! actors).

use super::petrarch::{PetrKind, read};
use super::tests::{events, run};
use super::*;

const ACTORS: &str = "\
<!-- an invented world
     for the tests -->
VELMORA [VEL]
+VELMORAN
+SILVER_HARBOR   # its capital
DURNIA  [DUR]
PELLAR [PEL]
QUORIN [QUO]
ESKARA_RIVER_LEAGUE [ESK/RIV]
SENATE_HOUSE [VELGOV]
IRON COAST [ICO]
OLD_KING # dated only
\t[KNG < 950601]
\t[KNGX 19950601 - 19991231]
\t[KNGY >20000101]
BARON_OF_ASH
\t[ASH]
\t[ASHGOV 20050101-20051231]
BOGUS_DATE [BGS 99x01-991231]
\t[BGS]
DURNIA [XXX]
+DURNIAN
";

const AGENTS: &str = "\
!ROLE! = ENVOY, ENVOYS, EMISSARY
CHIEF_!ROLE! [~GOV]
ENVOY [~GOV]
MARINE [~MIL]
AID_WORKER [NGO~]
HARBOUR_POLICE {} [~COP]
GOOSE {GEESE} [~GSE]
OFFICIAL [~GOV]
NO_CODE_HERE
MYSTERY!THING! [~XXX]
";

const VERBS: &str = "\
<!-- invented verbs, PETRARCH-1 dialect -->
&GOODS
+GRAIN
+SALT FISH
&REFUSAL_
+DID N'T
+WILL NOT

--- PRAISE [041] ---
PRAISE
- * BOLDLY [042]
- &REFUSAL * [043]
- NEVER_* [044]
- * { A | B } [049]

--- SHIP [070] ---
SHIP {SHIPS SHIPPED SHIPPING}
- * &GOODS [071]
- + * FROM $ [073]
- * &NOSUCH [079]

--- WARN [160] ---
WARN
- * AT ^ + [161]

--- HOST [---] ---
HOST
- % * TALKS [030:030]

--- ARRIVE [032:033] ---
ARRIVE

--- SEAL [---] ---
+SEAL_OFF {+SEALED_OFF +SEALS_OFF}
- * FOR REPAIRS [191]

--- SAY [023] ---
SAY {SAYS SAID}

--- OPPOSE [112] ---
OPPOSE

--- TRY [---] ---
TRY

--- CELEBRATE [181] ---
CELEBRATE
- * FEAST IN ^ + [045]
- + * FEAST_DAY $ [046]
- * NO CODE
";

const DISCARDS: &str = "\
+STORM SURGE   # the whole story
FOOTBALL
";

fn dict() -> (LinearDict, Vec<String>) {
    let mut d = LinearDict::new_petrarch();
    let mut w = Vec::new();
    read(&mut d, PetrKind::Actors, ACTORS, "w.actors.txt", &mut w);
    read(&mut d, PetrKind::Agents, AGENTS, "w.agents.txt", &mut w);
    read(&mut d, PetrKind::Verbs, VERBS, "w.verbs.txt", &mut w);
    read(
        &mut d,
        PetrKind::Discards,
        DISCARDS,
        "w.discards.txt",
        &mut w,
    );
    (d, w)
}

fn code_on(d: &LinearDict, opts: &[&str], text: &str, date: &str) -> Vec<String> {
    let mut s = State::new(d);
    for o in opts {
        s.apply_option(o).unwrap();
    }
    events(&run(d, &mut s, text, date))
}

fn code(d: &LinearDict, text: &str) -> Vec<String> {
    code_on(d, &[], text, "1996-01-01")
}

#[test]
fn readers_warn_with_file_and_line_and_go_on() {
    let (d, w) = dict();
    let has = |needle: &str| w.iter().any(|x| x.contains(needle));
    assert!(has("w.actors.txt:19: bad date"), "{w:#?}");
    assert!(
        has("w.actors.txt:21: a phrase defined earlier was skipped"),
        "{w:#?}"
    );
    assert!(has("w.agents.txt:9: an agent needs a code"), "{w:#?}");
    assert!(
        has("w.agents.txt:10: undefined substitution marker !THING!"),
        "{w:#?}"
    );
    assert!(has("w.verbs.txt:14: TABARI alternatives"), "{w:#?}");
    assert!(has("w.verbs.txt:20: undefined synset &NOSUCH"), "{w:#?}");
    assert!(has("w.verbs.txt:50: missing [code]"), "{w:#?}");
    assert_eq!(w.len(), 7, "{w:#?}");
    // Loading went on: everything after the bad lines is there.
    assert_eq!(
        code(&d, "Velmora arrived in Pellar"),
        ["PEL>VEL 033", "VEL>PEL 032"]
    );
    // The duplicate's synonym joined the first DURNIA; its code was not read.
    assert_eq!(
        code(&d, "Durnian marines praised Pellar"),
        ["DURMIL>PEL 041"]
    );
}

#[test]
fn dated_codes_are_inclusive_and_the_first_dated_line_wins() {
    let (d, _) = dict();
    let on = |date: &str| code_on(&d, &[], "The Old King praised Pellar", date);
    assert_eq!(
        on("1995-06-01"),
        ["KNG>PEL 041"],
        "both lines hold: the first wins"
    );
    assert_eq!(on("1999-12-31"), ["KNGX>PEL 041"]);
    assert_eq!(on("2001-03-01"), ["KNGY>PEL 041"]);
    let baron = |date: &str| code_on(&d, &[], "The Baron of Ash praised Pellar", date);
    assert_eq!(baron("2005-12-31"), ["ASHGOV>PEL 041"]);
    assert_eq!(
        baron("2006-01-01"),
        ["ASH>PEL 041"],
        "the undated line is the default"
    );
    // With no code for the date (and no default) the actor is null.
    assert!(on("2000-01-01").len() == 1);
    assert!(code_on(&d, &[], "Pellar praised the Old King", "1999-12-31") == ["PEL>KNGX 041"]);
}

#[test]
fn agents_compose_with_macros_plurals_and_the_redundancy_rule() {
    let (d, _) = dict();
    assert_eq!(
        code(&d, "Velmora's chief emissary praised Pellar"),
        ["VELGOV>PEL 041"]
    );
    assert_eq!(
        code(&d, "Velmoran envoys praised Pellar"),
        ["VELGOV>PEL 041"]
    );
    assert_eq!(
        code(&d, "Aid workers in Pellar praised Quorin"),
        ["NGOPEL>QUO 041"]
    );
    assert_eq!(
        code(&d, "Pellar praised the Durnia geese"),
        ["PEL>DURGSE 041"]
    );
    // `{}`: no plural.
    assert_eq!(
        code(&d, "Pellar praised the Durnia harbour polices"),
        ["PEL>DUR 041"]
    );
    // An agent the actor code already holds at a multiple of three stops.
    assert_eq!(
        code(&d, "The Senate House envoy praised Pellar"),
        ["VELGOV>PEL 041"]
    );
    // An agent without an actor is coded, not null.
    assert_eq!(code(&d, "Marines praised Pellar"), ["---MIL>PEL 041"]);
    // The first actor of a phrase wins; words match whole.
    assert_eq!(
        code(&d, "Durnia's Velmora office praised Pellar"),
        ["DUR>PEL 041"]
    );
    assert!(code(&d, "Durniaville praised Pellar").is_empty());
}

#[test]
fn noun_phrases_attachments_and_compounds() {
    let (d, _) = dict();
    // N1 P N2 is one phrase.
    assert_eq!(
        code(&d, "Marines from Durnia praised Pellar"),
        ["DURMIL>PEL 041"]
    );
    // Coordinations multiply and share what lies outside them.
    assert_eq!(
        code(&d, "Envoys and marines in Durnia and Pellar praised Quorin"),
        [
            "DURGOV>QUO 041",
            "DURMIL>QUO 041",
            "PELGOV>QUO 041",
            "PELMIL>QUO 041"
        ]
    );
    // A first conjunct's leading modifiers are copied, unless a
    // determiner opens it.
    assert_eq!(
        code(&d, "Velmoran envoys and marines praised Quorin"),
        ["VELGOV>QUO 041", "VELMIL>QUO 041"]
    );
    assert_eq!(
        code(&d, "The Velmoran envoys and marines praised Quorin"),
        ["---MIL>QUO 041", "VELGOV>QUO 041"]
    );
    // Null conjuncts are dropped; lists with an Oxford comma.
    assert_eq!(
        code(&d, "The cats, dogs, and Durnia praised Pellar"),
        ["DUR>PEL 041"]
    );
    // Coordinated adjectives make no compound.
    assert_eq!(
        code(&d, "Pellar's awful and evil envoy Quorin praised Durnia"),
        ["PELGOV>DUR 041"]
    );
    // A slash code is several actors.
    assert_eq!(
        code(&d, "The Eskara River League praised Pellar"),
        ["ESK>PEL 041", "RIV>PEL 041"]
    );
}

#[test]
fn verbs_forms_nouns_and_consumption() {
    let (d, _) = dict();
    assert_eq!(code(&d, "Durnia shipped grain to Pellar"), ["DUR>PEL 071"]);
    assert_eq!(
        code(&d, "Durnia ships grains to Pellar"),
        ["DUR>PEL 071"],
        "synset plurals"
    );
    assert_eq!(
        code(&d, "Durnia ships salt fish to Pellar"),
        ["DUR>PEL 071"]
    );
    assert_eq!(
        code(&d, "Durnia ships salt dried fish to Pellar"),
        ["DUR>PEL 070"]
    );
    // Listed forms replace the regular ones.
    assert!(code(&d, "Durnia shipsed grain to Pellar").is_empty());
    // After a determiner a verb form is a noun.
    assert!(code(&d, "The praise of Velmora for Pellar was loud").is_empty());
    // A coded verb silences the verbs of its phrase.
    assert_eq!(
        code(&d, "Velmora said Durnia shipped grain to Pellar"),
        ["VEL>DUR 023"]
    );
    // A verb with a null code does not.
    assert_eq!(
        code(&d, "Velmora will try to praise Pellar"),
        ["VEL>PEL 041"]
    );
    // A multi-word verb; its phrase starts after the particle.
    assert_eq!(
        code(&d, "Durnia sealed off the port for repairs near Pellar"),
        ["DUR>PEL 191"]
    );
    // A coordinated verb phrase keeps the first subject.
    assert_eq!(
        code(&d, "Velmora praised Pellar on Monday and opposed Durnia"),
        ["VEL>DUR 112", "VEL>PEL 041"]
    );
}

#[test]
fn patterns_spans_and_slots() {
    let (d, _) = dict();
    assert_eq!(code(&d, "Velmora praised Pellar boldly"), ["VEL>PEL 042"]);
    assert_eq!(code(&d, "Velmora didn't praise Pellar"), ["VEL>PEL 043"]);
    assert_eq!(code(&d, "Velmora never praised Pellar"), ["VEL>PEL 044"]);
    assert_eq!(
        code(&d, "Velmora never really praised Pellar"),
        ["VEL>PEL 041"],
        "`_` needs adjacency"
    );
    assert_eq!(code(&d, "Pellar shipped from Durnia"), ["DUR>PEL 073"]);
    // `^` skips a phrase; only the last pair of a chain joins.
    assert_eq!(
        code(&d, "Quorin warned at the harbour of the envoy of Pellar"),
        ["QUO>PELGOV 161"]
    );
    // `^` after a word inside a phrase skips the rest of it.
    assert_eq!(
        code(&d, "Velmora celebrated the feast in Durnia with Pellar"),
        ["VEL>PEL 045"]
    );
    assert_eq!(
        code(&d, "Velmora celebrated the feast day of Durnia"),
        ["DUR>VEL 046"]
    );
    // `%` before the verb: the compound codes its members toward each other.
    assert_eq!(
        code(&d, "Velmora and Durnia hosted talks"),
        ["DUR>VEL 030", "VEL>DUR 030"]
    );
    assert!(code(&d, "Velmora hosted talks").is_empty());
    // The source is the first coded phrase before the verb, back to a clause comma.
    assert_eq!(
        code(&d, "Velmora, in the harbour, praised Pellar"),
        ["VEL>PEL 041"]
    );
}

#[test]
fn passive_needs_by() {
    let (d, _) = dict();
    assert_eq!(code(&d, "Velmora was opposed by Durnia"), ["DUR>VEL 112"]);
    assert_eq!(
        code(&d, "Velmora was fiercely opposed by Durnia"),
        ["DUR>VEL 112"]
    );
    assert_eq!(
        code(&d, "Velmora was opposed over the plan of Durnia"),
        ["VEL>DUR 112"]
    );
}

#[test]
fn comma_clauses_require_dyad_and_new_actors() {
    let (d, _) = dict();
    let text = "Velmora praised Pellar, an official said on Monday.";
    assert_eq!(
        code(&d, text),
        ["VEL>PEL 041"],
        "the terminal clause is deleted"
    );
    assert_eq!(
        code_on(&d, &["comma_emax = 0"], text, "1996-01-01"),
        ["VEL>PEL 041"],
        "kept, but its null target is dropped"
    );
    assert_eq!(
        code_on(
            &d,
            &["comma_emax = 0", "require_dyad = false"],
            text,
            "1996-01-01"
        ),
        ["---GOV>--- 023", "VEL>PEL 041"]
    );
    // "today" is no phrase: no target.
    let today = "Velmora praised Pellar, an official said today.";
    assert_eq!(
        code_on(
            &d,
            &["comma_emax = 0", "require_dyad = false"],
            today,
            "1996-01-01"
        ),
        ["VEL>PEL 041"]
    );
    // An internal clause goes and its commas with it.
    let inner = "Velmora's envoy, in remarks published late, praised Pellar";
    assert_eq!(code(&d, inner), ["VELGOV>PEL 041"]);
    assert!(code_on(&d, &["comma_max = 0"], inner, "1996-01-01").is_empty());
    // A short terminal clause goes by default; an initial one when asked.
    let initial = "Durnia praised Pellar, Velmora opposed Quorin";
    assert_eq!(code(&d, initial), ["DUR>PEL 041"]);
    let keep_end = ["comma_emax = 0"];
    assert_eq!(
        code_on(&d, &keep_end, initial, "1996-01-01"),
        ["DUR>PEL 041", "VEL>QUO 112"]
    );
    assert_eq!(
        code_on(
            &d,
            &["comma_emax = 0", "comma_bmin = 2", "comma_bmax = 6"],
            initial,
            "1996-01-01"
        ),
        ["VEL>QUO 112"]
    );
    // New actors: a null phrase of at most N words codes as its text.
    let new = "The river council arrived in Pellar";
    assert!(code(&d, new).is_empty());
    assert_eq!(
        code_on(&d, &["new_actor_length = 3"], new, "1996-01-01"),
        [
            "\"THE RIVER COUNCIL\">PEL 032",
            "PEL>\"THE RIVER COUNCIL\" 033"
        ]
    );
    assert!(code_on(&d, &["new_actor_length = 2"], new, "1996-01-01").is_empty());
}

#[test]
fn discards_stop_the_sentence_or_the_story() {
    let (d, _) = dict();
    let mut s = State::new(&d);
    let r = run(
        &d,
        &mut s,
        "Velmora praised Pellar after the football match",
        "1996-01-01",
    );
    assert_eq!((r.outcome, r.discard_story), (Outcome::Discarded, false));
    let r = run(
        &d,
        &mut s,
        "Velmora praised Pellar for its storm surge defences",
        "1996-01-01",
    );
    assert_eq!((r.outcome, r.discard_story), (Outcome::Discarded, true));
    assert!(r.trace.iter().any(|t| t.starts_with("story discard")));
}

const VERBS2: &str = "\
# invented verbs, PETRARCH2 dialect
####### SYNONYM SETS #######
&CARGO
+GRAIN
####### VERB PATTERNS #######
---  SHIP   [---]  ---
SHIP {SHIPS, SHIPPED}
- * {RELIEF GRAIN}                        [072]   # SHIP
- * (TO PORT)                             [074]   # SHIP
- * AID                                   [070]   # SHIP
- * &CARGO                                [071]   # SHIP
- * OIL                                   [:075]  # SHIP
######## TRANSFORMATIONS ##########
~ a (a b SHIP) SAY = a b 070
";

#[test]
fn petrarch2_dialect_heads_and_phrases() {
    let mut d = LinearDict::new_petrarch();
    let mut w = Vec::new();
    read(&mut d, PetrKind::Actors, ACTORS, "w.actors.txt", &mut w);
    w.clear();
    read(&mut d, PetrKind::Verbs, VERBS2, "c.txt", &mut w);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].contains("transformation"));
    let c = |t: &str| code(&d, t);
    assert_eq!(c("Durnia shipped relief grain to Pellar"), ["DUR>PEL 072"]);
    assert!(
        c("Durnia shipped grain relief to Pellar").is_empty(),
        "order and head"
    );
    assert_eq!(c("Durnia shipped aid to Pellar"), ["DUR>PEL 070"]);
    assert!(
        c("Durnia shipped aid trucks to Pellar").is_empty(),
        "`aid` is no head here"
    );
    assert_eq!(
        c("Durnia shipped trucks to the port of Pellar"),
        ["DUR>PEL 074"]
    );
    assert_eq!(
        c("Durnia shipped oil to Pellar"),
        ["PEL>DUR 075"],
        "only the reverse event"
    );
}

#[test]
fn options_come_from_a_config_file_and_records() {
    let mut d = LinearDict::new_petrarch();
    let mut w = Vec::new();
    read(
        &mut d,
        PetrKind::Config,
        "[Dictionaries]\nverbfile_name = x.txt\n[Options]\nrequire_dyad = False\ncomma_emax = 0\nnew_actor_length = four\n",
        "p.ini",
        &mut w,
    );
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].starts_with("p.ini:6:"), "{w:#?}");
    assert!(!d.options.require_dyad);
    assert_eq!(d.options.petr_comma.emax, 0);
    let files = petrarch::config_files(
        "[Dictionaries]\nverbfile_name = V.txt\nactorfile_list = A.txt, B.txt\n",
        std::path::Path::new("/d"),
    );
    assert_eq!(files.len(), 3);
    assert_eq!(
        files[2],
        (std::path::PathBuf::from("/d/B.txt"), PetrKind::Actors)
    );
}

#[test]
fn petrarch_files_route_to_petrarch_conventions() {
    use crate::dict::{
        Conventions, DictFormat, Dictionaries, PeerFormat, detect_format, detect_format_of,
    };
    assert_eq!(
        detect_format("x/World.actors.txt"),
        Some(DictFormat::Peer(PeerFormat::Petrarch(Some(
            PetrKind::Actors
        ))))
    );
    assert_eq!(
        detect_format("petrarch:x/words.txt"),
        Some(DictFormat::Peer(PeerFormat::Petrarch(None)))
    );
    // A `.verbs.txt` is Dateline's unless its text is PETRARCH's.
    assert_eq!(detect_format("w.verbs.txt"), Some(DictFormat::Verbs));
    assert_eq!(
        detect_format_of("w.verbs.txt", VERBS),
        Some(DictFormat::Peer(PeerFormat::Petrarch(Some(
            PetrKind::Verbs
        ))))
    );
    assert_eq!(
        detect_format_of("w.verbs.txt", "verb say | said\n"),
        Some(DictFormat::Verbs)
    );
    let verbs = "--- PRAISE [041] ---\nPRAISE\n--- OPPOSE [112] ---\nOPPOSE\n";
    let files = [
        (
            "w.actors.txt".to_string(),
            "VELMORA [VEL]\nPELLAR [PEL]\n".to_string(),
        ),
        ("w.verbs.txt".to_string(), verbs.to_string()),
        (
            "w.ini".to_string(),
            "[Options]\nrequire_dyad = true\n".to_string(),
        ),
    ];
    let dicts = Dictionaries::from_files(&files);
    assert!(dicts.warnings.is_empty(), "{:#?}", dicts.warnings);
    assert_eq!(dicts.conventions(), Conventions::Linear);
    assert!(dicts.linear.as_ref().is_some_and(|l| l.petrarch.is_some()));
    let p = crate::pipeline::Pipeline::new(std::sync::Arc::new(dicts));
    let ev = p.code_text(
        "Velmora praised Pellar warmly. Pellar opposed Velmora.",
        Date::parse_iso("1996-01-01"),
    );
    let got: Vec<(String, String, String)> = ev
        .iter()
        .map(|e| (e.source.code.clone(), e.target.code.clone(), e.code.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("VEL".into(), "PEL".into(), "041".into()),
            ("PEL".into(), "VEL".into(), "112".into())
        ]
    );
    assert_eq!(ev[0].source.text, "Velmora");
    // Mixing dialects: one convention set, a warning.
    let mixed = [
        ("w.actors.txt".to_string(), "VELMORA [VEL]\n".to_string()),
        ("w.verbs.txt".to_string(), VERBS.to_string()),
        ("t.verbs".to_string(), "PRAIS [041]\n".to_string()),
    ];
    let dicts = Dictionaries::from_files(&mixed);
    assert!(
        dicts
            .warnings
            .iter()
            .any(|w| w.contains("both TABARI and PETRARCH"))
    );
    assert!(
        dicts
            .warnings
            .iter()
            .any(|w| w.contains("t.verbs: a TABARI verbs file"))
    );
}

#[test]
fn a_petrarch_suite_replays_its_config() {
    use crate::dict::{DictOptions, Dictionaries};
    let dir = tempfile::tempdir().unwrap();
    let put = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    put("w.verbs.txt", VERBS);
    put("w.actors.txt", ACTORS);
    put("w.agents.txt", AGENTS);
    put("w.discards.txt", DISCARDS);
    put(
        "records.xml",
        r#"<Validation><Environment>
<Verbfile>w.verbs.txt</Verbfile><Actorfile>w.actors.txt</Actorfile>
<Agentfile>w.agents.txt</Agentfile><Discardfile>w.discards.txt</Discardfile>
</Environment><Sentences>
<Sentence date="19960101" id="T-01" category="A" sentence="true">
<EventCoding sourcecode="VEL" targetcode="PEL" eventcode="041"></EventCoding>
<Text>Velmora praised Pellar, an official said on Monday.</Text></Sentence>
<Config option="require_dyad" value="false"></Config>
<Config option="comma_emax" value="0"></Config>
<Sentence date="19960101" id="T-02" category="A" sentence="true">
<EventCoding sourcecode="VEL" targetcode="PEL" eventcode="041"></EventCoding>
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
<Text>Velmora praised Pellar, an official said on Monday.</Text></Sentence>
<Config option="new_actor_length" value="3"></Config>
<Sentence date="19960101" id="T-03" category="B" sentence="true">
<EventCoding sourcecode='"THE RIVER COUNCIL"' targetcode="PEL" eventcode="032"></EventCoding>
<EventCoding sourcecode="PEL" targetcode='"THE RIVER COUNCIL"' eventcode="033"></EventCoding>
<Text>The river council arrived in Pellar.</Text></Sentence>
<Sentence date="19960101" id="T-04" category="B" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Velmora praised Pellar after the football match.</Text></Sentence>
<Sentence date="19960101" id="T-05" category="B" sentence="true">
<Text>Velmora praised Pellar.</Text></Sentence>
</Sentences></Validation>"#,
    );
    let suite = crate::validate::load_petrarch(&dir.path().join("records.xml")).unwrap();
    assert_eq!(suite.records.len(), 5);
    let dicts = Dictionaries::load(&DictOptions {
        no_builtin: true,
        paths: suite.dictionaries.clone(),
    })
    .unwrap();
    let p = crate::pipeline::Pipeline::new(std::sync::Arc::new(dicts));
    let mut st = p.record_state();
    let report = crate::validate::score(&suite, |r| p.code_record(r, &mut st));
    assert_eq!(report.total.records, 5);
    assert_eq!(report.total.exact, 4, "{:#?}", report.mismatches);
    assert_eq!(report.mismatches[0].id, "T-05", "no coding means no events");
    assert!(!report.mismatches[0].trace.is_empty());
}

#[test]
fn odd_input_never_panics() {
    let (d, _) = dict();
    let mut s = State::new(&d);
    s.apply_option("require_dyad = false").unwrap();
    s.apply_option("new_actor_length = 2").unwrap();
    s.apply_option("comma_bmax = 5").unwrap();
    for text in [
        "", ",,,", "(", ")", "--", "'s", "n't", "and", "it", "Velmora", "Praised", "&amp;",
    ] {
        run(&d, &mut s, text, "1996-01-01");
    }
    let vocab = [
        "Velmora", "and", "Durnia", ",", "praised", "the", "it", "was", "by", "Pellar", "of",
        "host", "talks", "envoys", "marines", "warned", "at", "didn't", "(", ")", "grain", "from",
        "shipped", "to", "Old", "King", "in", "Quorin", "never", "\"", "sealed", "off", "said",
        "Monday", "today", ";", "--", "'s", "or", "neither", "nor", "awful", "a", "feast",
    ];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for k in 0..3000 {
        let len = 1 + (k % 25);
        let mut words = Vec::with_capacity(len);
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            words.push(vocab[(x % vocab.len() as u64) as usize]);
        }
        let text = words.join(" ");
        let input = Input {
            text: &text,
            date: Date::parse_iso("1996-01-01"),
            sequence: Sequence::Continues(false),
            trace: k % 2 == 0,
        };
        let r = d.code_record(&input, &mut s);
        for e in &r.events {
            assert!(e.source != e.target, "{text}: {e:?}");
            assert!(
                !e.source.is_empty() && !e.target.is_empty(),
                "{text}: {e:?}"
            );
            let (a, b) = e.verb_words;
            assert!(a <= b && b < r.words.len(), "{text}: {e:?}");
        }
    }
}
