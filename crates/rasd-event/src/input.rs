//! The pipeline entry over the real layers (feature `layers`): rasd-text tokens, sentences and
//! dates, rasd-morph stems, rasd-ner mentions and groups, rasd-quote quotes.

use crate::actors::code_of;
use crate::core::{COMPLEMENTIZERS, PLACE_PREPS, TARGET_PREPS};
use crate::fallback;
use crate::lexicon::Lexicon;
use crate::types::{
    token_at, token_from, Actor, ByteSpan, DateRef, DocView, EntityRef, Event, QuoteRef, Sent, Tok,
};
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

/// The one fold from the text layer's keys (which keep hamza seats: رئيس, مسؤول) to the keys
/// of the coder's word lists and dictionaries (رييس, مسوول): every token key and stem of the
/// view passes through it once, so no lookup has to re-fold.
pub fn fold(key: &str) -> String {
    crate::norm::match_key(key)
}

/// Where a word starts after its proclitic conjunctions and prepositions (و, ف, ب, ل, ك): the
/// first morpheme of another kind, the article included; `start` when there is none. An
/// article that lost its alif (للحكومة) keeps the ل before it: `لحكومة` would read as another word.
fn body_start(m: &TokenAnalysis, start: usize) -> usize {
    let ms = &m.morphemes;
    let proclitic = |x: &rasd_morph::Morpheme| {
        matches!(x.tag.as_str(), "CONJ" | "PREP")
            && matches!(x.form.as_str(), "و" | "ف" | "ب" | "ل" | "ك")
    };
    let Some(k) = ms.iter().position(|x| !proclitic(x)) else {
        return start;
    };
    // the article's alif dropped after ل: one letter (two bytes) or none is left of it
    let elided = ms[k].tag == "DET" && ms[k].span.len() <= 'ل'.len_utf8();
    let k = if elided { k.saturating_sub(1) } else { k };
    ms[k].span.start.max(start)
}

/// Whether the morphology tags `pos` (`PREP+NOUN+NSUFF`) read a word of part of speech `tag`
/// (`NOUN`, `ADJ`) with neither article nor pronoun suffix: an indefinite one.
fn bare(pos: &str, tag: &str) -> bool {
    let tags = || pos.split('+');
    tags().any(|p| p == tag) && !tags().any(|p| p == "DET" || p == "PRON")
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
            body_start: input
                .morph
                .get(i)
                .map_or(t.span.start, |m| body_start(m, t.span.start)),
            key: fold(&t.key),
            stem: input
                .morph
                .get(i)
                .map(|m| fold(&m.key))
                .filter(|k| !k.is_empty()),
            punct: matches!(t.kind, TokenKind::Punct | TokenKind::Symbol),
            verb: input
                .morph
                .get(i)
                .is_some_and(|m| m.pos.split('+').any(|p| p == "V")),
            bare_noun: input.morph.get(i).is_some_and(|m| bare(&m.pos, "NOUN")),
            bare_adjective: input.morph.get(i).is_some_and(|m| bare(&m.pos, "ADJ")),
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
    // a name takes no nisba after it (the title before it does: الرئيس المصري عبد الفتاح
    // السيسي): a definite nisba right after a person is the next party (وانتقد بومبيو السعودية)
    let person_ends: Vec<usize> = entities
        .iter()
        .filter(|e| e.etype == "PER")
        .map(|e| e.end)
        .collect();
    let after_person = |e: &EntityRef| {
        let i = token_at(&tokens, e.start);
        i > 0 && person_ends.contains(&tokens[i - 1].end)
    };
    entities.retain(|e| {
        (!adjective_mention(&tokens, e, NISBA) || after_person(e))
            && !not_a_name(&tokens, input.dates, e)
            && !pattern_verb(&tokens, e)
    });
    for e in fallback::mentions(lx, &tokens) {
        let free = !entities.iter().any(|n| n.start < e.end && e.start < n.end)
            && !not_a_name(&tokens, input.dates, &e)
            && !pattern_verb(&tokens, &e);
        // dictionary mentions: a singular nisba (السعودي) is an adjective, a plural one a people
        if free && !adjective_mention(&tokens, &e, &NISBA[..2]) {
            entities.push(e);
        }
    }
    entities.sort_by_key(|e| e.start);
    join_office_bodies(lx, input.original, &tokens, &mut entities);
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
        quotes: input
            .quotes
            .iter()
            .map(|q| quote_ref(lx, input, q))
            .collect(),
        roles: person_roles(input),
    }
}

