//! Role phrases of person mentions: `وزير الدفاع الأميركي آشتون كارتر` gives كارتر the role
//! `وزير الدفاع الأميركي`; `كارتر، وزير الدفاع،` gives it by apposition.
//!
//! Before the name: scan back (at most [`MAX_ROLE_TOKENS`] tokens, inside the sentence) over
//! words that are not punctuation, verbs or another person; the role starts at the farthest
//! role trigger found (`data/titles.txt`) and ends before the name, minus honorifics that sit
//! right before it (`الجنرال`); a comma may stand between the role and the name
//! (`الرئيس الفرنسي السابق، نيكولا ساركوزي،`); a complementiser ends the scan (`قال الرئيس إن
//! كيم`: كيم opens the reported clause). Without a trigger, an honorific that is kept
//! apart from the name by definite adjectives heads the role (`العقيد الليبي الراحل معمّر
//! القذافي`). After the name: `، ROLE ...` up to the next punctuation, or an office clause
//! (`الذي يشغل منصب ملحق الدفاع`, `كان يتولى منصب نائب الرئيس`): the phrase after `منصب`.

/// Longest role phrase, in tokens.
pub const MAX_ROLE_TOKENS: usize = 10;

/// What the role finder needs to know about each token of a sentence.
#[derive(Debug, Clone, Copy, Default)]
pub struct RoleToken {
    /// Starts a role phrase (وزير, الأمين, السفير, ...).
    pub role: bool,
    /// Rank or courtesy title (الجنرال, الدكتور, ...).
    pub honorific: bool,
    /// Punctuation that ends a phrase (quotes and hyphens do not).
    pub stop: bool,
    /// A comma (also a `stop`).
    pub comma: bool,
    /// A quotation mark or similar that may sit inside a role (`مراسلة "راديو سوا"`), or a
    /// hashtag mark (`الرئيس #محمود_عباس`); never the role's last token.
    pub quote: bool,
    /// A verb (from the morphology layer).
    pub verb: bool,
    /// Part of a person mention.
    pub person: bool,
    /// Carries a preposition (`للرئيس`): a trigger here completes an earlier noun
    /// (`مستشار للرئيس التركي أردوغان`), so the role of the name starts at it.
    pub governed: bool,
    /// A definite word without proclitics (`الليبي`, `الراحل`): may stand between an
    /// honorific and the name in a role phrase.
    pub definite: bool,
    /// Its part in an office clause after a name (`الذي كان يشغل منصب ...`).
    pub office: Office,
    /// A subject pronoun that may open an apposition (`، وهو عضو في ...`).
    pub pronoun: bool,
    /// A free preposition (`مع`, `إلى`): right before a name, it ends any role before it
    /// (`سيبحث الرئيس الأميركي مع ماي`: the president is not ماي).
    pub preposition: bool,
    /// A counterpart noun (`نظيره`, `نظيرتها`): it names someone other than the person before it
    /// (`التقى لافروف نظيره التركي`), so it opens no apposition of that person.
    pub counterpart: bool,
    /// A plain common noun (`تصريحات`, `جهود`; see the recogniser's `common_noun`): right after a
    /// definite word and before a name it heads a noun phrase with the name, so a role before it
    /// is not the name's (`الرئيس الفرنسي تصريحات ترامب`: Trump's statements).
    pub common: bool,
    /// A common noun carrying ب (`بجهود`): right before a name it governs it (`أشاد الأمين العام
    /// بجهود آبي أحمد`: Abiy's efforts), so a role before it is not the name's.
    pub governing: bool,
    /// A complementiser (`أن`, `إن`, `بأن`): the name after it is the subject of a reported
    /// clause, so no role before it reaches the name (`قال الرئيس الكوري الجنوبي إن كيم`).
    pub complementiser: bool,
}

