//! Sentence-level event detection (ASSAULT / PROTEST): L2-regularised logistic regression over
//! word, stem, bigram, CAMEO-dictionary and cue features (casualty counts, negation,
//! hypothetical / intent, time anchors), trained on the arabic-event-gsr dev part.
//!
//! Settings (regularisation, how ambiguous sentences are trained) and the decision threshold
//! are chosen by document-grouped inner cross-validation over the training part only; the
//! threshold is folded into the bias, so a positive decision is always `score > 0`.

use crate::core::{Kind, TIME_WORDS};
use crate::gsr::{self, LabelledSentence};
use crate::lexicon::Lexicon;
use crate::norm::{candidates, match_key, tokenize};
use std::collections::HashMap;
use std::fmt::Write as _;

/// PLOVER categories the classifier is trained for, with the CAMEO roots that signal them.
pub const TASKS: &[(&str, &[&str])] = &[("ASSAULT", &["18", "19", "20"]), ("PROTEST", &["14"])];

/// Number words (casualty and crowd counts: عشرات القتلى, آلاف المتظاهرين), as match-key stems
/// (مئات is written ميات).
const NUMBER_WORDS: [&str; 22] = [
    "عشرات",
    "ميات",
    "الاف",
    "الف",
    "مليون",
    "اثنين",
    "اثنان",
    "ثلاث",
    "ثلاثه",
    "اربع",
    "اربعه",
    "خمس",
    "خمسه",
    "سته",
    "سبع",
    "سبعه",
    "ثماني",
    "ثمانيه",
    "تسع",
    "تسعه",
    "عشر",
    "عشره",
];
/// Stems of people counted in casualty / crowd reports (قتيلا, جرحى, متظاهر, شخصا).
const COUNTED: [&str; 18] = [
    "قتيل",
    "قتلي",
    "جريح",
    "جرحي",
    "مصاب",
    "شخص",
    "اشخاص",
    "مدني",
    "جندي",
    "جنود",
    "ضحيه",
    "ضحايا",
    "متظاهر",
    "محتج",
    "مسلح",
    "شرطي",
    "طفل",
    "اطفال",
];
/// Negation words.
pub(crate) const NEGATION: [&str; 9] =
    ["لم", "لن", "لا", "ليس", "ليست", "غير", "دون", "بدون", "عدم"];
/// Hypothetical, intent, threat and attempt cues (not a happening).
const IRREALIS: [&str; 16] = [
    "اذا",
    "لو",
    "قد",
    "سوف",
    "يمكن",
    "ربما",
    "محاوله",
    "محاولات",
    "خطه",
    "تهديد",
    "هدد",
    "يهدد",
    "يعتزم",
    "تعتزم",
    "احتمال",
    "ينوي",
];
/// How many words after a pattern verb its object may come.
const PATTERN_WINDOW: usize = 4;
/// How many tokens before a trigger a negation / irrealis cue scopes over it.
const CUE_WINDOW: usize = 3;

/// The word keys of a sentence (punctuation dropped).
fn words(text: &str) -> Vec<String> {
    tokenize(text, 0, text.len())
        .into_iter()
        .filter(|t| !t.punct)
        .map(|t| t.key)
        .collect()
}

/// The shortest light-stem candidate of a word key.
fn stem(w: &str) -> String {
    candidates(w)
        .into_iter()
        .min_by_key(|s| s.chars().count())
        .unwrap_or_else(|| w.to_string())
}

/// Whether a word (or one of its light stems) is in `list`.
fn stem_in(w: &str, list: &[&str]) -> bool {
    candidates(w).iter().any(|c| list.contains(&c.as_str()))
}

/// Whether a word is a count: digits or a number word (ثلاثة, عشرة).
pub(crate) fn is_number(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) || stem_in(w, &NUMBER_WORDS)
}

