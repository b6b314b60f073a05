//! The recogniser over rasd-text tokens: tagging, curated names and patterns, spans without
//! clitics, roles and groups.

use crate::clitic;
use crate::entities::{Entities, EntityType, Mention};
use crate::features::Prepared;
use crate::gazetteer::{GazMark, GazType, Gazetteer};
use crate::group::{group, Aliases};
use crate::lexicon::Lexicon;
use crate::model::{NerModel, WordCaches};
use crate::roles::{find_role, Office, RoleToken};
use crate::titles::Titles;
use crate::train::NAMES_TXT;

/// Names marked at run time only (not a gazetteer feature of the trained model).
const KNOWN_TXT: &str = include_str!("../data/known.txt");
use rasd_morph::TokenAnalysis;
use rasd_text::{Span, TextLayer, Token, TokenKind};

/// Named-entity recogniser: the trained tagger plus curated names, patterns and aliases.
#[derive(Debug, Clone)]
pub struct Recognizer {
    model: std::borrow::Cow<'static, NerModel>,
    curated: Gazetteer,
    aliases: Aliases,
    /// Role and honorific triggers for the rules (the crate's current list; the model's
    /// features keep the list it was trained with).
    titles: Titles,
    /// Identity of the model for the per-thread word-score caches ([`with_word_caches`]).
    id: u64,
}

/// Source of [`Recognizer`] ids: each model a recogniser is built around gets a new one.
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

thread_local! {
    /// Word-score caches kept across documents, per thread and recogniser id: news vocabulary
    /// repeats from article to article, so most words are scored once per thread.
    static WORD_CACHES: std::cell::RefCell<Vec<(u64, WordCaches)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Recognisers whose caches a thread keeps (the oldest is dropped for a new one).
const CACHED_RECOGNISERS: usize = 4;

/// Runs `f` with this thread's word caches of recogniser `id`.
fn with_word_caches<R>(id: u64, f: impl FnOnce(&mut WordCaches) -> R) -> R {
    WORD_CACHES.with(|all| {
        let mut all = all.borrow_mut();
        let k = match all.iter().position(|(i, _)| *i == id) {
            Some(k) => k,
            None => {
                if all.len() >= CACHED_RECOGNISERS {
                    all.remove(0);
                }
                all.push((id, WordCaches::default()));
                all.len() - 1
            }
        };
        f(&mut all[k].1)
    })
}

/// A mention before spans are computed: token range `[start, end)` and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Raw {
    start: usize,
    end: usize,
    etype: EntityType,
}

/// Organisation heads that form a name with the adjectives after them (الحكومة العراقية).
const ORG_HEADS: [&str; 29] = [
    "البنك",
    "القوات",
    "الهيئه",
    "الجهاز",
    "المفوضيه",
    "اللجنه",
    "المؤسسه",
    "النيابه",
    "المجلس",
    "الحزب",
    "المحكمه",
    "الحرس",
    "الحكومه",
    "الجيش",
    "البرلمان",
    "الشرطه",
    "القياده",
    "وزاره",
    "المخابرات",
    "البحريه",
    "السفاره",
    "القنصليه",
    "الخارجيه",
    "الاداره",
    "النظام",
    "الميليشيا",
    "الميليشيات",
    "الاستخبارات",
    "الوكاله",
];
/// Indefinite institution heads in construct with a definite noun, named by the nisba adjective
/// after it (وكالة الأنباء الفرنسية, خدمة الإسعاف الإسرائيلية, قوات الدفاع الجوي السعودي).
const CONSTRUCT_HEADS: [&str; 11] = [
    "وكاله",
    "محكمه",
    "خدمه",
    "قوات",
    "هيئه",
    "منظمه",
    "لجنه",
    "مؤسسه",
    "شركه",
    "مديريه",
    "سلطه",
];
/// Indefinite institution heads named by the place or name after them (`شرطة ويلتشير`,
/// `جامعة القاهرة`, `بلدية دبي`).
const NAMED_HEADS: [&str; 3] = ["شرطه", "جامعه", "بلديه"];

/// Heads of bodies whose name follows in quotation marks (`حزب "الجمهورية إلى الأمام"`,
/// `صحيفة «جمهورييت»`, `مجموعة "داماك"`).
const QUOTED_NAME_HEADS: [&str; 20] = [
    "قوات",
    "كتايب",
    "جبهه",
    "فصيل",
    "حزب",
    "حركه",
    "صحيفه",
    "جريده",
    "مجله",
    "قناه",
    "وكاله",
    "موقع",
    "جمعيه",
    "شركه",
    "مجموعه",
    "منظمه",
    "مؤسسه",
    "جماعه",
    "تنظيم",
    "شبكه",
];

/// Longest quoted name after a [`QUOTED_NAME_HEADS`] word, in tokens.
const MAX_QUOTED_NAME: usize = 5;

/// Place heads that form a name with the word after them (بحر إيجه, القارة الأوروبية).
const LOC_HEADS: [&str; 12] = [
    "بحر",
    "البحر",
    "القاره",
    "نهر",
    "جزيره",
    "مضيق",
    "خليج",
    "جبل",
    "صحراء",
    "معبر",
    "سجن",
    "قاعده",
];

/// Heads of facilities named by the place or rare word after them (`مطار الحديدة`, `فندق
/// كارلتون`, `قصر وندسور`, `ميناء جدة`): the facility is a place.
/// (`مستشفى` is left out: `مستشفى عسكري`, `مستشفى سجن فرين` are descriptions.)
/// Free prepositions (match keys) that close a role phrase when they stand right before a name
/// (`على` is left out: its key is the given name علي).
const FREE_PREPOSITIONS: [&str; 9] = ["مع", "الي", "في", "عن", "من", "لدي", "ضد", "بين", "عند"];

const FACILITY_HEADS: [&str; 4] = ["مطار", "فندق", "قصر", "ميناء"];

/// Words that continue a person's name into the word after them (بن, عبد, أبو ...): a name
/// part after them is no new name and no title.
const NAME_CONTINUERS: [&str; 7] = ["بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال"];

impl Recognizer {
    /// The recogniser with the committed model.
    pub fn embedded() -> &'static Recognizer {
        static R: std::sync::OnceLock<Recognizer> = std::sync::OnceLock::new();
        R.get_or_init(|| Recognizer::with_model(std::borrow::Cow::Borrowed(NerModel::embedded())))
    }

    /// A recogniser around a model (curated names and aliases from the crate).
    pub fn new(model: NerModel) -> Recognizer {
        Recognizer::with_model(std::borrow::Cow::Owned(model))
    }

    fn with_model(model: std::borrow::Cow<'static, NerModel>) -> Recognizer {
        Recognizer {
            model,
            curated: Gazetteer::from_text(&format!("{NAMES_TXT}\n{KNOWN_TXT}")),
            aliases: Aliases::embedded(),
            titles: Titles::for_roles(),
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The underlying model.
    pub fn model(&self) -> &NerModel {
        &self.model
    }

    /// Entities of a document. `morph` may be empty (then no verb information is used).
    pub fn recognize(&self, original: &str, text: &TextLayer, morph: &[TokenAnalysis]) -> Entities {
        self.recognize_with(original, text, morph, &[])
    }

    /// [`Recognizer::recognize`] plus names the document's structure gives outside `text`
    /// (a dateline's place and agency): they join the mentions before grouping, so the
    /// dateline's `الولايات المتحدة الأمريكية` and the body's `الولايات المتحدة` are one entity.
    pub fn recognize_with(
        &self,
        original: &str,
        text: &TextLayer,
        morph: &[TokenAnalysis],
        known: &[KnownName],
    ) -> Entities {
        let toks = &text.tokens;
        let ranges = sentence_ranges(text);
        // The tagger reads sentences without hashtag marks: `دونالد #ترمب` is one name.
        let sents: Vec<Vec<Prepared>> = ranges
            .iter()
            .map(|r| {
                let keys: Vec<&str> = r
                    .clone()
                    .filter(|&i| !is_hash_mark(toks, i))
                    .map(|i| toks[i].key.as_str())
                    .collect();
                self.model.prepare(&keys)
            })
            .collect();
        let mut raw = Vec::new();
        let mut prep: Vec<Prepared> = Vec::with_capacity(toks.len());
        let tagged = with_word_caches(self.id, |c| self.model.tag_document_with(&sents, c));
        for ((r, labels), sent) in ranges.iter().zip(tagged).zip(sents) {
            let labels = with_hash_marks(toks, r.clone(), &labels, self.model.tagger.labels());
            decode_bio(&labels, self.model.tagger.labels(), r.start, &mut raw);
            let mut sent = sent.into_iter();
            for i in r.clone() {
                if is_hash_mark(toks, i) {
                    prep.extend(self.model.prepare(&["#"]));
                } else {
                    prep.extend(sent.next());
                }
            }
        }
        for p in &mut prep {
            p.role = self.titles.is_role_word(&p.split.stem);
            p.honorific = self.titles.is_honorific_word(&p.split.stem);
        }
        let raw = trim_edges(raw, original, toks, &prep);
        let stems: Vec<&str> = prep.iter().map(|p| p.split.stem.as_str()).collect();
        let curated = self.curated.annotate(&stems);
        let raw = split_adjacent_persons(raw, &prep, &curated);
        let raw = split_at_titles(raw, &prep);
        let raw = Self::add_curated(raw, &prep, &curated);
        let raw = add_places(raw, &prep, &self.model.res.gaz);
        let maqsura: Vec<bool> = toks
            .iter()
            .map(|t| t.span.text(original).ends_with('ى'))
            .collect();
        let raw = add_patterns(
            raw,
            &prep,
            morph,
            (&self.model.res.lex, &self.model.res.gaz),
            &maqsura,
        );
        let raw = add_role_names(raw, &prep, toks, original, &self.model.res);
        // one-word persons of the curated names (ترامب, بوتين)
        let persons: Vec<bool> = curated
            .iter()
            .map(|m| m.begins(GazType::Per) && m.ends(GazType::Per))
            .collect();
        // before the names the document itself gives: a surname of a person it named in full
        // is that person before a place too (هدد شمخاني إسرائيل)
        let raw = drop_construct_heads(raw, &persons);
        let raw = add_called_names(raw, &prep, (toks, original), morph);
        let raw = add_given_names(
            raw,
            &prep,
            (toks, original),
            morph,
            (&self.model.res, &persons),
        );
        let raw = add_surnames(raw, &prep, (toks, original), morph);
        let raw = add_named_heads(raw, &prep);
        let raw = add_quoted_names(raw, &prep, toks, original);
        let raw = drop_bare_heads(raw, &prep);
        let raw = drop_adverb_places(raw, toks, morph);
        let raw = drop_verbs_from_persons(raw, toks, morph);
        let raw = retype_agreements(raw, &prep);
        let raw = retype_places(raw, &prep, &self.model.res.gaz);
        let raw = drop_trailing_nationality(raw, &prep, &self.model.res.gaz);
        let raw = add_compass(raw, &prep);
        let raw = add_leading_compass(raw, &prep);
        let raw = join_hyphenated(raw, toks);
        let raw = complete_names(
            raw,
            &prep,
            (&self.model.res.lex, &self.model.res.gaz),
            &maqsura,
        );
        let (raw, links) = add_head_nouns(raw, &prep);
        let mut mentions: Vec<Mention> = raw
            .iter()
            .map(|m| make_mention(original, toks, &prep, &self.model.res.gaz, m))
            .collect();
        let mut links = links;
        links.extend(appositions(&raw, toks, original));
        self.add_roles(original, text, &prep, morph, &raw, &mut mentions);
        let (mut mentions, links) = add_known(mentions, links, original, known);
        let groups = group(&mut mentions, &links, &self.aliases);
        Entities { mentions, groups }
    }

    /// Curated names (`data/names.txt`, marked on the tokens' stems as `marks`) the tagger
    /// missed or cut short.
    fn add_curated(raw: Vec<Raw>, prep: &[Prepared], marks: &[GazMark]) -> Vec<Raw> {
        let mut add = Vec::new();
        for (i, m) in marks.iter().enumerate() {
            for (t, ty) in [
                (GazType::Org, EntityType::ORG),
                (GazType::Loc, EntityType::LOC),
                (GazType::Per, EntityType::PER),
            ] {
                if !m.begins(t) {
                    continue;
                }
                let mut e = i;
                while e < marks.len() && !marks[e].ends(t) {
                    e += 1;
                }
                let end = (e + 1).min(marks.len());
                // A lone nisba word right after a definite noun is an adjective (الدول العربية).
                let stem = prep[i].split.stem.as_str();
                let adjectival = end == i + 1
                    && i > 0
                    && prep[i].split.prefix.is_empty()
                    && stem.starts_with("ال")
                    && (stem.ends_with('ي') || stem.ends_with("يه"))
                    && prep[i - 1].split.stem.starts_with("ال");
                if !adjectival {
                    add.push(Raw {
                        start: i,
                        end,
                        etype: ty,
                    });
                }
            }
        }
        merge_longer(raw, add)
    }

    fn add_roles(
        &self,
        original: &str,
        text: &TextLayer,
        prep: &[Prepared],
        morph: &[TokenAnalysis],
        raw: &[Raw],
        mentions: &mut [Mention],
    ) {
        let toks = &text.tokens;
        let mut rt: Vec<RoleToken> = (0..toks.len())
            .map(|i| RoleToken {
                role: prep[i].role,
                honorific: prep[i].honorific,
                stop: is_stop(&toks[i], original) && !is_hash_mark(toks, i),
                comma: is_comma(&toks[i], original),
                quote: is_quote(&toks[i], original) || is_hash_mark(toks, i),
                verb: morph.len() == toks.len() && morph[i].morphemes.iter().any(|m| m.tag == "V"),
                person: false,
                governed: ["ل", "ب", "وب", "ول", "فل", "فب"]
                    .contains(&prep[i].split.prefix.as_str()),
                definite: prep[i].split.prefix.is_empty() && prep[i].split.stem.starts_with("ال"),
                office: office_word(&toks[i].key),
                pronoun: matches!(toks[i].key.as_str(), "هو" | "هي" | "وهو" | "وهي"),
                preposition: FREE_PREPOSITIONS.contains(&toks[i].key.as_str()),
                counterpart: toks[i].key.trim_start_matches('و').starts_with("نظير"),
                complementiser: COMPLEMENTISERS.contains(&toks[i].key.as_str()),
                // ... a pronoun (هي, نفسه, به) is none: it refers back, it heads no phrase
                common: plain_common_noun(&prep[i], &self.model.res.lex, &self.model.res.gaz)
                    && !(morph.len() == toks.len()
                        && morph[i].morphemes.iter().any(|m| m.tag == "PRON")),
                governing: ["ب", "وب", "فب"].contains(&prep[i].split.prefix.as_str())
                    && !prep[i].split.stem.starts_with("ال")
                    && !prep[i].role
                    && common_noun(&prep[i], &self.model.res.lex, &self.model.res.gaz),
            })
            .collect();
        for m in raw.iter().filter(|m| m.etype == EntityType::PER) {
            rt[m.start..m.end].iter_mut().for_each(|t| t.person = true);
        }
        for r in sentence_ranges(text) {
            for (k, m) in raw.iter().enumerate() {
                if m.etype != EntityType::PER || m.start < r.start || m.end > r.end {
                    continue;
                }
                let Some((s, e)) = find_role(&rt[r.clone()], m.start - r.start, m.end - r.start)
                else {
                    continue;
                };
                let (s, e) = (s + r.start, e + r.start);
                let start = toks[s].span.start
                    + clitic_bytes(original, &toks[s], &prep[s], &self.model.res.gaz);
                let end = toks[e - 1].span.end;
                if start >= end {
                    continue; // the role phrase is only a clitic
                }
                let span = Span::new(start, end);
                mentions[k].role_text = Some(span.text(original).to_string());
                mentions[k].role = Some(span);
            }
        }
    }
}

/// The part a word plays in an office clause (`الذي كان يشغل منصب ...`).
fn office_word(key: &str) -> Office {
    match key {
        "الذي" | "والذي" | "التي" | "والتي" | "كان" | "كانت" | "وكان" | "وكانت" => {
            Office::Lead
        }
        "يشغل" | "تشغل" | "شغل" | "شغلت" | "يتولي" | "تتولي" | "تولي" | "تولت" => {
            Office::Verb
        }
        "منصب" => Office::Post,
        _ => Office::No,
    }
}

/// Sentence token ranges (the whole token list when the layer has no sentences).
fn sentence_ranges(text: &TextLayer) -> Vec<std::ops::Range<usize>> {
    if text.sentences.is_empty() {
        return std::iter::once(0..text.tokens.len()).collect();
    }
    text.sentences.iter().map(|s| s.tokens.clone()).collect()
}

/// A `#` right before a hashtag word.
fn is_hash_mark(toks: &[Token], i: usize) -> bool {
    toks[i].key == "#"
        && toks
            .get(i + 1)
            .is_some_and(|t| t.hashtag && t.span.start == toks[i].span.end)
}

/// Labels for every token of `range` from the labels of its tokens without hashtag marks: a
/// mark inside a name (the next word continues it) continues it too, otherwise it is `O`.
fn with_hash_marks(
    toks: &[Token],
    range: std::ops::Range<usize>,
    labels: &[u32],
    names: &[String],
) -> Vec<u32> {
    let mut out = Vec::with_capacity(range.len());
    let mut it = labels.iter().copied().peekable();
    for i in range {
        if is_hash_mark(toks, i) {
            let next = it.peek().copied().unwrap_or(0);
            out.push(if names[next as usize].starts_with("I-") {
                next
            } else {
                0
            });
        } else {
            out.push(it.next().unwrap_or(0));
        }
    }
    out
}

fn decode_bio(labels: &[u32], names: &[String], offset: usize, out: &mut Vec<Raw>) {
    let mut cur: Option<Raw> = None;
    for (i, &l) in labels.iter().enumerate() {
        let name = names[l as usize].as_str();
        let ty = name.get(2..).and_then(EntityType::parse);
        let inside = name.starts_with("I-") && cur.is_some_and(|c| Some(c.etype) == ty);
        if inside {
            if let Some(c) = cur.as_mut() {
                c.end = offset + i + 1;
            }
            continue;
        }
        out.extend(cur.take());
        if let Some(t) = ty {
            cur = Some(Raw {
                start: offset + i,
                end: offset + i + 1,
                etype: t,
            });
        }
    }
    out.extend(cur);
}

fn is_punct(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Punct | TokenKind::Symbol)
}

