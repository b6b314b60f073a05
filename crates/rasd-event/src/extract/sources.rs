//! The source of an act: the subject after or before the trigger, a spokesman's side, a
//! coordinated or elided subject (the last agent named), a purpose clause's subject; and the
//! words that are no actors (media, towns, act nouns).

use super::{
    crowds, is_adjective, is_diplomat, is_nisba, name_core, personal_noun, Ctx, DocState, Found,
    Scan, BA_OBJECT_VERBS, LANDS, MANNER_WORDS, PLACE_NOUNS, PRONOMINAL, RELATIVES, SUBJECT_WINDOW,
    TITLE_MODIFIERS, VICTIMS,
};
use crate::core::{Kind, ACTOR_HEADS, AGENT_NOUNS, COMPLEMENTIZERS, PREP_LIGHT, TIME_WORDS};
use crate::norm::candidates;
use crate::types::Actor;
use rasd_text::possessive::{possessive_stem, unbound_noun};

/// What the words after a trigger say about its subject.
enum Subject {
    /// This actor is the subject.
    Is(Actor),
    /// The act has no subject in the text (a passive the script does not mark).
    Nobody,
    /// No subject after the trigger: look before it or in the governing clause.
    Unknown,
}

impl Ctx<'_, '_> {
    /// The subject: a mention right after the trigger (VSO), else the nearest one before it in
    /// the clause (SVO), else the subject of the reporting verb that governs the clause. A passive
    /// trigger (قُتل) has no subject in the text.
    /// The source of `f`; `side` is the first side of a clash or reciprocal act
    /// ([`Ctx::clash_sides`]), computed once by the caller.
    pub(super) fn source(&self, f: &Found, st: &DocState, side: Option<&Actor>) -> Option<Actor> {
        if let Some(a) = self.causee(f.first) {
            return Some(a);
        }
        // an undergone act has only its agent phrase as source; a clash its first side
        if self.is_undergone(f) {
            return self.agent_phrase(f);
        }
        if let Some(a) = side {
            return Some(a.clone());
        }
        if let Some(a) = self.marked_source(f) {
            return Some(a);
        }
        if let Some(j) = f.agent {
            return self.agent_of(j);
        }
        // a verb describing an attack noun before it has that attack's performer as subject
        // (قصف إسرائيلي استهدف موقعا): the noun after the verb is its object
        // (else the clause's subject before it: شن سلاح الجو غارات استهدفت الميناء)
        if let Some(noun) = self.described_attack(f) {
            return self
                .attack_performer(noun, f.first)
                .or_else(|| self.subject_elsewhere(f, st));
        }
        // an indefinite attack noun's country nisba names its performer (ضربة جوية تركية)
        let lone_noun = f.first == f.noun
            && f.first == f.last
            && !self.doc.tokens[f.first].verb
            && matches!(f.code.get(..2), Some("18" | "19" | "20"));
        if let Some(a) = lone_noun.then(|| self.act_nisba(f.first)).flatten() {
            return Some(a);
        }
        // a circumstantial participle (، داعيا الدول) shares its clause's subject: the noun
        // after it is its object, never its subject
        if self.passive(f.first) || self.circumstantial(f.first) {
            return None;
        }
        match self.subject_after(f) {
            Subject::Is(a) => Some(a),
            Subject::Nobody => None,
            Subject::Unknown => self.subject_elsewhere(f, st),
        }
    }

    /// The indefinite attack noun an attack verb right after it describes, past the noun's
    /// indefinite adjectives and ل-agent (قصف إسرائيلي استهدف موقعا, غارة جوية للتحالف
    /// استهدفت حافلة, هجوم انتحاري استهدف قاعدة): the noun's token.
    pub(super) fn described_attack(&self, f: &Found) -> Option<usize> {
        let toks = &self.doc.tokens;
        // (a conjunction opens a clause of its own: هجوم وقصفت)
        let conjoined = self.key(f.first) != self.bare_key(f.first);
        let violent = |code: &str| matches!(code.get(..2), Some("18" | "19" | "20"));
        // (a pronoun object points back at the noun, and the subject follows: قذيفة أطلقتها
        // ميليشيات الحوثي)
        let resumptive = self.written_suffix(f.first, &["ها", "ه", "هم"]).is_some();
        if !toks[f.first].verb || f.first != f.noun || conjoined || resumptive || !violent(&f.code)
        {
            return None;
        }
        let lo = f.first.saturating_sub(4).max(self.sent.tokens.start);
        // (the bomber adjective is no noun of its own: تفجير انتحاري)
        let attack = |j: usize| {
            self.ent_of[j].is_none()
                && self.lookup(j).is_some_and(|(t, stem)| {
                    t.kind == Kind::Event && violent(&t.code) && stem != "انتحاري"
                })
        };
        (lo..f.first)
            .rev()
            .take_while(|&j| !toks[j].punct && !toks[j].verb && !self.key(j).starts_with("ال"))
            .find(|&j| attack(j))
    }

