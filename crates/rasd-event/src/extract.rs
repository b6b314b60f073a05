//! Event extraction over a `DocView`: triggers, actors, place, date, modality, de-duplication.
//!
//! This module finds the triggers of a sentence and codes each one; its parts hold the readings
//! of an act's roles: `sources` (who acts), `targets` (whom the act is aimed at), `setting`
//! (where and when), `parties` (acts told from the patient's side, acts between two sides),
//! `pronouns` (parties named by a pronoun), `preverbal` (subjects before the verb), `crowds`
//! (crowds as actors) and `series` (acts sharing an actor: coordinated verbal nouns, causatives).

use crate::classify;
use crate::codes::{goldstein, quad_class};
use crate::core::{
    adjectival_head, Kind, ACTOR_HEADS, ACTOR_NOUNS, AGENT_NOUNS, AGENT_ONLY, ARRIVALS,
    COMPLEMENTIZERS, CORE_PATTERNS, MODALITY_CUES, PATTERN_ONLY, PLACE_PREPS, PREP_LIGHT,
    TARGET_PREPS, TIME_WORDS, VERB_ONLY,
};
use crate::fallback::is_imperfect;
use crate::lexicon::Lexicon;
use crate::norm::candidates;
use crate::types::{
    token_at, token_from, Actor, ByteSpan, DocView, EntityRef, Event, Sent, TextSpan,
};
use chrono::NaiveDate;
use rasd_text::possessive::possessive_stem;

mod crowds;
mod parties;
mod preverbal;
mod pronouns;
mod series;
mod setting;
mod sources;
mod targets;
pub(crate) use sources::names_an_act;

/// Tokens a support verb may look ahead for its noun.
const LIGHT_WINDOW: usize = 18;
/// Tokens a support verb may look ahead for a pattern object (فرض الرئيس الأميركي رسوما).
const PATTERN_WINDOW: usize = 5;

/// Support verbs whose object is a sentence introduced by ب (قضت المحكمة بإعدام, أمر القضاء
/// بسجن), with the subject between them: their match keys.
const BA_OBJECT_VERBS: [&str; 3] = ["قضي", "قضت", "امر"];
/// Tokens searched after a trigger for the subject.
const SUBJECT_WINDOW: usize = 7;
/// Tokens searched after a trigger (or its subject) for a target.
const OBJECT_WINDOW: usize = 14;
/// Tokens searched after a trigger for an agent phrase (من جانب X).
const AGENT_WINDOW: usize = 5;
/// Tokens searched after a passive for its agent phrase, within its clause (تم رفع حظر التجول
/// عن مدينة الرمادي من قبل قيادة العمليات); an active verb's object may carry an agent phrase
/// of its own (رفضت المحكمة مناشدة ... من قبل محاميه).
const PASSIVE_AGENT_WINDOW: usize = 10;
/// Tokens searched after a trigger for its place.
const PLACE_WINDOW: usize = 16;
/// Tokens searched before a complementizer's clause for the reporting verb that governs it.
const REPORT_BACK_WINDOW: usize = 60;
/// Tokens searched before a trigger for its place (its clause, however long, ends sooner in
/// news text; the bound keeps a long unpunctuated sentence linear).
const PLACE_BACK_WINDOW: usize = 40;

/// Adjectives and genitives of a title that may stand between a verb and its subject (نفى
/// الرئيس الفرنسي السابق نيكولا ساركوزي, استقبله أمير البلاد الشيخ صباح).
const TITLE_MODIFIERS: [&str; 9] = [
    "البلاد",
    "السابق",
    "السابقه",
    "الاسبق",
    "الراحل",
    "الراحله",
    "الجديد",
    "الجديده",
    "الحالي",
];

/// Nouns heading a place name (بمديرية حرض, في مدينة المكلا, في مقر الأمم المتحدة).
const PLACE_NOUNS: [&str; 14] = [
    "مديريه",
    "مدينه",
    "محافظه",
    "منطقه",
    "بلده",
    "قريه",
    "ولايه",
    "اقليم",
    "مقر",
    "ميدان",
    "مستوطنه",
    "مخيم",
    "قاعده",
    "العاصمه",
];

/// Indefinite nouns of private persons (امرأة, طفل, شاب): after a violent verb they are its
/// victims, the verb a passive the script does not mark (وقتلت امرأة فلسطينية); so are a
/// soldier, a policeman or a civilian, one or two (وقتل جنديان لبنانيان في اشتباك), unless an
/// object follows (قتل جندي إسرائيلي فلسطينيا).
const VICTIMS: [&str; 16] = [
    "جندي",
    "جنديان",
    "شرطي",
    "شرطيان",
    "مدني",
    "مدنيان",
    "امراه",
    "طفل",
    "طفله",
    "شاب",
    "شابه",
    "رجل",
    "فتاه",
    "فتي",
    "مسن",
    "سيده",
];

/// Land nouns a nisba qualifies (الأراضي السعودية, المدن الإسرائيلية): places, no actors.
const LANDS: [&str; 6] = ["اراضي", "مدن", "حدود", "مناطق", "مواقع", "سواحل"];

/// Words opening a support phrase (بدعم من التحالف, تحت غطاء جوي من المقاتلات): the mentions
/// after them help the act, they are not its target.
const SUPPORT_CUES: [&str; 7] = [
    "بدعم",
    "بمساعده",
    "بمسانده",
    "باسناد",
    "غطاء",
    "بغطاء",
    "بتغطيه",
];

/// Natural forces (match keys without the article): floods, storms and fires kill and sweep
/// through towns, but they are no actors (اجتاحتها السيول).
const NATURAL_FORCES: [&str; 16] = [
    "سيول",
    "فيضان",
    "فيضانات",
    "امطار",
    "زلزال",
    "زلازل",
    "اعصار",
    "عاصفه",
    "عواصف",
    "حريق",
    "حرايق",
    "ثلوج",
    "انهيارات",
    "بركان",
    "امواج",
    "رياح",
];

/// Words attributing a report to its source (بحسب الوكالة, وفقا لمصادر, نقلا عن).
const ATTRIBUTIONS: [&str; 6] = ["بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا"];

/// Manner and sentence adverbs (match keys) that follow a verb and its subject (أدان الوزير بشدة):
/// never part of a name.
const MANNER_WORDS: [&str; 12] = [
    "بشده",
    "بقوه",
    "مجددا",
    "ايضا",
    "رسميا",
    "علنا",
    "صراحه",
    "بدوره",
    "بدورها",
    "كذلك",
    "بالفعل",
    "فورا",
];

/// Verbal nouns in the indefinite accusative that are adverbs (إطلاقا "at all", قطعيا).
const ADVERBIAL_MASDARS: [&str; 3] = ["اطلاقا", "مطلقا", "قطعيا"];

/// Relative pronouns: a clause they open is about their antecedent.
const RELATIVES: [&str; 7] = ["الذي", "التي", "الذين", "ما", "من", "اللذين", "اللتين"];

/// Modalities that are not events at all (generic, expected or called-off states of affairs).
const DROPPED: [&str; 5] = [
    "expected",
    "hypothetical",
    "negated",
    "habitual",
    "cancelled",
];

/// Verbs and nouns that call an act off or put it off (match keys, after و): the act did not
/// happen (ألغى ترامب اجتماع قمة مع كوريا الشمالية, قرر تأجيل زيارته).
const CANCELLATIONS: [&str; 10] = [
    "الغي",
    "الغت",
    "الغيت",
    "الغاء",
    "بالغاء",
    "ارجا",
    "ارجات",
    "ارجاء",
    "اجلت",
    "تاجيل",
];

/// Adverbs of habit (match keys): an act they qualify is a practice, no happening (ويجتمع المجلس
/// ثلاث مرات سنويا).
const HABITUAL: [&str; 6] = ["سنويا", "شهريا", "اسبوعيا", "يوميا", "دوريا", "عاده"];

/// One sentence being coded.
struct Ctx<'a, 'b> {
    lx: &'a Lexicon,
    doc: &'a DocView<'b>,
    sent: &'a Sent,
    /// Entity index covering each token of the document (None when none).
    ent_of: &'a [Option<usize>],
    /// The sentence classifier's decisions made so far in the document.
    detections: &'a Detections,
}

/// The sentence classifier's decision per (sentence's first token, task): every act of a
/// sentence asks for it, and a long sentence holds many acts.
type Detections =
    std::cell::RefCell<std::collections::HashMap<(usize, &'static str), Option<bool>>>;

/// One step of a word-by-word scan for an act's party (its subject or its target).
enum Scan {
    /// The party.
    Found(Actor),
    /// The clause ends here without one.
    Stop,
    /// Go on to the next word.
    Go,
}

/// A trigger found in a sentence: token range (inclusive start, inclusive end), code, stem.
#[derive(Clone)]
struct Found {
    first: usize,
    last: usize,
    noun: usize,
    code: String,
    stem: String,
    core: bool,
    /// A nisba naming the agent country of a definite verbal noun (العقوبات الأمريكية).
    agent: Option<usize>,
}

impl Found {
    /// The same act recoded as `code` (a verbal attack is criticism, an expelled person is
    /// deported), with its root.
    fn recoded(&self, code: &str) -> (Found, String) {
        let found = Found {
            code: code.to_string(),
            ..self.clone()
        };
        (found, code[..2].to_string())
    }

    /// The act a support verb at `verb` governs through its noun at `noun` (عقد ... اجتماعا,
    /// تعرض ... لقصف): the noun's code and stem, the span from the verb to the noun.
    fn governed(verb: usize, noun: usize, t: &crate::lexicon::Trigger, stem: String) -> Found {
        Found {
            first: verb,
            last: noun,
            noun,
            code: t.code.clone(),
            stem,
            core: true,
            agent: None,
        }
    }
}

/// Document-level state carried across sentences.
#[derive(Default)]
struct DocState {
    report_date: Option<NaiveDate>,
    /// The place of the statement the second sentence reports, for the lead's events.
    lead_place: Option<TextSpan>,
    trigger_stems: Vec<String>,
    /// The source of the latest coded event (the antecedent of an elided subject).
    last_source: Option<Actor>,
}

/// Prepositions of place that never govern an actor of the clause (أمام البرلمان, قرب السفارة).
const SPATIAL: [&str; 5] = ["امام", "قرب", "عند", "خارج", "داخل"];

/// Prepositions carrying a pronoun (عليه, عنها, لهم): they close a noun phrase, but right
/// after a verb they hold its object, and the subject may follow (أفرجت عنه السلطات).
const PRONOMINAL: [&str; 18] = [
    "عليها",
    "عليه",
    "عليهم",
    "عنها",
    "عنه",
    "عنهم",
    "معها",
    "معه",
    "معهم",
    "اليها",
    "اليه",
    "منها",
    "منه",
    "فيها",
    "فيه",
    "لها",
    "له",
    "لهم",
];

/// Words naming the fire a violent act is done by; the actor after them is its agent (قتل
/// ثلاثة برصاص الجيش, أصيبوا بنيران القوات).
const FIRE_AGENTS: [&str; 6] = ["برصاص", "بنيران", "بقذايف", "بصواريخ", "بغارات", "بقصف"];

/// Extracts the events of one document view.
pub fn extract(lx: &Lexicon, doc: &DocView) -> Vec<Event> {
    let ent_of = entity_index(doc);
    let (report_date, lead_place) = lead_context(lx, doc, &ent_of);
    let mut st = DocState {
        report_date,
        lead_place,
        ..DocState::default()
    };
    let mut out: Vec<Event> = Vec::new();
    // a guessed target per event, filled in only after duplicates are merged on real targets
    let mut guesses: Vec<Option<Actor>> = Vec::new();
    let detections = Detections::default();
    for sent in &doc.sentences {
        let cx = Ctx {
            lx,
            doc,
            sent,
            ent_of: &ent_of,
            detections: &detections,
        };
        for (ev, guess) in cx.sentence_events(&mut st) {
            if merge_or_push(&mut out, ev) {
                guesses.push(guess);
            }
        }
    }
    let words = crate::statements::DocWords::new(doc);
    for q in &doc.quotes {
        for ev in crate::statements::statement_events(lx, doc, &words, q) {
            add_statement(&mut out, ev);
        }
    }
    for (ev, guess) in out.iter_mut().zip(guesses) {
        if ev.target.is_none() {
            ev.target = guess;
        }
    }
    for ev in &mut out {
        for a in [&mut ev.source, &mut ev.target].into_iter().flatten() {
            strip_proclitics(doc, a);
            strip_conjunction(a);
            resolve_role(doc, a);
            resolve_people(lx, doc, a);
            resolve_forces(doc, a);
            resolve_capital(lx, doc, a);
            resolve_kingdom(lx, doc, a);
        }
        // no actor is its own counterpart (وأعلنت المنظمة ... في المنظمة)
        if let (Some(s), Some(t)) = (&ev.source, &ev.target) {
            let same_group = s.group.is_some() && s.group == t.group;
            if same_group || text_identity(s) == text_identity(t) {
                ev.target = None;
            }
        }
    }
    out
}

/// The date and place of the lead sentence when it names none: those of the statement the
/// second sentence reports (see `Ctx::continuation_date`).
fn lead_context(
    lx: &Lexicon,
    doc: &DocView,
    ent_of: &[Option<usize>],
) -> (Option<NaiveDate>, Option<TextSpan>) {
    let Some(sent) = doc.sentences.get(1) else {
        return (None, None);
    };
    let cx = Ctx {
        lx,
        doc,
        sent,
        ent_of,
        detections: &Detections::default(),
    };
    (cx.continuation_date(), cx.continuation_place())
}

/// Links an actor named by its country's gentilic or nisba (البريطانيين, 53 فلسطينيا, صحافيين
/// كوريين جنوبيين, السفير الكندي) to the country the document names with the same code
/// (بريطانيا): the people's state is the actor, where no person took the role first.
pub fn resolve_people(lx: &Lexicon, doc: &DocView, a: &mut Actor) {
    let key = crate::norm::match_key(&a.text);
    let endings = ["يين", "يون", "يا", "ي", "يه"];
    let nisba = key
        .split_whitespace()
        .find(|w| endings.iter().any(|s| w.ends_with(s)) && w.chars().count() > 3);
    let Some(code) = country_part(a.code.as_deref()) else {
        return;
    };
    let Some(nisba) = nisba.filter(|_| a.group.is_none()) else {
        return;
    };
    // a nisba names its country, not a city coded alike (فلسطينيا is no نابلس)
    let country = |e: &&EntityRef| {
        let name = crate::norm::match_key(&doc.original[e.start..e.end]);
        let keys: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        nisba_of(nisba, &name) || lx.names_kind(&keys, "country")
    };
    if let Some(e) = country_mention(lx, doc, code, nisba).filter(country) {
        a.group = e.group;
    }
}

/// Whether a nisba (البريطانيين, الفلسطينية) is built on a place name (بريطانيا, فلسطين).
fn nisba_of(nisba: &str, name: &str) -> bool {
    let base = nisba.strip_prefix("ال").unwrap_or(nisba);
    let base = ["يين", "يون", "يه", "ي"]
        .iter()
        .find_map(|s| base.strip_suffix(s))
        .unwrap_or(base);
    let name = name.strip_prefix("ال").unwrap_or(name);
    base.chars().count() >= 3 && name.starts_with(base)
}

/// The document's first mention of the country coded `code` by its name: a grouped place that
/// is neither a city (أتلانتا) nor a region with a place head (قطاع غزة, محافظة صعدة); one
/// whose name the nisba is built on (البريطانيين → بريطانيا) first.
pub fn country_mention<'d>(
    lx: &Lexicon,
    doc: &'d DocView,
    code: &str,
    nisba: &str,
) -> Option<&'d EntityRef> {
    let country = |e: &&EntityRef| {
        let keys: Vec<String> = crate::norm::match_key(&doc.original[e.start..e.end])
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let region = keys.first().is_some_and(|k| {
            candidates(k)
                .iter()
                .any(|c| crate::fallback::PLACE_HEADS.contains(&c.as_str()) || c == "قطاع")
        });
        e.etype == "LOC"
            && e.group.is_some()
            && e.code.as_deref() == Some(code)
            && !region
            && !lx.names_kind(&keys, "city")
    };
    let named = |e: &&EntityRef| {
        nisba_of(
            nisba,
            &crate::norm::match_key(&doc.original[e.start..e.end]),
        )
    };
    let by_name = doc.entities.iter().filter(country).find(named);
    // a gentilic people belongs to the country it is named after, nothing else
    let people = nisba.ends_with("يين") || nisba.ends_with("يون");
    by_name.or_else(|| {
        (!people)
            .then(|| doc.entities.iter().find(country))
            .flatten()
    })
}

/// Links an unnamed role actor (الرئيس الأميركي, الوزير) to the person the text gives that
/// role: a person group one of whose role phrases starts with the actor's words; of several,
/// the one mentioned last before the actor.
pub fn resolve_role(doc: &DocView, a: &mut Actor) {
    let core = name_core(&a.text);
    if a.group.is_some() || core.is_empty() {
        return;
    }
    // a role that runs on past a title closed by its nisba into another title closed by its own
    // (وزير الخارجية الروسي الرئيس الأمريكي, given to Trump) is not the title's; a title's
    // genitive (رئيسة الوزراء) and a rank before the name (ولي العهد السعودي الأمير) are
    let closed = |words: &str| words.split_whitespace().last().is_some_and(nisba_stem);
    let fits = |role: &str| {
        let r = name_core(role);
        let rest = r.strip_prefix(&format!("{core} "));
        let second_title = rest.is_some_and(|x| {
            let titled = x.split_whitespace().next().is_some_and(personal_noun);
            closed(&core) && titled && x.contains(' ') && closed(x)
        });
        r == core || (rest.is_some() && !second_title)
    };
    let mut groups: Vec<usize> = doc
        .roles
        .iter()
        .filter(|(_, r)| fits(r))
        .map(|(g, _)| *g)
        .collect();
    groups.sort_unstable();
    groups.dedup();
    let last_before = |g: usize| {
        doc.entities
            .iter()
            .filter(|e| e.group == Some(g) && e.end <= a.start)
            .map(|e| e.end)
            .max()
    };
    if let Some(g) = groups.into_iter().max_by_key(|&g| last_before(g)) {
        a.group = Some(g);
    }
}

/// Links a capital acting for its state (نفت موسكو, طالبت واشنطن) to the state's own group
/// when the document names the state (روسيا, الولايات المتحدة): the capital's text stays, its
/// group becomes the state's, as CAMEO codes the capital with the state's code.
pub fn resolve_capital(lx: &Lexicon, doc: &DocView, a: &mut Actor) {
    let key = crate::norm::match_key(&a.text);
    let capital = candidates(&key)
        .into_iter()
        .find_map(|c| lx.capitals.get(&c).cloned());
    let code = crate::actors::country_of(lx, &a.text);
    let Some(code) = capital.filter(|c| code.as_ref() == Some(c)) else {
        return;
    };
    let state = |e: &&EntityRef| {
        let text = &doc.original[e.start..e.end];
        e.etype == "LOC"
            && e.group.is_some()
            && e.group != a.group
            && lx.is_country_name(text)
            && crate::actors::country_of(lx, text).as_ref() == Some(&code)
    };
    if let Some(e) = doc.entities.iter().find(state) {
        a.group = e.group;
    }
}

/// Links the bare kingdom (المملكة) to the last kingdom the text named before it (المملكة
/// العربية السعودية, السعودية, المملكة المتحدة): its group and code.
pub fn resolve_kingdom(lx: &Lexicon, doc: &DocView, a: &mut Actor) {
    const KINGDOMS: [&str; 12] = [
        "SAU", "GBR", "MAR", "JOR", "BHR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA",
    ];
    let key = crate::norm::match_key(&a.text);
    if a.group.is_some() || key.trim_start_matches(['و', 'ف']) != "المملكه" {
        return;
    }
    let kingdom = doc
        .entities
        .iter()
        .filter(|e| e.end <= a.start && e.etype == "LOC" && e.group.is_some())
        .filter(|e| lx.is_country_name(&doc.original[e.start..e.end]))
        .rfind(|e| e.code.as_deref().is_some_and(|c| KINGDOMS.contains(&c)));
    if let Some(e) = kingdom {
        a.group = e.group;
        a.code.clone_from(&e.code);
    }
}

/// Links the forces or members of a named body (قوات الجيش اليمني, عناصر الشرطة) to that body
/// when the document names it on its own elsewhere (الجيش اليمني), or by its head alone when one
/// named body has that head (عناصر الجهاز: جهاز الأمن الوقائي): one actor in CAMEO.
pub fn resolve_forces(doc: &DocView, a: &mut Actor) {
    let core = name_core(&a.text);
    let Some((head, rest)) = core.split_once(' ') else {
        return;
    };
    if !ACTOR_NOUNS.contains(&head) {
        return;
    }
    let named = |e: &&EntityRef| e.group.is_some() && e.group != a.group;
    let core_of = |e: &EntityRef| name_core(&doc.original[e.start..e.end]);
    let body = doc
        .entities
        .iter()
        .filter(named)
        .find(|e| core_of(e) == rest);
    // ... or by its head alone (عناصر الجهاز: جهاز الأمن الوقائي), when one body has that head
    let head = format!("{rest} ");
    let mut headed = doc
        .entities
        .iter()
        .filter(named)
        .filter(|e| !rest.contains(' ') && core_of(e).starts_with(&head))
        .map(|e| e.group);
    let first = headed.next();
    let unique = first.is_some() && headed.all(|g| g == first.flatten());
    if let Some(e) = body {
        a.group = e.group;
    } else if unique {
        a.group = first.flatten();
    }
}

/// The threat an intended coercive act amounts to (تعتزم فرض عقوبات: CAMEO 13): sanctions,
/// reduced relations and coercion threaten non-military force (130), violence military force
/// (138); `None` for other acts.
fn threat_of(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        "16" | "17" => Some("130"),
        "18" | "19" | "20" => Some("138"),
        _ => None,
    }
}

/// The refusal a negated cooperative act amounts to (لن يشارك في المفاوضات, لا وساطة: CAMEO 12
/// "reject"); `None` for other acts.
fn refusal_of(code: &str) -> Option<&'static str> {
    matches!(code.get(..2)?, "03" | "04" | "05" | "06" | "07" | "08").then_some("120")
}

/// Moves an actor that opens on a word's first letter past the word's proclitic conjunctions
/// and prepositions (تابعة لدمشق: دمشق; لوزارة الخارجية: وزارة الخارجية), so the span names the
/// actor and nothing that governs it. The morphology layer splits the word; where a mention
/// covers it, the recogniser must split it the same way (بيونغ يانغ keeps its ب, which the
/// morphology reads as a preposition).
fn strip_proclitics(doc: &DocView, a: &mut Actor) {
    let i = token_from(&doc.tokens, a.start);
    let Some(t) = doc.tokens.get(i).filter(|t| t.start == a.start) else {
        return;
    };
    let body = match doc
        .entities
        .iter()
        .find(|e| e.start < t.end && t.start < e.end)
    {
        Some(e) if e.start != t.body_start => return,
        _ => t.body_start,
    };
    if body > a.start && body < a.end.min(t.end) {
        a.text.drain(..body - a.start);
        a.start = body;
    }
}

/// Drops a conjunction glued to a definite actor name (والعراق -> العراق, فالحكومة ->
/// الحكومة), moving the start past it so the span stays a byte span of the original.
pub fn strip_conjunction(a: &mut Actor) {
    let mut chars = a.text.chars();
    let (Some(c), Some(alef), Some(lam)) = (chars.next(), chars.next(), chars.next()) else {
        return;
    };
    let definite = matches!(alef, 'ا' | 'أ' | 'إ' | 'آ') && lam == 'ل';
    if matches!(c, 'و' | 'ف') && definite && a.text.chars().count() > 4 {
        let n = c.len_utf8();
        a.text.drain(..n);
        a.start += n;
    }
}

/// Whether an actor no code resolves is a natural force (السيول, الأمطار الغزيرة; سيول alone
/// may be Seoul, coded KOR).
fn natural_force(a: &Actor) -> bool {
    if a.code.is_some() {
        return false;
    }
    let key = crate::norm::match_key(&a.text);
    let first = key.split_whitespace().next().unwrap_or_default();
    let bare = first.trim_start_matches(['و', 'ف']);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    NATURAL_FORCES.contains(&bare)
}

/// Adds a statement event; when the dictionary already coded its cue with the same root, the
/// content's target (better grounded than a sentence-level guess) replaces that event's target.
fn add_statement(out: &mut Vec<Event>, ev: Event) {
    let t = &ev.trigger;
    if let Some(prev) = out
        .iter_mut()
        .find(|p| p.trigger.start < t.end && t.start < p.trigger.end && p.root == ev.root)
    {
        // the quote layer resolves speakers (pronouns, roles) better than the verb's window
        prev.source = ev.source;
        if ev.target.is_some() {
            prev.target = ev.target;
        }
        return;
    }
    // one statement act per speaker and root: repeated quotes restate one position
    let said = |p: &Event| {
        p.root == ev.root
            && matches!((&p.source, &ev.source), (Some(a), Some(b)) if same_actor(a, b))
    };
    if out.iter().any(said) {
        return;
    }
    merge_or_push(out, ev);
}

fn entity_index(doc: &DocView) -> Vec<Option<usize>> {
    doc.tokens
        .iter()
        .map(|t| {
            doc.entities
                .iter()
                .position(|e| t.start < e.end && t.end > e.start)
        })
        .collect()
}

