//! Versioned, append-only schema migrations.
//!
//! Each migration is an SQL file in `migrations/`, applied once, in order,
//! inside its own transaction. `schema_migrations` records the version, name,
//! checksum and time of each; a database whose recorded checksum differs from
//! the embedded file is refused (someone edited a released migration).

use super::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// All migrations, in order. Append only.
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_articles",
        include_str!("migrations/0001_articles.sql"),
    ),
    ("0002_quotes", include_str!("migrations/0002_quotes.sql")),
    ("0003_claims", include_str!("migrations/0003_claims.sql")),
    (
        "0004_stories_flags",
        include_str!("migrations/0004_stories_flags.sql"),
    ),
    (
        "0005_speaker_identity",
        include_str!("migrations/0005_speaker_identity.sql"),
    ),
    (
        "0006_claim_measures",
        include_str!("migrations/0006_claim_measures.sql"),
    ),
    (
        "0007_term_index",
        include_str!("migrations/0007_term_index.sql"),
    ),
    (
        "0008_article_authors",
        include_str!("migrations/0008_article_authors.sql"),
    ),
    (
        "0009_pending_work",
        include_str!("migrations/0009_pending_work.sql"),
    ),
    (
        "0010_story_members",
        include_str!("migrations/0010_story_members.sql"),
    ),
    (
        "0011_quote_offsets",
        include_str!("migrations/0011_quote_offsets.sql"),
    ),
    (
        "0012_term_counts",
        include_str!("migrations/0012_term_counts.sql"),
    ),
    (
        "0013_speaker_evidence",
        include_str!("migrations/0013_speaker_evidence.sql"),
    ),
    (
        "0014_batched_search_index",
        include_str!("migrations/0014_batched_search_index.sql"),
    ),
    (
        "0015_term_ids",
        include_str!("migrations/0015_term_ids.sql"),
    ),
    (
        "0016_decade_dates",
        include_str!("migrations/0016_decade_dates.sql"),
    ),
    (
        "0017_speaker_keys",
        include_str!("migrations/0017_speaker_keys.sql"),
    ),
    (
        "0018_article_comments",
        include_str!("migrations/0018_article_comments.sql"),
    ),
    (
        "0019_lean_store",
        include_str!("migrations/0019_lean_store.sql"),
    ),
    (
        "0020_claim_offsets",
        include_str!("migrations/0020_claim_offsets.sql"),
    ),
];

/// The part of a migration that SQL cannot do, run right after its file
/// in the same transaction: 0015 converts binary fingerprints; 0017
/// fills the speakers' look-up keys.
fn convert(version: i64, tx: &Connection) -> Result<()> {
    if version == 15 {
        super::terms::convert_0015(tx)?;
    }
    if version == 17 {
        super::speakers::convert_0017(tx)?;
    }
    Ok(())
}

pub(super) fn checksum(sql: &str) -> String {
    Sha256::digest(sql.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Brings the schema up to date. Safe when several processes open a new
/// file at once: the migrations run inside one `BEGIN IMMEDIATE`
/// transaction, and what is applied is read again once the write lock is
/// held, so the second process finds the work done instead of repeating it.
pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // The common case, an up-to-date file, takes no write lock.
    if table_exists(conn)? && pending(&applied(conn)?, path)?.is_empty() {
        return Ok(());
    }
    // Foreign keys are off while tables are rebuilt, as SQLite's own
    // procedure for schema changes has it: dropping a table with them on
    // deletes its rows one by one, each looking for the rows that point
    // at it (0020 had not finished after 7 CPU minutes on a store of
    // 20,000 articles; 1.5 s with them off), and the
    // links it would set to NULL are restored by the migration anyway.
    // Every link is checked before the migrations commit instead.
    let enforced: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    if enforced {
        conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    }
    let result = apply_pending(conn, path, enforced);
    if enforced {
        conn.execute_batch("PRAGMA foreign_keys = ON")?;
    }
    result
}

/// Applies the pending migrations in one transaction; with `check`, only
/// when every foreign key still points at a row afterwards.
fn apply_pending(conn: &mut Connection, path: &Path, check: bool) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             checksum   TEXT NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )?;
    let mut last = None;
    for version in pending(&applied(&tx)?, path)? {
        let (name, sql) = MIGRATIONS[version as usize - 1];
        tx.execute_batch(sql)?;
        convert(version, &tx)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![version, name, checksum(sql), super::now_utc()],
        )?;
        last = Some(name);
    }
    if let Some(name) = last.filter(|_| check) {
        let broken: Option<String> = tx
            .query_row(
                "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(table) = broken {
            return Err(StoreError::BrokenLinks {
                path: path.to_path_buf(),
                name: name.to_string(),
                table,
            });
        }
    }
    tx.commit()?;
    Ok(())
}

