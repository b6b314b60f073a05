//! Development tool: prints the actor code and country of each argument phrase (`cargo run -p rasd-event --example code_phrase -- PHRASE...`).
fn main() {
    let lx = rasd_event::Coder::embedded().lexicon();
    for p in std::env::args().skip(1) {
        let r = rasd_event::actors::resolve(lx, &p);
        println!("{p}\t{:?}\t{:?}", rasd_event::actors::code_of(lx, &p), r);
    }
}
