//! The target of an act: the first party after the trigger and its subject within the clause
//! (direct object or after a preposition), the counterparts, envoys, peoples and sentenced
//! persons that stand for it, and the guess made when the clause names none.

use super::{
    country_mention, dweller, is_adjective, is_diplomat, is_nisba, name_core, nisba_stem,
    personal_noun, reciprocal, same_side, Ctx, Found, Scan, ATTRIBUTIONS, OBJECT_WINDOW, RELATIVES,
    SUPPORT_CUES,
};
use crate::core::{COMPLEMENTIZERS, TIME_WORDS};
use crate::norm::candidates;
use crate::types::{token_at, token_from, Actor, EntityRef};

/// Where the scan for a target stands.
struct TargetScan {
    /// The first word after the last preposition passed (a target's phrase starts there).
    floor: usize,
    /// Mentions passed over: the source, places, its partners and aliases.
    skipped: Vec<usize>,
    /// Words before this one are skipped (a relative clause, an agent phrase).
    skip_to: usize,
    /// The first word after the trigger and its subject.
    begin: usize,
    /// The relative clause on the source, if any.
    source_clause: Option<std::ops::Range<usize>>,
}

impl Ctx<'_, '_> {
    /// The target: the first mention after the trigger and its subject within the clause that is
    /// neither a place nor the source (direct object or after a preposition).
    pub(super) fn target(&self, f: &Found, source: Option<&Actor>) -> Option<Actor> {
        if let Some(a) = self.standing_target(f, source) {
            return Some(a);
        }
        let toks = &self.doc.tokens;
        let after_source = source
            .filter(|s| s.start >= toks[f.last].end)
            .map(|s| token_from(toks, s.end))
            .unwrap_or(f.last + 1);
        let begin = after_source.max(f.last + 1);
        // nisbas listed after the source's nisba are its partners (ضربات جوية أمريكية
        // بريطانية فرنسية), no target
        let indefinite_nisba = |j: usize| {
            let k = self.key(j);
            !k.starts_with("ال") && nisba_stem(k) && crate::actors::country_of(self.lx, k).is_some()
        };
        let nisba_before = begin > self.sent.tokens.start && indefinite_nisba(begin - 1);
        let begin = if nisba_before && source.is_some() {
            (begin..self.sent.tokens.end)
                .find(|&j| !indefinite_nisba(j))
                .unwrap_or(begin)
        } else {
            begin
        };
        let end = (begin + OBJECT_WINDOW).min(self.sent.tokens.end);
        let skipped = source
            .and_then(|s| {
                self.doc
                    .entities
                    .iter()
                    .position(|e| e.start >= s.start && e.end == s.end)
            })
            .into_iter()
            .collect();
        let mut scan = TargetScan {
            floor: begin,
            skipped,
            skip_to: begin,
            begin,
            source_clause: source.and_then(|s| self.relative_clause_after(s)),
        };
        for j in begin..end {
            match self.target_at(f, source, &mut scan, j) {
                Scan::Found(a) => return Some(a),
                Scan::Stop => break,
                Scan::Go => {}
            }
        }
        None
    }

    /// A target that stands for the party before any scan: a summoned envoy's country
    /// (استدعت الخارجية السفير الفلبيني), the party a complaint or lawsuit is against (قدمت مصر
    /// شكوى إلى مجلس الأمن ضد إسرائيل: not the forum it goes to), the one partner coordinated
    /// with a support verb's subject (أجرت روسيا وتركيا محادثات), the counterpart of its
    /// reciprocal act.
    fn standing_target(&self, f: &Found, source: Option<&Actor>) -> Option<Actor> {
        let toks = &self.doc.tokens;
        if f.code == "114" && f.last > f.first {
            if let Some(a) = self.diplomats_country(f.last) {
                return Some(a);
            }
        }
        if matches!(f.code.as_str(), "114" | "115") {
            if let Some(a) = self.party_against(f) {
                return Some(a);
            }
        }
        let inside =
            source.filter(|s| s.end <= toks[f.last].start && s.start > toks[f.first].start);
        let mutual = reciprocal(&f.code) || self.traded(f);
        let s = inside.filter(|_| mutual && f.last > f.first)?;
        let [e] = self.coordinated_after(s.end)[..] else {
            return None;
        };
        let partner = &self.doc.entities[e];
        (partner.end <= toks[f.last].start)
            .then(|| crate::statements::entity_actor(self.doc, partner))
    }

