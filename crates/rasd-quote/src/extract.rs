//! The extractor: cues found left to right, each turned into a quote with content and speaker.

use crate::lexicon::{self, CueClass, CueForm, Gender, Number};
use crate::speaker::{self, LastSpeaker, State, Subject};
use crate::view::{Ctx, EntityKind};
use crate::{Quote, QuoteKind, Speaker, SpeakerKind, TextSpan};
use rasd_text::{Span, TokenKind};

/// Most tokens between a cue verb and its content.
const MAX_ZONE: usize = 25;
/// A pair of marks with at least this many tokens inside holds a quotation, not a quoted name.
const LONG_PAIR: usize = 4;

/// Where the content of a cue was found.
#[derive(Debug, Clone, Copy)]
struct Found {
    /// Tokens between the cue and the content marker (the subject zone).
    zone_end: usize,
    /// Content tokens `start..end`.
    start: usize,
    end: usize,
    kind: QuoteKind,
}

/// Extracts every quote of the document described by `ctx`.
pub fn run(ctx: &Ctx) -> Vec<Quote> {
    let mut st = State::new(ctx);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut next_free = 0;
    for i in 0..ctx.tokens.len() {
        if i < next_free
            || ctx.tokens[i].kind != TokenKind::Arabic
            || ctx.inside_long_pair(i, LONG_PAIR)
        {
            continue;
        }
        let Some((form, conj)) = lexicon::cue(ctx.key(i)) else {
            continue;
        };
        let made = match form.class {
            CueClass::Verb => verb_quote(ctx, &st, &quotes, i, (form, conj)),
            CueClass::Participle => participle_quote(ctx, &st, &quotes, i, form),
            CueClass::Attribution => attribution_quote(ctx, &st, &quotes, i),
        };
        let Some((found, speaker, gender, cue_end)) = made else {
            continue;
        };
        let q = build(ctx, i, conj, cue_end, found, speaker.clone());
        next_free = found.start.max(i + 1);
        if let Some(sp) = speaker {
            st.last = Some(LastSpeaker {
                number: speaker_number(&sp, form.number),
                speaker: sp,
                gender,
                paragraph: ctx.paragraph[i],
            });
            if let (Some(g), Gender::Masc | Gender::Fem) =
                (q.speaker.as_ref().and_then(|s| s.group), gender)
            {
                if let Some(gi) = ctx.ents.groups.iter().position(|x| x.id == g) {
                    st.gender.entry(gi).or_insert(gender);
                }
            }
        }
        quotes.push(q);
    }
    quotes
}

/// The number a speaker agrees in: plural for a dual noun (قالت الفتاتان), else the verb's.
fn speaker_number(sp: &Speaker, verb: Number) -> Number {
    let last = sp.text.split_whitespace().last().unwrap_or("");
    if lexicon::is_dual_noun(&rasd_text::match_key(last)) {
        Number::Plural
    } else {
        verb
    }
}

/// Assembles the output quote.
fn build(
    ctx: &Ctx,
    i: usize,
    conj: usize,
    cue_end: usize,
    f: Found,
    speaker: Option<Speaker>,
) -> Quote {
    let cue = Span::new(
        ctx.tokens[i].span.start + conj,
        ctx.tokens[cue_end - 1].span.end,
    );
    let content = trimmed(ctx, f.start, f.end);
    Quote {
        cue: TextSpan::new(ctx.original, cue),
        content: TextSpan::new(ctx.original, content),
        direct: f.kind == QuoteKind::Direct,
        kind: f.kind,
        speaker,
    }
}

/// The byte span of tokens `a..b` without leading/trailing punctuation (closing marks kept
/// only when their opening mark is inside).
fn trimmed(ctx: &Ctx, mut a: usize, mut b: usize) -> Span {
    while a + 1 < b && ctx.is_punct(a) && ctx.opens[a].is_none_or(|p| ctx.pairs[p].close >= b) {
        a += 1;
    }
    while b > a + 1
        && ctx.is_punct(b - 1)
        && ctx.closes[b - 1].is_none_or(|p| ctx.pairs[p].open < a)
    {
        b -= 1;
    }
    ctx.span_of(a, b)
}

type Made = (Found, Option<Speaker>, Gender, usize);

