//! Statement events from the quote layer: a reported statement is a political act (CAMEO 01
//! denial, 02 appeal, 03 intent to cooperate, 10 demand, 11 disapproval, 12 rejection, 13 threat)
//! when its cue verb names the act (نفى, دعا, طالب, اتهم, رفض, حذر) or, for a neutral cue
//! (قال, أكد, اعتبر), when its content carries a marker of the act (خطأ, مخز, ترفض, سنفرض).
//! The speaker is the source; the first other entity inside the content is the target.

use crate::classify::NEGATION;
use crate::codes::{goldstein, quad_class};
use crate::core::{ACTOR_HEADS, ACTOR_NOUNS, PLACE_PREPS};
use crate::lexicon::Lexicon;
use crate::norm::{candidates, match_key};
use crate::types::{
    token_at, token_from, Actor, ByteSpan, DocView, EntityRef, Event, QuoteRef, TextSpan,
};

/// Cue verbs (match keys without و / ف) that name the act, with the CAMEO code they code.
const CUE_CODES: &[(&str, &[&str])] = &[
    (
        "016",
        &["نفي", "نفت", "ينفي", "تنفي", "نافيا", "نفوا", "نافيه"],
    ),
    (
        "130",
        &[
            "حذر",
            "حذرت",
            "يحذر",
            "تحذر",
            "محذرا",
            "محذره",
            "توعد",
            "توعدت",
            "يتوعد",
            "هدد",
            "هددت",
            "يهدد",
            "تهدد",
            "مهددا",
        ],
    ),
    (
        "020",
        &[
            "دعا",
            "دعت",
            "يدعو",
            "تدعو",
            "داعيا",
            "داعيه",
            "ناشد",
            "ناشدت",
            "يناشد",
            "مناشدا",
            "حث",
            "حثت",
            "يحث",
            "تحث",
        ],
    ),
    (
        "100",
        &["طالب", "طالبت", "يطالب", "تطالب", "مطالبا", "طالبوا"],
    ),
    (
        "112",
        &[
            "اتهم",
            "اتهمت",
            "يتهم",
            "تتهم",
            "متهما",
            "اتهموا",
            "انتقد",
            "انتقدت",
            "ينتقد",
            "منتقدا",
            "ادان",
            "ادانت",
            "يدين",
            "تدين",
            "ندد",
            "نددت",
            "يندد",
            "منددا",
        ],
    ),
    (
        "120",
        &[
            "رفض",
            "رفضت",
            "يرفض",
            "ترفض",
            "رافضا",
            "استبعد",
            "استبعدت",
            "يستبعد",
            "مستبعدا",
        ],
    ),
];

/// Content markers (single words, compared with the light-stemming candidates of each content
/// word) for neutral cues, by CAMEO code, strongest act first.
const CONTENT_WORDS: &[(&str, &[&str])] = &[
    ("130", &["سنفرض", "سنرد", "عواقب", "سنتخذ", "سيدفع"]),
    ("120", &["ترفض", "نرفض", "يرفض", "رفض", "رفضه", "رفضها"]),
    (
        "112",
        &[
            "خطا",
            "مخز",
            "مخزي",
            "موسف",
            "بايسه",
            "بايس",
            "تورط",
            "ارتكبت",
            "ارتكب",
            "عدوان",
            "عدواني",
            "انتهاك",
            "انتهاكات",
            "استفزاز",
            "انقلبوا",
            "تتدخل",
            "يتدخل",
            "مهزله",
            // insult, provocation, racism, recklessness, disaster, harm
            "اساءه",
            "مسييه",
            "مسيي",
            "مستفزه",
            "مستفز",
            "عنصري",
            "عنصريه",
            "مشين",
            "مشينه",
            "متهور",
            "متهوره",
            "كارثي",
            "كارثيه",
            "ستضر",
            // cowardice, shame, neglect, hostility, persecution, repression, brutality, bias
            "جبان",
            "جبانا",
            "جبانه",
            "بالعار",
            "تقاعس",
            "معاديه",
            "اضطهاد",
            "اضطهدت",
            "قمع",
            "وحشي",
            "وحشيه",
            "همجي",
            "همجيه",
            "تعسفي",
            "تعسفيه",
            "انحياز",
            "فاضح",
            "فاضحه",
            "تعمدوا",
        ],
    ),
    ("100", &["تصحيح", "نطالب", "يتعين"]),
    ("016", &["مذنب"]),
];

