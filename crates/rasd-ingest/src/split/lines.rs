//! Lines of the original text with their trimmed spans and comparison keys.

use rasd_text::{match_key, trim, Span};

/// One line of the original (without its line break).
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The line without surrounding whitespace and invisible marks (empty for blank lines).
    pub trimmed: Span,
    /// Its whitespace-separated words, counted up to [`COUNTED_WORDS`] once for every rule.
    pub words: usize,
}

impl Line {
    /// True when the line holds only whitespace / invisible marks.
    pub fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }

    /// Comparison key of the trimmed line: rasd's match key with runs of spaces collapsed
    /// (computed on demand: only short lines are ever compared).
    pub fn key(&self, text: &str) -> String {
        match_key(self.trimmed.text(text))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Splits `text` into lines on `\n` (a `\r` before it, or U+2028/U+2029, end a line too).
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '\n' | '\u{2028}' | '\u{2029}') {
            out.push(line(text, Span::new(start, i)));
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(line(text, Span::new(start, text.len())));
    }
    out
}

fn line(text: &str, span: Span) -> Line {
    let trimmed = trim(text, span);
    let words = rasd_text::count_words(trimmed.text(text), COUNTED_WORDS);
    Line { trimmed, words }
}

/// How far a line's words are counted: further than any rule looks.
pub(crate) const COUNTED_WORDS: usize = 46;

impl Line {
    /// Whitespace-separated words of the line, counted up to `cap` (callers only ask whether a
    /// line is short).
    pub fn word_count(&self, text: &str, cap: usize) -> usize {
        if cap <= COUNTED_WORDS {
            self.words.min(cap)
        } else {
            rasd_text::count_words(self.trimmed.text(text), cap)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_keyed() {
        let t = "أ\r\n \u{a0}\u{200f}وزير  الدفاع \n\nب";
        let ls = lines(t);
        assert_eq!(ls.len(), 4);
        assert_eq!(ls[0].trimmed.text(t), "أ");
        assert_eq!(ls[1].trimmed.text(t), "وزير  الدفاع");
        assert_eq!(ls[1].key(t), "وزير الدفاع");
        assert!(ls[2].is_blank());
        assert_eq!(ls[3].trimmed.text(t), "ب");
    }
}
