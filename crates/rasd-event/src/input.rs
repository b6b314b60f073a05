//! The pipeline entry over the real layers (feature `layers`): rasd-text tokens, sentences and
//! dates, rasd-morph stems, rasd-ner mentions and groups.

use crate::actors::code_of;
use crate::fallback;
use crate::lexicon::Lexicon;
use crate::types::{DateRef, DocView, EntityRef, Event, Sent, Tok};
use crate::Coder;
use chrono::NaiveDate;
use rasd_morph::TokenAnalysis;
use rasd_ner::{Entities, EntityType};
use rasd_text::{DateMention, TextLayer, TokenKind};

/// Everything the coder reads from the pipeline. Quotes are not read yet (rasd-quote had not
/// landed): clauses governed by reporting verbs are found from the coder's own cue list.
pub struct EventInput<'a> {
    /// The original text.
    pub original: &'a str,
    /// Tokens and sentences.
    pub text: &'a TextLayer,
    /// One analysis per token (may be empty: light stems are used then).
    pub morph: &'a [TokenAnalysis],
    /// Entity mentions and groups.
    pub entities: &'a Entities,
    /// Date mentions, resolved against the publication date.
    pub dates: &'a [DateMention],
    /// Publication date.
    pub published: Option<NaiveDate>,
}

impl Coder {
    /// Codes the events of one document from its layers.
    pub fn extract(&self, input: &EventInput) -> Vec<Event> {
        let view = view(self.lexicon(), input);
        self.extract_view(&view)
    }

    /// Runs rasd-text, rasd-morph and rasd-ner over `original` (one region) and codes it.
    pub fn extract_with_layers(&self, original: &str, published: Option<NaiveDate>) -> Vec<Event> {
        self.extract_with_entities(original, published).0
    }

    /// As [`Coder::extract_with_layers`], also returning the entity layer the actors' groups index.
    pub fn extract_with_entities(
        &self,
        original: &str,
        published: Option<NaiveDate>,
    ) -> (Vec<Event>, Entities) {
        let region = rasd_text::Span::new(0, original.len());
        let paragraphs = paragraphs(original, region);
        let text = TextLayer::build(original, &paragraphs);
        let morph = analyzer()
            .map(|a| a.analyze_tokens(original, &text.tokens))
            .unwrap_or_default();
        let entities = rasd_ner::Recognizer::embedded().recognize(original, &text, &morph);
        let dates = rasd_text::read_dates(original, &text.tokens, published);
        let input = EventInput {
            original,
            text: &text,
            morph: &morph,
            entities: &entities,
            dates: &dates,
            published,
        };
        let events = self.extract(&input);
        (events, entities)
    }
}

/// The morphology analyser, when its embedded model loads (it may not be trained yet).
fn analyzer() -> Option<&'static rasd_morph::Analyzer> {
    static A: std::sync::OnceLock<Option<rasd_morph::Analyzer>> = std::sync::OnceLock::new();
    A.get_or_init(|| rasd_morph::Analyzer::from_bytes(rasd_morph::embedded_model_bytes()).ok())
        .as_ref()
}

/// Paragraphs: regions separated by blank lines or line breaks.
fn paragraphs(original: &str, region: rasd_text::Span) -> Vec<rasd_text::Span> {
    let mut out = Vec::new();
    let mut start = region.start;
    for (i, c) in original[region.start..region.end].char_indices() {
        if c == '\n' {
            out.push(rasd_text::Span::new(start, region.start + i));
            start = region.start + i + 1;
        }
    }
    out.push(rasd_text::Span::new(start, region.end));
    out
}

/// Converts the layers to the coder's view; dictionary mentions fill what the recogniser missed.
pub fn view<'a>(lx: &Lexicon, input: &EventInput<'a>) -> DocView<'a> {
    let tokens: Vec<Tok> = input
        .text
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Tok {
            start: t.span.start,
            end: t.span.end,
            key: t.key.clone(),
            stem: input
                .morph
                .get(i)
                .map(|m| m.key.clone())
                .filter(|k| !k.is_empty()),
            punct: matches!(t.kind, TokenKind::Punct | TokenKind::Symbol),
        })
        .collect();
    let sentences = input
        .text
        .sentences
        .iter()
        .map(|s| Sent {
            start: s.span.start,
            end: s.span.end,
            tokens: s.tokens.clone(),
        })
        .collect();
    let mut entities = ner_entities(lx, input);
    entities.retain(|e| !adjective_mention(&tokens, e));
    for e in fallback::mentions(lx, &tokens) {
        if !entities.iter().any(|n| n.start < e.end && e.start < n.end) {
            entities.push(e);
        }
    }
    entities.sort_by_key(|e| e.start);
    let dates = input
        .dates
        .iter()
        .map(|d| date_ref(lx, &tokens, d))
        .collect();
    DocView {
        original: input.original,
        tokens,
        sentences,
        entities,
        dates,
        published: input.published,
    }
}

/// A date mention; a weekday governed by an imperfect verb (يعقد ... الاثنين) is left
/// unresolved: it may be upcoming or habitual, and the report's own date is unknown.
fn date_ref(lx: &Lexicon, tokens: &[Tok], d: &DateMention) -> DateRef {
    let i = tokens.partition_point(|t| t.start < d.span.start);
    let weekday = matches!(d.kind, rasd_text::DateKind::Weekday);
    let value = d
        .value
        .filter(|_| !(weekday && fallback::governing_verb_imperfect(lx, tokens, i)));
    DateRef {
        start: d.span.start,
        end: d.span.end,
        value,
    }
}

/// A one-word definite nisba after a word (الوزير الإيراني, الحكومة السورية) is an adjective, not
/// an actor.
fn adjective_mention(tokens: &[Tok], e: &EntityRef) -> bool {
    let i = tokens.partition_point(|t| t.end <= e.start);
    let Some(t) = tokens.get(i).filter(|t| t.end >= e.end) else {
        return false;
    };
    let prev_word = i > 0 && !tokens[i - 1].punct;
    let k = t.key.strip_prefix(['و', 'ف']).unwrap_or(&t.key);
    let nisba = k
        .strip_prefix("ال")
        .is_some_and(|r| ["ي", "يه", "يين", "يون"].iter().any(|s| r.ends_with(s)));
    prev_word && nisba
}

fn ner_entities(lx: &Lexicon, input: &EventInput) -> Vec<EntityRef> {
    let ents = input.entities;
    let group_code: Vec<Option<String>> = ents
        .groups
        .iter()
        .map(|g| {
            let role = g.role.as_deref().and_then(|r| code_of(lx, r));
            role.or_else(|| g.names.iter().find_map(|n| code_of(lx, n)))
        })
        .collect();
    ents.mentions
        .iter()
        .map(|m| EntityRef {
            start: m.span.start,
            end: m.span.end,
            etype: etype(&m.etype).into(),
            group: Some(m.group),
            code: group_code.get(m.group).cloned().flatten(),
        })
        .collect()
}

fn etype(t: &EntityType) -> &'static str {
    match t {
        EntityType::PER => "PER",
        EntityType::ORG => "ORG",
        EntityType::LOC => "LOC",
        _ => "MISC",
    }
}
