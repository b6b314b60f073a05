//! The `.gold.json` document gold format (see `../shared/DESIGN.md`).

use serde::Deserialize;

/// One gold document: articles, entities, quotes, events and numbers of one text.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldDoc {
    /// Document id (the corpus `id`, or the example's file stem).
    pub id: String,
    /// The text file beside the gold file, when the text is not read from a corpus.
    pub file: Option<String>,
    /// The corpus file the text comes from (informative).
    pub corpus: Option<String>,
    /// Source outlet of the corpus record (informative).
    pub src: Option<String>,
    /// Publication date `YYYY-MM-DD`, metadata given to the analyser.
    pub published: Option<String>,
    /// Free-text annotator note.
    pub note: Option<String>,
    /// Articles of the document, in order.
    pub articles: Vec<GoldArticle>,
    /// Real-world entities mentioned.
    pub entities: Vec<GoldEntity>,
    /// Statements with an identifiable speaker.
    pub quotes: Vec<GoldQuote>,
    /// Statements whose speaker is an unnamed source or a report.
    pub quotes_no_speaker: Vec<GoldQuoteNoSpeaker>,
    /// Political events.
    pub events: Vec<GoldEvent>,
    /// Quantities.
    pub numbers: Vec<GoldNumber>,
}

/// One article of a gold document.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldArticle {
    /// Title of the article.
    pub title: Option<String>,
    /// Credited source (`وكالات`).
    pub source: Option<String>,
    /// A phrase of the first body line a cleaner keeps.
    pub first_line_contains: String,
    /// Update stamp, when the text has one.
    pub updated_at: Option<String>,
    /// Phrases of lines a cleaner removes.
    pub removed_lines_contain: Vec<String>,
}

/// One gold entity (counted once per document).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldEntity {
    /// `PER`, `ORG` or `LOC`.
    #[serde(rename = "type")]
    pub etype: String,
    /// Every surface form used for it, without leading clitics.
    pub names: Vec<String>,
    /// Role phrase (people only).
    pub role: Option<String>,
    /// Usual English name.
    pub canonical_en: Option<String>,
}

/// One gold quote with its acceptable speaker names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldQuote {
    /// Acceptable names of the speaker.
    pub speaker: Vec<String>,
    /// The cue word as written (informative).
    pub cue: String,
    /// A verbatim substring of the reported content.
    pub content_contains: String,
    /// True when quotation marks enclose the whole reported clause.
    pub direct: Option<bool>,
    /// Free-text note.
    pub note: Option<String>,
}

/// A statement with no identifiable speaker.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldQuoteNoSpeaker {
    /// A verbatim substring of the reported content.
    pub content_contains: String,
    /// The cue word (informative, optional).
    pub cue: Option<String>,
    /// Free-text note.
    pub note: Option<String>,
}

/// One or several names (a gold `location` may be a string or a list).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single name.
    One(String),
    /// Several acceptable names.
    Many(Vec<String>),
}

impl OneOrMany {
    /// The names as a list.
    pub fn names(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// One gold event.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldEvent {
    /// Acceptable names of the source actor.
    pub source: Vec<String>,
    /// Two-digit CAMEO root code.
    pub cameo_root: String,
    /// Acceptable names of the target, or `None` when there is none.
    pub target: Option<Vec<String>>,
    /// Place name(s), or `None`.
    pub location: Option<OneOrMany>,
    /// Resolved date `YYYY-MM-DD`, or `None`.
    pub date: Option<String>,
    /// Trigger words (informative).
    pub trigger: String,
    /// PLOVER type (informative).
    pub plover: Option<String>,
    /// Free-text note.
    pub note: Option<String>,
}

/// One gold quantity.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct GoldNumber {
    /// The number with its counted noun, verbatim.
    pub text: String,
    /// Its numeric value.
    pub value: f64,
}

impl GoldDoc {
    /// Parses a gold document from JSON text.
    pub fn from_json(s: &str) -> Result<GoldDoc, serde_json::Error> {
        serde_json::from_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shared_example() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/examples/000_078f828b569287e7.gold.json"
        );
        let gold = GoldDoc::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(gold.articles.len(), 2);
        assert_eq!(gold.quotes.len(), 11);
        assert_eq!(gold.numbers[3].value, 10000.0);
        let loc = gold.events[4].location.as_ref().unwrap().names();
        assert_eq!(loc, vec!["العراق", "سورية"]);
        assert!(gold.events[0].target.is_none());
    }

    #[test]
    fn accepts_optional_fields() {
        let g = GoldDoc::from_json(
            r#"{"id":"x","note":"n","quotes":[{"speaker":["a"],"cue":"قال","content_contains":"b","direct":true}],
            "quotes_no_speaker":[{"content_contains":"c"}],
            "events":[{"source":["a"],"cameo_root":"04","target":null,"location":null,"date":null,"trigger":"t","plover":"CONSULT"}]}"#,
        )
        .unwrap();
        assert_eq!(g.quotes[0].direct, Some(true));
        assert_eq!(g.quotes_no_speaker.len(), 1);
        assert_eq!(g.events[0].plover.as_deref(), Some("CONSULT"));
    }
}