    /// Whether the verb trigger `f` describes the indefinite thing right before it, agreeing
    /// with it in gender (بطريقة تسمح بمناقشات, قانون يسمح للحكومة, تسوية تسمح لها): the thing
    /// is its subject, so no actor does the act. People and bodies (مسلحون هاجموا), attacks
    /// ([`Ctx::described_attack`]) and what speaks for its author (بيانا يدين, رسالة تدعو) are
    /// left to the other subject rules.
    pub(super) fn describes_thing(&self, f: &Found) -> bool {
        const SPEAKING: [&str; 30] = [
            "بيان",
            "بيانا",
            "بيانات",
            "بلاغ",
            "رساله",
            "رسايل",
            "تقرير",
            "تقريرا",
            "قرار",
            "قرارا",
            "مذكره",
            "تغريده",
            "تغريدات",
            "خطاب",
            "خطابا",
            "كلمه",
            "كلمات",
            "تصريح",
            "تصريحا",
            "تصريحات",
            "مقابله",
            "مقال",
            "مقالا",
            "وثيقه",
            "عريضه",
            "هتافات",
            "شعارات",
            "لافتات",
            "لافته",
            "كتاب",
        ];
        // nouns that open a clause of their own (بعدما سيطر التنظيم, في حين ينفي ترامب)
        const OPENING: [&str; 24] = [
            "بعد",
            "قبل",
            "حين",
            "حينما",
            "عندما",
            "بعدما",
            "قبلما",
            "حال",
            "لدي",
            "منذ",
            "اثر",
            "عقب",
            "فور",
            "بينما",
            "فيما",
            "كلما",
            "طالما",
            "مثلما",
            "حيث",
            "اذ",
            "عند",
            "يوم",
            "وقت",
            "خلال",
        ];
        let i = f.first;
        let toks = &self.doc.tokens;
        // (an attack verb after a plural strike noun has the strikes' performer as subject:
        // شنت الدول الغربية ضربات استهدفت مواقع)
        let violent = matches!(f.code.get(..2), Some("18" | "19" | "20"));
        if !toks[i].verb || i != f.noun || i == self.sent.tokens.start || violent {
            return false;
        }
        let conjoined = self.key(i) != self.bare_key(i);
        let resumptive = self.written_suffix(i, &["ها", "ه", "هم"]).is_some();
        if conjoined || resumptive {
            return false;
        }
        // the noun before the verb, past up to two indefinite adjectives (اتفاقا نوويا يسمح)
        let lo = self.sent.tokens.start;
        let adjectives = (lo..i)
            .rev()
            .take(2)
            .take_while(|&j| toks[j].bare_adjective)
            .count();
        let Some(p) = (i - adjectives).checked_sub(1).filter(|&p| p >= lo) else {
            return false;
        };
        // (the word with or without its preposition: بهتافات تطالب)
        let listed = |list: &[&str]| {
            let k = self.bare_key(p);
            list.contains(&k)
                || k.strip_prefix(['ب', 'ل', 'ك'])
                    .is_some_and(|r| list.contains(&r))
        };
        let person = |j: usize| self.subject_word(j) || personal_noun(self.bare_key(j));
        // (a noun of people before it may head the phrase: قوات حفظ سلام)
        let headed = p > lo && toks[p - 1].bare_noun && person(p - 1);
        let thing = toks[p].bare_noun
            && self.ent_of[p].is_none()
            && !person(p)
            && !headed
            && !TIME_WORDS.contains(&self.key(p))
            && !listed(&OPENING)
            && !listed(&SPEAKING);
        // a feminine word (ة, or a plural in ات) right before takes a feminine verb, a
        // masculine one a masculine verb
        let last = i - 1;
        let agrees = if self.ta_marbuta(last) || self.key(last).ends_with("ات") {
            self.feminine_verb(i)
        } else {
            self.masculine_verb(i)
        };
        // (a subject after the verb makes the noun before it a time or a setting: ومنذ أشهر
        // عديدة تطالب الولايات المتحدة)
        thing && agrees && !matches!(self.subject_after(f), Subject::Is(_))
    }

    /// Who performed the attack noun at `noun` (up to the describing verb at `verb`): the
    /// country of its nisba (قصف إسرائيلي), the name it takes by ل (غارة جوية للتحالف) or the
    /// suicide bomber (تفجير انتحاري).
    fn attack_performer(&self, noun: usize, verb: usize) -> Option<Actor> {
        self.act_nisba(noun)
            .or_else(|| {
                (noun + 1..verb)
                    .find(|&j| self.ent_of[j].is_some() && self.key(j).starts_with('ل'))
                    .and_then(|j| self.ent_of[j].map(|e| self.actor(e, j)))
            })
            // ... or the suicide bomber its adjective names (تفجير انتحاري استهدف جنودا)
            .or_else(|| {
                (noun + 1..verb)
                    .find(|&j| self.bare_key(j).starts_with("انتحاري"))
                    .map(|j| self.phrase_actor(j, j))
            })
    }

    /// A source the words mark as such: an agent phrase, an announcer or achiever, the subject
    /// of a relative or pluperfect clause, a subject fronted before the trigger.
    fn marked_source(&self, f: &Found) -> Option<Actor> {
        self.agent_phrase(f)
            .or_else(|| self.announcer(f))
            .or_else(|| self.achiever(f))
            .or_else(|| self.relative_subject(f))
            .or_else(|| self.pluperfect_subject(f))
            .or_else(|| self.fronted_subject(f))
            .or_else(|| self.fronted_unnamed(f))
    }

    /// The subject after the trigger (VSO) within [`SUBJECT_WINDOW`] words.
    fn subject_after(&self, f: &Found) -> Subject {
        let end = (f.first + SUBJECT_WINDOW).min(self.sent.tokens.end);
        // the subject of a prepositional support verb stands before its noun (كان يشارك في
        // اجتماع التحالف: the alliance's is the meeting, not the taking part)
        let prep_light = f.first != f.noun
            && self
                .lookup(f.first)
                .is_some_and(|(_, v)| PREP_LIGHT.iter().any(|(p, _)| *p == v));
        let end = if prep_light { end.min(f.noun) } else { end };
        // an act noun with a country nisba as subject (استهدفت غارة أمريكية): that country
        if let Some(a) = self.act_nisba_subject(f) {
            return Subject::Is(a);
        }
        if self.unmarked_passive(f, end) {
            return Subject::Nobody;
        }
        // a verb before its subject is singular: after a plural verb (واتهموا قوات الأمن) the
        // noun is its object, the subject named before it
        // (a relative clause's verb has its antecedent as subject, as below)
        if self.plural_verb(f.first) {
            return if self.after_relative(f.first) {
                Subject::Nobody
            } else {
                Subject::Unknown
            };
        }
        if self.relative_object_follows(f) {
            return Subject::Nobody;
        }
        // the subject of قضى / أمر stands before its ب-sentence; after it come the sentenced
        let ba_verb = f.first != f.noun
            && self
                .lookup(f.first)
                .is_some_and(|(_, v)| BA_OBJECT_VERBS.contains(&v.as_str()));
        for j in f.first + 1..end {
            match self.subject_at(f, j, ba_verb) {
                Scan::Found(a) => return Subject::Is(a),
                Scan::Stop => break,
                Scan::Go => {}
            }
        }
        // a title or a noun of people right after the verb, before a preposition or a comma
        // (اجتمع الوزير مع)
        if let Some(a) = self.agentive_subject(f, end) {
            return Subject::Is(a);
        }
        // a relative clause's verb with no subject after it has the antecedent noun as subject
        if self.after_relative(f.first) {
            return Subject::Nobody;
        }
        Subject::Unknown
    }

    /// Whether the verb `f` opens a relative clause (after الذي / التي; ما and من open other
    /// clauses: سرعان ما, حسب ما تطالب ميركل) with no pronoun on it or on a word of its clause
    /// after it: its antecedent is its subject and the name after it its object (الضربات التي
    /// استهدفت سوريا). A pronoun names the antecedent elsewhere and leaves the name after the verb
    /// its subject (الغارات التي شنتها الطائرات, اليوم الذي قتل فيه, مرسي الذي احتشد مؤيدوه, والذي
    /// اتهمت لندن الحكومة الروسية بالوقوف خلفها).
    fn relative_object_follows(&self, f: &Found) -> bool {
        const PRONOUNS: [&str; 4] = ["ها", "ه", "هم", "هما"];
        let relative = f.first > self.sent.tokens.start
            && RELATIVES[..3].contains(&self.key(f.first - 1).trim_start_matches('و'));
        if !relative || f.first != f.noun || !self.doc.tokens[f.first].verb {
            return false;
        }
        let end = (f.first + 10).min(self.sent.tokens.end);
        let resumptive = self.written_suffix(f.first, &PRONOUNS).is_some()
            || (f.first + 1..end)
                .take_while(|&j| !self.boundary(j))
                .any(|j| self.written_suffix(j, &PRONOUNS).is_some());
        !resumptive
    }

