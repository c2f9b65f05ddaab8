//! Scores the quote extractor.
//!
//! **Dev set** (`eval/dev/`), by its README's rules: system speech quotes
//! (direct and partial) match gold speech quotes at token F1 ≥ threshold,
//! greedily by best F1; a system quote matching a non-speech gold span is a
//! false positive and counts toward the scare-quote rate; the speaker of a
//! matched quote is right when the normalised names are equal or the gold
//! speaker's last word is in the system's speaker name.
//!
//! **PolNeAR** (`eval/quotes/polnear/gold/*.jsonl`, primary annotations):
//! gold units are attributions of kind `direct` or `mixed`, their content
//! segments joined. System units are direct quotations (the parts of one
//! utterance joined, as PolNeAR joins them), reported speech holding
//! quotation marks (PolNeAR's "mixed", which its heuristic decides by the
//! marks alone, whatever they set off), and partial quotations not inside
//! such reported speech; as that heuristic only knows double marks,
//! quotations set in single marks count on neither side. A quotation that
//! carries on an attributed one in the same paragraph through the same
//! mention and cue (`"A," Smith said. "B."`) joins its unit: PolNeAR's unit
//! is one attribution (one source, one cue) with all its content segments.
//! For the same reason reported speech right before such a quotation
//! (`…, Schiff said. "The other factor …"`) opens its unit.
//! Matching is the same token F1. A speaker is scored where
//! the gold source names someone (not a pronoun, nor a cue word the
//! annotator selected by slip): right when the source's last word is
//! in the system speaker's name or one of its aliases or roles.

use super::text::{multiset_f1, normalise, tokens};
use super::{EvalError, Prf, Result, dev, ratio, read};
use crate::analysis::{Document, Span};
use crate::extract::quotes::{QuoteExtraction, QuoteKind, extract_quotes};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::Path;

/// Token-overlap thresholds reported, as in the published evaluations.
pub const THRESHOLDS: [f64; 2] = [0.3, 0.8];

/// How much a system quote and a gold quote must share to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overlap {
    /// Token F1 over token multisets (the dev set's rule): symmetric, so a
    /// system quote much longer or shorter than the gold one fails.
    #[default]
    TokenF1,
    /// The share of the gold quote's tokens the system quote covers: the
    /// measure behind the SFU Gender Gap Tracker's published figures
    /// (`evaluate_quotes.py`: |gold ∩ system| / |gold|), used for PolNeAR so
    /// that the figures compare with theirs.
    GoldCoverage,
}

impl Overlap {
    fn score(self, gold: &[String], system: &[String]) -> f64 {
        match self {
            Overlap::TokenF1 => multiset_f1(gold, system),
            Overlap::GoldCoverage => coverage(gold, system),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Overlap::TokenF1 => "token F1",
            Overlap::GoldCoverage => "gold covered",
        }
    }
}

/// Share of `gold`'s tokens (as a multiset) found in `system`.
fn coverage(gold: &[String], system: &[String]) -> f64 {
    if gold.is_empty() || system.is_empty() {
        return 0.0;
    }
    let mut counts: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
    for t in system {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in gold {
        if let Some(c) = counts.get_mut(t.as_str())
            && *c > 0
        {
            *c -= 1;
            common += 1;
        }
    }
    common as f64 / gold.len() as f64
}

/// Scores of one set.
#[derive(Debug, Clone, Default)]
pub struct SetReport {
    pub name: String,
    pub articles: usize,
    /// The overlap measure of `prf` (and of the speaker and scare-quote figures).
    pub overlap: Overlap,
    /// Matching at each threshold of [`THRESHOLDS`].
    pub prf: [Prf; 2],
    /// With [`Overlap::GoldCoverage`], the same at symmetric token F1, for comparison.
    pub strict: Option<[Prf; 2]>,
    /// Matched quotes (at 0.8) whose speaker could be scored, and how many were right.
    pub speaker_scored: usize,
    pub speaker_right: usize,
    /// The same, right only when the speaker's canonical name names the gold
    /// source as `../shared/eval/scorers/` judges it (no alias or role).
    pub strict_rule: Option<fn(&str, &str) -> bool>,
    pub speaker_strict_right: usize,
    /// Per attribution rule (sieve): scored speakers it gave, and how many
    /// were right by the strict rule (or the lenient one without it).
    pub sieves: std::collections::BTreeMap<&'static str, (usize, usize)>,
    /// Dev set: non-speech spans reported as speech, out of all non-speech spans.
    pub scare_reported: usize,
    pub scare_total: usize,
    /// Articles with gold quotations where the system found none.
    pub empty_articles: usize,
    /// With `verbose`: misses, false positives and wrong speakers.
    pub details: String,
}

impl SetReport {
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.speaker_scored)
    }
}

