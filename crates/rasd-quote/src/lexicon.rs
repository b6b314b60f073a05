//! Word lists of quotation: cue verbs, participles, attribution words, complementizers,
//! titles and source nouns. Every entry is written as a `rasd_text::match_key` (أ→ا, ى→ي, ة→ه).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Grammatical gender carried by a verb, participle or noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine.
    Masc,
    /// Feminine.
    Fem,
    /// Not known.
    Unknown,
}

impl Gender {
    /// This gender, or `other` when this one is not known.
    pub fn or(self, other: Gender) -> Gender {
        if self == Gender::Unknown {
            other
        } else {
            self
        }
    }
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    /// One (or unknown).
    Singular,
    /// Two or more.
    Plural,
}

/// What a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A reporting verb (قال, أكدت, يقول).
    Verb,
    /// A participle continuing an earlier statement (مشيرا, مضيفة).
    Participle,
    /// An attribution word (بحسب, وفقا, نقلا).
    Attribution,
}

/// A cue word form: class, lemma (masculine past key), gender and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueForm {
    /// What the cue is.
    pub class: CueClass,
    /// Masculine singular past form's key (the lemma): `قال`, `اكد`.
    pub lemma: &'static str,
    /// Gender agreement of the form.
    pub gender: Gender,
    /// Number agreement of the form.
    pub number: Number,
}

/// Reporting verbs: masculine past key, masculine present key.
const VERBS: &[(&str, &str)] = &[
    ("قال", "يقول"),
    ("اكد", "يؤكد"),
    ("اضاف", "يضيف"),
    ("اوضح", "يوضح"),
    ("اعلن", "يعلن"),
    ("صرح", "يصرح"),
    ("اشار", "يشير"),
    ("شدد", "يشدد"),
    ("اعتبر", "يعتبر"),
    ("حذر", "يحذر"),
    ("تابع", "يتابع"),
    ("ذكر", "يذكر"),
    ("افاد", "يفيد"),
    ("لفت", "يلفت"),
    ("كشف", "يكشف"),
    ("زعم", "يزعم"),
    ("كتب", "يكتب"),
    ("اردف", "يردف"),
    ("نقل", "ينقل"),
    ("اقر", "يقر"),
    ("اعترف", "يعترف"),
    ("نبه", "ينبه"),
    ("اكد", "يوكد"),
    ("اورد", "يورد"),
    ("توصل", "يتوصل"),
    ("كرر", "يكرر"),
    ("جادل", "يجادل"),
    ("تساءل", "يتساءل"),
    ("وصف", "يصف"),
];

/// Weak-final verbs whose forms do not follow the regular pattern: (form, lemma, gender, number).
const IRREGULAR: &[(&str, &str, Gender, Number)] = &[
    ("نفي", "نفي", Gender::Masc, Number::Singular),
    ("نفت", "نفي", Gender::Fem, Number::Singular),
    ("نفوا", "نفي", Gender::Masc, Number::Plural),
    ("ينفي", "نفي", Gender::Masc, Number::Singular),
    ("تنفي", "نفي", Gender::Fem, Number::Singular),
    ("ينفون", "نفي", Gender::Masc, Number::Plural),
    ("راي", "راي", Gender::Masc, Number::Singular),
    ("رات", "راي", Gender::Fem, Number::Singular),
    ("راوا", "راي", Gender::Masc, Number::Plural),
    ("يري", "راي", Gender::Masc, Number::Singular),
    ("تري", "راي", Gender::Fem, Number::Singular),
    ("يرون", "راي", Gender::Masc, Number::Plural),
    ("ادعي", "ادعي", Gender::Masc, Number::Singular),
    ("ادعت", "ادعي", Gender::Fem, Number::Singular),
    ("يدعي", "ادعي", Gender::Masc, Number::Singular),
    ("تدعي", "ادعي", Gender::Fem, Number::Singular),
    ("اضافوا", "اضاف", Gender::Masc, Number::Plural),
    ("دعا", "دعا", Gender::Masc, Number::Singular),
    ("دعت", "دعا", Gender::Fem, Number::Singular),
    ("دعوا", "دعا", Gender::Masc, Number::Plural),
    ("يدعو", "دعا", Gender::Masc, Number::Singular),
    ("تدعو", "دعا", Gender::Fem, Number::Singular),
    ("يدعون", "دعا", Gender::Masc, Number::Plural),
    // هدد reports only in the past (هدد المتحدث بأن): يهدد mostly threatens a thing (يهدد أمن لبنان)
    ("هدد", "هدد", Gender::Masc, Number::Singular),
    ("هددت", "هدد", Gender::Fem, Number::Singular),
    ("هددوا", "هدد", Gender::Masc, Number::Plural),
];

