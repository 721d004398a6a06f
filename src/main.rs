//! The `dateline` command line: a thin shell over the library.
//!
//! Exit codes: 0 success; 1 a fatal error (unreadable dictionary, database
//! that cannot be opened or written, output error); 2 a usage error; 3 the
//! command finished but some inputs were rejected (each reported on stderr
//! and, for `run`, recorded in the database); 4 an evaluation scored below
//! its threshold (`validate --min-exact`, `eval extraction --min-f1`).

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};

use dateline::dict::{DictOptions, Dictionaries};
use dateline::export;
use dateline::ingest::{self, IngestOptions};
use dateline::model::{Analysis, Date, Rejection};
use dateline::pipeline::{Outcome, Pipeline};
use dateline::store::{EventQuery, Store};

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "Political event data from raw news: who did what to whom, when and where (CAMEO, PLOVER, GDELT).",
    long_about = None,
    after_help = "Exit codes: 0 success; 1 fatal error; 2 usage error; 3 finished, but some inputs were rejected; 4 validation below its threshold."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest, code and store documents in the database, then summarise.
    Run(RunArgs),
    /// Print the extracted articles as JSON Lines (no coding, no database).
    Extract(InputArgs),
    /// Print the coded events (no database).
    Code(CodeArgs),
    /// Query events stored in the database.
    Events(EventsArgs),
    /// Export stored events (GDELT 2.0 event format or JSON Lines).
    Export(ExportArgs),
    /// List the inputs the database recorded as rejected, with their reasons.
    Rejections(RejectionsArgs),
    /// Explain how a sentence is coded: tokens, actors, verb, pattern, events.
    Explain(ExplainArgs),
    /// Follow RSS/Atom feeds: fetch new articles, extract, code and store
    /// them; poll again every --interval (or once, with --once).
    Watch(WatchArgs),
    /// Measure extraction and coding speed (sentences/s, MB/s) on one core.
    Bench(BenchArgs),
    /// Run a peer validation suite (TABARI's Validate.project, PETRARCH's
    /// unit-test records) through Dateline's engine and score it.
    Validate(ValidateArgs),
    /// Work with the dictionaries (`dict check`, `dict stats`).
    Dict {
        #[command(subcommand)]
        command: DictCommand,
    },
    /// Evaluate a stage against a benchmark (`eval extraction DIR`).
    Eval {
        #[command(subcommand)]
        command: EvalCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Score HTML article extraction on a benchmark laid out like
    /// scrapinghub's (DIR/ground-truth.json, DIR/html/ID.html[.gz]):
    /// shingle precision, recall and F1 with 95% bootstrap intervals.
    Extraction(EvalExtractionArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum EvalStage {
    /// The HTML extractor's main text (what the benchmark annotates).
    Html,
    /// The article body after Dateline's whole extraction stage (datelines,
    /// footers and sign-offs removed too).
    Article,
}

#[derive(Args)]
struct EvalExtractionArgs {
    /// The benchmark directory.
    dir: PathBuf,
    /// Which text to score.
    #[arg(long, value_enum, default_value_t = EvalStage::Html)]
    stage: EvalStage,
    /// Print the summary and every page's scores as JSON.
    #[arg(long)]
    json: bool,
    /// Also measure extraction speed (pages/s, MB/s) on one core.
    #[arg(long)]
    bench: bool,
    /// Passes over the pages when benchmarking (the fastest is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// How many of the worst pages to list (text output).
    #[arg(long, default_value_t = 10)]
    worst: usize,
    /// Write the predictions here, as the benchmark's JSON ({id: {articleBody}}).
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// Fail (exit 4) when the F1 is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
}

#[derive(Subcommand)]
enum DictCommand {
    /// Lint the dictionaries: lines that do not load, names with two
    /// meanings, overlapping terms, undefined groups, verb forms in two
    /// blocks, duplicate and shadowed patterns. Exits 4 on errors.
    Check {
        #[command(flatten)]
        dicts: DictArgs,
        /// Print JSON Lines (at, severity, message) instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Count what the dictionaries hold.
    Stats {
        #[command(flatten)]
        dicts: DictArgs,
    },
}

#[derive(Args, Clone)]
struct DictArgs {
    /// Add a dictionary file or directory (repeatable). TABARI files
    /// (.actors, .agents, .verbs, .options, a .project naming them, or any
    /// file as tabari:PATH) are coded with TABARI's conventions.
    #[arg(long = "dict", value_name = "PATH")]
    dict: Vec<PathBuf>,
    /// Use only the dictionaries given with --dict (the English lexicon stays).
    #[arg(long)]
    no_builtin_dicts: bool,
}

#[derive(Args, Clone)]
struct InputArgs {
    /// Files or directories to read (.txt, .jsonl/.ndjson, .sgm, .html/.htm, any of them .gz; .warc/.warc.gz); `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Reject documents larger than this many bytes.
    #[arg(long, default_value_t = 8 << 20, value_name = "BYTES")]
    max_doc_bytes: usize,
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The database file.
    #[arg(long, default_value = "dateline.db")]
    db: PathBuf,
    /// Documents per batch (one transaction each).
    #[arg(long, default_value_t = 256)]
    batch: usize,
    /// No progress bar and no summary of events.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Args)]
struct WatchArgs {
    /// Feed URLs (RSS 0.9x/1.0/2.0 or Atom; http or https).
    #[arg(value_name = "URL", required = true)]
    feeds: Vec<String>,
    /// The database file (articles, events, and what was seen of each feed).
    #[arg(long, default_value = "dateline.db")]
    db: PathBuf,
    /// Poll every feed once, then exit.
    #[arg(long)]
    once: bool,
    /// Seconds from the start of one round of polls to the next.
    #[arg(long, default_value_t = 900.0, value_name = "SECS")]
    interval: f64,
    /// Seconds allowed for one request, connection to last byte.
    #[arg(long, default_value_t = 30.0, value_name = "SECS")]
    timeout: f64,
    /// Least seconds between two requests to one host (a site's robots.txt
    /// Crawl-delay, when longer, wins).
    #[arg(long, default_value_t = 1.0, value_name = "SECS")]
    host_delay: f64,
    /// Most new articles fetched from one feed per poll.
    #[arg(long, default_value_t = 50)]
    max_items: usize,
    /// The User-Agent header (the default names Dateline and its robots.txt
    /// token; operators may add a contact address).
    #[arg(long)]
    user_agent: Option<String>,
    /// Reject feeds and pages larger than this many bytes.
    #[arg(long, default_value_t = 8 << 20, value_name = "BYTES")]
    max_doc_bytes: usize,
    #[command(flatten)]
    dicts: DictArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum CodeFormat {
    Jsonl,
    Tsv,
}

#[derive(Args)]
struct CodeArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CodeFormat::Jsonl)]
    format: CodeFormat,
}

#[derive(Args)]
struct QueryArgs {
    /// Events whose source or target code starts with this (e.g. RUS, NERGOV).
    #[arg(long)]
    actor: Option<String>,
    /// CAMEO code prefix (e.g. 03, 0312, 19).
    #[arg(long)]
    code: Option<String>,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    from: Option<Date>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    to: Option<Date>,
    /// The database file.
    #[arg(long, default_value = "dateline.db")]
    db: PathBuf,
}

#[derive(Args)]
struct EventsArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// At most this many events.
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Print JSON Lines instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Gdelt,
    Jsonl,
}

#[derive(Args)]
struct ExportArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Gdelt)]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

