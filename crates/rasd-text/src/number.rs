//! Reading quantities: `29 دولة`, `الـ28`, `10 آلاف غارة`, `٣٠٠ ألف`, `2.5 مليار`, `5.5%`,
//! `ثلاثة آلاف`, `خمسة وعشرين`, with qualifiers such as `أكثر من`.
//!
//! A mention's span covers the qualifier, the number, its scale word and its counted noun,
//! so `أكثر من 24 دولة` is one mention with value 24. Bare years (`2018`) and the numbers
//! inside dates are left to the date reader.

use crate::span::Span;
use crate::token::{Token, TokenKind};
use serde::Serialize;

/// A quantity found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberMention {
    /// Where it is in the original.
    #[serde(flatten)]
    pub span: Span,
    /// The covered original text.
    pub text: String,
    /// The numeric value (scale applied: `10 آلاف` is 10000).
    pub value: f64,
    /// `percent` for percentages, else none.
    pub unit: Option<String>,
    /// `more_than`, `less_than` or `about` when a qualifier precedes the number.
    pub qualifier: Option<String>,
}

/// Scale words (by match key) and their multipliers.
fn scale(key: &str) -> Option<f64> {
    Some(match key {
        "الف" | "الاف" | "الفا" | "آلاف" => 1e3,
        "مليون" | "ملايين" | "مليونا" => 1e6,
        "مليار" | "مليارات" | "مليارا" | "بليون" | "بلايين" => 1e9,
        "تريليون" | "ترليون" | "تريليونات" => 1e12,
        _ => return None,
    })
}

const UNITS: [(&str, &str, f64); 10] = [
    ("واحد", "واحده", 1.0),
    ("اثنان", "اثنين", 2.0),
    ("ثلاث", "ثلاثه", 3.0),
    ("اربع", "اربعه", 4.0),
    ("خمس", "خمسه", 5.0),
    ("ست", "سته", 6.0),
    ("سبع", "سبعه", 7.0),
    ("ثماني", "ثمانيه", 8.0),
    ("تسع", "تسعه", 9.0),
    ("عشر", "عشره", 10.0),
];

const TENS: [(&str, &str, f64); 8] = [
    ("عشرون", "عشرين", 20.0),
    ("ثلاثون", "ثلاثين", 30.0),
    ("اربعون", "اربعين", 40.0),
    ("خمسون", "خمسين", 50.0),
    ("ستون", "ستين", 60.0),
    ("سبعون", "سبعين", 70.0),
    ("ثمانون", "ثمانين", 80.0),
    ("تسعون", "تسعين", 90.0),
];

/// The value of a number word below a thousand (by match key).
fn small_number_word(key: &str) -> Option<f64> {
    // Every number word starts with one of these letters: a cheap first filter.
    if !key.starts_with(['و', 'ا', 'ث', 'خ', 'س', 'ت', 'ع', 'م']) {
        return None;
    }
    if let Some(&(_, _, v)) = UNITS
        .iter()
        .chain(TENS.iter())
        .find(|(a, b, _)| *a == key || *b == key)
    {
        return Some(v);
    }
    match key {
        "اثنتان" | "اثنتين" | "ثمان" => {
            return Some(if key == "ثمان" { 8.0 } else { 2.0 })
        }
        "مئه" | "مائه" => return Some(100.0),
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتي" | "مائتي" => {
            return Some(200.0)
        }
        _ => {}
    }
    let hundreds = key
        .strip_suffix("مئه")
        .or_else(|| key.strip_suffix("مائه"))?;
    UNITS[2..9]
        .iter()
        .find(|(a, _, _)| *a == hundreds || (hundreds == "ثمان" && *a == "ثماني"))
        .map(|&(_, _, v)| v * 100.0)
}

/// Function words that are never a counted noun.
fn is_function_word(key: &str) -> bool {
    matches!(
        key,
        "من" | "في"
            | "على"
            | "علي"
            | "الى"
            | "الي"
            | "عن"
            | "مع"
            | "منذ"
            | "حتى"
            | "حتي"
            | "او"
            | "ثم"
            | "قبل"
            | "بعد"
            | "خلال"
            | "بين"
            | "ان"
            | "انه"
            | "التي"
            | "الذي"
            | "الذين"
            | "لا"
            | "لم"
            | "لن"
            | "قد"
            | "كل"
            | "هذه"
            | "هذا"
            | "عام"
            | "سنه"
            | "يوم"
            | "شهر"
    ) || key.starts_with('و')
        || key.starts_with('ف')
}

/// The number value of a digit token's key (`1,000` and `1٬000` → 1000, `3.5` and `3٫5` → 3.5).
/// A single comma followed by one or two digits is a decimal comma (`5,2 مليار` → 5.2).
fn digits_value(key: &str) -> Option<f64> {
    let is_comma = |c: char| c == ',' || c == '٬';
    let decimal_comma = key.matches(is_comma).count() == 1
        && key
            .rsplit(is_comma)
            .next()
            .is_some_and(|tail| (1..=2).contains(&tail.len()));
    let cleaned: String = key
        .chars()
        .filter(|&c| decimal_comma || !is_comma(c))
        .map(|c| if c == '٫' || is_comma(c) { '.' } else { c })
        .collect();
    cleaned.parse().ok()
}

