//! Dates: explicit (`12 January 2016`, `January 12, 2016`, `12 Jan`,
//! `2016-01-12`, `02/22/2016`), relative (`today`, `yesterday`, `last night`,
//! `on Tuesday`, `from Monday`, `three days ago`, `next Sunday`), and periods
//! (`last week`, `in November`, `March 2017`, `in 2019`), each resolved
//! against a reference date (the article's publication date) with a
//! granularity.
//!
//! Resolution follows news usage. A date without a year takes the year that
//! puts it nearest the reference, leaning to the past on near-ties (an
//! August article's `17 September` is next month, its `28 December` last
//! year's). A bare weekday is the latest such day up to the reference,
//! except after forward-looking words (`from Monday`, `will … on Monday`),
//! where it is the next one. The peer suite's past resolution
//! ([`DateLean::Past`]) always takes the latest date up to the reference.

use super::Granularity;
use super::lex::{Piece, PieceKind, pieces_of};
use super::numbers;
use super::units;
use crate::analysis::Span;
use crate::extract::lexicon;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::Serialize;

/// How to place a date that lacks a year (or a weekday) in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateLean {
    /// The latest matching date up to the reference (the suites' past resolution).
    Past,
    /// News usage: nearest to the reference, past on near-ties; weekdays past
    /// unless the sentence looks forward.
    Nearest,
}

/// What kind of expression a date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateForm {
    /// A day and month, written out or in digits, perhaps with a year.
    Explicit,
    /// `today`, `yesterday`, `three days ago`, `in two weeks`.
    Relative,
    /// A weekday, alone or with `this`/`next`/`last`.
    Weekday,
    /// A day of the month alone (`on the 27th`, `the second`): an ordinal in
    /// news copy, a date in a calendar assistant.
    DayOnly,
    /// Anchored on a narrated moment rather than the reference (`the next
    /// day`, `two days later`, `the day`).
    Anchored,
    /// A week, month or year (`last week`, `in November`, `in 2019`).
    Period,
}

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMatch {
    pub span: Span,
    /// `None` when the expression names a day that does not exist (`Feb 30`).
    pub date: Option<NaiveDate>,
    pub granularity: Granularity,
    pub form: DateForm,
}

/// A date over pieces.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateFound {
    pub start: usize,
    pub end: usize,
    pub date: Option<NaiveDate>,
    pub granularity: Granularity,
    pub form: DateForm,
}

/// The month a lower-case name or abbreviation stands for, with or without
/// its full stop (`Sept.`). The names are `lexicon/months.txt`.
pub(crate) fn month_word(w: &str) -> Option<u32> {
    lexicon::month_number(w.strip_suffix('.').unwrap_or(w))
}

/// The weekday a lower-case name or abbreviation stands for, with or without
/// its full stop (`Tues.`). The names are `lexicon/weekdays.txt`.
pub(crate) fn weekday_word(w: &str) -> Option<Weekday> {
    lexicon::weekday(w.strip_suffix('.').unwrap_or(w))
}

/// Is `w` (lower case) a month or weekday name? Used by the filters, where a
/// capitalised word before a number is otherwise a name.
pub(crate) fn is_month_or_weekday(w: &str) -> bool {
    month_word(w).is_some() || weekday_word(w).is_some()
}

/// Reading context.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    pub reference: Option<NaiveDate>,
    pub lean: DateLean,
    pub lower_text: bool,
}

/// Words before a weekday that make it forward-looking.
const FORWARD_LEAD: &[&str] = &[
    "from", "until", "till", "til", "starting", "coming", "before",
];
/// Words that put a sentence in the future.
const FUTURE_WORDS: &[&str] = &["will", "'ll", "shall", "wo", "upcoming"];
/// `due to`, `expected to`, `set to`, `plans to`, `prepare to`, `threatening
/// to`: a future plan.
const PLAN_WORDS: &[&str] = &[
    "due",
    "expected",
    "expects",
    "expect",
    "set",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "going",
    "intends",
    "intend",
    "hopes",
    "hope",
    "aims",
    "aim",
    "promised",
    "promises",
    // What someone gets ready for, or threatens, is still to come.
    "prepare",
    "prepares",
    "preparing",
    "poised",
    "ready",
    "threaten",
    "threatens",
    "threatening",
    "vow",
    "vows",
    "promise",
];

fn month_at(p: &Piece, ctx: &Ctx) -> Option<u32> {
    if p.kind != PieceKind::Word {
        return None;
    }
    let m = month_word(&p.lower)?;
    // `may` and `march` are also verbs: only capitalised (or in lower-case text).
    let ambiguous = matches!(p.lower.as_ref(), "may" | "march" | "mar" | "jan" | "dec");
    if ambiguous && !p.is_capitalised() && !ctx.lower_text {
        return None;
    }
    Some(m)
}

fn weekday_at(p: &Piece, ctx: &Ctx) -> Option<Weekday> {
    if p.kind != PieceKind::Word {
        return None;
    }
    let wd = weekday_word(&p.lower)?;
    let full = p.lower.trim_end_matches('.').len() > 4;
    // `sun`, `sat`, `wed`, `mon` are words too: abbreviations only capitalised.
    if !full && !p.is_capitalised() && !ctx.lower_text {
        return None;
    }
    if !full
        && matches!(p.lower.trim_end_matches('.'), "sun" | "sat" | "mon" | "wed")
        && !ctx.lower_text
    {
        return None;
    }
    Some(wd)
}

/// A day of the month at `k`: `12`, `12th`, `twelfth`, `twenty-first`,
/// `twenty one` (after a month). Returns the day and the piece after it.
fn day_at(pieces: &[Piece], k: usize, words_ok: bool) -> Option<(u32, usize, bool)> {
    let p = pieces.get(k)?;
    match p.kind {
        PieceKind::Number => {
            let t = p.text;
            if t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let d: u32 = t.parse().ok()?;
            (1..=31).contains(&d).then_some((d, k + 1, false))
        }
        PieceKind::Mixed | PieceKind::Word => {
            let n = numbers::scan(pieces, k)?;
            let ordinal = n.form == numbers::Form::Ordinal;
            if !(ordinal || words_ok && n.form == numbers::Form::Words) {
                return None;
            }
            let d = n.value as u32;
            (n.value.fract() == 0.0 && (1..=31).contains(&d)).then_some((d, n.end, ordinal))
        }
        PieceKind::Punct => None,
    }
}

/// A year at `k`: `2016`, and in words `two thousand and eighteen`,
/// `nineteen seventy eight`, `nineteen zero one`.
fn year_at(pieces: &[Piece], k: usize) -> Option<(i32, usize)> {
    let p = pieces.get(k)?;
    if p.kind == PieceKind::Number {
        if p.text.len() == 4 && p.text.bytes().all(|b| b.is_ascii_digit()) {
            return Some((p.text.parse().ok()?, k + 1));
        }
        return None;
    }
    if p.kind != PieceKind::Word {
        return None;
    }
    // `nineteen seventy eight`: a century and a two-digit year.
    if let Some(c) = super::words::teen_word(&p.lower).or_else(|| (p.is("twenty")).then_some(20.0))
        && let Some(next) = pieces.get(k + 1)
    {
        let mut end = k + 2;
        let yy = if next.is("zero") || next.is("oh") || next.is("o") {
            let u = pieces
                .get(k + 2)
                .and_then(|x| super::words::unit_word(&x.lower))?;
            end = k + 3;
            u
        } else if let Some(t) = super::words::tens_word(&next.lower) {
            let u = pieces
                .get(k + 2)
                .and_then(|x| super::words::unit_word(&x.lower))
                .filter(|u| *u >= 1.0);
            if u.is_some() {
                end = k + 3;
            }
            t + u.unwrap_or(0.0)
        } else {
            super::words::teen_word(&next.lower)?
        };
        return Some(((c * 100.0 + yy) as i32, end));
    }
    let n = numbers::scan(pieces, k)?;
    if n.form == numbers::Form::Words && (1000.0..=2999.0).contains(&n.value) && n.is_integer() {
        return Some((n.value as i32, n.end));
    }
    None
}

/// An optional year after a day and month: `2016`, `, 2016`, `of 2016`.
fn year_after(pieces: &[Piece], k: usize) -> Option<(i32, usize)> {
    let p = pieces.get(k)?;
    if p.text == "," || p.is("of") {
        return year_at(pieces, k + 1);
    }
    year_at(pieces, k)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Which way the words around a date point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    None,
    /// `since 28 December`, `last March`: in the past.
    Past,
    /// `will … on 4 November`, `until April 30`: nearest, without leaning back.
    Forward,
}

fn hint_at(pieces: &[Piece], k: usize) -> Hint {
    let prev = |j: usize| k.checked_sub(j).and_then(|x| pieces.get(x));
    if prev(1).is_some_and(|p| p.is_any(&["since", "last", "earlier", "ago"]))
        || prev(2).is_some_and(|p| p.is("since"))
            && prev(1).is_some_and(|p| p.is_any(&["early", "mid", "late", "the"]))
    {
        return Hint::Past;
    }
    if forward_at(pieces, k) {
        return Hint::Forward;
    }
    Hint::None
}

/// The year for a month and day written without one.
fn resolve_md_hinted(
    month: u32,
    day: u32,
    wd: Option<Weekday>,
    ctx: &Ctx,
    hint: Hint,
) -> Option<Option<NaiveDate>> {
    // Without a reference date the expression is still a date (its pieces
    // are not counts), but it cannot be placed in a year.
    let Some(r) = ctx.reference else {
        return ymd(2000, month, day).map(|_| None);
    };
    // Dates that exist in some year near the reference (Feb 29 may need a few).
    let all: Vec<NaiveDate> = (-8..=8)
        .filter_map(|dy| ymd(r.year() + dy, month, day))
        .collect();
    let matching: Vec<NaiveDate> = all
        .iter()
        .copied()
        .filter(|d| wd.is_none_or(|w| d.weekday() == w))
        .filter(|d| (d.year() - r.year()).abs() <= 1 || wd.is_none())
        .collect();
    // A weekday that matches no nearby year is a slip in the copy: the day
    // and month still stand.
    let candidates = if matching.is_empty() { all } else { matching };
    if candidates.is_empty() {
        // `Feb 30`, or a weekday that never matches: an impossible day.
        return Some(None);
    }
    let best = match (ctx.lean, hint) {
        (DateLean::Past, _) | (DateLean::Nearest, Hint::Past) => {
            candidates.iter().filter(|d| **d <= r).max().copied()
        }
        (DateLean::Nearest, _) => candidates.iter().copied().min_by_key(|d| {
            let days = (*d - r).num_days();
            // News looks back: a future date counts as twice as far away,
            // unless the sentence looks forward.
            match (days > 0, hint) {
                (true, Hint::Forward) => days,
                (true, _) => days * 2,
                (false, _) => -days,
            }
        }),
    };
    Some(best.or_else(|| candidates.first().copied()))
}

/// Which way a weekday points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeekRef {
    /// The latest such day up to the reference.
    Past,
    /// The next such day from the reference on.
    Future,
    /// In the reference's week (Monday to Sunday).
    This,
    Next,
    Last,
}

fn resolve_weekday(wd: Weekday, dir: WeekRef, r: NaiveDate) -> NaiveDate {
    let today = r.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let offset = match dir {
        WeekRef::Past => -((today - target).rem_euclid(7)),
        WeekRef::Future => (target - today).rem_euclid(7),
        WeekRef::This => target - today,
        WeekRef::Next => target - today + 7,
        WeekRef::Last => target - today - 7,
    };
    shift_days(r, offset)
}

