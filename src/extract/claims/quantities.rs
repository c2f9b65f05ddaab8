//! The quantity grammar: a number (see `numbers`) with what surrounds it.
//!
//! ```text
//! quantity := hedge? amount post-hedge?
//!           | "between" amount "and" amount          (a range)
//!           | amount ("-" | "–" | "to") amount       (a range with one unit)
//! amount   := currency number | number currency     (money)
//!           | number percent-words                  (percentage, points)
//!           | number time-unit | number-unit-adj    (durations, ages, distances)
//!           | ratio | fraction | multiplier
//!           | number counted-noun?                  (a count)
//! ```
//!
//! The hedge becomes the qualifier (`more than` → more_than, `nearly` →
//! less_than, `some` → about, `up to`, `at least`, and `or more`, `or so`
//! after the amount). A number that is not a quantity (an identifier, a
//! time of day, a phone number, `one` in an idiom) is left out by `filters`.

use super::filters;
use super::lex::{Piece, PieceKind};
use super::numbers::{self, Form, Num};
use super::{ClaimKind, Qualifier, money, percent, rates, units, words};

/// A quantity found in a run of pieces.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// Pieces of the whole surface, hedge words included.
    pub start: usize,
    pub end: usize,
    /// Pieces of the amount itself (number, currency, unit), without hedges.
    pub amount: (usize, usize),
    pub kind: ClaimKind,
    /// `None` for a unit named without a number (`the dollar`, `a small percent`).
    pub value: Option<f64>,
    pub value_high: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    /// Where the noun the number counts starts, if it follows the amount.
    pub noun: Option<usize>,
    /// The number at the heart of the amount (for the non-claim filters).
    pub num: Option<Num>,
    /// An age (`aged 54`, `Karim, 18,`, `a 23-year-old`), not a duration.
    pub age: bool,
}

/// How to scan.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Options {
    /// Also report a currency or percent named without a number.
    pub mentions: bool,
    /// The text is all lower case (tokenised corpora): `c $ 16.4`.
    pub lower_text: bool,
    /// The sentence talks about rates, so `1.3 points` are percentage points.
    pub rate: bool,
}

/// One amount, before hedges and ranges.
#[derive(Debug, Clone)]
struct Core {
    start: usize,
    end: usize,
    kind: ClaimKind,
    value: Option<f64>,
    unit: Option<String>,
    num: Option<Num>,
    noun: Option<usize>,
    /// `aged 54` with `aged` in the surface.
    lead: Option<usize>,
    /// The high end of a range.
    high: Option<f64>,
    age: bool,
}

impl Core {
    fn new(start: usize, end: usize, kind: ClaimKind, value: f64, unit: Option<String>) -> Self {
        Core {
            start,
            end,
            kind,
            value: Some(value),
            unit,
            num: None,
            noun: None,
            lead: None,
            high: None,
            age: false,
        }
    }

    fn with_num(mut self, n: &Num) -> Self {
        self.num = Some(n.clone());
        self
    }
}

