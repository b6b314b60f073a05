//! End-to-end tests of `rasd events`: files are split into articles and cleaned as `rasd analyze`
//! does, so removed lines (titles, repeated captions, credits) are never coded.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;

mod common;
use common::{assert_ok, rasd};

/// The `event` objects of a JSON Lines output.
fn events(out: &Output) -> Vec<Value> {
    assert_ok(out);
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("each line is JSON")["event"].clone())
        .collect()
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rasd-events-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// A caption and its repeat (both removed by the cleaner), then a dated body with another act.
const CAPTION: &str = "اتهم الجيش العراقي تنظيم داعش بقتل المدنيين في الموصل";
const BODY: &str = "بغداد - رويترز: ندد الجيش العراقي الثلاثاء بهجوم تنظيم داعش على قرية في كركوك.";

#[test]
fn events_are_coded_per_article_without_removed_lines() {
    let text = format!("{CAPTION}\n {CAPTION}\n\n{BODY}\n\nالمصدر: وكالات\n");
    let path = temp_file("caption.txt", &text);
    let path = path.to_str().unwrap();
    let body_start = text.find(BODY).unwrap();
    let trigger = |e: &Value| {
        let start = e["trigger"]["start"].as_u64().unwrap() as usize;
        let end = e["trigger"]["end"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..end], e["trigger"]["text"].as_str().unwrap());
        start
    };
    let split = events(&rasd(&["events", path, "--published", "2019-07-10"]));
    assert!(split.iter().any(|e| e["root"] == "11"), "{split:#?}");
    assert!(split.iter().all(|e| trigger(e) >= body_start), "{split:#?}");
    // the built-in layers read the whole file: the caption's accusation is coded there
    let whole = events(&rasd(&["events", "--no-layers", path]));
    assert!(whole.iter().any(|e| trigger(e) < body_start), "{whole:#?}");
}

#[test]
fn a_participle_clause_keeps_the_speaker_as_source() {
    let path = format!(
        "{}/../../examples/amman-water-talks.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let all = events(&rasd(&["events", &path, "--published", "2019-07-10"]));
    let appeal = all
        .iter()
        .find(|e| e["trigger"]["text"] == "داعيا")
        .expect("the appeal is coded");
    assert_eq!(appeal["root"], "02", "{appeal:#}");
    assert_eq!(appeal["source"]["text"], "تيد شيبان", "{appeal:#}");
    assert_eq!(appeal["target"]["text"], "الدول المانحة", "{appeal:#}");
}

/// The events `rasd events` codes from one sentence.
fn sentence_events(name: &str, sentence: &str) -> Vec<Value> {
    let path = temp_file(name, &format!("{sentence}\n"));
    events(&rasd(&["events", path.to_str().unwrap()]))
}

/// Asserts that `rasd events` codes no act of `root` from `sentence`.
fn assert_no_root(name: &str, sentence: &str, root: &str) {
    let all = sentence_events(name, sentence);
    assert!(all.iter().all(|e| e["root"] != root), "{all:#?}");
}

/// The first act of `root` that `rasd events` codes from `sentence` (panics when none is).
fn event_of_root(name: &str, sentence: &str, root: &str) -> Value {
    let all = sentence_events(name, sentence);
    all.iter()
        .find(|e| e["root"] == root)
        .unwrap_or_else(|| panic!("no {root} act in {all:#?}"))
        .clone()
}

#[test]
fn a_genitive_of_the_source_joined_by_lam_is_no_target() {
    for (name, sentence, genitive) in [
        (
            "lam1.txt",
            "وشنت الميليشيات الموالية لإيران حملة خطف تستهدف أبناء القبيلة.",
            "إيران",
        ),
        (
            "lam2.txt",
            "اعترضت قوات الدفاع الجوي للتحالف العربي صاروخين باليستيين.",
            "تحالف",
        ),
    ] {
        let all = sentence_events(name, sentence);
        assert!(!all.is_empty(), "{sentence}");
        for e in &all {
            let target = e["target"]["text"].as_str().unwrap_or_default();
            assert!(!target.contains(genitive), "{e:#}");
        }
    }
}

#[test]
fn a_possessive_after_ta_marbuta_names_the_visitor() {
    // زيارته: زيارة + ـه, the pronoun is the visitor, not the last place named
    let all = sentence_events(
        "visit.txt",
        "وصل وزير الخارجية الأمريكي مايك بومبيو إلى الأردن بعد زيارته لإسرائيل.",
    );
    let visit = all.iter().find(|e| e["root"] == "04").expect("the visit");
    assert_eq!(visit["source"]["text"], "مايك بومبيو", "{visit:#}");
}

#[test]
fn the_genitive_of_a_protest_noun_is_the_protesters() {
    // إطلاقا is an adverb ("at all"), no release; على حدود غزة is a place, no target
    let all = sentence_events(
        "protest.txt",
        "وقال مفوض الأمم المتحدة إن إسرائيل استعملت قوة غير متكافئة إطلاقا في تعاملها مع احتجاجات الفلسطينيين على حدود غزة.",
    );
    assert!(all.iter().all(|e| e["root"] != "08"), "{all:#?}");
    let protest = all.iter().find(|e| e["root"] == "14").expect("the protest");
    assert_eq!(protest["source"]["text"], "الفلسطينيين", "{protest:#}");
    assert_eq!(protest["target"]["text"], "إسرائيل", "{protest:#}");
}

#[test]
fn a_title_with_its_nisba_is_the_subject_before_an_adverb() {
    let all = sentence_events(
        "title.txt",
        "أدان وزير الخارجية الأمريكي بشدة جهود إيران لزعزعة الاستقرار.",
    );
    let blame = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the condemnation");
    assert_eq!(
        blame["source"]["text"], "وزير الخارجية الأمريكي",
        "{blame:#}"
    );
    assert_eq!(blame["source"]["code"], "USAGOV", "{blame:#}");
}

#[test]
fn a_possessed_career_is_no_march() {
    assert_no_root(
        "career.txt",
        "وبدأ الرئيس الكوبي ميغيل دياز كانيل مسيرته السياسية في الحزب الشيوعي في هافانا.",
        "14",
    );
}

#[test]
fn an_interview_with_a_medium_is_no_consultation() {
    assert_no_root("interview.txt", "وتوقع الرئيس الإيراني حسن روحاني، في اتصال هاتفي مع موقع \"سكاي نيوز عربية\"، أن يستمر الحوار.", "04");
}

#[test]
fn the_place_after_a_consultation_noun_is_its_venue() {
    for (name, sentence) in [
        ("venue1.txt", "وأكدت الأمم المتحدة أن محادثات جنيف بشأن اليمن لن تعقد الجمعة."),
        ("venue2.txt", "وانتهت قمة سنغافورة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون."),
    ] {
        let all = sentence_events(name, sentence);
        for e in &all {
            for side in ["source", "target"] {
                let text = e[side]["text"].as_str().unwrap_or_default();
                assert!(!text.contains("جنيف") && !text.contains("سنغافورة"), "{e:#}");
            }
        }
    }
}

#[test]
fn a_meeting_named_by_a_demonstrative_is_no_new_one() {
    assert_no_root("this.txt", "وعبر الزعيم الكوري الشمالي كيم جونغ أون عن امتنانه للرئيس الأمريكي دونالد ترامب لعقد هذا الاجتماع.", "04");
}

#[test]
fn a_meeting_that_frames_a_statement_is_no_meeting() {
    assert_no_root(
        "framed.txt",
        "وصرح الجعفري خلال اجتماع لمجلس الأمن أن المدنيين توجهوا إلى مراكز إيواء.",
        "04",
    );
    // a meeting with someone is the subject's meeting
    assert_parties(
        "met.txt",
        "وتناول وزير الخارجية التركي مولود تشاوش أوغلو، خلال لقاء مع نظيره الروسي سيرغي لافروف في أنقرة الثلاثاء، مصير المحافظة.",
        "04",
        ("مولود تشاوش أوغلو", "سيرغي لافروف"),
    );
}

#[test]
fn a_definite_summit_between_named_leaders_is_reported() {
    assert_parties(
        "summit.txt",
        "وأكد بومبيو أن القمة التاريخية بين دونالد ترامب وكيم لا تزال مقررة في 12 يونيو.",
        "04",
        ("دونالد ترامب", "كيم"),
    );
}

#[test]
fn a_nationality_after_a_noun_of_people_keeps_its_noun() {
    assert_parties(
        "experts.txt",
        "وسمحت مصر لخبراء روس بتفقد المطارات.",
        "08",
        ("مصر", "خبراء روس"),
    );
    assert_parties(
        "ministers.txt",
        "وفرضت وزارة الخزانة الأمريكية عقوبات على وزيري العدل والداخلية التركيين.",
        "16",
        ("وزارة الخزانة الأمريكية", "وزيري العدل والداخلية التركيين"),
    );
}

#[test]
fn a_verb_describing_an_attack_noun_takes_its_performer() {
    // the victims before the attack are no subject of the verb describing it
    let all = sentence_events(
        "described.txt",
        "وأعلنت وزارة الصحة أن فلسطينيين اثنين قتلا في قصف إسرائيلي استهدف موقعا تابعا لحركة الجهاد الإسلامي.",
    );
    assert!(
        all.iter().all(|e| e["source"]["text"] != "فلسطينيين"),
        "{all:#?}"
    );
    assert!(all.iter().any(|e| e["source"]["code"] == "ISR"), "{all:#?}");
}

#[test]
fn dwellers_of_a_named_place_are_the_target() {
    let (_, target) = parties(
        "dwellers.txt",
        "وفر آلاف المدنيين من بلداتهم مع استمرار هجوم الجيش التركي على أهالي مدينة عفرين شمالي البلاد.",
        "19",
    );
    assert_eq!(target, "أهالي مدينة عفرين");
}

#[test]
fn an_attack_nouns_country_past_its_manner_adjectives_is_its_performer() {
    let all = sentence_events(
        "airstrike.txt",
        "وقالت تركيا إن ضربة جوية تركية دمرت مستودعا للأسلحة في عفرين.",
    );
    let strike = all
        .iter()
        .find(|e| e["trigger"]["text"] == "ضربة")
        .unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(strike["source"]["text"], "تركيا", "{strike:#}");
    // the other countries listed are its partners, no target
    let all = sentence_events(
        "allies.txt",
        "وأعلنت الولايات المتحدة أن ضربات جوية أمريكية بريطانية فرنسية دمرت مركز أبحاث في دمشق.",
    );
    for e in &all {
        let target = e["target"]["text"].as_str().unwrap_or_default();
        assert!(
            !target.contains("بريطانية") && !target.contains("فرنسية"),
            "{e:#}"
        );
    }
}

#[test]
fn suicide_and_terrorist_attacks_are_unconventional_violence() {
    let suicide = "ونفذ مسلحون هجوما انتحاريا استهدف مقر المفوضية في طرابلس.";
    assert_no_root("suicide.txt", suicide, "19");
    assert!(sentence_events("suicide2.txt", suicide)
        .iter()
        .any(|e| e["cameo"] == "183"));
    // وقع before an attack noun is "occurred", no signing
    assert_no_root(
        "occurred.txt",
        "ووقع قصف إسرائيلي استهدف موقعا للجهاد الإسلامي في غزة.",
        "05",
    );
}

#[test]
fn helping_someone_do_something_is_no_aid() {
    assert_no_root(
        "help.txt",
        "وقال إن الاتفاق سيساعد الحكومة الأرجنتينية على خفض العجز.",
        "07",
    );
    // the control: arms given
    assert_parties(
        "arms.txt",
        "وساعدت إيران الحوثيين بالأسلحة.",
        "07",
        ("إيران", "الحوثيين"),
    );
}

#[test]
fn a_rally_or_a_bond_is_no_protest() {
    for (name, sentence) in [
        (
            "rally.txt",
            "وقال أردوغان أمام تجمع لأنصاره في إقليم دنيزلي إن فرنسا تشجع الإرهاب.",
        ),
        (
            "bond.txt",
            "وأعلن عن توقيع اتفاقية تجمع حكومة البلاد مع السعودية والإمارات.",
        ),
        (
            "struck.txt",
            "واستهدفت مقاتلات التحالف العربي تجمعات للحوثيين في مديرية التحيتا.",
        ),
    ] {
        assert_no_root(name, sentence, "14");
    }
    // protesters gathering in front of a body protest; the body is no protester
    let all = sentence_events(
        "gathered.txt",
        "وتجمع مئات المتظاهرين أمام البرلمان احتجاجا على القانون.",
    );
    assert!(all.iter().any(|e| e["root"] == "14"), "{all:#?}");
    assert!(
        all.iter().all(|e| e["source"]["text"] != "البرلمان"),
        "{all:#?}"
    );
}

#[test]
fn broken_and_feminine_plurals_of_persons_are_objects() {
    assert_parties(
        "princes.txt",
        "واعتقلت الشرطة أمراء ورجال أعمال.",
        "17",
        ("الشرطة", "أمراء"),
    );
    assert_parties(
        "activists.txt",
        "واعتقلت السلطات ناشطات في مجال حقوق المرأة.",
        "17",
        ("السلطات", "ناشطات"),
    );
}

#[test]
fn a_list_of_expulsions_names_each_expeller_and_the_diplomats_country() {
    let text = "وطردت دول أوروبية الدبلوماسيين الروس تضامنا مع بريطانيا.\n- بولندا: ستطرد أربعة دبلوماسيين.\n- رومانيا: طرد أحد الدبلوماسيين الروس.\n- استونيا: سيطرد أحد الدبلوماسيين ضمن الملحق العسكري الروسي.\n";
    let all = sentence_events("expulsions.txt", text);
    for country in ["بولندا", "رومانيا", "استونيا"] {
        let e = all
            .iter()
            .find(|e| e["source"]["text"] == country)
            .unwrap_or_else(|| panic!("{country}: {all:#?}"));
        assert_eq!(e["root"], "16", "{e:#}");
        assert_eq!(e["target"]["code"], "RUS", "{e:#}");
    }
}

#[test]
fn inspectors_in_construct_are_the_object() {
    assert_parties(
        "inspectors.txt",
        "وسمحت روسيا لمفتشي الأسلحة الكيمياوية بدخول موقع الهجوم في دوما.",
        "08",
        ("روسيا", "مفتشي الأسلحة الكيمياوية"),
    );
}

#[test]
fn hosting_refugees_is_no_meeting() {
    assert_no_root(
        "host.txt",
        "واستقبلت ألمانيا أكثر من مليون لاجئ سوري منذ عام 2015.",
        "04",
    );
}

#[test]
fn a_habit_is_no_happening() {
    assert_no_root(
        "habit.txt",
        "ويجتمع مجلس حقوق الإنسان التابع للأمم المتحدة ثلاث مرات سنويا، ويراجع سجلات الدول الأعضاء.",
        "04",
    );
}

#[test]
fn a_clash_between_both_sides_names_no_one() {
    assert_no_root(
        "both.txt",
        "وتستمر المواجهات في الأطراف الجنوبية، كما تشهد جبهة زبيد اشتباكات متقطعة بين الطرفين.",
        "19",
    );
}

#[test]
fn no_actor_is_its_own_target() {
    let all = sentence_events(
        "self.txt",
        "وأعلنت المنظمة أنها تأخذ الاتهامات على محمل الجد، ودعت كل من تساوره مخاوف إلى الإفصاح عنها عبر آليات الإبلاغ في المنظمة.",
    );
    assert!(!all.is_empty());
    for e in &all {
        assert_ne!(e["source"]["text"], e["target"]["text"], "{e:#}");
    }
}

/// A name reduced for comparison: match key without leading clitics (للسعودية → السعودية).
fn name_key(s: &str) -> String {
    let k = rasd_text::match_key(s);
    let k = k.trim_start_matches(['و', 'ف']);
    match k.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => k.trim_start_matches(['ب', 'ل', 'ك']).to_string(),
    }
}

