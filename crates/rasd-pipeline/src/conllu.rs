//! CoNLL-U output: the UD view of an analysed document, readable by UD tools and the official scorer.

use crate::record::DocRecord;
use std::fmt::Write;

/// Renders every sentence of `record` as CoNLL-U (`# sent_id`, `# text`, one line per word,
/// `SpaceAfter=No` where the next token touches this one).
pub fn conllu(record: &DocRecord, original: &str) -> String {
    let mut out = String::new();
    for (n, sentence) in record.sentences.iter().enumerate() {
        let _ = writeln!(out, "# sent_id = {}-{}", record.id, n + 1);
        let _ = writeln!(out, "# text = {}", sentence.span.text(original).replace('\n', " "));
        let tokens = &record.tokens.list[sentence.tokens.clone()];
        for (i, t) in tokens.iter().enumerate() {
            let touches = tokens.get(i + 1).is_some_and(|next| next.span.start == t.span.end);
            let misc = if touches { "SpaceAfter=No" } else { "_" };
            let form = t.span.text(original).replace(char::is_whitespace, "_");
            let _ = writeln!(out, "{}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{misc}", i + 1);
        }
        out.push('\n');
    }
    out
}
