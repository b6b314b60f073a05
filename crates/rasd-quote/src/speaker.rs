//! Finding the subject of a cue (the speaker phrase) and resolving implicit, pronominal and
//! nominal speakers to earlier entities by gender, number and recency.

use crate::lexicon::{self, Gender, Number};
use crate::view::{Ctx, EntityKind, EntityMention};
use crate::{Speaker, SpeakerKind};
use rasd_text::possessive::{possessive_stem, unbound_noun};
use rasd_text::{Span, TokenKind};
use std::collections::HashMap;

/// What stands in the subject position of a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// An entity mention, with the role phrase written before it (if any).
    Mention { mention: usize, role: Option<Span> },
    /// A role noun phrase without a name (الوزير, مسؤول في الحلف, مصدر عسكري).
    Nominal {
        span: Span,
        head: String,
        gender: Gender,
        unnamed: bool,
        definite: bool,
    },
    /// Words the entity layer missed, read as a name (وقال ماكرون), with a title written before.
    Bare { span: Span, role: Option<Span> },
    /// An explicit pronoun marker (بدوره, من جهته, هو).
    Pronoun,
    /// Nothing: the subject is implied by the verb.
    None,
}

impl Subject {
    /// Mention `m`, with no role phrase written before it.
    pub(crate) fn mention(m: usize) -> Subject {
        Subject::Mention {
            mention: m,
            role: None,
        }
    }

    /// Words read as a name, with no title written before them.
    pub(crate) fn bare(span: Span) -> Subject {
        Subject::Bare { span, role: None }
    }

    /// The role phrase `k..end` headed by the title at token `k`.
    pub(crate) fn nominal(
        ctx: &Ctx,
        k: usize,
        end: usize,
        gender: Gender,
        unnamed: bool,
    ) -> Subject {
        let head = ctx.key(k).to_string();
        let definite = head.starts_with("ال");
        Subject::Nominal {
            span: ctx.span_of(k, end),
            head,
            gender,
            unnamed,
            definite,
        }
    }
}

impl Subject {
    /// The first token after the subject's words, when it has words in the text.
    pub(crate) fn end_token(&self, ctx: &Ctx) -> Option<usize> {
        let span = match self {
            Subject::Mention { mention, .. } => ctx.ents.mentions[*mention].span,
            Subject::Nominal { span, .. } | Subject::Bare { span, .. } => *span,
            Subject::Pronoun | Subject::None => return None,
        };
        Some(token_after(ctx, span))
    }
}

/// The speaker of the previous quote, for continuation and implicit cues.
#[derive(Debug, Clone)]
pub struct LastSpeaker {
    /// The speaker as output.
    pub speaker: Speaker,
    /// Its gender.
    pub gender: Gender,
    /// Its number.
    pub number: Number,
    /// Paragraph of the quote.
    pub paragraph: usize,
}

/// Discourse state carried through a document.
#[derive(Debug, Default)]
pub struct State {
    /// The previous quote's speaker.
    pub last: Option<LastSpeaker>,
    /// Learned genders of entity groups (from verb agreement and role nouns).
    pub gender: HashMap<usize, Gender>,
    /// Known role phrases of entity groups.
    pub roles: HashMap<usize, String>,
}

impl State {
    /// Initial state: genders and roles read off the entity layer.
    pub fn new(ctx: &Ctx) -> State {
        let mut st = State::default();
        for m in &ctx.ents.mentions {
            if let Some(role) = m.role {
                let text = role.text(ctx.original).to_string();
                if let Some(g) = role_gender(&text) {
                    st.gender.entry(m.group).or_insert(g);
                }
                let slot = st.roles.entry(m.group).or_default();
                if text.len() > slot.len() {
                    *slot = text;
                }
            }
        }
        for (g, group) in ctx.ents.groups.iter().enumerate() {
            if let Some(gender) = name_gender(group.kind, &group.name) {
                st.gender.entry(g).or_insert(gender);
            }
        }
        st
    }
}

/// Gender from a role phrase's head noun (وزيرة → feminine).
fn role_gender(role: &str) -> Option<Gender> {
    let head = rasd_text::match_key(role.split_whitespace().next()?);
    match lexicon::title(&head) {
        Some((g, false)) if g != Gender::Unknown => Some(g),
        _ => None,
    }
}

/// Gender guessed from a name: organisations and places by their first word, people by a
/// first name ending in ة.
fn name_gender(kind: EntityKind, name: &str) -> Option<Gender> {
    let first = rasd_text::match_key(name.split_whitespace().next()?);
    let fem = first.ends_with('ه');
    match kind {
        EntityKind::Person => fem.then_some(Gender::Fem),
        EntityKind::Organisation => Some(if fem { Gender::Fem } else { Gender::Masc }),
        EntityKind::Location => Some(if rasd_text::agreement::masculine_state(&first) {
            Gender::Masc
        } else {
            Gender::Fem
        }),
        EntityKind::Other => None,
    }
}

/// Whether mention `m` after the cue token `cue` is a place that agrees in the feminine (روسيا,
/// الصين): after a masculine cue it is the object, no subject (وحذر روسيا من).
fn state_object(ctx: &Ctx, m: usize, cue: usize) -> bool {
    let mention = &ctx.ents.mentions[m];
    let name = mention.span.text(ctx.original);
    mention.kind == EntityKind::Location
        && ctx.tokens[cue].span.end <= mention.span.start
        && name_gender(mention.kind, name) == Some(Gender::Fem)
}

/// True when token `t` is a speaking participle before باسم: a title (متحدثة باسم الحملة: a
/// spokeswoman), not the circumstantial filler (متحدثة إلى الصحافيين: speaking to).
fn spokesperson(ctx: &Ctx, t: usize) -> bool {
    matches!(ctx.key(t), "متحدثه" | "متحدثا")
        && t + 1 < ctx.tokens.len()
        && ctx.key(t + 1) == "باسم"
}

