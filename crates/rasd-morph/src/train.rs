//! Training: segmenter and POS tagger from WikiNews (train part), statistics from the news corpus.
//!
//! Protocol: 5-fold cross-validation inside the train part picks the epoch counts (and, with
//! `cv_report`, scores the whole pipeline); the last tenth of train is also reported as a dev
//! set; the final models are retrained on the whole train part with those counts. The test
//! part is never read here.

use crate::dist::WordDist;
use crate::freq::{count_words, WordFreq};
use crate::gold::{label, read_gold, select, GoldToken, Split};
use crate::model::MorphModel;
use crate::pos::{ends_sentence, sentence_features, AffixTable, SegWord, Stats};
use crate::seg::features;
use crate::{eval, Analyzer};
use rasd_tagger::{Example, Model, TrainConfig};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// `WikiNews.pos.ref`.
    pub gold: PathBuf,
    /// News corpus JSONL (unlabelled); `None` trains without corpus statistics.
    pub corpus: Option<PathBuf>,
    /// Maximum epochs for the segmenter (the dev set picks the count).
    pub seg_epochs: usize,
    /// Maximum epochs for the POS tagger (the dev set picks the count).
    pub pos_epochs: usize,
    /// Shuffle seed.
    pub seed: u64,
    /// Words kept in the corpus frequency table need at least this count.
    pub min_count: u64,
    /// Number of frequent corpus words whose analyses are memo-cached at load time.
    pub cache_words: usize,
    /// Train the final model on the train part without its dev tenth (for `eval seg --split dev`).
    pub fit_only: bool,
    /// Use distributional signatures from the corpus as POS features.
    pub dist: bool,
    /// Words need at least this many neighbours in the corpus to get a signature.
    pub dist_min_count: u64,
    /// Also score the whole pipeline (segmentation + POS, full tag strings) by
    /// cross-validation inside train with the chosen epoch counts (slower; for reports).
    pub cv_report: bool,
    /// POS models trained with consecutive shuffle seeds and averaged (1: a single model).
    pub pos_bags: usize,
    /// Segmenter models trained with consecutive shuffle seeds and averaged.
    pub seg_bags: usize,
}

impl TrainOptions {
    /// The defaults used for the committed model, for data under `shared`.
    pub fn new(shared: &std::path::Path) -> TrainOptions {
        TrainOptions {
            gold: shared.join("data/qcri-wikinews/WikiNews.pos.ref"),
            corpus: Some(
                shared.join("data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"),
            ),
            seg_epochs: 30,
            pos_epochs: 30,
            seed: 20261126,
            min_count: 1,
            cache_words: 100_000,
            fit_only: false,
            dist: true,
            dist_min_count: 3,
            cv_report: false,
            pos_bags: 10,
            seg_bags: 1,
        }
    }
}

/// What training did, for the report.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    /// Human-readable lines (dev scores, sizes, epochs).
    pub lines: Vec<String>,
    /// Dev scores of the dev-selected models (trained on train minus dev).
    pub dev: eval::SegScores,
    /// Held-out predictions of the whole-pipeline cross-validation (in train order; empty
    /// unless [`TrainOptions::cv_report`]).
    pub cv_predictions: Vec<crate::TokenAnalysis>,
}

/// Errors while training.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

fn read(path: &PathBuf) -> Result<String, TrainError> {
    std::fs::read_to_string(path).map_err(|source| TrainError::Io {
        path: path.clone(),
        source,
    })
}

/// Counts over the `title`, `abstract` and `text` fields of a JSONL news corpus: normalised
/// Arabic words (segmenter statistics) and exact token texts (memo-cache candidates).
pub fn corpus_counts(jsonl: &str) -> (HashMap<String, u64>, HashMap<String, u64>) {
    let mut counts = HashMap::new();
    let mut tokens: HashMap<String, u64> = HashMap::new();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        for field in ["title", "abstract", "text"] {
            if let Some(t) = v.get(field).and_then(|x| x.as_str()) {
                count_words(t, &mut counts);
                for tok in rasd_text::tokenize(t, rasd_text::Span::new(0, t.len())) {
                    if tok.kind != rasd_text::TokenKind::Punct {
                        *tokens.entry(tok.span.text(t).to_string()).or_default() += 1;
                    }
                }
            }
        }
    }
    (counts, tokens)
}

/// Distributional signatures over the `title`, `abstract` and `text` fields of a JSONL corpus.
pub fn corpus_dist(jsonl: &str, min_count: u64) -> WordDist {
    let mut texts = Vec::new();
    for line in jsonl.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        for field in ["title", "abstract", "text"] {
            if let Some(t) = v.get(field).and_then(|x| x.as_str()) {
                texts.push(t.to_string());
            }
        }
    }
    WordDist::from_texts(texts.iter().map(String::as_str), min_count)
}