fn is_quote(t: &Token, original: &str) -> bool {
    is_punct(t)
        && matches!(
            t.span.text(original),
            "\"" | "«" | "»" | "“" | "”" | "'" | "‘" | "’" | "-" | "–"
        )
}

/// An indefinite Arabic word without proclitics that is a [`common_noun`]: no name is made of
/// it, so before a name it heads a phrase with it (تصريحات ترامب).
fn plain_common_noun(p: &Prepared, lex: &Lexicon, gaz: &Gazetteer) -> bool {
    p.shape == crate::features::Shape::Arabic
        && p.split.prefix.is_empty()
        && !p.split.stem.starts_with("ال")
        && common_noun(p, lex, gaz)
}

/// An Arabic or Latin comma.
fn is_comma(t: &Token, original: &str) -> bool {
    matches!(t.span.text(original), "،" | ",")
}

fn is_stop(t: &Token, original: &str) -> bool {
    is_punct(t) && !is_quote(t, original)
}

/// Punctuation and day words (`الخميس`, `امس`: the tagger sometimes runs a name on into
/// `قال كارتر الخميس`) cannot start or end a mention.
fn is_edge_junk(t: &Token) -> bool {
    is_punct(t) || rasd_text::is_day_word(&t.key)
}

/// Particles, prepositional nouns (`بشأن`, `خلال`) and pronouns (match keys) that never end a name (`المنظمة أن`, `الحراك أم`);
/// `علي` is left out: it is also a given name.
const NEVER_LAST: [&str; 27] = [
    "ان", "ام", "او", "في", "من", "عن", "مع", "التي", "الذي", "الي", "قد", "لا", "لم", "لن", "هو",
    "هي", "بشان", "حول", "ضد", "خلال", "لدي", "تجاه", "ازاء", "عند", "منذ", "حتي", "ضمن",
];

/// A word that cannot end a mention: edge junk, a particle, or an honorific (the title of the
/// next name: `قوات التحالف العقيد`).
fn cannot_end(t: &Token, p: &Prepared) -> bool {
    is_edge_junk(t) || NEVER_LAST.contains(&t.key.as_str()) || p.honorific
}

/// Heads of state names that a nationality adjective belongs to (`المملكة العربية السعودية`,
/// `الولايات المتحدة الأمريكية`).
const STATE_HEADS: [&str; 10] = [
    "المملكه",
    "مملكه",
    "الجمهوريه",
    "جمهوريه",
    "الولايات",
    "الامارات",
    "الاماره",
    "اماره",
    "سلطنه",
    "الدوله",
];

/// Compass adjectives that are part of place names (`كوريا الشمالية`, `الضفة الغربية`).
const COMPASS: [&str; 9] = [
    "الشمالي",
    "الجنوبي",
    "الشرقي",
    "الغربي",
    "الشماليه",
    "الجنوبيه",
    "الشرقيه",
    "الغربيه",
    "الوسطي",
];

/// Whether `p` is the nationality adjective of a place in the gazetteer (`السورية` of سوريا,
/// `العراقي` of العراق, `الروسية` of روسيا).
fn nationality(p: &Prepared, gaz: &Gazetteer) -> bool {
    let s = p.split.stem.as_str();
    let Some(base) = s
        .strip_prefix("ال")
        .and_then(|b| b.strip_suffix("يه").or_else(|| b.strip_suffix('ي')))
    else {
        return false;
    };
    base.chars().count() >= 2
        && !COMPASS.contains(&s)
        && [
            base.to_string(),
            format!("ال{base}"),
            format!("{base}ا"),
            format!("{base}يا"),
        ]
        .iter()
        .any(|k| gaz.has(k, GazType::Loc))
}

/// `دوما السورية`: a nationality adjective after a place names the country the place is in,
/// not part of the name (a state or place head keeps it: `المملكة العربية السعودية`, `القارة
/// الأوروبية`).
fn drop_trailing_nationality(raw: Vec<Raw>, prep: &[Prepared], gaz: &Gazetteer) -> Vec<Raw> {
    raw.into_iter()
        .map(|mut m| {
            let last = m.end - 1;
            if m.etype == EntityType::LOC
                && m.end - m.start >= 2
                && !STATE_HEADS.contains(&prep[m.start].split.stem.as_str())
                && !LOC_HEADS.contains(&prep[m.start].split.stem.as_str())
                && !FACILITY_HEADS.contains(&prep[m.start].split.stem.as_str())
                && nationality(&prep[last], gaz)
            {
                m.end = last;
            }
            m
        })
        .collect()
}

/// A definite place the tagger ended before its compass adjective (`الغوطة` + `الشرقية`,
/// `الضفة` + `الغربية`), or a peninsula or continent before its nisba (`شبه الجزيرة` +
/// `الكورية`): the adjective is part of the name.
fn add_compass(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    let taken: Vec<usize> = raw.iter().flat_map(|m| m.start..m.end).collect();
    raw.iter()
        .map(|m| {
            let next = prep.get(m.end);
            let compass = next.is_some_and(|p| {
                p.split.prefix.is_empty() && COMPASS.contains(&p.split.stem.as_str())
            });
            // only after a definite name: وونسان الشمالية is the northern town of Wonsan
            let definite = prep[m.start].split.stem.starts_with("ال");
            // a peninsula or continent is named by its nisba (شبه الجزيرة الكورية)
            let region = matches!(prep[m.end - 1].split.stem.as_str(), "الجزيره" | "القاره")
                && next.is_some_and(|p| p.split.prefix.is_empty() && is_nisba(p));
            let extends = compass && definite || region;
            if m.etype == EntityType::LOC && extends && !taken.contains(&m.end) {
                Raw {
                    end: m.end + 1,
                    ..*m
                }
            } else {
                *m
            }
        })
        .collect()
}

/// A state whose name opens with a compass noun the tagger left out (`جنوب أفريقيا`, `جنوب
/// السودان`): the noun is part of the name. Other directions before a place are regions
/// (`جنوب لبنان`, `شمال سوريا`) and keep the place alone.
fn add_leading_compass(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    const STATES: [[&str; 2]; 3] = [
        ["جنوب", "افريقيا"],
        ["جنوب", "افريقيه"],
        ["جنوب", "السودان"],
    ];
    let taken: Vec<usize> = raw.iter().flat_map(|m| m.start..m.end).collect();
    raw.iter()
        .map(|m| {
            let Some(d) = m.start.checked_sub(1) else {
                return *m;
            };
            let bare = matches!(prep[d].split.prefix.as_str(), "" | "و");
            let pair = [
                prep[d].split.stem.as_str(),
                prep[m.start].split.stem.as_str(),
            ];
            let state = m.end == m.start + 1 && STATES.contains(&pair);
            if m.etype == EntityType::LOC && bare && state && !taken.contains(&d) {
                Raw { start: d, ..*m }
            } else {
                *m
            }
        })
        .collect()
}

/// Splits a person the tagger ran on into the next one (`حث كوربن تريزا ماي`, `التقى بوتين
/// أردوغان`): a verb's subject and object stand side by side with no mark between them. A
/// curated person starting inside the mention opens a second name when it is a full name of two
/// words or more, or when a curated person ends right before it; the first part keeps the rest,
/// and [`Recognizer::add_curated`] adds the second whole. A word that continues a name (`بن`,
/// `عبد`) never closes the first part, and a surname's particle (`ستافان دي ميستورا`) opens no
/// second name. After a one-word curated person (a surname) the rest is a second person.
fn split_adjacent_persons(raw: Vec<Raw>, prep: &[Prepared], marks: &[GazMark]) -> Vec<Raw> {
    const PARTICLES: [&str; 9] = ["دي", "دو", "دا", "ديل", "فان", "فون", "لا", "لو", "ال"];
    let opens = |k: usize| {
        let full = !marks[k].ends(GazType::Per);
        let after_person = marks[k - 1].ends(GazType::Per);
        let particle = PARTICLES.contains(&prep[k].split.stem.as_str());
        marks[k].begins(GazType::Per)
            && (full || after_person)
            && !particle
            && prep[k].split.prefix.is_empty()
            && !NAME_CONTINUERS.contains(&prep[k - 1].split.stem.as_str())
    };
    // what the tagger glued before a curated name that closes no name is dropped (`آية الله`,
    // `الجزائري`, `بزعامة` before `علي خامنئي`, `عبد العزيز بوتفليقة`, `نوري المالكي`)
    let closes_name = |p: &Prepared| {
        // a frequent word the news-corpus taggers never read as a person is no name's end
        let namey = p.tagged[0] >= 1 || p.freq_bucket <= 9;
        namey
            && p.split.prefix.is_empty()
            && !p.split.stem.starts_with("ال")
            && !p.role
            && !p.honorific
            && p.split.stem != "الله"
    };
    // a one-word curated person is a surname, its name's end (نتنياهو): a word the tagger ran
    // on past it is no part of that name (واتهم نتنياهو عباس), unless a curated name covers
    // both (a surname inside a full name keeps its suffix: دونالد ترامب جونيور)
    const SUFFIXES: [&str; 6] = ["جونيور", "سينيور", "الابن", "الاب", "الثاني", "الثالث"];
    let surname_closes = |k: usize| {
        let alone = marks[k - 1].begins(GazType::Per)
            && marks[k - 1].ends(GazType::Per)
            && !marks[k - 1].inside(GazType::Per);
        alone
            && !marks[k].inside(GazType::Per)
            && prep[k].split.prefix.is_empty()
            && !SUFFIXES.contains(&prep[k].split.stem.as_str())
    };
    raw.into_iter()
        .filter_map(|m| {
            if m.etype != EntityType::PER {
                return Some(m);
            }
            if let Some(k) = (m.start + 1..m.end).find(|&k| opens(k)) {
                return closes_name(&prep[k - 1]).then_some(Raw { end: k, ..m });
            }
            // (the rest is left to the surname rule, which names it where the document gave
            // its full name: حفتر سيعود is Haftar alone, نتنياهو عباس two persons)
            let end = (m.start + 1..m.end)
                .find(|&k| surname_closes(k))
                .unwrap_or(m.end);
            Some(Raw { end, ..m })
        })
        .collect()
}

/// A person mention the tagger ran across a definite title and the name after it (`وشكر
/// بومبيو الملك سلمان`): two persons, the title between them the second one's role. A title
/// after `عبد` or `أبو` is part of the name (`عبد الملك الحوثي`), and so is one no name follows;
/// definite titles opening a mention are cut off it (`الركن تركي المالكي`).
fn split_at_titles(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    let definite_title = |k: usize| {
        let p = &prep[k];
        (p.role || p.honorific) && p.split.prefix.is_empty() && p.split.stem.starts_with("ال")
    };
    let title =
        |k: usize| definite_title(k) && !NAME_CONTINUERS.contains(&prep[k - 1].split.stem.as_str());
    // a definite title the tagger took in at the start (`الركن تركي المالكي`) is no name's; a
    // pope is named with his title (`البابا فرنسيس`)
    let opening = |k: usize| definite_title(k) && prep[k].split.stem != "البابا";
    let mut out = Vec::with_capacity(raw.len());
    for mut m in raw {
        if m.etype == EntityType::PER {
            if let Some(first) = (m.start..m.end).find(|&k| !opening(k)) {
                m.start = first;
            }
        }
        let cut = (m.etype == EntityType::PER)
            .then(|| (m.start + 1..m.end).find(|&k| title(k)))
            .flatten();
        let Some(k) = cut else {
            out.push(m);
            continue;
        };
        // a title closing the mention is a surname (ياسر القاضي)
        match (k..m.end).find(|&j| !prep[j].role && !prep[j].honorific) {
            Some(j) => {
                out.push(Raw { end: k, ..m });
                out.push(Raw { start: j, ..m });
            }
            None => out.push(m),
        }
    }
    out
}

