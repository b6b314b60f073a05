//! conlleval-exact scoring of BIO-tagged sequences.
//!
//! This is a line-by-line port of the chunk logic of the CoNLL-2000 `conlleval` Perl script:
//! a chunk starts at `B-X` (or `S-X`), or at `I-X`/`E-X` after `O` or after a tag of another
//! type; it ends where the next chunk starts or an `O` follows. A predicted chunk is correct
//! only when its type and both boundaries equal a gold chunk. A sentence boundary acts as `O`.
//! Tags may use any type names (`PERS`, `PER`, ...); `O` is outside.
//!
//! ```
//! use rasd_eval::conll::ConllCounter;
//! let mut c = ConllCounter::default();
//! c.add_sentence(&["B-PER", "I-PER", "O"], &["B-PER", "O", "O"]).unwrap();
//! let r = c.report();
//! assert_eq!(r.micro.correct, 0);
//! assert_eq!(r.micro.gold, 1);
//! ```

use rasd_text::prf::{self, IfEmpty, Prf};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// Precision, recall and F1 (percentages) with the counts they come from.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Number of gold chunks.
    pub gold: usize,
    /// Number of predicted chunks.
    pub predicted: usize,
    /// Number of predicted chunks that exactly match a gold chunk (type and both boundaries).
    pub correct: usize,
    /// `100 * correct / predicted` (0 when nothing was predicted).
    pub precision: f64,
    /// `100 * correct / gold` (0 when there is no gold chunk).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl Scores {
    /// Builds the scores from the three counts, as conlleval computes them.
    pub fn from_counts(gold: usize, predicted: usize, correct: usize) -> Scores {
        let s = Prf::one_to_one(gold, predicted, correct).percent(IfEmpty::Zero);
        Scores {
            gold,
            predicted,
            correct,
            precision: s.precision,
            recall: s.recall,
            f1: s.f1,
        }
    }
}

/// The result of a conlleval run: token accuracy, micro-averaged and per-type chunk scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Number of tokens scored.
    pub tokens: usize,
    /// Number of sentences scored.
    pub sentences: usize,
    /// Token-level tag accuracy in percent.
    pub accuracy: f64,
    /// Micro-averaged chunk scores over all types.
    pub micro: Scores,
    /// Chunk scores per type (types seen in gold or prediction), sorted by name.
    pub per_type: BTreeMap<String, Scores>,
}

impl fmt::Display for Report {
    /// Writes the report in conlleval's own text layout.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            self.tokens, self.micro.gold, self.micro.predicted, self.micro.correct
        )?;
        writeln!(
            f,
            "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}",
            self.accuracy, self.micro.precision, self.micro.recall, self.micro.f1
        )?;
        for (ty, s) in &self.per_type {
            writeln!(
                f,
                "{:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                ty, s.precision, s.recall, s.f1, s.predicted
            )?;
        }
        Ok(())
    }
}

/// Why a sentence could not be scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConllError {
    /// Gold and predicted sequences differ in length.
    LengthMismatch {
        /// Index of the offending sentence (0-based, in the order added).
        sentence: usize,
        /// Gold length.
        gold: usize,
        /// Predicted length.
        predicted: usize,
    },
}

impl fmt::Display for ConllError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConllError::LengthMismatch {
                sentence,
                gold,
                predicted,
            } => write!(
                f,
                "sentence {sentence}: {gold} gold tags but {predicted} predicted tags"
            ),
        }
    }
}

impl std::error::Error for ConllError {}

/// Splits a tag into its prefix (`B`, `I`, `E`, `S`, `O`) and type, as conlleval does.
fn split_tag(tag: &str) -> (&str, &str) {
    if tag == "O" || tag.is_empty() {
        return ("O", "");
    }
    match tag.split_once('-') {
        Some((p, t)) => (p, t),
        None => (tag, ""),
    }
}

/// conlleval's `endOfChunk`: does a chunk end between the previous tag and this one?
fn end_of_chunk(prev_tag: &str, tag: &str, prev_type: &str, ty: &str) -> bool {
    matches!(
        (prev_tag, tag),
        ("E", _) | ("S", _) | ("B", "B" | "S" | "O") | ("I", "B" | "S" | "O")
    ) || (prev_tag != "O" && prev_tag != "." && prev_type != ty)
}

