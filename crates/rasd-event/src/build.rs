//! Derives the compact embedded model from `../shared/data` (dictionaries, code tables,
//! gazetteers). Used by `rasd train event`; the runtime only reads the derived text.

use crate::norm::{marked_key, match_key};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Reads a file to a string with the path in the error.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Keys of an `_`-joined lemmatised dictionary entry (empty parts and one-letter clitics dropped).
pub fn entry_keys(entry: &str) -> Vec<String> {
    entry
        .split(['_', ' ', '+'])
        .map(|w| match_key(w.trim()))
        .filter(|w| w.chars().count() > 1)
        .collect()
}

fn is_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit())
}

/// CAMEO code lines `C code desc` from the GDELT code list (the quad-class lines dropped, the
/// glued `106` line repaired).
pub fn cameo_codes(text: &str, out: &mut String) {
    for line in text.lines().skip(1) {
        let line = line.trim_end_matches('\r');
        for part in line.split("106:") {
            let (code, desc) = match part.split_once('\t') {
                Some(x) => x,
                None if part.starts_with("[-5.0]") => ("106", part),
                None => continue,
            };
            if is_code(code) && code.len() >= 2 {
                let _ = writeln!(out, "C\t{code}\t{}", desc.trim());
            }
        }
    }
}

/// PLOVER lines `M code event mode context` from CAMEO2PLOVER.
pub fn plover_map(text: &str, out: &mut String) {
    for line in text.lines() {
        let body = line.split('#').next().unwrap_or("");
        let Some((code, rest)) = body.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if !is_code(code) {
            continue;
        }
        let f: Vec<&str> = rest.split(',').map(str::trim).collect();
        let ev = f.first().copied().unwrap_or("");
        if ev.is_empty() {
            continue;
        }
        let mode = f.get(1).copied().unwrap_or("");
        let ctx = f.get(2).copied().unwrap_or("");
        let _ = writeln!(out, "M\t{code}\t{ev}\t{mode}\t{ctx}");
    }
}

/// Verb lines `V key code` and pattern lines `P verbkey objkey code` from CAMEO.ar.
pub fn verb_dictionary(text: &str, out: &mut String) {
    let mut seen = BTreeSet::new();
    let mut verbs: Vec<String> = Vec::new();
    let mut block_code: Option<String> = None;
    let mut in_verbs = false;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if raw.contains("VERB PATTERNS") {
            in_verbs = true;
            continue;
        }
        if !in_verbs || line.is_empty() {
            continue;
        }
        if let Some(head) = line.strip_prefix("---") {
            verbs.clear();
            block_code = bracket_code(head);
            continue;
        }
        if let Some(pat) = line.strip_prefix('-') {
            pattern_lines(pat, &verbs, &mut seen, out);
            continue;
        }
        verb_line(line, &block_code, &mut verbs, &mut seen, out);
    }
}

fn bracket_code(s: &str) -> Option<String> {
    let inner = s.split('[').nth(1)?.split(']').next()?.trim();
    is_code(inner).then(|| inner.to_string())
}

fn verb_line(
    line: &str,
    block: &Option<String>,
    verbs: &mut Vec<String>,
    seen: &mut BTreeSet<String>,
    out: &mut String,
) {
    let word = line.split('[').next().unwrap_or("").trim();
    let keys = entry_keys(word);
    let Some(first) = keys.first() else { return };
    verbs.push(first.clone());
    if let Some(code) = bracket_code(line).or_else(|| block.clone()) {
        if seen.insert(format!("V{first}")) {
            let _ = writeln!(out, "V\t{first}\t{code}");
        }
    }
}

fn pattern_lines(pat: &str, verbs: &[String], seen: &mut BTreeSet<String>, out: &mut String) {
    let Some(code) = bracket_code(pat) else {
        return;
    };
    let body = pat.split('[').next().unwrap_or("");
    let obj = body
        .split(|c: char| c.is_whitespace() || "(){}*".contains(c))
        .filter(|w| !w.starts_with('&') && !w.is_empty())
        .map(match_key)
        .filter(|w| w.chars().count() > 2)
        .max_by_key(|w| w.chars().count());
    let Some(obj) = obj else { return };
    for v in verbs {
        if seen.insert(format!("P{v}\t{obj}")) {
            let _ = writeln!(out, "P\t{v}\t{obj}\t{code}");
        }
    }
}

