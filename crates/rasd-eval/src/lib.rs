//! Scorers behind `rasd eval`: each reads a public gold format and computes the standard metrics.
//!
//! - [`conll`]: exact-span entity precision / recall / F1 per type and micro-averaged, as `conlleval`.
//! - [`doc`]: document gold files (`.gold.json`): articles, entities, quotes, events, numbers.

pub mod conll;
pub mod doc;
