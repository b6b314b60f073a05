//! The splitter's state machine: walks the lines once and builds articles.

use super::lines::{lines, Line, COUNTED_WORDS};
use super::related::{mark_link_runs, strip_teaser_tail};
use super::rules::{classify, credit, update_stamp, LineKind};
use super::{Article, PlaceLine, Removal, RemovalReason, SplitOptions, TeaserTails};
use rasd_text::{trim, Span};

/// Walks the lines of one text and builds its articles.
pub(crate) struct Builder<'a> {
    text: &'a str,
    opts: &'a SplitOptions,
    lines: Vec<Line>,
    kinds: Vec<Option<LineKind>>,
    done: Vec<Article>,
    cur: Option<Draft>,
}

/// The article being built.
struct Draft {
    article: Article,
    /// A source line or closing credit ended the report.
    closed: bool,
}

impl Draft {
    fn new(start: usize) -> Draft {
        let article = Article {
            span: Span::new(start, start),
            title: None,
            source: None,
            source_span: None,
            place_line: None,
            updated_at: None,
            updated_span: None,
            body: Vec::new(),
            removed: Vec::new(),
        };
        Draft {
            article,
            closed: false,
        }
    }

    fn extend(&mut self, span: Span) {
        self.article.span.end = self.article.span.end.max(span.end);
    }

    fn remove(&mut self, span: Span, reason: RemovalReason) {
        if !span.is_empty() {
            self.article.removed.push(Removal { span, reason });
            self.extend(span);
        }
    }

    fn keep(&mut self, span: Span) {
        if !span.is_empty() {
            self.article.body.push(span);
            self.extend(span);
        }
    }

    /// Sets the source from a source line: the first one wins, over a start credit's agency.
    fn set_source(&mut self, text: &str, span: Span) {
        let from_credit = self
            .article
            .place_line
            .is_some_and(|p| Some(p.agency) == self.article.source_span);
        if self.article.source.is_none() || from_credit {
            self.article.source = Some(span.text(text).to_string());
            self.article.source_span = Some(span);
        }
    }
}

impl<'a> Builder<'a> {
    pub(crate) fn new(text: &'a str, opts: &'a SplitOptions) -> Self {
        let lines = lines(text);
        let mut kinds: Vec<Option<LineKind>> = lines
            .iter()
            .map(|l| {
                (!l.is_blank())
                    .then(|| classify(l.trimmed.text(text), l.word_count(text, COUNTED_WORDS)))
            })
            .collect();
        if opts.link_runs {
            mark_link_runs(text, &lines, &mut kinds);
        }
        Builder {
            text,
            opts,
            lines,
            kinds,
            done: Vec::new(),
            cur: None,
        }
    }

    /// Runs over all lines and returns the articles.
    pub(crate) fn run(mut self) -> Vec<Article> {
        let mut i = 0;
        while i < self.lines.len() {
            i = self.step(i);
        }
        self.flush();
        self.done
    }

    /// Handles the line at `i` (and any lines it owns); returns the next index.
    fn step(&mut self, i: usize) -> usize {
        let Some(kind) = self.kinds[i] else {
            return i + 1;
        };
        let span = self.lines[i].trimmed;
        match kind {
            LineKind::Content => match self.caption_copy(i) {
                Some(j) => self.caption(i, j),
                None => {
                    self.content(i);
                    i + 1
                }
            },
            LineKind::Source(s, e) | LineKind::EndCredit(s, e) => {
                self.source(span, Span::new(span.start + s, span.start + e));
                i + 1
            }

            LineKind::ReadAlsoHeader => self.read_also_block(i),
            other => {
                self.open_if_none(span.start).remove(span, reason_of(other));
                i + 1
            }
        }
    }

