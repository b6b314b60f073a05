//! QCRI WikiNews gold (`WikiNews.pos.ref`): one token per line, `segmented-token TAB POS`,
//! and the reconstruction of the surface word a reader would see (BASELINES.md section 2).

/// Character labels of the segmenter.
pub mod label {
    /// Continues the current morpheme.
    pub const I: u32 = 0;
    /// Starts a morpheme.
    pub const B: u32 = 1;
    /// Starts the article ال written as a single ل after the preposition ل (للفيلم = ل+ال+فيلم).
    pub const BA: u32 = 2;
    /// Starts a morpheme preceded by an article that left no letter (للغة = ل+ال+لغ+ة).
    pub const BX: u32 = 3;
    /// Label names, indexed by id.
    pub const NAMES: [&str; 4] = ["I", "B", "BA", "BX"];
}

/// Which part of the gold file to use (PROVENANCE.md split).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// File lines 2..=13147 (sections 1-5).
    Train,
    /// File lines 13148..=18301 (sections 6-7).
    Test,
    /// Every token line.
    All,
    /// The dev part carved from train: its last tenth, file lines 11834..=13147.
    Dev,
    /// Train without its dev part: file lines 2..=11833.
    TrainFit,
}

impl Split {
    /// Parses `train`, `test`, `all`, `dev` or `train-fit`.
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "train" => Some(Split::Train),
            "test" => Some(Split::Test),
            "all" => Some(Split::All),
            "dev" => Some(Split::Dev),
            "train-fit" => Some(Split::TrainFit),
            _ => None,
        }
    }

    /// True when 1-based file line `line` belongs to this split.
    pub fn contains(self, line: usize) -> bool {
        match self {
            Split::Train => (2..=13147).contains(&line),
            Split::Test => (13148..=18301).contains(&line),
            Split::All => line >= 2,
            Split::Dev => (11834..=13147).contains(&line),
            Split::TrainFit => (2..=11833).contains(&line),
        }
    }
}

/// One gold token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldToken {
    /// 1-based line in the file.
    pub line: usize,
    /// Morphemes (Farasa scheme).
    pub morphs: Vec<String>,
    /// One tag per morpheme (padded/truncated when the file disagrees with itself).
    pub tags: Vec<String>,
}

/// Reads every token line of a `WikiNews.pos.ref`-format file (line 1 is a header).
pub fn read_gold(text: &str) -> Vec<GoldToken> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate().skip(1) {
        let line = raw.trim_end_matches('\r');
        let (tok, pos) = line.split_once('\t').unwrap_or((line, ""));
        if tok.is_empty() {
            continue;
        }
        let mut morphs: Vec<String> = tok
            .split('+')
            .filter(|m| !m.is_empty())
            .map(String::from)
            .collect();
        if morphs.is_empty() {
            morphs.push(tok.to_string());
        }
        let mut tags: Vec<String> = pos
            .split('+')
            .filter(|m| !m.is_empty())
            .map(String::from)
            .collect();
        if tags.is_empty() {
            tags.push("NOUN".to_string());
        }
        while tags.len() < morphs.len() {
            tags.push(tags.last().cloned().unwrap_or_default());
        }
        tags.truncate(morphs.len());
        out.push(GoldToken {
            line: i + 1,
            morphs,
            tags,
        });
    }
    out
}

/// Tokens of `split`.
pub fn select(tokens: &[GoldToken], split: Split) -> Vec<GoldToken> {
    tokens
        .iter()
        .filter(|t| split.contains(t.line))
        .cloned()
        .collect()
}

/// n-assimilation pairs: the first morpheme's ن is not written before the second.
const ASSIMILATED: [(&str, &str); 4] = [("من", "ما"), ("من", "من"), ("أن", "لا"), ("كن", "نا")];

impl GoldToken {
    /// The `+`-joined segmentation.
    pub fn seg_string(&self) -> String {
        self.morphs.join("+")
    }