/// A quote opened by a reporting verb at `i`.
fn verb_quote(
    ctx: &Ctx,
    st: &State,
    quotes: &[Quote],
    i: usize,
    (form, conj): (CueForm, usize),
) -> Option<Made> {
    if narrator_aside(ctx, i) || passive(ctx, i) || names_withheld(ctx, i) {
        return None;
    }
    let found = if lexicon::calls_for(form) {
        called_for(ctx, i)?
    } else {
        // a denial takes its object after it (ينفي قيام بلاده بالضغط): no credit of the
        // sentence before it
        let credit = |f: &Found| f.kind == QuoteKind::Direct || !lexicon::denies(form);
        find_content(ctx, i).or_else(|| preposed_quote(ctx, i).filter(credit))?
    };
    if lexicon::needs_clause(form) && found.kind == QuoteKind::Direct {
        return None;
    }
    let zone = i + 1..found.zone_end;
    // a threat with its ب-object before any clause (هدد ترامب بالثأر) reports nothing
    let end = ctx.sentence_range(i).end.min(i + 1 + MAX_ZONE);
    let threatened = form.lemma == "هدد"
        && (i + 1..end)
            .map(|t| ctx.key(t))
            .take_while(|k| lexicon::complementizer(k).is_none())
            .any(|k| k.starts_with('ب'));
    if threatened {
        return None;
    }
    let mut subject = verb_subject(ctx, i, (conj, form.gender), zone.clone());
    if form.lemma == "نقل" {
        subject = reported_source(ctx, zone)?;
    }
    if embedded_clause(ctx, quotes, i, conj, &subject) {
        return None;
    }
    if lexicon::describes(form) && object_alone(ctx, &subject, &found) {
        subject = preverbal_subject(ctx, i).unwrap_or(Subject::None);
    }
    let found = if lexicon::describes(form) {
        described(ctx, i, &subject, found)?
    } else {
        found
    };
    let found = aside_content(ctx, i, found);
    let resolved = speaker::resolve(ctx, st, &subject, i, form.gender, form.number);
    let (sp, g) = resolved.map_or((None, form.gender), |(s, g)| (Some(s), g));
    Some((found, sp, g, i + 1))
}

/// The subject of the cue verb at `i` (`conj`: length of its و / ف): after قد the one written
/// before it, else the one in `zone`, else one written before it, the antecedent of الذي, or
/// the subject of the verb it is joined to.
fn verb_subject(
    ctx: &Ctx,
    i: usize,
    (conj, gender): (usize, Gender),
    zone: std::ops::Range<usize>,
) -> Subject {
    let fronted = i > 0 && ctx.key(i - 1) == "قد";
    if fronted {
        if let Some(s) = preverbal_subject(ctx, i) {
            return s;
        }
    }
    // a cue opening a relative clause on a person or body (سالفيني، الذي سبق وأن وصف قوارب
    // المساعدات بأنها ...) has that antecedent as its subject, the noun after it as its object
    // unless a name or title after it is its own subject (غولن، الذي تقول أنقرة إنه)
    let own = speaker::subject(ctx, zone.clone());
    let named = matches!(own, Subject::Mention { .. } | Subject::Nominal { .. });
    if !named && opens_relative_clause(ctx, i, gender) {
        if let Some(s) = relative_antecedent(ctx, i) {
            return s;
        }
    }
    match own {
        Subject::None if !fronted => preverbal_subject(ctx, i)
            .or_else(|| relative_antecedent(ctx, i))
            .or_else(|| (conj > 0).then(|| coordinated_subject(ctx, i)).flatten())
            .unwrap_or(Subject::None),
        s => s,
    }
}

/// The content of a cue in a relative clause set off by commas (ترامب، الذي وصف المهاجرين
/// بأنهم مجرمون، زار ...) ends at the comma that closes the aside.
fn aside_content(ctx: &Ctx, i: usize, mut found: Found) -> Found {
    let set_off = opens_relative_clause(ctx, i, Gender::Unknown)
        && (i.saturating_sub(5)..i)
            .any(|t| ctx.is_comma(t) && matches!(ctx.key(t + 1), "الذي" | "التي"));
    if set_off && found.kind != QuoteKind::Direct {
        // (a comma inside quotation marks closes nothing)
        let comma =
            (found.start..found.end).find(|&t| ctx.is_comma(t) && !ctx.inside_long_pair(t, 0));
        if let Some(c) = comma {
            found.end = found.end.min(c).max(found.start + 1);
        }
    }
    found
}

/// True when the cue at `i`, of the verb gender `gender`, opens a relative clause: الذي / التي
/// right before it, or before a verb of precedence or a particle (الذي سبق وأن وصف, التي كانت
/// قد قالت), agreeing with the verb (الذي أفادت لائحة اتهامات: the verb has its own subject).
fn opens_relative_clause(ctx: &Ctx, i: usize, gender: Gender) -> bool {
    const BETWEEN: [&str; 6] = ["سبق", "وان", "ان", "قد", "كان", "كانت"];
    let from = i.saturating_sub(4);
    let Some(r) = (from..i)
        .rev()
        .find(|&t| matches!(ctx.key(t), "الذي" | "التي"))
    else {
        return false;
    };
    let agrees = match gender {
        Gender::Masc => ctx.key(r) == "الذي",
        Gender::Fem => ctx.key(r) == "التي",
        _ => true,
    };
    agrees && (r + 1..i).all(|t| BETWEEN.contains(&ctx.key(t)))
}

/// True when the cue at `i` is a clause of the last quote's content rather than a new quote:
/// after the relative ما, or with no subject and no conjunction of its own.
fn embedded_clause(ctx: &Ctx, quotes: &[Quote], i: usize, conj: usize, subject: &Subject) -> bool {
    let relative = i > 0 && matches!(ctx.key(i - 1), "ما" | "مما" | "بما" | "عما");
    (relative || *subject == Subject::None && !coordinated(ctx, i, conj))
        && inside_content(ctx, quotes, i)
}

