//! CAMEO actor codes for actor phrases: dictionary actors, countries, cities, nisba adjectives
//! and agents combined (`وزارة الدفاع الأميركية` -> `USAGOV`, `الجيش العراقي` -> `IRQMIL`).

use crate::lexicon::{ActorEntry, Lexicon, AGENTS};
use crate::norm::{candidates, marked_key, match_key, tokenize, RawToken};

/// What the words of a phrase resolve to.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Resolved {
    /// Full dictionary actor code, when a dictionary actor phrase matched.
    pub actor: Option<String>,
    /// ISO-3 country (or IGO-style 3-letter prefix).
    pub country: Option<String>,
    /// CAMEO agent (GOV, MIL, COP, OPP...).
    pub agent: Option<String>,
}

/// Resolves the words of `text` against the lexicon.
pub fn resolve(lx: &Lexicon, text: &str) -> Resolved {
    resolve_words(lx, text, true)
}

/// Resolves the words of `text`; `cities`: whether a city gives its country (not in a
/// person's name: the given name منى is spelt like Mina, SAU).
fn resolve_words(lx: &Lexicon, text: &str, cities: bool) -> Resolved {
    let words: Vec<_> = tokenize(text, 0, text.len())
        .into_iter()
        .filter(|t| !t.punct)
        .collect();
    let keys: Vec<String> = words.iter().map(|t| t.key.clone()).collect();
    let mut r = Resolved::default();
    let mut actor_country = None;
    let mut i = 0;
    // after the phrase's country, a preposition opens the place where its holder is posted
    // or acts (مندوب سوريا لدى الأمم المتحدة, المندوب الإسرائيلي بالأمم المتحدة, الجيش الأمريكي
    // في العراق): no body or country named there is whom the holder serves
    let mut posted = false;
    while i < keys.len() {
        posted |= (r.country.is_some() || actor_country.is_some()) && posting_word(&keys[i]);
        if let Some(c) = city_country(lx, text, &words, &keys, i) {
            r.country = r.country.take().or(Some(c));
            i += 1;
            continue;
        }
        let found = lx
            .actor_at(&keys, i)
            .filter(|(e, n)| !definite_bare_place(lx, e, *n, &keys[i]));
        let Some((e, n)) = found else {
            i += 1;
            continue;
        };
        match e.kind {
            "agent" => r.agent = r.agent.take().or(Some(e.code.clone())),
            _ if posted => {}
            "city" if !crate::fallback::city_exact(&keys[i], &e.keys[0]) => {}
            "city" if !cities => {}
            "country" | "city" | "nisba" => r.country = r.country.take().or(Some(e.code.clone())),
            _ => {
                let prefix = e
                    .code
                    .get(..3)
                    .filter(|p| lx.is_country_level(p))
                    .map(str::to_string);
                if is_office(&e.code) {
                    // an office (الأمين العام: GOVLEG) takes the body the phrase names after it
                    // (الأمين العام للأمم المتحدة is the UN's)
                    r.agent = r.agent.take().or(Some(e.code.clone()));
                } else {
                    actor_country = actor_country.or(prefix);
                    if e.code.len() > 3 {
                        r.actor = r.actor.take().or(Some(e.code.clone()));
                    }
                }
            }
        }
        i += n;
    }
    r.country = r.country.or(actor_country);
    r
}

/// Whether `code` is made of agent codes only (`GOVLEG`): a kind of office, no one actor.
pub(crate) fn is_office(code: &str) -> bool {
    !code.is_empty()
        && code.len().is_multiple_of(3)
        && code
            .as_bytes()
            .chunks(3)
            .all(|c| AGENTS.iter().any(|a| a.as_bytes() == c))
}

/// Whether a word key is a preposition of place: لدى, في, إلى, عند, or ب on an article
/// (بالأمم المتحدة).
fn posting_word(key: &str) -> bool {
    matches!(key, "لدي" | "في" | "الي" | "عند") || key.starts_with("بال")
}

/// Whether a one-word country name written without the article (مالي) was matched by a
/// definite word (المالية, "financial"): a country name never takes the article it lacks, so
/// the word is a common adjective, not the country. The same holds for a dictionary actor
/// that is a city written without the article (سيول, Seoul: السيول are floods).
pub(crate) fn definite_bare_place(lx: &Lexicon, e: &ActorEntry, n: usize, key: &str) -> bool {
    let name = &e.keys[0];
    let word = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let article = word
        .strip_prefix(['ب', 'ك'])
        .unwrap_or(word)
        .starts_with("ال");
    // لل is ل + ال, unless the name itself starts with ل (لليبيا)
    let lil = word.starts_with("لل") && !name.starts_with('ل');
    let bare_place = e.kind == "actor" && lx.bare_city(&e.keys);
    n == 1
        && (lx.bare_country(&e.keys) || bare_place)
        && (article || lil)
        && !name.starts_with("ال")
}