    /// Whether the words after the violent or arrest verb `f` show it a passive the script does
    /// not mark: a private person right after a violent verb is its victim (وقتلت امرأة
    /// فلسطينية), a person right after an arrest verb its patient (واعتقل سكريبال عام 2006 في
    /// روسيا): persons do not arrest.
    fn unmarked_passive(&self, f: &Found, end: usize) -> bool {
        let violent = matches!(f.code.get(..2), Some("18" | "19" | "20"));
        let undergone =
            || self.victim_after(f, end) || self.person_undergoes(f, end) || self.killed_plural(f);
        if violent && undergone() {
            return true;
        }
        let arrest = f.code == "173" && f.first == f.last && self.doc.tokens[f.first].verb;
        let person_next = (f.last + 1 < end)
            .then(|| self.ent_of[f.last + 1])
            .flatten()
            .is_some_and(|e| self.doc.entities[e].etype == "PER");
        arrest && person_next
    }

    /// Whether the trigger is the plural or dual perfect قتلوا with no object after it (past a manner
    /// phrase such as بالرصاص): the passive قُتلوا, whose subject before it was killed (أكثر من
    /// 120 شخصا قتلوا برصاص القوات, العشرات من عناصر الميليشيات قتلوا وجرح آخرون), its target;
    /// killers name whom they killed (ضباط قتلوا بالرصاص رجلا).
    pub(super) fn killed_plural(&self, f: &Found) -> bool {
        let t = &self.doc.tokens[f.first];
        let k = t.key.strip_prefix('و').unwrap_or(&t.key);
        // (the dual and the feminine plural too: حسين العمور وعبد الحليم الناقة قد قتلا في القصف)
        if f.first != f.last || !matches!(k, "قتلوا" | "قتلا" | "قتلن") {
            return false;
        }
        let end = self.sent.tokens.end;
        let next = (f.first + 1..end).find(|&j| !self.key(j).starts_with("بال"));
        next.is_none_or(|j| {
            let k = self.key(j);
            self.boundary(j) || self.is_prep(j) || k.starts_with('و') || k.starts_with('ب')
        })
    }

    /// Whether the one-word trigger `f` is written as its bare three-letter stem (وزار, زار):
    /// a perfect verb, which the morphology may read as a noun after و.
    fn perfect_shaped(&self, f: &Found) -> bool {
        f.first == f.last && self.bare_key(f.first) == f.stem && f.stem.chars().count() == 3
    }

    /// The scan for a subject at word `j` after the trigger `f` (`ba_verb`: a verb whose
    /// sentenced persons follow it with ب).
    fn subject_at(&self, f: &Found, j: usize, ba_verb: bool) -> Scan {
        let inside = j <= f.last;
        // diplomats after an expulsion are its object (ستطرد دبلوماسيين اثنين)
        let expelled = f.code.starts_with("16") && !inside && is_diplomat(self.key(j));
        // (a preposition with its pronoun may stand between: اتهمت فيه المصريين)
        let after_verb =
            j == f.last + 1 || (j == f.last + 2 && PRONOMINAL.contains(&self.key(f.last + 1)));
        if (after_verb && self.oblique_plural(j)) || (ba_verb && !inside) || expelled {
            return Scan::Stop;
        }
        // a spokesman speaks and acts for the body after باسم (نفى متحدث باسم الحكومة)
        if let Some(a) = (!inside).then(|| self.spokesman(j)).flatten() {
            return Scan::Found(a);
        }
        // the next predicate ends the clause; an actor noun is no predicate (المتظاهرون)
        let predicate =
            self.lookup(j).is_some() && (self.doc.tokens[j].verb || !self.is_actor_noun(j));
        // a time word between commas (اتهمت، الاثنين، وزارة) does not close the clause
        let comma = self.boundary(j) && !self.apposition_comma(j) && !self.time_comma(j);
        let object_pronoun = j == f.last + 1 && PRONOMINAL.contains(&self.key(j));
        let stop = comma || (self.is_prep(j) && !object_pronoun) || predicate;
        // a body's unnamed members (مسلحون من حركة طالبان, عناصر من الجيش) act for the body
        // the preposition names; after a definite body (صادرتها الشرطة من الحكومة) من is
        // the verb's "from"
        let members = self.is_actor_noun(j) && !self.key(j).starts_with("ال");
        if let Some(a) = (!inside && members && self.ent_of[j].is_none())
            .then(|| self.body_after(j + 1))
            .flatten()
        {
            return Scan::Found(a);
        }
        // a crowd (مئات الطلاب, الآلاف من المتظاهرين, بين 4000 و5000 شخص) is named without
        // its count; protesters are a crowd (تظاهر مئات الطلاب); after other verbs a crowd is
        // mostly the object or the passive's patient (وقتل ثلاثة فلسطينيين)
        let crowd = f.code.starts_with("14").then(|| self.crowd(j)).flatten();
        if !inside && stop && crowd.is_none() {
            return Scan::Stop;
        }
        // a title naming a body before its holder, right after the verb (حضت المديرة العامة لصندوق
        // النقد الدولي كريستين لاغارد): the holder, past the body; after other words, or after a
        // verbal noun, the title may open the object (انتقد فيها المستشارة السابقة بالبيت
        // الأبيض أوماروسا, لقائهما رئيس مجلس النواب العراقي أسامة النجيفي)
        let verb = self.doc.tokens[f.first].verb || self.perfect_shaped(f);
        if let Some((k, e)) = (verb && j == f.last + 1 && !self.named(j))
            .then(|| self.role_holder(j))
            .flatten()
        {
            return Scan::Found(self.actor(e, k));
        }
        // a support verb's subject stands between it and its noun (شنت الطائرات الإسرائيلية غارات)
        let open = !inside || (j < f.last && j != f.noun);
        if open && self.ent_of[j].is_none() {
            let free = self.free_before_subject(j, object_pronoun);
            if let Some(scan) = self.unnamed_subject_at(f, j, crowd, free) {
                return scan;
            }
        }
        // the name a support verb's object opens (فتح معبر رفح) is no subject
        if self.object_name(f, self.ent_of[j]) || self.venue(f, j) {
            return Scan::Stop;
        }
        if let Some(e) = self.ent_of[j] {
            return self.named_subject_at(f, j, e);
        }
        if !inside {
            if let Some(a) = self.possessed_actor(j) {
                return Scan::Found(a);
            }
        }
        // a support verb's subject stands before its noun (ألقى المسؤولون ... باللائمة)
        let from = if inside { f.first + 1 } else { f.last + 1 };
        match self.unnamed_subject(from, j) {
            Some(a) => Scan::Found(a),
            None => Scan::Go,
        }
    }