fn shift_days(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64)).unwrap_or(d)
    } else {
        d.checked_sub_days(Days::new((-n) as u64)).unwrap_or(d)
    }
}

fn shift_months(d: NaiveDate, n: i64) -> NaiveDate {
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32)).unwrap_or(d)
    } else {
        d.checked_sub_months(Months::new((-n) as u32)).unwrap_or(d)
    }
}

/// Moves `d` by `n` of `unit` (days, weeks, months, years, business days).
fn shift(d: NaiveDate, n: i64, unit: &str) -> NaiveDate {
    match unit {
        "days" => shift_days(d, n),
        "weeks" => shift_days(d, 7 * n),
        "fortnights" => shift_days(d, 14 * n),
        "months" => shift_months(d, n),
        "years" => shift_months(d, 12 * n),
        "decades" => shift_months(d, 120 * n),
        "business" => {
            let mut left = n.abs();
            let mut cur = d;
            while left > 0 {
                cur = shift_days(cur, n.signum());
                if cur.weekday().num_days_from_monday() < 5 {
                    left -= 1;
                }
            }
            cur
        }
        _ => d,
    }
}

fn granularity_of(unit: &str) -> Granularity {
    match unit {
        "weeks" | "fortnights" => Granularity::Week,
        "months" => Granularity::Month,
        "years" | "decades" => Granularity::Year,
        _ => Granularity::Day,
    }
}

fn week_start(d: NaiveDate) -> NaiveDate {
    shift_days(d, -(d.weekday().num_days_from_monday() as i64))
}

fn found(
    start: usize,
    end: usize,
    date: Option<NaiveDate>,
    granularity: Granularity,
    form: DateForm,
) -> DateFound {
    DateFound {
        start,
        end,
        date,
        granularity,
        form,
    }
}

fn is(pieces: &[Piece], k: usize, w: &str) -> bool {
    pieces.get(k).is_some_and(|p| p.is(w))
}

fn text_is(pieces: &[Piece], k: usize, t: &str) -> bool {
    pieces.get(k).is_some_and(|p| p.text == t)
}

/// Verbs of a timetable in the present tense, which speak of what is to
/// come when they govern a weekday (`the walkout ends on Friday`, `talks
/// resume on Monday`).
const SCHEDULE_VERBS: &[&str] = &[
    "ends",
    "begins",
    "starts",
    "opens",
    "closes",
    "resumes",
    "expires",
    "reopens",
    "launches",
    "runs",
    "continues",
    "restarts",
    "concludes",
    "end",
    "begin",
    "start",
    "resume",
    "reopen",
    "expire",
    "conclude",
];

/// Does the clause after the weekday at `k` speak in the future (`On
/// Friday the union will walk out`)? Up to the clause's end, and not past a
/// reporting verb, whose own clause may be in the past.
fn future_after(pieces: &[Piece], k: usize) -> bool {
    for p in pieces.iter().skip(k + 1).take(12) {
        if matches!(p.text, "." | ";" | "!" | "?") || p.is_any(&["said", "told", "says"]) {
            return false;
        }
        if p.is_any(FUTURE_WORDS) || p.lower.ends_with("'ll") {
            return true;
        }
    }
    false
}

/// Is piece `k` a verb in the past (`vowed`, `said`, `met`), in lower case?
fn past_verb_at(pieces: &[Piece], k: usize) -> bool {
    pieces.get(k).is_some_and(|p| {
        p.text.starts_with(char::is_lowercase)
            && ((p.lower.len() > 4 && p.lower.ends_with("ed"))
                || crate::extract::lexicon::is_irregular_past(&p.lower))
    })
}

/// Does the sentence look forward at piece `k` (a weekday)? Either for
/// sure ([`forward_for_sure`]) or as reported speech tells a plan
/// ([`would_before`]).
fn forward_at(pieces: &[Piece], k: usize) -> bool {
    forward_for_sure(pieces, k) || would_before(pieces, k)
}

/// `would` before a verb shortly before the date, in its clause (`said the
/// plant would close on 27 June`), but not `would have` nor `would-be`:
/// reported speech telling a plan. Weaker than `will`: a month named alone
/// after it is the nearest such month, not the next.
fn would_before(pieces: &[Piece], k: usize) -> bool {
    if past_verb_at(pieces, k + 1)
        || governor_before(pieces, k)
            .is_some_and(|g| past_verb_at(pieces, g) && !after_be(pieces, g))
    {
        return false;
    }
    for j in (k.saturating_sub(12)..k).rev() {
        let p = &pieces[j];
        // A clause break or a verb in the past between them: the date
        // belongs to another clause.
        if p.kind == PieceKind::Punct && !p.is_any(&["'", "-"])
            || j + 1 < k && past_verb_at(pieces, j)
        {
            return false;
        }
        if p.is("would") {
            return pieces.get(j + 1).is_some_and(|n| {
                n.is_word() && !n.hyphen && !n.is_any(&["have", "'ve", "not", "never"])
            });
        }
    }
    false
}

/// Does the sentence look forward at piece `k` for sure: `will`, a plan,
/// a timetable verb, `until`?
fn forward_for_sure(pieces: &[Piece], k: usize) -> bool {
    // (`who will make history, on Sunday vowed to …`: a verb in the past
    // right after the day tells its tense, whatever other clauses say.)
    if past_verb_at(pieces, k + 1) {
        return false;
    }
    // The word that governs the date, past `on` and a hedge (`until at
    // least Friday`, `expected on Monday`).
    let governor = governor_before(pieces, k);
    let lead = |j: usize| pieces.get(j).is_some_and(|p| p.is_any(FORWARD_LEAD));
    let schedule = |j: usize| pieces.get(j).is_some_and(|p| p.is_any(SCHEDULE_VERBS));
    if governor
        .is_some_and(|g| (lead(g) && !told_as_past(pieces, g)) || schedule(g) || awaited(pieces, g))
    {
        return true;
    }
    // A verb in the past governing the day (`published Sunday`,
    // `announced on Thursday`) dates what was done; a passive after `be`
    // (`will be voted on Thursday`) is still to come.
    if governor.is_some_and(|g| past_verb_at(pieces, g) && !after_be(pieces, g)) {
        return false;
    }
    if future_after(pieces, k) {
        return true;
    }
    // The clause before the date, back to the sentence's start (a long
    // clause may put `will` far from `on Friday`).
    let from = (k.saturating_sub(24)..k)
        .rev()
        .find(|&j| matches!(pieces[j].text, "." | ";" | "!" | "?"))
        .map_or(k.saturating_sub(24), |j| j + 1);
    // (`will be mayor after the count gave her 52% in Tuesday's election`:
    // a verb in the past between `will` and the day opens the day's own
    // clause, told in the past.)
    let from = (from..k)
        .rev()
        .find(|&j| finite_past_at(pieces, j))
        .map_or(from, |j| j + 1);
    pieces[from..k].iter().enumerate().any(|(j, p)| {
        p.is_any(FUTURE_WORDS)
            || p.is_any(PLAN_WORDS)
                && pieces.get(from + j + 1).is_some_and(|n| {
                    n.is_any(&["to", "for"])
                        || n.is_any(&["from", "through", "until"]) && !p.is("set")
                })
            || p.lower.ends_with("'ll")
    })
}

/// Is piece `k` a verb in the past that heads its clause (`the count gave
/// her`, `officials confirmed`), not a participle after `be` or `have` (`will
/// be inaugurated`, `will have finished`) nor an adjective after a
/// determiner (`the delayed vote`)?
fn finite_past_at(pieces: &[Piece], k: usize) -> bool {
    past_verb_at(pieces, k)
        && k.checked_sub(1).is_some_and(|b| {
            let p = &pieces[b];
            p.is_word()
                && !p.is_any(&[
                    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
                    "will", "would", "'ll", "get", "got", "a", "an", "the", "its", "their", "his",
                    "her", "this", "that", "these", "those", "our", "my", "newly", "not", "to",
                ])
        })
}

/// The piece that governs the date at `k`: the word before it, or before
/// `on` and a hedge (`until at least Friday`, `through at the latest
/// Monday`, `resumes on Monday`).
fn governor_before(pieces: &[Piece], k: usize) -> Option<usize> {
    let mut g = k.checked_sub(1)?;
    if pieces[g].is("on") {
        g = g.checked_sub(1)?;
    }
    // `at least`, `at the earliest`, `at the latest`.
    if pieces[g].is_any(&["least", "earliest", "latest"]) {
        let at = if pieces.get(g.wrapping_sub(1)).is_some_and(|p| p.is("the")) {
            g.checked_sub(2)?
        } else {
            g.checked_sub(1)?
        };
        if pieces[at].is("at") {
            g = at.checked_sub(1)?;
        }
    }
    Some(g)
}

/// `until` after a verb in the past tense (`the road was closed until
/// Friday`), not a present passive (`schools
/// are closed until Friday`): the span is over.
fn told_as_past(pieces: &[Piece], g: usize) -> bool {
    let Some(v) = g.checked_sub(1) else {
        return false;
    };
    // (`withdrew from Thursday's final`: `from` after a verb is no span.)
    pieces[g].is_any(&["until", "till", "til"])
        && past_verb_at(pieces, v)
        && !v.checked_sub(1).is_some_and(|a| {
            pieces[a].is_any(&[
                "is", "are", "be", "remain", "remains", "stay", "stays", "will", "'s",
            ])
        })
}

/// Is the piece at `g` a participle after `be` (`will be issued`, `to be
/// arraigned`)?
fn after_be(pieces: &[Piece], g: usize) -> bool {
    g.checked_sub(1).is_some_and(|b| pieces[b].is("be"))
}

/// A plan word governing a date through `on`, `through` or `until` (`the
/// verdict is expected on Monday`, `cuts are expected through Thursday`):
/// awaited, so still to come. (`set` is left out: `set on fire`.)
fn awaited(pieces: &[Piece], g: usize) -> bool {
    // (`announced her plans on Monday`: a plan word after a determiner is
    // a noun, dated when it was made.)
    let noun = g.checked_sub(1).is_some_and(|d| {
        pieces[d].is_any(&[
            "her", "his", "its", "their", "our", "my", "the", "a", "these", "those",
        ])
    });
    // (`forged ahead with the plans Tuesday`: `plan` governs a day only
    // as a verb with its `to`: `plans on Thursday to bring up two bills`.)
    let plan_verb = !pieces[g].is_any(&["plan", "plans"])
        || pieces.iter().skip(g + 1).take(4).any(|p| p.is("to"));
    !noun && plan_verb && pieces[g].is_any(PLAN_WORDS) && !pieces[g].is("set")
        || pieces[g].is_any(&["through", "thru"])
            && g.checked_sub(1)
                .is_some_and(|e| pieces[e].is_any(PLAN_WORDS) && !pieces[e].is("set"))
}

/// The number of units in `N days ago` style phrases at `k`: `two`, `a`, `few`, `a few`.
fn count_at(pieces: &[Piece], k: usize) -> Option<(i64, usize)> {
    let p = pieces.get(k)?;
    if p.is_any(&["a", "an", "one"]) {
        if is(pieces, k + 1, "few") || is(pieces, k + 1, "couple") {
            let end = if is(pieces, k + 2, "of") {
                k + 3
            } else {
                k + 2
            };
            return Some((if is(pieces, k + 1, "few") { 3 } else { 2 }, end));
        }
        return Some((1, k + 1));
    }
    if p.is("few") {
        return Some((3, k + 1));
    }
    let n = numbers::scan(pieces, k)?;
    if !matches!(n.form, numbers::Form::Digits | numbers::Form::Words)
        || !n.is_integer()
        || n.suffix.is_some()
    {
        return None;
    }
    (n.value >= 1.0 && n.value <= 1000.0).then_some((n.value as i64, n.end))
}

