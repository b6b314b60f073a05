//! In-document grouping of mentions into entities.
//!
//! Mentions join one group when (1) their grouping keys are equal (match key, each word's
//! article dropped: `الناتو` = `ناتو`); (2) they are in one set of the curated alias table
//! (`data/aliases.txt`: ناتو = الحلف الأطلسي = حلف شمال الأطلسي; داعش = تنظيم الدولة الإسلامية);
//! (3) the recogniser links them (an acronym in parentheses or quotes right after a name, a
//! head-noun short form like التنظيم); (4) a person mention is the final words of a longer
//! person name in the document (كارتر → آشتون كارتر). The group takes the alias table's
//! type when it has one, else its mentions' majority type.

use crate::entities::{EntityGroup, EntityType, Mention};
use std::collections::HashMap;

/// The curated alias table shipped with the crate.
pub const ALIASES_TXT: &str = include_str!("../data/aliases.txt");

/// Alias sets keyed by grouping key.
#[derive(Debug, Clone, Default)]
pub struct Aliases {
    map: HashMap<String, (usize, EntityType)>,
}

/// The grouping key: match key with each word's leading article removed.
pub fn group_key(key: &str) -> String {
    let words: Vec<&str> = key
        .split_whitespace()
        .map(|w| match w.strip_prefix("ال") {
            Some(r) if r.chars().count() >= 2 => r,
            _ => w,
        })
        .collect();
    words.join(" ")
}

impl Aliases {
    /// The embedded curated table.
    pub fn embedded() -> Aliases {
        Aliases::from_text(ALIASES_TXT)
    }

    /// Reads `TYPE \t name|name|...` lines.
    pub fn from_text(text: &str) -> Aliases {
        let mut map = HashMap::new();
        for (id, line) in text.lines().filter(|l| !l.starts_with('#')).enumerate() {
            let Some((ty, names)) = line.split_once('\t') else {
                continue;
            };
            let Some(ty) = EntityType::parse(ty.trim()) else {
                continue;
            };
            for n in names.split('|') {
                let k = group_key(&rasd_text::match_key(n.trim()));
                if !k.is_empty() {
                    map.insert(k, (id, ty));
                }
            }
        }
        Aliases { map }
    }

    /// The alias set and type of a grouping key.
    pub fn get(&self, gkey: &str) -> Option<(usize, EntityType)> {
        self.map.get(gkey).copied()
    }
}

fn find(p: &mut [usize], mut i: usize) -> usize {
    while p[i] != i {
        p[i] = p[p[i]];
        i = p[i];
    }
    i
}

fn union(p: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(p, a), find(p, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        p[hi] = lo;
    }
}

/// Groups `mentions` (setting each `group` field); `links` are mention pairs known to corefer.
pub fn group(
    mentions: &mut [Mention],
    links: &[(usize, usize)],
    aliases: &Aliases,
) -> Vec<EntityGroup> {
    let n = mentions.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let gkeys: Vec<String> = mentions.iter().map(|m| group_key(&m.key)).collect();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, k) in gkeys.iter().enumerate() {
        let alias = aliases.get(k).map(|(id, _)| format!("\u{1}{id}"));
        let k = alias.unwrap_or_else(|| k.clone());
        match by_key.get(&k) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert(k, i);
            }
        }
    }
    for &(a, b) in links {
        union(&mut parent, a, b);
    }
    link_family_names(mentions, &gkeys, &mut parent);
    link_shortened_orgs(mentions, &gkeys, &mut parent);
    build_groups(mentions, &gkeys, &mut parent, aliases)
}

/// Person mentions that are the last words of a longer person name join its group.
fn link_family_names(mentions: &[Mention], gkeys: &[String], parent: &mut [usize]) {
    for i in 0..mentions.len() {
        if mentions[i].etype != EntityType::PER {
            continue;
        }
        let short = &gkeys[i];
        let mut best: Option<usize> = None;
        for j in 0..mentions.len() {
            let long = &gkeys[j];
            let is_suffix = long.len() > short.len()
                && long.ends_with(short.as_str())
                && long.as_bytes()[long.len() - short.len() - 1] == b' ';
            if mentions[j].etype == EntityType::PER && is_suffix {
                // Prefer the nearest preceding full name, else the first following one.
                if best.is_none() || j < i {
                    best = Some(j);
                }
            }
        }
        if let Some(j) = best {
            union(parent, i, j);
        }
    }
}

/// An organisation mention of two or more words, or a definite head noun (الجهاز), that begins
/// a longer organisation name in the document (البنك المركزي → البنك المركزي المصري, الجهاز →
/// جهاز الأمن الوقائي) joins it when that name is unique.
fn link_shortened_orgs(mentions: &[Mention], gkeys: &[String], parent: &mut [usize]) {
    let org = |i: usize| mentions[i].etype == EntityType::ORG;
    // plural collectives (القوات, السلطات, الدول) name any forces, not one body's short form
    let collective = |i: usize| matches!(gkeys[i].as_str(), "قوات" | "سلطات" | "دول");
    let short =
        |i: usize| gkeys[i].contains(' ') || (mentions[i].text.starts_with("ال") && !collective(i));
    for i in (0..mentions.len()).filter(|&i| org(i) && short(i)) {
        let short = &gkeys[i];
        let longer: Vec<usize> = (0..mentions.len())
            .filter(|&j| {
                let long = &gkeys[j];
                org(j)
                    && long.len() > short.len()
                    && long.starts_with(short.as_str())
                    && long.as_bytes()[short.len()] == b' '
            })
            .collect();
        let distinct: std::collections::BTreeSet<&str> =
            longer.iter().map(|&j| gkeys[j].as_str()).collect();
        if distinct.len() == 1 {
            union(parent, i, longer[0]);
        }
    }
}

