//! Acts told from their patient's side (تعرضت مواقع الجيش لقصف من قبل فصائل المعارضة: the
//! shelling's source is the agent phrase, its target the subject of تعرض) and acts between two
//! parties (اندلعت اشتباكات بين قوات الأمن ومسلحين, عقد لقاء بين أردوغان وبوتين: the first is
//! the source, the second the target).

use super::{Ctx, Found};
use crate::core::Kind;
use crate::norm::candidates;
use crate::types::{token_from, Actor};

/// The verbs of undergoing (تعرض لـ, خضع لـ): the subject suffers the act its ل-noun names
/// (تعرضت السعودية لانتقادات, تخضع كوريا الشمالية لعقوبات الأمم المتحدة).
pub(super) const UNDERGO: [&str; 2] = ["تعرض", "خضع"];

/// Verbs of facing or receiving an act named by the noun after them, as match keys of their
/// forms (وواجهت إسرائيل انتقادات, لاقت الخطوة رفضا, بعد تلقيهم تهديدات): their subject is the
/// act's target, its source only an agent phrase. The key تلقي is left out: written without
/// vowels it is as often تُلقي, the support verb of an arrest or blame (تلقي الشرطة القبض).
const FACING: [&str; 17] = [
    "واجه",
    "واجهت",
    "تواجه",
    "يواجه",
    "لاقي",
    "لاقت",
    "لقي",
    "لقيت",
    "تلقت",
    "يتلقي",
    "تتلقي",
    "تلقيه",
    "تلقيها",
    "تلقيهم",
    "نال",
    "نالت",
    "ينال",
];

/// Nouns of fighting between two sides (اشتباكات بين X وY).
const CLASHES: [&str; 5] = ["اشتباك", "اشتباكات", "مواجهات", "مواجهه", "معارك"];

/// Tokens between تعرض and its ل-noun (the subject's words).
const UNDERGO_WINDOW: usize = 8;

/// Verbal nouns of acts done to someone whose genitive names the one they are done to when no
/// object follows it (اغتيال الجاسوس الروسي: the spy is killed; but اعتقال الشرطة للناشط: the
/// police arrest).
const PATIENT_NOUNS: [&str; 16] = [
    "اغتيال",
    "اباده",
    "تهجير",
    "اعتقال",
    "احتجاز",
    "توقيف",
    "اختطاف",
    "خطف",
    "اعدام",
    "تعذيب",
    "ترحيل",
    "طرد",
    "قتل",
    "استهداف",
    "حصار",
    "حبس",
];

/// People who are done things to rather than doing them, as the genitive of a patient noun
/// (اعتقال الناشطة, اغتيال الجاسوس, قتل المدنيين), in the stemmer's bare forms.
const PATIENT_PEOPLE: [&str; 16] = [
    "ناشط",
    "معارض",
    "صحفي",
    "صحافي",
    "جاسوس",
    "مواطن",
    "معتقل",
    "لاجي",
    "مدني",
    "طفل",
    "اطفال",
    "سجين",
    "سجناء",
    "رهاين",
    "مهاجر",
    "مدون",
];

impl Ctx<'_, '_> {
    /// The act an undergoing verb at `i` governs: the first later word carrying ل whose rest is
    /// an event trigger (لقصف, للتعذيب, لانتقادات), within the clause.
    pub(super) fn undergone(&self, i: usize) -> Option<Found> {
        let end = (i + UNDERGO_WINDOW).min(self.sent.tokens.end);
        // خضع undergoes sanctions only (تخضع لعقوبات); تخضع لسيطرة is a state of control
        let sanctions_only = self.lookup(i).is_some_and(|(_, v)| v == "خضع");
        for j in i + 1..end {
            if self.boundary(j) {
                return None;
            }
            let key = self.key(j);
            let Some(rest) = key.strip_prefix('ل') else {
                continue;
            };
            // لل restores the article (للتعذيب → التعذيب)
            let rest = if rest.starts_with('ل') {
                format!("ا{rest}")
            } else {
                rest.to_string()
            };
            let Some((t, stem)) = self.lx.trigger(&rest).map(|(t, s)| (t.clone(), s)) else {
                continue;
            };
            if t.kind != Kind::Event || !t.core {
                continue;
            }
            if sanctions_only && !t.code.starts_with("16") {
                return None;
            }
            return Some(Found::governed(i, j, &t, stem));
        }
        None
    }

