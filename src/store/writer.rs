//! The batching writer: the one connection that writes during an ingest.
//!
//! Each batch is one `BEGIN IMMEDIATE` transaction, so an interrupted run
//! leaves every batch either fully stored or not at all, and the next run
//! (which skips what is already stored and unchanged) completes the job.
//! Each stored article is listed in `pending_articles` in the same
//! transaction, so the analysis it needs is never lost either.

use super::in_place::{self, Arg};
use super::speakers::SpeakerIds;
use super::terms;
use super::{Result, now_utc};
use crate::article::Article;
use crate::extract::speakers::{Speaker, SpeakerKind};
use crate::extract::{ArticleExtraction, ClaimRecord, EXTRACTOR_VERSION, QuoteRecord};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::{BTreeSet, HashMap, HashSet};

/// What happened to one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// A new external id.
    New,
    /// A known external id whose content changed, or that an older extractor analysed.
    Updated,
    /// A known external id with the same content: nothing written.
    Unchanged,
}

/// An article ready to be stored: its content hash, what was extracted
/// from it, and its fingerprint for finding its story.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub article: Article,
    pub hash: String,
    pub extraction: ArticleExtraction,
    /// Salient terms and weights (see `compare::terms`).
    pub terms: Vec<(String, f32)>,
}

/// Writes batches of articles.
pub struct Writer {
    conn: Connection,
    /// Source name → id, filled as sources are seen.
    source_ids: HashMap<String, i64>,
    speakers: SpeakerIds,
    /// Term → id of the story-finding index (see `store::terms`).
    term_ids: terms::TermIds,
    /// Speakers the rewritten articles' old quotes and claims named: the
    /// only ones that can have lost their last quote or claim.
    maybe_unused: BTreeSet<i64>,
    /// `PRAGMA data_version` when the caches above were last in step with
    /// the file: it changes when another connection commits.
    data_version: Option<i64>,
}

impl Writer {
    pub(super) fn new(conn: Connection) -> Self {
        skip_checks(&conn, true);
        Writer {
            conn,
            source_ids: HashMap::new(),
            speakers: SpeakerIds::default(),
            term_ids: terms::TermIds::default(),
            maybe_unused: BTreeSet::new(),
            data_version: None,
        }
    }

    /// Stores a batch in one transaction. Returns what happened to each
    /// article and its row id.
    pub fn write_batch(&mut self, batch: &[Prepared]) -> Result<Vec<(WriteOutcome, i64)>> {
        let written = self.write_batch_tx(batch);
        if written.is_err() {
            // Rolled back: the ids it gave new terms and speakers are gone.
            self.term_ids.clear();
            self.speakers = SpeakerIds::default();
        }
        written
    }

    fn write_batch_tx(&mut self, batch: &[Prepared]) -> Result<Vec<(WriteOutcome, i64)>> {
        let now = now_utc();
        let tx = super::write_tx(&self.conn)?;
        // Another process (a second ingest) may have stored sources and
        // speakers since this writer's last batch: its caches are then
        // stale, and inserting from them would break a unique constraint.
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.data_version.is_some_and(|v| v != version) {
            self.source_ids.clear();
            self.speakers = SpeakerIds::default();
        }
        self.data_version = Some(version);
        // New articles are those above the highest id now (rowids grow).
        let mut last_article = max_article(&tx)?;
        tx.execute_batch(STAGE_QUOTE_TEXT)?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut postings = terms::PostingChanges::default();
        let mut in_batch = HashSet::new();
        for p in batch {
            // The same article again: what the batch wrote of it must be in
            // the search indexes before the update's triggers take it out.
            if !in_batch.insert(p.article.external_id.as_str()) {
                index_new_rows(&tx, last_article)?;
                last_article = max_article(&tx)?;
                in_batch.clear();
                in_batch.insert(p.article.external_id.as_str());
            }
            let source_id = match &p.article.source {
                Some(name) => Some(source_id(&tx, &mut self.source_ids, name)?),
                None => None,
            };
            let (outcome, article_id) =
                upsert_article(&tx, &p.article, &p.hash, source_id, &now, Binding::Copied)?;
            if outcome == WriteOutcome::Updated {
                remove_extraction(&tx, article_id, &mut self.maybe_unused)?;
            }
            if outcome != WriteOutcome::Unchanged {
                let (speakers, quotes) = write_quotes(
                    &tx,
                    &mut self.speakers,
                    article_id,
                    &p.article.text,
                    &p.extraction,
                )?;
                write_claims(
                    &tx,
                    article_id,
                    &p.article.text,
                    &p.extraction,
                    &speakers,
                    &quotes,
                )?;
                self.maybe_unused
                    .extend(unreferenced(&p.extraction, &speakers));
                let date = p.article.published.map(|d| d.date);
                terms::replace_terms(
                    &tx,
                    &mut postings,
                    &mut self.term_ids,
                    article_id,
                    date,
                    &p.terms,
                )?;
                // The story of a new or changed article is settled by the
                // analysis after the writes; recording that here, in the
                // transaction that stores the article, means a run killed
                // before the analysis leaves the work listed for the next.
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO pending_articles (article_id) VALUES (?1)",
                )?
                .execute([article_id])?;
            }
            outcomes.push((outcome, article_id));
        }
        postings.write(&tx)?;
        index_new_rows(&tx, last_article)?;
        self.speakers.relink(&tx)?;
        tx.commit()?;
        super::make_way();
        Ok(outcomes)
    }

    /// The connection, for the analysis that follows the writes (with
    /// the CHECK constraints on again).
    pub fn conn_mut(&mut self) -> &mut Connection {
        skip_checks(&self.conn, false);
        &mut self.conn
    }

    /// Records a finished ingest run.
    pub fn log_run(&self, run: &RunLog) -> Result<()> {
        self.conn.execute(
            "INSERT INTO ingest_runs
                 (started_at, finished_at, inputs, read, new, updated, unchanged, rejected)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                run.started_at,
                now_utc(),
                run.inputs,
                run.read as i64,
                run.new as i64,
                run.updated as i64,
                run.unchanged as i64,
                run.rejected as i64
            ],
        )?;
        Ok(())
    }

    /// Ends the run: removes speakers no quote points at any more (after
    /// articles were re-analysed), and folds the write-ahead log back into
    /// the database file so that the file is complete on its own.
    pub fn finish(self) -> Result<()> {
        // Only speakers named by rewritten articles can have become unused,
        // so the check costs what the rewrites cost, not a pass over `speakers`.
        let mut delete = self.conn.prepare(
            "DELETE FROM speakers WHERE id = ?1
                 AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.name_id = speakers.id)
                 AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.name_id = speakers.id)
                 AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = speakers.id)
                 AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.speaker_id = speakers.id)",
        )?;
        for id in &self.maybe_unused {
            delete.execute([id])?;
        }
        drop(delete);
        // With readers at work the log may not be folded back in full; that
        // is no error (the next checkpoint finishes it), so a busy answer is
        // ignored rather than failing a run whose data is all committed.
        match self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy => {}
            other => other?,
        }
        Ok(())
    }
}

