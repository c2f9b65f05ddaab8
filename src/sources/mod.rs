//! Reading articles: which files an ingest covers, and how each input form
//! (JSON Lines, plain text or Markdown with a header, HTML, stdin) becomes an
//! [`Article`].
//!
//! Readers never abort on bad input: each problem becomes a [`Diagnostic`]
//! naming the file (and line), and the rest of the input is still read.

mod charset;
mod date_order;
pub mod dates;
mod decode;
mod html;
mod html_clean;
mod html_date_lines;
mod html_meta;
mod html_prune;
mod html_siblings;
mod json;
mod plain;

pub use charset::{Decoded, decode_html};
pub use dates::parse_published;
pub use decode::{check_head, decode_text};

use crate::article::{Article, Published};
use crate::diagnostics::{Diagnostic, Origin, Problem};
use std::path::{Path, PathBuf};

/// One argument of `crosscheck ingest`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    /// `-`: read standard input.
    Stdin,
}

impl From<&str> for Input {
    fn from(s: &str) -> Self {
        if s == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(s))
        }
    }
}

/// Values given on the command line that replace what the input says.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub source: Option<String>,
    pub published: Option<Published>,
}

/// The input forms crosscheck reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.jsonl` / `.ndjson`: one JSON object per line.
    JsonLines,
    /// `.json`: JSON Lines, or one JSON array of objects, or one object.
    Json,
    /// `.txt` / `.md`: optional `Key: value` header, blank line, body.
    Text,
    /// `.html` / `.htm`: main text and `<meta>` metadata.
    Html,
}

impl Format {
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            "txt" | "md" | "markdown" | "text" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => return None,
        })
    }

    /// Guesses the form of standard input from its first non-blank byte.
    pub fn sniff(bytes: &[u8]) -> Format {
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        match first {
            Some(b'{') | Some(b'[') => Format::Json,
            Some(b'<') => Format::Html,
            _ => Format::Text,
        }
    }
}

/// A file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    pub format: Format,
    pub size: u64,
}

/// The result of walking the ingest arguments.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<InputFile>,
    pub stdin: bool,
    /// Paths that could not be read or are of an unsupported type.
    pub diagnostics: Vec<Diagnostic>,
    /// Files inside folders that are not article formats (images, PDFs, …), silently passed over.
    pub other_files: usize,
}

impl Discovery {
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }
}

/// Expands the arguments: folders recursively (in name order, hidden entries
/// and the folder's own README, LICENSE and the like skipped), files as
/// given, `-` as standard input.
pub fn discover(inputs: &[Input]) -> Discovery {
    discover_as(inputs, Naming::ByExtension)
}

/// How discovery tells a file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// By its extension (`.jsonl`, `.html`, …); other files are passed over.
    ByExtension,
    /// Every file is JSON Lines, whatever its name: the records
    /// `crosscheck extract` wrote, which Spark names `part-NNNNN`. In
    /// folders, Spark's markers (`_SUCCESS`, `.crc` checksums) are passed over.
    JsonLines,
}

impl Naming {
    fn format_of(self, path: &Path, in_folder: bool) -> Option<Format> {
        match self {
            Naming::ByExtension => Format::of_path(path),
            Naming::JsonLines => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                let marker = name.starts_with('_') || name.ends_with(".crc");
                (!(in_folder && marker)).then_some(Format::JsonLines)
            }
        }
    }
}

/// [`discover`], telling formats apart as `naming` says.
pub fn discover_as(inputs: &[Input], naming: Naming) -> Discovery {
    let mut d = Discovery::default();
    for input in inputs {
        match input {
            Input::Stdin => d.stdin = true,
            Input::Path(path) => discover_path(path, naming, &mut d),
        }
    }
    d
}