/// Skips filler words and punctuation from `t`, staying before `end`.
fn skip_fillers(ctx: &Ctx, mut t: usize, end: usize) -> usize {
    let filler = |t: usize| lexicon::is_filler(ctx.key(t)) && !spokesperson(ctx, t);
    while t < end && (filler(t) || ctx.is_punct(t) && ctx.opens[t].is_none()) {
        t += 1;
    }
    t
}

/// True for a reflexive object (يصف نفسه, وصفت نفسها): never the subject of the verb.
fn is_reflexive(key: &str) -> bool {
    key.strip_prefix("ا")
        .unwrap_or(key)
        .strip_prefix("نفس")
        .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "هن"))
}

/// True for ل with an attached pronoun (له, لنا, لهم): the addressee a verb may take before
/// its subject (وقال لنا الوزير).
fn is_pronoun_object(key: &str) -> bool {
    matches!(
        key,
        "له" | "لها" | "لهم" | "لهما" | "لهن" | "لنا" | "لي" | "لك" | "لكم"
    )
}

/// True when token `t` starts with a preposition clitic or is a preposition.
fn is_prepositional(ctx: &Ctx, t: usize) -> bool {
    let k = ctx.key(t);
    ctx.class[t].prep_prefix
        || lexicon::starts_without_subject(k) && !spokesperson(ctx, t)
        || k.starts_with("لل")
        || k == "لـ"
        || clitic_before_mention(ctx, t)
}

/// True when token `t` starts with ل / ب outside the entity mention it holds (لرويترز).
fn clitic_before_mention(ctx: &Ctx, t: usize) -> bool {
    let tok = &ctx.tokens[t];
    ctx.mention_at[t].is_some_and(|m| ctx.ents.mentions[m].span.start > tok.span.start)
        && (tok.key.starts_with('ل') || tok.key.starts_with('ب'))
}

/// True when token `t` is a preposition that ends a speaker phrase: not في / من / باسم, which
/// continue a role (مسؤول في الحلف), nor a genitive ل-word (لشؤون التجارة).
fn breaking_preposition(ctx: &Ctx, t: usize) -> bool {
    is_prepositional(ctx, t) && !matches!(ctx.key(t), "في" | "من" | "باسم") && !genitive_lam(ctx, t)
}

/// Verbs that follow an unnamed speaker to withhold a name (مسؤول تحدث شريطة عدم الكشف عن
/// هويته, مصدر طلب عدم ذكر اسمه, رفض الكشف عن اسمه): they end the speaker phrase.
const ANONYMITY_VERBS: [&str; 8] = [
    "تحدث",
    "طلب",
    "رفض",
    "فضل",
    "اشترط",
    "تحدثت",
    "طلبت",
    "رفضت",
];

/// True when token `t` ends a speaker phrase started before it.
fn breaks_phrase(ctx: &Ctx, t: usize) -> bool {
    let k = ctx.key(t);
    // a negation or a relative pronoun opens a clause about the speaker (مسؤول في الخارجية لم
    // يكشف هويته, الرجل الذي لم يذكر اسمه)
    ANONYMITY_VERBS.contains(&k)
        || matches!(k, "لم" | "لن" | "الذي" | "التي" | "الذين")
        || ctx.is_punct(t)
        || lexicon::complementizer(k).is_some()
        || lexicon::is_filler(k)
        || lexicon::is_speech_noun(k)
        || lexicon::cue(k).is_some()
        || breaking_preposition(ctx, t)
        || (k == "في" && t + 1 < ctx.tokens.len() && lexicon::is_speech_noun(ctx.key(t + 1)))
        // the cue's own من before its clause (حذر الوزير من أن)
        || (k == "من"
            && t + 1 < ctx.tokens.len()
            && lexicon::complementizer(ctx.key(t + 1)).is_some())
}

/// The subject in `zone` (the tokens between a cue and its content).
pub fn subject(ctx: &Ctx, zone: std::ops::Range<usize>) -> Subject {
    let mut k = skip_fillers(ctx, zone.start, zone.end);
    if k + 1 < zone.end && is_pronoun_object(ctx.key(k)) {
        k = skip_fillers(ctx, k + 1, zone.end);
    }
    if k >= zone.end {
        return if zone
            .clone()
            .any(|t| matches!(ctx.key(t), "بدوره" | "بدورها"))
        {
            Subject::Pronoun
        } else {
            Subject::None
        };
    }
    let key = ctx.key(k);
    if let Some(m) = ctx.mention_at[k] {
        if clitic_before_mention(ctx, k) {
            return Subject::None;
        }
        return Subject::mention(m);
    }
    if matches!(key, "هو" | "هي") {
        return Subject::Pronoun;
    }
    // «each of» names the speakers after من (قالت كل من بوليفيا والصين); «all» alone is the
    // object (نفى كل ما جاء في المقال)
    if key == "كل" {
        return if ctx.key(k + 1) == "من" && k + 2 < zone.end {
            subject(ctx, k + 2..zone.end)
        } else {
            Subject::None
        };
    }
    if matches!(
        key,
        "هذا" | "هذه" | "ذلك" | "تلك" | "هؤلاء" | "هذين" | "هاتين"
    ) || is_reflexive(key)
    {
        return Subject::None;
    }
    if is_prepositional(ctx, k)
        || lexicon::cue(key).is_some()
        || ctx.tokens[k].kind != TokenKind::Arabic
    {
        return Subject::None;
    }
    if let Some(s) = report_of(ctx, k, zone.end) {
        return s;
    }
    if let Some((gender, unnamed)) = lexicon::title(key) {
        return titled(ctx, k, zone.end, gender, unnamed);
    }
    if lexicon::is_media_noun(key) {
        if let Some(s) = media_name(ctx, k, zone.end) {
            return s;
        }
    }
    if lexicon::is_report_noun(key) {
        let named = (k + 1..zone.end.min(k + 4)).find_map(|t| ctx.mention_at[t]);
        return match named {
            Some(m) if ctx.ents.mentions[m].kind != EntityKind::Location => Subject::mention(m),
            _ => Subject::None,
        };
    }
    if possessed_thing(ctx, k) || accusative(ctx, k) || clause_verb(ctx, k) {
        return Subject::None;
    }
    Subject::bare(bare_phrase(ctx, k, zone.end))
}

