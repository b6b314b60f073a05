//! The article splitter and cleaner.
//!
//! [`split_articles`] cuts one document text into [`Article`]s and says, span by span,
//! what it kept ([`Article::body`]) and what it removed and why ([`Article::removed`]).
//! Nothing is dropped silently: every non-whitespace byte of an article is in a body
//! span or a removal span. All spans are byte offsets into the original text.
//!
//! Rules (general shapes, learnt from the five outlets of the news corpus and glued reports):
//! - a short headline-like first line followed by a long paragraph is the title;
//! - a sentence (ending in `.` `!` `؟`) printed twice in a row keeps its first copy;
//!   the second is a [`RemovalReason::DuplicateParagraph`];
//! - a photo caption printed twice opens a report: the first copy is its title
//!   ([`RemovalReason::Title`]), the second a [`RemovalReason::RepeatedCaption`];
//! - optionally ([`SplitOptions::split_on_dateline`]), a line opening with an agency
//!   dateline after body text opens a new article;
//! - `المصدر: X` / `* نقلا عن X` and closing agency credits (`فرانس24/ أ ف ب`) set the
//!   source and close the report: the next content line opens a new article;
//! - an agency credit at the start of a report (`بيروت (رويترز) -`, `الرياض - فرانس برس`)
//!   becomes the [`PlaceLine`]; the rest of that line is kept;
//! - update stamps `(تحديث: 19:32 تغ)` become [`Article::updated_at`]; the rest of the line is kept;
//! - «مزيد من التفاصيل في تقرير …» tails, read-also links, share / app / click-here
//!   boilerplate, disclaimers, bylines and separator lines are removed;
//! - runs of unmarked related headlines between paragraphs, and teaser leads of other
//!   stories after a datelined report, are removed.

mod build;
mod lines;
mod related;
mod rules;

use rasd_text::Span;
use serde::Serialize;

/// Splitter settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitOptions {
    /// A caption printed twice after body text opens a new article (default true);
    /// when false it is removed as a repeated caption inside the current article.
    pub split_on_caption: bool,
    /// Longest line (in words) that counts as a repeated caption.
    pub max_caption_words: usize,
    /// Most related-headline lines removed after a bare `اقرأ أيضاً:` header.
    pub max_read_also_links: usize,
    /// A short headline-like first line followed by a long paragraph is the article's
    /// title (default true).
    pub first_line_title: bool,
    /// Longest first line (in words) taken as a title.
    pub max_title_words: usize,
    /// Runs of two or more unmarked related headlines between paragraphs are removed
    /// as [`RemovalReason::ReadAlso`] (default true).
    pub link_runs: bool,
    /// When trailing lead-like lines are removed as other stories' teasers.
    pub teaser_tails: TeaserTails,
    /// A line opening with an agency dateline (`بيروت (رويترز) -`) after body text
    /// starts a new article (default false: in the news corpus such lines are teasers of
    /// other stories appended to CNN reports; turn it on for files of glued wire reports).
    pub split_on_dateline: bool,
}

/// When [`split_articles_with`] removes a report's trailing teasers (leads of other
/// stories appended after it, as CNN Arabic pages do): trailing body lines that do not
/// open with a continuation word (`و…`, `كما`, `يذكر`, `قال`-less reporting verbs…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TeaserTails {
    /// Never.
    Never,
    /// Only in reports that open with an agency dateline (`أتلانتا (CNN)--`) (default).
    #[default]
    AfterDateline,
    /// In every article.
    Always,
}

impl Default for SplitOptions {
    fn default() -> Self {
        SplitOptions {
            split_on_caption: true,
            max_caption_words: 30,
            max_read_also_links: 8,
            first_line_title: true,
            max_title_words: 12,
            link_runs: true,
            teaser_tails: TeaserTails::AfterDateline,
            split_on_dateline: false,
        }
    }
}

/// An agency credit at the start of a report: `بيروت (رويترز) -`, `الرياض - فرانس برس`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PlaceLine {
    /// The whole credit, dash included.
    pub span: Span,
    /// The place (`بيروت`, `دبي، الإمارات العربية المتحدة`), when given.
    pub place: Option<Span>,
    /// The agency (`رويترز`, `CNN`).
    pub agency: Span,
}

