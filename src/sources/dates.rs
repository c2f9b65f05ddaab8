//! Lenient parsing of publication dates as crawlers and CMSs write them.
//!
//! Accepted: RFC 3339 / ISO 8601 (with or without zone, fractional seconds,
//! `T` or space), RFC 2822 (`Tue, 12 Jan 2016 15:30:00 +0000`), `YYYY-MM-DD`,
//! `YYYY/MM/DD`, and English forms (`12 January 2016`, `January 12, 2016`,
//! `Tuesday, 12th Jan. 2016 15:30 GMT`). A numeric `12/01/2016` is read only
//! when the day is unambiguous (a part above 12). `""`, `None`, `null`,
//! `unknown` mean "no date".

use crate::article::Published;
use crate::extract::lexicon;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Parses a publication date. `Ok(None)` means the input says "unknown".
pub fn parse_published(raw: &str) -> Result<Option<Published>, String> {
    let s = raw.trim();
    let lower = s.to_ascii_lowercase();
    if s.is_empty() || matches!(lower.as_str(), "none" | "null" | "nan" | "unknown" | "n/a") {
        return Ok(None);
    }
    parse_iso(s)
        .or_else(|| parse_rfc2822(s))
        .or_else(|| parse_english(s))
        .or_else(|| parse_slashed(s))
        .map(Some)
        .ok_or_else(|| {
            format!(
                "could not read the date {s:?}; use YYYY-MM-DD, RFC 3339 \
                 (2016-01-12T15:30:00Z) or a form like \"12 January 2016\""
            )
        })
}

fn with_offset(dt: DateTime<FixedOffset>) -> Published {
    Published {
        date: dt.date_naive(),
        time: Some(dt.time().with_nanosecond(0).unwrap_or(dt.time())),
        offset: Some(*dt.offset()),
    }
}

fn naive(dt: NaiveDateTime) -> Published {
    Published {
        date: dt.date(),
        time: Some(dt.time().with_nanosecond(0).unwrap_or(dt.time())),
        offset: None,
    }
}

fn parse_iso(s: &str) -> Option<Published> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(with_offset(dt));
    }
    // A space instead of `T`, a zone without a colon, or no seconds.
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(with_offset(dt));
        }
    }
    let s_no_z = s.strip_suffix('Z').or_else(|| s.strip_suffix(" UTC"));
    if let Some(stripped) = s_no_z {
        // `2016-01-12 15:30:00Z` or `... UTC`
        if let Some(p) = parse_naive_datetime(stripped) {
            return Some(Published {
                offset: FixedOffset::east_opt(0),
                ..p
            });
        }
    }
    if let Some(p) = parse_naive_datetime(s) {
        return Some(p);
    }
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(Published::from_date(d));
        }
    }
    None
}

fn parse_naive_datetime(s: &str) -> Option<Published> {
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(naive(dt));
        }
    }
    None
}

fn parse_rfc2822(s: &str) -> Option<Published> {
    DateTime::parse_from_rfc2822(s).ok().map(with_offset)
}

/// Month number of an English month name or abbreviation (`Sept`, `Jan.`),
/// in any case. The names are `lexicon/months.txt`.
pub fn month_number(word: &str) -> Option<u32> {
    lexicon::month_number(&word.trim_end_matches('.').to_ascii_lowercase())
}

/// A weekday's name or abbreviation (`Tues.,`), in any case. The names are
/// `lexicon/weekdays.txt`.
fn is_weekday(word: &str) -> bool {
    lexicon::weekday(&word.trim_end_matches([',', '.']).to_ascii_lowercase()).is_some()
}

/// `12`, `12th`, `1st,` → 12 / 1
fn day_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(',');
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|suf| w.strip_suffix(suf))
        .unwrap_or(w);
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(word: &str) -> Option<i32> {
    let w = word.trim_end_matches([',', '.']);
    if w.len() != 4 {
        return None;
    }
    w.parse().ok()
}

/// Time of day with an optional zone: `15:30`, `15:30:05`, `3:30pm`, `3.30 p.m.`, then `GMT`, `+0100`.
fn parse_time_and_zone(words: &[&str]) -> (Option<NaiveTime>, Option<FixedOffset>) {
    let joined = words.join(" ").to_ascii_lowercase().replace('.', ":");
    let joined = joined.trim().trim_start_matches("at ").trim();
    let (clock, rest) = match joined.find(|c: char| !(c.is_ascii_digit() || c == ':')) {
        Some(i) => joined.split_at(i),
        None => (joined, ""),
    };
    let mut parts = clock.split(':').map(|p| p.parse::<u32>().ok());
    let (Some(Some(mut h)), Some(Some(m))) = (parts.next(), parts.next()) else {
        return (None, None);
    };
    let sec = parts.next().flatten().unwrap_or(0);
    let rest = rest.trim();
    let rest = if let Some(r) = rest
        .strip_prefix("pm")
        .or_else(|| rest.strip_prefix("p:m:"))
    {
        if h < 12 {
            h += 12;
        }
        r.trim()
    } else if let Some(r) = rest
        .strip_prefix("am")
        .or_else(|| rest.strip_prefix("a:m:"))
    {
        if h == 12 {
            h = 0;
        }
        r.trim()
    } else {
        rest
    };
    let time = NaiveTime::from_hms_opt(h, m, sec);
    let offset = match rest.trim() {
        "gmt" | "utc" | "z" => FixedOffset::east_opt(0),
        "bst" | "cet" => FixedOffset::east_opt(3600),
        "cest" => FixedOffset::east_opt(7200),
        "est" => FixedOffset::west_opt(5 * 3600),
        "edt" => FixedOffset::west_opt(4 * 3600),
        "cst" => FixedOffset::west_opt(6 * 3600),
        "cdt" => FixedOffset::west_opt(5 * 3600),
        "pst" => FixedOffset::west_opt(8 * 3600),
        "pdt" => FixedOffset::west_opt(7 * 3600),
        z => parse_numeric_offset(z),
    };
    (time, offset)
}