/// True when token `k`, right after a cue, is a verb opening another clause (قال يتعلق الأمر,
/// سئل, تحدثنا): no speaker. A given name shaped like an imperfect verb (يزيد صايغ, ينس
/// ستولتنبرغ) is read as a verb too, so a word in ي before an indefinite word stays a name.
fn clause_verb(ctx: &Ctx, k: usize) -> bool {
    let name_like = ctx.key(k).starts_with('ي') && !ctx.key(k + 1).starts_with("ال");
    ctx.class[k].verb && !name_like
}

/// True when token `k` is written with the accusative tanween (قال مثالاً, أضاف سريعاً): an
/// object or an adverb, never the verb's subject.
fn accusative(ctx: &Ctx, k: usize) -> bool {
    let written = ctx.written(k);
    written.ends_with("اً") || written.ends_with("ًا")
}

/// True when token `k` is a noun with a possessive pronoun that names no person (أكد ثقته,
/// تنفي دعمها, أوضح تفاصيلها): the cue's object, never its speaker. Kin and roles with their
/// pronoun (والدته, شقيقته, محاميها, نظيره, سفيرها) are people and stay.
fn possessed_thing(ctx: &Ctx, k: usize) -> bool {
    const PEOPLE: [&str; 35] = [
        "والد",
        "والده",
        "ام",
        "اب",
        "ابن",
        "ابنه",
        "شقيق",
        "شقيقه",
        "اخ",
        "اخت",
        "زوج",
        "زوجه",
        "عايله",
        "عائله",
        "اسره",
        "نجل",
        "صديق",
        "خاطف",
        "محاميا",
        "نظير",
        "غالبيه",
        "اغلبيه",
        "اغلب",
        "معظم",
        "بعض",
        "كل",
        "احد",
        "احدي",
        "منظمه",
        "حكومه",
        "حزب",
        "شركه",
        "وزاره",
        "سفاره",
        "حركه",
    ];
    let written = ctx.written(k);
    if written.ends_with('ة') || written.ends_with("الله") {
        return false;
    }
    let key = ctx.key(k);
    // (a definite word takes no pronoun: الإليزيه)
    if key.starts_with("ال") {
        return false;
    }
    let Some(stem) = possessive_stem(key, 3) else {
        return false;
    };
    // a feminine noun keeps its ta before the pronoun (عائلته: عائلة)
    let noun = unbound_noun(stem).unwrap_or_else(|| stem.to_string());
    ![stem, noun.as_str()]
        .iter()
        .any(|n| PEOPLE.contains(n) || lexicon::title(n).is_some())
}

/// A report credited to its publisher by ل (تقرير للموقع, بيان لوزارة الخارجية): the publisher's
/// mention, or the report phrase as a nominal speaker when the publisher is a definite noun.
fn report_of(ctx: &Ctx, k: usize, zone_end: usize) -> Option<Subject> {
    let t = k + 1;
    let owner = ctx.key(t.min(ctx.tokens.len() - 1));
    if !lexicon::is_report_noun(ctx.key(k)) || t >= zone_end || !owner.starts_with('ل') {
        return None;
    }
    let named = (t..zone_end.min(t + 2)).find_map(|x| ctx.mention_at[x]);
    match named {
        Some(m) if ctx.ents.mentions[m].kind != EntityKind::Location => Some(Subject::mention(m)),
        _ => owner
            .starts_with("لل")
            .then(|| Subject::nominal(ctx, k, t + 1, Gender::Unknown, false)),
    }
}

/// A subject the entity layer missed: a definite noun with its definite adjectives
/// (الجيش الإسرائيلي), or up to three words of a name (وقال ماكرون).
pub(crate) fn bare_phrase(ctx: &Ctx, k: usize, zone_end: usize) -> Span {
    let end = phrase_end(ctx, k, zone_end, 4);
    if !ctx.key(k).starts_with("ال") {
        let mut e = k + 1;
        while e < end
            && !has_object_suffix(ctx.key(e))
            && ctx.opens[e].is_none()
            && !matches!(ctx.key(e), "في" | "من")
        {
            e += 1;
        }
        return ctx.span_of(k, e);
    }
    let mut e = k + 1;
    while e < end && ctx.key(e).starts_with("ال") {
        e += 1;
    }
    let lam = |t: usize| {
        t < zone_end
            && ctx.key(t).starts_with('ل')
            && !ctx.key(t).starts_with("لل")
            && ctx.key(t).chars().count() >= 4
    };
    if lam(e) && e + 1 < zone_end && ctx.key(e + 1).starts_with("ال") {
        e += 2;
    }
    ctx.span_of(k, e)
}

/// True for a word ending in an attached pronoun after a plural or feminine stem
/// (تصريحاته, بيانها): an object, never part of a name.
fn has_object_suffix(key: &str) -> bool {
    ["اته", "اتها", "اتهم", "ته", "تها", "تهم"]
        .iter()
        .any(|s| key.ends_with(s))
        && key.chars().count() >= 5
}

/// The name of a news medium after a media noun at `k` (وكالة أنباء رايا نوفوستي الروسية →
/// رايا نوفوستي): an entity mention, a quoted name, or up to two words without the article.
fn media_name(ctx: &Ctx, k: usize, zone_end: usize) -> Option<Subject> {
    let mut t = k + 1;
    while t < zone_end && matches!(ctx.key(t), "انباء" | "الانباء") {
        t += 1;
    }
    if t >= zone_end {
        return None;
    }
    if let Some(m) = ctx.mention_at[t] {
        return Some(Subject::mention(m));
    }
    if let Some(p) = ctx.opens[t] {
        let pair = ctx.pairs[p];
        return (pair.inner_len() >= 1 && pair.inner_len() <= 4)
            .then(|| Subject::bare(ctx.span_of(pair.open + 1, pair.close)));
    }
    let name_word = |t: usize| {
        t < zone_end
            && ctx.tokens[t].kind != TokenKind::Punct
            && !ctx.key(t).starts_with("ال")
            && !breaks_phrase(ctx, t)
            && ctx.key(t) != "شبه"
    };
    if !name_word(t) {
        return None;
    }
    let end = if name_word(t + 1) { t + 2 } else { t + 1 };
    Some(Subject::bare(ctx.span_of(t, end)))
}

