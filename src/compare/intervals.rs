//! What a stated number allows: the interval of values a careful reader
//! would accept, given how it was rounded and hedged.
//!
//! `39%` is [38.5, 39.5]; `38,000` is rounded to the thousand, [37,500,
//! 38,500]; `£14.5m` is [£14.45m, £14.55m]; `about 3 million` is roughly
//! ±10%; `nearly 40%` is just under 40; `more than 10,000` is above 10,000
//! but not far above; `two-thirds` is 64.7–68.7% (a fraction in words is a
//! rough share). Percentages and fractions share one scale (percent);
//! percentage points never compare with percent; money compares only in one
//! currency; counts only when they count the same thing.

use crate::extract::claims::{Dimension, conversion};

/// Which values can be compared with which.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scale {
    /// Percent, including shares said as fractions (`one in five` = 20).
    Percent,
    /// A percentage per unit of time (`3% a year` is `percent/year`): a
    /// yearly rate never compares with a total change.
    PercentPer(String),
    /// Changes in percentage points.
    Points,
    /// Money, in whole units of one ISO currency.
    Money(String),
    /// Counts of one kind of thing (`doctor`, `vehicle`, `week`); `None`
    /// when the counted noun is not known.
    Count(Option<String>),
    /// Multipliers (`doubled`, `three times`).
    Times,
    /// Physical measures of one dimension (`miles` and `km`, `°F` and
    /// `°C`), compared in the dimension's base unit.
    Measure(Dimension),
}

impl Scale {
    /// Can two values on these scales be compared?
    pub fn compatible(&self, other: &Scale) -> bool {
        match (self, other) {
            (Scale::Count(a), Scale::Count(b)) => match (a, b) {
                (Some(x), Some(y)) => x == y,
                // An unknown counted noun compares with anything counted,
                // except durations and distances, which always say their
                // unit, and rates (`vehicles/day`), which say what per.
                (Some(x), None) | (None, Some(x)) => !is_measure(x) && !x.contains('/'),
                (None, None) => true,
            },
            _ => self == other,
        }
    }
}

/// Two counts, one of people in general (`people`, `others`) and one of
/// people of a kind (`visitors`): one count only for the same deed, which
/// the comparison asks (`measured::people_in_other_words`); by their
/// scales alone they are not comparable.
pub(super) fn people_and_kind(x: &Scale, y: &Scale) -> bool {
    let general = |u: &str| matches!(u, "people" | "person" | "other" | "individual");
    let kind = crate::extract::lexicon::is_people_noun;
    match (x, y) {
        (Scale::Count(Some(a)), Scale::Count(Some(b))) => {
            (general(a) && kind(b)) || (general(b) && kind(a))
        }
        _ => false,
    }
}

/// Units that are measures (time, distance, weight, volume, power …)
/// rather than counts of things.
fn is_measure(unit: &str) -> bool {
    use crate::extract::claims::{measure_unit, time_unit};
    let plural = format!("{unit}s");
    [unit, plural.as_str()]
        .iter()
        .any(|u| measure_unit(u).is_some() || time_unit(u).is_some())
}

/// The head noun of a counted unit, singular: `junior doctors` → `doctor`,
/// `vehicles_per_day` → `vehicle`.
fn unit_key(unit: &str) -> String {
    let before_per = unit.split("_per_").next().unwrap_or(unit);
    let head = before_per
        .split([' ', '_'])
        .rfind(|w| !w.is_empty())
        .unwrap_or(before_per)
        .to_lowercase();
    let singular = if let Some(stem) = head.strip_suffix("ies") {
        format!("{stem}y")
    } else if head.len() > 3 && head.ends_with('s') && !head.ends_with("ss") {
        head[..head.len() - 1].to_string()
    } else {
        head
    };
    same_things(&singular).unwrap_or(&singular).to_string()
}

/// Nouns that outlets write for one another when they count one thing:
/// each group's first word stands for the group (`86,000 customers` /
/// `68,000 homes` without power are one count). Only nouns counted the
/// same way belong here.
pub(super) const SAME_THINGS: &[&[&str]] = &[
    &[
        "home",
        "household",
        "customer",
        "property",
        "premise",
        "house",
    ],
    &["job", "post", "role", "position"],
    &["passenger", "traveller", "traveler"],
];

