//! Events sharing one actor within a sentence: a series of coordinated verbal nouns (طرد السفير،
//! وتجميد العلاقات، وتعليق المنح) and the act a causative verb drives its object to (دفع ذلك
//! السعودية إلى طرد السفير).

use super::{Ctx, Found};
use crate::norm::candidates;
use crate::types::{Actor, Event};

/// Verbs that drive their object to an act (دفع / أجبر / اضطر X إلى ...).
const CAUSATIVES: [&str; 3] = ["دفع", "اجبر", "اضطر"];

/// Tokens a causative verb may stand before the إلى of its act.
const CAUSATIVE_WINDOW: usize = 5;

impl Ctx<'_, '_> {
    /// Whether `f` is a verbal noun coordinated (، وتجميد) after the trigger of the sentence's
    /// previous event `head`, with no verb between them: the same measure-taker
    /// against the same target.
    pub(super) fn in_series(&self, f: &Found, head: &Found) -> bool {
        let toks = &self.doc.tokens;
        let i = f.first;
        let noun = |j: usize| !toks[j].verb && f.first == f.noun;
        let joined =
            i > self.sent.tokens.start && toks[i].key.starts_with('و') && self.is_comma(i - 1);
        let no_verb = (head.last + 1..i).all(|j| !toks[j].verb);
        head.last < i && noun(i) && joined && no_verb
    }

    /// The event of a series member: the head event's actors and modality; a date only when a
    /// date word follows the member (one before it belongs to an earlier member).
    pub(super) fn series_event(&self, f: &Found, head: &Event) -> Option<Event> {
        let root = f.code.get(..2)?.to_string();
        let from = self.doc.tokens[f.first].start;
        let date = self
            .doc
            .dates
            .iter()
            .find(|d| d.start >= from && d.end <= self.sent.end)
            .and_then(|d| d.value.map(|v| v.to_string()));
        let (source, target) = (head.source.clone(), head.target.clone());
        let origin = "dictionary";
        Some(self.event(f, root, source, target, None, date, &head.modality, origin))
    }

    /// Whether the verbal noun at `i` follows إلى after a causative verb (دفع ذلك السعودية إلى
    /// طرد): it is the act of the causative's object, not a complement.
    pub(super) fn caused(&self, i: usize) -> bool {
        self.causative_before(i).is_some()
    }

    /// The causative verb's token before إلى at `i - 1`, within its clause.
    fn causative_before(&self, i: usize) -> Option<usize> {
        self.governor_before(i, &["الي"], CAUSATIVE_WINDOW, |c| {
            CAUSATIVES.contains(&c)
        })
    }

    /// The token of the verb governing the word at `i` through the preposition right before it
    /// (دفع ذلك السعودية إلى طرد, نجحت الشرطة في القبض): the preposition is one of `preps`, the
    /// verb within `window` words before it in its clause, with a stemming candidate `verb`
    /// accepts.
    pub(super) fn governor_before(
        &self,
        i: usize,
        preps: &[&str],
        window: usize,
        verb: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let prep = i.checked_sub(1).filter(|&p| p >= self.sent.tokens.start)?;
        if !preps.contains(&self.key(prep)) {
            return None;
        }
        let lo = prep.saturating_sub(window).max(self.sent.tokens.start);
        (lo..prep)
            .rev()
            .take_while(|&j| !self.boundary(j))
            .find(|&j| candidates(self.key(j)).iter().any(|c| verb(c)))
    }

    /// The object of the causative verb before the act at `i` (دفع ذلك السعودية إلى طرد): the
    /// last mention between the verb and إلى, else the last word the dictionary codes as a
    /// country.
    pub(super) fn causee(&self, i: usize) -> Option<Actor> {
        let verb = self.causative_before(i)?;
        let between = verb + 1..i - 1;
        if let Some(j) = between.clone().rev().find(|&j| self.ent_of[j].is_some()) {
            return Some(self.actor(self.ent_of[j]?, verb + 1));
        }
        between.rev().find_map(|j| self.country_word(j))
    }

    /// Token `j` as an actor when the dictionary codes it as a country (السعودية).
    fn country_word(&self, j: usize) -> Option<Actor> {
        let t = &self.doc.tokens[j];
        let code = crate::actors::code_of(self.lx, &self.doc.original[t.start..t.end])?;
        self.lx
            .countries
            .contains(&code)
            .then(|| self.span_actor(j, j, Some(code)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::coded_sources;

    #[test]
    fn a_series_of_measures_shares_its_actor() {
        let ev = coded_sources(
            "ودفع ذلك السعودية إلى طرد السفير الكندي، وتجميد العلاقات التجارية مع كندا.",
        );
        let roots: Vec<&str> = ev.iter().map(|e| e.0.as_str()).collect();
        assert_eq!(roots, ["16", "16"], "{ev:?}");
        assert!(ev.iter().all(|e| e.1 == "السعودية"), "{ev:?}");
    }

    #[test]
    fn a_noun_after_ila_without_a_causative_is_a_complement() {
        let ev = coded_sources("وسعت السعودية إلى طرد السفير الكندي.");
        assert!(ev.iter().all(|e| e.0 != "16"), "{ev:?}");
    }
}