/// Participles of continuation: masculine singular key (ending in ا), lemma.
const PARTICIPLES: &[(&str, &str)] = &[
    ("مشيرا", "اشار"),
    ("مضيفا", "اضاف"),
    ("مؤكدا", "اكد"),
    ("موكدا", "اكد"),
    ("موضحا", "اوضح"),
    ("معتبرا", "اعتبر"),
    ("لافتا", "لفت"),
    ("منوها", "نبه"),
    ("مشددا", "شدد"),
    ("محذرا", "حذر"),
    ("مهددا", "هدد"),
    ("قائلا", "قال"),
    ("مبينا", "بين"),
    ("كاشفا", "كشف"),
    ("متابعا", "تابع"),
    ("مردفا", "اردف"),
    ("معلنا", "اعلن"),
    ("مستدركا", "استدرك"),
    ("مذكرا", "ذكر"),
];

/// Attribution words (after an optional و).
const ATTRIBUTIONS: &[&str] = &[
    "بحسب",
    "حسب",
    "حسبما",
    "بحسبما",
    "وفقا",
    "وفق",
    "طبقا",
    "نقلا",
];

fn add(
    map: &mut HashMap<String, CueForm>,
    form: String,
    class: CueClass,
    lemma: &'static str,
    g: Gender,
    n: Number,
) {
    map.entry(form).or_insert(CueForm {
        class,
        lemma,
        gender: g,
        number: n,
    });
}

fn build() -> HashMap<String, CueForm> {
    use CueClass::*;
    use Gender::*;
    use Number::*;
    let mut m = HashMap::new();
    for &(past, pres) in VERBS {
        add(&mut m, past.to_string(), Verb, past, Masc, Singular);
        add(&mut m, format!("{past}ت"), Verb, past, Fem, Singular);
        add(&mut m, format!("{past}وا"), Verb, past, Masc, Plural);
        add(&mut m, pres.to_string(), Verb, past, Masc, Singular);
        let stem: String = pres.chars().skip(1).collect();
        add(&mut m, format!("ت{stem}"), Verb, past, Fem, Singular);
        add(&mut m, format!("{pres}ون"), Verb, past, Masc, Plural);
    }
    for &(form, lemma, g, n) in IRREGULAR {
        add(&mut m, form.to_string(), Verb, lemma, g, n);
    }
    for &(masc, lemma) in PARTICIPLES {
        let stem = masc.trim_end_matches('ا');
        add(&mut m, masc.to_string(), Participle, lemma, Masc, Singular);
        add(&mut m, format!("{stem}ه"), Participle, lemma, Fem, Singular);
        add(&mut m, format!("{stem}ين"), Participle, lemma, Masc, Plural);
    }
    for &a in ATTRIBUTIONS {
        add(&mut m, a.to_string(), Attribution, a, Unknown, Singular);
    }
    for &(past, pres) in VERBS {
        add_duals(&mut m, past, pres);
    }
    m
}

/// Dual forms (قالتا, يقولان, تقولان), counted as plural. The masculine past dual (قالا) is left
/// out: it is spelt like accusative nouns (كتبا, حذرا, ذكرا).
fn add_duals(map: &mut HashMap<String, CueForm>, past: &'static str, pres: &str) {
    let stem: String = pres.chars().skip(1).collect();
    for (form, g) in [
        (format!("{past}تا"), Gender::Fem),
        (format!("{pres}ان"), Gender::Masc),
        (format!("ت{stem}ان"), Gender::Fem),
    ] {
        add(map, form, CueClass::Verb, past, g, Number::Plural);
    }
}

/// True for a definite dual noun (الفتاتان, الدولتين): a subject of two, whatever the verb's number.
pub fn is_dual_noun(key: &str) -> bool {
    key.starts_with("ال")
        && (key.ends_with("تان") || key.ends_with("تين"))
        && key.chars().count() > 6
}

/// The cue reading of a token key, trying it as is and without a leading و / ف.
///
/// Returns the form and the byte length of the stripped conjunction.
pub fn cue(key: &str) -> Option<(CueForm, usize)> {
    static MAP: OnceLock<HashMap<String, CueForm>> = OnceLock::new();
    let map = MAP.get_or_init(build);
    if let Some(f) = map.get(key) {
        return Some((*f, 0));
    }
    let rest = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'))?;
    map.get(rest).map(|f| (*f, key.len() - rest.len()))
}

