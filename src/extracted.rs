//! The record `crosscheck extract` prints for one article (one JSON line),
//! and reading it back into what the store writes (`crosscheck ingest
//! --extracted`): extraction can run elsewhere (a Spark job, other
//! machines) and the store be filled without extracting again, with the
//! same result as a direct ingest.
//!
//! The record is lossless for the store. Besides the contract fields
//! (`article_id`, `source`, `published`, `title`, `quotes`, `claims`) it
//! carries the article as read (`url`, `authors`, `text`, `origin`), its
//! `content_hash`, the `extractor_version`, the article's `speakers` (with
//! the gender an honorific gave them), the indices that tie quotes and
//! claims to speakers, quotes and each other, and the fingerprint `terms`
//! that find the article's story. Reading refuses a record made by another
//! extractor version, and one whose text or metadata no longer match its
//! hash, naming the file and line.

use crate::article::Article;
use crate::diagnostics::{Diagnostic, Origin, Problem};
use crate::extract::claims::{ClaimKind, ClaimValue, Granularity, Qualifier};
use crate::extract::lexicon::Gender;
use crate::extract::quotes::{Attribution, QuoteKind};
use crate::extract::speakers::{Speaker, SpeakerKind};
use crate::extract::{ArticleExtraction, ClaimRecord, EXTRACTOR_VERSION, QuoteRecord};
use crate::store::Prepared;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::Mutex;

/// One line of `crosscheck extract` output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub article_id: String,
    pub source: Option<String>,
    /// As the input gave it: `YYYY-MM-DD`, or RFC 3339 when a time is known.
    pub published: Option<String>,
    pub title: Option<String>,
    pub quotes: Vec<QuoteJson>,
    pub claims: Vec<ClaimJson>,
    /// The `EXTRACTOR_VERSION` of the build that wrote the record (absent
    /// in records of builds before `ingest --extracted`).
    #[serde(default)]
    pub extractor_version: Option<i64>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    /// Reader comments kept apart from the text (see `Article::comments`);
    /// absent where the page has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
    /// The normalised article text: every offset is a character offset into it.
    #[serde(default)]
    pub text: Option<String>,
    /// Where the article was read from.
    #[serde(default)]
    pub origin: Option<OriginJson>,
    /// SHA-256 over the stored fields (see `Article::content_hash`).
    #[serde(default)]
    pub content_hash: Option<String>,
    /// The article's speakers; `speaker_index` in quotes and claims points here.
    #[serde(default)]
    pub speakers: Vec<SpeakerJson>,
    /// Salient terms and weights, for finding the article's story.
    #[serde(default)]
    pub terms: Vec<(String, f32)>,
}

/// A quote: the contract fields (without database ids) and the article-level links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
    pub cue: Option<String>,
    pub kind: QuoteKind,
    pub mention: Option<String>,
    /// How the speaker was found (see [`Attribution`]).
    pub attribution: Attribution,
    /// The named rule that found the attribution.
    pub sieve: Option<String>,
    /// 1-based.
    pub paragraph: usize,
    /// 1-based sentence in the article.
    #[serde(default)]
    pub sentence: usize,
    /// Index into the record's `speakers`.
    #[serde(default)]
    pub speaker_index: Option<usize>,
    /// Index (into `quotes`) of the first part of the same utterance.
    #[serde(default)]
    pub part_of: Option<usize>,
}

/// A claim: the contract fields of DESIGN.md (without database ids);
/// `attributed_to` is the speaker who asserts it, absent for the outlet's
/// own claims; then the article-level links.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimJson {
    pub kind: ClaimKind,
    pub value: ClaimValue,
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub granularity: Option<Granularity>,
    pub surface: String,
    pub start: usize,
    pub end: usize,
    pub subject: Option<String>,
    pub attributed_to: Option<String>,
    /// Character offsets of the claim's sentence.
    #[serde(default)]
    pub sentence_start: usize,
    #[serde(default)]
    pub sentence_end: usize,
    /// Index into the record's `speakers` of who asserts it.
    #[serde(default)]
    pub speaker_index: Option<usize>,
    /// Index into `quotes` of the quote it sits in.
    #[serde(default)]
    pub quote: Option<usize>,
    /// Index into `claims` of the claim it restates (a conversion, say).
    #[serde(default)]
    pub linked: Option<usize>,
}

/// A speaker of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerJson {
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub gender: Option<Gender>,
}

