//! The linear coding conventions: TABARI's (and, with its own front-end,
//! PETRARCH-1's) way of coding a record — dictionary roots by longest
//! match, comma and conjunction clauses, the first actor of the clause as
//! source, the first actor after the verb as target, the longest matching
//! pattern — for users who bring those programs' dictionaries
//! (`docs/peers/tabari.md`).
//!
//! Dateline's own coder (`crate::code`) follows linguistic conventions for
//! Dateline's dictionaries; this module is the second convention set, used
//! when peer dictionaries are loaded. It shares the model types, the
//! sentence splitter, the validation harness and the CLI.
//!
//! Takes a [`LinearDict`] (read by [`tabari`]), one record's text and date
//! and the [`State`] carried from record to record (options changed by
//! validation records, pronoun forwarding); gives a [`Record`]: the outcome
//! (coded, no events, discarded, complex, too short), the events with the
//! words that evidence them, and a trace.
//!
//! Module map, TABARI: [`words`] (text filter) → [`roots`] (roots, nouns,
//! compounds, clauses, pronouns, complexity) → [`pattern`] (the pattern
//! matcher) → [`coder`] (verb loop, source/target, events). PETRARCH-1:
//! [`chunk`] (Treebank-style tokens, verbal and nominal uses, noun
//! phrases, compounds, clause commas) → [`petr_code`] (phrase codes, verb
//! loop with consumption, pattern matching on phrases, source/target,
//! events). Shared: [`options`] (the settings of both), [`dict`] (the
//! compiled dictionaries: literals, codes, actor, agent and verb roots,
//! dated actor codes, verb entries), read by [`tabari`] and [`petrarch`].
//!
//! The two front ends differ where the programs differ, never by suite:
//! TABARI matches stems and codes actor words inside clauses found by
//! conjunctions and commas; PETRARCH matches whole tokens and codes noun
//! phrases, a verb's span before it running back to a clause comma and
//! after it over its verb phrase, with `require_dyad`, `new_actor_length`
//! and its own comma limits in [`Options`]. A dictionary with
//! [`LinearDict::petrarch`] set codes with PETRARCH's conventions.
//!
//! Invariants: a record is coded as one unit ("sentence" in TABARI's
//! sense), whatever its length; nothing in the coder depends on a
//! particular suite or dictionary; the dictionaries are read-only after
//! loading, so one [`LinearDict`] codes in parallel on `&self`.

pub mod chunk;
pub mod coder;
pub mod dict;
pub mod options;
pub mod pattern;
pub mod petr_code;
pub mod petrarch;
pub mod roots;
pub mod tabari;
pub mod words;

pub use coder::{FoundActor, LinearEvent, Outcome};
pub use dict::LinearDict;
pub use options::{CodeBy, Options};
pub use petrarch::PetrKind;
pub use tabari::TabariKind;

use crate::cameo::CodeTable;
use crate::model::{Date, DatePrecision, Event, EventActor, Span};
use roots::{Forwarded, Parse};
use words::Word;

/// What the coder carries from one record to the next: the options in
/// force (validation records change them) and what a pronoun of the next
/// sentence of the same story may refer to.
#[derive(Clone, Debug)]
pub struct State {
    pub options: Options,
    story: Option<String>,
    seq: Option<i64>,
    forward: Option<Forwarded>,
}

impl State {
    /// The state at the start of a run: the dictionaries' options (a
    /// `<TIME>` section switches time shifting on, as in TABARI).
    pub fn new(dict: &LinearDict) -> State {
        let mut options = dict.options.clone();
        options.time_shift |= dict.has_time;
        State {
            options,
            story: None,
            seq: None,
            forward: None,
        }
    }

    /// Applies an option command (`SET: CODE ALL`, `DEFAULT: OFF`, …).
    pub fn apply_option(&mut self, command: &str) -> Result<(), String> {
        self.options.apply(command)
    }

    /// Whether the record continues the previous one's story, so that its
    /// pronouns may refer to the previous record (TABARI's `FORWARD`).
    fn follows(&mut self, seq: &Sequence) -> bool {
        let Some(mask) = self.options.forward.clone() else {
            self.story = None;
            self.seq = None;
            return false;
        };
        match seq {
            Sequence::Continues(c) => *c,
            Sequence::IdLine(line) => {
                let field = |r: Option<(usize, usize)>| {
                    r.and_then(|(a, b)| line.get(a..b.min(line.len())))
                        .map(str::to_string)
                };
                let story = field(mask.story);
                let seq = field(mask.sentence).and_then(|s| s.trim().parse::<i64>().ok());
                let same = story.is_some() && story == self.story;
                let follows = same && matches!((self.seq, seq), (Some(a), Some(b)) if b == a + 1);
                self.story = story;
                self.seq = seq;
                follows
            }
        }
    }
}

/// How a record relates to the one before it.
#[derive(Clone, Copy, Debug)]
pub enum Sequence<'a> {
    /// A TABARI record: the ID line after its date, read with the
    /// `FORWARD` mask.
    IdLine(&'a str),
    /// A sentence of a document: whether it follows the previous sentence
    /// of the same document.
    Continues(bool),
}

/// One record to code.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    pub text: &'a str,
    pub date: Option<Date>,
    pub sequence: Sequence<'a>,
    /// Explain every decision in [`Record::trace`] (and list the actors).
    pub trace: bool,
}

