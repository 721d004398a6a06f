//! Dictionaries (being written).
