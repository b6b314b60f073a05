//! The NER model: tagger weights plus the resources its features read, in one file.
//!
//! File layout: `RASDNER2`, then five sections, each a little-endian `u32` length and its
//! bytes: the [`rasd_tagger::Model`] bytes, the lexicon text, the gazetteer text, the
//! second-stage tagger (empty when there is none) and the role / honorific trigger list the
//! features were trained with ([`Titles::to_text`]).

use crate::features::{
    gazetteer_marks, local_features, prepare, sentence_context_features, Prepared, Resources,
    SentenceAtoms, NEIGHBOURS,
};
use crate::fxhash::FxHashMap;
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicon;
use crate::titles::Titles;
use rasd_tagger::{Feature, Model};
use std::fmt;

/// The label set, in id order.
pub const LABELS: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
];

const MAGIC: &[u8; 8] = b"RASDNER2";

/// Why a model file could not be read.
#[derive(Debug)]
pub enum NerError {
    /// Wrong magic bytes or truncated section.
    Format(&'static str),
    /// The tagger section is invalid.
    Tagger(rasd_tagger::ModelError),
}

impl fmt::Display for NerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NerError::Format(m) => write!(f, "bad NER model file: {m}"),
            NerError::Tagger(e) => write!(f, "bad NER model file: {e}"),
        }
    }
}

impl std::error::Error for NerError {}

/// A trained recogniser over word sequences.
#[derive(Debug, Clone)]
pub struct NerModel {
    /// First-stage sequence labeller over [`LABELS`].
    pub tagger: Model,
    /// Second-stage labeller (first-stage features plus window votes), if trained.
    pub stage2: Option<Model>,
    /// Lexicon, gazetteer and trigger words.
    pub res: Resources,
}

/// True when `cur` may follow `prev` in BIO (`I-X` only after `B-X` or `I-X`).
pub fn bio_allowed(labels: &[String], prev: Option<u32>, cur: u32) -> bool {
    let c = &labels[cur as usize];
    let Some(ty) = c.strip_prefix("I-") else {
        return true;
    };
    match prev {
        None => false,
        Some(p) => labels[p as usize].get(2..) == Some(ty),
    }
}

/// The committed model file, embedded in the binary.
static EMBEDDED_BYTES: &[u8] = include_bytes!("../models/ner.bin");

/// Per-word emission scores by match key (the word's own and as a neighbour) of one tagger.
#[derive(Debug, Clone, Default)]
pub struct ScoreCache {
    /// Word match key → offset of its [`CACHED_ROWS`] rows.
    map: FxHashMap<String, usize>,
    /// Offsets of the padding rows (distance 1, 2), once computed.
    pads: Option<[usize; 2]>,
    rows: Vec<f32>,
}

/// Turns an `I-X` that cannot continue a chunk into `B-X` (conlleval reads it the same way).
pub fn repair_bio(labels: &[String], ids: &mut [u32]) {
    for i in 0..ids.len() {
        let prev = i.checked_sub(1).map(|j| ids[j]);
        if !bio_allowed(labels, prev, ids[i]) {
            let b = format!("B-{}", &labels[ids[i] as usize][2..]);
            if let Some(k) = labels.iter().position(|x| *x == b) {
                ids[i] = k as u32;
            }
        }
    }
}

