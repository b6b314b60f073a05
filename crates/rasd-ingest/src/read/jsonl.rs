//! JSON Lines reader: one record per line, streamed; a bad line becomes an
//! error record and the rest go on.

use super::decode::{check_size, check_text, invalid_utf8};
use crate::date::parse_date;
use crate::doc::InputDoc;
use crate::error::{ErrorKind, InputError};
use serde_json::{Map, Value};
use std::io::{BufRead, Read};

/// Field names read from each JSON object; for each field the first name present wins.
///
/// The defaults read `../shared/data/news-corpus/*.jsonl` as is (`id`, `title`,
/// `text`, `time`, `url`, `author`); its `abstract` is the first paragraph of
/// `text` again and is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonlFields {
    /// Candidate names of the id field (string or number).
    pub id: Vec<String>,
    /// Candidate names of the text field (required).
    pub text: Vec<String>,
    /// Candidate names of the title field.
    pub title: Vec<String>,
    /// Candidate names of the publication date field (RFC 2822, RFC 3339 or `YYYY-MM-DD`).
    pub published: Vec<String>,
    /// Candidate names of the URL field.
    pub url: Vec<String>,
    /// Candidate names of the author / credit field.
    pub author: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for JsonlFields {
    fn default() -> Self {
        JsonlFields {
            id: names(&["id", "doc_id", "docno"]),
            text: names(&["text", "body", "content"]),
            title: names(&["title", "headline"]),
            published: names(&["published", "time", "date", "pubDate", "published_time"]),
            url: names(&["url", "link"]),
            author: names(&["author", "byline"]),
        }
    }
}

impl JsonlFields {
    /// Overrides the text field name (one name only).
    pub fn with_text(mut self, name: &str) -> Self {
        self.text = vec![name.to_string()];
        self
    }
}

/// Streaming JSON Lines reader over any [`BufRead`]; yields one item per non-blank line.
pub struct JsonlReader<R> {
    reader: R,
    name: String,
    line_no: usize,
    fields: JsonlFields,
    max_bytes: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonlReader<R> {
    /// Reads records from `reader`; `name` is the origin prefix (a path or `-`).
    pub fn new(reader: R, name: impl Into<String>, fields: JsonlFields, max_bytes: u64) -> Self {
        JsonlReader {
            reader,
            name: name.into(),
            line_no: 0,
            fields,
            max_bytes,
            buf: Vec::new(),
        }
    }

    /// Reads the next raw line into `buf`; `Ok(false)` at end of input.
    /// A line longer than the limit is skipped and reported as too large.
    fn next_line(&mut self) -> Result<bool, InputError> {
        self.buf.clear();
        self.line_no += 1;
        let limit = self.max_bytes.saturating_add(2);
        let n = (&mut self.reader)
            .take(limit)
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| InputError::io(self.origin(), &e))?;
        if n == 0 {
            return Ok(false);
        }
        let mut len = n as u64;
        if len == limit && self.buf.last() != Some(&b'\n') {
            len += skip_rest_of_line(&mut self.reader)
                .map_err(|e| InputError::io(self.origin(), &e))?;
        }
        let eol = self
            .buf
            .iter()
            .rev()
            .take_while(|&&b| b == b'\n' || b == b'\r')
            .count();
        check_size(len - eol as u64, self.max_bytes, &self.origin())?;
        Ok(true)
    }

    fn origin(&self) -> String {
        format!("{}:{}", self.name, self.line_no)
    }

    /// Parses the line in `buf` into a document.
    fn parse_line(&self) -> Result<InputDoc, InputError> {
        let origin = self.origin();
        let text = String::from_utf8(self.buf.clone()).map_err(|e| invalid_utf8(&origin, &e))?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| malformed(&origin, self.line_no, &e.to_string()))?;
        let Value::Object(obj) = value else {
            return Err(malformed(
                &origin,
                self.line_no,
                "the line is JSON but not an object",
            ));
        };
        record_to_doc(&obj, &self.fields, origin, &self.name, self.line_no)
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<InputDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.next_line() {
                Ok(false) => return None,
                Err(e) => return Some(Err(e)),
                Ok(true) if self.buf.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(true) => return Some(self.parse_line()),
            }
        }
    }
}

/// Consumes input up to and including the next newline; returns the byte count.
fn skip_rest_of_line<R: BufRead>(reader: &mut R) -> std::io::Result<u64> {
    let mut skipped = 0u64;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(skipped);
        }
        if let Some(i) = chunk.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(skipped + i as u64 + 1);
        }
        let len = chunk.len();
        reader.consume(len);
        skipped += len as u64;
    }
}

fn malformed(origin: &str, line_no: usize, msg: &str) -> InputError {
    InputError::new(
        origin,
        ErrorKind::MalformedJson,
        format!("line {line_no} is not a valid JSON object ({msg}); fix or remove that line"),
    )
}

