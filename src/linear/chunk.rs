//! PETRARCH's shallow parse without a parser: Treebank-style tokens, word
//! classes, verbal versus nominal uses of dictionary verbs, base noun
//! chunks, coordinations, "N1 P N2" attachments, the noun phrases ("NE"s)
//! PETRARCH codes, clause commas and the deletion of comma-delimited
//! clauses (`docs/peers/petrarch.md` §2.1–2.4, §2.10).
//!
//! Takes a record's text (or a dictionary phrase, which is tokenized the
//! same way) and the compiled dictionary; gives an [`Analysis`]: the
//! tokens left after comma deletion, the dictionary verbs among them with
//! whether each is used as a verb, and the noun phrases with their
//! coordinations.
//!
//! The rules stand in for the Treebank parse PETRARCH reads: a noun chunk
//! runs over determiners, possessives, numbers and content words and stops
//! at function words, verbs and punctuation; "A, B and C" is one compound;
//! of a chain "N1 P1 N2 P2 N3" only the last pair joins into one phrase
//! (the parse is right-branching); a bare temporal chunk ("today", "next
//! week") is no phrase, while one inside a prepositional phrase ("on
//! Saturday") is a null one; a dictionary verb after a determiner, a
//! possessive or a number is a noun.
//!
//! Invariants: token texts are upper-cased and folded (curly apostrophes
//! straightened, accents removed); every token keeps its byte span in the
//! text and, after deletions, the index of the token it was in the full
//! record; phrase ranges never overlap and never contain a verbal verb.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use super::dict::{LinearDict, LitId, RootId, RootKind};
use super::options::CommaLimits;
use super::petrarch::{FormKind, PetrData};
use super::words::fold;
use crate::model::Span;

/// What a token is, before classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// The possessive `'s` (or a bare `'` after a plural).
    Poss,
    Comma,
    /// `;` or `:`.
    Semi,
    /// `--`.
    Dash,
    /// `.`, `!`, `?`.
    End,
}

/// A token of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawTok {
    /// Upper-cased and folded.
    pub text: String,
    pub span: Span,
    pub kind: TokKind,
    /// The first letter is a capital in the text.
    pub upper_first: bool,
    /// The word has a lower-case letter in the text.
    pub lower: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}')
}

/// The length in bytes of an XML entity at the start of `s` (`&amp;`,
/// `&#39;`…), which the text may still carry.
fn entity_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    let end = s[1..].find(';')? + 1;
    if !(3..=8).contains(&end) {
        return None;
    }
    let inner = &s[1..end];
    let ok = inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '#');
    ok.then_some(end + 1)
}

