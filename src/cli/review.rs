//! The review commands: `flags`, `flag show`, `review`, `export`, `stories`, `analyse`.

use super::list::{OutputArgs, print};
use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use crosscheck::output::{Column, Format};
use crosscheck::query::{self, FlagFilter, StoryFilter};
use crosscheck::review::{self, Verdict};
use crosscheck::store::Store;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct FlagsArgs {
    /// open, confirmed or dismissed.
    #[arg(long, value_parser = ["open", "confirmed", "dismissed"])]
    status: Option<String>,
    /// numeric_conflict, date_conflict, quote_attribution_conflict or quote_wording_conflict.
    #[arg(long, value_parser = ["numeric_conflict", "date_conflict", "quote_attribution_conflict", "quote_wording_conflict"])]
    kind: Option<String>,
    /// Only flags of this story (see `crosscheck stories`).
    #[arg(long, value_name = "ID")]
    story: Option<i64>,
    /// Outlet of either side (case-insensitive, part of the name is enough).
    #[arg(long)]
    source: Option<String>,
    /// Also list flags the latest analysis no longer finds (they are kept for their verdicts).
    #[arg(long)]
    all: bool,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

const FLAG_COLUMNS: &[Column] = &[
    Column::whole("id", "id"),
    Column::new("kind", "kind", 27),
    Column::new("status", "status", 9),
    Column::new("score", "score", 5),
    Column::new("explanation", "explanation", 110),
];

pub fn flags(store: &Store, args: FlagsArgs) -> Result<ExitCode> {
    let filter = FlagFilter {
        status: args.status,
        kind: args.kind,
        story: args.story,
        source: args.source,
        include_gone: args.all,
        limit: args.limit,
        ..FlagFilter::default()
    };
    let rows = query::list_flags(store.conn(), &filter)?;
    print(rows, args.output.format, FLAG_COLUMNS)
}

#[derive(Debug, Subcommand)]
pub enum FlagCommand {
    /// Both pieces of evidence in their sentences, with outlet, date and speaker, the explanation and the verdict history.
    Show {
        id: i64,
        /// table (for people) or json.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

pub fn flag(store: &Store, cmd: FlagCommand) -> Result<ExitCode> {
    let FlagCommand::Show { id, format } = cmd;
    let d = review::flag_detail(store.conn(), id)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if format != Format::Table {
        serde_json::to_writer_pretty(&mut out, &d)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let f = &d.flag;
    writeln!(
        out,
        "flag {} · {} · {} · score {:.2}",
        f.id, f.kind, f.status, f.score
    )?;
    if let Some(story) = f.story {
        writeln!(out, "story {story}")?;
    }
    writeln!(out, "\n{}\n", f.explanation)?;
    for (label, side) in [("A", &d.a_context), ("B", &d.b_context)] {
        writeln!(
            out,
            "{label}: {} · {} · article {}",
            side.source.as_deref().unwrap_or("(no outlet)"),
            side.published.as_deref().unwrap_or("(no date)"),
            side.article_id
        )?;
        if let Some(t) = &side.title {
            writeln!(out, "   title:    {t}")?;
        }
        if let Some(s) = &side.speaker {
            writeln!(out, "   speaker:  {s}")?;
        }
        writeln!(out, "   evidence: {}", side.evidence)?;
        if let Some(s) = &side.sentence {
            writeln!(out, "   sentence: {}", s.replace('\n', " "))?;
        }
        if let Some(u) = &side.url {
            writeln!(out, "   url:      {u}")?;
        }
        writeln!(out)?;
    }
    if !f.found {
        writeln!(
            out,
            "The latest analysis no longer finds this flag; it is kept for its verdict."
        )?;
    }
    if f.evidence_changed {
        writeln!(
            out,
            "The evidence changed since the last verdict: review it again."
        )?;
    }
    if d.history.is_empty() {
        writeln!(
            out,
            "No verdict yet: crosscheck review {} --verdict confirmed|dismissed",
            f.id
        )?;
    } else {
        writeln!(out, "History:")?;
        for h in &d.history {
            writeln!(
                out,
                "   {} {} by {}{}",
                h.reviewed_at,
                h.verdict,
                h.reviewer.as_deref().unwrap_or(review::UNKNOWN_REVIEWER),
                h.note
                    .as_ref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The flag's id.
    id: i64,
    /// confirmed (the outlets do disagree) or dismissed (they do not).
    #[arg(long, value_parser = ["confirmed", "dismissed"])]
    verdict: String,
    /// Why, in a sentence.
    #[arg(long)]
    note: Option<String>,
    /// Who reviews (default: $CROSSCHECK_REVIEWER, else the login name).
    #[arg(long)]
    reviewer: Option<String>,
}

pub fn review(store: &Store, args: ReviewArgs) -> Result<ExitCode> {
    let verdict = Verdict::parse(&args.verdict)?;
    let reviewer = args.reviewer.or_else(review::default_reviewer);
    review::record_verdict(
        store.conn(),
        args.id,
        verdict,
        args.note.as_deref(),
        reviewer.as_deref(),
    )?;
    eprintln!("flag {} {}", args.id, verdict.as_str());
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write schema.org ClaimReview JSON-LD for every confirmed flag.
    #[arg(long, required = true)]
    claimreview: bool,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Where `crosscheck serve` is published: each review's `url` is BASE/flags/ID.
    #[arg(
        long,
        value_name = "BASE",
        env = "CROSSCHECK_BASE_URL",
        default_value = crosscheck::serve::DEFAULT_BASE_URL
    )]
    base_url: String,
}

pub fn export(store: &Store, args: ExportArgs) -> Result<ExitCode> {
    let config = review::ExportConfig {
        base_url: args.base_url,
    };
    let reviews = review::claimreview(store.conn(), &config)?;
    let json = serde_json::to_string_pretty(&reviews)?;
    match &args.output {
        Some(path) => std::fs::write(path, json + "\n")
            .with_context(|| format!("writing {}", path.display()))?,
        None => println!("{json}"),
    }
    eprintln!(
        "{} confirmed flag{} exported",
        reviews.len(),
        if reviews.len() == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct StoriesArgs {
    /// Only stories reported by at least this many outlets.
    #[arg(long, default_value_t = 1, value_name = "N")]
    min_sources: usize,
    /// Part of the label.
    #[arg(long)]
    search: Option<String>,
    /// At most this many rows.
    #[arg(long)]
    limit: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

const STORY_COLUMNS: &[Column] = &[
    Column::whole("id", "id"),
    Column::new("label", "story", 50),
    Column::whole("first_published", "from"),
    Column::whole("last_published", "to"),
    Column::new("articles", "articles", 8),
    Column::new("sources", "outlets", 50),
    Column::new("open_flags", "open flags", 10),
];

pub fn stories(store: &Store, args: StoriesArgs) -> Result<ExitCode> {
    let filter = StoryFilter {
        min_sources: args.min_sources,
        search: args.search,
        limit: args.limit,
        ..Default::default()
    };
    let rows = query::list_stories(store.conn(), &filter)?;
    print(rows, args.output.format, STORY_COLUMNS)
}

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    /// Re-examine every story, not only articles that have none yet.
    #[arg(long)]
    all: bool,
    /// Decide flags on words alone, without the semantic model.
    #[arg(long)]
    no_semantic: bool,
}

pub fn analyse(store: &mut Store, args: AnalyseArgs) -> Result<ExitCode> {
    let options = crosscheck::analyse::AnalysisOptions {
        meaning: super::meaning(!args.no_semantic),
        ..Default::default()
    };
    let summary = crosscheck::analyse::reanalyse(store.conn_mut(), args.all, &options)?;
    eprintln!(
        "{} article{} placed ({} new stories), {} stories examined; flags: {} new, {} updated, {} no longer found",
        summary.articles,
        if summary.articles == 1 { "" } else { "s" },
        summary.new_stories,
        summary.stories_touched,
        summary.flags.new,
        summary.flags.updated,
        summary.flags.gone
    );
    Ok(ExitCode::SUCCESS)
}
