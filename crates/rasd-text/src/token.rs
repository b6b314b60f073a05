//! The tokeniser: words, numbers, punctuation, each a span into the original.
//!
//! Arabic words keep their diacritics, tatweel and joiners inside the token span; the
//! token's `key` is their [`match_key`](crate::match_key). Hashtags (`#وزارة_التجارة`) read as words: `#` is a
//! symbol token, the underscores separate words, and every word carries `hashtag: true`.

use crate::normalize::{ascii_digit, compact_key, is_diacritic, is_invisible};
use crate::span::Span;
use compact_str::CompactString;
use serde::Serialize;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Arabic-script word.
    Arabic,
    /// Word in another script (Latin, possibly with digits: `G20`).
    Latin,
    /// Number in any digits, with inner `.`/`,`/`٫`/`٬` separators.
    Number,
    /// Punctuation.
    Punct,
    /// Any other symbol.
    Symbol,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Token {
    /// Where it is in the original.
    #[serde(flatten)]
    pub span: Span,
    /// Its match key (see [`match_key`](crate::match_key)); stored inline (no allocation) up to 24 bytes.
    pub key: CompactString,
    /// What it is.
    pub kind: TokenKind,
    /// True for words inside a hashtag.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hashtag: bool,
}

/// Character classes the tokeniser tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Arabic,
    Mark,
    Joiner,
    Digit,
    Latin,
    Punct,
    Symbol,
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

fn classify(c: char) -> Class {
    // Fast paths for the bulk of Arabic news text: letters and ASCII.
    if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}') {
        return Class::Arabic;
    }
    if c.is_ascii() {
        return match c {
            ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' => Class::Space,
            '0'..='9' => Class::Digit,
            'a'..='z' | 'A'..='Z' => Class::Latin,
            c if is_punct(c) => Class::Punct,
            c if c.is_ascii_control() => Class::Space,
            _ => Class::Symbol,
        };
    }
    classify_rare(c)
}

fn classify_rare(c: char) -> Class {
    if c.is_whitespace() || is_invisible(c) && c != '\u{200C}' && c != '\u{200D}' {
        Class::Space
    } else if c == '\u{200C}' || c == '\u{200D}' {
        Class::Joiner
    } else if is_diacritic(c) || c == '\u{0640}' {
        Class::Mark
    } else if is_arabic_letter(c) {
        Class::Arabic
    } else if ascii_digit(c).is_some() {
        Class::Digit
    } else if c.is_alphanumeric() || is_combining(c) {
        Class::Latin
    } else if is_punct(c) {
        Class::Punct
    } else {
        Class::Symbol
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(
            c,
            '،' | '؛'
                | '؟'
                | '«'
                | '»'
                | '“'
                | '”'
                | '‘'
                | '’'
                | '…'
                | '–'
                | '—'
                | '٪'
                | '۔'
                | '٬'
                | '٫'
                | '„'
                | '‹'
                | '›'
        )
}

fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬')
}

/// Tokenises `original[region]`; token spans are absolute offsets into `original`.
pub fn tokenize(original: &str, region: Span) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(region.len() / 6);
    tokenize_into(original, region, &mut tokens);
    tokens
}

/// Like [`tokenize`], appending to `tokens`.
pub fn tokenize_into(original: &str, region: Span, tokens: &mut Vec<Token>) {
    Tokenizer {
        original,
        tokens,
        hashtag: false,
    }
    .run(region);
}

struct Tokenizer<'a, 'b> {
    original: &'a str,
    tokens: &'b mut Vec<Token>,
    hashtag: bool,
}