/// Where an article was read from: `path` null for standard input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OriginJson {
    pub path: Option<PathBuf>,
    pub line: Option<usize>,
    #[serde(default)]
    pub encoding: Option<String>,
}

impl Record {
    /// The record of an extracted article.
    pub fn of(p: &Prepared) -> Record {
        let a = &p.article;
        let ex = &p.extraction;
        Record {
            article_id: a.external_id.clone(),
            source: a.source.clone(),
            published: a.published.map(|p| p.to_string()),
            title: a.title.clone(),
            quotes: ex
                .quotes
                .iter()
                .map(|q| quote_json(q, &ex.speakers))
                .collect(),
            claims: ex
                .claims
                .iter()
                .map(|c| claim_json(c, &ex.speakers))
                .collect(),
            extractor_version: Some(EXTRACTOR_VERSION),
            url: a.url.clone(),
            authors: a.authors.clone(),
            comments: a.comments.clone(),
            text: Some(a.text.clone()),
            origin: Some(origin_json(&a.origin)),
            content_hash: Some(p.hash.clone()),
            speakers: ex.speakers.iter().map(speaker_json).collect(),
            terms: p.terms.clone(),
        }
    }
}

/// The JSON form of `q`, whose speaker index points into `speakers`.
pub fn quote_json(q: &QuoteRecord, speakers: &[Speaker]) -> QuoteJson {
    let speaker = q.speaker.map(|i| &speakers[i]);
    QuoteJson {
        text: q.text.clone(),
        start: q.start,
        end: q.end,
        speaker: speaker.map(|s| s.name.clone()),
        speaker_kind: speaker.map(|s| s.kind),
        cue: q.cue.clone(),
        kind: q.kind,
        mention: q.mention.clone(),
        attribution: q.attribution,
        sieve: q.sieve.map(str::to_string),
        paragraph: q.paragraph,
        sentence: q.sentence,
        speaker_index: q.speaker,
        part_of: q.part_of,
    }
}

/// The JSON form of `c`, whose speaker index points into `speakers`.
pub fn claim_json(c: &ClaimRecord, speakers: &[Speaker]) -> ClaimJson {
    let attributed_to = c.speaker.map(|i| speakers[i].name.clone());
    ClaimJson {
        kind: c.kind,
        value: c.value,
        value_high: c.value_high,
        unit: c.unit.clone(),
        qualifier: c.qualifier,
        granularity: c.granularity,
        surface: c.surface.clone(),
        start: c.start,
        end: c.end,
        subject: c.subject.clone(),
        attributed_to,
        sentence_start: c.sentence_start,
        sentence_end: c.sentence_end,
        speaker_index: c.speaker,
        quote: c.quote,
        linked: c.linked,
    }
}

/// The fields of a [`Record`] before its quotes, borrowed.
#[derive(Serialize)]
struct Head<'a> {
    article_id: &'a str,
    source: Option<&'a str>,
    published: Option<String>,
    title: Option<&'a str>,
}

/// The fields of a [`Record`] after its claims, borrowed (the text is
/// never copied).
#[derive(Serialize)]
struct Tail<'a> {
    extractor_version: Option<i64>,
    url: Option<&'a str>,
    authors: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    comments: Option<&'a str>,
    text: Option<&'a str>,
    origin: Option<OriginJson>,
    content_hash: Option<&'a str>,
    speakers: Vec<SpeakerJson>,
    terms: &'a [(String, f32)],
}

/// Writes the line (without its newline) of an article extracted a piece
/// at a time, whose quotes and claims were written elsewhere as they came
/// ([`quote_json`] and [`claim_json`] values, separated by commas): the
/// same bytes as serialising [`Record::of`] of the whole article, without
/// ever holding its records or a copy of its text. `speakers` are the
/// article's final speakers.
pub fn write_pieced(
    out: &mut dyn Write,
    article: &Article,
    hash: &str,
    speakers: &[Speaker],
    terms: &[(String, f32)],
    quotes: &mut dyn Read,
    claims: &mut dyn Read,
) -> std::io::Result<()> {
    let head = Head {
        article_id: &article.external_id,
        source: article.source.as_deref(),
        published: article.published.map(|p| p.to_string()),
        title: article.title.as_deref(),
    };
    let head = serde_json::to_string(&head)?;
    // `{…}` without its closing brace, the lists, then the tail without its opening one.
    out.write_all(&head.as_bytes()[..head.len() - 1])?;
    out.write_all(b",\"quotes\":[")?;
    std::io::copy(quotes, out)?;
    out.write_all(b"],\"claims\":[")?;
    std::io::copy(claims, out)?;
    out.write_all(b"],")?;
    let tail = Tail {
        extractor_version: Some(EXTRACTOR_VERSION),
        url: article.url.as_deref(),
        authors: &article.authors,
        comments: article.comments.as_deref(),
        text: Some(&article.text),
        origin: Some(origin_json(&article.origin)),
        content_hash: Some(hash),
        speakers: speakers.iter().map(speaker_json).collect(),
        terms,
    };
    serde_json::to_writer(SkipFirst { out, skip: true }, &tail)?;
    Ok(())
}