fn discover_path(path: &Path, naming: Naming, d: &mut Discovery) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            d.diagnostics.push(Diagnostic::new(
                Origin::file(path),
                Problem::Unreadable,
                format!("cannot read this path ({e}); check that it exists and is readable"),
            ));
            return;
        }
    };
    if meta.is_file() {
        match naming.format_of(path, false) {
            Some(format) => d.files.push(InputFile {
                path: path.to_path_buf(),
                format,
                size: meta.len(),
            }),
            None => d.diagnostics.push(unsupported(path)),
        }
        return;
    }
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            // A corpus folder's own documentation is not an article.
            Ok(e) if e.file_type().is_file() && is_folder_doc(e.path()) => d.other_files += 1,
            Ok(e) if e.file_type().is_file() => match naming.format_of(e.path(), true) {
                Some(format) => d.files.push(InputFile {
                    path: e.path().to_path_buf(),
                    format,
                    size: e.metadata().map(|m| m.len()).unwrap_or(0),
                }),
                None => d.other_files += 1,
            },
            Ok(_) => {}
            Err(e) => {
                let at = e.path().unwrap_or(path).to_path_buf();
                d.diagnostics.push(Diagnostic::new(
                    Origin::file(at),
                    Problem::Unreadable,
                    walk_error_message(&e),
                ));
            }
        }
    }
}

/// What went wrong walking a folder, and what to do: a link back to a
/// folder above it is a loop (followed once, never again), anything else
/// is most often a permission.
fn walk_error_message(e: &walkdir::Error) -> String {
    match e.loop_ancestor() {
        Some(ancestor) => format!(
            "a symbolic link loop: this link leads back to {}, which is already being read; it was skipped (remove the link, or name the folder it points to instead)",
            ancestor.display()
        ),
        None => format!("cannot read this path ({e}); check its permissions"),
    }
}

/// `README.md`, `LICENSE.txt`, `CHANGELOG.md` … inside a folder: the
/// folder's documentation. (Named on the command line, they are read.)
fn is_folder_doc(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_uppercase())
        .unwrap_or_default();
    matches!(
        stem.as_str(),
        "README"
            | "LICENSE"
            | "LICENCE"
            | "CHANGELOG"
            | "CHANGES"
            | "NOTICE"
            | "COPYING"
            | "AUTHORS"
            | "CONTRIBUTING"
    )
}

fn unsupported(path: &Path) -> Diagnostic {
    Diagnostic::new(
        Origin::file(path),
        Problem::UnsupportedType,
        "not an article format crosscheck reads; use .jsonl/.ndjson/.json, .txt/.md or .html/.htm",
    )
}

/// What reading one unit of input produced.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    fn one(result: Result<Article, Diagnostic>) -> Self {
        let mut p = Parsed::default();
        p.push(result);
        p
    }

    /// Builds an article from `fields` and keeps it, or the reason it was rejected.
    fn build(
        &mut self,
        fields: Fields,
        origin: &Origin,
        fallback_id: Option<String>,
        ov: &Overrides,
    ) {
        let result = build_article(fields, origin, fallback_id, ov, &mut self.diagnostics);
        self.push(result);
    }

    fn push(&mut self, result: Result<Article, Diagnostic>) {
        match result {
            Ok(a) => self.articles.push(a),
            Err(d) => self.diagnostics.push(d),
        }
    }
}

/// Reads a whole (non-JSON-Lines) file. JSON Lines files are streamed line
/// by line by the caller through [`parse_json_line`] so that a large export
/// never sits in memory at once.
pub fn read_file(file: &InputFile, overrides: &Overrides) -> Parsed {
    let origin = Origin::file(&file.path);
    match std::fs::read(&file.path) {
        Ok(bytes) => parse_bytes(&bytes, file.format, origin, overrides),
        Err(e) => Parsed::one(Err(Diagnostic::new(
            origin,
            Problem::Unreadable,
            format!("cannot read this file ({e}); check that it exists and is readable"),
        ))),
    }
}

