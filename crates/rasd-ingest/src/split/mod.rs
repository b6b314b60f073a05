//! The article splitter and cleaner.
//!
//! [`split_articles`] cuts one document text into [`Article`]s and says, span by span,
//! what it kept ([`Article::body`]) and what it removed and why ([`Article::removed`]).
//! Nothing is dropped silently: every non-whitespace byte of an article is in a body
//! span or a removal span. All spans are byte offsets into the original text.
//!
//! Rules (general shapes, learnt from the five outlets of the news corpus and glued reports):
//! - a photo caption printed twice opens a report: the first copy is its title
//!   ([`RemovalReason::Title`]), the second a [`RemovalReason::RepeatedCaption`];
//! - `المصدر: X` / `* نقلا عن X` and closing agency credits (`فرانس24/ أ ف ب`) set the
//!   source and close the report: the next content line opens a new article;
//! - an agency credit at the start of a report (`بيروت (رويترز) -`, `الرياض - فرانس برس`)
//!   becomes the [`PlaceLine`]; the rest of that line is kept;
//! - update stamps `(تحديث: 19:32 تغ)` become [`Article::updated_at`]; the rest of the line is kept;
//! - «مزيد من التفاصيل في تقرير …» tails, read-also links, share / app / click-here
//!   boilerplate, disclaimers and separator lines are removed.

mod build;
mod lines;
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
}

impl Default for SplitOptions {
    fn default() -> Self {
        SplitOptions {
            split_on_caption: true,
            max_caption_words: 30,
            max_read_also_links: 8,
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
    /// Lines of punctuation only (`------`).
    Separator,
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
        let mut all: Vec<Span> = self.body.iter().copied().chain(self.removed.iter().map(|r| r.span)).collect();
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

#[cfg(test)]
mod tests;
