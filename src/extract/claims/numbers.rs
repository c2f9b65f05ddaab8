//! Bare numbers: digits with separators, decimals and scales (`28,305`,
//! `3.2 million`, `1.5m`, `10k`), numbers in words (see `words`), fractions
//! (`3/4`, `two-thirds`, `one over three`), ratios (`one in five`, `nine out
//! of 10`), signs, exponents and powers.
//!
//! [`scan`] reads the number that starts at one piece; the claim grammar and
//! [`parse_numbers`] (which the NumberModel peer suite runs) both use it, so
//! the suite tests the very code that finds claims. What a number *means* in
//! an article (a claim, an identifier, a time of day) is decided later.

use super::lex::{Piece, PieceKind, pieces_of};
use super::words::{self, Atom, WordValue};
use crate::analysis::Span;
use serde::Serialize;

/// A digit string read as one number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Digits {
    pub value: f64,
    /// Digits before the decimal point.
    pub int_digits: usize,
    /// Digits after it.
    pub decimals: usize,
    /// Written with thousands separators.
    pub grouped: bool,
    /// Starts with `0` and has more digits (`020`, `0800`, `007`).
    pub leading_zero: bool,
}

/// How a string of digits and separators is laid out.
enum Layout {
    One(Digits),
    /// Several numbers: `192.168.1.2`, `22,24,26,31`.
    List,
}

fn groups_are_thousands(groups: &[&str]) -> bool {
    (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3)
}

/// Indian grouping: `12,34,567`.
fn groups_are_lakhs(groups: &[&str]) -> bool {
    let n = groups.len();
    n >= 3
        && (1..=2).contains(&groups[0].len())
        && groups[1..n - 1].iter().all(|g| g.len() == 2)
        && groups[n - 1].len() == 3
}

fn layout(s: &str) -> Option<Layout> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return None;
    }
    // The common case: plain digits.
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Layout::One(Digits {
            value: s.parse().ok()?,
            int_digits: s.len(),
            decimals: 0,
            grouped: false,
            leading_zero: s.len() > 1 && s.starts_with('0'),
        }));
    }
    if !s.as_bytes()[0].is_ascii_digit() || !s.as_bytes()[s.len() - 1].is_ascii_digit() {
        return None;
    }
    let commas = s.bytes().filter(|&b| b == b',').count();
    let dots = s.bytes().filter(|&b| b == b'.').count();
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let digits = |int: &str, frac: &str, grouped: bool| -> Option<Layout> {
        let int_clean: String = int.chars().filter(char::is_ascii_digit).collect();
        let text = if frac.is_empty() {
            int_clean.clone()
        } else {
            format!("{int_clean}.{frac}")
        };
        Some(Layout::One(Digits {
            value: text.parse().ok()?,
            int_digits: int_clean.len(),
            decimals: frac.len(),
            grouped,
            leading_zero: int_clean.len() > 1 && int_clean.starts_with('0'),
        }))
    };
    match (commas, dots) {
        (0, 0) => digits(s, "", false),
        (0, 1) => {
            let (a, b) = s.split_once('.')?;
            digits(a, b, false)
        }
        (0, _) if groups_are_thousands(&groups) => digits(s, "", true),
        (0, _) => Some(Layout::List),
        (_, 0) if groups_are_thousands(&groups) || groups_are_lakhs(&groups) => digits(s, "", true),
        // `1,3` and `5,00`: a decimal comma.
        (1, 0) if groups[1].len() <= 2 => digits(groups[0], groups[1], false),
        (_, 0) => Some(Layout::List),
        _ => {
            let last = s.rfind([',', '.'])?;
            let (int, frac) = (&s[..last], &s[last + 1..]);
            let int_groups: Vec<&str> = int.split([',', '.']).collect();
            let ok = if s.as_bytes()[last] == b'.' {
                // `1,234.5`
                dots == 1 && (groups_are_thousands(&int_groups) || groups_are_lakhs(&int_groups))
            } else {
                // `1.111,11`
                commas == 1 && groups_are_thousands(&int_groups)
            };
            if ok {
                digits(int, frac, true)
            } else {
                Some(Layout::List)
            }
        }
    }
}

/// The number a digit string stands for, if it is one number.
pub(crate) fn parse_digits(s: &str) -> Option<Digits> {
    match layout(s)? {
        Layout::One(d) => Some(d),
        Layout::List => None,
    }
}

/// Byte ranges of the numbers and separators of a digit list, or `None`
/// when the string is one number.
pub(crate) fn split_digit_list(s: &str) -> Option<Vec<(usize, usize)>> {
    if !s.contains([',', '.']) {
        return None;
    }
    if !matches!(layout(s)?, Layout::List) {
        return None;
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == ',' || c == '.' {
            out.push((start, i));
            out.push((i, i + 1));
            start = i + 1;
        }
    }
    out.push((start, s.len()));
    Some(out)
}

/// What kind of number [`scan`] found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Form {
    Digits,
    Words,
    /// `3/4`, `two-thirds`, `one and a half`, `one over three`.
    Fraction {
        ambiguous: bool,
    },
    /// `one in five`, `nine out of 10`.
    Ratio,
    Ordinal,
}

