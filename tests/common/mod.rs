//! Helpers shared by the end-to-end tests: a temporary workspace with its own
//! database, the built `crosscheck` binary, and the shared evaluation data.
#![allow(dead_code)]

pub mod faults;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// A temporary folder holding a database and input files.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Self {
        Workspace {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn db(&self) -> PathBuf {
        self.path("test.db")
    }

    /// Writes `bytes` to `rel` (creating folders) and returns the full path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// `crosscheck --db <workspace db> ARGS…`, run inside the workspace.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("crosscheck").unwrap();
        c.current_dir(self.dir.path())
            .env_remove("CROSSCHECK_DB")
            .arg("--db")
            .arg(self.db())
            .args(args);
        c
    }

    /// Runs a command that must succeed and returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "crosscheck {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a listing command with `--format jsonl` and parses each line.
    pub fn jsonl(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "jsonl"]);
        self.ok(&all)
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }

    /// `stats --format json` as a value.
    pub fn stats(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["stats", "--format", "json"])).unwrap()
    }

    pub fn count(&self, table: &str) -> i64 {
        self.stats()["tables"][table].as_i64().unwrap_or(0)
    }
}

/// The shared data folder (`../shared` next to the repository, or
/// `$CROSSCHECK_SHARED`). Panics with a clear message when it is missing:
/// tests that need it must fail, not pass silently.
pub fn shared(rel: &str) -> PathBuf {
    let base = std::env::var_os("CROSSCHECK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let p = base.join(rel);
    assert!(
        p.exists(),
        "shared test data missing: {} does not exist. These tests need the shared \
         evaluation data next to the repository (../shared) or CROSSCHECK_SHARED pointing at it.",
        p.display()
    );
    p
}

/// The repository's own demo corpus.
pub fn demo_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Copies a folder tree (the demo corpus, to change a copy of it).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The (a, b) surfaces of every numeric conflict the store lists.
pub fn numeric_conflicts(ws: &Workspace) -> Vec<(String, String)> {
    let surface = |side: &serde_json::Value| side["surface"].as_str().unwrap_or("").to_string();
    ws.jsonl(&["flags"])
        .iter()
        .filter(|f| f["kind"] == "numeric_conflict")
        .map(|f| (surface(&f["a"]), surface(&f["b"])))
        .collect()
}

/// Is a conflict between figures written `a` and `b` (either way round) among `pairs`?
pub fn flagged(pairs: &[(String, String)], a: &str, b: &str) -> bool {
    pairs
        .iter()
        .any(|(x, y)| (x.contains(a) && y.contains(b)) || (x.contains(b) && y.contains(a)))
}
