//! The shared example document: every PER / ORG / LOC of its gold is found with the right
//! type, people carry roles, and the NATO / ISIS alias groups are formed.

use rasd_ner::{EntityType, Recognizer};
use rasd_text::{Span, TextLayer};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/examples/");

fn line_regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end().len();
        if !line.trim().is_empty() {
            out.push(Span::new(start, end));
        }
        start += line.len();
    }
    out
}

#[test]
fn example_entities_roles_and_groups() {
    let text = std::fs::read_to_string(format!("{DIR}000_078f828b569287e7.txt")).unwrap();
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{DIR}000_078f828b569287e7.gold.json")).unwrap(),
    )
    .unwrap();
    let layer = TextLayer::build(&text, &line_regions(&text));
    // No morphology layer: the recogniser must work without it.
    let ents = Recognizer::embedded().recognize(&text, &layer, &[]);
    for m in &ents.mentions {
        assert!(!m.span.text(&text).is_empty());
        let k = ents.mentions.iter().position(|x| x == m).unwrap();
        assert!(ents.groups[m.group].mentions.contains(&k));
    }
    let group_keys = |g: &rasd_ner::EntityGroup| -> Vec<String> {
        g.names.iter().map(|n| rasd_text::match_key(n)).collect()
    };
    for e in gold["entities"].as_array().unwrap() {
        let ty = EntityType::parse(e["type"].as_str().unwrap()).unwrap();
        let names: Vec<String> = e["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| rasd_text::match_key(n.as_str().unwrap()))
            .collect();
        let found = ents
            .groups
            .iter()
            .find(|g| g.etype == ty && group_keys(g).iter().any(|k| names.contains(k)));
        let g = found.unwrap_or_else(|| panic!("gold entity {names:?} ({ty:?}) not found"));
        if ty == EntityType::PER {
            assert!(g.role.is_some(), "no role for {names:?}");
        }
    }
    let group_of = |name: &str| {
        let k = rasd_text::match_key(name);
        ents.groups
            .iter()
            .position(|g| group_keys(g).contains(&k))
            .unwrap_or_else(|| panic!("{name} not found"))
    };
    for alias in ["الحلف الأطلسي", "حلف شمال الأطلسي", "حلف ناتو"]
    {
        assert_eq!(group_of("ناتو"), group_of(alias), "{alias}");
    }
    assert_eq!(group_of("داعش"), group_of("تنظيم الدولة الإسلامية"));
    assert_eq!(group_of("كارتر"), group_of("آشتون كارتر"));
    let carter = &ents.groups[group_of("آشتون كارتر")];
    assert_eq!(carter.role.as_deref(), Some("وزير الدفاع الأميركي"));
    // Clitics stay outside spans: no mention starts with a proclitic the splitter removed.
    assert!(ents
        .mentions
        .iter()
        .all(|m| !m.text.starts_with("بواشنطن") && !m.text.starts_with("وال")));
}
