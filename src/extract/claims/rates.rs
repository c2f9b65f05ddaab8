//! Rates: an amount of money or a measure given per unit of something
//! (`$3.50 a gallon`, `£10.42 an hour`, `$1.23 per share`, `1.5 million
//! barrels per day`, `10 l/km`, `£500 per square foot`).
//!
//! The rate is one unit, the amount's unit over the denominator's singular
//! (`USD/gallon`, `GBP/hour`, `barrels/day`, `litres/km`, `GBP/sq foot`),
//! so that a price per gallon never compares with a total, and lengths per
//! hour or second are the speeds `units` already names (`100km/h` is
//! `km/h`).

use super::lex::{Piece, PieceKind};
use super::units::{self, Dimension};

/// Things a price or a measure is given per, as the denominator's name.
const PER_NOUNS: &[(&str, &str)] = &[
    ("share", "share"),
    ("head", "person"),
    ("person", "person"),
    ("capita", "person"),
    ("adult", "adult"),
    ("child", "child"),
    ("household", "household"),
    ("home", "home"),
    ("passenger", "passenger"),
    ("pupil", "pupil"),
    ("student", "student"),
    ("patient", "patient"),
    ("employee", "employee"),
    ("worker", "worker"),
    ("vehicle", "vehicle"),
    ("ticket", "ticket"),
    ("night", "night"),
    ("annum", "year"),
    ("unit", "unit"),
    ("dose", "dose"),
    ("visit", "visit"),
    ("trip", "trip"),
    ("meal", "meal"),
];

/// Singular units of time a rate is given per, and the abbreviations that
/// only follow a slash (`$15/hr`, `4e14 s-1` is not one).
const PER_TIMES: &[(&str, &str, bool)] = &[
    ("year", "year", false),
    ("month", "month", false),
    ("week", "week", false),
    ("day", "day", false),
    ("hour", "hour", false),
    ("minute", "minute", false),
    ("second", "second", false),
    ("decade", "decade", false),
    ("fortnight", "fortnight", false),
    ("yr", "year", true),
    ("h", "hour", true),
    ("hr", "hour", true),
    ("min", "minute", true),
    ("s", "second", true),
    ("sec", "second", true),
    ("d", "day", true),
];

/// Words after `a year`, `a day` that make it a time, not a rate: `£5m a
/// year ago`, `$2bn a day earlier` (and `on`, see [`time_on`]).
const NOT_RATE_AFTER: &[&str] = &[
    "ago", "earlier", "later", "before", "after", "early", "late", "since", "old",
];

/// `a year on` is a time when nothing or `from` follows (`a year on, the
/// town…`, `a year on from the floods`); `a day on the bridge` is a rate.
fn time_on(pieces: &[Piece], k: usize) -> bool {
    pieces.get(k).is_some_and(|p| p.is("on"))
        && pieces
            .get(k + 1)
            .is_none_or(|q| q.kind == PieceKind::Punct || q.is("from"))
}

/// The singular name of a normalised unit, for a denominator: `gallons` →
/// `gallon`, `sq feet` → `sq foot`; symbols (`kg`, `km`, `kWh`) stay.
fn singular(unit: &str) -> String {
    if let Some(head) = unit.strip_suffix("feet") {
        return format!("{head}foot");
    }
    if let Some(head) = unit.strip_suffix("inches") {
        return format!("{head}inch");
    }
    match unit.strip_suffix('s') {
        Some(stem) if unit.len() > 3 && unit.chars().all(|c| c.is_lowercase() || c == ' ') => {
            stem.to_string()
        }
        _ => unit.to_string(),
    }
}

/// A unit of measure that can stand under a rate: not a speed, a data rate,
/// a fuel economy or a temperature, which are rates or scales already.
fn measure_denominator(unit: &str) -> Option<String> {
    let (dim, ..) = units::conversion(unit)?;
    let rate = matches!(
        dim,
        Dimension::Speed | Dimension::DataRate | Dimension::FuelEconomy | Dimension::Temperature
    );
    (!rate).then(|| singular(unit))
}

/// The denominator the piece at `k` names, and the piece after it: a thing
/// (`share`), a unit of time (`hour`; `hr` only after a slash), a unit of
/// measure in the singular (`gallon`, `kg`) or in two words (`square
/// foot`).
fn denominator(pieces: &[Piece], k: usize, slash: bool) -> Option<(String, usize)> {
    let q = pieces.get(k)?;
    let w = q.lower.as_ref();
    if let Some((_, name)) = PER_NOUNS.iter().find(|(n, _)| *n == w) {
        return Some(((*name).to_string(), k + 1));
    }
    if let Some((_, name, _)) = PER_TIMES.iter().find(|(t, _, s)| *t == w && (slash || !s)) {
        return Some(((*name).to_string(), k + 1));
    }
    if let Some((u, end)) = units::compound_unit(pieces, k) {
        return Some((measure_denominator(u)?, end));
    }
    // A plural is no denominator (`$5 a kilos`); one letter only after a
    // slash (`10 l/km`, but not `$5 a g`).
    let singular_word = !w.ends_with('s') || w.len() <= 3;
    if !singular_word || w.chars().count() == 1 && !slash {
        return None;
    }
    let u = units::unit_of(q)?;
    Some((measure_denominator(u)?, k + 1))
}

