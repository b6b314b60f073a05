//! Generic sequence labelling for rasd.
//!
//! A structured averaged perceptron (Collins 2002), or a linear-chain CRF trained by L2-regularised
//! SGD, over sparse hashed features, first-order label transitions and Viterbi decoding, with a
//! compact deterministic model file.
//! Training is deterministic: the same data, labels and [`TrainConfig`] give the same bytes.
//!
//! ```
//! use rasd_tagger::{feature_id, Example, Model, TrainConfig};
//! let f = |s: &str| vec![feature_id(s)];
//! let data = vec![Example { features: vec![f("w=the"), f("w=cat")], labels: vec![0, 1] }];
//! let model = Model::train(vec!["DET".into(), "NOUN".into()], &data, &TrainConfig::default());
//! assert_eq!(model.predict(&[f("w=the"), f("w=cat")]), vec![0, 1]);
//! let again = Model::from_bytes(&model.to_bytes()).unwrap();
//! assert_eq!(again.predict(&[f("w=cat")]), vec![1]);
//! ```

mod crf;
mod decode;
mod io;
mod table;
mod train;

pub use decode::Scratch as DecodeScratch;
use table::FeatureTable;

/// A hashed feature (see [`feature_id`]).
pub type Feature = u64;

/// Stable 64-bit FNV-1a hash of a feature string, identical on every platform.
pub fn feature_id(s: &str) -> Feature {
    feature_id_bytes(s.as_bytes())
}

/// FNV-1a over raw bytes (the same function as [`feature_id`], for callers building keys in buffers).
pub fn feature_id_bytes(bytes: &[u8]) -> Feature {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Training settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrainConfig {
    /// Passes over the training data (the maximum when a dev set picks the count).
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            seed: 1,
        }
    }
}

/// Settings of CRF training ([`Model::train_crf`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CrfConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    pub seed: u64,
    /// L2 regularisation: the loss is the negative log-likelihood plus `c2 * |w|^2`.
    pub c2: f64,
    /// Initial learning rate.
    pub eta0: f64,
}

/// One training sequence: the features at each position and the gold label ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Example {
    /// `features[t]` are the active features at position `t`.
    pub features: Vec<Vec<Feature>>,
    /// `labels[t]` is the gold label id at position `t` (index into the label list).
    pub labels: Vec<u32>,
}

/// Error reading a model file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes do not start with the rasd-tagger magic.
    #[error("not a rasd-tagger model (bad magic)")]
    BadMagic,
    /// The file was written by an unknown format version.
    #[error("unsupported model format version {0}")]
    Version(u32),
    /// The bytes end before the model does.
    #[error("model file truncated")]
    Truncated,
    /// A field holds an impossible value.
    #[error("corrupt model file: {0}")]
    Corrupt(&'static str),
}

/// A trained sequence labeller.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    labels: Vec<String>,
    table: FeatureTable,
    /// `(L + 1) * L` transition weights; the last row scores the first label.
    trans: Vec<f32>,
}

impl Model {
    /// Trains a structured averaged perceptron for `cfg.epochs` epochs (seeded shuffle each epoch).
    /// `labels[i]` names label id `i`; every id in `data` must be below `labels.len()`.
    pub fn train(labels: Vec<String>, data: &[Example], cfg: &TrainConfig) -> Model {
        train::train(labels, data, cfg)
    }

    /// Trains a linear-chain CRF by L2-regularised stochastic gradient descent (the same
    /// model form as the perceptron's: sparse feature weights per label, first-order transitions).
    pub fn train_crf(labels: Vec<String>, data: &[Example], cfg: &CrfConfig) -> Model {
        crf::train(labels, data, cfg)
    }

    /// Trains `bags` models with seeds `cfg.seed..cfg.seed + bags` (each a different shuffle
    /// order, trained in parallel threads) and returns their mean ([`Model::average`]); `bags` ≤ 1
    /// is plain [`Model::train`].
    /// Averaging over orders removes most of the perceptron's dependence on the seed.
    pub fn train_bagged(
        labels: Vec<String>,
        data: &[Example],
        cfg: &TrainConfig,
        bags: usize,
    ) -> Model {
        if bags <= 1 {
            return Model::train(labels, data, cfg);
        }
        let models: Vec<Model> = std::thread::scope(|scope| {
            let bags: Vec<_> = (0..bags as u64)
                .map(|k| {
                    let (labels, epochs) = (labels.clone(), cfg.epochs);
                    let seed = cfg.seed + k;
                    scope.spawn(move || Model::train(labels, data, &TrainConfig { epochs, seed }))
                })
                .collect();
            bags.into_iter()
                .map(|b| b.join().expect("a bag's training panicked"))
                .collect()
        });
        Model::average(&models).expect("bags share their labels")
    }