    /// The `+`-joined tag string (the POS unit scored by `rasd eval seg`).
    pub fn pos_string(&self) -> String {
        self.tags.join("+")
    }

    /// True when the written word drops a ن (من+ما → مما): a character tagger cannot produce it.
    pub fn assimilated(&self) -> bool {
        self.morphs
            .windows(2)
            .any(|w| ASSIMILATED.iter().any(|(a, b)| w[0] == *a && w[1] == *b))
    }

    /// The written word: ل+ال → لل, ل+ال+لX → للX, n-assimilation undone.
    pub fn surface(&self) -> String {
        if self.assimilated() {
            let mut s = String::new();
            for (k, m) in self.morphs.iter().enumerate() {
                let next = self.morphs.get(k + 1);
                let drop_n =
                    next.is_some_and(|n| ASSIMILATED.iter().any(|(a, b)| m == a && n == b));
                if drop_n {
                    s.push_str(m.strip_suffix('ن').unwrap_or(m));
                } else {
                    s.push_str(m);
                }
            }
            return s;
        }
        self.char_labels().0.into_iter().collect()
    }

    /// Surface characters with their segmenter labels (see [`label`]); meaningful only when
    /// the word is not [`GoldToken::assimilated`].
    pub fn char_labels(&self) -> (Vec<char>, Vec<u32>) {
        let mut chars = Vec::new();
        let mut labels = Vec::new();
        let mut elided = false;
        for (k, m) in self.morphs.iter().enumerate() {
            let after_l = k > 0 && self.morphs[k - 1] == "ل";
            if m == "ال" && after_l {
                if self.morphs.get(k + 1).is_some_and(|n| n.starts_with('ل')) {
                    elided = true;
                } else {
                    chars.push('ل');
                    labels.push(label::BA);
                }
                continue;
            }
            for (j, c) in m.chars().enumerate() {
                chars.push(c);
                labels.push(match (j, elided) {
                    (0, true) => label::BX,
                    (0, false) => label::B,
                    _ => label::I,
                });
            }
            elided = false;
        }
        (chars, labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(seg: &str, pos: &str) -> GoldToken {
        read_gold(&format!("h\n{seg}\t{pos}\r\n")).remove(0)
    }

    #[test]
    fn reads_and_splits() {
        let t = tok("و+ال+ست+ين", "CONJ+DET+ADJ+NSUFF");
        assert_eq!(t.line, 2);
        assert_eq!(t.morphs, ["و", "ال", "ست", "ين"]);
        assert_eq!(t.pos_string(), "CONJ+DET+ADJ+NSUFF");
        assert_eq!(t.surface(), "والستين");
        assert_eq!(tok("+", "PUNC").morphs, ["+"]);
        assert_eq!(tok("ال+عتيقي", "DET+ADJ+NSUFF").tags, ["DET", "ADJ"]);
    }

    #[test]
    fn reconstructs_written_words() {
        let t = tok("ل+ال+فيلم", "PREP+DET+NOUN");
        assert_eq!(t.surface(), "للفيلم");
        assert_eq!(t.char_labels().1, [label::B, label::BA, label::B, 0, 0, 0]);
        let t = tok("ل+ال+لغ+ة", "PREP+DET+NOUN+NSUFF");
        assert_eq!(t.surface(), "للغة");
        assert_eq!(t.char_labels().1, [label::B, label::BX, 0, label::B]);
        let t = tok("من+ما", "PREP+PRON");
        assert!(t.assimilated());
        assert_eq!(t.surface(), "مما");
        assert_eq!(tok("يمكن+نا", "V+PRON").surface(), "يمكننا");
    }

    #[test]
    fn split_boundaries_follow_provenance() {
        assert!(Split::Train.contains(13147) && !Split::Train.contains(13148));
        assert!(Split::Test.contains(13148) && Split::Test.contains(18301));
        assert!(!Split::All.contains(1));
        assert_eq!(Split::parse("test"), Some(Split::Test));
    }
}
