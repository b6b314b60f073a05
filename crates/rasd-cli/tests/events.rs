//! End-to-end tests of `rasd events`: files are split into articles and cleaned as `rasd analyze`
//! does, so removed lines (titles, repeated captions, credits) are never coded.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;

mod common;
use common::rasd;

/// The `event` objects of a JSON Lines output.
fn events(out: &Output) -> Vec<Value> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("each line is JSON")["event"].clone())
        .collect()
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rasd-events-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A caption and its repeat (both removed by the cleaner), then a dated body with another act.
const CAPTION: &str = "اتهم الجيش العراقي تنظيم داعش بقتل المدنيين في الموصل";
const BODY: &str = "بغداد - رويترز: ندد الجيش العراقي الثلاثاء بهجوم تنظيم داعش على قرية في كركوك.";

#[test]
fn events_are_coded_per_article_without_removed_lines() {
    let text = format!("{CAPTION}\n {CAPTION}\n\n{BODY}\n\nالمصدر: وكالات\n");
    let path = temp_file("caption.txt", &text);
    let path = path.to_str().unwrap();
    let body_start = text.find(BODY).unwrap();
    let trigger = |e: &Value| {
        let start = e["trigger"]["start"].as_u64().unwrap() as usize;
        let end = e["trigger"]["end"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..end], e["trigger"]["text"].as_str().unwrap());
        start
    };
    let split = events(&rasd(&["events", path, "--published", "2019-07-10"]));
    assert!(split.iter().any(|e| e["root"] == "11"), "{split:#?}");
    assert!(split.iter().all(|e| trigger(e) >= body_start), "{split:#?}");
    // the built-in layers read the whole file: the caption's accusation is coded there
    let whole = events(&rasd(&["events", "--no-layers", path]));
    assert!(whole.iter().any(|e| trigger(e) < body_start), "{whole:#?}");
}

#[test]
fn a_participle_clause_keeps_the_speaker_as_source() {
    let path = format!(
        "{}/../../examples/amman-water-talks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let all = events(&rasd(&["events", &path, "--published", "2019-07-10"]));
    let appeal = all
        .iter()
        .find(|e| e["trigger"]["text"] == "داعيا")
        .expect("the appeal is coded");
    assert_eq!(appeal["root"], "02", "{appeal:#}");
    assert_eq!(appeal["source"]["text"], "تيد شيبان", "{appeal:#}");
    assert_eq!(appeal["target"]["text"], "الدول المانحة", "{appeal:#}");
}