/// A person's name written with a hyphen between two of its words (`كيم جونغ-أون`, `مون
/// جاي-إن`, `جان-إيف لودريان`): the tagger reads the hyphen as a boundary and cuts the name
/// there, so a word glued to the mention by a hyphen, with no space on either side, joins it.
fn join_hyphenated(raw: Vec<Raw>, toks: &[Token]) -> Vec<Raw> {
    let taken: Vec<usize> = raw.iter().flat_map(|m| m.start..m.end).collect();
    // the hyphen at `h` glues the Arabic words at `h - 1` and `h + 1`
    let glued = |h: usize| {
        let (Some(a), Some(b)) = (h.checked_sub(1), h.checked_add(1)) else {
            return false;
        };
        let (Some(before), Some(mark), Some(after)) = (toks.get(a), toks.get(h), toks.get(b))
        else {
            return false;
        };
        mark.key == "-"
            && before.span.end == mark.span.start
            && mark.span.end == after.span.start
            && before.kind == TokenKind::Arabic
            && after.kind == TokenKind::Arabic
    };
    raw.iter()
        .map(|m| {
            if m.etype != EntityType::PER {
                return *m;
            }
            let mut out = *m;
            if glued(m.end) && !taken.contains(&(m.end + 1)) {
                out.end = m.end + 2;
            }
            if m.start >= 2 && glued(m.start - 1) && !taken.contains(&(m.start - 2)) {
                out.start = m.start - 2;
            }
            out
        })
        .collect()
}

/// Completes an organisation or place the tagger ended on a common noun. An indefinite one is
/// in construct, so the definite noun after it, and that noun's nisba adjectives, belong to the
/// name (`منظمة حظر` + `الأسلحة الكيميائية`); a definite one takes its agreeing nisba adjectives
/// (`منظمة حظر الأسلحة` + `الكيميائية`, `الحكومة` + `السورية`).
fn complete_names(
    raw: Vec<Raw>,
    prep: &[Prepared],
    (lex, gaz): (&Lexicon, &Gazetteer),
    maqsura: &[bool],
) -> Vec<Raw> {
    let plain = |i: usize| {
        prep.get(i)
            .is_some_and(|p| p.shape == crate::features::Shape::Arabic && p.split.prefix.is_empty())
    };
    let covered = |e: usize| raw.iter().any(|m| m.start <= e && e < m.end);
    let mut out = raw.clone();
    for m in out.iter_mut().filter(|m| m.etype != EntityType::PER) {
        let (last, next) = (m.end - 1, m.end);
        if !plain(last) || !plain(next) || covered(next) || !common_noun(&prep[last], lex, gaz) {
            continue;
        }
        let definite = |i: usize| prep[i].split.stem.starts_with("ال");
        let head = if definite(last) {
            last
        } else if definite(next) && !NEVER_LAST.contains(&prep[next].key.as_str()) {
            next
        } else {
            continue;
        };
        let stem = &prep[head].split.stem;
        let end = adjective_run(prep, stem, (head, head + 1, 2), &|_| None, maqsura);
        m.end = (m.end..end).find(|&k| covered(k)).unwrap_or(end);
    }
    out
}

/// Turns a name right after an indefinite institution head ([`NAMED_HEADS`]) into that
/// institution: `شرطة ويلتشير` is an organisation, whatever the tagger made of `ويلتشير`.
fn add_named_heads(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    let covered: Vec<bool> = (0..prep.len())
        .map(|i| raw.iter().any(|m| m.start <= i && i < m.end))
        .collect();
    raw.into_iter()
        .map(|mut m| {
            let head = m.start.checked_sub(1).filter(|&h| !covered[h]);
            if head.is_some_and(|h| NAMED_HEADS.contains(&prep[h].split.stem.as_str())) {
                m.start -= 1;
                m.etype = EntityType::ORG;
            }
            m
        })
        .collect()
}

/// Drops one-word organisations that are only an indefinite head noun (`منظمة من اليسار`,
/// `حزب "…"` once the quoted name is taken): a common noun, not a name.
fn drop_bare_heads(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    raw.into_iter()
        .filter(|m| {
            let stem = prep[m.start].split.stem.as_str();
            let head = CONSTRUCT_HEADS.contains(&stem)
                || QUOTED_NAME_HEADS.contains(&stem)
                || NAMED_HEADS.contains(&stem);
            !(m.etype == EntityType::ORG && m.end == m.start + 1 && head)
        })
        .collect()
}

/// Place names that are also adverbs (match keys): `دوما` is "always" after a verb (ويطالب دوما,
/// كانت دوما تدعم), the town elsewhere (في دوما, مدينة دوما).
const ADVERB_PLACES: [&str; 1] = ["دوما"];

/// Drops a one-word place that is an adverb here: right after a verb (كانت دوما تدعم: after the
/// auxiliary).
fn drop_adverb_places(raw: Vec<Raw>, toks: &[Token], morph: &[TokenAnalysis]) -> Vec<Raw> {
    let verb = |i: usize| has_tag(morph, i, "V");
    raw.into_iter()
        .filter(|m| {
            let adverb = m.etype == EntityType::LOC
                && m.end == m.start + 1
                && ADVERB_PLACES.contains(&toks[m.start].key.as_str());
            !(adverb && m.start > 0 && verb(m.start - 1))
        })
        .collect()
}

/// Verbs read into person mentions by rare-word runs after a role: a mention opening with a
/// future verb is dropped (المتحدث ... بأن جيش الاحتلال سيوسع ردة فعله), and a feminine past
/// verb closing a mention of three words or more is cut off (الناشطة عزيزة اليوسف عادت); so is
/// a last word the morphology reads as a preposition with the article (الرئيس نيكولاس مادورو
/// بالتنحي, الحريري للرياض), which no name takes (كالين, بالجي are read as nouns).
fn drop_verbs_from_persons(raw: Vec<Raw>, toks: &[Token], morph: &[TokenAnalysis]) -> Vec<Raw> {
    let verb = |i: usize| has_tag(morph, i, "V");
    let governed = |i: usize| {
        morph
            .get(i)
            .is_some_and(|m| m.pos.starts_with("PREP+DET") || m.pos.starts_with("CONJ+PREP+DET"))
    };
    raw.into_iter()
        .filter_map(|mut m| {
            if m.etype != EntityType::PER {
                return Some(m);
            }
            let key = toks[m.start].key.as_str();
            if ["سي", "ست", "سن"].iter().any(|p| key.starts_with(p)) && verb(m.start) {
                return None;
            }
            let last = m.end - 1;
            let past = m.end - m.start >= 3 && toks[last].key.ends_with('ت') && verb(last);
            if past || (m.end - m.start >= 2 && governed(last)) {
                m.end = last;
            }
            Some(m)
        })
        .collect()
}

/// Heads of agreements and charters (bare match keys): a name they open is a document, no body.
const AGREEMENT_HEADS: [&str; 4] = ["اتفاق", "اتفاقيه", "معاهده", "ميثاق"];

/// An agreement the tagger read as a body (`الاتفاق النووي` tagged ORG) is MISC: it signs,
/// attacks and meets no one.
fn retype_agreements(raw: Vec<Raw>, prep: &[Prepared]) -> Vec<Raw> {
    raw.into_iter()
        .map(|mut m| {
            if m.etype == EntityType::ORG && AGREEMENT_HEADS.contains(&prep[m.start].bare()) {
                m.etype = EntityType::MISC;
            }
            m
        })
        .collect()
}

