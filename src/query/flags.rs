//! `crosscheck flags` and `crosscheck stories`: the review queue and the
//! stories it comes from.

use super::{Filters, Result};
use rusqlite::Connection;
use serde::Serialize;

/// Which flags to list.
#[derive(Debug, Clone, Default)]
pub struct FlagFilter {
    /// open, confirmed or dismissed.
    pub status: Option<String>,
    pub kind: Option<String>,
    pub story: Option<i64>,
    /// Outlet name (either side), case-insensitive substring.
    pub source: Option<String>,
    /// Also flags the latest analysis no longer finds (kept for their verdicts).
    pub include_gone: bool,
    /// Any name of either side's speaker (case-insensitive substring of the
    /// name or of an alias).
    pub speaker: Option<String>,
    /// Words of the explanation or of either side's evidence (substring).
    pub search: Option<String>,
    pub limit: Option<usize>,
    /// Skip this many rows first (paging).
    pub offset: Option<usize>,
    /// Only flags after this flag in the listing's order (the next in the queue).
    pub after: Option<i64>,
}

/// A flag whose speaker on either side has a name or alias containing `?1`.
const SPEAKER_MATCH: &str = "EXISTS (SELECT 1 FROM speakers sp
       LEFT JOIN speaker_aliases al ON al.speaker_id = sp.id
     WHERE coalesce(sp.identity_id, sp.id) IN (
             SELECT speaker_id FROM quotes WHERE id IN (f.a_quote_id, f.b_quote_id)
             UNION SELECT speaker_id FROM claims WHERE id IN (f.a_claim_id, f.b_claim_id))
       AND (sp.name LIKE '%' || ?1 || '%' ESCAPE '\\' OR al.alias LIKE '%' || ?1 || '%' ESCAPE '\\'))";

/// One side of a flag, as the contract names it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    /// `quote` or `claim`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The quote's or claim's id (`null` when the evidence no longer exists).
    pub id: Option<i64>,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    /// Quote text (for quotes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Claim surface (for claims).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub surface: Option<String>,
    pub speaker: Option<String>,
}

/// One listed flag.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FlagRow {
    pub id: i64,
    pub kind: String,
    pub status: String,
    pub score: f64,
    pub explanation: String,
    pub a: Evidence,
    pub b: Evidence,
    pub story: Option<i64>,
    /// The latest analysis still finds it.
    pub found: bool,
    /// The evidence changed after the last verdict.
    pub evidence_changed: bool,
}

const FLAG_SELECT: &str = "SELECT f.id, f.kind, f.status, f.score, f.explanation, f.story_id, f.found, f.evidence_changed,
        CASE WHEN f.a_claim_id IS NOT NULL OR (f.a_quote_id IS NULL AND f.kind IN ('numeric_conflict', 'date_conflict')) THEN 'claim' ELSE 'quote' END,
        coalesce(f.a_claim_id, f.a_quote_id), aa.external_id, sa.name, aa.published, f.a_text,
        (SELECT sp.name FROM speakers sp WHERE sp.id = coalesce(
            (SELECT speaker_id FROM quotes WHERE id = f.a_quote_id),
            (SELECT speaker_id FROM claims WHERE id = f.a_claim_id))),
        CASE WHEN f.b_claim_id IS NOT NULL OR (f.b_quote_id IS NULL AND f.kind IN ('numeric_conflict', 'date_conflict')) THEN 'claim' ELSE 'quote' END,
        coalesce(f.b_claim_id, f.b_quote_id), ab.external_id, sb.name, ab.published, f.b_text,
        (SELECT sp.name FROM speakers sp WHERE sp.id = coalesce(
            (SELECT speaker_id FROM quotes WHERE id = f.b_quote_id),
            (SELECT speaker_id FROM claims WHERE id = f.b_claim_id)))
     FROM flags f
     JOIN articles aa ON aa.id = f.a_article_id
     JOIN articles ab ON ab.id = f.b_article_id
     LEFT JOIN sources sa ON sa.id = aa.source_id
     LEFT JOIN sources sb ON sb.id = ab.source_id";

fn row_to_flag(r: &rusqlite::Row) -> rusqlite::Result<FlagRow> {
    let side = |base: usize, r: &rusqlite::Row| -> rusqlite::Result<Evidence> {
        let kind: String = r.get(base)?;
        let text: String = r.get(base + 5)?;
        let is_claim = kind == "claim";
        Ok(Evidence {
            id: r.get(base + 1)?,
            article_id: r.get(base + 2)?,
            source: r.get(base + 3)?,
            published: r.get(base + 4)?,
            surface: is_claim.then(|| text.clone()),
            text: (!is_claim).then_some(text),
            speaker: r.get(base + 6)?,
            kind,
        })
    };
    Ok(FlagRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        status: r.get(2)?,
        score: r.get(3)?,
        explanation: r.get(4)?,
        story: r.get(5)?,
        found: r.get::<_, i64>(6)? != 0,
        evidence_changed: r.get::<_, i64>(7)? != 0,
        a: side(8, r)?,
        b: side(15, r)?,
    })
}