    /// Whether `f` is an act an undergoing or facing verb governs.
    pub(super) fn is_undergone(&self, f: &Found) -> bool {
        f.noun != f.first
            && (self
                .lookup(f.first)
                .is_some_and(|(_, stem)| UNDERGO.contains(&stem.as_str()))
                || self.facing(f.first))
    }

    /// Whether token `v` is a verb or verbal noun of facing or receiving ([`FACING`]).
    fn facing(&self, v: usize) -> bool {
        // (its own و kept: واجهت; a conjunction before it: وواجهت, فتلقت)
        let k = self.key(v);
        let joined = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        FACING.contains(&k) || FACING.contains(&joined)
    }

    /// The facing verb whose object the act noun at `i` is: within seven words before it, in
    /// its clause, its subject between (وتواجه إدارة ترمب انتقادات, وواجه الرئيس الأمريكي دونالد
    /// ترامب اتهامات).
    pub(super) fn facing_verb(&self, i: usize) -> Option<usize> {
        if self.doc.tokens[i].verb {
            return None;
        }
        let lo = i.saturating_sub(7).max(self.sent.tokens.start);
        (lo..i)
            .rev()
            .take_while(|&j| !self.boundary(j))
            .find(|&j| self.facing(j))
    }

    /// The patient of an undergone act: the subject between تعرض and the act's noun.
    pub(super) fn undergoer(&self, f: &Found) -> Option<Actor> {
        if !self.is_undergone(f) {
            return None;
        }
        (f.first + 1..f.noun).find_map(|j| match self.ent_of[j] {
            Some(e) => Some(self.actor(e, f.first + 1)),
            None => self
                .unnamed_subject(f.first + 1, j)
                .or_else(|| self.people_construct(j))
                .or_else(|| self.crowd(j)),
        })
    }

    /// The genitive after a verbal noun of an act done to someone (اغتيال الجاسوس الروسي,
    /// اعتقال المعارض): its patient when it names a person, or a body no object follows (an
    /// object makes the body the agent: استهداف قوات الاحتلال مسيرات سلمية, اعتقال الشرطة
    /// للناشط).
    pub(super) fn patient_genitive(&self, f: &Found) -> Option<Actor> {
        // a future or imperfect the morphology left unmarked (وسيطرد) is a verb
        let lone_noun = f.first == f.last
            && !self.doc.tokens[f.first].verb
            && !crate::fallback::is_imperfect(self.bare_key(f.first), &f.stem);
        let j = f.first + 1;
        if !lone_noun || !PATIENT_NOUNS.contains(&f.stem.as_str()) || j >= self.sent.tokens.end {
            return None;
        }
        // expelled diplomats are the object the clause's target search reads as their country
        if f.code.starts_with("16") && super::is_diplomat(self.key(j)) {
            return None;
        }
        let (actor, person) = match self.ent_of[j].or_else(|| self.titled_person(j)) {
            Some(e) => {
                let person = self.doc.entities[e].etype == "PER";
                (self.actor(e, j), person)
            }
            None => {
                let person = candidates(self.bare_key(j))
                    .iter()
                    .any(|c| super::personal_noun(c) || PATIENT_PEOPLE.contains(&c.as_str()));
                let actor = self
                    .nisba_phrase(j)
                    .or_else(|| self.unnamed_subject(j, j))
                    .or_else(|| self.people_construct(j))
                    .or_else(|| person.then(|| self.phrase_actor(j, self.adjectives_end(j))))?;
                (actor, person)
            }
        };
        // a person is arrested or killed, not arresting (اعتقال المعارض الروسي أليكسي نافالني)
        let toks = &self.doc.tokens;
        let after = token_from(toks, actor.end);
        (person || !self.object_after(after)).then_some(actor)
    }