/// Heads of the offices that act for the body they head (الأمين العام, المدير العام,
/// المفوض السامي, المبعوث الخاص, المنسق).
const OFFICE_HEADS: [&str; 5] = ["امين", "مدير", "مفوض", "مبعوث", "منسق"];

/// An office the dictionaries name (الأمين العام, GOVLEG) right before the body it heads,
/// joined by ل (الأمين العام للأمم المتحدة): one mention of the body's group with its code
/// (IGOUNO), in place of the body's and any mention of the office words alone.
/// `entities` are sorted by start.
fn join_office_bodies(lx: &Lexicon, original: &str, tokens: &[Tok], entities: &mut Vec<EntityRef>) {
    let mut k = 0;
    while k < entities.len() {
        if let Some((first, at)) = office_before(lx, original, tokens, entities, k) {
            let body = &entities[k];
            let start = tokens[first].start;
            let office_end = tokens[at - 1].end;
            let code = body
                .code
                .clone()
                .or_else(|| code_of(lx, &original[body.start..body.end]))
                .or_else(|| code_of(lx, &original[start..body.end]));
            entities[k] = EntityRef {
                start,
                code,
                ..body.clone()
            };
            // the office words' own mention gives way
            let before = entities.len();
            entities.retain(|e| !(e.group.is_none() && e.start >= start && e.end <= office_end));
            k -= before - entities.len();
        }
        k += 1;
    }
}

/// The first token of the office that heads the body mention `entities[k]` from right before
/// it, and the body's first token: up to three words, no verb, mark, conjunction or named
/// mention, opening on an office head and coded as an office; `None` when the body carries no
/// ل or a holder's name follows it (الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ: the title
/// stays his role).
fn office_before(
    lx: &Lexicon,
    original: &str,
    tokens: &[Tok],
    entities: &[EntityRef],
    k: usize,
) -> Option<(usize, usize)> {
    let body = &entities[k];
    // (the body's mention may start after the ل: للأمم → لأمم)
    let at = token_at(tokens, body.start);
    let lam = tokens
        .get(at)
        .is_some_and(|t| t.key.starts_with('ل') && !t.key.starts_with("ال"));
    let after = token_at(tokens, body.end);
    let holder = entities.get(k + 1).is_some_and(|e| {
        let t = tokens.get(after);
        e.etype == "PER" && t.is_some_and(|t| t.start <= e.start && e.start < t.end)
    });
    if body.etype != "ORG" || !lam || at == 0 || holder {
        return None;
    }
    let word = |i: usize| {
        let t = &tokens[i];
        let named = entities[..k]
            .iter()
            .any(|e| e.group.is_some() && e.start < t.end && t.start < e.end);
        !t.verb && !t.punct && !t.key.starts_with('و') && !named
    };
    let office = |i: usize| {
        let key = tokens[i].key.strip_prefix("ال").unwrap_or(&tokens[i].key);
        let text = &original[tokens[i].start..tokens[at - 1].end];
        OFFICE_HEADS.contains(&key)
            && code_of(lx, text).is_some_and(|c| crate::actors::is_office(&c))
    };
    let first = (at.saturating_sub(3)..at)
        .rev()
        .take_while(|&i| word(i))
        .filter(|&i| office(i))
        .last()?;
    Some((first, at))
}

