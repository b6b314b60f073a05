//! The analyser: segmentation (memo-cached per word type), context POS tagging, UD words.

use crate::model::{MorphError, MorphModel};
use crate::normal::NormWord;
use crate::pos::{
    as_next_features_for, as_prev_features_for, ends_sentence, is_complementizer, local_features,
    opens_with_verb, triple_features, Ctx, SegWord, Stats, END, START,
};
use crate::seg::{align, decode, features, Piece};
use crate::{ud, Morpheme, SyntacticWord, TokenAnalysis};
use rasd_text::{Span, Token};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FxHash (rustc's hasher): fast, deterministic, fine for in-process string keys.
#[derive(Default)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
}

thread_local! {
    /// Reused per-character feature buffers of the segmenter.
    static SCRATCH: std::cell::RefCell<Vec<Vec<rasd_tagger::Feature>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A prepared word: memoised (borrowed) or computed for this call.
enum Ref<'a> {
    Memo(&'a Prepared),
    Own(Box<Prepared>),
}

impl std::ops::Deref for Ref<'_> {
    type Target = Prepared;
    fn deref(&self) -> &Prepared {
        match self {
            Ref::Memo(p) => p,
            Ref::Own(p) => p,
        }
    }
}

/// One word's analysis, borrowed from the memo cache when possible. Spans inside are
/// relative to the word; the accessors add the word's offset.
#[derive(Debug, Clone)]
pub struct WordView<'a> {
    analysis: Cow<'a, TokenAnalysis>,
    base: usize,
}

impl WordView<'_> {
    /// The `+`-joined tag string.
    pub fn pos(&self) -> &str {
        &self.analysis.pos
    }

    /// Light stem.
    pub fn stem(&self) -> &str {
        &self.analysis.stem
    }

    /// Morphemes as (absolute span, form, tag).
    pub fn morphemes(&self) -> impl Iterator<Item = (Span, &str, &str)> + '_ {
        let b = self.base;
        self.analysis.morphemes.iter().map(move |m| {
            (
                Span::new(m.span.start + b, m.span.end + b),
                m.form.as_str(),
                m.tag.as_str(),
            )
        })
    }

    /// The owned analysis with absolute spans.
    pub fn to_analysis(&self) -> TokenAnalysis {
        let mut a = self.analysis.clone().into_owned();
        let b = self.base;
        for m in &mut a.morphemes {
            m.span = Span::new(m.span.start + b, m.span.end + b);
        }
        for x in &mut a.words {
            x.span = Span::new(x.span.start + b, x.span.end + b);
        }
        a
    }
}

/// A word prepared for tagging: normalised form, morphemes and word-internal POS scores.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    norm: NormWord,
    pieces: Vec<Piece>,
    seg: SegWord,
    /// Context summary for the neighbours' features.
    ctx: Ctx,
    /// One block of per-label scores, `L` each: word-internal emission scores of the head
    /// tag, then the scores this word adds to the next word's labels when that word's
    /// article flag is 0 and 1, then those it adds to the previous word's (flag 0, 1).
    scores: Box<[f32]>,
    /// Memoised words only: the label with the best word-internal score and the analysis it
    /// gives (spans relative to the word), reused whenever decoding picks that label.
    template: Option<(u32, TokenAnalysis)>,
}

/// Arabic clitic segmenter, POS tagger and stemmer (see the crate docs).
pub struct Analyzer {
    model: MorphModel,
    /// Memo cache: frequent word → slot, filled on first use (lock-free reads afterwards).
    index: HashMap<Box<str>, u32, BuildHasherDefault<Fx>>,
    slots: Vec<OnceLock<Prepared>>,
    use_cache: bool,
    /// Scores of the sentence start (as a previous word) and end (as a next word), `2 * L`
    /// each (article flag 0 and 1 of the word they border).
    edges: (Vec<f32>, Vec<f32>),
}

impl Prepared {
    /// Word-internal scores.
    #[inline]
    fn local(&self, l: usize) -> &[f32] {
        &self.scores[..l]
    }

    /// Scores added to the next word, whose article flag is `art`.
    #[inline]
    fn as_prev(&self, l: usize, art: u8) -> &[f32] {
        let a = (1 + usize::from(art)) * l;
        &self.scores[a..a + l]
    }

    /// Scores added to the previous word, whose article flag is `art`.
    #[inline]
    fn as_next(&self, l: usize, art: u8) -> &[f32] {
        let a = (3 + usize::from(art)) * l;
        &self.scores[a..a + l]
    }
}