/// Whether `conn` skips the tables' CHECK constraints. The writer's rows
/// hold in those columns only the names of enum variants (quote and claim
/// kinds, attributions, qualifiers, granularities, speaker kinds: each
/// tested against the constraints below), and SQLite checks a column
/// against a longer `IN` list by building a temporary table
/// for every row it inserts: two thirds of the cost of storing a claim,
/// whose table has three such lists. An error only leaves the checks on.
fn skip_checks(conn: &Connection, skip: bool) {
    let sql = if skip {
        "PRAGMA ignore_check_constraints = ON"
    } else {
        "PRAGMA ignore_check_constraints = OFF"
    };
    let _ = conn.execute_batch(sql);
}

/// The words of the quotes written in this transaction, waiting to enter
/// the search index (see [`index_new_rows`]).
const STAGE_QUOTE_TEXT: &str =
    "CREATE TEMP TABLE IF NOT EXISTS search_quotes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)";

/// Adds the articles above `last_article` and the staged quotes to the
/// full-text indexes, one statement each (migration 0014): FTS5 writes
/// its pending rows to disk at every statement savepoint, so a row per
/// statement made a segment per row, merged over and over.
fn index_new_rows(tx: &Connection, last_article: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO articles_fts (rowid, title, text)
         SELECT id, title, text FROM articles WHERE id > ?1 ORDER BY id",
    )?
    .execute([last_article])?;
    tx.prepare_cached(
        "INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM temp.search_quotes ORDER BY id",
    )?
    .execute([])?;
    tx.prepare_cached("DELETE FROM temp.search_quotes")?
        .execute([])?;
    Ok(())
}

/// The highest article row id (0 in an empty store).
fn max_article(tx: &Connection) -> Result<i64> {
    Ok(
        tx.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
            r.get(0)
        })?,
    )
}

/// Counts of one ingest run, for `ingest_runs`.
#[derive(Debug, Clone, Default)]
pub struct RunLog {
    pub started_at: String,
    /// The paths given, as a JSON array.
    pub inputs: String,
    pub read: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
}

fn source_id(tx: &Connection, cache: &mut HashMap<String, i64>, name: &str) -> Result<i64> {
    if let Some(&id) = cache.get(name) {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO sources (name) VALUES (?1) ON CONFLICT (name) DO NOTHING",
        [name],
    )?;
    let id: i64 = tx.query_row("SELECT id FROM sources WHERE name = ?1", [name], |r| {
        r.get(0)
    })?;
    cache.insert(name.to_string(), id);
    Ok(id)
}

/// How the article row's values reach SQLite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binding {
    /// Through rusqlite's cached statements, copied (ordinary articles).
    Copied,
    /// Read where they lie (see [`in_place`]): one huge article, whose
    /// text would otherwise be held once more while it is stored.
    InPlace,
}

/// Runs one statement of the article row's writing.
fn run(tx: &Connection, binding: Binding, sql: &str, args: &[Arg<'_>]) -> Result<()> {
    match binding {
        Binding::Copied => {
            tx.prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(args))?;
        }
        Binding::InPlace => in_place::execute(tx, sql, args)?,
    }
    Ok(())
}

/// Inserts or updates the article row, authors and reader comments
/// included; returns what
/// happened and its row id. One statement writes the row: the text is
/// stored in the row, so every further `UPDATE articles` of a new article
/// would read and write all of its text again (for a 50 MB article,
/// 100 MB more memory at once).
fn upsert_article(
    tx: &Connection,
    a: &Article,
    hash: &str,
    source_id: Option<i64>,
    now: &str,
    binding: Binding,
) -> Result<(WriteOutcome, i64)> {
    let existing: Option<(i64, String, i64)> = tx
        .prepare_cached(
            "SELECT id, content_hash, extractor_version FROM articles INDEXED BY articles_known
             WHERE external_id = ?1",
        )?
        .query_row([&a.external_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let published = a.published.map(|p| p.to_string());
    let published_date = a.published.map(|p| p.date.format("%Y-%m-%d").to_string());
    let chars = a.text.chars().count() as i64;
    let origin = a.origin.to_string();
    let authors = authors_json(&a.authors);
    // ?1 the row id or external id (set below), then the row's values.
    let mut args: [Arg<'_>; 14] = [
        Arg::Null,
        source_id.into(),
        a.title.as_deref().into(),
        published.as_deref().into(),
        published_date.as_deref().into(),
        a.url.as_deref().into(),
        a.text.as_str().into(),
        chars.into(),
        hash.into(),
        origin.as_str().into(),
        now.into(),
        EXTRACTOR_VERSION.into(),
        authors.as_deref().into(),
        a.comments.as_deref().into(),
    ];
    match existing {
        Some((id, stored, version)) if stored == hash && version == EXTRACTOR_VERSION => {
            Ok((WriteOutcome::Unchanged, id))
        }
        Some((id, stored, _)) => {
            if stored == hash {
                // Same content, analysed by an older extractor: only the analysis changes.
                tx.execute(
                    "UPDATE articles SET extractor_version = ?2, updated_at = ?3, authors = ?4,
                     comments = ?5 WHERE id = ?1",
                    params![id, EXTRACTOR_VERSION, now, authors, a.comments],
                )?;
            } else {
                let sql = "UPDATE articles SET source_id = ?2, title = ?3, published = ?4,
                         published_date = ?5, url = ?6, text = ?7, chars = ?8,
                         content_hash = ?9, origin = ?10, updated_at = ?11, extractor_version = ?12,
                         authors = ?13, comments = ?14
                     WHERE id = ?1";
                args[0] = Arg::Int(id);
                run(tx, binding, sql, &args)?;
            }
            Ok((WriteOutcome::Updated, id))
        }
        None => {
            args[0] = a.external_id.as_str().into();
            let sql = "INSERT INTO articles (external_id, source_id, title, published,
                     published_date, url, text, chars, content_hash, origin, ingested_at,
                     updated_at, extractor_version, authors, comments)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12, ?13, ?14)";
            run(tx, binding, sql, &args)?;
            Ok((WriteOutcome::New, tx.last_insert_rowid()))
        }
    }
}

/// The article's authors as a JSON array (NULL when none are known).
fn authors_json(authors: &[String]) -> Option<String> {
    (!authors.is_empty()).then(|| serde_json::to_string(authors).unwrap_or_else(|_| "[]".into()))
}

fn unreferenced(ex: &ArticleExtraction, speakers: &[i64]) -> Vec<i64> {
    let mut used = vec![false; speakers.len()];
    let named = ex.quotes.iter().filter_map(|q| q.speaker);
    for s in named.chain(ex.claims.iter().filter_map(|c| c.speaker)) {
        if let Some(u) = used.get_mut(s) {
            *u = true;
        }
    }
    speakers
        .iter()
        .zip(used)
        .filter(|(id, u)| !u && **id > 0)
        .map(|(&id, _)| id)
        .collect()
}

