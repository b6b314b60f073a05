use super::*;

fn example() -> Option<(InputDoc, serde_json::Value)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples/");
    let text = std::fs::read_to_string(format!("{dir}000_078f828b569287e7.txt")).ok()?;
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}000_078f828b569287e7.gold.json")).ok()?,
    )
    .ok()?;
    let mut doc = InputDoc::new("000_078f828b569287e7", "example", text);
    doc.published = gold["published"].as_str().and_then(|d| d.parse().ok());
    Some((doc, gold))
}

#[test]
fn every_span_indexes_the_original() {
    let Some((doc, _)) = example() else { return };
    let record = Pipeline::new(Stages::TEXT).analyze(&doc);
    let json = serde_json::to_value(&record).unwrap();
    check_spans(&json, &doc.text);
}

/// Walks a JSON value: every object with integer `start`/`end` and a `text` must agree with the original.
fn check_spans(v: &serde_json::Value, original: &str) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(|x| x.as_u64()),
                m.get("end").and_then(|x| x.as_u64()),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    original.is_char_boundary(s) && original.is_char_boundary(e) && s <= e,
                    "bad span {s}..{e}"
                );
                if let Some(t) = m.get("text").and_then(|t| t.as_str()) {
                    assert_eq!(&original[s..e], t);
                }
            }
            m.values().for_each(|x| check_spans(x, original));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| check_spans(x, original)),
        _ => {}
    }
}

#[test]
fn example_numbers_and_dates_match_gold() {
    let Some((doc, gold)) = example() else { return };
    let record = Pipeline::new(Stages::TEXT).analyze(&doc);
    for n in gold["numbers"].as_array().unwrap() {
        let text = n["text"].as_str().unwrap();
        let value = n["value"].as_f64().unwrap();
        assert!(
            record
                .numbers
                .iter()
                .any(|m| m.value == value && m.text.contains(text)),
            "missing number {text}"
        );
    }
    let thursday = record.dates.iter().find(|d| d.text == "الخميس").unwrap();
    assert_eq!(
        thursday.value.map(|v| v.to_string()).as_deref(),
        Some("2016-02-11")
    );
    let monday = record.dates.iter().find(|d| d.text == "الاثنين").unwrap();
    assert_eq!(
        monday.value, None,
        "the first report's own date is not in the text"
    );
}

#[test]
fn dateline_place_and_agency_become_entities_grouped_with_the_body() {
    let text = "أتلانتا، الولايات المتحدة الأمريكية (CNN) -- قال مسؤول في الولايات المتحدة الأمريكية إن الاجتماع انتهى.\n";
    let doc = InputDoc::new("d", "test", text);
    let rec = Pipeline::new(Stages::ALL).analyze(&doc);
    let ents = rec.entities.expect("entities");
    let found: Vec<(&str, &str)> = ents
        .mentions
        .iter()
        .map(|m| (m.etype.name(), m.text.as_str()))
        .collect();
    assert!(found.contains(&("LOC", "أتلانتا")), "{found:?}");
    assert!(found.contains(&("ORG", "CNN")), "{found:?}");
    let usa: Vec<_> = ents
        .mentions
        .iter()
        .filter(|m| m.text == "الولايات المتحدة الأمريكية")
        .collect();
    assert_eq!(usa.len(), 2, "{found:?}");
    assert_eq!(usa[0].group, usa[1].group);
    for m in &ents.mentions {
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
}

#[test]
fn comma_parts_are_trimmed_spans() {
    let text = "دبي ، الإمارات,  مصر ";
    let parts: Vec<&str> = comma_parts(text, Span::new(0, text.len()))
        .map(|s| s.text(text))
        .collect();
    assert_eq!(parts, ["دبي", "الإمارات", "مصر"]);
}