/// Content markers spanning several words (compared with the space-joined content keys).
const CONTENT_PHRASES: &[(&str, &[&str])] = &[
    ("130", &["اجراءات مضاده", "مزيد من الاجراءات"]),
    ("120", &["لا وجود ل", "لن نقبل", "لن تقبل", "لا حاجه ل"]),
    (
        "112",
        &[
            "غير المقبول",
            "غير مقبول",
            "بشكل سيي",
            "غير مسوول",
            "غير مسووله",
            "غير مبرر",
            "غير متكافيه",
            "غير شرعي",
            "غير قانوني",
        ],
    ),
    ("100", &["يجب علي", "ينبغي علي", "يجب ان يتم"]),
    ("016", &["غير مذنب", "لا صحه", "غير صحيح"]),
];

/// The CAMEO code a statement's cue names, if any.
fn cue_code(cue_key: &str) -> Option<&'static str> {
    let k = cue_key.strip_prefix(['و', 'ف']).unwrap_or(cue_key);
    CUE_CODES
        .iter()
        .find(|(_, words)| words.contains(&k) || words.contains(&cue_key))
        .map(|(code, _)| *code)
}

/// The content markers of a run of words (a statement's content, or a whole document's words),
/// read once per word when first needed: a statement's codes are then read off its range of
/// words. Quotes nest
/// and overlap in long unpunctuated text (a thousand «وقال الوزير إن» in one sentence), where
/// scanning each content anew had made statement coding quadratic in the text's length.
pub struct Markers<'w> {
    /// The words' match keys.
    words: Vec<&'w str>,
    /// Per word, filled on first use: bit `c` set when the word is a marker of
    /// `CONTENT_WORDS[c]` (negation aside). Only words inside some content are ever looked at.
    bits: Vec<std::cell::OnceCell<u8>>,
    /// Marker phrases found: (first word, last word, index in `CONTENT_WORDS`).
    phrases: Vec<(usize, usize, usize)>,
}

// one bit per code of `CONTENT_WORDS` in a `u8`
const _: () = assert!(CONTENT_WORDS.len() <= 8);