/// Actor lines `A keys code` from the Arabic actor dictionary (first dated code when several);
/// a phrase entered more than once takes the code most of its entries give, the shortest on a
/// tie (رئيس_حكومة_ is GOV three times and DZAJUDHRI once).
pub fn actor_dictionary(text: &str, out: &mut String) {
    let mut pending: Option<Vec<String>> = None;
    let mut seen = PhraseCodes::default();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with('\t') || line.starts_with("    ");
        // a code dated from the year 2200 on is switched off (وزارة_خارجية_ [LBNGOVMED
        // >22000101]): the entry stands with no code
        let bracket = line.split('[').nth(1).filter(|b| !b.contains(">2200"));
        let code = bracket.and_then(|c| c.split([']', ' ']).next());
        if indented {
            if let (Some(keys), Some(code)) = (pending.take(), code) {
                push_actor(&keys, code, &mut seen);
            }
            continue;
        }
        let keys = entry_keys(line.split('[').next().unwrap_or(""));
        match code {
            Some(c) => push_actor(&keys, c, &mut seen),
            None => pending = Some(keys),
        }
    }
    for (k, codes) in seen.phrases {
        let votes = |c: &String| codes.iter().filter(|x| *x == c).count();
        let best = codes
            .iter()
            .max_by(|a, b| votes(a).cmp(&votes(b)).then(b.len().cmp(&a.len())))
            .expect("a phrase is recorded with its first code");
        let _ = writeln!(out, "A\t{k}\t{best}");
    }
}

/// The codes each actor phrase is entered with, phrases in the order they first appear.
#[derive(Default)]
struct PhraseCodes {
    phrases: Vec<(String, Vec<String>)>,
    index: BTreeMap<String, usize>,
}

/// Records one code of a phrase.
fn push_actor(keys: &[String], code: &str, seen: &mut PhraseCodes) {
    let code = code.trim().trim_start_matches('~');
    if keys.is_empty() || code.is_empty() || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return;
    }
    let k = keys.join(" ");
    let i = *seen.index.entry(k.clone()).or_insert_with(|| {
        seen.phrases.push((k, Vec::new()));
        seen.phrases.len() - 1
    });
    seen.phrases[i].1.push(code.to_string());
}

/// Person entries of the actor dictionary: (keys, code) of the multi-line (dated) entries of
/// two or three words whose first dated code starts with a country-level prefix.
fn dated_people(text: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut pending: Option<Vec<String>> = None;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let code = line
            .split('[')
            .nth(1)
            .and_then(|c| c.split([']', ' ']).next());
        if line.starts_with('\t') || line.starts_with("    ") {
            if let (Some(keys), Some(code)) = (pending.take(), code) {
                out.push((keys, code.trim().to_string()));
            }
            continue;
        }
        let keys = entry_keys(line.split('[').next().unwrap_or(""));
        pending = (code.is_none() && (2..=3).contains(&keys.len())).then_some(keys);
    }
    out
}

/// Surname lines `S key CCC` (a person's last name read alone: الظواهري, مناوي): the last
/// word of the dictionary's dated entries that start with a known first name, when it is at least four letters, all the
/// people sharing it have the same country-level prefix, and no other dictionary or gazetteer
/// line uses the word other than as the last word of a longer name (so common words and
/// nisba adjectives never become surnames).
pub fn surnames(actor_dict: &str, model: &str, first_names: &BTreeSet<String>) -> String {
    let mut used: BTreeSet<String> = BTreeSet::new();
    for line in model.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 || !matches!(f[0], "A" | "G" | "N" | "L" | "V" | "K") {
            continue;
        }
        let keys: Vec<&str> = f[1].split(' ').collect();
        let named = f[0] == "A" && keys.len() > 1;
        let n = keys.len() - usize::from(named);
        used.extend(keys[..n].iter().map(|k| k.to_string()));
    }
    let people: Vec<_> = dated_people(actor_dict)
        .into_iter()
        .filter(|(keys, _)| first_names.contains(&keys[0]))
        .collect();
    let mut claims: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    for (keys, code) in &people {
        for k in &keys[..keys.len() - 1] {
            used.insert(k.clone());
        }
        let last = keys[keys.len() - 1].clone();
        claims
            .entry(last)
            .or_default()
            .insert(code.get(..3).unwrap_or("").to_string());
    }
    let mut out = String::new();
    for (last, prefixes) in claims {
        let bare = last.strip_prefix("ال").unwrap_or(&last);
        let ok = prefixes.len() == 1
            && bare.chars().count() >= 4
            && !used.contains(&last)
            && !used.contains(bare);
        if let (true, Some(p)) = (ok, prefixes.first()) {
            if p.len() == 3 && p.chars().all(|c| c.is_ascii_uppercase()) {
                let _ = writeln!(out, "S\t{last}\t{p}");
            }
        }
    }
    out
}

