//! Whole-document scorer tests: a perfect prediction built from gold scores 1.0, wrong ones less.

use super::*;
use serde_json::{json, Value};

fn example() -> GoldDoc {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/000_078f828b569287e7.gold.json"
    );
    GoldDoc::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A record that says exactly what the gold says.
fn perfect(gold: &GoldDoc) -> Value {
    let articles: Vec<Value> = gold
        .articles
        .iter()
        .map(|a| json!({"title": null, "body": [{"text": a.first_line_contains}]}))
        .collect();
    let mut mentions = Vec::new();
    let mut groups = Vec::new();
    for (i, e) in gold.entities.iter().enumerate() {
        for n in &e.names {
            let role = e.role.as_ref().map(|r| json!({"text": r}));
            mentions.push(json!({"text": n, "etype": e.etype, "group": i, "role": role}));
        }
        groups.push(json!({"id": i, "etype": e.etype, "name": e.names[0], "names": e.names}));
    }
    let quotes: Vec<Value> = gold
        .quotes
        .iter()
        .map(|q| json!({"cue": {"text": q.cue}, "content": {"text": q.content_contains}, "speaker": {"text": q.speaker[0], "kind": "named", "group": null}}))
        .chain(gold.quotes_no_speaker.iter().map(|q| json!({"content": {"text": q.content_contains}, "speaker": null})))
        .collect();
    let events: Vec<Value> = gold
        .events
        .iter()
        .map(|e| {
            let loc = e.location.as_ref().map(|l| json!({"text": l.names()[0]}));
            let target = e.target.as_ref().map(|t| json!({"text": t[0]}));
            json!({"trigger": {"text": e.trigger}, "cameo": format!("{}0", e.cameo_root), "source": {"text": e.source[0]},
                   "target": target, "location": loc, "date": e.date})
        })
        .collect();
    let numbers: Vec<Value> = gold
        .numbers
        .iter()
        .map(|n| json!({"text": n.text, "value": n.value}))
        .collect();
    json!({"articles": articles, "entities": {"mentions": mentions, "groups": groups}, "quotes": quotes, "events": events, "numbers": numbers})
}

#[test]
fn perfect_prediction_scores_one_everywhere() {
    let gold = example();
    let score = score_document(&gold, &perfect(&gold), None);
    assert!(score.errors.is_empty(), "{:?}", score.errors);
    for l in &score.layers {
        assert_eq!(l.counts.f1(), 1.0, "{}", l.layer);
    }
    assert_eq!(score.layer("quotes").unwrap().gold, 11);
    assert_eq!(score.layers.len(), LAYERS.len());
}

#[test]
fn wrong_predictions_score_less() {
    let gold = example();
    let mut rec = perfect(&gold);
    rec["quotes"][0]["speaker"]["text"] = json!("لويد أوستن");
    rec["quotes"][1]["content"]["text"] = json!("شيء آخر");
    rec["events"][0]["cameo"] = json!("190");
    rec["numbers"][0]["value"] = json!(30.0);
    rec["entities"]["mentions"][0]["etype"] = json!("ORG");
    rec["articles"][0]["body"] = json!([{"text": "جانب من اجتماع رؤساء أركان جيوش دول التحالف الدولي في الكويت\nيعقد رؤساء أركان جيوش دول التحالف الدولي"}]);
    let score = score_document(&gold, &rec, None);
    let q = score.layer("quotes").unwrap();
    assert_eq!((q.gold_found, q.pred, q.pred_correct), (9, 11, 9));
    assert!(score.layer("events").unwrap().f1() < 1.0);
    assert!(score.layer("numbers").unwrap().f1() < 1.0);
    assert!(score.layer("entities").unwrap().f1() < 1.0);
    assert_eq!(score.layer("articles").unwrap().gold_found, 1);
    assert!(score
        .errors
        .iter()
        .any(|e| e.layer == "quotes" && e.detail.contains("content found")));
}

#[test]
fn diagnostic_event_readings_ignore_the_actors_they_leave_out() {
    let gold = example();
    let mut rec = perfect(&gold);
    let events = gold.events.len();
    // a wrong target: only the full reading misses it
    let with_target = gold.events.iter().position(|e| e.target.is_some()).unwrap();
    rec["events"][with_target]["target"] = json!({"text": "لويد أوستن"});
    // a wrong source: the root-only reading still counts it
    let other = (with_target + 1) % events;
    rec["events"][other]["source"] = json!({"text": "لويد أوستن"});
    let score = score_document(&gold, &rec, None);
    let found = |l: &str| score.layer(l).unwrap().gold_found;
    assert_eq!(found("events"), events - 2);
    assert_eq!(found("event_root_source"), events - 1);
    assert_eq!(found("event_root"), events);
}

