//! Any text: extraction never panics and every span is a char-boundary slice of the original.

use proptest::prelude::*;
use rasd_quote::{extract_view, EntityView};
use rasd_text::{Span, TextLayer};

const WORDS: &[&str] = &[
    "وقال",
    "قالت",
    "إن",
    "أن",
    "أنه",
    "بأن",
    "مشيرا",
    "إلى",
    "بحسب",
    "وفقا",
    "لـ",
    "نقلا",
    "عن",
    "الوزير",
    "مصدر",
    "كارتر",
    "\"",
    "«",
    "»",
    "“",
    "”",
    ":",
    "،",
    ".",
    "\n",
    "أما",
    "فقال",
    "وكانت",
    "قد",
    "أعلنت",
    "الحكومة",
    "ما",
    "يذكر",
    "#",
    "َ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn never_panics_and_spans_slice_the_original(words in proptest::collection::vec(0..WORDS.len(), 0..60)) {
        let text: String = words.iter().map(|&w| WORDS[w]).collect::<Vec<_>>().join(" ");
        let mut at = 0;
        let lines: Vec<Span> = text.split('\n').map(|l| { let s = Span::new(at, at + l.len()); at += l.len() + 1; s }).collect();
        let layer = TextLayer::build(&text, &lines);
        for q in extract_view(&text, &layer, &[], &EntityView::default()) {
            prop_assert_eq!(&text[q.cue.start..q.cue.end], q.cue.text.as_str());
            prop_assert_eq!(&text[q.content.start..q.content.end], q.content.text.as_str());
            prop_assert!(q.content.start < q.content.end);
            if let Some(s) = q.speaker {
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start <= s.end);
            }
        }
    }
}
