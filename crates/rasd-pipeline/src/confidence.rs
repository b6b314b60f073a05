//! Event confidence: how likely an event's reading (CAMEO root, source and target) is right,
//! from a logistic model over what the analysed document shows about it — its code and origin,
//! the kinds of its actors and where they stand, its sentence's place in the article, whether it
//! sits inside a quotation, how often the article repeats it.
//!
//! The model is trained by `rasd train event-confidence` on the development document gold
//! (`gold/dev*`), each event labelled by the document scorer's own matching
//! ([`rasd_eval::doc::correct_events`] in the CLI), and is embedded in the binary
//! (`models/confidence.model`: one `feature<TAB>weight` per line). The features read only the
//! record, so training and tagging compute them the same way.

use crate::record::DocRecord;
use rasd_event::Event;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The committed model.
const EMBEDDED: &str = include_str!("../models/confidence.model");

/// A logistic model over event features (see [`event_features`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfidenceModel {
    weights: HashMap<String, f32>,
}

/// Training settings of [`ConfidenceModel::train`].
#[derive(Debug, Clone, Copy)]
pub struct TrainSettings {
    /// L2 penalty over the whole training set.
    pub l2: f32,
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the example order.
    pub seed: u64,
}

impl Default for TrainSettings {
    fn default() -> Self {
        TrainSettings {
            l2: 10.0,
            epochs: 60,
            seed: 1,
        }
    }
}

impl ConfidenceModel {
    /// The model shipped with rasd.
    pub fn embedded() -> &'static ConfidenceModel {
        static MODEL: OnceLock<ConfidenceModel> = OnceLock::new();
        MODEL.get_or_init(|| ConfidenceModel::parse(EMBEDDED).expect("embedded confidence model"))
    }

    /// Reads a model written by [`ConfidenceModel::to_text`].
    pub fn parse(text: &str) -> Result<ConfidenceModel, String> {
        let mut weights = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (feature, weight) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected `feature<TAB>weight`", n + 1))?;
            let weight: f32 = weight
                .parse()
                .map_err(|e| format!("line {}: bad weight {weight:?}: {e}", n + 1))?;
            weights.insert(feature.to_string(), weight);
        }
        Ok(ConfidenceModel { weights })
    }

    /// The model as text: a header line, then one `feature<TAB>weight` per line, sorted.
    pub fn to_text(&self) -> String {
        let mut features: Vec<(&String, &f32)> = self.weights.iter().collect();
        features.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::from("# rasd event-confidence model: feature<TAB>weight\n");
        for (f, w) in features {
            let _ = writeln!(out, "{f}\t{w:.4}");
        }
        out
    }

    /// The probability that an event with `features` is read right.
    pub fn score(&self, features: &[String]) -> f32 {
        sigmoid(self.margin(features))
    }

    fn margin(&self, features: &[String]) -> f32 {
        features
            .iter()
            .filter_map(|f| self.weights.get(f))
            .sum::<f32>()
    }

    /// Fits the model to `rows` (features, whether the event is right) by stochastic gradient
    /// descent on the L2-penalised log loss; weights under 0.001 are dropped.
    pub fn train(rows: &[(Vec<String>, bool)], s: TrainSettings) -> ConfidenceModel {
        let mut model = ConfidenceModel::default();
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let mut seed = s.seed;
        let decay = s.l2 / rows.len().max(1) as f32;
        for epoch in 0..s.epochs {
            shuffle(&mut order, &mut seed);
            let rate = 0.1 / (1.0 + 0.1 * epoch as f32);
            for &i in &order {
                let (features, right) = &rows[i];
                let gradient = f32::from(u8::from(*right)) - model.score(features);
                for f in features {
                    let w = model.weights.entry(f.clone()).or_default();
                    *w += rate * (gradient - decay * *w);
                }
            }
        }
        model.weights.retain(|_, w| w.abs() >= 1e-3);
        model
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// Fisher-Yates with a splitmix64 generator: the same order for the same seed everywhere.
fn shuffle(v: &mut [usize], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        *seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = *seed;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        v.swap(i, (z % (i as u64 + 1)) as usize);
    }
}

/// Sets the confidence of every event of `record` from `model`.
pub fn annotate(record: &mut DocRecord, model: &ConfidenceModel) {
    let features = event_features(record);
    if let Some(events) = record.events.as_mut() {
        for (e, f) in events.iter_mut().zip(&features) {
            e.confidence = Some((model.score(f) * 1000.0).round() / 1000.0);
        }
    }
}

