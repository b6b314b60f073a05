//! Fuzzes the text layer: splitting, cleaning, normalisation, tokens, sentences, numbers, dates.
//! Any UTF-8 input must analyse without panicking, and every span must index the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rasd_pipeline::{InputDoc, Pipeline, Stages};
use rasd_text::{Aligned, Form, Span};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let aligned = Aligned::new(text, Span::new(0, text.len()), Form::Key);
    let back = aligned.to_original(0, aligned.text.len());
    assert!(
        back.end <= text.len()
            && text.is_char_boundary(back.start)
            && text.is_char_boundary(back.end)
    );
    let mut doc = InputDoc::new("fuzz", "fuzz", text);
    doc.published = chrono_date();
    let record = Pipeline::new(Stages::TEXT).analyze(&doc);
    for t in &record.tokens.list {
        assert!(
            text.is_char_boundary(t.span.start)
                && text.is_char_boundary(t.span.end)
                && t.span.start < t.span.end
        );
    }
    for s in &record.sentences {
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
    }
    for n in &record.numbers {
        assert_eq!(&text[n.span.start..n.span.end], n.text);
    }
    for d in &record.dates {
        assert_eq!(&text[d.span.start..d.span.end], d.text);
    }
    for a in &record.articles {
        for r in &a.removed {
            assert_eq!(&text[r.span.span.start..r.span.span.end], r.span.text);
        }
    }
});

fn chrono_date() -> Option<rasd_pipeline::NaiveDate> {
    rasd_pipeline::NaiveDate::from_ymd_opt(2016, 2, 11)
}
