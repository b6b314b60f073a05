//! Actors named by a pronoun: the object pronoun of a verb or of the preposition right after
//! it (اعتقلته موسكو, حكمت عليه, تفرج عنه) is the event's target; the possessive pronoun of a
//! verbal noun is its source (عقب لقائه, زيارتها) or, for an act suffered, its target
//! (اعتقاله). Either stands for its antecedent, the latest mention before it that fits the
//! pronoun: a person for ـه, a country or body for ـها.

use super::{Ctx, DocState, Found};
use crate::types::{Actor, EntityRef};

/// Prepositions carrying an object pronoun right after a verb (حكمت عليه, تفرج عنه).
const PRONOUN_PREPS: [&str; 10] = [
    "عليه",
    "عنه",
    "اليه",
    "منه",
    "معه",
    "عليها",
    "عنها",
    "اليها",
    "منها",
    "معها",
];

/// Whether the possessor of an act's verbal noun is its patient: arrests and violence are
/// suffered (اعتقاله: his arrest, اغتيالها), other acts done (لقاؤه: his meeting).
fn suffered(code: &str) -> bool {
    matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
}

/// Whether an act's patient is people, never a place: arrests, expulsions and repression
/// (`ألقت قوات الأمن القبض عليها`: her, not the city named before).
fn human_patient(code: &str) -> bool {
    ["173", "174", "175"].iter().any(|c| code.starts_with(c))
}

impl Ctx<'_, '_> {
    /// The antecedent of the pronoun an act's patient is named by: the object pronoun of a verb
    /// trigger, on itself or on the preposition after it (اعتقلته, حكمت عليه), or the possessive
    /// of a verbal noun of a one-sided act (إدانته: his conviction). A relative clause's
    /// resumptive pronoun (الأسماك التي صادرتها) stands for the clause's head: the mention that
    /// head is (جنينة الذي أقاله السيسي), or none.
    pub(super) fn pronoun_object(&self, f: &Found) -> Option<Actor> {
        let toks = &self.doc.tokens;
        let single = f.first == f.noun;
        if self.after_relative(f.first) {
            return self.relative_head(f);
        }
        if !(single || toks[f.first].verb) {
            return None;
        }
        if !toks[f.first].verb {
            let pronoun = self.pronoun_suffix(f.first, &f.stem);
            let pronoun = pronoun.filter(|_| suffered(&f.code))?;
            return self.antecedent(f.first, pronoun, human_patient(&f.code));
        }
        // a verb with its object noun (ألقت عليه القبض, ألقت القبض عليه) names the patient by
        // the preposition after the verb or after the phrase; its own suffix is the noun's
        let prep = |j: usize| {
            (j < self.sent.tokens.end && PRONOUN_PREPS.contains(&self.key(j)))
                .then(|| self.pronoun_suffix(j, ""))
                .flatten()
        };
        let pronoun = single
            .then(|| self.pronoun_suffix(f.first, &f.stem))
            .flatten()
            .or_else(|| prep(f.first + 1))
            .or_else(|| (f.last > f.first).then(|| prep(f.last + 1)).flatten())?;
        self.antecedent(f.first, pronoun, human_patient(&f.code))
    }

    /// The mention a relative clause's verb names by its resumptive object pronoun: the
    /// clause's head right before the relative pronoun (a comma between them allowed), when it
    /// fits the pronoun (جنينة الذي أقاله: Geneina was dismissed).
    fn relative_head(&self, f: &Found) -> Option<Actor> {
        let toks = &self.doc.tokens;
        let rel = f.first - 1;
        if !toks[f.first].verb || f.first != f.noun || rel == self.sent.tokens.start {
            return None;
        }
        let pronoun = self.pronoun_suffix(f.first, &f.stem)?;
        let comma = self.is_comma(rel - 1);
        let head = if comma && rel - 1 > self.sent.tokens.start {
            rel - 2
        } else {
            rel - 1
        };
        let e = &self.doc.entities[self.ent_of[head]?];
        let fits = match pronoun {
            "ه" => e.etype == "PER" && !self.woman(e),
            _ => e.etype == "ORG" || (e.etype == "LOC" && e.code.is_some()),
        };
        (fits && e.end <= toks[rel].start).then(|| crate::statements::entity_actor(self.doc, e))
    }

