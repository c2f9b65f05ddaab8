//! Migration 0019 (a leaner store) on a store made before it: a store at
//! migration 0018 that holds articles, quotes, claims, stories and flags
//! opens, migrates, and answers phrase search (with snippets), quotes,
//! claims and flags exactly as it did before.

mod common;

use common::{Workspace, demo_corpus};
use crosscheck::query::{
    ArticleFilter, ClaimFilter, FlagFilter, QuoteFilter, list_articles, list_claims, list_flags,
    list_quotes,
};
use crosscheck::store::Store;
use rusqlite::Connection;
use serde_json::{Value, json};

/// What the query commands answer, read through a plain connection (one
/// that does not migrate the store).
fn answers(conn: &Connection) -> Value {
    let search = |q: &str| ArticleFilter {
        search: Some(q.to_string()),
        ..Default::default()
    };
    json!({
        "phrase": list_articles(conn, &search("\"crews began\"")).unwrap(),
        "words": list_articles(conn, &search("strike OR ferries")).unwrap(),
        "quotes": list_quotes(conn, &QuoteFilter::default()).unwrap(),
        "quote search": list_quotes(conn, &QuoteFilter {
            search: Some("\"strike action\"".into()),
            ..Default::default()
        })
        .unwrap(),
        "quotes by speaker": list_quotes(conn, &QuoteFilter {
            speaker: Some("Whitlock".into()),
            ..Default::default()
        })
        .unwrap(),
        "claims": list_claims(conn, &ClaimFilter::default()).unwrap(),
        "claims by speaker": list_claims(conn, &ClaimFilter {
            attributed_to: Some("Whitlock".into()),
            ..Default::default()
        })
        .unwrap(),
        "flags": list_flags(conn, &FlagFilter::default()).unwrap(),
    })
}

fn index_exists(conn: &Connection, name: &str) -> bool {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?1",
        [name],
        |r| r.get::<_, i64>(0),
    )
    .unwrap()
        == 1
}

#[test]
fn a_store_at_0018_migrates_and_answers_the_same() {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    // Back to the indexes 0018 left: 0019 only changed indexes, so making
    // them again as 0011 and 0016 made them and forgetting 0019 gives a
    // store whose only pending migration is 0019 (the claims table stays
    // as 0020 made it, which 0019 does not read: see tests/claim_offsets.rs
    // for a store at 0019 itself).
    let conn = Connection::open(ws.db()).unwrap();
    conn.execute_batch(
        "CREATE INDEX claims_by_kind ON claims(kind, value);
         DROP INDEX claims_by_speaker;
         CREATE INDEX claims_by_speaker ON claims(speaker_id);
         DROP INDEX quotes_by_speaker;
         CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
         DELETE FROM schema_migrations WHERE version = 19;",
    )
    .unwrap();
    let latest: i64 = conn
        .query_row(
            "SELECT max(version) FROM schema_migrations WHERE version < 20",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(latest, 18);
    let before = answers(&conn);
    for part in [
        "phrase",
        "words",
        "quotes",
        "quote search",
        "claims",
        "flags",
    ] {
        assert!(
            !before[part].as_array().unwrap().is_empty(),
            "the demo store answers {part}"
        );
    }
    assert!(
        before["phrase"].to_string().contains('['),
        "the phrase search gives a snippet with the match marked: {}",
        before["phrase"]
    );
    drop(conn);

    drop(Store::open(&ws.db()).unwrap());
    let conn = Connection::open(ws.db()).unwrap();
    let latest: i64 = conn
        .query_row("SELECT max(version) FROM schema_migrations", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(latest, 20);
    assert!(!index_exists(&conn, "claims_by_kind"));
    // A look-up by speaker, as the listings and a speaker's deletion make
    // it, reads the partial indexes.
    for (sql, index) in [
        (
            "SELECT id FROM claims WHERE speaker_id = 1",
            "claims_by_speaker",
        ),
        (
            "SELECT id FROM quotes WHERE speaker_id = 1",
            "quotes_by_speaker",
        ),
        (
            "SELECT id FROM claims WHERE speaker_id IN (1, 2)",
            "claims_by_speaker",
        ),
    ] {
        let plan: String = conn
            .query_row(&format!("EXPLAIN QUERY PLAN {sql}"), [], |r| r.get(3))
            .unwrap();
        assert!(plan.contains(index), "{sql}: {plan}");
    }
    assert_eq!(answers(&conn), before);
    conn.execute_batch(
        "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check');
         INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check');",
    )
    .unwrap();
    // The listing by kind, which used the dropped index, still answers.
    let counts = list_claims(
        &conn,
        &ClaimFilter {
            kind: Some("count".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(!counts.is_empty());
    assert!(counts.iter().all(|c| c.kind == "count"));
}
