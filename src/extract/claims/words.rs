//! Numbers written in words: `twenty-six`, `a hundred and twelve`, `three
//! million`, `one and a half million`, `two-thirds`, `a quarter`, `twenty
//! second` (an ordinal) and the odd forms of the peer suites (`one hundred
//! thirty-fifths`, `two hundred point zero three`, `half a dozen`).
//!
//! The parser works in two steps. A run of pieces is first turned into
//! atoms (a unit word, a tens word, `hundred`, a scale, `and`, an ordinal, a
//! plain digit number, ...). Named rules, one per kind of atom (see
//! `Reading`: `unit`, `teen or tens`, `hundred`, `scale`, `and`, ...), then
//! read the longest prefix of atoms that makes a valid cardinal, refusing sequences that are
//! two numbers side by side (`three four`, `twenty thirty`), so that lists
//! such as `three-nought-four` stay three numbers. Fractions and ordinals are
//! decided on top of that: which atoms form the denominator (`thirty fifths`
//! is 35ths after `one hundred`, but 30 fifths after `one hundred and`), and
//! whether `and a half` adds to a whole or to a scale.

use super::lex::{Piece, PieceKind};
use super::numbers::parse_digits;

/// One word (or digit number) of a number written in words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Atom {
    /// zero..nine
    Unit(f64),
    /// ten..nineteen
    Teen(f64),
    /// twenty..ninety
    Tens(f64),
    /// A digit number inside a word number: `3 hundred and 21`.
    Digits(f64),
    Hundred,
    /// thousand and up (lakh and crore too).
    Scale(f64),
    And,
    /// `a` / `an` as "one": `a hundred`, `a quarter`.
    A,
    Point,
    Minus,
    Dozen,
    /// An ordinal word, also the denominator of a fraction: `third`,
    /// `fifths`, `hundredth`, `half`, `quarters`.
    Ordinal {
        value: f64,
        class: OrdClass,
        plural: bool,
    },
}

/// What an ordinal word can combine with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrdClass {
    /// first..ninth: after a tens word (`twenty-first`).
    Unit,
    /// tenth..nineteenth
    Teen,
    /// twentieth..ninetieth
    Tens,
    /// hundredth, thousandth, millionth...
    Scale,
    /// `half`/`halves` and `quarter`/`quarters`: denominators only.
    Part,
}

pub(crate) fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        _ => return None,
    })
}

pub(crate) fn teen_word(w: &str) -> Option<f64> {
    Some(match w {
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(crate) fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words. Plurals count only after a number (`3 thousands`); alone
/// (`thousands of`) they are vague and not numbers.
pub(crate) fn scale_word(w: &str) -> Option<(f64, bool)> {
    Some(match w {
        "thousand" => (1e3, false),
        "thousands" => (1e3, true),
        "million" => (1e6, false),
        "millions" => (1e6, true),
        "billion" => (1e9, false),
        "billions" => (1e9, true),
        "trillion" => (1e12, false),
        "trillions" => (1e12, true),
        "lakh" => (1e5, false),
        "lakhs" => (1e5, true),
        "crore" => (1e7, false),
        "crores" => (1e7, true),
        _ => return None,
    })
}

/// Ordinal words and fraction denominators: value, class, plural.
pub(crate) fn ordinal_word(w: &str) -> Option<(f64, OrdClass, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) if !matches!(w, "halves") => (s, true),
        _ => (w, false),
    };
    use OrdClass::*;
    let (v, class) = match stem {
        "first" => (1.0, Unit),
        "second" => (2.0, Unit),
        "third" => (3.0, Unit),
        "fourth" => (4.0, Unit),
        "fifth" => (5.0, Unit),
        "sixth" => (6.0, Unit),
        "seventh" => (7.0, Unit),
        "eighth" => (8.0, Unit),
        "ninth" => (9.0, Unit),
        "tenth" => (10.0, Teen),
        "eleventh" => (11.0, Teen),
        "twelfth" => (12.0, Teen),
        "thirteenth" => (13.0, Teen),
        "fourteenth" => (14.0, Teen),
        "fifteenth" => (15.0, Teen),
        "sixteenth" => (16.0, Teen),
        "seventeenth" => (17.0, Teen),
        "eighteenth" => (18.0, Teen),
        "nineteenth" => (19.0, Teen),
        "twentieth" => (20.0, Tens),
        "thirtieth" => (30.0, Tens),
        "fortieth" => (40.0, Tens),
        "fiftieth" => (50.0, Tens),
        "sixtieth" => (60.0, Tens),
        "seventieth" => (70.0, Tens),
        "eightieth" => (80.0, Tens),
        "ninetieth" => (90.0, Tens),
        "hundredth" => (100.0, Scale),
        "thousandth" => (1e3, Scale),
        "millionth" => (1e6, Scale),
        "billionth" => (1e9, Scale),
        "trillionth" => (1e12, Scale),
        "half" => (2.0, Part),
        "quarter" => (4.0, Part),
        _ if w == "halves" => return Some((2.0, Part, true)),
        _ => return None,
    };
    Some((v, class, plural))
}

/// Is `w` any number word (cardinal, scale or ordinal)? Used to decide
/// cheaply whether a word can start a number.
pub(crate) fn is_number_word(w: &str) -> bool {
    unit_word(w).is_some()
        || teen_word(w).is_some()
        || tens_word(w).is_some()
        || w == "hundred"
        || w == "dozen"
        || scale_word(w).is_some_and(|(_, plural)| !plural)
        || ordinal_word(w).is_some()
}

/// The atom of one piece, if it can be part of a number in words.
fn atom(p: &Piece) -> Option<Atom> {
    match p.kind {
        PieceKind::Number => {
            let d = parse_digits(p.text)?;
            Some(Atom::Digits(d.value))
        }
        PieceKind::Word => {
            let w = p.lower.as_ref();
            if let Some(v) = unit_word(w) {
                return Some(Atom::Unit(v));
            }
            if let Some(v) = teen_word(w) {
                return Some(Atom::Teen(v));
            }
            if let Some(v) = tens_word(w) {
                return Some(Atom::Tens(v));
            }
            if let Some((value, class, plural)) = ordinal_word(w) {
                return Some(Atom::Ordinal {
                    value,
                    class,
                    plural,
                });
            }
            match w {
                "hundred" | "hundreds" => Some(Atom::Hundred),
                "and" => Some(Atom::And),
                "a" | "an" => Some(Atom::A),
                "point" => Some(Atom::Point),
                "minus" | "negative" => Some(Atom::Minus),
                "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Some(Atom::Dozen),
                _ => scale_word(w).map(|(v, _)| Atom::Scale(v)),
            }
        }
        _ => (p.text == "&").then_some(Atom::And),
    }
}

/// An atom with where it sits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub atom: Atom,
    /// Index of its piece.
    pub piece: usize,
    /// Joined to the previous atom by a hyphen (inside a token, or a
    /// free-standing `-` between two words: `fifty - two`).
    pub hyphen: bool,
}