    /// The source a verbal noun names by its possessive pronoun (عقب لقائه, تحقيقاتها,
    /// انسحابها, زيارة له): the possessor acts, unless the act is one suffered (see `suffered`).
    pub(super) fn possessor(&self, f: &Found, st: &DocState) -> Option<Actor> {
        let noun = !self.doc.tokens[f.first].verb && f.first == f.noun;
        // a person or a definite title right after it is a subject: the word is a verb with its
        // object pronoun (وهو أمر رفضه الرئيس المكسيكي), which the script spells like a noun
        let next = f.first + 1;
        let person = |j: usize| {
            self.ent_of[j].is_some_and(|e| self.doc.entities[e].etype == "PER")
                || (self.key(j).starts_with("ال") && super::personal_noun(self.key(j)))
        };
        let subject_next = next < self.sent.tokens.end && person(next);
        if !noun || suffered(&f.code) || subject_next {
            return None;
        }
        if let Some(pronoun) = self.pronoun_suffix(f.first, &f.stem) {
            return self.antecedent(f.first, pronoun, false);
        }
        // زيارة له: the visit of the sentence's agent so far (أدان الوزير ... في أول زيارة له),
        // else of the latest mention that fits
        let pronoun = self.lam_pronoun(f.first)?;
        let at = self.doc.tokens[f.first].start;
        self.previous_agent(at, self.sent.start, st)
            .or_else(|| self.sentence_subject(f.first))
            .or_else(|| self.antecedent(f.first, pronoun, false))
    }

    /// The possessive an indefinite noun at `j` takes with ل right after it (زيارة له: his
    /// visit, زيارة لها: hers).
    fn lam_pronoun(&self, j: usize) -> Option<&'static str> {
        let next = j + 1;
        if next >= self.sent.tokens.end || self.key(j).starts_with("ال") {
            return None;
        }
        match self.key(next) {
            "له" => Some("ه"),
            "لها" => Some("ها"),
            _ => None,
        }
    }

    /// The subject a verb trigger has in the pronoun of the complementiser right before it
    /// (أعلن الوزير أنه طالب المجلس): the subject of the reporting verb that governs it; the
    /// mention after the verb is then its object.
    pub(super) fn pronoun_subject(&self, f: &Found) -> Option<Actor> {
        let p = f
            .first
            .checked_sub(1)
            .filter(|&p| p >= self.sent.tokens.start)?;
        let k = self.key(p).trim_start_matches(['و', 'ب', 'ل']);
        if !self.doc.tokens[f.first].verb || !["انه", "انها"].contains(&k) {
            return None;
        }
        self.reporter_subject(p)
    }

    /// The singular third-person pronoun written at the end of token `j` (ـه, ـها) and not part
    /// of `stem`.
    fn pronoun_suffix(&self, j: usize, stem: &str) -> Option<&'static str> {
        let t = &self.doc.tokens[j];
        // a ta marbuta (spelled ه in the stem) is written ت before the pronoun (زيارته)
        let after_ta = self.doc.original[t.start..t.end].ends_with("ته") && stem.ends_with('ه');
        self.written_suffix(j, &["ها", "ه"])
            .filter(|p| !stem.ends_with(p) || after_ta)
    }

    /// The first of `pronouns` written at the end of token `j`, read from the original text: a
    /// ta marbuta (ة), which the match key spells ه, is no pronoun (رئيسة).
    pub(super) fn written_suffix(
        &self,
        j: usize,
        pronouns: &[&'static str],
    ) -> Option<&'static str> {
        let t = &self.doc.tokens[j];
        let written = &self.doc.original[t.start..t.end];
        pronouns.iter().copied().find(|p| written.ends_with(p))
    }

    /// The latest mention before token `i` that fits `pronoun`: a man for ـه, a country, a
    /// named body or a woman for ـها; no place when the act's patient is people (`human`: see
    /// [`human_patient`]).
    fn antecedent(&self, i: usize, pronoun: &str, human: bool) -> Option<Actor> {
        let at = self.doc.tokens[i].start;
        let fits = |e: &&EntityRef| match pronoun {
            "ه" => e.etype == "PER" && !self.woman(e),
            _ => {
                e.etype == "ORG"
                    || (e.etype == "LOC" && e.code.is_some() && !human)
                    || (e.etype == "PER" && self.woman(e))
            }
        };
        let e = self
            .doc
            .entities
            .iter()
            .filter(|e| e.end <= at)
            .filter(fits)
            .max_by_key(|e| e.start)?;
        Some(crate::statements::entity_actor(self.doc, e))
    }

    /// Whether a person mention names a woman: her group's role, or the word right before the
    /// mention, is a feminine noun or adjective (الناشطة, رئيسة الوزراء, المواطنة اللبنانية منى).
    fn woman(&self, e: &EntityRef) -> bool {
        let feminine = |w: &str| w.ends_with('ة');
        // the role's head noun decides (زعيم المعارضة العمالية جيريمي كوربن is a man, whatever
        // the adjective before his name); without a role, the word right before the name
        let role = self
            .doc
            .roles
            .iter()
            .find(|(g, _)| e.group == Some(*g))
            .and_then(|(_, r)| r.split_whitespace().next());
        if let Some(head) = role {
            return feminine(head);
        }
        self.doc.original[..e.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.starts_with("ال") && feminine(w))
    }
}

