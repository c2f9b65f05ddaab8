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
use crate::compare::terms::{TERMS_PER_ARTICLE, cosine};
use crate::store::{StoreError, now_utc, write_tx};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// How stories are formed.
#[derive(Debug, Clone)]
pub struct AnalysisOptions {
    /// Articles more than this many days apart are not one story.
    pub window_days: i64,
    /// The similarity (idf-weighted cosine of fingerprints) an article needs
    /// with some article of a story to join it.
    pub join_threshold: f32,
    /// How many of the best-sharing articles are compared in full.
    pub max_candidates: usize,
    /// Terms held by more than this share of articles are too common to find candidates.
    pub max_df_share: f64,
    /// Similarity is divided by `1 + days apart / decay_days`.
    pub decay_days: f32,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            window_days: 7,
            join_threshold: 0.18,
            max_candidates: 12,
            max_df_share: 0.05,
            decay_days: 3.0,
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

/// Look-ups of one analysis run, cached: each term's postings and each
/// article's fingerprint, date and story are read from the store once.
/// The caches are dropped when they grow past a limit, so memory stays
/// bounded however large the run.
struct Index<'t> {
    /// The connection, read inside each chunk's transaction. The caches
    /// outlive a chunk: while a run places articles, postings and dates do
    /// not change, and the stories it sets are recorded here as it goes.
    tx: &'t Connection,
    articles: f32,
    postings: HashMap<String, Rc<Vec<(i64, f32)>>>,
    fingerprints: HashMap<i64, Rc<Vec<(String, f32)>>>,
    info: HashMap<i64, (Option<i64>, Option<NaiveDate>)>,
    entries: usize,
}

/// Cached postings and fingerprint entries kept before the caches are dropped.
const CACHE_LIMIT: usize = 4_000_000;

impl<'t> Index<'t> {
    fn new(tx: &'t Connection) -> Result<Self, StoreError> {
        let n: i64 = tx.query_row(
            "SELECT count(*) FROM (SELECT DISTINCT article_id FROM article_terms)",
            [],
            |r| r.get(0),
        )?;
        Ok(Index {
            tx,
            articles: n.max(1) as f32,
            postings: HashMap::default(),
            fingerprints: HashMap::default(),
            info: HashMap::default(),
            entries: 0,
        })
    }

    fn trim(&mut self) {
        if self.entries > CACHE_LIMIT {
            self.postings.clear();
            self.fingerprints.clear();
            self.entries = 0;
        }
    }

    fn postings(&mut self, term: &str) -> Result<Rc<Vec<(i64, f32)>>, StoreError> {
        if let Some(p) = self.postings.get(term) {
            return Ok(p.clone());
        }
        let mut stmt = self
            .tx
            .prepare_cached("SELECT article_id, weight FROM article_terms WHERE term = ?1")?;
        let rows = stmt.query_map([term], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)? as f32))
        })?;
        let list: Rc<Vec<(i64, f32)>> = Rc::new(rows.collect::<Result<_, _>>()?);
        self.entries += list.len();
        self.postings.insert(term.to_string(), list.clone());
        Ok(list)
    }

    fn idf(&mut self, term: &str) -> Result<f32, StoreError> {
        let df = self.postings(term)?.len().max(1) as f32;
        Ok((1.0 + self.articles / df).ln())
    }

    fn fingerprint(&mut self, article: i64) -> Result<Rc<Vec<(String, f32)>>, StoreError> {
        if let Some(f) = self.fingerprints.get(&article) {
            return Ok(f.clone());
        }
        let mut stmt = self.tx.prepare_cached(
            "SELECT term, weight FROM article_terms WHERE article_id = ?1 ORDER BY weight DESC, term",
        )?;
        let rows = stmt.query_map([article], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)? as f32))
        })?;
        let list: Rc<Vec<(String, f32)>> = Rc::new(rows.collect::<Result<_, _>>()?);
        self.entries += list.len();
        self.fingerprints.insert(article, list.clone());
        Ok(list)
    }

    /// (story, publication date) of an article.
    fn info(&mut self, article: i64) -> Result<(Option<i64>, Option<NaiveDate>), StoreError> {
        if let Some(&i) = self.info.get(&article) {
            return Ok(i);
        }
        let (story, date): (Option<i64>, Option<String>) = self
            .tx
            .prepare_cached("SELECT story_id, published_date FROM articles WHERE id = ?1")?
            .query_row([article], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let date = date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
        self.info.insert(article, (story, date));
        Ok((story, date))
    }

    fn set_story(&mut self, article: i64, story: i64) -> Result<(), StoreError> {
        let (_, date) = self.info(article)?;
        self.info.insert(article, (Some(story), date));
        Ok(())
    }
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
            "SELECT story_id, published_date, title, substr(text, 1, 120) FROM articles WHERE id = ?1",
        )?
        .query_row([id], |r| {
            let date: Option<String> = r.get(1)?;
            Ok(ArticleInfo {
                story: r.get(0)?,
                date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                title: r.get(2)?,
                text_start: r.get(3)?,
            })
        })?)
}

