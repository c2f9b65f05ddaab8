//! Command-line definitions (clap derive) and dispatch to one module per command.

mod eval;
mod ingest;
mod list;
mod progress;

use crate::cli::list::OutputArgs;
use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use crosscheck::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

/// Find who said what and which numbers were claimed in news articles, and
/// flag where sources disagree.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, max_term_width = 100)]
pub struct Cli {
    /// The database file.
    #[arg(
        long,
        global = true,
        env = "CROSSCHECK_DB",
        default_value = "crosscheck.db"
    )]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles from files, folders or stdin ('-') into the database.
    Ingest(ingest::IngestArgs),
    /// List stored articles.
    Articles(list::ArticlesArgs),
    /// Score the extractors against the shared evaluation data.
    Eval(eval::EvalArgs),
    /// Row counts per table and per outlet.
    Stats {
        #[command(flatten)]
        output: OutputArgs,
    },
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => ingest::run(&cli.db, args),
        Command::Articles(args) => list::articles(&open(&cli.db)?, args),
        Command::Stats { output } => list::stats(&open(&cli.db)?, output),
        Command::Eval(args) => eval::run(args),
    }
}

/// Opens an existing database for a query command.
fn open(db: &std::path::Path) -> Result<Store> {
    Store::open_existing(db).with_context(|| format!("opening {}", db.display()))
}

/// Reads a `--since`/`--until`/`--published` value with the lenient date reader.
fn parse_date(s: &str) -> Result<crosscheck::article::Published, String> {
    crosscheck::sources::parse_published(s)?
        .ok_or_else(|| format!("{s:?} is not a date; use YYYY-MM-DD"))
}