/// A subject headed by a title at `k`: the named person after the title, or the role phrase.
fn titled(ctx: &Ctx, k: usize, zone_end: usize, gender: Gender, unnamed: bool) -> Subject {
    let mut t = k + 1;
    while t < zone_end.min(k + 12) && !ctx.is_comma(t) && !breaks_named_search(ctx, t) {
        if let Some(m) = ctx.mention_at[t] {
            if ctx.ents.mentions[m].kind == EntityKind::Person
                && ctx.tokens[t].span.start <= ctx.ents.mentions[m].span.start + 4
                && !genitive_name(ctx, t)
            {
                if (k + 1..t).any(|x| {
                    lexicon::title(ctx.key(x)).is_some_and(|(_, u)| !u)
                        || is_prepositional(ctx, x)
                            && lexicon::title(&strip_clitic(ctx.key(x))).is_some()
                }) {
                    let end = (t..zone_end)
                        .find(|&x| ctx.tokens[x].span.start >= ctx.ents.mentions[m].span.end)
                        .unwrap_or(zone_end);
                    return Subject::nominal(ctx, k, end, gender, unnamed);
                }
                return Subject::Mention {
                    mention: m,
                    role: Some(ctx.span_of(k, t)),
                };
            }
        }
        t += 1;
    }
    if let Some(s) = apposed_name(ctx, k, zone_end) {
        return s;
    }
    let mut end = phrase_end(ctx, k, zone_end, 14);
    // an indefinite title is someone unnamed (نفى متحدث باسم الحكومة اتهامات مماثلة: the words
    // after the body are the object, no name), and an indefinite spokesman's phrase ends with
    // the body after باسم and its definite adjectives
    let indefinite = !ctx.key(k).starts_with("ال");
    if let Some(b) = (k + 1..end).find(|&t| indefinite && ctx.key(t) == "باسم") {
        let after_body = |from: usize| {
            (from..end)
                .find(|&x| !ctx.key(x).starts_with("ال"))
                .unwrap_or(end)
        };
        let body = b + 1;
        let body_end = match ctx.mention_at.get(body).copied().flatten() {
            Some(m) => (body..end)
                .find(|&x| ctx.tokens[x].span.start >= ctx.ents.mentions[m].span.end)
                .map_or(end, after_body),
            None if body < end && ctx.key(body).starts_with("ال") => after_body(body + 1),
            None => end,
        };
        end = end.min(body_end);
    }
    if !unnamed && !indefinite {
        if let Some(name) = trailing_name(ctx, k, end) {
            return Subject::Bare {
                span: ctx.span_of(name, end),
                role: Some(ctx.span_of(k, name)),
            };
        }
    }
    Subject::nominal(ctx, k, end.min(k + 8), gender, unnamed)
}

/// True when the name at token `t` is the genitive of the word before it: after باسم (متحدث
/// باسم ترامب) or after an indefinite common noun in construct (متحدثة باسم حملة السيسي). The
/// person is then the one the title is about, not its holder.
fn genitive_name(ctx: &Ctx, t: usize) -> bool {
    let Some(p) = t.checked_sub(1) else {
        return false;
    };
    let k = ctx.key(p);
    // a pronoun introduces the name in apposition (أحدهم وهو ريشار يونغ)
    let pronoun = matches!(k.trim_start_matches(['و', 'ف']), "هو" | "هي" | "هم");
    let construct = ctx.mention_at[p].is_none()
        && ctx.tokens[p].kind == TokenKind::Arabic
        && !pronoun
        && !k.starts_with("ال")
        && lexicon::title(k).is_none()
        && !lexicon::is_filler(k);
    k == "باسم" || construct
}

/// A person named between commas after a title phrase at `k` (منسق الأمم المتحدة الخاص بعملية
/// السلام، فلان الفلاني، أعمال …): the name, with the phrase before the first comma as its role.
fn apposed_name(ctx: &Ctx, k: usize, zone_end: usize) -> Option<Subject> {
    let c = (k + 1..zone_end.min(k + 12)).find(|&t| ctx.is_punct(t))?;
    let m = ctx.mention_at.get(c + 1).copied().flatten()?;
    let mention = &ctx.ents.mentions[m];
    let after = token_after(ctx, mention.span);
    let closed = after < ctx.tokens.len()
        && (ctx.is_comma(after) || lexicon::complementizer(ctx.key(after)).is_some());
    (ctx.is_comma(c)
        && mention.kind == EntityKind::Person
        && mention.span.start == ctx.tokens[c + 1].span.start
        && closed)
        .then(|| Subject::Mention {
            mention: m,
            role: Some(ctx.span_of(k, c)),
        })
}

/// In a title phrase `k..end` the entity layer found no name in, the start of a name written
/// after the role (السفير الأمريكي روبرت وود): the leftmost of the last three words that has no
/// article, follows a word with the article (the role's last word), and is not a preposition.
fn trailing_name(ctx: &Ctx, k: usize, end: usize) -> Option<usize> {
    let word = |t: usize| {
        let key = ctx.key(t);
        ctx.tokens[t].kind == TokenKind::Arabic
            && !is_prepositional(ctx, t)
            && lexicon::title(key).is_none()
            && !lexicon::is_speech_noun(key)
    };
    let definite_title = ctx.key(k).starts_with("ال");
    let first = end
        .saturating_sub(3)
        .max(if definite_title { k + 1 } else { k + 2 });
    let nisba = |t: usize| ctx.key(t).ends_with('ي');
    (first..end).find(|&p| {
        let prev = ctx.key(p - 1);
        if p + 1 == end && nisba(p) && nisba(p - 1) {
            return false;
        }
        !ctx.key(p).starts_with("ال")
            && ctx.key(p) != "باسم"
            && ctx.mention_at[p].is_none()
            && (p..end).all(word)
            && (prev.starts_with("ال") || lexicon::title(prev).is_some())
            && !is_prepositional(ctx, p - 1)
    })
}

