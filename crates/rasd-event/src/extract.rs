//! Event extraction over a `DocView`: triggers, actors, place, date, modality, de-duplication.

use crate::classify;
use crate::codes::{goldstein, quad_class};
use crate::core::{
    Kind, ACTOR_HEADS, ACTOR_NOUNS, COMPLEMENTIZERS, CORE_PATTERNS, MODALITY_CUES, PLACE_PREPS,
    TARGET_PREPS, VERB_ONLY,
};
use crate::fallback::is_imperfect;
use crate::lexicon::Lexicon;
use crate::norm::candidates;
use crate::types::{Actor, ByteSpan, DocView, Event, Sent, TextSpan};
use chrono::NaiveDate;

/// Tokens a support verb may look ahead for its noun.
const LIGHT_WINDOW: usize = 18;
/// Tokens searched after a trigger for the subject.
const SUBJECT_WINDOW: usize = 7;
/// Tokens searched after a trigger (or its subject) for a target.
const OBJECT_WINDOW: usize = 14;
/// Tokens searched after a trigger for its place.
const PLACE_WINDOW: usize = 10;

/// Time words that may stand between a verb and its subject (أحكمت قوات الجيش، السبت، سيطرتها).
const TIME_WORDS: [&str; 10] = [
    "امس",
    "اليوم",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "مساء",
];

/// Modalities that are not events at all (generic or expected states of affairs).
const DROPPED: [&str; 2] = ["expected", "hypothetical"];

/// One sentence being coded.
struct Ctx<'a, 'b> {
    lx: &'a Lexicon,
    doc: &'a DocView<'b>,
    sent: &'a Sent,
    /// Entity index covering each token of the document (None when none).
    ent_of: &'a [Option<usize>],
}

/// A trigger found in a sentence: token range (inclusive start, inclusive end), code, stem.
struct Found {
    first: usize,
    last: usize,
    noun: usize,
    code: String,
    stem: String,
    core: bool,
}

/// Document-level state carried across sentences.
#[derive(Default)]
struct DocState {
    report_date: Option<NaiveDate>,
    trigger_stems: Vec<String>,
}