    /// The scan for a target at word `j`: the clause ends at punctuation, a complementiser or
    /// the next predicate (لبحث, يهدف), not at the penalty of a sentence (حكما بالإعدام على).
    fn target_at(
        &self,
        f: &Found,
        source: Option<&Actor>,
        scan: &mut TargetScan,
        j: usize,
    ) -> Scan {
        let penalty = f.code.starts_with("17") && self.b_clitic(j);
        let predicate = self.ent_of[j].is_none() && self.lookup(j).is_some() && !penalty;
        // a comma closing the subject's apposition (حث العاهل، الملك محمد السادس، الحكومة)
        let closing = j == scan.begin
            && scan.begin > f.last + 1
            && self.is_comma(j)
            && self.apposition_comma_before(j);
        if closing || j < scan.skip_to {
            return Scan::Go;
        }
        // a weekday before a count is the act's time, not «the two» (قتل انتحاري الاثنين 8
        // أشخاص): the object comes after it
        let counted = j + 1 < self.sent.tokens.end && self.count_word(j + 1);
        if j == scan.begin && counted && TIME_WORDS.contains(&self.key(j)) {
            scan.begin += 1;
            return Scan::Go;
        }
        // an accusation's charge (اتهم نجل الرئيس بتدمير الحزب الحاكم) names the crime, and
        // whoever the crime was done to is no target of the accusation
        if f.code.starts_with("112") && self.b_clitic(j) && self.ent_of[j].is_none() {
            return Scan::Stop;
        }
        // a relative clause on the source (التحالف العربي الذي تقوده السعودية) names none of
        // the act's parties
        if let Some(clause) = scan.source_clause.as_ref().filter(|c| c.start == j) {
            scan.skip_to = clause.end;
            return Scan::Go;
        }
        // the agent of a participle (المدعومة من إيران) is not the target
        if self.supported_by(j) {
            scan.skip_to = self.by_phrase_end(j);
            return Scan::Go;
        }
        // an attribution (بحسب وكالة الأنباء الفرنسية) names who reports, no target, and
        // a support phrase (بدعم من, تحت غطاء جوي من) who helps
        let attribution = ATTRIBUTIONS.contains(&self.key(j));
        let support = SUPPORT_CUES.contains(&self.bare_key(j));
        if self.boundary(j)
            || predicate
            || attribution
            || support
            || COMPLEMENTIZERS.contains(&self.key(j))
        {
            return Scan::Stop;
        }
        if self.is_prep(j) {
            scan.floor = j + 1;
            return Scan::Go;
        }
        let Some(e) = self.ent_of[j] else {
            return match self.unnamed_object(f, j, scan.begin) {
                Some(a) => Scan::Found(a),
                None => Scan::Go,
            };
        };
        // the name the act's own object opens (فتح معبر رفح) is its object, no party
        if self.object_name(f, Some(e)) {
            return Scan::Go;
        }
        self.named_target_at(f, source, scan, j, e)
    }

    /// A counted people struck or arrested, with its count (قتل مسلحون خمسة جنود, قبضت الشرطة
    /// على 3 أشخاص); a counted mention is read by the mention's own scan (ثلاثة فلسطينيين).
    fn counted_object(&self, f: &Found, j: usize, begin: usize) -> Option<Actor> {
        let harm = matches!(f.code.get(..2), Some("17" | "18" | "19" | "20"));
        if !(harm && self.direct_object(j, begin) && self.count_word(j)) {
            return None;
        }
        let crowd = self.crowd(j)?;
        let toks = &self.doc.tokens;
        let noun = token_from(toks, crowd.start);
        let last = token_from(toks, crowd.end) - 1;
        self.ent_of[noun]
            .is_none()
            .then(|| self.span_actor(j, last, crowd.code))
    }

    /// An object at word `j` that begins no mention: expelled diplomats stand for their
    /// country, named after them or elsewhere; else an unnamed target, the sentenced, struck
    /// property or a people.
    fn unnamed_object(&self, f: &Found, j: usize, begin: usize) -> Option<Actor> {
        // (one of them too: طرد أحد الدبلوماسيين الروس)
        let d = if matches!(self.key(j), "احد" | "احدي") && j + 1 < self.sent.tokens.end {
            j + 1
        } else {
            j
        };
        if f.code.starts_with("16") && is_diplomat(self.key(d)) {
            return self
                .diplomats_country(d)
                .or_else(|| self.earlier_diplomats_country(d));
        }
        self.unnamed_target(j)
            .or_else(|| self.counted_object(f, j, begin))
            .or_else(|| self.sentenced(f, j))
            .or_else(|| self.struck_property(f, j, begin))
            .or_else(|| self.national_object(j, begin))
            .or_else(|| self.indefinite_people(j, begin))
    }

    /// People the act falls on, named by an indefinite plural in the object's case as the
    /// direct object (اعتقلت الشرطة صحفيين, قتلت القوات مدنيين سوريين): the plural with its
    /// plural nisbas.
    fn indefinite_people(&self, j: usize, begin: usize) -> Option<Actor> {
        let k = self.bare_key(j);
        let plain = !k.starts_with(['ا', 'و', 'ب', 'ل', 'ف']);
        // a broken or feminine plural of persons (اعتقلت الشرطة أمراء ورجال أعمال, ناشطات)
        if PEOPLE_PLURALS.contains(&k) && self.direct_object(j, begin) && self.ent_of[j].is_none() {
            return Some(self.phrase_actor(j, j));
        }
        // ... or a masculine sound plural (صحفيين)
        let stem = k.strip_suffix("ين").filter(|_| plain)?;
        let agent = candidates(k).iter().any(|c| self.agent_word(c)) || self.agent_word(stem);
        if !self.direct_object(j, begin) || !person_stem(stem) || !agent || self.ent_of[j].is_some()
        {
            return None;
        }
        let nisba = |x: usize| {
            x < self.sent.tokens.end && self.ent_of[x].is_none() && {
                let n = self.key(x);
                n.ends_with("يين") && !n.starts_with("ال")
            }
        };
        let last = (j + 1..self.sent.tokens.end)
            .take_while(|&x| nisba(x))
            .last()
            .unwrap_or(j);
        Some(self.phrase_actor(j, last))
    }

