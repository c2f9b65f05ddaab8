//! End-to-end tests of `crosscheck ingest`: every input form, idempotence,
//! updates, bad input of each kind, stdin, and the shared corpora.

mod common;

use common::{Workspace, demo_corpus, shared};
use predicates::prelude::*;

const TXT: &str = "Title: Bridge shut\nSource: Kestrel News\nPublished: 5 March 2024\nId: k-1\n\n\
Wendmouth Bridge closed on Monday, the council said.\n\nAbout 38,000 vehicles use it daily.\n";

const HTML: &str = r#"<html><head><title>Page</title>
<meta property="og:site_name" content="Wendmouth Evening Post">
<meta property="og:title" content="Bridge to close for six weeks">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta property="og:url" content="https://example.org/wep/bridge"></head>
<body><nav><a href="/">Home</a> <a href="/x">Sport</a></nav><article><h1>Bridge to close</h1>
<p>Wendmouth Bridge will close on Monday for six weeks of repairs costing £14.5m, the council has confirmed.</p>
<p>"We know this will be difficult for the 38,000 drivers who use it," said Cllr Priya Raman, who leads on transport.</p>
</article><footer>All rights reserved. Privacy. Cookies.</footer></body></html>"#;

const JSONL: &str = concat!(
    r#"{"id":"j-1","source":"IBTimes UK","title":"Strike","published":"2016-01-12T15:30:00Z","text":"More than 10,000 junior doctors signed in."}"#,
    "\n",
    r#"{"maintext":"Hunt urged the BMA to talk.","title":"Talks","date_publish":"2016-01-12 10:00:00","source_domain":"www.bbc.co.uk","url":"https://bbc.example/x"}"#,
    "\n"
);

#[test]
fn every_input_form_goes_in_with_its_metadata() {
    let ws = Workspace::new();
    ws.write("in/a.txt", TXT);
    ws.write("in/sub/b.html", HTML);
    ws.write("in/c.jsonl", JSONL);
    ws.write(
        "in/d.md",
        "---\ntitle: Exams\nsource: Atlas Wire\n---\n\nPass rates rose by 1.3 points.\n",
    );
    ws.write(
        "in/e.json",
        r#"[{"id":"arr-1","text":"First."},{"id":"arr-2","text":"Second."}]"#,
    );
    ws.write("in/notes.pdf", "not an article");
    ws.cmd(&["ingest", "in"])
        .assert()
        .success()
        .stderr(predicate::str::contains("read 7 articles from 5 files"))
        .stderr(predicate::str::contains(
            "new 7 · updated 0 · unchanged 0 · rejected 0",
        ))
        .stderr(predicate::str::contains("passed over 1 file"));

    let rows = ws.jsonl(&["articles"]);
    let by_id = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} in {rows:?}"))
    };
    let txt = by_id("k-1");
    assert_eq!(txt["source"], "Kestrel News");
    assert_eq!(txt["published"], "2024-03-05");
    assert_eq!(txt["title"], "Bridge shut");
    let html = by_id("https://example.org/wep/bridge");
    assert_eq!(html["source"], "Wendmouth Evening Post");
    assert_eq!(html["published"], "2024-03-05T08:00:00Z");
    assert_eq!(html["title"], "Bridge to close for six weeks");
    assert_eq!(by_id("https://bbc.example/x")["source"], "www.bbc.co.uk");
    assert_eq!(by_id("j-1")["published"], "2016-01-12T15:30:00Z");
    by_id("arr-2");
    let md = rows.iter().find(|r| r["title"] == "Exams").unwrap();
    assert_eq!(md["source"], "Atlas Wire");
    assert!(
        md["id"].as_str().unwrap().starts_with("file:"),
        "a file without id is keyed by its path"
    );
}

#[test]
fn html_main_text_is_stored_without_boilerplate() {
    let ws = Workspace::new();
    ws.write("b.html", HTML);
    ws.ok(&["ingest", "b.html"]);
    let hits = ws.jsonl(&["articles", "--search", "Raman"]);
    assert_eq!(hits.len(), 1);
    assert!(
        ws.jsonl(&["articles", "--search", "Privacy"]).is_empty(),
        "footer text was stored"
    );
    assert!(
        ws.jsonl(&["articles", "--search", "Sport"]).is_empty(),
        "navigation text was stored"
    );
}