fn parse_numeric_offset(z: &str) -> Option<FixedOffset> {
    let (sign, digits) = match z.as_bytes().first()? {
        b'+' => (1, &z[1..]),
        b'-' => (-1, &z[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 4 {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits[2..].parse().ok()?;
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// `12 January 2016`, `January 12, 2016`, `Tuesday, 12th Jan. 2016 15:30 GMT`.
fn parse_english(s: &str) -> Option<Published> {
    let cleaned = s.replace(',', " ");
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.first().is_some_and(|w| is_weekday(w)) {
        words.remove(0);
    }
    if words.len() < 3 {
        return None;
    }
    let (day, month, year) = if let Some(m) = month_number(words[0]) {
        (day_number(words[1])?, m, year_number(words[2])?)
    } else {
        (
            day_number(words[0])?,
            month_number(words[1])?,
            year_number(words[2])?,
        )
    };
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let rest = &words[3..];
    if rest.is_empty() {
        return Some(Published::from_date(date));
    }
    match parse_time_and_zone(rest) {
        (Some(time), offset) => Some(Published {
            date,
            time: Some(time),
            offset,
        }),
        // Something we do not understand after the date: keep the date.
        (None, _) => Some(Published::from_date(date)),
    }
}

/// `12/01/2016` or `01/13/2016` when only one reading is possible.
fn parse_slashed(s: &str) -> Option<Published> {
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    let (a, b, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    if y < 1000 {
        return None;
    }
    let (day, month) = match (a > 12, b > 12) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ if a == b => (a, b),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, month, day).map(Published::from_date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Parses `input` and compares the display form with `expected`
    /// (`None` = "unknown", `Err` = rejected).
    fn check(input: &str, expected: Result<Option<&str>, ()>) {
        let got = parse_published(input)
            .map(|p| p.map(|p| p.to_string()))
            .map_err(|_| ());
        let expected = expected.map(|o| o.map(str::to_string));
        assert_eq!(got, expected, "parse_published({input:?})");
    }

    #[test]
    fn iso_and_rfc3339_forms() {
        check("2016-01-12T15:30:00Z", Ok(Some("2016-01-12T15:30:00Z")));
        check(
            "2024-03-05T08:10:00+01:00",
            Ok(Some("2024-03-05T08:10:00+01:00")),
        );
        check(
            "2021-04-22T13:49:00.123-04:00",
            Ok(Some("2021-04-22T13:49:00-04:00")),
        );
        check("2016-01-12 15:30:00", Ok(Some("2016-01-12T15:30:00")));
        check("2016-01-12 15:30", Ok(Some("2016-01-12T15:30:00")));
        check(
            "2016-01-12T15:30:00+0100",
            Ok(Some("2016-01-12T15:30:00+01:00")),
        );
        check("2016-01-12", Ok(Some("2016-01-12")));
        check("2016/01/12", Ok(Some("2016-01-12")));
    }

    #[test]
    fn local_date_is_kept_not_converted_to_utc() {
        let p = parse_published("2016-01-12T23:30:00-05:00")
            .unwrap()
            .unwrap();
        assert_eq!(p.date.to_string(), "2016-01-12");
    }

    #[test]
    fn rfc2822() {
        check(
            "Tue, 12 Jan 2016 15:30:00 +0000",
            Ok(Some("2016-01-12T15:30:00Z")),
        );
    }

    #[test]
    fn english_forms() {
        check("12 January 2016", Ok(Some("2016-01-12")));
        check("January 12, 2016", Ok(Some("2016-01-12")));
        check("Jan. 12, 2016", Ok(Some("2016-01-12")));
        check("Sept 11 2001", Ok(Some("2001-09-11")));
        check("Tuesday, 12th January 2016", Ok(Some("2016-01-12")));
        check("12 Jan 2016 15:30 GMT", Ok(Some("2016-01-12T15:30:00Z")));
        check("January 12, 2016 3:30 pm", Ok(Some("2016-01-12T15:30:00")));
    }

    #[test]
    fn unknown_markers() {
        for s in ["", "None", "null", "  ", "unknown"] {
            check(s, Ok(None));
        }
    }

    #[test]
    fn numeric_day_month_only_when_unambiguous() {
        check("13/01/2016", Ok(Some("2016-01-13")));
        check("01/13/2016", Ok(Some("2016-01-13")));
        check("05/06/2016", Err(()));
    }

    #[test]
    fn nonsense_is_rejected_with_advice() {
        let err = parse_published("next Tuesday-ish").unwrap_err();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        check("2016-02-30", Err(()));
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = parse_published(&s);
        }

        #[test]
        fn display_round_trips(y in 1900i32..2100, m in 1u32..=12, d in 1u32..=28,
                               h in 0u32..24, min in 0u32..60, off in -12i32..=14) {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let p = Published {
                date,
                time: NaiveTime::from_hms_opt(h, min, 0),
                offset: FixedOffset::east_opt(off * 3600),
            };
            prop_assert_eq!(parse_published(&p.to_string()).unwrap(), Some(p));
            let only_date = Published::from_date(date);
            prop_assert_eq!(parse_published(&only_date.to_string()).unwrap(), Some(only_date));
        }
    }
}
