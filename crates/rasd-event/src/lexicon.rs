//! The runtime lexicon: the derived model text parsed once into lookup tables.

use crate::core::{Kind, CORE};
use crate::norm::candidates;
use std::collections::HashMap;

/// Roots whose dictionary-only triggers are kept (and gated by the sentence classifier); the
/// dictionary's other verb entries are too noisy to code on their own.
pub const CLASSIFIED_ROOTS: [&str; 3] = ["18", "19", "20"];

/// Priority of actor kinds when phrases of equal length match.
fn kind_rank(kind: &str) -> u8 {
    match kind {
        "actor" => 5,
        "country" => 4,
        "nisba" => 3,
        "city" => 2,
        _ => 1,
    }
}

/// Agent codes (a dictionary entry with only such a code is a generic agent noun).
pub const AGENTS: [&str; 18] = [
    "GOV", "MIL", "COP", "OPP", "REB", "CVL", "BUS", "MED", "EDU", "JUD", "LEG", "REF", "SPY",
    "UAF", "LAB", "HLH", "ELI", "CRM",
];

/// A trigger entry: CAMEO code and behaviour.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// CAMEO event code (2-4 digits).
    pub code: String,
    /// Event, support verb or reporting verb.
    pub kind: Kind,
    /// Whether it comes from the curated core list (else from the UniversalPetrarch dictionary).
    pub core: bool,
}

/// What an actor phrase resolves to.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    /// Keys of the phrase's words.
    pub keys: Vec<String>,
    /// CAMEO actor code (`USAGOV`, `IGO`), ISO3 country, or agent (`MIL`).
    pub code: String,
    /// `actor`, `agent`, `country`, `city`, `nisba` or `surname` (a dictionary person's last
    /// name read alone).
    pub kind: &'static str,
    /// The name is written with the article (العراق), which `keys` drop.
    pub article: bool,
}

/// PLOVER category, mode and context of a CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct Plover {
    /// PLOVER event category.
    pub event: String,
    /// PLOVER mode (may be empty).
    pub mode: String,
    /// PLOVER context (may be empty).
    pub context: String,
}

/// All lookup tables of the model.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// CAMEO code -> description.
    pub codes: HashMap<String, String>,
    /// CAMEO code -> PLOVER.
    pub plover: HashMap<String, Plover>,
    /// Stem key -> trigger.
    pub triggers: HashMap<String, Trigger>,
    /// Verb key -> (object key, code) patterns.
    pub patterns: HashMap<String, Vec<(String, String)>>,
    /// First word key -> actor phrases starting with it.
    pub actors: HashMap<String, Vec<ActorEntry>>,
    /// Classifier weights: task -> feature -> weight; the bias is feature `<bias>`.
    pub weights: HashMap<String, HashMap<String, f32>>,
    /// ISO-3 codes of the country list.
    pub countries: std::collections::HashSet<String>,
    /// Shadda-marked city spelling (`norm::marked_key`) -> ISO-3 (عمّان -> JOR).
    pub marked: HashMap<String, String>,
    /// Capital city key -> ISO-3, read after العاصمة (العاصمة عمان -> JOR).
    pub capitals: HashMap<String, String>,
    /// Keys of the curated names written with the article (القاعدة): without it they are
    /// common nouns (قاعدة: a base).
    pub definite_names: std::collections::HashSet<Vec<String>>,
}

/// A one-word dictionary actor with a country code that heads this many longer actor
/// phrases is a common noun (منظمة, مدينة), not a name.
const GENERIC_HEAD_USES: usize = 10;
/// ... or that is a later word of this many longer phrases and never heads one (الطاقة in
/// وزارة الطاقة); names (دبي, بري) fall below it.
const GENERIC_TAIL_USES: usize = 15;