/// Words after a number that make it a time of day (`3 صباحا`, `00 بتوقيت غرينتش`).
const TIME_OF_DAY: [&str; 9] = [
    "صباحا",
    "صباح",
    "مساء",
    "مساءا",
    "ظهرا",
    "فجرا",
    "ليلا",
    "توقيت",
    "بتوقيت",
];

/// A time of day, not a quantity: `10:30` (digits joined by a colon) or a digit token followed by
/// a time-of-day word.
fn time_of_day(original: &str, tokens: &[Token], i: usize) -> bool {
    let colon_at = |k: usize| tokens.get(k).is_some_and(|t| t.span.text(original) == ":");
    let touching = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    let digits = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let before =
        i >= 2 && colon_at(i - 1) && digits(i - 2) && touching(i - 2, i - 1) && touching(i - 1, i);
    let after = colon_at(i + 1) && digits(i + 2) && touching(i, i + 1) && touching(i + 1, i + 2);
    let word = tokens
        .get(i + 1)
        .is_some_and(|t| TIME_OF_DAY.contains(&t.key.as_str()));
    tokens[i].kind == TokenKind::Number && (before || after || word)
}

/// `واحد` / `واحدة` that is not a count: `واحدة منها` (one of them), or `وأحد` (and one of),
/// which the match key folds into `واحد`.
fn one_of(original: &str, tokens: &[Token], i: usize, j: usize) -> bool {
    let t = &tokens[i];
    let written = t.span.text(original);
    matches!(t.key.as_str(), "واحد" | "واحده")
        && j == i + 1
        && (written.starts_with("وأ")
            || written.starts_with("وإ")
            || tokens.get(j).is_some_and(|n| {
                matches!(n.key.as_str(), "من" | "منها" | "منهم" | "منهما" | "منهن")
            }))
}

fn qualifier_before(tokens: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let key = |j: usize| tokens.get(j).map(|t| t.key.as_str());
    if i >= 2 && key(i - 1) == Some("من") {
        match key(i - 2) {
            Some("اكثر") | Some("اكبر") => return Some((i - 2, "more_than")),
            Some("اقل") => return Some((i - 2, "less_than")),
            _ => {}
        }
    }
    if i >= 1
        && matches!(
            key(i - 1),
            Some("نحو" | "حوالي" | "حوالى" | "قرابه" | "زهاء" | "قرابة" | "بنحو")
        )
    {
        return Some((i - 1, "about"));
    }
    None
}