/// A reporting verb, also with an attached object pronoun (ذكرته, أوردها) as after
/// `وفقا لما` / `حسبما`.
pub fn verb_with_object(key: &str) -> Option<CueForm> {
    let verb = |k: &str| cue(k).map(|(f, _)| f).filter(|f| f.class == CueClass::Verb);
    verb(key).or_else(|| {
        ["ها", "ه"]
            .iter()
            .find_map(|s| key.strip_suffix(s).and_then(verb))
    })
}

/// Complementizers that open reported content: (key, true when a pronoun is attached).
pub fn complementizer(key: &str) -> Option<bool> {
    let k = key.strip_prefix('ف').unwrap_or(key);
    let k = k.strip_prefix('ب').unwrap_or(k);
    match k {
        "ان" => Some(false),
        "انه" | "انها" | "انهم" | "انهما" | "انهن" | "اننا" | "انني" | "اني" | "انك" | "انكم"
        | "انا" => Some(true),
        _ => None,
    }
}

/// Words after which أن is not a complementizer of speech (بعد أن, قبل أن, يجب أن).
pub fn blocks_complementizer(key: &str) -> bool {
    matches!(
        key,
        "بعد"
            | "قبل"
            | "منذ"
            | "دون"
            | "يمكن"
            | "يجب"
            | "بد"
            | "لابد"
            | "حتي"
            | "ريثما"
            | "بمجرد"
            | "مجرد"
            | "يبدو"
            | "سبق"
            | "وبعد"
            // conjunctions of contrast or concession (بيد أن, غير أن, إلا أن, رغم أن, علما أن)
            // open the narrator's next clause, no content of the cue before them
            | "بيد"
            | "غير"
            | "الا"
            | "رغم"
            | "برغم"
            | "ورغم"
            | "علما"
    )
}

/// Titles and role nouns that head a nominal speaker (without ال): gender and whether the
/// noun names an unnamed source rather than a person with a role.
pub fn title(key: &str) -> Option<(Gender, bool)> {
    if is_partitive(key) {
        return Some((Gender::Unknown, true));
    }
    let k = key.strip_prefix("ال").unwrap_or(key);
    let (g, unnamed) = match k {
        "مصدر" | "مصادر" | "تقرير" | "تقارير" | "وسائل" | "شهود" | "انباء" | "معلومات" | "صحف"
        | "مواقع" | "ناشطون" | "ناشطين" | "اوساط" | "دوائر" | "خبراء" | "محللون" | "محللين"
        | "مراقبون" | "مراقبين" | "نشطاء" | "منظمات" | "جماعات" | "سكان" | "مسعفون" | "مسعفين"
        | "ارقام" | "احصاءات" | "احصائيات" | "تقديرات" | "روايات" | "شهادات" | "عديد" | "بعض"
        | "كثير" | "كثيرون" | "عدد" | "نقاد" | "منتقدون" | "منتقدين" | "وثائق" | "مستخدمو"
        | "مستخدمي" | "مغردون" | "مغردين" => (Gender::Unknown, true),
        "وزير" | "رئيس" | "سفير" | "متحدث" | "ناطق" | "امين" | "مبعوث" | "ممثل" | "قائد"
        | "مدير" | "نائب" | "زعيم" | "ملك" | "امير" | "جنرال" | "مستشار" | "مندوب" | "عضو"
        | "مسؤول" | "دبلوماسي" | "خبير" | "محلل" | "مراسل" | "ضابط" | "مفوض" | "محافظ" | "حاكم"
        | "سيناتور" | "النائب" | "قاضي" | "مساعد" | "منسق" | "مرشد" | "شيخ" | "العاهل" | "عاهل"
        | "ولي" | "مرشح" | "باحث" | "استاذ" | "كاتب" | "مؤسس" | "موسس" | "ناشط" | "شاهد"
        | "محامي" => (Gender::Masc, false),
        "وزيره" | "مفوضه" | "رئيسه" | "سفيره" | "متحدثه" | "ناطقه" | "مبعوثه" | "ممثله"
        | "مديره" | "نائبه" | "مستشاره" | "مندوبه" | "مسؤوله" | "دبلوماسيه" | "خبيره" | "محلله"
        | "مراسله" | "ملكه" | "اميره" | "مساعده" | "منسقه" | "قاضيه" | "مرشحه" | "باحثه"
        | "محاميه" | "ناشطه" => (Gender::Fem, false),
        "مسؤولون" | "مسؤولين" | "دبلوماسيون" | "دبلوماسيين" | "قاده" | "نواب" | "اعضاء" => {
            (Gender::Masc, false)
        }
        _ => return None,
    };
    Some((g, unnamed))
}

