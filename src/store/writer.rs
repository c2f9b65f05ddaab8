//! The batching writer: the one connection that writes during an ingest.
//!
//! Each batch is one transaction, so an interrupted run leaves every batch
//! either fully stored or not at all, and the next run (which skips what is
//! already stored and unchanged) completes the job.

use super::{Result, now_utc};
use crate::article::Article;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use std::collections::HashMap;

/// What happened to one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// A new external id.
    New,
    /// A known external id whose content changed.
    Updated,
    /// A known external id with the same content: nothing written.
    Unchanged,
}

/// Writes batches of articles.
pub struct Writer {
    conn: Connection,
    /// Source name → id, filled as sources are seen.
    source_ids: HashMap<String, i64>,
}

impl Writer {
    pub(super) fn new(conn: Connection) -> Self {
        Writer {
            conn,
            source_ids: HashMap::new(),
        }
    }

    /// Stores a batch in one transaction. `hash` is each article's content hash.
    pub fn write_batch(&mut self, batch: &[(Article, String)]) -> Result<Vec<WriteOutcome>> {
        let now = now_utc();
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for (article, hash) in batch {
            let source_id = match &article.source {
                Some(name) => Some(source_id(&tx, &mut self.source_ids, name)?),
                None => None,
            };
            outcomes.push(upsert_article(&tx, article, hash, source_id, &now)?);
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// Records a finished ingest run.
    pub fn log_run(&self, run: &RunLog) -> Result<()> {
        self.conn.execute(
            "INSERT INTO ingest_runs
                 (started_at, finished_at, inputs, read, new, updated, unchanged, rejected)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                run.started_at,
                now_utc(),
                run.inputs,
                run.read as i64,
                run.new as i64,
                run.updated as i64,
                run.unchanged as i64,
                run.rejected as i64
            ],
        )?;
        Ok(())
    }

    /// Ends the run: folds the write-ahead log back into the database file so
    /// that the file is complete on its own.
    pub fn finish(self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// Counts of one ingest run, for `ingest_runs`.
#[derive(Debug, Clone, Default)]
pub struct RunLog {
    pub started_at: String,
    /// The paths given, as a JSON array.
    pub inputs: String,
    pub read: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
}

fn source_id(tx: &Transaction, cache: &mut HashMap<String, i64>, name: &str) -> Result<i64> {
    if let Some(&id) = cache.get(name) {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO sources (name) VALUES (?1) ON CONFLICT (name) DO NOTHING",
        [name],
    )?;
    let id: i64 = tx.query_row("SELECT id FROM sources WHERE name = ?1", [name], |r| {
        r.get(0)
    })?;
    cache.insert(name.to_string(), id);
    Ok(id)
}

fn upsert_article(
    tx: &Transaction,
    a: &Article,
    hash: &str,
    source_id: Option<i64>,
    now: &str,
) -> Result<WriteOutcome> {
    let existing: Option<(i64, String)> = tx
        .prepare_cached("SELECT id, content_hash FROM articles WHERE external_id = ?1")?
        .query_row([&a.external_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let published = a.published.map(|p| p.to_string());
    let published_date = a.published.map(|p| p.date.format("%Y-%m-%d").to_string());
    let chars = a.text.chars().count() as i64;
    let origin = a.origin.to_string();
    match existing {
        Some((_, stored)) if stored == hash => Ok(WriteOutcome::Unchanged),
        Some((id, _)) => {
            tx.prepare_cached(
                "UPDATE articles SET source_id = ?2, title = ?3, published = ?4,
                     published_date = ?5, url = ?6, text = ?7, chars = ?8,
                     content_hash = ?9, origin = ?10, updated_at = ?11
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                source_id,
                a.title,
                published,
                published_date,
                a.url,
                a.text,
                chars,
                hash,
                origin,
                now
            ])?;
            Ok(WriteOutcome::Updated)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles (external_id, source_id, title, published, published_date,
                     url, text, chars, content_hash, origin, ingested_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            )?
            .execute(params![
                a.external_id,
                source_id,
                a.title,
                published,
                published_date,
                a.url,
                a.text,
                chars,
                hash,
                origin,
                now
            ])?;
            Ok(WriteOutcome::New)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Origin;
    use crate::store::Store;

    fn article(id: &str, text: &str) -> (Article, String) {
        let a = Article {
            external_id: id.into(),
            source: Some("Outlet".into()),
            title: Some("Title".into()),
            published: None,
            url: None,
            text: text.into(),
            origin: Origin::file("x.jsonl").at_line(1),
        };
        let h = a.content_hash();
        (a, h)
    }

    #[test]
    fn new_unchanged_updated_and_fts_follows() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        let out = w
            .write_batch(&[article("a", "alpha text"), article("b", "beta text")])
            .unwrap();
        assert_eq!(out, [WriteOutcome::New, WriteOutcome::New]);
        let out = w.write_batch(&[article("a", "alpha text")]).unwrap();
        assert_eq!(out, [WriteOutcome::Unchanged]);
        let out = w.write_batch(&[article("a", "gamma text")]).unwrap();
        assert_eq!(out, [WriteOutcome::Updated]);
        let hits: Vec<String> = w
            .conn
            .prepare(
                "SELECT a.external_id FROM articles_fts f JOIN articles a ON a.id = f.rowid
                 WHERE articles_fts MATCH ?1 ORDER BY a.external_id",
            )
            .unwrap()
            .query_map(["gamma OR alpha"], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(hits, ["a"], "the FTS index follows the update");
        let sources: i64 = w
            .conn
            .query_row("SELECT count(*) FROM sources", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sources, 1);
    }
}
