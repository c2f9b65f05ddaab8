//! The SQLite store: one file holding articles, and (in later migrations)
//! what is extracted from them and compared across them.
//!
//! Opened in WAL mode with foreign keys on. The schema is built by numbered
//! migrations embedded in the binary; each applied migration's checksum is
//! recorded, so an edited migration is detected instead of silently
//! producing two different schemas under one version.

pub mod identity;
mod in_place;
mod migrations;
pub mod snapshot;
mod speakers;
pub mod terms;
pub mod writer;

pub use migrations::MIGRATIONS;
pub use writer::{Prepared, RunLog, WriteOutcome, Writer};

use rusqlite::{Connection, OpenFlags};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "no database at {path}: run `crosscheck ingest PATH` first, or point --db / CROSSCHECK_DB at one"
    )]
    Missing { path: PathBuf },
    #[error("cannot open database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(
        "database {path} was changed by a newer crosscheck (schema version {found}, this build knows {known}); upgrade crosscheck"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "database {path}: migration {name} differs from the one applied to it; migrations must never be edited once released (add a new one)"
    )]
    EditedMigration { path: PathBuf, name: String },
    #[error(
        "database {path}: after migration {name}, rows of table {table} point at rows that do not exist; the database is left as it was"
    )]
    BrokenLinks {
        path: PathBuf,
        name: String,
        table: String,
    },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How long a statement waits for another process's write transaction
/// before giving up. Write transactions are kept short (a batch of
/// articles, a chunk of analysis, one verdict), so this is ample.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

/// Starts a write transaction with `BEGIN IMMEDIATE`: the write lock is
/// taken (waiting up to [`BUSY_TIMEOUT`]) before anything is read, so the
/// transaction can never fail half-way with `SQLITE_BUSY_SNAPSHOT`, which
/// no busy timeout can cure.
pub fn write_tx(conn: &Connection) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)
}

/// How often a statement that waits for another process's write lock
/// tries again. SQLite's own busy timeout backs off to one try per 100 ms,
/// which starves the waiter whenever the other process runs its write
/// transactions back to back (an analysis's chunks, a writer's batches):
/// the lock is free only for microseconds between two of them. A verdict
/// posted from the review desk waited out a whole ingest that way and
/// timed out. Trying every millisecond, with [`MAKE_WAY`] between a
/// long writer's transactions, lets the waiter in at the next gap.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(1);

/// The pause a process that commits write transactions back to back takes
/// after each one: long enough that a waiter polling every [`LOCK_POLL`]
/// tries the lock at least once while it is free.
const MAKE_WAY: std::time::Duration = std::time::Duration::from_millis(3);

/// The busy handler of every connection: waits [`LOCK_POLL`] and tries
/// again, for up to about [`BUSY_TIMEOUT`] (`tries` counts from 0).
fn wait_for_lock(tries: i32) -> bool {
    let most = BUSY_TIMEOUT.as_millis() / LOCK_POLL.as_millis();
    if (tries.max(0) as u128) >= most {
        return false;
    }
    std::thread::sleep(LOCK_POLL);
    true
}

/// Called by a process between two write transactions it runs back to
/// back: leaves the write lock free long enough for a waiting process (a
/// reviewer's verdict, another ingest) to take it; see [`LOCK_POLL`].
pub fn make_way() {
    std::thread::sleep(MAKE_WAY);
}

/// The page cache of every connection (64 MB).
pub(crate) const CACHE: &str = "PRAGMA cache_size = -65536";

/// The page cache while one article over the extraction caps is stored or
/// placed (16 MB): reading or rewriting its row passes all of its pages
/// through the cache, which would otherwise hold up to 64 MB of them on
/// top of the copies of its text SQLite makes.
pub(crate) const SMALL_CACHE: &str = "PRAGMA cache_size = -16384";