/// Reads the quantities in a token list; `skip` says which tokens belong to dates and are not read.
pub fn read_numbers(
    original: &str,
    tokens: &[Token],
    skip: &dyn Fn(usize) -> bool,
) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match read_one(original, tokens, i, skip) {
            Some((mention, next)) => {
                out.push(mention);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// A number read at token `i`: the mention and the index after it.
fn read_one(
    original: &str,
    tokens: &[Token],
    i: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<(NumberMention, usize)> {
    if skip(i) {
        return None;
    }
    let (mut value, mut j, ordinal_prefix) = number_core(tokens, i)?;
    if one_of(original, tokens, i, j) || time_of_day(original, tokens, i) {
        return None;
    }
    let mut scaled = false;
    if let Some(s) = tokens.get(j).and_then(|t| scale(&t.key)) {
        if !ordinal_prefix {
            value *= s;
            j += 1;
            scaled = true;
        }
    }
    let mut unit = None;
    if let Some(t) = tokens.get(j) {
        if matches!(t.span.text(original), "%" | "٪")
            || matches!(t.key.as_str(), "بالمئه" | "بالمائه")
        {
            unit = Some("percent".to_string());
            j += 1;
        } else if t.key == "في"
            && tokens
                .get(j + 1)
                .is_some_and(|n| matches!(n.key.as_str(), "المئه" | "المائه"))
        {
            unit = Some("percent".to_string());
            j += 2;
        }
    }
    let first = &tokens[i];
    let is_year = first.kind == TokenKind::Number
        && !scaled
        && unit.is_none()
        && (1900.0..=2100.0).contains(&value)
        && first.key.len() == 4;
    if is_year {
        return None;
    }
    if unit.is_none() && !ordinal_prefix {
        if let Some(t) = tokens.get(j) {
            if t.kind == TokenKind::Arabic
                && !is_function_word(&t.key)
                && scale(&t.key).is_none()
                && same_line(original, &tokens[j - 1], t)
            {
                j += 1;
            }
        }
    }
    let (start_idx, qualifier) = match qualifier_before(tokens, i) {
        Some((q, name)) => (q, Some(name.to_string())),
        None => (i, None),
    };
    let span = tokens[start_idx].span.join(tokens[j - 1].span);
    Some((
        NumberMention {
            span,
            text: span.text(original).to_string(),
            value,
            unit,
            qualifier,
        },
        j,
    ))
}

/// The bare number at `i`: its value, the index after it, and whether it was `الـ28`-style.
fn number_core(tokens: &[Token], i: usize) -> Option<(f64, usize, bool)> {
    let t = &tokens[i];
    if t.kind == TokenKind::Number {
        return Some((digits_value(&t.key)?, i + 1, false));
    }
    if t.kind == TokenKind::Arabic && t.key == "ال" {
        let n = tokens
            .get(i + 1)
            .filter(|n| n.kind == TokenKind::Number && n.span.start == t.span.end)?;
        return Some((digits_value(&n.key)?, i + 2, true));
    }
    number_words(tokens, i)
}

/// Composes a run of number words (`ثلاثة آلاف`, `خمسة وعشرين`, `مئتي ألف`).
fn number_words(tokens: &[Token], i: usize) -> Option<(f64, usize, bool)> {
    let (mut total, mut current, mut j, mut last_unit) = (0.0, 0.0, i, 0.0);
    while let Some(t) = tokens.get(j) {
        let key = if j > i {
            t.key.strip_prefix('و').unwrap_or(&t.key)
        } else {
            t.key.as_str()
        };
        if let Some(v) = small_number_word(key) {
            let teen = v == 10.0 && (3.0..=9.0).contains(&last_unit) && !t.key.starts_with('و');
            current += v;
            last_unit = if teen { 0.0 } else { v };
        } else if let Some(s) = scale(key).filter(|_| j > i) {
            total += current.max(1.0) * s;
            current = 0.0;
            last_unit = 0.0;
        } else {
            break;
        }
        j += 1;
    }
    let value = total + current;
    (j > i && value > 0.0).then_some((value, j, false))
}

fn same_line(original: &str, a: &Token, b: &Token) -> bool {
    !original[a.span.end..b.span.start].contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn read(s: &str) -> Vec<(String, f64, Option<String>)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        read_numbers(s, &toks, &|_| false)
            .into_iter()
            .map(|m| (m.text, m.value, m.unit))
            .collect()
    }

    #[test]
    fn digits_scales_and_counted_nouns() {
        assert_eq!(
            read("رؤساء أركان 29 دولة مشاركة"),
            vec![("29 دولة".into(), 29.0, None)]
        );
        assert_eq!(
            read("شنت 10 آلاف غارة في العراق"),
            vec![("10 آلاف غارة".into(), 10000.0, None)]
        );
        assert_eq!(
            read("نحو ٣٠٠ ألف لاجئ"),
            vec![("نحو ٣٠٠ ألف لاجئ".into(), 300000.0, None)]
        );
        assert_eq!(
            read("بلغت 2.5 مليار دولار"),
            vec![("2.5 مليار دولار".into(), 2.5e9, None)]
        );
    }

    #[test]
    fn ordinals_qualifiers_and_percentages() {
        assert_eq!(
            read("دول الأطلسي الـ28 بشكل فردي"),
            vec![("الـ28".into(), 28.0, None)]
        );
        assert_eq!(
            read("أكثر من 24 دولة تشارك"),
            vec![("أكثر من 24 دولة".into(), 24.0, None)]
        );
        assert_eq!(
            read("ارتفع 5.5% في"),
            vec![("5.5%".into(), 5.5, Some("percent".into()))]
        );
        assert_eq!(
            read("نمو 3 في المئة"),
            vec![("3 في المئة".into(), 3.0, Some("percent".into()))]
        );
    }

    #[test]
    fn number_words_compose() {
        assert_eq!(
            read("قتل ثلاثة آلاف شخص"),
            vec![("ثلاثة آلاف شخص".into(), 3000.0, None)]
        );
        assert_eq!(
            read("خمسة وعشرين جنديا"),
            vec![("خمسة وعشرين جنديا".into(), 25.0, None)]
        );
        assert_eq!(
            read("ثلاثة عشر جنديا"),
            vec![("ثلاثة عشر جنديا".into(), 13.0, None)]
        );
        assert_eq!(
            read("مئتي ألف نازح"),
            vec![("مئتي ألف نازح".into(), 200000.0, None)]
        );
    }

    #[test]
    fn decimal_commas_and_one_of() {
        assert_eq!(read("بلغ 5,2 مليار دولار")[0].1, 5.2e9);
        assert_eq!(read("نحو 1,500 شخص")[0].1, 1500.0);
        assert!(read("واحدة منها في المدينة").is_empty());
        assert!(read("وأحد العراقيين").is_empty());
        assert_eq!(read("قتل جندي واحد")[0].1, 1.0);
        assert!(read("في الساعة 3 صباحا").is_empty());
        assert!(read("عند 10:30 بتوقيت غرينتش").is_empty());
        assert_eq!(read("قتل 3 أشخاص")[0].1, 3.0);
    }

    #[test]
    fn years_are_not_quantities() {
        assert!(read("في عام 2018 قال").is_empty());
        assert_eq!(read("بلغ 1,500 دولار")[0].1, 1500.0);
    }
}
