//! Bytes to text: size limit, binary detection, UTF-8 decoding, emptiness.

use crate::error::{ErrorKind, InputError};

/// Share of control characters (besides tab, newline, CR, form feed) above
/// which a text is considered binary.
const MAX_CONTROL_SHARE: f64 = 0.01;

/// Checks the size of `len` bytes against `max_bytes`.
pub(crate) fn check_size(len: u64, max_bytes: u64, origin: &str) -> Result<(), InputError> {
    if len > max_bytes {
        return Err(InputError::new(
            origin,
            ErrorKind::TooLarge,
            format!(
                "at least {len} bytes exceed the limit of {max_bytes} bytes; raise the limit \
                 (ReadOptions::max_bytes / --max-bytes) or split the document"
            ),
        ));
    }
    Ok(())
}

/// Decodes one document's bytes: rejects binary data, invalid UTF-8 and
/// whitespace-only text; drops a leading UTF-8 byte-order mark.
pub(crate) fn decode(bytes: Vec<u8>, origin: &str, max_bytes: u64) -> Result<String, InputError> {
    decode_or(bytes, origin, max_bytes, |_| None)
}

/// Like [`decode`], but bytes that are not UTF-8 go to `legacy` (e.g. a declared
/// windows-1256 charset); invalid UTF-8 is reported only when it returns `None`.
pub(crate) fn decode_or(
    bytes: Vec<u8>,
    origin: &str,
    max_bytes: u64,
    legacy: impl FnOnce(&[u8]) -> Option<String>,
) -> Result<String, InputError> {
    check_size(bytes.len() as u64, max_bytes, origin)?;
    check_binary(&bytes, origin)?;
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => legacy(e.as_bytes()).ok_or_else(|| invalid_utf8(origin, &e))?,
    };
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    check_text(&text, origin)?;
    Ok(text)
}

/// Rejects NUL bytes and a high share of control bytes.
fn check_binary(bytes: &[u8], origin: &str) -> Result<(), InputError> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(binary(origin, &format!("NUL byte at offset {pos}")));
    }
    let controls = bytes.iter().filter(|&&b| is_bad_control(b)).count();
    if controls > 0 && controls as f64 > MAX_CONTROL_SHARE * bytes.len() as f64 {
        return Err(binary(origin, &format!("{controls} control bytes")));
    }
    Ok(())
}

/// Checks an already decoded text: no NUL, not too many controls, not empty.
pub(crate) fn check_text(text: &str, origin: &str) -> Result<(), InputError> {
    check_binary(text.as_bytes(), origin)?;
    if text.trim().is_empty() {
        return Err(InputError::new(
            origin,
            ErrorKind::Empty,
            "the text is empty or only whitespace; skip this document or check the source",
        ));
    }
    Ok(())
}

fn is_bad_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f
}

fn binary(origin: &str, what: &str) -> InputError {
    InputError::new(
        origin,
        ErrorKind::Binary,
        format!("looks binary ({what}); pass only text, JSON Lines or HTML files, or exclude it with a glob"),
    )
}

/// The [`ErrorKind::InvalidUtf8`] error, with the byte offset of the first bad byte.
pub(crate) fn invalid_utf8(origin: &str, e: &std::string::FromUtf8Error) -> InputError {
    let at = e.utf8_error().valid_up_to();
    InputError::new(
        origin,
        ErrorKind::InvalidUtf8,
        format!(
            "invalid UTF-8 at byte offset {at}; convert the file to UTF-8 \
             (e.g. `iconv -f WINDOWS-1256 -t UTF-8`)"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const MB: u64 = 10 << 20;

    #[test]
    fn decodes_utf8_and_drops_bom() {
        let t = decode("\u{feff}مرحبا".as_bytes().to_vec(), "x", MB).unwrap();
        assert_eq!(t, "مرحبا");
    }

    #[test]
    fn invalid_utf8_reports_offset() {
        let mut b = "ab".as_bytes().to_vec();
        b.push(0xff);
        let e = decode(b, "x", MB).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidUtf8);
        assert!(e.message.contains("offset 2"), "{}", e.message);
    }

    #[test]
    fn nul_and_controls_are_binary() {
        assert_eq!(
            decode(b"a\0b".to_vec(), "x", MB).unwrap_err().kind,
            ErrorKind::Binary
        );
        let mut many = vec![b'a'; 50];
        many.extend([1u8, 2, 3]);
        assert_eq!(decode(many, "x", MB).unwrap_err().kind, ErrorKind::Binary);
        assert!(decode(b"a\tb\r\nc".to_vec(), "x", MB).is_ok());
    }

    #[test]
    fn empty_and_too_large() {
        assert_eq!(
            decode(b" \n\t".to_vec(), "x", MB).unwrap_err().kind,
            ErrorKind::Empty
        );
        assert_eq!(
            decode(b"abcdef".to_vec(), "x", 3).unwrap_err().kind,
            ErrorKind::TooLarge
        );
    }
}