/// Hedge words before an amount, longest first within each qualifier.
const HEDGES: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["just", "above"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["exceed"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["surpass"], Qualifier::MoreThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["just", "below"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["less", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["just", "shy", "of"], Qualifier::LessThan),
    (&["short", "of"], Qualifier::LessThan),
    (&["not", "quite"], Qualifier::LessThan),
    (&["getting", "on", "for"], Qualifier::LessThan),
    (&["nearly"], Qualifier::LessThan),
    (&["almost"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["close", "to"], Qualifier::About),
    (&["an", "estimated"], Qualifier::About),
    (&["in", "the", "region", "of"], Qualifier::About),
    (&["of", "the", "order", "of"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["approx."], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["less", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["smaller", "than", "or", "equal", "to"], Qualifier::UpTo),
    (&["less", "or", "equal", "than"], Qualifier::UpTo),
    (&["smaller", "or", "equal", "than"], Qualifier::UpTo),
    (&["lower", "or", "equal", "than"], Qualifier::UpTo),
    (&["equal", "to", "or", "less", "than"], Qualifier::UpTo),
    (&["equal", "to", "or", "fewer", "than"], Qualifier::UpTo),
    (
        &["greater", "than", "or", "equal", "to"],
        Qualifier::AtLeast,
    ),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["more", "or", "equal", "than"], Qualifier::AtLeast),
    (&["equal", "to", "or", "more", "than"], Qualifier::AtLeast),
    (
        &["equal", "to", "or", "greater", "than"],
        Qualifier::AtLeast,
    ),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["up", "to"], Qualifier::UpTo),
    (&["as", "many", "as"], Qualifier::UpTo),
    (&["as", "much", "as"], Qualifier::UpTo),
    (&["at", "most"], Qualifier::UpTo),
    (&["no", "more", "than"], Qualifier::UpTo),
    (&["not", "more", "than"], Qualifier::UpTo),
    (&["a", "maximum", "of"], Qualifier::UpTo),
];

/// Hedges that state the number exactly (`equal to 170`, `equals 20`):
/// the qualifier is `exact` and the claim is bounded on both sides.
const EQUALITY: &[&[&str]] = &[
    &["equal", "to"],
    &["equals", "to"],
    &["equals"],
    &["equaling", "to"],
    &["equalling", "to"],
    &["equaling"],
    &["equalling"],
    &["exactly"],
];

fn words_at(pieces: &[Piece], i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        pieces
            .get(i + k)
            .is_some_and(|p| p.kind == PieceKind::Word && p.is(w))
    })
}

/// The hedge at `i`, if one starts there: qualifier and the piece after it.
/// `just` alone (`just 1.0%`) and `only` are not hedges: the number is exact.
fn hedge_at(pieces: &[Piece], i: usize) -> Option<(Qualifier, usize)> {
    let p = pieces.get(i)?;
    if p.kind == PieceKind::Punct {
        // `>10`, `>= 30`, `< = 100`, `≤ 5`; not `<>30`, `=>30`, `=<30`.
        let eq = pieces.get(i + 1).is_some_and(|n| n.text == "=");
        let odd_before = i > 0 && p.glued && matches!(pieces[i - 1].text, "<" | ">" | "=");
        let odd_after = pieces
            .get(i + 1)
            .is_some_and(|n| matches!(n.text, "<" | ">"));
        if odd_before || odd_after {
            return None;
        }
        return match p.text {
            ">" if eq => Some((Qualifier::AtLeast, i + 2)),
            "<" if eq => Some((Qualifier::UpTo, i + 2)),
            ">" => Some((Qualifier::MoreThan, i + 1)),
            "<" => Some((Qualifier::LessThan, i + 1)),
            "≥" => Some((Qualifier::AtLeast, i + 1)),
            "≤" => Some((Qualifier::UpTo, i + 1)),
            _ => None,
        };
    }
    if p.kind != PieceKind::Word {
        return None;
    }
    let equal = EQUALITY
        .iter()
        .filter(|ws| words_at(pieces, i, ws))
        .map(|ws| (Qualifier::Exact, ws.len()));
    HEDGES
        .iter()
        .filter(|(ws, _)| words_at(pieces, i, ws))
        .map(|(ws, q)| (*q, ws.len()))
        .chain(equal)
        .max_by_key(|(_, len)| *len)
        .map(|(q, len)| (q, i + len))
}

/// Hedges after an amount: `or more`, `or so`, `or fewer`, `+`, `-plus`, `, easily`.
fn post_hedge(pieces: &[Piece], k: usize) -> Option<(Qualifier, usize)> {
    let p = pieces.get(k)?;
    if p.text == "+" && p.glued {
        return Some((Qualifier::AtLeast, k + 1));
    }
    if p.hyphen && p.is("plus") {
        return Some((Qualifier::AtLeast, k + 1));
    }
    if p.is("or") {
        let q = match pieces.get(k + 1).map(|n| n.lower.as_ref()) {
            Some("more" | "above" | "over" | "higher") => Qualifier::AtLeast,
            Some("so" | "thereabouts") => Qualifier::About,
            // `equal to 5000 or less`, but not `5000 or less than 6000`.
            Some("less" | "fewer" | "under" | "below")
                if !pieces.get(k + 2).is_some_and(|t| t.is("than")) =>
            {
                Qualifier::UpTo
            }
            // `less than 5000 or equal`: the bound includes itself.
            Some("equal") => {
                let to = usize::from(pieces.get(k + 2).is_some_and(|t| t.is("to")));
                return Some((Qualifier::Exact, k + 2 + to));
            }
            _ => return None,
        };
        return Some((q, k + 2));
    }
    // `by a fifth, easily`
    if p.text == "," && pieces.get(k + 1).is_some_and(|n| n.is("easily")) {
        return Some((Qualifier::AtLeast, k + 2));
    }
    None
}

/// Words after which an ambiguous `a third` / `a quarter` is a fraction.
const FRACTION_FOLLOWERS: &[&str] = &[
    "of", "since", "in", "on", "from", "to", "and", "or", "than", "this", "last", "over", "at",
    "by", "for", "with", "as", "compared", "more", "less", "higher", "lower", "on", "year",
    "between", "among", "across", "during", "after", "before", "while",
];
const FRACTION_LEADERS: &[&str] = &[
    "by",
    "than",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "over",
    "under",
    "just",
    "some",
    "least",
    "to",
    "only",
    "barely",
    "fully",
    "estimated",
];

/// Is the fraction at `n` really a share (`a third of`, `by a fifth`) and not
/// an ordinal or a period (`a third term`, `the first half`, `half-time`)?
fn fraction_in_context(pieces: &[Piece], n: &Num, ambiguous: bool) -> bool {
    let next = pieces.get(n.end);
    let prev = n.start.checked_sub(1).map(|k| &pieces[k]);
    if n.hyphen_next && next.is_some_and(|p| p.kind == PieceKind::Word) {
        return false; // `half-time`, `quarter-final`
    }
    if next.is_some_and(|p| units::time_unit(&p.lower).is_some() || p.is_any(&["an", "hour"])) {
        return false; // `half an hour`, `a quarter hour`
    }
    let single_word = n.end == n.start + 1;
    if single_word
        && prev.is_some_and(|p| {
            p.is_any(&[
                "the", "first", "second", "last", "final", "opening", "other", "one",
            ]) || words::ordinal_word(&p.lower).is_some()
        })
    {
        return false; // `the first half`, `the second half`
    }
    let follower_ok = next.is_none_or(|p| {
        p.kind == PieceKind::Punct && p.text != "-" || p.is_any(FRACTION_FOLLOWERS)
    });
    let leader_ok = prev.is_some_and(|p| p.is_any(FRACTION_LEADERS));
    if ambiguous || single_word {
        // `half the`, `half its`: a determiner after `half` is fine too.
        let determiner = single_word
            && next.is_some_and(|p| {
                p.is_any(&[
                    "the", "its", "their", "his", "her", "our", "them", "all", "those", "these",
                    "a",
                ])
            });
        follower_ok || leader_ok || determiner
    } else {
        true
    }
}

/// Words after `N times` that make it a multiplier (`three times as many`).
const TIMES_FOLLOWERS: &[&str] = &[
    "as", "the", "that", "what", "more", "higher", "larger", "bigger", "greater", "faster", "over",
    "its", "their", "his", "her", "our", "less", "lower", "smaller", "longer", "slower", "cheaper",
    "dearer", "worse", "better", "above", "below",
];

/// Multiplier words: value.
fn multiplier_word(w: &str) -> Option<f64> {
    Some(match w {
        "doubled" | "doubling" | "doubles" => 2.0,
        "tripled" | "trebled" | "tripling" | "trebling" | "triples" | "trebles" => 3.0,
        "quadrupled" | "quadrupling" | "quadruples" => 4.0,
        "halved" | "halving" | "halves" => 0.5,
        _ => return None,
    })
}

/// Words before a multiplier's `-s` form or `double` that make it a noun
/// (`the doubles`, `their doubles pair`, `mixed doubles`, `her double in
/// Athens`).
const MULTIPLIER_NOUN_LEADERS: &[&str] = &[
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "mixed", "men's",
    "women's", "play", "plays", "played", "playing", "best", "great", "historic", "olympic",
];

/// Words after `doubles`, `triples` or `halves` that it takes as a verb
/// (`the number doubles every year`, `demand doubles to 5m`, `profit
/// halves.`); any other word makes it a noun (`doubles players`, `doubles
/// up as`, `singles and doubles titles`).
const MULTIPLIER_VERB_FOLLOWERS: &[&str] = &[
    "to", "from", "in", "by", "every", "each", "again", "its", "their", "the", "within", "over",
    "since", "after", "when", "if", "compared", "this", "next", "last",
];

/// Rule `multiplier as a noun`: `doubles`, `triples`, `halves` name the
/// tennis pairs, baseball hits and match halves unless they stand as a
/// verb after their subject: a determiner or a capitalised name before
/// them (`Saturday's doubles`, `Wimbledon doubles title`) or anything but
/// a preposition, an object's determiner or the end after them makes them
/// nouns.
fn plural_noun_multiplier(pieces: &[Piece], i: usize) -> bool {
    let p = &pieces[i];
    if !matches!(
        p.lower.as_ref(),
        "doubles" | "triples" | "trebles" | "quadruples" | "halves"
    ) {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| &pieces[k]);
    let noun_before = prev.is_some_and(|q| {
        q.is_any(MULTIPLIER_NOUN_LEADERS)
            || q.lower.ends_with("'s")
            || q.kind == PieceKind::Word && q.is_capitalised() && i > 1
    });
    let verb_after = pieces.get(i + 1).is_none_or(|q| {
        q.kind == PieceKind::Punct && q.text != "-" || q.is_any(MULTIPLIER_VERB_FOLLOWERS)
    });
    noun_before || !verb_after
}

/// `tenfold`, `twofold`: a number word glued to `fold`.
fn fold_word(w: &str) -> Option<f64> {
    let stem = w.strip_suffix("fold")?;
    words::unit_word(stem)
        .or_else(|| words::teen_word(stem))
        .or_else(|| words::tens_word(stem))
        .or(match stem {
            "hundred" => Some(100.0),
            "thousand" => Some(1000.0),
            _ => None,
        })
        .filter(|v| *v >= 2.0)
}

/// `twice`, `double`, `triple`: multipliers only in a comparison.
fn comparison_multiplier(pieces: &[Piece], i: usize) -> Option<f64> {
    let p = &pieces[i];
    let v = match p.lower.as_ref() {
        "twice" => 2.0,
        "thrice" => 3.0,
        "double" => 2.0,
        "triple" | "treble" => 3.0,
        "quadruple" => 4.0,
        _ => return None,
    };
    let next = pieces.get(i + 1);
    if next.is_some_and(|n| n.hyphen) {
        return None; // `double-digit`, `double-decker`
    }
    let prev = i.checked_sub(1).map(|k| &pieces[k]);
    // `the double in Athens`, `her double`, `double gold`: a sporting
    // double, no multiplier.
    if p.is("double")
        && (prev.is_some_and(|q| q.is_any(MULTIPLIER_NOUN_LEADERS) || q.lower.ends_with("'s"))
            || next.is_some_and(|n| {
                n.is_any(&[
                    "gold", "silver", "bronze", "title", "titles", "winner", "winners", "champion",
                ])
            }))
    {
        return None;
    }
    let leader = prev.is_some_and(|p| {
        p.is_any(&[
            "almost", "nearly", "roughly", "about", "around", "than", "over", "to", "could",
            "would", "will", "may", "might", "more", "least", "some", "over",
        ])
    });
    let follower =
        next.is_some_and(|n| n.is_any(TIMES_FOLLOWERS) || n.is_any(&["over", "in", "since"]));
    // `twice a week` is a frequency, not a multiplier.
    let frequency =
        next.is_some_and(|n| n.is_any(&["a", "an", "per", "daily", "weekly", "yearly", "monthly"]));
    ((leader || follower) && !frequency).then_some(v)
}

fn taken_in(taken: &[bool], a: usize, b: usize) -> bool {
    taken[a.min(taken.len())..b.min(taken.len())]
        .iter()
        .any(|t| *t)
}

/// A number at `k` that is free (no piece taken by a date).
fn number_at(pieces: &[Piece], k: usize, taken: &[bool]) -> Option<Num> {
    if taken.get(k).copied().unwrap_or(true) {
        return None;
    }
    let n = numbers::scan(pieces, k)?;
    if taken_in(taken, n.start, n.end) {
        return None;
    }
    Some(n)
}

/// The whole-unit value of money after a scaled or suffixed number:
/// `£1.2bn` (scaled by the number parser), `€21m` (`m` means million here).
fn money_value(n: &Num) -> Option<f64> {
    match n.suffix.as_deref() {
        None => Some(n.value),
        Some("m") => Some(n.value * 1e6),
        Some(_) => None,
    }
}

/// `and forty-five cents`, `50 cents`, `and fifty` after a whole amount.
fn minor_units(pieces: &[Piece], k: usize, taken: &[bool]) -> Option<(f64, usize)> {
    let mut j = k;
    if pieces.get(j).is_some_and(|p| p.is("and")) {
        j += 1;
    }
    // Rule `minor units apart`: a number hyphenated to the whole amount is
    // a range's high end (`$30-35.`), not cents.
    if pieces.get(j).is_none_or(|p| p.hyphen) {
        return None;
    }
    let n = number_at(pieces, j, taken)?;
    if !(n.is_integer() && n.value >= 1.0 && n.value < 100.0 && n.suffix.is_none()) {
        return None;
    }
    if let Some(p) = pieces.get(n.end)
        && let Some((_, f)) = money::word(&p.lower)
        && f == 0.01
    {
        return Some((n.value / 100.0, n.end + 1));
    }
    let after = pieces.get(n.end);
    let ends = after.is_none_or(|p| {
        p.kind == PieceKind::Punct && money::symbol(p.text).is_none()
            || p.is_any(&["and", "or", "but"])
    });
    ends.then_some((n.value / 100.0, n.end))
}

/// Money written with the currency first: `£14.5m`, `US$4.7bn`, `c $ 16.4 million`.
fn money_first(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Core> {
    // `USD115`, `usd50`: the code glued to the digits.
    let p = &pieces[i];
    if p.kind == PieceKind::Mixed
        && let Some((code, len)) = money::glued_prefix(p.text)
    {
        return glued_code_amount(pieces, i, code, &p.text[len..]);
    }
    // `$US40,000`, `$A61,000`: the dollar's country after the symbol.
    if p.text == "$"
        && let Some(q) = pieces.get(i + 1)
        && q.glued
        && q.kind == PieceKind::Mixed
    {
        let letters = q.text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        if letters > 0
            && q.text.is_ascii()
            && let Some(code) = money::dollar_prefix(&q.text[..letters].to_ascii_lowercase())
        {
            let mut c = glued_code_amount(pieces, i + 1, code, &q.text[letters..])?;
            c.start = i;
            return Some(c);
        }
    }
    let (code, millions, k) = money::before(pieces, i, opts.lower_text)?;
    let n = number_at(pieces, k, taken)?;
    if matches!(n.form, Form::Ordinal | Form::Ratio) {
        return None;
    }
    let mut value = money_value(&n)?;
    if millions {
        value *= 1e6;
    }
    let mut end = n.end;
    // `$ 100 and fifty`, `$3 50`: minor units after a whole amount.
    if n.is_integer() && !n.scaled && n.suffix.is_none() {
        if let Some((m, e)) = minor_units(pieces, end, taken) {
            value += m;
            end = e;
        } else if let Some(p) = pieces.get(end)
            && money::word(&p.lower).is_some_and(|(c, f)| c == code && f == 1.0)
        {
            end += 1; // `$ 10 dollars`
        }
    }
    let mut core = Core::new(i, end, ClaimKind::Money, value, Some(code.to_string())).with_num(&n);
    core.noun = Some(end);
    if sign_before(pieces, i) {
        core.start = i - 1;
        core.value = Some(-value);
    }
    Some(core)
}

/// A minus sign glued before a currency symbol at `i` and standing apart
/// from what precedes it: `a loss of -$2.5m`, `−£3bn` (not `£2-£3m`).
fn sign_before(pieces: &[Piece], i: usize) -> bool {
    i > 0
        && matches!(pieces[i - 1].text, "-" | "−")
        && pieces[i].glued
        && (i == 1 || !pieces[i - 1].glued)
        && !(i >= 2 && pieces[i - 2].kind == PieceKind::Number)
}

/// Rule `code glued to the amount`: `USD115`, `GBP25m`, `CAD3.5bn`,
/// `SGD12.80`, `JPY2 trillion`: the digits after the code, with a scale
/// letter glued on or a scale word after.
fn glued_code_amount(pieces: &[Piece], i: usize, code: &str, rest: &str) -> Option<Core> {
    let digits_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let scale = match &rest[digits_end..] {
        "" => 1.0,
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" => 1e6,
        "bn" | "b" | "B" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    };
    let d = numbers::parse_digits(&rest[..digits_end])?;
    let mut value = d.value * scale;
    let mut end = i + 1;
    if scale == 1.0
        && let Some(q) = pieces.get(end)
        && let Some((s, false)) = words::scale_word(&q.lower)
    {
        value *= s;
        end += 1;
    }
    let mut c = Core::new(i, end, ClaimKind::Money, value, Some(code.into()));
    c.noun = Some(end);
    Some(c)
}

/// Nouns a sum of money in pounds is said of (`a five-pound note`, `a
/// 50-pound fine`): a `N-pound` compound before another noun is a weight
/// (`a 300-pound man`, `a twenty pound bag`).
const MONEY_NOUNS: &[&str] = &[
    "note",
    "notes",
    "coin",
    "coins",
    "fine",
    "fines",
    "fee",
    "fees",
    "ticket",
    "tickets",
    "voucher",
    "vouchers",
    "bill",
    "bills",
    "prize",
    "bet",
    "bets",
    "payment",
    "payments",
    "increase",
    "rise",
    "cut",
    "discount",
    "charge",
    "charges",
    "reward",
    "bonus",
    "tip",
    "donation",
    "loan",
    "deposit",
    "levy",
    "tax",
    "subsidy",
    "grant",
    "cheque",
    "price",
    "rent",
    "wage",
    "budget",
    "investment",
    "deal",
    "sum",
    "gift",
    "pledge",
    "surcharge",
    "refund",
    "penalty",
    "contribution",
    "fare",
    "fares",
    "sterling",
    "stake",
    "bid",
    "offer",
    "fund",
    "package",
    "contract",
    "salary",
    "ransom",
    "million",
    "billion",
    "per",
    "a",
    "an",
    "for",
    "each",
    "on",
    "in",
    "to",
    "and",
    "or",
    "of",
    "from",
    "more",
    "less",
];

/// Is the `pound(s)` at `k` a weight? `10 pounds of sugar`, `weighing 200
/// pounds`, `a 300-pound man`, `a twenty pound bag of rice`; not `a
/// five-pound note`, `twenty pounds`.
fn pounds_of_weight(pieces: &[Piece], k: usize, n: &Num) -> bool {
    let p = &pieces[k];
    if !p.is_any(&["pound", "pounds"]) {
        return false;
    }
    let of = pieces.get(k + 1).is_some_and(|x| x.is("of"));
    let weigh = pieces[..n.start]
        .iter()
        .rev()
        .take(6)
        .any(|x| x.lower.starts_with("weigh"));
    // `a 300-pound man`: the singular before a noun, hyphenated or not.
    let before_noun = p.is("pound")
        && n.value != 1.0
        && pieces.get(k + 1).is_some_and(|x| {
            x.is_word() && !x.is_capitalised() && !x.number_word && !x.is_any(MONEY_NOUNS)
        });
    of || weigh || before_noun
}

/// Money written with the currency after the number: `1,200 million pounds`,
/// `50p`, `99 cents`, `115USD`, `10 €`, `thirteen dollars and forty-five cents`.
fn money_after(pieces: &[Piece], n: &Num, taken: &[bool]) -> Option<Core> {
    if let Some(sfx) = n.suffix.as_deref()
        && let Some((code, f)) = money::glued_suffix(sfx)
    {
        let core = Core::new(
            n.start,
            n.end,
            ClaimKind::Money,
            n.value * f,
            Some(code.into()),
        );
        return Some(core.with_num(n));
    }
    // `25m GBP`, `3m euros`: millions with the currency after.
    let whole = money_value(n)?;
    let k = n.end;
    if taken.get(k).copied().unwrap_or(true) {
        return None;
    }
    let (code, f, mut end) = money::after(pieces, k)?;
    if pounds_of_weight(pieces, k, n) {
        return None;
    }
    let mut value = whole * f;
    // `75 USD million`
    if let Some(p) = pieces.get(end)
        && let Some((s, false)) = words::scale_word(&p.lower)
    {
        value *= s;
        end += 1;
    }
    // `3 dollars 50 cents`, `15 dollars and 15`
    if f == 1.0
        && n.is_integer()
        && !n.scaled
        && n.suffix.is_none()
        && let Some((m, e)) = minor_units(pieces, end, taken)
    {
        value += m;
        end = e;
    }
    let mut core = Core::new(n.start, end, ClaimKind::Money, value, Some(code.into())).with_num(n);
    core.noun = Some(end);
    Some(core)
}

/// A counted noun right after the amount, or after `of [the|its…]`.
fn noun_start(pieces: &[Piece], k: usize) -> Option<usize> {
    let p = pieces.get(k)?;
    if p.kind == PieceKind::Word {
        return Some(k);
    }
    None
}

/// Reads the amount at `i`, and the rate it is given at if any (rule `per
/// unit`: `$3.50 a gallon` is in `USD/gallon`).
fn core_at(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Core> {
    let c = amount_at(pieces, i, taken, opts)?;
    Some(with_rate(pieces, c, taken))
}

/// An amount of money or a measure followed by a rate's denominator (see
/// `rates`) is in the rate's unit, and its surface takes the denominator;
/// a second denominator divides again (`£1,500 per patient per year`).
fn with_rate(pieces: &[Piece], mut c: Core, taken: &[bool]) -> Core {
    if let Some((unit, end)) = per_population(pieces, &c, taken) {
        c.unit = Some(unit);
        c.end = end;
        return c;
    }
    if let Some(unit) = count_per_time(pieces, &c, taken) {
        c.unit = Some(unit);
        return c;
    }
    if let Some((unit, end)) = percent_per_time(pieces, &c, taken) {
        c.unit = Some(unit);
        c.end = end;
        return c;
    }
    let rated = c.unit.as_deref().is_some_and(|u| !u.contains('/'))
        && matches!(c.kind, ClaimKind::Money | ClaimKind::Measure);
    if !rated {
        return c;
    }
    for _ in 0..2 {
        let Some((denominator, end)) = rates::per_unit(pieces, c.end) else {
            break;
        };
        if taken_in(taken, c.end, end) {
            break;
        }
        let unit = c.unit.as_deref().unwrap_or_default();
        c.unit = Some(rates::rate_unit(unit, &denominator));
        c.end = end;
    }
    c
}

/// Rule `count per time`: a count of a named thing followed by a unit of
/// time it is given per is a rate, in `noun/time` (`38,000 vehicles a day`
/// is in `vehicles/day`, `12 hours a week` in `hours/week`), so that a
/// daily figure never compares with a total. Only units of time: `four
/// bedrooms per home` stays a count of bedrooms. The surface stays the
/// number; the rate lives in the unit.
fn count_per_time(pieces: &[Piece], c: &Core, taken: &[bool]) -> Option<String> {
    if c.kind != ClaimKind::Count {
        return None;
    }
    if c.unit.is_none() {
        return bare_count_per_time(pieces, c, taken);
    }
    let noun = c.unit.as_deref().filter(|u| !u.contains('/'))?;
    // The noun is in the core (`12 hours`) or follows it (`38,000 | vehicles`).
    let mut at = c.end;
    let words: Vec<&str> = noun.split(' ').collect();
    let follows = words.iter().enumerate().all(|(j, w)| {
        pieces
            .get(at + j)
            .is_some_and(|p| p.kind == PieceKind::Word && p.lower.as_ref() == *w)
    });
    if follows {
        at += words.len();
    }
    let (denominator, end) = rates::per_unit(pieces, at)?;
    if !rates::is_time(&denominator) || taken_in(taken, at, end) {
        return None;
    }
    Some(rates::rate_unit(noun, &denominator))
}

/// Rule `bare count per time`: a count with no noun followed by a unit of
/// time it is given per is a rate of things, in `count/time` (`an average
/// of 1700 a week`, `up to 40 a day`), so that it never compares with a
/// total. Not a time glued into an adjective (`2019 a week-long`), a
/// scaled count or a range's high end.
fn bare_count_per_time(pieces: &[Piece], c: &Core, taken: &[bool]) -> Option<String> {
    let n = c.num.as_ref()?;
    // (A range's high end, `$5-10bn a year`, is the range's to rate.)
    let range_end = c.start > 0
        && (pieces[c.start].hyphen || pieces[c.start - 1].is_any(&["-", "–", "to", "and", "or"]));
    if n.end != c.end || n.suffix.is_some() || n.scaled || n.hyphen_next || range_end {
        return None;
    }
    let (denominator, end) = rates::per_unit(pieces, c.end)?;
    let glued_on = pieces.get(end).is_some_and(|p| p.hyphen);
    if !rates::is_time(&denominator) || glued_on || taken_in(taken, c.end, end) {
        return None;
    }
    Some(rates::rate_unit("count", &denominator))
}

/// Rule `per population`: a count given per a round number of people or
/// things is a rate, in `noun/N noun` (`3 per 1,000 people` is in
/// `count/1000 people`, `12 deaths per 100,000 residents` in
/// `deaths/100000 residents`), and its surface takes the denominator, so
/// that the `1,000` is no count of its own. Only round denominators (10,
/// 100, 1,000 …), written in digits or words.
fn per_population(pieces: &[Piece], c: &Core, taken: &[bool]) -> Option<(String, usize)> {
    if c.kind != ClaimKind::Count || c.unit.as_deref().is_some_and(|u| u.contains('/')) {
        return None;
    }
    let mut at = c.end;
    if let Some(noun) = c.unit.as_deref() {
        let words = noun.split(' ').count();
        let follows = noun.split(' ').enumerate().all(|(j, w)| {
            pieces
                .get(at + j)
                .is_some_and(|p| p.kind == PieceKind::Word && p.lower.as_ref() == w)
        });
        if follows {
            at += words;
        }
    }
    if !pieces.get(at).is_some_and(|p| p.is("per")) {
        return None;
    }
    let d = numbers::scan(pieces, at + 1)?;
    let round = d.value >= 10.0 && d.is_integer() && {
        let digits = format!("{}", d.value as u64);
        digits.starts_with('1') && digits[1..].bytes().all(|b| b == b'0')
    };
    if !round || d.suffix.is_some() || taken_in(taken, at, d.end) {
        return None;
    }
    let of = counted_noun(pieces, d.end);
    let end = d.end + of.as_deref().map_or(0, |o| o.split(' ').count());
    let counted = c.unit.as_deref().unwrap_or("count");
    let denominator = match of {
        Some(o) => format!("{} {o}", d.value as u64),
        None => format!("{}", d.value as u64),
    };
    Some((rates::rate_unit(counted, &denominator), end))
}

/// Rule `percent per time`: a percentage followed by a unit of time it
/// is given per is a rate, in `percent/year` (`3 per cent a year`, `2% a
/// month`, `5% per annum`), and its surface takes the time: a yearly rise
/// never compares with a total one. Not a time that dates the change (`up
/// 4% a year ago`, `a year earlier`), nor points or other units.
fn percent_per_time(pieces: &[Piece], c: &Core, taken: &[bool]) -> Option<(String, usize)> {
    if c.kind != ClaimKind::Percentage || c.unit.as_deref() != Some("percent") {
        return None;
    }
    let (denominator, end) = rates::per_unit(pieces, c.end)?;
    (rates::is_time(&denominator) && !taken_in(taken, c.end, end))
        .then(|| (rates::rate_unit("percent", &denominator), end))
}

/// Reads the amount at `i`.
fn amount_at(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Core> {
    if taken.get(i).copied().unwrap_or(true) {
        return None;
    }
    if let Some(c) = money_first(pieces, i, taken, opts) {
        return Some(c);
    }
    if let Some(c) = multiplier_at(pieces, i) {
        return Some(c);
    }
    if let Some(c) = percent_of(pieces, i, taken) {
        return Some(c);
    }
    if let Some(c) = one_unit(pieces, i, taken) {
        return Some(c);
    }
    let Some(n) = number_at(pieces, i, taken) else {
        return mention(pieces, i, opts);
    };
    if n.form == Form::Ordinal || numbers::is_pronoun_one(pieces, &n) {
        return None;
    }
    AMOUNT_RULES
        .iter()
        .find_map(|(_, rule)| rule(pieces, &n, taken, opts))
        .flatten()
}

/// What a rule makes of a number: `None` when it does not apply (the next
/// rule is tried), `Some(None)` when it applies and the number is no
/// amount, `Some(Some(core))` for the amount it reads.
type Outcome = Option<Option<Core>>;

/// A named rule of the amount grammar, tried on a number in order.
type AmountRule = fn(&[Piece], &Num, &[bool], &Options) -> Outcome;

/// The amount rules after a number, in the order they are tried, each named;
/// their examples are in the test `amount_rules_and_their_examples`.
const AMOUNT_RULES: &[(&str, AmountRule)] = &[
    ("point gap", point_gap_rule),
    ("percent", percent_rule),
    ("pc suffix", pc_rule),
    ("money after", money_after_rule),
    ("quarters of a year", quarters_rule),
    ("ratio", ratio_rule),
    ("fraction", fraction_rule),
    ("unit", unit_rule),
];

/// Rule `multiplier`: `doubled`, `twice as many`, `threefold`, `three times
/// higher than`.
fn multiplier_at(pieces: &[Piece], i: usize) -> Option<Core> {
    let p = &pieces[i];
    if p.kind != PieceKind::Word {
        return None;
    }
    let v = multiplier_word(&p.lower)
        .filter(|_| !plural_noun_multiplier(pieces, i))
        .or_else(|| fold_word(&p.lower))
        .or_else(|| comparison_multiplier(pieces, i))?;
    let mut c = Core::new(i, i + 1, ClaimKind::Ratio, v, Some("times".into()));
    // `twice as many`: the comparison is part of what is said.
    if pieces.get(i + 1).is_some_and(|n| n.is("as"))
        && pieces
            .get(i + 2)
            .is_some_and(|n| n.is_any(&["many", "much", "likely", "high", "large", "big", "long"]))
    {
        c.end = i + 3;
    }
    c.noun = Some(c.end);
    Some(c)
}

/// Rule `percent of`: `percent of 10`, `per cent of twenty-two`.
fn percent_of(pieces: &[Piece], i: usize, taken: &[bool]) -> Option<Core> {
    let k = percent::reversed(pieces, i)?;
    let n = number_at(pieces, k, taken)?;
    if !matches!(n.form, Form::Digits | Form::Words)
        || i > 0 && numbers::scan(pieces, i - 1).is_some()
    {
        return None;
    }
    Some(
        Core::new(
            i,
            n.end,
            ClaimKind::Percentage,
            n.value,
            Some("percent".into()),
        )
        .with_num(&n),
    )
}

/// Rule `point gap`: `a two-point lead`.
fn point_gap_rule(pieces: &[Piece], n: &Num, _: &[bool], _: &Options) -> Outcome {
    if !n.hyphen_next {
        return None;
    }
    let end = percent::point_gap(pieces, n.end)?;
    let unit = Some("percentage_points".into());
    let mut c = Core::new(n.start, end, ClaimKind::PercentagePoints, n.value, unit).with_num(n);
    c.noun = Some(end);
    Some(Some(c))
}

/// Rule `percent`: `39%`, `39 per cent`, `1.3 percentage points`, `2 points`
/// where the sentence is about rates.
fn percent_rule(pieces: &[Piece], n: &Num, taken: &[bool], opts: &Options) -> Outcome {
    let k = n.end;
    let (kind, f, end) = percent::after(pieces, k, opts.rate)?;
    if taken_in(taken, k, end) {
        return None;
    }
    if n.suffix.is_some() {
        return Some(None);
    }
    let unit = if kind == ClaimKind::Percentage {
        "percent"
    } else {
        "percentage_points"
    };
    let mut c = Core::new(n.start, end, kind, n.value * f, Some(unit.into())).with_num(n);
    c.noun = Some(end);
    Some(Some(c))
}

/// Rule `pc suffix`: `5pc`.
fn pc_rule(_: &[Piece], n: &Num, _: &[bool], _: &Options) -> Outcome {
    (n.suffix.as_deref() == Some("pc")).then(|| {
        let c = Core::new(
            n.start,
            n.end,
            ClaimKind::Percentage,
            n.value,
            Some("percent".into()),
        );
        Some(c.with_num(n))
    })
}

/// Rule `money after`: `1,200 million pounds`, `50p`, `99 cents`, `115USD`.
fn money_after_rule(pieces: &[Piece], n: &Num, taken: &[bool], _: &Options) -> Outcome {
    money_after(pieces, n, taken).map(Some)
}

/// Rule `quarters of a year`: `grown for six quarters` (not 6/4), `two
/// quarters ahead` (nobody writes a half as two quarters); `three quarters`
/// stays a share.
fn quarters_rule(pieces: &[Piece], n: &Num, _: &[bool], _: &Options) -> Outcome {
    let two = (n.value - 0.5).abs() < 1e-9 && !pieces.get(n.end).is_some_and(|p| p.is("of"));
    let quarters = matches!(n.form, Form::Fraction { .. })
        && (n.value >= 1.0 || two)
        && pieces[n.end - 1].is("quarters")
        && n.end - n.start == 2;
    if !quarters {
        return None;
    }
    let unit = Some("quarters".into());
    let mut c = Core::new(n.start, n.end, ClaimKind::Count, n.value * 4.0, unit).with_num(n);
    c.noun = Some(n.end);
    Some(Some(c))
}

/// Rule `ratio`: `one in five`, `3 out of 10`.
fn ratio_rule(pieces: &[Piece], n: &Num, _: &[bool], _: &Options) -> Outcome {
    if n.form != Form::Ratio {
        return None;
    }
    let unit = Some("fraction".into());
    let mut c = Core::new(n.start, n.end, ClaimKind::Ratio, n.value, unit).with_num(n);
    c.noun = noun_start(pieces, n.end);
    Some(Some(c))
}

/// Rule `fraction`: `two-thirds`, `a quarter`; `a quarter point`, `half a
/// point` are percentage points; an ambiguous fraction needs its context.
fn fraction_rule(pieces: &[Piece], n: &Num, _: &[bool], _: &Options) -> Outcome {
    let Form::Fraction { ambiguous } = n.form else {
        return None;
    };
    if n.value >= 1.0 {
        return None;
    }
    if let Some(end) = fraction_points(pieces, n.end) {
        let unit = Some("percentage_points".into());
        let mut c = Core::new(n.start, end, ClaimKind::PercentagePoints, n.value, unit).with_num(n);
        c.noun = Some(end);
        return Some(Some(c));
    }
    if let Some(c) = fraction_of_unit(pieces, n, ambiguous) {
        return Some(Some(c));
    }
    if !fraction_in_context(pieces, n, ambiguous) {
        return Some(None);
    }
    let unit = Some("fraction".into());
    let mut c = Core::new(n.start, n.end, ClaimKind::Ratio, n.value, unit).with_num(n);
    c.noun = noun_start(pieces, n.end);
    Some(Some(c))
}

/// Rule `fraction of a unit`: a fraction before a unit of measure or time
/// is that much of the unit: `1/4 inch` (0.25 inches), `half a mile`, `a
/// quarter of a mile`, `three-quarters of an hour`. An ambiguous fraction
/// (`a second`, `a third`) needs `of a`.
fn fraction_of_unit(pieces: &[Piece], n: &Num, ambiguous: bool) -> Option<Core> {
    let mut k = n.end;
    let of = pieces.get(k).is_some_and(|p| p.is("of"));
    k += usize::from(of);
    let article = pieces.get(k).is_some_and(|p| p.is_any(&["a", "an"]));
    k += usize::from(article);
    // `of` needs its article; an ambiguous fraction needs both.
    let worded = if of { article } else { !ambiguous };
    if !worded {
        return None;
    }
    let p = pieces.get(k)?;
    if p.kind != PieceKind::Word || p.hyphen && k == n.end {
        return None;
    }
    let (kind, unit, end) = if let Some(u) = units::time_unit(&p.lower) {
        (ClaimKind::Count, u, k + 1)
    } else if let Some((u, end)) = units::compound_unit(pieces, k) {
        (ClaimKind::Measure, u, end)
    } else {
        let u = units::measure_unit(&p.lower).filter(|_| p.text.chars().count() > 2)?;
        (ClaimKind::Measure, u, k + 1)
    };
    let mut c = Core::new(n.start, end, kind, n.value, Some(unit.into())).with_num(n);
    c.noun = Some(end);
    Some(c)
}

/// `point`, `points`, `of a point`, `a percentage point` after a fraction:
/// where the points end.
fn fraction_points(pieces: &[Piece], mut k: usize) -> Option<usize> {
    if words_at(pieces, k, &["of", "a"]) || words_at(pieces, k, &["a"]) {
        k += if pieces[k].is("of") { 2 } else { 1 };
    }
    if pieces
        .get(k)
        .is_some_and(|p| p.is_any(&["point", "points"]))
    {
        return Some(k + 1);
    }
    words_at(pieces, k, &["percentage", "point"]).then_some(k + 2)
}

/// Rule `unit`: durations, measures, ages, multipliers, counts.
fn unit_rule(pieces: &[Piece], n: &Num, taken: &[bool], _: &Options) -> Outcome {
    Some(unit_amount(pieces, n, taken))
}

/// A number with a unit of time or measure, an age, a multiplier with
/// `times`/`-fold`, or a count: the sub-rules of rule `unit`, tried in
/// order (their examples are in `unit_sub_rules_and_their_examples`):
///
/// - `glued unit`: letters on the digits (`1,500km`, `10yrs`, `1.5m`, `3x`);
/// - `times`: `three times`, `3 times as many`, `10-fold`;
/// - `compound`: a hyphenated unit (`23-year-old`, `48-hour`, `11-mile`,
///   `200-strong`, `a 10-point plan`);
/// - `unit words`: `22 years`, `two more days`, `6 tonnes`, `40 sq km`;
/// - `counted noun`: anything else counts the noun after it (`26,000 junior
///   doctors`) or nothing named.
fn unit_amount(pieces: &[Piece], n: &Num, taken: &[bool]) -> Option<Core> {
    if let Some(sfx) = n.suffix.as_deref() {
        return glued_unit(pieces, n, sfx);
    }
    if let Some(c) = times_after(pieces, n) {
        return Some(c);
    }
    let k = n.end;
    if n.hyphen_next
        && let Some(p) = pieces.get(k)
        && p.kind == PieceKind::Word
    {
        return compound_unit_amount(pieces, n, taken);
    }
    if let Some(c) = unit_words(pieces, n, taken) {
        return Some(c);
    }
    if let Some(c) = magnitude(pieces, n) {
        return Some(c);
    }
    let mut c = count_of(n, k, counted_noun(pieces, k));
    c.noun = Some(k);
    Some(c)
}

/// Rule `one unit`: `a` or `an` before a unit of distance, mass, volume or
/// area says one of it (`the queue stretched for a mile`, `a tonne of
/// waste`, `an acre of land`). Not a unit of time (`a year earlier`, `a
/// day` are dates and rates), nor units that are also idioms or money
/// (`a pound`, `a foot in the door`, `an inch`, `a ton of`), nor after a
/// number or amount (`£1.50 a litre` is a price per litre), nor a
/// compound (`a mile-long queue`).
fn one_unit(pieces: &[Piece], i: usize, taken: &[bool]) -> Option<Core> {
    if !pieces[i].is_any(&["a", "an"]) || taken.get(i + 1).copied().unwrap_or(true) {
        return None;
    }
    let p = pieces.get(i + 1)?;
    let unit = units::measure_unit(&p.lower).filter(|u| {
        matches!(
            *u,
            "km" | "miles"
                | "metres"
                | "kg"
                | "tonnes"
                | "litres"
                | "gallons"
                | "acres"
                | "hectares"
        )
    })?;
    let singular = !p.lower.ends_with('s') && p.kind == PieceKind::Word && p.text.len() > 2;
    let after_amount = i > 0
        && (pieces[i - 1].kind != PieceKind::Word
            || pieces[i - 1].number_word
            || pieces[i - 1].is("per"));
    let compound = pieces.get(i + 2).is_some_and(|q| q.hyphen);
    if !singular || after_amount || compound || p.is_any(&["ton", "tons"]) {
        return None;
    }
    let mut c = Core::new(i, i + 2, ClaimKind::Measure, 1.0, Some(unit.into()));
    c.noun = Some(i + 2);
    Some(c)
}

/// Rule `magnitude`: an earthquake's size, said before the number or as a
/// scale after it (`a magnitude 6.1 earthquake`, `it measured 7.8 on the
/// Richter scale`), counts in magnitude, as `a 5.2-magnitude quake` does.
fn magnitude(pieces: &[Piece], n: &Num) -> Option<Core> {
    if n.start > 0 && pieces[n.start - 1].is("magnitude") {
        return Some(count_of(n, n.end, Some("magnitude".into())));
    }
    let at = |j: usize, w: &str| pieces.get(n.end + j).is_some_and(|p| p.is(w));
    (at(0, "on") && at(1, "the") && at(2, "richter") && at(3, "scale"))
        .then(|| count_of(n, n.end + 4, Some("magnitude".into())))
}

/// A count of `n` ending at piece `end`, in `unit`.
fn count_of(n: &Num, end: usize, unit: Option<String>) -> Core {
    let mut c = Core::new(n.start, end, ClaimKind::Count, n.value, unit).with_num(n);
    c.noun = Some(end);
    c
}

/// A measure of `n` ending at piece `end`, in the normalised `unit`.
fn measure_of(n: &Num, end: usize, unit: &str) -> Core {
    let mut c = count_of(n, end, Some(unit.into()));
    c.kind = ClaimKind::Measure;
    c
}

/// A multiplier of `n` ending at piece `end` (`3x`, `10-fold`).
fn times_of(n: &Num, end: usize) -> Core {
    let mut c = Core::new(
        n.start,
        end,
        ClaimKind::Ratio,
        n.value,
        Some("times".into()),
    )
    .with_num(n);
    c.noun = Some(end);
    c
}

/// Sub-rule `glued unit`: letters glued to the digits: `1,500km`, `10yrs`;
/// `1.5m` is millions in news copy, metres only next to a dimension (`a
/// 12m-high wall`, `12m (39ft)`); `3x` a multiplier.
fn glued_unit(pieces: &[Piece], n: &Num, sfx: &str) -> Option<Core> {
    let k = n.end;
    if let Some(u) = units::measure_unit(sfx).filter(|_| sfx != "m") {
        if let Some((u, end)) = units::raised_after(pieces, k, u) {
            return Some(measure_of(n, end, u));
        }
        return Some(measure_of(n, k, u));
    }
    // `2in`; `15st` (stone: a person's weight; `21st` and `2,271st` are
    // ordinals).
    let whole = n.value as u64;
    let ordinal_st = whole % 10 == 1 && whole % 100 != 11;
    match sfx {
        "in" => return Some(measure_of(n, k, "inches")),
        "st" if n.value < 60.0 && !ordinal_st => return Some(measure_of(n, k, "stone")),
        _ => {}
    }
    if let Some(u) = units::time_unit(sfx) {
        return Some(count_of(n, k, Some(u.into())));
    }
    match sfx {
        "m" => {
            if let Some((u, end)) = units::raised_after(pieces, k, "metres") {
                return Some(measure_of(n, end, u));
            }
            if let Some((u, end)) = units::metres_per_time(pieces, k) {
                return Some(measure_of(n, end, u));
            }
            let metres = pieces.get(k).is_some_and(|p| p.hyphen) || metres_context(pieces, n, k);
            if metres {
                Some(measure_of(n, k, "metres"))
            } else if let Some(u) = million_of_unit(pieces, k) {
                // Rule `millions of a unit`: `1.2m litres`, `3m tonnes`.
                let mut c = measure_of(n, k + 1, u);
                c.value = Some(n.value * 1e6);
                Some(c)
            } else {
                let mut c = count_of(n, k, counted_noun(pieces, k));
                c.value = Some(n.value * 1e6);
                Some(c)
            }
        }
        "x" => Some(times_of(n, k)),
        _ => None,
    }
}

/// Rule `millions of a unit`: a spaced unit of measure after a glued `m`
/// (`1.2m litres`, `3m tonnes`, `40m gallons`) makes the `m` millions of
/// that unit, a measure like `1.2 million litres`. Symbols of one letter
/// (`5m t`) are too ambiguous to say so.
fn million_of_unit(pieces: &[Piece], k: usize) -> Option<&'static str> {
    let p = pieces.get(k)?;
    if p.kind != PieceKind::Word || p.glued || p.lower.len() < 2 {
        return None;
    }
    units::measure_unit(&p.lower)
}

/// Sub-rule `times`: `three times`, `3 times as many` (a multiplier),
/// `10-fold`.
fn times_after(pieces: &[Piece], n: &Num) -> Option<Core> {
    let k = n.end;
    let p = pieces.get(k)?;
    if p.is("times") {
        if pieces.get(k + 1).is_some_and(|x| x.is_any(TIMES_FOLLOWERS)) {
            return Some(times_of(n, k + 1));
        }
        return Some(count_of(n, k + 1, Some("times".into())));
    }
    p.is("fold").then(|| times_of(n, k + 1))
}

/// Sub-rule `compound`: a unit hyphenated to the number: `23-year-old` (an
/// age), `48-hour`, `11-mile`, `200-strong`, `a 10-point plan` (counts
/// points); not `two-year fixed` (a product) nor `Delta 4-Heavy` (a name).
fn compound_unit_amount(pieces: &[Piece], n: &Num, taken: &[bool]) -> Option<Core> {
    let k = n.end;
    let p = &pieces[k];
    let w = p.lower.as_ref();
    // `12- to 17-year-olds`, `two- or three-bedroom`: the number stands
    // alone and the unit comes with the second one.
    if matches!(w, "to" | "or" | "and") {
        return Some(count_of(n, k, None));
    }
    if w == "plus" {
        return plus_amount(pieces, n, taken);
    }
    if let Some(u) = units::time_unit(w) {
        if pieces
            .get(k + 1)
            .is_some_and(|x| x.hyphen && x.is_any(&["old", "olds"]))
        {
            let mut c = count_of(n, k + 2, Some(u.into()));
            c.noun = Some(k + 2);
            c.age = true;
            return Some(c);
        }
        if filters::product_descriptor(pieces, k) {
            return None;
        }
        return Some(count_of(n, k + 1, Some(u.into())));
    }
    if let Some((u, end)) = units::compound_unit(pieces, k) {
        return Some(measure_of(n, end, u));
    }
    if let Some(u) = units::unit_of(p).filter(|u| !units::needs_of(u)) {
        return Some(measure_of(n, k + 1, u));
    }
    if w == "strong" {
        return Some(count_of(n, k + 1, None));
    }
    if w == "magnitude" {
        return Some(count_of(n, k + 1, Some("magnitude".into())));
    }
    if p.is_capitalised() || taken.get(k).copied().unwrap_or(false) {
        return None;
    }
    Some(count_of(n, k + 1, Some(units::plural(w))))
}

/// Rule `N-plus`: `90-plus percent`, `a 40-plus year career`, `$50-plus
/// tickets`: the number with its `plus` is read with what follows, as if
/// the `plus` were not there (`90 percent`, not 90 pluses).
fn plus_amount(pieces: &[Piece], n: &Num, taken: &[bool]) -> Option<Core> {
    let mut m = n.clone();
    m.end = n.end + 1;
    m.hyphen_next = pieces.get(m.end).is_some_and(|p| p.hyphen);
    let opts = Options::default();
    AMOUNT_RULES
        .iter()
        .find_map(|(_, rule)| rule(pieces, &m, taken, &opts))
        .flatten()
}

/// Sub-rule `unit words`: a unit of time or measure in words after the
/// number: `22 years`, `54 years old` (an age), `two more days`, `6
/// tonnes`, `40 sq km`; single letters (`t`, `l`, `g`) only straight after
/// the number.
fn unit_words(pieces: &[Piece], n: &Num, taken: &[bool]) -> Option<Core> {
    let k = n.end;
    let mut j = k;
    if pieces.get(k).is_some_and(|p| {
        p.is_any(&[
            "more",
            "further",
            "extra",
            "additional",
            "other",
            "consecutive",
            "straight",
            "full",
            "whole",
        ])
    }) {
        j += 1;
    }
    let p = pieces.get(j)?;
    if taken.get(j).copied().unwrap_or(true) {
        return None;
    }
    if let Some(u) = units::time_unit(&p.lower) {
        // `54 years old` is an age; `ago`/`later` belong to dates.
        let old = pieces.get(j + 1).is_some_and(|x| x.is("old"));
        let mut c = count_of(n, j + 1 + usize::from(old), Some(u.into()));
        c.age = old;
        return Some(c);
    }
    if j == k
        && let Some((u, end)) = units::compound_unit(pieces, j)
    {
        return Some(measure_of(n, end, u));
    }
    if j == k
        && let Some(c) = ambiguous_unit(pieces, n)
    {
        return Some(c);
    }
    let u = units::unit_of(p).filter(|_| p.text.len() > 1 || j == k)?;
    if units::needs_of(u) && !pieces.get(j + 1).is_some_and(|q| q.is("of")) {
        return None;
    }
    (p.text.chars().count() > 1 || !p.glued).then(|| measure_of(n, j + 1, u))
}

/// Words after a length that say it is one: `12m high`, `2 in thick`.
const DIMENSION_WORDS: &[&str] = &[
    "tall", "high", "long", "wide", "deep", "thick", "across", "away", "above", "below",
];

/// A dimension word at `k` standing alone (`185 m high`; not `one in
/// high-risk groups`).
fn dimension_at(pieces: &[Piece], k: usize) -> bool {
    pieces.get(k).is_some_and(|p| p.is_any(DIMENSION_WORDS))
        && !pieces.get(k + 1).is_some_and(|q| q.hyphen)
}

/// `in diameter`, `in length` at `k`, after a length.
fn in_dimension(pieces: &[Piece], k: usize) -> bool {
    pieces.get(k).is_some_and(|p| p.is("in"))
        && pieces
            .get(k + 1)
            .is_some_and(|q| q.is_any(&["diameter", "length", "height", "width", "depth"]))
}

/// Is the `m` after `n` (the piece at `k` follows it) metres rather than
/// millions? Next to a dimension (`12m high`, `185 m tall`, `3m in
/// diameter`), or glossed in imperial units (`12m (39ft)`, `20ft (6m)`).
fn metres_context(pieces: &[Piece], n: &Num, k: usize) -> bool {
    race_distance(pieces, n, k)
        || placing_in_race(pieces, n, k)
        || last_stretch(pieces, n, k)
        || athletics_metres(pieces, n, k)
        || dimension_at(pieces, k)
        || pieces
            .get(k)
            .is_some_and(|p| p.is_any(&["metres", "meters"]))
        || in_dimension(pieces, k)
        || imperial_gloss(pieces, k)
        || metric_gloss(pieces, n.start)
}

/// The distances of track and pool events, in metres.
const RACE_DISTANCES: &[f64] = &[
    50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0,
];

/// Words naming an event after its distance (`100m final`, `60m hurdles`).
const EVENT_WORDS: &[&str] = &[
    "hurdles",
    "final",
    "finals",
    "title",
    "titles",
    "race",
    "races",
    "heat",
    "heats",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "relay",
    "sprint",
    "sprinter",
    "runner",
    "runners",
    "dash",
    "steeplechase",
    "champion",
    "champions",
    "championship",
    "medal",
    "semi-final",
    "semi-finals",
];

/// Words that may stand between the distance and the event (`100m world
/// title`, `60m indoor silver`).
const EVENT_QUALIFIERS: &[&str] = &[
    "world",
    "indoor",
    "outdoor",
    "olympic",
    "european",
    "commonwealth",
    "national",
    "british",
    "irish",
    "scottish",
    "welsh",
    "english",
    "american",
];

/// Rule `race distance`: `the 100m final`, `the men's 1500m`, `60m
/// hurdles`: a track or pool distance in metres, not a hundred million,
/// when an event word follows (one qualifier may come between) or `men's`
/// or `women's` comes before. Only the standard distances: `a 30m title
/// sponsorship` stays money-like.
fn race_distance(pieces: &[Piece], n: &Num, k: usize) -> bool {
    if n.form != Form::Digits || !RACE_DISTANCES.contains(&n.value) {
        return false;
    }
    let event = |j: usize| pieces.get(j).is_some_and(|p| p.is_any(EVENT_WORDS));
    // `record` only after a qualifier (`60m British record`): `a 100m
    // record profit` is money.
    let record = |j: usize| {
        pieces
            .get(j)
            .is_some_and(|p| p.is_any(&["record", "records"]))
    };
    let after = event(k)
        || pieces.get(k).is_some_and(|p| p.is_any(EVENT_QUALIFIERS))
            && (event(k + 1) || record(k + 1));
    let before = n.start > 0 && pieces[n.start - 1].is_any(&["men's", "women's"]);
    // `the national 10,000m record`, `a British 60m title`: the qualifier
    // may come before the distance too.
    let qualified =
        n.start > 0 && pieces[n.start - 1].is_any(EVENT_QUALIFIERS) && (event(k) || record(k));
    after || before || qualified
}

/// Rule `placing in a race`: `finished third in the 400m`, `fifth in the
/// 1500m`, `1st in the 100m`: a standard distance after a placing and `in
/// the` is a race in metres, not millions, when no noun follows it
/// (`third in the 400m euro bond market` stays money-like).
fn placing_in_race(pieces: &[Piece], n: &Num, k: usize) -> bool {
    if n.form != Form::Digits || !RACE_DISTANCES.contains(&n.value) || n.start < 3 {
        return false;
    }
    let place = &pieces[n.start - 3];
    let placing = super::words::ordinal_word(&place.lower)
        .is_some_and(|(v, _, plural)| !plural && v <= 20.0 && v.fract() == 0.0)
        || place.kind == PieceKind::Mixed
            && place.lower.ends_with(|c: char| c.is_ascii_alphabetic())
            && place.lower.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| place.lower.ends_with(s));
    placing
        && pieces[n.start - 2].is("in")
        && pieces[n.start - 1].is("the")
        && counted_noun(pieces, k).is_none()
}

/// Words naming a stretch of a race before its distance (`my final 200m`).
const STRETCH_WORDS: &[&str] = &["final", "last", "closing", "opening", "first"];

/// Rule `last stretch`: `my final 200m`, `her last 400m`, `the closing
/// 100m of the race`: a standard distance after a stretch word and a
/// possessive (or `the` in a sentence about running) is a distance in
/// metres, not millions, when no noun follows and no money is named near
/// it (`the final 200m of the £1bn loan` stays money).
fn last_stretch(pieces: &[Piece], n: &Num, k: usize) -> bool {
    let standard = n.digits.is_some_and(|d| d.decimals == 0)
        && (RACE_DISTANCES.contains(&n.value) || matches!(n.value as u32, 300 | 500));
    if !standard || n.start < 2 || !pieces[n.start - 1].is_any(STRETCH_WORDS) {
        return false;
    }
    let window =
        &pieces[n.start.saturating_sub(ATHLETICS_WINDOW)..(k + ATHLETICS_WINDOW).min(pieces.len())];
    let owner = pieces[n.start - 2].is_any(&["my", "his", "her", "their", "our", "your"]);
    let running = pieces[n.start - 2].is("the")
        && window
            .iter()
            .any(|p| p.is_any(ATHLETICS_CUES) || p.is_any(&["race", "lap", "ran", "run", "swim"]));
    let money = window.iter().any(|p| {
        money::symbol(p.text).is_some()
            || !p.is_any(&["won", "rand", "real"])
                && money::word(&p.lower).is_some_and(|(_, f)| f == 1.0)
    });
    (owner || running) && !money && counted_noun(pieces, k).is_none()
}

/// Words that put a sentence on the track or in the field: a distance or a
/// mark said near them is in metres (`won silver in the 100m`, `cleared
/// 1.76m`, `a leap of 17.30m`).
const ATHLETICS_CUES: &[&str] = &[
    "gold",
    "silver",
    "bronze",
    "medal",
    "medals",
    "medallist",
    "olympic",
    "olympics",
    "athletics",
    "hurdles",
    "sprint",
    "sprinter",
    "relay",
    "heptathlon",
    "decathlon",
    "marathon",
    "steeplechase",
    "jump",
    "jumped",
    "jumps",
    "leap",
    "leapt",
    "throw",
    "threw",
    "throws",
    "vault",
    "cleared",
    "clearance",
    "indoor",
    "indoors",
    "ran",
    "race",
    "raced",
    "clocked",
];

/// Words that may follow a distance or a mark in a race report (`the 800m
/// final`, `a 3,000m victory`, `the 5m barrier`, `10,000m hope`): any
/// other noun after `Nm` makes it a count in millions (`1.7m people`).
const ATHLETICS_NOUNS: &[&str] = &[
    "victory",
    "win",
    "crown",
    "gold",
    "silver",
    "bronze",
    "success",
    "hope",
    "hopes",
    "place",
    "mark",
    "barrier",
    "season",
    "course",
    "stage",
    "record",
    "best",
    "qualifying",
    "specialist",
    "star",
    "event",
    "events",
    "distance",
];

/// How many pieces either side of a distance [`athletics_metres`] looks
/// for a cue (a fixed window keeps the pass linear).
const ATHLETICS_WINDOW: usize = 12;

/// Rule `athletics metres`: in a sentence about the track or the field, a
/// race distance (`won silver in the 100m`, `over 1500m in Glasgow`) or a
/// jump or throw written to the centimetre (`cleared 1.76m`, `a leap of
/// 17.30m`) is in metres, not millions, when no money is named near it and
/// no other noun follows (`1.7m people` stays a count; `a 40m penalty`
/// stays money-like).
fn athletics_metres(pieces: &[Piece], n: &Num, k: usize) -> bool {
    let race = n.digits.is_some_and(|d| d.decimals == 0)
        && (RACE_DISTANCES.contains(&n.value)
            || matches!(n.value as u32, 300 | 500 | 600 | 1000 | 1200 | 1600 | 2000));
    let mark = n
        .digits
        .is_some_and(|d| d.decimals == 2 && n.value > 0.0 && n.value < 30.0);
    if !(race || mark) {
        return false;
    }
    // (A cue read as a noun is no counted noun: `over 60m indoors`.)
    let noun_ok = counted_noun(pieces, k).is_none()
        || pieces.get(k).is_some_and(|p| {
            p.is_any(ATHLETICS_NOUNS)
                || p.is_any(EVENT_WORDS)
                || p.is_any(EVENT_QUALIFIERS)
                || p.is_any(ATHLETICS_CUES)
        });
    if !noun_ok {
        return false;
    }
    let window =
        &pieces[n.start.saturating_sub(ATHLETICS_WINDOW)..(k + ATHLETICS_WINDOW).min(pieces.len())];
    let money = window.iter().any(|p| {
        money::symbol(p.text).is_some()
            || !p.is_any(&["won", "rand", "real"])
                && money::word(&p.lower).is_some_and(|(_, f)| f == 1.0)
    });
    !money && window.iter().any(|p| p.is_any(ATHLETICS_CUES))
}

/// How many pieces back an inch mark looks for an opening quotation mark.
const MARK_WINDOW: usize = 60;

/// Sub-rule `ambiguous unit`: a spaced `m`, `in` or an inch mark that is a
/// unit only in context: `185 m high` (metres; a spaced `m` is otherwise
/// millions), `2 in thick`, `2 in.` ending the sentence, `a 9" plate`
/// (inches; the mark is not a closing quotation mark: an even number of
/// straight double marks come before it).
fn ambiguous_unit(pieces: &[Piece], n: &Num) -> Option<Core> {
    let k = n.end;
    let p = pieces.get(k)?;
    match p.text {
        "m" if !p.glued && metres_context(pieces, n, k + 1) => Some(measure_of(n, k + 1, "metres")),
        // (In digits: `one in high places` is no length.)
        "in" if !p.glued && pieces[n.start].is_number() && inches_context(pieces, k + 1) => {
            Some(measure_of(n, k + 1, "inches"))
        }
        "\"" | "″" if p.glued && n.suffix.is_none() => {
            // (Counted within a window, so that a run of inch marks stays
            // linear.)
            let from = n.start.saturating_sub(MARK_WINDOW);
            let marks = pieces[from..n.start]
                .iter()
                .filter(|q| q.text == "\"")
                .count();
            let mark_closes = p.text == "\"" && marks % 2 == 1;
            // `9",` and `9".` end quotations in British style.
            let after_quote = pieces
                .get(k + 1)
                .is_some_and(|q| q.glued || matches!(q.text, "," | "."));
            (!mark_closes && !after_quote).then(|| measure_of(n, k + 1, "inches"))
        }
        _ => None,
    }
}

/// Is the spaced `in` after a number (the piece at `k` follows it) inches?
/// Next to a dimension (`2 in thick`, `2 in in diameter`), glossed in
/// metric (`2 in (5 cm)`), or ending the sentence (`is 2 in.`), where the
/// preposition would need an object.
fn inches_context(pieces: &[Piece], k: usize) -> bool {
    let Some(p) = pieces.get(k) else {
        return true;
    };
    if dimension_at(pieces, k) || in_dimension(pieces, k) {
        return true;
    }
    if p.text == "(" {
        return pieces
            .get(k + 2)
            .is_some_and(|q| matches!(units::measure_unit(&q.lower), Some("cm" | "mm")));
    }
    matches!(p.text, "." | ";" | "!" | "?") && pieces.get(k + 1).is_none()
}

/// `12m (39ft)`: a metric figure glossed in imperial units in a bracket,
/// so the `m` is metres, not millions.
fn imperial_gloss(pieces: &[Piece], k: usize) -> bool {
    if pieces.get(k).is_none_or(|p| p.text != "(") {
        return false;
    }
    let Some(q) = pieces.get(k + 1) else {
        return false;
    };
    let unit_of = |p: &Piece| {
        units::measure_unit(&p.lower)
            .is_some_and(|u| matches!(u, "feet" | "inches" | "yards" | "miles"))
    };
    let rest = q
        .lower
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let glued_unit = rest.len() < q.lower.len() && matches!(rest, "ft" | "feet" | "in");
    glued_unit || q.is_number() && pieces.get(k + 2).is_some_and(unit_of)
}

/// `20ft (6m)`, `a 3-mile (5km) queue`, `40 feet (12m)`: a metric figure
/// in a bracket glossing an imperial length before it, so the `m` is
/// metres, not millions. `k` is the number's first piece.
fn metric_gloss(pieces: &[Piece], k: usize) -> bool {
    if k < 2 || pieces[k - 1].text != "(" {
        return false;
    }
    let p = &pieces[k - 2];
    let rest = p
        .lower
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let glued = rest.len() < p.lower.len() && matches!(rest, "ft" | "in" | "mi" | "yd");
    glued
        || units::measure_unit(&p.lower)
            .is_some_and(|u| matches!(u, "feet" | "inches" | "yards" | "miles"))
}

/// Words that end a counted-noun phrase.
const NOUN_STOP: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "who", "which",
    "that", "were", "was", "is", "are", "had", "have", "has", "will", "would", "could", "can",
    "may", "might", "must", "did", "do", "does", "been", "be", "said", "says", "the", "a", "an",
    "than", "as", "per", "each", "this", "these", "those", "their", "its", "his", "her", "our",
    "since", "after", "before", "during", "while", "when", "where", "if", "so", "not", "more",
    "less", "over", "under", "up", "down", "out", "about", "into", "onto", "across", "against",
    "between", "through", "until", "last", "next", "every", "all", "some", "only", "just", "also",
    "still", "now", "then", "there", "here", "ago", "later", "earlier", "year", "month", "week",
    "day", "it", "they", "we", "he", "she", "you", "i", "whose", "whom", "what", "how",
];

/// Verbs that often follow a count (`10,000 came`, `57 died`).
const COMMON_VERBS: &[&str] = &[
    "came",
    "come",
    "went",
    "go",
    "left",
    "took",
    "take",
    "made",
    "make",
    "saw",
    "got",
    "gave",
    "found",
    "told",
    "said",
    "say",
    "says",
    "died",
    "die",
    "voted",
    "vote",
    "agree",
    "agreed",
    "stayed",
    "turned",
    "signed",
    "backed",
    "received",
    "attended",
    "joined",
    "lost",
    "won",
    "remain",
    "remained",
    "live",
    "lived",
    "work",
    "worked",
    "need",
    "needed",
    "face",
    "faced",
    "get",
    "run",
    "ran",
    "fell",
    "rose",
    "grew",
    "became",
    "become",
    "showed",
    "show",
    "think",
    "thought",
    "believe",
    "believed",
    "want",
    "wanted",
    "use",
    "used",
    "pay",
    "paid",
    "hold",
    "held",
    "sat",
    "sit",
    "stand",
    "stood",
    "began",
    "begin",
    "started",
    "start",
    "continue",
    "continued",
    "include",
    "included",
    "including",
    "opened",
    "closed",
    "applied",
    "reported",
    "claimed",
    "claim",
    "supported",
    "support",
    "per",
    "each",
    "apiece",
    "every",
];

/// Plural-looking nouns that also qualify another noun (`sales staff`).
const MODIFIER_PLURALS: &[&str] = &[
    "news",
    "ratings",
    "securities",
    "sales",
    "arms",
    "goods",
    "savings",
    "series",
    "species",
    "means",
    "sports",
    "customs",
    "systems",
    "services",
    "communications",
    "earnings",
    "operations",
    "parts",
    "works",
    "jobs",
    "drugs",
    "weapons",
    "emissions",
    "rights",
    "claims",
    "days",
    "hours",
    "weeks",
    "months",
    "years",
    "minutes",
    "seconds",
];

/// Does the word end a counted noun phrase as its plural head?
fn plural_head(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !MODIFIER_PLURALS.contains(&w)
}

/// Rule `named modifiers`: capitalised words at `j` that qualify a
/// lower-case plural noun within the `room` words left (`two London
/// Assembly members`, `three Grand Slam titles`); a name standing alone
/// (`15 Downing`, `3 Mobile network`) ends the counted noun.
fn named_modifiers(pieces: &[Piece], j: usize, room: usize) -> bool {
    for (used, p) in pieces[j..].iter().enumerate() {
        if used >= room || p.kind != PieceKind::Word {
            return false;
        }
        if !p.is_capitalised() {
            return used > 0
                && plural_head(&p.lower)
                && !p.is_any(NOUN_STOP)
                && !COMMON_VERBS.contains(&p.lower.as_ref());
        }
        if p.is_any(NOUN_STOP)
            || super::dates::is_month_or_weekday(&p.lower)
            || p.lower.ends_with("'s")
        {
            return false;
        }
    }
    false
}

/// The noun a count counts: `26,000 junior doctors`, `412 flights`, `57
/// confirmed cases`. Lower-case words up to a function word, a verb-like
/// word after the first, or punctuation; at most three.
pub(crate) fn counted_noun(pieces: &[Piece], k: usize) -> Option<String> {
    // Each word of the phrase; a hyphenated compound (`free-to-air`,
    // `by-elections`) is one word, its parts joined by hyphens.
    let mut words: Vec<String> = Vec::new();
    let mut j = k;
    while let Some(p) = pieces.get(j) {
        let part = p.hyphen && !words.is_empty() && p.kind == PieceKind::Word;
        // Rule `hyphenated head`: a stop word hyphenated to the next word
        // is part of a compound noun (`four by-elections`, `two
        // in-patients`), not the phrase's end.
        let compound = pieces
            .get(j + 1)
            .is_some_and(|q| q.hyphen && q.kind == PieceKind::Word);
        if !word_joins_noun(pieces, j, words.len(), part, compound) {
            break;
        }
        match words.last_mut() {
            Some(last) if part => {
                last.push('-');
                last.push_str(p.text);
            }
            _ => words.push(p.text.to_string()),
        }
        j += 1;
        if compound {
            continue;
        }
        let capital = p.is_capitalised() && !p.is_acronym();
        if plural_head(&p.lower) && !plural_modifier(pieces, j, capital, part) {
            break;
        }
    }
    // A trailing adverb or participle makes a poor unit.
    while words
        .last()
        .is_some_and(|w| w.ends_with("ly") || w.ends_with("ing"))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" ").to_lowercase())
}