#[derive(Args)]
struct RejectionsArgs {
    /// The database file.
    #[arg(long, default_value = "dateline.db")]
    db: PathBuf,
    /// At most this many, most recent first.
    #[arg(long, default_value_t = 50)]
    limit: usize,
}

#[derive(Args)]
struct ExplainArgs {
    /// The sentence (earlier sentences, if any, give context; a dateline
    /// opening the text, "CARACAS, March 11 - …", places it as in a
    /// dispatch).
    text: String,
    /// Publication date for resolving relative dates and dated entries.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Print the explanation as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum SuiteKind {
    /// TABARI's validation suite: PATH is its `.project` file.
    Tabari,
    /// PETRARCH's unit-test records: PATH is the records XML file.
    Petrarch,
}

#[derive(Args)]
struct ValidateArgs {
    /// Which suite.
    #[arg(value_enum)]
    suite: SuiteKind,
    /// The suite's `.project` (TABARI) or records XML (PETRARCH) file.
    path: PathBuf,
    /// Dictionaries to use instead of those the suite names (repeatable).
    #[arg(long = "dict", value_name = "PATH")]
    dict: Vec<PathBuf>,
    /// Print one JSON summary object (records, exact, tp, fp, fn, …).
    #[arg(long)]
    json: bool,
    /// Fail (exit 4) when fewer than this share of scored records are exactly right.
    #[arg(long, value_name = "SHARE")]
    min_exact: Option<f64>,
    /// How many mismatching records to print (all by default).
    #[arg(long)]
    show: Option<usize>,
}