impl std::fmt::Display for SetReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} ({} articles)", self.name, self.articles)?;
        for (t, prf) in THRESHOLDS.iter().zip(&self.prf) {
            writeln!(f, "  quotes at {} ≥ {t}: {prf}", self.overlap.describe())?;
        }
        if let Some(strict) = &self.strict {
            for (t, prf) in THRESHOLDS.iter().zip(strict) {
                writeln!(f, "  quotes at token F1 ≥ {t}: {prf}")?;
            }
        }
        if self.strict_rule.is_some() {
            writeln!(
                f,
                "  speaker accuracy (canonical name names the source, as the scorers judge): {:.3} ({} of {})",
                ratio(self.speaker_strict_right, self.speaker_scored),
                self.speaker_strict_right,
                self.speaker_scored
            )?;
        }
        writeln!(
            f,
            "  speaker accuracy (lenient: any alias or role of the speaker): {:.3} ({} of {} matched quotes with a scorable speaker)",
            self.speaker_accuracy(),
            self.speaker_right,
            self.speaker_scored
        )?;
        if !self.details.is_empty() {
            writeln!(f, "  speaker right / scored, by attribution rule (sieve):")?;
            for (sieve, (scored, right)) in &self.sieves {
                writeln!(
                    f,
                    "    {sieve:<26} {right:>4} / {scored:<4} ({:.3})",
                    ratio(*right, *scored)
                )?;
            }
        }
        if self.scare_total > 0 {
            writeln!(
                f,
                "  non-speech spans reported as speech: {} of {}",
                self.scare_reported, self.scare_total
            )?;
        }
        writeln!(
            f,
            "  articles with gold quotes but none found: {}",
            self.empty_articles
        )?;
        if !self.details.is_empty() {
            write!(f, "{}", self.details)?;
        }
        Ok(())
    }
}

/// A unit to match: its text and, for system units, its speaker names.
struct Unit {
    text: String,
    tokens: Vec<String>,
    /// Gold: the speaker (or source). System: canonical name and aliases.
    speaker: Vec<String>,
    /// Gold unit that takes part in speaker scoring.
    scorable: bool,
    /// Gold: a speech quotation (false for the dev set's non-speech spans).
    speech: bool,
    /// System: where the unit lies in the document (first part to last).
    span: Option<Span>,
    /// System: the rule that attributed it.
    sieve: Option<&'static str>,
}

impl Unit {
    fn new(text: String, speaker: Vec<String>, scorable: bool, speech: bool) -> Self {
        let tokens = tokens(&text);
        Unit {
            text,
            tokens,
            speaker,
            scorable,
            speech,
            span: None,
            sieve: None,
        }
    }

    fn by(mut self, sieve: Option<&'static str>) -> Self {
        self.sieve = sieve;
        self
    }

    fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }
}