impl Lexicon {
    /// Parses the model text (see `build::dictionaries` and `classify::write_weights`).
    pub fn parse(text: &str) -> Lexicon {
        let mut lx = Lexicon::default();
        for (k, code) in crate::core::ACTORS {
            lx.add_actor(k, code, "actor");
            if k.starts_with("ال") {
                lx.definite_names.insert(entry_keys(k, "actor"));
            }
        }
        for (name, code) in people() {
            lx.add_actor(&name, code, "actor");
        }
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            lx.parse_line(&f);
        }
        lx.drop_generic_actors();
        lx.align_with_curated();
        for (k, code, kind) in CORE {
            let t = Trigger {
                code: code.to_string(),
                kind: *kind,
                core: true,
            };
            lx.triggers.insert(k.to_string(), t);
        }
        lx
    }

    fn parse_line(&mut self, f: &[&str]) {
        match (f.first().copied(), f.len()) {
            (Some("C"), 3) => {
                self.codes.insert(f[1].into(), f[2].into());
            }
            (Some("M"), 5) => {
                let p = Plover {
                    event: f[2].into(),
                    mode: f[3].into(),
                    context: f[4].into(),
                };
                self.plover.insert(f[1].into(), p);
            }
            (Some("V"), 3) if CLASSIFIED_ROOTS.contains(&f[2].get(..2).unwrap_or("")) => {
                let t = Trigger {
                    code: f[2].into(),
                    kind: Kind::Event,
                    core: false,
                };
                self.triggers.entry(f[1].into()).or_insert(t);
            }
            (Some("P"), 4) => {
                self.patterns
                    .entry(f[1].into())
                    .or_default()
                    .push((f[2].into(), f[3].into()));
            }
            (Some("A"), 3) => self.add_actor(f[1], f[2], "actor"),
            (Some("S"), 3) => self.add_actor(f[1], f[2], "surname"),
            (Some("G"), 3) => self.add_actor(f[1], f[2], "agent"),
            (Some("N"), 3) => self.add_actor(f[1], f[2], "nisba"),
            (Some("L"), 4) if f[3] == "country" => {
                self.countries.insert(f[2].into());
                self.add_actor(f[1], f[2], "country");
            }
            (Some("L"), 4) => self.add_actor(f[1], f[2], "city"),
            (Some("D"), 3) => {
                self.marked.insert(f[1].into(), f[2].into());
            }
            (Some("K"), 3) => {
                self.capitals
                    .entry(f[1].into())
                    .or_insert_with(|| f[2].into());
            }
            (Some("W"), 4) => {
                let w = f[3].parse().unwrap_or(0.0);
                self.weights
                    .entry(f[1].into())
                    .or_default()
                    .insert(f[2].into(), w);
            }
            _ => {}
        }
    }

    fn add_actor(&mut self, keys: &str, code: &str, kind: &'static str) {
        // the dictionaries' noise (`NOT_ACTORS`) is no actor, agent or town; countries, nisbas
        // and surnames are curated
        let noise = matches!(kind, "actor" | "agent" | "city");
        if noise && crate::core::NOT_ACTORS.contains(&keys) {
            return;
        }
        let article = keys.starts_with("ال");
        let keys = entry_keys(keys, kind);
        let kind = if kind == "actor" && AGENTS.contains(&code) {
            "agent"
        } else {
            kind
        };
        let first = keys[0].clone();
        let list = self.actors.entry(first).or_default();
        if !list.iter().any(|a| a.keys == keys && a.kind == kind) {
            list.push(ActorEntry {
                keys,
                code: code.into(),
                kind,
                article,
            });
        }
    }

    /// Drops one-word dictionary actors with a country code that are common nouns (see
    /// `GENERIC_HEAD_USES`, nisba adjectives excepted) or that contradict the gazetteer's nisba
    /// (مصري coded DEU while the nisba says EGY).
    fn drop_generic_actors(&mut self) {
        let mut heads: HashMap<String, usize> = HashMap::new();
        let mut tails: HashMap<String, usize> = HashMap::new();
        for e in self.actors.values().flatten().filter(|e| e.keys.len() > 1) {
            *heads.entry(e.keys[0].clone()).or_default() += 1;
            for k in &e.keys[1..] {
                *tails.entry(k.clone()).or_default() += 1;
            }
        }
        let drop: Vec<String> = self
            .actors
            .iter()
            .filter(|(first, list)| {
                let h = heads.get(*first).copied().unwrap_or(0);
                let t = tails.get(*first).copied().unwrap_or(0);
                let generic = !first.ends_with('ي')
                    && (h >= GENERIC_HEAD_USES || (h == 0 && t >= GENERIC_TAIL_USES));
                let nisba: Vec<&str> = list
                    .iter()
                    .filter(|e| e.kind == "nisba" && e.keys.len() == 1)
                    .map(|e| e.code.as_str())
                    .collect();
                list.iter().any(|e| {
                    let clash = !nisba.is_empty() && !nisba.iter().any(|n| e.code.starts_with(n));
                    e.kind == "actor"
                        && e.keys.len() == 1
                        && self.has_country_prefix(&e.code)
                        && (generic || clash)
                })
            })
            .map(|(first, _)| first.clone())
            .collect();
        for first in drop {
            if let Some(list) = self.actors.get_mut(&first) {
                list.retain(|e| e.keys.len() > 1 || e.kind != "actor");
            }
        }
    }

    /// A dictionary phrase ending in a curated actor's name (حركة طالبان, مقاتلو طالبان) names
    /// that actor: it takes the curated code where its own country part differs, so one actor
    /// keeps one code however it is introduced.
    fn align_with_curated(&mut self) {
        for (k, code) in crate::core::ACTORS {
            let name = entry_keys(k, "actor");
            let longer = self.actors.values_mut().flatten().filter(|e| {
                e.kind == "actor" && e.keys.len() > name.len() && e.keys.ends_with(&name)
            });
            for e in longer.filter(|e| e.code.get(..3) != code.get(..3)) {
                e.code = code.to_string();
            }
        }
    }

    fn has_country_prefix(&self, code: &str) -> bool {
        code.get(..3).is_some_and(|p| self.is_country_level(p))
    }

    /// Whether a 3-letter code is a country-level actor code (ISO-3 or IGO/IMG/NGO/KUR).
    pub fn is_country_level(&self, code: &str) -> bool {
        self.countries.contains(code) || matches!(code, "IGO" | "IMG" | "NGO" | "KUR")
    }

    /// The trigger of a token key: the first light-stem candidate found in the lexicon.
    pub fn trigger(&self, key: &str) -> Option<(&Trigger, String)> {
        candidates(key)
            .into_iter()
            .find_map(|c| self.triggers.get(&c).map(|t| (t, c)))
    }

    /// Whether `text` is a country's own name (روسيا, الولايات المتحدة, لبنان), not a city,
    /// a region or a nisba of it: each word, without a leading و or ل and the article, is a word
    /// of a country entry, all of it.
    pub fn is_country_name(&self, text: &str) -> bool {
        let keys: Vec<String> = text
            .split_whitespace()
            .enumerate()
            .map(|(i, w)| {
                let k = crate::norm::match_key(w);
                let k = if i == 0 {
                    k.trim_start_matches(['و', 'ف', 'ب', 'ل']).to_string()
                } else {
                    k
                };
                entry_keys(&k, "country").remove(0)
            })
            .collect();
        let Some(first) = keys.first() else {
            return false;
        };
        self.actors
            .get(first)
            .is_some_and(|l| l.iter().any(|e| e.kind == "country" && e.keys == keys))
    }

    /// Whether `keys` are a country's name only ever written without the article (مالي, لبنان,
    /// not العراق).
    pub fn bare_country(&self, keys: &[String]) -> bool {
        let Some(first) = keys.first() else {
            return false;
        };
        let names: Vec<&ActorEntry> = self
            .actors
            .get(first)
            .into_iter()
            .flatten()
            .filter(|e| e.kind == "country" && e.keys == keys)
            .collect();
        !names.is_empty() && names.iter().all(|e| !e.article)
    }

    /// Whether `keys` are a city's name written without the article (سيول, Seoul); city keys
    /// keep their article, so السيول is no such name.
    pub fn bare_city(&self, keys: &[String]) -> bool {
        let entries = keys.first().and_then(|k| self.actors.get(k));
        entries.is_some_and(|l| l.iter().any(|e| e.kind == "city" && e.keys == keys))
    }

    /// Whether the keys are exactly a name of this kind (`city`: أتلانتا, `country`: الكويت),
    /// whatever other entries share the words.
    pub fn names_kind(&self, keys: &[String], kind: &str) -> bool {
        let Some(first) = keys.first() else {
            return false;
        };
        let mut following = Vec::new();
        candidates(first).iter().any(|c| {
            self.actors.get(c).into_iter().flatten().any(|e| {
                e.kind == kind
                    && e.keys.len() == keys.len()
                    && phrase_matches(&e.keys[1..], &keys[1..], &mut following)
            })
        })
    }

    /// Longest actor phrase starting at `tokens[i]` (token keys); returns (entry, length).
    pub fn actor_at(&self, keys: &[String], i: usize) -> Option<(&ActorEntry, usize)> {
        let mut best: Option<(&ActorEntry, usize)> = None;
        let mut following = Vec::new();
        // a one-word name takes no feminine plural: الصدامات (clashes) is no صدام
        let plural_base = keys[i].strip_suffix("ات");
        for c in candidates(&keys[i]) {
            let suffixed = plural_base.is_some_and(|b| b.ends_with(c.as_str()));
            // a one-word name of a country's actor takes no suffix either (مصرة "insistent" is no
            // مصر, مأربهم no مأرب, الرياضة "sport" no الرياض), unless it is a nisba's (سعودية,
            // سعوديين); a sector noun does (حزبه: his party)
            let altered = !keys[i].ends_with(c.as_str()) && !c.ends_with('ي');
            for e in self.actors.get(&c).into_iter().flatten() {
                let n = e.keys.len();
                let name = altered && self.has_country_prefix(&e.code);
                if (suffixed || name) && n == 1 && !matches!(e.kind, "agent" | "nisba") {
                    continue;
                }
                let better = best.is_none_or(|(b, bn)| {
                    n > bn || (n == bn && kind_rank(e.kind) > kind_rank(b.kind))
                });
                // a curated name written with the article (القاعدة) is a common noun without it
                let bare = self.definite_names.contains(&e.keys) && !is_definite(&keys[i]);
                if better && !bare && phrase_matches(&e.keys[1..], &keys[i + 1..], &mut following) {
                    best = Some((e, n));
                }
            }
        }
        best
    }
}