/// Whether the word at `j` goes on a counted noun of `len` words so far
/// (`part`: it is hyphenated to the last; `compound`: the next is
/// hyphenated to it). A function word, a number, a day, a name not
/// modifying a noun (`London Assembly members` is one), a verb or a
/// participle after the first word ends it; at most three words.
fn word_joins_noun(pieces: &[Piece], j: usize, len: usize, part: bool, compound: bool) -> bool {
    let Some(p) = pieces.get(j) else {
        return false;
    };
    if p.kind != PieceKind::Word || len == 3 && !part || p.is_any(NOUN_STOP) && !compound && !part {
        return false;
    }
    let w = p.lower.as_ref();
    if p.number_word
        || super::dates::is_month_or_weekday(w)
        || matches!(w, "yesterday" | "today" | "tomorrow" | "tonight")
    {
        return false;
    }
    let capital = p.is_capitalised() && !p.is_acronym();
    if capital && !part && !named_modifiers(pieces, j, 3 - len) {
        return false;
    }
    // (A name is no verb: `London Assembly members`.)
    let verbish =
        !capital && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly")) && !part;
    if len > 0 && (verbish || AFTER_THE_NOUN.contains(&w)) || COMMON_VERBS.contains(&w) && !part {
        return false;
    }
    !(len == 0 && verbish) || participle_before_noun(pieces, j)
}

