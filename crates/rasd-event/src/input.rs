//! The pipeline entry over the real layers (feature `layers`): rasd-text tokens, sentences and
//! dates, rasd-morph stems, rasd-ner mentions and groups, rasd-quote quotes.

use crate::actors::code_of;
use crate::fallback;
use crate::lexicon::Lexicon;
use crate::types::{Actor, ByteSpan, DateRef, DocView, EntityRef, Event, QuoteRef, Sent, Tok};
use crate::Coder;
use chrono::NaiveDate;
use rasd_morph::TokenAnalysis;
use rasd_ner::{Entities, EntityType};
use rasd_text::{DateMention, TextLayer, TokenKind};

/// Everything the coder reads from the pipeline. Quotes (rasd-quote) give statement events:
/// a quote whose cue or content names a political act (denial, appeal, demand, disapproval,
/// rejection, threat) is coded with its speaker as source (see [`crate::statements`]).
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
    /// Quotes from rasd-quote (may be empty): statements that are political acts become events.
    pub quotes: &'a [rasd_quote::Quote],
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
        let quotes = rasd_quote::extract(original, &text, &morph, &entities);
        let input = EventInput {
            original,
            text: &text,
            morph: &morph,
            entities: &entities,
            dates: &dates,
            published,
            quotes: &quotes,
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
            key: t.key.to_string(),
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
    entities.retain(|e| !adjective_mention(&tokens, e, NISBA));
    for e in fallback::mentions(lx, &tokens) {
        let free = !entities.iter().any(|n| n.start < e.end && e.start < n.end);
        // dictionary mentions: a singular nisba (السعودي) is an adjective, a plural one a people
        if free && !adjective_mention(&tokens, &e, &NISBA[..2]) {
            entities.push(e);
        }
    }
    for t in input
        .text
        .tokens
        .iter()
        .filter(|t| t.hashtag && t.key.contains('_'))
    {
        let (start, end) = (t.span.start, t.span.end);
        if !entities.iter().any(|n| n.start < end && start < n.end) {
            entities.push(hashtag_mention(lx, input.original, start, end));
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
        quotes: input.quotes.iter().map(|q| quote_ref(lx, q)).collect(),
    }
}

/// A quote of the view; unnamed sources (مصادر, تقارير) have no speaker. The speaker's code
/// comes from its role (السفير الأمريكي → USA...) or its name.
fn quote_ref(lx: &Lexicon, q: &rasd_quote::Quote) -> QuoteRef {
    let speaker = q
        .speaker
        .as_ref()
        .filter(|s| s.kind != rasd_quote::SpeakerKind::Unnamed && s.end > s.start)
        .map(|s| Actor {
            text: s.text.clone(),
            start: s.start,
            end: s.end,
            group: s.group,
            code: s
                .role
                .as_deref()
                .and_then(|r| code_of(lx, r))
                .or_else(|| code_of(lx, &s.text)),
        });
    QuoteRef {
        cue: ByteSpan {
            start: q.cue.start,
            end: q.cue.end,
        },
        content: ByteSpan {
            start: q.content.start,
            end: q.content.end,
        },
        speaker,
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

/// Nisba endings: singular (ي, يه) and plural (يين, يون).
const NISBA: &[&str] = &["ي", "يه", "يين", "يون"];

/// A one-word definite nisba after a word (الوزير الإيراني, الحكومة السورية) is an adjective, not
/// an actor.
fn adjective_mention(tokens: &[Tok], e: &EntityRef, endings: &[&str]) -> bool {
    let i = tokens.partition_point(|t| t.end <= e.start);
    let Some(t) = tokens.get(i).filter(|t| t.end >= e.end) else {
        return false;
    };
    let prev_word = i > 0 && !tokens[i - 1].punct;
    let k = t.key.strip_prefix(['و', 'ف']).unwrap_or(&t.key);
    let nisba = k
        .strip_prefix("ال")
        .is_some_and(|r| endings.iter().any(|s| r.ends_with(s)));
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

/// A multi-word hashtag the recogniser left out (#ميليشيا_الحوثي): a named actor.
fn hashtag_mention(lx: &Lexicon, original: &str, start: usize, end: usize) -> EntityRef {
    let name = original[start..end]
        .trim_start_matches('#')
        .replace('_', " ");
    EntityRef {
        start,
        end,
        etype: "ORG".into(),
        group: None,
        code: code_of(lx, &name),
    }
}

fn etype(t: &EntityType) -> &'static str {
    match t {
        EntityType::PER => "PER",
        EntityType::ORG => "ORG",
        EntityType::LOC => "LOC",
        _ => "MISC",
    }
}
