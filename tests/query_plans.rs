//! Every SQL statement an ingest runs (new articles, changed articles,
//! stories, flags) is answered through an index: `EXPLAIN QUERY PLAN`
//! shows no pass over a whole table, so the cost of adding an article does
//! not grow with the store.

use crosscheck::ingest::{IngestOptions, Silent, ingest};
use crosscheck::sources::Input;
use crosscheck::store::Store;
use rusqlite::Connection;
use rusqlite::trace::{TraceEvent, TraceEventCodes};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Statements allowed a full pass, with the reason.
const ALLOWED: &[(&str, &str)] = &[
    (
        "FROM articles INDEXED BY articles_known",
        "once per run: which inputs are stored, read from a covering index of ids and hashes",
    ),
    ("_fts_config", "FTS5 reads its own one-row settings table"),
    (
        "SELECT id, name, kind, surname FROM speakers",
        "once per run: the speaker names, into the writer's name look-up (see store::speakers)",
    ),
    (
        "FROM speaker_aliases a",
        "once per run, with the names: organisations' stored aliases, so that first-word \
         look-ups do not depend on what one run saw",
    ),
    (
        "pending_articles",
        "the work list: it holds only what this run (or an interrupted one) left to analyse",
    ),
    (
        "pending_stories",
        "the work list of stories to refresh, as small as the work itself",
    ),
];

fn article(id: &str, source: &str, text: &str) -> String {
    serde_json::json!({
        "id": id, "source": source, "published": "2025-04-02",
        "title": "Castlebay approves flood defence plan", "text": text,
    })
    .to_string()
}

const TEXT: &str = "Castlebay Council has approved a £48m flood defence scheme after a vote \
    of 31 to 12. \"This protects 1,900 homes,\" said council leader Imran Baig. The wall \
    along the river is 2.4km long and work starts in September.";

/// Ingests `path` into `db`, collecting the text of every statement run.
fn traced_ingest(db: &Path, path: &Path, seen: &Arc<Mutex<BTreeSet<String>>>) {
    let mut store = Store::open(db).unwrap();
    let sink = seen.clone();
    store
        .conn_mut()
        .trace_v2(
            TraceEventCodes::SQLITE_TRACE_STMT,
            Some(move |e: TraceEvent<'_>| {
                if let TraceEvent::Stmt(_, sql) = e {
                    sink.lock().unwrap().insert(sql.to_string());
                }
            }),
        )
        .unwrap();
    ingest(
        store,
        &[Input::Path(path.to_path_buf())],
        &IngestOptions::default(),
        &Silent,
    )
    .unwrap();
}

/// The plan lines of `sql` (its parameters bound to NULL: with none bound
/// rusqlite refuses to run it, and a statement with parameters showed no
/// plan at all).
fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let Ok(mut stmt) = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")) else {
        return Vec::new();
    };
    for i in 1..=stmt.parameter_count() {
        stmt.raw_bind_parameter(i, rusqlite::types::Null).unwrap();
    }
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        out.push(row.get::<_, String>(3).unwrap());
    }
    out
}

/// The plan lines of `sql` that read a whole table.
fn full_scans(conn: &Connection, sql: &str) -> Vec<String> {
    plan(conn, sql)
        .into_iter()
        .filter(|d| d.starts_with("SCAN ") && d != "SCAN CONSTANT ROW")
        .collect()
}

#[test]
fn every_ingest_statement_uses_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("plans.db");
    let seen = Arc::new(Mutex::new(BTreeSet::new()));
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    traced_ingest(&db, &demo, &seen);
    let first = dir.path().join("first.jsonl");
    let lines = [
        article("a", "Herald", TEXT),
        article("b", "Gazette", &TEXT.replace("1,900", "2,300")),
    ];
    std::fs::write(&first, lines.join("\n")).unwrap();
    traced_ingest(&db, &first, &seen);
    // One article changes: its quotes, claims, terms and flags are rewritten.
    let second = dir.path().join("second.jsonl");
    std::fs::write(&second, article("b", "Gazette", &TEXT.replace("31", "29"))).unwrap();
    traced_ingest(&db, &second, &seen);

    let conn = Connection::open(&db).unwrap();
    let seen = seen.lock().unwrap();
    assert!(
        seen.iter().any(|s| s.contains("term_postings")),
        "the trace saw the story look-ups: {seen:#?}"
    );
    let mut offenders = Vec::new();
    for sql in seen.iter().filter(|s| !s.trim_start().starts_with("--")) {
        let scans = full_scans(&conn, sql);
        let allowed = ALLOWED.iter().any(|(part, _)| sql.contains(part));
        if !scans.is_empty() && !allowed {
            offenders.push(format!("{scans:?} in\n{sql}"));
        }
    }
    // The work list is read from itself, never by walking every stored
    // article in date order until enough pending ones turn up (a pass over
    // the store per chunk when a few articles join a large one), although
    // the allowance above lets it scan the work list.
    let work_list: Vec<&String> = seen
        .iter()
        .filter(|s| s.contains("FROM pending_articles p"))
        .collect();
    assert!(!work_list.is_empty(), "the trace saw the placing order");
    for sql in work_list {
        let scans = full_scans(&conn, sql);
        assert!(
            scans
                .iter()
                .all(|d| d != "SCAN a" && !d.starts_with("SCAN a ")),
            "{scans:?} in\n{sql}"
        );
    }
    // The check can fail: a look-up on a column no index covers.
    assert_eq!(
        full_scans(&conn, "SELECT id FROM flags f WHERE f.explanation = 'x'"),
        ["SCAN f"]
    );
    assert!(
        offenders.is_empty(),
        "statements on the ingest path that read a whole table:\n{}",
        offenders.join("\n\n")
    );
}

/// The partition of external ids into stories.
fn partition(db: &Path) -> BTreeSet<BTreeSet<String>> {
    let conn = Connection::open(db).unwrap();
    let mut stories: std::collections::BTreeMap<i64, BTreeSet<String>> = Default::default();
    let mut stmt = conn
        .prepare("SELECT story_id, external_id FROM articles")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .unwrap();
    for row in rows {
        let (story, id) = row.unwrap();
        stories.entry(story).or_default().insert(id);
    }
    stories.into_values().collect()
}

#[test]
fn stories_do_not_depend_on_the_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let wires = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/wires.jsonl");
    let text = std::fs::read_to_string(&wires).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.push(article("a", "Herald", TEXT));
    lines.push(article("b", "Gazette", &TEXT.replace("1,900", "2,300")));
    let forward = dir.path().join("forward.jsonl");
    std::fs::write(&forward, lines.join("\n")).unwrap();
    lines.reverse();
    let backward = dir.path().join("backward.jsonl");
    std::fs::write(&backward, lines.join("\n")).unwrap();
    let mut partitions = Vec::new();
    for (name, input) in [("f.db", &forward), ("b.db", &backward)] {
        let db = dir.path().join(name);
        let store = Store::open(&db).unwrap();
        ingest(
            store,
            &[Input::Path(input.clone())],
            &IngestOptions::default(),
            &Silent,
        )
        .unwrap();
        partitions.push(partition(&db));
    }
    assert!(
        partitions[0].iter().any(|s| s.len() > 1),
        "some story holds several articles: {:?}",
        partitions[0]
    );
    assert_eq!(partitions[0], partitions[1]);
}
