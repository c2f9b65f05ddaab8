//! Scale benchmark: ingests synthetic corpora of known events × outlets (see
//! `scale_corpus`) of several sizes and prints, per stage, wall seconds,
//! MB/s, CPU (user + system) per article and peak RSS; then the database's
//! bytes per input byte, story pairwise precision and recall against the
//! known events, and what adding 1,000 articles to the full store costs
//! against adding them to an empty one.
//!
//! ```text
//! cargo run --release --example scale_bench -- [SIZES…] [--dir DIR] [--seed N]
//! ```
//!
//! SIZES defaults to `2000 20000 100000` (pass `1000000` for a million).
//! Each ingest runs in a child process so that peak RSS is its own.

#[allow(dead_code)]
#[path = "scale_corpus.rs"]
mod scale_corpus;

use crosscheck::ingest::{IngestOptions, Progress, ingest};
use crosscheck::sources::Input;
use crosscheck::store::Store;
use rusqlite::trace::{TraceEvent, TraceEventCodes};
use serde_json::{Value, json};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Articles added to a full and to an empty store.
const EXTRA: usize = 1000;

/// CPU seconds (user + system) of this process so far, from /proc.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of the file (utime, stime) in clock ticks (100 per second on Linux).
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// Peak resident set size of this process so far, in MB.
fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Records wall time, CPU time and peak RSS at each stage's end.
struct Stages {
    last: RefCell<(Instant, f64)>,
    done: RefCell<Vec<Value>>,
}

impl Progress for Stages {
    fn stage_done(&self, stage: &str) {
        let (t, cpu) = *self.last.borrow();
        let now = cpu_seconds();
        let done = json!({
            "stage": stage,
            "wall": t.elapsed().as_secs_f64(),
            "cpu": now - cpu,
            "rss_mb": peak_rss_mb(),
        });
        // As each stage ends, for a run too long to wait out (a stage's
        // peak memory on a huge article).
        eprintln!("{done}");
        self.done.borrow_mut().push(done);
        *self.last.borrow_mut() = (Instant::now(), now);
    }
}

fn db_bytes(db: &Path) -> u64 {
    ["", "-wal", "-shm"]
        .iter()
        .filter_map(|s| std::fs::metadata(format!("{}{s}", db.display())).ok())
        .map(|m| m.len())
        .sum()
}

