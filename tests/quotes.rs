//! End-to-end tests of quotes: `quotes`, `speakers` and `extract` on the
//! demo corpus and on small inputs written here.

mod common;

use common::{Workspace, demo_corpus};

fn demo() -> Workspace {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    ws
}

#[test]
fn quotes_by_any_name_of_the_speaker_from_every_outlet() {
    let ws = demo();
    let rows = ws.jsonl(&["quotes", "--speaker", "Achebe", "--kind", "direct"]);
    assert!(rows.len() >= 2, "{rows:?}");
    assert!(rows.iter().all(|r| r["speaker"] == "Martin Achebe"));
    let outlets: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert!(outlets.len() >= 2, "several outlets quote him: {outlets:?}");
    // The full name, the surname and the titled form all find the same quotes.
    assert_eq!(
        ws.jsonl(&["quotes", "--speaker", "Martin Achebe", "--kind", "direct"]),
        rows
    );
}

#[test]
fn quote_records_have_the_contract_fields_and_offsets_into_the_text() {
    let ws = Workspace::new();
    ws.write(
        "a.jsonl",
        concat!(
            r#"{"id":"q-1","source":"Kestrel News","published":"2024-03-05","text":"Zoë Müller, the café owner, said: \"We lost a third of our takings.\""}"#,
            "\n"
        ),
    );
    ws.ok(&["ingest", "a.jsonl"]);
    let rows = ws.jsonl(&["quotes"]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let q = &rows[0];
    let keys: Vec<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
    for field in [
        "id",
        "article_id",
        "source",
        "published",
        "text",
        "start",
        "end",
        "speaker",
        "speaker_kind",
        "cue",
        "kind",
    ] {
        assert!(keys.contains(&field), "{field} missing from {keys:?}");
    }
    assert_eq!(q["article_id"], "q-1");
    assert_eq!(q["speaker"], "Zoë Müller");
    assert_eq!(q["speaker_kind"], "person");
    assert_eq!(q["cue"], "said");
    assert_eq!(q["kind"], "direct");
    let text = "Zoë Müller, the café owner, said: \"We lost a third of our takings.\"";
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        q["text"].as_str().unwrap()
    );
}

#[test]
fn filters_by_kind_source_and_search() {
    let ws = demo();
    let partial = ws.jsonl(&["quotes", "--kind", "partial"]);
    assert!(!partial.is_empty());
    assert!(partial.iter().all(|r| r["kind"] == "partial"));
    let indirect = ws.jsonl(&["quotes", "--kind", "indirect", "--source", "gazette"]);
    assert!(
        indirect
            .iter()
            .all(|r| r["kind"] == "indirect" && r["source"] == "The Portmere Gazette")
    );
    let hits = ws.jsonl(&["quotes", "--search", "fair offer"]);
    assert!(hits.iter().all(|r| {
        r["text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("fair offer")
    }));
    assert!(hits.len() >= 2);
    ws.cmd(&["quotes", "--kind", "shouted"]).assert().code(2);
}

#[test]
fn speakers_merge_names_across_outlets() {
    let ws = demo();
    let rows = ws.jsonl(&["speakers", "--name", "Achebe"]);
    assert_eq!(rows.len(), 1, "one speaker, however named: {rows:?}");
    let s = &rows[0];
    assert_eq!(s["name"], "Martin Achebe");
    assert_eq!(s["kind"], "person");
    assert!(s["sources"].as_i64().unwrap() >= 2);
    let aliases: Vec<&str> = s["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert!(aliases.len() >= 2, "{aliases:?}");
    let orgs = ws.jsonl(&["speakers", "--kind", "organisation"]);
    assert!(
        orgs.iter().any(|o| o["name"] == "Portmere Ferries"),
        "{orgs:?}"
    );
}

#[test]
fn extract_prints_one_object_per_article_without_a_database() {
    let ws = Workspace::new();
    let out = ws
        .cmd(&[
            "extract",
            demo_corpus().join("wires.jsonl").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0]["article_id"], "mpa-flood-0402",
        "input order is kept"
    );
    let quotes = lines[0]["quotes"].as_array().unwrap();
    assert!(
        quotes
            .iter()
            .any(|q| q["speaker"] == "Imran Sheikh" && q["kind"] == "direct")
    );
    assert!(!ws.db().exists(), "extract keeps nothing");
}

#[test]
fn extract_reads_stdin_and_reports_bad_lines() {
    let ws = Workspace::new();
    let input = "{\"id\":\"s-1\",\"text\":\"\\\"Yes,\\\" said Tom Reddaway.\"}\nnot json\n";
    let out = ws.cmd(&["extract"]).write_stdin(input).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(v["quotes"][0]["speaker"], "Tom Reddaway");
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("<stdin>:2: skipped: invalid JSON")
    );
}

#[test]
fn reingesting_unchanged_articles_keeps_their_quotes() {
    let ws = demo();
    let before = ws.count("quotes");
    assert!(before > 0);
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    assert_eq!(ws.count("quotes"), before);
    assert_eq!(ws.count("speakers"), ws.jsonl(&["speakers"]).len() as i64);
}
