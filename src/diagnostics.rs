//! Diagnostics: what went wrong with one input, and where.
//!
//! Readers and the pipeline never abort a batch for a bad input; they return a
//! [`Diagnostic`] naming the file and line, and the caller reports and counts it
//! (`path:line: what is wrong; what to do`).

use std::fmt;
use std::path::PathBuf;

/// Where an input came from: a file (and a line in it) or standard input.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Origin {
    /// `None` means standard input.
    pub path: Option<PathBuf>,
    /// 1-based line number, for line-oriented inputs.
    pub line: Option<usize>,
    /// The character encoding the input was read in, when it was not UTF-8
    /// (a web page in windows-1252, say); shown after the path.
    pub encoding: Option<&'static str>,
}

impl Origin {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Origin {
            path: Some(path.into()),
            line: None,
            encoding: None,
        }
    }

    pub fn stdin() -> Self {
        Origin {
            path: None,
            line: None,
            encoding: None,
        }
    }

    pub fn at_line(&self, line: usize) -> Self {
        Origin {
            path: self.path.clone(),
            line: Some(line),
            encoding: self.encoding,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}", p.display())?,
            None => f.write_str("<stdin>")?,
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(enc) = self.encoding {
            write!(f, " ({enc})")?;
        }
        Ok(())
    }
}

/// The kind of problem, used to count rejections by reason in the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Problem {
    /// The path could not be opened or read.
    Unreadable,
    /// The bytes are not UTF-8 text.
    NotUtf8,
    /// The file holds binary data.
    Binary,
    /// The file (or stdin) holds nothing but whitespace.
    Empty,
    /// A JSON line or file that does not parse, or is not an object.
    BadJson,
    /// A record without article text.
    NoText,
    /// HTML from which no article text could be extracted.
    NoArticleInHtml,
    /// A file whose type crosscheck does not read.
    UnsupportedType,
    /// A date that could not be read; the article is kept without it.
    BadDate,
    /// Extraction failed on this article (a defect in crosscheck): the
    /// article is skipped and the rest of the batch stored.
    ExtractionFailed,
    /// Text over a length cap (a huge paragraph, a sentence with no end),
    /// extracted in pieces; the article is kept.
    LongText,
    /// A line given to `ingest --extracted` that is not a usable record of
    /// `crosscheck extract` (missing fields, indices out of range, a hash
    /// that does not match).
    BadRecord,
    /// A record of `crosscheck extract` made by another extractor version.
    OtherExtractor,
}

impl Problem {
    /// A short label for summaries ("invalid JSON", "not UTF-8", …).
    pub fn label(self) -> &'static str {
        match self {
            Problem::Unreadable => "unreadable path",
            Problem::NotUtf8 => "not UTF-8",
            Problem::Binary => "binary file",
            Problem::Empty => "empty input",
            Problem::BadJson => "invalid JSON",
            Problem::NoText => "no article text",
            Problem::NoArticleInHtml => "no article in HTML",
            Problem::UnsupportedType => "unsupported file type",
            Problem::BadDate => "unreadable date (kept without it)",
            Problem::ExtractionFailed => "extraction failed",
            Problem::LongText => "text over a length cap (extracted in pieces)",
            Problem::BadRecord => "not an extract record",
            Problem::OtherExtractor => "made by another extractor version",
        }
    }

    /// Whether the input was rejected (as opposed to kept with a warning).
    pub fn rejects(self) -> bool {
        !matches!(self, Problem::BadDate | Problem::LongText)
    }
}

/// One problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub origin: Origin,
    pub problem: Problem,
    /// What is wrong and, where it helps, what to do about it.
    pub message: String,
}

impl Diagnostic {
    pub fn new(origin: Origin, problem: Problem, message: impl Into<String>) -> Self {
        Diagnostic {
            origin,
            problem,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = if self.problem.rejects() {
            "skipped"
        } else {
            "warning"
        };
        write!(f, "{}: {}: {}", self.origin, level, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        let d = Diagnostic::new(
            Origin::file("in/a.jsonl").at_line(3),
            Problem::BadJson,
            "invalid JSON at column 5",
        );
        assert_eq!(
            d.to_string(),
            "in/a.jsonl:3: skipped: invalid JSON at column 5"
        );
        let w = Diagnostic::new(Origin::stdin(), Problem::BadDate, "bad date");
        assert_eq!(w.to_string(), "<stdin>: warning: bad date");
    }
}