/// Whether a word key carries the article, alone or after clitics (القاعده, والقاعده, للقاعده,
/// بالقاعده).
fn is_definite(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let k = k.strip_prefix(['ب', 'ك']).unwrap_or(k);
    k.starts_with("ال") || k.starts_with("لل")
}

/// The stored keys of a phrase: its words, each without the article (except in city names,
/// where it is part of the name: القاهرة).
/// The curated public figures (`data/people.tsv`): (match key, CAMEO actor code).
fn people() -> impl Iterator<Item = (String, &'static str)> {
    include_str!("../data/people.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(name, code)| (crate::norm::match_key(name), code.trim()))
}

fn entry_keys(phrase: &str, kind: &str) -> Vec<String> {
    phrase
        .split(' ')
        .map(|w| match kind {
            "city" => w.to_string(),
            _ => w
                .strip_prefix("ال")
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(w)
                .to_string(),
        })
        .collect()
}

/// Whether every word of `rest` is a stemming candidate of the key at the same place of
/// `keys`; `following[j]` caches the candidates of `keys[j]` across the entries tried.
fn phrase_matches(rest: &[String], keys: &[String], following: &mut Vec<Vec<String>>) -> bool {
    if rest.len() > keys.len() {
        return false;
    }
    for (j, r) in rest.iter().enumerate() {
        while following.len() <= j {
            following.push(candidates(&keys[following.len()]));
        }
        if !following[j].contains(r) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_written_with_the_article_needs_it() {
        let lx = Lexicon::parse("");
        let code = |w: &str| {
            lx.actor_at(&[w.to_string()], 0)
                .map(|(e, _)| e.code.clone())
        };
        assert_eq!(code("القاعده").as_deref(), Some("IMGMUS"));
        assert_eq!(code("وللقاعده").as_deref(), Some("IMGMUS"));
        assert_eq!(code("بالقاعده").as_deref(), Some("IMGMUS"));
        // قاعدة عسكرية: a base
        assert_eq!(code("قاعده"), None);
    }

    #[test]
    fn curated_public_figures_are_coded() {
        let lx = Lexicon::parse("A\tروحاني\tIRN\n");
        let code = |words: &[&str]| {
            let keys: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            lx.actor_at(&keys, 0).map(|(e, _)| e.code.clone())
        };
        assert_eq!(code(&["ترامب"]).as_deref(), Some("USAGOV"));
        assert_eq!(code(&["كيم", "جونغ", "اون"]).as_deref(), Some("PRKGOV"));
        // the curated code stands before the dictionary's
        assert_eq!(code(&["روحاني"]).as_deref(), Some("IRNGOV"));
    }

    #[test]
    fn phrases_built_on_a_curated_actor_take_its_code() {
        let lx = Lexicon::parse("A\tحركه طالبان\tAFGREB\nA\tحركه عدل مساواه\tSDNREB\n");
        let code = |words: &[&str]| {
            let keys: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            lx.actor_at(&keys, 0).unwrap().0.code.clone()
        };
        assert_eq!(code(&["حركه", "طالبان"]), "IMGMUSTAL");
        assert_eq!(code(&["طالبان"]), "IMGMUSTAL");
        // phrases on names the curated table does not hold keep their dictionary code
        assert_eq!(code(&["حركه", "عدل", "مساواه"]), "SDNREB");
    }

    #[test]
    fn core_overrides_dictionary_and_phrases_match_longest() {
        let lx = Lexicon::parse(
            "V\tاجتماع\t010\nA\tمجلس امن دولي\tIGO\nA\tمجلس\tLEG\nL\tكويت\tKWT\tcountry\n",
        );
        assert_eq!(lx.trigger("اجتماعا").unwrap().0.code, "040");
        let keys: Vec<String> = ["مجلس", "الامن", "الدولي"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // the curated actor (core.rs: the Security Council is the UN's) over the dictionary's
        // three words, and both over the one-word مجلس
        let (e, n) = lx.actor_at(&keys, 0).unwrap();
        assert_eq!((e.code.as_str(), n), ("IGOUNO", 3));
        let keys = vec!["الكويت".to_string()];
        assert_eq!(lx.actor_at(&keys, 0).unwrap().0.kind, "country");
        assert!(lx.names_kind(&keys, "country"));
        assert!(!lx.names_kind(&keys, "city"));
        assert!(!lx.names_kind(&["مجلس".to_string()], "country"));
    }

    #[test]
    fn a_one_word_name_takes_no_feminine_plural() {
        // الصدامات (clashes) is no صدام, but the name itself still matches
        let lx = crate::Coder::embedded().lexicon();
        let keys = |w: &str| vec![crate::norm::match_key(w)];
        assert!(lx.actor_at(&keys("الصدامات"), 0).is_none());
        assert!(lx.actor_at(&keys("صدام"), 0).is_some());
    }

    #[test]
    fn the_strip_takes_the_article_and_a_sector_is_no_actor() {
        let lx = crate::Coder::embedded().lexicon();
        let keys = |w: &str| w.split(' ').map(crate::norm::match_key).collect::<Vec<_>>();
        assert_eq!(lx.actor_at(&keys("القطاع"), 0).unwrap().0.code, "PSE");
        assert!(lx.actor_at(&keys("قطاع البترول"), 0).is_none());
        assert_eq!(lx.actor_at(&keys("قطاع غزة"), 0).unwrap().0.code, "PSE");
    }

    #[test]
    fn dictionary_noise_is_no_actor() {
        let lx = crate::Coder::embedded().lexicon();
        let keys = |w: &str| vec![w.to_string()];
        // أفضل "better" (USAGOV), صورة "picture" (LBN), وجيزة "brief" (Giza), البيان (بي, MIL)
        for w in ["افضل", "صوره", "وجيزه", "البيان", "ارهاب"] {
            assert!(lx.actor_at(&keys(w), 0).is_none(), "{w}");
        }
        assert!(lx.actor_at(&keys("سوريا"), 0).is_some());
    }
}
