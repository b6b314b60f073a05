//! Links to other stories that carry no marker: runs of related headlines between
//! paragraphs (BBC), and teaser leads of other stories after a datelined report (CNN).

use super::lines::Line;
use super::rules::LineKind;
use super::{Article, Removal, RemovalReason};
use rasd_text::normalize::is_invisible;
use regex::Regex;
use std::sync::OnceLock;

/// Most words of a related-headline line.
const MAX_LINK_WORDS: usize = 16;

/// First words that continue a report (connectors, reporting verbs, time and quote openers):
/// a line starting with one of them is the report's own text, not another story's lead.
const CONTINUATION: &str = r"^(?:[«»“”\x22'\-–—*•(\[\d٠-٩]|[وف][^\s]{2,}|(?:يذكر|يُذكر|يشار|يُشار|علما|علماً|كما|لكن|لكنّ|إلا|أما|اما|بينما|في\s+(?:المقابل|حين|سياق|الوقت|غضون|هذا|هذه|ذلك|تلك|إطار|الأثناء|المقابل)|من\s+(?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها|المقرر|المتوقع|المنتظر|جهة|ناحية|جانب|بين)|إلى|الى|هذا|هذه|يأتي|تأتي|جاء|بدوره|بدورها|بحسب|حسب|وفق|وفقا|وفقاً|نقل|نقلت|أضاف|أضافت|أوضح|أوضحت|تابع|تابعت|أشار|أشارت|لفت|لفتت|اختتم|يضاف|يُضاف|مع|كان|كانت|يعد|يُعد|تعد|يعتبر|تعتبر|لم|لا|لن|إذ|حيث|ثم|بل|أي|إن|أن|لأن|ذلك|غير|رغم|على|عقب|بعد|قبل|خلال|منذ|عن|عند|حتى|أيضا|أيضاً|ايضا|إضافة|بالإضافة|وسط|ضمن|لذلك|لهذا|هنا|هناك)(?:\s|$|،|:))";

/// Words starting with و that are not the conjunction (verbs and nouns that open leads).
#[rustfmt::skip]
const WAW_WORDS: &[&str] = &[
    "وجه", "وجهت", "وصف", "وصفت", "وقع", "وقعت", "وافق", "وافقت", "وصل", "وصلت", "وضع", "وضعت", "وعد",
    "وعدت", "وجد", "وجدت", "ودع", "ودعت", "وزع", "وزعت", "وثق", "وثقت", "وزير", "وزيرة", "وزارة", "وكالة",
    "وفد", "وفاة", "ولي", "وسائل", "واشنطن", "وحدات", "وكيل", "والي", "وقف", "وقفت",
];

/// True when `line` opens with a continuation of the report it is in.
fn continues(line: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    let first = line
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['،', ',', ':']);
    let re = C.get_or_init(|| Regex::new(CONTINUATION).expect("valid built-in pattern"));
    re.is_match(line) && !WAW_WORDS.contains(&first)
}

/// A line that could be a related headline: 3 to 16 words, no sentence-final
/// punctuation, no list marker, quote or reporting verb at its start.
fn link_like(text: &str, line: &Line) -> bool {
    let s = line.trimmed.text(text);
    let n = line.word_count(text, MAX_LINK_WORDS + 1);
    (3..=MAX_LINK_WORDS).contains(&n)
        && !s.ends_with(['.', '،', ':', ',', '!', '؛'])
        && !reported_speech().is_match(s)
}

/// Openings of prose or list items that a headline does not have: quote marks, list
/// markers, digits, `وقال`-type reporting verbs, function words (`وفي`, `ولكن`, `كما`).
fn reported_speech() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"^(?:[«»“”\x22'\-–—*•(\[\d٠-٩]|و?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|كتب|كتبت|حذر|حذرت)\s|و?(?:في|لكن|قد|لم|كان|كانت|هو|هي|ذلك|هذا|هذه|بعد|قبل|منذ|إن|أن|حيث|إذ|كما|لا|لن|ثم|بل)(?:\s|$))")
            .expect("valid built-in pattern")
    })
}

fn prose(text: &str, line: &Line) -> bool {
    line.word_count(text, MAX_LINK_WORDS + 1) > MAX_LINK_WORDS
}

/// Marks runs of two or more related-headline lines standing between two paragraphs
/// of prose as [`LineKind::RelatedLink`] (distinct lines only: a repeated caption is not a run).
pub(crate) fn mark_link_runs(text: &str, lines: &[Line], kinds: &mut [Option<LineKind>]) {
    for i in link_runs(text, lines, kinds) {
        kinds[i] = Some(LineKind::RelatedLink);
    }
}

