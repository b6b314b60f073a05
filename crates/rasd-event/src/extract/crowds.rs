//! Crowds as actors: people no recogniser names, counted or not (تظاهر مئات الطلاب, يحتشد
//! الآلاف من المتظاهرين, نظم المعلمون إضرابا, تجمع نحو 500 متظاهر). The actor is the people
//! noun with its adjectives, without the count: what a reader (and the gold) calls them.

use super::Ctx;
use crate::classify::is_number;
use crate::core::TIME_WORDS;
use crate::norm::candidates;
use crate::types::Actor;

/// Words that approximate a count (نحو 500, أكثر من ألف).
const APPROXIMATORS: [&str; 8] = ["نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "بين"];

/// Broken plurals (and collectives) of people; sound masculine plurals (المعلمون, المحتجين)
/// need no list.
const PEOPLE_PLURALS: [&str; 14] = [
    "جنود",
    "طلاب",
    "طلبه",
    "عمال",
    "اطباء",
    "اسري",
    "شبان",
    "شباب",
    "نساء",
    "اشخاص",
    "جماهير",
    "حشود",
    "سكان",
    "اهالي",
];

/// People nouns a digit count may take in the singular (500 متظاهر, 3500 شخص, 156 امرأة,
/// 12 طفلا).
const COUNTED_SINGULARS: [&str; 15] = [
    "متظاهر",
    "محتج",
    "شخص",
    "مواطن",
    "طالب",
    "امراه",
    "رجل",
    "طفل",
    "جندي",
    "مدني",
    "مسلح",
    "ناشط",
    "صحفي",
    "مهاجر",
    "معتقل",
];

/// A masculine sound plural of a word: Arabic gives it only to rational beings, so it names
/// people (المعلمون, الموظفين, الفلسطينيون) — unless the ين closes a broken plural of the
/// فواعيل kind (القوانين, الملايين) or a number (الخمسين).
fn sound_plural_of_people(bare: &str) -> bool {
    let Some(stem) = bare.strip_suffix("ون").or_else(|| bare.strip_suffix("ين")) else {
        return false;
    };
    let letters: Vec<char> = stem.chars().collect();
    let broken = letters.len() == 4 && letters[2] == 'ا';
    letters.len() >= 3 && !broken && !is_number(bare)
}

/// Whether a stem is a people noun of a crowd (متظاهر, اشخاص): an actor, even where a
/// dictionary also codes it as an act.
pub(super) fn crowd_noun(stem: &str) -> bool {
    COUNTED_SINGULARS.contains(&stem) || PEOPLE_PLURALS.contains(&stem)
}

impl Ctx<'_, '_> {
    /// The crowd that token `j` opens as the subject after a protest verb: an optional count (numbers,
    /// number words, approximators, a partitive من), then a plural of people, or after digits a
    /// singular people noun; never a recognised name.
    pub(super) fn crowd(&self, j: usize) -> Option<Actor> {
        let end = self.sent.tokens.end;
        let mut k = j;
        let mut digits = false;
        while k < end && self.ent_of[k].is_none() && self.count_word(k) {
            // a singular follows digits and thousands (5000 شخص, آلاف شخص), not tens or hundreds
            digits |= self.key(k).chars().any(|c| c.is_ascii_digit())
                || candidates(self.key(k))
                    .iter()
                    .any(|c| matches!(c.as_str(), "الف" | "الاف" | "مليون"));
            k += 1;
        }
        let counted = k > j;
        // a people noun the actor dictionaries know (المحتجين) may be a mention; a name may not
        let partitive_only = counted && self.key(k - 1) == "من" && k == j + 1;
        if k >= end || self.named(k) || partitive_only {
            return None;
        }
        let key = if k == j {
            self.bare_key(k)
        } else {
            self.key(k)
        };
        let bare = key.strip_prefix("ال").unwrap_or(key);
        let plural = (key.starts_with("ال") || counted)
            && !TIME_WORDS.contains(&key)
            && (sound_plural_of_people(bare) || PEOPLE_PLURALS.contains(&bare));
        // (accusative after tens: 50 طالبا, 20 شخصا)
        let accusative = bare.strip_suffix('ا').unwrap_or(bare);
        let singular = digits
            && [bare, accusative]
                .iter()
                .any(|b| COUNTED_SINGULARS.contains(b));
        if !(plural || singular) || self.doc.tokens[k].verb {
            return None;
        }
        let last = if counted {
            self.indefinite_nisbas_end(k)
        } else {
            self.adjectives_end(k)
        };
        Some(self.phrase_actor(k, last))
    }

    /// The last of the indefinite nisbas after the counted noun at `k` (16 امرأة تركية,
    /// 300 مهاجر أفريقي); `k` itself when none follows.
    fn indefinite_nisbas_end(&self, k: usize) -> usize {
        // a nationality may be tagged as a name of its own (فلسطينية)
        let nisba = |i: usize| {
            let key = self.key(i);
            let nationality = crate::actors::country_of(self.lx, key).is_some();
            (self.ent_of[i].is_none() || nationality)
                && !key.starts_with("ال")
                && super::nisba_stem(key)
                && !self.doc.tokens[i].verb
        };
        (k + 1..self.sent.tokens.end)
            .take_while(|&i| nisba(i))
            .last()
            .unwrap_or(k)
    }

    /// A word of a count: a number, a number word, an approximator, or و between numbers.
    pub(super) fn count_word(&self, k: usize) -> bool {
        let key = self.key(k);
        // a conjunction written apart before a number (بين 4000 و 5000)
        let and_number = key == "و" && k + 1 < self.sent.tokens.end && is_number(self.key(k + 1));
        and_number
            || is_number(key)
            || candidates(key)
                .iter()
                .any(|c| APPROXIMATORS.contains(&c.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::coded_sources;
    use super::sound_plural_of_people;

    #[test]
    fn sound_plurals_name_people_not_laws_or_numbers() {
        for w in ["معلمون", "محتجين", "فلسطينيين", "موظفين", "مواطنين"]
        {
            assert!(sound_plural_of_people(w), "{w}");
        }
        for w in ["قوانين", "ملايين", "خمسين", "دين", "حسين", "عشرين"]
        {
            assert!(!sound_plural_of_people(w), "{w}");
        }
    }

    #[test]
    fn a_crowd_is_the_subject_without_its_count() {
        for (text, source) in [
            ("تظاهر مئات الطلاب في الجزائر العاصمة.", "الطلاب"),
            (
                "وفي لندن، احتشد الآلاف من المتظاهرين ضد زيارة ترامب.",
                "المتظاهرين",
            ),
            (
                "وأضرب المعلمون عن العمل احتجاجا على تدني الأجور.",
                "المعلمون",
            ),
            ("تجمع نحو 500 متظاهر في محيط المحكمة العليا.", "متظاهر"),
            ("وشارك آلاف المحتجين في مسيرة ضد الحكومة.", "المحتجين"),
            ("نظم الطلاب مظاهرة أمام الجامعة.", "الطلاب"),
        ] {
            let ev = coded_sources(text);
            assert!(
                ev.iter().any(|(r, s)| r == "14" && s == source),
                "{text}: {ev:?}"
            );
        }
    }

    #[test]
    fn a_crowd_counted_between_two_numbers_protests() {
        for text in [
            "وتظاهر بين 4000 و5000 شخص أمام المحكمة.",
            "وتظاهر بين أربعة آلاف وخمسة آلاف شخص أمام المحكمة.",
        ] {
            let events = coded_sources(text);
            assert!(
                events.iter().any(|(r, s)| r == "14" && s == "شخص"),
                "{text}: {events:?}"
            );
        }
    }
}
