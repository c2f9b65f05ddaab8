//! The ingest pipeline: read inputs → parse and analyse in parallel → one
//! writer thread storing batches.
//!
//! The calling thread walks the inputs and cuts them into chunks of jobs (a
//! file, or one line of a JSON Lines file); rayon parses each chunk on all
//! cores; finished articles go over a bounded channel to the writer thread,
//! which stores them one transaction per batch. Memory stays bounded by the
//! chunk size and the channel depth, whatever the size of the corpus.
//!
//! Bad input never stops the run: every problem is handed to [`Progress`]
//! as a [`Diagnostic`] and counted in the [`Summary`].

use crate::analyse::{AnalysisOptions, AnalysisSummary, analyse_pending};
use crate::analysis::Document;
use crate::article::Article;
use crate::compare::terms::{TermCounts, fingerprint};
use crate::diagnostics::{Diagnostic, Origin, Problem};
use crate::extract::caps::Caps;
use crate::extract::speakers::Speaker;
use crate::extract::{
    ArticleExtraction, ClaimRecord, PieceRecords, QuoteRecord, Streamed, extract_article,
    extract_streaming,
};
use crate::sources::{self, Format, Input, InputFile, Overrides, Parsed};
use crate::store::writer::Streaming;
use crate::store::{KnownArticles, Prepared, RunLog, Store, StoreError, WriteOutcome, Writer};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::{Duration, Instant};
use thiserror::Error;

/// How an ingest runs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub overrides: Overrides,
    /// Articles per write transaction.
    pub batch_size: usize,
    /// Bytes of input handed to the parallel stage at once.
    pub chunk_bytes: usize,
    /// How articles are grouped into stories.
    pub analysis: AnalysisOptions,
    /// What the inputs hold: articles, or records `crosscheck extract` wrote.
    pub input: InputKind,
    /// Where a JSON line says it was read from.
    pub line_origins: LineOrigins,
}

/// Where the articles of a JSON Lines input were read from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LineOrigins {
    /// The input's own path (or standard input) and the line's number.
    #[default]
    Counted,
    /// Each line starts with `PATH:LINE` and a tab, naming where it was
    /// first read: a map step (Spark's `RDD.pipe`) feeds lines of many
    /// files to one `crosscheck extract -`, and the records keep the
    /// origins a direct ingest of those files would give.
    Tagged,
}

/// What an ingest reads.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Articles in any format `sources` reads; extracted here.
    #[default]
    Articles,
    /// JSON Lines records of `crosscheck extract` (see [`crate::extracted`]),
    /// stored without extracting again. Every file named, and every file in
    /// a folder named (Spark's `part-NNNNN` included), is read as such.
    Extracted,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            overrides: Overrides::default(),
            // Small enough that the queued batches (extracted articles with
            // their text) stay within tens of MB; large enough that a
            // transaction's fixed cost is spread thin.
            batch_size: 1024,
            chunk_bytes: 4 << 20,
            analysis: AnalysisOptions::default(),
            input: InputKind::Articles,
            line_origins: LineOrigins::Counted,
        }
    }
}

/// Receives progress and problems as the run goes (a progress bar, a log).
pub trait Progress {
    /// Called once; `None` when the total is unknown (stdin).
    fn start(&self, _total_bytes: Option<u64>) {}
    /// Input bytes consumed and articles read since the last call.
    fn advance(&self, _bytes: u64, _articles: u64) {}
    /// A problem with one input; the run goes on.
    fn diagnostic(&self, _d: &Diagnostic) {}
    /// A stage of the run ends: `"store"` (reading, extracting and writing)
    /// and `"analyse"` (stories and flags). For benchmarks and logs.
    fn stage_done(&self, _stage: &str) {}
}

/// A [`Progress`] that ignores everything.
pub struct Silent;
impl Progress for Silent {}

/// What an ingest did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    /// Articles successfully read from the inputs.
    pub read: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Rejected inputs by reason.
    pub rejected: BTreeMap<Problem, usize>,
    /// Problems that did not reject an input (a date that could not be read).
    pub warnings: usize,
    /// Files in folders that are not an article format.
    pub other_files: usize,
    pub elapsed: Duration,
    /// What the cross-source analysis did.
    pub analysis: AnalysisSummary,
}

