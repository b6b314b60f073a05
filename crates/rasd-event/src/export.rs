//! Event exports: GDELT-like CSV, JSON Lines, PLOVER JSON records.

use crate::types::{Actor, Event};
use serde_json::{json, Value};

/// Header of the GDELT-like CSV.
pub const CSV_HEADER: &str = "DocId,EventId,SQLDATE,Actor1Name,Actor1Code,Actor1CountryCode,Actor2Name,Actor2Code,Actor2CountryCode,EventCode,EventRootCode,QuadClass,GoldsteinScale,PloverCategory,Modality,ActionGeo_FullName,TriggerText,TriggerStart,TriggerEnd,SentenceStart,SentenceEnd,Confidence";

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn actor_cols(a: &Option<Actor>) -> [String; 3] {
    match a {
        Some(a) => {
            let code = a.code.clone().unwrap_or_default();
            let country = code
                .get(..3)
                .filter(|c| c.chars().all(|x| x.is_ascii_uppercase()))
                .unwrap_or("")
                .to_string();
            [csv_field(&a.text), code, country]
        }
        None => Default::default(),
    }
}

/// One CSV row (no trailing newline).
pub fn csv_row(doc: &str, n: usize, e: &Event) -> String {
    let [a1, a1c, a1k] = actor_cols(&e.source);
    let [a2, a2c, a2k] = actor_cols(&e.target);
    let date = e.date.as_deref().unwrap_or("").replace('-', "");
    let loc = e
        .location
        .as_ref()
        .map(|l| csv_field(&l.text))
        .unwrap_or_default();
    let cols = [
        csv_field(doc),
        n.to_string(),
        date,
        a1,
        a1c,
        a1k,
        a2,
        a2c,
        a2k,
        e.cameo.clone(),
        e.root.clone(),
        e.quad_class.to_string(),
        format!("{:.1}", e.goldstein),
        e.plover.clone().unwrap_or_default(),
        e.modality.clone(),
        loc,
        csv_field(&e.trigger.text),
        e.trigger.start.to_string(),
        e.trigger.end.to_string(),
        e.sentence.start.to_string(),
        e.sentence.end.to_string(),
        e.confidence.map(|c| format!("{c:.3}")).unwrap_or_default(),
    ];
    cols.join(",")
}

/// A PLOVER JSON record (null for events whose CAMEO root has no PLOVER category).
pub fn plover_record(doc: &str, n: usize, e: &Event, original: &str) -> Option<Value> {
    let ev = e.plover.clone()?;
    let actor = |a: &Option<Actor>| a.as_ref().map(|a| a.text.clone());
    let code = |a: &Option<Actor>| a.as_ref().and_then(|a| a.code.clone());
    Some(json!({
        "id": format!("{doc}-{n}"),
        "date": e.date,
        "event": ev,
        "mode": e.plover_mode,
        "context": e.plover_context,
        "source": actor(&e.source),
        "source_code": code(&e.source),
        "target": actor(&e.target),
        "target_code": code(&e.target),
        "location": e.location.as_ref().map(|l| l.text.clone()),
        "modality": e.modality,
        "cameo": e.cameo,
        "text": original.get(e.sentence.start..e.sentence.end),
        "trigger": e.trigger.text,
        "confidence": e.confidence,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{ByteSpan, TextSpan};

    fn ev() -> Event {
        Event {
            trigger: TextSpan {
                start: 0,
                end: 3,
                text: "قصف".into(),
            },
            sentence: ByteSpan { start: 0, end: 10 },
            cameo: "195".into(),
            root: "19".into(),
            cameo_label: None,
            plover: Some("ASSAULT".into()),
            plover_mode: None,
            plover_context: None,
            quad_class: 4,
            goldstein: -10.0,
            source: Some(Actor {
                text: "الجيش, العراقي".into(),
                start: 0,
                end: 1,
                group: None,
                code: Some("IRQMIL".into()),
            }),
            target: None,
            location: None,
            date: Some("2016-02-11".into()),
            modality: "asserted".into(),
            negated: false,
            origin: "dictionary".into(),
            confidence: None,
        }
    }

    #[test]
    fn csv_row_has_header_arity_and_quotes() {
        let row = csv_row("d1", 1, &ev());
        assert!(row.contains("\"الجيش, العراقي\",IRQMIL,IRQ"));
        assert!(row.contains(",20160211,"));
        assert!(row.contains(",195,19,4,-10.0,ASSAULT,"));
    }

    #[test]
    fn plover_record_fields() {
        let r = plover_record("d", 1, &ev(), "0123456789").unwrap();
        assert_eq!(r["event"], "ASSAULT");
        assert_eq!(r["source_code"], "IRQMIL");
    }
}