#[test]
fn speakers_resolve_through_groups_and_clitics() {
    let gold = example();
    let rec = json!({
    "entities": {"mentions": [], "groups": [{"id": 3, "etype": "PER", "name": "آشتون كارتر", "names": ["كارتر"]}]},
    "quotes": [
        {"content": {"text": "إن الولايات المتحدة عازمة على تسريع الحرب"}, "speaker": {"text": "الوزير", "kind": "nominal", "group": 3}},
        {"content": {"text": "أنه سيكشف عن تفاصيل الخطة"}, "speaker": {"text": "وكارتر", "kind": "named", "group": null}}
    ]});
    let q = score_document(&gold, &rec, None);
    let c = q.layer("quotes").unwrap();
    assert_eq!((c.gold, c.pred, c.pred_correct), (11, 2, 2));
    assert!(q.layer("events").is_none(), "absent layers are not scored");
}

#[test]
fn unnamed_sources_follow_quotes_no_speaker() {
    let gold =
        GoldDoc::from_json(r#"{"id":"u","quotes_no_speaker":[{"content_contains":"قتل ثلاثة"}]}"#)
            .unwrap();
    let unnamed = json!({"quotes": [{"content": {"text": "أنه قتل ثلاثة جنود"}, "speaker": {"text": "مصدر عسكري", "kind": "unnamed"}}]});
    let s = score_document(&gold, &unnamed, None);
    assert_eq!(s.layer("quotes_no_speaker").unwrap().f1(), 1.0);
    assert_eq!(s.layer("quotes").unwrap().pred, 0);
    let named = json!({"quotes": [{"content": {"text": "أنه قتل ثلاثة جنود"}, "speaker": {"text": "كارتر", "kind": "named"}}]});
    let s = score_document(&gold, &named, None);
    let c = s.layer("quotes").unwrap();
    assert_eq!(
        (c.pred, c.pred_correct),
        (1, 0),
        "a named speaker on a no-speaker statement is a false positive"
    );
}

#[test]
fn report_micro_averages_and_prints() {
    let gold = example();
    let mut report = Report::default();
    report.add(score_document(&gold, &perfect(&gold), None));
    report.add(score_document(&gold, &json!({"quotes": []}), None));
    let q = report.total("quotes").unwrap();
    assert_eq!((q.gold, q.gold_found), (22, 11));
    assert!(report.table().contains("quotes"));
    assert_eq!(
        report.to_json(true)["micro"]["quotes"]["recall"],
        json!(0.5)
    );
    assert!(report.errors_text().contains("content not found"));
}

#[test]
fn spans_without_text_are_read_from_the_original() {
    let original = "وزير الدفاع الأميركي آشتون كارتر\nأعلن وزير الدفاع الأميركي آشتون كارتر الخميس أن الحلف يدرس الانضمام.";
    let gold = GoldDoc::from_json(
        r#"{"id":"s","articles":[{"first_line_contains":"أعلن وزير الدفاع","removed_lines_contain":["وزير الدفاع الأميركي آشتون كارتر"]}],
            "entities":[{"type":"PER","names":["آشتون كارتر"],"role":"وزير الدفاع الأميركي"}]}"#,
    )
    .unwrap();
    let body = original.find("أعلن").unwrap();
    let name = original.rfind("آشتون").unwrap();
    let role = original.rfind("وزير").unwrap();
    let record = json!({
        "articles": [{"body": [{"start": body, "end": original.len()}]}],
        "entities": {"mentions": [{"start": name, "end": name + "آشتون كارتر".len(), "type": "PERS", "group": 0,
                                    "role": {"start": role, "end": role + "وزير الدفاع الأميركي".len()}}], "groups": []}
    });
    let s = score_document(&gold, &record, Some(original));
    assert_eq!(s.layer("articles").unwrap().f1(), 1.0, "{:?}", s.errors);
    assert_eq!(s.layer("entities").unwrap().f1(), 1.0);
    assert_eq!(s.layer("entity_roles").unwrap().f1(), 1.0);
    let whole = json!({"articles": [{"body": [{"start": 0, "end": original.len()}]}]});
    assert_eq!(
        score_document(&gold, &whole, Some(original))
            .layer("articles")
            .unwrap()
            .gold_found,
        0,
        "a caption left in the body"
    );
}
