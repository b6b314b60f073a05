//! End-to-end tests of the extractor over hand-made entity layers.

use super::*;
use rasd_text::{Span, TextLayer};

/// Paragraph spans of `text` (lines).
fn lines(text: &str) -> Vec<Span> {
    let mut at = 0;
    text.split('\n')
        .map(|l| {
            let s = Span::new(at, at + l.len());
            at += l.len() + 1;
            s
        })
        .collect()
}

/// An entity view marking every occurrence of each surface; `(surface, kind, group, role before it)`.
fn entities(text: &str, names: &[(&str, EntityKind, &str, Option<&str>)]) -> EntityView {
    let mut view = EntityView::default();
    let mut spans: Vec<(Span, EntityKind, usize, Option<Span>)> = Vec::new();
    for &(surface, kind, group_name, role) in names {
        let g = match view.groups.iter().position(|g| g.name == group_name) {
            Some(g) => g,
            None => {
                view.groups.push(EntityGroup {
                    id: view.groups.len(),
                    kind,
                    name: group_name.to_string(),
                });
                view.groups.len() - 1
            }
        };
        for (at, _) in text.match_indices(surface) {
            let span = Span::new(at, at + surface.len());
            if spans
                .iter()
                .any(|(s, ..)| s.start < span.end && span.start < s.end)
            {
                continue;
            }
            let role = role.and_then(|r| {
                let before = &text[..at];
                let r_at = before.trim_end().strip_suffix(r).map(|b| b.len())?;
                Some(Span::new(r_at, r_at + r.len()))
            });
            spans.push((span, kind, g, role));
        }
    }
    spans.sort_by_key(|s| s.0.start);
    view.mentions = spans
        .into_iter()
        .map(|(span, kind, group, role)| EntityMention {
            span,
            kind,
            group,
            role,
        })
        .collect();
    view
}

fn run(text: &str, names: &[(&str, EntityKind, &str, Option<&str>)]) -> Vec<Quote> {
    let layer = TextLayer::build(text, &lines(text));
    extract_view(text, &layer, &[], &entities(text, names))
}

/// The speaker text of the first quote found in `text` with no entity layer.
fn first_speaker(text: &str) -> Option<String> {
    let quotes = run(text, &[]);
    quotes.first()?.speaker.as_ref().map(|s| s.text.clone())
}

fn speaker_name(q: &Quote, view_names: &[&str]) -> String {
    let sp = q.speaker.as_ref().expect("speaker");
    match sp.group {
        Some(g) => view_names[g].to_string(),
        None => sp.text.clone(),
    }
}

use EntityKind::{Location as L, Organisation as O, Person as P};

#[test]
fn example_file_all_gold_quotes_with_speakers() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/examples/000_078f828b569287e7.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let names: Vec<(&str, EntityKind, &str, Option<&str>)> = vec![
        (
            "لويد أوستن",
            P,
            "لويد أوستن",
            Some("قائد القيادة الوسطى للقوات المسلحة الأميركية الجنرال"),
        ),
        (
            "دوغلاس سيليمان",
            P,
            "دوغلاس سيليمان",
            Some("السفير الأميركي في الكويت"),
        ),
        ("سليمة لوبال", P, "سليمة لوبال", None),
        ("آشتون كارتر", P, "آشتون كارتر", Some("وزير الدفاع الأميركي")),
        ("كارتر", P, "آشتون كارتر", None),
        (
            "ينس ستولتنبرغ",
            P,
            "ينس ستولتنبرغ",
            Some("الأمين العام للحلف الأطلسي"),
        ),
        (
            "أورسلا فون دير لين",
            P,
            "أورسلا فون دير لين",
            Some("وزيرة الدفاع الألمانية"),
        ),
        ("التحالف الدولي", O, "التحالف الدولي", None),
        ("داعش", O, "داعش", None),
        ("الحلف الأطلسي", O, "الحلف الأطلسي", None),
        ("حلف ناتو", O, "الحلف الأطلسي", None),
        ("الحكومة العراقية", O, "الحكومة العراقية", None),
        ("راديو سوا", O, "راديو سوا", None),
        ("الكويت", L, "الكويت", None),
        ("الولايات المتحدة", L, "الولايات المتحدة", None),
        ("بروكسل", L, "بروكسل", None),
    ];
    let quotes = run(&text, &names);
    let view = entities(&text, &names);
    let group_names: Vec<&str> = view.groups.iter().map(|g| g.name.as_str()).collect();
    let gold = [
        (
            "دوغلاس سيليمان",
            "الاجتماع يهدف إلى تنسيق الجهود بين هذه الجيوش",
        ),
        ("دوغلاس سيليمان", "من المهم جدا أن تجتمع دول التحالف دوريا"),
        (
            "دوغلاس سيليمان",
            "هي مساعدة الحكومة العراقية في طرد داعش من العراق",
        ),
        ("آشتون كارتر", "يدرس إمكانية الانضمام إلى التحالف"),
        ("آشتون كارتر", "إننا ندرس إمكانية انضمام الحلف الاطلسي"),
        ("آشتون كارتر", "يتوقع أن تدعم أكثر من 24 دولة"),
        ("آشتون كارتر", "سيكشف عن تفاصيل الخطة"),
        ("آشتون كارتر", "الولايات المتحدة عازمة على تسريع الحرب"),
        ("التحالف الدولي", "شنت 10 آلاف غارة"),
        ("أورسلا فون دير لين", "وافق على بدء مهمة في بحر إيجه"),
        ("أورسلا فون دير لين", "من المهم العمل الآن بسرعة"),
    ];
    for (speaker, content) in gold {
        let q = quotes.iter().find(|q| q.content.text.contains(content));
        let q = q.unwrap_or_else(|| panic!("no quote with «{content}»: {quotes:#?}"));
        assert_eq!(
            speaker_name(q, &group_names),
            speaker,
            "speaker of «{content}»"
        );
    }
    for q in &quotes {
        assert_eq!(&text[q.content.start..q.content.end], q.content.text);
        assert_eq!(&text[q.cue.start..q.cue.end], q.cue.text);
    }
    let kinds: Vec<QuoteKind> = quotes.iter().map(|q| q.kind).collect();
    assert!(kinds.contains(&QuoteKind::Direct) && kinds.contains(&QuoteKind::Mixed));
}

