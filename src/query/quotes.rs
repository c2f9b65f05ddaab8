//! `crosscheck quotes` and `crosscheck speakers`: quotes by speaker (any of
//! their names), outlet, kind and full-text search; speakers with their
//! aliases, roles and quote counts.

use super::{Result, fts_query};
use crate::extract::quotes::QuoteKind;
use chrono::NaiveDate;
use rusqlite::{Connection, ToSql, params};
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
    /// Only the quotes of this speaker identity (`speakers.id`).
    pub speaker_id: Option<i64>,
    /// Only quotes in the articles of this story.
    pub story: Option<i64>,
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
    /// How the speaker was found: named, pronoun, description, carried or none.
    pub attribution: Option<String>,
    pub paragraph: i64,
}

pub(crate) use super::like_escape;

/// The speaker identities a name asked for means, most quoted first.
///
/// A name that some speaker was given exactly (`Obama`, `Mr Obama`,
/// `Barack Obama`, case and full stops aside) means those speakers; when
/// several people were given it, the one quoted at least twice as often as
/// any other is meant (`Obama` is Barack Obama, not Michelle Obama, who is
/// found by her name). Otherwise the name is looked for as a whole word in
/// every name given (`Whitlock` finds `Dana Whitlock`).
pub fn speaker_identities(conn: &Connection, asked: &str) -> Result<Vec<i64>> {
    let asked = asked.trim();
    let plain = asked.replace('.', "");
    let mut exact = conn.prepare_cached(
        "SELECT DISTINCT coalesce(sp.identity_id, sp.id) FROM speakers sp
         WHERE sp.id IN (SELECT speaker_id FROM speaker_aliases
                         WHERE alias = ?1 COLLATE NOCASE OR alias = ?2 COLLATE NOCASE)
            OR sp.name = ?1 COLLATE NOCASE OR sp.name = ?2 COLLATE NOCASE",
    )?;
    let mut ids: Vec<i64> = exact
        .query_map(params![asked, plain], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        let word = like_escape(asked);
        let mut loose = conn.prepare_cached(
            "SELECT DISTINCT coalesce(sp.identity_id, sp.id) FROM speakers sp
             WHERE sp.id IN (SELECT speaker_id FROM speaker_aliases
                 WHERE alias LIKE ?1 ESCAPE '\\' OR alias LIKE ?1 || ' %' ESCAPE '\\'
                    OR alias LIKE '% ' || ?1 ESCAPE '\\' OR alias LIKE '% ' || ?1 || ' %' ESCAPE '\\')",
        )?;
        return Ok(loose
            .query_map([word], |r| r.get(0))?
            .collect::<Result<_, _>>()?);
    }
    let mut count = conn.prepare_cached("SELECT count(*) FROM quotes WHERE speaker_id = ?1")?;
    let mut counted: Vec<(i64, i64)> = ids
        .iter()
        .map(|&id| Ok((count.query_row([id], |r| r.get(0))?, id)))
        .collect::<Result<_>>()?;
    counted.sort_by_key(|&(n, id)| (std::cmp::Reverse(n), id));
    if let [(a, id), (b, _), ..] = counted.as_slice()
        && *a >= 2 * *b
        && *a > 0
    {
        ids = vec![*id];
    } else {
        ids = counted.into_iter().map(|(_, id)| id).collect();
    }
    Ok(ids)
}

/// `column IN (…)` over a list of ids (integers, so written inline).
pub(crate) fn in_ids(column: &str, ids: &[i64]) -> String {
    let list: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("{column} IN ({})", list.join(", "))
}

pub fn list_quotes(conn: &Connection, f: &QuoteFilter) -> Result<Vec<QuoteRow>> {
    let mut sql = String::from(
        "SELECT q.id, a.external_id, s.name, a.published,
                coalesce(q.text, substr(a.text, q.start_char + 1, q.end_char - q.start_char)), q.start_char, q.end_char,
                sp.name, sp.kind, q.cue, q.kind, q.mention, q.paragraph, q.attribution
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
        let ids = speaker_identities(conn, s)?;
        sql.push_str(&format!(" AND {}", in_ids("q.speaker_id", &ids)));
    }
    if let Some(id) = f.speaker_id {
        arg(&mut sql, "q.speaker_id = ?1", Box::new(id));
    }
    if let Some(st) = f.story {
        arg(&mut sql, "a.story_id = ?1", Box::new(st));
    }
    if let Some(src) = &f.source {
        arg(
            &mut sql,
            "s.name LIKE '%' || ?1 || '%' ESCAPE '\\'",
            Box::new(like_escape(src)),
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
            attribution: r.get(13)?,
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
    /// Only this identity (`speakers.id`).
    pub id: Option<i64>,
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
                (SELECT group_concat(alias, char(31)) FROM (SELECT DISTINCT alias FROM speaker_aliases
                  WHERE speaker_id = sp.id OR speaker_id IN
                    (SELECT id FROM speakers m WHERE m.identity_id = sp.id))),
                (SELECT group_concat(role, char(31)) FROM (SELECT DISTINCT role FROM speaker_roles
                  WHERE speaker_id = sp.id OR speaker_id IN
                    (SELECT id FROM speakers m WHERE m.identity_id = sp.id))),
                (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id AND q.kind IN ('direct', 'partial')),
                (SELECT count(*) FROM quotes q WHERE q.speaker_id = sp.id AND q.kind = 'indirect'),
                (SELECT count(DISTINCT a.source_id) FROM quotes q JOIN articles a ON a.id = q.article_id
                  WHERE q.speaker_id = sp.id)
         FROM speakers sp WHERE sp.identity_id IS NULL",
    );
    let mut args: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(n) = &f.name {
        let ids = speaker_identities(conn, n)?;
        sql.push_str(&format!(" AND {}", in_ids("sp.id", &ids)));
    }
    if let Some(k) = &f.kind {
        args.push(Box::new(k.clone()));
        sql.push_str(&format!(" AND sp.kind = ?{}", args.len()));
    }
    if let Some(id) = f.id {
        args.push(Box::new(id));
        sql.push_str(&format!(" AND sp.id = ?{}", args.len()));
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
        let name: String = r.get(1)?;
        // Only forms of the name are listed: a misspelling joined to the
        // person still finds their quotes but is not shown as their name.
        let mut aliases = split(r.get(3)?);
        aliases.retain(|a| crate::store::identity::is_shown_alias(a, &name));
        Ok(SpeakerRow {
            id: r.get(0)?,
            name,
            kind: r.get(2)?,
            aliases,
            roles: split(r.get(4)?),
            quotes: r.get(5)?,
            statements: r.get(6)?,
            sources: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