/// Deletes what was extracted from an article before it is rewritten,
/// noting the speakers its quotes and claims named.
fn remove_extraction(
    tx: &Connection,
    article_id: i64,
    maybe_unused: &mut BTreeSet<i64>,
) -> Result<()> {
    let mut named = tx.prepare_cached(
        "SELECT name_id FROM quotes WHERE article_id = ?1 AND name_id IS NOT NULL
         UNION SELECT speaker_id FROM quotes WHERE article_id = ?1 AND speaker_id IS NOT NULL
         UNION SELECT name_id FROM claims WHERE article_id = ?1 AND name_id IS NOT NULL
         UNION SELECT speaker_id FROM claims WHERE article_id = ?1 AND speaker_id IS NOT NULL",
    )?;
    for id in named.query_map([article_id], |r| r.get::<_, i64>(0))? {
        maybe_unused.insert(id?);
    }
    tx.execute("DELETE FROM quotes WHERE article_id = ?1", [article_id])?;
    tx.execute("DELETE FROM claims WHERE article_id = ?1", [article_id])?;
    Ok(())
}

/// Inserts an article's quotes, resolving their speakers to store-wide
/// rows. Returns the store ids of the article's speakers and of its quotes.
fn write_quotes(
    tx: &Connection,
    speakers: &mut SpeakerIds,
    article_id: i64,
    text: &str,
    ex: &ArticleExtraction,
) -> Result<(Vec<i64>, Vec<i64>)> {
    // Only speakers a quote or claim names are stored: a row nobody points
    // at would have to be cleaned up at the end of the run, and a run
    // killed before then would leave it behind (and let it sway later
    // look-ups), so a resumed run would differ from an uninterrupted one.
    let mut named = vec![false; ex.speakers.len()];
    let pointers = ex.quotes.iter().filter_map(|q| q.speaker);
    for s in pointers.chain(ex.claims.iter().filter_map(|c| c.speaker)) {
        if let Some(n) = named.get_mut(s) {
            *n = true;
        }
    }
    let speaker_rows: Vec<i64> = ex
        .speakers
        .iter()
        .zip(&named)
        .map(|(s, &n)| if n { speakers.resolve(tx, s) } else { Ok(0) })
        .collect::<Result<_>>()?;
    let spans: Vec<(usize, usize)> = ex.quotes.iter().map(|q| (q.start, q.end)).collect();
    let slices = char_slices(text, &spans);
    let mut ids: Vec<i64> = Vec::with_capacity(ex.quotes.len());
    for (q, slice) in ex.quotes.iter().zip(&slices) {
        let id = insert_quote(tx, article_id, q, *slice, &speaker_rows, &ids)?;
        ids.push(id);
    }
    Ok((speaker_rows, ids))
}

/// The characters `start..end` of `text` for each span (character
/// offsets, as stored); `None` for a span that does not fit in the text.
/// One pass over the text, whatever the number of spans.
fn char_slices<'t>(text: &'t str, spans: &[(usize, usize)]) -> Vec<Option<&'t str>> {
    char_slices_from(text, (0, 0), spans)
}

/// [`char_slices`] for spans at or after character `from.1`, which is
/// byte `from.0` of `text`: the walk starts there.
fn char_slices_from<'t>(
    text: &'t str,
    from: (usize, usize),
    spans: &[(usize, usize)],
) -> Vec<Option<&'t str>> {
    let mut points: Vec<usize> = spans.iter().flat_map(|&(a, b)| [a, b]).collect();
    points.sort_unstable();
    points.dedup();
    // Character offset → byte offset, for the offsets the spans use.
    let mut bytes: HashMap<usize, usize> = HashMap::with_capacity(points.len());
    let mut wanted = points.iter().peekable();
    let ends = text[from.0..]
        .char_indices()
        .map(|(b, _)| from.0 + b)
        .chain([text.len()]);
    for (c, b) in ends.enumerate().map(|(c, b)| (c + from.1, b)) {
        while wanted.next_if(|&&p| p == c).is_some() {
            bytes.insert(c, b);
        }
        if wanted.peek().is_none() {
            break;
        }
    }
    spans
        .iter()
        .map(|(a, b)| match (bytes.get(a), bytes.get(b)) {
            (Some(&x), Some(&y)) if x <= y => Some(&text[x..y]),
            _ => None,
        })
        .collect()
}

/// Inserts an article's claims, pointing at the speakers and quotes just stored.
fn write_claims(
    tx: &Connection,
    article_id: i64,
    text: &str,
    ex: &ArticleExtraction,
    speakers: &[i64],
    quotes: &[i64],
) -> Result<()> {
    let places = claim_places(text, (0, 0), &ex.claims);
    let mut ids = Vec::with_capacity(ex.claims.len());
    for (c, place) in ex.claims.iter().zip(&places) {
        ids.push(insert_claim(tx, article_id, c, place, speakers, quotes)?);
    }
    for (c, id) in ex.claims.iter().zip(&ids) {
        if let Some(&other) = c.linked.and_then(|l| ids.get(l)) {
            link_claims(tx, *id, other)?;
        }
    }
    Ok(())
}

/// One article being stored piece by piece (see [`Writer::begin_streamed`]):
/// the store ids of what its records point at, by their index in the
/// article's extraction.
pub struct Streaming {
    outcome: WriteOutcome,
    article_id: i64,
    /// Store row of each speaker index; 0: not stored (yet).
    speakers: Vec<i64>,
    quotes: Vec<i64>,
    claims: Vec<i64>,
    /// Claim pairs whose second half was not stored yet.
    links: Vec<(usize, usize)>,
    /// Rows whose speaker is a one-word person's name, settled at the
    /// end: its stored spelling depends on honorifics a later piece may
    /// bring (`Mr Hunt`).
    deferred: Vec<(Table, i64, usize)>,
    /// (byte, character) offset in the text up to which it was walked.
    cursor: (usize, usize),
}

#[derive(Clone, Copy)]
enum Table {
    Quotes,
    Claims,
}

