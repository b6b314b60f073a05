//! Line-level rules of the splitter: what a trimmed line is (source line, boilerplate,
//! separator, content), agency credits at the start of a report, update stamps.
//!
//! Patterns come from the five outlets of the news corpus (alarabiya, BBC, CNN,
//! France 24, Sky News Arabia) and Alhurra-style glued reports; they are written
//! as general shapes, not as strings of one file.

use regex::Regex;
use std::sync::OnceLock;

/// News agencies and outlets that appear in credits (`بيروت - رويترز`, `فرانس24/ أ ف ب`).
#[rustfmt::skip]
pub(crate) const AGENCIES: &[&str] = &[
    "فرانس برس", "فرانس پرس", "أ ف ب", "ا ف ب", "أ.ف.ب", "رويترز", "أسوشيتد برس", "أسوشييتد برس",
    "اسوشيتد برس", "أ ب", "د ب أ", "د.ب.أ", "الأناضول", "الاناضول", "سبوتنيك", "وام", "واس", "قنا", "كونا",
    "بنا", "سانا", "أ ش أ", "إرنا", "ارنا", "شينخوا", "وكالات", "العربية.نت", "العربية نت", "قناة العربية",
    "سكاي نيوز عربية", "سكاي نيوز", "بي بي سي", "بي بي سي عربي", "CNN", "راديو سوا", "الحرة", "فرانس 24",
    "فرانس24", "يورونيوز", "مونت كارلو الدولية", "وكالة الأنباء الفرنسية", "الوكالة الفرنسية",
];

/// Latin-script agency names accepted in a credit without a dash: `القدس (CNN) نفى`.
const LATIN_AGENCIES: &[&str] = &["CNN", "AFP", "AP", "BBC", "RT", "DPA"];

/// What a (non-blank, trimmed) line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// `المصدر: X` / `* نقلا عن X`: the value's byte range within the line.
    Source(usize, usize),
    /// A closing credit made only of agencies (`فرانس24/ أ ف ب`, `(رويترز)`): its byte range.
    EndCredit(usize, usize),
    /// «مزيد من التفاصيل في تقرير …», «شاهد التقرير»: a pointer to media that is not in the text.
    MoreDetails,
    /// `اقرأ أيضا: <headline>` / `للمزيد: <headline>`: one related link.
    ReadAlso,
    /// A bare `اقرأ أيضاً:` header: related headlines follow.
    ReadAlsoHeader,
    /// Share / follow / app / click-here boilerplate.
    Share,
    /// Opinion or partnership disclaimers.
    Disclaimer,
    /// Author lines: `بقلم: X`, `هذا التحليل بقلم X، محلل …`.
    Byline,
    /// An unmarked related headline inside a run of them (see `related::mark_link_runs`).
    RelatedLink,
    /// Lines made only of punctuation (`-----`, `____`, `.`).
    Separator,
    /// Anything else: article text.
    Content,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid built-in pattern"))
}

