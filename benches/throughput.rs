//! Throughput benchmark (not a timed test): articles/s and MB/s on the BBC
//! corpus for each stage alone and for the whole ingest.
//!
//! Run with `cargo bench --bench throughput` (the shared data must sit in
//! `../shared`, or set `CROSSCHECK_SHARED`). Pass a JSON Lines path to
//! measure another corpus: `cargo bench --bench throughput -- PATH`.

use crosscheck::analysis::Document;
use crosscheck::diagnostics::Origin;
use crosscheck::extract::claims::extract_claims;
use crosscheck::extract::extract_article;
use crosscheck::ingest::{IngestOptions, Silent, ingest};
use crosscheck::sources::{self, Input, Overrides};
use crosscheck::store::Store;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn corpus_path() -> PathBuf {
    if let Some(p) = std::env::args().skip(1).find(|a| !a.starts_with('-')) {
        return PathBuf::from(p);
    }
    let base = std::env::var_os("CROSSCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = base.join("corpus/bbc_2225/articles.jsonl");
    assert!(p.exists(), "benchmark corpus missing: {}", p.display());
    p
}

/// Runs `f` `runs` times and reports the best time.
fn measure(label: &str, bytes: usize, articles: usize, runs: usize, mut f: impl FnMut()) {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{label:<34} {:>8.3} s {:>10.0} articles/s {:>8.1} MB/s",
        best,
        articles as f64 / best,
        bytes as f64 / 1e6 / best
    );
}

fn main() {
    let path = corpus_path();
    let raw = std::fs::read(&path).expect("read corpus");
    let lines: Vec<&[u8]> = raw
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    let ov = Overrides::default();
    let origin = Origin::file(&path);
    let articles: Vec<_> = lines
        .par_iter()
        .flat_map(|l| sources::parse_json_line(l, &origin, &ov).articles)
        .collect();
    let text_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    println!(
        "corpus: {} ({} articles, {:.1} MB of JSON, {:.1} MB of text), {} threads",
        path.display(),
        articles.len(),
        raw.len() as f64 / 1e6,
        text_bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    let n = articles.len();

    measure("read (parse JSON, normalise)", raw.len(), n, 5, || {
        let count: usize = lines
            .par_iter()
            .map(|l| sources::parse_json_line(l, &origin, &ov).articles.len())
            .sum();
        assert_eq!(count, n);
    });
    measure("analyse (sentences, tokens)", text_bytes, n, 5, || {
        let sentences: usize = articles
            .par_iter()
            .map(|a| Document::new(a.text.clone()).sentences.len())
            .sum();
        assert!(sentences > n);
    });
    measure("extract quotes and speakers", text_bytes, n, 3, || {
        let quotes: usize = articles
            .par_iter()
            .map(|a| {
                extract_article(&Document::new(a.text.clone()), a.published.map(|p| p.date))
                    .quotes
                    .len()
            })
            .sum();
        assert!(quotes > n);
    });
    // Claims run on analysed documents, as the pipeline calls them.
    let docs: Vec<(Document, Option<chrono::NaiveDate>)> = articles
        .par_iter()
        .map(|a| (Document::new(a.text.clone()), a.published.map(|p| p.date)))
        .collect();
    measure("extract claims (analysed text)", text_bytes, n, 5, || {
        let claims: usize = docs
            .par_iter()
            .map(|(d, published)| extract_claims(d, *published).len())
            .sum();
        assert!(claims > n);
    });
    measure("analyse + extract claims", text_bytes, n, 5, || {
        let claims: usize = articles
            .par_iter()
            .map(|a| {
                extract_claims(&Document::new(a.text.clone()), a.published.map(|p| p.date)).len()
            })
            .sum();
        assert!(claims > n);
    });
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut run = 0;
    measure(
        "ingest (read, extract, store; fresh db)",
        raw.len(),
        n,
        3,
        || {
            run += 1;
            let db = dir.path().join(format!("bench-{run}.db"));
            let store = Store::open(&db).expect("open db");
            let summary = ingest(
                store,
                &[Input::Path(path.clone())],
                &IngestOptions::default(),
                &Silent,
            )
            .expect("ingest");
            assert_eq!(summary.new, n);
        },
    );
    let db = dir.path().join("bench-1.db");
    measure("re-ingest (all unchanged)", raw.len(), n, 3, || {
        let store = Store::open(&db).expect("open db");
        let summary = ingest(
            store,
            &[Input::Path(path.clone())],
            &IngestOptions::default(),
            &Silent,
        )
        .expect("ingest");
        assert_eq!(summary.unchanged, n);
    });
}