/// The `N unit` parts of an offset, a count of weekdays instead, and the
/// piece after them.
type OffsetParts = (Vec<(i64, &'static str)>, Option<(i64, Weekday)>, usize);

/// Rule `offset parts`: one or more `N unit` parts from `k` (`1 month
/// 21 days`, `1 month, 21 days`, `1 month and 21 days`, `four business
/// days`; not hours or less, nor centuries), or a count of weekdays (`two
/// sundays`): the parts, the weekday count and the piece after them.
fn offset_parts(pieces: &[Piece], mut k: usize) -> OffsetParts {
    let mut parts: Vec<(i64, &str)> = Vec::new();
    let mut weekday_count: Option<(i64, Weekday)> = None;
    while let Some((n, after)) = count_at(pieces, k) {
        let mut u = after;
        let business = is(pieces, u, "business") || is(pieces, u, "working");
        if business {
            u += 1;
        }
        let Some(p) = pieces.get(u) else { break };
        if let Some(unit) = units::time_unit(&p.lower)
            .filter(|u| !matches!(*u, "hours" | "minutes" | "seconds" | "centuries"))
        {
            parts.push((
                n,
                if business && unit == "days" {
                    "business"
                } else {
                    unit
                },
            ));
            k = u + 1;
        } else if parts.is_empty()
            && let Some(wd) = weekday_word(p.lower.trim_end_matches('s'))
        {
            weekday_count = Some((n, wd));
            k = u + 1;
            break;
        } else {
            break;
        }
        // `1 month, 21 days`, `1 month and 21 days`
        if (text_is(pieces, k, ",") || is(pieces, k, "and")) && count_at(pieces, k + 1).is_some() {
            k += 1;
        }
    }
    (parts, weekday_count, k)
}

/// Rule `offset anchor`: what an offset ending before `k` counts from and
/// which way, from the reference `r`: `ago`, `from now`, `after today`,
/// `from tomorrow`, `from yesterday`, `before yesterday`, `before today`,
/// `later`, `hence`, or `in` itself (`future_in`). The anchor, the sign,
/// the end and the form.
fn offset_anchor(
    pieces: &[Piece],
    k: usize,
    r: NaiveDate,
    future_in: bool,
) -> Option<(NaiveDate, i64, usize, DateForm)> {
    Some(if future_in {
        (r, 1, k, DateForm::Relative)
    } else if is(pieces, k, "ago") {
        (r, -1, k + 1, DateForm::Relative)
    } else if is(pieces, k, "from") && is(pieces, k + 1, "now")
        || (is(pieces, k, "from") || is(pieces, k, "after")) && is(pieces, k + 1, "today")
    {
        (r, 1, k + 2, DateForm::Relative)
    } else if (is(pieces, k, "from") || is(pieces, k, "after")) && is(pieces, k + 1, "tomorrow") {
        (shift_days(r, 1), 1, k + 2, DateForm::Relative)
    } else if is(pieces, k, "from") && is(pieces, k + 1, "yesterday") {
        (shift_days(r, -1), 1, k + 2, DateForm::Relative)
    } else if is(pieces, k, "before") && is(pieces, k + 1, "yesterday") {
        (shift_days(r, -1), -1, k + 2, DateForm::Relative)
    } else if is(pieces, k, "before") && is(pieces, k + 1, "today") {
        (r, -1, k + 2, DateForm::Relative)
    } else if is(pieces, k, "later") || is(pieces, k, "hence") {
        (r, 1, k + 1, DateForm::Anchored)
    } else {
        return None;
    })
}

/// `three days ago`, `two weeks from now`, `1 month 21 days ago`, `in 3
/// weeks`, `two days after today`, `four days from yesterday`, `in four
/// business days`, `two sundays from now`.
fn offset_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let r = ctx.reference?;
    // `in six weeks` is a date only when the sentence looks forward (`will
    // reopen in six weeks`); `what Merrow has done in six weeks` is a duration.
    let is_in = is(pieces, i, "in") || is(pieces, i, "within");
    let forward_in = is_in && (ctx.lean == DateLean::Past || forward_at(pieces, i));
    let (start, k, future_in) = if forward_in {
        (i, i + 1, true)
    } else if is(pieces, i, "in") || is(pieces, i, "within") {
        return None;
    } else {
        (i, i, false)
    };
    let (parts, weekday_count, k) = offset_parts(pieces, k);
    if parts.is_empty() && weekday_count.is_none() {
        return None;
    }
    // `in 20 years` names no day an editor could check: a duration, which
    // the quantity grammar reads.
    if future_in
        && ctx.lean != DateLean::Past
        && parts.iter().any(|(_, u)| matches!(*u, "years" | "decades"))
    {
        return None;
    }
    let (anchor, sign, end, form) = offset_anchor(pieces, k, r, future_in)?;
    if let Some((n, wd)) = weekday_count {
        // `two sundays from now`: the nth such day after the anchor.
        let first = resolve_weekday(wd, WeekRef::Future, shift_days(anchor, 1));
        let d = shift_days(first, 7 * (n - 1) * sign);
        return Some(found(start, end, Some(d), Granularity::Day, form));
    }
    let mut d = anchor;
    let mut gran = Granularity::Day;
    for (n, unit) in &parts {
        d = shift(d, sign * n, unit);
        gran = granularity_of(unit).min(gran);
    }
    // A single coarse unit keeps its granularity: `two years ago` is a year.
    if parts.len() == 1 {
        gran = granularity_of(parts[0].1);
    }
    Some(found(start, end, Some(d), gran, form))
}

/// A day and month at `i`, in either order, with an optional year and an
/// optional weekday already read before it.
fn day_month_at(
    pieces: &[Piece],
    i: usize,
    ctx: &Ctx,
    wd: Option<Weekday>,
) -> Option<(usize, Option<NaiveDate>)> {
    // Each rule gives `None` when it does not apply, and `Some(None)` when
    // it applies but names no date (the next rules are then not tried).
    let resolve = |m: u32, d: u32, y: Option<i32>| -> Option<Option<NaiveDate>> {
        match y {
            Some(y) => Some(ymd(y, m, d)),
            None => resolve_md_hinted(m, d, wd, ctx, hint_at(pieces, i)),
        }
    };
    if let Some(r) = day_then_month(pieces, i, ctx, &resolve) {
        return r;
    }
    if let Some(r) = glued_day_month(pieces, i, &resolve) {
        return r;
    }
    month_then_day(pieces, i, ctx, &resolve)
}

/// How a day, a month and a year found are made a date.
type Resolve<'r> = &'r dyn Fn(u32, u32, Option<i32>) -> Option<Option<NaiveDate>>;

/// A year after the piece `end`, or none and `end`.
fn optional_year(pieces: &[Piece], end: usize) -> (Option<i32>, usize) {
    match year_after(pieces, end) {
        Some((y, e)) => (Some(y), e),
        None => (None, end),
    }
}

/// Rule `day then month`: `12 January`, `12th Jan.`, `22 of Jan`,
/// `fourth of may` (words: only ordinals, never cardinals: `two May`),
/// `16. Nov.`, `28-nov`, `7. Okt. 2019` (the month's stop before the
/// year). `the 19 Sept. 11 hijackers`: a day after the month makes the
/// month and that day the date, and the number before a count.
fn day_then_month(
    pieces: &[Piece],
    i: usize,
    ctx: &Ctx,
    resolve: Resolve,
) -> Option<Option<(usize, Option<NaiveDate>)>> {
    let (d, k, _) = day_at(pieces, i, false)?;
    let mut j = k;
    if is(pieces, j, "of") || text_is(pieces, j, ".") {
        j += 1;
    }
    let m = pieces.get(j).and_then(|x| month_at(x, ctx))?;
    let mut end = j + 1;
    if text_is(pieces, end, ".") && pieces[end].glued && year_after(pieces, end + 1).is_some() {
        end += 1;
    }
    let (y, yend) = optional_year(pieces, end);
    if y.is_none() && day_follows_month(pieces, j + 1) {
        return Some(None);
    }
    Some(resolve(m, d, y).map(|date| (yend, date)))
}

/// Rule `glued day and month`: `22april` (digits, then the month) and
/// `Oct2`, `october2` (the month, then digits), with an optional year.
fn glued_day_month(
    pieces: &[Piece],
    i: usize,
    resolve: Resolve,
) -> Option<Option<(usize, Option<NaiveDate>)>> {
    let p = pieces.get(i)?;
    if p.kind != PieceKind::Mixed {
        return None;
    }
    let digits: String = p.text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &p.lower[digits.len()..];
    if let (Ok(d), Some(m)) = (digits.parse::<u32>(), month_word(rest))
        && (1..=31).contains(&d)
    {
        let (y, yend) = optional_year(pieces, i + 1);
        return Some(resolve(m, d, y).map(|date| (yend, date)));
    }
    let split = p
        .text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(p.text.len());
    let (letters, rest) = p.text.split_at(split);
    if let (Some(m), Ok(d)) = (month_word(&letters.to_lowercase()), rest.parse::<u32>())
        && (1..=31).contains(&d)
    {
        let (y, yend) = optional_year(pieces, i + 1);
        return Some(resolve(m, d, y).map(|date| (yend, date)));
    }
    None
}

/// Rule `month then day`: `January 12, 2016`, `Oct. 2`, `Oct-2`, `Oct/2`,
/// `May twenty-first`, `September the twenty-first`; not `May 4 years`.
fn month_then_day(
    pieces: &[Piece],
    i: usize,
    ctx: &Ctx,
    resolve: Resolve,
) -> Option<(usize, Option<NaiveDate>)> {
    let m = month_at(pieces.get(i)?, ctx)?;
    let mut k = i + 1;
    if pieces
        .get(k)
        .is_some_and(|x| matches!(x.text, "." | "/" | "-") && x.glued)
        || text_is(pieces, k, ",")
    {
        k += 1;
    }
    if is(pieces, k, "the") {
        k += 1;
    }
    let (d, end, _) = day_at(pieces, k, true)?;
    if pieces
        .get(end)
        .is_some_and(|x| units::time_unit(&x.lower).is_some() || x.text == "%")
    {
        return None;
    }
    let (y, end) = optional_year(pieces, end);
    Some((end, resolve(m, d, y)?))
}

/// Whether a day of the month in digits (`11`, after an optional stop)
/// follows a month name ending before `k`, and is not a count of time
/// (`Sept. 11 days later` is no date either way).
fn day_follows_month(pieces: &[Piece], k: usize) -> bool {
    let k = if text_is(pieces, k, ".") { k + 1 } else { k };
    pieces.get(k).is_some_and(|p| {
        p.kind == PieceKind::Number
            && p.text.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && !pieces.get(k + 1).is_some_and(|x| {
                units::time_unit(&x.lower).is_some() || x.text == "%" || x.text == ":"
            })
    })
}

/// Numeric dates: `2016-01-12`, `2015/08/12`, `2015.5.13`, `13.5.2015`,
/// `02/22/2016`, `21/04/16`, `9-18-15`, `08/12,2015`, `2019-sep-1`; and
/// without a year `4/22`, `22/04`, and after `on`/`in` `4-22`, `4.22`.
fn numeric_at(
    pieces: &[Piece],
    i: usize,
    ctx: &Ctx,
    wd: Option<Weekday>,
) -> Option<(usize, Option<NaiveDate>)> {
    let (parts, seps, k) = numeric_parts(pieces, i)?;
    if parts.len() == 3 {
        return Some((k, full_numeric_date(&parts)?));
    }
    numeric_day_month(pieces, i, (parts[0], parts[1], seps[0]), k, ctx, wd)
}

/// Digits only.
fn all_digits(t: &str) -> bool {
    t.bytes().all(|b| b.is_ascii_digit())
}

/// A year in four digits, or in two (`16` is 2016, `98` is 1998).
fn year_of(t: &str) -> Option<i32> {
    match t.len() {
        4 => t.parse().ok(),
        2 => t
            .parse::<i32>()
            .ok()
            .map(|y| if y < 50 { 2000 + y } else { 1900 + y }),
        _ => None,
    }
}

/// A month in digits or in words (`sep`).
fn month_of(t: &str) -> Option<u32> {
    t.parse()
        .ok()
        .or_else(|| month_word(&t.to_ascii_lowercase()))
}

/// Rule `numeric parts`: the run of two or three glued number parts at
/// `i` and their separators (`-`, `/`, `.`; a month word only after a
/// hyphen or a slash: `2019-sep-1`), or `4.22` as one piece; one kind of
/// separator in three parts. The parts, the separators and the piece
/// after the run.
fn numeric_parts<'a>(
    pieces: &[Piece<'a>],
    i: usize,
) -> Option<(Vec<&'a str>, Vec<&'a str>, usize)> {
    let p = pieces.get(i)?;
    if p.kind != PieceKind::Number {
        return None;
    }
    let mut parts: Vec<&str> = vec![p.text];
    let mut seps: Vec<&str> = Vec::new();
    let mut k = i + 1;
    while parts.len() < 3 {
        let Some(q) = pieces.get(k) else { break };
        if q.hyphen && (q.kind == PieceKind::Number || month_word(&q.lower).is_some()) {
            seps.push("-");
            parts.push(q.text);
            k += 1;
            continue;
        }
        if matches!(q.text, "/" | ".")
            && q.glued
            && let Some(r) = pieces.get(k + 1)
            && r.glued
            && (r.kind == PieceKind::Number || month_word(&r.lower).is_some() && q.text == "/")
        {
            seps.push(q.text);
            parts.push(r.text);
            k += 2;
            continue;
        }
        break;
    }
    if parts.len() == 1 && p.text.contains('.') {
        let (a, b) = p.text.split_once('.')?;
        if !(all_digits(a) && all_digits(b) && b.len() == 2) {
            return None;
        }
        parts = vec![a, b];
        seps = vec!["."];
    }
    if parts.len() < 2
        || !parts
            .iter()
            .all(|t| all_digits(t) || month_word(&t.to_ascii_lowercase()).is_some())
    {
        return None;
    }
    if seps.iter().any(|s| *s != seps[0]) && parts.len() != 2 {
        return None;
    }
    Some((parts, seps, k))
}

/// Rule `full numeric date`: three parts with the year first
/// (`2016-01-12`, `2019-sep-1`) or last (`02/22/2016`, `21/04/16`), the
/// month first unless the first number cannot be a month.
fn full_numeric_date(parts: &[&str]) -> Option<Option<NaiveDate>> {
    if parts[0].len() == 4 {
        let y = year_of(parts[0])?;
        return Some(ymd(y, month_of(parts[1])?, parts[2].parse().ok()?));
    }
    if !all_digits(parts[0]) || !all_digits(parts[1]) {
        return None;
    }
    let (a, b): (u32, u32) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    let y = year_of(parts[2])?;
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    if m > 12 || d > 31 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    Some(ymd(y, m, d))
}

/// Rule `numeric day and month`: two parts `(a, b, sep)` ending before
/// `k` are a day and a month without a year (`4/22`, `22/04`; `-` and `.`
/// only after a date word: `on 4-22`), or with a year after a comma
/// (`08/12,2015`). In news copy `9/11`, `7/7` and `24/7` are names: a
/// bare slash pair needs a past-leaning text, a date word or a weekday,
/// and none carries a unit (`3/4 hours`).
fn numeric_day_month(
    pieces: &[Piece],
    i: usize,
    (a, b, sep): (&str, &str, &str),
    k: usize,
    ctx: &Ctx,
    wd: Option<Weekday>,
) -> Option<(usize, Option<NaiveDate>)> {
    if !all_digits(a) || !all_digits(b) || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let (x, y): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
    let lead = i > 0 && pieces[i - 1].is_any(&["on", "in", "by", "until", "till", "from"]);
    let slash_ok = sep == "/" && (ctx.lean == DateLean::Past || slash_date(a, b));
    if !slash_ok && !lead && wd.is_none() {
        return None;
    }
    if pieces.get(k).is_some_and(|q| {
        units::time_unit(&q.lower).is_some()
            || units::measure_unit(&q.lower).is_some()
            || q.text == "%"
    }) {
        return None;
    }
    let (m, d) = if x > 12 { (y, x) } else { (x, y) };
    if m == 0 || m > 12 || d == 0 || d > 31 {
        return None;
    }
    if text_is(pieces, k, ",")
        && pieces[k].glued
        && let Some(q) = pieces.get(k + 1)
        && q.glued
        && let Some(yy) = year_of(q.text)
    {
        return Some((k + 2, ymd(yy, m, d)));
    }
    Some((k, resolve_md_hinted(m, d, wd, ctx, hint_at(pieces, i))?))
}

/// Rule `slash date`: `3/14`, `14/03`, `08/12` are a day and a month
/// without a year when one side cannot be a month or a side is written with
/// a leading zero; `3/4`, `1/2` are fractions, `24/7` an idiom.
fn slash_date(a: &str, b: &str) -> bool {
    let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return false;
    };
    let padded = a.starts_with('0') || b.starts_with('0');
    let one_day = (x > 12) != (y > 12);
    (padded || one_day) && (a, b) != ("24", "7") && x.min(y) >= 1
}

