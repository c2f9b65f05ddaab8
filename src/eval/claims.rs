//! Claim extraction scored on the dev set, exactly as
//! `shared/eval/dev/README.md` ("Claims") defines it.
//!
//! A system claim matches a gold claim when their spans overlap, their
//! kinds agree (`percentage` and `ratio` with unit `fraction` are one
//! class, a fraction compared as value × 100 percent; a system
//! `percentage_points` equals a gold `percentage` in `percentage_points`),
//! and their values agree (numbers within 0.5 % relative, both ends of a
//! range, dates equal as `YYYY-MM-DD`). Each gold claim is matched at most
//! once, greedily by largest overlap.
//!
//! The gold set annotates only dates that resolve to a day, so system dates
//! of week, month or year granularity are left out of the score (the report
//! says how many). Beside P/R/F1 the report gives qualifier accuracy over
//! matched claims, how many claims carry a subject, and the non-claims the
//! README lists (bare years, month-only and week references, times of day,
//! vague quantities, identifiers, product descriptors, ordinals, `one` in
//! idioms, a weekday inside a name) that the system reported anyway.

use super::dev::{self, DevSet, GoldClaim};
use super::{Prf, Result};
use crate::analysis::{Document, Span};
use crate::extract::claims::{Claim, ClaimKind, Granularity, extract_claims};
use crate::extract::lexicon;
use regex::Regex;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

/// One claim that did not match, for the verbose listing.
#[derive(Debug, Clone)]
pub struct Miss {
    pub article: String,
    pub surface: String,
    pub detail: String,
    pub sentence: String,
}

/// A non-claim that the system reported.
#[derive(Debug, Clone)]
pub struct NonClaim {
    pub article: String,
    pub category: &'static str,
    pub text: String,
    pub claim: String,
}

/// The claims report.
#[derive(Debug, Clone, Default)]
pub struct ClaimsReport {
    pub overall: Prf,
    /// By gold kind (`percentage`, `count`, `money`, `date`, `ratio`, `range`).
    pub by_kind: BTreeMap<String, Prf>,
    /// Matched claims whose gold qualifier is set: (right, total).
    pub qualifier: (usize, usize),
    /// Scored system claims with a subject: (with, total).
    pub subject_all: (usize, usize),
    /// Matched system claims with a subject: (with, total).
    pub subject_matched: (usize, usize),
    /// Claims of every kind and who asserts them: (to a speaker, to the
    /// outlet, total). Every claim is someone's: a speaker's when it sits in
    /// a quotation or reported statement, else the outlet's own.
    pub attributed: (usize, usize, usize),
    /// System dates left out of the score because they are not day-resolved.
    pub excluded_dates: BTreeMap<&'static str, usize>,
    pub non_claims: Vec<NonClaim>,
    pub misses: Vec<Miss>,
    pub false_positives: Vec<Miss>,
    pub wrong_qualifiers: Vec<Miss>,
    pub verbose: bool,
}

/// The class a kind belongs to for matching, and the factor to compare values in.
fn class(kind: &str, unit: Option<&str>) -> (&'static str, f64) {
    match (kind, unit) {
        ("percentage", Some("percentage_points")) | ("percentage_points", _) => ("points", 1.0),
        ("percentage", _) => ("share", 1.0),
        ("ratio", Some("fraction")) => ("share", 100.0),
        ("ratio", _) => ("multiplier", 1.0),
        // The gold set annotates distances and other measures as counts.
        ("count" | "measure", _) => ("count", 1.0),
        ("money", _) => ("money", 1.0),
        ("date", _) => ("date", 1.0),
        ("range", _) => ("range", 1.0),
        _ => ("other", 1.0),
    }
}

fn close(gold: f64, sys: f64) -> bool {
    (gold - sys).abs() <= 0.005 * gold.abs().max(1e-9)
}

/// Does system claim `c` match gold claim `g` (spans already overlap)?
fn matches(g: &GoldClaim, c: &Claim) -> bool {
    let (gc, gf) = class(&g.kind, g.unit.as_deref());
    let (sc, sf) = class(c.kind.as_str(), c.unit.as_deref());
    // A system `percentage` agrees with a gold `percentage` in points too.
    let kinds_agree = gc == sc || (gc == "points" && c.kind == ClaimKind::Percentage);
    if !kinds_agree {
        return false;
    }
    if gc == "date" {
        let gold = g.value.as_str().unwrap_or_default();
        return c
            .value
            .as_date()
            .is_some_and(|d| d.format("%Y-%m-%d").to_string() == gold);
    }
    let (Some(gv), Some(sv)) = (g.value.as_f64(), c.value.as_number()) else {
        return false;
    };
    if !close(gv * gf, sv * sf) {
        return false;
    }
    if gc == "range" {
        return match (g.value_high, c.value_high) {
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        };
    }
    true
}

