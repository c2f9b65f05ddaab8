//! Cross-source analysis over the store: puts new and changed articles
//! into stories and refreshes the flags of every story they touch.
//!
//! Incremental by construction: a new article is compared only with the
//! articles that share its rarer terms (looked up in the `article_terms`
//! index) and were published within the story window, and only the stories
//! it joins are re-examined.

use crate::compare::claims::ClaimEvidence;
use crate::compare::flags::{
    ArticleEvidence, QuoteEvidence, SpeakerRef, StoryEvidence, find_flags,
};
use crate::compare::terms::POSTED_TERMS;
use crate::extract::caps::Caps;
use crate::semantic::Embedder;
use crate::store::terms::{self, UNDATED};
use crate::store::{CACHE, SMALL_CACHE, StoreError, now_utc, write_tx};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::rc::Rc;

/// How stories are formed.
#[derive(Debug, Clone)]
pub struct AnalysisOptions {
    /// Articles more than this many days apart are not one story.
    pub window_days: i64,
    /// The similarity an article needs with a story to join it: its mean
    /// similarity (idf-weighted cosine of fingerprints, lowered by days
    /// apart) to the story's articles within the window.
    pub join_threshold: f32,
    /// How many of the best-sharing articles are compared in full.
    pub max_candidates: usize,
    /// Terms held by more than this share of articles are too common to find candidates.
    pub max_df_share: f64,
    /// Postings read per term and window at most: a term held by more
    /// articles than this (in the store, or within one window) finds no
    /// candidates. Bounds the cost of placing an article whatever the
    /// size of the store.
    pub max_postings: usize,
    /// Similarity is divided by `1 + days apart / decay_days`.
    pub decay_days: f32,
    /// How many of a candidate story's articles (latest dates first) an
    /// article is compared with.
    pub max_members: usize,
    /// An article that would join a story of earlier days starts a story
    /// of its own instead when a report of its own day not yet placed is
    /// this many times as like it (plain cosine) as the story's articles
    /// are on average: it reports the next event of a running story (the
    /// verdict after the trial), and that day's reports of it belong
    /// together. Late reports of one event stay with it: they are as like
    /// its first reports as one another.
    pub same_day_margin: f32,
    /// An article that would join a story starts one of its own instead
    /// when a report not yet placed (of its own day; for an undated
    /// article, an undated one) is this many times as like it as the
    /// story's articles are on average, and that report is this many
    /// times as like the article as it is like the story: the two report
    /// another event of the same running story (two reports of one day
    /// about one court, one summit, one outbreak of violence), which the
    /// story's shared names alone would otherwise pull in. Only against a
    /// story of [`MUTUAL_MIN_MEMBERS`] compared articles or more: one or two
    /// reports are too few to tell the event's own words from an outlet's
    /// angle, and the rule then split reports of one event. Two undated
    /// pages share no day, weaker evidence that they report one event
    /// apart from the story: they need `same_day_margin` instead, and the
    /// other page must be no clear member of the story by itself (see
    /// [`UNDATED_MEMBER_SHARE`]).
    pub mutual_margin: f32,
    /// A sentence embedder for the semantic signal in flag decisions (see
    /// [`crate::compare::flags::Meaning`]); `None` compares words alone.
    pub meaning: Option<SharedEmbedder>,
    /// Articles (then stories) analysed per transaction: what a killed run
    /// can lose, and how long a reviewer may wait for the write lock.
    pub chunk: usize,
    /// How long one transaction may hold the write lock before it commits
    /// the work done so far (at least one article or story), whatever the
    /// chunk: a slow build or the semantic model can make a chunk take
    /// minutes, and a verdict posted meanwhile must not time out.
    pub lock_budget: std::time::Duration,
}

/// A sentence embedder shared by the analysis (loaded once per run), with
/// the vectors of texts it has embedded: a story refreshed again as
/// articles join it embeds only its new texts.
#[derive(Clone)]
pub struct SharedEmbedder {
    model: std::sync::Arc<dyn Embedder>,
    cache: std::sync::Arc<std::sync::Mutex<HashMap<String, Vec<f32>>>>,
}

/// Texts whose vectors are kept (about 1.5 KB each).
const EMBEDDING_CACHE: usize = 50_000;

impl SharedEmbedder {
    pub fn new(model: std::sync::Arc<dyn Embedder>) -> SharedEmbedder {
        SharedEmbedder {
            model,
            cache: Default::default(),
        }
    }

    /// Vectors of `texts` (unique), from the cache or the model.
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, crate::semantic::SemanticError> {
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let missing: Vec<&str> = texts
            .iter()
            .copied()
            .filter(|t| !cache.contains_key(*t))
            .collect();
        if !missing.is_empty() {
            let vectors = self.model.embed(&missing)?;
            if cache.len() + missing.len() > EMBEDDING_CACHE {
                cache.clear();
            }
            for (t, v) in missing.iter().zip(vectors) {
                cache.insert((*t).to_string(), v);
            }
        }
        Ok(texts.iter().map(|t| cache[*t].clone()).collect())
    }
}

impl std::fmt::Debug for SharedEmbedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedEmbedder({} dimensions)", self.model.dim())
    }
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            window_days: 7,
            join_threshold: 0.10,
            max_candidates: 24,
            max_df_share: 0.05,
            max_postings: 300,
            decay_days: 1.5,
            max_members: 32,
            same_day_margin: 1.6,
            mutual_margin: 1.3,
            meaning: None,
            chunk: 200,
            lock_budget: std::time::Duration::from_millis(500),
        }
    }
}

/// What one analysis did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysisSummary {
    pub articles: usize,
    pub new_stories: usize,
    pub joined_stories: usize,
    pub stories_touched: usize,
    pub flags: FlagSummary,
}

/// Postings of one term within one article's window.
type Postings = Rc<Vec<(i64, f32)>>;

/// An article's fingerprint terms and weights, heaviest first; the texts
/// are shared with the term-name cache.
type Fingerprint = Rc<Vec<(Rc<str>, f32)>>;

/// Look-ups of one analysis run, cached: each term's document frequency
/// and window postings, and each article's fingerprint, day and story are
/// read from the store once. Every look-up is a range of an index bounded
/// by [`AnalysisOptions::max_postings`]; the caches are dropped when they
/// grow past a limit, so memory stays bounded however large the run.
struct Index<'t, 'o, 'c> {
    tx: &'t Transaction<'t>,
    opts: &'o AnalysisOptions,
    /// Roughly how many articles the store holds (the largest row id).
    articles: f32,
    c: &'c mut IndexCache,
}

/// What an [`Index`] read, kept across the transactions of one analysis
/// run: each step (a chunk of at most [`AnalysisOptions::chunk`] articles,
/// fewer when the lock budget runs out on a busy machine) started cold
/// and read again the document frequencies, term texts and fingerprints
/// the previous step had read, most of the analysis's cost on a large
/// store. Dropped whenever another connection committed in between
/// (`PRAGMA data_version`), so what it holds is always what the store
/// holds: this run's own writes (placements) are kept in it as they go.
#[derive(Default)]
pub(crate) struct IndexCache {
    /// `PRAGMA data_version` when the cache was last in step with the store.
    version: Option<i64>,
    /// Document frequency in the whole store.
    df: HashMap<String, usize>,
    /// The day whose window `postings` holds.
    window: Option<i64>,
    postings: HashMap<String, Postings>,
    fingerprints: HashMap<i64, Fingerprint>,
    /// Fingerprints weighted by idf, for comparing.
    weighted: HashMap<i64, Rc<Weighted>>,
    /// Term texts by id, for reading fingerprints.
    names: terms::TermNames,
    /// (story, day) of an article.
    info: HashMap<i64, (Option<i64>, i64)>,
    entries: usize,
}

