//! Events: same CAMEO root, the source resolves to a gold source name and the target (when gold
//! has one) to a gold target name. Location and date are scored over the matched pairs.

use super::gold::{GoldDoc, GoldEvent};
use super::matching::max_matching;
use super::norm::{name_match, names_meet};
use super::pred::Predicted;
use super::{Counts, ErrorItem, LayerScore};
use serde_json::Value;

/// A predicted event reduced to what scoring needs.
struct PredEvent {
    root: String,
    trigger: String,
    source: Vec<String>,
    target: Vec<String>,
    location: Option<String>,
    date: Option<String>,
}

fn read_event(pred: &Predicted, e: &Value) -> PredEvent {
    let cameo = e.get("cameo").and_then(Value::as_str).unwrap_or("");
    let root = e
        .get("root")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| cameo.chars().take(2).collect());
    let actor = |k: &str| e.get(k).map(|a| pred.actor_names(a)).unwrap_or_default();
    PredEvent {
        root,
        trigger: e
            .get("trigger")
            .and_then(|t| pred.text_of(t))
            .unwrap_or_default(),
        source: actor("source"),
        target: actor("target"),
        location: e
            .get("location")
            .filter(|l| !l.is_null())
            .and_then(|l| pred.text_of(l)),
        date: e.get("date").and_then(Value::as_str).map(str::to_string),
    }
}

fn fits(g: &GoldEvent, p: &PredEvent) -> bool {
    g.cameo_root == p.root
        && names_meet(p.source.iter().map(String::as_str), &g.source)
        && g.target
            .as_ref()
            .is_none_or(|t| names_meet(p.target.iter().map(String::as_str), t))
}

/// Scores `events`, `event_location` and `event_date`, and two diagnostic readings that ignore
/// actors (`event_root_source`: root and source; `event_root`: the root alone, so how many
/// events of each kind the article holds), or nothing without an event layer.
pub fn score(gold: &GoldDoc, pred: &Predicted, errors: &mut Vec<ErrorItem>) -> Vec<LayerScore> {
    let Some(list) = pred.list("events") else {
        return Vec::new();
    };
    let preds: Vec<PredEvent> = list.iter().map(|e| read_event(pred, e)).collect();
    let m = matching(gold, &preds);
    let (mut loc, mut date) = (Counts::default(), Counts::default());
    for (g, p) in m.iter().enumerate() {
        let ge = &gold.events[g];
        let Some(p) = p else {
            let tgt = ge.target.as_deref().unwrap_or_default();
            errors.push(ErrorItem::miss(
                "events",
                describe(&ge.cameo_root, &ge.source, tgt, &ge.trigger),
            ));
            continue;
        };
        let pe = &preds[*p];
        let gold_loc = ge.location.as_ref().map(|l| l.names());
        let loc_ok = matches!((&gold_loc, &pe.location), (Some(g), Some(p)) if g.iter().any(|n| name_match(n, p)));
        tally(&mut loc, gold_loc.is_some(), pe.location.is_some(), loc_ok);
        let date_ok = ge.date.is_some() && ge.date == pe.date;
        tally(&mut date, ge.date.is_some(), pe.date.is_some(), date_ok);
    }
    let matched: Vec<usize> = m.iter().flatten().copied().collect();
    for (p, pe) in preds.iter().enumerate() {
        if !matched.contains(&p) {
            errors.push(ErrorItem::false_positive(
                "events",
                describe(&pe.root, &pe.source, &pe.target, &pe.trigger),
            ));
        }
    }
    let tp = matched.len();
    let relaxed = |fit: fn(&GoldEvent, &PredEvent) -> bool| {
        let m = max_matching(gold.events.len(), preds.len(), |g, p| {
            fit(&gold.events[g], &preds[p])
        });
        let found = m.iter().flatten().count();
        Counts::one_to_one(gold.events.len(), preds.len(), found)
    };
    vec![
        LayerScore::new(
            "events",
            Counts::one_to_one(gold.events.len(), preds.len(), tp),
        ),
        LayerScore::new("event_location", loc),
        LayerScore::new("event_date", date),
        LayerScore::new("event_root_source", relaxed(fits_root_source)),
        LayerScore::new("event_root", relaxed(|g, p| g.cameo_root == p.root)),
    ]
}

/// The predicted event each gold event is paired with: a maximum matching of fitting pairs, pairs
/// sharing their trigger preferred.
fn matching(gold: &GoldDoc, preds: &[PredEvent]) -> Vec<Option<usize>> {
    let mut m = max_matching(gold.events.len(), preds.len(), |g, p| {
        fits(&gold.events[g], &preds[p])
    });
    prefer_same_trigger(&mut m, &gold.events, preds);
    m
}

