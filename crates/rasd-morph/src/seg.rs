//! Character-level segmenter: feature templates and decoding of labels into morphemes.

use crate::freq::WordFreq;
use crate::gold::label;
use rasd_tagger::Feature;

/// Incremental FNV-1a (same function as `rasd_tagger::feature_id`) over a template id and parts.
#[derive(Clone, Copy)]
pub(crate) struct H(u64);

impl H {
    /// Starts a feature of template `tag`.
    #[inline]
    pub(crate) fn new(tag: u8) -> H {
        H(0xcbf2_9ce4_8422_2325).b(tag)
    }
    /// Feeds one byte.
    #[inline]
    pub(crate) fn b(self, x: u8) -> H {
        H((self.0 ^ u64::from(x)).wrapping_mul(0x0000_0100_0000_01b3))
    }
    /// Feeds a character (UTF-8 bytes).
    #[inline]
    pub(crate) fn c(self, c: char) -> H {
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf).bytes().fold(self, |h, x| h.b(x))
    }
    /// Feeds characters.
    #[inline]
    pub(crate) fn cs(self, cs: &[char]) -> H {
        cs.iter().fold(self, |h, &c| h.c(c))
    }
    /// Feeds a string.
    #[inline]
    pub(crate) fn s(self, s: &str) -> H {
        s.bytes().fold(self, |h, x| h.b(x))
    }
    /// The feature.
    #[inline]
    pub(crate) fn f(self) -> Feature {
        self.0
    }
}

const WHOLE_WORD: bool = true;
const BOS: char = '^';
const EOS: char = '$';

/// Features of every character of `chars` (normalised word).
pub fn features(chars: &[char], freq: Option<&WordFreq>, out: &mut Vec<Vec<Feature>>) {
    let n = chars.len();
    out.resize_with(n, Vec::new);
    out.truncate(n);
    let at = |k: isize| -> char {
        if k < 0 {
            BOS
        } else if k as usize >= n {
            EOS
        } else {
            chars[k as usize]
        }
    };
    let text: String = chars.iter().collect();
    let offs: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let whole = freq.map_or(0, |f| f.get(&text));
    for (i, fs) in out.iter_mut().enumerate() {
        fs.clear();
        let k = i as isize;
        let c0 = at(k);
        let (m2, m1, p1, p2, p3) = (at(k - 2), at(k - 1), at(k + 1), at(k + 2), at(k + 3));
        fs.push(H::new(0).f());
        fs.push(H::new(1).c(c0).f());
        fs.push(H::new(2).c(m1).f());
        fs.push(H::new(3).c(p1).f());
        fs.push(H::new(4).c(m2).f());
        fs.push(H::new(5).c(p2).f());
        fs.push(H::new(6).c(m1).c(c0).f());
        fs.push(H::new(7).c(c0).c(p1).f());
        fs.push(H::new(8).c(m2).c(m1).f());
        fs.push(H::new(9).c(p1).c(p2).f());
        fs.push(H::new(10).c(m2).c(m1).c(c0).f());
        fs.push(H::new(11).c(m1).c(c0).c(p1).f());
        fs.push(H::new(12).c(c0).c(p1).c(p2).f());
        fs.push(H::new(13).c(c0).c(p1).c(p2).c(p3).f());
        // Anchored prefix (everything before i) and suffix (from i), when short.
        if i <= 5 {
            fs.push(H::new(14).cs(&chars[..i]).f());
        } else {
            fs.push(H::new(15).cs(&chars[i - 3..i]).f());
        }
        if n - i <= 5 {
            fs.push(H::new(16).cs(&chars[i..]).f());
        } else {
            fs.push(H::new(17).cs(&chars[i..i + 4]).f());
        }
        fs.push(H::new(18).c(c0).b(i.min(6) as u8).f());
        fs.push(H::new(19).c(c0).b((n - 1 - i).min(6) as u8).f());
        fs.push(H::new(20).b(n.min(15) as u8).b(i.min(6) as u8).f());
        if WHOLE_WORD && n <= 13 {
            fs.push(H::new(21).cs(chars).b(i as u8).f());
        }
        if let Some(fr) = freq {
            let left = fr.get(&text[..offs[i]]);
            let right = fr.get(&text[offs[i]..]);
            fs.push(H::new(22).b(left).f());
            fs.push(H::new(23).b(right).f());
            fs.push(H::new(24).b(left).b(right).f());
            fs.push(H::new(25).c(c0).b(right).f());
            fs.push(H::new(26).c(m1).b(left).f());
            fs.push(H::new(27).c(m1).c(c0).b(left).b(right).f());
            // The remainder with an article, the prefix with its ta marbuta restored, the word.
            let rest = &text[offs[i]..];
            let with_al = if rest.starts_with("ال") {
                0
            } else {
                fr.get_joined("ال", rest)
            };
            fs.push(H::new(28).b(with_al).b(right.min(4)).f());
            if i > 0 && chars[i - 1] == 'ت' {
                let base = &text[..offs[i - 1]];
                fs.push(H::new(29).c(c0).b(fr.get_joined(base, "ة")).f());
            }
            fs.push(H::new(30).b(whole).b(right).b(left.min(3)).f());
        }
    }
}

