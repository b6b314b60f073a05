//! Curated public figures (`data/known.txt`, run time only) and their alias sets.

use rasd_ner::{EntityType, Recognizer};
use rasd_text::{Span, TextLayer};

#[test]
fn both_spellings_of_a_public_figure_form_one_person() {
    let text = "قال الرئيس الأميركي دونالد ترمب إنه سيعفي الاتحاد الأوروبي من الرسوم. \
                وكتب ترامب على تويتر أن القرار نهائي.";
    let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
    let ents = Recognizer::embedded().recognize(text, &layer, &[]);
    let people: Vec<_> = ents
        .mentions
        .iter()
        .filter(|m| m.etype == EntityType::PER)
        .collect();
    let texts: Vec<&str> = people.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["دونالد ترمب", "ترامب"]);
    assert_eq!(people[0].group, people[1].group);
    assert_eq!(people[0].role.map(|r| r.text(text)), Some("الرئيس الأميركي"));
}
