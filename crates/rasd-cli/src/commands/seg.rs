//! `rasd train seg` / `rasd eval seg`: the clitic segmenter and POS tagger (rasd-morph).

use anyhow::Context;
use rasd_morph::gold::{read_gold, select, Split};
use rasd_morph::train::{written_words, TrainOptions};
use rasd_morph::{eval, Analyzer, Span};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `rasd train seg`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// The shared data folder (holds data/qcri-wikinews and data/news-corpus).
    #[arg(long, default_value = "../shared")]
    shared: PathBuf,
    /// Where to write the model file (the binary embeds crates/rasd-morph/models/seg.bin).
    #[arg(long, default_value = "crates/rasd-morph/models/seg.bin")]
    out: PathBuf,
    /// Train without the news-corpus statistics (ablation).
    #[arg(long)]
    no_corpus: bool,
    /// Maximum segmenter epochs (the dev split picks the count).
    #[arg(long, default_value_t = 30)]
    seg_epochs: usize,
    /// Maximum POS epochs (the dev split picks the count).
    #[arg(long, default_value_t = 30)]
    pos_epochs: usize,
    /// Frequent corpus words to memo-cache at load time.
    #[arg(long, default_value_t = 100_000)]
    cache_words: usize,
    /// Corpus words need at least this count to enter the frequency table.
    #[arg(long, default_value_t = 1)]
    min_count: u64,
    /// Train without the distributional signatures (ablation).
    #[arg(long)]
    no_dist: bool,
    /// Fit the written model on train minus its dev tenth (then `eval seg --split dev`).
    #[arg(long)]
    fit_only: bool,
    /// Also report whole-pipeline scores (segmentation, full POS strings) by 5-fold
    /// cross-validation inside train with the chosen epoch counts.
    #[arg(long)]
    cv_report: bool,
    /// POS models trained with consecutive shuffle seeds and averaged into one.
    #[arg(long, default_value_t = 10)]
    pos_bags: usize,
    /// Segmenter models trained with consecutive shuffle seeds and averaged into one.
    #[arg(long, default_value_t = 1)]
    seg_bags: usize,
}

/// Arguments of `rasd eval seg`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// Gold file in WikiNews.pos.ref format.
    #[arg(long)]
    gold: PathBuf,
    /// Which part of the gold file: test, train or all (PROVENANCE split); dev / train-fit are
    /// the last tenth of train and the rest (for models trained with `train seg --fit-only`).
    #[arg(long, default_value = "test")]
    split: String,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Write predictions beside gold (TSV: written word, gold seg, predicted seg, gold POS, predicted POS).
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Use this model file instead of the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Also measure speed on the first N word tokens (rasd-text tokeniser) of this news-corpus JSONL.
    #[arg(long)]
    speed_corpus: Option<PathBuf>,
    /// Skip the (slow) no-cache run on --speed-corpus.
    #[arg(long)]
    skip_uncached: bool,
    /// Words to take from --speed-corpus.
    #[arg(long, default_value_t = 1_000_000)]
    speed_words: usize,
}

/// Runs `rasd train seg`.
pub fn train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    let mut opts = TrainOptions::new(&args.shared);
    if args.no_corpus {
        opts.corpus = None;
    }
    opts.seg_epochs = args.seg_epochs;
    opts.pos_epochs = args.pos_epochs;
    opts.cache_words = args.cache_words;
    opts.fit_only = args.fit_only;
    opts.min_count = args.min_count;
    opts.dist = !args.no_dist;
    opts.cv_report = args.cv_report;
    opts.pos_bags = args.pos_bags;
    opts.seg_bags = args.seg_bags;
    let t = Instant::now();
    let (model, report) = rasd_morph::train::train(&opts)?;
    for l in &report.lines {
        eprintln!("{l}");
    }
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes) in {:.1} s",
        args.out.display(),
        bytes.len(),
        t.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

fn load(model: &Option<PathBuf>) -> anyhow::Result<Analyzer> {
    match model {
        Some(p) => {
            let b = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            Ok(Analyzer::from_bytes(&b)?)
        }
        None => Ok(Analyzer::from_bytes(rasd_morph::embedded_model_bytes())?),
    }
}

/// Process CPU time in seconds (Linux `/proc/self/stat`; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Speeds of one configuration, words per second.
#[derive(Debug, Clone, Copy, serde::Serialize)]
struct Speed {
    /// First pass (memo cache filling up).
    first_pass: f64,
    /// Best of the next passes, wall clock.
    wall: f64,
    /// Same passes, process CPU time.
    cpu: f64,
}