pub fn list_flags(conn: &Connection, f: &FlagFilter) -> Result<Vec<FlagRow>> {
    let mut q = Filters::new(format!("{FLAG_SELECT} WHERE 1"));
    if let Some(s) = &f.status {
        q.and("f.status = ?1", s.clone());
    }
    if let Some(k) = &f.kind {
        q.and("f.kind = ?1", k.clone());
    }
    if let Some(st) = f.story {
        q.and("f.story_id = ?1", st);
    }
    if let Some(src) = &f.source {
        q.and(
            "(sa.name LIKE '%' || ?1 || '%' ESCAPE '\\' OR sb.name LIKE '%' || ?1 || '%' ESCAPE '\\')",
            super::like_escape(src),
        );
    }
    if let Some(who) = &f.speaker {
        q.and(SPEAKER_MATCH, super::like_escape(who.trim()));
    }
    if let Some(text) = &f.search {
        q.and(
            "(f.explanation || ' ' || f.a_text || ' ' || f.b_text) LIKE '%' || ?1 || '%' ESCAPE '\\'",
            super::like_escape(text.trim()),
        );
    }
    if let Some(id) = f.after {
        q.and(
            "(f.score < (SELECT score FROM flags WHERE id = ?1)
              OR (f.score = (SELECT score FROM flags WHERE id = ?1) AND f.id > ?1))",
            id,
        );
    }
    if !f.include_gone {
        // Only what the latest analysis still finds; `--all` adds the rest,
        // kept for their verdicts.
        q.sql.push_str(" AND f.found = 1");
    }
    q.sql.push_str(" ORDER BY f.score DESC, f.id");
    if let Some(n) = f.limit {
        q.sql.push_str(&format!(" LIMIT {n}"));
    }
    if let Some(n) = f.offset.filter(|&n| n > 0) {
        if f.limit.is_none() {
            q.sql.push_str(" LIMIT -1");
        }
        q.sql.push_str(&format!(" OFFSET {n}"));
    }
    let mut stmt = conn.prepare(&q.sql)?;
    let rows = stmt.query_map(q.params().as_slice(), row_to_flag)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// One flag by id.
pub fn get_flag(conn: &Connection, id: i64) -> Result<Option<FlagRow>> {
    use rusqlite::OptionalExtension;
    let sql = format!("{FLAG_SELECT} WHERE f.id = ?1");
    Ok(conn.query_row(&sql, [id], row_to_flag).optional()?)
}

/// One story with its outlets and counts.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StoryRow {
    pub id: i64,
    pub label: String,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    pub articles: i64,
    pub sources: Vec<String>,
    /// Flags still found, of any status.
    pub flags: i64,
    pub open_flags: i64,
}

/// Which stories to list.
#[derive(Debug, Clone, Default)]
pub struct StoryFilter {
    /// Only stories with articles from at least this many outlets.
    pub min_sources: usize,
    /// Words of the label (case-insensitive substring).
    pub search: Option<String>,
    /// Only this story.
    pub id: Option<i64>,
    pub limit: Option<usize>,
}

pub fn list_stories(conn: &Connection, f: &StoryFilter) -> Result<Vec<StoryRow>> {
    let mut q = Filters::new(String::from(
        "SELECT st.id, st.label, st.first_published, st.last_published,
                (SELECT count(*) FROM articles a WHERE a.story_id = st.id),
                (SELECT group_concat(DISTINCT s.name) FROM articles a JOIN sources s ON s.id = a.source_id
                   WHERE a.story_id = st.id),
                (SELECT count(DISTINCT a.source_id) FROM articles a WHERE a.story_id = st.id),
                (SELECT count(*) FROM flags fl WHERE fl.story_id = st.id AND fl.found = 1),
                (SELECT count(*) FROM flags fl WHERE fl.story_id = st.id AND fl.found = 1 AND fl.status = 'open')
         FROM stories st WHERE 1",
    ));
    if let Some(s) = &f.search {
        q.contains("st.label", s);
    }
    if let Some(id) = f.id {
        q.and("st.id = ?1", id);
    }
    q.sql.push_str(
        " ORDER BY 7 DESC, 8 DESC, st.first_published IS NULL, st.first_published, st.id",
    );
    let mut stmt = conn.prepare(&q.sql)?;
    let rows = stmt.query_map(q.params().as_slice(), |r| {
        let sources: Option<String> = r.get(5)?;
        let n_sources: i64 = r.get(6)?;
        Ok((
            StoryRow {
                id: r.get(0)?,
                label: r.get(1)?,
                first_published: r.get(2)?,
                last_published: r.get(3)?,
                articles: r.get(4)?,
                sources: {
                    let mut v: Vec<String> = sources
                        .map(|s| s.split(',').map(str::to_string).collect())
                        .unwrap_or_default();
                    v.sort();
                    v
                },
                flags: r.get(7)?,
                open_flags: r.get(8)?,
            },
            n_sources,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (story, n) = row?;
        if n as usize >= f.min_sources {
            out.push(story);
        }
        if f.limit.is_some_and(|l| out.len() >= l) {
            break;
        }
    }
    Ok(out)
}