/// Rule `per unit`: `per`, `a`, `an` or a glued slash at `k` and a
/// denominator after it; the denominator's name and the piece after it.
/// Not `per cent`, nor a time that dates something (`a year ago`).
pub(crate) fn per_unit(pieces: &[Piece], k: usize) -> Option<(String, usize)> {
    let p = pieces.get(k)?;
    let q = pieces.get(k + 1)?;
    let slash = p.text == "/" && p.glued && q.glued;
    let per = p.is_any(&["per", "a", "an"]);
    // `$20 an hour`, or hyphened into an adjective: `a £2.5bn-a-year deal`.
    let spaced = per && !p.glued && !q.glued;
    let hyphened = per && p.hyphen && q.hyphen;
    if !(slash || spaced || hyphened) || p.is("per") && q.is_any(&["cent", "centum", "mille"]) {
        return None;
    }
    // `a second time` is an ordinal; only `per second` and `/s` are rates.
    if q.is("second") && !p.is("per") {
        return None;
    }
    let (name, end) = denominator(pieces, k + 1, slash)?;
    let time = PER_TIMES.iter().any(|(_, t, _)| *t == name);
    if time && (pieces.get(end).is_some_and(|r| r.is_any(NOT_RATE_AFTER)) || time_on(pieces, end)) {
        return None;
    }
    Some((name, end))
}

/// Is the denominator `name` a unit of time (`day`, `year`)?
pub(crate) fn is_time(name: &str) -> bool {
    PER_TIMES.iter().any(|(_, t, _)| *t == name)
}

/// The unit of `unit` per `denominator`: a length per hour or second is a
/// speed (`km/h`, `mph`, `m/s`), miles per gallon `mpg`; else
/// `unit/denominator`.
pub(crate) fn rate_unit(unit: &str, denominator: &str) -> String {
    let named = match (unit, denominator) {
        ("km", "hour") => "km/h",
        ("miles", "hour") => "mph",
        ("metres", "second") => "m/s",
        ("km", "second") => "km/s",
        ("miles", "gallon") => "mpg",
        _ => return format!("{unit}/{denominator}"),
    };
    named.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    /// Rule `per unit` with its examples: the text after an amount, the
    /// denominator, and how many pieces the rate takes.
    #[test]
    fn per_unit_and_its_examples() {
        for (text, want, len) in [
            ("a gallon last week", Some("gallon"), 2),
            ("an hour under the new wage", Some("hour"), 2),
            ("per share", Some("share"), 2),
            ("per day were produced", Some("day"), 2),
            ("a barrel on Tuesday", Some("barrel"), 2),
            ("a head", Some("person"), 2),
            ("per capita", Some("person"), 2),
            ("per annum", Some("year"), 2),
            ("a month", Some("month"), 2),
            ("per kg", Some("kg"), 2),
            ("a tonne", Some("tonne"), 2),
            ("per square foot", Some("sq foot"), 3),
            ("per litre", Some("litre"), 2),
            ("/hour", Some("hour"), 2),
            ("/hr", Some("hour"), 2),
            ("/km", Some("km"), 2),
            ("-a-year contract", Some("year"), 2),
            // Not rates.
            ("a year ago", None, 0),
            ("a day earlier", None, 0),
            ("a year on", None, 0),
            ("a year on, the town", None, 0),
            ("a year on from the floods", None, 0),
            ("a day on the bridge", Some("day"), 2),
            ("a week on food", Some("week"), 2),
            ("per cent", None, 0),
            ("a second time", None, 0),
            ("per second", Some("second"), 2),
            ("an increase", None, 0),
            ("a kilos", None, 0),
            ("a g", None, 0),
            ("/ hour", None, 0),
            ("hr", None, 0),
            ("a mph", None, 0),
            ("a Celsius", None, 0),
        ] {
            // After an amount `5`, glued to it where the text starts with a
            // slash or a hyphen.
            let glued = text.starts_with(['/', '-']);
            let text = format!("5{}{text}", if glued { "" } else { " " });
            let pieces = pieces_of(&text);
            let got = per_unit(&pieces, 1);
            assert_eq!(got.as_ref().map(|(d, _)| d.as_str()), want, "{text}");
            if let Some((_, end)) = got {
                assert_eq!(end, len + 1, "{text}");
            }
        }
    }

    #[test]
    fn rate_units_name_speeds_and_the_rest_by_their_parts() {
        for (unit, denominator, want) in [
            ("km", "hour", "km/h"),
            ("miles", "hour", "mph"),
            ("metres", "second", "m/s"),
            ("miles", "gallon", "mpg"),
            ("USD", "gallon", "USD/gallon"),
            ("GBP", "hour", "GBP/hour"),
            ("barrels", "day", "barrels/day"),
            ("litres", "km", "litres/km"),
        ] {
            assert_eq!(rate_unit(unit, denominator), want);
        }
        for (unit, want) in [
            ("gallons", "gallon"),
            ("sq feet", "sq foot"),
            ("inches", "inch"),
            ("kg", "kg"),
            ("kWh", "kWh"),
            ("litres", "litre"),
            ("lb", "lb"),
        ] {
            assert_eq!(singular(unit), want);
        }
    }
}