/// The country of word `i` read as a city the spelling or context singles out: a
/// shadda-marked spelling (عمّان: Amman, JOR) or a capital right after العاصمة.
fn city_country(
    lx: &Lexicon,
    text: &str,
    words: &[RawToken],
    keys: &[String],
    i: usize,
) -> Option<String> {
    let raw = &text[words[i].start..words[i].end];
    if raw.contains('\u{0651}') {
        let marked = candidates(&marked_key(raw))
            .into_iter()
            .find_map(|c| lx.marked.get(&c).cloned());
        if marked.is_some() {
            return marked;
        }
    }
    let after_capital = i > 0 && candidates(&keys[i - 1]).iter().any(|c| c == "عاصمه");
    if !after_capital {
        return None;
    }
    candidates(&keys[i])
        .into_iter()
        .find_map(|c| lx.capitals.get(&c).cloned())
}

/// The CAMEO actor code of a phrase: a dictionary code, or country + agent, or either alone.
pub fn code_of(lx: &Lexicon, text: &str) -> Option<String> {
    compose(resolve(lx, text))
}

/// The CAMEO actor code of a person's name: as [`code_of`], but a city among its words gives
/// no country (منى مذبوح is no Saudi, whatever Mina's spelling).
pub fn person_code_of(lx: &Lexicon, text: &str) -> Option<String> {
    compose(resolve_words(lx, text, false))
}

/// A dictionary code, or country + agent, or either alone.
fn compose(r: Resolved) -> Option<String> {
    if let Some(a) = r.actor.filter(|a| a.len() > 3) {
        return Some(a);
    }
    match (r.country, r.agent) {
        (Some(c), Some(a)) => Some(format!("{c}{a}")),
        (Some(c), None) => Some(c),
        (None, Some(a)) => Some(a),
        (None, None) => None,
    }
}

/// The country part of a phrase's code (`None` when the phrase names no country).
pub fn country_of(lx: &Lexicon, text: &str) -> Option<String> {
    resolve(lx, text).country.filter(|c| lx.is_country_level(c))
}

