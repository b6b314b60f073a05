//! Subjects before their verb: the pluperfect of background reports (وكانت السلطات المصرية قد
//! اعتقلت الصحفي, وكان الرئيس الفرنسي إيمانويل ماكرون قد حث إيران), whose subject stands between
//! كان and قد, and a clause that opens with its subject (روسيا تتهم بريطانيا, أن إسرائيل تقصف):
//! the name after the verb is then the object.

use super::{is_adjective, Ctx, Found, SUBJECT_WINDOW};
use crate::core::{ACTOR_HEADS, COMPLEMENTIZERS};
use crate::fallback::is_imperfect;
use crate::norm::candidates;
use crate::types::Actor;

/// Forms of كان that open a pluperfect.
pub(super) const KANA: [&str; 4] = ["كان", "كانت", "كانوا", "كانا"];

impl Ctx<'_, '_> {
    /// The subject of a verb in the pluperfect (`كان` subject `قد` verb): the first name between
    /// كان and قد (a titled person over its title's country), else an unnamed actor phrase. A
    /// name right after كان needs no قد before its verb (وكان نتنياهو دان عمل الشرطة).
    pub(super) fn pluperfect_subject(&self, f: &Found) -> Option<Actor> {
        let start = self.sent.tokens.start;
        let before = f.first.checked_sub(1).filter(|&q| q > start)?;
        let kana_name = || {
            self.ent_of[before].is_some() && self.doc.tokens[f.first].verb && {
                let first = self.mention_first(before);
                first > start && KANA.contains(&self.key(first - 1).trim_start_matches(['و', 'ف']))
            }
        };
        let qad = if self.key(before) == "قد" {
            before
        } else if kana_name() {
            f.first
        } else {
            return None;
        };
        let lo = qad.saturating_sub(SUBJECT_WINDOW + 1).max(start);
        let kana = (lo..qad)
            .rev()
            .find(|&j| KANA.contains(&self.key(j).trim_start_matches(['و', 'ف'])))?;
        let named = (kana + 1..qad).find_map(|j| self.ent_of[j].map(|e| (e, j)));
        if let Some((e, j)) = named {
            return Some(self.actor(self.prefer_person(e, j), kana + 1));
        }
        (kana + 1..qad).find_map(|j| self.unnamed_subject(kana + 1, j))
    }

    /// The name a clause opens with, right before its verb (الاتحاد الأوروبي يدين الهجوم, أن
    /// روسيا تتهم بريطانيا): the clause starts at the sentence start, after a complementiser, a
    /// punctuation mark, or with the name's own و.
    pub(super) fn fronted_subject(&self, f: &Found) -> Option<Actor> {
        let start = self.sent.tokens.start;
        let last = f.first.checked_sub(1).filter(|&j| j >= start)?;
        // a list item's topic before a colon (- هولندا: ستطرد دبلوماسيين اثنين), when no subject
        // follows the verb (إيران: تعهدت دول المجموعة is the group's pledge)
        let next = f.last + 1;
        let subject_after = next < self.sent.tokens.end
            && (self.ent_of[next].is_some()
                || (self.is_actor_noun(next) && !super::is_diplomat(self.key(next))));
        let topic = self.key(last) == ":" && last > start && self.ent_of[last - 1].is_some();
        let last = if topic && !subject_after {
            last - 1
        } else {
            last
        };
        self.ent_of[last]?;
        // a verb, or an imperfect the morphology read as a noun (توقعان)
        let verb = self.doc.tokens[f.first].verb || is_imperfect(self.key(f.first), &f.stem);
        if !verb {
            return None;
        }
        let mut first = self.mention_first(last);
        // coordinated names (القاهرة وباريس توقعان): the first of them
        while first > start && self.key(first).starts_with('و') && self.ent_of[first - 1].is_some()
        {
            first = self.mention_first(first - 1);
        }
        let e = self.ent_of[first]?;
        let opens = first == start
            || self.key(first).starts_with('و')
            || COMPLEMENTIZERS.contains(&self.key(first - 1))
            || self.doc.tokens[first - 1].punct;
        opens.then(|| self.actor(e, first))
    }

    /// An unnamed actor phrase between a complementiser and its verb (إن الرئيس سيزور بكين, أن
    /// الشرطة اعتقلت): the clause's subject, so the name after the verb is its object.
    pub(super) fn fronted_unnamed(&self, f: &Found) -> Option<Actor> {
        let start = self.sent.tokens.start;
        let last = f.first.checked_sub(1).filter(|&j| j > start)?;
        let verb = self.doc.tokens[f.first].verb || is_imperfect(self.key(f.first), &f.stem);
        let word = |x: usize| {
            self.ent_of[x].is_none()
                && !self.doc.tokens[x].punct
                && (self.is_actor_noun(x) || is_adjective(self.key(x)))
        };
        if !verb || !word(last) {
            return None;
        }
        let lowest = last.saturating_sub(3).max(start + 1);
        let first = (lowest..=last).rev().take_while(|&x| word(x)).last()?;
        let opened = matches!(self.key(first - 1), "ان" | "بان");
        // definite by the article or in construct with a definite noun (وزير الخارجية); a
        // possessed noun (طائراتها, قواته) stands for its owner
        let definite = |x: usize| x <= last && self.key(x).starts_with("ال");
        // only a body arrests: anyone else before an arrest verb is its patient, the passive
        // unmarked (أن المهاجم اعتقل)
        let body = candidates(self.key(first))
            .iter()
            .any(|c| ACTOR_HEADS.contains(&c.as_str()));
        let patient = f.code.starts_with("17") && !body;
        let subject = self.is_actor_noun(first) && (definite(first) || definite(first + 1));
        (opened && subject && !patient).then(|| self.phrase_actor(first, last))
    }
}

#[cfg(test)]
mod tests {
    fn coded(text: &str) -> Vec<(String, String, String)> {
        let events = crate::Coder::embedded().extract_text(text, None);
        let name = |a: &Option<crate::types::Actor>| a.as_ref().map(|a| a.text.clone());
        events
            .iter()
            .map(|e| {
                let (s, t) = (name(&e.source), name(&e.target));
                (e.root.clone(), s.unwrap_or_default(), t.unwrap_or_default())
            })
            .collect()
    }

    #[test]
    fn the_subject_stands_between_kana_and_qad() {
        let ev = coded("وكانت السلطات المصرية قد اتهمت إيران بدعم الإرهاب.");
        assert!(
            ev.iter()
                .any(|(r, s, t)| r == "11" && s == "السلطات المصرية" && t == "إيران"),
            "{ev:?}"
        );
    }
}
