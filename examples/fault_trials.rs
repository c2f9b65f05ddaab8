//! Seeded kill -9 trials, the full runs behind the README's reliability
//! figures (CI runs a few of them in `tests/faults.rs`):
//!
//! ```text
//! cargo build --release
//! cargo run --release --example fault_trials -- [TRIALS] [INPUT…]
//! ```
//!
//! For each victim (`ingest` into a new database, `analyse --all` over a
//! full one) and each seed, the victim is killed with SIGKILL at a seeded
//! moment within its clean running time; the database's integrity is
//! checked, one more `ingest` runs, and the result is compared with an
//! uninterrupted run. Inputs default to the shared BBC corpus. Exits 1 when
//! any trial is corrupt or differs.

#[path = "../tests/common/faults.rs"]
mod faults;

use faults::Victim;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let trials: u64 = args
        .next()
        .map_or(50, |a| a.parse().expect("TRIALS is a number"));
    let mut inputs: Vec<PathBuf> = args.map(PathBuf::from).collect();
    if inputs.is_empty() {
        let bbc = PathBuf::from("../shared/corpus/bbc_2225/articles.jsonl");
        assert!(
            bbc.exists(),
            "{} is missing: give the inputs to ingest, or run from a checkout next to ../shared",
            bbc.display()
        );
        inputs.push(bbc);
    }
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/crosscheck");
    let bin = std::env::var_os("CROSSCHECK_BIN").map_or(bin, PathBuf::from);
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build --release` first",
        bin.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let clean = faults::clean_run(&bin, dir.path(), &inputs);
    println!(
        "clean run: ingest {:.2} s, analyse --all {:.2} s",
        clean.ingest_time.as_secs_f64(),
        clean.analyse_time.as_secs_f64()
    );
    let mut failed = false;
    for victim in [Victim::Ingest, Victim::Analyse] {
        let (mut interrupted, mut corrupt, mut unequal) = (0, 0, 0);
        for seed in 0..trials {
            let t = faults::trial(&bin, dir.path(), &inputs, &clean, victim, seed);
            interrupted += usize::from(t.interrupted);
            if t.integrity != "ok" {
                corrupt += 1;
                println!("seed {seed}: integrity {}", t.integrity);
            }
            if let Some(d) = &t.difference {
                unequal += 1;
                println!("seed {seed} (killed at {:?}): {d}", t.delay);
            }
            let _ = std::fs::remove_file(dir.path().join(format!("trial-{seed}.db")));
        }
        println!(
            "{victim:?}: {trials} trials, {interrupted} killed mid-run, {corrupt} corrupt, {} equal to the clean run after one more ingest",
            trials as usize - unequal
        );
        failed |= corrupt > 0 || unequal > 0;
    }
    std::process::exit(i32::from(failed));
}
