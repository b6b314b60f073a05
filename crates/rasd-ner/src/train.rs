//! Training: resources from ../shared/data, examples from ANERcorp, epochs picked on dev.

use crate::clusters::{build_lexicon, ClusterConfig};
use crate::data::TaggedSentence;
use crate::features::{gazetteer_marks, prepare, sentence_features, Prepared, Resources};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::model::{NerModel, LABELS};
use crate::stack::{vote_features, Votes};
use crate::titles::Titles;
use rasd_tagger::{CrfConfig, Example, Model, TrainConfig};
use std::path::Path;

/// Curated organisation / place names shipped with the crate (`data/names.txt`).
pub const NAMES_TXT: &str = include_str!("../data/names.txt");

/// Reads the news corpus (JSONL with `title` and `text`) as token match keys per article.
/// `max_articles` bounds the read (0 = all).
pub fn read_news_keys(path: &Path, max_articles: usize) -> std::io::Result<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(path)?;
    let mut docs = Vec::new();
    for line in text.lines() {
        if max_articles > 0 && docs.len() >= max_articles {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let mut body = String::new();
        for field in ["title", "text"] {
            if let Some(s) = v.get(field).and_then(|s| s.as_str()) {
                body.push_str(s);
                body.push('\n');
            }
        }
        let toks = rasd_text::tokenize(&body, rasd_text::Span::new(0, body.len()));
        docs.push(toks.into_iter().map(|t| t.key.into_string()).collect());
    }
    Ok(docs)
}

/// The news corpus, relative to the shared data directory.
pub const NEWS_CORPUS: &str = "news-corpus/ant_multisource_v2.1.politics_economy.jsonl";

/// Builds the lexicon (frequencies + clusters) from `data_dir/news-corpus`.
pub fn build_news_lexicon(data_dir: &Path, cfg: &ClusterConfig) -> std::io::Result<Lexicon> {
    let path = data_dir.join(NEWS_CORPUS);
    let docs = read_news_keys(&path, 0)?;
    Ok(build_lexicon(&docs, cfg))
}

/// Builds the gazetteer: shared lists plus the crate's curated names.
pub fn build_gazetteer(data_dir: &Path) -> std::io::Result<Gazetteer> {
    let mut g = Gazetteer::from_shared(data_dir)?;
    g.add_lines(NAMES_TXT);
    Ok(g)
}

/// Assembles the resources from a lexicon and a gazetteer.
pub fn resources(lex: Lexicon, gaz: Gazetteer) -> Resources {
    Resources {
        lex,
        gaz,
        titles: Titles::embedded(),
    }
}

/// Prepared tokens of every sentence.
pub fn prepared(sents: &[TaggedSentence], res: &Resources) -> Vec<Vec<Prepared>> {
    sents
        .iter()
        .map(|s| {
            let keys: Vec<String> = s.tokens.iter().map(|t| rasd_text::match_key(t)).collect();
            prepare(&keys, res)
        })
        .collect()
}

/// Turns tagged sentences into first-stage tagger examples (unknown tags become `O`).
pub fn examples(sents: &[TaggedSentence], res: &Resources) -> Vec<Example> {
    examples_from(&prepared(sents, res), sents, res)
}

fn examples_from(
    preps: &[Vec<Prepared>],
    sents: &[TaggedSentence],
    res: &Resources,
) -> Vec<Example> {
    preps
        .iter()
        .zip(sents)
        .map(|(prep, s)| {
            let marks = gazetteer_marks(prep, &res.gaz);
            let labels = s
                .tags
                .iter()
                .map(|t| LABELS.iter().position(|l| l == t).unwrap_or(0) as u32)
                .collect();
            Example {
                features: sentence_features(prep, &marks),
                labels,
            }
        })
        .collect()
}

/// First-stage examples extended with window-vote features (second stage).
fn stage2_examples(ex1: &[Example], votes: &[Vec<Votes>]) -> Vec<Example> {
    ex1.iter()
        .zip(votes)
        .map(|(e, v)| {
            let mut features = e.features.clone();
            for (i, f) in features.iter_mut().enumerate() {
                vote_features(v, i, f);
            }
            Example {
                features,
                labels: e.labels.clone(),
            }
        })
        .collect()
}