#[cfg(test)]
mod tests {
    use crate::types::{EntityRef, Event};

    /// The events of a made-up text whose names (text, type, group, code) and verbs are given.
    fn coded(text: &str, names: &[(&str, &str, usize, &str)], verbs: &[&str]) -> Vec<Event> {
        let lx = crate::Coder::embedded().lexicon();
        let mut doc = crate::fallback::view(lx, text, None);
        doc.entities = names
            .iter()
            .map(|(name, etype, group, code)| {
                let start = text.find(name).expect("a name of the text");
                EntityRef {
                    start,
                    end: start + name.len(),
                    etype: etype.to_string(),
                    group: Some(*group),
                    code: (!code.is_empty()).then(|| code.to_string()),
                }
            })
            .collect();
        doc.entities.sort_by_key(|e| e.start);
        for t in &mut doc.tokens {
            t.verb = verbs.contains(&&text[t.start..t.end]);
        }
        super::super::extract(lx, &doc)
    }

    /// The source and target names of the first event with `root`.
    fn actors(events: &[Event], root: &str) -> Option<(String, String)> {
        let name = |a: &Option<crate::types::Actor>| a.as_ref().map(|a| a.text.clone());
        let e = events.iter().find(|e| e.root == root)?;
        Some((name(&e.source)?, name(&e.target).unwrap_or_default()))
    }

    #[test]
    fn an_object_pronoun_stands_for_the_last_person() {
        let text = "زار الكاتب جون سميث القاهرة. واعتقلته الشرطة الإيرانية بتهمة التجسس لبريطانيا.";
        let names = [
            ("جون سميث", "PER", 0, ""),
            ("القاهرة", "LOC", 1, "EGY"),
            ("بريطانيا", "LOC", 2, "GBR"),
        ];
        let ev = coded(text, &names, &["زار", "واعتقلته"]);
        let (_, target) = actors(&ev, "17").expect("an arrest");
        assert_eq!(target, "جون سميث", "{ev:?}");
    }

    #[test]
    fn an_arrested_woman_is_no_city_named_before() {
        let text = "وصلت المواطنة اللبنانية منى مذبوح إلى القاهرة. واعتقلتها الشرطة المصرية أمس.";
        let names = [("منى مذبوح", "PER", 0, ""), ("القاهرة", "LOC", 1, "EGY")];
        let ev = coded(text, &names, &["وصلت", "واعتقلتها"]);
        let (_, target) = actors(&ev, "17").expect("an arrest");
        assert_eq!(target, "منى مذبوح", "{ev:?}");
    }