    /// The scan at the mention `e` found at word `j`: the target unless it is a place, the
    /// source or its alias, partner or nisba, a medium or the venue, each passed over.
    fn named_target_at(
        &self,
        f: &Found,
        source: Option<&Actor>,
        scan: &mut TargetScan,
        j: usize,
        e: usize,
    ) -> Scan {
        // the later words of a mention passed over are passed over too (ومجلس التعاون الخليجي)
        if scan.skipped.contains(&e) && self.ent_of[j - 1] == Some(e) {
            return Scan::Go;
        }
        let toks = &self.doc.tokens;
        let ent = &self.doc.entities[e];
        // ... nor the source's alias in brackets (مكتب التحقيقات الفيدرالي (إف بي آي))
        let alias = source.is_some_and(|s| {
            s.end <= ent.start && self.doc.original[s.end..ent.start].trim() == "("
        });
        let partner_of_source = self.violent_partner(f, source, ent);
        // a medium or platform carries the act (في تغريدة على تويتر), it is no party
        let medium = crate::statements::is_media(&self.doc.original[ent.start..ent.end]);
        // ... an indefinite nisba joined to the source phrase is part of it (طائرات حربية سورية
        // وروسية); a definite name is another party (مصر والسعودية)
        let adjoined = self.conjoined(j)
            && {
                let rest = &self.key(j)['و'.len_utf8()..];
                !rest.starts_with("ال") && nisba_stem(rest)
            }
            && source.is_some_and(|s| s.end == toks[j - 1].end);
        let is_source = source.is_some_and(|s| s.start <= ent.start && s.end >= ent.end)
            || source.is_some_and(|s| s.group.is_some() && s.group == ent.group)
            || self.lam_genitive(source, j)
            || adjoined;
        // coordinated with the source or a skipped mention (الولايات المتحدة وفرنسا وبريطانيا)
        // ... also across a comma (شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات)
        let before = if j > self.sent.tokens.start + 1 && self.is_comma(j - 1) {
            j - 2
        } else {
            j.saturating_sub(1)
        };
        let coordinated = self.conjoined(j)
            && j > self.sent.tokens.start
            && self.ent_of[before].is_some_and(|p| scan.skipped.contains(&p));
        // the one partner coordinated with the source of a reciprocal act (سيبحث ترمب وكيم)
        // is its counterpart: CAMEO codes "X and Y met" as X → Y
        let partner = coordinated && scan.skipped.len() == 1 && !is_source;
        if partner && reciprocal(&f.code) && !self.coordinated_next(j) {
            return Scan::Found(self.actor(e, j));
        }
        // the town or site an occupation takes (سيطرت القوات على مدينة منبج) is the territory,
        // no party: the side that held it may follow (من ميليشيات الحوثي)
        let seized = f.code == "192" && ent.etype == "LOC" && {
            let a = self.actor(e, j);
            self.town(&a) || self.uncoded_place(&a)
        };
        if self.is_place_object(j)
            || seized
            || is_source
            || coordinated
            || alias
            || partner_of_source
            || medium
            || self.venue(f, j)
        {
            scan.skipped.push(e);
            return Scan::Go;
        }
        // (a title before a name names that person: وزير الخارجية البريطاني بوريس جونسون)
        let person = self.prefer_person(e, j);
        let headed = (person == e && j > scan.floor)
            .then(|| self.headed_people(j, e))
            .flatten();
        Scan::Found(headed.unwrap_or_else(|| self.actor(person, scan.floor)))
    }

    /// A people's name or nisba that only qualifies an indefinite noun of people before it,
    /// past that noun's definite genitives (لخبراء روس, وزيري العدل والداخلية التركيين): the
    /// whole phrase from the noun, coded as the people's country; `None` for a recognised name
    /// (a named group stands on its own). The caller passes no title before a person's name.
    fn headed_people(&self, j: usize, e: usize) -> Option<Actor> {
        let ent = &self.doc.entities[e];
        let last = self.mention_last(j);
        // only a nationality: indefinite (روس, فلسطينيين) or a plural nisba (التركيين)
        let k = self.key(last);
        let nationality =
            (!self.key(j).starts_with("ال") || k.ends_with("يين") || k.ends_with("يون"))
                && crate::actors::country_of(self.lx, k).is_some();
        // (nor a title before a person's name: الزعيم الكوري الشمالي كيم)
        if ent.group.is_some() || !nationality || self.titles_a_person(last + 1) {
            return None;
        }
        let lo = j.saturating_sub(4).max(self.sent.tokens.start);
        let head = (lo..j)
            .rev()
            .take_while(|&h| self.ent_of[h].is_none() && !self.doc.tokens[h].punct)
            .find(|&h| {
                let k = self.key(h);
                let definite = ["ال", "لل", "بال"].iter().any(|p| k.starts_with(p));
                // (a construct dual: وزيري, مسؤولي)
                let construct = k.strip_suffix('ي').into_iter();
                let people = [k, self.bare_key(h)].into_iter().chain(construct).any(|w| {
                    personal_noun(w)
                        || candidates(w)
                            .iter()
                            .any(|c| PEOPLE_HEADS.contains(&c.as_str()) || self.agent_word(c))
                });
                !definite && people
            })?;
        let genitives = (head + 1..j).all(|h| self.bare_key(h).starts_with("ال"));
        genitives.then(|| self.span_actor(head, last, ent.code.clone()))
    }

    /// Whether entity `ent` is named by مع right after the source of the violent act `f`: a
    /// partner in it (الضربات التي نفذتها الولايات المتحدة مع فرنسا), no target. A clash's
    /// مع names the other side after its noun (معارك مع الحوثيين), not after the source.
    fn violent_partner(&self, f: &Found, source: Option<&Actor>, ent: &EntityRef) -> bool {
        let violent = matches!(f.code.get(..2), Some("18" | "19" | "20"));
        let Some(s) = source.filter(|s| violent && s.end <= ent.start) else {
            return false;
        };
        let toks = &self.doc.tokens;
        let with = token_from(toks, s.end);
        let at = token_at(toks, ent.start);
        // ... and the partners coordinated with it (مع فرنسا وبريطانيا)
        let partners = (with + 1..at).all(|k| self.ent_of[k].is_some())
            && (at == with + 1 || self.conjoined(at));
        with < at && self.key(with) == "مع" && partners
    }

