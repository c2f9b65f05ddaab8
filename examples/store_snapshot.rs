//! Prints the canonical text of what a database holds (row ids and
//! timestamps aside; see `store::snapshot::full_snapshot`), so that two
//! stores filled from the same inputs by different routes can be compared
//! with `cmp` (`scripts/spark/check.sh` does so).
//!
//! ```text
//! cargo run --release --example store_snapshot -- DB
//! ```

use crosscheck::store::{Store, snapshot::full_snapshot};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(db) = std::env::args().nth(1) else {
        eprintln!("usage: store_snapshot DB");
        return ExitCode::from(2);
    };
    let text = Store::open_existing(std::path::Path::new(&db))
        .map_err(|e| e.to_string())
        .and_then(|s| full_snapshot(s.conn()).map_err(|e| e.to_string()));
    match text {
        Ok(text) => {
            let _ = std::io::stdout().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{db}: {e}");
            ExitCode::FAILURE
        }
    }
}
