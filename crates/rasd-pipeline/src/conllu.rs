//! CoNLL-U output: the UD view of an analysed document, readable by UD tools and the official scorer.

use crate::record::DocRecord;
use rasd_text::Span;

/// Renders every sentence of `record` as CoNLL-U (multiword tokens for clitic-split words,
/// UPOS, Farasa tags as XPOS, `SpaceAfter=No`). Needs the morphology layer: without it
/// (`Stages::TEXT`) the result is empty.
pub fn conllu(record: &DocRecord, original: &str) -> String {
    let mut out = String::new();
    let Some(words) = record.words.as_deref() else {
        return out;
    };
    for (n, sentence) in record.sentences.iter().enumerate() {
        let range = sentence.tokens.clone();
        let spans: Vec<Span> = record.tokens.list[range.clone()]
            .iter()
            .map(|t| t.span)
            .collect();
        let sent_id = format!("{}-{}", record.id, n + 1);
        rasd_morph::conllu::write_conllu(&mut out, original, &sent_id, &spans, &words[range]);
    }
    out
}
