//! Numeric claims: every percentage, count, amount of money, ratio, range
//! and date an article states, normalised so that a machine can compare
//! them, with what each measures.
//!
//! [`extract_claims`] is a pure function of an analysed [`Document`] and its
//! publication date. Per sentence it reads the analysis tokens as pieces
//! (`lex`), finds dates first (`dates`), then quantities (`quantities`, on
//! top of `numbers`, `words`, `money`, `percent`, `units`), drops numbers
//! that are not claims (`filters`), and names what each claim measures
//! (`subject`). Every step looks at a bounded window of pieces, so the work
//! is linear in the length of the text.
//!
//! The lower-level parsers ([`parse_numbers`], [`parse_quantities`],
//! [`parse_dates`]) are the same code without the claim layer; the peer
//! suites in `eval::numbers` run them.

mod dates;
mod filters;
mod lex;
mod money;
mod numbers;
mod percent;
mod quantities;
mod quoted;
mod rates;
mod subject;
mod units;
mod wholes;

pub use units::{Dimension, conversion, to_base};
pub(crate) use units::{measure_unit, time_unit};
mod words;

pub use dates::{DateForm, DateLean, DateMatch, parse_dates};
pub use numbers::{NumberMatch, parse_numbers};

use crate::analysis::{Document, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What kind of number a claim states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// `39%`, `39 per cent`: `value` in percent.
    Percentage,
    /// `1.3 percentage points`, `a two-point lead`.
    PercentagePoints,
    /// People, things, durations, distances and ages: `26,000 junior doctors`,
    /// `22 years`, `aged 54`, `11-mile`.
    Count,
    /// `value` in whole units of the ISO 4217 code in `unit`.
    Money,
    /// `value` is a date; see `granularity`.
    Date,
    /// A share said in words (`one in five`, `two-thirds`: unit `fraction`,
    /// value 0–1) or a multiplier (`doubled`, `three times`: unit `times`).
    Ratio,
    /// `between 40 and 50`, `10-12 weeks`: `value` to `value_high`.
    Range,
    /// A physical measure with its unit (`120 mm`, `5 inches`, `30C`,
    /// `40 sq km`, `1.2 GW`): `value` as written, `unit` normalised (see
    /// `units`), comparable within its dimension.
    Measure,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Percentage => "percentage",
            ClaimKind::PercentagePoints => "percentage_points",
            ClaimKind::Count => "count",
            ClaimKind::Money => "money",
            ClaimKind::Date => "date",
            ClaimKind::Ratio => "ratio",
            ClaimKind::Range => "range",
            ClaimKind::Measure => "measure",
        }
    }
}

/// The hedge on a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A bare number.
    Exact,
    /// about, around, roughly, some, close to, an estimated.
    About,
    /// more than, over, just over, above.
    MoreThan,
    /// nearly, almost, under, fewer than, less than.
    LessThan,
    /// at least, no fewer than, or more.
    AtLeast,
    /// up to, as many as, at most.
    UpTo,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::UpTo => "up_to",
        }
    }
}

/// How precise a date is. Coarser dates carry the first day of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
    /// A decade (`the 1960s`, `the '80s`): its value is the decade's first
    /// day, so a decade is neither a count nor one year.
    Decade,
}

impl Granularity {
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
            Granularity::Decade => "decade",
        }
    }
}

/// A claim's value: a number, or a date (serialised as `"YYYY-MM-DD"`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ClaimValue {
    Number(f64),
    Date(NaiveDate),
}

impl ClaimValue {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            ClaimValue::Number(v) => Some(*v),
            ClaimValue::Date(_) => None,
        }
    }

    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            ClaimValue::Date(d) => Some(*d),
            ClaimValue::Number(_) => None,
        }
    }
}

impl Serialize for ClaimValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ClaimValue::Number(v) => s.serialize_f64(*v),
            ClaimValue::Date(d) => s.collect_str(&d.format("%Y-%m-%d")),
        }
    }
}

/// Reads what [`ClaimValue`]'s `Serialize` writes: a number, or a date as
/// `"YYYY-MM-DD"`.
impl<'de> Deserialize<'de> for ClaimValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(f64),
            Date(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(v) => Ok(ClaimValue::Number(v)),
            Raw::Date(s) => NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map(ClaimValue::Date)
                .map_err(|_| serde::de::Error::custom(format!("{s:?} is not a YYYY-MM-DD date"))),
        }
    }
}

