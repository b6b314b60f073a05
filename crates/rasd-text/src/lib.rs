//! rasd's text layer: everything is a [`Span`] into the original text.
//!
//! - [`normalize`]: Arabic normalisation with an alignment table back to the original ([`Aligned`]),
//!   and the [`match_key`] used for every dictionary and name comparison in rasd;
//! - [`token`]: the tokeniser; [`sentence`]: the sentence splitter;
//! - [`number`] and [`date`]: quantities and dates, resolved against a publication date;
//! - [`agreement`]: names' grammatical gender, read by more than one layer;
//! - [`possessive`]: the noun under a possessive pronoun suffix (زيارتها → زياره);
//! - [`prf`]: the precision / recall / F1 counts every rasd scorer shares.
//!
//! ```
//! use rasd_text::{Span, TextLayer};
//! let text = "وقال كارتر إن 29 دولة تشارك.";
//! let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
//! assert_eq!(layer.tokens[1].span.text(text), "كارتر");
//! assert_eq!(layer.sentences.len(), 1);
//! ```

pub mod agreement;
pub mod date;
pub mod normalize;
pub mod number;
pub mod possessive;
pub mod prf;
pub mod sentence;
pub mod span;
pub mod token;
pub mod words;

pub use compact_str::CompactString;
pub use date::{is_day_word, read_dates, DateKind, DateMention, Granularity};
pub use normalize::{compact_key, match_key, normalize, Aligned, Form};
pub use number::{read_numbers, NumberMention};
pub use prf::Prf;
pub use sentence::{split_sentences, Sentence};
pub use span::Span;
pub use token::{tokenize, tokenize_into, Token, TokenKind};
pub use words::count_words;

use serde::Serialize;

/// Tokens, sentences and paragraphs of a document's kept text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TextLayer {
    /// All tokens, in text order.
    pub tokens: Vec<Token>,
    /// Sentences (never crossing a paragraph).
    pub sentences: Vec<Sentence>,
    /// The paragraphs the layer was built from (trimmed of surrounding whitespace).
    pub paragraphs: Vec<Span>,
}

impl TextLayer {
    /// Tokenises and sentence-splits each region (paragraph) of `original`.
    pub fn build(original: &str, regions: &[Span]) -> TextLayer {
        let mut layer = TextLayer::default();
        layer
            .tokens
            .reserve(regions.iter().map(|r| r.len()).sum::<usize>() / 6);
        for &region in regions {
            let region = trim(original, region);
            if region.is_empty() {
                continue;
            }
            let first = layer.tokens.len();
            tokenize_into(original, region, &mut layer.tokens);
            let sentences = split_sentences(original, &layer.tokens[first..]);
            layer
                .sentences
                .extend(sentences.into_iter().map(|s| Sentence {
                    span: s.span,
                    tokens: s.tokens.start + first..s.tokens.end + first,
                }));
            layer.paragraphs.push(region);
        }
        layer
    }

    /// The index of the sentence holding token `t`.
    pub fn sentence_of(&self, t: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.tokens.end <= t);
        (i < self.sentences.len() && self.sentences[i].tokens.contains(&t)).then_some(i)
    }
}

/// `region` without surrounding whitespace and invisible marks.
pub fn trim(original: &str, region: Span) -> Span {
    let text = region.text(original);
    let skip = |c: char| c.is_whitespace() || normalize::is_invisible(c);
    let start = text.len() - text.trim_start_matches(skip).len();
    let end = text.trim_end_matches(skip).len();
    if start >= end {
        return Span::new(region.start, region.start);
    }
    Span::new(region.start + start, region.start + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_spans_index_the_original() {
        let text = " \u{200F}سطر أول.\n\nسطر ثان ";
        let lines: Vec<Span> = {
            let mut at = 0;
            text.split('\n')
                .map(|l| {
                    let s = Span::new(at, at + l.len());
                    at += l.len() + 1;
                    s
                })
                .collect()
        };
        let layer = TextLayer::build(text, &lines);
        assert_eq!(layer.paragraphs.len(), 2);
        assert_eq!(layer.paragraphs[0].text(text), "سطر أول.");
        assert_eq!(layer.sentences[1].span.text(text), "سطر ثان");
        assert_eq!(layer.sentence_of(3), Some(1));
        for t in &layer.tokens {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}