/// Like [`re`] for patterns built at run time: `pattern` runs only on first use.
fn re_with(cell: &'static OnceLock<Regex>, pattern: impl FnOnce() -> String) -> &'static Regex {
    cell.get_or_init(|| Regex::new(&pattern()).expect("valid built-in pattern"))
}

/// Longest line (in words) any boilerplate rule looks at.
const MAX_BOILERPLATE_WORDS: usize = 45;

/// Whitespace-separated words of `line`, counted up to one more than any rule looks at.
fn words(line: &str) -> usize {
    rasd_text::count_words(line, MAX_BOILERPLATE_WORDS + 1)
}

/// Classifies one trimmed, non-blank line of `words` whitespace-separated words (counted at
/// least one past [`MAX_BOILERPLATE_WORDS`]).
pub(crate) fn classify(line: &str, words: usize) -> LineKind {
    if let Some((s, e)) = source_value(line) {
        return LineKind::Source(s, e);
    }
    if line.chars().all(|c| !c.is_alphanumeric()) {
        return LineKind::Separator;
    }
    if let Some((s, e)) = end_credit(line) {
        return LineKind::EndCredit(s, e);
    }
    classify_boilerplate(line, words).unwrap_or(LineKind::Content)
}

/// Openings of read-also / related-links lines.
const READ_PREFIX: &str = r"(?:[اإ]قر[أا]\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|للمزيد|لمزيد|المزيد|شاهد\s+(?:أيضا|أيضاً|ايضا)|طالع\s+(?:أيضا|أيضاً|ايضا)|مواضيع\s+(?:ذات\s+صلة|متعلقة)|قد\s+يهمك(?:\s+أيضا)?|روابط\s+ذات\s+صلة)";

/// The boilerplate classes, checked in order; `None` for content.
fn classify_boilerplate(line: &str, n: usize) -> Option<LineKind> {
    static READ_HEADER: OnceLock<Regex> = OnceLock::new();
    static READ_ALSO: OnceLock<Regex> = OnceLock::new();
    if n > MAX_BOILERPLATE_WORDS {
        return None; // a paragraph of prose
    }
    if re_with(&READ_HEADER, || format!(r"^{READ_PREFIX}\s*[:：]?\s*$")).is_match(line) {
        return Some(LineKind::ReadAlsoHeader);
    }
    if n <= 30 && re_with(&READ_ALSO, || {
            // `للمزيد: X`, `قد يهمك: X`, and CNN's `اقرأ.. X` / `ايضاً.. X`.
            format!(r"^(?:{READ_PREFIX}\s*(?:[:：\-–—]|\.{{2,}}|…)|(?:[اإ]قر[أا]|[أا]يضا[ًا]?)\s*(?:\.{{2,}}|…|[:：]))")
        }).is_match(line)
    {
        return Some(LineKind::ReadAlso);
    }
    if n <= 30 && is_more_details(line) {
        return Some(LineKind::MoreDetails);
    }
    if is_share(line, n) {
        // «لقراءة التصريحات كاملة اضغط على العنوان التالي:» introduces headline links.
        let header = line.ends_with([':', '：']);
        return Some(if header {
            LineKind::ReadAlsoHeader
        } else {
            LineKind::Share
        });
    }
    if is_disclaimer(line) {
        return Some(LineKind::Disclaimer);
    }
    if n <= 20 && is_byline(line) {
        return Some(LineKind::Byline);
    }
    None
}

/// `المصدر: X` (short value, not a quotation) or `* نقلا عن X`.
fn source_value(line: &str) -> Option<(usize, usize)> {
    static SRC: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &SRC,
        r"^(?:\*+\s*)?(?:المصدر|المصادر|مصدر الخبر|نقلا\s+عن|نقلاً\s+عن)\s*[:：]?\s*(\S.*?)\s*$",
    );
    let c = r.captures(line)?;
    let v = c.get(1)?;
    let value = v.as_str();
    let plain = quoted_words(value) <= 3;
    let has_colon = line[..v.start()].contains([':', '：'])
        || line.trim_start_matches('*').trim_start().starts_with("نقل");
    (has_colon && plain && words(value) <= 7 && value.chars().count() <= 60)
        .then(|| (v.start(), v.end()))
}

/// Words inside the first quotation of `s` (0 when it quotes nothing).
fn quoted_words(s: &str) -> usize {
    let quotes = ['"', '«', '»', '“', '”'];
    s.split(quotes).nth(1).map_or(0, words)
}