/// Words of an office clause after a name: `(و)الذي (كان) يشغل|يتولى منصب ROLE`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Office {
    /// Not part of an office clause.
    #[default]
    No,
    /// Relative pronoun or auxiliary that may open the clause (الذي, التي, كان).
    Lead,
    /// The verb (يشغل, يتولى, شغل, تولى).
    Verb,
    /// `منصب`: the role phrase follows.
    Post,
}

/// Token range (start, end exclusive) of the role of the person mention `[start, end)`.
pub fn find_role(toks: &[RoleToken], start: usize, end: usize) -> Option<(usize, usize)> {
    before(toks, start)
        .or_else(|| before_comma(toks, start))
        .or_else(|| after(toks, end))
        .or_else(|| office_clause(toks, end))
        .or_else(|| honorific_phrase(toks, start))
}

/// `HONORIFIC ADJ+ NAME`: an honorific kept apart from the name by definite adjectives
/// (`العقيد الليبي الراحل`) heads the role; one right before the name is only a title.
fn honorific_phrase(toks: &[RoleToken], start: usize) -> Option<(usize, usize)> {
    let mut j = start;
    while j > 0 && toks[j - 1].definite && !toks[j - 1].honorific && !toks[j - 1].person {
        j -= 1;
    }
    let h = j.checked_sub(1)?;
    (j < start && toks[h].honorific).then_some((h, start))
}

/// `NAME (الذي) (كان) يشغل منصب ROLE`: the phrase after `منصب`, up to punctuation.
fn office_clause(toks: &[RoleToken], end: usize) -> Option<(usize, usize)> {
    let mut i = end;
    while toks.get(i)?.office == Office::Lead {
        i += 1;
    }
    if toks.get(i)?.office != Office::Verb || toks.get(i + 1)?.office != Office::Post {
        return None;
    }
    let s = i + 2;
    let e = phrase_end(toks, s);
    (e > s).then_some((s, e))
}

/// `ROLE، NAME`: the role ends at the comma right before the name.
fn before_comma(toks: &[RoleToken], start: usize) -> Option<(usize, usize)> {
    let comma = start.checked_sub(1)?;
    if !toks[comma].comma {
        return None;
    }
    before(toks, comma)
}

fn before(toks: &[RoleToken], start: usize) -> Option<(usize, usize)> {
    if start > 0 && toks[start - 1].preposition {
        return None;
    }
    let mut first_role = None;
    let lo = start.saturating_sub(MAX_ROLE_TOKENS);
    for j in (lo..start).rev() {
        let t = toks[j];
        if t.stop || t.person || t.complementiser || (t.verb && !t.role) {
            break;
        }
        if t.role {
            first_role = Some(j);
            if t.governed {
                break;
            }
        }
    }
    let s = first_role?;
    let head = start - 1;
    if head > s && (toks[head].governing || (toks[head].common && toks[head - 1].definite)) {
        return None;
    }
    let mut e = start;
    while e > s + 1 && (toks[e - 1].honorific || toks[e - 1].quote) {
        e -= 1;
    }
    Some((s, e))
}

/// End of a role phrase after the name that starts at `s`: the tokens that continue it, at
/// most [`MAX_ROLE_TOKENS`].
fn phrase_end(toks: &[RoleToken], s: usize) -> usize {
    let mut e = s;
    while e < toks.len() && e - s < MAX_ROLE_TOKENS && continues(&toks[e]) {
        e += 1;
    }
    e
}

/// A token that may sit inside a role phrase after the name.
fn continues(t: &RoleToken) -> bool {
    let verb_only = t.verb && !t.role;
    !t.stop && !t.person && !verb_only
}