/// Greedy one-to-one matching by highest score: (gold index, system index, score).
fn match_units(
    gold: &[Unit],
    system: &[Unit],
    threshold: f64,
    overlap: Overlap,
) -> Vec<(usize, usize, f64)> {
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for (g, gu) in gold.iter().enumerate() {
        for (s, su) in system.iter().enumerate() {
            let f = overlap.score(&gu.tokens, &su.tokens);
            if f >= threshold {
                pairs.push((g, s, f));
            }
        }
    }
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2));
    let (mut g_used, mut s_used) = (vec![false; gold.len()], vec![false; system.len()]);
    let mut out = Vec::new();
    for (g, s, f) in pairs {
        if !g_used[g] && !s_used[s] {
            g_used[g] = true;
            s_used[s] = true;
            out.push((g, s, f));
        }
    }
    out
}

/// Speaker rule of both sets: equal normalised names, or the gold's last word in a system name.
fn speaker_right(gold: &str, system: &[String]) -> bool {
    let g = normalise(gold);
    let last = tokens(gold).pop().unwrap_or_default();
    system.iter().any(|s| {
        let s_norm = normalise(s);
        s_norm == g || tokens(s).contains(&last)
    })
}

/// Scores one article's units into `report`.
fn score_article(
    report: &mut SetReport,
    gold: &[Unit],
    system: &[Unit],
    verbose: bool,
    label: &str,
) {
    let speech_gold: Vec<&Unit> = gold.iter().filter(|u| u.speech).collect();
    if !speech_gold.is_empty() && system.is_empty() {
        report.empty_articles += 1;
    }
    for (k, t) in THRESHOLDS.iter().enumerate() {
        let count = |matches: &[(usize, usize, f64)]| Prf {
            true_positives: matches.iter().filter(|(g, _, _)| gold[*g].speech).count(),
            predicted: system.len(),
            gold: speech_gold.len(),
        };
        if let Some(strict) = &mut report.strict {
            strict[k].add(count(&match_units(gold, system, *t, Overlap::TokenF1)));
        }
        let matches = match_units(gold, system, *t, report.overlap);
        report.prf[k].add(count(&matches));
        if k == 1 {
            report.scare_total += gold.iter().filter(|u| !u.speech).count();
            report.scare_reported += matches.iter().filter(|(g, _, _)| !gold[*g].speech).count();
            for (g, s, _) in &matches {
                let gu = &gold[*g];
                if !gu.speech || !gu.scorable {
                    continue;
                }
                report.speaker_scored += 1;
                let ok = speaker_right(&gu.speaker[0], &system[*s].speaker);
                let strict = report.strict_rule.map(|rule| {
                    rule(
                        &gu.speaker[0],
                        system[*s].speaker.first().map_or("", String::as_str),
                    )
                });
                if strict == Some(true) {
                    report.speaker_strict_right += 1;
                }
                let tally = report
                    .sieves
                    .entry(system[*s].sieve.unwrap_or("none"))
                    .or_default();
                tally.0 += 1;
                if strict.unwrap_or(ok) {
                    tally.1 += 1;
                }
                if ok {
                    report.speaker_right += 1;
                }
                if !strict.unwrap_or(ok) && verbose {
                    let _ = writeln!(
                        report.details,
                        "    {label}: WRONG SPEAKER {:?} (gold {:?}; {}) for {:?}",
                        system[*s].speaker.first(),
                        gu.speaker[0],
                        system[*s].sieve.unwrap_or("none"),
                        short(&gu.text)
                    );
                }
            }
            if verbose {
                let gm: Vec<usize> = matches.iter().map(|m| m.0).collect();
                let sm: Vec<usize> = matches.iter().map(|m| m.1).collect();
                for (g, gu) in gold.iter().enumerate() {
                    if gu.speech && !gm.contains(&g) {
                        let _ =
                            writeln!(report.details, "    {label}: MISSED {:?}", short(&gu.text));
                    }
                }
                for (s, su) in system.iter().enumerate() {
                    let scare = matches
                        .iter()
                        .any(|(g, si, _)| *si == s && !gold[*g].speech);
                    if !sm.contains(&s) || scare {
                        let _ = writeln!(
                            report.details,
                            "    {label}: {} {:?} ({:?})",
                            if scare {
                                "SCARE QUOTE AS SPEECH"
                            } else {
                                "FALSE POSITIVE"
                            },
                            short(&su.text),
                            su.speaker.first()
                        );
                    }
                }
            }
        }
    }
}

