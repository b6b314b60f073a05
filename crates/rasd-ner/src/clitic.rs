//! Rule-based proclitic splitting (و ف + ب ل ك) driven by corpus frequencies.
//!
//! A candidate split is kept when the remaining stem is clearly more frequent in the news
//! corpus than the whole word (`بواشنطن` → `ب` + `واشنطن`, but `وزير` stays whole), or when
//! the word is unknown and the stem starts with the article (`بالكويتيين`). `لل` restores the
//! article: `للحلف` → `ل` + `الحلف`. The article ال itself stays in the stem: it belongs to
//! the name (`الكويت`).

use crate::lexicon::Lexicon;

/// A word split into its proclitics and stem (both in match-key form).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// Number of proclitic letters removed from the front of the word (0 to 2).
    pub prefix_letters: usize,
    /// The proclitics as letters (`""`, `"و"`, `"وب"`, ...).
    pub prefix: String,
    /// The stem, with the article restored after `لل`.
    pub stem: String,
}

/// Proclitic prefixes the splitter considers: conjunction, preposition, or both.
const CANDIDATES: [&str; 11] = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/// Splits the proclitics off a match key (see the module docs for the rule).
pub fn split(key: &str, lex: &Lexicon) -> Split {
    let whole = lex.freq(key);
    let mut best: Option<(u32, &str, String)> = None;
    let mut buf = String::new();
    for prefix in CANDIDATES {
        let Some(rest) = key.strip_prefix(prefix) else {
            continue;
        };
        let n = rest.chars().count();
        if n < 2 {
            continue;
        }
        // `لل`: the second lam is the article's (للحلف = ل + الحلف).
        let restored = prefix.ends_with('ل') && rest.starts_with('ل');
        buf.clear();
        if restored {
            buf.push('ا');
        }
        buf.push_str(rest);
        let f = lex.freq(&buf);
        let article = buf.starts_with("ال") && buf.chars().count() >= 4;
        let ok = (f > 0 && u64::from(f) >= 2 * u64::from(whole) + 2)
            || (whole == 0 && (f > 0 || article))
            || (article && f > 0 && u64::from(f) * 4 >= u64::from(whole));
        if ok && best.as_ref().is_none_or(|b| f > b.0) {
            best = Some((f, prefix, buf.clone()));
        }
    }
    match best {
        Some((_, prefix, stem)) => Split {
            prefix_letters: prefix.chars().count(),
            prefix: prefix.to_string(),
            stem,
        },
        None => Split {
            prefix_letters: 0,
            prefix: String::new(),
            stem: key.to_string(),
        },
    }
}

/// The stem without a leading article ال (when at least two letters remain).
pub fn bare(stem: &str) -> &str {
    match stem.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => stem,
    }
}

/// Byte length of the first `letters` base letters of `original`, skipping the diacritics,
/// tatweel and invisible marks that follow them (they belong to the clitic).
pub fn original_prefix_len(original: &str, letters: usize) -> usize {
    if letters == 0 {
        return 0;
    }
    let mut seen = 0;
    let mut end = 0;
    for (i, c) in original.char_indices() {
        let mark = rasd_text::match_key(&c.to_string()).is_empty();
        if !mark {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
        end = i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Entry, NO_CLUSTER};

    fn lex(words: &[(&str, u32)]) -> Lexicon {
        let mut l = Lexicon::new();
        for (w, f) in words {
            l.insert(
                w.to_string(),
                Entry {
                    freq: *f,
                    clusters: [NO_CLUSTER; 3],
                    cues: [0; 3],
                    tagged: [0; 4],
                },
            );
        }
        l
    }

    #[test]
    fn splits_preposition_before_a_frequent_name() {
        let l = lex(&[("واشنطن", 500), ("بواشنطن", 20)]);
        let s = split("بواشنطن", &l);
        assert_eq!((s.prefix.as_str(), s.stem.as_str()), ("ب", "واشنطن"));
    }

    #[test]
    fn keeps_words_whose_first_letter_is_not_a_clitic() {
        let l = lex(&[("وزير", 900), ("زير", 3)]);
        assert_eq!(split("وزير", &l).stem, "وزير");
        // Unknown word, unknown remainder without the article: no split.
        assert_eq!(split("بريطانيا", &lex(&[])).stem, "بريطانيا");
    }

    #[test]
    fn restores_the_article_after_lam_lam_and_splits_unknown_article_words() {
        let l = lex(&[("الحلف", 50)]);
        let s = split("للحلف", &l);
        assert_eq!((s.prefix_letters, s.stem.as_str()), (1, "الحلف"));
        let s = split("وبالكويتيين", &lex(&[]));
        assert_eq!((s.prefix.as_str(), s.stem.as_str()), ("وب", "الكويتيين"));
    }

    #[test]
    fn bare_and_original_prefix() {
        assert_eq!(bare("الكويت"), "كويت");
        assert_eq!(bare("الي"), "الي");
        let w = "وَبِالكويت";
        let n = original_prefix_len(w, 2);
        assert_eq!(&w[n..], "الكويت");
        assert_eq!(original_prefix_len("ب", 1), 2);
    }
}
