//! End-to-end tests of `rasd eval ner`: the tagger alone and, with `--recognizer`, the whole
//! recogniser of `rasd analyze` mapped back onto the gold file's tokens.

mod common;
use common::{assert_ok, rasd};

const GOLD: &str = "وقال O\nوزير O\nالدفاع O\nالأميركي O\nآشتون B-PERS\nكارتر I-PERS\nفي O\nبروكسل B-LOC\n. O\n\nوزار O\nكارتر B-PERS\nبغداد B-LOC\n. O\n";

/// The `token gold predicted` lines `rasd eval ner` writes for the gold above.
fn predicted(extra: &[&str]) -> Vec<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("rasd-ner-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.txt");
    let pred = dir.join(format!("pred{}.txt", extra.len()));
    std::fs::write(&gold, GOLD).unwrap();
    let (g, p) = (gold.display().to_string(), pred.display().to_string());
    let mut args = vec![
        "eval",
        "ner",
        "--gold",
        g.as_str(),
        "--predictions",
        p.as_str(),
        "--json",
    ];
    args.extend(extra);
    let out = rasd(&args);
    assert_ok(&out);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["report"]["tokens"], 13, "{report:#}");
    std::fs::read_to_string(&pred)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(' ').map(str::to_string).collect())
        .collect()
}

#[test]
fn the_tagger_and_the_recogniser_label_the_gold_tokens() {
    for extra in [&[][..], &["--recognizer"][..]] {
        let lines = predicted(extra);
        assert_eq!(lines.len(), 13, "{lines:?}");
        let tag = |i: usize| lines[i][2].as_str();
        assert_eq!((tag(4), tag(5)), ("B-PER", "I-PER"), "{extra:?} {lines:?}");
        assert_eq!(tag(7), "B-LOC", "{extra:?} {lines:?}");
        // a mention never labels the clitic-free part of a token only: the whole token
        assert!(
            lines.iter().all(|l| l[2] == "O" || l[2].len() > 2),
            "{lines:?}"
        );
    }
}