/// For وصف (describe X as): only `وصف <subject> <object> بأنه …` reports, and its content is
/// the object with the description (حالة المرأة بأنها "مستقرة").
fn described(ctx: &Ctx, i: usize, subject: &Subject, found: Found) -> Option<Found> {
    // (the zone may run to the end of the text: no marker after it)
    let marker = ctx.key(found.zone_end);
    if !(marker.starts_with('ب') && lexicon::complementizer(marker).is_some()) {
        return None;
    }
    let mut object = subject.end_token(ctx).filter(|&e| e > i).unwrap_or(i + 1);
    while object < found.zone_end && ctx.is_comma(object) {
        object += 1;
    }
    Some(Found {
        start: object.min(found.start),
        ..found
    })
}

/// For وصف: words read as a name that run up to the marker (وصف الطروحات الأمريكية بأنها ...)
/// are the object described, its only phrase; the describer is named elsewhere.
fn object_alone(ctx: &Ctx, subject: &Subject, found: &Found) -> bool {
    matches!(subject, Subject::Bare { .. })
        && subject
            .end_token(ctx)
            .is_some_and(|e| (e..found.zone_end).all(|t| ctx.is_punct(t)) || e >= found.zone_end)
}

/// True when token `i` lies inside the content of the last quote (قال إن بلاده تعتبر أن …,
/// قلقون مما ترى المجموعة أنه …).
fn inside_content(ctx: &Ctx, quotes: &[Quote], i: usize) -> bool {
    let at = ctx.tokens[i].span.start;
    quotes
        .last()
        .is_some_and(|q| q.content.start <= at && at < q.content.end)
}

/// True when the verb at `i` is joined to what precedes by a conjunction (وأكد, كما أشار, ثم
/// قال).
fn coordinated(ctx: &Ctx, i: usize, conj: usize) -> bool {
    conj > 0 || i == 0 || matches!(ctx.key(i - 1), "كما" | "ثم" | "بل" | "لكنه" | "لكنها" | "و")
}

/// The antecedent of a relative pronoun opening the clause of the cue at `i` (التقت الوزير
/// فلان، الذي دافع عن القرار قائلا): the person or body named right before الذي / التي.
fn relative_antecedent(ctx: &Ctx, i: usize) -> Option<Subject> {
    let from = ctx.sentence_range(i).start.max(i.saturating_sub(8));
    let r = (from..i)
        .rev()
        .take_while(|&t| !ctx.is_punct(t))
        .find(|&t| matches!(ctx.key(t), "الذي" | "التي"))?;
    let mut p = r.checked_sub(1)?;
    if ctx.is_comma(p) {
        p = p.checked_sub(1)?;
    }
    let m = ctx.mention_at[p]?;
    matches!(
        ctx.ents.mentions[m].kind,
        EntityKind::Person | EntityKind::Organisation
    )
    .then(|| Subject::mention(m))
}

/// The subject of the verb that opens the clause of a cue joined to it by و (ترفض "الصحيفة"
/// التهم وتقول إن): the mention or short quoted name right after that verb.
fn coordinated_subject(ctx: &Ctx, i: usize) -> Option<Subject> {
    let sent = ctx.sentence_range(i);
    let clause_start = |end: usize| {
        let mut c = (sent.start..end)
            .rev()
            .find(|&t| ctx.is_comma(t) || ctx.is_stop(t))
            .map_or(sent.start, |t| t + 1);
        while c < end && matches!(ctx.key(c), "فيما" | "بينما" | "كما" | "و") {
            c += 1;
        }
        c
    };
    let c = clause_start(i);
    // a verb right after a comma is joined to the cue verb of the clause before it (وأكد مدير
    // الهجرة ذلك، وقال): that clause's unnamed titled subject
    if c == i && c > sent.start + 1 && ctx.is_comma(c - 1) {
        let v = clause_start(c - 1);
        let verb = ctx.tokens.get(v)?;
        let cue = lexicon::cue(ctx.key(v)).is_some();
        if v + 1 >= c - 1 || verb.kind != TokenKind::Arabic || !cue {
            return None;
        }
        // the clause's object (أكد ... ذلك) is no part of its subject
        let end = (v + 1..c - 1)
            .find(|&t| matches!(ctx.key(t), "ذلك" | "هذا" | "هذه" | "تلك"))
            .unwrap_or(c - 1);
        return match speaker::subject(ctx, v + 1..end) {
            s @ Subject::Nominal { .. } => Some(s),
            _ => None,
        };
    }
    let verb = ctx.tokens.get(c)?;
    if c + 2 >= i || verb.kind != TokenKind::Arabic || ctx.key(c).starts_with("ال") {
        return None;
    }
    if let Some((name, _)) = quoted_name(ctx, c + 1) {
        return Some(name);
    }
    let m = ctx.mention_at[c + 1]?;
    let mention = &ctx.ents.mentions[m];
    (mention.kind != EntityKind::Location && !speaker::is_prep_object(ctx, mention))
        .then(|| Subject::mention(m))
}