/// Why a span was removed from an article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The first copy of a caption printed twice: the article's title.
    Title,
    /// The second copy of a caption printed twice.
    RepeatedCaption,
    /// `المصدر: X`, `* نقلا عن X` or a closing agency credit line.
    SourceLine,
    /// The agency credit at the start of the first line (see [`PlaceLine`]).
    AgencyCredit,
    /// An update stamp `(تحديث: 19:32 تغ)`.
    UpdateStamp,
    /// «مزيد من التفاصيل في تقرير …»: a pointer to media not in the text.
    MoreDetailsTail,
    /// Share / follow / app-notification / click-here boilerplate.
    ShareBoilerplate,
    /// Read-also / related-story links (`اقرأ أيضا:`, `للمزيد:`) and their headlines.
    ReadAlso,
    /// Opinion or partnership disclaimers.
    Disclaimer,
    /// Author lines (`بقلم: X`, `هذا التحليل بقلم X`).
    Byline,
    /// The second copy of a whole sentence printed twice in a row (the first is kept).
    DuplicateParagraph,
    /// Lines of punctuation only (`------`).
    Separator,
    /// Leads of other stories appended after a report (see [`TeaserTails`]).
    Teaser,
}

/// A removed span and the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Removal {
    /// The removed text (trimmed).
    pub span: Span,
    /// Why it was removed.
    pub reason: RemovalReason,
}

/// One article (report) of a document, as spans into the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    /// From the first to the last non-blank byte of the article.
    pub span: Span,
    /// The title (the first copy of a repeated caption), when found.
    pub title: Option<Span>,
    /// The source (`راديو سوا`, `وكالات`, or the credited agency).
    pub source: Option<String>,
    /// Where the source was read.
    pub source_span: Option<Span>,
    /// The agency credit at the start of the report.
    pub place_line: Option<PlaceLine>,
    /// The update time as `"19:32 GMT"` (`تغ` = GMT), when stamped.
    pub updated_at: Option<String>,
    /// Where the first update stamp was read.
    pub updated_span: Option<Span>,
    /// Kept text: lines or parts of lines, trimmed, in order.
    pub body: Vec<Span>,
    /// Removed spans with reasons, in order.
    pub removed: Vec<Removal>,
}

impl Article {
    /// The first kept line (or part of line), if any.
    pub fn first_line<'a>(&self, original: &'a str) -> Option<&'a str> {
        self.body.first().map(|s| s.text(original))
    }

    /// The kept text, one body span per line.
    pub fn body_text(&self, original: &str) -> String {
        let parts: Vec<&str> = self.body.iter().map(|s| s.text(original)).collect();
        parts.join("\n")
    }

    /// The title text, if any.
    pub fn title_text<'a>(&self, original: &'a str) -> Option<&'a str> {
        self.title.map(|s| s.text(original))
    }

    /// Body and removal spans merged in order (they never overlap).
    pub fn layers(&self) -> Vec<Span> {
        let mut all: Vec<Span> = self
            .body
            .iter()
            .copied()
            .chain(self.removed.iter().map(|r| r.span))
            .collect();
        all.sort();
        all
    }
}

/// Splits and cleans a document text with the default [`SplitOptions`].
pub fn split_articles(text: &str) -> Vec<Article> {
    split_articles_with(text, &SplitOptions::default())
}

/// Splits and cleans a document text.
pub fn split_articles_with(text: &str, opts: &SplitOptions) -> Vec<Article> {
    build::Builder::new(text, opts).run()
}

/// Checks the span invariants of `articles` over `text`: articles in order and disjoint;
/// every body / removal span non-empty, on char boundaries, inside its article, sorted and
/// disjoint; and body ∪ removed ∪ whitespace (or invisible marks) covers each article.
pub fn validate(text: &str, articles: &[Article]) -> Result<(), String> {
    let mut prev_end = 0;
    for (n, a) in articles.iter().enumerate() {
        if a.span.start < prev_end || a.span.end > text.len() || a.span.start > a.span.end {
            return Err(format!(
                "article {n} span {:?} out of order or outside the text",
                a.span
            ));
        }
        prev_end = a.span.end;
        validate_article(text, a).map_err(|e| format!("article {n}: {e}"))?;
    }
    Ok(())
}

fn validate_article(text: &str, a: &Article) -> Result<(), String> {
    let mut at = a.span.start;
    for s in a.layers() {
        if !(text.is_char_boundary(s.start) && text.is_char_boundary(s.end)) {
            return Err(format!("{s:?} not on a char boundary"));
        }
        if s.start < at || s.end > a.span.end || s.is_empty() {
            return Err(format!("{s:?} empty, overlapping or outside {:?}", a.span));
        }
        blank_gap(text, Span::new(at, s.start))?;
        at = s.end;
    }
    blank_gap(text, Span::new(at, a.span.end))
}

fn blank_gap(text: &str, gap: Span) -> Result<(), String> {
    let g = text
        .get(gap.start..gap.end)
        .ok_or_else(|| format!("{gap:?} not on a char boundary"))?;
    let blank = |c: char| c.is_whitespace() || rasd_text::normalize::is_invisible(c);
    match g.chars().all(blank) {
        true => Ok(()),
        false => Err(format!("uncovered text {g:?} at {gap:?}")),
    }
}

#[cfg(test)]
mod tests;