/// Normalised key of a phrase (for tests and dedup).
pub fn phrase_key(text: &str) -> String {
    match_key(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lx() -> Lexicon {
        Lexicon::parse("G\tجيش\tMIL\nG\tوزير\tGOV\nN\tعراقي\tIRQ\nL\tالعراق\tIRQ\tcountry\nA\tوزاره دفاع اميركي\tUSAGOV\nN\tتونسي\tTUN\nL\tتونس\tTUN\tcountry\n")
    }

    #[test]
    fn composes_country_and_agent() {
        assert_eq!(code_of(&lx(), "الجيش العراقي").as_deref(), Some("IRQMIL"));
        // the plural قوات is a curated agent (the dictionary has the singular only)
        assert_eq!(code_of(&lx(), "القوات العراقية").as_deref(), Some("IRQMIL"));
        assert_eq!(
            code_of(&lx(), "وزارة الدفاع الأميركية").as_deref(),
            Some("USAGOV")
        );
        assert_eq!(
            country_of(&lx(), "أحد التونسيين الشباب").as_deref(),
            Some("TUN")
        );
        assert_eq!(country_of(&lx(), "الشبان"), None);
    }

    #[test]
    fn a_city_in_a_persons_name_gives_no_country() {
        let lx = Lexicon::parse("L\tمني\tSAU\tcity\nN\tلبناني\tLBN\n");
        // the given name منى is spelt like Mina: a phrase names the city, a person does not
        assert_eq!(code_of(&lx, "منى").as_deref(), Some("SAU"));
        assert_eq!(person_code_of(&lx, "منى مذبوح"), None);
        assert_eq!(person_code_of(&lx, "منى اللبناني").as_deref(), Some("LBN"));
    }

    #[test]
    fn a_posting_and_an_office_take_the_body_served() {
        let lx = Lexicon::parse(
            "A\tامين عام\tGOVLEG\nL\tسوريا\tSYR\tcountry\nL\tاسراييل\tISR\tcountry\nA\tاسراييلي\tISR\nL\tامريكا\tUSA\tcountry\nA\tامريكي\tUSA\nG\tجيش\tMIL\nL\tالعراق\tIRQ\tcountry\n",
        );
        let code = |p: &str| code_of(&lx, p);
        assert_eq!(
            code("مندوب سوريا لدى الأمم المتحدة").as_deref(),
            Some("SYRGOV")
        );
        assert_eq!(
            code("المندوب الإسرائيلي بالأمم المتحدة").as_deref(),
            Some("ISRGOV")
        );
        assert_eq!(code("مسؤول في الأمم المتحدة").as_deref(), Some("IGOUNO"));
        assert_eq!(code("الأمين العام للأمم المتحدة").as_deref(), Some("IGOUNO"));
        assert_eq!(code("الأمين العام").as_deref(), Some("GOVLEG"));
        assert_eq!(code("الجيش الأمريكي في العراق").as_deref(), Some("USAMIL"));
        assert_eq!(code("جامعة الدول العربية").as_deref(), Some("IGOARL"));
    }

    #[test]
    fn curated_sectors_and_broken_plural_nationalities() {
        let lx = Lexicon::parse("L\tتركيا\tTUR\tcountry\nL\tالعراق\tIRQ\tcountry\n");
        let code = |p: &str| code_of(&lx, p);
        assert_eq!(code("الصحافيين الأتراك").as_deref(), Some("TURMED"));
        assert_eq!(code("مجلس النواب").as_deref(), Some("LEG"));
        assert_eq!(code("الحشد الشعبي").as_deref(), Some("IRQMIL"));
    }

    #[test]
    fn shadda_and_capital_context_pick_the_city() {
        let lx = Lexicon::parse(
            "L\tعمان\tOMN\tcountry\nL\tاردن\tJOR\tcountry\nD\tعم\u{0651}ان\tJOR\nK\tعمان\tJOR\nG\tوزير\tGOV\n",
        );
        assert_eq!(country_of(&lx, "عُمان").as_deref(), Some("OMN"));
        assert_eq!(country_of(&lx, "عمّان").as_deref(), Some("JOR"));
        assert_eq!(country_of(&lx, "وعمّان").as_deref(), Some("JOR"));
        assert_eq!(country_of(&lx, "في العاصمة عمان").as_deref(), Some("JOR"));
        assert_eq!(code_of(&lx, "وزير عمان").as_deref(), Some("OMNGOV"));
    }

    #[test]
    fn surnames_kurdish_names_and_dictionary_noise() {
        let lx = Lexicon::parse(
            "S\tالظواهري\tIMG\nA\tكردستاني\tKGZ\nA\tناسف\tCHLEDU\nL\tتشيلي\tCHL\tcountry\n",
        );
        assert_eq!(country_of(&lx, "الظواهري").as_deref(), Some("IMG"));
        assert_eq!(
            country_of(&lx, "البرلمان الكردستاني").as_deref(),
            Some("KUR")
        );
        assert_eq!(country_of(&lx, "عبوة ناسفة"), None);
    }

    #[test]
    fn a_definite_word_is_not_a_country_named_without_the_article() {
        let lx = Lexicon::parse(
            "L\tمالي\tMLI\tcountry\nA\tمالي\tMLI\nL\tالمغرب\tMAR\tcountry\nA\tمغرب\tMAR\nL\tليبيا\tLBY\tcountry\n",
        );
        assert_eq!(country_of(&lx, "وزارة المالية"), None);
        assert_eq!(country_of(&lx, "للأوراق المالية"), None);
        assert_eq!(country_of(&lx, "شمال مالي").as_deref(), Some("MLI"));
        assert_eq!(country_of(&lx, "المغرب").as_deref(), Some("MAR"));
        assert_eq!(country_of(&lx, "لليبيا").as_deref(), Some("LBY"));
        let lx = Lexicon::parse(
            "L\tكوريا\tKOR\tcountry\nL\tقطر\tQAT\tcountry\nA\tسيول\tKOR\nL\tسيول\tKOR\tcity\nA\tدوحه\tQAT\nL\tالدوحه\tQAT\tcity\n",
        );
        assert_eq!(country_of(&lx, "السيول"), None);
        assert_eq!(country_of(&lx, "سيول").as_deref(), Some("KOR"));
        assert_eq!(country_of(&lx, "الدوحة").as_deref(), Some("QAT"));
    }

    #[test]
    fn generic_one_word_actors_are_dropped() {
        let mut m =
            String::from("A\tطاقه\tCHN\nA\tمصري\tDEUJUD\nN\tمصري\tEGY\nL\tمصر\tEGY\tcountry\nL\tالمانيا\tDEU\tcountry\nL\tالصين\tCHN\tcountry\n");
        for i in 0..16 {
            m.push_str(&format!("A\tوزاره طاقه ك{i}\tCHNGOV\n"));
        }
        let lx = Lexicon::parse(&m);
        assert_eq!(country_of(&lx, "الطاقة"), None);
        assert_eq!(country_of(&lx, "الأمن المصري").as_deref(), Some("EGY"));
    }
}