/// True for a ل-word continuing a role phrase as a genitive (لشؤون التجارة, للأمم المتحدة), as
/// opposed to an addressee (للصحافيين, لرويترز, لوكالة الأنباء).
fn genitive_lam(ctx: &Ctx, t: usize) -> bool {
    let k = ctx.key(t);
    if !k.starts_with('ل') || k == "لـ" || t + 1 >= ctx.tokens.len() {
        return false;
    }
    // A one-word name after ل is an addressee (لرويترز) unless it is a place, and so is an indefinite one that no
    // institution heads (لبي بي سي, لسكاي نيوز); a longer definite or headed one is a genitive
    // (للأمم المتحدة, لمنظمة حظر الأسلحة الكيميائية).
    const HEADS: [&str; 15] = [
        "منظمه",
        "وزاره",
        "هييه",
        "مجلس",
        "لجنه",
        "جامعه",
        "حلف",
        "اتحاد",
        "حركه",
        "حزب",
        "جبهه",
        "محكمه",
        "مكتب",
        "مفوضيه",
        "بعثه",
    ];
    if let Some(m) = ctx.mention_at[t] {
        let span = ctx.ents.mentions[m].span;
        let name = rasd_text::match_key(span.text(ctx.original));
        let headed = name
            .split_whitespace()
            .next()
            .is_some_and(|w| HEADS.contains(&w));
        let definite = k.starts_with("لل") || name.starts_with("ال") || headed;
        // a place is never addressed: المبعوث الأممي لسوريا
        let place = ctx.ents.mentions[m].kind == EntityKind::Location;
        return place || span.end > ctx.tokens[t].span.end && definite;
    }
    let bare = strip_clitic(k);
    let addressee = lexicon::is_media_noun(&bare)
        || matches!(
            bare.as_str(),
            "الصحافيين"
                | "الصحفيين"
                | "الصحافه"
                | "المراسلين"
                | "الصحافيون"
                | "الاعلام"
                | "التلفزيون"
                | "صحفيين"
                | "صحافيين"
        );
    let next = ctx.key(t + 1);
    !addressee
        && (next.starts_with("ال") || ctx.mention_at[t + 1].is_some())
        && ctx.tokens[t + 1].kind == TokenKind::Arabic
}

/// A word without a leading ل / ب / لل (للرئيس → الرئيس).
fn strip_clitic(key: &str) -> String {
    if let Some(r) = key.strip_prefix("لل") {
        return format!("ال{r}");
    }
    key.strip_prefix('ل')
        .or_else(|| key.strip_prefix('ب'))
        .unwrap_or(key)
        .to_string()
}

/// True when the search for a name after a title must stop at `t`.
fn breaks_named_search(ctx: &Ctx, t: usize) -> bool {
    let k = ctx.key(t);
    lexicon::complementizer(k).is_some()
        || lexicon::cue(k).is_some()
        || lexicon::is_speech_noun(k)
        || ctx.is_stop(t)
        || breaking_preposition(ctx, t)
}

/// The end (exclusive) of a phrase starting at `k`: before the first breaking token, at most `max` tokens.
fn phrase_end(ctx: &Ctx, k: usize, zone_end: usize, max: usize) -> usize {
    let mut t = k + 1;
    while t < zone_end && t < k + max {
        if let Some(p) = ctx.opens[t] {
            let pair = ctx.pairs[p];
            if pair.inner_len() <= 4 && pair.close < zone_end {
                t = pair.close + 1;
                continue;
            }
        }
        if ctx.key(t) == "#" && t + 1 < zone_end {
            t += 1;
            continue;
        }
        if breaks_phrase(ctx, t) {
            break;
        }
        t += 1;
    }
    t
}

/// True when a speaker of `g`/`n` can be the subject of a verb of `vg`/`vn`.
pub fn agrees(g: Gender, n: Number, vg: Gender, vn: Number) -> bool {
    (g == Gender::Unknown || vg == Gender::Unknown || g == vg) && n == vn
}

/// Resolves a subject to a speaker. `cue` is the cue token, `vg`/`vn` its agreement.
pub fn resolve(
    ctx: &Ctx,
    st: &State,
    subject: &Subject,
    cue: usize,
    vg: Gender,
    vn: Number,
) -> Option<(Speaker, Gender)> {
    if let Some(found) = statement_issuer(ctx, st, subject, cue, vg) {
        return Some(found);
    }
    match subject {
        // a state after a masculine cue is its object, the speaker named before (وحذر روسيا من)
        Subject::Mention {
            mention,
            role: None,
        } if vg == Gender::Masc && state_object(ctx, *mention, cue) => {
            implicit(ctx, st, cue, vg, vn, SpeakerKind::Implicit)
        }
        Subject::Mention { mention, role } => Some(from_mention(ctx, st, *mention, *role, vg)),
        Subject::Nominal {
            span,
            head,
            gender,
            unnamed,
            definite,
        } => {
            let g = gender.or(vg);
            if *unnamed {
                return Some((phrase_speaker(ctx, *span, SpeakerKind::Unnamed), g));
            }
            if *definite && vn == Number::Singular {
                if let Some(found) = nominal_antecedent(ctx, st, head, g, cue) {
                    let mut sp = found;
                    sp.kind = SpeakerKind::Nominal;
                    sp.role = Some(span.text(ctx.original).to_string());
                    return Some((sp, g));
                }
            }
            Some((phrase_speaker(ctx, *span, SpeakerKind::Nominal), g))
        }
        Subject::Bare { span, role } => {
            let mut sp = bare_speaker(ctx, *span);
            sp.role = role.map(|r| r.text(ctx.original).to_string());
            Some((sp, vg))
        }
        Subject::Pronoun => implicit(ctx, st, cue, vg, vn, SpeakerKind::Pronoun),
        Subject::None => implicit(ctx, st, cue, vg, vn, SpeakerKind::Implicit),
    }
}

