//! Line-level rules of the splitter: what a trimmed line is (source line, boilerplate,
//! separator, content), agency credits at the start of a report, update stamps.
//!
//! Patterns come from the five outlets of the news corpus (alarabiya, BBC, CNN,
//! France 24, Sky News Arabia) and Alhurra-style glued reports; they are written
//! as general shapes, not as strings of one file.

use regex::Regex;
use std::sync::OnceLock;

/// News agencies and outlets that appear in credits (`بيروت - رويترز`, `فرانس24/ أ ف ب`).
pub(crate) const AGENCIES: &[&str] = &[
    "فرانس برس", "فرانس پرس", "أ ف ب", "ا ف ب", "أ.ف.ب", "رويترز", "أسوشيتد برس", "أسوشييتد برس",
    "اسوشيتد برس", "أ ب", "د ب أ", "د.ب.أ", "الأناضول", "الاناضول", "سبوتنيك", "وام", "واس", "قنا", "كونا",
    "بنا", "سانا", "أ ش أ", "إرنا", "ارنا", "شينخوا", "وكالات", "العربية.نت", "العربية نت", "قناة العربية",
    "سكاي نيوز عربية", "سكاي نيوز", "بي بي سي", "بي بي سي عربي", "CNN", "راديو سوا", "الحرة", "فرانس 24",
    "فرانس24", "يورونيوز", "مونت كارلو الدولية", "وكالة الأنباء الفرنسية", "الوكالة الفرنسية",
];

/// What a (non-blank, trimmed) line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// `المصدر: X` / `* نقلا عن X`: the value's byte range within the line.
    Source(usize, usize),
    /// A closing credit made only of agencies (`فرانس24/ أ ف ب`).
    EndCredit,
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
    /// Lines made only of punctuation (`-----`, `____`, `.`).
    Separator,
    /// Anything else: article text.
    Content,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid built-in pattern"))
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Classifies one trimmed, non-blank line.
pub(crate) fn classify(line: &str) -> LineKind {
    if let Some((s, e)) = source_value(line) {
        return LineKind::Source(s, e);
    }
    if line.chars().all(|c| !c.is_alphanumeric()) {
        return LineKind::Separator;
    }
    if is_end_credit(line) {
        return LineKind::EndCredit;
    }
    classify_boilerplate(line).unwrap_or(LineKind::Content)
}

/// The boilerplate classes, checked in order; `None` for content.
fn classify_boilerplate(line: &str) -> Option<LineKind> {
    static READ_HEADER: OnceLock<Regex> = OnceLock::new();
    static READ_ALSO: OnceLock<Regex> = OnceLock::new();
    let read_prefix = r"(?:[اإ]قر[أا]\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|للمزيد|لمزيد|المزيد|شاهد\s+(?:أيضا|أيضاً|ايضا)|طالع\s+(?:أيضا|أيضاً|ايضا)|مواضيع\s+(?:ذات\s+صلة|متعلقة)|قد\s+يهمك(?:\s+أيضا)?|روابط\s+ذات\s+صلة)";
    let n = words(line);
    if re(&READ_HEADER, &format!(r"^{read_prefix}\s*[:：]?\s*$")).is_match(line) {
        return Some(LineKind::ReadAlsoHeader);
    }
    if n <= 30 && re(&READ_ALSO, &format!(r"^{read_prefix}\s*[:：\-–—]")).is_match(line) {
        return Some(LineKind::ReadAlso);
    }
    if n <= 30 && is_more_details(line) {
        return Some(LineKind::MoreDetails);
    }
    if is_share(line, n) {
        return Some(LineKind::Share);
    }
    if n <= 45 && is_disclaimer(line) {
        return Some(LineKind::Disclaimer);
    }
    None
}

/// `المصدر: X` (short value, not a quotation) or `* نقلا عن X`.
fn source_value(line: &str) -> Option<(usize, usize)> {
    static SRC: OnceLock<Regex> = OnceLock::new();
    let r = re(&SRC, r"^(?:\*+\s*)?(?:المصدر|المصادر|مصدر الخبر|نقلا\s+عن|نقلاً\s+عن)\s*[:：]?\s*(\S.*?)\s*$");
    let c = r.captures(line)?;
    let v = c.get(1)?;
    let value = v.as_str();
    let plain = !value.contains(['"', '«', '»', '“', '”']) || value.starts_with('"') || value.starts_with('«');
    let has_colon = line[..v.start()].contains([':', '：']) || line.trim_start_matches('*').trim_start().starts_with("نقل");
    (has_colon && plain && words(value) <= 7 && value.chars().count() <= 60).then(|| (v.start(), v.end()))
}

