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
    let mut out = String::new();
    for s in sents {
        for (tok, g) in s.tokens.iter().zip(&s.tags) {
            out.push_str(tok);
            out.push(' ');
            out.push_str(g);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// conlleval input lines (`token gold predicted`, blank line between sentences).
pub fn conll_lines(sents: &[TaggedSentence], predicted: &[Vec<String>]) -> String {
    let mut out = String::new();
    for (s, p) in sents.iter().zip(predicted) {
        for ((tok, g), t) in s.tokens.iter().zip(&s.tags).zip(p) {
            out.push_str(tok);
            out.push(' ');
            out.push_str(g);
            out.push(' ');
            out.push_str(t);
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
        let r = score(&sents, &pred);
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (1, 2, 1)
        );
    }
}
