//! Dateline: raw news in, coded political events out.
//!
//! The pipeline, in order (only [`pipeline`] knows this order):
//! [`ingest`] → [`extract`] → [`sentence`] → [`actor`] → [`code`] →
//! [`store`] / [`export`]; with peer (TABARI) dictionaries, [`linear`]
//! codes instead of [`actor`] and [`code`]. [`model`] holds the types that
//! flow between the stages; [`dict`] loads and compiles the dictionaries
//! the actor and event stages run on; [`cameo`] is the CAMEO code table;
//! [`validate`] reads and scores the peers' validation suites; [`html`]
//! extracts articles from web pages (used by [`extract`]) and [`eval`]
//! scores that extraction on a benchmark.
//!
//! Every stage is built once and then run many times on `&self`; only the
//! edges ([`ingest`], [`store`], [`export`]) do I/O.

pub mod actor;
pub mod bench;
pub mod cameo;
pub mod code;
pub mod dict;
pub mod eval;
pub mod export;
pub mod extract;
pub mod html;
pub mod ingest;
pub mod linear;
pub mod model;
pub mod pipeline;
pub mod sentence;
pub mod store;
pub mod time;
pub mod validate;