impl Writer {
    /// Starts storing an article whose records arrive piece by piece (an
    /// article over the extraction caps), so that neither they nor their
    /// rows are ever held whole. The article is stored at once, and its
    /// records by [`Writer::write_piece`], all in one transaction that
    /// [`Writer::end_streamed`] commits ([`Writer::abort_streamed`] rolls
    /// it back). `None`: the article is stored unchanged, nothing to do.
    pub fn begin_streamed(&mut self, article: &Article, hash: &str) -> Result<Option<Streaming>> {
        let now = now_utc();
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        // Rows of one article go to the right edge of each table and
        // index, so a small page cache loses nothing, and the memory is
        // the article's text's (copied once, into the row SQLite builds).
        self.conn.execute_batch(super::SMALL_CACHE)?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.data_version.is_some_and(|v| v != version) {
            self.source_ids.clear();
            self.speakers = SpeakerIds::default();
        }
        self.data_version = Some(version);
        self.conn.execute_batch(STAGE_QUOTE_TEXT)?;
        let source_id = match &article.source {
            Some(name) => Some(source_id(&self.conn, &mut self.source_ids, name)?),
            None => None,
        };
        let (outcome, article_id) =
            upsert_article(&self.conn, article, hash, source_id, &now, Binding::InPlace)?;
        if outcome == WriteOutcome::Unchanged {
            self.conn.execute_batch("COMMIT")?;
            self.conn.execute_batch(super::CACHE)?;
            return Ok(None);
        }
        if outcome == WriteOutcome::Updated {
            remove_extraction(&self.conn, article_id, &mut self.maybe_unused)?;
        }
        if outcome == WriteOutcome::New {
            // Indexed from the text in hand, read in place: reading it back
            // from the row (as `index_new_rows` does) would hold it twice.
            // (A changed article is re-indexed by its update trigger.)
            let sql = "INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)";
            let args = [
                Arg::Int(article_id),
                article.title.as_deref().into(),
                article.text.as_str().into(),
            ];
            in_place::execute(&self.conn, sql, &args)?;
        }
        Ok(Some(Streaming {
            outcome,
            article_id,
            speakers: Vec::new(),
            quotes: Vec::new(),
            claims: Vec::new(),
            links: Vec::new(),
            deferred: Vec::new(),
            cursor: (0, 0),
        }))
    }

    /// Stores one piece's quotes and claims (offsets and indices into the
    /// whole article, as `extract::extract_streaming` hands them over);
    /// `speakers` are the article's speakers so far.
    pub fn write_piece(
        &mut self,
        s: &mut Streaming,
        text: &str,
        speakers: &[Speaker],
        quotes: &[QuoteRecord],
        claims: &[ClaimRecord],
    ) -> Result<()> {
        let named = quotes.iter().filter_map(|q| q.speaker);
        for i in named.chain(claims.iter().filter_map(|c| c.speaker)) {
            self.stream_speaker(s, speakers, i)?;
        }
        let quotes_from = quotes.iter().map(|q| q.start).min();
        let claims_from = claims.iter().map(|c| window(c, s.cursor.1).0).min();
        let from = quotes_from.into_iter().chain(claims_from).min();
        s.cursor = walk_to(text, s.cursor, from.unwrap_or(s.cursor.1).max(s.cursor.1));
        let spans: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
        let slices = char_slices_from(text, s.cursor, &spans);
        let places = claim_places(text, s.cursor, claims);
        for (q, slice) in quotes.iter().zip(&slices) {
            let id = insert_quote(&self.conn, s.article_id, q, *slice, &s.speakers, &s.quotes)?;
            if let Some(i) = q.speaker.filter(|&i| s.speakers[i] == 0) {
                s.deferred.push((Table::Quotes, id, i));
            }
            s.quotes.push(id);
        }
        for (c, place) in claims.iter().zip(&places) {
            let id = insert_claim(&self.conn, s.article_id, c, place, &s.speakers, &s.quotes)?;
            if let Some(i) = c.speaker.filter(|&i| s.speakers[i] == 0) {
                s.deferred.push((Table::Claims, id, i));
            }
            s.claims.push(id);
            if let Some(l) = c.linked {
                s.links.push((s.claims.len() - 1, l));
            }
        }
        let (ready, later): (Vec<_>, Vec<_>) =
            s.links.drain(..).partition(|&(_, l)| l < s.claims.len());
        s.links = later;
        for (c, l) in ready {
            link_claims(&self.conn, s.claims[c], s.claims[l])?;
        }
        // The words wait in memory until indexed: a piece at a time.
        index_new_rows(&self.conn, i64::MAX)
    }

    /// The store row of speaker `i` as a piece first names it; a one-word
    /// name waits for the end (its row depends on later honorifics).
    fn stream_speaker(&mut self, s: &mut Streaming, speakers: &[Speaker], i: usize) -> Result<()> {
        if s.speakers.len() < speakers.len() {
            s.speakers.resize(speakers.len(), 0);
        }
        let sp = &speakers[i];
        let one_word_person =
            sp.kind == SpeakerKind::Person && !sp.name.contains(char::is_whitespace);
        if s.speakers[i] == 0 && !one_word_person {
            s.speakers[i] = self.speakers.resolve(&self.conn, sp)?;
        }
        Ok(())
    }

    /// Finishes a streamed article: its speakers with everything the
    /// pieces said of them, its fingerprint and pending analysis;
    /// commits. `speakers` are the article's final speakers.
    pub fn end_streamed(
        &mut self,
        s: Streaming,
        article: &Article,
        speakers: &[Speaker],
        terms: &[(String, f32)],
    ) -> Result<(WriteOutcome, i64)> {
        let mut rows = s.speakers.clone();
        rows.resize(speakers.len(), 0);
        let mut named = vec![false; speakers.len()];
        for &(_, _, i) in &s.deferred {
            named[i] = true;
        }
        for (i, sp) in speakers.iter().enumerate() {
            if rows[i] != 0 || named[i] {
                rows[i] = self.speakers.resolve(&self.conn, sp)?;
            }
        }
        for (table, id, i) in s.deferred {
            let sql = match table {
                Table::Quotes => "UPDATE quotes SET speaker_id = ?2, name_id = ?2 WHERE id = ?1",
                Table::Claims => "UPDATE claims SET speaker_id = ?2, name_id = ?2 WHERE id = ?1",
            };
            self.conn
                .prepare_cached(sql)?
                .execute(params![id, rows[i]])?;
        }
        for (c, l) in s.links {
            if let Some(&other) = s.claims.get(l) {
                link_claims(&self.conn, s.claims[c], other)?;
            }
        }
        let date = article.published.map(|d| d.date);
        let mut postings = terms::PostingChanges::default();
        terms::replace_terms(
            &self.conn,
            &mut postings,
            &mut self.term_ids,
            s.article_id,
            date,
            terms,
        )?;
        postings.write(&self.conn)?;
        self.conn
            .prepare_cached("INSERT OR IGNORE INTO pending_articles (article_id) VALUES (?1)")?
            .execute([s.article_id])?;
        index_new_rows(&self.conn, i64::MAX)?;
        self.speakers.relink(&self.conn)?;
        self.conn.execute_batch("COMMIT")?;
        self.conn.execute_batch(super::CACHE)?;
        Ok((s.outcome, s.article_id))
    }

    /// Gives up a streamed article (its extraction failed): nothing of it is stored.
    pub fn abort_streamed(&mut self) -> Result<()> {
        self.conn.execute_batch("ROLLBACK")?;
        self.conn.execute_batch(super::CACHE)?;
        // The caches may name rows the rollback removed.
        self.source_ids.clear();
        self.speakers = SpeakerIds::default();
        self.term_ids.clear();
        Ok(())
    }
}

