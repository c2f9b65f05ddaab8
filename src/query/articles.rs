//! `crosscheck articles`: list stored articles by outlet, date and full-text search.

use super::{Result, fts_query};
use chrono::NaiveDate;
use rusqlite::{Connection, ToSql};
use serde::Serialize;

/// Which articles to list.
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Outlet name, case-insensitive substring.
    pub source: Option<String>,
    /// FTS5 query over title and text.
    pub search: Option<String>,
    /// Published on or after.
    pub since: Option<NaiveDate>,
    /// Published on or before.
    pub until: Option<NaiveDate>,
    /// Only the articles of this story.
    pub story: Option<i64>,
    pub limit: Option<usize>,
}

/// One listed article.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleRow {
    /// The input's id (`external_id` in the database).
    pub id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Length of the stored text in characters.
    pub chars: i64,
    /// With `--search`: the matching passage, hits in [brackets].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
}

pub fn list_articles(conn: &Connection, f: &ArticleFilter) -> Result<Vec<ArticleRow>> {
    let mut sql =
        String::from("SELECT a.external_id, s.name, a.published, a.title, a.url, a.chars, ");
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    match &f.search {
        Some(q) => {
            sql.push_str(
                "snippet(articles_fts, 1, '[', ']', '…', 16)
                 FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                 LEFT JOIN sources s ON s.id = a.source_id
                 WHERE articles_fts MATCH ?",
            );
            args.push(Box::new(fts_query(conn, "articles_fts", q)?));
        }
        None => {
            sql.push_str("NULL FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE 1")
        }
    }
    if let Some(src) = &f.source {
        sql.push_str(" AND s.name LIKE '%' || ? || '%' ESCAPE '\\'");
        args.push(Box::new(super::like_escape(src)));
    }
    if let Some(st) = f.story {
        sql.push_str(" AND a.story_id = ?");
        args.push(Box::new(st));
    }
    if let Some(d) = f.since {
        sql.push_str(" AND a.published_date >= ?");
        args.push(Box::new(d.format("%Y-%m-%d").to_string()));
    }
    if let Some(d) = f.until {
        sql.push_str(" AND a.published_date <= ?");
        args.push(Box::new(d.format("%Y-%m-%d").to_string()));
    }
    sql.push_str(if f.search.is_some() {
        " ORDER BY rank"
    } else {
        " ORDER BY a.published_date IS NULL, a.published_date, s.name, a.external_id"
    });
    if let Some(n) = f.limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let rows = stmt.query_map(params.as_slice(), |r| {
        Ok(ArticleRow {
            id: r.get(0)?,
            source: r.get(1)?,
            published: r.get(2)?,
            title: r.get(3)?,
            url: r.get(4)?,
            chars: r.get(5)?,
            snippet: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One stored article in full (`crosscheck article show`): its metadata,
/// text and, apart, the reader comments stored with it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleDetail {
    /// The input's id (`external_id` in the database).
    pub id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// Where it was read from (a file, a line of one).
    pub origin: Option<String>,
    pub text: String,
    /// Reader comments below the article, kept out of `text`: quotes,
    /// claims and flags never come from them. `null` when there are none.
    pub comments: Option<String>,
}

/// The article stored under `id` (its `external_id`), if any.
pub fn article_detail(conn: &Connection, id: &str) -> Result<Option<ArticleDetail>> {
    use rusqlite::OptionalExtension;
    let row = conn
        .query_row(
            "SELECT a.external_id, s.name, a.published, a.title, a.url, a.authors, a.origin,
                    a.text, a.comments
             FROM articles a LEFT JOIN sources s ON s.id = a.source_id
             WHERE a.external_id = ?1",
            [id],
            |r| {
                let authors: Option<String> = r.get(5)?;
                Ok(ArticleDetail {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    published: r.get(2)?,
                    title: r.get(3)?,
                    url: r.get(4)?,
                    // Written by the store as a JSON array of names.
                    authors: authors
                        .and_then(|a| serde_json::from_str(&a).ok())
                        .unwrap_or_default(),
                    origin: r.get(6)?,
                    text: r.get(7)?,
                    comments: r.get(8)?,
                })
            },
        )
        .optional()?;
    Ok(row)
}
