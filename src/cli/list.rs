//! The listing commands: `articles` and `stats` (later: quotes, claims, flags).

use anyhow::Result;
use clap::{Args, Subcommand};
use crosscheck::article::Published;
use crosscheck::output::{self, Column, Format};
use crosscheck::query::{self, ArticleFilter};
use crosscheck::store::Store;
use std::io::Write;
use std::process::ExitCode;

/// Options every listing command shares.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// How to print: a table for people, or json, jsonl, csv for programs.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ArticlesArgs {
    /// Outlet name (case-insensitive, part of the name is enough).
    #[arg(long)]
    source: Option<String>,
    /// Full-text search over title and text (SQLite FTS5 syntax: words, "phrases", OR, NOT).
    #[arg(long)]
    search: Option<String>,
    /// Published on or after this date.
    #[arg(long, value_parser = super::parse_date)]
    since: Option<Published>,
    /// Published on or before this date.
    #[arg(long, value_parser = super::parse_date)]
    until: Option<Published>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

const ARTICLE_COLUMNS: &[Column] = &[
    Column::whole("id", "id"),
    Column::new("source", "source", 24),
    Column::whole("published", "published"),
    Column::new("title", "title", 60),
];

const SEARCH_COLUMNS: &[Column] = &[
    Column::whole("id", "id"),
    Column::new("source", "source", 24),
    Column::whole("published", "published"),
    Column::new("snippet", "match", 80),
];

pub fn articles(store: &Store, args: ArticlesArgs) -> Result<ExitCode> {
    let filter = ArticleFilter {
        source: args.source,
        search: args.search,
        since: args.since.map(|p| p.date),
        until: args.until.map(|p| p.date),
        limit: args.limit,
        ..Default::default()
    };
    let rows = query::list_articles(store.conn(), &filter)?;
    let columns = if filter.search.is_some() {
        SEARCH_COLUMNS
    } else {
        ARTICLE_COLUMNS
    };
    print(rows, args.output.format, columns)
}

