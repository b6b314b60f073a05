//! Builds a `DocView` from raw text when the upstream layers are absent: own tokenizer and
//! sentence split, dictionary actor and place mentions, weekday dates.

use crate::lexicon::Lexicon;
use crate::norm::{candidates, split_sentences, tokenize};
use crate::types::{DateRef, DocView, EntityRef, Sent, Tok};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("الاثنين", Weekday::Mon),
    ("الثلاثاء", Weekday::Tue),
    ("الاربعاء", Weekday::Wed),
    ("الخميس", Weekday::Thu),
    ("الجمعه", Weekday::Fri),
    ("السبت", Weekday::Sat),
    ("الاحد", Weekday::Sun),
];

/// Place-introducing nouns that make the next word a location (بحر إيجه, مدينة الموصل).
pub const PLACE_HEADS: [&str; 7] = ["بحر", "خليج", "مضيق", "جزيره", "مدينه", "محافظه", "ولايه"];

/// The weekday named by a token key (with or without a leading و/ف/ب).
pub fn weekday(key: &str) -> Option<Weekday> {
    let k = key
        .strip_prefix('و')
        .filter(|k| k.starts_with("ال"))
        .unwrap_or(key);
    WEEKDAYS.iter().find(|(w, _)| *w == k).map(|(_, d)| *d)
}

/// The latest date on or before `published` that falls on `wd`.
pub fn last_weekday(published: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (7 + published.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    published - Duration::days(back as i64)
}

/// Builds the view from raw text.
pub fn view<'a>(lx: &Lexicon, original: &'a str, published: Option<NaiveDate>) -> DocView<'a> {
    let raw = tokenize(original, 0, original.len());
    let tokens: Vec<Tok> = raw
        .iter()
        .map(|t| Tok {
            start: t.start,
            end: t.end,
            body_start: t.start,
            key: t.key.clone(),
            stem: None,
            punct: t.punct,
            verb: false,
            bare_noun: false,
            bare_adjective: false,
        })
        .collect();
    let sentences = split_sentences(original, &raw)
        .into_iter()
        .map(|r| Sent {
            start: tokens[r.start].start,
            end: tokens[r.end - 1].end,
            tokens: r,
        })
        .collect();
    let entities = mentions(lx, &tokens);
    let dates = weekday_dates(lx, &tokens, published);
    DocView {
        original,
        tokens,
        sentences,
        entities,
        dates,
        published,
        quotes: Vec::new(),
        roles: Vec::new(),
    }
}