/// A write transaction of the analysis is committed once it has run this
/// long, so that reviews and other writers never wait long behind it.
const CHUNK_TIME: Duration = Duration::from_millis(250);
/// Pending rows read per transaction.
const CHUNK_ROWS: i64 = 2048;

/// Lists `ids` as pending and does all pending analysis (see [`analyse_pending`]).
pub fn analyse_articles(
    conn: &Connection,
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

/// Does the analysis the store lists as pending: puts every pending
/// article (in id order, which is the order a run stored them in) into a
/// story, then recomputes the dates and flags of every pending story.
///
/// The work is done in short `BEGIN IMMEDIATE` transactions, each of which
/// removes from the lists exactly the work it commits, so a run killed at
/// any moment leaves a store from which the next run reaches the state an
/// uninterrupted run would have: placement reads only the store (never a
/// run's memory), and flags are refreshed only once every article is placed.
pub fn analyse_pending(
    conn: &Connection,
    opts: &AnalysisOptions,
) -> Result<AnalysisSummary, StoreError> {
    let mut summary = AnalysisSummary::default();
    let mut index = None;
    while place_chunk(conn, &mut index, opts, &mut summary)? {}
    while refresh_chunk(conn, &mut summary)? {}
    Ok(summary)
}

/// Places a chunk of pending articles; `false` when none was left.
/// The index is made in the first chunk (inside its transaction) and kept.
fn place_chunk<'c>(
    conn: &'c Connection,
    index: &mut Option<Index<'c>>,
    opts: &AnalysisOptions,
    summary: &mut AnalysisSummary,
) -> Result<bool, StoreError> {
    let tx = write_tx(conn)?;
    let ids = pending_ids(
        &tx,
        "SELECT article_id FROM pending_articles ORDER BY article_id LIMIT ?1",
    )?;
    if ids.is_empty() {
        return Ok(false);
    }
    let index = match index {
        Some(index) => index,
        None => index.insert(Index::new(conn)?),
    };
    let started = Instant::now();
    for &id in &ids {
        place(&tx, index, id, opts, summary)?;
        if started.elapsed() > CHUNK_TIME {
            break;
        }
    }
    tx.commit()?;
    Ok(true)
}

