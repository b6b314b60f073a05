//! Acts told from their patient's side (تعرضت مواقع الجيش لقصف من قبل فصائل المعارضة: the
//! shelling's source is the agent phrase, its target the subject of تعرض) and acts between two
//! parties (اندلعت اشتباكات بين قوات الأمن ومسلحين, عقد لقاء بين أردوغان وبوتين: the first is
//! the source, the second the target).

use super::{Ctx, Found};
use crate::core::Kind;
use crate::types::Actor;

/// The verb of undergoing (تعرض لـ): its subject suffers the act its ل-noun names.
pub(super) const UNDERGO: &str = "تعرض";

/// Nouns of fighting between two sides (اشتباكات بين X وY).
const CLASHES: [&str; 5] = ["اشتباك", "اشتباكات", "مواجهات", "مواجهه", "معارك"];

/// Tokens between تعرض and its ل-noun (the subject's words).
const UNDERGO_WINDOW: usize = 8;

impl Ctx<'_, '_> {
    /// The act an undergoing verb at `i` governs: the first later word carrying ل whose rest is
    /// an event trigger (لقصف, للتعذيب, لانتقادات), within the clause.
    pub(super) fn undergone(&self, i: usize) -> Option<Found> {
        let end = (i + UNDERGO_WINDOW).min(self.sent.tokens.end);
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
            return Some(Found::governed(i, j, &t, stem));
        }
        None
    }

    /// Whether `f` is an act an undergoing verb governs.
    pub(super) fn is_undergone(&self, f: &Found) -> bool {
        f.noun != f.first
            && self
                .lookup(f.first)
                .is_some_and(|(_, stem)| stem == UNDERGO)
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

    /// The two sides of a clash or a reciprocal act (اشتباكات بين قوات الأمن ومسلحين من تنظيم
    /// داعش, لقاء بين الرئيس أردوغان ونظيره الروسي بوتين): the first named after بين, and the one
    /// coordinated with it by و.
    pub(super) fn clash_sides(&self, f: &Found) -> Option<(Actor, Option<Actor>)> {
        // a verb (or a support verb's noun) has its own subject: أبدت روسيا استعدادها للتوسط
        // بين السعودية وإيران names whom Russia would mediate between
        let noun = f.first == f.noun && !self.doc.tokens[f.first].verb;
        let between = CLASHES.contains(&f.stem.as_str()) || (noun && super::reciprocal(&f.code));
        if !between {
            return None;
        }
        let end = (f.last + 4).min(self.sent.tokens.end);
        let bayna = (f.last + 1..end).find(|&j| self.key(j) == "بين")?;
        let first = self.side(bayna + 1)?;
        let toks = &self.doc.tokens;
        let after = toks.partition_point(|t| t.start < first.end);
        let second = (after < self.sent.tokens.end && self.key(after).starts_with('و'))
            .then(|| self.side(after))
            .flatten();
        Some((first, second))
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
