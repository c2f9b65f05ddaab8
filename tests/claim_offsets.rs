//! Migration 0020 (a claim's words kept once, in the article's text) on a
//! store made before it: a store at migration 0019 that holds articles,
//! quotes, claims, stories and flags opens, migrates, and answers search,
//! quotes, claims and flags exactly as it did before; its claims keep
//! their ids and links, and the words the text does not hold are kept.

mod common;

use common::{Workspace, demo_corpus};
use crosscheck::query::{
    ArticleFilter, ClaimFilter, FlagFilter, QuoteFilter, list_articles, list_claims, list_flags,
    list_quotes,
};
use crosscheck::store::{MIGRATIONS, Store};
use rusqlite::Connection;
use serde_json::{Value, json};

/// What the query commands answer, read through a plain connection (one
/// that does not migrate the store).
fn answers(conn: &Connection) -> Value {
    json!({
        "phrase": list_articles(conn, &ArticleFilter {
            search: Some("\"crews began\"".into()),
            ..Default::default()
        })
        .unwrap(),
        "quotes": list_quotes(conn, &QuoteFilter::default()).unwrap(),
        "quote search": list_quotes(conn, &QuoteFilter {
            search: Some("\"strike action\"".into()),
            ..Default::default()
        })
        .unwrap(),
        "claims": list_claims(conn, &ClaimFilter::default()).unwrap(),
        "claims by subject": list_claims(conn, &ClaimFilter {
            subject: Some("ferr".into()),
            ..Default::default()
        })
        .unwrap(),
        "flags": list_flags(conn, &FlagFilter { include_gone: true, ..Default::default() }).unwrap(),
    })
}

