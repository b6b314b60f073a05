//! Scoring of analysed documents against `.gold.json` document gold.
//!
//! The matching rules are those of `../shared/DESIGN.md` ("Articles, entities, quotes, events,
//! numbers"): names compare after [`rasd_text::match_key`] with leading clitics و ف ب ك ل removed
//! (لل read as ال); a gold entity counts once per document; a quote matches when its speaker
//! resolves to a gold speaker name and its content contains `content_contains`; an event when the
//! CAMEO root, source and (gold) target agree; a number when value and text agree.
//!
//! The predicted side is the analysed-document record as JSON (what `rasd analyze` writes), so
//! the scorer follows the record schema, not the crates' Rust types. A layer the record does not
//! carry is not scored.
//!
//! ```
//! use rasd_eval::doc::{score_document, GoldDoc};
//! let gold = GoldDoc::from_json(r#"{"id":"d","numbers":[{"text":"29 دولة","value":29}]}"#).unwrap();
//! let record = serde_json::json!({"numbers":[{"start":0,"end":2,"text":"29","value":29.0}]});
//! let score = score_document(&gold, &record, None);
//! assert_eq!(score.layer("numbers").unwrap().f1(), 1.0);
//! ```

mod articles;
mod entities;
mod events;
mod gold;
mod matching;
mod norm;
mod numbers;
mod pred;
mod quotes;
mod report;

pub use events::correct_events;
pub use gold::{
    GoldArticle, GoldDoc, GoldEntity, GoldEvent, GoldNumber, GoldQuote, GoldQuoteNoSpeaker,
    OneOrMany,
};
pub use matching::max_matching;
pub use norm::{contains_key, name_key, name_keys, name_match, names_meet, text_key};
pub use pred::Predicted;
/// Counts of one layer (precision `pred_correct / pred`, recall `gold_found / gold`, 1.0 when
/// there is nothing to find): the precision / recall / F1 type all rasd scorers share.
pub use rasd_text::Prf as Counts;
pub use report::{Report, LAYERS};

use serde::Serialize;

/// One miss or false positive, for error analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorItem {
    /// Layer name (`quotes`, `entities`, ...).
    pub layer: String,
    /// `miss` (gold not found) or `false_positive` (prediction not in gold).
    pub kind: String,
    /// What was missed or wrongly predicted, and why when known.
    pub detail: String,
}

impl ErrorItem {
    /// A gold item that no prediction matched.
    pub fn miss(layer: &str, detail: String) -> ErrorItem {
        ErrorItem {
            layer: layer.to_string(),
            kind: "miss".to_string(),
            detail,
        }
    }

    /// A prediction that matched no gold item.
    pub fn false_positive(layer: &str, detail: String) -> ErrorItem {
        ErrorItem {
            layer: layer.to_string(),
            kind: "false_positive".to_string(),
            detail,
        }
    }
}

/// Counts of one named layer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LayerScore {
    /// Layer name, one of [`LAYERS`].
    pub layer: String,
    /// Its counts.
    #[serde(flatten)]
    pub counts: Counts,
}

impl LayerScore {
    /// A named layer's counts.
    pub fn new(layer: &str, counts: Counts) -> LayerScore {
        LayerScore {
            layer: layer.to_string(),
            counts,
        }
    }
}

/// The scores of one document.
#[derive(Debug, Clone, Serialize)]
pub struct DocScore {
    /// Document id.
    pub id: String,
    /// Counts per scored layer (only layers the record carries).
    pub layers: Vec<LayerScore>,
    /// Misses and false positives.
    pub errors: Vec<ErrorItem>,
}

impl DocScore {
    /// The counts of `layer`, if scored.
    pub fn layer(&self, layer: &str) -> Option<&Counts> {
        self.layers
            .iter()
            .find(|l| l.layer == layer)
            .map(|l| &l.counts)
    }
}

/// Scores one analysed-document `record` against `gold`.
///
/// `original` is the document text; it is needed only when the record's spans carry no `text`
/// (article bodies, entity roles given as spans).
pub fn score_document(
    gold: &GoldDoc,
    record: &serde_json::Value,
    original: Option<&str>,
) -> DocScore {
    let pred = Predicted::new(record, original);
    let mut errors = Vec::new();
    let mut layers = Vec::new();
    layers.extend(articles::score(gold, &pred, &mut errors));
    layers.extend(entities::score(gold, &pred, &mut errors));
    layers.extend(quotes::score(gold, &pred, &mut errors));
    layers.extend(events::score(gold, &pred, &mut errors));
    layers.extend(numbers::score(gold, &pred, &mut errors));
    DocScore {
        id: gold.id.clone(),
        layers,
        errors,
    }
}

#[cfg(test)]
mod tests;