/// Features of one sentence: word keys, shortest stems and their character 4-grams, key and
/// stem bigrams, CAMEO roots and codes of
/// dictionary triggers, and cue features (counts of people, negation / irrealis scope over a
/// trigger, time anchors) with their conjunctions with the trigger roots.
pub fn features(text: &str, lx: &Lexicon) -> Vec<String> {
    let words = words(text);
    let mut f = Vec::new();
    let mut roots = Vec::new();
    for (i, w) in words.iter().enumerate() {
        f.push(format!("w:{w}"));
        let st = stem(w);
        f.extend(char_grams(&st));
        if let Some(n) = words.get(i + 1) {
            f.push(format!("b:{w}_{n}"));
            f.push(format!("t:{st}_{}", stem(n)));
        }
        f.push(format!("s:{st}"));
        // a death or wound word is an act only with its agent (AGENT_ONLY), an arrival only with
        // its place (ARRIVALS), a storming (اقتحم) a raid, an assault or a riot by who storms, a
        // destruction (دمر) is an act only as a perfect verb (its key is also the city تدمر):
        // no trigger feature (as one, storming cost PROTEST 0.014 in cross-validation, دمر
        // ASSAULT 0.008)
        let event = |(t, s): &(&crate::lexicon::Trigger, String)| {
            t.kind == Kind::Event
                && !crate::core::AGENT_ONLY.contains(&s.as_str())
                && !crate::core::ARRIVALS.contains(&s.as_str())
                && !matches!(s.as_str(), "اقتحم" | "اقتحام" | "دمر")
        };
        if let Some((t, _)) = lx.trigger(w).filter(event) {
            roots.push(t.code[..2].to_string());
            f.push(format!("c:{}", t.code));
            f.extend(scope_cues(&words, i, &t.code[..2]));
        }
        f.extend(pattern_roots(lx, &words, i));
        if is_number(w) && words[i + 1..].iter().take(3).any(|n| stem_in(n, &COUNTED)) {
            f.push("count".into());
        }
        if TIME_WORDS.contains(&w.as_str()) {
            f.push("time".into());
        }
    }
    cue_conjunctions(&mut f, &roots);
    f.sort();
    f.dedup();
    f
}

/// Roots of the verb-dictionary patterns (verb + object: اطلق ... النار) that the word at `i`
/// opens with an object among the next `PATTERN_WINDOW` words.
fn pattern_roots(lx: &Lexicon, words: &[String], i: usize) -> Vec<String> {
    let Some(pats) = candidates(&words[i])
        .into_iter()
        .find_map(|c| lx.patterns.get(&c))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for w in words[i + 1..].iter().take(PATTERN_WINDOW) {
        let c = candidates(w);
        for (_, code) in pats.iter().filter(|(o, _)| c.contains(o)) {
            out.push(format!("p:{}", code.get(..2).unwrap_or(code)));
        }
    }
    out
}

/// Character 4-grams of a stem with boundary marks (`<قصف>` -> `<قصف`, `قصف>`): shared by
/// inflections and derivations the light stemmer leaves apart.
fn char_grams(stem: &str) -> Vec<String> {
    let ch: Vec<char> = format!("<{stem}>").chars().collect();
    ch.windows(4)
        .map(|g| format!("g:{}", g.iter().collect::<String>()))
        .collect()
}

/// Negation / irrealis cues within `CUE_WINDOW` words before the trigger at `i`.
fn scope_cues(words: &[String], i: usize, root: &str) -> Vec<String> {
    let before = &words[i.saturating_sub(CUE_WINDOW)..i];
    let mut out = Vec::new();
    if before.iter().any(|w| NEGATION.contains(&w.as_str())) {
        out.push(format!("neg:{root}"));
    }
    if before.iter().any(|w| stem_in(w, &IRREALIS)) {
        out.push(format!("irr:{root}"));
    }
    out
}

/// Root features and their conjunctions with the sentence-level `count` / `time` cues.
fn cue_conjunctions(f: &mut Vec<String>, roots: &[String]) {
    let ctx: Vec<&str> = ["count", "time"]
        .into_iter()
        .filter(|c| f.iter().any(|x| x == c))
        .collect();
    for r in roots {
        f.push(format!("r:{r}"));
        for c in &ctx {
            f.push(format!("r:{r}&{c}"));
        }
    }
}

/// A linear model: feature -> weight; the bias is the feature `<bias>`.
pub type Weights = HashMap<String, f32>;

/// The name of the bias weight.
pub const BIAS: &str = "<bias>";

/// Score (log-odds margin) of a feature list: bias plus the weights of the features, each
/// feature valued `1/sqrt(n)` (unit-length rows).
pub fn score(w: &Weights, feats: &[String]) -> f32 {
    let sum: f32 = feats.iter().filter_map(|f| w.get(f)).sum();
    w.get(BIAS).copied().unwrap_or(0.0) + sum * row_value(feats.len())
}

