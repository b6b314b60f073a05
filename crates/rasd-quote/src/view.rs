//! What the extractor reads: tokens, sentences, paragraphs, entities, morphology and the
//! quotation-mark pairs, indexed for lookups by token.

use rasd_text::{Span, TextLayer, Token, TokenKind};

/// Entity type as the quote extractor sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person (PER).
    Person,
    /// An organisation (ORG).
    Organisation,
    /// A place, including countries acting politically (LOC).
    Location,
    /// Anything else (MISC): never a speaker.
    Other,
}

/// One entity mention: where, what type, which in-document group, and its role phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Bytes in the original.
    pub span: Span,
    /// Entity type.
    pub kind: EntityKind,
    /// Index of the entity group (into [`EntityView::groups`]).
    pub group: usize,
    /// The title/role phrase attached to the mention, if any.
    pub role: Option<Span>,
}

/// One in-document entity (all mentions of the same real-world entity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityGroup {
    /// Group id (as the entity layer numbers it).
    pub id: usize,
    /// Entity type.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
}

/// The entity layer reduced to what quotation needs; built from `rasd_ner::Entities`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityView {
    /// Mentions in text order.
    pub mentions: Vec<EntityMention>,
    /// Groups; `mentions[i].group` indexes this list.
    pub groups: Vec<EntityGroup>,
}

impl From<&rasd_ner::Entities> for EntityView {
    fn from(e: &rasd_ner::Entities) -> EntityView {
        let kind = |t: rasd_ner::EntityType| match t {
            rasd_ner::EntityType::PER => EntityKind::Person,
            rasd_ner::EntityType::ORG => EntityKind::Organisation,
            rasd_ner::EntityType::LOC => EntityKind::Location,
            rasd_ner::EntityType::MISC => EntityKind::Other,
        };
        let mentions = e
            .mentions
            .iter()
            .map(|m| EntityMention {
                span: m.span,
                kind: kind(m.etype),
                group: m.group,
                role: m.role,
            })
            .collect();
        let groups = e
            .groups
            .iter()
            .map(|g| EntityGroup {
                id: g.id,
                kind: kind(g.etype),
                name: g.name.clone(),
            })
            .collect();
        EntityView { mentions, groups }
    }
}

/// A pair of quotation marks: the whole span (marks included) and token indices of the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkPair {
    /// Opening mark's token.
    pub open: usize,
    /// Closing mark's token.
    pub close: usize,
}

impl MarkPair {
    /// Number of tokens strictly inside the marks.
    pub fn inner_len(&self) -> usize {
        self.close - self.open - 1
    }
}

/// Indexed view of one document for the extractor.
pub struct Ctx<'a> {
    /// The original text.
    pub original: &'a str,
    /// Tokens of the text layer.
    pub tokens: &'a [Token],
    /// The text layer.
    pub text: &'a TextLayer,
    /// Entities.
    pub ents: &'a EntityView,
    /// For each token, what the morphology layer read in it (a preposition clitic, a verb);
    /// all false where it gave nothing.
    pub class: Vec<crate::TokenClass>,
    /// For each token, the mention covering (part of) it.
    pub mention_at: Vec<Option<usize>>,
    /// For each token, its sentence.
    pub sentence: Vec<usize>,
    /// For each token, its paragraph.
    pub paragraph: Vec<usize>,
    /// Quotation-mark pairs.
    pub pairs: Vec<MarkPair>,
    /// For each token, the pair whose opening mark it is.
    pub opens: Vec<Option<usize>>,
    /// For each token, the pair whose closing mark it is.
    pub closes: Vec<Option<usize>>,
}