/// `score.py`'s rule: the same tokens, or the gold's last token in a
/// system name not much longer than it (or holding its first token too).
fn dev_speaker_ok(gold: &str, system: &str) -> bool {
    let (g, s) = (tokens(gold), tokens(system));
    let Some(last) = g.last() else {
        return false;
    };
    g == s || (s.contains(last) && (s.len() <= g.len() + 2 || s.contains(&g[0])))
}

/// `score_polnear.py`'s rule: the source's last token in the system's
/// canonical name, or any of its tokens but pronouns.
fn polnear_speaker_ok(gold: &str, system: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "their",
    ];
    let (g, s) = (tokens(gold), tokens(system));
    let Some(last) = g.last() else {
        return false;
    };
    s.contains(last)
        || g.iter()
            .any(|t| !PRONOUNS.contains(&t.as_str()) && s.contains(t))
}

fn short(s: &str) -> String {
    let s: String = s.chars().take(90).collect();
    s.replace('\n', " ")
}

fn speaker_names(ex: &QuoteExtraction, speaker: Option<usize>) -> Vec<String> {
    match speaker {
        Some(i) => {
            let s = &ex.speakers[i];
            // Roles count: PolNeAR's source is the local mention, often a
            // description (`Sanders's campaign manager`) of the named speaker.
            std::iter::once(s.name.clone())
                .chain(s.aliases.iter().cloned())
                .chain(s.roles.iter().cloned())
                .collect()
        }
        None => vec![],
    }
}

/// Dev set: direct and partial quotes against the gold speech and non-speech spans.
pub fn score_dev(dir: &Path, verbose: bool) -> Result<SetReport> {
    let set = dev::load(dir)?;
    let mut report = SetReport {
        name: "dev set (eval/dev)".into(),
        strict_rule: Some(dev_speaker_ok),
        ..SetReport::default()
    };
    for article in &set.articles {
        let Some(gold_article) = set.gold.articles.get(&article.external_id) else {
            continue;
        };
        report.articles += 1;
        let doc = Document::new(article.text.clone());
        let ex = extract_quotes(&doc);
        let gold: Vec<Unit> = gold_article
            .quotes
            .iter()
            .map(|q| {
                Unit::new(
                    q.text.clone(),
                    q.speaker.iter().cloned().collect(),
                    q.speaker.is_some(),
                    q.speech,
                )
            })
            .collect();
        let system: Vec<Unit> = ex
            .quotes
            .iter()
            .filter(|q| q.kind.is_quotation())
            .map(|q| {
                Unit::new(
                    doc.slice(q.span).to_string(),
                    speaker_names(&ex, q.speaker),
                    true,
                    true,
                )
                .by(q.sieve)
            })
            .collect();
        score_article(&mut report, &gold, &system, verbose, &article.external_id);
    }
    Ok(report)
}

#[derive(Deserialize)]
struct PolnearRow {
    doc_id: String,
    primary: bool,
    text: String,
    attributions: Vec<PolnearAttribution>,
}

#[derive(Deserialize)]
struct PolnearAttribution {
    kind: String,
    source: Vec<PolnearSpan>,
    content: Vec<PolnearSpan>,
}

/// Which attribution kinds count as quotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolnearKinds {
    /// The `kind` field as shipped. Its heuristic knows only `" “ ” „ « »`,
    /// so the New York Times' quotations (written `''…''`) come out "indirect".
    Shipped,
    /// The same heuristic with `''` and ``` `` ``` counted as quotation marks.
    WithDoubledApostrophes,
}