/// A number found at some pieces.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Num {
    /// Pieces `[start, end)`.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub form: Form,
    /// The plain digit string, when the number is one.
    pub digits: Option<Digits>,
    /// A scale word or letter was applied (`million`, `bn`, `k`).
    pub scaled: bool,
    /// Letters glued after the digits that are not a scale, lower case:
    /// `km` in `1,500km`, `am` in `4am`, `p` in `50p`, `m` in `1.5m`.
    pub suffix: Option<String>,
    /// Written with a hyphen into the next piece: `23-year-old`, `48-hour`.
    pub hyphen_next: bool,
}

impl Num {
    pub fn is_integer(&self) -> bool {
        self.value.fract() == 0.0
    }
}

/// A scale written as letters after digits: `k`, `bn`, `M`.
pub(crate) fn scale_suffix(s: &str) -> Option<f64> {
    Some(match s {
        "k" | "K" | "thousand" => 1e3,
        "M" | "mn" | "mln" | "mil" | "MM" | "Mn" => 1e6,
        "bn" | "b" | "B" | "bln" | "Bn" | "BN" | "G" | "billion" => 1e9,
        "tn" | "trn" | "tln" | "T" | "Tn" | "trillion" => 1e12,
        "million" => 1e6,
        _ => return None,
    })
}

/// Ordinal suffixes: `1st`, `22nd`, `3rd`, `4th`.
fn is_ordinal_suffix(n: f64, s: &str) -> bool {
    let n = n as u64;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    s.eq_ignore_ascii_case(expected) || (s.eq_ignore_ascii_case("th") && n > 0)
}

