//! Arabic normalisation, light stemming candidates and a minimal fallback tokenizer.
//!
//! `match_key` mirrors the contract of `rasd_text::match_key`; `candidates` produces the
//! progressively stripped forms of one token that are looked up in the dictionaries.

use rasd_text::possessive::{possessive_stem, unbound_noun};

/// Normalises a string for matching: diacritics and tatweel removed, alef variants unified,
/// alef maqsura -> ya, ta marbuta -> ha, Arabic-Indic digits -> ASCII, bidi/zero-width removed.
pub fn match_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200B}'..='\u{200F}' => {}
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            'ؤ' => out.push('و'),
            'ئ' => out.push('ي'),
            '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '\u{00A0}' => out.push(' '),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `match_key` that keeps the shadda (U+0651): عمّان (Amman) and عمان (Oman) differ only by it.
pub fn marked_key(s: &str) -> String {
    s.split('\u{0651}')
        .map(match_key)
        .collect::<Vec<_>>()
        .join("\u{0651}")
}

/// Whether `c` is an Arabic letter (or diacritic) that belongs inside a word.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{065F}' | '\u{0670}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
        && c != '\u{060C}'
        && c != '\u{061B}'
        && c != '\u{061F}'
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

fn strip_prefix_min<'a>(s: &'a str, p: &str, min_rest: usize) -> Option<&'a str> {
    s.strip_prefix(p).filter(|r| char_count(r) >= min_rest)
}

fn strip_suffix_min<'a>(s: &'a str, p: &str, min_rest: usize) -> Option<&'a str> {
    s.strip_suffix(p).filter(|r| char_count(r) >= min_rest)
}

const CONJ: [&str; 2] = ["و", "ف"];
const DET: [&str; 5] = ["بال", "كال", "وال", "لل", "ال"];
const VERB_PREFIX: [&str; 7] = ["سي", "ست", "سن", "ي", "ت", "ن", "ا"];
/// Suffixes stripped for lookups (no nisba `ي`/`يه`: الاجتماعية is not الاجتماع).
const SUFFIXES: [&str; 14] = [
    "تهم", "تها", "ها", "هم", "هما", "كم", "ون", "ين", "ات", "ان", "وا", "ه", "ت", "ا",
];

/// Light-stemming candidates of one match key, most specific first (the key itself first).
///
/// Strips a conjunction, a preposition + article, the article, imperfect/future verb prefixes
/// and common suffixes, producing every intermediate form; callers look each up in a lexicon.
pub fn candidates(key: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![key.to_string()];
    let mut bases: Vec<String> = vec![key.to_string()];
    for c in CONJ {
        if let Some(r) = strip_prefix_min(key, c, 2) {
            bases.push(r.to_string());
        }
    }
    let mut with_det = Vec::new();
    for b in &bases {
        for d in DET {
            if let Some(r) = strip_prefix_min(b, d, 2) {
                with_det.push(r.to_string());
                // a name that itself opens with أل (ألمانيا, stored without it: مانيا), after
                // the article (الألمانية)
                if let Some(n) = strip_prefix_min(r, "ال", 3) {
                    with_det.push(n.to_string());
                }
            }
        }
        if let Some(r) = strip_prefix_min(b, "ب", 3).or_else(|| strip_prefix_min(b, "ل", 3)) {
            with_det.push(r.to_string());
        }
        for v in VERB_PREFIX {
            if let Some(r) = strip_prefix_min(b, v, 2) {
                with_det.push(r.to_string());
            }
        }
    }
    bases.extend(with_det);
    for b in &bases {
        push_unique(&mut out, b.clone());
    }
    for b in bases {
        for s in SUFFIXES {
            if let Some(r) = strip_suffix_min(&b, s, 2) {
                push_unique(&mut out, r.to_string());
                for s2 in ["ه", "ا", "ت"] {
                    if let Some(r2) = strip_suffix_min(r, s2, 2) {
                        push_unique(&mut out, r2.to_string());
                    }
                }
            }
        }
    }
    out
}

