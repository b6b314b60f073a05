//! Micro-averaged report over many documents: table, JSON and error listing.

use super::{Counts, DocScore};
use serde_json::json;
use std::fmt::Write;

/// The layers in report order.
pub const LAYERS: [&str; 12] = [
    "articles",
    "entities",
    "entity_roles",
    "quotes",
    "quotes_no_speaker",
    "quote_content",
    "events",
    "event_location",
    "event_date",
    "event_root_source",
    "event_root",
    "numbers",
];

/// Scores of a set of documents, micro-averaged per layer.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per-document scores, in the order added.
    pub docs: Vec<DocScore>,
}

impl Report {
    /// Adds one document's scores.
    pub fn add(&mut self, doc: DocScore) {
        self.docs.push(doc);
    }

    /// Summed counts of `layer` over the documents that scored it (`None` if none did).
    pub fn total(&self, layer: &str) -> Option<Counts> {
        let mut any = false;
        let mut sum = Counts::default();
        for c in self.docs.iter().filter_map(|d| d.layer(layer)) {
            any = true;
            sum.add(c);
        }
        any.then_some(sum)
    }

    /// A plain-text table: one row per layer with gold, predicted, P, R, F1 (percent).
    pub fn table(&self) -> String {
        let mut out = format!("documents: {}\n", self.docs.len());
        let _ = writeln!(
            out,
            "{:<18} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "layer", "gold", "pred", "P", "R", "F1"
        );
        for layer in LAYERS {
            if let Some(c) = self.total(layer) {
                let _ = writeln!(
                    out,
                    "{:<18} {:>6} {:>6} {:>7.2} {:>7.2} {:>7.2}",
                    layer,
                    c.gold,
                    c.pred,
                    100.0 * c.precision(),
                    100.0 * c.recall(),
                    100.0 * c.f1()
                );
            }
        }
        out
    }

    /// The report as JSON: micro totals with P/R/F1 per layer and the per-document scores.
    pub fn to_json(&self, with_errors: bool) -> serde_json::Value {
        let mut totals = serde_json::Map::new();
        for layer in LAYERS {
            if let Some(c) = self.total(layer) {
                let v = json!({"gold": c.gold, "gold_found": c.gold_found, "pred": c.pred, "pred_correct": c.pred_correct,
                    "precision": c.precision(), "recall": c.recall(), "f1": c.f1()});
                totals.insert(layer.to_string(), v);
            }
        }
        let docs: Vec<serde_json::Value> = self
            .docs
            .iter()
            .map(|d| {
                let mut v = json!({"id": d.id, "layers": d.layers});
                if with_errors {
                    v["errors"] = json!(d.errors);
                }
                v
            })
            .collect();
        json!({"documents": self.docs.len(), "micro": totals, "docs": docs})
    }

    /// Misses and false positives per document, for error analysis.
    pub fn errors_text(&self) -> String {
        let mut out = String::new();
        for d in self.docs.iter().filter(|d| !d.errors.is_empty()) {
            let _ = writeln!(out, "== {}", d.id);
            for e in &d.errors {
                let _ = writeln!(out, "  {:<16} {:<14} {}", e.layer, e.kind, e.detail);
            }
        }
        out
    }
}
