//! Fault tests: a run killed with SIGKILL at seeded moments (ingest and
//! analyse) leaves a sound database that one more `ingest` brings to
//! exactly the state of an uninterrupted run. A few seeds run here; the
//! 50-trial runs are `cargo run --release --example fault_trials`.

mod common;

use common::faults::{self, Victim};

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