/// The statement taken up again as a subject (وقالت الوزارة في بيان ... وذكر البيان أن): it
/// speaks for the previous speaker, within [`IMPLICIT_REACH`] paragraphs, whatever the verb's
/// agreement; that agreement (the statement's, `vg`) is what a pronoun after it takes up
/// (لكنه قال).
fn statement_issuer(
    ctx: &Ctx,
    st: &State,
    subject: &Subject,
    cue: usize,
    vg: Gender,
) -> Option<(Speaker, Gender)> {
    // a report credited to (بحسب البيان) stays an unnamed source
    let (Subject::Bare { span, .. }
    | Subject::Nominal {
        span,
        unnamed: false,
        ..
    }) = subject
    else {
        return None;
    };
    if rasd_text::match_key(span.text(ctx.original)) != "البيان" {
        return None;
    }
    let last = st.last.as_ref()?;
    (within_reach(ctx, cue, last.paragraph) && last.speaker.kind != SpeakerKind::Unnamed).then(
        || {
            let mut sp = last.speaker.clone();
            sp.kind = SpeakerKind::Implicit;
            (sp, vg)
        },
    )
}

/// A speaker from an entity mention; the role is the written title or the mention's role.
fn from_mention(
    ctx: &Ctx,
    st: &State,
    m: usize,
    role: Option<Span>,
    vg: Gender,
) -> (Speaker, Gender) {
    let mention = &ctx.ents.mentions[m];
    let group = &ctx.ents.groups[mention.group];
    let kind = match mention.kind {
        EntityKind::Organisation => SpeakerKind::Organisation,
        _ => SpeakerKind::Named,
    };
    let role = role
        .or(mention.role)
        .map(|r| r.text(ctx.original).to_string())
        .or_else(|| st.roles.get(&mention.group).cloned());
    let gender = st.gender.get(&mention.group).copied().unwrap_or(vg);
    let span = match mention.kind {
        EntityKind::Organisation => org_complement(ctx, mention.span),
        EntityKind::Person => name_complement(ctx, mention.span),
        _ => mention.span,
    };
    let speaker = Speaker {
        text: span.text(ctx.original).to_string(),
        name: span.text(ctx.original).to_string(),
        start: span.start,
        end: span.end,
        kind,
        group: Some(group.id),
        role,
    };
    (speaker, gender.or(vg))
}

/// The token holding the start of `span` (the token count when none does).
fn first_token(ctx: &Ctx, span: Span) -> usize {
    ctx.tokens.partition_point(|t| t.span.end <= span.start)
}

/// The first token starting at or after the end of `span`.
pub(crate) fn token_after(ctx: &Ctx, span: Span) -> usize {
    ctx.tokens.partition_point(|t| t.span.start < span.end)
}

/// An organisation's name with the complement the entity layer may leave out: a ل-word and
/// its definite genitive (المرصد السوري + لحقوق الإنسان).
fn org_complement(ctx: &Ctx, span: Span) -> Span {
    let t = token_after(ctx, span);
    let n = ctx.tokens.len();
    let next_is = |t: usize, f: &dyn Fn(&str) -> bool| {
        t < n && ctx.paragraph[t] == ctx.paragraph[t.saturating_sub(1)] && f(ctx.key(t))
    };
    let lam = |k: &str| {
        k.starts_with('ل')
            && !k.starts_with("لل")
            && k.chars().count() >= 4
            && ctx.mention_at.get(t).is_some_and(|m| m.is_none())
    };
    if next_is(t, &lam)
        && next_is(t + 1, &|k: &str| {
            k.starts_with("ال") && lexicon::complementizer(k).is_none()
        })
    {
        return Span::new(span.start, ctx.tokens[t + 1].span.end);
    }
    span
}

/// A person's name with one more word the entity layer may leave out (جميل + أرتيم): an
/// article-less word right after the mention, itself followed by the end of the subject.
fn name_complement(ctx: &Ctx, span: Span) -> Span {
    let t = token_after(ctx, span);
    let n = ctx.tokens.len();
    if t + 1 >= n || ctx.paragraph[t] != ctx.paragraph[t.saturating_sub(1)] {
        return span;
    }
    let k = ctx.key(t);
    let word = ctx.tokens[t].kind == TokenKind::Arabic
        && ctx.mention_at[t].is_none()
        && !k.starts_with("ال")
        && !is_prepositional(ctx, t)
        && !breaks_phrase(ctx, t)
        && !has_object_suffix(k)
        && lexicon::title(k).is_none();
    let after = ctx.key(t + 1);
    let ends = ctx.is_punct(t + 1)
        || lexicon::complementizer(after).is_some()
        || is_prepositional(ctx, t + 1)
        || lexicon::is_filler(after);
    if word && ends {
        Span::new(span.start, ctx.tokens[t].span.end)
    } else {
        span
    }
}

/// A speaker that is just a phrase of the text (no entity group).
fn phrase_speaker(ctx: &Ctx, span: Span, kind: SpeakerKind) -> Speaker {
    Speaker {
        text: span.text(ctx.original).to_string(),
        name: span.text(ctx.original).to_string(),
        start: span.start,
        end: span.end,
        kind,
        group: None,
        role: None,
    }
}

/// A bare name: linked to an entity group whose name ends with it (كارتر → آشتون كارتر).
fn bare_speaker(ctx: &Ctx, span: Span) -> Speaker {
    let key = rasd_text::match_key(span.text(ctx.original));
    let group = ctx.ents.groups.iter().find(|g| {
        let name = rasd_text::match_key(&g.name);
        g.kind == EntityKind::Person && (name == key || name.ends_with(&format!(" {key}")))
    });
    let mut sp = phrase_speaker(ctx, span, SpeakerKind::Named);
    sp.group = group.map(|g| g.id);
    sp
}