/// Rule `said of the noun`: words that follow a counted noun to say
/// what is to become of it (`the 460 jobs due to go`, `200 staff set to
/// leave`, `40 workers able to vote`), never part of the noun.
const AFTER_THE_NOUN: &[&str] = &[
    "due", "set", "able", "unable", "ready", "poised", "bound", "about", "left", "still",
];

/// Rule `participle first`: a participle opens a counted noun (`57
/// confirmed cases`) only before a lower-case noun (not before a name:
/// `six unnamed Roma families`).
fn participle_before_noun(pieces: &[Piece], j: usize) -> bool {
    pieces.get(j + 1).is_some_and(|n| {
        n.kind == PieceKind::Word
            && (!n.is_capitalised() || n.is_acronym())
            && !n.is_any(NOUN_STOP)
            && !COMMON_VERBS.contains(&n.lower.as_ref())
            && !n.lower.ends_with("ed")
            && !n.lower.ends_with("ly")
    })
}

/// Rule `plural head`: a plural noun ends the phrase (`almost 30 wealthy
/// nations spend`, `two cities worldwide`), unless it is a noun used as a
/// modifier (`sales staff`, `news outlets`), a name (`10,000 Hearts fans`)
/// or a compound before a noun (`with-profits investors`); `j` is the
/// word after it.
fn plural_modifier(pieces: &[Piece], j: usize, capital: bool, part: bool) -> bool {
    capital
        || part
            && pieces.get(j).is_some_and(|q| {
                q.kind == PieceKind::Word
                    && !q.is_capitalised()
                    && plural_head(&q.lower)
                    && !q.is_any(NOUN_STOP)
            })
}

