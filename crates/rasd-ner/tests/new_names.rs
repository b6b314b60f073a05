//! Names the tagger misses but the text introduces plainly: after `يدعى`, after a role phrase
//! with a rare given name, and given names whose first letters read as clitics.

use rasd_ner::{EntityType, Recognizer};
use rasd_text::{Span, TextLayer};

/// The text of every mention of `etype` in `text`.
fn mentions(text: &str, etype: EntityType) -> Vec<String> {
    let layer = TextLayer::build(text, &[Span::new(0, text.len())]);
    let ents = Recognizer::embedded().recognize(text, &layer, &[]);
    ents.mentions
        .iter()
        .filter(|m| m.etype == etype)
        .map(|m| m.text.clone())
        .collect()
}

/// The text of every person mention of `text`.
fn people(text: &str) -> Vec<String> {
    mentions(text, EntityType::PER)
}

#[test]
fn a_name_introduced_by_yud_a_is_a_person() {
    let text = "قالت الشرطة إن رجلا يدعى سيرغي سكريبال وهو كولونيل سابق نقل إلى المستشفى.";
    assert_eq!(people(text), ["سيرغي سكريبال"]);
    // the active يدعي (claims) introduces no name
    let text = "وقال الحزب إن الوزير يدعي أن الحكومة فشلت في مهمتها.";
    assert!(people(text).is_empty(), "{:?}", people(text));
}

#[test]
fn a_given_name_is_not_cut_at_letters_that_read_as_clitics() {
    let text = "التقى وزير الخارجية السوري وليد المعلم نظيره الروسي في موسكو.";
    assert!(
        people(text).contains(&"وليد المعلم".to_string()),
        "{:?}",
        people(text)
    );
}

#[test]
fn a_rare_given_name_after_a_role_opens_a_person() {
    let text = "اعتقلت السلطات الناشطة الحقوقية نسيمة السادة في القطيف.";
    assert_eq!(people(text), ["نسيمة السادة"]);
}

#[test]
fn a_surname_alone_is_the_person_named_in_full() {
    let text = "قالت الشرطة إن رجلا يدعى سيرغي سكريبال، وهو ضابط سابق، نقل إلى المستشفى. واعتقلت موسكو سكريبال عام 2006.";
    assert_eq!(people(text), ["سيرغي سكريبال", "سكريبال"]);
    // the preposition على is not the name علي, whatever the match key makes of them
    let text = "التقى الرئيس بالوزير محمد علي في القاهرة. وأكد على هامش اللقاء أن العلاقات جيدة.";
    assert!(
        people(text).iter().all(|p| p != "على"),
        "{:?}",
        people(text)
    );
}

#[test]
fn a_definite_place_keeps_its_compass_adjective() {
    let text = "وقتل عشرات المدنيين في قصف على الغوطة الشرقية قرب دمشق.";
    let places = mentions(text, EntityType::LOC);
    assert!(places.contains(&"الغوطة الشرقية".to_string()), "{places:?}");
}

#[test]
fn a_party_head_names_an_organisation() {
    let text = "وانسحب رئيس حزب مصر القوية من السباق، واعتقلت السلطات قيادات في جماعة الإخوان.";
    assert_eq!(
        mentions(text, EntityType::ORG),
        ["حزب مصر القوية", "جماعة الإخوان"]
    );
}

#[test]
fn a_facility_head_and_its_name_are_a_place() {
    let text =
        "وأقام ترامب في فندق كارلتون قبل أن يزور قصر وندسور، فيما قصفت الطائرات مطار دمشق الدولي.";
    let places = mentions(text, EntityType::LOC);
    for want in ["فندق كارلتون", "قصر وندسور", "مطار دمشق الدولي"]
    {
        assert!(places.contains(&want.to_string()), "{want}: {places:?}");
    }
    // a common noun after the head names no facility
    let text = "وقال إن قصر النظر السياسي أضر بالبلاد.";
    assert!(mentions(text, EntityType::LOC).is_empty());
}
