//! Turning bytes into text: UTF-8 only, with clear messages for everything
//! else (binary data, UTF-16, invalid bytes, nothing at all).

use crate::diagnostics::{Diagnostic, Origin, Problem};

/// Decodes `bytes` as UTF-8 text (a leading byte-order mark is dropped).
/// Rejects empty input, binary data and invalid UTF-8 with the line of the
/// first bad byte.
pub fn decode_text<'b>(bytes: &'b [u8], origin: &Origin) -> Result<&'b str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Diagnostic::new(
            origin.clone(),
            Problem::NotUtf8,
            "the text is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)",
        ));
    }
    if looks_binary(bytes) {
        return Err(Diagnostic::new(
            origin.clone(),
            Problem::Binary,
            "binary data, not text; remove it from the input",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = origin.line.unwrap_or(1) + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        let col = at
            - bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        Diagnostic::new(
            Origin {
                line: Some(line),
                ..origin.clone()
            },
            Problem::NotUtf8,
            format!(
                "not valid UTF-8 (byte 0x{:02X} at column {col}); re-save the file as UTF-8 \
                 (e.g. iconv -f latin1 -t UTF-8)",
                bytes[at]
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(Diagnostic::new(
            origin.clone(),
            Problem::Empty,
            "empty: there is no text to ingest",
        ));
    }
    Ok(text)
}

/// Checks the first bytes of a streamed input (a JSON Lines file) for what
/// would make every line fail: binary data, UTF-16, or nothing at all.
pub fn check_head(head: &[u8], origin: &Origin) -> Result<(), Diagnostic> {
    let probe = &head[..head.len().min(8192)];
    // Cut at the last newline so a multi-byte character split by the probe is not an error.
    let probe = match probe.iter().rposition(|&b| b == b'\n') {
        Some(i) if probe.len() == 8192 => &probe[..=i],
        _ => probe,
    };
    match decode_text(probe, origin) {
        Err(d)
            if d.problem != Problem::NotUtf8
                || probe.starts_with(b"\xFF\xFE")
                || probe.starts_with(b"\xFE\xFF") =>
        {
            Err(d)
        }
        // Invalid bytes on one line only cost that line; the line reader reports them.
        _ => Ok(()),
    }
}

/// NUL bytes, or many control bytes, in the first 8 KiB mean binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(bytes: &[u8]) -> Option<Problem> {
        decode_text(bytes, &Origin::file("f.txt"))
            .err()
            .map(|d| d.problem)
    }

    #[test]
    fn accepts_utf8_and_drops_bom() {
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFhello", &Origin::stdin()).unwrap(),
            "hello"
        );
    }

    #[test]
    fn rejects_each_kind_of_bad_bytes() {
        assert_eq!(problem(b""), Some(Problem::Empty));
        assert_eq!(problem(b"  \n\n"), Some(Problem::Empty));
        assert_eq!(problem(b"\x89PNG\r\n\x1a\n\x00\x00"), Some(Problem::Binary));
        assert_eq!(problem(b"\xFF\xFEh\x00i\x00"), Some(Problem::NotUtf8));
        assert_eq!(problem(b"caf\xE9"), Some(Problem::NotUtf8));
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let d = decode_text(b"ok\nstill ok\nbad \xA3 here", &Origin::file("f.txt")).unwrap_err();
        assert_eq!(d.origin.line, Some(3));
        assert!(d.message.contains("0xA3"), "{}", d.message);
        assert!(d.message.contains("column 5"), "{}", d.message);
    }
}