/// PolNeAR's kind heuristic: `direct` when every content segment begins
/// and ends with a quotation mark, `mixed` when the content holds one.
fn recomputed_kind(segments: &[&str]) -> &'static str {
    const OPEN: &[&str] = &["\"", "“", "”", "„", "«", "»", "''", "``"];
    let starts = |s: &str| OPEN.iter().any(|m| s.starts_with(m));
    let ends = |s: &str| OPEN.iter().any(|m| s.ends_with(m));
    let trimmed: Vec<&str> = segments
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if trimmed.is_empty() {
        "none"
    } else if trimmed.iter().all(|s| starts(s) && ends(s)) {
        "direct"
    } else if trimmed.iter().any(|s| OPEN.iter().any(|m| s.contains(m))) {
        "mixed"
    } else {
        "indirect"
    }
}

#[derive(Deserialize)]
struct PolnearSpan {
    byte_start: usize,
    byte_end: usize,
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their", "me",
    "us", "who", "which", "that",
];

/// A gold source names a speaker: it is not empty, a pronoun, or (an
/// annotation slip) only the cue word itself (`said`).
fn scorable_source(source: &str) -> bool {
    let s = normalise(source.trim());
    let cue_word =
        s.split_whitespace().count() == 1 && crate::extract::lexicon::cue_class(&s).is_some();
    !(s.is_empty() || PRONOUNS.contains(&s.as_str()) || cue_word)
}

/// The head of a PolNeAR source span, which holds the whole noun phrase
/// with its appositives and relative clauses: `Virgie M. Rollins, chair of
/// the Democratic National Committee Black Caucus` → `Virgie M. Rollins`;
/// `Joel Pollak of Breitbart California` → `Joel Pollak`; `a person close
/// to the Clintons` → `a person`; `a study by economists` → `a study`;
/// `Trump’s` (of `Trump’s claim that …`) → `Trump`.
fn source_head(source: &str) -> String {
    let s = source.trim();
    let mut cut = s.len();
    for stop in [
        ",",
        "(",
        " who ",
        " which ",
        " whose ",
        " that ",
        " of ",
        " from ",
        " at ",
        " with ",
        " in ",
        " by ",
        " close to ",
        " involved ",
        " familiar ",
        " knowledgeable ",
        " — ",
        " -- ",
    ] {
        if let Some(i) = s.find(stop)
            && i > 0
        {
            cut = cut.min(i);
        }
    }
    // `Trump’s claim`: the possessor is the source.
    let head = s[..cut].trim();
    head.strip_suffix("'s")
        .or_else(|| head.strip_suffix("’s"))
        .unwrap_or(head)
        .to_string()
}

/// The system units as (text, speaker names, span in the document), for
/// inspection tools.
pub fn polnear_system_units_text(
    doc: &Document,
    ex: &QuoteExtraction,
) -> Vec<(String, Vec<String>, Option<Span>)> {
    polnear_system_units(doc, ex)
        .into_iter()
        .map(|u| (u.text, u.speaker, u.span))
        .collect()
}

/// Is the quotation at `span` set in double marks? PolNeAR's kind
/// heuristic (see [`recomputed_kind`]) only knows double marks, so a gold
/// attribution quoted in single ones (US headline style: `Kasich: 'We Are
/// Going …'`) is not a quotation there; the system's are held to the same
/// definition.
fn double_marked(doc: &Document, span: Span) -> bool {
    const DOUBLE: &[&str] = &["\"", "“", "”", "„", "«", "»", "''", "``"];
    let before = doc.text[..span.start].trim_end();
    DOUBLE.iter().any(|m| before.ends_with(m))
}

