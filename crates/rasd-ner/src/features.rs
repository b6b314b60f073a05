//! Token preparation (keys, clitic split, clusters, gazetteer marks) and feature templates.
//!
//! Features are `u64` ids: a template number mixed with a hashed value, so neighbour features
//! reuse the per-token hashes instead of building strings.

use crate::clitic;
use crate::gazetteer::{GazMark, GazType, Gazetteer};
use crate::lexicon::{Lexicon, NO_CLUSTER};
use crate::titles::Titles;
use rasd_tagger::{feature_id, Feature};

/// Highest log2 frequency bucket: words seen 1,024 times or more in the news corpus share one
/// bucket, so a name far more frequent in today's news than in ANERcorp's years (ترامب,
/// 12,605 times) does not look like a function word to the tagger.
const FREQ_BUCKET_CAP: u32 = 11;

/// Everything the features need besides the tokens.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    /// Corpus frequencies and clusters.
    pub lex: Lexicon,
    /// Name lists.
    pub gaz: Gazetteer,
    /// Role and honorific triggers.
    pub titles: Titles,
}

/// Coarse shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Arabic letters only.
    Arabic,
    /// Latin letters (maybe with digits).
    Latin,
    /// Digits (maybe with separators).
    Digit,
    /// Punctuation or symbols.
    Punct,
    /// Anything else (mixed scripts).
    Mixed,
}

/// Classifies a match key.
pub fn shape(key: &str) -> Shape {
    let (mut ar, mut la, mut di, mut pu) = (false, false, false, false);
    for c in key.chars() {
        match c {
            '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' => {
                ar = true
            }
            '0'..='9' => di = true,
            c if c.is_ascii_alphabetic() || (c > '\u{BF}' && c.is_alphabetic()) => la = true,
            _ => pu = true,
        }
    }
    match (ar, la, di, pu) {
        (true, false, false, _) => Shape::Arabic,
        (false, true, _, _) => Shape::Latin,
        (false, false, true, _) => Shape::Digit,
        (false, false, false, _) => Shape::Punct,
        _ => Shape::Mixed,
    }
}

/// One token ready for feature extraction.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// Match key of the whole token.
    pub key: String,
    /// Clitic split of the key.
    pub split: clitic::Split,
    /// Shape of the key.
    pub shape: Shape,
    /// Cluster ids of the stem (fine to coarse).
    pub clusters: [u16; 3],
    /// log2 bucket of the stem's corpus frequency (0 = unseen), capped at `FREQ_BUCKET_CAP`.
    pub freq_bucket: u8,
    /// Cue-share buckets of the stem (person, place, organisation).
    pub cues: [u8; 3],
    /// Corpus tag-share buckets of the stem (PER, LOC, ORG, MISC; see [`crate::corpus_tags`]).
    pub tagged: [u8; 4],
    /// The stem is a role trigger (first word of one).
    pub role: bool,
    /// The stem is an honorific.
    pub honorific: bool,
}

impl Prepared {
    /// The stem without the article.
    pub fn bare(&self) -> &str {
        clitic::bare(&self.split.stem)
    }
}

/// Prepares the tokens of one sentence from their match keys.
pub fn prepare<S: AsRef<str>>(keys: &[S], res: &Resources) -> Vec<Prepared> {
    keys.iter()
        .map(|k| {
            let key = k.as_ref();
            let split = if shape(key) == Shape::Arabic {
                clitic::split(key, &res.lex)
            } else {
                clitic::Split {
                    prefix_letters: 0,
                    prefix: String::new(),
                    stem: key.to_string(),
                }
            };
            let entry = res.lex.get(&split.stem);
            let freq = entry.map_or(0, |e| e.freq);
            Prepared {
                key: key.to_string(),
                shape: shape(key),
                clusters: entry.map_or([NO_CLUSTER; 3], |e| e.clusters),
                cues: entry.map_or([0; 3], |e| e.cues),
                tagged: entry.map_or([0; 4], |e| e.tagged),
                freq_bucket: (32 - freq.leading_zeros()).min(FREQ_BUCKET_CAP) as u8,
                role: res.titles.is_role_word(&split.stem),
                honorific: res.titles.is_honorific_word(&split.stem),
                split,
            }
        })
        .collect()
}