impl<'w> Markers<'w> {
    /// The markers of `word_keys` (match keys of the words, punctuation left out).
    pub fn new(word_keys: &[&'w str]) -> Markers<'w> {
        Markers {
            words: word_keys.to_vec(),
            bits: vec![std::cell::OnceCell::new(); word_keys.len()],
            phrases: phrase_hits(word_keys),
        }
    }

    /// The marker bits of word `i`.
    fn bits(&self, i: usize) -> u8 {
        *self.bits[i].get_or_init(|| {
            let w = self.words[i];
            // a rejection is the speaker's own: a verb of a plural third person (يرفضون)
            // reports others'
            let others = |code: &str| code == "120" && (w.ends_with("ون") || w.ends_with("وا"));
            let cands = candidates(w);
            let hit = |words: &[&str]| cands.iter().any(|c| words.contains(&c.as_str()));
            CONTENT_WORDS
                .iter()
                .enumerate()
                .filter(|(_, (code, words))| !others(code) && hit(words))
                .fold(0u8, |acc, (c, _)| acc | 1 << c)
        })
    }

    /// The CAMEO codes the words `range` carry, strongest act first. A marker word within two
    /// words after a negation of the range (عدم تورط, لم يرتكب جرائم: the negated verb and its
    /// object) denies the act instead of naming it; a phrase counts when it lies inside the range.
    pub fn codes(&self, range: std::ops::Range<usize>) -> Vec<&'static str> {
        let negation = |k: usize| NEGATION.contains(&self.words[k]);
        let negated = |i: usize| (i.saturating_sub(2).max(range.start)..i).any(negation);
        let words = range
            .clone()
            .filter(|&i| !negated(i))
            .fold(0u8, |acc, i| acc | self.bits(i));
        let phrases = self
            .phrases
            .iter()
            .filter(|(a, b, _)| *a >= range.start && *b < range.end)
            .fold(0u8, |acc, (_, _, c)| acc | 1 << c);
        CONTENT_WORDS
            .iter()
            .enumerate()
            .filter(|(c, _)| (words | phrases) & 1 << c != 0)
            .map(|(_, (code, _))| *code)
            .collect()
    }
}

/// Every occurrence of a `CONTENT_PHRASES` phrase in the space-joined words (a phrase may start
/// or end inside a word: لا وجود ل): (first word, last word, index of its code in
/// `CONTENT_WORDS`).
fn phrase_hits(word_keys: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut joined = String::from(" ");
    let mut word_at = Vec::new(); // byte offset in `joined` → word (one entry per word start)
    for w in word_keys {
        word_at.push(joined.len());
        joined.push_str(w);
        joined.push(' ');
    }
    let word_of = |byte: usize| word_at.partition_point(|&s| s <= byte).saturating_sub(1);
    let mut out = Vec::new();
    for (c, (code, _)) in CONTENT_WORDS.iter().enumerate() {
        let phrases = CONTENT_PHRASES.iter().filter(|(pc, _)| pc == code);
        for p in phrases.flat_map(|(_, ps)| ps.iter()) {
            let mut from = 0;
            while let Some(at) = joined[from..].find(p) {
                let start = from + at;
                out.push((word_of(start), word_of(start + p.len() - 1), c));
                from = start + joined[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    out
}

/// The CAMEO codes the content of a statement carries, strongest act first (see
/// [`Markers::codes`]).
#[cfg(test)]
fn content_codes(word_keys: &[&str]) -> Vec<&'static str> {
    Markers::new(word_keys).codes(0..word_keys.len())
}

/// The words of a document (tokens that are no punctuation): their token indices and the
/// markers they carry, found once for all its statements.
pub struct DocWords<'d> {
    tokens: Vec<usize>,
    markers: Markers<'d>,
}

impl<'d> DocWords<'d> {
    /// Finds the words of `doc`; their markers are read when a statement's content is.
    pub fn new(doc: &'d DocView) -> DocWords<'d> {
        let tokens: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| !doc.tokens[i].punct)
            .collect();
        let keys: Vec<&str> = tokens.iter().map(|&i| doc.tokens[i].key.as_str()).collect();
        DocWords {
            markers: Markers::new(&keys),
            tokens,
        }
    }

    /// The range of words inside a byte span.
    fn words_in(&self, doc: &DocView, span: ByteSpan) -> std::ops::Range<usize> {
        let toks = tokens_in(doc, span);
        let a = self.tokens.partition_point(|&t| t < toks.start);
        let b = self.tokens.partition_point(|&t| t < toks.end);
        a..b
    }
}

/// Token indices of the view inside a byte span.
fn tokens_in(doc: &DocView, span: ByteSpan) -> std::ops::Range<usize> {
    let a = token_from(&doc.tokens, span.start);
    let b = token_at(&doc.tokens, span.end);
    a..b.max(a)
}

/// The CAMEO codes of one statement: the act its cue names, then the acts its content marks.
pub fn statement_codes(doc: &DocView, words: &DocWords, q: &QuoteRef) -> Vec<&'static str> {
    let cue = match_key(&doc.original[q.cue.start..q.cue.end]);
    let first = cue.split_whitespace().next().unwrap_or("");
    let mut codes: Vec<&'static str> = cue_code(first).into_iter().collect();
    // a denial's content is what it denies (وتنفي الحكومة تلك المزاعم), no act of the speaker
    if codes == ["016"] {
        return codes;
    }
    for c in words.markers.codes(words.words_in(doc, q.content)) {
        if !codes.iter().any(|x| x[..2] == c[..2]) {
            codes.push(c);
        }
    }
    codes
}

/// How many mentions each entity group has in the document (its salience).
fn mentions_of(doc: &DocView, group: Option<usize>) -> usize {
    group.map_or(1, |g| {
        doc.entities.iter().filter(|e| e.group == Some(g)).count()
    })
}

/// The mention whose group is mentioned most often (the first such one on ties).
pub fn most_salient<'d>(
    doc: &DocView,
    mentions: impl Iterator<Item = &'d EntityRef>,
) -> Option<&'d EntityRef> {
    let mut top: Option<(&EntityRef, usize)> = None;
    for e in mentions {
        let n = mentions_of(doc, e.group);
        if top.is_none_or(|(_, m)| n > m) {
            top = Some((e, n));
        }
    }
    top.map(|(e, _)| e)
}

