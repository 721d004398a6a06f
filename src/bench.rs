//! The benchmark behind `dateline bench`: extraction, sentence splitting,
//! actor recognition and coding of whole corpora on one core, reported as
//! sentences per second and megabytes per second, and the coding stages
//! (actors, verbs, events) timed apart from extraction and splitting.
//!
//! Takes corpora (any input `ingest` reads); gives one [`BenchReport`] per
//! corpus. Invariants: input is read into memory before timing starts, so
//! only the pipeline is measured; the same input always gives the same
//! counts; timing is the best of at least `repeat` runs (and of at least a
//! second of runs), in a single thread.
//!
//! [`warc`] (`dateline bench --warc`) measures WARC reading instead: the
//! files are streamed through ingest once, in one thread, and nothing is
//! kept (a multi-gigabyte file is the point), giving a [`WarcBenchReport`].

use std::fmt;
use std::path::PathBuf;
use std::time::Instant;

use crate::ingest::{self, IngestOptions, Item, WarcCounts};
use crate::model::RawDocument;
use crate::pipeline::{Pipeline, codable};

#[derive(Debug, serde::Serialize)]
pub struct BenchReport {
    pub corpus: String,
    pub documents: usize,
    pub rejected: usize,
    pub bytes: usize,
    pub sentences: usize,
    pub events: usize,
    pub seconds: f64,
    pub sentences_per_second: f64,
    pub megabytes_per_second: f64,
    /// The best run's time in extraction, cleaning, language identification
    /// and sentence splitting (`Pipeline::extract`).
    pub extract_seconds: f64,
    /// The best run's time in actor recognition and coding
    /// (`Pipeline::code_article`): what a coder of split sentences costs.
    pub code_seconds: f64,
    /// Sentences of the articles that were coded (not those of articles
    /// in another language, which are split but not coded).
    pub coded_sentences: usize,
    /// Coded sentences per second of the coding stages alone.
    pub coding_sentences_per_second: f64,
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} documents ({:.1} MB), {} sentences, {} events in {:.3}s on one core: {:.0} sentences/s, {:.2} MB/s \
             (extraction and splitting {:.3}s; coding {} sentences in {:.3}s, {:.0} sentences/s)",
            self.corpus,
            self.documents,
            self.bytes as f64 / 1e6,
            self.sentences,
            self.events,
            self.seconds,
            self.sentences_per_second,
            self.megabytes_per_second,
            self.extract_seconds,
            self.coded_sentences,
            self.code_seconds,
            self.coding_sentences_per_second
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("benchmark corpus {0}: no documents could be read")]
    Empty(String),
}

/// Measures each corpus in `paths` (a file or directory each).
pub fn run(
    pipeline: &Pipeline,
    paths: &[PathBuf],
    repeat: usize,
) -> Result<Vec<BenchReport>, BenchError> {
    let mut out = Vec::new();
    for p in paths {
        let name = p.display().to_string();
        let mut docs: Vec<RawDocument> = Vec::new();
        let mut rejected = 0;
        for item in ingest::read(std::slice::from_ref(p), &IngestOptions::default()) {
            match item {
                Item::Document(d) => docs.push(d),
                Item::Rejected(_) => rejected += 1,
            }
        }
        if docs.is_empty() {
            return Err(BenchError::Empty(name));
        }
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        // At least `repeat` runs and at least a second in all, so that a
        // small corpus is timed over many runs; the best run counts, and
        // its split between the stages is the one reported.
        let mut best = Split {
            total: f64::INFINITY,
            ..Split::default()
        };
        let mut sentences = 0;
        let mut coded = 0;
        let mut events = 0;
        let mut runs = 0;
        let started = Instant::now();
        while runs < repeat || started.elapsed().as_secs_f64() < 1.0 {
            runs += 1;
            let t = Instant::now();
            let mut split = Split::default();
            let (mut s, mut c, mut e) = (0, 0, 0);
            // The two halves of `Pipeline::analyze`, timed apart (a clock
            // read costs tens of nanoseconds; a document, tens of
            // microseconds).
            for d in &docs {
                let t0 = Instant::now();
                let extracted = pipeline.extract(d);
                let t1 = Instant::now();
                split.extract += (t1 - t0).as_secs_f64();
                if let Ok((article, sents)) = extracted {
                    s += sents.len();
                    if codable(&article) {
                        c += sents.len();
                        e += pipeline.code_article(&article, &sents).len();
                        split.code += t1.elapsed().as_secs_f64();
                    }
                }
            }
            split.total = t.elapsed().as_secs_f64();
            if split.total < best.total {
                best = split;
            }
            sentences = s;
            coded = c;
            events = e;
        }
        out.push(BenchReport {
            corpus: name,
            documents: docs.len(),
            rejected,
            bytes,
            sentences,
            events,
            seconds: best.total,
            sentences_per_second: sentences as f64 / best.total,
            megabytes_per_second: bytes as f64 / 1e6 / best.total,
            extract_seconds: best.extract,
            code_seconds: best.code,
            coded_sentences: coded,
            coding_sentences_per_second: coded as f64 / best.code,
        });
    }
    Ok(out)
}