    /// The tokens of a relative clause right after actor `a`: the pronoun, its verb and the
    /// first mention after it (التحالف العربي الذي تقوده السعودية), or the verb alone; a verb
    /// with no object pronoun and an unnamed noun after it has that noun, with its adjectives,
    /// as its object (الجمعيات التي تدير السفينة), and the clause ends there.
    fn relative_clause_after(&self, a: &Actor) -> Option<std::ops::Range<usize>> {
        let j = token_from(&self.doc.tokens, a.end);
        if j >= self.sent.tokens.end || !RELATIVES[..2].contains(&self.key(j)) {
            return None;
        }
        let (verb, object) = (j + 1, j + 2);
        let pronoun = ["ه", "ها", "هم", "هما"]
            .iter()
            .any(|p| self.key(verb).ends_with(p));
        let plain_object = object < self.sent.tokens.end
            && self.doc.tokens[verb].verb
            && !pronoun
            && self.ent_of[object].is_none()
            && !self.boundary(object)
            && !self.is_prep(object)
            && self.key(object).starts_with("ال");
        if plain_object {
            return Some(j..self.adjectives_end(object) + 1);
        }
        let end = (j + 5).min(self.sent.tokens.end);
        let last = (j + 2..end)
            .take_while(|&k| !self.boundary(k))
            .find(|&k| self.ent_of[k].is_some())
            .map_or(j + 1, |k| self.mention_last(k));
        Some(j..last + 1)
    }

    /// Whether the mention at token `j` is a genitive of the source phrase joined to it by ل
    /// (قوات الدفاع الجوي للتحالف العربي, الميليشيات الموالية لإيران): part of the source.
    fn lam_genitive(&self, source: Option<&Actor>, j: usize) -> bool {
        let Some(e) = self.ent_of[j] else {
            return false;
        };
        let ent = &self.doc.entities[e];
        source.is_some_and(|s| {
            s.end <= ent.start && matches!(self.doc.original[s.end..ent.start].trim_start(), "ل")
        })
    }

    /// Whether the mention at token `j` is followed by a further coordinated mention (وفرنسا
    /// وبريطانيا): a list of actors, not a pair.
    fn coordinated_next(&self, j: usize) -> bool {
        let e = self.ent_of[j];
        let next = (j..self.sent.tokens.end).find(|&k| self.ent_of[k] != e);
        next.is_some_and(|k| self.ent_of[k].is_some() && self.conjoined(k))
    }

    /// The actor right after ضد within the act's clause (شكوى ضد البلدية, دعوى قضائية ضد أوبر).
    fn party_against(&self, f: &Found) -> Option<Actor> {
        let end = (f.last + 1 + OBJECT_WINDOW).min(self.sent.tokens.end);
        let against = (f.last + 1..end.saturating_sub(1))
            .take_while(|&j| !self.boundary(j) && !COMPLEMENTIZERS.contains(&self.key(j)))
            .find(|&j| self.key(j) == "ضد")?;
        match self.ent_of[against + 1] {
            Some(e) => Some(crate::statements::entity_actor(
                self.doc,
                &self.doc.entities[e],
            )),
            None => self.unnamed_target(against + 1),
        }
    }

    /// An unnamed collective object at token `j` (حث الملك الحكومة, على السلطات الإيرانية, مع
    /// قوات الأمن): a definite actor head, or one in construct with a definite noun, with its
    /// nisba, that no name follows in construct.
    pub(super) fn unnamed_target(&self, j: usize) -> Option<Actor> {
        let k = self.bare_key(j);
        let definite = |k: &str| ["ال", "لل", "بال"].iter().any(|p| k.starts_with(p));
        // a head in construct with a definite noun is definite too (قوات الأمن)
        let construct = j + 1 < self.sent.tokens.end && definite(self.key(j + 1));
        (definite(k) || construct)
            .then(|| {
                self.unnamed_subject(j, j)
                    .or_else(|| self.people_plural(j))
                    .or_else(|| self.people_construct(j))
            })
            .flatten()
            // (dwellers in construct with a place noun and its name: سكان بلدة خان شيخون)
            .or_else(|| dweller(k).then(|| self.people_construct(j)).flatten())
            .or_else(|| self.counterpart(j))
            .or_else(|| self.possessed_actor(j))
            .or_else(|| self.titled_object(j))
    }

    /// A definite title with its country's nisba and no name after it (التقى بومبيو الزعيم
    /// الكوري الشمالي): the person it names, coded by the whole phrase.
    fn titled_object(&self, j: usize) -> Option<Actor> {
        const TITLES: [&str; 11] = [
            "رييس", "زعيم", "وزير", "سفير", "قايد", "امير", "ملك", "مرشد", "عاهل", "شيخ", "ممثل",
        ];
        let title = candidates(self.key(j))
            .iter()
            .any(|c| TITLES.contains(&c.as_str()));
        if !self.key(j).starts_with("ال") || !title {
            return None;
        }
        let end = self.adjectives_end(j);
        if end == j || self.titles_a_person(end + 1) {
            return None;
        }
        let text = self.tokens_text(j, end);
        crate::actors::country_of(self.lx, text)?;
        let code = crate::actors::code_of(self.lx, text);
        Some(self.span_actor(j, end, code))
    }