/// The role phrases of person groups: the group's role and every mention's role span.
fn person_roles(input: &EventInput) -> Vec<(usize, String)> {
    let ents = input.entities;
    let mut out: Vec<(usize, String)> = Vec::new();
    let persons = ents.groups.iter().filter(|g| g.etype == EntityType::PER);
    for g in persons {
        let spans = g
            .mentions
            .iter()
            .filter_map(|&m| ents.mentions.get(m)?.role)
            .filter_map(|r| input.original.get(r.start..r.end));
        for role in g.role.as_deref().into_iter().chain(spans) {
            if !out.iter().any(|(id, r)| *id == g.id && r == role) {
                out.push((g.id, role.to_string()));
            }
        }
    }
    out
}

/// A quote of the view; unnamed sources (مصادر, تقارير) have no speaker. The speaker's code
/// comes from its role (السفير الأمريكي → USA...) or its name.
fn quote_ref(lx: &Lexicon, input: &EventInput, q: &rasd_quote::Quote) -> QuoteRef {
    let speaker = q
        .speaker
        .as_ref()
        .filter(|s| s.kind != rasd_quote::SpeakerKind::Unnamed && s.end > s.start)
        .map(|s| {
            let code = s
                .role
                .as_deref()
                .and_then(|r| code_of(lx, r))
                .or_else(|| code_of(lx, &s.text));
            let titled = s
                .group
                .is_none()
                .then(|| titled_person(input, s.start, s.end));
            match titled.flatten() {
                Some(m) => Actor {
                    text: m.text.clone(),
                    start: m.span.start,
                    end: m.span.end,
                    group: Some(m.group),
                    code,
                },
                None => Actor {
                    text: s.text.clone(),
                    start: s.start,
                    end: s.end,
                    group: s.group,
                    code,
                },
            }
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
        attribution: q.kind == rasd_quote::QuoteKind::Attribution,
    }
}

/// The person whose role phrase holds the span `start..end` (a nominal speaker المدير
/// الإقليمي inside المدير الإقليمي للمنظمة تيد شيبان names Ted Chaiban).
fn titled_person<'i>(
    input: &'i EventInput,
    start: usize,
    end: usize,
) -> Option<&'i rasd_ner::Mention> {
    input.entities.mentions.iter().find(|m| {
        m.etype == EntityType::PER && m.role.is_some_and(|r| r.start <= start && end <= r.end)
    })
}

/// A date mention; a weekday governed by an imperfect verb (يعقد ... الاثنين) is left
/// unresolved: it may be upcoming or habitual, and the report's own date is unknown. So is a
/// week, month or year (العام الماضي, في سبتمبر): it names no day.
fn date_ref(lx: &Lexicon, tokens: &[Tok], d: &DateMention) -> DateRef {
    let i = token_from(tokens, d.span.start);
    let weekday = matches!(d.kind, rasd_text::DateKind::Weekday);
    let day = matches!(d.granularity, rasd_text::Granularity::Day);
    let value = d
        .value
        .filter(|_| day && !(weekday && fallback::governing_verb_imperfect(lx, tokens, i)));
    DateRef {
        start: d.span.start,
        end: d.span.end,
        value,
    }
}

/// Levantine month names, which the actor dictionary also holds as names (نيسان, تموز).
const MONTHS: [&str; 9] = [
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "ايلول",
    "تشرين",
];

/// A dictionary match or recognised mention that the other layers read as something else: a
/// verb (the morphology layer's tag: صدر "was issued"), a date or a month name (نيسان "April").
fn not_a_name(tokens: &[Tok], dates: &[DateMention], e: &EntityRef) -> bool {
    let covered: Vec<&Tok> = tokens
        .iter()
        .filter(|t| t.start < e.end && e.start < t.end)
        .collect();
    let verb = covered.iter().all(|t| t.verb);
    let month = covered.len() == 1 && MONTHS.contains(&covered[0].key.as_str());
    let date = dates
        .iter()
        .any(|d| d.span.start < e.end && e.start < d.span.end);
    verb || month || date
}