#[test]
fn implicit_speaker_follows_gender() {
    let text =
        "قال كارتر إن الحرب طويلة.\nوقالت فون دير لين إن المهمة بدأت.\nوأضاف أن التحالف قوي.";
    let names = [
        ("كارتر", P, "كارتر", None),
        ("فون دير لين", P, "فون دير لين", None),
    ];
    let q = run(text, &names);
    assert_eq!(q.len(), 3);
    let last = q[2].speaker.as_ref().unwrap();
    assert_eq!(
        (last.text.as_str(), last.kind),
        ("كارتر", SpeakerKind::Implicit)
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "فون دير لين");
}

#[test]
fn nominal_speaker_resolves_by_role() {
    let text = "التقى وزير الدفاع الأميركي آشتون كارتر نظراءه.\nوقال الوزير الأميركي إن الخطة جاهزة للتنفيذ.";
    let q = run(
        text,
        &[("آشتون كارتر", P, "آشتون كارتر", Some("وزير الدفاع الأميركي"))],
    );
    let sp = q[0].speaker.as_ref().unwrap();
    assert_eq!((sp.group, sp.kind), (Some(0), SpeakerKind::Nominal));
    assert_eq!(sp.role.as_deref(), Some("الوزير الأميركي"));
}

#[test]
fn unnamed_sources_stay_unnamed() {
    let text = "قال كارتر إن الحرب طويلة.\nوقال مصدر عسكري لرويترز إن القوات انسحبت من المدينة.";
    let q = run(
        text,
        &[("كارتر", P, "كارتر", None), ("رويترز", O, "رويترز", None)],
    );
    let sp = q[1].speaker.as_ref().unwrap();
    assert_eq!(sp.kind, SpeakerKind::Unnamed);
    assert_eq!(sp.group, None);
    assert_eq!(sp.text, "مصدر عسكري");
}

#[test]
fn continuation_and_attribution() {
    let text = "وأكد الرئيس ماكرون أن الاتفاق مهم، مشيرا إلى أن المفاوضات ستستمر.\nوارتفع عدد القتلى إلى عشرين شخصا، بحسب وكالة رويترز.";
    let q = run(
        text,
        &[
            ("ماكرون", P, "ماكرون", None),
            ("وكالة رويترز", O, "وكالة رويترز", None),
        ],
    );
    assert_eq!(q.len(), 3, "{q:#?}");
    assert_eq!(q[0].content.text, "الاتفاق مهم");
    assert_eq!(
        (q[1].kind, q[1].cue.text.as_str()),
        (QuoteKind::Continuation, "مشيرا")
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "ماكرون");
    assert_eq!(q[2].kind, QuoteKind::Attribution);
    assert_eq!(q[2].content.text, "وارتفع عدد القتلى إلى عشرين شخصا");
    assert_eq!(
        q[2].speaker.as_ref().unwrap().kind,
        SpeakerKind::Organisation
    );
}

#[test]
fn a_joined_statement_ends_the_content_before_it() {
    let text = "وقال الوزير لافروف إن الاجتماع كان مثمرا وقال السفير بولتون إن المحادثات ستستمر.";
    let names = [("لافروف", P, "لافروف", None), ("بولتون", P, "بولتون", None)];
    let q = run(text, &names);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].content.text, "الاجتماع كان مثمرا");
    assert_eq!(q[1].content.text, "المحادثات ستستمر");
    // a reporting verb with no complementizer after it is part of the content
    let text = "وقال الوزير لافروف إن الاجتماع كان مثمرا وقال كلاما كثيرا عن المحادثات.";
    let q = run(text, &names[..1]);
    assert!(q[0].content.text.ends_with("عن المحادثات"), "{q:#?}");
}

