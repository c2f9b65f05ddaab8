//! A fraction of a counted whole: `half the bloc's 12 presidents`, `a third
//! of the 300 workers`, `two-thirds of the 30 members`. The share is read as
//! a ratio and the whole as a count; the part they make (6 presidents, 100
//! workers, 20 members) is a count of its own, so that it can meet another
//! outlet's `eight of the 12 presidents`.
//!
//! Rule `fraction of a counted whole`: a share said as a fraction (unit
//! `fraction`), then an optional `of`, then only determiners and possessives
//! (`the`, `its`, `the bloc's`), then a count of a named noun. The part is
//! only made when it is a whole number: `a third of the 10 seats` is no
//! count of seats.

use super::lex::{Piece, PieceKind};
use super::quantities::Found;
use super::{ClaimKind, Qualifier};

/// The most pieces between the share and the whole (`of the country's`).
const MAX_GAP: usize = 6;

/// Words allowed between the share and the whole.
const DETERMINERS: &[&str] = &[
    "of", "the", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
];

/// A part made from a share of a counted whole.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Part {
    /// Pieces from the share's start to the whole's end.
    pub start: usize,
    pub end: usize,
    /// Index in `found` of the whole, whose noun and subject the part shares.
    pub whole: usize,
    pub value: f64,
    pub qualifier: Option<Qualifier>,
}

/// May this piece stand between a share and its whole? Determiners, and a
/// possessive (`bloc's`, `country’s`: a word, an apostrophe, an `s`).
fn gap_piece(pieces: &[Piece], k: usize) -> bool {
    let p = &pieces[k];
    if p.is_any(DETERMINERS) || matches!(p.text, "'" | "\u{2019}" | "'s" | "\u{2019}s") {
        return true;
    }
    let apostrophe = |j: usize| {
        pieces
            .get(j)
            .is_some_and(|q| q.glued && matches!(q.text, "'" | "\u{2019}" | "'s" | "\u{2019}s"))
    };
    match p.kind {
        // One piece (`bloc's`, `members'`: `lower` has straight
        // apostrophes), or split: the `s` after the apostrophe, or the
        // owner before it.
        PieceKind::Word => {
            p.lower.ends_with("'s")
                || p.lower.ends_with("s'")
                || (p.is("s") && k > 0 && apostrophe(k - 1) && p.glued)
                || apostrophe(k + 1)
        }
        _ => false,
    }
}

/// Every part of a counted whole in one sentence's quantities, in order.
/// Linear: each share looks at the next quantity only.
pub(crate) fn parts(pieces: &[Piece], found: &[Found]) -> Vec<Part> {
    let mut out = Vec::new();
    for (i, share) in found.iter().enumerate() {
        let Some(whole) = found.get(i + 1) else { break };
        if let Some(part) = part_of(pieces, share, whole, i + 1) {
            out.push(part);
        }
    }
    out
}

fn part_of(pieces: &[Piece], share: &Found, whole: &Found, wi: usize) -> Option<Part> {
    let frac = share.value?;
    let n = whole.value?;
    if share.kind != ClaimKind::Ratio
        || share.unit.as_deref() != Some("fraction")
        || !(0.0..1.0).contains(&frac)
        || frac == 0.0
        || whole.kind != ClaimKind::Count
        || whole.value_high.is_some()
        || whole.unit.is_none()
        || whole.start < share.end
        || whole.start - share.end > MAX_GAP
        || whole.start == share.end
    {
        return None;
    }
    if !(share.end..whole.start).all(|k| gap_piece(pieces, k)) {
        return None;
    }
    let value = frac * n;
    let rounded = value.round();
    // Shares are stored to 12 digits (`0.333333333333`), so a whole part
    // may be off by a trace; `one in 13 of the 48 million` is not whole.
    if rounded < 1.0 || (value - rounded).abs() > 1e-10 * n + 1e-6 {
        return None;
    }
    Some(Part {
        start: share.start,
        end: whole.end,
        whole: wi,
        value: rounded,
        // `more than half of the 2,000`: the share's hedge, else the whole's.
        qualifier: share
            .qualifier
            .filter(|q| *q != Qualifier::Exact)
            .or(whole.qualifier),
    })
}

#[cfg(test)]
mod tests {
    use crate::analysis::Document;
    use crate::extract::claims::{ClaimKind, extract_claims};

    /// The counts made from a share of a whole in `text`: (surface, value, unit).
    fn parts_in(text: &str) -> Vec<(String, f64, Option<String>)> {
        let doc = Document::from_raw(text);
        let claims = extract_claims(&doc, None);
        let starts: Vec<usize> = claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Ratio)
            .map(|c| c.span.start)
            .collect();
        claims
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Count && starts.contains(&c.span.start))
            .map(|c| (c.surface, c.value.as_number().unwrap_or(f64::NAN), c.unit))
            .collect()
    }

    #[test]
    fn fraction_of_a_counted_whole_and_its_examples() {
        let cases: &[(&str, &str, f64, &str)] = &[
            (
                "Half the union's 40 branches voted to strike.",
                "Half the union's 40",
                20.0,
                "branches",
            ),
            (
                "A quarter of the 200 nurses left within a year.",
                "A quarter of the 200",
                50.0,
                "nurses",
            ),
            (
                "Three-quarters of its 16 stations will close.",
                "Three-quarters of its 16",
                12.0,
                "stations",
            ),
            (
                "One-third of the council\u{2019}s 45 seats changed hands.",
                "One-third of the council\u{2019}s 45",
                15.0,
                "seats",
            ),
        ];
        for (text, surface, value, unit) in cases {
            let got = parts_in(text);
            assert_eq!(
                got,
                vec![(surface.to_string(), *value, Some(unit.to_string()))],
                "{text:?}"
            );
        }
    }

    #[test]
    fn no_part_without_a_whole_count() {
        for text in [
            // Not a whole number of seats.
            "A third of the 10 seats went to independents.",
            "One in 13 of the 48 million cards is in default.",
            // Something stands between share and count.
            "Half the time, 12 people turned up.",
            // A percentage is not a fraction said in words.
            "About 50% of the 30 members agreed.",
            // The whole is no count of things.
            "Half of the $30 million budget was spent.",
        ] {
            assert_eq!(parts_in(text), Vec::new(), "{text:?}");
        }
    }
}
