//! End-to-end tests of the listing commands over the demo corpus: filters,
//! full-text search and every output format.

mod common;

use common::{Workspace, demo_corpus};

fn demo() -> Workspace {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    ws
}

#[test]
fn articles_filter_by_source_date_and_search() {
    let ws = demo();
    let coastline = ws.jsonl(&["articles", "--source", "coastline"]);
    assert_eq!(coastline.len(), 2);
    assert!(coastline.iter().all(|r| r["source"] == "Coastline Daily"));

    let march = ws.jsonl(&["articles", "--since", "2025-03-01", "--until", "2025-03-31"]);
    assert_eq!(march.len(), 3, "{march:?}");
    assert!(
        march
            .iter()
            .all(|r| r["published"].as_str().unwrap().starts_with("2025-03"))
    );

    let hits = ws.jsonl(&["articles", "--search", "flood defence"]);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|r| r["snippet"].as_str().unwrap().contains('['))
    );
    // Text that is not FTS5 syntax still searches instead of failing.
    assert!(!ws.jsonl(&["articles", "--search", "62%"]).is_empty());
    let limited = ws.jsonl(&["articles", "--limit", "2"]);
    assert_eq!(limited.len(), 2);
}

#[test]
fn jsonl_fields_of_an_article() {
    let ws = demo();
    let rows = ws.jsonl(&["articles", "--source", "Gazette"]);
    let keys: Vec<&str> = rows[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["id", "source", "published", "title", "url", "chars"]);
}

#[test]
fn csv_and_json_and_table_formats() {
    let ws = demo();
    let csv = ws.ok(&["articles", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("id,source,published,title,url,chars"));
    assert_eq!(lines.count(), ws.count("articles") as usize);

    let json: serde_json::Value =
        serde_json::from_str(&ws.ok(&["articles", "--format", "json"])).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        ws.count("articles") as usize
    );

    let table = ws.ok(&["articles"]);
    assert!(table.contains("Ferry crews walk out"), "{table}");
    assert!(table.contains(" rows"), "{table}");
}

#[test]
fn stats_counts_tables_and_sources() {
    let ws = demo();
    let stats = ws.stats();
    let articles = stats["tables"]["articles"].as_i64().unwrap();
    let per_source: i64 = stats["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["articles"].as_i64().unwrap())
        .sum();
    assert_eq!(articles, per_source);
    let csv = ws.ok(&["stats", "--format", "csv"]);
    assert!(csv.starts_with("kind,name,count\n"), "{csv}");
    assert!(csv.contains("source,Coastline Daily,2"), "{csv}");
    let table = ws.ok(&["stats"]);
    assert!(table.contains("Meridian Press Agency"), "{table}");
}

#[test]
fn odd_search_text_is_quoted_and_an_empty_search_is_a_clear_error() {
    let ws = demo();
    // An unbalanced quote is not FTS5 syntax; it is searched for as a word instead.
    assert_eq!(ws.jsonl(&["articles", "--search", "\"Achebe"]).len(), 3);
    ws.cmd(&["articles", "--search", "  "])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("invalid --search query"));
}
