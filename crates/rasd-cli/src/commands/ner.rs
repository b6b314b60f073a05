//! `rasd train ner` / `rasd eval ner`: the ANERcorp-trained entity recogniser.

use anyhow::Context;
use rasd_ner::clusters::ClusterConfig;
use rasd_ner::data::{carve_dev, read_conll, AnercorpPaths, TaggedSentence};
use rasd_ner::features::{Prepared, Resources};
use rasd_ner::lexicon::Lexicon;
use rasd_ner::model::NerModel;
use rasd_ner::Recognizer;
use rasd_ner::{corpus_tags, eval, train};
use rasd_text::{Span, TextLayer};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `rasd train ner`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// Shared data directory (holds anercorp/, gazetteers/, news-corpus/).
    #[arg(long, default_value = "../shared/data")]
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "crates/rasd-ner/models/ner.bin")]
    out: PathBuf,
    /// Most perceptron epochs; the count is picked on the dev split.
    #[arg(long, default_value_t = 30)]
    max_epochs: usize,
    /// Shuffle seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Share of train (its last sentences) held out as dev for tuning.
    #[arg(long, default_value_t = 10)]
    dev_percent: usize,
    /// Reuse a lexicon written by --save-lexicon instead of re-clustering the news corpus.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Write the built lexicon (frequencies + clusters) here.
    #[arg(long)]
    save_lexicon: Option<PathBuf>,
    /// Only report dev scores for a model trained on train minus dev (writes no model).
    #[arg(long)]
    dev_only: bool,
    /// With --dev-only: write `token gold predicted` lines for the dev split here.
    #[arg(long, requires = "dev_only")]
    dev_predictions: Option<PathBuf>,
    /// With --dev-only: write the model trained on train minus dev here (and the dev split as
    /// a gold CoNLL file beside it, `PATH.dev.txt`), so that `rasd eval ner --model PATH`
    /// scores dev.
    #[arg(long, requires = "dev_only")]
    dev_model: Option<PathBuf>,
    /// Skip the second (window-vote) stage.
    #[arg(long)]
    no_stage2: bool,
    /// Jackknife folds for the second stage's training labels.
    #[arg(long, default_value_t = 4)]
    folds: usize,
    /// Skip corpus tag shares (tagging the news corpus with first-stage taggers).
    #[arg(long)]
    no_shares: bool,
    /// Epochs of the taggers that label the news corpus for tag shares.
    #[arg(long, default_value_t = 10)]
    share_epochs: usize,
    /// Perceptrons (shuffle seeds) averaged into each stage's model.
    #[arg(long, default_value_t = 1)]
    bags: usize,
    /// Fine cluster count (k-means over news-corpus context vectors).
    #[arg(long, default_value_t = ClusterConfig::default().k_fine)]
    clusters: usize,
    /// Add this many mention-replaced copies of the training sentences that hold entities to
    /// the first stage's data (each entity swapped for a training mention of its type; dev is
    /// never copied when tuning).
    #[arg(long, default_value_t = 0)]
    augment: usize,
    /// Train every tagger as a linear-chain CRF with this L2 weight instead of the averaged
    /// perceptron (epochs are still picked on dev).
    #[arg(long)]
    crf_c2: Option<f64>,
    /// Initial learning rate of CRF training (with --crf-c2).
    #[arg(long, default_value_t = 0.1, requires = "crf_c2")]
    crf_eta0: f64,
}

/// Arguments of `rasd eval ner`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold CoNLL file (token, tag; BIO; blank line between sentences).
    #[arg(long)]
    gold: PathBuf,
    /// Print the report as JSON instead of conlleval's text.
    #[arg(long)]
    json: bool,
    /// Write `token gold predicted` lines (conlleval input) to this file.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Model file (default: the model embedded in the binary).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Tag the file this many times and report the median speed (single thread).
    #[arg(long, default_value_t = 1)]
    runs: usize,
    /// Score the whole recogniser of `rasd analyze` (tagger, curated names, patterns) instead of
    /// the tagger alone: the file's sentences are joined into one text, one line each, and
    /// each mention labels the file's tokens it overlaps.
    #[arg(long)]
    recognizer: bool,
}

fn load_lexicon(a: &TrainArgs) -> anyhow::Result<Lexicon> {
    if let Some(p) = &a.lexicon {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        return Ok(Lexicon::from_text(&text));
    }
    let cfg = ClusterConfig {
        k_fine: a.clusters,
        ..ClusterConfig::default()
    };
    let t = Instant::now();
    let lex = train::build_news_lexicon(&a.data, &cfg).context("reading the news corpus")?;
    eprintln!(
        "lexicon: {} words in {:.1}s",
        lex.len(),
        t.elapsed().as_secs_f64()
    );
    if let Some(p) = &a.save_lexicon {
        std::fs::write(p, lex.to_text())?;
    }
    Ok(lex)
}

