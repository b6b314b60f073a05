//! Sentence-level event detection (ASSAULT / PROTEST): an averaged perceptron over stem,
//! bigram and lexicon features, trained on the arabic-event-gsr dev part.

use crate::core::Kind;
use crate::gsr::LabelledSentence;
use crate::lexicon::Lexicon;
use crate::norm::{candidates, match_key, tokenize};
use std::collections::HashMap;
use std::fmt::Write as _;

/// PLOVER categories the classifier is trained for, with the CAMEO roots that signal them.
pub const TASKS: &[(&str, &[&str])] = &[("ASSAULT", &["18", "19", "20"]), ("PROTEST", &["14"])];

/// Number words (casualty counts: عشرات القتلى, آلاف المتظاهرين).
const NUMBER_WORDS: [&str; 8] = [
    "عشرات",
    "مئات",
    "الاف",
    "الف",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "عشره",
];
/// Words that anchor a sentence in time (a specific happening rather than commentary).
const TIME_WORDS: [&str; 11] = [
    "امس",
    "اليوم",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "صباح",
    "مساء",
];

/// Features of one sentence: word keys, shortest stems, key bigrams, lexicon roots.
pub fn features(text: &str, lx: &Lexicon) -> Vec<String> {
    let words: Vec<String> = tokenize(text, 0, text.len())
        .into_iter()
        .filter(|t| !t.punct)
        .map(|t| t.key)
        .collect();
    let mut f = vec!["<bias>".to_string()];
    for (i, w) in words.iter().enumerate() {
        f.push(format!("w:{w}"));
        let c = candidates(w);
        if let Some(s) = c.iter().min_by_key(|s| s.chars().count()) {
            f.push(format!("s:{s}"));
        }
        if let Some(n) = words.get(i + 1) {
            f.push(format!("b:{w}_{n}"));
        }
        if let Some((t, _)) = lx.trigger(w).filter(|(t, _)| t.kind == Kind::Event) {
            f.push(format!("r:{}", &t.code[..2]));
            f.push(format!("c:{}", t.code));
        }
        if w.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&w.as_str()) {
            f.push("num".into());
        }
        if TIME_WORDS.contains(&w.as_str()) {
            f.push("time".into());
        }
    }
    let roots: Vec<String> = f.iter().filter(|x| x.starts_with("r:")).cloned().collect();
    for r in roots {
        for ctx in ["num", "time"] {
            if f.iter().any(|x| x == ctx) {
                f.push(format!("{r}&{ctx}"));
            }
        }
    }
    f.sort();
    f.dedup();
    f
}

/// A linear model: feature -> weight.
pub type Weights = HashMap<String, f32>;

/// Score of a feature list.
pub fn score(w: &Weights, feats: &[String]) -> f32 {
    feats.iter().filter_map(|f| w.get(f)).sum()
}

/// Trains an averaged perceptron (positives weighted by `pos_weight`) for `epochs` passes.
pub fn train(data: &[(Vec<String>, bool)], epochs: usize, pos_weight: f32) -> Weights {
    let mut w: Weights = HashMap::new();
    let mut acc: Weights = HashMap::new();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut seed = 0x2545F4914F6CDD1Du64;
    let mut step = 1.0f32;
    for _ in 0..epochs {
        shuffle(&mut order, &mut seed);
        for &i in &order {
            let (f, y) = &data[i];
            let pred = score(&w, f) > 0.0;
            if pred != *y {
                let d = if *y { pos_weight } else { -1.0 };
                for k in f {
                    *w.entry(k.clone()).or_default() += d;
                    *acc.entry(k.clone()).or_default() += d * step;
                }
            }
            step += 1.0;
        }
    }
    w.iter()
        .map(|(k, v)| (k.clone(), v - acc.get(k).copied().unwrap_or(0.0) / step))
        .filter(|(_, v)| v.abs() > 1e-4)
        .collect()
}

fn shuffle(v: &mut [usize], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Stable fold of a document id.
pub fn fold_of(doc: &str, k: usize) -> usize {
    let h = doc.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    (h % k as u64) as usize
}

/// Binary counts.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Counts {
    /// True positives.
    pub tp: usize,
    /// False positives.
    pub fp: usize,
    /// False negatives.
    pub fn_: usize,
}

impl Counts {
    /// Adds one prediction.
    pub fn add(&mut self, pred: bool, gold: bool) {
        match (pred, gold) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            _ => {}
        }
    }
    /// (precision, recall, F1).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Training settings tuned on an inner dev split.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Perceptron passes.
    pub epochs: usize,
    /// Weight of positive updates.
    pub pos_weight: f32,
    /// How ambiguous sentences are trained: dropped (`None`), as positives or as negatives.
    /// They are never scored.
    pub ambiguous: Option<bool>,
}