/// One numeric claim of an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub kind: ClaimKind,
    pub value: ClaimValue,
    /// The high end of a range.
    pub value_high: Option<f64>,
    /// `percent`, `percentage_points`, an ISO 4217 code, `fraction`, `times`,
    /// a duration (`years`, `weeks`, `days`, `hours`, `minutes`), a distance
    /// (`miles`, `km`), or the counted noun in the plural (`junior doctors`).
    pub unit: Option<String>,
    /// The hedge; `None` for dates and ranges.
    pub qualifier: Option<Qualifier>,
    /// The exact text of the claim, hedge words included (`More than 10,000`).
    pub surface: String,
    /// Byte span of `surface` in the document text.
    pub span: Span,
    /// Index into the document's sentences.
    pub sentence: usize,
    /// What is measured, in a few words from the sentence (`junior doctors
    /// scheduled to work on the shift`, `turnout`).
    pub subject: Option<String>,
    /// For dates: day, week, month or year.
    pub granularity: Option<Granularity>,
    /// The other claim of a parenthetical pair (`a 76% turnout (28,305)`),
    /// as an index into the same list.
    pub linked: Option<usize>,
    /// Who asserts the claim: filled by the attribution step (quotes side).
    pub attributed_to: Option<usize>,
    /// The quote the claim sits in: filled by the attribution step.
    pub quote: Option<usize>,
}

/// A quantity found by [`parse_quantities`]: the claim grammar without
/// sentence context, subjects or dates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// The whole expression, hedge words included.
    pub span: Span,
    /// The amount itself (number, currency, unit), without hedge words.
    pub amount: Span,
    pub kind: ClaimKind,
    /// `None` where a currency or percent is named without a number.
    pub value: Option<f64>,
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
}

fn lower_text(text: &str) -> bool {
    !text.chars().any(char::is_uppercase)
}

/// Every quantity in `text` (percentages, money, counts, ratios, ranges),
/// including currencies and percents named without a number. Used by the
/// peer suites; articles go through [`extract_claims`].
pub fn parse_quantities(text: &str) -> Vec<Quantity> {
    let pieces = lex::pieces_of(text);
    let mut taken = vec![false; pieces.len()];
    filters::take_urls(text, &pieces, &mut taken);
    if text.contains("&#") {
        filters::take_character_references(text, &pieces, &mut taken);
    }
    let opts = quantities::Options {
        mentions: true,
        lower_text: lower_text(text),
        rate: percent::rate_context(&pieces),
    };
    let mut found = Vec::new();
    quantities::scan(&pieces, &taken, &opts, &mut found);
    let span = |a: usize, b: usize| Span::new(pieces[a].span.start, pieces[b - 1].span.end);
    found
        .into_iter()
        .map(|f| Quantity {
            span: span(f.start, f.end),
            amount: span(f.amount.0, f.amount.1),
            kind: f.kind,
            value: f.value,
            value_high: f.value_high,
            unit: f.unit,
            qualifier: f.qualifier,
        })
        .collect()
}

/// Relative day words whose meaning inside a quotation depends on when the
/// words were spoken, not on the article's date (and often mean
/// "nowadays"): they are not resolved inside quotes.
const SPEECH_RELATIVE: &[&str] = &["today", "tonight", "yesterday", "tomorrow", "night"];

/// Extracts the numeric claims of `doc`, resolving relative dates against
/// `published`. Pure and total: no I/O, no panic on any input.
pub fn extract_claims(doc: &Document, published: Option<NaiveDate>) -> Vec<Claim> {
    let mut claims = Vec::new();
    // Quote regions are only needed for a relative day word; found on first use.
    let quotes = std::cell::OnceCell::new();
    let mut pieces = Vec::new();
    // Read once per article: per sentence it made extraction quadratic.
    let lower = lower_text(&doc.text);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let tokens = &doc.tokens[sentence.tokens.clone()];
        if !tokens.iter().any(|t| may_start_claim(t.text(&doc.text))) {
            continue;
        }
        pieces.clear();
        lex::pieces(&doc.text, tokens, &mut pieces);
        let first = claims.len();
        sentence_claims(doc, &pieces, si, published, lower, &quotes, &mut claims);
        link_parentheticals(&pieces, &mut claims[first..], first);
    }
    claims
}

