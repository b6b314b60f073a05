//! The rasd pipeline: one [`InputDoc`] in, one analysed-document record out.
//!
//! The original text is never edited: the article splitter says which spans are kept, the text
//! layer tokenises the kept spans, and every later stage adds its own layer of spans over the
//! same original. [`Pipeline::analyze`] stacks the layers into a [`DocRecord`], the JSON Lines
//! record documented in the README and in `schema/rasd-document.schema.json`.
//!
//! ```
//! use rasd_pipeline::{Pipeline, Stages};
//! use rasd_ingest::InputDoc;
//! let doc = InputDoc::new("d1", "-", "وقال السفير إن 29 دولة تشارك.\n\nالمصدر: وكالات");
//! let record = Pipeline::new(Stages::TEXT).analyze(&doc);
//! assert_eq!(record.articles[0].source.as_deref(), Some("وكالات"));
//! assert_eq!(record.numbers[0].value, 29.0);
//! ```

pub mod confidence;
mod conllu;
mod record;

pub use conllu::conllu;

pub use chrono::NaiveDate;
pub use rasd_ingest::{InputDoc, InputError};
pub use record::{
    ArticleRecord, DocRecord, ErrorRecord, Removed, TextSpan, Tokens, SCHEMA_VERSION,
};

use rasd_ingest::Article;
use rasd_text::{read_dates, read_numbers, DateMention, NumberMention, Span, TextLayer};

/// Which stages run after the text layer (the text layer always runs). Each stage needs the
/// ones before it: morphology, entities, quotes, events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    /// Clitic segmentation, POS and stems.
    pub morph: bool,
    /// Named entities, roles and in-document groups.
    pub entities: bool,
    /// Quotations and their speakers.
    pub quotes: bool,
    /// CAMEO / PLOVER events.
    pub events: bool,
}

impl Stages {
    /// Only reading, cleaning and the text layer (tokens, sentences, numbers, dates).
    pub const TEXT: Stages = Stages {
        morph: false,
        entities: false,
        quotes: false,
        events: false,
    };
    /// Every stage.
    pub const ALL: Stages = Stages {
        morph: true,
        entities: true,
        quotes: true,
        events: true,
    };
}

/// The analysis pipeline; cheap to share between threads.
#[derive(Debug, Clone)]
pub struct Pipeline {
    stages: Stages,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new(Stages::ALL)
    }
}

impl Pipeline {
    /// A pipeline running `stages` on the bundled models.
    pub fn new(stages: Stages) -> Pipeline {
        Pipeline { stages }
    }

    /// Analyses one document; an internal failure (a bug) becomes an error record naming the
    /// document instead of taking the whole batch down.
    pub fn try_analyze(&self, doc: &InputDoc) -> Result<DocRecord, Box<ErrorRecord>> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.analyze(doc))).map_err(
            |panic| {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                Box::new(ErrorRecord::internal(doc, &message))
            },
        )
    }

    /// Analyses one document.
    pub fn analyze(&self, doc: &InputDoc) -> DocRecord {
        let original = doc.text.as_str();
        let articles = rasd_ingest::split_articles(original);
        let regions: Vec<Span> = articles
            .iter()
            .flat_map(|a| a.body.iter().copied())
            .collect();
        let text = TextLayer::build(original, &regions);
        let dated = dated_articles(&articles, doc.published);
        let (numbers, dates) = read_quantities(original, &text, &articles, &dated);
        let stages = self.stages;
        let words = (stages.morph || stages.entities)
            .then(|| rasd_morph::Analyzer::embedded().analyze_tokens(original, &text.tokens));
        let morph = words.as_deref().unwrap_or(&[]);
        let entities = stages.entities.then(|| {
            let mut known = dateline_names(original, &articles);
            known.extend(credit_names(original, &articles));
            rasd_ner::Recognizer::embedded().recognize_with(original, &text, morph, &known)
        });
        let quotes = entities
            .as_ref()
            .filter(|_| stages.quotes)
            .map(|e| rasd_quote::extract(original, &text, morph, e));
        let events = entities.as_ref().filter(|_| stages.events).map(|e| {
            let input = rasd_event::EventInput {
                original,
                text: &text,
                morph,
                entities: e,
                dates: &dates,
                published: doc.published,
                quotes: quotes.as_deref().unwrap_or(&[]),
            };
            rasd_event::Coder::embedded().extract(&input)
        });
        let mut record = DocRecord::new(doc, &articles, text, numbers, dates);
        record.words = words.filter(|_| stages.morph);
        record.entities = entities;
        record.quotes = quotes;
        record.events = events;
        confidence::annotate(&mut record, confidence::ConfidenceModel::embedded());
        record
    }
}