/// The `cache` most frequent words (count desc, then text), for the memo cache.
pub fn frequent_words(counts: &HashMap<String, u64>, cache: usize) -> Vec<String> {
    let mut v: Vec<(&String, &u64)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.into_iter().take(cache).map(|(w, _)| w.clone()).collect()
}

/// Segmenter examples: one per written token (assimilated words left out).
pub fn seg_examples(tokens: &[GoldToken], freq: Option<&WordFreq>) -> Vec<Example> {
    let mut out = Vec::new();
    for t in tokens.iter().filter(|t| !t.assimilated()) {
        let (chars, labels) = t.char_labels();
        if chars.is_empty() || !chars.iter().any(|c| ('\u{0621}'..='\u{064A}').contains(c)) {
            continue;
        }
        let mut feats = Vec::new();
        features(&chars, freq, &mut feats);
        out.push(Example {
            features: feats,
            labels,
        });
    }
    out
}

/// Gold tokens cut into sentences (after . ! ? ؟, or every 80 tokens).
pub fn sentences(tokens: &[GoldToken]) -> Vec<&[GoldToken]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let end = ends_sentence(&tokens[i].seg_string()) || i + 1 - start >= 80;
        if end || i + 1 == tokens.len() {
            out.push(&tokens[start..=i]);
            start = i + 1;
        }
    }
    out
}

/// The gold token as the POS tagger sees it.
pub fn seg_word(t: &GoldToken) -> SegWord {
    SegWord {
        word: t.surface(),
        forms: t.morphs.clone(),
    }
}

/// POS examples over gold segmentation: one per sentence, one position per word (head tag).
pub fn pos_examples(tokens: &[GoldToken], tagset: &[String], stats: Stats<'_>) -> Vec<Example> {
    let id = |t: &str| tagset.iter().position(|x| x == t).unwrap_or(0) as u32;
    sentences(tokens)
        .into_iter()
        .map(|s| {
            let words: Vec<SegWord> = s.iter().map(seg_word).collect();
            Example {
                features: sentence_features(&words, stats),
                labels: s
                    .iter()
                    .zip(&words)
                    .map(|(t, w)| id(&t.tags[w.head()]))
                    .collect(),
            }
        })
        .collect()
}

