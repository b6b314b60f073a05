//! Fast whitespace word counting over UTF-8 bytes.

/// The number of whitespace-separated words of `s` (as `str::split_whitespace`), counting
/// stops at `cap`. Works on bytes: Arabic letters never start a multi-byte white space, so only
/// the lead bytes 0xC2, 0xE1, 0xE2 and 0xE3 need a character decoded.
pub fn count_words(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() && count < cap {
        let b = bytes[i];
        let (space, len) = match b {
            0x09..=0x0D | 0x20 => (true, 1),
            0x00..=0x7F => (false, 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
            0xC0..=0xDF => (false, 2),
            0xE0..=0xEF => (false, 3),
            _ => (false, 4),
        };
        if !space && !in_word {
            count += 1;
        }
        in_word = !space;
        i += len;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_like_split_whitespace() {
        assert_eq!(count_words("  وقال\u{00A0}كارتر\u{2009}إن  ", 10), 3);
        assert_eq!(count_words("a b c d", 2), 2);
        assert_eq!(count_words("", 5), 0);
    }

    proptest! {
        #[test]
        fn equals_split_whitespace(s in "(\\PC|[ \t\n\u{00A0}\u{2000}-\u{200B}\u{3000}\u{0600}-\u{06FF}])*", cap in 0usize..50) {
            prop_assert_eq!(count_words(&s, cap), s.split_whitespace().take(cap).count());
        }
    }
}
