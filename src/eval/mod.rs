//! Extraction evaluation: a benchmark directory laid out like scrapinghub's
//! article-extraction benchmark in, precision / recall / F1 (with bootstrap
//! confidence intervals), per-page scores and extraction speed out.
//!
//! Layout: `DIR/ground-truth.json` maps each page id to `{"articleBody":
//! …, "url": …}`; the page itself is `DIR/html/ID.html.gz`,
//! `DIR/html/ID.html`, or the same names directly in `DIR`. Pages are read
//! as bytes and decoded by the extractor (charset handling is part of what
//! is measured).
//!
//! Scoring is [`metric`]'s (the benchmark's own): per-page shingle
//! precision and recall, averaged, F1 of the averages. A page the extractor
//! rejects scores as an empty prediction (it costs recall, not precision).
//!
//! Invariants: results are in page-id order; the bootstrap is seeded, so
//! the same predictions always give the same intervals; no page, however
//! malformed, stops the evaluation.

pub mod metric;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

/// Bootstrap resamples for the confidence intervals (as `evaluate.py`).
pub const BOOTSTRAP_SAMPLES: usize = 1000;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{path}: {reason}")]
    Read { path: String, reason: String },
    #[error("{path}: not a benchmark ground truth: {reason}")]
    Truth { path: String, reason: String },
    #[error("{0}: no pages to score")]
    Empty(String),
}

/// One benchmark page.
#[derive(Clone, Debug)]
pub struct Page {
    pub id: String,
    pub url: Option<String>,
    pub bytes: Vec<u8>,
    pub truth: String,
}