/// True for a verb written with a damma on its first letter (كُتب, قِيل-like passives):
/// something was said, nobody is said to have said it.
fn passive(ctx: &Ctx, i: usize) -> bool {
    let text = ctx.tokens[i].span.text(ctx.original);
    let text = text
        .strip_prefix('و')
        .or_else(|| text.strip_prefix('ف'))
        .unwrap_or(text);
    let mut chars = text.chars();
    chars.next();
    chars.next() == Some('\u{064F}')
}

/// True for the narrator's aside يذكر أن / ويذكر أن (no subject, passive sense).
fn narrator_aside(ctx: &Ctx, i: usize) -> bool {
    let k = ctx.key(i);
    matches!(k, "يذكر" | "ويذكر" | "يشار" | "ويشار") && i + 1 < ctx.tokens.len() && {
        let n = ctx.key(i + 1);
        lexicon::complementizer(n).is_some() || n == "الي"
    }
}

/// For نقل (نقلت وكالة رويترز عن مصدر): the source after عن is the speaker.
fn reported_source(ctx: &Ctx, zone: std::ops::Range<usize>) -> Option<Subject> {
    let an = zone.clone().find(|&t| ctx.key(t) == "عن")?;
    Some(speaker::subject(ctx, an + 1..zone.end))
}

/// A subject written before the verb: a mention ending right before it (التحالف الدولي أعلن
/// أن, لوك أويل قد أعلنت), or a topic after أما (أما سفير فرنسا فقال).
fn preverbal_subject(ctx: &Ctx, i: usize) -> Option<Subject> {
    let (_, conj) = lexicon::cue(ctx.key(i))?;
    if conj > 0 {
        return if ctx.key(i).starts_with('ف') {
            topic_subject(ctx, i)
        } else {
            None
        };
    }
    let mut t = i.checked_sub(1)?;
    let had_qad = ctx.key(t) == "قد";
    while t > 0 && matches!(ctx.key(t), "قد" | "كان" | "كانت" | "وكان" | "وكانت" | "لقد")
    {
        t -= 1;
    }
    if had_qad {
        if let Some(s) = kana_subject(ctx, t) {
            return Some(s);
        }
    }
    if let Some(m) = ctx.mention_at[t] {
        let mention = &ctx.ents.mentions[m];
        if mention.kind != EntityKind::Other
            && mention.span.end <= ctx.tokens[t].span.end
            && !speaker::is_prep_object(ctx, mention)
        {
            return Some(Subject::mention(m));
        }
    }
    clause_initial_subject(ctx, t).or_else(|| subject_before_aside(ctx, i))
}

/// A subject opening the sentence, set off from its verb by an aside between commas (لكن وزير
/// الخارجية، وهو …، قال إن): the phrase before the first comma, when it names a body or a role.
fn subject_before_aside(ctx: &Ctx, i: usize) -> Option<Subject> {
    if !ctx.is_comma(i.checked_sub(1)?) {
        return None;
    }
    let mut start = ctx.sentence_range(i).start;
    while start < i && matches!(ctx.key(start), "لكن" | "ولكن" | "بينما" | "اما" | "واما")
    {
        start += 1;
    }
    let a = (start..i - 1).find(|&t| ctx.is_comma(t))?;
    match speaker::subject(ctx, start..a) {
        s @ (Subject::Mention { .. } | Subject::Nominal { unnamed: false, .. }) => Some(s),
        _ => None,
    }
}

/// The token after the last `marker` word in `from..=last`, when the words from there to `last`
/// are not empty and hold no punctuation.
fn after_marker(
    ctx: &Ctx,
    from: usize,
    last: usize,
    marker: impl Fn(&str) -> bool,
) -> Option<usize> {
    let first = (from..=last).rev().find(|&t| marker(ctx.key(t)))? + 1;
    (first <= last && !(first..=last).any(|t| ctx.is_punct(t))).then_some(first)
}

/// The subject of `وكانت X قد <cue>`: the words between كان and قد ending at `last`.
fn kana_subject(ctx: &Ctx, last: usize) -> Option<Subject> {
    let first = after_marker(ctx, last.saturating_sub(10), last, |k| {
        matches!(k, "كان" | "كانت" | "وكان" | "وكانت")
    })?;
    match speaker::subject(ctx, first..last + 1) {
        s @ (Subject::Mention { .. }
        | Subject::Nominal { .. }
        | Subject::Bare { role: Some(_), .. }) => Some(s),
        _ => Some(Subject::bare(ctx.span_of(first, last + 1))),
    }
}

/// A subject phrase that opens a clause right after أن / إن (يذكر أن الحزب الحاكم في الصين كان
/// قد أعلن): the words from the complementizer to `last`, when they start with a definite noun.
fn clause_initial_subject(ctx: &Ctx, last: usize) -> Option<Subject> {
    let sent = ctx.sentence_range(last);
    let from = sent.start.max(last.saturating_sub(6));
    let first = after_marker(ctx, from, last, |k| {
        lexicon::complementizer(k) == Some(false)
    })?;
    if let Some(m) = ctx.mention_at[first] {
        return Some(Subject::mention(m));
    }
    let key = ctx.key(first);
    (key.starts_with("ال") && lexicon::title(key).is_none_or(|(_, u)| !u))
        .then(|| Subject::bare(ctx.span_of(first, last + 1)))
}