/// The features of each event of `record`, in record order.
pub fn event_features(record: &DocRecord) -> Vec<Vec<String>> {
    let Some(events) = record.events.as_deref() else {
        return Vec::new();
    };
    let mut repeats: HashMap<(&str, Option<usize>), usize> = HashMap::new();
    let mut per_sentence: HashMap<usize, usize> = HashMap::new();
    for e in events {
        *repeats
            .entry((e.root.as_str(), e.source.as_ref().and_then(|a| a.group)))
            .or_default() += 1;
        *per_sentence.entry(e.sentence.start).or_default() += 1;
    }
    events
        .iter()
        .map(|e| {
            let key = (e.root.as_str(), e.source.as_ref().and_then(|a| a.group));
            let counts = (repeats[&key], per_sentence[&e.sentence.start]);
            features_of(record, e, counts)
        })
        .collect()
}

/// The features of event `e`; `counts`: the article's events with its root and source group,
/// and its sentence's events.
fn features_of(record: &DocRecord, e: &Event, counts: (usize, usize)) -> Vec<String> {
    let (s0, s1) = (e.sentence.start, e.sentence.end);
    let kind = |a: Option<&rasd_event::Actor>| actor_kind(record, a);
    let place = |a: Option<&rasd_event::Actor>| match a {
        None => "none",
        Some(a) if (s0..s1).contains(&a.start) => "in",
        Some(_) => "out",
    };
    let (source, target) = (e.source.as_ref(), e.target.as_ref());
    let index = record
        .sentences
        .iter()
        .position(|s| (s.span.start..s.span.end).contains(&e.trigger.start))
        .unwrap_or(0);
    let quoted = record
        .quotes
        .as_deref()
        .unwrap_or(&[])
        .iter()
        .any(|q| (q.content.start..q.content.end).contains(&e.trigger.start));
    let has_code = |a: Option<&rasd_event::Actor>| a.is_some_and(|a| a.code.is_some());
    vec![
        "bias".to_string(),
        format!("root={}", e.root),
        format!("cameo={}", e.cameo),
        format!("origin={}", e.origin),
        format!("modality={}", e.modality),
        format!("negated={}", e.negated),
        format!("source={}", kind(source)),
        format!("target={}", kind(target)),
        format!("source_code={}", has_code(source)),
        format!("target_code={}", has_code(target)),
        format!("source_at={}", place(source)),
        format!("target_at={}", place(target)),
        format!(
            "source_first={}",
            source.is_some_and(|a| a.start < e.trigger.start)
        ),
        format!("location={}", e.location.is_some()),
        format!("date={}", e.date.is_some()),
        format!("sentence={}", index.min(4)),
        format!("quoted={quoted}"),
        format!(
            "trigger_words={}",
            e.trigger.text.split_whitespace().count().min(4)
        ),
        format!("repeats={}", counts.0.min(3)),
        format!("in_sentence={}", counts.1.min(4)),
        format!("sentence_length={}", ((s1 - s0) / 200).min(4)),
        format!("root_target_at={}_{}", e.root, place(target)),
        format!("root_source={}_{}", e.root, kind(source)),
    ]
}

/// The entity type of actor `a`'s group, `unnamed` when it has none, `none` without an actor.
fn actor_kind(record: &DocRecord, a: Option<&rasd_event::Actor>) -> String {
    let Some(a) = a else {
        return "none".to_string();
    };
    let group = a.group.and_then(|g| {
        record
            .entities
            .as_ref()
            .and_then(|ents| ents.groups.iter().find(|x| x.id == g))
    });
    group.map_or_else(|| "unnamed".to_string(), |g| format!("{:?}", g.etype))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows() -> Vec<(Vec<String>, bool)> {
        let row = |f: &[&str], y| (f.iter().map(|s| s.to_string()).collect(), y);
        vec![
            row(&["bias", "root=19", "target_at=in"], true),
            row(&["bias", "root=19", "target_at=out"], false),
            row(&["bias", "root=04", "target_at=in"], true),
            row(&["bias", "root=04", "target_at=out"], false),
        ]
    }

    #[test]
    fn training_learns_the_telling_feature() {
        let settings = TrainSettings {
            l2: 0.1,
            epochs: 400,
            seed: 7,
        };
        let m = ConfidenceModel::train(&rows(), settings);
        let [good, bad] = [&rows()[0].0, &rows()[1].0].map(|f| m.score(f));
        assert!(good > 0.8 && bad < 0.2, "{good} {bad}");
    }

    #[test]
    fn the_text_form_reads_back() {
        let m = ConfidenceModel::train(&rows(), TrainSettings::default());
        let back = ConfidenceModel::parse(&m.to_text()).unwrap();
        for (f, _) in rows() {
            assert!((m.score(&f) - back.score(&f)).abs() < 1e-3);
        }
        assert!(ConfidenceModel::parse("a\tx")
            .unwrap_err()
            .contains("line 1"));
    }

    #[test]
    fn the_embedded_model_scores_between_zero_and_one() {
        let p = ConfidenceModel::embedded().score(&rows()[0].0);
        assert!((0.0..=1.0).contains(&p));
    }
}