impl NerModel {
    /// The committed model (trained by `rasd train ner`), parsed once.
    pub fn embedded() -> &'static NerModel {
        static M: std::sync::OnceLock<NerModel> = std::sync::OnceLock::new();
        M.get_or_init(|| NerModel::from_bytes(EMBEDDED_BYTES).expect("embedded NER model is valid"))
    }

    /// Serialises to the file layout in the module docs.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        for sec in [
            self.tagger.to_bytes(),
            self.res.lex.to_text().into_bytes(),
            self.res.gaz.to_text().into_bytes(),
            self.stage2.as_ref().map_or_else(Vec::new, Model::to_bytes),
            self.res.titles.to_text().into_bytes(),
        ] {
            out.extend_from_slice(&(sec.len() as u32).to_le_bytes());
            out.extend_from_slice(&sec);
        }
        out
    }

    /// Reads a model written by [`NerModel::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<NerModel, NerError> {
        let rest = b.strip_prefix(MAGIC).ok_or(NerError::Format(
            "not a RASDNER2 model (an older or foreign file: retrain with `rasd train ner`)",
        ))?;
        let mut secs = Vec::new();
        let mut rest = rest;
        for _ in 0..5 {
            if rest.len() < 4 {
                return Err(NerError::Format("truncated"));
            }
            let n = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
            let body = rest.get(4..4 + n).ok_or(NerError::Format("truncated"))?;
            secs.push(body);
            rest = &rest[4 + n..];
        }
        let tagger = Model::from_bytes(secs[0]).map_err(NerError::Tagger)?;
        let stage2 = match secs[3] {
            [] => None,
            b => Some(Model::from_bytes(b).map_err(NerError::Tagger)?),
        };
        let text = |s: &[u8]| std::str::from_utf8(s).map(str::to_string);
        let lex = text(secs[1]).map_err(|_| NerError::Format("lexicon utf-8"))?;
        let gaz = text(secs[2]).map_err(|_| NerError::Format("gazetteer utf-8"))?;
        let titles = text(secs[4]).map_err(|_| NerError::Format("titles utf-8"))?;
        Ok(NerModel {
            tagger,
            stage2,
            res: Resources {
                lex: Lexicon::from_text(&lex),
                gaz: Gazetteer::from_text(&gaz),
                titles: Titles::from_text(&titles),
            },
        })
    }

    /// A copy whose taggers keep only features with a weight of at least `min_weight` in
    /// magnitude ([`Model::pruned`]).
    pub fn pruned(&self, min_weight: f32) -> NerModel {
        NerModel {
            tagger: self.tagger.pruned(min_weight),
            stage2: self.stage2.as_ref().map(|m| m.pruned(min_weight)),
            res: self.res.clone(),
        }
    }

    /// Prepares the tokens of a sentence (match keys) for [`NerModel::tag_prepared`].
    pub fn prepare<S: AsRef<str>>(&self, keys: &[S]) -> Vec<Prepared> {
        prepare(keys, &self.res)
    }

    /// Label ids for a prepared sentence (BIO-consistent).
    pub fn tag_prepared(&self, prep: &[Prepared]) -> Vec<u32> {
        self.tag_document(&[prep.to_vec()])
            .pop()
            .unwrap_or_default()
    }

    /// Label ids for every sentence of a document (or of a file read as one): the first stage
    /// per sentence, then, when the model has one, the second stage with window votes.
    pub fn tag_document(&self, sents: &[Vec<Prepared>]) -> Vec<Vec<u32>> {
        self.tag_document_with(sents, &mut WordCaches::default())
    }

    /// [`NerModel::tag_document`] reusing the word scores `caches` kept from earlier documents
    /// (the same labels as fresh caches, faster on a stream of documents). The caches must
    /// only ever be used with this model.
    pub fn tag_document_with(
        &self,
        sents: &[Vec<Prepared>],
        caches: &mut WordCaches,
    ) -> Vec<Vec<u32>> {
        caches.bound();
        let [cache, cache2] = &mut caches.stages;
        let first: Vec<Vec<u32>> = sents
            .iter()
            .map(|p| tag_with(&self.tagger, &self.res, p, None, cache))
            .collect();
        let Some(stage2) = &self.stage2 else {
            return first;
        };
        let votes = self.votes(sents, &first);
        sents
            .iter()
            .zip(&votes)
            .map(|(p, v)| tag_with(stage2, &self.res, p, Some(v), cache2))
            .collect()
    }

    /// Window votes from label ids (see [`crate::stack`]).
    pub fn votes(
        &self,
        sents: &[Vec<Prepared>],
        ids: &[Vec<u32>],
    ) -> Vec<Vec<crate::stack::Votes>> {
        let labels = self.tagger.labels();
        let slots: Vec<Vec<usize>> = ids
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&i| crate::stack::slot(&labels[i as usize]))
                    .collect()
            })
            .collect();
        crate::stack::window_votes(sents, &slots)
    }
}

