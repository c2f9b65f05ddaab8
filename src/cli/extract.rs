//! `crosscheck extract`: the stateless map step. Reads articles like
//! `ingest` but keeps nothing: prints one JSON object per article with what
//! was extracted from it (`crosscheck::extracted::Record`), which
//! `ingest --extracted` stores without extracting again.

use super::progress::Bar;
use anyhow::{Context, Result};
use clap::Args;
use crosscheck::article::Published;
use crosscheck::extracted::Record;
use crosscheck::ingest::{IngestOptions, LineOrigins, extract_inputs};
use crosscheck::sources::{Input, Overrides};
use crosscheck::store::Prepared;
use std::io::Write;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Outlet name for every article read (replaces what the input says).
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Publication date for every article read (replaces what the input says).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    published: Option<Published>,
    /// Each JSON line starts with PATH:LINE and a tab: where the article was
    /// first read (a map step feeding many files' lines to one `extract -`
    /// keeps their origins so).
    #[arg(long)]
    tagged: bool,
    /// Files, folders or '-' (the default) for stdin.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let inputs: Vec<Input> = if args.paths.is_empty() {
        vec![Input::Stdin]
    } else {
        args.paths.iter().map(|p| Input::from(p.as_str())).collect()
    };
    let options = IngestOptions {
        overrides: Overrides {
            source: args.source,
            published: args.published,
        },
        line_origins: if args.tagged {
            LineOrigins::Tagged
        } else {
            LineOrigins::Counted
        },
        ..IngestOptions::default()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed: Option<std::io::Error> = None;
    let mut sink = |batch: Vec<Prepared>| {
        for p in &batch {
            let record = Record::of(p);
            let written = serde_json::to_writer(&mut out, &record)
                .map_err(std::io::Error::other)
                .and_then(|()| out.write_all(b"\n"));
            if let Err(e) = written {
                failed = Some(e);
                return false;
            }
        }
        true
    };
    let bar = Bar::new();
    let summary = extract_inputs(&inputs, &options, &bar, &mut sink);
    bar.finish();
    let summary = summary.context("reading the inputs")?;
    match failed {
        // `crosscheck extract … | head` closes the pipe early: not an error.
        Some(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Some(e) => return Err(e).context("writing to stdout"),
        None => {}
    }
    out.flush().context("writing to stdout")?;
    if summary.rejected_total() > 0 {
        eprintln!(
            "extracted {} article{}; {} input{} skipped (see above)",
            summary.new,
            if summary.new == 1 { "" } else { "s" },
            summary.rejected_total(),
            if summary.rejected_total() == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    Ok(if summary.read == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