/// The most recent person whose role's head noun is `head` (الوزيرة → وزيرة الدفاع الألمانية).
fn nominal_antecedent(ctx: &Ctx, st: &State, head: &str, g: Gender, cue: usize) -> Option<Speaker> {
    let bare = head.strip_prefix("ال").unwrap_or(head);
    let fits = |group: usize| {
        st.roles.get(&group).is_some_and(|r| {
            r.split_whitespace()
                .map(rasd_text::match_key)
                .any(|w| w.strip_prefix("ال").unwrap_or(&w) == bare)
        }) && st
            .gender
            .get(&group)
            .is_none_or(|&x| x == g || g == Gender::Unknown)
    };
    if let Some(last) = &st.last {
        if let Some(gid) = last.speaker.group {
            if let Some(gi) = ctx.ents.groups.iter().position(|x| x.id == gid) {
                if fits(gi) {
                    return Some(last.speaker.clone());
                }
            }
        }
    }
    let m = last_mention_before(ctx, cue, EntityKind::Person, |m| fits(m.group))?;
    Some(resolved(ctx, st, m, SpeakerKind::Nominal))
}

/// The last mention of `kind` ending before token `cue` that passes `ok`.
fn last_mention_before(
    ctx: &Ctx,
    cue: usize,
    kind: EntityKind,
    ok: impl Fn(&EntityMention) -> bool,
) -> Option<usize> {
    let before = ctx.tokens[cue].span.start;
    ctx.ents
        .mentions
        .iter()
        .rposition(|m| m.span.end <= before && m.kind == kind && ok(m))
}

/// A speaker resolved to mention `m`: the group's canonical name, the mention's span.
fn resolved(ctx: &Ctx, st: &State, m: usize, kind: SpeakerKind) -> Speaker {
    let mention = &ctx.ents.mentions[m];
    let group = &ctx.ents.groups[mention.group];
    Speaker {
        text: mention.span.text(ctx.original).to_string(),
        name: group.name.clone(),
        start: mention.span.start,
        end: mention.span.end,
        kind,
        group: Some(group.id),
        role: st.roles.get(&mention.group).cloned(),
    }
}

/// How many paragraphs back an implicit speaker may be found.
const IMPLICIT_REACH: usize = 3;

/// Whether a speaker or mention in `paragraph` is within [`IMPLICIT_REACH`] paragraphs before
/// the cue at token `cue`.
fn within_reach(ctx: &Ctx, cue: usize, paragraph: usize) -> bool {
    ctx.paragraph[cue].saturating_sub(paragraph) <= IMPLICIT_REACH
}

/// Resolves a subject implied by the verb: the previous speaker if it agrees, else the most
/// recent agreeing person (then organisation or place) mentioned before the cue.
fn implicit(
    ctx: &Ctx,
    st: &State,
    cue: usize,
    vg: Gender,
    vn: Number,
    kind: SpeakerKind,
) -> Option<(Speaker, Gender)> {
    if let Some(found) = sentence_subject(ctx, st, cue, vg, vn, kind) {
        return Some(found);
    }
    if let Some(last) = &st.last {
        if within_reach(ctx, cue, last.paragraph) && agrees(last.gender, last.number, vg, vn) {
            let mut sp = last.speaker.clone();
            if sp.kind != SpeakerKind::Unnamed {
                sp.kind = kind;
            }
            return Some((sp, last.gender));
        }
    }
    if vn == Number::Plural {
        return None;
    }
    let reach = |m: &EntityMention| {
        let t = first_token(ctx, m.span);
        t < ctx.tokens.len() && within_reach(ctx, cue, ctx.paragraph[t])
    };
    for wanted in [EntityKind::Person, EntityKind::Organisation] {
        let found = last_mention_before(ctx, cue, wanted, |m| {
            !is_prep_object(ctx, m)
                && reach(m)
                && !ctx.inside_long_pair(first_token(ctx, m.span), 3)
                && st
                    .gender
                    .get(&m.group)
                    .is_none_or(|&g| agrees(g, Number::Singular, vg, vn))
        });
        if let Some(m) = found {
            let g = st
                .gender
                .get(&ctx.ents.mentions[m].group)
                .copied()
                .unwrap_or(vg);
            return Some((resolved(ctx, st, m, kind), g));
        }
    }
    None
}

/// Prepositions whose object is never the subject of a later verb.
fn is_preposition(key: &str) -> bool {
    matches!(
        key,
        "في" | "على"
            | "علي"
            | "عن"
            | "من"
            | "الي"
            | "مع"
            | "ضد"
            | "لدي"
            | "حول"
            | "عبر"
            | "بين"
            | "امام"
            | "خلال"
            | "منذ"
            | "بعد"
            | "قبل"
            | "ب"
            | "ل"
            | "لـ"
            | "تجاه"
            | "نحو"
            | "الى"
            | "بشان"
            | "عند"
            | "وفي"
            | "ومن"
            | "وعلى"
            | "وعن"
            | "ومع"
    )
}

/// True when mention `m` is the object of a preposition (في بريطانيا, لتويتر, على موقع تويتر).
pub fn is_prep_object(ctx: &Ctx, m: &EntityMention) -> bool {
    let t = first_token(ctx, m.span);
    if t >= ctx.tokens.len() {
        return false;
    }
    let tok = &ctx.tokens[t];
    let clitic = m.span.start > tok.span.start
        && (tok.key.starts_with('ب') || tok.key.starts_with('ل') || ctx.class[t].prep_prefix);
    let before = if t > 0 { ctx.key(t - 1) } else { "" };
    let two_before = if t > 1 { ctx.key(t - 2) } else { "" };
    clitic
        || is_preposition(before)
        || (is_preposition(two_before)
            && matches!(before, "موقع" | "حساب" | "صفحه" | "مدينه" | "دوله"))
}

