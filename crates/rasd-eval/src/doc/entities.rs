//! Entities (one per real-world entity and document) and their roles.

use super::gold::{GoldDoc, GoldEntity};
use super::norm::{name_key, name_keys, name_match, text_key};
use super::pred::{unify_type, Predicted};
use super::{Counts, ErrorItem, LayerScore};
use serde_json::Value;

/// One distinct predicted surface: type, comparison key, shown text and the longest role given.
struct Unit {
    etype: String,
    key: String,
    keys: Vec<String>,
    text: String,
    role: Option<String>,
}

/// Distinct predicted (type, surface) units; MISC is left out (gold does not annotate it).
fn units(pred: &Predicted, mentions: &[Value]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for m in mentions {
        let etype = unify_type(
            m.get("etype")
                .or_else(|| m.get("type"))
                .and_then(Value::as_str)
                .unwrap_or(""),
        )
        .to_string();
        let Some(text) = pred.text_of(m) else {
            continue;
        };
        let key = name_key(&text);
        if etype == "MISC" || key.is_empty() {
            continue;
        }
        let role = m
            .get("role")
            .filter(|r| !r.is_null())
            .and_then(|r| pred.text_of(r));
        match out.iter_mut().find(|u| u.etype == etype && u.key == key) {
            Some(u) => {
                if role.as_ref().map(String::len) > u.role.as_ref().map(String::len) {
                    u.role = role;
                }
            }
            None => out.push(Unit {
                etype,
                keys: name_keys(&text),
                key,
                text,
                role,
            }),
        }
    }
    out
}

/// True when unit `u` is a surface of gold entity `g`.
fn fits(g: &GoldEntity, u: &Unit) -> bool {
    unify_type(&g.etype) == u.etype
        && g.names
            .iter()
            .any(|n| name_keys(n).iter().any(|k| u.keys.contains(k)))
}

/// True when a predicted role phrase matches the gold one (equal, or one contains the other).
fn role_fits(gold: &str, pred: &str) -> bool {
    let (g, p) = (text_key(gold), name_key(pred));
    !p.is_empty() && (name_match(gold, pred) || g.contains(&p) || text_key(pred).contains(&g))
}

/// Scores `entities` and `entity_roles`, or nothing when the record has no entity layer.
pub fn score(gold: &GoldDoc, pred: &Predicted, errors: &mut Vec<ErrorItem>) -> Vec<LayerScore> {
    let Some(mentions) = pred.mentions() else {
        return Vec::new();
    };
    let units = units(pred, mentions);
    let mut ent = Counts {
        gold: gold.entities.len(),
        pred: units.len(),
        ..Default::default()
    };
    let mut roles = Counts::default();
    for u in &units {
        if gold.entities.iter().any(|g| fits(g, u)) {
            ent.pred_correct += 1;
        } else {
            errors.push(ErrorItem::false_positive(
                "entities",
                format!("{} «{}»", u.etype, u.text),
            ));
        }
    }
    for g in &gold.entities {
        let found: Vec<&Unit> = units.iter().filter(|u| fits(g, u)).collect();
        if found.is_empty() {
            errors.push(ErrorItem::miss(
                "entities",
                format!("{} «{}»", g.etype, g.names.join(" | ")),
            ));
            continue;
        }
        ent.gold_found += 1;
        score_role(g, &found, &mut roles, errors);
    }
    roles.gold += gold.entities.iter().filter(|g| g.role.is_some()).count();
    vec![
        LayerScore::new("entities", ent),
        LayerScore::new("entity_roles", roles),
    ]
}

/// Adds the role of a found gold entity: the longest role predicted over its units.
fn score_role(g: &GoldEntity, found: &[&Unit], roles: &mut Counts, errors: &mut Vec<ErrorItem>) {
    let best = found
        .iter()
        .filter_map(|u| u.role.as_deref())
        .max_by_key(|r| r.len());
    let name = &g.names[0];
    match (&g.role, best) {
        (Some(gr), Some(pr)) if role_fits(gr, pr) => {
            roles.pred += 1;
            roles.pred_correct += 1;
            roles.gold_found += 1;
        }
        (Some(gr), Some(pr)) => {
            roles.pred += 1;
            errors.push(ErrorItem::false_positive(
                "entity_roles",
                format!("{name}: «{pr}», gold «{gr}»"),
            ));
        }
        (Some(gr), None) => errors.push(ErrorItem::miss("entity_roles", format!("{name}: «{gr}»"))),
        (None, Some(pr)) => {
            roles.pred += 1;
            errors.push(ErrorItem::false_positive(
                "entity_roles",
                format!("{name}: «{pr}», gold has none"),
            ));
        }
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_fit_loosely() {
        assert!(role_fits("وزير الدفاع الأميركي", "ووزير الدفاع الاميركي"));
        assert!(role_fits("السفير الأميركي في الكويت", "السفير الأميركي"));
        assert!(!role_fits("وزير الدفاع", "رئيس الوزراء"));
    }
}