/// Is a day of the month said alone a claim? `the 19th`, `the 27` are;
/// `on 15` is not (a count as often); an ordinal word (`the second`) only
/// after a preposition of time (`back for the second`), since `was the
/// first` is no date.
fn day_only_claim(pieces: &[lex::Piece], start: usize, end: usize) -> bool {
    if pieces[start].kind == lex::PieceKind::Number {
        return false;
    }
    let words = pieces[start + 1..end].iter().any(|p| p.is_word());
    !words
        || start > 0
            && pieces[start - 1].is_any(&[
                "on", "for", "by", "until", "till", "from", "since", "before", "after",
            ])
}

/// A cheap test that a token can begin or carry a claim, to skip sentences
/// without any.
fn may_start_claim(t: &str) -> bool {
    let Some(c) = t.chars().next() else {
        return false;
    };
    c.is_ascii_digit()
        || c.is_alphabetic()
        || !c.is_ascii()
        || matches!(c, '$' | '%' | '£' | '€' | '¥')
}

fn sentence_claims(
    doc: &Document,
    pieces: &[lex::Piece],
    si: usize,
    published: Option<NaiveDate>,
    // Tokenised corpora come all in lower case; `c $ 16` is then Canadian.
    lower: bool,
    quotes: &std::cell::OnceCell<Vec<Span>>,
    claims: &mut Vec<Claim>,
) {
    let text = &doc.text;
    let ctx = dates::Ctx {
        reference: published,
        lean: DateLean::Nearest,
        lower_text: lower,
    };
    let mut dates_found = Vec::new();
    dates::scan(pieces, &ctx, &mut dates_found);
    let mut taken = vec![false; pieces.len()];
    take_web_addresses(text, pieces, &mut taken);
    let mut out: Vec<(usize, Claim)> = Vec::new();
    for d in &dates_found {
        for t in &mut taken[d.start..d.end] {
            *t = true;
        }
        if let Some(c) = date_claim(text, pieces, si, d, quotes) {
            out.push((d.start, c));
        }
    }
    quantity_claims(text, pieces, si, lower, &taken, &mut out);
    out.sort_by_key(|(start, _)| *start);
    claims.extend(out.into_iter().map(|(_, c)| c));
}

/// The text span of pieces `[a, b)`.
fn span_of(pieces: &[lex::Piece], a: usize, b: usize) -> Span {
    Span::new(pieces[a].span.start, pieces[b - 1].span.end)
}

/// Marks the pieces inside web addresses and HTML character references
/// as taken: their digits are not claims.
fn take_web_addresses(text: &str, pieces: &[lex::Piece], taken: &mut [bool]) {
    if let (Some(first), Some(last)) = (pieces.first(), pieces.last()) {
        let sentence = &text[first.span.start..last.span.end];
        if sentence.contains("://") || sentence.contains("www.") {
            // Spans are relative to the sentence.
            for u in filters::url_spans(sentence) {
                let u = Span::new(u.start + first.span.start, u.end + first.span.start);
                for (k, p) in pieces.iter().enumerate() {
                    if u.contains(p.span) {
                        taken[k] = true;
                    }
                }
            }
        }
        if sentence.contains("&#") {
            filters::take_character_references(text, pieces, taken);
        }
    }
}

/// The claim of a date found in a sentence, if it is one: a day of the
/// month said alone is one (`the 19th`, `the 27`), but not a bare number
/// after `on` (`on 15`: a count as often); a day counted from another
/// (`the following day`) is one, `the day` or `this day` alone a manner
/// of speaking; a relative day said in a quotation (`today`, `yesterday`)
/// is the speaker's, not the article's.
fn date_claim(
    text: &str,
    pieces: &[lex::Piece],
    si: usize,
    d: &dates::DateFound,
    quotes: &std::cell::OnceCell<Vec<Span>>,
) -> Option<Claim> {
    if d.form == DateForm::DayOnly && !day_only_claim(pieces, d.start, d.end) {
        return None;
    }
    const STEPS: &[&str] = &["next", "following", "previous", "last", "past"];
    if d.form == DateForm::Anchored && !pieces[d.start..d.end].iter().any(|p| p.is_any(STEPS)) {
        return None;
    }
    let date = d.date?;
    let s = span_of(pieces, d.start, d.end);
    if d.form == DateForm::Relative
        && pieces[d.start..d.end]
            .iter()
            .any(|p| p.is_any(SPEECH_RELATIVE))
        && quoted::inside(quotes.get_or_init(|| quoted::regions(text)), s)
    {
        return None;
    }
    Some(Claim {
        kind: ClaimKind::Date,
        value: ClaimValue::Date(date),
        value_high: None,
        unit: None,
        qualifier: None,
        surface: text[s.start..s.end].to_string(),
        span: s,
        sentence: si,
        subject: subject::of_date(pieces, d.start, d.end),
        granularity: Some(d.granularity),
        linked: None,
        attributed_to: None,
        quote: None,
    })
}