/// The topic of `أما X فـ<cue>`: the subject phrase between أما and the cue.
fn topic_subject(ctx: &Ctx, i: usize) -> Option<Subject> {
    let sent = ctx.sentence_range(i);
    let from = sent.start.max(i.saturating_sub(12));
    let a = (from..i)
        .rev()
        .find(|&t| matches!(ctx.key(t), "اما" | "واما"))?;
    match speaker::subject(ctx, a + 1..i) {
        Subject::None | Subject::Pronoun => None,
        s => Some(s),
    }
}

/// Scans from the cue at `i` for a colon, a quotation, or a complementizer.
fn find_content(ctx: &Ctx, i: usize) -> Option<Found> {
    let sent_end = ctx.sentence_range(i).end;
    let limit = sent_end.min(i + 1 + MAX_ZONE);
    let mut j = i + 1;
    while j < limit {
        let k = ctx.key(j);
        if let Some(p) = ctx.opens[j] {
            let pair = ctx.pairs[p];
            let after_colon = j > i + 1 && (ctx.key(j - 1) == ":" || ctx.is_comma(j - 1));
            let adjacent = j == i + 1;
            if pair.inner_len() >= LONG_PAIR
                && !names_a_title(ctx, j)
                && (after_colon || adjacent || closes_clause(ctx, pair.close))
            {
                return Some(Found {
                    zone_end: j,
                    start: j + 1,
                    end: pair.close,
                    kind: QuoteKind::Direct,
                });
            }
            j = pair.close + 1;
            continue;
        }
        if k == ":" {
            if j + 1 < ctx.tokens.len() && ctx.opens[j + 1].is_some() {
                j += 1;
                continue;
            }
            let end = content_end(ctx, j + 1);
            return (end > j + 3).then_some(Found {
                zone_end: j,
                start: j + 1,
                end,
                kind: QuoteKind::Indirect,
            });
        }
        if let Some(pron) = lexicon::complementizer(k) {
            if !lexicon::blocks_complementizer(ctx.key(j - 1)) {
                let start = if pron { j } else { j + 1 };
                if start >= ctx.tokens.len() {
                    return None;
                }
                let end = content_end(ctx, start);
                let mixed = (start..end)
                    .any(|t| ctx.opens[t].is_some_and(|p| ctx.pairs[p].inner_len() >= 2));
                let kind = if mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                return (end > start).then_some(Found {
                    zone_end: j,
                    start,
                    end,
                    kind,
                });
            }
        }
        if ctx.is_stop(j) || (j > i + 1 && starts_new_clause(ctx, j)) {
            return None;
        }
        j += 1;
    }
    None
}

/// True when the quotation opening at `j` is a title (تحت عنوان "…", بعنوان "…"), not speech.
fn names_a_title(ctx: &Ctx, j: usize) -> bool {
    j > 0 && {
        let k = ctx.key(j - 1);
        k.strip_prefix('ب').unwrap_or(k).starts_with("عنوان")
    }
}

/// The content of a call (دعت الصحيفة إلى "وقف القمع"): what follows إلى, when it is an أن
/// clause or a quotation ending the clause (a quoted word inside narration, إلى "الإفراج" عن
/// المعتقلين, is the journalist's summary).
fn called_for(ctx: &Ctx, i: usize) -> Option<Found> {
    let sent_end = ctx.sentence_range(i).end;
    let ila = (i + 1..sent_end.min(i + 1 + MAX_ZONE))
        .take_while(|&t| !ctx.is_punct(t) || ctx.is_comma(t))
        .find(|&t| ctx.key(t) == "الي")?;
    let at = ila + 1;
    if at < sent_end && lexicon::complementizer(ctx.key(at)).is_some() {
        return find_content(ctx, ila).map(|f| Found { zone_end: ila, ..f });
    }
    let pair = ctx.pairs[ctx.opens.get(at).copied().flatten()?];
    (pair.inner_len() >= 2 && closes_clause(ctx, pair.close)).then_some(Found {
        zone_end: ila,
        start: at + 1,
        end: pair.close,
        kind: QuoteKind::Direct,
    })
}

/// True when the token after a closing mark ends the clause (stop, comma, end of paragraph).
fn closes_clause(ctx: &Ctx, close: usize) -> bool {
    let n = close + 1;
    n >= ctx.tokens.len()
        || ctx.paragraph[n] != ctx.paragraph[close]
        || ctx.is_stop(n)
        || ctx.is_comma(n)
}

/// True when a new reporting verb (not a participle) starts at `j`, so the cue before has no content.
fn starts_new_clause(ctx: &Ctx, j: usize) -> bool {
    lexicon::cue(ctx.key(j)).is_some_and(|(f, _)| f.class == CueClass::Verb)
        && !names_withheld(ctx, j)
}

/// True when the cue verb at `i` takes a name or identity as its object (الرجل الذي لم يذكر
/// اسمه, رفض كشف هويته): a withheld name, no report.
fn names_withheld(ctx: &Ctx, i: usize) -> bool {
    const NAMES: [&str; 6] = ["اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم"];
    ctx.tokens.get(i + 1).is_some() && NAMES.contains(&ctx.key(i + 1))
}