#[derive(Args)]
struct BenchArgs {
    /// Corpora to measure (default: the bundled example corpus, and
    /// ../shared/corpus/reuters21578 when present).
    paths: Vec<PathBuf>,
    #[command(flatten)]
    dicts: DictArgs,
    /// Repeat the measurement this many times and report the best.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Print the results as JSON.
    #[arg(long)]
    json: bool,
    /// Measure WARC reading instead: stream the WARC files given once
    /// (framing, decompression, HTTP and charset decoding; no extraction)
    /// and report MB/s and records/s. `scripts/gen_warc.py` writes a
    /// large test file.
    #[arg(long, requires = "paths")]
    warc: bool,
    /// With --warc: pages larger than this are rejected.
    #[arg(long, default_value_t = 8 << 20, value_name = "BYTES")]
    max_doc_bytes: usize,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`dateline code … | head`) is not an error.
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("dateline: error: {}", error_chain(&e));
            ExitCode::from(1)
        }
    }
}

/// An error and its causes on one line. A library error that already
/// says its cause in its message also gives it as its source, and anyhow's
/// `{:#}` would print that cause twice: a cause already told is skipped.
fn error_chain(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Run(a) => run(a),
        Command::Extract(a) => extract(a),
        Command::Code(a) => code(a),
        Command::Events(a) => events(a),
        Command::Export(a) => export_cmd(a),
        Command::Rejections(a) => rejections(a),
        Command::Explain(a) => explain(a),
        Command::Watch(a) => watch(a),
        Command::Bench(a) => bench(a),
        Command::Validate(a) => validate(a),
        Command::Dict { command } => dict_command(command),
        Command::Eval {
            command: EvalCommand::Extraction(a),
        } => eval_extraction(a),
    }
}

fn load_dicts(a: &DictArgs) -> Result<Arc<Dictionaries>> {
    let d = Dictionaries::load(&DictOptions {
        no_builtin: a.no_builtin_dicts,
        paths: a.dict.clone(),
    })?;
    for w in &d.warnings {
        eprintln!("dateline: warning: {w}");
    }
    Ok(Arc::new(d))
}

fn inputs(a: &InputArgs) -> Vec<PathBuf> {
    if a.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        a.paths.clone()
    }
}

/// How many rejections are printed one by one before they are only counted
/// (`run` records every one in the database's `rejections` table).
const REJECTIONS_SHOWN: usize = 20;

fn report_rejection(r: &Rejection, seen: usize) {
    if seen < REJECTIONS_SHOWN {
        eprintln!("dateline: rejected {}: {}", r.input, r.reason);
    } else if seen == REJECTIONS_SHOWN {
        eprintln!(
            "dateline: further rejections are counted, not listed (`run` records them all in the database)"
        );
    }
}

fn exit_for(rejected: usize) -> ExitCode {
    if rejected > 0 {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    }
}

