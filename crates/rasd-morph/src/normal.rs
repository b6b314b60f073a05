//! The model's view of a word: the text layer's `Clean` normalisation (no diacritics, tatweel
//! or invisible marks; presentation forms decomposed; Arabic-Indic digits to ASCII), one entry
//! per normalised character with its byte range in the original word.

use rasd_text::normalize::{fold_char, is_diacritic, Fold, Form};
use unicode_normalization::char::decompose_compatible;

/// A normalised word aligned to its original bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NormWord {
    /// Normalised characters.
    pub chars: Vec<char>,
    /// `spans[i]` = byte range of `chars[i]` in the original word; dropped marks are attached to
    /// the preceding kept character (leading ones to the first), so the spans tile the word.
    pub spans: Vec<(usize, usize)>,
}

impl NormWord {
    /// Normalises `word`.
    pub fn new(word: &str) -> NormWord {
        let mut nw = NormWord::default();
        let mut pending_start: Option<usize> = None;
        for (b, c) in word.char_indices() {
            let end = b + c.len_utf8();
            let start = pending_start.take().unwrap_or(b);
            let before = nw.chars.len();
            match fold_char(c, Form::Clean) {
                Fold::Keep => nw.chars.push(c),
                Fold::Char(r) => nw.chars.push(r),
                Fold::Compat => decompose_compatible(c, |d| {
                    if !is_diacritic(d) {
                        match fold_char(d, Form::Clean) {
                            Fold::Char(r) => nw.chars.push(r),
                            Fold::Drop => {}
                            _ => nw.chars.push(d),
                        }
                    }
                }),
                Fold::Drop => {}
            }
            let pushed = nw.chars.len() - before;
            if pushed == 0 {
                match nw.spans.last_mut() {
                    Some(last) => last.1 = end,
                    None => pending_start = Some(start),
                }
            } else {
                // Several characters from one original character share its span.
                for _ in 0..pushed {
                    nw.spans.push((start, end));
                }
            }
        }
        nw
    }

    /// The normalised text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Byte range in the original word of normalised characters `a..b` (`a == b`: an empty
    /// range at the start of character `a`, or at the end of the word).
    pub fn range(&self, a: usize, b: usize) -> (usize, usize) {
        if a >= b {
            let at = match self.spans.get(a) {
                Some(s) => s.0,
                None => self.spans.last().map_or(0, |s| s.1),
            };
            return (at, at);
        }
        let start = self.spans[a].0;
        let mut end = self.spans[b - 1].1;
        // Characters from one decomposed original share a span: never cut inside it.
        end = end.max(start);
        (start, end)
    }
}

/// True for characters the model ignores inside words (diacritics, tatweel, invisible marks).
pub fn is_mark(c: char) -> bool {
    matches!(fold_char(c, Form::Clean), Fold::Drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_and_tatweel_attach_to_the_letter_before() {
        let w = "وَالْـوَزِيرُ";
        let n = NormWord::new(w);
        assert_eq!(n.text(), "والوزير");
        assert_eq!(n.spans.first().unwrap().0, 0);
        assert_eq!(n.spans.last().unwrap().1, w.len());
        for pair in n.spans.windows(2) {
            assert_eq!(pair[0].1, pair[1].0, "spans tile the word");
        }
    }

    #[test]
    fn presentation_forms_and_digits() {
        let n = NormWord::new("ﻻ٢٠");
        assert_eq!(n.text(), "لا20");
        assert_eq!(n.range(0, 2), (0, "ﻻ".len()));
        assert_eq!(n.range(4, 4), ("ﻻ٢٠".len(), "ﻻ٢٠".len()));
    }

    #[test]
    fn only_marks_gives_an_empty_word() {
        let n = NormWord::new("\u{064E}\u{0640}");
        assert!(n.chars.is_empty());
        assert_eq!(n.range(0, 0), (0, 0));
    }
}