    /// VSO: whether word `j` may stand between a verb and its subject: actor nouns (قوات,
    /// رؤساء), times, titles, nisbas and marks.
    fn free_before_subject(&self, j: usize, object_pronoun: bool) -> bool {
        self.doc.tokens[j].punct
            || object_pronoun
            || self.is_actor_noun(j)
            || self.role_word(j)
            || is_nisba(self.key(j))
            || TIME_WORDS.contains(&self.key(j))
            || TITLE_MODIFIERS.contains(&self.key(j))
    }

    /// The scan at a word `j` after the trigger `f` that begins no mention: a crowd, a titled
    /// name, a noun with a country nisba, a title before its object, a statement's author, a
    /// noun of people acting; `None` goes on with the checks every word gets.
    fn unnamed_subject_at(
        &self,
        f: &Found,
        j: usize,
        crowd: Option<Actor>,
        free: bool,
    ) -> Option<Scan> {
        let inside = j <= f.last;
        // a titled name, else a noun with a country nisba (محكمة مصرية, الطائرات الروسية): that
        // country's actor
        let named = (!inside && !free)
            .then(|| self.titled_name(f.first + 1, j))
            .flatten();
        if let Some(a) = crowd.or(named).or_else(|| self.nisba_subject(f, j)) {
            return Some(Scan::Found(a));
        }
        if inside {
            return None;
        }
        // a definite person's title before a body or a state (هاجم الوزير الحكومة) is the
        // subject, the name after it the object; a statement's author speaks through it (ونفى
        // بيان النائب العام)
        if let Some(a) = self
            .title_before_object(j)
            .or_else(|| self.statement_author(j))
        {
            return Some(Scan::Found(a));
        }
        if free {
            return None;
        }
        // a noun that names people acting (المحامي, الجمعيات الخيرية) right after the verb is
        // its subject
        Some(match self.agentive_subject(f, j) {
            Some(a) => Scan::Found(a),
            None => Scan::Stop,
        })
    }

    /// A noun with a country nisba at `j` after the trigger `f` as subject (المحكمة المصرية),
    /// with the title nouns before it (وزير الخارجية الأمريكي); not when the nisba closes a
    /// title before a name (الوزراء البريطانية تيريزا ماي).
    fn nisba_subject(&self, f: &Found, j: usize) -> Option<Actor> {
        let a = self
            .nisba_phrase(j)
            .filter(|_| self.titled_name(f.first + 1, j + 2).is_none())?;
        let first = (f.first + 1..j)
            .find(|&i| (i..j).all(|x| self.is_actor_noun(x)))
            .unwrap_or(j);
        // ... a definite title before a definite noun is its own phrase, the noun the verb's
        // object (انتقد الوزير السياسات الإيرانية)
        if first < j && self.key(j - 1).starts_with("ال") && !is_adjective(self.key(j)) {
            return None;
        }
        Some(if first < j {
            self.phrase_actor(first, j + 1)
        } else {
            a
        })
    }

    /// The scan at the mention `e` found at word `j` after the trigger `f`.
    fn named_subject_at(&self, f: &Found, j: usize, e: usize) -> Scan {
        // a place no dictionary codes (الغوطة) is the scene or object, never the subject: the
        // subject stands before the verb (المقاتلات الحربية قصفت الغوطة)
        let ent = &self.doc.entities[e];
        let scene = self.uncoded_place_entity(e);
        // ... nor is a body a place preposition governs (تظاهر الآلاف أمام السفارة)
        let first = self.mention_first(j);
        let seat = first > self.sent.tokens.start && self.place_prep(first - 1);
        if self.is_place_object(j) || self.proclitic_object(j) || scene || seat {
            return Scan::Stop;
        }
        // a country right after the verb is its subject, the person after it the object
        // (اعتقلت موسكو سكريبال); after title words it names the title's country (قال وزير
        // خارجية روسيا سيرغي لافروف)
        let state = ent.etype == "LOC" && self.named(j) && j == f.last + 1;
        // ... unless the verb is masculine and the state takes feminine agreement: then it is
        // the object of a subject named earlier (وزار الصين سرا, وحذر روسيا من)
        if state && self.state_object(f.first, j) {
            return Scan::Stop;
        }
        let e = if state { e } else { self.prefer_person(e, j) };
        Scan::Found(self.actor(e, f.first + 1))
    }

    /// The subject found outside the words after the trigger: coordinated with an earlier
    /// act's, the nearest mention before it, the reporter of the governing clause (not for the
    /// verbal nouns of a quotation: قال ملادينوف: "إطلاق النار على الأطفال أمر مخز").
    fn subject_elsewhere(&self, f: &Found, st: &DocState) -> Option<Actor> {
        let noun = !self.doc.tokens[f.first].verb;
        let quoted_noun = noun && self.in_quotation(f.first);
        // an attack named by a noun (هجوم, ضربات) has its agent after it (هجوم شنه X, هجوم X
        // على); the speaker or the name before it reports or suffers it, unless a verb right
        // before the noun carries it (المقاتلات واصلت قصف الغوطة)
        let after_verb = f.first > self.sent.tokens.start && self.doc.tokens[f.first - 1].verb;
        if noun && !after_verb && self.attack_noun(f.first) {
            return self.coordinated_subject(f, st);
        }
        // a clause after أن with its own subject before the verb (أكد الجيش أن منظومة الدفاع
        // السورية أطلقت الصواريخ) is not the reporter's act
        let own_subject = self.doc.tokens[f.first].verb && self.unnamed_clause_subject(f.first);
        self.coordinated_subject(f, st)
            .or_else(|| self.source_before(f.first))
            .or_else(|| {
                (!quoted_noun && !own_subject)
                    .then(|| self.reporter_subject(f.first))
                    .flatten()
            })
            .or_else(|| self.item_subject(f))
    }