/// Collects the atoms of the run of number pieces starting at `i` (at most 40).
pub(crate) fn atoms(pieces: &[Piece], i: usize) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::new();
    let mut k = i;
    let mut pending_hyphen = false;
    while k < pieces.len() && out.len() < 40 {
        let p = &pieces[k];
        if p.kind == PieceKind::Punct {
            // A free-standing hyphen between two number words joins them.
            let joins = matches!(p.text, "-" | "‐" | "‑")
                && !out.is_empty()
                && !matches!(out.last().map(|a| a.atom), Some(Atom::Digits(_)))
                && pieces
                    .get(k + 1)
                    .is_some_and(|n| n.kind == PieceKind::Word && atom(n).is_some());
            if joins && !pending_hyphen {
                pending_hyphen = true;
                k += 1;
                continue;
            }
            if p.text == "&" && !out.is_empty() {
                out.push(Placed {
                    atom: Atom::And,
                    piece: k,
                    hyphen: false,
                });
                k += 1;
                continue;
            }
            break;
        }
        let Some(a) = atom(p) else { break };
        // Digits only start a run or follow hundred/scale/and (`3 hundred and 21`).
        if let Atom::Digits(_) = a
            && let Some(prev) = out.last()
            && !matches!(
                prev.atom,
                Atom::Hundred | Atom::Scale(_) | Atom::And | Atom::Minus
            )
        {
            break;
        }
        // A digit number with a decimal part takes only a scale after it.
        out.push(Placed {
            atom: a,
            piece: k,
            hyphen: pending_hyphen || (p.hyphen && !out.is_empty()),
        });
        pending_hyphen = false;
        if matches!(a, Atom::Ordinal { .. }) {
            break;
        }
        k += 1;
    }
    // A trailing `and`, `a` or `point` belongs to the text, not the number.
    while matches!(
        out.last().map(|a| a.atom),
        Some(Atom::And | Atom::A | Atom::Point | Atom::Minus)
    ) {
        out.pop();
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Last {
    #[default]
    Start,
    Minus,
    A,
    Unit,
    Teen,
    Tens,
    Digits,
    Hundred,
    Scale,
    And,
    Point,
    Decimal,
    Dozen,
}

/// What has been read of a cardinal so far, atom by atom. Each atom has
/// one named rule (a method below, its examples in the tests `rule_*`):
/// the rule says whether the atom may follow what was read, and if so
/// reads it.
///
/// | rule | reads | examples |
/// | --- | --- | --- |
/// | `sign` | `minus`, `negative` first | `minus five` (−5) |
/// | `article` | `a`/`an` first, as one | `a hundred` (100), `a million` |
/// | `decimal digits` | digits after `point` | `two point zero three` (2.03), `point seventy-one` |
/// | `unit` | `one`..`nine` after a start, hundred, scale, `and` or tens | `twenty-five`, `two hundred five` |
/// | `teen or tens` | `ten`..`ninety` after a start, hundred, scale or `and` | `three hundred and twelve`, `forty` |
/// | `digits` | a digit number first, or under what it follows | `3 hundred and 21`, `2 million 500 thousand` |
/// | `hundred` | `hundred` once per group, after a small number or `a` | `nine hundred`, `a hundred` |
/// | `scale` | `thousand` and up, each smaller than the last | `one million two thousand`, `three lakh crore`, `two point five million` |
/// | `and` | `and` after hundred or a scale | `a hundred and twelve` |
/// | `point` | `point` after a whole number | `two point five` |
/// | `dozen` | `dozen` after a small number or `a` | `two dozen` (24), `a dozen` (12) |
#[derive(Debug, Default)]
struct Reading {
    total: f64,
    current: f64,
    /// The last scale used, and the limit a number after `and` must stay under.
    big: f64,
    and_limit: f64,
    last: Last,
    has_hundred: bool,
    neg: bool,
    last_atom: f64,
    decimals: String,
}

impl Reading {
    /// Rule `sign`: `minus five`; only at the start.
    fn sign(&mut self) -> bool {
        self.neg = true;
        let ok = self.last == Last::Start;
        self.last = Last::Minus;
        ok
    }

    /// Rule `article`: `a hundred`, `a million`; only at the start.
    fn article(&mut self) -> bool {
        let ok = self.last == Last::Start;
        self.last = Last::A;
        ok
    }

    fn after_point(&self) -> bool {
        matches!(self.last, Last::Point | Last::Decimal)
    }

    /// Rule `decimal digits`, a unit word: `point zero three`; after a
    /// hyphen a tens word's zero gives way (`point seventy-one`).
    fn decimal_unit(&mut self, u: f64, hyphen: bool) -> bool {
        if self.last == Last::Decimal && hyphen && self.decimals.ends_with('0') {
            self.decimals.pop();
        }
        self.decimals.push(char::from(b'0' + u as u8));
        self.last = Last::Decimal;
        true
    }

    /// Rule `decimal digits`, a teen or tens word: `point seventy`.
    fn decimal_tens(&mut self, t: f64) -> bool {
        self.decimals.push_str(&format!("{t}"));
        self.last = Last::Decimal;
        true
    }

    /// Rule `unit`: `five`, `twenty-five`, `two hundred five`; not `four
    /// five` (two numbers) nor `twenty zero`.
    fn unit(&mut self, u: f64) -> bool {
        let ok = match self.last {
            Last::Start | Last::Minus | Last::Hundred | Last::Scale | Last::And => true,
            Last::Tens => u >= 1.0,
            _ => false,
        };
        if ok {
            self.last_atom = if self.last == Last::Tens {
                self.last_atom + u
            } else {
                u
            };
            self.current += u;
            self.last = Last::Unit;
        }
        ok
    }

    /// Rule `teen or tens`: `twelve`, `three hundred and forty`; not
    /// `twenty thirty`.
    fn teen_or_tens(&mut self, t: f64) -> bool {
        let ok = matches!(
            self.last,
            Last::Start | Last::Minus | Last::Hundred | Last::Scale | Last::And
        );
        if ok {
            self.current += t;
            self.last_atom = t;
            self.last = if t >= 20.0 { Last::Tens } else { Last::Teen };
        }
        ok
    }

    /// Rule `digits`: a digit number first, or under what it follows: `3
    /// hundred and 21`, `2 million 500 thousand`; not `5 million 7 million`.
    fn digits(&mut self, d: f64) -> bool {
        let whole = d.fract() == 0.0;
        let ok = match self.last {
            Last::Start | Last::Minus => true,
            Last::Hundred => d < 100.0 && whole,
            Last::And => d < self.and_limit && d >= 1.0 && whole,
            Last::Scale => d < self.big && whole,
            _ => false,
        };
        if ok {
            self.current += d;
            self.last_atom = d;
            self.last = Last::Digits;
        }
        ok
    }

    /// Rule `hundred`: `nine hundred`, `a hundred`, once per group.
    fn hundred(&mut self) -> bool {
        let ok = !self.has_hundred
            && matches!(
                self.last,
                Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::A
            );
        if ok {
            let group = if self.last == Last::A {
                1.0
            } else {
                self.current
            };
            self.current = group * 100.0;
            self.has_hundred = true;
            self.last = Last::Hundred;
        }
        ok
    }

    /// Rule `scale`: `one million two thousand`, `a million`, `three lakh
    /// crore`, `two point five million`; not `1.5 million-2 million`, where
    /// a scale as large as the one before starts a new number.
    fn scale(&mut self, s: f64) -> bool {
        let ok = match self.last {
            Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred
                if self.big == 0.0 || s < self.big =>
            {
                self.total += self.current * s;
                true
            }
            Last::A => {
                self.total += s;
                true
            }
            Last::Scale if s > self.big => {
                self.total *= s;
                true
            }
            Last::Decimal => {
                let frac: f64 = format!("0.{}", self.decimals).parse().unwrap_or(0.0);
                self.total = (self.total + self.current + frac) * s;
                self.decimals.clear();
                true
            }
            _ => false,
        };
        if ok {
            self.current = 0.0;
            self.big = s;
            self.has_hundred = false;
            self.last = Last::Scale;
        }
        ok
    }

    /// Rule `and`: `a hundred and twelve`, `two million and five`; what
    /// follows must stay under the hundred or the scale.
    fn and(&mut self) -> bool {
        let ok = matches!(self.last, Last::Hundred | Last::Scale);
        if ok {
            self.and_limit = if self.last == Last::Hundred {
                100.0
            } else {
                self.big
            };
            self.last = Last::And;
        }
        ok
    }

    /// Rule `point`: `two point five`, after a whole number.
    fn point(&mut self) -> bool {
        let ok = matches!(
            self.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Scale
        );
        if ok {
            self.last = Last::Point;
        }
        ok
    }

    /// Rule `dozen`: `two dozen` (24), `a dozen` (12).
    fn dozen(&mut self) -> bool {
        let ok = matches!(
            self.last,
            Last::A | Last::Unit | Last::Teen | Last::Tens | Last::Digits
        );
        if ok {
            if self.last == Last::A {
                self.current = 12.0;
            } else {
                self.current += self.last_atom * 11.0;
            }
            self.last = Last::Dozen;
        }
        ok
    }

    /// Reads one atom by its rule: whether it may follow what was read.
    fn read(&mut self, x: &Placed) -> bool {
        match x.atom {
            Atom::Minus => self.sign(),
            Atom::A => self.article(),
            Atom::Unit(u) if self.after_point() => self.decimal_unit(u, x.hyphen),
            Atom::Teen(t) | Atom::Tens(t) if self.after_point() => self.decimal_tens(t),
            Atom::Unit(u) => self.unit(u),
            Atom::Teen(t) | Atom::Tens(t) => self.teen_or_tens(t),
            Atom::Digits(d) => self.digits(d),
            Atom::Hundred => self.hundred(),
            Atom::Scale(s) => self.scale(s),
            Atom::And => self.and(),
            Atom::Point => self.point(),
            Atom::Dozen => self.dozen(),
            Atom::Ordinal { .. } => false,
        }
    }

    /// The value read so far, if it is a whole number (not `minus`, `a`,
    /// `and` or `point` waiting for more).
    fn value(&self) -> Option<f64> {
        if matches!(
            self.last,
            Last::Start | Last::Minus | Last::A | Last::And | Last::Point
        ) {
            return None;
        }
        let frac = if self.last == Last::Decimal {
            format!("0.{}", self.decimals).parse().unwrap_or(0.0)
        } else {
            0.0
        };
        let v = self.total + self.current + frac;
        Some(if self.neg { -v } else { v })
    }
}

/// Reads the longest valid cardinal prefix of `xs`, atom by atom with the
/// rules of [`Reading`]. Returns the number of atoms used and the value, or
/// `None` when not even one atom is a number.
pub(crate) fn cardinal(xs: &[Placed]) -> Option<(usize, f64)> {
    let mut r = Reading::default();
    let mut best: Option<(usize, f64)> = None;
    // What was read before the last `and`: `3 hundred and 2 hundred` is two numbers.
    let mut before_and: Option<(usize, f64)> = None;
    for (n, x) in xs.iter().enumerate() {
        if !r.read(x) {
            if matches!(x.atom, Atom::Hundred | Atom::Scale(_)) && before_and.is_some() {
                return before_and;
            }
            break;
        }
        if matches!(x.atom, Atom::And) {
            before_and = best;
        }
        if let Some(v) = r.value() {
            best = Some((n + 1, v));
        }
    }
    best
}

/// The whole of `xs` as a cardinal, or `None`.
pub(crate) fn whole_cardinal(xs: &[Placed]) -> Option<f64> {
    match cardinal(xs) {
        Some((n, v)) if n == xs.len() && !xs.is_empty() => Some(v),
        _ => None,
    }
}

/// The value of `c` + ordinal `ord` as one compound ordinal (`twenty-first`,
/// `one hundred fifth`), or `None` if they do not combine.
fn compound_ordinal(c: &[Placed], value: f64, class: OrdClass) -> Option<f64> {
    if c.is_empty() {
        return Some(value);
    }
    if matches!(c[0].atom, Atom::Hundred | Atom::Scale(_) | Atom::And) {
        return None;
    }
    // `one hundred and fifth`: an `and` may close the cardinal part.
    let c = match c.last().map(|a| a.atom) {
        Some(Atom::And) if c.len() >= 2 => &c[..c.len() - 1],
        _ => c,
    };
    let last = c.last()?.atom;
    let fits = match class {
        OrdClass::Unit => matches!(last, Atom::Tens(_) | Atom::Hundred | Atom::Scale(_)),
        OrdClass::Teen | OrdClass::Tens => matches!(last, Atom::Hundred | Atom::Scale(_)),
        OrdClass::Scale => matches!(
            last,
            Atom::Unit(_) | Atom::Teen(_) | Atom::Tens(_) | Atom::Hundred | Atom::A
        ),
        OrdClass::Part => false,
    };
    if !fits {
        return None;
    }
    let base = whole_cardinal(c)?;
    Some(if class == OrdClass::Scale {
        base * value
    } else {
        base + value
    })
}

/// What a run of number words means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum WordValue {
    Cardinal(f64),
    /// A fraction or a mixed number: `two-thirds`, `one and a half`.
    Fraction {
        value: f64,
        /// `a third`, `one fifth`: a singular ordinal after `a`/`one`, which
        /// may be an ordinal instead (`a third term`).
        ambiguous: bool,
        /// For a mixed number after a scale (`one million and a half`): the
        /// whole and the fraction, so that a scale after it (`one billion
        /// and a half million`) applies to the fraction only.
        scaled_whole: Option<(f64, f64)>,
    },
    Ordinal(f64),
}

