//! Unit tests of the splitter on small hand-written texts.

use super::*;

fn reasons(a: &Article) -> Vec<RemovalReason> {
    a.removed.iter().map(|r| r.reason).collect()
}

fn check_invariants(text: &str, arts: &[Article]) {
    if let Err(e) = validate(text, arts) {
        panic!("{e}");
    }
}

#[test]
fn empty_and_blank_texts_have_no_articles() {
    assert!(split_articles("").is_empty());
    assert!(split_articles(" \n\u{a0}\n").is_empty());
}

#[test]
fn plain_text_is_one_article_with_all_lines_kept() {
    let t = "سطر أول.\n\nسطر ثان.";
    let arts = split_articles(t);
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].body_text(t), "سطر أول.\nسطر ثان.");
    assert!(arts[0].removed.is_empty());
    check_invariants(t, &arts);
}

#[test]
fn glued_reports_split_after_source_line() {
    let t = "صورة الاجتماع\n صورة  الاجتماع\n\nعقد الوزراء اجتماعا.\n\nالمصدر: راديو سوا\n \n\u{200f}صورة الوزير\nصورة الوزير\nأعلن الوزير الخميس أمرا.\nالمصدر : وكالات";
    let arts = split_articles(t);
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0].title_text(t), Some("صورة الاجتماع"));
    assert_eq!(arts[0].source.as_deref(), Some("راديو سوا"));
    assert_eq!(arts[0].first_line(t), Some("عقد الوزراء اجتماعا."));
    assert_eq!(
        reasons(&arts[0]),
        [
            RemovalReason::Title,
            RemovalReason::RepeatedCaption,
            RemovalReason::SourceLine
        ]
    );
    assert_eq!(arts[1].title_text(t), Some("صورة الوزير"));
    assert_eq!(arts[1].source.as_deref(), Some("وكالات"));
    check_invariants(t, &arts);
}

#[test]
fn credit_and_stamp_are_cut_from_their_lines() {
    let t = "بيروت (رويترز) - قال مسؤول إن الوضع هادئ.\nعنوان فرعي (تحديث: 19:32 تغ)\nوتابع المسؤول حديثه.";
    let arts = split_articles(t);
    let a = &arts[0];
    assert_eq!(a.first_line(t), Some("قال مسؤول إن الوضع هادئ."));
    let pl = a.place_line.unwrap();
    assert_eq!(pl.agency.text(t), "رويترز");
    assert_eq!(pl.place.unwrap().text(t), "بيروت");
    assert_eq!(a.source.as_deref(), Some("رويترز"));
    assert_eq!(a.updated_at.as_deref(), Some("19:32 GMT"));
    assert_eq!(a.body[1].text(t), "عنوان فرعي");
    assert_eq!(
        reasons(a),
        [RemovalReason::AgencyCredit, RemovalReason::UpdateStamp]
    );
    check_invariants(t, &arts);
}

#[test]
fn boilerplate_is_removed_with_reasons() {
    let t = "نص الخبر الأول.\nاقرأ أيضاً:\nعنوان خبر آخر\nما هو غاز الأعصاب؟\nوتابع النص هنا بجملة طويلة.\n--------\nيمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.\nفرانس24/ أ ف ب";
    let arts = split_articles(t);
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert_eq!(
        a.body_text(t),
        "نص الخبر الأول.\nوتابع النص هنا بجملة طويلة."
    );
    use RemovalReason::*;
    assert_eq!(
        reasons(a),
        [
            ReadAlso,
            ReadAlso,
            ReadAlso,
            Separator,
            ShareBoilerplate,
            SourceLine
        ]
    );
    assert_eq!(a.source.as_deref(), Some("فرانس24/ أ ف ب"));
    check_invariants(t, &arts);
}

#[test]
fn caption_inside_an_article_without_split_option_stays_in_it() {
    let t = "نص أول.\nصورة\nصورة\nنص ثان.";
    let opts = SplitOptions {
        split_on_caption: false,
        ..Default::default()
    };
    let arts = split_articles_with(t, &opts);
    assert_eq!(arts.len(), 1);
    assert_eq!(
        reasons(&arts[0]),
        [
            RemovalReason::RepeatedCaption,
            RemovalReason::RepeatedCaption
        ]
    );
    assert_eq!(split_articles(t).len(), 2);
}

#[test]
fn validate_rejects_overlaps_and_uncovered_text() {
    let t = "أب جد";
    let mut a = split_articles(t).remove(0);
    assert!(validate(t, std::slice::from_ref(&a)).is_ok());
    a.body = vec![Span::new(0, 4)];
    assert!(validate(t, std::slice::from_ref(&a))
        .unwrap_err()
        .contains("uncovered"));
    a.body = vec![Span::new(0, 4), Span::new(2, 9)];
    assert!(validate(t, std::slice::from_ref(&a)).is_err());
    a.body = vec![Span::new(0, 1)];
    assert!(validate(t, std::slice::from_ref(&a))
        .unwrap_err()
        .contains("boundary"));
}

#[test]
fn duplicated_sentence_keeps_first_copy() {
    let t = "قال الوزير إن الاتفاق تم.\nقال الوزير إن الاتفاق تم.\nوأضاف أمرا آخر.";
    let arts = split_articles(t);
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].title, None);
    assert_eq!(
        arts[0].body_text(t),
        "قال الوزير إن الاتفاق تم.\nوأضاف أمرا آخر."
    );
    assert_eq!(reasons(&arts[0]), [RemovalReason::DuplicateParagraph]);
    check_invariants(t, &arts);
}

#[test]
fn headline_first_line_is_the_title() {
    let t = "مقاتلون يسيطرون على المدينة\n\nسيطر مقاتلون معارضون الخميس على مدينة في شمال البلاد بعد معارك عنيفة استمرت أياما مع القوات الحكومية.\nأزمة اللاجئين\nوتابع النص.";
    let arts = split_articles(t);
    assert_eq!(arts[0].title_text(t), Some("مقاتلون يسيطرون على المدينة"));
    assert!(arts[0].first_line(t).unwrap().starts_with("سيطر مقاتلون"));
    assert!(arts[0].body_text(t).contains("أزمة اللاجئين"));
    let off = SplitOptions {
        first_line_title: false,
        ..Default::default()
    };
    assert_eq!(split_articles_with(t, &off)[0].title, None);
    check_invariants(t, &arts);
}

#[test]
fn a_dateline_after_body_text_can_open_a_new_article() {
    let t = "بيروت (رويترز) - قال مسؤول إن الوضع هادئ.\nوأضاف أن الحكومة تتابع.\nالقاهرة (رويترز) - أعلنت الحكومة المصرية خطة جديدة.";
    let on = SplitOptions {
        split_on_dateline: true,
        ..Default::default()
    };
    let arts = split_articles_with(t, &on);
    assert_eq!(arts.len(), 2);
    assert_eq!(
        arts[1].first_line(t),
        Some("أعلنت الحكومة المصرية خطة جديدة.")
    );
    assert_eq!(
        arts[1].place_line.unwrap().place.unwrap().text(t),
        "القاهرة"
    );
    check_invariants(t, &arts);
    // By default the datelined last line is a teaser of another story.
    let default = split_articles(t);
    assert_eq!(default.len(), 1);
    assert_eq!(
        default[0].removed.last().unwrap().reason,
        RemovalReason::Teaser
    );
}