/// Features whose weights all stay below this magnitude are dropped from trained models: on
/// dev this halves the feature table (and the model file) at no cost in F1, while higher
/// cut-offs start to lose it (2: -0.2, 3: -0.6, 5: -2.2 F1).
pub const PRUNE_BELOW: f32 = 1.0;

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainSettings {
    /// Most epochs tried on dev.
    pub max_epochs: usize,
    /// Shuffle seed.
    pub seed: u64,
    /// Train the second (window-vote) stage.
    pub stage2: bool,
    /// Folds of the jackknife that gives the second stage out-of-fold first-stage labels
    /// (and the training sentences out-of-fold corpus tag shares).
    pub folds: usize,
    /// Epochs of the first-stage taggers that label the news corpus for tag shares.
    pub share_epochs: usize,
    /// Perceptrons (shuffle seeds) averaged into each stage's model.
    pub bags: usize,
    /// Mention-replaced copies of the training sentences added to the first stage's data
    /// ([`crate::augment`]); the second stage trains on the real sentences only.
    pub augment: usize,
    /// The learner of every tagger: the averaged perceptron, or a CRF.
    pub learner: Learner,
}

/// How taggers are trained.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Learner {
    /// Structured averaged perceptron ([`Model::train_bagged`] with `bags` shuffle seeds).
    Perceptron,
    /// Linear-chain CRF ([`Model::train_crf`]) with L2 weight `c2` and initial rate `eta0`.
    Crf {
        /// L2 regularisation weight.
        c2: f64,
        /// Initial learning rate.
        eta0: f64,
    },
}

impl Learner {
    /// Features whose weights all stay below this magnitude are dropped from trained models.
    pub fn prune_below(&self) -> f32 {
        match self {
            Learner::Perceptron => PRUNE_BELOW,
            Learner::Crf { .. } => CRF_PRUNE_BELOW,
        }
    }
}

/// [`PRUNE_BELOW`] for CRF weights, which are on a smaller scale.
pub const CRF_PRUNE_BELOW: f32 = 0.01;

/// One tagger of `epochs` epochs with `seed`: `s.bags` averaged perceptrons, or a CRF.
fn fit(ex: &[Example], epochs: usize, seed: u64, s: &TrainSettings) -> Model {
    match s.learner {
        Learner::Perceptron => {
            Model::train_bagged(labels(), ex, &TrainConfig { epochs, seed }, s.bags)
        }
        Learner::Crf { c2, eta0 } => Model::train_crf(
            labels(),
            ex,
            &CrfConfig {
                epochs,
                seed,
                c2,
                eta0,
            },
        ),
    }
}

/// One stage's tagger ([`fit`] with the settings' seed).
fn stage_model(ex: &[Example], epochs: usize, s: &TrainSettings) -> Model {
    fit(ex, epochs, s.seed, s)
}

fn labels() -> Vec<String> {
    LABELS.iter().map(|l| l.to_string()).collect()
}

/// Epoch counts tried on dev (those up to `max_epochs`; `max_epochs` itself when none is).
pub fn epoch_candidates(max_epochs: usize) -> Vec<usize> {
    let c: Vec<usize> = [10, 20, 30, 40]
        .into_iter()
        .filter(|&e| e <= max_epochs)
        .collect();
    if c.is_empty() {
        vec![max_epochs.max(1)]
    } else {
        c
    }
}

/// What tuning on dev found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TuneReport {
    /// (epochs, dev micro F1) of the first stage alone, for every candidate.
    pub dev_f1: Vec<(usize, f64)>,
    /// The chosen first-stage epoch count.
    pub epochs: usize,
    /// (epochs, dev micro F1) of the two stages, for every second-stage candidate.
    pub dev_f1_stage2: Vec<(usize, f64)>,
    /// The chosen second-stage epoch count (0: no second stage).
    pub epochs2: usize,
}

fn dev_f1(model: &NerModel, preps: &[Vec<Prepared>], dev: &[TaggedSentence]) -> f64 {
    let labels = model.tagger.labels();
    let pred: Vec<Vec<String>> = model
        .tag_document(preps)
        .into_iter()
        .map(|s| s.into_iter().map(|i| labels[i as usize].clone()).collect())
        .collect();
    crate::eval::score(dev, &pred).micro.f1
}

/// The fold of every sentence: contiguous folds over the real sentences, and each
/// mention-replaced copy in the fold of the sentence it copies (`origin`), so that no model
/// that labels a sentence has seen its copies.
fn folds_of(origin: &[usize], folds: usize) -> Vec<usize> {
    let n = origin.iter().map(|&o| o + 1).max().unwrap_or(0);
    let folds = folds.max(2);
    let fold = |o: usize| {
        (0..folds)
            .find(|&k| o < n * (k + 1) / folds)
            .unwrap_or(folds - 1)
    };
    origin.iter().map(|&o| fold(o)).collect()
}