/// A writer that drops the first byte written to it.
struct SkipFirst<'a> {
    out: &'a mut dyn Write,
    skip: bool,
}

impl Write for SkipFirst<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.skip && !buf.is_empty() {
            self.skip = false;
            return Ok(1 + self.out.write(&buf[1..])?);
        }
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn origin_json(o: &Origin) -> OriginJson {
    OriginJson {
        path: o.path.clone(),
        line: o.line,
        encoding: o.encoding.map(str::to_string),
    }
}

fn speaker_json(s: &Speaker) -> SpeakerJson {
    SpeakerJson {
        name: s.name.clone(),
        kind: s.kind,
        aliases: s.aliases.clone(),
        roles: s.roles.clone(),
        gender: s.gender,
    }
}

/// Reads one line of `crosscheck extract` output (read at `at`) back into
/// what the store writes. A record from another extractor version, one
/// without the fields the store needs, or one whose indices or hash do not
/// hold is this line's diagnostic.
pub fn read(bytes: &[u8], at: &Origin) -> Result<Prepared, Diagnostic> {
    let bad = |problem, message: String| Diagnostic::new(at.clone(), problem, message);
    let record: Record = serde_json::from_slice(bytes).map_err(|e| {
        bad(
            Problem::BadRecord,
            format!("not a record of `crosscheck extract` ({e})"),
        )
    })?;
    match record.extractor_version {
        Some(EXTRACTOR_VERSION) => {}
        Some(v) => {
            return Err(bad(
                Problem::OtherExtractor,
                format!(
                    "made by extractor version {v}, but this build's is {EXTRACTOR_VERSION}: \
                     run `crosscheck extract` again with this build"
                ),
            ));
        }
        None => {
            return Err(bad(
                Problem::OtherExtractor,
                "has no extractor_version: written by a `crosscheck extract` older than \
                 `ingest --extracted`; run `crosscheck extract` again with this build"
                    .into(),
            ));
        }
    }
    into_prepared(record, at).map_err(|m| bad(Problem::BadRecord, m))
}

/// The article and extraction of a record whose version was checked.
fn into_prepared(r: Record, at: &Origin) -> Result<Prepared, String> {
    let (Some(text), Some(hash)) = (r.text, r.content_hash) else {
        return Err("has no text or content_hash: run `crosscheck extract` again".into());
    };
    let published = match r.published.as_deref() {
        Some(p) => crate::sources::parse_published(p)
            .map_err(|e| format!("published {p:?}: {e}"))?
            .map(Some)
            .ok_or_else(|| format!("published {p:?} is not a date"))?,
        None => None,
    };
    let origin = r.origin.map_or_else(
        || at.clone(),
        |o| Origin {
            path: o.path,
            line: o.line,
            encoding: o.encoding.as_deref().and_then(encoding_name),
        },
    );
    let article = Article {
        external_id: r.article_id,
        source: r.source,
        title: r.title,
        published,
        url: r.url,
        text,
        authors: r.authors,
        comments: r.comments,
        origin,
    };
    if article.content_hash() != hash {
        return Err(
            "content_hash does not match the article: the record was changed after \
             extraction; run `crosscheck extract` again"
                .into(),
        );
    }
    let extraction = extraction(&article.text, r.speakers, r.quotes, r.claims)?;
    Ok(Prepared {
        article,
        hash,
        extraction,
        terms: r.terms,
    })
}