/// Mixes a template number with a value hash (splitmix64 finaliser).
#[inline]
fn mix(template: u64, value: u64) -> Feature {
    let mut z = value ^ template.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Per-token value hashes shared by the token's own and its neighbours' features.
struct Atoms {
    key: u64,
    stem: u64,
    bare: u64,
    shape: u64,
    c: [u64; 3],
    gaz: u64,
    cues: u64,
    tagged: u64,
}

fn tagged_code(t: &[u8; 4]) -> u64 {
    t.iter().fold(0, |acc, &b| acc << 4 | u64::from(b))
}

fn gaz_code(m: &GazMark) -> u64 {
    u64::from(m.begin) | u64::from(m.inside) << 8 | u64::from(m.end) << 16
}

fn atoms(p: &Prepared, m: &GazMark) -> Atoms {
    Atoms {
        key: feature_id(&p.key),
        stem: feature_id(&p.split.stem),
        bare: feature_id(p.bare()),
        shape: p.shape as u64,
        c: p.clusters.map(u64::from),
        gaz: gaz_code(m),
        cues: u64::from(p.cues[0]) | u64::from(p.cues[1]) << 4 | u64::from(p.cues[2]) << 8,
        tagged: tagged_code(&p.tagged),
    }
}

/// Prefix / suffix of `s` with `n` characters (whole `s` when shorter).
fn affix(s: &str, n: usize, suffix: bool) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    if suffix {
        let start = s.char_indices().nth(count - n).map_or(0, |(i, _)| i);
        &s[start..]
    } else {
        let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
        &s[..end]
    }
}

/// Gazetteer marks over the stems of a prepared sentence.
pub fn gazetteer_marks(prep: &[Prepared], gaz: &Gazetteer) -> Vec<GazMark> {
    let stems: Vec<&str> = prep.iter().map(|p| p.split.stem.as_str()).collect();
    let mut marks = gaz.annotate(&stems);
    // Single-token names also match without the article (اردن / الاردن).
    for (p, m) in prep.iter().zip(marks.iter_mut()) {
        let b = p.bare();
        if b.len() != p.split.stem.len() {
            let bits = gaz.mask(b);
            m.begin |= bits;
            m.end |= bits;
        }
    }
    marks
}

/// Features that depend on the token alone (cacheable per word type).
pub fn local_features(p: &Prepared, f: &mut Vec<Feature>) {
    let stem = feature_id(&p.split.stem);
    let bare = p.bare();
    f.push(mix(0, 0));
    f.push(mix(1, feature_id(&p.key)));
    f.push(mix(2, stem));
    f.push(mix(3, feature_id(bare)));
    f.push(mix(
        4,
        feature_id(&p.split.prefix) ^ u64::from(bare.len() != p.split.stem.len()),
    ));
    for k in 1..=4 {
        f.push(mix(10 + k as u64, feature_id(affix(bare, k, false))));
        f.push(mix(20 + k as u64, feature_id(affix(bare, k, true))));
    }
    push_char_trigrams(f, bare);
    f.push(mix(30, p.shape as u64));
    for (j, c) in p.clusters.iter().enumerate() {
        f.push(mix(31 + j as u64, u64::from(*c)));
    }
    f.push(mix(34, u64::from(p.freq_bucket)));
    f.push(mix(35, (bare.chars().count().min(12)) as u64));
    for (j, c) in p.cues.iter().enumerate() {
        f.push(mix(50 + j as u64, u64::from(*c)));
    }
    f.push(mix(630, u64::from(p.role) | u64::from(p.honorific) << 1));
    for (j, t) in p.tagged.iter().enumerate() {
        f.push(mix(70 + j as u64, u64::from(*t)));
    }
    f.push(mix(74, tagged_code(&p.tagged)));
}

/// Per-sentence atoms for [`context_features`].
pub struct SentenceAtoms<'a> {
    prep: &'a [Prepared],
    marks: &'a [GazMark],
    at: Vec<Atoms>,
}

impl<'a> SentenceAtoms<'a> {
    /// Hashes every token once.
    pub fn new(prep: &'a [Prepared], marks: &'a [GazMark]) -> SentenceAtoms<'a> {
        let at = prep.iter().zip(marks).map(|(p, m)| atoms(p, m)).collect();
        SentenceAtoms { prep, marks, at }
    }

    /// The word-only features (see [`NEIGHBOURS`]) of the word at `j` (padding outside the
    /// sentence) seen at offset `o`.
    pub fn neighbour_features(&self, j: isize, o: isize, f: &mut Vec<Feature>) {
        neighbour_features(self.get(j), o, f);
    }

    fn get(&self, i: isize) -> &Atoms {
        const PAD: [Atoms; 2] = [
            Atoms {
                key: 1,
                stem: 1,
                bare: 1,
                shape: 99,
                c: [7777; 3],
                gaz: 0,
                cues: 0,
                tagged: 0,
            },
            Atoms {
                key: 2,
                stem: 2,
                bare: 2,
                shape: 98,
                c: [7778; 3],
                gaz: 0,
                cues: 0,
                tagged: 0,
            },
        ];
        let n = self.at.len() as isize;
        if i < 0 {
            &PAD[(-i - 1).min(1) as usize]
        } else if i >= n {
            &PAD[(i - n).min(1) as usize]
        } else {
            &self.at[i as usize]
        }
    }
}

/// Offsets of the neighbours whose word properties are features of a token.
pub const NEIGHBOURS: [isize; 4] = [-1, 1, -2, 2];