/// A one-word mention that is a support verb or its verbal noun with the object that makes
/// it an act right after it (فتح تحقيق: opening an investigation, not the Fatah movement).
fn pattern_verb(tokens: &[Tok], e: &EntityRef) -> bool {
    let i = token_at(tokens, e.start);
    let (Some(t), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
        return false;
    };
    // the verb itself may open with ف (فتح), after a conjunction too (وفتح)
    let verbs = [
        t.key.as_str(),
        t.key.strip_prefix(['و', 'ف']).unwrap_or(&t.key),
    ];
    let pattern = verbs
        .iter()
        .any(|v| crate::extract::light_pattern(v, &next.key).is_some());
    t.end >= e.end && pattern
}

/// Nisba endings: singular (ي, يه) and plural (يين, يون).
const NISBA: &[&str] = &["ي", "يه", "يين", "يون"];

/// A one-word definite nisba after a word (الوزير الإيراني, الحكومة السورية), or a singular
/// indefinite one after a noun (هجوم روسي), is an adjective, not an actor. After a verb, a
/// preposition, a direction or a complementiser the definite one is a name (طردت السعودية, في
/// السعودية, باتجاه السعودية, أن الحوثيين): no adjective follows those.
fn adjective_mention(tokens: &[Tok], e: &EntityRef, endings: &[&str]) -> bool {
    let i = token_at(tokens, e.start);
    let Some(t) = tokens.get(i).filter(|t| t.end >= e.end) else {
        return false;
    };
    let prev = i.checked_sub(1).map(|p| &tokens[p]).filter(|p| !p.punct);
    let k = t.key.strip_prefix(['و', 'ف']).unwrap_or(&t.key);
    // an adjective never carries a preposition (أسلحة للسعودية: to Saudi Arabia)
    if ["لل", "بال", "كال"].iter().any(|p| k.starts_with(p)) {
        return false;
    }
    // a conjoined adjective follows one (القوات العراقية والأمريكية); after a name the
    // conjoined word is another name (مصر والسعودية)
    let nisba = |w: &str| {
        let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        w.chars().count() > 2 && endings.iter().any(|s| w.ends_with(s))
    };
    if t.key != *k && prev.is_some_and(|p| !nisba(&p.key)) {
        return false;
    }
    let definite = k
        .strip_prefix("ال")
        .is_some_and(|r| endings.iter().any(|s| r.ends_with(s)));
    // the morphology layer's tags tell a noun (هجوم روسي) from a verb (قتل فلسطيني)
    let after_noun = prev.is_some_and(|p| p.stem.is_some() && !p.verb);
    let indefinite = !k.starts_with("ال")
        && t.key == *k
        && k.chars().count() > 3
        && NISBA[..2].iter().any(|s| k.ends_with(s));
    // (a direction noun governs a name too: صاروخ باتجاه السعودية)
    const DIRECTIONS: &[&str] = &["اتجاه", "باتجاه", "تجاه", "نحو", "صوب"];
    let governed = prev.is_some_and(|p| {
        let bare = p.key.strip_prefix(['و', 'ف']).unwrap_or(&p.key);
        let function = |k: &str| {
            [TARGET_PREPS, PLACE_PREPS, COMPLEMENTIZERS, DIRECTIONS]
                .iter()
                .any(|l| l.contains(&k))
        };
        p.verb || function(&p.key) || function(bare)
    });
    prev.is_some() && definite && !governed || after_noun && indefinite
}