/// conlleval's `startOfChunk`: does a chunk start at this tag?
fn start_of_chunk(prev_tag: &str, tag: &str, prev_type: &str, ty: &str) -> bool {
    matches!(
        (prev_tag, tag),
        (_, "B" | "S") | ("E" | "S" | "O", "E" | "I")
    ) || (tag != "O" && tag != "." && prev_type != ty)
}

/// Incremental conlleval counter: add sentences, then read the [`Report`].
#[derive(Debug, Clone, Default)]
pub struct ConllCounter {
    tokens: usize,
    sentences: usize,
    correct_tags: usize,
    gold: BTreeMap<String, usize>,
    predicted: BTreeMap<String, usize>,
    correct: BTreeMap<String, usize>,
}

/// Per-sentence chunk state (the Perl script's `$lastCorrect`, `$inCorrect`, ...).
struct ChunkState<'a> {
    last_gold: (&'a str, &'a str),
    last_pred: (&'a str, &'a str),
    in_correct: bool,
    correct_type: &'a str,
}

impl ConllCounter {
    /// Scores one sentence; `gold[i]` and `predicted[i]` are the tags of token `i`.
    pub fn add_sentence<S: AsRef<str>, T: AsRef<str>>(
        &mut self,
        gold: &[S],
        predicted: &[T],
    ) -> Result<(), ConllError> {
        if gold.len() != predicted.len() {
            return Err(ConllError::LengthMismatch {
                sentence: self.sentences,
                gold: gold.len(),
                predicted: predicted.len(),
            });
        }
        self.sentences += 1;
        let mut st = ChunkState {
            last_gold: ("O", ""),
            last_pred: ("O", ""),
            in_correct: false,
            correct_type: "",
        };
        for (g, p) in gold.iter().zip(predicted) {
            self.step(&mut st, split_tag(g.as_ref()), split_tag(p.as_ref()));
            self.tokens += 1;
            if g.as_ref() == p.as_ref() {
                self.correct_tags += 1;
            }
        }
        // The sentence boundary behaves as an `O` token (not counted as a token).
        self.step(&mut st, ("O", ""), ("O", ""));
        Ok(())
    }

    /// One token of the conlleval main loop.
    fn step<'a>(&mut self, st: &mut ChunkState<'a>, g: (&'a str, &'a str), p: (&'a str, &'a str)) {
        let end_g = end_of_chunk(st.last_gold.0, g.0, st.last_gold.1, g.1);
        let end_p = end_of_chunk(st.last_pred.0, p.0, st.last_pred.1, p.1);
        let start_g = start_of_chunk(st.last_gold.0, g.0, st.last_gold.1, g.1);
        let start_p = start_of_chunk(st.last_pred.0, p.0, st.last_pred.1, p.1);
        if st.in_correct {
            if end_g && end_p && st.last_pred.1 == st.last_gold.1 {
                st.in_correct = false;
                *self.correct.entry(st.correct_type.to_string()).or_default() += 1;
            } else if end_g != end_p || g.1 != p.1 {
                st.in_correct = false;
            }
        }
        if start_g && start_p && g.1 == p.1 {
            st.in_correct = true;
            st.correct_type = g.1;
        }
        if start_g {
            *self.gold.entry(g.1.to_string()).or_default() += 1;
        }
        if start_p {
            *self.predicted.entry(p.1.to_string()).or_default() += 1;
        }
        st.last_gold = g;
        st.last_pred = p;
    }

    /// The scores of everything added so far.
    pub fn report(&self) -> Report {
        let mut per_type = BTreeMap::new();
        let types = self.gold.keys().chain(self.predicted.keys());
        for ty in types {
            let get = |m: &BTreeMap<String, usize>| m.get(ty).copied().unwrap_or(0);
            per_type.insert(
                ty.clone(),
                Scores::from_counts(get(&self.gold), get(&self.predicted), get(&self.correct)),
            );
        }
        let sum = |m: &BTreeMap<String, usize>| m.values().sum::<usize>();
        Report {
            tokens: self.tokens,
            sentences: self.sentences,
            accuracy: prf::ratio(self.correct_tags, self.tokens, 100.0, false),
            micro: Scores::from_counts(sum(&self.gold), sum(&self.predicted), sum(&self.correct)),
            per_type,
        }
    }
}

