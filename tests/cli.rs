//! End to end: the command line as a new user meets it on the demo corpus:
//! whole ids and dates in tables, CSV headers of every kind of row, `%`
//! and `_` as plain characters, which flags a plain `flags` lists, the
//! ClaimReview fields consumers need, one wording for an unknown reviewer,
//! `serve` without a database, and the README's getting started.

mod common;

use common::{Workspace, copy_dir, demo_corpus};
use predicates::prelude::*;
use serde_json::Value;

fn demo() -> Workspace {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    ws
}

#[test]
fn tables_never_cut_ids_or_dates() {
    let ws = demo();
    // (listing, fields whose every value the table shows whole)
    let cases: &[(&[&str], &[&str])] = &[
        (&["articles"], &["id", "published"]),
        (&["quotes"], &["published"]),
        // A date claim's value is its date.
        (&["claims", "--kind", "date"], &["value"]),
        (&["stories"], &["id", "first_published", "last_published"]),
        (&["flags"], &["id"]),
    ];
    for (listing, fields) in cases {
        let table = ws.ok(listing);
        let rows = ws.jsonl(listing);
        assert!(!rows.is_empty(), "{listing:?} lists something");
        for row in &rows {
            for field in *fields {
                let v = match &row[*field] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                assert!(
                    table.contains(&v),
                    "{listing:?}: {field} {v} whole in:\n{table}"
                );
            }
        }
        assert!(!table.contains("2025-0…"), "{table}");
    }
}

#[test]
fn flags_csv_has_the_columns_of_every_kind() {
    let ws = demo();
    let csv = ws.ok(&["flags", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    for col in ["a.surface", "a.text", "b.surface", "b.text"] {
        assert!(header.contains(&col), "{col} in {header:?}");
    }
    let text_col = header.iter().position(|c| *c == "a.text").unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let quote_rows: Vec<_> = reader
        .records()
        .map(Result::unwrap)
        .filter(|r| r.iter().any(|c| c.starts_with("quote_")))
        .collect();
    assert!(!quote_rows.is_empty());
    for r in &quote_rows {
        assert!(!r[text_col].is_empty(), "quote text filled: {r:?}");
    }
}

#[test]
fn like_wildcards_in_filters_are_plain_characters() {
    let ws = demo();
    let cases: &[&[&str]] = &[
        &["quotes", "--speaker", "%"],
        &["quotes", "--source", "%"],
        &["quotes", "--source", "_"],
        &["claims", "--subject", "%"],
        &["claims", "--source", "_"],
        &["articles", "--source", "%"],
        &["flags", "--source", "%"],
        &["stories", "--search", "%"],
        &["speakers", "--name", "%"],
    ];
    for args in cases {
        let rows = ws.jsonl(args);
        assert!(rows.is_empty(), "{args:?} matched {} rows", rows.len());
    }
    // Plain text still matches.
    assert!(!ws.jsonl(&["claims", "--subject", "sailings"]).is_empty());
    assert!(!ws.jsonl(&["flags", "--source", "coastline"]).is_empty());
}

#[test]
fn plain_flags_lists_only_what_the_latest_analysis_finds() {
    let ws = Workspace::new();
    let corpus = ws.path("corpus");
    copy_dir(&demo_corpus(), &corpus);
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let before = ws.jsonl(&["flags"]);
    let numeric: Vec<&Value> = before
        .iter()
        .filter(|f| f["kind"] == "numeric_conflict")
        .collect();
    assert!(!numeric.is_empty());
    let id_num = numeric[0]["id"].as_i64().unwrap();
    let id = id_num.to_string();
    ws.ok(&["review", &id, "--verdict", "confirmed"]);
    // Coastline Daily corrects its 26% to the others' 62%: no disagreement left.
    let page = corpus.join("coastline-daily/ferry-strike.html");
    let html = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, html.replace("26%", "62%")).unwrap();
    ws.ok(&["ingest", corpus.to_str().unwrap()]);
    let plain = ws.jsonl(&["flags"]);
    assert!(plain.iter().all(|f| f["found"] == true), "{plain:#?}");
    assert!(plain.iter().all(|f| f["id"] != id_num));
    let all = ws.jsonl(&["flags", "--all"]);
    let kept = all.iter().find(|f| f["id"] == id_num).expect("kept");
    assert_eq!(kept["status"], "confirmed");
    assert_eq!(kept["found"], false);
}

#[test]
fn claimreview_has_its_page_the_claim_checked_and_one_unknown_reviewer() {
    let ws = demo();
    let flag = ws
        .jsonl(&["flags", "--kind", "numeric_conflict"])
        .into_iter()
        .next()
        .unwrap();
    let id = flag["id"].to_string();
    // Nobody named: no --reviewer, no login name in the environment.
    let mut review = ws.cmd(&["review", &id, "--verdict", "confirmed"]);
    for v in ["CROSSCHECK_REVIEWER", "USER", "USERNAME", "LOGNAME"] {
        review.env_remove(v);
    }
    review.assert().success();
    let show = ws.ok(&["flag", "show", &id]);
    assert!(show.contains("by unknown reviewer"), "{show}");
    let out = ws.ok(&[
        "export",
        "--claimreview",
        "--base-url",
        "https://desk.example.org/",
    ]);
    let reviews: Value = serde_json::from_str(&out).unwrap();
    let r = &reviews[0];
    assert_eq!(r["url"], format!("https://desk.example.org/flags/{id}"));
    assert_eq!(r["author"]["name"], "unknown reviewer");
    let claimed = r["claimReviewed"].as_str().unwrap();
    let surface = flag["b"]["surface"].as_str().unwrap();
    assert!(claimed.contains(surface), "{claimed:?} holds {surface:?}");
    assert_ne!(claimed, flag["explanation"].as_str().unwrap());
    assert_eq!(r["description"], flag["explanation"]);
}

#[test]
fn serve_refuses_a_missing_database() {
    let ws = Workspace::new();
    ws.cmd(&["serve", "--bind", "127.0.0.1:0"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("crosscheck ingest"));
}

#[test]
fn a_verdict_waits_for_a_writer_instead_of_failing() {
    let ws = demo();
    let id = ws.jsonl(&["flags"])[0]["id"].to_string();
    // Another process (an ingest, say) holds the write lock for a while.
    let writer = rusqlite::Connection::open(ws.db()).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE").unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(700));
        writer.execute_batch("COMMIT").unwrap();
    });
    ws.ok(&["review", &id, "--verdict", "confirmed", "--note", "waited"]);
    release.join().unwrap();
    let show: Value =
        serde_json::from_str(&ws.ok(&["flag", "show", &id, "--format", "json"])).unwrap();
    assert_eq!(show["history"][0]["note"], "waited");
}

