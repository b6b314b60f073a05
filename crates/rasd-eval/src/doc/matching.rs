//! Maximum one-to-one matching between gold and predicted items (Kuhn's augmenting paths).

/// Finds a maximum matching; `compatible(g, p)` says whether gold `g` may pair with predicted `p`.
///
/// Returns, for each gold item, the index of its predicted partner. Gold items are tried in order,
/// so among equally large matchings the earlier gold items keep the earlier predictions.
pub fn max_matching(
    n_gold: usize,
    n_pred: usize,
    compatible: impl Fn(usize, usize) -> bool,
) -> Vec<Option<usize>> {
    let adj: Vec<Vec<usize>> = (0..n_gold)
        .map(|g| (0..n_pred).filter(|&p| compatible(g, p)).collect())
        .collect();
    let mut pred_of: Vec<Option<usize>> = vec![None; n_pred];
    for g in 0..n_gold {
        let mut seen = vec![false; n_pred];
        augment(g, &adj, &mut pred_of, &mut seen);
    }
    let mut gold_to_pred = vec![None; n_gold];
    for (p, g) in pred_of.iter().enumerate() {
        if let Some(g) = g {
            gold_to_pred[*g] = Some(p);
        }
    }
    gold_to_pred
}

/// Tries to match gold `g`, re-routing earlier matches along an augmenting path.
fn augment(g: usize, adj: &[Vec<usize>], pred_of: &mut [Option<usize>], seen: &mut [bool]) -> bool {
    for &p in &adj[g] {
        if seen[p] {
            continue;
        }
        seen[p] = true;
        let free = match pred_of[p] {
            None => true,
            Some(other) => augment(other, adj, pred_of, seen),
        };
        if free {
            pred_of[p] = Some(g);
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reroutes_to_a_maximum_matching() {
        // gold 0 fits preds 0 and 1, gold 1 fits only pred 0: both must be matched.
        let m = max_matching(2, 2, |g, p| g == 0 || p == 0);
        assert_eq!(m, vec![Some(1), Some(0)]);
    }

    #[test]
    fn leaves_unmatchable_items() {
        let m = max_matching(2, 1, |_, _| true);
        assert_eq!(m.iter().filter(|x| x.is_some()).count(), 1);
        assert_eq!(max_matching(1, 0, |_, _| true), vec![None]);
    }
}