fn row_value(n: usize) -> f32 {
    1.0 / (n.max(1) as f32).sqrt()
}

/// One training example over interned features: feature ids, target, example weight.
#[derive(Debug, Clone)]
struct Example {
    feats: Vec<usize>,
    target: f32,
    weight: f32,
}

/// Stable fold of a document id.
pub fn fold_of(doc: &str, k: usize) -> usize {
    let h = doc.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    });
    (h % k as u64) as usize
}

/// Inner folds use a salted hash so they cut across the outer folds.
fn inner_fold(doc: &str, k: usize) -> usize {
    fold_of(&format!("inner:{doc}"), k)
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

/// Training settings, chosen by inner cross-validation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// L2 regularisation strength (per example).
    pub l2: f32,
    /// How ambiguous sentences are trained: dropped (`None`) or as positives of this example
    /// weight. They are never scored.
    pub ambiguous: Option<f32>,
    /// Train "no" and ambiguous sentences towards the annotators' acceptance share instead
    /// of 0 / 1 (a "difficult no" with one vote in three is a 1/3 positive).
    pub soft: bool,
}

/// SGD passes.
const EPOCHS: usize = 12;
/// Models (shuffle orders) averaged into one, to cut the variance of SGD on few positives.
const SEEDS: u64 = 5;
/// Initial SGD learning rate.
const LEARNING_RATE: f32 = 0.5;

/// A grid point.
const fn s(l2: f32, ambiguous: Option<f32>, soft: bool) -> Settings {
    Settings {
        l2,
        ambiguous,
        soft,
    }
}

/// The settings tried by the inner cross-validation.
const GRID: &[Settings] = &[
    s(1e-5, None, false),
    s(1e-4, None, false),
    s(1e-5, Some(0.5), false),
    s(1e-4, Some(0.5), false),
    s(1e-5, Some(1.0), true),
    s(1e-4, Some(1.0), true),
];

/// A labelled sentence as the classifier sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Features (see [`features`]).
    pub feats: Vec<String>,
    /// Gold class; `None` for ambiguous sentences (trained on by some settings, never scored).
    pub gold: Option<bool>,
    /// Share of annotators who accepted the sentence.
    pub agreement: f32,
    /// Cross-validation group (source documents sharing sentences).
    pub group: String,
}

/// Interns the features of `rows` (in row order, so ids are deterministic).
fn intern(rows: &[&Row]) -> (HashMap<String, usize>, Vec<Vec<usize>>) {
    let mut ids: HashMap<String, usize> = HashMap::new();
    let feats = rows
        .iter()
        .map(|r| {
            r.feats
                .iter()
                .map(|f| {
                    let n = ids.len();
                    *ids.entry(f.clone()).or_insert(n)
                })
                .collect()
        })
        .collect();
    (ids, feats)
}

/// Training examples of `rows` under `s`: class-balanced weights (positives weighted by the
/// negative/positive ratio), ambiguous rows dropped or kept as weighted positives; with
/// `soft`, "no" and ambiguous rows target the annotators' acceptance share.
fn examples(rows: &[&Row], feats: Vec<Vec<usize>>, s: &Settings) -> Vec<Example> {
    let pos = rows.iter().filter(|r| r.gold == Some(true)).count().max(1);
    let neg = rows.iter().filter(|r| r.gold == Some(false)).count().max(1);
    let balance = neg as f32 / pos as f32;
    rows.iter()
        .zip(feats)
        .filter_map(|(r, feats)| {
            let (target, weight) = match (r.gold, s.ambiguous) {
                (Some(true), _) => (1.0, balance),
                (Some(false), _) if s.soft => (r.agreement, 1.0 + r.agreement * balance),
                (Some(false), _) => (0.0, 1.0),
                (None, Some(a)) if s.soft => (r.agreement, a * (1.0 + r.agreement * balance)),
                (None, Some(a)) => (1.0, balance * a),
                (None, None) => return None,
            };
            Some(Example {
                feats,
                target,
                weight,
            })
        })
        .collect()
}