/// Features of the word `b` seen at offset `o` (one of [`NEIGHBOURS`]) from the tagged token,
/// its gazetteer mark left out: they depend only on the word, so a tagger can cache their
/// scores per word, while the marks depend on the sentence ([`sentence_context_features`]).
fn neighbour_features(b: &Atoms, o: isize, f: &mut Vec<Feature>) {
    match o {
        -1 | 1 => {
            let base = if o < 0 { 200 } else { 300 };
            f.push(mix(base + 1, b.stem));
            f.push(mix(base + 2, b.bare));
            f.push(mix(base + 3, b.c[0]));
            f.push(mix(base + 4, b.c[1]));
            f.push(mix(base + 5, b.shape));
            f.push(mix(base + 7, b.key));
            f.push(mix(base + 8, b.cues));
            f.push(mix(base + 9, b.tagged));
        }
        _ => {
            let base = if o < 0 { 100 } else { 400 };
            f.push(mix(base + 1, b.stem));
            f.push(mix(base + 4, b.c[1]));
        }
    }
}

/// Context features of token `i`: its neighbours' words ([`NEIGHBOURS`]) and the sentence
/// context ([`sentence_context_features`]).
pub fn context_features(s: &SentenceAtoms<'_>, i: usize, f: &mut Vec<Feature>) {
    for o in NEIGHBOURS {
        s.neighbour_features(i as isize + o, o, f);
    }
    sentence_context_features(s, i, f);
}

/// The context features of token `i` that depend on more than one word: gazetteer marks (its
/// own and its neighbours'), word and cluster pairs, role words before it.
pub fn sentence_context_features(s: &SentenceAtoms<'_>, i: usize, f: &mut Vec<Feature>) {
    let ii = i as isize;
    let a = s.get(ii);
    push_gaz(f, 40, &s.marks[i]);
    for (o, base) in [(-1isize, 206u64), (1, 306), (-2, 106), (2, 406)] {
        f.push(mix(base, s.get(ii + o).gaz));
    }
    let (pm1, nx1) = (s.get(ii - 1), s.get(ii + 1));
    f.push(mix(500, pm1.stem.wrapping_mul(31) ^ a.stem));
    f.push(mix(501, a.stem.wrapping_mul(31) ^ nx1.stem));
    f.push(mix(502, pm1.c[1].wrapping_mul(31) ^ a.c[1]));
    f.push(mix(503, a.c[1].wrapping_mul(31) ^ nx1.c[1]));
    f.push(mix(
        504,
        pm1.c[2].wrapping_mul(1009) ^ a.c[2].wrapping_mul(31) ^ nx1.c[2],
    ));
    f.push(mix(505, pm1.gaz.wrapping_mul(31) ^ a.gaz));
    for (o, base) in [(1usize, 600u64), (2, 610), (3, 620)] {
        if let Some(j) = i.checked_sub(o) {
            let q = &s.prep[j];
            f.push(mix(base, u64::from(q.role) | u64::from(q.honorific) << 1));
        }
    }
}

pub fn sentence_features(prep: &[Prepared], marks: &[GazMark]) -> Vec<Vec<Feature>> {
    let s = SentenceAtoms::new(prep, marks);
    (0..prep.len())
        .map(|i| {
            let mut f = Vec::with_capacity(72);
            local_features(&prep[i], &mut f);
            context_features(&s, i, &mut f);
            f
        })
        .collect()
}

/// Character trigrams inside a word (transliterated foreign names have telling letter runs).
fn push_char_trigrams(f: &mut Vec<Feature>, w: &str) {
    let idx: Vec<usize> = w
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(w.len()))
        .collect();
    if idx.len() < 5 {
        return;
    }
    for k in 0..idx.len() - 3 {
        f.push(mix(60, feature_id(&w[idx[k]..idx[k + 3]])));
    }
}

fn push_gaz(f: &mut Vec<Feature>, base: u64, m: &GazMark) {
    for t in GazType::ALL {
        let code = u64::from(m.begins(t)) | u64::from(m.inside(t)) << 1 | u64::from(m.ends(t)) << 2;
        if code != 0 {
            f.push(mix(base + t as u64, code));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        assert_eq!(shape("الكويت"), Shape::Arabic);
        assert_eq!(shape("G20"), Shape::Latin);
        assert_eq!(shape("2016"), Shape::Digit);
        assert_eq!(shape("،"), Shape::Punct);
        assert_eq!(affix("الكويت", 2, false), "ال");
        assert_eq!(affix("الكويت", 3, true), "ويت");
        assert_eq!(affix("في", 3, true), "في");
    }

    #[test]
    fn features_depend_on_context_and_are_deterministic() {
        let res = Resources::default();
        let a = prepare(&["قال", "كارتر"], &res);
        let b = prepare(&["زار", "كارتر"], &res);
        let fa = sentence_features(&a, &gazetteer_marks(&a, &res.gaz));
        let fb = sentence_features(&b, &gazetteer_marks(&b, &res.gaz));
        assert_eq!(fa.len(), 2);
        assert_ne!(fa[1], fb[1]);
        assert_eq!(fa[1][1], fb[1][1]); // same word feature
        let again = sentence_features(&a, &gazetteer_marks(&a, &res.gaz));
        assert_eq!(fa, again);
    }
}
