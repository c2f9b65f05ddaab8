//! Percentages and percentage points: `39%`, `39 per cent`, `39 percent`,
//! `1.3 percentage points`, `1.3 points` where the sentence is about rates,
//! `a two-point lead`, `25 basis points`.

use super::ClaimKind;
use super::lex::{Piece, PieceKind};

/// Words that make a bare `points` mean percentage points.
const RATE_WORDS: &[&str] = &[
    "rate",
    "rates",
    "poll",
    "polls",
    "polling",
    "lead",
    "share",
    "turnout",
    "approval",
    "margin",
    "inflation",
    "unemployment",
    "yield",
    "yields",
    "percentage",
    "swing",
];

/// Nouns after `N-point` that make it a gap in percentage points.
const GAP_NOUNS: &[&str] = &[
    "lead",
    "gap",
    "drop",
    "rise",
    "fall",
    "swing",
    "margin",
    "advantage",
    "deficit",
    "increase",
    "decrease",
    "jump",
    "slide",
    "cut",
    "hike",
    "fall",
    "lift",
    "dip",
    "gain",
    "loss",
];

/// Words of a game: its points are a score, not percentage points.
const SPORT_WORDS: &[&str] = &[
    "game",
    "games",
    "match",
    "matches",
    "scored",
    "scoring",
    "scorer",
    "season",
    "quarter",
    "half",
    "basket",
    "baskets",
    "rebounds",
    "goal",
    "goals",
    "touchdown",
    "touchdowns",
    "playoff",
    "playoffs",
    "league",
    "championship",
    "tournament",
    "innings",
    "victory",
    "defeat",
    "beat",
    "beating",
    "team",
    // rugby and football: `cut the lead to five points with a penalty`
    "penalty",
    "penalties",
    "tries",
    "kicked",
    "whistle",
    "premiership",
    "fixture",
    "fixtures",
    "rugby",
    "football",
];

/// Does the sentence talk in percentages or rates (so `1.3 points` is
/// percentage points, not a score or an index move)? Not when it talks of a
/// game (`a 12-point lead in the fourth quarter`).
pub(crate) fn rate_context(pieces: &[Piece]) -> bool {
    let rate = pieces.iter().enumerate().any(|(k, p)| {
        p.text == "%"
            || p.is_any(&["percent", "percentage"])
            || p.is("per") && pieces.get(k + 1).is_some_and(|n| n.is("cent"))
            || p.is_any(RATE_WORDS)
    });
    rate && !sport_context(pieces)
}

/// Rule `game points`: does the sentence talk of a game?
fn sport_context(pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| p.is_any(SPORT_WORDS))
}

/// The percent sign or words after a number at piece `k`: kind, the factor
/// to percent or points, and the piece after them.
pub(crate) fn after(pieces: &[Piece], k: usize, rate: bool) -> Option<(ClaimKind, f64, usize)> {
    let p = pieces.get(k)?;
    let is = |j: usize, w: &str| pieces.get(j).is_some_and(|p| p.is(w));
    let points_after = |j: usize| {
        if is(j, "points") || is(j, "point") || is(j, "pts") {
            Some(j + 1)
        } else {
            None
        }
    };
    if p.text == "%" || p.text == "％" {
        // `% points`
        if let Some(end) = points_after(k + 1) {
            return Some((ClaimKind::PercentagePoints, 1.0, end));
        }
        return Some((ClaimKind::Percentage, 1.0, k + 1));
    }
    if p.kind != PieceKind::Word {
        return None;
    }
    match p.lower.as_ref() {
        "percent" | "percents" | "pct" | "pc" => Some((ClaimKind::Percentage, 1.0, k + 1)),
        "per" if is(k + 1, "cent") => {
            if let Some(end) = points_after(k + 2) {
                Some((ClaimKind::PercentagePoints, 1.0, end))
            } else {
                Some((ClaimKind::Percentage, 1.0, k + 2))
            }
        }
        "percentage" => match points_after(k + 1) {
            Some(end) => Some((ClaimKind::PercentagePoints, 1.0, end)),
            None => Some((ClaimKind::Percentage, 1.0, k + 1)),
        },
        "pp" | "ppt" | "ppts" => Some((ClaimKind::PercentagePoints, 1.0, k + 1)),
        "basis" if points_after(k + 1).is_some() => {
            Some((ClaimKind::PercentagePoints, 0.01, k + 2))
        }
        "bps" | "bp" => Some((ClaimKind::PercentagePoints, 0.01, k + 1)),
        "points" | "point" | "pts"
            if rate && !index_points(pieces, k) && !at_one_point(pieces, k) =>
        {
            Some((ClaimKind::PercentagePoints, 1.0, k + 1))
        }
        _ => None,
    }
}

