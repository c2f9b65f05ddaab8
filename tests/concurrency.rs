//! Concurrent use of one database file: an ingest while a reviewer records
//! verdicts and a reader lists flags and quotes, and two ingests into a new
//! file at once. Every process must succeed (busy timeouts, `BEGIN
//! IMMEDIATE` write transactions kept short, migrations under a lock).

mod common;

use common::faults;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cmd(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("crosscheck"));
    c.env_remove("CROSSCHECK_DB").arg("--db").arg(db).args(args);
    c
}

fn ok(out: Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn split_corpus(dir: &Path) -> (PathBuf, PathBuf) {
    let all = std::fs::read_to_string(faults::synthetic_corpus(dir, 40)).unwrap();
    let lines: Vec<&str> = all.lines().collect();
    let (a, b) = lines.split_at(lines.len() / 2);
    let (pa, pb) = (dir.join("first.jsonl"), dir.join("second.jsonl"));
    std::fs::write(&pa, a.join("\n")).unwrap();
    std::fs::write(&pb, b.join("\n")).unwrap();
    (pa, pb)
}

#[test]
fn ingest_reviews_and_queries_at_once_all_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let (first, second) = split_corpus(dir.path());
    ok(
        cmd(&db, &["ingest"]).arg(&first).output().unwrap(),
        "first ingest",
    );
    let ingest = cmd(&db, &["ingest"]).arg(&second).spawn().unwrap();
    let reviewer = {
        let db = db.clone();
        std::thread::spawn(move || {
            for (i, id) in (1..=12).enumerate() {
                let verdict = if i % 2 == 0 { "confirmed" } else { "dismissed" };
                let out = cmd(&db, &["review", &id.to_string(), "--verdict", verdict])
                    .args(["--reviewer", "test"])
                    .output()
                    .unwrap();
                ok(out, &format!("review {id}"));
            }
        })
    };
    let reader = {
        let db = db.clone();
        std::thread::spawn(move || {
            for _ in 0..12 {
                ok(cmd(&db, &["flags"]).output().unwrap(), "flags");
                ok(cmd(&db, &["quotes"]).output().unwrap(), "quotes");
            }
        })
    };
    ok(ingest.wait_with_output().unwrap(), "concurrent ingest");
    reviewer.join().unwrap();
    reader.join().unwrap();
    let state = faults::state(&db);
    assert!(
        state.ends_with("## pending\n0\t0\n"),
        "no work is left over"
    );
    assert_eq!(
        state
            .lines()
            .skip_while(|l| *l != "## verdicts")
            .skip(1)
            .take_while(|l| !l.starts_with("## "))
            .count(),
        12,
        "every verdict is stored"
    );
}

#[test]
fn two_ingests_into_a_new_database_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let (first, second) = split_corpus(dir.path());
    let a = cmd(&db, &["ingest"]).arg(&first).spawn().unwrap();
    let b = cmd(&db, &["ingest"]).arg(&second).spawn().unwrap();
    ok(a.wait_with_output().unwrap(), "first ingest");
    ok(b.wait_with_output().unwrap(), "second ingest");
    let state = faults::state(&db);
    let articles = state
        .lines()
        .skip_while(|l| *l != "## articles")
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .count();
    assert_eq!(articles, 120, "both inputs are stored");
    assert!(state.ends_with("## pending\n0\t0\n"));
}