/// One run's seconds: in all, and in each half of the pipeline.
#[derive(Default)]
struct Split {
    total: f64,
    extract: f64,
    code: f64,
}

/// What reading WARC files gave and how fast.
#[derive(Debug, serde::Serialize)]
pub struct WarcBenchReport {
    pub files: Vec<String>,
    /// Records by what became of them, bytes stored and uncompressed.
    pub counts: WarcCounts,
    /// Pages given as documents.
    pub documents: u64,
    /// Rejections (damaged records, oversized pages).
    pub rejected: u64,
    /// Decoded HTML handed on, in bytes.
    pub html_bytes: u64,
    pub seconds: f64,
    /// Stored (compressed) megabytes read per second.
    pub file_megabytes_per_second: f64,
    /// Uncompressed WARC megabytes per second.
    pub record_megabytes_per_second: f64,
    pub records_per_second: f64,
    pub pages_per_second: f64,
}

impl fmt::Display for WarcBenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "{}: {:.1} MB stored, {:.1} MB of records; {} records ({} pages, {} skipped, {} rejected), \
             {:.1} MB of HTML, in {:.2}s on one core: {:.1} MB/s stored, {:.1} MB/s uncompressed, \
             {:.0} records/s, {:.0} pages/s",
            self.files.join(", "),
            c.file_bytes as f64 / 1e6,
            c.record_bytes as f64 / 1e6,
            c.records,
            self.documents,
            c.skipped(),
            self.rejected,
            self.html_bytes as f64 / 1e6,
            self.seconds,
            self.file_megabytes_per_second,
            self.record_megabytes_per_second,
            self.records_per_second,
            self.pages_per_second
        )
    }
}

/// Streams the WARC files in `paths` through ingest once and times it:
/// framing, decompression, HTTP decoding and charset decoding of every
/// page; no extraction.
pub fn warc(paths: &[PathBuf], max_doc_bytes: usize) -> Result<WarcBenchReport, BenchError> {
    let opts = IngestOptions::with_max_doc_bytes(max_doc_bytes);
    let (mut documents, mut rejected, mut html_bytes) = (0u64, 0u64, 0u64);
    let t = Instant::now();
    for item in ingest::read(paths, &opts) {
        match item {
            Item::Document(d) => {
                documents += 1;
                html_bytes += d.text.len() as u64;
            }
            Item::Rejected(_) => rejected += 1,
        }
    }
    let seconds = t.elapsed().as_secs_f64();
    let counts = opts.warc.snapshot();
    let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    if counts.records == 0 {
        return Err(BenchError::Empty(files.join(", ")));
    }
    let per_s = |n: u64| n as f64 / seconds;
    Ok(WarcBenchReport {
        files,
        counts,
        documents,
        rejected,
        html_bytes,
        seconds,
        file_megabytes_per_second: per_s(counts.file_bytes) / 1e6,
        record_megabytes_per_second: per_s(counts.record_bytes) / 1e6,
        records_per_second: per_s(counts.records),
        pages_per_second: per_s(documents),
    })
}