/// The gold kind name a system claim is counted under.
fn gold_kind_of(c: &Claim) -> &'static str {
    match c.kind {
        ClaimKind::PercentagePoints => "percentage",
        ClaimKind::Measure => "count",
        k => k.as_str(),
    }
}

fn sentence_of(doc: &Document, span: Span) -> String {
    doc.sentence_at(span.start)
        .map(|i| doc.slice(doc.sentences[i].span).to_string())
        .unwrap_or_default()
}

/// The README's non-claim categories as patterns over the article text.
static NON_CLAIM_PATTERNS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    // The names as written in running text: `January|February|…`.
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let months = lexicon::month_names()
        .iter()
        .map(|m| capitalised(m))
        .collect::<Vec<_>>()
        .join("|");
    let weekdays_plural = lexicon::weekday_names()
        .iter()
        .map(|d| capitalised(d) + "s")
        .collect::<Vec<_>>()
        .join("|");
    [
        ("bare year", r"\b(1[89]\d\d|20\d\d)\b".to_string()),
        ("month-only reference", format!(r"\b(in|since|until|by|of|from|during|early|late|last|next)\s+({months})\b(\s+\d{{4}})?|\b({months})\s+\d{{4}}\b|\blast month\b|\bthis month\b")),
        ("week or other period", r"\b(last|this|next) (week|year|weekend)\b|\bat the weekend\b|\bthe weekend\b".to_string()),
        ("time of day", r"\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)".to_string()),
        ("vague quantity", r"\b(thousands|hundreds|dozens|millions|a few (days|weeks|months|years)|months|weeks|several)\b".to_string()),
        ("identifier", r"\b[A-Z]{1,3}\d{2,4}[A-Z]?\b|\b(Route|Article|Regulation|routes|services|flight|Radio|Channel)\s+[A-Z]*\s?\d[\w/]*(\s+and\s+\d+\w*)?".to_string()),
        ("product descriptor", r"\b(one|two|three|five|ten|\d+)-year fixed\b".to_string()),
        ("ordinal", r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)([- ](year|busiest|time|form|quarter|half|day|MMR))?\b".to_string()),
        ("one in an idiom", r"\b(one of the|at least one|every one)\b".to_string()),
        ("weekday in a name", format!(r"\b[\w-]+ ({weekdays_plural})\b")),
    ]
    .into_iter()
    .map(|(name, re)| (name, Regex::new(&re).expect("valid non-claim pattern")))
    .collect()
});