/// The perfect stems of an imperfect verb of a derived form, whose perfect opens with an alef
/// the imperfect drops (تفرج → افرج, يستهدف → استهدف, يلتقي → التقي): each stem
/// `candidates` gives after stripping an imperfect prefix, with the alef restored. Looked up
/// for words the morphology tags as verbs, after `candidates`.
pub fn derived_perfect_candidates(key: &str) -> Vec<String> {
    let base = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let Some(rest) = ["سي", "ست", "سن", "ي", "ت", "ن"]
        .iter()
        .find_map(|p| strip_prefix_min(base, p, 3))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for c in candidates(rest) {
        if char_count(&c) >= 3 && !c.starts_with('ا') {
            push_unique(&mut out, format!("ا{c}"));
        }
    }
    out
}

/// The perfect of a hollow verb's imperfect (يدين, تزور, يقودون → دان, زار, قاد): the middle
/// ي or و of the three root letters is written ا in the perfect.
pub fn hollow_perfect_candidates(key: &str) -> Vec<String> {
    let base = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let Some(rest) = ["سي", "ست", "ي", "ت", "ن"]
        .iter()
        .find_map(|p| base.strip_prefix(p))
    else {
        return Vec::new();
    };
    let rest = ["ون", "ان", "ين"]
        .iter()
        .find_map(|s| strip_suffix_min(rest, s, 3))
        .unwrap_or(rest);
    let ch: Vec<char> = rest.chars().collect();
    match ch.as_slice() {
        [a, 'ي' | 'و', b] => vec![format!("{a}ا{b}")],
        _ => Vec::new(),
    }
}

/// The perfect of a defective verb whose final ى the feminine or plural past drops (أجرت,
/// ألقوا → اجري, القي; دعت → دعي): the stem before the suffix with ي restored; and of one in
/// و whose imperfect ends in it (يدعو, تدعو, يدعون → دعا).
pub fn defective_candidates(key: &str) -> Vec<String> {
    let base = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let mut out: Vec<String> = ["ت", "وا"]
        .iter()
        .filter_map(|s| strip_suffix_min(base, s, 2))
        .map(|stem| format!("{stem}ي"))
        .collect();
    let imperfect = base.strip_prefix('س').unwrap_or(base);
    let root = ["ي", "ت", "ن"]
        .iter()
        .find_map(|p| imperfect.strip_prefix(p))
        .and_then(|r| ["ون", "و"].iter().find_map(|s| strip_suffix_min(r, s, 2)));
    if let Some(r) = root.filter(|r| char_count(r) == 2) {
        out.push(format!("{r}ا"));
    }
    out
}

/// The bare spellings of a noun with a possessive suffix (بزيارتها → زياره, لقائه → لقاء), where
/// the suffix changed the noun's spelling: ta marbuta written ت, final hamza written on a ya
/// seat. Looked up after `candidates`, which never spell them.
pub fn possessed_candidates(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in candidates(key) {
        if let Some(noun) = possessive_stem(&c, 0).and_then(unbound_noun) {
            push_unique(&mut out, noun);
        }
    }
    out
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !s.is_empty() && !v.contains(&s) {
        v.push(s);
    }
}

/// A fallback token: byte span into the original and its match key.
#[derive(Debug, Clone, PartialEq)]
pub struct RawToken {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// `match_key` of the token text.
    pub key: String,
    /// Whether the token is punctuation or a symbol.
    pub punct: bool,
}

