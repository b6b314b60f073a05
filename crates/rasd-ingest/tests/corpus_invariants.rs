//! Span invariants of the splitter over the news corpus (fast sample + full #[ignore]d run)
//! and over arbitrary strings (proptest).

use proptest::prelude::*;
use rasd_ingest::{read_path, split_articles, validate, ErrorKind, ReadOptions};
use std::path::Path;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"
);

/// Splits every `step`-th corpus document (at most `limit`) and checks the invariants.
fn check_corpus(step: usize, limit: usize) -> usize {
    let docs = read_path(Path::new(CORPUS), &ReadOptions::default());
    let mut n = 0;
    for doc in docs.step_by(step).take(limit) {
        let doc = match doc {
            Ok(doc) => doc,
            // One corpus record has an empty text; any other error is a reader bug.
            Err(e) if e.kind == ErrorKind::Empty => continue,
            Err(e) => panic!("{e}"),
        };
        let arts = split_articles(&doc.text);
        if let Err(e) = validate(&doc.text, &arts) {
            panic!("{}: {e}", doc.id);
        }
        assert!(!arts.is_empty(), "{}: no article", doc.id);
        n += 1;
    }
    n
}

#[test]
fn corpus_sample_invariants() {
    assert_eq!(check_corpus(97, 200), 200);
}

#[test]
#[ignore = "whole corpus, ~20k documents: cargo test -p rasd-ingest --release -- --ignored"]
fn corpus_full_invariants() {
    assert!(check_corpus(1, usize::MAX) > 20_000);
    // 20,823 records, one of which has an empty text.
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_keeps_invariants(chars in proptest::collection::vec(any::<char>(), 0..200)) {
        let s: String = chars.into_iter().collect();
        let arts = split_articles(&s);
        prop_assert!(validate(&s, &arts).is_ok(), "{:?}", validate(&s, &arts));
    }

    #[test]
    fn mixed_lines_never_panic(s in "[\\PC\n\r\u{a0}\u{2028}]{0,300}") {
        let arts = split_articles(&s);
        prop_assert!(validate(&s, &arts).is_ok(), "{:?}", validate(&s, &arts));
    }

    #[test]
    fn arabic_like_lines_keep_invariants(lines in proptest::collection::vec(
        "(المصدر: وكالات|صورة|اقرأ أيضاً:|---|بيروت \\(رويترز\\) - قال|\\(تحديث: 1[0-9]:3[0-9] تغ\\)|[ \u{a0}\u{200f}]|نص [أ-ي ]{0,20}\\.?){1,3}", 0..12)) {
        let s = lines.join("\n");
        let arts = split_articles(&s);
        prop_assert!(validate(&s, &arts).is_ok(), "{:?}", validate(&s, &arts));
    }
}
