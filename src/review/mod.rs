//! The fact-checker's side of a flag: its full evidence (each side in its
//! sentence, with outlet, date and speaker), verdicts with their history,
//! and export of confirmed flags as schema.org ClaimReview.
//!
//! Verdicts live in `flag_reviews`, one row per verdict, never overwritten;
//! the flag's `status` is the latest verdict. Re-ingesting or re-analysing
//! never deletes a reviewed flag (see `crate::analyse::refresh_flags`).

use crate::analysis::{CharIndex, Document};
use crate::query::{self, FlagRow};
use crate::store::now_utc;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ReviewError {
    #[error("there is no flag {0}: list them with `crosscheck flags`")]
    NoSuchFlag(i64),
    #[error("unknown verdict {0:?}: use confirmed or dismissed")]
    BadVerdict(String),
    #[error(transparent)]
    Query(#[from] query::QueryError),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
}

pub type Result<T, E = ReviewError> = std::result::Result<T, E>;

/// A verdict on a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The outlets do disagree.
    Confirmed,
    /// Not a real disagreement (an error of crosscheck, or explained).
    Dismissed,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Dismissed => "dismissed",
        }
    }

    pub fn parse(s: &str) -> Result<Verdict> {
        match s {
            "confirmed" => Ok(Verdict::Confirmed),
            "dismissed" => Ok(Verdict::Dismissed),
            other => Err(ReviewError::BadVerdict(other.to_string())),
        }
    }
}

/// One recorded verdict.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ReviewEntry {
    pub verdict: String,
    pub note: Option<String>,
    pub reviewer: Option<String>,
    pub reviewed_at: String,
}

/// One side of a flag with its context.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SideDetail {
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub speaker: Option<String>,
    /// person, organisation or role.
    pub speaker_kind: Option<String>,
    /// The quote or claim as last found.
    pub evidence: String,
    /// The sentence (or sentences) holding it, from the stored text.
    pub sentence: Option<String>,
    /// How sure the speaker is: named, pronoun, description, carried or
    /// none (a claim: that of the quotation it sits in).
    pub attribution: Option<String>,
    /// The speaker's identity (`speakers.id`), for links.
    #[serde(skip)]
    pub speaker_id: Option<i64>,
    /// The paragraph holding the evidence, cut around it (for highlighting).
    #[serde(skip)]
    pub passage: Option<Passage>,
}

/// A paragraph of an article cut into the text before the evidence, the
/// evidence itself and the text after it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Passage {
    pub before: String,
    pub evidence: String,
    pub after: String,
}

/// Who a verdict is by when nobody was named (one wording everywhere).
pub const UNKNOWN_REVIEWER: &str = "unknown reviewer";

/// Everything `crosscheck flag show` prints.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FlagDetail {
    #[serde(flatten)]
    pub flag: FlagRow,
    pub a_context: SideDetail,
    pub b_context: SideDetail,
    pub history: Vec<ReviewEntry>,
}

/// Records a verdict on flag `id`; the flag's status becomes the verdict.
pub fn record_verdict(
    conn: &Connection,
    id: i64,
    verdict: Verdict,
    note: Option<&str>,
    reviewer: Option<&str>,
) -> Result<()> {
    // One `BEGIN IMMEDIATE` transaction: the history row and the flag's
    // status are written together or not at all, from the evidence as it
    // stands once the write lock is held.
    let tx = crate::store::write_tx(conn)?;
    let texts: Option<(String, String)> = tx
        .query_row(
            "SELECT a_text, b_text FROM flags WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((a_text, b_text)) = texts else {
        return Err(ReviewError::NoSuchFlag(id));
    };
    let now = now_utc();
    tx.execute(
        "INSERT INTO flag_reviews (flag_id, verdict, note, reviewer, reviewed_at, a_text, b_text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, verdict.as_str(), note, reviewer, now, a_text, b_text],
    )?;
    // A fresh verdict answers any change of evidence seen so far.
    tx.execute(
        "UPDATE flags SET status = ?2, evidence_changed = 0, updated_at = ?3 WHERE id = ?1",
        params![id, verdict.as_str(), now],
    )?;
    tx.commit()?;
    Ok(())
}