/// Which articles the publication date applies to.
///
/// A file of several glued reports carries one publication date. When exactly the reports with an
/// update stamp can be told apart (some have one, some do not), the date belongs to the stamped
/// ones: the others are older reports pasted beside it. Otherwise it applies to every article.
/// Generic credits that name no one (`وكالات`: "agencies").
const GENERIC_AGENCIES: [&str; 3] = ["وكالات", "الوكالات", "مواقع"];

/// Names a dateline gives (`دبي، الإمارات العربية المتحدة (CNN)`): each comma-separated part
/// of the place as LOC, the agency as ORG (unless a generic credit).
fn dateline_names(original: &str, articles: &[Article]) -> Vec<rasd_ner::KnownName> {
    use rasd_ner::{EntityType, KnownName};
    let mut out = Vec::new();
    for line in articles.iter().filter_map(|a| a.place_line.as_ref()) {
        if let Some(place) = line.place {
            out.extend(comma_parts(original, place).map(|span| KnownName {
                span,
                etype: EntityType::LOC,
                role: None,
            }));
        }
        let agency = rasd_text::trim(original, line.agency);
        if !agency.is_empty() && !GENERIC_AGENCIES.contains(&agency.text(original)) {
            out.push(KnownName {
                span: agency,
                etype: EntityType::ORG,
                role: None,
            });
        }
    }
    out
}

/// Names in credit lines removed from the body (`مزيد من التفاصيل في تقرير مراسلة "راديو سوا"
/// في الكويت سليمة لوبال`): the reporter, with her role, and the outlet. The lines are read by
/// the recogniser on their own, so they add entities without adding tokens to the body.
fn credit_names(original: &str, articles: &[Article]) -> Vec<rasd_ner::KnownName> {
    let spans: Vec<Span> = articles
        .iter()
        .flat_map(|a| &a.removed)
        .filter(|r| r.reason == rasd_ingest::RemovalReason::MoreDetailsTail)
        .map(|r| r.span)
        .collect();
    if spans.is_empty() {
        return Vec::new();
    }
    let layer = TextLayer::build(original, &spans);
    let morph = rasd_morph::Analyzer::embedded().analyze_tokens(original, &layer.tokens);
    let ents = rasd_ner::Recognizer::embedded().recognize(original, &layer, &morph);
    ents.mentions
        .iter()
        .map(|m| rasd_ner::KnownName {
            span: m.span,
            etype: m.etype,
            role: m.role,
        })
        .collect()
}

/// The non-empty, whitespace-trimmed parts of `span` between commas (، or ,).
fn comma_parts(original: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let text = span.text(original);
    let mut starts = vec![0];
    let mut parts = Vec::new();
    for (i, c) in text.char_indices().filter(|(_, c)| matches!(c, '،' | ',')) {
        starts.push(i + c.len_utf8());
        parts.push(i);
    }
    parts.push(text.len());
    starts
        .into_iter()
        .zip(parts)
        .map(move |(a, b)| rasd_text::trim(original, Span::new(span.start + a, span.start + b)))
        .filter(|s| !s.is_empty())
}

fn dated_articles(articles: &[Article], published: Option<NaiveDate>) -> Vec<Option<NaiveDate>> {
    let stamped = articles.iter().filter(|a| a.updated_at.is_some()).count();
    let partial = stamped > 0 && stamped < articles.len();
    articles
        .iter()
        .map(|a| published.filter(|_| !partial || a.updated_at.is_some()))
        .collect()
}

/// Dates (resolved per article) and quantities (outside dates) of the whole text layer.
fn read_quantities(
    original: &str,
    text: &TextLayer,
    articles: &[Article],
    dated: &[Option<NaiveDate>],
) -> (Vec<NumberMention>, Vec<DateMention>) {
    let mut dates = Vec::new();
    for (article, published) in articles.iter().zip(dated) {
        let range = token_range(text, article.span);
        dates.extend(read_dates(original, &text.tokens[range], *published));
    }
    let in_date = |i: usize| {
        let t = text.tokens[i].span;
        let k = dates.partition_point(|d: &DateMention| d.span.end <= t.start);
        k < dates.len() && dates[k].span.contains(t)
    };
    let numbers = read_numbers(original, &text.tokens, &in_date);
    (numbers, dates)
}

/// The tokens inside `span`, as an index range.
fn token_range(text: &TextLayer, span: Span) -> std::ops::Range<usize> {
    let start = text.tokens.partition_point(|t| t.span.start < span.start);
    let end = text.tokens.partition_point(|t| t.span.start < span.end);
    start..end
}

#[cfg(test)]
mod tests;