/// An actor from an entity mention, extended left over head nouns (الإدارة الأمريكية, قوات
/// التحالف) that stand right before it.
pub fn entity_actor(doc: &DocView, e: &EntityRef) -> Actor {
    let head = |k: &str| {
        candidates(k)
            .iter()
            .any(|c| ACTOR_HEADS.contains(&c.as_str()) || ACTOR_NOUNS.contains(&c.as_str()))
    };
    let mut first = token_from(&doc.tokens, e.start);
    let lowest = first.saturating_sub(3);
    while first > lowest
        && !doc.tokens[first - 1].punct
        && !doc
            .entities
            .iter()
            .any(|x| x.start < doc.tokens[first - 1].end && doc.tokens[first - 1].start < x.end)
        && head(&doc.tokens[first - 1].key)
    {
        first -= 1;
    }
    let start = doc
        .tokens
        .get(first)
        .map_or(e.start, |t| t.start.min(e.start));
    Actor {
        text: doc.original[start..e.end].to_string(),
        start,
        end: e.end,
        group: e.group,
        code: e.code.clone(),
    }
}

/// A place named after a place preposition (في غزة): where, not whom.
fn place_object(doc: &DocView, e: &EntityRef) -> bool {
    let i = token_at(&doc.tokens, e.start);
    let prev = i.checked_sub(1).map_or("", |p| doc.tokens[p].key.as_str());
    e.etype == "LOC" && PLACE_PREPS.contains(&prev)
}

/// The target of a statement: the one it is addressed to, named right after its cue; else the
/// most salient entity mentioned inside its content that is not the speaker; without one, the
/// document's most salient other entity (statements in news are mostly about the article's
/// counterpart).
fn content_target(doc: &DocView, q: &QuoteRef, speaker: &Actor) -> Option<Actor> {
    // groups named inside the speaker phrase (صعدة in شيوخ وأعيان صعدة) are the speaker's side
    let own: Vec<Option<usize>> = doc
        .entities
        .iter()
        .filter(|e| e.start >= speaker.start && e.end <= speaker.end)
        .map(|e| e.group)
        .chain([speaker.group])
        .filter(Option::is_some)
        .collect();
    let apposed = |e: &EntityRef| {
        speaker.end <= e.start && doc.original[speaker.end..e.start].trim().is_empty()
    };
    // the speaker's own country (السفير الأمريكي and الولايات المتحدة) is its side, not its target
    let country = |c: &Option<String>| c.as_deref().and_then(|c| c.get(..3)).map(str::to_string);
    // the speaker's code, else its entity group's (a bare name whose role the text gave earlier)
    let group_code = || {
        doc.entities
            .iter()
            .find(|e| speaker.group.is_some() && e.group == speaker.group && e.code.is_some())
            .and_then(|e| e.code.clone())
    };
    let own_country = country(&speaker.code.clone().or_else(group_code));
    let compatriot = |e: &EntityRef| own_country.is_some() && country(&e.code) == own_country;
    // a party other than the speaker's side
    let party = |e: &EntityRef| e.etype != "MISC" && !own.contains(&e.group) && !compatriot(e);
    let other = |e: &&EntityRef| party(e) && !apposed(e);
    let inside = || {
        doc.entities
            .iter()
            .filter(other)
            .filter(|e| e.start >= q.content.start && e.end <= q.content.end)
    };
    // the addressee named right after the cue, before the content (وحذر روسيا من "...")
    let next = doc
        .tokens
        .get(token_from(&doc.tokens, q.cue.end))
        .map(|t| t.start);
    let addressee = doc
        .entities
        .iter()
        .filter(other)
        .find(|e| Some(e.start) == next && e.end <= q.content.start);
    // ... or right after a named speaker who follows the cue (ودعا الحديثي مجلس النواب إلى
    // "..."): the verb's object, when no person (a person there may be the speaker's name in
    // apposition); after a speaker no entity names, a role, it is the role noun's genitive
    // (قال قادة بقبائل الفولاني)
    let after_speaker = doc
        .tokens
        .get(token_from(&doc.tokens, speaker.end))
        .map(|t| t.start);
    let follows_cue = next == Some(speaker.start)
        && doc.entities.iter().any(|e| e.start == speaker.start)
        && speaker.start < q.content.start;
    let object = || {
        let before_content = |e: &&EntityRef| {
            Some(e.start) == after_speaker && e.end <= q.content.start && e.etype != "PER"
        };
        follows_cue
            .then(|| {
                doc.entities
                    .iter()
                    .filter(|e| party(e))
                    .find(before_content)
            })
            .flatten()
    };
    let e = addressee
        .or_else(object)
        .or_else(|| most_salient(doc, inside().filter(|e| !place_object(doc, e))))
        .or_else(|| most_salient(doc, inside()))
        .or_else(|| most_salient(doc, doc.entities.iter().filter(other)))?;
    Some(entity_actor(doc, e))
}

