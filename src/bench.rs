//! The benchmark behind `dateline bench`: extraction, sentence splitting,
//! actor recognition and coding of whole corpora on one core, reported as
//! sentences per second and megabytes per second.
//!
//! Takes corpora (any input `ingest` reads); gives one [`BenchReport`] per
//! corpus. Invariants: input is read into memory before timing starts, so
//! only the pipeline is measured; the same input always gives the same
//! counts; timing is the best of at least `repeat` runs (and of at least a
//! second of runs), in a single thread.

use std::fmt;
use std::path::PathBuf;
use std::time::Instant;

use crate::ingest::{self, IngestOptions, Item};
use crate::model::RawDocument;
use crate::pipeline::Pipeline;

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
}

impl fmt::Display for BenchReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} documents ({:.1} MB), {} sentences, {} events in {:.3}s on one core: {:.0} sentences/s, {:.2} MB/s",
            self.corpus,
            self.documents,
            self.bytes as f64 / 1e6,
            self.sentences,
            self.events,
            self.seconds,
            self.sentences_per_second,
            self.megabytes_per_second
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
        // small corpus is timed over many runs; the best run counts.
        let mut best = f64::INFINITY;
        let mut sentences = 0;
        let mut events = 0;
        let mut runs = 0;
        let started = Instant::now();
        while runs < repeat || started.elapsed().as_secs_f64() < 1.0 {
            runs += 1;
            let t = Instant::now();
            let (mut s, mut e) = (0, 0);
            for d in &docs {
                if let Ok(a) = pipeline.analyze(d) {
                    s += a.sentences.len();
                    e += a.events.len();
                }
            }
            best = best.min(t.elapsed().as_secs_f64());
            sentences = s;
            events = e;
        }
        out.push(BenchReport {
            corpus: name,
            documents: docs.len(),
            rejected,
            bytes,
            sentences,
            events,
            seconds: best,
            sentences_per_second: sentences as f64 / best,
            megabytes_per_second: bytes as f64 / 1e6 / best,
        });
    }
    Ok(out)
}
