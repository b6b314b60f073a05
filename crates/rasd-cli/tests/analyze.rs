//! End-to-end tests of `rasd analyze`: the shipped example, the shared gold example, and every bad-input case.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;
use common::{assert_ok, rasd};

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn repo(path: &str) -> String {
    format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))
}

fn shared(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(format!(
        "{}/../../../shared/{path}",
        env!("CARGO_MANIFEST_DIR")
    ));
    p.exists().then_some(p)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rasd-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn shipped_example_analyses() {
    let out = rasd(&[
        "analyze",
        &repo("examples/amman-water-talks.txt"),
        "--published",
        "2019-07-10",
    ]);
    assert_ok(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!(r["status"], "ok");
    assert_eq!(r["schema_version"], "1.0");
    assert_eq!(r["articles"].as_array().unwrap().len(), 2);
    assert_eq!(r["articles"][1]["updated_at"], "14:05 GMT");
}

#[test]
fn shared_example_articles_match_gold() {
    let (Some(txt), Some(gold)) = (
        shared("examples/000_078f828b569287e7.txt"),
        shared("examples/000_078f828b569287e7.gold.json"),
    ) else {
        return;
    };
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap()).unwrap();
    let text = std::fs::read_to_string(&txt).unwrap();
    let out = rasd(&[
        "analyze",
        txt.to_str().unwrap(),
        "--published",
        gold["published"].as_str().unwrap(),
    ]);
    let rec = &records(&out)[0];
    let (got, want) = (
        rec["articles"].as_array().unwrap(),
        gold["articles"].as_array().unwrap(),
    );
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g["title"]["text"], w["title"]);
        assert_eq!(g["source"], w["source"]);
        if let Some(u) = w.get("updated_at") {
            assert_eq!(&g["updated_at"], u);
        }
        let body: Vec<&str> = g["body"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize]
            })
            .collect();
        assert!(
            body[0].contains(w["first_line_contains"].as_str().unwrap()),
            "first kept line: {}",
            body[0]
        );
        for removed in w["removed_lines_contain"].as_array().unwrap() {
            let removed = removed.as_str().unwrap();
            // A removed line is gone when no kept paragraph is (mostly) that line; the caption's words
            // may still appear inside a longer body sentence.
            let left = body
                .iter()
                .any(|b| b.contains(removed) && b.trim().len() * 4 <= removed.len() * 5);
            assert!(!left, "{removed} left in the body");
        }
    }
}

#[test]
fn bad_inputs_give_one_error_record_each_and_the_batch_goes_on() {
    let dir = temp_dir("bad");
    std::fs::write(dir.join("a_good.txt"), "قال الوزير إن الاجتماع ناجح.").unwrap();
    std::fs::write(dir.join("b_invalid.txt"), b"\xd9\x82\xff\xfe").unwrap();
    std::fs::write(dir.join("c_binary.txt"), b"\x00\x01\x02\x00bin").unwrap();
    std::fs::write(dir.join("d_empty.txt"), " \n\t ").unwrap();
    std::fs::write(dir.join("e_big.txt"), "كلمة ".repeat(400)).unwrap();
    std::fs::write(dir.join("f.jsonl"), "{\"id\":\"x1\",\"text\":\"نص أول\"}\n{not json\n{\"id\":\"x3\",\"title\":\"بلا نص\"}\n{\"id\":\"x4\",\"text\":\"نص رابع\"}\n").unwrap();
    let out = rasd(&["analyze", dir.to_str().unwrap(), "--max-bytes", "1000"]);
    assert_eq!(out.status.code(), Some(1), "some documents failed");
    let recs = records(&out);
    let kinds: Vec<String> = recs
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap_or("ok").to_string())
        .collect();
    assert_eq!(
        kinds,
        [
            "ok",
            "invalid_utf8",
            "binary",
            "empty",
            "too_large",
            "ok",
            "malformed_json",
            "missing_field",
            "ok"
        ]
    );
    for r in recs.iter().filter(|r| r["status"] == "error") {
        assert!(
            !r["origin"].as_str().unwrap().is_empty()
                && !r["error"]["message"].as_str().unwrap().is_empty()
        );
    }
    assert!(recs[6]["origin"].as_str().unwrap().ends_with("f.jsonl:2"));
}

#[test]
fn texts_that_end_on_an_open_word_are_analysed() {
    // each of these, with no closing punctuation, read past the last word (a panic turned into
    // an internal error record): an act word alone, a role before its comma, an unnamed
    // subject, a description whose complement the text cuts off
    let texts = [
        "زار",
        "قتل",
        "قال الرئيس الأمريكي،",
        "هاجم الرئيس التونسي السابق،",
        "واتفق الزعيم",
        "ولطالما انتقد ناشطون",
        "وحسبما أوردت صحيفة \"ديلي ميل\" البريطانية، الخميس، فقد احتوى الملصق على عبارة، ووصفت الصحيفة",
    ];
    let dir = temp_dir("open_end");
    let lines: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("t{i}"), "text": t}).to_string())
        .collect();
    let path = dir.join("open.jsonl");
    std::fs::write(&path, lines.join("\n")).unwrap();
    let out = rasd(&["analyze", "--input-format", "jsonl", path.to_str().unwrap()]);
    assert_ok(&out);
    let recs = records(&out);
    assert_eq!(recs.len(), texts.len());
    assert!(recs.iter().all(|r| r["status"] == "ok"), "{recs:#?}");
}

#[test]
fn directories_honour_include_and_exclude_globs() {
    let dir = temp_dir("globs");
    std::fs::create_dir_all(dir.join("sub/skip")).unwrap();
    std::fs::write(dir.join("one.txt"), "نص أول").unwrap();
    std::fs::write(dir.join("sub/two.txt"), "نص ثان").unwrap();
    std::fs::write(dir.join("sub/skip/three.txt"), "نص ثالث").unwrap();
    std::fs::write(dir.join("sub/four.md"), "نص رابع").unwrap();
    let out = rasd(&[
        "analyze",
        dir.to_str().unwrap(),
        "--include",
        "**/*.txt",
        "--exclude",
        "**/skip/**",
    ]);
    let ids: Vec<String> = records(&out)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["one", "two"]);
}

#[test]
fn stdin_and_conllu() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasd"))
        .args(["analyze", "-", "--format", "conllu"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("وقال كارتر: «نعم».".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("# sent_id = stdin-1\n# text = وقال كارتر: «نعم»."),
        "{text}"
    );
    assert!(text.lines().any(|l| l.contains("SpaceAfter=No")));
}

#[test]
fn usage_errors_exit_with_2() {
    let out = rasd(&["analyze", "--input-format", "pdf", "x.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--input-format"));
    assert!(Path::new(&repo("schema/rasd-document.schema.json")).exists());
}
