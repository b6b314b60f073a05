//! Tagging a CoNLL file and scoring it with conlleval semantics ([`rasd_eval::conll`]).

use crate::data::TaggedSentence;
use crate::model::NerModel;
use rasd_eval::conll::{ConllCounter, Report};

/// Tags every sentence (tokens keyed with `rasd_text::match_key`); one tag list per sentence.
/// The file is read as one document (second-stage votes look [`crate::stack::WINDOW`]
/// sentences either side).
pub fn predict(model: &NerModel, sents: &[TaggedSentence]) -> Vec<Vec<String>> {
    let labels = model.tagger.labels();
    let preps: Vec<_> = sents
        .iter()
        .map(|s| {
            let keys: Vec<String> = s.tokens.iter().map(|t| rasd_text::match_key(t)).collect();
            model.prepare(&keys)
        })
        .collect();
    model
        .tag_document(&preps)
        .into_iter()
        .map(|ids| {
            ids.into_iter()
                .map(|i| labels[i as usize].clone())
                .collect()
        })
        .collect()
}

/// conlleval report of `predicted` against the gold tags of `sents`.
pub fn score(sents: &[TaggedSentence], predicted: &[Vec<String>]) -> Report {
    let mut c = ConllCounter::default();
    for (s, p) in sents.iter().zip(predicted) {
        // Lengths match by construction of `predict`.
        c.add_sentence(&s.tags, p)
            .expect("one predicted tag per token");
    }
    c.report()
}

/// Gold CoNLL lines (`token tag`, blank line between sentences), as `read_conll` reads them.
pub fn gold_lines(sents: &[TaggedSentence]) -> String {
    lines(sents, None)
}

/// conlleval input lines (`token gold predicted`, blank line between sentences).
pub fn conll_lines(sents: &[TaggedSentence], predicted: &[Vec<String>]) -> String {
    lines(sents, Some(predicted))
}

/// One line per token (`token gold`, and the predicted tag when given), a blank line after
/// each sentence.
fn lines(sents: &[TaggedSentence], predicted: Option<&[Vec<String>]>) -> String {
    let mut out = String::new();
    // (with predictions, as far as they go: sentence by sentence, token by token)
    let rows = predicted.map_or(sents.len(), <[_]>::len);
    for (n, s) in sents.iter().enumerate().take(rows) {
        let row = predicted.map(|p| &p[n]);
        let tokens = row.map_or(s.tokens.len(), Vec::len);
        for (k, (tok, g)) in s.tokens.iter().zip(&s.tags).enumerate().take(tokens) {
            out.push_str(tok);
            out.push(' ');
            out.push_str(g);
            if let Some(row) = row {
                out.push(' ');
                out.push_str(&row[k]);
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_conll;

    #[test]
    fn lines_and_score() {
        let sents = parse_conll("كارتر B-PERS\nقال O\n");
        let pred = vec![vec!["B-PER".to_string(), "B-LOC".to_string()]];
        assert_eq!(
            conll_lines(&sents, &pred),
            "كارتر B-PER B-PER\nقال O B-LOC\n\n"
        );
        // the gold lines read back as the same sentences
        assert_eq!(gold_lines(&sents), "كارتر B-PER\nقال O\n\n");
        assert_eq!(parse_conll(&gold_lines(&sents)), sents);
        let r = score(&sents, &pred);
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (1, 2, 1)
        );
    }
}
