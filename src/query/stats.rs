//! `crosscheck stats`: row counts per table and per outlet.

use super::Result;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts over the whole store.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Rows per table (full-text index tables and SQLite's own tables left out).
    pub tables: BTreeMap<String, i64>,
    /// Per outlet.
    pub sources: Vec<SourceStats>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceStats {
    pub source: Option<String>,
    pub articles: i64,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

pub fn stats(conn: &Connection) -> Result<Stats> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master
             WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
             ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut tables = BTreeMap::new();
    for name in names {
        // Table names come from sqlite_master, not from the user.
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| {
            r.get(0)
        })?;
        tables.insert(name, n);
    }
    let sources = conn
        .prepare(
            "SELECT s.name, count(*), min(a.published_date), max(a.published_date)
             FROM articles a LEFT JOIN sources s ON s.id = a.source_id
             GROUP BY s.name ORDER BY count(*) DESC, s.name",
        )?
        .query_map([], |r| {
            Ok(SourceStats {
                source: r.get(0)?,
                articles: r.get(1)?,
                first_published: r.get(2)?,
                last_published: r.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(Stats { tables, sources })
}
