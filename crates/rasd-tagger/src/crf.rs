//! Linear-chain CRF training (Lafferty et al. 2001) by stochastic gradient descent with L2
//! regularisation, on the schedule of CRFsuite's `l2sgd`: the rate of the `t`-th update is
//! `1 / (lambda * (t0 + t))` with `t0 = 1 / (lambda * eta0)`. The decayed weights are kept as
//! `scale * v`, so an update only touches the rows of the features it sees.

use crate::table::FeatureTable;
use crate::train::{FeatureIndex, SplitMix};
use crate::{CrfConfig, Example, Feature, Model};

/// Mutable CRF state: the weights are `scale * v` and `scale * tv`.
struct CrfTrainer {
    labels: Vec<String>,
    l: usize,
    index: FeatureIndex,
    v: Vec<f64>,
    tv: Vec<f64>,
    scale: f64,
}

/// Per-sentence buffers of the forward-backward pass.
#[derive(Default)]
struct Lattice {
    emit: Vec<f64>,
    alpha: Vec<f64>,
    beta: Vec<f64>,
    /// Label marginals at the position being updated.
    marg: Vec<f64>,
}

fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
}

impl CrfTrainer {
    fn new(labels: Vec<String>, data: &[Example]) -> CrfTrainer {
        let l = labels.len();
        let index = FeatureIndex::new(data);
        let n = index.len();
        CrfTrainer {
            labels,
            l,
            index,
            v: vec![0.0; n * l],
            tv: vec![0.0; (l + 1) * l],
            scale: 1.0,
        }
    }

    /// Fills the lattice for `feats`: emission scores, forward and backward log scores.
    /// Returns log Z.
    fn forward_backward(&self, feats: &[Vec<Feature>], lat: &mut Lattice) -> f64 {
        let (l, n, s) = (self.l, feats.len(), self.scale);
        lat.emit.clear();
        lat.emit.resize(n * l, 0.0);
        for (t, pos) in feats.iter().enumerate() {
            let out = &mut lat.emit[t * l..(t + 1) * l];
            for f in pos {
                if let Some(r) = self.index.row(f) {
                    let row = &self.v[r * l..(r + 1) * l];
                    out.iter_mut().zip(row).for_each(|(o, w)| *o += s * w);
                }
            }
        }
        let tr = |p: usize, y: usize| s * self.tv[p * l + y];
        lat.alpha.clear();
        lat.alpha.resize(n * l, 0.0);
        for y in 0..l {
            lat.alpha[y] = lat.emit[y] + tr(l, y);
        }
        for t in 1..n {
            for y in 0..l {
                let prev = &lat.alpha[(t - 1) * l..t * l];
                let lse = log_sum_exp((0..l).map(|p| prev[p] + tr(p, y)));
                lat.alpha[t * l + y] = lat.emit[t * l + y] + lse;
            }
        }
        lat.beta.clear();
        lat.beta.resize(n * l, 0.0);
        for t in (0..n.saturating_sub(1)).rev() {
            for p in 0..l {
                let next = (t + 1) * l;
                let lse =
                    log_sum_exp((0..l).map(|y| tr(p, y) + lat.emit[next + y] + lat.beta[next + y]));
                lat.beta[t * l + p] = lse;
            }
        }
        log_sum_exp(lat.alpha[(n - 1) * l..].iter().copied())
    }

    /// One gradient step on `ex` at rate `eta` (L2 decay by `1 - eta * lambda` first).
    fn step(&mut self, ex: &Example, eta: f64, lambda: f64, lat: &mut Lattice) {
        let n = ex.labels.len().min(ex.features.len());
        if n == 0 {
            return;
        }
        self.decay(1.0 - eta * lambda);
        let feats = &ex.features[..n];
        let gold = &ex.labels[..n];
        let log_z = self.forward_backward(feats, lat);
        let l = self.l;
        let g = eta / self.scale;
        for t in 0..n {
            lat.marg.clear();
            lat.marg
                .extend((0..l).map(|y| (lat.alpha[t * l + y] + lat.beta[t * l + y] - log_z).exp()));
            for f in &feats[t] {
                if let Some(r) = self.index.row(f) {
                    let row = &mut self.v[r * l..(r + 1) * l];
                    row.iter_mut().zip(&lat.marg).for_each(|(w, p)| *w -= g * p);
                    row[gold[t] as usize] += g;
                }
            }
            self.transition_gradient(t, gold, log_z, g, lat);
        }
    }

