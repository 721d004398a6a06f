//! The event coder (being written).
