//! POS tagging at the word level: a sequence model tags each word's head (stem) morpheme, with
//! first-order transitions between words (NOUN → ADJ), and a table learned from train tags the
//! affixes given their form, side and the head's tag. Features split into a word-internal part
//! (cacheable per word type) and a context part, so cached and uncached tagging agree exactly.

use crate::dist::WordDist;
use crate::freq::WordFreq;
use crate::seg::H;
use rasd_tagger::Feature;
use std::collections::HashMap;

/// Forms that can precede the head morpheme.
const PROCLITIC_FORMS: [&str; 7] = ["و", "ف", "ب", "ل", "ك", "س", "ال"];

/// A segmented word as the POS tagger sees it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SegWord {
    /// Normalised word.
    pub word: String,
    /// Morpheme forms.
    pub forms: Vec<String>,
}

impl SegWord {
    /// Index of the head morpheme: the first that is not a proclitic or article (else the last).
    pub fn head(&self) -> usize {
        let m = self.forms.len();
        (0..m)
            .find(|&j| !PROCLITIC_FORMS.contains(&self.forms[j].as_str()))
            .unwrap_or(m.saturating_sub(1))
    }

    fn head_form(&self) -> &str {
        self.forms.get(self.head()).map_or("", |s| s.as_str())
    }

    /// Whether the word carries the article.
    pub fn has_article(&self) -> bool {
        self.forms[..self.head()].iter().any(|f| f == "ال")
    }
}

fn shape(s: &str) -> u8 {
    let mut k = 0u8;
    for c in s.chars() {
        k |= if c.is_ascii_digit() {
            1
        } else if c.is_ascii_alphabetic() {
            2
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
            4
        } else {
            8
        };
    }
    k
}

/// Nouns that head adverbial and prepositional phrases (بعد, قبل, بين, حول ...), as the
/// segmenter writes them: they open sentences as nouns although some are also written like
/// perfect verbs (بيّن, حوّل, قبِل).
const ADVERBIAL_NOUNS: [&str; 26] = [
    "بعد", "قبل", "بين", "مثل", "حول", "عند", "رغم", "حسب", "وفق", "نحو", "عبر", "دون", "لدى",
    "لدي", "إثر", "اثر", "عقب", "وسط", "قرب", "تحت", "فوق", "خلف", "غير", "شبه", "نفس", "حال",
];

/// Whether `w`, the first word of a sentence (or the word after a complementiser and its
/// definite subject: أن الجيش قصف) that the tagger read as a noun, is a perfect verb opening
/// a verb-first clause (وقتل الجيش ..., ونشر ناشطون ...): a bare three-letter stem,
/// at most a conjunction before it and nothing after it, that the news corpus also writes as
/// an imperfect (يقتل) and with the perfect's ت (قتلت). The tagger, trained on a small corpus,
/// takes the construct noun (قتل المدنيين) there, which news rarely opens a sentence with.
pub fn opens_with_verb(w: &SegWord, freq: &WordFreq) -> bool {
    let h = w.head();
    let head = w.head_form();
    let bare = w.forms[..h].iter().all(|f| f == "و" || f == "ف") && h + 1 == w.forms.len();
    bare && head.chars().count() == 3
        && !ADVERBIAL_NOUNS.contains(&head)
        && freq.get_joined("ي", head) >= 4
        && freq.get_joined(head, "ت") >= 4
}

/// Whether `w` is the complementiser إن / أن (فإن, بأن, لأن): the clause after it opens with
/// its subject, and a perfect right after that subject is the clause's verb (أن الجيش قصف).
pub fn is_complementizer(w: &SegWord) -> bool {
    let bare = w.head() + 1 == w.forms.len() && !w.has_article();
    bare && matches!(w.head_form(), "ان" | "أن" | "إن")
}