/// A currency or percent named without a number.
fn mention(pieces: &[Piece], i: usize, opts: &Options) -> Option<Core> {
    if !opts.mentions {
        return None;
    }
    if let Some(end) = percent::mention(pieces, i) {
        let mut c = Core::new(i, end, ClaimKind::Percentage, 0.0, Some("percent".into()));
        c.value = None;
        return Some(c);
    }
    let p = &pieces[i];
    let code = money::word(&p.lower).map(|(c, _)| c).or_else(|| {
        (p.kind == PieceKind::Word && p.text.len() == 3)
            .then(|| money::code(p.text))
            .flatten()
    })?;
    if p.kind != PieceKind::Word || matches!(p.lower.as_ref(), "won" | "rand" | "real" | "sterling")
    {
        return None;
    }
    let mut c = Core::new(i, i + 1, ClaimKind::Money, 0.0, Some(code.into()));
    c.value = None;
    Some(c)
}

/// `aged 54`, `age 54`: the lead word before an age.
fn age_lead(pieces: &[Piece], c: &Core) -> Option<usize> {
    let k = c.start.checked_sub(1)?;
    (c.kind == ClaimKind::Count
        && c.unit.is_none()
        && c.value
            .is_some_and(|v| (0.0..=125.0).contains(&v) && v.fract() == 0.0)
        && pieces[k].is_any(&["aged", "age"]))
    .then_some(k)
}

/// `the voting age of 16`, `the state pension age to 67`: a bare whole
/// number after `age` and a preposition (the number keeps its own surface).
fn age_of(pieces: &[Piece], c: &Core) -> bool {
    c.kind == ClaimKind::Count
        && c.unit.is_none()
        && c.start >= 2
        && c.value
            .is_some_and(|v| (0.0..=125.0).contains(&v) && v.fract() == 0.0)
        && pieces[c.start - 1].is_any(&["of", "to", "at"])
        && pieces[c.start - 2].is("age")
}

/// `Marta Sousa, 34,` / `Lena Whitford (38)`: an age in apposition to a name.
fn apposition_age(pieces: &[Piece], c: &Core) -> bool {
    let Some(n) = &c.num else { return false };
    if c.kind != ClaimKind::Count
        || n.end != n.start + 1
        || n.form != Form::Digits
        || !n.is_integer()
        || !(1.0..=120.0).contains(&n.value)
        || n.start < 3
    {
        return false;
    }
    let open = &pieces[n.start - 1];
    let name = &pieces[n.start - 2];
    let close = pieces.get(n.end);
    let bracket = open.text == "(" && close.is_some_and(|p| p.text == ")");
    // (A spaced dash may close it too: `Tom Reyes, 19 - who was`.)
    let comma = open.text == ","
        && close.is_none_or(|p| {
            matches!(p.text, "," | "." | ";" | ")") || matches!(p.text, "-" | "–" | "—") && !p.glued
        });
    (bracket || comma)
        && name.kind == PieceKind::Word
        && name.is_capitalised()
        && !name.is_acronym()
        && !super::dates::is_month_or_weekday(&name.lower)
        && pieces[n.start - 3].kind == PieceKind::Word
}

/// Words before `X to Y` that make it a change rather than a range.
pub(crate) const CHANGE_WORDS: &[&str] = &[
    "from",
    "rose",
    "fell",
    "up",
    "down",
    "increased",
    "decreased",
    "grew",
    "dropped",
    "climbed",
    "jumped",
    "slipped",
    "risen",
    "fallen",
    "by",
    "cut",
    "raised",
    "lowered",
    "rising",
    "falling",
];

/// A range after the first amount: `10-12 weeks`, `2-3%`, `£20,000–£30,000`,
/// `3 to 5 per cent`, `20 through 100`, `20~100`.
fn range_after(pieces: &[Piece], first: &Core, taken: &[bool], opts: &Options) -> Option<Core> {
    let n1 = first.num.as_ref()?;
    let low = first.value?;
    let k = n1.end;
    let (start2, needs_unit) = range_joiner(pieces, first, k)?;
    let alternative = pieces.get(first.end).is_some_and(|p| p.is("or"));
    // A range uses the first number bare (`10-12 weeks`) or with its unit
    // (`£20,000–£30,000`, `44 mg to 50 mg`).
    let second = core_at(pieces, start2, taken, opts)?;
    let high = second.value?;
    let compatible = ends_compatible(first, &second, k);
    let written_low = low;
    let mut low = carried_scale(pieces, first, &second, low, high);
    let mut high = high;
    // `ranged from -18C to -34C`: below zero a range may be written from
    // its end nearer zero.
    if needs_unit && high < low && low <= 0.0 {
        std::mem::swap(&mut low, &mut high);
    }
    // Rule `alternatives`: `five or six thousand` is one range, the scale
    // carried to its low end (read apart, `five` would be 5); without a
    // scale to carry, `two or three days` stay two figures.
    if !compatible || high <= low || alternative && low == written_low {
        return None;
    }
    if needs_unit && bare_to_needs_unit(pieces, first, &second) {
        return None;
    }
    if year_span(first, &second) {
        return None;
    }
    let mut c = Core::new(
        first.start,
        second.end,
        ClaimKind::Range,
        low,
        second.unit.clone().or(first.unit.clone()),
    );
    c.high = Some(high);
    c.num = first.num.clone();
    c.noun = second.noun;
    Some(c)
}

/// Rule `range joiner`: where a range's second amount starts after
/// `first` (whose number ends at `k`), and whether the joiner demands a
/// unit: a dash (`10-12 weeks`, `£20,000–£30,000`), `- to` (`12- to
/// 17-year-olds`), `to`/`through` outside a change (`rose from 86% to 93%`
/// is two claims), `or` after a bare number (`five or six thousand`).
fn range_joiner(pieces: &[Piece], first: &Core, k: usize) -> Option<(usize, bool)> {
    let n1 = first.num.as_ref()?;
    if n1.hyphen_next && pieces.get(k).is_some_and(|p| p.kind != PieceKind::Word) {
        return Some((k, false));
    }
    let p = pieces.get(first.end)?;
    match p.text {
        // `12- to 17-year-olds`: the unit comes with the second number.
        "-" | "–" if first.end == k && pieces.get(first.end + 1).is_some_and(|q| q.is("to")) => {
            Some((first.end + 2, true))
        }
        "-" | "–" | "—" | "~" if first.end == k || first.kind != ClaimKind::Count => {
            Some((first.end + 1, false))
        }
        // `rose from 86% to 93%`, `rose 2% to 5%`: a change, two
        // claims; `from 4 to 6 per cent` alone is a range.
        _ if (p.is("to") || p.is("through")) && !is_change(pieces, first.start) => {
            Some((first.end + 1, p.is("to")))
        }
        // `five or six thousand people`: a bare number or another
        // close to it (see the check in `range_after`).
        _ if p.is("or") && first.end == k && !is_change(pieces, first.start) => {
            Some((first.end + 1, false))
        }
        _ => None,
    }
}

/// Rule `ends of one kind`: the two ends of a range share a kind and a
/// unit, or the first is bare (its number ends at `k`: `10-12 weeks`),
/// or the currency is written once on the low end (`£2 to 3bn`, `$1-2
/// trillion`, `£2-3m`).
fn ends_compatible(first: &Core, second: &Core, k: usize) -> bool {
    let bare_first = first.end == k || first.kind != ClaimKind::Count;
    if !bare_first && first.unit != second.unit {
        return false;
    }
    match (first.kind, second.kind) {
        (a, b) if a == b => first.unit.is_none() || first.end == k || first.unit == second.unit,
        (ClaimKind::Count, _) => first.end == k,
        (ClaimKind::Money, ClaimKind::Count) => first.end == k && second.unit.is_none(),
        _ => false,
    }
}