/// The word-score caches of both stages of one model (see [`NerModel::tag_document_with`]).
#[derive(Debug, Clone, Default)]
pub struct WordCaches {
    stages: [ScoreCache; 2],
}

impl WordCaches {
    /// Most words a cache keeps before it starts afresh (about 10 MB per stage).
    pub const MAX_WORDS: usize = 50_000;

    /// Empties a stage's cache that has grown past [`WordCaches::MAX_WORDS`].
    fn bound(&mut self) {
        for c in &mut self.stages {
            if c.map.len() > Self::MAX_WORDS {
                *c = ScoreCache::default();
            }
        }
    }
}

/// Rows per cached word: its local scores, then its scores as each of the [`NEIGHBOURS`].
const CACHED_ROWS: usize = 1 + NEIGHBOURS.len();

impl ScoreCache {
    /// Offset in `rows` of the word at `j`'s cached scores, computed on first sight.
    fn word(&mut self, tagger: &Model, atoms: &SentenceAtoms<'_>, p: &Prepared, j: usize) -> usize {
        if let Some(&at) = self.map.get(&p.key) {
            return at;
        }
        let at = self.push_rows(tagger, |k, f| match k {
            0 => local_features(p, f),
            _ => atoms.neighbour_features(j as isize, NEIGHBOURS[k - 1], f),
        });
        self.map.insert(p.key.clone(), at);
        at
    }

    /// Offsets in `rows` of the padding beyond the sentence edge at distance 1 and 2, seen as
    /// each neighbour (their local rows unused).
    fn padding(&mut self, tagger: &Model, atoms: &SentenceAtoms<'_>) -> [usize; 2] {
        if let Some(pads) = self.pads {
            return pads;
        }
        let pads = [1isize, 2].map(|distance| {
            self.push_rows(tagger, |k, f| {
                if k > 0 {
                    atoms.neighbour_features(-distance, NEIGHBOURS[k - 1], f)
                }
            })
        });
        self.pads = Some(pads);
        pads
    }

    fn push_rows(&mut self, tagger: &Model, features: impl Fn(usize, &mut Vec<Feature>)) -> usize {
        let l = tagger.labels().len();
        let at = self.rows.len();
        self.rows.resize(at + CACHED_ROWS * l, 0.0);
        let mut f = Vec::with_capacity(48);
        for k in 0..CACHED_ROWS {
            f.clear();
            features(k, &mut f);
            tagger.scores(&f, &mut self.rows[at + k * l..at + (k + 1) * l]);
        }
        at
    }
}

/// Tags one sentence with `tagger`, adding vote features when `votes` is given.
fn tag_with(
    tagger: &Model,
    res: &Resources,
    prep: &[Prepared],
    votes: Option<&[crate::stack::Votes]>,
    cache: &mut ScoreCache,
) -> Vec<u32> {
    let emit = emissions(tagger, res, prep, votes, cache);
    let mut ids = tagger.decode_scores(&emit, prep.len());
    repair_bio(tagger.labels(), &mut ids);
    ids
}

/// Emission scores of one sentence (`labels × tokens`). The scores of the features that depend
/// on one word only (its own, and its own as a neighbour) are cached per word for the document,
/// so only the sentence-context features are looked up per token.
fn emissions(
    tagger: &Model,
    res: &Resources,
    prep: &[Prepared],
    votes: Option<&[crate::stack::Votes]>,
    cache: &mut ScoreCache,
) -> Vec<f32> {
    let (l, n) = (tagger.labels().len(), prep.len());
    let marks = gazetteer_marks(prep, &res.gaz);
    let atoms = SentenceAtoms::new(prep, &marks);
    let words: Vec<usize> = prep
        .iter()
        .enumerate()
        .map(|(j, p)| cache.word(tagger, &atoms, p, j))
        .collect();
    let pads = cache.padding(tagger, &atoms);
    let mut emit = vec![0f32; n * l];
    let mut f = Vec::with_capacity(32);
    for i in 0..n {
        let row = &mut emit[i * l..(i + 1) * l];
        row.copy_from_slice(&cache.rows[words[i]..words[i] + l]);
        for (k, o) in NEIGHBOURS.iter().enumerate() {
            let j = i as isize + o;
            let at = match usize::try_from(j) {
                Ok(j) if j < n => words[j],
                Ok(j) => pads[j - n],
                Err(_) => pads[(-j - 1) as usize],
            } + (k + 1) * l;
            row.iter_mut()
                .zip(&cache.rows[at..at + l])
                .for_each(|(r, w)| *r += *w);
        }
        f.clear();
        sentence_context_features(&atoms, i, &mut f);
        if let Some(v) = votes {
            crate::stack::vote_features(v, i, &mut f);
        }
        tagger.scores(&f, row);
    }
    emit
}