impl Tokenizer<'_, '_> {
    fn run(&mut self, region: Span) {
        let text = &self.original[region.start..region.end];
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let start = region.start + i;
            let class = classify(c);
            let kind = match class {
                Class::Space => {
                    self.hashtag = false;
                    continue;
                }
                Class::Arabic | Class::Mark | Class::Joiner => TokenKind::Arabic,
                Class::Latin => TokenKind::Latin,
                Class::Digit => TokenKind::Number,
                Class::Punct if c == '_' && self.hashtag => continue,
                Class::Punct => TokenKind::Punct,
                Class::Symbol => TokenKind::Symbol,
            };
            let mut end = start + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !continues(kind, c, d, || text[j + d.len_utf8()..].chars().next()) {
                    break;
                }
                end = region.start + j + d.len_utf8();
                chars.next();
            }
            self.push(Span::new(start, end), kind, c);
        }
    }

    fn push(&mut self, span: Span, kind: TokenKind, first: char) {
        let text = span.text(self.original);
        let word = matches!(
            kind,
            TokenKind::Arabic | TokenKind::Latin | TokenKind::Number
        );
        let key = if word {
            compact_key(text)
        } else {
            CompactString::new(text)
        };
        self.tokens.push(Token {
            span,
            key,
            kind,
            hashtag: self.hashtag && word,
        });
        if first == '#' {
            self.hashtag = true;
        } else if !word && first != '_' {
            self.hashtag = false;
        }
    }
}

/// True when `next` (followed by `after`) continues a token of `kind` that started with `first`.
fn continues(
    kind: TokenKind,
    first: char,
    next: char,
    after: impl FnOnce() -> Option<char>,
) -> bool {
    let class = classify(next);
    match kind {
        TokenKind::Arabic => matches!(class, Class::Arabic | Class::Mark | Class::Joiner),
        TokenKind::Latin => matches!(class, Class::Latin | Class::Digit),
        TokenKind::Number => {
            class == Class::Digit
                || is_number_separator(next) && after().is_some_and(|a| classify(a) == Class::Digit)
        }
        TokenKind::Punct => next == first && matches!(first, '.' | '!' | '?' | '؟' | '-'),
        TokenKind::Symbol => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.span.text(s))
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            texts("وقال: «إن 29 دولة»، (تحديث: 19:32 تغ)"),
            vec![
                "وقال",
                ":",
                "«",
                "إن",
                "29",
                "دولة",
                "»",
                "،",
                "(",
                "تحديث",
                ":",
                "19",
                ":",
                "32",
                "تغ",
                ")"
            ]
        );
    }

    #[test]
    fn keeps_marks_and_decimal_numbers_inside_tokens() {
        assert_eq!(
            texts("الـ28 يَعْلَمُ 3.5 ١٬٠٠٠ G20 ..."),
            vec!["الـ", "28", "يَعْلَمُ", "3.5", "١٬٠٠٠", "G20", "..."]
        );
        let s = "٣٠٠";
        assert_eq!(tokenize(s, Span::new(0, s.len()))[0].key, "300");
    }

    #[test]
    fn hashtags_read_as_words() {
        let s = "زار #وزارة_التجارة_والاستثمار اليوم";
        let toks = tokenize(s, Span::new(0, s.len()));
        let words: Vec<(&str, bool)> = toks.iter().map(|t| (t.span.text(s), t.hashtag)).collect();
        assert_eq!(
            words,
            vec![
                ("زار", false),
                ("#", false),
                ("وزارة", true),
                ("التجارة", true),
                ("والاستثمار", true),
                ("اليوم", false)
            ]
        );
    }

    #[test]
    fn invisible_marks_and_nbsp_separate_tokens() {
        assert_eq!(texts("\u{200F}كارتر\u{00A0}قال"), vec!["كارتر", "قال"]);
    }

    #[test]
    fn region_offsets_are_absolute() {
        let s = "سطر أول\nسطر ثان";
        let start = s.find('\n').unwrap() + 1;
        let toks = tokenize(s, Span::new(start, s.len()));
        assert_eq!(toks[0].span.text(s), "سطر");
        assert_eq!(toks[1].span.text(s), "ثان");
    }
}
