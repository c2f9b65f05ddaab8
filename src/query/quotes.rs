//! `crosscheck quotes` and `crosscheck speakers`: quotes by speaker (any of
//! their names), outlet, kind and full-text search; speakers with their
//! aliases, roles and quote counts.

use super::{Result, fts_query};
use crate::extract::quotes::QuoteKind;
use chrono::NaiveDate;
use rusqlite::{Connection, ToSql};
use serde::Serialize;

/// Which quotes to list.
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Any name of the speaker, as a whole word: `Hunt` finds Jeremy Hunt.
    pub speaker: Option<String>,
    /// Outlet name, case-insensitive substring.
    pub source: Option<String>,
    /// FTS5 query over the quote text.
    pub search: Option<String>,
    /// Kinds to list; empty means every kind but non-speech.
    pub kinds: Vec<QuoteKind>,
    /// The input id of one article.
    pub article: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub limit: Option<usize>,
}

/// One listed quote: the contract fields of DESIGN.md plus kind, mention and paragraph.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRow {
    pub id: i64,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub cue: Option<String>,
    pub kind: String,
    pub mention: Option<String>,
    pub paragraph: i64,
}

/// SQL condition matching a speaker by any alias, as a whole word.
const SPEAKER_MATCH: &str = "q.speaker_id IN (
    SELECT speaker_id FROM speaker_aliases
    WHERE alias LIKE ?1 OR alias LIKE ?1 || ' %' OR alias LIKE '% ' || ?1 OR alias LIKE '% ' || ?1 || ' %')";

pub fn list_quotes(conn: &Connection, f: &QuoteFilter) -> Result<Vec<QuoteRow>> {
    let mut sql = String::from(
        "SELECT q.id, a.external_id, s.name, a.published, q.text, q.start_char, q.end_char,
                sp.name, sp.kind, q.cue, q.kind, q.mention, q.paragraph
         FROM quotes q
         JOIN articles a ON a.id = q.article_id
         LEFT JOIN sources s ON s.id = a.source_id
         LEFT JOIN speakers sp ON sp.id = q.speaker_id
         WHERE 1",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    let mut arg = |sql: &mut String, cond: &str, value: Box<dyn ToSql>| {
        args.push(value);
        sql.push_str(&format!(
            " AND {}",
            cond.replace("?1", &format!("?{}", args.len()))
        ));
    };
    if let Some(s) = &f.speaker {
        arg(&mut sql, SPEAKER_MATCH, Box::new(s.trim().to_string()));
    }
    if let Some(src) = &f.source {
        arg(
            &mut sql,
            "s.name LIKE '%' || ?1 || '%'",
            Box::new(src.clone()),
        );
    }
    if let Some(q) = &f.search {
        let query = fts_query(conn, "quotes_fts", q)?;
        arg(
            &mut sql,
            "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1)",
            Box::new(query),
        );
    }
    if let Some(id) = &f.article {
        arg(&mut sql, "a.external_id = ?1", Box::new(id.clone()));
    }
    if let Some(d) = f.since {
        arg(
            &mut sql,
            "a.published_date >= ?1",
            Box::new(d.format("%Y-%m-%d").to_string()),
        );
    }
    if let Some(d) = f.until {
        arg(
            &mut sql,
            "a.published_date <= ?1",
            Box::new(d.format("%Y-%m-%d").to_string()),
        );
    }
    if f.kinds.is_empty() {
        sql.push_str(" AND q.kind != 'non_speech'");
    } else {
        let list: Vec<String> = f
            .kinds
            .iter()
            .map(|k| format!("'{}'", k.as_str()))
            .collect();
        sql.push_str(&format!(" AND q.kind IN ({})", list.join(", ")));
    }
    sql.push_str(
        " ORDER BY a.published_date IS NULL, a.published_date, s.name, a.external_id, q.start_char",
    );
    if let Some(n) = f.limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let rows = stmt.query_map(params.as_slice(), |r| {
        Ok(QuoteRow {
            id: r.get(0)?,
            article_id: r.get(1)?,
            source: r.get(2)?,
            published: r.get(3)?,
            text: r.get(4)?,
            start: r.get(5)?,
            end: r.get(6)?,
            speaker: r.get(7)?,
            speaker_kind: r.get(8)?,
            cue: r.get(9)?,
            kind: r.get(10)?,
            mention: r.get(11)?,
            paragraph: r.get(12)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Which speakers to list.
#[derive(Debug, Clone, Default)]
pub struct SpeakerFilter {
    /// Any name, as a whole word.
    pub name: Option<String>,
    /// person, organisation or role.
    pub kind: Option<String>,
    pub limit: Option<usize>,
}

/// One speaker with the names and roles seen and how often they are quoted.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SpeakerRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// Direct and partial quotations.
    pub quotes: i64,
    /// Reported (indirect) statements.
    pub statements: i64,
    /// Outlets that quote them.
    pub sources: i64,
}

pub fn list_speakers(conn: &Connection, f: &SpeakerFilter) -> Result<Vec<SpeakerRow>> {
    let mut sql = String::from(
        "SELECT sp.id, sp.name, sp.kind,
                (SELECT group_concat(alias, char(31)) FROM speaker_aliases WHERE speaker_id = sp.id),
                (SELECT group_concat(role, char(31)) FROM speaker_roles WHERE speaker_id = sp.id),
                (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id AND q.kind IN ('direct', 'partial')),
                (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id AND q.kind = 'indirect'),
                (SELECT count(DISTINCT a.source_id) FROM quotes q JOIN articles a ON a.id = q.article_id
                  WHERE q.speaker_id = sp.id)
         FROM speakers sp WHERE 1",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(n) = &f.name {
        args.push(Box::new(n.trim().to_string()));
        sql.push_str(&format!(
            " AND {}",
            SPEAKER_MATCH.replace("q.speaker_id", "sp.id")
        ));
    }
    if let Some(k) = &f.kind {
        args.push(Box::new(k.clone()));
        sql.push_str(&format!(" AND sp.kind = ?{}", args.len()));
    }
    sql.push_str(" ORDER BY 6 DESC, 7 DESC, sp.name");
    if let Some(n) = f.limit {
        sql.push_str(&format!(" LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&sql)?;
    let params: Vec<&dyn ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let split = |s: Option<String>| -> Vec<String> {
        let mut v: Vec<String> = s
            .map(|s| s.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    let rows = stmt.query_map(params.as_slice(), |r| {
        Ok(SpeakerRow {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: r.get(2)?,
            aliases: split(r.get(3)?),
            roles: split(r.get(4)?),
            quotes: r.get(5)?,
            statements: r.get(6)?,
            sources: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
