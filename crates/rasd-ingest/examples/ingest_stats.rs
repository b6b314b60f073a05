//! Reads a file or directory, splits every document, prints counts per removal reason
//! and per id prefix (outlet), and optionally the removed texts of one reason.
//!
//! `cargo run -p rasd-ingest --release --example ingest_stats -- PATH [--show REASON] [--multi]`

use rasd_ingest::{read_path, split_articles, Article, ReadOptions};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Default)]
struct Stats {
    docs: usize,
    errors: usize,
    articles: usize,
    multi: usize,
    bytes: usize,
    by_reason: BTreeMap<String, usize>,
    by_outlet: BTreeMap<String, BTreeMap<String, usize>>,
}

fn reason_name(r: rasd_ingest::RemovalReason) -> String {
    serde_json::to_value(r)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

fn record(stats: &mut Stats, outlet: &str, arts: &[Article]) {
    stats.articles += arts.len();
    stats.multi += usize::from(arts.len() > 1);
    for r in arts.iter().flat_map(|a| &a.removed) {
        let name = reason_name(r.reason);
        *stats.by_reason.entry(name.clone()).or_default() += 1;
        *stats
            .by_outlet
            .entry(outlet.to_string())
            .or_default()
            .entry(name)
            .or_default() += 1;
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = PathBuf::from(
        args.first()
            .expect("usage: ingest_stats PATH [--show REASON] [--multi]"),
    );
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let multi = args.iter().any(|a| a == "--multi");
    let mut stats = Stats::default();
    let t0 = Instant::now();
    for doc in read_path(&path, &ReadOptions::default()) {
        let Ok(doc) = doc else {
            stats.errors += 1;
            continue;
        };
        stats.docs += 1;
        stats.bytes += doc.text.len();
        let arts = split_articles(&doc.text);
        let outlet = doc.id.split('-').next().unwrap_or("").to_string();
        record(&mut stats, &outlet, &arts);
        print_samples(&doc.id, &doc.text, &arts, show.as_deref(), multi);
    }
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "docs {} errors {} articles {} multi-article docs {}",
        stats.docs, stats.errors, stats.articles, stats.multi
    );
    println!(
        "read+split {:.2}s, {:.1} MB/s",
        secs,
        stats.bytes as f64 / 1e6 / secs
    );
    println!("removals by reason: {:?}", stats.by_reason);
    for (o, m) in &stats.by_outlet {
        println!("  {o}: {m:?}");
    }
}

fn print_samples(id: &str, text: &str, arts: &[Article], show: Option<&str>, multi: bool) {
    if let Some(reason) = show {
        for r in arts
            .iter()
            .flat_map(|a| &a.removed)
            .filter(|r| reason_name(r.reason) == reason)
        {
            println!("{id}\t{}", r.span.text(text).replace('\n', " "));
        }
    }
    if multi && arts.len() > 1 {
        for (i, a) in arts.iter().enumerate() {
            let first: String = a.first_line(text).unwrap_or("").chars().take(80).collect();
            println!("{id}\t#{i}\t{first}");
        }
    }
}
