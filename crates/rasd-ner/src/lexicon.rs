//! The word lexicon learned from the news corpus: frequency and distributional cluster ids.
//!
//! Keys are match keys (`rasd_text::match_key`). Frequencies drive the clitic splitter
//! ([`crate::clitic`]); clusters (three granularities) are features for unknown words.

use crate::fxhash::FxHashMap;

/// Marks a missing cluster id.
pub const NO_CLUSTER: u16 = u16::MAX;

/// What the lexicon knows about one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Occurrences in the news corpus.
    pub freq: u32,
    /// Cluster ids, fine to coarse; [`NO_CLUSTER`] when the word was not clustered.
    pub clusters: [u16; 3],
    /// Bucketed share of the word's corpus occurrences right after a person / place /
    /// organisation cue word (see [`crate::clusters`]); 0 = never.
    pub cues: [u8; 3],
    /// Bucketed share of the word's corpus occurrences that a first-stage tagger labelled
    /// PER / LOC / ORG / MISC (see [`crate::corpus_tags`]); 0 = never.
    pub tagged: [u8; 4],
}

/// Word → [`Entry`] table.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    map: FxHashMap<String, Entry>,
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Inserts or replaces a word.
    pub fn insert(&mut self, key: String, entry: Entry) {
        self.map.insert(key, entry);
    }

    /// The entry of a word.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.map.get(key)
    }

    /// The corpus frequency of a word (0 when unknown).
    pub fn freq(&self, key: &str) -> u32 {
        self.map.get(key).map_or(0, |e| e.freq)
    }

    /// Sets the tagged-share buckets of a word already in the lexicon (others are ignored).
    pub fn set_tagged(&mut self, key: &str, tagged: [u8; 4]) {
        if let Some(e) = self.map.get_mut(key) {
            e.tagged = tagged;
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Serialises as text lines `word \t freq \t c0 \t c1 \t c2 \t cues \t tagged` (sorted,
    /// `-` for no cluster, cues as three digits, tagged shares as four).
    pub fn to_text(&self) -> String {
        let mut rows: Vec<_> = self.map.iter().collect();
        rows.sort_by(|a, b| b.1.freq.cmp(&a.1.freq).then(a.0.cmp(b.0)));
        let mut out = String::new();
        for (k, e) in rows {
            out.push_str(k);
            out.push('\t');
            out.push_str(&e.freq.to_string());
            for c in e.clusters {
                out.push('\t');
                if c == NO_CLUSTER {
                    out.push('-');
                } else {
                    out.push_str(&c.to_string());
                }
            }
            out.push('\t');
            push_digits(&mut out, &e.cues);
            out.push('\t');
            push_digits(&mut out, &e.tagged);
            out.push('\n');
        }
        out
    }

    /// Reads the format of [`Lexicon::to_text`]; malformed lines are skipped.
    pub fn from_text(text: &str) -> Lexicon {
        let mut map = FxHashMap::default();
        for line in text.lines() {
            let mut it = line.split('\t');
            let (Some(k), Some(f)) = (it.next(), it.next()) else {
                continue;
            };
            let Ok(freq) = f.parse() else { continue };
            let mut clusters = [NO_CLUSTER; 3];
            for c in clusters.iter_mut() {
                *c = it.next().and_then(|s| s.parse().ok()).unwrap_or(NO_CLUSTER);
            }
            let mut cues = [0u8; 3];
            read_digits(it.next(), &mut cues);
            let mut tagged = [0u8; 4];
            read_digits(it.next(), &mut tagged);
            map.insert(
                k.to_string(),
                Entry {
                    freq,
                    clusters,
                    cues,
                    tagged,
                },
            );
        }
        Lexicon { map }
    }
}

/// Appends small numbers as one digit each (capped at 9).
fn push_digits(out: &mut String, ds: &[u8]) {
    for &d in ds {
        out.push(char::from(b'0' + d.min(9)));
    }
}

/// Reads digits written by [`push_digits`] (missing column: all zero).
fn read_digits(col: Option<&str>, ds: &mut [u8]) {
    if let Some(c) = col {
        for (d, b) in ds.iter_mut().zip(c.bytes()) {
            *d = b.saturating_sub(b'0');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trip() {
        let mut l = Lexicon::new();
        l.insert(
            "واشنطن".into(),
            Entry {
                freq: 10,
                clusters: [3, 1, 0],
                cues: [0, 4, 1],
                tagged: [0, 6, 2, 0],
            },
        );
        l.insert(
            "زير".into(),
            Entry {
                freq: 2,
                clusters: [NO_CLUSTER; 3],
                cues: [0; 3],
                tagged: [0; 4],
            },
        );
        let back = Lexicon::from_text(&l.to_text());
        assert_eq!(back.get("واشنطن"), l.get("واشنطن"));
        assert_eq!(back.get("زير").unwrap().clusters, [NO_CLUSTER; 3]);
        assert_eq!(back.freq("غير"), 0);
        assert_eq!(back.len(), 2);
    }
}
