//! HTML ingest throughput (a benchmark, not a timed test): pages/s and MB/s
//! of saved web pages, for reading alone (charset, metadata, main text) and
//! for the whole ingest (read, extract, store into a fresh database).
//!
//! ```text
//! cargo run --release --example html_throughput -- [DIR] [--repeat N] [--only read|ingest]
//! ```
//!
//! DIR defaults to `../shared/eval/html/pages` (or `$CROSSCHECK_SHARED/eval/html/pages`).
//! Every page is read `N` times (default 5) so that the figure is stable; the
//! best of three runs is printed. `--only read` runs the reading stage once,
//! single-threaded, for an instruction count that repeats exactly:
//! `valgrind --tool=callgrind target/release/examples/html_throughput --repeat 1 --only read`.
//! `--dump FILE` writes what each page is read as (title, date, authors,
//! text; JSON Lines) so that a change made for speed can be shown to leave
//! the output byte for byte as it was.

use crosscheck::diagnostics::Origin;
use crosscheck::ingest::{IngestOptions, Silent, ingest};
use crosscheck::sources::{self, Format, Input, Overrides};
use crosscheck::store::Store;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    dir: PathBuf,
    repeat: usize,
    only: Option<String>,
    dump: Option<PathBuf>,
}

fn args() -> Args {
    let mut dir = None;
    let mut repeat = 5;
    let mut only = None;
    let mut dump = None;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--repeat" => repeat = it.next().and_then(|v| v.parse().ok()).expect("--repeat N"),
            "--only" => only = it.next(),
            "--dump" => dump = it.next().map(PathBuf::from),
            "--bench" => {}
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.unwrap_or_else(|| {
        std::env::var_os("CROSSCHECK_SHARED")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
            .join("eval/html/pages")
    });
    assert!(
        dir.is_dir(),
        "page folder missing: {} (pass a folder of .html pages)",
        dir.display()
    );
    Args {
        dir,
        repeat,
        only,
        dump,
    }
}

fn pages(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read page folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "htm"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read page");
            (p, bytes)
        })
        .collect()
}

/// Runs `f` `runs` times and prints the best time as pages/s and MB/s.
fn measure(label: &str, bytes: usize, pages: usize, runs: usize, mut f: impl FnMut()) {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{label:<40} {best:>8.3} s {:>8.1} pages/s {:>7.2} MB/s",
        pages as f64 / best,
        bytes as f64 / 1e6 / best
    );
}

/// Reads every page `repeat` times on this thread; the count of articles read.
fn read_all(pages: &[(PathBuf, Vec<u8>)], repeat: usize) -> usize {
    let ov = Overrides::default();
    let mut articles = 0;
    for _ in 0..repeat {
        for (path, bytes) in pages {
            let parsed = sources::parse_bytes(bytes, Format::Html, Origin::file(path), &ov);
            articles += parsed.articles.len();
        }
    }
    articles
}

/// Writes what each page is read as, one JSON object a line.
fn dump(pages: &[(PathBuf, Vec<u8>)], to: &Path) {
    let ov = Overrides::default();
    let mut out = String::new();
    for (path, bytes) in pages {
        let parsed = sources::parse_bytes(bytes, Format::Html, Origin::file(path), &ov);
        let articles: Vec<_> = parsed
            .articles
            .iter()
            .map(|a| {
                serde_json::json!({
                    "title": a.title,
                    "published": a.published.map(|p| p.to_string()),
                    "source": a.source,
                    "authors": a.authors,
                    "text": a.text,
                })
            })
            .collect();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string());
        out.push_str(&serde_json::json!({ "page": name, "articles": articles }).to_string());
        out.push('\n');
    }
    std::fs::write(to, out).expect("write dump");
}

fn main() {
    let a = args();
    let pages = pages(&a.dir);
    if let Some(to) = &a.dump {
        dump(&pages, to);
    }
    let bytes: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let read = read_all(&pages, 1);
    println!(
        "pages: {} ({} pages, {:.1} MB; {} read as articles), repeated {} times",
        a.dir.display(),
        pages.len(),
        bytes as f64 / 1e6,
        read,
        a.repeat
    );
    let (n, total) = (pages.len() * a.repeat, bytes * a.repeat);
    if a.only.as_deref() == Some("read") {
        let t = Instant::now();
        let got = read_all(&pages, a.repeat);
        let s = t.elapsed().as_secs_f64();
        println!("read once: {got} articles in {s:.3} s");
        return;
    }
    if a.only.is_none() {
        measure("read (charset, metadata, main text)", total, n, 3, || {
            assert_eq!(read_all(&pages, a.repeat), read * a.repeat);
        });
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut run = 0;
    let runs = if a.only.is_some() { 1 } else { 3 };
    measure(
        "ingest (read, extract, store; fresh db)",
        total,
        n,
        runs,
        || {
            for _ in 0..a.repeat {
                run += 1;
                let db = dir.path().join(format!("bench-{run}.db"));
                let store = Store::open(&db).expect("open db");
                let summary = ingest(
                    store,
                    &[Input::Path(a.dir.clone())],
                    &IngestOptions::default(),
                    &Silent,
                )
                .expect("ingest");
                assert_eq!(summary.new, read);
            }
        },
    );
}
