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
use rasd_event::classify::{self, Row, Settings, Weights};
use rasd_event::Event;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The committed model.
const EMBEDDED: &str = include_str!("../models/confidence.model");

/// A logistic model over event features (see [`event_features`]), trained by the event
/// classifier's learner ([`rasd_event::classify::train_rows`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConfidenceModel {
    weights: Weights,
}

/// The L2 penalty of [`ConfidenceModel::train`] (per example), chosen by the leave-one-set-out
/// cross-validation of `rasd train event-confidence --cv`.
pub const DEFAULT_L2: f32 = 1e-5;

impl ConfidenceModel {
    /// The model shipped with rasd.
    pub fn embedded() -> &'static ConfidenceModel {
        static MODEL: OnceLock<ConfidenceModel> = OnceLock::new();
        MODEL.get_or_init(|| ConfidenceModel::parse(EMBEDDED).expect("embedded confidence model"))
    }

    /// Reads a model written by [`ConfidenceModel::to_text`].
    pub fn parse(text: &str) -> Result<ConfidenceModel, String> {
        let mut weights = Weights::new();
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
        1.0 / (1.0 + (-classify::score(&self.weights, features)).exp())
    }

    /// Fits the model to `rows` (features, whether the event is right) with penalty `l2`. The
    /// learner weights the rarer class up to balance the two; the bias is shifted back by the
    /// log of that weight, so the score stays a probability of the rows' own mix.
    pub fn train(rows: &[(Vec<String>, bool)], l2: f32) -> ConfidenceModel {
        let rows: Vec<Row> = rows
            .iter()
            .map(|(feats, right)| Row {
                feats: feats.clone(),
                gold: Some(*right),
                agreement: f32::from(u8::from(*right)),
                group: String::new(),
            })
            .collect();
        let right = rows.iter().filter(|r| r.gold == Some(true)).count().max(1);
        let balance = (rows.len() - right).max(1) as f32 / right as f32;
        let settings = Settings {
            l2,
            ambiguous: None,
            soft: false,
        };
        ConfidenceModel {
            weights: classify::train_rows(&rows, &settings, balance.ln()),
        }
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
        // the learner makes a dozen passes: forty copies of the four rows let it converge
        let many: Vec<_> = (0..40).flat_map(|_| rows()).collect();
        let m = ConfidenceModel::train(&many, DEFAULT_L2);
        let [good, bad] = [&rows()[0].0, &rows()[1].0].map(|f| m.score(f));
        assert!(good > 0.8 && bad < 0.2, "{good} {bad}");
    }

    #[test]
    fn the_text_form_reads_back() {
        let m = ConfidenceModel::train(&rows(), DEFAULT_L2);
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