#[test]
fn a_run_on_content_is_cut_at_its_longest() {
    let text = format!(
        "قال الوزير لافروف إن {}انتهى.",
        "الاجتماع كان مثمرا و".repeat(300)
    );
    let q = run(&text, &[("لافروف", P, "لافروف", None)]);
    assert_eq!(q.len(), 1, "{q:#?}");
    let words = q[0].content.text.split_whitespace().count();
    assert!(
        (300..=crate::extract::MAX_CONTENT_TOKENS).contains(&words),
        "{words}"
    );
}

#[test]
fn narration_is_not_a_quote() {
    let text = "يذكر أن الاجتماع عقد في الكويت. وقال بعد أن وصل إلى المطار كلاما كثيرا.";
    assert!(run(text, &[]).is_empty());
}

#[test]
fn a_clause_of_contrast_is_no_content_of_the_cue_before_it() {
    for text in [
        "ونفت المنظمة وجود أي تستر من جانبها، بيد أن تفاصيل التحقيق لم تعلن بعد.",
        "رغم نفي الأمن العام لأي خلفية سياسية، إلا أن الموضوع لا يزال يقلق اللبنانيين.",
        "وأوضح المتحدث موقف الحكومة، غير أن المعارضة رفضت الخطة.",
    ] {
        let quotes = run(text, &[]);
        assert!(quotes.is_empty(), "{text}: {quotes:#?}");
    }
}

#[test]
fn a_denial_is_no_credit_of_the_sentence_before_it() {
    let text = "وكان الوزير قد وصف القوارب بأنها خدمة أجرة، ينفي قيام بلاده بالضغط على بنما.";
    let quotes = run(text, &[("الوزير", P, "الوزير", None)]);
    assert!(quotes.iter().all(|q| q.cue.text != "ينفي"), "{quotes:#?}");
}

#[test]
fn a_cue_in_a_relative_aside_speaks_for_its_antecedent_up_to_the_closing_comma() {
    let text = "لكن سالفيني، الذي سبق وأن وصف قوارب المساعدات بأنها خدمة أجرة للمهاجرين، ينفي ذلك.";
    let quotes = run(text, &[("سالفيني", P, "سالفيني", None)]);
    let q = quotes
        .iter()
        .find(|q| q.cue.text == "وصف")
        .expect("the description");
    assert_eq!(speaker_name(q, &["سالفيني"]), "سالفيني");
    assert_eq!(q.content.text, "قوارب المساعدات بأنها خدمة أجرة للمهاجرين");
    // a verb that does not agree with the relative pronoun has a subject of its own
    let text = "لكن بالنسبة لترمب، الذي أفادت لائحة اتهامات أن فوزه حصل على دعم، فإن القمة صعبة.";
    let quotes = run(text, &[("ترمب", P, "ترمب", None)]);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().map(|s| s.text.as_str()) != Some("ترمب")),
        "{quotes:#?}"
    );
}

#[test]
fn a_time_after_the_verb_is_no_speaker_nor_part_of_one() {
    let text = "وقال ترامب مرارا إن التحقيق يعرقل عمله.\nوأضاف لاحقا أن الاتفاق ممكن.";
    let quotes = run(text, &[("ترامب", P, "ترامب", None)]);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    for q in &quotes {
        assert_eq!(speaker_name(q, &["ترامب"]), "ترامب", "{q:#?}");
    }
    // العام closes a title: the attorney general speaks
    let text = "وقال المدعي العام إن التحقيق بدأ.";
    assert_eq!(first_speaker(text).as_deref(), Some("المدعي العام"));
}

#[test]
fn the_only_phrase_after_describe_is_its_object() {
    let text = "وقال ترامب إن المفاوضات صعبة. ووصف الأمر بأنه وضع رهيب.";
    let quotes = run(text, &[("ترامب", P, "ترامب", None)]);
    let q = quotes
        .iter()
        .find(|q| q.cue.text.ends_with("وصف"))
        .unwrap_or_else(|| panic!("{quotes:#?}"));
    assert_eq!(speaker_name(q, &["ترامب"]), "ترامب", "{quotes:#?}");
    assert_eq!(q.content.text, "الأمر بأنه وضع رهيب");
}

#[test]
fn a_withheld_name_is_no_report_and_no_part_of_the_speaker() {
    let text = "وأضاف الرجل الذي لم يذكر اسمه \"الجيش جاء ودخل المدينة ونهب المنازل\".";
    let quotes = run(text, &[]);
    assert_eq!(quotes.len(), 1, "{quotes:#?}");
    assert_eq!(
        quotes[0].speaker.as_ref().map(|s| s.text.as_str()),
        Some("الرجل")
    );
    let text = "وأكد مسؤول في الخارجية لم يكشف هويته أن الاجتماع سيعقد الجمعة.";
    assert_eq!(first_speaker(text).as_deref(), Some("مسؤول في الخارجية"));
    let text = "ولفت الانتباه إلى أن المواطنين يتعرضون للظلم.";
    let quotes = run(text, &[]);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "الانتباه")),
        "{quotes:#?}"
    );
}