/// Reads a benchmark directory (see the module docs).
pub fn load(dir: &Path) -> Result<Vec<Page>, EvalError> {
    let gt_path = dir.join("ground-truth.json");
    let name = gt_path.display().to_string();
    let raw = std::fs::read_to_string(&gt_path).map_err(|e| EvalError::Read {
        path: name.clone(),
        reason: e.to_string(),
    })?;
    let v: serde_json::Value = serde_json::from_str(&raw).map_err(|e| EvalError::Truth {
        path: name.clone(),
        reason: e.to_string(),
    })?;
    let obj = v.as_object().ok_or_else(|| EvalError::Truth {
        path: name.clone(),
        reason: "expected an object mapping page ids to {articleBody, url}".into(),
    })?;
    let mut pages = Vec::with_capacity(obj.len());
    for (id, entry) in obj {
        let truth = entry
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or("")
            .to_string();
        let url = entry
            .get("url")
            .and_then(|u| u.as_str())
            .map(str::to_string);
        let path = page_path(dir, id).ok_or_else(|| EvalError::Read {
            path: dir
                .join("html")
                .join(format!("{id}.html.gz"))
                .display()
                .to_string(),
            reason: "page file not found (also looked for .html, and in the directory itself)"
                .into(),
        })?;
        let bytes = read_page(&path).map_err(|e| EvalError::Read {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        pages.push(Page {
            id: id.clone(),
            url,
            bytes,
            truth,
        });
    }
    if pages.is_empty() {
        return Err(EvalError::Empty(dir.display().to_string()));
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

fn page_path(dir: &Path, id: &str) -> Option<PathBuf> {
    for base in [dir.join("html"), dir.to_path_buf()] {
        for ext in ["html.gz", "html", "htm"] {
            let p = base.join(format!("{id}.{ext}"));
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// The bytes of a page file, gunzipped when it ends in `.gz`.
pub fn read_page(path: &Path) -> std::io::Result<Vec<u8>> {
    let raw = std::fs::read(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::with_capacity(raw.len() * 4);
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

/// One page's outcome.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PageResult {
    pub id: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub predicted_tokens: usize,
    pub truth_tokens: usize,
    /// Why the extractor gave nothing, if it did not.
    pub error: Option<String>,
    pub prediction: String,
}

/// A value with its 95 % bootstrap half-width.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Estimate {
    pub value: f64,
    pub ci95: f64,
}

/// The scores of a benchmark run.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Report {
    pub pages: usize,
    pub precision: Estimate,
    pub recall: Estimate,
    pub f1: Estimate,
    /// Pages predicted exactly (no false and no missed shingle).
    pub exact: usize,
    /// Pages the extractor rejected.
    pub rejected: usize,
    pub results: Vec<PageResult>,
}

/// Scores `extract` over `pages` (in parallel). `extract` gives the
/// predicted article body or a reason for giving none.
pub fn score<F>(pages: &[Page], extract: F) -> Report
where
    F: Fn(&Page) -> Result<String, String> + Sync,
{
    let results: Vec<(PageResult, metric::PageCounts)> = pages
        .par_iter()
        .map(|p| {
            let (prediction, error) = match extract(p) {
                Ok(t) => (t, None),
                Err(e) => (String::new(), Some(e)),
            };
            let c = metric::page_counts(&p.truth, &prediction);
            (
                PageResult {
                    id: p.id.clone(),
                    precision: c.precision(),
                    recall: c.recall(),
                    f1: c.f1(),
                    predicted_tokens: metric::tokenize(&prediction).len(),
                    truth_tokens: metric::tokenize(&p.truth).len(),
                    error,
                    prediction,
                },
                c,
            )
        })
        .collect();
    let counts: Vec<metric::PageCounts> = results.iter().map(|(_, c)| *c).collect();
    let s = metric::corpus_scores(&counts).unwrap_or(metric::Scores {
        precision: 0.0,
        recall: 0.0,
        f1: 0.0,
    });
    let (ci_p, ci_r, ci_f) = bootstrap(&counts, BOOTSTRAP_SAMPLES);
    Report {
        pages: pages.len(),
        precision: Estimate {
            value: s.precision,
            ci95: ci_p,
        },
        recall: Estimate {
            value: s.recall,
            ci95: ci_r,
        },
        f1: Estimate {
            value: s.f1,
            ci95: ci_f,
        },
        exact: counts
            .iter()
            .filter(|c| c.fp == 0.0 && c.fn_ == 0.0)
            .count(),
        rejected: results.iter().filter(|(r, _)| r.error.is_some()).count(),
        results: results.into_iter().map(|(r, _)| r).collect(),
    }
}

/// Half-widths (1.96 standard deviations) of precision, recall and F1 over
/// `n` resamples of the pages, with a fixed seed.
pub fn bootstrap(counts: &[metric::PageCounts], n: usize) -> (f64, f64, f64) {
    if counts.is_empty() || n < 2 {
        return (0.0, 0.0, 0.0);
    }
    let mut rng = SplitMix(0x5eed_da7e_11e5);
    let mut ps = Vec::with_capacity(n);
    let mut rs = Vec::with_capacity(n);
    let mut fs = Vec::with_capacity(n);
    let mut sample = Vec::with_capacity(counts.len());
    for _ in 0..n {
        sample.clear();
        for _ in 0..counts.len() {
            let k = (rng.next() % counts.len() as u64) as usize;
            sample.push(counts[k]);
        }
        if let Some(s) = metric::corpus_scores(&sample) {
            ps.push(s.precision);
            rs.push(s.recall);
            fs.push(s.f1);
        }
    }
    let sd = |v: &[f64]| -> f64 {
        if v.len() < 2 {
            return 0.0;
        }
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (v.len() - 1) as f64).sqrt()
    };
    (1.96 * sd(&ps), 1.96 * sd(&rs), 1.96 * sd(&fs))
}

/// A small deterministic generator (SplitMix64): enough for resampling.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Extraction speed on one core.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct Speed {
    pub pages: usize,
    pub bytes: usize,
    /// Seconds for one pass over all pages (the best of the repeats).
    pub seconds: f64,
    pub pages_per_second: f64,
    pub mb_per_second: f64,
}

/// Times `extract` over every page on the calling thread, `repeat` times,
/// and keeps the fastest pass.
pub fn bench<F>(pages: &[Page], repeat: usize, extract: F) -> Speed
where
    F: Fn(&Page) -> Result<String, String>,
{
    let bytes: usize = pages.iter().map(|p| p.bytes.len()).sum();
    let mut best = f64::INFINITY;
    for _ in 0..repeat.max(1) {
        let t0 = Instant::now();
        for p in pages {
            std::hint::black_box(extract(p).ok());
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    let secs = best.max(1e-9);
    Speed {
        pages: pages.len(),
        bytes,
        seconds: best,
        pages_per_second: pages.len() as f64 / secs,
        mb_per_second: bytes as f64 / 1e6 / secs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bootstrap_is_deterministic_and_zero_on_identical_pages() {
        let c = metric::page_counts("a b c d e f", "a b c d e f");
        let counts = vec![c; 20];
        assert_eq!(bootstrap(&counts, 100), (0.0, 0.0, 0.0));
        let mixed: Vec<_> = (0..20)
            .map(|i| {
                if i % 3 == 0 {
                    metric::page_counts("a b c d e f", "a b c d x y")
                } else {
                    c
                }
            })
            .collect();
        let a = bootstrap(&mixed, 200);
        assert_eq!(a, bootstrap(&mixed, 200));
        assert!(a.2 > 0.0);
    }
}