    /// Transition part of the gradient at position `t` (the start row at `t == 0`).
    fn transition_gradient(&mut self, t: usize, gold: &[u32], log_z: f64, g: f64, lat: &Lattice) {
        let (l, s) = (self.l, self.scale);
        let y_gold = gold[t] as usize;
        if t == 0 {
            for y in 0..l {
                let p = (lat.alpha[y] + lat.beta[y] - log_z).exp();
                self.tv[l * l + y] -= g * p;
            }
            self.tv[l * l + y_gold] += g;
            return;
        }
        for p in 0..l {
            for y in 0..l {
                let score = lat.alpha[(t - 1) * l + p]
                    + s * self.tv[p * l + y]
                    + lat.emit[t * l + y]
                    + lat.beta[t * l + y];
                self.tv[p * l + y] -= g * (score - log_z).exp();
            }
        }
        self.tv[gold[t - 1] as usize * l + y_gold] += g;
    }

    /// Multiplies every weight by `factor`, folding the scale back into the weights when it
    /// gets small.
    fn decay(&mut self, factor: f64) {
        self.scale *= factor;
        if self.scale < 1e-9 {
            let s = self.scale;
            self.v.iter_mut().for_each(|w| *w *= s);
            self.tv.iter_mut().for_each(|w| *w *= s);
            self.scale = 1.0;
        }
    }

    fn model(&self) -> Model {
        let (l, s) = (self.l, self.scale);
        let rows: Vec<(Feature, Vec<f32>)> = self
            .index
            .keys()
            .iter()
            .enumerate()
            .map(|(r, &k)| (k, (0..l).map(|y| (s * self.v[r * l + y]) as f32).collect()))
            .filter(|(_, row): &(Feature, Vec<f32>)| row.iter().any(|x| *x != 0.0))
            .collect();
        Model {
            labels: self.labels.clone(),
            table: FeatureTable::new(l, rows),
            trans: self.tv.iter().map(|w| (s * w) as f32).collect(),
        }
    }
}

/// Trains a CRF for `cfg.epochs` epochs with a seeded shuffle each epoch.
pub(crate) fn train(labels: Vec<String>, data: &[Example], cfg: &CrfConfig) -> Model {
    let mut tr = CrfTrainer::new(labels, data);
    let lambda = 2.0 * cfg.c2 / data.len().max(1) as f64;
    let t0 = 1.0 / (lambda * cfg.eta0);
    let mut rng = SplitMix::new(cfg.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut lat = Lattice::default();
    let mut t = 0.0;
    for _ in 0..cfg.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let eta = 1.0 / (lambda * (t0 + t));
            tr.step(&data[i], eta, lambda, &mut lat);
            t += 1.0;
        }
    }
    tr.model()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feature_id;

    fn ex(words: &[&str], labels: &[u32]) -> Example {
        Example {
            features: words.iter().map(|w| vec![feature_id(w)]).collect(),
            labels: labels.to_vec(),
        }
    }

    #[test]
    fn log_sum_exp_is_stable() {
        let v = [1000.0, 1000.0];
        assert!((log_sum_exp(v.iter().copied()) - (1000.0 + 2f64.ln())).abs() < 1e-9);
    }

    #[test]
    fn marginals_sum_to_one() {
        let data = vec![ex(&["a", "b", "c"], &[0, 1, 0]), ex(&["b", "a"], &[1, 0])];
        let mut tr = CrfTrainer::new(vec!["X".into(), "Y".into()], &data);
        let mut lat = Lattice::default();
        for e in &data {
            tr.step(e, 0.5, 0.01, &mut lat);
        }
        let log_z = tr.forward_backward(&data[0].features, &mut lat);
        for t in 0..3 {
            let sum: f64 = (0..2)
                .map(|y| (lat.alpha[t * 2 + y] + lat.beta[t * 2 + y] - log_z).exp())
                .sum();
            assert!((sum - 1.0).abs() < 1e-9, "position {t}: {sum}");
        }
    }

    #[test]
    fn learns_labels_and_a_transition() {
        // "x" alone is ambiguous; after "a" it is label 1, after "b" label 0.
        let mut data = Vec::new();
        for _ in 0..30 {
            data.push(ex(&["a", "x"], &[1, 1]));
            data.push(ex(&["b", "x"], &[0, 0]));
        }
        let cfg = CrfConfig {
            epochs: 20,
            seed: 3,
            c2: 0.1,
            eta0: 0.1,
        };
        let m = train(vec!["O".into(), "I".into()], &data, &cfg);
        let f = |w: &str| vec![feature_id(w)];
        assert_eq!(m.predict(&[f("a"), f("x")]), vec![1, 1]);
        assert_eq!(m.predict(&[f("b"), f("x")]), vec![0, 0]);
    }
}
