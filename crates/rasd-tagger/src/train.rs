//! Structured averaged perceptron training (Collins 2002) with lazy averaging.

use crate::decode::viterbi;
use crate::table::FeatureTable;
use crate::{Example, Feature, Model, TrainConfig};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already well-mixed 64-bit hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type IdMap<V> = HashMap<Feature, V, BuildHasherDefault<IdHasher>>;

/// Row numbers of every feature seen in the training data, in order of first sight.
pub(crate) struct FeatureIndex {
    rows: IdMap<u32>,
    keys: Vec<Feature>,
}

impl FeatureIndex {
    /// Indexes every feature of `data`.
    pub(crate) fn new(data: &[Example]) -> FeatureIndex {
        let mut rows: IdMap<u32> = IdMap::default();
        let mut keys = Vec::new();
        for ex in data {
            for pos in &ex.features {
                for &f in pos {
                    rows.entry(f).or_insert_with(|| {
                        keys.push(f);
                        (keys.len() - 1) as u32
                    });
                }
            }
        }
        FeatureIndex { rows, keys }
    }

    /// The row of `f`, if it was seen.
    #[inline]
    pub(crate) fn row(&self, f: &Feature) -> Option<usize> {
        self.rows.get(f).map(|&r| r as usize)
    }

    /// The features, by row.
    pub(crate) fn keys(&self) -> &[Feature] {
        &self.keys
    }

    /// How many features were seen.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

/// splitmix64: a tiny deterministic generator for the seeded shuffle.
pub(crate) struct SplitMix(u64);

impl SplitMix {
    pub(crate) fn new(seed: u64) -> SplitMix {
        SplitMix(seed)
    }
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Fisher-Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Mutable training state: current weights `w` and the time-weighted sums `u`.
pub(crate) struct Trainer {
    labels: Vec<String>,
    l: usize,
    index: FeatureIndex,
    w: Vec<f32>,
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    c: f64,
}

impl Trainer {
    /// A trainer whose feature index holds every feature seen in `data`.
    pub(crate) fn new(labels: Vec<String>, data: &[Example]) -> Trainer {
        let l = labels.len();
        let index = FeatureIndex::new(data);
        let n = index.len();
        Trainer {
            labels,
            l,
            index,
            w: vec![0.0; n * l],
            u: vec![0.0; n * l],
            tw: vec![0.0; (l + 1) * l],
            tu: vec![0.0; (l + 1) * l],
            c: 1.0,
        }
    }

    /// One pass over `data` in the order given by `order`.
    pub(crate) fn epoch(&mut self, data: &[Example], order: &[usize]) {
        let mut emit = Vec::new();
        for &i in order {
            let ex = &data[i];
            let n = ex.labels.len().min(ex.features.len());
            if n > 0 {
                self.emissions(&ex.features[..n], &mut emit);
                let pred = viterbi(&emit, n, self.l, &self.tw, None);
                self.update(&ex.features[..n], &ex.labels[..n], &pred);
            }
            self.c += 1.0;
        }
    }

    fn emissions(&self, feats: &[Vec<Feature>], emit: &mut Vec<f32>) {
        let l = self.l;
        emit.clear();
        emit.resize(feats.len() * l, 0.0);
        for (t, pos) in feats.iter().enumerate() {
            let out = &mut emit[t * l..(t + 1) * l];
            for f in pos {
                if let Some(r) = self.index.row(f) {
                    let row = &self.w[r * l..(r + 1) * l];
                    for (o, w) in out.iter_mut().zip(row) {
                        *o += *w;
                    }
                }
            }
        }
    }

    fn update(&mut self, feats: &[Vec<Feature>], gold: &[u32], pred: &[u32]) {
        let l = self.l;
        let c = self.c;
        for t in 0..gold.len() {
            let (g, p) = (gold[t] as usize, pred[t] as usize);
            if g != p {
                for f in &feats[t] {
                    let r = self.index.row(f).expect("indexed in new");
                    self.bump_w(r * l + g, 1.0, c);
                    self.bump_w(r * l + p, -1.0, c);
                }
            }
            let (gp, pp) = if t == 0 {
                (l, l)
            } else {
                (gold[t - 1] as usize, pred[t - 1] as usize)
            };
            if (gp, g) != (pp, p) {
                self.bump_t(gp * l + g, 1.0, c);
                self.bump_t(pp * l + p, -1.0, c);
            }
        }
    }

    #[inline]
    fn bump_w(&mut self, i: usize, d: f32, c: f64) {
        self.w[i] += d;
        self.u[i] += c * f64::from(d);
    }

    #[inline]
    fn bump_t(&mut self, i: usize, d: f32, c: f64) {
        self.tw[i] += d;
        self.tu[i] += c * f64::from(d);
    }

    /// The averaged model at this point of training (only non-zero rows kept).
    pub(crate) fn averaged(&self) -> Model {
        let l = self.l;
        let avg = |w: f32, u: f64| (f64::from(w) - u / self.c) as f32;
        let mut rows = Vec::new();
        for (r, &k) in self.index.keys().iter().enumerate() {
            let row: Vec<f32> = (0..l)
                .map(|y| avg(self.w[r * l + y], self.u[r * l + y]))
                .collect();
            if row.iter().any(|x| *x != 0.0) {
                rows.push((k, row));
            }
        }
        let trans = self
            .tw
            .iter()
            .zip(&self.tu)
            .map(|(w, u)| avg(*w, *u))
            .collect();
        Model {
            labels: self.labels.clone(),
            table: FeatureTable::new(l, rows),
            trans,
        }
    }
}

/// Trains for `cfg.epochs` epochs with a seeded shuffle each epoch.
pub(crate) fn train(labels: Vec<String>, data: &[Example], cfg: &TrainConfig) -> Model {
    let mut tr = Trainer::new(labels, data);
    let mut rng = SplitMix::new(cfg.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    for _ in 0..cfg.epochs {
        rng.shuffle(&mut order);
        tr.epoch(data, &order);
    }
    tr.averaged()
}

/// Trains up to `cfg.epochs` epochs and keeps the averaged model with the best label accuracy
/// on `dev`; returns it with its epoch count (ties go to the earlier epoch).
pub(crate) fn train_with_dev(
    labels: Vec<String>,
    data: &[Example],
    dev: &[Example],
    cfg: &TrainConfig,
) -> (Model, usize) {
    let mut tr = Trainer::new(labels, data);
    let mut rng = SplitMix::new(cfg.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut best: Option<(f64, usize, Model)> = None;
    for e in 1..=cfg.epochs.max(1) {
        rng.shuffle(&mut order);
        tr.epoch(data, &order);
        let m = tr.averaged();
        let acc = m.accuracy(dev);
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, e, m));
        }
    }
    let (_, e, m) = best.expect("at least one epoch");
    (m, e)
}

/// Label accuracy on `dev` of the averaged model after each of `cfg.epochs` epochs.
pub(crate) fn dev_curve(
    labels: Vec<String>,
    data: &[Example],
    dev: &[Example],
    cfg: &TrainConfig,
) -> Vec<f64> {
    let mut tr = Trainer::new(labels, data);
    let mut rng = SplitMix::new(cfg.seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut out = Vec::with_capacity(cfg.epochs);
    for _ in 0..cfg.epochs {
        rng.shuffle(&mut order);
        tr.epoch(data, &order);
        out.push(tr.averaged().accuracy(dev));
    }
    out
}
