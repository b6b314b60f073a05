//! `rasd quotes FILE…`: who said what, as a readable table (or the quote records as JSON Lines).

use super::input::InputArgs;
use rasd_pipeline::{Pipeline, Stages};
use serde_json::Value;
use std::fmt::Write as _;
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `rasd quotes`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON object per document (`{"id", "quotes"}`) instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Longest content shown in the table, in characters (0 = whole content).
    #[arg(long, default_value_t = 90)]
    pub width: usize,
}

/// Runs `rasd quotes`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(Stages::ALL);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0;
    for doc in args.input.documents()? {
        let doc = match doc {
            Ok(d) => d,
            Err(e) => {
                eprintln!("rasd quotes: {e}");
                failed += 1;
                continue;
            }
        };
        let record = serde_json::to_value(pipeline.analyze(&doc))?;
        let quotes = record
            .get("quotes")
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        let text = if args.json {
            format!("{}\n", serde_json::json!({"id": doc.id, "quotes": quotes}))
        } else {
            table(&doc.id, &record, args.width)
        };
        match out.write_all(text.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
            r => r?,
        }
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        r => r?,
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The who-said-what table of one analysed record.
pub fn table(id: &str, record: &Value, width: usize) -> String {
    let quotes = record.get("quotes").and_then(Value::as_array);
    let mut s = format!("== {id}\n");
    let Some(quotes) = quotes.filter(|q| !q.is_empty()) else {
        s.push_str("   (no quotes)\n\n");
        return s;
    };
    let _ = writeln!(
        s,
        "{:>3}  {:<28} {:<13} {:<10} {:<9} content",
        "#", "speaker", "kind", "cue", "type"
    );
    for (n, q) in quotes.iter().enumerate() {
        let (speaker, kind) = speaker_cell(record, q);
        let cue = q["cue"]["text"].as_str().unwrap_or("");
        let qkind = q["kind"].as_str().unwrap_or("");
        let content = q["content"]["text"].as_str().unwrap_or("");
        let shown: String = if width > 0 && content.chars().count() > width {
            content.chars().take(width).chain("…".chars()).collect()
        } else {
            content.to_string()
        };
        let _ = writeln!(
            s,
            "{:>3}  {:<28} {:<13} {:<10} {:<9} «{}»",
            n + 1,
            speaker,
            kind,
            cue,
            qkind,
            shown
        );
    }
    s.push('\n');
    s
}

/// The speaker column: the entity group's canonical name when linked, else the text, with role.
fn speaker_cell(record: &Value, q: &Value) -> (String, String) {
    let sp = &q["speaker"];
    if sp.is_null() {
        return ("—".to_string(), "none".to_string());
    }
    let group_name = sp["group"].as_u64().and_then(|g| {
        record["entities"]["groups"]
            .as_array()?
            .iter()
            .find(|x| x["id"].as_u64() == Some(g))
            .and_then(|x| x["name"].as_str())
            .map(str::to_string)
    });
    let mut name = group_name.unwrap_or_else(|| sp["text"].as_str().unwrap_or("").to_string());
    if let Some(role) = sp["role"].as_str() {
        let _ = write!(name, " ({role})");
    }
    (name, sp["kind"].as_str().unwrap_or("").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table_names_linked_speakers() {
        let rec = json!({
        "entities": {"groups": [{"id": 4, "name": "آشتون كارتر"}]},
        "quotes": [
            {"cue": {"text": "قال"}, "kind": "indirect", "content": {"text": "الخطة جاهزة"},
             "speaker": {"text": "الوزير", "kind": "nominal", "group": 4, "role": "الوزير"}},
            {"cue": {"text": "بحسب"}, "kind": "attribution", "content": {"text": "قتل ثلاثة"}, "speaker": null}
        ]});
        let t = table("d1", &rec, 5);
        assert!(t.contains("آشتون كارتر (الوزير)"));
        assert!(t.contains("«الخطة…»"));
        assert!(t.contains("none"));
        assert!(table("d2", &json!({}), 10).contains("no quotes"));
    }
}
