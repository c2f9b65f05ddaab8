//! Read-side queries behind the listing commands (`articles`, `stats`, …):
//! filters in, serialisable rows out. The rows' field names are the
//! command-line contract of `--format json|jsonl|csv`.

mod articles;
mod claims;
mod flags;
mod quotes;
mod stats;

pub use articles::{ArticleDetail, ArticleFilter, ArticleRow, article_detail, list_articles};
pub use claims::{ClaimFilter, ClaimRow, list_claims};
pub use flags::{
    Evidence, FlagFilter, FlagRow, StoryFilter, StoryRow, get_flag, list_flags, list_stories,
};
pub use quotes::{QuoteFilter, QuoteRow, SpeakerFilter, SpeakerRow, list_quotes, list_speakers};
pub use stats::{SourceStats, Stats, stats};

use rusqlite::{Connection, ToSql};

/// A query's optional filters: each adds `AND condition` with its value as
/// the next numbered parameter.
pub(crate) struct Filters {
    pub sql: String,
    args: Vec<Box<dyn ToSql>>,
}

impl Filters {
    /// Starts from a query that ends in a `WHERE` clause.
    pub fn new(sql: String) -> Self {
        Filters {
            sql,
            args: Vec::new(),
        }
    }

    /// Adds `AND condition`, where `?1` in `condition` stands for `value`.
    pub fn and(&mut self, condition: &str, value: impl ToSql + 'static) {
        self.args.push(Box::new(value));
        let n = self.args.len();
        self.sql.push_str(&format!(
            " AND {}",
            condition.replace("?1", &format!("?{n}"))
        ));
    }

    /// Adds `AND expr LIKE '%value%'`, `value` matched as written (`%` and
    /// `_` are plain characters) and ignoring ASCII case, as SQLite's LIKE does.
    pub fn contains(&mut self, expr: &str, value: &str) {
        self.and(
            &format!("{expr} LIKE '%' || ?1 || '%' ESCAPE '\\'"),
            like_escape(value),
        );
    }

    /// The parameters, in order.
    pub fn params(&self) -> Vec<&dyn ToSql> {
        self.args.iter().map(|b| b.as_ref()).collect()
    }
}
use thiserror::Error;

/// Escapes `%`, `_` and `\\` for a `LIKE … ESCAPE '\\'` pattern: user text
/// is matched as written.
pub(crate) fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[derive(Debug, Error)]
pub enum QueryError {
    #[error("invalid --search query {query:?}: {reason}")]
    BadSearch { query: String, reason: String },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = QueryError> = std::result::Result<T, E>;

/// Turns what a person types into an FTS5 query: plain words are kept as
/// they are (all must match), but text that is not valid FTS5 syntax
/// (`39%`, `Hunt's`) is quoted word by word instead of failing.
pub fn fts_query(conn: &Connection, table: &str, input: &str) -> Result<String> {
    // FTS5 reports a syntax error when the statement runs, not when it is prepared.
    let probe = format!("SELECT 1 FROM {table} WHERE {table} MATCH ?1 LIMIT 1");
    let try_query = |q: &str| -> rusqlite::Result<()> {
        conn.prepare(&probe)?.query([q])?.next()?;
        Ok(())
    };
    if try_query(input).is_ok() {
        return Ok(input.to_string());
    }
    let quoted: Vec<String> = input
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect();
    let q = quoted.join(" ");
    if q.is_empty() {
        return Err(QueryError::BadSearch {
            query: input.to_string(),
            reason: "it is empty".into(),
        });
    }
    try_query(&q).map_err(|e| QueryError::BadSearch {
        query: input.to_string(),
        reason: e.to_string(),
    })?;
    Ok(q)
}