/// Head nouns of news media (وكالة الأناضول, صحيفة نيويورك تايمز, قناة الجزيرة).
const MEDIA_HEADS: &[&str] = &[
    "وكاله",
    "صحيفه",
    "قناه",
    "موقع",
    "تلفزيون",
    "اذاعه",
    "شبكه",
    "مجله",
    "جريده",
];

/// Names of news agencies and outlets that report without acting.
const MEDIA_NAMES: &[&str] = &[
    "رويترز",
    "الاناضول",
    "فرانس برس",
    "ا ف ب",
    "اسوشيتد برس",
    "بي بي سي",
    "سي ان ان",
    "الجزيره",
    "العربيه",
    "سكاي نيوز",
    "نوفوستي",
    "تاس",
    "ايرنا",
    "سبوتنيك",
    "انترفاكس",
    "شينخوا",
    "يونهاب",
    // state news agencies named by their acronyms (سانا, واس, وام, كونا)
    "سانا",
    "واس",
    "وام",
    "كونا",
    // newspapers and channels whose names open on a place or a common word (واشنطن بوست is
    // no Washington)
    "واشنطن بوست",
    "نيويورك تايمز",
    "وول ستريت جورنال",
    "فايننشال تايمز",
    "الغارديان",
    "الاندبندنت",
    "ديلي ميل",
    "ديلي تلغراف",
    "بلومبرغ",
    "فوكس نيوز",
    "سي بي اس",
    "ان بي سي",
    "اكسيوس",
    "بوليتيكو",
    "هارتس",
    "يديعوت احرونوت",
    "معاريف",
    "كومرسانت",
    "لوموند",
    // platforms a statement is posted on (قال في تغريدة على تويتر), no party to it
    "تويتر",
    "فيسبوك",
    "فيس بوك",
    "انستغرام",
    "يوتيوب",
];

/// Words that mark a medium wherever they stand in its name (ميزان أونلاين).
const MEDIA_MARKS: &[&str] = &["اونلاين"];

/// True when an actor phrase names a news medium: media report events, they do not act in them.
pub fn is_media(text: &str) -> bool {
    let k = match_key(text);
    let mut words = k.split_whitespace();
    let first = words.next().unwrap_or("");
    let head = |w: &str| {
        candidates(w)
            .iter()
            .any(|c| MEDIA_HEADS.contains(&c.as_str()))
    };
    // a broadcasting body (هيئة الإذاعة البريطانية) is headed by its medium
    let body = candidates(first)
        .iter()
        .any(|c| c == "هييه" || c == "موسسه");
    // a name opens the phrase: العربية or الجزيرة later in one (الجامعة العربية, شبه الجزيرة
    // الكورية) is a common adjective or noun
    let all: Vec<&str> = k.split_whitespace().collect();
    head(first)
        || (body && words.next().is_some_and(head))
        || all.iter().any(|w| MEDIA_MARKS.contains(w))
        || MEDIA_NAMES.iter().any(|m| {
            let n = m.split(' ').count();
            all.get(..n).is_some_and(|w| {
                let joined = w.join(" ");
                joined == *m || joined.trim_start_matches(['و', 'ل', 'ب']) == *m
            })
        })
}