impl Summary {
    pub fn rejected_total(&self) -> usize {
        self.rejected.values().sum()
    }

    fn count(&mut self, d: &Diagnostic) {
        if d.problem.rejects() {
            *self.rejected.entry(d.problem).or_default() += 1;
        } else {
            self.warnings += 1;
        }
    }
}

#[derive(Debug, Error)]
pub enum IngestError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read standard input: {0}")]
    Stdin(std::io::Error),
    #[error("the database writer stopped unexpectedly")]
    WriterPanicked,
}

/// One unit of parallel work.
enum Job {
    /// One line of a JSON Lines input.
    Line { origin: Origin, bytes: Vec<u8> },
    /// One line of `crosscheck extract` output.
    Extracted { origin: Origin, bytes: Vec<u8> },
    /// A whole file.
    File(InputFile),
    /// All of standard input, in a sniffed form.
    Whole {
        origin: Origin,
        bytes: Vec<u8>,
        format: Format,
    },
}

impl Job {
    fn size(&self) -> usize {
        match self {
            Job::Line { bytes, .. } | Job::Extracted { bytes, .. } | Job::Whole { bytes, .. } => {
                bytes.len() + 1
            }
            Job::File(f) => f.size as usize,
        }
    }
}

/// A new or changed article from the parallel stage.
enum Item {
    /// Analysed whole.
    Ready(Box<Prepared>),
    /// Over the article cap ([`Caps::window`]): extracted later, a piece
    /// at a time, straight into the sink (see [`Sink::begin`]), so that
    /// its records are never held whole. With its content hash.
    Large(Arc<Article>, String),
}

