//! cameo (being written).
