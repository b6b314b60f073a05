//! [`InputDoc`]: one document as read, before splitting into articles.

use serde::{Deserialize, Serialize};

/// One input document, as produced by the readers.
///
/// `text` is the ORIGINAL text every later span points into (byte offsets);
/// readers never edit it beyond decoding (a leading UTF-8 byte-order mark is dropped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputDoc {
    /// Document id: the JSONL id field, else the file stem (or `path:line`).
    pub id: String,
    /// Where it came from: a path, `path:line` for JSON Lines, `-` for stdin.
    pub origin: String,
    /// The text.
    pub text: String,
    /// Title from the record or the HTML page, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub published: Option<chrono::NaiveDate>,
    /// Source URL, when known.
    pub url: Option<String>,
    /// Author / credit line from the metadata (e.g. `الرياض - فرانس برس`), when known.
    pub author: Option<String>,
}

impl InputDoc {
    /// A document with only an id, an origin and a text.
    pub fn new(id: impl Into<String>, origin: impl Into<String>, text: impl Into<String>) -> Self {
        InputDoc {
            id: id.into(),
            origin: origin.into(),
            text: text.into(),
            title: None,
            published: None,
            url: None,
            author: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_leaves_metadata_empty() {
        let d = InputDoc::new("a", "a.txt", "نص");
        assert_eq!(d.text, "نص");
        assert!(d.title.is_none() && d.published.is_none() && d.url.is_none());
    }
}