/// Splits `text` into Treebank-style tokens: hyphenated words and dotted
/// abbreviations stay whole (`AL-QAEDA`, `U.S.`, `ANTI-`), `'s` and `n't`
/// are split off (`DID` `N'T`, `WO` `N'T`), digits keep inner commas and
/// dots (`50,000`, `11.8`), parenthesised asides and quotes are dropped,
/// `_` and other symbols separate words.
pub fn tokenize(text: &str) -> Vec<RawTok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out: Vec<RawTok> = Vec::with_capacity(n / 4 + 4);
    let mut paren: Option<usize> = None;
    let mut depth = 0u32;
    let mut i = 0;
    while i < n {
        let (b, c) = chars[i];
        if c == '(' || c == '[' {
            if depth == 0 {
                paren = Some(out.len());
            }
            depth += 1;
            i += 1;
            continue;
        }
        if c == ')' || c == ']' {
            if depth > 0 {
                depth -= 1;
                if depth == 0
                    && let Some(mark) = paren.take()
                {
                    out.truncate(mark);
                }
            }
            i += 1;
            continue;
        }
        if c == '&' {
            match entity_len(&text[b..]) {
                Some(len) => {
                    while i < n && chars[i].0 < b + len {
                        i += 1;
                    }
                }
                None => i += 1,
            }
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            let mut j = i;
            while j < n {
                let ch = chars[j].1;
                let next = at(j + 1);
                let alnum_next = next.is_some_and(char::is_alphanumeric);
                // A single letter before a final dot: `U.S.`, `K.U.`, `O.`
                let initial_dot = ch == '.'
                    && !alnum_next
                    && at(j - 1).is_some_and(char::is_alphabetic)
                    && (j - 1 == start || at(j - 2) == Some('.'));
                let inside = ch.is_alphanumeric()
                    || (is_apostrophe(ch)
                        && (alnum_next || at(j - 1).is_some_and(|p| p == 's' || p == 'S')))
                    || (ch == '-' && next != Some('-') && at(j - 1) != Some('-'))
                    || (ch == '.' && alnum_next)
                    || (ch == ','
                        && at(j - 1).is_some_and(|p| p.is_ascii_digit())
                        && next.is_some_and(|x| x.is_ascii_digit()));
                if initial_dot {
                    j += 1;
                    break;
                }
                if !inside {
                    break;
                }
                j += 1;
            }
            push_word(text, &chars, start, j, &mut out);
            i = j;
            continue;
        }
        let e = byte(i + 1);
        match c {
            ',' => out.push(punct(",", b, e, TokKind::Comma)),
            ';' | ':' => out.push(punct(";", b, e, TokKind::Semi)),
            '.' | '!' | '?' => out.push(punct(".", b, e, TokKind::End)),
            '-' if at(i + 1) == Some('-') || at(i + 1).is_some_and(char::is_whitespace) => {
                let mut j = i;
                while at(j) == Some('-') {
                    j += 1;
                }
                if j - i >= 2 {
                    out.push(punct("--", b, byte(j), TokKind::Dash));
                }
                i = j;
                continue;
            }
            '\u{2013}' | '\u{2014}' => out.push(punct("--", b, e, TokKind::Dash)),
            // A detached possessive: `Jones 's`.
            _ if is_apostrophe(c)
                && at(i + 1).is_some_and(|x| x == 's' || x == 'S')
                && !at(i + 2).is_some_and(char::is_alphanumeric) =>
            {
                out.push(punct("'S", b, byte(i + 2), TokKind::Poss));
                i += 2;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn punct(s: &str, b: usize, e: usize, kind: TokKind) -> RawTok {
    RawTok {
        text: s.to_string(),
        span: Span::new(b, e),
        kind,
        upper_first: false,
        lower: false,
    }
}

/// Pushes the word `chars[start..end]`, splitting off `'s`, a plural's
/// `'`, `n't` and the other clitics.
fn push_word(text: &str, chars: &[(usize, char)], start: usize, end: usize, out: &mut Vec<RawTok>) {
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut end = end;
    let upper_first = chars[start].1.is_uppercase();
    let lower = |i: usize| chars[i].1.to_ascii_uppercase();
    let len = end - start;
    let mut tail: SmallVec<[(usize, usize, TokKind); 2]> = SmallVec::new();
    if len > 2 && is_apostrophe(chars[end - 2].1) && lower(end - 1) == 'S' {
        tail.push((end - 2, end, TokKind::Poss));
        end -= 2;
    } else if len > 1 && is_apostrophe(chars[end - 1].1) {
        tail.push((end - 1, end, TokKind::Poss));
        end -= 1;
    } else if len > 3
        && is_apostrophe(chars[end - 2].1)
        && lower(end - 3) == 'N'
        && lower(end - 1) == 'T'
    {
        tail.push((end - 3, end, TokKind::Word));
        end -= 3;
    } else if len > 3 {
        // `'LL`, `'RE`, `'VE`, `'D`, `'M`
        for k in [2usize, 3] {
            if len > k && is_apostrophe(chars[end - k].1) {
                let clitic: String = chars[end - k + 1..end]
                    .iter()
                    .map(|&(_, c)| c.to_ascii_uppercase())
                    .collect();
                if matches!(clitic.as_str(), "LL" | "RE" | "VE" | "D" | "M") {
                    tail.push((end - k, end, TokKind::Word));
                    end -= k;
                    break;
                }
            }
        }
    }
    if end > start {
        let s = &text[byte(start)..byte(end)];
        out.push(RawTok {
            text: fold(s),
            span: Span::new(byte(start), byte(end)),
            kind: TokKind::Word,
            upper_first,
            lower: s.chars().any(char::is_lowercase),
        });
    }
    for (a, b, kind) in tail {
        let s = &text[byte(a)..byte(b)];
        let t = fold(s);
        out.push(RawTok {
            text: if kind == TokKind::Poss && t.len() > 1 {
                "'S".to_string()
            } else {
                t
            },
            span: Span::new(byte(a), byte(b)),
            kind,
            upper_first: false,
            lower: s.chars().any(char::is_lowercase),
        });
    }
}

/// The words of a dictionary phrase, tokenized as text is: `_` and blanks
/// separate words; each word says whether the next one must follow it
/// immediately (a `_` between them, or a word the tokenizer splits, such
/// as `DO` `N'T`). A trailing `_`, parentheses and their content are
/// dropped.
pub fn phrase_words(phrase: &str) -> Vec<(String, bool)> {
    let mut cleaned = String::with_capacity(phrase.len());
    let mut depth = 0u32;
    for c in phrase.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => cleaned.push(c),
            _ => {}
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for chunk in cleaned.split_whitespace() {
        let parts: Vec<&str> = chunk.split('_').filter(|p| !p.is_empty()).collect();
        for (k, part) in parts.iter().enumerate() {
            let toks = tokenize(part);
            let words: Vec<&RawTok> = toks
                .iter()
                .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Poss))
                .collect();
            for (m, t) in words.iter().enumerate() {
                let glued = m + 1 < words.len() || k + 1 < parts.len();
                out.push((t.text.clone(), glued));
            }
        }
        if let Some(l) = out.last_mut() {
            l.1 = false;
        }
    }
    out
}

// ---- word classes ------------------------------------------------------

/// The closed-class categories the shallow parse needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A content word (noun, adjective, name, unknown verb…).
    Word,
    Det,
    /// A possessive determiner (`its`, `their`).
    Poss,
    /// The possessive `'s`.
    PossS,
    Pron,
    Prep,
    To,
    Conj,
    /// `neither`, `either`: open a coordination.
    Neither,
    /// A form of *be*.
    Be,
    /// A form of *have*.
    Have,
    /// A form of *do*.
    Do,
    Modal,
    Neg,
    Adv,
    /// A word that opens a clause (`that`, `whether`, `when`, `who`…).
    Subord,
    /// A day, month, `today`, `week`…
    Temporal,
    Number,
    Comma,
    /// `;`, `:`, `--`: clause punctuation.
    Semi,
    End,
}

impl Class {
    pub fn aux(self) -> bool {
        matches!(self, Class::Be | Class::Have | Class::Do | Class::Modal)
    }

    fn name(self) -> &'static str {
        match self {
            Class::Word => "w",
            Class::Det => "det",
            Class::Poss => "poss",
            Class::PossS => "'s",
            Class::Pron => "pron",
            Class::Prep => "prep",
            Class::To => "to",
            Class::Conj => "conj",
            Class::Neither => "neither",
            Class::Be => "be",
            Class::Have => "have",
            Class::Do => "do",
            Class::Modal => "modal",
            Class::Neg => "neg",
            Class::Adv => "adv",
            Class::Subord => "sub",
            Class::Temporal => "time",
            Class::Number => "num",
            Class::Comma => ",",
            Class::Semi => ";",
            Class::End => ".",
        }
    }
}

/// Facts the built-in word lists give about a word.
#[derive(Clone, Copy, Debug, Default)]
struct WordInfo {
    class: Option<Class>,
    flags: u8,
}

/// A month name (temporal when capitalised).
const F_MONTH: u8 = 1;
/// Makes a temporal chunk with a temporal head (`next week`).
const F_TEMPMOD: u8 = 2;
/// An `-ly` word that is no adverb.
const F_NOT_ADV: u8 = 4;
/// A common adjective.
const F_ADJ: u8 = 8;
/// A reporting verb, read as a verb when no dictionary has it.
const F_REPORTING: u8 = 16;
/// An irregular past form.
const F_PAST: u8 = 32;

