//! Word frequencies and distributional clusters learned from raw news text.
//!
//! 1. Count every token's match key (the frequencies drive the clitic splitter).
//! 2. Split clitics, then describe each of the `vocab` most frequent stems by its left and
//!    right neighbour stems among the `contexts` most frequent ones, weighted by positive PMI.
//! 3. Project those sparse vectors to `dims` dimensions with a fixed pseudo-random ±1 matrix,
//!    normalise, and cluster with spherical k-means (`k_fine` clusters); the fine centroids are
//!    clustered again into `k_mid` and `k_coarse` groups. Ids are stored in the [`Lexicon`].
//! 4. Cue shares: how often a stem comes right after a person cue (a role or honorific title,
//!    `data/titles.txt`), a place cue ([`LOC_CUES`]: في, مدينة, شمال ...) or an organisation cue
//!    ([`ORG_CUES`]: شركة, حزب, صحيفة ...), bucketed by [`cue_bucket`]. Unsupervised evidence
//!    of name-likeness for words never seen in the labelled data.

use crate::clitic;
use crate::fxhash::FxHashMap as HashMap;
use crate::lexicon::{Entry, Lexicon, NO_CLUSTER};
use crate::titles::Titles;

/// Clustering settings.
#[derive(Debug, Clone, Copy)]
pub struct ClusterConfig {
    /// Number of stems that get clusters.
    pub vocab: usize,
    /// Number of context stems per side.
    pub contexts: usize,
    /// Projected dimension (256: with 96 the projection lost enough that ترامب fell into a
    /// cluster of verbs and common nouns; at 256 it sits with بوتين and the other leaders).
    pub dims: usize,
    /// Fine clusters.
    pub k_fine: usize,
    /// Middle clusters.
    pub k_mid: usize,
    /// Coarse clusters.
    pub k_coarse: usize,
    /// k-means iterations.
    pub iterations: usize,
    /// Words seen fewer times are left out of the stored lexicon.
    pub min_freq: u32,
    /// Seed for initialisation.
    pub seed: u64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            vocab: 40_000,
            contexts: 3_000,
            dims: 256,
            k_fine: 400,
            k_mid: 80,
            k_coarse: 16,
            iterations: 10,
            min_freq: 3,
            seed: 7,
        }
    }
}

/// Counts match keys over sentences of keys.
pub fn count_keys<S: AsRef<str>>(docs: &[Vec<S>]) -> HashMap<String, u32> {
    let mut m: HashMap<String, u32> = HashMap::default();
    for d in docs {
        for k in d {
            if let Some(c) = m.get_mut(k.as_ref()) {
                *c += 1;
            } else {
                m.insert(k.as_ref().to_string(), 1);
            }
        }
    }
    m
}

/// Builds the lexicon (frequencies + clusters) from documents given as token match keys.
pub fn build_lexicon<S: AsRef<str>>(docs: &[Vec<S>], cfg: &ClusterConfig) -> Lexicon {
    let counts = count_keys(docs);
    let mut freq_lex = Lexicon::new();
    for (k, &f) in &counts {
        freq_lex.insert(
            k.clone(),
            Entry {
                freq: f,
                clusters: [NO_CLUSTER; 3],
                cues: [0; 3],
                tagged: [0; 4],
            },
        );
    }
    // Stem ids per document.
    let mut stem_ids: HashMap<String, u32> = HashMap::default();
    let mut stem_freq: Vec<u32> = Vec::new();
    let mut stem_names: Vec<String> = Vec::new();
    let mut split_cache: HashMap<&str, u32> = HashMap::default();
    let mut seqs: Vec<Vec<u32>> = Vec::with_capacity(docs.len());
    for d in docs {
        let mut seq = Vec::with_capacity(d.len());
        for k in d {
            let k = k.as_ref();
            let id = match split_cache.get(k) {
                Some(&id) => id,
                None => {
                    let stem = clitic::split(k, &freq_lex).stem;
                    let next = stem_ids.len() as u32;
                    let id = *stem_ids.entry(stem.clone()).or_insert_with(|| {
                        stem_names.push(stem);
                        stem_freq.push(0);
                        next
                    });
                    split_cache.insert(k, id);
                    id
                }
            };
            stem_freq[id as usize] += 1;
            seq.push(id);
        }
        seqs.push(seq);
    }
    let clusters = cluster_stems(&seqs, &stem_freq, cfg);
    let cues = cue_counts(&seqs, &stem_names);
    let cue_of = |sid: usize| {
        let f = stem_freq[sid];
        cues[sid].map(|c| cue_bucket(c, f))
    };
    let mut lex = Lexicon::new();
    for (k, &f) in &counts {
        if f >= cfg.min_freq {
            let cues = stem_ids.get(k).map_or([0; 3], |&s| cue_of(s as usize));
            lex.insert(
                k.clone(),
                Entry {
                    freq: f,
                    clusters: [NO_CLUSTER; 3],
                    cues,
                    tagged: [0; 4],
                },
            );
        }
    }
    for (sid, c) in clusters {
        let name = &stem_names[sid as usize];
        let freq = counts.get(name).copied().unwrap_or(0).max(1);
        lex.insert(
            name.clone(),
            Entry {
                freq,
                clusters: c,
                cues: cue_of(sid as usize),
                tagged: [0; 4],
            },
        );
    }
    lex
}