fn run(a: RunArgs) -> Result<ExitCode> {
    let dicts = load_dicts(&a.input.dicts)?;
    let pipeline = Pipeline::new(dicts);
    let mut store = Store::open(&a.db)?;
    let opts = IngestOptions::with_max_doc_bytes(a.input.max_doc_bytes);
    let paths = inputs(&a.input);
    let progress = (!a.quiet && io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                .expect("valid template"),
        );
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        pb
    });
    let started = Instant::now();
    let mut totals = Totals::default();
    pipeline.run(
        ingest::read(&paths, &opts),
        a.batch,
        |outcomes| -> Result<()> {
            let mut analyses: Vec<Analysis> = Vec::new();
            let mut rejected: Vec<Rejection> = Vec::new();
            for o in outcomes {
                match o {
                    Outcome::Analysed(x) => {
                        totals.sentences += x.sentences.len();
                        totals.events += x.events.len();
                        analyses.push(*x);
                    }
                    Outcome::Rejected(r) => {
                        let seen = totals.rejected + rejected.len();
                        match &progress {
                            Some(pb) => pb.suspend(|| report_rejection(&r, seen)),
                            None => report_rejection(&r, seen),
                        }
                        rejected.push(r);
                    }
                }
            }
            totals.documents += analyses.len();
            totals.rejected += rejected.len();
            let w = store
                .write(&analyses, &rejected)
                .with_context(|| format!("writing to {}", a.db.display()))?;
            totals.new_documents += w.documents_added;
            totals.existing += w.documents_existing;
            totals.new_events += w.events_added;
            if let Some(pb) = &progress {
                pb.set_message(format!(
                    "{} documents, {} events, {} rejected",
                    totals.documents, totals.events, totals.rejected
                ));
            }
            Ok(())
        },
    )?;
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "Read {} documents ({} sentences) in {:.2}s: {} new, {} already stored, {} rejected.",
        totals.documents,
        totals.sentences,
        secs,
        totals.new_documents,
        totals.existing,
        totals.rejected
    );
    let w = opts.warc.snapshot();
    if w.files > 0 {
        eprintln!(
            "WARC: {} records in {} file(s): {} HTML pages, {} skipped (not HTML, redirects, \
             other statuses, other record types), {} rejected.",
            w.records,
            w.files,
            w.html,
            w.skipped(),
            w.rejected
        );
    }
    eprintln!(
        "Coded {} events ({} new) into {}.",
        totals.events,
        totals.new_events,
        a.db.display()
    );
    if !a.quiet {
        summarise(&store)?;
    }
    Ok(exit_for(totals.rejected))
}

#[derive(Default)]
struct Totals {
    documents: usize,
    sentences: usize,
    events: usize,
    rejected: usize,
    new_documents: usize,
    existing: usize,
    new_events: usize,
}

/// What the database holds now: events by root category and a sample.
fn summarise(store: &Store) -> Result<()> {
    let all = store.events(&EventQuery::default())?;
    if all.is_empty() {
        println!("The database holds no events.");
        return Ok(());
    }
    let mut by_root: std::collections::BTreeMap<String, usize> = Default::default();
    for e in &all {
        *by_root.entry(e.event.root.clone()).or_default() += 1;
    }
    let codes = dateline::cameo::CodeTable::builtin();
    println!(
        "Events in the database by CAMEO root ({} in all):",
        all.len()
    );
    for (root, n) in &by_root {
        let name = codes.get(root).map_or("", |c| &c.name);
        println!("  {root}  {n:>6}  {name}");
    }
    println!("\nA sample (dateline events --help for queries):");
    let mut out = io::stdout().lock();
    print_event_table(&mut out, all.iter().take(12).map(|s| &s.event))?;
    Ok(())
}

fn print_event_table<'a>(
    w: &mut impl Write,
    events: impl Iterator<Item = &'a dateline::model::Event>,
) -> Result<()> {
    writeln!(
        w,
        "{:<10}  {:<10}  {:<5}  {:<10}  {:<9}  evidence",
        "date", "source", "code", "target", "plover"
    )?;
    for e in events {
        let date = e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
        writeln!(
            w,
            "{:<10}  {:<10}  {:<5}  {:<10}  {:<9}  {} | {} | {}",
            date,
            e.source.code,
            e.code,
            e.target.code,
            e.plover.as_deref().unwrap_or("-"),
            e.source.text,
            e.verb_text,
            e.target.text
        )?;
    }
    Ok(())
}

