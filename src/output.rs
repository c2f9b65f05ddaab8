//! The one output layer of every listing command: records (serialised to
//! JSON objects) printed as a table for people, or as JSON, JSON Lines or CSV
//! for programs.
//!
//! JSON and JSON Lines print every field as the record serialises it (the
//! field names are part of the command-line contract). CSV flattens nested
//! objects into dotted columns (`a.source`). The table shows the columns the
//! command chose, cut to a readable width.

use comfy_table::{ContentArrangement, LineStyle, Table, TableStyle};
use serde::Serialize;
use serde_json::{Map, Value};
use std::io::{self, Write};

/// How a listing is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Json,
    Jsonl,
    Csv,
}

/// One column of the table view.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Field of the record; dotted for nested fields (`a.source`).
    pub key: &'static str,
    pub header: &'static str,
    /// Longer values are cut with `…`.
    pub max_chars: usize,
}

impl Column {
    pub const fn new(key: &'static str, header: &'static str, max_chars: usize) -> Self {
        Column {
            key,
            header,
            max_chars,
        }
    }

    /// A column whose values are never cut: ids (to copy them) and dates.
    pub const fn whole(key: &'static str, header: &'static str) -> Self {
        Column::new(key, header, usize::MAX)
    }
}

/// Prints records in `format`; `columns` is the table view.
pub fn print<T: Serialize>(
    out: &mut dyn Write,
    records: impl IntoIterator<Item = T>,
    format: Format,
    columns: &[Column],
) -> io::Result<()> {
    let values = records
        .into_iter()
        .map(|r| serde_json::to_value(r).map_err(io::Error::other));
    match format {
        Format::Jsonl => {
            for v in values {
                serde_json::to_writer(&mut *out, &v?)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            let all: Vec<Value> = values.collect::<io::Result<_>>()?;
            serde_json::to_writer_pretty(&mut *out, &all)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => write_csv(out, values)?,
        Format::Table => {
            let all: Vec<Value> = values.collect::<io::Result<_>>()?;
            write_table(out, &all, columns)?;
        }
    }
    Ok(())
}

fn write_csv(
    out: &mut dyn Write,
    values: impl Iterator<Item = io::Result<Value>>,
) -> io::Result<()> {
    // Records of one listing may differ in fields (a flag's side is a quote
    // with `text` or a claim with `surface`): the header is every field of
    // every record, so all rows are read first.
    let mut rows = Vec::new();
    for v in values {
        let mut flat = Map::new();
        flatten("", &v?, &mut flat);
        rows.push(flat);
    }
    let header = union_of_keys(&rows);
    let mut w = csv::Writer::from_writer(out);
    if !header.is_empty() {
        w.write_record(&header)?;
    }
    for flat in &rows {
        w.write_record(header.iter().map(|k| cell(flat.get(k))))?;
    }
    w.flush()?;
    Ok(())
}

/// Every key of every row, in order: a key first seen in a later row goes
/// right before the next key of that row already known (at the end if none).
fn union_of_keys(rows: &[Map<String, Value>]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for row in rows {
        let row_keys: Vec<&String> = row.keys().collect();
        for (i, k) in row_keys.iter().enumerate() {
            if keys.contains(k) {
                continue;
            }
            let at = row_keys[i + 1..]
                .iter()
                .find_map(|next| keys.iter().position(|h| h == *next))
                .unwrap_or(keys.len());
            keys.insert(at, (*k).clone());
        }
    }
    keys
}

/// Flattens nested objects into dotted keys.
fn flatten(prefix: &str, v: &Value, out: &mut Map<String, Value>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        other => {
            out.insert(prefix.to_string(), other.clone());
        }
    }
}

/// A value as table or CSV cell text.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|i| cell(Some(i)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(other) => other.to_string(),
    }
}

fn lookup<'v>(v: &'v Value, dotted: &str) -> Option<&'v Value> {
    dotted.split('.').try_fold(v, |v, k| v.get(k))
}

fn truncate(s: &str, max: usize) -> String {
    let one_line = s.replace('\n', " ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// Columns separated by spaces, one rule under the header.
const TABLE_STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

fn write_table(out: &mut dyn Write, rows: &[Value], columns: &[Column]) -> io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "(no results)");
    }
    let mut table = Table::new();
    table
        .load_style(TABLE_STYLE)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(columns.iter().map(|c| c.header));
    for row in rows {
        table.add_row(
            columns
                .iter()
                .map(|c| truncate(&cell(lookup(row, c.key)), c.max_chars)),
        );
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "{} row{}",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const COLUMNS: &[Column] = &[
        Column::new("id", "ID", 10),
        Column::new("a.source", "Source", 8),
    ];

    fn render(format: Format) -> String {
        let rows = vec![
            json!({"id": "q1", "a": {"source": "The Daily Meridian", "n": 1}, "tags": ["x", "y"]}),
            json!({"id": "q2", "a": {"source": "BBC", "n": null}, "tags": []}),
        ];
        let mut buf = Vec::new();
        print(&mut buf, rows, format, COLUMNS).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn jsonl_is_one_object_per_line_with_fields_in_order() {
        assert_eq!(
            render(Format::Jsonl),
            "{\"id\":\"q1\",\"a\":{\"source\":\"The Daily Meridian\",\"n\":1},\"tags\":[\"x\",\"y\"]}\n\
             {\"id\":\"q2\",\"a\":{\"source\":\"BBC\",\"n\":null},\"tags\":[]}\n"
        );
    }

    #[test]
    fn csv_flattens_nested_fields() {
        assert_eq!(
            render(Format::Csv),
            "id,a.source,a.n,tags\nq1,The Daily Meridian,1,x; y\nq2,BBC,,\n"
        );
    }

    #[test]
    fn csv_header_holds_the_fields_of_every_record() {
        let rows = vec![
            json!({"id": 1, "a": {"type": "claim", "surface": "26%", "speaker": null}}),
            json!({"id": 2, "a": {"type": "quote", "text": "Enough", "speaker": "Ana"}}),
        ];
        let mut buf = Vec::new();
        print(&mut buf, rows, Format::Csv, &[]).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "id,a.type,a.surface,a.text,a.speaker\n1,claim,26%,,\n2,quote,,Enough,Ana\n"
        );
    }

    #[test]
    fn table_never_cuts_whole_columns() {
        let id = "basil-0d10341a-9dba-4a4f-8a4f-000000000000";
        let rows = vec![json!({"id": id, "published": "2025-03-12T08:00:00+00:00"})];
        let mut buf = Vec::new();
        let cols = [
            Column::whole("id", "id"),
            Column::whole("published", "date"),
        ];
        print(&mut buf, rows, Format::Table, &cols).unwrap();
        let t = String::from_utf8(buf).unwrap();
        assert!(
            t.contains(id) && t.contains("2025-03-12T08:00:00+00:00"),
            "{t}"
        );
    }

    #[test]
    fn json_is_an_array() {
        let v: Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
    }

    #[test]
    fn table_shows_chosen_columns_cut_to_width() {
        let t = render(Format::Table);
        assert!(t.contains("The Dai…"), "{t}");
        assert!(!t.contains("tags"), "{t}");
        assert!(t.ends_with("2 rows\n"), "{t}");
    }
}