#[test]
fn a_possessed_thing_after_the_cue_is_its_object_and_kin_speak() {
    let text = "وقال ترامب إن المفاوضات صعبة. وأكد ثقته أن الزعيم الكوري سيلتزم بالاتفاق.";
    let quotes = run(text, &[("ترامب", P, "ترامب", None)]);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(speaker_name(&quotes[1], &["ترامب"]), "ترامب", "{quotes:#?}");
    let text = "وقالت عائلته إنها تلقت تهديدات بأعمال عنف.";
    assert_eq!(first_speaker(text).as_deref(), Some("عائلته"));
    let text = "وأشار الإليزيه إلى أن الرئيس سيزور طهران.";
    assert_eq!(first_speaker(text).as_deref(), Some("الإليزيه"));
}

#[test]
fn a_word_with_the_accusative_tanween_is_no_speaker() {
    let text = "لكنها لم تورد أي تفاصيل أخرى، بل أوردت خبراً بأن الوزير أكد وصول الوفد إلى دمشق.";
    let quotes = run(text, &[]);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| !s.text.contains("خبراً"))),
        "{quotes:#?}"
    );
}

#[test]
fn a_narrators_clause_after_the_cue_is_no_speaker() {
    let text = "وقال الجبير إن الأزمة طويلة. وقال فيما يتعلق باليمن إن الحوثيين أطلقوا صواريخ.";
    let quotes = run(text, &[("الجبير", P, "الجبير", None)]);
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    assert_eq!(
        speaker_name(&quotes[1], &["الجبير"]),
        "الجبير",
        "{quotes:#?}"
    );
}

#[test]
fn a_verb_after_the_cue_is_no_speaker_but_a_name_shaped_like_one_is() {
    // the morphology layer reads سئل and يزيد as verbs
    let run_with_verbs = |text: &str, verbs: &[&str]| {
        let layer = TextLayer::build(text, &lines(text));
        let classes: Vec<TokenClass> = layer
            .tokens
            .iter()
            .map(|t| TokenClass {
                prep_prefix: false,
                verb: verbs.contains(&&text[t.span.start..t.span.end]),
            })
            .collect();
        extract_view(text, &layer, &classes, &EntityView::default())
    };
    let text = "وقال سئل عن الخطة إن الوقت غير مناسب.";
    let quotes = run_with_verbs(text, &["سئل"]);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "سئل")),
        "{quotes:#?}"
    );
    let text = "وقال يزيد صايغ إن فكرة الحلف غير مقنعة.";
    let quotes = run_with_verbs(text, &["يزيد"]);
    assert_eq!(
        quotes[0].speaker.as_ref().map(|s| s.text.as_str()),
        Some("يزيد صايغ")
    );
}

#[test]
fn each_of_names_the_speakers_after_it_and_all_is_an_object() {
    let text = "وقالت كل من بوليفيا والصين في الرسالة إن القرار يجب أن يطبق.";
    let quotes = run(
        text,
        &[("بوليفيا", L, "بوليفيا", None), ("الصين", L, "الصين", None)],
    );
    assert_eq!(
        speaker_name(&quotes[0], &["بوليفيا", "الصين"]),
        "بوليفيا",
        "{quotes:#?}"
    );
    let text = "وقال براهم إن المقال كاذب. ونفى كل ما جاء في المقال مؤكدا أنه رفع دعوى.";
    let quotes = run(text, &[("براهم", P, "براهم", None)]);
    assert!(
        quotes
            .iter()
            .all(|q| q.speaker.as_ref().is_none_or(|s| !s.text.starts_with("كل"))),
        "{quotes:#?}"
    );
}

#[test]
fn serialises_to_the_contract_shape() {
    let text = "قال كارتر: \"نحن ندرس انضمام الحلف إلى التحالف\".";
    let q = run(text, &[("كارتر", P, "كارتر", None)]);
    let v = serde_json::to_value(&q[0]).unwrap();
    assert_eq!(v["kind"], "direct");
    assert_eq!(v["direct"], true);
    assert_eq!(v["speaker"]["kind"], "named");
    assert_eq!(v["speaker"]["group"], 0);
    assert_eq!(v["content"]["text"], "نحن ندرس انضمام الحلف إلى التحالف");
    assert!(v["cue"]["start"].is_u64());
}

#[test]
fn topic_and_preverbal_subjects() {
    let text = "أما المرصد السوري لحقوق الإنسان فأكد أن التنظيم شن هجوما على موقع للجيش.\nوكانت لوك أويل قد أعلنت أن صافي ربحها زاد في الربع الأول.";
    let q = run(
        text,
        &[
            (
                "المرصد السوري لحقوق الإنسان",
                O,
                "المرصد السوري لحقوق الإنسان",
                None,
            ),
            ("لوك أويل", O, "لوك أويل", None),
        ],
    );
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(
        q[0].speaker.as_ref().unwrap().text,
        "المرصد السوري لحقوق الإنسان"
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "لوك أويل");
    assert_eq!(
        q[1].speaker.as_ref().unwrap().kind,
        SpeakerKind::Organisation
    );
}