/// A short line made only of agency names joined by `/`, `،`, `,`, `-`, `|`, possibly
/// in brackets (`فرانس24/ أ ف ب`, `(رويترز)`): the byte range of the credit inside the line.
fn end_credit(line: &str) -> Option<(usize, usize)> {
    let bracketed = line.len() >= 2 && line.starts_with(['(', '[']) && line.ends_with([')', ']']);
    let (lo, hi) = if bracketed {
        (1, line.len() - 1)
    } else {
        (0, line.len())
    };
    let raw = &line[lo..hi];
    let start = lo + raw.len() - raw.trim_start().len();
    let inner = raw.trim();
    let joined = inner.contains(['/', '،', ',']) || AGENCIES.contains(&inner);
    let all_agencies = inner
        .split(['/', '،', ',', '-', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| AGENCIES.contains(&p));
    (words(inner) <= 10 && joined && all_agencies).then_some((start, start + inner.len()))
}

fn is_more_details(line: &str) -> bool {
    static MORE: OnceLock<Regex> = OnceLock::new();
    re(
        &MORE,
        r"^(?:(?:ل?ل?مزيد|المزيد|لمعرفة\s+المزيد)\s+من\s+(?:التفاصيل|المعلومات)|(?:تفاصيل\s+أكثر|التفاصيل)\s+في\s|(?:شاهد|شاهدوا|تابع|تابعوا|استمع|استمعوا)\s+(?:إلى\s+)?(?:ال)?(?:تقرير|فيديو|الفيديو|المقابلة|التفاصيل))",
    )
    .is_match(line)
}

fn is_share(line: &str, n: usize) -> bool {
    static SHORT: OnceLock<Regex> = OnceLock::new();
    static ANY: OnceLock<Regex> = OnceLock::new();
    let short = re(
        &SHORT,
        r"^(?:شارك|شاركوا|شاركونا|تابعونا|تابعوا|تابعنا|حمّل|حمل|نزّل|اشترك|اشتركوا|انضم|انضموا)(?:\s|$|:)",
    );
    let any = re(
        &ANY,
        r"(?:يمكنكم\s+(?:استلام|تسلم|تلقي)\s+إشعارات|اضغط\s+هنا|انقر\s+هنا|اضغط\s+على\s+(?:الرابط|العنوان|الصورة)|عبر\s+الرابط\s+التالي)",
    );
    (n <= 12 && short.is_match(line)) || (n <= 30 && any.is_match(line))
}

fn is_disclaimer(line: &str) -> bool {
    static DIS: OnceLock<Regex> = OnceLock::new();
    re(
        &DIS,
        r"(?:تمثل\s+رأي\s+كاتبها|تمثل\s+رأي\s+كتابها|لا\s+تعكس\s+بالضرورة|لا\s+تعبر\s+بالضرورة|^\S*\s*(?:نشر|ينشر)\s+هذا\s+المقال\s+بالتعاون|^هذا?\s+المقال\s+(?:منشور\s+)?بالتعاون|^هذا\s+الفيديو\s+جزء\s+من\s+سلسلة)",
    )
    .is_match(line)
}

fn is_byline(line: &str) -> bool {
    static BY: OnceLock<Regex> = OnceLock::new();
    re(
        &BY,
        r"^(?:(?:(?:هذا|هذه)\s+)?(?:ال)?(?:مقال|مقالة|تحليل|تقرير|رأي)\s+(?:بقلم|كتبه|كتبته|أعده|أعدته)\s|بقلم\s*[:：]?\s*\S|(?:مقال|تحليل)\s+(?:بقلم\s|ل\S))",
    )
    .is_match(line)
}

/// An update stamp `(تحديث: 19:32 تغ)` in a line: its byte range and the time
/// as `"19:32 GMT"` (or `"19:32"` without a zone).
pub(crate) fn update_stamp(line: &str) -> Option<(usize, usize, String)> {
    static PAREN: OnceLock<Regex> = OnceLock::new();
    static COLON: OnceLock<Regex> = OnceLock::new();
    const KW: &str = r"(?:آخر\s+)?(?:تحديث|محدث|حُدّث|[Uu]pdated?)";
    const TIME: &str =
        r"([0-9٠-٩]{1,2})\s*[:.]\s*([0-9٠-٩]{2})\s*(تغ|ت\.غ|ت غ|غرينتش|بتوقيت\s+غرينتش|GMT|UTC)?";
    // In brackets (`(تحديث: 19:32 تغ)`), or after a colon (`آخر تحديث: 19:32`).
    let paren = re_with(&PAREN, || {
        format!(r"[\(\[]\s*{KW}\s*[:：]?\s*{TIME}\s*[\)\]]")
    });
    let colon = re_with(&COLON, || format!(r"{KW}\s*[:：]\s*{TIME}"));
    let c = paren.captures(line).or_else(|| colon.captures(line))?;
    let m = c.get(0)?;
    let hour: u32 = ascii_digits(&c[1]).parse().ok()?;
    let minute: u32 = ascii_digits(&c[2]).parse().ok()?;
    let zone = if c.get(3).is_some() { " GMT" } else { "" };
    (hour < 24 && minute < 60).then(|| (m.start(), m.end(), format!("{hour:02}:{minute:02}{zone}")))
}

fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            _ => c,
        })
        .collect()
}

/// An agency credit at the start of a report's first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Credit {
    /// End of the credit, dash and following spaces included (byte offset in the line).
    pub end: usize,
    /// The place, when given (byte range in the line).
    pub place: Option<(usize, usize)>,
    /// The agency (byte range in the line).
    pub agency: (usize, usize),
}

