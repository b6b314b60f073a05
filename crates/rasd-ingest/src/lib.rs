//! rasd-ingest: readers and the article splitter/cleaner.
//!
//! - Readers ([`read_path`], [`read_file`], [`read_stdin`], [`read_reader`], [`JsonlReader`])
//!   stream one [`DocResult`] per input document: an [`InputDoc`] or an [`InputError`]
//!   that says what went wrong and what to do. Formats: plain text, JSON Lines
//!   (configurable field names, see [`JsonlFields`]), HTML (main text via dom_smoothie).
//! - The splitter ([`split_articles`]) cuts a document's text into [`Article`]s;
//!   every decision is a span into the ORIGINAL text with a [`RemovalReason`].
//! - [`gold`] checks articles against `.gold.json` document gold.
//!
//! ```
//! use rasd_ingest::{split_articles, RemovalReason};
//! let text = "صورة الوزير\nصورة الوزير\nبيروت (رويترز) - أعلن الوزير أمرا.\nالمصدر: وكالات";
//! let arts = split_articles(text);
//! assert_eq!(arts.len(), 1);
//! assert_eq!(arts[0].title_text(text), Some("صورة الوزير"));
//! assert_eq!(arts[0].first_line(text), Some("أعلن الوزير أمرا."));
//! assert_eq!(arts[0].source.as_deref(), Some("وكالات"));
//! assert_eq!(arts[0].removed[0].reason, RemovalReason::Title);
//! ```

#![warn(missing_docs)]

pub mod date;
pub mod doc;
pub mod error;
pub mod gold;
pub mod read;
pub mod split;

pub use date::parse_date;
pub use doc::InputDoc;
pub use error::{ErrorKind, InputError};
pub use read::{
    list_files, read_file, read_path, read_reader, read_stdin, DocIter, DocResult, Format,
    JsonlFields, JsonlReader, ReadOptions,
};
pub use split::{
    split_articles, split_articles_with, validate, Article, PlaceLine, Removal, RemovalReason,
    SplitOptions, TeaserTails,
};