/// The Unicode vulgar fractions: `½`, `¾`, `⅔`.
fn vulgar(s: &str) -> Option<f64> {
    let mut chars = s.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅐' => 1.0 / 7.0,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

/// Splits a mixed piece into its leading number and the letters after it.
pub(crate) fn split_mixed(s: &str) -> Option<(&str, &str)> {
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map(|(i, _)| i)?;
    if end == 0 {
        return None;
    }
    let (num, rest) = s.split_at(end);
    let num = num.trim_end_matches(['.', ',']);
    Some((num, &s[num.len()..][..rest.len() + (end - num.len())]))
}

fn is_word(p: Option<&Piece>, words: &[&str]) -> bool {
    p.is_some_and(|p| p.kind == PieceKind::Word && p.is_any(words))
}

fn is_text(p: Option<&Piece>, text: &str) -> bool {
    p.is_some_and(|p| p.text == text)
}

/// The end of a phrase: nothing, or punctuation other than an opening mark.
fn ends_phrase(p: Option<&Piece>) -> bool {
    p.is_none_or(|p| p.kind == PieceKind::Punct && !matches!(p.text, "(" | "$" | "£" | "€"))
}

/// Reads the number that starts at piece `i`, if one does.
pub(crate) fn scan(pieces: &[Piece], i: usize) -> Option<Num> {
    let p = pieces.get(i)?;
    if let Some(n) = signed(pieces, i) {
        return Some(n);
    }
    if let Some(n) = bare_decimal(pieces, i) {
        return Some(n);
    }
    match p.kind {
        PieceKind::Number => digits_number(pieces, i),
        PieceKind::Mixed => mixed(pieces, i),
        PieceKind::Word => word_number(pieces, i),
        PieceKind::Punct => None,
    }
}

/// Rule `sign`: a sign glued to the number (`-9.23`, `−5`; spaced only at
/// the very start: `- 10 k`; after a currency symbol too: `$-99.99`), or
/// the word `minus` before digits (`minus 12C`, `minus 0.5%`). After
/// another number it is a dash (`passed 252 -175`), not a sign.
fn signed(pieces: &[Piece], i: usize) -> Option<Num> {
    let p = pieces.get(i)?;
    let opens = |q: &Piece| {
        matches!(q.text, "(" | "[" | "=" | ":" | "<" | ">")
            || super::money::symbol(q.text).is_some()
    };
    let digits_next = |glued: bool| {
        pieces.get(i + 1).is_some_and(|next| {
            next.glued == glued && matches!(next.kind, PieceKind::Number | PieceKind::Mixed)
        })
    };
    let glyph = matches!(p.text, "-" | "−")
        && (i == 0 || !p.glued || opens(&pieces[i - 1]))
        && !(i > 0 && pieces[i - 1].kind == PieceKind::Number)
        && (digits_next(true) || (i == 0 && digits_next(false)));
    let word = p.is("minus") && digits_next(false);
    if !(glyph || word) {
        return None;
    }
    // The number after the sign, negated (never an ordinal).
    let mut n = scan(pieces, i + 1).filter(|n| !matches!(n.form, Form::Ordinal))?;
    n.value = -n.value;
    n.start = i;
    Some(n)
}

/// Rule `bare decimal`: a decimal without its leading zero (`.25`).
fn bare_decimal(pieces: &[Piece], i: usize) -> Option<Num> {
    let p = pieces.get(i)?;
    let next = pieces.get(i + 1)?;
    let opens_decimal = p.text == "."
        && (i == 0 || !p.glued)
        && next.glued
        && next.kind == PieceKind::Number
        && next.text.bytes().all(|b| b.is_ascii_digit());
    if !opens_decimal {
        return None;
    }
    let value: f64 = format!("0.{}", next.text).parse().ok()?;
    let mut n = plain(i, i + 2, value, None);
    n.form = Form::Digits;
    Some(after_number(pieces, n))
}

/// Rule `digits`: a run of digits, with the scale and number words after
/// it (`3.2 million`, `3 hundred and 21`, `3 million and a quarter`) or
/// the groups of a space-grouped number (`1 234 567`).
fn digits_number(pieces: &[Piece], i: usize) -> Option<Num> {
    let d = parse_digits(pieces.get(i)?.text)?;
    let mut n = plain(i, i + 1, d.value, Some(d));
    let xs = words::atoms(pieces, i);
    if xs.len() > 1
        && let Some((used, value)) = words::read(&xs)
        && used > 1
    {
        match value {
            WordValue::Cardinal(v) => {
                n.end = xs[used - 1].piece + 1;
                n.value = v;
                n.scaled = true;
                scale_and_fraction(pieces, &xs[..used], &mut n);
            }
            WordValue::Fraction {
                value,
                scaled_whole: Some(_),
                ..
            } => {
                n.end = xs[used - 1].piece + 1;
                n.value = value;
                n.scaled = true;
            }
            _ => {}
        }
    } else if let Some(v) = space_grouped(pieces, i) {
        n.end = v.0;
        n.value = v.1;
        if let Some(d) = n.digits.as_mut() {
            d.grouped = true;
        }
    }
    Some(after_number(pieces, n))
}

fn plain(start: usize, end: usize, value: f64, digits: Option<Digits>) -> Num {
    Num {
        start,
        end,
        value,
        form: Form::Digits,
        digits,
        scaled: false,
        suffix: None,
        hyphen_next: false,
    }
}

/// Thousands grouped with spaces: `1 234 567`, `40 000` (also with a narrow
/// no-break space). Only a clean run counts: a first group of one to three
/// digits, then groups of exactly three, one space apart, with no number
/// just before or after the run (which would make it a phone number or a
/// list). Returns the end piece and the value.
fn space_grouped(pieces: &[Piece], i: usize) -> Option<(usize, f64)> {
    let first = &pieces[i];
    let plain = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !plain(first.text) || first.text.len() > 3 {
        return None;
    }
    if i > 0 && pieces[i - 1].kind == PieceKind::Number {
        return None;
    }
    // One space character: a plain, no-break, thin or narrow no-break space.
    let one_space = |a: &Piece, b: &Piece| matches!(b.span.start - a.span.end, 1..=3);
    let mut k = i + 1;
    let mut text = first.text.to_string();
    while let Some(p) = pieces.get(k) {
        // Rule `hyphen is no space`: `252-175`, `120-115` are a pair (a
        // tally, a score), not 252,175.
        if p.kind != PieceKind::Number || p.hyphen || !one_space(&pieces[k - 1], p) {
            break;
        }
        let (int, frac) = p.text.split_once('.').unwrap_or((p.text, ""));
        if int.len() != 3 || !plain(int) || !plain(frac) {
            break;
        }
        text.push_str(p.text);
        k += 1;
        if !frac.is_empty() {
            break;
        }
    }
    if k == i + 1 || pieces.get(k).is_some_and(|p| p.kind == PieceKind::Number) {
        return None;
    }
    Some((k, text.parse().ok()?))
}

/// A piece with letters and digits: `1.5m`, `10k`, `4am`, `12th`, `1e10`.
fn mixed(pieces: &[Piece], i: usize) -> Option<Num> {
    let p = &pieces[i];
    // Exponents: `1e10`, `1.3e6`, `12e-1`, and `12.32e` `+` `14`. Only a
    // lower-case `e`: `7E7` is an aircraft, not seventy million.
    if let Some(e) = p.text.find('e') {
        let (mant, exp) = (&p.text[..e], &p.text[e + 1..]);
        if parse_digits(mant).is_some() && mant.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            if !exp.is_empty()
                && exp
                    .trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit())
            {
                let v: f64 = p.text.parse().ok()?;
                return Some(after_number(pieces, plain(i, i + 1, v, None)));
            }
            if exp.is_empty()
                && is_text(pieces.get(i + 1), "+")
                && pieces.get(i + 2).is_some_and(|n| n.is_number() && n.glued)
                && pieces[i + 1].glued
            {
                let v: f64 = format!("{mant}e{}", pieces[i + 2].text).parse().ok()?;
                return Some(after_number(pieces, plain(i, i + 3, v, None)));
            }
        }
    }
    let (num, suffix) = split_mixed(p.text)?;
    let d = parse_digits(num)?;
    // `1.3x10^6`, `2.48×10−5`, `5.5x10-3`
    if let Some(base) = suffix.strip_prefix(['x', '×'])
        && let Some(rest) = base.strip_prefix("10")
        && let Some((exp, end)) = ten_exponent(pieces, i, rest)
    {
        return Some(plain(i, end, d.value * 10f64.powf(exp), None));
    }
    if let Some(scale) = scale_suffix(suffix) {
        let mut n = plain(i, i + 1, d.value * scale, Some(d));
        n.scaled = true;
        return Some(after_number(pieces, n));
    }
    // `2½`
    if let Some(f) = vulgar(suffix) {
        let mut n = plain(i, i + 1, d.value + f, None);
        n.form = Form::Fraction { ambiguous: false };
        return Some(n);
    }
    if is_ordinal_suffix(d.value, suffix) && d.decimals == 0 && !d.grouped {
        let mut n = plain(i, i + 1, d.value, Some(d));
        n.form = Form::Ordinal;
        return Some(n);
    }
    let mut n = plain(i, i + 1, d.value, Some(d));
    n.suffix = Some(suffix.to_lowercase());
    n.hyphen_next = pieces.get(i + 1).is_some_and(|n| n.hyphen);
    Some(n)
}