/// Whether two counted nouns (singular) are one thing in other words.
pub(super) fn count_the_same(a: &str, b: &str) -> bool {
    same_things(a).is_some_and(|g| same_things(b) == Some(g))
}

/// The group head of a counted noun (singular), if it has one.
fn same_things(noun: &str) -> Option<&'static str> {
    SAME_THINGS
        .iter()
        .find(|group| group.contains(&noun))
        .map(|group| group[0])
}

/// The scale of a claim (kind and unit as stored); `None` for dates and
/// claims that cannot be compared.
pub fn scale(kind: &str, unit: Option<&str>) -> Option<Scale> {
    let unit = unit.map(str::trim).filter(|u| !u.is_empty());
    Some(match kind {
        "percentage" => match unit.and_then(|u| u.strip_prefix("percent/")) {
            Some(time) => Scale::PercentPer(time.to_string()),
            None => Scale::Percent,
        },
        "percentage_points" => Scale::Points,
        "money" => Scale::Money(unit?.to_string()),
        "ratio" => match unit? {
            "fraction" => Scale::Percent,
            "times" => Scale::Times,
            _ => return None,
        },
        "measure" => Scale::Measure(conversion(unit?)?.0),
        // Durations compare across their units (`two weeks`, `14 days`).
        "count" => match unit.and_then(conversion) {
            Some((Dimension::Duration, ..)) => Scale::Measure(Dimension::Duration),
            _ => Scale::Count(unit.map(unit_key)),
        },
        "range" => match unit {
            Some(u) if measure_of(u).is_some() => Scale::Measure(measure_of(u)?),
            Some("percent") => Scale::Percent,
            Some("percentage_points") => Scale::Points,
            Some(u) if is_money_unit(u) => Scale::Money(u.to_string()),
            u => Scale::Count(u.map(unit_key)),
        },
        _ => return None,
    })
}

/// An ISO currency code, or a rate in one (`USD/gallon`, `GBP/hour`).
fn is_money_unit(unit: &str) -> bool {
    let code = unit.split('/').next().unwrap_or(unit);
    code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())
}

/// The dimension of a unit of measure or time.
fn measure_of(unit: &str) -> Option<Dimension> {
    conversion(unit).map(|(d, ..)| d)
}

/// An interval in `unit` converted to its dimension's base unit, so that
/// `5 inches` and `127 mm` share one scale. Other units are left as they are.
pub fn in_base_unit(unit: Option<&str>, range: (f64, f64)) -> (f64, f64) {
    match unit.and_then(conversion) {
        Some((_, f, o)) => (range.0 * f + o, range.1 * f + o),
        _ => range,
    }
}

