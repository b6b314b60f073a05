//! Read-only view of an analysed-document record (the pipeline's JSON) for scoring.

use serde_json::Value;

/// An analysed-document record plus, optionally, the original text its spans point into.
#[derive(Debug, Clone, Copy)]
pub struct Predicted<'a> {
    /// The record as JSON.
    pub record: &'a Value,
    /// The original text, used for spans that carry no `text`.
    pub original: Option<&'a str>,
}

impl<'a> Predicted<'a> {
    /// A view over `record`, with the `original` text when known.
    pub fn new(record: &'a Value, original: Option<&'a str>) -> Predicted<'a> {
        Predicted { record, original }
    }

    /// The list under `key`, or `None` when the analyser did not produce that layer.
    pub fn list(&self, key: &str) -> Option<&'a Vec<Value>> {
        self.record.get(key)?.as_array()
    }

    /// Entity mentions (`entities.mentions`), if produced.
    pub fn mentions(&self) -> Option<&'a Vec<Value>> {
        self.record.get("entities")?.get("mentions")?.as_array()
    }

    /// Entity groups (`entities.groups`), empty if not produced.
    pub fn groups(&self) -> &'a [Value] {
        self.record
            .get("entities")
            .and_then(|e| e.get("groups"))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The text of a span-like value: its `text` field, else the original sliced by `start`/`end`
    /// (also looked up under a nested `span`), else a plain string value.
    pub fn text_of(&self, v: &Value) -> Option<String> {
        if let Some(s) = v.as_str() {
            return Some(s.to_string());
        }
        // A mention's or speaker's `name` (article restored in لل, canonical name) before its raw `text`.
        if let Some(t) = v
            .get("name")
            .or_else(|| v.get("text"))
            .and_then(Value::as_str)
        {
            return Some(t.to_string());
        }
        let span = v.get("span").unwrap_or(v);
        let (s, e) = (
            span.get("start")?.as_u64()? as usize,
            span.get("end")?.as_u64()? as usize,
        );
        self.original?.get(s..e).map(str::to_string)
    }

    /// The names of entity group `id`: canonical `name` then `names`.
    pub fn group_names(&self, id: u64) -> Vec<String> {
        let groups = self.groups();
        let group = groups
            .iter()
            .find(|g| g.get("id").and_then(Value::as_u64) == Some(id))
            .or_else(|| groups.get(id as usize));
        let Some(group) = group else {
            return Vec::new();
        };
        let mut names: Vec<String> = group
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .into_iter()
            .collect();
        if let Some(list) = group.get("names").and_then(Value::as_array) {
            names.extend(list.iter().filter_map(Value::as_str).map(str::to_string));
        }
        names
    }

    /// Every name an actor value (`{"text", "group"}`) resolves to: its text and its group's names.
    pub fn actor_names(&self, actor: &Value) -> Vec<String> {
        if actor.is_null() {
            return Vec::new();
        }
        let mut names: Vec<String> = self.text_of(actor).into_iter().collect();
        if actor.get("name").is_some() {
            names.extend(
                actor
                    .get("text")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            );
        }
        if let Some(id) = actor.get("group").and_then(Value::as_u64) {
            names.extend(self.group_names(id));
        }
        names
    }
}

/// Entity type names unified (`PERS` → `PER`, `ORGANIZATION` → `ORG`, `LOCATION`/`GPE` → `LOC`).
pub fn unify_type(t: &str) -> &str {
    match t {
        "PERS" | "PERSON" => "PER",
        "ORGANIZATION" | "ORGANISATION" => "ORG",
        "LOCATION" | "GPE" => "LOC",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn texts_and_groups() {
        let rec = json!({"entities":{"mentions":[],"groups":[{"id":7,"etype":"PER","name":"آشتون كارتر","names":["كارتر"]}]}});
        let p = Predicted::new(&rec, Some("abcdef"));
        assert_eq!(
            p.text_of(&json!({"start":1,"end":3})).as_deref(),
            Some("bc")
        );
        assert_eq!(
            p.text_of(&json!({"span":{"start":0,"end":2}})).as_deref(),
            Some("ab")
        );
        assert_eq!(
            p.actor_names(&json!({"text":"الوزير","group":7})),
            vec!["الوزير", "آشتون كارتر", "كارتر"]
        );
        assert_eq!(
            p.actor_names(&json!({"text":"لحلف","name":"الحلف"})),
            vec!["الحلف", "لحلف"]
        );
        assert!(p.list("events").is_none());
        assert_eq!(unify_type("PERS"), "PER");
    }
}
