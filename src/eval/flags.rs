//! Scores cross-source flags on the dev set, by its README's rules: the
//! dev articles are ingested into a fresh temporary store (which groups
//! them into stories and flags them as `crosscheck ingest` does); a system
//! flag matches a gold flag when its two sides are the gold flag's two
//! sides in either order, each side matching when it is in the same article
//! and its span overlaps the gold surface. Kind agreement is reported but
//! not required. Flags that match a consistent pair are counted apart.

use super::dev::{self, DevSet, Evidence};
use super::{EvalError, Result};
use crate::ingest::{IngestOptions, Silent, ingest};
use crate::sources::Input;
use crate::store::Store;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// One side of a system flag: article, character span, kind of evidence.
#[derive(Debug, Clone)]
struct SystemSide {
    article: String,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone)]
struct SystemFlag {
    id: i64,
    kind: String,
    a: SystemSide,
    b: SystemSide,
    explanation: String,
}

/// Counts for precision (system flags that match a gold flag) and recall
/// (gold flags matched by some system flag), kept apart because two system
/// flags may match one gold flag.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub system: usize,
    pub system_matched: usize,
    pub gold: usize,
    pub gold_matched: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        super::ratio(self.system_matched, self.system)
    }

    pub fn recall(&self) -> f64 {
        super::ratio(self.gold_matched, self.gold)
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (p, r) = (self.precision(), self.recall());
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        write!(
            f,
            "P {p:.3}  R {r:.3}  F1 {f1:.3}  ({} of {} flags right, {} of {} gold flags found)",
            self.system_matched, self.system, self.gold_matched, self.gold
        )
    }
}

/// The figures of `crosscheck eval flags`.
#[derive(Debug, Clone, Default)]
pub struct FlagReport {
    pub overall: Counts,
    /// Per kind: system flags by their kind, gold flags by theirs.
    pub by_kind: BTreeMap<String, Counts>,
    /// Matched flags whose kind agrees with the gold flag's.
    pub kind_agreement: (usize, usize),
    pub consistent_flagged: usize,
    pub consistent_total: usize,
    pub details: String,
}

impl std::fmt::Display for FlagReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "flags on the dev set (eval/dev)")?;
        writeln!(f, "  overall                     {}", self.overall)?;
        for (kind, c) in &self.by_kind {
            writeln!(f, "  {kind:<27} {c}")?;
        }
        writeln!(
            f,
            "  kind agrees with the gold flag: {} of {} matched flags",
            self.kind_agreement.0, self.kind_agreement.1
        )?;
        writeln!(
            f,
            "  consistent pairs flagged: {} of {}",
            self.consistent_flagged, self.consistent_total
        )?;
        if !self.details.is_empty() {
            write!(f, "{}", self.details)?;
        }
        Ok(())
    }
}

/// Character span of a gold surface in an article's stored text.
fn gold_span(set: &DevSet, e: &Evidence) -> Option<(usize, usize)> {
    let article = set.article(&e.article)?;
    let (s, t) = dev::locate(&article.text, &e.surface)?;
    let chars = crate::analysis::CharIndex::new(&article.text);
    Some((chars.char_of(s), chars.char_of(t)))
}

fn side_matches(set: &DevSet, s: &SystemSide, e: &Evidence) -> bool {
    s.article == e.article && gold_span(set, e).is_some_and(|(gs, ge)| s.start < ge && gs < s.end)
}

fn flag_matches(set: &DevSet, f: &SystemFlag, a: &Evidence, b: &Evidence) -> bool {
    (side_matches(set, &f.a, a) && side_matches(set, &f.b, b))
        || (side_matches(set, &f.a, b) && side_matches(set, &f.b, a))
}

fn store_error(path: &Path, e: impl std::fmt::Display) -> EvalError {
    EvalError::Format {
        path: path.to_path_buf(),
        line: 0,
        message: e.to_string(),
    }
}

