//! Quotes: the predicted speaker resolves to one of the gold speaker names and the predicted
//! content contains `content_contains`. Statements in `quotes_no_speaker` are matched by quotes
//! with no speaker or an unnamed-source speaker; a named speaker there is a false positive.

use super::gold::GoldDoc;
use super::matching::max_matching;
use super::norm::{contains_key, names_meet};
use super::pred::Predicted;
use super::{Counts, ErrorItem, LayerScore};
use serde_json::Value;

/// A predicted quote reduced to what scoring needs.
struct PredQuote {
    content: String,
    cue: String,
    speaker_names: Vec<String>,
    /// True for a speaker that is a person or body (not absent, not an unnamed source).
    attributed: bool,
}

/// One gold statement: with acceptable speakers, or with none (`quotes_no_speaker`).
struct GoldItem<'a> {
    content: &'a str,
    speakers: Option<&'a [String]>,
    cue: &'a str,
}

fn read_quote(pred: &Predicted, q: &Value) -> PredQuote {
    let speaker = q.get("speaker").filter(|s| !s.is_null());
    let kind = speaker
        .and_then(|s| s.get("kind"))
        .and_then(Value::as_str)
        .unwrap_or("");
    PredQuote {
        content: q
            .get("content")
            .and_then(|c| pred.text_of(c))
            .unwrap_or_default(),
        cue: q
            .get("cue")
            .and_then(|c| pred.text_of(c))
            .unwrap_or_default(),
        speaker_names: speaker.map(|s| pred.actor_names(s)).unwrap_or_default(),
        attributed: speaker.is_some() && kind != "unnamed",
    }
}

fn gold_items(gold: &GoldDoc) -> Vec<GoldItem<'_>> {
    let with = gold.quotes.iter().map(|q| GoldItem {
        content: &q.content_contains,
        speakers: Some(&q.speaker),
        cue: &q.cue,
    });
    let without = gold.quotes_no_speaker.iter().map(|q| GoldItem {
        content: &q.content_contains,
        speakers: None,
        cue: q.cue.as_deref().unwrap_or(""),
    });
    with.chain(without).collect()
}

/// True when predicted quote `p` is a correct reading of gold item `g`.
fn fits(g: &GoldItem, p: &PredQuote) -> bool {
    contains_key(&p.content, g.content)
        && match g.speakers {
            Some(names) => names_meet(p.speaker_names.iter().map(String::as_str), names),
            None => !p.attributed,
        }
}

/// Scores `quotes` (speaker-attributed), `quotes_no_speaker` and `quote_content` (content only).
pub fn score(gold: &GoldDoc, pred: &Predicted, errors: &mut Vec<ErrorItem>) -> Vec<LayerScore> {
    let Some(list) = pred.list("quotes") else {
        return Vec::new();
    };
    let preds: Vec<PredQuote> = list.iter().map(|q| read_quote(pred, q)).collect();
    let items = gold_items(gold);
    let n_with = gold.quotes.len();
    let m = max_matching(items.len(), preds.len(), |g, p| fits(&items[g], &preds[p]));
    let mut owner: Vec<Option<usize>> = vec![None; preds.len()];
    for (g, p) in m.iter().enumerate() {
        if let Some(p) = p {
            owner[*p] = Some(g);
        }
    }
    let mut with = Counts {
        gold: n_with,
        ..Default::default()
    };
    let mut without = Counts {
        gold: items.len() - n_with,
        ..Default::default()
    };
    for (p, q) in preds.iter().enumerate() {
        match owner[p] {
            Some(g) if g < n_with => with.pred_correct += 1,
            Some(_) => without.pred_correct += 1,
            None => {}
        }
        if q.attributed || owner[p].is_some_and(|g| g < n_with) {
            with.pred += 1;
        } else {
            without.pred += 1;
        }
        if owner[p].is_none() && q.attributed {
            errors.push(ErrorItem::false_positive("quotes", describe_pred(q)));
        }
    }
    with.gold_found = with.pred_correct;
    without.gold_found = without.pred_correct;
    report_misses(&items, n_with, &m, &preds, errors);
    let content = max_matching(items.len(), preds.len(), |g, p| {
        contains_key(&preds[p].content, items[g].content)
    });
    let found = content.iter().flatten().count();
    vec![
        LayerScore::new("quotes", with),
        LayerScore::new("quotes_no_speaker", without),
        LayerScore::new(
            "quote_content",
            Counts::one_to_one(items.len(), preds.len(), found),
        ),
    ]
}

fn describe_pred(q: &PredQuote) -> String {
    let content: String = q.content.chars().take(70).collect();
    let speaker = q.speaker_names.first().map(String::as_str).unwrap_or("-");
    format!("{} [{}] «{}»", q.cue, speaker, content)
}

/// Lists unmatched gold statements, saying whether the content was found with another speaker.
fn report_misses(
    items: &[GoldItem],
    n_with: usize,
    m: &[Option<usize>],
    preds: &[PredQuote],
    errors: &mut Vec<ErrorItem>,
) {
    for (g, item) in items.iter().enumerate() {
        if m[g].is_some() {
            continue;
        }
        let layer = if g < n_with {
            "quotes"
        } else {
            "quotes_no_speaker"
        };
        let same_content = preds
            .iter()
            .find(|p| contains_key(&p.content, item.content));
        let why = match same_content {
            Some(p) => format!("content found, speaker [{}]", p.speaker_names.join(" | ")),
            None => "content not found".to_string(),
        };
        let speakers = item
            .speakers
            .map(|s| s.join(" | "))
            .unwrap_or_else(|| "-".to_string());
        errors.push(ErrorItem::miss(
            layer,
            format!("{} [{}] «{}»: {why}", item.cue, speakers, item.content),
        ));
    }
}
