//! Gazetteers: multi-word name lists matched over clitic-stripped match keys.
//!
//! Built at training time from `../shared/data/gazetteers` (ANERGazet, countries, GeoNames
//! cities, Arabic first/last names) plus the curated lists in `crates/rasd-ner/data/`, and
//! stored inside the model file, so the runtime reads no external file.

use crate::fxhash::FxHashMap;
use std::path::Path;

/// Gazetteer classes; each is one bit pair (begin / inside) in a token's match mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GazType {
    /// Places: countries, cities, regions.
    Loc,
    /// Full person names.
    Per,
    /// Organisations.
    Org,
    /// Given names.
    First,
    /// Family names.
    Last,
}

impl GazType {
    /// All classes, in bit order.
    pub const ALL: [GazType; 5] = [
        GazType::Loc,
        GazType::Per,
        GazType::Org,
        GazType::First,
        GazType::Last,
    ];

    /// Short name used in the model file and in feature strings.
    pub fn name(self) -> &'static str {
        match self {
            GazType::Loc => "LOC",
            GazType::Per => "PER",
            GazType::Org => "ORG",
            GazType::First => "FIRST",
            GazType::Last => "LAST",
        }
    }

    /// Parses [`GazType::name`].
    pub fn parse(s: &str) -> Option<GazType> {
        GazType::ALL.into_iter().find(|t| t.name() == s)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// Longest entry, in tokens, that the matcher looks for.
pub const MAX_TOKENS: usize = 6;

/// Per-token gazetteer match: `begin` and `inside` hold one [`GazType`] bit each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GazMark {
    /// Classes of a match starting at this token.
    pub begin: u8,
    /// Classes of a match covering this token but starting earlier.
    pub inside: u8,
    /// Classes of a match ending at this token.
    pub end: u8,
}

impl GazMark {
    /// True when a match of `t` starts here.
    pub fn begins(&self, t: GazType) -> bool {
        self.begin & t.bit() != 0
    }
    /// True when a match of `t` covers this token after its first token.
    pub fn inside(&self, t: GazType) -> bool {
        self.inside & t.bit() != 0
    }
    /// True when a match of `t` ends here.
    pub fn ends(&self, t: GazType) -> bool {
        self.end & t.bit() != 0
    }
}

/// The name lists, keyed by space-joined token match keys.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    names: FxHashMap<String, u8>,
    /// First token → longest entry length starting with it.
    first: FxHashMap<String, usize>,
}