/// Words whose next word is often a place name.
pub const LOC_CUES: [&str; 16] = [
    "في",
    "الي",
    "مدينه",
    "عاصمه",
    "بلده",
    "محافظه",
    "ولايه",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "منطقه",
    "اقليم",
    "قريه",
    "جمهوريه",
    "دوله",
];
/// Words whose next word is often an organisation name.
pub const ORG_CUES: [&str; 16] = [
    "شركه",
    "حزب",
    "حركه",
    "منظمه",
    "جمعيه",
    "صحيفه",
    "وكاله",
    "نادي",
    "فريق",
    "مجلس",
    "اتحاد",
    "جامعه",
    "بنك",
    "مجموعه",
    "قناه",
    "جماعه",
];

/// Per stem: occurrences right after a person, place and organisation cue.
fn cue_counts(seqs: &[Vec<u32>], names: &[String]) -> Vec<[u32; 3]> {
    let titles = Titles::embedded();
    let kind: Vec<Option<usize>> = names
        .iter()
        .map(|n| {
            let bare = crate::clitic::bare(n);
            if titles.is_role_word(n) || titles.is_honorific_word(n) {
                Some(0)
            } else if LOC_CUES.contains(&n.as_str()) || LOC_CUES.contains(&bare) {
                Some(1)
            } else if ORG_CUES.contains(&n.as_str()) || ORG_CUES.contains(&bare) {
                Some(2)
            } else {
                None
            }
        })
        .collect();
    let mut out = vec![[0u32; 3]; names.len()];
    for seq in seqs {
        for w in seq.windows(2) {
            if let Some(k) = kind[w[0] as usize] {
                out[w[1] as usize][k] += 1;
            }
        }
    }
    out
}

/// Bucket of a cue share: 0 none, then rising shares (1: < 2%, ..., 5: >= 40%); words seen
/// fewer than 3 times get at most bucket 1.
pub fn cue_bucket(cue: u32, freq: u32) -> u8 {
    if cue == 0 || freq == 0 {
        return 0;
    }
    if freq < 3 {
        return 1;
    }
    let r = f64::from(cue) / f64::from(freq);
    match r {
        r if r < 0.02 => 1,
        r if r < 0.05 => 2,
        r if r < 0.15 => 3,
        r if r < 0.4 => 4,
        _ => 5,
    }
}

/// ±1 pseudo-random projection entry for (context, dimension).
fn proj(ctx: u32, d: usize, seed: u64) -> f32 {
    let mut z = (u64::from(ctx) << 16 | d as u64) ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    if (z ^ (z >> 31)) & 1 == 0 {
        1.0
    } else {
        -1.0
    }
}

/// Clusters the most frequent stems; returns (stem id, [fine, mid, coarse]).
fn cluster_stems(seqs: &[Vec<u32>], freq: &[u32], cfg: &ClusterConfig) -> Vec<(u32, [u16; 3])> {
    let mut order: Vec<u32> = (0..freq.len() as u32).collect();
    order.sort_by(|a, b| freq[*b as usize].cmp(&freq[*a as usize]).then(a.cmp(b)));
    let vocab: Vec<u32> = order.iter().copied().take(cfg.vocab).collect();
    let mut row = vec![u32::MAX; freq.len()];
    for (i, &s) in vocab.iter().enumerate() {
        row[s as usize] = i as u32;
    }
    let mut ctx = vec![u32::MAX; freq.len()];
    for (i, &s) in order.iter().take(cfg.contexts).enumerate() {
        ctx[s as usize] = i as u32;
    }
    let vectors = context_vectors(seqs, &row, &ctx, vocab.len(), cfg);
    let fine = kmeans(&vectors, cfg.dims, cfg.k_fine, cfg.iterations, cfg.seed);
    let cents = centroids(&vectors, cfg.dims, &fine, cfg.k_fine);
    let mid = kmeans(
        &cents,
        cfg.dims,
        cfg.k_mid,
        cfg.iterations * 2,
        cfg.seed + 1,
    );
    let coarse = kmeans(
        &cents,
        cfg.dims,
        cfg.k_coarse,
        cfg.iterations * 2,
        cfg.seed + 2,
    );
    vocab
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            let f = fine[i];
            (s, [f as u16, mid[f] as u16, coarse[f] as u16])
        })
        .collect()
}