/// `the first friday of july`, `the second Monday of next month`, `third
/// Tuesday` (this month), `the 20th of next month`, `31st of this month`.
fn nth_of_month(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let r = ctx.reference?;
    let start = i;
    let k = if is(pieces, i, "the") { i + 1 } else { i };
    let n = numbers::scan(pieces, k)?;
    if n.form != numbers::Form::Ordinal || n.value < 1.0 || n.value > 31.0 {
        return None;
    }
    let nth = n.value as u32;
    let mut j = n.end;
    let wd = pieces.get(j).and_then(|p| weekday_at(p, ctx));
    if wd.is_some() {
        j += 1;
    }
    // The month: `of july`, `in this month`, `of next month`, `of previous month`.
    let month_ref = |j: usize| -> Option<(i32, u32, usize)> {
        if !(is(pieces, j, "of") || is(pieces, j, "in")) {
            return None;
        }
        let q = pieces.get(j + 1)?;
        if let Some(m) = month_at(q, ctx) {
            // `of july`: this year's, or with a year after.
            if let Some((y, e)) = year_after(pieces, j + 2) {
                return Some((y, m, e));
            }
            return Some((r.year(), m, j + 2));
        }
        let delta = match q.lower.as_ref() {
            "this" | "the" => 0,
            "next" | "following" => 1,
            "last" | "previous" | "past" => -1,
            _ => return None,
        };
        if !is(pieces, j + 2, "month") {
            return None;
        }
        let d = shift_months(r.with_day(1)?, delta);
        Some((d.year(), d.month(), j + 3))
    };
    // With a month (`of july`, `of next month`), or a weekday alone in the
    // reference's month (`second Sunday`, but not `the second Sunday`).
    let month_named = month_ref(j).is_some_and(|_| {
        pieces
            .get(j + 1)
            .is_some_and(|q| month_at(q, ctx).is_some())
    });
    let (y, m, end) = match month_ref(j) {
        Some(found) => found,
        None if wd.is_some() && k == i => (r.year(), r.month(), j),
        None => return None,
    };
    let date = match wd {
        Some(w) => NaiveDate::from_weekday_of_month_opt(y, m, w, nth as u8),
        None => ymd(y, m, nth),
    };
    // `the first friday of july` with a past reference: the past July.
    let date = match (date, ctx.lean) {
        (Some(d), DateLean::Past) if d > r && month_named => match wd {
            Some(w) => NaiveDate::from_weekday_of_month_opt(y - 1, m, w, nth as u8),
            None => ymd(y - 1, m, nth),
        },
        (d, _) => d,
    };
    Some(found(
        start,
        end,
        date,
        Granularity::Day,
        if wd.is_some() {
            DateForm::Weekday
        } else {
            DateForm::Explicit
        },
    ))
}

/// Can a date start at this piece? A cheap test that spares the grammar most
/// pieces of a text.
fn may_start(p: &Piece) -> bool {
    match p.kind {
        PieceKind::Number | PieceKind::Mixed => true,
        PieceKind::Punct => false,
        PieceKind::Word => {
            let w = p.lower.as_ref();
            matches!(
                w,
                "today"
                    | "tonight"
                    | "tomorrow"
                    | "tmrw"
                    | "yesterday"
                    | "last"
                    | "the"
                    | "this"
                    | "next"
                    | "past"
                    | "coming"
                    | "previous"
                    | "on"
                    | "in"
                    | "within"
                    | "a"
                    | "an"
                    | "few"
                    | "my"
            ) || month_word(w).is_some()
                || weekday_word(w).is_some()
                || p.number_word
        }
    }
}

/// What a rule of [`date_at`] says about the pieces at `i`: `Some(found)`
/// decides (a date, or `Some(None)`: no date here, and no later rule is
/// tried), `None` passes to the next rule.
type Decision = Option<Option<DateFound>>;

/// A rule of [`date_at`]: the pieces, where the date would start, the
/// context.
type DateRule = fn(&[Piece], usize, &Ctx) -> Decision;

/// The rules of [`date_at`], tried in this order; the first to decide
/// wins. Each rule's examples are its test table below.
const DATE_RULES: &[(&str, DateRule)] = &[
    ("relative day", relative_day),
    ("anchored day", anchored_day),
    ("offset", |p, i, c| offset_at(p, i, c).map(Some)),
    ("period or week", |p, i, c| {
        period_or_week_at(p, i, c).map(Some)
    }),
    ("nth of month", |p, i, c| nth_of_month(p, i, c).map(Some)),
    ("weekday", lone_weekday),
    ("on weekday of week", |p, i, c| {
        on_weekday_of_week(p, i, c).map(Some)
    }),
    ("day and month", |p, i, c| explicit_day(p, i, c).map(Some)),
    ("decade", |p, i, c| decade_at(p, i, c).map(Some)),
    ("month or year", |p, i, c| {
        month_or_year_at(p, i, c).map(Some)
    }),
    ("day only", |p, i, c| day_only_at(p, i, c).map(Some)),
];

/// The date starting at piece `i`, if any: the first of [`DATE_RULES`] to
/// decide.
pub(crate) fn date_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    if !may_start(&pieces[i]) {
        return None;
    }
    DATE_RULES
        .iter()
        .find_map(|(_, rule)| rule(pieces, i, ctx))
        .flatten()
}

/// A day `off` days from the reference, spanning pieces `start..end`; no
/// date without a reference.
fn day_from_reference(
    ctx: &Ctx,
    start: usize,
    end: usize,
    off: i64,
    form: DateForm,
) -> Option<DateFound> {
    ctx.reference
        .map(|r| found(start, end, Some(shift_days(r, off)), Granularity::Day, form))
}