/// Rows of a query, each as one string.
fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        let cells: Vec<String> = (0..n)
            .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
            .collect();
        Ok(cells.join(" | "))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn one(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Turns a store at 0020 back into the schema 0019 left: the claims table
/// as 0016 made it, with every claim's words in it, its indexes as 0016
/// and 0019 made them, and the views as 0016 made them (their text is
/// read from 0016's own file).
fn back_to_0019(conn: &Connection) {
    let views = MIGRATIONS[15].1;
    let views = &views[views.find("CREATE VIEW claim_list").unwrap()..];
    conn.execute_batch(&format!(
        "PRAGMA foreign_keys = OFF;
         BEGIN;
         DROP VIEW open_flags; DROP VIEW flag_evidence; DROP VIEW claim_list;
         CREATE TABLE claims_0019 (
             id INTEGER PRIMARY KEY,
             article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
             kind TEXT NOT NULL CHECK (kind IN ('percentage', 'percentage_points', 'count', 'money', 'date', 'ratio', 'range', 'measure')),
             value REAL, value_high REAL, date TEXT,
             granularity TEXT CHECK (granularity IN ('day', 'week', 'month', 'year', 'decade')),
             unit TEXT,
             qualifier TEXT CHECK (qualifier IN ('exact', 'about', 'more_than', 'less_than', 'at_least', 'up_to')),
             surface TEXT NOT NULL,
             start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
             sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
             subject TEXT,
             speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
             quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,
             linked_to INTEGER REFERENCES claims(id) ON DELETE SET NULL,
             name_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL
         );
         INSERT INTO claims_0019
         SELECT c.id, c.article_id, c.kind, c.value, c.value_high, c.date, c.granularity, c.unit,
                c.qualifier,
                coalesce(c.surface, substr(a.text, c.start_char + 1, c.end_char - c.start_char)),
                c.start_char, c.end_char, c.sentence_start, c.sentence_end,
                coalesce(c.subject, substr(a.text, c.subject_start + 1, c.subject_end - c.subject_start)),
                c.speaker_id, c.quote_id, c.linked_to, c.name_id
         FROM claims c JOIN articles a ON a.id = c.article_id;
         DROP TABLE claims;
         ALTER TABLE claims_0019 RENAME TO claims;
         CREATE INDEX claims_by_article ON claims(article_id);
         CREATE INDEX claims_by_speaker ON claims(speaker_id) WHERE speaker_id IS NOT NULL;
         CREATE INDEX claims_by_name ON claims(name_id) WHERE name_id IS NOT NULL;
         CREATE INDEX claims_by_quote ON claims(quote_id) WHERE quote_id IS NOT NULL;
         CREATE INDEX claims_by_linked ON claims(linked_to) WHERE linked_to IS NOT NULL;
         {views}
         DELETE FROM schema_migrations WHERE version = 20;
         COMMIT;
         PRAGMA foreign_keys = ON;"
    ))
    .unwrap();
}

#[test]
fn a_store_at_0019_migrates_and_answers_the_same() {
    let ws = Workspace::new();
    ws.ok(&["ingest", demo_corpus().to_str().unwrap()]);
    let conn = Connection::open(ws.db()).unwrap();
    let fresh = answers(&conn);
    back_to_0019(&conn);
    assert_eq!(one(&conn, "SELECT max(version) FROM schema_migrations"), 19);
    assert_eq!(
        one(&conn, "SELECT count(*) FROM claims WHERE surface IS NULL"),
        0
    );
    // A subject the extractor wrote in other words than the text's: kept.
    conn.execute(
        "UPDATE claims SET subject = 'a subject in no sentence'
         WHERE id = (SELECT min(id) FROM claims WHERE coalesce(subject, '') NOT LIKE '%ferr%')",
        [],
    )
    .unwrap();
    // A pair of claims that point at each other ("a 76% turnout (28,305)").
    conn.execute_batch(
        "UPDATE claims SET linked_to = (SELECT max(id) FROM claims) WHERE id = (SELECT min(id) FROM claims);
         UPDATE claims SET linked_to = (SELECT min(id) FROM claims) WHERE id = (SELECT max(id) FROM claims);",
    )
    .unwrap();
    let listed = rows(&conn, "SELECT * FROM claim_list ORDER BY id");
    let links = rows(
        &conn,
        "SELECT id, article_id, quote_id, linked_to, speaker_id, name_id FROM claims ORDER BY id",
    );
    let flag_links = rows(
        &conn,
        "SELECT id, a_claim_id, b_claim_id FROM flags ORDER BY id",
    );
    assert!(
        one(
            &conn,
            "SELECT count(*) FROM claims WHERE linked_to IS NOT NULL"
        ) > 0
            && one(
                &conn,
                "SELECT count(*) FROM flags WHERE a_claim_id IS NOT NULL"
            ) > 0,
        "the demo store has linked claims and flags on claims"
    );
    drop(conn);

    drop(Store::open(&ws.db()).unwrap());
    let conn = Connection::open(ws.db()).unwrap();
    assert_eq!(one(&conn, "SELECT max(version) FROM schema_migrations"), 20);
    let n = one(&conn, "SELECT count(*) FROM claims");
    assert!(n > 0);
    assert_eq!(
        one(&conn, "SELECT count(*) FROM claims WHERE surface IS NULL"),
        n
    );
    assert!(
        one(
            &conn,
            "SELECT count(*) FROM claims WHERE subject_start IS NOT NULL"
        ) > n / 2,
        "most subjects are their sentence's words"
    );
    assert_eq!(
        one(
            &conn,
            "SELECT count(*) FROM claims
             WHERE subject = 'a subject in no sentence' AND subject_start IS NULL"
        ),
        1,
        "words the text does not hold are kept"
    );
    assert_eq!(rows(&conn, "SELECT * FROM claim_list ORDER BY id"), listed);
    assert_eq!(
        rows(
            &conn,
            "SELECT id, article_id, quote_id, linked_to, speaker_id, name_id FROM claims ORDER BY id"
        ),
        links
    );
    assert_eq!(
        rows(
            &conn,
            "SELECT id, a_claim_id, b_claim_id FROM flags ORDER BY id"
        ),
        flag_links
    );
    // The changed subject aside, every command answers as before.
    let migrated = answers(&conn);
    for part in [
        "phrase",
        "quotes",
        "quote search",
        "flags",
        "claims by subject",
    ] {
        assert_eq!(migrated[part], fresh[part], "{part}");
    }
    let (was, now) = (
        fresh["claims"].as_array().unwrap(),
        migrated["claims"].as_array().unwrap(),
    );
    assert_eq!(was.len(), now.len());
    let differ: Vec<_> = was.iter().zip(now).filter(|(a, b)| a != b).collect();
    assert_eq!(differ.len(), 1, "only the claim whose subject was changed");
    assert_eq!(differ[0].1["subject"], "a subject in no sentence");
    conn.execute_batch("PRAGMA foreign_key_check; PRAGMA integrity_check;")
        .unwrap();
    assert_eq!(
        one(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
}