/// PPMI-weighted neighbour counts, projected to `dims` and L2-normalised (row-major).
fn context_vectors(
    seqs: &[Vec<u32>],
    row: &[u32],
    ctx: &[u32],
    n_rows: usize,
    cfg: &ClusterConfig,
) -> Vec<f32> {
    let mut counts: Vec<HashMap<u32, u32>> = vec![HashMap::default(); n_rows];
    let mut ctx_total = vec![0u64; 2 * cfg.contexts];
    let mut total = 0u64;
    for seq in seqs {
        for (i, &s) in seq.iter().enumerate() {
            let r = row[s as usize];
            if r == u32::MAX {
                continue;
            }
            let sides = [(i.checked_sub(1), 0u32), (Some(i + 1), cfg.contexts as u32)];
            for (j, side) in sides {
                let Some(&n) = j.and_then(|j| seq.get(j)) else {
                    continue;
                };
                let c = ctx[n as usize];
                if c != u32::MAX {
                    *counts[r as usize].entry(c + side).or_insert(0) += 1;
                    ctx_total[(c + side) as usize] += 1;
                    total += 1;
                }
            }
        }
    }
    let mut out = vec![0f32; n_rows * cfg.dims];
    for (r, m) in counts.iter().enumerate() {
        let row_total: u64 = m.values().map(|&v| u64::from(v)).sum();
        let v = &mut out[r * cfg.dims..(r + 1) * cfg.dims];
        // Fixed order: float sums must not depend on hash-map iteration.
        let mut cells: Vec<(u32, u32)> = m.iter().map(|(&c, &n)| (c, n)).collect();
        cells.sort_unstable();
        for (c, n) in cells {
            let pmi = ((f64::from(n) * total as f64)
                / (row_total as f64 * ctx_total[c as usize] as f64))
                .ln();
            if pmi > 0.0 {
                for (d, x) in v.iter_mut().enumerate() {
                    *x += pmi as f32 * proj(c, d, cfg.seed);
                }
            }
        }
        normalise(v);
    }
    out
}

fn normalise(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Spherical k-means; returns the cluster of each row. Deterministic for a seed.
pub fn kmeans(data: &[f32], dims: usize, k: usize, iterations: usize, seed: u64) -> Vec<usize> {
    let n = data.len() / dims;
    let k = k.min(n).max(1);
    // Initial centres: rows picked by a seeded stride walk over all rows.
    let mut cents = Vec::with_capacity(k * dims);
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut used = std::collections::HashSet::new();
    while used.len() < k {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let r = (state % n as u64) as usize;
        if used.insert(r) {
            cents.extend_from_slice(&data[r * dims..(r + 1) * dims]);
        }
    }
    let mut assign = vec![0usize; n];
    for _ in 0..iterations {
        for (i, a) in assign.iter_mut().enumerate() {
            let x = &data[i * dims..(i + 1) * dims];
            *a = nearest(x, &cents, dims);
        }
        let new = centroids(data, dims, &assign, k);
        for c in 0..k {
            let block = &new[c * dims..(c + 1) * dims];
            if block.iter().any(|&x| x != 0.0) {
                cents[c * dims..(c + 1) * dims].copy_from_slice(block);
            }
        }
    }
    assign
}

fn nearest(x: &[f32], cents: &[f32], dims: usize) -> usize {
    let mut best = (f32::MIN, 0);
    for (c, cv) in cents.chunks_exact(dims).enumerate() {
        let s: f32 = x.iter().zip(cv).map(|(a, b)| a * b).sum();
        if s > best.0 {
            best = (s, c);
        }
    }
    best.1
}

/// Normalised mean vector of each cluster.
fn centroids(data: &[f32], dims: usize, assign: &[usize], k: usize) -> Vec<f32> {
    let mut out = vec![0f32; k * dims];
    for (i, &a) in assign.iter().enumerate() {
        for d in 0..dims {
            out[a * dims + d] += data[i * dims + d];
        }
    }
    for c in out.chunks_exact_mut(dims) {
        normalise(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kmeans_separates_two_directions() {
        let data = vec![1.0, 0.0, 0.9, 0.1, 0.0, 1.0, 0.1, 0.9];
        let a = kmeans(&data, 2, 2, 5, 3);
        assert_eq!(a[0], a[1]);
        assert_eq!(a[2], a[3]);
        assert_ne!(a[0], a[2]);
    }

    #[test]
    fn words_in_the_same_slots_share_a_cluster() {
        // Two city names always after "في" and before "امس"; two verbs after "وقال".
        let mut docs = Vec::new();
        for i in 0..200 {
            let city = if i % 2 == 0 {
                "القاهره"
            } else {
                "بغداد"
            };
            let verb = if i % 3 == 0 { "ذهب" } else { "عاد" };
            docs.push(vec!["في", city, "امس", "ثم", verb, "الي", "البيت"]);
        }
        let cfg = ClusterConfig {
            vocab: 50,
            contexts: 50,
            dims: 32,
            k_fine: 3,
            k_mid: 2,
            k_coarse: 2,
            iterations: 8,
            min_freq: 1,
            seed: 1,
        };
        let lex = build_lexicon(&docs, &cfg);
        let c = |w: &str| lex.get(w).unwrap().clusters[0];
        assert_eq!(c("القاهره"), c("بغداد"));
        assert_eq!(c("ذهب"), c("عاد"));
        assert_ne!(c("القاهره"), c("ذهب"));
        assert_eq!(lex.freq("في"), 200);
    }
}
