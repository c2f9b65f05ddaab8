//! Plain text and Markdown articles.
//!
//! ```text
//! Title: Junior doctors strike
//! Source: The Daily Meridian
//! Published: 2016-01-12
//! URL: https://example.org/strike
//! Id: meridian-0112
//!
//! Body text…
//! ```
//!
//! The header is optional: it is every leading `Key: value` line up to the
//! first blank line, and is taken as a header only if all its lines have that
//! shape and at least one key is known (so a body that opens with
//! "Warning: …" stays body). YAML front matter between `---` lines is read the
//! same way. Without a `Title`, a Markdown `# Heading` or a short first line
//! standing alone as a paragraph (the BBC dataset's layout) is the title.

use super::{Fields, Overrides, Parsed};
use crate::diagnostics::Origin;

const KNOWN_KEYS: &[&str] = &[
    "title",
    "source",
    "outlet",
    "published",
    "date",
    "url",
    "link",
    "id",
];

pub(super) fn parse(
    text: &str,
    origin: &Origin,
    fallback_id: Option<String>,
    ov: &Overrides,
) -> Parsed {
    // (Copied only when there is a CR to drop: a file may be very long.)
    let text: std::borrow::Cow<str> = if text.contains('\r') {
        text.replace("\r\n", "\n").into()
    } else {
        text.into()
    };
    let (header, body) = split_header(&text);
    let mut fields = Fields::default();
    for (key, value) in header {
        let value = Some(value.to_string());
        match key.to_ascii_lowercase().as_str() {
            "title" => fields.title = value,
            "source" | "outlet" => fields.source = value,
            "published" | "date" => fields.published = value,
            "url" | "link" => fields.url = value,
            "id" => fields.id = value,
            _ => {}
        }
    }
    let mut body = body;
    if fields.title.is_none()
        && let Some((title, rest)) = leading_title(body)
    {
        fields.title = Some(title.to_string());
        body = rest;
    }
    fields.text = Some(body.to_string());
    let mut parsed = Parsed::default();
    parsed.build(fields, origin, fallback_id, ov);
    parsed
}

/// Splits off the header block, if there is one.
fn split_header(text: &str) -> (Vec<(&str, &str)>, &str) {
    let trimmed = text.trim_start_matches('\n');
    if let Some(rest) = trimmed.strip_prefix("---\n")
        && let Some(end) = rest.find("\n---")
        && let Some(pairs) = header_pairs(&rest[..end])
    {
        let after = rest[end + 4..].split_once('\n').map_or("", |(_, b)| b);
        return (pairs, after);
    }
    let (block, body) = match trimmed.find("\n\n") {
        Some(i) => (&trimmed[..i], &trimmed[i + 2..]),
        None => (trimmed, ""),
    };
    match header_pairs(block) {
        Some(pairs) => (pairs, body),
        None => (Vec::new(), text),
    }
}

/// `Key: value` pairs of a block, if every line has that shape and one key is known.
fn header_pairs(block: &str) -> Option<Vec<(&str, &str)>> {
    let mut pairs = Vec::new();
    for line in block.lines() {
        let (key, value) = line.split_once(':')?;
        let key = key.trim();
        let key_ok = !key.is_empty()
            && key.len() <= 30
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == ' ');
        if !key_ok {
            return None;
        }
        let value = value.trim().trim_matches('"');
        pairs.push((key, value));
    }
    let known = pairs
        .iter()
        .any(|(k, _)| KNOWN_KEYS.contains(&k.to_ascii_lowercase().as_str()));
    (known && !pairs.is_empty()).then_some(pairs)
}

/// A title line: `# Heading`, or a short first line that is a paragraph of
/// its own and does not end like a sentence.
fn leading_title(body: &str) -> Option<(&str, &str)> {
    let body = body.trim_start_matches('\n');
    let (first, rest) = body.split_once('\n')?;
    let first = first.trim();
    if let Some(h) = first.strip_prefix("# ") {
        return Some((h.trim(), rest));
    }
    let stands_alone = rest.starts_with('\n');
    let short = first.split_whitespace().count() <= 20 && first.len() <= 200;
    let sentence_like = first.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '\'', '’']);
    (stands_alone && short && !sentence_like && !rest.trim().is_empty()).then_some((first, rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Problem;

    fn parse_str(text: &str) -> Parsed {
        parse(
            text,
            &Origin::file("a.txt"),
            Some("file:/a.txt".into()),
            &Overrides::default(),
        )
    }

    #[test]
    fn header_then_body() {
        let p = parse_str(
            "Title: Strike\nSource: The Daily Meridian\nPublished: 12 January 2016\nURL: https://e.org/x\nId: m-1\n\nBody one.\n\nBody two.\n",
        );
        let a = &p.articles[0];
        assert_eq!(a.title.as_deref(), Some("Strike"));
        assert_eq!(a.source.as_deref(), Some("The Daily Meridian"));
        assert_eq!(a.published.unwrap().to_string(), "2016-01-12");
        assert_eq!(a.url.as_deref(), Some("https://e.org/x"));
        assert_eq!(a.external_id, "m-1");
        assert_eq!(a.text, "Body one.\n\nBody two.");
    }

    #[test]
    fn body_that_opens_with_a_colon_line_is_not_a_header() {
        let p = parse_str("Warning: storms ahead, forecasters said on Monday.\n\nMore.");
        let a = &p.articles[0];
        assert_eq!(a.title, None);
        assert!(a.text.starts_with("Warning: storms"));
        assert_eq!(a.external_id, "file:/a.txt");
    }

    #[test]
    fn yaml_front_matter_and_markdown_heading() {
        let p = parse_str("---\ntitle: \"Bridge shut\"\nsource: Kestrel News\n---\n\nText here.");
        assert_eq!(p.articles[0].title.as_deref(), Some("Bridge shut"));
        assert_eq!(p.articles[0].text, "Text here.");
        let p = parse_str("# Exam results\nPass rates rose.\n");
        assert_eq!(p.articles[0].title.as_deref(), Some("Exam results"));
        assert_eq!(p.articles[0].text, "Pass rates rose.");
    }

    #[test]
    fn bbc_layout_first_line_is_title() {
        let p = parse_str("Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.");
        assert_eq!(
            p.articles[0].title.as_deref(),
            Some("Ad sales boost Time Warner profit")
        );
        assert_eq!(p.articles[0].text, "Quarterly profits rose 76%.");
    }

    #[test]
    fn header_without_body_is_rejected_as_no_text() {
        for text in ["Title: Only a header\n", "Title: x\nSource: y\n\n\n"] {
            let p = parse_str(text);
            assert!(p.articles.is_empty(), "{text:?}");
            assert_eq!(p.diagnostics[0].problem, Problem::NoText, "{text:?}");
        }
    }
}
