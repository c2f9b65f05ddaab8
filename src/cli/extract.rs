//! `crosscheck extract`: the stateless map step. Reads articles like
//! `ingest` but keeps nothing: prints one JSON object per article with what
//! was extracted from it.

use super::progress::Bar;
use anyhow::{Context, Result};
use clap::Args;
use crosscheck::article::Article;
use crosscheck::article::Published;
use crosscheck::extract::speakers::Speaker;
use crosscheck::extract::{ClaimJson, PieceRecords, QuoteJson};
use crosscheck::ingest::{IngestOptions, Sink, extract_inputs};
use crosscheck::sources::{Input, Overrides};
use crosscheck::store::Prepared;
use serde::Serialize;
use std::io::{Seek, Write};
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
    /// Files, folders or '-' (the default) for stdin.
    #[arg(value_name = "PATH")]
    paths: Vec<String>,
}

/// One output line.
#[derive(Serialize)]
struct Record<'a> {
    article_id: &'a str,
    source: Option<&'a str>,
    published: Option<String>,
    title: Option<&'a str>,
    quotes: Vec<crosscheck::extract::QuoteJson<'a>>,
    claims: Vec<crosscheck::extract::ClaimJson<'a>>,
}

impl<'a> Record<'a> {
    fn head(a: &'a Article) -> Self {
        Record {
            article_id: &a.external_id,
            source: a.source.as_deref(),
            published: a.published.map(|p| p.to_string()),
            title: a.title.as_deref(),
            quotes: Vec::new(),
            claims: Vec::new(),
        }
    }
}

/// Prints each article as one JSON line. An article over the article cap
/// comes a piece at a time: its line is written to a temporary file as
/// the pieces come (quotes and claims in a file each, as the line lists
/// all quotes before any claim) and copied out when it ends, so neither
/// its records nor its line are ever held in memory, and an article whose
/// extraction fails leaves no partial line.
struct JsonSink<W: Write> {
    out: W,
    failed: Option<std::io::Error>,
    large: Option<LargeLine>,
}

/// The line of the large article being written: its head and quotes, and its claims.
struct LargeLine {
    quotes: std::io::BufWriter<std::fs::File>,
    claims: std::io::BufWriter<std::fs::File>,
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

    fn start_line(a: &Article) -> std::io::Result<LargeLine> {
        let mut quotes = std::io::BufWriter::new(tempfile::tempfile()?);
        let claims = std::io::BufWriter::new(tempfile::tempfile()?);
        // The line up to its first quote: the record without quotes and
        // claims, cut before the empty quotes list's end.
        let head = serde_json::to_string(&Record::head(a)).map_err(std::io::Error::other)?;
        let tail = "],\"claims\":[]}";
        let head = head
            .strip_suffix(tail)
            .ok_or_else(|| std::io::Error::other("a record of an unexpected form"))?;
        quotes.write_all(head.as_bytes())?;
        Ok(LargeLine {
            quotes,
            claims,
            quotes_written: 0,
            claims_written: 0,
        })
    }

    fn write_piece(line: &mut LargeLine, p: &PieceRecords<'_>) -> std::io::Result<()> {
        for q in &p.quotes {
            if line.quotes_written > 0 {
                line.quotes.write_all(b",")?;
            }
            serde_json::to_writer(&mut line.quotes, &QuoteJson::new(q, p.speakers))?;
            line.quotes_written += 1;
        }
        for c in &p.claims {
            if line.claims_written > 0 {
                line.claims.write_all(b",")?;
            }
            serde_json::to_writer(&mut line.claims, &ClaimJson::new(c, p.speakers))?;
            line.claims_written += 1;
        }
        Ok(())
    }

    fn finish_line(out: &mut W, line: LargeLine) -> std::io::Result<()> {
        for (part, next) in [
            (line.quotes, &b"],\"claims\":["[..]),
            (line.claims, b"]}\n"),
        ] {
            let mut file = part.into_inner().map_err(|e| e.into_error())?;
            file.rewind()?;
            std::io::copy(&mut file, out)?;
            out.write_all(next)?;
        }
        Ok(())
    }
}

impl<W: Write> Sink for JsonSink<W> {
    fn batch(&mut self, batch: Vec<Prepared>) -> bool {
        for p in &batch {
            let mut record = Record::head(&p.article);
            record.quotes = p.extraction.quotes_json();
            record.claims = p.extraction.claims_json();
            let written = serde_json::to_writer(&mut self.out, &record)
                .map_err(std::io::Error::other)
                .and_then(|()| self.out.write_all(b"\n"));
            if !self.note(written) {
                return false;
            }
        }
        true
    }

    fn begin(&mut self, article: &Arc<Article>, _hash: &str) -> bool {
        let line = Self::start_line(article);
        match line {
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

    fn end(&mut self, _speakers: Vec<Speaker>, _terms: Vec<(String, f32)>) -> bool {
        if let Some(line) = self.large.take() {
            let written = Self::finish_line(&mut self.out, line);
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
        ..IngestOptions::default()
    };
    let stdout = std::io::stdout();
    let mut sink = JsonSink {
        out: std::io::BufWriter::new(stdout.lock()),
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
            title: None,
            published: None,
            url: None,
            text: text.clone(),
            authors: Vec::new(),
            origin: Origin::file("x.jsonl").at_line(1),
        };
        let mut whole = sink();
        whole.batch(vec![Prepared {
            hash: article.content_hash(),
            extraction: extract_text_with(&text, None, &caps),
            article: article.clone(),
            terms: Vec::new(),
        }]);
        let article = Arc::new(article);
        let mut streamed = sink();
        assert!(streamed.begin(&article, ""));
        let done = extract_streaming(&text, None, &caps, &mut |p| streamed.piece(p));
        assert!(streamed.end(done.speakers, Vec::new()));
        assert!(whole.out.len() > 1000);
        assert_eq!(
            String::from_utf8(streamed.out).unwrap(),
            String::from_utf8(whole.out).unwrap()
        );
        let mut failed = sink();
        assert!(failed.begin(&article, ""));
        extract_streaming(&text, None, &caps, &mut |p| failed.piece(p));
        failed.abort();
        assert!(failed.out.is_empty());
    }
}
