//! Readers for the arabic-event-gsr files: sentence labels (CSV) and actor spans (JSON).

use serde::Deserialize;
use std::collections::HashMap;

/// One labelled sentence of `{assault,protest}_gsr.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledSentence {
    /// Sentence id (`AAW_ARB_20070906.0027-2`).
    pub id: String,
    /// Source document id (the id without its sentence number).
    pub doc: String,
    /// PLOVER event type (`ASSAULT`, `PROTEST`).
    pub event_type: String,
    /// `yes`, `easy no`, `difficult no` or `ambiguous`.
    pub label: String,
    /// Sentence text.
    pub text: String,
    /// Annotators who accepted the sentence as an event of the type.
    pub accept: u32,
    /// Annotators who rejected it.
    pub reject: u32,
}

impl LabelledSentence {
    /// Share of annotators who accepted the sentence (0 when nobody voted).
    pub fn agreement(&self) -> f32 {
        let total = self.accept + self.reject;
        if total == 0 {
            0.0
        } else {
            self.accept as f32 / total as f32
        }
    }

    /// Gold class: `Some(true)` for yes, `Some(false)` for the two no labels, `None` for ambiguous.
    pub fn gold(&self) -> Option<bool> {
        match self.label.as_str() {
            "yes" => Some(true),
            "ambiguous" => None,
            _ => Some(false),
        }
    }
}

/// Splits one CSV record (RFC 4180 quoting) starting at `pos`; returns fields and next position.
fn csv_record(text: &str, mut pos: usize) -> (Vec<String>, usize) {
    let b = text.as_bytes();
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut seg = pos;
    while pos < b.len() {
        match (b[pos], quoted) {
            (b'"', true) if b.get(pos + 1) == Some(&b'"') => {
                cur.push_str(&text[seg..pos + 1]);
                pos += 2;
                seg = pos;
                continue;
            }
            (b'"', _) => {
                cur.push_str(&text[seg..pos]);
                quoted = !quoted;
                seg = pos + 1;
            }
            (b',', false) => {
                cur.push_str(&text[seg..pos]);
                fields.push(std::mem::take(&mut cur));
                seg = pos + 1;
            }
            (b'\n', false) => break,
            _ => {}
        }
        pos += 1;
    }
    cur.push_str(text[seg..pos.min(b.len())].trim_end_matches('\r'));
    fields.push(cur);
    (fields, pos + 1)
}

/// Parses a GSR CSV (`,accept,event_type,id,label,reject,text,total`).
pub fn parse_csv(text: &str) -> Vec<LabelledSentence> {
    let (header, mut pos) = csv_record(text, 0);
    let col = |n: &str| header.iter().position(|h| h == n);
    let votes = |f: &[String], n: &str| {
        col(n)
            .and_then(|c| f.get(c))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    };
    let (Some(ci), Some(ce), Some(cl), Some(ct)) =
        (col("id"), col("event_type"), col("label"), col("text"))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while pos < text.len() {
        let (f, next) = csv_record(text, pos);
        pos = next;
        if f.len() <= ct.max(ci).max(cl).max(ce) {
            continue;
        }
        out.push(LabelledSentence {
            doc: doc_of(&f[ci]),
            id: f[ci].clone(),
            event_type: f[ce].clone(),
            label: f[cl].clone(),
            text: f[ct].clone(),
            accept: votes(&f, "accept"),
            reject: votes(&f, "reject"),
        });
    }
    out
}

/// Document id of a sentence id: the id without its trailing sentence number, written `-N`
/// (`AAW_ARB_20070906.0027-2`) or `_N` (the hashed web ids of the protest file, `e687…c1e_32`).
pub fn doc_of(id: &str) -> String {
    ['-', '_']
        .into_iter()
        .find_map(|sep| id.rsplit_once(sep).filter(|(d, n)| is_numbered(d, n)))
        .map_or(id, |(d, _)| d)
        .to_string()
}

fn is_numbered(doc: &str, n: &str) -> bool {
    !doc.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
}