fn pending_ids(tx: &Transaction, sql: &str) -> Result<Vec<i64>, StoreError> {
    let mut stmt = tx.prepare_cached(sql)?;
    let rows = stmt.query_map([CHUNK_ROWS], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Puts one article into a story (an article already in one stays there)
/// and lists that story for a refresh.
fn place(
    tx: &Transaction,
    index: &mut Index,
    id: i64,
    opts: &AnalysisOptions,
    summary: &mut AnalysisSummary,
) -> Result<(), StoreError> {
    summary.articles += 1;
    let info = article_info(tx, id)?;
    let story = match info.story {
        Some(s) => s,
        None => {
            let story = match find_story(index, id, info.date, opts)? {
                Some(s) => {
                    summary.joined_stories += 1;
                    s
                }
                None => {
                    summary.new_stories += 1;
                    new_story(tx, &info)?
                }
            };
            tx.execute(
                "UPDATE articles SET story_id = ?2 WHERE id = ?1",
                params![id, story],
            )?;
            story
        }
    };
    index.set_story(id, story)?;
    index.trim();
    tx.prepare_cached("INSERT OR IGNORE INTO pending_stories (story_id) VALUES (?1)")?
        .execute([story])?;
    tx.prepare_cached("DELETE FROM pending_articles WHERE article_id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Refreshes a chunk of pending stories; `false` when none was left.
fn refresh_chunk(conn: &Connection, summary: &mut AnalysisSummary) -> Result<bool, StoreError> {
    let tx = write_tx(conn)?;
    let stories = pending_ids(
        &tx,
        "SELECT story_id FROM pending_stories ORDER BY story_id LIMIT ?1",
    )?;
    if stories.is_empty() {
        return Ok(false);
    }
    let started = Instant::now();
    for story in stories {
        refresh_story(&tx, story)?;
        let flags = refresh_flags(&tx, story)?;
        summary.flags.new += flags.new;
        summary.flags.updated += flags.updated;
        summary.flags.gone += flags.gone;
        summary.stories_touched += 1;
        tx.prepare_cached("DELETE FROM pending_stories WHERE story_id = ?1")?
            .execute([story])?;
        if started.elapsed() > CHUNK_TIME {
            break;
        }
    }
    tx.commit()?;
    Ok(true)
}

/// The story of the most similar article already in a story, if similar enough.
fn find_story(
    index: &mut Index,
    id: i64,
    date: Option<NaiveDate>,
    opts: &AnalysisOptions,
) -> Result<Option<i64>, StoreError> {
    let terms = index.fingerprint(id)?;
    let max_df = ((index.articles as f64 * opts.max_df_share) as usize).max(20);
    // Candidates: articles (already in a story) sharing the rarer terms.
    let mut shared: HashMap<i64, f32> = HashMap::default();
    for (term, w) in terms.iter().take(TERMS_PER_ARTICLE / 2) {
        let postings = index.postings(term)?;
        if postings.len() <= 1 || postings.len() > max_df {
            continue;
        }
        let idf = index.idf(term)?;
        for &(other, ow) in postings.iter() {
            if other != id {
                *shared.entry(other).or_default() += w * ow * idf * idf;
            }
        }
    }
    let mut candidates: Vec<(i64, f32)> = Vec::with_capacity(shared.len());
    for (other, score) in shared {
        if index.info(other)?.0.is_some() {
            candidates.push((other, score));
        }
    }
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    candidates.truncate(opts.max_candidates);
    let mut weights: HashMap<String, f32> = HashMap::default();
    for (t, _) in terms.iter() {
        weights.insert(t.clone(), index.idf(t)?);
    }
    let mut best: Option<(f32, i64)> = None;
    for (other, _) in candidates {
        let (story, other_date) = index.info(other)?;
        let days = match (date, other_date) {
            (Some(a), Some(b)) => (a - b).num_days().abs(),
            _ => 0,
        };
        if days > opts.window_days {
            continue;
        }
        let other_terms = index.fingerprint(other)?;
        for (t, _) in other_terms.iter() {
            if !weights.contains_key(t) {
                let w = index.idf(t)?;
                weights.insert(t.clone(), w);
            }
        }
        // Reports of one event come out within days of each other; the
        // further apart, the more alike two articles must be (follow-ups of
        // a running story are otherwise merged with it).
        let nearness = 1.0 / (1.0 + days as f32 / opts.decay_days);
        let score = cosine(&terms, &other_terms, &|t| {
            weights.get(t).copied().unwrap_or(1.0)
        }) * nearness;
        if score >= opts.join_threshold && best.is_none_or(|(s, _)| score > s) {
            best = story.map(|st| (score, st));
        }
    }
    Ok(best.map(|(_, story)| story))
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
    let mut quotes = conn.prepare_cached(
        "SELECT q.id, q.text, q.kind, q.part_of, sp.id, sp.name, sp.kind, q.mention, q.cue,
                q.attribution
         FROM quotes q LEFT JOIN speakers sp ON sp.id = q.speaker_id
         WHERE q.article_id = ?1 AND q.kind IN ('direct', 'partial') ORDER BY q.start_char",
    )?;
    for a in &mut articles {
        a.quotes = quotes
            .query_map([a.id], |r| {
                let id: i64 = r.get(0)?;
                let speaker = match r.get::<_, Option<i64>>(4)? {
                    Some(sid) => Some(SpeakerRef {
                        id: sid,
                        name: r.get(5)?,
                        kind: r.get(6)?,
                    }),
                    None => None,
                };
                Ok(QuoteEvidence {
                    id,
                    text: r.get(1)?,
                    kind: r.get(2)?,
                    speaker,
                    utterance: r.get::<_, Option<i64>>(3)?.unwrap_or(id),
                    mention: r.get(7)?,
                    cue: r.get(8)?,
                    attribution: r.get(9)?,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    let mut claims = conn.prepare_cached(
        "SELECT c.id, c.kind, c.value, c.value_high, c.date, c.granularity, c.unit, c.qualifier,
                c.surface, c.subject, substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start),
                c.start_char - c.sentence_start, c.sentence_start
         FROM claims c JOIN articles a ON a.id = c.article_id
         WHERE c.article_id = ?1 ORDER BY c.start_char",
    )?;
    for a in &mut articles {
        a.claims = claims
            .query_map([a.id], |r| {
                let date: Option<String> = r.get(4)?;
                Ok(ClaimEvidence {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    value: r.get(2)?,
                    value_high: r.get(3)?,
                    date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                    granularity: r.get(5)?,
                    unit: r.get(6)?,
                    qualifier: r.get(7)?,
                    surface: r.get(8)?,
                    subject: r.get(9)?,
                    sentence: r.get(10)?,
                    offset: r.get::<_, i64>(11)?.max(0) as usize,
                    sentence_start: r.get::<_, i64>(12)?.max(0) as usize,
                })
            })?
            .collect::<Result<_, _>>()?;
    }
    Ok(StoryEvidence { articles })
}

/// Re-runs the comparison of one story and brings its stored flags up to
/// date. A flag keeps its id, status and history as long as its key is
/// found again; a flag no longer found is deleted if nobody reviewed it,
/// and otherwise kept (`found = 0`) with `evidence_changed = 1`.
pub fn refresh_flags(tx: &Transaction, story: i64) -> Result<FlagSummary, StoreError> {
    let evidence = story_evidence(tx, story)?;
    let candidates = find_flags(&evidence);
    let now = now_utc();
    let mut summary = FlagSummary::default();
    let mut keys: Vec<String> = Vec::with_capacity(candidates.len());
    for c in &candidates {
        let key = c.key(&evidence);
        let (a, b) = (
            &evidence.articles[c.a.article],
            &evidence.articles[c.b.article],
        );
        let existing: Option<(i64, String, String, String)> = tx
            .prepare_cached("SELECT id, status, a_text, b_text FROM flags WHERE key = ?1")?
            .query_row([&key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .optional()?;
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
                         found = 1, evidence_changed = evidence_changed OR ?13, updated_at = ?14
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
                    now
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
                    key,
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
        keys.push(key);
    }
    // Flags of this story's articles that were not found again.
    let mut stmt = tx.prepare_cached(
        "SELECT f.id, f.key, f.status, (SELECT count(*) FROM flag_reviews r WHERE r.flag_id = f.id)
         FROM flags f
         WHERE f.story_id = ?1 OR f.a_article_id IN (SELECT id FROM articles WHERE story_id = ?1)
            OR f.b_article_id IN (SELECT id FROM articles WHERE story_id = ?1)",
    )?;
    let stale: Vec<(i64, String, String, i64)> = stmt
        .query_map([story], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|(_, key, _, _)| !keys.contains(key))
        .collect();
    for (id, _, status, reviews) in stale {
        if status == "open" && reviews == 0 {
            tx.execute("DELETE FROM flags WHERE id = ?1", [id])?;
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

/// `crosscheck analyse`: finishes any pending analysis, places stored
/// articles that have no story yet, and re-examines their stories (with
/// `all`, every story). Listing the work is one transaction and doing it
/// is resumable, so an interrupted `analyse` is finished by the next
/// `analyse` or `ingest`.
pub fn reanalyse(conn: &mut Connection, all: bool) -> Result<AnalysisSummary, StoreError> {
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
    analyse_pending(conn, &AnalysisOptions::default())
}
