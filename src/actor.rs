//! actor (being written).
