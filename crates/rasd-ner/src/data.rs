//! CoNLL NER files (ANERcorp layout: `token TAG` per line, blank line between sentences).

use std::path::{Path, PathBuf};

/// One sentence: tokens and their BIO tags (same length).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaggedSentence {
    /// The tokens as written.
    pub tokens: Vec<String>,
    /// One BIO tag per token, with types mapped by [`map_type`].
    pub tags: Vec<String>,
}

/// Maps corpus type names to rasd's four: ANERcorp `PERS` → `PER`, the long names of other
/// corpora (`PERSON`, `LOCATION`, `ORGANIZATION`), ACE's geo-political entities (`GPE`) →
/// `LOC`, and AQMAR's miscellaneous classes (`MIS`, `MIS0` … `MIS3`, `MIS-1`) → `MISC`;
/// others unchanged.
pub fn map_type(ty: &str) -> &str {
    match ty {
        "PERS" | "PERSON" => "PER",
        "LOCATION" | "GPE" => "LOC",
        "ORGANIZATION" => "ORG",
        mis if mis.starts_with("MIS") => "MISC",
        other => other,
    }
}

/// Maps a whole tag (`B-PERS` → `B-PER`); `O` stays `O`.
pub fn map_tag(tag: &str) -> String {
    match tag.split_once('-') {
        Some((p, t)) => format!("{p}-{}", map_type(t)),
        None => tag.to_string(),
    }
}

/// Parses CoNLL text. The tag is the last whitespace-separated column, the token the first;
/// lines with a single column are skipped, a CoNLL-2003 document marker (`-DOCSTART- -X- O O`)
/// ends a sentence and is no token, and a byte-order mark opening the text is dropped. Tags go
/// through [`map_tag`].
pub fn parse_conll(text: &str) -> Vec<TaggedSentence> {
    let mut out = Vec::new();
    let mut cur = TaggedSentence::default();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() < 2 {
            continue;
        }
        cur.tokens.push(cols[0].to_string());
        cur.tags.push(map_tag(cols[cols.len() - 1]));
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

/// Reads and parses a CoNLL file.
pub fn read_conll(path: &Path) -> std::io::Result<Vec<TaggedSentence>> {
    Ok(parse_conll(&std::fs::read_to_string(path)?))
}

/// The ANERcorp files under a shared data directory (`../shared/data`).
#[derive(Debug, Clone)]
pub struct AnercorpPaths {
    /// Reconstructed CAMeL train file.
    pub train: PathBuf,
    /// Official CAMeL test file (first-token artifact).
    pub test_official: PathBuf,
    /// Repaired test file.
    pub test_repaired: PathBuf,
}

impl AnercorpPaths {
    /// The standard file names inside `data_dir/anercorp`.
    pub fn new(data_dir: &Path) -> AnercorpPaths {
        let d = data_dir.join("anercorp");
        AnercorpPaths {
            train: d.join("ANERCorp_CamelLab_train.reconstructed.txt"),
            test_official: d.join("ANERCorp_CamelLab_test.txt"),
            test_repaired: d.join("ANERCorp_CamelLab_test.repaired.txt"),
        }
    }
}

/// Splits train into (train, dev): the last `dev_percent`% of sentences are dev
/// (the same contiguous carve-out as the CRFsuite baseline in BASELINES.md).
pub fn carve_dev(
    sents: &[TaggedSentence],
    dev_percent: usize,
) -> (Vec<TaggedSentence>, Vec<TaggedSentence>) {
    let n_dev = sents.len() * dev_percent / 100;
    let cut = sents.len() - n_dev;
    (sents[..cut].to_vec(), sents[cut..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sentences_and_maps_pers() {
        let s = parse_conll("فرانكفورت B-LOC\nآشتون B-PERS\nكارتر I-PERS\n\n\nقال O\r\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tags, ["B-LOC", "B-PER", "I-PER"]);
        assert_eq!(s[1].tokens, ["قال"]);
    }

    #[test]
    fn other_corpora_type_names_map_to_the_four_types() {
        let s = parse_conll("أ B-PERSON\nب B-GPE\nت I-ORGANIZATION\nث B-MIS1\nج I-MIS\nح B-MISC\n");
        assert_eq!(
            s[0].tags,
            ["B-PER", "B-LOC", "I-ORG", "B-MISC", "I-MISC", "B-MISC"]
        );
    }

    #[test]
    fn document_markers_end_sentences_and_are_no_tokens() {
        let s = parse_conll("\u{feff}-DOCSTART- -X- O O\nبغداد B-LOC\n-DOCSTART- -X- O O\nقال O\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["بغداد"]);
        assert_eq!(s[1].tokens, ["قال"]);
    }

    #[test]
    fn dev_is_the_tail() {
        let sents: Vec<_> = (0..20)
            .map(|i| TaggedSentence {
                tokens: vec![i.to_string()],
                tags: vec!["O".into()],
            })
            .collect();
        let (tr, dev) = carve_dev(&sents, 10);
        assert_eq!((tr.len(), dev.len()), (18, 2));
        assert_eq!(dev[0].tokens[0], "18");
    }

    #[test]
    fn reads_the_shared_train_file() {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
        let p = AnercorpPaths::new(dir);
        let train = read_conll(&p.train).unwrap();
        assert_eq!(train.len(), 3989);
        let toks: usize = train.iter().map(|s| s.tokens.len()).sum();
        assert_eq!(toks, 125_115);
    }
}