#[rustfmt::skip]
const CLASSES: &[(&str, Class)] = &[
    ("A AN THE THIS THESE THOSE EACH EVERY ANY SOME ALL BOTH ANOTHER NO", Class::Det),
    ("HIS HER ITS THEIR OUR MY YOUR", Class::Poss),
    ("HE SHE IT THEY WE I YOU HIM THEM US ME ITSELF THEMSELVES HIMSELF HERSELF", Class::Pron),
    ("ABOARD ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMIDST AMONG AMONGST AROUND \
      AT ATOP BEFORE BEHIND BELOW BENEATH BESIDE BESIDES BETWEEN BEYOND BY CONCERNING DESPITE \
      DOWN DURING EXCEPT FOLLOWING FOR FROM IN INCLUDING INSIDE INTO LIKE NEAR OF OFF ON ONTO \
      OUT OUTSIDE OVER PER REGARDING SINCE THAN THROUGH THROUGHOUT TOWARD TOWARDS UNDER \
      UNDERNEATH UNLIKE UNTIL TILL UP UPON VIA VERSUS WITH WITHIN WITHOUT", Class::Prep),
    ("TO", Class::To),
    ("AND OR NOR BUT", Class::Conj),
    ("NEITHER EITHER", Class::Neither),
    ("IS ARE WAS WERE BE BEEN BEING AM", Class::Be),
    ("HAS HAVE HAD HAVING", Class::Have),
    ("DO DOES DID", Class::Do),
    ("WILL WOULD CAN COULD MAY MIGHT MUST SHALL SHOULD WO CA OUGHT", Class::Modal),
    ("NOT N'T NEVER", Class::Neg),
    ("ALSO AGAIN NOW ALREADY STILL JUST EVEN EVER SOON YET ALMOST THEN HERE THERE VERY QUITE \
      RATHER TOO ONCE MEANWHILE HOWEVER PERHAPS MAYBE ALWAYS OFTEN SOMETIMES LATER EARLIER THUS \
      HENCE INDEED SO", Class::Adv),
    ("THAT WHETHER IF WHEN WHILE WHILST BECAUSE ALTHOUGH THOUGH WHERE WHEREAS WHICH WHO WHOM \
      WHOSE UNLESS AS WHAT HOW WHY", Class::Subord),
    ("MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY TODAY YESTERDAY TOMORROW TONIGHT \
      WEEK WEEKS MONTH MONTHS YEAR YEARS DAY DAYS WEEKEND MORNING AFTERNOON EVENING NIGHT",
     Class::Temporal),
    ("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE TWENTY THIRTY FORTY FIFTY \
      HUNDRED HUNDREDS THOUSAND THOUSANDS MILLION MILLIONS BILLION TRILLION DOZEN DOZENS",
     Class::Number),
];

#[rustfmt::skip]
const FLAGS: &[(&str, u8)] = &[
    ("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER",
     F_MONTH),
    ("NEXT LAST LATE EARLY THIS PAST COMING RECENT THE EVERY EACH", F_TEMPMOD),
    ("ITALY JULY RALLY ALLY FAMILY SUPPLY APPLY REPLY ASSEMBLY MONOPOLY ANOMALY BULLY DAILY \
      ELDERLY FRIENDLY LIKELY LOVELY ONLY EARLY HOLY UGLY LONELY COSTLY DEADLY WEEKLY MONTHLY \
      YEARLY NIGHTLY HOURLY QUARTERLY SILLY ORDERLY SCHOLARLY LIVELY KELLY REILLY", F_NOT_ADV),
    ("EVIL GOOD BAD COOL NEW OLD BIG SMALL GREAT HIGH LOW MAJOR MINOR MAIN SENIOR JUNIOR \
      FORMER CURRENT RECENT FULL COMPLETE BRIEF PRIVATE PUBLIC JOINT YOUNG OWN HARD SOFT STRONG \
      WEAK RICH POOR LONG SHORT FREE FAIR NICE REAL TRUE FALSE WILD SAFE DEEP WIDE HUGE TINY KEY \
      TOP FOREIGN DOMESTIC SECRET INTERNAL EXTERNAL NATIONAL LOCAL GLOBAL FORMAL", F_ADJ),
    ("SAID SAYS SAY TOLD ADDED NOTED STATED WROTE ANNOUNCED DECLARED REPORTED ASSERTED \
      INSISTED CLAIMED", F_REPORTING),
    ("SAID LEFT MET HELD SHOT BROKE BROKEN BEGAN BEGUN DRAWN RISEN ROSE MADE PAID SOUGHT FOUGHT \
      SANK STRUCK TOOK TAKEN GAVE GIVEN WON LOST KEPT SENT SPENT BUILT BOUGHT BROUGHT THOUGHT \
      TOLD SOLD FELT LED FLED CAUGHT TAUGHT WROTE WRITTEN SPOKE SPOKEN CHOSE CHOSEN FROZE FROZEN \
      STOLE STOLEN DROVE DRIVEN FELL FALLEN GREW GROWN KNEW KNOWN THREW THROWN FLEW FLOWN SHOWN \
      SEEN SAW CAME WENT GONE DONE BECAME FORGAVE FORGIVEN SPED LENT LAID HUNG STOOD UNDERSTOOD \
      WITHDREW WITHDRAWN OVERCAME OVERTHREW OVERTHROWN SHOOK SHAKEN BOUND FOUND WOUND SWORE \
      SWORN TORE TORN WORE WORN BLEW BLOWN DREW HID HIDDEN BITTEN BRED FED SLAIN SLEW STRICKEN \
      SWEPT WEPT SLEPT DEALT MEANT HEARD", F_PAST),
];

fn word_info() -> &'static FxHashMap<&'static str, WordInfo> {
    static MAP: OnceLock<FxHashMap<&'static str, WordInfo>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: FxHashMap<&'static str, WordInfo> = FxHashMap::default();
        for (words, c) in CLASSES {
            for w in words.split_whitespace() {
                m.entry(w).or_default().class = Some(*c);
            }
        }
        for (words, f) in FLAGS {
            for w in words.split_whitespace() {
                m.entry(w).or_default().flags |= f;
            }
        }
        m
    })
}

fn info(word: &str) -> WordInfo {
    word_info().get(word).copied().unwrap_or_default()
}

/// A likely adjective: a listed one or a telling suffix.
fn adjective(word: &str, flags: u8) -> bool {
    flags & F_ADJ != 0
        || ["FUL", "OUS", "IVE", "ABLE", "IBLE", "LESS", "ICAL", "ISH"]
            .iter()
            .any(|s| word.len() >= s.len() + 2 && word.ends_with(s))
}

