//! Arabic normalisation that never loses the way back to the original.
//!
//! Every normalising edit goes through one per-character function, [`fold_char`], and
//! [`Aligned`] records for each normalised byte the original character it came from, in the
//! manner of huggingface/tokenizers' `NormalizedString`. [`match_key`] is the same folding
//! without the alignment table, for dictionary and name matching.

use crate::span::Span;
use compact_str::CompactString;
use unicode_normalization::char::decompose_compatible;

/// How far normalisation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Display cleaning: diacritics, tatweel, bidi and zero-width marks removed; presentation
    /// forms decomposed (NFKC); Arabic-Indic and Persian digits to ASCII; NBSP and other spaces to ' '.
    Clean,
    /// [`Form::Clean`] plus letter folding for matching: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک → ك, ی → ي.
    Key,
}

/// What normalisation does with one original character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Keep it unchanged.
    Keep,
    /// Drop it (diacritics, tatweel, invisible marks).
    Drop,
    /// Replace it with one character.
    Char(char),
    /// Replace it with its compatibility decomposition (presentation forms like ﻻ → لا).
    Compat,
}

/// True for Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks).
pub const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// True for invisible formatting marks: bidi controls, zero-width characters, BOM.
pub const fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
}

/// True for Arabic presentation forms (ligatures and contextual shapes).
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The ASCII digit for an Arabic-Indic or Persian digit.
pub const fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_u32('0' as u32 + (c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => char::from_u32('0' as u32 + (c as u32 - 0x06F0)),
        _ => None,
    }
}

/// The one normalising decision for a character: everything else routes through here.
#[inline]
pub fn fold_char(c: char, form: Form) -> Fold {
    let u = c as u32;
    if u < 0x80 {
        return Fold::Keep;
    }
    // The Arabic block, the bulk of the text: one table look-up.
    if (0x0600..0x0700).contains(&u) {
        let table = match form {
            Form::Clean => &ARABIC_BLOCK[0],
            Form::Key => &ARABIC_BLOCK[1],
        };
        return table[(u - 0x0600) as usize];
    }
    fold_slow(c, form)
}

/// [`fold_char`] for the Arabic block, precomputed for both forms.
static ARABIC_BLOCK: [[Fold; 256]; 2] = {
    let mut t = [[Fold::Keep; 256]; 2];
    let mut i = 0;
    while i < 256 {
        let c = match char::from_u32(0x0600 + i as u32) {
            Some(c) => c,
            None => unreachable!(),
        };
        t[0][i] = fold_slow(c, Form::Clean);
        t[1][i] = fold_slow(c, Form::Key);
        i += 1;
    }
    t
};

/// The normalising decision, computed from the character classes.
const fn fold_slow(c: char, form: Form) -> Fold {
    if (c as u32) < 0x80 {
        return Fold::Keep;
    }
    if is_diacritic(c) || c == '\u{0640}' || is_invisible(c) {
        return Fold::Drop;
    }
    if let Some(d) = ascii_digit(c) {
        return Fold::Char(d);
    }
    if is_presentation_form(c) {
        return Fold::Compat;
    }
    if is_space(c) {
        return Fold::Char(' ');
    }
    match (form, c) {
        (Form::Key, 'أ' | 'إ' | 'آ' | 'ٱ') => Fold::Char('ا'),
        (Form::Key, 'ى' | 'ی') => Fold::Char('ي'),
        (Form::Key, 'ة') => Fold::Char('ه'),
        (Form::Key, 'ک') => Fold::Char('ك'),
        _ => Fold::Keep,
    }
}

/// Unicode white space outside ASCII (`char::is_whitespace` is not `const`).
const fn is_space(c: char) -> bool {
    matches!(
        c,
        '\u{0085}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Pushes the normalised form of `c` to `out`, calling `on_push` once per pushed character.
fn push_folded<O>(c: char, form: Form, out: &mut O, mut on_push: impl FnMut(&mut O, char)) {
    match fold_char(c, form) {
        Fold::Keep => on_push(out, c),
        Fold::Drop => {}
        Fold::Char(r) => on_push(out, r),
        Fold::Compat => decompose_compatible(c, |d| {
            if !is_diacritic(d) {
                match fold_char(d, form) {
                    Fold::Char(r) => on_push(out, r),
                    Fold::Drop => {}
                    _ => on_push(out, d),
                }
            }
        }),
    }
}

/// The match key of a string: [`Form::Key`] normalisation, without alignment.
///
/// ```
/// assert_eq!(rasd_text::match_key("الأَطْلَسِيّ"), "الاطلسي");
/// assert_eq!(rasd_text::match_key("الـ٢٨"), "ال28");
/// ```
pub fn match_key(s: &str) -> String {
    normalize(s, Form::Key)
}

/// Normalises `s` to `form`, without alignment.
pub fn normalize(s: &str, form: Form) -> String {
    normalize_to(s, form)
}

/// The match key as an inline string (no allocation up to 24 bytes): the token layer's keys.
pub fn compact_key(s: &str) -> CompactString {
    normalize_to(s, Form::Key)
}

/// A string type normalisation can write to.
trait Out {
    fn with_capacity(n: usize) -> Self;
    fn from_str(s: &str) -> Self;
    fn push_str(&mut self, s: &str);
    fn push(&mut self, c: char);
}

impl Out for String {
    fn with_capacity(n: usize) -> Self {
        String::with_capacity(n)
    }
    fn from_str(s: &str) -> Self {
        s.to_string()
    }
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s)
    }
    fn push(&mut self, c: char) {
        String::push(self, c)
    }
}