/// Minimal tokenizer: runs of letters/digits are words, every other non-space char is punctuation.
pub fn tokenize(original: &str, start: usize, end: usize) -> Vec<RawToken> {
    let mut out = Vec::new();
    let mut cur: Option<usize> = None;
    for (i, c) in original[start..end].char_indices() {
        let i = i + start;
        let wordish = c.is_alphanumeric() || is_arabic_letter(c) || c == '\u{0640}';
        match (wordish, cur) {
            (true, None) => cur = Some(i),
            (true, Some(_)) => {}
            (false, Some(s)) => {
                out.push(word(original, s, i));
                cur = None;
            }
            (false, None) => {}
        }
        if !wordish && !c.is_whitespace() && !is_invisible(c) {
            out.push(RawToken {
                start: i,
                end: i + c.len_utf8(),
                key: c.to_string(),
                punct: true,
            });
        }
    }
    if let Some(s) = cur {
        out.push(word(original, s, end));
    }
    out
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn word(original: &str, s: usize, e: usize) -> RawToken {
    RawToken {
        start: s,
        end: e,
        key: match_key(&original[s..e]),
        punct: false,
    }
}

/// Fallback sentence split: token-index ranges ending at `.`, `!`, `?`, `؟`, `:` before a quote, or a blank line.
pub fn split_sentences(original: &str, tokens: &[RawToken]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut begin = 0;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let end_mark = t.punct && matches!(t.key.as_str(), "." | "!" | "?" | "؟");
        let newline = tokens
            .get(i + 1)
            .map(|n| original[t.end..n.start].contains('\n'))
            .unwrap_or(false);
        if end_mark || newline {
            out.push(begin..i + 1);
            begin = i + 1;
        }
    }
    if begin < tokens.len() {
        out.push(begin..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defective_verbs_get_their_final_ya_back() {
        let c = |w: &str| defective_candidates(&match_key(w));
        assert_eq!(c("وأجرت"), ["اجري"]);
        assert_eq!(c("ألقوا"), ["القي"]);
        // ... and those in و their perfect from the imperfect
        assert_eq!(c("يدعو"), ["دعا"]);
        assert_eq!(c("وتدعو"), ["دعا"]);
        assert_eq!(c("سيدعون"), ["دعا"]);
    }

    #[test]
    fn derived_imperfects_give_their_perfect_with_alef() {
        let c = |w: &str| derived_perfect_candidates(&match_key(w));
        assert!(c("تفرج").contains(&"افرج".to_string()));
        assert!(c("يستهدف").contains(&"استهدف".to_string()));
        assert!(c("ويلتقي").contains(&"التقي".to_string()));
        assert!(c("ستنسحب").contains(&"انسحب".to_string()));
        // no imperfect prefix, or too short a stem: nothing
        assert!(c("استهدف").is_empty());
        assert!(c("يد").is_empty());
    }

    #[test]
    fn possessed_nouns_give_their_bare_spelling() {
        assert!(possessed_candidates(&match_key("بزيارتها")).contains(&"زياره".to_string()));
        assert!(possessed_candidates(&match_key("دعائه")).contains(&"دعاء".to_string()));
        assert!(possessed_candidates(&match_key("زيارات")).is_empty());
    }

    #[test]
    fn a_name_opening_with_alef_lam_is_found_after_the_article() {
        // ألمانيا is stored without its أل (مانيا); its nisba after the article is الألمانية
        assert!(candidates(&match_key("الألمانية")).contains(&"ماني".to_string()));
        assert!(candidates(&match_key("والألماني")).contains(&"ماني".to_string()));
    }

    #[test]
    fn key_unifies_alef_and_ta_marbuta() {
        assert_eq!(match_key("أَمِيرَة"), "اميره");
        assert_eq!(match_key("٢٠١٦"), "2016");
    }

    #[test]
    fn marked_key_keeps_shadda_only() {
        assert_eq!(marked_key("عَمّان"), "عم\u{0651}ان");
        assert_eq!(marked_key("عُمان"), "عمان");
    }

    #[test]
    fn hollow_imperfects_give_their_perfect() {
        assert_eq!(hollow_perfect_candidates("يدين"), ["دان"]);
        assert_eq!(hollow_perfect_candidates("وتزور"), ["زار"]);
        assert_eq!(hollow_perfect_candidates("يقودون"), ["قاد"]);
        assert!(hollow_perfect_candidates("يدعو").is_empty());
    }

    #[test]
    fn candidates_strip_clitics_and_prefixes() {
        let c = candidates(&match_key("وسيطلب"));
        assert!(c.contains(&"طلب".to_string()), "{c:?}");
        let c = candidates(&match_key("اجتماعا"));
        assert!(c.contains(&"اجتماع".to_string()), "{c:?}");
        let c = candidates(&match_key("التونسيين"));
        assert!(c.contains(&"تونسي".to_string()), "{c:?}");
        let c = candidates(&match_key("الاجتماعية"));
        assert!(!c.contains(&"اجتماع".to_string()), "{c:?}");
    }

    #[test]
    fn tokenizer_keeps_byte_offsets() {
        let s = "قال كارتر: \"نعم\".";
        let t = tokenize(s, 0, s.len());
        for tok in &t {
            assert_eq!(match_key(&s[tok.start..tok.end]), tok.key);
        }
        assert_eq!(t[0].key, "قال");
        assert!(t.iter().any(|x| x.key == ":" && x.punct));
    }

    #[test]
    fn sentences_split_on_period_and_newline() {
        let s = "جملة أولى. جملة ثانية\nجملة ثالثة";
        let t = tokenize(s, 0, s.len());
        assert_eq!(split_sentences(s, &t).len(), 3);
    }
}