/// Cross-validation groups: source documents, with documents that share a sentence (same
/// text after `match_key` and whitespace folding) merged into one group, so no sentence is on
/// both sides of a fold. Returns one group name (a member document id) per sentence.
pub fn groups(sents: &[LabelledSentence]) -> Vec<String> {
    let docs: Vec<&str> = sents.iter().map(|s| s.doc.as_str()).collect();
    let mut parent: HashMap<&str, &str> = docs.iter().map(|d| (*d, *d)).collect();
    let mut by_text: HashMap<String, &str> = HashMap::new();
    for s in sents {
        let key = crate::norm::match_key(&s.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(other) = by_text.insert(key, s.doc.as_str()) {
            let (a, b) = (root(&parent, other), root(&parent, &s.doc));
            if a != b {
                parent.insert(a.max(b), a.min(b));
            }
        }
    }
    docs.iter().map(|d| root(&parent, d).to_string()).collect()
}

fn root<'a>(parent: &HashMap<&'a str, &'a str>, mut d: &'a str) -> &'a str {
    while let Some(p) = parent.get(d).filter(|p| **p != d) {
        d = p;
    }
    d
}

/// A CAMEO actor role in the span files.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct Role {
    /// ISO-3 country or `None`.
    #[serde(default)]
    pub main: Option<String>,
    /// CAMEO agent or `None`.
    #[serde(default)]
    pub role: Option<String>,
}

/// One span tuple.
#[derive(Debug, Clone, Deserialize)]
pub struct SpanTuple {
    /// Source actor tokens.
    pub source_actor: Vec<String>,
    /// Verb tokens.
    pub verb: Vec<String>,
    /// Target actor tokens.
    pub target_actor: Vec<String>,
    /// Source codes (an object, or the string `UNKNOWN`).
    pub source_role: serde_json::Value,
    /// Target codes.
    pub target_role: serde_json::Value,
}

/// One sentence of a span file.
#[derive(Debug, Clone, Deserialize)]
pub struct SpanSentence {
    /// Sentence id.
    pub source: String,
    /// Sentence text.
    pub text: String,
    /// Span tuples.
    pub spans: Vec<SpanTuple>,
}

/// The country code of a role value: `Some("None")` when explicitly none, `None` when absent/unknown.
pub fn role_main(v: &serde_json::Value) -> Option<String> {
    v.get("main").and_then(|m| m.as_str()).map(str::to_string)
}

/// Parses a span file.
pub fn parse_spans(text: &str) -> Result<Vec<SpanSentence>, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_handles_quotes_commas_and_newlines() {
        let t = ",accept,event_type,id,label,reject,text,total\n3,0,ASSAULT,A_B.1-2,yes,3,\"a, \"\"b\"\"\nc\",3\n";
        let r = parse_csv(t);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, "a, \"b\"\nc");
        assert_eq!(r[0].doc, "A_B.1");
        assert_eq!(r[0].gold(), Some(true));
        assert_eq!((r[0].accept, r[0].reject), (0, 3));
    }

    #[test]
    fn document_ids_drop_dash_or_underscore_sentence_numbers() {
        assert_eq!(doc_of("AAW_ARB_20070906.0027-12"), "AAW_ARB_20070906.0027");
        assert_eq!(doc_of("e6874d82b9c4_32"), "e6874d82b9c4");
        assert_eq!(doc_of("AAW_ARB_x"), "AAW_ARB_x");
    }

    #[test]
    fn documents_sharing_a_sentence_form_one_group() {
        let s = |id: &str, text: &str| LabelledSentence {
            id: id.into(),
            doc: doc_of(id),
            event_type: "PROTEST".into(),
            label: "yes".into(),
            text: text.into(),
            accept: 3,
            reject: 0,
        };
        let sents = [
            s("a_1", "جملة اولى"),
            s("b_1", "جملة  أولى"),
            s("c_1", "جملة ثالثة"),
            s("b_2", "أخرى"),
        ];
        let g = groups(&sents);
        assert_eq!(g[0], g[1]);
        assert_eq!(g[1], g[3]);
        assert_ne!(g[0], g[2]);
    }

    #[test]
    fn reads_the_shared_dev_files() {
        let p = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/arabic-event-gsr/assault_gsr.csv"
        );
        let text = std::fs::read_to_string(p).expect("../shared/data beside the repository");
        let r = parse_csv(&text);
        assert_eq!(r.len(), 1275);
        assert_eq!(r.iter().filter(|s| s.label == "yes").count(), 115);
    }
}