    /// Whether the verb at `i` has words of its own subject between it and the أن opening its
    /// clause, at most five, none a name, verb, punctuation or act noun: a subject no actor
    /// resolves. A word with a possessive pronoun is the reporter's own side (أن بلاده ترفض,
    /// أعلن التحالف أن مقاتلاته شنت 10 آلاف غارة), but its counterpart is another party (إن
    /// نظيرتها الشمالية رفضت).
    fn unnamed_clause_subject(&self, i: usize) -> bool {
        let lo = i.saturating_sub(6).max(self.sent.tokens.start);
        let Some(c) = (lo..i).rev().find(|&j| matches!(self.key(j), "ان" | "بان")) else {
            return false;
        };
        let words = c + 1..i;
        !words.is_empty()
            && words.clone().all(|j| {
                let t = &self.doc.tokens[j];
                !t.punct
                    && !t.verb
                    && self.ent_of[j].is_none()
                    && !TIME_WORDS.contains(&self.key(j))
                    && !self.is_prep(j)
                    && (self.written_suffix(j, &["ه", "ها", "هم", "هما"]).is_none()
                        || self.key(j).starts_with("نظير"))
                    && self.lookup(j).is_none()
            })
    }

    /// The name a list item or headline opens with before a colon (- رومانيا: طرد أحد
    /// الدبلوماسيين الروس): the actor of the act right after it.
    fn item_subject(&self, f: &Found) -> Option<Actor> {
        let start = self.sent.tokens.start;
        let first = (start..f.first).find(|&j| !self.doc.tokens[j].punct)?;
        let e = self.ent_of[first]?;
        let after = (first..f.first).find(|&j| self.ent_of[j] != Some(e))?;
        // (the act right after the colon: a speaker's words after it are a quote, whose acts
        // are not his: ظريف: ... هناك حصارا مضروبا على اليمن)
        (self.key(after) == ":" && f.first == after + 1).then(|| self.actor(e, first))
    }

    /// Whether token `j` is a noun naming an attack or a fight, whatever its article or
    /// clitics (هجوم, الضربات, بغارات, معارك): no verbal noun of a verb (قتل, إطلاق) that the
    /// morphology may have read as a noun.
    fn attack_noun(&self, j: usize) -> bool {
        const ATTACK_NOUNS: [&str; 14] = [
            "هجوم",
            "هجمات",
            "ضربه",
            "ضربات",
            "غاره",
            "غارات",
            "معركه",
            "معارك",
            "اعتداء",
            "اعتداءات",
            "اشتباك",
            "اشتباكات",
            "مواجهه",
            "مواجهات",
        ];
        self.word_among(j, &ATTACK_NOUNS)
    }

    /// A spokesman phrase opening at token `j`: (ال)متحدث / (ال)ناطق, an optional رسمي, then
    /// باسم and the body, a name or a definite noun with its adjectives (متحدث باسم الحكومة,
    /// المتحدث الرسمي باسم وزارة الدفاع الروسية). The phrase is the actor, coded by its body.
    fn spokesman(&self, j: usize) -> Option<Actor> {
        const SPOKESMEN: [&str; 6] = ["متحدث", "المتحدث", "متحدثه", "المتحدثه", "ناطق", "الناطق"];
        let end = self.sent.tokens.end;
        if !SPOKESMEN.contains(&self.bare_key(j)) {
            return None;
        }
        let mut k = j + 1;
        if k < end && ["رسمي", "الرسمي", "الرسميه"].contains(&self.key(k)) {
            k += 1;
        }
        if k + 1 >= end || self.key(k) != "باسم" {
            return None;
        }
        let body = k + 1;
        let last = match self.ent_of[body] {
            Some(_) => self.mention_last(body),
            None if self.key(body).starts_with("ال") => self.adjectives_end(body),
            None => return None,
        };
        let code = crate::actors::code_of(self.lx, self.tokens_text(body, last));
        Some(self.span_actor(j, last, code))
    }

    /// Whether a private person stands right after the act `f` (before token `end`) with no
    /// object after it, so the person undergoes the act (with one it acts: طعن شاب فلسطيني
    /// مستوطنا, اغتال شرطي تركي السفير الروسي); a time word is no object (قتل جندي الجمعة).
    fn victim_after(&self, f: &Found, end: usize) -> bool {
        let next = f.last + 1;
        next < end && VICTIMS.contains(&self.bare_key(next)) && !self.object_past_subject(next, end)
    }

    /// Whether a named person stands right after the violent verb `f` with no object after the
    /// name: the verb is a passive the script does not mark (قتل شريف إسماعيل، العميد في
    /// القوات الخاصة; وقتل الحساني في غارة للتحالف); a person who kills names the killed.
    fn person_undergoes(&self, f: &Found, end: usize) -> bool {
        // the killings and woundings news tells in the passive; a person attacks in words
        // (وهاجم هولاند ما وصفه بالأسلوب المتعجرف)
        const HARMS: [&str; 6] = ["قتل", "ذبح", "طعن", "خطف", "اختطف", "جرح"];
        let next = f.last + 1;
        let harm = HARMS.contains(&f.stem.as_str());
        let person = (harm && next < end && self.doc.tokens[f.first].verb)
            .then(|| self.ent_of[next])
            .flatten()
            .is_some_and(|e| self.doc.entities[e].etype == "PER");
        person
            && self.mention_first(next) == next
            && !self.object_past_subject(self.mention_last(next), end)
    }

    /// Whether an object (an indefinite accusative or a definite noun, no adjective or time
    /// word) follows the subject word `j` within three words, before a preposition, a boundary
    /// or token `end`.
    fn object_past_subject(&self, j: usize, end: usize) -> bool {
        let accusative = |x: usize| {
            let k = self.key(x);
            let plain = !k.starts_with("ال") && !k.starts_with('و') && !k.ends_with("ها");
            plain && k.ends_with('ا') && k.chars().count() > 3
        };
        let definite_object = |x: usize| {
            let k = self.key(x);
            k.starts_with("ال") && !is_adjective(k) && !TIME_WORDS.contains(&k)
        };
        (j + 1..(j + 4).min(end))
            .take_while(|&x| !self.boundary(x) && !self.is_prep(x))
            .any(|x| accusative(x) || definite_object(x))
    }

    /// The author named right after a statement noun at token `j` (بيان النائب العام, بيان
    /// الخارجية): the one who speaks through it.
    fn statement_author(&self, j: usize) -> Option<Actor> {
        const STATEMENTS: [&str; 2] = ["بيان", "بلاغ"];
        let next = j + 1;
        let e = (STATEMENTS.contains(&self.bare_key(j)) && next < self.sent.tokens.end)
            .then(|| self.ent_of[next])
            .flatten()?;
        Some(self.actor(e, next))
    }

    /// The body named by من at token `m` after its members (مسلحون من حركة طالبان, عناصر من
    /// الشرطة): the members act for it.
    pub(super) fn body_after(&self, m: usize) -> Option<Actor> {
        let e = self.ent_of.get(m + 1).copied().flatten()?;
        (self.key(m) == "من").then(|| self.actor(e, m + 1))
    }