#[test]
fn sentence_subject_for_a_participle_after_another_verb() {
    let text = "قال كارتر إن الحرب طويلة.\nوعاود أردوغان تصريحاته يوم السبت، قائلا إنه سيعالج ارتفاع أسعار الفائدة في البلاد.";
    let q = run(
        text,
        &[("كارتر", P, "كارتر", None), ("أردوغان", P, "أردوغان", None)],
    );
    assert_eq!(q[1].cue.text, "قائلا");
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "أردوغان");
}

#[test]
fn names_after_titles_and_media_nouns_without_entities() {
    let text = "وقال القاضي غرانت باول إن الكاميرا علقت عمدا في المكان.\nوقالت وكالة أنباء رايا نوفوستي الروسية إن مجموعة صغيرة هاجمت الموقع ليلا.";
    let q = run(text, &[]);
    let sp0 = q[0].speaker.as_ref().unwrap();
    assert_eq!(
        (sp0.text.as_str(), sp0.role.as_deref()),
        ("غرانت باول", Some("القاضي"))
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "رايا نوفوستي");
}

#[test]
fn attribution_to_reports_and_media() {
    let text = "وأسفر فض الاعتصامين عن مقتل أكثر من 600 شخص، حسب الأرقام الحكومية المصرية.\nوقتل عشرون شخصا في الهجوم، وفقا لوكالة \"ميزان أونلاين\" التابعة للقضاء.";
    let q = run(text, &[]);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[0].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
    assert_eq!(
        q[0].content.text,
        "وأسفر فض الاعتصامين عن مقتل أكثر من 600 شخص"
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "ميزان أونلاين");
    assert_eq!(q[1].cue.text, "وفقا");
}

#[test]
fn main_clause_subject_when_the_entity_layer_misses_it() {
    let text = "وقال الوزير إن الرحلات ستبدأ قريبا.\nكما ألقى دونالد ترامب الثلاثاء بظلال من الشك على القمة حين أعلن بعد لقائه رئيس كوريا الجنوبية بأن القمة قد لا تعقد.";
    let q = run(text, &[("كوريا الجنوبية", L, "كوريا الجنوبية", None)]);
    assert_eq!(
        q[1].speaker.as_ref().unwrap().text,
        "دونالد ترامب",
        "{q:#?}"
    );
}

#[test]
fn passives_demonstratives_and_crowds_are_not_named() {
    let text = "وكُتب على الجدار أن الحرب انتهت منذ زمن.\nوقال العديد من المراقبين إن الاتفاق سيصمد طويلا.\nونفت هذا الادعاء في وقت سابق، وقالت إن الخبر كاذب تماما.";
    let q = run(text, &[]);
    assert!(
        q.iter().all(|q| q.cue.text != "كُتب"),
        "a passive verb has no speaker: {q:#?}"
    );
    let crowd = q
        .iter()
        .find(|q| q.content.text.starts_with("الاتفاق"))
        .unwrap();
    assert_eq!(crowd.speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
    assert!(q.iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| !s.text.starts_with("هذا"))));
}

#[test]
fn title_with_a_genitive_organisation_before_the_name() {
    let text =
        "أكد الأمين العام للأمم المتحدة أنطونيو غوتيريس الاثنين أن السلام يجب أن يكون هدف القمة.";
    let q = run(
        text,
        &[
            ("الأمم المتحدة", O, "الأمم المتحدة", None),
            ("أنطونيو غوتيريس", P, "أنطونيو غوتيريس", None),
        ],
    );
    let sp = q[0].speaker.as_ref().unwrap();
    assert_eq!(
        (sp.text.as_str(), sp.role.as_deref()),
        ("أنطونيو غوتيريس", Some("الأمين العام للأمم المتحدة")),
        "{q:#?}"
    );
}

fn speaker_text(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.text.as_str())
}

