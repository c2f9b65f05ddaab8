//! The term index that groups articles into stories: each article's
//! fingerprint (its salient terms and weights) in one row, and postings
//! keyed by term and publication day, so that the articles sharing a term
//! within some days of a date are one range of the key, whatever the size
//! of the store.
//!
//! Terms are stored once, in `terms` (migration 0015), with how many
//! postings each has; postings and fingerprints refer to them by id. A
//! weight is stored as a one-byte code when it is one of the values a
//! fingerprint's weights usually take, else in full (see [`WEIGHT_CODES`]).

use super::Result;
use crate::compare::terms::POSTED_TERMS;
use chrono::NaiveDate;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The day number of undated articles: they sort before every date.
pub const UNDATED: i64 = i64::MIN;

/// [`UNDATED`] as the `day` columns store it: 4 bytes rather than 8, and
/// still below every day a date can have (chrono's dates span about
/// ±96 million days).
const STORED_UNDATED: i64 = i32::MIN as i64;

/// Days since 1970-01-01 (the form the `day` columns use); [`UNDATED`] for none.
pub fn day_number(date: Option<NaiveDate>) -> i64 {
    date.map_or(UNDATED, |d| {
        (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date")).num_days()
    })
}

/// A day number, or a bound of a range of them, as the `day` columns hold it.
fn stored_day(day: i64) -> i64 {
    day.max(STORED_UNDATED)
}

/// The bits of the weights stored as a code (the code is the index).
/// Fingerprint weights are `1 + ln(c)` of a count `c` that is a multiple
/// of ½ (see `compare::terms`); these are those weights for `c` = ½ … 63½,
/// as computed once. Whether a weight has a code is decided by comparing
/// bits, so a weight is always read back exactly, whatever produced it.
/// Entry 0 is unused.
const WEIGHT_CODES: [u32; 128] = [
    0x00000000, 0x3e9d1bd0, 0x3f800000, 0x3fb3e648, 0x3fd8b90c, 0x3ff54904, 0x40064faa, 0x40102d44,
    0x4018b90c, 0x402042ce, 0x40270108, 0x402d1a98, 0x4032ac30, 0x4037cb9c, 0x403c89ca, 0x4040f42c,
    0x40451592, 0x4048f6d8, 0x404c9f54, 0x4050152a, 0x40535d8e, 0x40567cef, 0x4059771e, 0x405c4f6a,
    0x405f08b6, 0x4061a58a, 0x40642821, 0x40669278, 0x4068e651, 0x406b2540, 0x406d50b2, 0x406f69ec,
    0x40717218, 0x40736a42, 0x4075535e, 0x40772e4d, 0x4078fbda, 0x407abcc1, 0x407c71b0, 0x407e1b45,
    0x407fba14, 0x4080a752, 0x40816cba, 0x40822d7e, 0x4082e9d2, 0x4083a1eb, 0x408455f8, 0x40850626,
    0x4085b29e, 0x40865b88, 0x40870108, 0x4087a341, 0x40884254, 0x4088de5e, 0x4089777f, 0x408a0dd0,
    0x408aa16c, 0x408b326a, 0x408bc0e3, 0x408c4ced, 0x408cd69c, 0x408d5e04, 0x408de339, 0x408e664c,
    0x408ee74f, 0x408f6652, 0x408fe364, 0x40905e94, 0x4090d7f2, 0x40914f8a, 0x4091c56a, 0x4092399c,
    0x4092ac30, 0x40931d2e, 0x40938ca4, 0x4093fa9a, 0x4094671b, 0x4094d231, 0x40953be6, 0x4095a442,
    0x40960b4d, 0x40967111, 0x4096d595, 0x409738e2, 0x40979afe, 0x4097fbf0, 0x40985bc0, 0x4098ba75,
    0x40991815, 0x409974a6, 0x4099d02e, 0x409a2ab3, 0x409a843b, 0x409adccb, 0x409b3468, 0x409b8b19,
    0x409be0e1, 0x409c35c6, 0x409c89ca, 0x409cdcf6, 0x409d2f4b, 0x409d80ce, 0x409dd184, 0x409e2170,
    0x409e7096, 0x409ebefc, 0x409f0ca2, 0x409f598e, 0x409fa5c2, 0x409ff142, 0x40a03c13, 0x40a08636,
    0x40a0cfae, 0x40a11880, 0x40a160ad, 0x40a1a839, 0x40a1ef26, 0x40a23578, 0x40a27b30, 0x40a2c051,
    0x40a304df, 0x40a348db, 0x40a38c47, 0x40a3cf27, 0x40a4117c, 0x40a45349, 0x40a4948f, 0x40a4d552,
];

/// A weight's code, when it has one.
fn weight_code(w: f32) -> Option<u64> {
    WEIGHT_CODES[1..]
        .binary_search(&w.to_bits())
        .ok()
        .map(|i| i as u64 + 1)
}

/// A weight as the postings store it: its code (an INTEGER), else a REAL.
fn weight_value(w: f32) -> Value {
    match weight_code(w) {
        Some(c) => Value::Integer(c as i64),
        None => Value::Real(f64::from(w)),
    }
}

/// A stored posting weight read back.
fn weight_from(v: ValueRef<'_>) -> f32 {
    match v {
        ValueRef::Integer(c) if (1..128).contains(&c) => f32::from_bits(WEIGHT_CODES[c as usize]),
        ValueRef::Integer(i) => i as f32,
        ValueRef::Real(r) => r as f32,
        _ => 0.0,
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n & 0x7f) as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// The varint at the start of `b`, which is moved past it.
fn get_varint(b: &mut &[u8]) -> Option<u64> {
    let (mut n, mut shift) = (0u64, 0u32);
    for (i, &byte) in b.iter().enumerate().take(10) {
        n |= u64::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            *b = &b[i + 1..];
            return Some(n);
        }
    }
    None
}

/// A fingerprint as stored, a BLOB: for each term, its id and then its
/// weight's code, or 128 + the weight's `f32` bits when it has none,
/// each as a LEB128 varint (about 3 bytes a term, against 13 when each
/// term's text was stored with an `f32`).
pub fn encode(terms: &[(i64, f32)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(terms.len() * 3);
    for &(id, w) in terms {
        put_varint(&mut out, id as u64);
        put_varint(
            &mut out,
            weight_code(w).unwrap_or(u64::from(w.to_bits()) + 128),
        );
    }
    out
}

/// Reads a stored fingerprint back, in stored order. A damaged entry ends
/// the list rather than failing.
pub fn decode(mut b: &[u8]) -> Vec<(i64, f32)> {
    let mut terms = Vec::with_capacity(b.len() / 3);
    while !b.is_empty() {
        let (Some(id), Some(w)) = (get_varint(&mut b), get_varint(&mut b)) else {
            break;
        };
        let w = match w {
            1..128 => f32::from_bits(WEIGHT_CODES[w as usize]),
            _ => f32::from_bits(w.saturating_sub(128) as u32),
        };
        terms.push((id as i64, w));
    }
    terms
}

/// Heaviest first, ties by term: the order every reader sees.
fn heaviest_first<T>(terms: &mut [T], key: impl Fn(&T) -> (&str, f32)) {
    terms.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0))
    });
}

