//! Evaluation against gold data: the numbers behind every quality bar.
//!
//! Each submodule scores one part of the pipeline on one kind of gold data
//! and returns a report that the `crosscheck eval` command prints. Loading
//! data is the only I/O here; scoring is pure.

pub mod claims;
pub mod dev;
pub mod flags;
pub mod numbers;
pub mod quotes;
pub mod speakers;
pub mod stories;
pub mod text;

use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum EvalError {
    #[error(
        "evaluation data not found at {0}: put the shared data next to the repository (../shared) or pass --shared DIR"
    )]
    Missing(PathBuf),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Format {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

pub type Result<T, E = EvalError> = std::result::Result<T, E>;

/// Reads a data file, with errors that name it.
pub(crate) fn read(path: &Path) -> Result<String> {
    if !path.exists() {
        return Err(EvalError::Missing(path.to_path_buf()));
    }
    std::fs::read_to_string(path).map_err(|source| EvalError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Prf {
    pub true_positives: usize,
    /// Items the system reported.
    pub predicted: usize,
    /// Items in the gold data.
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, other: Prf) {
        self.true_positives += other.true_positives;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

impl std::fmt::Display for Prf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  ({} matched, {} predicted, {} gold)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.true_positives,
            self.predicted,
            self.gold
        )
    }
}

/// `a / b`, or 0 when `b` is 0 (nothing to be right about).
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}