/// The claims of the quantities of a sentence (pieces not `taken` by a
/// date or a web address), each with its subject, and the parts of a
/// counted whole (`half the bloc's 12 presidents`: 6 presidents).
fn quantity_claims(
    text: &str,
    pieces: &[lex::Piece],
    si: usize,
    lower: bool,
    taken: &[bool],
    out: &mut Vec<(usize, Claim)>,
) {
    let span = |a: usize, b: usize| span_of(pieces, a, b);
    // Whether `points` are percentage points is only asked when there are points.
    let points = pieces.iter().any(|p| p.is_any(&["point", "points", "pts"]));
    let opts = quantities::Options {
        mentions: false,
        lower_text: lower,
        rate: points && percent::rate_context(pieces),
    };
    let mut found = Vec::new();
    quantities::scan(pieces, taken, &opts, &mut found);
    let mut previous: Option<String> = None;
    let numbers: Vec<(usize, usize)> = found.iter().map(|x| (x.start, x.end)).collect();
    // Each quantity's subject, kept for the parts of a counted whole below.
    let mut subjects: Vec<Option<String>> = vec![None; found.len()];
    for (fi, f) in found.iter().enumerate() {
        let Some(value) = f.value else { continue };
        let s = span(f.start, f.end);
        let subject = subject::of_quantity(pieces, f, &numbers, previous.as_deref());
        previous = subject.clone().or(previous);
        subjects[fi].clone_from(&subject);
        out.push((
            f.start,
            Claim {
                kind: f.kind,
                value: ClaimValue::Number(value),
                value_high: f.value_high,
                unit: f.unit.clone(),
                qualifier: f.qualifier,
                surface: text[s.start..s.end].to_string(),
                span: s,
                sentence: si,
                subject,
                granularity: None,
                linked: None,
                attributed_to: None,
                quote: None,
            },
        ));
    }
    // `half the bloc's 12 presidents`: the part (6 presidents) is a count
    // too, after the share and the whole.
    for part in wholes::parts(pieces, &found) {
        let whole = &found[part.whole];
        let s = span(part.start, part.end);
        out.push((
            part.start,
            Claim {
                kind: ClaimKind::Count,
                value: ClaimValue::Number(part.value),
                value_high: None,
                unit: whole.unit.clone(),
                qualifier: part.qualifier,
                surface: text[s.start..s.end].to_string(),
                span: s,
                sentence: si,
                subject: subjects[part.whole].clone(),
                granularity: None,
                linked: None,
                attributed_to: None,
                quote: None,
            },
        ));
    }
}

/// `a 76% turnout (28,305)`, `nearly three quarters (71%)`: a claim followed
/// by a bracket that opens with another claim. Both are linked.
fn link_parentheticals(pieces: &[lex::Piece], claims: &mut [Claim], offset: usize) {
    for a in 0..claims.len().saturating_sub(1) {
        let b = a + 1;
        let (end_a, start_b) = (claims[a].span.end, claims[b].span.start);
        // Only an opening bracket between them (found by binary search, so
        // that a long sentence with many claims stays linear).
        let from = pieces.partition_point(|p| p.span.start < end_a);
        let to = pieces.partition_point(|p| p.span.end <= start_b).max(from);
        let between = &pieces[from..to];
        // `76% turnout (28,305)`: the first claim's noun may stand before the
        // bracket, and a hedge after it (`(or about 17%)`).
        let Some(open) = between.iter().position(|p| p.text == "(") else {
            continue;
        };
        let before_ok = open <= 3 && between[..open].iter().all(|p| p.is_word());
        let after_ok = between[open + 1..].iter().all(|p| {
            p.is_any(&[
                "or",
                "about",
                "some",
                "roughly",
                "around",
                "approximately",
                "nearly",
                "almost",
            ])
        });
        let bracket = before_ok && after_ok;
        if bracket && claims[a].kind != ClaimKind::Date && claims[b].kind != ClaimKind::Date {
            claims[a].linked = Some(offset + b);
            claims[b].linked = Some(offset + a);
            // Both state the same thing in two ways: one subject for both.
            if claims[b].subject.is_none() {
                claims[b].subject = claims[a].subject.clone();
            } else if claims[a].subject.is_none() {
                claims[a].subject = claims[b].subject.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests;
