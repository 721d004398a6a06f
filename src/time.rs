//! Dates in text: month and weekday names, absolute dates ("Jan 16, 2024",
//! "16 January 2024") and relative expressions ("on Tuesday", "last
//! December", "last year", "yesterday") resolved against a publication date.
//!
//! Invariants: resolution never looks at the wall clock; the same text and
//! anchor always give the same date.

use crate::model::{Date, DatePrecision, Span};

/// A date expression found in a text and what it resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    pub precision: DatePrecision,
    /// Byte span of the expression within the searched text.
    pub span: Span,
}

/// The event date a sentence states, resolved against `anchor` (the
/// publication date). `None` when the sentence names no date.
pub fn event_date(_sentence: &str, _anchor: Date) -> Option<FoundDate> {
    None
}