/// Affix frames whose corpus frequency around the head tells verbs, nouns and adjectives apart.
const FRAMES: [(&str, &str); 14] = [
    ("", ""),
    ("ال", ""),
    ("", "ت"),
    ("", "وا"),
    ("ي", ""),
    ("ت", ""),
    ("", "ة"),
    ("", "ات"),
    ("ال", "ة"),
    ("", "ون"),
    ("", "ي"),
    ("ال", "ي"),
    ("", "ها"),
    ("و", ""),
];

/// Corpus paradigm features of the head: log-frequency of the head inside each frame.
fn paradigm_features(head: &str, freq: &WordFreq, out: &mut Vec<Feature>) {
    let mut sig = H::new(150);
    let mut buf = String::with_capacity(head.len() + 8);
    for (k, (p, s)) in FRAMES.iter().enumerate() {
        buf.clear();
        buf.push_str(p);
        buf.push_str(head);
        buf.push_str(s);
        let b = freq.get(&buf);
        out.push(H::new(130 + k as u8).b(b.div_ceil(2)).f());
        sig = sig.b(u8::from(b > 1));
    }
    out.push(sig.f());
}

/// Corpus statistics the POS features use, when the model has them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats<'a> {
    /// Word-frequency buckets (paradigm features).
    pub freq: Option<&'a WordFreq>,
    /// Distributional signatures.
    pub dist: Option<&'a WordDist>,
}

/// Word-internal features.
pub fn local_features(w: &SegWord, stats: Stats<'_>, out: &mut Vec<Feature>) {
    let m = w.forms.len();
    let h = w.head();
    let head = w.head_form();
    let chars: Vec<char> = head.chars().collect();
    let n = chars.len();
    let pre = w.forms[..h].join("+");
    let suf = w.forms[(h + 1).min(m)..].join("+");
    out.push(H::new(100).f());
    out.push(H::new(101).s(head).f());
    out.push(H::new(102).s(&w.word).f());
    out.push(H::new(103).s(head).b(0).s(&suf).f());
    out.push(H::new(104).s(&pre).f());
    out.push(H::new(105).s(&suf).f());
    for k in 1..=4 {
        if n > k {
            out.push(H::new(105 + k as u8).cs(&chars[n - k..]).f());
        }
    }
    for k in 1..=3 {
        if n > k {
            out.push(H::new(109 + k as u8).cs(&chars[..k]).f());
        }
    }
    out.push(H::new(113).b(shape(head)).f());
    out.push(
        H::new(114)
            .b(n.min(10) as u8)
            .b(u8::from(w.has_article()))
            .f(),
    );
    if n > 2 {
        out.push(
            H::new(115)
                .c(chars[0])
                .c(chars[n - 1])
                .b(n.min(8) as u8)
                .f(),
        );
        // First letter + length + suffixes: templatic verbs and nouns (يفعل, مفعول, ...).
        out.push(H::new(116).c(chars[0]).b(n.min(8) as u8).s(&suf).f());
    }
    out.push(H::new(117).s(&pre).b(0).s(&suf).f());
    if let Some(fr) = stats.freq {
        if shape(head) == 4 {
            paradigm_features(head, fr, out);
        }
    }
    if let Some(d) = stats.dist {
        match d.get(&w.word) {
            Some(sig) => {
                for k in 0..8u8 {
                    out.push(H::new(160).b(k).b(((sig >> (2 * k)) & 3) as u8).f());
                }
                out.push(H::new(161).b((sig & 0xff) as u8).b((sig >> 8) as u8).f());
            }
            None => out.push(H::new(162).f()),
        }
    }
}

/// What context features need from a word, precomputed once per word type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ctx {
    word: u64,
    head: u64,
    last_suffix: u64,
    prefixes: u64,
    article: u8,
}

/// Context stand-in before the first word of a sentence.
pub const START: Ctx = Ctx {
    word: 1,
    head: 1,
    last_suffix: 1,
    prefixes: 1,
    article: 2,
};
/// Context stand-in after the last word of a sentence.
pub const END: Ctx = Ctx {
    word: 2,
    head: 2,
    last_suffix: 2,
    prefixes: 2,
    article: 2,
};