/// The names an event actor goes by: its text and its entity group's written forms.
fn actor_names(doc: &Value, actor: &Value) -> Vec<String> {
    let mut names = vec![actor["text"].as_str().unwrap_or_default().to_string()];
    if let Some(g) = actor["group"].as_u64() {
        let group = &doc["entities"]["groups"][g as usize]["names"];
        names.extend(
            group
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str())
                .map(str::to_string),
        );
    }
    names
}

fn names_fit(doc: &Value, actor: &Value, want: &str) -> bool {
    want.is_empty()
        || actor_names(doc, actor).iter().any(|n| {
            let (n, w) = (name_key(n), name_key(want));
            !n.is_empty() && (n.contains(&w) || w.contains(&n))
        })
}

#[test]
fn clear_news_sentences_are_coded() {
    let table = include_str!("data/event_probes.tsv");
    let probes: Vec<Vec<&str>> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let input: String = probes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("p{i}"), "text": p[0]})
            )
        })
        .collect();
    let path = temp_file("probes.jsonl", &input);
    let out = rasd(&["analyze", "--quiet", path.to_str().unwrap()]);
    assert_ok(&out);
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut failed = Vec::new();
    for (p, doc) in probes.iter().zip(&docs) {
        let (root, source, target, gap) = (p[1], p[2], p[3], p.get(4).copied().unwrap_or(""));
        let coded = doc["events"].as_array().into_iter().flatten().any(|e| {
            e["root"] == root
                && names_fit(doc, &e["source"], source)
                && names_fit(doc, &e["target"], target)
        });
        if !coded && gap.is_empty() {
            failed.push(format!(
                "{} (want {root} {source} → {target}): {}",
                p[0], doc["events"]
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Asserts that no event coded from `sentence` has `source` as its source text.
fn assert_no_source(name: &str, sentence: &str, source: &str) {
    let all = sentence_events(name, sentence);
    assert!(
        all.iter().all(|e| e["source"]["text"] != source),
        "{all:#?}"
    );
}

/// (source text, target text) of the first event of `root` coded from `sentence`.
fn parties(name: &str, sentence: &str, root: &str) -> (String, String) {
    let all = sentence_events(name, sentence);
    let e = all
        .iter()
        .find(|e| e["root"] == root)
        .unwrap_or_else(|| panic!("no {root} in {all:#?}"));
    let text = |side: &str| e[side]["text"].as_str().unwrap_or_default().to_string();
    (text("source"), text("target"))
}

/// Asserts the (source text, target text) of the first event of `root` coded from `sentence`.
fn assert_parties(name: &str, sentence: &str, root: &str, want: (&str, &str)) {
    let (source, target) = parties(name, sentence, root);
    assert_eq!((source.as_str(), target.as_str()), want, "{sentence}");
}

#[test]
fn an_unnamed_counterpart_is_the_target() {
    let meeting = "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة.";
    let all = sentence_events("counterpart1.txt", meeting);
    let e = all.iter().find(|e| e["root"] == "04").expect("a meeting");
    assert_eq!(e["target"]["text"], "نظيره التركي", "{all:#?}");
    assert_eq!(e["target"]["code"], "TURGOV");
    // the counterpart is no role of the name before it: Lavrov stays Russian
    assert_eq!(e["source"]["code"], "RUSGOV", "{all:#?}");
    let named = "والتقى وزير الخارجية الروسي نظيره التركي مولود جاويش أوغلو في أنقرة.";
    let (_, target) = parties("counterpart2.txt", named, "04");
    assert_ne!(target, "نظيره التركي");
}

#[test]
fn a_clause_opening_with_an_unnamed_actor_has_it_as_subject() {
    let visit = "وقالت صحيفة نيويورك تايمز إن الرئيس سيزور بكين الشهر المقبل.";
    assert_parties("fronted1.txt", visit, "04", ("الرئيس", "بكين"));
    // a person before an arrest verb is its patient (أن المهاجم اعتقل: was arrested)
    let arrested = "وذكر الجيش أن المهاجم اعتقل في المدينة.";
    assert_no_source("fronted2.txt", arrested, "المهاجم");
}

#[test]
fn a_place_names_an_unnamed_body_with_it() {
    let arrest = "واعتقلت السلطات في إقليم كردستان العراق حوالي 4000 شخص.";
    let (source, _) = parties("qualified1.txt", arrest, "17");
    assert_eq!(source, "السلطات في إقليم كردستان العراق");
    // a body a dictionary gives a country keeps its name, the place is the scene
    let arrest = "واعتقل الجيش الإسرائيلي في الخليل ثلاثة فلسطينيين.";
    let (source, _) = parties("qualified2.txt", arrest, "17");
    assert_eq!(source, "الجيش الإسرائيلي");
    // people are where they are, not named by the place
    let repression = "وقمعت قوات الأمن المتظاهرين في البصرة.";
    let (_, target) = parties("qualified3.txt", repression, "17");
    assert_eq!(target, "المتظاهرين");
}

#[test]
fn a_sentence_is_coded_with_the_sentenced() {
    for (name, sentence, source, target) in [
        (
            "sentence1.txt",
            "قضت محكمة عراقية الأحد بإعدام 16 امرأة تركية.",
            "محكمة عراقية",
            "16 امرأة تركية",
        ),
        (
            "sentence2.txt",
            "وقضت محكمة في بغداد بالسجن لسبعة أشهر على مواطنة فرنسية.",
            "محكمة في بغداد",
            "مواطنة فرنسية",
        ),
        (
            "sentence3.txt",
            "وأصدرت محكمة عراقية حكما بالإعدام على امرأة ألمانية.",
            "محكمة عراقية",
            "امرأة ألمانية",
        ),
        (
            "sentence4.txt",
            "وأمرت النيابة بحبس المتهم أربعة أيام.",
            "النيابة",
            "",
        ),
    ] {
        let (s, t) = parties(name, sentence, "17");
        assert_eq!((s.as_str(), t.as_str()), (source, target), "{sentence}");
    }
    // spent, not sentenced; a matter, not an order
    assert_no_root("spent.txt", "وقضى رجب عدة سنوات في السجن.", "17");
    let spied = "بعد أن اكتشف أمر تجسسه لحساب بريطانيا وحكم عليه بالسجن.";
    let all = sentence_events("matter.txt", spied);
    assert!(
        all.iter()
            .all(|e| !e["trigger"]["text"].as_str().unwrap().contains("أمر")),
        "{all:#?}"
    );
}

#[test]
fn a_rank_a_treaty_name_and_concern_are_no_acts() {
    assert_no_root("rank.txt", "واحتلت مصر المرتبة العاشرة في التصنيف.", "19");
    let treaty = "وانضمت سوريا إلى اتفاقية حظر الأسلحة الكيمياوية عام 2013.";
    assert_no_root("treaty1.txt", treaty, "17");
    // joining a treaty is signing it
    let (source, _) = parties("treaty2.txt", treaty, "05");
    assert_eq!(source, "سوريا");
    // concern is a comment on events, not an act (GUIDELINES §6)
    let all = sentence_events("concern.txt", "وأعرب الوزير الفرنسي عن قلقه من التصعيد.");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn bans_releases_and_blame_with_lam() {
    let ban = "منعت شرطة كوريا الجنوبية، السبت، نشطاء ومنشقين من إطلاق مناشير.";
    let (source, _) = parties("ban1.txt", ban, "17");
    assert_eq!(source, "شرطة كوريا الجنوبية");
    // preventing a happening is no ban
    let fire = "وتعمل فرق الإطفاء على حصر الحريق ومنع انتشاره إلى مناطق أخرى.";
    assert_no_root("ban2.txt", fire, "17");
    let release = "لكن السلطات العراقية أخلت سبيلها لانقضاء المدة.";
    let (source, _) = parties("release.txt", release, "08");
    assert_eq!(source, "السلطات العراقية");
    // one mention before the noun blames the ل-mention after it
    let blame = "وحملت واشنطن مسؤوليته لدمشق.";
    assert_parties("blame.txt", blame, "11", ("واشنطن", "دمشق"));
}

#[test]
fn a_possessed_actor_noun_is_a_target() {
    let meeting = "وستجتمع رئيسة الوزراء البريطانية تيريزا ماي بوزرائها الأسبوع المقبل.";
    let (_, target) = parties("possessed.txt", meeting, "04");
    assert_eq!(target, "وزرائها");
}

#[test]
fn expelled_diplomats_name_their_country_and_a_list_item_its_topic() {
    assert_parties(
        "expel1.txt",
        "كما ستطرد كندا أربعة دبلوماسيين روس.",
        "16",
        ("كندا", "روس"),
    );
    // the topic before a colon is the subject when none follows the verb
    let list = "- هولندا: ستطرد دبلوماسيين اثنين.\n- ألمانيا: ستطرد أربعة دبلوماسيين.";
    let all = sentence_events("expel2.txt", list);
    let sources: Vec<&str> = all
        .iter()
        .filter(|e| e["root"] == "16")
        .map(|e| e["source"]["text"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["هولندا", "ألمانيا"], "{all:#?}");
    let pledge = "إيران: تعهدت دول المجموعة بضمان بقاء البرنامج سلميا.";
    assert_no_source("pledge.txt", pledge, "إيران");
}

#[test]
fn blocking_a_statement_is_a_rejection() {
    let blocked = "وقال دبلوماسيون إن الولايات المتحدة منعت الاثنين تبني بيان لمجلس الأمن الدولي.";
    let (source, _) = parties("block1.txt", blocked, "12");
    assert_eq!(source, "الولايات المتحدة");
    let obstructed = "وعرقلت الولايات المتحدة، السبت، صدور بيان عن مجلس الأمن الدولي.";
    let (source, _) = parties("block2.txt", obstructed, "12");
    assert_eq!(source, "الولايات المتحدة");
    // "more of" is no "from": restraint and preventing escalation ban nothing
    let restraint = "ويدعون جميع الأطراف إلى ممارسة ضبط النفس ومنع المزيد من التصعيد.";
    assert_no_root("restraint.txt", restraint, "17");
}

#[test]
fn an_actor_keeps_the_side_it_belongs_to() {
    let kidnap = "وشنت الميليشيات الموالية لإيران حملة خطف في الحديدة.";
    let (source, _) = parties("side1.txt", kidnap, "18");
    assert_eq!(source, "الميليشيات الموالية لإيران");
    let shelling = "وقصفت القوات التابعة للنظام السوري بلدة دوما.";
    assert_parties(
        "side2.txt",
        shelling,
        "19",
        ("القوات التابعة للنظام السوري", "دوما"),
    );
}

#[test]
fn a_denial_codes_nothing_it_denies() {
    let text = "وفيما يتعلق بالكاميرون، قالت المنظمة إن القوات الحكومية ارتكبت \"انتهاكات جسيمة\" في المنطقة، وتنفي الحكومة تلك المزاعم.";
    let all = sentence_events("denial.txt", text);
    let denial = |e: &&Value| e["trigger"]["text"].as_str().unwrap().contains("تنفي");
    let roots: Vec<&Value> = all.iter().filter(denial).map(|e| &e["root"]).collect();
    assert_eq!(roots, ["01"], "{all:#?}");
}

#[test]
fn withdrawing_from_an_agreement_rejects_it() {
    let deal = "وانسحبت الولايات المتحدة من الاتفاق النووي في مايو.";
    let (source, _) = parties("withdraw1.txt", deal, "12");
    assert_eq!(source, "الولايات المتحدة");
    let council = "وانسحبت الولايات المتحدة من مجلس حقوق الإنسان.";
    let (source, _) = parties("withdraw2.txt", council, "16");
    assert_eq!(source, "الولايات المتحدة");
    // a company leaving a market is no political act
    let market = "وقالت الشركة إنها ستنسحب من السوق الإيرانية.";
    assert!(sentence_events("withdraw3.txt", market).is_empty());
}

#[test]
fn calling_elections_is_no_appeal() {
    let snap = "ودعت رئيسة الوزراء البريطانية تيريزا ماي إلى انتخابات مبكرة.";
    assert!(sentence_events("elections.txt", snap).is_empty());
}

#[test]
fn a_persons_title_after_a_body_is_the_object() {
    let arrest = "اعتقلت السلطات الإيرانية المدعي العام السابق سعيد مرتضوي.";
    assert_parties(
        "title.txt",
        arrest,
        "17",
        ("السلطات الإيرانية", "سعيد مرتضوي"),
    );
}

#[test]
fn a_feminine_pronoun_may_stand_for_a_woman() {
    let text = "قالت وزارة الداخلية إن الناشطة عزيزة اليوسف في البلاد. وألقت قوات الأمن القبض عليها.";
    assert_parties("woman.txt", text, "17", ("قوات الأمن", "عزيزة اليوسف"));
}

#[test]
fn a_state_after_a_masculine_verb_is_its_object() {
    // states take feminine agreement (زارت الصين): after زار / حذر the state is the object and
    // the subject is the actor named before
    let visit = "زار الرئيس الفرنسي الصين. وزار روسيا أيضا.";
    let all = sentence_events("state_object.txt", visit);
    let second = all.iter().find(|e| e["trigger"]["text"] == "وزار").unwrap();
    assert_eq!(second["source"]["text"], "الرئيس الفرنسي", "{all:#?}");
    assert_eq!(second["target"]["text"], "روسيا", "{all:#?}");
    let warning = "قال ترامب إن دمشق ارتكبت جريمة. وحذر روسيا من دعم الأسد.";
    assert_parties("state_object2.txt", warning, "13", ("ترامب", "روسيا"));
    // ... also as a quote's addressee, the statement's target (وحذر روسيا من "...")
    let quoted = "وقال ترامب إن الضربات دقيقة.\nوحذر روسيا من \"مواصلة السير في طريق مظلم\".";
    assert_parties("state_object4.txt", quoted, "13", ("ترامب", "روسيا"));
    // a state named by a masculine noun is still the subject
    let iraq = "وحذر العراق الولايات المتحدة من التصعيد.";
    let (source, _) = parties("state_object3.txt", iraq, "13");
    assert_eq!(source, "العراق");
}

#[test]
fn dawn_is_a_time_and_an_operation_an_attack() {
    let strike = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت عملية عسكرية على سوريا.";
    assert_parties("dawn.txt", strike, "19", ("الولايات المتحدة", "سوريا"));
    assert_no_root("dawn2.txt", strike, "18");
}

#[test]
fn an_announced_arrest_names_the_announcer_and_its_place() {
    let text = "أعلنت وزارة الداخلية في البحرين القبض على 14 إيرانيا.";
    assert_parties(
        "announced_arrest.txt",
        text,
        "17",
        ("وزارة الداخلية في البحرين", "14 إيرانيا"),
    );
    // a grip and a receipt are no arrest, and ألقى codes its own القبض
    assert_no_root("grip.txt", "وأحكم أردوغان قبضته على الجيش.", "17");
    let receipt = "وبحسب الصحيفة فإن سكريبال قبض من وكالة الاستخبارات البريطانية مبلغ 100 ألف دولار.";
    assert_no_root("receipt.txt", receipt, "17");
    let thrown = "وقد ألقت عليه القبض السلطات الروسية بعدما اكتشفت أمر تجسسه.";
    let all = sentence_events("thrown.txt", thrown);
    assert_eq!(
        all.iter().filter(|e| e["root"] == "17").count(),
        1,
        "{all:#?}"
    );
}

#[test]
fn a_warning_addressed_is_a_threat_and_helpers_are_no_target() {
    assert_parties(
        "warning.txt",
        "وجه ترامب تحذيرا لإيران.",
        "13",
        ("ترامب", "إيران"),
    );
    let covered = "شنت قوات المقاومة عملية ضخمة على الساحل الغربي، تحت غطاء جوي من مقاتلات التحالف.";
    let all = sentence_events("cover.txt", covered);
    assert!(
        all.iter().all(|e| e["target"]["text"] != "مقاتلات التحالف"),
        "{all:#?}"
    );
}

#[test]
fn an_act_after_a_verb_of_success_is_done_by_its_subject() {
    let caught = "ولكن نجحت الشرطة في القبض عليه ووضعت القيد في يديه.";
    let (source, _) = parties("success.txt", caught, "17");
    assert_eq!(source, "الشرطة");
    let arrest = "وتمكنت قوات الأمن العراقية من اعتقال 5 من عناصر تنظيم داعش.";
    let (source, _) = parties("success2.txt", arrest, "17");
    assert_eq!(source, "قوات الأمن العراقية");
}

#[test]
fn an_arrival_in_a_state_or_city_is_a_visit() {
    let arrival = "وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء.";
    assert_parties("arrival.txt", arrival, "04", ("أنجيلا ميركل", "إسرائيل"));
    // agreements reached, troops advancing and amounts are no visits
    assert_no_root(
        "reached.txt",
        "وصل البلدان الجمعة إلى اتفاقية لتنظيم التجارة.",
        "04",
    );
    let troops = "وصلت قوات الجيش اليمني إلى مشارف مدينة الحديدة.";
    assert_no_root("advance.txt", troops, "04");
}

#[test]
fn a_titled_object_is_the_target_and_bringing_together_no_rally() {
    let met = "التقى بومبيو الزعيم الكوري الشمالي مرتين في بيونغ يانغ.";
    assert_parties(
        "titled_object.txt",
        met,
        "04",
        ("بومبيو", "الزعيم الكوري الشمالي"),
    );
    let summit = "ومن المرجح أن تجمعهما قمة في يونيو المقبل.";
    assert_no_root("together.txt", summit, "14");
}

#[test]
fn a_presidency_with_its_nisba_is_an_actor() {
    let blame = "وحملت الرئاسة الفلسطينية حركة حماس المسؤولية عن الهجوم.";
    assert_parties(
        "presidency.txt",
        blame,
        "11",
        ("الرئاسة الفلسطينية", "حركة حماس"),
    );
    // alone it is the office (ترشحه للرئاسة)
    let office = "ووعد ترامب خلال حملته للرئاسة ناخبيه باستعادة الوظائف.";
    let all = sentence_events("office.txt", office);
    assert!(
        all.iter().all(|e| e["target"]["text"] != "للرئاسة"),
        "{all:#?}"
    );
}

#[test]
fn a_relative_pronoun_is_no_source() {
    // the quote layer reads "وأوضح الذي كان حاضرا" as spoken by الذي; the verbs after it do
    // not take that as their subject
    let text = "وأوضح الذي كان حاضرا اللقاء \"هنا تدخلت وأخبرت الملك\".\nوكان اليوسفي، والذي تم توقيفه مرتين عامي 1960 و1963 وأفرج عنه في 1964 ثم عاش حياة المنفى.";
    assert_no_source("relative.txt", text, "الذي");
}

#[test]
fn expecting_achieving_and_interviews_are_no_acts() {
    let expects = "وتوقعت الأمم المتحدة أن تستمر الهجرة إلى الدول المتقدمة.";
    assert_no_root("expects.txt", expects, "05");
    let signs = "وتوقع الحكومة اتفاقية مع الصين.";
    let (source, _) = parties("signs.txt", signs, "05");
    assert_eq!(source, "الحكومة");
    let achieved = "وأشار إلى المكاسب التي حققها حزب الله في الانتخابات.";
    assert_no_root("achieved.txt", achieved, "09");
    let investigates = "وتحقق الشرطة في الحادث.";
    let (source, _) = parties("investigates.txt", investigates, "09");
    assert_eq!(source, "الشرطة");
    let interview = "وقال ماكرون في لقائه مع قناة بي إف إم الفرنسية إن السعودية احتجزت الحريري.";
    assert_no_root("interview.txt", interview, "04");
}

#[test]
fn a_denied_accusation_adds_no_second_denier() {
    let text = "وتنفي روسيا الاتهامات البريطانية بالتورط في الهجوم.";
    let all = sentence_events("denied.txt", text);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0]["source"]["text"], "روسيا", "{all:#?}");
}

#[test]
fn endangering_caution_struck_gatherings_and_launches_are_no_acts() {
    let endangers = "قال تيلرسون إن حزب الله يهدد أمن لبنان.";
    assert_no_root("endangers.txt", endangers, "13");
    let cautious = "وكانت الحكومة حذرة في التعامل مع الملف.";
    assert_no_root("cautious.txt", cautious, "13");
    let struck = "واستهدفت مقاتلات التحالف تجمعات ومواقع الميليشيات.";
    assert_no_root("struck.txt", struck, "14");
    let launch = "وأعلنت إسرائيل إطلاق البالونات الحارقة من غزة.";
    assert_no_root("launch.txt", launch, "08");
    // ... while threats, warnings, releases and fire stay acts
    let (source, _) = parties("threat.txt", "هدد ترامب بفرض عقوبات على إيران.", "13");
    assert_eq!(source, "ترامب");
    let freed = "أعلنت السلطات إطلاق سراح الناشطة.";
    let (source, _) = parties("freed.txt", freed, "08");
    assert_eq!(source, "السلطات");
    let fire = "وأطلقت قوات الاحتلال الذخيرة الحية على المتظاهرين.";
    assert_parties("fire.txt", fire, "18", ("قوات الاحتلال", "المتظاهرين"));
}

#[test]
fn a_known_person_before_a_place_is_the_subject() {
    assert_parties(
        "known_subject.txt",
        "زار ترامب الصين.",
        "04",
        ("ترامب", "الصين"),
    );
}

#[test]
fn a_person_attacks_in_words_and_a_title_before_a_body_is_the_subject() {
    let words = "وهاجم الوزير الحكومة، متهما إياها بالفساد.";
    assert_parties("verbal.txt", words, "11", ("الوزير", "الحكومة"));
    let (source, _) = parties("verbal2.txt", "هاجم ترامب وسائل الإعلام.", "11");
    assert_eq!(source, "ترامب");
    // armed attacks stay attacks
    let armed = "هاجم مسلحون نقطة تفتيش للجيش.";
    let (source, _) = parties("armed.txt", armed, "19");
    assert_eq!(source, "مسلحون");
    let chemical = "وقام الأسد بشن هجوم كيماوي على دوما.";
    assert_no_root("chemical.txt", chemical, "11");
}

#[test]
fn an_announced_intention_to_sanction_is_a_threat() {
    let text = "وكان ترامب أعلن في 22 مارس عزمه على فرض رسوم جمركية على الصين.";
    assert_parties("intention.txt", text, "13", ("ترامب", "الصين"));
}

#[test]
fn voiced_displeasure_disapproves_and_concern_does_not() {
    let text = "وأعربت الخارجية الروسية عن غضبها إزاء العقوبات الأمريكية.";
    let (source, _) = parties("displeasure.txt", text, "11");
    assert_eq!(source, "الخارجية الروسية");
    assert_no_root("concern.txt", "وأعرب الوزير عن قلقه إزاء التصعيد.", "11");
}

#[test]
fn words_that_look_like_acts_are_none() {
    // the district أرحب is no "I welcome", an asylum seeker demands nothing, a reception party
    // is no meeting, and struck lands are no attackers
    let district = "وتقدمت قوات الجيش في مديرية أرحب شمال صنعاء.";
    assert_no_root("arhab.txt", district, "05");
    let seeker = "وقالت الشرطة إن طالب لجوء سوريا اعتقل أمس.";
    assert_no_root("seeker.txt", seeker, "10");
    let party = "وأقام السفير حفل استقبال بمناسبة العيد الوطني.";
    assert_no_root("party.txt", party, "04");
    let lands = "وأطلقت ميليشيا الحوثي صاروخا استهدف الأراضي السعودية.";
    assert_no_source("lands.txt", lands, "الأراضي السعودية");
}

#[test]
fn a_pledge_of_retaliation_threatens_and_a_city_neither_gathers_nor_attacks() {
    let pledge = "وتعهدت الصين بأن ترد بالمثل على أي تعريفة جمركية تفرضها الولايات المتحدة.";
    let (source, _) = parties("retaliation.txt", pledge, "13");
    assert_eq!(source, "الصين");
    let reply = "وأوضح كامبل أن الوزارة تعهدت له الرد عليه.";
    assert_no_root("reply.txt", reply, "13");
    let attack = "اعتداء مارسيليا للعام 2017 تبناه تنظيم الدولة الإسلامية.";
    assert_no_source("city.txt", attack, "مارسيليا");
}

#[test]
fn a_sentence_with_no_court_named_has_no_source() {
    let text = "واعتقلت الشرطة الفدرالية الرئيس السابق لولا دا سيلفا. وحكم على لولا بالسجن 12 عاما.";
    let all = sentence_events("no_court.txt", text);
    assert!(
        all.iter()
            .all(|e| e["trigger"]["text"] != "وحكم" || e["source"].is_null()),
        "{all:#?}"
    );
    let court = "قضت المحكمة بسجن المتهم 5 سنوات.";
    let (source, _) = parties("court.txt", court, "17");
    assert_eq!(source, "المحكمة");
}

#[test]
fn exchanges_goals_and_telecoms_are_no_meetings_or_signings() {
    let exchange = "وأعاد سندات ملكية أرضه إلى الدولة لقاء راتب تقاعدي.";
    assert_no_root("exchange.txt", exchange, "04");
    let goal = "ونجح اللاعب جيرو في أن يوقع الهدف الثاني.";
    assert_no_root("goal.txt", goal, "05");
    let telecom = "وقالت شركة الاتصالات السعودية إن أرباحها ارتفعت.";
    assert_no_root("telecom.txt", telecom, "04");
    assert_parties(
        "meeting.txt",
        "وعقد ماكرون لقاء مع بوتين.",
        "04",
        ("ماكرون", "بوتين"),
    );
}

#[test]
fn recognition_names_what_it_recognises() {
    let (source, _) = parties(
        "recognition.txt",
        "اعترفت الولايات المتحدة بالقدس عاصمة لإسرائيل.",
        "05",
    );
    assert_eq!(source, "الولايات المتحدة");
    let confession = "وعثر معه على أسلحة، كما اعترف بأنه كان يخطط لاعتداءات أخرى.";
    assert_no_root("confession.txt", confession, "05");
    let responsibility = "وهي غالبا ما تنفذ هجمات في سوريا دون أن تعترف إسرائيل بمسؤوليتها عنها.";
    assert_no_root("responsibility.txt", responsibility, "05");
}

#[test]
fn a_nisba_joined_to_the_source_is_no_target() {
    let strike = "قصفت طائرات حربية سورية وروسية الجمعة منطقة حماة.";
    let all = sentence_events("joined_nisba.txt", strike);
    assert!(all.iter().any(|e| e["root"] == "19"), "{all:#?}");
    assert!(
        all.iter().all(|e| e["target"]["text"] != "وروسية"),
        "{all:#?}"
    );
}

#[test]
fn a_phrase_governed_by_lam_is_no_source() {
    let text = "وقالت الوزارة إن الخطوة تمثل تحديا للحكومة الروسية وتدين الهجوم.";
    assert_no_source("lam_source.txt", text, "للحكومة الروسية");
    // ... but an attack names its agent so (هجوم لحركة طالبان)
    let (source, _) = parties("lam_agent.txt", "قتل 5 جنود في هجوم لحركة طالبان.", "19");
    assert_eq!(source, "حركة طالبان");
}

#[test]
fn a_relative_clause_names_the_agent_of_an_act_noun() {
    // an indefinite noun takes the clause without a pronoun, a definite one with التي / الذي
    let (source, _) = parties(
        "relative1.txt",
        "قتل عشرة مدنيين في غارة شنتها طائرات التحالف الدولي على قرية.",
        "19",
    );
    assert_eq!(source, "طائرات التحالف الدولي");
    let sentence = "وقتل عشرات الأشخاص في الهجمات التي نفذها تنظيم داعش في العراق.";
    let (source, _) = parties("relative2.txt", sentence, "19");
    assert_eq!(source, "تنظيم داعش");
    // the clause's agent, not the speaker who condemns the act, did it
    let sentence = "وأعربت الخارجية القطرية عن إدانتها للمجزرة التي ارتكبتها قوات الجيش الإسرائيلي.";
    let all = sentence_events("relative3.txt", sentence);
    let e = all
        .iter()
        .find(|e| e["root"] == "20")
        .expect("the massacre");
    assert_eq!(e["source"]["text"], "قوات الجيش الإسرائيلي", "{all:#?}");
    // a complement is no adjective: the welcomed operations are not the welcome's agent
    let sentence =
        "أعربت وزارة الخارجية الأمريكية عن ترحيبها بالعمليات التي أطلقتها قوات سوريا الديمقراطية.";
    let (source, _) = parties("relative4.txt", sentence, "05");
    assert_eq!(source, "وزارة الخارجية الأمريكية");
    // a corner kick is football
    assert_no_root(
        "corner.txt",
        "وسجل اللاعب الهدف من ضربة زاوية نفذها زميله ميسي.",
        "19",
    );
}

#[test]
fn a_violent_acts_partners_and_the_sources_clause_are_no_targets() {
    let sentence =
        "وقال إن الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا لم تستهدف القواعد الروسية.";
    let (source, target) = parties("partner.txt", sentence, "19");
    assert_eq!(source, "الولايات المتحدة");
    assert!(
        !["فرنسا", "بريطانيا", "وبريطانيا"].contains(&target.as_str()),
        "{target}"
    );
    let sentence =
        "أدت غارة جوية شنها التحالف العربي الذي تقوده السعودية في اليمن إلى مقتل عشرات الحوثيين.";
    let (source, target) = parties("source_clause.txt", sentence, "19");
    assert_eq!(source, "التحالف العربي");
    assert_ne!(target, "السعودية");
    let sentence =
        "عثر على الشريط خلال مداهمة نفذها مكتب التحقيقات الفيدرالي (إف بي آي) على مكتب كوهين.";
    let (source, target) = parties("alias.txt", sentence, "17");
    assert_eq!(source, "مكتب التحقيقات الفيدرالي");
    assert_ne!(target, "إف بي آي");
}

#[test]
fn an_agreement_reached_is_coded_and_one_sought_or_denied_is_not() {
    let sentence = "وتوصلت اليونان ومقدونيا إلى اتفاق لحل الخلاف حول الاسم.";
    assert_parties("reached1.txt", sentence, "05", ("اليونان", "مقدونيا"));
    let sentence = "وأعلنت روسيا التوصل لاتفاق مع فصائل المعارضة في درعا.";
    let (source, _) = parties("reached2.txt", sentence, "05");
    assert_eq!(source, "روسيا");
    assert_no_root(
        "sought.txt",
        "وزار المبعوث الأممي صنعاء سعيا للتوصل إلى اتفاق بين الأطراف.",
        "05",
    );
    assert_no_root(
        "denied.txt",
        "ونفى مسؤول إسرائيلي التوصل إلى أي اتفاق مع حماس.",
        "05",
    );
    // ... nor hoped for, nor a possibility
    assert_no_root(
        "hoped.txt",
        "وأعرب الرئيس عن أمله في التوصل إلى اتفاق مع كوريا الشمالية.",
        "05",
    );
    assert_no_root(
        "possible.txt",
        "وقد تتوصل الولايات المتحدة والصين إلى اتفاق تجاري.",
        "05",
    );
}

#[test]
fn undergone_sanctions_name_their_imposer_by_the_genitive() {
    let sentence = "وتخضع كوريا الشمالية لعقوبات الأمم المتحدة منذ سنوات.";
    assert_parties(
        "undergone.txt",
        sentence,
        "16",
        ("الأمم المتحدة", "كوريا الشمالية"),
    );
    // ... but control is a state, and a ground attack (هجوم بري) names no agent
    assert_no_root(
        "control.txt",
        "وتخضع المدينة لسيطرة القوات الحكومية منذ عامين.",
        "19",
    );
    assert_no_source("ground.txt", "وتعرض المقاتلون لهجوم بري في عفرين.", "بري");
}

#[test]
fn an_indefinite_plural_of_critics_is_the_subject_before_a_name() {
    assert_parties(
        "critics.txt",
        "ويتهم منتقدون الرئيس التركي بتقويض الديمقراطية.",
        "11",
        ("منتقدون", "الرئيس التركي"),
    );
}

#[test]
fn a_phone_call_after_a_title_and_a_masculine_congratulation_are_coded() {
    // اتصالا هاتفيا after a title is the call, not the title holder's name
    let sentence = "وأجرى الرئيس الفرنسي اتصالا هاتفيا مع نظيره الروسي.";
    assert_parties(
        "call.txt",
        sentence,
        "04",
        ("الرئيس الفرنسي", "نظيره الروسي"),
    );
    let sentence = "وهنأ الرئيس المصري نظيره الروسي بفوزه في الانتخابات.";
    let (source, _) = parties("congratulated.txt", sentence, "05");
    assert_eq!(source, "الرئيس المصري");
    // the adverb هنا is no congratulation
    assert_no_root("here.txt", "وقال إن الوضع هنا صعب للغاية.", "05");
}

#[test]
fn a_summoned_envoy_stands_for_his_country_and_a_recalled_one_cuts_relations() {
    let sentence = "واستدعت وزارة الخارجية الكويتية السفير الفلبيني.";
    let all = sentence_events("summons.txt", sentence);
    let e = all.iter().find(|e| e["root"] == "11").expect("a complaint");
    assert_eq!(e["source"]["text"], "وزارة الخارجية الكويتية", "{all:#?}");
    assert_eq!(e["target"]["code"], "PHL", "{all:#?}");
    assert_parties(
        "recall.txt",
        "واستدعت أنقرة سفيرها لدى برلين للتشاور.",
        "16",
        ("أنقرة", "برلين"),
    );
    // summoning witnesses is no act, and the envoy is never the summoner
    assert_no_root(
        "witnesses.txt",
        "وطالب النائب باستدعاء الشهود إلى المحكمة.",
        "11",
    );
    assert_no_source(
        "envoy.txt",
        "وقالت الوزارة إنها استدعت سفير الجمهورية الجزائرية في بغداد.",
        "سفير الجمهورية الجزائرية",
    );
}

#[test]
fn released_aid_is_given_and_residents_are_addressed() {
    let sentence = "وأفرجت الولايات المتحدة عن مساعدة عسكرية لمصر.";
    assert_parties("aid.txt", sentence, "07", ("الولايات المتحدة", "مصر"));
    let sentence = "ودعا الجيش السوري السكان إلى الخروج من المنطقة.";
    assert_parties("residents.txt", sentence, "02", ("الجيش السوري", "السكان"));
}

#[test]
fn a_threatened_act_is_no_act_and_a_body_before_which_one_stands_no_actor() {
    // the sanctions are threatened, not imposed: only the threat is coded
    let all = sentence_events("threat.txt", "وهددت واشنطن بفرض عقوبات جديدة على طهران.");
    assert!(all.iter().any(|e| e["root"] == "13"), "{all:#?}");
    assert!(all.iter().all(|e| e["root"] != "16"), "{all:#?}");
    // أمام is "in front of", no imam: the embassy is the protest's scene
    assert_no_source(
        "before.txt",
        "وتظاهر الآلاف أمام السفارة الأمريكية في عمان احتجاجا على القرار.",
        "أمام السفارة الأمريكية",
    );
}

#[test]
fn an_imperfect_call_is_an_appeal_unless_a_text_makes_it() {
    // the imperfect of a verb in و (يدعو) is read by its perfect (دعا); a subject before it
    // leaves the name after it to the addressee
    let sentence = "الاتحاد الأوروبي يدعو تركيا إلى ضبط النفس.";
    assert_parties(
        "imperfect_call.txt",
        sentence,
        "02",
        ("الاتحاد الأوروبي", "تركيا"),
    );
    // a draft statement's call is what the text says, no actor's act
    let sentence = "وعرقلت الولايات المتحدة صدور بيان عن مجلس الأمن الدولي يدعو إلى ضبط النفس.";
    let all = sentence_events("text_call.txt", sentence);
    assert!(
        all.iter().all(|e| e["root"] != "02" && e["root"] != "10"),
        "{all:#?}"
    );
}

#[test]
fn a_noun_after_a_plural_in_at_and_a_banner_are_no_actors() {
    // a plural in ات takes a feminine adjective: المراكز is the object, not part of the source
    let sentence = "وهذه ليست المرة الأولى التي تستهدف فيها الميليشيات المراكز المدنية في مأرب.";
    let (source, _) = parties("plural_object.txt", sentence, "19");
    assert_eq!(source, "الميليشيات");
    // banners call for things; the protesters carrying them are coded through their protest
    let sentence = "وتظاهر المئات في الناصرية حاملين أعلام العراق ولافتات تدعو إلى إقالة الوزير.";
    assert_no_root("banner.txt", sentence, "10");
}

#[test]
fn a_hyphenated_name_after_a_title_with_two_nisbas_is_the_subject() {
    // الكوري الجنوبي qualifies the title (it had made «الرئيس» the subject), and the hyphen
    // inside جاي-إن and جونغ-أون no longer cuts the names
    let sentence =
        "التقى الرئيس الكوري الجنوبي مون جاي-إن الزعيم الكوري الشمالي كيم جونغ-أون في بانمونجوم.";
    assert_parties("moon.txt", sentence, "04", ("مون جاي-إن", "كيم جونغ-أون"));
}

#[test]
fn laid_blame_accuses_and_a_filed_suit_is_a_lawsuit() {
    let sentence = "وألقى ترامب باللوم في الهجوم على الرئيس الروسي فلاديمير بوتين.";
    assert_parties("blame.txt", sentence, "11", ("ترامب", "فلاديمير بوتين"));
    assert_no_root("blame2.txt", sentence, "19");
    let sentence = "ورفعت الحكومة المصرية دعوى قضائية ضد الرئيس السابق.";
    let all = sentence_events("suit.txt", sentence);
    let suit = all.iter().find(|e| e["root"] == "11").expect("the lawsuit");
    assert_eq!(suit["cameo"], "115", "{suit:#}");
    assert_eq!(suit["source"]["text"], "الحكومة المصرية", "{suit:#}");
}

#[test]
fn activists_and_lawmakers_with_their_adjectives_are_subjects() {
    let sentence = "وطالب مشرعون ديموقراطيون الكونغرس باستدعاء المترجمة.";
    assert_parties(
        "lawmakers.txt",
        sentence,
        "10",
        ("مشرعون ديموقراطيون", "الكونغرس"),
    );
    let sentence = "وانتقد ناشطون حقوقيون الحكومة المصرية.";
    assert_parties(
        "activists.txt",
        sentence,
        "11",
        ("ناشطون حقوقيون", "الحكومة المصرية"),
    );
}

#[test]
fn co_subjects_after_commas_are_no_targets() {
    let sentence = "شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات عسكرية على منشآت في حمص.";
    let (source, target) = parties("co-subjects.txt", sentence, "19");
    assert_eq!(source, "الولايات المتحدة");
    assert!(
        !["بريطانيا", "وبريطانيا", "فرنسا", "وفرنسا"].contains(&target.as_str()),
        "{target}"
    );
}

#[test]
fn a_politician_attacking_a_named_person_criticises() {
    let sentence = "شن وزير الخارجية البريطاني السابق، بوريس جونسون، الأحد، هجوما على رئيسة الوزراء تيريزا ماي.";
    let (source, target) = parties("johnson.txt", sentence, "11");
    assert_eq!(source, "بوريس جونسون");
    assert!(target.ends_with("تيريزا ماي"), "{target}");
    assert_no_root("johnson2.txt", sentence, "19");
}

#[test]
fn counted_persons_are_arrested() {
    let sentence = "وألقت السلطات الروسية القبض على رجلين في سان بطرسبرغ.";
    assert_parties("two-men.txt", sentence, "17", ("السلطات الروسية", "رجلين"));
    let sentence = "فقبضت الشرطة على 3 أشخاص في روستوف.";
    assert_parties("three.txt", sentence, "17", ("الشرطة", "3 أشخاص"));
}

#[test]
fn a_surname_the_article_gave_in_full_is_a_subject_before_a_state() {
    let text = "وقال الأمين العام للمجلس الأعلى للأمن القومي الإيراني، علي شمخاني: \"المعاهدات غير عملية\".\nوهدد شمخاني إسرائيل بعقوبة حاسمة.";
    assert_parties("shamkhani.txt", text, "13", ("شمخاني", "إسرائيل"));
}

#[test]
fn supplied_arms_withdrawn_troops_and_ordered_deportations_are_coded() {
    let sentence = "وزودت الولايات المتحدة الأكراد بالأسلحة.";
    let all = sentence_events("arms.txt", sentence);
    let arms = all.iter().find(|e| e["root"] == "07").expect("the supply");
    assert_eq!(arms["cameo"], "072", "{arms:#}");
    let sentence = "وسحبت روسيا قواتها من سوريا.";
    assert_parties("withdrawal.txt", sentence, "08", ("روسيا", "سوريا"));
    // a withdrawal decided, wished for or demanded is no withdrawal
    assert_no_root("decided.txt", "وقررت الحكومة سحب قواتها من الجنوب.", "08");
    assert_no_root("wished.txt", "وقال إن على إيران سحب قواتها من سوريا.", "08");
    let sentence = "وأمرت السلطات بترحيل المهاجرين غير الشرعيين.";
    let all = sentence_events("deport.txt", sentence);
    let deport = all
        .iter()
        .find(|e| e["root"] == "17")
        .expect("the deportation");
    assert_eq!(deport["cameo"], "174", "{deport:#}");
}

#[test]
fn a_subject_and_an_object_named_side_by_side_are_two_persons() {
    assert_parties(
        "putin.txt",
        "التقى بوتين أردوغان في أنقرة.",
        "04",
        ("بوتين", "أردوغان"),
    );
    let sentence = "وحث كوربن تريزا ماي على وقف بيع الأسلحة.";
    assert_parties("corbyn.txt", sentence, "02", ("كوربن", "تريزا ماي"));
}

#[test]
fn a_struck_object_with_its_nisba_and_a_named_counterpart_are_targets() {
    let sentence = "وقال التحالف إن الحوثيين استهدفوا ناقلة نفط سعودية في البحر الأحمر.";
    let all = sentence_events("tanker.txt", sentence);
    let attack = all.iter().find(|e| e["root"] == "19").expect("the attack");
    assert_eq!(attack["target"]["text"], "ناقلة نفط سعودية", "{attack:#}");
    assert_eq!(attack["target"]["code"], "SAU", "{attack:#}");
    // a helper's nisba is no target
    let sentence = "وقاتل المسلحون تنظيم داعش بدعم جوي أميركي.";
    let all = sentence_events("helper.txt", sentence);
    assert!(
        all.iter().all(|e| e["target"]["text"] != "بدعم جوي أميركي"),
        "{all:#?}"
    );
    let sentence = "حذر الرئيس الإيراني، حسن روحاني، نظيره الأميركي، دونالد ترامب، من الحرب.";
    assert_parties(
        "counterpart3.txt",
        sentence,
        "13",
        ("حسن روحاني", "دونالد ترامب"),
    );
}

#[test]
fn a_quoted_we_do_is_a_policy_but_a_refusal_or_a_speech_act_stays() {
    let sentence =
        "وأضاف ترامب: \"لدينا أشخاص يحاولون الدخول إلى بلادنا، لكننا نطردهم خارج البلاد\".";
    assert_no_root("expel.txt", sentence, "17");
    assert_no_root("expel2.txt", sentence, "16");
    let sentence = "وقال ليبرمان: \"لن نسمح للإيرانيين بإنشاء قواعد في سوريا\".";
    let all = sentence_events("refusal.txt", sentence);
    assert!(all.iter().any(|e| e["root"] == "12"), "{all:#?}");
}

#[test]
fn a_fronted_titled_name_and_a_relative_clause_antecedent_are_subjects() {
    let sentence = "يذكر أن المرشد الإيراني، علي خامنئي، رفض فكرة التفاوض مع الولايات المتحدة.";
    assert_parties(
        "khamenei.txt",
        sentence,
        "12",
        ("علي خامنئي", "الولايات المتحدة"),
    );
    // a name inside a prepositional phrase is no fronted subject
    let sentence = "لكن الصحيفة المعارضة للرئيس، رجب طيب أردوغان، ترفض هذه الاتهامات.";
    assert_no_source("newspaper.txt", sentence, "رجب طيب أردوغان");
    let sentence = "أما روسيا، التي تنفي الاتهامات البريطانية بممارسة الهجمات، فقالت إن بريطانيا تسعى إلى التصعيد.";
    let (source, _) = parties("antecedent.txt", sentence, "01");
    assert_eq!(source, "روسيا");
    // a subject named after the relative verb is its own (غولن is the one extradition is sought for)
    let sentence = "وصدر حكم بحق شقيق الداعية فتح الله غولن، الذي يطالب أردوغان بتسليمه.";
    assert_no_source("gulen.txt", sentence, "فتح الله غولن");
}

#[test]
fn a_platform_a_statement_is_posted_on_is_no_party() {
    let sentence = "وأدان ترامب في تغريدة على حسابه الرسمي في موقع تويتر روسيا.";
    let all = sentence_events("twitter.txt", sentence);
    let blame = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the condemnation");
    assert_ne!(blame["target"]["text"], "موقع تويتر", "{blame:#}");
    assert_ne!(blame["target"]["text"], "تويتر", "{blame:#}");
}

#[test]
fn terrorism_is_no_actor() {
    let sentence = "ونفت قطر اتهامات البحرين لها بدعم الإرهاب.";
    let all = sentence_events("terrorism.txt", sentence);
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|e| e["target"]["text"] != "الإرهاب"),
        "{all:#?}"
    );
}

#[test]
fn a_threat_noun_threatens_only_with_its_author_or_its_act() {
    let sentence =
        "وقالت الخارجية الروسية إن تهديد بريطانيا بمقاطعة كأس العالم سيضر بالعلاقات مع موسكو.";
    let all = sentence_events("threat1.txt", sentence);
    assert!(all.iter().any(|e| e["root"] == "13"), "{all:#?}");
    // a danger posed is no threat made
    assert_no_root(
        "threat2.txt",
        "وقال ترامب إن كوريا الشمالية لم تعد تشكل تهديدا نوويا.",
        "13",
    );
    // a name with a suffix is no place (الرياضة is sport, not Riyadh)
    let sentence = "وتعهدت الشركة بدعم الرياضة في الصين.";
    let all = sentence_events("sport.txt", sentence);
    assert!(all.iter().all(|e| e["target"]["code"] != "SAU"), "{all:#?}");
}

#[test]
fn manifestations_and_what_occurred_wherever_are_no_acts() {
    let sentence = "وأكد المجلس أن الإرهاب، بجميع أشكاله ومظاهره، لا يمكن تبريره بصرف النظر عن دوافعه وأينما وقعت.";
    assert_no_root("manifest.txt", sentence, "14");
    assert_no_root("occurred.txt", sentence, "05");
    let sentence = "ونظم آلاف المحتجين مظاهرة أمام السفارة الفرنسية.";
    let all = sentence_events("demo.txt", sentence);
    assert!(all.iter().any(|e| e["root"] == "14"), "{all:#?}");
}

#[test]
fn an_act_qualified_by_any_may_come_and_did_not_happen() {
    let sentence = "وفشل مجلس الأمن في إصدار أي قرار يدين إسرائيل.";
    assert_no_root("any1.txt", sentence, "11");
    let sentence = "وقالت الحكومة إن أي عمل يستهدف أمن الأردن سيواجه بحزم.";
    assert_no_root("any2.txt", sentence, "19");
    let sentence = "وقررت ماي المشاركة في أي ضربات تنفذها الولايات المتحدة.";
    assert_no_root("any3.txt", sentence, "19");
}

#[test]
fn an_unnamed_actor_phrase_ends_on_no_particle() {
    let sentence = "وأصدر سليماني بيانا أشاد فيه بالرئيس الذي كانت التقارير تشير إلى خلاف معه.";
    let all = sentence_events("praise.txt", sentence);
    let praise = all.iter().find(|e| e["root"] == "05").expect("the praise");
    assert_eq!(praise["target"]["text"], "الرئيس", "{praise:#}");
}

#[test]
fn a_person_expelled_is_deported_and_a_diplomat_expelled_is_not() {
    let all = sentence_events(
        "deported.txt",
        "وطردت السلطات الألمانية سامي العيدي إلى تونس.",
    );
    let e = all
        .iter()
        .find(|e| e["root"] == "17")
        .expect("the deportation");
    assert_eq!(e["cameo"], "174", "{e:#}");
    let sentence =
        "وأعلن الرئيس الفنزويلي نيكولاس مادورو طرد القائم بالأعمال الأميركي في كراكاس تود روبينسون.";
    assert_no_root("envoy.txt", sentence, "17");
}

#[test]
fn a_noun_of_people_acting_after_the_verb_is_its_subject() {
    let sentence = "وتتهم الجمعيات الخيرية التي تدير السفينة الحكومة الإيطالية بالضغط على بنما.";
    // the relative clause's own object (السفينة) closes it: the accused comes after
    let want = ("الجمعيات الخيرية", "الحكومة الإيطالية");
    assert_parties("charities.txt", sentence, "11", want);
    let sentence = "يتهم كثيرون حركة بوكوحرام المتطرفة بشن الهجوم.";
    let (source, _) = parties("many.txt", sentence, "11");
    assert_eq!(source, "كثيرون");
    let sentence = "دعا خبراء حقوق الإنسان في الأمم المتحدة إسرائيل إلى وقف استخدام القوة.";
    let want = ("خبراء حقوق الإنسان في الأمم المتحدة", "إسرائيل");
    assert_parties("experts.txt", sentence, "02", want);
    // a plural nationality in the nominative qualifies the head
    let (source, _) = parties("judges.txt", "رفض قضاة التحقيق الفرنسيون الطلب.", "12");
    assert_eq!(source, "قضاة التحقيق الفرنسيون");
    // ... and none of these nouns is a subject after a noun: the activists are arrested
    let sentence = "وأدانت منظمة العفو الدولية اعتقال الناشطين.";
    let (source, _) = parties("activists.txt", sentence, "11");
    assert_eq!(source, "منظمة العفو الدولية");
}

#[test]
fn a_body_blames_an_unnamed_person_between_the_verb_and_responsibility() {
    let sentence = "وحملت السلطات الطيار المسؤولية عن الحادث.";
    assert_parties("pilot.txt", sentence, "11", ("السلطات", "الطيار"));
}

#[test]
fn a_title_alone_after_the_verb_is_its_subject_but_residents_are_not() {
    let sentence = "وأدان الوزير ما وصفه بالعدوان الإسرائيلي.";
    let (source, _) = parties("minister.txt", sentence, "11");
    assert_eq!(source, "الوزير");
    let sentence = "انتقد الشركاء التجاريون للولايات المتحدة الرسوم الجمركية الجديدة.";
    let (source, target) = parties("partners.txt", sentence, "11");
    assert_eq!(source, "الشركاء التجاريون");
    assert_ne!(target, "للولايات المتحدة");
    // a plural verb has its subject before it: the residents are threatened
    let sentence = "وأكدت المصادر أن مشرفي الحوثي يهددون السكان الراغبين في النزوح.";
    let all = sentence_events("residents.txt", sentence);
    assert!(
        all.iter().all(|e| e["source"]["text"] != "السكان"),
        "{all:#?}"
    );
}

#[test]
fn a_dual_subject_stands_for_the_two_parties_named_before() {
    let text =
        "التقى الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة. \
                وتعهد الزعيمان بالعمل نحو نزع السلاح النووي.";
    assert_parties("leaders.txt", text, "03", ("دونالد ترامب", "كيم جونغ أون"));
    // with no two parties named, a dual codes nothing
    assert_no_root(
        "alone.txt",
        "وتعهد الزعيمان بالعمل نحو نزع السلاح النووي.",
        "03",
    );
}

#[test]
fn a_capital_acts_as_its_state_and_a_phone_is_no_call() {
    let text = "اتهمت بريطانيا روسيا بتسميم الجاسوس. ونفت موسكو الاتهامات البريطانية.";
    let all = sentence_events("capital.txt", text);
    let accusation = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the accusation");
    let denial = all.iter().find(|e| e["root"] == "01").expect("the denial");
    assert_eq!(denial["source"]["text"], "موسكو", "{denial:#}");
    // Moscow is Russia's group, the one accused
    assert_eq!(
        denial["source"]["group"], accusation["target"]["group"],
        "{all:#?}"
    );
    // ... while a city of a state (أربيل) stays itself
    let text =
        "وكانت بغداد فرضت حظرا على الرحلات إلى مطارات أربيل. ودخلت أربيل في مفاوضات مع بغداد.";
    let all = sentence_events("erbil.txt", text);
    assert!(all.iter().any(|e| !e["target"].is_null()), "{all:#?}");
    let sentence = "وأطلقت شياومي هاتفها الجديد في الهند.";
    assert_no_root("phone.txt", sentence, "04");
}

#[test]
fn a_national_object_names_its_state_and_a_title_meets_before_a_preposition() {
    let text = "فرضت إيران قيودا على الواردات. وانتقد الوزير السياسات الإيرانية في المنطقة.";
    let all = sentence_events("policies.txt", text);
    let e = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the criticism");
    assert_eq!(e["source"]["text"], "الوزير", "{e:#}");
    assert_eq!(e["target"]["text"], "إيران", "{e:#}");
    // an act noun's nisba names its agent: the sanctions are American, imposed on Iran
    let sentence = "وإعادة فرض ترامب العقوبات الاقتصادية الأمريكية على إيران ستكون ضربة قاسية.";
    let all = sentence_events("sanctions.txt", sentence);
    assert!(all.iter().all(|e| e["target"]["code"] != "USA"), "{all:#?}");
    assert_parties(
        "minister.txt",
        "اجتمع الوزير مع حكومة دبي.",
        "04",
        ("الوزير", "حكومة دبي"),
    );
}

#[test]
fn the_kingdom_is_the_kingdom_named_before() {
    let text =
        "أعلنت المملكة العربية السعودية موقفها. ويأتي القرار بعدما اعتقلت المملكة عشرات الأمراء.";
    let all = sentence_events("kingdom.txt", text);
    let e = all.iter().find(|e| e["root"] == "17").expect("the arrests");
    assert_eq!(e["source"]["text"], "المملكة", "{e:#}");
    assert_eq!(e["source"]["code"], "SAU", "{e:#}");
}

#[test]
fn detaining_people_is_an_arrest_and_halting_things_is_not() {
    let sentence = "وأوقفت السلطات الأمنية الثلاثاء المستشار هشام جنينة في منزله.";
    let (source, _) = parties("detained.txt", sentence, "17");
    assert_eq!(source, "السلطات الأمنية");
    let sentence = "ويأتي القرار بعدما أوقفت السلطات عشرات الأمراء والوزراء ورجال الأعمال في فندق.";
    let (_, target) = parties("princes.txt", sentence, "17");
    assert_eq!(target, "عشرات الأمراء والوزراء ورجال الأعمال");
    assert_no_root("halted.txt", "وأوقفت روسيا تسيير الرحلات إلى مصر.", "17");
    assert_no_root("passive.txt", "وكان زعيم المعارضة قد أوقف في 2014.", "17");
    let sentence = "أوقف تونسي يشتبه بأنه كان حارسا شخصيا لأسامة بن لادن.";
    assert_no_root("guard.txt", sentence, "17");
}

#[test]
fn agreeing_that_is_an_opinion_and_officials_in_the_oblique_are_blamed() {
    let sentence = "واتفق القضاة الخمسة الذين أصدروا الحكم أن القانون قديم وتعسفي.";
    assert_no_root("judges_agree.txt", sentence, "05");
    let sentence = "وقال ترمب إن العجز وصل إلى 800 مليار دولار، وحمل المسؤولين الأميركيين السابقين مسؤولية هذا الأمر.";
    let (source, target) = parties("officials.txt", sentence, "11");
    assert_eq!(source, "ترمب");
    assert!(target.starts_with("المسؤولين الأميركيين"), "{target}");
}

#[test]
fn a_sharp_attack_noun_is_criticism() {
    let sentence = "وجاء القرار بعد الهجوم الحاد الذي شنه جون برينان على دونالد ترامب.";
    assert_no_root("sharp.txt", sentence, "19");
}

#[test]
fn a_complaint_or_a_lawsuit_is_against_the_party_after_didd() {
    let sentence = "وقدمت مصر شكوى إلى مجلس الأمن ضد إسرائيل.";
    assert_eq!(
        parties("complaint.txt", sentence, "11"),
        ("مصر".into(), "إسرائيل".into())
    );
    let sentence = "وأقامت الحكومة المصرية دعوى قضائية ضد محمد مرسي.";
    let (_, target) = parties("lawsuit.txt", sentence, "11");
    assert_eq!(target, "محمد مرسي");
    // other objects of these verbs are no acts
    assert_no_root("party.txt", "وأقامت السفارة المصرية حفلا في لندن.", "11");
}

#[test]
fn traded_accusations_are_one_act_each_way() {
    let all = sentence_events(
        "traded.txt",
        "وتبادلت روسيا وأوكرانيا الاتهامات بخرق الهدنة.",
    );
    let mut pairs: Vec<(String, String)> = all
        .iter()
        .filter(|e| e["root"] == "11")
        .map(|e| {
            let text = |side: &str| e[side]["text"].as_str().unwrap_or_default().to_string();
            (text("source"), text("target"))
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("أوكرانيا".to_string(), "روسيا".to_string()),
            ("روسيا".to_string(), "أوكرانيا".to_string())
        ]
    );
    assert_no_root("views.txt", "وتبادل الوزيران وجهات النظر حول الأزمة.", "11");
}

#[test]
fn a_dismissal_is_coded_from_the_perfect_verb_only() {
    let sentence = "وأقال الرئيس عبد الفتاح السيسي هشام جنينة من منصبه.";
    let (source, target) = parties("dismissed.txt", sentence, "17");
    assert!(source.ends_with("عبد الفتاح السيسي"), "{source}");
    assert_eq!(target, "هشام جنينة");
    // the verbal noun's genitive is the one dismissed, no agent
    let sentence = "وتلقى الدبلوماسي البرازيلي تعويضا ماليا عن إقالته من منظمة العمل الدولية.";
    assert_no_root("masdar.txt", sentence, "17");
}

#[test]
fn a_number_of_people_arrested_are_the_target() {
    let sentence = "واعتقلت السلطات السعودية عددا من الأمراء.";
    let (_, target) = parties("number_of.txt", sentence, "17");
    assert_eq!(target, "الأمراء");
    // a nisba test at the very end of the text stays inside it
    let all = sentence_events("end.txt", "واعتقلت الشرطة عددا");
    assert!(all.iter().all(|e| e["root"] != "18"), "{all:#?}");
}

#[test]
fn floods_are_no_actor_and_no_seoul() {
    let sentence =
        "وعرقلت الأمطار عمليات الإنقاذ في مناطق اجتاحتها السيول وقتل فيها أكثر من 200 شخص.";
    let all = sentence_events("floods.txt", sentence);
    assert!(all.is_empty(), "{all:#?}");
    // the city written without the article is still Seoul
    let sentence = "وأضاف أن سيول تبذل ما في وسعها لضمان إطلاق سراح مواطنها المخطوف في ليبيا.";
    let all = sentence_events("seoul.txt", sentence);
    assert!(all.iter().any(|e| e["source"]["code"] == "KOR"), "{all:#?}");
}

#[test]
fn a_relative_clauses_object_pronoun_is_its_head() {
    let sentence = "وقال هشام جنينة الذي أقاله الرئيس عبد الفتاح السيسي إن المحكمة رفضت الطعن.";
    let (source, target) = parties("relative_head.txt", sentence, "17");
    assert!(source.ends_with("عبد الفتاح السيسي"), "{source}");
    assert_eq!(target, "هشام جنينة");
}

#[test]
fn exchanged_fire_is_a_fight() {
    let sentence = "وتبادلت قوات الأمن إطلاق النار مع مجموعة من المتشددين في مدينة درنة.";
    let all = sentence_events("exchanged_fire.txt", sentence);
    assert!(all.iter().any(|e| e["cameo"] == "193"), "{all:#?}");
    assert!(all.iter().all(|e| e["root"] != "18"), "{all:#?}");
}

#[test]
fn an_accusations_charge_names_no_target() {
    let sentence = "وكان رئيس الوزراء يوسف الشاهد قد اتهم في مايو نجل الرئيس بتدمير الحزب الحاكم.";
    let (_, target) = parties("charge.txt", sentence, "11");
    assert_eq!(target, "نجل الرئيس");
}

#[test]
fn actors_leave_their_proclitics_out() {
    let sentence = "وشنت الولايات المتحدة ضربات على مواقع تابعة لدمشق.";
    let path = temp_file("proclitic.txt", &format!("{sentence}\n"));
    let text = std::fs::read_to_string(&path).unwrap();
    let all = events(&rasd(&["events", path.to_str().unwrap()]));
    let target = &all.iter().find(|e| e["root"] == "19").expect("a strike")["target"];
    assert_eq!(target["text"], "دمشق", "{all:#?}");
    let (start, end) = (
        target["start"].as_u64().unwrap(),
        target["end"].as_u64().unwrap(),
    );
    assert_eq!(&text[start as usize..end as usize], "دمشق");
    // an agreement's second party drops its conjunction; a name whose first letter the
    // morphology reads as a preposition keeps it (بيونغ يانغ)
    assert_parties(
        "conjunction.txt",
        "ووقع الاتحاد الأوروبي وأنقرة اتفاقا لإعادة المهاجرين.",
        "05",
        ("الاتحاد الأوروبي", "أنقرة"),
    );
    assert_parties(
        "pyongyang.txt",
        "وأطلقت بيونغ يانغ صاروخا باليستيا فوق اليابان.",
        "19",
        ("بيونغ يانغ", "اليابان"),
    );
}

#[test]
fn a_visit_of_his_is_the_visit_of_the_sentences_agent() {
    // زيارة له: the possessive written with ل names the visitor, the agent of the sentence's
    // earlier act, not the place named before it
    let sentence = "وأدان وزير الخارجية الأمريكي جهود إيران في المنطقة، في أول زيارة له للسعودية.";
    let all = sentence_events("visit_of_his.txt", sentence);
    let visit = all
        .iter()
        .find(|e| e["root"] == "04")
        .unwrap_or_else(|| panic!("a visit in {all:#?}"));
    assert_eq!(
        visit["source"]["text"], "وزير الخارجية الأمريكي",
        "{visit:#}"
    );
    assert_parties(
        "meeting_of_his.txt",
        "وقال بوتين عقب اجتماع له مع مستشار النمسا إن القرار واضح.",
        "04",
        ("بوتين", "مستشار النمسا"),
    );
}

#[test]
fn a_title_before_a_phrase_naming_someone_else_is_the_subject() {
    // تصريحات ترامب: Trump's statements; the French president criticises them, and the
    // recogniser gives Trump no French title
    assert_parties(
        "title_construct.txt",
        "وانتقد الرئيس الفرنسي تصريحات ترامب.",
        "11",
        ("الرئيس الفرنسي", "ترامب"),
    );
    // a title closed by its nisba before another person's title and name is its own subject,
    // though the recogniser ran the name's role back over both
    assert_parties(
        "two_titles.txt",
        "وانتقد وزير الخارجية الروسي الرئيس الأمريكي دونالد ترامب.",
        "11",
        ("وزير الخارجية الروسي", "دونالد ترامب"),
    );
    // a first name the recogniser left out keeps the title the person's
    assert_parties(
        "title_first_name.txt",
        "ورفض وزير الدفاع الإسرائيلي أفيغدور ليبرمان اعتذار الرئيس الفلسطيني.",
        "12",
        ("ليبرمان", "الرئيس الفلسطيني"),
    );
}

#[test]
fn a_name_conjoined_to_a_name_is_no_adjective() {
    // والسعودية after مصر is the other signatory; after a nisba (العراقية والأمريكية) a
    // conjoined nisba stays an adjective of the phrase
    assert_parties(
        "conjoined_name.txt",
        "ووقعت مصر والسعودية اتفاقية للتعاون.",
        "05",
        ("مصر", "السعودية"),
    );
    // a welcome goes one way: the co-subject welcomes with it, the decision's author is welcomed
    assert_parties(
        "welcome.txt",
        "ورحبت السعودية والإمارات بقرار الرئيس الأمريكي الانسحاب من الاتفاق النووي.",
        "05",
        ("السعودية", "الرئيس الأمريكي"),
    );
    let all = sentence_events(
        "conjoined_nisba.txt",
        "وشنت القوات العراقية والأمريكية هجوما على مواقع داعش.",
    );
    assert!(
        all.iter().all(|e| e["target"]["text"] != "الأمريكية"),
        "{all:#?}"
    );
}

#[test]
fn a_title_naming_a_body_before_its_holder_is_the_holder() {
    // the body the title names (صندوق النقد الدولي) is no subject: the holder after it is
    assert_parties(
        "title_body_holder.txt",
        "حضت المديرة العامة لصندوق النقد الدولي كريستين لاغارد اليوم السبت الدول العربية على خفض رواتب القطاع العام.",
        "02",
        ("كريستين لاغارد", "الدول العربية"),
    );
    // a name's word the morphology reads as a verb (ينس: "forgets") does not end the clause
    assert_parties(
        "title_verb_like_name.txt",
        "وانتقد الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ روسيا.",
        "11",
        ("ينس ستولتنبرغ", "روسيا"),
    );
}

#[test]
fn an_envoy_is_coded_by_the_country_served_not_the_body_posted_to() {
    for (name, sentence, holder, code) in [
        (
            "envoy_un.txt",
            "وانتقد مندوب سوريا لدى الأمم المتحدة بشار الجعفري الدول الغربية.",
            "بشار الجعفري",
            "SYRGOV",
        ),
        (
            "envoy_nisba.txt",
            "وانتقد المندوب الإسرائيلي بالأمم المتحدة داني دانون حركة حماس.",
            "داني دانون",
            "ISRGOV",
        ),
        // an office takes the body it heads (الأمين العام: GOVLEG alone)
        (
            "office_un.txt",
            "وانتقد الأمين العام للأمم المتحدة أنطونيو غوتيريس إسرائيل.",
            "أنطونيو غوتيريس",
            "IGOUNO",
        ),
    ] {
        let all = sentence_events(name, sentence);
        let act = all
            .iter()
            .find(|e| e["root"] == "11")
            .expect("the criticism");
        assert_eq!(act["source"]["text"], holder, "{act:#}");
        assert_eq!(act["source"]["code"], code, "{act:#}");
    }
}

#[test]
fn a_german_body_is_coded_germany() {
    // ألمانيا opens with أل, which the article of الألمانية stands before; the dictionary's
    // وزارة_خارجية_ entry is switched off (dated from 2200) and codes no Lebanese ministry
    let all = sentence_events("german.txt", "وانتقدت وزارة الخارجية الألمانية إيران.");
    let act = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the criticism");
    assert_eq!(act["source"]["code"], "DEUGOV", "{act:#}");
    assert_eq!(act["target"]["code"], "IRN", "{act:#}");
}

#[test]
fn a_feminine_body_takes_no_masculine_nisba_after_it() {
    // الصحفي is the journalist arrested, no adjective of الشرطة
    assert_parties(
        "police_journalist.txt",
        "اعتقلت الشرطة الصحفي محمود أبو زيد.",
        "17",
        ("الشرطة", "محمود أبو زيد"),
    );
}

#[test]
fn a_person_named_right_after_a_killing_verb_is_killed() {
    // the script leaves the passive unmarked (قُتل): no object after the name, no killer
    let strike = "وقتل الحساني في غارة للتحالف على مدينة الرقة.";
    assert_no_source("killed1.txt", strike, "الحساني");
    let clash = "قتل شريف إسماعيل، العميد في القوات الخاصة العراقية، بعد مواجهات مع مسلحين.";
    assert_no_source("killed2.txt", clash, "شريف إسماعيل");
    // with an object the person kills
    let killer = "وقتل أحمد الكردي جنديا إسرائيليا في الخليل.";
    assert_parties(
        "killed3.txt",
        killer,
        "19",
        ("أحمد الكردي", "جنديا إسرائيليا"),
    );
}

#[test]
fn an_office_acts_for_the_body_it_heads() {
    // the secretary general of a body is coded as that body, not as a government office
    let league = "وأدان الأمين العام لجامعة الدول العربية الهجوم على المدنيين.";
    let all = sentence_events("office1.txt", league);
    let e = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("a condemnation");
    assert_eq!(
        e["source"]["text"], "الأمين العام لجامعة الدول العربية",
        "{all:#?}"
    );
    assert_eq!(e["source"]["code"], "IGOARL", "{all:#?}");
    let un = "وحذر الأمين العام للأمم المتحدة من كارثة إنسانية في إدلب.";
    let all = sentence_events("office2.txt", un);
    assert_eq!(all[0]["source"]["code"], "IGOUNO", "{all:#?}");
}

#[test]
fn north_korea_is_coded_prk() {
    // the Arabic actor dictionary enters كوريا_شمالي_ twice, as PRK and as KOR
    let threat = "وهددت كوريا الشمالية بإلغاء القمة مع الولايات المتحدة.";
    let all = sentence_events("prk.txt", threat);
    let e = all.iter().find(|e| e["root"] == "13").expect("a threat");
    assert_eq!(e["source"]["code"], "PRK", "{all:#?}");
}

#[test]
fn a_bare_office_leaves_a_person_his_own_code() {
    // الرئيس (GOV) names no country: Trump's own code stands
    let text = "وانتقد الرئيس دونالد ترامب الصين بشدة.";
    let all = sentence_events("own_code.txt", text);
    let e = all.iter().find(|e| e["root"] == "11").expect("a criticism");
    assert_eq!(e["source"]["code"], "USAGOV", "{all:#?}");
}

#[test]
fn protesters_named_as_an_object_protest_nothing() {
    // the protesters' noun is the killing's object, no protest act of the army
    let killed = "وقتلت القوات الإسرائيلية محتجين فلسطينيين قرب السياج.";
    assert_no_root("protesters.txt", killed, "14");
}

#[test]
fn an_attack_noun_takes_no_agent_before_it() {
    // the speaker of a sentence naming an attack is not its agent
    let all = sentence_events(
        "attack_noun.txt",
        "وقال لافروف إن بلاده لم تجد أي مؤشر على وقوع هجوم كيماوي في دوما.",
    );
    let violent = |e: &&Value| matches!(e["root"].as_str(), Some("18" | "19" | "20"));
    assert!(
        all.iter().filter(violent).all(|e| e["source"].is_null()),
        "{all:#?}"
    );
    // the subject of a verb right before the noun carries it
    let all = sentence_events(
        "attack_support.txt",
        "وقال نشطاء إن المقاتلات الروسية واصلت قصف الغوطة الشرقية.",
    );
    let strike = all.iter().find(|e| e["root"] == "19").expect("the strike");
    assert_eq!(strike["source"]["text"], "المقاتلات الروسية", "{strike:#}");
}

#[test]
fn a_capital_opening_on_ba_is_a_subject() {
    // the ب of بيونغ is the name's letter, no preposition making it a place
    let all = sentence_events("pyongyang.txt", "وانتقدت بيونغ يانغ واشنطن بشدة.");
    let criticism = all
        .iter()
        .find(|e| e["root"] == "11")
        .expect("the criticism");
    assert_eq!(criticism["source"]["text"], "بيونغ يانغ", "{criticism:#}");
}

#[test]
fn a_ministry_is_no_visit() {
    // وزارته is his ministry, not و + زار (visited)
    assert_no_root(
        "ministry.txt",
        "وقال وزير الدفاع الروسي سيرغي شويغو إن المدنيين خرجوا. وكانت وزارته قالت في وقت سابق إن العدد بلغ 79 ألفا.",
        "04",
    );
    let all = sentence_events("visited.txt", "وزار كيم الصين سرا.");
    assert!(all.iter().any(|e| e["root"] == "04"), "{all:#?}");
}

#[test]
fn the_killed_before_a_plural_passive_are_no_killers() {
    // قُتلوا with no object: the militiamen before it were killed, they killed no one
    let all = sentence_events(
        "killed.txt",
        "وقالت الوكالة إن العشرات من عناصر الميليشيات قتلوا وجرح آخرون.",
    );
    let killers = |e: &&Value| {
        e["source"]["text"]
            .as_str()
            .is_some_and(|s| s.contains("الميليشيات"))
    };
    assert!(!all.iter().any(|e| killers(&e)), "{all:#?}");
    // the killed before it are the target of the agent after it
    let (source, target) = parties(
        "killed_by.txt",
        "وأكد مسؤولون أن أكثر من 120 فلسطينيا قتلوا برصاص القوات الإسرائيلية.",
        "19",
    );
    assert_eq!(
        (source.as_str(), target.as_str()),
        ("القوات الإسرائيلية", "120 فلسطينيا")
    );
    // killers who name whom they killed act
    let all = sentence_events(
        "killers.txt",
        "وقال مسؤول إن ضباطا بشرطة نيويورك قتلوا بالرصاص رجلا أسود.",
    );
    assert!(all.iter().any(|e| e["root"] == "19"), "{all:#?}");
}

#[test]
fn an_imperfect_aim_is_no_attack() {
    // تستهدف inside a sentence aims (a budget target), it strikes no one
    assert_no_root(
        "aims.txt",
        "وأشار الوزير إلى أن الحكومة تستهدف خفض دعم المواد البترولية في الموازنة الجديدة.",
        "19",
    );
}

#[test]
fn a_match_between_teams_is_no_meeting() {
    assert_no_root(
        "match.txt",
        "وستستضيف مدينة روستوف أون دون 4 مباريات في دور المجموعات، بينها لقاء المنتخب السعودي مع أوروغواي في 20 يونيو.",
        "04",
    );
}

#[test]
fn a_verb_describing_a_thing_has_no_actor() {
    // the agreement allows, not the states that signed it
    assert_no_root(
        "thing.txt",
        "وقعت مصر والسودان اتفاقا نوويا يسمح لإثيوبيا ببناء السد.",
        "08",
    );
    // a time before the verb is no subject: the one after it is
    let demand = event_of_root(
        "time.txt",
        "ومنذ أشهر عديدة تطالب الولايات المتحدة كوريا الشمالية بالإفراج عن مواطنيها.",
        "10",
    );
    assert_eq!(demand["source"]["text"], "الولايات المتحدة", "{demand:#}");
}

#[test]
fn a_launch_towards_a_state_targets_it_and_not_its_detector() {
    // a direction noun governs the name after it: no nisba adjective of the direction
    let launch = event_of_root(
        "towards.txt",
        "أطلقت الميليشيا الحوثية صاروخا باليستيا باتجاه السعودية.",
        "19",
    );
    assert_eq!(launch["target"]["text"], "السعودية", "{launch:#}");
    // the air defence that detected the launch is no party to it
    let launch = event_of_root("detected.txt", "رصدت قوات الدفاع الجوي الملكي السعودي إطلاق صاروخ باليستي من قبل الميليشيا الحوثية من داخل الأراضي اليمنية باتجاه أراضي المملكة.", "19");
    assert_eq!(launch["source"]["text"], "الميليشيا الحوثية", "{launch:#}");
    assert!(
        !launch["target"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("الدفاع")),
        "{launch:#}"
    );
}

#[test]
fn an_occupied_town_is_territory_not_a_party() {
    let seizure = event_of_root(
        "seized.txt",
        "وسيطر الحوثيون على مدينة الحديدة من القوات الحكومية.",
        "19",
    );
    assert_eq!(seizure["target"]["text"], "القوات الحكومية", "{seizure:#}");
    let seizure = event_of_root("town.txt", "سيطرت قوات النظام السوري على مدينة دوما.", "19");
    assert!(seizure["target"].is_null(), "{seizure:#}");
}

#[test]
fn a_subject_fronted_by_kana_acts_across_its_comma() {
    let warning = event_of_root("kana.txt", "وكان الأمين العام للأمم المتحدة أنطونيو غوتيريس، حذر مساء السبت، من أي إجراء من شأنه تغيير الوضع.", "13");
    assert_eq!(warning["source"]["text"], "أنطونيو غوتيريس", "{warning:#}");
}

#[test]
fn what_prompted_an_act_is_no_appeal() {
    assert_no_root(
        "prompted.txt",
        "أحرق متظاهرون القنصلية الإيرانية، مما دعا طهران إلى سحب رعاياها من المحافظة.",
        "02",
    );
}

#[test]
fn the_noun_after_a_plural_verb_is_its_object() {
    // a verb before its subject is singular: قوات الأمن is accused, not the accuser
    let all = sentence_events(
        "plural.txt",
        "نشر ناشطون أشرطة فيديو تظهر مواجهات عنيفة، واتهموا قوات الأمن بمهاجمة المتظاهرين.",
    );
    assert!(
        all.iter().all(|e| e["source"]["text"] != "قوات الأمن"),
        "{all:#?}"
    );
}

#[test]
fn an_act_named_as_missing_did_not_happen() {
    assert_no_root(
        "without.txt",
        "وقال كوشنير إن الخطة التي قد يتم نشرها دون موافقة الجانب الفلسطيني ستجهز قريبا.",
        "03",
    );
    assert_no_root(
        "without2.txt",
        "وقد تغادر بريطانيا الاتحاد الأوروبي دون اتفاق تجاري مع بروكسل.",
        "05",
    );
}

#[test]
fn an_interview_framed_by_its_speaker_is_no_meeting() {
    assert_no_root(
        "interview2.txt",
        "قال ترامب خلال لقائه مع قناة بلومبرغ إن إيران تدعم الإرهاب.",
        "04",
    );
}

#[test]
fn a_team_controlling_a_match_and_a_bank_aiming_are_no_force() {
    assert_no_root(
        "match2.txt",
        "وسيطرت كرواتيا على معظم فترات المباراة، فيما ظهرت نيجيريا بمستوى ضعيف.",
        "19",
    );
    assert_no_root(
        "aim2.txt",
        "ويستهدف البنك المركزي الأوروبي إبقاء التضخم عند أقل قليلا من اثنين بالمئة.",
        "19",
    );
}

#[test]
fn a_name_kana_fronts_is_the_subject_without_qad() {
    let appeal = event_of_root(
        "kana2.txt",
        "وكان ترامب دعا بوتن لزيارة واشنطن خلال اتصال هاتفي في مارس.",
        "02",
    );
    assert_eq!(appeal["source"]["text"], "ترامب", "{appeal:#}");
    assert_eq!(appeal["target"]["text"], "بوتن", "{appeal:#}");
}

#[test]
fn an_elative_measure_and_a_possible_act_are_no_happenings() {
    assert_no_root(
        "elative.txt",
        "إن شقيقة الزعيم هي ركن أساسي في النظام الأكثر استبدادا والأكثر قمعا في العالم.",
        "17",
    );
    // the cue before the clause's أن governs the act in it
    assert_no_root(
        "possible.txt",
        "وارتفعت الأسعار بسبب احتمال أن تعيد الولايات المتحدة فرض عقوبات على إيران.",
        "16",
    );
}

#[test]
fn an_act_takes_place_in_the_land_struck_visited_or_named_in_its_phrase() {
    for (name, sentence, root, place) in [
        (
            "struck.txt",
            "وأكد نشطاء أن المقاتلات الحربية واصلت قصف الغوطة الشرقية.",
            "19",
            "الغوطة الشرقية",
        ),
        (
            "visited.txt",
            "وصل الأمير وليام الأحد إلى الأردن في مستهل جولة.",
            "04",
            "الأردن",
        ),
        (
            "court.txt",
            "قضت محكمة في بغداد بالسجن لسبعة أشهر على مواطنة فرنسية.",
            "17",
            "بغداد",
        ),
    ] {
        let ev = event_of_root(name, sentence, root);
        assert_eq!(ev["location"]["text"], place, "{ev:#}");
    }
}

#[test]
fn background_years_and_coarse_dates_name_no_day() {
    let path = temp_file(
        "dates.txt",
        "وفي العام الماضي اتهم المسؤولون الأوكرانيون روسيا بالتخريب.\nواعتقلت موسكو العميل في 2006 بتهمة التجسس.\nواعتقلت الشرطة أمس ثلاثة أشخاص.\n",
    );
    let all = events(&rasd(&[
        "events",
        path.to_str().unwrap(),
        "--published",
        "2018-03-13",
    ]));
    let dates: Vec<&Value> = all.iter().map(|e| &e["date"]).collect();
    assert_eq!(
        dates,
        [&Value::Null, &Value::Null, &Value::from("2018-03-12")],
        "{all:#?}"
    );
}

#[test]
fn kana_before_an_imperfect_tells_background() {
    assert_no_root(
        "progressive.txt",
        "وقتل بابتشنكو الصحفي والكاتب الروسي، الذي كان ينتقد الكرملين بشدة.",
        "11",
    );
}

#[test]
fn an_agreement_noun_alone_signs_nothing() {
    assert_no_root(
        "deal.txt",
        "وقال ترمب إن الولايات المتحدة قد تعقد اتفاقية تجارية منفصلة مع المكسيك وكندا.",
        "05",
    );
    // a signing verb codes it
    let all = sentence_events(
        "signed.txt",
        "وقعت مصر اليوم الثلاثاء اتفاقا مع البنك الدولي لتمويل مشروعات التنمية.",
    );
    assert!(
        all.iter().any(|e| e["root"] == "05" || e["root"] == "06"),
        "{all:#?}"
    );
}

#[test]
fn a_strike_in_a_country_takes_place_there() {
    let strike = event_of_root("strike_in.txt", "قتل القيادي البارز في تنظيم القاعدة موسى أبو داود، في غارة للقوات الأميركية في ليبيا مطلع الأسبوع.", "19");
    assert_eq!(strike["location"]["text"], "ليبيا", "{strike:#}");
}

#[test]
fn a_meeting_a_strike_hit_is_its_target_not_a_meeting() {
    let text = "وقالت مصادر عسكرية، إن مقاتلات التحالف العربي قصفت اجتماعا لقيادات تابعة للحوثيين.";
    assert_no_root("struck_meeting.txt", text, "04");
    event_of_root("struck_meeting2.txt", text, "19");
    // a meeting started is one
    event_of_root(
        "started_meeting.txt",
        "وقال مفاوضون من المعارضة السورية إنهم بدأوا مفاوضات مع مسؤولين روس.",
        "04",
    );
}

#[test]
fn every_word_of_a_coordinated_subject_is_passed_over_for_the_target() {
    let urged = event_of_root(
        "coordinated1.txt",
        "وحثت اليابان والاتحاد الأوروبي واشنطن على منحهما إعفاء.",
        "02",
    );
    assert_eq!(urged["target"]["text"], "واشنطن", "{urged:#}");
    let condemned = event_of_root(
        "coordinated2.txt",
        "ودانت السعودية والبحرين ومجلس التعاون الخليجي إقرار البرلمان الإسرائيلي قانونا.",
        "11",
    );
    assert_eq!(
        condemned["target"]["text"], "البرلمان الإسرائيلي",
        "{condemned:#}"
    );
}

#[test]
fn an_act_called_off_or_put_off_did_not_happen() {
    assert_no_root(
        "called_off.txt",
        "ألغى الرئيس الأميركي دونالد ترامب اجتماع قمة مع كوريا الشمالية.",
        "04",
    );
    assert_no_root(
        "put_off.txt",
        "وقال وزير الخارجية، سيرغي لافروف، إنه قرر تأجيل زيارته المقررة لليونان.",
        "04",
    );
    // the control: a visit paid
    event_of_root(
        "paid.txt",
        "وزار وزير الخارجية الروسي سيرغي لافروف اليونان الأسبوع الماضي.",
        "04",
    );
}

#[test]
fn a_count_after_a_joined_verb_is_its_object_and_counted_students_demand_nothing() {
    let text =
        "اقتحمت ميليشيات الحوثي الإيرانية، السبت، حرم جامعة صنعاء واختطفت أكثر من 50 طالبا وطالبة.";
    let kidnapping = event_of_root("kidnapped.txt", text, "18");
    assert_eq!(
        kidnapping["source"]["text"], "ميليشيات الحوثي الإيرانية",
        "{kidnapping:#}"
    );
    assert_eq!(
        kidnapping["target"]["text"], "أكثر من 50 طالبا",
        "{kidnapping:#}"
    );
    assert_no_root("students.txt", text, "10");
}

#[test]
fn a_reported_clause_with_its_own_unnamed_subject_is_not_the_reporters_act() {
    let all = sentence_events(
        "own_subject.txt",
        "وأكد الجيش الإسرائيلي في بيانه أن منظومة الدفاع السورية أطلقت الصواريخ على الطائرة.",
    );
    assert!(
        all.iter().all(|e| e["source"]["text"] != "الجيش الإسرائيلي"),
        "{all:#?}"
    );
    // the reporter's own country or forces are the reporter's side
    let raids = event_of_root(
        "own_forces.txt",
        "يذكر أن التحالف الدولي أعلن أن مقاتلاته شنت 10 آلاف غارة في العراق وسورية.",
        "19",
    );
    assert_eq!(raids["source"]["text"], "التحالف الدولي", "{raids:#}");
    let refusal = event_of_root(
        "own_country.txt",
        "وأضاف عون أن بلاده ترفض محاولات إسرائيل المس بحقها.",
        "12",
    );
    assert_eq!(refusal["source"]["text"], "عون", "{refusal:#}");
}

#[test]
fn a_request_for_anonymity_is_no_act() {
    assert_no_root(
        "anonymous.txt",
        "وقال خبير اقتصادي يعمل لدى الحكومة وطلب عدم ذكر اسمه إن الاقتصاد يعاني.",
        "02",
    );
}

#[test]
fn no_state_army_or_parliament_is_a_mass_protests_crowd() {
    assert_no_root(
        "protest_army.txt",
        "الرئيس المعزول محمد مرسي الذي أعلن الجيش عزله بعد احتجاجات حاشدة على حكمه.",
        "14",
    );
    // a person's protest stays (an envoy leaving the hall in protest)
    let walkout = event_of_root(
        "walkout.txt",
        "وغادر السفير الأميركي القاعة احتجاجا على كلمة المندوب السوري.",
        "14",
    );
    assert_eq!(walkout["source"]["text"], "السفير الأميركي", "{walkout:#}");
}

#[test]
fn a_hashtagged_place_after_a_preposition_is_a_place() {
    let sentence = event_of_root(
        "hashtag_place.txt",
        "حكمت محكمة الجنايات في #باريس الجمعة على فرنسيين توجها إلى سوريا.",
        "17",
    );
    assert_eq!(sentence["target"]["text"], "فرنسيين", "{sentence:#}");
}

#[test]
fn an_act_faced_or_received_has_its_subject_as_target() {
    assert_no_root(
        "faced.txt",
        "وواجهت إسرائيل انتقادات جراء استخدامها الرصاص الحي.",
        "11",
    );
    let criticism = event_of_root(
        "faced_from.txt",
        "وواجهت إسرائيل انتقادات من منظمات حقوقية.",
        "11",
    );
    assert_eq!(
        criticism["source"]["text"], "منظمات حقوقية",
        "{criticism:#}"
    );
    assert_eq!(criticism["target"]["text"], "إسرائيل", "{criticism:#}");
}

#[test]
fn a_speakers_we_will_is_the_speakers_intent() {
    let threat = event_of_root(
        "we_will.txt",
        "وقال ترامب: \"إذا لم تتراجع الصين فسنفرض رسوما جديدة عليها\".",
        "13",
    );
    assert_eq!(threat["source"]["text"], "ترامب", "{threat:#}");
    let meeting = event_of_root(
        "we_will_meet.txt",
        "وقال ترامب للصحفيين في حديقة البيت الأبيض \"سنجتمع مع كيم في سنغافورة\".",
        "04",
    );
    assert_eq!(meeting["source"]["text"], "ترامب", "{meeting:#}");
}

#[test]
fn the_imperfect_of_striking_without_from_is_a_blow() {
    event_of_root(
        "strike_work.txt",
        "منذ نحو أسبوع، يضرب طلاب جامعات فرنسية عن الدراسة.",
        "14",
    );
    assert_no_root("storm.txt", "وهذا سادس إعصار يضرب ألمانيا هذا العام.", "14");
}

#[test]
fn falling_into_and_a_field_of_fighting_are_no_acts() {
    assert_no_root(
        "offside.txt",
        "وسجل كريم بنزيمة هدفا لريال مدريد. وتراجع أداء ليفربول، ليسجل ريال مدريد هدفا عن طريق بنزيمة لكن الحكم ألغاه بسبب وضعية تسلل وقع فيها بنزيمة إثر لقطة جميلة ختمها رونالدو بتسديدة.",
        "05",
    );
    assert_no_root(
        "battlefield.txt",
        "دعت مجموعة الأزمات الدولية السعودية إلى مقاومة إغراء تحويل العراق إلى ساحة قتال جديدة في حربها الباردة مع طهران.",
        "19",
    );
}

#[test]
fn a_common_noun_with_a_pronoun_speaks_for_no_one() {
    let all = sentence_events(
        "frame_noun.txt",
        "وبحسب موقع وزارة الخارجية الإيرانية، نفى الناطق باسم الخارجية معلومات مفادها أن إيران تخطط لشراء طائرات.",
    );
    assert!(
        all.iter().all(|e| e["source"]["text"] != "مفادها"),
        "{all:#?}"
    );
}

#[test]
fn people_in_the_nominative_plural_are_the_subject_before_a_name() {
    for (name, sentence, source, target) in [
        (
            "critics.txt",
            "ويتهم منتقدون الرئيس أردوغان باستغلال محاولة الانقلاب.",
            "منتقدون",
            "الرئيس أردوغان",
        ),
        (
            "investigators.txt",
            "واتهم محققون أمريكيون روسيا بالتدخل في الانتخابات.",
            "محققون أمريكيون",
            "روسيا",
        ),
        (
            "the-investigators.txt",
            "واتهم المحققون روسيا بالتدخل في الانتخابات.",
            "المحققون",
            "روسيا",
        ),
    ] {
        let act = event_of_root(name, sentence, "11");
        assert_eq!(act["source"]["text"], source, "{act:#}");
        assert_eq!(act["target"]["text"], target, "{act:#}");
    }
}

#[test]
fn a_people_in_the_oblique_after_the_verb_is_its_object() {
    let act = event_of_root(
        "oblique.txt",
        "ونشرت الحكومة بيانا اتهمت فيه الفلسطينيين بالتحريض.",
        "11",
    );
    assert_eq!(act["source"]["text"], "الحكومة", "{act:#}");
    assert_eq!(act["target"]["text"], "الفلسطينيين", "{act:#}");
}

#[test]
fn a_bare_killed_verb_with_its_victim_alone_is_a_passive() {
    // قتل unvowelled reads قُتل: a Palestinian farmer was killed, by no one named
    assert_no_root(
        "passive-killing.txt",
        "وقتل مزارع فلسطيني قرب الحدود مع قطاع غزة.",
        "19",
    );
    // ... and so does a murder charge (جرائم قتل)
    assert_no_root(
        "murder-charge.txt",
        "وتشتبه الشرطة في ارتكاب الرجل أربع جرائم قتل في ساكرامنتو.",
        "19",
    );
    // an armed subject and its object: an act (and so is the passive with its agent)
    for (name, sentence) in [
        ("active-killing.txt", "قتل الجيش الإسرائيلي 60 فلسطينيا."),
        (
            "agent-killing.txt",
            "وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي يوم الاثنين.",
        ),
    ] {
        let act = event_of_root(name, sentence, "19");
        assert_eq!(act["source"]["text"], "الجيش الإسرائيلي", "{act:#}");
    }
}

#[test]
fn the_subject_of_a_facing_verb_far_before_the_act_is_its_target() {
    let act = event_of_root(
        "facing.txt",
        "وواجه الرئيس الأمريكي دونالد ترامب انتقادات حادة من الحزب الديمقراطي.",
        "11",
    );
    assert_eq!(act["source"]["text"], "الحزب الديمقراطي", "{act:#}");
    assert_eq!(act["target"]["text"], "دونالد ترامب", "{act:#}");
}

#[test]
fn help_is_an_act_only_when_given_or_released() {
    // refused help names no helper
    assert_no_root(
        "refused-help.txt",
        "وقال قائد السفينة إنه رفض مساعدة قوات التحالف.",
        "07",
    );
    let aid = event_of_root(
        "given-help.txt",
        "وقدمت الإمارات مساعدة عاجلة إلى اليمن.",
        "07",
    );
    assert_eq!(aid["source"]["text"], "الإمارات", "{aid:#}");
}

#[test]
fn agreeing_is_coded_by_what_is_agreed_to() {
    // an approval at home is no intent to cooperate
    assert_no_root(
        "approval.txt",
        "وافق مجلس النواب المصري على مشروع قانون الإقامة.",
        "03",
    );
    let passage = event_of_root(
        "passage.txt",
        "ووافق الأردن على مرورهم عبر أراضيه إلى كندا.",
        "08",
    );
    assert_eq!(passage["source"]["text"], "الأردن", "{passage:#}");
    // agreeing to stop fighting or to take part is intent to cooperate
    let truce = event_of_root(
        "truce.txt",
        "وافقت إسرائيل على وقف إطلاق النار في غزة.",
        "03",
    );
    assert_eq!(truce["source"]["text"], "إسرائيل", "{truce:#}");
}

#[test]
fn a_role_holder_visits_after_a_verb_read_as_a_noun() {
    // the morphology reads وزار as و + a noun; the role before the name is the holder's
    let visit = event_of_root(
        "holder-visit.txt",
        "وزار الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ أنقرة أمس.",
        "04",
    );
    assert_eq!(visit["source"]["text"], "ينس ستولتنبرغ", "{visit:#}");
    assert_eq!(visit["target"]["text"], "أنقرة", "{visit:#}");
}

#[test]
fn a_conviction_for_a_charge_is_no_condemnation() {
    // the verdict is the sentence's act; the conviction (إدانته ب + the charge) is no 11 act
    assert_no_root(
        "conviction_noun.txt",
        "وحكم على الصحافي حميد المهداوي بالسجن ثلاث سنوات، بعد إدانته بعدم التبليغ عن جناية.",
        "11",
    );
    assert_no_root(
        "conviction_verb.txt",
        "وقد أدانه الفاتيكان بالاعتداء جنسيا على أطفال.",
        "11",
    );
    // the manner of a condemnation is no charge
    let condemned = event_of_root(
        "condemned_unanimously.txt",
        "أدانت الجامعة العربية بالإجماع التفجير.",
        "11",
    );
    assert_eq!(condemned["source"]["text"], "الجامعة العربية");
    // the acre (فدان) is no ف + دان
    assert_no_root(
        "feddan.txt",
        "وذكر الزملوط أن الحريق أتى على نحو مئة فدان من مزارع النخيل.",
        "11",
    );
}

#[test]
fn a_statements_addressee_may_follow_its_named_speaker() {
    // verb, subject, object: the object before the content is the one warned, not a name inside
    let warning = event_of_root(
        "warned_after_speaker.txt",
        "حذرت الولايات المتحدة إيران من أنها \"سترد بسرعة وحسم\" على أي هجمات ينفذها حلفاء طهران في العراق.",
        "13",
    );
    assert_eq!(warning["source"]["text"], "الولايات المتحدة");
    assert_eq!(warning["target"]["text"], "إيران");
}

#[test]
fn the_time_after_a_passive_does_not_hide_its_agent() {
    let killing = event_of_root(
        "killed_on_monday.txt",
        "وقتل الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية في الأسبوع السابع للاحتجاجات.",
        "19",
    );
    assert_eq!(killing["source"]["text"], "القوات الإسرائيلية");
}

#[test]
fn an_extended_state_of_emergency_is_imposed_again() {
    let emergency = event_of_root(
        "emergency_extended.txt",
        "ومدد البرلمان التركي قبل أيام حالة الطوارئ لمدة ثلاثة أشهر أخرى.",
        "17",
    );
    assert_eq!(emergency["cameo"], "1724");
    assert_eq!(emergency["source"]["text"], "البرلمان التركي");
    // a deadline extended is no act
    assert!(sentence_events("deadline_extended.txt", "ومدد البرلمان المهلة أسبوعا.").is_empty());
}

#[test]
fn a_relative_aside_is_passed_over_between_the_parties_and_the_act() {
    // the blamed one's aside does not hide the blame's noun, nor give its own place as party
    let blame = event_of_root(
        "blame_past_aside.txt",
        "وحملت الرئاسة الفلسطينية حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية عما وصفته الاستهداف الجبان لموكب رئيس الوزراء.",
        "11",
    );
    assert_eq!(blame["cameo"], "112");
    assert_eq!(blame["source"]["text"], "الرئاسة الفلسطينية");
    assert_eq!(blame["target"]["text"], "حركة حماس");
    // the subject before an aside that closes right before its verb
    let threat = event_of_root(
        "threat_past_aside.txt",
        "أما رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الذي أمر جيشه بالرد على كل صاروخ، فقد توعد مجددا الفصائل الفلسطينية.",
        "13",
    );
    assert_eq!(threat["source"]["text"], "بنيامين نتنياهو");
    // the act a threat names past the threatener's aside is threatened, not done
    assert_no_root(
        "threatened_attacks_past_aside.txt",
        "وهدد تنظيم الدولة الإسلامية، الذي سيطر على ثلث أنحاء العراق عام 2014، بشن هجمات قبل الانتخابات.",
        "19",
    );
}

#[test]
fn the_country_a_call_is_for_is_its_target() {
    let call = event_of_root(
        "call_for_turkey.txt",
        "كما دعت الأمم المتحدة الشهر الماضي إلى إنهاء حالة الطوارئ في تركيا، قائلة إنها أدت إلى انتهاكات ضخمة لحقوق الإنسان في جنوب شرق البلاد الذي تقطنه غالبية من الأكراد.",
        "02",
    );
    assert_eq!(call["source"]["text"], "الأمم المتحدة");
    assert_eq!(call["target"]["text"], "تركيا");
}

#[test]
fn an_act_announced_with_an_is_no_topic() {
    // أعلن عن + verbal noun: the act announced, by the announcer
    let arrest = event_of_root(
        "announced_arrest.txt",
        "أعلنت السلطات الماليزية عن اعتقال رئيس الوزراء السابق نجيب رزاق.",
        "17",
    );
    assert_eq!(arrest["cameo"], "173");
    assert_eq!(arrest["source"]["text"], "السلطات الماليزية");
    // a claimed responsibility names who attacked
    let attack = event_of_root(
        "claimed_attack.txt",
        "وأعلن الحوثيون مسؤوليتهم عن الهجوم على المطار.",
        "19",
    );
    assert_eq!(attack["source"]["text"], "الحوثيون");
    // a topic stays no act
    assert_no_root(
        "spoke_about_arrests.txt",
        "وتحدث الوزير عن اعتقال الصحفيين.",
        "17",
    );
}

#[test]
fn the_kurdish_units_are_the_ypg() {
    // الوحدات الكردية is the YPG's short name (data/known.txt), grouped with its full name
    let accusation = event_of_root(
        "ypg_accused.txt",
        "وقال القائد العام لوحدات حماية الشعب إنها لم تطلق القذائف. واتهمت أنقرة الوحدات الكردية بإطلاقها.",
        "11",
    );
    assert_eq!(accusation["source"]["text"], "أنقرة");
    assert_eq!(accusation["target"]["text"], "الوحدات الكردية");
}

#[test]
fn who_reports_clashes_does_not_fight_them() {
    for sentence in [
        "وقال المرصد السوري لحقوق الانسان ومقره في بريطانيا إن اشتباكات عنيفة تجري قرب حرستا.",
        "أعلنت نواكشوط أن اشتباكا مسلحا دار الجمعة قرب الحدود.",
    ] {
        assert_no_root("clashes_reported.txt", sentence, "19");
    }
}

#[test]
fn a_news_agency_named_by_its_acronym_is_no_party() {
    let strike = event_of_root(
        "sana_reports_strike.txt",
        "وقالت الوكالة العربية السورية للأنباء (سانا) إن طائرات حربية إسرائيلية استهدفت الأراضي السورية بالصواريخ في وقت مبكر الخميس.",
        "19",
    );
    assert_ne!(strike["target"]["text"], "سانا");
    assert_no_root(
        "sana_carries_statement.txt",
        "وأوردت سانا في بيان نشرته صباح السبت أن العدوان الثلاثي ضد سوريا انتهاك فاضح للقانون الدولي.",
        "11",
    );
}

#[test]
fn exports_are_no_confiscation() {
    assert_no_root(
        "exports.txt",
        "وعلى الرغم من الرسوم، التي فرضها ترامب على صادرات المعادن، ارتفعت الأسعار.",
        "17",
    );
    let seizure = event_of_root("seized.txt", "وصادرت الشرطة أسلحة.", "17");
    assert_eq!(seizure["cameo"], "1711");
}

#[test]
fn an_afternoon_and_repercussions_are_no_acts() {
    // the killing is coded, the afternoon is not
    let all = sentence_events(
        "afternoon.txt",
        "ويذكر أن فلسطينيين قتلا في غارات جوية إسرائيلية بعد ظهر السبت على قطاع غزة.",
    );
    assert!(
        all.iter().any(|e| e["trigger"]["text"] == "قتلا"),
        "{all:#?}"
    );
    assert!(
        all.iter().all(|e| e["trigger"]["text"] != "ظهر"),
        "{all:#?}"
    );
    assert_no_root(
        "repercussions.txt",
        "وحذرت الصين من أن هذه الحرب التجارية مع الولايات المتحدة ستتجاوز تداعياتها حدود البلدين.",
        "02",
    );
    let call = event_of_root("call.txt", "ودعت الحكومة المواطنين إلى الهدوء.", "02");
    assert_eq!(call["target"]["text"], "المواطنين");
}

#[test]
fn beginning_seeming_and_submitting_are_no_attacks() {
    for sentence in [
        "وذكر المرصد أن القوات الحكومية بدأت في دخول المناطق بشمال المدينة.",
        "بدأت محكمة إسرائيلية الاربعاء النظر في طلب تقدم به فلسطيني ضد الجيش الإسرائيلي.",
    ] {
        assert_no_root("began.txt", sentence, "19");
    }
    // a fight begun stays one
    let operation = event_of_root(
        "operation_begun.txt",
        "وأضافت المصادر أن الجيش التركي بدأ عملية بدعم جوي في إقليم كردستان العراق.",
        "19",
    );
    assert_eq!(operation["source"]["text"], "الجيش التركي");
}

#[test]
fn several_and_stopping_are_no_promise_or_arrest() {
    assert_no_root(
        "several.txt",
        "وأثارت تلك القضية توترا في العلاقات بين القاهرة وعدة دول أجنبية.",
        "03",
    );
    assert_no_root(
        "stopped.txt",
        "وتوقف الرئيس الكوري الجنوبي قليلا لتحية العشرات من مؤيدي القمة بين الكوريتين.",
        "17",
    );
    // the arrest and the promise themselves stay
    let arrest = event_of_root("arrest.txt", "وأوقفت الشرطة عشرات المتظاهرين.", "17");
    assert_eq!(arrest["cameo"], "173");
    let promise = event_of_root(
        "promise.txt",
        "ووعد الرئيس الأمريكي كوريا الشمالية بضمانات أمنية.",
        "03",
    );
    assert_eq!(promise["source"]["text"], "الرئيس الأمريكي");
}

#[test]
fn comprising_becoming_and_storms_are_no_occupation() {
    for sentence in [
        "فجر انتحاري من تنظيم داعش نفسه في حشد يضم عناصر من طالبان وقوات الأمن ومدنيين.",
        "وأكد مسؤولون يمنيون أن 17 شخصا على الأقل أصبحوا في عداد المفقودين، بعد أن اجتاح الإعصار مكونو جزيرة سقطرى.",
    ] {
        let all = sentence_events("comprises.txt", sentence);
        assert!(all.iter().all(|e| e["cameo"] != "192"), "{all:#?}");
    }
    let invasion = event_of_root("invaded.txt", "واجتاحت القوات التركية مدينة عفرين.", "19");
    assert_eq!(invasion["cameo"], "192");
}

#[test]
fn an_attack_in_tweets_or_statements_is_criticism() {
    for sentence in [
        "وهاجم حزب الشعب الجمهوري الحكومة التركية في تصريحات صحفية.",
        "وهاجمت المعارضة الحكومة التركية، في تغريدات على تويتر، ووصفتها بالفاشلة.",
    ] {
        let attack = event_of_root("verbal.txt", sentence, "11");
        assert_eq!(attack["cameo"], "111");
        assert_no_root("verbal.txt", sentence, "19");
    }
    let raid = event_of_root("armed.txt", "وهاجم مسلحون نقطة تفتيش للجيش في سيناء.", "19");
    assert_eq!(raid["cameo"], "190");
}

#[test]
fn votes_gathered_and_keeping_with_are_no_acts() {
    assert_no_root(
        "votes.txt",
        "ولم تنجح روسيا الثلاثاء في حشد الأصوات اللازمة لإقرار مشروع قرارها ضد دمشق.",
        "15",
    );
    assert_no_root(
        "keeping_with.txt",
        "وأكدت السويد على ضرورة أن تفكك كوريا الشمالية أسلحتها النووية بما يتفق مع قرارات مجلس الأمن.",
        "05",
    );
    let troops = event_of_root(
        "troops.txt",
        "وحشدت تركيا قواتها على الحدود مع سوريا.",
        "15",
    );
    assert_eq!(troops["source"]["text"], "تركيا");
}

#[test]
fn a_visit_called_off_after_its_noun_did_not_happen() {
    assert_no_root(
        "visit_cancelled.txt",
        "وأعلنت وزارة الخارجية الإسرائيلية في بيان مقتضب أن زيارة إدوار فيليب ألغيت لأسباب داخلية.",
        "04",
    );
    // across the country (في أرجاء) postpones nothing
    let campaign = event_of_root(
        "across.txt",
        "وأغلق محتجون بعض مداخل العاصمة يريفان بعد أن أعلن زعيم الحركة الاحتجاجية نيكول باشينيان حملة عصيان مدني في أرجاء البلاد.",
        "14",
    );
    assert_eq!(campaign["modality"], "asserted");
}

#[test]
fn a_drone_and_an_audience_are_no_march_or_mobilisation() {
    assert_no_root(
        "drone.txt",
        "وكان الحوثيون قد أعلنوا استهداف المصفاة بطائرة مسيرة.",
        "14",
    );
    assert_no_root(
        "audience.txt",
        "وقال أردوغان، أمام حشد من السفراء الأتراك بالقصر الرئاسي بأنقرة، إنهم إرهابيون.",
        "15",
    );
    let march = event_of_root(
        "march.txt",
        "ونظم آلاف الفلسطينيين مسيرة حاشدة في غزة.",
        "14",
    );
    assert_eq!(march["cameo"], "141");
}

#[test]
fn market_demand_asks_no_one() {
    assert_no_root(
        "demand.txt",
        "ارتفعت أسعار النفط الخميس بدعم من احتمال تجديد عقوبات أميركية على إيران وهبوط إنتاج الخام في فنزويلا وطلب عالمي قوي.",
        "02",
    );
    let request = event_of_root("request.txt", "وطلب ترامب من اليابان فتح أسواقها.", "02");
    assert_eq!(request["target"]["text"], "اليابان");
}

#[test]
fn the_name_after_a_relative_verb_is_its_object() {
    // the strikes targeted Syria: Syria attacks no one
    let all = sentence_events(
        "relative_object.txt",
        "وذكرت تقارير أن عدد الهجمات الصاروخية التي استهدفت سوريا بلغ أكثر من 100 صاروخ.",
    );
    assert!(
        all.iter().all(|e| e["source"]["text"] != "سوريا"),
        "{all:#?}"
    );
    // ... but with the pronoun later in the clause the name is its subject
    let accusation = event_of_root(
        "relative_subject.txt",
        "وقع الاعتداء على سكريبال في مارس، والذي اتهمت لندن الحكومة الروسية بالوقوف خلفها.",
        "11",
    );
    assert_eq!(accusation["source"]["text"], "لندن");
}

#[test]
fn a_communications_centre_holds_no_talks() {
    assert_no_root(
        "comms_centre.txt",
        "وأكد محافظ بيشة محمد بن سعيد بن سبرة أن محافظة بيشة هي مركز اتصال اقتصادي وتجاري مع المغرب منذ القدم.",
        "04",
    );
}
