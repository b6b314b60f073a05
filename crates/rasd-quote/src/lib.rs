//! rasd-quote: quotations and their speakers in Arabic news.
//!
//! Finds direct quotes (in any quotation marks: " " « » “ ” ‘ ’), indirect speech (قال / قالت /
//! يقول / أكد / أضاف / أوضح / أعلن … followed by إن / أن / أنه / بأن, with و / ف prefixes),
//! mixed quotes (`إن المرحلة الأولى "هي …"`), participle continuations (مشيرا إلى أن, مضيفة أن)
//! and source attributions (بحسب, وفقا لـ, نقلا عن, حسب ما نقلت, بحسب شرطة المدينة, وفق الموقع
//! ذاته). Descriptions (وصف X بأنه …) and calls (دعت إلى "…") count only in that shape; a verb
//! inside another quote's content with no subject of its own (قال إن بلاده تعتبر أن) belongs to
//! that quote. Each quote carries its cue, content and speaker spans (byte offsets into the
//! ORIGINAL text).
//!
//! Speakers are resolved over the entity layer: a named speaker points to its entity group; a
//! nominal one (الوزير, الوزيرة) to the earlier person whose role has that head noun; an implicit
//! one (وأوضح with no subject) to the previous speaker or the most recent person agreeing in
//! gender and number (duals included: قالت الفتاتان … وأضافتا); organisations and outlets speak
//! (أعلن التحالف الدولي, قال تقرير للموقع); a subject may stand before an aside (وزير الخارجية،
//! وهو …، قال), be the antecedent of الذي, or the subject of a verb joined by و; unnamed sources
//! (مصدر عسكري, أحدها) stay unnamed and are never forced onto a name.
//!
//! ```
//! use rasd_quote::{extract_view, EntityView, SpeakerKind};
//! use rasd_text::{Span, TextLayer};
//! let text = "وقال مصدر عسكري إن القوات انسحبت من المدينة.";
//! let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
//! let quotes = extract_view(text, &layer, &[], &EntityView::default());
//! assert_eq!(quotes[0].cue.text, "قال");
//! assert_eq!(quotes[0].content.text, "القوات انسحبت من المدينة");
//! assert_eq!(quotes[0].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
//! ```

mod extract;
pub mod lexicon;
mod speaker;
pub mod view;

pub use view::{EntityGroup, EntityKind, EntityMention, EntityView};

use rasd_text::{Span, TextLayer};
use serde::Serialize;

/// A span with its text: `{"start", "end", "text"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// First byte in the original.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `original[start..end]`.
    pub text: String,
}

impl TextSpan {
    /// The span `span` of `original` with its text.
    pub fn new(original: &str, span: Span) -> TextSpan {
        TextSpan {
            start: span.start,
            end: span.end,
            text: span.text(original).to_string(),
        }
    }

    /// The bare span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How a quote is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Quotation marks enclose the whole reported clause.
    Direct,
    /// Reported speech after إن / أن or a colon.
    Indirect,
    /// Indirect speech with a quoted fragment.
    Mixed,
    /// A statement credited with بحسب / وفقا لـ / نقلا عن.
    Attribution,
    /// A participle continuing the previous statement (مشيرا إلى أن).
    Continuation,
}

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person (or place acting politically) in subject position.
    Named,
    /// A role noun (الوزير, مسؤول في الحلف), resolved to a person when one fits.
    Nominal,
    /// No subject: resolved from the verb's agreement and the previous speakers.
    Implicit,
    /// A pronoun marker (بدوره, هو) resolved like an implicit subject.
    Pronoun,
    /// An organisation or government body.
    Organisation,
    /// An unnamed source, report or medium (مصدر عسكري, تقارير): not a named speaker.
    Unnamed,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The speaker's mention or phrase as written: `original[start..end]` (for an implicit
    /// speaker, the earlier mention it resolved to).
    pub text: String,
    /// The speaker's name: the entity group's canonical name when resolved to a group, else `text`.
    pub name: String,
    /// First byte of the mention or phrase (for implicit speakers, of the mention resolved to).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// How it was found.
    pub kind: SpeakerKind,
    /// Entity group id, when the speaker is an entity.
    pub group: Option<usize>,
    /// The speaker's role or title phrase, when known.
    pub role: Option<String>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The cue word(s), without a leading و / ف.
    pub cue: TextSpan,
    /// The reported content.
    pub content: TextSpan,
    /// True when quotation marks enclose the whole content.
    pub direct: bool,
    /// How it is reported.
    pub kind: QuoteKind,
    /// Who said it; `None` when no speaker could be identified.
    pub speaker: Option<Speaker>,
}

/// Extracts the quotes of a document from its text, morphology and entity layers.
///
/// `morph` has one analysis per token of `text` (an empty slice is accepted: spelling rules
/// then stand in for the clitic analysis).
pub fn extract(
    original: &str,
    text: &TextLayer,
    morph: &[rasd_morph::TokenAnalysis],
    entities: &rasd_ner::Entities,
) -> Vec<Quote> {
    let view = EntityView::from(entities);
    extract_view(original, text, &token_classes(morph), &view)
}

/// What the morphology layer says of a token that the quote finder reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TokenClass {
    /// The first morpheme (after و / ف) is a preposition clitic (ل, ب, ك).
    pub prep_prefix: bool,
    /// The token holds a verb.
    pub verb: bool,
}

/// For each token, its [`TokenClass`] by the morphology layer.
pub fn token_classes(morph: &[rasd_morph::TokenAnalysis]) -> Vec<TokenClass> {
    morph
        .iter()
        .map(|a| {
            let mut tags = a
                .morphemes
                .iter()
                .map(|m| m.tag.as_str())
                .skip_while(|t| *t == "CONJ");
            TokenClass {
                prep_prefix: tags.next() == Some("PREP") && a.morphemes.len() > 1,
                verb: a.morphemes.iter().any(|m| m.tag == "V"),
            }
        })
        .collect()
}

/// Extracts quotes from the text layer and an entity view.
///
/// `classes[t]` says what the morphology layer read in token `t` (a preposition clitic, a
/// verb); an empty slice falls back to spelling rules.
pub fn extract_view(
    original: &str,
    text: &TextLayer,
    classes: &[TokenClass],
    entities: &EntityView,
) -> Vec<Quote> {
    let ctx = view::Ctx::new(original, text, entities, classes);
    extract::run(&ctx)
}

#[cfg(test)]
mod tests;