/// An article's fingerprint with each weight times its term's idf, and
/// the sum of their squares: what a comparison reads of the other side.
/// Computed once per article per run (it was once per comparison, with a
/// look-up of each term's idf by its text).
struct Weighted {
    terms: Vec<(Rc<str>, f32)>,
    norm2: f32,
}

impl IndexCache {
    fn clear(&mut self) {
        self.df.clear();
        self.window = None;
        self.postings.clear();
        self.fingerprints.clear();
        self.weighted.clear();
        self.names.clear();
        self.info.clear();
        self.entries = 0;
    }

    /// Counts the entries again after some were dropped (see `Index::trim`).
    fn recount(&mut self) {
        self.entries = self.df.len()
            + self.postings.values().map(|p| p.len()).sum::<usize>()
            + self.fingerprints.values().map(|f| f.len()).sum::<usize>()
            + self.weighted.values().map(|w| w.terms.len()).sum::<usize>()
            + self.info.len()
            + self.names.len();
    }

    /// Drops everything read when another connection has written since
    /// (inside the transaction, so nobody else writes until it ends).
    fn sync(&mut self, tx: &Transaction) -> Result<(), StoreError> {
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        if self.version != Some(version) {
            self.clear();
            self.version = Some(version);
        }
        Ok(())
    }
}

/// Cached postings, fingerprint terms and article facts kept before the
/// caches are dropped. Now that the caches outlive a step, a million
/// entries (tens of bytes each, with their hash tables) took the analysis
/// of 20,000 synthetic articles from 179 to 250 MB at its peak, and made
/// it slower; articles are placed in date order, so what a full cache
/// holds is mostly out of the window by then.
const CACHE_LIMIT: usize = 200_000;

impl<'t, 'o, 'c> Index<'t, 'o, 'c> {
    fn new(
        tx: &'t Transaction<'t>,
        opts: &'o AnalysisOptions,
        c: &'c mut IndexCache,
    ) -> Result<Self, StoreError> {
        c.sync(tx)?;
        let n: Option<i64> = tx.query_row("SELECT max(id) FROM articles", [], |r| r.get(0))?;
        Ok(Index {
            tx,
            opts,
            articles: n.unwrap_or(1).max(1) as f32,
            c,
        })
    }

    /// Keeps the caches under [`CACHE_LIMIT`] entries. Articles are placed
    /// in date order, so what lies outside the current window is what the
    /// next placements need least: the facts and fingerprints of articles
    /// published outside it are dropped first, then the window's postings,
    /// and only then everything. Dropping everything at once, as this did,
    /// meant re-reading the fingerprints, term texts and counts of the
    /// window's articles many times a day on a large store (five reads of
    /// each fingerprint per placed article at 100,000 articles).
    fn trim(&mut self) {
        if self.c.entries <= CACHE_LIMIT {
            return;
        }
        if let Some(day) = self.c.window.filter(|&d| d != UNDATED) {
            let w = self.opts.window_days;
            let c = &mut *self.c;
            c.info
                .retain(|_, &mut (_, d)| d == UNDATED || (d - day).abs() <= w);
            let info = &c.info;
            c.fingerprints.retain(|id, _| info.contains_key(id));
            c.weighted.retain(|id, _| info.contains_key(id));
            c.recount();
        }
        if self.c.entries > CACHE_LIMIT / 2 {
            let c = &mut *self.c;
            c.postings.clear();
            c.recount();
        }
        if self.c.entries > CACHE_LIMIT / 2 {
            self.c.clear();
        }
    }

    /// Moves the postings cache to the window around `day`.
    fn set_window(&mut self, day: i64) {
        if self.c.window != Some(day) {
            self.c.entries -= self.c.postings.values().map(|p| p.len()).sum::<usize>();
            self.c.postings.clear();
            self.c.window = Some(day);
        }
    }

    /// Articles holding `term` in the current window (undated ones always
    /// included; for an undated article, any date), at most `max_postings + 1`.
    fn postings(&mut self, term: &str) -> Result<Postings, StoreError> {
        if let Some(p) = self.c.postings.get(term) {
            return Ok(p.clone());
        }
        let limit = self.opts.max_postings as i64 + 1;
        let day = self.c.window.unwrap_or(UNDATED);
        let mut list = Vec::new();
        let mut read = |lo: i64, hi: i64| -> Result<(), StoreError> {
            list.extend(terms::postings(self.tx, term, lo, hi, limit)?);
            Ok(())
        };
        if day == UNDATED {
            read(UNDATED, i64::MAX)?;
        } else {
            read(UNDATED, UNDATED)?;
            let w = self.opts.window_days;
            read(day - w, day + w)?;
        }
        let list = Rc::new(list);
        self.c.entries += list.len();
        self.c.postings.insert(term.to_string(), list.clone());
        Ok(list)
    }

    /// How many articles of the whole store hold `term` (post it).
    fn df(&mut self, term: &str) -> Result<usize, StoreError> {
        if let Some(&d) = self.c.df.get(term) {
            return Ok(d);
        }
        // One look-up of the exact count the writer keeps (see
        // store::terms). It was once capped at `max_postings`; then the
        // weight of every common term grew with the store (`ln(1 + N/cap)`)
        // until names and figures no longer outweighed them, and reports
        // of different events merged in a large store.
        let stored = terms::document_frequency(self.tx, term)?;
        let d = stored.max(0) as usize;
        self.c.entries += 1;
        self.c.df.insert(term.to_string(), d);
        Ok(d)
    }

    fn idf(&mut self, term: &str) -> Result<f32, StoreError> {
        let df = self.df(term)?.max(1) as f32;
        Ok((1.0 + self.articles / df).ln())
    }

    fn fingerprint(&mut self, article: i64) -> Result<Fingerprint, StoreError> {
        if let Some(f) = self.c.fingerprints.get(&article) {
            return Ok(f.clone());
        }
        let counted = terms::read_fingerprint_counted(self.tx, article, &mut self.c.names)?;
        let mut list = Vec::with_capacity(counted.len());
        for (term, w, n) in counted {
            // The count read with the term's text is its document
            // frequency (see `df`), which saves a look-up by text.
            // (The texts are shared with the term-name cache, not copied.)
            if !self.c.df.contains_key(&*term) {
                self.c.entries += 1;
                self.c.df.insert(term.to_string(), n.max(0) as usize);
            }
            list.push((term, w));
        }
        let list = Rc::new(list);
        self.c.entries += list.len();
        self.c.fingerprints.insert(article, list.clone());
        Ok(list)
    }