const fn s(epochs: usize, pos_weight: f32, ambiguous: Option<bool>) -> Settings {
    Settings {
        epochs,
        pos_weight,
        ambiguous,
    }
}

const GRID: &[Settings] = &[
    s(10, 1.0, None),
    s(10, 2.0, None),
    s(10, 4.0, None),
    s(20, 2.0, None),
    s(10, 2.0, Some(true)),
    s(10, 1.0, Some(false)),
];

/// A labelled row: features, gold (`None` for ambiguous), document id.
pub type Row = (Vec<String>, Option<bool>, String);

/// Training pairs of `rows` under `s`'s treatment of ambiguous sentences.
fn training_pairs<'a>(
    rows: impl Iterator<Item = &'a Row>,
    s: &Settings,
) -> Vec<(Vec<String>, bool)> {
    rows.filter_map(|r| r.1.or(s.ambiguous).map(|g| (r.0.clone(), g)))
        .collect()
}

/// Trains with settings `s` on `rows`.
pub fn train_rows(rows: &[Row], s: &Settings) -> Weights {
    train(&training_pairs(rows.iter(), s), s.epochs, s.pos_weight)
}

/// Picks settings by document-grouped inner cross-validation over `data` (the training part only).
pub fn tune(data: &[Row]) -> Settings {
    let mut best = (GRID[0], -1.0);
    for s in GRID {
        let mut c = Counts::default();
        for k in 0..3 {
            let tr = training_pairs(data.iter().filter(|d| fold_of(&d.2, 3) != k), s);
            let w = train(&tr, s.epochs, s.pos_weight);
            for d in data.iter().filter(|d| fold_of(&d.2, 3) == k) {
                if let Some(g) = d.1 {
                    c.add(score(&w, &d.0) > 0.0, g);
                }
            }
        }
        let f = c.prf().2;
        if f > best.1 {
            best = (*s, f);
        }
    }
    best.0
}

/// Labelled feature rows of all sentences: (features, gold or `None` when ambiguous, document).
pub fn rows(sents: &[LabelledSentence], lx: &Lexicon) -> Vec<Row> {
    sents
        .iter()
        .map(|s| (features(&s.text, lx), s.gold(), s.doc.clone()))
        .collect()
}

/// Document-grouped k-fold cross-validation with inner tuning; returns the pooled counts over
/// the non-ambiguous sentences.
pub fn cross_validate(rows: &[Row], k: usize) -> Counts {
    let mut c = Counts::default();
    for fold in 0..k {
        let tr: Vec<Row> = rows
            .iter()
            .filter(|r| fold_of(&r.2, k) != fold)
            .cloned()
            .collect();
        let w = train_rows(&tr, &tune(&tr));
        for r in rows.iter().filter(|r| fold_of(&r.2, k) == fold) {
            if let Some(g) = r.1 {
                c.add(score(&w, &r.0) > 0.0, g);
            }
        }
    }
    c
}

/// Serialises weights as model lines `W task feature weight`.
pub fn write_weights(task: &str, w: &Weights, out: &mut String) {
    let mut items: Vec<_> = w.iter().collect();
    items.sort_by(|a, b| a.0.cmp(b.0));
    for (f, v) in items.into_iter().filter(|(_, v)| v.abs() >= 0.0005) {
        let _ = writeln!(out, "W\t{task}\t{f}\t{v:.3}");
    }
}

/// Whether `text` is classified as an event of PLOVER category `task` by the embedded weights.
pub fn detect(lx: &Lexicon, task: &str, text: &str) -> Option<bool> {
    let w = lx.weights.get(task)?;
    Some(score(w, &features(&match_key(text), lx)) > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perceptron_separates_a_toy_problem() {
        let d: Vec<(Vec<String>, bool)> = (0..40)
            .map(|i| {
                let y = i % 3 == 0;
                let word = if y { "w:قصف" } else { "w:سلام" };
                let f = vec!["<bias>".into(), word.into(), format!("w:x{i}")];
                (f, y)
            })
            .collect();
        let w = train(&d, 5, 1.0);
        assert!(score(&w, &["<bias>".into(), "w:قصف".into()]) > 0.0);
        assert!(score(&w, &["<bias>".into(), "w:سلام".into()]) < 0.0);
    }

    #[test]
    fn counts_prf() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 2,
        };
        let (p, r, f) = c.prf();
        assert!((p - 0.8).abs() < 1e-9 && (r - 0.8).abs() < 1e-9 && (f - 0.8).abs() < 1e-9);
    }
}