/// A place the tagger read as a body (`بيونغ يانغ منحت`: the capital for its government) is
/// a place, as the gold files mark it: an organisation mention of up to three words whose
/// words are, whole, a place of the gazetteer and no organisation of it, each word labelled a
/// place more often than a body in the news.
fn retype_places(raw: Vec<Raw>, prep: &[Prepared], gaz: &Gazetteer) -> Vec<Raw> {
    raw.into_iter()
        .map(|mut m| {
            let name = || {
                prep[m.start..m.end]
                    .iter()
                    .map(|p| p.split.stem.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            // the news-corpus taggers label each word a place more often than a body (not فارس,
            // the agency, nor أمازون)
            let placey = prep[m.start..m.end]
                .iter()
                .all(|p| p.tagged[1] > p.tagged[2]);
            if m.etype == EntityType::ORG && m.end - m.start <= 3 && placey {
                let name = name();
                if gaz.has(&name, GazType::Loc) && !gaz.has(&name, GazType::Org) {
                    m.etype = EntityType::LOC;
                }
            }
            m
        })
        .collect()
}

/// The quoted name after a body's head (`حزب "الجمهورية إلى الأمام"`) is an organisation:
/// mentions inside the quotes give way to it; one that crosses the quotes keeps its place.
fn add_quoted_names(raw: Vec<Raw>, prep: &[Prepared], toks: &[Token], original: &str) -> Vec<Raw> {
    let mut raw = raw;
    for (h, head) in prep.iter().enumerate() {
        if !QUOTED_NAME_HEADS.contains(&head.split.stem.as_str())
            || !toks.get(h + 1).is_some_and(|t| is_quote(t, original))
        {
            continue;
        }
        let (start, last) = (h + 2, (h + 2 + MAX_QUOTED_NAME).min(toks.len()));
        let Some(end) =
            (start..last).find(|&k| is_quote(&toks[k], original) || is_stop(&toks[k], original))
        else {
            continue;
        };
        if end == start || !is_quote(&toks[end], original) {
            continue;
        }
        if raw
            .iter()
            .any(|m| m.start < end && start < m.end && (m.start < start || m.end > end))
        {
            continue;
        }
        raw.retain(|m| m.end <= start || m.start >= end);
        raw.push(Raw {
            start,
            end,
            etype: EntityType::ORG,
        });
    }
    raw.sort_by_key(|m| (m.start, m.end));
    raw
}

/// Corpus tag-share bucket (see [`crate::corpus_tags::share_bucket`]) from which a gazetteer
/// place is a place wherever the tagger left it out: labelled a place in at least 60 % of its
/// news-corpus occurrences.
const PLACE_SHARE: u8 = 5;

/// One-word gazetteer places that the news-corpus taggers label as places most of the time,
/// where the tagger left them out (its word weights can carry annotation slips of its training
/// data: `تنزانيا` is tagged O there twice). Compass adjectives are left to the names they
/// follow (`كوريا الشمالية`).
fn add_places(raw: Vec<Raw>, prep: &[Prepared], gaz: &Gazetteer) -> Vec<Raw> {
    let add = (0..prep.len())
        .filter(|&i| {
            let p = &prep[i];
            let stem = p.split.stem.as_str();
            p.tagged[1] >= PLACE_SHARE && gaz.has(stem, GazType::Loc) && !COMPASS.contains(&stem)
        })
        .map(|i| Raw {
            start: i,
            end: i + 1,
            etype: EntityType::LOC,
        })
        .collect();
    merge_longer(raw, add)
}

/// A common noun: an institution head (`منظمة`, `هيئة`), or a word that is frequent in the news
/// corpus, in no gazetteer, and rarely labelled as a person or place by the corpus taggers
/// (`حظر`, `الحكومة`; organisation shares are high for words inside organisation names).
fn common_noun(p: &Prepared, lex: &Lexicon, gaz: &Gazetteer) -> bool {
    let stem = p.split.stem.as_str();
    let [per, loc, ..] = p.tagged;
    CONSTRUCT_HEADS.contains(&stem)
        || (lex.freq(stem) >= COMMON_NOUN_FREQ && gaz.mask(stem) == 0 && per <= 2 && loc <= 2)
}

/// Drops a one-word person directly followed by a place (`أعيان صعدة`, `سكان الموصل`): a noun in
/// construct with the place, not a name (names and places are not juxtaposed without a
/// preposition or a comma). A curated person (`curated[i]`) stays: it is a verb's subject before
/// its object (`زار ترامب الصين`); so does the surname of a person the document named in full,
/// which [`add_surnames`] adds after this.
fn drop_construct_heads(raw: Vec<Raw>, curated: &[bool]) -> Vec<Raw> {
    let loc_at: std::collections::HashSet<usize> = raw
        .iter()
        .filter(|m| m.etype == EntityType::LOC)
        .map(|m| m.start)
        .collect();
    raw.into_iter()
        .filter(|m| {
            let one_word = m.etype == EntityType::PER && m.end == m.start + 1;
            let known = curated.get(m.start).copied().unwrap_or(false);
            !(one_word && !known && loc_at.contains(&m.end))
        })
        .collect()
}

/// Complementisers (match keys): a mention never runs on through one (`قال لبي بي سي إن القنطار`
/// holds two names).
const COMPLEMENTISERS: [&str; 4] = ["ان", "انه", "انها", "بان"];

/// The preposition على as written, with alif maqsura: its match key is the given name علي, but
/// so written it is the preposition (ANERcorp train: 1,445 times O, once a name), never a
/// name's first or last word (آبي على, على أردوغان).
fn written_preposition(t: &Token, original: &str) -> bool {
    t.span.text(original) == "على"
}

/// Drops punctuation, day words and the written preposition على at mention edges, and mentions
/// that are only those; a mention ends before a complementiser inside it.
fn trim_edges(raw: Vec<Raw>, original: &str, toks: &[Token], prep: &[Prepared]) -> Vec<Raw> {
    let junk = |t: &Token| is_edge_junk(t) || written_preposition(t, original);
    raw.into_iter()
        .filter_map(|mut m| {
            while m.start < m.end && junk(&toks[m.start]) {
                m.start += 1;
            }
            if let Some(k) = (m.start + 1..m.end.saturating_sub(1))
                .find(|&k| COMPLEMENTISERS.contains(&toks[k].key.as_str()))
            {
                m.end = k;
            }
            while m.end > m.start
                && (cannot_end(&toks[m.end - 1], &prep[m.end - 1])
                    || written_preposition(&toks[m.end - 1], original))
            {
                m.end -= 1;
            }
            (m.start < m.end).then_some(m)
        })
        .collect()
}

/// Adds `extra` mentions that overlap nothing, or that contain every mention they overlap.
fn merge_longer(mut raw: Vec<Raw>, extra: Vec<Raw>) -> Vec<Raw> {
    for e in extra {
        let overl: Vec<usize> = (0..raw.len())
            .filter(|&i| raw[i].start < e.end && e.start < raw[i].end)
            .collect();
        let contains_all = overl
            .iter()
            .all(|&i| e.start <= raw[i].start && raw[i].end <= e.end);
        let strictly_longer = overl
            .iter()
            .all(|&i| raw[i].end - raw[i].start < e.end - e.start);
        if overl.is_empty() || (contains_all && strictly_longer) {
            for &i in overl.iter().rev() {
                raw.remove(i);
            }
            raw.push(e);
        }
    }
    raw.sort_by_key(|m| (m.start, m.end));
    raw
}

/// A definite nisba adjective (ال...ي / ال...ية), other than the descriptive `الرسمي(ة)`.
fn is_nisba(p: &Prepared) -> bool {
    let s = p.split.stem.as_str();
    s.starts_with("ال")
        && (s.ends_with('ي') || s.ends_with("يه"))
        && s.chars().count() >= 5
        && !matches!(s, "الرسمي" | "الرسميه")
}

/// Feminine elatives (match keys) that name institutions (المحكمة العليا, القيادة الوسطى,
/// اللجنة العليا): the morphology often reads them as nouns.
const ELATIVES: [&str; 8] = [
    "العليا",
    "الدنيا",
    "الكبري",
    "الوسطي",
    "العظمي",
    "الاولي",
    "القصوي",
    "الصغري",
];

/// A definite adjective-like word (a nisba, a feminine elative, or an ADJ in the morphology
/// layer).
fn adjective(p: &Prepared, morph: Option<&TokenAnalysis>) -> bool {
    let s = p.split.stem.as_str();
    is_nisba(p)
        || ELATIVES.contains(&s)
        || morph.is_some_and(|a| s.starts_with("ال") && a.morphemes.iter().any(|m| m.tag == "ADJ"))
}

/// Gender agreement of an adjective with a singular head (`الحكومة العراقية`, `القيادة الوسطى`,
/// not the `الخارجية الإيراني` of `وزير الخارجية الإيراني`); plural heads take either.
/// `maqsura`: the adjective is written with a final `ى`.
fn agrees(head: &str, adj: &Prepared, maqsura: bool) -> bool {
    let s = &adj.split.stem;
    let feminine = s.ends_with('ه') || s.ends_with('ا') || maqsura;
    if head.ends_with('ه') {
        feminine
    } else if head.ends_with("ات") || head.ends_with('ا') {
        true
    } else {
        !feminine
    }
}

/// End of the adjectives naming the institution `head` from `e`: agreeing adjectives, and
/// once a nisba has come only nisbas (`الميليشيا الحوثية`, not `... المدعومة`); at most
/// `max` words after the head at `i`.
fn adjective_run<'a>(
    prep: &[Prepared],
    head: &str,
    (i, mut e, max): (usize, usize, usize),
    mo: &impl Fn(usize) -> Option<&'a TokenAnalysis>,
    maqsura: &[bool],
) -> usize {
    let mut nisba_seen = false;
    while e < prep.len() && e - i <= max {
        let p = &prep[e];
        let agreeing = agrees(head, p, maqsura.get(e) == Some(&true));
        let relational = RELATIONAL.contains(&p.split.stem.as_str());
        if !adjective(p, mo(e)) || !agreeing || relational || (nisba_seen && !is_nisba(p)) {
            break;
        }
        nisba_seen |= is_nisba(p);
        e += 1;
    }
    e
}

/// Branches of the armed forces that name them after القوات (القوات المسلحة, القوات الجوية).
const FORCE_BRANCHES: [&str; 4] = ["المسلحه", "البريه", "الجويه", "البحريه"];

/// Nisba-shaped words after القوات that describe forces rather than name a country's: military,
/// local, foreign (القوات العسكرية, القوات الأجنبية); loyal and hostile ones are [`RELATIONAL`].
const FORCE_DESCRIPTIONS: [&str; 5] = ["العسكريه", "المحليه", "الاجنبيه", "القمعيه", "العموميه"];

/// Where a name opened by القوات ends, given the adjective run up to `e`: a country's forces are
/// named by nisbas and branches (القوات الإسرائيلية, القوات المسلحة المصرية); a participle, a
/// [`FORCE_DESCRIPTIONS`] or [`RELATIONAL`] word describes them (القوات المدعومة, القوات
/// الأجنبية, القوات الموالية) and a coordinated adjective joins two countries' forces (القوات
/// التركية والأمريكية): the name stops before any of them.
fn forces_name_end(prep: &[Prepared], i: usize, e: usize) -> usize {
    let naming = |p: &Prepared| {
        p.split.prefix.is_empty()
            && !FORCE_DESCRIPTIONS.contains(&p.split.stem.as_str())
            && !RELATIONAL.contains(&p.split.stem.as_str())
            && (is_nisba(p) || FORCE_BRANCHES.contains(&p.split.stem.as_str()))
    };
    (i + 1..e).find(|&k| !naming(&prep[k])).unwrap_or(e)
}

/// Organisation heads whose adjectives alone seldom name one (اللجنة الاقتصادية, الجهاز
/// الهضمي): the name needs the domain after them with ل (الهيئة الوطنية للانتخابات, الجهاز
/// المركزي للمحاسبات, اللجنة الدولية للصليب الأحمر) or closes on a nisba after two adjectives
/// (اللجنة الأولمبية الدولية).
const COMPLEMENTED_HEADS: [&str; 5] = ["الهيئه", "الجهاز", "المفوضيه", "اللجنه", "المؤسسه"];

/// Participles that tie a body to another rather than name it (التابعة لوزارة, المزمع إنشاؤها,
/// الجيش الحكومي الموالي): they end an institution's adjectives.
const RELATIONAL: [&str; 11] = [
    "التابعه",
    "التابع",
    "المزمع",
    "المزمعه",
    "المكلفه",
    "المكلف",
    "المعنيه",
    "المعني",
    "المواليه",
    "الموالي",
    "المعاديه",
];

/// End of a [`COMPLEMENTED_HEADS`] name at `i` whose adjectives run to `e`: past the ل
/// complement and its adjectives, or `e` when two adjectives close on a nisba; else no name
/// (`i + 1`).
fn complemented_name_end<'a>(
    prep: &[Prepared],
    (i, e): (usize, usize),
    gaz: &Gazetteer,
    mo: &impl Fn(usize) -> Option<&'a TokenAnalysis>,
) -> usize {
    // a body named by its country (المفوضية الأوروبية) ends there: what ل adds is its domain
    // of the moment (المفوضية الأوروبية للتجارة)
    let supranational = [
        "الدوليه",
        "الدولي",
        "العربيه",
        "الوطنيه",
        "القوميه",
        "الامنيه",
    ];
    let national = e > i + 1
        && nationality(&prep[e - 1], gaz)
        && !supranational.contains(&prep[e - 1].split.stem.as_str());
    let complement = e > i + 1
        && !national
        && e < prep.len()
        && prep[e].split.prefix == "ل"
        && prep[e].split.stem.starts_with("ال");
    if complement {
        let plain_adjective = |k: usize| {
            prep[k].split.prefix.is_empty()
                && adjective(&prep[k], mo(k))
                && !RELATIONAL.contains(&prep[k].split.stem.as_str())
        };
        return (e + 1..(e + 3).min(prep.len()))
            .find(|&k| !plain_adjective(k))
            .unwrap_or((e + 3).min(prep.len()));
    }
    if national || e >= i + 3 && is_nisba(&prep[e - 1]) {
        e
    } else {
        i + 1
    }
}

/// Indefinite heads of parties and movements named by the word or place after them (حزب
/// الغد, جماعة الإخوان, حزب مصر القوية); حركة and جبهة are left out: followed by a definite
/// noun they are mostly common nouns (حركة الاحتجاجات, جبهة الحديدة).
const PARTY_HEADS: [&str; 4] = ["حزب", "جماعه", "تيار", "ايتلاف"];

/// End of a party's name after its head at `i`: a definite word or a place the recogniser
/// found, then agreeing adjectives (حزب مصر القوية); a role word after the head (حزب الرئيس) is
/// no name.
fn party_name<'a>(
    raw: &[Raw],
    prep: &[Prepared],
    i: usize,
    mo: &impl Fn(usize) -> Option<&'a TokenAnalysis>,
    maqsura: &[bool],
) -> Option<usize> {
    let n = i + 1;
    let next = prep.get(n)?;
    let place = raw
        .iter()
        .find(|m| m.start == n && m.etype == EntityType::LOC)
        .map(|m| m.end);
    let word = (next.shape == crate::features::Shape::Arabic
        && next.split.prefix.is_empty()
        && next.split.stem.starts_with("ال")
        && !next.role
        && !next.honorific)
        .then_some(n + 1);
    let e = place.or(word)?;
    // a country agrees in the feminine (حزب مصر القوية)
    let head = if place.is_some() {
        "دوله"
    } else {
        prep[e - 1].split.stem.as_str()
    };
    Some(adjective_run(prep, head, (i, e, 4), mo, maqsura))
}

/// End of a facility's name after its head at `i` (see [`FACILITY_HEADS`]): a place or person
/// mention (`مطار الحديدة`) or a rare word without the article (`فندق كارلتون`), then `الدولي`.
fn facility_name(raw: &[Raw], prep: &[Prepared], lex: &Lexicon, i: usize) -> Option<usize> {
    let n = i + 1;
    let next = prep.get(n)?;
    let plain = next.shape == crate::features::Shape::Arabic && next.split.prefix.is_empty();
    let mention = raw
        .iter()
        .find(|m| m.start == n && m.etype != EntityType::ORG)
        .map(|m| m.end);
    // a name the recogniser missed is a rare word without the article (قصر النظر is no palace)
    let stem = next.split.stem.as_str();
    let rare = (lex.freq(stem) < COMMON_WORD_FREQ && !stem.starts_with("ال")).then_some(n + 1);
    let e = mention.or(rare).filter(|_| plain)?;
    let international = prep.get(e).is_some_and(|p| p.split.stem == "الدولي");
    Some(if international { e + 1 } else { e })
}

/// End of `HEAD الاسم NISBA+` from an indefinite head at `i` (at least one nisba adjective
/// after the definite noun; up to three).
fn construct_name(prep: &[Prepared], i: usize) -> Option<usize> {
    let noun = prep.get(i + 1)?;
    if !noun.split.prefix.is_empty() || !noun.split.stem.starts_with("ال") {
        return None;
    }
    let mut e = i + 2;
    while e < prep.len() && e - i < 5 && is_nisba(&prep[e]) {
        e += 1;
    }
    (e > i + 2).then_some(e)
}

/// Kinds of courts and prosecutions named after محكمة / نيابة (match keys): criminal,
/// misdemeanour, appeal, cassation, state security.
const COURT_KINDS: [&str; 10] = [
    "جنايات",
    "جنح",
    "استئناف",
    "استيناف",
    "الاستئناف",
    "الاستيناف",
    "النقض",
    "التمييز",
    "الجنايات",
    "امن",
];

/// A court or prosecution named by its kind and, after it, the state security it guards or the
/// place it sits in (محكمة جنايات القاهرة, نيابة استئناف القاهرة, محكمة النقض, محكمة أمن
/// الدولة العليا). Returns the name's end.
fn court_name(prep: &[Prepared], i: usize, gaz: &Gazetteer) -> Option<usize> {
    let head = prep[i].split.stem.as_str();
    let kind = prep.get(i + 1)?;
    let plain = |p: &Prepared| p.split.prefix.is_empty();
    if !matches!(head, "محكمه" | "نيابه") || !plain(kind) {
        return None;
    }
    let k = kind.split.stem.as_str();
    if !COURT_KINDS.contains(&k) {
        return None;
    }
    let mut e = i + 2;
    if k == "امن" {
        // أمن الدولة: security of the state, then an optional العليا
        prep.get(e)
            .filter(|p| plain(p) && p.split.stem == "الدوله")?;
        e += 1;
    }
    let place = |p: &Prepared| {
        let s = p.split.stem.as_str();
        plain(p)
            && s.chars().count() >= 3
            && !COMPLEMENTISERS.contains(&s)
            && (gaz.has(s, GazType::Loc) || p.tagged[1] >= PLACE_SHARE)
    };
    while e < prep.len()
        && e - i < 5
        && (place(&prep[e]) || ELATIVES.contains(&prep[e].split.stem.as_str()))
    {
        e += 1;
    }
    Some(e)
}

/// Patterns for institutions and geographic names the news-trained tagger under-covers.
/// Words seen this often in the news corpus are too common to follow a place head as its name.
const COMMON_WORD_FREQ: u32 = 2048;
/// Words seen this often in the news corpus, and rarely labelled as names, are common nouns.
const COMMON_NOUN_FREQ: u32 = 512;

/// Patterns over the prepared tokens; `maqsura[i]`: token `i` is written with a final `ى`
/// (a feminine elative such as `الوسطى`, which the match key folds into `ي`).
fn add_patterns(
    raw: Vec<Raw>,
    prep: &[Prepared],
    morph: &[TokenAnalysis],
    (lex, gaz): (&Lexicon, &Gazetteer),
    maqsura: &[bool],
) -> Vec<Raw> {
    let mo = |i: usize| (morph.len() == prep.len()).then(|| &morph[i]);
    let mut add = Vec::new();
    for i in 0..prep.len() {
        let head = prep[i].split.stem.as_str();
        if ORG_HEADS.contains(&head) {
            let mut e = i + 1;
            // وزارة الخارجية: a definite noun in construct before the adjectives
            if head == "وزاره" && e < prep.len() && prep[e].split.stem.starts_with("ال") {
                e += 1;
            }
            let mut e = adjective_run(prep, head, (i, e, 3), &mo, maqsura);
            if head == "القوات" {
                e = forces_name_end(prep, i, e);
            }
            if COMPLEMENTED_HEADS.contains(&head) {
                e = complemented_name_end(prep, (i, e), gaz, &mo);
            }
            if e > i + 1 {
                add.push(Raw {
                    start: i,
                    end: e,
                    etype: EntityType::ORG,
                });
            }
        } else if PARTY_HEADS.contains(&head) {
            if let Some(e) = party_name(&raw, prep, i, &mo, maqsura) {
                add.push(Raw {
                    start: i,
                    end: e,
                    etype: EntityType::ORG,
                });
            }
        } else if CONSTRUCT_HEADS.contains(&head) || head == "نيابه" {
            if let Some(e) = construct_name(prep, i).or_else(|| court_name(prep, i, gaz)) {
                add.push(Raw {
                    start: i,
                    end: e,
                    etype: EntityType::ORG,
                });
            }
        } else if FACILITY_HEADS.contains(&head) {
            if let Some(e) = facility_name(&raw, prep, lex, i) {
                add.push(Raw {
                    start: i,
                    end: e,
                    etype: EntityType::LOC,
                });
            }
        } else if LOC_HEADS.contains(&head) && i + 1 < prep.len() {
            let next = &prep[i + 1];
            // a prison or a base with an adjective is described, not named (سجن مركزي, قاعدة
            // عسكرية), and سجن before a nisba is the verbal noun (بسجن اللبنانية منى مذبوح)
            let described = matches!(head, "سجن" | "قاعده");
            let nameish = next.shape == crate::features::Shape::Arabic
                && next.split.prefix.is_empty()
                && if described {
                    // ... and before a definite noun it is the verbal noun (بسجن الناشطة), as
                    // before a feminine word the news uses often (بسجن مواطنة لبنانية)
                    let feminine_common = next.split.stem.ends_with('ه') && next.freq_bucket >= 7;
                    !adjective(next, mo(i + 1))
                        && !next.split.stem.starts_with("ال")
                        && !feminine_common
                        && lex.freq(&next.split.stem) < COMMON_WORD_FREQ
                } else {
                    adjective(next, mo(i + 1))
                        || (!head.starts_with("ال")
                            && lex.freq(&next.split.stem) < COMMON_WORD_FREQ)
                };
            // a frequent noun in construct with a place name names one (مضيق باب المندب)
            let end = construct_place_end(prep, i + 2, gaz);
            let construct = end > i + 2 && next.split.prefix.is_empty() && !described;
            if nameish || construct {
                add.push(Raw {
                    start: i,
                    end,
                    etype: EntityType::LOC,
                });
            }
        }
    }
    merge_longer(raw, add)
}