/// A statement written before its cue: `"..."، قال كارتر` / `"...". وأضاف`, or a sentence
/// ending in a short credit `…، أفادت وكالة ميزان`.
fn preposed_quote(ctx: &Ctx, i: usize) -> Option<Found> {
    let mut t = i.checked_sub(1)?;
    while t > 0 && (ctx.is_comma(t) || ctx.is_stop(t)) {
        t -= 1;
    }
    let s_end = ctx.sentence_range(i).end;
    let mut zone_end = i + 1;
    while zone_end < s_end && !ctx.is_stop(zone_end) && !ctx.is_comma(zone_end) {
        zone_end += 1;
    }
    if let Some(p) = ctx.closes[t] {
        let pair = ctx.pairs[p];
        if pair.inner_len() >= LONG_PAIR && ctx.paragraph[t] == ctx.paragraph[i] {
            return Some(Found {
                zone_end,
                start: pair.open + 1,
                end: pair.close,
                kind: QuoteKind::Direct,
            });
        }
    }
    let sent = ctx.sentence_range(i);
    let credit =
        ctx.is_comma(i - 1) && zone_end - i <= 6 && (zone_end == s_end || ctx.is_stop(zone_end));
    let start = sent.start;
    (credit && t >= start + 3).then_some(Found {
        zone_end,
        start,
        end: t + 1,
        kind: QuoteKind::Indirect,
    })
}

/// The end (exclusive) of content starting at `start`: the end of the sentence, extended to a
/// closing mark opened inside, and cut before a continuation (، مشيرا إلى أن), an attribution
/// or the next joined statement (وقال السفير إن), and after `MAX_CONTENT_TOKENS` at most.
fn content_end(ctx: &Ctx, start: usize) -> usize {
    let mut end = ctx.sentence_range(start).end;
    let mut t = start;
    while t < end {
        if t - start >= MAX_CONTENT_TOKENS {
            return t;
        }
        if let Some(p) = ctx.opens[t] {
            let close = ctx.pairs[p].close;
            if close >= end {
                end = ctx.sentence_range(close).end.max(close + 1);
            }
            t = close + 1;
            continue;
        }
        if t > start && (continuation_starts(ctx, t) || statement_starts(ctx, t, end)) {
            return t;
        }
        t += 1;
    }
    end
}

/// Longest reported content, in tokens: news sentences end long before (the longest reported
/// content in 1,500 articles has 144 words), so only run-on or garbled text reaches it, where
/// contents nested to the sentence's end would otherwise grow with the square of its length.
pub(crate) const MAX_CONTENT_TOKENS: usize = 400;

/// Tokens after a joined reporting verb within which its complementizer must come.
const NEXT_STATEMENT_WINDOW: usize = 8;

/// True when a new statement opens at `t` before `end`: a reporting verb joined by و / ف
/// (وقال الوزير إن ..., وأضاف أن) with its complementizer close after it. The content before it
/// ends there: the next speaker's words are not the last one's.
fn statement_starts(ctx: &Ctx, t: usize, end: usize) -> bool {
    let joined_verb =
        matches!(lexicon::cue(ctx.key(t)), Some((f, n)) if n > 0 && f.class == CueClass::Verb);
    joined_verb
        && (t + 1..end.min(t + 1 + NEXT_STATEMENT_WINDOW))
            .any(|j| lexicon::complementizer(ctx.key(j)).is_some())
}

/// True when a continuation participle or an attribution starts at `t` (after a comma, or
/// a participle directly followed by its complementizer).
fn continuation_starts(ctx: &Ctx, t: usize) -> bool {
    let after_comma = ctx.is_comma(t - 1);
    match lexicon::cue(ctx.key(t)) {
        Some((f, _)) if f.class == CueClass::Participle => {
            after_comma || participle_content(ctx, t).is_some()
        }
        Some((f, _)) if f.class == CueClass::Attribution => after_comma,
        _ => false,
    }
}

/// For a participle at `t`: the token opening its content (complementizer, colon or quotation),
/// allowing a preposition in between (مشيرا إلى أن, مشددا على أن).
fn participle_content(ctx: &Ctx, t: usize) -> Option<usize> {
    let n = ctx.tokens.len();
    let mut j = t + 1;
    if j < n && matches!(ctx.key(j), "الي" | "علي" | "على" | "من" | "عن") {
        j += 1;
    }
    if j >= n {
        return None;
    }
    let k = ctx.key(j);
    (lexicon::complementizer(k).is_some() || k == ":" || ctx.opens[j].is_some()).then_some(j)
}

