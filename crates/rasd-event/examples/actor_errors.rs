//! Development tool: actor country-code mismatches on GSR span files (`cargo run -p rasd-event --example actor_errors -- FILE...`).
use rasd_event::{actors, gsr};

fn main() {
    let lx = rasd_event::Coder::embedded().lexicon();
    for f in std::env::args().skip(1) {
        for s in gsr::parse_spans(&std::fs::read_to_string(&f).unwrap()).unwrap() {
            for t in &s.spans {
                for (w, r) in [
                    (&t.source_actor, &t.source_role),
                    (&t.target_actor, &t.target_role),
                ] {
                    let Some(g) = gsr::role_main(r).filter(|_| !w.is_empty()) else {
                        continue;
                    };
                    let p = actors::country_of(lx, &w.join(" ")).unwrap_or_else(|| "None".into());
                    if p != g {
                        println!("{g}\t{p}\t{}", w.join(" "));
                    }
                }
            }
        }
    }
}