/// The extraction of a record, after checking that every index points
/// into its list and every span into the text.
fn extraction(
    text: &str,
    speakers: Vec<SpeakerJson>,
    quotes: Vec<QuoteJson>,
    claims: Vec<ClaimJson>,
) -> Result<ArticleExtraction, String> {
    let chars = text.chars().count();
    let (n_speakers, n_quotes, n_claims) = (speakers.len(), quotes.len(), claims.len());
    let within = |i: Option<usize>, n: usize, what: &str| match i {
        Some(i) if i >= n => Err(format!("{what} index {i} is past the {n} listed")),
        _ => Ok(()),
    };
    let span = |a: usize, b: usize| {
        (a <= b && b <= chars)
            .then_some(())
            .ok_or_else(|| format!("span {a}..{b} is not within the text's {chars} characters"))
    };
    for q in &quotes {
        within(q.speaker_index, n_speakers, "speaker")?;
        within(q.part_of, n_quotes, "quote")?;
        span(q.start, q.end)?;
    }
    for c in &claims {
        within(c.speaker_index, n_speakers, "speaker")?;
        within(c.quote, n_quotes, "quote")?;
        within(c.linked, n_claims, "claim")?;
        span(c.start, c.end)?;
        span(c.sentence_start, c.sentence_end)?;
    }
    let sentences = sentence_texts(text, &claims);
    Ok(ArticleExtraction {
        speakers: speakers.into_iter().map(speaker).collect(),
        quotes: quotes.into_iter().map(quote).collect(),
        claims: claims.into_iter().zip(sentences).map(claim).collect(),
        cuts: Vec::new(),
    })
}

/// The text of each claim's sentence (character offsets into `text`).
fn sentence_texts(text: &str, claims: &[ClaimJson]) -> Vec<String> {
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    claims
        .iter()
        .map(|c| text[bytes[c.sentence_start]..bytes[c.sentence_end]].to_string())
        .collect()
}

fn speaker(s: SpeakerJson) -> Speaker {
    Speaker {
        name: s.name,
        kind: s.kind,
        aliases: s.aliases,
        roles: s.roles,
        gender: s.gender,
    }
}

fn quote(q: QuoteJson) -> QuoteRecord {
    QuoteRecord {
        text: q.text,
        start: q.start,
        end: q.end,
        kind: q.kind,
        speaker: q.speaker_index,
        mention: q.mention,
        cue: q.cue,
        attribution: q.attribution,
        sieve: q.sieve.as_deref().and_then(sieve_name),
        paragraph: q.paragraph,
        sentence: q.sentence,
        part_of: q.part_of,
    }
}

fn claim((c, sentence): (ClaimJson, String)) -> ClaimRecord {
    ClaimRecord {
        kind: c.kind,
        value: c.value,
        value_high: c.value_high,
        unit: c.unit,
        qualifier: c.qualifier,
        granularity: c.granularity,
        surface: c.surface,
        start: c.start,
        end: c.end,
        sentence_start: c.sentence_start,
        sentence_end: c.sentence_end,
        sentence,
        subject: c.subject,
        speaker: c.speaker_index,
        quote: c.quote,
        linked: c.linked,
    }
}

/// The static name of a character encoding (as `Origin` keeps it).
fn encoding_name(label: &str) -> Option<&'static str> {
    encoding_rs::Encoding::for_label(label.as_bytes()).map(|e| e.name())
}

