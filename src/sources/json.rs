//! JSON inputs: JSON Lines (one article per line) and `.json` files holding
//! JSON Lines, an array of articles or a single article.
//!
//! Field names of the common crawlers are accepted: `text` | `maintext` |
//! `content` | `body`; `source` | `source_domain` | `sitename` | `hostname`;
//! `published` | `date_publish` | `date` | `publishedAt`; `id`, `title`, `url`.

use super::{Fields, Overrides, Parsed};
use crate::diagnostics::{Diagnostic, Origin, Problem};
use serde_json::{Map, Value};

const TEXT_KEYS: &[&str] = &["text", "maintext", "content", "body"];
const SOURCE_KEYS: &[&str] = &[
    "source",
    "source_domain",
    "sitename",
    "site_name",
    "hostname",
];
const DATE_KEYS: &[&str] = &[
    "published",
    "date_publish",
    "date",
    "publishedAt",
    "published_at",
];
const ID_KEYS: &[&str] = &["id", "article_id"];

/// Parses one line of JSON Lines; a blank line gives nothing.
pub(super) fn parse_line(bytes: &[u8], origin: &Origin, ov: &Overrides) -> Parsed {
    let mut parsed = Parsed::default();
    if let Some(value) = decode_line(bytes, origin, &mut parsed) {
        record(value, origin, ov, &mut parsed);
    }
    parsed
}

/// As [`parse_line`], letting go of the line as soon as it is decoded: a
/// huge line (a 50 MB article) is then never held at once with both its
/// decoded and its normalised text.
pub(super) fn parse_owned_line(bytes: Vec<u8>, origin: &Origin, ov: &Overrides) -> Parsed {
    let mut parsed = Parsed::default();
    let value = decode_line(&bytes, origin, &mut parsed);
    drop(bytes);
    if let Some(value) = value {
        record(value, origin, ov, &mut parsed);
    }
    parsed
}

/// The JSON value of one line (`None` for a blank line, or with its
/// diagnostic in `parsed` when the line is not UTF-8 or not JSON).
fn decode_line(bytes: &[u8], origin: &Origin, parsed: &mut Parsed) -> Option<Value> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            parsed.diagnostics.push(Diagnostic::new(
                origin.clone(),
                Problem::NotUtf8,
                format!(
                    "not valid UTF-8 (byte 0x{:02X} at column {}); re-save the file as UTF-8",
                    bytes[e.valid_up_to()],
                    e.valid_up_to() + 1
                ),
            ));
            return None;
        }
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return None;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) => Some(value),
        Err(e) => {
            parsed.diagnostics.push(Diagnostic::new(
                origin.clone(),
                Problem::BadJson,
                format!(
                    "invalid JSON at column {}: {}",
                    e.column(),
                    strip_position(&e)
                ),
            ));
            None
        }
    }
}

/// Parses a whole text as JSON Lines.
pub(super) fn parse_lines(text: &str, origin: &Origin, ov: &Overrides) -> Parsed {
    let mut parsed = Parsed::default();
    for (i, line) in text.lines().enumerate() {
        let p = parse_line(line.as_bytes(), &origin.at_line(i + 1), ov);
        parsed.articles.extend(p.articles);
        parsed.diagnostics.extend(p.diagnostics);
    }
    parsed
}

/// A `.json` file (or JSON on stdin): an array of articles, a single article
/// spread over several lines, or JSON Lines.
pub(super) fn parse_document(text: &str, origin: &Origin, ov: &Overrides) -> Parsed {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => {
            let mut parsed = Parsed::default();
            for (i, item) in items.into_iter().enumerate() {
                // Report array elements by position, as there is no line to give.
                let mut p = Parsed::default();
                record(item, origin, ov, &mut p);
                for d in &mut p.diagnostics {
                    d.message = format!("element {} of the array: {}", i + 1, d.message);
                }
                parsed.articles.extend(p.articles);
                parsed.diagnostics.extend(p.diagnostics);
            }
            parsed
        }
        Ok(value) => {
            let mut parsed = Parsed::default();
            record(value, origin, ov, &mut parsed);
            parsed
        }
        Err(_) => parse_lines(text, origin, ov),
    }
}

