//! Reader errors: one [`InputError`] per input document that could not be read.
//!
//! A reader never stops at a bad document: the error is yielded in place of the
//! document and the stream goes on. Every message says what to do about it.

use serde::Serialize;
use std::fmt;

/// What went wrong with one input document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The bytes are not valid UTF-8 (the message gives the byte offset).
    InvalidUtf8,
    /// The bytes look binary: NUL bytes or many control characters.
    Binary,
    /// The text is empty or only whitespace.
    Empty,
    /// The document is larger than the configured limit.
    TooLarge,
    /// A JSON Lines record is not valid JSON (line number + parser message).
    MalformedJson,
    /// A JSON Lines record lacks the text field (or it is not a string).
    MissingField,
    /// The file or stream could not be read.
    Io,
}

/// One input document that could not be read, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    /// Path, `path:line` for JSON Lines, `-` for stdin.
    pub origin: String,
    /// The document id when it is known (e.g. a JSONL record with an id but no text).
    pub id: Option<String>,
    /// The error class.
    pub kind: ErrorKind,
    /// Human-readable message that says what to do.
    pub message: String,
}

impl InputError {
    /// Builds an error for `origin` with no id.
    pub fn new(origin: impl Into<String>, kind: ErrorKind, message: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            id: None,
            kind,
            message: message.into(),
        }
    }

    /// Sets the document id.
    pub fn with_id(mut self, id: Option<String>) -> Self {
        self.id = id;
        self
    }

    /// An [`ErrorKind::Io`] error from a `std::io::Error`.
    pub fn io(origin: impl Into<String>, err: &std::io::Error) -> Self {
        InputError::new(
            origin,
            ErrorKind::Io,
            format!("cannot read: {err}; check that the path exists and is readable"),
        )
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(id) = &self.id {
            write!(f, " [{id}]")?;
        }
        write!(f, ": {:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_origin_id_and_message() {
        let e = InputError::new("a.jsonl:3", ErrorKind::MissingField, "no text")
            .with_id(Some("x1".into()));
        assert_eq!(e.to_string(), "a.jsonl:3 [x1]: MissingField: no text");
    }

    #[test]
    fn io_error_message_says_what_to_do() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let e = InputError::io("p.txt", &io);
        assert_eq!(e.kind, ErrorKind::Io);
        assert!(e.message.contains("check that the path exists"));
    }
}