/// Where the pipeline hands what it read and extracted: the database
/// writer for `ingest`, standard output for `extract`.
pub trait Sink {
    /// Analysed articles, in input order; `false` when the sink can take
    /// no more (the writer failed), which stops the reading.
    fn batch(&mut self, batch: Vec<Prepared>) -> bool;
    /// An article over the article cap, before its extraction: whether
    /// the sink wants its records (`false`: already stored, or the sink
    /// can take no more). Its records then come through [`Sink::piece`]
    /// and it ends with [`Sink::end`], or with [`Sink::abort`] when its
    /// extraction failed.
    fn begin(&mut self, article: &Arc<Article>, hash: &str) -> bool;
    /// One piece's records (offsets and indices into the whole article).
    fn piece(&mut self, piece: PieceRecords<'_>);
    /// The article's final speakers and fingerprint; `false` when the
    /// sink can take no more.
    fn end(&mut self, speakers: Vec<Speaker>, terms: Vec<(String, f32)>) -> bool;
    /// The article's extraction failed: nothing of it is kept.
    fn abort(&mut self);
}

/// What the parallel stage produced for one job.
#[derive(Default)]
struct Processed {
    bytes: u64,
    read: usize,
    diagnostics: Vec<Diagnostic>,
    /// New or changed articles, in input order.
    articles: Vec<Item>,
    /// Articles already stored with the same content.
    unchanged: usize,
}

/// Stored articles that are up to date; see [`Store::known_articles`].
type Known = KnownArticles;

/// Parses, hashes and (for new or changed articles) analyses one job.
fn process(job: Job, known: &Known, ov: &Overrides) -> Processed {
    let bytes = job.size() as u64;
    let parsed: Parsed = match job {
        Job::Extracted {
            origin,
            bytes: line,
        } => return load_extracted(&line, &origin, known),
        Job::Line { origin, bytes } => sources::parse_owned_json_line(bytes, &origin, ov),
        Job::File(file) => sources::read_file(&file, ov),
        Job::Whole {
            origin,
            bytes,
            format,
        } => sources::parse_bytes(&bytes, format, origin, ov),
    };
    let mut out = Processed {
        bytes,
        read: parsed.articles.len(),
        diagnostics: parsed.diagnostics,
        ..Processed::default()
    };
    for article in parsed.articles {
        let hash = article.content_hash();
        if up_to_date(known, &article.external_id, &hash) {
            out.unchanged += 1;
        } else if article.text.len() > Caps::default().window {
            out.articles.push(Item::Large(Arc::new(article), hash));
        } else {
            match analyse_one(&article) {
                Ok((extraction, terms)) => {
                    out.diagnostics.extend(extraction.cuts.iter().map(|cut| {
                        Diagnostic::new(article.origin.clone(), Problem::LongText, cut.to_string())
                    }));
                    out.articles.push(Item::Ready(Box::new(Prepared {
                        article,
                        hash,
                        extraction,
                        terms,
                    })))
                }
                Err(d) => out.diagnostics.push(d),
            }
        }
    }
    out
}

/// Whether the store holds `id` with this content, analysed by this extractor.
fn up_to_date(known: &Known, id: &str, hash: &str) -> bool {
    known.up_to_date(id, hash)
}

/// Reads one record of `crosscheck extract` output: what a direct ingest
/// would have extracted, without extracting again.
fn load_extracted(line: &[u8], origin: &Origin, known: &Known) -> Processed {
    let mut out = Processed {
        bytes: line.len() as u64 + 1,
        ..Processed::default()
    };
    // Blank lines are no records, as they are no articles in JSON Lines.
    if line.trim_ascii().is_empty() {
        return out;
    }
    out.read = 1;
    match crate::extracted::read(line, origin) {
        Ok(p) if up_to_date(known, &p.article.external_id, &p.hash) => out.unchanged += 1,
        Ok(p) => out.articles.push(Item::Ready(Box::new(p))),
        Err(d) => out.diagnostics.push(d),
    }
    out
}

/// Extracts one article's quotes and claims and its fingerprint. A panic
/// (a defect, never expected) is caught here and becomes this article's
/// diagnostic, naming its file and line, so one article never ends a batch.
fn analyse_one(article: &Article) -> Result<(ArticleExtraction, Vec<(String, f32)>), Diagnostic> {
    guarded(article, || {
        let published = article.published.map(|p| p.date);
        let doc = Document::new(article.text.clone());
        let extraction = extract_article(&doc, published);
        (extraction, fingerprint(article.title.as_deref(), &doc))
    })
}

/// Extracts an article over the article cap a piece at a time, never
/// whole, handing each piece's records to `sink` as they are found: the
/// fingerprint's counts add up over the pieces. Returns the streamed
/// extraction's speakers and cuts and the fingerprint, or the diagnostic
/// of a panic (as [`analyse_one`]).
fn stream_one(
    article: &Article,
    sink: &mut dyn FnMut(PieceRecords<'_>),
) -> Result<(Streamed, Vec<(String, f32)>), Diagnostic> {
    guarded(article, || {
        let published = article.published.map(|p| p.date);
        let mut terms = TermCounts::new(article.title.as_deref());
        let streamed = extract_streaming(&article.text, published, &Caps::default(), &mut |p| {
            terms.add(p.doc);
            sink(p);
        });
        (streamed, terms.finish())
    })
}

/// Runs `work` on `article`, turning a panic into the article's diagnostic.
fn guarded<T>(article: &Article, work: impl FnOnce() -> T) -> Result<T, Diagnostic> {
    std::panic::catch_unwind(AssertUnwindSafe(work)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Diagnostic::new(
            article.origin.clone(),
            Problem::ExtractionFailed,
            format!(
                "extraction failed on this article ({what}); it was skipped and the rest stored. This is a defect in crosscheck: please report it with this article"
            ),
        )
    })
}

/// Collects jobs into chunks, runs each chunk in parallel and forwards the results.
struct Pipeline<'a> {
    jobs: Vec<Job>,
    jobs_bytes: usize,
    batch: Vec<Prepared>,
    known: &'a Known,
    options: &'a IngestOptions,
    progress: &'a dyn Progress,
    summary: &'a mut Summary,
    /// Where finished articles go (the writer, or stdout for `extract`).
    sink: &'a mut dyn Sink,
    /// Set when the sink can take no more; reading stops.
    writer_gone: bool,
}

