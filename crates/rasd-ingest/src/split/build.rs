//! The splitter's state machine: walks the lines once and builds articles.

use super::lines::{lines, word_count, Line};
use super::rules::{classify, credit, update_stamp, LineKind};
use super::{Article, PlaceLine, Removal, RemovalReason, SplitOptions};
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
        Draft { article, closed: false }
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

    fn set_source(&mut self, text: &str, span: Span) {
        if self.article.source.is_none() {
            self.article.source = Some(span.text(text).to_string());
            self.article.source_span = Some(span);
        }
    }
}

impl<'a> Builder<'a> {
    pub(crate) fn new(text: &'a str, opts: &'a SplitOptions) -> Self {
        let lines = lines(text);
        let kinds = lines
            .iter()
            .map(|l| (!l.is_blank()).then(|| classify(l.trimmed.text(text))))
            .collect();
        Builder { text, opts, lines, kinds, done: Vec::new(), cur: None }
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
        let Some(kind) = self.kinds[i] else { return i + 1 };
        let span = self.lines[i].trimmed;
        match kind {
            LineKind::Content => match self.caption_copy(i) {
                Some(j) => self.caption(i, j),
                None => {
                    self.content(span);
                    i + 1
                }
            },
            LineKind::Source(s, e) => {
                self.source(span, Span::new(span.start + s, span.start + e));
                i + 1
            }
            LineKind::EndCredit => {
                self.source(span, span);
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
        let short = word_count(self.text, a.trimmed) <= self.opts.max_caption_words;
        (short && a.key == b.key && self.kinds[j] == Some(LineKind::Content)).then_some(j)
    }

    /// A caption printed twice: opens an article (title) or is removed inside one.
    fn caption(&mut self, i: usize, j: usize) -> usize {
        let (first, second) = (self.lines[i].trimmed, self.lines[j].trimmed);
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

    /// A content line: agency credit (first line only), update stamp, kept text.
    fn content(&mut self, line: Span) {
        if self.cur.as_ref().is_none_or(|d| d.closed) {
            self.open(line.start);
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

    /// A bare read-also header and the headline lines after it.
    fn read_also_block(&mut self, i: usize) -> usize {
        let (text, max) = (self.text, self.opts.max_read_also_links);
        let header = self.lines[i].trimmed;
        self.open_if_none(header.start).remove(header, RemovalReason::ReadAlso);
        let mut k = i + 1;
        let mut taken = 0;
        while k < self.lines.len() && taken < max {
            let span = self.lines[k].trimmed;
            match self.kinds[k] {
                None => {}
                Some(LineKind::Content) if is_headline(span.text(text)) => {
                    self.open_if_none(span.start).remove(span, RemovalReason::ReadAlso);
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
        if let Some(d) = self.cur.take() {
            self.done.push(d.article);
        }
    }
}

fn reason_of(kind: LineKind) -> RemovalReason {
    match kind {
        LineKind::MoreDetails => RemovalReason::MoreDetailsTail,
        LineKind::ReadAlso | LineKind::ReadAlsoHeader => RemovalReason::ReadAlso,
        LineKind::Share => RemovalReason::ShareBoilerplate,
        LineKind::Disclaimer => RemovalReason::Disclaimer,
        LineKind::Separator => RemovalReason::Separator,
        LineKind::Source(..) | LineKind::EndCredit => RemovalReason::SourceLine,
        LineKind::Content => unreachable!("content is never removed by kind"),
    }
}

/// Removes an agency credit at the start of `line`; returns what is left of the line.
fn take_credit(text: &str, d: &mut Draft, line: Span) -> Span {
    let Some(c) = credit(line.text(text)) else { return line };
    let at = |(s, e): (usize, usize)| Span::new(line.start + s, line.start + e);
    let agency = at(c.agency);
    let whole = trim(text, Span::new(line.start, line.start + c.end));
    d.article.place_line = Some(PlaceLine { span: whole, place: c.place.map(at), agency });
    d.remove(whole, RemovalReason::AgencyCredit);
    if d.article.source.is_none() {
        d.article.source = Some(agency.text(text).to_string());
        d.article.source_span = Some(agency);
    }
    trim(text, Span::new(line.start + c.end, line.end))
}

/// A related-story headline: short, not ending like a sentence of prose.
fn is_headline(line: &str) -> bool {
    let n = line.split_whitespace().count();
    n <= 16 && !line.ends_with(['.', '،', ':', ','])
}