/// True for "one of them" / "some of them" with an attached pronoun (أحدهم, إحداها, بعضهم):
/// a member of a group named before, never a name.
pub fn is_partitive(key: &str) -> bool {
    ["احدا", "احدي", "احد", "بعض"].iter().any(|head| {
        key.strip_prefix(head)
            .is_some_and(|r| matches!(r, "ها" | "هم" | "هما" | "هن"))
    })
}

/// True for a verb of denial (نفى): it takes what it denies as its object after it.
pub fn denies(form: CueForm) -> bool {
    form.lemma == "نفي"
}

/// True for a verb of calling (دعا): it reports only what follows إلى in quotation marks or
/// as an أن clause (دعا إلى "ضبط النفس"), never a plain object (دعا الدول إلى المساعدة).
pub fn calls_for(form: CueForm) -> bool {
    form.lemma == "دعا"
}

/// True for a verb of describing (وصف X بأنه …): it reports only a description introduced by
/// بأن, and its content starts at the described object.
pub fn describes(form: CueForm) -> bool {
    form.lemma == "وصف"
}

/// True for a verb that reports only with a clause after أن (ادعى أن): without one, تدعى "…"
/// is the passive "is called".
pub fn needs_clause(form: CueForm) -> bool {
    form.lemma == "ادعي"
}

/// Words that may stand between a cue verb and its subject or content without being either:
/// weekdays, times, "also", and pronoun markers like بدوره.
pub fn is_filler(key: &str) -> bool {
    matches!(
        key,
        "اليوم"
            | "امس"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "الاحد"
            | "ايضا"
            | "كذلك"
            | "مساء"
            | "صباح"
            | "صباحا"
            | "مساءا"
            | "الليله"
            | "الماضي"
            | "الماضيه"
            | "الفائت"
            | "مجددا"
            | "بدوره"
            | "بدورها"
            // times the narrator adds after the verb (وقالت حينها, وأضاف لاحقا, قال الأسبوع
            // الماضي): never its subject (العام and مطلع also close titles: المدعي العام, مصدر
            // مطلع)
            | "مؤخرا"
            | "موخرا"
            | "حينها"
            | "حينيذ"
            | "حينئذ"
            | "حينذاك"
            | "وقتها"
            | "لاحقا"
            | "سابقا"
            | "اخيرا"
            | "حاليا"
            | "الان"
            | "غدا"
            | "مرارا"
            | "الاسبوع"
            | "الشهر"
            | "منتصف"
            | "اواخر"
            | "اوايل"
            // the attention a verb draws (لفت الانتباه إلى أن, لفت النظر)
            | "الانتباه"
            | "النظر"
            | "،"
            | ","
    )
}

/// Prepositions and particles that, right after a cue verb, show its subject is not there
/// (وأوضح في تصريح, وقال له, وأضاف أن).
pub fn starts_without_subject(key: &str) -> bool {
    matches!(
        key,
        "في" | "على"
            | "علي"
            | "عن"
            | "من"
            | "الي"
            | "خلال"
            | "امام"
            | "عبر"
            | "بعد"
            | "اثر"
            | "عقب"
            | "قبل"
            | "مع"
            | "لدي"
            | "حول"
            | "له"
            | "لها"
            | "لهم"
            | "لنا"
            | "لي"
            | "عنه"
            | "عنها"
            | "فيه"
            | "فيها"
            | "ل"
            | "لـ"
            | "ب"
            | "بان"
            | "ان"
            | "انه"
            | "انها"
            | "هو"
            | "هي"
            | "اثناء"
            | "وفي"
            | "لدى"
            | "بين"
            | "حين"
            | "حيث"
            | "اذ"
            // (فيما يتعلق, عند الإدلاء, بينما: the narrator's clause, no subject)
            | "فيما"
            | "عند"
            | "بينما"
            | "لكن"
            | "لكنه"
            | "لكنها"
            | "ايضا"
            | "متحدثا"
            | "متحدثه"
            | "معربا"
            | "معربه"
            | "ردا"
            | "تعليقا"
            | "تعقيبا"
            | "بشان"
            | "امس"
            | "اليوم"
            | "منه"
            | "منها"
            | "الشهر"
            | "الاسبوع"
            | "يوم"
    )
}