/// Finds `بيروت (رويترز) -`, `(CNN)--`, `الرياض - فرانس برس` at the start of a line.
pub(crate) fn credit(line: &str) -> Option<Credit> {
    paren_credit(line).or_else(|| dash_credit(line))
}

fn paren_credit(line: &str) -> Option<Credit> {
    static P: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &P,
        r"^(?P<place>[^()\n\-—–:«»\x22]{0,80}?)\s*\(\s*(?P<agency>[^()\n]{1,30}?)\s*\)\s*(?P<dash>[-—–ـ]+|:)?\s*",
    );
    let c = r.captures(line)?;
    let agency = c.name("agency")?;
    // Without a dash only a Latin agency credit such as `(CNN)` opens a line
    // (`نقلت وكالة الأنباء السورية (سانا) أن` is a sentence, not a credit).
    if c.name("dash").is_none() && !LATIN_AGENCIES.contains(&agency.as_str()) {
        return None;
    }
    let place = c.name("place").filter(|p| !p.as_str().trim().is_empty());
    let place_ok = place.is_none_or(|p| words(p.as_str()) <= 6);
    let agency_ok = is_agency_name(agency.as_str());
    (place_ok && agency_ok).then(|| Credit {
        end: c.get(0).unwrap().end(),
        place: place.map(|p| (p.start(), p.start() + p.as_str().trim_end().len())),
        agency: (agency.start(), agency.end()),
    })
}

/// A known agency, a short Latin-script name (`CNN`, `AFP`), or a name with an agency word.
fn is_agency_name(a: &str) -> bool {
    let latin = a
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.')
        && words(a) <= 3;
    let agency_word = ["برس", "نيوز", "وكالة", "أنباء", "الأنباء"]
        .iter()
        .any(|w| a.contains(w))
        && words(a) <= 4;
    AGENCIES.contains(&a) || latin || agency_word
}