fn table_exists(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Version → checksum of every applied migration.
fn applied(conn: &Connection) -> Result<BTreeMap<i64, String>> {
    let mut stmt = conn.prepare("SELECT version, checksum FROM schema_migrations")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The versions still to apply, in order; an error for a database from a
/// newer build or with an edited migration.
fn pending(applied: &BTreeMap<i64, String>, path: &Path) -> Result<Vec<i64>> {
    if let Some((&found, _)) = applied.last_key_value()
        && found > MIGRATIONS.len() as i64
    {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            known: MIGRATIONS.len() as i64,
        });
    }
    let mut todo = Vec::new();
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate() {
        let version = i as i64 + 1;
        match applied.get(&version) {
            Some(s) if *s == checksum(sql) => {}
            Some(_) => {
                return Err(StoreError::EditedMigration {
                    path: path.to_path_buf(),
                    name: name.to_string(),
                });
            }
            None => todo.push(version),
        }
    }
    Ok(todo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    /// Checksums of released migrations. If this test fails, a released
    /// migration was edited: revert it and put the change in a new migration.
    const RELEASED: &[(&str, &str)] = &[
        (
            "0001_articles",
            "2ba10e2e06fb18e5a65e12dbcc0c6ce2d11e3b8aff49255be50321b5d508a143",
        ),
        (
            "0002_quotes",
            "854475173969fc444718a0e6e882773b458f902e5ec2d7041838915fa96d51ad",
        ),
        (
            "0003_claims",
            "43fcc7254a670fd77f94b5521586522963a4c42296ac2dd5f041b742ec8f9abe",
        ),
        (
            "0004_stories_flags",
            "2a3d9fe45e50e01cc70900fa4c1843879c2630da420b5eac134f9f9d7fd2afc1",
        ),
    ];

    #[test]
    fn released_migrations_are_never_edited() {
        for (i, (name, sum)) in RELEASED.iter().enumerate() {
            let (embedded_name, sql) = MIGRATIONS[i];
            assert_eq!(*name, embedded_name);
            assert_eq!(
                checksum(sql),
                *sum,
                "migration {name} changed after release; add a new migration instead"
            );
        }
    }

    #[test]
    fn migrating_twice_is_a_no_op_and_records_each_version() {
        let store = Store::open_in_memory().unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        migrate(&mut conn, Path::new(":memory:")).unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM schema_migrations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, MIGRATIONS.len() as i64);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    /// 0006 rebuilds `claims` to allow measures: ids, pairs and the
    /// flags that point at claims survive, and a measure can be stored.
    #[test]
    fn claims_rebuilt_for_measures_keep_their_links() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        for (_, sql) in &MIGRATIONS[..5] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
                 VALUES (1, 'a', 'x', 1, 'h', 't', 't');
             INSERT INTO claims (id, article_id, kind, value, surface, start_char, end_char,
                                 sentence_start, sentence_end)
                 VALUES (7, 1, 'percentage', 76, '76%', 0, 1, 0, 1),
                        (8, 1, 'count', 28305, '28,305', 0, 1, 0, 1);
             UPDATE claims SET linked_to = 8 WHERE id = 7;
             UPDATE claims SET linked_to = 7 WHERE id = 8;
             INSERT INTO flags (id, key, kind, score, explanation, a_article_id, a_claim_id, a_text,
                                b_article_id, b_claim_id, b_text, created_at, updated_at)
                 VALUES (3, 'k', 'numeric_conflict', 0.5, 'e', 1, 7, '76%', 1, 8, '28,305', 't', 't');",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[5].1).unwrap();
        let links: Vec<(i64, Option<i64>)> = conn
            .prepare("SELECT id, linked_to FROM claims ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(links, [(7, Some(8)), (8, Some(7))]);
        let flag: (i64, i64) = conn
            .query_row(
                "SELECT a_claim_id, b_claim_id FROM flags WHERE id = 3",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(flag, (7, 8));
        conn.execute(
            "INSERT INTO claims (article_id, kind, value, unit, surface, start_char, end_char,
                                 sentence_start, sentence_end)
             VALUES (1, 'measure', 120, 'mm', '120 mm', 0, 1, 0, 1)",
            [],
        )
        .unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM claim_list", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 3);
        conn.query_row("SELECT count(*) FROM open_flags", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    }

    /// 0011 rebuilds `quotes` without a second copy of their text: ids,
    /// the links that point at quotes, the text `quote_list` gives and the
    /// search index survive; a quote whose words are not the article's
    /// characters at its offsets keeps them.
    #[test]
    fn quotes_rebuilt_without_their_text_keep_links_and_search() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        for (_, sql) in &MIGRATIONS[..10] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
                 VALUES (1, 'a', '“Zoë ran,” she said. “Home now,” he said.', 41, 'h', 't', 't');
             INSERT INTO quotes (id, article_id, kind, text, start_char, end_char, paragraph, sentence)
                 VALUES (4, 1, 'direct', 'Zoë ran,', 1, 9, 1, 1),
                        (5, 1, 'direct', 'Home at last', 22, 31, 1, 2);
             UPDATE quotes SET part_of = 4 WHERE id = 5;
             INSERT INTO claims (id, article_id, kind, value, surface, start_char, end_char,
                                 sentence_start, sentence_end, quote_id)
                 VALUES (7, 1, 'count', 1, 'x', 0, 1, 0, 1, 5);
             INSERT INTO flags (id, key, kind, score, explanation, a_article_id, a_quote_id, a_text,
                                b_article_id, b_quote_id, b_text, created_at, updated_at)
                 VALUES (3, 'k', 'quote_wording_conflict', 0.5, 'e', 1, 4, 'a', 1, 5, 'b', 't', 't');",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[10].1).unwrap();
        let ask = |sql: &str| -> Vec<(i64, Option<String>)> {
            conn.prepare(sql)
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<std::result::Result<_, _>>()
                .unwrap()
        };
        let stored = ask("SELECT id, text FROM quotes ORDER BY id");
        assert_eq!(stored, [(4, None), (5, Some("Home at last".into()))]);
        let listed = ask("SELECT id, text FROM quote_list ORDER BY id");
        assert_eq!(
            listed,
            [
                (4, Some("Zoë ran,".into())),
                (5, Some("Home at last".into()))
            ]
        );
        let links: (i64, i64, i64, i64) = conn
            .query_row(
                "SELECT (SELECT part_of FROM quotes WHERE id = 5),
                        (SELECT quote_id FROM claims WHERE id = 7), a_quote_id, b_quote_id
                 FROM flags WHERE id = 3",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(links, (4, 5, 4, 5));
        let found = ask("SELECT rowid, NULL FROM quotes_fts WHERE quotes_fts MATCH 'zoe OR last'");
        assert_eq!(found, [(4, None), (5, None)]);
        conn.execute("DELETE FROM quotes WHERE id = 5", []).unwrap();
        let found = ask("SELECT rowid, NULL FROM quotes_fts WHERE quotes_fts MATCH 'last'");
        assert!(found.is_empty(), "a deleted quote leaves the index");
        conn.execute_batch("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")
            .unwrap();
    }

    /// Migrations run with foreign keys off (a rebuilt table is dropped
    /// without a look-up per row), so the links are checked before they
    /// commit: a store whose rows point at nothing is left as it was.
    #[test]
    fn a_migration_that_leaves_a_broken_link_is_not_committed() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new("x.db")).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO claims (article_id, kind, start_char, end_char, sentence_start, sentence_end)
                 VALUES (99, 'count', 0, 1, 0, 1);
             DELETE FROM schema_migrations WHERE version = 20;
             PRAGMA foreign_keys = ON;",
        )
        .unwrap();
        let err = migrate(&mut conn, Path::new("x.db")).unwrap_err();
        assert!(
            matches!(&err, StoreError::BrokenLinks { table, .. } if table == "claims"),
            "{err}"
        );
        let applied: i64 = conn
            .query_row("SELECT max(version) FROM schema_migrations", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(applied, 19, "nothing of the failed run is kept");
        let on: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(on, 1, "foreign keys are on again");
    }

    #[test]
    fn an_edited_migration_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new("x.db")).unwrap();
        conn.execute(
            "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1",
            [],
        )
        .unwrap();
        let err = migrate(&mut conn, Path::new("x.db")).unwrap_err();
        assert!(matches!(err, StoreError::EditedMigration { .. }), "{err}");
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Path::new("x.db")).unwrap();
        conn.execute(
            "INSERT INTO schema_migrations VALUES (999, 'future', 'x', 'now')",
            [],
        )
        .unwrap();
        let err = migrate(&mut conn, Path::new("x.db")).unwrap_err();
        assert!(
            matches!(err, StoreError::TooNew { found: 999, .. }),
            "{err}"
        );
    }

    #[test]
    fn fts_table_has_the_form_datasette_detects() {
        let store = Store::open_in_memory().unwrap();
        let sql: String = store
            .conn()
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            sql,
            r#"CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles")"#
        );
    }
}