/// Words that end a speaker phrase: nouns of a speech event (في تصريح, في بيان, في مؤتمر صحفي),
/// relative pronouns (الذي) and قوله / واصفا.
pub fn is_speech_noun(key: &str) -> bool {
    matches!(
        key,
        "تصريح"
            | "تصريحات"
            | "بيان"
            | "حديث"
            | "مقابله"
            | "مؤتمر"
            | "موتمر"
            | "لقاء"
            | "كلمه"
            | "تغريده"
            | "رساله"
            | "خطاب"
            | "تقرير"
            | "اتصال"
            | "منشور"
            | "جلسه"
            | "اجتماع"
            | "ختام"
            | "افتتاح"
            | "زياره"
            | "مستهل"
            | "تصريحه"
            | "تصريحها"
            | "بيانها"
            | "بيانه"
            | "كلمته"
            | "كلمتها"
            | "حديثه"
            | "حديثها"
            | "مكالمه"
            | "حوار"
            | "تعليق"
            | "تعليقات"
            | "رد"
            | "قوله"
            | "قولها"
            | "قولهم"
            | "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "واصفا"
            | "واصفه"
    )
}

/// Nouns of news media whose name may follow (وكالة "ميزان أونلاين", صحيفة الفايننشال تايمز).
pub fn is_media_noun(key: &str) -> bool {
    let k = key.strip_prefix("ل").unwrap_or(key);
    matches!(
        k,
        "وكاله"
            | "صحيفه"
            | "قناه"
            | "موقع"
            | "تلفزيون"
            | "اذاعه"
            | "شبكه"
            | "مجله"
            | "هيئه"
    )
}

/// Nouns that name a report rather than its author (بحسب بيان للوزارة, وفقا لإحصاءات الأمم المتحدة).
pub fn is_report_noun(key: &str) -> bool {
    matches!(
        key.strip_prefix("ل").unwrap_or(key),
        "بيان"
            | "تقرير"
            | "احصاءات"
            | "احصائيات"
            | "ارقام"
            | "بيانات"
            | "دراسه"
            | "تصريحات"
            | "بلاغ"
            | "وثيقه"
            | "رساله"
            | "تقديرات"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_forms_with_prefixes() {
        let (f, n) = cue("وقالت").unwrap();
        assert_eq!(
            (f.lemma, f.gender, f.class, n),
            ("قال", Gender::Fem, CueClass::Verb, "و".len())
        );
        assert_eq!(cue("يقولون").unwrap().0.number, Number::Plural);
        assert_eq!(cue("فاوضح").unwrap().0.lemma, "اوضح");
        assert_eq!(cue("مشيره").unwrap().0.gender, Gender::Fem);
        assert_eq!(cue("وبحسب").unwrap().0.class, CueClass::Attribution);
        assert_eq!(cue("نفت").unwrap().0.lemma, "نفي");
        assert!(cue("الكويت").is_none());
        assert!(cue("وزير").is_none());
    }

    #[test]
    fn complementizers_and_titles() {
        assert_eq!(complementizer("ان"), Some(false));
        assert_eq!(complementizer("بانه"), Some(true));
        assert_eq!(complementizer("انتخابات"), None);
        assert_eq!(title("الوزيره"), Some((Gender::Fem, false)));
        assert_eq!(title("مصدر"), Some((Gender::Unknown, true)));
        assert!(title("الكويت").is_none());
    }

    #[test]
    fn partitives_and_question_verbs() {
        assert_eq!(title("احداها"), Some((Gender::Unknown, true)));
        assert_eq!(title("بعضهم"), Some((Gender::Unknown, true)));
        assert!(!is_partitive("احدث"));
        let key = rasd_text::match_key("وتساءلت");
        assert_eq!(cue(&key).unwrap().0.lemma, "تساءل");
        assert_eq!(verb_with_object("ذكرته").unwrap().lemma, "ذكر");
        assert!(needs_clause(cue("تدعي").unwrap().0));
        let dual = cue("واضافتا").unwrap().0;
        assert_eq!((dual.lemma, dual.number), ("اضاف", Number::Plural));
        assert_eq!(cue("يقولان").unwrap().0.number, Number::Plural);
        assert_eq!(cue("نقلا").unwrap().0.class, CueClass::Attribution);
        assert!(is_dual_noun("الفتاتان") && !is_dual_noun("البرلمان"));
        assert!(calls_for(cue("ودعت").unwrap().0));
        assert!(describes(cue("ووصفت").unwrap().0));
    }
}
