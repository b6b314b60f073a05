//! Checking split articles against document gold (`.gold.json`, the `articles` part).
//!
//! Text comparisons use rasd's match key (diacritics, hamza forms, bidi marks, NBSP
//! unified) with spaces collapsed, so a gold string matches however the original spaces it.

use crate::split::Article;
use rasd_text::match_key;
use rasd_text::prf::{self, IfEmpty, Prf};
use serde::Deserialize;

/// The article expectations of one gold document (other gold fields are ignored).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldDoc {
    /// Document id.
    #[serde(default)]
    pub id: String,
    /// Gold articles in order.
    #[serde(default)]
    pub articles: Vec<GoldArticle>,
}

/// One gold article.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldArticle {
    /// Expected title.
    pub title: Option<String>,
    /// Expected source.
    pub source: Option<String>,
    /// A string the first kept line must contain.
    pub first_line_contains: Option<String>,
    /// Strings that must be in removed spans and not in the body.
    #[serde(default)]
    pub removed_lines_contain: Vec<String>,
    /// Expected update time (`"19:32 GMT"`).
    pub updated_at: Option<String>,
}

/// Comparison key: match key with whitespace runs collapsed.
pub fn key(s: &str) -> String {
    match_key(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when the predicted article satisfies the split criterion of DESIGN.md:
/// its first kept line contains `first_line_contains`, and no `removed_lines_contain`
/// string is left in its body.
pub fn split_matches(original: &str, predicted: &Article, gold: &GoldArticle) -> bool {
    let first_ok = match &gold.first_line_contains {
        Some(want) => predicted
            .first_line(original)
            .is_some_and(|l| key(l).contains(&key(want))),
        None => true,
    };
    first_ok
        && gold
            .removed_lines_contain
            .iter()
            .all(|r| !left_in_body(original, predicted, r))
}

/// True when a body line is the removed line `want` describes: the line starts with
/// `want`, or contains it and `want` covers at least 80% of it (the rule of rasd-eval's
/// article scorer). A caption quoted inside a longer kept sentence, as in «أعلن وزير
/// الدفاع … الخميس», is not a left-over line.
pub fn left_in_body(original: &str, article: &Article, want: &str) -> bool {
    let k = key(want);
    !k.is_empty()
        && article.body.iter().any(|s| {
            let line = key(s.text(original));
            line.starts_with(&k)
                || (line.contains(&k) && k.chars().count() * 10 >= line.chars().count() * 8)
        })
}

/// Every field-level disagreement between predicted and gold articles (empty when all agree).
///
/// Checks the article count, and per article (in order): title, source,
/// first_line_contains, removed_lines_contain (removed and not in the body), updated_at.
pub fn check_articles(original: &str, predicted: &[Article], gold: &[GoldArticle]) -> Vec<String> {
    let mut out = Vec::new();
    if predicted.len() != gold.len() {
        out.push(format!(
            "article count: predicted {}, gold {}",
            predicted.len(),
            gold.len()
        ));
    }
    for (i, (p, g)) in predicted.iter().zip(gold).enumerate() {
        out.extend(
            check_article(original, p, g)
                .into_iter()
                .map(|m| format!("article {}: {m}", i + 1)),
        );
    }
    out
}

fn check_article(original: &str, p: &Article, g: &GoldArticle) -> Vec<String> {
    let mut out = Vec::new();
    let same = |want: &Option<String>, got: Option<&str>| {
        want.as_ref().is_none_or(|w| got.map(key) == Some(key(w)))
    };
    if !same(&g.title, p.title_text(original)) {
        out.push(format!(
            "title {:?}, gold {:?}",
            p.title_text(original),
            g.title
        ));
    }
    if !same(&g.source, p.source.as_deref()) {
        out.push(format!("source {:?}, gold {:?}", p.source, g.source));
    }
    if g.updated_at.is_some() && p.updated_at != g.updated_at {
        out.push(format!(
            "updated_at {:?}, gold {:?}",
            p.updated_at, g.updated_at
        ));
    }
    if let Some(want) = &g.first_line_contains {
        if !p
            .first_line(original)
            .is_some_and(|l| key(l).contains(&key(want)))
        {
            out.push(format!(
                "first line {:?} lacks {want:?}",
                p.first_line(original)
            ));
        }
    }
    out.extend(check_removed(original, p, g));
    out
}

fn check_removed(original: &str, p: &Article, g: &GoldArticle) -> Vec<String> {
    let removed: Vec<String> = p
        .removed
        .iter()
        .map(|r| key(r.span.text(original)))
        .collect();
    let mut out = Vec::new();
    for want in &g.removed_lines_contain {
        let k = key(want);
        if left_in_body(original, p, want) {
            out.push(format!("{want:?} left in the body"));
        } else if !removed.iter().any(|r| r.contains(&k)) {
            out.push(format!("{want:?} not among the removed spans"));
        }
    }
    out
}

/// Split precision / recall counts over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SplitScore {
    /// Gold articles matched by a distinct predicted article.
    pub matched: usize,
    /// Predicted articles.
    pub predicted: usize,
    /// Gold articles.
    pub gold: usize,
}

impl SplitScore {
    /// Adds one document: each gold article is matched by the first unused predicted
    /// article satisfying [`split_matches`].
    pub fn add(&mut self, original: &str, predicted: &[Article], gold: &[GoldArticle]) {
        let mut used = vec![false; predicted.len()];
        for g in gold {
            if let Some(i) = (0..predicted.len())
                .find(|&i| !used[i] && split_matches(original, &predicted[i], g))
            {
                used[i] = true;
                self.matched += 1;
            }
        }
        self.predicted += predicted.len();
        self.gold += gold.len();
    }

    /// The counts as precision / recall / F1 counts (0 with nothing to count).
    pub fn counts(&self) -> Prf {
        Prf::one_to_one(self.gold, self.predicted, self.matched)
    }

    fn scores(&self) -> prf::Scores {
        self.counts().scores(1.0, IfEmpty::Zero)
    }

    /// matched / predicted.
    pub fn precision(&self) -> f64 {
        self.scores().precision
    }

    /// matched / gold.
    pub fn recall(&self) -> f64 {
        self.scores().recall
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        self.scores().f1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::split_articles;

    const TEXT: &str = "صورة الوزير\nصورة الوزير\nأعلن الوزير أمرا.\nالمصدر: وكالات";

    fn gold(first: &str, source: &str) -> GoldArticle {
        GoldArticle {
            title: Some("صورة الوزير".into()),
            source: Some(source.into()),
            first_line_contains: Some(first.into()),
            removed_lines_contain: vec!["المصدر: وكالات".into()],
            updated_at: None,
        }
    }

    #[test]
    fn agreeing_gold_has_no_mismatch_and_full_score() {
        let arts = split_articles(TEXT);
        let g = [gold("أعلن الوزير", "وكالات")];
        assert!(check_articles(TEXT, &arts, &g).is_empty());
        let mut s = SplitScore::default();
        s.add(TEXT, &arts, &g);
        assert_eq!((s.precision(), s.recall(), s.f1()), (1.0, 1.0, 1.0));
    }

    #[test]
    fn disagreements_are_reported() {
        let arts = split_articles(TEXT);
        let g = [gold("قال الوزير", "رويترز"), GoldArticle::default()];
        let m = check_articles(TEXT, &arts, &g);
        assert_eq!(m.len(), 3, "{m:?}");
        let mut s = SplitScore::default();
        s.add(TEXT, &arts, &g);
        assert_eq!((s.matched, s.predicted, s.gold), (1, 1, 2));
    }

    #[test]
    fn caption_inside_a_longer_line_is_not_left_over() {
        let t = "صورة الوزير\nصورة الوزير\nأعلن صورة الوزير أمرا جديدا اليوم في بيان طويل جدا للصحافيين.";
        let arts = split_articles(t);
        assert!(!left_in_body(t, &arts[0], "صورة الوزير"));
        let kept = "صورة الوزير\nنص آخر.";
        assert!(left_in_body(kept, &split_articles(kept)[0], "صورة الوزير"));
    }
}