/// Scores whole corpora: `gold[s]` / `predicted[s]` are the tag sequences of sentence `s`.
pub fn evaluate<S: AsRef<str>, T: AsRef<str>>(
    gold: &[Vec<S>],
    predicted: &[Vec<T>],
) -> Result<Report, ConllError> {
    let mut c = ConllCounter::default();
    for (g, p) in gold.iter().zip(predicted) {
        c.add_sentence(g, p)?;
    }
    Ok(c.report())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(g: &[&str], p: &[&str]) -> Report {
        let mut c = ConllCounter::default();
        c.add_sentence(g, p).unwrap();
        c.report()
    }

    #[test]
    fn exact_match_counts_once_per_chunk() {
        let r = score(
            &["B-PER", "I-PER", "O", "B-LOC"],
            &["B-PER", "I-PER", "O", "B-LOC"],
        );
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (2, 2, 2)
        );
        assert_eq!(r.micro.f1, 100.0);
        assert_eq!(r.accuracy, 100.0);
    }

    #[test]
    fn boundary_error_is_wrong_in_both_directions() {
        // Gold PER spans two tokens; prediction stops after one and adds a LOC.
        let r = score(&["B-PER", "I-PER", "O"], &["B-PER", "O", "B-LOC"]);
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (1, 2, 0)
        );
        assert_eq!(r.per_type["LOC"].predicted, 1);
        assert_eq!(r.per_type["PER"].gold, 1);
        assert!((r.accuracy - 100.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn longer_prediction_is_wrong() {
        let r = score(&["B-ORG", "O"], &["B-ORG", "I-ORG"]);
        assert_eq!(r.micro.correct, 0);
    }

    #[test]
    fn i_after_o_starts_a_chunk_as_in_conlleval() {
        // conlleval treats a stray I-X as the start of a chunk: it matches B-X in gold.
        let r = score(&["O", "B-LOC", "I-LOC"], &["O", "I-LOC", "I-LOC"]);
        assert_eq!(r.micro.correct, 1);
        // I-X after a chunk of another type starts a new chunk.
        let r = score(&["B-PER", "B-LOC"], &["B-PER", "I-LOC"]);
        assert_eq!((r.micro.predicted, r.micro.correct), (2, 2));
    }

    #[test]
    fn type_error_is_not_correct() {
        let r = score(&["B-PER", "I-PER"], &["B-ORG", "I-ORG"]);
        assert_eq!(r.micro.correct, 0);
        assert_eq!(r.per_type["ORG"].precision, 0.0);
        assert_eq!(r.per_type["PER"].recall, 0.0);
    }

    #[test]
    fn adjacent_b_chunks_and_sentence_boundary() {
        // Two adjacent chunks of the same type, the second ending the sentence.
        let mut c = ConllCounter::default();
        c.add_sentence(&["B-LOC", "B-LOC"], &["B-LOC", "B-LOC"])
            .unwrap();
        // A chunk at the end of one sentence must not merge with an I- at the start of the next.
        c.add_sentence(&["I-LOC", "O"], &["B-LOC", "O"]).unwrap();
        let r = c.report();
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (3, 3, 3)
        );
        assert_eq!(r.sentences, 2);
    }

    #[test]
    fn hand_computed_micro_and_per_type() {
        // gold: PER(0-1) LOC(3) ORG(5-6); pred: PER(0-1) LOC(3) ORG(5) MISC(7)
        let g = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"];
        let p = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "B-MISC"];
        let r = score(&g, &p);
        assert_eq!(
            (r.micro.gold, r.micro.predicted, r.micro.correct),
            (3, 4, 2)
        );
        assert!((r.micro.precision - 50.0).abs() < 1e-9);
        assert!((r.micro.recall - 200.0 / 3.0).abs() < 1e-9);
        assert!((r.micro.f1 - 57.142857142857146).abs() < 1e-9);
        assert_eq!(r.per_type["MISC"], Scores::from_counts(0, 1, 0));
        assert_eq!(r.per_type["ORG"], Scores::from_counts(1, 1, 0));
    }

    #[test]
    fn length_mismatch_is_an_error() {
        let mut c = ConllCounter::default();
        let e = c.add_sentence(&["O"], &["O", "O"]).unwrap_err();
        assert!(matches!(e, ConllError::LengthMismatch { gold: 1, .. }));
    }

    #[test]
    fn display_has_conlleval_header() {
        let r = score(&["B-PER"], &["B-PER"]);
        let s = r.to_string();
        assert!(s.starts_with("processed 1 tokens with 1 phrases; found: 1 phrases; correct: 1."));
        assert!(s.contains("PER: precision: 100.00%"));
    }
}