/// Which of the record's events are correct (paired with a gold event by the scoring's
/// matching), in record order; empty without an event layer. The labels an event-confidence
/// model learns from.
pub fn correct_events(gold: &GoldDoc, pred: &Predicted) -> Vec<bool> {
    let Some(list) = pred.list("events") else {
        return Vec::new();
    };
    let preds: Vec<PredEvent> = list.iter().map(|e| read_event(pred, e)).collect();
    let mut correct = vec![false; preds.len()];
    for p in matching(gold, &preds).into_iter().flatten() {
        correct[p] = true;
    }
    correct
}

/// Diagnostic reading: the root and source agree, whatever the target.
fn fits_root_source(g: &GoldEvent, p: &PredEvent) -> bool {
    g.cameo_root == p.root && names_meet(p.source.iter().map(String::as_str), &g.source)
}

/// An event for the error list: `root [source] → [target] «trigger»` (first names; `-` for none).
fn describe(root: &str, source: &[String], target: &[String], trigger: &str) -> String {
    let first = |names: &[String]| names.first().map_or("-", String::as_str).to_string();
    format!(
        "{root} [{}] → [{}] «{trigger}»",
        first(source),
        first(target)
    )
}

/// Whether the predicted trigger and the gold trigger phrase share their words (one key
/// contains the other: `طرد` in «طرد السفير الكندي»).
fn same_trigger(g: &GoldEvent, p: &PredEvent) -> bool {
    let (gk, pk) = (
        rasd_text::match_key(&g.trigger),
        rasd_text::match_key(&p.trigger),
    );
    !gk.is_empty() && !pk.is_empty() && (gk.contains(&pk) || pk.contains(&gk))
}

/// Among equally large matchings, pairs events by trigger: swaps the partners of two matched
/// gold events when both swapped pairs still fit and more of them share their trigger (two
/// same-root events of one article are otherwise paired in gold order, and their places and
/// dates scored against the wrong gold event).
fn prefer_same_trigger(m: &mut [Option<usize>], gold: &[GoldEvent], preds: &[PredEvent]) {
    let agree = |g: usize, p: usize| usize::from(same_trigger(&gold[g], &preds[p]));
    let mut improved = true;
    while improved {
        improved = false;
        for a in 0..m.len() {
            for b in a + 1..m.len() {
                let (Some(pa), Some(pb)) = (m[a], m[b]) else {
                    continue;
                };
                let now = agree(a, pa) + agree(b, pb);
                let swapped = agree(a, pb) + agree(b, pa);
                if swapped > now && fits(&gold[a], &preds[pb]) && fits(&gold[b], &preds[pa]) {
                    m.swap(a, b);
                    improved = true;
                }
            }
        }
    }
}

/// Adds one attribute comparison: present in gold, predicted, and correct.
fn tally(c: &mut Counts, gold: bool, pred: bool, ok: bool) {
    c.gold += usize::from(gold);
    c.pred += usize::from(pred);
    c.gold_found += usize::from(ok);
    c.pred_correct += usize::from(ok);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(trigger: &str) -> GoldEvent {
        GoldEvent {
            source: vec!["السعودية".into()],
            cameo_root: "16".into(),
            trigger: trigger.into(),
            ..GoldEvent::default()
        }
    }

    fn pred(trigger: &str) -> PredEvent {
        PredEvent {
            root: "16".into(),
            trigger: trigger.into(),
            source: vec!["السعودية".into()],
            target: Vec::new(),
            location: None,
            date: None,
        }
    }

    #[test]
    fn same_root_events_pair_by_trigger() {
        let g = [gold("طرد السفير الكندي"), gold("تجميد العلاقات التجارية")];
        for p in [[pred("تجميد"), pred("طرد")], [pred("طرد"), pred("تجميد")]] {
            let mut m = max_matching(2, 2, |a, b| fits(&g[a], &p[b]));
            prefer_same_trigger(&mut m, &g, &p);
            let partner = |k: usize| p[m[k].unwrap()].trigger.as_str();
            assert_eq!((partner(0), partner(1)), ("طرد", "تجميد"));
        }
        let mut crossed = vec![Some(1), Some(0)];
        let p = [pred("طرد"), pred("تجميد")];
        prefer_same_trigger(&mut crossed, &g, &p);
        assert_eq!(
            crossed,
            vec![Some(0), Some(1)],
            "a crossed pairing is swapped"
        );
    }

    #[test]
    fn correct_events_mark_the_matched_predictions() {
        let gold = GoldDoc::from_json(
            r#"{"id":"d","events":[{"source":["السعودية"],"cameo_root":"16","trigger":"طرد"}]}"#,
        )
        .unwrap();
        let record = serde_json::json!({"events": [
            {"root": "19", "trigger": {"text": "طرد"}, "source": {"text": "السعودية"}},
            {"root": "16", "trigger": {"text": "طرد"}, "source": {"text": "السعودية"}},
            {"root": "16", "trigger": {"text": "طرد"}, "source": {"text": "السعودية"}}
        ]});
        let pred = Predicted::new(&record, None);
        assert_eq!(correct_events(&gold, &pred), [false, true, false]);
        let none = serde_json::json!({});
        assert!(correct_events(&gold, &Predicted::new(&none, None)).is_empty());
    }
}