/// The (byte, character) offset of character `to`, walking from `from`.
fn walk_to(text: &str, from: (usize, usize), to: usize) -> (usize, usize) {
    let mut at = from;
    for c in text[from.0..].chars().take(to - from.1) {
        at = (at.0 + c.len_utf8(), at.1 + 1);
    }
    at
}

fn link_claims(tx: &Connection, id: i64, other: i64) -> Result<()> {
    tx.prepare_cached("UPDATE claims SET linked_to = ?2 WHERE id = ?1")?
        .execute(params![id, other])?;
    Ok(())
}

/// Inserts one quote (and stages its words for the search index);
/// `speakers` and `quotes` map the article's indices to store rows.
fn insert_quote(
    tx: &Connection,
    article_id: i64,
    q: &QuoteRecord,
    slice: Option<&str>,
    speakers: &[i64],
    quotes: &[i64],
) -> Result<i64> {
    // The text is stored only where it is not the article's own
    // characters at the quote's offsets (`quote_list` reads either).
    let own_text = (slice != Some(q.text.as_str())).then_some(q.text.as_str());
    tx.prepare_cached(
        "INSERT INTO quotes (article_id, kind, text, start_char, end_char, speaker_id, name_id,
             mention, cue, attribution, paragraph, sentence, part_of)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        article_id,
        q.kind.as_str(),
        own_text,
        q.start as i64,
        q.end as i64,
        q.speaker.map(|s| speakers[s]).filter(|&id| id != 0),
        q.mention,
        q.cue,
        q.attribution.as_str(),
        q.paragraph as i64,
        q.sentence as i64,
        q.part_of.and_then(|i| quotes.get(i).copied()),
    ])?;
    let id = tx.last_insert_rowid();
    // Either way the words searched are the quote's own.
    tx.prepare_cached("INSERT INTO temp.search_quotes (id, text) VALUES (?1, ?2)")?
        .execute(params![id, q.text])?;
    Ok(id)
}

/// Where a claim's words lie in the article's text, so that they are not
/// stored a second time (migration 0020): whether its surface is the
/// characters at its offsets, and the character offsets of its subject.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ClaimPlace {
    own_surface: bool,
    subject: Option<(usize, usize)>,
}

/// How far from the claim, in characters, its subject is looked for in
/// its sentence: subjects sit beside their figure, and the bound keeps
/// the search linear in the text however long one sentence is.
const SUBJECT_REACH: usize = 600;

/// The stretch of the claim's sentence its subject is looked for in
/// (character offsets), starting at or after `floor`.
fn window(c: &ClaimRecord, floor: usize) -> (usize, usize) {
    let start = c
        .start
        .saturating_sub(SUBJECT_REACH)
        .max(c.sentence_start)
        .max(floor);
    let end = (c.end + SUBJECT_REACH).min(c.sentence_end).max(start);
    (start, end)
}

/// [`ClaimPlace`] of each claim; `from` is a character offset of `text`
/// and its byte offset, at or before every claim (offsets before it are
/// not looked at: such a claim keeps its words). One pass over the text.
fn claim_places(text: &str, from: (usize, usize), claims: &[ClaimRecord]) -> Vec<ClaimPlace> {
    let floor = from.1;
    let spans: Vec<(usize, usize)> = claims
        .iter()
        .flat_map(|c| [(c.start.max(floor), c.end.max(floor)), window(c, floor)])
        .collect();
    let slices = char_slices_from(text, from, &spans);
    claims
        .iter()
        .zip(slices.chunks(2))
        .map(|(c, cut)| {
            let inside = c.start >= floor.max(c.sentence_start) && c.end <= c.sentence_end;
            let own_surface = inside && cut[0] == Some(c.surface.as_str());
            let (w_start, _) = window(c, floor);
            let subject = match (c.subject.as_deref(), cut[1]) {
                (Some(sub), Some(w)) if !sub.is_empty() => w.find(sub).map(|b| {
                    let start = w_start + w[..b].chars().count();
                    (start, start + sub.chars().count())
                }),
                _ => None,
            }
            // Readers cut the subject from the claim's sentence.
            .filter(|&(s, e)| s >= c.sentence_start && e <= c.sentence_end);
            ClaimPlace {
                own_surface,
                subject,
            }
        })
        .collect()
}

