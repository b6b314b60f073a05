//! Read-only feature table: an open-addressing hash from [`Feature`] to a dense weight row.

use crate::Feature;

const EMPTY: u32 = u32::MAX;

/// Maps features to rows of `n_labels` weights; lookups are one multiply and a short probe.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FeatureTable {
    n_labels: usize,
    /// Feature keys in ascending order; row `i` belongs to `keys[i]`.
    keys: Vec<Feature>,
    /// Dense rows, `keys.len() * n_labels` weights.
    weights: Vec<f32>,
    /// Open-addressing slots: (key, row index or EMPTY).
    slots: Vec<(Feature, u32)>,
    shift: u32,
}

#[inline]
fn slot_of(key: Feature, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

impl FeatureTable {
    /// Builds a table from `(key, row)` pairs; keys must be unique.
    pub(crate) fn new(n_labels: usize, mut rows: Vec<(Feature, Vec<f32>)>) -> FeatureTable {
        rows.sort_by_key(|r| r.0);
        let keys: Vec<Feature> = rows.iter().map(|r| r.0).collect();
        let mut weights = Vec::with_capacity(keys.len() * n_labels);
        for (_, row) in &rows {
            debug_assert_eq!(row.len(), n_labels);
            weights.extend_from_slice(row);
        }
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let bits = cap.trailing_zeros();
        let shift = 64 - bits;
        let mut slots = vec![(0, EMPTY); cap];
        for (i, &k) in keys.iter().enumerate() {
            let mut s = slot_of(k, shift);
            while slots[s].1 != EMPTY {
                s = (s + 1) & (cap - 1);
            }
            slots[s] = (k, i as u32);
        }
        FeatureTable {
            n_labels,
            keys,
            weights,
            slots,
            shift,
        }
    }

    /// Number of features.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// The weight row of `key`, if the model knows it.
    #[inline]
    pub(crate) fn row(&self, key: Feature) -> Option<&[f32]> {
        let mask = self.slots.len() - 1;
        let mut s = slot_of(key, self.shift);
        loop {
            let (k, r) = self.slots[s];
            if r == EMPTY {
                return None;
            }
            if k == key {
                let start = r as usize * self.n_labels;
                return Some(&self.weights[start..start + self.n_labels]);
            }
            s = (s + 1) & mask;
        }
    }

    /// Iterates `(key, row)` in ascending key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Feature, &[f32])> {
        self.keys
            .iter()
            .enumerate()
            .map(move |(i, &k)| (k, &self.weights[i * self.n_labels..(i + 1) * self.n_labels]))
    }

    /// Adds the rows of `features` into `out` (length `n_labels`).
    #[inline]
    pub(crate) fn accumulate(&self, features: &[Feature], out: &mut [f32]) {
        for &f in features {
            if let Some(row) = self.row(f) {
                for (o, w) in out.iter_mut().zip(row) {
                    *o += *w;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_finds_every_key_and_rejects_others() {
        let rows: Vec<(Feature, Vec<f32>)> = (0..1000u64)
            .map(|i| (i * 7919 + 3, vec![i as f32, -(i as f32)]))
            .collect();
        let t = FeatureTable::new(2, rows);
        assert_eq!(t.len(), 1000);
        for i in 0..1000u64 {
            assert_eq!(t.row(i * 7919 + 3).unwrap(), &[i as f32, -(i as f32)]);
        }
        assert!(t.row(5).is_none());
        let keys: Vec<Feature> = t.iter().map(|(k, _)| k).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn accumulate_sums_known_rows() {
        let t = FeatureTable::new(2, vec![(1, vec![1.0, 2.0]), (2, vec![0.5, 0.5])]);
        let mut out = [0.0f32; 2];
        t.accumulate(&[1, 2, 99], &mut out);
        assert_eq!(out, [1.5, 2.5]);
    }
}
