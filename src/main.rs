//! The `crosscheck` command: a thin layer that parses arguments, calls the
//! library and prints. Errors are reported with context and exit code 1;
//! usage errors exit with 2 (clap).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
