//! `crosscheck extract` then `crosscheck ingest --extracted` gives the
//! store a direct `crosscheck ingest` of the same inputs gives: the same
//! articles (text, metadata, origin), speakers, quotes, claims, stories
//! and flags, table by table (row ids aside), whether the records come in
//! one file or as Spark's shards; and records of another extractor
//! version are refused, naming the file and line.

mod common;

use common::{Workspace, demo_corpus};
use crosscheck::extract::EXTRACTOR_VERSION;
use crosscheck::store::{Store, snapshot::full_snapshot};
use std::path::Path;

/// Everything the store holds, row ids aside.
fn contents(db: &Path) -> String {
    full_snapshot(Store::open_existing(db).unwrap().conn()).unwrap()
}

/// A corpus with several outlets reporting the same events with some
/// numbers and quoted words changed, so that stories and flags form.
fn disputed_corpus(ws: &Workspace) -> String {
    let outlets = ["North Post", "Daily Ledger", "Coast Times", "Harbour News"];
    let events = [
        ("ferry", "Ferry workers", "pay", "Jane Holt", "union leader"),
        (
            "rail",
            "Rail staff",
            "hours",
            "Omar Reid",
            "transport minister",
        ),
        (
            "school",
            "Teachers",
            "class sizes",
            "Priya Nair",
            "education secretary",
        ),
    ];
    let mut lines = Vec::new();
    for (e, (key, who, what, speaker, role)) in events.iter().enumerate() {
        for (o, outlet) in outlets.iter().enumerate() {
            let n = 1200 + 100 * (o % 2);
            let pct = 12 + (o == 3) as usize * 3;
            let word = if o == 2 { "unacceptable" } else { "unfair" };
            let text = format!(
                "{who} walked out on Monday over {what}. About {n} people joined the strike, \
                 and {pct}% of services were cancelled. \"This offer is {word} and we will not \
                 accept it,\" said {speaker}, the {role}. The dispute cost £{}m, officials said.\n\n\
                 {speaker} added that talks would resume on Friday. \"We want a fair deal,\" she said.",
                3 + o % 2
            );
            lines.push(
                serde_json::json!({
                    "id": format!("{key}-{o}"),
                    "source": outlet,
                    "title": format!("{who} strike over {what}"),
                    "published": format!("2024-0{}-1{}T09:00:00+01:00", e + 3, o),
                    "url": format!("https://example.org/{key}/{o}"),
                    "authors": [format!("Reporter {o}")],
                    "text": text,
                })
                .to_string(),
            );
        }
    }
    let path = ws.write("disputed.jsonl", lines.join("\n") + "\n");
    path.to_str().unwrap().to_string()
}

/// Ingests `inputs` directly into one store, and through `extract` and
/// `ingest --extracted` into another; returns both stores' contents.
fn both_ways(ws: &Workspace, inputs: &[&str]) -> (String, String) {
    let direct = ws.path("direct.db");
    let mut args = vec!["ingest", "--no-semantic"];
    args.extend(inputs);
    run(ws, &direct, &args);
    let mut args = vec!["extract"];
    args.extend(inputs);
    let records = run(ws, &ws.path("unused.db"), &args);
    assert!(!records.is_empty());
    let file = ws.write("extracted.jsonl", &records);
    let loaded = ws.path("loaded.db");
    run(
        ws,
        &loaded,
        &[
            "ingest",
            "--no-semantic",
            "--extracted",
            file.to_str().unwrap(),
        ],
    );
    (contents(&direct), contents(&loaded))
}

/// `crosscheck --db DB ARGS…` in the workspace.
fn cmd(ws: &Workspace, db: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(ws.dir.path())
        .env_remove("CROSSCHECK_DB")
        .arg("--db")
        .arg(db)
        .args(args);
    c
}

