//! Reading dates: explicit (`16 فبراير 2014`, `11 آب/أغسطس`, `2018/02/18`), weekdays (`الخميس`,
//! `يوم الاثنين المقبل`) and relative expressions (`أمس`, `الأسبوع الماضي`).
//!
//! Dates are resolved against the publication date when one is given, and left unresolved
//! (`value: null`) when not: rasd never guesses a year or a week it was not told.

use crate::span::Span;
use crate::token::{Token, TokenKind};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use serde::Serialize;

/// What kind of expression a date mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// Day and/or month and/or year in words or digits.
    Explicit,
    /// A weekday name.
    Weekday,
    /// Today, yesterday, last week, next year…
    Relative,
}

/// How precise the resolved value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A day.
    Day,
    /// A week (value: the same weekday that week).
    Week,
    /// A month (value: its first day).
    Month,
    /// A year (value: 1 January).
    Year,
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    /// Where it is in the original.
    #[serde(flatten)]
    pub span: Span,
    /// The covered original text.
    pub text: String,
    /// Explicit, weekday or relative.
    pub kind: DateKind,
    /// Precision of `value`.
    pub granularity: Granularity,
    /// The resolved date, when the text or the publication date determines it.
    pub value: Option<NaiveDate>,
}

/// The month number of a month-name key (Gregorian transliterations and Levantine names).
fn month(key: &str) -> Option<u32> {
    Some(match key {
        "يناير" => 1,
        "فبراير" | "شباط" => 2,
        "مارس" | "اذار" => 3,
        "ابريل" | "نيسان" => 4,
        "مايو" | "ايار" => 5,
        "يونيو" | "يونيه" | "حزيران" => 6,
        "يوليو" | "يوليه" | "تموز" => 7,
        "اغسطس" | "اب" => 8,
        "سبتمبر" | "ايلول" => 9,
        "اكتوبر" => 10,
        "نوفمبر" => 11,
        "ديسمبر" => 12,
        _ => return None,
    })
}

/// A month name at `i` (one or two tokens: `كانون الثاني`); returns the month and the index after it.
fn month_at(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let key = tokens.get(i)?.key.as_str();
    let next = tokens.get(i + 1).map(|t| t.key.as_str());
    let two = match (key, next) {
        ("كانون", Some("الثاني")) => Some(1),
        ("كانون", Some("الاول")) => Some(12),
        ("تشرين", Some("الاول")) => Some(10),
        ("تشرين", Some("الثاني")) => Some(11),
        _ => None,
    };
    match two {
        Some(m) => Some((m, i + 2)),
        None => month(key).map(|m| (m, i + 1)),
    }
}

/// Month name with an optional `/`-joined alternative (`آب/أغسطس`).
fn month_pair_at(tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let (m, j) = month_at(tokens, i)?;
    if tokens.get(j).is_some_and(|t| t.key == "/") {
        if let Some((_, k)) = month_at(tokens, j + 1) {
            return Some((m, k));
        }
    }
    Some((m, j))
}

fn number(t: Option<&Token>) -> Option<u32> {
    t.filter(|t| t.kind == TokenKind::Number && t.key.len() <= 4)
        .and_then(|t| t.key.parse().ok())
}

fn weekday(key: &str) -> Option<Weekday> {
    let key = key
        .strip_prefix('و')
        .filter(|k| k.starts_with("ال"))
        .unwrap_or(key);
    Some(match key {
        "الاثنين" => Weekday::Mon,
        "الثلاثاء" => Weekday::Tue,
        "الاربعاء" => Weekday::Wed,
        "الخميس" => Weekday::Thu,
        "الجمعه" => Weekday::Fri,
        "السبت" => Weekday::Sat,
        "الاحد" => Weekday::Sun,
        _ => return None,
    })
}

/// True for a match key that names a day relative to the text: a weekday (`الخميس`,
/// `والسبت`) or `امس`. Such words are never part of a name.
pub fn is_day_word(key: &str) -> bool {
    weekday(key).is_some() || matches!(key, "امس" | "وامس")
}

