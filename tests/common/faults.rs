//! Fault trials shared by `tests/faults.rs` (a few seeded trials in CI) and
//! `examples/fault_trials.rs` (the full 50-trial runs): kill a running
//! `crosscheck` with SIGKILL at a seeded moment, let one more `ingest` run,
//! and compare the database with an uninterrupted run's.
#![allow(dead_code)]

use crosscheck::store::{Store, snapshot::snapshot};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What gets killed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Victim {
    /// `ingest` into a new database.
    Ingest,
    /// `analyse --all` over a database that already holds the corpus.
    Analyse,
}

/// The outcome of one trial.
#[derive(Debug)]
pub struct Trial {
    pub seed: u64,
    pub victim: Victim,
    /// How long after its start the child was killed.
    pub delay: Duration,
    /// Whether the child was still running when killed.
    pub interrupted: bool,
    /// `PRAGMA integrity_check` right after the kill.
    pub integrity: String,
    /// The first differing lines from the clean run, if any.
    pub difference: Option<String>,
}

/// A small deterministic generator (splitmix64), so a failing seed can be replayed.
pub fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The analysing commands of these trials decide flags on words alone, as
/// the library steps they are compared with do (a build with the
/// `semantic` feature would otherwise add the model's reasons to some
/// flags and not others).
fn no_semantic(args: &[&str]) -> Option<&'static str> {
    matches!(args.first(), Some(&"ingest" | &"analyse")).then_some("--no-semantic")
}

/// Runs `crosscheck --db DB ARGS…` to the end; panics (naming the command) on failure.
pub fn run(bin: &Path, db: &Path, args: &[&str], inputs: &[PathBuf]) {
    let out = Command::new(bin)
        .env_remove("CROSSCHECK_DB")
        .arg("--db")
        .arg(db)
        .args(args)
        .args(no_semantic(args))
        .args(inputs)
        .output()
        .expect("crosscheck runs");
    assert!(
        out.status.success(),
        "crosscheck {args:?} on {} failed: {}",
        db.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The canonical contents of a database.
pub fn state(db: &Path) -> String {
    let store = Store::open_existing(db).expect("database opens");
    snapshot(store.conn()).expect("snapshot")
}

/// The first lines where two snapshots differ.
pub fn difference(clean: &str, other: &str) -> Option<String> {
    if clean == other {
        return None;
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (clean.lines().collect(), other.lines().collect());
    let first = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    Some(format!(
        "{} lines vs {}; first difference at line {first}:\n  clean: {}\n  trial: {}",
        a.len(),
        b.len(),
        a.get(first).unwrap_or(&"<end>"),
        b.get(first).unwrap_or(&"<end>")
    ))
}

/// A clean run's database and state, and how long the victim took in it.
pub struct Clean {
    pub ingested: PathBuf,
    pub state: String,
    pub ingest_time: Duration,
    pub analyse_time: Duration,
}

pub fn clean_run(bin: &Path, dir: &Path, inputs: &[PathBuf]) -> Clean {
    let ingested = dir.join("clean.db");
    let started = Instant::now();
    run(bin, &ingested, &["ingest"], inputs);
    let ingest_time = started.elapsed();
    let state = state(&ingested);
    let again = dir.join("clean-analysed.db");
    std::fs::copy(&ingested, &again).unwrap();
    let started = Instant::now();
    run(bin, &again, &["analyse", "--all"], &[]);
    let analyse_time = started.elapsed();
    assert_eq!(
        difference(&state, &self::state(&again)),
        None,
        "`analyse --all` over a finished store changes nothing"
    );
    Clean {
        ingested,
        state,
        ingest_time,
        analyse_time,
    }
}

/// One trial: start the victim, kill it after a seeded delay within its
/// clean running time, check integrity, run `ingest` once more and compare.
pub fn trial(
    bin: &Path,
    dir: &Path,
    inputs: &[PathBuf],
    clean: &Clean,
    victim: Victim,
    seed: u64,
) -> Trial {
    let db = dir.join(format!("trial-{seed}.db"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let span = match victim {
        Victim::Ingest => clean.ingest_time,
        Victim::Analyse => {
            std::fs::copy(&clean.ingested, &db).unwrap();
            clean.analyse_time
        }
    };
    let delay = span.mul_f64((splitmix(seed) % 10_000) as f64 / 10_000.0);
    let mut cmd = Command::new(bin);
    cmd.env_remove("CROSSCHECK_DB").arg("--db").arg(&db);
    match victim {
        Victim::Ingest => cmd.args(["ingest", "--no-semantic"]).args(inputs),
        Victim::Analyse => cmd.args(["analyse", "--all", "--no-semantic"]),
    };
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("crosscheck starts");
    std::thread::sleep(delay);
    let interrupted = child.try_wait().unwrap().is_none();
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    let integrity = if db.exists() {
        Store::open_existing(&db)
            .and_then(|s| s.integrity_check())
            .unwrap_or_else(|e| e.to_string())
    } else {
        "ok".to_string() // killed before the file was made
    };
    run(bin, &db, &["ingest"], inputs);
    let difference = difference(&clean.state, &state(&db));
    Trial {
        seed,
        victim,
        delay,
        interrupted,
        integrity,
        difference,
    }
}

/// A made-up word for story `n`, so each story has names of its own.
fn word(mut n: usize) -> String {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mi", "re", "tan", "vo", "pel", "sur", "dri", "quo", "ben", "zak",
    ];
    let mut w = String::new();
    for _ in 0..3 {
        w.push_str(SYLLABLES[n % SYLLABLES.len()]);
        n /= SYLLABLES.len();
    }
    let mut chars = w.chars();
    chars.next().unwrap().to_uppercase().chain(chars).collect()
}

/// A JSON Lines corpus of `stories` events, each reported by three outlets
/// that disagree on figures and share a quote: enough articles, stories,
/// speakers and flags that a kill lands in every stage of a run.
pub fn synthetic_corpus(dir: &Path, stories: usize) -> PathBuf {
    const OUTLETS: &[&str] = &["North Post", "Daily Ledger", "Coast Times"];
    const TOPICS: &[&str] = &["flood", "strike", "fire", "budget", "election"];
    let mut lines = String::new();
    for k in 0..stories {
        let (town, place, firm) = (word(k * 7 + 3), word(k * 11 + 5), word(k * 13 + 1));
        let (first, surname) = (word(k * 5 + 2), word(k * 3 + 9));
        let topic = TOPICS[k % TOPICS.len()];
        for (o, outlet) in OUTLETS.iter().enumerate() {
            let text = format!(
                "Officials in {town} said {people} people were affected by the {topic} at {place} on Monday. \
                 \"We acted as quickly as we could,\" said Mayor {first} {surname}. \
                 The council of {town} will meet the {firm} Group to discuss the {topic} at {place}, \
                 and {surname} said the cost was about £{cost} million.\n\n\
                 Residents of {town} told the {outlet} that {share}% of homes near {place} were hit.",
                people = 100 + 10 * k + 7 * o,
                cost = 3 + k % 4 + o,
                share = 20 + o * 5,
            );
            let article = serde_json::json!({
                "id": format!("{topic}-{k}-{o}"),
                "source": outlet,
                "title": format!("{topic} hits {town}"),
                "published": format!("2024-03-{:02}", 1 + (k % 27)),
                "text": text,
            });
            lines.push_str(&article.to_string());
            lines.push('\n');
        }
    }
    let path = dir.join("synthetic.jsonl");
    std::fs::write(&path, lines).unwrap();
    path
}