/// One JSON value that should be an article object.
fn record(value: Value, origin: &Origin, ov: &Overrides, parsed: &mut Parsed) {
    let Value::Object(mut map) = value else {
        parsed.diagnostics.push(Diagnostic::new(
            origin.clone(),
            Problem::BadJson,
            format!(
                "expected a JSON object with a \"text\" field, found {}",
                kind(&value)
            ),
        ));
        return;
    };
    let fields = Fields {
        id: first_string(&map, ID_KEYS),
        source: first_string(&map, SOURCE_KEYS),
        title: first_string(&map, &["title"]),
        published: first_string(&map, DATE_KEYS),
        url: first_string(&map, &["url", "link"]),
        // Taken, not copied: the text may be most of a huge line.
        text: take_string(&mut map, TEXT_KEYS),
        ..Fields::default()
    };
    parsed.build(fields, origin, None, ov);
}

/// The first of `keys` that holds a usable value: a string, a number (ids),
/// or an object with a `name` (NewsAPI's `source`).
fn first_string(map: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    let key = keys.iter().find(|k| map.get(**k).is_some_and(usable))?;
    map.get(*key).and_then(as_field)
}

/// As [`first_string`], moving a string out of `map` rather than copying it.
fn take_string(map: &mut Map<String, Value>, keys: &[&str]) -> Option<String> {
    let key = keys.iter().find(|k| map.get(**k).is_some_and(usable))?;
    match map.remove(*key)? {
        Value::String(s) => Some(s),
        other => as_field(&other),
    }
}

/// Whether a field's value is usable: a string with more than spaces, a
/// number, or an object with a string `name`.
fn usable(v: &Value) -> bool {
    match v {
        Value::String(s) => !s.trim().is_empty(),
        Value::Number(_) => true,
        Value::Object(o) => o.get("name").is_some_and(Value::is_string),
        _ => false,
    }
}

/// A usable field's value as text.
fn as_field(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde_json appends " at line 1 column 5"; the column is reported separately.
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(json: &str) -> Parsed {
        parse_line(
            json.as_bytes(),
            &Origin::file("a.jsonl").at_line(7),
            &Overrides::default(),
        )
    }

    #[test]
    fn news_please_fields() {
        let p = line(
            r#"{"maintext":"Body text.","title":"T","date_publish":"2016-01-12 15:30:00","source_domain":"www.bbc.co.uk","url":"https://bbc.co.uk/x"}"#,
        );
        let a = &p.articles[0];
        assert_eq!(a.text, "Body text.");
        assert_eq!(a.source.as_deref(), Some("www.bbc.co.uk"));
        assert_eq!(a.published.unwrap().to_string(), "2016-01-12T15:30:00");
        assert_eq!(a.external_id, "https://bbc.co.uk/x");
    }

    #[test]
    fn trafilatura_fields_and_none_date() {
        let p = line(
            r#"{"text":"Body.","sitename":"Guardian","hostname":"theguardian.com","date":"None","id":42}"#,
        );
        let a = &p.articles[0];
        assert_eq!(a.source.as_deref(), Some("Guardian"));
        assert_eq!(a.published, None);
        assert_eq!(a.external_id, "42");
        assert!(p.diagnostics.is_empty());
    }

    #[test]
    fn bad_lines_name_line_and_column() {
        let p = line(r#"{"text": "unterminated"#);
        let d = &p.diagnostics[0];
        assert_eq!(d.problem, Problem::BadJson);
        assert_eq!(d.origin.to_string(), "a.jsonl:7");
        assert!(
            d.message.starts_with("invalid JSON at column"),
            "{}",
            d.message
        );

        let p = line(r#"{"title":"no body","text":"   "}"#);
        assert_eq!(p.diagnostics[0].problem, Problem::NoText);
        let p = line("[1,2]");
        assert_eq!(p.diagnostics[0].problem, Problem::BadJson);
        assert!(line("   ").articles.is_empty() && line("   ").diagnostics.is_empty());
    }

    #[test]
    fn bad_date_is_a_warning_and_the_article_is_kept() {
        let p = line(r#"{"text":"Body.","published":"sometime"}"#);
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.diagnostics[0].problem, Problem::BadDate);
    }

    #[test]
    fn json_documents_array_object_or_lines() {
        let o = Origin::file("a.json");
        let ov = Overrides::default();
        let arr = parse_document(r#"[{"text":"A"},{"text":"B"},{"nope":1}]"#, &o, &ov);
        assert_eq!(arr.articles.len(), 2);
        assert!(arr.diagnostics[0].message.starts_with("element 3"));
        let pretty = parse_document("{\n  \"text\": \"A\"\n}", &o, &ov);
        assert_eq!(pretty.articles.len(), 1);
        let lines = parse_document("{\"text\":\"A\"}\n{\"text\":\"B\"}\n", &o, &ov);
        assert_eq!(lines.articles.len(), 2);
    }
}