fn dash_credit(line: &str) -> Option<Credit> {
    static D: OnceLock<Regex> = OnceLock::new();
    let r = re_with(&D, || {
        let agencies: Vec<String> = AGENCIES.iter().map(|a| regex::escape(a)).collect();
        format!(
            // A tatweel dash needs a space before it (`القاهرة ـ رويترز`, not `لـ بي بي سي`).
            r"^(?P<place>[^()\n\-—–ـ:«»\x22]{{2,40}}?)(?:\s*[-—–]+|\s+ـ+)\s*(?P<agency>{})\s*(?:[-—–ـ:]+\s*|$)",
            agencies.join("|")
        )
    });
    let c = r.captures(line)?;
    let place = c.name("place")?;
    let agency = c.name("agency")?;
    (words(place.as_str()) <= 4).then(|| Credit {
        end: c.get(0).unwrap().end(),
        place: Some((place.start(), place.end())),
        agency: (agency.start(), agency.end()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(line: &str) -> LineKind {
        super::classify(line, words(line))
    }

    #[test]
    fn source_lines() {
        let l = "المصدر: راديو سوا";
        let LineKind::Source(s, e) = classify(l) else {
            panic!()
        };
        assert_eq!(&l[s..e], "راديو سوا");
        assert!(matches!(classify("المصدر : وكالات"), LineKind::Source(..)));
        assert!(matches!(
            classify("* نقلا عن \"الشرق الأوسط\""),
            LineKind::Source(..)
        ));
        assert_eq!(
            classify("وقال المصدر: \"إن الحقل مملوك مناصفة\""),
            LineKind::Content
        );
        assert_eq!(
            classify("المصدر: \"لن نسمح بذلك أبدا\" قال"),
            LineKind::Content
        );
    }

    #[test]
    fn boilerplate_lines() {
        let l = "فرانس24/ أ ف ب";
        assert_eq!(classify(l), LineKind::EndCredit(0, l.len()));
        assert!(matches!(
            classify("فرانس 24/ أ ف ب/ رويترز"),
            LineKind::EndCredit(..)
        ));
        let l = "( رويترز)";
        let LineKind::EndCredit(s, e) = classify(l) else {
            panic!()
        };
        assert_eq!(&l[s..e], "رويترز");
        assert!(matches!(
            classify("(أ ف ب، رويترز)"),
            LineKind::EndCredit(..)
        ));
        assert_eq!(classify("(الأمم المتحدة)"), LineKind::Content);
        assert_eq!(
            classify("مزيد من التفاصيل في تقرير مراسلة \"راديو سوا\" في الكويت سليمة لوبال:"),
            LineKind::MoreDetails
        );
        assert_eq!(classify("اقرأ أيضاً:"), LineKind::ReadAlsoHeader);
        assert_eq!(
            classify("اقرأ أيضا: الصين تؤيد حل الخلافات"),
            LineKind::ReadAlso
        );
        assert_eq!(
            classify("للمزيد - ولي العهد السعودي يقود الإصلاحات"),
            LineKind::ReadAlso
        );
        assert_eq!(classify("-----------"), LineKind::Separator);
        assert_eq!(classify("يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول."), LineKind::Share);
        assert_eq!(
            classify("لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا..."),
            LineKind::Share
        );
        assert_eq!(
            classify("** جميع المقالات المنشورة تمثل رأي كتابها فقط."),
            LineKind::Disclaimer
        );
        assert_eq!(
            classify("وقال كارتر إن الحلف يدرس الانضمام."),
            LineKind::Content
        );
        assert_eq!(
            classify("للمزيد من التفاصيل في التقرير"),
            LineKind::MoreDetails
        );
        assert_eq!(classify("شارك الخبر"), LineKind::Share);
        assert_eq!(
            classify("هذا التحليل بقلم نيك روبرتسون، محلل الشؤون الدبلوماسية في شبكة CNN"),
            LineKind::Byline
        );
        assert_eq!(
            classify("مقال لمراسل الشؤون الدولية لدى CNN، بن ويدمان"),
            LineKind::Byline
        );
        assert_eq!(classify("مقاتلون يسيطرون على المدينة"), LineKind::Content);
        assert_eq!(
            classify("لقراءة التصريحات كاملة اضغط على العنوان التالي:"),
            LineKind::ReadAlsoHeader
        );
        assert_eq!(classify("شارك آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة احتجاجا على رفع الأسعار وتدهور الأوضاع"), LineKind::Content);
    }

    #[test]
    fn update_stamps() {
        let l = "واشنطن تريد دعما دوليا أكبر للحرب على داعش (تحديث: 19:32 تغ)";
        let (s, e, t) = update_stamp(l).unwrap();
        assert_eq!(&l[s..e], "(تحديث: 19:32 تغ)");
        assert_eq!(t, "19:32 GMT");
        assert_eq!(update_stamp("آخر تحديث: ٠٩:٠٥").unwrap().2, "09:05");
        assert!(update_stamp("صدور قرار تحديث الوثيقة الموحدة").is_none());
        assert!(update_stamp("بعد تحديث 10.25 مليون سجل").is_none());
        assert!(update_stamp("(تحديث: 25:10 تغ)").is_none());
        assert_eq!(update_stamp("[تحديث 7.05 GMT]").unwrap().2, "07:05 GMT");
    }

    #[test]
    fn credits() {
        let l = "دبي، الإمارات العربية المتحدة (CNN)-- قال أنور قرقاش";
        let c = credit(l).unwrap();
        assert_eq!(&l[c.agency.0..c.agency.1], "CNN");
        assert_eq!(&l[c.end..], "قال أنور قرقاش");
        let p = c.place.unwrap();
        assert_eq!(&l[p.0..p.1], "دبي، الإمارات العربية المتحدة");
        let l = "بيروت (رويترز) - قال مسؤول";
        assert_eq!(&l[credit(l).unwrap().end..], "قال مسؤول");
        let l = "الرياض - فرانس برس";
        let c = credit(l).unwrap();
        assert_eq!((&l[c.agency.0..c.agency.1], c.end), ("فرانس برس", l.len()));
        let l = "أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس";
        assert_eq!(&l[credit(l).unwrap().end..], "نفى الرئيس");
        assert!(credit("نقلت وكالة الأنباء السورية الرسمية (سانا) أن الجيش").is_none());
        assert!(credit("توقعت منظمة الدول المنتجة للنفط (أوبك) أن يزيد الطلب").is_none());
        assert!(credit("وقالت ألكسندرا لوريدانا لـ بي بي سي: إنها").is_none());
        let l = "القاهرة ـ رويترز ـ قال";
        assert_eq!(&l[credit(l).unwrap().end..], "قال");
        assert!(credit("شنت مقاتلات حربية إسرائيلية ليل الثلاثاء - الأربعاء غارات").is_none());
        assert!(credit("أعلن الرئيس (الذي وصل أمس) - في كلمة له - أن").is_none());
    }
}
