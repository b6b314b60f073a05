//! Sentence splitting over tokens.
//!
//! A sentence ends after `.` `!` `?` `؟` `؛` `…` (with any closing quotes or brackets that
//! follow), and at every line break. Terminators inside an open quotation (« » “ ” or
//! straight double quotes) do not end the sentence, so a quoted statement stays with its cue.
//! A period after a single letter (an initial, `د.`) is not an end either.

use crate::span::Span;
use crate::token::{Token, TokenKind};
use serde::Serialize;
use std::ops::Range;

/// One sentence: its span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// Where it is in the original (first token start to last token end).
    #[serde(flatten)]
    pub span: Span,
    /// Indices into the token list (serialised as `[first, end)`).
    #[serde(serialize_with = "range_as_pair")]
    pub tokens: Range<usize>,
}

fn range_as_pair<S: serde::Serializer>(r: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq([r.start, r.end])
}

fn is_terminator(t: &str) -> bool {
    matches!(
        t.chars().next(),
        Some('.' | '!' | '?' | '؟' | '؛' | '…' | '۔')
    )
}

fn is_closer(t: &str) -> bool {
    matches!(t, "»" | "”" | "’" | ")" | "]" | "\"" | "'")
}

/// Quote depth tracker: « “ open, » ” close, `"` toggles.
#[derive(Default)]
struct Quotes {
    depth: u32,
    straight_open: bool,
}

impl Quotes {
    fn update(&mut self, t: &str) {
        match t {
            "«" | "“" => self.depth += 1,
            "»" | "”" => self.depth = self.depth.saturating_sub(1),
            "\"" => self.straight_open = !self.straight_open,
            _ => {}
        }
    }

    fn open(&self) -> bool {
        self.depth > 0 || self.straight_open
    }
}

/// Splits the token list into sentences.
pub fn split_sentences(original: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quotes = Quotes::default();
    let mut i = 0;
    while i < tokens.len() {
        let text = tokens[i].span.text(original);
        quotes.update(text);
        let mut end_here =
            tokens[i].kind == TokenKind::Punct && is_terminator(text) && !quotes.open();
        if end_here && text == "." && i > start && single_letter(&tokens[i - 1]) {
            end_here = false;
        }
        if end_here {
            while i + 1 < tokens.len()
                && is_closer(tokens[i + 1].span.text(original))
                && !line_break_between(original, &tokens[i], &tokens[i + 1])
            {
                i += 1;
                quotes.update(tokens[i].span.text(original));
            }
        }
        let next_line =
            i + 1 < tokens.len() && line_break_between(original, &tokens[i], &tokens[i + 1]);
        if end_here || next_line || i + 1 == tokens.len() {
            out.push(Sentence {
                span: tokens[start].span.join(tokens[i].span),
                tokens: start..i + 1,
            });
            start = i + 1;
            if next_line {
                quotes = Quotes::default();
            }
        }
        i += 1;
    }
    out
}

fn single_letter(t: &Token) -> bool {
    t.kind == TokenKind::Arabic && t.key.chars().count() == 1
}

fn line_break_between(original: &str, a: &Token, b: &Token) -> bool {
    original[a.span.end..b.span.start].contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sentences(s: &str) -> Vec<&str> {
        let toks = tokenize(s, Span::new(0, s.len()));
        split_sentences(s, &toks)
            .iter()
            .map(|x| x.span.text(s))
            .collect()
    }

    #[test]
    fn splits_on_terminators_and_lines() {
        assert_eq!(
            sentences("ذهب. ثم عاد؟ نعم\nسطر آخر"),
            vec!["ذهب.", "ثم عاد؟", "نعم", "سطر آخر"]
        );
    }

    #[test]
    fn keeps_quotes_together_with_closers() {
        assert_eq!(
            sentences("قال: «ندرس ذلك. وسنرى». ثم غادر."),
            vec!["قال: «ندرس ذلك. وسنرى».", "ثم غادر."]
        );
        assert_eq!(
            sentences("قال \"نعم.\" وغادر. ثم"),
            vec!["قال \"نعم.\" وغادر.", "ثم"]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("قال د. أحمد إنه بخير."),
            vec!["قال د. أحمد إنه بخير."]
        );
    }
}