/// `NAME، (وهو) ROLE ...` up to the next punctuation, or `NAME ROLE ...` without the comma when
/// the trigger is indefinite (in construct: `حسين سجواني رئيس مجلس الإدارة`) and the phrase does
/// not run into another person (`التقى ترامب رئيس الوزراء شينزو آبي`: that role is آبي's).
fn after(toks: &[RoleToken], end: usize) -> Option<(usize, usize)> {
    let comma = toks.get(end)?.stop;
    let mut s = if comma { end + 1 } else { end };
    if toks.get(s)?.pronoun {
        s += 1;
    }
    let trigger = toks.get(s)?;
    if !trigger.role || trigger.counterpart || (!comma && trigger.definite) {
        return None;
    }
    let mut e = phrase_end(toks, s);
    if !comma && toks.get(e).is_some_and(|t| t.person) {
        return None;
    }
    while e > s + 1 && toks[e - 1].quote {
        e -= 1;
    }
    Some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w() -> RoleToken {
        RoleToken::default()
    }

    #[test]
    fn a_preposition_before_the_name_ends_the_role() {
        // سيبحث الرئيس الأميركي مع ماي: ماي has no role here
        let mut t = vec![w(); 5];
        t[0].verb = true;
        t[1].role = true;
        t[3].preposition = true;
        t[4].person = true;
        assert_eq!(find_role(&t, 4, 5), None);
        t[3].preposition = false;
        assert_eq!(find_role(&t, 4, 5), Some((1, 4)));
    }

    #[test]
    fn a_complementiser_before_the_name_ends_the_role() {
        // قال الرئيس الكوري الجنوبي إن كيم ...: كيم is the reported clause's subject
        let mut t = vec![w(); 6];
        t[0].verb = true;
        t[1].role = true;
        t[4].complementiser = true;
        t[5].person = true;
        assert_eq!(find_role(&t, 5, 6), None);
        // ... and a role after it is the name's (إن رئيس الوزراء رامي الحمد الله)
        t[4].role = true;
        t[4].complementiser = false;
        t[3].complementiser = true;
        assert_eq!(find_role(&t, 5, 6), Some((4, 5)));
    }

    #[test]
    fn a_common_noun_before_the_name_heads_a_phrase_with_it() {
        // انتقد الرئيس الفرنسي تصريحات ترامب: the statements are Trump's, the title is not
        let mut t = vec![w(); 5];
        t[0].verb = true;
        t[1].role = true;
        t[2].definite = true;
        t[3].common = true;
        t[4].person = true;
        assert_eq!(find_role(&t, 4, 5), None);
        // a given name the recogniser left out is no common noun (وزير الخارجية التركي مولود)
        t[3].common = false;
        assert_eq!(find_role(&t, 4, 5), Some((1, 4)));
        // a common noun carrying ب governs the name (أشاد الأمين العام بجهود آبي أحمد), after a
        // definite word or not
        t[3].governing = true;
        assert_eq!(find_role(&t, 4, 5), None);
        t[2].definite = false;
        assert_eq!(find_role(&t, 4, 5), None);
    }

    #[test]
    fn a_hashtag_mark_before_the_name_is_left_out_of_the_role() {
        // الرئيس #محمود_عباس: the mark is a token of its own, flagged like a quote
        let mut t = vec![w(); 3];
        t[0].role = true;
        t[1].quote = true;
        t[2].person = true;
        assert_eq!(find_role(&t, 2, 3), Some((0, 1)));
    }

    #[test]
    fn role_before_name_stops_at_verb_and_drops_honorific() {
        // ويحضر الاجتماع قائد القيادة الوسطى الجنرال لويد أوستن
        let mut t = vec![w(); 8];
        t[0].verb = true;
        t[2].role = true;
        t[5].honorific = true;
        t[6].person = true;
        t[7].person = true;
        assert_eq!(find_role(&t, 6, 8), Some((2, 5)));
    }

    #[test]
    fn farthest_trigger_wins_and_person_blocks() {
        // نائب وزير الخارجية X  (both triggers, role starts at نائب)
        let mut t = vec![w(); 4];
        t[0].role = true;
        t[1].role = true;
        assert_eq!(find_role(&t, 3, 4), Some((0, 3)));
        // الرئيس Y و وزير Z : Z's role must not reach over Y.
        let mut t = vec![w(); 5];
        t[0].role = true;
        t[1].person = true;
        t[3].role = true;
        assert_eq!(find_role(&t, 4, 5), Some((3, 4)));
    }

    #[test]
    fn a_governed_trigger_starts_the_role() {
        // مستشار للرئيس التركي أردوغان: أردوغان is the president, not the adviser
        let mut t = vec![w(); 4];
        t[0].role = true;
        t[1].role = true;
        t[1].governed = true;
        t[3].person = true;
        assert_eq!(find_role(&t, 3, 4), Some((1, 3)));
    }

    #[test]
    fn role_then_comma_then_name() {
        // نفى الرئيس الفرنسي السابق ، نيكولا ساركوزي
        let mut t = vec![w(); 7];
        t[0].verb = true;
        t[1].role = true;
        t[4].stop = true;
        t[4].comma = true;
        t[5].person = true;
        t[6].person = true;
        assert_eq!(find_role(&t, 5, 7), Some((1, 4)));
        // a full stop is not a comma
        t[4].comma = false;
        assert_eq!(find_role(&t, 5, 7), None);
    }

    #[test]
    fn honorific_apart_from_the_name_heads_a_role() {
        // من العقيد الليبي الراحل معمر القذافي
        let mut t = vec![w(); 6];
        t[1].honorific = true;
        t[2].definite = true;
        t[3].definite = true;
        t[4].person = true;
        t[5].person = true;
        assert_eq!(find_role(&t, 4, 6), Some((1, 4)));
        // التقى العقيد معمر القذافي: the honorific alone is no role
        let mut t = vec![w(); 4];
        t[1].honorific = true;
        t[2].person = true;
        t[3].person = true;
        assert_eq!(find_role(&t, 2, 4), None);
    }

    #[test]
    fn office_clause_after_the_name() {
        // كيم جونغ يانغ والذي كان يشغل منصب نائب الرئيس ،
        let mut t = vec![w(); 10];
        t[0].person = true;
        t[1].person = true;
        t[2].person = true;
        t[3].office = Office::Lead;
        t[4].office = Office::Lead;
        t[5].office = Office::Verb;
        t[5].verb = true;
        t[6].office = Office::Post;
        t[7].role = true;
        t[9].stop = true;
        assert_eq!(find_role(&t, 0, 3), Some((7, 9)));
        // without منصب there is no office clause
        t[6].office = Office::No;
        assert_eq!(find_role(&t, 0, 3), None);
    }

    #[test]
    fn apposition_after_name_and_no_role() {
        // كارتر ، وزير الدفاع ، قال
        let mut t = vec![w(); 6];
        t[0].person = true;
        t[1].stop = true;
        t[2].role = true;
        t[4].stop = true;
        assert_eq!(find_role(&t, 0, 1), Some((2, 4)));
        // قال كارتر : no trigger, no role.
        let mut t = vec![w(); 2];
        t[0].verb = true;
        assert_eq!(find_role(&t, 1, 2), None);
    }

    #[test]
    fn apposition_with_a_pronoun_or_without_a_comma() {
        // بيار ، وهو عضو في المجلس :
        let mut t = vec![w(); 7];
        t[0].person = true;
        t[1].stop = true;
        t[2].pronoun = true;
        t[3].role = true;
        t[6].stop = true;
        assert_eq!(find_role(&t, 0, 1), Some((3, 6)));
        // سجواني رئيس مجلس الإدارة .
        let mut t = vec![w(); 5];
        t[0].person = true;
        t[1].role = true;
        t[4].stop = true;
        assert_eq!(find_role(&t, 0, 1), Some((1, 4)));
        // ترامب رئيس الوزراء آبي : the role is آبي's, not ترامب's.
        t[3].person = true;
        assert_eq!(find_role(&t, 0, 1), None);
        // ترامب الرئيس : a definite trigger without a comma is not an apposition.
        t[3].person = false;
        t[1].definite = true;
        assert_eq!(find_role(&t, 0, 1), None);
        // لافروف نظيره التركي : the counterpart is someone else.
        t[1].definite = false;
        t[1].counterpart = true;
        assert_eq!(find_role(&t, 0, 1), None);
    }
}
