//! Segmentation and POS scoring against WikiNews-format gold (BASELINES.md section 2 metrics).

use crate::gold::GoldToken;
use crate::{Analyzer, Span, TokenAnalysis};
use rasd_text::prf::{self, IfEmpty, Prf};
use serde::Serialize;
use std::collections::HashSet;

/// Counts for one subset of tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens whose whole `+`-joined segmentation is exactly right.
    pub seg_correct: usize,
    /// Tokens whose whole `+`-joined tag string is exactly right.
    pub pos_correct: usize,
    /// Boundaries predicted and in gold.
    pub boundary_tp: usize,
    /// Boundaries predicted, not in gold.
    pub boundary_fp: usize,
    /// Gold boundaries missed.
    pub boundary_fn: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.tokens += o.tokens;
        self.seg_correct += o.seg_correct;
        self.pos_correct += o.pos_correct;
        self.boundary_tp += o.boundary_tp;
        self.boundary_fp += o.boundary_fp;
        self.boundary_fn += o.boundary_fn;
    }

    /// Word-level segmentation accuracy, percent.
    pub fn seg_accuracy(&self) -> f64 {
        prf::ratio(self.seg_correct, self.tokens, 100.0, false)
    }

    /// Token POS accuracy (full tag string), percent.
    pub fn pos_accuracy(&self) -> f64 {
        prf::ratio(self.pos_correct, self.tokens, 100.0, false)
    }

    /// The boundary counts as precision / recall / F1 counts.
    pub fn boundaries(&self) -> Prf {
        Prf::from_tp_fp_fn(self.boundary_tp, self.boundary_fp, self.boundary_fn)
    }

    /// Boundary precision, recall and F1, percent (0 with nothing to count).
    fn boundary_scores(&self) -> prf::Scores {
        self.boundaries().percent(IfEmpty::Zero)
    }

    /// Boundary precision, percent.
    pub fn precision(&self) -> f64 {
        self.boundary_scores().precision
    }

    /// Boundary recall, percent.
    pub fn recall(&self) -> f64 {
        self.boundary_scores().recall
    }

    /// Boundary F1, percent.
    pub fn f1(&self) -> f64 {
        self.boundary_scores().f1
    }
}

/// Scores of one evaluation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SegScores {
    /// All tokens.
    pub all: Counts,
    /// Tokens whose written word occurs in the training part.
    pub seen: Counts,
    /// Tokens whose written word does not occur in the training part.
    pub unseen: Counts,
    /// Tokens with at least one gold split.
    pub with_splits: Counts,
}

impl SegScores {
    /// Adds the counts of `o` (e.g. summing cross-validation folds).
    pub fn merge(&mut self, o: &SegScores) {
        self.all.add(&o.all);
        self.seen.add(&o.seen);
        self.unseen.add(&o.unseen);
        self.with_splits.add(&o.with_splits);
    }
}

/// Split offsets inside the `+`-free string of a morpheme list.
fn boundaries(forms: &[&str]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    for f in &forms[..forms.len().saturating_sub(1)] {
        at += f.chars().count();
        out.push(at);
    }
    out
}

/// Scores one predicted token against its gold token.
pub fn score_token(gold: &GoldToken, pred: &TokenAnalysis) -> Counts {
    let g: Vec<&str> = gold.morphs.iter().map(String::as_str).collect();
    let p: Vec<&str> = pred.morphemes.iter().map(|m| m.form.as_str()).collect();
    let (gb, pb) = (boundaries(&g), boundaries(&p));
    let same_string = g.concat() == p.concat();
    let tp = if same_string {
        pb.iter().filter(|b| gb.contains(b)).count()
    } else {
        0
    };
    Counts {
        tokens: 1,
        seg_correct: usize::from(g == p),
        pos_correct: usize::from(gold.pos_string() == pred.pos),
        boundary_tp: tp,
        boundary_fp: pb.len() - tp,
        boundary_fn: gb.len() - tp,
    }
}