    /// Whether token `i` lies inside quotation marks of a quote's content.
    pub(super) fn in_quotation(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        let marks = ['"', '«', '“', '»', '”'];
        self.doc.quotes.iter().any(|q| {
            let (a, b) = (q.content.start, q.content.end);
            let opened = self.doc.original[..a].trim_end().ends_with(marks)
                || self.doc.original[a..].starts_with(marks);
            opened && a <= t.start && t.end <= b
        })
    }

    /// Whether token `j` is a definite sound masculine plural in the oblique case (المحتجين,
    /// المصريين, not المحتجون) and no other recognised name (البحرين): right after a verb it is
    /// the object, never the subject.
    fn oblique_plural(&self, j: usize) -> bool {
        let k = self.bare_key(j);
        // a people named by its nisba is a name and still a plural (المصريين, الفلسطينيين)
        let nisba_plural = k.starts_with("ال") && k.ends_with("يين") && k.chars().count() > 6;
        let named = (self.named(j) && !nisba_plural) || TIME_WORDS.contains(&k);
        // the morphology's stem is the word without article and suffix (محتج), so a singular
        // ending in ين (الامين) does not qualify
        let suffixed = self.doc.tokens[j].stem.as_deref().is_some_and(|stem| {
            k.strip_prefix("ال")
                .and_then(|r| r.strip_suffix("ين"))
                .is_some_and(|r| r == stem)
        });
        suffixed && !named
    }

    /// Whether the word after verb `i` (past time words) is a definite common noun that names
    /// no actor (ثم قصفت المستشفى): the verb's object.
    fn object_follows(&self, i: usize) -> bool {
        let next = (i + 1..self.sent.tokens.end).find(|&j| !TIME_WORDS.contains(&self.key(j)));
        next.is_some_and(|j| {
            self.oblique_plural(j)
                || self.key(j).starts_with("ال")
                    && self.ent_of[j].is_none()
                    && !self.is_actor_noun(j)
                    && !self.role_word(j)
                    && self.unnamed_subject(j, j).is_none()
        })
    }

    /// The subject a verb joined to an earlier act of its sentence shares with that act, when
    /// no subject follows it: joined by و, ف or ثم (ألقت عليه القبض السلطات الروسية ... وحكمت
    /// عليه; اعتقلت الشرطة الصحفي ثم أفرجت عنه) or by قبل أن / بعد أن (قبل أن تفرج عنه). The
    /// mention before it is then the earlier act's object, not its subject.
    fn coordinated_subject(&self, f: &Found, st: &DocState) -> Option<Actor> {
        let t = &self.doc.tokens[f.first];
        let start = self.sent.tokens.start;
        let before = |n: usize| (f.first >= start + n).then(|| self.key(f.first - n));
        let glued = t.key.starts_with(['و', 'ف']) && t.stem.as_deref() != Some(&t.key);
        let then = matches!(before(1), Some("ثم" | "وثم" | "بعدما" | "قبلما"));
        let subordinate =
            before(1) == Some("ان") && matches!(before(2), Some("قبل" | "بعد" | "وقبل" | "وبعد"));
        if !t.verb || !(glued || then || subordinate) {
            return None;
        }
        // a count right after it (واختطفت أكثر من 50 طالبا) is its object, a protest's its crowd
        let counted = !f.code.starts_with("14")
            && f.first + 1 < self.sent.tokens.end
            && self.count_word(f.first + 1);
        let subject_may_follow =
            !self.no_subject_follows(f.first) && !self.object_follows(f.first) && !counted;
        if t.key.ends_with("وا") || self.passive(f.first) || subject_may_follow {
            return None;
        }
        st.last_source
            .as_ref()
            .filter(|a| a.start >= self.sent.start && a.end <= t.start)
            .filter(|a| !crate::statements::is_media(&a.text))
            .cloned()
    }

    /// Whether token `j` opens the role phrase the text gives the person named right after it
    /// (اتهم المرشد الإيراني علي خامنئي): the words up to the name are one of its group's roles.
    fn role_word(&self, j: usize) -> bool {
        let end = (j + 4).min(self.sent.tokens.end);
        (j + 1..end)
            .find_map(|k| self.ent_of[k].map(|e| (k, e)))
            .is_some_and(|(k, e)| self.holds_role(j, k, e))
    }

    /// Whether the person mention `e`, starting at word `k`, holds the role written from word
    /// `j` up to it (one of its group's roles, read by [`name_core`]).
    pub(super) fn holds_role(&self, j: usize, k: usize, e: usize) -> bool {
        let ent = &self.doc.entities[e];
        let toks = &self.doc.tokens;
        // an apposition comma before the name is no part of the role (زعيم المعارضة، جيرمي كوربن)
        let last = (j..k).rev().find(|&x| !toks[x].punct).unwrap_or(j);
        let words = name_core(&self.doc.original[toks[j].start..toks[last].end]);
        ent.etype == "PER"
            && self
                .doc
                .roles
                .iter()
                .any(|(g, r)| ent.group == Some(*g) && name_core(r) == words)
    }

    /// The person whose role opens at word `j` and names a body on its way (الأمين العام لحلف
    /// شمال الأطلسي ينس ستولتنبرغ, زعيم المعارضة جيرمي كوربن): the first person mention within
    /// the next seven words of the clause, past a recognised name or a collective actor noun
    /// and an apposition comma, when the words from `j` up to it are the role the recogniser
    /// gave that person; with its first word. (A role naming no body is read by
    /// [`Ctx::role_word`] and the name after it.)
    fn role_holder(&self, j: usize) -> Option<(usize, usize)> {
        let end = (j + 8).min(self.sent.tokens.end);
        let (k, e) = (j + 1..end)
            // a name's word read as a verb (ينس) does not end the clause
            .take_while(|&k| {
                let verb = self.doc.tokens[k].verb && self.ent_of[k].is_none();
                !((self.boundary(k) && !self.apposition_comma(k)) || verb)
            })
            .find_map(|k| {
                self.ent_of[k]
                    .filter(|&e| self.doc.entities[e].etype == "PER")
                    .map(|e| (k, e))
            })?;
        // a body named, or a collective one (زعيم المعارضة جيرمي كوربن); a person's title is
        // none (وزير الخارجية الروسي الرئيس الأمريكي دونالد ترامب)
        let collective = |x: usize| self.is_actor_noun(x) && !personal_noun(self.key(x));
        let body = (j + 1..k).any(|x| self.named(x) || collective(x));
        (body && self.holds_role(j, k, e)).then_some((k, e))
    }