/// A short line made only of agency names joined by `/`, `،`, `,`, `و`, `-`.
fn is_end_credit(line: &str) -> bool {
    if words(line) > 10 || !line.contains(['/', '،', ',']) && !AGENCIES.contains(&line) {
        return false;
    }
    line.split(['/', '،', ',', '-', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| AGENCIES.contains(&p))
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

/// An update stamp `(تحديث: 19:32 تغ)` in a line: its byte range and the time
/// as `"19:32 GMT"` (or `"19:32"` without a zone).
pub(crate) fn update_stamp(line: &str) -> Option<(usize, usize, String)> {
    static UPD: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &UPD,
        r"[\(\[]?\s*(?:آخر\s+)?(?:تحديث|تحديث\s+جديد|محدث|حُدّث|updated?)\s*[:：]?\s*([0-9٠-٩]{1,2})\s*[:.]\s*([0-9٠-٩]{2})\s*(تغ|ت\.غ|ت غ|غرينتش|بتوقيت\s+غرينتش|GMT|UTC)?\s*[\)\]]?",
    );
    let c = r.captures(line)?;
    let m = c.get(0)?;
    let (h, mi) = (ascii_digits(&c[1]), ascii_digits(&c[2]));
    let zone = if c.get(3).is_some() { " GMT" } else { "" };
    let hour: u32 = h.parse().ok()?;
    (hour < 24).then(|| (m.start(), m.end(), format!("{hour:02}:{mi}{zone}")))
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
        r"^(?P<place>[^()\n\-—–:«»\x22]{0,80}?)\s*\(\s*(?P<agency>[^()\n]{1,30}?)\s*\)\s*(?:[-—–ـ]+|:)\s*",
    );
    let c = r.captures(line)?;
    let agency = c.name("agency")?;
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
    let latin = a.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.') && words(a) <= 3;
    let agency_word = ["برس", "نيوز", "وكالة", "أنباء", "الأنباء"].iter().any(|w| a.contains(w)) && words(a) <= 4;
    AGENCIES.contains(&a) || latin || agency_word
}

fn dash_credit(line: &str) -> Option<Credit> {
    static D: OnceLock<Regex> = OnceLock::new();
    let agencies = AGENCIES.iter().map(|a| regex::escape(a)).collect::<Vec<_>>().join("|");
    let r = re(
        &D,
        &format!(r"^(?P<place>[^()\n\-—–ـ:«»\x22]{{2,40}}?)\s*[-—–ـ]+\s*(?P<agency>{agencies})\s*(?:[-—–ـ:]+\s*|$)"),
    );
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

    #[test]
    fn source_lines() {
        let l = "المصدر: راديو سوا";
        let LineKind::Source(s, e) = classify(l) else { panic!() };
        assert_eq!(&l[s..e], "راديو سوا");
        assert!(matches!(classify("المصدر : وكالات"), LineKind::Source(..)));
        assert!(matches!(classify("* نقلا عن \"الشرق الأوسط\""), LineKind::Source(..)));
        assert_eq!(classify("وقال المصدر: \"إن الحقل مملوك مناصفة\""), LineKind::Content);
        assert_eq!(classify("المصدر: \"لن نسمح بذلك أبدا\" قال"), LineKind::Content);
    }

    #[test]
    fn boilerplate_lines() {
        assert_eq!(classify("فرانس24/ أ ف ب"), LineKind::EndCredit);
        assert_eq!(classify("فرانس 24/ أ ف ب/ رويترز"), LineKind::EndCredit);
        assert_eq!(classify("مزيد من التفاصيل في تقرير مراسلة \"راديو سوا\" في الكويت سليمة لوبال:"), LineKind::MoreDetails);
        assert_eq!(classify("اقرأ أيضاً:"), LineKind::ReadAlsoHeader);
        assert_eq!(classify("اقرأ أيضا: الصين تؤيد حل الخلافات"), LineKind::ReadAlso);
        assert_eq!(classify("للمزيد - ولي العهد السعودي يقود الإصلاحات"), LineKind::ReadAlso);
        assert_eq!(classify("-----------"), LineKind::Separator);
        assert_eq!(classify("يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول."), LineKind::Share);
        assert_eq!(classify("لمتابعة المباراة على الحواسيب اللوحية، اضغط هنا..."), LineKind::Share);
        assert_eq!(classify("** جميع المقالات المنشورة تمثل رأي كتابها فقط."), LineKind::Disclaimer);
        assert_eq!(classify("وقال كارتر إن الحلف يدرس الانضمام."), LineKind::Content);
        assert_eq!(classify("للمزيد من التفاصيل في التقرير"), LineKind::MoreDetails);
        assert_eq!(classify("شارك الخبر"), LineKind::Share);
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
        assert!(credit("شنت مقاتلات حربية إسرائيلية ليل الثلاثاء - الأربعاء غارات").is_none());
        assert!(credit("أعلن الرئيس (الذي وصل أمس) - في كلمة له - أن").is_none());
    }
}
