//! `crosscheck eval`: score the extractors against the shared evaluation
//! data and print the figures behind the quality bars.

use anyhow::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    command: EvalCommand,
}

/// Where the shared evaluation data lives.
#[derive(Debug, Args)]
struct SharedArgs {
    /// The shared data folder (holding eval/ and corpus/).
    #[arg(long, value_name = "DIR", default_value = "../shared")]
    shared: PathBuf,
    /// Print every miss and false positive (claims) or failed case (numbers).
    #[arg(long)]
    verbose: bool,
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
    /// Score claim extraction on the dev set (eval/dev/gold.json).
    Claims(SharedArgs),
    /// Run the public peer suites in eval/numbers/ and print the pass rate per file.
    Numbers(SharedArgs),
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    match args.command {
        EvalCommand::Claims(a) => {
            let report = crosscheck::eval::claims::run(&a.shared, a.verbose)?;
            print!("{report}");
        }
        EvalCommand::Numbers(a) => {
            let report = crosscheck::eval::numbers::run(&a.shared, a.verbose)?;
            print!("{report}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