/// A sieve's name as the `&'static str` a quote keeps. The extractor has
/// a few dozen sieves; each distinct name read is kept once, and past a
/// bound (a record that is not ours) the name is dropped, which the store
/// never notices: it does not keep sieve names.
fn sieve_name(name: &str) -> Option<&'static str> {
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&known) = names.iter().find(|&&n| n == name) {
        return Some(known);
    }
    if names.len() >= 256 {
        return None;
    }
    let kept: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(kept);
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Document;
    use crate::extract::extract_article;

    fn prepared(text: &str) -> Prepared {
        let article = Article {
            external_id: "a1".into(),
            source: Some("Wire".into()),
            title: Some("Pay".into()),
            published: crate::sources::parse_published("2024-03-05T10:30:00+01:00").unwrap(),
            url: Some("https://example.org/a1".into()),
            text: text.into(),
            authors: vec!["Ann Reporter".into()],
            comments: None,
            origin: Origin::file("in.jsonl").at_line(4),
        };
        let doc = Document::new(article.text.clone());
        let extraction = extract_article(&doc, article.published.map(|p| p.date));
        let terms = crate::compare::terms::fingerprint(article.title.as_deref(), &doc);
        Prepared {
            hash: article.content_hash(),
            article,
            extraction,
            terms,
        }
    }

    const TEXT: &str = "“Café prices rose 12% to £5m,” said Mrs Zoë Müller, the mayor. \
        She added that 3,000 staff (about 40%) would stay. \"We will act,\" she said on 4 March.";

    fn line(r: &Record) -> Vec<u8> {
        serde_json::to_vec(r).unwrap()
    }

    #[test]
    fn a_record_reads_back_into_the_same_article_and_extraction() {
        let p = prepared(TEXT);
        assert!(!p.extraction.quotes.is_empty() && !p.extraction.claims.is_empty());
        let back = read(&line(&Record::of(&p)), &Origin::file("x.jsonl").at_line(9)).unwrap();
        assert_eq!(back.article, p.article);
        assert_eq!(back.hash, p.hash);
        assert_eq!(back.extraction, p.extraction);
        assert_eq!(back.terms, p.terms);
    }

    #[test]
    fn bad_records_are_diagnostics_naming_the_line() {
        let at = Origin::file("shard.jsonl").at_line(7);
        let good = Record::of(&prepared(TEXT));
        let check = |edit: &dyn Fn(&mut Record), problem: Problem, says: &str| {
            let mut r = good.clone();
            edit(&mut r);
            let d = read(&line(&r), &at).unwrap_err();
            assert_eq!((d.problem, d.origin.to_string()), (problem, at.to_string()));
            assert!(d.message.contains(says), "{says}: {}", d.message);
            assert!(d.problem.rejects());
        };
        let old = EXTRACTOR_VERSION - 1;
        check(
            &|r| r.extractor_version = Some(old),
            Problem::OtherExtractor,
            &format!("version {old}, but this build's is {EXTRACTOR_VERSION}"),
        );
        check(
            &|r| r.extractor_version = None,
            Problem::OtherExtractor,
            "no extractor_version",
        );
        check(&|r| r.text = None, Problem::BadRecord, "no text");
        check(
            &|r| r.title = Some("Edited".into()),
            Problem::BadRecord,
            "content_hash does not match",
        );
        check(
            &|r| r.quotes[0].speaker_index = Some(99),
            Problem::BadRecord,
            "speaker index 99",
        );
        check(
            &|r| r.claims[0].linked = Some(99),
            Problem::BadRecord,
            "claim index 99",
        );
        check(
            &|r| r.claims[0].sentence_end = 10_000,
            Problem::BadRecord,
            "not within the text",
        );
        let d = read(b"{\"article_id\": 3}", &at).unwrap_err();
        assert_eq!(d.problem, Problem::BadRecord);
        assert!(d.message.contains("not a record of `crosscheck extract`"));
    }

    /// A line written a piece at a time is the line of the whole record,
    /// byte for byte, whatever the article's optional fields hold.
    #[test]
    fn a_pieced_line_is_the_record_s_line() {
        let check = |p: &Prepared| {
            let record = Record::of(p);
            let list = |items: Vec<Vec<u8>>| items.join(&b","[..]);
            let quotes = list(
                record
                    .quotes
                    .iter()
                    .map(|q| serde_json::to_vec(q).unwrap())
                    .collect(),
            );
            let claims = list(
                record
                    .claims
                    .iter()
                    .map(|c| serde_json::to_vec(c).unwrap())
                    .collect(),
            );
            let mut out = Vec::new();
            let ex = &p.extraction;
            write_pieced(
                &mut out,
                &p.article,
                &p.hash,
                &ex.speakers,
                &p.terms,
                &mut &quotes[..],
                &mut &claims[..],
            )
            .unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(line(&record)).unwrap()
            );
        };
        let full = prepared(TEXT);
        assert!(!full.extraction.speakers.is_empty() && !full.terms.is_empty());
        check(&full);
        let mut bare = prepared("No quotes here, \"nor\" figures.");
        bare.article.source = None;
        bare.article.title = None;
        bare.article.published = None;
        bare.article.url = None;
        bare.article.authors.clear();
        bare.article.origin = Origin::stdin();
        check(&bare);
    }

    #[test]
    fn sieve_names_are_kept_once() {
        let a = sieve_name("after_cue").unwrap();
        let b = sieve_name(&String::from("after_cue")).unwrap();
        assert!(std::ptr::eq(a, b));
    }
}