/// How a verb form reads, from its spelling: `-ing`, `-s`, `-ed` (or an
/// irregular past), else the base form.
pub fn form_kind(word: &str, listed: bool) -> FormKind {
    let w = word;
    if w.len() > 4 && w.ends_with("ING") {
        FormKind::Ing
    } else if (w.len() > 3 && (w.ends_with("ED") || w.ends_with("EN")))
        || info(w).flags & F_PAST != 0
    {
        FormKind::Ed
    } else if w.len() > 2 && w.ends_with('S') && !w.ends_with("SS") {
        FormKind::S
    } else if listed {
        FormKind::Ed
    } else {
        FormKind::Base
    }
}

// ---- the analysis ------------------------------------------------------

/// A token of the analysis (its text is the record token's).
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    /// The index of this token in the full record.
    pub raw: usize,
    pub class: Class,
    /// The dictionary literal (0 when no dictionary uses the word).
    pub lit: LitId,
    /// Capitalised inside the sentence (a proper-noun cue).
    pub cap: bool,
    /// Capitalised in the text, wherever it stands.
    upper_first: bool,
    /// An unknown word read as a verb (`trashed`, `noted`): it ends noun
    /// chunks and opens clauses, but codes nothing.
    pub uverb: bool,
    /// The built-in lists' flags (`F_*`).
    flags: u8,
    /// Some actor or agent phrase starts with the word.
    pub names: bool,
}

/// A dictionary verb form found in the text.
#[derive(Clone, Copy, Debug)]
pub struct Cand {
    /// First and last token (multi-word verbs span several).
    pub start: usize,
    pub end: usize,
    /// The token that is the verb itself.
    pub head: usize,
    pub root: RootId,
    /// Its entry in [`LinearDict::verbs`].
    pub verb: u32,
    pub kind: FormKind,
    /// Used as a verb (not as a noun or a name).
    pub verbal: bool,
}

/// A coordination inside a phrase: its conjuncts as token ranges.
#[derive(Clone, Debug, Default)]
pub struct Group {
    pub conjuncts: SmallVec<[(usize, usize); 4]>,
}

impl Group {
    pub fn span(&self) -> (usize, usize) {
        (
            self.conjuncts.first().map_or(0, |c| c.0),
            self.conjuncts.last().map_or(0, |c| c.1),
        )
    }
}

/// A noun phrase ("NE").
#[derive(Clone, Debug)]
pub struct Ne {
    /// First and last token.
    pub start: usize,
    pub end: usize,
    pub groups: SmallVec<[Group; 2]>,
    /// A temporal phrase inside a prepositional phrase (`on Saturday`).
    pub temporal: bool,
    /// A lone pronoun.
    pub pronoun: bool,
}

/// A base chunk or a coordination of chunks, before attachments.
#[derive(Clone, Debug)]
struct Unit {
    start: usize,
    end: usize,
    groups: SmallVec<[Group; 2]>,
    temporal: bool,
    pronoun: bool,
    /// Only capitalised words and names (a proper noun).
    proper: bool,
}

/// The shallow parse of one record.
#[derive(Clone, Debug)]
pub struct Analysis<'r> {
    /// The record's tokens (all of them).
    pub raw: &'r [RawTok],
    /// The tokens analysed (those that survive comma deletion).
    pub toks: Vec<Tok>,
    pub cands: Vec<Cand>,
    /// Per token, the verbal candidate covering it (`NONE`: none).
    pub verb_of: Vec<u32>,
    pub nes: Vec<Ne>,
    /// Per token, the phrase covering it (`NONE`: none).
    pub ne_of: Vec<u32>,
    /// Per token, whether it ends a base chunk or a conjunct (a phrase's
    /// head, for PETRARCH2's head-noun patterns).
    pub head: Vec<bool>,
    /// Per token, a comma (or `;`, `:`, `--`) that separates clauses.
    pub clause: Vec<bool>,
    /// The text is in capitals only (capitals say nothing then).
    pub all_caps: bool,
}

pub const NONE: u32 = u32::MAX;

/// The record's tokens with their classes and literals, ready for
/// [`Analysis::new`].
pub fn classify(d: &LinearDict, p: &PetrData, raw: &[RawTok]) -> Vec<Tok> {
    let all_caps = !raw.iter().any(|t| t.lower);
    let mut toks = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let initial = i == 0 || matches!(raw[i - 1].kind, TokKind::Semi | TokKind::Dash);
        let cap = r.upper_first && !all_caps && !initial;
        let mut flags = 0;
        let mut lit = 0;
        let class = match r.kind {
            TokKind::Comma => Class::Comma,
            TokKind::Semi | TokKind::Dash => Class::Semi,
            TokKind::End => Class::End,
            TokKind::Poss => {
                lit = d.lit_id(&r.text).unwrap_or(0);
                Class::PossS
            }
            TokKind::Word => {
                let w = r.text.as_str();
                lit = d.lit_id(w).unwrap_or(0);
                let wi = info(w);
                flags = wi.flags;
                match wi.class {
                    // A capitalised modal or pronoun inside a sentence is a
                    // name or a month (`May Day`, `US officers`).
                    Some(Class::Modal | Class::Pron)
                        if cap && matches!(w, "MAY" | "US" | "WILL" | "CAN") =>
                    {
                        if w == "MAY" {
                            Class::Temporal
                        } else {
                            Class::Word
                        }
                    }
                    Some(c) => c,
                    None if flags & F_MONTH != 0 && (r.upper_first || all_caps) => Class::Temporal,
                    None if w.starts_with(|c: char| c.is_ascii_digit()) => Class::Number,
                    None if w.len() > 4
                        && w.ends_with("LY")
                        && !r.upper_first
                        && flags & F_NOT_ADV == 0 =>
                    {
                        Class::Adv
                    }
                    None => Class::Word,
                }
            }
        };
        let names = lit != 0
            && p.starts(lit)
                .is_some_and(|s| !s.actors.is_empty() || !s.agents.is_empty());
        toks.push(Tok {
            raw: i,
            class,
            lit,
            cap,
            upper_first: r.upper_first,
            uverb: false,
            flags,
            names,
        });
    }
    toks
}

