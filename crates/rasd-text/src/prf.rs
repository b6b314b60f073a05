//! Precision / recall / F1 counts, shared by every rasd scorer (document gold, article split,
//! segmentation boundaries, conlleval chunks).
//!
//! ```
//! use rasd_text::prf::{IfEmpty, Prf};
//! let c = Prf::from_tp_fp_fn(3, 1, 2);
//! assert_eq!((c.gold, c.pred), (5, 4));
//! assert_eq!(c.precision(), 0.75);
//! assert_eq!(c.percent(IfEmpty::Zero).recall, 60.0);
//! ```

use serde::{Deserialize, Serialize};

/// Counts of one scored layer. Precision is `pred_correct / pred`, recall `gold_found / gold`;
/// the two numerators differ only for layers that are not one-to-one (several predictions
/// may find one gold item), otherwise both are the true positives.
///
/// Serialised as `{"gold", "gold_found", "pred", "pred_correct"}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prf {
    /// Number of gold items.
    pub gold: usize,
    /// Gold items found by some prediction.
    pub gold_found: usize,
    /// Number of predicted items.
    pub pred: usize,
    /// Predicted items that are correct.
    pub pred_correct: usize,
}

/// How a ratio with nothing to count (a zero denominator) reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfEmpty {
    /// Nothing to find is all found: recall 1 without gold items, precision 1 when nothing was
    /// predicted and nothing expected (0 when something was expected).
    Vacuous,
    /// 0 whenever the denominator is 0 (conlleval's rule).
    Zero,
}

/// Precision, recall and F1 read off a [`Prf`] on one scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl Prf {
    /// Counts of a one-to-one layer with `tp` matched pairs.
    pub fn one_to_one(gold: usize, pred: usize, tp: usize) -> Prf {
        Prf {
            gold,
            gold_found: tp,
            pred,
            pred_correct: tp,
        }
    }

    /// Counts from true positives, false positives and false negatives.
    pub fn from_tp_fp_fn(tp: usize, fp: usize, fn_: usize) -> Prf {
        Prf::one_to_one(tp + fn_, tp + fp, tp)
    }

    /// Adds another count (micro-averaging).
    pub fn add(&mut self, other: &Prf) {
        self.gold += other.gold;
        self.gold_found += other.gold_found;
        self.pred += other.pred;
        self.pred_correct += other.pred_correct;
    }

    /// Precision, recall and F1 as fractions of `scale` (1.0 or 100.0), with `empty` for a zero
    /// denominator.
    pub fn scores(&self, scale: f64, empty: IfEmpty) -> Scores {
        let (empty_p, empty_r) = match empty {
            IfEmpty::Vacuous => (self.gold == 0, true),
            IfEmpty::Zero => (false, false),
        };
        let precision = ratio(self.pred_correct, self.pred, scale, empty_p);
        let recall = ratio(self.gold_found, self.gold, scale, empty_r);
        Scores {
            precision,
            recall,
            f1: f1(precision, recall),
        }
    }

    /// Precision, recall and F1 in percent.
    pub fn percent(&self, empty: IfEmpty) -> Scores {
        self.scores(100.0, empty)
    }

    /// Precision as a fraction ([`IfEmpty::Vacuous`]).
    pub fn precision(&self) -> f64 {
        self.scores(1.0, IfEmpty::Vacuous).precision
    }

    /// Recall as a fraction ([`IfEmpty::Vacuous`]).
    pub fn recall(&self) -> f64 {
        self.scores(1.0, IfEmpty::Vacuous).recall
    }

    /// F1 as a fraction ([`IfEmpty::Vacuous`]).
    pub fn f1(&self) -> f64 {
        self.scores(1.0, IfEmpty::Vacuous).f1
    }
}

/// `scale * num / den`, or (`scale` if `empty` else 0) when `den` is zero.
pub fn ratio(num: usize, den: usize, scale: f64, empty: bool) -> f64 {
    if den == 0 {
        if empty {
            scale
        } else {
            0.0
        }
    } else {
        scale * num as f64 / den as f64
    }
}

/// Harmonic mean of `p` and `r` (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_and_vacuous_empties() {
        let c = Prf {
            gold: 4,
            gold_found: 3,
            pred: 6,
            pred_correct: 3,
        };
        assert!((c.precision() - 0.5).abs() < 1e-12);
        assert!((c.recall() - 0.75).abs() < 1e-12);
        assert!((c.f1() - 0.6).abs() < 1e-12);
        assert_eq!(Prf::default().f1(), 1.0);
        let missed = Prf {
            gold: 2,
            ..Default::default()
        };
        assert_eq!(
            (missed.precision(), missed.recall(), missed.f1()),
            (0.0, 0.0, 0.0)
        );
        let spurious = Prf::one_to_one(0, 2, 0);
        assert_eq!((spurious.precision(), spurious.recall()), (0.0, 1.0));
    }

    #[test]
    fn zero_rule_and_percent() {
        let s = Prf::default().percent(IfEmpty::Zero);
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        let s = Prf::from_tp_fp_fn(1, 1, 2).percent(IfEmpty::Zero);
        assert_eq!(s.precision, 50.0);
        assert!((s.recall - 100.0 / 3.0).abs() < 1e-9);
        assert!((s.f1 - 40.0).abs() < 1e-9);
        // The same bits as the formula the scorers used before sharing this type.
        assert_eq!(s.recall, 100.0 * 1.0 / 3.0);
    }

    #[test]
    fn add_is_micro_and_serde_names_stay() {
        let mut a = Prf::one_to_one(2, 2, 1);
        a.add(&Prf::one_to_one(3, 1, 1));
        assert_eq!(
            a,
            Prf {
                gold: 5,
                gold_found: 2,
                pred: 3,
                pred_correct: 2
            }
        );
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"gold":5,"gold_found":2,"pred":3,"pred_correct":2}"#
        );
        assert_eq!(serde_json::from_str::<Prf>(&json).unwrap(), a);
    }
}
