//! CoNLL-U output of the UD view: multiword-token ranges for clitic-split tokens, one line per
//! syntactic word with its UPOS; the Farasa tags go to XPOS and the light stem to MISC.

use crate::{Span, TokenAnalysis};
use std::fmt::Write;

/// Writes one sentence in CoNLL-U: `tokens[i]` is the span of the token analysed as
/// `analyses[i]`. Fields without an analysis (LEMMA, FEATS, HEAD, DEPREL, DEPS) are `_`.
pub fn write_conllu(
    out: &mut String,
    original: &str,
    sent_id: &str,
    tokens: &[Span],
    analyses: &[TokenAnalysis],
) {
    let _ = writeln!(out, "# sent_id = {sent_id}");
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        let text = &original[first.start..last.end];
        let _ = writeln!(out, "# text = {}", text.replace(['\n', '\r'], " "));
    }
    let mut id = 1;
    for (i, (tok, an)) in tokens.iter().zip(analyses).enumerate() {
        let space_after = tokens.get(i + 1).is_none_or(|n| n.start > tok.end);
        let misc = |extra: &str| -> String {
            let mut m = String::new();
            if !space_after {
                m.push_str("SpaceAfter=No");
            }
            if !extra.is_empty() {
                if !m.is_empty() {
                    m.push('|');
                }
                m.push_str(extra);
            }
            if m.is_empty() {
                "_".into()
            } else {
                m
            }
        };
        let surface = clean(tok.text(original));
        if an.words.len() > 1 {
            let last = id + an.words.len() - 1;
            let _ = writeln!(
                out,
                "{id}-{last}\t{surface}\t_\t_\t_\t_\t_\t_\t_\t{}",
                misc("")
            );
        }
        for w in &an.words {
            let xpos: Vec<&str> = an
                .morphemes
                .iter()
                .filter(|m| m.span.start >= w.span.start && m.span.end <= w.span.end)
                .map(|m| m.tag.as_str())
                .collect();
            let xpos = if xpos.is_empty() {
                "_".to_string()
            } else {
                xpos.join("+")
            };
            let form = if an.words.len() > 1 {
                clean(&w.form)
            } else {
                surface.clone()
            };
            let extra = if an.words.len() > 1 {
                String::new()
            } else {
                format!("Stem={}", clean(&an.stem))
            };
            let _ = writeln!(
                out,
                "{id}\t{form}\t_\t{}\t{xpos}\t_\t_\t_\t_\t{}",
                w.upos,
                misc(&extra)
            );
            id += 1;
        }
    }
    out.push('\n');
}

/// CoNLL-U of a whole document: one block per text-layer sentence (`sent_id` =
/// `{doc_id}-{n}`, counting from 1); `analyses[i]` belongs to `layer.tokens[i]`.
pub fn conllu_document(
    original: &str,
    doc_id: &str,
    layer: &rasd_text::TextLayer,
    analyses: &[TokenAnalysis],
) -> String {
    let mut out = String::new();
    for (n, s) in layer.sentences.iter().enumerate() {
        let range = s.tokens.start.min(analyses.len())..s.tokens.end.min(analyses.len());
        if range.is_empty() {
            continue;
        }
        let spans: Vec<Span> = layer.tokens[range.clone()].iter().map(|t| t.span).collect();
        write_conllu(
            &mut out,
            original,
            &format!("{doc_id}-{}", n + 1),
            &spans,
            &analyses[range],
        );
    }
    out
}

fn clean(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '\t' {
                '_'
            } else {
                c
            }
        })
        .collect();
    if t.is_empty() {
        "_".into()
    } else {
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Morpheme, SyntacticWord};

    #[test]
    fn documents_are_split_into_sentences() {
        let text = "قال الوزير. وأكد ذلك.";
        let layer = rasd_text::TextLayer::build(text, &[Span::new(0, text.len())]);
        let an = crate::Analyzer::embedded().analyze_tokens(text, &layer.tokens);
        let out = conllu_document(text, "d", &layer, &an);
        assert_eq!(out.matches("# sent_id = d-").count(), layer.sentences.len());
        assert!(out.contains("# sent_id = d-2"));
        assert!(out.lines().any(|l| l.starts_with("1-2\tوأكد")), "{out}");
    }

    #[test]
    fn multiword_tokens_get_ranges() {
        let text = "وبالوزير .";
        let m = |s: usize, e: usize, f: &str, t: &str| Morpheme {
            span: Span::new(s, e),
            form: f.into(),
            tag: t.into(),
        };
        let w = |s: usize, e: usize, f: &str, u: &str| SyntacticWord {
            span: Span::new(s, e),
            form: f.into(),
            upos: u.into(),
        };
        let a = TokenAnalysis {
            morphemes: vec![
                m(0, 2, "و", "CONJ"),
                m(2, 4, "ب", "PREP"),
                m(4, 8, "ال", "DET"),
                m(8, 16, "وزير", "NOUN"),
            ],
            words: vec![
                w(0, 2, "و", "CCONJ"),
                w(2, 4, "ب", "ADP"),
                w(4, 16, "الوزير", "NOUN"),
            ],
            pos: "CONJ+PREP+DET+NOUN".into(),
            stem: "وزير".into(),
            key: "وزير".into(),
        };
        let p = TokenAnalysis {
            morphemes: vec![m(17, 18, ".", "PUNC")],
            words: vec![w(17, 18, ".", "PUNCT")],
            pos: "PUNC".into(),
            stem: ".".into(),
            key: ".".into(),
        };
        let mut out = String::new();
        write_conllu(
            &mut out,
            text,
            "s1",
            &[Span::new(0, 16), Span::new(17, 18)],
            &[a, p],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "# sent_id = s1");
        assert!(lines[2].starts_with("1-3\tوبالوزير\t"));
        assert!(lines[5].starts_with("3\tالوزير\t_\tNOUN\tDET+NOUN\t"));
        assert!(lines[6].starts_with("4\t.\t_\tPUNCT\tPUNC"));
        assert!(out.ends_with("\n\n"));
    }
}