/// The system's units in PolNeAR's terms (see the module docs).
fn polnear_system_units(doc: &Document, ex: &QuoteExtraction) -> Vec<Unit> {
    let mixed: Vec<&crate::extract::quotes::Quote> = ex
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .filter(|q| {
            ex.quotes.iter().any(|p| {
                p.kind != QuoteKind::Indirect
                    && double_marked(doc, p.span)
                    && q.span.start <= p.span.start
                    && p.span.end <= q.span.end
            })
        })
        .collect();
    // PolNeAR is univocal (a token belongs to one attribution): reported
    // speech nested in other reported speech (`Obama said Trump should
    // condemn terrorists as "radical Islamists"`) is part of the outer unit.
    let mixed: Vec<&crate::extract::quotes::Quote> = mixed
        .iter()
        .filter(|q| {
            !mixed.iter().any(|o| {
                o.span != q.span && o.span.start <= q.span.start && q.span.end <= o.span.end
            })
        })
        .copied()
        .collect();
    let mut units: Vec<Unit> = Vec::new();
    let mut done_groups = Vec::new();
    let in_mixed = |p: &crate::extract::quotes::Quote| {
        mixed
            .iter()
            .any(|m| m.span.start <= p.span.start && p.span.end <= m.span.end)
    };
    // The attribution of the last unit pushed: (mention, cue, paragraph, unit).
    let mut last: Option<(Span, Option<&str>, usize, usize)> = None;
    // Reported speech without marks right before: (mention, cue, paragraph,
    // text, span). A quotation carrying it on through the same attribution
    // (`…, Schiff said. "The other factor …"`) makes one unit with it.
    type Pending<'a> = (Span, Option<&'a str>, usize, &'a str, Span);
    let mut pending: Option<Pending> = None;
    for q in &ex.quotes {
        if q.kind == QuoteKind::Indirect
            && !mixed.iter().any(|m| std::ptr::eq(*m, q))
            && !in_mixed(q)
        {
            pending = q
                .mention
                .map(|m| (m, q.cue.as_deref(), q.paragraph, doc.slice(q.span), q.span));
            continue;
        }
        let (text, span) = match q.kind {
            QuoteKind::Direct => {
                if done_groups.contains(&q.group) {
                    continue;
                }
                done_groups.push(q.group);
                // Parts inside reported speech belong to that unit.
                let parts: Vec<Span> = ex
                    .quotes
                    .iter()
                    .filter(|p| p.group == q.group && p.kind == QuoteKind::Direct && !in_mixed(p))
                    .filter(|p| double_marked(doc, p.span))
                    .map(|p| p.span)
                    .collect();
                let (Some(first), Some(last_part)) = (parts.first(), parts.last()) else {
                    continue;
                };
                let text: Vec<&str> = parts.iter().map(|&p| doc.slice(p)).collect();
                (text.join(" "), Span::new(first.start, last_part.end))
            }
            // A partial quotation on its own, and reported speech holding marks.
            QuoteKind::Partial | QuoteKind::Indirect
                if (q.kind == QuoteKind::Partial && !in_mixed(q) && double_marked(doc, q.span))
                    || (q.kind == QuoteKind::Indirect
                        && mixed.iter().any(|m| std::ptr::eq(*m, q))) =>
            {
                (doc.slice(q.span).to_string(), q.span)
            }
            _ => continue,
        };
        let attribution = q.mention.map(|m| (m, q.cue.as_deref(), q.paragraph));
        if let (Some((m, cue, para, u)), Some(this)) = (last, attribution)
            && (m, cue, para) == this
        {
            // Carries on the unit before: one attribution.
            let prev = &units[u];
            let start = prev.span.map_or(span.start, |s| s.start);
            units[u] = Unit::new(
                format!("{} {}", prev.text, text),
                prev.speaker.clone(),
                true,
                true,
            )
            .at(Span::new(start, span.end))
            .by(prev.sieve);
            continue;
        }
        let (text, span) = match (pending.take(), attribution) {
            (Some((m, cue, para, head, head_span)), Some(this))
                if (m, cue, para) == this && head_span.end <= span.start =>
            {
                (
                    format!("{head} {text}"),
                    Span::new(head_span.start, span.end),
                )
            }
            _ => (text, span),
        };
        last = attribution.map(|(m, cue, para)| (m, cue, para, units.len()));
        units.push(
            Unit::new(text, speaker_names(ex, q.speaker), true, true)
                .at(span)
                .by(q.sieve),
        );
    }
    units
}