    /// Trains up to `cfg.epochs` epochs and returns the averaged model of the epoch with the
    /// best label accuracy on `dev`, together with that epoch count.
    pub fn train_with_dev(
        labels: Vec<String>,
        data: &[Example],
        dev: &[Example],
        cfg: &TrainConfig,
    ) -> (Model, usize) {
        train::train_with_dev(labels, data, dev, cfg)
    }

    /// Label accuracy on `dev` after each epoch `1..=cfg.epochs` of the training that
    /// [`Model::train`] would run (same seed, same shuffles): a learning curve for choosing
    /// the epoch count, e.g. summed over cross-validation folds.
    pub fn dev_curve(
        labels: Vec<String>,
        data: &[Example],
        dev: &[Example],
        cfg: &TrainConfig,
    ) -> Vec<f64> {
        train::dev_curve(labels, data, dev, cfg)
    }

    /// A copy without the features whose weights are all below `min_weight` in magnitude
    /// (a smaller, faster table; rare features the averaging left near zero go first).
    pub fn pruned(&self, min_weight: f32) -> Model {
        let rows: Vec<(Feature, Vec<f32>)> = self
            .table
            .iter()
            .filter(|(_, r)| r.iter().any(|w| w.abs() >= min_weight))
            .map(|(f, r)| (f, r.to_vec()))
            .collect();
        Model {
            labels: self.labels.clone(),
            table: FeatureTable::new(self.labels.len(), rows),
            trans: self.trans.clone(),
        }
    }

    /// The mean of `models` (same labels, e.g. trained with different shuffle seeds): every
    /// feature and transition weight averaged, zero rows dropped. `None` when `models` is
    /// empty or their labels differ.
    pub fn average(models: &[Model]) -> Option<Model> {
        let first = models.first()?;
        if models.iter().any(|m| m.labels != first.labels) {
            return None;
        }
        let l = first.labels.len();
        let k = models.len() as f32;
        let mut rows: std::collections::BTreeMap<Feature, Vec<f32>> = Default::default();
        for m in models {
            for (f, row) in m.table.iter() {
                let acc = rows.entry(f).or_insert_with(|| vec![0.0; l]);
                acc.iter_mut().zip(row).for_each(|(a, w)| *a += *w);
            }
        }
        let rows: Vec<(Feature, Vec<f32>)> = rows
            .into_iter()
            .map(|(f, mut r)| {
                r.iter_mut().for_each(|w| *w /= k);
                (f, r)
            })
            .filter(|(_, r)| r.iter().any(|w| *w != 0.0))
            .collect();
        let mut trans = vec![0.0f32; first.trans.len()];
        for m in models {
            trans.iter_mut().zip(&m.trans).for_each(|(a, w)| *a += *w);
        }
        trans.iter_mut().for_each(|w| *w /= k);
        Some(Model {
            labels: first.labels.clone(),
            table: FeatureTable::new(l, rows),
            trans,
        })
    }

    /// Best label sequence for `features` (one entry per position).
    pub fn predict(&self, features: &[Vec<Feature>]) -> Vec<u32> {
        let emit = self.emissions(features);
        decode::viterbi(&emit, features.len(), self.labels.len(), &self.trans, None)
    }

    /// Best label sequence among those where every move `allowed(previous, label)` holds
    /// (`previous` is `None` at the first position). A position with no allowed move is
    /// decoded without constraint, so the result always has one label per position.
    pub fn predict_constrained(
        &self,
        features: &[Vec<Feature>],
        allowed: &dyn Fn(Option<u32>, u32) -> bool,
    ) -> Vec<u32> {
        let emit = self.emissions(features);
        decode::viterbi(
            &emit,
            features.len(),
            self.labels.len(),
            &self.trans,
            Some(allowed),
        )
    }