/// The statement events of one quote: one per political act it names, with a named speaker
/// (a source a report is attributed to performs no act).
pub fn statement_events(lx: &Lexicon, doc: &DocView, words: &DocWords, q: &QuoteRef) -> Vec<Event> {
    // (a speaker the quote layer read off a common noun, معلومات مفادها, is none)
    let Some(speaker) = q
        .speaker
        .as_ref()
        .filter(|s| !is_media(&s.text) && !crate::extract::names_an_act(lx, s))
    else {
        return Vec::new();
    };
    if q.attribution {
        return Vec::new();
    }
    statement_codes(doc, words, q)
        .into_iter()
        .map(|code| statement_event(lx, doc, q, speaker, code))
        .collect()
}

/// The statement event of one act (`code`) of a quote.
fn statement_event(
    lx: &Lexicon,
    doc: &DocView,
    q: &QuoteRef,
    speaker: &Actor,
    code: &'static str,
) -> Event {
    let root = code[..2].to_string();
    let target = content_target(doc, q, speaker);
    let sentence = doc
        .sentences
        .iter()
        .find(|s| s.start <= q.cue.start && q.cue.start < s.end.max(s.start + 1))
        .map(|s| ByteSpan {
            start: s.start,
            end: s.end,
        })
        .unwrap_or(q.cue);
    let pl = lx
        .plover
        .get(code)
        .or_else(|| lx.plover.get(&format!("{root}0")));
    let nonempty = |s: &String| (!s.is_empty()).then(|| s.clone());
    Event {
        trigger: TextSpan {
            start: q.cue.start,
            end: q.cue.end,
            text: doc.original[q.cue.start..q.cue.end].to_string(),
        },
        sentence,
        cameo: code.to_string(),
        cameo_label: lx.codes.get(code).cloned(),
        plover: pl.map(|p| p.event.clone()),
        plover_mode: pl.and_then(|p| nonempty(&p.mode)),
        plover_context: pl.and_then(|p| nonempty(&p.context)),
        quad_class: quad_class(&root),
        goldstein: goldstein(&root),
        root,
        source: Some(speaker.clone()),
        target,
        location: None,
        date: None,
        modality: "asserted".to_string(),
        negated: false,
        origin: "quote".to_string(),
        confidence: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_name_acts() {
        assert_eq!(cue_code("ونفت"), Some("016"));
        assert_eq!(cue_code("داعيا"), Some("020"));
        assert_eq!(cue_code("قال"), None);
    }

    #[test]
    fn a_source_a_report_is_attributed_to_performs_no_act() {
        let lx = crate::Coder::embedded().lexicon();
        let text = "ونفت الوزارة التقرير.";
        let doc = crate::fallback::view(lx, text, None);
        let cue = text.find("نفت").unwrap();
        let quote = |attribution| QuoteRef {
            cue: ByteSpan {
                start: cue,
                end: cue + "نفت".len(),
            },
            content: ByteSpan {
                start: text.find("التقرير").unwrap(),
                end: text.len(),
            },
            speaker: Some(Actor {
                text: "الوزارة".into(),
                start: text.find("الوزارة").unwrap(),
                end: text.find("الوزارة").unwrap() + "الوزارة".len(),
                group: Some(0),
                code: None,
            }),
            attribution,
        };
        assert_eq!(
            statement_events(lx, &doc, &DocWords::new(&doc), &quote(false)).len(),
            1
        );
        assert!(statement_events(lx, &doc, &DocWords::new(&doc), &quote(true)).is_empty());
    }

    #[test]
    fn media_are_not_actors() {
        assert!(is_media("هيئة الإذاعة البريطانية"));
        assert!(!is_media("هيئة الأركان"));
        assert!(is_media("وكالة الأنباء الفلسطينية"));
        assert!(is_media("الأناضول"));
        assert!(is_media("ميزان أونلاين"));
        // a newspaper named after a city is no city
        assert!(is_media("واشنطن بوست"));
        assert!(is_media("صحيفة نيويورك تايمز"));
        assert!(!is_media("واشنطن"));
        assert!(!is_media("وزارة الخارجية"));
        assert!(!is_media("عادل الجبير"));
        assert!(is_media("العربية"));
        assert!(!is_media("الجامعة العربية"));
        assert!(!is_media("شبه الجزيرة الكورية"));
    }

    #[test]
    fn word_lists_are_folded_keys() {
        let lists = CUE_CODES
            .iter()
            .chain(CONTENT_WORDS)
            .chain(CONTENT_PHRASES)
            .flat_map(|(_, words)| words.iter());
        for w in lists.chain(MEDIA_NAMES) {
            assert_eq!(match_key(w), *w, "{w} is not a folded key");
        }
        let w = [match_key("مؤسف")];
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        assert_eq!(content_codes(&refs), vec!["112"]);
    }

    #[test]
    fn content_markers() {
        let k = |s: &str| s.split(' ').map(match_key).collect::<Vec<_>>();
        let w = k("إن كندا ارتكبت خطأ كبيرا");
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        assert_eq!(content_codes(&refs), vec!["112"]);
        let w = k("إن بلاده ترفض إعادة التفاوض");
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        assert_eq!(content_codes(&refs), vec!["120"]);
        let w = k("يجب أن يتم طرد الدبلوماسيين");
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        assert_eq!(content_codes(&refs), vec!["100"]);
        let w = k("الاقتصاد ينمو بسرعة");
        let refs: Vec<&str> = w.iter().map(String::as_str).collect();
        assert!(content_codes(&refs).is_empty());
    }

    /// The content codes of a made-up content.
    fn codes(content: &str) -> Vec<&'static str> {
        let w: Vec<String> = content.split(' ').map(match_key).collect();
        content_codes(&w.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn insults_and_provocations_are_disapproval() {
        assert_eq!(codes("إن تصريحاته مسيئة ومستفزة بشكل متعمد"), vec!["112"]);
        assert_eq!(codes("هذا سلوك غير مسؤول"), vec!["112"]);
        assert_eq!(codes("كان هذا عملا جبانا"), vec!["112"]);
        assert_eq!(codes("إن استخدام القوة غير مبرر"), vec!["112"]);
        assert_eq!(codes("ستشعرون بالعار أمام التاريخ"), vec!["112"]);
        // travelling (سافر) is no blatant (سافر) act
        assert!(codes("الوزير سافر إلى باريس").is_empty());
        // a failed coup names no disapproval
        assert!(codes("محاولة الانقلاب الفاشلة في يوليو").is_empty());
        // crimes and accusations spoken of are no accusation made
        assert!(codes("زيادة كبيرة في الجرائم المعلوماتية مثل الابتزاز").is_empty());
        assert!(codes("إنها تأخذ هذه الاتهامات على محمل الجد").is_empty());
    }

    #[test]
    fn a_documents_markers_read_by_range_equal_each_contents_own() {
        let text =
            "قال إن هذا خطأ لم يرتكب جرائم و لن نقبل ذلك ويرفضون لا وجود لهم نرفض غير مقبول تماما";
        let keys: Vec<String> = text.split(' ').map(match_key).collect();
        let words: Vec<&str> = keys.iter().map(String::as_str).collect();
        let doc = Markers::new(&words);
        for a in 0..words.len() {
            for b in a..=words.len() {
                assert_eq!(doc.codes(a..b), content_codes(&words[a..b]), "{a}..{b}");
            }
        }
    }

    #[test]
    fn negated_markers_name_no_act() {
        assert!(codes("الرجل الذي لم يرتكب جرائم في حياته").is_empty());
        assert!(codes("نؤكد عدم تورط الشركة").is_empty());
        assert_eq!(codes("الرجل ارتكب جرائم في حياته"), vec!["112"]);
    }

    #[test]
    fn a_rejection_by_others_is_not_the_speakers() {
        assert!(codes("إن سكان المدينة يرفضون المشروع").is_empty());
        assert_eq!(codes("إننا نرفض المشروع"), vec!["120"]);
    }
}
