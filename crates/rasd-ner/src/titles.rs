//! Role and honorific trigger words (curated list `data/titles.txt`, embedded).

use crate::fxhash::FxHashSet;

/// The curated trigger list shipped with the crate.
pub const TITLES_TXT: &str = include_str!("../data/titles.txt");

/// Role triggers (وزير, الأمين العام, المتحدث باسم, ...) and honorifics (الجنرال, الدكتور, ...).
#[derive(Debug, Clone, Default)]
pub struct Titles {
    role_words: FxHashSet<String>,
    honorific_words: FxHashSet<String>,
}

impl Titles {
    /// The embedded curated list.
    pub fn embedded() -> Titles {
        Titles::from_text(TITLES_TXT)
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
    }
}
