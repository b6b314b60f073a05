//! Where and when an act happened: the place phrase of its clause (or the lead's, for a lead
//! that summarises the report), and its date, resolved against the report's date.

use super::{
    hashtag_end, is_adjective, name_core, Ctx, DocState, Found, PLACE_BACK_WINDOW, PLACE_WINDOW,
};
use crate::core::{COMPLEMENTIZERS, TIME_WORDS};
use crate::types::{Actor, EntityRef, TextSpan};
use chrono::{Datelike, NaiveDate};

impl Ctx<'_, '_> {
    /// The place of an event: the nearest place phrase (في / ب + place) of the trigger's clause,
    /// after the trigger first, then before it; never a place that is one of the event's actors,
    /// though a place phrase inside an actor's phrase is the act's (محكمة في بغداد, موقع للجيش
    /// في دير الزور). An armed act's place is also the land it strikes or takes, its target or
    /// the guessed one (قصف الغوطة الشرقية, حررت مدينة المكلا, غارة ... في ليبيا), and a visit's
    /// the land visited.
    pub(super) fn location(&self, f: &Found, actors: [&Option<Actor>; 3]) -> Option<TextSpan> {
        let is_actor = |ent: &EntityRef| {
            actors.iter().copied().flatten().any(|a| {
                (a.start == ent.start && a.end >= ent.end)
                    || (a.group.is_some() && a.group == ent.group)
            })
        };
        let inside_actor = |ent: &EntityRef| {
            actors
                .iter()
                .copied()
                .flatten()
                .any(|a| a.start < ent.start && a.end >= ent.end)
        };
        let place = |j: usize| {
            let Some(e) = self.ent_of[j] else {
                return self.named_after_place_noun(j);
            };
            let ent = &self.doc.entities[e];
            let own = inside_actor(ent) && self.mention_first(j) == j;
            let placed = self.is_place_object(j) && (!inside_actor(ent) || own);
            (!is_actor(ent) && placed).then(|| self.span(ent.start, ent.end))
        };
        // ... and a visit's place is the land visited (زيارة إلى فرنسا, وصل إلى الأردن)
        let violent = matches!(f.code.get(..2), Some("18" | "19" | "20"));
        let reached = violent || f.code == "042";
        let struck = || {
            let target = actors[1].as_ref().or(actors[2].as_ref())?;
            let ent = self
                .doc
                .entities
                .iter()
                .find(|e| e.start == target.start && e.end == target.end)?;
            // (a people's nisba is no land: إيرانية, الفلسطيني, للفلسطينيين; السعودية and دبي
            // are)
            let k = crate::norm::match_key(&target.text);
            let k = k.trim_start_matches(['و', 'ل']);
            let people = (!k.starts_with("ال") && k.ends_with("يه"))
                || (k.starts_with("ال") && k.ends_with('ي'))
                || k.ends_with("يين")
                || k.ends_with("يون");
            (reached && ent.etype == "LOC" && !people).then(|| self.span(ent.start, ent.end))
        };
        let end = (f.last + PLACE_WINDOW).min(self.sent.tokens.end);
        let after = (f.last + 1..end)
            .take_while(|&j| !self.clause_end(j))
            .find_map(place);
        let before = || {
            let from = f.first.saturating_sub(PLACE_BACK_WINDOW);
            (self.sent.tokens.start.max(from)..f.first)
                .rev()
                .take_while(|&j| !self.clause_end(j) && !COMPLEMENTIZERS.contains(&self.key(j)))
                .find_map(place)
        };
        // (a place inside the trigger's own phrase: قضت محكمة في بغداد بالسجن)
        let within = || (f.first + 1..f.last).find_map(place);
        after
            .or_else(within)
            .or_else(struck)
            .or_else(before)
            .or_else(|| self.fronted_place(f.first).and_then(place))
    }

    /// A name the recogniser missed right after a governed place noun (بمديرية #حرض, في
    /// محافظة حجة): one plain word, not a time word, adjective, preposition or predicate.
    /// Token `j` is not a mention.
    fn named_after_place_noun(&self, j: usize) -> Option<TextSpan> {
        let t = &self.doc.tokens[j];
        let k = t.key.as_str();
        let plain = !t.punct
            && !t.verb
            && !self.is_prep(j)
            && !is_adjective(k)
            && !TIME_WORDS.contains(&k)
            && !COMPLEMENTIZERS.contains(&k)
            && self.lookup(j).is_none();
        // a hashtag mark (#حرض) stands between the noun and the name
        let noun = j.checked_sub(1 + usize::from(j > 0 && self.key(j - 1) == "#"));
        let headed = noun.is_some_and(|n| n >= self.sent.tokens.start && self.place_noun_phrase(n));
        let end = hashtag_end(self.doc.original, t.end);
        (plain && headed).then(|| self.span(t.start, end))
    }