/// Match-key tokens of a name (whitespace split, `rasd_text::match_key`, empty dropped).
pub fn name_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '_')
        .map(rasd_text::match_key)
        .filter(|t| !t.is_empty())
        .collect()
}

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Adds a name (written in any form; it is tokenised and keyed).
    pub fn add(&mut self, t: GazType, name: &str) {
        let toks = name_tokens(name);
        if toks.is_empty() || toks.len() > MAX_TOKENS {
            return;
        }
        let max = self.first.entry(toks[0].clone()).or_insert(0);
        *max = (*max).max(toks.len());
        *self.names.entry(toks.join(" ")).or_insert(0) |= t.bit();
    }

    /// Number of distinct names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The classes of an exact (space-joined, keyed) name.
    pub fn lookup(&self, key: &str) -> Vec<GazType> {
        let m = self.mask(key);
        GazType::ALL
            .into_iter()
            .filter(|t| m & t.bit() != 0)
            .collect()
    }

    /// The classes of an exact name as a bit mask (bit `t as u8` for class `t`).
    pub fn mask(&self, key: &str) -> u8 {
        self.names.get(key).copied().unwrap_or(0)
    }

    /// True when the one-word entry `key` is of class `t`.
    pub fn has(&self, key: &str, t: GazType) -> bool {
        self.mask(key) & t.bit() != 0
    }

    /// Marks every token of `keys` covered by the longest match of each class at each start.
    pub fn annotate<S: AsRef<str>>(&self, keys: &[S]) -> Vec<GazMark> {
        let mut marks = vec![GazMark::default(); keys.len()];
        let mut buf = String::new();
        for i in 0..keys.len() {
            let Some(&max) = self.first.get(keys[i].as_ref()) else {
                continue;
            };
            let mut seen = 0u8;
            let longest = max.min(keys.len() - i);
            for len in (1..=longest).rev() {
                buf.clear();
                for (j, k) in keys[i..i + len].iter().enumerate() {
                    if j > 0 {
                        buf.push(' ');
                    }
                    buf.push_str(k.as_ref());
                }
                let Some(&m) = self.names.get(buf.as_str()) else {
                    continue;
                };
                let new = m & !seen;
                seen |= m;
                marks[i].begin |= new;
                marks[i + len - 1].end |= new;
                for mk in &mut marks[i + 1..i + len] {
                    mk.inside |= new;
                }
            }
        }
        marks
    }

    /// Serialises as lines `TYPE \t name` (sorted).
    pub fn to_text(&self) -> String {
        let mut rows = Vec::new();
        for (name, m) in &self.names {
            for t in GazType::ALL {
                if m & t.bit() != 0 {
                    rows.push(format!("{}\t{name}\n", t.name()));
                }
            }
        }
        rows.sort();
        rows.concat()
    }

    /// Reads [`Gazetteer::to_text`] (or any `TYPE \t name` lines; `#` comments skipped).
    pub fn from_text(text: &str) -> Gazetteer {
        let mut g = Gazetteer::new();
        g.add_lines(text);
        g
    }

    /// Adds `TYPE \t name` lines (`#` comments and unknown types skipped).
    pub fn add_lines(&mut self, text: &str) {
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((t, name)) = line.split_once('\t') {
                if let Some(t) = GazType::parse(t.trim()) {
                    self.add(t, name.trim());
                }
            }
        }
    }

    /// Builds the gazetteer from `data_dir/gazetteers` (see PROVENANCE.md there).
    pub fn from_shared(data_dir: &Path) -> std::io::Result<Gazetteer> {
        let g = data_dir.join("gazetteers");
        let mut gz = Gazetteer::new();
        let read = |p: &str| std::fs::read_to_string(g.join(p));
        gz.add_list(GazType::Loc, &read("anergazet/AlignedLocGazetteer.txt")?);
        gz.add_list(GazType::Org, &read("anergazet/AlignedOrgGazetteer.txt")?);
        gz.add_list(GazType::Per, &read("anergazet/AlignedPersGazetteer.txt")?);
        gz.add_list(
            GazType::First,
            &read("arabic-names/male-first--names-in-arabic.txt")?,
        );
        gz.add_list(
            GazType::First,
            &read("arabic-names/female-first-names-in-arabic.txt")?,
        );
        gz.add_list(
            GazType::Last,
            &read("arabic-names/last-names-in-arabic.txt")?,
        );
        gz.add_list(GazType::Per, &read("arabic-names/400-Arabic-Names.txt")?);
        gz.add_countries(&read("countries/countries_ar.tsv")?);
        gz.add_cities(&read(
            "geonames-cities15000/cities15000_arabic_script_names.tsv",
        )?);
        Ok(gz)
    }

    /// One name per line; separator lines (`====`, `****`, `*`) skipped.
    fn add_list(&mut self, t: GazType, text: &str) {
        for line in text.lines() {
            let l = line.trim().trim_start_matches('\u{feff}');
            if l.is_empty() || l.chars().all(|c| c == '=' || c == '*') {
                continue;
            }
            self.add(t, l);
        }
    }

    /// countries_ar.tsv: columns 5 and 6 are the Arabic common and official names.
    fn add_countries(&mut self, text: &str) {
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            for c in cols.iter().skip(5).take(2) {
                self.add(GazType::Loc, c);
            }
        }
    }

    /// GeoNames: column 10 holds `|`-separated Arabic names.
    fn add_cities(&mut self, text: &str) {
        for line in text.lines().skip(1) {
            if let Some(names) = line.split('\t').nth(10) {
                for n in names.split('|').filter(|n| !n.is_empty()) {
                    self.add(GazType::Loc, n);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_match_per_class_and_round_trip() {
        let mut g = Gazetteer::new();
        g.add(GazType::Loc, "الولايات المتحدة");
        g.add(GazType::Loc, "الولايات المتحدة الأميركية");
        g.add(GazType::First, "آشتون");
        let keys: Vec<String> = name_tokens("قال آشتون في الولايات المتحدة الاميركية");
        let m = g.annotate(&keys);
        assert!(m[1].begins(GazType::First) && m[1].ends(GazType::First));
        assert!(m[3].begins(GazType::Loc));
        assert!(m[4].inside(GazType::Loc) && m[5].inside(GazType::Loc));
        assert!(m[5].ends(GazType::Loc) && !m[4].ends(GazType::Loc));
        assert!(!m[0].begins(GazType::Loc));
        let back = Gazetteer::from_text(&g.to_text());
        assert_eq!(back.len(), 3);
        assert_eq!(back.lookup("اشتون"), vec![GazType::First]);
    }

    #[test]
    fn builds_from_shared_data() {
        let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
        let g = Gazetteer::from_shared(dir).unwrap();
        assert!(g.len() > 10_000, "{}", g.len());
        assert!(g.lookup("بروكسل").contains(&GazType::Loc));
        assert!(g.lookup("الكويت").contains(&GazType::Loc));
    }
}