/// Match keys of person-name words (first names, and the single-word person gazetteer).
pub fn first_names(gaz: &Path) -> Result<BTreeSet<String>, String> {
    let mut out = BTreeSet::new();
    for f in [
        "arabic-names/male-first--names-in-arabic.txt",
        "arabic-names/female-first-names-in-arabic.txt",
        "anergazet/AlignedPersGazetteer.txt",
    ] {
        let text = read(&gaz.join(f))?;
        out.extend(
            text.lines()
                .map(|l| match_key(l.trim().trim_start_matches('\u{feff}')))
                .filter(|k| !k.is_empty() && !k.contains(' ')),
        );
    }
    Ok(out)
}

/// Agent lines `G keys AGENT` from agents.all.ar_v3.
pub fn agents(text: &str, out: &mut String) {
    let mut seen = BTreeSet::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((name, code)) = line.split_once('[') else {
            continue;
        };
        let code = code
            .split(']')
            .next()
            .unwrap_or("")
            .trim()
            .trim_start_matches('~');
        let keys = entry_keys(name);
        if keys.is_empty() || code.len() != 3 {
            continue;
        }
        let k = keys.join(" ");
        if seen.insert(k.clone()) {
            let _ = writeln!(out, "G\t{k}\t{code}");
        }
    }
}

/// Country lines `L keys ISO3 country` and nisba adjectives `N key ISO3`; returns cca2 -> cca3.
pub fn countries(text: &str, out: &mut String) -> Vec<(String, String)> {
    let mut map = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            continue;
        }
        map.push((f[0].to_string(), f[1].to_string()));
        let mut names: BTreeSet<String> = BTreeSet::new();
        names.insert(match_key(f[5]));
        names.insert(match_key(f[6]));
        let common = match_key(f[5]);
        if let Some(stem) = common.strip_suffix("يا") {
            names.insert(format!("{stem}يه"));
        }
        for n in names.iter().filter(|n| !n.is_empty()) {
            let _ = writeln!(out, "L\t{n}\t{}\tcountry", f[1]);
        }
        if let Some(n) = nisba(&match_key(f[5])) {
            let _ = writeln!(out, "N\t{n}\t{}", f[1]);
        }
        if let Some(n) = stan_nisba(&match_key(f[5])) {
            let _ = writeln!(out, "N\t{n}\t{}", f[1]);
        }
        if let Some(n) = qualified_nisba(&match_key(f[5])) {
            let _ = writeln!(out, "N\t{n}\t{}", f[1]);
        }
    }
    map
}

/// The nisba of a country named by a noun and its adjective (كوريا الشمالية -> كوري شمالي,
/// غينيا الاستوائية -> غيني استوائي): the noun's nisba and the adjective's masculine.
pub fn qualified_nisba(name: &str) -> Option<String> {
    let (noun, adjective) = name.split_once(' ')?;
    let adjective = adjective.strip_prefix("ال")?.strip_suffix("يه")?;
    if adjective.contains(' ') || adjective.chars().count() < 3 {
        return None;
    }
    Some(format!("{} {adjective}ي", nisba(noun)?))
}

/// The nisba adjective of a one-word country name (العراق -> عراقي, سوريا -> سوري).
pub fn nisba(name: &str) -> Option<String> {
    if name.contains(' ') {
        return None;
    }
    let base = name.strip_prefix("ال").unwrap_or(name);
    let base = base
        .strip_suffix("يا")
        .or_else(|| base.strip_suffix('ا'))
        .unwrap_or(base);
    (base.chars().count() >= 2).then(|| format!("{base}ي"))
}