/// Extracts the events of one document view.
pub fn extract(lx: &Lexicon, doc: &DocView) -> Vec<Event> {
    let ent_of = entity_index(doc);
    let mut st = DocState::default();
    let mut out: Vec<Event> = Vec::new();
    for sent in &doc.sentences {
        let cx = Ctx {
            lx,
            doc,
            sent,
            ent_of: &ent_of,
        };
        for ev in cx.sentence_events(&mut st) {
            merge_or_push(&mut out, ev);
        }
    }
    out
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

fn merge_or_push(out: &mut Vec<Event>, ev: Event) {
    let same = |a: &Option<Actor>, b: &Option<Actor>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => same_actor(a, b),
        _ => false,
    };
    let dup = out
        .iter_mut()
        .find(|p| p.root == ev.root && same(&p.source, &ev.source) && same(&p.target, &ev.target));
    if let Some(prev) = dup {
        if prev.location.is_none() {
            prev.location = ev.location;
        }
        if prev.date.is_none() {
            prev.date = ev.date;
        }
        return;
    }
    out.push(ev);
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

fn text_identity(a: &Actor) -> String {
    crate::norm::match_key(&a.text)
        .trim_start_matches(['و', 'ف', 'ل', 'ب'])
        .to_string()
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
    fn key(&self, i: usize) -> &str {
        &self.doc.tokens[i].key
    }

    fn range(&self) -> std::ops::Range<usize> {
        self.sent.tokens.clone()
    }

    fn sentence_events(&self, st: &mut DocState) -> Vec<Event> {
        let mut out = Vec::new();
        let mut consumed = Vec::new();
        for i in self.range() {
            if consumed.contains(&i) || self.ent_of[i].is_some() || self.doc.tokens[i].punct {
                continue;
            }
            let Some(found) = self.trigger_at(i, st) else {
                continue;
            };
            consumed.push(found.noun);
            if let Some(ev) = self.code_event(&found, st) {
                st.trigger_stems.push(found.stem.clone());
                out.push(ev);
            }
        }
        self.update_report_date(st);
        out
    }

    fn trigger_at(&self, i: usize, st: &DocState) -> Option<Found> {
        let (t, stem) = self.lookup(i)?;
        match t.kind {
            Kind::Report => None,
            Kind::Light => self.light_noun(i),
            Kind::Event => {
                if self.is_complement(i, &stem)
                    || self.is_anaphoric(i, &stem, st)
                    || self.is_background(i)
                    || self.not_perfect_verb(i, &stem)
                {
                    return None;
                }
                let code = self.refine(&stem, i, &t.code);
                Some(Found {
                    first: i,
                    last: i,
                    noun: i,
                    code,
                    stem,
                    core: t.core,
                })
            }
        }
    }

    fn lookup(&self, i: usize) -> Option<(crate::lexicon::Trigger, String)> {
        let tok = &self.doc.tokens[i];
        if let Some(s) = &tok.stem {
            if let Some(t) = self.lx.triggers.get(s) {
                return Some((t.clone(), s.clone()));
            }
        }
        self.lx.trigger(&tok.key).map(|(t, s)| (t.clone(), s))
    }

    /// The noun a support verb governs (عقد ... اجتماعا, شنت 10 آلاف غارة).
    fn light_noun(&self, i: usize) -> Option<Found> {
        let end = (i + LIGHT_WINDOW).min(self.sent.tokens.end);
        for j in i + 1..end {
            if self.ent_of[j].is_some() {
                continue;
            }
            let Some((t, stem)) = self.lookup(j) else {
                continue;
            };
            if t.kind == Kind::Report {
                return None;
            }
            if t.kind == Kind::Event && t.core {
                return Some(Found {
                    first: i,
                    last: j,
                    noun: j,
                    code: t.code.clone(),
                    stem,
                    core: true,
                });
            }
        }
        None
    }

    /// A verbal noun in a purpose or prepositional complement (لمحاربة, في طرد) is not an event.
    fn is_complement(&self, i: usize, stem: &str) -> bool {
        let k = self.key(i).strip_prefix('و').unwrap_or(self.key(i));
        let clitic = (k.starts_with('ل') || k.starts_with('ب')) && !stem.starts_with(['ل', 'ب']);
        let prev = i
            .checked_sub(1)
            .filter(|p| *p >= self.sent.tokens.start)
            .map(|p| self.key(p));
        const BEFORE: [&str; 15] = [
            "في",
            "من",
            "الي",
            "عن",
            "بهدف",
            "اجل",
            "بغيه",
            "علي",
            "هي",
            "هو",
            "وهي",
            "وهو",
            "الذي",
            "التي",
            "الذين",
        ];
        let prep_before = prev.is_some_and(|p| BEFORE.contains(&p));
        clitic || prep_before
    }

    /// A verb-only trigger written as a noun or imperfect (سيطرة, يسيطر).
    fn not_perfect_verb(&self, i: usize, stem: &str) -> bool {
        let k = self.key(i).strip_prefix(['و', 'ف']).unwrap_or(self.key(i));
        let perfect = k == stem
            || k.strip_prefix(stem)
                .is_some_and(|r| ["ت", "وا", "ه", "ها", "هم", "تها", "ته"].contains(&r));
        VERB_ONLY.contains(&stem) && !perfect
    }

    /// A definite verbal noun (المحادثات, العقوبات) names a known or background happening, unless a
    /// modality cue governs it (إمكانية الانضمام).
    fn is_background(&self, i: usize) -> bool {
        let k = self.key(i).strip_prefix(['و', 'ف']).unwrap_or(self.key(i));
        let definite = k.starts_with("ال") || k.starts_with("لل") || k.starts_with("بال");
        let prev = i
            .checked_sub(1)
            .filter(|p| *p >= self.sent.tokens.start)
            .map(|p| self.key(p));
        let cue = prev.is_some_and(|p| MODALITY_CUES.iter().any(|(c, _)| *c == p));
        definite && !cue
    }

    /// A definite verbal noun repeating an earlier trigger (الاجتماع) refers back to that event.
    fn is_anaphoric(&self, i: usize, stem: &str, st: &DocState) -> bool {
        let k = self.key(i).strip_prefix(['و', 'ف']).unwrap_or(self.key(i));
        let definite = k.starts_with("ال") || k.starts_with("لل") || k.starts_with("بال");
        definite && st.trigger_stems.iter().any(|s| s == stem)
    }

    /// A more specific code from a dictionary pattern whose object follows the verb.
    fn refine(&self, stem: &str, i: usize, code: &str) -> String {
        let end = (i + 7).min(self.sent.tokens.end);
        for j in i + 1..end {
            let c = candidates(self.key(j));
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

    fn code_event(&self, f: &Found, st: &DocState) -> Option<Event> {
        let root = f.code.get(..2)?.to_string();
        let modality = self.modality(f);
        if DROPPED.contains(&modality) || !self.classifier_allows(f, &root) {
            return None;
        }
        let source = self.source(f);
        let target = self.target(f, source.as_ref());
        source.as_ref()?;
        let location = self.location(f, [&source, &target]);
        let date = self.date(f, modality, st);
        let origin = if self.classifier_positive(&root) == Some(true) {
            "dictionary+classifier"
        } else {
            "dictionary"
        };
        Some(self.event(f, root, source, target, location, date, modality, origin))
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
        for j in (lo..f.first).rev() {
            let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
            if let Some((_, m)) = MODALITY_CUES
                .iter()
                .find(|(c, _)| *c == k || *c == self.key(j))
            {
                return m;
            }
            if ["المهم", "يجب", "ينبغي", "يمكن", "الضروري"].contains(&k) {
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
        const PRONOMINAL: [&str; 12] = [
            "عليها",
            "عليه",
            "عليهم",
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
        let k = self.key(j);
        if PRONOMINAL.contains(&k) {
            return true;
        }
        TARGET_PREPS.contains(&k) || PLACE_PREPS.contains(&k) || k == "بعد" || k == "قبل"
    }

    /// The subject: a mention right after the trigger (VSO), else the nearest one before it in
    /// the clause (SVO), else the subject of the reporting verb that governs the clause. A passive
    /// trigger (قُتل) has no subject in the text.
    fn source(&self, f: &Found) -> Option<Actor> {
        if self.passive(f.first) {
            return None;
        }
        let end = (f.first + SUBJECT_WINDOW).min(self.sent.tokens.end);
        for j in f.first + 1..end {
            let inside = j <= f.last;
            if !inside && (self.boundary(j) || self.is_prep(j) || self.lookup(j).is_some()) {
                break;
            }
            // VSO: only actor nouns (قوات, رؤساء), times and marks stand between verb and subject
            let free = self.doc.tokens[j].punct
                || self.is_actor_noun(j)
                || TIME_WORDS.contains(&self.key(j));
            if !inside && self.ent_of[j].is_none() && !free {
                break;
            }
            if let Some(e) = self.ent_of[j] {
                if self.is_place_object(j) {
                    break;
                }
                return Some(self.actor(self.prefer_person(e, j), f.first));
            }
        }
        self.source_before(f.first)
            .or_else(|| self.reporter_subject(f.first))
    }

    /// A person named right after a role mention (رئيسة الوزراء البريطانية تيريزا ماي).
    fn prefer_person(&self, e: usize, j: usize) -> usize {
        if self.doc.entities[e].etype == "PER" {
            return e;
        }
        let end = (j + 5).min(self.sent.tokens.end);
        for k in j + 1..end {
            if self.boundary(k) || self.is_prep(k) {
                break;
            }
            if let Some(p) =
                self.ent_of[k].filter(|&p| p != e && self.doc.entities[p].etype == "PER")
            {
                return p;
            }
        }
        e
    }

    /// A damma on the first letter marks a passive verb (قُتل, أُطلق).
    fn passive(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let text = &self.doc.original[t.start..t.end];
        let text = text.strip_prefix('و').unwrap_or(text);
        text.chars().nth(1) == Some('\u{064F}')
    }

    fn source_before(&self, i: usize) -> Option<Actor> {
        let lo = i.saturating_sub(8).max(self.sent.tokens.start);
        for j in (lo..i).rev() {
            if self.boundary(j) || COMPLEMENTIZERS.contains(&self.key(j)) || self.is_report(j) {
                return None;
            }
            if let Some(e) = self.ent_of[j] {
                if self.is_place_object(j) {
                    continue;
                }
                return Some(self.actor(e, lo));
            }
        }
        None
    }

    fn reporter_subject(&self, i: usize) -> Option<Actor> {
        let r = (self.sent.tokens.start..i)
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
        let first = (self.sent.tokens.start..=j)
            .rev()
            .take_while(|&k| self.ent_of[k] == self.ent_of[j])
            .last()
            .unwrap_or(j);
        let prev = first.checked_sub(1).map(|p| self.key(p)).unwrap_or("");
        let k = self.key(first);
        let coordinated = k.starts_with('و')
            && first > self.sent.tokens.start
            && self.ent_of[first - 1].is_some()
            && self.is_place_object(first - 1);
        e.etype == "LOC"
            && (PLACE_PREPS.contains(&prev)
                || (k.starts_with('ب') && !k.starts_with("بر"))
                || k.starts_with("وب")
                || coordinated)
    }

    /// The target: the first mention after the trigger and its subject within the clause that is
    /// neither a place nor the source (direct object or after a preposition).
    fn target(&self, f: &Found, source: Option<&Actor>) -> Option<Actor> {
        let toks = &self.doc.tokens;
        let after_source = source
            .filter(|s| s.start >= toks[f.last].end)
            .map(|s| toks.partition_point(|t| t.start < s.end))
            .unwrap_or(f.last + 1);
        let begin = after_source.max(f.last + 1);
        let end = (begin + OBJECT_WINDOW).min(self.sent.tokens.end);
        let mut floor = begin;
        let mut skipped: Vec<usize> = source
            .and_then(|s| {
                self.doc
                    .entities
                    .iter()
                    .position(|e| e.start >= s.start && e.end == s.end)
            })
            .into_iter()
            .collect();
        for j in begin..end {
            // the clause ends at punctuation, a complementiser or the next predicate (لبحث, يهدف)
            let predicate = self.ent_of[j].is_none() && self.lookup(j).is_some();
            if self.boundary(j) || predicate || COMPLEMENTIZERS.contains(&self.key(j)) {
                break;
            }
            if self.is_prep(j) {
                floor = j + 1;
                continue;
            }
            let Some(e) = self.ent_of[j] else { continue };
            let ent = &self.doc.entities[e];
            let is_source = source.is_some_and(|s| s.start <= ent.start && s.end >= ent.end)
                || source.is_some_and(|s| s.group.is_some() && s.group == ent.group);
            // coordinated with the source or a skipped mention (الولايات المتحدة وفرنسا وبريطانيا)
            let coordinated = self.key(j).starts_with('و')
                && j > begin
                && self.ent_of[j - 1].is_some_and(|p| skipped.contains(&p));
            if self.is_place_object(j) || is_source || coordinated {
                skipped.push(e);
                continue;
            }
            return Some(self.actor(self.prefer_person(e, j), floor));
        }
        None
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
        while first > lowest && self.ent_of[first - 1].is_none() && self.is_actor_noun(first - 1) {
            first -= 1;
        }
        let start = toks[first].start.min(ent.start);
        Actor {
            text: self.doc.original[start..ent.end].to_string(),
            start,
            end: ent.end,
            group: ent.group,
            code: ent
                .code
                .clone()
                .or_else(|| crate::actors::code_of(self.lx, &self.doc.original[start..ent.end])),
        }
    }

    /// A noun that can head an actor phrase (رؤساء, دول, شركاء, or an agent word).
    fn is_actor_noun(&self, j: usize) -> bool {
        let c = candidates(self.key(j));
        c.iter().any(|x| {
            ACTOR_NOUNS.contains(&x.as_str())
                || ACTOR_HEADS.contains(&x.as_str())
                || self
                    .lx
                    .actors
                    .get(x)
                    .is_some_and(|l| l.iter().any(|a| a.kind == "agent" && a.keys.len() == 1))
        })
    }

    fn location(&self, f: &Found, actors: [&Option<Actor>; 2]) -> Option<TextSpan> {
        let end = (f.last + PLACE_WINDOW).min(self.sent.tokens.end);
        for j in f.last + 1..end {
            if self.boundary(j) || self.is_report(j) {
                break;
            }
            let Some(e) = self.ent_of[j] else { continue };
            let ent = &self.doc.entities[e];
            let used = actors.iter().any(|a| {
                a.as_ref()
                    .is_some_and(|a| a.start <= ent.start && a.end >= ent.end)
            });
            if !used && self.is_place_object(j) {
                return Some(self.span(ent.start, ent.end));
            }
        }
        None
    }

    fn date(&self, f: &Found, modality: &str, st: &DocState) -> Option<String> {
        let own = self
            .doc
            .dates
            .iter()
            .find(|d| d.start >= self.sent.start && d.end <= self.sent.end);
        if let Some(d) = own {
            return d.value.map(|v| v.to_string());
        }
        let durative = self
            .range()
            .any(|j| matches!(self.key(j), "منذ" | "خلال" | "طوال"));
        let future = modality == "announced"
            || modality == "intended" && self.doc.tokens[f.first].key.starts_with('س');
        if durative || future {
            return None;
        }
        st.report_date.map(|d| d.to_string())
    }

    /// A resolved date attached to a reporting verb becomes the date of later events in the text.
    fn update_report_date(&self, st: &mut DocState) {
        let has_report = self.range().any(|j| self.is_report(j));
        let d = self
            .doc
            .dates
            .iter()
            .find(|d| d.start >= self.sent.start && d.end <= self.sent.end);
        if let (true, Some(v)) = (has_report, d.and_then(|d| d.value)) {
            st.report_date = Some(v);
        }
    }

    fn sentence_text(&self) -> &str {
        &self.doc.original[self.sent.start..self.sent.end]
    }

    fn classifier_positive(&self, root: &str) -> Option<bool> {
        let (task, _) = classify::TASKS
            .iter()
            .find(|(_, roots)| roots.contains(&root))?;
        classify::detect(self.lx, task, self.sentence_text())
    }

    /// Dictionary-only ASSAULT triggers need the sentence classifier's positive decision.
    fn classifier_allows(&self, f: &Found, root: &str) -> bool {
        f.core || self.classifier_positive(root) == Some(true)
    }
}