/// A continuation quote at participle `i`: same speaker as the statement it continues.
fn participle_quote(
    ctx: &Ctx,
    st: &State,
    quotes: &[Quote],
    i: usize,
    form: CueForm,
) -> Option<Made> {
    let j = participle_content(ctx, i)?;
    let found = find_content(ctx, j - 1).filter(|f| f.zone_end <= j + 1)?;
    let found = Found {
        kind: if found.kind == QuoteKind::Direct {
            QuoteKind::Direct
        } else {
            QuoteKind::Continuation
        },
        ..found
    };
    let sent = ctx.sentence_range(i);
    let same_sentence = quotes
        .last()
        .filter(|q| q.cue.start >= ctx.tokens[sent.start].span.start && q.speaker.is_some());
    if let Some(q) = same_sentence {
        let g = st.last.as_ref().map_or(form.gender, |l| l.gender);
        return Some((found, q.speaker.clone(), g, i + 1));
    }
    let opens_sentence = sent.start == i;
    let resolved = if let Some(s) = relative_antecedent(ctx, i) {
        speaker::resolve(ctx, st, &s, i, form.gender, form.number)
    } else if opens_sentence && sent.start > 0 {
        speaker::sentence_subject(
            ctx,
            st,
            sent.start - 1,
            form.gender,
            form.number,
            SpeakerKind::Implicit,
        )
        .or_else(|| speaker::resolve(ctx, st, &Subject::None, i, form.gender, form.number))
    } else {
        speaker::resolve(ctx, st, &Subject::None, i, form.gender, form.number)
    };
    let (sp, g) = resolved.map_or((None, form.gender), |(s, g)| (Some(s), g));
    Some((found, sp, g, i + 1))
}

/// An attributed statement at `i` (بحسب, وفقا لـ, نقلا عن, حسب ما نقلت).
fn attribution_quote(ctx: &Ctx, st: &State, quotes: &[Quote], i: usize) -> Option<Made> {
    let n = ctx.tokens.len();
    let mut j = i + 1;
    let mut cue_end = i + 1;
    let mut verb = None;
    if j < n && matches!(ctx.key(j), "ما" | "لما") {
        j += 1;
    }
    let mut agreeing = false;
    if let Some(f) = (j < n)
        .then(|| lexicon::verb_with_object(ctx.key(j)))
        .flatten()
    {
        // A bare masculine past (حسبما ذكر) also reads as a passive (ذُكر): no speaker in it.
        agreeing = ctx.key(j) != f.lemma;
        verb = Some(f);
        j += 1;
    }
    while j < n && (matches!(ctx.key(j), "عن" | "ل" | "لـ") || lexicon::is_filler(ctx.key(j)))
    {
        if ctx.key(j) == "عن" && j == i + 1 {
            cue_end = j + 1;
        }
        j += 1;
    }
    let (subject, np_end) = match (j < n).then(|| attribution_source(ctx, j)).flatten() {
        Some(found) => found,
        None if agreeing => (Subject::None, j),
        None => return None,
    };
    let (start, end) = attributed_content(ctx, quotes, i, np_end)?;
    let (g, num) = verb.map_or((Gender::Unknown, Number::Singular), |f| {
        (f.gender, f.number)
    });
    let sp = speaker::resolve(ctx, st, &subject, i, g, num).map(|(s, _)| s);
    let found = Found {
        zone_end: j,
        start,
        end,
        kind: QuoteKind::Attribution,
    };
    Some((found, sp, g, cue_end))
}

/// The content an attribution at `i` credits: the rest of the sentence after the source phrase
/// (ending at `np_end`) when the attribution opens the sentence, else the sentence up to it.
fn attributed_content(
    ctx: &Ctx,
    quotes: &[Quote],
    i: usize,
    np_end: usize,
) -> Option<(usize, usize)> {
    let sent = ctx.sentence_range(i);
    let at_start = (sent.start..i).all(|t| ctx.is_punct(t) || ctx.key(t) == "و");
    let (start, mut end) = if at_start {
        let mut s = np_end;
        while s < sent.end && (ctx.is_comma(s) || matches!(ctx.key(s), "فان" | "ان" | "فانه"))
        {
            s += 1;
        }
        (s, content_end(ctx, s))
    } else {
        let sent_start = ctx.tokens[sent.start].span.start;
        if quotes
            .iter()
            .rev()
            .take_while(|q| q.content.end > sent_start)
            .next()
            .is_some()
        {
            return None;
        }
        (sent.start, i)
    };
    while end > start && (ctx.is_comma(end - 1) || matches!(ctx.key(end - 1), "وذلك" | "ذلك" | "و"))
    {
        end -= 1;
    }
    (end >= start + 3).then_some((start, end))
}