impl Ctx {
    /// The context summary of `w`.
    pub fn of(w: &SegWord) -> Ctx {
        let h = w.head();
        let m = w.forms.len();
        let last = if m > h + 1 {
            w.forms[m - 1].as_str()
        } else {
            "-"
        };
        Ctx {
            word: H::new(1).s(&w.word).f(),
            head: H::new(2).s(w.head_form()).f(),
            last_suffix: H::new(3).s(last).f(),
            prefixes: H::new(4).s(&w.forms[..h].join("+")).f(),
            article: u8::from(w.has_article()),
        }
    }
}

/// Combines a template id with precomputed hashes (one multiply per part).
#[inline]
fn mix(tag: u64, parts: &[u64]) -> Feature {
    let mut h = tag.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xcbf2_9ce4_8422_2325;
    for &p in parts {
        h = (h.rotate_left(23) ^ p).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Features a word contributes to the word after it (cacheable per word type).
pub fn as_prev_features(prev: &Ctx, out: &mut Vec<Feature>) {
    out.push(mix(120, &[prev.word]));
    out.push(mix(122, &[prev.head]));
}

/// Features a word contributes to the word before it (cacheable per word type).
pub fn as_next_features(next: &Ctx, out: &mut Vec<Feature>) {
    out.push(mix(121, &[next.word]));
    out.push(mix(123, &[next.head]));
}

/// Context features of a word `w` between `prev` and `next` (use [`START`] / [`END`] at
/// edges): [`as_prev_features`] of `prev`, [`as_next_features`] of `next` and [`pair_features`].
pub fn context_features(w: &Ctx, prev: &Ctx, next: &Ctx, out: &mut Vec<Feature>) {
    as_prev_features(prev, out);
    as_next_features(next, out);
    pair_features(w, prev, next, out);
}

/// Context features that depend on the word and its neighbours together.
#[inline]
pub fn pair_features(w: &Ctx, prev: &Ctx, next: &Ctx, out: &mut Vec<Feature>) {
    let art = u64::from(w.article);
    out.push(mix(124, &[u64::from(prev.article), art]));
    out.push(mix(125, &[art, u64::from(next.article)]));
    out.push(mix(
        126,
        &[
            prev.last_suffix,
            w.last_suffix,
            u64::from(prev.article),
            art,
        ],
    ));
    out.push(mix(128, &[prev.prefixes, art]));
}

/// The part of [`pair_features`] that a previous word `prev` contributes to a word whose
/// article flag is `art`, plus [`as_prev_features`]: cacheable per (word type, `art`).
pub fn as_prev_features_for(prev: &Ctx, art: u8, out: &mut Vec<Feature>) {
    let a = u64::from(art);
    as_prev_features(prev, out);
    out.push(mix(124, &[u64::from(prev.article), a]));
    out.push(mix(128, &[prev.prefixes, a]));
}

/// The part of [`pair_features`] that a next word `next` contributes to a word whose
/// article flag is `art`, plus [`as_next_features`]: cacheable per (word type, `art`).
pub fn as_next_features_for(next: &Ctx, art: u8, out: &mut Vec<Feature>) {
    as_next_features(next, out);
    out.push(mix(125, &[u64::from(art), u64::from(next.article)]));
}

/// The rest of [`pair_features`]: [`as_prev_features_for`], [`as_next_features_for`] and
/// this give the same feature multiset as [`context_features`].
#[inline]
pub fn triple_features(w: &Ctx, prev: &Ctx, out: &mut Vec<Feature>) {
    let art = u64::from(w.article);
    out.push(mix(
        126,
        &[
            prev.last_suffix,
            w.last_suffix,
            u64::from(prev.article),
            art,
        ],
    ));
}

impl Ctx {
    /// The article flag (0 or 1 for words, 2 for [`START`] / [`END`]).
    pub fn article(&self) -> u8 {
        self.article
    }
}

/// Features of every word of a sentence (local then context, in that order).
pub fn sentence_features(words: &[SegWord], stats: Stats<'_>) -> Vec<Vec<Feature>> {
    (0..words.len())
        .map(|k| {
            let mut fs = Vec::with_capacity(32);
            local_features(&words[k], stats, &mut fs);
            let prev = k.checked_sub(1).map_or(START, |p| Ctx::of(&words[p]));
            let next = words.get(k + 1).map_or(END, Ctx::of);
            context_features(&Ctx::of(&words[k]), &prev, &next, &mut fs);
            fs
        })
        .collect()
}

/// True for tokens that end a sentence.
pub fn ends_sentence(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "؟" | "…")
}

/// Tags of affixes (non-head morphemes) given form, side and head tag, learned from train.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AffixTable {
    /// form → (side: 0 before / 1 after the head, head tag or `*` for any, tag), most specific first.
    rules: HashMap<String, Vec<(u8, String, String)>>,
}

