//! The character encoding of a saved web page, found the way browsers find
//! it, so that no page is rejected for not being UTF-8.
//!
//! Order: a byte-order mark; then the page's own declaration (`<meta
//! charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">` or an
//! XML declaration) in its first 4 KiB; then detection (`chardetng`, the
//! detector Firefox uses). One deliberate difference from browsers: bytes that
//! are valid UTF-8 and contain non-ASCII text are read as UTF-8 whatever the
//! page declares, because a page re-saved as UTF-8 usually keeps its old
//! declaration, while text in a legacy encoding is practically never valid
//! UTF-8 by chance. A page that declares UTF-8 but has a few bad bytes among
//! many good multi-byte characters stays UTF-8 (bad bytes become U+FFFD).

use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// How far into the page the declaration is looked for (browsers: 1024
/// bytes; saved pages often carry long comments or scripts before it).
const PRESCAN: usize = 4096;

/// A page's text and the encoding it was read in.
#[derive(Debug)]
pub struct Decoded<'b> {
    pub text: Cow<'b, str>,
    pub encoding: &'static Encoding,
}

/// Reads `bytes` as text in the page's encoding. Never fails: bytes that do
/// not fit the encoding become U+FFFD.
pub fn decode_html(bytes: &[u8]) -> Decoded<'_> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return decode_with(&bytes[bom_len..], enc);
    }
    let declared = declared_encoding(&bytes[..bytes.len().min(PRESCAN)]);
    let enc = choose(bytes, declared);
    decode_with(bytes, enc)
}

fn decode_with<'b>(bytes: &'b [u8], enc: &'static Encoding) -> Decoded<'b> {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding: enc,
    }
}

/// The encoding to read a page without a byte-order mark in.
fn choose(bytes: &[u8], declared: Option<&'static Encoding>) -> &'static Encoding {
    let (good, bad) = utf8_counts(bytes);
    if bad == 0 && (good > 0 || declared.is_none()) {
        return UTF_8;
    }
    match declared {
        // A declared UTF-16 in a page without BOM is read as UTF-8 (HTML standard).
        Some(enc) if enc != UTF_8 && enc.output_encoding() != UTF_8 => return enc,
        Some(_) | None if good >= 4 * bad && good > 0 => return UTF_8,
        _ => {}
    }
    if bad == 0 {
        // Plain ASCII declared as UTF-8 (or UTF-16).
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Non-ASCII characters that are valid UTF-8 (for valid UTF-8: whether
/// there is one), and invalid byte runs.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    if std::str::from_utf8(bytes).is_ok() {
        return (usize::from(!bytes.is_ascii()), 0);
    }
    let (mut good, mut bad) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    (good, bad)
}

/// The encoding the page's head declares, if it names one encoding_rs knows.
pub fn declared_encoding(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    if lower.starts_with(b"<?xml")
        && let Some(end) = memchr::memmem::find(&lower, b"?>")
        && let Some(enc) = label_after(&lower[..end], b"encoding")
    {
        return Some(enc);
    }
    let mut at = 0;
    while let Some(i) = memchr::memmem::find(&lower[at..], b"<meta") {
        let start = at + i;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        if let Some(enc) = label_after(&lower[start..end], b"charset") {
            return Some(enc);
        }
        at = end;
    }
    None
}

/// The encoding label after `key` (`charset=utf-8`, `charset="latin1"`,
/// `encoding='iso-8859-2'`) inside one tag.
fn label_after(tag: &[u8], key: &[u8]) -> Option<&'static Encoding> {
    let i = memchr::memmem::find(tag, key)?;
    let rest = &tag[i + key.len()..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One page's bytes → the encoding it is read in and a piece of its text.
    fn check(bytes: &[u8], encoding: &str, contains: &str) {
        let d = decode_html(bytes);
        assert_eq!(
            d.encoding.name(),
            encoding,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
        assert!(d.text.contains(contains), "{:?} lacks {contains:?}", d.text);
    }

    #[test]
    fn encodings_in_browser_order() {
        let latin1 = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>F\xFCr die Sch\xFCler</p></body></html>";
        let cases: &[(&[u8], &str, &str)] = &[
            (b"\xEF\xBB\xBF<p>caf\xC3\xA9</p>", "UTF-8", "café"),
            (b"\xFF\xFE<\x00p\x00>\x00\xE9\x00", "UTF-16LE", "<p>é"),
            (latin1, "windows-1252", "Für die Schüler"),
            (b"<meta charset='windows-1250'><p>\x9Akoda</p>", "windows-1250", "škoda"),
            (b"<meta charset=\"iso-8859-2\" /><p>\xB3\xF3d\xBC</p>", "ISO-8859-2", "łódź"),
            (b"<?xml version=\"1.0\" encoding=\"koi8-r\"?><p>\xF0\xD2\xC9</p>", "KOI8-R", "При"),
            // Declared Latin-1 but re-saved as UTF-8: the bytes win.
            (b"<meta charset=iso-8859-1><p>F\xC3\xBCr</p>", "UTF-8", "Für"),
            // Declared UTF-8 but written in windows-1252: detected.
            (
                b"<meta charset=utf-8><p>Die Gr\xFC\xDFe aus M\xFCnchen, sch\xF6ne Gr\xFC\xDFe f\xFCr alle \xE4lteren.</p>",
                "windows-1252",
                "Grüße aus München",
            ),
            // Declared UTF-8, a stray bad byte among many good characters: stays UTF-8.
            (
                b"<meta charset=utf-8><p>Gr\xC3\xBC\xC3\x9Fe aus M\xC3\xBCnchen, sch\xC3\xB6ne Gr\xC3\xBC\xC3\x9Fe</p>\x80",
                "UTF-8",
                "Grüße aus München",
            ),
            (b"<p>plain ascii</p>", "UTF-8", "plain ascii"),
            // No declaration, legacy bytes: detected.
            (b"<p>\xC9t\xE9 \xE0 la plage, c'\xE9tait tr\xE8s agr\xE9able</p>", "windows-1252", "Été à la plage"),
        ];
        for (bytes, enc, text) in cases {
            check(bytes, enc, text);
        }
    }

    #[test]
    fn declarations_found_in_each_form() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<meta charset=utf-8>", Some("UTF-8")),
            (
                b"<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset = latin1\">",
                Some("windows-1252"),
            ),
            (b"<meta name=description content=\"charset\">", None),
            (b"<meta charset=\"no-such-thing\">", None),
            (b"<title>charset=latin1</title>", None),
        ];
        for (head, want) in cases {
            assert_eq!(
                declared_encoding(head).map(|e| e.name()),
                *want,
                "{:?}",
                String::from_utf8_lossy(head)
            );
        }
    }
}
