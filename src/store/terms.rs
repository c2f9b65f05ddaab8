//! The term index that groups articles into stories: each article's
//! fingerprint (its salient terms and weights) in one row, and postings
//! keyed by term and publication day, so that the articles sharing a term
//! within some days of a date are one range of the key, whatever the size
//! of the store.

use super::Result;
use crate::compare::terms::POSTED_TERMS;
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashSet;

/// The day number of undated articles: they sort before every date.
pub const UNDATED: i64 = i64::MIN;

/// Days since 1970-01-01 (the form the `day` columns use); [`UNDATED`] for none.
pub fn day_number(date: Option<NaiveDate>) -> i64 {
    date.map_or(UNDATED, |d| {
        (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date")).num_days()
    })
}

/// A fingerprint as stored, a BLOB: for each term, its length in bytes
/// (LEB128), its UTF-8 bytes and its weight (`f32`, little-endian). About
/// two thirds of the size of the text form that stores before this one
/// wrote (one `term weight` line per term), which [`decode`] still reads.
pub fn encode(terms: &[(String, f32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(terms.iter().map(|(t, _)| t.len() + 6).sum());
    for (t, w) in terms {
        let mut n = t.len();
        while n >= 0x80 {
            out.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
        out.extend_from_slice(t.as_bytes());
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

/// Reads a stored fingerprint back (either form), heaviest term first
/// (ties by term). A damaged entry ends the list rather than failing.
pub fn decode(stored: ValueRef<'_>) -> Vec<(String, f32)> {
    let mut terms = match stored {
        ValueRef::Blob(b) => decode_blob(b),
        ValueRef::Text(t) => decode_lines(&String::from_utf8_lossy(t)),
        _ => Vec::new(),
    };
    terms.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    terms
}

fn decode_blob(mut b: &[u8]) -> Vec<(String, f32)> {
    let mut terms = Vec::new();
    while !b.is_empty() {
        let (mut n, mut shift, mut used) = (0usize, 0u32, 0usize);
        for &byte in b.iter().take(9) {
            n |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            used += 1;
            if byte & 0x80 == 0 {
                break;
            }
        }
        let Some(rest) = b.get(used..) else { break };
        let (Some(term), Some(w)) = (rest.get(..n), rest.get(n..n + 4)) else {
            break;
        };
        let w: [u8; 4] = w.try_into().unwrap_or_default();
        terms.push((
            String::from_utf8_lossy(term).into_owned(),
            f32::from_le_bytes(w),
        ));
        b = &rest[n + 4..];
    }
    terms
}

/// The text form: one `term weight` line per term.
fn decode_lines(stored: &str) -> Vec<(String, f32)> {
    stored
        .lines()
        .filter_map(|l| {
            let (t, w) = l.rsplit_once(' ')?;
            Some((t.to_string(), w.parse::<f32>().ok()?))
        })
        .collect()
}

/// An article's stored fingerprint, heaviest term first; empty when it has none.
pub fn read_fingerprint(
    conn: &rusqlite::Connection,
    article_id: i64,
) -> Result<Vec<(String, f32)>> {
    Ok(conn
        .prepare_cached("SELECT terms FROM article_fingerprints WHERE article_id = ?1")?
        .query_row([article_id], |r| Ok(decode(r.get_ref(0)?)))
        .optional()?
        .unwrap_or_default())
}

/// Replaces an article's fingerprint, and lists the changes to its
/// postings in `postings` (its old postings are found through its old
/// fingerprint, so each is deleted by its key). Only the heaviest
/// [`POSTED_TERMS`] of `terms` (heaviest first) are posted: the rest never
/// find candidates, and posting them would double the index and its writes.
pub(super) fn replace_terms(
    tx: &Connection,
    postings: &mut PostingChanges,
    article_id: i64,
    date: Option<NaiveDate>,
    terms: &[(String, f32)],
) -> Result<()> {
    let old: Option<(i64, Vec<(String, f32)>)> = tx
        .prepare_cached("SELECT day, terms FROM article_fingerprints WHERE article_id = ?1")?
        .query_row([article_id], |r| Ok((r.get(0)?, decode(r.get_ref(1)?))))
        .optional()?;
    if let Some((day, stored)) = old {
        postings.delete(article_id, day, stored);
    }
    let day = day_number(date);
    tx.prepare_cached(
        "INSERT OR REPLACE INTO article_fingerprints (article_id, day, terms) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article_id, day, encode(terms)])?;
    postings.insert(article_id, day, terms.iter().take(POSTED_TERMS));
    Ok(())
}

/// The postings a batch deletes and inserts, written together at its end
/// in key order: one pass along the index instead of a random leaf page
/// per posting, which in a large store is most of a posting's cost (its
/// page is seldom in the cache).
#[derive(Default)]
pub(super) struct PostingChanges {
    deletes: Vec<(String, i64, i64)>,
    inserts: Vec<(String, i64, i64, f32)>,
    /// Articles with postings in `inserts`.
    inserting: HashSet<i64>,
}

impl PostingChanges {
    /// The postings of an article's old fingerprint are to go.
    fn delete(&mut self, article_id: i64, day: i64, stored: Vec<(String, f32)>) {
        // The same article twice in one batch: its earlier postings were never written.
        if self.inserting.remove(&article_id) {
            self.inserts.retain(|p| p.2 != article_id);
        }
        let keys = stored.into_iter().map(|(term, _)| (term, day, article_id));
        self.deletes.extend(keys);
    }

    fn insert<'a>(
        &mut self,
        article_id: i64,
        day: i64,
        terms: impl Iterator<Item = &'a (String, f32)>,
    ) {
        self.inserting.insert(article_id);
        let rows = terms.map(|(term, w)| (term.clone(), day, article_id, *w));
        self.inserts.extend(rows);
    }

    /// Writes the changes: every delete, then every insert, each in key order.
    pub(super) fn write(&mut self, tx: &Connection) -> Result<()> {
        self.deletes.sort_unstable();
        self.deletes.dedup();
        let mut delete = tx.prepare_cached(
            "DELETE FROM term_postings WHERE term = ?1 AND day = ?2 AND article_id = ?3",
        )?;
        for (term, day, article_id) in self.deletes.drain(..) {
            delete.execute(params![term, day, article_id])?;
        }
        // Stable: of a term an article lists twice, the first weight is kept, as before.
        self.inserts
            .sort_by(|a, b| (&a.0, a.1, a.2).cmp(&(&b.0, b.1, b.2)));
        let mut insert = tx.prepare_cached(
            "INSERT INTO term_postings (term, day, article_id, weight) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT DO NOTHING",
        )?;
        for (term, day, article_id, weight) in self.inserts.drain(..) {
            insert.execute(params![term, day, article_id, weight as f64])?;
        }
        self.inserting.clear();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_fingerprints_round_trip() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5);
        assert_eq!(day_number(d), 19787);
        assert_eq!(day_number(None), UNDATED);
        let terms = vec![
            ("jeremy_hunt".to_string(), 2.386_294_4),
            ("412".to_string(), 1.0),
            ("strike".to_string(), 1.0),
        ];
        let back = decode(ValueRef::Blob(&encode(&terms)));
        assert_eq!(back.len(), 3);
        assert_eq!(back[0], terms[0], "weights survive exactly");
        assert_eq!(back[1].0, "412", "ties by term");
    }

    /// Stores written before the binary form hold `term weight` lines;
    /// both forms read back alike, and a long or non-ASCII term survives.
    #[test]
    fn both_stored_forms_read_back_alike() {
        let long = "x".repeat(300);
        let terms = vec![
            (long.clone(), 3.5_f32),
            ("zoë_müller".to_string(), 0.125),
            ("£5m".to_string(), 1.0),
        ];
        let lines = "x".repeat(300) + " 3.5\nzoë_müller 0.125\n£5m 1";
        let from_text = decode(ValueRef::Text(lines.as_bytes()));
        let from_blob = decode(ValueRef::Blob(&encode(&terms)));
        assert_eq!(from_text, from_blob);
        assert_eq!(from_blob[0].0, long);
        let cut = encode(&terms);
        assert_eq!(
            decode(ValueRef::Blob(&cut[..cut.len() - 2])).len(),
            2,
            "a damaged last entry is dropped, the rest kept"
        );
        assert!(decode(ValueRef::Null).is_empty());
    }

    /// Article 1, for postings to point at.
    fn insert_article(tx: &rusqlite::Transaction) {
        tx.execute(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
             VALUES (1, 'a', 'x', 1, 'h', 'now', 'now')",
            [],
        )
        .unwrap();
    }

    #[test]
    fn replacing_terms_leaves_no_stale_postings() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx);
        let first = vec![("alpha".to_string(), 1.5), ("beta".to_string(), 1.0)];
        // Both in one batch: the first postings are never written.
        let mut batch = PostingChanges::default();
        let date = NaiveDate::from_ymd_opt(2024, 3, 5);
        replace_terms(&tx, &mut batch, 1, date, &first).unwrap();
        let second = vec![("gamma".to_string(), 1.0)];
        replace_terms(&tx, &mut batch, 1, None, &second).unwrap();
        batch.write(&tx).unwrap();
        let rows: Vec<(String, i64)> = tx
            .prepare("SELECT term, day FROM term_postings ORDER BY term")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(rows, [("gamma".to_string(), UNDATED)]);
    }

    /// The counts the triggers keep (migration 0012) are the postings'
    /// counts, through replaced terms, repeated terms and deleted articles.
    #[test]
    fn term_counts_follow_the_postings() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx);
        tx.execute(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
             VALUES (2, 'b', 'y', 1, 'h2', 'now', 'now')",
            [],
        )
        .unwrap();
        let terms = |names: &[&str]| -> Vec<(String, f32)> {
            names.iter().map(|n| (n.to_string(), 1.0)).collect()
        };
        let day = NaiveDate::from_ymd_opt(2024, 3, 5);
        let replace = |id: i64, day: Option<NaiveDate>, terms: &[(String, f32)]| {
            let mut batch = PostingChanges::default();
            replace_terms(&tx, &mut batch, id, day, terms).unwrap();
            batch.write(&tx).unwrap();
        };
        replace(1, day, &terms(&["alpha", "beta", "beta"]));
        replace(2, None, &terms(&["beta", "gamma"]));
        replace(1, None, &terms(&["gamma", "delta"]));
        let read = |sql: &str| -> Vec<(String, i64)> {
            tx.prepare(sql)
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<std::result::Result<_, _>>()
                .unwrap()
        };
        let counts = "SELECT term, n FROM term_counts WHERE n > 0 ORDER BY term";
        let postings = "SELECT term, count(*) FROM term_postings GROUP BY term ORDER BY term";
        let expected: Vec<(String, i64)> = [("beta", 1), ("delta", 1), ("gamma", 2)]
            .iter()
            .map(|(t, n)| (t.to_string(), *n))
            .collect();
        assert_eq!(read(counts), expected);
        assert_eq!(read(postings), expected);
        replace(2, None, &[]);
        assert_eq!(read(counts), read(postings));
        assert_eq!(read(counts).len(), 2);
    }

    #[test]
    fn only_the_heaviest_terms_are_posted() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx);
        let terms: Vec<(String, f32)> = (0..POSTED_TERMS + 5)
            .map(|i| (format!("term{i:02}"), 100.0 - i as f32))
            .collect();
        let mut batch = PostingChanges::default();
        replace_terms(&tx, &mut batch, 1, None, &terms).unwrap();
        batch.write(&tx).unwrap();
        let posted: Vec<String> = tx
            .prepare("SELECT term FROM term_postings ORDER BY term")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        let heaviest: Vec<String> = terms[..POSTED_TERMS].iter().map(|t| t.0.clone()).collect();
        assert_eq!(posted, heaviest);
        assert_eq!(
            read_fingerprint(&tx, 1).unwrap().len(),
            POSTED_TERMS + 5,
            "the fingerprint keeps all"
        );
    }
}
