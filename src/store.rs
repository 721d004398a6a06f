//! Store: [`Analysis`] batches and [`Rejection`]s in, an embedded SQLite
//! database out; events back out by query.
//!
//! Invariants: documents are keyed by content hash, so storing the same
//! article twice adds nothing; each batch is one transaction, so an
//! interrupted run leaves the database consistent.

use std::path::Path;

use crate::model::{Analysis, Date, Rejection, StoredEvent};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
}

/// What one write added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub documents_added: usize,
    pub documents_existing: usize,
    pub events_added: usize,
    pub rejections_added: usize,
}

/// A query over stored events.
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// Matches source or target codes starting with this (e.g. `RUS`).
    pub actor: Option<String>,
    /// CAMEO code prefix (`03`, `0312`).
    pub code: Option<String>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub limit: Option<usize>,
}

pub struct Store {
    conn: rusqlite::Connection,
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = rusqlite::Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Store { conn })
    }

    pub fn write(
        &mut self,
        batch: &[Analysis],
        rejected: &[Rejection],
    ) -> Result<WriteStats, StoreError> {
        let _ = (&self.conn, batch, rejected);
        Ok(WriteStats::default())
    }

    pub fn events(&self, query: &EventQuery) -> Result<Vec<StoredEvent>, StoreError> {
        let _ = query;
        Ok(Vec::new())
    }
}
