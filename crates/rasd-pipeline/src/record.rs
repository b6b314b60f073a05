//! The analysed-document record: one JSON Lines line per input document.

use chrono::NaiveDate;
use rasd_event::Event;
use rasd_ingest::{Article, InputDoc, InputError};
use rasd_morph::TokenAnalysis;
use rasd_ner::Entities;
use rasd_quote::Quote;
use rasd_text::{DateMention, NumberMention, Sentence, Span, TextLayer, Token};
use serde::Serialize;
use std::sync::Arc;

/// Version of the record layout; bumped on any incompatible change.
pub const SCHEMA_VERSION: &str = "1.0";

/// A span with its original text, for people reading the JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextSpan {
    /// Span into the original.
    #[serde(flatten)]
    pub span: Span,
    /// `original[start..end]`.
    pub text: String,
}

impl TextSpan {
    /// The span and its text in `original`.
    pub fn new(original: &str, span: Span) -> TextSpan {
        TextSpan {
            span,
            text: span.text(original).to_string(),
        }
    }
}

/// A removed stretch of text and why it was removed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Removed {
    /// What was removed.
    #[serde(flatten)]
    pub span: TextSpan,
    /// Why (snake_case reason from the cleaner).
    pub reason: String,
}

/// One article of the document, as the splitter and cleaner found it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRecord {
    /// Position among the document's articles.
    pub index: usize,
    /// The article's whole extent (kept and removed lines).
    #[serde(flatten)]
    pub span: Span,
    /// The title line, when the article has one.
    pub title: Option<TextSpan>,
    /// Source credited by an `المصدر:` line or an agency credit.
    pub source: Option<String>,
    /// Place line (`الرياض - فرانس برس`): the place, when given.
    pub place: Option<TextSpan>,
    /// Agency named in the place line.
    pub agency: Option<TextSpan>,
    /// Update time from an `(تحديث: 19:32 تغ)` stamp, as `19:32 GMT`.
    pub updated_at: Option<String>,
    /// The kept body paragraphs.
    pub body: Vec<Span>,
    /// Everything the cleaner removed, with reasons.
    pub removed: Vec<Removed>,
}

impl ArticleRecord {
    fn new(original: &str, index: usize, a: &Article) -> ArticleRecord {
        let reason = |r: &rasd_ingest::Removal| {
            serde_json::to_value(r.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| format!("{:?}", r.reason))
        };
        ArticleRecord {
            index,
            span: a.span,
            title: a.title.map(|t| TextSpan::new(original, t)),
            source: a.source.clone(),
            place: a
                .place_line
                .as_ref()
                .and_then(|p| p.place)
                .map(|s| TextSpan::new(original, s)),
            agency: a
                .place_line
                .as_ref()
                .map(|p| TextSpan::new(original, p.agency)),
            updated_at: a.updated_at.clone(),
            body: a.body.clone(),
            removed: a
                .removed
                .iter()
                .map(|r| Removed {
                    span: TextSpan::new(original, r.span),
                    reason: reason(r),
                })
                .collect(),
        }
    }
}

/// The document's tokens, serialised each with its original text (`text` is sliced from the
/// original at serialisation time, so analysis allocates no per-token copy of it).
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    original: Arc<str>,
    /// The tokens, in text order.
    pub list: Vec<Token>,
}

impl Serialize for Tokens {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WithText<'a> {
            #[serde(flatten)]
            token: &'a Token,
            text: &'a str,
        }
        s.collect_seq(self.list.iter().map(|t| WithText {
            token: t,
            text: t.span.text(&self.original),
        }))
    }
}

/// A successfully analysed document.
#[derive(Debug, Clone, Serialize)]
pub struct DocRecord {
    /// [`SCHEMA_VERSION`].
    pub schema_version: &'static str,
    /// Document id.
    pub id: String,
    /// Where it was read from.
    pub origin: String,
    /// Always `ok`.
    pub status: &'static str,
    /// Title from the input metadata.
    pub title: Option<String>,
    /// URL from the input metadata.
    pub url: Option<String>,
    /// Publication date from the input metadata or `--published`.
    pub published: Option<NaiveDate>,
    /// Length of the original text in bytes (every span lies inside it).
    pub length: usize,
    /// Articles found in the document.
    pub articles: Vec<ArticleRecord>,
    /// Kept paragraphs.
    pub paragraphs: Vec<Span>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Tokens.
    pub tokens: Tokens,
    /// Quantities.
    pub numbers: Vec<NumberMention>,
    /// Date expressions.
    pub dates: Vec<DateMention>,
    /// Morphology, one analysis per token (absent when the stage did not run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<TokenAnalysis>>,
    /// Entity mentions and groups (absent when the stage did not run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Entities>,
    /// Quotations (absent when the stage did not run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<Quote>>,
    /// Coded events (absent when the stage did not run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
}

impl DocRecord {
    /// Assembles the record from the layers.
    pub(crate) fn new(
        doc: &InputDoc,
        articles: &[Article],
        text: TextLayer,
        numbers: Vec<NumberMention>,
        dates: Vec<DateMention>,
    ) -> DocRecord {
        let original = doc.text.as_str();
        DocRecord {
            schema_version: SCHEMA_VERSION,
            id: doc.id.clone(),
            origin: doc.origin.clone(),
            status: "ok",
            title: doc.title.clone(),
            url: doc.url.clone(),
            published: doc.published,
            length: original.len(),
            articles: articles
                .iter()
                .enumerate()
                .map(|(i, a)| ArticleRecord::new(original, i, a))
                .collect(),
            paragraphs: text.paragraphs,
            sentences: text.sentences,
            tokens: Tokens {
                original: Arc::from(original),
                list: text.tokens,
            },
            numbers,
            dates,
            words: None,
            entities: None,
            quotes: None,
            events: None,
        }
    }
}

/// The record of a document that could not be analysed.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRecord {
    /// [`SCHEMA_VERSION`].
    pub schema_version: &'static str,
    /// Document id, when known.
    pub id: Option<String>,
    /// Where it was read from.
    pub origin: String,
    /// Always `error`.
    pub status: &'static str,
    /// What went wrong.
    pub error: ErrorDetail,
}

/// Kind and message of an error record.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorDetail {
    /// Error class (snake_case).
    pub kind: String,
    /// What went wrong and what to do about it.
    pub message: String,
}

impl ErrorRecord {
    /// The record for a document whose analysis failed inside rasd (a bug: please report it with the document).
    pub fn internal(doc: &InputDoc, message: &str) -> ErrorRecord {
        ErrorRecord {
            schema_version: SCHEMA_VERSION,
            id: Some(doc.id.clone()),
            origin: doc.origin.clone(),
            status: "error",
            error: ErrorDetail {
                kind: "internal".into(),
                message: format!(
                    "rasd failed on this document ({message}); please report it with the document"
                ),
            },
        }
    }

    /// The record for a document the readers could not read.
    pub fn from_input(e: &InputError) -> ErrorRecord {
        let kind = serde_json::to_value(e.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| format!("{:?}", e.kind));
        ErrorRecord {
            schema_version: SCHEMA_VERSION,
            id: e.id.clone(),
            origin: e.origin.clone(),
            status: "error",
            error: ErrorDetail {
                kind,
                message: e.message.clone(),
            },
        }
    }
}