/// The examples whose fold is not `k`.
fn outside_fold(ex: &[Example], fold: &[usize], k: usize) -> Vec<Example> {
    ex.iter()
        .zip(fold)
        .filter(|&(_, &f)| f != k)
        .map(|(e, _)| e.clone())
        .collect()
}

/// How many real sentences open a list whose `origin` maps copies to what they copy.
fn real_count(origin: &[usize]) -> usize {
    origin
        .iter()
        .enumerate()
        .take_while(|&(i, &o)| i == o)
        .count()
}

/// First-stage label ids of every real sentence (the first ones of `ex1`; `origin` maps each
/// example to the real sentence it is or copies), each predicted by a model trained without
/// its fold.
fn jackknife(ex1: &[Example], origin: &[usize], epochs: usize, s: &TrainSettings) -> Vec<Vec<u32>> {
    let fold = folds_of(origin, s.folds);
    let n = real_count(origin);
    let mut out = vec![Vec::new(); n];
    for k in 0..s.folds.max(2) {
        let rest = outside_fold(ex1, &fold, k);
        let m = fit(&rest, epochs, s.seed, &TrainSettings { bags: 1, ..*s });
        for i in (0..n).filter(|&i| fold[i] == k) {
            out[i] = m.predict(&ex1[i].features);
        }
    }
    out
}

/// Adds corpus tag shares ([`crate::corpus_tags`]): returns resources whose lexicon carries
/// the shares of a tagger trained on all of `sents`, and `sents` prepared with shares from
/// taggers that never saw them (one per fold). An empty `corpus` leaves everything as is.
fn add_corpus_shares(
    res: Resources,
    sents: &[TaggedSentence],
    origin: &[usize],
    corpus: &[Vec<Vec<Prepared>>],
    s: &TrainSettings,
) -> (Resources, Vec<Vec<Prepared>>) {
    let base = prepared(sents, &res);
    if corpus.is_empty() {
        return (res, base);
    }
    let ex = examples_from(&base, sents, &res);
    let one = TrainSettings { bags: 1, ..*s };
    let tagger = |ex: &[Example]| fit(ex, s.share_epochs, s.seed, &one);
    let shared = |tagger: &Model| {
        let counts = crate::corpus_tags::count_tags(tagger, &res, corpus);
        Resources {
            lex: crate::corpus_tags::with_shares(&res.lex, &counts),
            gaz: res.gaz.clone(),
            titles: res.titles.clone(),
        }
    };
    let fold = folds_of(origin, s.folds);
    let mut preps: Vec<Vec<Prepared>> = vec![Vec::new(); sents.len()];
    for k in 0..s.folds.max(2) {
        let res_k = shared(&tagger(&outside_fold(&ex, &fold, k)));
        let mine: Vec<usize> = (0..sents.len()).filter(|&i| fold[i] == k).collect();
        let kept: Vec<TaggedSentence> = mine.iter().map(|&i| sents[i].clone()).collect();
        for (i, p) in mine.into_iter().zip(prepared(&kept, &res_k)) {
            preps[i] = p;
        }
    }
    let full = shared(&tagger(&ex));
    (full, preps)
}

/// The first stage's training data: `sents` and their mention-replaced copies (after them),
/// prepared with corpus tag shares, their examples, and the real sentence each one is or
/// copies; returns the resources with shares.
fn first_stage_data(
    res: Resources,
    sents: &[TaggedSentence],
    corpus: &[Vec<Vec<Prepared>>],
    s: &TrainSettings,
) -> (Resources, Vec<Vec<Prepared>>, Vec<Example>, Vec<usize>) {
    let mut all = sents.to_vec();
    let mut origin: Vec<usize> = (0..sents.len()).collect();
    for (o, copy) in crate::augment::mention_replacement(sents, s.augment, s.seed) {
        all.push(copy);
        origin.push(o);
    }
    let (res, preps) = add_corpus_shares(res, &all, &origin, corpus, s);
    let ex = examples_from(&preps, &all, &res);
    (res, preps, ex, origin)
}