impl Pipeline<'_> {
    fn push(&mut self, job: Job) {
        self.jobs_bytes += job.size();
        self.jobs.push(job);
        if self.jobs_bytes >= self.options.chunk_bytes || self.jobs.len() >= 8192 {
            self.run_chunk();
        }
    }

    fn run_chunk(&mut self) {
        let jobs = std::mem::take(&mut self.jobs);
        self.jobs_bytes = 0;
        let known = self.known;
        let ov = &self.options.overrides;
        let results: Vec<Processed> = jobs
            .into_par_iter()
            .map(|job| process(job, known, ov))
            .collect();
        for r in results {
            for d in &r.diagnostics {
                self.summary.count(d);
                self.progress.diagnostic(d);
            }
            self.summary.read += r.read;
            self.summary.unchanged += r.unchanged;
            self.summary.bytes += r.bytes;
            self.progress.advance(r.bytes, r.read as u64);
            for item in r.articles {
                match item {
                    Item::Ready(p) => self.batch.push(*p),
                    Item::Large(article, hash) => self.large(article, hash),
                }
                if self.batch.len() >= self.options.batch_size {
                    self.flush();
                }
            }
        }
        self.flush();
    }

    /// Hands an article over the article cap to the sink piece by piece,
    /// after the articles before it.
    fn large(&mut self, article: Arc<Article>, hash: String) {
        self.flush();
        if self.writer_gone || !self.sink.begin(&article, &hash) {
            return;
        }
        let sink = &mut *self.sink;
        match stream_one(&article, &mut |p| sink.piece(p)) {
            Ok((streamed, terms)) => {
                for cut in &streamed.cuts {
                    let d =
                        Diagnostic::new(article.origin.clone(), Problem::LongText, cut.to_string());
                    self.reject(d);
                }
                if !self.sink.end(streamed.speakers, terms) {
                    self.writer_gone = true;
                }
            }
            Err(d) => {
                self.sink.abort();
                self.reject(d);
            }
        }
    }

    fn flush(&mut self) {
        if self.batch.is_empty() || self.writer_gone {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        if !self.sink.batch(batch) {
            self.writer_gone = true;
        }
    }

    /// Streams a JSON Lines input one line per job.
    fn stream_lines(&mut self, reader: impl Read, origin: &Origin) {
        let mut reader = BufReader::with_capacity(1 << 20, reader);
        match reader.fill_buf() {
            Ok(head) => {
                if let Err(d) = sources::check_head(head, origin) {
                    self.reject(d);
                    return;
                }
            }
            Err(e) => {
                self.reject(read_error(origin, e));
                return;
            }
        }
        let mut line_no = 0;
        loop {
            if self.writer_gone {
                return;
            }
            let mut buf = Vec::new();
            line_no += 1;
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => return,
                Ok(_) => {
                    while buf.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                        buf.pop();
                    }
                    let mut origin = origin.at_line(line_no);
                    if self.options.line_origins == LineOrigins::Tagged {
                        match untag(&mut buf, &origin) {
                            Ok(tagged) => origin = tagged,
                            Err(d) => {
                                self.reject(d);
                                continue;
                            }
                        }
                    }
                    self.push(match self.options.input {
                        InputKind::Articles => Job::Line { origin, bytes: buf },
                        InputKind::Extracted => Job::Extracted { origin, bytes: buf },
                    });
                }
                Err(e) => {
                    self.reject(read_error(&origin.at_line(line_no), e));
                    return;
                }
            }
        }
    }

    fn reject(&mut self, d: Diagnostic) {
        self.summary.count(&d);
        self.progress.diagnostic(&d);
    }
}

/// Takes the `PATH:LINE<TAB>` tag off a line (see [`LineOrigins::Tagged`])
/// and returns the origin it names. A blank line needs no tag.
fn untag(line: &mut Vec<u8>, at: &Origin) -> Result<Origin, Diagnostic> {
    if line.trim_ascii().is_empty() {
        return Ok(at.clone());
    }
    let tag = line.iter().position(|&b| b == b'\t').and_then(|tab| {
        let tag = std::str::from_utf8(&line[..tab]).ok()?;
        let (path, number) = tag.rsplit_once(':')?;
        let number: usize = number.parse().ok()?;
        Some((tab, Origin::file(path).at_line(number)))
    });
    let Some((tab, origin)) = tag else {
        return Err(Diagnostic::new(
            at.clone(),
            Problem::BadJson,
            "no origin tag: with --tagged every line starts with PATH:LINE and a tab",
        ));
    };
    line.drain(..=tab);
    Ok(origin)
}