/// Scores one article; adds to `report`.
fn score_article(
    id: &str,
    text: &str,
    published: Option<chrono::NaiveDate>,
    gold: &[GoldClaim],
    report: &mut ClaimsReport,
) {
    let doc = Document::new(text.to_string());
    let all = extract_claims(&doc, published);
    // Dates coarser than a day are not in the gold set.
    let mut claims: Vec<&Claim> = Vec::new();
    for c in &all {
        match c.granularity {
            Some(g) if g != Granularity::Day => {
                let name = match g {
                    Granularity::Week => "week",
                    Granularity::Month => "month",
                    Granularity::Year => "year",
                    Granularity::Decade => "decade",
                    Granularity::Day => "day",
                };
                *report.excluded_dates.entry(name).or_default() += 1;
            }
            _ => claims.push(c),
        }
    }
    let gold_spans: Vec<Option<Span>> = gold
        .iter()
        .map(|g| dev::locate(text, &g.surface).map(|(a, b)| Span::new(a, b)))
        .collect();
    // Greedy matching by overlap size.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let Some(gs) = gold_spans[gi] else { continue };
        for (ci, c) in claims.iter().enumerate() {
            if gs.overlaps(c.span) && matches(g, c) {
                let overlap = gs.end.min(c.span.end) - gs.start.max(c.span.start);
                pairs.push((overlap, gi, ci));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_hit = vec![None; gold.len()];
    let mut sys_hit = vec![false; claims.len()];
    for (_, gi, ci) in pairs {
        if gold_hit[gi].is_none() && !sys_hit[ci] {
            gold_hit[gi] = Some(ci);
            sys_hit[ci] = true;
        }
    }
    let prf = Prf {
        true_positives: gold_hit.iter().filter(|h| h.is_some()).count(),
        predicted: claims.len(),
        gold: gold.len(),
    };
    report.overall.add(prf);
    for (gi, g) in gold.iter().enumerate() {
        let e = report.by_kind.entry(g.kind.clone()).or_default();
        e.gold += 1;
        if let Some(ci) = gold_hit[gi] {
            e.true_positives += 1;
            let c = claims[ci];
            if let Some(q) = &g.qualifier {
                report.qualifier.1 += 1;
                let ours = c.qualifier.map(|q| q.as_str()).unwrap_or("null");
                if ours == q {
                    report.qualifier.0 += 1;
                } else {
                    report.wrong_qualifiers.push(Miss {
                        article: id.to_string(),
                        surface: g.surface.clone(),
                        detail: format!("gold {q}, ours {ours}"),
                        sentence: sentence_of(&doc, c.span),
                    });
                }
            }
            report.subject_matched.1 += 1;
            report.subject_matched.0 += usize::from(c.subject.is_some());
        } else {
            let sentence = gold_spans[gi]
                .map(|s| sentence_of(&doc, s))
                .unwrap_or_default();
            report.misses.push(Miss {
                article: id.to_string(),
                surface: g.surface.clone(),
                detail: format!("{} {} {:?}", g.kind, g.value, g.unit),
                sentence,
            });
        }
    }
    for (ci, c) in claims.iter().enumerate() {
        report
            .by_kind
            .entry(gold_kind_of(c).to_string())
            .or_default()
            .predicted += 1;
        report.subject_all.1 += 1;
        report.subject_all.0 += usize::from(c.subject.is_some());
        if !sys_hit[ci] {
            report.false_positives.push(Miss {
                article: id.to_string(),
                surface: c.surface.clone(),
                detail: format!(
                    "{} {} {:?}",
                    c.kind.as_str(),
                    serde_json::to_string(&c.value).unwrap_or_default(),
                    c.unit
                ),
                sentence: sentence_of(&doc, c.span),
            });
        }
    }
    // Non-claims: occurrences of the README's categories outside every gold
    // surface, overlapped by a scored system claim.
    for (category, re) in NON_CLAIM_PATTERNS.iter() {
        for m in re.find_iter(text) {
            let span = Span::new(m.start(), m.end());
            if gold_spans.iter().flatten().any(|g| g.overlaps(span)) {
                continue;
            }
            for c in claims.iter().filter(|c| c.span.overlaps(span)) {
                report.non_claims.push(NonClaim {
                    article: id.to_string(),
                    category,
                    text: m.as_str().to_string(),
                    claim: c.surface.clone(),
                });
            }
        }
    }
}

/// Scores claim extraction on `shared/eval/dev/`.
pub fn run(shared: &Path, verbose: bool) -> Result<ClaimsReport> {
    let set: DevSet = dev::load(&shared.join("eval/dev"))?;
    let mut report = ClaimsReport {
        verbose,
        ..ClaimsReport::default()
    };
    for (id, gold) in &set.gold.articles {
        let Some(article) = set.article(id) else {
            continue;
        };
        let published = article.published.map(|p| p.date);
        score_article(id, &article.text, published, &gold.claims, &mut report);
        let doc = Document::new(article.text.clone());
        for c in crate::extract::extract_article(&doc, published).claims {
            report.attributed.2 += 1;
            if c.speaker.is_some() {
                report.attributed.0 += 1;
            } else if article.source.is_some() {
                report.attributed.1 += 1;
            }
        }
    }
    Ok(report)
}

fn pct(a: usize, b: usize) -> String {
    format!("{:.1}% ({a}/{b})", 100.0 * super::ratio(a, b))
}

impl fmt::Display for ClaimsReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "claims on the dev set (eval/dev/gold.json)")?;
        let excluded: usize = self.excluded_dates.values().sum();
        let detail: Vec<String> = self
            .excluded_dates
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        writeln!(
            f,
            "  note: {excluded} system dates not resolved to a day are left out of the score ({}); the gold set annotates day-resolved dates only",
            detail.join(", ")
        )?;
        writeln!(f, "  overall      {}", self.overall)?;
        for (kind, prf) in &self.by_kind {
            writeln!(f, "  {kind:<12} {prf}")?;
        }
        writeln!(
            f,
            "  qualifier accuracy over matched claims: {}",
            pct(self.qualifier.0, self.qualifier.1)
        )?;
        writeln!(
            f,
            "  subject filled: {} of matched claims, {} of all scored claims",
            pct(self.subject_matched.0, self.subject_matched.1),
            pct(self.subject_all.0, self.subject_all.1)
        )?;
        let (speaker, outlet, total) = self.attributed;
        writeln!(
            f,
            "  attributed_to filled: {} of all claims ({} to a speaker, {} to the outlet itself)",
            pct(speaker + outlet, total),
            pct(speaker, total),
            pct(outlet, total)
        )?;
        writeln!(f, "  non-claims reported: {}", self.non_claims.len())?;
        for n in &self.non_claims {
            writeln!(
                f,
                "    {} {}: {:?} reported as claim {:?}",
                n.article, n.category, n.text, n.claim
            )?;
        }
        if self.verbose {
            let list = |f: &mut fmt::Formatter<'_>, title: &str, items: &[Miss]| -> fmt::Result {
                writeln!(f, "\n{title} ({})", items.len())?;
                for m in items {
                    writeln!(f, "  {} {:?} [{}]", m.article, m.surface, m.detail)?;
                    writeln!(f, "      {}", m.sentence)?;
                }
                Ok(())
            };
            list(f, "missed gold claims", &self.misses)?;
            list(f, "false positives", &self.false_positives)?;
            list(f, "wrong qualifiers", &self.wrong_qualifiers)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Document;
    use chrono::NaiveDate;

    fn gold(surface: &str, kind: &str, value: serde_json::Value, unit: Option<&str>) -> GoldClaim {
        GoldClaim {
            surface: surface.into(),
            kind: kind.into(),
            value,
            value_high: None,
            unit: unit.map(str::to_string),
            qualifier: Some("exact".into()),
            subject: None,
        }
    }

    fn claim(text: &str, surface: &str) -> Claim {
        let doc = Document::from_raw(text);
        extract_claims(&doc, NaiveDate::from_ymd_opt(2024, 1, 1))
            .into_iter()
            .find(|c| c.surface == surface)
            .expect("claim found")
    }

    #[test]
    fn non_claim_patterns_cover_the_readme_categories() {
        let check = |text: &str, category: &str| {
            let hit = NON_CLAIM_PATTERNS
                .iter()
                .any(|(c, re)| *c == category && re.is_match(text));
            assert!(hit, "{text:?} should match {category}");
        };
        check("The 1967 crossing", "bare year");
        check("since January", "month-only reference");
        check("in March 2017", "month-only reference");
        check("published last week", "week or other period");
        check("a text message at 4am", "time of day");
        check("thousands who have", "vague quantity");
        check("off Route 66", "identifier");
        check("carries the A1087", "identifier");
        check("Bus routes 7 and 7A", "identifier");
        check("flight CV 1182", "identifier");
        check("two-year fixed mortgages", "product descriptor");
        check("a second-year foundation doctor", "ordinal");
        check("one of the first schools", "one in an idiom");
        check("walk-in Wednesdays", "weekday in a name");
    }

    #[test]
    fn kind_classes_and_tolerance() {
        let check = |g: GoldClaim, c: Claim, expected: bool| {
            assert_eq!(matches(&g, &c), expected, "{} vs {}", g.surface, c.surface);
        };
        // A fraction and a percentage are one class, compared as percent.
        check(
            gold("two-thirds", "ratio", 0.6667.into(), Some("fraction")),
            claim("It was 66.7% of them.", "66.7%"),
            true,
        );
        check(
            gold("39%", "percentage", 39.into(), Some("percent")),
            claim("It was 39.1% then.", "39.1%"),
            true,
        );
        check(
            gold("39%", "percentage", 39.into(), Some("percent")),
            claim("It was 43% then.", "43%"),
            false,
        );
        // Points agree with gold points only.
        check(
            gold(
                "1.3 points",
                "percentage",
                1.3.into(),
                Some("percentage_points"),
            ),
            claim(
                "The rate was up 1.3 percentage points.",
                "1.3 percentage points",
            ),
            true,
        );
        check(
            gold("1.3%", "percentage", 1.3.into(), Some("percent")),
            claim(
                "The rate was up 1.3 percentage points.",
                "1.3 percentage points",
            ),
            false,
        );
        // Multipliers are not fractions.
        check(
            gold("doubled", "ratio", 2.into(), Some("times")),
            claim("Appeals doubled.", "doubled"),
            true,
        );
        check(
            gold("12 January", "date", "2016-01-12".into(), None),
            claim("on 12 January 2016", "12 January 2016"),
            true,
        );
    }
}