/// Ingests the dev articles into a temporary store and reads back its flags.
fn system_flags(dir: &Path) -> Result<Vec<SystemFlag>> {
    let articles = dir.join("articles.jsonl");
    let tmp = tempfile::tempdir().map_err(|source| EvalError::Read {
        path: articles.clone(),
        source,
    })?;
    let db = tmp.path().join("flags.db");
    let store = Store::open(&db).map_err(|e| store_error(&articles, e))?;
    ingest(
        store,
        &[Input::Path(articles.clone())],
        &IngestOptions::default(),
        &Silent,
    )
    .map_err(|e| store_error(&articles, e))?;
    let store = Store::open_existing(&db).map_err(|e| store_error(&articles, e))?;
    let sql = "SELECT f.id, f.kind, f.explanation,
                      aa.external_id, coalesce(qa.start_char, ca.start_char), coalesce(qa.end_char, ca.end_char),
                      ab.external_id, coalesce(qb.start_char, cb.start_char), coalesce(qb.end_char, cb.end_char)
               FROM flags f
               JOIN articles aa ON aa.id = f.a_article_id
               JOIN articles ab ON ab.id = f.b_article_id
               LEFT JOIN quotes qa ON qa.id = f.a_quote_id
               LEFT JOIN claims ca ON ca.id = f.a_claim_id
               LEFT JOIN quotes qb ON qb.id = f.b_quote_id
               LEFT JOIN claims cb ON cb.id = f.b_claim_id
               WHERE f.found = 1
               ORDER BY f.id";
    let mut stmt = store
        .conn()
        .prepare(sql)
        .map_err(|e| store_error(&articles, e))?;
    let rows = stmt
        .query_map([], |r| {
            Ok(SystemFlag {
                id: r.get(0)?,
                kind: r.get(1)?,
                explanation: r.get(2)?,
                a: SystemSide {
                    article: r.get(3)?,
                    start: r.get::<_, Option<i64>>(4)?.unwrap_or(0) as usize,
                    end: r.get::<_, Option<i64>>(5)?.unwrap_or(0) as usize,
                },
                b: SystemSide {
                    article: r.get(6)?,
                    start: r.get::<_, Option<i64>>(7)?.unwrap_or(0) as usize,
                    end: r.get::<_, Option<i64>>(8)?.unwrap_or(0) as usize,
                },
            })
        })
        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
        .map_err(|e| store_error(&articles, e))?;
    Ok(rows)
}

/// Scores the flags of the dev set in `dir` (`eval/dev`).
pub fn score_dev(dir: &Path, verbose: bool) -> Result<FlagReport> {
    let set = dev::load(dir)?;
    let flags = system_flags(dir)?;
    let mut report = FlagReport {
        consistent_total: set.gold.consistent_pairs.len(),
        ..FlagReport::default()
    };
    let mut gold_matched = vec![false; set.gold.flags.len()];
    for f in &flags {
        let gold = set
            .gold
            .flags
            .iter()
            .enumerate()
            .find(|(_, g)| flag_matches(&set, f, &g.a, &g.b));
        let consistent = set
            .gold
            .consistent_pairs
            .iter()
            .any(|p| flag_matches(&set, f, &p.a, &p.b));
        report.overall.system += 1;
        let kind = report.by_kind.entry(f.kind.clone()).or_default();
        kind.system += 1;
        match gold {
            Some((i, g)) => {
                report.overall.system_matched += 1;
                kind.system_matched += 1;
                report.kind_agreement.1 += 1;
                if g.kind == f.kind {
                    report.kind_agreement.0 += 1;
                }
                gold_matched[i] = true;
            }
            None => {
                if consistent {
                    report.consistent_flagged += 1;
                }
                if verbose {
                    let _ = writeln!(
                        report.details,
                        "    {} flag {} ({}, {} ↔ {}): {}",
                        if consistent {
                            "CONSISTENT PAIR FLAGGED"
                        } else {
                            "FALSE POSITIVE"
                        },
                        f.id,
                        f.kind,
                        f.a.article,
                        f.b.article,
                        f.explanation
                    );
                }
            }
        }
    }
    for (i, g) in set.gold.flags.iter().enumerate() {
        report.overall.gold += 1;
        let kind = report.by_kind.entry(g.kind.clone()).or_default();
        kind.gold += 1;
        if gold_matched[i] {
            report.overall.gold_matched += 1;
            kind.gold_matched += 1;
        } else if verbose {
            let _ = writeln!(
                report.details,
                "    MISSED {} {} {:?} ↔ {} {:?}",
                g.kind, g.a.article, g.a.surface, g.b.article, g.b.surface
            );
        }
    }
    Ok(report)
}