/// Analyses every document (text, word spans) `1 + runs` times and reports the speeds:
/// `owned` builds every `TokenAnalysis`; otherwise the borrowed views are read (the POS
/// string and the morpheme spans of every word).
fn speed(an: &Analyzer, docs: &[(String, Vec<Span>)], runs: usize, owned: bool) -> Speed {
    let n = docs.iter().map(|d| d.1.len()).sum::<usize>() as f64;
    let pass = || {
        for (text, spans) in docs {
            if owned {
                std::hint::black_box(an.analyze_spans(text, spans));
            } else {
                let mut acc = 0usize;
                an.analyze_spans_with(text, spans, |_, v| {
                    acc += v.pos().len() + v.morphemes().map(|m| m.0.end).sum::<usize>();
                });
                std::hint::black_box(acc);
            }
        }
    };
    let t = Instant::now();
    pass();
    let first_pass = n / t.elapsed().as_secs_f64();
    let mut best = f64::MAX;
    let c0 = cpu_seconds();
    for _ in 0..runs {
        let t = Instant::now();
        pass();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let cpu = match (c0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => n * runs as f64 / (b - a),
        _ => f64::NAN,
    };
    Speed {
        first_pass,
        wall: n / best,
        cpu,
    }
}

fn speed_line(what: &str, s: &Speed) -> String {
    format!(
        "{what}: {:.0} words/s wall (best run), {:.0} words/s CPU time, first pass {:.0} words/s",
        s.wall, s.cpu, s.first_pass
    )
}

fn pct_line(name: &str, c: &eval::Counts) -> String {
    format!(
        "{name:<12} {:>6}  seg acc {:6.2}%  boundary P {:6.2} R {:6.2} F1 {:6.2}  POS acc {:6.2}%",
        c.tokens,
        c.seg_accuracy(),
        c.precision(),
        c.recall(),
        c.f1(),
        c.pos_accuracy()
    )
}

/// Runs `rasd eval seg`.
pub fn eval(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let split =
        Split::parse(&args.split).context("--split must be test, train, all, dev or train-fit")?;
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let gold_all = read_gold(&text);
    let gold = select(&gold_all, split);
    let seen_part = if matches!(split, Split::Dev) {
        Split::TrainFit
    } else {
        Split::Train
    };
    let train_words = written_words(&select(&gold_all, seen_part));
    let t = Instant::now();
    let mut an = load(&args.model)?;
    let load_s = t.elapsed().as_secs_f64();
    let (scores, preds) = eval::evaluate(&an, &gold, &train_words);
    let (gtext, gspans) = eval::gold_text(&gold);
    let gdocs = [(gtext.clone(), gspans.clone())];
    let cached = speed(&an, &gdocs, 3, true);
    an.set_cache(false);
    let uncached = speed(&an, &gdocs, 3, true);
    let mut corpus_speed = None;
    if let Some(p) = &args.speed_corpus {
        let raw = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let docs = eval::corpus_words(&raw, args.speed_words);
        let n: usize = docs.iter().map(|d| d.1.len()).sum();
        let mut fresh = load(&args.model)?;
        let hits: usize = docs
            .iter()
            .map(|(t, sp)| sp.iter().filter(|s| fresh.has_memo_slot(s.text(t))).count())
            .sum();
        eprintln!(
            "memo slots cover {:.2}% of the {n} corpus words",
            100.0 * hits as f64 / n as f64
        );
        let v = speed(&fresh, &docs, 2, false);
        let c = speed(&fresh, &docs, 2, true);
        fresh.set_cache(false);
        let u = if args.skip_uncached {
            None
        } else {
            Some(speed(&fresh, &docs, 1, true))
        };
        corpus_speed = Some((n, c, v, u));
    }
    if let Some(p) = &args.predictions {
        let mut f = std::io::BufWriter::new(std::fs::File::create(p)?);
        writeln!(
            f,
            "word\tgold_seg\tpred_seg\tgold_pos\tpred_pos\tseg_ok\tpos_ok"
        )?;
        for ((g, pr), sp) in gold.iter().zip(&preds).zip(&gspans) {
            let (gs, ps) = (g.seg_string(), pr.seg_string());
            let (gp, pp) = (g.pos_string(), pr.pos.clone());
            let (so, po) = (u8::from(gs == ps), u8::from(gp == pp));
            writeln!(f, "{}\t{gs}\t{ps}\t{gp}\t{pp}\t{so}\t{po}", sp.text(&gtext))?;
        }
    }
    if args.json {
        let mut v = serde_json::json!({
            "gold": args.gold.display().to_string(),
            "split": args.split,
            "pos_definition": "full '+'-joined Farasa tag string per token, exact match",
            "scores": scores,
            "seg_accuracy": scores.all.seg_accuracy(),
            "boundary_f1": scores.all.f1(),
            "pos_accuracy": scores.all.pos_accuracy(),
            "unseen_seg_accuracy": scores.unseen.seg_accuracy(),
            "speed_gold_cached": cached,
            "speed_gold_uncached": uncached,
            "model_load_s": load_s,
        });
        if let Some((n, c, view, u)) = corpus_speed {
            v["corpus_words"] = n.into();
            v["speed_corpus_cached"] = serde_json::to_value(c)?;
            v["speed_corpus_cached_views"] = serde_json::to_value(view)?;
            if let Some(u) = u {
                v["speed_corpus_uncached"] = serde_json::to_value(u)?;
            }
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!(
            "gold {} split {} (POS = full '+'-joined tag string per token)",
            args.gold.display(),
            args.split
        );
        println!("{}", pct_line("all", &scores.all));
        println!("{}", pct_line("seen", &scores.seen));
        println!("{}", pct_line("unseen", &scores.unseen));
        println!("{}", pct_line("with splits", &scores.with_splits));
        println!("speed, segmentation + POS + full TokenAnalysis output, one thread; model load {load_s:.2} s");
        println!("{}", speed_line("  this gold, memo cache", &cached));
        println!("{}", speed_line("  this gold, no cache", &uncached));
        if let Some((n, c, view, u)) = corpus_speed {
            println!(
                "{}",
                speed_line(&format!("  {n} news words, memo cache"), &c)
            );
            println!(
                "{}",
                speed_line(
                    &format!("  {n} news words, memo cache, borrowed views"),
                    &view
                )
            );
            if let Some(u) = u {
                println!("{}", speed_line(&format!("  {n} news words, no cache"), &u));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