fn majority(v: HashMap<String, usize>) -> String {
    let mut best: Vec<(usize, String)> = v.into_iter().map(|(t, c)| (c, t)).collect();
    best.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    best.swap_remove(0).1
}

impl AffixTable {
    /// Learns the table from gold words (forms, tags): the majority tag per (form, side, head
    /// tag), and per (form, side) as the back-off.
    pub fn learn<'a>(words: impl IntoIterator<Item = (&'a SegWord, &'a [String])>) -> AffixTable {
        let mut counts: HashMap<(String, u8, String), HashMap<String, usize>> = HashMap::new();
        for (w, tags) in words {
            let h = w.head();
            let Some(ht) = tags.get(h) else { continue };
            for (j, (f, t)) in w.forms.iter().zip(tags).enumerate() {
                if j != h {
                    let side = u8::from(j > h);
                    for head in [ht.as_str(), "*"] {
                        *counts
                            .entry((f.clone(), side, head.to_string()))
                            .or_default()
                            .entry(t.clone())
                            .or_default() += 1;
                    }
                }
            }
        }
        let mut items: Vec<(String, u8, String, String)> = counts
            .into_iter()
            .map(|((f, s, h), v)| (f, s, h, majority(v)))
            .collect();
        items.sort();
        let mut t = AffixTable::default();
        for (f, s, h, tag) in items {
            t.insert(f, s, h, tag);
        }
        t
    }

    fn insert(&mut self, form: String, side: u8, head: String, tag: String) {
        let rules = self.rules.entry(form).or_default();
        rules.push((side, head, tag));
        // Specific heads before the `*` back-off.
        rules.sort_by_key(|r| (r.1 == "*", r.0, r.1.clone()));
    }

    /// Tag of affix `form` on `side` (0 before, 1 after) of a head tagged `head_tag`.
    pub fn tag<'a>(&'a self, form: &str, side: u8, head_tag: &str) -> &'a str {
        if let Some(rules) = self.rules.get(form) {
            let hit = rules
                .iter()
                .find(|r| r.0 == side && (r.1 == head_tag || r.1 == "*"));
            if let Some(r) = hit {
                return &r.2;
            }
        }
        if side == 0 {
            "PREP"
        } else {
            "NSUFF"
        }
    }

    /// Full tag list of a word whose head is tagged `head_tag`.
    pub fn tags(&self, w: &SegWord, head_tag: &str) -> Vec<String> {
        let h = w.head();
        (0..w.forms.len())
            .map(|j| {
                if j == h {
                    head_tag.to_string()
                } else {
                    self.tag(&w.forms[j], u8::from(j > h), head_tag).to_string()
                }
            })
            .collect()
    }

    /// Serialises as sorted lines `form\tside\thead\ttag` (head `*`: any head).
    pub fn to_text(&self) -> String {
        let mut lines: Vec<String> = self
            .rules
            .iter()
            .flat_map(|(f, rs)| {
                rs.iter()
                    .map(move |(s, h, t)| format!("{f}\t{s}\t{h}\t{t}"))
            })
            .collect();
        lines.sort();
        lines.join("\n")
    }

    /// Reads [`AffixTable::to_text`] output.
    pub fn from_text(s: &str) -> Option<AffixTable> {
        let mut t = AffixTable::default();
        for line in s.lines().filter(|l| !l.is_empty()) {
            let p: Vec<&str> = line.split('\t').collect();
            let [f, side, h, tag] = p[..] else {
                return None;
            };
            t.insert(
                f.to_string(),
                side.parse().ok()?,
                h.to_string(),
                tag.to_string(),
            );
        }
        Some(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sw(word: &str, forms: &[&str]) -> SegWord {
        SegWord {
            word: word.into(),
            forms: forms.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn v(s: &str) -> Vec<String> {
        s.split('+').map(String::from).collect()
    }

    #[test]
    fn a_verb_opens_a_sentence_when_the_corpus_conjugates_its_stem() {
        let freq = WordFreq::from_counts([("يقتل", 40), ("قتلت", 30), ("يبعد", 40)], 1);
        assert!(opens_with_verb(&sw("وقتل", &["و", "قتل"]), &freq));
        assert!(opens_with_verb(&sw("قتل", &["قتل"]), &freq));
        // no conjugation seen, an article or suffix, an adverbial noun: a noun still
        assert!(!opens_with_verb(&sw("حزب", &["حزب"]), &freq));
        assert!(!opens_with_verb(&sw("القتل", &["ال", "قتل"]), &freq));
        assert!(!opens_with_verb(&sw("قتلهم", &["قتل", "هم"]), &freq));
        assert!(!opens_with_verb(&sw("وبعد", &["و", "بعد"]), &freq));
    }

    #[test]
    fn a_complementiser_is_a_bare_an() {
        assert!(is_complementizer(&sw("فإن", &["ف", "إن"])));
        assert!(is_complementizer(&sw("أن", &["أن"])));
        assert!(!is_complementizer(&sw("أنه", &["أن", "ه"])));
        assert!(!is_complementizer(&sw("الان", &["ال", "ان"])));
    }

    #[test]
    fn head_skips_proclitics_and_article() {
        assert_eq!(sw("والكتاب", &["و", "ال", "كتاب"]).head(), 2);
        assert_eq!(sw("وال", &["و", "ال"]).head(), 1);
        assert_eq!(sw("لأنها", &["ل", "أن", "ها"]).head(), 1);
    }

    #[test]
    fn affix_table_conditions_on_the_head_tag() {
        let a = sw("أعلنت", &["أعلن", "ت"]);
        let b = sw("ركلت", &["ركل", "ت"]);
        let (ta, tb) = (v("V+PRON"), v("NOUN+NSUFF"));
        let t = AffixTable::learn([(&a, ta.as_slice()), (&b, tb.as_slice())]);
        assert_eq!(t.tags(&a, "V"), ta);
        assert_eq!(t.tags(&b, "NOUN"), tb);
        assert_eq!(t.tag("ت", 1, "ADJ"), "NSUFF");
        assert_eq!(AffixTable::from_text(&t.to_text()).unwrap(), t);
    }

    #[test]
    fn split_context_features_equal_the_full_set() {
        let (a, b, c) = (
            sw("والكتاب", &["و", "ال", "كتاب"]),
            sw("كتبت", &["كتب", "ت"]),
            sw("لها", &["ل", "ها"]),
        );
        let (pa, wb, nc) = (Ctx::of(&a), Ctx::of(&b), Ctx::of(&c));
        let mut full = Vec::new();
        context_features(&wb, &pa, &nc, &mut full);
        let mut split = Vec::new();
        as_prev_features_for(&pa, wb.article(), &mut split);
        as_next_features_for(&nc, wb.article(), &mut split);
        triple_features(&wb, &pa, &mut split);
        full.sort_unstable();
        split.sort_unstable();
        assert_eq!(full, split);
    }

    #[test]
    fn one_feature_row_per_word() {
        let words = [sw("والكتاب", &["و", "ال", "كتاب"]), sw(".", &["."])];
        let f = sentence_features(&words, Stats::default());
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|r| r.len() > 10));
        assert!(ends_sentence("؟") && !ends_sentence("،"));
    }
}
