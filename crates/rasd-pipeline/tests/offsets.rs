//! Offsets are sacred: every span of every layer indexes the original text, over the whole news
//! corpus and over arbitrary strings.

use proptest::prelude::*;
use rasd_ingest::{read_file, Format, ReadOptions};
use rasd_pipeline::{InputDoc, Pipeline, Stages};
use serde_json::Value;

/// Checks every object with integer `start`/`end` (and `text`, when present) against `original`;
/// returns the number of spans checked.
fn check_spans(v: &Value, original: &str, path: &str) -> Result<usize, String> {
    let mut n = 0;
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                if s > e
                    || e > original.len()
                    || !original.is_char_boundary(s)
                    || !original.is_char_boundary(e)
                {
                    return Err(format!("{path}: bad span {s}..{e}"));
                }
                if let Some(t) = m.get("text").and_then(Value::as_str) {
                    if &original[s..e] != t {
                        return Err(format!(
                            "{path}: text {t:?} != original[{s}..{e}] {:?}",
                            &original[s..e]
                        ));
                    }
                }
                n += 1;
            }
            for (k, x) in m {
                n += check_spans(x, original, &format!("{path}.{k}"))?;
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                n += check_spans(x, original, &format!("{path}[{i}]"))?;
            }
        }
        _ => {}
    }
    Ok(n)
}

fn check_doc(pipeline: &Pipeline, doc: &InputDoc) -> Result<usize, String> {
    let record = serde_json::to_value(pipeline.analyze(doc)).map_err(|e| e.to_string())?;
    check_spans(&record, &doc.text, &doc.id)
}

#[test]
fn whole_news_corpus_has_no_offset_violations() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl"
    );
    if !std::path::Path::new(path).exists() {
        eprintln!("skipped: {path} not found");
        return;
    }
    // Debug builds check a sample; the release build CI runs checks every article.
    let step = if cfg!(debug_assertions) { 25 } else { 1 };
    let pipeline = Pipeline::new(Stages::ALL);
    let opts = ReadOptions {
        format: Some(Format::Jsonl),
        ..ReadOptions::default()
    };
    let (mut docs, mut spans, mut errors, mut unreadable) = (0, 0, Vec::new(), 0);
    for (i, doc) in read_file(std::path::Path::new(path), &opts).enumerate() {
        if i % step != 0 {
            continue;
        }
        docs += 1;
        let doc = match doc {
            Ok(doc) => doc,
            // A few corpus records have an empty text: they become error records, never crashes.
            Err(e) => {
                assert_eq!(e.kind, rasd_ingest::ErrorKind::Empty, "{e}");
                unreadable += 1;
                continue;
            }
        };
        match check_doc(&pipeline, &doc) {
            Ok(n) => spans += n,
            Err(e) => errors.push(e),
        }
    }
    eprintln!(
        "{docs} documents ({unreadable} with an empty text), {spans} spans checked, {} violations",
        errors.len()
    );
    assert!(
        unreadable * 100 < docs,
        "too many unreadable records: {unreadable}"
    );
    assert!(
        errors.is_empty(),
        "offset violations: {:?}",
        &errors[..errors.len().min(5)]
    );
    assert!(
        docs >= 20_823 / step,
        "corpus shorter than expected: {docs}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn arbitrary_text_keeps_offsets(text in "(\\PC|[\u{0600}-\u{06FF}\u{FE70}-\u{FEFF}\u{200B}-\u{200F}\n «»\"#_.0-9٠-٩])*") {
        let doc = InputDoc::new("p", "proptest", text);
        let pipeline = Pipeline::new(Stages::ALL);
        prop_assert!(check_doc(&pipeline, &doc).is_ok(), "{:?}", check_doc(&pipeline, &doc));
    }
}
