//! One module per sub-command family.

pub mod analyze;
pub mod batch;
pub mod bench;
pub mod confidence;
pub mod doc;
pub mod events;
pub mod input;
pub mod ner;
pub mod quotes;
pub mod seg;
