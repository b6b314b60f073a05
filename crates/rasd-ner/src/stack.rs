//! Second-stage features: how the first stage labelled the same word elsewhere nearby.
//!
//! Names recur within an article, often once with a cue (`اللاعب ناكامورا`) and later bare.
//! For each token, the first stage's labels of the other occurrences of the same stem within
//! [`WINDOW`] sentences either side are counted per type; the second-stage tagger sees these
//! counts as features. Training uses out-of-fold first-stage labels (jackknife), so the
//! second stage learns how far to trust them on unseen text.

use crate::features::{Prepared, Shape};
use crate::fxhash::FxHashMap;
use rasd_tagger::Feature;

/// Sentences either side whose labels vote.
pub const WINDOW: usize = 12;

/// Vote slots: O, PER, LOC, ORG, MISC.
pub type Votes = [u8; 5];

/// Slot of a label name (`B-PER` / `I-PER` → 1, ..., `O` → 0).
pub fn slot(label: &str) -> usize {
    match label.get(2..) {
        Some("PER") => 1,
        Some("LOC") => 2,
        Some("ORG") => 3,
        Some("MISC") => 4,
        _ => 0,
    }
}

fn votes_for(p: &Prepared) -> bool {
    p.shape != Shape::Punct && p.split.stem.chars().count() >= 2
}

/// Per token, the labels (as slots) of the same stem's other occurrences within the window.
pub fn window_votes(sents: &[Vec<Prepared>], slots: &[Vec<usize>]) -> Vec<Vec<Votes>> {
    // stem -> list of (sentence, position, slot)
    let mut occ: FxHashMap<&str, Vec<(usize, usize, usize)>> = FxHashMap::default();
    for (s, (sent, sl)) in sents.iter().zip(slots).enumerate() {
        for (i, (p, &k)) in sent.iter().zip(sl).enumerate() {
            if votes_for(p) {
                occ.entry(p.split.stem.as_str())
                    .or_default()
                    .push((s, i, k));
            }
        }
    }
    let mut out: Vec<Vec<Votes>> = sents.iter().map(|s| vec![[0u8; 5]; s.len()]).collect();
    for list in occ.values() {
        if list.len() < 2 {
            continue;
        }
        for &(s, i, _) in list {
            let v = &mut out[s][i];
            for &(s2, i2, k2) in list {
                if (s2, i2) != (s, i) && s.abs_diff(s2) <= WINDOW {
                    v[k2] = v[k2].saturating_add(1);
                }
            }
        }
    }
    out
}

/// Mixes a template id with a value (same mixing as the first-stage features, own templates).
fn mix(template: u64, value: u64) -> Feature {
    let mut z = value ^ (template + 9000).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn bucket(n: u8) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        _ => 3,
    }
}

/// Features of one token's votes (and its neighbours' entity votes).
pub fn vote_features(votes: &[Votes], i: usize, f: &mut Vec<Feature>) {
    let v = votes[i];
    let ent: u8 = v[1..].iter().sum();
    let total = ent + v[0];
    if total == 0 {
        f.push(mix(1, 0));
    } else {
        for (k, &n) in v.iter().enumerate() {
            if n > 0 {
                f.push(mix(2 + k as u64, bucket(n)));
            }
        }
        let major = (0..5)
            .max_by_key(|&k| (v[k], std::cmp::Reverse(k)))
            .unwrap_or(0);
        f.push(mix(10, major as u64 * 10 + u64::from(ent * 2 >= total)));
    }
    for (o, t) in [(-1isize, 20u64), (1, 30)] {
        let j = i as isize + o;
        if j >= 0 && (j as usize) < votes.len() {
            let w = votes[j as usize];
            let major = (1..5)
                .max_by_key(|&k| (w[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            if w[major] > 0 {
                f.push(mix(t, major as u64));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{prepare, Resources};

    #[test]
    fn votes_count_other_occurrences_in_the_window() {
        let res = Resources::default();
        let mut sents = vec![
            prepare(&["قال", "ناكامورا"], &res),
            prepare(&["ناكامورا", "سجل"], &res),
        ];
        for _ in 0..WINDOW + 1 {
            sents.push(prepare(&["و"], &res));
        }
        sents.push(prepare(&["ناكامورا"], &res));
        let slots: Vec<Vec<usize>> = sents
            .iter()
            .enumerate()
            .map(|(s, x)| {
                x.iter()
                    .enumerate()
                    .map(|(i, _)| usize::from(s == 0 && i == 1))
                    .collect()
            })
            .collect();
        let v = window_votes(&sents, &slots);
        assert_eq!(v[1][0], [0, 1, 0, 0, 0]); // sees the PER label of sentence 0
        assert_eq!(v[0][1], [1, 0, 0, 0, 0]); // sees the O of sentence 1, not itself
        let last = sents.len() - 1;
        assert_eq!(v[last][0], [0; 5]); // too far away
        let mut f = Vec::new();
        vote_features(&v[1], 0, &mut f);
        assert!(!f.is_empty());
        assert_eq!(slot("I-ORG"), 3);
        assert_eq!(slot("O"), 0);
    }
}