/// The exponent after `^`: optional signs, then digits. Returns it and the end piece.
fn power_exponent(pieces: &[Piece], mut k: usize) -> Option<(f64, usize)> {
    let mut neg = false;
    while let Some(p) = pieces.get(k) {
        match p.text {
            "-" | "−" => neg = !neg,
            "+" => {}
            _ => break,
        }
        k += 1;
    }
    // `--23` reads as a double minus in the suite; two signs cancel.
    let p = pieces.get(k)?;
    let d = parse_digits(p.text)?;
    Some((if neg { -d.value } else { d.value }, k + 1))
}

/// A superscript digit or sign as ASCII (`⁻` → `-`), and the minus sign
/// `−` as a hyphen.
fn plain_char(c: char) -> char {
    match c {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        '⁻' | '−' => '-',
        '⁺' => '+',
        c => c,
    }
}

/// An exponent written in one piece after a base 10: `^-5`, `−5`, `⁻⁵`,
/// `⁶`, `^3`.
fn exponent_text(s: &str) -> Option<f64> {
    let s: String = s
        .strip_prefix('^')
        .unwrap_or(s)
        .chars()
        .map(plain_char)
        .collect();
    let digits = s.strip_prefix(['-', '+']).unwrap_or(&s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Rule `power of ten`: the exponent of a `10` ending piece `k`, written in
/// `rest` (the piece's text after the `10`: `10⁻⁵`, `10^6`) or in the
/// glued pieces after it (`10^-3`, `10−5`, `10-3`); the exponent and the
/// piece after it. A bare `10` has none.
fn ten_exponent(pieces: &[Piece], k: usize, rest: &str) -> Option<(f64, usize)> {
    if !rest.is_empty() {
        return Some((exponent_text(rest)?, k + 1));
    }
    let next = pieces.get(k + 1).filter(|p| p.glued)?;
    match next.text {
        "^" => power_exponent(pieces, k + 2),
        "−" | "-" => power_exponent(pieces, k + 1),
        _ if next.hyphen && next.kind == PieceKind::Number => {
            let d = parse_digits(next.text)?;
            (d.decimals == 0).then_some((-d.value, k + 2))
        }
        _ => None,
    }
}

/// `2.48 × 10^-5`, `6 x 10⁶`: a spaced multiplication sign and a power of
/// ten after the number at `k`'s end; the exponent and the piece after it.
fn spaced_ten_power(pieces: &[Piece], k: usize) -> Option<(f64, usize)> {
    if !pieces.get(k)?.is_any(&["×", "x"]) {
        return None;
    }
    let p = pieces.get(k + 1)?;
    let rest = p.text.strip_prefix("10")?;
    ten_exponent(pieces, k + 1, rest)
}

/// Numbers in words, and fractions of scales (`half a million`, `quarter million`).
fn word_number(pieces: &[Piece], i: usize) -> Option<Num> {
    let p = &pieces[i];
    if let Some(f) = vulgar(p.text) {
        let mut n = plain(i, i + 1, f, None);
        n.form = Form::Fraction { ambiguous: false };
        return Some(n);
    }
    // Only look further when the word can begin a number.
    let w = p.lower.as_ref();
    let starts = p.number_word
        || matches!(w, "minus" | "negative")
            && pieces
                .get(i + 1)
                .is_some_and(|n| n.is_number() || n.is_word() && words::is_number_word(&n.lower))
        || matches!(w, "a" | "an")
            && pieces
                .get(i + 1)
                .is_some_and(|n| n.is_word() && words::is_number_word(&n.lower));
    if !starts {
        return None;
    }
    // `quarter million`: a part-word straight before a scale.
    if w == "quarter"
        && let Some(s) = pieces.get(i + 1).and_then(|n| words::scale_word(&n.lower))
        && !s.1
    {
        let mut n = plain(i, i + 2, 0.25 * s.0, None);
        n.form = Form::Words;
        n.scaled = true;
        return Some(n);
    }
    let xs = words::atoms(pieces, i);
    let (used, value) = words::read(&xs)?;
    let end = xs[used - 1].piece + 1;
    let mut n = plain(i, end, 0.0, None);
    n.digits = None;
    match value {
        WordValue::Cardinal(v) => {
            n.value = v;
            n.form = Form::Words;
            n.scaled = xs[..used]
                .iter()
                .any(|a| matches!(a.atom, Atom::Scale(_) | Atom::Hundred));
            scale_and_fraction(pieces, &xs[..used], &mut n);
        }
        WordValue::Fraction {
            value,
            ambiguous,
            scaled_whole,
        } => {
            n.value = value;
            n.form = Form::Fraction { ambiguous };
            if scaled_whole.is_some() {
                n.form = Form::Words;
                n.scaled = true;
            }
            // `five and a half million`, `two thirds of a million`, `half a
            // million`; after a scaled whole the scale takes the fraction only.
            if let Some((s, send)) = scale_at(pieces, end) {
                n.value = match scaled_whole {
                    Some((whole, frac)) => whole + frac * s,
                    None => value * s,
                };
                n.end = send;
                n.form = Form::Words;
                n.scaled = true;
            }
        }
        WordValue::Ordinal(v) => {
            n.value = v;
            n.form = Form::Ordinal;
            return Some(n);
        }
    }
    n.hyphen_next = pieces.get(n.end).is_some_and(|x| x.hyphen);
    Some(after_number(pieces, n))
}

/// `one million and a half`, `3 million and a quarter`, `one billion and a
/// half million`: a fraction after a whole that ends in a scale.
fn scale_and_fraction(pieces: &[Piece], used: &[words::Placed], n: &mut Num) {
    let Some(Atom::Scale(s)) = used.last().map(|a| a.atom) else {
        return;
    };
    let Some((f, fend)) = and_fraction(pieces, n.end) else {
        return;
    };
    if let Some((s2, send)) = scale_at(pieces, fend) {
        n.value += f * s2;
        n.end = send;
    } else {
        n.value += f * s;
        n.end = fend;
    }
}

/// `and a half`, `and three quarters` after a scaled whole.
fn and_fraction(pieces: &[Piece], k: usize) -> Option<(f64, usize)> {
    if !is_word(pieces.get(k), &["and"]) {
        return None;
    }
    let xs = words::atoms(pieces, k + 1);
    match words::read(&xs)? {
        (used, WordValue::Fraction { value, .. }) if value < 1.0 => {
            Some((value, xs[used - 1].piece + 1))
        }
        _ => None,
    }
}

/// A scale after a fraction: `million`, `a million`, `of a million`, `a dozen`.
fn scale_at(pieces: &[Piece], k: usize) -> Option<(f64, usize)> {
    let mut j = k;
    if is_word(pieces.get(j), &["of"]) && is_word(pieces.get(j + 1), &["a", "an"]) {
        j += 2;
    } else if is_word(pieces.get(j), &["a", "an"]) {
        j += 1;
    }
    let p = pieces.get(j)?;
    if let Some((s, false)) = words::scale_word(&p.lower) {
        return Some((s, j + 1));
    }
    if j > k && p.is_any(&["dozen"]) {
        return Some((12.0, j + 1));
    }
    if j == k && p.is("hundred") {
        return Some((100.0, j + 1));
    }
    None
}

/// What may follow any number: a spaced scale letter (`2.33 k`), a power
/// (`1.1^23`), a digit fraction (`3/4`, `2 1/4`), `over` (`one over three`)
/// and the ratios `one in five` and `nine out of 10`. The first rule of
/// [`AFTER_NUMBER`] that applies extends the number; when none does, the
/// number stays as it is and notes a hyphen into the next piece.
fn after_number(pieces: &[Piece], mut n: Num) -> Num {
    if let Some(m) = AFTER_NUMBER.iter().find_map(|(_, rule)| rule(pieces, &n)) {
        return m;
    }
    n.hyphen_next = pieces.get(n.end).is_some_and(|p| p.hyphen);
    n
}

/// A named rule of what follows a number: the longer number it makes, or
/// `None` when it does not apply (the next rule is tried).
type AfterRule = fn(&[Piece], &Num) -> Option<Num>;

/// The rules after a number, in the order they are tried, each named; their
/// examples are in the test `after_number_rules_and_their_examples`.
const AFTER_NUMBER: &[(&str, AfterRule)] = &[
    ("spaced scale letter", spaced_scale_rule),
    ("times ten to the power", ten_power_rule),
    ("power", power_rule),
    ("digit fraction", digit_fraction_rule),
    ("mixed number", mixed_number_rule),
    ("over", over_rule),
    ("in or out of", in_or_out_of_rule),
    ("scale after a closing quote", quoted_scale_rule),
];

/// Rule `scale after a closing quote`: `"we're asking for $5.6" billion`.
/// A speaker quoted up to the figure leaves its scale word outside the
/// quotation; the scale still belongs to the figure. The quotation mark
/// must close on the digits (glued to them) and the scale word follow it
/// at once, so a quoted figure followed by other words is left alone.
fn quoted_scale_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    let quote = pieces.get(n.end)?;
    let scale = pieces.get(n.end + 1)?;
    if n.form != Form::Digits
        || n.scaled
        || n.suffix.is_some()
        || !quote.glued
        // (A straight or curly closing mark, double or single: British
        // copy quotes with single marks; a foot mark is never followed by
        // a scale word.)
        || !matches!(quote.text, "\"" | "\u{201d}" | "'" | "\u{2019}")
        || scale.glued
    {
        return None;
    }
    let (s, false) = words::scale_word(&scale.lower)? else {
        return None;
    };
    let mut n = n.clone();
    n.value *= s;
    n.end += 2;
    n.scaled = true;
    Some(n)
}

/// Rule `spaced scale letter`: `2.33 k`, `1,674.5 G`, `£3 bn`: a
/// free-standing scale letter at the end of a phrase (`bn` and the like
/// anywhere).
fn spaced_scale_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    let np = pieces.get(n.end)?;
    if n.form == Form::Digits
        && !n.scaled
        && np.kind == PieceKind::Word
        && !np.glued
        && (matches!(np.text, "bn" | "mn" | "bln" | "tln" | "tn")
            || matches!(np.text, "k" | "K" | "M" | "G" | "T" | "B")
                && ends_phrase(pieces.get(n.end + 1)))
        && let Some(s) = scale_suffix(np.text)
    {
        let mut n = n.clone();
        n.value *= s;
        n.end += 1;
        n.scaled = true;
        return Some(n);
    }
    None
}