/// Rule `at one point`: `at one point` or `at some point` is a moment, not
/// a percentage point.
fn at_one_point(pieces: &[Piece], k: usize) -> bool {
    k >= 2 && pieces[k - 1].is_any(&["one", "some", "any"]) && pieces[k - 2].is("at")
}

/// Stock-index points (`the FTSE 100 fell 40 points to 7,701`): an index
/// named just before, a level in the hundreds or more after `to`, a level
/// itself (rule `index level`) or a move stated with its percent (rule
/// `points or percent`).
fn index_points(pieces: &[Piece], k: usize) -> bool {
    index_level(pieces, k) || points_or_percent(pieces, k) || index_named(pieces, k)
}

/// Rule `index level`: `points` after a figure above 100 (`closed at
/// 11,488.76 points`) are an index's level or move: no share or rate moves
/// by more than 100 percentage points.
fn index_level(pieces: &[Piece], k: usize) -> bool {
    k > 0
        && pieces[k - 1].kind == PieceKind::Number
        && super::numbers::parse_digits(pieces[k - 1].text).is_some_and(|d| d.value > 100.0)
}

/// Rule `points or percent`: a move in points given with its percent
/// (`rose 32.29 points or 0.87%`, `fell 74 points (1.3%)`) is an index
/// move: percentage points are never restated as a percent.
fn points_or_percent(pieces: &[Piece], k: usize) -> bool {
    let mut j = k + 1;
    if pieces.get(j).is_some_and(|p| p.text == ",") {
        j += 1;
    }
    if !pieces.get(j).is_some_and(|p| p.is("or") || p.text == "(") {
        return false;
    }
    j += 1;
    if pieces
        .get(j)
        .is_some_and(|p| p.text == "+" || p.text == "-")
    {
        j += 1;
    }
    pieces.get(j).is_some_and(|p| p.kind == PieceKind::Number)
        && pieces.get(j + 1).is_some_and(|p| {
            p.text == "%"
                || p.is_any(&["percent", "pc"])
                || p.is("per") && pieces.get(j + 2).is_some_and(|q| q.is("cent"))
        })
}

/// An index named just before `points`, or a level in the hundreds or more
/// after `to` or `at`.
fn index_named(pieces: &[Piece], k: usize) -> bool {
    let from = k.saturating_sub(7);
    let index_before = pieces[from..k].iter().any(|p| {
        p.is_any(&[
            "index",
            "indices",
            "ftse",
            "dow",
            "nasdaq",
            "nikkei",
            "dax",
            "cac",
            "hang",
            "s&p",
            "footsie",
            "sensex",
            "nifty",
            "kospi",
            "asx",
            "stoxx",
            "tsx",
            "shares",
            "stocks",
            "benchmark",
            "bse",
            "topix",
            "ibex",
            "composite",
            "bankex",
        ])
    });
    let level_after = pieces.get(k + 1).is_some_and(|p| p.is_any(&["to", "at"]))
        && pieces.get(k + 2).is_some_and(|p| {
            p.kind == PieceKind::Number
                && super::numbers::parse_digits(p.text).is_some_and(|d| d.value >= 100.0)
                && pieces.get(k + 3).is_none_or(|q| q.text != "%")
        });
    index_before || level_after
}