#[test]
fn attribution_to_a_body_with_a_name_or_a_quoted_name() {
    let text = "وبحسب شرطة كارديف فإن رجلا نقل إلى المستشفى في حالة خطرة، مشيرة إلى أنه عثر عليه قرب النهر.\nوبحسب \"سكاي نيوز\" فإن الوزير استقال من منصبه أمس.";
    let q = run(text, &[("كارديف", L, "كارديف", None)]);
    assert_eq!(q.len(), 3, "{q:#?}");
    assert_eq!(speaker_text(&q[0]), "شرطة كارديف");
    assert!(q[0].content.text.starts_with("رجلا نقل"));
    assert_eq!(speaker_text(&q[1]), "شرطة كارديف");
    assert_eq!(speaker_text(&q[2]), "سكاي نيوز");
    let text = "وبحسب مصادر كارديف فإن رجلا نقل إلى المستشفى في حالة خطرة.";
    let q = run(text, &[("كارديف", L, "كارديف", None)]);
    assert_eq!(q[0].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
}

#[test]
fn attribution_with_a_verb_definite_source_or_reporter() {
    let text = "اعتقلت السلطات ثلاثة رجال في المدينة، وفقا لما ذكرته الشرطة المحلية، الأحد.\nوأصيب خمسة أشخاص بجروح طفيفة، بحسب البيان.\nوتعيش الأسر في ظروف صعبة للغاية، وفق الموقع ذاته.\nوبدأت الجلسة الثانية ظهرا في العاصمة، وفق مراسلة وكالة الأنباء الألمانية.";
    let q = run(
        text,
        &[
            ("الشرطة المحلية", O, "الشرطة المحلية", None),
            ("وكالة الأنباء الألمانية", O, "وكالة الأنباء الألمانية", None),
        ],
    );
    let names: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(
        names,
        [
            "الشرطة المحلية",
            "البيان",
            "الموقع",
            "مراسلة وكالة الأنباء الألمانية"
        ],
        "{q:#?}"
    );
    assert_eq!(q[1].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
    assert_eq!(q[2].speaker.as_ref().unwrap().kind, SpeakerKind::Named);
}

#[test]
fn the_statement_as_subject_speaks_for_its_issuer() {
    let text = "وقالت وزارة الداخلية في بيان لها إن الانفجار نجم عن عبوة ناسفة.\nوذكر البيان أن التحقيقات مستمرة، لكنه قال إن المنطقة آمنة.";
    let q = run(text, &[("وزارة الداخلية", O, "وزارة الداخلية", None)]);
    let names: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(
        names,
        ["وزارة الداخلية", "وزارة الداخلية", "وزارة الداخلية"],
        "{q:#?}"
    );
}

#[test]
fn a_bare_masculine_past_after_an_attribution_is_a_passive() {
    let text = "وتمتد الشبكة الجديدة على مسافة طويلة جدا، وفقا لما ذكر عبر الموقع.";
    assert!(run(text, &[]).is_empty());
}

#[test]
fn report_of_a_publisher_and_a_quoted_title() {
    let text = "وقال تقرير للصحيفة تحت عنوان \"أيام صعبة في المخيمات الكبيرة\"، إن آلاف العائلات تعيش بلا كهرباء.";
    let q = run(text, &[]);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(q[0].content.text.starts_with("آلاف العائلات"));
    let sp = q[0].speaker.as_ref().unwrap();
    assert_eq!(
        (sp.text.as_str(), sp.kind),
        ("تقرير للصحيفة", SpeakerKind::Nominal)
    );
}

#[test]
fn addressee_pronoun_before_the_subject() {
    let text = "وقال لنا جان دوبوا، وهو نائب في البرلمان: \"نحن نرفض هذا القانون بشكل قاطع\".";
    let q = run(text, &[("جان دوبوا", P, "جان دوبوا", None)]);
    assert_eq!(speaker_text(&q[0]), "جان دوبوا", "{q:#?}");
}

#[test]
fn naming_verbs_partitives_and_embedded_clauses() {
    let text = "وانضم إلى منظمة صغيرة تدعى \"رابطة الشباب الحر في المدينة\" منذ سنوات.\nونشرت استطلاعات للرأي وأشار أحدها إلى أن نصف السكان يؤيدون القانون.\nوشدد الوزير ماركو على أن بلاده تعتبر أن هذه الخطوة تهدد الاستقرار، كما أشار إلى أن الحوار مستمر.";
    let q = run(text, &[("ماركو", P, "ماركو", None)]);
    let cues: Vec<&str> = q.iter().map(|q| q.cue.text.as_str()).collect();
    assert_eq!(cues, ["أشار", "شدد", "أشار"], "{q:#?}");
    assert_eq!(q[0].speaker.as_ref().unwrap().kind, SpeakerKind::Unnamed);
    assert_eq!(speaker_text(&q[2]), "ماركو");
}

#[test]
fn subjects_of_relative_coordinated_and_interrupted_clauses() {
    let text = "قال كارتر إن الحرب طويلة.\nوالتقت الصحيفة النائب جان دوبوا، الذي دافع عن القانون قائلا: \"هذا القانون يحمي العمال من الاستغلال\".\nفيما ترفض \"الجمهورية\" هذه الاتهامات وتقول إن المحاكمة سياسية بالكامل.\nلكن وزير خارجية فرنسا، وهي حليف قديم لواشنطن، قال إن الحرب ستنتهي قريبا.";
    let q = run(
        text,
        &[
            ("كارتر", P, "كارتر", None),
            ("جان دوبوا", P, "جان دوبوا", None),
            ("فرنسا", L, "فرنسا", None),
        ],
    );
    let names: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(
        names,
        ["كارتر", "جان دوبوا", "الجمهورية", "وزير خارجية فرنسا"],
        "{q:#?}"
    );
}

#[test]
fn dual_verbs_agree_with_a_dual_subject() {
    let text = "وقالت الشقيقتان إن الدراسة صعبة للغاية.\nوأضافتا أن الأسرة تدعمهما في كل شيء.\nوتحلم الشقيقتان بالسفر إلى الخارج، حسبما قالتا في المقابلة.";
    let q = run(text, &[]);
    let cues: Vec<&str> = q.iter().map(|q| q.cue.text.as_str()).collect();
    assert_eq!(cues, ["قالت", "أضافتا", "حسبما"], "{q:#?}");
    assert!(q.iter().all(|q| speaker_text(q) == "الشقيقتان"), "{q:#?}");
}

#[test]
fn describing_verbs_and_names_in_apposition() {
    let text = "ووصف الممرضون حالة الرجل المصاب بأنها \"مستقرة تماما\".\nووصف السكان الليل بالطويل.\nوصف مبعوث الاتحاد الخاص بملف الهجرة، يوهان كرامر، القرار الجديد، بأنه خطوة إلى الوراء.";
    let q = run(text, &[("يوهان كرامر", P, "يوهان كرامر", None)]);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q[0].content.text.starts_with("حالة الرجل المصاب بأنها"));
    assert_eq!(speaker_text(&q[0]), "الممرضون");
    let sp = q[1].speaker.as_ref().unwrap();
    assert_eq!(
        (sp.text.as_str(), sp.role.as_deref()),
        ("يوهان كرامر", Some("مبعوث الاتحاد الخاص بملف الهجرة")),
        "{q:#?}"
    );
    assert!(q[1].content.text.starts_with("القرار الجديد"));
}

#[test]
fn calls_report_only_a_quoted_or_clausal_demand() {
    let text = "ودعت النقابة إلى \"إنهاء الظلم\"، فيما يستمر الإضراب.\nودعا الوزير الدول المانحة إلى تقديم مساعدات عاجلة.\nودعت المنظمة إلى \"الإفراج\" عن المعتقلين فورا.";
    let q = run(text, &[]);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        (
            q[0].cue.text.as_str(),
            q[0].content.text.as_str(),
            q[0].direct
        ),
        ("دعت", "إنهاء الظلم", true)
    );
    assert_eq!(speaker_text(&q[0]), "النقابة");
}