/// A coded record.
#[derive(Clone, Debug)]
pub struct Record {
    pub outcome: Outcome,
    pub events: Vec<LinearEvent>,
    /// The record's words (their spans index the input text).
    pub words: Vec<Word>,
    /// The record date after a time shift.
    pub date: Option<Date>,
    /// The actor phrases found, with their codes.
    pub actors: Vec<FoundActor>,
    /// What the coder decided, step by step.
    pub trace: Vec<String>,
    /// PETRARCH: a story discard phrase matched (the whole document is not
    /// coded).
    pub discard_story: bool,
}

impl LinearDict {
    /// Codes one record.
    pub fn code_record(&self, input: &Input, state: &mut State) -> Record {
        if let Some(p) = &self.petrarch {
            return petr_code::code(self, p, input, state);
        }
        let filtered = words::filter(input.text);
        let opts = state.options.clone();
        let follows = state.follows(&input.sequence);
        let mut trace = Vec::new();
        if filtered.words.len() < opts.min_words {
            trace.push(format!(
                "{} words, fewer than the minimum {}: not coded",
                filtered.words.len(),
                opts.min_words
            ));
            trace.truncate(usize::from(input.trace));
            return Record {
                outcome: Outcome::TooShort,
                events: Vec::new(),
                words: filtered.words,
                date: input.date,
                actors: Vec::new(),
                trace,
                discard_story: false,
            };
        }
        let forward = if follows {
            state.forward.as_ref()
        } else {
            None
        };
        let parse = Parse::new(self, &filtered, &opts, input.date, forward, input.trace);
        state.forward = Some(parse.forward_candidates());
        if input.trace {
            self.describe(&parse, &mut trace);
        }
        let mut run = coder::Run::new(self, &parse, &opts, input.date);
        run.tracing = input.trace;
        let (outcome, events) = run.code();
        let actors = if input.trace {
            run.actors()
        } else {
            Vec::new()
        };
        if input.trace {
            if let Some(why) = &parse.complex {
                trace.push(format!("complex: {why}"));
            }
            trace.append(&mut run.trace);
            trace.push(format!("outcome: {}", outcome.label()));
        }
        let date = run.date;
        drop(run);
        drop(parse);
        Record {
            outcome,
            events,
            date,
            words: filtered.words,
            actors,
            trace,
            discard_story: false,
        }
    }

    fn describe(&self, p: &Parse, trace: &mut Vec<String>) {
        let words: Vec<String> = (0..p.n).map(|i| p.describe(self, i)).collect();
        trace.push(format!("words: {}", words.join(" ")));
        let span = |a: usize, b: usize| -> String {
            p.words[a..=b.min(p.n - 1)]
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (a, b) in p.compounds() {
            trace.push(format!("compound: {}", span(a, b)));
        }
        for (a, b) in p.deleted() {
            trace.push(format!("deleted: {}", span(a, b)));
        }
        let clauses = p.clauses();
        if clauses.len() > 1 {
            for (k, (a, b)) in clauses.iter().enumerate() {
                trace.push(format!("clause {}: {}", k + 1, span(*a, *b)));
            }
        }
        trace.extend(p.notes.iter().cloned());
    }
}

/// Turns a coded record's events into Dateline events. `offset` is where
/// the record's text starts in the document's text; `text` is the
/// document's text.
pub fn to_events(
    rec: &Record,
    codes: &CodeTable,
    doc: &str,
    sentence: u32,
    text: &str,
    offset: usize,
) -> Vec<Event> {
    let span_of = |r: Option<(usize, usize)>| -> Span {
        match r {
            Some((a, b)) if b < rec.words.len() => Span::new(
                rec.words[a].span.start as usize + offset,
                rec.words[b].span.end as usize + offset,
            ),
            _ => Span::new(offset, offset),
        }
    };
    let sentence_span = match (rec.words.first(), rec.words.last()) {
        (Some(a), Some(b)) => {
            Span::new(a.span.start as usize + offset, b.span.end as usize + offset)
        }
        _ => Span::new(offset, offset),
    };
    let slice = |s: Span| text.get(s.range()).unwrap_or("").to_string();
    rec.events
        .iter()
        .map(|e| {
            let info = codes.get(&e.code);
            let prefix = |n: usize| e.code.get(..n).unwrap_or(&e.code).to_string();
            let (src, tgt) = (span_of(e.source_words), span_of(e.target_words));
            let verb = span_of(Some(e.verb_words));
            Event {
                doc: doc.to_string(),
                sentence,
                date: rec.date,
                date_precision: DatePrecision::Day,
                source: EventActor {
                    code: e.source.clone(),
                    text: slice(src),
                    span: src,
                },
                target: EventActor {
                    code: e.target.clone(),
                    text: slice(tgt),
                    span: tgt,
                },
                code: e.code.clone(),
                root: prefix(2),
                base: prefix(3),
                quad_class: info.map(|i| i.quad),
                goldstein: info.map(|i| i.goldstein),
                plover: info.map(|i| i.plover.to_string()),
                verb_text: slice(verb),
                verb_span: verb,
                rule: e.rule.clone(),
                pattern: e.pattern.clone(),
                sentence_text: slice(sentence_span),
                date_scope: vec![sentence_span],
            }
        })
        .collect()
}

#[cfg(test)]
mod petr_tests;
#[cfg(test)]
mod tests;
