//! Reads a file, directory or stdin (`-`) and prints each document's articles:
//! title, source, place line, update time, kept lines and removals with reasons.
//!
//! `cargo run -p rasd-ingest --example split -- PATH [--format plain|jsonl|html] [--limit N]`

use rasd_ingest::{read_path, read_stdin, split_articles, Article, Format, ReadOptions};
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .expect("usage: split PATH|- [--format F] [--limit N]");
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let opts = ReadOptions {
        format: opt("--format").map(|f| Format::parse(f).expect("format: plain, jsonl or html")),
        ..Default::default()
    };
    let limit: usize = opt("--limit").map_or(usize::MAX, |n| n.parse().expect("--limit N"));
    let docs = if path == "-" {
        read_stdin(&opts)
    } else {
        read_path(Path::new(path), &opts)
    };
    for doc in docs.take(limit) {
        match doc {
            Ok(doc) => {
                println!(
                    "=== {} ({}) title={:?} published={:?}",
                    doc.id, doc.origin, doc.title, doc.published
                );
                for (i, a) in split_articles(&doc.text).iter().enumerate() {
                    print_article(i, &doc.text, a);
                }
            }
            Err(e) => println!("!!! {e}"),
        }
    }
}

fn print_article(i: usize, text: &str, a: &Article) {
    println!("--- article {} {:?}", i + 1, a.span);
    println!("  title: {:?}", a.title_text(text));
    println!("  source: {:?}  updated_at: {:?}", a.source, a.updated_at);
    if let Some(p) = a.place_line {
        println!(
            "  place line: {:?} / {:?}",
            p.place.map(|s| s.text(text)),
            p.agency.text(text)
        );
    }
    for b in &a.body {
        println!("  + {}", b.text(text));
    }
    for r in &a.removed {
        println!("  - [{:?}] {}", r.reason, r.span.text(text));
    }
}
