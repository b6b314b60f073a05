//! Development tool: event P/R/F1 on document gold files with texts beside them
//! (`cargo run -p rasd-event --features layers --example devgold -- DIR [--errors]`).
//! `rasd eval event --doc-gold DIR` is the CLI form (texts from the corpus).

use rasd_eval::doc::{score_document, GoldDoc, Report};
use rasd_event::Coder;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).expect("DIR");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.retain(|p| p.to_string_lossy().ends_with(".gold.json"));
    files.sort();
    let mut report = Report::default();
    for path in files {
        let gold = GoldDoc::from_json(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let text =
            std::fs::read_to_string(path.to_string_lossy().replace(".gold.json", ".txt")).unwrap();
        let published = gold.published.as_deref().and_then(|d| d.parse().ok());
        let (events, entities) = Coder::embedded().extract_with_entities(&text, published);
        if args.iter().any(|a| a == "--show") {
            show(&gold, &events);
        }
        let record = serde_json::json!({"events": events, "entities": entities});
        report.add(score_document(&gold, &record, Some(&text)));
    }
    print!("{}", report.table());
    if args.iter().any(|a| a == "--errors") {
        print!("\n{}", report.errors_text());
    }
}

fn show(gold: &GoldDoc, events: &[rasd_event::Event]) {
    println!("===== {}", gold.id);
    for g in &gold.events {
        println!(
            "  G {} «{}» S: {:?} T: {:?}",
            g.cameo_root, g.trigger, g.source, g.target
        );
    }
    for e in events {
        let a =
            |x: &Option<rasd_event::Actor>| x.as_ref().map(|a| a.text.clone()).unwrap_or_default();
        println!(
            "  P {} «{}» S: {} T: {} [{}]",
            e.cameo,
            e.trigger.text,
            a(&e.source),
            a(&e.target),
            e.modality
        );
    }
}