impl<'r> Analysis<'r> {
    /// Analyses `toks` (the record's, from [`classify`], or those that
    /// survive comma deletion).
    pub fn new(
        d: &LinearDict,
        p: &PetrData,
        raw: &'r [RawTok],
        mut toks: Vec<Tok>,
    ) -> Analysis<'r> {
        let all_caps = !raw.iter().any(|t| t.lower);
        for k in 0..toks.len() {
            let initial = k == 0 || toks[k - 1].class == Class::Semi;
            toks[k].cap = toks[k].upper_first && !all_caps && !initial;
            toks[k].uverb = false;
        }
        let n = toks.len();
        let mut a = Analysis {
            raw,
            toks,
            cands: Vec::new(),
            verb_of: vec![NONE; n],
            nes: Vec::new(),
            ne_of: vec![NONE; n],
            head: vec![false; n],
            clause: vec![false; n],
            all_caps,
        };
        a.subordinators();
        a.find_verbs(d, p);
        a.unknown_verbs();
        let units = a.chunks();
        let units = a.coordinate(units);
        a.attach(units);
        a.clause_commas();
        a
    }

    /// The text of token `i`.
    pub fn text(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .and_then(|t| self.raw.get(t.raw))
            .map_or("", |r| r.text.as_str())
    }

    fn class(&self, i: usize) -> Class {
        self.toks.get(i).map_or(Class::End, |t| t.class)
    }

    /// Whether token `i` is part of a verb used as a verb.
    pub fn verbal_at(&self, i: usize) -> bool {
        self.verb_of.get(i).is_some_and(|&v| v != NONE)
    }

    /// `after`, `before`, `until`, `since` open a clause when a verb
    /// group follows the next chunk.
    fn subordinators(&mut self) {
        for i in 0..self.toks.len() {
            if self.toks[i].class != Class::Prep
                || !matches!(
                    self.text(i),
                    "AFTER" | "BEFORE" | "UNTIL" | "SINCE" | "TILL"
                )
            {
                continue;
            }
            let mut j = i + 1;
            while j < self.toks.len()
                && matches!(
                    self.toks[j].class,
                    Class::Word
                        | Class::Det
                        | Class::Poss
                        | Class::PossS
                        | Class::Number
                        | Class::Pron
                )
            {
                j += 1;
            }
            if j > i + 1 && self.toks.get(j).is_some_and(|t| t.class.aux()) {
                self.toks[i].class = Class::Subord;
            }
        }
    }

    // ---- verbs -----------------------------------------------------------

    fn find_verbs(&mut self, d: &LinearDict, p: &PetrData) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let lit = self.toks[i].lit;
            let class = self.toks[i].class;
            let starts = if lit == 0 { None } else { p.starts(lit) };
            let Some(starts) = starts.filter(|s| !s.verbs.is_empty()) else {
                i += 1;
                continue;
            };
            let mut best: Option<(usize, RootId)> = None;
            for &r in &starts.verbs {
                let root = d.root(r);
                let len = root.phrase.len();
                if i + len > n || best.is_some_and(|(l, _)| l >= len) {
                    continue;
                }
                let ok = root
                    .phrase
                    .iter()
                    .enumerate()
                    .all(|(k, &(l, _))| self.toks[i + k].lit == l);
                if ok {
                    best = Some((len, r));
                }
            }
            let Some((len, r)) = best else {
                i += 1;
                continue;
            };
            // A single function word is never a verb (a dictionary's
            // SHOULD is the modal), except the forms of *have*.
            let RootKind::Verb(v) = d.root(r).kind else {
                i += 1;
                continue;
            };
            if len == 1 && !matches!(class, Class::Word | Class::Have) {
                i += 1;
                continue;
            }
            let form = p.forms.get(&r).copied().unwrap_or_default();
            let head = i + usize::from(form.head).min(len - 1);
            self.cands.push(Cand {
                start: i,
                end: i + len - 1,
                head,
                root: r,
                verb: v,
                kind: form.kind,
                verbal: false,
            });
            i += len;
        }
        for c in 0..self.cands.len() {
            let verbal = self.decide_verbal(c);
            self.cands[c].verbal = verbal;
            if verbal {
                let cand = self.cands[c];
                for k in cand.start..=cand.end {
                    self.verb_of[k] = c as u32;
                }
            }
        }
    }

    /// The token before `i`, skipping adverbs and negations (and a
    /// conjunction between adverbs: "heavily and unjustly criticized").
    fn prev_skipping_adverbs(&self, i: usize) -> Option<usize> {
        let mut j = i;
        loop {
            if j == 0 {
                return None;
            }
            let c = self.toks[j - 1].class;
            if matches!(c, Class::Adv | Class::Neg)
                && !(c == Class::Neg && self.text(j - 1) == "N'T")
            {
                j -= 1;
                continue;
            }
            if c == Class::Conj && j >= 2 && self.toks[j - 2].class == Class::Adv {
                j -= 1;
                continue;
            }
            return Some(j - 1);
        }
    }

    /// The word that opens the run of content words ending at `i` (names
    /// included), if a determiner or possessive does.
    fn run_opener(&self, i: usize) -> Option<&str> {
        let mut j = i as isize;
        while j >= 0 {
            let t = &self.toks[j as usize];
            match t.class {
                Class::Word | Class::PossS if !t.uverb && self.verb_of[j as usize] == NONE => {
                    j -= 1
                }
                Class::Det | Class::Poss => return Some(self.text(j as usize)),
                _ => return None,
            }
        }
        None
    }

    /// Whether the lowercase content words ending at `i` were opened by a
    /// determiner, possessive, number or preposition (so that a verb form
    /// after them is still inside a noun chunk: "a brief private visit").
    fn run_opened_by_determiner(&self, i: usize) -> bool {
        let mut j = i as isize;
        while j >= 0 {
            let t = &self.toks[j as usize];
            match t.class {
                Class::Word if !t.cap && !t.uverb && self.verb_of[j as usize] == NONE => j -= 1,
                Class::Det | Class::Poss | Class::PossS | Class::Number | Class::Prep => {
                    return true;
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether a dictionary verb form is used as a verb (§2.3): after an
    /// auxiliary, `to` or a subject it is; after a determiner, a
    /// possessive, a number or a preposition it is a noun, as it is inside
    /// a noun chunk opened by one ("a brief private visit"); a capitalised
    /// form inside a sentence is a name.
    fn decide_verbal(&self, c: usize) -> bool {
        let cand = self.cands[c];
        let first = &self.toks[cand.start];
        let kind = cand.kind;
        if first.cap {
            return false;
        }
        let past = matches!(kind, FormKind::Ed);
        let Some(j) = self.prev_skipping_adverbs(cand.start) else {
            return past || kind == FormKind::Ing;
        };
        let prev = &self.toks[j];
        match prev.class {
            Class::Comma | Class::Semi | Class::End => past || kind == FormKind::Ing,
            Class::Modal | Class::Be | Class::Have | Class::Do | Class::To | Class::Neg => true,
            Class::Det | Class::Poss | Class::PossS | Class::Number => false,
            Class::Prep => {
                kind == FormKind::Ing
                    && self.toks.get(cand.end + 1).is_some_and(|t| {
                        matches!(
                            t.class,
                            Class::Det | Class::Poss | Class::Pron | Class::Number
                        ) || t.cap
                    })
            }
            Class::Conj | Class::Neither => {
                if past || kind == FormKind::S {
                    return true;
                }
                match j.checked_sub(1) {
                    Some(b) if self.verb_of.get(b).is_some_and(|&v| v != NONE) => true,
                    Some(b) => {
                        !(self.toks[b].class == Class::Word
                            && !self.toks[b].cap
                            && self.run_opened_by_determiner(b))
                    }
                    None => true,
                }
            }
            Class::Subord => past || kind == FormKind::S || self.text(j) != "THAT",
            Class::Pron | Class::Temporal | Class::Adv => true,
            Class::Word => {
                if self.verb_of[j] != NONE {
                    return past || kind == FormKind::Ing;
                }
                if past {
                    return true;
                }
                if prev.cap || prev.names {
                    // A base form cannot agree with a singular subject: after
                    // "an anti- Gondor" it is a noun.
                    return !(kind == FormKind::Base
                        && self.run_opener(j).is_some_and(|w| {
                            matches!(
                                w,
                                "A" | "AN"
                                    | "ANOTHER"
                                    | "EACH"
                                    | "EVERY"
                                    | "THIS"
                                    | "ITS"
                                    | "HIS"
                                    | "HER"
                            )
                        }));
                }
                if prev.uverb {
                    return kind == FormKind::Ing;
                }
                !self.run_opened_by_determiner(j)
            }
        }
    }

    /// Unknown `-ed` words and irregular pasts after a noun (`crowds
    /// trashed its embassy`, `was seen`) and common reporting verbs are
    /// verbs for the chunker.
    fn unknown_verbs(&mut self) {
        let mut c = 0;
        for i in 0..self.toks.len() {
            while c < self.cands.len() && self.cands[c].end < i {
                c += 1;
            }
            let t = &self.toks[i];
            if t.class != Class::Word || t.cap || t.names || self.verb_of[i] != NONE {
                continue;
            }
            if self
                .cands
                .get(c)
                .is_some_and(|x| x.start <= i && i <= x.end)
            {
                continue;
            }
            let w = self.text(i);
            let ed = w.len() > 4 && w.ends_with("ED");
            if !(ed || t.flags & (F_REPORTING | F_PAST) != 0) {
                continue;
            }
            let mut j = i;
            while j > 0 && self.toks[j - 1].class == Class::Adv {
                j -= 1;
            }
            let ok = !matches!(
                j.checked_sub(1).map(|j| self.toks[j].class),
                Some(Class::Det | Class::Poss | Class::PossS | Class::Number | Class::Prep)
            );
            if ok {
                self.toks[i].uverb = true;
            }
        }
    }

    // ---- chunks ----------------------------------------------------------

    fn nominal(&self, i: usize) -> bool {
        let t = &self.toks[i];
        matches!(
            t.class,
            Class::Word
                | Class::Det
                | Class::Poss
                | Class::PossS
                | Class::Number
                | Class::Temporal
                | Class::Neither
        ) && self.verb_of[i] == NONE
            && !t.uverb
    }

    fn temporalish(&self, i: usize) -> bool {
        self.toks[i].class == Class::Temporal
    }

    fn temporal_modifier(&self, i: usize) -> bool {
        let t = &self.toks[i];
        !t.cap && (t.flags & F_TEMPMOD != 0 || t.class == Class::Number)
    }

    fn plain_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.class == Class::Word && !t.cap && !t.uverb && self.verb_of[i] == NONE
    }

    /// Base chunks, pronouns and temporal chunks, in order.
    fn chunks(&mut self) -> Vec<Unit> {
        let n = self.toks.len();
        let mut units = Vec::new();
        let mut i = 0;
        while i < n {
            if self.toks[i].class == Class::Pron {
                units.push(Unit {
                    start: i,
                    end: i,
                    groups: SmallVec::new(),
                    temporal: false,
                    pronoun: true,
                    proper: false,
                });
                i += 1;
                continue;
            }
            if !self.nominal(i) || self.toks[i].class == Class::PossS {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i + 1;
            loop {
                // An adverb inside a noun phrase: "a clearly inebriated
                // official".
                if j + 1 < n
                    && self.toks[j].class == Class::Adv
                    && matches!(self.toks[start].class, Class::Det | Class::Poss)
                    && self.plain_word(j + 1)
                {
                    j += 1;
                    continue;
                }
                if !(j < n && self.nominal(j)) {
                    break;
                }
                let t = &self.toks[j];
                let prev = &self.toks[j - 1];
                // A determiner or possessive opens a new chunk, except
                // inside a name ("Radagast the Brown").
                if matches!(t.class, Class::Det | Class::Poss | Class::Neither)
                    && !(self.text(j) == "THE"
                        && prev.cap
                        && self.toks.get(j + 1).is_some_and(|x| x.cap))
                {
                    break;
                }
                if self.temporalish(j) && !self.temporalish(j - 1) {
                    // A temporal group starts here, with its modifiers
                    // ("Gondor late Sunday"): it is a chunk of its own.
                    let mut k = j;
                    while k > start && self.temporal_modifier(k - 1) {
                        k -= 1;
                    }
                    if k > start {
                        j = k;
                        break;
                    }
                } else if !self.temporalish(j) && self.temporalish(j - 1) && t.class != Class::PossS
                {
                    break;
                }
                j += 1;
            }
            let end = j - 1;
            let temporal = (start..=end).any(|k| self.temporalish(k))
                && (start..=end).all(|k| self.temporalish(k) || self.temporal_modifier(k));
            let proper = (start..=end).all(|k| {
                let t = &self.toks[k];
                (t.cap || (t.lit != 0 && self.all_caps)) && t.class == Class::Word
            });
            self.head[end] = true;
            units.push(Unit {
                start,
                end,
                groups: SmallVec::new(),
                temporal,
                pronoun: false,
                proper,
            });
            i = j;
        }
        units
    }

    /// "A, B and C", "A or B", "neither A nor B" become one unit with a
    /// group; coordinated adjectives and numbers join into one chunk.
    fn coordinate(&mut self, units: Vec<Unit>) -> Vec<Unit> {
        let mut out: Vec<Unit> = Vec::with_capacity(units.len());
        let mut u = 0;
        while u < units.len() {
            let first = &units[u];
            if first.temporal || first.pronoun {
                out.push(first.clone());
                u += 1;
                continue;
            }
            // Members separated by commas, then one conjunction.
            let mut members: SmallVec<[usize; 6]> = SmallVec::new();
            members.push(u);
            let mut k = u;
            let mut conj = false;
            while k + 1 < units.len() {
                let here = &units[k];
                let next = &units[k + 1];
                if next.temporal || next.pronoun {
                    break;
                }
                let gap = (here.end + 1, next.start);
                let conj_word = |x: usize| matches!(self.text(x), "AND" | "OR" | "NOR");
                let ok = match gap.1 - gap.0 {
                    1 => {
                        self.class(gap.0) == Class::Comma
                            || (self.class(gap.0) == Class::Conj && conj_word(gap.0))
                    }
                    2 => {
                        self.class(gap.0) == Class::Comma
                            && self.class(gap.0 + 1) == Class::Conj
                            && conj_word(gap.0 + 1)
                    }
                    _ => false,
                };
                if !ok {
                    break;
                }
                let is_conj = (gap.0..gap.1).any(|x| self.class(x) == Class::Conj);
                members.push(k + 1);
                k += 1;
                if is_conj {
                    conj = true;
                    break;
                }
            }
            if !conj || members.len() < 2 {
                out.push(first.clone());
                u += 1;
                continue;
            }
            let last = &units[*members.last().unwrap_or(&u)];
            // Coordinated adjectives or numbers: one chunk.
            if members.len() == 2 {
                let a = &self.toks[first.end];
                let b = &self.toks[last.start];
                let adj = !a.cap
                    && !b.cap
                    && adjective(self.text(first.end), a.flags)
                    && adjective(self.text(last.start), b.flags)
                    && last.end > last.start;
                let nums = a.class == Class::Number && b.class == Class::Number;
                if adj || nums {
                    self.head[first.end] = false;
                    out.push(Unit {
                        start: first.start,
                        end: last.end,
                        groups: SmallVec::new(),
                        temporal: false,
                        pronoun: false,
                        proper: false,
                    });
                    u = members[1] + 1;
                    continue;
                }
            }
            let mut g = Group::default();
            for &m in &members {
                g.conjuncts.push((units[m].start, units[m].end));
            }
            let mut groups = SmallVec::new();
            groups.push(g);
            out.push(Unit {
                start: first.start,
                end: last.end,
                groups,
                temporal: false,
                pronoun: false,
                proper: false,
            });
            u = *members.last().unwrap_or(&u) + 1;
        }
        out
    }

    /// Joins "N1 P N2" into one phrase where the chain ends (only the last
    /// pair of a chain joins), then records the phrases.
    fn attach(&mut self, units: Vec<Unit>) {
        let is_prep = |a: &Analysis, i: usize| {
            matches!(a.class(i), Class::Prep | Class::To) && a.verb_of[i] == NONE
        };
        let mut merged: Vec<Unit> = Vec::with_capacity(units.len());
        let mut u = 0;
        while u < units.len() {
            // The chain starting at unit u.
            let mut chain: SmallVec<[usize; 6]> = SmallVec::new();
            chain.push(u);
            let mut k = u;
            while k + 1 < units.len() {
                let here = &units[k];
                let next = &units[k + 1];
                if here.pronoun || next.pronoun || next.temporal || here.temporal {
                    break;
                }
                if next.start != here.end + 2 || !is_prep(self, here.end + 1) {
                    break;
                }
                // A `with` after a bare name modifies the verb, not the name
                // ("celebrated Eid at Osgiliath with Gondor").
                if self.text(here.end + 1) == "WITH" && here.proper {
                    break;
                }
                chain.push(k + 1);
                k += 1;
            }
            if chain.len() >= 2 {
                for &c in &chain[..chain.len() - 2] {
                    merged.push(units[c].clone());
                }
                let a = &units[chain[chain.len() - 2]];
                let b = &units[chain[chain.len() - 1]];
                let mut groups = a.groups.clone();
                groups.extend(b.groups.iter().cloned());
                merged.push(Unit {
                    start: a.start,
                    end: b.end,
                    groups,
                    temporal: false,
                    pronoun: false,
                    proper: false,
                });
                u = k + 1;
            } else {
                merged.push(units[u].clone());
                u += 1;
            }
        }
        for unit in merged {
            // A bare temporal chunk is no phrase; one after a preposition is.
            if unit.temporal
                && !(unit.start > 0
                    && matches!(self.class(unit.start - 1), Class::Prep | Class::To))
            {
                continue;
            }
            let id = self.nes.len() as u32;
            for k in unit.start..=unit.end {
                self.ne_of[k] = id;
            }
            for g in &unit.groups {
                for &(_, e) in &g.conjuncts {
                    self.head[e] = true;
                }
            }
            self.nes.push(Ne {
                start: unit.start,
                end: unit.end,
                groups: unit.groups,
                temporal: unit.temporal,
                pronoun: unit.pronoun,
            });
        }
    }

    /// Commas that separate clauses: not those inside a phrase (lists)
    /// nor those between two modifiers of one noun ("complete, full
    /// diplomatic ties").
    fn clause_commas(&mut self) {
        let n = self.toks.len();
        for i in 0..n {
            match self.toks[i].class {
                Class::Semi => self.clause[i] = true,
                Class::Comma => {
                    let inside = self.ne_of[i] != NONE;
                    let modifier = i >= 2
                        && i + 2 < n
                        && self.plain_word(i - 1)
                        && self.plain_word(i + 1)
                        && self.plain_word(i + 2)
                        && (self.verbal_at(i - 2)
                            || matches!(self.class(i - 2), Class::Det | Class::Poss));
                    self.clause[i] = !inside && !modifier;
                }
                _ => {}
            }
        }
    }

    /// The tokens that survive PETRARCH's deletion of comma-delimited
    /// clauses under `lim` (§2.10); `None` when nothing is deleted.
    pub fn survivors(&self, lim: &CommaLimits) -> Option<Vec<Tok>> {
        let n = self.toks.len();
        let commas: Vec<usize> = (0..n)
            .filter(|&i| self.clause[i] && self.toks[i].class == Class::Comma)
            .collect();
        if commas.is_empty() {
            return None;
        }
        let end = if n > 0 && self.toks[n - 1].class == Class::End {
            n - 1
        } else {
            n
        };
        let words = |a: usize, b: usize| {
            (a.min(b)..b)
                .filter(|&i| {
                    self.toks[i].class != Class::PossS
                        && self.text(i).starts_with(|c: char| c.is_alphabetic())
                })
                .count()
        };
        let within = |w: usize, lo: usize, hi: usize| hi > 0 && lo <= w && w <= hi;
        let mut del = vec![false; n];
        let first = commas[0];
        if within(words(0, first), lim.bmin, lim.bmax) {
            del[..first].iter_mut().for_each(|x| *x = true);
        }
        let last = commas[commas.len() - 1];
        // A span that opens with a verb is the predicate of what stands
        // before the commas ("Velmora, in the harbour, praised Pellar"),
        // not a clause of its own.
        let predicate = |a: usize| {
            let mut j = a;
            while j < n && self.toks[j].class == Class::Adv {
                j += 1;
            }
            j < n
                && (matches!(
                    self.toks[j].class,
                    Class::Be | Class::Have | Class::Do | Class::Modal
                ) || self
                    .cands
                    .get(self.verb_of[j] as usize)
                    .is_some_and(|c| c.kind != FormKind::Ing))
        };
        if last < end && !predicate(last + 1) && within(words(last + 1, end), lim.emin, lim.emax) {
            del[last + 1..end].iter_mut().for_each(|x| *x = true);
        }
        for w in commas.windows(2) {
            if within(words(w[0] + 1, w[1]), lim.min, lim.max) {
                del[w[0] + 1..w[1]].iter_mut().for_each(|x| *x = true);
            }
        }
        if !del.iter().any(|&x| x) {
            return None;
        }
        // A clause comma next to a deleted span goes with it, as does one
        // left dangling at either end.
        for &c in &commas {
            let prev_del = c > 0 && del[c - 1];
            let next_del = c + 1 < n && del[c + 1];
            let at_start = del[..c].iter().all(|&x| x);
            let at_end = c + 1 >= end || del[c + 1..end].iter().all(|&x| x);
            if prev_del || next_del || at_start || at_end {
                del[c] = true;
            }
        }
        Some((0..n).filter(|&i| !del[i]).map(|i| self.toks[i]).collect())
    }

    /// The tokens as `explain` shows them.
    pub fn describe(&self) -> String {
        let mut s = String::new();
        for (i, t) in self.toks.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            if let Some(ne) = self.nes.get(self.ne_of[i] as usize)
                && ne.start == i
            {
                s.push('[');
            }
            s.push_str(self.text(i));
            if self.verb_of[i] != NONE {
                s.push_str("<V>");
            } else if t.uverb {
                s.push_str("<v>");
            } else if !matches!(t.class, Class::Word | Class::Comma | Class::End) {
                s.push('<');
                s.push_str(t.class.name());
                s.push('>');
            }
            if let Some(ne) = self.nes.get(self.ne_of[i] as usize)
                && ne.end == i
            {
                s.push(']');
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn treebank_tokens() {
        assert_eq!(
            texts("Gondor's envoy didn't go; it won't (EU) stop, 50,000 at 11.8 U.S. rates."),
            [
                "GONDOR", "'S", "ENVOY", "DID", "N'T", "GO", ";", "IT", "WO", "N'T", "STOP", ",",
                "50,000", "AT", "11.8", "U.S.", "RATES", "."
            ]
        );
        assert_eq!(
            texts("an anti- Gondor Al-Qaeda parade -- the nations’ Dol_Amroth K.U. &amp;X"),
            [
                "AN", "ANTI-", "GONDOR", "AL-QAEDA", "PARADE", "--", "THE", "NATIONS", "'", "DOL",
                "AMROTH", "K.U.", "X"
            ]
        );
        let t = tokenize("Arnor’s army");
        assert_eq!(t[1].kind, TokKind::Poss);
        assert_eq!(&"Arnor’s army"[t[0].span.range()], "Arnor");
        assert!(t[0].upper_first && !t[2].upper_first);
    }

    #[test]
    fn dictionary_phrases_split_like_text() {
        let w = phrase_words("DID N'T");
        assert_eq!(w, [("DID".to_string(), false), ("N'T".to_string(), false)]);
        let w = phrase_words("DON'T");
        assert_eq!(w, [("DO".to_string(), true), ("N'T".to_string(), false)]);
        let w = phrase_words("THE_HERMIT_KINGDOM");
        assert_eq!(
            w,
            [
                ("THE".to_string(), true),
                ("HERMIT".to_string(), true),
                ("KINGDOM".to_string(), false)
            ]
        );
        let w = phrase_words("ADEN_ABYAN_ARMY_(AAIA)_");
        assert_eq!(w.len(), 3);
        assert!(!w[2].1);
        let w = phrase_words("RADAGAST THE_BROWN");
        assert_eq!((w[0].1, w[1].1), (false, true));
        let w = phrase_words("KNOWN_ AL-QAEDA");
        assert_eq!(
            w,
            [
                ("KNOWN".to_string(), false),
                ("AL-QAEDA".to_string(), false)
            ]
        );
    }

    #[test]
    fn form_kinds() {
        assert_eq!(form_kind("DEPARTED", false), FormKind::Ed);
        assert_eq!(form_kind("LEFT", false), FormKind::Ed);
        assert_eq!(form_kind("ACTING", false), FormKind::Ing);
        assert_eq!(form_kind("DEPARTS", false), FormKind::S);
        assert_eq!(form_kind("PRESS", false), FormKind::Base);
        assert_eq!(form_kind("BROKE", true), FormKind::Ed);
        assert_eq!(form_kind("VISIT", false), FormKind::Base);
    }
}
