//! Behaviour of the embedded analyser: offsets, robustness, cache equivalence, gold sanity.

use rasd_morph::gold::{read_gold, select, Split};
use rasd_morph::{Analyzer, Span, TokenAnalysis};

fn an() -> &'static Analyzer {
    Analyzer::embedded()
}

/// Every morpheme and word span lies inside the token, in order, and morphemes tile it.
fn check_spans(text: &str, tok: Span, a: &TokenAnalysis) {
    assert!(
        !a.morphemes.is_empty(),
        "at least one morpheme for {:?}",
        tok.text(text)
    );
    assert_eq!(a.morphemes.first().unwrap().span.start, tok.start);
    assert_eq!(a.morphemes.last().unwrap().span.end, tok.end);
    for w in a.morphemes.windows(2) {
        assert_eq!(
            w[0].span.end,
            w[1].span.start,
            "morphemes tile {:?}",
            tok.text(text)
        );
    }
    for m in &a.morphemes {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
    assert_eq!(a.words.first().unwrap().span.start, tok.start);
    assert_eq!(a.words.last().unwrap().span.end, tok.end);
    assert_eq!(a.pos.split('+').count(), a.morphemes.len());
}

fn spans_of(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn segments_clitics_with_original_offsets() {
    let text = "وبالوزيرة";
    let a = an().analyze_word(text);
    assert_eq!(a.seg_string(), "و+ب+ال+وزير+ة");
    assert_eq!(a.morphemes[0].span.text(text), "و");
    assert_eq!(a.words.len(), 3, "و | ب | الوزيرة");
    assert_eq!(a.words[2].form, "الوزيرة");
    assert_eq!(a.words[2].span.text(text), "الوزيرة");
    assert_eq!(a.stem, "وزير");
    check_spans(text, Span::new(0, text.len()), &a);
}

#[test]
fn article_written_as_lam() {
    let text = "للفيلم";
    let a = an().analyze_word(text);
    assert_eq!(a.seg_string(), "ل+ال+فيلم");
    assert_eq!(
        a.morphemes[1].span.text(text),
        "ل",
        "the article's span is the single written ل"
    );
    assert_eq!(a.words.last().unwrap().form, "الفيلم");
}

#[test]
fn robust_on_messy_input() {
    let text = "وَالْـمُؤْتَمَرُ #مجلس_النواب G20 بـ10 ٢٠١٨ مرحباااا ﻻ \u{200f}قال\u{200e} ـــ ً CNNالعربية إيش_ده؟";
    let spans = spans_of(text);
    let out = an().analyze_spans(text, &spans);
    assert_eq!(out.len(), spans.len());
    for (s, a) in spans.iter().zip(&out) {
        check_spans(text, *s, a);
    }
    // Diacritics and tatweel do not change the segmentation.
    assert_eq!(
        out[0].seg_string(),
        an().analyze_word("والمؤتمر").seg_string()
    );
}

#[test]
fn empty_and_single_inputs() {
    assert!(an().analyze_spans("", &[]).is_empty());
    let a = an().analyze_word(".");
    assert_eq!(a.pos, "PUNC");
    assert_eq!(a.words[0].upos, "PUNCT");
    let a = an().analyze_word("\u{064E}");
    assert_eq!(a.morphemes.len(), 1);
}

#[test]
fn cache_does_not_change_results() {
    let text = "قال الوزير إن الحكومة ستعلن قرارها غدا في مؤتمر صحفي بالعاصمة والمدن الأخرى .";
    let spans = spans_of(text);
    let model = rasd_morph::MorphModel::from_bytes(rasd_morph::embedded_model_bytes()).unwrap();
    let mut fresh = Analyzer::new(model);
    let cached = fresh.analyze_spans(text, &spans);
    let again = fresh.analyze_spans(text, &spans);
    fresh.set_cache(false);
    let uncached = fresh.analyze_spans(text, &spans);
    assert_eq!(cached, again);
    assert_eq!(cached, uncached);
    assert!(fresh.cache_filled() > 5);
}

#[test]
fn beats_the_crf_baseline_on_wikinews_test() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/qcri-wikinews/WikiNews.pos.ref"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let gold = read_gold(&text);
    let train = rasd_morph::train::written_words(&select(&gold, Split::Train));
    let test = select(&gold, Split::Test);
    assert_eq!(test.len(), 5154);
    let (scores, _) = rasd_morph::eval::evaluate(an(), &test, &train);
    // CRFsuite baseline: 96.53% (BASELINES.md section 2).
    assert!(scores.all.seg_accuracy() > 96.53, "{:?}", scores.all);
    assert!(scores.all.pos_accuracy() > 90.0, "{:?}", scores.all);
}

#[test]
fn analyze_tokens_follows_the_text_layer() {
    let text = "وأعلنت الحكومة، في بيان، أنها ستفتح الحدود.";
    let layer = rasd_text::TextLayer::build(text, &[Span::new(0, text.len())]);
    let out = an().analyze_tokens(text, &layer.tokens);
    assert_eq!(out.len(), layer.tokens.len());
    for (t, a) in layer.tokens.iter().zip(&out) {
        check_spans(text, t.span, a);
    }
    assert_eq!(out[0].morphemes[0].form, "و");
}

/// The `+`-joined tags of each word of `text`, in order.
fn tags_of(text: &str) -> Vec<String> {
    an().analyze_spans(text, &spans_of(text))
        .iter()
        .map(|a| a.pos.clone())
        .collect()
}

#[test]
fn a_sentence_may_open_with_a_perfect_verb() {
    // verb-first news clauses: the perfect, not the construct noun (قتل المدنيين); words are
    // split on spaces here, so sentence marks stand apart
    for (text, i) in [
        ("قتل الجيش الإسرائيلي فلسطينيا في غزة .", 0),
        ("وقال مسؤول . ونشر ناشطون صورا للهجوم .", 3),
        ("ورفض الرئيس الروسي الاتهامات البريطانية .", 0),
        // after a complementiser and the clause's definite subject
        ("وقال مسؤول إن الجيش الإسرائيلي قتل فلسطينيا .", 5),
    ] {
        let tags = tags_of(text);
        assert!(tags[i].ends_with('V'), "{text}: {tags:?}");
    }
    // adverbial nouns keep their tag (وبعد الاجتماع), and so does the noun inside a sentence
    assert_eq!(tags_of("وبعد الاجتماع قال الوزير .")[0], "CONJ+NOUN");
    assert!(tags_of("وقال الوزير إن قتل المدنيين جريمة .")[3].ends_with("NOUN"));
}