/// Head-tag set of the gold tokens, sorted.
pub fn tagset(tokens: &[GoldToken]) -> Vec<String> {
    let mut v: Vec<String> = tokens
        .iter()
        .map(|t| t.tags[seg_word(t).head()].clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Affix tag table of the gold tokens.
pub fn affix_table(tokens: &[GoldToken]) -> AffixTable {
    let words: Vec<SegWord> = tokens.iter().map(seg_word).collect();
    AffixTable::learn(words.iter().zip(tokens.iter().map(|t| t.tags.as_slice())))
}

/// Assimilated written words and their gold morphemes (most frequent analysis, then first).
pub fn exceptions(tokens: &[GoldToken]) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    for t in tokens.iter().filter(|t| t.assimilated()) {
        out.entry(t.surface()).or_insert_with(|| t.morphs.clone());
    }
    out
}

/// Written words of a token list.
pub fn written_words(tokens: &[GoldToken]) -> HashSet<String> {
    tokens.iter().map(|t| t.surface()).collect()
}

/// Epoch counts, shuffle seed and POS bag count of one fit.
#[derive(Debug, Clone, Copy)]
pub struct FitConfig {
    /// Segmenter epochs.
    pub seg_epochs: usize,
    /// POS epochs.
    pub pos_epochs: usize,
    /// Shuffle seed (POS bag `k` uses `seed + k`).
    pub seed: u64,
    /// POS models averaged.
    pub pos_bags: usize,
    /// Segmenter models averaged.
    pub seg_bags: usize,
}

/// `bags` models trained on `data` with seeds `seed..seed + bags`, averaged (at least one).
fn bagged(labels: &[String], data: &[Example], epochs: usize, seed: u64, bags: usize) -> Model {
    Model::train_bagged(labels.to_vec(), data, &TrainConfig { epochs, seed }, bags)
}

fn fit(
    train: &[GoldToken],
    freq: &WordFreq,
    dist: &WordDist,
    cfg: FitConfig,
    cache: Vec<String>,
) -> MorphModel {
    let FitConfig {
        seg_epochs,
        pos_epochs,
        seed,
        pos_bags,
        seg_bags,
    } = cfg;
    let fr = (!freq.is_empty()).then_some(freq);
    let st = Stats {
        freq: fr,
        dist: (!dist.is_empty()).then_some(dist),
    };
    let labels: Vec<String> = label::NAMES.iter().map(|s| s.to_string()).collect();
    let seg = bagged(
        &labels,
        &seg_examples(train, fr),
        seg_epochs,
        seed,
        seg_bags,
    );
    let tags = tagset(train);
    let pos = bagged(
        &tags,
        &pos_examples(train, &tags, st),
        pos_epochs,
        seed,
        pos_bags,
    );
    MorphModel {
        seg,
        pos,
        affixes: affix_table(train),
        freq: freq.clone(),
        exceptions: exceptions(train),
        cache_words: cache,
        dist: dist.clone(),
    }
}

/// Folds of the cross-validation that picks the epoch counts.
pub const CV_FOLDS: usize = 5;

/// Index of the best value (first on ties), plus one: an epoch count.
fn best_epoch(curve: &[f64]) -> usize {
    let mut best = 0;
    for (k, v) in curve.iter().enumerate() {
        if *v > curve[best] {
            best = k;
        }
    }
    best + 1
}

/// Epoch counts for the segmenter and POS tagger that maximise the summed dev accuracy over
/// contiguous folds of the train part.
fn cv_epochs(
    train: &[GoldToken],
    opts: &TrainOptions,
    fr: Option<&WordFreq>,
    st: Stats<'_>,
    report: &mut TrainReport,
) -> (usize, usize) {
    let labels: Vec<String> = label::NAMES.iter().map(|s| s.to_string()).collect();
    let tags = tagset(train);
    let mut seg_curve = vec![0.0; opts.seg_epochs];
    let mut pos_curve = vec![0.0; opts.pos_epochs];
    for (rest, held) in folds(train) {
        let cfg = |epochs| TrainConfig {
            epochs,
            seed: opts.seed,
        };
        let c = Model::dev_curve(
            labels.clone(),
            &seg_examples(&rest, fr),
            &seg_examples(held, fr),
            &cfg(opts.seg_epochs),
        );
        seg_curve.iter_mut().zip(c).for_each(|(s, x)| *s += x);
        let c = Model::dev_curve(
            tags.clone(),
            &pos_examples(&rest, &tags, st),
            &pos_examples(held, &tags, st),
            &cfg(opts.pos_epochs),
        );
        pos_curve.iter_mut().zip(c).for_each(|(s, x)| *s += x);
    }
    let (se, pe) = (best_epoch(&seg_curve), best_epoch(&pos_curve));
    report.lines.push(format!(
        "cross-validation: character-label accuracy {:.3}% at {se} epochs, head-tag accuracy {:.3}% at {pe} epochs",
        100.0 * seg_curve[se - 1] / CV_FOLDS as f64,
        100.0 * pos_curve[pe - 1] / CV_FOLDS as f64
    ));
    (se, pe)
}

/// Folds of `train` as (rest, held-out) pairs of contiguous parts.
fn folds(train: &[GoldToken]) -> impl Iterator<Item = (Vec<GoldToken>, &[GoldToken])> + '_ {
    let n = train.len();
    (0..CV_FOLDS).map(move |f| {
        let (a, b) = (n * f / CV_FOLDS, n * (f + 1) / CV_FOLDS);
        let rest: Vec<GoldToken> = train[..a].iter().chain(&train[b..]).cloned().collect();
        (rest, &train[a..b])
    })
}

/// Whole-pipeline scores summed over the cross-validation folds of `train`: each fold's
/// held-out part is analysed by a model fitted on the rest (seen/unseen relative to the rest).
/// Also returns the held-out predictions, in the order of `train`.
pub fn cv_scores(
    train: &[GoldToken],
    freq: &WordFreq,
    dist: &WordDist,
    cfg: FitConfig,
) -> (eval::SegScores, Vec<crate::TokenAnalysis>) {
    let mut total = eval::SegScores::default();
    let mut preds = Vec::with_capacity(train.len());
    for (rest, held) in folds(train) {
        let m = fit(&rest, freq, dist, cfg, Vec::new());
        let (s, p) = eval::evaluate(&Analyzer::new(m), held, &written_words(&rest));
        total.merge(&s);
        preds.extend(p);
    }
    (total, preds)
}