    /// The index of a second copy of caption line `i`, if the next non-blank line repeats it.
    fn caption_copy(&self, i: usize) -> Option<usize> {
        let j = (i + 1..self.lines.len().min(i + 4)).find(|&j| !self.lines[j].is_blank())?;
        let (a, b) = (&self.lines[i], &self.lines[j]);
        let max = self.opts.max_caption_words;
        let short =
            a.word_count(self.text, max + 1) <= max && b.word_count(self.text, max + 1) <= max;
        let copy = short
            && self.kinds[j] == Some(LineKind::Content)
            && a.key(self.text) == b.key(self.text);
        copy.then_some(j)
    }

    /// A line printed twice: a sentence keeps its first copy; a caption opens an
    /// article (title) or is removed inside one.
    fn caption(&mut self, i: usize, j: usize) -> usize {
        let (first, second) = (self.lines[i].trimmed, self.lines[j].trimmed);
        if first.text(self.text).ends_with(['.', '!', '؟', '?', '…']) {
            self.content(i);
            let d = self.cur.as_mut().expect("an open article");
            d.remove(second, RemovalReason::DuplicateParagraph);
            return j + 1;
        }
        let opens = match &self.cur {
            None => true,
            Some(d) => d.closed || (self.opts.split_on_caption && !d.article.body.is_empty()),
        };
        if opens {
            self.open(first.start);
        }
        let d = self.cur.as_mut().expect("an open article");
        if d.article.title.is_none() && d.article.body.is_empty() {
            d.article.title = Some(first);
            d.remove(first, RemovalReason::Title);
        } else {
            d.remove(first, RemovalReason::RepeatedCaption);
        }
        d.remove(second, RemovalReason::RepeatedCaption);
        j + 1
    }

    /// A source line: sets the source and closes an article that has text.
    fn source(&mut self, line: Span, value: Span) {
        let text = self.text;
        let d = self.open_if_none(line.start);
        d.set_source(text, value);
        d.remove(line, RemovalReason::SourceLine);
        d.closed = !d.article.body.is_empty();
    }

    /// Content line `i`: a new article after a closed one or at a dateline that follows
    /// body text; a headline opening the article becomes its title; else agency credit
    /// (first line only), update stamp, kept text.
    fn content(&mut self, i: usize) {
        let line = self.lines[i].trimmed;
        let dateline = || self.opts.split_on_dateline && credit(line.text(self.text)).is_some();
        let opens = match &self.cur {
            None => true,
            Some(d) => d.closed || (!d.article.body.is_empty() && dateline()),
        };
        if opens {
            self.open(line.start);
        }
        if self.opening_headline(i) {
            let d = self.cur.as_mut().expect("an open article");
            d.article.title = Some(line);
            d.remove(line, RemovalReason::Title);
            return;
        }
        let text = self.text;
        let d = self.cur.as_mut().expect("an open article");
        let mut rest = line;
        if d.article.body.is_empty() && d.article.place_line.is_none() {
            rest = take_credit(text, d, line);
        }
        match update_stamp(rest.text(text)) {
            Some((s, e, time)) => {
                let stamp = Span::new(rest.start + s, rest.start + e);
                d.keep(trim(text, Span::new(rest.start, stamp.start)));
                d.remove(stamp, RemovalReason::UpdateStamp);
                if d.article.updated_at.is_none() {
                    d.article.updated_at = Some(time);
                    d.article.updated_span = Some(stamp);
                }
                d.keep(trim(text, Span::new(stamp.end, rest.end)));
            }
            None => d.keep(rest),
        }
    }

    /// True when line `i` opens the current article as a headline: nothing kept yet,
    /// short, no sentence-final punctuation, no credit or stamp, and followed by a
    /// long content line.
    fn opening_headline(&self, i: usize) -> bool {
        let Some(d) = &self.cur else { return false };
        if !self.opts.first_line_title || !d.article.body.is_empty() || d.article.title.is_some() {
            return false;
        }
        let line = self.lines[i].trimmed.text(self.text);
        let Some(j) = (i + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank()) else {
            return false;
        };
        let next_long = self.kinds[j] == Some(LineKind::Content)
            && self.lines[j].word_count(self.text, self.opts.max_title_words + 1)
                > self.opts.max_title_words;
        next_long && is_headline_like(line, self.opts.max_title_words)
    }