fn ner_entities(lx: &Lexicon, input: &EventInput) -> Vec<EntityRef> {
    let ents = input.entities;
    let group_code: Vec<Option<String>> = ents
        .groups
        .iter()
        .map(|g| {
            let role = g.role.as_deref().and_then(|r| code_of(lx, r));
            let code = if etype(&g.etype) == "PER" {
                crate::actors::person_code_of
            } else {
                code_of
            };
            let name = || g.names.iter().find_map(|n| code(lx, n));
            // a bare office (الرئيس: GOV) names no one: the name's own code (USAGOV) stands
            match role {
                Some(r) if crate::actors::is_office(&r) => name().or(Some(r)),
                r => r.or_else(name),
            }
        })
        .collect();
    // a MISC mention (currency, weapon, event) is an actor only when the dictionaries code it
    // (#ميليشيا_الحوثي)
    let actor = |m: &&rasd_ner::Mention| {
        etype(&m.etype) != "MISC" || group_code.get(m.group).is_some_and(Option::is_some)
    };
    ents.mentions
        .iter()
        .filter(actor)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens of `text` split on spaces; `verbs` and nouns carry a morphology stem.
    fn toks(text: &str, verbs: &[&str]) -> Vec<Tok> {
        let mut at = 0;
        text.split(' ')
            .map(|w| {
                let start = text[at..].find(w).unwrap() + at;
                at = start + w.len();
                Tok {
                    start,
                    end: at,
                    body_start: start,
                    key: fold(w),
                    stem: Some(fold(w)),
                    punct: false,
                    verb: verbs.contains(&w),
                    bare_noun: false,
                    bare_adjective: false,
                }
            })
            .collect()
    }

    fn mention(tokens: &[Tok], i: usize) -> EntityRef {
        EntityRef {
            start: tokens[i].start,
            end: tokens[i].end,
            etype: "LOC".into(),
            group: None,
            code: Some("RUS".into()),
        }
    }

    #[test]
    fn the_fold_matches_the_word_lists() {
        assert_eq!(fold("رئيس"), "رييس");
        assert_eq!(fold("مسؤولون"), "مسوولون");
        assert!(crate::core::ACTOR_NOUNS.contains(&fold("رئيس").as_str()));
    }

    #[test]
    fn nisba_after_a_noun_is_an_adjective() {
        let t = toks("أدانت هجوم روسي", &["أدانت"]);
        assert!(adjective_mention(&t, &mention(&t, 2), NISBA));
        let t = toks("قتل روسي", &["قتل"]);
        assert!(!adjective_mention(&t, &mention(&t, 1), NISBA));
        let t = toks("القوات السعودية", &[]);
        assert!(adjective_mention(&t, &mention(&t, 1), NISBA));
        for governed in [
            "طردت السعودية",
            "في السعودية",
            "إن الحوثيين",
            "أسلحة للسعودية",
        ] {
            let t = toks(governed, &["طردت"]);
            assert!(!adjective_mention(&t, &mention(&t, 1), NISBA), "{governed}");
        }
    }

    #[test]
    fn months_are_not_names() {
        let t = toks("في نيسان الماضي", &[]);
        assert!(not_a_name(&t, &[], &mention(&t, 1)));
        let t = toks("زار موسكو", &["زار"]);
        assert!(!not_a_name(&t, &[], &mention(&t, 1)));
        assert!(not_a_name(&t, &[], &mention(&t, 0)));
    }

    #[test]
    fn a_support_verb_before_its_object_is_no_name() {
        for text in ["فتح تحقيق", "وفتح تحقيق"] {
            let tokens = toks(text, &[]);
            assert!(pattern_verb(&tokens, &mention(&tokens, 0)), "{text}");
        }
        let tokens = toks("حركة فتح الفلسطينية", &[]);
        assert!(!pattern_verb(&tokens, &mention(&tokens, 1)));
    }

    #[test]
    fn a_words_body_starts_after_its_conjunction_and_preposition() {
        let analyzer = rasd_morph::Analyzer::embedded();
        let body = |w: &str| w[body_start(&analyzer.analyze_word(w), 0)..].to_string();
        assert_eq!(body("لدمشق"), "دمشق");
        assert_eq!(body("وبالحكومة"), "الحكومة");
        // an article that lost its alif keeps the ل before it
        assert_eq!(body("وللحكومة"), "للحكومة");
        assert_eq!(body("دمشق"), "دمشق");
    }
}