/// Merges `ev` into an earlier event with the same root and actors, or appends it (`true`).
/// Differently coded acts of one sentence (طرد السفير، وتجميد العلاقات) stay apart; within a
/// sentence, the sides of a reciprocal act are one pair in either order (`وقّع الأردن والعراق
/// اتفاقا` is one signing, whichever word it is coded from).
fn merge_or_push(out: &mut Vec<Event>, ev: Event) -> bool {
    let same = |a: &Option<Actor>, b: &Option<Actor>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => same_actor(a, b),
        _ => false,
    };
    // two codes of one sentence are two acts (ندد وهدد), unless one is the other's root left
    // unspecified (تظاهر ... احتجاجا: 141 and 140 are one protest)
    let unspecified = |c: &str| c.len() == 3 && c.ends_with('0');
    let distinct = |p: &Event| {
        p.sentence == ev.sentence
            && p.cameo != ev.cameo
            && !unspecified(&p.cameo)
            && !unspecified(&ev.cameo)
    };
    // a reciprocal act's actors, in either order, within one sentence's pair of sides
    let one_side = |p: &Event, a: &Option<Actor>| same(&p.source, a) || same(&p.target, a);
    let same_pair = |p: &Event| {
        reciprocal(&ev.cameo)
            && p.sentence == ev.sentence
            && ev.source.is_some()
            && one_side(p, &ev.source)
            && (ev.target.is_none() || one_side(p, &ev.target))
    };
    let dup = out.iter_mut().find(|p| {
        let pair = same(&p.source, &ev.source) && same(&p.target, &ev.target);
        p.root == ev.root && !distinct(p) && (pair || same_pair(p))
    });
    if let Some(prev) = dup {
        if prev.location.is_none() {
            prev.location = ev.location;
        }
        if prev.date.is_none() {
            prev.date = ev.date;
        }
        return false;
    }
    out.push(ev);
    true
}

/// Two actors are the same entity: same group or specific code, or one name contains the other.
fn same_actor(a: &Actor, b: &Actor) -> bool {
    let (ia, ib) = (actor_identity(a), actor_identity(b));
    if ia == ib {
        return true;
    }
    let (ka, kb) = (text_identity(a), text_identity(b));
    ka.contains(&kb) || kb.contains(&ka)
}

/// The country part (first three letters) of a CAMEO actor code.
fn country_part(code: Option<&str>) -> Option<&str> {
    code.and_then(|c| c.get(..3))
}

/// Whether an act is reciprocal (consult, cooperate, agree): its coordinated actors act together.
/// Of the diplomatic acts (05) only agreeing and cooperating are; praise, support, recognition,
/// apology and forgiveness go one way (رحبت السعودية والإمارات بقرار ترامب: no welcome of each
/// other).
fn reciprocal(code: &str) -> bool {
    matches!(code.get(..2), Some("03" | "04" | "06")) || matches!(code, "05" | "050" | "057")
}

/// Whether two actor codes are one side: the same country where one of them is the country
/// itself (USA and USAGOV) or both the same sector; two sectors of one country (FRACOP and
/// FRAGOV: police and a former president) act on each other.
fn same_side(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    // a state (TUR) acting on its opposition or rebels (TUROPP) acts on another side; rebels
    // and their country's places (PSEREB, غزة) stay one side
    let dissident = |c: &str| ["OPP", "REB", "INS"].iter().any(|d| c.get(3..6) == Some(d));
    let bare = (a.len() <= 3 || b.len() <= 3) && !(a.len() <= 3 && dissident(b));
    country_part(Some(a)) == country_part(Some(b)) && (bare || a == b)
}

/// A definite nisba adjective (البريطانية, الأمريكي): it may stand inside an actor phrase
/// (رئيسة الوزراء البريطانية تيريزا ماي).
/// Broken plurals of dwellers (السكان, الأهالي): people acts are done to, or who are called on.
const DWELLERS: [&str; 2] = ["سكان", "اهالي"];

/// Whether `key` names dwellers (see [`DWELLERS`]).
fn dweller(key: &str) -> bool {
    candidates(key)
        .iter()
        .any(|c| DWELLERS.contains(&c.as_str()))
}

/// The singular of a definite dual that stands for two parties named before (الرئيسان →
/// رييس, البلدان → بلد, الجانبان, الطرفان), a match key.
fn dual_stem(key: &str) -> Option<&str> {
    let stem = key
        .trim_start_matches(['و', 'ف'])
        .strip_prefix("ال")?
        .strip_suffix("ان")?;
    let known = PERSON_DUALS.contains(&stem) || ["بلد", "جانب", "طرف"].contains(&stem);
    known.then_some(stem)
}

/// The duals of [`dual_stem`] that stand for two persons (الرئيسان, الزعيمان, الأميران).
const PERSON_DUALS: [&str; 6] = ["رييس", "زعيم", "وزير", "قايد", "ملك", "امير"];

fn is_nisba(key: &str) -> bool {
    key.strip_prefix("ال").is_some_and(nisba_stem)
}

/// A word without the article that reads as a nisba (روسي, روسيه): three letters or more
/// ending in ي or يه.
fn nisba_stem(word: &str) -> bool {
    word.chars().count() > 2 && (word.ends_with('ي') || word.ends_with("يه"))
}

/// A diplomat noun (دبلوماسيين, سفير, سفيرها, القائم بالأعمال, القنصل): the object of an
/// expulsion, the envoy a summons names.
fn is_diplomat(key: &str) -> bool {
    candidates(key).iter().any(|c| {
        c.starts_with("دبلوماسي") || matches!(c.as_str(), "سفير" | "سفراء" | "قايم" | "قنصل")
    })
}

/// A noun naming a person or people (وزير, رؤساء, مقاتلي), not a collective body (قوات, جيش).
fn personal_noun(key: &str) -> bool {
    let c = candidates(key);
    c.iter().any(|x| ACTOR_NOUNS.contains(&x.as_str()))
        && !c.iter().any(|x| ACTOR_HEADS.contains(&x.as_str()))
}

/// An indefinite masculine sound plural in the nominative, the subject's case, of a stem of
/// four letters or more (يتهم ممثلو ادعاء, زاد مشرعون بريطانيون, اعتبر مدافعون عن حقوق المرأة):
/// people acting. Shorter stems are as often things (قانون, زيتون), and a few long ones too.
fn people_in_nominative(key: &str) -> bool {
    const THINGS: [&str; 5] = ["تلفزيون", "مليون", "بليون", "ترليون", "ملايين"];
    let stem = key.strip_suffix("ون").or_else(|| key.strip_suffix('و'));
    !key.starts_with("ال")
        && !THINGS.contains(&key)
        && stem.is_some_and(|s| s.chars().count() >= 4 && !s.ends_with('ا'))
}

/// A definite adjective that may follow an actor head inside its phrase: a nisba (السلطات
/// الإيرانية) or a participle (الدول المانحة, الجماعات المسلحة, السلطات المحلية).
fn is_adjective(key: &str) -> bool {
    let participle = key
        .strip_prefix("الم")
        .is_some_and(|r| r.chars().count() >= 3);
    // ... or one of the few plain adjectives of bodies' names (الجمعية العامة, اللجنة العليا)
    const PLAIN: [&str; 6] = ["العام", "العامه", "العليا", "الاعلي", "الدايم", "الدايمه"];
    is_nisba(key) || participle || PLAIN.contains(&key)
}

/// Whether `key` is an adjective agreeing with the noun `head` before it: a participle in ين /
/// ون agrees only with a head in ين / ون (الناشطين المناهضين); after another head it names
/// people (حضت السلطات المواطنين: the citizens). A feminine singular head in ة takes a
/// feminine participle (الشرطة العسكرية), not a masculine one (اعتقلت الشرطة المشتبه بهم: the
/// suspects), and so does a plural in ات.
/// `feminine` says whether each is written with ة (the match key spells it ه, like a root's ه:
/// المشتبه).
fn agreeing_adjective(head: &str, key: &str, feminine: (bool, bool)) -> bool {
    let sound = |k: &str| k.ends_with("ين") || k.ends_with("ون");
    let masculine_participle = !feminine.1 && !is_nisba(key);
    // a plural in ات takes a feminine singular adjective (الميليشيات المسلحة): a word in م
    // without ة after it is a noun, its object (تستهدف الميليشيات المراكز المدنية)
    let feminine_plural = head.ends_with("ات");
    is_adjective(key)
        && (!sound(key) || sound(head) || is_nisba(key))
        && !((feminine.0 || feminine_plural) && masculine_participle)
}

/// The end of a hashtag name continuing with `_` right after byte `end` (a mention
/// `ميليشيا` inside `#ميليشيا_الحوثي` ends after `الحوثي`); `end` itself otherwise.
fn hashtag_end(original: &str, end: usize) -> usize {
    let rest = &original[end..];
    if !rest.starts_with('_') {
        return end;
    }
    let len: usize = rest
        .chars()
        .take_while(|c| *c == '_' || c.is_alphanumeric())
        .map(char::len_utf8)
        .sum();
    end + rest[..len].trim_end_matches('_').len()
}

