//! Lenient publication-date parsing: RFC 2822, RFC 3339, `YYYY-MM-DD` (and `YYYY/MM/DD`).

use chrono::{DateTime, NaiveDate};

/// Parses a publication date leniently; returns the calendar date as written
/// (the local date in the string's own offset, not converted to UTC).
///
/// Accepts RFC 2822 (`Sun, 18 Feb 2018 18:10:45 +0400`), RFC 3339
/// (`2018-02-18T18:10:45+04:00`), and anything starting with `YYYY-MM-DD` or `YYYY/MM/DD`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    let head = s.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(head, "%Y/%m/%d"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn rfc2822_keeps_local_date() {
        assert_eq!(
            parse_date("Sun, 18 Feb 2018 23:10:45 +0400"),
            d(2018, 2, 18)
        );
    }

    #[test]
    fn rfc3339_and_plain_dates() {
        assert_eq!(parse_date("2018-02-18T01:00:00-05:00"), d(2018, 2, 18));
        assert_eq!(parse_date(" 2016-02-11 "), d(2016, 2, 11));
        assert_eq!(parse_date("2016/02/11 10:00"), d(2016, 2, 11));
        assert_eq!(parse_date("2016-02-11 10:00:00"), d(2016, 2, 11));
    }

    #[test]
    fn garbage_is_none() {
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("2016-13-45"), None);
        assert_eq!(parse_date("١٢"), None);
    }
}