fn build_groups(
    mentions: &mut [Mention],
    gkeys: &[String],
    parent: &mut [usize],
    aliases: &Aliases,
) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut root_to_group: HashMap<usize, usize> = HashMap::new();
    for (i, mention) in mentions.iter_mut().enumerate() {
        let r = find(parent, i);
        let g = *root_to_group.entry(r).or_insert_with(|| {
            groups.push(EntityGroup {
                id: groups.len(),
                etype: mention.etype,
                name: String::new(),
                names: Vec::new(),
                mentions: Vec::new(),
                role: None,
            });
            groups.len() - 1
        });
        mention.group = g;
        groups[g].mentions.push(i);
    }
    for g in &mut groups {
        let mut votes: HashMap<EntityType, usize> = HashMap::new();
        let mut alias_type = None;
        let mut seen = Vec::new();
        for &m in &g.mentions {
            let mn = &mentions[m];
            *votes.entry(mn.etype).or_default() += 1;
            alias_type = alias_type.or(aliases.get(&gkeys[m]).map(|(_, t)| t));
            if !seen.contains(&mn.key) {
                seen.push(mn.key.clone());
                g.names.push(mn.name.clone());
            }
            if g.role.is_none() {
                g.role.clone_from(&mn.role_text);
            }
            if mn.name.chars().count() > g.name.chars().count() {
                g.name.clone_from(&mn.name);
            }
        }
        let majority = votes
            .iter()
            .max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t)))
            .map(|(t, _)| *t);
        g.etype = alias_type.or(majority).unwrap_or(g.etype);
    }
    // Mentions take their group's type so that the layer is consistent.
    for m in mentions.iter_mut() {
        m.etype = groups[m.group].etype;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::Span;

    fn m(text: &str, t: EntityType) -> Mention {
        Mention {
            span: Span::new(0, 0),
            text: text.to_string(),
            name: text.to_string(),
            etype: t,
            key: rasd_text::match_key(text),
            group: 0,
            role: None,
            role_text: None,
        }
    }

    #[test]
    fn aliases_family_names_and_articles() {
        use EntityType::*;
        let mut ms = vec![
            m("آشتون كارتر", PER),
            m("الحلف الأطلسي", ORG),
            m("ناتو", ORG),
            m("كارتر", PER),
            m("حلف شمال الأطلسي", ORG),
            m("الحلف الاطلسي", ORG),
            m("داعش", MISC),
            m("تنظيم الدولة الإسلامية", ORG),
            m("الناتو", ORG),
            m("بروكسل", LOC),
        ];
        let g = group(&mut ms, &[], &Aliases::embedded());
        assert_eq!(g.len(), 4, "{g:#?}");
        assert_eq!(ms[0].group, ms[3].group);
        for i in [2, 4, 5, 8] {
            assert_eq!(ms[i].group, ms[1].group);
        }
        assert_eq!(ms[6].group, ms[7].group);
        assert_eq!(g[ms[6].group].etype, ORG); // alias table type wins over MISC
        assert_eq!(g[ms[0].group].name, "آشتون كارتر");
        assert_eq!(g[ms[1].group].names.len(), 4);
    }

    #[test]
    fn shortened_organisation_names_join_a_unique_longer_name() {
        let mut ms = vec![
            m("البنك المركزي المصري", EntityType::ORG),
            m("البنك المركزي", EntityType::ORG),
            m("البنك", EntityType::ORG),
        ];
        let g = group(&mut ms, &[], &Aliases::default());
        assert_eq!(ms[0].group, ms[1].group);
        assert_ne!(ms[0].group, ms[2].group); // the head begins two longer names
        assert_eq!(g.len(), 2);
        // a definite head beginning one longer name is its short form
        let mut ms = vec![
            m("جهاز الأمن الوقائي", EntityType::ORG),
            m("الجهاز", EntityType::ORG),
        ];
        let g = group(&mut ms, &[], &Aliases::default());
        assert_eq!(ms[0].group, ms[1].group);
        assert_eq!(g.len(), 1);
        // ... but القوات names any forces
        let mut ms = vec![
            m("قوات شيخ الكرامة", EntityType::ORG),
            m("القوات", EntityType::ORG),
        ];
        group(&mut ms, &[], &Aliases::default());
        assert_ne!(ms[0].group, ms[1].group);
    }

    #[test]
    fn links_join_unrelated_names() {
        let mut ms = vec![
            m("منظمة العمل الدولية", EntityType::ORG),
            m("ILO", EntityType::ORG),
        ];
        let g = group(&mut ms, &[(0, 1)], &Aliases::default());
        assert_eq!(g.len(), 1);
        assert_eq!(group_key("الحلف الاطلسي"), "حلف اطلسي");
    }
}
