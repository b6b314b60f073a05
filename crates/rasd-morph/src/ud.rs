//! UD-style syntactic words, UPOS and light stems from Farasa-scheme morphemes.

/// Proclitics split off as their own UD word.
const PROCLITICS: [&str; 6] = ["و", "ف", "ب", "ل", "ك", "س"];
/// Pronoun suffixes split off after a verb (object pronouns).
const VERB_OBJECT: [&str; 10] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ني"];
/// Pronoun suffixes split off after a noun, particle or preposition (possessive/object).
const NOMINAL_PRON: [&str; 12] = [
    "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا",
];

/// Universal POS of a Farasa tag.
pub fn upos(tag: &str) -> &'static str {
    match tag {
        "NOUN" => "NOUN",
        "ADJ" => "ADJ",
        "V" => "VERB",
        "PREP" => "ADP",
        "CONJ" => "CCONJ",
        "PART" => "PART",
        "PRON" => "PRON",
        "NUM" => "NUM",
        "PUNC" => "PUNCT",
        "DET" => "DET",
        "ADV" => "ADV",
        "FUT_PART" => "AUX",
        _ => "X",
    }
}

/// Tags that never head a word (they inflect or determine a stem).
fn is_inflection(tag: &str) -> bool {
    matches!(tag, "DET" | "NSUFF" | "CASE")
}

/// Groups morphemes (forms + tags) into UD words: returns `(first, last_exclusive)` morpheme
/// ranges in order, and the index of the core (stem) word among them. Proclitics و ف ب ل ك س
/// and pronoun suffixes become their own words; everything else (ال, ة, inflection) stays
/// with the stem.
pub fn group(forms: &[String], tags: &[String]) -> (Vec<(usize, usize)>, usize) {
    let m = forms.len();
    if m == 0 {
        return (Vec::new(), 0);
    }
    let tag = |j: usize| tags.get(j).map_or("", |t| t.as_str());
    // Leading proclitics: a known form, tagged as a particle, with material after it.
    let mut lo = 0;
    while lo + 1 < m
        && PROCLITICS.contains(&forms[lo].as_str())
        && matches!(tag(lo), "CONJ" | "PREP" | "PART" | "FUT_PART")
    {
        lo += 1;
    }
    // Core: the first non-inflection morpheme from `lo` decides verb vs. nominal.
    let head = (lo..m).find(|&j| !is_inflection(tag(j))).unwrap_or(lo);
    let verbal = tag(head) == "V";
    let mut hi = m;
    while hi > head + 1 && tag(hi - 1) == "PRON" {
        let f = forms[hi - 1].as_str();
        let split = if verbal {
            VERB_OBJECT.contains(&f)
        } else {
            NOMINAL_PRON.contains(&f)
        };
        if !split {
            break;
        }
        hi -= 1;
    }
    let mut out: Vec<(usize, usize)> = (0..lo).map(|j| (j, j + 1)).collect();
    out.push((lo, hi));
    out.extend((hi..m).map(|j| (j, j + 1)));
    (out, lo)
}

/// The head tag of a morpheme range: the first tag that is not inflection (or the first tag).
pub fn head_tag(tags: &[String], range: (usize, usize)) -> &str {
    let slice = &tags[range.0..range.1.min(tags.len())];
    slice
        .iter()
        .find(|t| !is_inflection(t))
        .or(slice.first())
        .map_or("X", |t| t.as_str())
}

/// Light stem of the core word: its morphemes without article, suffixes and clitic pronouns.
pub fn light_stem(forms: &[String], tags: &[String], core: (usize, usize)) -> String {
    let mut s = String::new();
    for (j, f) in forms.iter().enumerate().take(core.1).skip(core.0) {
        let t = tags.get(j).map_or("", |t| t.as_str());
        if !matches!(t, "DET" | "NSUFF" | "CASE" | "PRON") {
            s.push_str(f);
        }
    }
    if s.is_empty() {
        s = forms[core.0..core.1].concat();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split('+').map(String::from).collect()
    }

    #[test]
    fn clitics_split_inflection_merged() {
        let (f, t) = (v("و+ب+ال+وزير+ة"), v("CONJ+PREP+DET+NOUN+NSUFF"));
        assert_eq!(group(&f, &t), (vec![(0, 1), (1, 2), (2, 5)], 2));
        assert_eq!(light_stem(&f, &t, (2, 5)), "وزير");
        assert_eq!(head_tag(&t, (2, 5)), "NOUN");
        let (f, t) = (v("ترشيح+ات+ها"), v("NOUN+NSUFF+PRON"));
        assert_eq!(group(&f, &t), (vec![(0, 2), (2, 3)], 0));
    }

    #[test]
    fn verb_subject_suffixes_stay() {
        let (f, t) = (v("أعلن+ت"), v("V+PRON"));
        assert_eq!(group(&f, &t), (vec![(0, 2)], 0));
        assert_eq!(light_stem(&f, &t, (0, 2)), "أعلن");
        let (f, t) = (v("س+يعلن+ها"), v("FUT_PART+V+PRON"));
        assert_eq!(group(&f, &t), (vec![(0, 1), (1, 2), (2, 3)], 1));
        assert_eq!(upos("FUT_PART"), "AUX");
    }

    #[test]
    fn lone_clitic_letter_is_a_word() {
        let (f, t) = (v("و"), v("CONJ"));
        assert_eq!(group(&f, &t), (vec![(0, 1)], 0));
        assert!(group(&[], &[]).0.is_empty());
    }
}
