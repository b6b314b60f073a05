//! The shared example file through the real layers (article split, text, morphology, the
//! embedded entity recogniser) and the document-gold scorer: every gold quote is found with
//! an acceptable speaker, including the four behind وأوضح / وقال with no subject or الوزير / الوزيرة.

use rasd_eval::doc::{score_document, GoldDoc};
use rasd_text::{Span, TextLayer};

#[test]
fn example_file_all_eleven_quotes_with_speakers() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples/");
    let text = std::fs::read_to_string(format!("{dir}000_078f828b569287e7.txt")).unwrap();
    let gold = GoldDoc::from_json(
        &std::fs::read_to_string(format!("{dir}000_078f828b569287e7.gold.json")).unwrap(),
    )
    .unwrap();
    let articles = rasd_ingest::split_articles(&text);
    let regions: Vec<Span> = articles
        .iter()
        .flat_map(|a| a.body.iter().copied())
        .collect();
    let layer = TextLayer::build(&text, &regions);
    let morph = rasd_morph::Analyzer::embedded().analyze_tokens(&text, &layer.tokens);
    let entities = rasd_ner::Recognizer::embedded().recognize(&text, &layer, &morph);
    let quotes = rasd_quote::extract(&text, &layer, &morph, &entities);
    let record = serde_json::json!({ "quotes": quotes, "entities": entities });
    let score = score_document(&gold, &record, Some(&text));
    let q = score.layer("quotes").unwrap();
    assert_eq!((q.gold, q.gold_found), (11, 11), "{:#?}", score.errors);
    let implicit = quotes
        .iter()
        .filter(|q| {
            q.speaker.as_ref().is_some_and(|s| {
                matches!(
                    s.kind,
                    rasd_quote::SpeakerKind::Implicit | rasd_quote::SpeakerKind::Nominal
                )
            })
        })
        .count();
    assert!(
        implicit >= 4,
        "the four subjectless / nominal cues resolve: {quotes:#?}"
    );
}