fn has_arabic_letter(chars: &[char]) -> bool {
    chars
        .iter()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(c) || ('\u{0671}'..='\u{06D3}').contains(c))
}

impl Analyzer {
    /// An analyser over `model`. The model's frequent words get memo slots, each filled
    /// with the model's own analysis the first time the word is seen.
    pub fn new(model: MorphModel) -> Analyzer {
        let mut index: HashMap<Box<str>, u32, BuildHasherDefault<Fx>> = HashMap::default();
        index.reserve(model.cache_words.len());
        for (i, w) in model.cache_words.iter().enumerate() {
            index.insert(w.as_str().into(), i as u32);
        }
        let slots = (0..model.cache_words.len())
            .map(|_| OnceLock::new())
            .collect();
        let mut a = Analyzer {
            model,
            index,
            slots,
            use_cache: true,
            edges: (Vec::new(), Vec::new()),
        };
        let l = a.model.pos.labels().len();
        let (mut p, mut n) = (vec![0.0; 4 * l], vec![0.0; 4 * l]);
        a.neighbour_scores(&START, &mut p);
        a.neighbour_scores(&END, &mut n);
        a.edges = (p[..2 * l].to_vec(), n[2 * l..].to_vec());
        a
    }

    /// Reads a model file written by `rasd train seg`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Analyzer, MorphError> {
        Ok(Analyzer::new(MorphModel::from_bytes(bytes)?))
    }

    /// The committed model embedded in the binary (loaded once).
    pub fn embedded() -> &'static Analyzer {
        static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
        A.get_or_init(|| {
            Analyzer::from_bytes(crate::EMBEDDED_MODEL).expect("embedded rasd-morph model is valid")
        })
    }

    /// The underlying model.
    pub fn model(&self) -> &MorphModel {
        &self.model
    }

    /// Turns the memo cache on or off (results are identical; only speed differs). Turning it
    /// on after it was off keeps the slots already filled.
    pub fn set_cache(&mut self, on: bool) {
        self.use_cache = on;
    }

    /// True when `word` (exact text) has a memo slot.
    pub fn has_memo_slot(&self, word: &str) -> bool {
        self.index.contains_key(word)
    }

    /// Number of memo slots filled so far (out of the model's cache word list).
    pub fn cache_filled(&self) -> usize {
        self.slots.iter().filter(|s| s.get().is_some()).count()
    }

    /// Morpheme forms of one word (Farasa scheme), without POS.
    pub fn segment(&self, word: &str) -> Vec<String> {
        self.prepare(word)
            .pieces
            .iter()
            .map(|p| p.form.clone())
            .collect()
    }

    /// Analyses one word out of context; spans are relative to `word`.
    pub fn analyze_word(&self, word: &str) -> TokenAnalysis {
        self.analyze_spans(word, &[Span::new(0, word.len())])
            .pop()
            .expect("one span in, one analysis out")
    }

    /// Analyses the tokens of a text layer; one analysis per token, spans absolute.
    pub fn analyze_tokens(&self, original: &str, tokens: &[Token]) -> Vec<TokenAnalysis> {
        let spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
        self.analyze_spans(original, &spans)
    }

    /// Analyses words given as spans of `original` (in text order); spans absolute.
    pub fn analyze_spans(&self, original: &str, spans: &[Span]) -> Vec<TokenAnalysis> {
        let mut out = Vec::with_capacity(spans.len());
        self.analyze_spans_with(original, spans, |_, v| out.push(v.to_analysis()));
        out
    }

    /// Analyses words given as spans of `original` and hands each result to `visit` as a
    /// borrowed [`WordView`] (no copy of memoised analyses), in order, with its index.
    /// [`Analyzer::analyze_spans`] is this plus [`WordView::to_analysis`].
    pub fn analyze_spans_with(
        &self,
        original: &str,
        spans: &[Span],
        mut visit: impl FnMut(usize, WordView<'_>),
    ) {
        // Words without a memo slot are prepared once per call (names repeat in a text).
        let mut own: Vec<Prepared> = Vec::new();
        let mut own_index: HashMap<&str, usize, BuildHasherDefault<Fx>> = HashMap::default();
        let found: Vec<Result<&Prepared, usize>> = spans
            .iter()
            .map(|s| {
                let w = s.text(original);
                self.memo(w).ok_or_else(|| {
                    *own_index.entry(w).or_insert_with(|| {
                        own.push(self.prepare_uncached(w));
                        own.len() - 1
                    })
                })
            })
            .collect();
        let words: Vec<&Prepared> = found
            .into_iter()
            .map(|r| r.unwrap_or_else(|i| &own[i]))
            .collect();
        let labels = self.tag(&words);
        for (i, ((w, s), t)) in words.iter().zip(spans).zip(labels).enumerate() {
            visit(i, self.view(w, s.start, t));
        }
    }

    /// Head-tag label ids, one per word, decoded sentence by sentence.
    fn tag(&self, words: &[&Prepared]) -> Vec<u32> {
        let l = self.model.pos.labels().len();
        let mut out = Vec::with_capacity(words.len());
        let mut start = 0;
        let mut emit: Vec<f32> = Vec::new();
        let mut fs = Vec::with_capacity(4);
        let mut scratch = rasd_tagger::DecodeScratch::default();
        let id = |t: &str| self.model.pos.labels().iter().position(|x| x == t);
        let noun_verb = id("NOUN").zip(id("V")).map(|(n, v)| (n as u32, v as u32));
        for end in 1..=words.len() {
            if end < words.len() && !ends_sentence(&words[end - 1].seg.word) {
                continue;
            }
            emit.clear();
            for k in start..end {
                let w = &words[k];
                let art = w.ctx.article();
                let a = usize::from(art) * l;
                let (prev, prev_s) = if k > start {
                    (&words[k - 1].ctx, words[k - 1].as_prev(l, art))
                } else {
                    (&START, &self.edges.0[a..a + l])
                };
                let next_s = if k + 1 < end {
                    words[k + 1].as_next(l, art)
                } else {
                    &self.edges.1[a..a + l]
                };
                let row0 = emit.len();
                emit.extend(
                    w.local(l)
                        .iter()
                        .zip(prev_s)
                        .zip(next_s)
                        .map(|((a, b), c)| a + b + c),
                );
                fs.clear();
                triple_features(&w.ctx, prev, &mut fs);
                self.model.pos.scores(&fs, &mut emit[row0..]);
            }
            self.model
                .pos
                .decode_scores_into(&emit, end - start, &mut scratch, &mut out);
            if let Some(ids) = noun_verb {
                self.clause_verbs(&words[start..end], &mut out[start..end], ids);
            }
            start = end;
        }
        out
    }

    /// Retags as verbs (label `ids.1`) the words of one sentence that the tagger read as nouns
    /// (`ids.0`) where a clause's perfect verb stands: the sentence's first word, or the word
    /// after a complementiser and its definite subject ([`opens_with_verb`]).
    fn clause_verbs(&self, words: &[&Prepared], labels: &mut [u32], ids: (u32, u32)) {
        for k in 0..words.len() {
            let place = k == 0 || Self::after_subject(&words[..=k]);
            if place && labels[k] == ids.0 && opens_with_verb(&words[k].seg, &self.model.freq) {
                labels[k] = ids.1;
            }
        }
    }

    /// Whether the last of `words` follows a complementiser and the definite subject of its
    /// clause (أن الجيش الإسرائيلي _): the place of the clause's verb.
    fn after_subject(words: &[&Prepared]) -> bool {
        let k = words.len() - 1;
        let b = (0..k)
            .rev()
            .take_while(|&x| words[x].seg.has_article())
            .last()
            .unwrap_or(k);
        b < k && b > 0 && is_complementizer(&words[b - 1].seg)
    }

    fn prepare<'a>(&'a self, word: &str) -> Ref<'a> {
        match self.memo(word) {
            Some(p) => Ref::Memo(p),
            None => Ref::Own(Box::new(self.prepare_uncached(word))),
        }
    }

    /// The memoised preparation of `word` (filled on first use), when it has a slot and the
    /// cache is on.
    #[inline]
    fn memo(&self, word: &str) -> Option<&Prepared> {
        if !self.use_cache {
            return None;
        }
        let &i = self.index.get(word)?;
        Some(self.slots[i as usize].get_or_init(|| self.prepare_memo(word)))
    }

    /// Scores a word with context `ctx` adds to its right neighbour (article flag 0, 1),
    /// then to its left neighbour (flag 0, 1), into `out` (`4 * L`, zeroed).
    fn neighbour_scores(&self, ctx: &Ctx, out: &mut [f32]) {
        let l = self.model.pos.labels().len();
        let mut fs = Vec::with_capacity(8);
        for art in 0..2u8 {
            fs.clear();
            as_prev_features_for(ctx, art, &mut fs);
            let a = usize::from(art) * l;
            self.model.pos.scores(&fs, &mut out[a..a + l]);
            fs.clear();
            as_next_features_for(ctx, art, &mut fs);
            let a = (2 + usize::from(art)) * l;
            self.model.pos.scores(&fs, &mut out[a..a + l]);
        }
    }

    /// [`Analyzer::prepare_uncached`] plus the analysis for the word's most likely label.
    fn prepare_memo(&self, word: &str) -> Prepared {
        let mut p = self.prepare_uncached(word);
        let local = p.local(self.model.pos.labels().len());
        let best = (0..local.len()).fold(0, |b, y| if local[y] > local[b] { y } else { b });
        let tags = self
            .model
            .affixes
            .tags(&p.seg, &self.model.pos.labels()[best]);
        p.template = Some((best as u32, build(&p, 0, tags)));
        p
    }

    /// The analysis of a prepared word whose head got label `label`, at byte `base`.
    fn view<'a>(&self, w: &'a Prepared, base: usize, label: u32) -> WordView<'a> {
        if let Some((l, t)) = &w.template {
            if *l == label {
                return WordView {
                    analysis: Cow::Borrowed(t),
                    base,
                };
            }
        }
        let tags = self
            .model
            .affixes
            .tags(&w.seg, &self.model.pos.labels()[label as usize]);
        WordView {
            analysis: Cow::Owned(build(w, 0, tags)),
            base,
        }
    }

    fn prepare_uncached(&self, word: &str) -> Prepared {
        let freq = (!self.model.freq.is_empty()).then_some(&self.model.freq);
        let mut norm = NormWord::new(word);
        if norm.chars.is_empty() {
            norm = NormWord {
                chars: word.chars().collect(),
                spans: word
                    .char_indices()
                    .map(|(b, c)| (b, b + c.len_utf8()))
                    .collect(),
            };
        }
        let text = norm.text();
        let pieces = if let Some(m) = self.model.exceptions.get(&text) {
            align(&norm.chars, m)
        } else if has_arabic_letter(&norm.chars) {
            let labels = SCRATCH.with(|cell| {
                let mut feats = cell.borrow_mut();
                features(&norm.chars, freq, &mut feats);
                self.model.seg.predict(&feats)
            });
            decode(&norm.chars, &labels)
        } else {
            vec![Piece {
                a: 0,
                b: norm.chars.len(),
                form: text.clone(),
            }]
        };
        let seg = SegWord {
            word: text,
            forms: pieces.iter().map(|p| p.form.clone()).collect(),
        };
        let l = self.model.pos.labels().len();
        let mut scores = vec![0.0f32; 5 * l].into_boxed_slice();
        let mut fs = Vec::with_capacity(32);
        let stats = Stats {
            freq,
            dist: (!self.model.dist.is_empty()).then_some(&self.model.dist),
        };
        local_features(&seg, stats, &mut fs);
        self.model.pos.scores(&fs, &mut scores[..l]);
        let ctx = Ctx::of(&seg);
        self.neighbour_scores(&ctx, &mut scores[l..]);
        Prepared {
            norm,
            pieces,
            seg,
            ctx,
            scores,
            template: None,
        }
    }
}

/// Assembles the public analysis of one word from its pieces and tag ids.
fn build(w: &Prepared, base: usize, tags: Vec<String>) -> TokenAnalysis {
    let morphemes: Vec<Morpheme> = w
        .pieces
        .iter()
        .zip(&tags)
        .map(|(p, t)| {
            let (a, b) = w.norm.range(p.a, p.b);
            Morpheme {
                span: Span::new(base + a, base + b),
                form: p.form.clone(),
                tag: t.clone(),
            }
        })
        .collect();
    let forms = &w.seg.forms;
    let (groups, core) = ud::group(forms, &tags);
    let words = groups
        .iter()
        .map(|&(a, b)| SyntacticWord {
            span: Span::new(morphemes[a].span.start, morphemes[b - 1].span.end),
            form: forms[a..b].concat(),
            upos: ud::upos(ud::head_tag(&tags, (a, b))).to_string(),
        })
        .collect();
    let stem = groups
        .get(core)
        .map_or_else(String::new, |&g| ud::light_stem(forms, &tags, g));
    TokenAnalysis {
        key: rasd_text::match_key(&stem),
        stem,
        pos: tags.join("+"),
        morphemes,
        words,
    }
}
