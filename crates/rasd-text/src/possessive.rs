//! Possessive pronoun suffixes on match keys, read by more than one layer: the quote layer to
//! tell a speaker from the thing a cue names (أكد ثقته), the event layer to read an act under a
//! pronoun (بزيارتها, إدانته) and a support verb with its object's pronoun (تبنيها).

/// The possessive suffixes: the third person and the second-person plural (تعاونكم). No one
/// is a suffix of another, so at most one ends a word.
pub const POSSESSIVES: [&str; 6] = ["هما", "هم", "هن", "ها", "كم", "ه"];

/// The stem of `key` before its possessive suffix, when at least `min_letters` letters remain
/// (زيارتها → زيارت, with 3: به → none).
pub fn possessive_stem(key: &str, min_letters: usize) -> Option<&str> {
    POSSESSIVES
        .iter()
        .find_map(|p| key.strip_suffix(p))
        .filter(|stem| stem.chars().count() >= min_letters)
}

/// The noun a possessed stem spells alone, where the pronoun changed its spelling: a ta
/// marbuta written ت before it (زيارت → زياره: at least three letters before the ت), a final
/// hamza on a ya seat (لقاي → لقاء: at least two before the اي). `None` for a stem the pronoun
/// left as it is (موقف).
pub fn unbound_noun(stem: &str) -> Option<String> {
    if let Some(b) = stem.strip_suffix('ت').filter(|b| b.chars().count() >= 3) {
        return Some(format!("{b}ه"));
    }
    stem.strip_suffix("اي")
        .filter(|b| b.chars().count() >= 2)
        .map(|b| format!("{b}اء"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::match_key;

    #[test]
    fn the_stem_is_what_the_pronoun_follows() {
        assert_eq!(possessive_stem(&match_key("زيارتها"), 3), Some("زيارت"));
        assert_eq!(possessive_stem(&match_key("تعاونكم"), 3), Some("تعاون"));
        assert_eq!(possessive_stem(&match_key("قادتهما"), 3), Some("قادت"));
        // too short a stem, or no pronoun
        assert_eq!(possessive_stem(&match_key("به"), 3), None);
        assert_eq!(possessive_stem(&match_key("موقف"), 3), None);
    }

    #[test]
    fn the_noun_alone_restores_ta_marbuta_and_hamza() {
        assert_eq!(unbound_noun("زيارت").as_deref(), Some("زياره"));
        assert_eq!(unbound_noun("لقاي").as_deref(), Some("لقاء"));
        assert_eq!(unbound_noun("موقف"), None);
        // (a ت after two letters is the word's own: بيت stays)
        assert_eq!(unbound_noun("بيت"), None);
    }
}
