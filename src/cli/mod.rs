//! Command-line definitions (clap derive) and dispatch to one module per command.

mod eval;
mod extract;
mod ingest;
mod list;
mod progress;
mod review;
mod serve;

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
    /// Extract quotes (and claims) from articles without a database: one JSON object per article.
    Extract(extract::ExtractArgs),
    /// List stored articles.
    Articles(list::ArticlesArgs),
    /// One stored article in full, with its reader comments apart.
    Article {
        #[command(subcommand)]
        command: list::ArticleCommand,
    },
    /// List quotes: by speaker (any of their names), outlet, kind or full-text search.
    Quotes(list::QuotesArgs),
    /// List speakers with their other names, roles and quote counts.
    Speakers(list::SpeakersArgs),
    /// List numeric claims and dates: by kind, subject, outlet, who asserts them, value or date.
    Claims(list::ClaimsArgs),
    /// Stories: articles from several outlets about one event.
    Stories(review::StoriesArgs),
    /// List flags: where outlets disagree.
    Flags(review::FlagsArgs),
    /// One flag in full.
    Flag {
        #[command(subcommand)]
        command: review::FlagCommand,
    },
    /// Record a verdict on a flag.
    Review(review::ReviewArgs),
    /// Export confirmed flags as schema.org ClaimReview (JSON-LD).
    Export(review::ExportArgs),
    /// Re-run the cross-source analysis (stories and flags) over the stored articles.
    Analyse(review::AnalyseArgs),
    /// The review desk in a browser: queue, flags, stories, speakers, verdicts, export.
    Serve(serve::ServeArgs),
    /// Score the extractors against the shared gold data.
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
        Command::Extract(args) => extract::run(args),
        Command::Articles(args) => list::articles(&open(&cli.db)?, args),
        Command::Article { command } => list::article(&open(&cli.db)?, command),
        Command::Quotes(args) => list::quotes(&open(&cli.db)?, args),
        Command::Speakers(args) => list::speakers(&open(&cli.db)?, args),
        Command::Claims(args) => list::claims(&open(&cli.db)?, args),
        Command::Stats { output } => list::stats(&open(&cli.db)?, output),
        Command::Stories(args) => review::stories(&open(&cli.db)?, args),
        Command::Flags(args) => review::flags(&open(&cli.db)?, args),
        Command::Flag { command } => review::flag(&open(&cli.db)?, command),
        Command::Review(args) => review::review(&open(&cli.db)?, args),
        Command::Export(args) => review::export(&open(&cli.db)?, args),
        Command::Analyse(args) => review::analyse(&mut open(&cli.db)?, args),
        Command::Serve(args) => serve::run(&cli.db, args),
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

/// The semantic model for flag decisions: loaded when this binary was built
/// with the `semantic` feature, `wanted` (no `--no-semantic`), and the model
/// was fetched (`models/fetch`). Otherwise flags are decided on words
/// alone, and a build with the feature says why on stderr.
fn meaning(wanted: bool) -> Option<crosscheck::analyse::SharedEmbedder> {
    #[cfg(feature = "semantic")]
    {
        use crosscheck::semantic::{MiniLm, default_model_dir};
        if !wanted {
            return None;
        }
        match MiniLm::load(&default_model_dir()) {
            Ok(model) => Some(crosscheck::analyse::SharedEmbedder::new(
                std::sync::Arc::new(model),
            )),
            Err(e) => {
                eprintln!("crosscheck: deciding flags on words alone: {e}");
                None
            }
        }
    }
    #[cfg(not(feature = "semantic"))]
    {
        let _ = wanted;
        None
    }
}