/// The short nisba of a `-stan` country (أفغانستان -> افغاني, أوزبكستان -> اوزبكي), when the
/// people's name left is long enough not to be a common word.
pub fn stan_nisba(name: &str) -> Option<String> {
    let base = name.strip_suffix("ستان")?;
    (!name.contains(' ') && base.chars().count() >= 4).then(|| format!("{base}ي"))
}

/// City lines `L key ISO3 city` for the `limit` most populous cities with Arabic names; for
/// those and every capital (`PPLC`), `D marked-key ISO3` lines for the shadda-marked spellings
/// (عمّان is Amman, not Oman) and, for capitals, `K key ISO3` lines for every Arabic spelling
/// (read after العاصمة).
pub fn cities(text: &str, cc: &[(String, String)], limit: usize, out: &mut String) {
    let mut n = 0;
    let mut seen = BTreeSet::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 11 || f[10].is_empty() {
            continue;
        }
        let Some((_, c3)) = cc.iter().find(|(c2, _)| c2 == f[3]) else {
            continue;
        };
        let capital = f[6] == "PPLC";
        if n >= limit && !capital {
            continue;
        }
        if n < limit {
            if let Some(name) = f[10].split('|').next() {
                let k = match_key(name);
                if k.chars().count() >= 4 {
                    let _ = writeln!(out, "L\t{k}\t{c3}\tcity");
                }
            }
            n += 1;
        }
        city_variants(f[10], c3, capital, &mut seen, out);
    }
}

/// The `D` (shadda-marked) and, for a capital, `K` lines of one city's Arabic names.
fn city_variants(
    names: &str,
    c3: &str,
    capital: bool,
    seen: &mut BTreeSet<String>,
    out: &mut String,
) {
    for name in names.split('|') {
        let marked = marked_key(name.trim());
        if marked.contains('\u{0651}') && seen.insert(format!("D{marked}")) {
            let _ = writeln!(out, "D\t{marked}\t{c3}");
        }
        let k = match_key(name.trim());
        if capital && k.chars().count() >= 3 && seen.insert(format!("K{k}")) {
            let _ = writeln!(out, "K\t{k}\t{c3}");
        }
    }
}

/// Builds the whole dictionary part of the model from the shared data directory.
pub fn dictionaries(shared: &Path) -> Result<String, String> {
    let cameo = shared.join("data/cameo");
    let gaz = shared.join("data/gazetteers");
    let mut out = String::from("#rasd-event model v1\n");
    cameo_codes(
        &read(&cameo.join("codes/CAMEO.eventcodes.gdelt-copy.txt"))?,
        &mut out,
    );
    plover_map(&read(&cameo.join("codes/CAMEO2PLOVER-2021.txt"))?, &mut out);
    verb_dictionary(&read(&cameo.join("arabic/CAMEO.ar.0.5.txt"))?, &mut out);
    let actor_dict = read(&cameo.join("arabic/actor_dict_ar_v4.txt"))?;
    actor_dictionary(&actor_dict, &mut out);
    agents(&read(&cameo.join("arabic/agents.all.ar_v3.txt"))?, &mut out);
    let cc = countries(&read(&gaz.join("countries/countries_ar.tsv"))?, &mut out);
    let city_file = gaz.join("geonames-cities15000/cities15000_arabic_script_names.tsv");
    cities(&read(&city_file)?, &cc, 800, &mut out);
    let people = surnames(&actor_dict, &out, &first_names(&gaz)?);
    out.push_str(&people);
    Ok(drop_dead_patterns(&out))
}