/// Rule `relative day`: `today`, `tonight`, `tomorrow`, `yesterday`, `last
/// night`, `the day before yesterday`, `the day after tomorrow`. `the day
/// before` anything else is no date (`the day before the vote`).
fn relative_day(pieces: &[Piece], i: usize, ctx: &Ctx) -> Decision {
    let p = &pieces[i];
    if p.kind != PieceKind::Word {
        return None;
    }
    let day = |end: usize, off: i64| day_from_reference(ctx, i, end, off, DateForm::Relative);
    match p.lower.as_ref() {
        "today" | "tonight" => Some(day(i + 1, 0)),
        "tomorrow" | "tmrw" => Some(day(i + 1, 1)),
        "yesterday" => Some(day(i + 1, -1)),
        "last" if is(pieces, i + 1, "night") => Some(day(i + 2, -1)),
        "the"
            if is(pieces, i + 1, "day")
                && (is(pieces, i + 2, "before") || is(pieces, i + 2, "after")) =>
        {
            Some(match pieces.get(i + 3).map(|x| x.lower.as_ref()) {
                Some("yesterday") => day(i + 4, -2),
                Some("tomorrow" | "tmrw") => day(i + 4, 2),
                _ => None,
            })
        }
        _ => None,
    }
}

/// Rule `anchored day`: `the next day`, `the following day`, `the last
/// day`, `past day`, `this day`, `my day`, `the day` ending a clause: a day
/// from the reference. `the last day of term` is relative to nothing.
fn anchored_day(pieces: &[Piece], i: usize, ctx: &Ctx) -> Decision {
    let p = &pieces[i];
    if p.kind != PieceKind::Word {
        return None;
    }
    let (k, det) = if p.is("the") {
        (i + 1, true)
    } else {
        (i, false)
    };
    let q = pieces.get(k)?;
    let off = match q.lower.as_ref() {
        "next" | "following" if is(pieces, k + 1, "day") => 1,
        "last" | "past" | "previous" if is(pieces, k + 1, "day") => -1,
        "this" | "my" if !det && is(pieces, k + 1, "day") => 0,
        "day" if det && pieces.get(k + 1).is_none_or(|x| x.kind == PieceKind::Punct) => 0,
        _ => return None,
    };
    if is(pieces, k + 2, "of") || is(pieces, k + 1, "of") {
        return None;
    }
    let end = if q.is("day") { k + 1 } else { k + 2 };
    Some(day_from_reference(ctx, i, end, off, DateForm::Anchored))
}

/// Rule `weekday`: a weekday, with what may follow it (see
/// [`weekday_date`]); a weekday that makes no date (`Black Friday`) ends
/// the search.
fn lone_weekday(pieces: &[Piece], i: usize, ctx: &Ctx) -> Decision {
    let wd = weekday_at(&pieces[i], ctx)?;
    Some(weekday_date(pieces, i, i, wd, ctx))
}

/// Rule `on weekday of week`: `on Friday next week`, `on Sunday of next
/// week`, the `on` included.
fn on_weekday_of_week(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    if !pieces[i].is("on") {
        return None;
    }
    let wd = pieces.get(i + 1).and_then(|x| weekday_at(x, ctx))?;
    let f = weekday_date(pieces, i, i + 1, wd, ctx)?;
    (f.end > i + 2
        && matches!(f.form, DateForm::Weekday)
        && pieces[i + 2..f.end].iter().any(|x| x.is("week")))
    .then_some(f)
}

/// Rule `day and month`: a day with its month in words (`17 September`,
/// `January 8, 2016`) or in figures (`14/03/2019`).
fn explicit_day(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let (end, date) =
        day_month_at(pieces, i, ctx, None).or_else(|| numeric_at(pieces, i, ctx, None))?;
    Some(found(i, end, date, Granularity::Day, DateForm::Explicit))
}

/// A weekday at `k` (the match starting at `start`), with what follows it:
/// a date (`Tuesday 17 September`), `the 21st`, `next week`, or nothing.
fn weekday_date(
    pieces: &[Piece],
    start: usize,
    k: usize,
    wd: Weekday,
    ctx: &Ctx,
) -> Option<DateFound> {
    if weekday_in_name(pieces, k, ctx) {
        return None;
    }
    if let Some(f) = weekday_with_date(pieces, start, k, wd, ctx) {
        return Some(f);
    }
    let r = ctx.reference?;
    if let Some(f) = weekday_of_week(pieces, start, k, wd, r) {
        return Some(f);
    }
    let p = &pieces[k];
    if p.lower.ends_with('s') && p.lower.len() > 4 && weekday_word(&p.lower).is_none() {
        return None;
    }
    let dir = match ctx.lean {
        DateLean::Past => WeekRef::Past,
        DateLean::Nearest if forward_at(pieces, k) => WeekRef::Future,
        DateLean::Nearest => WeekRef::Past,
    };
    Some(found(
        start,
        k + 1,
        Some(resolve_weekday(wd, dir, r)),
        Granularity::Day,
        DateForm::Weekday,
    ))
}

/// Rule `weekday in a name`: a weekday after a capitalised word that
/// leads no date (`Black Friday`) or before a capitalised word that is no
/// month (`Sunday Times`) is part of a name.
fn weekday_in_name(pieces: &[Piece], k: usize, ctx: &Ctx) -> bool {
    // Plural (`walk-in Wednesdays`) and names (`Black Friday`, `Sunday Times`) are not dates.
    let prev = k.checked_sub(1).map(|j| &pieces[j]);
    if prev.is_some_and(|q| {
        q.kind == PieceKind::Word
            && q.is_capitalised()
            && !q.is_any(&[
                "on", "by", "from", "until", "since", "last", "next", "this", "and", "or",
                "between", "every", "each", "before", "after",
            ])
    }) && k > 1
    {
        return true;
    }
    if pieces.get(k + 1).is_some_and(|q| {
        q.kind == PieceKind::Word
            && q.is_capitalised()
            && month_at(q, ctx).is_none()
            && !q.is_acronym()
    }) {
        return true;
    }
    false
}

/// Rule `weekday and date`: a weekday followed by its date (`Tuesday 17
/// September`, `Friday, January 8`, `friday 7/6`, `friday-jun-15`, a date
/// in brackets) or by `the` and a day (`Thursday the 21st`, the nearest
/// such weekday to the reference).
fn weekday_with_date(
    pieces: &[Piece],
    start: usize,
    k: usize,
    wd: Weekday,
    ctx: &Ctx,
) -> Option<DateFound> {
    let mut j = k + 1;
    if text_is(pieces, j, ",")
        || (pieces.get(j).is_some_and(|q| q.hyphen))
        || text_is(pieces, j, "(")
    {
        j += 1;
    }
    let paren = text_is(pieces, j.saturating_sub(1), "(");
    // `Tuesday 17 September`, `Friday, January 8`, `friday 7/6`, `friday-jun-15`
    if let Some((end, date)) =
        day_month_at(pieces, j, ctx, Some(wd)).or_else(|| numeric_at(pieces, j, ctx, Some(wd)))
    {
        let end = if paren && text_is(pieces, end, ")") {
            end + 1
        } else {
            end
        };
        return Some(found(
            start,
            end,
            date,
            Granularity::Day,
            DateForm::Explicit,
        ));
    }
    // `Thursday the 21st`, `saturday the second`
    if is(pieces, j, "the")
        && let Some((d, end, _)) = day_at(pieces, j + 1, true)
    {
        let r = ctx.reference?;
        let date = (-2..=2)
            .filter_map(|dm| ymd_month_offset(r, dm, d))
            .filter(|x| x.weekday() == wd)
            .min_by_key(|x| (*x - r).num_days().abs());
        return Some(found(
            start,
            end,
            date,
            Granularity::Day,
            DateForm::Explicit,
        ));
    }
    None
}

/// Rule `weekday of a week`: `Friday next week`, `Sunday of next week`,
/// `friday this week`, from the reference `r`.
fn weekday_of_week(
    pieces: &[Piece],
    start: usize,
    k: usize,
    wd: Weekday,
    r: NaiveDate,
) -> Option<DateFound> {
    // `Friday next week`, `Sunday of next week`, `friday this week`
    let mut w = k + 1;
    if is(pieces, w, "of") {
        w += 1;
    }
    let dir = pieces.get(w).and_then(|q| match q.lower.as_ref() {
        "next" => Some(WeekRef::Next),
        "this" => Some(WeekRef::This),
        "last" => Some(WeekRef::Last),
        _ => None,
    })?;
    if !is(pieces, w + 1, "week") {
        return None;
    }
    Some(found(
        start,
        w + 2,
        Some(resolve_weekday(wd, dir, r)),
        Granularity::Day,
        DateForm::Weekday,
    ))
}

fn ymd_month_offset(r: NaiveDate, months: i64, day: u32) -> Option<NaiveDate> {
    let first = shift_months(r.with_day(1)?, months);
    ymd(first.year(), first.month(), day)
}

/// `last week`, `this month`, `next year`, `this Friday`, `next Sunday`,
/// `last Sunday`, `past monday`, `this week Friday`, `next week on Friday`:
/// a direction word, then [`weekday_of_direction`] or
/// [`period_of_direction`].
fn period_or_week_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let p = &pieces[i];
    let dir = match p.lower.as_ref() {
        "this" | "coming" => WeekRef::This,
        "next" => WeekRef::Next,
        "last" | "past" | "previous" => WeekRef::Last,
        _ => return None,
    };
    let r = ctx.reference?;
    let q = pieces.get(i + 1)?;
    // `This Week`, `Next Year` in capitals mid-sentence are names (of shows, plans).
    if i > 0 && p.is_capitalised() && q.is_capitalised() && weekday_at(q, ctx).is_none() {
        return None;
    }
    if let Some(wd) = weekday_at(q, ctx) {
        return Some(weekday_of_direction(p, i, wd, dir, r, ctx));
    }
    // `the past year`, `the past week` are durations, not dates.
    if p.is("past") {
        return None;
    }
    period_of_direction(pieces, i, dir, r, ctx)
}

/// Rule `weekday of a direction`: `this Friday`, `next Sunday`, `coming
/// Monday` from the reference's week; `past monday`, and in news `last
/// Thursday`, are the latest such day before the reference.
fn weekday_of_direction(
    p: &Piece,
    i: usize,
    wd: Weekday,
    dir: WeekRef,
    r: NaiveDate,
    ctx: &Ctx,
) -> DateFound {
    let latest = p.is("past") || p.is("last") && ctx.lean == DateLean::Nearest;
    let d = if latest {
        resolve_weekday(wd, WeekRef::Past, shift_days(r, -1))
    } else {
        resolve_weekday(wd, dir, r)
    };
    found(i, i + 2, Some(d), Granularity::Day, DateForm::Weekday)
}

/// Rule `period of a direction`: `last week`, `this month`, `next year`: the
/// week (from its Monday), month or year before, of or after the
/// reference; `this week Friday` and `next week on Friday` are that day of
/// the week.
fn period_of_direction(
    pieces: &[Piece],
    i: usize,
    dir: WeekRef,
    r: NaiveDate,
    ctx: &Ctx,
) -> Option<DateFound> {
    let delta = match dir {
        WeekRef::This => 0,
        WeekRef::Next => 1,
        _ => -1,
    };
    let (d, granularity) = match pieces.get(i + 1)?.lower.as_ref() {
        "week" => {
            let k = if is(pieces, i + 2, "on") {
                i + 3
            } else {
                i + 2
            };
            if let Some(wd) = pieces.get(k).and_then(|x| weekday_at(x, ctx)) {
                let d = resolve_weekday(wd, dir, r);
                return Some(found(
                    i,
                    k + 1,
                    Some(d),
                    Granularity::Day,
                    DateForm::Weekday,
                ));
            }
            (shift_days(week_start(r), 7 * delta), Granularity::Week)
        }
        "month" => (shift_months(r.with_day(1)?, delta), Granularity::Month),
        "year" => (ymd(r.year() + delta as i32, 1, 1)?, Granularity::Year),
        _ => return None,
    };
    Some(found(i, i + 2, Some(d), granularity, DateForm::Period))
}