/// The README's getting started, as a new user meets it: nothing puts
/// `crosscheck` on the PATH but `cargo install`, so it comes first, before
/// any `crosscheck` command; then those commands work from the repository
/// root (`serve`, which runs until stopped, is the browser tests' part).
#[test]
fn the_readme_installs_crosscheck_before_using_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let section = readme
        .split("\n## Getting started\n")
        .nth(1)
        .expect("a Getting started section")
        .split("\n## ")
        .next()
        .unwrap();
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a shell block in Getting started");
    let commands: Vec<&str> = block
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .flat_map(|l| l.split("&&").map(str::trim))
        .collect();
    assert_eq!(commands.first(), Some(&"cargo install --path ."), "{block}");
    let ws = Workspace::new();
    let mut ran = 0;
    for command in &commands[1..] {
        let words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words[0], "crosscheck", "{command}");
        if words[1] == "serve" {
            continue;
        }
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .current_dir(root)
            .env_remove("CROSSCHECK_DB")
            .arg("--db")
            .arg(ws.db())
            .args(&words[1..])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    assert!(ran >= 2, "ingest and flags ran: {commands:?}");
    assert_eq!(ws.jsonl(&["flags"]).len(), 6, "the demo corpus's six flags");
}

#[test]
fn serve_listens_on_this_machine_by_default() {
    let ws = Workspace::new();
    let help = ws.ok(&["serve", "--help"]);
    assert!(help.contains("[default: 127.0.0.1:7878]"), "{help}");
}
