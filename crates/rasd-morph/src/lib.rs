//! Arabic clitic segmentation, POS tagging and light stemming for rasd.
//!
//! Every word gets two views, both with byte spans into the ORIGINAL text:
//! - fine morphemes in the Farasa scheme (`و+ال+ست+ين`, tags `CONJ+DET+ADJ+NSUFF`);
//! - UD-style syntactic words: only the clitics و ف ب ل ك س and pronoun suffixes are split,
//!   the article, ة and inflection stay with the stem; each word carries a UPOS tag.
//!
//! plus the `+`-joined POS string, a light stem and its match key.
//!
//! The model is a character-level structured perceptron for segmentation (labels I/B plus two
//! labels for the article written as لل) and a morpheme-level perceptron for POS, both from
//! `rasd-tagger`, trained on QCRI WikiNews (train part) with word-frequency statistics from the
//! unlabelled news corpus. The POS model is the mean of ten perceptrons trained with
//! consecutive shuffle seeds (`--pos-bags`, chosen by 5-fold cross-validation inside train).
//! Where a clause's perfect verb stands (a sentence's first word, or the word after أن and its
//! definite subject), a bare stem the tagger read as a noun is a verb when the news corpus also
//! conjugates it (`pos::opens_with_verb`): وقتل الجيش, not "and the killing of the army".
//! `rasd train seg` reproduces the embedded model file bit for bit.
//!
//! ```
//! let a = rasd_morph::Analyzer::embedded();
//! let r = a.analyze_word("وبالوزيرة");
//! assert_eq!(r.morphemes.first().unwrap().form, "و");
//! assert_eq!(r.morphemes.iter().map(|m| m.span.len()).sum::<usize>(), "وبالوزيرة".len());
//! ```

mod analyzer;
pub mod conllu;
pub mod dist;
pub mod eval;
pub mod freq;
pub mod gold;
mod model;
pub mod normal;
pub mod pos;
pub mod seg;
pub mod train;
pub mod ud;

pub use analyzer::{Analyzer, WordView};
pub use model::{MorphError, MorphModel};
pub use rasd_text::Span;

use serde::Serialize;

/// The committed model (`rasd train seg` writes it).
pub(crate) static EMBEDDED_MODEL: &[u8] = include_bytes!("../models/seg.bin");

/// The bytes of the committed model file embedded in this build.
pub fn embedded_model_bytes() -> &'static [u8] {
    EMBEDDED_MODEL
}

/// One morpheme in the Farasa scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Morpheme {
    /// Bytes in the original text (empty for an article that left no letter, as in للغة).
    pub span: Span,
    /// Normalised form; `ال` for an article written as `ل` inside `لل`.
    pub form: String,
    /// Farasa tag (NOUN, DET, NSUFF, PREP, CONJ, V, PRON, ADJ, PART, NUM, PUNC, CASE, FUT_PART, ADV, FOREIGN, ABBREV).
    pub tag: String,
}

/// One UD-style syntactic word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyntacticWord {
    /// Bytes in the original text.
    pub span: Span,
    /// Normalised form (morpheme forms joined: `الفيلم` inside `للفيلم`).
    pub form: String,
    /// Universal POS.
    pub upos: String,
}

/// Analysis of one token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenAnalysis {
    /// Farasa-scheme morphemes, in order; their spans tile the token.
    pub morphemes: Vec<Morpheme>,
    /// UD-style words, in order (more than one: a multiword token).
    pub words: Vec<SyntacticWord>,
    /// Morpheme tags joined with `+` (the gold tagset, e.g. `CONJ+DET+NOUN+NSUFF`).
    pub pos: String,
    /// Light stem: the core word without article, suffixes and pronouns.
    pub stem: String,
    /// `rasd_text::match_key` of the stem, for dictionaries and search.
    pub key: String,
}

impl TokenAnalysis {
    /// Morpheme forms joined with `+` (the Farasa segmentation string).
    pub fn seg_string(&self) -> String {
        let forms: Vec<&str> = self.morphemes.iter().map(|m| m.form.as_str()).collect();
        forms.join("+")
    }
}
