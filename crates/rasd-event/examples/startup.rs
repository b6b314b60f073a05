//! Development tool: time to parse the embedded model (first `Coder::embedded()` call) and to
//! code the acceptance example with the built-in layers.

use std::time::Instant;

fn main() {
    let t = Instant::now();
    let coder = rasd_event::Coder::embedded();
    println!(
        "model parse: {:?} ({} bytes)",
        t.elapsed(),
        rasd_event::MODEL.len()
    );
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/000_078f828b569287e7.txt"
    );
    let text = std::fs::read_to_string(path).expect("example");
    let t = Instant::now();
    let n = coder.extract_text(&text, None).len();
    println!("example: {n} events in {:?}", t.elapsed());
}