    /// The people a sentence or an arrest falls on, named by a noun and its nationality with
    /// their count (بإعدام 16 امرأة تركية, حكما بالسجن على مواطنة فرنسية) or by a count of tens
    /// or hundreds (عشرات الأمراء): the phrase from token `j`.
    fn sentenced(&self, f: &Found, j: usize) -> Option<Actor> {
        let end = self.sent.tokens.end;
        // tens, hundreds or thousands of people with the nouns joined to them (عشرات الأمراء
        // والوزراء ورجال الأعمال)
        let word = |k: usize| {
            let t = &self.doc.tokens[k];
            let stop = t.punct || t.verb || self.is_prep(k) || self.b_clitic(k);
            !stop && self.ent_of[k].is_none() && self.lookup(k).is_none()
        };
        if f.code.starts_with("17") && ["عشرات", "مئات", "الاف"].contains(&self.key(j))
        {
            let last = (j + 1..(j + 7).min(end)).take_while(|&k| word(k)).last()?;
            return Some(self.phrase_actor(j, last));
        }
        // ... or a number of them (اعتقلت السلطات عددا من الأمراء): the persons after من
        let counted = matches!(self.key(j), "عددا" | "عدد") && j + 2 < end;
        if f.code.starts_with("17") && counted && self.key(j + 1) == "من" {
            let last = (j + 2..(j + 8).min(end)).take_while(|&k| word(k)).last()?;
            return Some(self.phrase_actor(j + 2, last));
        }
        let noun = if crate::classify::is_number(self.key(j)) {
            j + 1
        } else {
            j
        };
        // indefinite as written: ألمانية opens with its own hamza, not the article
        let indefinite = |k: usize| {
            k < end
                && self.ent_of[k].is_none()
                && !self.doc.original[self.doc.tokens[k].start..self.doc.tokens[k].end]
                    .starts_with("ال")
        };
        let nationality = |k: usize| {
            let w = if k < end { self.key(k) } else { "" };
            indefinite(k)
                && ["يه", "ي", "يين", "يات", "يون"]
                    .iter()
                    .any(|s| w.ends_with(s))
                && (w.starts_with("اجنبي") || crate::actors::country_of(self.lx, w).is_some())
        };
        let plain = indefinite(noun) && !self.is_prep(noun) && self.lookup(noun).is_none();
        // ... or counted persons with no nationality (القبض على رجلين, على 3 أشخاص)
        const PERSONS: [&str; 7] = ["رجلين", "رجلا", "رجال", "اشخاص", "شخصا", "شخصين", "نساء"];
        let persons = noun < end && PERSONS.contains(&self.key(noun));
        if !f.code.starts_with("17") || !plain || !(nationality(noun + 1) || persons) {
            return None;
        }
        let last = (noun + 1..end)
            .take_while(|&k| nationality(k))
            .last()
            .unwrap_or(noun);
        Some(self.phrase_actor(j, last))
    }

    /// Whether token `j` is an act's object: the first word after its subject (`begin`) or the
    /// object of على / ضد.
    fn direct_object(&self, j: usize, begin: usize) -> bool {
        j == begin || (j > begin && matches!(self.key(j - 1), "علي" | "ضد"))
    }

    /// What an act is done to, named by a definite noun and a country's nisba (انتقد السياسات
    /// الإيرانية, رحبت بالقرار الأمريكي, أشادت بالجهود الأميركية): that country, as the text
    /// names it. Only the direct object, a ب-object or the object of على / ضد, and no act noun.
    fn national_object(&self, j: usize, begin: usize) -> Option<Actor> {
        let k = self.key(j);
        let object = self.direct_object(j, begin) || k.starts_with("بال");
        let definite = ["ال", "بال", "لل"].iter().any(|p| k.starts_with(p));
        let next = j + 1;
        // an act noun's nisba names its agent (فرض العقوبات الأمريكية), not what it is done to,
        // and an adjective is no object (العقوبات الاقتصادية الأمريكية)
        let act = self.lookup(j).is_some() || is_adjective(k);
        if !object
            || !definite
            || act
            || next >= self.sent.tokens.end
            || self.ent_of[next].is_some()
        {
            return None;
        }
        // a state's (الكردية names a people), and no title before a name (على الجهادية
        // الفرنسية جميلة بوطوطعو)
        let nisba = self.key(next);
        let code = crate::actors::country_of(self.lx, nisba)
            .filter(|c| is_nisba(nisba) && self.lx.countries.contains(c))?;
        if self.titles_a_person(next + 1) {
            return None;
        }
        let e = country_mention(self.lx, self.doc, &code, nisba)?;
        Some(crate::statements::entity_actor(self.doc, e))
    }

