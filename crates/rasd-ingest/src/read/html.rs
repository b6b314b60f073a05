//! HTML pages: main text with dom_smoothie (a readability.js port), title and
//! publication date from meta tags.

use crate::date::parse_date;
use crate::doc::InputDoc;
use crate::error::{ErrorKind, InputError};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

/// Meta names / properties that carry a publication date, in order of trust.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
];

/// Extracts one document from an HTML page's text (already decoded).
pub(crate) fn read_html(html: &str, id: String, origin: String) -> Result<InputDoc, InputError> {
    let (text, title, published) = extract(html).ok_or_else(|| no_text(&origin))?;
    let text = text.trim().to_string();
    super::decode::check_text(&text, &origin)?;
    let mut doc = InputDoc::new(id, origin, text);
    doc.title = title.filter(|t| !t.trim().is_empty());
    doc.published = published.or_else(|| meta_date(html));
    doc.url = meta_content(html, &["og:url"]).or_else(|| canonical_url(html));
    doc.author = meta_content(html, &["author", "article:author"]);
    Ok(doc)
}

/// Decodes a page that is not UTF-8 with the charset its `<meta>` declares
/// (`windows-1256`, `iso-8859-6`, …); `None` when none is declared or it does not decode cleanly.
#[cfg(feature = "html")]
pub(crate) fn decode_legacy(bytes: &[u8]) -> Option<String> {
    static C: OnceLock<regex::bytes::Regex> = OnceLock::new();
    let c = C.get_or_init(|| {
        regex::bytes::Regex::new(r#"(?i)charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)"#).unwrap()
    });
    let head = &bytes[..bytes.len().min(4096)];
    let label = c.captures(head)?.get(1)?.as_bytes();
    let encoding = encoding_rs::Encoding::for_label(label)?;
    let (text, _, had_errors) = encoding.decode(bytes);
    (!had_errors && encoding != encoding_rs::UTF_8).then(|| text.into_owned())
}

/// Without the `html` feature only UTF-8 pages are read.
#[cfg(not(feature = "html"))]
pub(crate) fn decode_legacy(_bytes: &[u8]) -> Option<String> {
    None
}

fn no_text(origin: &str) -> InputError {
    InputError::new(
        origin,
        ErrorKind::Empty,
        "no main text found in this HTML page; check that it is an article page, or read it as plain text",
    )
}

/// Main text, title and published date via dom_smoothie; falls back to the raw policy.
#[cfg(feature = "html")]
fn extract(html: &str) -> Option<(String, Option<String>, Option<NaiveDate>)> {
    use dom_smoothie::{Config, ParsePolicy, Readability, TextMode};
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let mut r = Readability::new(html, None, Some(cfg)).ok()?;
    let article = r
        .parse()
        .or_else(|_| r.parse_with_policy(ParsePolicy::Raw))
        .ok()?;
    let published = article.published_time.as_deref().and_then(parse_date);
    Some((
        article.text_content.to_string(),
        Some(article.title),
        published,
    ))
}

/// Without the `html` feature: the text of `<p>` elements, tags stripped.
#[cfg(not(feature = "html"))]
fn extract(html: &str) -> Option<(String, Option<String>, Option<NaiveDate>)> {
    static P: OnceLock<Regex> = OnceLock::new();
    let p = P.get_or_init(|| Regex::new(r"(?is)<p[^>]*>(.*?)</p>").unwrap());
    let tags = tag_regex();
    let paras: Vec<String> = p
        .captures_iter(html)
        .map(|c| tags.replace_all(&c[1], "").trim().to_string())
        .collect();
    Some((paras.join("\n"), meta_content(html, &["og:title"]), None))
}

#[cfg(not(feature = "html"))]
fn tag_regex() -> &'static Regex {
    static T: OnceLock<Regex> = OnceLock::new();
    T.get_or_init(|| Regex::new(r"<[^>]*>").unwrap())
}

fn meta_regex() -> &'static Regex {
    static M: OnceLock<Regex> = OnceLock::new();
    M.get_or_init(|| Regex::new(r"(?is)<meta\s[^>]*>").unwrap())
}