#[test]
fn relative_and_comma_clauses_stay_inside_the_statement() {
    let text = "وقال الوزير ماركو إن الحكومة قلقة مما ترى المعارضة أنه تصعيد خطير.\nوأضاف أنه رغم التقدم الكبير، يرى \"أن الطريق ما زال طويلا جدا\".";
    let q = run(text, &[("ماركو", P, "ماركو", None)]);
    let cues: Vec<&str> = q.iter().map(|q| q.cue.text.as_str()).collect();
    assert_eq!(cues, ["قال", "أضاف"], "{q:#?}");
}

#[test]
fn a_reflexive_object_is_not_the_speaker() {
    let text = "وكرر النائب جان دوبوا، الذي يصف نفسه بأنه \"صديق العمال\"، دعوته إلى الإضراب.";
    let q = run(text, &[("جان دوبوا", P, "جان دوبوا", None)]);
    assert_eq!(speaker_text(&q[0]), "جان دوبوا", "{q:#?}");
    assert!(q[0].content.text.starts_with("نفسه بأنه"));
}

#[test]
fn unnamed_speakers_end_before_withheld_names_and_prepositional_nouns() {
    let text = "وقال مسؤول فلسطيني تحدث شريطة عدم الكشف عن هويته إن الجهود المصرية نجحت.\nوأكد قضاة التحقيق الفرنسيون إثر استجوابه أنه بريء.";
    let q = run(text, &[]);
    let speakers: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(
        speakers,
        ["مسؤول فلسطيني", "قضاة التحقيق الفرنسيون"],
        "{q:#?}"
    );
}

#[test]
fn a_spokesperson_speaks_for_the_name_after_bism() {
    let text = "وقالت متحدثة باسم حملة السيسي إن الانتخابات كانت ديمقراطية.\nوقالت الوزيرة، متحدثة إلى الصحافيين، إن المشاركة كانت واسعة.";
    let q = run(text, &[("السيسي", P, "السيسي", None)]);
    let speakers: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(speakers, ["متحدثة باسم حملة السيسي", "الوزيرة"], "{q:#?}");
}

#[test]
fn a_name_after_a_pronoun_is_the_speaker_not_a_genitive() {
    let text = "وتساءل أحدهم وهو ريشار يونغ: ماذا لو أراد طالب لامع المجيء إلى فرنسا؟";
    let q = run(text, &[("ريشار يونغ", P, "ريشار يونغ", None)]);
    let speakers: Vec<&str> = q.iter().map(speaker_text).collect();
    assert_eq!(speakers, ["ريشار يونغ"], "{q:#?}");
}