/// Dictionary mentions: longest actor / place phrases, plus place-head phrases. A surname
/// alone (`زيادة`, also "increase") codes a person the recogniser found but is never a mention
/// by itself.
pub fn mentions(lx: &Lexicon, tokens: &[Tok]) -> Vec<EntityRef> {
    let keys: Vec<String> = tokens.iter().map(|t| t.key.clone()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let head = candidates(&keys[i])
            .iter()
            .any(|c| PLACE_HEADS.contains(&c.as_str()));
        if head && i + 1 < tokens.len() && !tokens[i + 1].punct {
            out.push(entity(tokens, i, 2, "LOC", None));
            i += 2;
            continue;
        }
        if let Some(n) = collective(tokens, i) {
            out.push(entity(tokens, i, n, "ORG", None));
            i += n;
            continue;
        }
        let definite = keys[i].trim_start_matches(['و', 'ف']).starts_with("ال");
        // a nisba is a noun (فلسطيني "a Palestinian") only after a verb, punctuation or the start;
        // one definite word after a closing quotation mark qualifies the quoted name (قوات "ألوية
        // العمالقة" اليمنية)
        let closing_quote = i > 0 && matches!(tokens[i - 1].key.as_str(), "\"" | "»" | "”");
        let after_noun = i > 0 && !tokens[i - 1].punct && !verb_like(lx, &tokens[i - 1]);
        match lx.actor_at(&keys, i) {
            Some((e, n))
                if !matches!(e.kind, "agent" | "surname")
                    && !tokens[i].punct
                    && !(e.kind == "nisba" && (definite || after_noun))
                    && !(closing_quote && definite && n == 1)
                    && !crate::actors::definite_bare_place(lx, e, n, &keys[i])
                    && (e.kind != "city" || city_exact(&keys[i], &e.keys[0])) =>
            {
                let place_code =
                    e.code.len() == 3 && !e.code.starts_with("IGO") && !e.code.starts_with("NGO");
                let etype =
                    if matches!(e.kind, "country" | "city") || (e.kind == "actor" && place_code) {
                        "LOC"
                    } else {
                        "ORG"
                    };
                out.push(entity(tokens, i, n, etype, Some(e.code.clone())));
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

/// A verb by the morphology layer's tag when there is one (a stem), else any trigger word.
fn verb_like(lx: &Lexicon, t: &Tok) -> bool {
    match t.stem {
        Some(_) => t.verb,
        None => lx.trigger(&t.key).is_some(),
    }
}

/// A collective actor: a head noun (الجيش, التحالف) followed by definite adjectives (العراقي, الدولي);
/// returns its length in tokens.
fn collective(tokens: &[Tok], i: usize) -> Option<usize> {
    let head = candidates(&tokens[i].key)
        .iter()
        .any(|c| crate::core::ACTOR_HEADS.contains(&c.as_str()));
    let adjectival = i > 0 && crate::core::adjectival_head(&tokens[i - 1].key, &tokens[i].key);
    if !head || tokens[i].punct || adjectival {
        return None;
    }
    let k = tokens[i]
        .key
        .strip_prefix(['و', 'ف'])
        .unwrap_or(&tokens[i].key);
    let definite = k.starts_with("ال") || k.starts_with("لل") || k.starts_with("بال");
    // a plural nisba (الأمريكيين) agrees only with a human plural head (المسؤولين), not with
    // الشرطة: after it, it is the object (اعتقلت الشرطة الصحافيين السوريين)
    let human_plural = k.ends_with("ون") || k.ends_with("ين");
    // a feminine head in ة takes no masculine nisba (الشرطة الصحفي: the police, then the
    // journalist)
    let feminine = k.starts_with("ال") && k.ends_with('ه');
    let agrees = |t: &Tok| !(feminine && t.key.ends_with('ي'));
    let n = tokens[i + 1..]
        .iter()
        .take(3)
        .take_while(|t| !t.punct && is_adjective(&t.key, human_plural) && agrees(t))
        .count();
    (n > 0 || definite).then_some(n + 1)
}

/// Place names that are also common words (مدينة "city", مالي "financial").
const AMBIGUOUS_PLACES: [&str; 4] = ["مدينه", "المدينه", "مالي", "صدام"];

/// A city name matches only as written, with at most one clitic letter (الليل is not ليل, Lille).
pub fn city_exact(key: &str, city: &str) -> bool {
    if AMBIGUOUS_PLACES.contains(&city) {
        return false;
    }
    let bare = key.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(key);
    key == city || bare == city
}

/// A definite adjective that can follow an actor head (العراقي, الدولية, العليا, المسلحة).
/// A definite adjective after an actor head: a nisba (plural ones only after a human plural
/// head, `plural_head`) or one of a few participles and elatives.
fn is_adjective(key: &str, plural_head: bool) -> bool {
    const LIST: [&str; 15] = [
        "المشتركه",
        "المشترك",
        "الموحده",
        "الحاكم",
        "الحاكمه",
        "العليا",
        "الكبري",
        "العام",
        "العامه",
        "الاعلي",
        "المسلحه",
        "المتحده",
        "الخاصه",
        "الوطني",
        "الشعبي",
    ];
    let Some(rest) = key.strip_prefix("ال") else {
        return false;
    };
    let plural = rest.ends_with("يين") || rest.ends_with("يون");
    // persons' nouns in ي or يه are no nisba (اعتقلت السلطات الإيرانية المدعي العام,
    // اعتقلت السلطات السعودية الداعية الإسلامي)
    let person = matches!(
        rest,
        "مدعي" | "قاضي" | "محامي" | "جاني" | "داعيه" | "قاضيه" | "محاميه" | "مدعيه"
    );
    let nisba = !person && (rest.ends_with('ي') || rest.ends_with("يه") || (plural && plural_head));
    rest.chars().count() >= 3 && !matches!(key, "الذي" | "التي") && (nisba || LIST.contains(&key))
}

fn entity(tokens: &[Tok], i: usize, n: usize, etype: &str, code: Option<String>) -> EntityRef {
    EntityRef {
        start: tokens[i].start,
        end: tokens[i + n - 1].end,
        etype: etype.into(),
        group: None,
        code,
    }
}

/// Weekday mentions resolved against the publication date when the governing verb is perfect.
///
/// A weekday after an imperfect verb (يعقد ... الاثنين) may be habitual or upcoming: left unresolved.
pub fn weekday_dates(lx: &Lexicon, tokens: &[Tok], published: Option<NaiveDate>) -> Vec<DateRef> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(wd) = weekday(&t.key) else { continue };
        let imperfect = governing_verb_imperfect(lx, tokens, i);
        let value = published
            .filter(|_| !imperfect)
            .map(|p| last_weekday(p, wd));
        out.push(DateRef {
            start: t.start,
            end: t.end,
            value,
        });
    }
    out
}

/// Whether the nearest verbs before token `i` (same sentence) include an imperfect one.
pub fn governing_verb_imperfect(lx: &Lexicon, tokens: &[Tok], i: usize) -> bool {
    let lo = i.saturating_sub(20);
    tokens[lo..i]
        .iter()
        .rev()
        .take_while(|t| !(t.punct && matches!(t.key.as_str(), "." | "!" | "؟" | "?")))
        .any(|t| {
            lx.trigger(&t.key)
                .is_some_and(|(_, stem)| is_imperfect(&t.key, &stem))
        })
}

/// Whether a verb token looks imperfect: an imperfect prefix that its stem does not start with.
pub fn is_imperfect(key: &str, stem: &str) -> bool {
    let k = key
        .strip_prefix(['و', 'ف'])
        .filter(|_| !stem.starts_with('و'))
        .unwrap_or(key);
    match k.chars().next() {
        Some(c) if "يتنس".contains(c) => !stem.starts_with(c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_alone_is_no_mention() {
        let lx = Lexicon::parse("S\tزياده\tLBN\nL\tلبنان\tLBN\tcountry\n");
        let v = view(&lx, "دعا إلى زيادة المساعدات إلى لبنان", None);
        let names: Vec<&str> = v
            .entities
            .iter()
            .map(|e| &v.original[e.start..e.end])
            .collect();
        assert_eq!(names, ["لبنان"]);
    }

    #[test]
    fn a_plural_nisba_belongs_only_to_a_human_plural_head() {
        let lx = Lexicon::parse("");
        let names = |text: &'static str| {
            let v = view(&lx, text, None);
            v.entities
                .iter()
                .map(|e| &v.original[e.start..e.end])
                .collect::<Vec<_>>()
        };
        assert_eq!(names("اعتقلت الشرطة الصحافيين السوريين"), ["الشرطة"]);
        assert_eq!(names("هاجم المسلحين السوريين"), ["المسلحين السوريين"]);
        // a person's noun in يه is no nisba of the body before it
        assert_eq!(
            names("اعتقلت السلطات السعودية الداعية الإسلامي"),
            ["السلطات السعودية"]
        );
    }

    #[test]
    fn thursday_resolves_to_the_same_day() {
        let p = NaiveDate::from_ymd_opt(2016, 2, 11).unwrap();
        assert_eq!(last_weekday(p, Weekday::Thu), p);
        assert_eq!(
            last_weekday(p, Weekday::Mon),
            NaiveDate::from_ymd_opt(2016, 2, 8).unwrap()
        );
    }

    #[test]
    fn weekday_after_perfect_verb_is_resolved_and_after_imperfect_is_not() {
        let lx = Lexicon::parse("");
        let p = NaiveDate::from_ymd_opt(2016, 2, 11);
        let s = "أعلن الوزير الخميس";
        let v = view(&lx, s, p);
        assert_eq!(v.dates[0].value, p);
        let s = "يعقد القادة اجتماعا الاثنين";
        let v = view(&lx, s, p);
        assert_eq!(v.dates[0].value, None);
    }
}