    /// What an armed act strikes, named by an indefinite noun and its country's nisba (استهدفوا
    /// ناقلة نفط سعودية, أسقطت طائرة روسية): the phrase from token `j`, coded as that country.
    /// Only the direct object (at `begin`, the first word after the subject) or the object of
    /// على / ضد: a nisba elsewhere names helpers or origins (بدعم جوي أميركي, من أصول أفريقية).
    fn struck_property(&self, f: &Found, j: usize, begin: usize) -> Option<Actor> {
        // ... and the people a release falls on, after عن (أفرجت السلطات عن ناشطة بريطانية)
        let release = f.code.starts_with("084") && j > begin && self.key(j - 1) == "عن";
        if !self.direct_object(j, begin) && !release {
            return None;
        }
        let end = self.sent.tokens.end;
        let plain = |k: usize| {
            let t = &self.doc.tokens[k];
            k < end
                && self.ent_of[k].is_none()
                && !t.punct
                && !t.verb
                && !t.key.starts_with("ال")
                && !self.is_prep(k)
                && self.lookup(k).is_none()
                && !crate::classify::is_number(&t.key)
        };
        let violent = matches!(f.code.get(..2), Some("18" | "19" | "20")) || release;
        // ... and no noun joined to another by و (وفصائل سورية: a second subject)
        if !violent || !plain(j) || self.key(j).starts_with('و') {
            return None;
        }
        // the nisba right after the noun, or after one noun in construct (ناقلة نفط سعودية); a
        // nisba of the dictionaries, not a town's name read into a word (أمنية)
        let country = |k: usize| {
            let key = self.key(k);
            let shape = ["ي", "يه", "يين", "يون", "يات"]
                .iter()
                .any(|e| key.ends_with(e));
            let keys = [key.to_string()];
            let (e, _) = self.lx.actor_at(&keys, 0)?;
            // the entry spells the word's own start (أمنية is no منى)
            let own = e.keys.first().is_some_and(|w| key.starts_with(w.as_str()));
            let state = e.kind != "city" && self.lx.is_country_level(&e.code);
            (shape && own && state).then(|| (k, e.code.clone()))
        };
        let (nisba, code) = (j + 1..(j + 3).min(end))
            .take_while(|&k| plain(k))
            .find_map(country)?;
        Some(self.span_actor(j, nisba, Some(code)))
    }

    /// The country of the diplomats at token `j` an expulsion sends away, by the nationality
    /// word right after them (ستطرد كندا أربعة دبلوماسيين روس; broken plurals such as روس and
    /// أتراك are curated actors: `core::ACTORS`): its mention in the document, else the word.
    fn diplomats_country(&self, j: usize) -> Option<Actor> {
        let k = j + 1;
        if k >= self.doc.tokens.len() || self.doc.tokens[k].punct {
            return None;
        }
        if let Some(code) = crate::actors::country_of(self.lx, self.key(k)) {
            return self.country_actor(k, code);
        }
        // ... or the nisba of the mission they belong to (أحد الدبلوماسيين ضمن الملحق العسكري
        // الروسي)
        const WITHIN: [&str; 2] = ["ضمن", "في"];
        if !WITHIN.contains(&self.key(k)) {
            return None;
        }
        let end = (k + 5).min(self.sent.tokens.end);
        let (n, code) = (k + 1..end)
            .take_while(|&n| !self.doc.tokens[n].punct && self.ent_of[n].is_none())
            .find_map(|n| {
                let key = self.key(n);
                is_nisba(key)
                    .then(|| crate::actors::country_of(self.lx, key))
                    .flatten()
                    .map(|c| (n, c))
            })?;
        self.country_actor(n, code)
    }

    /// Diplomats an expulsion names without their nationality stand for those the document
    /// named with it before (طردت دول أوروبية دبلوماسيين روسا ... - بولندا: ستطرد أربعة
    /// دبلوماسيين): the latest such country.
    fn earlier_diplomats_country(&self, j: usize) -> Option<Actor> {
        // ... only where the clause ends with them, past a count (ستطرد دبلوماسيين اثنين.)
        const COUNTS: [&str; 4] = ["اثنين", "واحد", "واحدا", "اثنان"];
        let next = (j + 1..self.sent.tokens.end).find(|&k| !COUNTS.contains(&self.key(k)));
        if next.is_some_and(|k| !self.doc.tokens[k].punct) {
            return None;
        }
        (0..j)
            .rev()
            .filter(|&d| is_diplomat(self.key(d)))
            .find_map(|d| self.diplomats_country(d))
    }

    /// A counterpart left unnamed (التقى لافروف نظيره التركي): the noun with its nisba, coded as
    /// that country's government; `None` when a person's name follows (نظيره الروسي سيرغي
    /// لافروف), the target then.
    fn counterpart(&self, j: usize) -> Option<Actor> {
        if !self.bare_key(j).starts_with("نظير") || self.ent_of[j].is_some() {
            return None;
        }
        let last = self.adjectives_end(j);
        // ... also between commas (حذر روحاني نظيره الأميركي، دونالد ترامب)
        let after = if last + 1 < self.sent.tokens.end && self.apposition_comma(last + 1) {
            last + 2
        } else {
            last + 1
        };
        let named = (after < self.sent.tokens.end)
            .then(|| self.ent_of[after])
            .flatten()
            .is_some_and(|e| self.doc.entities[e].etype == "PER");
        if named {
            return None;
        }
        // a counterpart holds an office: its country's government
        let mut a = self.phrase_actor(j, last);
        if let Some(c) = a
            .code
            .as_mut()
            .filter(|c| self.lx.countries.contains(c.as_str()))
        {
            c.push_str("GOV");
        }
        // the person whose role the document gives with the same nisba (الرئيس السوري بشار
        // الأسد ... نظيره السوري)
        let nisba = name_core(self.key(last));
        let holder = self
            .doc
            .roles
            .iter()
            .filter(|_| last > j)
            .find(|(_, r)| name_core(r).split(' ').any(|w| w == nisba));
        a.group = holder.map(|(g, _)| *g);
        Some(a)
    }