/// Rule `bare to`: `7 to 10` needs a unit to be a range, unless `from`
/// opens it (`zones from 7 to 10`; a change, `rose from 7 to 10`, was
/// ruled out before) or an age leads it (`aged 7 to 10`).
fn bare_to_needs_unit(pieces: &[Piece], first: &Core, second: &Core) -> bool {
    let from = first.start > 0 && pieces[first.start - 1].is("from");
    !from
        && second.kind == ClaimKind::Count
        && second.unit.is_none()
        && first.unit.is_none()
        && age_lead(pieces, first).is_none()
}

/// Rule `year span`: `2013-14` is a span of years, not a range of numbers.
fn year_span(first: &Core, second: &Core) -> bool {
    first
        .num
        .as_ref()
        .and_then(|n| n.digits)
        .is_some_and(|d| d.int_digits == 4)
        && second
            .num
            .as_ref()
            .is_some_and(|n2| n2.digits.is_some_and(|d| d.int_digits == 2))
}

/// Rule `plus or minus`: `2,000.45±0.01 pounds`, `9.8 +/- 0.1 m/s`: the
/// first amount with its uncertainty, in the unit written after it (the
/// uncertainty is no claim of its own).
fn plus_minus(pieces: &[Piece], first: &Core, taken: &[bool], opts: &Options) -> Option<Core> {
    let k = first.end;
    let start2 = match pieces.get(k)?.text {
        "±" => k + 1,
        "+" if pieces.get(k + 1)?.text == "/" && matches!(pieces.get(k + 2)?.text, "-" | "−") => {
            k + 3
        }
        _ => return None,
    };
    let second = core_at(pieces, start2, taken, opts)?;
    let mut c = first.clone();
    c.end = second.end;
    if second.unit.is_some() && first.unit.is_none() {
        c.kind = second.kind;
        c.unit = second.unit;
    }
    c.noun = second.noun;
    Some(c)
}

/// Is the amount starting at `start` the start or end of a change (`rose
/// from 86% to 93%`, `fell 2% to 5%`) rather than a range?
fn is_change(pieces: &[Piece], start: usize) -> bool {
    let Some(b) = start.checked_sub(1) else {
        return false;
    };
    if pieces[b].is("from") {
        return changed_before(pieces, b);
    }
    pieces[b].is_any(CHANGE_WORDS)
}

/// Change verbs in `-ing` (`expanding from 40 to 1,796 cinemas`).
pub(crate) const CHANGING: &[&str] = &[
    "expanding",
    "growing",
    "increasing",
    "decreasing",
    "dropping",
    "climbing",
    "jumping",
    "shrinking",
    "cutting",
    "lifting",
    "boosting",
    "reducing",
    "declining",
    "soaring",
    "surging",
    "sliding",
    "slipping",
    "doubling",
    "halving",
    "moving",
    "going",
    "swelling",
];

/// Change verbs in their base form, after a modal or as a noun (rule
/// `change in the base form`: `the age will rise from 60 to 65`, `plans
/// to raise fees from £9,000 to £9,500`, `an increase from 4 to 6`): a
/// change of one value into another, two claims, not a range.
const CHANGE_BASE: &[&str] = &[
    "rise", "raise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "reduce",
    "lift", "boost", "extend", "expand", "shrink", "double", "halve", "change", "move", "go",
    "lower", "cut",
];

/// Words that make `from … to …` a range: `ranging from`, `anywhere from`.
const RANGE_CUES: &[&str] = &[
    "range", "ranges", "ranged", "ranging", "anywhere", "vary", "varies", "varying", "varied",
];

/// Rule `change, not range`: is the `from` at `b` the start of a change
/// (`rose from`, `has lifted coverage among children from`)? The clause
/// before it, back to a comma, names a change (a change word or a verb in
/// the past) unless it names a range (`fees range from`).
fn changed_before(pieces: &[Piece], b: usize) -> bool {
    for p in pieces[b.saturating_sub(8)..b].iter().rev() {
        if p.kind == PieceKind::Punct && matches!(p.text, "," | ";" | ":" | "(") {
            break;
        }
        if p.is_any(RANGE_CUES) {
            return false;
        }
        let past = p.kind == PieceKind::Word && p.lower.len() > 4 && p.lower.ends_with("ed");
        if p.is_any(CHANGE_WORDS) && !p.is("from")
            || p.is_any(CHANGING)
            || p.is_any(CHANGE_BASE)
            || past
        {
            return true;
        }
    }
    false
}

/// 100 when a number is written as one word or figure and `hundred`
/// (`six hundred`, `6 hundred`, `six hundred thousand`), else 1: the
/// hundred a range's low end takes from its high end.
fn hundreds_written(pieces: &[Piece], n: &Num) -> f64 {
    let words = &pieces[n.start..n.end];
    let hundred = words.len() >= 2 && words[1].is("hundred");
    if hundred
        && words[2..]
            .iter()
            .all(|p| words::scale_word(&p.lower).is_some())
    {
        100.0
    } else {
        1.0
    }
}

/// The scale written on a number (`million`, `bn`, `k`), or 1.
fn written_scale(pieces: &[Piece], n: &Num) -> f64 {
    // (`3m` is not marked scaled: the `m` may be metres; a count or money
    // read it as millions.)
    if !n.scaled && n.suffix.as_deref() != Some("m") {
        return 1.0;
    }
    let mut scale = 1.0;
    for p in &pieces[n.start..n.end] {
        if let Some((s, _)) = words::scale_word(&p.lower) {
            scale = s;
            continue;
        }
        let letters = p
            .lower
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        scale = match letters {
            "k" => 1e3,
            "m" | "mn" | "mln" => 1e6,
            "b" | "bn" | "bln" => 1e9,
            "tn" | "trn" => 1e12,
            _ => scale,
        };
    }
    scale
}

/// Rule `carried scale`: a scale word on a range's high end applies to a
/// bare low end: `six to seven thousand` (6,000–7,000), `3 to 4 million`,
/// `€40 to €45 billion`, `five to six hundred` (500–600), `five to six
/// hundred thousand`; not `€600,000 to €1.1 million`, whose low end already
/// is the whole amount, nor `5 to 600`, whose high end has no scale word.
fn carried_scale(pieces: &[Piece], first: &Core, second: &Core, low: f64, high: f64) -> f64 {
    let (Some(n1), Some(n2)) = (first.num.as_ref(), second.num.as_ref()) else {
        return low;
    };
    if n1.scaled || first.kind == ClaimKind::Percentage {
        return low;
    }
    let s = written_scale(pieces, n2) * hundreds_written(pieces, n2);
    if s > 1.0 && low * s <= high && low * s * 1000.0 > high {
        low * s
    } else if carried_thousands(n1, n2, low, high) {
        low * 1000.0
    } else {
        low
    }
}

/// Rule `carried thousands`: a bare whole low end before a high end written
/// in whole thousands takes the thousands when that makes the two ends
/// close: `10-15,000 people` (10,000–15,000), `20 to 30,000 fans`; not
/// `10-150,000`, nor `2.5-15,000`.
fn carried_thousands(n1: &Num, n2: &Num, low: f64, high: f64) -> bool {
    let grouped_thousands = n2
        .digits
        .is_some_and(|d| d.grouped && d.decimals == 0 && high % 1000.0 == 0.0);
    let bare = n1
        .digits
        .is_some_and(|d| !d.grouped && d.decimals == 0 && d.int_digits <= 3);
    grouped_thousands && bare && low * 1000.0 <= high && low * 10_000.0 > high
}

/// `between 10 and 12 weeks`, `between €250 and €600`, `between 79 and 88 per cent`.
fn between(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Core> {
    if !pieces[i].is("between") {
        return None;
    }
    let first = core_at(pieces, i + 1, taken, opts)?;
    if !pieces.get(first.end).is_some_and(|p| p.is("and")) {
        return None;
    }
    let second = core_at(pieces, first.end + 1, taken, opts)?;
    let (low, high) = (first.value?, second.value?);
    let low = carried_scale(pieces, &first, &second, low, high);
    let unit_ok =
        first.kind == second.kind || first.kind == ClaimKind::Count && first.unit.is_none();
    if !unit_ok || high <= low {
        return None;
    }
    let mut c = Core::new(
        i,
        second.end,
        ClaimKind::Range,
        low,
        second.unit.clone().or(first.unit.clone()),
    );
    c.high = Some(high);
    c.num = first.num.clone();
    c.noun = second.noun;
    Some(c)
}

/// First words of hedges, `between`, and words that are amounts by
/// themselves (multipliers, `percent of`).
fn starts_quantity_word(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "just"
            | "well"
            | "in"
            | "upwards"
            | "greater"
            | "higher"
            | "larger"
            | "bigger"
            | "over"
            | "above"
            | "exceeding"
            | "exceed"
            | "exceeds"
            | "surpass"
            | "fewer"
            | "less"
            | "lower"
            | "smaller"
            | "short"
            | "not"
            | "getting"
            | "nearly"
            | "almost"
            | "under"
            | "below"
            | "close"
            | "an"
            | "of"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "approx"
            | "approx."
            | "circa"
            | "some"
            | "at"
            | "no"
            | "a"
            | "up"
            | "as"
            | "between"
            | "equal"
            | "equals"
            | "equaling"
            | "equalling"
            | "exactly"
            | "percent"
            | "percents"
            | "percentage"
            | "per"
            | "twice"
            | "thrice"
            | "double"
            | "triple"
            | "treble"
            | "quadruple"
            | "minus"
            | "negative"
            | "rs"
            | "rs."
    ) || multiplier_word(w).is_some()
        || w.ends_with("fold")
}

/// Can a quantity start at this piece? A cheap test that spares the grammar
/// most pieces of a text.
fn may_start(pieces: &[Piece], i: usize, opts: &Options) -> bool {
    let p = &pieces[i];
    match p.kind {
        PieceKind::Number | PieceKind::Mixed => true,
        PieceKind::Punct => {
            money::symbol(p.text).is_some()
                || matches!(p.text, "." | "-" | "−" | "%" | ">" | "<" | "≥" | "≤")
                || p.text.chars().next().is_some_and(|c| c.is_numeric())
        }
        PieceKind::Word => {
            p.number_word
                || starts_quantity_word(&p.lower)
                || (p.text.len() <= 4
                    && pieces
                        .get(i + 1)
                        .is_some_and(|n| n.text == "$" || n.text == "."))
                || (p.text.len() == 3 || p.text.len() == 4)
                    && (money::code(p.text).is_some() || money::million_code(p.text).is_some())
                || money::symbol(p.text).is_some()
                || p.text.chars().next().is_some_and(|c| c.is_numeric())
                || opts.mentions
                    && (money::word(&p.lower).is_some() || money::code(p.text).is_some())
        }
    }
}

/// The quantity starting at piece `i`, if any: one amount, or two bounds
/// that make a range.
fn quantity_at(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Found> {
    let f = single_at(pieces, i, taken, opts)?;
    Some(compound_bound(pieces, &f, taken, opts).unwrap_or(f))
}

fn is_lower_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::MoreThan | Qualifier::AtLeast))
}

fn is_upper_bound(q: Option<Qualifier>) -> bool {
    matches!(q, Some(Qualifier::LessThan | Qualifier::UpTo))
}

/// Rule `two bounds`: a lower and an upper bound joined by `and`, `but` or
/// a comma make one range: `more than 50 and fewer than 80` (50–80), `at
/// most 100 and at least 20` (20–100), `above 1000 but below 1500`; not
/// `more than 40 and less than 10`, which cannot both hold.
fn compound_bound(pieces: &[Piece], f: &Found, taken: &[bool], opts: &Options) -> Option<Found> {
    if !(is_lower_bound(f.qualifier) || is_upper_bound(f.qualifier)) || f.value.is_none() {
        return None;
    }
    let mut j = f.end;
    if pieces.get(j).is_some_and(|p| p.text == ",") {
        j += 1;
    }
    if pieces
        .get(j)
        .is_some_and(|p| p.is_any(&["and", "but", "yet"]))
    {
        j += 1;
    }
    if j == f.end || j >= pieces.len() {
        return None;
    }
    let g = single_at(pieces, j, taken, opts)?;
    let (lower, upper) = if is_lower_bound(f.qualifier) && is_upper_bound(g.qualifier) {
        (f, &g)
    } else if is_upper_bound(f.qualifier) && is_lower_bound(g.qualifier) {
        (&g, f)
    } else {
        return None;
    };
    let (low, high) = (lower.value?, upper.value?);
    let same = f.kind == g.kind || f.kind == ClaimKind::Count && f.unit.is_none();
    if !same || low >= high {
        return None;
    }
    Some(Found {
        start: f.start,
        end: g.end,
        amount: (f.amount.0, g.amount.1),
        kind: ClaimKind::Range,
        value: Some(low),
        value_high: Some(high),
        unit: g.unit.clone().or(f.unit.clone()),
        qualifier: None,
        noun: g.noun,
        num: f.num.clone(),
        age: false,
    })
}

/// One amount starting at piece `i`, with its hedges.
fn single_at(pieces: &[Piece], i: usize, taken: &[bool], opts: &Options) -> Option<Found> {
    if !may_start(pieces, i, opts) {
        return None;
    }
    let hedge = hedge_at(pieces, i);
    let j = hedge.map_or(i, |(_, j)| j);
    if j >= pieces.len() || taken[j] {
        return None;
    }
    if let Some(r) = between(pieces, j, taken, opts) {
        return Some(found(pieces, r, None, j));
    }
    let mut core = core_at(pieces, j, taken, opts)?;
    if let Some(c) = plus_minus(pieces, &core, taken, opts) {
        core = c;
    }
    // A range continues the first amount; `aged 12 to 17` is a range of ages.
    if let Some(mut r) = range_after(pieces, &core, taken, opts) {
        if let Some(lead) = age_lead(pieces, &core) {
            r.lead = Some(lead);
            r.unit = Some("years".into());
            r.age = true;
        }
        return Some(found(pieces, r, None, j));
    }
    if core.value.is_none() {
        return Some(found(pieces, core, None, i));
    }
    let hedge = hedge
        .filter(|(q, _)| !(matches!(q, Qualifier::MoreThan) && over_a_duration(pieces, i, &core)));
    read_age(pieces, &mut core);
    Some(hedged(pieces, i, hedge, core))
}

/// Rule `over a duration`: `over three years` is a duration, not a lower
/// bound (`over 300 people` is one).
fn over_a_duration(pieces: &[Piece], i: usize, core: &Core) -> bool {
    pieces[i].is("over")
        && !core.age
        && core
            .unit
            .as_deref()
            .is_some_and(|u| units::time_unit(u).is_some())
}

/// Rule `age`: a number after an age word (`aged 12`) or in apposition
/// after a name (`Jane Smith, 34,`) is an age in years; so is one after
/// `age` and `of`, `to` or `at` (`the voting age of 16`; a change from an
/// age, `from 17 to 18`, is left as two bare figures).
fn read_age(pieces: &[Piece], core: &mut Core) {
    if let Some(lead) = age_lead(pieces, core) {
        core.lead = Some(lead);
        core.unit = Some("years".into());
        core.age = true;
    } else if age_of(pieces, core) {
        core.unit = Some("years".into());
        core.age = true;
    } else if apposition_age(pieces, core) {
        core.unit = Some("years".into());
        core.noun = None;
        core.age = true;
    }
}

/// Rule `hedges`: the qualifier of a single amount from the hedge before
/// it (`more than 300`, starting at `i`) and after it (`5000 or less`);
/// `equal to 5000 or less`: the second hedge decides. An upper bound
/// states its high end (`up to 700` is at most 700), as does `equal to
/// 170`.
fn hedged(pieces: &[Piece], i: usize, hedge: Option<(Qualifier, usize)>, core: Core) -> Found {
    let mut qualifier = hedge.map(|(q, _)| q);
    let mut equal = qualifier == Some(Qualifier::Exact);
    let mut end = core.end;
    if let Some((q, e)) = post_hedge(pieces, core.end) {
        qualifier = if equal {
            Some(q)
        } else {
            qualifier.or(Some(q))
        };
        equal = qualifier == Some(Qualifier::Exact);
        end = e;
    }
    let start = if hedge.is_some() {
        i
    } else {
        core.lead.unwrap_or(core.start)
    };
    let mut f = found(
        pieces,
        core,
        Some(qualifier.unwrap_or(Qualifier::Exact)),
        start,
    );
    f.end = end;
    if equal && hedge.is_some() || is_upper_bound(f.qualifier) {
        f.value_high = f.value;
    }
    f
}

fn found(_pieces: &[Piece], c: Core, qualifier: Option<Qualifier>, start: usize) -> Found {
    let qualifier = if c.kind == ClaimKind::Range {
        None
    } else {
        qualifier
    };
    let c = Core {
        value: c.value.map(numbers::tidy),
        high: c.high.map(numbers::tidy),
        ..c
    };
    Found {
        start,
        end: c.end,
        amount: (c.start, c.end),
        kind: c.kind,
        value: c.value,
        value_high: c.high,
        unit: c.unit,
        qualifier,
        noun: c.noun,
        num: c.num,
        age: c.age,
    }
}