/// PolNeAR (`gold/<part>.jsonl`): direct and mixed attributions.
pub fn score_polnear(file: &Path, kinds: PolnearKinds, verbose: bool) -> Result<SetReport> {
    let text = read(file)?;
    let part = file.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    let mut report = SetReport {
        name: match kinds {
            PolnearKinds::WithDoubledApostrophes => {
                format!("PolNeAR {part} (direct + mixed; '' counted as quotation marks)")
            }
            PolnearKinds::Shipped => format!("PolNeAR {part} (direct + mixed; kinds as shipped)"),
        },
        overlap: Overlap::GoldCoverage,
        strict: Some([Prf::default(); 2]),
        strict_rule: Some(polnear_speaker_ok),
        ..SetReport::default()
    };
    for (i, line) in text.lines().enumerate() {
        let row: PolnearRow = serde_json::from_str(line).map_err(|e| EvalError::Format {
            path: file.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        if !row.primary {
            continue;
        }
        report.articles += 1;
        let slice = |s: &PolnearSpan| row.text.get(s.byte_start..s.byte_end).unwrap_or("");
        let gold: Vec<Unit> = row
            .attributions
            .iter()
            .filter(|a| {
                let kind = match kinds {
                    PolnearKinds::Shipped => a.kind.as_str(),
                    PolnearKinds::WithDoubledApostrophes => {
                        recomputed_kind(&a.content.iter().map(slice).collect::<Vec<_>>())
                    }
                };
                kind == "direct" || kind == "mixed"
            })
            .map(|a| {
                let content: Vec<&str> = a.content.iter().map(slice).collect();
                let source: Vec<&str> = a.source.iter().map(slice).collect();
                let source = source_head(&source.join(" "));
                let scorable = scorable_source(&source);
                Unit::new(content.join(" "), vec![source], scorable, true)
            })
            .collect();
        let doc = Document::from_raw(&row.text);
        let ex = extract_quotes(&doc);
        let system = polnear_system_units(&doc, &ex);
        score_article(&mut report, &gold, &system, verbose, &row.doc_id);
    }
    Ok(report)
}

/// Every quote evaluation over the shared data folder.
pub fn run(shared: &Path, verbose: bool) -> Result<Vec<SetReport>> {
    let polnear = shared.join("eval/quotes/polnear/gold");
    let with = PolnearKinds::WithDoubledApostrophes;
    Ok(vec![
        score_dev(&shared.join("eval/dev"), verbose)?,
        score_polnear(&polnear.join("dev.jsonl"), with, verbose)?,
        score_polnear(&polnear.join("dev.jsonl"), PolnearKinds::Shipped, false)?,
        score_polnear(&polnear.join("train-sample.jsonl"), with, verbose)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> Unit {
        Unit::new(text.into(), vec![], true, true)
    }

    #[test]
    fn greedy_matching_is_one_to_one_by_best_f1() {
        let gold = [unit("a b c d"), unit("a b x y")];
        let system = [unit("a b c d"), unit("a b")];
        let m = match_units(&gold, &system, 0.3, Overlap::TokenF1);
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].0, m[0].1), (0, 0));
        assert_eq!((m[1].0, m[1].1), (1, 1));
        assert!(match_units(&gold, &system, 0.9, Overlap::TokenF1).len() == 1);
        // Covering the gold quote is enough for the coverage measure.
        let long = [unit("x a b c d y z")];
        assert_eq!(
            match_units(&gold[..1], &long, 0.8, Overlap::GoldCoverage).len(),
            1
        );
        assert!(match_units(&gold[..1], &long, 0.8, Overlap::TokenF1).is_empty());
    }

    fn system_units(text: &str) -> Vec<String> {
        let doc = Document::from_raw(text);
        let ex = extract_quotes(&doc);
        polnear_system_units(&doc, &ex)
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn a_quotation_carried_on_through_the_same_attribution_is_one_unit() {
        // Across a programme title, which is nobody's words.
        assert_eq!(
            system_units(
                "\"We will win,\" Ann Lee said on CNN's \"State of the Union.\" \"We have the votes.\""
            ),
            ["We will win, We have the votes."]
        );
        assert_eq!(
            system_units("\"We will win,\" Ann Lee said. \"We have the votes.\""),
            ["We will win, We have the votes."]
        );
        assert_eq!(
            system_units(
                "The plan is \"a disaster,\" Ann Lee said on Monday. \"Nobody wants it.\""
            ),
            ["The plan is \"a disaster,\" Nobody wants it."]
        );
        assert_eq!(
            system_units("\"I like him,\" Ann Lee said, but \"he has a history.\""),
            ["I like him, he has a history."]
        );
        // Reported speech carried on by a quotation through its attribution.
        assert_eq!(
            system_units(
                "The plan may fail in the Senate, Ann Lee said. \"We have to show that we have the votes.\""
            ),
            ["The plan may fail in the Senate We have to show that we have the votes."]
        );
        // A new paragraph, or a new attribution, starts a new unit.
        assert_eq!(
            system_units(
                "\"We will win,\" Ann Lee said.\n\nThe crowd cheered. \"We have the votes.\""
            ),
            ["We will win,", "We have the votes."]
        );
        assert_eq!(
            system_units("\"We will win,\" Ann Lee said. \"No,\" Bo Cole said."),
            ["We will win,", "No,"]
        );
    }

    #[test]
    fn polnear_kinds_with_doubled_apostrophes() {
        assert_eq!(recomputed_kind(&["“Yes,”", "“no.”"]), "direct");
        assert_eq!(recomputed_kind(&["''Choke!''"]), "direct");
        assert_eq!(recomputed_kind(&["that it was ''rocked''"]), "mixed");
        assert_eq!(recomputed_kind(&["that it was fine"]), "indirect");
    }

    #[test]
    fn polnear_source_heads() {
        assert_eq!(
            source_head("Virgie M. Rollins, chair of the Caucus"),
            "Virgie M. Rollins"
        );
        assert_eq!(
            source_head("Joel Pollak of Breitbart California"),
            "Joel Pollak"
        );
        assert_eq!(
            source_head("Rep. Elijah Cummings (D-Md.), chair"),
            "Rep. Elijah Cummings"
        );
        assert_eq!(
            source_head("Sen. Jim Whelan who represents Atlantic City"),
            "Sen. Jim Whelan"
        );
        assert_eq!(source_head("Trump"), "Trump");
        assert!(scorable_source("Mr. Trump"));
        assert!(!scorable_source("he"));
        assert!(!scorable_source("said"));
        assert_eq!(source_head("a person close to the Clintons"), "a person");
        assert_eq!(source_head("Donald Trump’s"), "Donald Trump");
        assert_eq!(
            source_head("a study last year by economists"),
            "a study last year"
        );
        assert_eq!(source_head("a source involved in the effort"), "a source");
    }

    #[test]
    fn speaker_rule() {
        assert!(speaker_right("Helen Okoro", &["Dr Helen Okoro".into()]));
        assert!(speaker_right(
            "BMA spokeswoman",
            &["a BMA spokeswoman".into()]
        ));
        assert!(speaker_right("Sanders", &["Bernie Sanders".into()]));
        assert!(!speaker_right("Jeremy Corbyn", &["Gareth Pennock".into()]));
        assert!(!speaker_right("Jeremy Corbyn", &[]));
    }
}