impl NerModel {
    /// BIO tags for a sentence given as token match keys.
    pub fn tag_keys<S: AsRef<str>>(&self, keys: &[S]) -> Vec<String> {
        let prep = self.prepare(keys);
        let labels = self.tagger.labels();
        self.tag_prepared(&prep)
            .into_iter()
            .map(|i| labels[i as usize].clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraint() {
        let l: Vec<String> = LABELS.iter().map(|s| s.to_string()).collect();
        let id = |s: &str| l.iter().position(|x| x == s).unwrap() as u32;
        assert!(!bio_allowed(&l, None, id("I-PER")));
        assert!(bio_allowed(&l, Some(id("B-PER")), id("I-PER")));
        assert!(bio_allowed(&l, Some(id("I-PER")), id("I-PER")));
        assert!(!bio_allowed(&l, Some(id("B-LOC")), id("I-PER")));
        assert!(bio_allowed(&l, Some(id("O")), id("B-ORG")));
        let mut ids = vec![id("I-PER"), id("I-PER"), id("O"), id("I-LOC")];
        repair_bio(&l, &mut ids);
        assert_eq!(ids, vec![id("B-PER"), id("I-PER"), id("O"), id("B-LOC")]);
    }

    #[test]
    fn cached_scores_equal_the_full_feature_lists() {
        let model = NerModel::embedded();
        let l = model.tagger.labels().len();
        let mut cache = ScoreCache::default();
        for s in [
            "وقال وزير الدفاع الاميركي اشتون كارتر في بروكسل ان الحلف سيساعد",
            "اكد كارتر ان حلف شمال الاطلسي",
            "بروكسل",
            "في بروكسل",
        ] {
            let prep = model.prepare(&s.split(' ').collect::<Vec<_>>());
            let got = emissions(&model.tagger, &model.res, &prep, None, &mut cache);
            let marks = gazetteer_marks(&prep, &model.res.gaz);
            let full = crate::features::sentence_features(&prep, &marks);
            for (i, f) in full.iter().enumerate() {
                let mut want = vec![0f32; l];
                model.tagger.scores(f, &mut want);
                for (g, w) in got[i * l..(i + 1) * l].iter().zip(&want) {
                    assert!((g - w).abs() < 1e-3, "{s}: token {i}: {g} vs {w}");
                }
            }
        }
    }

    #[test]
    fn caches_kept_across_documents_give_the_same_labels() {
        let model = NerModel::embedded();
        let docs: Vec<Vec<Vec<Prepared>>> = [
            "قال وزير الدفاع اشتون كارتر في بروكسل",
            "التقى كارتر نظيره في الكويت امس",
        ]
        .iter()
        .map(|s| vec![model.prepare(&s.split(' ').collect::<Vec<_>>())])
        .collect();
        let mut kept = WordCaches::default();
        for doc in &docs {
            assert_eq!(
                model.tag_document_with(doc, &mut kept),
                model.tag_document(doc)
            );
        }
        assert!(!kept.stages[0].map.is_empty());
    }

    #[test]
    fn committed_model_was_trained_with_the_crate_trigger_list() {
        // An edit to data/titles.txt changes the tagger's features: retrain with `rasd train ner`.
        assert_eq!(
            NerModel::embedded().res.titles.to_text(),
            Titles::embedded().to_text()
        );
    }

    #[test]
    fn rejects_garbage() {
        assert!(NerModel::from_bytes(b"nope").is_err());
        assert!(NerModel::from_bytes(b"RASDNER1\x05\x00\x00\x00ab").is_err());
    }
}