/// The news corpus prepared for tag shares (empty with `--no-shares`).
fn load_corpus(a: &TrainArgs, res: &Resources) -> anyhow::Result<Vec<Vec<Vec<Prepared>>>> {
    if a.no_shares {
        return Ok(Vec::new());
    }
    let t = Instant::now();
    let docs = train::read_news_keys(&a.data.join(train::NEWS_CORPUS), 0)
        .context("reading the news corpus")?;
    let corpus = corpus_tags::prepare_corpus(&corpus_tags::corpus_sentences(&docs), res);
    eprintln!(
        "corpus for tag shares: {} articles in {:.1}s",
        corpus.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(corpus)
}

/// Runs `rasd train ner`.
pub fn train(a: TrainArgs) -> anyhow::Result<ExitCode> {
    let paths = AnercorpPaths::new(&a.data);
    let all =
        read_conll(&paths.train).with_context(|| format!("reading {}", paths.train.display()))?;
    let (tr, dev) = carve_dev(&all, a.dev_percent);
    let lex = load_lexicon(&a)?;
    let gaz = train::build_gazetteer(&a.data).context("reading gazetteers")?;
    let res = train::resources(lex, gaz);
    let settings = train::TrainSettings {
        max_epochs: a.max_epochs,
        seed: a.seed,
        stage2: !a.no_stage2,
        folds: a.folds,
        share_epochs: a.share_epochs,
        bags: a.bags,
        augment: a.augment,
        learner: match a.crf_c2 {
            Some(c2) => train::Learner::Crf {
                c2,
                eta0: a.crf_eta0,
            },
            None => train::Learner::Perceptron,
        },
    };
    let corpus = load_corpus(&a, &res)?;
    let t = Instant::now();
    if a.dev_only {
        let (model, tune) = train::train_on_train(res, &tr, &dev, &settings, &corpus);
        let pred = eval::predict(&model, &dev);
        let report = eval::score(&dev, &pred);
        if let Some(p) = &a.dev_predictions {
            std::fs::write(p, eval::conll_lines(&dev, &pred))
                .with_context(|| format!("writing {}", p.display()))?;
        }
        if let Some(p) = &a.dev_model {
            std::fs::write(p, model.to_bytes())
                .with_context(|| format!("writing {}", p.display()))?;
            let gold = p.with_extension("dev.txt");
            std::fs::write(&gold, eval::gold_lines(&dev))
                .with_context(|| format!("writing {}", gold.display()))?;
        }
        println!(
            "dev ({} sentences): F1 by epochs {:?}, best {}; with stage 2 {:?}, best {}; {:.1}s",
            dev.len(),
            tune.dev_f1,
            tune.epochs,
            tune.dev_f1_stage2,
            tune.epochs2,
            t.elapsed().as_secs_f64()
        );
        print!("{report}");
        return Ok(ExitCode::SUCCESS);
    }
    let (model, tune) = train::train(res, &tr, &dev, &settings, &corpus);
    let epochs = tune.epochs;
    eprintln!(
        "dev micro F1 by epochs: stage 1 {:?}, stages 1+2 {:?} (stage-2 epochs {})",
        tune.dev_f1, tune.dev_f1_stage2, tune.epochs2
    );
    let bytes = model.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    println!(
        "trained on {} sentences (+{} dev), {epochs} epochs (picked on dev), {:.1}s; wrote {} ({} bytes)",
        tr.len(),
        dev.len(),
        t.elapsed().as_secs_f64(),
        a.out.display(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs `rasd eval ner`.
pub fn eval(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = read_conll(&a.gold).with_context(|| format!("reading {}", a.gold.display()))?;
    let owned;
    let model: &NerModel = match &a.model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            owned = NerModel::from_bytes(&bytes)?;
            &owned
        }
        None => NerModel::embedded(),
    };
    // (built once: the model copy is no part of the timed runs)
    let rec = a.recognizer.then(|| Recognizer::new(model.clone()));
    let mut times = Vec::new();
    let mut pred = Vec::new();
    for _ in 0..a.runs.max(1) {
        let t = Instant::now();
        pred = match &rec {
            Some(rec) => recognizer_predict(rec, &gold),
            None => eval::predict(model, &gold),
        };
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let secs = times[times.len() / 2];
    let report = eval::score(&gold, &pred);
    if let Some(p) = &a.predictions {
        std::fs::write(p, eval::conll_lines(&gold, &pred))?;
    }
    if a.json {
        let v = serde_json::json!({
            "gold": a.gold.display().to_string(),
            "report": report,
            "tagging_seconds": secs,
            "runs": times.len(),
            "tokens_per_second": report.tokens as f64 / secs.max(1e-9),
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        print!("{report}");
        eprintln!(
            "tagged {} tokens in {:.3}s ({:.0} tok/s)",
            report.tokens,
            secs,
            report.tokens as f64 / secs.max(1e-9)
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// BIO labels from the whole recogniser: the sentences joined into one text (a line each), its
/// mentions mapped back onto the file's tokens (a mention labels every token it overlaps; a
/// mention overlapping tokens already labelled is left out).
fn recognizer_predict(rec: &Recognizer, gold: &[TaggedSentence]) -> Vec<Vec<String>> {
    let mut text = String::new();
    let mut spans: Vec<(usize, usize, usize, usize)> = Vec::new(); // (start, end, sentence, token)
    let mut regions = Vec::new();
    for (si, s) in gold.iter().enumerate() {
        let line = text.len();
        for (k, t) in s.tokens.iter().enumerate() {
            if k > 0 {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(t);
            spans.push((start, text.len(), si, k));
        }
        regions.push(Span::new(line, text.len()));
        text.push('\n');
    }
    let layer = TextLayer::build(&text, &regions);
    let morph = rasd_morph::Analyzer::embedded().analyze_tokens(&text, &layer.tokens);
    let ents = rec.recognize(&text, &layer, &morph);
    let mut out: Vec<Vec<String>> = gold
        .iter()
        .map(|s| vec!["O".to_string(); s.tokens.len()])
        .collect();
    for m in &ents.mentions {
        let first = spans.partition_point(|t| t.1 <= m.span.start);
        let last = spans.partition_point(|t| t.0 < m.span.end);
        let toks = &spans[first..last.max(first)];
        let Some(&(_, _, si, _)) = toks.first() else {
            continue;
        };
        if toks.iter().any(|t| t.2 != si || out[si][t.3] != "O") {
            continue;
        }
        for (n, &(_, _, _, k)) in toks.iter().enumerate() {
            let bio = if n == 0 { "B" } else { "I" };
            out[si][k] = format!("{bio}-{}", m.etype.name());
        }
    }
    out
}
