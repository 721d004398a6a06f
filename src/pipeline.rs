//! The pipeline: the only place that knows the order of the stages.
//!
//! `ingest` → `extract` → `sentence` → `actor` → `code` (with the event
//! date from `time`), giving an [`Analysis`] per document; `store`/`export`
//! take it from there. Documents are analysed in parallel (rayon), in
//! batches so that memory stays flat however long the input; within a
//! document, sentences run in order because later sentences resolve
//! references to earlier ones (a dateline opening a sentence in
//! mid-document starts a new story of a digest, and the references
//! start afresh).
//!
//! The coding stage follows one of two convention sets, chosen by the
//! dictionaries ([`Dictionaries::conventions`]): Dateline's own (`actor` +
//! `code`), or the linear conventions of TABARI and PETRARCH-1
//! ([`crate::linear`]) when peer dictionaries are loaded. With the linear
//! conventions every sentence of a document is coded as one TABARI record
//! (pronouns may refer to the previous sentence when the options forward
//! them); a validation record is coded as one record, whatever its length.
//!
//! Documents whose language extraction identified as other than English
//! are analysed and kept (article, sentences) but not coded: the
//! dictionaries are English, and coding another language with them gives
//! noise, not events. Documents of unknown language are coded.
//!
//! Feeds (`dateline watch`, [`Pipeline::watch_feed`]) run in the same
//! order with `watch` in place of `ingest`: the feed is polled, new
//! articles fetched, analysed like any document, stored, and only then is
//! the poll (validators, links tried) recorded, so a crash between the two
//! refetches articles (which the content hash keeps from being stored
//! twice) rather than losing them.
//!
//! Invariants: a document that fails a stage becomes a [`Rejection`] and
//! never stops the batch; output order is input order.

use std::sync::Arc;

use rayon::prelude::*;

use crate::actor::{ActorRecognizer, DocContext, Np};
use crate::code::{Coder, Trace};
use crate::dict::{Conventions, Dictionaries, Lexed};
use crate::extract::Extractor;
use crate::ingest::Item;
use crate::linear;
use crate::model::{
    Analysis, Article, Date, DatePrecision, Event, RawDocument, Rejection, Sentence, Span,
};
use crate::sentence::Splitter;
use crate::store::{Store, StoreError};
use crate::time;
use crate::watch::Watcher;

/// What one poll of one feed did.
#[derive(Debug, Default)]
pub struct WatchReport {
    pub feed: String,
    /// The poll's outcome in words (`not modified (304)`, `8 items, 2
    /// new`, or why the feed could not be read).
    pub status: String,
    /// Whether the feed itself could not be read.
    pub failed: bool,
    /// Articles fetched and analysed.
    pub articles: usize,
    pub documents_added: usize,
    pub events_added: usize,
    /// Everything rejected: the feed, articles not fetched, pages that are
    /// not articles.
    pub rejected: Vec<Rejection>,
}

/// Whether an article is coded: its language is English or unknown.
pub fn codable(article: &Article) -> bool {
    article.language.as_deref().is_none_or(|l| l == "en")
}

/// All stages, built once.
pub struct Pipeline {
    extractor: Extractor,
    splitter: Splitter,
    actors: ActorRecognizer,
    coder: Coder,
    dicts: Arc<Dictionaries>,
}

/// The outcome of one input item.
#[derive(Debug)]
pub enum Outcome {
    Analysed(Box<Analysis>),
    Rejected(Rejection),
}

/// What [`Pipeline::explain`] shows for one sentence.
#[derive(Debug, serde::Serialize)]
pub struct Explanation {
    pub sentence: String,
    pub tokens: Vec<String>,
    pub actors: Vec<ExplainedActor>,
    pub steps: Vec<String>,
    pub events: Vec<Event>,
}

/// What [`Pipeline::code_record`] carries from one validation record to
/// the next.
#[derive(Debug)]
pub struct RecordState {
    linear: Option<linear::State>,
}

#[derive(Debug, serde::Serialize)]
pub struct ExplainedActor {
    pub text: String,
    pub codes: Vec<String>,
    pub how: String,
}