/// For a cue inside a sentence with no subject of its own (also used with `cue` the last
/// token of the previous sentence, for a participle that opens a sentence) (ونشرت المنظمة بيانا قالت فيه,
/// وعاود أردوغان تصريحاته، قائلا): the sentence's first agreeing person, organisation or
/// place before any reported content, if it is not the object of a preposition.
pub fn sentence_subject(
    ctx: &Ctx,
    st: &State,
    cue: usize,
    vg: Gender,
    vn: Number,
    kind: SpeakerKind,
) -> Option<(Speaker, Gender)> {
    let sent = ctx.sentence_range(cue);
    let starts = (sent.start..cue).all(|t| {
        ctx.is_punct(t) || lexicon::is_filler(ctx.key(t)) || matches!(ctx.key(t), "و" | "ف")
    });
    if starts || vn == Number::Plural {
        return None;
    }
    let stop = (sent.start..cue)
        .find(|&t| {
            lexicon::complementizer(ctx.key(t)).is_some()
                || ctx.key(t) == ":"
                || ctx.opens[t].is_some()
        })
        .unwrap_or(cue);
    for t in sent.start..stop {
        let Some(m) = ctx.mention_at[t] else { continue };
        let mention = &ctx.ents.mentions[m];
        if mention.kind == EntityKind::Other
            || is_prep_object(ctx, mention)
            || !after_verb(ctx, t, sent.start)
        {
            continue;
        }
        let g = st
            .gender
            .get(&mention.group)
            .copied()
            .unwrap_or(Gender::Unknown);
        // a body or a country agrees by its head noun, which the guessed gender may miss: a
        // feminine verb before it (دعت الأمم المتحدة ...، قائلة) shows a feminine cue's subject
        // (a relative clause's verb has its subject before it: التي أسست حزب الخير)
        let relative =
            t > sent.start + 1 && matches!(ctx.key(t - 2).trim_start_matches('و'), "التي" | "الذي");
        let feminine_verb = t > sent.start && ctx.key(t - 1).ends_with('ت') && !relative;
        let body_agrees = mention.kind != EntityKind::Person && vg == Gender::Fem && feminine_verb;
        if body_agrees || agrees(g, Number::Singular, vg, vn) {
            return Some((resolved(ctx, st, m, kind), g.or(vg)));
        }
        return None;
    }
    main_clause_subject(ctx, st, sent.start, stop, cue, vg)
}

/// True when the mention starting at token `t` stands where a subject stands: first in the
/// sentence, or right after a word that can be a verb (not a noun with the article, not a
/// preposition, not another name).
fn after_verb(ctx: &Ctx, t: usize, start: usize) -> bool {
    if t == start {
        return true;
    }
    let p = t - 1;
    ctx.tokens[p].kind == TokenKind::Arabic
        && !ctx.tokens[p].span.text(ctx.original).starts_with("ال")
        && ctx.mention_at[p].is_none()
        && !is_prepositional(ctx, p)
        && !lexicon::is_filler(ctx.key(p))
}

/// Particles that open a sentence without being its verb.
fn is_opening_particle(key: &str) -> bool {
    matches!(
        key,
        "وفي"
            | "ومن"
            | "وقد"
            | "وكان"
            | "وكانت"
            | "وهو"
            | "وهي"
            | "ولم"
            | "ولا"
            | "وبعد"
            | "وقبل"
            | "وعلى"
            | "وعن"
            | "ومع"
            | "وبين"
            | "واذا"
            | "ولكن"
            | "وذلك"
            | "وهذا"
            | "وهذه"
            | "واما"
            | "وما"
            | "وفيما"
            | "وبينما"
            | "وخلال"
            | "واضاف"
            | "وتابع"
    )
}

/// When the entity layer found no subject in the sentence: the phrase after its first word,
/// if that word looks like a verb with و (وعاود أردوغان …، قائلا; ونشرت المنظمة بيانا قالت فيه).
fn main_clause_subject(
    ctx: &Ctx,
    st: &State,
    start: usize,
    stop: usize,
    cue: usize,
    vg: Gender,
) -> Option<(Speaker, Gender)> {
    let mut start = start;
    while start + 1 < stop && matches!(ctx.key(start), "كما" | "ثم" | "وقد" | "قد" | "لقد" | "فقد")
    {
        start += 1;
    }
    let first = ctx.key(start);
    let verb_like = ctx.tokens[start].kind == TokenKind::Arabic
        && !ctx.tokens[start].span.text(ctx.original).starts_with("ال")
        && ctx.mention_at[start].is_none()
        && first.chars().count() >= 3
        && !is_prepositional(ctx, start)
        && !lexicon::is_filler(first);
    if !verb_like
        || is_opening_particle(first)
        || lexicon::cue(first).is_some()
        || start + 1 >= stop
    {
        return None;
    }
    let k = start + 1;
    if ctx.tokens[k].kind != TokenKind::Arabic
        || is_prepositional(ctx, k)
        || lexicon::cue(ctx.key(k)).is_some()
    {
        return None;
    }
    match subject(ctx, k..stop.min(cue)) {
        Subject::Bare { span, .. }
            if !institution_or_name(&rasd_text::match_key(span.text(ctx.original)), vg) =>
        {
            None
        }
        s @ (Subject::Bare { .. } | Subject::Nominal { unnamed: false, .. }) => {
            resolve(ctx, st, &s, cue, vg, Number::Singular)
        }
        _ => None,
    }
}

/// True for a bare subject that can speak: a name (no article), or a definite noun of a
/// feminine institution (المنظمة, الحكومة, الوزارة) after a feminine verb.
fn institution_or_name(key: &str, vg: Gender) -> bool {
    let first = key.split(' ').next().unwrap_or("");
    !first.starts_with("ال") || (vg == Gender::Fem && first.ends_with('ه') && !key.contains(' '))
}