    /// Best path over caller-supplied emission scores (`n * labels().len()`, e.g. cached
    /// [`Model::scores`] rows plus extra terms).
    pub fn decode_scores(&self, emit: &[f32], n: usize) -> Vec<u32> {
        decode::viterbi(emit, n, self.labels.len(), &self.trans, None)
    }

    /// [`Model::decode_scores`] without allocations: reuses `scratch` and appends the `n`
    /// labels to `out`.
    pub fn decode_scores_into(
        &self,
        emit: &[f32],
        n: usize,
        scratch: &mut DecodeScratch,
        out: &mut Vec<u32>,
    ) {
        decode::viterbi_into(emit, n, self.labels.len(), &self.trans, scratch, out);
    }

    /// Adds the emission scores of `features` into `out` (length `labels().len()`).
    #[inline]
    pub fn scores(&self, features: &[Feature], out: &mut [f32]) {
        self.table.accumulate(features, out);
    }

    /// Transition weight from `prev` (`None`: sequence start) to `label`.
    pub fn transition(&self, prev: Option<u32>, label: u32) -> f32 {
        let l = self.labels.len();
        let p = prev.map_or(l, |p| p as usize);
        self.trans[p * l + label as usize]
    }

    /// Label names, indexed by label id.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Id of the label called `name`.
    pub fn label_id(&self, name: &str) -> Option<u32> {
        self.labels.iter().position(|l| l == name).map(|i| i as u32)
    }

    /// Number of features with a non-zero weight.
    pub fn n_features(&self) -> usize {
        self.table.len()
    }

    /// Label accuracy over `data` (1.0 for empty data).
    pub fn accuracy(&self, data: &[Example]) -> f64 {
        let (mut ok, mut all) = (0usize, 0usize);
        for ex in data {
            let pred = self.predict(&ex.features);
            ok += pred.iter().zip(&ex.labels).filter(|(a, b)| a == b).count();
            all += ex.labels.len();
        }
        if all == 0 {
            1.0
        } else {
            ok as f64 / all as f64
        }
    }

    /// Serialises the model: only non-zero averaged weights, features in ascending key order.
    pub fn to_bytes(&self) -> Vec<u8> {
        io::write(self)
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        io::read(bytes)
    }