/// The value of attribute `name` in one tag (case-insensitive name), if non-empty.
fn attr(tag: &str, name: &str) -> Option<String> {
    static A: OnceLock<Regex> = OnceLock::new();
    let a = A.get_or_init(|| {
        Regex::new(r#"(?s)([A-Za-z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))"#).unwrap()
    });
    a.captures_iter(tag)
        .find(|c| c[1].eq_ignore_ascii_case(name))
        .and_then(|c| {
            c.get(2)
                .or(c.get(3))
                .or(c.get(4))
                .map(|v| v.as_str().trim().to_string())
        })
        .filter(|v| !v.is_empty())
}

/// The content of the first `<meta>` whose name / property / itemprop is one of `keys`
/// (case-insensitive), trying the keys in order.
fn meta_content(html: &str, keys: &[&str]) -> Option<String> {
    let metas: Vec<(String, String)> = meta_regex()
        .find_iter(html)
        .filter_map(|m| {
            let tag = m.as_str();
            let key = attr(tag, "property")
                .or_else(|| attr(tag, "name"))
                .or_else(|| attr(tag, "itemprop"))?;
            Some((key.to_lowercase(), attr(tag, "content")?))
        })
        .collect();
    keys.iter().find_map(|k| {
        metas
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    })
}

/// Publication date from date meta tags or a `<time datetime>` element.
fn meta_date(html: &str) -> Option<NaiveDate> {
    if let Some(d) = meta_content(html, DATE_KEYS).and_then(|v| parse_date(&v)) {
        return Some(d);
    }
    static T: OnceLock<Regex> = OnceLock::new();
    let t = T
        .get_or_init(|| Regex::new(r#"(?is)<time\s[^>]*datetime\s*=\s*["']([^"']+)["']"#).unwrap());
    parse_date(t.captures(html)?.get(1)?.as_str())
}

fn canonical_url(html: &str) -> Option<String> {
    static L: OnceLock<Regex> = OnceLock::new();
    let l = L.get_or_init(|| {
        Regex::new(r#"(?is)<link\s[^>]*rel\s*=\s*["']canonical["'][^>]*>"#).unwrap()
    });
    attr(l.find(html)?.as_str(), "href")
}

#[cfg(all(test, feature = "html"))]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta charset="utf-8"><title>عنوان الصفحة - موقع</title>
<meta property="og:title" content="وزير الدفاع يزور الكويت">
<meta name="date" content="2016-02-11">
<link rel="canonical" href="https://example.org/a/1">
</head><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>وزير الدفاع يزور الكويت</h1>
<p>أعلن وزير الدفاع الأميركي آشتون كارتر الخميس أن الحلف الأطلسي يدرس إمكانية الانضمام إلى التحالف الدولي لمحاربة تنظيم الدولة الإسلامية في سورية والعراق، وذلك بعد اجتماع مع وزراء دول التحالف في بروكسل.</p>
<p>وقال كارتر إن الولايات المتحدة عازمة على تسريع الحرب واستعادة المدن التي يسيطر عليها التنظيم في سورية والعراق بأقرب وقت ممكن، مشيرا إلى وضع خطة متكاملة لاستعادة مدينتي الموصل والرقة.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"#;

    #[test]
    fn extracts_main_text_title_and_date() {
        let d = read_html(PAGE, "p".into(), "p.html".into()).unwrap();
        assert!(
            d.text.contains("أعلن وزير الدفاع الأميركي آشتون كارتر"),
            "{}",
            d.text
        );
        assert!(d.text.contains("وقال كارتر"));
        assert!(!d.text.contains("الرئيسية"));
        assert_eq!(d.title.as_deref(), Some("وزير الدفاع يزور الكويت"));
        assert_eq!(d.published, NaiveDate::from_ymd_opt(2016, 2, 11));
        assert_eq!(d.url.as_deref(), Some("https://example.org/a/1"));
    }

    #[test]
    fn published_time_meta_wins() {
        let page = PAGE.replace(
            r#"<meta name="date" content="2016-02-11">"#,
            r#"<meta property="article:published_time" content="2018-02-18T18:10:45+04:00">"#,
        );
        let d = read_html(&page, "p".into(), "p.html".into()).unwrap();
        assert_eq!(d.published, NaiveDate::from_ymd_opt(2018, 2, 18));
    }

    #[test]
    fn windows_1256_page_is_decoded_from_its_charset() {
        let page = PAGE.replace(
            r#"<meta charset="utf-8">"#,
            r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">"#,
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
        let docs: Vec<_> = crate::read::read_reader(
            std::io::Cursor::new(bytes.into_owned()),
            "p".into(),
            "p.html".into(),
            crate::Format::Html,
            &crate::ReadOptions::default(),
        )
        .collect();
        let d = docs[0].as_ref().unwrap();
        assert!(
            d.text.contains("أعلن وزير الدفاع الأميركي آشتون كارتر"),
            "{}",
            d.text
        );
        assert_eq!(decode_legacy(b"\xff\xfe no charset"), None);
    }

    #[test]
    fn empty_page_is_an_error() {
        let e = read_html("<html><body></body></html>", "p".into(), "p.html".into()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Empty);
    }
}