/// The verdicts given to a flag, oldest first.
pub fn history(conn: &Connection, id: i64) -> Result<Vec<ReviewEntry>> {
    let mut stmt = conn.prepare(
        "SELECT verdict, note, reviewer, reviewed_at FROM flag_reviews WHERE flag_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(ReviewEntry {
            verdict: r.get(0)?,
            note: r.get(1)?,
            reviewer: r.get(2)?,
            reviewed_at: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The sentence(s) around character span `start..end` of an article's text.
fn sentence_around(text: &str, start: usize, end: usize) -> Option<String> {
    let doc = Document::new(text.to_string());
    let chars = CharIndex::new(&doc.text);
    let (b_start, b_end) = (chars.byte_of(start), chars.byte_of(end));
    let first = doc.sentence_at(b_start)?;
    let last = doc
        .sentence_at(b_end.saturating_sub(1))
        .unwrap_or(first)
        .max(first);
    let span = crate::analysis::Span::new(
        doc.sentences[first].span.start,
        doc.sentences[last].span.end,
    );
    Some(doc.slice(span).to_string())
}

/// The paragraph of `text` holding character span `start..end`, cut around it.
fn passage_around(text: &str, start: usize, end: usize) -> Option<Passage> {
    let doc = Document::new(text.to_string());
    let chars = CharIndex::new(&doc.text);
    let (b_start, b_end) = (chars.byte_of(start), chars.byte_of(end));
    if b_start >= b_end || b_end > doc.text.len() {
        return None;
    }
    let para = doc.paragraphs[doc.paragraph_at(b_start)?];
    let (p_start, p_end) = (para.start.min(b_start), para.end.max(b_end));
    Some(Passage {
        before: doc.text[p_start..b_start].to_string(),
        evidence: doc.text[b_start..b_end].to_string(),
        after: doc.text[b_end..p_end].to_string(),
    })
}

/// Characters `s..e` of `text`.
fn char_slice(text: &str, s: i64, e: i64) -> String {
    text.chars()
        .skip(s.max(0) as usize)
        .take((e - s).max(0) as usize)
        .collect()
}

const SIDE_SELECT: &str =
    "SELECT a.external_id, s.name, a.published, a.title, a.url, a.text, f.{side}_text,
        coalesce(q.start_char, c.start_char), coalesce(q.end_char, c.end_char),
        c.sentence_start, c.sentence_end, sp.name, sp.kind, sp.id,
        coalesce(q.attribution, (SELECT attribution FROM quotes WHERE id = c.quote_id)),
        q.id IS NOT NULL
     FROM flags f
     JOIN articles a ON a.id = f.{side}_article_id
     LEFT JOIN sources s ON s.id = a.source_id
     LEFT JOIN quotes q ON q.id = f.{side}_quote_id
     LEFT JOIN claims c ON c.id = f.{side}_claim_id
     LEFT JOIN speakers sp ON sp.id = coalesce(q.speaker_id, c.speaker_id)
     WHERE f.id = ?1";

fn side_detail(conn: &Connection, flag: i64, side: char) -> Result<SideDetail> {
    let sql = SIDE_SELECT.replace("{side}", &side.to_string());
    Ok(conn.query_row(&sql, [flag], |r| {
        let text: String = r.get(5)?;
        let span: (Option<i64>, Option<i64>) = (r.get(7)?, r.get(8)?);
        let claim_sentence: (Option<i64>, Option<i64>) = (r.get(9)?, r.get(10)?);
        let is_quote: bool = r.get(15)?;
        let sentence = match (span, claim_sentence) {
            (_, (Some(s), Some(e))) if !is_quote => Some(char_slice(&text, s, e)),
            ((Some(s), Some(e)), _) => sentence_around(&text, s as usize, e as usize),
            _ => None,
        };
        let passage = match span {
            (Some(s), Some(e)) => passage_around(&text, s as usize, e as usize),
            _ => None,
        };
        Ok(SideDetail {
            article_id: r.get(0)?,
            source: r.get(1)?,
            published: r.get(2)?,
            title: r.get(3)?,
            url: r.get(4)?,
            evidence: r.get(6)?,
            sentence,
            speaker: r.get(11)?,
            speaker_kind: r.get(12)?,
            speaker_id: r.get(13)?,
            attribution: r.get(14)?,
            passage,
        })
    })?)
}

/// A flag with both pieces of evidence in context and its history.
pub fn flag_detail(conn: &Connection, id: i64) -> Result<FlagDetail> {
    let flag = query::get_flag(conn, id)?.ok_or(ReviewError::NoSuchFlag(id))?;
    Ok(FlagDetail {
        a_context: side_detail(conn, id, 'a')?,
        b_context: side_detail(conn, id, 'b')?,
        history: history(conn, id)?,
        flag,
    })
}

/// The reviewer's name when none is given: `CROSSCHECK_REVIEWER`, else the login name.
pub fn default_reviewer() -> Option<String> {
    ["CROSSCHECK_REVIEWER", "USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
}

/// What a confirmed flag says, in ClaimReview's `reviewRating.alternateName`.
fn rating_name(kind: &str) -> &'static str {
    match kind {
        "numeric_conflict" => "Figures differ between sources",
        "date_conflict" => "Dates differ between sources",
        "quote_attribution_conflict" => "Quote attributed to different people",
        "quote_wording_conflict" => "Quote worded differently",
        _ => "Sources disagree",
    }
}

/// Where the reviews are published: a flag's review page is
/// `{base_url}/flags/{id}` (what `crosscheck serve` shows).
#[derive(Debug, Clone)]
pub struct ExportConfig {
    pub base_url: String,
}

/// The claim a flag checks: side B's words in their sentence (the outlet
/// that is compared against side A), as the outlet printed them.
fn claim_checked(d: &FlagDetail) -> String {
    let b = &d.b_context;
    b.sentence
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| b.evidence.clone())
        .replace('\n', " ")
}

/// schema.org ClaimReview (JSON-LD) for every confirmed flag.
pub fn claimreview(conn: &Connection, config: &ExportConfig) -> Result<Vec<serde_json::Value>> {
    let flags = query::list_flags(
        conn,
        &query::FlagFilter {
            status: Some("confirmed".into()),
            include_gone: true,
            ..query::FlagFilter::default()
        },
    )?;
    let mut out = Vec::with_capacity(flags.len());
    for f in flags {
        let detail = flag_detail(conn, f.id)?;
        let last = detail.history.last();
        let appearance = |s: &SideDetail| {
            serde_json::json!({
                "@type": "NewsArticle",
                "headline": s.title,
                "url": s.url,
                "datePublished": s.published,
                "publisher": {"@type": "Organization", "name": s.source},
                "text": s.sentence.clone().unwrap_or_else(|| s.evidence.clone()),
            })
        };
        // Who made the claim the flag is about: a person, else an organisation.
        let claimed_by = [&detail.b_context, &detail.a_context]
            .into_iter()
            .find(|s| s.speaker.is_some())
            .map(|s| {
                let kind = if s.speaker_kind.as_deref() == Some("organisation") {
                    "Organization"
                } else {
                    "Person"
                };
                serde_json::json!({"@type": kind, "name": s.speaker})
            });
        let base = config.base_url.trim_end_matches('/');
        out.push(serde_json::json!({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": format!("{base}/flags/{}", f.id),
            "datePublished": last.map(|h| h.reviewed_at.clone()).unwrap_or_else(now_utc),
            "author": {
                "@type": "Person",
                "name": last.and_then(|h| h.reviewer.clone()).unwrap_or_else(|| UNKNOWN_REVIEWER.into()),
            },
            "claimReviewed": claim_checked(&detail),
            "description": f.explanation,
            "itemReviewed": {
                "@type": "Claim",
                "author": claimed_by,
                "datePublished": detail.a_context.published.clone().or(detail.b_context.published.clone()),
                "appearance": [appearance(&detail.a_context), appearance(&detail.b_context)],
            },
            "reviewRating": {
                "@type": "Rating",
                "alternateName": rating_name(&f.kind),
            },
            "reviewBody": last.and_then(|h| h.note.clone()),
            "identifier": format!("crosscheck-flag-{}", f.id),
        }));
    }
    Ok(out)
}