impl Pipeline {
    pub fn new(dicts: Arc<Dictionaries>) -> Pipeline {
        Pipeline {
            extractor: Extractor::new(),
            splitter: Splitter::new(),
            actors: ActorRecognizer::new(dicts.clone()),
            coder: Coder::new(dicts.clone()),
            dicts,
        }
    }

    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dicts
    }

    /// Extraction and sentence splitting only.
    pub fn extract(&self, raw: &RawDocument) -> Result<(Article, Vec<Sentence>), Rejection> {
        let article = self.extractor.extract(raw).map_err(|e| Rejection {
            input: raw.origin.to_string(),
            stage: "extract",
            reason: e.to_string(),
        })?;
        let sentences = self.splitter.split(&article.text);
        Ok((article, sentences))
    }

    /// Every stage on one document (coding only when the article is in a
    /// language the dictionaries read: see [`codable`]).
    ///
    /// A bug that panics while coding rejects this document (stage `code`,
    /// the panic's message as reason) instead of ending the batch.
    pub fn analyze(&self, raw: &RawDocument) -> Result<Analysis, Rejection> {
        let (article, sentences) = self.extract(raw)?;
        let events = if codable(&article) {
            // The coder reads only immutable dictionaries, so nothing is
            // left half-updated by an unwinding panic.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.code_article(&article, &sentences)
            }))
            .map_err(|panic| {
                let msg = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                Rejection {
                    input: raw.origin.to_string(),
                    stage: "code",
                    reason: format!("internal error while coding (a bug; please report it): {msg}"),
                }
            })?
        } else {
            Vec::new()
        };
        Ok(Analysis {
            article,
            sentences,
            events,
        })
    }

    /// Codes the sentences of an article, in order.
    pub fn code_article(&self, article: &Article, sentences: &[Sentence]) -> Vec<Event> {
        if let Some(ld) = self.linear() {
            let mut state = linear::State::new(ld);
            let mut events = Vec::new();
            for (k, s) in sentences.iter().enumerate() {
                let input = linear::Input {
                    text: &article.text[s.span.range()],
                    date: article.date,
                    sequence: linear::Sequence::Continues(k > 0),
                    trace: false,
                };
                let rec = ld.code_record(&input, &mut state);
                if rec.discard_story {
                    // PETRARCH's story discard: nothing of the story codes.
                    return Vec::new();
                }
                events.extend(linear::to_events(
                    &rec,
                    &self.dicts.codes,
                    &article.id,
                    s.index,
                    &article.text,
                    s.span.start as usize,
                ));
            }
            return events;
        }
        let home = article
            .dateline
            .as_ref()
            .and_then(|d| self.actors.country_of_place(&d.place, article.date));
        let mut ctx = DocContext::new(article.date).with_home(home);
        let mut lx = Lexed::default();
        let mut events = Vec::new();
        for (k, s) in sentences.iter().enumerate() {
            // A digest of wire items ("NEW YORK - Texaco Inc said it …")
            // starts a story at each dateline: its pronouns and unplaced
            // officials owe nothing to the story before it.
            if k > 0
                && let Some(fresh) = self.new_story(&article.text[s.span.range()], article.date)
            {
                ctx = fresh;
            }
            let mut evs = self.code_one(&article.text, s, &mut lx, &mut ctx, None).1;
            for e in &mut evs {
                e.doc.clone_from(&article.id);
            }
            events.append(&mut evs);
        }
        events
    }

    /// A fresh document context, placed by the dateline, when a sentence in
    /// mid-document opens on one: the next story of a digest (`code` and
    /// `explain` alike).
    fn new_story(&self, sentence: &str, date: Option<Date>) -> Option<DocContext> {
        let place = self.story_dateline(sentence)?;
        let home = self.actors.country_of_place(&place, date);
        Some(DocContext::new(date).with_home(home))
    }

    /// The place of a dateline opening a sentence in mid-document ("PARIS -
    /// Airbus Industrie said …"): a cheap test first, since most sentences
    /// open on no capitals and a dash.
    fn story_dateline(&self, sentence: &str) -> Option<String> {
        let head = sentence.get(..sentence.len().min(48)).unwrap_or(sentence);
        let dash = head.find(" - ").or_else(|| head.find(" -- "))?;
        let caps = &head[..dash];
        if caps.is_empty() || caps.chars().any(|c| c.is_lowercase()) {
            return None;
        }
        self.extractor.opening_dateline_place(sentence)
    }

    fn code_one(
        &self,
        text: &str,
        s: &Sentence,
        lx: &mut Lexed,
        ctx: &mut DocContext,
        trace: Option<&mut Trace>,
    ) -> (Vec<Np>, Vec<Event>) {
        lx.fill(&self.dicts.lexicon, text, s.span);
        let nps = self.actors.recognize(lx, ctx);
        let mut events = self.coder.code_sentence(text, s, lx, &nps, ctx, trace);
        // An event is dated by a date expression in its own clause, else
        // by the publication date.
        for e in &mut events {
            let stated = ctx.date.and_then(|anchor| {
                e.date_scope
                    .iter()
                    .find_map(|sp| time::event_date(&text[sp.range()], anchor))
            });
            match stated {
                Some(f) => {
                    e.date = Some(f.date);
                    e.date_precision = f.precision;
                }
                None => {
                    e.date = ctx.date;
                    e.date_precision = DatePrecision::Day;
                }
            }
        }
        (nps, events)
    }

    /// Codes a plain text (already clean) as one document: for `explain`,
    /// the coding cases and the benchmark.
    pub fn code_text(&self, text: &str, date: Option<Date>) -> Vec<Event> {
        let article = Article {
            id: "text".into(),
            date,
            text: text.to_string(),
            ..Article::default()
        };
        let sentences = self.splitter.split(text);
        self.code_article(&article, &sentences)
    }

    /// The linear coder's dictionaries, when the linear conventions code.
    fn linear(&self) -> Option<&linear::LinearDict> {
        match self.dicts.conventions() {
            Conventions::Linear => self.dicts.linear.as_ref(),
            Conventions::Dateline => None,
        }
    }

    /// The state a run of validation records carries from record to
    /// record (the linear conventions' options and pronoun forwarding).
    pub fn record_state(&self) -> RecordState {
        RecordState {
            linear: self.linear().map(linear::State::new),
        }
    }

    /// Codes one validation record with the coder's explanation. With
    /// Dateline's conventions its text is one document dated by the record;
    /// with the linear conventions it is one TABARI or PETRARCH record: the
    /// settings that precede it (PETRARCH's `<Config>`) apply first, its
    /// own option commands (TABARI's) after it.
    pub fn code_record(
        &self,
        record: &crate::validate::Record,
        state: &mut RecordState,
    ) -> crate::validate::Coded {
        if let (Some(ld), Some(st)) = (self.linear(), state.linear.as_mut()) {
            let mut config_errors = Vec::new();
            for o in &record.config {
                if let Err(e) = st.apply_option(o) {
                    config_errors.push(format!("option {o:?}: {e}"));
                }
            }
            let input = linear::Input {
                text: &record.text,
                date: record.date,
                sequence: linear::Sequence::IdLine(&record.header),
                trace: true,
            };
            let rec = ld.code_record(&input, st);
            let mut coded = crate::validate::Coded {
                discarded: rec.outcome == linear::Outcome::Discarded,
                complex: rec.outcome == linear::Outcome::Complex,
                trace: rec.trace,
                ..Default::default()
            };
            coded.trace.splice(0..0, config_errors);
            for e in rec.events {
                coded.events.insert((e.source, e.target, e.code));
            }
            for o in &record.options {
                if let Err(e) = st.apply_option(o) {
                    coded.trace.push(format!("option {o:?}: {e}"));
                }
            }
            return coded;
        }
        let sentences = self.splitter.split(&record.text);
        let mut ctx = DocContext::new(record.date);
        let mut lx = Lexed::default();
        let mut coded = crate::validate::Coded::default();
        for s in &sentences {
            let mut trace = Trace::new();
            let (_, events) = self.code_one(&record.text, s, &mut lx, &mut ctx, Some(&mut trace));
            for e in events {
                coded.events.insert((e.source.code, e.target.code, e.code));
            }
            coded.trace.extend(trace);
        }
        coded
    }

    /// Codes `text` (earlier sentences give context) and explains its last
    /// sentence: tokens, actors, the verb decisions and the events. With the
    /// linear conventions the whole text is one record, as TABARI codes it.
    pub fn explain(&self, text: &str, date: Option<Date>) -> Explanation {
        if let Some(ld) = self.linear() {
            let mut state = linear::State::new(ld);
            let input = linear::Input {
                text,
                date,
                sequence: linear::Sequence::Continues(false),
                trace: true,
            };
            let rec = ld.code_record(&input, &mut state);
            let events = linear::to_events(&rec, &self.dicts.codes, "text", 0, text, 0);
            return Explanation {
                sentence: text.trim().to_string(),
                tokens: rec.words.iter().map(|w| w.text.clone()).collect(),
                actors: rec
                    .actors
                    .iter()
                    .map(|a| ExplainedActor {
                        text: rec.words[a.words.0..=a.words.1]
                            .iter()
                            .map(|w| &text[w.span.range()])
                            .collect::<Vec<_>>()
                            .join(" "),
                        codes: a.codes.clone(),
                        how: a.how.clone(),
                    })
                    .collect(),
                steps: rec.trace,
                events,
            };
        }
        let sentences = self.splitter.split(text);
        let home = self
            .extractor
            .opening_dateline_place(text)
            .and_then(|place| self.actors.country_of_place(&place, date));
        let mut ctx = DocContext::new(date).with_home(home);
        let mut lx = Lexed::default();
        let last = sentences.len().saturating_sub(1);
        let mut out = Explanation {
            sentence: String::new(),
            tokens: Vec::new(),
            actors: Vec::new(),
            steps: Vec::new(),
            events: Vec::new(),
        };
        for (i, s) in sentences.iter().enumerate() {
            if i > 0
                && let Some(fresh) = self.new_story(&text[s.span.range()], date)
            {
                ctx = fresh;
            }
            if i < last {
                self.code_one(text, s, &mut lx, &mut ctx, None);
                continue;
            }
            let mut trace = Trace::new();
            let (nps, events) = self.code_one(text, s, &mut lx, &mut ctx, Some(&mut trace));
            out.sentence = text[s.span.range()].to_string();
            out.tokens = lx
                .tokens
                .iter()
                .map(|t| text[t.span.range()].to_string())
                .collect();
            out.actors = nps
                .iter()
                .map(|np| {
                    let span = Span::new(
                        lx.tokens[np.start].span.start as usize,
                        lx.tokens[np.end - 1].span.end as usize,
                    );
                    ExplainedActor {
                        text: text[span.range()].to_string(),
                        codes: np.codes.clone(),
                        how: np.how.clone(),
                    }
                })
                .collect();
            out.steps = trace;
            out.events = events;
        }
        out
    }

    /// Polls one feed and takes its new articles through every stage into
    /// the store; the feed's validators and the links tried are recorded
    /// after the articles are stored. Only a store error is an error.
    pub fn watch_feed(
        &self,
        watcher: &mut Watcher,
        store: &mut Store,
        feed: &str,
    ) -> Result<WatchReport, StoreError> {
        let previous = store.feed_state(feed)?;
        let mut store_error = None;
        let poll = watcher.poll(feed, previous.as_ref(), |url| {
            store.item_done(url).unwrap_or_else(|e| {
                store_error.get_or_insert(e);
                true
            })
        });
        if let Some(e) = store_error {
            return Err(e);
        }
        let mut report = WatchReport {
            feed: feed.to_string(),
            status: poll.status,
            failed: poll.failed,
            ..WatchReport::default()
        };
        self.run(poll.items.into_iter(), 64, |outcomes| {
            let mut analyses = Vec::new();
            let mut rejected = Vec::new();
            for o in outcomes {
                match o {
                    Outcome::Analysed(a) => analyses.push(*a),
                    Outcome::Rejected(r) => rejected.push(r),
                }
            }
            report.articles += analyses.len();
            let w = store.write(&analyses, &rejected)?;
            report.documents_added += w.documents_added;
            report.events_added += w.events_added;
            report.rejected.extend(rejected);
            Ok::<(), StoreError>(())
        })?;
        store.record_feed(&poll.state, &report.status, &poll.seen)?;
        Ok(report)
    }

    /// Analyses a stream of ingested items in parallel batches of
    /// `batch_size`, handing each batch's outcomes (in input order) to
    /// `sink`. Stops early only if `sink` fails.
    pub fn run<I, E>(
        &self,
        items: I,
        batch_size: usize,
        mut sink: impl FnMut(Vec<Outcome>) -> Result<(), E>,
    ) -> Result<(), E>
    where
        I: Iterator<Item = Item>,
    {
        let mut batch: Vec<Item> = Vec::with_capacity(batch_size);
        let mut items = items.peekable();
        while items.peek().is_some() {
            batch.clear();
            batch.extend(items.by_ref().take(batch_size.max(1)));
            let outcomes: Vec<Outcome> = batch
                .par_drain(..)
                .map(|item| match item {
                    Item::Document(raw) => match self.analyze(&raw) {
                        Ok(a) => Outcome::Analysed(Box::new(a)),
                        Err(r) => Outcome::Rejected(r),
                    },
                    Item::Rejected(r) => Outcome::Rejected(r),
                })
                .collect();
            sink(outcomes)?;
        }
        Ok(())
    }
}