impl Out for CompactString {
    fn with_capacity(n: usize) -> Self {
        CompactString::with_capacity(n)
    }
    fn from_str(s: &str) -> Self {
        CompactString::new(s)
    }
    fn push_str(&mut self, s: &str) {
        CompactString::push_str(self, s)
    }
    fn push(&mut self, c: char) {
        CompactString::push(self, c)
    }
}

fn normalize_to<O: Out>(s: &str, form: Form) -> O {
    // Most words need no change: copy the unchanged prefix in one go.
    let changed = s
        .char_indices()
        .find(|&(_, c)| fold_char(c, form) != Fold::Keep);
    let Some((at, _)) = changed else {
        return O::from_str(s);
    };
    let mut out = O::with_capacity(s.len());
    out.push_str(&s[..at]);
    for c in s[at..].chars() {
        push_folded(c, form, &mut out, |o, r| o.push(r));
    }
    out
}

/// A normalised string that remembers, for every normalised byte, the original character it came from.
#[derive(Debug, Clone)]
pub struct Aligned {
    /// The normalised text.
    pub text: String,
    /// For each byte of `text`: the original span of the character it came from.
    origin: Vec<Span>,
}

impl Aligned {
    /// Normalises `original[span]` to `form`, keeping the alignment.
    pub fn new(original: &str, span: Span, form: Form) -> Aligned {
        let mut text = String::with_capacity(span.len());
        let mut origin = Vec::with_capacity(span.len());
        for (i, c) in original[span.start..span.end].char_indices() {
            let from = Span::new(span.start + i, span.start + i + c.len_utf8());
            push_folded(c, form, &mut text, |o, r| {
                o.push(r);
                origin.extend(std::iter::repeat_n(from, r.len_utf8()));
            });
        }
        Aligned { text, origin }
    }

    /// The original span behind the normalised byte range `start..end` (on char boundaries of `text`).
    ///
    /// An empty range maps to an empty span at the original position of `start`.
    pub fn to_original(&self, start: usize, end: usize) -> Span {
        if self.origin.is_empty() {
            return Span::default();
        }
        if start >= end {
            let at = self
                .origin
                .get(start)
                .map_or(self.origin[self.origin.len() - 1].end, |s| s.start);
            return Span::new(at, at);
        }
        Span::new(self.origin[start].start, self.origin[end - 1].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_folds_letters_digits_and_marks() {
        assert_eq!(match_key("إِلى"), "الي");
        assert_eq!(match_key("مدرسة"), "مدرسه");
        assert_eq!(match_key("٣٠٠ ۴"), "300 4");
        assert_eq!(match_key("a\u{00A0}b\u{200F}c"), "a bc");
        assert_eq!(match_key("ﻻ"), "لا");
        assert_eq!(match_key("کتاب"), "كتاب");
        assert_eq!(normalize("أحمد", Form::Clean), "أحمد");
    }

    #[test]
    fn aligned_maps_back_through_drops_and_expansions() {
        let original = "x ﻻ يَـعْلَم";
        let a = Aligned::new(original, Span::new(0, original.len()), Form::Key);
        assert_eq!(a.text, "x لا يعلم");
        let lam_alef = a.text.find("لا").unwrap();
        let sp = a.to_original(lam_alef, lam_alef + "لا".len());
        assert_eq!(sp.text(original), "ﻻ");
        let w = a.text.find("يعلم").unwrap();
        let sp = a.to_original(w, a.text.len());
        assert_eq!(sp.text(original), "يَـعْلَم");
    }

    #[test]
    fn aligned_respects_sub_span() {
        let original = "قال: «نعم»";
        let start = original.find('«').unwrap();
        let a = Aligned::new(original, Span::new(start, original.len()), Form::Clean);
        assert_eq!(a.to_original(0, a.text.len()).text(original), "«نعم»");
    }
}