    fn emissions(&self, features: &[Vec<Feature>]) -> Vec<f32> {
        let l = self.labels.len();
        let mut emit = vec![0.0f32; features.len() * l];
        for (t, pos) in features.iter().enumerate() {
            self.table.accumulate(pos, &mut emit[t * l..(t + 1) * l]);
        }
        emit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> (Vec<String>, Vec<Example>) {
        // Label a word 1 ("N") after "the", else 0 ("O"); the word alone is ambiguous.
        let words = [
            ["the", "run", "is", "fun"],
            ["we", "run", "the", "show"],
            ["the", "show", "we", "run"],
            ["fun", "is", "the", "run"],
        ];
        let mut data = Vec::new();
        for s in words {
            let mut ex = Example::default();
            for (i, w) in s.iter().enumerate() {
                let prev = if i == 0 { "<s>" } else { s[i - 1] };
                ex.features.push(vec![
                    feature_id(&format!("w={w}")),
                    feature_id(&format!("p={prev}")),
                ]);
                ex.labels.push(u32::from(prev == "the"));
            }
            data.push(ex);
        }
        (vec!["O".into(), "N".into()], data)
    }

    #[test]
    fn pruning_drops_small_rows_only() {
        let m = Model {
            labels: vec!["A".into(), "B".into()],
            table: FeatureTable::new(2, vec![(1, vec![0.01, -0.02]), (2, vec![0.5, -0.01])]),
            trans: vec![0.0; 6],
        };
        let p = m.pruned(0.1);
        assert_eq!(p.n_features(), 1);
        assert_eq!(p.table.row(2), Some(&[0.5f32, -0.01][..]));
        assert_eq!(m.pruned(0.0).n_features(), 2);
    }

    #[test]
    fn fnv1a_is_the_standard_function() {
        assert_eq!(feature_id(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(feature_id("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(feature_id("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn average_of_seeds_is_the_mean_model() {
        let (labels, data) = toy();
        let cfg = |seed| TrainConfig { epochs: 3, seed };
        let a = Model::train(labels.clone(), &data, &cfg(1));
        let b = Model::train(labels.clone(), &data, &cfg(2));
        let m = Model::average(&[a.clone(), b.clone()]).unwrap();
        assert_eq!(Model::average(std::slice::from_ref(&a)).unwrap(), a);
        let f = [feature_id("p=the")];
        let (mut sa, mut sb, mut sm) = ([0.0f32; 2], [0.0f32; 2], [0.0f32; 2]);
        a.scores(&f, &mut sa);
        b.scores(&f, &mut sb);
        m.scores(&f, &mut sm);
        for y in 0..2 {
            assert!((sm[y] - (sa[y] + sb[y]) / 2.0).abs() < 1e-6);
        }
        let t = (a.transition(None, 1) + b.transition(None, 1)) / 2.0;
        assert!((m.transition(None, 1) - t).abs() < 1e-6);
        assert_eq!(m.accuracy(&data), 1.0);
        let other = Model::train(vec!["X".into(), "Y".into()], &data, &cfg(1));
        assert!(Model::average(&[a, other]).is_none());
        assert!(Model::average(&[]).is_none());
    }

    #[test]
    fn learns_a_context_rule() {
        let (labels, data) = toy();
        let m = Model::train(labels, &data, &TrainConfig::default());
        assert_eq!(m.accuracy(&data), 1.0);
        assert_eq!(m.label_id("N"), Some(1));
        assert_eq!(m.label_id("X"), None);
    }

    #[test]
    fn training_is_deterministic_and_round_trips() {
        let (labels, data) = toy();
        let cfg = TrainConfig {
            epochs: 5,
            seed: 42,
        };
        let a = Model::train(labels.clone(), &data, &cfg);
        let b = Model::train(labels, &data, &cfg);
        assert_eq!(a.to_bytes(), b.to_bytes());
        let c = Model::from_bytes(&a.to_bytes()).unwrap();
        assert_eq!(c, a);
        assert_eq!(c.predict(&data[1].features), a.predict(&data[1].features));
    }

    #[test]
    fn dev_selection_returns_the_best_epoch() {
        let (labels, data) = toy();
        let cfg = TrainConfig { epochs: 4, seed: 3 };
        let (m, e) = Model::train_with_dev(labels.clone(), &data, &data[..2], &cfg);
        assert!((1..=4).contains(&e));
        let per_epoch: Vec<Model> = (1..=4)
            .map(|k| Model::train(labels.clone(), &data, &TrainConfig { epochs: k, seed: 3 }))
            .collect();
        assert_eq!(m.to_bytes(), per_epoch[e - 1].to_bytes());
        let best = per_epoch
            .iter()
            .map(|p| p.accuracy(&data[..2]))
            .fold(0.0, f64::max);
        assert_eq!(m.accuracy(&data[..2]), best);
    }

    #[test]
    fn dev_curve_matches_separate_trainings() {
        let (labels, data) = toy();
        let curve = Model::dev_curve(
            labels.clone(),
            &data,
            &data[2..],
            &TrainConfig { epochs: 3, seed: 5 },
        );
        assert_eq!(curve.len(), 3);
        for (k, acc) in curve.iter().enumerate() {
            let m = Model::train(
                labels.clone(),
                &data,
                &TrainConfig {
                    epochs: k + 1,
                    seed: 5,
                },
            );
            assert_eq!(*acc, m.accuracy(&data[2..]));
        }
    }

    #[test]
    fn constrained_prediction_obeys_the_constraint() {
        let (labels, data) = toy();
        let m = Model::train(labels, &data, &TrainConfig::default());
        let never_n = |_: Option<u32>, y: u32| y == 0;
        let pred = m.predict_constrained(&data[0].features, &never_n);
        assert_eq!(pred, vec![0; 4]);
    }

    #[test]
    fn empty_inputs_do_not_panic() {
        let m = Model::train(vec!["A".into()], &[], &TrainConfig::default());
        assert!(m.predict(&[]).is_empty());
        assert_eq!(m.predict(&[vec![feature_id("unknown")]]), vec![0]);
    }
}