    /// A name the recogniser missed after a person's title (رئيسة الوزراء البريطانية تيريزا
    /// ماي روسيا): the title words `from..j` end with a nisba or title adjective and hold a title
    /// noun, and one to three plain indefinite words from `j` run up to a mention, a preposition
    /// or the clause's end.
    fn titled_name(&self, from: usize, j: usize) -> Option<Actor> {
        // a person's title (وزير, رئيسة), not a body or a weapon (المدفعية التركية مواقع)
        let titled = j > from
            && (from..j).any(|k| personal_noun(self.key(k)))
            && (is_nisba(self.key(j - 1)) || TITLE_MODIFIERS.contains(&self.key(j - 1)));
        let plain = |k: usize| {
            let t = &self.doc.tokens[k];
            !t.punct
                && !t.verb
                && self.ent_of[k].is_none()
                && !self.is_prep(k)
                && !t.key.starts_with("ال")
                && !COMPLEMENTIZERS.contains(&t.key.as_str())
                && !TIME_WORDS.contains(&t.key.as_str())
                && !MANNER_WORDS.contains(&t.key.trim_start_matches('و'))
                && self.lookup(k).is_none()
        };
        let last = (j..(j + 3).min(self.sent.tokens.end))
            .take_while(|&k| plain(k))
            .last()?;
        let next = last + 1;
        let mention_next = next < self.sent.tokens.end && self.ent_of[next].is_some();
        let closed = next >= self.sent.tokens.end
            || mention_next
            || self.is_prep(next)
            || self.boundary(next);
        // one word right before a mention heads a construct with it (الرئيس الفرنسي تصريحات
        // ترامب: Trump's statements), no name
        let construct = last == j && mention_next;
        if !titled || !closed || construct {
            return None;
        }
        let code = crate::actors::code_of(self.lx, self.tokens_text(from, j - 1));
        Some(self.span_actor(j, last, code))
    }

    /// Whether a person's name starts at token `k` or right after one honorific there: the
    /// words before `k` are then that person's title (رئيسة الوزراء البريطانية تيريزا ماي, ولي
    /// العهد السعودي الأمير محمد بن سلمان), no actor of their own.
    pub(super) fn titles_a_person(&self, k: usize) -> bool {
        let person = |k: usize| {
            k < self.sent.tokens.end
                && self.ent_of[k].is_some_and(|e| self.doc.entities[e].etype == "PER")
        };
        person(k) || (k < self.sent.tokens.end && !self.is_prep(k) && person(k + 1))
    }

    /// A noun qualified by a country nisba right after the verb (أطلقت بارجتان أمريكيتان,
    /// اعتقل جنود إسرائيليون, قصفت الطائرات الروسية): the subject, named by its country.
    pub(super) fn nisba_phrase(&self, j: usize) -> Option<Actor> {
        let next = j + 1;
        let t = &self.doc.tokens[j];
        // a definite head takes a definite nisba (الطائرات الروسية), an indefinite one an
        // indefinite nisba (بارجتان أمريكيتان)
        let definite = |k: &str| k.starts_with("ال");
        let agree = next < self.sent.tokens.end && definite(&t.key) == definite(self.key(next));
        // a counted people after the verb (وقتل أربعة فلسطينيين) are its victims, and lands
        // (استهدفت الأراضي السعودية) are struck, no actors
        let land = candidates(&t.key)
            .iter()
            .any(|c| LANDS.contains(&c.as_str()) || PLACE_NOUNS.contains(&c.as_str()));
        let plain = !t.punct
            && !t.verb
            && agree
            && !land
            && !self.is_prep(j)
            && !crate::classify::is_number(&t.key);
        // four letters are enough for a nisba (تركي, روسي); the country lookup below decides
        let nisba = |k: &str| {
            let endings = ["ي", "يه", "يون", "يين", "يان", "يتان", "يات"];
            k.chars().count() >= 4 && endings.iter().any(|e| k.ends_with(e))
        };
        let named = next + 1 < self.sent.tokens.end && self.titles_a_person(next + 1);
        if !plain || named || next >= self.sent.tokens.end || !nisba(self.key(next)) {
            return None;
        }
        let text = self.tokens_text(j, next);
        let code = crate::actors::code_of(self.lx, text)?;
        let country = crate::actors::country_of(self.lx, text).is_some();
        (country && self.lookup(j).is_none()).then(|| self.span_actor(j, next, Some(code)))
    }

    /// An actor that is a place mention without an actor code (دوما, جازان).
    pub(super) fn uncoded_place(&self, a: &Actor) -> bool {
        a.code.is_none()
            && self
                .doc
                .entities
                .iter()
                .any(|e| e.start == a.start && e.end == a.end && e.etype == "LOC")
    }

    /// Whether an actor's text is exactly a city of the dictionary that is no capital: where
    /// crowds gather and attacks strike (احتشد لاهور, اعتداء مارسيليا), though a city may stand
    /// for the authority seated there in talks (دخلت أربيل في مفاوضات مع بغداد).
    pub(super) fn town(&self, a: &Actor) -> bool {
        let keys: Vec<String> = crate::norm::match_key(&a.text)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let is_capital = |k: &str| {
            candidates(k)
                .iter()
                .any(|c| self.lx.capitals.contains_key(c))
        };
        // a capital written in two words is one (بيونغ يانغ: بيونغيانغ)
        let capital = keys.first().is_some_and(|k| is_capital(k)) || is_capital(&keys.concat());
        self.lx.names_kind(&keys, "city") && !capital
    }

    /// Whether token `i` opens a relative clause (التي صادرتها السلطات).
    pub(super) fn after_relative(&self, i: usize) -> bool {
        let relative = |k: &str| RELATIVES.contains(&k.strip_prefix('و').unwrap_or(k));
        i > self.sent.tokens.start && relative(self.key(i - 1))
    }

    /// The subject of an act named as the purpose of an earlier act of its sentence (وزار كيم
    /// الصين لإجراء محادثات مع الرئيس شي): that act's source. The trigger or its support verb
    /// carries the purpose ل (لإجراء, لبحث, للتباحث).
    pub(super) fn purpose_subject(&self, f: &Found, st: &DocState) -> Option<Actor> {
        let t = &self.doc.tokens[f.first];
        let k = t.key.as_str();
        if !k.starts_with('ل') || k.starts_with("ال") || t.verb {
            return None;
        }
        st.last_source
            .as_ref()
            .filter(|a| a.start >= self.sent.start && a.end <= t.start)
            .cloned()
    }