/// Inserts one claim; `speakers` and `quotes` map the article's indices to
/// store rows. Its surface and subject are stored as words only where
/// `place` did not find them in the text (`claim_list` reads either).
fn insert_claim(
    tx: &Connection,
    article_id: i64,
    c: &ClaimRecord,
    place: &ClaimPlace,
    speakers: &[i64],
    quotes: &[i64],
) -> Result<i64> {
    let surface = (!place.own_surface).then_some(c.surface.as_str());
    let subject = c.subject.as_deref().filter(|_| place.subject.is_none());
    let (subject_start, subject_end) = match place.subject {
        Some((s, e)) => (Some(s as i64), Some(e as i64)),
        None => (None, None),
    };
    tx.prepare_cached(
        "INSERT INTO claims (article_id, kind, value, value_high, date, granularity, unit, qualifier,
             surface, start_char, end_char, sentence_start, sentence_end, subject, speaker_id, name_id,
             quote_id, subject_start, subject_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16, ?17, ?18)",
    )?
    .execute(params![
        article_id,
        c.kind.as_str(),
        c.value.as_number(),
        c.value_high,
        c.value.as_date().map(|d| d.format("%Y-%m-%d").to_string()),
        c.granularity.map(|g| g.as_str()),
        c.unit,
        c.qualifier.map(|q| q.as_str()),
        surface,
        c.start as i64,
        c.end as i64,
        c.sentence_start as i64,
        c.sentence_end as i64,
        subject,
        c.speaker.map(|s| speakers[s]).filter(|&id| id != 0),
        c.quote.and_then(|q| quotes.get(q).copied()),
        subject_start,
        subject_end,
    ])?;
    Ok(tx.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Document;
    use crate::diagnostics::Origin;
    use crate::extract::extract_article;
    use crate::store::Store;

    /// The writer skips the CHECK constraints (see `skip_checks`): every
    /// value it can write passes them. Each list is checked to be complete
    /// by a `match` that stops compiling when a variant is added.
    #[test]
    fn every_value_the_writer_stores_passes_the_checks() {
        use crate::extract::claims::{ClaimKind, Granularity, Qualifier};
        use crate::extract::quotes::{Attribution, QuoteKind};
        let q = [
            QuoteKind::Direct,
            QuoteKind::Partial,
            QuoteKind::Indirect,
            QuoteKind::NonSpeech,
        ];
        let _ = |k: QuoteKind| match k {
            QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Indirect | QuoteKind::NonSpeech => {
            }
        };
        let a = [
            Attribution::Named,
            Attribution::Pronoun,
            Attribution::Description,
            Attribution::Carried,
            Attribution::None,
        ];
        let _ = |k: Attribution| match k {
            Attribution::Named
            | Attribution::Pronoun
            | Attribution::Description
            | Attribution::Carried
            | Attribution::None => {}
        };
        let c = [
            ClaimKind::Percentage,
            ClaimKind::PercentagePoints,
            ClaimKind::Count,
            ClaimKind::Money,
            ClaimKind::Date,
            ClaimKind::Ratio,
            ClaimKind::Range,
            ClaimKind::Measure,
        ];
        let _ = |k: ClaimKind| match k {
            ClaimKind::Percentage
            | ClaimKind::PercentagePoints
            | ClaimKind::Count
            | ClaimKind::Money
            | ClaimKind::Date
            | ClaimKind::Ratio
            | ClaimKind::Range
            | ClaimKind::Measure => {}
        };
        let ql = [
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::MoreThan,
            Qualifier::LessThan,
            Qualifier::AtLeast,
            Qualifier::UpTo,
        ];
        let _ = |k: Qualifier| match k {
            Qualifier::Exact
            | Qualifier::About
            | Qualifier::MoreThan
            | Qualifier::LessThan
            | Qualifier::AtLeast
            | Qualifier::UpTo => {}
        };
        let g = [
            Granularity::Day,
            Granularity::Week,
            Granularity::Month,
            Granularity::Year,
            Granularity::Decade,
        ];
        let _ = |k: Granularity| match k {
            Granularity::Day
            | Granularity::Week
            | Granularity::Month
            | Granularity::Year
            | Granularity::Decade => {}
        };
        let sk = [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Role,
        ];
        let _ = |k: SpeakerKind| match k {
            SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Role => {}
        };
        let store = Store::open_in_memory().unwrap();
        let conn = store.conn();
        conn.execute(
            "INSERT INTO articles (id, external_id, text, chars, content_hash, ingested_at, updated_at)
             VALUES (1, 'a', 'x', 1, 'h', 'now', 'now')",
            [],
        )
        .unwrap();
        let quote =
            "INSERT INTO quotes (article_id, kind, start_char, end_char, paragraph, sentence,
                                         attribution) VALUES (1, ?1, 0, 1, 1, 1, ?2)";
        let claim = "INSERT INTO claims (article_id, kind, granularity, qualifier, surface,
                                         start_char, end_char, sentence_start, sentence_end)
                     VALUES (1, ?1, ?2, ?3, 'x', 0, 1, 0, 1)";
        for (i, kind) in q.iter().enumerate() {
            for att in &a {
                conn.execute(quote, params![kind.as_str(), att.as_str()])
                    .unwrap();
            }
            for (j, k) in c.iter().enumerate() {
                let (gr, qual) = (g[(i + j) % g.len()], ql[(i + j) % ql.len()]);
                conn.execute(claim, params![k.as_str(), gr.as_str(), qual.as_str()])
                    .unwrap();
            }
        }
        for k in ql {
            conn.execute(claim, params!["count", "day", k.as_str()])
                .unwrap();
        }
        for k in sk {
            conn.execute(
                "INSERT INTO speakers (name, kind) VALUES ('n', ?1)",
                [k.as_str()],
            )
            .unwrap();
        }
        // The checks are on for this connection: a value outside them fails.
        assert!(conn.execute(quote, params!["shouted", "named"]).is_err());
    }

    fn prepared(id: &str, source: &str, text: &str) -> Prepared {
        let a = Article {
            external_id: id.into(),
            source: Some(source.into()),
            title: Some("Title".into()),
            published: None,
            url: None,
            text: text.into(),
            authors: Vec::new(),
            comments: None,
            origin: Origin::file("x.jsonl").at_line(1),
        };
        let hash = a.content_hash();
        let doc = Document::new(a.text.clone());
        let extraction = extract_article(&doc, None);
        let terms = crate::compare::terms::fingerprint(a.title.as_deref(), &doc);
        Prepared {
            article: a,
            hash,
            extraction,
            terms,
        }
    }

    #[test]
    fn char_slices_map_character_offsets_in_one_pass() {
        let text = "Zoë said “ça va” — £5m.";
        let check = |spans: &[(usize, usize)], want: &[Option<&str>]| {
            assert_eq!(char_slices(text, spans), want, "{spans:?}");
        };
        check(&[(0, 3), (10, 15)], &[Some("Zoë"), Some("ça va")]);
        check(
            &[(10, 15), (0, 3), (0, 3)],
            &[Some("ça va"), Some("Zoë"), Some("Zoë")],
        );
        check(&[(19, 23), (23, 23)], &[Some("£5m."), Some("")]);
        check(&[(20, 24), (5, 2)], &[None, None]);
        check(&[], &[]);
        assert_eq!(char_slices("", &[(0, 0)]), [Some("")]);
    }

    /// A claim at characters `start..end` whose surface and subject are
    /// the given words, in a sentence that spans the whole text.
    fn claim_at(
        text: &str,
        start: usize,
        end: usize,
        surface: &str,
        subject: Option<&str>,
    ) -> ClaimRecord {
        ClaimRecord {
            kind: crate::extract::claims::ClaimKind::Count,
            value: crate::extract::claims::ClaimValue::Number(1.0),
            value_high: None,
            unit: None,
            qualifier: None,
            granularity: None,
            surface: surface.to_string(),
            start,
            end,
            sentence_start: 0,
            sentence_end: text.chars().count(),
            sentence: text.to_string(),
            subject: subject.map(str::to_string),
            speaker: None,
            quote: None,
            linked: None,
        }
    }

    /// A claim's surface is left to the text when it is the characters at
    /// its offsets, and its subject becomes character offsets when its
    /// sentence holds it; words the text does not hold are kept.
    #[test]
    fn claim_words_found_in_the_text_become_offsets() {
        let text = "Zoë's café sold 300 crêpes; the rival stall sold 120.";
        let place = |c: ClaimRecord, from: (usize, usize)| claim_places(text, from, &[c])[0];
        // Offsets count characters: "ë" and "é" are one each.
        let sold = claim_at(text, 16, 19, "300", Some("crêpes"));
        assert_eq!(
            place(sold, (0, 0)),
            ClaimPlace {
                own_surface: true,
                subject: Some((20, 26))
            }
        );
        let rival = claim_at(text, 49, 52, "120", Some("the rival stall"));
        assert_eq!(place(rival.clone(), (0, 0)).subject, Some((28, 43)));
        // A subject the extractor rewrote, and a surface that is not the
        // text at its offsets, keep their words.
        let rewritten = claim_at(text, 16, 19, "three hundred", Some("crepes sold"));
        assert_eq!(place(rewritten, (0, 0)), ClaimPlace::default());
        // A streamed piece starting after the claim's sentence began looks
        // only from there: the subject before it keeps its words.
        let at = text.char_indices().nth(44).unwrap().0;
        assert_eq!(
            place(rival, (at, 44)),
            ClaimPlace {
                own_surface: true,
                subject: None
            }
        );
        let empty = claim_at(text, 16, 19, "300", Some(""));
        assert_eq!(place(empty, (0, 0)).subject, None);
        assert!(claim_places(text, (0, 0), &[]).is_empty());
    }

    /// Asked one id at a time (a store much larger than the input) or read
    /// whole, the store says the same about which articles are up to date;
    /// and a batch's postings, written together at its end, are the same
    /// as the articles' fingerprints say, a repeat of one article included.
    #[test]
    fn known_articles_answer_alike_either_way() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let mut w = Store::open(&path).unwrap().into_writer();
        let batch: Vec<Prepared> = (0..20)
            .map(|i| {
                prepared(
                    &format!("k{i}"),
                    "S",
                    &format!("Ferry staff {i} walked out in Portmere."),
                )
            })
            .collect();
        let mut again = batch[3].clone();
        again
            .article
            .text
            .push_str(" Talks resume on Friday in Dunmore.");
        again.hash = again.article.content_hash();
        again.terms = crate::compare::terms::fingerprint(
            again.article.title.as_deref(),
            &Document::new(again.article.text.clone()),
        );
        w.write_batch(&[batch.clone(), vec![again.clone()]].concat())
            .unwrap();
        drop(w);
        let store = Store::open(&path).unwrap();
        let loaded = store.known_articles(None).unwrap();
        let lookup = store.known_articles(Some(1)).unwrap();
        assert!(matches!(loaded, super::super::KnownArticles::Loaded(_)));
        assert!(matches!(lookup, super::super::KnownArticles::Lookup(_)));
        for known in [&loaded, &lookup] {
            assert!(known.up_to_date("k0", &batch[0].hash));
            assert!(known.up_to_date("k3", &again.hash));
            assert!(!known.up_to_date("k3", &batch[3].hash));
            assert!(!known.up_to_date("k0", &batch[1].hash));
            assert!(!known.up_to_date("k99", &batch[0].hash));
        }
        let postings: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM term_postings WHERE article_id = (SELECT id FROM articles WHERE external_id = 'k3')", [], |r| r.get(0))
            .unwrap();
        let posted = again.terms.len().min(crate::compare::terms::POSTED_TERMS) as i64;
        assert_eq!(postings, posted, "only the repeat's postings");
    }

    /// A quote's words are stored only where they are not the article's
    /// own characters at its offsets; `quote_list` gives them either way.
    #[test]
    fn quote_text_is_read_from_the_article() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        let mut p = prepared("q1", "S", "“Café prices rose,” said Zoë Müller.");
        w.write_batch(std::slice::from_ref(&p)).unwrap();
        assert_eq!(
            count(&w, "SELECT count(*) FROM quotes WHERE text IS NULL"),
            1
        );
        p.article.external_id = "q2".into();
        p.extraction.quotes[0].text = "Cafe prices rose".into();
        w.write_batch(&[p]).unwrap();
        let listed: Vec<(String, Option<String>)> = w
            .conn
            .prepare("SELECT l.text, q.text FROM quote_list l JOIN quotes q ON q.id = l.id ORDER BY l.id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(
            listed,
            [
                ("Café prices rose,".to_string(), None),
                (
                    "Cafe prices rose".to_string(),
                    Some("Cafe prices rose".to_string())
                )
            ]
        );
        assert_eq!(
            count(
                &w,
                "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'cafe'"
            ),
            2
        );
    }

    /// Everything a store shows of its quotes, claims and speakers.
    fn listing(w: &Writer) -> Vec<String> {
        let sql = [
            "SELECT * FROM quote_list ORDER BY start_char, end_char, id",
            "SELECT l.*, c.quote_id IS NOT NULL, c.linked_to IS NOT NULL
             FROM claim_list l JOIN claims c ON c.id = l.id ORDER BY l.start_char, l.end_char, l.id",
            "SELECT name, kind, gender, surname FROM speakers ORDER BY name, kind",
            "SELECT s.name, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id ORDER BY 1, 2",
            "SELECT s.name, r.role FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id ORDER BY 1, 2",
            "SELECT q.start_char, p.start_char FROM quotes q JOIN quotes p ON p.id = q.part_of ORDER BY 1",
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'act OR staff'",
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hunt'",
            "SELECT t.term, t.n, p.weight FROM term_postings p JOIN terms t ON t.id = p.term_id
             ORDER BY t.term",
            "SELECT count(*) FROM pending_articles",
            "SELECT external_id, title, authors, chars, text FROM articles ORDER BY external_id",
        ];
        let mut out = Vec::new();
        for q in sql {
            let mut stmt = w.conn.prepare(q).unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    let cells: Vec<String> = (0..n)
                        .map(|i| match r.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Text(t) => {
                                String::from_utf8_lossy(t).into_owned()
                            }
                            other => format!("{other:?}"),
                        })
                        .collect();
                    Ok(cells.join("|"))
                })
                .unwrap();
            out.extend(rows.map(|r| r.unwrap()));
        }
        out
    }

    /// An article stored piece by piece (as one over the extraction caps
    /// is) gives the rows of the same records stored whole: speakers
    /// (a one-word name whose honorific comes in a later piece included),
    /// quote texts and parts, claim pairs, search indexes and terms.
    #[test]
    fn a_streamed_article_is_stored_as_the_whole_one() {
        let mut text = String::from("Hunt said “prices rose” in Zürich. ");
        for i in 0..12 {
            text.push_str(&format!(
                "Jeremy Hunt, the Health Secretary, said \"the {i},000 staff\" would stay. \
                 A 76% turnout (28,305 votes) was seen. \"We will act,\" Mr Hunt said. \
                 \"First part,\" he said, \"second part.\"\n\n"
            ));
        }
        let whole = whole_listing(&[&text]);
        let mut w = Store::open_in_memory().unwrap().into_writer();
        let p = with_authors(prepared("big", "S", &text));
        let pieces = stream(&mut w, &p);
        assert!(pieces > 3, "{pieces} pieces");
        assert_eq!(listing(&w), whole);
        assert!(whole.iter().any(|l| l.contains("Mr Hunt")), "{whole:#?}");
        assert!(
            whole.iter().any(|l| l.contains("[\"Ann Lee\"]")),
            "{whole:#?}"
        );
        // Unchanged the second time: nothing to stream.
        assert!(w.begin_streamed(&p.article, &p.hash).unwrap().is_none());
        // Changed: stored and indexed as the new text alone.
        let changed = text.replace("Hunt", "Javid");
        stream(&mut w, &with_authors(prepared("big", "S", &changed)));
        assert_eq!(listing(&w), whole_listing(&[&text, &changed]));
        for fts in ["articles_fts", "quotes_fts"] {
            w.conn
                .execute_batch(&format!(
                    "INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"
                ))
                .unwrap_or_else(|e| panic!("{fts}: {e}"));
        }
    }

    /// Small caps, so that the test's article is streamed in pieces.
    const STREAM_CAPS: crate::extract::caps::Caps = crate::extract::caps::Caps {
        sentence: 50,
        paragraph: 150,
        window: 400,
    };

    fn with_authors(mut p: Prepared) -> Prepared {
        p.article.authors = vec!["Ann Lee".into()];
        p.hash = p.article.content_hash();
        p
    }

    /// The listing after storing each text in turn whole, as article "big".
    fn whole_listing(texts: &[&str]) -> Vec<String> {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        for text in texts {
            let mut p = with_authors(prepared("big", "S", text));
            p.extraction = crate::extract::extract_text_with(text, None, &STREAM_CAPS);
            w.write_batch(&[p]).unwrap();
        }
        listing(&w)
    }

    /// Stores `p` piece by piece; returns the number of pieces.
    fn stream(w: &mut Writer, p: &Prepared) -> usize {
        let text = &p.article.text;
        let mut s = w.begin_streamed(&p.article, &p.hash).unwrap().unwrap();
        let mut pieces = 0;
        let streamed = crate::extract::extract_streaming(text, None, &STREAM_CAPS, &mut |piece| {
            pieces += 1;
            w.write_piece(&mut s, text, piece.speakers, &piece.quotes, &piece.claims)
                .unwrap();
        });
        w.end_streamed(s, &p.article, &streamed.speakers, &p.terms)
            .unwrap();
        pieces
    }

    fn count(w: &Writer, sql: &str) -> i64 {
        w.conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// Two writers on one file (two ingests at once): each sees the
    /// sources and speakers the other stored since its own last batch.
    #[test]
    fn writers_on_one_file_take_in_each_others_speakers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.db");
        let mut a = Store::open(&path).unwrap().into_writer();
        let mut b = Store::open(&path).unwrap().into_writer();
        let said = |n: usize| format!("\"We will act,\" said Jane Okafor, adding item {n}.");
        a.write_batch(&[prepared("a1", "North", &said(1))]).unwrap();
        b.write_batch(&[prepared("b1", "South", "Nothing said here.")])
            .unwrap();
        a.write_batch(&[prepared("a2", "South", &said(2))]).unwrap();
        b.write_batch(&[prepared("b2", "North", &said(3))]).unwrap();
        assert_eq!(
            count(
                &b,
                "SELECT count(*) FROM speakers WHERE name = 'Jane Okafor'"
            ),
            1
        );
        assert_eq!(count(&b, "SELECT count(*) FROM sources"), 2);
        assert_eq!(count(&b, "SELECT count(*) FROM quotes"), 3);
    }

    #[test]
    fn new_unchanged_updated_and_fts_follows() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        let out = w
            .write_batch(&[
                prepared("a", "O", "alpha text"),
                prepared("b", "O", "beta text"),
            ])
            .unwrap();
        assert_eq!(
            out.iter().map(|o| o.0).collect::<Vec<_>>(),
            [WriteOutcome::New, WriteOutcome::New]
        );
        let out = w.write_batch(&[prepared("a", "O", "alpha text")]).unwrap();
        assert_eq!(out[0].0, WriteOutcome::Unchanged);
        let out = w.write_batch(&[prepared("a", "O", "gamma text")]).unwrap();
        assert_eq!(out[0].0, WriteOutcome::Updated);
        let hits: Vec<String> = w
            .conn
            .prepare(
                "SELECT a.external_id FROM articles_fts f JOIN articles a ON a.id = f.rowid
                 WHERE articles_fts MATCH ?1 ORDER BY a.external_id",
            )
            .unwrap()
            .query_map(["gamma OR alpha"], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(hits, ["a"], "the FTS index follows the update");
        assert_eq!(count(&w, "SELECT count(*) FROM sources"), 1);
    }

    /// An article twice in one batch (a repeat with other text, then an
    /// exact repeat): the search indexes hold its last version only, as
    /// when the versions come in batches of their own.
    #[test]
    fn an_article_twice_in_one_batch_is_indexed_as_its_last_version() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        let first = prepared("a", "O", "\"One alpha,\" said Jeremy Hunt.");
        let second = prepared("a", "O", "\"Three gamma,\" said Jeremy Hunt.");
        let other = prepared("b", "O", "\"Four delta,\" said Jeremy Hunt.");
        w.write_batch(&[first, other, second.clone(), second])
            .unwrap();
        let check = |query: &str, want: i64| {
            assert_eq!(count(&w, query), want, "{query}");
        };
        check(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'alpha'",
            0,
        );
        check(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'gamma'",
            1,
        );
        check(
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'delta'",
            1,
        );
        check(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'alpha'",
            0,
        );
        check(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'gamma OR delta'",
            2,
        );
        check("SELECT count(*) FROM temp.search_quotes", 0);
        w.conn_mut()
            .execute_batch(
                "INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check');
                            INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
            )
            .unwrap();
    }

    #[test]
    fn quotes_are_replaced_when_the_text_changes() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        w.write_batch(&[prepared("a", "O", "\"One,\" said Jeremy Hunt. \"Two.\"")])
            .unwrap();
        assert_eq!(count(&w, "SELECT count(*) FROM quotes"), 2);
        assert_eq!(
            count(&w, "SELECT count(*) FROM quotes WHERE part_of IS NOT NULL"),
            1,
            "the second part points at the first"
        );
        w.write_batch(&[prepared("a", "O", "\"Three,\" said Jeremy Hunt.")])
            .unwrap();
        assert_eq!(count(&w, "SELECT count(*) FROM quotes"), 1);
        let hits = count(
            &w,
            "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'three'",
        );
        assert_eq!(hits, 1);
        assert_eq!(
            count(
                &w,
                "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'one'"
            ),
            0
        );
    }

    #[test]
    fn the_same_person_across_outlets_is_one_speaker() {
        let mut w = Store::open_in_memory().unwrap().into_writer();
        w.write_batch(&[
            prepared(
                "a",
                "A",
                "Health Secretary Jeremy Hunt said: \"It is wrong.\"",
            ),
            prepared("b", "B", "\"It is wrong,\" Mr Hunt told the BBC."),
            prepared("c", "C", "Jeremy Hunt said: \"No.\" Hunt added: \"Never.\""),
        ])
        .unwrap();
        w.finish_for_test();
        let speakers: Vec<(String, String)> = w
            .conn
            .prepare("SELECT name, kind FROM speakers ORDER BY name")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            speakers,
            [("Jeremy Hunt".to_string(), "person".to_string())]
        );
        let aliases = count(&w, "SELECT count(*) FROM speaker_aliases");
        assert!(aliases >= 2, "aliases kept: {aliases}");
        assert_eq!(
            count(
                &w,
                "SELECT count(*) FROM speaker_roles WHERE role = 'Health Secretary'"
            ),
            1
        );
    }

    impl Writer {
        fn finish_for_test(&self) {
            self.conn
                .execute(
                    "DELETE FROM speakers WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = speakers.id)",
                    [],
                )
                .unwrap();
        }
    }
}