/// End of a place named by a head and an indefinite noun in construct (`مضيق باب` + `المندب`,
/// `معبر كرم` + `أبو سالم`) from `e`, the word after that noun: a definite word the gazetteer
/// or the news-corpus taggers know as a place, or أبو and the word after it, joins the name.
fn construct_place_end(prep: &[Prepared], e: usize, gaz: &Gazetteer) -> usize {
    let indefinite = !prep[e - 1].split.stem.starts_with("ال");
    let Some(p) = prep
        .get(e)
        .filter(|p| indefinite && p.split.prefix.is_empty())
    else {
        return e;
    };
    let stem = p.split.stem.as_str();
    let place = stem.starts_with("ال") && (p.tagged[1] >= 3 || gaz.has(stem, GazType::Loc));
    if stem == "ابو" && e + 1 < prep.len() && prep[e + 1].split.prefix.is_empty() {
        e + 2
    } else if place {
        e + 1
    } else {
        e
    }
}

/// Highest log2 frequency bucket of a family name written with the article after a given name
/// and a role (`الناشطة لجين الهذلول`): seen fewer than 128 times in the news corpus.
const RARE_FAMILY_BUCKET: u8 = 7;

/// Words that close a name after a role besides punctuation: relative pronouns (match keys).
const CLOSING_WORDS: [&str; 4] = ["التي", "الذي", "اللذين", "اللتين"];

/// A rare-word run that closes a role phrase (`مراسلة راديو سوا في الكويت سليمة لوبال:`):
/// 2-3 Arabic words without article or clitic, rare in the news corpus, right before
/// punctuation, within [`crate::roles::MAX_ROLE_TOKENS`] words after a role trigger; or such a
/// run between commas right after the role (`المرشد الإيراني، علي خامنئي،`), where a frequent
/// word may open it when it is a given name (علي).
fn add_role_names(
    raw: Vec<Raw>,
    prep: &[Prepared],
    toks: &[Token],
    original: &str,
    res: &crate::features::Resources,
) -> Vec<Raw> {
    let gaz = &res.gaz;
    let covered = |i: usize| raw.iter().any(|m| m.start <= i && i < m.end);
    let namey = |i: usize, opens_after_comma: bool| {
        let p = &prep[i];
        p.shape == crate::features::Shape::Arabic
            && p.split.prefix.is_empty()
            && !p.split.stem.starts_with("ال")
            && (p.freq_bucket <= 9 || opens_after_comma && gaz.has(&p.split.stem, GazType::First))
            && !p.role
            && !p.honorific
            && !covered(i)
    };
    let closes = |i: usize| i >= toks.len() || is_stop(&toks[i], original);
    // a given name and a rare family name with the article (لجين الهذلول, إيمان النفجان), closed
    // by punctuation, a relative pronoun or a preposition
    let family = |k: usize| {
        let (g, f) = (prep.get(k)?, prep.get(k + 1)?);
        // a given name of the gazetteer, known whole (وليد), so the mention keeps letters the
        // splitter reads as clitics
        let first_name = gaz.has(&toks[k].key, GazType::First);
        // the preposition على folds into the name علي; a family name is no plural (الفلاحين)
        let written_ya = !toks[k].span.text(original).ends_with('ى');
        let plural = sound_plural(&f.split.stem);
        let given = g.shape == crate::features::Shape::Arabic
            && first_name
            && written_ya
            && !g.role
            && !covered(k);
        let surname = f.split.prefix.is_empty()
            && !plural
            && f.split.stem.starts_with("ال")
            && f.freq_bucket <= RARE_FAMILY_BUCKET
            && !f.role
            && !covered(k + 1);
        let end = k + 2;
        let closed = closes(end)
            || CLOSING_WORDS.contains(&toks[end].key.as_str())
            || FREE_PREPOSITIONS.contains(&toks[end].key.as_str());
        (given && surname && closed).then_some(2)
    };
    // a run after a free preposition (في خطابات كثيرة) is its object, no name
    let governed = |k: usize| k > 0 && FREE_PREPOSITIONS.contains(&toks[k - 1].key.as_str());
    let run_at = |k: usize, after_comma: bool| {
        if governed(k) {
            return None;
        }
        (2..=3)
            .find(|&l| {
                k + l <= prep.len()
                    && (k..k + l).all(|i| namey(i, after_comma && i == k))
                    && closes(k + l)
            })
            .or_else(|| family(k))
    };
    let mut add = Vec::new();
    for t in (0..prep.len()).filter(|&t| prep[t].role && !covered(t)) {
        if let Some((start, end)) = given_name_after_role(prep, toks, original, res, t, &covered) {
            add.push(Raw {
                start,
                end,
                etype: EntityType::PER,
            });
            continue;
        }
        let hi = (t + 1 + crate::roles::MAX_ROLE_TOKENS).min(prep.len());
        // the role's holder is the first name after it: no run after a person
        let person = |k: usize| {
            raw.iter()
                .any(|m| m.etype == EntityType::PER && m.start <= k && k < m.end)
        };
        for (k, tok) in toks.iter().enumerate().take(hi).skip(t + 1) {
            if person(k) {
                break;
            }
            let (start, run) = if is_stop(tok, original) {
                let comma = is_comma(tok, original);
                (k + 1, comma.then(|| run_at(k + 1, true)).flatten())
            } else {
                (k, run_at(k, false))
            };
            if let Some(l) = run {
                add.push(Raw {
                    start,
                    end: start + l,
                    etype: EntityType::PER,
                });
            }
            if run.is_some() || start > k {
                break;
            }
        }
    }
    merge_longer(raw, add)
}

/// Whether the morphology tags token `i` with `tag` (`V`, `ADJ`) in one of its morphemes.
fn has_tag(morph: &[TokenAnalysis], i: usize, tag: &str) -> bool {
    morph
        .get(i)
        .is_some_and(|m| m.pos.split('+').any(|p| p == tag))
}

/// Words that introduce a person's name (`رجلا يدعى سيرغي سكريبال`, `المدعو أبو أحمد`), as match
/// keys; the passive `يدعى` (is called) is told from the active `يدعي` (claims) by its written
/// final `ى`.
const CALLED: [&str; 4] = ["يدعي", "تدعي", "المدعو", "المدعوه"];

/// The name after a word that introduces one ([`CALLED`]): one to three Arabic words without
/// article or clitic, closed by punctuation, a preposition, a word joined by و, or the
/// sentence end. The tagger often misses such names: they are new to the news.
fn add_called_names(
    raw: Vec<Raw>,
    prep: &[Prepared],
    (toks, original): (&[Token], &str),
    morph: &[TokenAnalysis],
) -> Vec<Raw> {
    let verb = |i: usize| has_tag(morph, i, "V");
    let covered = |i: usize| raw.iter().any(|m| m.start <= i && i < m.end);
    let called = |t: usize| {
        let key = toks[t].key.strip_prefix('و').unwrap_or(&toks[t].key);
        let passive = key.starts_with("ال") || toks[t].span.text(original).ends_with('ى');
        CALLED.contains(&key) && passive
    };
    let namey = |i: usize| {
        let p = &prep[i];
        p.shape == crate::features::Shape::Arabic
            && p.split.prefix.is_empty()
            && !p.split.stem.starts_with("ال")
            && !p.role
            && !p.honorific
            && !covered(i)
            && !verb(i)
            && !AFTER_NAME.contains(&toks[i].key.as_str())
    };
    let closes = |i: usize| {
        i >= toks.len()
            || verb(i)
            || is_stop(&toks[i], original)
            || AFTER_NAME.contains(&toks[i].key.as_str())
            || toks[i].key.starts_with('و')
    };
    let add = (0..prep.len().saturating_sub(1))
        .filter(|&t| called(t))
        .filter_map(|t| {
            let l = (1..=3).find(|&l| {
                t + 1 + l <= prep.len() && (t + 1..t + 1 + l).all(namey) && closes(t + 1 + l)
            })?;
            Some(Raw {
                start: t + 1,
                end: t + 1 + l,
                etype: EntityType::PER,
            })
        })
        .collect();
    merge_longer(raw, add)
}

/// A person the tagger left out where no role introduces it (`اعتقلت السلطات الإيرانية الأحد
/// سعيد مرتضوي المدعي العام`, `اللبنانية، منى مذبوح،`, `قال جميل أرتيم كبير المستشارين`): a
/// given name (of the gazetteer, or a word the news taggers label a person), written whole,
/// then one or two surname words that are no common noun (rare in the news, often tagged a
/// person there, or a gazetteer family name), where a verb, a comma, a day word or a nisba
/// adjective comes before it and punctuation, a preposition, a relative pronoun or a role word
/// after it; and a given name the tagger found alone takes
/// such a surname after it. `curated`: the one-word persons of the curated names.
fn add_given_names(
    raw: Vec<Raw>,
    prep: &[Prepared],
    (toks, original): (&[Token], &str),
    morph: &[TokenAnalysis],
    (res, curated): (&crate::features::Resources, &[bool]),
) -> Vec<Raw> {
    let (lex, gaz) = (&res.lex, &res.gaz);
    let covered = |i: usize| raw.iter().any(|m| m.start <= i && i < m.end);
    let verb = |i: usize| has_tag(morph, i, "V");
    let opens = |k: usize| {
        k == 0 || {
            let b = k - 1;
            is_stop(&toks[b], original)
                || verb(b)
                || rasd_text::is_day_word(&toks[b].key)
                || is_nisba(&prep[b]) && !covered(b)
        }
    };
    let given = |k: usize| {
        let p = &prep[k];
        p.shape == crate::features::Shape::Arabic
            && (p.split.prefix.is_empty() || p.split.prefix == "و")
            && !p.split.stem.starts_with("ال")
            && !NAME_CONTINUERS.contains(&p.split.stem.as_str())
            && (tagged_person(p) || p.freq_bucket <= 8 && gaz.has(&p.split.stem, GazType::First))
            && !written_preposition(&toks[k], original)
            && !p.role
            && !p.honorific
            && !verb(k)
            && !covered(k)
    };
    let surname = |i: usize| {
        let p = &prep[i];
        let s = p.split.stem.as_str();
        let plural = sound_plural(s);
        p.shape == crate::features::Shape::Arabic
            && p.split.prefix.is_empty()
            && !plural
            && !p.role
            && !p.honorific
            && !covered(i)
            && !verb(i)
            && !common_noun(p, lex, gaz)
            && !frequent_accusative(s, lex)
            && !AFTER_NAME.contains(&toks[i].key.as_str())
            && (tagged_person(p)
                || gaz.has(s, GazType::Last)
                || p.freq_bucket <= RARE_FAMILY_BUCKET
                    && (!s.starts_with("ال") || s.ends_with('ي')))
    };
    let closes = |i: usize| {
        i >= toks.len()
            || is_stop(&toks[i], original)
            || AFTER_NAME.contains(&toks[i].key.as_str())
            || CLOSING_WORDS.contains(&toks[i].key.as_str())
            || prep[i].role
    };
    let mut add = Vec::new();
    let mut k = 0;
    while k + 1 < prep.len() {
        let run = (given(k) && opens(k))
            .then(|| {
                (2..=3)
                    .find(|&l| k + l <= prep.len() && (k + 1..k + l).all(surname) && closes(k + l))
            })
            .flatten();
        if let Some(l) = run {
            add.push(Raw {
                start: k,
                end: k + l,
                etype: EntityType::PER,
            });
            k += l;
        } else {
            k += 1;
        }
    }
    // a given name the tagger found alone (سعيد, جميل) takes the rare surname after it (سعيد
    // مرتضوي المدعي, جميل أرتيم كبير); an indefinite word ending in ة or a pronoun is no surname
    // (ميركل مستشارة, صلاح أهدافه)
    let given_alone = |m: &Raw| {
        let p = &prep[m.end - 1];
        let namey = gaz.has(&p.split.stem, GazType::First)
            || p.freq_bucket <= 10 && p.tagged[0] >= 4 && tagged_person(p);
        // (a curated surname alone, نتنياهو, is a whole name, and so is a surname after a
        // given name: أفيغدور ليبرمان)
        let after_name = m.start > 0 && {
            let b = &prep[m.start - 1];
            // (a rare word without article before it is the given name the tagger left out)
            let rare = b.shape == crate::features::Shape::Arabic
                && b.freq_bucket <= 8
                && !b.split.stem.starts_with("ال")
                && !verb(m.start - 1);
            rare || gaz.has(&b.split.stem, GazType::First)
                || raw
                    .iter()
                    .any(|o| o.etype == EntityType::PER && o.end == m.start)
        };
        let surname_alone = after_name || curated.get(m.end - 1).copied().unwrap_or(false);
        m.etype == EntityType::PER && m.end - m.start == 1 && namey && !surname_alone
    };
    let plain_surname = |i: usize| {
        let p = &prep[i];
        let s = p.split.stem.as_str();
        let rare = p.freq_bucket <= 6 || tagged_person(p) || gaz.has(s, GazType::Last);
        // no feminine noun, pronoun, accusative or coordinated word (مستشارة, أهدافه, مرتبطاً,
        // وعثمانوف)
        let shaped = s.starts_with("ال") || !s.ends_with(['ه', 'ا']) && !s.starts_with('و');
        surname(i) && rare && (shaped || tagged_person(p))
    };
    for m in raw.iter().filter(|m| given_alone(m)) {
        if m.end < prep.len() && plain_surname(m.end) && closes(m.end + 1) {
            add.push(Raw {
                end: m.end + 1,
                ..*m
            });
        }
    }
    merge_longer(raw, add)
}