    /// The subject of a verb that names none in its clause (كما طالب بالعمل, ثم أضاف): the
    /// latest actor before it, an earlier event's source or a quote's speaker. A passive verb
    /// has no subject to continue.
    pub(super) fn elided_subject(&self, f: &Found, st: &DocState) -> Option<Actor> {
        let t = &self.doc.tokens[f.first];
        let plural = t.key.ends_with("وا");
        let relative = self.after_relative(f.first);
        // a circumstantial participle describes the subject of its own sentence
        let hal = self.circumstantial(f.first);
        let floor = if hal { self.sent.start } else { 0 };
        let quoted = !hal
            && self
                .doc
                .quotes
                .iter()
                .any(|q| q.content.start <= t.start && t.end <= q.content.end);
        if !(self.verb_like(f.first) || hal)
            || plural
            || quoted
            || relative
            || self.passive(f.first)
            || (!hal && !self.no_subject_follows(f.first))
        {
            return None;
        }
        // a sentence passed with no court named (وحكم على لولا بالسجن) is the unmarked passive:
        // only a court or a judge before it passed it
        let court = |a: &Actor| {
            const COURTS: [&str; 5] = ["محكمه", "قاضي", "القضاء", "قضاء", "نيابه"];
            let k = crate::norm::match_key(&a.text);
            k.split_whitespace()
                .any(|w| candidates(w).iter().any(|c| COURTS.contains(&c.as_str())))
        };
        let sentence = f.stem == "حكم" && f.code == "173";
        self.previous_agent(t.start, floor, st)
            .or_else(|| hal.then(|| self.sentence_subject(f.first)).flatten())
            .filter(|a| !sentence || court(a))
    }

    /// The latest speaker of a quotation or source of an event between byte `floor` and byte
    /// `at` (no medium): the antecedent of a subject the verb leaves unnamed.
    pub(super) fn previous_agent(&self, at: usize, floor: usize, st: &DocState) -> Option<Actor> {
        let speaker = self
            .doc
            .quotes
            .iter()
            .filter(|q| q.cue.start >= floor && q.cue.end <= at)
            .filter_map(|q| q.speaker.as_ref())
            .max_by_key(|a| a.start);
        let source = st
            .last_source
            .as_ref()
            .filter(|a| a.start >= floor && a.end <= at);
        [speaker, source]
            .into_iter()
            .flatten()
            .max_by_key(|a| a.start)
            .filter(|a| !crate::statements::is_media(&a.text))
            .cloned()
    }

    /// The actor the sentence before token `upto` is about: its first person mention, else the
    /// first mention right after a verb, its subject (أعلنت الحكومة ...، داعيا).
    pub(super) fn sentence_subject(&self, upto: usize) -> Option<Actor> {
        let range = self.sent.tokens.start..upto;
        let person =
            |j: &usize| self.ent_of[*j].is_some_and(|e| self.doc.entities[e].etype == "PER");
        let after_verb = |j: usize| j > self.sent.tokens.start && self.doc.tokens[j - 1].verb;
        let actor = |j: &usize| self.ent_of[*j].is_some() && after_verb(*j);
        let j = range
            .clone()
            .find(person)
            .or_else(|| range.clone().find(actor))?;
        let e = self.ent_of[j]?;
        Some(self.actor(e, j))
    }

    /// An indefinite accusative participle after a comma (، داعيا إلى, ، مطالبا ب): it describes
    /// the subject of the clause before it.
    pub(super) fn circumstantial(&self, i: usize) -> bool {
        let k = self.key(i);
        let after_comma = i > self.sent.tokens.start && self.is_comma(i - 1);
        // a perfect verb with an object pronoun (، أطلقها عليه) or a plural ending is no participle
        let verb_form =
            self.doc.tokens[i].verb || ["ها", "وا", "نا"].iter().any(|s| k.ends_with(s));
        after_comma
            && k.ends_with('ا')
            && !verb_form
            && !k.starts_with("ال")
            && k.chars().count() > 3
    }

    /// Whether the verb ending at token `i` is followed directly (times aside) by a preposition,
    /// a complementiser or the clause's end: a noun there may be its subject.
    fn no_subject_follows(&self, i: usize) -> bool {
        let next = (i + 1..self.sent.tokens.end).find(|&j| !TIME_WORDS.contains(&self.key(j)));
        next.is_none_or(|j| {
            let k = self.key(j).strip_prefix('و').unwrap_or(self.key(j));
            let clitic = k.starts_with(['ب', 'ل']) && !k.starts_with("لل") || k.starts_with("بال");
            self.boundary(j)
                || self.is_prep(j)
                || COMPLEMENTIZERS.contains(&k)
                || (clitic && self.ent_of[j].is_none())
                || self.state_object(i, j)
        })
    }

    /// A comma between a title and the name it introduces (الرئيس الفرنسي السابق، نيكولا
    /// ساركوزي): the title word before it, a person's name right after it.
    pub(super) fn apposition_comma(&self, j: usize) -> bool {
        let comma = self.is_comma(j);
        let title = j > self.sent.tokens.start
            && (self.is_actor_noun(j - 1)
                || is_nisba(self.key(j - 1))
                || TITLE_MODIFIERS.contains(&self.key(j - 1)));
        // the name may carry its own title (العاهل المغربي، الملك محمد السادس)
        let name_at = (j + 1..(j + 3).min(self.sent.tokens.end))
            .find(|&k| self.ent_of[k].is_some() || !self.is_actor_noun(k));
        let person = name_at
            .and_then(|k| self.ent_of[k])
            .is_some_and(|e| self.doc.entities[e].etype == "PER");
        comma && title && person
    }

    /// Whether the subject ending before the comma at `j` was opened by an apposition comma
    /// (a title, a comma, then the name).
    pub(super) fn apposition_comma_before(&self, j: usize) -> bool {
        let lo = j.saturating_sub(6).max(self.sent.tokens.start);
        (lo..j).any(|k| self.apposition_comma(k))
    }
}

/// Whether the actor `a` is one word naming an act (التهديدات, تهديدا), also with a possessive
/// pronoun (إدانته, تصريحها: a ta marbuta is written ت before it), or a noun of a report's
/// frame (مفادها, خلاله), that the recogniser did not group as a name: a common noun, no actor,
/// whatever a dictionary codes. The people of an act (المتظاهرون, انتحاري) are actors.
pub(crate) fn names_an_act(lx: &crate::lexicon::Lexicon, a: &Actor) -> bool {
    let key = crate::norm::match_key(&a.text);
    let is_act = |k: &str| lx.trigger(k).is_some_and(|(t, _)| t.kind == Kind::Event);
    let possessed = possessive_stem(&key, 3).is_some_and(|stem| {
        let noun = unbound_noun(stem);
        is_act(stem) || noun.is_some_and(|n| is_act(&n)) || matches!(stem, "مفاد" | "خلال")
    });
    let people = candidates(&key).iter().any(|c| {
        ACTOR_HEADS.contains(&c.as_str())
            || AGENT_NOUNS.contains(&c.as_str())
            || crowds::crowd_noun(c)
    });
    a.group.is_none() && !a.text.contains(' ') && (is_act(&key) || possessed) && !people
}