/// Rule `shared unit`: a bare number joined by `to` to an amount with a
/// unit takes that unit and its scale when the two are read as two claims
/// (a change): `fell from 10.1 to 9.2 per cent` (10.1%), `rose from 3 to
/// 4.5 billion euros` (€3bn), `from 1200 to 1800 staff`; and so does one
/// joined by `and`/`or` to a percentage, an amount of money or a measure
/// (`45 and 50 mg`). Not `from 80 to 95p` (the pence are the second
/// amount's own) nor `from 2,000 to 1.5 million`, where the scale would
/// make the first number far from the second.
fn share_unit(pieces: &[Piece], a: &mut Found, b: &Found) {
    let (Some(na), Some(nb), Some(va), Some(vb)) = (&a.num, &b.num, a.value, b.value) else {
        return;
    };
    let measured = matches!(
        b.kind,
        ClaimKind::Percentage | ClaimKind::PercentagePoints | ClaimKind::Money | ClaimKind::Measure
    );
    let joiner = pieces.get(a.end).map(|p| p.lower.as_ref());
    let joined = match joiner {
        Some("to") => measured || b.kind == ClaimKind::Count && b.unit.is_some() && !b.age,
        Some("and" | "or") => measured,
        _ => false,
    };
    let bare = a.kind == ClaimKind::Count && a.unit.is_none() && !a.age && a.end == na.end;
    // The second amount states its number as written (not `95p` as £0.95).
    let as_written = (nb.value - vb).abs() <= 1e-9 * vb.abs().max(1.0);
    if !bare || !joined || b.start != a.end + 1 || b.value_high.is_some() || !as_written {
        return;
    }
    let mut value = va;
    if !na.scaled && nb.scaled {
        let scaled = va * written_scale(pieces, nb);
        let ratio = (scaled / vb).abs().max((vb / scaled).abs());
        if ratio.is_finite() && ratio <= 100.0 {
            value = numbers::tidy(scaled);
        }
    }
    a.kind = b.kind;
    a.unit = b.unit.clone();
    a.value = Some(value);
    a.noun = a.noun.or(b.noun);
}

/// Rule `change target`: a bare number after a change and `to` or `from`
/// is in the change's unit: `fell 1m barrels to 294.3m` (294.3m barrels),
/// `cut 300 jobs to 1,200`, `raised €5m to 20m`. Not after a percentage
/// (`rose 2% to 105` is an index level) or a duration, nor after an amount
/// in minor units (`rose 5p to 95`).
fn share_back(pieces: &[Piece], a: &Found, b: &mut Found) {
    let (Some(na), Some(nb), Some(va)) = (&a.num, &b.num, a.value) else {
        return;
    };
    let named = match a.kind {
        ClaimKind::Money | ClaimKind::Measure => true,
        // Points of a change are not the level's (`fell 40 points to 7,701`).
        ClaimKind::Count => a
            .unit
            .as_deref()
            .is_some_and(|u| units::time_unit(u).is_none() && u != "points"),
        _ => false,
    };
    // Minor units make the amount smaller than its digits (`5p` is £0.05);
    // scales only make it larger.
    let as_written = va.abs() >= na.value.abs() * (1.0 - 1e-9);
    let change =
        a.start > 0 && pieces[a.start - 1].is_any(CHANGE_WORDS) && !pieces[a.start - 1].is("from");
    // A counted noun is not in the amount's pieces: step over its words.
    let mut j = a.end;
    if a.kind == ClaimKind::Count
        && let Some(u) = a.unit.as_deref()
        && pieces
            .get(j)
            .is_some_and(|p| u.split(' ').next() == Some(p.lower.as_ref()))
    {
        j += u.split(' ').count();
    }
    let joined = pieces.get(j).is_some_and(|p| p.is_any(&["to", "from"])) && b.start == j + 1;
    let bare = b.kind == ClaimKind::Count && b.unit.is_none() && !b.age && b.end == nb.end;
    if named && as_written && change && joined && bare && !a.age && b.value_high.is_none() {
        b.kind = a.kind;
        b.unit = a.unit.clone();
        b.noun = b.noun.or(a.noun);
    }
}

/// Every quantity in `pieces`, skipping pieces already `taken` (by dates).
/// Numbers that are not quantities (identifiers, times, phone numbers,
/// idioms) are left out.
pub(crate) fn scan(pieces: &[Piece], taken: &[bool], opts: &Options, out: &mut Vec<Found>) {
    let first = out.len();
    scan_each(pieces, taken, opts, out);
    for k in first + 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        share_unit(pieces, &mut before[k - 1], &after[0]);
        share_back(pieces, &before[k - 1], &mut after[0]);
    }
    let mut k = first;
    while k + 1 < out.len() {
        if let Some(joined) = compound_measure(pieces, &out[k], &out[k + 1]) {
            out[k] = joined;
            out.remove(k + 1);
        }
        k += 1;
    }
}

/// A larger unit, the smaller unit that may follow it, and how many of the
/// smaller make one of the larger.
const COMPOUND_UNITS: &[(&str, &str, f64)] = &[
    ("feet", "inches", 12.0),
    ("stone", "lb", 14.0),
    ("lb", "ounces", 16.0),
];

/// Rule `compound measure`: a whole number of a larger unit followed at
/// once by less than one of it in the smaller unit is one measure in the
/// larger unit: `6ft 2in` (6.17 feet), `5' 10"` (a foot mark), `15st 4lb`,
/// `7lb 8oz` (7.5 lb). So a height or weight written either way compares
/// with one in metric units. Durations stay apart (`two years and six
/// months` are two claims), as quantity annotators count them.
fn compound_measure(pieces: &[Piece], a: &Found, b: &Found) -> Option<Found> {
    let (va, vb) = (a.value?, b.value?);
    if a.value_high.is_some() || b.value_high.is_some() || a.age || b.age || b.start != b.amount.0 {
        return None;
    }
    let small = b.unit.as_deref()?;
    let gap = &pieces[a.end..b.start];
    let foot_mark = |p: &Piece| p.glued && matches!(p.text, "'" | "’" | "′");
    let big = match (a.kind, gap) {
        (ClaimKind::Count, [mark]) if a.unit.is_none() && foot_mark(mark) && small == "inches" => {
            "feet"
        }
        (ClaimKind::Measure, []) => a.unit.as_deref()?,
        _ => return None,
    };
    let &(big, _, per) = COMPOUND_UNITS
        .iter()
        .find(|(l, s, _)| *l == big && *s == small)?;
    if va.fract() != 0.0 || va < 0.0 || !(0.0..per).contains(&vb) || b.kind != ClaimKind::Measure {
        return None;
    }
    let mut joined = a.clone();
    joined.end = b.end;
    joined.amount.1 = b.amount.1;
    joined.kind = b.kind;
    joined.value = Some(numbers::tidy(va + vb / per));
    joined.unit = Some(big.into());
    joined.noun = b.noun;
    Some(joined)
}

/// Words that make a pair of numbers a tally of votes, said before the
/// pair (`passed 62-38`, `voted 320 to 250`) or right after it (`a 252-175
/// vote`).
const VOTE_WORDS: &[&str] = &[
    "vote",
    "votes",
    "voted",
    "voting",
    "ballot",
    "ballots",
    "majority",
    "passed",
    "approved",
    "overturned",
];

/// Words that make a pair a tally only when a thing voted on is named
/// near them (`the motion was defeated 175-252`; `Arsenal defeated
/// Chelsea 3-1` is a score).
/// (`The case was rejected in a 2-1 decision`: a panel's split is left
/// as it is read.)
const VOTE_IF_MOTION: &[&str] = &[
    "defeated",
    "rejected",
    "ruled",
    "ruling",
    "backed",
    "confirmed",
    "endorsed",
    "cleared",
];

/// Things voted on.
const MOTIONS: &[&str] = &[
    "bill",
    "motion",
    "amendment",
    "measure",
    "resolution",
    "legislation",
    "proposal",
    "nomination",
    "nominee",
    "senate",
    "house",
    "mps",
    "senators",
    "lawmakers",
    "justices",
];

/// How many pieces before a pair a vote word is looked for.
const VOTE_WINDOW: usize = 6;

/// Words after a tally written with a spaced `to` (`voted 320 to 250 in
/// favour`); a noun there makes it a change (`voted to cut 320 to 250
/// jobs`).
const AFTER_SPACED_TALLY: &[&str] = &[
    "votes", "vote", "in", "on", "against", "with", "and", "after", "to", "for", "majority",
    "margin",
];

/// Words right after a pair that make it a tally, though they say nothing
/// of a vote before it (`a 7-2 margin`, `a two-to-one margin`): `margin`
/// before a pair is as often a profit margin.
const TALLY_NOUNS_AFTER: &[&str] = &["margin", "margins"];

/// Rule `vote count`: a plain whole number of votes at `k`: digits below a
/// thousand (a chamber, a court, a board, a council; not a year), or one
/// number word (`an eight to one majority`, `by nine votes to two`).
fn vote_count(pieces: &[Piece], k: usize, taken: &[bool]) -> Option<Num> {
    let p = pieces.get(k)?;
    let digits = p.kind == PieceKind::Number
        && p.text.bytes().all(|b| b.is_ascii_digit())
        && p.text.len() <= 3;
    if !(digits || p.number_word) || taken.get(k).copied().unwrap_or(true) {
        return None;
    }
    let n = numbers::scan(pieces, k)?;
    let whole = n.value >= 0.0 && n.value < 1000.0 && n.value.fract() == 0.0;
    (n.end == k + 1 && n.suffix.is_none() && !n.scaled && whole).then_some(n)
}

/// Is there a word of voting around the pair `[i, j]`?
fn vote_words_near(pieces: &[Piece], i: usize, j: usize) -> bool {
    let before = &pieces[i.saturating_sub(VOTE_WINDOW)..i];
    let after = &pieces[(j + 1).min(pieces.len())..(j + 3).min(pieces.len())];
    let motion = pieces[i.saturating_sub(2 * VOTE_WINDOW)..i]
        .iter()
        .any(|p| p.is_any(MOTIONS));
    before
        .iter()
        .any(|p| p.is_any(VOTE_WORDS) || motion && p.is_any(VOTE_IF_MOTION))
        || after
            .iter()
            .any(|p| p.is_any(VOTE_WORDS) || p.is_any(TALLY_NOUNS_AFTER))
}

/// Rule `vote tally`: two counts of votes written as a pair, `252-to-175`,
/// `62-38`, `320 to 250`, `7–2`, `eight to one` (see rule `vote count`),
/// near a word of voting (`passed`, `voted`, `the justices ruled 7-2`, `a
/// two-to-one margin`): the votes for and against, two counts, not a range
/// (the high end below the low), a score or a date. Not a change (`from
/// 320 to 350`, `voted to cut 320 to 250 jobs`), nor a run of numbers (a
/// phone number, a date).
fn vote_tally(pieces: &[Piece], i: usize, taken: &[bool]) -> Option<(Found, Found)> {
    let a = vote_count(pieces, i, taken)?;
    // (`aged nine to 11`: an age range near a vote is still ages.)
    if i > 0
        && (pieces[i - 1].is_any(&["from", "aged", "ages", "age"])
            || money::symbol(pieces[i - 1].text).is_some()
            || matches!(pieces[i - 1].text, "/" | ":" | "-"))
    {
        return None;
    }
    let next = pieces.get(i + 1)?;
    let j = if next.hyphen && next.kind == PieceKind::Number {
        i + 1
    } else if next.is("to") || matches!(next.text, "-" | "–") {
        i + 2
    } else {
        return None;
    };
    let b = vote_count(pieces, j, taken)?;
    // `one-to-one talks after the vote` is an idiom, not a tie.
    if a.value == 1.0 && b.value == 1.0 && pieces[i].number_word {
        return None;
    }
    let after = pieces.get(j + 1);
    let run = after
        .is_some_and(|q| q.kind == PieceKind::Number || matches!(q.text, "/" | ":" | "-" | "%"));
    let hyphened = j == i + 1 || next.hyphen && pieces[j].hyphen;
    let glued = pieces[j].glued && next.glued;
    let spaced_to = !hyphened
        && !glued
        && next.is("to")
        && after.is_none_or(|q| q.kind == PieceKind::Punct || q.is_any(AFTER_SPACED_TALLY));
    if run || !(hyphened || glued || spaced_to) || !vote_words_near(pieces, i, j) {
        return None;
    }
    let count = |n: &Num| {
        let c = Core::new(
            n.start,
            n.end,
            ClaimKind::Count,
            n.value,
            Some("votes".into()),
        )
        .with_num(n);
        found(pieces, c, Some(Qualifier::Exact), n.start)
    };
    Some((count(&a), count(&b)))
}