/// Keeps only the verb patterns whose verb the runtime can trigger on (a core entry or a kept
/// dictionary verb), so the model carries no unreachable lines.
fn drop_dead_patterns(model: &str) -> String {
    let lx = crate::lexicon::Lexicon::parse(model);
    let mut out = String::with_capacity(model.len());
    for line in model.lines() {
        let verb = line.strip_prefix("P\t").and_then(|l| l.split('\t').next());
        if verb.is_none_or(|v| lx.triggers.contains_key(v)) {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_verb_block_and_pattern() {
        let text =
            "####### VERB PATTERNS #######\n--- طرد [120] ---\nطرد  # expel\n- * سفير [1663] # x\n";
        let mut out = String::new();
        verb_dictionary(text, &mut out);
        assert!(out.contains("V\tطرد\t120"), "{out}");
        assert!(out.contains("P\tطرد\tسفير\t1663"), "{out}");
    }

    #[test]
    fn parses_multiline_actor_entries() {
        let text = "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\nوزارة_دفاع_أميركي_  [USAGOV]\nوزارة_خارجية_\n\t[LBNGOVMED >22000101]\n";
        let mut out = String::new();
        actor_dictionary(text, &mut out);
        assert!(out.contains("A\tنوري المالكي\tIRQGOV"), "{out}");
        assert!(out.contains("A\tوزاره دفاع اميركي\tUSAGOV"), "{out}");
        // a code switched off until 2200 codes nothing
        assert!(!out.contains("LBNGOVMED"), "{out}");
        // a phrase entered several times takes its most frequent code, the shorter on a tie
        let text = "رئيس_حكومة_  [DZAJUDHRI]\nرئيس_حكومة_\n\t[GOV 20030503-20130803]\nرئيس_حكومة_   [GOV]\nحكومة_بريطاني_  [GBRGOVHRI]\nحكومة_بريطاني_  [GBRGOV]\n";
        let mut out = String::new();
        actor_dictionary(text, &mut out);
        assert_eq!(out, "A\tرييس حكومه\tGOV\nA\tحكومه بريطاني\tGBRGOV\n");
    }

    #[test]
    fn surnames_of_dated_people_only_when_unused_elsewhere() {
        let dict = "أيمن_الظواهري_\n\t[IMGREB > 19691231]\nجبهة_وطني_\n\t[DZAPTY >19541101]\nعلي_صالح_\n\t[YEMGOV 1990-2012]\n";
        let model = "A\tصالح\tYEM\nN\tوطني\tDZA\n";
        let names: BTreeSet<String> = ["ايمن", "علي"].map(String::from).into();
        let s = surnames(dict, model, &names);
        assert!(surnames(dict, model, &BTreeSet::new()).is_empty());
        assert!(s.contains("S\tالظواهري\tIMG"), "{s}");
        assert!(!s.contains("وطني"), "{s}");
        // a first name does not make a nisba a surname
        let with_head: BTreeSet<String> = ["جبهه"].map(String::from).into();
        assert!(surnames(dict, model, &with_head).is_empty());
        assert!(!s.contains("صالح"), "{s}");
    }

    #[test]
    fn repairs_glued_code_line() {
        let mut out = String::new();
        cameo_codes(
            "H\tD\n1056\tDe-escalate106:[-5.0] Demand withdrawal\n",
            &mut out,
        );
        assert!(out.contains("C\t1056\t"), "{out}");
        assert!(out.contains("C\t106\t"), "{out}");
    }

    #[test]
    fn capitals_and_marked_city_names() {
        let text = "h\n1\tAmman\tAmman\tJO\t16\t1\tPPLC\t1\t0\t0\tامان|عمان|عمّان\n2\tSur\tSur\tOM\t1\t1\tPPL\t0\t0\t0\tصور\n";
        let cc = vec![
            ("JO".to_string(), "JOR".to_string()),
            ("OM".to_string(), "OMN".to_string()),
        ];
        let mut out = String::new();
        cities(text, &cc, 1, &mut out);
        assert!(out.contains("D\tعم\u{0651}ان\tJOR"), "{out}");
        assert!(out.contains("K\tعمان\tJOR"), "{out}");
        assert!(!out.contains("صور"), "{out}");
    }

    #[test]
    fn nisba_of_qualified_country_names() {
        assert_eq!(
            qualified_nisba("كوريا الشماليه").as_deref(),
            Some("كوري شمالي")
        );
        assert_eq!(qualified_nisba("جنوب افريقيا"), None);
        assert_eq!(qualified_nisba("العراق"), None);
    }

    #[test]
    fn nisba_of_country_names() {
        assert_eq!(nisba("العراق").as_deref(), Some("عراقي"));
        assert_eq!(nisba("سوريا").as_deref(), Some("سوري"));
        assert_eq!(nisba("باكستان").as_deref(), Some("باكستاني"));
        assert_eq!(stan_nisba("افغانستان").as_deref(), Some("افغاني"));
        assert_eq!(stan_nisba("باكستان"), None);
    }
}