/// The line indices of all framed runs of related headlines.
fn link_runs(text: &str, lines: &[Line], kinds: &[Option<LineKind>]) -> Vec<usize> {
    let idx: Vec<usize> = (0..lines.len()).filter(|&i| kinds[i].is_some()).collect();
    let content = |i: usize| kinds[i] == Some(LineKind::Content);
    let framing = |i: usize| content(i) && prose(text, &lines[i]);
    let mut out = Vec::new();
    let mut k = 1;
    while k < idx.len() {
        let start = k;
        while k < idx.len() && content(idx[k]) && link_like(text, &lines[idx[k]]) {
            k += 1;
        }
        let run = &idx[start..k];
        let framed = framing(idx[start - 1]) && k < idx.len() && framing(idx[k]);
        let distinct = run
            .windows(2)
            .all(|w| lines[w[0]].key(text) != lines[w[1]].key(text));
        if run.len() >= 2 && framed && distinct {
            out.extend_from_slice(run);
        }
        k = k.max(start + 1);
    }
    out
}

/// Moves the trailing body lines that open like another story's lead (no continuation
/// word) into the removals as [`RemovalReason::Teaser`]; the first body line always stays,
/// and nothing moves when the last kept line ends with `:` (it introduces a list).
pub(crate) fn strip_teaser_tail(text: &str, article: &mut Article) {
    let mut cut = article.body.len();
    while cut > 1 {
        let span = article.body[cut - 1];
        let s = span.text(text);
        let whole = starts_line(text, span.start) && ends_line(text, span.end);
        if !whole || rasd_text::count_words(s, 4) < 4 || continues(s) {
            break;
        }
        cut -= 1;
    }
    // A kept line ending with `:` introduces what follows (a list), not other stories.
    if cut == article.body.len() || article.body[cut - 1].text(text).ends_with([':', '：']) {
        return;
    }
    let teasers = article.body.split_off(cut);
    article
        .removed
        .extend(teasers.into_iter().map(|span| Removal {
            span,
            reason: RemovalReason::Teaser,
        }));
    article.removed.sort_by_key(|r| r.span);
}

/// True when only blanks separate `pos` from the previous line break (or the text start).
fn starts_line(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .rev()
        .find(|&c| c == '\n' || !(c.is_whitespace() || is_invisible(c)))
        .is_none_or(|c| c == '\n')
}

/// True when only blanks separate `pos` from the next line break (or the text end).
fn ends_line(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .find(|&c| c == '\n' || !(c.is_whitespace() || is_invisible(c)))
        .is_none_or(|c| c == '\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::{split_articles, split_articles_with, SplitOptions, TeaserTails};

    const LONG: &str = "وقالت وزارة الدفاع الروسية إن مستشارين عسكريين اثنين قتلا وأصيب خمسة مقاتلين آخرين في هجوم شنه مسلحون على موقعهم في دير الزور.";

    #[test]
    fn headline_runs_between_paragraphs_are_links() {
        let t = format!("{LONG}\nفاغنر: ظل روسيا الطويل في سوريا\nديلي تلغراف: علاقة روسيا مع إيران \"زواج منفعة\"\n{LONG}");
        let a = &split_articles(&t)[0];
        assert_eq!(a.body.len(), 2);
        assert_eq!(
            a.removed
                .iter()
                .filter(|r| r.reason == RemovalReason::ReadAlso)
                .count(),
            2
        );
        let single = format!("{LONG}\nالشركات الأوروبية الكبرى في إيران\n{LONG}");
        assert_eq!(split_articles(&single)[0].body.len(), 3);
    }

    #[test]
    fn teaser_tail_after_dateline_is_removed() {
        let t = format!(
            "أتلانتا (CNN)-- أكد المرشد الإيراني أنه لا وجود لحرب مع الولايات المتحدة.\n{LONG}\nأعلنت وزارة التوحيد الكورية الجنوبية أن الزعيمين سيجتمعان مجددا.\nقال الرئيس التركي إن بلاده ستتوجه إلى أسواق جديدة"
        );
        let a = &split_articles(&t)[0];
        assert_eq!(a.body.len(), 2, "{:?}", a.body_text(&t));
        let teasers: Vec<_> = a
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::Teaser)
            .collect();
        assert_eq!(teasers.len(), 2);
        let never = SplitOptions {
            teaser_tails: TeaserTails::Never,
            ..Default::default()
        };
        assert_eq!(split_articles_with(&t, &never)[0].body.len(), 4);
        let listed = t.replace(
            "آخرين في هجوم شنه مسلحون على موقعهم في دير الزور.",
            "آخرين في الهجمات التالية:",
        );
        assert_eq!(split_articles(&listed)[0].body.len(), 4);
        let undated = t.replacen("أتلانتا (CNN)-- ", "", 1);
        assert_eq!(split_articles(&undated)[0].body.len(), 4);
    }

    #[test]
    fn line_edges() {
        let t = "أ\n \u{200f}ب ج\u{a0}\nد";
        let b = t.find('ب').unwrap();
        assert!(starts_line(t, b) && starts_line(t, 0));
        assert!(ends_line(t, t.find('ج').unwrap() + 'ج'.len_utf8()));
        assert!(!ends_line(t, b));
    }
}