/// `N-point lead`: the hyphenated `point` at `k`, followed by a gap noun.
pub(crate) fn point_gap(pieces: &[Piece], k: usize) -> Option<usize> {
    let p = pieces.get(k)?;
    if !(p.hyphen && p.is_any(&["point", "points"])) || sport_context(pieces) {
        return None;
    }
    pieces
        .get(k + 1)
        .is_some_and(|n| n.is_any(GAP_NOUNS))
        .then_some(k + 2)
}

/// A percent word or sign with no number before it (`a small percent`, `the
/// % of increase`): the end of the mention.
pub(crate) fn mention(pieces: &[Piece], k: usize) -> Option<usize> {
    let p = pieces.get(k)?;
    if p.text == "%" {
        return Some(k + 1);
    }
    match p.lower.as_ref() {
        "percent" | "percents" | "percentage" => Some(k + 1),
        "per" if pieces.get(k + 1).is_some_and(|n| n.is("cent")) => Some(k + 2),
        _ => None,
    }
}

/// `percent of 10`, `per cent of twenty-two`: the percent word first. Returns
/// the piece where the number starts.
pub(crate) fn reversed(pieces: &[Piece], k: usize) -> Option<usize> {
    let end = mention(pieces, k)?;
    if pieces[k].text == "%" {
        return None;
    }
    (pieces.get(end).is_some_and(|p| p.is("of"))).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    #[test]
    fn percent_forms() {
        let check = |text: &str, rate: bool, expected: Option<(ClaimKind, f64, usize)>| {
            let p = pieces_of(text);
            assert_eq!(after(&p, 1, rate), expected, "{text:?}");
        };
        check("39%", false, Some((ClaimKind::Percentage, 1.0, 2)));
        check("39 per cent", false, Some((ClaimKind::Percentage, 1.0, 3)));
        check("39 percent", false, Some((ClaimKind::Percentage, 1.0, 2)));
        check(
            "1.3 percentage points",
            false,
            Some((ClaimKind::PercentagePoints, 1.0, 3)),
        );
        check(
            "1.3 points",
            true,
            Some((ClaimKind::PercentagePoints, 1.0, 2)),
        );
        check("50 points", false, None);
        // After the first number of a sentence.
        let check = |text: &str, rate: bool, expected: Option<(ClaimKind, f64, usize)>| {
            let p = pieces_of(text);
            let k = p.iter().position(|q| q.kind == PieceKind::Number).unwrap() + 1;
            let expected = expected.map(|(kind, f, end)| (kind, f, end + k - 1));
            assert_eq!(after(&p, k, rate), expected, "{text:?}");
        };
        // rule `index level`
        check("the index closed at 11,488.76 points", true, None);
        check("the rate rose 120 points", true, None);
        // rule `points or percent`
        check("the index rose 32.29 points or 0.87%", true, None);
        check("shares fell 74 points (1.3 per cent)", true, None);
        check("the Bankex rose 3 points", true, None);
        // neither: a rate's move in points stays percentage points
        check(
            "the rate rose 2 points or so",
            true,
            Some((ClaimKind::PercentagePoints, 1.0, 2)),
        );
        assert!(!rate_context(&pieces_of(
            "A penalty cut Ireland's lead to five points."
        )));
        assert!(!rate_context(&pieces_of(
            "Chelsea kept a five-point Premiership lead."
        )));
        check(
            "25 basis points",
            false,
            Some((ClaimKind::PercentagePoints, 0.01, 3)),
        );
        let p = pieces_of("a two-point lead");
        assert_eq!(point_gap(&p, 2), Some(4));
        let p = pieces_of("a 10-point plan");
        assert_eq!(point_gap(&p, 2), None);
        assert!(rate_context(&pieces_of("the pass rate rose")));
        assert!(!rate_context(&pieces_of("the Dow fell 300 points")));
    }
}