fn run(ws: &Workspace, db: &Path, args: &[&str]) -> String {
    let out = cmd(ws, db, args).output().unwrap();
    assert!(
        out.status.success(),
        "crosscheck {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Rows in one section of a snapshot.
fn section_rows(snapshot: &str, name: &str) -> usize {
    snapshot
        .split(&format!("## {name}\n"))
        .nth(1)
        .map_or(0, |s| {
            s.lines().take_while(|l| !l.starts_with("## ")).count()
        })
}

#[test]
fn extract_then_ingest_extracted_equals_a_direct_ingest() {
    let ws = Workspace::new();
    let disputed = disputed_corpus(&ws);
    let demo = demo_corpus();
    let (direct, loaded) = both_ways(&ws, &[demo.to_str().unwrap(), &disputed]);
    // The comparison covers every kind of row.
    for section in [
        "articles", "stories", "quotes", "claims", "speakers", "flags",
    ] {
        assert!(
            section_rows(&direct, section) > 0,
            "no {section} in:\n{direct}"
        );
    }
    assert!(section_rows(&direct, "stories") >= 3, "{direct}");
    if direct != loaded {
        let diff: Vec<String> = direct
            .lines()
            .zip(loaded.lines())
            .filter(|(a, b)| a != b)
            .take(10)
            .map(|(a, b)| format!("direct: {a}\nloaded: {b}"))
            .collect();
        panic!(
            "the stores differ ({} and {} lines):\n{}",
            direct.lines().count(),
            loaded.lines().count(),
            diff.join("\n")
        );
    }
}

#[test]
fn spark_shards_in_a_folder_load_like_one_file() {
    let ws = Workspace::new();
    let disputed = disputed_corpus(&ws);
    let records = run(&ws, &ws.path("unused.db"), &["extract", &disputed]);
    let lines: Vec<&str> = records.lines().collect();
    let (a, b) = lines.split_at(lines.len() / 2);
    ws.write("out/part-00000", a.join("\n") + "\n");
    ws.write("out/part-00001", b.join("\n") + "\n");
    ws.write("out/_SUCCESS", "");
    ws.write("out/.part-00000.crc", "not a record");
    ws.write("one.jsonl", &records);
    let from_shards = ws.path("shards.db");
    let args = ["ingest", "--no-semantic", "--extracted"];
    let out = ws.path("out");
    run(
        &ws,
        &from_shards,
        &[&args[..], &[out.to_str().unwrap()]].concat(),
    );
    let from_file = ws.path("file.db");
    let one = ws.path("one.jsonl");
    run(
        &ws,
        &from_file,
        &[&args[..], &[one.to_str().unwrap()]].concat(),
    );
    assert_eq!(contents(&from_shards), contents(&from_file));
    assert_eq!(section_rows(&contents(&from_file), "articles"), lines.len());
    // Loading the same records again changes nothing.
    let again = run_err(
        &ws,
        &from_file,
        &[&args[..], &[one.to_str().unwrap()]].concat(),
    );
    assert!(
        again.contains(&format!("unchanged {}", lines.len())),
        "{again}"
    );
}

/// Runs a command and returns its stderr, whatever its exit status.
fn run_err(ws: &Workspace, db: &Path, args: &[&str]) -> String {
    String::from_utf8(cmd(ws, db, args).output().unwrap().stderr).unwrap()
}

#[test]
fn records_of_another_extractor_version_are_refused_by_file_and_line() {
    let ws = Workspace::new();
    let disputed = disputed_corpus(&ws);
    let records = run(&ws, &ws.path("unused.db"), &["extract", &disputed]);
    let mut lines: Vec<serde_json::Value> = records
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        lines
            .iter()
            .all(|r| r["extractor_version"] == EXTRACTOR_VERSION)
    );
    lines[2]["extractor_version"] = (EXTRACTOR_VERSION - 1).into();
    let text: Vec<String> = lines.iter().map(|v| v.to_string()).collect();
    let file = ws.write("stale.jsonl", text.join("\n") + "\n");
    let db = ws.path("stale.db");
    let args = [
        "ingest",
        "--no-semantic",
        "--extracted",
        file.to_str().unwrap(),
    ];
    let out = cmd(&ws, &db, &args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a stale record must fail the run: {stderr}"
    );
    assert!(stderr.contains("stale.jsonl:3"), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "made by extractor version {}, but this build's is {EXTRACTOR_VERSION}",
            EXTRACTOR_VERSION - 1
        )),
        "{stderr}"
    );
    let store = Store::open_existing(&db).unwrap();
    let stored: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored as usize, lines.len() - 1, "the others are stored");
}

/// An article over the article cap is extracted a piece at a time both
/// ways: `ingest` stores it piece by piece, `extract` writes its line
/// through temporary files. The stores still come out the same, and the
/// line is a record like any other.
#[test]
fn an_article_over_the_cap_gives_the_same_store_both_ways() {
    let ws = Workspace::new();
    let speakers = ["Jane Holt", "Omar Reid", "Priya Nair"];
    let mut text = String::new();
    for i in 0..900 {
        let who = speakers[i % speakers.len()];
        text.push_str(&format!(
            "Ferry workers in port {i} walked out over pay, and {} people joined. \
             \"This offer is unfair,\" said {who}, the union leader. \
             The dispute cost £{}m, officials said.\n\n",
            100 + i,
            3 + i % 5
        ));
    }
    assert!(text.len() > 128_000, "over the article cap");
    let line = serde_json::json!({
        "id": "huge",
        "source": "North Post",
        "title": "A very long strike report",
        "published": "2024-03-05",
        "authors": ["Reporter"],
        "text": text,
    })
    .to_string();
    let small = disputed_corpus(&ws);
    let huge = ws.write("huge.jsonl", line + "\n");
    let (direct, loaded) = both_ways(&ws, &[&small, huge.to_str().unwrap()]);
    assert!(section_rows(&direct, "quotes") > 700, "{direct}");
    assert!(direct == loaded, "the stores differ");
}