/// One predicted morpheme over normalised characters `a..b` (`a == b`: an article with no letter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// First character.
    pub a: usize,
    /// One past the last character.
    pub b: usize,
    /// Morpheme form (Farasa scheme: `ال` for a written `ل` article).
    pub form: String,
}

/// Turns character labels into morphemes.
pub fn decode(chars: &[char], labels: &[u32]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let lab = labels.get(i).copied().unwrap_or(label::I);
        if lab == label::BA && i > 0 {
            out.push(Piece {
                a: i,
                b: i + 1,
                form: "ال".into(),
            });
            i += 1;
            continue;
        }
        if lab == label::BX && i > 0 {
            out.push(Piece {
                a: i,
                b: i,
                form: "ال".into(),
            });
        }
        let start = i;
        i += 1;
        while i < chars.len() && labels.get(i).copied().unwrap_or(label::I) == label::I {
            i += 1;
        }
        out.push(Piece {
            a: start,
            b: i,
            form: chars[start..i].iter().collect(),
        });
    }
    out
}

/// Pieces for a word whose morphemes are known (exception lexicon), aligned greedily: each
/// morpheme takes the written characters it matches in order and skips letters that are not
/// written (مما = من+ما: من takes م).
pub fn align(chars: &[char], morphs: &[String]) -> Vec<Piece> {
    let mut pos = 0;
    let mut out = Vec::with_capacity(morphs.len());
    for (k, m) in morphs.iter().enumerate() {
        let a = pos;
        for c in m.chars() {
            if pos < chars.len() && chars[pos] == c {
                pos += 1;
            }
        }
        if k + 1 == morphs.len() {
            pos = chars.len();
        }
        out.push(Piece {
            a,
            b: pos,
            form: m.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::label::{B, BA, BX, I};

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn forms(p: &[Piece]) -> Vec<&str> {
        p.iter().map(|x| x.form.as_str()).collect()
    }

    #[test]
    fn decodes_articles_written_as_lam() {
        let c = chars("للفيلم");
        let p = decode(&c, &[B, BA, B, I, I, I]);
        assert_eq!(forms(&p), ["ل", "ال", "فيلم"]);
        assert_eq!((p[1].a, p[1].b), (1, 2));
        let c = chars("للغة");
        let p = decode(&c, &[B, BX, I, B]);
        assert_eq!(forms(&p), ["ل", "ال", "لغ", "ة"]);
        assert_eq!((p[1].a, p[1].b), (1, 1));
    }

    #[test]
    fn first_character_always_starts_a_morpheme() {
        let c = chars("كتب");
        assert_eq!(forms(&decode(&c, &[I, I, I])), ["كتب"]);
        assert_eq!(forms(&decode(&c, &[BA, I, I])), ["كتب"]);
        assert!(decode(&[], &[]).is_empty());
    }

    #[test]
    fn alignment_of_assimilated_words() {
        let c = chars("مما");
        let p = align(&c, &["من".into(), "ما".into()]);
        assert_eq!((p[0].a, p[0].b, p[1].a, p[1].b), (0, 1, 1, 3));
    }

    #[test]
    fn features_are_deterministic_and_per_character() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        features(&chars("والكتاب"), None, &mut a);
        features(&chars("والكتاب"), None, &mut b);
        assert_eq!(a.len(), 7);
        assert_eq!(a, b);
        features(&chars("x"), None, &mut a);
        assert_eq!(a.len(), 1);
    }
}