/// A number in words (or digits with scale words) starting at atom 0 of
/// `xs`: atoms used and meaning.
pub(crate) fn read(xs: &[Placed]) -> Option<(usize, WordValue)> {
    // `atoms` stops at the first ordinal, so an ordinal is always last.
    if matches!(xs.last().map(|a| a.atom), Some(Atom::Ordinal { .. }))
        && let Some(r) = fraction_or_ordinal(xs)
    {
        // `$ 280 million first preferred`: digits do not make compound ordinals.
        let digits = xs.iter().any(|a| matches!(a.atom, Atom::Digits(_)));
        if !(digits && matches!(r.1, WordValue::Ordinal(_))) {
            return Some(r);
        }
    }
    let (n, v) = cardinal(xs)?;
    Some((n, WordValue::Cardinal(v)))
}

/// Decides between a fraction, a mixed number and a compound ordinal for
/// `xs`, whose last atom is an ordinal: the longest denominator that
/// reads (rule `fraction at split`), else `half` or an ordinal alone
/// (rule `lone ordinal`), else a compound ordinal over the whole run.
fn fraction_or_ordinal(xs: &[Placed]) -> Option<(usize, WordValue)> {
    let m = xs.len() - 1;
    let Atom::Ordinal {
        value: ov,
        class,
        plural,
    } = xs[m].atom
    else {
        return None;
    };
    let head = &xs[..m];
    // Try the longest denominator first.
    if let Some(v) = (1..=m).find_map(|k| fraction_at_split(xs, k, ov, class, plural)) {
        return Some((m + 1, v));
    }
    if m == 0 {
        return lone_ordinal(ov, class, plural).map(|v| (1, v));
    }
    // A compound ordinal over the whole run: `twenty second`, `one hundred and fifth`.
    if !plural && let Some(v) = compound_ordinal(head, ov, class) {
        return Some((m + 1, WordValue::Ordinal(v)));
    }
    None
}

