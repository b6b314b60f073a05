//! Byte spans into the original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the ORIGINAL document text.
///
/// Every layer of rasd points into the original with spans, so `original[span.start..span.end]`
/// is always the text a token, entity or quote covers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (`start <= end`).
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// The covered text of `original`.
    pub fn text<'a>(&self, original: &'a str) -> &'a str {
        &original[self.start..self.end]
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn join(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_join_and_contains() {
        let s = "وقال كارتر";
        let a = Span::new(0, 8);
        let b = Span::new(9, s.len());
        assert_eq!(a.text(s), "وقال");
        assert_eq!(b.text(s), "كارتر");
        let j = a.join(b);
        assert_eq!(j.text(s), s);
        assert!(j.contains(a) && !a.contains(j));
        assert!(!a.overlaps(b) && j.overlaps(b));
    }
}
