//! Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named
//! Entity Recognition"): copies of training sentences whose every entity is swapped for another
//! training mention of the same type, so the tagger learns from contexts more than from the
//! names it has already seen.

use crate::data::TaggedSentence;
use std::collections::BTreeMap;

/// The entity spans of a BIO-tagged sentence: (first token, end token, type).
fn spans(s: &TaggedSentence) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.tags.len() {
        let Some(ty) = s.tags[i]
            .strip_prefix("B-")
            .or_else(|| s.tags[i].strip_prefix("I-"))
        else {
            i += 1;
            continue;
        };
        let inside = format!("I-{ty}");
        let end = (i + 1..s.tags.len())
            .find(|&j| s.tags[j] != inside)
            .unwrap_or(s.tags.len());
        out.push((i, end, ty.to_string()));
        i = end;
    }
    out
}

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

/// `copies` rounds of the sentences that hold entities, each entity replaced by a training
/// mention of its type drawn with `seed` (the same input and seed give the same output); each
/// copy comes with the index of the sentence it copies.
pub fn mention_replacement(
    sents: &[TaggedSentence],
    copies: usize,
    seed: u64,
) -> Vec<(usize, TaggedSentence)> {
    let mut inventory: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    for s in sents {
        for (a, b, ty) in spans(s) {
            inventory
                .entry(ty)
                .or_default()
                .push(s.tokens[a..b].to_vec());
        }
    }
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for _ in 0..copies {
        for (o, s) in sents.iter().enumerate() {
            let sp = spans(s);
            if sp.is_empty() {
                continue;
            }
            let mut copy = TaggedSentence::default();
            let mut at = 0;
            for (a, b, ty) in sp {
                copy.tokens.extend_from_slice(&s.tokens[at..a]);
                copy.tags.extend_from_slice(&s.tags[at..a]);
                let pool = &inventory[&ty];
                let name = &pool[rng.below(pool.len())];
                for (k, w) in name.iter().enumerate() {
                    copy.tokens.push(w.clone());
                    copy.tags
                        .push(format!("{}-{ty}", if k == 0 { "B" } else { "I" }));
                }
                at = b;
            }
            copy.tokens.extend_from_slice(&s.tokens[at..]);
            copy.tags.extend_from_slice(&s.tags[at..]);
            out.push((o, copy));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_conll;

    #[test]
    fn entities_are_replaced_by_mentions_of_their_type() {
        let sents = parse_conll(
            "قال O\nجورج B-PERS\nبوش I-PERS\nفي O\nبغداد B-LOC\n\nزار O\nبوتين B-PERS\nموسكو B-LOC\n\nلا O\n",
        );
        let out = mention_replacement(&sents, 3, 7);
        // the sentence without entities is never copied
        assert_eq!(out.len(), 6);
        assert!(out.iter().all(|(o, _)| *o < 2));
        for (_, s) in &out {
            assert_eq!(s.tokens.len(), s.tags.len());
            for (a, b, ty) in spans(s) {
                let name = s.tokens[a..b].join(" ");
                let known = match ty.as_str() {
                    "PER" => ["جورج بوش", "بوتين"].contains(&name.as_str()),
                    _ => ["بغداد", "موسكو"].contains(&name.as_str()),
                };
                assert!(known, "{name} as {ty}");
            }
        }
        assert_eq!(out, mention_replacement(&sents, 3, 7));
    }
}
