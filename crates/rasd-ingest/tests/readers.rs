//! Readers on arbitrary bytes (never panic) and on the shared data (read as is).

use proptest::prelude::*;
use rasd_ingest::{read_path, read_reader, Format, ReadOptions};
use std::path::Path;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn read_bytes(bytes: Vec<u8>, format: Format) -> Vec<rasd_ingest::DocResult> {
    read_reader(
        std::io::Cursor::new(bytes),
        "x".into(),
        "x".into(),
        format,
        &ReadOptions::default(),
    )
    .collect()
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for format in [Format::Plain, Format::Jsonl, Format::Html] {
            for doc in read_bytes(bytes.clone(), format).into_iter().flatten() {
                prop_assert!(!doc.text.trim().is_empty());
            }
        }
    }
}

#[test]
fn corpus_first_records_have_metadata() {
    let corpus = format!("{SHARED}/data/news-corpus/ant_multisource_v2.1.politics_economy.jsonl");
    let docs: Vec<_> = read_path(Path::new(&corpus), &ReadOptions::default())
        .take(50)
        .collect();
    assert_eq!(docs.len(), 50);
    for d in &docs {
        let d = d.as_ref().expect("corpus records read");
        assert!(
            d.title.is_some() && d.url.is_some() && d.published.is_some(),
            "{}",
            d.id
        );
        assert!(d.origin.contains(".jsonl:"));
    }
    let first = docs[0].as_ref().unwrap();
    assert_eq!(first.id, "AL-economy-1-20180218");
    assert_eq!(first.author.as_deref(), Some("الرياض - فرانس برس"));
    assert_eq!(
        first.published,
        chrono::NaiveDate::from_ymd_opt(2018, 2, 18)
    );
}

#[test]
fn examples_directory_reads_only_the_text_files() {
    let docs: Vec<_> = read_path(
        Path::new(&format!("{SHARED}/examples")),
        &ReadOptions::default(),
    )
    .collect();
    assert!(!docs.is_empty());
    for d in docs {
        let d = d.expect("example reads");
        assert!(d.origin.ends_with(".txt"), "{}", d.origin);
    }
}