/// First present field among `names`, as a string (numbers are converted).
fn field(obj: &Map<String, Value>, names: &[String]) -> Option<String> {
    names.iter().find_map(|n| match obj.get(n)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(x) => Some(x.to_string()),
        _ => None,
    })
}

/// Turns one JSON object into a document, or a missing-field / empty-text error.
fn record_to_doc(
    obj: &Map<String, Value>,
    fields: &JsonlFields,
    origin: String,
    name: &str,
    line_no: usize,
) -> Result<InputDoc, InputError> {
    let id = field(obj, &fields.id);
    let Some(text) = names_text(obj, &fields.text) else {
        let msg = format!(
            "no string field {:?} in this record; name the text field with JsonlFields::text / --text-field",
            fields.text
        );
        return Err(InputError::new(origin, ErrorKind::MissingField, msg).with_id(id));
    };
    check_text(&text, &origin).map_err(|e| e.with_id(id.clone()))?;
    let stem = file_stem(name);
    Ok(InputDoc {
        id: id.unwrap_or_else(|| format!("{stem}:{line_no}")),
        origin,
        text,
        title: field(obj, &fields.title).filter(|t| !t.trim().is_empty()),
        published: field(obj, &fields.published).and_then(|d| parse_date(&d)),
        url: field(obj, &fields.url).filter(|t| !t.trim().is_empty()),
        author: field(obj, &fields.author).filter(|t| !t.trim().is_empty()),
    })
}

fn names_text(obj: &Map<String, Value>, names: &[String]) -> Option<String> {
    names
        .iter()
        .find_map(|n| obj.get(n)?.as_str().map(str::to_string))
}

fn file_stem(name: &str) -> String {
    std::path::Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> Vec<Result<InputDoc, InputError>> {
        JsonlReader::new(
            input.as_bytes(),
            "in.jsonl",
            JsonlFields::default(),
            1 << 20,
        )
        .collect()
    }

    #[test]
    fn reads_corpus_style_record() {
        let line = r#"{"id":"AL-1","title":"عنوان","time":"Sun, 18 Feb 2018 18:10:45 +0400","author":"الرياض - فرانس برس","url":"http://x","text":"نص الخبر"}"#;
        let docs = read(line);
        let d = docs[0].as_ref().unwrap();
        assert_eq!(d.id, "AL-1");
        assert_eq!(d.origin, "in.jsonl:1");
        assert_eq!(d.published, chrono::NaiveDate::from_ymd_opt(2018, 2, 18));
        assert_eq!(d.author.as_deref(), Some("الرياض - فرانس برس"));
        assert_eq!(d.title.as_deref(), Some("عنوان"));
    }

    #[test]
    fn bad_lines_are_errors_and_reading_goes_on() {
        let input = "{\"id\":1,\"text\":\"a\"}\n\n{oops\n{\"id\":\"z\"}\n[1]\n{\"text\":\" \"}\n{\"text\":\"b\"}\n";
        let docs = read(input);
        assert_eq!(docs.len(), 6);
        assert_eq!(docs[0].as_ref().unwrap().id, "1");
        let e = docs[1].as_ref().unwrap_err();
        assert_eq!(
            (e.kind, e.origin.as_str()),
            (ErrorKind::MalformedJson, "in.jsonl:3")
        );
        assert!(e.message.contains("line 3"));
        let e = docs[2].as_ref().unwrap_err();
        assert_eq!(
            (e.kind, e.id.as_deref()),
            (ErrorKind::MissingField, Some("z"))
        );
        assert_eq!(docs[3].as_ref().unwrap_err().kind, ErrorKind::MalformedJson);
        assert_eq!(docs[4].as_ref().unwrap_err().kind, ErrorKind::Empty);
        assert_eq!(docs[5].as_ref().unwrap().id, "in:7");
    }

    #[test]
    fn long_line_is_too_large_and_next_line_still_read() {
        let input = format!(
            "{{\"text\":\"{}\"}}\n{{\"text\":\"ok\"}}\n",
            "a".repeat(100)
        );
        let docs: Vec<_> =
            JsonlReader::new(input.as_bytes(), "-", JsonlFields::default(), 20).collect();
        assert_eq!(docs[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
        assert_eq!(docs[1].as_ref().unwrap().text, "ok");
        assert_eq!(docs[1].as_ref().unwrap().origin, "-:2");
    }

    #[test]
    fn custom_text_field() {
        let fields = JsonlFields::default().with_text("abstract");
        let docs: Vec<_> =
            JsonlReader::new(&b"{\"abstract\":\"x\"}"[..], "-", fields, 99).collect();
        assert_eq!(docs[0].as_ref().unwrap().text, "x");
    }

    #[test]
    fn invalid_utf8_line() {
        let docs: Vec<_> = JsonlReader::new(
            &b"{\"text\":\"\xff\"}\n"[..],
            "f",
            JsonlFields::default(),
            99,
        )
        .collect();
        assert_eq!(docs[0].as_ref().unwrap_err().kind, ErrorKind::InvalidUtf8);
    }
}