/// Parses the bytes of one input in the given form.
pub fn parse_bytes(bytes: &[u8], format: Format, origin: Origin, ov: &Overrides) -> Parsed {
    if format == Format::Html {
        return parse_html_bytes(bytes, origin, ov);
    }
    let text = match decode_text(bytes, &origin) {
        Ok(t) => t,
        Err(d) => return Parsed::one(Err(d)),
    };
    let fallback_id = default_id(&origin);
    match format {
        Format::JsonLines => json::parse_lines(text, &origin, ov),
        Format::Json => json::parse_document(text, &origin, ov),
        Format::Text => plain::parse(text, &origin, fallback_id, ov),
        Format::Html => html::parse(text, &origin, fallback_id, ov),
    }
}

/// A web page in whatever encoding it is in: read as text the way browsers
/// read it (see `charset`), its encoding noted in the origin when not UTF-8.
/// Only binary data and empty pages are rejected.
fn parse_html_bytes(bytes: &[u8], mut origin: Origin, ov: &Overrides) -> Parsed {
    let head = &bytes[..bytes.len().min(8192)];
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    if !utf16
        && let Err(d) = decode_text(head, &origin)
        && d.problem != Problem::NotUtf8
    {
        return Parsed::one(Err(d));
    }
    let decoded = decode_html(bytes);
    if decoded.text.trim().is_empty() {
        return Parsed::one(Err(Diagnostic::new(
            origin,
            Problem::Empty,
            "empty: there is no text to ingest",
        )));
    }
    if decoded.encoding != encoding_rs::UTF_8 {
        origin.encoding = Some(decoded.encoding.name());
    }
    let fallback_id = default_id(&origin);
    html::parse(&decoded.text, &origin, fallback_id, ov)
}

/// Parses one line of a JSON Lines file (a blank line gives nothing).
pub fn parse_json_line(bytes: &[u8], origin: &Origin, ov: &Overrides) -> Parsed {
    json::parse_line(bytes, origin, ov)
}

/// As [`parse_json_line`], letting go of the line once it is decoded (so
/// that a huge line is not held with its article's text).
pub fn parse_owned_json_line(bytes: Vec<u8>, origin: &Origin, ov: &Overrides) -> Parsed {
    json::parse_owned_line(bytes, origin, ov)
}

/// The identifier of a file-based article that has neither `Id` nor URL:
/// its absolute path, so that re-ingesting the edited file updates it.
fn default_id(origin: &Origin) -> Option<String> {
    let path = origin.path.as_ref()?;
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
    Some(format!("file:{}", abs.display()))
}

