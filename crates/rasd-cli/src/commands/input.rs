//! Input options shared by every command that reads documents (`analyze`, `quotes`, `events`, `bench`).

use chrono::NaiveDate;
use rasd_ingest::{read_path, read_stdin, DocResult, Format, JsonlFields, ReadOptions};
use std::path::PathBuf;

/// Where documents come from and how to read them.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories (recursive) to read; `-` or nothing reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Input format instead of guessing from the extension: plain, jsonl or html.
    #[arg(long = "input-format", value_name = "FORMAT")]
    pub input_format: Option<String>,
    /// Directory walks: only files matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Directory walks: skip files or directories matching this glob (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Largest accepted document in bytes.
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub max_bytes: u64,
    /// JSON Lines: field holding the document id.
    #[arg(long, value_name = "FIELD")]
    pub id_field: Option<String>,
    /// JSON Lines: field holding the text.
    #[arg(long, value_name = "FIELD")]
    pub text_field: Option<String>,
    /// JSON Lines: field holding the title.
    #[arg(long, value_name = "FIELD")]
    pub title_field: Option<String>,
    /// JSON Lines: field holding the publication date.
    #[arg(long, value_name = "FIELD")]
    pub published_field: Option<String>,
    /// JSON Lines: field holding the URL.
    #[arg(long, value_name = "FIELD")]
    pub url_field: Option<String>,
    /// Publication date (YYYY-MM-DD) for documents that do not carry one; relative dates resolve against it.
    #[arg(long, value_name = "DATE")]
    pub published: Option<NaiveDate>,
}

impl InputArgs {
    /// The reader options these arguments describe.
    pub fn read_options(&self) -> anyhow::Result<ReadOptions> {
        let format = match &self.input_format {
            Some(name) => Some(Format::parse(name).ok_or_else(|| {
                anyhow::anyhow!("unknown --input-format {name:?}; use plain, jsonl or html")
            })?),
            None => None,
        };
        let mut fields = JsonlFields::default();
        let set = |slot: &mut Vec<String>, v: &Option<String>| {
            if let Some(v) = v {
                *slot = vec![v.clone()];
            }
        };
        set(&mut fields.id, &self.id_field);
        set(&mut fields.text, &self.text_field);
        set(&mut fields.title, &self.title_field);
        set(&mut fields.published, &self.published_field);
        set(&mut fields.url, &self.url_field);
        Ok(ReadOptions {
            format,
            max_bytes: self.max_bytes,
            fields,
            include: self.include.clone(),
            exclude: self.exclude.clone(),
        })
    }

    /// Every input document (or the error reading it), in input order.
    pub fn documents(&self) -> anyhow::Result<Box<dyn Iterator<Item = DocResult> + Send>> {
        let opts = self.read_options()?;
        let published = self.published;
        let with_date = move |r: DocResult| {
            r.map(|mut d| {
                d.published = d.published.or(published);
                d
            })
        };
        if self.inputs.is_empty() || self.inputs.iter().all(|p| p.as_os_str() == "-") {
            return Ok(Box::new(read_stdin(&opts).map(with_date)));
        }
        let inputs = self.inputs.clone();
        Ok(Box::new(
            inputs
                .into_iter()
                .flat_map(move |p| {
                    if p.as_os_str() == "-" {
                        read_stdin(&opts)
                    } else {
                        read_path(&p, &opts)
                    }
                })
                .map(with_date),
        ))
    }
}
