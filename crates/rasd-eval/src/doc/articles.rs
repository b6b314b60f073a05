//! Article split and cleaning: one predicted article per gold article, with the right first kept
//! line and none of the removed lines left in its body.

use super::gold::{GoldArticle, GoldDoc};
use super::matching::max_matching;
use super::norm::text_key;
use super::pred::Predicted;
use super::{Counts, ErrorItem, LayerScore};
use serde_json::Value;

/// The body lines of a predicted article (non-empty, trimmed), in order.
fn body_lines(pred: &Predicted, article: &Value) -> Vec<String> {
    let Some(body) = article.get("body").and_then(Value::as_array) else {
        return Vec::new();
    };
    body.iter()
        .filter_map(|span| pred.text_of(span))
        .flat_map(|t| t.lines().map(|l| l.trim().to_string()).collect::<Vec<_>>())
        .filter(|l| !l.is_empty())
        .collect()
}

/// True when a body line is (mostly) the removable line `removed`: it starts with it, or the
/// phrase covers at least 80% of the line. A phrase merely quoted inside prose does not count.
fn line_left(line_key: &str, removed_key: &str) -> bool {
    !removed_key.is_empty()
        && (line_key.starts_with(removed_key)
            || (line_key.contains(removed_key)
                && removed_key.chars().count() * 10 >= line_key.chars().count() * 8))
}

/// Why a predicted article (by its lines) does not fit a gold article, or `None` when it fits.
fn misfit(gold: &GoldArticle, lines: &[String]) -> Option<String> {
    let first = lines.first().map(|l| text_key(l)).unwrap_or_default();
    if !first.contains(&text_key(&gold.first_line_contains)) {
        return Some(format!(
            "first kept line is «{}»",
            lines.first().map(String::as_str).unwrap_or("")
        ));
    }
    let keys: Vec<String> = lines.iter().map(|l| text_key(l)).collect();
    for removed in &gold.removed_lines_contain {
        let r = text_key(removed);
        if keys.iter().any(|k| line_left(k, &r)) {
            return Some(format!("line «{removed}» left in the body"));
        }
    }
    None
}

/// Scores the article layer, or `None` when the record has no `articles`.
pub fn score(gold: &GoldDoc, pred: &Predicted, errors: &mut Vec<ErrorItem>) -> Option<LayerScore> {
    let articles = pred.list("articles")?;
    let lines: Vec<Vec<String>> = articles.iter().map(|a| body_lines(pred, a)).collect();
    let m = max_matching(gold.articles.len(), articles.len(), |g, p| {
        misfit(&gold.articles[g], &lines[p]).is_none()
    });
    for (g, found) in m.iter().enumerate() {
        if found.is_none() {
            let why = lines
                .get(g)
                .and_then(|l| misfit(&gold.articles[g], l))
                .unwrap_or_else(|| "no predicted article".to_string());
            errors.push(ErrorItem::miss(
                "articles",
                format!("«{}»: {why}", gold.articles[g].first_line_contains),
            ));
        }
    }
    let tp = m.iter().flatten().count();
    let matched: Vec<usize> = m.iter().flatten().copied().collect();
    for (p, l) in lines.iter().enumerate() {
        if !matched.contains(&p) {
            let first = l.first().map(String::as_str).unwrap_or("");
            errors.push(ErrorItem::false_positive(
                "articles",
                format!("article starting «{first}»"),
            ));
        }
    }
    Some(LayerScore::new(
        "articles",
        Counts::one_to_one(gold.articles.len(), articles.len(), tp),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_line_detection_ignores_prose() {
        let r = text_key("وزير الدفاع الأميركي آشتون كارتر");
        assert!(line_left(&text_key("وزير الدفاع الأميركي آشتون كارتر"), &r));
        assert!(!line_left(
            &text_key(
                "أعلن وزير الدفاع الأميركي آشتون كارتر الخميس، إن الحلف الأطلسي يدرس إمكانية الانضمام"
            ),
            &r
        ));
        assert!(line_left(
            &text_key("المصدر: راديو سوا"),
            &text_key("المصدر: راديو سوا")
        ));
        assert!(!line_left(
            &text_key("أعلن وزير الدفاع الأميركي آشتون كارتر الخميس"),
            &r
        ));
    }
}