/// The identifier of an article without `id`, URL or file of its own
/// (a JSON record, stdin): a digest of its text.
fn text_id(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(text.as_bytes());
    let hex: String = d.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Fields common to every reader, before normalisation.
#[derive(Debug, Default)]
struct Fields {
    id: Option<String>,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    text: Option<String>,
    authors: Vec<String>,
    /// Reader comments, each one block of text (web pages only).
    comments: Vec<String>,
}

/// Turns raw fields into an article: normalises text and metadata, applies
/// overrides, reads the date (a bad date is a warning, not a rejection).
fn build_article(
    mut fields: Fields,
    origin: &Origin,
    fallback_id: Option<String>,
    ov: &Overrides,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Article, Diagnostic> {
    // (The raw text is let go as soon as it is normalised: it may be long.)
    let raw = fields.text.take();
    let text = crate::analysis::normalize(raw.as_deref().unwrap_or(""));
    drop(raw);
    if text.is_empty() {
        return Err(Diagnostic::new(
            origin.clone(),
            Problem::NoText,
            "no article text (expected a non-empty \"text\" or \"maintext\" field)",
        ));
    }
    let clean = |s: Option<String>| {
        s.map(|v| crate::analysis::normalize(&v).replace('\n', " "))
            .filter(|v| !v.is_empty())
    };
    let published = match ov.published {
        Some(p) => Some(p),
        None => match fields.published.as_deref().map(parse_published) {
            Some(Ok(p)) => p,
            Some(Err(msg)) => {
                warnings.push(Diagnostic::new(origin.clone(), Problem::BadDate, msg));
                None
            }
            None => None,
        },
    };
    let url = clean(fields.url);
    let external_id = clean(fields.id)
        .or_else(|| url.clone())
        .or(fallback_id)
        .unwrap_or_else(|| text_id(&text));
    Ok(Article {
        external_id,
        source: ov.source.clone().or_else(|| clean(fields.source)),
        title: clean(fields.title),
        published,
        url,
        text,
        authors: fields
            .authors
            .iter()
            .filter_map(|a| clean(Some(a.clone())))
            .collect(),
        comments: comments_text(&fields.comments),
        origin: origin.clone(),
    })
}

/// Reader comments, normalised as the text is, one paragraph each; `None`
/// where there are none.
fn comments_text(comments: &[String]) -> Option<String> {
    let kept: Vec<String> = comments
        .iter()
        .map(|c| crate::analysis::normalize(c))
        .filter(|c| !c.is_empty())
        .collect();
    (!kept.is_empty()).then(|| kept.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_reported_as_a_loop_and_the_rest_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("inner");
        std::fs::create_dir(&inner).unwrap();
        std::fs::write(inner.join("story.txt"), "Some text.").unwrap();
        std::os::unix::fs::symlink(dir.path(), inner.join("back")).unwrap();
        let d = discover(&[Input::Path(dir.path().to_path_buf())]);
        assert_eq!(d.files.len(), 1, "{:?}", d.files);
        assert_eq!(d.diagnostics.len(), 1, "{:?}", d.diagnostics);
        let message = &d.diagnostics[0].message;
        assert!(message.contains("symbolic link loop"), "{message}");
        assert!(!message.contains("permissions"), "{message}");
        assert!(d.diagnostics[0].origin.to_string().contains("back"));
    }

    #[test]
    fn formats_by_extension_and_sniffing() {
        assert_eq!(
            Format::of_path(Path::new("a/B.JSONL")),
            Some(Format::JsonLines)
        );
        assert_eq!(Format::of_path(Path::new("a.md")), Some(Format::Text));
        assert_eq!(Format::of_path(Path::new("a.htm")), Some(Format::Html));
        assert_eq!(Format::of_path(Path::new("a.pdf")), None);
        assert_eq!(Format::sniff(b"  {\"text\":1}"), Format::Json);
        assert_eq!(Format::sniff(b"\n<!doctype html>"), Format::Html);
        assert_eq!(Format::sniff(b"Title: x\n\nBody"), Format::Text);
    }

    #[test]
    fn overrides_replace_source_and_date() {
        let ov = Overrides {
            source: Some("Given".into()),
            published: parse_published("2020-01-02").unwrap(),
        };
        let mut warnings = vec![];
        let fields = Fields {
            source: Some("Other".into()),
            published: Some("garbage".into()),
            text: Some("Body".into()),
            ..Fields::default()
        };
        let a = build_article(fields, &Origin::stdin(), None, &ov, &mut warnings).unwrap();
        assert_eq!(a.source.as_deref(), Some("Given"));
        assert_eq!(a.published.unwrap().to_string(), "2020-01-02");
        assert!(
            warnings.is_empty(),
            "the override wins, so the bad date is not read"
        );
    }

    #[test]
    fn identifier_falls_back_to_url_then_text_digest() {
        let mut w = vec![];
        let with_url = Fields {
            url: Some("https://example.org/a".into()),
            text: Some("Body".into()),
            ..Fields::default()
        };
        let a = build_article(
            with_url,
            &Origin::stdin(),
            None,
            &Overrides::default(),
            &mut w,
        );
        assert_eq!(a.unwrap().external_id, "https://example.org/a");
        let bare = Fields {
            text: Some("Body".into()),
            ..Fields::default()
        };
        let b = build_article(bare, &Origin::stdin(), None, &Overrides::default(), &mut w);
        assert!(b.unwrap().external_id.starts_with("sha256:"));
    }
}
