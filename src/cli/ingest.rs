//! `crosscheck ingest`: run the pipeline behind a progress bar and print a summary.

use super::progress::Bar;
use anyhow::{Context, Result};
use clap::Args;
use crosscheck::article::Published;
use crosscheck::diagnostics::Problem;
use crosscheck::ingest::{IngestOptions, InputKind, Summary, ingest};
use crosscheck::sources::{Input, Overrides};
use crosscheck::store::Store;
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Outlet name for every article read (replaces what the input says).
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Publication date for every article read (replaces what the input says).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    published: Option<Published>,
    /// Decide flags on words alone, without the semantic model.
    #[arg(long)]
    no_semantic: bool,
    /// The inputs are what `crosscheck extract` printed (JSON Lines, any
    /// file name: Spark's part-NNNNN too): store them without extracting
    /// again. Records from another extractor version are refused.
    #[arg(long, conflicts_with_all = ["source", "published"])]
    extracted: bool,
    /// Files (.jsonl .ndjson .json .txt .md .html .htm), folders (read recursively), or '-' for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
}

pub fn run(db: &Path, args: IngestArgs) -> Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("opening {}", db.display()))?;
    let inputs: Vec<Input> = args.paths.iter().map(|p| Input::from(p.as_str())).collect();
    let options = IngestOptions {
        overrides: Overrides {
            source: args.source,
            published: args.published,
        },
        analysis: crosscheck::analyse::AnalysisOptions {
            meaning: super::meaning(!args.no_semantic),
            ..Default::default()
        },
        input: if args.extracted {
            InputKind::Extracted
        } else {
            InputKind::Articles
        },
        ..IngestOptions::default()
    };
    let bar = Bar::new();
    let result = ingest(store, &inputs, &options, &bar);
    bar.finish();
    let summary = result.with_context(|| format!("ingesting into {}", db.display()))?;
    eprint!("{}", render_summary(&summary, db));
    if summary.read == 0 && summary.rejected_total() + summary.files == 0 && summary.other_files > 0
    {
        eprintln!("crosscheck: no article files found among the inputs");
        return Ok(ExitCode::from(1));
    }
    // Nothing usable: every input was rejected, or there was nothing at all.
    if summary.read == 0 {
        return Ok(ExitCode::from(1));
    }
    // Records of another extractor were not stored: the store is not what
    // the inputs describe until they are extracted again.
    if let Some(n) = summary.rejected.get(&Problem::OtherExtractor) {
        eprintln!(
            "crosscheck: {n} record{} made by another extractor version were not stored (see above)",
            plural(*n)
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn render_summary(s: &Summary, db: &Path) -> String {
    let secs = s.elapsed.as_secs_f64();
    let mb = s.bytes as f64 / 1e6;
    let mut out = format!(
        "read {} article{} from {} file{} ({mb:.1} MB) in {secs:.2}s ({:.1} MB/s) into {}\n",
        s.read,
        plural(s.read),
        s.files,
        plural(s.files),
        if secs > 0.0 { mb / secs } else { 0.0 },
        db.display()
    );
    out.push_str(&format!(
        "  new {} · updated {} · unchanged {} · rejected {}\n",
        s.new,
        s.updated,
        s.unchanged,
        s.rejected_total()
    ));
    if !s.rejected.is_empty() {
        let reasons: Vec<String> = s
            .rejected
            .iter()
            .map(|(p, n)| format!("{n} {}", p.label()))
            .collect();
        out.push_str(&format!("  rejected: {}\n", reasons.join(", ")));
    }
    if s.warnings > 0 {
        out.push_str(&format!("  warnings: {} (see above)\n", s.warnings));
    }
    if s.other_files > 0 {
        out.push_str(&format!(
            "  passed over {} file{} in folders that are not articles\n",
            s.other_files,
            plural(s.other_files)
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