/// Occurrences of a person's surname the tagger left out (ماي after تيريزا ماي, سكريبال after
/// سيرغي سكريبال), anywhere in the document: the same person. The word must be written the same
/// (علي is not على), carry no clitic but و (لصالح is not صالح), be rare in the news or labelled
/// a person there at times, and not be labelled a place or an organisation more often.
fn add_surnames(
    raw: Vec<Raw>,
    prep: &[Prepared],
    (toks, original): (&[Token], &str),
    morph: &[TokenAnalysis],
) -> Vec<Raw> {
    // an adjective or a verb closing a name is a tagger slip or a family nisba read as a common
    // word (الحوثي, الحدودي, المقرحي تخلى): it is not spread
    let tagged = |i: usize, tag: &str| has_tag(morph, i, tag);
    // a kunya's second word (أبو سالم, ابن الكلب) is no surname
    let kunya = |m: &Raw| {
        m.end - m.start == 2
            && ["ابن", "بن", "ابو", "ام", "بنت"].contains(&prep[m.start].split.stem.as_str())
    };
    let written = |i: usize| {
        let t = &toks[i];
        let skip = clitic::original_prefix_len(t.span.text(original), prep[i].split.prefix_letters);
        // without diacritics and tatweel, but with ى and ي kept apart
        t.span.text(original)[skip..]
            .chars()
            .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
            .collect::<String>()
    };
    let namey = |p: &Prepared| {
        let t = p.tagged;
        p.shape == crate::features::Shape::Arabic
            && p.split.stem.chars().count() >= 3
            && p.split.stem != "الله"
            && !p.role
            && !p.honorific
            && t[1].max(t[2]) <= t[0]
            && (t[0] >= 1 || p.freq_bucket <= 9)
    };
    let last_words: Vec<usize> = raw
        .iter()
        .filter(|m| m.etype == EntityType::PER && m.end - m.start >= 2)
        .filter(|m| !kunya(m) && namey(&prep[m.end - 1]))
        .filter(|m| !tagged(m.end - 1, "ADJ") && !tagged(m.end - 1, "V"))
        .map(|m| m.end - 1)
        .collect();
    if last_words.is_empty() {
        return raw;
    }
    // the stem first (cheap), then the written form
    let stems: std::collections::HashSet<&str> = last_words
        .iter()
        .map(|&i| prep[i].split.stem.as_str())
        .collect();
    let surnames: std::collections::HashSet<String> =
        last_words.iter().map(|&i| written(i)).collect();
    let covered = |i: usize| raw.iter().any(|m| m.start <= i && i < m.end);
    let bare = |i: usize| matches!(prep[i].split.prefix.as_str(), "" | "و");
    let candidate = |i: usize| bare(i) && stems.contains(prep[i].split.stem.as_str());
    let add = (0..prep.len())
        .filter(|&i| candidate(i) && !covered(i) && surnames.contains(&written(i)))
        .map(|i| Raw {
            start: i,
            end: i + 1,
            etype: EntityType::PER,
        })
        .collect();
    merge_longer(raw, add)
}

/// Words that may close a name: prepositions and conjunction-free particles after it
/// (`اغتيال الصحافي جمال خاشقجي في قنصلية`).
const AFTER_NAME: [&str; 15] = [
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "ضمن",
    "عقب",
    "اثر",
    "بسبب",
    "بتهمه",
];

/// Whether the news-corpus taggers label the word a person at least 10 % of the time, and no
/// other type more often (خاشقجي).
fn tagged_person(p: &Prepared) -> bool {
    let t = p.tagged;
    t[0] >= 3 && t[1..].iter().all(|&o| o <= t[0])
}

/// Whether a stem ends as a sound plural or a feminine plural (الفلاحين, مسؤولون, ناشطات): no
/// family name.
fn sound_plural(stem: &str) -> bool {
    ["ين", "ون", "ات"].iter().any(|e| stem.ends_with(e))
}

/// Whether `stem` is the indefinite accusative of a word the news corpus holds often (رفضا,
/// اتصالا, مستعدا): no surname.
fn frequent_accusative(stem: &str, lex: &Lexicon) -> bool {
    stem.strip_suffix('ا')
        .and_then(|w| lex.get(w))
        .is_some_and(|e| e.freq >= 200)
}

/// Adjectives of a title's tenure (match keys) that may stand between it and the name
/// (`الرئيس التونسي السابق منصف المرزوقي`, `الزعيم الراحل`).
const TENURE: [&str; 6] = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله", "الحالي"];

/// A name right after a role trigger, its nisba adjectives and tenure adjectives (`الصحافي جمال خاشقجي`,
/// `الناشطة الفلسطينية عهد التميمي`): a given name of the gazetteer, whatever its frequency
/// as a common word, then one or two surname words (rare in the news corpus, often tagged a
/// person there, a gazetteer name, or a definite nisba such as التميمي), closed by
/// punctuation, a preposition or the sentence end. Returns the token range.
fn given_name_after_role(
    prep: &[Prepared],
    toks: &[Token],
    original: &str,
    res: &crate::features::Resources,
    t: usize,
    covered: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let gaz = &res.gaz;
    // an indefinite accusative of a frequent word (رفضا قاطعا) is no surname
    let accusative = |s: &str| frequent_accusative(s, &res.lex);
    let k = (t + 1..prep.len())
        .find(|&i| !is_nisba(&prep[i]) && !TENURE.contains(&prep[i].split.stem.as_str()))?;
    // ... and past a comma after them (`الرئيس التونسي السابق، منصف المرزوقي،`)
    let k = if is_comma(&toks[k], original) {
        k + 1
    } else {
        k
    };
    if k >= prep.len() {
        return None;
    }
    let plain = |i: usize| {
        let p = &prep[i];
        p.shape == crate::features::Shape::Arabic
            && p.split.prefix.is_empty()
            && !p.role
            && !p.honorific
            && !covered(i)
    };
    let stem = |i: usize| prep[i].split.stem.as_str();
    // a given name of the gazetteer, a word often tagged a person in the news, or a word rare
    // there that does not open with a preposition the splitter left on (للجنة), but never an
    // accusative of a frequent word that is no gazetteer name (أجرى الرئيس الفرنسي اتصالا
    // هاتفيا: a phone call)
    let first_name = gaz.has(stem(k), GazType::First);
    let rare = || prep[k].freq_bucket <= 9 && !stem(k).starts_with(['ل', 'ب']);
    let given = plain(k)
        && !stem(k).starts_with("ال")
        && (first_name || !accusative(stem(k)) && (tagged_person(&prep[k]) || rare()));
    let surname = |i: usize| {
        let s = stem(i);
        plain(i)
            && !accusative(s)
            && (prep[i].freq_bucket <= 9
                || tagged_person(&prep[i])
                || gaz.has(s, GazType::First)
                || gaz.has(s, GazType::Last)
                || (s.starts_with("ال") && s.ends_with('ي')))
    };
    let closes = |i: usize| {
        i >= toks.len() || is_stop(&toks[i], original) || AFTER_NAME.contains(&toks[i].key.as_str())
    };
    let l =
        (2..=3).find(|&l| k + l <= prep.len() && (k + 1..k + l).all(surname) && closes(k + l))?;
    given.then_some((k, k + l))
}

/// Short head-noun mentions of an organisation (التنظيم after تنظيم الدولة الإسلامية) become
/// mentions linked to it. Returns the new mention list and (short, full) links.
fn add_head_nouns(raw: Vec<Raw>, prep: &[Prepared]) -> (Vec<Raw>, Vec<(usize, usize)>) {
    let mut heads: Vec<(String, usize)> = Vec::new();
    let mut extra = Vec::new();
    let covered = |i: usize, raw: &[Raw]| raw.iter().any(|m| m.start <= i && i < m.end);
    let mut next_org = 0;
    let orgs: Vec<&Raw> = raw
        .iter()
        .filter(|m| m.etype == EntityType::ORG && m.end - m.start >= 2)
        .collect();
    for i in 0..prep.len() {
        while next_org < orgs.len() && orgs[next_org].start <= i {
            let h = clitic::bare(&prep[orgs[next_org].start].split.stem).to_string();
            heads.push((format!("ال{h}"), orgs[next_org].start));
            next_org += 1;
        }
        let stem = &prep[i].split.stem;
        // a head with its own nisba (القوات الحكومية, الجماعة الإسلامية) is another body, no
        // short form; a terrorist one (التنظيم الإرهابي) is the same, judged
        let judged = |p: &Prepared| matches!(p.split.stem.as_str(), "الارهابي" | "الارهابيه");
        let described = prep.get(i + 1).is_some_and(|p| is_nisba(p) && !judged(p));
        // a plural collective names any forces, no body's short form (see ORG_HEADS)
        let collective = stem == "القوات";
        if covered(i, &raw) || !stem.starts_with("ال") || described || collective {
            continue;
        }
        if let Some((_, at)) = heads.iter().rev().find(|(h, _)| h == stem) {
            extra.push((
                Raw {
                    start: i,
                    end: i + 1,
                    etype: EntityType::ORG,
                },
                *at,
            ));
        }
    }
    let mut all: Vec<Raw> = raw.clone();
    all.extend(extra.iter().map(|(r, _)| *r));
    all.sort_by_key(|m| (m.start, m.end));
    let idx = |start: usize, all: &[Raw]| all.iter().position(|m| m.start == start);
    let links = extra
        .iter()
        .filter_map(|(r, at)| Some((idx(r.start, &all)?, idx(*at, &all)?)))
        .collect();
    (all, links)
}

/// Mentions right after another one with only brackets or quotes between them: `حلف شمال
/// الأطلسي (ناتو)`, `الحلف الأطلسي "ناتو"`.
fn appositions(raw: &[Raw], toks: &[Token], original: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 1..raw.len() {
        let (a, b) = (raw[i - 1], raw[i]);
        let Some(gap) = toks.get(a.end..b.start) else {
            continue;
        };
        let bracket = |t: &Token| matches!(t.span.text(original), "(" | "\"" | "«" | "“" | "'");
        if !gap.is_empty() && gap.len() <= 2 && gap.iter().all(bracket) && b.end - b.start == 1 {
            out.push((i - 1, i));
        }
    }
    out
}

/// Bytes of the token's original text taken by the proclitics the splitter removed.
fn clitic_bytes(original: &str, tok: &Token, p: &Prepared, gaz: &Gazetteer) -> usize {
    let letters = p.split.prefix_letters;
    // a given name whose first letters read as clitics (وليد: و + ل + يد) is whole
    let name = gaz.has(&p.key, GazType::First);
    if letters == 0 || name {
        return 0;
    }
    clitic::original_prefix_len(tok.span.text(original), letters)
}

/// A name fixed by the document's structure rather than found by the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownName {
    /// Bytes in the original.
    pub span: Span,
    /// Its type (a dateline place is LOC, an agency ORG).
    pub etype: EntityType,
    /// The role phrase given with it, if any.
    pub role: Option<Span>,
}

/// Adds `known` names that overlap no mention, keeping mentions in text order (links are
/// renumbered to match).
fn add_known(
    mentions: Vec<Mention>,
    links: Vec<(usize, usize)>,
    original: &str,
    known: &[KnownName],
) -> (Vec<Mention>, Vec<(usize, usize)>) {
    let mut all: Vec<(Mention, Option<usize>)> = mentions
        .into_iter()
        .enumerate()
        .map(|(i, m)| (m, Some(i)))
        .collect();
    for k in known {
        let free = !all.iter().any(|(m, _)| m.span.overlaps(k.span));
        let text = k.span.text(original).trim();
        if free && !text.is_empty() && text.len() == k.span.len() {
            all.push((known_mention(k, original), None));
        }
    }
    all.sort_by_key(|(m, _)| m.span.start);
    let mut new_index = vec![0; all.len()];
    for (new, (_, old)) in all.iter().enumerate() {
        if let Some(old) = old {
            new_index[*old] = new;
        }
    }
    let links = links
        .into_iter()
        .map(|(a, b)| (new_index[a], new_index[b]))
        .collect();
    (all.into_iter().map(|(m, _)| m).collect(), links)
}

fn known_mention(k: &KnownName, original: &str) -> Mention {
    let text = k.span.text(original);
    Mention {
        span: k.span,
        text: text.to_string(),
        name: text.to_string(),
        etype: k.etype,
        key: rasd_text::match_key(text),
        group: 0,
        role: k.role,
        role_text: k.role.map(|r| r.text(original).to_string()),
    }
}