/// Trains on `train` only, with epoch counts picked by dev micro F1 (conlleval). The returned
/// model has never seen `dev`.
pub fn train_on_train(
    res: Resources,
    train: &[TaggedSentence],
    dev: &[TaggedSentence],
    s: &TrainSettings,
    corpus: &[Vec<Vec<Prepared>>],
) -> (NerModel, TuneReport) {
    let (res, p_tr, ex_tr, origin) = first_stage_data(res, train, corpus, s);
    let p_dev = prepared(dev, &res);
    let mut rep = TuneReport::default();
    // An untrained first stage; the first candidate below always replaces it.
    let mut model = NerModel {
        tagger: Model::train(labels(), &[], &TrainConfig { epochs: 0, seed: 0 }),
        stage2: None,
        res,
    };
    let mut best = f64::MIN;
    for epochs in epoch_candidates(s.max_epochs) {
        let cand = NerModel {
            tagger: stage_model(&ex_tr, epochs, s),
            stage2: None,
            res: model.res.clone(),
        };
        let f1 = dev_f1(&cand, &p_dev, dev);
        rep.dev_f1.push((epochs, f1));
        if f1 > best {
            (best, model, rep.epochs) = (f1, cand, epochs);
        }
    }
    if !s.stage2 {
        return (model, rep);
    }
    let oof = jackknife(&ex_tr, &origin, rep.epochs, s);
    let n = train.len();
    let ex2_tr = stage2_examples(&ex_tr[..n], &model.votes(&p_tr[..n], &oof[..n]));
    for epochs in epoch_candidates(s.max_epochs) {
        model.stage2 = Some(stage_model(&ex2_tr, epochs, s));
        let f1 = dev_f1(&model, &p_dev, dev);
        rep.dev_f1_stage2.push((epochs, f1));
        if f1 > best {
            (best, rep.epochs2) = (f1, epochs);
        }
    }
    model.stage2 = (rep.epochs2 > 0).then(|| stage_model(&ex2_tr, rep.epochs2, s));
    (model.pruned(s.learner.prune_below()), rep)
}

/// Tunes on `dev` ([`train_on_train`]), then retrains both stages on train + dev with the
/// chosen epoch counts (the second stage again on jackknifed first-stage labels, the corpus
/// tag shares again from taggers trained on train + dev).
pub fn train(
    res: Resources,
    train: &[TaggedSentence],
    dev: &[TaggedSentence],
    s: &TrainSettings,
    corpus: &[Vec<Vec<Prepared>>],
) -> (NerModel, TuneReport) {
    let (_, rep) = train_on_train(res.clone(), train, dev, s, corpus);
    let all: Vec<TaggedSentence> = train.iter().chain(dev).cloned().collect();
    let (res, p_all, ex_all, origin) = first_stage_data(res, &all, corpus, s);
    let tagger = stage_model(&ex_all, rep.epochs, s);
    let mut model = NerModel {
        tagger,
        stage2: None,
        res,
    };
    if rep.epochs2 > 0 {
        let oof = jackknife(&ex_all, &origin, rep.epochs, s);
        let n = all.len();
        let ex2 = stage2_examples(&ex_all[..n], &model.votes(&p_all[..n], &oof[..n]));
        model.stage2 = Some(stage_model(&ex2, rep.epochs2, s));
    }
    (model.pruned(s.learner.prune_below()), rep)
}

/// Trains the first stage on `train` only for a fixed epoch count.
pub fn train_fixed(res: Resources, train: &[TaggedSentence], epochs: usize, seed: u64) -> NerModel {
    let tagger = Model::train(
        labels(),
        &examples(train, &res),
        &TrainConfig { epochs, seed },
    );
    NerModel {
        tagger,
        stage2: None,
        res,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_conll;

    #[test]
    fn learns_a_toy_pattern_and_round_trips() {
        let text = "قال O\nالرئيس O\nكارتر B-PER\nفي O\nبغداد B-LOC\n\n\
                    زار O\nالرئيس O\nاوباما B-PER\nمدينة O\nدمشق B-LOC\n\n";
        let sents = parse_conll(&text.repeat(20));
        let res = resources(Lexicon::new(), Gazetteer::new());
        let m = train_fixed(res, &sents, 5, 1);
        assert_eq!(
            m.tag_keys(&["قال", "الرئيس", "اوباما"]),
            ["O", "O", "B-PER"]
        );
        let back = NerModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.tag_keys(&["في", "دمشق"]), ["O", "B-LOC"]);
    }
}
