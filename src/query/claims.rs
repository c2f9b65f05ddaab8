//! `crosscheck claims`: numeric claims and dates by kind, subject, outlet,
//! who asserts them, value and date.

use super::{Filters, Result};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

/// Which claims to list.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// percentage, percentage_points, count, money, date, ratio, range or measure.
    pub kind: Option<String>,
    /// Words of the subject (case-insensitive substring).
    pub subject: Option<String>,
    /// Outlet name (case-insensitive substring).
    pub source: Option<String>,
    /// Any name of the speaker who asserts the claim, or the outlet for its own claims.
    pub attributed_to: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// On or after: a date claim's own date, else the article's publication date.
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// The input id of one article.
    pub article: Option<String>,
    /// Only claims in the articles of this story.
    pub story: Option<i64>,
    pub limit: Option<usize>,
}

/// A claim's value: a number, or a date as `YYYY-MM-DD`.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Value {
    Number(f64),
    Date(String),
}

/// One listed claim: the contract fields of DESIGN.md plus granularity,
/// the kind of who asserts it, and the quote it sits in.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimRow {
    pub id: i64,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub kind: String,
    pub value: Option<Value>,
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<String>,
    pub surface: String,
    pub start: i64,
    pub end: i64,
    pub sentence: String,
    pub subject: Option<String>,
    /// The speaker who asserts the claim (in a quotation or reported statement),
    /// else the outlet itself.
    pub attributed_to: Option<String>,
    /// person, organisation, role, or outlet (the article's own claim).
    pub attributed_to_kind: Option<String>,
    /// day, week, month, year or decade, for dates.
    pub granularity: Option<String>,
    pub quote_id: Option<i64>,
}

/// A claim's words: stored, or the article's characters at its offsets
/// (migration 0020 keeps them once, in the text).
const SURFACE: &str =
    "coalesce(c.surface, substr(a.text, c.start_char + 1, c.end_char - c.start_char))";
/// What a claim measures: stored, or the characters at its subject's offsets.
const SUBJECT: &str =
    "coalesce(c.subject, substr(a.text, c.subject_start + 1, c.subject_end - c.subject_start))";

pub fn list_claims(conn: &Connection, f: &ClaimFilter) -> Result<Vec<ClaimRow>> {
    let mut q = Filters::new(format!(
        "SELECT c.id, a.external_id, s.name, a.published, c.kind, c.value, c.date, c.value_high,
                c.unit, c.qualifier, {SURFACE}, c.start_char, c.end_char,
                substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start),
                {SUBJECT}, coalesce(sp.name, s.name),
                CASE WHEN sp.id IS NOT NULL THEN sp.kind WHEN s.name IS NOT NULL THEN 'outlet' END,
                c.granularity, c.quote_id
         FROM claims c
         JOIN articles a ON a.id = c.article_id
         LEFT JOIN sources s ON s.id = a.source_id
         LEFT JOIN speakers sp ON sp.id = c.speaker_id
         WHERE 1",
    ));
    if let Some(k) = &f.kind {
        q.and("c.kind = ?1", k.clone());
    }
    if let Some(st) = f.story {
        q.and("a.story_id = ?1", st);
    }
    if let Some(s) = &f.subject {
        q.contains(SUBJECT, s);
    }
    if let Some(src) = &f.source {
        q.contains("s.name", src);
    }
    if let Some(who) = &f.attributed_to {
        let ids = super::quotes::speaker_identities(conn, who)?;
        q.and(
            &format!(
                "({} OR (c.speaker_id IS NULL AND s.name LIKE '%' || ?1 || '%' ESCAPE '\\'))",
                super::quotes::in_ids("c.speaker_id", &ids)
            ),
            super::quotes::like_escape(who.trim()),
        );
    }
    if let Some(v) = f.min {
        q.and("c.value >= ?1", v);
    }
    if let Some(v) = f.max {
        q.and("coalesce(c.value_high, c.value) <= ?1", v);
    }
    if let Some(d) = f.since {
        q.and(
            "coalesce(c.date, a.published_date) >= ?1",
            d.format("%Y-%m-%d").to_string(),
        );
    }
    if let Some(d) = f.until {
        q.and(
            "coalesce(c.date, a.published_date) <= ?1",
            d.format("%Y-%m-%d").to_string(),
        );
    }
    if let Some(id) = &f.article {
        q.and("a.external_id = ?1", id.clone());
    }
    q.sql.push_str(
        " ORDER BY a.published_date IS NULL, a.published_date, s.name, a.external_id, c.start_char",
    );
    if let Some(n) = f.limit {
        q.sql.push_str(&format!(" LIMIT {n}"));
    }
    let mut stmt = conn.prepare(&q.sql)?;
    let rows = stmt.query_map(q.params().as_slice(), |r| {
        let number: Option<f64> = r.get(5)?;
        let date: Option<String> = r.get(6)?;
        Ok(ClaimRow {
            id: r.get(0)?,
            article_id: r.get(1)?,
            source: r.get(2)?,
            published: r.get(3)?,
            kind: r.get(4)?,
            value: date.map(Value::Date).or(number.map(Value::Number)),
            value_high: r.get(7)?,
            unit: r.get(8)?,
            qualifier: r.get(9)?,
            surface: r.get(10)?,
            start: r.get(11)?,
            end: r.get(12)?,
            sentence: r.get(13)?,
            subject: r.get(14)?,
            attributed_to: r.get(15)?,
            attributed_to_kind: r.get(16)?,
            granularity: r.get(17)?,
            quote_id: r.get(18)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