/// A name reduced for identity: hashtag marks and underscores dropped, each word without its
/// clitics and article (لجيش اليمني, #الجيش_اليمني → جيش يمني).
pub fn name_core(text: &str) -> String {
    let k = crate::norm::match_key(&text.replace(['_', '#'], " "));
    k.split_whitespace()
        .map(|w| {
            let w = w
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.chars().count() > 2)
                .unwrap_or(w);
            let w = w
                .strip_prefix(['ب', 'ل', 'ك'])
                .filter(|r| r.chars().count() > 2)
                .unwrap_or(w);
            w.strip_prefix("ال")
                .filter(|r| r.chars().count() > 1)
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The actor's words without a leading conjunction and preposition (وللحكومة → الحكومة);
/// a named entity's mention carries none, so its letters stay (بولندا, لبنان).
fn text_identity(a: &Actor) -> String {
    let k = crate::norm::match_key(&a.text);
    if a.group.is_some() {
        return k;
    }
    let strip = |w: &str, cs: [char; 2]| -> String {
        w.strip_prefix(cs)
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(w)
            .to_string()
    };
    let w = strip(&k, ['و', 'ف']);
    let w = match w.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => w,
    };
    strip(&w, ['ل', 'ب'])
}

fn actor_identity(a: &Actor) -> String {
    match (a.group, &a.code) {
        (Some(g), _) => format!("g{g}"),
        (None, Some(c)) if c.len() > 3 => c.clone(),
        _ => crate::norm::match_key(&a.text)
            .trim_start_matches(['و', 'ف'])
            .to_string(),
    }
}

impl Ctx<'_, '_> {
    /// The match key of token `i`; empty past the end of the text, where a look ahead from
    /// the last word lands.
    fn key(&self, i: usize) -> &str {
        self.doc.tokens.get(i).map_or("", |t| t.key.as_str())
    }

    /// The key of token `i` without a leading conjunction و / ف, unless the letter is the
    /// word's own: the whole word is an actor noun, a trigger or a dictionary actor and the rest
    /// is not (فصائل, فريق, وزير), or fewer than three letters would remain.
    fn bare_key(&self, i: usize) -> &str {
        let k = self.key(i);
        let Some(rest) = k.strip_prefix(['و', 'ف']) else {
            return k;
        };
        let known = |w: &str| {
            candidates(w)
                .iter()
                .any(|c| ACTOR_HEADS.contains(&c.as_str()) || ACTOR_NOUNS.contains(&c.as_str()))
                || self.lx.triggers.contains_key(w)
                || self.lx.actors.contains_key(w)
        };
        if rest.chars().count() < 3 || (known(k) && !known(rest)) {
            k
        } else {
            rest
        }
    }

    fn range(&self) -> std::ops::Range<usize> {
        self.sent.tokens.clone()
    }

    fn sentence_events(&self, st: &mut DocState) -> Vec<(Event, Option<Actor>)> {
        let mut out: Vec<(Event, Option<Actor>)> = Vec::new();
        let mut consumed = Vec::new();
        let mut head: Option<Found> = None;
        for i in self.range() {
            if consumed.contains(&i) || self.ent_of[i].is_some() || self.doc.tokens[i].punct {
                continue;
            }
            let Some(found) = self.trigger_at(i, st) else {
                continue;
            };
            consumed.push(found.noun);
            consumed.push(found.last);
            let coded = match (&head, out.last()) {
                (Some(h), Some((prev, guess))) if self.in_series(&found, h) => {
                    self.series_event(&found, prev).map(|e| (e, guess.clone()))
                }
                _ => self.code_event(&found, st),
            };
            if let Some(ev) = coded {
                // traded accusations are one act each way
                let back = self
                    .traded(&found)
                    .then(|| self.mirrored(&found, &ev.0))
                    .flatten();
                st.trigger_stems.push(found.stem.clone());
                st.last_source.clone_from(&ev.0.source);
                out.push(ev);
                out.extend(back.map(|b| (b, None)));
                head = Some(found);
            }
        }
        self.update_report_date(st);
        out
    }

    /// The act of `ev` the other way round (target as source), when its two parties are the
    /// coordinated subject between the verb and its object (تبادل التحالف والحوثيون الاتهامات; not
    /// a noun's, تبادل حاد للإهانات).
    fn mirrored(&self, f: &Found, ev: &Event) -> Option<Event> {
        let (source, target) = (ev.source.clone()?, ev.target.clone()?);
        let toks = &self.doc.tokens;
        let between = |a: &Actor| a.start > toks[f.first].start && a.end <= toks[f.last].start;
        (between(&source) && between(&target)).then(|| Event {
            source: Some(target),
            target: Some(source),
            ..ev.clone()
        })
    }

    /// Whether `f` is an act traded between two parties (تبادل التحالف والحوثيون الاتهامات).
    fn traded(&self, f: &Found) -> bool {
        f.last > f.first
            && self
                .lookup(f.first)
                .is_some_and(|(_, stem)| stem == "تبادل")
    }

    fn trigger_at(&self, i: usize, st: &DocState) -> Option<Found> {
        let (t, stem) = self.lookup(i)?;
        match t.kind {
            Kind::Report => None,
            Kind::Light if self.threatened(i) || self.any_before(i) => None,
            Kind::Light if stem == "اوقف" && self.detains(i) => Some(Found {
                first: i,
                last: i,
                noun: i,
                code: "173".to_string(),
                stem,
                core: true,
                agent: None,
            }),
            Kind::Light => self.light_noun(i),
            Kind::Event if PATTERN_ONLY.contains(&stem.as_str()) => self
                .light_noun(i)
                .or_else(|| self.resumptive_pattern(i, &stem)),
            Kind::Event => {
                // a definite verbal noun with a country nisba names its agent's act
                let agent = self.nisba_agent(i).map(|a| a.0);
                // a death with its agent is an act wherever it stands (أدى إلى مقتل ... برصاص
                // الجيش); `code_event` drops it without one
                let agent_only = AGENT_ONLY.contains(&stem.as_str());
                if (self.is_complement(i, &stem) && !agent_only)
                    || self.threatened(i)
                    || self.narrator_first_person(i, &stem)
                    || self.speaker_habit(i, &stem, &t.code)
                    || self.any_before(i)
                    || self.is_anaphoric(i, &stem, st)
                    || (self.is_background(i)
                        && agent.is_none()
                        && !agent_only
                        && !self.named_sides(&Found::governed(i, i, &t, stem.clone())))
                    || self.not_perfect_verb(i, &stem)
                    || self.other_sense(i, &stem)
                    || self.happened(i, &stem)
                    || self.ceased(i)
                    || self.cognate_accusative(i, &t.code)
                    || self.framing_meeting(i, &stem)
                    || self.struck_meeting(i, &t.code)
                    || self.anonymity(i)
                    || self.field_of(i)
                    || self.elative_measure(i)
                {
                    return None;
                }
                let code = self.demand_or_appeal(i, self.refine(&stem, i, &t.code));
                let (first, last, agent) = match self.facing_verb(i) {
                    // an act its target faces or receives (وواجهت إسرائيل انتقادات): told from
                    // the target's side like تعرض لـ
                    Some(v) => (v, i, None),
                    // (the support verb of a relative clause belongs to its act noun: الغارات
                    // التي شنتها الطائرات)
                    None => {
                        let relative = || {
                            self.relative_verb(i)
                                .filter(|&v| self.actor_from(v + 1).is_some())
                        };
                        (i, agent.or_else(relative).unwrap_or(i), agent)
                    }
                };
                Some(Found {
                    first,
                    last,
                    noun: i,
                    code,
                    stem,
                    core: t.core,
                    agent,
                })
            }
        }
    }

    /// Whether the meeting noun at `i` only frames a statement in time (قال لكيم خلال اجتماع,
    /// صرح الجعفري خلال اجتماع لمجلس الأمن): the report is about what was said, not a
    /// meeting of the speaker's.
    fn framing_meeting(&self, i: usize, stem: &str) -> bool {
        const FRAMES: [&str; 2] = ["خلال", "اثناء"];
        const MEETINGS: [&str; 5] = ["اجتماع", "لقاء", "محادثات", "مباحثات", "اتصال"];
        if !MEETINGS.contains(&stem) || self.doc.tokens[i].verb {
            return false;
        }
        // an interview with a medium (خلال لقائه مع قناة بلومبرغ) is no meeting, framing or not
        let partner = self.meeting_partner(i);
        if partner == Some(true) {
            return true;
        }
        // (the subject's own meeting is reported: خلال لقائه الرئيس الفرنسي)
        self.written_suffix(i, &["ه", "ها", "هم", "هما"]).is_none()
            // ... and so is a meeting with someone (تناول الوزير، خلال لقاء مع نظيره الروسي)
            && partner.is_none()
            && i > self.sent.tokens.start
            && FRAMES.contains(&self.key(i - 1).trim_start_matches(['و', 'ف']))
    }

    /// Whether the act noun at `i` only names a field after a noun of place (ساحة قتال جديدة,
    /// أرض المعركة, مسرح العمليات): a place, no act.
    fn field_of(&self, i: usize) -> bool {
        const FIELDS: [&str; 5] = ["ساحه", "ساحات", "ارض", "مسرح", "ميدان"];
        i > self.sent.tokens.start
            && !self.doc.tokens[i].verb
            && FIELDS.contains(&self.bare_key(i - 1))
    }

    /// Whether the request at `i` asks for the speaker's anonymity (وطلب عدم ذكر اسمه, طالبا
    /// عدم الكشف عن هويته): a source's condition, no political act.
    fn anonymity(&self, i: usize) -> bool {
        const WITHHELD: [&str; 5] = ["ذكر", "الكشف", "كشف", "نشر", "الافصاح"];
        let next = |n: usize| (i + n < self.sent.tokens.end).then(|| self.key(i + n));
        next(1) == Some("عدم") && next(2).is_some_and(|k| WITHHELD.contains(&k))
    }

    /// Whether the meeting noun at `i` (a consultation code) is what a violent verb struck: its
    /// object right after it or an indefinite accusative within five words (قصفت مقاتلات
    /// التحالف اجتماعا لقيادات حوثية): a target, no meeting the text reports as an act.
    fn struck_meeting(&self, i: usize, code: &str) -> bool {
        if !code.starts_with("04") || self.doc.tokens[i].verb {
            return false;
        }
        // the object right after the verb (استهدفت اجتماع القيادات), or an indefinite
        // accusative past its subject
        let accusative = self.key(i).ends_with('ا');
        let reach = if accusative { 5 } else { 1 };
        let floor = i.saturating_sub(reach).max(self.sent.tokens.start);
        (floor..i)
            .rev()
            .take_while(|&j| !self.boundary(j))
            .any(|j| {
                self.doc.tokens[j].verb
                    && self.lookup(j).is_some_and(|(t, _)| {
                        t.core && matches!(t.code.get(..2), Some("18" | "19" | "20"))
                    })
            })
    }

    /// Whether the name after a مع within three words after the meeting noun at `i` is a
    /// medium's (في اتصال هاتفي مع موقع سكاي نيوز, في لقائه مع قناة بي إف إم: an interview,
    /// counting the word before the name); `None` without مع.
    fn meeting_partner(&self, i: usize) -> Option<bool> {
        let with = (i + 1..(i + 4).min(self.sent.tokens.end))
            .take_while(|&j| !self.boundary(j))
            .find(|&j| self.key(j) == "مع")?;
        let partner = (with + 1..self.sent.tokens.end).find_map(|j| self.ent_of[j].map(|e| (e, j)));
        let media = partner.is_some_and(|(e, j)| {
            let ent = &self.doc.entities[e];
            let from =
                |start: usize| crate::statements::is_media(&self.doc.original[start..ent.end]);
            from(ent.start) || from(self.doc.tokens[j - 1].start)
        });
        Some(media)
    }

    /// Whether تجمع at `i` (after `prev`) brings parties together, names a gathering point, a
    /// campaign rally or populated areas (see [`Ctx::other_sense`]).
    fn gathering_not_protest(&self, i: usize, prev: Option<&str>) -> bool {
        const POINTS: [&str; 3] = ["مركز", "نقطه", "مراكز"];
        const OPENERS: [&str; 7] = ["و", "حيث", "فيما", "بينما", "امام", "خلال", "في"];
        let after = (i + 1 < self.sent.tokens.end).then(|| self.key(i + 1));
        let rally = after.is_some_and(|k| k.starts_with("لانصار") || k.starts_with("انتخاب"));
        let populated = after.is_some_and(|k| k.starts_with("سكاني"));
        let after_noun = |k: &str| {
            !k.starts_with("ال")
                && self.ent_of[i - 1].is_none()
                && !self.doc.tokens[i - 1].verb
                && !self.doc.tokens[i - 1].punct
                && !OPENERS.contains(&k)
                && !TIME_WORDS.contains(&k)
        };
        let bring = after == Some("بين")
            || prev.is_some_and(|k| matches!(k, "التي" | "الذي") || after_noun(k));
        rally || populated || bring || prev.is_some_and(|k| POINTS.contains(&k))
    }

    /// Whether the perfect verb أوقف at `i` detains people: after its subject, in its clause, a
    /// person's name or counted people (أوقفت السلطات الأمنية الثلاثاء جنينة, أوقفت المملكة
    /// عشرات الأمراء); it halts things otherwise (أوقفت روسيا تسيير الرحلات).
    fn detains(&self, i: usize) -> bool {
        const COUNTS: [&str; 5] = ["عشرات", "مئات", "الاف", "شخصا", "اشخاص"];
        // توقف (form V) stops, it detains no one (وتوقف الرئيس لتحية مؤيديه, لكنها توقفت)
        if self.bare_opens(i, &["توقف", "يتوقف", "تتوقف"]) {
            return false;
        }
        let perfect = self.doc.tokens[i].verb && !self.not_perfect_verb(i, "اوقف");
        let end = (i + 8).min(self.sent.tokens.end);
        // after the subject, in the clause (أوقف في 2014: a passive, no one named after it)
        let clause = (i + 1..end)
            .take_while(|&j| !self.boundary(j) && !self.is_prep(j))
            .skip(1);
        let people = |j: usize| {
            let person = self.ent_of[j].is_some_and(|e| self.doc.entities[e].etype == "PER");
            let counted = COUNTS.contains(&self.key(j))
                || (crate::classify::is_number(self.key(j)) && j + 1 < end);
            person || counted
        };
        // (a people's noun right after it is the detained, the verb a passive: أوقف تونسي يشتبه
        // بأنه كان حارسا لأسامة بن لادن; and a name governed by ل or ب is no object)
        let passive = i + 1 < end && {
            let k = self.key(i + 1);
            !k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يا"))
        };
        let governed = |j: usize| {
            let k = self.key(j);
            (k.starts_with('ل') || k.starts_with('ب')) && !k.starts_with("ال")
        };
        let object = clause
            .filter(|&j| self.lookup(j).is_none() && !governed(j))
            .find(|&j| people(j));
        perfect && !passive && object.is_some()
    }

    /// The country nisba right after a definite plural verbal noun (العقوبات الأمريكية,
    /// الاتهامات البريطانية): its token and country code.
    fn nisba_agent(&self, i: usize) -> Option<(usize, String)> {
        let k = self.bare_key(i);
        let plural = k.starts_with("ال") && k.ends_with("ات");
        let j = i + 1;
        if !plural || j >= self.sent.tokens.end || self.ent_of[j].is_some() {
            return None;
        }
        let keys = [self.key(j).to_string()];
        let (e, _) = self.lx.actor_at(&keys, 0)?;
        let country = self.lx.countries.contains(&e.code);
        (country && is_nisba(&keys[0])).then(|| (j, e.code.clone()))
    }

    /// The agent of a verbal noun whose nisba names a country: the document's mention of that
    /// country (العقوبات الأمريكية → الولايات المتحدة), else the nisba itself.
    fn agent_of(&self, j: usize) -> Option<Actor> {
        let (_, code) = self.nisba_agent(j - 1)?;
        self.country_actor(j, code)
    }

    /// The country of an act noun right after the verb qualified by a country nisba (استهدفت
    /// غارة أمريكية قياديا): the act's performer.
    fn act_nisba_subject(&self, f: &Found) -> Option<Actor> {
        self.act_nisba(f.last + 1)
    }

    /// The country of the indefinite act noun at token `j` by its nisba, past up to two
    /// adjectives of manner (غارة أمريكية, ضربة جوية تركية, ضربات جوية أمريكية بريطانية: the
    /// first country).
    pub(super) fn act_nisba(&self, j: usize) -> Option<Actor> {
        // indefinite: a definite act noun after the verb is its object (انتقد العقوبات الأمريكية)
        let indefinite = |k: &str| !k.starts_with("ال") && (k.ends_with('ي') || k.ends_with("يه"));
        // (the verb may close the text: no word after it)
        let act = j < self.sent.tokens.end
            && self.ent_of[j].is_none()
            && !self.key(j).starts_with("ال")
            && self.lookup(j).is_some_and(|(t, _)| t.kind == Kind::Event);
        if !act {
            return None;
        }
        let country = |n: usize| {
            let keys = [self.key(n).to_string()];
            let (e, _) = self.lx.actor_at(&keys, 0)?;
            self.lx.countries.contains(&e.code).then(|| e.code.clone())
        };
        let end = (j + 4).min(self.sent.tokens.end);
        let (n, code) = (j + 1..end)
            .take_while(|&n| self.ent_of[n].is_none() && indefinite(self.key(n)))
            .find_map(|n| country(n).map(|c| (n, c)))?;
        self.country_actor(n, code)
    }

    /// The country a nisba at token `j` names: the document's mention of it, else the nisba.
    fn country_actor(&self, j: usize, code: String) -> Option<Actor> {
        if let Some(e) = country_mention(self.lx, self.doc, &code, self.key(j)) {
            return Some(crate::statements::entity_actor(self.doc, e));
        }
        Some(self.span_actor(j, j, Some(code)))
    }

    fn lookup(&self, i: usize) -> Option<(crate::lexicon::Trigger, String)> {
        let tok = &self.doc.tokens[i];
        // an adverbial accusative (غير متكافئة إطلاقا: "at all") names no act, and a possessed
        // مسيرة is a career (مسيرته السياسية), not a march
        let written = &self.doc.original[tok.start..tok.end];
        let career = tok.key.trim_start_matches('و').starts_with("مسير")
            && ["ته", "تها", "تهم"].iter().any(|p| written.ends_with(p));
        // a counted طالب is a student (أكثر من 50 طالبا وطالبة), not "demanding"
        let student = tok.key.trim_start_matches('و').starts_with("طالب")
            && i > self.sent.tokens.start
            && (crate::classify::is_number(self.key(i - 1)) || self.key(i - 1).starts_with("طالب"));
        if ADVERBIAL_MASDARS.contains(&tok.key.as_str()) || career || student {
            return None;
        }
        let by_stem = tok.stem.as_ref().and_then(|s| {
            let t = self.lx.triggers.get(s)?;
            Some((t.clone(), s.clone()))
        });
        // a possessed هاتف is a telephone (عبر هاتفه), not a call
        let possessed = || {
            crate::norm::possessed_candidates(&tok.key)
                .into_iter()
                .filter(|s| s != "هاتف")
                .find_map(|s| self.lx.triggers.get(&s).map(|t| (t.clone(), s)))
        };
        // a derived-form imperfect (تفرج, يلتقي) is looked up by its perfect (افرج, التقي), a
        // defective verb's feminine or plural past (أجرت) by its perfect (اجري), a hollow
        // verb's imperfect (يدين) by its perfect (دان)
        let derived = || {
            tok.verb.then_some(())?;
            let key = &tok.key;
            let forms = [
                crate::norm::derived_perfect_candidates(key),
                crate::norm::defective_candidates(key),
            ];
            forms
                .into_iter()
                .flatten()
                .find_map(|s| self.lx.triggers.get(&s).map(|t| (t.clone(), s)))
        };
        // whatever the morphology read: يدين is tagged the dual of يد more often than not
        let hollow = || {
            crate::norm::hollow_perfect_candidates(&tok.key)
                .into_iter()
                .find_map(|s| self.lx.triggers.get(&s).map(|t| (t.clone(), s)))
        };
        // the masculine هنأ (congratulated) is told from the adverb هنا by its written hamza
        let congratulated = || {
            let stem = (written.trim_start_matches(['و', 'ف']) == "هنأ").then_some("هنات")?;
            self.lx
                .triggers
                .get(stem)
                .map(|t| (t.clone(), stem.to_string()))
        };
        let found = by_stem
            .or_else(|| self.lx.trigger(&tok.key).map(|(t, s)| (t.clone(), s)))
            .or_else(possessed)
            .or_else(derived)
            .or_else(hollow)
            .or_else(congratulated);
        // a support verb coded only through its object is never a noun in ة or with a pronoun
        // (حملته: his campaign, not حمل "blamed")
        // ... unless the ه is the stem's own (وجه نداء, ووجه تحذيرا)
        let noun = |(t, s): &(crate::lexicon::Trigger, String)| {
            let own = tok.key == *s || tok.key.strip_prefix(['و', 'ف']) == Some(s.as_str());
            t.kind == Kind::Light
                && PATTERN_ONLY.contains(&s.as_str())
                && !tok.verb
                && tok.key.ends_with('ه')
                && !own
        };
        found.filter(|f| !noun(f))
    }

    /// A pattern-only verb at `i` whose object is the antecedent of its pronoun (صاروخا أطلقته
    /// الميليشيا, الصواريخ التي أطلقها الحوثيون): the pattern the antecedent makes with it.
    fn resumptive_pattern(&self, i: usize, verb: &str) -> Option<Found> {
        self.written_suffix(i, &["ها", "ه"])?;
        let lo = i.saturating_sub(3).max(self.sent.tokens.start);
        let (object, code) = (lo..i)
            .rev()
            .filter(|&j| !RELATIVES.contains(&self.key(j)) && !is_adjective(self.key(j)))
            .find_map(|j| light_pattern(verb, self.key(j)))?;
        Some(Found {
            first: i,
            last: i,
            noun: i,
            code: code.to_string(),
            stem: object.to_string(),
            core: true,
            agent: None,
        })
    }

    /// The noun a support verb governs (عقد ... اجتماعا, شنت 10 آلاف غارة).
    fn light_noun(&self, i: usize) -> Option<Found> {
        let end = (i + LIGHT_WINDOW).min(self.sent.tokens.end);
        let verb = self.lookup(i).map(|(_, stem)| stem).unwrap_or_default();
        if parties::UNDERGO.contains(&verb.as_str()) {
            return self.undergone(i);
        }
        // an agreement is reached, not sought (للتوصل إلى اتفاق, يأمل في التوصل, قد يتوصل) nor
        // denied (التوصل إلى أي اتفاق): the perfect, or the noun an announcement governs
        if verb == "توصل" && !self.reached(i) {
            return None;
        }
        // a support verb that acts only as a perfect (سحبت روسيا قواتها, not يريد سحب قواته);
        // unmarked سحب with its object right after it is the noun (قررت سحب قواتها), which is
        // written like the verb: the verb's subject stands between (سحب الجيش السوري قواته)
        let object_next = || {
            let next = i + 1;
            verb == "سحب"
                && self.bare_key(i) == verb
                && next < self.sent.tokens.end
                && light_pattern(&verb, self.key(next)).is_some()
        };
        if VERB_ONLY.contains(&verb.as_str()) && (self.not_perfect_verb(i, &verb) || object_next())
        {
            return None;
        }
        // verbs whose object alone fixes the act (رفع العقوبات, أبدى استعداده) and verbs whose
        // act is the noun right after their preposition (أعرب عن قلقه)
        let pattern_only = PATTERN_ONLY.contains(&verb.as_str());
        let after_prep = PREP_LIGHT.iter().find(|(v, _)| *v == verb).map(|(_, p)| *p);
        let patterned = CORE_PATTERNS.iter().any(|(v, _, _)| *v == verb);
        // words between the verb and token j that are no part of its subject
        let mut plain = 0;
        // whether the preposition of a prepositional support verb has been passed: its noun
        // then lies in the same clause (تشارك الجزائر في المسلسل، وأن ... في البحث)
        let mut prep_seen = false;
        // the end of a relative aside between the verb's parties and its object (حملت الرئاسة
        // حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية): its words do not count
        let mut aside_end = i;
        for j in i + 1..end {
            if j <= aside_end {
                continue;
            }
            if prep_seen && self.boundary(j) {
                return None;
            }
            if let Some(close) = self.relative_aside(j) {
                aside_end = close;
                continue;
            }
            let clitic = |p: &str| p == "ب" && self.b_clitic(j);
            prep_seen |= after_prep.is_some_and(|p| self.key(j) == p || clitic(p));
            if j > i + 1 && !self.subject_word(j - 1) {
                plain += 1;
            }
            // ... or carries it (توصل لاتفاق)
            let governed = after_prep.is_none_or(|p| {
                self.key(j - 1) == p || clitic(p) || p == "الي" && self.purpose_noun(j, "")
            });
            // a name right after the verb may open with its object (فتح معبر رفح: the crossing),
            // and a withdrawal's may be a named body (انسحبت الولايات المتحدة من المجلس)
            let first_of_name = self.ent_of[j].is_some() && self.mention_first(j) == j;
            let opens_name = j == i + 1 && first_of_name;
            let named_object = first_of_name && verb == "انسحب";
            if self.ent_of[j].is_some() && !opens_name && !named_object {
                continue;
            }
            // قضى / أمر take their sentence with ب in their own clause (قضت المحكمة بإعدام):
            // another verb first (أمر تجسسه ... وحكم عليه بالسجن) ends the search
            // ... and أمر right after a verb is its object noun (اكتشف أمر تجسسه: the matter
            // of his spying), no order
            let ba_verb = BA_OBJECT_VERBS.contains(&verb.as_str());
            let object_noun = i > self.sent.tokens.start && self.doc.tokens[i - 1].verb;
            if ba_verb && (self.doc.tokens[j].verb || object_noun) {
                return None;
            }
            let ba_object = !ba_verb || self.b_clitic(j);
            let pattern = (patterned && governed && ba_object && plain < PATTERN_WINDOW)
                .then(|| light_pattern(&verb, self.key(j)))
                .flatten();
            if opens_name && pattern.is_none() {
                continue;
            }
            if pattern.is_some() && self.demonstrated(j) {
                return None;
            }
            if let Some((object, code)) = pattern {
                return Some(Found {
                    first: i,
                    last: j,
                    noun: j,
                    code: code.to_string(),
                    stem: object.to_string(),
                    core: true,
                    agent: None,
                });
            }
            if pattern_only || !governed || self.dawn(j) {
                continue;
            }
            let Some((t, stem)) = self.lookup(j) else {
                continue;
            };
            // a purpose complement (لاتهامه) is no object of the support verb, nor is a word in
            // another sense (يشارك في البحث عن الفار: a search)
            if t.kind == Kind::Report || self.purpose_noun(j, &stem) || self.other_sense(j, &stem) {
                return None;
            }
            // a definite noun right after the support verb is its subject, not its object
            // (دخلت العقوبات حيز التنفيذ): the noun is then coded on its own
            if t.kind == Kind::Event && t.core && j == i + 1 && self.key(j).starts_with("ال") {
                return None;
            }
            // ... and a verb-only act is no noun of a support verb (تلقى تعويضا عن إقالته)
            if VERB_ONLY.contains(&stem.as_str()) && self.form_iv_noun(j) {
                return None;
            }
            if t.kind == Kind::Event && t.core && !self.demonstrated(j) {
                return Some(Found::governed(i, j, &t, stem));
            }
        }
        None
    }

    /// Whether the support verb at `i` carries the ب of a threat before it in its clause (هددت
    /// واشنطن بفرض عقوبات, لوحت بفرض): the act threatened, not done.
    fn threatened(&self, i: usize) -> bool {
        // ... and the object noun of that support verb (هددت بفرض عقوبات)
        let object = i > self.sent.tokens.start
            && self
                .lookup(i - 1)
                .is_some_and(|(t, _)| t.kind == Kind::Light)
            && self.threatened(i - 1);
        if object {
            return true;
        }
        if !self.key(i).trim_start_matches('و').starts_with('ب') {
            return false;
        }
        // (past a relative aside on the threatener: وهدد تنظيم الدولة، الذي سيطر على ثلث
        // العراق، بشن هجمات)
        self.words_back(i, 6)
            .into_iter()
            .take_while(|&j| !self.boundary(j))
            .any(|j| {
                self.lookup(j)
                    .is_some_and(|(t, _)| t.code.starts_with("13"))
            })
    }

    /// Whether a team or a competition is named within four words of token `i` (لقاء المنتخب
    /// السعودي مع, مباراة, الدوري): a match, no political meeting.
    fn sports_match(&self, i: usize) -> bool {
        const SPORT: [&str; 7] = ["منتخب", "فريق", "نادي", "مباراه", "دوري", "كاس", "ملعب"];
        let lo = i.saturating_sub(4).max(self.sent.tokens.start);
        // (the match may close the verb's object: سيطرت كرواتيا على معظم فترات المباراة)
        let hi = (i + 6).min(self.sent.tokens.end);
        (lo..hi).any(|j| self.word_among(j, &SPORT))
    }

    /// Whether token `j`, past its clitics and article, is one of `words` (match keys, no
    /// article) in one of its stemming candidates.
    pub(super) fn word_among(&self, j: usize, words: &[&str]) -> bool {
        candidates(self.bare_key(j))
            .iter()
            .any(|c| words.contains(&c.trim_start_matches("ال")))
    }

    /// Whether the imperfect call at `i` (يدعو, تدعو) tells what a text or a state of things
    /// calls for (مشروع قرار يدعو إلى, بيان يدعو, ما يدعو إلى القلق), not an actor's appeal.
    fn document_calls(&self, i: usize) -> bool {
        const TEXTS: [&str; 16] = [
            "لافتات",
            "لافته",
            "شعارات",
            "قرار",
            "مشروع",
            "بيان",
            "نص",
            "رساله",
            "تقرير",
            "وثيقه",
            "اعلان",
            "مبادره",
            "خطه",
            "اقتراح",
            "مقترح",
            "مسوده",
        ];
        let imperfect = ['ي', 'ت'].iter().any(|p| self.bare_key(i).starts_with(*p));
        let is_text = |j: usize| {
            candidates(self.key(j))
                .iter()
                .any(|c| TEXTS.contains(&c.as_str()))
        };
        // the text before it (بيان لمجلس الأمن الدولي يدعو, وأضافت المسودة "يدعو مجلس الأمن")
        // or after it (يدعون في مسودة البيان)
        let lo = i.saturating_sub(6).max(self.sent.tokens.start);
        let before = (lo..i).any(|j| matches!(self.key(j), "ما" | "الذي" | "التي") || is_text(j));
        let hi = (i + 5).min(self.sent.tokens.end);
        let after = (i + 1..hi).any(|j| self.key(j) == "في" && j + 1 < hi && is_text(j + 1));
        imperfect && (before || after)
    }

    /// Whether the توصل at `i` reports an agreement reached: a perfect verb (توصلت روسيا إلى),
    /// or the verbal noun an announcing verb governs (أعلنت روسيا التوصل إلى), never before أي.
    fn reached(&self, i: usize) -> bool {
        let k = self.bare_key(i);
        // (a stem in ت hides the feminine imperfect's ت from `is_imperfect`: تتوصل)
        let imperfect = is_imperfect(k, "توصل") || k.starts_with("تت");
        let noun = k.starts_with("ال") || self.purpose_noun(i, "توصل");
        let perfect = !noun && !imperfect;
        (perfect || noun && self.announced(i)) && !self.any_after(i)
    }

    /// Whether أي ("any") stands within three words after token `i`, in its clause: the act
    /// it qualifies is denied or asked about (نفى التوصل إلى أي اتفاق), not reported.
    fn any_after(&self, i: usize) -> bool {
        let end = (i + 4).min(self.sent.tokens.end);
        (i + 1..end)
            .take_while(|&j| !self.boundary(j))
            .any(|j| self.key(j) == "اي")
    }

    /// Whether أي ("any") qualifies the act at `i`, right before it or before the noun it
    /// qualifies (تحسبا لأي ضربة, لأي ضربة تستهدف, وأي عمل يستهدف أمن الأردن): an act that may
    /// come, not one that happened. Cooperation qualified so is what a refusal rejects
    /// (استبعد أي مفاوضات: a refusal, coded through the negated act), so it is left to that.
    fn any_before(&self, i: usize) -> bool {
        let cooperative = self.lookup(i).is_some_and(|(t, _)| {
            matches!(
                t.code.get(..2),
                Some("03" | "04" | "05" | "06" | "07" | "08")
            )
        });
        if cooperative {
            return false;
        }
        let any = |j: usize| {
            let k = self.key(j).trim_start_matches(['و', 'ل', 'ب', 'ف']);
            matches!(k, "اي" | "ايه")
        };
        let lo = i.saturating_sub(2).max(self.sent.tokens.start);
        (lo..i).rev().take_while(|&j| !self.boundary(j)).any(any)
    }

    /// Words whose act depends on the preposition after them (past the subject's words): بحث
    /// عن is a search (البحث عن الفار), not talks; حقق investigates only with في or مع (حقق
    /// فوزا is an achievement); طعن في is an appeal, not a stabbing; دان لـ owes, not condemns.
    fn other_sense(&self, i: usize, stem: &str) -> bool {
        let next = (i + 1..self.sent.tokens.end)
            .find(|&j| !self.subject_word(j) || j > i + 3)
            .map(|j| self.key(j));
        let prev_key = (i > self.sent.tokens.start).then(|| self.key(i - 1));
        // دان لـ owes (تدين له بالفضل), دان condemns
        let owed = || {
            let k = (i + 1 < self.sent.tokens.end).then(|| self.key(i + 1));
            k.is_some_and(|k| k.starts_with('ل') && !k.starts_with("ال"))
        };
        // قاطع after a verbal noun or بشكل is "categorical" (رفضه رفضا قاطعا, نفى بشكل قاطع)
        let categorical = || {
            prev_key
                .is_some_and(|k| k == "بشكل" || (k.ends_with('ا') && !self.doc.tokens[i - 1].verb))
        };
        // whether one of the `n - 1` words after the trigger, in its clause, has a stemming
        // candidate that `hit` accepts
        let near = |n: usize, hit: &dyn Fn(&str) -> bool| {
            (i + 1..(i + n).min(self.sent.tokens.end))
                .take_while(|&j| !self.boundary(j))
                .any(|j| candidates(self.key(j)).iter().any(|c| hit(c)))
        };
        // استقبل hosts refugees and migrants (استقبل مليون لاجئ), meets people otherwise
        const DISPLACED: [&str; 4] = ["لاجي", "مهاجر", "نازح", "مهجر"];
        let hosts = || near(6, &|c| DISPLACED.iter().any(|d| c.starts_with(d)));
        // احتل takes a rank (احتلت مصر المرتبة العاشرة), not only a land
        const RANKS: [&str; 4] = ["مرتبه", "مركز", "صداره", "ترتيب"];
        let ranked = || near(5, &|c| RANKS.contains(&c));
        // calling elections (دعت رئيسة الوزراء إلى انتخابات مبكرة) appeals to no one
        let elections = || near(10, &|c| c == "انتخابات");
        // حظر in a treaty's or body's name (اتفاقية حظر الأسلحة الكيمياوية) bans nothing
        let named_ban = || {
            const NAMES: [&str; 4] = ["اتفاقيه", "معاهده", "منظمه", "اتفاق"];
            prev_key.is_some_and(|k| candidates(k).iter().any(|c| NAMES.contains(&c.as_str())))
        };
        // منع bans someone from something (منعت الشرطة نشطاء من إطلاق, ومنعهم من اقتحام) or a
        // gathering (منعت التجمع); otherwise it prevents a happening (منع انتشاره, منع الحمل)
        let prevents = || {
            let clause = i + 1..(i + 10).min(self.sent.tokens.end);
            // المزيد من is "more of", no "from"
            let from = |j: usize| {
                self.key(j) == "من" && !candidates(self.key(j - 1)).iter().any(|c| c == "مزيد")
            };
            let blocked = |j: usize| light_pattern("منع", self.key(j)).is_some();
            let gathering = |j: usize| {
                self.lookup(j)
                    .is_some_and(|(t, _)| t.code.starts_with("14"))
            };
            !clause
                .into_iter()
                .any(|j| from(j) || blocked(j) || gathering(j))
        };
        match stem {
            "احتل" => ranked(),
            // ... and what led someone to act (مما دعا طهران إلى دعوة رعاياها) prompted, no appeal
            // ... and تداعيات are repercussions (ستتجاوز تداعياتها حدود البلدين)
            "دعا" | "دعت" | "داعي" | "دعوه" => {
                elections()
                    || self.document_calls(i)
                    || matches!(prev_key, Some("ما" | "مما"))
                    || self.bare_key(i).contains("تداعي")
            }
            // the assault dictionary's loose senses: ظهر (its "express": بعد ظهر السبت, the
            // afternoon) and أصبح (became) name no attack, nor does its بدأ ("look": ويبدو أن, it
            // seems; بدأت المحكمة النظر, began) unless what begins is a fight (بدأ الجيش التركي
            // عملية, بدأت الفرقة أول معركة), its تقدم when something is submitted (طلب تقدم به
            // جنود, تقدمت بشكوى) or its imperfect ضم (حشد يضم عناصر: comprises)
            "ظهر" | "اصبح" => true,
            "بدا" => {
                const FIGHTS: [&str; 6] = ["عمليه", "معركه", "حمله", "هجوم", "هجوما", "غارات"];
                !near(8, &|c| FIGHTS.contains(&c))
            }
            "تقدم" => {
                const SUBMITTED: [&str; 5] = ["طلب", "شكوي", "دعوي", "مشروع", "اقتراح"];
                let submitted = |k: &str| {
                    candidates(k)
                        .iter()
                        .any(|c| SUBMITTED.contains(&c.as_str()))
                };
                matches!(next, Some("به" | "بها" | "بهم" | "بهما"))
                    || prev_key.is_some_and(submitted)
                    || next.is_some_and(|k| k.strip_prefix('ب').is_some_and(submitted))
            }
            "ضم" => self.bare_opens(i, &["يضم", "تضم"]),
            // votes, support or efforts gathered (حشد الأصوات اللازمة) mobilise no troops, and a
            // crowd one speaks before is none (أمام حشد من السفراء)
            "حشد" => {
                const GATHERED: [&str; 5] = ["اصوات", "تاييد", "دعم", "جهود", "طاقات"];
                near(3, &|c| GATHERED.contains(&c.trim_start_matches("ال")))
                    || matches!(prev_key, Some("امام" | "وسط"))
            }
            // demand in a market (الطلب على النفط, وطلب عالمي) asks no one
            "طلب" => {
                let after = (i + 1 < self.sent.tokens.end).then(|| self.key(i + 1));
                !self.doc.tokens[i].verb && matches!(after, Some("علي" | "عالمي" | "العالمي"))
            }
            // a drone (طائرة مسيرة, الطائرات المسيرة) is no march
            "مسيره" => prev_key.is_some_and(|k| {
                candidates(k)
                    .iter()
                    .any(|c| c.trim_start_matches("ال").starts_with("طاير"))
            }),
            // a storm or a flood sweeping a land invades nothing (اجتاح الإعصار مكونو جزيرة سقطرى)
            "اجتاح" | "اجتياح" => {
                const WEATHER: [&str; 6] = ["اعصار", "عاصفه", "سيول", "فيضانات", "زلزال", "امطار"];
                near(4, &|c| WEATHER.contains(&c.trim_start_matches("ال")))
            }
            // أفضى / يفضي lead to (أفضت إلى تعيين), no dispersal
            "فض" => self.bare_opens(i, &["افض", "يفضي", "تفضي"]),
            // وعدة is "and several" (بين القاهرة وعدة دول), no promise
            "وعد" => {
                let t = &self.doc.tokens[i];
                self.doc.original[t.start..t.end].ends_with('ة')
            }
            "منع" => prevents(),
            "حظر" => named_ban(),
            "بحث" => next == Some("عن"),
            // a reception party (حفل استقبال) is no meeting
            "استقبل" | "استقبال" => hosts() || prev_key == Some("حفل"),
            // recognition names what it recognises (اعترفت بإسرائيل, الاعتراف بالقدس); without a
            // name it admits or confesses (اعترف بأنه كان يخطط, اعترفت بوجود حقائق صعبة)
            "اعترف" | "اعتراف" => !self.recognises(i),
            // the verb helps someone do something (يساعد الشباب على, ساعدتها على بناء): no
            // material aid unless money, arms or supplies follow it (ساعد ... بالمال)
            "ساعد" => {
                const GOODS: [&str; 5] = ["مال", "اموال", "اسلحه", "سلاح", "مساعدات"];
                self.doc.tokens[i].verb
                    && !near(6, &|c| {
                        c.strip_prefix('ب')
                            .map(|r| r.trim_start_matches("ال"))
                            .is_some_and(|r| GOODS.contains(&r))
                    })
            }
            // the adjective of an attack noun (تفجير انتحاري, هجوما انتحاريا): the noun is the act
            "انتحاري" => prev_key.is_some_and(|k| {
                candidates(k).iter().any(|c| {
                    matches!(
                        c.as_str(),
                        "هجوم" | "هجمات" | "تفجير" | "تفجيرات" | "عمليه" | "اعتداء"
                    )
                })
            }),
            // an asylum seeker (طالب لجوء) demands nothing
            "طالب" => matches!(next, Some("لجوء" | "اللجوء")),
            // the imperfect يضرب strikes from work with عن (يضرب الطلاب عن الدراسة); without it
            // it hits (إعصار يضرب ألمانيا, سنضرب سنجار); the noun إضراب and the perfect أضرب stay
            "اضرب" => {
                let k = self.bare_key(i);
                let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
                let imperfect =
                    ["يضرب", "تضرب", "نضرب", "سيضرب", "ستضرب", "سنضرب", "يضربون"].contains(&k);
                imperfect && !near(5, &|c| c == "عن")
            }
            "قاطع" => categorical(),
            // يوقع الهدف scores a goal; وقع before a violent or protest noun is "occurred" (وقع
            // قصف إسرائيلي, وقعت اشتباكات), before في "fell into"
            "وقع" => {
                // وقع في falls into (تسلل وقع فيها بنزيمة, وقع في الأسر)
                let falls = (i + 1 < self.sent.tokens.end)
                    && matches!(self.key(i + 1), "في" | "فيها" | "فيه" | "فيهم");
                falls
                    || self.signs_a_decree(i)
                    || self.expects(i)
                    || next.is_some_and(|k| candidates(k).iter().any(|c| c == "هدف"))
                    || (i + 1 < self.sent.tokens.end
                        && self.lookup(i + 1).is_some_and(|(t, _)| {
                            t.kind == Kind::Event
                                && matches!(t.code.get(..2), Some("14" | "18" | "19" | "20"))
                        }))
            }
            // لقاء + an indefinite noun is "in exchange for" (معاش لقاء أرض): a meeting names a
            // party, takes مع or is definite
            // a match between teams (لقاء المنتخب السعودي) is sport, no meeting
            "لقاء" => self.in_exchange(i) || self.sports_match(i),
            // a team controls a match (سيطرت كرواتيا على معظم فترات المباراة), no land
            "سيطر" => self.sports_match(i),
            // the telecom sector (شركة الاتصالات, قطاع الاتصالات), its sites (مركز اتصالات) and its
            // devices (أجهزة اتصال لاسلكية, معدات اتصال) make no calls; a call with journalists (خلال اتصال مع
            // صحافيين) is a statement, no meeting
            "اتصال" => {
                const THINGS: [&str; 13] = [
                    "شركه",
                    "قطاع",
                    "وزاره",
                    "هييه",
                    "شبكه",
                    "اجهزه",
                    "جهاز",
                    "معدات",
                    "وسايل",
                    "خطوط",
                    "مركز",
                    "موقع",
                    "ابراج",
                ];
                let thing = prev_key
                    .is_some_and(|k| candidates(k).iter().any(|c| THINGS.contains(&c.as_str())));
                thing || near(4, &|c| c.starts_with("صحاف") || c.starts_with("صحفي"))
            }
            // a conviction (إدانته بالانتماء إلى التنظيم, أدانه الفاتيكان بالاعتداء) is part of
            // the verdict the court's sentence codes, no condemnation; فدان is the acre (35 ألف
            // فدان), no ف + دان
            "دان" => owed() || self.convicts(i) || self.key(i).trim_start_matches('و') == "فدان",
            "ادان" | "ادانه" => self.convicts(i),
            // the imperfect يستهدف / تستهدف aims (الحكومة تستهدف خفض الدعم) or describes a
            // habit (القنابل التي عادة ما تستهدف قوات الأمن); no gold file codes it, but a
            // sentence may open on it as a headline's present (تستهدف الطائرات مواقع), and the
            // time it happens is named with فيها (المرة الأولى التي تستهدف فيها الميليشيات); a
            // headline opens with no conjunction (ويستهدف البنك المركزي إبقاء التضخم aims)
            "استهدف" => {
                let when = matches!(next, Some("فيها" | "فيه"));
                let headline = i == self.sent.tokens.start && self.key(i) == self.bare_key(i);
                !self.bare_key(i).starts_with("است") && !headline && !when
            }
            // وزارة, وزارات, وزارته are ministries; only و + the verb visits (وزار كيم الصين,
            // وزارت, وزاروا)
            "زار" => {
                let k = self.key(i);
                k.starts_with("وزار") && !matches!(k, "وزار" | "وزارت" | "وزاروا" | "وزارا")
            }
            // اتفق أن / على أن agrees in an opinion (اتفق القضاة أن القانون مخالف للدستور), and
            // بما يتفق مع is "in keeping with"
            "اتفق" => {
                let end = (i + 8).min(self.sent.tokens.end);
                let opinion = (i + 1..end)
                    .take_while(|&j| !self.boundary(j) && self.key(j) != "مع")
                    .any(|j| matches!(self.key(j), "ان" | "بان"));
                opinion || matches!(prev_key, Some("بما" | "ما"))
            }
            // حققها achieves (المكاسب التي حققها), حقق في / مع investigates
            "حقق" => {
                !matches!(next, Some("في" | "مع"))
                    || self.written_suffix(i, &["ها", "ه", "هم"]).is_some()
            }
            "طعن" => next == Some("في"),
            "فجر" => self.dawn(i),
            // a set piece (ضربة زاوية, ضربة جزاء, ضربة حرة) is football, no strike
            "ضربه" => matches!(
                next,
                Some("زاويه" | "جزاء" | "حره" | "ترجيح" | "ركنيه" | "البدايه")
            ),
            _ if ARRIVALS.contains(&stem) => !self.arrives(i),
            // تجمعه / تجمعهما بـ brings them together (a meeting), no rally, and so does تجمع
            // بين or after a noun (تجمع بين البلدين, اتفاقية تجمع الحكومة مع, العلاقات التي
            // تجمع); gatherings an attack strikes (استهدفت المقاتلات تجمعات ومواقع الميليشيات)
            // are massed forces; a gathering point (مركز تجمع الميليشيات), a campaign rally
            // (أمام تجمع لأنصاره, تجمع انتخابي) and populated areas (تجمعات سكانية) are no
            // protest either
            "تجمع" => {
                possessive_stem(self.bare_key(i), 0) == Some("تجمع")
                    || self.struck(i)
                    || self.gathering_not_protest(i, prev_key)
            }
            // يهدد أمن لبنان endangers, no threat
            "هدد" => self.endangers(i),
            // the noun threatens only with its author or its act: a genitive (تهديد بريطانيا
            // مقاطعة, تهديدها بإلغاء) or a ب-complement (تهديد ترمب باستهداف); alone it is a
            // danger (تشكل تهديدا, أدنى تهديد لتركيا)
            "تهديد" => self.endangers(i) || !self.threat_made(i),
            // مظاهره written with ه is "its manifestations" (الإرهاب بجميع أشكاله ومظاهره), no
            // demonstration (مظاهرة)
            "مظاهره" => {
                let t = &self.doc.tokens[i];
                self.doc.original[t.start..t.end].ends_with('ه')
            }
            // حذرة / بحذر is cautious, no warning
            "حذر" => {
                let t = &self.doc.tokens[i];
                let written = &self.doc.original[t.start..t.end];
                written.ends_with('ة') || self.key(i).starts_with("بحذر")
            }
            // إطلاق releases people (إطلاق سراح, إطلاق المعتقلين) and fires (إطلاق النار,
            // صواريخ); it launches anything else (إطلاق حملة, البالونات)
            "اطلاق" => !self.releases(i) && !self.fires(i),
            // صادرات are exports (رسوم على صادرات الولايات المتحدة), no confiscation
            "صادر" => self
                .bare_key(i)
                .trim_start_matches(['ب', 'ل'])
                .ends_with("صادرات"),
            // القبض / قبض على is an arrest, coded through ألقى when it is its object (ألقت عليه
            // القبض السلطات); قبضة is a grip and قبض من a receipt (قبض من الوكالة مبلغا)
            "قبض" => {
                let end = (i + 5).min(self.sent.tokens.end);
                let on = (i + 1..end).any(|j| self.key(j).starts_with("علي"));
                let noun = self.bare_key(i).contains("القبض");
                self.bare_key(i).ends_with('ه') || !(noun || on) || self.thrown(i)
            }
            _ => false,
        }
    }

    /// Whether the arrival word at `i` (وصل, وصول) takes إلى and a state or city in its
    /// clause (وصل وزير الخارجية الأمريكي إلى بيروت), with no troops, counts or prices before
    /// it: an arrival, coded as a visit. Agreements reached (وصل إلى اتفاق), advances of troops
    /// (وصلت قوات الجيش إلى مشارف) and amounts (يصل إلى 82 مليون) are none.
    fn arrives(&self, i: usize) -> bool {
        const MOVERS: [&str; 6] = ["قوات", "تعزيزات", "اسعار", "قتلي", "جرحي", "عدد"];
        let end = (i + 9).min(self.sent.tokens.end);
        // commas around an apposed name do not end the clause (وصلت المستشارة، ميركل، إلى)
        let Some(to) = (i + 1..end)
            .take_while(|&j| !self.boundary(j) || self.is_comma(j))
            .find(|&j| self.key(j) == "الي")
        else {
            return false;
        };
        let mover = (i + 1..to).any(|j| {
            crate::classify::is_number(self.key(j))
                || candidates(self.key(j))
                    .iter()
                    .any(|c| MOVERS.contains(&c.as_str()))
        });
        let place = self.ent_of.get(to + 1).copied().flatten().is_some_and(|e| {
            self.doc.entities[e].etype == "LOC"
                && self.actor(e, to + 1).code.is_some_and(|c| c.len() == 3)
        });
        place && !mover
    }

    /// Whether a word of اعترف at `i` recognises someone: past the subject's words and
    /// adverbs (رسميا), a mention or a ب-title names who (اعترفت بإسرائيل, تعترف رسميا بزعيم
    /// المعارضة). Otherwise it admits or confesses (اعترف بأنه, اعترفت بوجود حقائق صعبة).
    fn recognises(&self, i: usize) -> bool {
        let end = self.sent.tokens.end;
        let adverb = |j: usize| {
            let k = self.key(j);
            self.ent_of[j].is_none() && !k.starts_with('ب') && k.ends_with('ا')
        };
        let subject = |j: usize| self.subject_word(j) && !self.key(j).starts_with('ب');
        let Some(j) = (i + 1..end).find(|&j| !subject(j) && !adverb(j)) else {
            return false;
        };
        let k = self.key(j);
        // (a possessed noun is no title: بمسؤوليتها, its responsibility)
        let possessed = ["ه", "ها", "هم"].iter().any(|p| k.ends_with(p));
        let titled = k.starts_with('ب') && !possessed && personal_noun(&k['ب'.len_utf8()..]);
        (k.starts_with('ب') && self.ent_of[j].is_some()) || titled
    }

    /// Whether لقاء at `i` means "in exchange for": an indefinite common noun after it (لقاء
    /// أرض, لقاء مبلغ مالي) and neither مع nor a mention within three words.
    fn in_exchange(&self, i: usize) -> bool {
        let end = (i + 4).min(self.sent.tokens.end);
        let Some(next) = (i + 1 < end).then_some(i + 1) else {
            return false;
        };
        let k = self.key(next);
        let plain = !k.starts_with("ال")
            && self.ent_of[next].is_none()
            && !self.doc.tokens[next].punct
            && !crate::classify::is_number(k);
        let party = (i + 1..end).any(|j| self.ent_of[j].is_some() || self.key(j) == "مع");
        plain && !party && self.written_suffix(i, &["ه", "ها", "هم", "هما"]).is_none()
    }

    /// Whether a word of وقع at `i` is توقع "expect" (وتوقعت الأمم المتحدة أن): no agreement
    /// noun follows it, which the signing تُوقّع takes (توقع الحكومة اتفاقية).
    fn expects(&self, i: usize) -> bool {
        const AGREEMENTS: [&str; 11] = [
            "اتفاق",
            "اتفاقيه",
            "اتفاقيات",
            "اتفاقات",
            "مذكره",
            "عقد",
            "عقود",
            "معاهده",
            "صفقه",
            "صفقات",
            "وثيقه",
        ];
        let end = (i + 5).min(self.sent.tokens.end);
        let agreement = (i + 1..end).any(|j| {
            candidates(self.key(j))
                .iter()
                .any(|c| AGREEMENTS.contains(&c.as_str()))
        });
        self.bare_key(i).contains("توقع") && !agreement
    }

    /// Whether the trigger at `i` is a first person singular imperfect (أرحب, أطالب: the stem
    /// after أ) outside a quotation: no reporter narrates so, it is a word that looks like one
    /// (the district أرحب).
    fn narrator_first_person(&self, i: usize, stem: &str) -> bool {
        let k = self.bare_key(i);
        k.strip_prefix('ا') == Some(stem) && !self.in_quotation(i)
    }

    /// Whether a quoted speaker's "we do" (لكننا نطردهم خارج البلاد, نزور) states a policy or an
    /// intent: a material act in the first person plural imperfect is no happening. Acts of
    /// speech are done by saying them (نرفض, ندين, نرحب) and stay, and so does a refusal (لن
    /// نسمح: the negation makes it one).
    fn speaker_habit(&self, i: usize, stem: &str, code: &str) -> bool {
        let k = self.bare_key(i);
        let k = k.strip_prefix(['و', 'ف', 'ل']).unwrap_or(k);
        let we = k.starts_with('ن') && !stem.starts_with('ن');
        let spoken = matches!(
            code.get(..2),
            Some("01" | "02" | "03" | "05" | "10" | "11" | "12" | "13")
        );
        let negated = i > self.sent.tokens.start
            && matches!(
                self.key(i - 1).trim_start_matches(['و', 'ف']),
                "لن" | "لا" | "لم"
            );
        we && !spoken && !negated && self.doc.tokens[i].verb && self.in_quotation(i)
    }

    /// Whether the threat noun at `i` names who threatens or what with: a possessive pronoun, a
    /// name, a definite genitive or an actor noun right after it, or a ب-complement within three
    /// words.
    fn threat_made(&self, i: usize) -> bool {
        let possessed = ["ه", "ها", "هم", "هما"].iter().any(|p| {
            self.bare_key(i)
                .strip_suffix(p)
                .is_some_and(|rest| rest.ends_with('د') || rest.ends_with("ات"))
        });
        let end = (i + 4).min(self.sent.tokens.end);
        // ... or its author's nisba (التهديدات الإسرائيلية) or a definite genitive (تهديدات
        // الاحتلال, تهديدات قيادات واشنطن)
        let named = i + 1 < self.sent.tokens.end
            && (self.ent_of[i + 1].is_some()
                || self.key(i + 1).starts_with("ال")
                || self.is_actor_noun(i + 1));
        let with = (i + 1..end)
            .take_while(|&j| !self.boundary(j))
            .any(|j| self.key(j).starts_with('ب') && !self.key(j).starts_with("بين"));
        possessed || named || with
    }

    /// Whether an attack trigger stands within five words before token `i` (استهدفت المقاتلات
    /// تجمعات): `i` is its object.
    fn struck(&self, i: usize) -> bool {
        let lo = i.saturating_sub(5).max(self.sent.tokens.start);
        (lo..i).any(|j| {
            self.lookup(j)
                .is_some_and(|(t, _)| matches!(t.code.get(..2), Some("18" | "19" | "20")))
        })
    }

    /// Whether a threat word at `i` takes an abstract good as object (يهدد أمن لبنان, تهديدا
    /// لاستقرار المنطقة): it endangers, no one threatens.
    fn endangers(&self, i: usize) -> bool {
        const GOODS: [&str; 9] = [
            "امن",
            "استقرار",
            "سلامه",
            "حياه",
            "مستقبل",
            "السلام",
            "سلام",
            "وحده",
            "مصالح",
        ];
        let end = (i + 3).min(self.sent.tokens.end);
        (i + 1..end).any(|j| {
            candidates(self.key(j))
                .iter()
                .any(|c| GOODS.contains(&c.as_str()))
        })
    }

    /// Whether إطلاق at `i` frees people: سراح or a captive noun or a person within two words
    /// (إطلاق سراح الناشطة, بإطلاق المعتقلين).
    fn releases(&self, i: usize) -> bool {
        const CAPTIVES: [&str; 12] = [
            "سراح",
            "معتقلين",
            "معتقل",
            "اسري",
            "اسير",
            "سجناء",
            "سجين",
            "رهاين",
            "رهينه",
            "محتجزين",
            "موقوفين",
            "مختطفين",
        ];
        let end = (i + 3).min(self.sent.tokens.end);
        (i + 1..end).any(|j| {
            let person = self.ent_of[j].is_some_and(|e| self.doc.entities[e].etype == "PER");
            // سراحهن, سراحهم: the freed in a pronoun
            person
                || self.key(j).starts_with("سراح")
                || candidates(self.key(j))
                    .iter()
                    .any(|c| CAPTIVES.contains(&c.as_str()))
        })
    }

    /// Whether إطلاق at `i` fires what a core pattern names within four words (إطلاق النار,
    /// إطلاق الصواريخ).
    fn fires(&self, i: usize) -> bool {
        let end = (i + 5).min(self.sent.tokens.end);
        (i + 1..end).any(|j| light_pattern("اطلاق", self.key(j)).is_some())
    }

    /// Whether one of the two words before token `i` is a form of ألقى (ألقت عليه القبض).
    fn thrown(&self, i: usize) -> bool {
        let lo = i.saturating_sub(2).max(self.sent.tokens.start);
        (lo..i).any(|j| {
            candidates(self.key(j))
                .iter()
                .any(|c| matches!(c.as_str(), "القي" | "القت" | "القاء"))
        })
    }

    /// Whether token `i` is فجر "dawn", a time (شنت ... فجر السبت عملية, مع فجر اليوم), not
    /// the verb "blew up": a day word after it or a time preposition before it.
    fn dawn(&self, i: usize) -> bool {
        const BEFORE: [&str; 5] = ["مع", "عند", "قبيل", "بعيد", "حتي"];
        if !matches!(self.bare_key(i), "فجر" | "فجرا" | "الفجر") {
            return false;
        }
        let next = (i + 1 < self.sent.tokens.end).then(|| self.key(i + 1));
        let prev = (i > self.sent.tokens.start).then(|| self.key(i - 1));
        next.is_some_and(|k| TIME_WORDS.contains(&k)) || prev.is_some_and(|k| BEFORE.contains(&k))
    }

    /// The two parties of a blaming verb (حمل X مسؤولية Y), named between the verb and its noun:
    /// with two mentions the first blames the last (حملت الحكومة ميليشيات الحوثي مسؤولية); one
    /// mention is the one blamed, the blamer unnamed (ويحملون الحكومة مسؤولية, وحملت كوبا
    /// مسؤولية): the latest speaker or source before it. None for other verbs (ألقى المسؤولون
    /// باللائمة names its subject).
    fn blame_parties(&self, f: &Found, st: &DocState) -> Option<(Option<Actor>, Actor)> {
        let blaming = f.noun != f.first && self.lookup(f.first).is_some_and(|(_, v)| v == "حمل");
        if !blaming {
            return None;
        }
        // mentions coordinated with the one before them (روسيا وسوريا) stand with it
        let firsts: Vec<usize> = self
            .mention_starts(f.first + 1..f.noun)
            .filter(|&j| !(self.conjoined(j) && self.ent_of[j - 1].is_some()))
            .filter(|&j| !self.in_relative_aside(f.first, j))
            .collect();
        let actor = |j: usize| Some(self.actor(self.prefer_person(self.ent_of[j]?, j), j));
        match firsts[..] {
            [] => self.unnamed_blame(f),
            [only] => {
                // ... the mention right after the verb may blame an unnamed one
                if let Some(parties) = (only == f.first + 1)
                    .then(|| self.unnamed_blame(f))
                    .flatten()
                {
                    return Some(parties);
                }
                // ... unless a ل-mention after the noun is the one blamed (حملت واشنطن
                // مسؤوليته لدمشق): the mention before is then the blamer
                let end = (f.noun + 4).min(self.sent.tokens.end);
                let lam = self.mention_starts(f.noun + 1..end).find(|&j| {
                    let k = self.key(j);
                    k.starts_with('ل') && !k.starts_with("ال")
                });
                if let Some(blamed) = lam {
                    return Some((actor(only), actor(blamed)?));
                }
                // ... or an unnamed body before the mention blames it (حملت الرئاسة الفلسطينية
                // حركة حماس المسؤولية)
                let unnamed =
                    (f.first + 1..only).find_map(|j| self.unnamed_subject(f.first + 1, j));
                let at = self.doc.tokens[f.first].start;
                let blamer = unnamed.or_else(|| self.previous_agent(at, 0, st));
                Some((blamer, actor(only)?))
            }
            [first, .., last] => Some((actor(first), actor(last)?)),
        }
    }

    /// The parties of a blaming verb whose blamed one is unnamed (حملت السلطات الطيار
    /// المسؤولية): the actor right after the verb blames the words between it and the noun, up
    /// to three of them.
    fn unnamed_blame(&self, f: &Found) -> Option<(Option<Actor>, Actor)> {
        let first = f.first + 1;
        // a sound plural in ين is the blamed one (حمل المسؤولين السابقين مسؤولية)
        if first < self.sent.tokens.end && self.key(first).ends_with("ين") {
            return None;
        }
        let blamer = match self.ent_of.get(first).copied().flatten() {
            Some(e) => self.actor(e, first),
            None => self.unnamed_subject(first, first)?,
        };
        let after = token_from(&self.doc.tokens, blamer.end);
        let plain = |j: usize| {
            !self.boundary(j)
                && !self.is_prep(j)
                && self.lookup(j).is_none()
                && self.ent_of[j].is_none()
        };
        // a definite noun (الطيار), no quantifier of the noun (كامل المسؤولية)
        let blamed = after < f.noun
            && f.noun - after <= 3
            && self.key(after).starts_with("ال")
            && (after..f.noun).all(plain);
        blamed.then(|| (Some(blamer), self.phrase_actor(after, f.noun - 1)))
    }

    /// The two parties a dual subject stands for (التقى الرئيسان, تعهد الزعيمان, وقع البلدان):
    /// the last two persons (states, for البلدان) named before the act, in the order the text
    /// first named them; the parties (الجانبان, الطرفان) are either.
    fn dual_parties(&self, f: &Found, a: &Actor) -> Option<(Actor, Actor)> {
        let k = crate::norm::match_key(&a.text);
        let stem = dual_stem(&k)?;
        let fits = |e: &EntityRef| match stem {
            _ if PERSON_DUALS.contains(&stem) => e.etype == "PER",
            "بلد" => e
                .code
                .as_deref()
                .is_some_and(|c| self.lx.countries.contains(c)),
            _ => e.etype == "PER" || e.code.is_some(),
        };
        let at = self.doc.tokens[f.first].start;
        // two groups with two codes (سيناء is Egypt's, not a second state)
        let mut groups: Vec<usize> = Vec::new();
        let mut codes: Vec<Option<&str>> = Vec::new();
        for e in self
            .doc
            .entities
            .iter()
            .rev()
            .filter(|e| e.end <= at && fits(e))
        {
            let code = e.code.as_deref().map(|c| c.get(..3).unwrap_or(c));
            let new_code = code.is_none() || !codes.contains(&code);
            match e.group {
                Some(g) if !groups.contains(&g) && new_code => {
                    groups.push(g);
                    codes.push(code);
                }
                _ => {}
            }
            if groups.len() == 2 {
                break;
            }
        }
        let first_mention = |g: usize| {
            self.doc
                .entities
                .iter()
                .filter(|e| e.group == Some(g) && e.end <= at)
                .min_by_key(|e| e.start)
        };
        let [later, earlier] = groups[..] else {
            return None;
        };
        let (one, two) = (first_mention(earlier)?, first_mention(later)?);
        let (one, two) = if one.start <= two.start {
            (one, two)
        } else {
            (two, one)
        };
        let actor = |e: &EntityRef| crate::statements::entity_actor(self.doc, e);
        Some((actor(one), actor(two)))
    }

    /// Whether the verb at `i` is a first person plural imperfect (نحض, ندين, نطالب, the
    /// future سنجتمع): its subject is the speaker, never the noun after it.
    fn first_person_plural(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let Some((_, stem)) = self.lookup(i) else {
            return false;
        };
        let k = self.bare_key(i);
        // (the future's س before it: سنجتمع, سنحرر)
        let k = k
            .strip_prefix('س')
            .filter(|r| r.starts_with('ن'))
            .unwrap_or(k);
        // the prefix ن right on the stem (نحض, ندين) whatever the morphology read
        let prefixed = k.strip_prefix('ن') == Some(stem.as_str());
        prefixed || (t.verb && k.starts_with('ن') && !stem.starts_with('ن'))
    }

    /// The speaker of the quotation whose content holds token `i`.
    fn quote_speaker(&self, i: usize) -> Option<Actor> {
        let t = &self.doc.tokens[i];
        self.doc
            .quotes
            .iter()
            .filter(|q| q.content.start <= t.start && t.end <= q.content.end)
            .find_map(|q| q.speaker.clone())
    }

    /// Whether the indefinite verbal noun at `i` is the absolute object of the same act's verb
    /// just before it (رفضه رفضا قاطعا, نفى نفيا قاطعا): the verb's act, told again.
    fn cognate_accusative(&self, i: usize, code: &str) -> bool {
        let key = self.key(i);
        let indefinite = !key.starts_with("ال") && key.ends_with('ا');
        let lo = i.saturating_sub(3).max(self.sent.tokens.start);
        let same_act = |j: usize| {
            self.lookup(j)
                .is_some_and(|(t, _)| t.kind == Kind::Event && t.code.get(..2) == code.get(..2))
        };
        indefinite && (lo..i).any(same_act)
    }

    /// Whether actor `a` is the subject of شهد (شهدت العاصمة البولندية وارسو تظاهرة): the
    /// scene of what it witnessed, not its agent.
    fn witness_scene(&self, a: &Actor) -> bool {
        let toks = &self.doc.tokens;
        self.witness_at(token_at(toks, a.start))
    }

    /// Whether the phrase opening at token `first` is the subject of a verb that witnesses or
    /// detects (شهدت المدينة تظاهرة, رصدت قوات الدفاع الجوي إطلاق صاروخ): it saw the act, it
    /// takes no part in it.
    fn witness_at(&self, first: usize) -> bool {
        let lo = first.saturating_sub(3).max(self.sent.tokens.start);
        (lo..first).rev().any(|j| {
            let witness = candidates(self.key(j))
                .iter()
                .any(|c| matches!(c.as_str(), "شهد" | "شهدت" | "رصد" | "رصدت"));
            // the place's own head words between (العاصمة البولندية)
            witness && (j + 1..first).all(|k| self.subject_word(k) || self.key(k).starts_with("ال"))
        })
    }

    /// Whether the object of وقع at `i`, past its subject and time words, is a decree, law,
    /// decision or memorandum (وقع بوتين الثلاثاء مرسوما, ووقع ترامب الجمعة مذكرة ترسم خططا): a
    /// ruler's act, no agreement between parties; a memorandum of understanding (مذكرة تفاهم)
    /// is one.
    fn signs_a_decree(&self, i: usize) -> bool {
        const DECREES: [&str; 5] = ["مرسوم", "قانون", "قرار", "امر", "مذكره"];
        let end = (i + 6).min(self.sent.tokens.end);
        (i + 1..end)
            .find(|&j| !self.subject_word(j) && !TIME_WORDS.contains(&self.key(j)))
            .is_some_and(|j| {
                let understanding =
                    j + 1 < self.sent.tokens.end && self.key(j + 1).starts_with("تفاهم");
                candidates(self.key(j))
                    .iter()
                    .any(|c| DECREES.contains(&c.as_str()))
                    && !understanding
            })
    }

    /// A verbal noun in a purpose or prepositional complement (لمحاربة, في طرد) is not an event.
    fn is_complement(&self, i: usize, stem: &str) -> bool {
        let k = self.key(i).strip_prefix('و').unwrap_or(self.key(i));
        let clitic = self.purpose_noun(i, stem) || (k.starts_with('ب') && !stem.starts_with('ب'));
        let prev = i
            .checked_sub(1)
            .filter(|p| *p >= self.sent.tokens.start)
            .map(|p| self.key(p));
        // prepositions of place, purpose, topic (حول, بشأن) and cause (بسبب, جراء), and copulas
        const BEFORE: [&str; 18] = [
            "تحت", "في", "من", "الي", "عن", "بهدف", "اجل", "بغيه", "علي", "هي", "هو", "وهي", "وهو",
            "حول", "وحول", "بشان", "بسبب", "جراء",
        ];
        // an attack with its agent (في هجوم لحركة طالبان) is an act wherever it stands
        let prep_before = prev.is_some_and(|p| BEFORE.contains(&p))
            && !self.caused(i)
            && self.achieved(i).is_none()
            && self.lam_agent(i).is_none()
            && self.relative_agent(i).is_none()
            && !self.meeting_setting(i)
            && !self.announced(i);
        (clitic && !self.performed_by(i) && self.relative_agent(i).is_none()) || prep_before
    }

    /// The verb of success whose في / من governs the verbal noun at `i` (نجحت الشرطة في القبض
    /// عليه, تمكنت الدفاعات من اعتراض): the act is done, by that verb's subject. The verb's
    /// token, within five words before the preposition and its clause.
    fn achieved(&self, i: usize) -> Option<usize> {
        const SUCCESS: [&str; 2] = ["نجح", "تمكن"];
        self.governor_before(i, &["في", "من"], 5, |c| {
            SUCCESS.iter().any(|v| c.starts_with(v))
        })
    }

    /// The subject of the verb of success governing the act noun of `f` (نجحت الشرطة في القبض
    /// عليه): the first mention or unnamed actor between the verb and its preposition.
    fn achiever(&self, f: &Found) -> Option<Actor> {
        let v = self.achieved(f.first)?;
        (v + 1..f.first - 1).find_map(|j| match self.ent_of[j] {
            Some(e) => Some(self.actor(e, v + 1)),
            None => self.unnamed_subject(v + 1, j),
        })
    }

    /// The agent an attack noun at `i` names by ل right after it (هجوم لحركة طالبان, غارات
    /// للتحالف): a mention that is no uncoded place. Other violent nouns take their victim
    /// there (ضربة لروسيا: a blow to Russia).
    fn lam_agent(&self, i: usize) -> Option<Actor> {
        const ATTACKS: [&str; 4] = ["هجوم", "هجمات", "غاره", "غارات"];
        let next = i + 1;
        let violent = self
            .lookup(i)
            .is_some_and(|(_, stem)| ATTACKS.contains(&stem.as_str()));
        if !violent || self.doc.tokens[i].verb || next >= self.sent.tokens.end {
            return None;
        }
        let e = self.ent_of[next].filter(|_| self.key(next).starts_with('ل'))?;
        (!self.uncoded_place_entity(e)).then(|| self.actor(e, next))
    }

    /// Whether the place named at token `j` is the venue of the consultation noun `f` right
    /// before it (محادثات جنيف, مشاورات جنيف, قمة سنغافورة): neither side of the talks. A
    /// visit's place (زيارة روسيا) is its host and stays.
    fn venue(&self, f: &Found, j: usize) -> bool {
        let noun = !self.doc.tokens[f.noun].verb && f.code.starts_with("04") && f.code != "042";
        let place = self.ent_of[j].is_some_and(|e| self.doc.entities[e].etype == "LOC");
        noun && place && self.mention_first(j) == f.noun + 1
    }

    /// The subject of the clause a meeting noun is the setting of (شدد روحاني، في اتصال هاتفي مع
    /// ماكرون، على ...; قال خلال لقائه مع ...): a consultation noun after في / خلال / أثناء with
    /// its partner after مع.
    fn setting_subject(&self, f: &Found) -> Option<Actor> {
        let noun = f.first == f.noun && f.first == f.last;
        if !noun || !self.meeting_setting(f.first) {
            return None;
        }
        self.sentence_subject(f.first - 1)
    }

    /// Whether the act noun at `i` is the accusative measure of an elative (النظام الأكثر
    /// استبدادا والأكثر قمعا): it says how something is, no act.
    fn elative_measure(&self, i: usize) -> bool {
        const ELATIVES: [&str; 6] = ["اكثر", "الاكثر", "اشد", "الاشد", "اقل", "الاقل"];
        i > self.sent.tokens.start
            && !self.doc.tokens[i].verb
            && self.key(i).ends_with('ا')
            && ELATIVES.contains(&self.key(i - 1).trim_start_matches(['و', 'ف']))
    }

    /// Whether the noun at `i` is a consultation (04) after في / خلال / أثناء with its partner
    /// after مع within three words: the setting of its clause's act, itself an act.
    fn meeting_setting(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).filter(|&p| p >= self.sent.tokens.start) else {
            return false;
        };
        let setting = ["في", "خلال", "اثناء"].contains(&self.key(prev).trim_start_matches('و'));
        let consult = !self.doc.tokens[i].verb
            && self
                .lookup(i)
                .is_some_and(|(t, _)| t.code.starts_with("04"));
        // (an interview with a medium is no consultation: [`Ctx::meeting_partner`])
        setting && consult && self.meeting_partner(i) == Some(false)
    }

    /// The genitive of a protest noun is the protesters (احتجاجات الفلسطينيين, تظاهرات
    /// الطلاب): a name or a definite people right after the noun.
    fn protest_genitive(&self, f: &Found) -> Option<Actor> {
        let next = f.last + 1;
        // تجمعات (also massed forces) and مسيرة (also a career) are left out
        const PROTESTS: [&str; 9] = [
            "احتجاج",
            "احتجاجات",
            "تظاهره",
            "تظاهرات",
            "مظاهره",
            "مظاهرات",
            "اعتصام",
            "اعتصامات",
            "اضراب",
        ];
        let noun = f.first == f.noun && !self.doc.tokens[f.first].verb;
        if !noun || !PROTESTS.contains(&f.stem.as_str()) || next >= self.sent.tokens.end {
            return None;
        }
        // a proclitic makes it no genitive (احتجاجا على, تظاهرات في)
        if self.is_prep(next) || self.b_clitic(next) {
            return None;
        }
        match self.ent_of[next] {
            Some(e) if !self.uncoded_place_entity(e) && !self.key(next).starts_with('ل') => {
                Some(self.actor(e, next))
            }
            Some(_) => None,
            None => self.unnamed_target(next),
        }
    }

    /// Whether entity `e` is a place no dictionary codes (a town, a district).
    fn uncoded_place_entity(&self, e: usize) -> bool {
        let ent = &self.doc.entities[e];
        ent.etype == "LOC" && ent.code.is_none()
    }

    /// A verbal noun with the purpose preposition ل glued to it (لاتهامه, لطرد).
    fn purpose_noun(&self, j: usize, stem: &str) -> bool {
        let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
        k.starts_with('ل') && !stem.starts_with('ل')
    }

    /// A ب verbal noun that is the act of a "responded by / carried out" verb before it (ردت
    /// موسكو بطرد, قامت القوات باعتقال): the verbal noun is the event.
    fn performed_by(&self, i: usize) -> bool {
        let k = self.key(i).strip_prefix('و').unwrap_or(self.key(i));
        let lo = i.saturating_sub(4).max(self.sent.tokens.start);
        k.starts_with('ب')
            && (lo..i).rev().take_while(|&j| !self.boundary(j)).any(|j| {
                let c = candidates(self.key(j));
                c.iter().any(|x| x == "رد" || x == "قام")
            })
    }

    /// وقع read "happened", not وقّع "signed": its subject before it is a thing, no actor (الحادث
    /// وقع), it closes a relative clause about a happening (الهجوم الذي وقع), or a place or the
    /// clause's end follows it (وقع في المدينة), or "wherever" opens it (أينما وقعت); never with
    /// على after it (وقع على الاتفاق, الاتفاق الذي وقع عليه).
    fn happened(&self, i: usize, stem: &str) -> bool {
        let next = i + 1;
        let key = |j: usize| (j < self.sent.tokens.end).then(|| self.key(j));
        if stem != "وقع" || key(next).is_some_and(|k| k.starts_with("علي")) {
            return false;
        }
        let open = key(next).is_none_or(|k| k == "في") || self.boundary(next);
        let thing = i > self.sent.tokens.start && {
            let p = i - 1;
            let k = self.key(p);
            k.starts_with("ال")
                && self.ent_of[p].is_none()
                && !self.is_actor_noun(p)
                && !is_adjective(k)
        };
        // ... or after "wherever / whenever" (أينما وقعت: wherever they occurred)
        const WHEREVER: [&str; 6] = ["اينما", "حيثما", "متي", "عندما", "حين", "كلما"];
        let wherever = i > self.sent.tokens.start
            && WHEREVER.contains(&self.key(i - 1).trim_start_matches('و'));
        open || thing || wherever || self.after_relative(i)
    }

    /// A verbal noun governed by the noun وقف "halt" (لوقف إطلاق النار: a ceasefire) names no
    /// act.
    fn ceased(&self, i: usize) -> bool {
        const HALT: [&str; 6] = ["وقف", "لوقف", "بوقف", "ووقف", "ولوقف", "وبوقف"];
        i > self.sent.tokens.start && HALT.contains(&self.key(i - 1))
    }

    /// A verb-only trigger written as a noun or imperfect (سيطرة, يسيطر).
    fn not_perfect_verb(&self, i: usize, stem: &str) -> bool {
        let k = self.bare_key(i);
        let perfect = k == stem
            || k.strip_prefix(stem)
                .is_some_and(|r| ["ت", "وا", "ه", "ها", "هم", "تها", "ته"].contains(&r));
        // the verbal noun with ta marbuta (سيطرة) is a state too
        let noun = stem
            .strip_suffix('ه')
            .is_some_and(|base| VERB_ONLY.contains(&base));
        // the morphology tells the noun (حُكم) from the verb (حَكَم) where it ran
        let t = &self.doc.tokens[i];
        let tagged_noun = t.stem.is_some() && !t.verb;
        noun || (VERB_ONLY.contains(&stem) && (!perfect || tagged_noun || self.form_iv_noun(i)))
    }

    /// Whether token `i` is written as a form-IV verbal noun: it opens with إ, where the perfect
    /// opens with أ (إقالته: his dismissal; أقاله: dismissed him).
    fn form_iv_noun(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        self.doc.original[t.start..t.end]
            .trim_start_matches(['و', 'ف'])
            .starts_with('إ')
    }

    /// A definite verbal noun (المحادثات, العقوبات) names a known or background happening, unless a
    /// modality cue governs it (إمكانية الانضمام) or a relative clause names its agent (الهجمات التي
    /// نفذها التنظيم).
    fn is_background(&self, i: usize) -> bool {
        let k = self.bare_key(i);
        // a verb's own ال (التقى, التزم) is no article
        let definite = (k.starts_with("ال") || k.starts_with("لل") || k.starts_with("بال"))
            && !self.doc.tokens[i].verb;
        let prev = i
            .checked_sub(1)
            .filter(|p| *p >= self.sent.tokens.start)
            .map(|p| self.key(p));
        let cue = prev.is_some_and(|p| MODALITY_CUES.iter().any(|(c, _)| *c == p));
        definite
            && !cue
            && !self.announced(i)
            && self.achieved(i).is_none()
            && self.relative_agent(i).is_none()
    }

    /// Whether the verbal noun at `i` is the object of an announcing verb, with only the
    /// verb's subject between them (أعلنت السلطات الإيرانية الإفراج عن ...): the announced act.
    fn announced(&self, i: usize) -> bool {
        self.announcing_verb(i).is_some()
    }

    /// The announcing verb of the verbal noun at `i` (see [`Ctx::announced`]).
    fn announcing_verb(&self, i: usize) -> Option<usize> {
        // (a decision's subject is its act's agent: قررت النيابة حبس جنينة)
        const ANNOUNCE: [&str; 3] = ["اعلن", "اكد", "قرر"];
        let lo = i.saturating_sub(SUBJECT_WINDOW).max(self.sent.tokens.start);
        // an indefinite nisba qualifies an actor noun of the subject (ودول أوروبية)
        let nisba = |j: usize| {
            let k = self.key(j).trim_start_matches(['و', 'ف']);
            j > lo && self.is_actor_noun(j - 1) && (k.ends_with('ي') || k.ends_with("يه"))
        };
        // ... and a place qualifies it (أعلنت وزارة الداخلية في البحرين القبض على)
        let place = |j: usize| {
            let loc =
                |k: usize| self.ent_of[k].is_some_and(|e| self.doc.entities[e].etype == "LOC");
            let in_place = |k: usize| k > lo && self.key(k - 1) == "في" && loc(k);
            (self.key(j) == "في" && j + 1 < i && loc(j + 1))
                || (loc(j) && in_place(self.mention_first(j)))
        };
        let skip = |j: usize| self.subject_word(j) || nisba(j) || place(j);
        let v = (lo..i).rev().find(|&j| !skip(j))?;
        // ... or of its عن (أعلنت الشرطة عن اعتقال, أعلنت الرئاسة عن وصول), past a claimed
        // responsibility (أعلن الحوثيون مسؤوليتهم عن الهجوم: the claimants did it)
        let claimed = |j: usize| {
            let k = self.key(j);
            k.starts_with("مسووليت") || k == "المسووليه"
        };
        let v = if self.key(v) == "عن" {
            (lo..v).rev().find(|&j| !skip(j) && !claimed(j))?
        } else {
            v
        };
        let verb = self.doc.tokens[v].verb || self.doc.tokens[v].stem.is_none();
        let announcing = candidates(self.key(v))
            .iter()
            .any(|c| ANNOUNCE.contains(&c.as_str()));
        (verb && v + 1 < i && announcing).then_some(v)
    }

    /// The agent of an announced verbal noun (أعلنت الولايات المتحدة وكندا طرد دبلوماسيين
    /// روس): the announcing verb's subject, not the noun's genitive.
    fn announcer(&self, f: &Found) -> Option<Actor> {
        if self.doc.tokens[f.first].verb {
            return None;
        }
        let v = self.announcing_verb(f.first)?;
        let e = (v + 1..f.first).find_map(|j| self.ent_of[j])?;
        Some(self.actor(e, v + 1))
    }

    /// A definite verbal noun repeating an earlier trigger (الاجتماع) refers back to that event.
    fn is_anaphoric(&self, i: usize, stem: &str, st: &DocState) -> bool {
        let k = self.bare_key(i);
        let definite = k.starts_with("ال") || k.starts_with("لل") || k.starts_with("بال");
        (definite && st.trigger_stems.iter().any(|s| s == stem)) || self.demonstrated(i)
    }

    /// Whether a demonstrative stands right before the noun at `i` (هذا الاجتماع, تلك الهجمات):
    /// it points back at an act already told, no new one.
    fn demonstrated(&self, i: usize) -> bool {
        const DEMONSTRATIVES: [&str; 6] = ["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"];
        !self.doc.tokens[i].verb
            && i > self.sent.tokens.start
            && DEMONSTRATIVES.contains(&self.key(i - 1))
    }

    /// An appeal verb (دعا, طالب) calling for an act with no addressee (دعت السفارة إلى ...,
    /// داعيا إلى إجراء تحقيق) is a demand (10); with an addressee (دعا الجهات المانحة إلى) it
    /// stays an appeal (02).
    fn demand_or_appeal(&self, i: usize, code: String) -> String {
        if !code.starts_with("02") {
            return code;
        }
        let subject_word = |j: usize| {
            self.ent_of[j].is_some()
                || self.doc.tokens[j].punct
                || self.is_actor_noun(j)
                || is_nisba(self.key(j))
                || TIME_WORDS.contains(&self.key(j))
        };
        // a circumstantial participle has no subject after it: a noun there is the addressee
        let hal = self.circumstantial(i);
        let next = (i + 1..self.sent.tokens.end).find(|&j| hal || !subject_word(j));
        match next {
            Some(j) if self.key(j) == "الي" && !self.addressed(i, j) => "100".to_string(),
            _ => code,
        }
    }

    /// Whether a second name, not joined to the subject by و, stands between the verb at `i`
    /// and `upto` (دعا لافروف الحكومة الأفغانية إلى: the government is called on); a name glued
    /// to ل belongs to the subject's title (الأمين العام للأمم المتحدة), and a person right
    /// after a name is that title's holder (الأمين العام للأمم المتحدة أنطونيو غوتيريش).
    fn addressed(&self, i: usize, upto: usize) -> bool {
        let holder = |k: usize| {
            self.ent_of[k - 1].is_some()
                && self.ent_of[k].is_some_and(|e| self.doc.entities[e].etype == "PER")
        };
        let firsts: Vec<usize> = self
            .mention_starts(i + 1..upto)
            .filter(|&k| !self.key(k).starts_with('ل') && !holder(k))
            .collect();
        // ... or people named by a plural after the named subject (دعا الجيش السوري السكان إلى)
        let people = firsts.first().is_some_and(|&s| {
            (s + 1..upto).any(|k| self.ent_of[k].is_none() && self.people_plural(k).is_some())
        });
        // a subject named right before the verb (الاتحاد الأوروبي يدعو تركيا إلى) leaves the
        // first name after it to the addressee
        let fronted = i > self.sent.tokens.start && self.ent_of[i - 1].is_some();
        let addressee = if fronted {
            firsts.first()
        } else {
            firsts.get(1)
        };
        people || addressee.is_some_and(|&k| !self.conjoined(k))
    }

    /// The first token of every mention starting in `range` (which opens after the clause's
    /// first token, so that the token before each is in the sentence).
    fn mention_starts(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
        range.filter(|&j| self.ent_of[j].is_some() && self.ent_of[j - 1] != self.ent_of[j])
    }

    /// A more specific code from a dictionary pattern whose object follows the verb.
    fn refine(&self, stem: &str, i: usize, code: &str) -> String {
        let end = (i + 7).min(self.sent.tokens.end);
        // the subject's words do not count towards the object's distance (أطلق مجلس حقوق
        // الإنسان التابع للأمم المتحدة تحقيقا)
        let far = (i + 1..self.sent.tokens.end)
            .scan(0, |plain, j| {
                *plain += usize::from(!self.subject_word(j));
                Some((j, *plain))
            })
            .take_while(|&(_, plain)| plain <= 6)
            .map(|(j, _)| j + 1)
            .last()
            .unwrap_or(end);
        for j in i + 1..far.max(end) {
            // a possessed object counts too (دمرت دمشق ترسانتها)
            let mut c = candidates(self.key(j));
            c.extend(crate::norm::possessed_candidates(self.key(j)));
            let hit = CORE_PATTERNS
                .iter()
                .find(|(v, o, _)| *v == stem && c.iter().any(|x| x == o));
            if let Some((_, _, pc)) = hit {
                return pc.to_string();
            }
        }
        let Some(pats) = self.lx.patterns.get(stem) else {
            return code.to_string();
        };
        for j in i + 1..end {
            let c = candidates(self.key(j));
            if let Some((_, pc)) = pats.iter().find(|(o, _)| c.contains(o)) {
                if pc.get(..2) == code.get(..2) {
                    return pc.clone();
                }
            }
        }
        code.to_string()
    }

    /// Whether an attack (the verb هاجم, or a sharp هجوم) has a person as its source: a named
    /// person or a person's title (الوزير, الرئيس الأمريكي). Persons attack in words.
    fn verbal_attack(&self, f: &Found, source: Option<&Actor>) -> bool {
        // the noun is a verbal attack only when sharp (هجوما حادا, لاذعا); a person's attack
        // otherwise may be armed (قام الأسد بشن هجوم كيماوي)
        const SHARP: [&str; 6] = ["حادا", "حاد", "الحاد", "لاذعا", "لاذع", "اللاذع"];
        let sharp = || {
            let end = (f.noun + 3).min(self.sent.tokens.end);
            (f.noun + 1..end).any(|j| SHARP.contains(&self.key(j)))
        };
        // ... or an attack aimed at a named person (شن جونسون هجوما على رئيسة وزراء بلاده تيريزا
        // ماي, هجوم جونسون على ماي: the agent's name may stand between)
        let at_person = || {
            let limit = (f.noun + 4).min(self.sent.tokens.end);
            let Some(on) = (f.noun + 1..limit)
                .take_while(|&j| self.key(j) == "علي" || self.ent_of[j].is_some())
                .find(|&j| self.key(j) == "علي" && self.ent_of[j].is_none())
            else {
                return false;
            };
            let end = (on + 6).min(self.sent.tokens.end);
            let first_name = (on + 1..end)
                .take_while(|&j| !self.boundary(j))
                .find_map(|j| self.ent_of[j]);
            let attack = f.code.starts_with("19") || f.code.starts_with("18");
            attack && first_name.is_some_and(|e| self.doc.entities[e].etype == "PER")
        };
        // ... or the verb in words: in tweets, statements or an article (وهاجم بعض المعلقين
        // إبراهيم في تغريدات على تويتر)
        let spoken = || {
            const WORDS: [&str; 9] = [
                "تغريده",
                "تغريدات",
                "تصريح",
                "تصريحات",
                "مقال",
                "مقابله",
                "خطاب",
                "كلمه",
                "تويتر",
            ];
            let end = (f.last + 8).min(self.sent.tokens.end);
            (f.last + 1..end).any(|j| self.word_among(j, &WORDS))
        };
        if f.stem == "هاجم" && spoken() {
            return true;
        }
        let Some(a) = source else {
            return false;
        };
        if f.stem != "هاجم" && !sharp() && !at_person() {
            return false;
        }
        let person = self.is_person(a);
        let titled = crate::norm::match_key(&a.text)
            .split_whitespace()
            .next()
            .is_some_and(personal_noun);
        person || titled
    }

    /// Whether protesters storm a place (اقتحم المتظاهرون مبنى المحافظة): a violent protest
    /// (145), no armed assault.
    fn crowd_storming(&self, f: &Found, source: Option<&Actor>) -> bool {
        const PROTESTERS: [&str; 2] = ["متظاهر", "محتج"];
        let storming = matches!(f.stem.as_str(), "اقتحم" | "اقتحام");
        let protesters = source.is_some_and(|a| {
            let key = crate::norm::match_key(&a.text);
            key.split_whitespace().any(|w| {
                candidates(w)
                    .iter()
                    .any(|c| PROTESTERS.iter().any(|p| c.starts_with(p)))
            })
        });
        storming && protesters
    }

    /// The code of an attack that a suicide bomber or a car bomb carries out, or that is called
    /// terrorist (نفذ مسلحون هجوما انتحاريا, الهجوم الإرهابي الذي استهدف ... بسيارة مفخخة):
    /// unconventional violence (183 bombing, 180 otherwise), not a military fight (19).
    fn bombing(&self, f: &Found) -> Option<&'static str> {
        const ATTACKS: [&str; 7] = [
            "هجوم",
            "هجمات",
            "اعتداء",
            "عمليه",
            "عمليات",
            "تفجير",
            "تفجيرات",
        ];
        // (a verb describing such a noun tells the same attack: هجوما انتحاريا استهدف)
        let (noun, stem) = match self.described_attack(f) {
            Some(n) => (n, self.lookup(n)?.1),
            None => (f.noun, f.stem.clone()),
        };
        let next = noun + 1;
        if !f.code.starts_with("19")
            || !ATTACKS.contains(&stem.as_str())
            || next >= self.sent.tokens.end
        {
            return None;
        }
        let word = |p: &str| self.bare_key(next).trim_start_matches("ال").starts_with(p);
        if word("انتحاري") || word("مفخخ") {
            Some("183")
        } else if word("ارهابي") {
            Some("180")
        } else {
            None
        }
    }

    /// Whether actor `a` is a named person (its entity group is a `PER`).
    fn is_person(&self, a: &Actor) -> bool {
        a.group
            .and_then(|g| self.doc.entities.iter().find(|e| e.group == Some(g)))
            .is_some_and(|e| e.etype == "PER")
    }

    /// A definite title at `j` with its adjectives, right before a mention that names no person
    /// (هاجم الوزير الحكومة, انتقد الرئيس الأمريكي الصين): the title is an actor of its own.
    fn title_before_object(&self, j: usize) -> Option<Actor> {
        let k = self.bare_key(j);
        if !k.starts_with("ال") || !personal_noun(k) {
            return None;
        }
        let end = self.adjectives_end(j);
        let next = self.ent_of.get(end + 1).copied().flatten()?;
        // a nisba read as its country (الرئيس الكوري الجنوبي مون) qualifies the title: objects
        // are nouns, not singular adjectives
        let qualifier = is_nisba(self.key(end + 1));
        if self.doc.entities[next].etype == "PER"
            || self.mention_first(end + 1) != end + 1
            || qualifier
        {
            return None;
        }
        let code = crate::actors::code_of(self.lx, self.tokens_text(j, end));
        Some(self.span_actor(j, end, code))
    }

    /// Whether a denying verb (نفى, تنفي) within four words before token `i` is a trigger of its
    /// own.
    fn denying_trigger(&self, i: usize) -> bool {
        let lo = i.saturating_sub(4).max(self.sent.tokens.start);
        (lo..i).any(|j| {
            let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
            let denies = MODALITY_CUES.iter().any(|(c, m)| *m == "denied" && *c == k);
            denies && self.lookup(j).is_some()
        })
    }

    /// The event of a trigger, with a guessed target for when its clause names none.
    fn code_event(&self, f: &Found, st: &DocState) -> Option<(Event, Option<Actor>)> {
        let (f, modality, denial) = self.with_modality(f)?;
        let f = &f;
        let root = f.code.get(..2)?.to_string();
        // (a support verb's subject is the agent of its noun: ارتكبت القوات إبادة)
        let agentless = AGENT_ONLY.contains(&f.stem.as_str())
            && f.first == f.noun
            && self.agent_phrase(f).is_none();
        // an agreement noun with no verb to sign or reach it names a document or a plan (اتفاقات
        // جنيف, إبرام اتفاق للتجارة الحرة), rarely a signing: 3 of 25 such codings in a sample of
        // the news corpus were right
        let bare_deal =
            f.first == f.noun && !self.doc.tokens[f.first].verb && f.stem.starts_with("اتفاق");
        if agentless
            || bare_deal
            || DROPPED.contains(&modality)
            || !self.classifier_allows(f, &root)
            || self.anaphoric_sides(f)
        {
            return None;
        }
        // the two sides of a clash or a reciprocal act name both its source and its target
        let sides = self.clash_sides(f);
        // an act done to the noun's genitive has its source outside the genitive: the causee
        // (دفع ذلك السعودية إلى طرد السفير), the agent phrase or the announcer
        let genitive = self.patient_genitive(f);
        let blame = self.blame_parties(f, st);
        // an attack noun's agent named by ل (هجوم لحركة طالبان)
        let lam_agent = self.lam_agent(f.first).filter(|_| f.first == f.noun);
        let source = match &blame {
            Some((blamer, _)) => blamer.clone(),
            None => self.act_source(
                f,
                st,
                sides.as_ref().map(|(a, _)| a),
                genitive.is_some(),
                &lam_agent,
            ),
        };
        let crowded = matches!(root.as_str(), "14" | "18" | "19" | "20");
        source
            .as_ref()
            .filter(|a| !self.no_actor(f, a, crowded, lam_agent.as_ref()))?;
        // a person attacks in words (هاجم الوزير الحكومة): criticism, no military attack
        let verbal = self
            .verbal_attack(f, source.as_ref())
            .then(|| f.recoded("111"))
            .or_else(|| {
                self.crowd_storming(f, source.as_ref())
                    .then(|| f.recoded("145"))
            })
            .or_else(|| self.bombing(f).map(|code| f.recoded(code)));
        let (f, root) = match &verbal {
            Some((v, r)) => (v, r.clone()),
            None => (f, root),
        };
        // a dual subject (التقى الرئيسان, وقع البلدان) stands for the last two parties named
        // ... and codes nothing when the text named no two
        let dual = source.as_ref().and_then(|a| self.dual_parties(f, a));
        let unresolved =
            |a: &Actor| dual_stem(&crate::norm::match_key(&a.text)).is_some() && dual.is_none();
        if source.as_ref().is_some_and(unresolved) {
            return None;
        }
        let (source, dual_target) = match dual {
            Some((a, b)) => (Some(a), Some(b)),
            None => (source, None),
        };
        // the patient a pronoun names is no agent of its own act (في حالة إدانته)
        let patient = self.pronoun_object(f);
        if patient
            .as_ref()
            .zip(source.as_ref())
            .is_some_and(|(p, s)| same_actor(p, s))
        {
            return None;
        }
        let target = (!denial)
            .then(|| {
                dual_target
                    .or(genitive)
                    .or(patient)
                    .or_else(|| blame.map(|(_, blamed)| blamed))
                    .or_else(|| self.undergoer(f))
                    .or_else(|| {
                        self.killed_plural(f)
                            .then(|| self.source_before(f.first))
                            .flatten()
                    })
                    .or_else(|| self.deportees(f))
                    .or_else(|| sides.and_then(|(_, t)| t))
                    .or_else(|| self.target(f, source.as_ref()))
            })
            .flatten();
        // the guess stands in only for a missing target
        let guess = (!denial && target.is_none())
            .then(|| self.fallback_target(f, source.as_ref()))
            .flatten();
        if self.passive_killing(f, source.as_ref(), target.as_ref().or(guess.as_ref())) {
            return None;
        }
        let location = self
            .location(f, [&source, &target, &guess])
            .or_else(|| self.lead_place(st, [&source, &target]));
        let date = self.date(f, modality, st);
        let origin = if self.classifier_positive(&root) == Some(true) {
            "dictionary+classifier"
        } else {
            "dictionary"
        };
        let deported = self.deported(f, target.as_ref()).then(|| f.recoded("174"));
        let (f, root) = match &deported {
            Some((d, r)) => (d, r.clone()),
            None => (f, root),
        };
        let ev = self.event(f, root, source, target, location, date, modality, origin);
        Some((ev, guess))
    }

    /// Whether the bare قتل of `f` reads as the passive قُتل (قتل صياد فلسطيني, قائد الشرطة
    /// السابق قتل خلال معارك: someone was killed) or as a noun of no one's act (محاولة قتل,
    /// جرائم قتل): it is an act only when an armed actor is its subject and someone its object
    /// (قتل الجيش الإسرائيلي 60 فلسطينيا), a named person is followed by the one killed (وقتل
    /// أحمد الكردي جنديا إسرائيليا), or with an agent phrase.
    fn passive_killing(&self, f: &Found, source: Option<&Actor>, target: Option<&Actor>) -> bool {
        const ARMED_CODES: [&str; 5] = ["MIL", "COP", "REB", "INS", "SPY"];
        const ARMED_HEADS: [&str; 9] = [
            "جيش",
            "قوات",
            "شرطه",
            "مسلحون",
            "مسلحين",
            "ميليشيات",
            "مليشيات",
            "ميليشيا",
            "جنود",
        ];
        // (the morphology may read it as the noun: the same letters, the same doubt)
        let bare = f.first == f.last && matches!(self.key(f.first), "قتل" | "وقتل" | "فقتل");
        // (an agent phrase names the killer of the passive: قتل 62 فلسطينيا برصاص الجيش)
        if !bare || self.agent_phrase(f).is_some() {
            return false;
        }
        // a crime, charge or attempt of killing is no killing (جرائم قتل, بتهمة قتل, محاولة قتل)
        const KINDS: [&str; 8] = [
            "جريمه",
            "جرايم",
            "تهمه",
            "بتهمه",
            "محاوله",
            "عمليه",
            "عمليات",
            "عقوبه",
        ];
        let prev = f.first.checked_sub(1).map(|p| self.key(p));
        if prev.is_some_and(|p| KINDS.contains(&p.trim_start_matches('و'))) {
            return true;
        }
        let armed = source.is_some_and(|a| {
            let coded = a
                .code
                .as_deref()
                .is_some_and(|c| ARMED_CODES.iter().any(|x| c.contains(x)));
            let head = crate::norm::match_key(&a.text);
            let first = head.split_whitespace().next().unwrap_or_default();
            let first = first.strip_prefix("ال").unwrap_or(first);
            coded || ARMED_HEADS.contains(&first)
        });
        // a named killer with its victim right after it (وقتل أحمد الكردي جنديا إسرائيليا)
        let toks = &self.doc.tokens;
        let object_next = |s: &Actor, t: &Actor| {
            let after = token_at(toks, s.end);
            let at = token_at(toks, t.start);
            at == after
        };
        let named_killer = source
            .zip(target)
            .is_some_and(|(s, t)| s.group.is_some() && object_next(s, t));
        !((armed && target.is_some()) || named_killer)
    }

    /// The act `f` read with its modality: an intended act a threat, a negated one a refusal, a
    /// denied one the denier's denial (CAMEO 016, aimed at no one; `true` last), each then
    /// asserted; `None` when the denying verb is coded itself (تنفي الاتهامات البريطانية had
    /// made Britain a denier). A negated act that is no refusal (لم يهاجم, لا حاجة لوجود وساطة)
    /// stays negated: it did not happen.
    fn with_modality(&self, f: &Found) -> Option<(Found, &'static str, bool)> {
        let modality = self.modality(f);
        let threat = threat_of(&f.code).filter(|_| modality == "intended");
        let refusal = refusal_of(&f.code).filter(|_| modality == "negated");
        let denial = (modality == "denied").then_some("016");
        if denial.is_some() && self.denying_trigger(f.first) {
            return None;
        }
        let recoded = threat.or(refusal).or(denial);
        let f = Found {
            code: recoded.map_or_else(|| f.code.clone(), str::to_string),
            ..f.clone()
        };
        let modality = if refusal.is_some() || denial.is_some() {
            "asserted"
        } else {
            modality
        };
        Some((f, modality, denial.is_some()))
    }

    /// The source of `f` when no blame names it: the speaker of "we urge" (نحض روسيا: the name
    /// after is the object), the causee, agent phrase or announcer of an act done to a noun's
    /// genitive (`genitive`), else the agent the words name, the subject, an elided subject.
    fn act_source(
        &self,
        f: &Found,
        st: &DocState,
        side: Option<&Actor>,
        genitive: bool,
        lam_agent: &Option<Actor>,
    ) -> Option<Actor> {
        if self.describes_thing(f) {
            return None;
        }
        if self.first_person_plural(f.first) {
            return self.quote_speaker(f.first);
        }
        if genitive {
            return self
                .causee(f.first)
                .or_else(|| self.agent_phrase(f))
                .or_else(|| self.announcer(f));
        }
        lam_agent
            .clone()
            .or_else(|| self.relative_agent(f.first).filter(|_| f.first == f.noun))
            .or_else(|| self.protest_genitive(f))
            .or_else(|| self.setting_subject(f))
            .or_else(|| self.possessor(f, st))
            .or_else(|| self.pronoun_subject(f))
            .or_else(|| self.purpose_subject(f, st))
            .or_else(|| self.source(f, st, side))
            .or_else(|| self.elided_subject(f, st))
            .or_else(|| self.reported_passive(f))
    }

    /// Whether the source `a` found for `f` is no actor: a medium (it reports events, it does
    /// not act in them), the envoy a summons names (استدعت سفير الجمهورية الجزائرية), a relative
    /// pronoun, a place no dictionary codes (where things happen), a city of crowds and attacks
    /// (`crowded`), a phrase governed by ل or ب, an event word, a natural force, a witness's
    /// scene.
    fn no_actor(&self, f: &Found, a: &Actor, crowded: bool, lam_agent: Option<&Actor>) -> bool {
        let envoy = (is_diplomat(&f.stem) || f.stem.starts_with("ممثل"))
            && f.last > f.first
            && a.start == self.doc.tokens[f.last].start;
        crate::statements::is_media(&a.text)
            || envoy
            || RELATIVES.contains(&crate::norm::match_key(&a.text).as_str())
            || self.uncoded_place(a)
            || (crowded && self.town(a))
            || (self.mass_protest(f) && self.authority(a))
            || self.governed_phrase(a, lam_agent)
            || names_an_act(self.lx, a)
            || natural_force(a)
            || self.witness_scene(a)
    }

    /// Whether `f` is a protest named by a noun (احتجاجات, تظاهرات, مسيرة), not a protest
    /// verb nor the circumstantial احتجاجا of a person's symbolic act (غادر القاعة احتجاجا).
    fn mass_protest(&self, f: &Found) -> bool {
        f.code.starts_with("14")
            && f.first == f.noun
            && !self.doc.tokens[f.first].verb
            && !self.bare_key(f.first).ends_with("احتجاجا")
    }

    /// Whether `a` names a state or place (a named place) or a body of its government, army,
    /// legislature, courts or police (its code's agent: ISRMIL, EGYLEG), no person: no crowd
    /// that protests (الجيش → احتجاجات حاشدة على حكمه, إسرائيل → تظاهرات الفلسطينيين).
    fn authority(&self, a: &Actor) -> bool {
        const AGENTS: [&str; 6] = ["GOV", "MIL", "LEG", "JUD", "COP", "SPY"];
        let typed = |t: &str| {
            a.group.is_some()
                && self
                    .doc
                    .entities
                    .iter()
                    .any(|e| e.group == a.group && e.etype == t)
        };
        // (a person, named or by title: رئيسة لجنة دلهي ستبدأ إضرابا)
        let title = crate::norm::match_key(&a.text)
            .split_whitespace()
            .next()
            .is_some_and(personal_noun);
        if typed("PER") || title {
            return false;
        }
        // (a named place: dictionary peoples, الفلسطينيين, are places too but no group's)
        let place = typed("LOC");
        // (the agent alone when no country is known: الجيش → MIL)
        let agent =
            |c: &str| AGENTS.contains(&c) || c.get(3..6).is_some_and(|g| AGENTS.contains(&g));
        place || a.code.as_deref().is_some_and(agent)
    }

    /// Whether `a` is a phrase governed by ل (للحكومة الروسية, للفصائل: to or for someone) or ب
    /// (أطاحت بالرئيس: the one ousted), unless it is an attack's agent (`lam_agent`: هجوم
    /// للقوات) or a body unnamed members belong to (قوافل تابعة للهلال الأحمر; القناة التابعة
    /// للحكومة is a thing of the body, no actor).
    fn governed_phrase(&self, a: &Actor, lam_agent: Option<&Actor>) -> bool {
        let k = crate::norm::match_key(&a.text);
        let lam = ["لل", "بال"]
            .iter()
            .any(|p| k.trim_start_matches('و').starts_with(p));
        let at = token_at(&self.doc.tokens, a.start);
        let belongs = at > self.sent.tokens.start && {
            let prev = self.bare_key(at - 1);
            ["تابع", "موال"].iter().any(|p| prev.starts_with(p))
        };
        lam && !belongs && lam_agent.is_none_or(|l| l.start != a.start)
    }

    /// Whether the expulsion `f` deports a person (طردت السلطات الألمانية سامي العيدي, CAMEO
    /// 174); diplomats, named or not (طرد القائم بالأعمال الأميركي تود روبينسون), and forces
    /// stay expelled (166).
    fn deported(&self, f: &Found, target: Option<&Actor>) -> bool {
        let toks = &self.doc.tokens;
        let diplomat = |t: &Actor| {
            (f.last + 1..self.sent.tokens.end)
                .take_while(|&j| toks[j].end <= t.start)
                .any(|j| is_diplomat(self.key(j)))
        };
        f.code == "166" && target.is_some_and(|t| self.is_person(t) && !diplomat(t))
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &self,
        f: &Found,
        root: String,
        source: Option<Actor>,
        target: Option<Actor>,
        location: Option<TextSpan>,
        date: Option<String>,
        modality: &str,
        origin: &str,
    ) -> Event {
        let t = &self.doc.tokens;
        let pl = self
            .lx
            .plover
            .get(&f.code)
            .or_else(|| self.lx.plover.get(&format!("{root}0")));
        let nonempty = |s: &String| (!s.is_empty()).then(|| s.clone());
        Event {
            trigger: self.span(t[f.first].start, t[f.last].end),
            sentence: ByteSpan {
                start: self.sent.start,
                end: self.sent.end,
            },
            cameo_label: self.lx.codes.get(&f.code).cloned(),
            plover: pl.map(|p| p.event.clone()),
            plover_mode: pl.and_then(|p| nonempty(&p.mode)),
            plover_context: pl.and_then(|p| nonempty(&p.context)),
            quad_class: quad_class(&root),
            goldstein: goldstein(&root),
            cameo: f.code.clone(),
            root,
            source,
            target,
            location,
            date,
            negated: matches!(modality, "negated" | "denied"),
            modality: modality.to_string(),
            origin: origin.to_string(),
            confidence: None,
        }
    }

    fn span(&self, start: usize, end: usize) -> TextSpan {
        TextSpan {
            start,
            end,
            text: self.doc.original[start..end].to_string(),
        }
    }

    fn modality(&self, f: &Found) -> &'static str {
        let lo = f.first.saturating_sub(4).max(self.sent.tokens.start);
        let habit = (f.last + 1..(f.last + 13).min(self.sent.tokens.end))
            .take_while(|&j| !self.boundary(j))
            .any(|j| HABITUAL.contains(&self.key(j)));
        // ... and so is كان before an imperfect (كان يدعو, كانوا يحتجون, كانت تحتجزهم): what
        // went on, in the background of the report
        let kana = f.first > self.sent.tokens.start
            && preverbal::KANA.contains(&self.key(f.first - 1).trim_start_matches(['و', 'ف']));
        // (the verb's own stem: a support verb's act has its noun's)
        let verb_stem = if f.first == f.noun {
            Some(f.stem.clone())
        } else {
            self.lookup(f.first).map(|(_, stem)| stem)
        };
        let imperfect = self.doc.tokens[f.first].verb
            && verb_stem.is_some_and(|s| is_imperfect(self.key(f.first), &s));
        if (habit && !self.doc.tokens[f.first].key.starts_with("ال")) || (kana && imperfect) {
            return "habitual";
        }
        // a speaker's "we will" is an intent (وإلا فسنفرض ضرائب: a threat)
        // (first_person_plural reads the same bare key past the future's س)
        let shall = self.bare_key(f.first).starts_with("سن");
        if shall && self.first_person_plural(f.first) {
            return "intended";
        }
        // an act called off, its subject between (ألغى الرئيس الأميركي دونالد ترامب اجتماع قمة)
        // (في أرجاء is "across", no postponement)
        let cancels = |j: usize| {
            let k = self.key(j).trim_start_matches('و');
            let across = k == "ارجاء" && j > self.sent.tokens.start && self.key(j - 1) == "في";
            CANCELLATIONS.contains(&k) && !across
        };
        let called_off = (f.first.saturating_sub(8).max(self.sent.tokens.start)..f.first)
            .rev()
            .take_while(|&j| !self.boundary(j))
            .any(cancels);
        // ... or a noun's act called off after it (أن زيارة إدوار فيليب ألغيت)
        let noun = !self.doc.tokens[f.first].verb;
        let called_off_after = noun
            && (f.last + 1..(f.last + 6).min(self.sent.tokens.end))
                .take_while(|&j| !self.boundary(j))
                .any(cancels);
        if called_off || called_off_after {
            return "cancelled";
        }
        // قد before an imperfect is "may" (قد تعقد اتفاقية), before a perfect "has"
        let qad = f.first > self.sent.tokens.start
            && matches!(self.key(f.first - 1).trim_start_matches(['و', 'ف']), "قد");
        if qad && imperfect {
            return "hypothetical";
        }
        // "any" before a verbal noun: under a ruling-out word it is negated (استبعد أي وساطة,
        // دون أي مفاوضات: a refusal), elsewhere it names no act that happened (نادرا ما تقر
        // بالتوصل إلى أي اتفاق)
        if f.first > lo && self.key(f.first - 1) == "اي" {
            let from = f.first.saturating_sub(6).max(self.sent.tokens.start);
            let ruling = ["استبعد", "رفض", "نفي", "دون", "بدون", "لا", "يرفض", "ترفض"];
            let ruled_out = (from..f.first - 1)
                .any(|j| ruling.contains(&self.key(j).trim_start_matches(['و', 'ف'])));
            return if ruled_out { "negated" } else { "hypothetical" };
        }
        // an act named as missing (دون موافقة, بدون تنسيق) did not happen, and refused nothing
        if f.first > self.sent.tokens.start
            && ["دون", "بدون"].contains(&self.key(f.first - 1).trim_start_matches(['و', 'ف']))
        {
            return "hypothetical";
        }
        // لا يزال / ما زال (still) is no negation
        let still = |j: usize| {
            j + 1 < f.first && ["يزال", "تزال", "زال", "زالت"].contains(&self.key(j + 1))
        };
        // a cue before the أن that opens the act's clause governs it too (احتمال أن تعيد
        // الولايات المتحدة فرض عقوبات)
        let start = self.sent.tokens.start;
        let bridge = (f.first.saturating_sub(8).max(start)..f.first)
            .rev()
            .take_while(|&j| !self.boundary(j))
            .find(|&j| j > start && self.key(j) == "ان")
            .map(|j| j - 1);
        for j in (lo..f.first).rev().filter(|&j| !still(j)).chain(bridge) {
            let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
            if let Some((_, m)) = MODALITY_CUES
                .iter()
                .find(|(c, _)| *c == k || *c == self.key(j))
            {
                return m;
            }
            // في حال / في حالة (in case of) opens a condition
            let in_case = ["حال", "حاله"].contains(&k) && j > lo && self.key(j - 1) == "في";
            if in_case || ["المهم", "يجب", "ينبغي", "يمكن", "الضروري", "اذا", "لو"].contains(&k)
            {
                return "hypothetical";
            }
        }
        let k = self
            .key(f.first)
            .strip_prefix('و')
            .unwrap_or(self.key(f.first));
        if k.starts_with('س') && !f.stem.starts_with('س') && is_imperfect(&k[2..], &f.stem) {
            return "announced";
        }
        "asserted"
    }

    /// Whether the condemning word at `i` convicts: a charge governed by ب follows within
    /// three words of its clause (إدانته الخميس بتقديم معلومات, دانته أيضا بتهمة, أدانت المحكمة
    /// المتهم بالقتل). The manner of a condemnation (بشدة, بأشد العبارات, بالإجماع) and a
    /// name (أدانت بغداد) are no charge.
    fn convicts(&self, i: usize) -> bool {
        const MANNER: [&str; 6] = ["بشده", "باشد", "بقوه", "باقسي", "بشكل", "بالاجماع"];
        (i + 1..(i + 4).min(self.sent.tokens.end))
            .take_while(|&j| !self.boundary(j))
            .any(|j| {
                let k = self.key(j);
                let charge = k.strip_prefix('ب').is_some_and(|r| {
                    r.starts_with("ال")
                        || r.starts_with('ت')
                        || matches!(r, "قضايا" | "ارتكاب" | "عدم")
                });
                charge && !MANNER.contains(&k) && self.ent_of[j].is_none()
            })
    }

    /// The closing comma of a relative aside opened by the comma at `j` (، التي تسيطر على
    /// قطاع غزة منذ 2007،), at most ten words on.
    fn relative_aside(&self, j: usize) -> Option<usize> {
        let opens = self.is_comma(j)
            && j + 1 < self.sent.tokens.end
            && RELATIVES[..3].contains(&self.key(j + 1));
        if !opens {
            return None;
        }
        let end = (j + 12).min(self.sent.tokens.end);
        (j + 2..end)
            .take_while(|&k| self.is_comma(k) || !self.boundary(k))
            .find(|&k| self.is_comma(k))
    }

    /// Up to `n` words before the word at `i` in the sentence, nearest first, passing over a
    /// relative aside that closes right before it or before قد / لكنها, between a verb and its
    /// subject (نتنياهو، الذي أمر جيشه بالرد، فقد توعد; وإيران، التي تساند الحوثيين، لكنها
    /// تنفي) or a threat and its ب; a word with the conjunction و opens another clause.
    fn words_back(&self, i: usize, n: usize) -> Vec<usize> {
        let start = self.sent.tokens.start;
        let mut words = Vec::with_capacity(n);
        let conjoined = self.key(i) != self.bare_key(i);
        let mut j = i;
        while j > start && words.len() < n {
            j -= 1;
            let lo = j.saturating_sub(11).max(start);
            let adjacent = (j + 1..i).all(|k| {
                matches!(
                    self.key(k),
                    "قد" | "فقد" | "لقد" | "لكنه" | "لكنها" | "لكنهم"
                )
            });
            let aside = (adjacent && !conjoined)
                .then(|| (lo..j).find(|&k| self.relative_aside(k) == Some(j)))
                .flatten();
            if let Some(open) = aside {
                j = open;
                continue;
            }
            words.push(j);
        }
        words
    }

    /// Whether word `j` lies inside a relative aside opened after word `from`.
    fn in_relative_aside(&self, from: usize, j: usize) -> bool {
        (from + 1..j).any(|k| self.relative_aside(k).is_some_and(|close| close > j))
    }

    /// Whether token `j` is a comma (Arabic or Latin).
    fn is_comma(&self, j: usize) -> bool {
        matches!(self.key(j), "،" | ",")
    }

    /// Whether the bare key of token `i` opens with one of `prefixes` (يضم, توقفت, أفضت).
    fn bare_opens(&self, i: usize, prefixes: &[&str]) -> bool {
        prefixes.iter().any(|p| self.bare_key(i).starts_with(p))
    }

    fn boundary(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        t.punct
            && matches!(
                t.key.as_str(),
                "،" | "," | "." | ";" | "؛" | ":" | "!" | "?" | "؟"
            )
    }

    fn is_report(&self, j: usize) -> bool {
        self.lx
            .trigger(self.key(j))
            .is_some_and(|(t, _)| t.kind == Kind::Report)
    }

    fn is_prep(&self, j: usize) -> bool {
        let k = self.key(j);
        // a name's word (علي خامنئي) is no preposition (على)
        if self.ent_of[j].is_some() {
            return false;
        }
        if PRONOMINAL.contains(&k) {
            return true;
        }
        TARGET_PREPS.contains(&k) || PLACE_PREPS.contains(&k) || k == "بعد" || k == "قبل"
    }

    /// The agent named by "من جانب / من قبل / من طرف / على يد" (by) right after the trigger
    /// (مناشدة من جانب كيتنغ, الاعتداء عليه من قبل أفراد الشرطة); the mention must follow at once.
    fn agent_phrase(&self, f: &Found) -> Option<Actor> {
        // an undergone act is told like a passive (تعرضت السعودية لانتقادات شديدة في الماضي من
        // منظمات حقوقية)
        let undergone = self.is_undergone(f);
        // ... or by its noun's genitive (تخضع كوريا الشمالية لعقوبات الأمم المتحدة), a name that
        // is no indefinite adjective (لهجوم بري: a ground attack, not Berri's)
        let genitive = f.noun + 1;
        let named = |j: usize| {
            let one_word = self.mention_last(j) == j;
            let adjective =
                one_word && !self.key(j).starts_with("ال") && self.key(j).ends_with('ي');
            self.mention_first(j) == j && !adjective
        };
        if undergone && genitive < self.sent.tokens.end && !self.key(f.noun).starts_with("لل") {
            if let Some(e) = self.ent_of[genitive].filter(|_| named(genitive)) {
                return Some(self.actor(e, genitive));
            }
        }
        let window = if self.passive(f.first) || undergone {
            PASSIVE_AGENT_WINDOW
        } else {
            AGENT_WINDOW
        };
        // the time right after the trigger does not count (وقتل الاثنين 60 فلسطينيا برصاص
        // القوات الإسرائيلية)
        let time = (f.last + 1..self.sent.tokens.end)
            .take_while(|&j| TIME_WORDS.contains(&self.key(j)) || self.key(j) == "يوم")
            .count();
        let end = (f.last + window + time).min(self.sent.tokens.end);
        // من جانب / من قبل / من طرف, and the passive's على يد / على أيدي: two words; the fire of a
        // violent act (قتل ... برصاص الجيش, بنيران القوات): one
        let by_len = |j: usize| {
            let next = self.key(j + 1);
            if (self.key(j) == "من" && matches!(next, "جانب" | "قبل" | "طرف"))
                || (self.key(j) == "علي" && matches!(next, "يد" | "ايدي"))
            {
                Some(2)
            } else if self.key(j) == "من" && undergone && self.actor_starts(j + 1) {
                // an undergone act names its agent by من alone (تعرضت السعودية لانتقادات من
                // منظمات حقوقية)
                Some(1)
            } else {
                let violent = matches!(f.code.get(..2), Some("18" | "19" | "20"));
                (violent && FIRE_AGENTS.contains(&self.key(j))).then_some(1)
            }
        };
        let Some((by, len)) = (f.last + 1..end.saturating_sub(1))
            .take_while(|&j| !self.boundary(j))
            .find_map(|j| Some((j, by_len(j)?)))
        else {
            return self
                .relative_agent(f.noun)
                .or_else(|| self.strike_agent(f, end));
        };
        self.actor_from(by + len)
    }

    /// The agent of a killing told by the strike it came in (قتل 12 مدنيا في غارات روسية, في
    /// غارات شنتها طائرات روسية): the strike noun's nisba or the subject of its relative clause.
    fn strike_agent(&self, f: &Found, end: usize) -> Option<Actor> {
        const STRIKES: [&str; 7] = ["غاره", "غارات", "قصف", "ضربه", "ضربات", "هجوم", "هجمات"];
        if !matches!(f.code.get(..2), Some("18" | "19" | "20")) {
            return None;
        }
        let strike = |j: usize| {
            candidates(self.key(j))
                .iter()
                .any(|c| STRIKES.contains(&c.as_str()))
        };
        let p = (f.last + 1..end.saturating_sub(1))
            .take_while(|&j| !self.boundary(j))
            .find(|&j| self.key(j) == "في" && strike(j + 1))?;
        self.act_nisba(p + 1).or_else(|| self.relative_agent(p + 1))
    }

    /// The actor phrase opening at token `from`: a mention, or actor nouns up to an actor head
    /// (عناصر من الشرطة العسكرية: the body its members act for).
    fn actor_from(&self, from: usize) -> Option<Actor> {
        let mut j = from;
        while j < self.sent.tokens.end && self.ent_of[j].is_none() && self.is_actor_noun(j) {
            j += 1;
        }
        // a body's members (على يد عناصر من الشرطة العسكرية) act for the body
        let body = (j > from).then(|| self.body_after(j)).flatten();
        if body.is_some() {
            return body;
        }
        match self.ent_of.get(j).copied().flatten() {
            Some(e) if !self.is_place_object(j) => Some(self.actor(e, from)),
            Some(_) => None,
            None => self.unnamed_subject(from, from),
        }
    }

    /// The agent a relative clause names for the act noun ending at token `i`: a support verb
    /// carrying the noun's pronoun, right after the noun or its relative pronoun, then its
    /// subject (غارة شنتها طائرات التحالف, المجزرة التي ارتكبتها إسرائيل, الحرب التي خاضتها مصر).
    fn relative_agent(&self, i: usize) -> Option<Actor> {
        self.actor_from(self.relative_verb(i)? + 1)
    }

    /// The support verb of the relative clause after the act noun at token `i` (see
    /// [`Ctx::relative_agent`]).
    fn relative_verb(&self, i: usize) -> Option<usize> {
        if self.doc.tokens[i].verb {
            return None;
        }
        let end = (i + 4).min(self.sent.tokens.end);
        let v = (i + 1..end)
            .take_while(|&j| !self.boundary(j) && self.ent_of[j].is_none())
            .find(|&j| self.support_with_pronoun(j))?;
        // between the noun and the verb: its adjective, its relative pronoun, or both
        let relative = RELATIVES[..2].contains(&self.key(v - 1));
        let adjectives = if relative { v - 1 } else { v };
        (i + 1..adjectives)
            .all(|j| self.agrees_as_adjective(i, j))
            .then_some(v)
            .filter(|_| adjectives - i <= 2)
    }

    /// Whether token `j` can be an adjective of the noun at `i`: no verb, no preposition glued
    /// to it (بالعمليات is a complement), the article where the noun has it.
    fn agrees_as_adjective(&self, i: usize, j: usize) -> bool {
        let definite = |k: &str| k.trim_start_matches(['و', 'ف']).starts_with("ال");
        let k = self.key(j);
        !self.doc.tokens[j].verb
            && !["ب", "ل", "ك"].iter().any(|p| k.starts_with(p))
            && definite(self.key(i)) == k.starts_with("ال")
    }

    /// Whether token `j` is a support verb of acts with an object pronoun (شنتها, ارتكبها,
    /// نفذوها, تشنها): the pronoun stands for the act noun it follows. A final ة is a noun
    /// (قادة: leaders).
    fn support_with_pronoun(&self, j: usize) -> bool {
        const SUPPORTS: [&str; 13] = [
            "شن",
            "ارتكب",
            "خاض",
            "نفذ",
            "اجر",
            "اجرا",
            "وجه",
            "قاد",
            "عقد",
            "نظم",
            "تبن",
            "تبنا",
            "اطلق",
        ];
        if self.ta_marbuta(j) {
            return false;
        }
        let k = self.key(j);
        let Some(rest) = possessive_stem(k, 0) else {
            return false;
        };
        let rest = rest
            .strip_suffix('ت')
            .or_else(|| rest.strip_suffix('و'))
            .unwrap_or(rest);
        let stems = [
            rest,
            rest.strip_prefix('ي').unwrap_or(rest),
            rest.strip_prefix('ت').unwrap_or(rest),
        ];
        stems.iter().any(|r| SUPPORTS.contains(r))
    }

    /// Whether an actor starts at token `j`: a mention or an actor head (منظمات حقوقية).
    fn actor_starts(&self, j: usize) -> bool {
        j < self.sent.tokens.end
            && (self.ent_of[j].is_some()
                || candidates(self.bare_key(j))
                    .iter()
                    .any(|c| ACTOR_HEADS.contains(&c.as_str())))
    }

    /// Whether mention `e` is the name the act's own object opens (فتح معبر رفح: the crossing
    /// is what is opened, neither source nor target).
    fn object_name(&self, f: &Found, e: Option<usize>) -> bool {
        e.is_some() && self.ent_of[f.last] == e
    }

    /// Whether token `j` is written with a final ة.
    fn ta_marbuta(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        self.doc.original[t.start..t.end].ends_with('ة')
    }

    /// Whether token `j` opens with the conjunction و, not with a name's own letter (وفرنسا,
    /// not واشنطن or وارسو, which the dictionaries know whole).
    fn conjoined(&self, j: usize) -> bool {
        let k = self.key(j);
        k.starts_with('و') && !self.lx.actors.contains_key(k)
    }

    /// Whether token `k` can belong to a subject phrase between a verb and its object: a
    /// mention's word, an actor noun or a nisba.
    fn subject_word(&self, k: usize) -> bool {
        self.ent_of[k].is_some() || self.is_actor_noun(k) || is_nisba(self.key(k))
    }

    /// The last token of a construct chain after an indefinite head at `j`: up to three plain
    /// words ending with the first definite one (تحالف دعم الشرعية), or with a place's name
    /// (محكمة جنايات القاهرة).
    fn construct_end(&self, j: usize) -> Option<usize> {
        let end = (j + 4).min(self.sent.tokens.end);
        for k in j + 1..end {
            // a place closes an institution's name (محكمة جنايات القاهرة, شرطة دبي) right after
            // the head or after one noun that is no feminine adjective (جهات كثيرة روسيا)
            let near = k == j + 1 || (k == j + 2 && !self.key(j + 1).ends_with('ه'));
            let place = self.ent_of[k].filter(|&e| self.doc.entities[e].etype == "LOC");
            if place.is_some() && near {
                return Some(self.mention_last(k));
            }
            // a definite genitive the dictionaries also code as an act (فصائل المعارضة, لجنة
            // التحقيق) closes the name; a verb or bare act noun stops it
            let act = self.lookup(k).is_some() && !self.key(k).starts_with("ال");
            let time = TIME_WORDS.contains(&self.key(k));
            let stop =
                self.ent_of[k].is_some() || self.boundary(k) || self.is_prep(k) || act || time;
            if stop {
                return None;
            }
            if self.key(k).starts_with("ال") {
                return Some(k);
            }
        }
        None
    }

    /// An unnamed or unrecognised collective subject at token `j`: an actor head with the actor
    /// nouns before it from `from` (قوات الشرطة) and, when definite, a nisba after it (السلطات
    /// الإيرانية), when indefinite, the construct it opens (تحالف دعم الشرعية); never when a
    /// recognised name follows in construct (قوات الجيش اليمني is the name's actor phrase).
    fn unnamed_subject(&self, from: usize, j: usize) -> Option<Actor> {
        self.unnamed_phrase(from, j, false)
    }

    /// The subject of the verb trigger `f`, the first word after it (before token `j`, past
    /// times and marks) when the verb opens its clause: a noun that names people acting
    /// ([`AGENT_NOUNS`]: قال المحامي, وتتهم الجمعيات الخيرية), a definite title alone (وأدان
    /// الوزير) or a dual (التقى الرئيسان), with its adjectives or construct genitive and the body
    /// they serve in (خبراء حقوق الإنسان في الأمم المتحدة).
    fn agentive_subject(&self, f: &Found, j: usize) -> Option<Actor> {
        const OPENERS: [&str; 14] = [
            "كما",
            "فيما",
            "بينما",
            "حيث",
            "ثم",
            "قد",
            "وقد",
            "لقد",
            "فقد",
            "بعدما",
            "عندما",
            "حينما",
            "حين",
            "اذ",
        ];
        let i = f.first;
        let k = self.key(i);
        // a verb opening its clause (وتتهم, نددت at the start, كما طالب); after a noun it is a
        // relative clause on that noun (هجوما انتحاريا استهدف المفوضية), the noun after it the
        // object; a plural verb (يهددون السكان) has its subject before it
        let opens = k.starts_with(['و', 'ف'])
            || i == self.sent.tokens.start
            || self.boundary(i - 1)
            || OPENERS.contains(&self.key(i - 1))
            || TIME_WORDS.contains(&self.key(i - 1));
        let plural = ["ون", "وا"].iter().any(|p| k.ends_with(p));
        let verb = f.first == f.last && self.doc.tokens[i].verb && opens && !plural;
        // the first word after the verb and its times (a title the loop passed over: وأدان
        // الوزير ما وصفه)
        let j = (f.first + 1..j)
            .find(|&x| !(self.doc.tokens[x].punct || TIME_WORDS.contains(&self.key(x))))
            .unwrap_or(j);
        if j >= self.sent.tokens.end {
            return None;
        }
        // a sound plural in ين is in the object's case (ثم اعتقلت المحتجين); the subject's is ون
        let oblique = self.key(j).ends_with("ين");
        let a = (verb && !oblique).then(|| self.unnamed_phrase(j, j, true))??;
        let toks = &self.doc.tokens;
        let fi = token_at(toks, a.end);
        let body = (fi + 1 < self.sent.tokens.end && self.key(fi) == "في")
            .then(|| self.ent_of[fi + 1])
            .flatten()
            .filter(|&e| self.doc.entities[e].etype == "ORG");
        Some(match body {
            Some(_) => self.phrase_actor(j, self.mention_last(fi + 1)),
            None => a,
        })
    }

    /// The unnamed actor phrase headed by token `j` (see [`Ctx::unnamed_subject`]); `agentive`
    /// admits the heads of [`AGENT_NOUNS`], definite titles and duals too.
    fn unnamed_phrase(&self, from: usize, j: usize, agentive: bool) -> Option<Actor> {
        let k = self.bare_key(j);
        // the presidency acts only with its country's nisba (الرئاسة الفلسطينية); alone it is the
        // office (ترشحه للرئاسة)
        let presidency = || {
            k == "الرياسه"
                && j + 1 < self.sent.tokens.end
                && is_nisba(self.key(j + 1))
                && crate::actors::country_of(self.lx, self.key(j + 1)).is_some()
        };
        let head = candidates(k)
            .iter()
            .any(|c| ACTOR_HEADS.contains(&c.as_str()))
            || presidency()
            || (agentive && AGENT_NOUNS.contains(&k.strip_prefix("ال").unwrap_or(k)))
            || (agentive && k.starts_with("ال") && personal_noun(k) && !dweller(k))
            || (agentive && dual_stem(k).is_some())
            || (agentive && people_in_nominative(k));
        let next = j + 1;
        // an indefinite head opens a construct name (تحالف دعم الشرعية), unless it is a sound
        // plural, which loses its ن in construct (مسلحون مجهولون: armed men, unknown; يتهم
        // منتقدون الرئيس: the name after it is the object)
        let sound_plural = k.ends_with("ون") || k.ends_with("ين");
        let named_next = next < self.sent.tokens.end && self.ent_of[next].is_some();
        let indefinite_plural = sound_plural && !k.starts_with("ال");
        // a definite head is in construct with nothing: a nominative plural before a name is
        // the subject before its object (اتهم المحققون روسيا)
        let subject_plural = k.starts_with("ال") && k.ends_with("ون");
        if !head || named_next && !indefinite_plural && !subject_plural {
            return None;
        }
        // an indefinite plural in ات takes an indefinite adjective (منظمات حقوقية), no
        // construct; a quantity (جهات كثيرة) names no one
        const QUANTITIES: [&str; 4] = ["كثيره", "عديده", "مختلفه", "متعدده"];
        let indefinite_adjective = |x: usize| {
            x < self.sent.tokens.end
                && !QUANTITIES.contains(&self.key(x))
                && !self.key(x).starts_with("ال")
                && !self.key(x).starts_with('و')
                && self.key(x).ends_with('ه')
                && self.lookup(x).is_none()
        };
        // an indefinite sound plural takes its plural adjectives (مشرعون ديموقراطيون)
        let plural_adjective = |x: usize| {
            x < self.sent.tokens.end
                && self.ent_of[x].is_none()
                && !self.key(x).starts_with("ال")
                && !self.key(x).starts_with('و')
                && self.key(x).ends_with("ون")
                && self.lookup(x).is_none()
        };
        let last = if k.ends_with("ات") && indefinite_adjective(next) {
            // منظمات حقوقية دولية: every adjective of the run
            (next..self.sent.tokens.end)
                .take_while(|&x| indefinite_adjective(x))
                .last()
                .unwrap_or(next)
        } else if indefinite_plural && plural_adjective(next) {
            (next..self.sent.tokens.end)
                .take_while(|&x| plural_adjective(x))
                .last()
                .unwrap_or(next)
        } else if !k.starts_with("ال") && !sound_plural {
            // an agent noun stands alone (قتل انتحاري الاثنين 8 أشخاص) ... or the place that
            // qualifies it (محكمة في بغداد)
            let agent = agentive && AGENT_NOUNS.contains(&k);
            self.construct_end(j)
                .or_else(|| agent.then_some(j))
                .or_else(|| (self.place_qualifier_end(j, j) > j).then_some(j))?
        } else {
            j
        };
        // a plural nisba in the nominative qualifies the plural head, after its construct too
        // (الشركاء التجاريون, قضاة التحقيق الفرنسيون); in ين it is mostly the verb's object
        // (اتهم تحالف دعم الشرعية الحوثيين)
        let plural_nisba = |x: usize| {
            let k = self.key(x);
            // (the nationality may be a one-word mention of its own)
            x < self.sent.tokens.end
                && (self.ent_of[x].is_none()
                    || (self.mention_first(x) == x && self.mention_last(x) == x))
                && k.starts_with("ال")
                && k.chars().count() > 6
                && k.ends_with("يون")
        };
        let last = if plural_nisba(last + 1) {
            last + 1
        } else {
            last
        };
        let last = self.place_qualifier_end(j, self.adjectives_end(last));
        let last = self.affiliation_end(last);
        // a head that titles the person after it is no actor of its own (الوزراء البريطانية
        // تيريزا ماي); plural men are no title (اغتال مسلحون مجهولون الصحافي جمال خاشقجي, يتهم
        // محققون ماريا بوتينا)
        let men = indefinite_plural;
        if self.titles_a_person(last + 1) && !men {
            return None;
        }
        // nouns in construct before the head carry no article (قادة جيوش دول التحالف): a
        // definite noun before it is another phrase (هاجم الوزير الحكومة)
        let first = (from..j)
            .find(|&i| (i..j).all(|x| self.is_actor_noun(x) && !self.bare_key(x).starts_with("ال")))
            .unwrap_or(j);
        Some(self.phrase_actor(first, last))
    }

    /// The end of a place qualifying the unnamed actor phrase `first..=j` right after it
    /// (السلطات في تايلاند, محكمة في بغداد): a phrase that names no country is named by both;
    /// `j` when it names one (الجيش الإسرائيلي في غزة: the army, somewhere) or no place mention
    /// follows في.
    fn place_qualifier_end(&self, first: usize, j: usize) -> usize {
        let (fi, place) = (j + 1, j + 2);
        let toks = &self.doc.tokens;
        let phrase = &self.doc.original[toks[first].start..toks[j].end];
        // people (المتظاهرين في البصرة) and states (دول التحالف في بروكسل) are where they are,
        // not named by the place
        let states = candidates(self.key(first)).iter().any(|c| c == "دول");
        let people = states || ["ون", "ين"].iter().any(|e| self.key(first).ends_with(e));
        let located = place < self.sent.tokens.end
            && !people
            && crate::actors::country_of(self.lx, phrase).is_none()
            && self.key(fi) == "في"
            && self.ent_of[place].is_some_and(|e| self.doc.entities[e].etype == "LOC");
        if !located {
            return j;
        }
        // a place in construct with the next (إقليم كردستان العراق) ends with it
        let mut last = place;
        while let Some(e) = self.ent_of.get(last).copied().flatten() {
            last = self.mention_last(last);
            let next_place = self
                .ent_of
                .get(last + 1)
                .copied()
                .flatten()
                .filter(|&n| n != e && self.doc.entities[n].etype == "LOC");
            if next_place.is_none() || last + 1 >= self.sent.tokens.end {
                break;
            }
            last += 1;
        }
        last
    }

    /// The end of the side an actor phrase ending at token `j` belongs to (الميليشيات الموالية
    /// لإيران, القوات التابعة للنظام السوري): past the ل-mention after an affiliation participle,
    /// which may end the phrase itself; `j` when none follows.
    fn affiliation_end(&self, j: usize) -> usize {
        // (indefinite after an indefinite head: قوات موالية لسلطات دمشق)
        const AFFILIATIONS: [&str; 11] = [
            "الموالي",
            "المواليه",
            "التابع",
            "التابعه",
            "المقرب",
            "المقربه",
            "موال",
            "موالي",
            "مواليه",
            "تابع",
            "تابعه",
        ];
        let end = self.sent.tokens.end;
        let participle = if AFFILIATIONS.contains(&self.key(j)) {
            j
        } else if j + 1 < end && AFFILIATIONS.contains(&self.key(j + 1)) {
            j + 1
        } else {
            return j;
        };
        let side = participle + 1;
        let lam =
            side < end && self.key(side).starts_with('ل') && !self.key(side).starts_with("ال");
        match self.ent_of.get(side).copied().flatten().filter(|_| lam) {
            Some(_) => self.mention_last(side),
            None => j,
        }
    }

    /// An actor noun made definite by a possessive pronoun (مؤيدوه, أنصارها, قواتهم): a whole
    /// unnamed phrase by itself.
    fn possessed_actor(&self, j: usize) -> Option<Actor> {
        let k = self.bare_key(j);
        let base = k.strip_suffix(self.written_suffix(j, &["هم", "ها", "ه"])?)?;
        let noun = |w: &str| ACTOR_NOUNS.contains(&w) || ACTOR_HEADS.contains(&w);
        // the hamza's seat moves before the pronoun (وزراء → وزرائها)
        let seated = || crate::norm::possessed_candidates(k).iter().any(|c| noun(c));
        if !(noun(base) || seated()) || self.ent_of[j].is_some() {
            return None;
        }
        Some(self.span_actor(j, j, None))
    }

    /// The last of the adjectives (الجوي السعودي, المانحة) that follow token `j` with no name
    /// among them; `j` when none does.
    fn adjectives_end(&self, j: usize) -> usize {
        let end = self.sent.tokens.end;
        let adjective = |k: usize| {
            let feminine = (self.ta_marbuta(j), self.ta_marbuta(k));
            self.ent_of[k].is_none() && agreeing_adjective(self.key(j), self.key(k), feminine)
        };
        (j + 1..end)
            .take_while(|&k| adjective(k))
            .last()
            .unwrap_or(j)
    }

    /// A person named right after a role mention (رئيسة الوزراء البريطانية تيريزا ماي).
    fn prefer_person(&self, e: usize, j: usize) -> usize {
        // a collective body (السلطات الإيرانية, الشرطة) is not a title before a name
        let collective = candidates(self.key(j))
            .iter()
            .any(|c| ACTOR_HEADS.contains(&c.as_str()));
        if self.doc.entities[e].etype == "PER" || collective {
            return e;
        }
        let end = (j + 5).min(self.sent.tokens.end);
        for k in j + 1..end {
            if (self.boundary(k) && !self.apposition_comma(k)) || self.is_prep(k) {
                break;
            }
            if let Some(p) =
                self.ent_of[k].filter(|&p| p != e && self.doc.entities[p].etype == "PER")
            {
                // a person's title, then an indefinite word right before the name: the word
                // heads a phrase with the name (الرئيس الفرنسي تصريحات ترامب: the statements
                // are Trump's, the president another man), unless the recogniser read the title
                // as the name's role (وزير الدفاع الأميركي آشتون before كارتر)
                let head = &self.doc.tokens[k - 1];
                let construct = personal_noun(self.key(j))
                    && self.ent_of[k - 1].is_none()
                    && !head.punct
                    && !head.verb
                    && !self.key(k - 1).starts_with("ال");
                return if !construct || self.holds_role(j, k, p) {
                    p
                } else {
                    e
                };
            }
        }
        e
    }

    /// The source of a periphrastic passive (تم استهداف) inside a statement of a spokesman: the
    /// spokesman reports the act as their own side's, so the body they speak for (المتحدث باسم
    /// التحالف) is its source.
    fn reported_passive(&self, f: &Found) -> Option<Actor> {
        if !self.periphrastic(f.first) {
            return None;
        }
        let at = self.doc.tokens[f.first].start;
        let speaker = self
            .doc
            .quotes
            .iter()
            .filter(|q| q.content.start <= at && at < q.content.end)
            .find_map(|q| q.speaker.as_ref())
            .filter(|a| !crate::statements::is_media(&a.text))?;
        self.spoken_for(speaker)
    }

    /// The body a speaker speaks for: the mention after "باسم" in the few words before one of the
    /// speaker's mentions (المتحدث باسم التحالف العربي، العقيد تركي المالكي).
    fn spoken_for(&self, speaker: &Actor) -> Option<Actor> {
        let toks = &self.doc.tokens;
        let own = |e: &EntityRef| {
            (e.start == speaker.start && e.end == speaker.end)
                || (speaker.group.is_some() && e.group == speaker.group)
        };
        self.doc.entities.iter().filter(|e| own(e)).find_map(|e| {
            let i = token_at(toks, e.start);
            let k = (i.saturating_sub(8)..i).find(|&k| toks[k].key == "باسم")?;
            // the first name between باسم and the speaker, with its head nouns (قوات التحالف)
            let named = self
                .doc
                .entities
                .iter()
                .find(|b| b.start >= toks[k].end && b.end <= e.start && b.etype != "LOC");
            match named {
                Some(b) => Some(crate::statements::entity_actor(self.doc, b)),
                // an unnamed body (باسم تحالف دعم الشرعية في اليمن), read in its own sentence
                None => {
                    let sents = &self.doc.sentences;
                    let sent = sents.iter().find(|s| s.tokens.contains(&(k + 1)))?;
                    let cx = Ctx { sent, ..*self };
                    cx.unnamed_subject(k + 1, k + 1)
                        .filter(|b| b.end <= e.start)
                }
            }
        })
    }

    /// Whether token `i` is the verbal noun of a periphrastic passive (تم / يتم فرض رسوم, جرى
    /// فيها إطلاق النار): the auxiliary, maybe with a pronoun-carrying preposition, before it.
    fn periphrastic(&self, i: usize) -> bool {
        const AUX: [&str; 9] = [
            "تم",
            "يتم",
            "سيتم",
            "وتم",
            "ويتم",
            "جري",
            "يجري",
            "وجري",
            "ويجري",
        ];
        let lo = self.sent.tokens.start;
        let aux = |j: usize| j >= lo && AUX.contains(&self.key(j));
        i > lo && (aux(i - 1) || (i > lo + 1 && self.is_prep(i - 1) && aux(i - 2)))
    }

    /// A damma on the first letter marks a passive verb (قُتل, أُطلق).
    fn passive(&self, i: usize) -> bool {
        // تم / يتم + verbal noun is the periphrastic passive (إذا تم فرض رسوم)
        if self.periphrastic(i) {
            return true;
        }
        let t = &self.doc.tokens[i];
        let text = &self.doc.original[t.start..t.end];
        let text = text.strip_prefix('و').unwrap_or(text);
        text.chars().nth(1) == Some('\u{064F}')
    }

    /// Whether token `i` is a verb, or a trigger's bare hollow perfect the tagger may miss
    /// (وزار روسيا): three letters with a long ا in the middle, which no verbal noun has.
    fn verb_like(&self, i: usize) -> bool {
        let bare_perfect = || {
            self.lookup(i).is_some_and(|(_, stem)| {
                let letters: Vec<char> = stem.chars().collect();
                stem == self.bare_key(i) && letters.len() == 3 && letters[1] == 'ا'
            })
        };
        self.doc.tokens[i].verb || bare_perfect()
    }

    /// Whether the verb at `i` is a masculine singular form: the bare stem of a perfect (زار,
    /// وحذر) or an imperfect in ي (يزور). Verbs with an object pronoun or a stem in ت are left
    /// undecided (false).
    fn masculine_verb(&self, i: usize) -> bool {
        let Some((_, stem)) = self.lookup(i) else {
            return false;
        };
        let w = self.bare_key(i);
        if !self.verb_like(i) {
            return false;
        }
        let Some(pos) = w.find(stem.as_str()).filter(|_| !stem.ends_with('ت')) else {
            return false;
        };
        w.len() == pos + stem.len() && matches!(&w[..pos], "" | "ي" | "سي")
    }

    /// Whether the verb at `i` is a plural form: its stem followed by وا (perfect: اتهموا) or
    /// ون (imperfect: يتهمون).
    fn plural_verb(&self, i: usize) -> bool {
        let Some((_, stem)) = self.lookup(i) else {
            return false;
        };
        let w = self.bare_key(i);
        self.doc.tokens[i].verb
            && w.find(stem.as_str())
                .is_some_and(|pos| matches!(&w[pos + stem.len()..], "وا" | "ون"))
    }

    /// Whether the verb at `i` is a third person feminine singular form: an imperfect in ت
    /// (تسمح, ستسمح) or a perfect ending in ت after its stem (سمحت).
    fn feminine_verb(&self, i: usize) -> bool {
        let Some((_, stem)) = self.lookup(i) else {
            return false;
        };
        let w = self.bare_key(i);
        match w.find(stem.as_str()) {
            Some(pos) => {
                let (before, after) = (&w[..pos], &w[pos + stem.len()..]);
                matches!((before, after), ("ت" | "ست", "") | ("", "ت"))
            }
            None => false,
        }
    }

    /// Whether the mention opening at token `j` is a state or city that cannot be the subject of
    /// the masculine verb at `i`: states and cities take feminine agreement (أعلنت الصين, زارت
    /// موسكو), so after زار / حذر they are the object (وزار الصين سرا). A country-level code, and
    /// none of the states named by a masculine noun (أعلن العراق, أكد لبنان).
    fn state_object(&self, i: usize, j: usize) -> bool {
        let Some(e) = self.ent_of[j].filter(|_| self.mention_first(j) == j) else {
            return false;
        };
        let place = self.doc.entities[e].etype == "LOC";
        let code = || self.actor(e, j).code.is_some_and(|c| c.len() == 3);
        let masculine = rasd_text::agreement::masculine_state(self.bare_key(j));
        place && !masculine && self.masculine_verb(i) && code()
    }

    /// The antecedent of a relative clause whose imperfect verb takes a stance (أما روسيا، التي
    /// تنفي الاتهامات البريطانية; الدول التي ترفض): the name before الذي / التي is its subject,
    /// unless the verb carries an object pronoun that the name resumes (التي تدعمها واشنطن). A
    /// perfect there is often a passive the script does not mark (ريجيني الذي قتل في مصر), and a
    /// material act an ongoing background, so only denials, demands, criticism, rejections and
    /// threats count.
    fn relative_subject(&self, f: &Found) -> Option<Actor> {
        const RELATIVES: [&str; 5] = ["التي", "الذي", "الذين", "اللتين", "اللذين"];
        let i = f.first;
        let t = &self.doc.tokens[i];
        let imperfect = t.verb && crate::fallback::is_imperfect(&t.key, &f.stem);
        let own = self.bare_key(i).ends_with(f.stem.as_str());
        let stance = matches!(f.code.get(..2), Some("01" | "10" | "11" | "12" | "13"));
        let p = i.checked_sub(1).filter(|&p| p > self.sent.tokens.start)?;
        if !imperfect || !own || !stance || !RELATIVES.contains(&self.key(p)) {
            return None;
        }
        let a = if self.is_comma(p - 1) {
            p.checked_sub(2)?
        } else {
            p - 1
        };
        if a < self.sent.tokens.start {
            return None;
        }
        let e = self.ent_of[a]?;
        // a name right after the verb is its own subject (غولن، الذي يطالب أردوغان بتسليمه), and
        // the feminine التي after a person resumes another noun (تحركات طارق صالح، التي تهدد)
        let subject_after = self.ent_of.get(i + 1).copied().flatten().is_some();
        let person = self.doc.entities[e].etype == "PER";
        if self.is_place_object(a) || subject_after || (person && self.key(p) == "التي") {
            return None;
        }
        Some(self.actor(e, self.mention_first(a)))
    }

    fn source_before(&self, i: usize) -> Option<Actor> {
        let words = self.words_back(i, 8);
        let lo = words.last().copied().unwrap_or(i);
        for j in words {
            // the comma closing a titled name's apposition (المرشد الإيراني، علي خامنئي، رفض),
            // when no verb before the title has taken the name as its subject (انتقد الرئيس
            // الإيراني، حسن روحاني، حظر تطبيق: the ban is the criticism's object) and no
            // preposition governs it (الصحيفة المعارضة للرئيس، رجب طيب أردوغان، ترفض); كان
            // opens a fronted subject (وكان المرشد الإيراني، علي خامنئي، رفض)
            let clause_verb = || {
                (self.sent.tokens.start..j)
                    .rev()
                    .take_while(|&k| {
                        !COMPLEMENTIZERS.contains(&self.key(k))
                            && (!self.boundary(k) || self.apposition_comma(k) || k + 1 == j)
                    })
                    .any(|k| {
                        let key = self.key(k).trim_start_matches(['و', 'ف']);
                        let governed = key.starts_with("لل") || key.starts_with("بال");
                        let kana = matches!(key, "كان" | "كانت");
                        (self.doc.tokens[k].verb && !kana) || governed || self.is_prep(k)
                    })
            };
            // ... or the comma after the subject كان fronts (وكان الأمين العام للأمم المتحدة
            // أنطونيو غوتيريس، حذر)
            let kana_front = || {
                (self.sent.tokens.start..j)
                    .rev()
                    .take_while(|&k| !self.boundary(k))
                    .find(|&k| self.doc.tokens[k].verb)
                    .is_some_and(|k| {
                        matches!(self.key(k).trim_start_matches(['و', 'ف']), "كان" | "كانت")
                    })
            };
            let closing = j + 1 == i
                && j > lo
                && self.is_comma(j)
                && self.ent_of[j - 1].is_some_and(|e| self.doc.entities[e].etype == "PER")
                && (self.apposition_comma_before(j) && !clause_verb() || kana_front());
            if closing {
                continue;
            }
            if self.boundary(j) || COMPLEMENTIZERS.contains(&self.key(j)) || self.is_report(j) {
                return None;
            }
            if let Some(e) = self.ent_of[j] {
                // (a body named after أمام, قرب ... is where it happened: تجمع المتظاهرون أمام
                // البرلمان)
                let first = self.mention_first(j);
                let spatial = first > self.sent.tokens.start
                    && SPATIAL.contains(&self.key(first - 1).trim_start_matches('و'));
                if self.is_place_object(j) || self.proclitic_object(j) || spatial {
                    continue;
                }
                if self.genitive_of_noun(j) || self.prepositional_genitive(j) {
                    return None;
                }
                return Some(self.actor(e, lo));
            }
            // an unnamed subject phrase right before the verb (أن قوات الدفاع الجوي السعودي اعترضت)
            let toks = &self.doc.tokens;
            let before_verb = |a: &Actor| a.end == toks[i - 1].end;
            let genitive = || self.after_prepositional_noun(j);
            if let Some(a) = self.unnamed_subject(lo, j).filter(before_verb) {
                if genitive() {
                    return None;
                }
                return Some(a);
            }
        }
        None
    }

    /// Whether the mention at token `j` is the genitive of a verbal noun trigger right before it
    /// (رفض المحكمة العليا ...): it is that act's agent or object, not the subject of a later one.
    fn genitive_of_noun(&self, j: usize) -> bool {
        let first = self.mention_first(j);
        let Some(p) = first
            .checked_sub(1)
            .filter(|&p| p >= self.sent.tokens.start)
        else {
            return false;
        };
        let t = &self.doc.tokens[p];
        let noun = t.stem.is_some() && !t.verb;
        noun && self.lookup(p).is_some_and(|(t, _)| t.kind == Kind::Event)
    }

    /// Whether the mention at token `j` is the genitive of a noun carrying a preposition
    /// (لحساب المملكة المتحدة, لصالح إيران, بقيادة السعودية): it stands in a prepositional phrase,
    /// so it is no subject of the verb after it.
    fn prepositional_genitive(&self, j: usize) -> bool {
        self.after_prepositional_noun(self.mention_first(j))
    }

    /// Whether token `first` follows an indefinite noun that carries the preposition ل or ب
    /// (لحساب, لصالح, بقيادة): it is that noun's genitive.
    fn after_prepositional_noun(&self, first: usize) -> bool {
        let Some(p) = first
            .checked_sub(1)
            .filter(|&p| p >= self.sent.tokens.start)
        else {
            return false;
        };
        let t = &self.doc.tokens[p];
        let Some(stem) = t.stem.as_deref().filter(|_| !t.verb && !t.punct) else {
            return false;
        };
        let key = t.key.trim_start_matches(['و', 'ف']);
        let prep = key
            .strip_prefix(['ل', 'ب'])
            .is_some_and(|rest| rest.starts_with(stem));
        prep && !stem.starts_with("ال")
    }

    /// The subject of the reporting verb nearest before token `i` in its sentence (at most
    /// `REPORT_BACK_WINDOW` tokens back): the name after it, else the one before it.
    fn reporter_subject(&self, i: usize) -> Option<Actor> {
        let from = i.saturating_sub(REPORT_BACK_WINDOW);
        let r = (self.sent.tokens.start.max(from)..i)
            .rev()
            .find(|&j| self.is_report(j))?;
        let end = (r + SUBJECT_WINDOW).min(i);
        for j in r + 1..end {
            if COMPLEMENTIZERS.contains(&self.key(j)) || self.boundary(j) {
                break;
            }
            if let Some(e) = self.ent_of[j] {
                return Some(self.actor(e, r + 1));
            }
        }
        self.source_before(r)
    }

    /// A mention introduced by a place preposition (في العراق) is a place, not an actor.
    fn is_place_object(&self, j: usize) -> bool {
        let e = &self.doc.entities[self.ent_of[j].unwrap_or(0)];
        let first = self.mention_first(j);
        // (a hashtag mark may stand between the preposition and the name: في #اليمن)
        let marked = if first > self.sent.tokens.start + 1 && self.key(first - 1) == "#" {
            first - 1
        } else {
            first
        };
        let coordinated = self.conjoined(first)
            && first > self.sent.tokens.start
            && self.ent_of[first - 1].is_some()
            && self.is_place_object(first - 1);
        let headed = first > self.sent.tokens.start && self.place_noun_phrase(first - 1);
        // a body's seat (في مقر الأمم المتحدة) is a place whatever the body
        headed
            || e.etype == "LOC"
                && (marked.checked_sub(1).is_some_and(|p| self.place_prep(p))
                    || self.b_clitic(first)
                    || coordinated)
    }

    /// Whether token `p` is a place preposition (في, أمام), the conjunction glued to it or not
    /// (وفي العراق).
    fn place_prep(&self, p: usize) -> bool {
        let k = self.key(p);
        PLACE_PREPS.contains(&k.strip_prefix('و').unwrap_or(k)) || PLACE_PREPS.contains(&k)
    }

    /// Whether token `j` is a place noun governed by a place preposition (بمديرية, في مدينة,
    /// في مقر): a name right after it is a place.
    fn place_noun_phrase(&self, j: usize) -> bool {
        let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
        let noun = |w: &str| PLACE_NOUNS.contains(&w);
        let bare = noun(k);
        let clitic = k.strip_prefix('ب').is_some_and(noun);
        let prev = (j > self.sent.tokens.start).then(|| self.key(j - 1));
        // borders are "on" a place (على حدود غزة)
        let border = k == "حدود" && prev.is_some_and(|p| ["علي", "عند"].contains(&p));
        let governed = prev.is_some_and(|p| PLACE_PREPS.contains(&p)) || border;
        clitic || ((bare || border) && governed)
    }

    /// Whether the mention at token `j` is written after a prepositional proclitic of its own word
    /// (لطهران, لليمن, بالحكومة): the entity starts after the word's و/ف and a ل, ب or ك. Such a
    /// mention is a prepositional object, never the subject of a verb.
    fn proclitic_object(&self, j: usize) -> bool {
        let Some(e) = self.ent_of[j] else {
            return false;
        };
        let t = &self.doc.tokens[j];
        let start = self.doc.entities[e].start;
        if start <= t.start || start > t.end {
            return false;
        }
        let prefix = self.doc.original[t.start..start].trim_start_matches(['و', 'ف']);
        prefix.starts_with(['ل', 'ب', 'ك'])
    }

    /// Whether token `j` opens with the preposition ب (بالعراق, وبغزة), not with a name's own
    /// letter (بغداد, بريطانيا): the morphology stem, when given, keeps a name's ب; without
    /// one, a word the gazetteer knows whole is a name.
    fn b_clitic(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        let k = t.key.strip_prefix('و').unwrap_or(&t.key);
        if !k.starts_with('ب') {
            return false;
        }
        // a mention the recogniser opens on the ب keeps it as the name's letter (بيونغ يانغ),
        // unless a place noun follows the ب (بمحافظة ريمة)
        let place_noun = k
            .strip_prefix('ب')
            .is_some_and(|w| PLACE_NOUNS.contains(&w));
        let named_from_b = !place_noun
            && self.ent_of[j].is_some_and(|e| {
                let start = self.doc.entities[e].start;
                let after_wa = t.start + 'و'.len_utf8();
                (start == t.start || start == after_wa && t.end > after_wa)
                    && self.doc.original[start..].starts_with('ب')
            });
        if named_from_b {
            return false;
        }
        match &t.stem {
            Some(stem) => !stem.starts_with('ب'),
            None => !k.starts_with("بر") && !self.lx.actors.contains_key(k),
        }
    }

    /// An actor from entity `e`, extended left over bare nouns (رؤساء أركان جيوش دول التحالف)
    /// down to token `floor`.
    fn actor(&self, e: usize, floor: usize) -> Actor {
        let ent = &self.doc.entities[e];
        let toks = &self.doc.tokens;
        let mut first = self
            .range()
            .find(|&j| toks[j].end > ent.start)
            .unwrap_or(self.sent.tokens.start);
        let lowest = first
            .saturating_sub(6)
            .max(floor)
            .max(self.sent.tokens.start);
        // actor nouns in construct before the name (رؤساء أركان جيوش دول التحالف); a sound plural
        // that keeps its ن governs no genitive (واتهم ناشطون قوات النظام: the accusers)
        // ... and a definite noun before a definite body (هاجم الوزير الحكومة) is another phrase
        let body = {
            let k = self.bare_key(first);
            k.starts_with("ال")
                && candidates(k)
                    .iter()
                    .any(|c| ACTOR_HEADS.contains(&c.as_str()))
        };
        let governs = |x: usize| {
            let k = self.bare_key(x);
            !(k.ends_with("ون") || k.ends_with("ين") || (body && k.starts_with("ال")))
        };
        while first > lowest
            && self.ent_of[first - 1].is_none()
            && self.is_actor_noun(first - 1)
            && governs(first - 1)
        {
            first -= 1;
        }
        // a counted people (ثلاثة إسرائيليين, 23 روسيا): the number belongs to the phrase
        let indefinite = !self.key(first).starts_with("ال") && toks[first].end >= ent.end;
        let counted = first > lowest
            && self.ent_of[first - 1].is_none()
            && crate::classify::is_number(self.key(first - 1));
        if indefinite && counted {
            first -= 1;
        }
        let start = toks[first].start.min(ent.start);
        let end = self.head_adjective_end(e).unwrap_or(ent.end);
        // a body with the place that qualifies it (السلطات في تايلاند, وزارة الداخلية في
        // البحرين), and any actor with the side it belongs to (الميليشيات الموالية لإيران)
        let last = self.range().rfind(|&j| toks[j].end <= end).unwrap_or(first);
        let last = if ent.etype == "ORG" {
            self.place_qualifier_end(first, last)
        } else {
            last
        };
        let end = toks[self.affiliation_end(last)].end.max(end);
        let end = hashtag_end(self.doc.original, end);
        let end = self.participle_cut(start, end).unwrap_or(end);
        Actor {
            text: self.doc.original[start..end].to_string(),
            start,
            end,
            group: ent.group,
            code: ent
                .code
                .clone()
                .or_else(|| crate::actors::code_of(self.lx, &self.doc.original[start..ent.end])),
        }
    }

    /// Where a mention `start..end` must stop before a participle that opens a "by" phrase
    /// (الميليشيا الحوثية المدعومة من إيران): the participle describes, it does not name.
    fn participle_cut(&self, start: usize, end: usize) -> Option<usize> {
        let toks = &self.doc.tokens;
        // a word of a recognised name is none (الولايات المتحدة من الاتفاق)
        self.range()
            .filter(|&j| toks[j].start > start && toks[j].end <= end && !self.named(j))
            .find(|&j| self.supported_by(j))
            .map(|j| toks[j - 1].end)
    }

    /// A definite participle followed by من (المدعومة من, الموالية من): the mention after it is
    /// its agent, neither the actor's name nor the event's target.
    fn supported_by(&self, j: usize) -> bool {
        let k = self.key(j);
        let next = j + 1;
        next < self.sent.tokens.end && is_adjective(k) && !is_nisba(k) && self.key(next) == "من"
    }

    /// The token after the "by" phrase of the participle at `j` (المدعومة من الولايات المتحدة):
    /// past its mention, or past من when no mention follows.
    fn by_phrase_end(&self, j: usize) -> usize {
        let agent = j + 2;
        let end = self.sent.tokens.end;
        if agent >= end || self.ent_of[agent].is_none() {
            return agent.min(end);
        }
        self.mention_last(agent) + 1
    }

    /// The end of the adjective after a one-word generic actor head (الجهات المانحة, الدول
    /// الغربية), when the mention stops at the head.
    fn head_adjective_end(&self, e: usize) -> Option<usize> {
        let ent = &self.doc.entities[e];
        let range = self.range();
        let j = range
            .clone()
            .find(|&j| self.doc.tokens[j].start >= ent.start)?;
        let next = j + 1;
        let one_word = self.doc.tokens[j].end >= ent.end;
        let head = candidates(self.key(j))
            .iter()
            .any(|c| ACTOR_HEADS.contains(&c.as_str()));
        let adjective = range.contains(&next) && {
            let feminine = (self.ta_marbuta(j), self.ta_marbuta(next));
            // a feminine head in ة takes no masculine nisba (الشرطة الصحفي: the journalist)
            let masculine_nisba = feminine.0 && !feminine.1 && is_nisba(self.key(next));
            self.ent_of[next].is_none()
                && self.key(j).starts_with("ال")
                && agreeing_adjective(self.key(j), self.key(next), feminine)
                && !masculine_nisba
        };
        (one_word && head && adjective).then(|| self.doc.tokens[next].end)
    }

    /// A noun that can head an actor phrase (رؤساء, دول, شركاء, or an agent word).
    fn is_actor_noun(&self, j: usize) -> bool {
        // أمام is the preposition "in front of" (تظاهر الآلاف أمام السفارة), not an imam
        let adjectival =
            j > self.sent.tokens.start && adjectival_head(self.key(j - 1), self.key(j));
        if self.bare_key(j) == "امام" || adjectival {
            return false;
        }
        let c = candidates(self.key(j));
        c.iter().any(|x| {
            ACTOR_NOUNS.contains(&x.as_str())
                || ACTOR_HEADS.contains(&x.as_str())
                || self.agent_word(x)
        })
    }

    /// A one-word agent of the actor dictionaries (صحافي, مدني).
    fn agent_word(&self, key: &str) -> bool {
        self.lx
            .actors
            .get(key)
            .is_some_and(|l| l.iter().any(|a| a.kind == "agent" && a.keys.len() == 1))
    }

    /// Whether token `j` belongs to a recognised name (a mention of an entity group), not to an
    /// actor phrase of the dictionaries.
    fn named(&self, j: usize) -> bool {
        self.ent_of[j].is_some_and(|e| self.doc.entities[e].group.is_some())
    }

    /// The first token of the mention at token `j`.
    fn mention_first(&self, j: usize) -> usize {
        (self.sent.tokens.start..=j)
            .rev()
            .take_while(|&k| self.ent_of[k] == self.ent_of[j])
            .last()
            .unwrap_or(j)
    }

    /// The actor phrase over tokens `first..=last` that names no entity, coded by the
    /// dictionaries.
    fn phrase_actor(&self, first: usize, last: usize) -> Actor {
        let code = crate::actors::code_of(self.lx, self.tokens_text(first, last));
        self.span_actor(first, last, code)
    }

    /// The text of tokens `first..=last`.
    fn tokens_text(&self, first: usize, last: usize) -> &str {
        let toks = &self.doc.tokens;
        &self.doc.original[toks[first].start..toks[last].end]
    }

    /// The actor over tokens `first..=last` that names no entity group, with `code`; a
    /// preposition or particle the phrase search ran onto at its end is cut off (`المحافظة في`,
    /// `الولاية قد`, `بالرئيس الذي`).
    pub(super) fn span_actor(&self, first: usize, last: usize, code: Option<String>) -> Actor {
        const NO_END: [&str; 12] = [
            "في", "من", "علي", "الي", "عن", "مع", "قد", "ما", "الذي", "التي", "ذلك", "ان",
        ];
        let last = (first..=last)
            .rev()
            .find(|&k| k == first || !NO_END.contains(&self.key(k)))
            .unwrap_or(first);
        let toks = &self.doc.tokens;
        Actor {
            text: self.tokens_text(first, last).to_string(),
            start: toks[first].start,
            end: toks[last].end,
            group: None,
            code,
        }
    }

    /// The last token of the mention at token `j`.
    fn mention_last(&self, j: usize) -> usize {
        (j..self.sent.tokens.end)
            .take_while(|&k| self.ent_of[k] == self.ent_of[j])
            .last()
            .unwrap_or(j)
    }

    fn sentence_text(&self) -> &str {
        &self.doc.original[self.sent.start..self.sent.end]
    }

    fn classifier_positive(&self, root: &str) -> Option<bool> {
        let (task, _) = classify::TASKS
            .iter()
            .find(|(_, roots)| roots.contains(&root))?;
        let key = (self.sent.tokens.start, *task);
        if let Some(&known) = self.detections.borrow().get(&key) {
            return known;
        }
        let decision = classify::detect(self.lx, task, self.sentence_text());
        self.detections.borrow_mut().insert(key, decision);
        decision
    }

    /// Dictionary-only ASSAULT triggers need the sentence classifier's positive decision.
    fn classifier_allows(&self, f: &Found, root: &str) -> bool {
        f.core || self.classifier_positive(root) == Some(true)
    }
}

/// The core pattern of support verb `verb` whose object is the word `key` (فرض + رسوما → 163):
/// the object stem and the code. The subject's words between verb and object do not count
/// towards the pattern's reach (قدم الرئيس التركي رجب طيب أردوغان اعتذارا).
pub(crate) fn light_pattern(verb: &str, key: &str) -> Option<(&'static str, &'static str)> {
    // a possessed object counts too (حملت واشنطن مسؤوليته لدمشق)
    let mut c = candidates(key);
    c.extend(crate::norm::possessed_candidates(key));
    CORE_PATTERNS
        .iter()
        .find(|(v, o, _)| *v == verb && c.iter().any(|x| x == o))
        .map(|(_, o, code)| (*o, *code))
}

/// Helpers for the tests of this module's parts.
#[cfg(test)]
mod test_support {
    /// (root, source text) of every event coded from `text` without the other layers.
    pub(super) fn coded_sources(text: &str) -> Vec<(String, String)> {
        let events = crate::Coder::embedded().extract_text(text, None);
        events
            .iter()
            .map(|e| {
                let source = e.source.as_ref().map(|a| a.text.clone());
                (e.root.clone(), source.unwrap_or_default())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