    /// A bare read-also header and the headline lines after it.
    fn read_also_block(&mut self, i: usize) -> usize {
        let (text, max) = (self.text, self.opts.max_read_also_links);
        let header = self.lines[i].trimmed;
        self.open_if_none(header.start)
            .remove(header, RemovalReason::ReadAlso);
        let mut k = i + 1;
        let mut taken = 0;
        while k < self.lines.len() && taken < max {
            let span = self.lines[k].trimmed;
            match self.kinds[k] {
                None => {}
                Some(LineKind::Content) if is_headline(span.text(text)) => {
                    self.open_if_none(span.start)
                        .remove(span, RemovalReason::ReadAlso);
                    taken += 1;
                }
                Some(_) => break,
            }
            k += 1;
        }
        k
    }

    fn open_if_none(&mut self, start: usize) -> &mut Draft {
        if self.cur.is_none() {
            self.cur = Some(Draft::new(start));
        }
        self.cur.as_mut().expect("just opened")
    }

    fn open(&mut self, start: usize) {
        self.flush();
        self.cur = Some(Draft::new(start));
    }

    fn flush(&mut self) {
        if let Some(mut d) = self.cur.take() {
            let teasers = match self.opts.teaser_tails {
                TeaserTails::Never => false,
                TeaserTails::AfterDateline => d.article.place_line.is_some(),
                TeaserTails::Always => true,
            };
            if teasers {
                strip_teaser_tail(self.text, &mut d.article);
            }
            self.done.push(d.article);
        }
    }
}

fn reason_of(kind: LineKind) -> RemovalReason {
    match kind {
        LineKind::MoreDetails => RemovalReason::MoreDetailsTail,
        LineKind::ReadAlso | LineKind::ReadAlsoHeader | LineKind::RelatedLink => {
            RemovalReason::ReadAlso
        }
        LineKind::Share => RemovalReason::ShareBoilerplate,
        LineKind::Disclaimer => RemovalReason::Disclaimer,
        LineKind::Byline => RemovalReason::Byline,
        LineKind::Separator => RemovalReason::Separator,
        LineKind::Source(..) | LineKind::EndCredit(..) => RemovalReason::SourceLine,
        LineKind::Content => unreachable!("content is never removed by kind"),
    }
}

/// Removes an agency credit at the start of `line`; returns what is left of the line.
fn take_credit(text: &str, d: &mut Draft, line: Span) -> Span {
    let Some(c) = credit(line.text(text)) else {
        return line;
    };
    let at = |(s, e): (usize, usize)| Span::new(line.start + s, line.start + e);
    let agency = at(c.agency);
    let whole = trim(text, Span::new(line.start, line.start + c.end));
    d.article.place_line = Some(PlaceLine {
        span: whole,
        place: c.place.map(at),
        agency,
    });
    d.remove(whole, RemovalReason::AgencyCredit);
    if d.article.source.is_none() {
        d.article.source = Some(agency.text(text).to_string());
        d.article.source_span = Some(agency);
    }
    trim(text, Span::new(line.start + c.end, line.end))
}

/// A headline: 3 to `max_words` words, no comma, no sentence-final punctuation, no credit or stamp.
fn is_headline_like(line: &str, max_words: usize) -> bool {
    let n = rasd_text::count_words(line, max_words + 1);
    (3..=max_words).contains(&n)
        && !line.contains(['،', ','])
        && !line.ends_with(['.', '،', ':', '؛', '!', '…', ',', '؟', '?'])
        && credit(line).is_none()
        && update_stamp(line).is_none()
}

/// A related-story headline: short, not ending like a sentence of prose.
fn is_headline(line: &str) -> bool {
    let n = rasd_text::count_words(line, 17);
    n <= 16 && !line.ends_with(['.', '،', ':', ','])
}