/// Half the last unit written in `surface`: `39%` → 0.5, `3.2 million` →
/// 0.05 (of a million), `38,000` → 500. `None` when the number is in words.
fn rounding(surface: &str, value: f64, percent: bool) -> Option<f64> {
    // The first number written in digits, with its separators.
    let start = surface.find(|c: char| c.is_ascii_digit())?;
    let digits: String = surface[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let digits = digits.trim_end_matches(['.', ',']);
    let plain: String = digits.chars().filter(|c| *c != ',').collect();
    let written: f64 = plain.parse().ok()?;
    if written == 0.0 {
        return Some(0.5);
    }
    // `1.2bn` written as 1.2 but worth 1.2e9: the scale word multiplies the unit.
    let scale = (value / written).abs().max(1e-12);
    let last_unit = match plain.split_once('.') {
        Some((_, decimals)) => 10f64.powi(-(decimals.len() as i32)),
        // Whole percentages are stated to the point: `40%` is not 35–45%.
        None if percent => 1.0,
        None => {
            let zeros = plain.chars().rev().take_while(|c| *c == '0').count();
            // A round number is rounded to its last non-zero digit, but a
            // single significant digit (`20,000`, `300`) is read to a tenth
            // of itself: nobody writes 20,000 for 24,000.
            let unit = 10f64.powi(zeros.min(plain.len().saturating_sub(1)) as i32);
            unit.min(written / 10.0).max(1.0)
        }
    };
    Some(last_unit * scale / 2.0)
}

/// The values a claim allows, on its scale (fractions as percent).
pub fn interval(
    kind: &str,
    unit: Option<&str>,
    value: f64,
    value_high: Option<f64>,
    qualifier: Option<&str>,
    surface: &str,
) -> (f64, f64) {
    let fraction = kind == "ratio" && unit == Some("fraction");
    let (v, hi) = if fraction {
        (value * 100.0, value_high.map(|h| h * 100.0))
    } else {
        (value, value_high)
    };
    // Rounding of the written figure; a share or multiplier in words is rough.
    let percent = matches!(kind, "percentage" | "percentage_points")
        || (kind == "range" && matches!(unit, Some("percent" | "percentage_points")));
    let half = match rounding(surface, value, percent) {
        Some(h) if fraction => h * 100.0,
        Some(h) => h,
        None if fraction => 2.0,
        None if kind == "ratio" => 0.15,
        None => (v.abs() * 0.02).max(0.5),
    };
    // A range's high end; a bound's (`up to 700`) is its value, read below.
    if let Some(hi) = hi.filter(|_| kind == "range" || qualifier.is_none()) {
        return (v - half, hi + half);
    }
    let lower = surface.to_lowercase();
    // `nearly`, `almost`, `just under`, `close to` are just under; `under`,
    // `fewer than`, `less than` leave more room below.
    let just_under = ["nearly", "almost", "just under", "close to", "approaching"]
        .iter()
        .any(|w| lower.contains(w));
    match qualifier.unwrap_or("exact") {
        "about" => (v * 0.9 - half, v * 1.1 + half),
        // A lower bound reaches below its figure only by rounding, and
        // never far: `more than 1 million` is not 943,000.
        "more_than" => (v - half.min(v.abs() * 0.05), v * 1.25 + half),
        "at_least" => (v - half.min(v.abs() * 0.05), v * 1.3 + half),
        "less_than" if just_under => (v * 0.95 - half, v + half),
        "less_than" => (v * 0.75 - half, v + half),
        "up_to" => (0.0, v + half),
        // `$43 million` for $43,885,310: a figure with a scale word is
        // often cut off rather than rounded, so it reaches the next unit;
        // and as often rounded up loosely (`331.5 million` for
        // 331,449,281), so it reaches the unit below as well.
        // A single significant digit (`$9 billion`) is a rounding, not a
        // cut-off: nobody cuts $9.8 billion to `$9 billion`.
        _ if scale_word(surface, value) && significant_digits(surface) >= 2 => {
            (v - 2.0 * half, v + 2.0 * half)
        }
        _ => (v - half, v + half),
    }
}

/// Whether the figure is written with a scale word (`$43 million`,
/// `1.2bn`): its value is a thousand times or more its digits.
fn scale_word(surface: &str, value: f64) -> bool {
    let Some(start) = surface.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    let plain: String = surface[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    plain
        .trim_end_matches('.')
        .parse::<f64>()
        .is_ok_and(|w| w > 0.0 && (value / w).abs() >= 1000.0)
}

/// How many significant digits the first number written in digits has
/// (`$43 million` → 2, `$9 billion` → 1, `1.25bn` → 3).
fn significant_digits(surface: &str) -> usize {
    let Some(start) = surface.find(|c: char| c.is_ascii_digit()) else {
        return 0;
    };
    let digits: String = surface[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(char::is_ascii_digit)
        .collect();
    let digits = digits.trim_start_matches('0');
    if surface[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .any(|c| c == '.')
    {
        digits.len()
    } else {
        digits.trim_end_matches('0').len()
    }
}

/// Two exact figures with a scale word, written to about the same
/// precision (`2.3 million` / `2.2 million`, `$3.5 billion` / `$3.6
/// billion`), that differ beyond their own rounding. [`interval`] lets such
/// a figure reach a unit either way, for a cut-off or loose rounding of a
/// more precise figure (`$43 million` for $43,885,310); between two figures
/// of one precision neither is the other cut off, so each stands for its
/// own rounding only. `a` and `b` are (surface, value, qualifier).
pub fn apart_at_one_precision(a: (&str, f64, Option<&str>), b: (&str, f64, Option<&str>)) -> bool {
    let exact = |q: Option<&str>| q.is_none_or(|q| q == "exact");
    let wide =
        |surface: &str, value: f64| scale_word(surface, value) && significant_digits(surface) >= 2;
    if !exact(a.2) || !exact(b.2) || !(wide(a.0, a.1) || wide(b.0, b.1)) {
        return false;
    }
    // (Past two digits a unit of the last is a rounding nobody checks:
    // `331 million` / `331.5 million` people, `9.19` / `9.21 million` jobs.)
    let (da, db) = (significant_digits(a.0), significant_digits(b.0));
    if da.abs_diff(db) >= 2 || da.min(db) > 2 {
        return false;
    }
    let rounded = |(surface, value, _): (&str, f64, Option<&str>)| {
        rounding(surface, value, false).map(|half| (value - half, value + half))
    };
    let (Some(x), Some(y)) = (rounded(a), rounded(b)) else {
        return false;
    };
    if da == db {
        return !overlap(x, y);
    }
    // One digit more on one side: the shorter figure must be that one
    // rounded (half up), so `$11.5 billion` is `$12 billion`, never `$11
    // billion`.
    let ((lo, hi), v) = if da < db { (x, b.1) } else { (y, a.1) };
    let tiny = hi.abs() * 1e-9;
    v < lo - tiny || v >= hi - tiny
}

/// Do two intervals share more than an end? Two roundings that only touch
/// (`12%` is 11.5–12.5, `13%` 12.5–13.5; `47` and `48 pages`) disagree:
/// each outlet wrote the figure to the unit, and the units differ. A
/// single value (an interval of no width) inside the other agrees.
pub fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    let (lo, hi) = (a.0.max(b.0), a.1.min(b.1));
    lo < hi || (lo == hi && (a.0 == a.1 || b.0 == b.1))
}

/// How far apart two intervals are, relative to the larger value (0 when they overlap).
pub fn gap(a: (f64, f64), b: (f64, f64)) -> f64 {
    let d = (b.0 - a.1).max(a.0 - b.1).max(0.0);
    let size = a.1.abs().max(b.1.abs()).max(1e-9);
    d / size
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iv(kind: &str, unit: Option<&str>, value: f64, q: &str, surface: &str) -> (f64, f64) {
        interval(kind, unit, value, None, Some(q), surface)
    }

    /// Whether two stated values agree.
    fn check(a: (f64, f64), b: (f64, f64), agree: bool) {
        assert_eq!(overlap(a, b), agree, "{a:?} vs {b:?}");
    }

    /// Counted nouns compare by what they count: the same thing in other
    /// words, not another thing.
    #[test]
    fn counts_of_one_thing_in_other_words_compare() {
        let count = |unit: &str| scale("count", Some(unit)).unwrap();
        for (a, b, same) in [
            ("customers", "homes", true),
            ("households", "properties", true),
            ("jobs", "roles", true),
            ("junior doctors", "doctors", true),
            ("passengers", "travellers", true),
            ("customers", "jobs", false),
            ("homes", "doctors", false),
            ("passengers", "crew", false),
        ] {
            assert_eq!(count(a).compatible(&count(b)), same, "{a} / {b}");
        }
    }

    #[test]
    fn figures_of_one_precision_stand_for_their_own_rounding() {
        for (a, av, b, bv, apart) in [
            ("2.3 million", 2.3e6, "2.2 million", 2.2e6, true),
            ("$3.5 billion", 3.5e9, "$3.6 billion", 3.6e9, true),
            ("$4.2 billion", 4.2e9, "$4.25 billion", 4.25e9, true),
            ("$4.3 billion", 4.3e9, "$4.25 billion", 4.25e9, false),
            // Past two digits, a unit of the last is a rounding nobody checks.
            ("331 million", 331e6, "331.5 million", 331.5e6, false),
            ("9.19 million", 9.19e6, "9.21 million", 9.21e6, false),
            // One digit more: the shorter must be the longer rounded.
            ("$11 billion", 11e9, "$11.5 billion", 11.5e9, true),
            ("$12 billion", 12e9, "$11.5 billion", 11.5e9, false),
            ("$11 billion", 11e9, "$11.4 billion", 11.4e9, false),
            // A cut-off of a much more precise figure still agrees.
            ("$43 million", 43e6, "$43,885,310", 43_885_310.0, false),
            (
                "331.5 million",
                331.5e6,
                "331,449,281",
                331_449_281.0,
                false,
            ),
            // Within one rounding.
            ("2.3 million", 2.3e6, "2.3 million", 2.3e6, false),
            // No scale word: the intervals are already a rounding each.
            ("47", 47.0, "48", 48.0, false),
        ] {
            assert_eq!(
                apart_at_one_precision((a, av, None), (b, bv, None)),
                apart,
                "{a} / {b}"
            );
        }
        // A hedge widens a figure beyond its rounding.
        assert!(!apart_at_one_precision(
            ("2.3 million", 2.3e6, Some("about")),
            ("2.2 million", 2.2e6, None)
        ));
    }

    #[test]
    fn a_figure_with_a_scale_word_may_be_cut_off() {
        let (lo, hi) = iv("money", Some("USD"), 43_000_000.0, "exact", "$43 million");
        assert!(lo <= 42_600_000.0 && hi >= 43_885_310.0, "{lo}..{hi}");
        assert!(hi < 44_100_000.0);
        let (_, hi) = iv("money", Some("USD"), 43_000_000.0, "exact", "$43,000,000");
        assert!(hi < 43_885_310.0);
    }

    #[test]
    fn rounding_of_the_written_figure() {
        assert_eq!(
            iv("percentage", Some("percent"), 39.0, "exact", "39%"),
            (38.5, 39.5)
        );
        let (lo, hi) = iv("count", None, 38000.0, "exact", "38,000");
        assert_eq!((lo, hi), (37500.0, 38500.0));
        let (lo, hi) = iv("money", Some("GBP"), 14_500_000.0, "exact", "£14.5m");
        // (Up to the next unit: `£14.5m` may be £14.57m cut off, or
        // £14.41m rounded up loosely.)
        assert!((lo - 14_400_000.0).abs() < 1.0 && (hi - 14_600_000.0).abs() < 1.0);
    }

    #[test]
    fn agreements_the_design_brief_lists() {
        let p = |v, q, s| iv("percentage", Some("percent"), v, q, s);
        check(
            p(39.0, "exact", "39%"),
            p(39.0, "exact", "39 per cent"),
            true,
        );
        check(
            iv("count", None, 10000.0, "more_than", "more than 10,000"),
            iv("count", None, 10140.0, "exact", "10,140"),
            true,
        );
        check(
            iv("money", Some("GBP"), 1.2e9, "exact", "£1.2bn"),
            iv("money", Some("GBP"), 1.2e9, "exact", "£1.2 billion"),
            true,
        );
        check(p(39.0, "exact", "39%"), p(43.0, "exact", "43%"), false);
        let f = |v, q, s| iv("ratio", Some("fraction"), v, q, s);
        check(
            f(0.2, "exact", "one in five"),
            p(20.0, "exact", "20%"),
            true,
        );
        check(
            f(2.0 / 3.0, "exact", "two-thirds"),
            p(66.0, "exact", "66%"),
            true,
        );
        check(
            f(1.0 / 6.0, "about", "about one in six"),
            p(17.0, "exact", "17%"),
            true,
        );
        check(
            f(0.75, "less_than", "nearly three quarters"),
            p(71.0, "exact", "71%"),
            true,
        );
        check(
            p(30.0, "less_than", "nearly 30%"),
            p(28.0, "exact", "28%"),
            true,
        );
    }

    #[test]
    fn neighbouring_units_disagree() {
        let p = |v, s| iv("percentage", Some("percent"), v, "exact", s);
        check(p(12.0, "12%"), p(13.0, "13%"), false);
        check(p(12.5, "12.5%"), p(13.0, "13%"), true);
        let pages = |v, s| iv("count", Some("pages"), v, "exact", s);
        check(pages(47.0, "47"), pages(48.0, "48"), false);
        check(pages(47.0, "47"), pages(47.0, "47"), true);
        let usd = |v, s| iv("money", Some("USD"), v, "exact", s);
        // One significant digit: a rounding, to the unit.
        check(usd(9e9, "$9 billion"), usd(8e9, "$8 billion"), false);
        check(usd(9e9, "$9 billion"), usd(9.3e9, "$9.3 billion"), true);
        // Two or more: perhaps cut off, so it reaches the next unit.
        check(
            usd(43e6, "$43 million"),
            usd(43_885_310.0, "$43,885,310"),
            true,
        );
        check(usd(43e6, "$43 million"), usd(45e6, "$45 million"), false);
    }

    #[test]
    fn significant_digits_of_the_written_figure() {
        for (surface, n) in [
            ("$9 billion", 1),
            ("$43 million", 2),
            ("1.25bn", 3),
            ("£1.0bn", 2),
            ("300", 1),
            ("30,500", 3),
            ("0.05", 1),
            ("about", 0),
        ] {
            assert_eq!(significant_digits(surface), n, "{surface}");
        }
    }

    #[test]
    fn hedges_do_not_stretch_too_far() {
        let c = |v, q, s| iv("count", Some("people"), v, q, s);
        check(
            c(1e6, "more_than", "more than 1 million"),
            c(943_000.0, "exact", "943,000"),
            false,
        );
        check(
            c(200.0, "at_least", "at least 200"),
            c(196.0, "exact", "196"),
            true,
        );
        let c = |v, q, s| iv("count", Some("vehicles"), v, q, s);
        check(
            c(38000.0, "about", "about 38,000"),
            c(38400.0, "exact", "38,400"),
            true,
        );
        check(
            c(38000.0, "about", "about 38,000"),
            c(48000.0, "less_than", "almost 48,000"),
            false,
        );
        check(
            c(68000.0, "about", "about 68,000"),
            c(58000.0, "less_than", "nearly 58,000"),
            false,
        );
        check(
            c(210000.0, "more_than", "More than 210,000"),
            c(212400.0, "exact", "212,400"),
            true,
        );
        check(
            c(10000.0, "more_than", "more than 10,000"),
            c(20000.0, "exact", "20,000"),
            false,
        );
    }

    #[test]
    fn scales() {
        assert!(
            scale("percentage", Some("percent"))
                .unwrap()
                .compatible(&scale("ratio", Some("fraction")).unwrap())
        );
        assert!(
            !scale("percentage", Some("percent"))
                .unwrap()
                .compatible(&scale("percentage_points", Some("percentage_points")).unwrap())
        );
        assert!(
            !scale("money", Some("GBP"))
                .unwrap()
                .compatible(&scale("money", Some("USD")).unwrap())
        );
        // A price per gallon is no total, and a range of hourly rates is
        // money per hour.
        assert!(
            !scale("money", Some("USD/gallon"))
                .unwrap()
                .compatible(&scale("money", Some("USD")).unwrap())
        );
        assert!(
            scale("range", Some("GBP/hour"))
                .unwrap()
                .compatible(&scale("money", Some("GBP/hour")).unwrap())
        );
        assert!(
            scale("count", Some("junior doctors"))
                .unwrap()
                .compatible(&scale("count", Some("doctors")).unwrap())
        );
        assert!(
            !scale("count", Some("weeks"))
                .unwrap()
                .compatible(&scale("count", None).unwrap())
        );
        assert_eq!(scale("date", None), None);
        assert!(
            scale("measure", Some("miles"))
                .unwrap()
                .compatible(&scale("measure", Some("km")).unwrap())
        );
        assert!(
            scale("range", Some("mm"))
                .unwrap()
                .compatible(&scale("measure", Some("inches")).unwrap())
        );
        assert!(
            !scale("measure", Some("kg"))
                .unwrap()
                .compatible(&scale("measure", Some("km")).unwrap())
        );
        // Units of other dimensions never pair: a data size and a data
        // rate, sieverts and grays, a fuel economy and a speed, bits and
        // bytes against a count.
        for (a, b) in [
            ("Mbit/s", "MB"),
            ("mSv", "mGy"),
            ("mpg", "mph"),
            ("eV", "GHz"),
            ("sq km", "cubic km"),
        ] {
            assert!(
                !scale("measure", Some(a))
                    .unwrap()
                    .compatible(&scale("measure", Some(b)).unwrap()),
                "{a} {b}"
            );
        }
        assert!(
            !scale("measure", Some("bits"))
                .unwrap()
                .compatible(&scale("count", None).unwrap())
        );
        assert!(
            scale("range", Some("celsius"))
                .unwrap()
                .compatible(&scale("measure", Some("fahrenheit")).unwrap())
        );
    }

    /// Rates per unit of time compare only with rates over the same time:
    /// kind and unit of each side, and whether they compare.
    #[test]
    fn rates_per_time_and_their_examples() {
        for (a, b, same) in [
            (
                ("percentage", "percent/year"),
                ("percentage", "percent/year"),
                true,
            ),
            (
                ("percentage", "percent/year"),
                ("percentage", "percent"),
                false,
            ),
            (
                ("percentage", "percent/year"),
                ("percentage", "percent/month"),
                false,
            ),
            (("count", "vehicles/day"), ("count", "vehicles/day"), true),
            (("count", "vehicles/day"), ("count", "vehicles"), false),
            (("count", "hours/week"), ("count", "hours"), false),
            (("count", "patients/week"), ("count", ""), false),
            (("count", "patients"), ("count", ""), true),
        ] {
            let scale_of = |(kind, unit): (&str, &str)| scale(kind, Some(unit)).unwrap();
            assert_eq!(scale_of(a).compatible(&scale_of(b)), same, "{a:?} {b:?}");
        }
    }

    /// Measures in other units compare in the base unit, within the
    /// rounding of each written figure.
    #[test]
    fn measures_compare_across_units() {
        let m = |unit: &str, v: f64, s: &str| {
            in_base_unit(
                Some(unit),
                interval("measure", Some(unit), v, None, None, s),
            )
        };
        check(m("inches", 5.0, "5 inches"), m("mm", 127.0, "127 mm"), true);
        check(m("mm", 120.0, "120 mm"), m("mm", 100.0, "100 mm"), false);
        check(m("miles", 10.0, "10 miles"), m("km", 16.0, "16km"), true);
        check(m("miles", 10.0, "10 miles"), m("km", 20.0, "20km"), false);
        check(
            m("fahrenheit", 86.0, "86F"),
            m("celsius", 30.0, "30C"),
            true,
        );
        check(
            m("fahrenheit", 100.0, "100F"),
            m("celsius", 30.0, "30C"),
            false,
        );
        // Units read since: speeds per second, data rates, areas from
        // powers, doses, kitchen measures.
        check(m("m/s", 60.0, "60 m/s"), m("km/h", 216.0, "216 km/h"), true);
        check(
            m("m/s", 60.0, "60 m/s"),
            m("km/h", 160.0, "160 km/h"),
            false,
        );
        check(
            m("Gbit/s", 1.2, "1.2 Gbps"),
            m("Mbit/s", 1200.0, "1,200 Mbps"),
            true,
        );
        check(m("Mbit/s", 8.0, "8Mbps"), m("Mbit/s", 2.0, "2Mbps"), false);
        check(
            m("sq km", 4.0, "4km^2"),
            m("hectares", 400.0, "400 hectares"),
            true,
        );
        check(
            m("mSv", 20.0, "20 mSv"),
            m("µSv", 20_000.0, "20,000 µSv"),
            true,
        );
        check(m("mSv", 20.0, "20 mSv"), m("mSv", 100.0, "100 mSv"), false);
        check(m("cups", 2.0, "2 cups"), m("tbsp", 32.0, "32 tbsp"), true);
        // Durations are counts of a time unit, compared in seconds.
        let d = |unit: &str, v: f64, s: &str| {
            in_base_unit(Some(unit), interval("count", Some(unit), v, None, None, s))
        };
        check(
            d("weeks", 2.0, "two weeks"),
            d("days", 14.0, "14 days"),
            true,
        );
        check(d("hours", 48.0, "48-hour"), d("days", 2.0, "two-day"), true);
        check(
            d("weeks", 10.0, "10 weeks"),
            d("weeks", 4.0, "4 weeks"),
            false,
        );
        check(
            d("days", 3.0, "3 days"),
            d("hours", 24.0, "24 hours"),
            false,
        );
        assert!(
            scale("count", Some("weeks"))
                .unwrap()
                .compatible(&scale("range", Some("days")).unwrap())
        );
        // A bound's high end is its value, not a range's end.
        let up_to = interval(
            "count",
            None,
            700.0,
            Some(700.0),
            Some("up_to"),
            "up to 700",
        );
        assert_eq!(up_to, (0.0, 735.0));
    }
}