/// Rule `no split inside a compound`: the split before atom `k` of the
/// head may not cut a compound (`twenty-three`, `twenty-first`), nor start
/// right after `and`, which binds to the whole (`one hundred and fifth`).
fn split_cuts_compound(xs: &[Placed], k: usize) -> bool {
    let m = xs.len() - 1;
    let left = xs[k - 1];
    let right = xs[k];
    let right_unit = matches!(
        right.atom,
        Atom::Unit(_)
            | Atom::Ordinal {
                class: OrdClass::Unit,
                ..
            }
    );
    (right.hyphen && matches!(left.atom, Atom::Tens(_)) && right_unit)
        || (left.atom == Atom::And && k < m)
}

/// Rule `fraction at split`: the atoms before `k` are the numerator and
/// the rest, with the closing ordinal, the denominator (`two-thirds`,
/// `three hundredths`, `a quarter`, `one hundred and three quarters`).
/// `first` and `second` are never denominators (`a first class seat`),
/// digits take no word denominator (`100 millionths`), and a plural
/// numerator needs a plural denominator (`two third` is none).
fn fraction_at_split(
    xs: &[Placed],
    k: usize,
    ov: f64,
    class: OrdClass,
    plural: bool,
) -> Option<WordValue> {
    let head = &xs[..xs.len() - 1];
    if split_cuts_compound(xs, k) {
        return None;
    }
    let den_card = &head[k..];
    let den = compound_ordinal(den_card, ov, class)?;
    if den <= 2.0 && class != OrdClass::Part {
        return None;
    }
    let num_atoms = &head[..k];
    if num_atoms.iter().any(|a| matches!(a.atom, Atom::Digits(_))) {
        return None;
    }
    let Some(num) = whole_cardinal(num_atoms)
        .or_else(|| (num_atoms.len() == 1 && num_atoms[0].atom == Atom::A).then_some(1.0))
    else {
        return mixed(num_atoms, den, plural);
    };
    // A mixed number: `one hundred and three quarters` is 100¾.
    if let Some(v) = mixed(num_atoms, den, plural) {
        return Some(v);
    }
    if num != 1.0 && !plural {
        return None;
    }
    // `a third`, `one fifth`, `a quarter` may be ordinals or periods
    // (`a third term`, `the first quarter`); the claim grammar decides.
    let ambiguous = num == 1.0 && !plural && den_card.is_empty() && den != 2.0;
    Some(WordValue::Fraction {
        value: num / den,
        ambiguous,
        scaled_whole: None,
    })
}

