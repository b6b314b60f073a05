//! Corpus tag shares: how a first-stage tagger labels each word across the news corpus.
//!
//! A name that is new to ANERcorp is often frequent in the 5 M-word news corpus, where some of
//! its occurrences stand in contexts the tagger reads confidently (`حزب الليكود`, `الرئيس ...`).
//! Tagging the whole corpus once and counting, per stem, the share of occurrences labelled
//! PER / LOC / ORG / MISC turns those contexts into evidence for every other occurrence.
//! The buckets are stored in the lexicon ([`crate::lexicon::Entry::tagged`]) and read as
//! features. Training sentences get shares from a tagger that never saw them (one per fold),
//! so the final tagger learns how far corpus shares are worth trusting on unseen text.

use crate::features::{prepare, Prepared, Resources};
use crate::fxhash::FxHashMap;
use crate::lexicon::Lexicon;
use crate::model::{NerModel, WordCaches};
use crate::stack::slot;
use rasd_tagger::Model;
use rayon::prelude::*;

/// Longest corpus sentence handed to the tagger (longer runs are cut).
const MAX_SENTENCE: usize = 80;

/// Label counts per stem: O, PER, LOC, ORG, MISC.
pub type TagCounts = FxHashMap<String, [u32; 5]>;

/// Splits documents (token match keys) into tagger-sized sentences at `.` `!` `؟` `؛`.
pub fn corpus_sentences(docs: &[Vec<String>]) -> Vec<Vec<Vec<String>>> {
    docs.iter()
        .map(|d| {
            let mut out = Vec::new();
            let mut cur: Vec<String> = Vec::new();
            for k in d {
                cur.push(k.clone());
                let end = matches!(k.as_str(), "." | "!" | "؟" | "؛" | "?");
                if end || cur.len() >= MAX_SENTENCE {
                    out.push(std::mem::take(&mut cur));
                }
            }
            if !cur.is_empty() {
                out.push(cur);
            }
            out
        })
        .collect()
}

/// Prepares corpus documents for tagging (the base resources: no tag shares yet).
pub fn prepare_corpus(docs: &[Vec<Vec<String>>], res: &Resources) -> Vec<Vec<Vec<Prepared>>> {
    docs.par_iter()
        .map(|d| d.iter().map(|s| prepare(s, res)).collect())
        .collect()
}

/// Tags the prepared corpus with a first-stage `tagger` and counts labels per stem.
pub fn count_tags(tagger: &Model, res: &Resources, corpus: &[Vec<Vec<Prepared>>]) -> TagCounts {
    let model = NerModel {
        tagger: tagger.clone(),
        stage2: None,
        res: res.clone(),
    };
    let labels = model.tagger.labels();
    corpus
        .par_iter()
        .fold(
            || (TagCounts::default(), WordCaches::default()),
            |(mut acc, mut caches), doc| {
                for (sent, ids) in doc.iter().zip(model.tag_document_with(doc, &mut caches)) {
                    for (p, id) in sent.iter().zip(ids) {
                        let row = acc.entry(p.split.stem.clone()).or_insert([0; 5]);
                        row[slot(&labels[id as usize])] += 1;
                    }
                }
                (acc, caches)
            },
        )
        .map(|(acc, _)| acc)
        .reduce(TagCounts::default, merge)
}

fn merge(mut a: TagCounts, b: TagCounts) -> TagCounts {
    for (k, v) in b {
        let row = a.entry(k).or_insert([0; 5]);
        for (x, y) in row.iter_mut().zip(v) {
            *x += y;
        }
    }
    a
}

/// Bucket of `n` labelled occurrences out of `total`: 0 never, then by share
/// (< 2 %, < 10 %, < 30 %, < 60 %, < 90 %, ≥ 90 %).
pub fn share_bucket(n: u32, total: u32) -> u8 {
    if n == 0 || total == 0 {
        return 0;
    }
    let share = f64::from(n) / f64::from(total);
    1 + [0.02, 0.1, 0.3, 0.6, 0.9]
        .iter()
        .filter(|&&t| share >= t)
        .count() as u8
}

/// A copy of `lex` whose entries carry the tag-share buckets of `counts`.
pub fn with_shares(lex: &Lexicon, counts: &TagCounts) -> Lexicon {
    let mut out = lex.clone();
    for (stem, row) in counts {
        let total: u32 = row.iter().sum();
        let tagged = [1, 2, 3, 4].map(|t| share_bucket(row[t], total));
        out.set_tagged(stem, tagged);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Entry, NO_CLUSTER};

    #[test]
    fn buckets_grow_with_the_share() {
        assert_eq!(share_bucket(0, 10), 0);
        assert_eq!(share_bucket(1, 100), 1);
        assert_eq!(share_bucket(5, 100), 2);
        assert_eq!(share_bucket(50, 100), 4);
        assert_eq!(share_bucket(10, 10), 6);
    }

    #[test]
    fn sentences_split_at_stops_and_shares_land_in_the_lexicon() {
        let doc: Vec<String> = ["قال", "زيد", ".", "ثم", "ذهب"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let sents = corpus_sentences(&[doc]);
        assert_eq!(sents[0].len(), 2);
        assert_eq!(sents[0][0].last().map(String::as_str), Some("."));
        let mut lex = Lexicon::new();
        let e = Entry {
            freq: 4,
            clusters: [NO_CLUSTER; 3],
            cues: [0; 3],
            tagged: [0; 4],
        };
        lex.insert("زيد".into(), e);
        let mut counts = TagCounts::default();
        counts.insert("زيد".into(), [1, 3, 0, 0, 0]);
        counts.insert("غائب".into(), [0, 1, 0, 0, 0]);
        let out = with_shares(&lex, &counts);
        assert_eq!(out.get("زيد").unwrap().tagged, [5, 0, 0, 0]);
        assert!(out.get("غائب").is_none());
    }
}
