//! The acceptance example: the six gold events of ../shared/examples with the built-in
//! layers (no NER), matched as the document scorer does (root, source, target names).

use rasd_event::norm::match_key;
use rasd_event::{Coder, Event, NaiveDate};

const TEXT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/examples/000_078f828b569287e7.txt"
);
const GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/examples/000_078f828b569287e7.gold.json"
);

fn key(s: &str) -> String {
    let k = match_key(s);
    let k = k.strip_prefix('و').unwrap_or(&k).to_string();
    k.strip_prefix("لل").map(|r| format!("ال{r}")).unwrap_or(k)
}

fn names(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).map(key).collect(),
        serde_json::Value::String(s) => vec![key(s)],
        _ => Vec::new(),
    }
}

fn fits(g: &serde_json::Value, e: &Event) -> bool {
    let src = e.source.as_ref().map(|a| key(&a.text));
    let tgt = e.target.as_ref().map(|a| key(&a.text));
    let gt = names(&g["target"]);
    g["cameo_root"] == e.root.as_str()
        && src.is_some_and(|s| names(&g["source"]).contains(&s))
        && (gt.is_empty() || tgt.is_some_and(|t| gt.contains(&t)))
}

#[test]
fn six_gold_events_with_places_and_dates() {
    let text = std::fs::read_to_string(TEXT).expect("../shared beside the repository");
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(GOLD).unwrap()).unwrap();
    let events = Coder::embedded().extract_text(&text, NaiveDate::from_ymd_opt(2016, 2, 11));
    let gold_events = gold["events"].as_array().unwrap();
    let mut used = Vec::new();
    for g in gold_events {
        let hit = (0..events.len()).find(|i| !used.contains(i) && fits(g, &events[*i]));
        let Some(i) = hit else {
            panic!("missed {g}\n{events:#?}")
        };
        used.push(i);
        let e = &events[i];
        if !g["location"].is_null() {
            let loc = e.location.as_ref().map(|l| key(&l.text));
            assert!(
                loc.is_some_and(|l| names(&g["location"]).contains(&l)),
                "place of {g}: {:?}",
                e.location
            );
        }
        assert_eq!(e.date.as_deref(), g["date"].as_str(), "date of {g}");
    }
    assert_eq!(used.len(), 6);
    assert_eq!(
        events.len(),
        6,
        "no duplicates or extra events: {events:#?}"
    );
    for e in &events {
        assert_eq!(&text[e.trigger.start..e.trigger.end], e.trigger.text);
        assert!(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
    }
}
