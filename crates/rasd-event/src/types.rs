//! Input view and output types of the event coder.

use chrono::NaiveDate;
use serde::Serialize;

/// A token of the input view (byte offsets into the original).
#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Where the word starts after its proclitic conjunction and preposition (`ل` of `لدمشق`,
    /// `و` of `وأنقرة`; the article stays): an actor phrase opening on this token starts here.
    pub body_start: usize,
    /// Match key of the surface.
    pub key: String,
    /// Stem key from the morphology layer, when present.
    pub stem: Option<String>,
    /// Punctuation or symbol.
    pub punct: bool,
    /// The morphology layer tags it a verb (false when unknown).
    pub verb: bool,
    /// The morphology layer tags it a noun without article or pronoun suffix (بطريقة, قانون;
    /// false when unknown).
    pub bare_noun: bool,
    /// The morphology layer tags it an adjective without article or pronoun suffix (نوويا,
    /// جديدة; false when unknown).
    pub bare_adjective: bool,
}

/// The index of the token holding byte `b`, or of the first token after it: the first token
/// that ends after `b` (`tokens.len()` when none does).
pub fn token_at(tokens: &[Tok], b: usize) -> usize {
    tokens.partition_point(|t| t.end <= b)
}

/// The index of the first token that starts at or after byte `b` (`tokens.len()` when none
/// does).
pub fn token_from(tokens: &[Tok], b: usize) -> usize {
    tokens.partition_point(|t| t.start < b)
}

/// A sentence: byte span and token-index range.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Token indices.
    pub tokens: std::ops::Range<usize>,
}

/// An entity mention of the input view.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRef {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub etype: String,
    /// In-document entity group id.
    pub group: Option<usize>,
    /// CAMEO actor code when known.
    pub code: Option<String>,
}

/// A date mention of the input view.
#[derive(Debug, Clone, PartialEq)]
pub struct DateRef {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Resolved calendar date.
    pub value: Option<NaiveDate>,
}

/// Everything the coder reads: the original text and the layers over it.
#[derive(Debug, Clone)]
pub struct DocView<'a> {
    /// The original text, never edited.
    pub original: &'a str,
    /// Tokens in order.
    pub tokens: Vec<Tok>,
    /// Sentences in order.
    pub sentences: Vec<Sent>,
    /// Entity mentions in order of start.
    pub entities: Vec<EntityRef>,
    /// Date mentions.
    pub dates: Vec<DateRef>,
    /// Publication date given as metadata.
    pub published: Option<NaiveDate>,
    /// Reported statements (from rasd-quote; empty when no quote layer is given).
    pub quotes: Vec<QuoteRef>,
    /// Role phrases of person entities: (group id, role text), e.g. (3, "الرئيس الأميركي").
    pub roles: Vec<(usize, String)>,
}

/// A reported statement of the input view: cue word(s), reported content and speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteRef {
    /// The cue (قال, نفت, داعيا, بحسب).
    pub cue: ByteSpan,
    /// The reported content.
    pub content: ByteSpan,
    /// The speaker as an actor; `None` for unnamed sources and unresolved speakers.
    pub speaker: Option<Actor>,
    /// Credited with بحسب / وفقا لـ / نقلا عن: the source of a report, not a speaker acting.
    pub attribution: bool,
}

/// A span with its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextSpan {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// `original[start..end]`.
    pub text: String,
}

/// A byte span.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ByteSpan {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// A source or target actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    /// Surface text.
    pub text: String,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Entity group id, when the actor is an entity mention.
    pub group: Option<usize>,
    /// CAMEO actor code (`USAGOV`, `IGO`, `IRQMIL`), when it resolves.
    pub code: Option<String>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Trigger words (verb or verbal noun, with its support verb when there is one).
    pub trigger: TextSpan,
    /// Sentence the event was coded from.
    pub sentence: ByteSpan,
    /// Full CAMEO event code.
    pub cameo: String,
    /// Two-digit CAMEO root.
    pub root: String,
    /// CAMEO code description.
    pub cameo_label: Option<String>,
    /// PLOVER category (none for roots 01/02).
    pub plover: Option<String>,
    /// PLOVER mode, where defined.
    pub plover_mode: Option<String>,
    /// PLOVER context, where defined.
    pub plover_context: Option<String>,
    /// GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict).
    pub quad_class: u8,
    /// Goldstein scale of the CAMEO root.
    pub goldstein: f32,
    /// Source actor.
    pub source: Option<Actor>,
    /// Target actor.
    pub target: Option<Actor>,
    /// Place.
    pub location: Option<TextSpan>,
    /// ISO date, resolved against the publication date.
    pub date: Option<String>,
    /// `asserted`, `announced`, `intended`, `expected`, `negated` or `denied`.
    pub modality: String,
    /// Whether the trigger is negated.
    pub negated: bool,
    /// `dictionary`, `dictionary+classifier` or `classifier`.
    pub origin: String,
    /// How likely the reading is right (root, source and target), from the pipeline's
    /// event-confidence model; absent where the event layer runs on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f32>,
}