fn extract(a: InputArgs) -> Result<ExitCode> {
    // Extraction needs no dictionaries; the pipeline is built with the
    // built-in ones only so that `extract` starts instantly either way.
    let pipeline = Pipeline::new(load_dicts(&a.dicts)?);
    let opts = IngestOptions::with_max_doc_bytes(a.max_doc_bytes);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut rejected = 0;
    for item in ingest::read(&inputs(&a), &opts) {
        match item {
            ingest::Item::Document(raw) => match pipeline.extract(&raw) {
                Ok((article, sentences)) => {
                    let sents: Vec<&str> = sentences
                        .iter()
                        .map(|s| &article.text[s.span.range()])
                        .collect();
                    let v = serde_json::json!({
                        "id": article.id,
                        "title": article.title,
                        "dateline": article.dateline,
                        "date": article.date,
                        "url": article.url,
                        "source": article.source,
                        "author": article.author,
                        "language": article.language,
                        "canonical_url": article.canonical_url,
                        "text": article.text,
                        "sentences": sents,
                    });
                    serde_json::to_writer(&mut out, &v)?;
                    out.write_all(b"\n")?;
                }
                Err(r) => {
                    report_rejection(&r, rejected);
                    rejected += 1;
                }
            },
            ingest::Item::Rejected(r) => {
                report_rejection(&r, rejected);
                rejected += 1;
            }
        }
    }
    out.flush()?;
    Ok(exit_for(rejected))
}