#[test]
fn an_indefinite_medium_after_lam_is_an_addressee_a_place_a_genitive() {
    let text = "وقالت متحدثة باسم الحملة لبي بي سي إن الانتخابات كانت ديمقراطية.\nوقال المدير العام لمنظمة حظر الأسلحة الكيميائية أحمد أوزمجو إن السارين استخدم.\nوقال المبعوث الأممي لسوريا ستيفان دي ميستورا إن الهدنة ضرورية.";
    let q = run(
        text,
        &[
            ("بي بي سي", O, "بي بي سي", None),
            ("منظمة حظر الأسلحة الكيميائية", O, "المنظمة", None),
            ("أحمد أوزمجو", P, "أحمد أوزمجو", None),
            ("سوريا", L, "سوريا", None),
            ("ستيفان دي ميستورا", P, "ستيفان دي ميستورا", None),
        ],
    );
    let speakers: Vec<&str> = q.iter().map(speaker_text).collect();
    let want = ["متحدثة باسم الحملة", "أحمد أوزمجو", "ستيفان دي ميستورا"];
    assert_eq!(speakers, want, "{q:#?}");
}

#[test]
fn a_cue_joined_after_a_comma_takes_the_titled_subject_before_it() {
    let text = "وطلب القنطار اللجوء إلى بلد ثالث.\nوأكد مدير الهجرة في ماليزيا ذلك، وقال إن السلطات \"تعمل مع الشرطة الملكية\" في هذا الشأن.";
    let quotes = run(
        text,
        &[
            ("القنطار", P, "حسن القنطار", None),
            ("ماليزيا", L, "ماليزيا", None),
        ],
    );
    let q = quotes
        .iter()
        .find(|q| q.cue.text == "قال")
        .expect("the quote");
    assert_eq!(
        speaker_name(q, &["حسن القنطار", "ماليزيا"]),
        "مدير الهجرة في ماليزيا"
    );
}

#[test]
fn an_indefinite_spokesman_is_unnamed_and_ends_with_his_body() {
    let text = "وفي يونيو، نفى متحدث باسم الحكومة اتهامات مماثلة وردت في تقرير، ووصفها بأنها \"أكاذيب قذرة\" هدفها زعزعة استقرار البلاد.";
    let quotes = run(text, &[]);
    let q = quotes.first().expect("the quote");
    assert_eq!(speaker_name(q, &[]), "متحدث باسم الحكومة");
}

#[test]
fn threats_report_in_the_past_and_a_cues_min_is_no_speaker() {
    let text = "وهدد المتحدث العسكري بأن الجيش سيوسع رده.\nوحذر الوزير من أن بلاده سترد.\nوقال إن التدخل يهدد أمن لبنان والمنطقة.\nوهدد الرئيس بالثأر من المزارعين وقال إنه غاضب.";
    let q = run(text, &[]);
    let cues: Vec<&str> = q.iter().map(|q| q.cue.text.as_str()).collect();
    assert_eq!(cues, ["هدد", "حذر", "قال", "قال"], "{q:#?}");
    assert_eq!(q[0].speaker.as_ref().unwrap().text, "المتحدث العسكري");
    assert_eq!(q[1].speaker.as_ref().unwrap().text, "الوزير");
}

#[test]
fn a_state_after_a_masculine_cue_is_its_object() {
    let text = "وقال ترامب إن الضربات دقيقة.\nوحذر روسيا من \"مواصلة السير في طريق مظلم\".\nوقالت روسيا إن الضربات عدوان.";
    let names = [
        ("ترامب", EntityKind::Person, "ترامب", None),
        ("روسيا", EntityKind::Location, "روسيا", None),
    ];
    let q = run(text, &names);
    let speakers: Vec<String> = q
        .iter()
        .map(|q| speaker_name(q, &["ترامب", "روسيا"]))
        .collect();
    assert_eq!(speakers, ["ترامب", "ترامب", "روسيا"], "{q:#?}");
}

#[test]
fn a_body_after_a_feminine_verb_speaks_for_a_feminine_participle() {
    // the body's guessed gender (masculine for الأمم المتحدة) gives way to the feminine verb
    // before it; the earlier speaker is no longer taken
    let text = "وقالت الولايات المتحدة إنها قلقة.\nكما دعت الأمم المتحدة الشهر الماضي إلى إنهاء حالة الطوارئ، قائلة إنها أدت إلى انتهاكات.";
    let names = [
        ("الولايات المتحدة", L, "الولايات المتحدة", None),
        ("الأمم المتحدة", O, "الأمم المتحدة", None),
    ];
    let q = run(text, &names);
    let last = q
        .last()
        .and_then(|q| q.speaker.as_ref())
        .expect("a speaker");
    assert_eq!(last.text, "الأمم المتحدة", "{q:#?}");
    // a relative clause's verb has its subject before it: the body after it is its object
    let text = "وتظهر استطلاعات الرأي تقدم أردوغان. ويتمثل التحدي الأكبر أمام أردوغان في وزيرة الداخلية السابقة ميرال أكشنار التي تحظى بشعبية واسعة والتي أسست حزب الخير القومي العام الماضي وقالت إنها ستترشح للمنصب.";
    let names = [
        ("أردوغان", P, "أردوغان", None),
        ("ميرال أكشنار", P, "ميرال أكشنار", None),
        ("حزب الخير القومي", O, "حزب الخير القومي", None),
    ];
    let q = run(text, &names);
    assert!(
        q.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| s.text != "حزب الخير القومي")),
        "{q:#?}"
    );
}
