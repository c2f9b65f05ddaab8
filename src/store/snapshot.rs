//! A canonical text form of what a database holds, for comparing two
//! databases: the crash and concurrency tests check that an interrupted
//! and resumed run reaches exactly the state of an uninterrupted one.
//!
//! Rows are named by what they are, not by their row ids or timestamps
//! (which legitimately differ between runs): articles by external id,
//! quotes and claims by article and offsets, speakers by name, stories by
//! their articles, flags by key. Pending work is listed too, so a store
//! with work left over never equals a finished one.

use super::Result;
use rusqlite::Connection;

/// Each section's query; every row becomes one tab-separated line.
const SECTIONS: &[(&str, &str)] = &[
    (
        "articles",
        "SELECT a.external_id, s.name, a.title, a.published, a.content_hash, a.extractor_version,
                (SELECT min(b.external_id) FROM articles b WHERE b.story_id = a.story_id)
         FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.external_id",
    ),
    (
        "stories",
        "SELECT st.label, st.first_published, st.last_published,
                (SELECT group_concat(external_id, ' ') FROM
                    (SELECT external_id FROM articles WHERE story_id = st.id ORDER BY external_id))
         FROM stories st ORDER BY 4, 1",
    ),
    (
        "quotes",
        "SELECT a.external_id, q.start_char, q.end_char, q.kind,
                coalesce(q.text, substr(a.text, q.start_char + 1, q.end_char - q.start_char)), sp.name, nm.name,
                q.mention, q.cue, q.attribution, q.paragraph, q.sentence,
                (SELECT p.start_char FROM quotes p WHERE p.id = q.part_of)
         FROM quotes q JOIN articles a ON a.id = q.article_id
         LEFT JOIN speakers sp ON sp.id = q.speaker_id LEFT JOIN speakers nm ON nm.id = q.name_id
         ORDER BY 1, 2, 3, 4",
    ),
    (
        "claims",
        "SELECT a.external_id, c.start_char, c.end_char, c.kind, c.value, c.value_high, c.date,
                c.granularity, c.unit, c.qualifier,
                coalesce(c.surface, substr(a.text, c.start_char + 1, c.end_char - c.start_char)),
                coalesce(c.subject, substr(a.text, c.subject_start + 1, c.subject_end - c.subject_start)),
                sp.name, nm.name,
                (SELECT q.start_char FROM quotes q WHERE q.id = c.quote_id),
                (SELECT l.start_char FROM claims l WHERE l.id = c.linked_to)
         FROM claims c JOIN articles a ON a.id = c.article_id
         LEFT JOIN speakers sp ON sp.id = c.speaker_id LEFT JOIN speakers nm ON nm.id = c.name_id
         ORDER BY 1, 2, 3, 4",
    ),
    (
        "speakers",
        "SELECT s.name, s.kind, s.surname, s.gender, i.name
         FROM speakers s LEFT JOIN speakers i ON i.id = s.identity_id ORDER BY 1, 2",
    ),
    (
        "speaker_aliases",
        "SELECT s.name, s.kind, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
         ORDER BY 1, 2, 3",
    ),
    (
        "flags",
        "SELECT f.key, f.kind, f.status, f.score, f.explanation, f.a_text, f.b_text, f.found,
                f.evidence_changed,
                (SELECT min(b.external_id) FROM articles b WHERE b.story_id = f.story_id)
         FROM flags f ORDER BY 1",
    ),
    (
        "verdicts",
        "SELECT f.key, r.verdict, r.note, r.reviewer, r.a_text, r.b_text
         FROM flag_reviews r JOIN flags f ON f.id = r.flag_id ORDER BY 1, r.id",
    ),
    (
        "terms",
        "SELECT count(*), round(sum(weight), 3), (SELECT count(*) FROM article_fingerprints),
                (SELECT sum(n) FROM terms) FROM term_postings",
    ),
    (
        "pending",
        "SELECT (SELECT count(*) FROM pending_articles), (SELECT count(*) FROM pending_stories)",
    ),
];

/// The canonical text of everything the store holds (see the module docs).
pub fn snapshot(conn: &Connection) -> Result<String> {
    let mut out = String::new();
    for (name, sql) in SECTIONS {
        out.push_str("## ");
        out.push_str(name);
        out.push('\n');
        let mut stmt = conn.prepare(sql)?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let cells: Vec<String> = (0..columns)
                .map(|i| match row.get_ref(i) {
                    Ok(v) => cell(v),
                    Err(e) => format!("<{e}>"),
                })
                .collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
    Ok(out)
}

/// [`snapshot`] and what it leaves out of articles (text, URL, authors,
/// the date and length kept for queries, and where each was read from):
/// for comparing stores filled from the same inputs by different routes
/// (a direct ingest, and `extract` then `ingest --extracted`).
pub fn full_snapshot(conn: &Connection) -> Result<String> {
    let mut out = snapshot(conn)?;
    out.push_str("## article contents\n");
    let mut stmt = conn.prepare(
        "SELECT external_id, url, authors, origin, published_date, chars, text
         FROM articles ORDER BY external_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let cells: Vec<String> = (0..7)
            .map(|i| row.get_ref(i).map_or_else(|e| format!("<{e}>"), cell))
            .collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    Ok(out)
}

fn cell(v: rusqlite::types::ValueRef) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => "∅".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => format!("{f:.6}"),
        ValueRef::Text(t) => String::from_utf8_lossy(t).replace(['\t', '\n'], " "),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn an_empty_store_lists_every_section_and_no_pending_work() {
        let store = Store::open_in_memory().unwrap();
        let text = snapshot(store.conn()).unwrap();
        for (name, _) in SECTIONS {
            assert!(text.contains(&format!("## {name}\n")), "{name}");
        }
        assert!(text.ends_with("## pending\n0\t0\n"), "{text}");
    }

    #[test]
    fn pending_work_makes_a_store_differ() {
        let store = Store::open_in_memory().unwrap();
        let before = snapshot(store.conn()).unwrap();
        store
            .conn()
            .execute_batch(
                "INSERT INTO stories (label, created_at, updated_at) VALUES ('s', 'now', 'now');
                 INSERT INTO pending_stories VALUES (1);",
            )
            .unwrap();
        assert_ne!(before, snapshot(store.conn()).unwrap());
    }
}
