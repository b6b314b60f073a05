//! Development tool: prints the mentions the coder sees and the events it codes for one text file
//! (`cargo run -p rasd-event --features layers --example one -- FILE [YYYY-MM-DD]`).

use rasd_event::Coder;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("FILE");
    let published = args.get(2).and_then(|d| d.parse().ok());
    let (events, entities) = Coder::embedded().extract_with_entities(&text, published);
    for m in &entities.mentions {
        println!("NER {:?} «{}» g{}", m.etype, m.text, m.group);
    }
    for e in &events {
        println!("{}", serde_json::to_string(e).unwrap());
    }
}