fn read_error(origin: &Origin, e: std::io::Error) -> Diagnostic {
    Diagnostic::new(
        origin.clone(),
        Problem::Unreadable,
        format!("read failed ({e}); the rest of this input was skipped"),
    )
}

/// Ingests `inputs` into `store`.
pub fn ingest(
    store: Store,
    inputs: &[Input],
    options: &IngestOptions,
    progress: &dyn Progress,
) -> Result<Summary, IngestError> {
    let started = Instant::now();
    let started_at = crate::store::now_utc();
    let discovery = discover(inputs, options.input);
    let mut summary = Summary {
        files: discovery.files.len(),
        other_files: discovery.other_files,
        ..Summary::default()
    };
    progress.start((!discovery.stdin).then(|| discovery.total_bytes()));
    for d in &discovery.diagnostics {
        summary.count(d);
        progress.diagnostic(d);
    }
    // Stdin's size is unknown; a file's articles are rarely under 400 bytes
    // each, so this errs towards more articles (and reading the store whole).
    let input_articles = (!discovery.stdin).then(|| discovery.total_bytes() / 400 + 1);
    let known = store.known_articles(input_articles)?;
    let inputs_json = serde_json::to_string(
        &inputs
            .iter()
            .map(|i| match i {
                Input::Path(p) => p.display().to_string(),
                Input::Stdin => "-".to_string(),
            })
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default();

    let (tx, rx) = crossbeam_channel::bounded::<ToWriter>(2);
    let (mut writer, counts) = std::thread::scope(|scope| {
        // The writer owns the connection for the whole run and hands it back at the end.
        let writer = scope.spawn(move || serve_writer(store, rx));
        let mut send = ToWriterSink {
            tx,
            sent_speakers: 0,
        };
        let read = read_all(
            &discovery,
            &known,
            options,
            progress,
            &mut summary,
            &mut send,
        );
        // Dropping the sender (inside `send`) closes the channel, which ends the writer's loop.
        drop(send);
        let written = writer.join().map_err(|_| IngestError::WriterPanicked)??;
        read.map(|()| written)
    })?;
    progress.stage_done("store");
    // New and changed articles find their stories, and those stories' flags
    // are refreshed: all the work listed as pending, including what an
    // interrupted earlier run left, so every ingest finishes the analysis.
    summary.analysis = analyse_pending(writer.conn_mut(), &options.analysis)?;
    progress.stage_done("analyse");
    let [new, updated, unchanged_in_writer] = counts;
    summary.new = new;
    summary.updated = updated;
    // Repeats of one id inside this run reach the writer and turn out unchanged there.
    summary.unchanged += unchanged_in_writer;
    writer.log_run(&RunLog {
        started_at,
        inputs: inputs_json,
        read: summary.read,
        new,
        updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected_total(),
    })?;
    writer.finish()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// What the pipeline sends the writer thread.
enum ToWriter {
    Batch(Vec<Prepared>),
    /// An article over the article cap starts; the answer says whether
    /// its records are wanted (see [`Sink::begin`]).
    Begin(Arc<Article>, String, crossbeam_channel::Sender<bool>),
    /// One piece's records, and the article's speakers found since the last piece.
    Piece(Vec<QuoteRecord>, Vec<ClaimRecord>, Vec<Speaker>),
    /// The article's final speakers and fingerprint.
    End(Vec<Speaker>, Vec<(String, f32)>),
    Abort,
}

/// The pipeline's end of the channel to the writer thread.
struct ToWriterSink {
    tx: crossbeam_channel::Sender<ToWriter>,
    /// Speakers of the current large article already sent.
    sent_speakers: usize,
}

impl Sink for ToWriterSink {
    fn batch(&mut self, batch: Vec<Prepared>) -> bool {
        self.tx.send(ToWriter::Batch(batch)).is_ok()
    }

    fn begin(&mut self, article: &Arc<Article>, hash: &str) -> bool {
        let (answer, wanted) = crossbeam_channel::bounded(1);
        self.sent_speakers = 0;
        let begin = ToWriter::Begin(article.clone(), hash.to_string(), answer);
        self.tx.send(begin).is_ok() && wanted.recv().unwrap_or(false)
    }

    fn piece(&mut self, p: PieceRecords<'_>) {
        let new = p.speakers[self.sent_speakers.min(p.speakers.len())..].to_vec();
        self.sent_speakers = p.speakers.len();
        // A closed channel shows at the next batch or `end`.
        let _ = self.tx.send(ToWriter::Piece(p.quotes, p.claims, new));
    }

    fn end(&mut self, speakers: Vec<Speaker>, terms: Vec<(String, f32)>) -> bool {
        self.tx.send(ToWriter::End(speakers, terms)).is_ok()
    }

    fn abort(&mut self) {
        let _ = self.tx.send(ToWriter::Abort);
    }
}

/// The writer thread: stores what the pipeline sends until the channel
/// closes, then hands the writer back with the count of each outcome.
fn serve_writer(
    store: Store,
    rx: crossbeam_channel::Receiver<ToWriter>,
) -> Result<(Writer, [usize; 3]), StoreError> {
    let mut w = store.into_writer();
    let mut counts = [0usize; 3];
    // The large article being stored, with its speakers so far.
    let mut open: Option<(Arc<Article>, Streaming, Vec<Speaker>)> = None;
    for message in rx {
        match message {
            ToWriter::Batch(batch) => {
                for (outcome, _) in w.write_batch(&batch)? {
                    counts[outcome as usize] += 1;
                }
            }
            ToWriter::Begin(article, hash, answer) => {
                match w.begin_streamed(&article, &hash)? {
                    Some(s) => open = Some((article, s, Vec::new())),
                    None => counts[WriteOutcome::Unchanged as usize] += 1,
                }
                let _ = answer.send(open.is_some());
            }
            ToWriter::Piece(quotes, claims, new) => {
                if let Some((article, s, speakers)) = &mut open {
                    speakers.extend(new);
                    w.write_piece(s, &article.text, speakers, &quotes, &claims)?;
                }
            }
            ToWriter::End(speakers, terms) => {
                if let Some((article, s, _)) = open.take() {
                    let (outcome, _) = w.end_streamed(s, &article, &speakers, &terms)?;
                    counts[outcome as usize] += 1;
                }
            }
            ToWriter::Abort => {
                if open.take().is_some() {
                    w.abort_streamed()?;
                }
            }
        }
    }
    Ok((w, counts))
}

/// Counts the articles a sink was handed.
struct Counting<'a> {
    inner: &'a mut dyn Sink,
    written: usize,
}

impl Sink for Counting<'_> {
    fn batch(&mut self, batch: Vec<Prepared>) -> bool {
        self.written += batch.len();
        self.inner.batch(batch)
    }
    fn begin(&mut self, article: &Arc<Article>, hash: &str) -> bool {
        self.inner.begin(article, hash)
    }
    fn piece(&mut self, piece: PieceRecords<'_>) {
        self.inner.piece(piece)
    }
    fn end(&mut self, speakers: Vec<Speaker>, terms: Vec<(String, f32)>) -> bool {
        self.written += 1;
        self.inner.end(speakers, terms)
    }
    fn abort(&mut self) {
        self.inner.abort()
    }
}

