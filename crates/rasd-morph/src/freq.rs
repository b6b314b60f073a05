//! Word-frequency buckets from the unlabelled news corpus (affix/stem statistics for the segmenter).

use rasd_tagger::feature_id_bytes;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already 64-bit hashes.
#[derive(Default)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// `HashMap` keyed by pre-hashed `u64`.
pub type HashedMap<V> = HashMap<u64, V, BuildHasherDefault<PreHashed>>;

/// Log-scale frequency bucket of normalised words (absent words are bucket 0).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordFreq {
    buckets: HashedMap<u8>,
}

/// Bucket of a raw count: 1 + floor(log2(count)), capped at 15.
pub fn bucket(count: u64) -> u8 {
    if count == 0 {
        0
    } else {
        (1 + (63 - count.leading_zeros()) as u8).min(15)
    }
}

impl WordFreq {
    /// Builds the table from word counts, keeping words seen at least `min_count` times.
    pub fn from_counts<'a>(
        counts: impl IntoIterator<Item = (&'a str, u64)>,
        min_count: u64,
    ) -> WordFreq {
        let mut buckets = HashedMap::default();
        for (w, c) in counts {
            if c >= min_count {
                buckets.insert(feature_id_bytes(w.as_bytes()), bucket(c));
            }
        }
        WordFreq { buckets }
    }

    /// Bucket of `word` (normalised text).
    #[inline]
    pub fn get(&self, word: &str) -> u8 {
        self.buckets
            .get(&feature_id_bytes(word.as_bytes()))
            .copied()
            .unwrap_or(0)
    }

    /// Bucket of the concatenation `a + b`, without allocating.
    #[inline]
    pub fn get_joined(&self, a: &str, b: &str) -> u8 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &x in a.as_bytes().iter().chain(b.as_bytes()) {
            h ^= u64::from(x);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.buckets.get(&h).copied().unwrap_or(0)
    }

    /// Number of words held.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// Serialises as `u32` count then (`u64` key, `u8` bucket) in ascending key order.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut items: Vec<(u64, u8)> = self.buckets.iter().map(|(k, v)| (*k, *v)).collect();
        items.sort_unstable();
        let mut out = Vec::with_capacity(4 + items.len() * 9);
        out.extend_from_slice(&(items.len() as u32).to_le_bytes());
        for (k, v) in items {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(v);
        }
        out
    }

    /// Reads [`WordFreq::to_bytes`] output.
    pub fn from_bytes(b: &[u8]) -> Option<WordFreq> {
        let n = u32::from_le_bytes(b.get(..4)?.try_into().ok()?) as usize;
        let body = b.get(4..)?;
        if body.len() != n.checked_mul(9)? {
            return None;
        }
        let mut buckets = HashedMap::default();
        buckets.reserve(n);
        for item in body.chunks_exact(9) {
            let k = u64::from_le_bytes(item[..8].try_into().ok()?);
            buckets.insert(k, item[8]);
        }
        Some(WordFreq { buckets })
    }
}

/// Counts the Arabic-letter words of a text (normalised like the segmenter's input).
pub fn count_words(text: &str, counts: &mut HashMap<String, u64>) {
    let mut cur = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if crate::normal::is_mark(c) {
            continue;
        }
        if ('\u{0621}'..='\u{064A}').contains(&c) {
            cur.push(c);
        } else if !cur.is_empty() {
            match counts.get_mut(cur.as_str()) {
                Some(n) => *n += 1,
                None => {
                    counts.insert(cur.clone(), 1);
                }
            }
            cur.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_logarithmic() {
        assert_eq!(bucket(0), 0);
        assert_eq!(bucket(1), 1);
        assert_eq!(bucket(3), 2);
        assert_eq!(bucket(1 << 40), 15);
    }

    #[test]
    fn counts_round_trip() {
        let mut counts = HashMap::new();
        count_words("الوزير، وَالوزير الوزيـر 2018 Trump", &mut counts);
        assert_eq!(counts.get("الوزير"), Some(&2));
        assert_eq!(counts.get("والوزير"), Some(&1));
        let f = WordFreq::from_counts(counts.iter().map(|(k, v)| (k.as_str(), *v)), 1);
        assert_eq!(f.get("الوزير"), 2);
        assert_eq!(f.get("غير"), 0);
        let g = WordFreq::from_bytes(&f.to_bytes()).unwrap();
        assert_eq!(g, f);
        assert!(WordFreq::from_bytes(&[1, 0, 0, 0, 9]).is_none());
    }
}