/// Reads the date expressions of a token list, resolving them against `published`.
pub fn read_dates(
    original: &str,
    tokens: &[Token],
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = explicit(tokens, i, published)
            .or_else(|| numeric(original, tokens, i))
            .or_else(|| weekday_at(tokens, i, published))
            .or_else(|| relative(tokens, i, published));
        match found {
            Some((kind, granularity, value, end)) => {
                let span = tokens[i].span.join(tokens[end - 1].span);
                out.push(DateMention {
                    span,
                    text: span.text(original).to_string(),
                    kind,
                    granularity,
                    value,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

type Found = (DateKind, Granularity, Option<NaiveDate>, usize);

/// `16 فبراير 2014`, `11 آب/أغسطس`, `فبراير 2014`.
fn explicit(tokens: &[Token], i: usize, published: Option<NaiveDate>) -> Option<Found> {
    if let Some(day) = number(tokens.get(i)).filter(|d| (1..=31).contains(d)) {
        let (m, j) = month_pair_at(tokens, i + 1)?;
        let year = number(tokens.get(j)).filter(|y| (1900..=2100).contains(y));
        let end = if year.is_some() { j + 1 } else { j };
        let value = match year {
            Some(y) => NaiveDate::from_ymd_opt(y as i32, m, day),
            None => published.and_then(|p| nearest_year(p, m, day)),
        };
        return Some((DateKind::Explicit, Granularity::Day, value, end));
    }
    let (m, j) = month_pair_at(tokens, i).filter(|_| tokens[i].key != "اب")?;
    let y = number(tokens.get(j)).filter(|y| (1900..=2100).contains(y))?;
    Some((
        DateKind::Explicit,
        Granularity::Month,
        NaiveDate::from_ymd_opt(y as i32, m, 1),
        j + 1,
    ))
}

/// The date with this month and day in the publication year, or the year before when that
/// would lie more than a month after publication.
fn nearest_year(published: NaiveDate, m: u32, day: u32) -> Option<NaiveDate> {
    let d = NaiveDate::from_ymd_opt(published.year(), m, day)?;
    if d > published + Duration::days(31) {
        NaiveDate::from_ymd_opt(published.year() - 1, m, day)
    } else {
        Some(d)
    }
}

/// `2018/02/18`, `18/2/2018`, `2018-02-18` written without spaces.
fn numeric(original: &str, tokens: &[Token], i: usize) -> Option<Found> {
    let parts = tokens.get(i..i + 5)?;
    if parts[0].kind != TokenKind::Number {
        return None;
    }
    let sep = parts[1].span.text(original);
    if !matches!(sep, "/" | "-" | ".") || parts[3].span.text(original) != sep {
        return None;
    }
    if parts.windows(2).any(|w| w[0].span.end != w[1].span.start) {
        return None;
    }
    let (a, b, c) = (
        number(Some(&parts[0]))?,
        number(Some(&parts[2]))?,
        number(Some(&parts[4]))?,
    );
    let (y, m, d) = if parts[0].key.len() == 4 {
        (a, b, c)
    } else {
        (c, b, a)
    };
    let value = NaiveDate::from_ymd_opt(y as i32, m, d).filter(|_| (1900..=2100).contains(&y))?;
    Some((DateKind::Explicit, Granularity::Day, Some(value), i + 5))
}

/// `الخميس`, `يوم الاثنين المقبل`, `السبت الماضي`.
fn weekday_at(tokens: &[Token], i: usize, published: Option<NaiveDate>) -> Option<Found> {
    let (target, at) = if tokens[i].key == "يوم" {
        let key = tokens.get(i + 1)?.key.as_str();
        (
            weekday(key).or_else(|| weekday(&format!("ال{key}")))?,
            i + 1,
        )
    } else {
        (weekday(&tokens[i].key)?, i)
    };
    let direction = tokens.get(at + 1).map(|t| t.key.as_str());
    let (shift, end) = match direction {
        Some("المقبل" | "القادم") => (1, at + 2),
        Some("الماضي") => (-1, at + 2),
        _ => (0, at + 1),
    };
    let value = published.map(|p| resolve_weekday(p, target, shift));
    Some((DateKind::Weekday, Granularity::Day, value, end))
}

/// The weekday `target` relative to `published`: the latest one on or before it (`shift` 0),
/// strictly before it (-1) or strictly after it (1).
fn resolve_weekday(published: NaiveDate, target: Weekday, shift: i32) -> NaiveDate {
    let back = (published.weekday().num_days_from_monday() + 7 - target.num_days_from_monday()) % 7;
    match shift {
        1 => published + Duration::days(if back == 0 { 7 } else { 7 - back as i64 }),
        -1 => published - Duration::days(if back == 0 { 7 } else { back as i64 }),
        _ => published - Duration::days(back as i64),
    }
}

/// `اليوم`, `أمس`, `أول أمس`, `غدا`, `الأسبوع الماضي`, `الشهر المقبل`, `العام الماضي`…
fn relative(tokens: &[Token], i: usize, published: Option<NaiveDate>) -> Option<Found> {
    let key = |j: usize| tokens.get(j).map_or("", |t| t.key.as_str());
    let (granularity, offset, end) = match (key(i), key(i + 1)) {
        ("اول", "امس") => (Granularity::Day, -2, i + 2),
        ("امس" | "الامس" | "البارحه", _) => (Granularity::Day, -1, i + 1),
        ("غدا", _) => (Granularity::Day, 1, i + 1),
        ("الاسبوع", "الماضي") => (Granularity::Week, -1, i + 2),
        ("الاسبوع", "المقبل" | "القادم") => (Granularity::Week, 1, i + 2),
        ("الشهر", "الماضي") => (Granularity::Month, -1, i + 2),
        ("الشهر", "المقبل" | "القادم") => (Granularity::Month, 1, i + 2),
        ("العام" | "السنه", "الماضي" | "الماضيه") => {
            (Granularity::Year, -1, i + 2)
        }
        ("العام" | "السنه", "المقبل" | "القادم" | "المقبله" | "القادمه") => {
            (Granularity::Year, 1, i + 2)
        }
        ("العام" | "السنه", "الجاري" | "الحالي" | "الجاريه" | "الحاليه") => {
            (Granularity::Year, 0, i + 2)
        }
        _ => return None,
    };
    let value = published.and_then(|p| shift_date(p, granularity, offset));
    Some((DateKind::Relative, granularity, value, end))
}

fn shift_date(p: NaiveDate, granularity: Granularity, offset: i64) -> Option<NaiveDate> {
    match granularity {
        Granularity::Day => Some(p + Duration::days(offset)),
        Granularity::Week => Some(p + Duration::days(7 * offset)),
        Granularity::Month => {
            let first = p.with_day(1)?;
            if offset < 0 {
                first.checked_sub_months(Months::new(offset.unsigned_abs() as u32))
            } else {
                first.checked_add_months(Months::new(offset as u32))
            }
        }
        Granularity::Year => NaiveDate::from_ymd_opt(p.year() + offset as i32, 1, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn read(s: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        let p = published.map(|d| d.parse().unwrap());
        read_dates(s, &toks, p)
            .into_iter()
            .map(|m| (m.text, m.value.map(|v| v.to_string())))
            .collect()
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(
            read("في 16 فبراير 2014 قال", None),
            vec![("16 فبراير 2014".into(), Some("2014-02-16".into()))]
        );
        assert_eq!(
            read("يوم 11 آب/أغسطس", Some("2016-09-01")),
            vec![("11 آب/أغسطس".into(), Some("2016-08-11".into()))]
        );
        assert_eq!(
            read("يوم 11 آب/أغسطس", None),
            vec![("11 آب/أغسطس".into(), None)]
        );
        assert_eq!(
            read("بتاريخ 2018/02/18", None),
            vec![("2018/02/18".into(), Some("2018-02-18".into()))]
        );
        assert_eq!(
            read("في 5 كانون الثاني 2019", None),
            vec![("5 كانون الثاني 2019".into(), Some("2019-01-05".into()))]
        );
    }

    #[test]
    fn day_words() {
        assert!(is_day_word("الخميس"));
        assert!(is_day_word("والسبت"));
        assert!(is_day_word("امس"));
        assert!(!is_day_word("خميس"));
        assert!(!is_day_word("نيسان"));
    }

    #[test]
    fn weekdays_resolve_against_publication() {
        // 2016-02-11 was a Thursday.
        assert_eq!(
            read("أعلن الخميس", Some("2016-02-11")),
            vec![("الخميس".into(), Some("2016-02-11".into()))]
        );
        assert_eq!(
            read("اجتماع الاثنين", Some("2016-02-11")),
            vec![("الاثنين".into(), Some("2016-02-08".into()))]
        );
        assert_eq!(
            read("يوم الأحد المقبل", Some("2016-02-11")),
            vec![("يوم الأحد المقبل".into(), Some("2016-02-14".into()))]
        );
        assert_eq!(read("أعلن الخميس", None), vec![("الخميس".into(), None)]);
    }

    #[test]
    fn relative_dates() {
        assert_eq!(
            read("قال أمس", Some("2016-02-11")),
            vec![("أمس".into(), Some("2016-02-10".into()))]
        );
        assert_eq!(
            read("الأسبوع الماضي", Some("2016-02-11")),
            vec![("الأسبوع الماضي".into(), Some("2016-02-04".into()))]
        );
        assert_eq!(
            read("العام الماضي", Some("2016-02-11")),
            vec![("العام الماضي".into(), Some("2015-01-01".into()))]
        );
    }
}
