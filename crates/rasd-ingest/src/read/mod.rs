//! Readers: files, directories, stdin; plain text, JSON Lines, HTML.
//!
//! Every reader is a stream of [`DocResult`]: one item per input document,
//! an [`InputError`] in place of a document that cannot be read.

mod decode;
mod dir;
mod html;
mod jsonl;

pub use dir::list_files;
pub use jsonl::{JsonlFields, JsonlReader};

use crate::doc::InputDoc;
use crate::error::InputError;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

/// One reader item: a document or the reason it could not be read.
pub type DocResult = Result<InputDoc, InputError>;

/// A boxed stream of reader items.
pub type DocIter = Box<dyn Iterator<Item = DocResult> + Send>;

/// Input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain UTF-8 text, one document per file.
    Plain,
    /// JSON Lines: one JSON object (one document) per line.
    Jsonl,
    /// An HTML page: main text extracted.
    Html,
}

impl Format {
    /// The format implied by a path's extension (`.txt`, `.jsonl`/`.ndjson`, `.html`/`.htm`),
    /// case-insensitive; `None` for other extensions.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Plain),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Parses a format name: `plain`/`txt`/`text`, `jsonl`/`ndjson`, `html`/`htm`.
    pub fn parse(name: &str) -> Option<Format> {
        Format::from_path(Path::new(&format!("x.{name}"))).or(match name {
            "plain" => Some(Format::Plain),
            _ => None,
        })
    }
}

/// Options shared by all readers.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Forces a format instead of guessing from the extension (stdin: default plain).
    pub format: Option<Format>,
    /// Largest accepted document in bytes (a JSONL record counts alone); default 10 MB.
    pub max_bytes: u64,
    /// JSON Lines field names.
    pub fields: JsonlFields,
    /// Directory walks: globs (relative to the directory) a file must match;
    /// empty means files with a known extension.
    pub include: Vec<String>,
    /// Directory walks: globs (relative to the directory) that exclude a file or directory.
    pub exclude: Vec<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            max_bytes: 10 * 1024 * 1024,
            fields: JsonlFields::default(),
            include: Vec::new(),
            exclude: Vec::new(),
        }
    }
}

/// Reads a file or (recursively, in sorted order) a directory.
pub fn read_path(path: &Path, opts: &ReadOptions) -> DocIter {
    if path.is_dir() {
        dir::read_dir(path, opts)
    } else {
        read_file(path, opts)
    }
}

/// Reads one file; the format comes from `opts.format`, else the extension, else plain text.
pub fn read_file(path: &Path, opts: &ReadOptions) -> DocIter {
    let origin = path.display().to_string();
    let format = opts
        .format
        .or_else(|| Format::from_path(path))
        .unwrap_or(Format::Plain);
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return Box::new(std::iter::once(Err(InputError::io(origin, &e)))),
    };
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| origin.clone());
    read_reader(file, id, origin, format, opts)
}

/// Reads standard input: plain text (one document, id `stdin`) unless `opts.format` says otherwise.
pub fn read_stdin(opts: &ReadOptions) -> DocIter {
    let format = opts.format.unwrap_or(Format::Plain);
    read_reader(std::io::stdin(), "stdin".into(), "-".into(), format, opts)
}

/// Reads any byte stream in the given format. `id` names a single-document input;
/// JSON Lines records take their own ids (else `<id>:<line>`).
pub fn read_reader<R: Read + Send + 'static>(
    reader: R,
    id: String,
    origin: String,
    format: Format,
    opts: &ReadOptions,
) -> DocIter {
    match format {
        Format::Jsonl => {
            let name = if origin == "-" {
                "-".to_string()
            } else {
                origin
            };
            let r = JsonlReader::new(
                BufReader::new(reader),
                name,
                opts.fields.clone(),
                opts.max_bytes,
            );
            let r = r.map(move |d| {
                d.map(|mut doc| {
                    fix_stdin_id(&mut doc, &id);
                    doc
                })
            });
            Box::new(r)
        }
        _ => Box::new(std::iter::once(read_one(
            reader,
            id,
            origin,
            format,
            opts.max_bytes,
        ))),
    }
}

/// JSONL records without an id get `<id>:<line>`: for stdin the stem `-` becomes `stdin`.
fn fix_stdin_id(doc: &mut InputDoc, id: &str) {
    if let Some(rest) = doc.id.strip_prefix("-:") {
        doc.id = format!("{id}:{rest}");
    }
}

/// Reads a whole single-document stream (plain or HTML), at most `max_bytes` + 1 bytes.
fn read_one<R: Read>(
    reader: R,
    id: String,
    origin: String,
    format: Format,
    max_bytes: u64,
) -> DocResult {
    let mut bytes = Vec::new();
    reader
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| InputError::io(origin.clone(), &e))?;
    match format {
        Format::Html => {
            let text = decode::decode_or(bytes, &origin, max_bytes, html::decode_legacy)?;
            html::read_html(&text, id, origin)
        }
        _ => {
            let text = decode::decode(bytes, &origin, max_bytes)?;
            Ok(InputDoc::new(id, origin, text))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn format_from_extension() {
        assert_eq!(
            Format::from_path(Path::new("a/b.JSONL")),
            Some(Format::Jsonl)
        );
        assert_eq!(
            Format::from_path(Path::new("b.ndjson")),
            Some(Format::Jsonl)
        );
        assert_eq!(Format::from_path(Path::new("b.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("b.txt")), Some(Format::Plain));
        assert_eq!(Format::from_path(Path::new("b.pdf")), None);
        assert_eq!(Format::parse("plain"), Some(Format::Plain));
        assert_eq!(Format::parse("jsonl"), Some(Format::Jsonl));
    }

    #[test]
    fn plain_reader_one_doc() {
        let opts = ReadOptions::default();
        let docs: Vec<_> =
            read_reader(&b"hello"[..], "x".into(), "-".into(), Format::Plain, &opts).collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].as_ref().unwrap().text, "hello");
    }

    #[test]
    fn jsonl_from_stream_without_ids() {
        let opts = ReadOptions::default();
        let input = &b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n"[..];
        let docs: Vec<_> =
            read_reader(input, "stdin".into(), "-".into(), Format::Jsonl, &opts).collect();
        let ids: Vec<_> = docs
            .iter()
            .map(|d| d.as_ref().unwrap().id.clone())
            .collect();
        assert_eq!(ids, ["stdin:1", "stdin:2"]);
        assert_eq!(docs[1].as_ref().unwrap().origin, "-:2");
    }

    #[test]
    fn plain_too_large_is_reported_without_reading_everything() {
        let opts = ReadOptions {
            max_bytes: 4,
            ..Default::default()
        };
        let big = vec![b'a'; 1000];
        let docs: Vec<_> = read_reader(
            std::io::Cursor::new(big),
            "x".into(),
            "x".into(),
            Format::Plain,
            &opts,
        )
        .collect();
        assert_eq!(docs[0].as_ref().unwrap_err().kind, ErrorKind::TooLarge);
    }

    #[test]
    fn missing_file_is_io_error() {
        let docs: Vec<_> =
            read_path(Path::new("/nonexistent/zz.txt"), &ReadOptions::default()).collect();
        assert_eq!(docs[0].as_ref().unwrap_err().kind, ErrorKind::Io);
    }
}