#[test]
fn a_folders_readme_is_not_an_article_unless_named() {
    let ws = Workspace::new();
    ws.write("in/a.txt", TXT);
    ws.write(
        "in/README.md",
        "# About this corpus\n\nThree outlets, one story.\n",
    );
    ws.write("in/LICENSE.txt", "Some licence text, not news.\n");
    ws.cmd(&["ingest", "in"])
        .assert()
        .success()
        .stderr(predicate::str::contains("new 1 ·"));
    ws.cmd(&["ingest", "in/README.md"])
        .assert()
        .success()
        .stderr(predicate::str::contains("new 1 ·"));
}

#[test]
fn the_same_input_twice_adds_nothing() {
    let ws = Workspace::new();
    ws.write("in/a.txt", TXT);
    ws.write("in/c.jsonl", JSONL);
    ws.ok(&["ingest", "in"]);
    let before = ws.stats();
    ws.cmd(&["ingest", "in"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "new 0 · updated 0 · unchanged 3 · rejected 0",
        ));
    let after = ws.stats();
    assert_eq!(before["tables"]["articles"], after["tables"]["articles"]);
    assert_eq!(before["sources"], after["sources"]);
    assert_eq!(after["tables"]["ingest_runs"], 2);
}

#[test]
fn a_known_id_with_changed_text_is_updated_in_place() {
    let ws = Workspace::new();
    ws.write("a.txt", TXT);
    ws.ok(&["ingest", "a.txt"]);
    ws.write("a.txt", TXT.replace("38,000", "39,000"));
    ws.cmd(&["ingest", "a.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains("new 0 · updated 1 · unchanged 0"));
    assert_eq!(ws.count("articles"), 1);
    assert_eq!(
        ws.jsonl(&["articles", "--search", "39,000"]).len(),
        1,
        "the search index follows the edit"
    );
    assert!(ws.jsonl(&["articles", "--search", "38,000"]).is_empty());
}

#[test]
fn bad_inputs_are_named_with_their_line_and_the_rest_goes_in() {
    let ws = Workspace::new();
    ws.write("in/good.txt", TXT);
    ws.write("in/latin1.txt", b"Title: x\n\nThe price was \xA35.\n");
    ws.write("in/empty.txt", "");
    ws.write(
        "in/image.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    );
    ws.write(
        "in/mixed.jsonl",
        format!(
            "{}\n{{\"id\": \"broken\", \"text\": \n{{\"id\":\"no-text\",\"title\":\"only a title\"}}\n{}\n",
            r#"{"id":"ok-1","text":"First good line."}"#, r#"{"id":"ok-2","text":"Last good line."}"#
        ),
    );
    ws.write(
        "in/bad-utf8.jsonl",
        b"{\"id\":\"u1\",\"text\":\"fine\"}\n{\"id\":\"u2\",\"text\":\"caf\xE9\"}\n",
    );
    let out = ws
        .cmd(&["ingest", "in", "missing-folder"])
        .output()
        .unwrap();
    assert!(out.status.success(), "partial success exits 0");
    let err = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "latin1.txt:3: skipped: not valid UTF-8",
        "empty.txt: skipped: empty",
        "image.txt: skipped: binary data",
        "mixed.jsonl:2: skipped: invalid JSON",
        "mixed.jsonl:3: skipped: no article text",
        "bad-utf8.jsonl:2: skipped: not valid UTF-8",
        "missing-folder: skipped: cannot read this path",
        "read 4 articles",
        "rejected 7",
    ] {
        assert!(err.contains(expected), "stderr lacks {expected:?}:\n{err}");
    }
    let ids: Vec<String> = ws
        .jsonl(&["articles"])
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    for id in ["k-1", "ok-1", "ok-2", "u1"] {
        assert!(ids.contains(&id.to_string()), "{id} missing from {ids:?}");
    }
}

#[test]
fn nothing_usable_exits_1() {
    let ws = Workspace::new();
    ws.write("empty.txt", "");
    ws.cmd(&["ingest", "empty.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("empty.txt: skipped: empty"));
    ws.cmd(&["ingest", "does-not-exist.jsonl"]).assert().code(1);
}

#[test]
fn bad_usage_exits_2() {
    let ws = Workspace::new();
    ws.cmd(&["ingest"]).assert().code(2);
    ws.cmd(&["ingest", "--published", "someday", "x.txt"])
        .assert()
        .code(2);
    ws.cmd(&["articles", "--format", "xml"]).assert().code(2);
}

#[test]
fn stdin_json_lines_and_plain_text_with_overrides() {
    let ws = Workspace::new();
    ws.cmd(&["ingest", "-"])
        .write_stdin(JSONL)
        .assert()
        .success();
    assert_eq!(ws.count("articles"), 2);
    ws.cmd(&[
        "ingest",
        "--source",
        "Radio Wendmouth",
        "--published",
        "2024-03-06",
        "-",
    ])
    .write_stdin("The bridge reopened early, engineers said.\n")
    .assert()
    .success();
    let rows = ws.jsonl(&["articles", "--source", "radio"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["published"], "2024-03-06");
    assert!(rows[0]["id"].as_str().unwrap().starts_with("sha256:"));
}

#[test]
fn database_location_from_flag_or_environment() {
    let ws = Workspace::new();
    ws.write("a.txt", TXT);
    let env_db = ws.path("from-env.db");
    let mut c = assert_cmd::Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(ws.dir.path())
        .env("CROSSCHECK_DB", &env_db)
        .args(["ingest", "a.txt"])
        .assert()
        .success();
    assert!(env_db.exists());
    let mut c = assert_cmd::Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(ws.dir.path())
        .env_remove("CROSSCHECK_DB")
        .args(["ingest", "a.txt"])
        .assert()
        .success();
    assert!(
        ws.path("crosscheck.db").exists(),
        "the default is ./crosscheck.db"
    );
    ws.cmd(&["stats"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no database at"))
        .stderr(predicate::str::contains("crosscheck ingest"));
}

#[test]
fn demo_corpus_ingests_completely() {
    let ws = Workspace::new();
    let corpus = demo_corpus();
    ws.cmd(&["ingest", corpus.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("rejected 0"));
    let stats = ws.stats();
    assert!(stats["tables"]["articles"].as_i64().unwrap() >= 6);
    assert!(
        stats["sources"].as_array().unwrap().len() >= 4,
        "several outlets"
    );
}

#[test]
#[cfg_attr(
    not(feature = "research-evals"),
    ignore = "needs the research data in ../shared: cargo test --features research-evals"
)]
fn shared_dev_set_and_all_of_bbc_go_in() {
    let ws = Workspace::new();
    let dev = shared("eval/dev/articles.jsonl");
    let bbc = shared("corpus/bbc_2225/articles.jsonl");
    ws.cmd(&["ingest", dev.to_str().unwrap(), bbc.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("new 2243"))
        .stderr(predicate::str::contains("rejected 0"));
    let stats = ws.stats();
    assert_eq!(stats["tables"]["articles"], 2243);
    let bbc_row = stats["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "BBC News")
        .unwrap();
    assert_eq!(bbc_row["articles"], 2225);
    ws.cmd(&["ingest", bbc.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "new 0 · updated 0 · unchanged 2225",
        ));
    assert_eq!(ws.count("articles"), 2243);
    let conn = rusqlite::Connection::open(ws.db()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    // The dev set's seed article keeps its zone-aware date.
    let d01a = ws.jsonl(&["articles", "--source", "IBTimes"]);
    assert_eq!(d01a[0]["published"], "2016-01-12T15:30:00Z");
}

/// Text over a length cap (a paragraph of 20 KB, a sentence with no end)
/// is extracted in pieces, and each cut is a warning naming the file, the
/// line and the paragraph; the article and the rest of the batch go in.
#[test]
fn text_over_a_cap_is_cut_with_a_diagnostic() {
    let ws = Workspace::new();
    let paragraph = "The council said \"we will act\" on the 12% rise. ".repeat(400);
    let run_on = "and the council said we will act ".repeat(200);
    let lines = [
        r#"{"id":"ok","text":"Hunt said the talks were over."}"#.to_string(),
        serde_json::json!({"id": "para", "text": paragraph}).to_string(),
        serde_json::json!({"id": "run-on", "text": format!("Intro.\n\n{run_on}")}).to_string(),
    ];
    ws.write("in/long.jsonl", lines.join("\n"));
    ws.cmd(&["ingest", "in"])
        .assert()
        .success()
        .stderr(predicate::str::contains("new 3 · updated 0"))
        .stderr(
            predicate::str::is_match(r"long\.jsonl:2\b.*paragraph 1 .*over the 16000-byte cap")
                .unwrap(),
        )
        .stderr(
            predicate::str::is_match(
                r"long\.jsonl:3\b.*a sentence in paragraph 2 .*over the 2000-byte cap",
            )
            .unwrap(),
        );
    let quotes = ws.jsonl(&["quotes", "--limit", "1000"]);
    assert!(quotes.len() > 400, "the cut paragraph's quotes are kept");
}