    /// The person named after definite title words and their ل-genitives opening at token `j`
    /// (الصحفي جمال خاشقجي, الرئيس السابق للجهاز المركزي للمحاسبات هشام جنينة): the mention's
    /// entity.
    fn titled_person(&self, j: usize) -> Option<usize> {
        let end = (j + 7).min(self.sent.tokens.end);
        let k = (j..end).find(|&k| self.ent_of[k].is_some())?;
        // definite title words and their ل-genitives (الرئيس السابق للجهاز المركزي للمحاسبات)
        let title = (j..k).all(|x| {
            let key = self.key(x);
            (key.starts_with("ال") || key.starts_with("لل")) && !self.doc.tokens[x].punct
        });
        let e = self.ent_of[k]?;
        (k > j && title && self.doc.entities[e].etype == "PER").then_some(e)
    }

    /// Whether an object starts at or after token `k` once the genitive's adjectives and
    /// apposed name are passed: a plain word that no preposition, conjunction or time word
    /// opens, or a word carrying ل (للناشط).
    fn object_after(&self, k: usize) -> bool {
        let end = self.sent.tokens.end;
        let mut k = k;
        // a definite word after the definite genitive is its adjective (قوات الاحتلال الإسرائيلي)
        while k < end && (self.ent_of[k].is_some() || self.key(k).starts_with("ال")) {
            k += 1;
        }
        if k >= end {
            return false;
        }
        let key = self.key(k);
        let lam_object = key.starts_with('ل') && !self.is_prep(k);
        let opener = self.boundary(k)
            || self.is_prep(k)
            || self.doc.tokens[k].verb
            || ['و', 'ف', 'ب', 'ل', 'ك']
                .iter()
                .any(|c| key.starts_with(*c))
            || crate::core::TIME_WORDS.contains(&key)
            || crate::core::COMPLEMENTIZERS.contains(&key)
            || super::RELATIVES.contains(&key);
        lam_object || !opener
    }

    /// The two sides of a clash or a reciprocal act (اشتباكات بين قوات الأمن ومسلحين من تنظيم
    /// داعش, لقاء بين الرئيس أردوغان ونظيره الروسي بوتين): the first named after بين, and the one
    /// coordinated with it by و.
    pub(super) fn clash_sides(&self, f: &Found) -> Option<(Actor, Option<Actor>)> {
        // a verb (or a support verb's noun) has its own subject: أبدت روسيا استعدادها للتوسط
        // بين السعودية وإيران names whom Russia would mediate between
        // (a support verb's verbal noun has none: أكدت الرئاسة عقد لقاء بين أردوغان وبوتين; a
        // possible one names no sides: إمكانية عقد قمة بين ترامب وروحاني)
        let support = self
            .lookup(f.first)
            .is_some_and(|(t, _)| t.kind == Kind::Light)
            && matches!(self.modality(f), "asserted" | "announced");
        // (nor has a support verb with its noun right after it: عقدت قمة بين ترامب وكيم is
        // passive, "a summit was held")
        let passive_support = support && f.noun == f.first + 1;
        let noun =
            (!self.doc.tokens[f.first].verb && (f.first == f.noun || support)) || passive_support;
        // (a mediation's sides are its targets: الوساطة بين لبنان وإسرائيل)
        let between = CLASHES.contains(&f.stem.as_str())
            || (noun && super::reciprocal(&f.code) && f.code != "045");
        if !between {
            return None;
        }
        let bayna = self.bayna_after(f)?;
        let first = self.side(bayna + 1)?;
        let toks = &self.doc.tokens;
        let after = token_from(toks, first.end);
        let second = (after < self.sent.tokens.end && self.key(after).starts_with('و'))
            .then(|| self.side(after))
            .flatten()
            .map(|mut a| {
                // the conjunction is no part of an unnamed side's words (وكيم → كيم)
                if a.group.is_none() && a.start == self.doc.tokens[after].start {
                    if let Some(rest) = a.text.strip_prefix('و') {
                        a.text = rest.to_string();
                        a.start += 'و'.len_utf8();
                    }
                }
                a
            });
        Some((first, second))
    }