/// The files among `inputs`: records of `crosscheck extract` are JSON
/// Lines whatever their names.
fn discover(inputs: &[Input], kind: InputKind) -> sources::Discovery {
    let naming = match kind {
        InputKind::Articles => sources::Naming::ByExtension,
        InputKind::Extracted => sources::Naming::JsonLines,
    };
    sources::discover_as(inputs, naming)
}

/// Reads every discovered input through the parallel stage into `sink`.
fn read_all(
    discovery: &sources::Discovery,
    known: &Known,
    options: &IngestOptions,
    progress: &dyn Progress,
    summary: &mut Summary,
    sink: &mut dyn Sink,
) -> Result<(), IngestError> {
    let mut pipeline = Pipeline {
        jobs: Vec::new(),
        jobs_bytes: 0,
        batch: Vec::new(),
        known,
        options,
        progress,
        summary,
        sink,
        writer_gone: false,
    };
    for file in &discovery.files {
        if pipeline.writer_gone {
            break;
        }
        match file.format {
            Format::JsonLines => {
                let origin = Origin::file(&file.path);
                match std::fs::File::open(&file.path) {
                    Ok(f) => pipeline.stream_lines(f, &origin),
                    Err(e) => pipeline.reject(read_error(&origin, e)),
                }
            }
            _ => pipeline.push(Job::File(file.clone())),
        }
    }
    let stdin_result = if discovery.stdin {
        read_stdin(&mut pipeline)
    } else {
        Ok(())
    };
    pipeline.run_chunk();
    pipeline.flush();
    stdin_result
}