/// An open crosscheck database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// Switches the database to WAL, trying again (up to [`BUSY_TIMEOUT`])
/// while another process holds the lock the switch needs: where two
/// processes switch a new file at once, SQLite answers one of them
/// "database is locked" at once rather than let both wait on each other,
/// and no busy timeout applies (seen in 1 of 5 concurrency trials).
fn wal_mode(conn: &Connection) -> rusqlite::Result<String> {
    let started = std::time::Instant::now();
    loop {
        // `journal_mode` answers with a row, so it is read rather than executed.
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

impl Store {
    /// Opens the database at `path`, creating it if needed, and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::setup(conn, path)
    }

    /// Opens an existing database; a missing file is an error that says what to do.
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        Self::setup(conn, path)
    }

    /// An in-memory database, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn setup(mut conn: Connection, path: &Path) -> Result<Store> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        // Set before anything else: even switching a new file to WAL takes a
        // lock another process may hold, and every later statement must wait
        // for a busy database rather than fail.
        conn.busy_handler(Some(wait_for_lock)).map_err(open_err)?;
        // Only a new, empty file takes this (an existing one keeps its
        // pages): an article's text (a few KB) leaves most of a 4 KB page
        // empty, which grew the file by a third; 16 KB pages hold several.
        conn.execute_batch("PRAGMA page_size = 16384")
            .map_err(open_err)?;
        let _mode = wal_mode(&conn).map_err(open_err)?;
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = NORMAL;
             PRAGMA temp_store = MEMORY;",
        )
        .map_err(open_err)?;
        conn.execute_batch(CACHE).map_err(open_err)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        migrations::migrate(&mut store.conn, path)?;
        Ok(store)
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// [`short_hash`] of the external id → that of (content hash, extractor
    /// version) for every stored article, so that the pipeline can skip
    /// unchanged inputs before doing any extraction work. Read from a
    /// covering index (no article text is touched) into 16 bytes per
    /// article; the writer checks the full hash again before skipping a row.
    pub fn known_hashes(&self) -> Result<HashMap<u64, u64>> {
        let mut stmt = self.conn.prepare(
            "SELECT external_id, content_hash, extractor_version FROM articles INDEXED BY articles_known",
        )?;
        let rows = stmt.query_map([], |r| {
            let id: String = r.get(0)?;
            let hash: String = r.get(1)?;
            let version: i64 = r.get(2)?;
            Ok((short_hash(&id), known_value(&hash, version)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// What an ingest of about `input_articles` articles (`None`: unknown)
    /// needs to skip stored, unchanged ones before extracting them. A store
    /// much larger than the input is asked one id at a time, on a read-only
    /// connection of its own, so that adding a few articles to a large
    /// store costs what they cost, not a pass over every stored article;
    /// otherwise every stored article is read at once (cheaper per article
    /// when most of the store is read anyway).
    pub fn known_articles(&self, input_articles: Option<u64>) -> Result<KnownArticles> {
        let stored: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM articles", [], |r| r.get(0))?;
        let stored = stored.unwrap_or(0).max(0) as u64;
        let on_disk = self.path != Path::new(":memory:");
        match input_articles {
            Some(n) if on_disk && stored > KNOWN_LOOKUP_RATIO * n.max(1) => {
                let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                let conn = Connection::open_with_flags(&self.path, flags).map_err(|source| {
                    StoreError::Open {
                        path: self.path.clone(),
                        source,
                    }
                })?;
                Ok(KnownArticles::Lookup(std::sync::Mutex::new(conn)))
            }
            _ => Ok(KnownArticles::Loaded(self.known_hashes()?)),
        }
    }

    /// Consumes the store into a batching writer.
    pub fn into_writer(self) -> Writer {
        Writer::new(self.conn)
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// How many times the input's articles the store must hold before
/// [`Store::known_articles`] asks it one id at a time: a look-up by id
/// costs a few times what reading one row of the whole index does.
const KNOWN_LOOKUP_RATIO: u64 = 8;

/// Which stored articles are up to date (same content, this extractor):
/// see [`Store::known_articles`].
pub enum KnownArticles {
    /// Digest of the external id → [`known_value`] of every stored article.
    Loaded(HashMap<u64, u64>),
    /// A read-only connection that looks ids up in the store's index.
    Lookup(std::sync::Mutex<Connection>),
}

impl KnownArticles {
    /// Knows nothing: every article is new (`crosscheck extract`).
    pub fn none() -> Self {
        KnownArticles::Loaded(HashMap::new())
    }

    /// Whether the store holds `id` with this content hash, analysed by
    /// this extractor. A failed look-up says no: the writer checks again.
    pub fn up_to_date(&self, id: &str, hash: &str) -> bool {
        use crate::extract::EXTRACTOR_VERSION;
        match self {
            KnownArticles::Loaded(map) => map
                .get(&short_hash(id))
                .is_some_and(|&v| v == known_value(hash, EXTRACTOR_VERSION)),
            KnownArticles::Lookup(conn) => {
                let conn = conn.lock().unwrap_or_else(|e| e.into_inner());
                let stored = conn
                    .prepare_cached(
                        "SELECT content_hash, extractor_version FROM articles
                         INDEXED BY articles_known WHERE external_id = ?1",
                    )
                    .and_then(|mut s| {
                        s.query_row([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
                    });
                stored.is_ok_and(|(h, v)| h == hash && v == EXTRACTOR_VERSION)
            }
        }
    }
}

/// A 64-bit digest of a string (FNV-1a), for compact look-up tables.
pub fn short_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// What [`Store::known_hashes`] keeps of an article's content hash and extractor version.
pub fn known_value(content_hash: &str, extractor_version: i64) -> u64 {
    short_hash(content_hash) ^ (extractor_version as u64).rotate_left(32)
}

/// The current UTC time as RFC 3339 (seconds), the form every `*_at` column uses.
pub fn now_utc() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_size(store: &Store) -> i64 {
        store
            .conn()
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap()
    }

    /// A new file gets 16 KB pages; a file made with other pages keeps them
    /// (SQLite cannot change the page size of a WAL file in place).
    #[test]
    fn new_files_get_large_pages_and_old_ones_keep_theirs() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.db");
        assert_eq!(page_size(&Store::open(&new).unwrap()), 16384);
        let old = dir.path().join("old.db");
        Connection::open(&old)
            .unwrap()
            .execute_batch(
                "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; CREATE TABLE t (a);",
            )
            .unwrap();
        let store = Store::open(&old).unwrap();
        assert_eq!(page_size(&store), 4096);
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    /// A process committing write transactions back to back (an ingest's
    /// analysis) lets a waiting writer (a verdict) in at the next gap,
    /// rather than starving it until the whole run ends.
    #[test]
    fn a_waiting_writer_gets_in_between_back_to_back_transactions() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock.db");
        Store::open(&path)
            .unwrap()
            .conn()
            .execute_batch("CREATE TABLE t (who TEXT, round INTEGER)")
            .unwrap();
        const ROUNDS: usize = 60;
        let round = Arc::new(AtomicUsize::new(0));
        let busy = {
            let (path, round) = (path.clone(), round.clone());
            std::thread::spawn(move || {
                let store = Store::open(&path).unwrap();
                for r in 0..ROUNDS {
                    let tx = write_tx(store.conn()).unwrap();
                    tx.execute("INSERT INTO t VALUES ('busy', ?1)", [r as i64])
                        .unwrap();
                    // A chunk of analysis holds the lock for a while.
                    std::thread::sleep(std::time::Duration::from_millis(15));
                    tx.commit().unwrap();
                    round.store(r + 1, Ordering::SeqCst);
                    make_way();
                }
            })
        };
        while round.load(Ordering::SeqCst) == 0 {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        let waiter = Store::open(&path).unwrap();
        let tx = write_tx(waiter.conn()).unwrap();
        let got_in_at = round.load(Ordering::SeqCst);
        tx.execute("INSERT INTO t VALUES ('verdict', ?1)", [got_in_at as i64])
            .unwrap();
        tx.commit().unwrap();
        busy.join().unwrap();
        assert!(
            got_in_at < ROUNDS / 2,
            "the waiter got the lock only after {got_in_at} of {ROUNDS} transactions"
        );
    }
}
