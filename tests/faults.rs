//! Fault tests: a run killed with SIGKILL at seeded moments (ingest and
//! analyse) leaves a sound database that one more `ingest` brings to
//! exactly the state of an uninterrupted run. A few seeds run here; the
//! 50-trial runs are `cargo run --release --example fault_trials`.

mod common;

use common::faults::{self, Victim};
use crosscheck::store::Store;

const SEEDS: u64 = 5;

#[test]
fn a_killed_run_is_finished_by_the_next_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let inputs = vec![faults::synthetic_corpus(dir.path(), 60)];
    let clean = faults::clean_run(&bin, dir.path(), &inputs);
    assert!(
        clean.state.contains("numeric_conflict"),
        "the corpus makes flags"
    );
    let mut failures = Vec::new();
    for victim in [Victim::Ingest, Victim::Analyse] {
        for seed in 0..SEEDS {
            let t = faults::trial(&bin, dir.path(), &inputs, &clean, victim, seed);
            if t.integrity != "ok" || t.difference.is_some() {
                failures.push(format!("{t:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The rows of `table`.
fn count(store: &Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// A synthetic corpus of 36 articles and its clean run.
fn all_pending_setup() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Vec<std::path::PathBuf>,
    faults::Clean,
) {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let inputs = vec![faults::synthetic_corpus(dir.path(), 12)];
    let clean = faults::clean_run(&bin, dir.path(), &inputs);
    (dir, bin, inputs, clean)
}

/// A copy at `db` of the clean run's stored articles with every article
/// and story listed as pending analysis.
fn all_pending_copy(clean: &faults::Clean, db: &std::path::Path) -> Store {
    std::fs::copy(&clean.ingested, db).unwrap();
    let store = Store::open_existing(db).unwrap();
    store
        .conn()
        .execute_batch(
            "INSERT INTO pending_articles (article_id) SELECT id FROM articles;
             INSERT INTO pending_stories (story_id) SELECT id FROM stories;",
        )
        .unwrap();
    store
}

/// Analysis commits chunk by chunk: a run stopped after some chunks has
/// taken exactly those chunks off the pending lists (so a kill loses at
/// most the chunk in hand), and the next `ingest` finishes the rest and
/// reaches the state of an uninterrupted run.
#[test]
fn analysis_stopped_between_chunks_keeps_them_and_the_next_run_finishes() {
    use crosscheck::analyse::{AnalysisOptions, AnalysisSummary, analyse_step};
    let (dir, bin, inputs, clean) = all_pending_setup();
    let db = dir.path().join("stopped.db");
    let mut store = all_pending_copy(&clean, &db);
    let (articles, stories) = (count(&store, "articles"), count(&store, "stories"));
    assert!(
        articles > 10 && stories > 5,
        "{articles} articles, {stories} stories"
    );
    let opts = AnalysisOptions {
        chunk: 4,
        ..AnalysisOptions::default()
    };
    let mut summary = AnalysisSummary::default();
    for step in 1..=3 {
        assert!(analyse_step(store.conn_mut(), &opts, &mut summary).unwrap());
        assert_eq!(count(&store, "pending_articles"), articles - 4 * step);
    }
    // Placing done, then two chunks of stories.
    while count(&store, "pending_articles") > 0 {
        analyse_step(store.conn_mut(), &opts, &mut summary).unwrap();
    }
    for _ in 0..2 {
        analyse_step(store.conn_mut(), &opts, &mut summary).unwrap();
    }
    assert_eq!(count(&store, "pending_stories"), stories - 8);
    drop(store); // as if killed here: what was committed stays
    faults::run(&bin, &db, &["ingest"], &inputs);
    assert_eq!(faults::difference(&clean.state, &faults::state(&db)), None);
    let store = Store::open_existing(&db).unwrap();
    assert_eq!(count(&store, "pending_articles"), 0);
    assert_eq!(count(&store, "pending_stories"), 0);
}

/// However short the time a transaction may hold the write lock (here
/// none: each transaction places one article or refreshes one story), the
/// analysis reaches the state of an uninterrupted run: the budget only
/// cuts the work into more transactions.
#[test]
fn a_lock_budget_cuts_the_analysis_into_more_transactions_with_the_same_result() {
    use crosscheck::analyse::{AnalysisOptions, AnalysisSummary, analyse_pending, analyse_step};
    let (dir, _bin, _inputs, clean) = all_pending_setup();
    let db = dir.path().join("budget.db");
    let mut store = all_pending_copy(&clean, &db);
    let pending = |store: &Store| count(store, "pending_articles");
    let opts = AnalysisOptions {
        lock_budget: std::time::Duration::ZERO,
        ..AnalysisOptions::default()
    };
    let before = pending(&store);
    let mut summary = AnalysisSummary::default();
    for step in 1..=3 {
        assert!(analyse_step(store.conn_mut(), &opts, &mut summary).unwrap());
        assert_eq!(
            pending(&store),
            before - step,
            "one article per transaction"
        );
    }
    analyse_pending(store.conn_mut(), &opts).unwrap();
    drop(store);
    assert_eq!(faults::difference(&clean.state, &faults::state(&db)), None);
}

/// Articles listed as pending and then deleted by a connection that
/// leaves foreign keys off (so no cascade takes them off the list) are
/// no work: the analysis drops them from the list once, when it reads
/// the list, and places every other article.
#[test]
fn listed_articles_deleted_without_the_cascade_are_dropped_from_the_work() {
    use crosscheck::analyse::{AnalysisOptions, analyse_pending};
    let (dir, _bin, _inputs, clean) = all_pending_setup();
    let db = dir.path().join("deleted.db");
    let mut store = all_pending_copy(&clean, &db);
    let articles = count(&store, "articles");
    store
        .conn()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 3);
             PRAGMA foreign_keys = ON;",
        )
        .unwrap();
    assert_eq!(count(&store, "pending_articles"), articles);
    let opts = AnalysisOptions {
        chunk: 2,
        ..AnalysisOptions::default()
    };
    let summary = analyse_pending(store.conn_mut(), &opts).unwrap();
    assert_eq!(summary.articles as i64, articles - 3);
    assert_eq!(count(&store, "pending_articles"), 0);
    let unplaced: i64 = store
        .conn()
        .query_row(
            "SELECT count(*) FROM articles WHERE story_id IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unplaced, 0);
}