/// Reads and analyses `inputs` without a database, handing each batch of
/// articles (in input order) to `sink`: the stateless map step behind
/// `crosscheck extract`. Problems go to `progress`; the counts come back.
pub fn extract_inputs(
    inputs: &[Input],
    options: &IngestOptions,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
) -> Result<Summary, IngestError> {
    let started = Instant::now();
    let discovery = discover(inputs, options.input);
    let mut summary = Summary {
        files: discovery.files.len(),
        other_files: discovery.other_files,
        ..Summary::default()
    };
    progress.start((!discovery.stdin).then(|| discovery.total_bytes()));
    for d in &discovery.diagnostics {
        summary.count(d);
        progress.diagnostic(d);
    }
    let mut counting = Counting {
        inner: sink,
        written: 0,
    };
    read_all(
        &discovery,
        &Known::none(),
        options,
        progress,
        &mut summary,
        &mut counting,
    )?;
    summary.new = counting.written;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn read_stdin(pipeline: &mut Pipeline) -> Result<(), IngestError> {
    let origin = Origin::stdin();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let head = lock.fill_buf().map_err(IngestError::Stdin)?.to_vec();
    let format = Format::sniff(&head);
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let one_object_per_line = pipeline.options.input == InputKind::Extracted
        || pipeline.options.line_origins == LineOrigins::Tagged
        || format == Format::Json
            && first_line.trim_ascii().starts_with(b"{")
            && first_line.trim_ascii().ends_with(b"}");
    if one_object_per_line {
        pipeline.stream_lines(lock, &origin);
    } else {
        let mut bytes = Vec::new();
        lock.read_to_end(&mut bytes).map_err(IngestError::Stdin)?;
        pipeline.push(Job::Whole {
            origin,
            bytes,
            format,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_names_the_origin_and_is_taken_off() {
        let at = Origin::stdin().at_line(3);
        let check = |line: &str, want: Result<(&str, &str), &str>| {
            let mut bytes = line.as_bytes().to_vec();
            let got = untag(&mut bytes, &at)
                .map(|o| (o.to_string(), String::from_utf8(bytes).unwrap()))
                .map_err(|d| (d.origin.to_string(), d.problem));
            match want {
                Ok((origin, rest)) => {
                    assert_eq!(got, Ok((origin.to_string(), rest.to_string())), "{line}")
                }
                Err(origin) => assert_eq!(got, Err((origin.to_string(), Problem::BadJson))),
            }
        };
        check(
            "a/b.jsonl:7\t{\"id\": 1}",
            Ok(("a/b.jsonl:7", "{\"id\": 1}")),
        );
        check("c:\\x:y.jsonl:12\t{}\t", Ok(("c:\\x:y.jsonl:12", "{}\t")));
        check("   ", Ok(("<stdin>:3", "   ")));
        check("{\"id\": 1}", Err("<stdin>:3"));
        check("a.jsonl:x\t{}", Err("<stdin>:3"));
        check("a.jsonl\t{}", Err("<stdin>:3"));
    }

    #[test]
    fn a_panic_in_one_article_is_its_diagnostic_with_file_and_line() {
        let article = Article {
            external_id: "x".into(),
            source: None,
            title: None,
            published: None,
            url: None,
            text: "Text.".into(),
            authors: Vec::new(),
            comments: None,
            origin: Origin::file("batch.jsonl").at_line(7),
        };
        let d = guarded(&article, || -> u32 { panic!("index out of bounds") }).unwrap_err();
        assert_eq!(d.problem, Problem::ExtractionFailed);
        assert!(d.problem.rejects());
        assert_eq!(d.origin.to_string(), "batch.jsonl:7");
        assert!(d.message.contains("index out of bounds"), "{}", d.message);
        assert_eq!(guarded(&article, || 5), Ok(5));
        assert!(analyse_one(&article).is_ok());
    }
}