/// Rule `times ten to the power`: scientific notation, `2.48 × 10^-5`.
fn ten_power_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    if n.form == Form::Digits
        && !n.scaled
        && let Some((exp, end)) = spaced_ten_power(pieces, n.end)
    {
        let mut n = n.clone();
        n.value *= 10f64.powf(exp);
        n.end = end;
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rule `power`: `1.1^23`, `2.5^-1`.
fn power_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    let next = pieces.get(n.end);
    if n.form == Form::Digits
        && is_text(next, "^")
        && next.is_some_and(|p| p.glued)
        && let Some((exp, end)) = power_exponent(pieces, n.end + 1)
    {
        let mut n = n.clone();
        let sign = n.value.signum();
        n.value = sign * n.value.abs().powf(exp);
        n.end = end;
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rule `digit fraction`: `3/4`, `-2/3`; not dates (`5/17/2018`), nor
/// `24/7`, whose denominator is not above its numerator.
fn digit_fraction_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    let next = pieces.get(n.end);
    if n.form == Form::Digits
        && n.is_integer()
        && !n.scaled
        && is_text(next, "/")
        && next.is_some_and(|p| p.glued)
        && !(n.start > 0 && pieces[n.start - 1].text == "/" && pieces[n.start].glued)
        && let Some(den) = pieces.get(n.end + 1)
        && den.glued
        && den.kind == PieceKind::Number
        && let Some(dd) = parse_digits(den.text)
        && !(is_text(pieces.get(n.end + 2), "/") && pieces[n.end + 2].glued)
        && dd.value > n.value.abs()
        && dd.decimals == 0
    {
        let mut n = n.clone();
        n.value /= dd.value;
        n.end += 2;
        n.form = Form::Fraction { ambiguous: false };
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rule `mixed number`: `2 1/4`, `-1 1/2`: an integer, a space, a digit
/// fraction.
fn mixed_number_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    if n.form == Form::Digits
        && n.is_integer()
        && !n.scaled
        && let Some(np) = pieces.get(n.end)
        && np.kind == PieceKind::Number
        && !np.glued
        && let Some(f) = scan(pieces, n.end)
        && matches!(f.form, Form::Fraction { .. })
        && f.value > 0.0
        && f.value < 1.0
        && pieces[f.start..f.end].iter().any(|p| p.text == "/")
    {
        let mut n = n.clone();
        n.value = if n.value < 0.0 {
            n.value - f.value
        } else {
            n.value + f.value
        };
        n.end = f.end;
        n.form = Form::Fraction { ambiguous: false };
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rule `over`: `one over three`, `2000 over 3`: only at the end of a
/// phrase, so that `$2000 over 3 years` stays two numbers.
fn over_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    if matches!(n.form, Form::Digits | Form::Words)
        && !n.scaled
        && is_word(pieces.get(n.end), &["over"])
        && let Some(den) = scan(pieces, n.end + 1)
        && matches!(den.form, Form::Digits | Form::Words)
        && den.suffix.is_none()
        && den.value != 0.0
        && ends_phrase(pieces.get(den.end))
    {
        let mut n = n.clone();
        n.value /= den.value;
        n.end = den.end;
        n.form = Form::Fraction { ambiguous: false };
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rule `in or out of`: the ratios `one in five`, `nine out of 10`, `two
/// out of five hundred`, `nine times out of ten`; not a year or a duration (`one in 2019`, `3 in 10
/// years`).
fn in_or_out_of_rule(pieces: &[Piece], n: &Num) -> Option<Num> {
    let next = pieces.get(n.end);
    let (k, is_in) = if is_word(next, &["in"]) {
        (n.end + 1, true)
    } else if is_word(next, &["out"]) && is_word(pieces.get(n.end + 1), &["of"]) {
        (n.end + 2, false)
    } else if is_word(next, &["times"])
        && is_word(pieces.get(n.end + 1), &["out"])
        && is_word(pieces.get(n.end + 2), &["of"])
    {
        // `nine times out of ten`: a share, not a multiplier.
        (n.end + 3, false)
    } else {
        return None;
    };
    if matches!(n.form, Form::Digits | Form::Words)
        && n.is_integer()
        && n.value >= 1.0
        && !n.scaled
        && n.suffix.is_none()
        && let Some(den) = scan(pieces, k)
        && matches!(den.form, Form::Digits | Form::Words)
        && den.suffix.is_none()
        && den.is_integer()
        && den.value > n.value
        && !(is_in && den.digits.is_some_and(|d| d.int_digits == 4 && !d.grouped))
        && !(is_in
            && pieces
                .get(den.end)
                .is_some_and(|p| super::units::time_unit(&p.lower).is_some()))
    {
        let mut n = n.clone();
        n.value /= den.value;
        n.end = den.end;
        n.form = Form::Ratio;
        n.digits = None;
        return Some(n);
    }
    None
}

/// Rounds away the binary noise of scaling decimals (`8.3 × 10⁶` is
/// 8300000.000000001 in floating point) by keeping 12 significant digits.
pub(crate) fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// A bare number as the NumberModel suite expects it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NumberMatch {
    /// Byte span in the text.
    pub span: Span,
    pub value: f64,
}

/// Every bare number in `text`: digits, words, fractions and ratios, but not
/// ordinals, numbers with a unit glued on (`180ml`, `4am`) or the pronoun
/// `one` (`the one you mentioned`). The claim extractor reads numbers with
/// the same [`scan`]; this entry point exists for the peer suite and for
/// callers that want numbers without claim semantics.
pub fn parse_numbers(text: &str) -> Vec<NumberMatch> {
    let pieces = pieces_of(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let Some(n) = scan(&pieces, i) else {
            i += 1;
            continue;
        };
        let keep = match n.form {
            Form::Ordinal => false,
            _ => n.suffix.is_none() && !is_pronoun_one(&pieces, &n),
        };
        if keep {
            out.push(NumberMatch {
                span: Span::new(pieces[n.start].span.start, pieces[n.end - 1].span.end),
                value: n.value,
            });
        }
        i = n.end.max(i + 1);
    }
    out
}

/// `one` used as a pronoun: `the one you mentioned`, `which one`.
pub(crate) fn is_pronoun_one(pieces: &[Piece], n: &Num) -> bool {
    n.end == n.start + 1
        && pieces[n.start].is("one")
        && n.start > 0
        && pieces[n.start - 1].is_any(&[
            "the", "this", "that", "which", "each", "every", "any", "no", "some", "another",
            "other", "last", "next", "only", "right", "wrong", "little", "big", "new", "old",
        ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cases: &[(&str, &[(&str, f64)])]) {
        for (text, expected) in cases {
            let got: Vec<(&str, f64)> = parse_numbers(text)
                .iter()
                .map(|m| (&text[m.span.start..m.span.end], m.value))
                .collect();
            assert_eq!(got.len(), expected.len(), "{text:?}: got {got:?}");
            for ((gs, gv), (es, ev)) in got.iter().zip(expected.iter()) {
                assert_eq!(gs, es, "{text:?}");
                assert!(
                    (gv - ev).abs() <= 1e-9 * ev.abs().max(1.0),
                    "{text:?}: {gs} = {gv}, expected {ev}"
                );
            }
        }
    }

    /// The rule of [`AFTER_NUMBER`] that extends the number opening `text`
    /// (digits, or a number word), with the value it makes.
    fn after_rule_of(text: &str) -> Option<(&'static str, f64)> {
        let pieces = super::super::lex::pieces_of(text);
        let p = pieces.first()?;
        let n = match p.kind {
            PieceKind::Number => {
                let d = parse_digits(p.text)?;
                plain(0, 1, d.value, Some(d))
            }
            _ => {
                let mut n = plain(0, 1, words::unit_word(&p.lower)?, None);
                n.form = Form::Words;
                n
            }
        };
        AFTER_NUMBER
            .iter()
            .find_map(|(name, rule)| rule(&pieces, &n).map(|m| (*name, m.value)))
    }

    /// Each rule after a number with its own examples (text, value made),
    /// and numbers no rule extends.
    #[test]
    fn after_number_rules_and_their_examples() {
        let rules: &[(&str, &[(&str, f64)])] = &[
            (
                "spaced scale letter",
                &[("2.33 k", 2330.0), ("40 bn in loans", 40e9)],
            ),
            (
                "times ten to the power",
                &[("2.5 × 10^3 cells", 2500.0), ("6 x 10^6", 6e6)],
            ),
            ("power", &[("2^10", 1024.0), ("1.5^2", 2.25)]),
            (
                "digit fraction",
                &[("3/4 of voters", 0.75), ("1/3", 1.0 / 3.0)],
            ),
            ("mixed number", &[("2 1/4 miles", 2.25), ("5 1/2", 5.5)]),
            ("over", &[("one over four", 0.25), ("200 over 8.", 25.0)]),
            (
                "in or out of",
                &[
                    ("one in five adults", 0.2),
                    ("nine out of 10", 0.9),
                    ("four times out of five", 0.8),
                ],
            ),
            (
                "scale after a closing quote",
                &[
                    ("5.6\" billion, he said", 5.6e9),
                    ("40\u{201d} million more", 40e6),
                    ("12\" thousand", 12e3),
                    ("3.2\u{2019} billion", 3.2e9),
                ],
            ),
        ];
        for (name, examples) in rules {
            for (text, value) in *examples {
                let (got, v) = after_rule_of(text)
                    .unwrap_or_else(|| panic!("{text:?}: no rule, expected {name}"));
                assert_eq!(got, *name, "{text:?}");
                assert!(
                    (v - value).abs() <= 1e-9 * value.abs().max(1.0),
                    "{text:?}: {v}"
                );
            }
        }
        for text in [
            "24/7 service",
            "5/17/2018",
            "2000 over 3 years",
            "one in 2019",
            "3 in 10 years",
            "7 k-pop fans",
            // A quotation mark not glued to the figure, a plural scale, an
            // inch mark before other words.
            "12 \" million",
            "40\" millions of fans",
            "5.6\" screen",
        ] {
            assert_eq!(after_rule_of(text), None, "{text:?}");
        }
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        check(&[
            ("28,305 doctors", &[("28,305", 28305.0)]),
            ("3.2 million", &[("3.2 million", 3.2e6)]),
            ("1,674,200.5", &[("1,674,200.5", 1674200.5)]),
            ("12,34,567.89", &[("12,34,567.89", 1234567.89)]),
            ("1.111,11", &[("1.111,11", 1111.11)]),
            ("the number is 1,3.", &[("1,3", 1.3)]),
            (".08", &[(".08", 0.08)]),
            ("4.800", &[("4.800", 4.8)]),
            (
                "192.168.1.2",
                &[("192", 192.0), ("168", 168.0), ("1", 1.0), ("2", 2.0)],
            ),
            (
                "nrs 22,24,26,31.",
                &[("22", 22.0), ("24", 24.0), ("26", 26.0), ("31", 31.0)],
            ),
        ]);
    }

    #[test]
    fn scales_and_suffixes() {
        check(&[
            ("10k", &[("10k", 1e4)]),
            ("1.2b", &[("1.2b", 1.2e9)]),
            ("I can give you 10M.", &[("10M", 1e7)]),
            ("1m isn't a number", &[]),
            (" 2.33 k", &[("2.33 k", 2330.0)]),
            ("- 10  k", &[("- 10  k", -1e4)]),
            ("13 lakh", &[("13 lakh", 1.3e6)]),
            ("the 180ml liquid", &[]),
            ("1e10", &[("1e10", 1e10)]),
            ("12.32e+14", &[("12.32e+14", 1.232e15)]),
            ("-12e-1", &[("-12e-1", -1.2)]),
            ("1.1^23", &[("1.1^23", 1.1f64.powi(23))]),
            ("1.3x10^6", &[("1.3x10^6", 1.3e6)]),
        ]);
    }

    /// Rule `power of ten`, with its examples: scientific notation glued
    /// or spaced, the exponent after a caret, a minus sign, a hyphen or in
    /// superscript; a bare `x10` is no power.
    #[test]
    fn powers_of_ten() {
        check(&[
            ("a factor of 2.48×10−5,", &[("2.48×10−5", 2.48e-5)]),
            ("is 5.5x10-3 kg", &[("5.5x10-3", 5.5e-3)]),
            ("about 6×10⁶ people", &[("6×10⁶", 6e6)]),
            ("a rate of 2.48 × 10^-5", &[("2.48 × 10^-5", 2.48e-5)]),
            ("some 3 x 10⁹ cells", &[("3 x 10⁹", 3e9)]),
            ("1.3×10^-2", &[("1.3×10^-2", 1.3e-2)]),
            ("a 3 x 10 grid", &[("3", 3.0), ("10", 10.0)]),
        ]);
    }

    #[test]
    fn words_fractions_and_ratios() {
        check(&[
            ("Twenty-six people die", &[("Twenty-six", 26.0)]),
            (
                "one and a half million",
                &[("one and a half million", 1.5e6)],
            ),
            ("half a million", &[("half a million", 5e5)]),
            ("quarter million", &[("quarter million", 2.5e5)]),
            (
                "two thirds of a million",
                &[("two thirds of a million", 2e6 / 3.0)],
            ),
            ("3 million and a half", &[("3 million and a half", 3.5e6)]),
            ("one in five", &[("one in five", 0.2)]),
            ("nine out of 10", &[("nine out of 10", 0.9)]),
            ("8 in 5", &[("8", 8.0), ("5", 5.0)]),
            ("one over three", &[("one over three", 1.0 / 3.0)]),
            ("earn $2000 over 3 years", &[("2000", 2000.0), ("3", 3.0)]),
            ("3/4", &[("3/4", 0.75)]),
            ("2  1/4", &[("2  1/4", 2.25)]),
            ("-4/5", &[("-4/5", -0.8)]),
            (
                "on 5/17/2018",
                &[("5", 5.0), ("17", 17.0), ("2018", 2018.0)],
            ),
            (
                "three-nought-four",
                &[("three", 3.0), ("nought", 0.0), ("four", 4.0)],
            ),
        ]);
    }

    #[test]
    fn not_numbers() {
        check(&[
            ("the May 4th", &[]),
            ("a first class seat", &[]),
            ("The one you mentioned", &[]),
            ("a next of kin", &[]),
            ("thousands of doctors", &[]),
        ]);
    }
}
