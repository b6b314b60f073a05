//! Distributional word signatures from the unlabelled news corpus: how often a word follows
//! verb particles (قد لم لن), prepositions or definite words, and what follows it. A cheap
//! stand-in for word clusters, used as POS features for words unseen in the gold data.

use crate::freq::HashedMap;
use rasd_tagger::feature_id_bytes;
use std::collections::HashMap;

/// Neighbour classes: verb particle, preposition, definite word, other.
const CLASSES: usize = 4;

fn class(w: &str) -> usize {
    const VERB_CUES: [&str; 12] = [
        "قد", "لم", "لن", "سوف", "وقد", "ولم", "ولن", "فقد", "لا", "كما", "حيث", "وسوف",
    ];
    const PREPS: [&str; 12] = [
        "في", "من", "على", "إلى", "عن", "مع", "حول", "بين", "عبر", "خلال", "وفي", "ومن",
    ];
    if VERB_CUES.contains(&w) {
        0
    } else if PREPS.contains(&w) {
        1
    } else if ["ال", "وال", "بال", "لل", "فال", "كال"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        2
    } else {
        3
    }
}

/// Per-word signature: for each side (previous, next) and class, the share bucket (0..=3).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordDist {
    sigs: HashedMap<u16>,
}

fn level(part: u64, total: u64) -> u16 {
    match part * 100 / total.max(1) {
        0 => 0,
        1..=9 => 1,
        10..=39 => 2,
        _ => 3,
    }
}

impl WordDist {
    /// Builds signatures from texts' Arabic word sequences (adjacency broken by anything else),
    /// for words seen at least `min_count` times.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>, min_count: u64) -> WordDist {
        let mut hist: HashMap<String, [u64; 2 * CLASSES]> = HashMap::new();
        for t in texts {
            let mut prev: Option<String> = None;
            let mut cur = String::new();
            for c in t.chars().chain(std::iter::once(' ')) {
                if crate::normal::is_mark(c) {
                    continue;
                }
                if ('\u{0621}'..='\u{064A}').contains(&c) {
                    cur.push(c);
                    continue;
                }
                if !cur.is_empty() {
                    let w = std::mem::take(&mut cur);
                    if let Some(p) = &prev {
                        hist.entry(w.clone()).or_insert([0; 8])[class(p)] += 1;
                        hist.entry(p.clone()).or_insert([0; 8])[CLASSES + class(&w)] += 1;
                    }
                    prev = Some(w);
                }
                if c != ' ' {
                    prev = None;
                }
            }
        }
        let mut sigs = HashedMap::default();
        for (w, h) in hist {
            let (tp, tn) = (
                h[..CLASSES].iter().sum::<u64>(),
                h[CLASSES..].iter().sum::<u64>(),
            );
            if tp + tn < min_count {
                continue;
            }
            let mut sig = 0u16;
            for k in 0..CLASSES {
                sig |= level(h[k], tp) << (2 * k);
                sig |= level(h[CLASSES + k], tn) << (2 * (CLASSES + k));
            }
            sigs.insert(feature_id_bytes(w.as_bytes()), sig);
        }
        WordDist { sigs }
    }

    /// Signature of `word` (normalised), if known.
    pub fn get(&self, word: &str) -> Option<u16> {
        self.sigs.get(&feature_id_bytes(word.as_bytes())).copied()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.sigs.is_empty()
    }

    /// Number of words held.
    pub fn len(&self) -> usize {
        self.sigs.len()
    }

    /// Serialises as `u32` count then (`u64` key, `u16` signature) in ascending key order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut items: Vec<(u64, u16)> = self.sigs.iter().map(|(k, v)| (*k, *v)).collect();
        items.sort_unstable();
        let mut out = Vec::with_capacity(4 + items.len() * 10);
        out.extend_from_slice(&(items.len() as u32).to_le_bytes());
        for (k, v) in items {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// Reads [`WordDist::to_bytes`] output.
    pub fn from_bytes(b: &[u8]) -> Option<WordDist> {
        let n = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
        let body = b.get(4..)?;
        if body.len() != n.checked_mul(10)? {
            return None;
        }
        let mut sigs = HashedMap::default();
        sigs.reserve(n);
        for item in body.chunks_exact(10) {
            sigs.insert(
                u64::from_le_bytes(item[..8].try_into().ok()?),
                u16::from_le_bytes(item[8..].try_into().ok()?),
            );
        }
        Some(WordDist { sigs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_follow_particles() {
        let text = "قد ذهب الرجل . لم يذهب . في البيت الكبير . قد ذهب .";
        let d = WordDist::from_texts([text], 1);
        let s = d.get("ذهب").unwrap();
        assert_eq!(s & 3, 3, "always after a verb particle");
        let b = d.get("البيت").unwrap();
        assert_eq!((b >> 2) & 3, 3, "always after a preposition");
        assert!(d.get("غير").is_none());
        assert_eq!(WordDist::from_bytes(&d.to_bytes()).unwrap(), d);
    }
}