impl<'a> Ctx<'a> {
    /// Indexes `text` and `ents`; `classes` come from the morphology layer (may be empty).
    pub fn new(
        original: &'a str,
        text: &'a TextLayer,
        ents: &'a EntityView,
        classes: &[crate::TokenClass],
    ) -> Ctx<'a> {
        let tokens = &text.tokens[..];
        let mut sentence = vec![usize::MAX; tokens.len()];
        for (s, sent) in text.sentences.iter().enumerate() {
            for t in sent.tokens.clone() {
                sentence[t] = s;
            }
        }
        let paragraph: Vec<usize> = tokens
            .iter()
            .map(|t| text.paragraphs.partition_point(|p| p.end <= t.span.start))
            .collect();
        let mention_at = index_mentions(tokens, ents);
        let pairs = mark_pairs(original, tokens, &paragraph);
        let mut opens = vec![None; tokens.len()];
        let mut closes = vec![None; tokens.len()];
        for (i, p) in pairs.iter().enumerate() {
            opens[p.open] = Some(i);
            closes[p.close] = Some(i);
        }
        let mut class = classes.to_vec();
        class.resize(tokens.len(), crate::TokenClass::default());
        Ctx {
            original,
            tokens,
            text,
            ents,
            class,
            mention_at,
            sentence,
            paragraph,
            pairs,
            opens,
            closes,
        }
    }

    /// The match key of token `t`; empty past the end of the text, where a look ahead from
    /// the last word lands.
    pub fn key(&self, t: usize) -> &str {
        self.tokens.get(t).map_or("", |x| x.key.as_str())
    }

    /// True for punctuation and symbol tokens.
    pub fn is_punct(&self, t: usize) -> bool {
        matches!(self.tokens[t].kind, TokenKind::Punct | TokenKind::Symbol)
    }

    /// The token range of the sentence holding `t` (the single token if it has none, an empty
    /// range past the last token).
    pub fn sentence_range(&self, t: usize) -> std::ops::Range<usize> {
        if t >= self.tokens.len() {
            return t..t;
        }
        match self.text.sentences.get(self.sentence[t]) {
            Some(s) => s.tokens.clone(),
            None => t..t + 1,
        }
    }

    /// The first token after the paragraph of `t`.
    pub fn paragraph_end(&self, t: usize) -> usize {
        let p = self.paragraph[t];
        let mut e = t;
        while e < self.tokens.len() && self.paragraph[e] == p {
            e += 1;
        }
        e
    }

    /// The text of token `t` as written in the original.
    pub fn written(&self, t: usize) -> &str {
        let span = self.tokens[t].span;
        &self.original[span.start..span.end]
    }

    /// The text of tokens `a..b` (byte span from the first start to the last end).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// True when token `t` lies inside a pair of marks holding at least `min` tokens.
    pub fn inside_long_pair(&self, t: usize, min: usize) -> bool {
        self.pairs
            .iter()
            .any(|p| p.open < t && t < p.close && p.inner_len() >= min)
    }

    /// True when token `t` is a comma (Arabic or Latin) or semicolon.
    pub fn is_comma(&self, t: usize) -> bool {
        matches!(self.key(t), "،" | "," | "؛" | ";")
    }

    /// True when token `t` ends a sentence (. ! ? and their Arabic forms).
    pub fn is_stop(&self, t: usize) -> bool {
        matches!(self.key(t), "." | "!" | "?" | "؟" | "…")
    }
}

/// For each token, the first mention whose span overlaps it (MISC mentions are skipped).
fn index_mentions(tokens: &[Token], ents: &EntityView) -> Vec<Option<usize>> {
    let mut at = vec![None; tokens.len()];
    for (m, mention) in ents.mentions.iter().enumerate() {
        if mention.kind == EntityKind::Other {
            continue;
        }
        let first = tokens.partition_point(|t| t.span.end <= mention.span.start);
        for (t, slot) in at.iter_mut().enumerate().skip(first) {
            if tokens[t].span.start >= mention.span.end {
                break;
            }
            slot.get_or_insert(m);
        }
    }
    at
}

/// Which way a quotation mark may go.
fn mark_role(c: &str) -> Option<(char, bool, bool)> {
    // (family, may open, may close)
    match c {
        "«" => Some(('«', true, false)),
        "»" => Some(('«', false, true)),
        "“" => Some(('“', true, true)),
        "”" => Some(('“', true, true)),
        "\"" => Some(('"', true, true)),
        "‘" => Some(('‘', true, false)),
        "’" => Some(('‘', false, true)),
        "„" => Some(('“', true, false)),
        _ => None,
    }
}

/// Pairs quotation-mark tokens within each paragraph: a mark closes the innermost open mark
/// of its family, else opens one. Unclosed marks are dropped.
fn mark_pairs(original: &str, tokens: &[Token], paragraph: &[usize]) -> Vec<MarkPair> {
    let mut pairs = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut para = usize::MAX;
    for (t, tok) in tokens.iter().enumerate() {
        if paragraph[t] != para {
            open.clear();
            para = paragraph[t];
        }
        let text = tok.span.text(original);
        let Some((family, may_open, may_close)) = mark_role(text) else {
            continue;
        };
        let innermost = open.iter().rposition(|(f, _)| *f == family);
        match innermost {
            Some(k) if may_close => {
                let (_, o) = open.remove(k);
                open.truncate(k);
                pairs.push(MarkPair { open: o, close: t });
            }
            _ if may_open => open.push((family, t)),
            _ => {}
        }
    }
    pairs.sort_by_key(|p| p.open);
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx_for(text: &str) -> (TextLayer, EntityView) {
        (
            TextLayer::build(text, &[Span::new(0, text.len())]),
            EntityView::default(),
        )
    }

    #[test]
    fn pairs_marks_of_each_family() {
        let s = "قال: \"نحن «هنا» الآن\" ثم “ذهب”.";
        let (layer, ents) = ctx_for(s);
        let ctx = Ctx::new(s, &layer, &ents, &[]);
        let texts: Vec<&str> = ctx
            .pairs
            .iter()
            .map(|p| &s[ctx.tokens[p.open].span.start..ctx.tokens[p.close].span.end])
            .collect();
        assert_eq!(texts, vec!["\"نحن «هنا» الآن\"", "«هنا»", "“ذهب”"]);
        assert!(ctx.inside_long_pair(3, 3));
    }
}