fn make_mention(
    original: &str,
    toks: &[Token],
    prep: &[Prepared],
    gaz: &Gazetteer,
    m: &Raw,
) -> Mention {
    let first = &toks[m.start];
    let p = &prep[m.start];
    let start = first.span.start + clitic_bytes(original, first, p, gaz);
    let span = Span::new(start, toks[m.end - 1].span.end);
    let text = span.text(original).to_string();
    let mut name = text.clone();
    // لل: the split restored the article; the name shows it (الحلف, not لحلف).
    if p.split.prefix.ends_with('ل')
        && p.split.stem.starts_with("ال")
        && !rasd_text::match_key(&name).starts_with("ال")
    {
        name.insert(0, 'ا');
    }
    let key = rasd_text::match_key(&name);
    Mention {
        span,
        text,
        name,
        etype: m.etype,
        key,
        group: 0,
        role: None,
        role_text: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prepared words of `keys` under `res`.
    fn words(res: &crate::features::Resources, keys: &[&str]) -> Vec<Prepared> {
        crate::features::prepare(keys, res)
    }

    /// The text layer of `text` (one paragraph) and its tokens prepared under `res`.
    fn layer_words(text: &str, res: &crate::features::Resources) -> (TextLayer, Vec<Prepared>) {
        let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
        let keys: Vec<&str> = layer.tokens.iter().map(|t| t.key.as_str()).collect();
        let w = words(res, &keys);
        (layer, w)
    }

    /// The tokens of `text` and their morphology.
    fn tokens_morph(text: &str) -> (Vec<Token>, Vec<TokenAnalysis>) {
        let toks = rasd_text::tokenize(text, rasd_text::Span::new(0, text.len()));
        let morph = rasd_morph::Analyzer::embedded().analyze_tokens(text, &toks);
        (toks, morph)
    }

    fn raw(start: usize, end: usize, etype: EntityType) -> Raw {
        Raw { start, end, etype }
    }

    /// A lexicon entry with a corpus frequency and tag-share buckets only.
    fn entry(freq: u32, tagged: [u8; 4]) -> crate::lexicon::Entry {
        crate::lexicon::Entry {
            freq,
            clusters: [crate::lexicon::NO_CLUSTER; 3],
            cues: [0; 3],
            tagged,
        }
    }

    #[test]
    fn douma_after_a_verb_is_always() {
        let kept = |text: &str, at: usize| {
            let (toks, morph) = tokens_morph(text);
            !drop_adverb_places(vec![raw(at, at + 1, EntityType::LOC)], &toks, &morph).is_empty()
        };
        assert!(!kept(
            "وقال إن المغرب طالب ويطالب دوما بأن تشارك الجزائر",
            5
        ));
        assert!(kept("قصفت القوات السورية دوما في الغوطة الشرقية", 3));
    }

    #[test]
    fn verbs_read_into_persons_are_dropped_or_cut() {
        let persons = |text: &str, m: Raw| {
            let (toks, morph) = tokens_morph(text);
            drop_verbs_from_persons(vec![m], &toks, &morph)
        };
        let per = EntityType::PER;
        // بأن جيش الاحتلال سيوسع ردة فعله: the run after the role opens with a future verb
        let text = "وهدد المتحدث بأن جيش الاحتلال سيوسع ردة فعله";
        assert!(persons(text, raw(5, 8, per)).is_empty());
        // الناشطة عزيزة اليوسف عادت: the past verb closing the run is cut off
        let text = "أعلنت الوزارة أن الناشطة عزيزة اليوسف عادت";
        assert_eq!(persons(text, raw(4, 7, per)), vec![raw(4, 6, per)]);
        assert_eq!(persons(text, raw(4, 6, per)), vec![raw(4, 6, per)]);
        // بالتنحي: a preposition with the article ends no name; كالين is a surname
        let text = "وطالبت المعارضة الرئيس نيكولاس مادورو بالتنحي";
        assert_eq!(persons(text, raw(3, 6, per)), vec![raw(3, 5, per)]);
        let text = "وقال إبراهيم كالين";
        assert_eq!(persons(text, raw(1, 3, per)), vec![raw(1, 3, per)]);
    }

    #[test]
    fn an_agreement_is_no_organisation() {
        let res = crate::features::Resources::default();
        let w = words(&res, &["رفض", "الاتفاق", "النووي", "وحزب", "الله"]);
        let out = retype_agreements(
            vec![raw(1, 3, EntityType::ORG), raw(3, 5, EntityType::ORG)],
            &w,
        );
        assert_eq!(out[0].etype, EntityType::MISC);
        assert_eq!(out[1].etype, EntityType::ORG);
    }

    /// The token spans of `mentions` over `text` after [`trim_edges`].
    fn trimmed(text: &str, mentions: Vec<Raw>) -> Vec<(usize, usize)> {
        let toks = rasd_text::tokenize(text, rasd_text::Span::new(0, text.len()));
        let keys: Vec<&str> = toks.iter().map(|t| t.key.as_str()).collect();
        let prep = words(&crate::features::Resources::default(), &keys);
        trim_edges(mentions, text, &toks, &prep)
            .iter()
            .map(|m| (m.start, m.end))
            .collect()
    }

    #[test]
    fn a_mention_ends_before_a_complementiser_inside_it() {
        // قال لبي بي سي إن القنطار: the tagger ran the agency on into the name after إن
        let out = trimmed("قال لبي بي سي إن القنطار", vec![raw(1, 6, EntityType::ORG)]);
        assert_eq!(out, [(1, 4)]);
    }

    #[test]
    fn the_written_preposition_ala_ends_no_name() {
        // آبي على: the tagger reads على by its key, the given name علي; so written it is "on"
        let text = "وقال آبي على تويتر إن على أردوغان أن يرد";
        let mentions = vec![raw(1, 3, EntityType::PER), raw(5, 7, EntityType::PER)];
        assert_eq!(trimmed(text, mentions), [(1, 2), (6, 7)]);
        // the name written with ي stays whole
        let out = trimmed("وقال علي عبد الله", vec![raw(1, 4, EntityType::PER)]);
        assert_eq!(out, [(1, 4)]);
    }

    #[test]
    fn a_nationality_after_a_place_is_not_part_of_it() {
        let res = crate::features::Resources::default();
        let p = |w: &str| crate::features::prepare(&[w], &res).remove(0);
        let gaz = Gazetteer::from_text("LOC\tسوريا\nLOC\tالعراق\nLOC\tكوريا\n");
        assert!(nationality(&p("السوريه"), &gaz));
        assert!(nationality(&p("العراقي"), &gaz));
        assert!(!nationality(&p("الشماليه"), &gaz), "compass words stay");
        assert!(!nationality(&p("اللاتينيه"), &gaz), "no such country");
        let words: Vec<Prepared> = ["دوما", "السوريه", "كوريا", "الشماليه"]
            .iter()
            .map(|w| p(w))
            .collect();
        let loc = |start, end| Raw {
            start,
            end,
            etype: EntityType::LOC,
        };
        let out = drop_trailing_nationality(vec![loc(0, 2), loc(2, 4)], &words, &gaz);
        assert_eq!(out, vec![loc(0, 1), loc(2, 4)]);
    }

    #[test]
    fn names_ended_on_a_common_noun_are_completed() {
        let mut res = crate::features::Resources::default();
        res.lex.insert("حظر".to_string(), entry(1000, [0, 0, 3, 0]));
        res.lex
            .insert("اسرائيل".to_string(), entry(1000, [0, 0, 3, 0]));
        res.gaz = Gazetteer::from_text("LOC\tاسرائيل\n");
        let keys = [
            "منظمه",
            "حظر",
            "الاسلحه",
            "الكيميائيه",
            "في",
            "اسرائيل",
            "السبت",
        ];
        let (org, loc) = (EntityType::ORG, EntityType::LOC);
        let out = complete_names(
            vec![raw(0, 2, org), raw(5, 6, loc)],
            &words(&res, &keys),
            (&res.lex, &res.gaz),
            &[false; 7],
        );
        assert_eq!(out, vec![raw(0, 4, org), raw(5, 6, loc)]);
        // The completion stops before a following mention.
        let out = complete_names(
            vec![raw(0, 2, org), raw(3, 4, loc)],
            &words(&res, &keys),
            (&res.lex, &res.gaz),
            &[false; 7],
        );
        assert_eq!(out, vec![raw(0, 3, org), raw(3, 4, loc)]);
    }

    #[test]
    fn a_name_after_an_institution_head_is_that_institution() {
        let res = crate::features::Resources::default();
        let w = words(&res, &["قالت", "شرطه", "ويلتشير", "ان", "لندن"]);
        let (per, loc) = (EntityType::PER, EntityType::LOC);
        let out = add_named_heads(vec![raw(2, 3, per), raw(4, 5, loc)], &w);
        assert_eq!(out, vec![raw(1, 3, EntityType::ORG), raw(4, 5, loc)]);
        // A head inside another mention stays there: mentions never overlap.
        let out = add_named_heads(vec![raw(0, 2, per), raw(2, 3, loc)], &w);
        assert_eq!(out, vec![raw(0, 2, per), raw(2, 3, loc)]);
    }

    #[test]
    fn gazetteer_places_the_corpus_tags_as_places_are_added() {
        let mut res = crate::features::Resources::default();
        res.lex
            .insert("تنزانيا".to_string(), entry(20, [0, 5, 0, 0]));
        res.lex
            .insert("الشماليه".to_string(), entry(20, [0, 6, 0, 0]));
        res.lex.insert("بغداد".to_string(), entry(20, [0, 3, 0, 0]));
        res.gaz = Gazetteer::from_text("LOC\tتنزانيا\nLOC\tالشماليه\nLOC\tبغداد\n");
        let w = words(&res, &["في", "تنزانيا", "الشماليه", "وبغداد"]);
        let loc = EntityType::LOC;
        assert_eq!(add_places(vec![], &w, &res.gaz), vec![raw(1, 2, loc)]);
        let kept = add_places(vec![raw(1, 3, loc)], &w, &res.gaz);
        assert_eq!(kept, vec![raw(1, 3, loc)], "a longer name stays");
    }

    #[test]
    fn a_quoted_name_after_a_body_head_is_an_organisation() {
        let text = "قال حزب \"الجمهورية إلى الأمام\" إن ماريا رحلت";
        let res = crate::features::Resources::default();
        let (layer, w) = layer_words(text, &res);
        let (per, org) = (EntityType::PER, EntityType::ORG);
        let out = add_quoted_names(
            vec![raw(3, 4, per), raw(8, 9, per)],
            &w,
            &layer.tokens,
            text,
        );
        assert_eq!(out, vec![raw(3, 6, org), raw(8, 9, per)]);
        // armed groups too (قوات "ألوية العمالقة")
        let text = "سيطرت قوات \"ألوية العمالقة\" اليمنية على حيس";
        let (layer, w) = layer_words(text, &res);
        let out = add_quoted_names(vec![], &w, &layer.tokens, text);
        assert_eq!(out, vec![raw(3, 5, org)]);
    }

    #[test]
    fn a_head_with_its_own_nisba_is_no_short_form() {
        let res = crate::features::Resources::default();
        let org = EntityType::ORG;
        // تنظيم الدولة ... التنظيم الإرهابي: the same; قوات شيخ الكرامة ... القوات الحكومية: another
        let w = words(&res, &["تنظيم", "الدوله", "و", "التنظيم", "الارهابي"]);
        let (out, links) = add_head_nouns(vec![raw(0, 2, org)], &w);
        assert_eq!((out.len(), links.len()), (2, 1));
        let w = words(&res, &["قوات", "الكرامه", "و", "القوات", "الحكوميه"]);
        let (out, links) = add_head_nouns(vec![raw(0, 2, org)], &w);
        assert_eq!((out.len(), links.len()), (1, 0));
    }

    #[test]
    fn no_role_name_runs_past_its_holder_an_accusative_or_a_preposition() {
        let text = "رفضه الرئيس نيتو رفضا قاطعا في خطابات كثيرة.";
        let mut res = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tنيتو\n"),
            ..Default::default()
        };
        // رفضا and قاطعا are accusatives of words the news corpus holds often
        res.lex.insert("رفض".to_string(), entry(5000, [0, 0, 0, 0]));
        res.lex.insert("قاطع".to_string(), entry(900, [0, 0, 0, 0]));
        res.lex.insert("في".to_string(), entry(90000, [0, 0, 0, 0]));
        let (layer, mut w) = layer_words(text, &res);
        w[1].role = true;
        let out = add_role_names(vec![], &w, &layer.tokens, text, &res);
        assert!(out.is_empty(), "{out:?}");
        // the holder found by the tagger closes the search: no run after it
        let out = add_role_names(
            vec![raw(2, 3, EntityType::PER)],
            &w,
            &layer.tokens,
            text,
            &res,
        );
        assert_eq!(out, vec![raw(2, 3, EntityType::PER)]);
    }

    #[test]
    fn an_accusative_of_a_frequent_word_after_a_role_is_no_given_name() {
        let text = "أجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره.";
        let mut res = crate::features::Resources::default();
        // اتصالا is the accusative of a word the news corpus holds often; هاتفيا is rare
        res.lex
            .insert("اتصال".to_string(), entry(3000, [0, 0, 0, 0]));
        res.lex.insert("مع".to_string(), entry(90000, [0, 0, 0, 0]));
        let (layer, mut w) = layer_words(text, &res);
        w[1].role = true;
        let out = add_role_names(vec![], &w, &layer.tokens, text, &res);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn a_given_name_and_a_rare_surname_after_a_verb_or_comma_are_a_person() {
        let res = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tمنى\nFIRST\tحياة\n"),
            ..Default::default()
        };
        let persons = |text: &str| {
            let (toks, morph) = tokens_morph(text);
            let (_, w) = layer_words(text, &res);
            add_given_names(vec![], &w, (&toks, text), &morph, (&res, &[]))
        };
        let per = EntityType::PER;
        // between commas: the rare surname مذبوح closes at the comma
        let text = "تحقيقا مع اللبنانية، منى مذبوح، بعدما ألقي القبض عليها";
        assert_eq!(persons(text), vec![raw(4, 6, per)]);
        // no closing punctuation, preposition or role word after it: no name
        assert!(persons("اللبنانية، منى مذبوح تقول").is_empty());
        // a frequent word of the name lists opens none (حياة: life)
        let res_first = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tجميل\n"),
            ..Default::default()
        };
        let mut res_freq = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tحياة\n"),
            ..Default::default()
        };
        res_freq
            .lex
            .insert("حياه".to_string(), entry(5000, [0, 0, 0, 0]));
        let text = "وقال، حياة بسيطة، في";
        let (toks, morph) = tokens_morph(text);
        let (_, w) = layer_words(text, &res_freq);
        assert!(add_given_names(vec![], &w, (&toks, text), &morph, (&res_freq, &[])).is_empty());
        // the given name the tagger found alone takes its rare surname, a curated surname none
        let text = "وقال جميل أرتيم كبير المستشارين";
        let (toks, morph) = tokens_morph(text);
        let (_, mut w) = layer_words(text, &res);
        w[3].role = true;
        let alone = vec![raw(1, 2, per)];
        let out = add_given_names(alone.clone(), &w, (&toks, text), &morph, (&res_first, &[]));
        assert_eq!(out, vec![raw(1, 3, per)]);
        let curated = [false, true, false, false, false];
        let out = add_given_names(
            alone.clone(),
            &w,
            (&toks, text),
            &morph,
            (&res_first, &curated),
        );
        assert_eq!(out, alone);
    }

    #[test]
    fn a_given_name_and_a_rare_family_name_after_a_role_are_a_person() {
        let mut res = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tعزيزة\nFIRST\tعلي\n"),
            ..Default::default()
        };
        // frequent words: no rare-word run
        for w in ["علي", "عزيزه"] {
            res.lex.insert(w.to_string(), entry(90000, [0, 0, 0, 0]));
        }
        // the role at token 1, the name's words at 2 and 3
        let names = |text: &str| {
            let (layer, mut w) = layer_words(text, &res);
            w[1].role = true;
            add_role_names(vec![], &w, &layer.tokens, text, &res)
        };
        let person = vec![raw(2, 4, EntityType::PER)];
        assert_eq!(names("عن الناشطة عزيزة اليوسف التي اعتقلت."), person);
        // a plural is no family name
        assert!(names("عن الناشطة عزيزة الفلاحين التي اعتقلت.").is_empty());
    }

    #[test]
    fn a_given_name_after_a_role_opens_a_person() {
        let text = "اغتيل الصحافي جمال خاشقجي في إسطنبول وقال الصحافي جمال الشارع.";
        let mut res = crate::features::Resources {
            gaz: Gazetteer::from_text("FIRST\tجمال\n"),
            ..Default::default()
        };
        // frequent in the news corpus, but tagged a person there
        res.lex
            .insert("خاشقجي".to_string(), entry(9000, [3, 0, 0, 0]));
        res.lex
            .insert("الشارع".to_string(), entry(9000, [0, 0, 0, 0]));
        let (layer, mut w) = layer_words(text, &res);
        for p in w.iter_mut() {
            p.role = p.split.stem == "الصحافي";
        }
        let out = add_role_names(vec![], &w, &layer.tokens, text, &res);
        assert_eq!(
            out,
            vec![raw(2, 4, EntityType::PER)],
            "جمال الشارع is no name"
        );
    }

    #[test]
    fn a_name_after_a_former_title_and_its_comma_is_a_person() {
        let res = crate::features::Resources::default();
        let names = |text: &str| {
            let (layer, mut w) = layer_words(text, &res);
            w[1].role = true;
            add_role_names(vec![], &w, &layer.tokens, text, &res)
        };
        let per = EntityType::PER;
        let text = "هاجم الرئيس التونسي السابق، منصف المرزوقي، الأربعاء.";
        assert_eq!(names(text), vec![raw(5, 7, per)]);
        let text = "وقال الرئيس التونسي السابق منصف المرزوقي، إن";
        assert_eq!(names(text), vec![raw(4, 6, per)]);
    }

    #[test]
    fn a_person_mention_is_split_at_an_inner_title() {
        let res = crate::features::Resources::default();
        let per = EntityType::PER;
        let titled = |keys: &[&str], title: usize| {
            let mut w = words(&res, keys);
            w[title].role = true;
            split_at_titles(vec![raw(0, keys.len(), per)], &w)
        };
        // وشكر بومبيو الملك سلمان: two persons, the title the second one's role
        let two = titled(&["بومبيو", "الملك", "سلمان"], 1);
        assert_eq!(two, vec![raw(0, 1, per), raw(2, 3, per)]);
        // a title closing the name is a surname, one after عبد part of the name
        assert_eq!(titled(&["ياسر", "القاضي"], 1), vec![raw(0, 2, per)]);
        assert_eq!(titled(&["عبد", "الملك", "الحوثي"], 1), vec![raw(0, 3, per)]);
        // a rank opening the mention is cut off it
        let rank = titled(&["الركن", "تركي", "المالكي"], 0);
        assert_eq!(rank, vec![raw(1, 3, per)]);
    }

    #[test]
    fn institution_names_take_elatives_and_their_domain() {
        let res = crate::features::Resources::default();
        let orgs = |text: &str| {
            let (toks, morph) = tokens_morph(text);
            let (_, w) = layer_words(text, &res);
            let maqsura: Vec<bool> = toks
                .iter()
                .map(|t| t.span.text(text).ends_with('ى'))
                .collect();
            add_patterns(vec![], &w, &morph, (&res.lex, &res.gaz), &maqsura)
        };
        let org = EntityType::ORG;
        // the feminine elative العليا, which the morphology reads as a noun
        assert_eq!(orgs("وقضت المحكمة العليا بذلك"), vec![raw(1, 3, org)]);
        // a committee or authority is named with its domain after ل
        assert_eq!(
            orgs("وأعلنت الهيئة الوطنية للانتخابات النتائج"),
            vec![raw(1, 4, org)]
        );
        // an adjective alone names none (the digestive system)
        assert!(orgs("ويعاني من مشكلات في الجهاز الهضمي").is_empty());
    }

    #[test]
    fn places_take_a_region_nisba_and_a_construct_name() {
        let res = crate::features::Resources::default();
        let loc = EntityType::LOC;
        // شبه الجزيرة + الكورية
        let w = words(&res, &["من", "شبه", "الجزيره", "الكوريه"]);
        assert_eq!(add_compass(vec![raw(1, 3, loc)], &w), vec![raw(1, 4, loc)]);
        // معبر كرم + أبو سالم; معبر رفح before a common noun stays two words
        let w = words(&res, &["معبر", "كرم", "ابو", "سالم"]);
        assert_eq!(construct_place_end(&w, 2, &res.gaz), 4);
        let w = words(&res, &["معبر", "رفح", "الاسبوع"]);
        assert_eq!(construct_place_end(&w, 2, &res.gaz), 2);
    }

    #[test]
    fn a_place_read_as_a_body_is_a_place() {
        let mut res = crate::features::Resources {
            gaz: Gazetteer::from_text("LOC\tبيونغ يانغ\nLOC\tفارس\n"),
            ..Default::default()
        };
        // the news taggers label بيونغ and يانغ places, فارس (the agency) a body
        res.lex
            .insert("بيونغ".to_string(), entry(900, [0, 6, 2, 0]));
        res.lex.insert("يانغ".to_string(), entry(900, [0, 6, 2, 0]));
        res.lex.insert("فارس".to_string(), entry(900, [2, 2, 5, 0]));
        let w = words(&res, &["بيونغ", "يانغ", "منحت", "فارس"]);
        let org = EntityType::ORG;
        let out = retype_places(vec![raw(0, 2, org), raw(3, 4, org)], &w, &res.gaz);
        assert_eq!(out, vec![raw(0, 2, EntityType::LOC), raw(3, 4, org)]);
    }

    #[test]
    fn courts_are_named_by_their_kind_and_seat() {
        let res = crate::features::Resources {
            gaz: Gazetteer::from_text("LOC\tالقاهره\n"),
            ..Default::default()
        };
        let end = |keys: &[&str]| court_name(&words(&res, keys), 0, &res.gaz);
        assert_eq!(end(&["محكمه", "جنايات", "القاهره", "قضت"]), Some(3));
        assert_eq!(end(&["نيابه", "امن", "الدوله", "العليا", "ان"]), Some(4));
        assert_eq!(end(&["محكمه", "النقض"]), Some(2));
        // a court of another kind is no name here (محكمة الأسرة is left to the tagger)
        assert_eq!(end(&["محكمه", "الاسره"]), None);
    }

    #[test]
    fn forces_are_named_by_nisbas_and_branches_only() {
        let res = crate::features::Resources::default();
        let end = |keys: &[&str]| forces_name_end(&words(&res, keys), 0, keys.len());
        assert_eq!(end(&["القوات", "المسلحه", "المصريه"]), 3);
        assert_eq!(end(&["القوات", "الاسراييليه"]), 2);
        // described, not named: loyal forces, two countries' forces
        assert_eq!(end(&["القوات", "المواليه"]), 1);
        assert_eq!(end(&["القوات", "التركيه", "والامريكيه"]), 2);
    }

    #[test]
    fn a_bare_head_noun_is_no_organisation() {
        let res = crate::features::Resources::default();
        let w = words(&res, &["منظمه", "من", "منظمه", "التحرير"]);
        let org = EntityType::ORG;
        let out = drop_bare_heads(vec![raw(0, 1, org), raw(2, 4, org)], &w);
        assert_eq!(out, vec![raw(2, 4, org)]);
    }

    #[test]
    fn institution_adjectives_agree_with_the_head() {
        let res = crate::features::Resources::default();
        let p = |w: &str| crate::features::prepare(&[w], &res).remove(0);
        assert!(agrees("الحكومه", &p("العراقيه"), false));
        assert!(!agrees("الخارجيه", &p("الايراني"), false));
        assert!(agrees("القياده", &p("الوسطي"), true), "written الوسطى");
        assert!(agrees("الجيش", &p("السوري"), false));
        assert!(!agrees("الجيش", &p("السوريه"), false));
        assert!(agrees("الميليشيات", &p("المسلحه"), false));
        let words: Vec<Prepared> = ["الميليشيا", "الحوثيه", "المدعومه", "من"]
            .iter()
            .map(|w| p(w))
            .collect();
        let end = adjective_run(&words, "الميليشيا", (0, 1, 3), &|_| None, &[false; 4]);
        assert_eq!(end, 2, "after a nisba only nisbas continue the name");
    }

    #[test]
    fn hashtag_marks_continue_names_only() {
        let text = "قال دونالد #ترمب في #اليمن";
        let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
        let toks = &layer.tokens;
        let names: Vec<String> = crate::model::LABELS.iter().map(|s| s.to_string()).collect();
        let id = |l: &str| names.iter().position(|x| x == l).unwrap() as u32;
        let marks: Vec<usize> = (0..toks.len()).filter(|&i| is_hash_mark(toks, i)).collect();
        assert_eq!(marks.len(), 2, "{toks:?}");
        // قال دونالد ترمب في اليمن, as the tagger saw them
        let seen = [id("O"), id("B-PER"), id("I-PER"), id("O"), id("B-LOC")];
        let full = with_hash_marks(toks, 0..toks.len(), &seen, &names);
        let want = [
            id("O"),
            id("B-PER"),
            id("I-PER"),
            id("I-PER"),
            id("O"),
            id("O"),
            id("B-LOC"),
        ];
        assert_eq!(full, want);
    }

    #[test]
    fn one_word_person_before_a_place_is_dropped() {
        let r = |start, end, etype| Raw { start, end, etype };
        let raw = vec![
            r(1, 2, EntityType::PER), // أعيان | صعدة
            r(2, 3, EntityType::LOC),
            r(5, 7, EntityType::PER), // two-word names stay
            r(7, 8, EntityType::LOC),
            r(9, 10, EntityType::PER),
            r(11, 12, EntityType::PER), // ترامب | الصين: a curated person stays
            r(12, 13, EntityType::LOC),
        ];
        let mut curated = vec![false; 13];
        curated[11] = true;
        let kept: Vec<(usize, EntityType)> = drop_construct_heads(raw, &curated)
            .iter()
            .map(|m| (m.start, m.etype))
            .collect();
        assert_eq!(
            kept,
            [
                (2, EntityType::LOC),
                (5, EntityType::PER),
                (7, EntityType::LOC),
                (9, EntityType::PER),
                (11, EntityType::PER),
                (12, EntityType::LOC)
            ]
        );
    }

    #[test]
    fn a_state_named_with_a_direction_keeps_it_and_a_region_does_not() {
        let res = crate::features::Resources::default();
        let text = "استدعت جنوب أفريقيا سفيرها وقتل جنديان في جنوب لبنان";
        let (_, w) = layer_words(text, &res);
        let tagged = vec![raw(2, 3, EntityType::LOC), raw(8, 9, EntityType::LOC)];
        let out = add_leading_compass(tagged, &w);
        assert_eq!(
            out,
            vec![raw(1, 3, EntityType::LOC), raw(8, 9, EntityType::LOC)]
        );
    }

    #[test]
    fn a_curated_surname_closes_its_name() {
        let res = crate::features::Resources::default();
        let gaz = Gazetteer::from_text("PER\tنتنياهو\nPER\tدونالد ترامب\nPER\tترامب");
        let text = "واتهم نتنياهو عباس وقال دونالد ترامب جونيور";
        let (_, w) = layer_words(text, &res);
        let stems: Vec<&str> = w.iter().map(|p| p.split.stem.as_str()).collect();
        let marks = gaz.annotate(&stems);
        let tagged = vec![raw(1, 3, EntityType::PER), raw(4, 7, EntityType::PER)];
        // a word after a lone surname is no part of its name; inside a full name the surname
        // keeps what follows it
        assert_eq!(
            split_adjacent_persons(tagged, &w, &marks),
            vec![raw(1, 2, EntityType::PER), raw(4, 7, EntityType::PER)]
        );
    }

    #[test]
    fn two_curated_persons_side_by_side_are_split() {
        let res = crate::features::Resources::default();
        let gaz =
            Gazetteer::from_text("PER\tبوتين\nPER\tأردوغان\nPER\tمحمود عباس\nPER\tدي ميستورا");
        let text = "التقى بوتين أردوغان واستقبل كوربن محمود عباس وقال ستافان دي ميستورا";
        let (_, w) = layer_words(text, &res);
        let stems: Vec<&str> = w.iter().map(|p| p.split.stem.as_str()).collect();
        let marks = gaz.annotate(&stems);
        let tagged = vec![
            raw(1, 3, EntityType::PER),
            raw(4, 7, EntityType::PER),
            raw(8, 11, EntityType::PER),
        ];
        // a surname's particle opens no second name
        assert_eq!(
            split_adjacent_persons(tagged, &w, &marks),
            vec![
                raw(1, 2, EntityType::PER),
                raw(4, 5, EntityType::PER),
                raw(8, 11, EntityType::PER)
            ]
        );
    }

    #[test]
    fn a_person_joins_the_word_a_hyphen_glues_to_it() {
        // كيم جونغ - أون: spaced, the hyphen is a dash and the name stops
        let text = "التقى كيم جونغ-أون مون جاي - إن";
        let toks = rasd_text::tokenize(text, Span::new(0, text.len()));
        let tagged = vec![raw(1, 3, EntityType::PER), raw(5, 7, EntityType::PER)];
        let out = join_hyphenated(tagged, &toks);
        assert_eq!(
            out,
            vec![raw(1, 5, EntityType::PER), raw(5, 7, EntityType::PER)]
        );
    }

    #[test]
    fn known_names_keep_text_order_and_links() {
        let text = "دبي (CNN) قال زيد وعمرو";
        let at = |w: &str| text.find(w).unwrap();
        let m = |w: &str, etype| {
            known_mention(
                &KnownName {
                    span: Span::new(at(w), at(w) + w.len()),
                    etype,
                    role: None,
                },
                text,
            )
        };
        let mentions = vec![m("زيد", EntityType::PER), m("عمرو", EntityType::PER)];
        let known = [
            KnownName {
                span: Span::new(0, "دبي".len()),
                etype: EntityType::LOC,
                role: None,
            },
            // overlaps زيد: dropped
            KnownName {
                span: Span::new(at("زيد"), at("زيد") + 2),
                etype: EntityType::ORG,
                role: None,
            },
        ];
        let (out, links) = add_known(mentions, vec![(0, 1)], text, &known);
        let names: Vec<&str> = out.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(names, ["دبي", "زيد", "عمرو"]);
        assert_eq!(links, [(1, 2)]);
    }

    #[test]
    fn bio_decoding_and_merging() {
        let names: Vec<String> = crate::model::LABELS.iter().map(|s| s.to_string()).collect();
        // O B-PER I-PER B-LOC I-ORG: a stray I-ORG starts a chunk, as in conlleval.
        let mut out = Vec::new();
        decode_bio(&[0, 1, 2, 3, 6], &names, 10, &mut out);
        assert_eq!(
            out,
            vec![
                Raw {
                    start: 11,
                    end: 13,
                    etype: EntityType::PER
                },
                Raw {
                    start: 13,
                    end: 14,
                    etype: EntityType::LOC
                },
                Raw {
                    start: 14,
                    end: 15,
                    etype: EntityType::ORG
                },
            ]
        );
        let merged = merge_longer(
            out,
            vec![
                Raw {
                    start: 13,
                    end: 15,
                    etype: EntityType::ORG,
                },
                Raw {
                    start: 12,
                    end: 14,
                    etype: EntityType::ORG,
                },
            ],
        );
        assert_eq!(merged.len(), 2);
        assert_eq!(
            merged[1],
            Raw {
                start: 13,
                end: 15,
                etype: EntityType::ORG
            }
        );
    }
}