/// Words before a month name or a year that make it a date.
const PERIOD_LEAD: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "before",
    "after",
    "of",
    "between",
    "and",
    "to",
    "through",
    "early",
    "mid",
    "late",
    "last",
    "next",
    "this",
    "every",
    "each",
    "the",
    "for",
    "on",
    "throughout",
    "around",
    "until",
    "end",
    "start",
    "beginning",
    "or",
    "a",
];

/// Words that may sit between `the` and a two-digit decade (`the late 80s`).
const DECADE_PART: &[&str] = &["early", "mid", "late"];

/// Words of time before `the 80s` that make it a decade (`in the 80s`, `of
/// the mid-90s`); `around the mid-70s` is as often an age.
const DECADE_LEAD: &[&str] = &[
    "in",
    "of",
    "during",
    "since",
    "from",
    "until",
    "till",
    "through",
    "throughout",
    "by",
    "to",
    "into",
    "before",
    "after",
    "on",
];

/// Rule `magnitudes, not decades`: a plural number followed by `of` or by a
/// larger plural number is an order of magnitude (`1000s of fans`, `in the
/// 10s, 100s and 1,000s`).
fn magnitudes_follow(pieces: &[Piece], i: usize) -> bool {
    let Some(next) = pieces.get(i + 1) else {
        return false;
    };
    if next.is("of") {
        return true;
    }
    next.is_any(&[",", "and", "or"])
        && pieces.get(i + 2).is_some_and(|q| {
            let digits = q.text.trim_end_matches('s');
            q.kind == PieceKind::Mixed
                && q.text.ends_with('s')
                && (digits.len() == 3 || digits.contains(','))
                && digits.bytes().all(|b| b.is_ascii_digit() || b == b',')
        })
}

/// The digits of a plural number at `i` with a trailing zero (`1960s`,
/// `80s`, `'80s`, `1960's`), where its apostrophe-led form starts, and
/// whether it has an apostrophe (in the piece, or as the piece before).
fn decade_digits<'a>(pieces: &[Piece<'a>], i: usize) -> Option<(&'a str, usize, bool)> {
    let p = &pieces[i];
    if p.kind != PieceKind::Mixed || !p.text.ends_with(['s', 'S']) {
        return None;
    }
    let apostrophe_before = i > 0 && p.glued && matches!(pieces[i - 1].text, "'" | "’" | "‘");
    let body = p.text.trim_start_matches(['\'', '’', '‘']);
    let digits = ["'s", "’s", "s", "S"]
        .iter()
        .find_map(|suffix| body.strip_suffix(suffix))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || !digits.ends_with('0') {
        return None;
    }
    let start = if apostrophe_before { i - 1 } else { i };
    Some((
        digits,
        start,
        apostrophe_before || body.len() < p.text.len(),
    ))
}

/// Rule `two-digit decade`: does the context of the two digits at `i` make
/// them a decade? An apostrophe does (`the '80s`), and so does `the` after a
/// word of time (`in the 90s`, `of the mid-80s`); `in his 50s` and `around
/// the mid-70s` are ages. `and_chain` also admits one after a decade (`the
/// 1950s and 60s`, `the 80s and early 90s`), not after an age (`in their
/// 30s, 40s and 50s`).
fn two_digit_decade(pieces: &[Piece], i: usize, apostrophe: bool, and_chain: bool) -> bool {
    if apostrophe {
        return true;
    }
    let k = if i > 0 && pieces[i - 1].is_any(DECADE_PART) {
        i - 1
    } else {
        i
    };
    let lead = |j: usize, words: &[&str]| j > 0 && pieces[j - 1].is_any(words);
    if lead(k, &["the"]) && lead(k - 1, DECADE_LEAD) {
        return true;
    }
    and_chain
        && lead(k, &["and", "or", "to"])
        && k >= 2
        && decade_digits(pieces, k - 2).is_some_and(|(digits, _, apostrophe)| {
            digits.len() == 4 || two_digit_decade(pieces, k - 2, apostrophe, false)
        })
}

/// A decade, dated to its first day: `the 1960s`, `1990s Britain`, `the
/// 1960's`, `the '80s`, `the ’90s`, `in the 80s`, `of the late 70s`, `the 80s
/// and 90s`. Four digits ending in a zero with a plural `s` are a decade
/// wherever they stand; two digits when [`two_digit_decade`] says so. They
/// take the latest century in which the decade has begun by the reference
/// (`the '20s` of 2016 is the 1920s, of 2025 the 2020s).
fn decade_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let (digits, start, apostrophe) = decade_digits(pieces, i)?;
    if magnitudes_follow(pieces, i) {
        return None;
    }
    let year: i32 = match digits.len() {
        4 => digits.parse().ok().filter(|y| (1000..3000).contains(y))?,
        2 if two_digit_decade(pieces, i, apostrophe, true) => {
            let yy: i32 = digits.parse().ok()?;
            let now = ctx.reference.map_or(2000, |r| r.year());
            let century = now - now.rem_euclid(100);
            if century + yy <= now {
                century + yy
            } else {
                century - 100 + yy
            }
        }
        _ => return None,
    };
    Some(found(
        start,
        i + 1,
        ymd(year, 1, 1),
        Granularity::Decade,
        DateForm::Period,
    ))
}

/// `in November`, `March 2017`, `September last year`, `in 2019`, `the 1967 crossing`.
fn month_or_year_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let p = &pieces[i];
    let prev = i.checked_sub(1).map(|k| &pieces[k]);
    let lead = prev.is_some_and(|q| q.is_any(PERIOD_LEAD) || q.hyphen);
    if let Some(m) = month_at(p, ctx) {
        return month_period(pieces, i, m, lead, ctx);
    }
    // A year: 4 digits, not a count of things.
    if p.kind == PieceKind::Number
        && p.text.len() == 4
        && p.text.bytes().all(|b| b.is_ascii_digit())
    {
        return year_period(pieces, i, lead);
    }
    None
}

/// Rule `month`: `March 2017`, `September last year`, `in November` (the
/// latest November up to the reference, or the next in a sentence that
/// looks forward); not a name (`Theresa May`, `June Smith`), and a month
/// alone only after a period word (`in`, `since`). `lead`: such a word,
/// or a hyphen, comes before.
fn month_period(pieces: &[Piece], i: usize, m: u32, lead: bool, ctx: &Ctx) -> Option<DateFound> {
    let p = &pieces[i];
    let prev = i.checked_sub(1).map(|k| &pieces[k]);
    // `Theresa May`, `June Smith`: a name, not a month.
    if prev
        .is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised() && !q.is_any(PERIOD_LEAD))
        && i > 1
    {
        return None;
    }
    if pieces
        .get(i + 1)
        .is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised() && !q.is_acronym())
    {
        return None;
    }
    if let Some((y, end)) = year_at(pieces, i + 1) {
        return Some(found(
            i,
            end,
            ymd(y, m, 1),
            Granularity::Month,
            DateForm::Period,
        ));
    }
    let r = ctx.reference?;
    // `September last year`
    if is(pieces, i + 1, "last") && is(pieces, i + 2, "year") {
        return Some(found(
            i,
            i + 3,
            ymd(r.year() - 1, m, 1),
            Granularity::Month,
            DateForm::Period,
        ));
    }
    if is(pieces, i + 1, "this") && is(pieces, i + 2, "year") {
        return Some(found(
            i,
            i + 3,
            ymd(r.year(), m, 1),
            Granularity::Month,
            DateForm::Period,
        ));
    }
    if !lead || p.lower.len() <= 3 && !p.is("may") {
        return None;
    }
    // A month named alone is the latest one up to the reference (`since
    // January`, `in November` in a January article), or the next one
    // when the sentence looks forward (`elections in November`).
    let this_year = ymd(r.year(), m, 1)?;
    let near = if forward_for_sure(pieces, i) && hint_at(pieces, i) == Hint::Forward {
        if this_year >= r.with_day(1)? {
            Some(this_year)
        } else {
            ymd(r.year() + 1, m, 1)
        }
    } else if hint_at(pieces, i) == Hint::Forward {
        // (`said jobs would be added in July`, written in August: the
        // July just gone; `would help in November`, in August: the
        // coming one.)
        [r.year() - 1, r.year(), r.year() + 1]
            .iter()
            .filter_map(|y| ymd(*y, m, 1))
            .min_by_key(|d| (*d - r.with_day(1).unwrap_or(r)).num_days().abs())
    } else if this_year <= r {
        Some(this_year)
    } else {
        ymd(r.year() - 1, m, 1)
    };
    Some(found(i, i + 1, near, Granularity::Month, DateForm::Period))
}

/// Rule `year`: four digits in a year's range are the year (`in 2019`,
/// `the 1967 crossing`, `2013-14` the season starting then), unless
/// [`year_is_no_date`].
fn year_period(pieces: &[Piece], i: usize, lead: bool) -> Option<DateFound> {
    let y: i32 = pieces[i].text.parse().ok()?;
    if year_is_no_date(pieces, i, y, lead) {
        return None;
    }
    let next = pieces.get(i + 1);
    // `2013-14`: the season or financial year starting then.
    let end = if next.is_some_and(|q| q.hyphen && q.kind == PieceKind::Number && q.text.len() == 2)
    {
        i + 2
    } else {
        i + 1
    };
    Some(found(
        i,
        end,
        ymd(y, 1, 1),
        Granularity::Year,
        DateForm::Period,
    ))
}

/// Rule `year or count`: four digits `y` at `i` are no year when they
/// count a noun (`2000 people`, unless `the 2019 figures`, `since 2019
/// sales`), carry a unit (`1500 cc`), follow a currency symbol, are a time
/// of day (`1200 GMT`), an end of a change of a count (`from 1200 to 1800
/// staff`), out of a year's range, or part of a fraction.
fn year_is_no_date(pieces: &[Piece], i: usize, y: i32, lead: bool) -> bool {
    let p = &pieces[i];
    let prev = i.checked_sub(1).map(|k| &pieces[k]);
    let next = pieces.get(i + 1);
    // `2000 people`: a count (unless `the 2019 figures`, `since 2019 sales`).
    let noun_next = super::quantities::counted_noun(pieces, i + 1).is_some();
    // A determiner or a possessive before: `the 2019 figures`, `the party's 2008 nominee`.
    let det = prev.is_some_and(|q| {
        q.is_any(&["the", "its", "their", "his", "her", "our", "a", "'s"])
            || q.lower.ends_with("'s")
            || q.lower.ends_with("s'")
    });
    let unit_next = next.is_some_and(|q| {
        q.text == "%"
            || units::time_unit(&q.lower).is_some()
            || units::measure_unit(&q.lower).is_some()
            || super::money::word(&q.lower).is_some()
            || super::percent::after(pieces, i + 1, false).is_some()
    }) || per_unit_of_time(pieces, i + 1);
    // `from 1200 to 1800 staff`: two counts of the noun after the second
    // (not `from 2001 to 2002 results`: years of our times stay years).
    let count_range = !det
        && (!(1950..=2035).contains(&y) || low_end_not_year(pieces, i))
        && (range_partner(pieces, i + 1)
            || noun_next && prev.is_some_and(|q| q.is_any(RANGE_JOIN)));
    let money_prev = prev.is_some_and(|q| super::money::symbol(q.text).is_some());
    // `1200 GMT` is a time of day.
    if next.is_some_and(|q| {
        q.is_any(&[
            "gmt", "bst", "utc", "hrs", "hours", "cet", "est", "et", "pt",
        ])
    }) {
        return true;
    }
    let range_ok = if lead {
        (1000..=2100).contains(&y)
    } else {
        (1800..=2100).contains(&y)
    };
    // Rule `year of a total`: `it hopes 2005 sales will`, `2004 profits
    // rose`, `2021 census data`: a recent year before a noun naming a
    // year's total or event is the year, with or without a determiner.
    let year_noun = (1950..=2035).contains(&y) && next.is_some_and(|q| q.is_any(YEAR_NOUNS));
    // (Not inside a name, `Euro 2004 coverage`, nor a span's end,
    // `the 2001-2003 period`: those stay as the other rules read them.)
    let named = prev.is_some_and(|q| q.kind == PieceKind::Word && q.is_capitalised());
    let singular =
        (1900..=2035).contains(&y) && !named && !p.hyphen && singular_noun_after(pieces, i + 1);
    !range_ok
        || unit_next
        || money_prev
        || count_range
        || count_change(pieces, i)
        || (noun_next && !det && !lead && !year_noun && !singular)
        || prev.is_some_and(|q| q.text == "/" && p.glued)
        || next.is_some_and(|q| q.text == "/" && q.glued)
}