    /// An indefinite noun of people in construct with a name or a definite noun (مقاتلي
    /// المعارضة, سكان بلدة خان شيخون, أقلية الروهينغا): the people an act is done to.
    pub(super) fn people_construct(&self, j: usize) -> Option<Actor> {
        const PEOPLE: [&str; 9] = [
            "اقليه",
            "طلاب",
            "تلاميذ",
            "تلميذات",
            "عمال",
            "مواطني",
            "لاجيي",
            "نازحي",
            "مفتشي",
        ];
        // (with the ل of an object: سمحت روسيا لمفتشي الأسلحة الكيمياوية)
        let k = self.bare_key(j);
        let k = k
            .strip_prefix('ل')
            .filter(|r| PEOPLE.contains(r))
            .unwrap_or(k);
        let people = PEOPLE.contains(&k) || personal_noun(k) || dweller(k);
        let next = j + 1;
        if !people
            || k.starts_with("ال")
            || self.ent_of[j].is_some()
            || next >= self.sent.tokens.end
        {
            return None;
        }
        // the genitive: a mention (with the place noun before it: بلدة خان شيخون), or a
        // definite noun and its adjectives
        let named = |n: usize| {
            (n < self.sent.tokens.end)
                .then(|| self.ent_of[n])
                .flatten()
                .map(|_| self.mention_last(n))
        };
        let last = named(next)
            .or_else(|| named(next + 1).filter(|_| !self.key(next).starts_with("ال")))
            .or_else(|| {
                self.key(next)
                    .starts_with("ال")
                    .then(|| self.adjectives_end(next))
            })?;
        // a title before a person's name (على رئيسة الوزراء تيريزا ماي) names that person
        if self.titles_a_person(last + 1) {
            return None;
        }
        Some(self.phrase_actor(j, last))
    }

    /// A definite sound plural of a dictionary agent noun (في صفوف الصحافيين, ضد المدنيين,
    /// المقاتلين الأكراد) with its adjectives: a group of people an act is done to.
    pub(super) fn people_plural(&self, j: usize) -> Option<Actor> {
        // ... or a broken plural of dwellers (دعا الجيش السكان إلى الخروج, الأهالي)
        let k = self.bare_key(j);
        let dwellers = dweller(k);
        let plural = ["ين", "ون"].iter().any(|s| k.ends_with(s)) || dwellers;
        let definite = ["ال", "لل", "بال"].iter().any(|p| k.starts_with(p));
        let agent = dwellers || candidates(k).iter().any(|c| self.agent_word(c));
        if !(plural && definite && agent) || self.ent_of[j].is_some() {
            return None;
        }
        let last = self.adjectives_end(j);
        // a people the dictionaries code stands as an adjective (المقاتلين الأكراد)
        let people = |n: usize| {
            let coded = |k: &str| {
                let c = candidates(k);
                is_nisba(k)
                    || crate::core::ACTORS
                        .iter()
                        .any(|(a, _)| c.iter().any(|x| x == a))
            };
            n < self.sent.tokens.end
                && self.key(n).starts_with("ال")
                && !self.named(n)
                && coded(self.key(n))
        };
        let last = if people(last + 1) { last + 1 } else { last };
        Some(self.phrase_actor(j, last))
    }

    /// When no object follows the trigger in its clause: the nearest other mention of the
    /// sentence, one after the trigger (not a place object) first, then one before it. Events in
    /// news name their target somewhere in the sentence far more often than not.
    pub(super) fn fallback_target(&self, f: &Found, source: Option<&Actor>) -> Option<Actor> {
        let chain = source
            .map(|s| self.coordinated_after(s.end))
            .unwrap_or_default();
        // the subject of a relative clause on the source (الذي تقوده السعودية) is no party
        let clause = source.and_then(|s| self.relative_clause_after(s));
        let usable = |j: usize| {
            let e = self.ent_of[j]?;
            let ent = &self.doc.entities[e];
            let is_source = source.is_some_and(|s| {
                (s.start <= ent.start && s.end >= ent.end)
                    || (s.group.is_some() && s.group == ent.group)
                    || (s.group.is_some() && self.title_of(e, j) == s.group)
            });
            let same_name = source.is_some_and(|s| {
                name_core(&s.text) == name_core(&self.doc.original[ent.start..ent.end])
            });
            let apposition = source.is_some_and(|s| {
                let between = |a: usize, b: usize| {
                    self.doc.original[a..b].trim_matches(|c: char| c.is_whitespace() || c == '،')
                };
                (s.end <= ent.start && between(s.end, ent.start).is_empty())
                    || (ent.end <= s.start && between(ent.end, s.start).is_empty())
            }) || chain.contains(&e)
                || clause.as_ref().is_some_and(|c| c.contains(&j))
                || self.violent_partner(f, source, ent)
                || self.lam_genitive(source, j);
            // (a protest is most often against the protesters' own rulers, another side of
            // their country: تظاهر آلاف الجزائريين رفضا لترشح الرئيس عبد العزيز بوتفليقة)
            let protest = f.code.starts_with("14");
            let compatriot = source.is_some_and(|s| {
                let (a, b) = (s.code.as_deref(), ent.code.as_deref());
                if protest {
                    a.is_some() && a == b
                } else {
                    same_side(a, b)
                }
            });
            // a place no dictionary codes (جنيف, معبر أبو سالم) is a scene, not a counterpart
            let scene = self.uncoded_place_entity(e);
            let by = j >= self.sent.tokens.start + 2 && self.supported_by(j - 2);
            // a helper after a support phrase (تحت غطاء جوي من مقاتلات التحالف)
            let helper = (f.last + 1..j).any(|k| SUPPORT_CUES.contains(&self.bare_key(k)));
            // a news agency reports the event, it is not its target
            let media = crate::statements::is_media(&self.doc.original[ent.start..ent.end]);
            // the name the act's own object opens (فتح معبر رفح)
            let own = self.object_name(f, Some(e));
            let witness = self.witness_at(self.mention_first(j));
            let unusable = is_source
                || witness
                || same_name
                || apposition
                || compatriot
                || scene
                || by
                || helper
                || media
                || own
                || self.venue(f, j);
            (!unusable).then_some(e)
        };
        // the country an armed act strikes in (صواريخ على منشآت في سوريا) is its target, and
        // the one a call's change is to happen in, within the call's clause (دعت الأمم المتحدة
        // إلى إنهاء حالة الطوارئ في تركيا)
        let struck = |j: usize| {
            let code = self.ent_of[j].and_then(|e| self.doc.entities[e].code.as_deref());
            let armed = matches!(f.code.get(..2), Some("18" | "19" | "20"));
            let call = matches!(f.code.get(..2), Some("02" | "10"))
                && j > f.last
                && j <= f.last + 10
                && (f.last + 1..j).all(|k| !self.boundary(k));
            (armed || call) && code.is_some_and(|c| self.lx.countries.contains(c))
        };
        // a place phrase (في جنيف) is where the act happens, before the trigger or after it
        let counterpart = |j: usize| usable(j).is_some() && (!self.is_place_object(j) || struck(j));
        let after = (f.last + 1..self.sent.tokens.end).find(|&j| counterpart(j));
        let before = || {
            (self.sent.tokens.start..f.first)
                .rev()
                .find(|&j| counterpart(j))
        };
        match after.or_else(before) {
            Some(j) => Some(self.actor(usable(j)?, j)),
            None => {
                let others = (0..self.doc.tokens.len()).filter_map(usable);
                let e = crate::statements::most_salient(
                    self.doc,
                    others.map(|e| &self.doc.entities[e]),
                )?;
                Some(crate::statements::entity_actor(self.doc, e))
            }
        }
    }