/// Reads a fingerprint as stores before migration 0015 wrote it: a BLOB
/// (each term's byte length as a LEB128 varint, its UTF-8 bytes and its
/// `f32` weight) or `term weight` text lines. In stored order.
fn decode_legacy(stored: ValueRef<'_>) -> Vec<(String, f32)> {
    match stored {
        ValueRef::Blob(b) => decode_legacy_blob(b),
        ValueRef::Text(t) => decode_lines(&String::from_utf8_lossy(t)),
        _ => Vec::new(),
    }
}

fn decode_legacy_blob(mut b: &[u8]) -> Vec<(String, f32)> {
    let mut terms = Vec::new();
    while !b.is_empty() {
        let Some(n) = get_varint(&mut b).map(|n| n as usize) else {
            break;
        };
        let (Some(term), Some(w)) = (b.get(..n), b.get(n..n.saturating_add(4))) else {
            break;
        };
        let w: [u8; 4] = w.try_into().unwrap_or_default();
        terms.push((
            String::from_utf8_lossy(term).into_owned(),
            f32::from_le_bytes(w),
        ));
        b = &b[n + 4..];
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

/// Term texts by id, kept by a reader across fingerprints: a term's id
/// never changes (terms are never deleted), and most terms of a
/// fingerprint were read before with another one. Each text comes with
/// the term's posting count as read with it (see [`read_fingerprint_counted`]).
#[derive(Default)]
pub struct TermNames(HashMap<i64, (Rc<str>, i64)>);

impl TermNames {
    /// Forgets every text (to bound the memory).
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// How many term texts it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text and posting count of term `id`, if the store has it.
    fn get(&mut self, conn: &Connection, id: i64) -> Result<Option<(Rc<str>, i64)>> {
        if let Some(t) = self.0.get(&id) {
            return Ok(Some(t.clone()));
        }
        let row: Option<(String, i64)> = conn
            .prepare_cached("SELECT term, n FROM terms WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((text, n)) = row else {
            return Ok(None);
        };
        let entry: (Rc<str>, i64) = (text.into(), n);
        self.0.insert(id, entry.clone());
        Ok(Some(entry))
    }
}

/// An article's stored fingerprint, heaviest term first (ties by term);
/// empty when it has none. `names` keeps the term texts read.
pub fn read_fingerprint(
    conn: &Connection,
    article_id: i64,
    names: &mut TermNames,
) -> Result<Vec<(String, f32)>> {
    Ok(read_fingerprint_counted(conn, article_id, names)?
        .into_iter()
        .map(|(t, w, _)| (t.to_string(), w))
        .collect())
}

/// [`read_fingerprint`] with each term's posting count (what
/// [`document_frequency`] gives, as of when `names` read the term), read
/// in the same look-up as its text: the analysis weighs every term of a
/// candidate's fingerprint by it, and a second look-up per term, by its
/// text, was a tenth of the analysis of 1,000 articles into a large store.
pub fn read_fingerprint_counted(
    conn: &Connection,
    article_id: i64,
    names: &mut TermNames,
) -> Result<Vec<(Rc<str>, f32, i64)>> {
    let stored: Option<Vec<u8>> = conn
        .prepare_cached("SELECT terms FROM article_fingerprints WHERE article_id = ?1")?
        .query_row([article_id], |r| r.get(0))
        .optional()?;
    let Some(stored) = stored else {
        return Ok(Vec::new());
    };
    let mut terms = Vec::with_capacity(stored.len() / 3);
    for (id, w) in decode(&stored) {
        if let Some((t, n)) = names.get(conn, id)? {
            terms.push((t, w, n));
        }
    }
    heaviest_first(&mut terms, |t| (&t.0, t.1));
    Ok(terms)
}

/// The postings of `term` filed under days `lo..=hi` (day numbers as
/// [`day_number`] gives them, [`UNDATED`] included), in key order, at most
/// `limit`: (article id, weight).
pub fn postings(
    conn: &Connection,
    term: &str,
    lo: i64,
    hi: i64,
    limit: i64,
) -> Result<Vec<(i64, f32)>> {
    // The limit is part of the statement's text: SQLite prepares a
    // statement whose LIMIT is bound again after its bindings are cleared
    // (as each use from the statement cache ends), which cost more than
    // running it.
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.article_id, p.weight FROM term_postings p
         WHERE p.term_id = (SELECT id FROM terms WHERE term = ?1) AND p.day BETWEEN ?2 AND ?3
         LIMIT {}",
        limit.max(0)
    ))?;
    let rows = stmt.query_map(params![term, stored_day(lo), stored_day(hi)], |r| {
        Ok((r.get::<_, i64>(0)?, weight_from(r.get_ref(1)?)))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many postings `term` has: how many articles it is posted for.
pub fn document_frequency(conn: &Connection, term: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT n FROM terms WHERE term = ?1")?
        .query_row([term], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Terms' ids as the writer has read or assigned them. Ids never change
/// once a term is committed (terms are never deleted), so the map stays
/// right across batches; it is emptied when a transaction that may have
/// assigned some is rolled back, and when it grows past [`TermIds::LIMIT`].
#[derive(Default)]
pub(super) struct TermIds(HashMap<String, i64>);

impl TermIds {
    /// Terms remembered before the map is emptied.
    const LIMIT: usize = 200_000;

    /// The id of `term`, added to `terms` when it is new.
    fn id(&mut self, tx: &Connection, term: &str) -> Result<i64> {
        if let Some(&id) = self.0.get(term) {
            return Ok(id);
        }
        let found: Option<i64> = tx
            .prepare_cached("SELECT id FROM terms WHERE term = ?1")?
            .query_row([term], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                tx.prepare_cached("INSERT INTO terms (term) VALUES (?1)")?
                    .execute([term])?;
                tx.last_insert_rowid()
            }
        };
        if self.0.len() >= Self::LIMIT {
            self.0.clear();
        }
        self.0.insert(term.to_string(), id);
        Ok(id)
    }

    /// Forgets every id (after a rollback).
    pub(super) fn clear(&mut self) {
        self.0.clear();
    }
}

/// Replaces an article's fingerprint, and lists the changes to its
/// postings in `postings` (its old postings are found through its old
/// fingerprint, so each is deleted by its key). Only the heaviest
/// [`POSTED_TERMS`] of `terms` (heaviest first) are posted: the rest never
/// find candidates, and posting them would double the index and its writes.
pub(super) fn replace_terms(
    tx: &Connection,
    postings: &mut PostingChanges,
    ids: &mut TermIds,
    article_id: i64,
    date: Option<NaiveDate>,
    terms: &[(String, f32)],
) -> Result<()> {
    let old: Option<(i64, Vec<u8>)> = tx
        .prepare_cached("SELECT day, terms FROM article_fingerprints WHERE article_id = ?1")?
        .query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((day, stored)) = old {
        postings.delete(
            article_id,
            day,
            decode(&stored).into_iter().map(|(id, _)| id),
        );
    }
    let day = stored_day(day_number(date));
    let mut coded = Vec::with_capacity(terms.len());
    for (term, w) in terms {
        coded.push((ids.id(tx, term)?, *w));
    }
    tx.prepare_cached(
        "INSERT OR REPLACE INTO article_fingerprints (article_id, day, terms) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article_id, day, encode(&coded)])?;
    postings.insert(article_id, day, coded.iter().take(POSTED_TERMS));
    Ok(())
}

/// The postings a batch deletes and inserts, written together at its end
/// in key order: one pass along the index instead of a random leaf page
/// per posting, which in a large store is most of a posting's cost (its
/// page is seldom in the cache). Each term's count in `terms` is then
/// changed once, by what its postings gained and lost.
#[derive(Default)]
pub(super) struct PostingChanges {
    /// (term id, stored day, article id).
    deletes: Vec<(i64, i64, i64)>,
    inserts: Vec<(i64, i64, i64, f32)>,
    /// Articles with postings in `inserts`.
    inserting: HashSet<i64>,
}

impl PostingChanges {
    /// The postings of an article's old fingerprint are to go.
    fn delete(&mut self, article_id: i64, day: i64, ids: impl Iterator<Item = i64>) {
        // The same article twice in one batch: its earlier postings were never written.
        if self.inserting.remove(&article_id) {
            self.inserts.retain(|p| p.2 != article_id);
        }
        self.deletes.extend(ids.map(|id| (id, day, article_id)));
    }

    fn insert<'a>(
        &mut self,
        article_id: i64,
        day: i64,
        terms: impl Iterator<Item = &'a (i64, f32)>,
    ) {
        self.inserting.insert(article_id);
        let rows = terms.map(|&(id, w)| (id, day, article_id, w));
        self.inserts.extend(rows);
    }

    /// Writes the changes: every delete, then every insert, each in key
    /// order, then the terms' counts.
    pub(super) fn write(&mut self, tx: &Connection) -> Result<()> {
        let mut counts: BTreeMap<i64, i64> = BTreeMap::new();
        self.deletes.sort_unstable();
        self.deletes.dedup();
        let mut delete = tx.prepare_cached(
            "DELETE FROM term_postings WHERE term_id = ?1 AND day = ?2 AND article_id = ?3",
        )?;
        for (id, day, article_id) in self.deletes.drain(..) {
            if delete.execute(params![id, day, article_id])? > 0 {
                *counts.entry(id).or_default() -= 1;
            }
        }
        // Stable: of a term an article lists twice, the first weight is kept, as before.
        self.inserts.sort_by_key(|p| (p.0, p.1, p.2));
        let mut insert = tx.prepare_cached(
            "INSERT INTO term_postings (term_id, day, article_id, weight) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT DO NOTHING",
        )?;
        for (id, day, article_id, w) in self.inserts.drain(..) {
            if insert.execute(params![id, day, article_id, weight_value(w)])? > 0 {
                *counts.entry(id).or_default() += 1;
            }
        }
        self.inserting.clear();
        let mut count = tx.prepare_cached("UPDATE terms SET n = n + ?2 WHERE id = ?1")?;
        for (id, change) in counts {
            if change != 0 {
                count.execute(params![id, change])?;
            }
        }
        Ok(())
    }
}

/// Migration 0015's conversion of the term index (see its file): the
/// postings and fingerprints of the old tables, with terms by id, into
/// the new ones; then the old tables go and the new take their names.
pub(super) fn convert_0015(tx: &Connection) -> Result<()> {
    {
        let mut read = tx.prepare(
            "SELECT t.id, p.day, p.article_id, p.weight
             FROM term_postings p JOIN terms t ON t.term = p.term
             ORDER BY p.term, p.day, p.article_id",
        )?;
        let mut write = tx.prepare(
            "INSERT OR IGNORE INTO term_postings_0015 (term_id, day, article_id, weight)
             VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (id, day, article): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let w = r.get::<_, f64>(3)? as f32;
            write.execute(params![id, stored_day(day), article, weight_value(w)])?;
        }
    }
    {
        let mut ids = TermIds::default();
        let mut read = tx.prepare(
            "SELECT article_id, day, terms FROM article_fingerprints ORDER BY article_id",
        )?;
        let mut write = tx.prepare(
            "INSERT INTO article_fingerprints_0015 (article_id, day, terms) VALUES (?1, ?2, ?3)",
        )?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (article, day): (i64, i64) = (r.get(0)?, r.get(1)?);
            let mut coded = Vec::new();
            for (term, w) in decode_legacy(r.get_ref(2)?) {
                coded.push((ids.id(tx, &term)?, w));
            }
            write.execute(params![article, stored_day(day), encode(&coded)])?;
        }
    }
    tx.execute_batch(
        "DROP TABLE term_postings;
         DROP TABLE article_fingerprints;
         DROP TABLE term_counts;
         ALTER TABLE term_postings_0015 RENAME TO term_postings;
         ALTER TABLE article_fingerprints_0015 RENAME TO article_fingerprints;",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_fingerprints_round_trip() {
        let d = NaiveDate::from_ymd_opt(2024, 3, 5);
        assert_eq!(day_number(d), 19787);
        assert_eq!(day_number(None), UNDATED);
        assert_eq!(stored_day(UNDATED), STORED_UNDATED);
        let min = NaiveDate::MIN;
        assert!(stored_day(day_number(Some(min))) > STORED_UNDATED);
        // Coded weights, weights without a code (odd, tiny, negative,
        // huge) and ids of every varint length come back bit for bit.
        let terms = vec![
            (1, 2.386_294_4_f32),
            (127, 1.0),
            (128, 0.125),
            (300_000, 1e-30),
            (i64::from(u32::MAX), -3.5),
            (5, f32::MAX),
            (6, (1.0f32 + 5.5f32.ln()).max(0.1)),
        ];
        let back = decode(&encode(&terms));
        assert_eq!(back.len(), terms.len());
        for (a, b) in terms.iter().zip(&back) {
            assert_eq!((a.0, a.1.to_bits()), (b.0, b.1.to_bits()));
        }
        let cut = encode(&terms);
        assert_eq!(
            decode(&cut[..cut.len() - 1]).len(),
            terms.len() - 1,
            "a damaged last entry is dropped, the rest kept"
        );
        assert!(decode(&[]).is_empty());
    }

    /// The codes are the weights of counts ½ … 63½ (within a rounding
    /// step of this machine's logarithm), in increasing order (the code
    /// of a weight is found by binary search), and the common weights
    /// take one byte.
    #[test]
    fn weight_codes_are_the_common_weights_in_order() {
        for k in 1..128 {
            let w = f32::from_bits(WEIGHT_CODES[k]);
            let expected = 1.0 + (k as f64 * 0.5).ln();
            assert!((f64::from(w) - expected).abs() < 1e-6, "code {k}: {w}");
            assert_eq!(weight_code(w), Some(k as u64));
            assert!(WEIGHT_CODES[k] > WEIGHT_CODES[k - 1]);
        }
        for c in [1.0f32, 2.0, 3.5, 9.0] {
            let w = (1.0 + c.ln()).max(0.1);
            assert_eq!(encode(&[(1, w)]).len(), 2, "{w} is coded");
        }
        assert_eq!(weight_code(1.5), None);
        assert_eq!(weight_from((&weight_value(1.5)).into()), 1.5);
        let coded = weight_value(1.0);
        assert_eq!(coded, Value::Integer(2));
    }

    /// Stores written before 0015 hold `term weight` lines or the binary
    /// form with each term's text; both read back alike, and a long or
    /// non-ASCII term survives.
    #[test]
    fn both_legacy_forms_read_back_alike() {
        let long = "x".repeat(300);
        let terms = vec![
            (long.clone(), 3.5_f32),
            ("zoë_müller".to_string(), 0.125),
            ("£5m".to_string(), 1.0),
        ];
        let mut blob = Vec::new();
        for (t, w) in &terms {
            put_varint(&mut blob, t.len() as u64);
            blob.extend_from_slice(t.as_bytes());
            blob.extend_from_slice(&w.to_le_bytes());
        }
        let lines = "x".repeat(300) + " 3.5\nzoë_müller 0.125\n£5m 1";
        let from_text = decode_legacy(ValueRef::Text(lines.as_bytes()));
        let from_blob = decode_legacy(ValueRef::Blob(&blob));
        assert_eq!(from_text, from_blob);
        assert_eq!(from_blob, terms);
        assert_eq!(
            decode_legacy(ValueRef::Blob(&blob[..blob.len() - 2])).len(),
            2,
            "a damaged last entry is dropped, the rest kept"
        );
        assert!(decode_legacy(ValueRef::Null).is_empty());
    }

    /// Article `id`, for postings to point at.
    fn insert_article(tx: &Connection, id: i64) {
        tx.execute(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
             VALUES (?1, 'a' || ?1, 'x', 1, 'h' || ?1, 'now', 'now')",
            [id],
        )
        .unwrap();
    }

    /// (term, day, article, weight) of every posting, in key order.
    fn all_postings(tx: &Connection) -> Vec<(String, i64, i64, f32)> {
        tx.prepare(
            "SELECT t.term, p.day, p.article_id, p.weight FROM term_postings p
             JOIN terms t ON t.id = p.term_id ORDER BY t.term, p.day, p.article_id",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, weight_from(r.get_ref(3)?)))
        })
        .unwrap()
        .collect::<std::result::Result<_, _>>()
        .unwrap()
    }

    fn replace(tx: &Connection, id: i64, day: Option<NaiveDate>, terms: &[(String, f32)]) {
        let mut batch = PostingChanges::default();
        replace_terms(tx, &mut batch, &mut TermIds::default(), id, day, terms).unwrap();
        batch.write(tx).unwrap();
    }

    #[test]
    fn replacing_terms_leaves_no_stale_postings() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx, 1);
        let first = vec![("alpha".to_string(), 1.5), ("beta".to_string(), 1.0)];
        // Both in one batch: the first postings are never written.
        let mut batch = PostingChanges::default();
        let mut ids = TermIds::default();
        let date = NaiveDate::from_ymd_opt(2024, 3, 5);
        replace_terms(&tx, &mut batch, &mut ids, 1, date, &first).unwrap();
        let second = vec![("gamma".to_string(), 1.0)];
        replace_terms(&tx, &mut batch, &mut ids, 1, None, &second).unwrap();
        batch.write(&tx).unwrap();
        assert_eq!(
            all_postings(&tx),
            [("gamma".to_string(), STORED_UNDATED, 1, 1.0)]
        );
        // A later batch replaces them in turn, found through the fingerprint.
        replace(&tx, 1, date, &first);
        let expected = [
            ("alpha".to_string(), 19787, 1, 1.5),
            ("beta".to_string(), 19787, 1, 1.0),
        ];
        assert_eq!(all_postings(&tx), expected);
        assert_eq!(
            postings(&tx, "alpha", 19787, 19787, 10).unwrap(),
            [(1, 1.5)]
        );
        assert!(
            postings(&tx, "alpha", UNDATED, UNDATED, 10)
                .unwrap()
                .is_empty()
        );
        assert!(
            postings(&tx, "gamma", UNDATED, i64::MAX, 10)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            read_fingerprint(&tx, 1, &mut TermNames::default()).unwrap(),
            first,
            "heaviest first, with their texts"
        );
        assert!(
            read_fingerprint(&tx, 2, &mut TermNames::default())
                .unwrap()
                .is_empty()
        );
    }

    /// The counts the writer keeps are the postings' counts, through
    /// replaced terms, repeated terms and emptied fingerprints.
    #[test]
    fn term_counts_follow_the_postings() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx, 1);
        insert_article(&tx, 2);
        let terms = |names: &[&str]| -> Vec<(String, f32)> {
            names.iter().map(|n| (n.to_string(), 1.0)).collect()
        };
        let day = NaiveDate::from_ymd_opt(2024, 3, 5);
        replace(&tx, 1, day, &terms(&["alpha", "beta", "beta"]));
        replace(&tx, 2, None, &terms(&["beta", "gamma"]));
        replace(&tx, 1, None, &terms(&["gamma", "delta"]));
        let read = |sql: &str| -> Vec<(String, i64)> {
            tx.prepare(sql)
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .collect::<std::result::Result<_, _>>()
                .unwrap()
        };
        let counts = "SELECT term, n FROM terms WHERE n > 0 ORDER BY term";
        let postings =
            "SELECT t.term, count(*) FROM term_postings p JOIN terms t ON t.id = p.term_id
                        GROUP BY t.term ORDER BY t.term";
        let expected: Vec<(String, i64)> = [("beta", 1), ("delta", 1), ("gamma", 2)]
            .iter()
            .map(|(t, n)| (t.to_string(), *n))
            .collect();
        assert_eq!(read(counts), expected);
        assert_eq!(read(postings), expected);
        assert_eq!(document_frequency(&tx, "gamma").unwrap(), 2);
        assert_eq!(document_frequency(&tx, "alpha").unwrap(), 0);
        assert_eq!(document_frequency(&tx, "never").unwrap(), 0);
        replace(&tx, 2, None, &[]);
        assert_eq!(read(counts), read(postings));
        assert_eq!(read(counts).len(), 2);
    }

    #[test]
    fn only_the_heaviest_terms_are_posted() {
        let mut store = crate::store::Store::open_in_memory().unwrap();
        let tx = store.conn_mut().transaction().unwrap();
        insert_article(&tx, 1);
        let terms: Vec<(String, f32)> = (0..POSTED_TERMS + 5)
            .map(|i| (format!("term{i:02}"), 100.0 - i as f32))
            .collect();
        replace(&tx, 1, None, &terms);
        let posted: Vec<String> = all_postings(&tx).into_iter().map(|p| p.0).collect();
        let heaviest: Vec<String> = terms[..POSTED_TERMS].iter().map(|t| t.0.clone()).collect();
        assert_eq!(posted, heaviest);
        assert_eq!(
            read_fingerprint(&tx, 1, &mut TermNames::default()).unwrap(),
            terms,
            "the fingerprint keeps all"
        );
    }

    /// Migration 0015 turns a store's old term index (both fingerprint
    /// forms, term texts in every row) into the new one with the same
    /// postings, weights, counts and fingerprints, and the writer carries
    /// on from it.
    #[test]
    fn migration_0015_converts_the_term_index() {
        use crate::store::migrations::MIGRATIONS;
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        for (_, sql) in &MIGRATIONS[..14] {
            conn.execute_batch(sql).unwrap();
        }
        insert_article(&conn, 1);
        insert_article(&conn, 2);
        let first = vec![
            ("jeremy_hunt".to_string(), 2.386_294_4_f32),
            ("412".to_string(), 1.0),
            ("zoë".to_string(), 1.5),
        ];
        let mut blob = Vec::new();
        for (t, w) in &first {
            put_varint(&mut blob, t.len() as u64);
            blob.extend_from_slice(t.as_bytes());
            blob.extend_from_slice(&w.to_le_bytes());
        }
        conn.execute(
            "INSERT INTO article_fingerprints (article_id, day, terms) VALUES (1, 19787, ?1)",
            [blob],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO article_fingerprints (article_id, day, terms)
             VALUES (2, -9223372036854775808, 'strike 1\n412 0.5')",
            [],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO term_postings (term, day, article_id, weight) VALUES
                 ('jeremy_hunt', 19787, 1, 2.3862943649291992), ('412', 19787, 1, 1.0),
                 ('strike', -9223372036854775808, 2, 1.0), ('412', -9223372036854775808, 2, 0.5);",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[14].1).unwrap();
        convert_0015(&conn).unwrap();
        assert_eq!(
            all_postings(&conn),
            [
                ("412".to_string(), STORED_UNDATED, 2, 0.5),
                ("412".to_string(), 19787, 1, 1.0),
                ("jeremy_hunt".to_string(), 19787, 1, 2.386_294_4),
                ("strike".to_string(), STORED_UNDATED, 2, 1.0),
            ]
        );
        assert_eq!(document_frequency(&conn, "412").unwrap(), 2);
        assert_eq!(document_frequency(&conn, "zoë").unwrap(), 0);
        let mut sorted = first.clone();
        heaviest_first(&mut sorted, |t| (&t.0, t.1));
        assert_eq!(
            read_fingerprint(&conn, 1, &mut TermNames::default()).unwrap(),
            sorted
        );
        // A reader's kept texts give what fresh reads give.
        let mut names = TermNames::default();
        for id in [1, 2, 1] {
            let fresh = read_fingerprint(&conn, id, &mut TermNames::default()).unwrap();
            assert_eq!(read_fingerprint(&conn, id, &mut names).unwrap(), fresh);
        }
        assert_eq!(
            read_fingerprint(&conn, 2, &mut TermNames::default()).unwrap(),
            [("strike".to_string(), 1.0), ("412".to_string(), 0.5)]
        );
        // Rewriting an article removes the converted postings by their key.
        replace(&conn, 2, None, &[("strike".to_string(), 1.0)]);
        assert_eq!(document_frequency(&conn, "412").unwrap(), 1);
        assert_eq!(
            postings(&conn, "412", UNDATED, i64::MAX, 10).unwrap(),
            [(1, 1.0)]
        );
        for gone in [
            "term_counts",
            "term_postings_0015",
            "article_fingerprints_0015",
        ] {
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE name = ?1",
                    [gone],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 0, "{gone}");
        }
    }
}
