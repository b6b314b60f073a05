//! Grammatical agreement facts about names that more than one layer reads: the quote layer to
//! tell a subject from an object after a speech verb, the event layer after an act verb.

/// States (match keys) whose names agree in the masculine (العراق يرفض); most countries and
/// cities take feminine verbs (روسيا ترفض), so a masculine verb before one of those is not
/// their predicate (وحذر روسيا: the place is the object).
pub const MASCULINE_STATES: [&str; 8] = [
    "العراق",
    "الاردن",
    "لبنان",
    "المغرب",
    "السودان",
    "اليمن",
    "الصومال",
    "الفاتيكان",
];

/// Whether a place name (its match key) agrees in the masculine.
pub fn masculine_state(key: &str) -> bool {
    MASCULINE_STATES.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::match_key;

    #[test]
    fn states_named_with_a_masculine_noun_agree_in_the_masculine() {
        assert!(masculine_state(&match_key("الأردن")));
        assert!(masculine_state(&match_key("لبنان")));
        assert!(!masculine_state(&match_key("روسيا")));
        assert!(!masculine_state(&match_key("الصين")));
        // news write Qatar and Bahrain feminine (أعلنت قطر, قالت البحرين)
        assert!(!masculine_state(&match_key("قطر")));
    }
}