/// Trains the model as configured; deterministic for given data and options.
pub fn train(opts: &TrainOptions) -> Result<(MorphModel, TrainReport), TrainError> {
    let mut report = TrainReport::default();
    let gold = read_gold(&read(&opts.gold)?);
    let train = select(&gold, Split::Train);
    let (freq, cache, dist) = match &opts.corpus {
        Some(p) => {
            let raw = read(p)?;
            let (counts, tokens) = corpus_counts(&raw);
            let dist = if opts.dist {
                corpus_dist(&raw, opts.dist_min_count)
            } else {
                WordDist::default()
            };
            report
                .lines
                .push(format!("corpus: {} distributional signatures", dist.len()));
            let freq =
                WordFreq::from_counts(counts.iter().map(|(k, v)| (k.as_str(), *v)), opts.min_count);
            report.lines.push(format!(
                "corpus: {} word types, {} kept (count >= {})",
                counts.len(),
                freq.len(),
                opts.min_count
            ));
            (freq, frequent_words(&tokens, opts.cache_words), dist)
        }
        None => (WordFreq::default(), Vec::new(), WordDist::default()),
    };
    let fr = (!freq.is_empty()).then_some(&freq);
    let st = Stats {
        freq: fr,
        dist: (!dist.is_empty()).then_some(&dist),
    };
    let (fit_part, dev) = (&select(&gold, Split::TrainFit), &select(&gold, Split::Dev));
    let (seg_e, pos_e) = cv_epochs(&train, opts, fr, st, &mut report);
    report.lines.push(format!(
        "epochs chosen by {CV_FOLDS}-fold cross-validation inside train: segmenter {seg_e}, POS {pos_e}"
    ));
    let fc = FitConfig {
        seg_epochs: seg_e,
        pos_epochs: pos_e,
        seed: opts.seed,
        pos_bags: opts.pos_bags,
        seg_bags: opts.seg_bags,
    };
    if opts.cv_report {
        let (s, preds) = cv_scores(&train, &freq, &dist, fc);
        report.cv_predictions = preds;
        report.lines.push(format!(
            "{CV_FOLDS}-fold CV inside train ({} tokens): seg word acc {:.2}%, POS acc {:.2}% (seen {:.2}%, unseen {} tokens: seg {:.2}% POS {:.2}%)",
            s.all.tokens,
            s.all.seg_accuracy(),
            s.all.pos_accuracy(),
            s.seen.pos_accuracy(),
            s.unseen.tokens,
            s.unseen.seg_accuracy(),
            s.unseen.pos_accuracy()
        ));
    }
    let dev_model = fit(fit_part, &freq, &dist, fc, Vec::new());
    let (dev_scores, _) = eval::evaluate(&Analyzer::new(dev_model), dev, &written_words(fit_part));
    report.lines.push(format!(
        "dev ({} tokens, last tenth of train): seg word acc {:.2}%, boundary F1 {:.2}, POS acc {:.2}%; unseen {} tokens: seg {:.2}% POS {:.2}%",
        dev_scores.all.tokens,
        dev_scores.all.seg_accuracy(),
        dev_scores.all.f1(),
        dev_scores.all.pos_accuracy(),
        dev_scores.unseen.tokens,
        dev_scores.unseen.seg_accuracy(),
        dev_scores.unseen.pos_accuracy()
    ));
    report.dev = dev_scores;
    let final_part = if opts.fit_only { fit_part } else { &train };
    let model = fit(final_part, &freq, &dist, fc, cache);
    report.lines.push(format!(
        "final: {} segmenter features, {} POS features, {} exceptions, {} cached words",
        model.seg.n_features(),
        model.pos.n_features(),
        model.exceptions.len(),
        model.cache_words.len()
    ));
    Ok((model, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<GoldToken> {
        read_gold(&format!("h\n{s}"))
    }

    #[test]
    fn sentences_end_at_full_stops() {
        let t = toks("و+قال\tCONJ+V\n.\tPUNC\nهو\tPRON\n");
        let s = sentences(&t);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].len(), 2);
    }

    #[test]
    fn examples_have_one_label_per_position() {
        let t = toks("و+قال\tCONJ+V\nمن+ما\tPREP+PRON\n.\tPUNC\n");
        let seg = seg_examples(&t, None);
        assert_eq!(
            seg.len(),
            1,
            "assimilated and non-Arabic tokens are left out"
        );
        assert_eq!(seg[0].labels, [label::B, label::B, 0, 0]);
        let tags = tagset(&t);
        let pos = pos_examples(&t, &tags, Stats::default());
        assert_eq!(pos[0].features.len(), pos[0].labels.len());
        assert_eq!(exceptions(&t).get("مما").unwrap(), &["من", "ما"]);
    }

    #[test]
    fn frequent_words_are_ordered() {
        let mut c = HashMap::new();
        c.insert("ب".to_string(), 2);
        c.insert("ا".to_string(), 2);
        c.insert("ج".to_string(), 5);
        assert_eq!(frequent_words(&c, 2), ["ج", "ا"]);
    }
}