fn choose2(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Pairwise precision and recall of the stories against the events (`syn-e{event}-o{outlet}`).
fn story_scores(store: &Store) -> Value {
    let mut stmt = store
        .conn()
        .prepare("SELECT external_id, story_id FROM articles")
        .expect("query");
    let rows: Vec<(String, Option<i64>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut cells: HashMap<(String, i64), u64> = HashMap::new();
    let mut events: HashMap<String, u64> = HashMap::new();
    let mut stories: HashMap<i64, u64> = HashMap::new();
    for (id, story) in rows {
        let event = id.split('-').nth(1).unwrap_or_default().to_string();
        let story = story.unwrap_or(-1);
        *cells.entry((event.clone(), story)).or_default() += 1;
        *events.entry(event).or_default() += 1;
        *stories.entry(story).or_default() += 1;
    }
    let tp: u64 = cells.values().map(|&n| choose2(n)).sum();
    let predicted: u64 = stories.values().map(|&n| choose2(n)).sum();
    let gold: u64 = events.values().map(|&n| choose2(n)).sum();
    let p = tp as f64 / predicted.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    json!({
        "events": events.len(), "stories": stories.len(),
        "precision": p, "recall": r, "f1": 2.0 * p * r / (p + r).max(1e-9),
    })
}

/// Child: ingests `input` into `db` and prints one JSON line of measurements.
fn child(input: &Path, db: &Path) {
    let stages = Stages {
        last: RefCell::new((Instant::now(), cpu_seconds())),
        done: RefCell::new(Vec::new()),
    };
    let started = (Instant::now(), cpu_seconds());
    let mut store = Store::open(db).expect("open the database");
    let statements = profile_statements(&mut store);
    let summary = ingest(
        store,
        &[Input::Path(input.to_path_buf())],
        &IngestOptions::default(),
        &stages,
    )
    .expect("ingest");
    let total = json!({
        "stage": "total",
        "wall": started.0.elapsed().as_secs_f64(),
        "cpu": cpu_seconds() - started.1,
        "rss_mb": peak_rss_mb(),
    });
    let store = Store::open_existing(db).expect("reopen");
    let mut stage_list = stages.done.borrow().clone();
    stage_list.push(total);
    let out = json!({
        "articles": summary.read,
        "input_bytes": std::fs::metadata(input).map(|m| m.len()).unwrap_or(0),
        "db_bytes": db_bytes(db),
        "stages": stage_list,
        "stories": story_scores(&store),
    });
    println!("{out}");
    if let Some(statements) = statements {
        let mut list: Vec<_> = statements
            .lock()
            .expect("profile")
            .clone()
            .into_iter()
            .collect();
        list.sort_by_key(|s| std::cmp::Reverse(s.1.0));
        for (sql, (time, runs)) in list.iter().take(25) {
            eprintln!(
                "{:8.1} ms {runs:7} runs  {sql}",
                time.as_secs_f64() * 1000.0
            );
        }
    }
}

/// Time spent in each SQL statement (its first 120 characters) and how
/// often it ran; with `SCALE_SQL_PROFILE` set, a child prints the slowest
/// to stderr: where the store's size shows in the cost of an ingest.
type StatementTimes = Arc<Mutex<HashMap<String, (Duration, usize)>>>;

fn profile_statements(store: &mut Store) -> Option<StatementTimes> {
    std::env::var_os("SCALE_SQL_PROFILE")?;
    let times: StatementTimes = Default::default();
    let sink = times.clone();
    store
        .conn_mut()
        .trace_v2(
            TraceEventCodes::SQLITE_TRACE_PROFILE,
            Some(move |e: TraceEvent<'_>| {
                if let TraceEvent::Profile(stmt, d) = e {
                    let sql: String = stmt.sql().split_whitespace().collect::<Vec<_>>().join(" ");
                    let sql: String = sql.chars().take(120).collect();
                    let mut t = sink.lock().expect("profile");
                    let entry = t.entry(sql).or_default();
                    entry.0 += d;
                    entry.1 += 1;
                }
            }),
        )
        .expect("trace statements");
    Some(times)
}

fn run_child(input: &Path, db: &Path) -> Value {
    let out = Command::new(std::env::current_exe().expect("own path"))
        .arg("--child")
        .arg(input)
        .arg(db)
        .output()
        .expect("run the child");
    assert!(
        out.status.success(),
        "child failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("child output")
}

fn stage<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["stages"]
        .as_array()
        .and_then(|s| s.iter().find(|x| x["stage"] == name))
        .unwrap_or(&Value::Null)
}

fn print_run(label: &str, v: &Value) {
    let n = v["articles"].as_f64().unwrap_or(0.0).max(1.0);
    let mb = v["input_bytes"].as_f64().unwrap_or(0.0) / 1e6;
    for name in ["store", "analyse", "total"] {
        let s = stage(v, name);
        let wall = s["wall"].as_f64().unwrap_or(0.0);
        let cpu = s["cpu"].as_f64().unwrap_or(0.0);
        println!(
            "| {label} | {name} | {wall:.2} | {:.2} | {:.3} | {:.0} |",
            mb / wall.max(1e-9),
            cpu * 1000.0 / n,
            s["rss_mb"].as_f64().unwrap_or(0.0),
        );
    }
}

fn generate(path: &Path, bases: &[scale_corpus::Base], n: usize, first: u64, seed: u64) {
    let mut w = BufWriter::new(std::fs::File::create(path).expect("create corpus"));
    scale_corpus::generate(bases, n, first, seed, &mut w).expect("write corpus");
    w.flush().expect("write corpus");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(Path::new(&args[1]), Path::new(&args[2]));
        return;
    }
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let seed: u64 = flag("--seed").map_or(1, |s| s.parse().expect("--seed N"));
    let dir = flag("--dir").map_or_else(std::env::temp_dir, PathBuf::from);
    let mut sizes: Vec<usize> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| a.parse::<usize>().is_ok() && (*i == 0 || !args[i - 1].starts_with("--")))
        .map(|(_, a)| a.parse().expect("a size"))
        .collect();
    if sizes.is_empty() {
        sizes = vec![2000, 20000, 100_000];
    }
    let bbc = std::env::var("CROSSCHECK_SHARED")
        .map(|s| format!("{s}/corpus/bbc_2225/articles.jsonl"))
        .unwrap_or_else(|_| scale_corpus::BBC.to_string());
    let bases = scale_corpus::read_bbc(&bbc);
    let extra = dir.join("scale-extra.jsonl");
    generate(&extra, &bases, EXTRA, scale_corpus::EXTRA_EVENTS_FROM, seed);
    println!("| articles | stage | wall s | MB/s | CPU ms/article | peak RSS MB |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let mut summaries = Vec::new();
    for &n in &sizes {
        let input = dir.join(format!("scale-{n}.jsonl"));
        generate(&input, &bases, n, 0, seed);
        let db = dir.join(format!("scale-{n}.db"));
        let empty = dir.join(format!("scale-{n}-empty.db"));
        for p in [&db, &empty] {
            for s in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{s}", p.display()));
            }
        }
        let full = run_child(&input, &db);
        print_run(&n.to_string(), &full);
        let into_empty = run_child(&extra, &empty);
        let into_full = run_child(&extra, &db);
        print_run(&format!("+{EXTRA} into empty"), &into_empty);
        print_run(&format!("+{EXTRA} into {n}"), &into_full);
        summaries.push((n, full, into_empty, into_full));
    }
    println!();
    println!(
        "| articles | DB bytes / input byte | stories (events) | story P | story R | story F1 | +{EXTRA} CPU full/empty |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    for (n, full, empty, into_full) in &summaries {
        let s = &full["stories"];
        let ratio =
            full["db_bytes"].as_f64().unwrap_or(0.0) / full["input_bytes"].as_f64().unwrap_or(1.0);
        let cpu = |v: &Value| stage(v, "total")["cpu"].as_f64().unwrap_or(0.0);
        println!(
            "| {n} | {ratio:.2} | {} ({}) | {:.3} | {:.3} | {:.3} | {:.2} |",
            s["stories"],
            s["events"],
            s["precision"].as_f64().unwrap_or(0.0),
            s["recall"].as_f64().unwrap_or(0.0),
            s["f1"].as_f64().unwrap_or(0.0),
            cpu(into_full) / cpu(empty).max(1e-9),
        );
    }
}