    #[test]
    fn a_masculine_pronoun_skips_a_woman() {
        let text = "وأجرى الرئيس الروسي فلاديمير بوتين محادثات مع المستشارة الألمانية أنغيلا ميركل بعد وصوله إلى ألمانيا.";
        let names = [
            ("فلاديمير بوتين", "PER", 0, "RUS"),
            ("أنغيلا ميركل", "PER", 1, "DEU"),
            ("ألمانيا", "LOC", 2, "DEU"),
        ];
        let ev = coded(text, &names, &["وأجرى"]);
        let visit = ev.iter().find(|e| e.trigger.text == "وصوله");
        let source = visit
            .and_then(|e| e.source.as_ref())
            .map(|a| a.text.as_str());
        assert_eq!(source, Some("فلاديمير بوتين"), "{ev:?}");
    }

    #[test]
    fn a_pronoun_inside_a_verb_phrase_names_the_patient() {
        let text = "زار الكاتب جون سميث القاهرة. وألقت عليه القبض الشرطة الإيرانية.";
        let names = [("جون سميث", "PER", 0, ""), ("القاهرة", "LOC", 1, "EGY")];
        let ev = coded(text, &names, &["زار", "وألقت"]);
        let (source, target) = actors(&ev, "17").expect("an arrest");
        assert_eq!(
            (source.as_str(), target.as_str()),
            ("الشرطة الإيرانية", "جون سميث"),
            "{ev:?}"
        );
    }

    #[test]
    fn a_possessive_of_a_meeting_is_its_source() {
        let text = "أعلن الوزير سامي خالد عقب لقائه في باريس الرئيس جاك مارتن أن التعاون سيستمر.";
        let names = [
            ("سامي خالد", "PER", 0, ""),
            ("باريس", "LOC", 1, "FRA"),
            ("جاك مارتن", "PER", 2, ""),
        ];
        let ev = coded(text, &names, &["أعلن"]);
        let (source, target) = actors(&ev, "04").expect("a meeting");
        assert!(source.ends_with("سامي خالد"), "{ev:?}");
        assert!(target.ends_with("جاك مارتن"), "{ev:?}");
    }

    #[test]
    fn the_pronoun_of_a_complementiser_is_the_reporters() {
        let text = "أعلن الوزير سامي خالد أنه طالب المجلس الوطني بفتح تحقيق.";
        let names = [("سامي خالد", "PER", 0, ""), ("المجلس الوطني", "ORG", 1, "")];
        let ev = coded(text, &names, &["أعلن", "طالب"]);
        let (source, target) = actors(&ev, "10").expect("a demand");
        assert!(source.ends_with("سامي خالد"), "{ev:?}");
        assert_eq!(target, "المجلس الوطني", "{ev:?}");
    }

    #[test]
    fn a_resumptive_pronoun_names_no_mention() {
        let text =
            "زار الكاتب جون سميث القاهرة. وأعاد الكتب التي صادرتها الشرطة من الحكومة المحلية.";
        let names = [
            ("جون سميث", "PER", 0, ""),
            ("القاهرة", "LOC", 1, "EGY"),
            ("الحكومة المحلية", "ORG", 2, ""),
        ];
        let ev = coded(text, &names, &["زار", "وأعاد", "صادرتها"]);
        let (_, target) = actors(&ev, "17").expect("a seizure");
        assert_eq!(target, "الحكومة المحلية", "{ev:?}");
    }

    #[test]
    fn a_person_suffering_an_act_is_not_its_agent() {
        let text = "ويواجه الصحفي جون سميث السجن لمدة عام في حالة إدانته.";
        let ev = coded(text, &[("جون سميث", "PER", 0, "")], &["ويواجه"]);
        assert!(ev.iter().all(|e| e.root != "11"), "{ev:?}");
    }
}