fn code(a: CodeArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(load_dicts(&a.input.dicts)?);
    let opts = IngestOptions::with_max_doc_bytes(a.input.max_doc_bytes);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut rejected = 0;
    if matches!(a.format, CodeFormat::Tsv) {
        export::write_tsv_header(&mut out)?;
    }
    pipeline.run(
        ingest::read(&inputs(&a.input), &opts),
        64,
        |outcomes| -> Result<()> {
            for o in outcomes {
                match o {
                    Outcome::Analysed(x) => match a.format {
                        CodeFormat::Jsonl => {
                            for e in &x.events {
                                serde_json::to_writer(&mut out, e)?;
                                out.write_all(b"\n")?;
                            }
                        }
                        CodeFormat::Tsv => export::write_tsv_rows(&mut out, &x.events)?,
                    },
                    Outcome::Rejected(r) => {
                        report_rejection(&r, rejected);
                        rejected += 1;
                    }
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(exit_for(rejected))
}

fn query(q: &QueryArgs, limit: Option<usize>) -> EventQuery {
    EventQuery {
        actor: q.actor.clone(),
        code: q.code.clone(),
        from: q.from,
        to: q.to,
        limit,
    }
}

fn open_existing(db: &std::path::Path) -> Result<Store> {
    Store::open_existing(db)
        .with_context(|| "create the database with `dateline run PATH…`".to_string())
}

fn events(a: EventsArgs) -> Result<ExitCode> {
    let store = open_existing(&a.query.db)?;
    let evs = store.events(&query(&a.query, Some(a.limit)))?;
    let mut out = BufWriter::new(io::stdout().lock());
    if a.json {
        export::write_jsonl(&mut out, &evs)?;
    } else {
        print_event_table(&mut out, evs.iter().map(|s| &s.event))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn export_cmd(a: ExportArgs) -> Result<ExitCode> {
    let store = open_existing(&a.query.db)?;
    let evs = store.events(&query(&a.query, None))?;
    let mut out: Box<dyn Write> = match &a.output {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    match a.format {
        ExportFormat::Gdelt => export::write_gdelt(&mut out, &evs)?,
        ExportFormat::Jsonl => export::write_jsonl(&mut out, &evs)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn rejections(a: RejectionsArgs) -> Result<ExitCode> {
    let store = open_existing(&a.db)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for r in store.rejections(a.limit)? {
        writeln!(out, "{}\t{}\t{}\t{}", r.time, r.stage, r.input, r.reason)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn explain(a: ExplainArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::new(load_dicts(&a.dicts)?);
    let x = pipeline.explain(&a.text, a.date);
    let mut out = io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &x)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "sentence: {}", x.sentence)?;
    writeln!(out, "tokens:   {}", x.tokens.join(" · "))?;
    writeln!(out, "actors:")?;
    for act in &x.actors {
        writeln!(
            out,
            "  {:<32} {:<18} {}",
            act.text,
            act.codes.join("+"),
            act.how
        )?;
    }
    writeln!(out, "coding:")?;
    for s in &x.steps {
        writeln!(out, "  {s}")?;
    }
    writeln!(out, "events:")?;
    if x.events.is_empty() {
        writeln!(out, "  (none)")?;
    }
    let codes = dateline::cameo::CodeTable::builtin();
    for e in &x.events {
        let about = match codes.get(&e.code) {
            Some(c) => format!(
                "{}, Goldstein {}, QuadClass {}, PLOVER {}",
                c.name, c.goldstein, c.quad, c.plover
            ),
            None => "not a CAMEO code".to_string(),
        };
        writeln!(
            out,
            "  {} {} {}  ({about})  rule {}",
            e.source.code, e.code, e.target.code, e.rule
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn validate(a: ValidateArgs) -> Result<ExitCode> {
    use dateline::validate;
    let suite = match a.suite {
        SuiteKind::Tabari => validate::load_tabari(&a.path)?,
        SuiteKind::Petrarch => validate::load_petrarch(&a.path)?,
    };
    for w in &suite.warnings {
        eprintln!("dateline: warning: {w}");
    }
    let mut paths = if a.dict.is_empty() {
        suite.dictionaries.clone()
    } else {
        a.dict.clone()
    };
    if let Some(o) = &suite.options {
        paths.push(o.clone());
    }
    let dicts = load_dicts(&DictArgs {
        dict: paths,
        no_builtin_dicts: true,
    })?;
    let pipeline = Pipeline::new(dicts);
    let mut state = pipeline.record_state();
    let report = validate::score(&suite, |r| pipeline.code_record(r, &mut state));
    let mut out = io::stdout().lock();
    if a.json {
        let v = serde_json::json!({
            "suite": report.suite,
            "records": report.total.records,
            "exact": report.total.exact,
            "tp": report.total.tp,
            "fp": report.total.fp,
            "fn": report.total.fn_,
            "exact_share": report.total.share(),
            "skipped": report.skipped,
            "categories": report.categories,
        });
        writeln!(out, "{v}")?;
    } else {
        for m in report.mismatches.iter().take(a.show.unwrap_or(usize::MAX)) {
            writeln!(out, "MISMATCH {} [{}]: {}", m.id, m.category, m.text)?;
            writeln!(out, "  expected: {}", m.expected)?;
            writeln!(out, "  coded:    {}", m.coded)?;
            for t in &m.trace {
                writeln!(out, "    {t}")?;
            }
        }
        writeln!(out, "{report}")?;
    }
    if let Some(min) = a.min_exact
        && report.total.share() < min
    {
        eprintln!(
            "dateline: {} suite: {:.1}% exactly right, below the required {:.1}%",
            report.suite,
            100.0 * report.total.share(),
            100.0 * min
        );
        return Ok(ExitCode::from(4));
    }
    Ok(ExitCode::SUCCESS)
}

fn dict_command(c: DictCommand) -> Result<ExitCode> {
    match c {
        DictCommand::Check { dicts, json } => {
            // Load without printing warnings: the check reports them.
            let d = Dictionaries::load(&DictOptions {
                no_builtin: dicts.no_builtin_dicts,
                paths: dicts.dict.clone(),
            })?;
            let findings = dateline::dict::check::check(&d);
            let mut out = BufWriter::new(io::stdout().lock());
            for f in &findings {
                if json {
                    serde_json::to_writer(&mut out, f)?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{f}")?;
                }
            }
            out.flush()?;
            let errors = findings
                .iter()
                .filter(|f| f.severity == dateline::dict::check::Severity::Error)
                .count();
            eprintln!(
                "{} findings: {errors} errors, {} warnings",
                findings.len(),
                findings.len() - errors
            );
            Ok(if errors > 0 {
                ExitCode::from(4)
            } else {
                ExitCode::SUCCESS
            })
        }
        DictCommand::Stats { dicts } => {
            let d = load_dicts(&dicts)?;
            println!("{}", serde_json::to_string_pretty(&d.stats())?);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn secs(name: &str, v: f64) -> Result<Duration> {
    if !(v.is_finite() && v >= 0.0) {
        bail!("--{name} must be a number of seconds, not {v}");
    }
    Ok(Duration::from_secs_f64(v))
}

fn watch(a: WatchArgs) -> Result<ExitCode> {
    use dateline::watch::{WatchOptions, Watcher};
    let opts = WatchOptions {
        user_agent: a
            .user_agent
            .clone()
            .unwrap_or_else(dateline::watch::default_user_agent),
        timeout: secs("timeout", a.timeout)?,
        host_delay: secs("host-delay", a.host_delay)?,
        max_doc_bytes: a.max_doc_bytes,
        max_items: a.max_items,
    };
    let interval = secs("interval", a.interval)?;
    let pipeline = Pipeline::new(load_dicts(&a.dicts)?);
    let mut store = Store::open(&a.db)?;
    let mut watcher = Watcher::new(opts);
    let mut rejected = 0;
    loop {
        let started = Instant::now();
        for feed in &a.feeds {
            let r = pipeline
                .watch_feed(&mut watcher, &mut store, feed)
                .with_context(|| format!("writing to {}", a.db.display()))?;
            for x in &r.rejected {
                eprintln!("dateline: rejected {}: {}", x.input, x.reason);
            }
            rejected += r.rejected.len();
            eprintln!(
                "{}: {}; {} articles analysed, {} new documents, {} new events, {} rejected",
                r.feed,
                r.status,
                r.articles,
                r.documents_added,
                r.events_added,
                r.rejected.len()
            );
        }
        if a.once {
            break;
        }
        if let Some(wait) = interval.checked_sub(started.elapsed()) {
            std::thread::sleep(wait);
        }
    }
    Ok(exit_for(rejected))
}

fn bench(a: BenchArgs) -> Result<ExitCode> {
    if a.warc {
        let r = dateline::bench::warc(&a.paths, a.max_doc_bytes)?;
        if a.json {
            println!("{}", serde_json::to_string_pretty(&r)?);
        } else {
            println!("{r}");
        }
        return Ok(ExitCode::SUCCESS);
    }
    let t0 = Instant::now();
    let dicts = load_dicts(&a.dicts)?;
    let load_secs = t0.elapsed().as_secs_f64();
    let stats = dicts.stats();
    let pipeline = Pipeline::new(dicts);
    let mut paths = a.paths.clone();
    if paths.is_empty() {
        paths.push(PathBuf::from("examples/corpus"));
        let reuters = PathBuf::from("../shared/corpus/reuters21578");
        if reuters.exists() {
            paths.push(reuters);
        }
    }
    let report = dateline::bench::run(&pipeline, &paths, a.repeat.max(1))?;
    if a.json {
        let v = serde_json::json!({
            "dictionary_load_seconds": load_secs,
            "dictionaries": stats,
            "corpora": report,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        let peer = if stats.peer_roots > 0 {
            format!(", {} peer phrases (linear conventions)", stats.peer_roots)
        } else {
            String::new()
        };
        println!(
            "dictionaries: {} files, {} actor phrases{peer}, {} verb patterns, loaded in {:.3}s",
            stats.files, stats.actor_phrases, stats.patterns, load_secs
        );
        for r in &report {
            println!("{r}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_extraction(a: EvalExtractionArgs) -> Result<ExitCode> {
    use dateline::eval;
    let pages = eval::load(&a.dir)?;
    let html = dateline::html::HtmlExtractor::new();
    let pipeline = match a.stage {
        EvalStage::Html => None,
        EvalStage::Article => Some(Pipeline::new(load_dicts(&DictArgs {
            dict: Vec::new(),
            no_builtin_dicts: false,
        })?)),
    };
    let extract = |p: &eval::Page| -> Result<String, String> {
        match &pipeline {
            None => html
                .extract_bytes(&p.bytes, p.url.as_deref(), None)
                .map(|x| x.text)
                .map_err(|e| e.to_string()),
            Some(pl) => {
                let raw = dateline::html::document(&p.id, &p.bytes, p.url.as_deref(), None);
                pl.extract(&raw)
                    .map(|(art, _)| art.text)
                    .map_err(|r| r.reason)
            }
        }
    };
    let report = eval::score(&pages, extract);
    let speed = a.bench.then(|| eval::bench(&pages, a.repeat, extract));
    if let Some(path) = &a.predictions {
        let map: serde_json::Map<String, serde_json::Value> = report
            .results
            .iter()
            .map(|r| {
                (
                    r.id.clone(),
                    serde_json::json!({ "articleBody": r.prediction }),
                )
            })
            .collect();
        std::fs::write(path, serde_json::to_string(&map)?)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let mut out = io::stdout().lock();
    if a.json {
        let pages: Vec<serde_json::Value> = report
            .results
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "precision": r.precision,
                    "recall": r.recall,
                    "f1": r.f1,
                    "predicted_tokens": r.predicted_tokens,
                    "truth_tokens": r.truth_tokens,
                    "error": r.error,
                })
            })
            .collect();
        let v = serde_json::json!({
            "dir": a.dir.display().to_string(),
            "pages": report.pages,
            "precision": report.precision,
            "recall": report.recall,
            "f1": report.f1,
            "exact": report.exact,
            "rejected": report.rejected,
            "speed": speed,
            "results": pages,
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(below_min_f1(report.f1.value, a.min_f1));
    }
    writeln!(
        out,
        "{}: {} pages, {} exact, {} rejected",
        a.dir.display(),
        report.pages,
        report.exact,
        report.rejected
    )?;
    writeln!(
        out,
        "precision {:.4} ± {:.4}  recall {:.4} ± {:.4}  F1 {:.4} ± {:.4}",
        report.precision.value,
        report.precision.ci95,
        report.recall.value,
        report.recall.ci95,
        report.f1.value,
        report.f1.ci95
    )?;
    if a.worst > 0 {
        let mut worst: Vec<&dateline::eval::PageResult> = report.results.iter().collect();
        worst.sort_by(|x, y| x.f1.total_cmp(&y.f1));
        writeln!(out, "worst pages (id, P, R, F1, predicted/true tokens):")?;
        for r in worst.iter().take(a.worst) {
            writeln!(
                out,
                "  {}  {:.3}  {:.3}  {:.3}  {}/{}{}",
                r.id,
                r.precision,
                r.recall,
                r.f1,
                r.predicted_tokens,
                r.truth_tokens,
                r.error
                    .as_deref()
                    .map(|e| format!("  ({e})"))
                    .unwrap_or_default()
            )?;
        }
    }
    if let Some(s) = speed {
        writeln!(
            out,
            "speed (one core, decode + extract, best of {}): {:.1} pages/s, {:.2} MB/s ({} pages, {:.1} MB in {:.3}s)",
            a.repeat.max(1),
            s.pages_per_second,
            s.mb_per_second,
            s.pages,
            s.bytes as f64 / 1e6,
            s.seconds
        )?;
    }
    Ok(below_min_f1(report.f1.value, a.min_f1))
}

/// Exit 4 (and say so) when an evaluation's F1 is below the threshold.
fn below_min_f1(f1: f64, min: Option<f64>) -> ExitCode {
    match min {
        Some(m) if f1 < m => {
            eprintln!("dateline: extraction F1 {f1:.4} is below the threshold {m:.4}");
            ExitCode::from(4)
        }
        _ => ExitCode::SUCCESS,
    }
}