/// Rule `lone ordinal`: an ordinal word with no numerator is `half`
/// (0.5; `halves` alone is none), no other part word (`quarter` alone is
/// a period), or the ordinal (`fifth`; `fifths` alone is none).
fn lone_ordinal(ov: f64, class: OrdClass, plural: bool) -> Option<WordValue> {
    match class {
        OrdClass::Part if ov == 2.0 && !plural => Some(WordValue::Fraction {
            value: 0.5,
            ambiguous: false,
            scaled_whole: None,
        }),
        OrdClass::Part => None,
        _ => (!plural).then_some(WordValue::Ordinal(ov)),
    }
}

/// `W and N/den`: a whole, `and`, then a small numerator.
fn mixed(num_atoms: &[Placed], den: f64, plural: bool) -> Option<WordValue> {
    let and = num_atoms.iter().rposition(|a| a.atom == Atom::And)?;
    let whole_atoms = &num_atoms[..and];
    let part_atoms = &num_atoms[and + 1..];
    let whole = whole_cardinal(whole_atoms)?;
    let part = if part_atoms.len() == 1 && part_atoms[0].atom == Atom::A {
        1.0
    } else {
        // Rule `and starts a proper fraction`: after a whole, `and` opens
        // the fraction when its numerator is below the denominator, as
        // decimals are read aloud (`two hundred and fifty-four hundredths`
        // is 200.54); a numerator at or above it stays one improper
        // fraction (`one hundred and thirty fifths` is 130/5, checked below).
        whole_cardinal(part_atoms)?
    };
    if part > 1.0 && !plural {
        return None;
    }
    if part >= den {
        return None;
    }
    let frac = part / den;
    // `six million and two thirds` is 6⅔ million.
    if let Some(Atom::Scale(s)) = whole_atoms.last().map(|a| a.atom) {
        return Some(WordValue::Fraction {
            value: whole + frac * s,
            ambiguous: false,
            scaled_whole: Some((whole, frac)),
        });
    }
    Some(WordValue::Fraction {
        value: whole + frac,
        ambiguous: false,
        scaled_whole: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::lex::pieces_of;
    use super::*;

    /// Each rule of [`Reading`] with its own examples: the text, and the
    /// cardinal read from its start (atoms used, value), `None` for none.
    #[test]
    fn cardinal_rules_and_their_examples() {
        /// Text, and the atoms used and value read.
        type Example = (&'static str, Option<(usize, f64)>);
        let rules: &[(&str, &[Example])] = &[
            (
                "sign",
                &[
                    ("minus five", Some((2, -5.0))),
                    ("five minus", Some((1, 5.0))),
                ],
            ),
            (
                "article",
                &[
                    ("a hundred", Some((2, 100.0))),
                    ("a million", Some((2, 1e6))),
                ],
            ),
            (
                "decimal digits",
                &[
                    ("two point zero three", Some((4, 2.03))),
                    ("two point seventy-one", Some((4, 2.71))),
                ],
            ),
            (
                "unit",
                &[
                    ("twenty-five", Some((2, 25.0))),
                    ("two hundred five", Some((3, 205.0))),
                    ("four five", Some((1, 4.0))),
                ],
            ),
            (
                "teen or tens",
                &[
                    ("three hundred and forty", Some((4, 340.0))),
                    ("twenty thirty", Some((1, 20.0))),
                ],
            ),
            (
                "digits",
                &[
                    ("3 hundred and 21", Some((4, 321.0))),
                    ("2 million 500 thousand", Some((4, 2_500_000.0))),
                ],
            ),
            (
                "hundred",
                &[
                    ("nine hundred", Some((2, 900.0))),
                    ("a hundred", Some((2, 100.0))),
                ],
            ),
            (
                "scale",
                &[
                    ("one million two thousand", Some((4, 1_002_000.0))),
                    ("three lakh crore", Some((3, 3e12))),
                    ("two point five million", Some((4, 2.5e6))),
                ],
            ),
            (
                "and",
                &[
                    ("a hundred and twelve", Some((4, 112.0))),
                    ("3 hundred and 2 hundred", Some((2, 300.0))),
                ],
            ),
            ("point", &[("two point five", Some((3, 2.5)))]),
            (
                "dozen",
                &[("two dozen", Some((2, 24.0))), ("a dozen", Some((2, 12.0)))],
            ),
        ];
        for (rule, examples) in rules {
            for (text, want) in examples.iter() {
                let pieces = pieces_of(text);
                let got = cardinal(&atoms(&pieces, 0));
                assert_eq!(got, *want, "rule {rule}: {text:?}");
            }
        }
    }

    /// The rules of [`fraction_or_ordinal`], each with its own examples:
    /// the text, and the atoms used and meaning read from its start.
    #[test]
    fn fraction_rules_and_their_examples() {
        let frac = |value: f64, ambiguous: bool| WordValue::Fraction {
            value,
            ambiguous,
            scaled_whole: None,
        };
        /// Text, and the atoms used and meaning read.
        type Example = (&'static str, Option<(usize, WordValue)>);
        let rules: &[(&str, &[Example])] = &[
            (
                "fraction at split",
                &[
                    ("two-thirds", Some((2, frac(2.0 / 3.0, false)))),
                    ("a quarter", Some((2, frac(0.25, true)))),
                    ("three hundredths", Some((2, frac(0.03, false)))),
                    (
                        "one hundred and three quarters",
                        Some((5, frac(100.75, false))),
                    ),
                ],
            ),
            (
                "no split inside a compound",
                &[
                    ("twenty-first", Some((2, WordValue::Ordinal(21.0)))),
                    (
                        "one hundred and fifth",
                        Some((4, WordValue::Ordinal(105.0))),
                    ),
                ],
            ),
            (
                "lone ordinal",
                &[
                    ("half", Some((1, frac(0.5, false)))),
                    ("fifth", Some((1, WordValue::Ordinal(5.0)))),
                ],
            ),
        ];
        for (rule, examples) in rules {
            for (text, want) in examples.iter() {
                let pieces = pieces_of(text);
                let got = fraction_or_ordinal(&atoms(&pieces, 0));
                assert_eq!(got, *want, "rule {rule}: {text:?}");
            }
        }
        // `quarter` alone is a period and `fifths` alone no number.
        assert_eq!(lone_ordinal(4.0, OrdClass::Part, false), None);
        assert_eq!(lone_ordinal(5.0, OrdClass::Unit, true), None);
    }

    /// Reads `text` and compares the matched surface and value.
    fn check(cases: &[(&str, Option<(&str, WordValue)>)]) {
        for (text, expected) in cases {
            let pieces = pieces_of(text);
            let xs = atoms(&pieces, 0);
            let got = read(&xs).map(|(n, v)| (&text[..pieces[xs[n - 1].piece].span.end], v));
            match (got, expected) {
                (Some((n, v)), Some((en, ev))) => {
                    assert_eq!(n, *en, "{text:?}: surface");
                    let (a, b) = match (v, ev) {
                        (WordValue::Cardinal(a), WordValue::Cardinal(b))
                        | (WordValue::Ordinal(a), WordValue::Ordinal(b)) => (a, *b),
                        (
                            WordValue::Fraction {
                                value: a,
                                ambiguous: x,
                                ..
                            },
                            WordValue::Fraction {
                                value: b,
                                ambiguous: y,
                                ..
                            },
                        ) => {
                            assert_eq!(x, *y, "{text:?}: ambiguity");
                            (a, *b)
                        }
                        _ => panic!("{text:?}: got {v:?}, expected {ev:?}"),
                    };
                    assert!(
                        (a - b).abs() <= 1e-9 * b.abs().max(1.0),
                        "{text:?}: {a} != {b}"
                    );
                }
                (got, expected) => assert_eq!(got, *expected, "{text:?}"),
            }
        }
    }

    use WordValue::*;

    #[test]
    fn cardinals() {
        check(&[
            ("twenty-six", Some(("twenty-six", Cardinal(26.0)))),
            (
                "a hundred and twelve",
                Some(("a hundred and twelve", Cardinal(112.0))),
            ),
            ("three million", Some(("three million", Cardinal(3e6)))),
            (
                "one hundred and sixty-one",
                Some(("one hundred and sixty-one", Cardinal(161.0))),
            ),
            (
                "two hundred and two thousand",
                Some(("two hundred and two thousand", Cardinal(202_000.0))),
            ),
            (
                "two thousand and two hundred",
                Some(("two thousand and two hundred", Cardinal(2200.0))),
            ),
            (
                "twenty-one trillion three hundred",
                Some(("twenty-one trillion three hundred", Cardinal(21e12 + 300.0))),
            ),
            ("fifty - two", Some(("fifty - two", Cardinal(52.0)))),
            (
                "3 hundred and 21",
                Some(("3 hundred and 21", Cardinal(321.0))),
            ),
            ("322 hundred", Some(("322 hundred", Cardinal(32_200.0)))),
            (
                "three lakh crore",
                Some(("three lakh crore", Cardinal(3e12))),
            ),
            (
                "two hundred point zero three",
                Some(("two hundred point zero three", Cardinal(200.03))),
            ),
            (
                "nine point nought four",
                Some(("nine point nought four", Cardinal(9.04))),
            ),
            (
                "minus five point five",
                Some(("minus five point five", Cardinal(-5.5))),
            ),
            ("three dozens", Some(("three dozens", Cardinal(36.0)))),
            (
                "three hundred and two dozens",
                Some(("three hundred and two dozens", Cardinal(324.0))),
            ),
        ]);
    }

    #[test]
    fn separate_numbers_are_not_joined() {
        check(&[
            ("three four", Some(("three", Cardinal(3.0)))),
            ("twenty thirty", Some(("twenty", Cardinal(20.0)))),
            ("4000 3 hundred", Some(("4000", Cardinal(4000.0)))),
            ("a", None),
            ("and", None),
        ]);
    }

    #[test]
    fn fractions_and_mixed_numbers() {
        check(&[
            (
                "two-thirds",
                Some((
                    "two-thirds",
                    Fraction {
                        value: 2.0 / 3.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "a quarter",
                Some((
                    "a quarter",
                    Fraction {
                        value: 0.25,
                        ambiguous: true,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "a half",
                Some((
                    "a half",
                    Fraction {
                        value: 0.5,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "half",
                Some((
                    "half",
                    Fraction {
                        value: 0.5,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "three quarters",
                Some((
                    "three quarters",
                    Fraction {
                        value: 0.75,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "a third",
                Some((
                    "a third",
                    Fraction {
                        value: 1.0 / 3.0,
                        ambiguous: true,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one and a half",
                Some((
                    "one and a half",
                    Fraction {
                        value: 1.5,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one hundred and three quarters",
                Some((
                    "one hundred and three quarters",
                    Fraction {
                        value: 100.75,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            // rule `and starts a proper fraction`
            (
                "two hundred and fifty-four hundredths",
                Some((
                    "two hundred and fifty-four hundredths",
                    Fraction {
                        value: 200.54,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "four hundred and three tenths",
                Some((
                    "four hundred and three tenths",
                    Fraction {
                        value: 400.3,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one hundred and twenty thirds",
                Some((
                    "one hundred and twenty thirds",
                    Fraction {
                        value: 40.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one hundred and thirty fifths",
                Some((
                    "one hundred and thirty fifths",
                    Fraction {
                        value: 26.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one hundred thirty fifths",
                Some((
                    "one hundred thirty fifths",
                    Fraction {
                        value: 100.0 / 35.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "twenty twenty fifths",
                Some((
                    "twenty twenty fifths",
                    Fraction {
                        value: 0.8,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one one hundred fifth",
                Some((
                    "one one hundred fifth",
                    Fraction {
                        value: 1.0 / 105.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "ninety - five hundred fifths",
                Some((
                    "ninety - five hundred fifths",
                    Fraction {
                        value: 1900.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "a hundred trillionths",
                Some((
                    "a hundred trillionths",
                    Fraction {
                        value: 1e-10,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "three twenty-firsts",
                Some((
                    "three twenty-firsts",
                    Fraction {
                        value: 3.0 / 21.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
            (
                "one hundred and three and two thirds",
                Some((
                    "one hundred and three and two thirds",
                    Fraction {
                        value: 103.0 + 2.0 / 3.0,
                        ambiguous: false,
                        scaled_whole: None,
                    },
                )),
            ),
        ]);
    }

    #[test]
    fn ordinals() {
        check(&[
            ("third", Some(("third", Ordinal(3.0)))),
            ("twenty second", Some(("twenty second", Ordinal(22.0)))),
            ("twenty-first", Some(("twenty-first", Ordinal(21.0)))),
            (
                "one hundred and fifth",
                Some(("one hundred and fifth", Ordinal(105.0))),
            ),
            // Not a fraction (the plural is missing): `the two millionth visitor`.
            ("two millionth", Some(("two millionth", Ordinal(2e6)))),
        ]);
    }
}