/// Fits logistic regression by SGD (examples shuffled from `seed`) with a decaying rate; L2
/// shrinkage is applied once per pass. Returns (feature weights by id, bias).
fn fit(data: &[Example], dim: usize, l2: f32, mut seed: u64) -> (Vec<f32>, f32) {
    let mut w = vec![0f32; dim];
    let mut bias = 0f32;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let total: f32 = data.iter().map(|e| e.weight).sum::<f32>().max(1.0);
    for epoch in 0..EPOCHS {
        let rate = LEARNING_RATE / (1.0 + epoch as f32);
        shuffle(&mut order, &mut seed);
        for &i in &order {
            let e = &data[i];
            let x = row_value(e.feats.len());
            let z = bias + e.feats.iter().map(|&j| w[j]).sum::<f32>() * x;
            let g = (sigmoid(z) - e.target) * e.weight * rate;
            bias -= g;
            for &j in &e.feats {
                w[j] -= g * x;
            }
        }
        let shrink = 1.0 / (1.0 + rate * l2 * total);
        w.iter_mut().for_each(|v| *v *= shrink);
    }
    (w, bias)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

fn shuffle(v: &mut [usize], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        v.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Trains on `rows` with settings `s` (the average of `SEEDS` SGD runs); `offset` is
/// subtracted from the bias (the decision threshold as a margin).
pub fn train_rows(rows: &[Row], s: &Settings, offset: f32) -> Weights {
    let refs: Vec<&Row> = rows.iter().collect();
    let (ids, feats) = intern(&refs);
    let data = examples(&refs, feats, s);
    let mut w = vec![0f32; ids.len()];
    let mut bias = 0f32;
    for b in 0..SEEDS {
        let (wb, bb) = fit(&data, ids.len(), s.l2, 0x2545F4914F6CDD1D + b * 0x9E37_79B9);
        w.iter_mut()
            .zip(wb)
            .for_each(|(a, v)| *a += v / SEEDS as f32);
        bias += bb / SEEDS as f32;
    }
    let mut out: Weights = ids
        .into_iter()
        .map(|(f, j)| (f, w[j]))
        .filter(|(_, v)| v.abs() > 1e-4)
        .collect();
    out.insert(BIAS.to_string(), bias - offset);
    out
}

/// The margin threshold that maximises F1 over scored (margin, gold) pairs, and that F1.
/// The threshold sits halfway between the chosen margin and the next lower one.
pub fn best_threshold(scored: &[(f32, bool)]) -> (f32, f64) {
    let mut v: Vec<(f32, bool)> = scored.to_vec();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    let pos = v.iter().filter(|x| x.1).count();
    let mut best = (0.0f32, 0.0f64);
    let mut tp = 0;
    for (i, &(m, g)) in v.iter().enumerate() {
        tp += usize::from(g);
        if v.get(i + 1).is_some_and(|n| n.0 == m) {
            continue;
        }
        let f1 = 2.0 * tp as f64 / ((i + 1) + pos) as f64;
        if f1 > best.1 {
            let next = v.get(i + 1).map_or(m - 1.0, |n| n.0);
            best = ((m + next) / 2.0, f1);
        }
    }
    best
}

/// Out-of-fold margins of the scored rows of `data` by document-grouped 3-fold inner
/// cross-validation under `s`.
fn inner_margins(data: &[Row], s: &Settings) -> Vec<(f32, bool)> {
    let mut out = Vec::new();
    for k in 0..3 {
        let tr: Vec<Row> = data
            .iter()
            .filter(|d| inner_fold(&d.group, 3) != k)
            .cloned()
            .collect();
        let w = train_rows(&tr, s, 0.0);
        for d in data.iter().filter(|d| inner_fold(&d.group, 3) == k) {
            if let Some(g) = d.gold {
                out.push((score(&w, &d.feats), g));
            }
        }
    }
    out
}

/// Picks settings and the decision threshold by document-grouped inner cross-validation over
/// `data` (the training part only): the grid point with the best F1 at its best threshold.
pub fn tune(data: &[Row]) -> (Settings, f32) {
    let mut best = (GRID[0], 0.0, -1.0);
    for s in GRID {
        let (t, f1) = best_threshold(&inner_margins(data, s));
        if f1 > best.2 {
            best = (*s, t, f1);
        }
    }
    (best.0, best.1)
}

/// Trains the final weights on `rows` with tuned settings and threshold.
pub fn train_tuned(rows: &[Row]) -> Weights {
    let (s, t) = tune(rows);
    train_rows(rows, &s, t)
}

/// Labelled feature rows of all sentences: (features, gold or `None` when ambiguous, group).
pub fn rows(sents: &[LabelledSentence], lx: &Lexicon) -> Vec<Row> {
    sents
        .iter()
        .zip(gsr::groups(sents))
        .map(|(s, group)| Row {
            feats: features(&match_key(&s.text), lx),
            gold: s.gold(),
            agreement: s.agreement(),
            group,
        })
        .collect()
}

/// Document-grouped k-fold cross-validation with inner tuning of settings and threshold;
/// returns the pooled counts over the non-ambiguous sentences.
pub fn cross_validate(rows: &[Row], k: usize) -> Counts {
    let mut c = Counts::default();
    for fold in 0..k {
        let tr: Vec<Row> = rows
            .iter()
            .filter(|r| fold_of(&r.group, k) != fold)
            .cloned()
            .collect();
        let w = train_tuned(&tr);
        for r in rows.iter().filter(|r| fold_of(&r.group, k) == fold) {
            if let Some(g) = r.gold {
                c.add(score(&w, &r.feats) > 0.0, g);
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
        let _ = writeln!(out, "W\t{task}\t{f}\t{v:.4}");
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

    fn toy_rows() -> Vec<Row> {
        (0..60)
            .map(|i| {
                let y = i % 3 == 0;
                let word = if y { "w:قصف" } else { "w:سلام" };
                Row {
                    feats: vec![word.to_string(), format!("w:x{i}")],
                    gold: Some(y),
                    agreement: if y { 1.0 } else { 0.0 },
                    group: format!("d{i}"),
                }
            })
            .collect()
    }

    #[test]
    fn logistic_regression_separates_a_toy_problem() {
        let w = train_rows(&toy_rows(), &GRID[0], 0.0);
        assert!(score(&w, &["w:قصف".into(), "w:y".into()]) > 0.0);
        assert!(score(&w, &["w:سلام".into(), "w:y".into()]) < 0.0);
    }

    #[test]
    fn tuned_cross_validation_is_perfect_on_a_separable_problem() {
        let c = cross_validate(&toy_rows(), 5);
        assert_eq!((c.tp, c.fp, c.fn_), (20, 0, 0));
    }

    #[test]
    fn threshold_maximises_f1() {
        let s = [
            (3.0, true),
            (2.0, true),
            (1.0, false),
            (0.5, true),
            (-1.0, false),
        ];
        let (t, f1) = best_threshold(&s);
        assert!(t > -1.0 && t < 0.5, "{t}");
        assert!((f1 - 2.0 * 3.0 / 7.0).abs() < 1e-9, "{f1}");
    }

    #[test]
    fn cues_scope_over_triggers() {
        let lx = Lexicon::parse("");
        let f = features(&match_key("لم يقتل احد وقتل 5 اشخاص امس"), &lx);
        assert!(f.contains(&"count".to_string()), "{f:?}");
        assert!(f.contains(&"time".to_string()), "{f:?}");
        let roots: Vec<&String> = f.iter().filter(|x| x.starts_with("neg:")).collect();
        assert!(!roots.is_empty(), "{f:?}");
    }

    #[test]
    fn dictionary_patterns_need_their_object() {
        let lx = Lexicon::parse("P\tاطلق\tنار\t180\n");
        let w = words(&match_key("أطلق مسلحون النار على الحافلة"));
        assert_eq!(pattern_roots(&lx, &w, 0), vec!["p:18"]);
        let w = words(&match_key("أطلق الجيش سراح المعتقلين"));
        assert!(pattern_roots(&lx, &w, 0).is_empty());
    }

    #[test]
    fn char_grams_mark_word_boundaries() {
        assert_eq!(char_grams("قصف"), vec!["g:<قصف", "g:قصف>"]);
        assert!(char_grams("ا").is_empty());
    }

    #[test]
    fn number_words_match_their_keys() {
        for w in ["مئات", "عشرات", "الآلاف", "ثلاثة", "25"] {
            assert!(is_number(&match_key(w)), "{w}");
        }
        assert!(!is_number(&match_key("المتظاهرين")));
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