    /// A place phrase opening the sentence before a comma (وفي بغداد، اعتقلت الشرطة): the
    /// scene of the sentence's events; its first token.
    fn fronted_place(&self, upto: usize) -> Option<usize> {
        let start = self.sent.tokens.start;
        let j = (start..(start + 2).min(upto)).find(|&j| self.ent_of[j].is_some())?;
        let e = self.ent_of[j];
        let last = (j..upto).take_while(|&k| self.ent_of[k] == e).last()?;
        let comma = last + 1 < upto && self.is_comma(last + 1);
        (comma && self.is_place_object(j)).then_some(j)
    }

    /// Whether token `j` ends the clause a place is looked for in: a reporting verb, or
    /// punctuation other than the commas around a time word (قوات الجيش، السبت، سيطرتها).
    fn clause_end(&self, j: usize) -> bool {
        self.is_report(j) || (self.boundary(j) && !self.time_comma(j))
    }

    /// A comma next to a time word (، السبت، / الأحد،).
    pub(super) fn time_comma(&self, j: usize) -> bool {
        let time = |k: usize| {
            (self.sent.tokens.start..self.sent.tokens.end).contains(&k)
                && TIME_WORDS.contains(&self.key(k))
        };
        self.is_comma(j) && (time(j + 1) || j.checked_sub(1).is_some_and(time))
    }

    pub(super) fn date(&self, f: &Found, modality: &str, st: &DocState) -> Option<String> {
        let own = self
            .doc
            .dates
            .iter()
            .find(|d| d.start >= self.sent.start && d.end <= self.sent.end);
        if let Some(d) = own {
            return d.value.map(|v| v.to_string());
        }
        let durative = self
            .range()
            .any(|j| matches!(self.key(j), "منذ" | "خلال" | "طوال"));
        // a sentence set in an earlier year (وفي عام 2016، اندلعت; اعتقلته موسكو في 2006) tells
        // background, not the report's day
        let report_year = st.report_date.map(|d| d.year());
        let earlier_year = self.range().any(|j| {
            let y = self.key(j).parse::<i32>().ok();
            y.zip(report_year)
                .is_some_and(|(y, r)| (1900..r).contains(&y))
        });
        if earlier_year {
            return None;
        }
        let future = modality == "announced"
            || modality == "intended" && self.doc.tokens[f.first].key.starts_with('س');
        if durative || future {
            return None;
        }
        st.report_date.map(|d| d.to_string())
    }

    /// A resolved date attached to a reporting verb becomes the date of later events in the text.
    pub(super) fn update_report_date(&self, st: &mut DocState) {
        if let Some(v) = self.report_date(self.range().any(|j| self.is_report(j))) {
            st.report_date = Some(v);
        }
    }

    /// The sentence's first resolved date when `reported` (it holds a reporting verb).
    fn report_date(&self, reported: bool) -> Option<NaiveDate> {
        let d = self
            .doc
            .dates
            .iter()
            .find(|d| d.start >= self.sent.start && d.end <= self.sent.end)?;
        d.value.filter(|_| reported)
    }

    /// Whether the sentence opens with a reporting verb (وقال, وأضاف).
    fn opens_with_report(&self) -> bool {
        self.range().take(2).any(|j| self.is_report(j))
    }

    /// The first place of a sentence that opens by reporting (وأضاف الملك، في كلمة ألقاها الأحد
    /// بمدينة الحسيمة): where the statement the lead summarises was made.
    pub(super) fn continuation_place(&self) -> Option<TextSpan> {
        if !self.opens_with_report() {
            return None;
        }
        // the reporting clause only: not the places of what was said
        let said = |j: &usize| {
            COMPLEMENTIZERS.contains(&self.key(*j)) || matches!(self.key(*j), "\"" | "«" | ":")
        };
        let clause = self.range().take_while(|j| !said(j));
        clause.into_iter().find_map(|j| match self.ent_of[j] {
            Some(e) if self.is_place_object(j) => {
                let ent = &self.doc.entities[e];
                Some(self.span(ent.start, ent.end))
            }
            Some(_) => None,
            None => self.named_after_place_noun(j),
        })
    }

    /// The continuation's place for an event of the lead, unless it names one of the event's
    /// actors (a country is an actor, not the scene, of its own act).
    pub(super) fn lead_place(
        &self,
        st: &DocState,
        actors: [&Option<Actor>; 2],
    ) -> Option<TextSpan> {
        let place = st.lead_place.as_ref().filter(|_| self.is_lead())?;
        let key = name_core(&place.text);
        let named = |a: &Actor| name_core(&a.text) == key || a.start == place.start;
        let actor = actors.into_iter().flatten().any(named);
        (!actor).then(|| place.clone())
    }

    /// Whether this is the document's first sentence.
    fn is_lead(&self) -> bool {
        self.doc
            .sentences
            .first()
            .is_some_and(|s| s.start == self.sent.start)
    }

    /// The date of a sentence that opens by reporting on (وقال ملادينوف، في تغريدة ...، الجمعة,
    /// وأضاف الملك، في كلمة ألقاها الأحد): in news, the lead before it summarises that statement
    /// and takes its date.
    pub(super) fn continuation_date(&self) -> Option<NaiveDate> {
        self.report_date(self.opens_with_report())
    }
}
