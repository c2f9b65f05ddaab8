//! `crosscheck extract`: the stateless map step. Reads articles like
//! `ingest` but keeps nothing: prints one JSON object per article with what
//! was extracted from it (`crosscheck::extracted::Record`), which
//! `ingest --extracted` stores without extracting again.

use super::progress::Bar;
use anyhow::{Context, Result};
use clap::Args;
use crosscheck::article::{Article, Published};
use crosscheck::extract::PieceRecords;
use crosscheck::extract::speakers::Speaker;
use crosscheck::extracted::{self, Record};
use crosscheck::ingest::{IngestOptions, LineOrigins, Sink, extract_inputs};
use crosscheck::sources::{Input, Overrides};
use crosscheck::store::Prepared;
use std::io::{BufWriter, Seek, Write};
use std::process::ExitCode;
use std::sync::Arc;

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

/// Prints each article as one JSON line (a [`Record`]). An article over
/// the article cap comes a piece at a time: its quotes and claims go to a
/// temporary file each as the pieces come (the line lists all quotes
/// before any claim, and speakers and terms after both) and the line is
/// written when it ends, so its records are never held in memory, and an
/// article whose extraction fails leaves no partial line.
struct JsonSink<W: Write> {
    out: W,
    failed: Option<std::io::Error>,
    large: Option<LargeLine>,
}

/// The large article being written, and its quotes and claims so far.
struct LargeLine {
    article: Arc<Article>,
    hash: String,
    quotes: BufWriter<std::fs::File>,
    claims: BufWriter<std::fs::File>,
    quotes_written: usize,
    claims_written: usize,
}

impl<W: Write> JsonSink<W> {
    fn note(&mut self, result: std::io::Result<()>) -> bool {
        if let Err(e) = result {
            self.failed.get_or_insert(e);
        }
        self.failed.is_none()
    }

    fn start_line(article: &Arc<Article>, hash: &str) -> std::io::Result<LargeLine> {
        Ok(LargeLine {
            article: article.clone(),
            hash: hash.to_string(),
            quotes: BufWriter::new(tempfile::tempfile()?),
            claims: BufWriter::new(tempfile::tempfile()?),
            quotes_written: 0,
            claims_written: 0,
        })
    }

    fn write_piece(line: &mut LargeLine, p: &PieceRecords<'_>) -> std::io::Result<()> {
        for q in &p.quotes {
            if line.quotes_written > 0 {
                line.quotes.write_all(b",")?;
            }
            serde_json::to_writer(&mut line.quotes, &extracted::quote_json(q, p.speakers))?;
            line.quotes_written += 1;
        }
        for c in &p.claims {
            if line.claims_written > 0 {
                line.claims.write_all(b",")?;
            }
            serde_json::to_writer(&mut line.claims, &extracted::claim_json(c, p.speakers))?;
            line.claims_written += 1;
        }
        Ok(())
    }

    fn finish_line(
        out: &mut W,
        line: LargeLine,
        speakers: &[Speaker],
        terms: &[(String, f32)],
    ) -> std::io::Result<()> {
        let rewound = |part: BufWriter<std::fs::File>| -> std::io::Result<std::fs::File> {
            let mut file = part.into_inner().map_err(|e| e.into_error())?;
            file.rewind()?;
            Ok(file)
        };
        let mut quotes = std::io::BufReader::new(rewound(line.quotes)?);
        let mut claims = std::io::BufReader::new(rewound(line.claims)?);
        let (a, hash) = (&line.article, &line.hash);
        extracted::write_pieced(out, a, hash, speakers, terms, &mut quotes, &mut claims)?;
        out.write_all(b"\n")
    }
}

impl<W: Write> Sink for JsonSink<W> {
    fn batch(&mut self, batch: Vec<Prepared>) -> bool {
        for p in &batch {
            let written = serde_json::to_writer(&mut self.out, &Record::of(p))
                .map_err(std::io::Error::other)
                .and_then(|()| self.out.write_all(b"\n"));
            if !self.note(written) {
                return false;
            }
        }
        true
    }

    fn begin(&mut self, article: &Arc<Article>, hash: &str) -> bool {
        match Self::start_line(article, hash) {
            Ok(line) => self.large = Some(line),
            Err(e) => {
                self.note(Err(e));
            }
        }
        self.large.is_some()
    }

    fn piece(&mut self, piece: PieceRecords<'_>) {
        if let Some(line) = &mut self.large {
            let written = Self::write_piece(line, &piece);
            if written.is_err() {
                self.large = None;
                self.note(written);
            }
        }
    }

    fn end(&mut self, speakers: Vec<Speaker>, terms: Vec<(String, f32)>) -> bool {
        if let Some(line) = self.large.take() {
            let written = Self::finish_line(&mut self.out, line, &speakers, &terms);
            self.note(written);
        }
        self.failed.is_none()
    }

    fn abort(&mut self) {
        self.large = None;
    }
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
    let mut sink = JsonSink {
        out: BufWriter::new(stdout.lock()),
        failed: None,
        large: None,
    };
    let bar = Bar::new();
    let summary = extract_inputs(&inputs, &options, &bar, &mut sink);
    bar.finish();
    let summary = summary.context("reading the inputs")?;
    let JsonSink {
        mut out, failed, ..
    } = sink;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck::diagnostics::Origin;
    use crosscheck::extract::caps::Caps;
    use crosscheck::extract::{extract_streaming, extract_text_with};

    fn sink() -> JsonSink<Vec<u8>> {
        JsonSink {
            out: Vec::new(),
            failed: None,
            large: None,
        }
    }

    /// An article handed over piece by piece prints the very line it
    /// prints when handed over whole; one whose extraction fails prints
    /// nothing.
    #[test]
    fn a_streamed_article_prints_the_line_of_the_whole_one() {
        let caps = Caps {
            sentence: 50,
            paragraph: 150,
            window: 400,
        };
        let text = "Jeremy Hunt said \"the 3,000 staff\" would stay in Zürich. \
                    A 76% turnout (28,305 votes). \"We will act,\" Mr Hunt said.\n\n"
            .repeat(10);
        let article = Article {
            external_id: "big \"one\"".into(),
            source: Some("S".into()),
            title: Some("Staff \u{2014} a vote".into()),
            published: crosscheck::sources::parse_published("2024-03-05").unwrap(),
            url: Some("https://example.org/big".into()),
            text: text.clone(),
            authors: vec!["A. Reporter".into()],
            comments: None,
            origin: Origin::file("x.jsonl").at_line(1),
        };
        let hash = article.content_hash();
        let terms = vec![("jeremy_hunt".to_string(), 2.5_f32), ("staff".into(), 1.0)];
        let mut whole = sink();
        whole.batch(vec![Prepared {
            hash: hash.clone(),
            extraction: extract_text_with(&text, None, &caps),
            article: article.clone(),
            terms: terms.clone(),
        }]);
        let article = Arc::new(article);
        let mut streamed = sink();
        assert!(streamed.begin(&article, &hash));
        let done = extract_streaming(&text, None, &caps, &mut |p| streamed.piece(p));
        assert!(!done.speakers.is_empty());
        assert!(streamed.end(done.speakers, terms));
        assert!(whole.out.len() > 1000);
        assert_eq!(
            String::from_utf8(streamed.out).unwrap(),
            String::from_utf8(whole.out).unwrap()
        );
        let mut failed = sink();
        assert!(failed.begin(&article, &hash));
        extract_streaming(&text, None, &caps, &mut |p| failed.piece(p));
        failed.abort();
        assert!(failed.out.is_empty());
    }
}
