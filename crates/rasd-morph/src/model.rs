//! The model file: segmenter, POS tagger, corpus statistics, exception lexicon, cache word list.
//!
//! Layout (little-endian): `"RMOR"`, version `u32`, then seven length-prefixed (`u32`) sections:
//! segmenter model, POS head-tag model (both rasd-tagger files), corpus frequency table, exception
//! lexicon (`word\tm1+m2` lines), memo-cache word list (one word per line), affix tag table,
//! distributional signatures.

use crate::dist::WordDist;
use crate::freq::WordFreq;
use crate::pos::AffixTable;
use rasd_tagger::Model;
use std::collections::HashMap;

const MAGIC: &[u8; 4] = b"RMOR";
const VERSION: u32 = 1;

/// Error reading a morphology model file.
#[derive(Debug, thiserror::Error)]
pub enum MorphError {
    /// Not a rasd-morph model.
    #[error("not a rasd-morph model file")]
    BadMagic,
    /// Unknown version.
    #[error("unsupported rasd-morph model version {0}")]
    Version(u32),
    /// Truncated or inconsistent file.
    #[error("corrupt rasd-morph model file: {0}")]
    Corrupt(&'static str),
    /// An inner tagger model failed to load.
    #[error("tagger model: {0}")]
    Tagger(#[from] rasd_tagger::ModelError),
}

/// Everything the analyser needs, as trained.
#[derive(Debug, Clone)]
pub struct MorphModel {
    /// Character segmenter (labels I, B, BA, BX).
    pub seg: Model,
    /// Word-level tagger of the head morpheme's Farasa tag.
    pub pos: Model,
    /// Affix tags given form, side and head tag.
    pub affixes: AffixTable,
    /// Corpus frequency buckets (empty when trained without the corpus).
    pub freq: WordFreq,
    /// Words whose written form cannot come from character labels (n-assimilation).
    pub exceptions: HashMap<String, Vec<String>>,
    /// Frequent words whose analyses are memoised on first use.
    pub cache_words: Vec<String>,
    /// Distributional signatures (empty when trained without the corpus).
    pub dist: WordDist,
}

fn section(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

impl MorphModel {
    /// Serialises the model deterministically.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        section(&mut out, &self.seg.to_bytes());
        section(&mut out, &self.pos.to_bytes());
        section(&mut out, &self.freq.to_bytes());
        let mut ex: Vec<String> = self
            .exceptions
            .iter()
            .map(|(w, m)| format!("{w}\t{}", m.join("+")))
            .collect();
        ex.sort();
        section(&mut out, ex.join("\n").as_bytes());
        section(&mut out, self.cache_words.join("\n").as_bytes());
        section(&mut out, self.affixes.to_text().as_bytes());
        section(&mut out, &self.dist.to_bytes());
        out
    }

    /// Reads [`MorphModel::to_bytes`] output.
    pub fn from_bytes(b: &[u8]) -> Result<MorphModel, MorphError> {
        if b.get(..4) != Some(MAGIC.as_slice()) {
            return Err(MorphError::BadMagic);
        }
        let v = u32::from_le_bytes(
            b.get(4..8)
                .ok_or(MorphError::Corrupt("header"))?
                .try_into()
                .expect("4"),
        );
        if v != VERSION {
            return Err(MorphError::Version(v));
        }
        let mut pos = 8;
        let mut next = || -> Result<&[u8], MorphError> {
            let len = b
                .get(pos..pos + 4)
                .ok_or(MorphError::Corrupt("section length"))?;
            let len = u32::from_le_bytes(len.try_into().expect("4")) as usize;
            let s = b
                .get(pos + 4..pos + 4 + len)
                .ok_or(MorphError::Corrupt("section body"))?;
            pos += 4 + len;
            Ok(s)
        };
        let seg = Model::from_bytes(next()?)?;
        let pos_model = Model::from_bytes(next()?)?;
        let freq = WordFreq::from_bytes(next()?).ok_or(MorphError::Corrupt("frequency table"))?;
        let ex = std::str::from_utf8(next()?).map_err(|_| MorphError::Corrupt("exceptions"))?;
        let exceptions = ex
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(w, m)| (w.to_string(), m.split('+').map(String::from).collect()))
            .collect();
        let cw = std::str::from_utf8(next()?).map_err(|_| MorphError::Corrupt("cache words"))?;
        let cache_words = cw
            .lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let af = std::str::from_utf8(next()?).map_err(|_| MorphError::Corrupt("affix table"))?;
        let affixes = AffixTable::from_text(af).ok_or(MorphError::Corrupt("affix table"))?;
        let dist = WordDist::from_bytes(next()?).ok_or(MorphError::Corrupt("signatures"))?;
        if pos != b.len() {
            return Err(MorphError::Corrupt("trailing bytes"));
        }
        Ok(MorphModel {
            dist,
            seg,
            pos: pos_model,
            affixes,
            freq,
            exceptions,
            cache_words,
        })
    }
}
