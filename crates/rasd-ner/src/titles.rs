//! Role and honorific trigger words (curated list `data/titles.txt`, embedded).

use crate::fxhash::FxHashSet;

/// The curated trigger list shipped with the crate (the tagger's features and the role finder).
pub const TITLES_TXT: &str = include_str!("../data/titles.txt");
/// Further role triggers for the role finder only (`data/roles.txt`: occupations).
pub const ROLES_TXT: &str = include_str!("../data/roles.txt");

/// Role triggers (وزير, الأمين العام, المتحدث باسم, ...) and honorifics (الجنرال, الدكتور, ...).
#[derive(Debug, Clone, Default)]
pub struct Titles {
    role_words: FxHashSet<String>,
    honorific_words: FxHashSet<String>,
}

impl Titles {
    /// The embedded curated list (the tagger's trigger features).
    pub fn embedded() -> Titles {
        Titles::from_text(TITLES_TXT)
    }

    /// The embedded list plus the role finder's own triggers (`data/roles.txt`).
    pub fn for_roles() -> Titles {
        Titles::from_text(&format!("{TITLES_TXT}\n{ROLES_TXT}"))
    }

    /// Reads `ROLE|HONORIFIC \t phrase` lines; only a phrase's first word is a trigger.
    pub fn from_text(text: &str) -> Titles {
        let mut t = Titles::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let Some(first) = phrase.split_whitespace().next() else {
                continue;
            };
            let key = rasd_text::match_key(first);
            match kind {
                "ROLE" => t.role_words.insert(key),
                "HONORIFIC" => t.honorific_words.insert(key),
                _ => false,
            };
        }
        t
    }

    /// The trigger keys as `ROLE|HONORIFIC \t key` lines, sorted (read back by
    /// [`Titles::from_text`]; a model file keeps the list its features were trained with).
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = [
            ("ROLE", &self.role_words),
            ("HONORIFIC", &self.honorific_words),
        ]
        .into_iter()
        .flat_map(|(kind, words)| words.iter().map(move |w| format!("{kind}\t{w}\n")))
        .collect();
        lines.sort();
        lines.concat()
    }

    /// True when the (clitic-free) key starts a role phrase.
    pub fn is_role_word(&self, key: &str) -> bool {
        self.role_words.contains(key)
    }

    /// True when the key is an honorific / rank title.
    pub fn is_honorific_word(&self, key: &str) -> bool {
        self.honorific_words.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_reads_keys() {
        let t = Titles::embedded();
        assert!(t.is_role_word("وزير"));
        assert!(t.is_role_word("الامين")); // hamza folded by match_key
        assert!(t.is_honorific_word("الجنرال"));
        assert!(!t.is_role_word("الجنرال"));
        assert!(!t.is_role_word("كارتر"));
        assert!(
            !t.is_role_word("الرسام"),
            "occupations are not tagger features"
        );
        assert!(Titles::for_roles().is_role_word("الرسام"));
    }

    #[test]
    fn text_round_trip_keeps_every_trigger() {
        let t = Titles::embedded();
        let back = Titles::from_text(&t.to_text());
        assert_eq!(back.to_text(), t.to_text());
        assert!(back.is_role_word("الامين") && back.is_honorific_word("الجنرال"));
        assert_eq!(back.role_words.len(), t.role_words.len());
    }
}
