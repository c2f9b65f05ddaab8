//! `crosscheck eval`: score the extractors against the shared gold data and
//! print the figures behind every quality bar.

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use crosscheck::eval;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The shared data folder (holding eval/ and corpus/).
    #[arg(long, global = true, default_value = "../shared", value_name = "DIR")]
    shared: PathBuf,
    /// List every miss, false positive, wrong speaker or failed case.
    #[arg(long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    what: EvalCommand,
}

#[derive(Debug, Subcommand)]
enum EvalCommand {
    /// Quotes and speakers: the dev set and PolNeAR (dev and train sample).
    Quotes,
    /// Claims on the dev set (eval/dev/gold.json).
    Claims,
    /// The public peer suites in eval/numbers/: pass rate per file.
    Numbers,
    /// Cross-source flags on the dev set: precision, recall, consistent pairs flagged.
    Flags,
    /// Speaker identity across a store on BASIL: one entry per person, clean aliases, surname queries.
    Speakers,
    /// Story grouping against the corpora's gold clusters (BASIL, AllSides, Wikinews, dev).
    Stories {
        /// Similarity an article needs to join a story (default: the built-in value).
        #[arg(long)]
        join_threshold: Option<f32>,
        /// Days apart beyond which articles are not one story.
        #[arg(long)]
        window_days: Option<i64>,
    },
}

pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let data = || format!("with data from {}", args.shared.display());
    match args.what {
        EvalCommand::Quotes => {
            let reports = eval::quotes::run(&args.shared, args.verbose)
                .with_context(|| format!("evaluating quotes {}", data()))?;
            for r in reports {
                println!("{r}");
            }
        }
        EvalCommand::Claims => {
            let report = eval::claims::run(&args.shared, args.verbose)
                .with_context(|| format!("evaluating claims {}", data()))?;
            print!("{report}");
        }
        EvalCommand::Flags => {
            let report = eval::flags::score_dev(&args.shared.join("eval/dev"), args.verbose)
                .with_context(|| format!("evaluating flags {}", data()))?;
            print!("{report}");
        }
        EvalCommand::Numbers => {
            let report = eval::numbers::run(&args.shared, args.verbose)
                .with_context(|| format!("running the peer suites {}", data()))?;
            print!("{report}");
        }
        EvalCommand::Speakers => {
            let report = eval::speakers::run(&args.shared, args.verbose)
                .with_context(|| format!("evaluating speakers {}", data()))?;
            print!("{report}");
        }
        EvalCommand::Stories {
            join_threshold,
            window_days,
        } => {
            let defaults = crosscheck::analyse::AnalysisOptions::default();
            let options = crosscheck::analyse::AnalysisOptions {
                join_threshold: join_threshold.unwrap_or(defaults.join_threshold),
                window_days: window_days.unwrap_or(defaults.window_days),
                ..defaults
            };
            let reports = eval::stories::run(&args.shared, &options, args.verbose)
                .with_context(|| format!("evaluating stories {}", data()))?;
            for r in reports {
                println!("{r}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