/// The source named after an attribution word at `j`, and where its phrase ends.
fn attribution_source(ctx: &Ctx, j: usize) -> Option<(Subject, usize)> {
    let n = ctx.tokens.len();
    if let Some(m) = ctx.mention_at[j] {
        let end = mention_end(ctx, m, j);
        if end + 1 < n && ctx.key(end) == "عن" {
            if let Some((g, true)) = lexicon::title(ctx.key(end + 1)) {
                let span = ctx.span_of(end + 1, end + 2);
                let head = ctx.key(end + 1).to_string();
                return Some((
                    Subject::Nominal {
                        span,
                        head,
                        gender: g,
                        unnamed: true,
                        definite: false,
                    },
                    end + 2,
                ));
            }
        }
        return Some((Subject::mention(m), end));
    }
    if let Some(found) = quoted_name(ctx, j) {
        return Some(found);
    }
    let key = ctx.key(j);
    if lexicon::is_report_noun(key) || lexicon::is_media_noun(key) {
        if let Some(found) = named_after(ctx, j) {
            return Some(found);
        }
    }
    if let Some(found) = definite_source(ctx, j) {
        return Some(found);
    }
    if let Some(found) = construct_with_name(ctx, j) {
        return Some(found);
    }
    let bare = key
        .strip_prefix("لل")
        .map(|r| format!("ال{r}"))
        .or_else(|| key.strip_prefix('ل').map(str::to_string))
        .unwrap_or_else(|| key.to_string());
    let (g, unnamed) = lexicon::title(&bare).or_else(|| lexicon::title(key))?;
    if !unnamed && bare == key {
        let sent_end = ctx.sentence_range(j).end;
        let end = (j..sent_end)
            .find(|&t| ctx.is_punct(t) || lexicon::complementizer(ctx.key(t)).is_some())
            .unwrap_or(sent_end);
        let sub = speaker::subject(ctx, j..end);
        if matches!(
            sub,
            Subject::Mention { .. }
                | Subject::Bare { role: Some(_), .. }
                | Subject::Nominal { unnamed: false, .. }
        ) {
            return Some((sub, end));
        }
    }
    let mut end = j + 1;
    while end < n
        && end < j + 4
        && !ctx.is_punct(end)
        && ctx.mention_at[end].is_none()
        && lexicon::cue(ctx.key(end)).is_none()
    {
        end += 1;
    }
    let span = ctx.span_of(j, end);
    Some((
        Subject::Nominal {
            span,
            head: bare,
            gender: g,
            unnamed,
            definite: false,
        },
        end,
    ))
}

/// The first token after mention `m`, which covers token `j`.
fn mention_end(ctx: &Ctx, m: usize, j: usize) -> usize {
    let mention = &ctx.ents.mentions[m];
    let mut end = j;
    while end < ctx.tokens.len() && ctx.tokens[end].span.start < mention.span.end {
        end += 1;
    }
    end
}

/// The body or medium named right after a report or media noun at `j` (بيان للوزارة,
/// وكالة "ميزان أونلاين"): an entity mention, else a quoted name.
fn named_after(ctx: &Ctx, j: usize) -> Option<(Subject, usize)> {
    let n = ctx.tokens.len();
    for t in j + 1..(j + 4).min(n) {
        if let Some(m) = ctx.mention_at[t] {
            if ctx.ents.mentions[m].kind != EntityKind::Location {
                return Some((Subject::mention(m), mention_end(ctx, m, t)));
            }
        }
        if let Some(found) = quoted_name(ctx, t) {
            return Some(found);
        }
        if ctx.is_punct(t) {
            break;
        }
    }
    None
}

/// A short quoted name opening at `t` (`"بي بي سي"`), and the token after its closing mark.
fn quoted_name(ctx: &Ctx, t: usize) -> Option<(Subject, usize)> {
    let pair = ctx.pairs[ctx.opens[t]?];
    (1..=4).contains(&pair.inner_len()).then(|| {
        (
            Subject::bare(ctx.span_of(pair.open + 1, pair.close)),
            pair.close + 1,
        )
    })
}

/// A body named by a noun and the name it governs (بحسب شرطة المدينة, وفق حكومة البلد): an
/// article-less word at `j`, not a title or source noun (مصادر حماس stays unnamed), followed
/// directly by an entity mention that it does not govern through a preposition.
fn construct_with_name(ctx: &Ctx, j: usize) -> Option<(Subject, usize)> {
    let m = ctx.mention_at.get(j + 1).copied().flatten()?;
    let mention = &ctx.ents.mentions[m];
    let head = ctx.key(j);
    let plain = ctx.tokens[j].kind == TokenKind::Arabic
        && !head.starts_with("ال")
        && !speaker::is_prep_object(ctx, mention)
        && lexicon::cue(head).is_none()
        && lexicon::title(head).is_none()
        && mention.span.start == ctx.tokens[j + 1].span.start;
    plain.then(|| {
        let end = mention_end(ctx, m, j + 1);
        (Subject::bare(ctx.span_of(j, end)), end)
    })
}

/// A report or medium named before, taken up again with the article (بحسب البيان, وفق الموقع
/// ذاته): the definite noun with its definite adjectives, an unnamed source for a report, a
/// named one for a medium. Figures and estimates (الأرقام) are left to the unnamed titles.
fn definite_source(ctx: &Ctx, j: usize) -> Option<(Subject, usize)> {
    let bare = ctx.key(j).strip_prefix("ال")?;
    let report = lexicon::is_report_noun(bare);
    if lexicon::title(bare).is_some_and(|(_, u)| u) || !(report || lexicon::is_media_noun(bare)) {
        return None;
    }
    let span = speaker::bare_phrase(ctx, j, ctx.sentence_range(j).end);
    let end = speaker::token_after(ctx, span);
    let subject = if report {
        Subject::nominal(ctx, j, end, Gender::Unknown, true)
    } else {
        Subject::bare(span)
    };
    Some((subject, end))
}