fn scan_each(pieces: &[Piece], taken: &[bool], opts: &Options, out: &mut Vec<Found>) {
    let mut i = 0;
    while i < pieces.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        if let Some((a, b)) = vote_tally(pieces, i, taken) {
            i = b.end;
            out.push(a);
            out.push(b);
            continue;
        }
        match quantity_at(pieces, i, taken, opts) {
            Some(f) => {
                let next = f.end.max(i + 1);
                if !filters::reject(pieces, &f) {
                    out.push(f);
                }
                i = next;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    /// The rule that reads the first number of `text`, and the text of the
    /// amount it reads.
    fn rule_of(text: &str) -> Option<(&'static str, String)> {
        let pieces = pieces_of(text);
        let taken = vec![false; pieces.len()];
        let opts = Options {
            rate: percent::rate_context(&pieces),
            ..Options::default()
        };
        let n = (0..pieces.len()).find_map(|i| number_at(&pieces, i, &taken))?;
        AMOUNT_RULES.iter().find_map(|(name, rule)| {
            let c = rule(&pieces, &n, &taken, &opts)??;
            let span = &text[pieces[c.start].span.start..pieces[c.end - 1].span.end];
            Some((*name, span.to_string()))
        })
    }

    /// Every quantity of `text`: surface, kind, value, high end and unit.
    /// Surface, kind, value, high end and unit of one quantity.
    type Scanned = (String, ClaimKind, f64, Option<f64>, Option<String>);

    fn scanned(text: &str) -> Vec<Scanned> {
        let pieces = pieces_of(text);
        let taken = vec![false; pieces.len()];
        let mut out = Vec::new();
        scan(&pieces, &taken, &Options::default(), &mut out);
        out.into_iter()
            .map(|f| {
                let span = &text[pieces[f.start].span.start..pieces[f.end - 1].span.end];
                (
                    span.to_string(),
                    f.kind,
                    f.value.unwrap_or(f64::NAN),
                    f.value_high,
                    f.unit,
                )
            })
            .collect()
    }

    /// The rules of a range (`range_after`), each with its own examples:
    /// text, and the kind, low and high end of each amount read.
    #[test]
    fn range_rules_and_their_examples() {
        use ClaimKind::*;
        /// Text, and kind, value and high end of each amount.
        type Example = (&'static str, &'static [(ClaimKind, f64, Option<f64>)]);
        let rules: &[(&str, &[Example])] = &[
            (
                "range joiner",
                &[
                    ("a wait of 10-12 weeks", &[(Range, 10.0, Some(12.0))]),
                    (
                        "prices of £20,000–£30,000",
                        &[(Range, 20000.0, Some(30000.0))],
                    ),
                    (
                        "the fee rose from 86% to 93%",
                        &[(Percentage, 86.0, None), (Percentage, 93.0, None)],
                    ),
                    (
                        "five or six thousand people",
                        &[(Range, 5000.0, Some(6000.0))],
                    ),
                ],
            ),
            (
                "ends of one kind",
                &[
                    ("a bill of £2 to 3bn", &[(Range, 2e9, Some(3e9))]),
                    ("it took 44 mg to 50 mg", &[(Range, 44.0, Some(50.0))]),
                ],
            ),
            (
                "alternatives",
                &[(
                    "a stay of two or three days",
                    &[(Count, 2.0, None), (Count, 3.0, None)],
                )],
            ),
            (
                "bare to",
                &[("zones from 7 to 10 were shut", &[(Range, 7.0, Some(10.0))])],
            ),
            ("year span", &[("the 2013-14 season", &[])]),
        ];
        for (rule, examples) in rules {
            for (text, want) in examples.iter() {
                let got: Vec<(ClaimKind, f64, Option<f64>)> = scanned(text)
                    .into_iter()
                    .filter(|s| s.1 != ClaimKind::Date)
                    .map(|s| (s.1, s.2, s.3))
                    .collect();
                assert_eq!(got, want.to_vec(), "rule {rule}: {text:?}");
            }
        }
    }

    /// The rules of a single amount's qualifier and age (`single_at`),
    /// each with its own examples: text, qualifier, value, high end, unit.
    #[test]
    fn single_amount_rules_and_their_examples() {
        use Qualifier::*;
        /// Text, and the qualifier, value, high end and unit of its first amount.
        type Example = (
            &'static str,
            Qualifier,
            f64,
            Option<f64>,
            Option<&'static str>,
        );
        let rules: &[(&str, &[Example])] = &[
            (
                "over a duration",
                &[
                    (
                        "talks went on over three years",
                        Exact,
                        3.0,
                        None,
                        Some("years"),
                    ),
                    (
                        "over 300 people came",
                        MoreThan,
                        300.0,
                        None,
                        Some("people"),
                    ),
                ],
            ),
            (
                "age",
                &[
                    ("a man aged 34 was held", Exact, 34.0, None, Some("years")),
                    (
                        "her son, Tom Reyes, 19 - who",
                        Exact,
                        19.0,
                        None,
                        Some("years"),
                    ),
                ],
            ),
            (
                "hedges",
                &[
                    ("up to 700 jobs", UpTo, 700.0, Some(700.0), Some("jobs")),
                    ("more than 300 jobs", MoreThan, 300.0, None, Some("jobs")),
                ],
            ),
        ];
        for (rule, examples) in rules {
            for (text, q, v, high, unit) in examples.iter() {
                let pieces = pieces_of(text);
                let taken = vec![false; pieces.len()];
                let f = (0..pieces.len())
                    .find_map(|i| single_at(&pieces, i, &taken, &Options::default()));
                let got = f.map(|f| (f.qualifier, f.value, f.value_high, f.unit));
                let want = Some((Some(*q), Some(*v), *high, unit.map(String::from)));
                assert_eq!(got, want, "rule {rule}: {text:?}");
            }
        }
    }

    /// The sub-rules of rule `unit`, each with its own examples: text, kind,
    /// value and unit of the first amount.
    #[test]
    fn unit_sub_rules_and_their_examples() {
        use ClaimKind::*;
        /// Text, kind, value and unit of its first amount.
        type Example = (&'static str, ClaimKind, f64, Option<&'static str>);
        let rules: &[(&str, &[Example])] = &[
            (
                "glued unit",
                &[
                    ("a 1,500km trip", Measure, 1500.0, Some("km")),
                    ("jailed for 10yrs", Count, 10.0, Some("years")),
                    ("a 12m-high wall", Measure, 12.0, Some("metres")),
                    ("it raised 1.5m from fans", Count, 1.5e6, None),
                ],
            ),
            (
                "race distance",
                &[
                    ("100m final", Measure, 100.0, Some("metres")),
                    ("400m hurdles", Measure, 400.0, Some("metres")),
                    ("5,000m world record", Measure, 5000.0, Some("metres")),
                    ("200 m freestyle", Measure, 200.0, Some("metres")),
                    (
                        "broke the national 10,000m record",
                        Measure,
                        10000.0,
                        Some("metres"),
                    ),
                    ("the national 60m title", Measure, 60.0, Some("metres")),
                    // Not a standard distance, or no event word.
                    ("it paid 30m for the final", Count, 30e6, None),
                    ("a 100m record profit", Count, 100e6, Some("record profit")),
                    ("800m from the sale", Count, 800e6, None),
                ],
            ),
            (
                "placing in a race",
                &[
                    (
                        "she came fifth in the 1500m and then",
                        Measure,
                        1500.0,
                        Some("metres"),
                    ),
                    ("he was 2nd in the 200m.", Measure, 200.0, Some("metres")),
                    // No placing before, or a noun after.
                    ("a rise in the 400m budget", Count, 400e6, Some("budget")),
                    (
                        "third in the 100m bond sale",
                        Count,
                        100e6,
                        Some("bond sale"),
                    ),
                ],
            ),
            (
                "times",
                &[
                    ("three times as many", Ratio, 3.0, Some("times")),
                    ("a 10-fold rise", Ratio, 10.0, Some("times")),
                ],
            ),
            (
                "compound",
                &[
                    ("a 23-year-old man", Count, 23.0, Some("years")),
                    ("a 48-hour strike", Count, 48.0, Some("hours")),
                    ("an 11-mile route", Measure, 11.0, Some("miles")),
                    ("a 10-point plan", Count, 10.0, Some("points")),
                ],
            ),
            (
                "unit words",
                &[
                    ("for 22 years", Count, 22.0, Some("years")),
                    ("two more days", Count, 2.0, Some("days")),
                    ("6 tonnes of coal", Measure, 6.0, Some("tonnes")),
                    ("40 sq km of forest", Measure, 40.0, Some("sq km")),
                ],
            ),
            (
                "counted noun",
                &[
                    (
                        "26,000 junior doctors went",
                        Count,
                        26000.0,
                        Some("junior doctors"),
                    ),
                    ("it was 26,000.", Count, 26000.0, None),
                ],
            ),
        ];
        for (rule, examples) in rules {
            for (text, kind, value, unit) in examples.iter() {
                let got = scanned(text);
                let first = got
                    .first()
                    .unwrap_or_else(|| panic!("{rule}: {text}: nothing"));
                assert_eq!(
                    (first.1, first.2, first.4.as_deref()),
                    (*kind, *value, *unit),
                    "rule {rule}: {text}: {got:?}"
                );
            }
        }
    }

    /// Rule `plural head`: a plural noun ends what a count counts.
    #[test]
    fn plural_head_ends_the_counted_noun() {
        for (text, unit) in [
            (
                "almost 30 wealthy nations spend more",
                Some("wealthy nations"),
            ),
            ("connect any two cities worldwide", Some("cities")),
            (
                "26,000 junior doctors went on strike",
                Some("junior doctors"),
            ),
            ("hired 40 sales staff last year", Some("sales staff")),
            ("across 12 news outlets", Some("news outlets")),
            (
                "two major ratings agencies said",
                Some("major ratings agencies"),
            ),
            // Rule `hyphenated head`.
            (
                "the four previous by-elections went well",
                Some("previous by-elections"),
            ),
            // Rule `named modifiers`.
            (
                "two London Assembly members defected",
                Some("london assembly members"),
            ),
            ("won three Grand Slam titles", Some("grand slam titles")),
            ("the 3 Mobile network", None),
            ("some 50 Cent's rivals", None),
            ("10,000 Hearts fans", Some("hearts fans")),
            (
                "up to 50,000 with-profits investors",
                Some("with-profits investors"),
            ),
            ("14 free-to-air channels", Some("free-to-air channels")),
            // A participle before a name is no counted noun.
            ("six unnamed Roma families", None),
            // Rule `said of the noun`.
            ("save some of the 460 jobs due to go", Some("jobs")),
            ("the 200 staff set to leave were told", Some("staff")),
            ("the 40 workers able to vote", Some("workers")),
            ("the 12 tickets left were sold", Some("tickets")),
        ] {
            let got = scanned(text);
            assert_eq!(got[0].4.as_deref(), unit, "{text}: {got:?}");
        }
    }

    /// Rule `shared unit` with its examples: the first number of each
    /// text, its kind, value and unit.
    #[test]
    fn shared_unit_and_its_examples() {
        use ClaimKind::*;
        for (text, kind, value, unit) in [
            (
                "inflation fell from 10.1 to 9.2 per cent",
                Percentage,
                10.1,
                Some("percent"),
            ),
            (
                "profits rose from 3 to 4.5 billion euros",
                Money,
                3e9,
                Some("EUR"),
            ),
            (
                "jobs fell from 6 to 4 million jobs",
                Count,
                6e6,
                Some("jobs"),
            ),
            (
                "staff rose from 1200 to 1800 staff",
                Count,
                1200.0,
                Some("staff"),
            ),
            (
                "patients were given 45 and 50 mg doses",
                Measure,
                45.0,
                Some("mg"),
            ),
            ("it rose from 2,000 to 1.5 million", Count, 2000.0, None),
            ("it fell from 80 to 95p", Count, 80.0, None),
            // (a tally: the votes for, see rule `vote tally`)
            ("voted 310 to 290 in favour", Count, 310.0, Some("votes")),
        ] {
            let got = scanned(text);
            let first = got
                .first()
                .unwrap_or_else(|| panic!("{text}: nothing read"));
            assert_eq!(
                (first.1, first.2, first.4.as_deref()),
                (kind, value, unit),
                "{text}: {got:?}"
            );
        }
    }

    /// Rule `per unit` on amounts, with its examples: the surface, kind,
    /// value and unit of the first quantity of each text.
    #[test]
    fn rates_and_their_examples() {
        use ClaimKind::*;
        for (text, surface, kind, value, unit) in [
            (
                "rose to $3.50 a gallon",
                "$3.50 a gallon",
                Money,
                3.5,
                "USD/gallon",
            ),
            (
                "earn £10.42 an hour now",
                "£10.42 an hour",
                Money,
                10.42,
                "GBP/hour",
            ),
            (
                "paid $1.23 per share",
                "$1.23 per share",
                Money,
                1.23,
                "USD/share",
            ),
            (
                "oil at $85 a barrel",
                "$85 a barrel",
                Money,
                85.0,
                "USD/barrel",
            ),
            (
                "charged £50 a head",
                "£50 a head",
                Money,
                50.0,
                "GBP/person",
            ),
            ("only for $15.4/hour", "$15.4/hour", Money, 15.4, "USD/hour"),
            (
                "homes at £500 per square foot",
                "£500 per square foot",
                Money,
                500.0,
                "GBP/sq foot",
            ),
            (
                "1.5 million barrels per day",
                "1.5 million barrels per day",
                Measure,
                1.5e6,
                "barrels/day",
            ),
            ("uses 10 l/km.", "10 l/km", Measure, 10.0, "litres/km"),
            ("winds of 100km/h were", "100km/h", Measure, 100.0, "km/h"),
            (
                "walked 20 miles a day",
                "20 miles a day",
                Measure,
                20.0,
                "miles/day",
            ),
            (
                "a £2.5bn-a-year deal",
                "£2.5bn-a-year",
                Money,
                2.5e9,
                "GBP/year",
            ),
            // Not rates: a total with a time after it, a share of a total.
            ("it made £5m a year ago", "£5m", Money, 5e6, "GBP"),
            ("a loss of $2bn a second time", "$2bn", Money, 2e9, "USD"),
            ("a £3bn a increase", "£3bn", Money, 3e9, "GBP"),
        ] {
            let got = scanned(text);
            let (s, k, v, _, u) = &got[0];
            assert_eq!(
                (s.as_str(), *k, *v, u.as_deref()),
                (surface, kind, value, Some(unit)),
                "{text}"
            );
        }
        // The unit written on both ends of a range of rates.
        let got = scanned("between £9 an hour and £12 an hour");
        assert_eq!(
            (got[0].1, got[0].2, got[0].3, got[0].4.as_deref()),
            (Range, 9.0, Some(12.0), Some("GBP/hour"))
        );
    }

    /// `from 7 to 10` is a range without a unit; `rose from 7 to 10` a change.
    #[test]
    fn bare_ranges_after_from() {
        let got = scanned("hardiness zones are high, from 7 to 10, as shown");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].1, got[0].2, got[0].3),
            (ClaimKind::Range, 7.0, Some(10.0))
        );
        assert_eq!(scanned("the score rose from 7 to 10").len(), 2);
        assert_eq!(scanned("it was 7 to 10 in the end").len(), 2);
    }

    /// Rule `change target` with its examples: the second number of each
    /// text, its kind and unit.
    #[test]
    fn change_target_and_its_examples() {
        use ClaimKind::*;
        for (text, kind, unit) in [
            (
                "stockpiles had fallen 1m barrels to 294.3m",
                Measure,
                Some("barrels"),
            ),
            (
                "the firm cut 300 jobs to 1,200 this year",
                Count,
                Some("jobs"),
            ),
            ("it raised €5m to 20m in a year", Money, Some("EUR")),
            ("the index rose 2% to 105 on Friday", Count, None),
            ("the FTSE 100 fell 40 points to 7,701", Count, None),
            ("the price rose 5p to 95 in May", Count, None),
            ("he served 3 years to 2020 as chief", Count, None),
        ] {
            let got = scanned(text);
            let second = got.get(1).unwrap_or_else(|| panic!("{text}: {got:?}"));
            assert_eq!(
                (second.1, second.4.as_deref()),
                (kind, unit),
                "{text}: {got:?}"
            );
        }
    }

    /// A range below zero may be written from its end nearer zero.
    #[test]
    fn ranges_below_zero() {
        let got = scanned("temperatures ranged from -18C to -34C overnight");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            (got[0].1, got[0].2, got[0].3),
            (ClaimKind::Range, -34.0, Some(-18.0))
        );
    }

    /// Rule `count per time` with its examples: text, value and unit of
    /// the first amount.
    #[test]
    fn count_per_time_and_its_examples() {
        for (text, value, unit) in [
            (
                "the bridge carries 38,000 vehicles a day",
                38000.0,
                "vehicles/day",
            ),
            (
                "the clinic sees 120 patients per week now",
                120.0,
                "patients/week",
            ),
            ("nurses work 12 hours a day", 12.0, "hours/day"),
            (
                "the port handles 2 million containers a year",
                2e6,
                "containers/year",
            ),
            (
                "about 300 migrants a month crossed",
                300.0,
                "migrants/month",
            ),
            ("it sold 40 cars per hour", 40.0, "cars/hour"),
            (
                "it counted 9,100 lorries a day on the bypass",
                9100.0,
                "lorries/day",
            ),
            // Not rates: a time that dates the count, or no unit of time.
            ("3,000 people a year ago", 3000.0, "people"),
            ("40 workers a day later", 40.0, "workers"),
            ("12 patients a second time", 12.0, "patients"),
            ("four bedrooms per home", 4.0, "bedrooms"),
            ("five fishermen an island", 5.0, "fishermen"),
        ] {
            let got = scanned(text);
            let first = got.first().unwrap_or_else(|| panic!("{text}: {got:?}"));
            assert_eq!((first.2, first.4.as_deref()), (value, Some(unit)), "{text}");
        }
    }

    /// Rule `percent per time` with its examples: text, the amount read,
    /// value and unit.
    #[test]
    fn percent_per_time_and_its_examples() {
        for (text, amount, value, unit) in [
            (
                "rents rose 3 per cent a year",
                "3 per cent a year",
                3.0,
                "percent/year",
            ),
            ("it grows 2% a month", "2% a month", 2.0, "percent/month"),
            (
                "a loan at 5% per annum",
                "5% per annum",
                5.0,
                "percent/year",
            ),
            (
                "traffic fell 1.5 percent per day",
                "1.5 percent per day",
                1.5,
                "percent/day",
            ),
            // Not rates: a time that dates the change, or no time at all.
            ("up 4% a year ago", "4%", 4.0, "percent"),
            ("it was 6% a year earlier", "6%", 6.0, "percent"),
            ("a 7% stake", "7%", 7.0, "percent"),
            ("8% a share", "8%", 8.0, "percent"),
        ] {
            let got = scanned(text);
            let first = got.first().unwrap_or_else(|| panic!("{text}: {got:?}"));
            assert_eq!(
                (first.0.as_str(), first.2, first.4.as_deref()),
                (amount, value, Some(unit)),
                "{text}"
            );
        }
    }

    /// Each amount rule with its own examples: text, rule, amount read.
    #[test]
    fn amount_rules_and_their_examples() {
        for (text, rule, amount) in [
            ("a two-point lead", "point gap", "two-point lead"),
            ("it fell 39 per cent", "percent", "39 per cent"),
            (
                "rates rose 1.3 percentage points",
                "percent",
                "1.3 percentage points",
            ),
            ("profits rose 5pc", "pc suffix", "5pc"),
            ("it costs 99 cents", "money after", "99 cents"),
            ("the firm paid 25m GBP", "money after", "25m GBP"),
            ("a 3m euros grant", "money after", "3m euros"),
            ("it weighs 10 pounds of sugar", "unit", "10 pounds"),
            (
                "the economy grew for six quarters",
                "quarters of a year",
                "six quarters",
            ),
            (
                "a guide to sales two quarters ahead",
                "quarters of a year",
                "two quarters",
            ),
            ("three quarters of voters", "fraction", "three quarters"),
            ("one in five voters", "ratio", "one in five"),
            ("two-thirds of voters", "fraction", "two-thirds"),
            ("a 1/4 inch of rain", "fraction", "1/4 inch"),
            ("half a mile of track", "fraction", "half a mile"),
            (
                "a quarter of a mile away",
                "fraction",
                "a quarter of a mile",
            ),
            (
                "three-quarters of an hour late",
                "fraction",
                "three-quarters of an hour",
            ),
            ("a quarter point cut", "fraction", "a quarter point"),
            ("120 mm of rain", "unit", "120 mm"),
            ("a 23-year-old man", "unit", "23-year-old"),
            ("26,000 junior doctors", "unit", "26,000"),
        ] {
            assert_eq!(rule_of(text), Some((rule, amount.to_string())), "{text}");
        }
    }
}