/// The written words of `gold` laid out as one space-separated text, with their spans.
pub fn gold_text(gold: &[GoldToken]) -> (String, Vec<Span>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(gold.len());
    for g in gold {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(&g.surface());
        spans.push(Span::new(start, text.len()));
    }
    (text, spans)
}

/// Analyses the gold words in order (with context) and scores them; `train_words` are the
/// written words of the training part (for the seen/unseen breakdown).
pub fn evaluate(
    an: &Analyzer,
    gold: &[GoldToken],
    train_words: &HashSet<String>,
) -> (SegScores, Vec<TokenAnalysis>) {
    let (text, spans) = gold_text(gold);
    let preds = an.analyze_spans(&text, &spans);
    let mut s = SegScores::default();
    for ((g, p), sp) in gold.iter().zip(&preds).zip(&spans) {
        let c = score_token(g, p);
        s.all.add(&c);
        if train_words.contains(sp.text(&text)) {
            s.seen.add(&c);
        } else {
            s.unseen.add(&c);
        }
        if g.morphs.len() > 1 {
            s.with_splits.add(&c);
        }
    }
    (s, preds)
}

/// Articles of a news JSONL as (text, word-token spans), up to `n` word tokens in all
/// (Arabic, Latin, number; rasd-text tokeniser): the speed benchmark input.
pub fn corpus_words(jsonl: &str, n: usize) -> Vec<(String, Vec<Span>)> {
    use rasd_text::TokenKind;
    let mut out = Vec::new();
    let mut total = 0;
    for line in jsonl.lines() {
        if total >= n {
            break;
        }
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(t) = v.get("text").and_then(|x| x.as_str()) else {
            continue;
        };
        let spans: Vec<Span> = rasd_text::tokenize(t, Span::new(0, t.len()))
            .into_iter()
            .filter(|tok| {
                matches!(
                    tok.kind,
                    TokenKind::Arabic | TokenKind::Latin | TokenKind::Number
                )
            })
            .map(|tok| tok.span)
            .take(n - total)
            .collect();
        total += spans.len();
        out.push((t.to_string(), spans));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::read_gold;
    use crate::Morpheme;

    fn pred(forms: &[&str], pos: &str) -> TokenAnalysis {
        TokenAnalysis {
            morphemes: forms
                .iter()
                .map(|f| Morpheme {
                    span: Span::new(0, 0),
                    form: f.to_string(),
                    tag: String::new(),
                })
                .collect(),
            words: vec![],
            pos: pos.into(),
            stem: String::new(),
            key: String::new(),
        }
    }

    #[test]
    fn boundary_counts_follow_the_baseline_definition() {
        let g = read_gold("h\nو+ال+كتاب\tCONJ+DET+NOUN\n").remove(0);
        let counts = |forms: &[&str], pos: &str| {
            let c = score_token(&g, &pred(forms, pos));
            (
                c.seg_correct,
                c.pos_correct,
                c.boundary_tp,
                c.boundary_fp,
                c.boundary_fn,
            )
        };
        assert_eq!(
            counts(&["و", "ال", "كتاب"], "CONJ+DET+NOUN"),
            (1, 1, 2, 0, 0)
        );
        assert_eq!(counts(&["وال", "كتاب"], "CONJ+NOUN"), (0, 0, 1, 0, 1));
        // A different '+'-free string gets no credit.
        let c = score_token(&g, &pred(&["و", "لكتاب"], "CONJ+NOUN"));
        assert_eq!((c.boundary_tp, c.boundary_fp, c.boundary_fn), (0, 1, 2));
        let mut all = Counts::default();
        all.add(&c);
        assert_eq!(all.f1(), 0.0);
        assert_eq!(all.boundaries(), Prf::one_to_one(2, 1, 0));
    }

    #[test]
    fn gold_text_spans_cover_surfaces() {
        let g = read_gold("h\nل+ال+فيلم\tPREP+DET+NOUN\n.\tPUNC\n");
        let (text, spans) = gold_text(&g);
        assert_eq!(text, "للفيلم .");
        assert_eq!(spans[1].text(&text), ".");
    }
}