    /// The person group an unnamed title mention `e` at word `j` stands for (الأمين العام,
    /// before للأمم المتحدة أنطونيو غوتيريش, is Guterres), if the text gives a person that role.
    fn title_of(&self, e: usize, j: usize) -> Option<usize> {
        if self.doc.entities[e].group.is_some() {
            return None;
        }
        let mut a = self.actor(e, j);
        super::resolve_role(self.doc, &mut a);
        a.group
    }

    /// The people a deportation names as its pattern's object (رحلت السلطات الألمانية مئات
    /// اللاجئين: the refugees, with their count and adjectives; رحّلت السلطات مراسلة صحيفة
    /// التايمز بل ترو: the reporter named after her title).
    pub(super) fn deportees(&self, f: &Found) -> Option<Actor> {
        // (the object of the pattern, no act noun: أمرت بترحيل ثلاثة صحفيين)
        if f.code != "174" || f.last == f.first || self.lookup(f.last).is_some() {
            return None;
        }
        let end = self.sent.tokens.end;
        let named = (f.last + 1..(f.last + 6).min(end))
            .take_while(|&j| !self.boundary(j) && !self.is_prep(j))
            .find_map(|j| self.ent_of[j].filter(|&e| self.doc.entities[e].etype == "PER"));
        if let Some(e) = named {
            return Some(crate::statements::entity_actor(
                self.doc,
                &self.doc.entities[e],
            ));
        }
        let first = (f.first + 1..f.last)
            .rev()
            .take_while(|&j| self.count_word(j))
            .last()
            .unwrap_or(f.last);
        Some(self.span_actor(first, self.adjectives_end(f.last), None))
    }

    /// The entities coordinated with a phrase ending at byte `end` (الولايات المتحدة وفرنسا
    /// وبريطانيا): each next mention separated from the previous one by nothing but spaces,
    /// a comma or the conjunction و.
    fn coordinated_after(&self, mut end: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut ents: Vec<usize> = (0..self.doc.entities.len())
            .filter(|&e| self.doc.entities[e].start >= end)
            .collect();
        ents.sort_by_key(|&e| self.doc.entities[e].start);
        for e in ents {
            let ent = &self.doc.entities[e];
            // spaces aside, a comma, و, or both (الولايات المتحدة، وبريطانيا، وفرنسا)
            let gap: String = self.doc.original[end..ent.start]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let text = &self.doc.original[ent.start..ent.end];
            let joined = matches!(gap.as_str(), "و" | "،" | "," | "،و" | ",و")
                || (gap.is_empty() && text.starts_with('و'));
            if !joined {
                break;
            }
            out.push(e);
            end = ent.end;
        }
        out
    }
}

/// Whether a noun stem names a person: a nisba (صحفي, مدني) or a participle (مسلح, متهم, ناشط),
/// the stems sound plurals of people are made of; nouns of place in م (موقع, مطار) are none, and
/// the same ين on a thing's noun is a dual (استهدف موقعين, أطلق صاروخين).
fn person_stem(stem: &str) -> bool {
    const PLACES: [&str; 9] = [
        "موقع",
        "مركز",
        "منزل",
        "معسكر",
        "مطار",
        "مبني",
        "مستشفي",
        "مصنع",
        "معبر",
    ];
    let letters: Vec<char> = stem.chars().collect();
    let active = letters.len() == 4 && letters[1] == 'ا';
    let participle = active || letters.len() >= 4 && letters[0] == 'م' && !PLACES.contains(&stem);
    nisba_stem(stem) || participle
}

/// Nouns of people a nationality may qualify that the actor dictionaries lack (خبراء روس).
const PEOPLE_HEADS: [&str; 2] = ["خبراء", "خبير"];

/// Broken and feminine plurals of persons an act may fall on as its indefinite object
/// (اعتقلت الشرطة أمراء, اعتقال نشطاء, ناشطات).
const PEOPLE_PLURALS: [&str; 10] = [
    "امراء",
    "نشطاء",
    "زعماء",
    "علماء",
    "وزراء",
    "رجال",
    "ناشطات",
    "صحفيات",
    "طالبات",
    "نساء",
];