    /// The idf-weighted fingerprint of an article (see [`Weighted`]).
    fn weighted(&mut self, article: i64) -> Result<Rc<Weighted>, StoreError> {
        if let Some(w) = self.c.weighted.get(&article) {
            return Ok(w.clone());
        }
        let raw = self.fingerprint(article)?;
        let mut terms = Vec::with_capacity(raw.len());
        let mut norm2 = 0.0f32;
        for (t, w) in raw.iter() {
            let w = w * self.idf(t)?;
            norm2 += w * w;
            terms.push((t.clone(), w));
        }
        let weighted = Rc::new(Weighted { terms, norm2 });
        self.c.entries += raw.len();
        self.c.weighted.insert(article, weighted.clone());
        Ok(weighted)
    }

    /// (story, day) of an article; `None` when it is gone from the store.
    fn info(&mut self, article: i64) -> Result<Option<(Option<i64>, i64)>, StoreError> {
        if let Some(&i) = self.c.info.get(&article) {
            return Ok(Some(i));
        }
        let row: Option<(Option<i64>, Option<String>)> = self
            .tx
            .prepare_cached("SELECT story_id, published_date FROM articles WHERE id = ?1")?
            .query_row([article], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((story, date)) = row else {
            return Ok(None);
        };
        let day = terms::day_number(parse_date(date));
        self.c.entries += 1;
        self.c.info.insert(article, (story, day));
        Ok(Some((story, day)))
    }

    /// Articles of `story` published within the window of `day` (undated
    /// ones always; for an undated article, any), latest dates first, at
    /// most `max_members`: two ranges of the story-and-date index.
    fn members(&mut self, story: i64, day: i64) -> Result<Vec<i64>, StoreError> {
        // The limit is part of the statement's text and the story is
        // `+?1`: SQLite prepares a statement again after its bindings are
        // cleared (as each use from the statement cache ends) when the
        // plan may depend on a bound LIMIT or on whether `story_id = ?1`
        // compares with 0 or 1, and preparing cost more than running it.
        let limit = self.opts.max_members;
        let mut out: Vec<i64> = Vec::new();
        let mut read = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<(), StoreError> {
            let mut stmt = self.tx.prepare_cached(sql)?;
            for row in stmt.query_map(p, |r| r.get(0))? {
                out.push(row?);
            }
            Ok(())
        };
        if day == UNDATED {
            read(
                &format!(
                    "SELECT id FROM articles WHERE story_id = +?1
                     ORDER BY published_date DESC, id DESC LIMIT {limit}"
                ),
                &[&story],
            )?;
        } else {
            let w = self.opts.window_days;
            read(
                &format!(
                    "SELECT id FROM articles WHERE story_id = +?1 AND published_date BETWEEN ?2 AND ?3
                     ORDER BY published_date DESC, id DESC LIMIT {limit}"
                ),
                &[&story, &date_text(day - w), &date_text(day + w)],
            )?;
            read(
                &format!(
                    "SELECT id FROM articles WHERE story_id = +?1 AND published_date IS NULL
                     ORDER BY id DESC LIMIT {limit}"
                ),
                &[&story],
            )?;
        }
        out.truncate(self.opts.max_members);
        Ok(out)
    }

    fn set_story(&mut self, article: i64, story: i64, day: i64) {
        self.c.entries += 1;
        self.c.info.insert(article, (Some(story), day));
    }
}

/// The `published_date` text of a day number (see [`terms::day_number`]).
fn date_text(day: i64) -> String {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");
    epoch
        .checked_add_signed(chrono::Duration::days(day))
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

fn parse_date(date: Option<String>) -> Option<NaiveDate> {
    date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
}

struct ArticleInfo {
    story: Option<i64>,
    date: Option<NaiveDate>,
    title: Option<String>,
    text_start: String,
}

fn article_info(tx: &Transaction, id: i64) -> Result<ArticleInfo, StoreError> {
    Ok(tx
        .prepare_cached(
            // The text's start only labels a story without a title: read
            // only then (substr reads a whole text from the row).
            "SELECT story_id, published_date, title,
                 CASE WHEN title IS NULL THEN substr(text, 1, 120) ELSE '' END
             FROM articles WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(ArticleInfo {
                story: r.get(0)?,
                date: parse_date(r.get(1)?),
                title: r.get(2)?,
                text_start: r.get(3)?,
            })
        })?)
}

/// The first `limit` pending articles in the order they are placed: by
/// publication date (undated first), then external id, so that the
/// stories come out the same whatever order the inputs were read in, and
/// whatever chunks a run was cut into.
///
/// The pending articles are read and sorted once into `queue`, and each
/// call takes the next `limit` still pending from it: asking SQLite for
/// the first `limit` in that order each time walked the date index of
/// every stored article until it met enough pending ones, a pass over the
/// store per chunk when a few articles are added to a large one.
fn next_to_place(
    tx: &Transaction,
    limit: usize,
    queue: &mut PlacingQueue,
) -> Result<Vec<i64>, StoreError> {
    if queue.0.is_empty() {
        // CROSS JOIN: from the pending list, never from `articles`.
        let mut stmt = tx.prepare_cached(
            "SELECT a.id FROM pending_articles p CROSS JOIN articles a ON a.id = p.article_id
             ORDER BY a.published_date, a.external_id, a.id",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        queue.0 = rows.collect::<Result<_, _>>()?;
    }
    // Still listed, and still stored (see `step`).
    let mut pending = tx.prepare_cached(
        "SELECT 1 FROM pending_articles p CROSS JOIN articles a ON a.id = p.article_id
         WHERE p.article_id = ?1",
    )?;
    let mut out = Vec::with_capacity(limit.min(queue.0.len()));
    while out.len() < limit {
        let Some(id) = queue.0.pop_front() else { break };
        if pending.exists([id])? {
            out.push(id);
        }
    }
    Ok(out)
}

/// Pending articles in placing order, read once per run (see [`next_to_place`]).
#[derive(Default)]
struct PlacingQueue(std::collections::VecDeque<i64>);

/// Lists `ids` as pending and does all pending analysis (see [`analyse_pending`]).
pub fn analyse_articles(
    conn: &mut Connection,
    ids: &[i64],
    opts: &AnalysisOptions,
) -> Result<AnalysisSummary, StoreError> {
    let tx = write_tx(conn)?;
    for &id in ids {
        tx.prepare_cached("INSERT OR IGNORE INTO pending_articles (article_id) VALUES (?1)")?
            .execute([id])?;
    }
    tx.commit()?;
    analyse_pending(conn, opts)
}

/// Does the analysis the store lists as pending (`pending_articles`, which
/// the writer fills in the transaction that stores each article, and
/// `pending_stories`): puts every pending article into a story (in order
/// of publication, see [`next_to_place`]), then refreshes the dates and
/// flags of every touched or pending story. Articles already in a story
/// stay there.
///
/// The work is done in chunks of [`AnalysisOptions::chunk`] articles, then
/// of as many stories, each one short `BEGIN IMMEDIATE` transaction that
/// also takes its work off the pending lists (and lists the stories its
/// articles touched), so readers and reviewers never wait behind a whole
/// run. A run killed at any moment loses at most the chunk in hand; the
/// next run finds the rest still listed and reaches the state an
/// uninterrupted run would have (the look-up caches are rebuilt from the
/// store, which holds every placement committed so far).
pub fn analyse_pending(
    conn: &mut Connection,
    opts: &AnalysisOptions,
) -> Result<AnalysisSummary, StoreError> {
    let mut summary = AnalysisSummary::default();
    let mut queue = PlacingQueue::default();
    let mut cache = IndexCache::default();
    while step(conn, opts, &mut summary, &mut queue, &mut cache)? {
        crate::store::make_way();
    }
    Ok(summary)
}

/// One chunk of pending work in one transaction: places the next pending
/// articles, or when none is left refreshes the next pending stories.
/// Returns `false` when nothing was pending.
pub fn analyse_step(
    conn: &mut Connection,
    opts: &AnalysisOptions,
    summary: &mut AnalysisSummary,
) -> Result<bool, StoreError> {
    step(
        conn,
        opts,
        summary,
        &mut PlacingQueue::default(),
        &mut IndexCache::default(),
    )
}

/// [`analyse_step`], taking the articles to place from `queue`.
fn step(
    conn: &mut Connection,
    opts: &AnalysisOptions,
    summary: &mut AnalysisSummary,
    queue: &mut PlacingQueue,
    cache: &mut IndexCache,
) -> Result<bool, StoreError> {
    let tx = write_tx(conn)?;
    let started = std::time::Instant::now();
    let out_of_time = || started.elapsed() >= opts.lock_budget;
    // Pending articles deleted since they were listed are no work (the
    // foreign key's cascade takes them off the list, but not from a
    // connection that leaves foreign keys off). Checked when the queue is
    // read, not at every step: each check looks up every listed article,
    // and with a whole ingest listed that was a pass over the articles
    // table per chunk, quadratic in the run (at 100,000 articles, most of
    // the analysis's time). Within a run, `next_to_place` checks each
    // article it takes.
    if queue.0.is_empty() {
        tx.execute(
            "DELETE FROM pending_articles WHERE article_id NOT IN (SELECT id FROM articles)",
            [],
        )?;
    }
    let chunk = opts.chunk.max(1);
    let ids = next_to_place(&tx, chunk, queue)?;
    let did = if !ids.is_empty() {
        let placed = place_articles(&tx, opts, &ids, summary, &out_of_time, cache)?;
        // (What the budget left unplaced is placed first next time.)
        for &id in ids[placed..].iter().rev() {
            queue.0.push_front(id);
        }
        true
    } else {
        let stories = column(
            &tx,
            &format!("SELECT story_id FROM pending_stories ORDER BY story_id LIMIT {chunk}"),
        )?;
        for &story in &stories {
            refresh_story(&tx, story)?;
            let flags = refresh_flags(&tx, story, opts.meaning.as_ref())?;
            summary.flags.new += flags.new;
            summary.flags.updated += flags.updated;
            summary.flags.gone += flags.gone;
            tx.prepare_cached("DELETE FROM pending_stories WHERE story_id = ?1")?
                .execute([story])?;
            summary.stories_touched += 1;
            if out_of_time() {
                break;
            }
        }
        !stories.is_empty()
    };
    tx.commit()?;
    Ok(did)
}

/// Puts `ids` (in placing order) into stories, lists the stories they
/// touch as pending and takes them off the pending articles; stops early
/// (after one at least) once `out_of_time`. Returns how many it placed.
fn place_articles(
    tx: &Transaction,
    opts: &AnalysisOptions,
    ids: &[i64],
    summary: &mut AnalysisSummary,
    out_of_time: &dyn Fn() -> bool,
    cache: &mut IndexCache,
) -> Result<usize, StoreError> {
    let mut index = Index::new(tx, opts, cache)?;
    let huge = Caps::default().window as i64;
    let mut placed = 0;
    for &id in ids {
        summary.articles += 1;
        // Reading or rewriting the row of an article over the extraction
        // caps passes all its pages through the page cache: a small one
        // for it (see `store::SMALL_CACHE`).
        let small_cache = text_bytes(tx, id)? > huge;
        if small_cache {
            tx.execute_batch(SMALL_CACHE)?;
        }
        let (story, day) = place_one(tx, &mut index, id, summary)?;
        if small_cache {
            tx.execute_batch(CACHE)?;
        }
        index.set_story(id, story, day);
        index.trim();
        tx.prepare_cached("INSERT OR IGNORE INTO pending_stories (story_id) VALUES (?1)")?
            .execute([story])?;
        tx.prepare_cached("DELETE FROM pending_articles WHERE article_id = ?1")?
            .execute([id])?;
        placed += 1;
        if out_of_time() {
            break;
        }
    }
    Ok(placed)
}

/// The story of article `id` (found or new, and recorded in its row) and
/// its day number.
fn place_one(
    tx: &Transaction,
    index: &mut Index,
    id: i64,
    summary: &mut AnalysisSummary,
) -> Result<(i64, i64), StoreError> {
    let info = article_info(tx, id)?;
    let day = terms::day_number(info.date);
    if let Some(s) = info.story {
        return Ok((s, day));
    }
    let story = match find_story(index, id, day)? {
        Some(s) => {
            summary.joined_stories += 1;
            s
        }
        None => {
            summary.new_stories += 1;
            new_story(tx, &info)?
        }
    };
    tx.prepare_cached("UPDATE articles SET story_id = ?2 WHERE id = ?1")?
        .execute(params![id, story])?;
    Ok((story, day))
}

/// The length of an article's text in bytes, read from its row's header
/// (SQLite reads no text for `octet_length`).
fn text_bytes(tx: &Transaction, id: i64) -> Result<i64, StoreError> {
    Ok(tx
        .prepare_cached("SELECT octet_length(text) FROM articles WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

/// The first column of a query's rows.
fn column(tx: &Transaction, sql: &str) -> Result<Vec<i64>, StoreError> {
    let mut stmt = tx.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The articles that share the rarer terms of an article within its window.
#[derive(Default)]
struct Candidates {
    /// Already in a story, best-sharing first, at most `max_candidates`.
    placed: Vec<i64>,
    /// Published the same day and not yet placed, best-sharing first, at
    /// most `max_candidates` (for an undated article, undated ones).
    same_day: Vec<i64>,
}

/// Articles that share the rarer terms of `terms` (those of article `id`,
/// published on `day`) within the window of `day`.
fn candidates(
    index: &mut Index,
    id: i64,
    day: i64,
    terms: &[(Rc<str>, f32)],
) -> Result<Candidates, StoreError> {
    let opts = index.opts;
    let max_df = ((index.articles as f64 * opts.max_df_share) as usize)
        .max(20)
        .min(opts.max_postings);
    let mut shared: HashMap<i64, f32> = HashMap::default();
    for (term, w) in terms.iter().take(POSTED_TERMS) {
        if index.df(term)? > max_df {
            continue;
        }
        let postings = index.postings(term)?;
        if postings.len() > opts.max_postings {
            continue;
        }
        let idf = index.idf(term)?;
        for &(other, ow) in postings.iter() {
            if other != id {
                *shared.entry(other).or_default() += w * ow * idf * idf;
            }
        }
    }
    let (mut placed, mut same_day) = (Vec::new(), Vec::new());
    for (other, score) in shared {
        match index.info(other)? {
            Some((Some(_), _)) => placed.push((other, score)),
            Some((None, d)) if d == day => same_day.push((other, score)),
            _ => {}
        }
    }
    let best = |mut found: Vec<(i64, f32)>| {
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.truncate(opts.max_candidates);
        found.into_iter().map(|(a, _)| a).collect()
    };
    Ok(Candidates {
        placed: best(placed),
        same_day: best(same_day),
    })
}

/// How alike an article is to a candidate story: its mean similarity to
/// the story's articles within the window, with and without the lowering
/// by days apart, and whether one of them was published the same day.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct StoryScore {
    near: f32,
    plain: f32,
    same_day: bool,
    /// What candidate stories are ranked by: `near` shrunk towards the
    /// join threshold by one article's weight (see [`ranking`]).
    rank: f32,
}

/// The score candidate stories are ranked by: the mean `near` similarity
/// over a story's `members` compared articles, as if one more article
/// alike by just the join threshold were among them. The mean alone
/// decides whether an article may join a story (one look-alike does not
/// pull a report into a running story), but ranked by it a story of one
/// report beat a story of five reports of the same event, each of which
/// tells a part of it: one article's likeness is a less certain estimate
/// than five articles' mean. Reports of one event were then split in two
/// stories and the next report joined the smaller one.
fn ranking(near: f32, members: usize, threshold: f32) -> f32 {
    (near * members as f32 + threshold) / (members as f32 + 1.0)
}

/// The story most like the article, if alike enough. Candidate stories
/// are those of the articles sharing its rarer terms within the date
/// window (so older look-alikes never crowd them out); each is scored by
/// the article's mean similarity to the story's articles in the window,
/// not by its single closest article: one look-alike does not pull a
/// report of another event into a running story (chaining), and an article
/// that covers an event broadly joins the reports of its parts.
fn find_story(index: &mut Index, id: i64, day: i64) -> Result<Option<i64>, StoreError> {
    index.set_window(day);
    let opts = index.opts;
    let terms = index.fingerprint(id)?;
    let own = index.weighted(id)?;
    let own = Own::new(&own);
    let found = candidates(index, id, day, &terms)?;
    let mut stories = BTreeSet::new();
    for &other in &found.placed {
        if let Some((Some(story), _)) = index.info(other)? {
            stories.insert(story);
        }
    }
    let mut best: Option<(StoryScore, i64)> = None;
    for story in stories {
        let score = story_score(index, &own, day, story)?;
        if score.near >= opts.join_threshold && best.is_none_or(|(s, _)| score.rank > s.rank) {
            best = Some((score, story));
        }
    }
    let Some((score, story)) = best else {
        return Ok(None);
    };
    let mut closest: Option<(f32, i64)> = None;
    for &other in &found.same_day {
        let s = similarity(index, &own, day, other)?.0;
        if closest.is_none_or(|(c, _)| s > c) {
            closest = Some((s, other));
        }
    }
    let Some((closest, other)) = closest else {
        return Ok(Some(story));
    };
    if !score.same_day && day != UNDATED && decide(score, closest, opts) == Decision::NewStory {
        return Ok(None);
    }
    let margin = if day == UNDATED {
        opts.same_day_margin
    } else {
        opts.mutual_margin
    };
    if closest > margin * score.plain {
        // (Only then: how like the story the other report is costs one
        // more comparison with at most `max_members` articles.)
        let their_weights = index.weighted(other)?;
        let theirs = story_score(index, &Own::new(&their_weights), day, story)?;
        let members = index.members(story, day)?.len();
        let pair = MutualPair {
            to_each_other: closest,
            article_to_story: score.plain,
            other_to_story: theirs.plain,
            members,
            undated: day == UNDATED,
        };
        if pair.apart(margin, opts.join_threshold) {
            return Ok(None);
        }
    }
    Ok(Some(story))
}

/// How many articles a story must have among those compared before the
/// mutual rule may keep an article out of it (see
/// [`AnalysisOptions::mutual_margin`]).
const MUTUAL_MIN_MEMBERS: usize = 3;

/// How many times the join threshold an undated report's own likeness to
/// a story must stay below for the mutual rule to count it apart from the
/// story with an undated article. Dated, the pair's shared day is the
/// evidence that they report a next event; undated pages share no day,
/// and two of them that resemble each other more than the story (two
/// reports on one measure of a plan, a page and the wire copy of it)
/// were split off a story both clearly belong to. A report this like
/// the story by itself is one of its reports.
const UNDATED_MEMBER_SHARE: f32 = 1.5;

/// An article, the report not yet placed that is most like it, and the
/// story the article would join: their plain similarities.
#[derive(Debug, Clone, Copy)]
struct MutualPair {
    to_each_other: f32,
    article_to_story: f32,
    other_to_story: f32,
    /// Articles of the story compared.
    members: usize,
    /// The article (and so the other report) has no date.
    undated: bool,
}

impl MutualPair {
    /// Whether the article and the other report are, by `margin`, more
    /// like each other than either is like the story: reports of an
    /// event apart from it. Undated, the other report must also be no
    /// clear member of the story (see [`UNDATED_MEMBER_SHARE`]).
    fn apart(&self, margin: f32, join_threshold: f32) -> bool {
        self.members >= MUTUAL_MIN_MEMBERS
            && self.to_each_other > margin * self.article_to_story
            && self.to_each_other > margin * self.other_to_story
            && !(self.undated && self.other_to_story >= UNDATED_MEMBER_SHARE * join_threshold)
    }
}

/// What an article does with its best candidate story.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Decision {
    Join,
    NewStory,
}

/// Whether an article joins its best candidate story (`best`, alike enough
/// to join) given `same_day`, its plain similarity to the closest report
/// of its own day not yet placed: a story of earlier days gives way to
/// that day's report when the report is far more like the article (see
/// [`AnalysisOptions::same_day_margin`]).
fn decide(best: StoryScore, same_day: f32, opts: &AnalysisOptions) -> Decision {
    if !best.same_day && same_day > opts.same_day_margin * best.plain {
        Decision::NewStory
    } else {
        Decision::Join
    }
}

/// The article's [`StoryScore`] for `story`.
fn story_score(
    index: &mut Index,
    own: &Own,
    day: i64,
    story: i64,
) -> Result<StoryScore, StoreError> {
    let members = index.members(story, day)?;
    let mut score = StoryScore::default();
    for &other in &members {
        let (plain, nearness, other_day) = similarity(index, own, day, other)?;
        score.plain += plain;
        score.near += plain * nearness;
        score.same_day |= other_day == day && day != UNDATED;
    }
    let n = members.len().max(1) as f32;
    score.plain /= n;
    score.near /= n;
    score.rank = ranking(score.near, members.len(), index.opts.join_threshold);
    Ok(score)
}

/// The article being placed, as each comparison reads it: its weighted
/// terms by text and the sum of their squares, built once per article
/// rather than once per comparison (as [`crate::compare::terms::cosine`]
/// does, which sums the squares in hash order: here they are summed in
/// the fingerprint's order, so a similarity never varies in its last bits).
struct Own<'w> {
    terms: HashMap<&'w str, f32>,
    norm2: f32,
}

impl<'w> Own<'w> {
    fn new(w: &'w Weighted) -> Self {
        Own {
            terms: w.terms.iter().map(|(t, x)| (&**t, *x)).collect(),
            norm2: w.norm2,
        }
    }
}

/// Similarity of an article (its `terms`, published on `day`) to another
/// stored article: the idf-weighted cosine of their fingerprints, the
/// factor that lowers it the further apart they were published, and the
/// other's day.
fn similarity(
    index: &mut Index,
    own: &Own,
    day: i64,
    other: i64,
) -> Result<(f32, f32, i64), StoreError> {
    let Some((_, other_day)) = index.info(other)? else {
        return Ok((0.0, 0.0, UNDATED));
    };
    let days = if day == UNDATED || other_day == UNDATED {
        0
    } else {
        (day - other_day).abs()
    };
    let other = index.weighted(other)?;
    // Reports of one event come out within days of each other; the
    // further apart, the more alike two articles must be (follow-ups of
    // a running story are otherwise merged with it).
    let nearness = 1.0 / (1.0 + days as f32 / index.opts.decay_days);
    let mut dot = 0.0f32;
    for (t, w) in &other.terms {
        if let Some(x) = own.terms.get(&**t) {
            dot += x * w;
        }
    }
    let cos = if own.norm2 == 0.0 || other.norm2 == 0.0 {
        0.0
    } else {
        dot / (own.norm2.sqrt() * other.norm2.sqrt())
    };
    Ok((cos, nearness, other_day))
}

fn new_story(tx: &Transaction, info: &ArticleInfo) -> Result<i64, StoreError> {
    let label = info.title.clone().unwrap_or_else(|| {
        let words: Vec<&str> = info.text_start.split_whitespace().take(12).collect();
        format!("{}…", words.join(" "))
    });
    let now = now_utc();
    tx.execute(
        "INSERT INTO stories (label, created_at, updated_at) VALUES (?1, ?2, ?2)",
        params![label, now],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Recomputes a story's date range.
fn refresh_story(tx: &Transaction, story: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE stories SET
             first_published = (SELECT min(published_date) FROM articles WHERE story_id = ?1),
             last_published = (SELECT max(published_date) FROM articles WHERE story_id = ?1),
             updated_at = ?2
         WHERE id = ?1",
        params![story, now_utc()],
    )?;
    Ok(())
}

/// Ids of stored articles that are in no story yet (e.g. stored before stories existed).
pub fn articles_without_story(conn: &Connection) -> Result<Vec<i64>, StoreError> {
    let mut stmt = conn.prepare("SELECT id FROM articles WHERE story_id IS NULL ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The story of an article, by its input id.
pub fn story_of(conn: &Connection, external_id: &str) -> Result<Option<i64>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT story_id FROM articles WHERE external_id = ?1",
            [external_id],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}

/// What refreshing flags did.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct FlagSummary {
    pub new: usize,
    pub updated: usize,
    /// Flags the analysis no longer finds: deleted when never reviewed, else kept and marked.
    pub gone: usize,
}

/// Embeds the story's quotations and claims' sentences for the semantic
/// signal. Only stories with something to compare across outlets are
/// embedded (two articles or more). A failed embedding leaves the story to
/// words alone: the signal refines decisions, it never blocks them.
fn fill_meaning(evidence: &mut StoryEvidence, embedder: &SharedEmbedder) {
    if evidence.articles.len() < 2 {
        return;
    }
    let mut texts: Vec<&str> = Vec::new();
    for a in &evidence.articles {
        texts.extend(a.quotes.iter().map(|q| q.text.as_str()));
        texts.extend(a.claims.iter().map(|c| c.sentence.as_str()));
    }
    texts.sort_unstable();
    texts.dedup();
    let texts: Vec<String> = texts.into_iter().map(str::to_string).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    if let Ok(vectors) = embedder.embed(&refs) {
        for (text, v) in texts.iter().zip(vectors) {
            evidence.meaning.insert(text, v);
        }
    }
}

/// Reads everything a story's comparison needs.
pub fn story_evidence(conn: &Connection, story: i64) -> Result<StoryEvidence, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.external_id, s.name, a.published_date
         FROM articles a LEFT JOIN sources s ON s.id = a.source_id
         WHERE a.story_id = ?1 ORDER BY a.id",
    )?;
    let mut articles: Vec<ArticleEvidence> = stmt
        .query_map([story], |r| {
            let date: Option<String> = r.get(3)?;
            Ok(ArticleEvidence {
                id: r.get(0)?,
                external_id: r.get(1)?,
                source: r.get(2)?,
                published: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                quotes: Vec::new(),
                claims: Vec::new(),
            })
        })?
        .collect::<Result<_, _>>()?;
    // A story told by one outlet has nothing to compare: its flags are
    // none, and reading its quotes and claims would only cost time and
    // memory (an archive's lone articles; one huge article).
    let compared = articles
        .iter()
        .enumerate()
        .any(|(i, a)| articles[i + 1..].iter().any(|b| a.other_outlet(b)));
    if !compared {
        return Ok(StoryEvidence {
            articles,
            meaning: Default::default(),
        });
    }
    let mut quotes = conn.prepare_cached(
        "SELECT q.id, q.text,
                q.kind, q.part_of, sp.id, sp.name, sp.kind, q.mention, q.cue, q.attribution,
                (SELECT group_concat(role, char(31)) FROM speaker_roles WHERE speaker_id = sp.id),
                q.start_char, q.end_char
         FROM quotes q
         LEFT JOIN speakers sp ON sp.id = q.speaker_id
         WHERE q.article_id = ?1 AND q.kind IN ('direct', 'partial') ORDER BY q.start_char",
    )?;
    // Quote texts stored as offsets, and claims' sentences, are cut from the
    // article's text here, walking it once in offset order: `substr` in SQL
    // walks the text from its start for every row, which is quadratic in
    // one huge article.
    let mut claims = conn.prepare_cached(
        "SELECT c.id, c.kind, c.value, c.value_high, c.date, c.granularity, c.unit, c.qualifier,
                c.surface, c.subject, c.sentence_end,
                c.start_char - c.sentence_start, c.sentence_start,
                c.end_char, c.subject_start, c.subject_end
         FROM claims c
         WHERE c.article_id = ?1 ORDER BY c.start_char",
    )?;
    let mut article_text = conn.prepare_cached("SELECT text FROM articles WHERE id = ?1")?;
    for a in &mut articles {
        let text: String = article_text.query_row([a.id], |r| r.get(0))?;
        let mut cut = CharSlicer::new(&text);
        a.quotes = quotes
            .query_map([a.id], |r| {
                let id: i64 = r.get(0)?;
                let speaker = match r.get::<_, Option<i64>>(4)? {
                    Some(sid) => Some(SpeakerRef {
                        id: sid,
                        name: r.get(5)?,
                        kind: r.get(6)?,
                        roles: r
                            .get::<_, Option<String>>(10)?
                            .map(|x| x.split('\u{1f}').map(str::to_string).collect())
                            .unwrap_or_default(),
                    }),
                    None => None,
                };
                let stored: Option<String> = r.get(1)?;
                let (start, end): (i64, i64) = (r.get(11)?, r.get(12)?);
                Ok(QuoteEvidence {
                    id,
                    text: stored.unwrap_or_else(|| cut.slice(start, end)),
                    kind: r.get(2)?,
                    speaker,
                    utterance: r.get::<_, Option<i64>>(3)?.unwrap_or(id),
                    mention: r.get(7)?,
                    cue: r.get(8)?,
                    attribution: r.get(9)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        a.claims = claims
            .query_map([a.id], |r| {
                let date: Option<String> = r.get(4)?;
                let sentence_start: i64 = r.get(12)?;
                let sentence = cut.slice(sentence_start, r.get(10)?);
                // A surface or subject stored as offsets (migration 0020)
                // lies inside the sentence: cut from it, not from the text.
                let within = |s: i64, e: i64| chars_within(&sentence, s - sentence_start, e - s);
                let start = sentence_start + r.get::<_, i64>(11)?;
                let end: i64 = r.get(13)?;
                let surface: Option<String> = r.get(8)?;
                let surface = surface.unwrap_or_else(|| within(start, end));
                let subject: Option<String> = r.get(9)?;
                let subject = match (
                    subject,
                    r.get::<_, Option<i64>>(14)?,
                    r.get::<_, Option<i64>>(15)?,
                ) {
                    (Some(s), _, _) => Some(s),
                    (None, Some(s), Some(e)) => Some(within(s, e)),
                    _ => None,
                };
                Ok(ClaimEvidence {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    value: r.get(2)?,
                    value_high: r.get(3)?,
                    date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                    granularity: r.get(5)?,
                    unit: r.get(6)?,
                    qualifier: r.get(7)?,
                    surface,
                    subject,
                    sentence,
                    offset: r.get::<_, i64>(11)?.max(0) as usize,
                    sentence_start: sentence_start.max(0) as usize,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(StoryEvidence {
        articles,
        meaning: Default::default(),
    })
}

/// `len` characters of `text` from character `from` (as SQL's `substr`
/// does: what is there when the stretch runs past the end).
fn chars_within(text: &str, from: i64, len: i64) -> String {
    text.chars()
        .skip(from.max(0) as usize)
        .take(len.max(0) as usize)
        .collect()
}

/// Cuts stretches of a text by character offsets, as SQL's `substr` does
/// (offsets past the end give what is there), remembering where the last
/// cut started so that cuts in rising order walk the text once.
struct CharSlicer<'t> {
    text: &'t str,
    /// A character offset and its byte offset.
    at: (usize, usize),
}

impl<'t> CharSlicer<'t> {
    fn new(text: &'t str) -> Self {
        CharSlicer { text, at: (0, 0) }
    }

    /// The byte offset of character `target`, walking from `from`.
    fn byte_of(text: &str, from: (usize, usize), target: usize) -> (usize, usize) {
        let (mut c, mut b) = from;
        let mut chars = text[b..].chars();
        while c < target {
            match chars.next() {
                Some(ch) => {
                    c += 1;
                    b += ch.len_utf8();
                }
                None => break,
            }
        }
        (c, b)
    }

    /// Characters `start..end` of the text.
    fn slice(&mut self, start: i64, end: i64) -> String {
        let (start, end) = (start.max(0) as usize, end.max(0) as usize);
        if start < self.at.0 {
            self.at = (0, 0);
        }
        self.at = Self::byte_of(self.text, self.at, start);
        let (_, e) = Self::byte_of(self.text, self.at, end.max(start));
        self.text[self.at.1..e].to_string()
    }
}

/// Re-runs the comparison of one story and brings its stored flags up to
/// date. A flag keeps its id, status and history as long as its key is
/// found again; a flag no longer found is deleted if nobody reviewed it,
/// and otherwise kept (`found = 0`) with `evidence_changed = 1`.
pub fn refresh_flags(
    tx: &Transaction,
    story: i64,
    meaning: Option<&SharedEmbedder>,
) -> Result<FlagSummary, StoreError> {
    let mut evidence = story_evidence(tx, story)?;
    if let Some(embedder) = meaning {
        fill_meaning(&mut evidence, embedder);
    }
    let candidates = find_flags(&evidence);
    let now = now_utc();
    let mut summary = FlagSummary::default();
    let mut keys = FoundKeys::default();
    for c in &candidates {
        let key = c.key(&evidence);
        let digest = flag_key_digest(&key);
        let (a, b) = (
            &evidence.articles[c.a.article],
            &evidence.articles[c.b.article],
        );
        let existing = match stored_flag(tx, &digest)? {
            Some(found) => Some(found),
            None => stored_flag(tx, &key)?,
        };
        match existing {
            Some((id, status, a_text, b_text)) => {
                // Keys are ordered; the stored sides may be the other way round.
                let same = (a_text == c.a.text && b_text == c.b.text)
                    || (a_text == c.b.text && b_text == c.a.text);
                let changed_after_verdict = status != "open" && !same;
                tx.prepare_cached(
                    "UPDATE flags SET story_id = ?2, score = ?3, explanation = ?4,
                         a_article_id = ?5, a_quote_id = ?6, a_claim_id = ?7, a_text = ?8,
                         b_article_id = ?9, b_quote_id = ?10, b_claim_id = ?11, b_text = ?12,
                         found = 1, evidence_changed = evidence_changed OR ?13, updated_at = ?14,
                         key = ?15
                     WHERE id = ?1",
                )?
                .execute(params![
                    id,
                    story,
                    c.score,
                    c.explanation,
                    a.id,
                    c.a.quote,
                    c.a.claim,
                    c.a.text,
                    b.id,
                    c.b.quote,
                    c.b.claim,
                    c.b.text,
                    changed_after_verdict,
                    now,
                    digest
                ])?;
                summary.updated += 1;
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO flags (key, kind, story_id, score, explanation,
                         a_article_id, a_quote_id, a_claim_id, a_text,
                         b_article_id, b_quote_id, b_claim_id, b_text, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
                )?
                .execute(params![
                    digest,
                    c.kind.as_str(),
                    story,
                    c.score,
                    c.explanation,
                    a.id,
                    c.a.quote,
                    c.a.claim,
                    c.a.text,
                    b.id,
                    c.b.quote,
                    c.b.claim,
                    c.b.text,
                    now
                ])?;
                summary.new += 1;
            }
        }
        keys.digests.insert(digest);
        keys.texts.insert(key);
    }
    // Flags of this story's articles that were not found again.
    // Three index look-ups (by story, and by either side's article), not
    // an OR over `flags` that SQLite would answer with a pass over the table.
    let mut stmt = tx.prepare_cached(
        "SELECT f.id, f.key, f.status, (SELECT count(*) FROM flag_reviews r WHERE r.flag_id = f.id)
         FROM flags f
         WHERE f.id IN (
             SELECT id FROM flags WHERE story_id = ?1
             UNION SELECT fa.id FROM articles a JOIN flags fa ON fa.a_article_id = a.id
                   WHERE a.story_id = ?1
             UNION SELECT fb.id FROM articles a JOIN flags fb ON fb.b_article_id = a.id
                   WHERE a.story_id = ?1)",
    )?;
    let stale: Vec<(i64, String, i64)> = stmt
        .query_map([story], |r| {
            let found = keys.holds(r.get_ref(1)?);
            Ok((found, (r.get(0)?, r.get(2)?, r.get(3)?)))
        })?
        .filter_map(|row| match row {
            Ok((true, _)) => None,
            Ok((false, flag)) => Some(Ok(flag)),
            Err(e) => Some(Err(e)),
        })
        .collect::<Result<_, _>>()?;
    for (id, status, reviews) in stale {
        if status == "open" && reviews == 0 {
            tx.prepare_cached("DELETE FROM flags WHERE id = ?1")?
                .execute([id])?;
        } else {
            tx.execute(
                "UPDATE flags SET found = 0, evidence_changed = 1, updated_at = ?2 WHERE id = ?1 AND found = 1",
                params![id, now],
            )?;
        }
        summary.gone += 1;
    }
    Ok(summary)
}

/// A flag's key as stored: the first 16 bytes of the SHA-256 of its text
/// (kind, and each side's article and wording), a fixed 16 bytes in the
/// table and its unique index instead of the text's 140 or so. Flags
/// stored by earlier versions hold the text; they are found by it and
/// given the digest when next analysed.
fn flag_key_digest(key: &str) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(key.as_bytes())[..16].to_vec()
}

/// The stored flag with this key (digest or text): id, status and both texts.
fn stored_flag(
    tx: &Transaction,
    key: &dyn rusqlite::ToSql,
) -> Result<Option<(i64, String, String, String)>, StoreError> {
    Ok(tx
        .prepare_cached("SELECT id, status, a_text, b_text FROM flags WHERE key = ?1")?
        .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?)
}

/// The keys one comparison of a story found, in both stored forms.
#[derive(Default)]
struct FoundKeys {
    digests: HashSet<Vec<u8>>,
    texts: HashSet<String>,
}

impl FoundKeys {
    fn holds(&self, stored: rusqlite::types::ValueRef<'_>) -> bool {
        use rusqlite::types::ValueRef;
        match stored {
            ValueRef::Blob(b) => self.digests.contains(b),
            ValueRef::Text(t) => std::str::from_utf8(t).is_ok_and(|t| self.texts.contains(t)),
            _ => false,
        }
    }
}

/// `crosscheck analyse`: places stored articles that have no story yet,
/// and re-examines their stories (with `all`, every story).
pub fn reanalyse(
    conn: &mut Connection,
    all: bool,
    opts: &AnalysisOptions,
) -> Result<AnalysisSummary, StoreError> {
    let tx = write_tx(conn)?;
    tx.execute(
        "INSERT OR IGNORE INTO pending_articles (article_id) SELECT id FROM articles WHERE story_id IS NULL",
        [],
    )?;
    if all {
        tx.execute(
            "INSERT OR IGNORE INTO pending_stories (story_id) SELECT id FROM stories",
            [],
        )?;
    }
    tx.commit()?;
    analyse_pending(conn, opts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article's choice between its best story and a report of its own
    /// day not yet placed, one kind of case per row.
    #[test]
    fn a_report_of_the_same_day_outweighs_a_story_of_earlier_days() {
        use Decision::{Join, NewStory};
        let opts = AnalysisOptions::default();
        let story = |plain: f32, same_day: bool| StoryScore {
            near: plain / 2.0,
            plain,
            same_day,
            rank: plain / 2.0,
        };
        for (case, best, closest_same_day, want) in [
            ("no report of its own day", story(0.4, false), 0.0, Join),
            (
                "a late report of the event: as like its first reports as one another",
                story(0.45, false),
                0.5,
                Join,
            ),
            (
                "the next event: its own day's report far more alike",
                story(0.3, false),
                0.7,
                NewStory,
            ),
            (
                "the story has reports of the article's own day already",
                story(0.3, true),
                0.7,
                Join,
            ),
            (
                "an unrelated report of the same day",
                story(0.3, false),
                0.1,
                Join,
            ),
        ] {
            assert_eq!(decide(best, closest_same_day, &opts), want, "{case}");
        }
    }

    /// Whether an article and the unplaced report most like it report an
    /// event apart from the story the article would join: (similarity to
    /// each other, article to story, report to story, story's articles
    /// compared, whether undated), one kind of case per row.
    #[test]
    fn two_reports_more_alike_than_either_is_to_the_story_are_another_event() {
        let opts = AnalysisOptions::default();
        let (dated, undated) = (false, true);
        for (case, (each_other, article, other, members, no_date), want) in [
            (
                "the morning's ruling and the evening's reaction: both far from the ruling's story",
                (0.5, 0.2, 0.15, 4, dated),
                true,
            ),
            (
                "two angles of the story's own event: the other report is as like the story",
                (0.5, 0.2, 0.45, 4, dated),
                false,
            ),
            (
                "the article is as like the story as the other report",
                (0.3, 0.28, 0.1, 4, dated),
                false,
            ),
            (
                "a story of two reports is too few to judge by",
                (0.5, 0.2, 0.15, 2, dated),
                false,
            ),
            (
                "just past the margin on both sides",
                (0.4, 0.3, 0.3, 3, dated),
                true,
            ),
            (
                "undated: a second summit's two pages, the other page barely like the first summit's story",
                (0.5, 0.2, 0.12, 4, undated),
                true,
            ),
            (
                "undated: two pages on one measure of a plan, the other page clearly in the plan's story",
                (0.5, 0.2, 0.2, 4, undated),
                false,
            ),
            (
                "dated: the same likenesses on one day still make another event",
                (0.5, 0.2, 0.2, 4, dated),
                true,
            ),
        ] {
            let pair = MutualPair {
                to_each_other: each_other,
                article_to_story: article,
                other_to_story: other,
                members,
                undated: no_date,
            };
            let margin = if no_date {
                opts.same_day_margin
            } else {
                opts.mutual_margin
            };
            assert_eq!(pair.apart(margin, opts.join_threshold), want, "{case}");
        }
    }

    /// Which of two candidate stories an article joins, by [`ranking`]:
    /// (mean similarity, articles compared) of each, one case per row.
    #[test]
    fn a_story_of_many_reports_is_not_outranked_by_one_look_alike() {
        let t = AnalysisOptions::default().join_threshold;
        for (case, a, b, a_wins) in [
            (
                "five reports of the event against a single report a little more alike",
                (0.196, 5),
                (0.21, 1),
                true,
            ),
            (
                "a single report far more alike still wins",
                (0.15, 5),
                (0.40, 1),
                false,
            ),
            (
                "stories of one size: the more alike wins",
                (0.30, 3),
                (0.25, 3),
                true,
            ),
            (
                "two reports against eight, clearly more alike",
                (0.35, 2),
                (0.20, 8),
                true,
            ),
        ] {
            let (ra, rb) = (ranking(a.0, a.1, t), ranking(b.0, b.1, t));
            assert_eq!(ra > rb, a_wins, "{case}: {ra} against {rb}");
        }
    }

    #[test]
    fn cuts_by_character_as_substr_does() {
        let text = "Né à Paris — “yes”, she said. Ünïcode ok.";
        let mut cut = CharSlicer::new(text);
        let chars: Vec<char> = text.chars().collect();
        let want = |s: usize, e: usize| -> String {
            chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect()
        };
        for (s, e) in [
            (0, 2),
            (3, 8),
            (13, 18),
            (5, 9),
            (30, 41),
            (40, 60),
            (70, 80),
            (0, 0),
            (9, 3),
        ] {
            assert_eq!(cut.slice(s as i64, e as i64), want(s, e.max(s)), "{s}..{e}");
        }
    }
}