    /// Whether the meeting or clash noun `f` names both its sides by name after بين (القمة
    /// التاريخية بين دونالد ترامب وكيم): a definite noun so introduced reports the happening
    /// (an agreement so named is often an earlier one: الاتفاق بين روسيا وتركيا).
    pub(super) fn named_sides(&self, f: &Found) -> bool {
        let named = |a: &Actor| a.group.is_some() || a.code.is_some();
        let meeting_or_clash = matches!(f.code.get(..2), Some("04" | "19"));
        meeting_or_clash
            && self
                .clash_sides(f)
                .is_some_and(|(a, b)| named(&a) && b.is_some_and(|b| named(&b) && b.text != a.text))
    }

    /// Whether the sides of the clash or reciprocal act `f` are named only as "both sides"
    /// (اشتباكات متقطعة بين الطرفين): they point back at parties the text named before, which
    /// this sentence does not name.
    pub(super) fn anaphoric_sides(&self, f: &Found) -> bool {
        const BOTH: [&str; 4] = ["الطرفين", "الجانبين", "الطرفان", "الجانبان"];
        self.bayna_after(f)
            .is_some_and(|b| b + 1 < self.sent.tokens.end && BOTH.contains(&self.key(b + 1)))
    }

    /// The بين within three words after the act `f` (اشتباكات عنيفة بين, القمة "التاريخية"
    /// بين: quotation marks do not count).
    fn bayna_after(&self, f: &Found) -> Option<usize> {
        (f.last + 1..self.sent.tokens.end)
            .filter(|&j| !self.doc.tokens[j].punct)
            .take(3)
            .find(|&j| self.key(j) == "بين")
    }

    /// One side of a clash at token `j`: a name (a titled person over the title: الرئيس
    /// الأميركي دونالد ترمب, وزعيم كوريا الشمالية كيم يونغ أون), the members' body (مسلحين من
    /// تنظيم داعش), or an unnamed actor phrase.
    fn side(&self, j: usize) -> Option<Actor> {
        if j >= self.sent.tokens.end {
            return None;
        }
        // the first name of the title phrase opening at j
        let titled = (j..(j + 5).min(self.sent.tokens.end))
            .take_while(|&k| k == j || (self.subject_word(k) && !self.key(k).starts_with('و')))
            .find(|&k| self.ent_of[k].is_some())
            .filter(|&k| k == j || self.is_actor_noun(j));
        if let Some(k) = titled {
            let e = self.ent_of[k]?;
            return Some(self.actor(self.prefer_person(e, k), j));
        }
        if let Some(a) = self.body_after(j + 1) {
            return Some(a);
        }
        self.unnamed_subject(j, j)
            .or_else(|| self.people_plural(j))
            .or_else(|| self.crowd(j))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::coded_sources;

    fn has(events: &[(String, String)], root: &str, source: &str) -> bool {
        events.iter().any(|(r, s)| r == root && s.contains(source))
    }

    #[test]
    fn a_person_in_the_genitive_of_an_arrest_is_arrested() {
        let events = coded_sources("أدانت فرنسا اعتقال الناشط البارز في القاهرة.");
        assert!(has(&events, "11", "فرنسا"), "{events:?}");
        assert!(!events.iter().any(|(r, _)| r == "17"), "{events:?}");
    }

    #[test]
    fn a_body_before_an_object_is_the_agent() {
        let events = coded_sources("أدانت فرنسا اعتقال الشرطة للناشط.");
        assert!(has(&events, "17", "الشرطة"), "{events:?}");
    }

    #[test]
    fn the_causee_expels_the_genitive() {
        let events = coded_sources("ودفع ذلك السعودية إلى طرد السفير الكندي.");
        assert!(has(&events, "16", "السعودية"), "{events:?}");
    }

    #[test]
    fn an_undergone_act_names_its_agent_by_min() {
        let events = coded_sources(
            "وتعرضت السعودية لانتقادات شديدة في الماضي من منظمات حقوقية دولية بسبب تشريعاتها.",
        );
        assert!(has(&events, "11", "منظمات حقوقية دولية"), "{events:?}");
        // a distance is no agent
        let events = coded_sources("تعرض الموكب لإطلاق نار من مسافة قريبة.");
        assert!(
            !events.iter().any(|(_, s)| s.contains("مسافة")),
            "{events:?}"
        );
    }
}
