//! Numbers: same value, and the predicted text and the gold text overlap (one contains the other).

use super::gold::GoldDoc;
use super::matching::max_matching;
use super::norm::text_key;
use super::pred::Predicted;
use super::{Counts, ErrorItem, LayerScore};
use serde_json::Value;

/// True when two values are equal up to rounding.
fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// True when one text contains the other after normalisation.
fn texts_overlap(a: &str, b: &str) -> bool {
    let (a, b) = (text_key(a), text_key(b));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

/// Scores `numbers`, or `None` when the record has no number layer.
pub fn score(gold: &GoldDoc, pred: &Predicted, errors: &mut Vec<ErrorItem>) -> Option<LayerScore> {
    let list = pred.list("numbers")?;
    let preds: Vec<(String, Option<f64>)> = list
        .iter()
        .map(|n| {
            (
                pred.text_of(n).unwrap_or_default(),
                n.get("value").and_then(Value::as_f64),
            )
        })
        .collect();
    let m = max_matching(gold.numbers.len(), preds.len(), |g, p| {
        let gn = &gold.numbers[g];
        preds[p].1.is_some_and(|v| same_value(v, gn.value)) && texts_overlap(&gn.text, &preds[p].0)
    });
    for (g, p) in m.iter().enumerate() {
        if p.is_none() {
            errors.push(ErrorItem::miss(
                "numbers",
                format!("«{}» = {}", gold.numbers[g].text, gold.numbers[g].value),
            ));
        }
    }
    let matched: Vec<usize> = m.iter().flatten().copied().collect();
    for (p, (text, value)) in preds.iter().enumerate() {
        if !matched.contains(&p) {
            errors.push(ErrorItem::false_positive(
                "numbers",
                format!("«{text}» = {}", value.unwrap_or(f64::NAN)),
            ));
        }
    }
    Some(LayerScore::new(
        "numbers",
        Counts::one_to_one(gold.numbers.len(), preds.len(), matched.len()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_and_value() {
        assert!(texts_overlap("الـ28", "28"));
        assert!(texts_overlap("10 آلاف", "10 آلاف غارة"));
        assert!(!texts_overlap("29 دولة", "24"));
        assert!(same_value(1.5e9, 1_500_000_000.0));
        assert!(!same_value(24.0, 29.0));
    }
}
