//! Counts and precision / recall / F1.

use serde::Serialize;

/// Counts of one layer. Precision is `pred_correct / pred`, recall `gold_found / gold`
/// (the two numerators differ only for layers that are not one-to-one, like entities).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Number of gold items.
    pub gold: usize,
    /// Gold items found by some prediction.
    pub gold_found: usize,
    /// Number of predicted items.
    pub pred: usize,
    /// Predicted items that are correct.
    pub pred_correct: usize,
}

impl Counts {
    /// Adds another count (micro-averaging).
    pub fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.gold_found += other.gold_found;
        self.pred += other.pred;
        self.pred_correct += other.pred_correct;
    }

    /// Counts of a one-to-one layer with `tp` matched pairs.
    pub fn one_to_one(gold: usize, pred: usize, tp: usize) -> Counts {
        Counts {
            gold,
            gold_found: tp,
            pred,
            pred_correct: tp,
        }
    }

    /// Precision (1.0 when nothing was predicted and nothing was expected, 0.0 when only nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.pred_correct, self.pred, self.gold == 0)
    }

    /// Recall (1.0 when there is no gold item).
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold, true)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `num / den`, or `empty` as 1.0/0.0 when `den` is zero.
fn ratio(num: usize, den: usize, empty: bool) -> f64 {
    if den == 0 {
        if empty {
            1.0
        } else {
            0.0
        }
    } else {
        num as f64 / den as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf() {
        let c = Counts {
            gold: 4,
            gold_found: 3,
            pred: 6,
            pred_correct: 3,
        };
        assert!((c.precision() - 0.5).abs() < 1e-12);
        assert!((c.recall() - 0.75).abs() < 1e-12);
        assert!((c.f1() - 0.6).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(
            Counts {
                gold: 2,
                ..Default::default()
            }
            .f1(),
            0.0
        );
    }

    #[test]
    fn add_is_micro() {
        let mut a = Counts::one_to_one(2, 2, 1);
        a.add(&Counts::one_to_one(3, 1, 1));
        assert_eq!(
            a,
            Counts {
                gold: 5,
                gold_found: 2,
                pred: 3,
                pred_correct: 2
            }
        );
    }
}