/// Plural nouns without a final `s`, and `head` (`2000 head of cattle`):
/// a year before them is a count.
const PLURALS_WITHOUT_S: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "staff",
    "police",
    "personnel",
    "cattle",
    "sheep",
    "deer",
    "fish",
    "feet",
    "teeth",
    "mice",
    "geese",
    "livestock",
    "crew",
    "head",
    "strong",
];

/// Rule `year before a singular noun`: a count of more than one takes a
/// plural noun, so a year-like number before a singular one (`the classic
/// 1982 film`, `the same 2004 period`, `Jay-Z's own 2001 album`, `2002
/// champion`) is the year; `2000 people`, `1800 staff` stay counts.
fn singular_noun_after(pieces: &[Piece], k: usize) -> bool {
    let Some(noun) = super::quantities::counted_noun(pieces, k) else {
        return false;
    };
    let head = noun.rsplit([' ', '-']).next().unwrap_or(&noun);
    !head.ends_with('s') && !PLURALS_WITHOUT_S.contains(&head)
}

/// Words joining the two ends of a range.
const RANGE_JOIN: &[&str] = &["to", "-", "–", "and"];

/// Nouns a year qualifies as a year's total or event (`2005 sales`, `2021
/// census`), not as a count of them.
const YEAR_NOUNS: &[&str] = &[
    "sales",
    "profit",
    "profits",
    "earnings",
    "revenue",
    "revenues",
    "results",
    "figures",
    "turnover",
    "budget",
    "accounts",
    "output",
    "census",
    "election",
    "elections",
    "season",
    "crop",
    "harvest",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "levels",
    "prices",
    "deficit",
    "surplus",
    "spending",
    "edition",
    "olympics",
    "games",
    "tournament",
    "championship",
];

/// Rule `rate, not year`: `1700 a week`, `1500 per day`: a number per unit
/// of time is a count.
fn per_unit_of_time(pieces: &[Piece], k: usize) -> bool {
    pieces
        .get(k)
        .is_some_and(|q| q.is_any(&["a", "an", "per", "each", "every"]))
        && pieces
            .get(k + 1)
            .is_some_and(|q| units::time_unit(&q.lower).is_some())
}

/// Rule `range of counts, not years`: the number at `k - 1` is joined by
/// `to`/`-`/`and` to another number followed by a counted noun (`from 1200
/// to 1800 staff`), so both are counts.
fn range_partner(pieces: &[Piece], k: usize) -> bool {
    pieces.get(k).is_some_and(|q| q.is_any(RANGE_JOIN))
        && pieces
            .get(k + 1)
            .is_some_and(|q| q.kind == PieceKind::Number)
        && super::quantities::counted_noun(pieces, k + 2).is_some()
        && pieces
            .get(k + 2)
            .is_none_or(|q| units::time_unit(&q.lower).is_none())
}

/// Rule `count after a count`: the number at `i` closes a range whose low
/// end cannot be a year (`between 1500 and 2000 people`, `from 500 to 2000
/// homes`), so with a counted noun after it it is a count even in the
/// years of our times; `from 2001 to 2002 results` stays two years.
fn low_end_not_year(pieces: &[Piece], i: usize) -> bool {
    if i < 2 || !pieces[i - 1].is_any(RANGE_JOIN) {
        return false;
    }
    let q = &pieces[i - 2];
    let year = q.text.len() == 4
        && q.text.bytes().all(|b| b.is_ascii_digit())
        && q.text
            .parse::<i32>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    q.kind == PieceKind::Number && !year
}

/// Rule `change of a count, not years`: `staff rose from 1200 to 1800`, `up
/// from 1500 to 2400`: both ends of `from … to …` right after a change word
/// are counts when the low end cannot be a year of our times (`rose from
/// 2019 to 2021` may be a span of years and stays so; a past participle is
/// not enough, since `occupied from 1200 to 1800` is a period).
fn count_change(pieces: &[Piece], i: usize) -> bool {
    let changes = |from: usize| {
        pieces[from].is("from")
            && from > 0
            && pieces[from - 1].kind == PieceKind::Word
            && (pieces[from - 1].is_any(super::quantities::CHANGE_WORDS)
                && !pieces[from - 1].is_any(&["from", "by"])
                || pieces[from - 1].is_any(super::quantities::CHANGING))
    };
    let plain = |k: usize| {
        pieces
            .get(k)
            .filter(|p| p.kind == PieceKind::Number && p.text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.text.parse::<i32>().ok())
    };
    // The low end at `i`, or the high end with its low end two pieces back.
    let low = if i >= 1 && changes(i - 1) && is(pieces, i + 1, "to") && plain(i + 2).is_some() {
        plain(i)
    } else if i >= 3 && is(pieces, i - 1, "to") && changes(i - 3) {
        plain(i - 2)
    } else {
        None
    };
    low.is_some_and(|y| !(1800..=2100).contains(&y))
}

/// `on 15`, `the 27`, `the 27th`, `the second`, `the twenty second`, `on 22nd`.
fn day_only_at(pieces: &[Piece], i: usize, ctx: &Ctx) -> Option<DateFound> {
    let r = ctx.reference?;
    let p = &pieces[i];
    let (k, start) = if p.is("the") || p.is("on") {
        (i + 1, i)
    } else {
        return None;
    };
    let (d, end, ordinal) = day_at(pieces, k, true)?;
    // The span of `on 15` is the number; of `the 27th` it includes `the`.
    let start = if p.is("on") { k } else { start };
    let next = pieces.get(end);
    // Only at the end of a phrase: `the 27th floor` is not a date, and
    // `on 4/22` is a numeric date.
    // `on the 19th, officials said`: an ordinal may end at a comma.
    let ends = next.is_none_or(|q| {
        q.kind == PieceKind::Punct && !(q.glued && matches!(q.text, "/" | "." | "-" | ","))
            || q.text == "." && end == pieces.len() - 1
            || ordinal && q.text == ","
    });
    if !ends {
        return None;
    }
    if p.is("on") && !ordinal && pieces[k].kind != PieceKind::Number {
        return None;
    }
    let date = match ctx.lean {
        DateLean::Past => (0..=12)
            .filter_map(|m| ymd_month_offset(r, -m, d))
            .find(|x| *x <= r),
        // Rule `day by tense`: `the talks resume on the 19th` is the next
        // 19th, `he won on the 19th` the last one.
        DateLean::Nearest if forward_at(pieces, i) => (0..=12)
            .filter_map(|m| ymd_month_offset(r, m, d))
            .find(|x| *x >= r),
        DateLean::Nearest => (0..=12)
            .filter_map(|m| ymd_month_offset(r, -m, d))
            .find(|x| *x <= r),
    };
    Some(found(start, end, date, Granularity::Day, DateForm::DayOnly))
}

/// Every date in `pieces`, left to right, none overlapping.
pub(crate) fn scan(pieces: &[Piece], ctx: &Ctx, out: &mut Vec<DateFound>) {
    let mut i = 0;
    // Where the last date ended: a shared month's first day comes after it.
    let mut free = 0;
    while i < pieces.len() {
        match date_at(pieces, i, ctx) {
            Some(f) if f.end > i => {
                if let Some(first) = shared_month_day(pieces, &f, free) {
                    out.push(first);
                }
                i = f.end;
                free = f.end;
                out.push(f);
            }
            _ => i += 1,
        }
    }
}

/// Rule `shared month`: a day in digits joined by `and`, `or` or `&` to a
/// day and month (`between 13 and 15 March`, `on 9 and 10 July`, `the 2 or
/// 3 May 2019`) is a date in the same month and year, not a count. Only
/// after `free` (not inside another date), and not after another number
/// (`4, 9 and 10 July` is left as it is read).
fn shared_month_day(pieces: &[Piece], f: &DateFound, free: usize) -> Option<DateFound> {
    if f.granularity != Granularity::Day || f.form != DateForm::Explicit || f.start < free + 2 {
        return None;
    }
    let first = f.start - 2;
    let joiner = &pieces[f.start - 1];
    let day = &pieces[first];
    let second = &pieces[f.start];
    let digits =
        |p: &Piece| p.kind == PieceKind::Number && p.text.bytes().all(|b| b.is_ascii_digit());
    if !joiner.is_any(&["and", "or", "&"]) || !digits(day) || !digits(second) {
        return None;
    }
    if first > 0 && matches!(pieces[first - 1].kind, PieceKind::Number) {
        return None;
    }
    let d: u32 = day.text.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let date = f.date.and_then(|x| x.with_day(d));
    (f.date.is_none() || date.is_some())
        .then(|| found(first, first + 1, date, Granularity::Day, DateForm::Explicit))
}