#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// One article in full: metadata, text, and the reader comments stored apart from it.
    Show {
        /// The article's id, as `crosscheck articles` lists it.
        id: String,
        /// table (for people) or json.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

pub fn article(store: &Store, cmd: ArticleCommand) -> Result<ExitCode> {
    let ArticleCommand::Show { id, format } = cmd;
    let Some(a) = query::article_detail(store.conn(), &id)? else {
        anyhow::bail!("no article with id {id:?} (see `crosscheck articles`)");
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if format != Format::Table {
        serde_json::to_writer_pretty(&mut out, &a)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "article {}", a.id)?;
    let fields = [
        ("title", a.title.as_deref()),
        ("source", a.source.as_deref()),
        ("published", a.published.as_deref()),
        ("url", a.url.as_deref()),
        ("origin", a.origin.as_deref()),
    ];
    for (label, value) in fields {
        if let Some(v) = value {
            writeln!(out, "{label:<10} {v}")?;
        }
    }
    if !a.authors.is_empty() {
        writeln!(out, "{:<10} {}", "authors", a.authors.join(", "))?;
    }
    writeln!(out, "\n{}", a.text)?;
    if let Some(c) = &a.comments {
        writeln!(
            out,
            "\n── Reader comments (not the outlet's words; no quotes or claims are taken from them) ──\n\n{c}"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn stats(store: &Store, output: OutputArgs) -> Result<ExitCode> {
    let stats = query::stats(store.conn())?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match output.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut out, &stats)?;
            writeln!(out)?;
        }
        Format::Csv => {
            // One tidy table: what is counted, its name, the count.
            let rows = stats
                .tables
                .iter()
                .map(|(t, n)| ("table", t.clone(), *n))
                .chain(stats.sources.iter().map(|s| {
                    ("source", s.source.clone().unwrap_or_default(), s.articles)
                }))
                .map(|(kind, name, count)| serde_json::json!({"kind": kind, "name": name, "count": count}));
            output::print(&mut out, rows, Format::Csv, &[])?;
        }
        Format::Table => {
            let tables = stats
                .tables
                .iter()
                .map(|(t, n)| serde_json::json!({"table": t, "rows": n}));
            output::print(
                &mut out,
                tables,
                Format::Table,
                &[
                    Column::new("table", "table", 30),
                    Column::new("rows", "rows", 12),
                ],
            )?;
            writeln!(out)?;
            output::print(
                &mut out,
                &stats.sources,
                Format::Table,
                &[
                    Column::new("source", "source", 40),
                    Column::new("articles", "articles", 10),
                    Column::whole("first_published", "first"),
                    Column::whole("last_published", "last"),
                ],
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints rows to stdout; a closed pipe (`| head`) is not an error.
pub fn print<T: serde::Serialize>(
    rows: impl IntoIterator<Item = T>,
    format: Format,
    columns: &[Column],
) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match output::print(&mut out, rows, format, columns) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        other => {
            other?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// Any name of the speaker, as a whole word ("Hunt" finds Jeremy Hunt, Mr Hunt).
    #[arg(long)]
    speaker: Option<String>,
    /// Outlet name (case-insensitive, part of the name is enough).
    #[arg(long)]
    source: Option<String>,
    /// Full-text search over the quote text (SQLite FTS5 syntax).
    #[arg(long)]
    search: Option<String>,
    /// direct, partial, indirect or non_speech; repeat or separate with commas.
    /// Default: every kind but non_speech.
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    kind: Vec<crosscheck::extract::quotes::QuoteKind>,
    /// Only the article with this id.
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    /// Published on or after this date.
    #[arg(long, value_parser = super::parse_date)]
    since: Option<Published>,
    /// Published on or before this date.
    #[arg(long, value_parser = super::parse_date)]
    until: Option<Published>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

fn parse_kind(s: &str) -> Result<crosscheck::extract::quotes::QuoteKind, String> {
    crosscheck::extract::quotes::QuoteKind::parse(s)
        .ok_or_else(|| format!("unknown kind {s:?}: use direct, partial, indirect or non_speech"))
}

const QUOTE_COLUMNS: &[Column] = &[
    Column::new("speaker", "speaker", 24),
    Column::new("source", "source", 20),
    Column::whole("published", "published"),
    Column::new("kind", "kind", 8),
    Column::new("text", "quote", 70),
];

pub fn quotes(store: &Store, args: QuotesArgs) -> Result<ExitCode> {
    let filter = query::QuoteFilter {
        speaker: args.speaker,
        source: args.source,
        search: args.search,
        kinds: args.kind,
        article: args.article,
        since: args.since.map(|p| p.date),
        until: args.until.map(|p| p.date),
        limit: args.limit,
        ..Default::default()
    };
    let rows = query::list_quotes(store.conn(), &filter)?;
    print(rows, args.output.format, QUOTE_COLUMNS)
}

#[derive(Debug, Args)]
pub struct SpeakersArgs {
    /// Any name of the speaker, as a whole word.
    #[arg(long)]
    name: Option<String>,
    /// person, organisation or role.
    #[arg(long, value_parser = ["person", "organisation", "role"])]
    kind: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

const SPEAKER_COLUMNS: &[Column] = &[
    Column::new("name", "speaker", 30),
    Column::new("kind", "kind", 12),
    Column::new("quotes", "quotes", 6),
    Column::new("statements", "reported", 8),
    Column::new("sources", "outlets", 7),
    Column::new("aliases", "also named", 40),
];

pub fn speakers(store: &Store, args: SpeakersArgs) -> Result<ExitCode> {
    let filter = query::SpeakerFilter {
        name: args.name,
        kind: args.kind,
        limit: args.limit,
        ..Default::default()
    };
    let rows = query::list_speakers(store.conn(), &filter)?;
    print(rows, args.output.format, SPEAKER_COLUMNS)
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// percentage, percentage_points, count, money, date, ratio, range or measure.
    #[arg(long, value_parser = ["percentage", "percentage_points", "count", "money", "date", "ratio", "range", "measure"])]
    kind: Option<String>,
    /// Words of what is measured (case-insensitive, part of the subject is enough).
    #[arg(long)]
    subject: Option<String>,
    /// Outlet name (case-insensitive, part of the name is enough).
    #[arg(long)]
    source: Option<String>,
    /// Who asserts the claim: any name of the speaker, or the outlet for its own claims.
    #[arg(long, value_name = "NAME")]
    attributed_to: Option<String>,
    /// Value at least this (percentages in percent, money in whole units).
    #[arg(long)]
    min: Option<f64>,
    /// Value (or a range's high end) at most this.
    #[arg(long)]
    max: Option<f64>,
    /// On or after this date: a date claim's own date, else the article's publication date.
    #[arg(long, value_parser = super::parse_date)]
    since: Option<Published>,
    /// On or before this date (as --since).
    #[arg(long, value_parser = super::parse_date)]
    until: Option<Published>,
    /// Only the article with this id.
    #[arg(long, value_name = "ID")]
    article: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

const CLAIM_COLUMNS: &[Column] = &[
    Column::new("source", "source", 20),
    Column::new("kind", "kind", 10),
    Column::new("surface", "claim", 24),
    Column::whole("value", "value"),
    Column::new("unit", "unit", 12),
    Column::new("subject", "subject", 40),
    Column::new("attributed_to", "according to", 22),
];

pub fn claims(store: &Store, args: ClaimsArgs) -> Result<ExitCode> {
    let filter = query::ClaimFilter {
        kind: args.kind,
        subject: args.subject,
        source: args.source,
        attributed_to: args.attributed_to,
        min: args.min,
        max: args.max,
        since: args.since.map(|p| p.date),
        until: args.until.map(|p| p.date),
        article: args.article,
        limit: args.limit,
        ..Default::default()
    };
    let rows = query::list_claims(store.conn(), &filter)?;
    print(rows, args.output.format, CLAIM_COLUMNS)
}