/// Every date expression in `text`, resolved against `reference`. The claim
/// extractor reads dates with the same code; this entry point serves the
/// DateExtractor and DateParser peer suites and callers without an article.
pub fn parse_dates(text: &str, reference: NaiveDate, lean: DateLean) -> Vec<DateMatch> {
    let pieces = pieces_of(text);
    let ctx = Ctx {
        reference: Some(reference),
        lean,
        lower_text: !text.chars().any(char::is_uppercase),
    };
    let mut found = Vec::new();
    scan(&pieces, &ctx, &mut found);
    found
        .into_iter()
        .map(|f| DateMatch {
            span: Span::new(pieces[f.start].span.start, pieces[f.end - 1].span.end),
            date: f.date,
            granularity: f.granularity,
            form: f.form,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// Parses `text` at `reference` and compares (surface, date, granularity).
    /// A text and the (surface, date, granularity) of each date in it.
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str, Granularity)]);

    fn check(reference: &str, lean: DateLean, cases: &[Case]) {
        for (text, expected) in cases {
            let got: Vec<(String, String, Granularity)> = parse_dates(text, d(reference), lean)
                .iter()
                .map(|m| {
                    (
                        text[m.span.start..m.span.end].to_string(),
                        m.date.map_or("invalid".into(), |x| x.to_string()),
                        m.granularity,
                    )
                })
                .collect();
            let expected: Vec<(String, String, Granularity)> = expected
                .iter()
                .map(|(a, b, g)| (a.to_string(), b.to_string(), *g))
                .collect();
            assert_eq!(got, expected, "{text:?} at {reference}");
        }
    }

    use Granularity::*;

    #[test]
    fn a_count_changing_is_not_two_years() {
        check(
            "2016-01-12",
            DateLean::Nearest,
            &[
                ("membership rose from 1200 to 1800", &[]),
                ("sales were up from 1500 to 2400", &[]),
                ("the force is shrinking from 1600 to 1400", &[]),
                // Years stay years: a span of our times, a period long ago.
                (
                    "prices rose from 2019 to 2021",
                    &[("2019", "2019-01-01", Year), ("2021", "2021-01-01", Year)],
                ),
                (
                    "the hall was occupied from 1200 to 1800",
                    &[("1200", "1200-01-01", Year), ("1800", "1800-01-01", Year)],
                ),
            ],
        );
    }

    #[test]
    fn decades_are_dates_of_their_own_granularity() {
        check(
            "2016-01-12",
            DateLean::Nearest,
            &[
                (
                    "prices doubled in the 1970s",
                    &[("1970s", "1970-01-01", Decade)],
                ),
                (
                    "a 1950s-style diner opened",
                    &[("1950s", "1950-01-01", Decade)],
                ),
                ("since the 1900s", &[("1900s", "1900-01-01", Decade)]),
                ("back in the 1990's", &[("1990's", "1990-01-01", Decade)]),
                ("hits of the '60s", &[("'60s", "1960-01-01", Decade)]),
                ("films of the ’30s", &[("’30s", "1930-01-01", Decade)]),
                ("a child of the 80s", &[("80s", "1980-01-01", Decade)]),
                ("in the late 70s", &[("70s", "1970-01-01", Decade)]),
                (
                    "hits of the late 80s and early 90s",
                    &[("80s", "1980-01-01", Decade), ("90s", "1990-01-01", Decade)],
                ),
                ("the early 2000s", &[("2000s", "2000-01-01", Decade)]),
                ("the roaring '20s", &[("'20s", "1920-01-01", Decade)]),
                ("growth in the 2010s", &[("2010s", "2010-01-01", Decade)]),
                // An age, years that are not a decade, a plural count.
                ("a man in his 50s", &[]),
                ("women in their 30s", &[]),
                ("old 1965s", &[]),
                ("it cost 20s", &[]),
                ("life expectancy is around the mid-70s", &[]),
                ("players in their 30s, 40s and 50s", &[]),
                (
                    "in the 1950s and 60s",
                    &[
                        ("1950s", "1950-01-01", Decade),
                        ("60s", "1960-01-01", Decade),
                    ],
                ),
                // Orders of magnitude.
                ("readers in the 10s, 100s and 1,000s", &[]),
                ("1000s of fans came", &[]),
            ],
        );
        // Two digits take the latest century in which the decade has begun.
        check(
            "2025-06-01",
            DateLean::Nearest,
            &[("since the '20s", &[("'20s", "2020-01-01", Decade)])],
        );
    }

    #[test]
    fn explicit_dates_in_both_orders() {
        check(
            "2016-01-12",
            DateLean::Nearest,
            &[
                (
                    "on 12 January 2016",
                    &[("12 January 2016", "2016-01-12", Day)],
                ),
                (
                    "on January 12, 2016",
                    &[("January 12, 2016", "2016-01-12", Day)],
                ),
                (
                    "talks on 8 January failed",
                    &[("8 January", "2016-01-08", Day)],
                ),
                (
                    "a strike on 10 February",
                    &[("10 February", "2016-02-10", Day)],
                ),
                (
                    "broke down on Friday 8 January",
                    &[("Friday 8 January", "2016-01-08", Day)],
                ),
                ("2016-01-12", &[("2016-01-12", "2016-01-12", Day)]),
                ("12 Jan", &[("12 Jan", "2016-01-12", Day)]),
            ],
        );
    }

    #[test]
    fn years_lean_to_the_nearest_date() {
        check(
            "2024-08-15",
            DateLean::Nearest,
            &[
                (
                    "until 17 September to appeal",
                    &[("17 September", "2024-09-17", Day)],
                ),
                (
                    "by Tuesday 17 September",
                    &[("Tuesday 17 September", "2024-09-17", Day)],
                ),
                ("since 28 December", &[("28 December", "2023-12-28", Day)]),
            ],
        );
    }

    #[test]
    fn relative_days_and_weekdays() {
        check(
            "2024-03-05",
            DateLean::Nearest,
            &[
                ("closed on Monday after", &[("Monday", "2024-03-04", Day)]),
                ("said yesterday", &[("yesterday", "2024-03-04", Day)]),
                ("last night", &[("last night", "2024-03-04", Day)]),
                ("published today", &[("today", "2024-03-05", Day)]),
                (
                    "a full schedule from Monday",
                    &[("Monday", "2024-03-11", Day)],
                ),
                (
                    "the bridge will reopen on Friday",
                    &[("Friday", "2024-03-08", Day)],
                ),
                // (A past verb right after the day beats a future clause
                // elsewhere in the sentence.)
                (
                    "Ms Reid, who will chair the board, on Sunday vowed to act",
                    &[("Sunday", "2024-03-03", Day)],
                ),
                ("three days ago", &[("three days ago", "2024-03-02", Day)]),
            ],
        );
        // Published on a Thursday: `on Thursday` is the same day.
        check(
            "2024-08-15",
            DateLean::Nearest,
            &[("published on Thursday", &[("Thursday", "2024-08-15", Day)])],
        );
    }

    /// Rule `day by tense`: a day of the month alone is the last one in
    /// a past clause and the next one in a future or scheduled clause.
    #[test]
    fn day_of_month_alone_by_tense() {
        check(
            "2024-06-12",
            DateLean::Nearest,
            &[
                ("He won on the 19th.", &[("the 19th", "2024-05-19", Day)]),
                (
                    "The talks resume on the 19th, officials said.",
                    &[("the 19th", "2024-06-19", Day)],
                ),
                (
                    "The strike will end on the 3rd.",
                    &[("the 3rd", "2024-07-03", Day)],
                ),
                ("It closed on the 3rd.", &[("the 3rd", "2024-06-03", Day)]),
                ("the 27th floor", &[]),
            ],
        );
    }

    #[test]
    fn periods_have_coarser_granularity() {
        check(
            "2024-10-01",
            DateLean::Nearest,
            &[
                ("published last week", &[("last week", "2024-09-23", Week)]),
                (
                    "since November 2022",
                    &[("November 2022", "2022-11-01", Month)],
                ),
                ("in March 2017", &[("March 2017", "2017-03-01", Month)]),
                ("since January", &[("January", "2024-01-01", Month)]),
                ("in 2019, about", &[("2019", "2019-01-01", Year)]),
                ("The 1967 crossing", &[("1967", "1967-01-01", Year)]),
                ("2000 people came", &[]),
                // Rule `year before a singular noun`.
                ("the classic 1982 film", &[("1982", "1982-01-01", Year)]),
                (
                    "up on the same 2004 period",
                    &[("2004", "2004-01-01", Year)],
                ),
                ("rising to 1800 staff", &[]),
                ("some 2000 head of cattle", &[]),
                ("his Euro 2004 coverage", &[]),
                (
                    "It hopes 2005 sales will rise",
                    &[("2005", "2005-01-01", Year)],
                ),
                (
                    "Results from 2021 census data",
                    &[("2021", "2021-01-01", Year)],
                ),
                ("1999 tickets were sold", &[]),
            ],
        );
    }

    #[test]
    fn not_dates() {
        check(
            "2025-04-15",
            DateLean::Nearest,
            &[
                ("walk-in Wednesdays", &[]),
                ("Theresa May said", &[]),
                ("you may go", &[]),
                ("the Sunday Times", &[]),
                ("10-12 weeks", &[]),
            ],
        );
    }

    #[test]
    fn suite_forms_in_the_past() {
        check(
            "2016-11-07",
            DateLean::Past,
            &[
                ("I'll go back Oct. 2", &[("Oct. 2", "2016-10-02", Day)]),
                ("I'll go back on Friday", &[("Friday", "2016-11-04", Day)]),
                (
                    "I'll go back next Sunday",
                    &[("next Sunday", "2016-11-20", Day)],
                ),
                (
                    "I'll go back the day before yesterday",
                    &[("the day before yesterday", "2016-11-05", Day)],
                ),
                (
                    "I went back for the 27th",
                    &[("the 27th", "2016-10-27", Day)],
                ),
                ("I'll go back 21/04/16", &[("21/04/16", "2016-04-21", Day)]),
                ("Feb 30", &[("Feb 30", "invalid", Day)]),
            ],
        );
    }

    /// The reference of the rule tables below: Tuesday 12 January 2016.
    const TUESDAY: &str = "2016-01-12";

    /// Rule `relative day`.
    #[test]
    fn relative_day_rule() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[
                ("we met today", &[("today", "2016-01-12", Day)]),
                ("she arrives tomorrow", &[("tomorrow", "2016-01-13", Day)]),
                ("it rained yesterday", &[("yesterday", "2016-01-11", Day)]),
                ("the fire last night", &[("last night", "2016-01-11", Day)]),
                (
                    "the day before yesterday",
                    &[("the day before yesterday", "2016-01-10", Day)],
                ),
                (
                    "the day after tomorrow",
                    &[("the day after tomorrow", "2016-01-14", Day)],
                ),
                ("the day before the vote", &[]),
            ],
        );
    }

    /// Rule `anchored day`.
    #[test]
    fn anchored_day_rule() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[
                (
                    "they left the following day",
                    &[("the following day", "2016-01-13", Day)],
                ),
                ("on the last day of term", &[]),
            ],
        );
    }

    /// Rule `weekday of a direction`.
    #[test]
    fn weekday_of_direction_rule() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[
                ("due this Friday", &[("this Friday", "2016-01-15", Day)]),
                ("from next Sunday", &[("next Sunday", "2016-01-24", Day)]),
                (
                    "it closed last Thursday",
                    &[("last Thursday", "2016-01-07", Day)],
                ),
                ("since past monday", &[("past monday", "2016-01-11", Day)]),
            ],
        );
    }

    /// Rule `period of a direction`.
    #[test]
    fn period_of_direction_rule() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[
                (
                    "prices fell last week",
                    &[("last week", "2016-01-04", Week)],
                ),
                (
                    "sales rose this month",
                    &[("this month", "2016-01-01", Month)],
                ),
                (
                    "the vote is next year",
                    &[("next year", "2017-01-01", Year)],
                ),
                (
                    "it peaked last month",
                    &[("last month", "2015-12-01", Month)],
                ),
                (
                    "we meet next week on Friday",
                    &[("next week on Friday", "2016-01-22", Day)],
                ),
                ("over the past year", &[]),
                ("the show Next Year was cancelled", &[]),
            ],
        );
    }

    /// Rule `on weekday of week`.
    #[test]
    fn on_weekday_of_week_rule() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[(
                "they meet on Sunday of next week",
                &[("on Sunday of next week", "2016-01-24", Day)],
            )],
        );
    }

    /// Rules `weekday` and `day and month`.
    #[test]
    fn weekday_and_explicit_day_rules() {
        check(
            TUESDAY,
            DateLean::Nearest,
            &[
                (
                    "the strike ended on Friday",
                    &[("Friday", "2016-01-08", Day)],
                ),
                ("prices fell in the Black Friday sales", &[]),
                (
                    "born on 17 September 2015",
                    &[("17 September 2015", "2015-09-17", Day)],
                ),
                (
                    "signed on January 8, 2015",
                    &[("January 8, 2015", "2015-01-08", Day)],
                ),
                ("filed on 14/03/2015", &[("14/03/2015", "2015-03-14", Day)]),
            ],
        );
    }
}
